//! The files that are not pages: the Atom feed, the sitemap, and the JSON and script exports
//! other tools and the search page read. Written directly, not through templates: their
//! formats are fixed, and XML and JSON escaping is safer done here than in a template.

use super::i18n;
use super::views::{doc_title, doc_url, source_url};
use crate::site::{DocRef, Site};
use crate::text::escape_html;
use rayon::prelude::*;
use serde::Serialize;

/// Escapes text for XML, dropping the characters XML 1.0 forbids (C0 controls but tab and
/// line breaks, U+FFFE, U+FFFF), which pasted text sometimes carries.
fn xml(s: &str) -> String {
    let allowed = |c: char| {
        !(c.is_control() && !matches!(c, '\t' | '\n' | '\r') && (c as u32) < 0x20) && c != '\u{FFFE}' && c != '\u{FFFF}'
    };
    if s.chars().all(allowed) {
        escape_html(s)
    } else {
        escape_html(&s.chars().filter(|&c| allowed(c)).collect::<String>())
    }
}

fn absolute(site: &Site, path: &str) -> String {
    match site.config.base_url() {
        Some(b) => format!("{b}{path}"),
        None => path.to_string(),
    }
}

/// The Atom feed: notes and articles, newest first.
pub fn feed(site: &Site) -> String {
    let mut entries: Vec<(crate::dates::PartialDate, DocRef)> = Vec::new();
    for (i, n) in site.notes.iter().enumerate() {
        if let Some(d) = n.date {
            entries.push((d, DocRef::Note(crate::doc::NoteId(i))));
        }
    }
    for (i, a) in site.articles.iter().enumerate() {
        if let Some(d) = a.date {
            entries.push((d, DocRef::Article(crate::doc::ArticleId(i))));
        }
    }
    entries.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    entries.truncate(50);
    let stamp = |d: crate::dates::PartialDate| format!("{}T00:00:00Z", d.first_day().format("%Y-%m-%d"));
    let updated = entries
        .iter()
        .map(|e| e.0.first_day())
        .max()
        .map_or("1970-01-01T00:00:00Z".to_string(), |d| format!("{}T00:00:00Z", d.format("%Y-%m-%d")));
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    out.push_str(&format!("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n", site.lang.code()));
    out.push_str(&format!("  <title>{}</title>\n", xml(&site.config.title)));
    if !site.config.description.is_empty() {
        out.push_str(&format!("  <subtitle>{}</subtitle>\n", xml(&site.config.description)));
    }
    out.push_str(&format!("  <id>{}</id>\n", xml(&absolute(site, "feed.xml"))));
    out.push_str(&format!("  <link rel=\"self\" href=\"{}\"/>\n", xml(&absolute(site, "feed.xml"))));
    out.push_str(&format!(
        "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        xml(&absolute(site, "index.html"))
    ));
    out.push_str(&format!("  <updated>{updated}</updated>\n"));
    out.push_str(&format!(
        "  <author><name>{}</name></author>\n",
        xml(site.config.author.as_deref().unwrap_or(&site.config.title))
    ));
    for (date, d) in entries {
        let url = absolute(site, &doc_url(site, d));
        let (summary, author) = match d {
            DocRef::Note(i) => (&site.notes[i].summary, site.notes[i].author.clone()),
            DocRef::Article(i) => (&site.articles[i].summary, site.articles[i].author.clone()),
            DocRef::Topic(i) => (&site.topics[i].summary, None),
        };
        out.push_str("  <entry>\n");
        out.push_str(&format!("    <title>{}</title>\n", xml(doc_title(site, d))));
        out.push_str(&format!("    <id>{}</id>\n", xml(&url)));
        out.push_str(&format!("    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n", xml(&url)));
        out.push_str(&format!("    <updated>{}</updated>\n", stamp(date)));
        if let Some(a) = author {
            out.push_str(&format!("    <author><name>{}</name></author>\n", xml(&a)));
        }
        if !summary.is_empty() {
            out.push_str(&format!("    <summary>{}</summary>\n", xml(summary)));
        }
        out.push_str("  </entry>\n");
    }
    out.push_str("</feed>\n");
    out
}

pub(super) fn sitemap<'p>(site: &Site, paths: impl Iterator<Item = &'p str>) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut pages: Vec<&str> = paths.filter(|p| p.ends_with(".html")).collect();
    pages.sort();
    for p in pages {
        out.push_str(&format!("  <url><loc>{}</loc></url>\n", xml(&absolute(site, p))));
    }
    out.push_str("</urlset>\n");
    out
}

pub(super) fn chronology_json(site: &Site) -> String {
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
    let doc = Doc { events, language: site.lang.code(), title: &site.config.title };
    serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
}

/// The chronology in Knight Lab's TimelineJS format, for newsrooms to embed: dates at their
/// precision (a month-only event has no day), curated and extracted events as groups.
pub(super) fn timeline_json(site: &Site) -> String {
    let date = |d: crate::dates::PartialDate| {
        let mut v = serde_json::json!({ "year": d.get_year() });
        if let Some(m) = d.get_month() {
            v["month"] = m.into();
        }
        if let Some(day) = d.get_day() {
            v["day"] = day.into();
        }
        v
    };
    let group = |curated: bool| i18n::get(site.lang, if curated { "curated" } else { "extracted" }).unwrap_or("");
    let events: Vec<serde_json::Value> = site
        .events
        .iter()
        .map(|e| {
            let mut v = serde_json::json!({
                "unique_id": e.id,
                "start_date": date(e.span.start),
                "display_date": e.span.long(site.lang),
                "text": {
                    "headline": crate::text::truncate_words(&e.text, 90),
                    "text": e.html,
                },
                "group": group(e.curated),
            });
            if let Some(end) = e.span.end {
                v["end_date"] = date(end);
            }
            v
        })
        .collect();
    let doc = serde_json::json!({
        "title": { "text": { "headline": site.config.title, "text": site.config.description } },
        "events": events,
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
}

/// The search index: what the search page matches, as a script so that it loads from file://.
pub(super) fn search_index(site: &Site) -> String {
    let lang = site.lang;
    let kind = |k: &str| i18n::get(lang, k).unwrap_or(k).to_string();
    let mut docs: Vec<serde_json::Value> =
        Vec::with_capacity(site.topics.len() + site.notes.len() + site.sources.len());
    for t in &site.topics {
        docs.push(serde_json::json!({"t": t.title, "s": t.summary, "k": kind("topic"), "u": format!("topics/{}.html", t.slug), "a": t.aliases.join(" ")}));
    }
    for n in &site.notes {
        docs.push(serde_json::json!({"t": n.title, "s": n.summary, "k": kind("notes"), "u": format!("notes/{}.html", n.slug), "a": n.author, "d": n.date.map(|d| d.long(lang))}));
    }
    for s in &site.sources {
        let (k, summary) = match s.kind {
            crate::sources::SourceKind::Article(a) => (kind("article"), site.articles[a].summary.as_str()),
            crate::sources::SourceKind::Cited(..) => (kind("source_kind_cited"), ""),
        };
        docs.push(serde_json::json!({"t": s.title, "s": summary, "k": k, "u": source_url(site, s), "o": s.outlet, "a": s.author, "d": s.date.map(|d| d.long(lang))}));
    }
    format!("window.BRIEFING_SEARCH = {};\n", serde_json::to_string(&docs).unwrap_or_else(|_| "[]".into()))
}

pub(super) fn sources_json(site: &Site) -> String {
    let list: Vec<serde_json::Value> = site
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| {
            serde_json::json!({
                "id": s.key,
                "kind": match s.kind { crate::sources::SourceKind::Article(_) => "article", _ => "cited" },
                "title": s.title,
                "outlet": s.outlet,
                "author": s.author,
                "date": s.date.map(|d| d.to_string()),
                "language": s.language,
                "url": s.url,
                "page": source_url(site, s),
                "cited_by": site.cited_by[i].iter().map(|&d| doc_url(site, d)).collect::<Vec<_>>(),
            })
        })
        .collect();
    serde_json::to_string_pretty(&serde_json::json!({ "sources": list })).unwrap_or_default() + "\n"
}
