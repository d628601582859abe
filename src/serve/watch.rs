//! File-system events under `content/`, `templates/` and `config.toml`, debounced into batches.
//!
//! The root is watched on its own (not recursively: it may hold `target/`, `.git/` or a large
//! `public/`), so that `content/` or `templates/` appearing, disappearing or being replaced
//! whole is seen, and their watches re-armed; those two are watched recursively.

use notify::event::{AccessKind, AccessMode};
use notify::{Event, EventKind, RecursiveMode, Watcher as _};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

/// A batch ends when nothing relevant has happened for this long: long enough to take in an
/// editor's save (write a temporary file, rename it over the original) or a `git checkout`,
/// short enough not to be felt.
const QUIET: Duration = Duration::from_millis(30);
/// A batch never waits longer than this, even while events keep coming.
const MAX_WAIT: Duration = Duration::from_millis(1000);

/// The folders watched recursively, relative to the root.
const DIRS: [&str; 2] = ["content", "templates"];

/// Watches a site's sources.
pub struct Watcher {
    root: PathBuf,
    inner: notify::RecommendedWatcher,
    rx: Receiver<notify::Result<Event>>,
    /// The folders of [`DIRS`] currently watched.
    watched: Vec<PathBuf>,
}

impl Watcher {
    /// Starts watching `root` (an absolute, canonical path).
    pub fn new(root: &Path) -> notify::Result<Self> {
        let (tx, rx) = channel();
        let mut inner = notify::recommended_watcher(move |ev| {
            // The receiver only goes away when the server stops.
            let _ = tx.send(ev);
        })?;
        inner.watch(root, RecursiveMode::NonRecursive)?;
        let mut w = Watcher { root: root.to_path_buf(), inner, rx, watched: Vec::new() };
        w.arm(&[]);
        Ok(w)
    }

    /// Watches the folders of [`DIRS`] that exist and are not watched yet, and again those in
    /// `renewed` (replaced whole: their old watch followed the old folder).
    fn arm(&mut self, renewed: &[PathBuf]) {
        for d in DIRS {
            let p = self.root.join(d);
            let had = self.watched.contains(&p);
            if had && (renewed.contains(&p) || !p.is_dir()) {
                let _ = self.inner.unwatch(&p);
                self.watched.retain(|w| w != &p);
            }
            if p.is_dir() && !self.watched.contains(&p) {
                match self.inner.watch(&p, RecursiveMode::Recursive) {
                    Ok(()) => self.watched.push(p),
                    Err(e) => eprintln!("cannot watch {}: {e}", p.display()),
                }
            }
        }
    }

    /// Blocks until something relevant changes, then gathers the burst it belongs to.
    /// Returns the changed paths (the root itself when events may have been lost).
    pub fn next_batch(&mut self) -> Vec<PathBuf> {
        let mut changed: Vec<PathBuf> = Vec::new();
        let mut started: Option<Instant> = None;
        loop {
            let ev = match started {
                None => match self.rx.recv() {
                    Ok(ev) => ev,
                    // The watcher is gone: nothing will ever change again.
                    Err(_) => loop {
                        std::thread::park();
                    },
                },
                Some(t0) => {
                    let left = MAX_WAIT.saturating_sub(t0.elapsed());
                    match self.rx.recv_timeout(QUIET.min(left)) {
                        Ok(ev) => ev,
                        Err(RecvTimeoutError::Timeout) => break,
                        Err(RecvTimeoutError::Disconnected) => break,
                    }
                }
            };
            let paths = match ev {
                Ok(ev) if ev.need_rescan() => vec![self.root.clone()],
                Ok(ev) => self.relevant(&ev),
                Err(e) => {
                    // An overflowing queue or a lost watch: rebuild from scratch to be sure.
                    eprintln!("watch: {e}");
                    vec![self.root.clone()]
                }
            };
            if paths.is_empty() {
                continue;
            }
            started.get_or_insert_with(Instant::now);
            for p in paths {
                if !changed.contains(&p) {
                    changed.push(p);
                }
            }
        }
        // `content/` or `templates/` created, deleted or replaced (or events lost): follow the
        // folders now there.
        let renewed: Vec<PathBuf> = DIRS
            .iter()
            .map(|d| self.root.join(d))
            .filter(|d| changed.contains(&self.root) || changed.contains(d))
            .collect();
        self.arm(&renewed);
        changed
    }

    /// The paths of `ev` that are sources of the site.
    fn relevant(&self, ev: &Event) -> Vec<PathBuf> {
        match ev.kind {
            // Reading files (the build itself does) is not a change; closing a written one is.
            EventKind::Access(AccessKind::Close(AccessMode::Write)) => {}
            EventKind::Access(_) => return Vec::new(),
            _ => {}
        }
        ev.paths.iter().filter(|p| is_source(&self.root, p)).cloned().collect()
    }
}

/// Whether `path` is one the site is built from: `config.toml`, or under `content/` or
/// `templates/`, and not an editor's scratch file (swap, backup, lock, temporary save).
fn is_source(root: &Path, path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(root) else { return false };
    let first = rel.components().next().map(|c| c.as_os_str().to_string_lossy().into_owned());
    let inside = match first.as_deref() {
        Some("config.toml") => rel.components().count() == 1,
        Some(d) => DIRS.contains(&d),
        None => false,
    };
    inside && !is_scratch(path)
}

fn is_scratch(path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
    name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || name.ends_with("___jb_tmp___")
        || name.ends_with("___jb_old___")
        // Vim's probe for a writable folder, created and deleted at once.
        || name == "4913"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_and_scratch_files() {
        let root = Path::new("/site");
        for yes in ["/site/config.toml", "/site/content/notes/a.md", "/site/templates/base.html", "/site/content"] {
            assert!(is_source(root, Path::new(yes)), "{yes}");
        }
        for no in [
            "/site/public/index.html",
            "/site/target/x",
            "/site/content/notes/.a.md.swp",
            "/site/content/notes/a.md~",
            "/site/content/notes/#a.md#",
            "/site/content/notes/4913",
            "/site/templates/base.html___jb_tmp___",
            "/site/config.toml.bak/x",
            "/site/contentx/a.md",
            "/elsewhere/content/a.md",
        ] {
            assert!(!is_source(root, Path::new(no)), "{no}");
        }
    }
}
