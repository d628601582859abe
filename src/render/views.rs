//! What templates see: plain serialisable views of the site, with every link already made
//! relative to the page that shows it.

use crate::chronology::Event;
use crate::dates::{Lang, Precision};
use crate::site::{DocRef, Site};
use crate::sources::{Source, SourceKind};
use crate::text::{escape_html, slugify};
use crate::topics::Reason;
use serde::Serialize;

/// A link: text and relative address.
#[derive(Serialize, Clone)]
pub struct Link {
    /// The text.
    pub title: String,
    /// The address, relative to the page.
    pub url: String,
}

/// The address of a document's page from the site root.
pub fn doc_url(site: &Site, d: DocRef) -> String {
    match d {
        DocRef::Article(i) => format!("articles/{}.html", site.articles[i].slug),
        DocRef::Note(i) => format!("notes/{}.html", site.notes[i].slug),
        DocRef::Topic(i) => format!("topics/{}.html", site.topics[i].slug),
    }
}

/// A document's title.
pub fn doc_title(site: &Site, d: DocRef) -> &str {
    match d {
        DocRef::Article(i) => &site.articles[i].title,
        DocRef::Note(i) => &site.notes[i].title,
        DocRef::Topic(i) => &site.topics[i].title,
    }
}

/// The anchor of a source's entry on the sources page.
pub fn source_anchor(site: &Site, s: &Source) -> String {
    match s.kind {
        SourceKind::Article(a) => format!("a-{}", site.articles[a].slug),
        SourceKind::Cited(a, e) => {
            format!("s-{}-{}", site.articles[a].slug, slugify(&site.articles[a].sources[e].entry.label))
        }
    }
}

/// The best page for a source: the article itself, or its entry on the sources page.
pub fn source_url(site: &Site, s: &Source) -> String {
    match s.kind {
        SourceKind::Article(a) => format!("articles/{}.html", site.articles[a].slug),
        SourceKind::Cited(..) => format!("sources.html#{}", source_anchor(site, s)),
    }
}

/// Quotation marks as the language writes them (the templates use the same strings).
fn quotes(lang: Lang) -> (&'static str, &'static str) {
    (super::i18n::get(lang, "open_quote").unwrap_or("\""), super::i18n::get(lang, "close_quote").unwrap_or("\""))
}

/// A source, formatted as a reference: `Author, « Title », Outlet, 19 décembre 2022.`
pub fn reference_html(site: &Site, s: &Source, root: &str) -> String {
    let (open, close) = quotes(site.lang);
    let mut parts = Vec::new();
    if let Some(a) = &s.author {
        parts.push(escape_html(a));
    }
    parts.push(format!("<a href=\"{root}{}\">{open}{}{close}</a>", source_url(site, s), escape_html(&s.title)));
    if let Some(o) = &s.outlet {
        parts.push(format!("<cite>{}</cite>", escape_html(o)));
    }
    if let Some(d) = s.date {
        parts.push(escape_html(&d.long(site.lang)));
    }
    let mut html = parts.join(", ");
    html.push('.');
    if let SourceKind::Cited(a, _) = s.kind {
        html.push_str(&format!(
            " <span class=\"via\">({} <a href=\"{root}articles/{}.html\">{}</a>)</span>",
            match site.lang {
                Lang::Fr => "cité par",
                Lang::En => "cited by",
            },
            site.articles[a].slug,
            escape_html(&site.articles[a].title)
        ));
    }
    html
}

/// A source on the sources page or a topic's source list.
#[derive(Serialize)]
pub struct SourceView {
    /// Anchor on the sources page.
    pub anchor: String,
    /// Citation id.
    pub key: String,
    /// `article` or `cited`.
    pub kind: &'static str,
    /// Formatted reference (HTML).
    pub reference: String,
    /// Title.
    pub title: String,
    /// Outlet.
    pub outlet: Option<String>,
    /// Author.
    pub author: Option<String>,
    /// Date in the reader's language.
    pub date: Option<String>,
    /// ISO date.
    pub date_iso: Option<String>,
    /// Language code.
    pub language: Option<String>,
    /// Original address.
    pub url: Option<String>,
    /// The pages that cite it.
    pub cited_by: Vec<Link>,
}

/// Builds the view of source `i` for a page under `root`.
pub fn source_view(site: &Site, i: usize, root: &str) -> SourceView {
    let s = &site.sources[i];
    SourceView {
        anchor: source_anchor(site, s),
        key: s.key.clone(),
        kind: match s.kind {
            SourceKind::Article(_) => "article",
            SourceKind::Cited(..) => "cited",
        },
        reference: reference_html(site, s, root),
        title: s.title.clone(),
        outlet: s.outlet.clone(),
        author: s.author.clone(),
        date: s.date.map(|d| d.long(site.lang)),
        date_iso: s.date.map(|d| d.to_string()),
        language: s.language.clone(),
        url: s.url.clone(),
        cited_by: site.cited_by[i]
            .iter()
            .map(|&d| Link { title: doc_title(site, d).to_string(), url: format!("{root}{}", doc_url(site, d)) })
            .collect(),
    }
}

/// One event in a chronology.
#[derive(Serialize)]
pub struct EventView {
    /// Anchor id.
    pub id: String,
    /// The date as the reader's language writes it, at the event's precision.
    pub date: String,
    /// ISO value (`2022-12-19`, `2022-12`, `2001/2020`).
    pub iso: String,
    /// ISO start date (what `<time datetime>` accepts: HTML has no interval form).
    pub start_iso: String,
    /// `day`, `month`, `year`.
    pub precision: &'static str,
    /// Whether the event spans a range (its precision then goes without saying).
    pub range: bool,
    /// Editor-written.
    pub curated: bool,
    /// The text (HTML).
    pub html: String,
    /// The sources, as links.
    pub sources: Vec<Link>,
    /// How many distinct sources report it.
    pub count: usize,
    /// Where the articles say it.
    pub mentions: Vec<Link>,
    /// Topic slugs, space-separated (for the page's filter).
    pub topic_slugs: String,
    /// Topics as links.
    pub topics: Vec<Link>,
    /// Other dates given for the same event.
    pub conflicts: Vec<Link>,
    /// The page that declares a curated event.
    pub declared_in: Option<Link>,
    /// Sources and reports left out of this view (the chronology page lists them all).
    pub more: usize,
    /// The event's entry on the chronology page.
    pub url: String,
}

/// How many sources and reports an event shows outside the chronology page: an event that a
/// thousand articles report must not repeat a thousand links on each of their pages.
pub const EVENT_LINKS_ELSEWHERE: usize = 3;

/// Builds the view of event `ei` for a page under `root`, with at most `limit` sources and
/// reports each.
pub fn event_view(site: &Site, ei: usize, root: &str, limit: usize) -> EventView {
    let e: &Event = &site.events[ei];
    let lang = site.lang;
    let mut sources: Vec<Link> = e
        .sources
        .iter()
        .take(limit)
        .map(|&s| {
            let src = &site.sources[s];
            // Short link texts: an event lists several sources on one line.
            let title = match (&src.outlet, &src.author) {
                (Some(o), _) => o.clone(),
                (None, Some(a)) => a.clone(),
                (None, None) => crate::text::truncate_words(&src.title, 48),
            };
            Link { title, url: format!("{root}{}", source_url(site, src)) }
        })
        .collect();
    sources.dedup_by(|a, b| a.url == b.url);
    let mentions = e
        .mentions
        .iter()
        .take(limit)
        .map(|m| {
            let a = &site.articles[m.article];
            let (open, close) = quotes(lang);
            Link {
                title: format!("{open}{}{close}", m.expression),
                url: format!("{root}articles/{}.html#{}", a.slug, m.block),
            }
        })
        .collect();
    EventView {
        id: e.id.clone(),
        date: e.span.long(lang),
        iso: e.span.iso(),
        start_iso: e.span.start.to_string(),
        precision: e.span.start.precision().name(),
        range: e.span.end.is_some(),
        curated: e.curated,
        html: e.html.clone(),
        sources,
        count: e.reports,
        mentions,
        topic_slugs: e.topics.iter().map(|&t| site.topics[t].slug.as_str()).collect::<Vec<_>>().join(" "),
        topics: e
            .topics
            .iter()
            .map(|&t| Link {
                title: site.topics[t].title.clone(),
                url: format!("{root}topics/{}.html", site.topics[t].slug),
            })
            .collect(),
        conflicts: e
            .conflicts
            .iter()
            .map(|c| Link { title: c.span.long(lang), url: format!("{root}chronology.html#{}", c.other) })
            .collect(),
        declared_in: e
            .declared_in
            .map(|d| Link { title: doc_title(site, d).to_string(), url: format!("{root}{}", doc_url(site, d)) }),
        more: e.sources.len().saturating_sub(limit) + e.mentions.len().saturating_sub(limit),
        url: format!("{root}chronology.html#{}", e.id),
    }
}

/// Events grouped by year, then month, for the chronology pages.
#[derive(Serialize)]
pub struct YearGroup<'a> {
    /// The year.
    pub year: i32,
    /// Its months, in order; month 0 holds events known only to the year.
    pub months: Vec<MonthGroup<'a>>,
}

/// The events of one month.
#[derive(Serialize)]
pub struct MonthGroup<'a> {
    /// 1–12, or 0 for the year's events without a month.
    pub month: u32,
    /// The heading (`Décembre`).
    pub label: String,
    /// The events, already rendered (see `event.html`).
    pub events: Vec<&'a str>,
}

/// Groups events (already in date order) by year and month; `html` holds each event rendered
/// for the page's depth.
pub fn group_events<'a>(
    site: &Site,
    events: impl IntoIterator<Item = usize>,
    html: &dyn Fn(usize) -> &'a str,
) -> Vec<YearGroup<'a>> {
    let mut years: Vec<YearGroup> = Vec::new();
    for ei in events {
        let start = site.events[ei].span.start;
        let (year_n, month_n) =
            (start.get_year(), if start.precision() == Precision::Year { 0 } else { start.get_month().unwrap_or(0) });
        if years.last().is_none_or(|y| y.year != year_n) {
            years.push(YearGroup { year: year_n, months: Vec::new() });
        }
        let Some(year) = years.last_mut() else {
            continue;
        };
        if year.months.last().is_none_or(|m| m.month != month_n) {
            let label = if month_n == 0 {
                crate::render::i18n::get(site.lang, "whole_year").unwrap_or("").to_string()
            } else {
                let m = crate::dates::month_name(month_n, site.lang);
                let mut c = m.chars();
                c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
            };
            year.months.push(MonthGroup { month: month_n, label, events: Vec::new() });
        }
        if let Some(m) = year.months.last_mut() {
            m.events.push(html(ei));
        }
    }
    years
}

/// An article in a list.
#[derive(Serialize)]
pub struct ArticleItem {
    /// Title.
    pub title: String,
    /// Relative address.
    pub url: String,
    /// Outlet.
    pub outlet: Option<String>,
    /// Author.
    pub author: Option<String>,
    /// Date, in the reader's language.
    pub date: Option<String>,
    /// ISO date.
    pub date_iso: Option<String>,
    /// Summary.
    pub summary: String,
    /// Why it is attached (on a topic page): `None` for front matter, the alias otherwise.
    pub alias: Option<String>,
    /// Attached by front matter (on a topic page).
    pub filed: bool,
}

/// Builds an article's list item for a page under `root`.
pub fn article_item(site: &Site, ai: usize, root: &str, why: Option<&Reason>) -> ArticleItem {
    let a = &site.articles[ai];
    ArticleItem {
        title: a.title.clone(),
        url: format!("{root}articles/{}.html", a.slug),
        outlet: a.outlet.clone(),
        author: a.author.clone(),
        date: a.date.map(|d| d.long(site.lang)),
        date_iso: a.date.map(|d| d.to_string()),
        summary: a.summary.clone(),
        alias: match why {
            Some(Reason::Alias(s)) => Some(s.clone()),
            _ => None,
        },
        filed: matches!(why, Some(Reason::FrontMatter)),
    }
}

/// A note in a list.
#[derive(Serialize)]
pub struct NoteItem {
    /// Title.
    pub title: String,
    /// Relative address.
    pub url: String,
    /// Date, in the reader's language.
    pub date: Option<String>,
    /// ISO date.
    pub date_iso: Option<String>,
    /// Summary.
    pub summary: String,
}

/// Builds a note's list item for a page under `root`.
pub fn note_item(site: &Site, ni: usize, root: &str) -> NoteItem {
    let n = &site.notes[ni];
    NoteItem {
        title: n.title.clone(),
        url: format!("{root}notes/{}.html", n.slug),
        date: n.date.map(|d| d.long(site.lang)),
        date_iso: n.date.map(|d| d.to_string()),
        summary: n.summary.clone(),
    }
}

/// A numbered note under a briefing: the source it refers to, and where it is cited.
#[derive(Serialize)]
pub struct NoteRef {
    /// Its number.
    pub number: usize,
    /// The formatted reference (HTML).
    pub reference: String,
    /// Its entry on the sources page.
    pub entry: String,
    /// Ids of the citations that point to it, for the way back.
    pub backrefs: Vec<String>,
}

/// The HTML of a body with its citations numbered, and the notes list under it.
pub fn cited_body(
    site: &Site,
    body: &crate::markdown::Body,
    n: &crate::sources::Numbering,
    root: &str,
) -> (String, Vec<NoteRef>) {
    let html = body.html_with(|ci| {
        let Some(group) = n.citations.get(ci) else {
            return String::new();
        };
        let items: Vec<String> = group
            .iter()
            .map(|(num, loc)| {
                let loc = loc.as_ref().map(|l| format!(", {}", escape_html(l))).unwrap_or_default();
                format!("<a href=\"#note-{num}\">{num}</a>{loc}")
            })
            .collect();
        format!("<sup class=\"cite\" id=\"cite-{}\">[{}]</sup>", ci + 1, items.join("; "))
    });
    let notes = n
        .notes
        .iter()
        .enumerate()
        .map(|(i, &s)| {
            let number = i + 1;
            let backrefs = n
                .citations
                .iter()
                .enumerate()
                .filter(|(_, g)| g.iter().any(|(num, _)| *num == number))
                .map(|(ci, _)| format!("cite-{}", ci + 1))
                .collect();
            NoteRef {
                number,
                reference: reference_html(site, &site.sources[s], root),
                entry: format!("{root}sources.html#{}", source_anchor(site, &site.sources[s])),
                backrefs,
            }
        })
        .collect();
    (html, notes)
}
