//! `briefing` turns a folder of press articles and editor notes into a static briefing site:
//! a briefing page per topic with numbered citations, source lists, and a chronology.
//!
//! The pipeline runs one way: [`config`] → [`content`] (load, parallel) → [`site`] (resolve)
//! → [`render`] (parallel) → [`output`] (staged write). Every stage reports problems as
//! [`diagnostics::Diagnostic`]s tied to a file and line.

pub mod actors;
pub(crate) mod cache_hint;
pub mod check;
pub mod chronology;
pub mod config;
pub mod content;
pub use briefing_dates as dates;
pub mod diagnostics;
pub mod doc;
pub(crate) mod fast_hash;
pub mod import;
pub mod ingest;
pub mod markdown;
pub mod output;
pub mod render;
pub mod report;
pub mod sanitize;
pub mod scaffold;
pub mod serve;
pub mod site;
pub mod sources;
pub mod text;
pub mod topics;
pub mod trace;

use diagnostics::Diagnostic;
use std::path::{Path, PathBuf};

/// What a successful build produced.
#[derive(Debug)]
pub struct BuildReport {
    /// Where the site was written (`None` for a check).
    pub output: Option<PathBuf>,
    /// How many files it holds.
    pub files: usize,
    /// How many of each kind of thing the site holds.
    pub counts: Counts,
    /// Problems that did not stop the build.
    pub warnings: Vec<Diagnostic>,
    /// What a careful editor would look at before publishing (see [`check`]): `check` lists
    /// it, `build` counts it.
    pub advice: Vec<Diagnostic>,
    /// How long each stage took.
    pub timings: Timings,
}

/// How many of each kind of thing a build put in the site ([`BuildReport::counts`]).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    /// Articles, each with its page.
    pub articles: usize,
    /// Editors' notes, each with its page.
    pub notes: usize,
    /// Topics, each with its briefing page.
    pub topics: usize,
    /// Events in the chronology, editors' and extracted.
    pub events: usize,
    /// Sources: the articles and every source they cite.
    pub sources: usize,
    /// Declared actors, each with its page.
    pub actors: usize,
}

/// Where a build's time went.
#[derive(Debug, Clone, Copy, Default)]
pub struct Timings {
    /// Reading and parsing `content/` (and templates, config).
    pub load: std::time::Duration,
    /// Resolving the site: topics, citations, chronology.
    pub resolve: std::time::Duration,
    /// Rendering every page and export.
    pub render: std::time::Duration,
    /// Putting the written site in place (zero when nothing is written): the files
    /// themselves are written as they render, and count in `render`.
    pub write: std::time::Duration,
}

/// A stage of a build, announced as it starts, for a progress display.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Reading and parsing `config.toml`, templates and `content/`.
    Load,
    /// Resolving topics, citations and the chronology of this many documents.
    Resolve { documents: usize },
    /// Rendering the pages of this many articles, notes and topics, and the exports, in this
    /// many steps (each announced by [`Stage::Step`]).
    Render { pages: usize, steps: usize },
    /// One more step of the current stage is done (announced from any thread).
    Step,
    /// Writing this many files.
    Write { files: usize },
}

/// What a long-running process (`briefing serve`) keeps from one build to the next, so that
/// a rebuild reads and parses again only the files that changed.
#[derive(Default)]
pub struct BuildCache {
    content: content::Cache,
    resolve: site::Memo,
}

/// Loads, resolves and renders the site at `root`, writing nothing.
pub fn compile(root: &Path) -> Result<Compiled, Vec<Diagnostic>> {
    compile_with(root, None, &|_| {})
}

/// [`compile`], announcing each [`Stage`] to `progress` as it starts.
pub fn compile_with_progress(root: &Path, progress: &(dyn Fn(Stage) + Sync)) -> Result<Compiled, Vec<Diagnostic>> {
    compile_with(root, None, progress)
}

/// [`compile`], reusing the documents `cache` holds for files that have not changed, and
/// leaving in it those of this build.
pub fn compile_cached(root: &Path, cache: &mut BuildCache) -> Result<Compiled, Vec<Diagnostic>> {
    compile_with(root, Some(cache), &|_| {})
}

/// Every check of a build: loads, resolves and renders the site at `root`, keeping no page
/// (each is dropped as soon as it has rendered) and writing nothing, announcing each [`Stage`]
/// to `progress`. For `briefing check`, which must not hold a large site in memory whole.
pub fn check_with_progress(root: &Path, progress: &(dyn Fn(Stage) + Sync)) -> Result<BuildReport, Vec<Diagnostic>> {
    let (config, pages, mut report) = prepare(root, None, progress)?;
    let site = pages.site();
    let min = config.actor_suggestions.unwrap_or(actors::suggest::DEFAULT_MIN_ARTICLES);
    report.advice.extend(actors::suggest::suggestions(root, &site.articles, &site.actors.matcher, min));
    progress(render_stage(&pages));
    let t = std::time::Instant::now();
    pages.render_into(&|_, _| {}, &|| progress(Stage::Step)).map_err(finish)?;
    report.timings.render = t.elapsed();
    Ok(report)
}

/// A compiled site: its configuration, its files in memory, and the report.
pub type Compiled = (config::Config, Vec<render::OutputFile>, BuildReport);

/// Loads and resolves the site at `root` like [`compile_cached`], but renders nothing yet:
/// each page is rendered when first asked for ([`render::Pages::get`]), so that `briefing
/// serve` pays after an edit only for the pages a browser opens. Template errors show when
/// the page that meets them is asked for.
pub fn prepare_cached(
    root: &Path,
    cache: &mut BuildCache,
) -> Result<(config::Config, render::Pages, BuildReport), Vec<Diagnostic>> {
    prepare(root, Some(cache), &|_| {})
}

fn compile_with(
    root: &Path,
    cache: Option<&mut BuildCache>,
    progress: &(dyn Fn(Stage) + Sync),
) -> Result<Compiled, Vec<Diagnostic>> {
    let (config, pages, mut report) = prepare(root, cache, progress)?;
    progress(render_stage(&pages));
    let t = std::time::Instant::now();
    let files = pages.into_files_with(&|| progress(Stage::Step)).map_err(finish)?;
    report.timings.render = t.elapsed();
    Ok((config, files, report))
}

/// The render stage of `pages`, announced to a progress display.
fn render_stage(pages: &render::Pages) -> Stage {
    let s = pages.site();
    Stage::Render { pages: s.articles.len() + s.notes.len() + s.topics.len(), steps: pages.steps() }
}

fn prepare(
    root: &Path,
    cache: Option<&mut BuildCache>,
    progress: &(dyn Fn(Stage) + Sync),
) -> Result<(config::Config, render::Pages, BuildReport), Vec<Diagnostic>> {
    progress(Stage::Load);
    let t = std::time::Instant::now();
    let mut timings = Timings::default();
    let _span = trace::span("prepare (load + resolve)");
    let config = config::load(root)?;
    // Templates and content are both checked before giving up, so that one report lists
    // every problem of the build. Parsing the templates is a few tens of milliseconds on one
    // thread: it runs beside the content's parallel load rather than before it.
    let mut cache = cache;
    let (templates, (content, load_diags)) = rayon::join(
        || {
            let _s = trace::span("load: templates");
            render::templates(root, &config)
        },
        || {
            let _s = trace::span("load: content");
            match cache.as_deref_mut() {
                Some(c) => content::load_cached(root, &mut c.content),
                None => content::load(root),
            }
        },
    );
    timings.load = t.elapsed();
    progress(Stage::Resolve { documents: content.articles.len() + content.notes.len() + content.topics.len() });
    let t = std::time::Instant::now();
    let (mut errors, mut warnings): (Vec<Diagnostic>, Vec<Diagnostic>) =
        load_diags.into_iter().partition(Diagnostic::is_error);
    let site = match cache {
        Some(c) => site::resolve_cached(config.clone(), content, &mut c.resolve),
        None => site::resolve(config.clone(), content),
    };
    let site = site.map_err(|d| errors.extend(d)).ok();
    let (tera, assets) = match templates {
        Ok(t) => t,
        Err(d) => {
            errors.extend(d);
            return Err(finish(errors));
        }
    };
    let Some(site) = site.filter(|_| errors.is_empty()) else {
        return Err(finish(errors));
    };
    warnings.extend(site.warnings.iter().cloned());
    // The advice and the plan of the files each read the resolved site on one thread, and
    // nothing else runs between resolving and rendering: they run side by side.
    let (advice, planned) = rayon::join(
        || {
            let _s = trace::span("resolve: advice");
            finish(check::advice(&site))
        },
        || {
            let _s = trace::span("plan pages");
            render::Planned::of(&site, &tera, assets)
        },
    );
    timings.resolve = t.elapsed();
    let counts = Counts {
        articles: site.articles.len(),
        notes: site.notes.len(),
        topics: site.topics.len(),
        events: site.events.len(),
        sources: site.sources.len(),
        actors: site.actors.list.len(),
    };
    let pages = planned.into_pages(site, tera);
    let report = BuildReport { output: None, files: pages.len(), counts, warnings: finish(warnings), advice, timings };
    Ok((config, pages, report))
}

/// Builds the site at `root` into `output` (default: the configured output folder).
pub fn build(root: &Path, output: Option<&Path>) -> Result<BuildReport, Vec<Diagnostic>> {
    build_with_progress(root, output, &|_| {})
}

/// [`build`], announcing each [`Stage`] to `progress` as it starts.
pub fn build_with_progress(
    root: &Path,
    output: Option<&Path>,
    progress: &(dyn Fn(Stage) + Sync),
) -> Result<BuildReport, Vec<Diagnostic>> {
    let (config, pages, mut report) = prepare(root, None, progress)?;
    let out = match output {
        Some(o) if o.is_absolute() => o.to_path_buf(),
        Some(o) => std::env::current_dir().map(|d| d.join(o)).unwrap_or_else(|_| o.to_path_buf()),
        None => config.output_path(root),
    };
    guard_output(root, &out)?;
    progress(render_stage(&pages));
    // Pages are written as they are rendered, each by the thread that rendered it: the site
    // is never held in memory whole, and writing scales with the render threads.
    let t = std::time::Instant::now();
    let paths: Vec<&str> = pages.paths().collect();
    let mut rendered = std::time::Duration::ZERO;
    let render_span = trace::span("render + write");
    output::write_streamed(&out, &paths, |put| {
        let done = pages.render_into(put, &|| progress(Stage::Step));
        rendered = t.elapsed();
        progress(Stage::Write { files: paths.len() });
        done.map_err(finish)
    })?;
    drop(render_span);
    report.timings.render = rendered;
    report.timings.write = t.elapsed() - rendered;
    report.output = Some(out);
    drop(paths);
    // Freeing hundreds of thousands of events takes a while and nothing waits for it: a
    // thread of its own does it, and a process that exits first skips it.
    std::thread::spawn(move || drop(pages));
    Ok(report)
}

/// `path` made absolute and with `.` and `..` resolved by their names, without touching the
/// disk: a `..` through a folder that does not exist yet must not hide where a path leads.
fn normalise(path: &Path) -> PathBuf {
    use std::path::Component;
    let abs =
        if path.is_absolute() { path.to_path_buf() } else { std::env::current_dir().unwrap_or_default().join(path) };
    let mut out = PathBuf::new();
    for c in abs.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// Refuses output folders whose replacement would destroy something else: the root itself or
/// a folder holding it, `content/`, `templates/`, `src/` or `.git/`, a file, or a folder that
/// is neither empty nor a previous build (which carries [`output::MARKER`]).
pub(crate) fn guard_output(root: &Path, out: &Path) -> Result<(), Vec<Diagnostic>> {
    let refuse = |why: &str| Err(vec![Diagnostic::error(out, 0, format!("refusing to build into this folder: {why}"))]);
    let root_n = std::fs::canonicalize(root).unwrap_or_else(|_| normalise(root));
    // Resolve symbolic links in the part of the path that exists.
    let out_n = normalise(out);
    let out_n = match (out_n.parent().and_then(|p| std::fs::canonicalize(p).ok()), out_n.file_name()) {
        (Some(parent), Some(name)) => parent.join(name),
        _ => out_n,
    };
    if root_n.starts_with(&out_n) {
        return refuse("it holds the site's sources and would be replaced");
    }
    if ["content", "templates", "src", ".git"].iter().any(|p| out_n.starts_with(root_n.join(p))) {
        return refuse("it is part of the site's sources");
    }
    if out_n.exists() {
        if !out_n.is_dir() {
            return refuse("it is a file");
        }
        let empty = std::fs::read_dir(&out_n).map(|mut d| d.next().is_none()).unwrap_or(false);
        if !empty && !out_n.join(output::MARKER).is_file() {
            return Err(vec![Diagnostic::error(
                out,
                0,
                "refusing to build into this folder: it is not empty and was not built by briefing (no .briefing-build file)",
            )
            .with_help("remove it or choose another --output")]);
        }
    }
    Ok(())
}

fn finish(mut d: Vec<Diagnostic>) -> Vec<Diagnostic> {
    diagnostics::sort(&mut d);
    d.dedup();
    d
}
