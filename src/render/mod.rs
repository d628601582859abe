//! The render stage: the resolved site becomes files. Pages, feeds and the sitemap go
//! through Tera templates (built-in, or the site's own: [`templates`]) fed with the typed
//! contexts of [`context`], the one place that reads the resolved site for them; the JSON and
//! script exports are serialised straight from typed structs ([`exports`]). Pages render in
//! parallel; each event's fragment (`partials/event.html`) is rendered once per form and
//! shared by every page that lists it.

mod chronology_files;
pub mod context;
mod exports;
pub mod i18n;
pub mod templates;
pub mod urls;

use crate::diagnostics::Diagnostic;
use crate::doc::{ArticleId, NoteId, TopicId};
use crate::site::{DocRef, Site};
use context::EVENT_LINKS_ELSEWHERE;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, OnceLock};
use tera::{Context, Tera};
use urls::Urls;

/// A built file: its path inside the output folder and its bytes.
pub type OutputFile = (String, Vec<u8>);

/// Loads the templates and assets of the site at `root` (see [`templates::load`]).
pub fn templates(root: &Path, config: &crate::config::Config) -> Result<(Tera, Vec<OutputFile>), Vec<Diagnostic>> {
    templates::load(root, config)
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

/// What produces one file of the site.
enum Job {
    Page(Page),
    Asset(Vec<u8>),
    Feed,
    /// `sitemap.xml`, or one of the sitemaps it indexes (`sitemap-1.xml`).
    Sitemap(Option<usize>),
    ChronologyJson,
    ChronologyPartJson(chronology_files::Part),
    /// `sources.json`, or one of its parts (`sources-1.json`).
    SourcesJson(Option<usize>),
    SearchIndex,
    Timeline,
}

/// A rendered file, or why its template failed.
type Rendered = Result<Arc<Vec<u8>>, Diagnostic>;

/// The site's files, each rendered when first asked for and then kept: `briefing serve`
/// renders only the pages a browser opens, a build renders them all in parallel
/// ([`Pages::into_files`]). Each event's fragment is likewise rendered once in each of its
/// two forms (the chronology's full entry, the compact one other pages list), when a first
/// page lists it, and shared by every page that does.
pub struct Pages {
    site: Site,
    tera: Tera,
    /// Every file, sorted by path.
    jobs: Vec<(String, Job)>,
    by_path: HashMap<String, usize>,
    done: Vec<OnceLock<Rendered>>,
    /// Each event as the chronology page shows it (at the site root).
    full: Vec<OnceLock<String>>,
    /// Each event as pages one folder down list it.
    compact: Vec<OnceLock<String>>,
    /// The first error of `partials/event.html`, if it failed.
    event_error: OnceLock<Diagnostic>,
}

impl Pages {
    /// Plans the files of `site`, rendering nothing yet.
    pub fn new(site: Site, tera: Tera, assets: Vec<OutputFile>) -> Pages {
        let mut jobs: Vec<(String, Job)> = vec![
            ("index.html".into(), Job::Page(Page::Index)),
            ("sources.html".into(), Job::Page(Page::Sources)),
            ("search.html".into(), Job::Page(Page::Search)),
            ("feed.xml".into(), Job::Feed),
            ("chronology.json".into(), Job::ChronologyJson),
            ("sources.json".into(), Job::SourcesJson(None)),
            ("search-index.js".into(), Job::SearchIndex),
            ("timeline.json".into(), Job::Timeline),
        ];
        jobs.extend(chronology_files::files(&site).into_iter().map(|(p, f)| (p, Job::Page(Page::Chronology(f)))));
        jobs.extend(
            chronology_files::parts(&site)
                .into_iter()
                .map(|p| (format!("{}.json", p.stem()), Job::ChronologyPartJson(p))),
        );
        jobs.extend(
            (1..=exports::sources_parts(&site)).map(|k| (format!("sources-{k}.json"), Job::SourcesJson(Some(k)))),
        );
        // A sitemap lists absolute URLs or nothing: without base_url there is none (resolve warns).
        let sitemap = site.config.base_url().is_some();
        let docs = TopicId::all(site.topics.len())
            .map(DocRef::Topic)
            .chain(NoteId::all(site.notes.len()).map(DocRef::Note))
            .chain(ArticleId::all(site.articles.len()).map(DocRef::Article));
        jobs.extend(docs.map(|d| (urls::doc_path(&site, d), Job::Page(Page::Doc(d)))));
        // A site's own asset never shadows a page, nor a page an asset: the first of a path wins.
        jobs.extend(assets.into_iter().map(|(p, b)| (p, Job::Asset(b))));
        jobs.sort_by(|a, b| a.0.cmp(&b.0));
        jobs.dedup_by(|b, a| a.0 == b.0);
        if sitemap {
            let pages = jobs.iter().filter(|(p, _)| p.ends_with(".html")).count();
            jobs.push(("sitemap.xml".into(), Job::Sitemap(None)));
            jobs.extend(
                (1..=context::sitemap_parts(pages)).map(|k| (format!("sitemap-{k}.xml"), Job::Sitemap(Some(k)))),
            );
            jobs.sort_by(|a, b| a.0.cmp(&b.0));
            jobs.dedup_by(|b, a| a.0 == b.0);
        }
        let by_path = jobs.iter().enumerate().map(|(i, (p, _))| (p.clone(), i)).collect();
        fn cells<T>(n: usize) -> Vec<OnceLock<T>> {
            (0..n).map(|_| OnceLock::new()).collect()
        }
        Pages {
            done: cells(jobs.len()),
            full: cells(site.events.len()),
            compact: cells(site.events.len()),
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
            self.event(ei, true);
            self.event(ei, false);
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

    /// Event `ei`'s fragment: the chronology page's full entry, or the compact one.
    fn event(&self, ei: usize, full: bool) -> &str {
        let cells = if full { &self.full } else { &self.compact };
        cells[ei].get_or_init(|| {
            let (u, limit) = if full {
                (Urls::top(&self.site), usize::MAX)
            } else {
                (Urls::nested(&self.site), EVENT_LINKS_ELSEWHERE)
            };
            self.render_event(&u, ei, limit, full).unwrap_or_else(|d| {
                let _ = self.event_error.set(d);
                String::new()
            })
        })
    }

    fn render_event(&self, u: &Urls, ei: usize, limit: usize, full: bool) -> Result<String, Diagnostic> {
        let mut ctx = Context::new();
        ctx.insert("root", u.root());
        ctx.insert("e", &context::event(&self.site, u, ei, limit));
        ctx.insert("full", &full);
        self.tera
            .render("partials/event.html", &ctx)
            .map_err(|e| Diagnostic::error(Path::new("templates/partials/event.html"), 0, error_chain(&e)))
    }

    /// Renders `template` with the typed context `ctx`.
    fn page<C: Serialize>(&self, template: &str, ctx: &C) -> Result<Vec<u8>, Diagnostic> {
        let fail = |e: tera::Error| Diagnostic::error(Path::new("templates").join(template), 0, error_chain(&e));
        let ctx = Context::from_serialize(ctx).map_err(fail)?;
        let out = self.tera.render(template, &ctx).map_err(fail)?;
        Ok(out.into_bytes())
    }

    /// A body with its citations rendered by `partials/cite.html`.
    fn cited_body(&self, body: &crate::markdown::Body, cites: &[context::CiteCtx]) -> Result<String, Diagnostic> {
        let mut failed = None;
        let html = body.html_with(|ci| {
            let Some(c) = cites.get(ci) else { return String::new() };
            match Context::from_serialize(c).and_then(|ctx| self.tera.render("partials/cite.html", &ctx)) {
                Ok(s) => s,
                Err(e) => {
                    failed.get_or_insert_with(|| {
                        Diagnostic::error(Path::new("templates/partials/cite.html"), 0, error_chain(&e))
                    });
                    String::new()
                }
            }
        });
        failed.map_or(Ok(html), Err)
    }

    fn render_job(&self, job: &Job) -> Result<Vec<u8>, Diagnostic> {
        let site = &self.site;
        let bytes = match job {
            Job::Page(page) => self.render_page(*page)?,
            Job::Asset(bytes) => bytes.clone(),
            Job::Feed => self.page("feed.xml", &context::feed(site))?,
            Job::Sitemap(part) => self.page("sitemap.xml", &context::sitemap(site, self.paths(), *part))?,
            Job::ChronologyJson => exports::chronology_json(site),
            Job::ChronologyPartJson(p) => exports::chronology_part_json(site, *p),
            Job::SourcesJson(part) => exports::sources_json(site, *part),
            Job::SearchIndex => exports::search_index(site),
            Job::Timeline => exports::timeline_json(site),
        };
        if let Some(d) = self.event_error.get() {
            return Err(d.clone());
        }
        Ok(bytes)
    }

    fn render_page(&self, page: Page) -> Result<Vec<u8>, Diagnostic> {
        let site = &self.site;
        let compact = |ei: usize| self.event(ei, false);
        match page {
            Page::Index => {
                let u = Urls::top(site);
                // The home page is at the root: its few events are rendered for it.
                let latest: Vec<(usize, String)> = context::latest_events(site, 8)
                    .into_iter()
                    .map(|ei| Ok((ei, self.render_event(&u, ei, EVENT_LINKS_ELSEWHERE, false)?)))
                    .collect::<Result<_, Diagnostic>>()?;
                let latest: Vec<(usize, &str)> = latest.iter().map(|(ei, h)| (*ei, h.as_str())).collect();
                self.page("index.html", &context::index_page(site, &u, &latest))
            }
            Page::Sources => self.page("sources.html", &context::sources_page(site, &Urls::top(site))),
            Page::Chronology(file) => {
                let ctx = context::chronology_page(site, &Urls::top(site), file, &|ei| self.event(ei, true));
                self.page("chronology.html", &ctx)
            }
            Page::Search => self.page("search.html", &context::search_page(site, &Urls::top(site))),
            Page::Doc(d) => {
                let u = Urls::nested(site);
                match d {
                    DocRef::Topic(i) => {
                        let (cites, notes) = context::citations(site, &u, &site.topic_citations[i]);
                        let body = self.cited_body(&site.topics[i].body, &cites)?;
                        self.page("topic.html", &context::topic_page(site, &u, i, body, notes, &compact))
                    }
                    DocRef::Note(i) => {
                        let (cites, notes) = context::citations(site, &u, &site.note_citations[i]);
                        let body = self.cited_body(&site.notes[i].body, &cites)?;
                        self.page("note.html", &context::note_page(site, &u, i, body, notes, &compact))
                    }
                    DocRef::Article(i) => self.page("article.html", &context::article_page(site, &u, i, &compact)),
                }
            }
        }
    }
}

/// Renders every page and export of the site.
pub fn render(site: Site, tera: Tera, assets: Vec<OutputFile>) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    Pages::new(site, tera, assets).into_files()
}

#[derive(Clone, Copy)]
enum Page {
    Index,
    Sources,
    /// A page of the chronology.
    Chronology(chronology_files::File),
    Search,
    Doc(DocRef),
}
