//! Every link of the site, made in one place: page addresses from the site root, and the
//! same made relative to the page that shows them (every internal link is relative, so that
//! a site works under any sub-path and from file://).

use super::chronology_files::{self, Part};
use super::packed::Packed;
use super::source_files;
use crate::doc::{ActorId, ArticleId, NoteId, TopicId};
use crate::site::{DocRef, Site};
use crate::sources::{Source, SourceKind};
use crate::text::slugify;

/// Links as a page at one depth writes them: `root` is the way back to the site root (`""`
/// for `index.html`, `"../"` for `topics/x.html`).
#[derive(Clone, Copy)]
pub struct Urls<'s> {
    site: &'s Site,
    root: &'static str,
    /// The chronology page of every event, when a build has found them all at once.
    events: Option<&'s EventPages>,
    /// The parts of a split sources page, when a build has planned them.
    sources: Option<&'s source_files::Plan>,
}

/// The chronology page that lists each event, found once for the whole site: pages link
/// hundreds of thousands of events, and finding each one's page again (four binary searches
/// over the events and a path made with `format!`) cost more than writing the link.
pub struct EventPages {
    /// The paths of the chronology's pages of events, from the site root.
    pages: Vec<String>,
    /// For each event, its page in `pages`.
    of: Vec<u32>,
    /// Each event's mentions by article, for the pages that look for one article's.
    mentions: super::mentions::ByArticle,
    /// Each article's slug, tagged with its source's key ([`EventPages::article_key`]): the
    /// chronology's entries and its JSON name the article of each of hundreds of thousands
    /// of reports, and the JSON compares their sources.
    slugs: Packed,
    /// Whether every source's key is its own: sources are then the same source exactly when
    /// their ids are equal, and their keys need not be read to tell.
    unique_keys: bool,
    /// Whether every event's id is `e` and its place from 1, as the chronology numbers them:
    /// a link to an event is then written from its number. Each id is a string of its own
    /// somewhere on the heap, and an article page links its events in no order: reading
    /// their ids was a cache miss a link.
    numbered: bool,
}

impl EventPages {
    /// Finds the page of every event of `site`.
    pub fn new(site: &Site) -> EventPages {
        let parts = chronology_files::parts(site);
        // The site's index holds each key once, and every source's key (it is made from
        // them): as many keys as sources, and no two share one.
        let unique_keys = site.source_index.len() == site.sources.len();
        let numbered = numbered(&site.events);
        let mut slugs = Packed::with_capacity(site.articles.len());
        for (a, &s) in site.articles.iter().zip(&site.article_sources) {
            let key = u32::try_from(s.index()).ok().filter(|_| unique_keys).unwrap_or(u32::MAX);
            if !slugs.push(key, |out| out.push_str(&a.slug)) {
                break;
            }
        }
        if parts.is_empty() {
            return EventPages {
                pages: vec!["chronology.html".to_string()],
                of: vec![0; site.events.len()],
                mentions: super::mentions::ByArticle::new(&site.events),
                slugs,
                unique_keys,
                numbered,
            };
        }
        let mut of = vec![u32::MAX; site.events.len()];
        let mut pages = Vec::with_capacity(parts.len());
        for p in parts {
            let k = u32::try_from(pages.len()).unwrap_or(u32::MAX);
            for ei in chronology_files::part_events(site, p) {
                of[ei] = k;
            }
            pages.push(format!("{}.html", p.stem()));
        }
        EventPages { pages, of, mentions: super::mentions::ByArticle::new(&site.events), slugs, unique_keys, numbered }
    }

    /// A number for the key of article `ai`'s own source, read beside its slug: equal to
    /// [`EventPages::source_key`] of a source exactly when their keys are equal. `None` when
    /// keys must be compared as text (two sources share one, or past 32 bits).
    pub fn article_key(&self, ai: ArticleId) -> Option<u32> {
        self.slugs.tag(ai.index()).filter(|&k| k != u32::MAX)
    }

    /// A number for the key of source `s`, as [`EventPages::article_key`] gives them.
    pub fn source_key(&self, s: crate::doc::SourceId) -> Option<u32> {
        u32::try_from(s.index()).ok().filter(|&k| self.unique_keys && k != u32::MAX)
    }

    /// The slug of article `ai` of `site` (the site these pages were found for).
    pub fn article_slug<'s>(&'s self, site: &'s Site, ai: ArticleId) -> &'s str {
        self.slugs.get(ai.index()).unwrap_or(&site.articles[ai].slug)
    }

    /// The page of event `ei`, if it was found.
    fn page(&self, ei: usize) -> Option<&str> {
        self.of.get(ei).and_then(|&k| self.pages.get(k as usize)).map(String::as_str)
    }
}

/// `"0000"` to `"9999"`, four bytes each: a number is written from it in pieces of four
/// digits, with no string of its own checked as text (the links to events write one per
/// link, hundreds of thousands of them).
static FOUR_DIGITS: &str = {
    static BYTES: [u8; 40_000] = {
        let mut b = [0u8; 40_000];
        let mut i = 0;
        while i < 10_000 {
            b[i * 4] = b'0' + (i / 1000) as u8;
            b[i * 4 + 1] = b'0' + (i / 100 % 10) as u8;
            b[i * 4 + 2] = b'0' + (i / 10 % 10) as u8;
            b[i * 4 + 3] = b'0' + (i % 10) as u8;
            i += 1;
        }
        b
    };
    match std::str::from_utf8(&BYTES) {
        Ok(s) => s,
        Err(_) => panic!("digits are ASCII"),
    }
};

/// `n` (below 10,000) in decimal, without leading zeros.
pub fn small_decimal(n: usize) -> Option<&'static str> {
    let skip = match n {
        0..=9 => 3,
        10..=99 => 2,
        100..=999 => 1,
        1000..=9999 => 0,
        _ => return None,
    };
    FOUR_DIGITS.get(n * 4 + skip..n * 4 + 4)
}

/// `n` in decimal, handed to `put` in pieces: what `put(&n.to_string())` writes.
pub fn put_decimal(n: usize, put: &mut impl FnMut(&str)) {
    match small_decimal(n) {
        Some(s) => put(s),
        None => {
            put_decimal(n / 10_000, put);
            let k = n % 10_000;
            put(FOUR_DIGITS.get(k * 4..k * 4 + 4).unwrap_or_default());
        }
    }
}

/// Whether each of `events` has for id `e` and its place from 1 (checked, not assumed: the
/// links written from the numbers must be those the ids give).
fn numbered(events: &[crate::chronology::Event]) -> bool {
    use rayon::prelude::*;
    // Compared digit by digit: writing each number out and checking it as text cost more
    // than the rest of the test, once per event.
    events.par_iter().enumerate().all(|(i, e)| e.id.strip_prefix('e').is_some_and(|n| is_decimal(n, i + 1)))
}

impl<'s> Urls<'s> {
    /// Links for a page at the site root.
    pub fn top(site: &'s Site) -> Self {
        Urls { site, root: "", events: None, sources: None }
    }

    /// Links for a page one folder down (`articles/`, `notes/`, `topics/`).
    pub fn nested(site: &'s Site) -> Self {
        Urls { site, root: "../", events: None, sources: None }
    }

    /// The same links, finding events' pages in `events` (made for the same site).
    pub fn with_events(self, events: &'s EventPages) -> Self {
        Urls { events: Some(events), ..self }
    }

    /// The same links, finding sources' entries in the parts `plan` (made for the same site)
    /// cuts the sources page into.
    pub fn with_sources(self, plan: &'s source_files::Plan) -> Self {
        Urls { sources: Some(plan), ..self }
    }

    /// Links for a page at `path` (`index.html`, `topics/x.html`); the site's pages are at
    /// most one folder deep.
    pub fn for_page(site: &'s Site, path: &str) -> Self {
        if path.contains('/') {
            Urls::nested(site)
        } else {
            Urls::top(site)
        }
    }

    /// The mentions of event `ei` in article `ai`, in their order in the event (found in
    /// the index a build made, when these links have it).
    pub fn mentions_in(&self, ei: usize, ai: ArticleId) -> impl Iterator<Item = &'s crate::chronology::Mention> + 's {
        let index = self.events.map(|p| &p.mentions);
        super::mentions::of(index, ei, &self.site.events[ei], ai)
    }

    /// The slug of article `ai`.
    pub fn article_slug(&self, ai: ArticleId) -> &'s str {
        match self.events {
            Some(p) => p.article_slug(self.site, ai),
            None => &self.site.articles[ai].slug,
        }
    }

    /// The way back to the site root.
    pub fn root(&self) -> &'static str {
        self.root
    }

    /// Any path from the site root (`assets/style.css`), relative to the page.
    pub fn path(&self, path: &str) -> String {
        concat(&[self.root, path])
    }

    /// An article's page.
    pub fn article(&self, i: ArticleId) -> String {
        concat(&[self.root, "articles/", &self.site.articles[i].slug, ".html"])
    }

    /// A note's page.
    pub fn note(&self, i: NoteId) -> String {
        concat(&[self.root, "notes/", &self.site.notes[i].slug, ".html"])
    }

    /// A topic's page.
    pub fn topic(&self, i: TopicId) -> String {
        let slug = &self.site.topics[i].slug;
        let mut out = String::with_capacity(self.root.len() + "topics/.html".len() + slug.len());
        self.write_topic(i, |s| out.push_str(s));
        out
    }

    /// [`Urls::topic`] handed to `put` in pieces, for a writer that escapes them straight
    /// into its page: the full entry of every event links each of its topics.
    pub fn write_topic(&self, i: TopicId, mut put: impl FnMut(&str)) {
        put(self.root);
        put("topics/");
        put(&self.site.topics[i].slug);
        put(".html");
    }

    /// A document's page.
    pub fn doc(&self, d: DocRef) -> String {
        self.path(&doc_path(self.site, d))
    }

    /// A source's entry on the sources page that lists it.
    pub fn source_entry(&self, s: &Source) -> String {
        let page = match s.kind {
            SourceKind::Article(a) => match self.sources {
                Some(plan) => plan.article_page(a),
                // Planned here for want of the build's plan: no page of a build comes here.
                None => source_files::Plan::new(self.site).article_page(a),
            },
            SourceKind::Cited(a, e) => source_files::cited_page(self.site, a, e),
        };
        let mut out = concat(&[self.root, &page, "#"]);
        push_source_anchor(&mut out, self.site, s);
        out
    }

    /// The best page for a source: the article itself, or its entry on the sources page.
    pub fn source(&self, s: &Source) -> String {
        match s.kind {
            SourceKind::Article(a) => self.article(a),
            SourceKind::Cited(a, e) => {
                let mut out = concat(&[self.root, &source_files::cited_page(self.site, a, e), "#"]);
                push_source_anchor(&mut out, self.site, s);
                out
            }
        }
    }

    /// The entry of event `ei` on the chronology page that lists it.
    pub fn event(&self, ei: usize) -> String {
        // Made at its size: hundreds of thousands of links, each grown twice otherwise.
        let mut out = String::with_capacity(self.root.len() + 32 + self.site.events[ei].id.len());
        self.write_event(ei, |s| out.push_str(s));
        out
    }

    /// Asks for what [`Urls::write_event`] reads of event `ei` (the number of its page), before
    /// it is written.
    pub fn prefetch_event(&self, ei: usize) {
        if let Some(t) = self.events.filter(|t| ei < t.of.len()) {
            crate::cache_hint::prefetch(t.of.as_ptr().wrapping_add(ei));
        }
    }

    /// [`Urls::event`] handed to `put` in pieces, for a writer that escapes them straight
    /// into its page (no string is made).
    pub fn write_event(&self, ei: usize, mut put: impl FnMut(&str)) {
        put(self.root);
        match self.events.and_then(|t| t.page(ei)) {
            Some(page) => put(page),
            None => put(&event_page(self.site, ei)),
        }
        put("#");
        match self.events {
            Some(t) if t.numbered => {
                put("e");
                put_decimal(ei + 1, &mut put);
            }
            _ => put(&self.site.events[ei].id),
        }
    }

    /// The entry of the event with id `id` starting at `span` (a conflict's other event); the
    /// chronology page of its year if no such event exists.
    pub fn event_by_id(&self, id: &str, span: crate::dates::DateSpan) -> String {
        match chronology_files::find(self.site, id, span) {
            Some(ei) => self.event(ei),
            None => self.chronology(span.start.get_year()),
        }
    }

    /// The chronology page of `year` (the index of its months when it has a page per month;
    /// the whole chronology while it is short).
    pub fn chronology(&self, year: i32) -> String {
        self.path(&chronology_path(self.site, year))
    }

    /// One page of a split chronology.
    pub fn chronology_part(&self, part: Part) -> String {
        format!("{}{}.html", self.root, part.stem())
    }

    /// An actor's page.
    pub fn actor(&self, a: ActorId) -> String {
        self.path(&actor_path(self.site, a))
    }

    /// A paragraph (block) of an article.
    pub fn article_block(&self, i: ArticleId, block: &str) -> String {
        format!("{}#{block}", self.article(i))
    }
}

/// The chronology page of `year`, from the site root: its own page (or the index of its
/// months) when the chronology is split, else the one page.
pub fn chronology_path(site: &Site, year: i32) -> String {
    if chronology_files::is_split(site) {
        format!("chronology-{year}.html")
    } else {
        "chronology.html".to_string()
    }
}

/// The chronology page that lists event `ei`, from the site root.
pub fn event_page(site: &Site, ei: usize) -> String {
    match chronology_files::part_of(site, ei) {
        Some(p) => format!("{}.html", p.stem()),
        None => "chronology.html".to_string(),
    }
}

/// An article's page from the site root.
pub fn article_path(site: &Site, i: ArticleId) -> String {
    concat(&["articles/", &site.articles[i].slug, ".html"])
}

/// The pieces of `parts` joined, in a string made at its size: the links of pages are
/// made by the hundred thousand, and `format!` grew each from nothing.
fn concat(parts: &[&str]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len()).sum::<usize>() + 24);
    for p in parts {
        out.push_str(p);
    }
    out
}

/// The index of actors, from the site root.
pub const ACTORS: &str = "actors.html";

/// An actor's page from the site root (also its output path).
pub fn actor_path(site: &Site, a: ActorId) -> String {
    concat(&["actors/", &site.actors.list[a].slug, ".html"])
}

/// A document's page from the site root (also its output path).
pub fn doc_path(site: &Site, d: DocRef) -> String {
    match d {
        DocRef::Article(i) => article_path(site, i),
        DocRef::Note(i) => concat(&["notes/", &site.notes[i].slug, ".html"]),
        DocRef::Topic(i) => concat(&["topics/", &site.topics[i].slug, ".html"]),
    }
}

/// A topic's Atom feed from the site root, beside its page.
pub fn topic_feed_path(site: &Site, i: TopicId) -> String {
    format!("topics/{}.xml", site.topics[i].slug)
}

/// The best page for a source, from the site root: an article's own page, or the entry of
/// what an article cites on the sources page that lists it.
pub fn source_path(site: &Site, s: &Source) -> String {
    match s.kind {
        SourceKind::Article(a) => article_path(site, a),
        SourceKind::Cited(a, e) => {
            let mut out = concat(&[&source_files::cited_page(site, a, e), "#"]);
            push_source_anchor(&mut out, site, s);
            out
        }
    }
}

/// The anchor of a source's entry on the sources page (the same on each of its parts).
pub fn source_anchor(site: &Site, s: &Source) -> String {
    let mut out = String::with_capacity(40);
    push_source_anchor(&mut out, site, s);
    out
}

/// [`source_anchor`], appended to `out`.
fn push_source_anchor(out: &mut String, site: &Site, s: &Source) {
    match s.kind {
        SourceKind::Article(a) => {
            out.push_str("a-");
            out.push_str(&site.articles[a].slug);
        }
        SourceKind::Cited(a, e) => {
            out.push_str("s-");
            out.push_str(&site.articles[a].slug);
            out.push('-');
            out.push_str(&slugify(&site.articles[a].sources[e].entry.label));
        }
    }
}

/// `path` as an absolute address under `base_url` (feeds and sitemaps need absolute ones);
/// the path itself when the site has no `base_url`.
pub fn absolute(site: &Site, path: &str) -> String {
    match site.config.base_url() {
        Some(mut b) => {
            b.push_str(path);
            b
        }
        None => path.to_string(),
    }
}

/// Whether `s` is `n` written in decimal (`n.to_string() == s`), without making the string.
pub(super) fn is_decimal(s: &str, mut n: usize) -> bool {
    let mut b = s.as_bytes();
    loop {
        match b.split_last() {
            Some((&d, rest)) if d == b'0' + (n % 10) as u8 => b = rest,
            _ => return false,
        }
        n /= 10;
        if n == 0 {
            return b.is_empty();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_as_format_writes_them() {
        for n in (0..20_000).chain([99_999, 100_000, 100_001, 285_620, 10_000_000, usize::MAX]) {
            let mut out = String::new();
            put_decimal(n, &mut |s| out.push_str(s));
            assert_eq!(out, n.to_string());
            assert_eq!(small_decimal(n).map(str::to_string), (n < 10_000).then(|| n.to_string()));
        }
    }

    #[test]
    fn is_decimal_reads_exactly_the_number() {
        for (s, n) in [("0", 0), ("7", 7), ("10", 10), ("12345", 12345), (&*usize::MAX.to_string(), usize::MAX)] {
            assert!(is_decimal(s, n), "{s}");
            for other in ["", "00", "012345", "1234", "123456", "12a45", "-1", "1 "] {
                assert_eq!(is_decimal(other, n), other == n.to_string(), "{other:?} {n}");
            }
        }
    }
}
