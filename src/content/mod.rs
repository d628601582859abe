//! Loading the dossier: every file under `content/` read and parsed once, in parallel, into
//! documents that keep their path and lines for diagnostics.

pub mod entity;
pub mod frontmatter;

use crate::dates::{DateSpan, Lang, PartialDate};
use crate::diagnostics::{relative, Diagnostic};
use crate::ingest::{self, SourceEntry};
use crate::markdown::{self, Body, Trust};
/// Kept here for callers that name it through `content`; it lives in the `text` leaf.
pub use crate::text::is_web_url;
use crate::text::{is_slug, slugify, truncate_words};
use frontmatter::{ArticleMeta, EventMeta, Lines, NoteMeta, TopicMeta};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use toml::Spanned;

/// How many characters of a Markdown article's text tell its language when its front matter
/// does not: its opening sentences (on the 10,000 generated articles and the example, 300 to
/// 1,000 characters give every article the language 2,000 give it; whatlang's cost is in
/// proportion, 5% of a build's instructions at 800).
const PROSE_SAMPLE: usize = 500;

/// A value and the line it was written on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located<T> {
    /// The value.
    pub value: T,
    /// 1-based line in the document's file.
    pub line: usize,
}

/// A source an article cites (its numbered `Sources` list, or `[[sources]]` in front matter).
#[derive(Debug, Clone)]
pub struct ArticleSource {
    /// The fields parsed from the entry.
    pub entry: SourceEntry,
    /// The line the entry is written on.
    pub line: usize,
}

/// A press article.
#[derive(Debug, Clone)]
pub struct Article {
    /// The id it is cited by, and its page name.
    pub slug: String,
    /// The article file, relative to the site root.
    pub path: PathBuf,
    /// The sidecar, when the article is raw text with one.
    pub sidecar: Option<PathBuf>,
    /// The headline.
    pub title: String,
    /// Publication date.
    pub date: Option<PartialDate>,
    /// Who wrote it.
    pub author: Option<String>,
    /// Who published it.
    pub outlet: Option<String>,
    /// Where it was published.
    pub url: Option<String>,
    /// Its language code (`fr`, `en`, …).
    pub language: Option<String>,
    /// Topics named in its front matter or sidecar, with their lines.
    pub topics: Vec<Located<String>>,
    /// A summary: the editor's, or the opening of the text.
    pub summary: String,
    /// A photo credit found above the headline.
    pub credit: Option<String>,
    /// The fields that were guessed from raw text, not given by an editor.
    pub guessed: Vec<&'static str>,
    /// Where those guesses are to be confirmed: the sidecar, the `guessed` line, or the file.
    pub guessed_at: Located<PathBuf>,
    /// The clean text.
    pub body: Body,
    /// The sources it cites, in their order.
    pub sources: Vec<ArticleSource>,
}

impl Article {
    /// The language as one the date tools know, when it is one.
    pub fn lang(&self) -> Option<Lang> {
        self.language.as_deref().and_then(Lang::from_code)
    }
}

/// An editor's note.
#[derive(Debug, Clone)]
pub struct Note {
    /// Its id and page name.
    pub slug: String,
    /// The file, relative to the site root.
    pub path: PathBuf,
    /// Its title.
    pub title: String,
    /// When it was written.
    pub date: Option<PartialDate>,
    /// Who wrote it.
    pub author: Option<String>,
    /// The topics it is filed under.
    pub topics: Vec<Located<String>>,
    /// Its summary (given, or the opening of the text).
    pub summary: String,
    /// Curated events it declares.
    pub events: Vec<EventDef>,
    /// Its word on extracted events.
    pub edits: Vec<EventEdit>,
    /// Its text.
    pub body: Body,
}

/// A topic: a briefing page.
#[derive(Debug, Clone)]
pub struct Topic {
    /// Its id (the file name) and page name.
    pub slug: String,
    /// The file, relative to the site root.
    pub path: PathBuf,
    /// Its title.
    pub title: String,
    /// One sentence for the home page.
    pub summary: String,
    /// Names and phrases that attach an article mentioning them.
    pub aliases: Vec<String>,
    /// Position on the home page.
    pub order: i64,
    /// Curated events it declares.
    pub events: Vec<EventDef>,
    /// Its word on extracted events.
    pub edits: Vec<EventEdit>,
    /// The editor's briefing.
    pub body: Body,
}

/// A curated event as an editor wrote it.
#[derive(Debug, Clone)]
pub struct EventDef {
    /// When.
    pub span: DateSpan,
    /// What happened (inline Markdown).
    pub text: String,
    /// Cited ids.
    pub sources: Vec<Located<String>>,
    /// Topic slugs (besides the declaring topic or note's).
    pub topics: Vec<Located<String>>,
    /// The editor knows sources date it differently (see [`EventEdit::known_disagreement`]):
    /// the line that says so.
    pub known_disagreement: Option<usize>,
    /// The file that declares it.
    pub path: PathBuf,
    /// Its `[[events]]` line.
    pub line: usize,
}

/// An editor's word on an extracted event, pointed at by the paragraph that reports it:
/// confirm it (it becomes an editor's event), correct its date or wording, or hide it.
#[derive(Debug, Clone)]
pub struct EventEdit {
    /// The reporting article's slug.
    pub article: String,
    /// The paragraph id (`p3`), as the chronology page links to it.
    pub block: String,
    /// Which of the paragraph's dating words, when it has several.
    pub expression: Option<String>,
    /// Leave the event out.
    pub hide: bool,
    /// The editor has seen that sources date this event differently: the disagreement stays
    /// shown, without a warning. Alone (no date, text, sources or topics), it leaves the event
    /// an extracted one rather than confirming it as the editor's. The line that says so.
    pub known_disagreement: Option<usize>,
    /// The corrected date, if any.
    pub span: Option<DateSpan>,
    /// The editor's wording, if any (inline Markdown).
    pub text: Option<String>,
    /// Cited ids added to the event's sources.
    pub sources: Vec<Located<String>>,
    /// Topic slugs added to the event's.
    pub topics: Vec<Located<String>>,
    /// The file that declares it.
    pub path: PathBuf,
    /// Its `[[events]]` line.
    pub line: usize,
    /// The line of its `at = "…"`: an error about the pointed event points there.
    pub at_line: usize,
    /// The `(column, width)` of the `at` value on that line.
    pub at_span: (usize, usize),
}

impl EventEdit {
    /// Whether the edit says only that a disagreement is known: the event stays an extracted
    /// one, neither confirmed, corrected nor hidden.
    pub fn only_acknowledges(&self) -> bool {
        self.known_disagreement.is_some()
            && !self.hide
            && self.span.is_none()
            && self.text.is_none()
            && self.sources.is_empty()
            && self.topics.is_empty()
    }
}

/// Everything under `content/`, each kind sorted by file path. Documents are shared, not
/// copied: a rebuild hands the unchanged ones of the last build on as they are, and later
/// stages tell them apart from changed ones by their address ([`Arc::ptr_eq`]).
#[derive(Debug, Default)]
pub struct Content {
    /// `content/articles/`.
    pub articles: Vec<Arc<Article>>,
    /// `content/notes/`.
    pub notes: Vec<Arc<Note>>,
    /// `content/topics/`.
    pub topics: Vec<Arc<Topic>>,
    /// `content/entities/`: the people, places and organisations the editors declare.
    pub entities: Vec<Arc<entity::Entity>>,
    /// Ids that files which failed to load probably define: references to them are not
    /// reported again as unknown (the file's own error says what is wrong).
    pub broken_ids: std::collections::HashSet<String>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Article,
    Note,
    Topic,
    Entity,
}

#[derive(Clone)]
enum Doc {
    Article(Arc<Article>),
    Note(Arc<Note>),
    Topic(Arc<Topic>),
    Entity(Arc<entity::Entity>),
}

/// Reads every document under `root/content`. Problems are collected, never fatal one by one,
/// so that a build reports them all at once.
pub fn load(root: &Path) -> (Content, Vec<Diagnostic>) {
    load_with(root, None)
}

/// What one file gave: its document or its errors, its warnings, and for a file that failed,
/// the ids it probably defines.
#[derive(Clone)]
struct Loaded {
    doc: Result<Doc, Vec<Diagnostic>>,
    warnings: Vec<Diagnostic>,
    broken_ids: Vec<String>,
}

/// A file's modification time and size: when neither changed, neither did the file.
type Stamp = Option<(std::time::SystemTime, u64)>;

fn stamp(path: &Path) -> Stamp {
    let m = std::fs::metadata(path).ok()?;
    Some((m.modified().ok()?, m.len()))
}

/// Documents already parsed, by file (and sidecar) modification time and size, so that a
/// rebuild (`briefing serve`) reads and parses again only the files that changed. The cache
/// is the caller's: [`load_cached`] takes it and leaves in it exactly the current files.
#[derive(Default)]
pub struct Cache {
    entries: std::collections::HashMap<PathBuf, ((Stamp, Stamp), Loaded)>,
}

impl Cache {
    /// How many files it holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// [`load`], reusing what `cache` holds for files that have not changed since.
pub fn load_cached(root: &Path, cache: &mut Cache) -> (Content, Vec<Diagnostic>) {
    load_with(root, Some(cache))
}

fn load_with(root: &Path, mut cache: Option<&mut Cache>) -> (Content, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let content_dir = root.join("content");
    if !content_dir.is_dir() {
        diags.push(Diagnostic::error("content", 0, "no content/ folder: articles/, notes/ and topics/ go there"));
        return (Content::default(), diags);
    }
    // The walk first, then the sorting out: whether an article has its sidecar (or a sidecar
    // its article) is a lookup among the files walked, not one more disk access per file.
    let walk_span = crate::trace::span("load: content: walk, sort");
    let mut files: Vec<PathBuf> = Vec::new();
    let walker = walkdir::WalkDir::new(&content_dir).follow_links(false);
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let p = e.path().map(|p| relative(root, p)).unwrap_or_else(|| "content".into());
                diags.push(Diagnostic::error(p, 0, format!("cannot read: {e}")));
                continue;
            }
        };
        let name = entry.file_name().to_string_lossy();
        // Editors' and systems' scratch files are never content.
        if entry.file_type().is_file() && !(name.starts_with('.') || name.ends_with('~') || name.starts_with('#')) {
            files.push(entry.into_path());
        }
    }
    // In path order (component by component, as `Path` sorts), by byte keys in which the
    // separator sorts first: three times faster than comparing `Path`s on a large dossier.
    files.sort_by_cached_key(|p| {
        let mut key = p.as_os_str().as_encoded_bytes().to_vec();
        key.iter_mut().filter(|b| **b == std::path::MAIN_SEPARATOR as u8).for_each(|b| *b = 0);
        key
    });
    let present: std::collections::HashSet<&std::ffi::OsStr> = files.iter().map(|p| p.as_os_str()).collect();
    // Each file with its path relative to the root, found once here (`strip_prefix` reads
    // paths component by component).
    let mut jobs: Vec<(Kind, PathBuf, PathBuf, Option<PathBuf>)> = Vec::new();
    for path in &files {
        let rel = relative(root, path);
        let sub = rel.components().nth(1).map(|c| c.as_os_str().to_string_lossy().into_owned());
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
        let kind = match sub.as_deref() {
            Some("articles") => Kind::Article,
            Some("notes") => Kind::Note,
            Some("topics") => Kind::Topic,
            Some("entities") => Kind::Entity,
            _ => {
                diags.push(Diagnostic::warning(
                    &rel,
                    0,
                    "ignored: content goes in content/articles, content/notes, content/topics or content/entities",
                ));
                continue;
            }
        };
        match (kind, ext.as_str()) {
            (_, "md") => jobs.push((kind, path.clone(), rel, None)),
            (Kind::Article, "txt" | "html" | "htm") => {
                let sidecar = path.with_extension("toml");
                let found = present.contains(sidecar.as_os_str());
                jobs.push((kind, path.clone(), rel, found.then_some(sidecar)));
            }
            (Kind::Article, "toml") => {
                if !["txt", "html", "htm"].iter().any(|e| present.contains(path.with_extension(e).as_os_str())) {
                    diags.push(Diagnostic::error(
                        &rel,
                        0,
                        "sidecar without its article: expected a .txt or .html file of the same name beside it",
                    ));
                }
            }
            _ => diags.push(Diagnostic::warning(
                &rel,
                0,
                format!(
                    "ignored: .{ext} files are not content (articles are .md, .txt or .html; notes, topics and entities .md)"
                ),
            )),
        }
    }

    drop(walk_span);
    let parse_span = crate::trace::span("load: content: parse");
    // `None`: the cached document still holds.
    let mut results: Vec<((Stamp, Stamp), Option<Loaded>)> = jobs
        .par_iter()
        .map(|(kind, path, rel, sidecar)| {
            // Only a cache compares stamps: a build without one saves a `stat` per file.
            let stamps = match cache {
                Some(_) => (stamp(path), sidecar.as_deref().and_then(stamp)),
                None => (None, None),
            };
            if let Some((was, _)) = cache.as_ref().and_then(|c| c.entries.get(path)) {
                if *was == stamps && stamps.0.is_some() {
                    return (stamps, None);
                }
            }
            let (mut doc, warnings) = load_file(root, *kind, path, rel, sidecar.as_deref());
            // The body's search for its paragraphs in its HTML is done here, in parallel: the
            // copy that packs it ([`markdown::Body::compact`]) is done after, in long runs.
            if let Ok(Doc::Article(a)) = &mut doc {
                if let Some(a) = Arc::get_mut(a) {
                    a.body.mark();
                }
            }
            let broken_ids = if doc.is_err() { probable_ids(path, sidecar.as_deref()) } else { Vec::new() };
            (stamps, Some(Loaded { doc, warnings, broken_ids }))
        })
        .collect();
    drop(parse_span);
    let _collect_span = crate::trace::span("load: content: compact, collect");
    // On one thread, the copy was the load's last serial step (a tenth of it at 10,000
    // articles). Each thread copies one long run of the articles, in order, so that each
    // run's copies still lie together in that thread's heap.
    in_runs(&mut results, rayon::current_num_threads(), |(_, loaded)| {
        if let Some(Loaded { doc: Ok(Doc::Article(a)), .. }) = loaded {
            if let Some(a) = Arc::get_mut(a) {
                a.body.compact();
            }
        }
    });
    let mut content = Content::default();
    let mut kept = std::collections::HashMap::with_capacity(jobs.len());
    let mut old = match cache {
        Some(ref mut c) => std::mem::take(&mut c.entries),
        None => std::collections::HashMap::new(),
    };
    for ((stamps, loaded), (_, path, _, _)) in results.into_iter().zip(jobs) {
        // A reused entry moves from the old cache to the new: nothing is copied but handles.
        let loaded = match loaded {
            Some(l) => l,
            None => match old.remove(&path) {
                Some((_, l)) => l,
                None => continue,
            },
        };
        diags.extend(loaded.warnings.iter().cloned());
        match &loaded.doc {
            Ok(Doc::Article(a)) => content.articles.push(Arc::clone(a)),
            Ok(Doc::Note(n)) => content.notes.push(Arc::clone(n)),
            Ok(Doc::Topic(t)) => content.topics.push(Arc::clone(t)),
            Ok(Doc::Entity(e)) => content.entities.push(Arc::clone(e)),
            Err(d) => {
                diags.extend(d.iter().cloned());
                content.broken_ids.extend(loaded.broken_ids.iter().cloned());
            }
        }
        if cache.is_some() {
            kept.insert(path, (stamps, loaded));
        }
    }
    if let Some(cache) = cache {
        cache.entries = kept;
    }
    (content, diags)
}

/// Calls `f` on every item of `items`, cut into `runs` stretches of consecutive items (as
/// even as can be), each stretch a task of its own that goes through its items in order.
fn in_runs<T: Send>(items: &mut [T], runs: usize, f: impl Fn(&mut T) + Sync) {
    let size = items.len().div_ceil(runs.max(1)).max(1);
    items.par_chunks_mut(size).for_each(|run| run.iter_mut().for_each(&f));
}

/// Only the topics of the dossier at `root` (for tools that need their aliases, not the whole
/// dossier); topics that do not load are left out.
pub fn load_topics(root: &Path) -> Vec<Arc<Topic>> {
    let dir = root.join("content").join("topics");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e == "md")).collect()
        })
        .unwrap_or_default();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| {
            let (text, _) = read_text(root, p).ok()?;
            load_topic(&relative(root, p), &text).ok().map(Arc::new)
        })
        .collect()
}

/// The ids a file that failed to load would have defined: its file name's slug, and a
/// `slug = "…"` line in it or its sidecar.
fn probable_ids(path: &Path, sidecar: Option<&Path>) -> Vec<String> {
    let mut ids = vec![file_slug(path)];
    for p in std::iter::once(path).chain(sidecar) {
        let bytes = std::fs::read(p).unwrap_or_default();
        for line in String::from_utf8_lossy(&bytes).lines() {
            if let Some(v) = line.trim().strip_prefix("slug") {
                let v = v.trim_start().trim_start_matches('=').trim().trim_matches(['"', '\'']);
                if !v.is_empty() {
                    ids.push(v.to_string());
                }
            }
        }
    }
    ids
}

/// Reads a file as text, whatever its encoding (see [`ingest::decode`]). A file that is not
/// UTF-8 is read all the same, with a warning naming the encoding so the editor can check
/// its accents; a binary file is an error.
pub fn read_text(root: &Path, path: &Path) -> Result<(String, Option<Diagnostic>), Diagnostic> {
    read_text_at(path, &relative(root, path))
}

/// [`read_text`] of `path`, which is `rel` relative to the root.
fn read_text_at(path: &Path, rel: &Path) -> Result<(String, Option<Diagnostic>), Diagnostic> {
    let html = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
    let decoded = READ.with_borrow_mut(|buf| {
        let n = read_into(path, buf).map_err(|e| Diagnostic::error(rel, 0, format!("cannot read: {e}")))?;
        let decoded = ingest::decode::decode(buf.get(..n).unwrap_or_default(), html);
        if buf.len() > READ_KEPT {
            *buf = Vec::new();
        }
        decoded.map_err(|e| Diagnostic::error(rel, 0, e.to_string()))
    })?;
    let warning = decoded.encoding.map(|enc| {
        let how = if decoded.guessed { "guessed" } else { "declared" };
        Diagnostic::warning(rel, 0, format!("read as {enc} ({how}), not UTF-8"))
            .with_help("check its accents, and save it as UTF-8 to silence this")
    });
    Ok((decoded.text, warning))
}

thread_local! {
    /// Each loading thread's buffer for the bytes of the file it reads: decoding copies the
    /// text out of it, so that a file costs neither an allocation of its size nor the
    /// `statx` that `std::fs::read` makes to size one.
    static READ: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// How large [`READ`] may stay after a file: a larger one (a rare long file) is freed.
const READ_KEPT: usize = 1 << 20;

/// Reads the file at `path` into `buf` (its length is only grown, never shrunk, and the
/// bytes past the file's are left as they were); returns the file's length. Read until a
/// read gives nothing, as `std::fs::read` does, but without asking the file's size first:
/// open, two reads and close where that took five system calls.
fn read_into(path: &Path, buf: &mut Vec<u8>) -> std::io::Result<usize> {
    use std::io::Read;
    let mut file = std::fs::File::open(path)?;
    let mut n = 0;
    loop {
        if n == buf.len() {
            buf.resize((buf.len() * 2).max(64 * 1024), 0);
        }
        match file.read(&mut buf[n..]) {
            Ok(0) => return Ok(n),
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
}

/// Loads one document; the second part holds warnings that do not stop it loading.
fn load_file(
    root: &Path,
    kind: Kind,
    path: &Path,
    rel: &Path,
    sidecar: Option<&Path>,
) -> (Result<Doc, Vec<Diagnostic>>, Vec<Diagnostic>) {
    let (text, warning) = match read_text_at(path, rel) {
        Ok(t) => t,
        Err(d) => return (Err(vec![d]), Vec::new()),
    };
    let mut warnings: Vec<Diagnostic> = warning.into_iter().collect();
    let doc = match kind {
        Kind::Article => load_article(root, rel, &text, sidecar, &mut warnings).map(|a| Doc::Article(Arc::new(a))),
        Kind::Note => load_note(rel, &text).map(|n| Doc::Note(Arc::new(n))),
        Kind::Topic => load_topic(rel, &text).map(|t| Doc::Topic(Arc::new(t))),
        Kind::Entity => entity::load_entity(rel, &text).map(|e| Doc::Entity(Arc::new(e))),
    };
    (doc, warnings)
}

fn parse_meta<T: serde::de::DeserializeOwned>(rel: &Path, front: &str, front_line: usize) -> Result<T, Diagnostic> {
    toml::from_str(front).map_err(|e| crate::diagnostics::from_toml(rel, front, front_line, &e))
}

/// A footnote label an id can be: what Markdown accepts in `[^label]` without surprises.
fn is_label(s: &str) -> bool {
    !s.is_empty() && s.len() <= 32 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// `[^label]` markers that nothing defines: Markdown leaves them as text, so the reader
/// would see the brackets. Each is reported on its line; `known` labels are defined elsewhere
/// (an article's `[[sources]]`).
fn undefined_footnotes(rel: &Path, body: &Body, md: &str, first_line: usize, known: &[&str]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    // A marker is reported on the line that writes it: with none written, none is reported,
    // and the blocks need no search.
    if memchr::memmem::find(md.as_bytes(), b"[^").is_none() {
        return out;
    }
    let mut seen: Vec<String> = Vec::new();
    for b in &body.blocks {
        let mut rest: &str = &b.text;
        // By memchr: `str::find` prepares a searcher for each paragraph, which cost more
        // than the search.
        while let Some(at) = memchr::memmem::find(rest.as_bytes(), b"[^") {
            rest = &rest[at + 2..];
            let Some(end) = rest.find(']') else { break };
            let label = &rest[..end];
            if !is_label(label) || known.contains(&label) || seen.iter().any(|s| s == label) {
                continue;
            }
            seen.push(label.to_string());
            let marker = format!("[^{label}]");
            // Its line in the source; a marker inside code is the writer's business.
            let outside_code = |l: &str| {
                l.match_indices(&marker).map(|(at, _)| at).find(|&at| l[..at].matches('`').count().is_multiple_of(2))
            };
            let found = md.lines().enumerate().find_map(|(i, l)| Some((i, l[..outside_code(l)?].chars().count() + 1)));
            let Some((i, column)) = found else { continue };
            out.push(
                Diagnostic::error(rel, first_line + i, format!("footnote marker {marker} has no definition"))
                    .with_help(format!("add `{marker}: …` below the text, or a source with id = \"{label}\""))
                    .with_span((column, marker.chars().count())),
            );
        }
    }
    out
}

/// The metadata fields ingestion can guess, in the order `check` lists them.
pub const GUESSABLE: [&str; 6] = ["title", "author", "date", "language", "outlet", "url"];

/// An article kept as it was pasted or saved (`.txt`, `.html`, `.htm`), metadata in a sidecar.
pub fn is_raw_article(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "txt" | "html" | "htm"))
}

fn file_slug(rel: &Path) -> String {
    slugify(&rel.file_stem().map(|s| s.to_string_lossy()).unwrap_or_default())
}

fn checked_slug(rel: &Path, lines: &Lines, given: Option<&Spanned<String>>) -> Result<String, Diagnostic> {
    match given {
        Some(s) if is_slug(s.get_ref()) => Ok(s.get_ref().clone()),
        Some(s) => Err(Diagnostic::error(
            rel,
            lines.of(s),
            format!(
                "slug \"{}\" must be lowercase ASCII letters, digits and hyphens (e.g. \"{}\")",
                s.get_ref(),
                slugify(s.get_ref())
            ),
        )
        .with_span(lines.span(s))),
        None => {
            let slug = file_slug(rel);
            if slug.is_empty() {
                Err(Diagnostic::error(rel, 1, "the file name gives an empty slug").with_help("rename it or set `slug`"))
            } else {
                Ok(slug)
            }
        }
    }
}

fn located(lines: &Lines, v: &[Spanned<String>]) -> Vec<Located<String>> {
    v.iter().map(|s| Located { value: s.get_ref().trim().to_string(), line: lines.of(s) }).collect()
}

fn auto_summary(body: &Body) -> String {
    let Some(block) = body.blocks.iter().find(|b| !b.heading && b.text.chars().count() > 40) else {
        return String::new();
    };
    // A summary is read away from its notes: citation marks would be noise there.
    let mut text = String::with_capacity(block.text.len());
    let mut last = 0;
    for (range, _) in markdown::find_citations(&block.text) {
        text.push_str(block.text[last..range.start].trim_end());
        last = range.end;
    }
    text.push_str(&block.text[last..]);
    truncate_words(&text, 240)
}

fn load_article(
    root: &Path,
    rel: &Path,
    text: &str,
    sidecar: Option<&Path>,
    warnings: &mut Vec<Diagnostic>,
) -> Result<Article, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let is_raw = is_raw_article(rel);
    let (meta_text, meta_path, meta_line, body_md, body_line, ingested) = if is_raw {
        let ing = if rel.extension().is_some_and(|e| e == "txt") {
            ingest::ingest_text(text)
        } else {
            ingest::ingest_html(text)
        };
        let (mt, mp) = match sidecar {
            Some(p) => {
                let (t, w) = read_text(root, p).map_err(|d| vec![d])?;
                warnings.extend(w);
                (t, relative(root, p))
            }
            None => (String::new(), rel.to_path_buf()),
        };
        let md = ing.markdown.clone();
        (mt, mp, 1, md, 1, Some(ing))
    } else {
        let s = frontmatter::split(rel, text).map_err(|d| vec![d])?;
        if !s.has_front {
            return Err(vec![Diagnostic::error(
                rel,
                1,
                "a Markdown article starts with `+++` front matter (at least a title)",
            )]);
        }
        (s.front.to_string(), rel.to_path_buf(), s.front_line, s.body.to_string(), s.body_line, None)
    };
    let lines = Lines { path: &meta_path, front: &meta_text, front_line: meta_line };
    let meta: ArticleMeta = match frontmatter::article_plain(&meta_text) {
        Some(meta) => meta,
        None => parse_meta(&meta_path, &meta_text, meta_line).map_err(|d| vec![d])?,
    };
    let slug = checked_slug(&meta_path, &lines, meta.slug.as_ref()).map_err(|d| vec![d])?;
    let mut guessed = Vec::new();
    // What a saved page declares (JSON-LD, `<meta>`) is not a guess; what was read off text is.
    let declared: &[&'static str] = ingested.as_ref().map_or(&[], |i| i.declared.as_slice());
    let guess = |g: &mut Vec<&'static str>, f: &'static str| {
        if !declared.contains(&f) {
            g.push(f);
        }
    };
    let date = match &meta.date {
        Some(d) => match lines.date(d) {
            Ok(d) => Some(d),
            Err(e) => {
                diags.push(e);
                None
            }
        },
        None => {
            let d = ingested.as_ref().and_then(|i| i.date);
            if d.is_some() {
                guess(&mut guessed, "date");
            }
            d
        }
    };
    let title = match (&meta.title, ingested.as_ref().and_then(|i| i.title.clone())) {
        (Some(t), _) if !t.trim().is_empty() => t.trim().to_string(),
        (_, Some(t)) => {
            guess(&mut guessed, "title");
            t
        }
        // An empty article gets one error, below, not one per missing field.
        _ if body_md.trim().is_empty() => String::new(),
        _ => {
            let fix = if is_raw { "add `title` to its sidecar .toml" } else { "add `title` to the front matter" };
            diags.push(Diagnostic::error(rel, 1, format!("no title found: {fix}")));
            String::new()
        }
    };
    let author = meta.author.clone().or_else(|| {
        let a = ingested.as_ref().and_then(|i| i.author.clone());
        if a.is_some() {
            guess(&mut guessed, "author");
        }
        a
    });
    let language = match &meta.language {
        Some(l) => Some(l.get_ref().trim().to_string()),
        None => {
            let l = match &ingested {
                Some(i) => i.language.or_else(|| ingest::guess_language(&body_md)),
                None => ingest::guess_language_in(&body_md, PROSE_SAMPLE),
            };
            if l.is_some() {
                guess(&mut guessed, "language");
            }
            l.map(|l| l.code().to_string())
        }
    };
    let outlet = meta.outlet.clone().or_else(|| {
        let o = ingested.as_ref().and_then(|i| i.outlet.clone());
        if o.is_some() {
            guess(&mut guessed, "outlet");
        }
        o
    });
    let url = meta.url.as_ref().map(|u| u.get_ref().clone()).or_else(|| {
        let u = ingested.as_ref().and_then(|i| i.url.clone());
        if u.is_some() {
            guess(&mut guessed, "url");
        }
        u
    });
    // What an imported article still marks as guessed, for `check` to list.
    for g in &meta.guessed {
        match GUESSABLE.iter().find(|f| **f == g.get_ref().as_str()) {
            Some(f) if !guessed.contains(f) => guessed.push(f),
            Some(_) => {}
            None => diags.push(
                Diagnostic::error(
                    &meta_path,
                    lines.of(g),
                    format!("guessed field \"{}\" is not one of {}", g.get_ref(), GUESSABLE.join(", ")),
                )
                .with_span(lines.span(g)),
            ),
        }
    }
    if let Some(u) = &meta.url {
        let v = u.get_ref();
        if !is_web_url(v) {
            diags.push(
                Diagnostic::error(&meta_path, lines.of(u), format!("url \"{v}\" must start with http:// or https://"))
                    .with_span(lines.span(u)),
            );
        }
    }
    // Sources: front matter entries, then the raw text's numbered list, then footnote definitions.
    let mut sources = Vec::new();
    for s in &meta.sources {
        let line = lines.of(s);
        let m = s.get_ref();
        let label = match &m.id {
            toml::Value::String(s) if is_label(s) => s.clone(),
            toml::Value::Integer(i) if *i >= 0 => i.to_string(),
            other => {
                diags.push(Diagnostic::error(
                    &meta_path,
                    line,
                    format!("source id {other} must be a number or letters, digits, `-` and `_` (it is the footnote label: [^1])"),
                ));
                continue;
            }
        };
        if let Some(u) = m.url.as_deref().filter(|u| !is_web_url(u)) {
            diags.push(Diagnostic::error(
                &meta_path,
                line,
                format!("source url \"{u}\" must start with http:// or https://"),
            ));
            continue;
        }
        let date = match &m.date {
            Some(d) => lines.date(d).map_err(|e| diags.push(e)).ok(),
            None => None,
        };
        let entry = SourceEntry {
            label,
            text: m.text.clone().unwrap_or_default(),
            title: m.title.clone(),
            outlet: m.outlet.clone(),
            author: m.author.clone(),
            date,
            url: m.url.clone(),
        };
        sources.push(ArticleSource { entry, line });
    }
    if let Some(ing) = &ingested {
        sources = in_list_order(sources, &ing.sources);
    }
    // Markers only become footnote references when their definitions exist: give the parser
    // one for each source the front matter or the raw text's list declares.
    let mut body_md = body_md;
    if !sources.is_empty() {
        body_md.push('\n');
        for s in &sources {
            body_md.push_str(&format!("\n[^{}]: {}\n", s.entry.label, s.entry.label));
        }
    }
    let body = markdown::render(&body_md, body_line, Trust::Untrusted);
    if body.blocks.iter().all(|b| b.text.trim().is_empty()) {
        diags.push(Diagnostic::error(rel, 1, "empty article: no text after the header"));
    }
    for def in &body.footnote_defs {
        if !sources.iter().any(|s| s.entry.label == def.label) {
            sources.push(ArticleSource { entry: ingest::parse_source_entry(&def.label, &def.text), line: def.line });
        }
    }
    let labels: Vec<&str> = sources.iter().map(|s| s.entry.label.as_str()).collect();
    diags.extend(undefined_footnotes(rel, &body, &body_md, body_line, &labels));
    if !diags.is_empty() {
        return Err(diags);
    }
    let summary = meta.summary.clone().unwrap_or_else(|| auto_summary(&body));
    Ok(Article {
        slug,
        path: rel.to_path_buf(),
        sidecar: sidecar.map(|_| meta_path.clone()),
        title,
        date,
        author,
        outlet,
        url,
        language,
        topics: located(&lines, &meta.topics),
        summary,
        credit: ingested.as_ref().and_then(|i| i.credit.clone()),
        guessed,
        guessed_at: Located { value: meta_path.clone(), line: meta.guessed.first().map_or(1, |g| lines.of(g)) },
        body,
        sources,
    })
}

/// An article's sources in the order its own numbered list gives them: a front matter entry
/// completes the list's entry with the same label in place (the front matter is written in any
/// order, and a note numbered 6 must not come first because the editor described only it); the
/// front matter's entries that the list lacks follow, in their order.
fn in_list_order(mut declared: Vec<ArticleSource>, list: &[SourceEntry]) -> Vec<ArticleSource> {
    let mut out = Vec::with_capacity(declared.len() + list.len());
    for e in list {
        match declared.iter().position(|s| s.entry.label == e.label) {
            Some(i) => out.push(declared.remove(i)),
            None => out.push(ArticleSource { entry: e.clone(), line: 1 }),
        }
    }
    out.extend(declared);
    out
}

fn events(
    rel: &Path,
    lines: &Lines,
    metas: &[Spanned<EventMeta>],
    diags: &mut Vec<Diagnostic>,
) -> (Vec<EventDef>, Vec<EventEdit>) {
    let mut out = Vec::new();
    let mut edits = Vec::new();
    for m in metas {
        let line = lines.of(m);
        let e = m.get_ref();
        let span = match &e.date {
            Some(d) => match lines.event_span(e, d) {
                Ok(s) => Some(s),
                Err(d) => {
                    diags.push(d);
                    continue;
                }
            },
            None => None,
        };
        let text = e.text.trim();
        let known = e.known_disagreement.as_ref().filter(|k| *k.get_ref()).map(|k| lines.of(k));
        if let Some(at) = &e.at {
            let Some((article, block)) =
                at.get_ref().trim().split_once('#').filter(|(a, b)| !a.is_empty() && !b.is_empty())
            else {
                diags.push(Diagnostic::error(
                    rel,
                    lines.of(at),
                    format!(
                        "at = \"{}\" must name an article and a paragraph: \"article-slug#p3\" (the chronology links to it)",
                        at.get_ref()
                    ),
                )
                .with_span(lines.span(at)));
                continue;
            };
            if e.hide && (span.is_some() || !text.is_empty()) {
                diags.push(
                    Diagnostic::error(rel, line, "hide = true with a date or text")
                        .with_help("hide the event, or correct it"),
                );
                continue;
            }
            edits.push(EventEdit {
                article: article.to_string(),
                block: block.to_string(),
                expression: e.expression.as_ref().map(|x| x.trim().to_string()).filter(|x| !x.is_empty()),
                hide: e.hide,
                known_disagreement: known,
                span,
                text: (!text.is_empty()).then(|| text.to_string()),
                sources: located(lines, &e.sources),
                topics: located(lines, &e.topics),
                path: rel.to_path_buf(),
                line,
                at_line: lines.of(at),
                at_span: lines.span(at),
            });
            continue;
        }
        if e.hide || e.expression.is_some() {
            diags.push(Diagnostic::error(
                rel,
                line,
                "hide and expression need `at`: the extracted event they apply to",
            ));
            continue;
        }
        let Some(span) = span else {
            diags.push(
                Diagnostic::error(rel, line, "event without date")
                    .with_help("add date = \"YYYY-MM-DD\" (or at = \"article#p3\" to point at an extracted one)"),
            );
            continue;
        };
        if text.is_empty() {
            diags.push(Diagnostic::error(rel, line, "event without text"));
            continue;
        }
        out.push(EventDef {
            span,
            text: text.to_string(),
            sources: located(lines, &e.sources),
            topics: located(lines, &e.topics),
            known_disagreement: known,
            path: rel.to_path_buf(),
            line,
        })
    }
    (out, edits)
}

fn load_note(rel: &Path, text: &str) -> Result<Note, Vec<Diagnostic>> {
    let s = frontmatter::split(rel, text).map_err(|d| vec![d])?;
    if !s.has_front {
        return Err(vec![Diagnostic::error(rel, 1, "a note starts with `+++` front matter (at least a title)")]);
    }
    let lines = Lines { path: rel, front: s.front, front_line: s.front_line };
    let meta: NoteMeta = parse_meta(rel, s.front, s.front_line).map_err(|d| vec![d])?;
    let mut diags = Vec::new();
    let slug = checked_slug(rel, &lines, meta.slug.as_ref()).map_err(|d| vec![d])?;
    let date = meta.date.as_ref().and_then(|d| lines.date(d).map_err(|e| diags.push(e)).ok());
    let (events, edits) = events(rel, &lines, &meta.events, &mut diags);
    if meta.title.get_ref().trim().is_empty() {
        diags.push(Diagnostic::error(rel, lines.of(&meta.title), "empty title").with_span(lines.span(&meta.title)));
    }
    if !diags.is_empty() {
        return Err(diags);
    }
    let body = markdown::render(s.body, s.body_line, Trust::Editor);
    let missing = undefined_footnotes(rel, &body, s.body, s.body_line, &[]);
    if !missing.is_empty() {
        return Err(missing);
    }
    Ok(Note {
        slug,
        path: rel.to_path_buf(),
        title: meta.title.get_ref().trim().to_string(),
        date,
        author: meta.author,
        topics: located(&lines, &meta.topics),
        summary: meta.summary.unwrap_or_else(|| auto_summary(&body)),
        events,
        edits,
        body,
    })
}

fn load_topic(rel: &Path, text: &str) -> Result<Topic, Vec<Diagnostic>> {
    let s = frontmatter::split(rel, text).map_err(|d| vec![d])?;
    if !s.has_front {
        return Err(vec![Diagnostic::error(rel, 1, "a topic starts with `+++` front matter (at least a title)")]);
    }
    let lines = Lines { path: rel, front: s.front, front_line: s.front_line };
    let meta: TopicMeta = parse_meta(rel, s.front, s.front_line).map_err(|d| vec![d])?;
    let mut diags = Vec::new();
    let slug = file_slug(rel);
    let stem = rel.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    if slug != stem {
        diags.push(
            Diagnostic::error(rel, 1, "a topic's file name is its slug").with_help(format!("rename it to {slug}.md")),
        );
    }
    let (events, edits) = events(rel, &lines, &meta.events, &mut diags);
    if meta.title.get_ref().trim().is_empty() {
        diags.push(Diagnostic::error(rel, lines.of(&meta.title), "empty title").with_span(lines.span(&meta.title)));
    }
    if !diags.is_empty() {
        return Err(diags);
    }
    let body = markdown::render(s.body, s.body_line, Trust::Editor);
    let missing = undefined_footnotes(rel, &body, s.body, s.body_line, &[]);
    if !missing.is_empty() {
        return Err(missing);
    }
    let mut aliases: Vec<String> =
        meta.aliases.iter().chain(&meta.keywords).map(|a| a.trim().to_string()).filter(|a| !a.is_empty()).collect();
    aliases.dedup();
    Ok(Topic {
        slug,
        path: rel.to_path_buf(),
        title: meta.title.get_ref().trim().to_string(),
        summary: meta.summary.unwrap_or_else(|| auto_summary(&body)),
        aliases,
        order: meta.order.unwrap_or(i64::MAX),
        events,
        edits,
        body,
    })
}

#[cfg(test)]
mod order_tests {
    use super::*;

    fn entry(label: &str, title: &str) -> SourceEntry {
        SourceEntry { label: label.into(), title: Some(title.into()), ..SourceEntry::default() }
    }

    #[test]
    fn front_matter_entries_keep_the_lists_order() {
        let declared = vec![
            ArticleSource { entry: entry("6", "a tweet, named by the editor"), line: 20 },
            ArticleSource { entry: entry("extra", "only in the front matter"), line: 30 },
        ];
        let list: Vec<SourceEntry> = (1..=6).map(|n| entry(&n.to_string(), "from the list")).collect();
        let got = in_list_order(declared, &list);
        let labels: Vec<&str> = got.iter().map(|s| s.entry.label.as_str()).collect();
        assert_eq!(labels, ["1", "2", "3", "4", "5", "6", "extra"]);
        assert_eq!(got[5].entry.title.as_deref(), Some("a tweet, named by the editor"));
        assert_eq!((got[5].line, got[0].line), (20, 1));
    }
}

#[cfg(test)]
mod run_tests {
    use super::*;

    #[test]
    fn every_item_is_visited_once_whatever_the_runs() {
        for len in [0usize, 1, 2, 3, 7, 100] {
            for runs in [0usize, 1, 2, 3, 8, 200] {
                let mut items = vec![0u32; len];
                in_runs(&mut items, runs, |n| *n += 1);
                assert!(items.iter().all(|&n| n == 1), "{len} items, {runs} runs");
            }
        }
    }

    #[test]
    fn a_run_goes_through_its_items_in_order() {
        // Each item records the one visited before it in its run: within a run, the one
        // just before it in the slice.
        let last = std::sync::Mutex::new(Vec::<usize>::new());
        let mut items: Vec<(usize, Option<usize>)> = (0..10).map(|i| (i, None)).collect();
        in_runs(&mut items, 2, |(i, before)| {
            let mut l = last.lock().unwrap();
            let run = *i / 5;
            if l.len() <= run {
                l.resize(run + 1, usize::MAX);
            }
            *before = (l[run] != usize::MAX).then_some(l[run]);
            l[run] = *i;
        });
        for (i, before) in items {
            assert_eq!(before, (i % 5 != 0).then(|| i - 1), "item {i}");
        }
    }
}

#[cfg(test)]
mod cache_tests {
    use super::*;

    fn write(root: &Path, rel: &str, text: &str) {
        let p = root.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    fn titles(c: &Content) -> Vec<String> {
        c.notes.iter().map(|n| n.title.clone()).collect()
    }

    #[test]
    fn a_cached_load_sees_every_change_and_only_reparses_changed_files() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(root, "content/notes/a.md", "+++\ntitle = \"A\"\n+++\nText.\n");
        write(root, "content/notes/b.md", "+++\ntitle = \"B\"\n+++\nText.\n");
        let mut cache = Cache::default();
        let (c, d) = load_cached(root, &mut cache);
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(titles(&c), ["A", "B"]);
        assert_eq!(cache.len(), 2);

        // Edited (a different size, so that a coarse clock cannot hide it), added, removed.
        write(root, "content/notes/a.md", "+++\ntitle = \"A, edited\"\n+++\nText.\n");
        write(root, "content/notes/c.md", "+++\ntitle = \"C\"\n+++\nText.\n");
        std::fs::remove_file(root.join("content/notes/b.md")).unwrap();
        let (c, _) = load_cached(root, &mut cache);
        assert_eq!(titles(&c), ["A, edited", "C"]);
        assert_eq!(cache.len(), 2);

        // Broken, then fixed: the error and the ids the broken file defines come and go.
        write(root, "content/notes/c.md", "+++\ntitle = \"C\nslug = \"c\"\n+++\nText.\n");
        let (c, d) = load_cached(root, &mut cache);
        assert_eq!(titles(&c), ["A, edited"]);
        assert!(d.iter().any(|d| d.is_error() && d.path.ends_with("c.md") && d.line == 2), "{d:?}");
        assert!(c.broken_ids.contains("c"));
        write(root, "content/notes/c.md", "+++\ntitle = \"C\"\n+++\nText again.\n");
        let (c, d) = load_cached(root, &mut cache);
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(titles(&c), ["A, edited", "C"]);
        assert!(c.broken_ids.is_empty());

        // The same files give the same content as an uncached load.
        let (fresh, _) = load(root);
        assert_eq!(titles(&fresh), titles(&c));
    }
}
