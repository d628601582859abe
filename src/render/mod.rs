//! The render stage: the resolved site becomes files in memory. Pages go through Tera
//! templates (embedded defaults, overridable by a site's own `templates/`), feeds and JSON
//! exports are written directly. Pages render in parallel; the result is sorted by path.

mod exports;
pub mod i18n;
pub mod views;

use crate::dates::Lang;
use crate::diagnostics::Diagnostic;
use crate::site::{DocRef, Site};
use crate::text::escape_html;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::HashMap;
use std::path::Path;
use tera::{Context, Tera};
use views::*;

/// A built file: its path inside the output folder and its bytes.
pub type OutputFile = (String, Vec<u8>);

/// The default templates and assets, embedded so that an installed `briefing` works anywhere.
pub const DEFAULT_TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("../../templates/base.html")),
    ("macros.html", include_str!("../../templates/macros.html")),
    ("index.html", include_str!("../../templates/index.html")),
    ("topic.html", include_str!("../../templates/topic.html")),
    ("article.html", include_str!("../../templates/article.html")),
    ("note.html", include_str!("../../templates/note.html")),
    ("sources.html", include_str!("../../templates/sources.html")),
    ("chronology.html", include_str!("../../templates/chronology.html")),
    ("event.html", include_str!("../../templates/event.html")),
    ("search.html", include_str!("../../templates/search.html")),
];

/// Static assets copied as they are (`templates/assets/…` → `assets/…`).
pub const DEFAULT_ASSETS: &[(&str, &str)] = &[
    ("assets/style.css", include_str!("../../templates/assets/style.css")),
    ("assets/chronology.js", include_str!("../../templates/assets/chronology.js")),
    ("assets/search.js", include_str!("../../templates/assets/search.js")),
];

/// Loads the templates: the embedded defaults, each replaced by the site's own
/// `templates/<name>` when it exists.
pub fn templates(root: &Path, lang: Lang) -> Result<(Tera, Vec<OutputFile>), Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let mut read = |name: &str, default: &str| -> String {
        let p = root.join("templates").join(name);
        if p.is_file() {
            match crate::content::read_text(root, &p) {
                Ok((t, _)) => return t,
                Err(d) => diags.push(d),
            }
        }
        default.to_string()
    };
    let sources: Vec<(String, String)> = DEFAULT_TEMPLATES.iter().map(|(n, d)| (n.to_string(), read(n, d))).collect();
    let assets: Vec<OutputFile> =
        DEFAULT_ASSETS.iter().map(|(n, d)| (n.to_string(), read(n, d).into_bytes())).collect();
    let mut tera = Tera::default();
    tera.autoescape_on(vec![".html"]);
    // Tera's default also escapes `/`, which turns every relative URL into `..&#x2F;`.
    tera.set_escape_fn(escape_html);
    if let Err(e) = tera.add_raw_templates(sources.iter().map(|(n, s)| (n.as_str(), s.as_str()))) {
        diags.push(Diagnostic::error(Path::new("templates"), 0, error_chain(&e)));
    }
    tera.register_function("t", move |args: &HashMap<String, tera::Value>| {
        let key = args.get("key").and_then(|v| v.as_str()).ok_or_else(|| tera::Error::msg("t() needs key=\"…\""))?;
        i18n::get(lang, key)
            .map(tera::Value::from)
            .ok_or_else(|| tera::Error::msg(format!("unknown interface string \"{key}\"")))
    });
    if diags.is_empty() {
        Ok((tera, assets))
    } else {
        Err(diags)
    }
}

fn error_chain(e: &tera::Error) -> String {
    let mut msg = e.to_string();
    let mut src = std::error::Error::source(e);
    while let Some(s) = src {
        msg.push_str(": ");
        msg.push_str(&s.to_string());
        src = s.source();
    }
    msg.replace('\n', " ")
}

#[derive(Serialize)]
struct SiteView<'a> {
    title: &'a str,
    description: &'a str,
    lang: &'static str,
    topics: Vec<Link>,
}

/// How many topics the masthead of every page names.
const NAV_TOPICS: usize = 8;

/// Renders every page and export of the site.
pub fn render(site: &Site, tera: &Tera, assets: Vec<OutputFile>) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    let mut jobs: Vec<Page> = vec![Page::Index, Page::Sources, Page::Chronology, Page::Search];
    jobs.extend((0..site.topics.len()).map(|i| Page::Doc(DocRef::Topic(i))));
    jobs.extend((0..site.notes.len()).map(|i| Page::Doc(DocRef::Note(i))));
    jobs.extend((0..site.articles.len()).map(|i| Page::Doc(DocRef::Article(i))));
    let nav = |root: &str| SiteView {
        title: &site.config.title,
        description: &site.config.description,
        lang: site.lang.code(),
        // The masthead names the first topics (in the editors' order); the home page lists all.
        topics: site
            .topics
            .iter()
            .take(NAV_TOPICS)
            .map(|t| Link { title: t.title.clone(), url: format!("{root}topics/{}.html", t.slug) })
            .collect(),
    };
    // Each event is rendered once per link depth and reused by every page that lists it:
    // an event reported by many articles is not rendered again on each of their pages.
    let events = EventHtml {
        top: render_events(site, tera, "", usize::MAX)?,
        nested: render_events(site, tera, "../", EVENT_LINKS_ELSEWHERE)?,
    };
    let results: Vec<Result<OutputFile, Diagnostic>> = jobs
        .par_iter()
        .map(|page| {
            let (path, template, ctx) = page_context(site, *page, &nav, &events, tera);
            tera.render(template, &ctx)
                .map(|html| (path, html.into_bytes()))
                .map_err(|e| Diagnostic::error(Path::new("templates").join(template), 0, error_chain(&e)))
        })
        .collect();
    let mut files = Vec::with_capacity(results.len() + 8);
    let mut diags = Vec::new();
    for r in results {
        match r {
            Ok(f) => files.push(f),
            Err(d) => {
                if !diags.contains(&d) {
                    diags.push(d)
                }
            }
        }
    }
    if !diags.is_empty() {
        return Err(diags);
    }
    files.extend(assets);
    files.push(("feed.xml".into(), exports::feed(site).into_bytes()));
    // A sitemap lists absolute URLs or nothing: without base_url there is none (resolve warns).
    if site.config.base_url().is_some() {
        files.push(("sitemap.xml".into(), exports::sitemap(site, &files).into_bytes()));
    }
    files.push(("chronology.json".into(), exports::chronology_json(site).into_bytes()));
    files.push(("sources.json".into(), exports::sources_json(site).into_bytes()));
    files.push(("search-index.js".into(), exports::search_index(site).into_bytes()));
    files.push(("timeline.json".into(), exports::timeline_json(site).into_bytes()));
    files.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(files)
}

/// Every event rendered by `event.html`, for pages at the site root and one folder down.
struct EventHtml {
    top: Vec<String>,
    nested: Vec<String>,
}

fn render_event(site: &Site, tera: &Tera, ei: usize, root: &str, limit: usize) -> Result<String, Diagnostic> {
    let mut ctx = Context::new();
    ctx.insert("root", root);
    ctx.insert("e", &event_view(site, ei, root, limit));
    ctx.insert("full", &(limit == usize::MAX));
    tera.render("event.html", &ctx)
        .map_err(|e| Diagnostic::error(Path::new("templates/event.html"), 0, error_chain(&e)))
}

fn render_events(site: &Site, tera: &Tera, root: &str, limit: usize) -> Result<Vec<String>, Vec<Diagnostic>> {
    (0..site.events.len())
        .into_par_iter()
        .map(|ei| render_event(site, tera, ei, root, limit).map_err(|d| vec![d]))
        .collect()
}

#[derive(Clone, Copy)]
enum Page {
    Index,
    Sources,
    Chronology,
    Search,
    Doc(DocRef),
}

fn page_context<'a>(
    site: &'a Site,
    page: Page,
    nav: &dyn Fn(&str) -> SiteView<'a>,
    events: &EventHtml,
    tera: &Tera,
) -> (String, &'static str, Context) {
    let mut ctx = Context::new();
    let root = match page {
        Page::Doc(_) => "../",
        _ => "",
    };
    ctx.insert("root", root);
    ctx.insert("site", &nav(root));
    match page {
        Page::Index => {
            ctx.insert("page_title", &site.config.title);
            let topics: Vec<serde_json::Value> = site
                .topics
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    serde_json::json!({
                        "title": t.title, "url": format!("topics/{}.html", t.slug), "summary": t.summary,
                        "articles": site.topic_articles[i].len(), "notes": site.topic_notes[i].len(),
                        "events": site.topic_events[i].len(),
                    })
                })
                .collect();
            ctx.insert("topics", &topics);
            // Latest events, most recent first; at equal dates in chronology order (curated first).
            let mut latest: Vec<usize> = (0..site.events.len()).collect();
            latest.sort_by(|&a, &b| site.events[b].span.last().cmp(&site.events[a].span.last()).then(a.cmp(&b)));
            latest.truncate(8);
            ctx.insert(
                "latest_events",
                &latest
                    .iter()
                    .map(|&e| render_event(site, tera, e, root, EVENT_LINKS_ELSEWHERE).unwrap_or_default())
                    .collect::<Vec<_>>(),
            );
            ctx.insert(
                "latest_articles",
                &latest_articles(site, 8).into_iter().map(|a| article_item(site, a, root, None)).collect::<Vec<_>>(),
            );
            let mut notes: Vec<usize> = (0..site.notes.len()).collect();
            notes.sort_by(|&a, &b| site.notes[b].date.cmp(&site.notes[a].date).then(a.cmp(&b)));
            ctx.insert("notes", &notes.iter().map(|&n| note_item(site, n, root)).collect::<Vec<_>>());
            ctx.insert("article_count", &site.articles.len());
            ctx.insert("source_count", &site.sources.len());
            ctx.insert("event_count", &site.events.len());
            ("index.html".into(), "index.html", ctx)
        }
        Page::Sources => {
            ctx.insert("page_title", i18n::get(site.lang, "sources").unwrap_or("Sources"));
            let views: Vec<SourceView> = (0..site.sources.len()).map(|i| source_view(site, i, root)).collect();
            // By outlet: named outlets alphabetically (folded), then the unknown ones.
            let mut by_outlet: Vec<(String, Vec<usize>)> = Vec::new();
            let mut order: Vec<usize> = (0..views.len()).collect();
            let key = |i: &usize| {
                let s = &site.sources[*i];
                (s.outlet.is_none(), s.outlet.as_deref().map(crate::text::slugify), std::cmp::Reverse(s.date), *i)
            };
            order.sort_by_key(key);
            for i in order {
                let name = site.sources[i].outlet.clone().unwrap_or_default();
                // One group, and one anchor, per outlet slug: `Le Monde` and `Le-Monde` are one.
                if by_outlet.last().is_none_or(|(n, _)| crate::text::slugify(n) != crate::text::slugify(&name)) {
                    by_outlet.push((name, Vec::new()));
                }
                if let Some(last) = by_outlet.last_mut() {
                    last.1.push(i);
                }
            }
            let mut by_date: Vec<usize> = (0..views.len()).collect();
            by_date.sort_by_key(|&i| (site.sources[i].date.is_none(), std::cmp::Reverse(site.sources[i].date), i));
            let outlets: Vec<serde_json::Value> = by_outlet
                .iter()
                .map(|(name, items)| serde_json::json!({"name": name, "anchor": format!("o-{}", crate::text::slugify(name)), "sources": items}))
                .collect();
            ctx.insert("sources", &views);
            ctx.insert("outlets", &outlets);
            ctx.insert("by_date", &by_date);
            ("sources.html".into(), "sources.html", ctx)
        }
        Page::Chronology => {
            ctx.insert("page_title", i18n::get(site.lang, "chronology").unwrap_or("Chronology"));
            ctx.insert("years", &group_events(site, 0..site.events.len(), &events.top));
            ctx.insert(
                "topics",
                &site.topics.iter().map(|t| Link { title: t.title.clone(), url: t.slug.clone() }).collect::<Vec<_>>(),
            );
            ("chronology.html".into(), "chronology.html", ctx)
        }
        Page::Search => {
            ctx.insert("page_title", i18n::get(site.lang, "search").unwrap_or("Search"));
            ("search.html".into(), "search.html", ctx)
        }
        Page::Doc(d) => {
            let url = doc_url(site, d);
            match d {
                DocRef::Topic(i) => topic_context(site, i, root, events, &mut ctx),
                DocRef::Note(i) => note_context(site, i, root, events, &mut ctx),
                DocRef::Article(i) => article_context(site, i, root, events, &mut ctx),
            }
            let template = match d {
                DocRef::Topic(_) => "topic.html",
                DocRef::Note(_) => "note.html",
                DocRef::Article(_) => "article.html",
            };
            (url, template, ctx)
        }
    }
}

fn latest_articles(site: &Site, n: usize) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..site.articles.len()).collect();
    idx.sort_by(|&a, &b| site.articles[b].date.cmp(&site.articles[a].date).then(a.cmp(&b)));
    idx.truncate(n);
    idx
}

fn topic_context(site: &Site, i: usize, root: &str, events: &EventHtml, ctx: &mut Context) {
    let t = &site.topics[i];
    let (body, notes) = cited_body(site, &t.body, &site.topic_citations[i], root);
    ctx.insert("page_title", &t.title);
    ctx.insert("topic", &serde_json::json!({"title": t.title, "summary": t.summary, "slug": t.slug}));
    ctx.insert("body", &body);
    ctx.insert("citation_notes", &notes);
    ctx.insert("notes", &site.topic_notes[i].iter().map(|&n| note_item(site, n, root)).collect::<Vec<_>>());
    let mut arts = site.topic_articles[i].clone();
    arts.sort_by(|a, b| site.articles[b.0].date.cmp(&site.articles[a.0].date).then(a.0.cmp(&b.0)));
    ctx.insert("articles", &arts.iter().map(|(a, why)| article_item(site, *a, root, Some(why))).collect::<Vec<_>>());
    ctx.insert("years", &group_events(site, site.topic_events[i].iter().copied(), &events.nested));
    // Sources: everything cited in the briefing, then every attached article, once each.
    let mut srcs: Vec<usize> = site.topic_citations[i].notes.clone();
    for (a, _) in &site.topic_articles[i] {
        if !srcs.contains(a) {
            srcs.push(*a);
        }
    }
    ctx.insert("sources", &srcs.iter().map(|&s| source_view(site, s, root)).collect::<Vec<_>>());
}

fn note_context(site: &Site, i: usize, root: &str, events: &EventHtml, ctx: &mut Context) {
    let n = &site.notes[i];
    let (body, notes) = cited_body(site, &n.body, &site.note_citations[i], root);
    ctx.insert("page_title", &n.title);
    ctx.insert(
        "note",
        &serde_json::json!({
            "title": n.title, "summary": n.summary, "author": n.author,
            "date": n.date.map(|d| d.long(site.lang)), "date_iso": n.date.map(|d| d.to_string()),
        }),
    );
    ctx.insert(
        "topics",
        &site.note_topics[i]
            .iter()
            .map(|&t| Link {
                title: site.topics[t].title.clone(),
                url: format!("{root}topics/{}.html", site.topics[t].slug),
            })
            .collect::<Vec<_>>(),
    );
    ctx.insert("body", &body);
    ctx.insert("citation_notes", &notes);
    ctx.insert("years", &group_events(site, site.note_events[i].iter().copied(), &events.nested));
}

fn article_context(site: &Site, i: usize, root: &str, events: &EventHtml, ctx: &mut Context) {
    let a = &site.articles[i];
    ctx.insert("page_title", &a.title);
    let lang_name = a.language.as_deref().map(|l| match (l, site.lang) {
        ("fr", Lang::Fr) => "français".to_string(),
        ("en", Lang::Fr) => "anglais".to_string(),
        ("fr", Lang::En) => "French".to_string(),
        ("en", Lang::En) => "English".to_string(),
        (other, _) => other.to_string(),
    });
    ctx.insert(
        "article",
        &serde_json::json!({
            "title": a.title, "slug": a.slug, "author": a.author, "outlet": a.outlet, "url": a.url,
            "language": lang_name, "language_code": a.language,
            "date": a.date.map(|d| d.long(site.lang)), "date_iso": a.date.map(|d| d.to_string()),
            "summary": a.summary, "credit": a.credit, "guessed": a.guessed,
        }),
    );
    ctx.insert("body", &a.body.html);
    ctx.insert(
        "topics",
        &site.article_topics[i]
            .iter()
            .map(|(t, why)| {
                serde_json::json!({
                    "title": site.topics[*t].title, "url": format!("{root}topics/{}.html", site.topics[*t].slug),
                    "alias": match why { crate::topics::Reason::Alias(s) => Some(s.as_str()), _ => None },
                })
            })
            .collect::<Vec<_>>(),
    );
    let own: Vec<serde_json::Value> = a
        .sources
        .iter()
        .map(|s| {
            let key = format!("{}:{}", a.slug, s.entry.label);
            let idx = site.source_index.get(&key).copied();
            serde_json::json!({
                "label": s.entry.label,
                "text": s.entry.text,
                "title": s.entry.title,
                "outlet": s.entry.outlet,
                "date": s.entry.date.map(|d| d.long(site.lang)),
                "url": s.entry.url,
                "entry": idx.map(|x| format!("{root}sources.html#{}", source_anchor(site, &site.sources[x]))),
                "referenced": a.body.footnote_refs.contains(&s.entry.label),
            })
        })
        .collect();
    ctx.insert("own_sources", &own);
    ctx.insert("years", &group_events(site, site.article_events[i].iter().copied(), &events.nested));
    let cited_by: Vec<Link> = site.cited_by[i]
        .iter()
        .filter(|d| **d != DocRef::Article(i))
        .map(|&d| Link { title: doc_title(site, d).to_string(), url: format!("{root}{}", doc_url(site, d)) })
        .collect();
    ctx.insert("cited_by", &cited_by);
}
