//! The render stage: the resolved site becomes files in memory. Pages go through Tera
//! templates (embedded defaults, overridable by a site's own `templates/`), feeds and JSON
//! exports are written directly. Pages render in parallel; the result is sorted by path.

mod exports;
pub mod i18n;
pub mod views;

use crate::dates::Lang;
use crate::diagnostics::Diagnostic;
use crate::doc::{ArticleId, NoteId, SourceId, TopicId};
use crate::site::{DocRef, Site};
use crate::text::escape_html;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, OnceLock};
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

/// What produces one file of the site.
enum Job {
    Page(Page),
    Asset(Vec<u8>),
    Feed,
    Sitemap,
    ChronologyJson,
    SourcesJson,
    SearchIndex,
    Timeline,
}

/// A rendered file, or why its template failed.
type Rendered = Result<Arc<Vec<u8>>, Diagnostic>;

/// The site's files, each rendered when first asked for and then kept: `briefing serve`
/// renders only the pages a browser opens, a build renders them all in parallel
/// ([`Pages::into_files`]). Each event's HTML is likewise rendered once, when a first page
/// lists it, and shared by every page that does.
pub struct Pages {
    site: Site,
    tera: Tera,
    /// Every file, sorted by path.
    jobs: Vec<(String, Job)>,
    by_path: HashMap<String, usize>,
    done: Vec<OnceLock<Rendered>>,
    /// Each event as pages at the site root show it, and as pages one folder down do.
    top: Vec<OnceLock<String>>,
    nested: Vec<OnceLock<String>>,
    /// The first error of `event.html`, if it failed.
    event_error: OnceLock<Diagnostic>,
}

impl Pages {
    /// Plans the files of `site`, rendering nothing yet.
    pub fn new(site: Site, tera: Tera, assets: Vec<OutputFile>) -> Pages {
        let mut jobs: Vec<(String, Job)> = vec![
            ("index.html".into(), Job::Page(Page::Index)),
            ("sources.html".into(), Job::Page(Page::Sources)),
            ("chronology.html".into(), Job::Page(Page::Chronology)),
            ("search.html".into(), Job::Page(Page::Search)),
            ("feed.xml".into(), Job::Feed),
            ("chronology.json".into(), Job::ChronologyJson),
            ("sources.json".into(), Job::SourcesJson),
            ("search-index.js".into(), Job::SearchIndex),
            ("timeline.json".into(), Job::Timeline),
        ];
        // A sitemap lists absolute URLs or nothing: without base_url there is none (resolve warns).
        if site.config.base_url().is_some() {
            jobs.push(("sitemap.xml".into(), Job::Sitemap));
        }
        let docs = TopicId::all(site.topics.len())
            .map(DocRef::Topic)
            .chain(NoteId::all(site.notes.len()).map(DocRef::Note))
            .chain(ArticleId::all(site.articles.len()).map(DocRef::Article));
        jobs.extend(docs.map(|d| (doc_url(&site, d), Job::Page(Page::Doc(d)))));
        // A site's own asset never shadows a page, nor a page an asset: the first of a path wins.
        jobs.extend(assets.into_iter().map(|(p, b)| (p, Job::Asset(b))));
        jobs.sort_by(|a, b| a.0.cmp(&b.0));
        jobs.dedup_by(|b, a| a.0 == b.0);
        let by_path = jobs.iter().enumerate().map(|(i, (p, _))| (p.clone(), i)).collect();
        fn cells<T>(n: usize) -> Vec<OnceLock<T>> {
            (0..n).map(|_| OnceLock::new()).collect()
        }
        Pages {
            done: cells(jobs.len()),
            top: cells(site.events.len()),
            nested: cells(site.events.len()),
            event_error: OnceLock::new(),
            jobs,
            by_path,
            site,
            tera,
        }
    }

    /// The resolved site the pages show.
    pub fn site(&self) -> &Site {
        &self.site
    }

    /// How many files the site has.
    pub fn len(&self) -> usize {
        self.jobs.len()
    }

    /// Whether it has none (never: a site has at least its home page).
    pub fn is_empty(&self) -> bool {
        self.jobs.is_empty()
    }

    /// Every file's path, sorted.
    pub fn paths(&self) -> impl Iterator<Item = &str> {
        self.jobs.iter().map(|(p, _)| p.as_str())
    }

    /// The file at `path` (relative, `topics/x.html`), rendered now if it was not yet; `None`
    /// when the site has no such file.
    pub fn get(&self, path: &str) -> Option<Rendered> {
        self.by_path.get(path).map(|&i| self.rendered(i))
    }

    fn rendered(&self, i: usize) -> Rendered {
        self.done[i].get_or_init(|| self.render_job(&self.jobs[i].1).map(Arc::new)).clone()
    }

    /// How many steps rendering everything takes: each event (both ways) and each file, for
    /// a progress display ([`Pages::into_files_with`]).
    pub fn steps(&self) -> usize {
        self.site.events.len() + self.jobs.len()
    }

    /// Renders every file in parallel and hands each to `put(index in [`Pages::paths`], bytes)`
    /// as soon as it is made, keeping none (a build writes them meanwhile, and so never holds
    /// the whole site in memory). `tick` is called after each of [`Pages::steps`].
    pub fn render_into(
        &self,
        put: &(dyn Fn(usize, Vec<u8>) + Sync),
        tick: &(dyn Fn() + Sync),
    ) -> Result<(), Vec<Diagnostic>> {
        (0..self.site.events.len()).into_par_iter().for_each(|ei| {
            self.event(ei, "");
            self.event(ei, "../");
            tick();
        });
        if let Some(d) = self.event_error.get() {
            return Err(vec![d.clone()]);
        }
        let failed: Vec<Diagnostic> = (0..self.jobs.len())
            .into_par_iter()
            .filter_map(|i| {
                let made = match self.done[i].get() {
                    Some(Ok(bytes)) => Ok(bytes.to_vec()),
                    _ => self.render_job(&self.jobs[i].1),
                };
                tick();
                match made {
                    Ok(bytes) => {
                        put(i, bytes);
                        None
                    }
                    Err(d) => Some(d),
                }
            })
            .collect();
        let mut diags: Vec<Diagnostic> = Vec::new();
        for d in failed {
            if !diags.contains(&d) {
                diags.push(d);
            }
        }
        if diags.is_empty() {
            Ok(())
        } else {
            Err(diags)
        }
    }

    /// Every file, rendered, sorted by path.
    pub fn into_files(self) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
        self.collect(&|| {})
    }

    /// [`Pages::into_files`], calling `tick` after each of its [`Pages::steps`].
    pub fn into_files_with(self, tick: &(dyn Fn() + Sync)) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
        self.collect(tick)
    }

    fn collect(&self, tick: &(dyn Fn() + Sync)) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
        let slots: Vec<std::sync::Mutex<Option<Vec<u8>>>> = self.jobs.iter().map(|_| Default::default()).collect();
        self.render_into(
            &|i, bytes| {
                if let Ok(mut slot) = slots[i].lock() {
                    *slot = Some(bytes);
                }
            },
            tick,
        )?;
        Ok(self
            .jobs
            .iter()
            .zip(slots)
            .filter_map(|((path, _), slot)| Some((path.clone(), slot.into_inner().ok()??)))
            .collect())
    }

    /// Event `ei` as `event.html` renders it for a page at `root` (`""` or `"../"`).
    fn event(&self, ei: usize, root: &str) -> &str {
        let (cells, limit) =
            if root.is_empty() { (&self.top, usize::MAX) } else { (&self.nested, EVENT_LINKS_ELSEWHERE) };
        cells[ei].get_or_init(|| {
            render_event(&self.site, &self.tera, ei, root, limit).unwrap_or_else(|d| {
                let _ = self.event_error.set(d);
                String::new()
            })
        })
    }

    fn render_job(&self, job: &Job) -> Result<Vec<u8>, Diagnostic> {
        let site = &self.site;
        Ok(match job {
            Job::Page(page) => {
                let (template, ctx) = page_context(self, *page);
                let html = self
                    .tera
                    .render(template, &ctx)
                    .map_err(|e| Diagnostic::error(Path::new("templates").join(template), 0, error_chain(&e)))?;
                if let Some(d) = self.event_error.get() {
                    return Err(d.clone());
                }
                html.into_bytes()
            }
            Job::Asset(bytes) => bytes.clone(),
            Job::Feed => exports::feed(site).into_bytes(),
            Job::Sitemap => exports::sitemap(site, self.paths()).into_bytes(),
            Job::ChronologyJson => exports::chronology_json(site).into_bytes(),
            Job::SourcesJson => exports::sources_json(site).into_bytes(),
            Job::SearchIndex => exports::search_index(site).into_bytes(),
            Job::Timeline => exports::timeline_json(site).into_bytes(),
        })
    }

    fn nav(&self, root: &str) -> SiteView<'_> {
        let site = &self.site;
        SiteView {
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
        }
    }
}

/// Renders every page and export of the site.
pub fn render(site: Site, tera: Tera, assets: Vec<OutputFile>) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    Pages::new(site, tera, assets).into_files()
}

fn render_event(site: &Site, tera: &Tera, ei: usize, root: &str, limit: usize) -> Result<String, Diagnostic> {
    let mut ctx = Context::new();
    ctx.insert("root", root);
    ctx.insert("e", &event_view(site, ei, root, limit));
    ctx.insert("full", &(limit == usize::MAX));
    tera.render("event.html", &ctx)
        .map_err(|e| Diagnostic::error(Path::new("templates/event.html"), 0, error_chain(&e)))
}

#[derive(Clone, Copy)]
enum Page {
    Index,
    Sources,
    Chronology,
    Search,
    Doc(DocRef),
}

fn page_context(p: &Pages, page: Page) -> (&'static str, Context) {
    let (site, tera) = (&p.site, &p.tera);
    let mut ctx = Context::new();
    let root = match page {
        Page::Doc(_) => "../",
        _ => "",
    };
    ctx.insert("root", root);
    ctx.insert("site", &p.nav(root));
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
            ("index.html", ctx)
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
            ("sources.html", ctx)
        }
        Page::Chronology => {
            ctx.insert("page_title", i18n::get(site.lang, "chronology").unwrap_or("Chronology"));
            ctx.insert("years", &group_events(site, 0..site.events.len(), &|ei| p.event(ei, root)));
            ctx.insert(
                "topics",
                &site.topics.iter().map(|t| Link { title: t.title.clone(), url: t.slug.clone() }).collect::<Vec<_>>(),
            );
            ("chronology.html", ctx)
        }
        Page::Search => {
            ctx.insert("page_title", i18n::get(site.lang, "search").unwrap_or("Search"));
            ("search.html", ctx)
        }
        Page::Doc(d) => {
            let events = |ei: usize| p.event(ei, root);
            match d {
                DocRef::Topic(i) => topic_context(site, i.index(), root, &events, &mut ctx),
                DocRef::Note(i) => note_context(site, i.index(), root, &events, &mut ctx),
                DocRef::Article(i) => article_context(site, i.index(), root, &events, &mut ctx),
            }
            let template = match d {
                DocRef::Topic(_) => "topic.html",
                DocRef::Note(_) => "note.html",
                DocRef::Article(_) => "article.html",
            };
            (template, ctx)
        }
    }
}

fn latest_articles(site: &Site, n: usize) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..site.articles.len()).collect();
    idx.sort_by(|&a, &b| site.articles[b].date.cmp(&site.articles[a].date).then(a.cmp(&b)));
    idx.truncate(n);
    idx
}

fn topic_context<'s>(site: &Site, i: usize, root: &str, events: &dyn Fn(usize) -> &'s str, ctx: &mut Context) {
    let t = &site.topics[i];
    let (body, notes) = cited_body(site, &t.body, &site.topic_citations[i], root);
    ctx.insert("page_title", &t.title);
    ctx.insert("topic", &serde_json::json!({"title": t.title, "summary": t.summary, "slug": t.slug}));
    ctx.insert("body", &body);
    ctx.insert("citation_notes", &notes);
    ctx.insert("notes", &site.topic_notes[i].iter().map(|&n| note_item(site, n.index(), root)).collect::<Vec<_>>());
    let mut arts = site.topic_articles[i].clone();
    arts.sort_by(|a, b| site.articles[b.0].date.cmp(&site.articles[a.0].date).then(a.0.cmp(&b.0)));
    ctx.insert(
        "articles",
        &arts.iter().map(|(a, why)| article_item(site, a.index(), root, Some(why))).collect::<Vec<_>>(),
    );
    ctx.insert("years", &group_events(site, site.topic_events[i].iter().map(|e| e.index()), events));
    // Sources: everything cited in the briefing, then every attached article, once each.
    let mut srcs: Vec<SourceId> = site.topic_citations[i].notes.clone();
    for (a, _) in &site.topic_articles[i] {
        let s = site.article_sources[*a];
        if !srcs.contains(&s) {
            srcs.push(s);
        }
    }
    ctx.insert("sources", &srcs.iter().map(|&s| source_view(site, s.index(), root)).collect::<Vec<_>>());
}

fn note_context<'s>(site: &Site, i: usize, root: &str, events: &dyn Fn(usize) -> &'s str, ctx: &mut Context) {
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
    ctx.insert("years", &group_events(site, site.note_events[i].iter().map(|e| e.index()), events));
}

fn article_context<'s>(site: &Site, i: usize, root: &str, events: &dyn Fn(usize) -> &'s str, ctx: &mut Context) {
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
    ctx.insert("years", &group_events(site, site.article_events[i].iter().map(|e| e.index()), events));
    let cited_by: Vec<Link> = site.cited_by[site.article_sources[i]]
        .iter()
        .filter(|d| **d != DocRef::Article(ArticleId(i)))
        .map(|&d| Link { title: doc_title(site, d).to_string(), url: format!("{root}{}", doc_url(site, d)) })
        .collect();
    ctx.insert("cited_by", &cited_by);
}
