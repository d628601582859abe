//! The render stage: the resolved site becomes files. Pages, feeds and the sitemap go
//! through Tera templates (built-in, or the site's own: [`templates`]) fed with the typed
//! contexts of [`context`], the one place that reads the resolved site for them; the JSON and
//! script exports are serialised straight from typed structs ([`exports`]). Pages render in
//! parallel, the largest first. A build renders each event's fragment (`partials/event.html`)
//! for the page that lists it and keeps it no longer than that page; `briefing serve`, which
//! renders pages one by one on request, keeps each fragment once rendered and shares it.

mod article_event_html;
mod chronology_files;
pub mod context;
mod dating_links;
mod event_html;
mod exports;
mod feed_xml;
pub mod i18n;
mod long_dates;
mod mentions;
mod packed;
mod page_html;
mod prefetch;
pub mod search;
mod sitemap_xml;
mod source_files;
pub mod templates;
pub mod timeline_svg;
pub mod urls;

use crate::diagnostics::Diagnostic;
use crate::doc::{ActorId, ArticleId, NoteId, TopicId};
use crate::site::{DocRef, Site};
use context::EVENT_LINKS_ELSEWHERE;
use rayon::prelude::*;
use serde::Serialize;
use std::borrow::Cow;
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
    /// A topic's own feed.
    TopicFeed(TopicId),
    /// `sitemap.xml`, or one of the sitemaps it indexes (`sitemap-1.xml`).
    Sitemap(Option<usize>),
    ChronologyJson,
    ChronologyPartJson(chronology_files::Part),
    /// `sources.json`, or one of its parts (`sources-1.json`).
    SourcesJson(Option<usize>),
    Search(search::File),
    Timeline,
}

/// A rendered file, or why its template failed.
type Rendered = Result<Arc<Vec<u8>>, Diagnostic>;

/// A page rendered by Tera, and written by a compiled fast path when one is taken
/// ([`Pages::page_both_ways`]).
pub type BothWays = (Result<Vec<u8>, Diagnostic>, Option<Vec<u8>>);

/// The site's files, each rendered when first asked for and then kept: `briefing serve`
/// renders only the pages a browser opens, a build renders them all in parallel
/// ([`Pages::render_into`]). For `serve`, each event's fragment is likewise rendered once in
/// each of its two forms (the chronology's full entry, the compact one other pages list),
/// when a first page lists it, and shared by every page that does. A build keeps no fragment
/// beyond the page that lists it: nearly every event is listed once in each form (on its
/// chronology page and on its article's page), so a cache of them all would only hold the
/// whole chronology's HTML in memory for the length of the build.
pub struct Pages {
    site: Site,
    tera: Tera,
    /// `tera` with one of the built-in templates it left unparsed added (one cell for each
    /// of [`templates::DEFERRED`]), made when Tera is first asked to render it
    /// ([`Pages::tera_for`]): a build whose fast paths write those pages, or whose site has
    /// no such page, never makes it.
    tera_deferred: Vec<OnceLock<Tera>>,
    /// Every file, sorted by path.
    jobs: Vec<(String, Job)>,
    by_path: HashMap<String, usize>,
    done: Vec<OnceLock<Rendered>>,
    /// Each event as the chronology page shows it (at the site root), once `serve` asks for
    /// a first one: a build never fills these (a cell an event is 32 bytes, 18 MB of empty
    /// cells for the two forms of 285,000 events, held for the whole render).
    full: OnceLock<Vec<OnceLock<String>>>,
    /// Each event as pages one folder down list it (made as `full` is).
    compact: OnceLock<Vec<OnceLock<String>>>,
    /// The chronology page of every event, for links to events.
    event_pages: urls::EventPages,
    /// The chronology's years and parts, which each of its pages links.
    outline: chronology_files::Outline,
    /// The parts of the sources page, when it is split: where each article's entry is.
    source_plan: source_files::Plan,
    /// The first error of `partials/event.html`, if it failed.
    event_error: OnceLock<Diagnostic>,
    /// The interface strings of the built-in event fragment, when the site's is the built-in
    /// one: events are then written by [`event_html`], not rendered by Tera.
    fast: Option<event_html::Strings>,
    /// The same for the entries of an article page's list of events, when the site's
    /// `partials/article_event.html` is the built-in one ([`article_event_html`]).
    article_fast: Option<article_event_html::Strings>,
    /// Whether `article.html` and the `base.html` it extends are the built-in ones, which read
    /// only `e.html` of each entry of `events`: their pages are then given that field alone,
    /// not the whole entry turned into a `serde_json::Value` (about thirty per article page)
    /// and dropped again.
    article_entries_only: bool,
    /// Whether the feeds are written by [`feed_xml`] (the site kept the built-in `feed.xml`)
    /// rather than rendered by Tera.
    feeds_fast: bool,
    /// Whether the sitemaps are written by [`sitemap_xml`] (the site kept the built-in
    /// `sitemap.xml`) rather than rendered by Tera.
    sitemaps_fast: bool,
    /// The article and chronology pages written by [`page_html`] rather than rendered by
    /// Tera, when the site kept the built-in templates they read.
    pages_fast: Option<page_html::Fast>,
    /// The whole chronology drawn as SVG, without and with the events' ids: the same on the
    /// chronology's entry page and on each year's index of months, so drawn once.
    whole_timeline: [OnceLock<Option<String>>; 2],
    /// The full-text index's documents and files.
    search: search::Plan,
    /// Its term shards, made once (a build makes them while events render, and hands each
    /// to the writer rather than keep a copy).
    search_terms: OnceLock<Vec<std::sync::Mutex<Vec<u8>>>>,
    /// The long form of each date the events have, shown after dating words on article pages.
    long_dates: long_dates::LongDates,
}

/// What [`Pages`] holds besides the site and its templates: the list of files and what
/// rendering them reads, planned from borrowed ones ([`Planned::of`]), so that a build plans
/// them beside the other work that reads the resolved site (the advice for editors).
pub struct Planned {
    jobs: Vec<(String, Job)>,
    by_path: HashMap<String, usize>,
    event_pages: urls::EventPages,
    outline: chronology_files::Outline,
    source_plan: source_files::Plan,
    fast: Option<event_html::Strings>,
    article_fast: Option<article_event_html::Strings>,
    article_entries_only: bool,
    feeds_fast: bool,
    sitemaps_fast: bool,
    pages_fast: Option<page_html::Fast>,
    search: search::Plan,
    long_dates: long_dates::LongDates,
}

impl Planned {
    /// Plans the files of `site` with `tera`, rendering nothing yet. The list of files and
    /// the tables the pages read are made side by side: each is a pass over the site on
    /// one thread, and together they kept a processor idle between resolving and rendering.
    pub fn of(site: &Site, tera: &Tera, assets: Vec<OutputFile>) -> Planned {
        let (
            (((jobs, source_plan, search), by_path), long_dates),
            (event_pages, (outline, (fast, (article_fast, pages_fast)))),
        ) = rayon::join(
            || {
                let planned = Self::jobs(site, assets);
                let by_path = planned.0.iter().enumerate().map(|(i, (p, _))| (p.clone(), i)).collect();
                ((planned, by_path), long_dates::LongDates::new(site))
            },
            || {
                rayon::join(
                    || urls::EventPages::new(site),
                    || {
                        rayon::join(
                            || chronology_files::Outline::new(site),
                            || {
                                let fast =
                                    if event_html::is_builtin(tera) { event_html::Strings::new(site) } else { None };
                                let article_fast = if article_event_html::is_builtin(tera) {
                                    article_event_html::Strings::new(site)
                                } else {
                                    None
                                };
                                (fast, (article_fast, page_html::Fast::new(tera, site)))
                            },
                        )
                    },
                )
            },
        );
        Planned {
            jobs,
            by_path,
            event_pages,
            outline,
            source_plan,
            fast,
            article_fast,
            article_entries_only: templates::is_builtin(tera, "article.html")
                && templates::is_builtin(tera, "base.html"),
            feeds_fast: templates::is_builtin(tera, feed_xml::TEMPLATE),
            sitemaps_fast: templates::is_builtin(tera, sitemap_xml::TEMPLATE),
            pages_fast,
            search,
            long_dates,
        }
    }

    /// Every file of `site` (with its own `assets`), sorted by path, and the plans of the
    /// sources pages and of the search index that some of them follow.
    fn jobs(site: &Site, assets: Vec<OutputFile>) -> (Vec<(String, Job)>, source_files::Plan, search::Plan) {
        let mut jobs: Vec<(String, Job)> = vec![
            ("index.html".into(), Job::Page(Page::Index)),
            ("sources.html".into(), Job::Page(Page::Sources)),
            ("search.html".into(), Job::Page(Page::Search)),
            (context::NOT_FOUND.into(), Job::Page(Page::NotFound)),
            ("feed.xml".into(), Job::Feed),
            ("chronology.json".into(), Job::ChronologyJson),
            ("sources.json".into(), Job::SourcesJson(None)),
            ("timeline.json".into(), Job::Timeline),
        ];
        jobs.extend(chronology_files::files(site).into_iter().map(|(p, f)| (p, Job::Page(Page::Chronology(f)))));
        jobs.extend(
            chronology_files::parts(site)
                .into_iter()
                .map(|p| (format!("{}.json", p.stem()), Job::ChronologyPartJson(p))),
        );
        jobs.extend(
            (1..=exports::sources_parts(site)).map(|k| (format!("sources-{k}.json"), Job::SourcesJson(Some(k)))),
        );
        let source_plan = source_files::Plan::new(site);
        jobs.extend(source_plan.parts(site).into_iter().map(|p| (p.path(), Job::Page(Page::SourcesPart(p)))));
        // A sitemap lists absolute URLs or nothing: without base_url there is none (resolve warns).
        let sitemap = site.config.base_url().is_some();
        let search = search::Plan::new(site);
        jobs.extend(search.files().into_iter().map(|(p, f)| (p, Job::Search(f))));
        let docs = TopicId::all(site.topics.len())
            .map(DocRef::Topic)
            .chain(NoteId::all(site.notes.len()).map(DocRef::Note))
            .chain(ArticleId::all(site.articles.len()).map(DocRef::Article));
        jobs.extend(docs.map(|d| (urls::doc_path(site, d), Job::Page(Page::Doc(d)))));
        jobs.extend(TopicId::all(site.topics.len()).map(|t| (urls::topic_feed_path(site, t), Job::TopicFeed(t))));
        if !site.actors.is_empty() {
            jobs.push((urls::ACTORS.into(), Job::Page(Page::Actors)));
            jobs.extend(
                ActorId::all(site.actors.len()).map(|a| (urls::actor_path(site, a), Job::Page(Page::Actor(a)))),
            );
        }
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
        (jobs, source_plan, search)
    }

    /// The site's files as planned, `site` and `tera` being those they were planned from.
    pub fn into_pages(self, site: Site, tera: Tera) -> Pages {
        fn cells<T>(n: usize) -> Vec<OnceLock<T>> {
            (0..n).map(|_| OnceLock::new()).collect()
        }
        let Planned {
            jobs,
            by_path,
            event_pages,
            outline,
            source_plan,
            fast,
            article_fast,
            article_entries_only,
            feeds_fast,
            sitemaps_fast,
            pages_fast,
            search,
            long_dates,
        } = self;
        Pages {
            done: cells(jobs.len()),
            full: OnceLock::new(),
            compact: OnceLock::new(),
            event_error: OnceLock::new(),
            event_pages,
            outline,
            source_plan,
            fast,
            article_entries_only,
            feeds_fast,
            sitemaps_fast,
            article_fast,
            pages_fast,
            whole_timeline: Default::default(),
            search,
            search_terms: OnceLock::new(),
            long_dates,
            jobs,
            by_path,
            site,
            tera,
            tera_deferred: cells(templates::DEFERRED.len()),
        }
    }
}

impl Pages {
    /// Plans the files of `site`, rendering nothing yet.
    pub fn new(site: Site, tera: Tera, assets: Vec<OutputFile>) -> Pages {
        Planned::of(&site, &tera, assets).into_pages(site, tera)
    }

    /// The templates to render `template` with: the loaded ones, or, when it is a built-in
    /// that loading left unparsed, those with it parsed (once, for every later render).
    fn tera_for(&self, template: &str) -> &Tera {
        match templates::deferred(&self.tera, template).and_then(|k| self.tera_deferred.get(k)) {
            Some(cell) => cell.get_or_init(|| templates::with_deferred(&self.tera, template)),
            None => &self.tera,
        }
    }

    /// Links for a page at the site root.
    fn top(&self) -> Urls<'_> {
        Urls::top(&self.site).with_events(&self.event_pages).with_sources(&self.source_plan)
    }

    /// Links for a page one folder down.
    fn nested(&self) -> Urls<'_> {
        Urls::nested(&self.site).with_events(&self.event_pages).with_sources(&self.source_plan)
    }

    fn search_terms(&self) -> &[std::sync::Mutex<Vec<u8>>] {
        self.search_terms.get_or_init(|| self.search.terms(&self.site).into_iter().map(Into::into).collect())
    }

    /// Term shard `n`: taken when a build renders it (each file renders once), copied when
    /// `serve` does.
    fn search_shard(&self, n: usize, fragments: Fragments) -> Vec<u8> {
        let Some(Ok(mut shard)) = self.search_terms().get(n).map(|m| m.lock()) else { return Vec::new() };
        match fragments {
            Fragments::PerPage => std::mem::take(&mut *shard),
            Fragments::Shared => shard.clone(),
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
        self.done[i]
            .get_or_init(|| self.render_job(&self.jobs[i].0, &self.jobs[i].1, Fragments::Shared).map(Arc::new))
            .clone()
    }

    /// How many steps rendering everything takes: one per file, for a progress display
    /// ([`Pages::into_files_with`]).
    pub fn steps(&self) -> usize {
        self.jobs.len()
    }

    /// The order in which a build renders the files: those that may be large (the
    /// chronology's pages, the exports, the feed) first, so that no long file starts last
    /// and leaves the other processors idle while it renders; then the documents' pages.
    /// The two files that grow with the number of sources are kept apart, as far as the
    /// order can: `sources.html` (whose Tera context has an entry per source) first of all,
    /// while the search terms that a thread beside reads are still few, and
    /// `search-index.js` last; rendered side by side, the two were the peak of a large
    /// build's memory.
    fn render_order(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.jobs.len()).collect();
        order.sort_by_key(|&i| match &self.jobs[i].1 {
            Job::Page(Page::Sources) => 0,
            Job::Page(Page::Doc(_) | Page::Actor(_)) | Job::Asset(_) => 2,
            Job::Search(search::File::Fallback(_)) => 3,
            _ => 1,
        });
        order
    }

    /// Renders every file in parallel and hands each to `put(index in [`Pages::paths`], bytes)`
    /// as soon as it is made, keeping none (a build writes them meanwhile, and so never holds
    /// the whole site in memory). `tick` is called after each of [`Pages::steps`].
    pub fn render_into(
        &self,
        put: &(dyn Fn(usize, Vec<u8>) + Sync),
        tick: &(dyn Fn() + Sync),
    ) -> Result<(), Vec<Diagnostic>> {
        let is_terms = |i: &usize| matches!(self.jobs[*i].1, Job::Search(search::File::Terms(_)));
        let (terms, rest): (Vec<usize>, Vec<usize>) = self.render_order().into_iter().partition(is_terms);
        let mut failed = Vec::new();
        if self.search_terms.get().is_none() && rayon::current_num_threads() > 1 && !terms.is_empty() {
            // The term shards take seconds to make, much of it interning keys in document
            // order on one thread: made first, they kept a processor idle. They are made on a
            // thread beside the render workers instead (its own one-thread pool, so that it
            // never waits for theirs), and their files written once the rest is.
            std::thread::scope(|s| {
                let beside = s.spawn(|| {
                    let _s = crate::trace::span("render: search terms");
                    let one = rayon::ThreadPoolBuilder::new().num_threads(1).build();
                    let made = match one {
                        Ok(pool) => pool.install(|| self.search.terms(&self.site)),
                        Err(_) => self.search.terms(&self.site),
                    };
                    // Unset until now (checked above, and only a build renders shards).
                    let _ = self.search_terms.set(made.into_iter().map(Into::into).collect());
                });
                let _s = crate::trace::span("render: files");
                failed = self.render_each(rest, put, tick);
                // A panic on that thread leaves the shards unset: they are then made here.
                let _ = beside.join();
            });
        } else {
            // One thread (or shards already made): the shards first, the whole pool on them.
            // Made lazily from a job instead, they could re-enter the same OnceLock on a
            // rayon worker that steals another shard job.
            let _s = crate::trace::span("render: search terms");
            self.search_terms();
            drop(_s);
            let _s = crate::trace::span("render: files");
            failed = self.render_each(rest, put, tick);
        }
        self.search_terms();
        failed.extend(self.render_each(terms, put, tick));
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

    /// Renders the files `order` names (indices in [`Pages::paths`]) in parallel, handing
    /// each to `put`; returns the errors.
    fn render_each(
        &self,
        order: Vec<usize>,
        put: &(dyn Fn(usize, Vec<u8>) + Sync),
        tick: &(dyn Fn() + Sync),
    ) -> Vec<Diagnostic> {
        // One file at a time per task: the files differ in cost by orders of magnitude.
        order
            .into_par_iter()
            .with_max_len(1)
            .filter_map(|i| {
                let made = match self.done[i].get() {
                    Some(Ok(bytes)) => Ok(bytes.to_vec()),
                    _ => self.render_job(&self.jobs[i].0, &self.jobs[i].1, Fragments::PerPage),
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
            .collect()
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

    /// Event `ei`'s fragment: the chronology page's full entry, or the compact one, rendered
    /// once and kept.
    fn event(&self, ei: usize, full: bool) -> &str {
        let cells = if full { &self.full } else { &self.compact };
        let cells = cells.get_or_init(|| (0..self.site.events.len()).map(|_| OnceLock::new()).collect());
        cells[ei].get_or_init(|| self.fragment(ei, full))
    }

    /// Event `ei`'s fragment, rendered now; a template error is kept for [`Pages::render_job`]
    /// to report, and leaves an empty fragment.
    fn fragment(&self, ei: usize, full: bool) -> String {
        self.with_fragment(ei, full, str::to_string)
    }

    /// Event `ei`'s fragment, as [`Pages::fragment`] makes it, handed to `keep`: the built-in
    /// fragment is written into this thread's scratch buffer, so that a fragment costs no
    /// buffer grown by doubling, and is kept at its size wherever `keep` puts it.
    fn with_fragment<R>(&self, ei: usize, full: bool, keep: impl FnOnce(&str) -> R) -> R {
        let (u, limit) = if full { (self.top(), usize::MAX) } else { (self.nested(), EVENT_LINKS_ELSEWHERE) };
        match &self.fast {
            Some(t) => with_scratch(|out| {
                event_html::write(out, &self.site, &u, t, ei, limit, full);
                keep(out)
            }),
            None => match self.render_event_tera(&u, ei, limit, full) {
                Ok(s) => keep(&s),
                Err(d) => {
                    let _ = self.event_error.set(d);
                    keep("")
                }
            },
        }
    }

    fn render_event(&self, u: &Urls, ei: usize, limit: usize, full: bool) -> Result<String, Diagnostic> {
        match &self.fast {
            Some(t) => Ok(with_scratch(|out| {
                event_html::write(out, &self.site, u, t, ei, limit, full);
                out.to_string()
            })),
            None => self.render_event_tera(u, ei, limit, full),
        }
    }

    /// Event `ei`'s fragment in one form (`full`: the chronology's entry, at the site root;
    /// else the compact one, for a page one folder down, or at the root with `top`), rendered
    /// both ways: by Tera from `partials/event.html`, and written by the compiled fast path
    /// (`None` when the site has its own fragment). For the test that proves their bytes equal.
    #[doc(hidden)]
    pub fn event_both_ways(&self, ei: usize, full: bool, top: bool) -> (Result<String, Diagnostic>, Option<String>) {
        let u = if full || top { self.top() } else { self.nested() };
        let limit = if full { usize::MAX } else { EVENT_LINKS_ELSEWHERE };
        let fast = self.fast.as_ref().map(|t| {
            let mut out = String::new();
            event_html::write(&mut out, &self.site, &u, t, ei, limit, full);
            out
        });
        (self.render_event_tera(&u, ei, limit, full), fast)
    }

    fn render_event_tera(&self, u: &Urls, ei: usize, limit: usize, full: bool) -> Result<String, Diagnostic> {
        let mut ctx = Context::new();
        ctx.insert("root", u.root());
        ctx.insert("e", &context::event(&self.site, u, ei, limit));
        ctx.insert("full", &full);
        self.tera_for("partials/event.html")
            .render("partials/event.html", &ctx)
            .map_err(|e| Diagnostic::error(Path::new("templates/partials/event.html"), 0, error_chain(&e)))
    }

    /// Entry `e` of an article page's list of events: written by [`article_event_html`] when
    /// the site's template is the built-in one, else rendered by Tera.
    fn article_event(&self, e: &context::ArticleEvent) -> Result<String, Diagnostic> {
        match &self.article_fast {
            Some(t) => Ok(with_scratch(|out| {
                article_event_html::write(out, t, e);
                out.to_string()
            })),
            None => self.article_event_tera(e),
        }
    }

    fn article_event_tera(&self, e: &context::ArticleEvent) -> Result<String, Diagnostic> {
        let mut ctx = Context::new();
        ctx.insert("root", self.nested().root());
        ctx.insert("e", e);
        self.tera_for(article_event_html::TEMPLATE).render(article_event_html::TEMPLATE, &ctx).map_err(|e| {
            Diagnostic::error(Path::new("templates").join(article_event_html::TEMPLATE), 0, error_chain(&e))
        })
    }

    /// Every entry of article `ai`'s list of events, rendered both ways: by Tera from
    /// `partials/article_event.html`, and written by the compiled fast path (`None` when the
    /// site has its own template). For the test that proves their bytes equal.
    #[doc(hidden)]
    pub fn article_events_both_ways(&self, ai: ArticleId) -> Vec<(Result<String, Diagnostic>, Option<String>)> {
        let ctx = context::article_page(&self.site, &self.nested(), ai);
        ctx.events
            .iter()
            .map(|e| {
                let fast = self.article_fast.as_ref().map(|t| {
                    let mut out = String::new();
                    article_event_html::write(&mut out, t, e);
                    out
                });
                (self.article_event_tera(e), fast)
            })
            .collect()
    }

    /// Renders `template` with the typed context `ctx`.
    fn page<C: Serialize>(&self, template: &str, ctx: &C) -> Result<Vec<u8>, Diagnostic> {
        self.page_with_head(template, ctx, None)
    }

    /// [`Pages::page`] for an HTML page, which also sees its `head` ([`context::Head`]).
    fn page_with_head<C: Serialize>(
        &self,
        template: &str,
        ctx: &C,
        head: Option<context::Head>,
    ) -> Result<Vec<u8>, Diagnostic> {
        self.page_with(template, ctx, head, |_| {})
    }

    /// [`Pages::page_with_head`], `more` adding to (or replacing in) the Tera context.
    fn page_with<C: Serialize>(
        &self,
        template: &str,
        ctx: &C,
        head: Option<context::Head>,
        more: impl FnOnce(&mut Context),
    ) -> Result<Vec<u8>, Diagnostic> {
        let fail = |e: tera::Error| Diagnostic::error(Path::new("templates").join(template), 0, error_chain(&e));
        let mut ctx = Context::from_serialize(ctx).map_err(fail)?;
        more(&mut ctx);
        self.render_context(template, ctx, head)
    }

    /// Renders `template` with a Tera context made already, and the page's `head`.
    fn render_context(
        &self,
        template: &str,
        mut ctx: Context,
        head: Option<context::Head>,
    ) -> Result<Vec<u8>, Diagnostic> {
        if let Some(head) = head {
            ctx.insert("head", &head);
        }
        let fail = |e: tera::Error| Diagnostic::error(Path::new("templates").join(template), 0, error_chain(&e));
        let out = self.tera_for(template).render(template, &ctx).map_err(fail)?;
        Ok(out.into_bytes())
    }

    /// `html` with the first mention in each section of the actors in `wanted` (those the
    /// document mentions) linked to their pages; `own` is the actor whose page this is.
    fn with_actors<'h>(&self, html: &'h str, u: &Urls, wanted: &[ActorId], own: Option<ActorId>) -> Cow<'h, str> {
        crate::actors::link::link_mentions(html, &self.site.actors.matcher, wanted, own, &|a| u.actor(a))
    }

    /// A body with its citations rendered by `partials/cite.html`, and the actors in
    /// `actors` linked at their first mention in each section (before the citations go in,
    /// so that no link lands inside one).
    fn cited_body(
        &self,
        body: &crate::markdown::Body,
        cites: &[context::CiteCtx],
        u: &Urls,
        actors: &[ActorId],
        own: Option<ActorId>,
    ) -> Result<String, Diagnostic> {
        let mut failed = None;
        let html = body.html();
        let cleaned;
        let raw = if body.raw_html && !self.site.config.trust_editor_html {
            cleaned = crate::sanitize::clean(&html);
            &cleaned
        } else {
            &*html
        };
        let raw = self.with_actors(raw, u, actors, own);
        let html = crate::markdown::with_citations(&raw, |ci| {
            let Some(c) = cites.get(ci) else { return String::new() };
            match Context::from_serialize(c)
                .and_then(|ctx| self.tera_for("partials/cite.html").render("partials/cite.html", &ctx))
            {
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

    fn render_job(&self, path: &str, job: &Job, fragments: Fragments) -> Result<Vec<u8>, Diagnostic> {
        let site = &self.site;
        let bytes = match job {
            Job::Page(page) => self.render_page(*page, path, fragments, Via::Fastest)?,
            Job::Asset(bytes) => bytes.clone(),
            Job::Feed => self.feed(&context::feed(site), Via::Fastest)?,
            Job::TopicFeed(t) => self.feed(&context::topic_feed(site, *t), Via::Fastest)?,
            Job::Sitemap(part) => self.sitemap(&context::sitemap(site, self.paths(), *part), Via::Fastest)?,
            Job::ChronologyJson => exports::chronology_json(site),
            Job::ChronologyPartJson(p) => exports::chronology_part_json(site, &self.event_pages, *p),
            Job::SourcesJson(part) => exports::sources_json(site, *part),
            Job::Search(search::File::Manifest) => self.search.manifest(),
            Job::Search(search::File::Terms(n)) => self.search_shard(*n, fragments),
            Job::Search(search::File::Docs(n)) => self.search.docs(site, *n),
            Job::Search(search::File::Fallback(k)) => self.search.fallback(site, *k),
            Job::Timeline => exports::timeline_json(site),
        };
        if let Some(d) = self.event_error.get() {
            return Err(d.clone());
        }
        Ok(bytes)
    }

    /// Part `path` of a split chronology's JSON (`chronology-2022-03.json`), written both
    /// ways: by `serde_json` from the typed events, and by hand as a build writes it; `None`
    /// when there is no such part. For the test that proves their bytes equal.
    #[doc(hidden)]
    pub fn chronology_part_both_ways(&self, path: &str) -> Option<(Vec<u8>, Vec<u8>)> {
        let &i = self.by_path.get(path)?;
        let Job::ChronologyPartJson(p) = self.jobs[i].1 else { return None };
        Some((
            exports::chronology_part_json_serde(&self.site, p),
            exports::chronology_part_json(&self.site, &self.event_pages, p),
        ))
    }

    /// Feed `f`: written by [`feed_xml`] when the site kept the built-in template and `via`
    /// allows it, else rendered by Tera.
    fn feed(&self, f: &context::FeedCtx, via: Via) -> Result<Vec<u8>, Diagnostic> {
        match via {
            Via::Fastest if self.feeds_fast => Ok(feed_xml::write(f)),
            _ => self.page(feed_xml::TEMPLATE, f),
        }
    }

    /// Sitemap `s`: written by [`sitemap_xml`] when the site kept the built-in template and
    /// `via` allows it, else rendered by Tera.
    fn sitemap(&self, s: &context::SitemapCtx, via: Via) -> Result<Vec<u8>, Diagnostic> {
        match via {
            Via::Fastest if self.sitemaps_fast => Ok(sitemap_xml::write(s)),
            _ => self.page(sitemap_xml::TEMPLATE, s),
        }
    }

    /// Sitemap `path` (`sitemap.xml`, or one of the parts it indexes), rendered both ways: by
    /// Tera, and written by [`sitemap_xml`] (`None` when the site has its own `sitemap.xml`);
    /// `None` when the site has no such file. For the test that proves their bytes equal.
    #[doc(hidden)]
    pub fn sitemap_both_ways(&self, path: &str) -> Option<BothWays> {
        let &i = self.by_path.get(path)?;
        let Job::Sitemap(part) = self.jobs[i].1 else { return None };
        let ctx = context::sitemap(&self.site, self.paths(), part);
        let fast = self.sitemaps_fast.then(|| self.sitemap(&ctx, Via::Fastest).ok()).flatten();
        Some((self.sitemap(&ctx, Via::Tera), fast))
    }

    /// Feed `path` (`feed.xml`, or a topic's), rendered both ways: by Tera, and written by
    /// [`feed_xml`] (`None` when the site has its own `feed.xml`); `None` when the site has
    /// no such feed. For the test that proves their bytes equal.
    #[doc(hidden)]
    pub fn feed_both_ways(&self, path: &str) -> Option<BothWays> {
        let &i = self.by_path.get(path)?;
        let ctx = match self.jobs[i].1 {
            Job::Feed => context::feed(&self.site),
            Job::TopicFeed(t) => context::topic_feed(&self.site, t),
            _ => return None,
        };
        let fast = self.feeds_fast.then(|| self.feed(&ctx, Via::Fastest).ok()).flatten();
        Some((self.feed(&ctx, Via::Tera), fast))
    }

    /// Page `path`, rendered both ways: by Tera, and written by [`page_html`] (`None` when
    /// the site's templates for it are not the built-in ones, or the page is of another
    /// kind); `None` when the site has no such page. For the test that proves their bytes
    /// equal.
    #[doc(hidden)]
    pub fn page_both_ways(&self, path: &str) -> Option<BothWays> {
        let &i = self.by_path.get(path)?;
        let Job::Page(page) = self.jobs[i].1 else { return None };
        let fast = match page {
            Page::Chronology(_) => self.pages_fast.as_ref().is_some_and(|f| f.chronology),
            Page::Doc(DocRef::Article(_)) => self.pages_fast.as_ref().is_some_and(|f| f.article),
            Page::Sources if source_files::is_split(&self.site) => {
                self.pages_fast.as_ref().is_some_and(|f| f.sources_index.is_some())
            }
            Page::Sources | Page::SourcesPart(_) => self.pages_fast.as_ref().is_some_and(|f| f.sources.is_some()),
            Page::Doc(DocRef::Topic(_)) => self.pages_fast.as_ref().is_some_and(|f| f.topic.is_some()),
            _ => false,
        };
        let fast = fast.then(|| self.render_page(page, path, Fragments::Shared, Via::Fastest).ok()).flatten();
        Some((self.render_page(page, path, Fragments::Shared, Via::Tera), fast))
    }

    /// The [`page_html`] strings, when pages of the kind `kind` picks are written by it
    /// and `via` allows it.
    fn fast(&self, via: Via, kind: impl Fn(&page_html::Fast) -> bool) -> Option<&page_html::Strings> {
        match via {
            Via::Fastest => self.pages_fast.as_ref().filter(|f| kind(f)).map(|f| &f.strings),
            Via::Tera => None,
        }
    }

    /// The [`page_html`] strings of the sources page, when it is written by it and `via`
    /// allows it.
    fn fast_sources(&self, via: Via) -> Option<(&page_html::Strings, &page_html::sources::SourceStrings)> {
        match via {
            Via::Fastest => self.pages_fast.as_ref().and_then(|f| Some((&f.strings, f.sources.as_ref()?))),
            Via::Tera => None,
        }
    }

    /// The [`page_html`] strings of the index of a split sources page, when it is written by
    /// it and `via` allows it.
    fn fast_sources_index(&self, via: Via) -> Option<(&page_html::Strings, &page_html::sources::IndexStrings)> {
        match via {
            Via::Fastest => self.pages_fast.as_ref().and_then(|f| Some((&f.strings, f.sources_index.as_ref()?))),
            Via::Tera => None,
        }
    }

    /// The [`page_html`] strings of topic pages, when they are written by it and `via`
    /// allows it.
    #[allow(clippy::type_complexity)]
    fn fast_topic(
        &self,
        via: Via,
    ) -> Option<(&page_html::Strings, &page_html::sources::SourceStrings, &page_html::topic::TopicStrings)> {
        match via {
            Via::Fastest => self.pages_fast.as_ref().and_then(|f| f.topic.as_ref().map(|(s, ts)| (&f.strings, s, ts))),
            Via::Tera => None,
        }
    }

    fn render_page(&self, page: Page, path: &str, fragments: Fragments, via: Via) -> Result<Vec<u8>, Diagnostic> {
        let site = &self.site;
        // The fragments this page lists, when they are not kept for other pages: they live
        // as long as the page's context.
        let arena = bumpalo::Bump::new();
        let fragment = |ei: usize, full: bool| -> &str {
            match fragments {
                Fragments::Shared => self.event(ei, full),
                Fragments::PerPage => self.with_fragment(ei, full, |s| &*arena.alloc_str(s)),
            }
        };
        let compact = |ei: usize| fragment(ei, false);
        let doc = match page {
            Page::Doc(d) => Some(d),
            _ => None,
        };
        let head = context::head(site, path, doc);
        match page {
            Page::Index => {
                let u = self.top();
                // The home page is at the root: its few events are rendered for it.
                let latest: Vec<(usize, String)> = context::latest_events(site, 8)
                    .into_iter()
                    .map(|ei| Ok((ei, self.render_event(&u, ei, EVENT_LINKS_ELSEWHERE, false)?)))
                    .collect::<Result<_, Diagnostic>>()?;
                let latest: Vec<(usize, &str)> = latest.iter().map(|(ei, h)| (*ei, h.as_str())).collect();
                self.page_with_head("index.html", &context::index_page(site, &u, &latest), Some(head))
            }
            Page::Sources if source_files::is_split(site) => {
                let ctx = context::sources_index_page(site, &self.top(), &self.source_plan);
                match self.fast_sources_index(via) {
                    Some((t, s)) => Ok(page_html::sources::write_index(t, s, &ctx, Some(&head)).into_bytes()),
                    None => self.page_with_head(page_html::sources::INDEX, &ctx, Some(head)),
                }
            }
            Page::Sources | Page::SourcesPart(_) => {
                let make = || match page {
                    Page::SourcesPart(p) => context::sources_part_page(site, &self.top(), &self.source_plan, p),
                    _ => context::sources_page(site, &self.top()),
                };
                if let Some((t, s)) = self.fast_sources(via) {
                    // Written from the typed context: no `Value` tree per source.
                    return Ok(page_html::sources::write(t, s, &make(), Some(&head)).into_bytes());
                }
                // Tera's copy of the context only: the typed one (an entry per source) is
                // dropped before the page renders, as large as the page at 100,000 sources.
                let fail = |e: tera::Error| Diagnostic::error(Path::new("templates/sources.html"), 0, error_chain(&e));
                let ctx = Context::from_serialize(make()).map_err(fail)?;
                self.render_context("sources.html", ctx, Some(head))
            }
            Page::Chronology(file) => {
                let whole = |ids: bool| {
                    self.whole_timeline[usize::from(ids)]
                        .get_or_init(|| context::timeline(site, &self.top(), 0..site.events.len(), ids))
                };
                let whole = |ids: bool| whole(ids).clone();
                // A page's events follow each other: those a few ahead are asked for meanwhile.
                let entry = |ei: usize| {
                    prefetch::event(site, ei + prefetch::AHEAD);
                    fragment(ei, true)
                };
                let ctx = context::chronology_page(site, &self.top(), &self.outline, file, &entry, &whole);
                match self.fast(via, |f| f.chronology) {
                    Some(t) => Ok(page_html::chronology::write(t, &ctx, Some(&head)).into_bytes()),
                    None => self.page_with_head("chronology.html", &ctx, Some(head)),
                }
            }
            Page::Search => self.page_with_head("search.html", &context::search_page(site, &self.top()), Some(head)),
            Page::NotFound => self.page_with_head("404.html", &context::not_found_page(site, &self.top()), Some(head)),
            Page::Actors => self.page_with_head("actors.html", &context::actors_page(site, &self.top()), Some(head)),
            Page::Actor(a) => {
                let u = self.nested();
                let body = self.cited_body(&site.actors.list[a].body, &[], &u, &site.actors.in_actors[a], Some(a))?;
                self.page_with_head("actor.html", &context::actor_page(site, &u, a, body, &compact), Some(head))
            }
            Page::Doc(d) => {
                let u = self.nested();
                match d {
                    DocRef::Topic(i) => {
                        let (cites, notes) = context::citations(site, &u, &site.topic_citations[i]);
                        let body = self.cited_body(&site.topics[i].body, &cites, &u, site.actors.of_doc(d), None)?;
                        let ctx = context::topic_page(site, &u, i, body, notes, &compact);
                        match self.fast_topic(via) {
                            Some((t, s, ts)) => Ok(page_html::topic::write(t, s, ts, &ctx, Some(&head)).into_bytes()),
                            None => self.page_with_head("topic.html", &ctx, Some(head)),
                        }
                    }
                    DocRef::Note(i) => {
                        let (cites, notes) = context::citations(site, &u, &site.note_citations[i]);
                        let body = self.cited_body(&site.notes[i].body, &cites, &u, site.actors.of_doc(d), None)?;
                        self.page_with_head(
                            "note.html",
                            &context::note_page(site, &u, i, body, notes, &compact),
                            Some(head),
                        )
                    }
                    DocRef::Article(i) => {
                        prefetch::article_events(site, &u, i);
                        let mut ctx = context::article_page_unlisted(site, &u, i);
                        // The context holds the body's HTML already (made once: putting
                        // its blocks' text back is a copy of the whole article).
                        let html = std::mem::take(&mut ctx.body);
                        let body = self.with_actors(&html, &u, site.actors.of_doc(d), None);
                        let (body, listed, marked) = link_dates(site, &u, &self.long_dates, i, &body);
                        ctx.body = Cow::Owned(body);
                        ctx.marked = marked;
                        // Entries only for the events left in the list.
                        ctx.events = listed.into_iter().map(|ei| context::article_event(site, &u, i, ei)).collect();
                        for e in &mut ctx.events {
                            e.html = self.article_event(e)?;
                        }
                        if let Some(t) = self.fast(via, |f| f.article) {
                            return Ok(page_html::article::write(t, &ctx, Some(&head)).into_bytes());
                        }
                        if !self.article_entries_only {
                            return self.page_with_head("article.html", &ctx, Some(head));
                        }
                        let events = std::mem::take(&mut ctx.events);
                        let entries: Vec<context::Rendered> =
                            events.iter().map(|e| context::Rendered { html: &e.html }).collect();
                        self.page_with("article.html", &ctx, Some(head), |c| c.insert("events", &entries))
                    }
                }
            }
        }
    }
}

/// `f` given this thread's scratch buffer, emptied: a fragment is written there and copied
/// out at its size. Not reentrant (no fragment writer renders another fragment); a nested
/// call would get a buffer of its own rather than fail.
fn with_scratch<R>(f: impl FnOnce(&mut String) -> R) -> R {
    thread_local! {
        static SCRATCH: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut out) => {
            out.clear();
            f(&mut out)
        }
        Err(_) => f(&mut String::new()),
    })
}

/// Article `ai`'s `html` with the dating words of its own events linked to their entries
/// ([`dating_links`]), the events that keep an entry in the list (in the article's order),
/// and how many are marked: those whose every mention in the article was placed, which
/// leave the list.
fn link_dates(
    site: &Site,
    u: &Urls,
    longs: &long_dates::LongDates,
    ai: ArticleId,
    html: &str,
) -> (String, Vec<usize>, usize) {
    // The article's blocks by id: a scan of them for each mention, comparing ids, was about
    // 1% of a 10,000-article build. The first of equal ids is kept, the one the scan found.
    let blocks = &site.articles[ai].body.blocks;
    let mut by_id: crate::fast_hash::FastMap<&str, &crate::markdown::Block> =
        crate::fast_hash::FastMap::with_capacity_and_hasher(blocks.len(), Default::default());
    for b in blocks.iter().rev() {
        by_id.insert(&b.id, b);
    }
    let block_of = |id: &str| by_id.get(id).copied();
    // Event `ei`'s mentions in this article, in their order.
    let mentions_of = |ei: usize| u.mentions_in(ei, ai);
    // The year the article's own date gives its readers: a date of that year is shown
    // without it (`mardi (16 septembre)` in an article of September 2025).
    let own_year = site.articles[ai].date.map(|d| d.get_year());
    let events: Vec<usize> = site.article_events[ai].iter().map(|e| e.index()).collect();
    // Each event's link and date as its list entry would give them ([`context::ArticleEvent`]):
    // the rest of an entry is made only for the events that keep one. The links are written
    // one after the other into one string, and a date is made only when a target needs it.
    let mut links = String::with_capacity(events.len() * 48);
    let mut link_ends = Vec::with_capacity(events.len());
    for &ei in &events {
        u.write_event(ei, |s| links.push_str(s));
        link_ends.push(links.len());
    }
    // The events themselves were asked for when the page began ([`prefetch::article_events`]).
    prefetch::mentions(site, &events);
    let dates: Vec<std::cell::OnceCell<Cow<str>>> = events.iter().map(|_| std::cell::OnceCell::new()).collect();
    // Nearly every event has one mention in the article: made at that size, not grown.
    let mut targets = Vec::with_capacity(events.len());
    let mut owner = Vec::with_capacity(events.len());
    let mut whole = vec![true; events.len()];
    for (k, &ei) in events.iter().enumerate() {
        if let Some(&ahead) = events.get(k + MENTIONS_AHEAD) {
            prefetch::mention_words(u, ahead, ai);
        }
        let e = &site.events[ei];
        let url = &links[k.checked_sub(1).map_or(0, |j| link_ends[j])..link_ends[k]];
        let same_year = own_year == Some(e.span.start.get_year());
        let mut any = false;
        with_year(e.span.start.get_year(), |year| {
            for m in mentions_of(ei) {
                let Some(b) = block_of(&m.block) else {
                    whole[k] = false;
                    continue;
                };
                any = true;
                targets.push(dating_links::Target {
                    block: &m.block,
                    block_text: &b.text,
                    sentence: &m.sentence,
                    expression: &m.expression,
                    url,
                    date: if context::contains_short(&m.expression, year) {
                        None
                    } else {
                        // A single day or month of the article's year: its year goes without saying.
                        let own = (same_year && e.span.end.is_none()).then_some(year);
                        dating_links::date_after(
                            &m.expression,
                            dates[k].get_or_init(|| longs.get(e.span, site.lang)),
                            own,
                        )
                    },
                });
                owner.push(k);
            }
        });
        // An event the article is only cited for has no words in it to mark.
        whole[k] &= any;
    }
    let (out, placed) = dating_links::link(html, &targets);
    for (&k, ok) in owner.iter().zip(placed) {
        whole[k] &= ok;
    }
    let listed = events.iter().zip(&whole).filter(|(_, &w)| !w).map(|(&ei, _)| ei).collect();
    (out, listed, whole.iter().filter(|&&w| w).count())
}

/// How many events ahead [`link_dates`] asks for the words of an event's mention.
const MENTIONS_AHEAD: usize = 3;

/// `f` given `year` in decimal, written on the stack: a string made for each event of each
/// article was one more allocation per event in the render.
fn with_year<R>(year: i32, f: impl FnOnce(&str) -> R) -> R {
    let mut digits = [0u8; 20];
    match usize::try_from(year) {
        Ok(n) => match urls::small_decimal(n) {
            Some(s) => f(s),
            None => f(crate::text::decimal(n, &mut digits)),
        },
        Err(_) => f(&year.to_string()),
    }
}

/// Renders every page and export of the site.
pub fn render(site: Site, tera: Tera, assets: Vec<OutputFile>) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    Pages::new(site, tera, assets).into_files()
}

/// Whether event fragments are kept for every page that lists them (`serve`, which renders
/// pages one at a time, in any order), or rendered for each page and dropped with it (a
/// build, which renders each page once).
#[derive(Clone, Copy)]
enum Fragments {
    Shared,
    PerPage,
}

/// Whether a page may be written by a compiled fast path ([`page_html`]) where the site
/// allows it, or must be rendered by Tera (to compare the two).
#[derive(Clone, Copy)]
enum Via {
    Fastest,
    Tera,
}

#[derive(Clone, Copy)]
enum Page {
    Index,
    /// `sources.html`: every source, or the index of the parts of a split list.
    Sources,
    /// A part of a split sources page.
    SourcesPart(source_files::Part),
    /// A page of the chronology.
    Chronology(chronology_files::File),
    Search,
    /// `404.html`, which a static host serves at any missing address.
    NotFound,
    /// `actors.html`, the index of actors.
    Actors,
    /// An actor's page.
    Actor(ActorId),
    Doc(DocRef),
}
