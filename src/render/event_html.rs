//! The built-in event fragment (`templates/partials/event.html`) written straight from the
//! resolved site, in both its forms: the same bytes as the template, without the
//! `serde_json::Value` tree that feeding Tera a context builds per event, nor Tera's
//! interpretation of the template. A build renders hundreds of thousands of these fragments
//! (most of its time went there), so [`super::Pages`] takes this path whenever the site's
//! `partials/event.html` is the built-in one ([`is_builtin`]), and Tera's otherwise.
//! `tests/event_fast_path.rs` renders every event both ways and compares the bytes: a change
//! to the template must be made here too. Like the template, a fragment leaves out the end
//! tags HTML implies (`</p>` before the next `<p>`, `</li>` before the next `<li>` or the
//! list's `</ol>`): 13 bytes an entry, on hundreds of thousands of entries.

use super::context;
use super::i18n;
use super::packed::Packed;
use super::urls::Urls;
use crate::chronology::Event;
use crate::doc::ArticleId;
use crate::site::Site;
use crate::sources::{Source, SourceKind};
use std::borrow::Cow;
use std::fmt::Write as _;
use tera::Tera;

/// The built-in fragment, as embedded (what the tests compare the code with).
#[cfg(test)]
const BUILTIN: &str = include_str!("../../templates/partials/event.html");

/// Whether `tera`'s `partials/event.html` is the built-in one (a site that copied it
/// unchanged counts). The fragment includes no other template and calls only `t()`, whose
/// strings [`Strings`] reads the same way: nothing else a site brings can change its bytes.
pub fn is_builtin(tera: &Tera) -> bool {
    super::templates::is_builtin(tera, "partials/event.html")
}

/// The tag of a cited source's name in [`Strings`]: it is no article.
const CITED: u32 = u32::MAX - 1;

/// The tag of an article's name whose number does not fit below [`CITED`] (never).
const UNKNOWN: u32 = u32::MAX;

/// The interface strings the fragment shows, escaped once, as `t()` gives them (the site's
/// `[translations]` first, then the built-in strings).
pub struct Strings {
    curated: String,
    curated_long: String,
    reported_by: String,
    conflict: String,
    colon: String,
    open_quote: String,
    close_quote: String,
    topics: String,
    /// Not escaped: an outlet's name is compared with it.
    unknown_outlet: String,
    /// Every source as both forms name it ([`source_name`] then [`date`]), tagged with the
    /// article the source is, as a number ([`CITED`] for none, [`UNKNOWN`] for one to look
    /// up in the site): an entry reads both, for each of its sources. Made once: a source is named
    /// in the entry of each event it reports, and making its date's text each time was a
    /// tenth of an entry's cost.
    names: Packed,
    /// Each article's language when it is not the site's ([`context::other_language`]): 0
    /// for none, else one more than its place in `langs`.
    article_lang: Vec<u16>,
    langs: Vec<String>,
}

impl Strings {
    /// The strings of `site`'s language; `None` when one is missing (the template then fails
    /// as Tera reports it, and the fast path is not taken).
    pub fn new(site: &Site) -> Option<Strings> {
        let lang = site.config.lang();
        let raw = |k: &str| i18n::lookup(&site.config.translations, lang, k).map(str::to_string);
        let esc = |k: &str| raw(k).map(|s| super::templates::escape(&s));
        let mut t = Strings {
            curated: esc("curated")?,
            curated_long: esc("curated_long")?,
            reported_by: esc("reported_by")?,
            conflict: esc("conflict")?,
            colon: esc("colon")?,
            open_quote: esc("open_quote")?,
            close_quote: esc("close_quote")?,
            topics: esc("topics")?,
            unknown_outlet: raw("unknown_outlet")?,
            names: Packed::default(),
            article_lang: Vec::with_capacity(site.articles.len()),
            langs: Vec::new(),
        };
        let mut names = Packed::with_capacity(site.sources.len());
        for s in &site.sources {
            let article = match s.kind {
                SourceKind::Article(a) => u32::try_from(a.index()).ok().filter(|&a| a < CITED).unwrap_or(UNKNOWN),
                SourceKind::Cited(..) => CITED,
            };
            // Past 4 GiB of long names (never: a source's is tens of bytes), the rest are
            // made when written ([`Strings::name`]).
            if !names.push(article, |out| {
                source_name(out, site, &t, s);
                date(out, site, s);
            }) {
                break;
            }
        }
        t.names = names;
        for a in &site.articles {
            let k = match context::other_language(site, a.language.as_deref()) {
                None => 0,
                Some(code) => match t.langs.iter().position(|l| l == code) {
                    Some(k) => k + 1,
                    None => {
                        t.langs.push(code.to_string());
                        t.langs.len()
                    }
                },
            };
            // Past 65,535 languages (never), the rest are looked up in the site.
            let Ok(k) = u16::try_from(k) else { break };
            t.article_lang.push(k);
        }
        Some(t)
    }

    /// Source `si` named as both forms name it ([`source_name`], then [`date`]).
    fn name(&self, out: &mut String, site: &Site, si: usize) {
        match self.names.get(si) {
            Some(name) => out.push_str(name),
            None => {
                let s = &site.sources[si];
                source_name(out, site, self, s);
                date(out, site, s);
            }
        }
    }

    /// The article source `si` is, if it is one.
    fn source_article(&self, site: &Site, si: usize) -> Option<ArticleId> {
        match self.names.tag(si) {
            Some(CITED) => None,
            Some(a) if a < CITED => Some(ArticleId(a as usize)),
            _ => match site.sources[si].kind {
                SourceKind::Article(a) => Some(a),
                SourceKind::Cited(..) => None,
            },
        }
    }

    /// [`context::event_lang`] of `e`, its article's language read from the table.
    fn event_lang<'s>(&'s self, site: &'s Site, e: &Event) -> Option<&'s str> {
        if e.curated {
            return None;
        }
        let m = e.mentions.first()?;
        match self.article_lang.get(m.article.index()) {
            Some(&k) => k.checked_sub(1).and_then(|k| self.langs.get(usize::from(k))).map(String::as_str),
            None => context::event_lang(site, e),
        }
    }
}

/// Appends `s` escaped as the templates escape text ([`super::templates::escape`]).
fn esc(out: &mut String, s: &str) {
    crate::text::push_escaped(out, s);
}

/// Event `ei`'s fragment in its full form (`full`, the chronology page's entry, every source)
/// or its compact one (at most `limit` sources), with links made by `u`, appended to `out`.
pub fn write(out: &mut String, site: &Site, u: &Urls, t: &Strings, ei: usize, limit: usize, full: bool) {
    let e: &Event = &site.events[ei];
    let lang = t.event_lang(site, e);
    // The compact form names sources for the editors' events only.
    // The sources it names (as [`context::reports`] picks them), each written straight from
    // the site: the fragment shows a few fields of each, not all the report's strings.
    let reports = if full || e.curated { context::report_ids(site, e, limit) } else { Vec::new() };
    let count = e.reports;
    out.push_str("<li");
    if full {
        attr(out, "id", &e.id);
    }
    classes(out, e.curated, !e.conflicts().is_empty());
    if full {
        topics_attr(out, site, e);
        out.push('>');
        let tags = e.curated || count > 1;
        if tags {
            out.push_str("<p class=\"event-tags\">");
            if e.curated {
                badge(out, t);
                if count > 1 {
                    out.push(' ');
                }
            }
            if count > 1 {
                let _ = write!(out, "<span class=\"count\">{count} {}</span>", t.reported_by);
            }
        }
        // The text is the entry's own content unless tags or a language need a paragraph.
        if tags || lang.is_some_and(|l| !l.is_empty()) {
            out.push_str("<p class=t");
            lang_attr(out, lang);
            out.push('>');
        }
        e.push_html(out);
        if !e.conflicts().is_empty() {
            out.push_str("<p class=\"event-conflict\">⚠ ");
            out.push_str(&t.conflict);
            out.push_str(&t.colon);
            out.push(' ');
            for (k, c) in e.conflicts().iter().enumerate() {
                if k > 0 {
                    out.push_str(", ");
                }
                out.push_str("<a href=\"");
                esc(out, &u.event_by_id(&c.other, c.span));
                out.push_str("\">");
                esc(out, &c.span.long(site.lang));
                out.push_str("</a>");
            }
        }
        if !reports.is_empty() || !e.topics.is_empty() {
            // The sources' line is the entry's paragraph without a class; its label
            // (`Sources :`) is the style sheet's, from the page's `--sources`; a line of
            // topics alone says it has none (`n`).
            out.push_str(if reports.is_empty() { "<p class=n>" } else { "<p>" });
            if !reports.is_empty() {
                // Made at a link's usual size: grown from empty, it was three reallocations
                // an entry.
                let mut href = String::with_capacity(96);
                for (k, &si) in reports.iter().enumerate() {
                    if k > 0 {
                        out.push_str(" · ");
                    }
                    // The first passage of its article that reports the event, else its page.
                    let passage = t.source_article(site, si.index()).and_then(|a| u.mentions_in(ei, a).next());
                    href.clear();
                    match passage {
                        Some(m) => {
                            // `Urls::article_block`, made in one buffer.
                            href.push_str(u.root());
                            href.push_str("articles/");
                            href.push_str(u.article_slug(m.article));
                            href.push_str(".html#");
                            href.push_str(&m.block);
                        }
                        None => href.push_str(&u.source(&site.sources[si])),
                    }
                    out.push_str("<a");
                    attr(out, "href", &href);
                    out.push('>');
                    t.name(out, site, si.index());
                    out.push_str("</a>");
                }
            }
            if !e.topics.is_empty() {
                out.push_str("<span>");
                out.push_str(&t.topics);
                out.push_str(&t.colon);
                out.push(' ');
                for (k, &tp) in e.topics.iter().enumerate() {
                    if k > 0 {
                        out.push_str(" · ");
                    }
                    out.push_str("<a href=\"");
                    u.write_topic(tp, |s| esc(out, s));
                    out.push_str("\">");
                    esc(out, &site.topics[tp].title);
                    out.push_str("</a>");
                }
                out.push_str("</span>");
            }
        }
        out.push('\n');
        return;
    }
    out.push_str("><a href=\"");
    u.write_event(ei, |s| esc(out, s));
    out.push_str("\">");
    esc(out, &e.span.long(site.lang));
    out.push_str("</a>");
    if e.curated {
        out.push(' ');
        badge(out, t);
    }
    out.push(' ');
    let short = crate::text::truncate_words(&e.text, context::SHORT_TEXT);
    match lang {
        Some(l) => {
            out.push_str("<span lang=\"");
            esc(out, l);
            out.push_str("\">");
            esc(out, &short);
            out.push_str("</span>");
        }
        None => esc(out, &short),
    }
    if e.curated {
        for &si in &reports {
            let s = &site.sources[si];
            out.push_str(" · <a href=\"");
            esc(out, &u.source(s));
            out.push_str("\">");
            t.name(out, site, si.index());
            out.push_str("</a>");
        }
    }
    if count > 1 {
        let _ = write!(out, " <span class=\"count\">({count} {})</span>", t.reported_by);
    }
    if !e.conflicts().is_empty() {
        out.push_str(" <span class=\"event-conflict\">⚠ ");
        out.push_str(&t.conflict);
        out.push_str("</span>");
    }
    out.push('\n');
}

/// `topic_slugs`, the slugs of `e`'s topics joined by spaces, as ` data-topics=…` ([`attr`]);
/// left out when that is empty. Written a slug at a time: joining them made two strings for
/// each of the chronology's entries.
fn topics_attr(out: &mut String, site: &Site, e: &Event) {
    match &*e.topics {
        [] => {}
        [one] => {
            let slug = site.topics[*one].slug.as_str();
            if !slug.is_empty() {
                attr(out, "data-topics", slug);
            }
        }
        // Two slugs or more hold a space: never empty, never unquoted.
        many => {
            out.push_str(" data-topics=\"");
            for (k, &tp) in many.iter().enumerate() {
                if k > 0 {
                    out.push(' ');
                }
                esc(out, &site.topics[tp].slug);
            }
            out.push('"');
        }
    }
}

/// An entry's classes, only when it has one: `ol.events` styles its items as entries, so the
/// common one, extracted and undisputed, carries none.
fn classes(out: &mut String, curated: bool, conflict: bool) {
    match (curated, conflict) {
        (false, false) => {}
        (true, false) => out.push_str(" class=curated"),
        (false, true) => out.push_str(" class=conflict"),
        (true, true) => out.push_str(" class=\"curated conflict\""),
    }
}

fn badge(out: &mut String, t: &Strings) {
    out.push_str("<span class=\"badge\" title=\"");
    out.push_str(&t.curated_long);
    out.push_str("\">");
    out.push_str(&t.curated);
    out.push_str("</span>");
}

/// Whether an attribute's value may go unquoted: not empty, and only characters that neither
/// end an unquoted value nor start a character reference (the template's test is the same
/// pattern, [`UNQUOTED`]). Ids and relative links are; 2 bytes an attribute, on every entry.
pub fn unquoted(v: &str) -> bool {
    // Eight bytes a step, their answers combined without a branch each: a link is tens of
    // bytes, and a test and jump a byte were a seventh of linking an article's dates.
    let ok = |b: &u8| UNQUOTED_BYTES[usize::from(*b)];
    let mut chunks = v.as_bytes().chunks_exact(8);
    for c in &mut chunks {
        if !c.iter().fold(true, |all, b| all & ok(b)) {
            return false;
        }
    }
    !v.is_empty() && chunks.remainder().iter().all(ok)
}

/// The bytes [`unquoted`] allows, as a table: it tests every byte of every link of every
/// entry.
static UNQUOTED_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = b.is_ascii_alphanumeric()
            || matches!(b, b'-' | b'.' | b'_' | b':' | b'/' | b'#' | b'%' | b'~' | b'+' | b',');
        i += 1;
    }
    t
};

/// The pattern `partials/event.html` tests a value with (`is matching(…)`): [`unquoted`].
#[cfg(test)]
const UNQUOTED: &str = "^[-A-Za-z0-9._:/#%~+,]+$";

/// ` name=value`, quoted and escaped when the value needs it.
fn attr(out: &mut String, name: &str, value: &str) {
    out.push(' ');
    out.push_str(name);
    out.push('=');
    if unquoted(value) {
        out.push_str(value);
    } else {
        out.push('"');
        esc(out, value);
        out.push('"');
    }
}

fn lang_attr(out: &mut String, lang: Option<&str>) {
    if let Some(l) = lang.filter(|l| !l.is_empty()) {
        out.push_str(" lang=\"");
        esc(out, l);
        out.push('"');
    }
}

/// A source as both forms name it: its outlet (`<cite>`), or its quoted short title when the
/// outlet is missing or unknown.
fn source_name(out: &mut String, site: &Site, t: &Strings, s: &Source) {
    match s.outlet.as_deref().filter(|o| !o.is_empty() && *o != t.unknown_outlet) {
        Some(o) => {
            out.push_str("<cite>");
            esc(out, o);
            out.push_str("</cite>");
        }
        None => quoted_title(out, site, t, s),
    }
}

/// `« short title »`, the title in its own language's `span` when it is not the site's.
fn quoted_title(out: &mut String, site: &Site, t: &Strings, s: &Source) {
    // `EventReport::short_title`: the title cut at a word to about 48 characters.
    let short = if s.title.chars().count() <= context::SHORT_TITLE {
        Cow::Borrowed(s.title.as_str())
    } else {
        Cow::Owned(crate::text::truncate_words(&s.title, context::SHORT_TITLE))
    };
    out.push_str(&t.open_quote);
    match context::other_language(site, s.language.as_deref()) {
        Some(l) => {
            out.push_str("<span lang=\"");
            esc(out, l);
            out.push_str("\">");
            esc(out, &short);
            out.push_str("</span>");
        }
        None => esc(out, &short),
    }
    out.push_str(&t.close_quote);
}

/// `, <date>` of a source that has one (`EventReport::date`).
fn date(out: &mut String, site: &Site, s: &Source) {
    if let Some(d) = s.date.map(|d| d.long(site.lang)).filter(|d| !d.is_empty()) {
        out.push_str(", ");
        esc(out, &d);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unquoted_values_are_those_the_pattern_matches() {
        for v in [
            "e12",
            "articles/a-b.html#p4",
            "../chronology-2022-03.html#e7",
            "",
            "a b",
            "a\"b",
            "a=b",
            "a'b",
            "a&b",
            "é",
            "a<b",
            "a`b",
            "../chronology-2022-03.html#e712345",
            "../chronology-2022-03.html#e71234 ",
            "abcdefg\"",
            "abcdefgh",
            "abcdefgh\"",
            "a\"cdefghijklmnop",
            "abcdefghijklmno\"",
        ] {
            let mut ctx = tera::Context::new();
            ctx.insert("v", v);
            ctx.insert("p", UNQUOTED);
            let tera = Tera::one_off("{% if v is matching(p) %}y{% endif %}", &ctx, false).unwrap();
            assert_eq!(unquoted(v), tera == "y", "{v:?}");
        }
        assert!(BUILTIN.contains(&format!("\"{UNQUOTED}\"")), "the template tests the same pattern");
        let mut out = String::new();
        attr(&mut out, "id", "e1");
        attr(&mut out, "data-topics", "a b");
        assert_eq!(out, " id=e1 data-topics=\"a b\"");
    }

    #[test]
    fn escapes_as_the_templates_do() {
        for s in ["", "plain", "a<b & \"c\"/d 'e'", "x\u{1}y\u{FFFF}\tz\n", "«\u{a0}é»\u{7}"] {
            let mut out = String::from(">");
            esc(&mut out, s);
            assert_eq!(out, format!(">{}", super::super::templates::escape(s)), "{s:?}");
        }
    }
}
