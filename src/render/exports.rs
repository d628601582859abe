//! The files that are not pages: the JSON and script exports other tools and the search
//! page read. Serialised straight from typed structs borrowing the site (no `serde_json::Value`
//! trees), into the bytes the writer takes. The Atom feed and the sitemap are templates
//! (`feed.xml`, `sitemap.xml`).

use super::i18n;
use super::urls::{doc_path, source_path};
use crate::site::Site;
use crate::sources::SourceKind;
use crate::text::escape_html;
use rayon::prelude::*;
use serde::Serialize;

/// `value` as pretty JSON and a final line break.
fn pretty<T: Serialize>(value: &T) -> Vec<u8> {
    let mut out = serde_json::to_vec_pretty(value).unwrap_or_default();
    out.push(b'\n');
    out
}

pub(super) fn chronology_json(site: &Site) -> Vec<u8> {
    // Typed and borrowed rather than built as `json!` values: the export of a large dossier
    // holds every report of every event. Fields in alphabetical order, as JSON objects list
    // them (and as earlier builds wrote them).
    #[derive(Serialize)]
    struct Doc<'a> {
        events: Vec<Ev<'a>>,
        language: &'a str,
        title: &'a str,
    }
    #[derive(Serialize)]
    struct Ev<'a> {
        conflicts: Vec<Conflict<'a>>,
        curated: bool,
        date: String,
        end: Option<String>,
        grain: &'a str,
        id: &'a str,
        mentions: Vec<MentionOut<'a>>,
        /// The distinct sentences of the reports, each once (mentions point into it).
        sentences: Vec<&'a str>,
        sources: Vec<&'a str>,
        start: String,
        text: &'a str,
        topics: Vec<&'a str>,
        value: String,
    }
    // A mention does not repeat its sentence: it points into the event's `sentences`, where
    // each distinct sentence is written once (a sentence per mention made this file grow with
    // every report of the same wire story).
    #[derive(Serialize)]
    struct MentionOut<'a> {
        article: &'a str,
        expression: &'a str,
        sentence: usize,
        url: String,
        value: String,
    }
    #[derive(Serialize)]
    struct Conflict<'a> {
        event: &'a str,
        value: String,
    }
    let events: Vec<Ev> = site
        .events
        .par_iter()
        .map(|e| {
            let mut sentences: Vec<&str> = Vec::new();
            let mut mentions = Vec::with_capacity(e.mentions.len());
            for m in &e.mentions {
                let sentence = match sentences.iter().position(|&k| k == &*m.sentence) {
                    Some(i) => i,
                    None => {
                        sentences.push(&m.sentence);
                        sentences.len() - 1
                    }
                };
                let slug = site.articles[m.article].slug.as_str();
                mentions.push(MentionOut {
                    article: slug,
                    expression: &m.expression,
                    sentence,
                    url: format!("articles/{slug}.html#{}", m.block),
                    value: m.span.iso(),
                });
            }
            Ev {
                conflicts: e.conflicts.iter().map(|c| Conflict { event: &c.other, value: c.span.iso() }).collect(),
                curated: e.curated,
                date: e.span.long(site.lang),
                end: e.span.end.map(|d| d.to_string()),
                grain: if e.span.end.is_some() { "interval" } else { e.span.start.precision().name() },
                id: &e.id,
                mentions,
                sentences,
                sources: e.sources.iter().map(|&s| site.sources[s].key.as_str()).collect(),
                start: e.span.start.to_string(),
                text: &e.text,
                topics: e.topics.iter().map(|&t| site.topics[t].slug.as_str()).collect(),
                value: e.span.iso(),
            }
        })
        .collect();
    pretty(&Doc { events, language: site.lang.code(), title: &site.config.title })
}

/// The chronology in Knight Lab's TimelineJS format, for newsrooms to embed: dates at their
/// precision (a month-only event has no day), curated and extracted events as groups.
pub(super) fn timeline_json(site: &Site) -> Vec<u8> {
    #[derive(Serialize)]
    struct Doc<'a> {
        events: Vec<Ev<'a>>,
        title: Slide<'a>,
    }
    #[derive(Serialize)]
    struct Slide<'a> {
        text: Text<'a>,
    }
    #[derive(Serialize)]
    struct Text<'a> {
        headline: std::borrow::Cow<'a, str>,
        text: std::borrow::Cow<'a, str>,
    }
    #[derive(Serialize)]
    struct Date {
        #[serde(skip_serializing_if = "Option::is_none")]
        day: Option<u32>,
        #[serde(skip_serializing_if = "Option::is_none")]
        month: Option<u32>,
        year: i32,
    }
    // Fields in alphabetical order, as the `json!` objects of earlier builds wrote them.
    #[derive(Serialize)]
    struct Ev<'a> {
        display_date: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        end_date: Option<Date>,
        group: &'a str,
        start_date: Date,
        text: Text<'a>,
        unique_id: &'a str,
    }
    let date = |d: crate::dates::PartialDate| Date { day: d.get_day(), month: d.get_month(), year: d.get_year() };
    let group = |curated: bool| i18n::get(site.lang, if curated { "curated" } else { "extracted" }).unwrap_or("");
    let events = site
        .events
        .par_iter()
        .map(|e| Ev {
            display_date: e.span.long(site.lang),
            end_date: e.span.end.map(date),
            group: group(e.curated),
            start_date: date(e.span.start),
            // TimelineJS inserts both as HTML: the headline is the event's plain text, escaped
            // (an article's sentence may hold markup), the text its HTML, cleaned or escaped.
            text: Text {
                headline: escape_html(&crate::text::truncate_words(&e.text, 90)).into(),
                text: e.html.as_str().into(),
            },
            unique_id: &e.id,
        })
        .collect();
    let title = Slide {
        text: Text {
            headline: escape_html(&site.config.title).into(),
            text: escape_html(&site.config.description).into(),
        },
    };
    pretty(&Doc { events, title })
}

/// The search index: what the search page matches, as a script so that it loads from file://.
pub(super) fn search_index(site: &Site) -> Vec<u8> {
    // Fields in alphabetical order, as the `json!` objects of earlier builds wrote them.
    #[derive(Serialize)]
    // `d` and `o` are absent from the kinds that never have them, and null when unknown.
    struct Doc<'a> {
        a: Option<std::borrow::Cow<'a, str>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        d: Option<Option<String>>,
        k: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        o: Option<Option<&'a str>>,
        s: &'a str,
        t: &'a str,
        u: String,
    }
    let lang = site.lang;
    let kind = |k: &'static str| i18n::get(lang, k).unwrap_or(k);
    let mut docs: Vec<Doc> = Vec::with_capacity(site.topics.len() + site.notes.len() + site.sources.len());
    for t in &site.topics {
        docs.push(Doc {
            a: Some(t.aliases.join(" ").into()),
            d: None,
            k: kind("topic"),
            o: None,
            s: &t.summary,
            t: &t.title,
            u: format!("topics/{}.html", t.slug),
        });
    }
    for n in &site.notes {
        docs.push(Doc {
            a: n.author.as_deref().map(Into::into),
            d: Some(n.date.map(|d| d.long(lang))),
            k: kind("notes"),
            o: None,
            s: &n.summary,
            t: &n.title,
            u: format!("notes/{}.html", n.slug),
        });
    }
    for s in &site.sources {
        let (k, summary) = match s.kind {
            SourceKind::Article(a) => (kind("article"), site.articles[a].summary.as_str()),
            SourceKind::Cited(..) => (kind("source_kind_cited"), ""),
        };
        docs.push(Doc {
            a: s.author.as_deref().map(Into::into),
            d: Some(s.date.map(|d| d.long(lang))),
            k,
            o: Some(s.outlet.as_deref()),
            s: summary,
            t: &s.title,
            u: source_path(site, s),
        });
    }
    let mut out = b"window.BRIEFING_SEARCH = ".to_vec();
    if serde_json::to_writer(&mut out, &docs).is_err() {
        out.extend_from_slice(b"[]");
    }
    out.extend_from_slice(b";\n");
    out
}

pub(super) fn sources_json(site: &Site) -> Vec<u8> {
    #[derive(Serialize)]
    struct Doc<'a> {
        sources: Vec<Src<'a>>,
    }
    // Fields in alphabetical order, as the `json!` objects of earlier builds wrote them.
    #[derive(Serialize)]
    struct Src<'a> {
        author: Option<&'a str>,
        cited_by: Vec<String>,
        date: Option<String>,
        id: &'a str,
        kind: &'a str,
        language: Option<&'a str>,
        outlet: Option<&'a str>,
        page: String,
        title: &'a str,
        url: Option<&'a str>,
    }
    let sources = site
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| Src {
            author: s.author.as_deref(),
            cited_by: site.cited_by[i].iter().map(|&d| doc_path(site, d)).collect(),
            date: s.date.map(|d| d.to_string()),
            id: &s.key,
            kind: match s.kind {
                SourceKind::Article(_) => "article",
                SourceKind::Cited(..) => "cited",
            },
            language: s.language.as_deref(),
            outlet: s.outlet.as_deref(),
            page: source_path(site, s),
            title: &s.title,
            url: s.url.as_deref(),
        })
        .collect();
    pretty(&Doc { sources })
}
