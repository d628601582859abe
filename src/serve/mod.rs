//! `briefing serve`: the site on localhost, rebuilt on every change under `content/`,
//! `templates/` and `config.toml`, with pages that reload themselves.
//!
//! Three parts, each on its own thread, sharing one [`State`]:
//! - the watcher ([`watch`]) turns file-system events into debounced batches;
//! - the builder runs a build per batch and publishes the result (a new site, or the errors of
//!   a failed build, which keep the last good site in place) under a new version number;
//! - the HTTP server answers from memory, injects the live-reload script into HTML pages, and
//!   long-polls `/__briefing/poll?v=N` until the version differs from N.
//!
//! Nothing is written to disk unless `--output` is given, and then only through the guarded,
//! staged [`crate::output::write`], without the live-reload script.

pub mod http;
mod watch;

use crate::diagnostics::Diagnostic;
use crate::render::Pages;
use http::Route;
use serde::Serialize;
use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

/// How `briefing serve` runs.
#[derive(Debug, Clone)]
pub struct Options {
    /// The site folder.
    pub root: PathBuf,
    /// The address to listen on (default 127.0.0.1: this machine only).
    pub bind: IpAddr,
    /// The port to listen on.
    pub port: u16,
    /// Also write every good build here (guarded like `build --output`).
    pub output: Option<PathBuf>,
    /// Print only the address served and errors: no warnings, no line per rebuild.
    pub quiet: bool,
}

/// How many new warnings a rebuild prints before summing up the rest.
const MAX_WARNINGS: usize = 20;

/// How long a long-poll waits for a new build before answering with the same version.
const POLL_WAIT: Duration = Duration::from_secs(25);

/// A file's bytes, shared between the site and the responses reading it.
#[derive(Clone)]
struct Bytes(Arc<Vec<u8>>);

impl AsRef<[u8]> for Bytes {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

/// The last good site: its pages, each rendered when a browser first asks for it.
type Files = Arc<Pages>;

/// What the server shows: the last good site, and the errors of the last build if it failed.
#[derive(Clone)]
struct Snapshot {
    /// Changes on every build, good or bad; starts from the clock so that a restarted server
    /// never repeats a version a page already saw.
    version: u64,
    /// `None` until a build succeeds.
    files: Option<Files>,
    /// The errors of the last build; empty when it succeeded.
    errors: Arc<Vec<ErrorView>>,
}

/// One error as the overlay shows it.
#[derive(Clone, Serialize)]
struct ErrorView {
    path: String,
    line: usize,
    /// 0 when unknown.
    column: usize,
    message: String,
    /// `path:line:column: error: problem`, the first line the terminal shows.
    text: String,
    /// What the terminal shows below that line: the offending line with a marker under the
    /// problem, and what to do (empty when there is neither).
    detail: String,
}

#[derive(Serialize)]
struct PollAnswer<'a> {
    version: u64,
    errors: &'a [ErrorView],
}

/// The snapshot, and a signal for long-polls when it changes.
struct State {
    snap: Mutex<Snapshot>,
    changed: Condvar,
}

impl State {
    fn new() -> Self {
        let start = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as u64)
            .unwrap_or(1);
        State {
            snap: Mutex::new(Snapshot { version: start, files: None, errors: Arc::new(Vec::new()) }),
            changed: Condvar::new(),
        }
    }

    fn current(&self) -> Snapshot {
        self.snap.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Publishes a build: new files (`None` keeps the last good ones) and its errors.
    fn publish(&self, files: Option<Files>, errors: Vec<ErrorView>) {
        let mut s = self.snap.lock().unwrap_or_else(|e| e.into_inner());
        s.version += 1;
        if files.is_some() {
            s.files = files;
        }
        s.errors = Arc::new(errors);
        drop(s);
        self.changed.notify_all();
    }

    /// Waits until the version differs from `seen`, or `POLL_WAIT` passes.
    fn wait_change(&self, seen: u64) -> Snapshot {
        let s = self.snap.lock().unwrap_or_else(|e| e.into_inner());
        let (s, _) =
            self.changed.wait_timeout_while(s, POLL_WAIT, |s| s.version == seen).unwrap_or_else(|e| e.into_inner());
        s.clone()
    }
}

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The site folder cannot be read.
    #[error("{}: {source}", path.display())]
    Root {
        /// The folder given.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The site folder is a file.
    #[error("{}: not a folder", .0.display())]
    NotAFolder(PathBuf),
    /// `--output` names a folder a build must not replace.
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    Output(Vec<Diagnostic>),
    /// The port is taken or the address is not this machine's.
    #[error("cannot listen on {addr}:{port}: {message} (choose another --port)")]
    Listen {
        /// The address.
        addr: std::net::IpAddr,
        /// The port.
        port: u16,
        /// Why.
        message: String,
    },
    /// The folder cannot be watched for changes.
    #[error("cannot watch {}: {message}", path.display())]
    Watch {
        /// The folder.
        path: PathBuf,
        /// Why.
        message: String,
    },
}

/// Runs the server until the process is stopped (Ctrl-C). Returns an error only when it
/// cannot start: a missing root, a refused `--output`, a port in use.
pub fn run(opts: Options) -> Result<(), ServeError> {
    let root =
        std::fs::canonicalize(&opts.root).map_err(|source| ServeError::Root { path: opts.root.clone(), source })?;
    if !root.is_dir() {
        return Err(ServeError::NotAFolder(opts.root.clone()));
    }
    let output = opts.output.as_deref().map(|o| {
        if o.is_absolute() {
            o.to_path_buf()
        } else {
            std::env::current_dir().map(|d| d.join(o)).unwrap_or_else(|_| o.to_path_buf())
        }
    });
    if let Some(out) = &output {
        crate::guard_output(&root, out).map_err(ServeError::Output)?;
    }
    let server = tiny_http::Server::http((opts.bind, opts.port)).map_err(|e| ServeError::Listen {
        addr: opts.bind,
        port: opts.port,
        message: e.to_string(),
    })?;
    let state = Arc::new(State::new());
    // Watch before the first build, so that an edit made while it runs is not missed.
    let mut watcher =
        watch::Watcher::new(&root).map_err(|e| ServeError::Watch { path: root.clone(), message: e.to_string() })?;
    let mut builder =
        Builder { root: root.clone(), output, quiet: opts.quiet, last_warnings: Vec::new(), cache: Default::default() };
    let host = match opts.bind {
        IpAddr::V6(a) => format!("[{a}]"),
        a => a.to_string(),
    };
    if !opts.quiet {
        eprintln!("building {} ...", root.display());
    }
    builder.rebuild(&state);
    let server = Arc::new(server);
    {
        let state = Arc::clone(&state);
        let server = Arc::clone(&server);
        std::thread::spawn(move || serve_http(&server, &state));
    }
    let to = match &builder.output {
        Some(o) => format!("from memory, and writing each good build to {}", o.display()),
        None => "from memory (nothing is written to disk)".to_string(),
    };
    // The port the system gave, when asked for port 0.
    let port = server.server_addr().to_ip().map(|a| a.port()).unwrap_or(opts.port);
    eprintln!("serving http://{host}:{port}/ {to}");
    if !opts.quiet {
        eprintln!("watching content/, templates/ and config.toml; Ctrl-C to stop");
    }
    loop {
        let changed = watcher.next_batch();
        if changed.is_empty() {
            continue;
        }
        let what = match changed.as_slice() {
            [one] => crate::diagnostics::relative(&root, one).display().to_string(),
            many => format!("{} files", many.len()),
        };
        if !builder.quiet {
            eprintln!("changed: {what}");
        }
        builder.rebuild(&state);
    }
}

/// Runs builds and publishes them.
struct Builder {
    root: PathBuf,
    output: Option<PathBuf>,
    quiet: bool,
    /// Warnings already printed, so that each rebuild prints only what is new.
    last_warnings: Vec<Diagnostic>,
    /// The documents of the last build: only changed files are read and parsed again.
    cache: crate::BuildCache,
}

impl Builder {
    fn rebuild(&mut self, state: &State) {
        let t = Instant::now();
        let result = crate::prepare_cached(&self.root, &mut self.cache);
        let ms = t.elapsed().as_millis();
        match result {
            Ok((_, pages, report)) => {
                let n = pages.len();
                let pages = Arc::new(pages);
                // The site goes to the browser first; the copy on disk, if asked for, after.
                state.publish(Some(Arc::clone(&pages)), Vec::new());
                let known: std::collections::HashSet<&Diagnostic> = self.last_warnings.iter().collect();
                let new: Vec<&Diagnostic> = report.warnings.iter().filter(|w| !known.contains(w)).collect();
                let limit = if self.quiet { 0 } else { MAX_WARNINGS };
                let shown: Vec<Diagnostic> = new.iter().take(limit).map(|w| (*w).clone()).collect();
                eprint!("{}", crate::report::render(&self.root, &shown, crate::report::stderr_color()));
                if new.len() > limit && !self.quiet {
                    eprintln!("... and {} more warnings: `briefing check` lists them all", new.len() - MAX_WARNINGS);
                }
                drop(known);
                self.last_warnings = report.warnings;
                let t = report.timings;
                if !self.quiet {
                    eprintln!(
                        "rebuilt in {ms} ms (load {}, resolve {}): {n} files, each rendered when first asked for",
                        t.load.as_millis(),
                        t.resolve.as_millis(),
                    );
                }
                if let Some(out) = &self.output {
                    let t = Instant::now();
                    let paths: Vec<&str> = pages.paths().collect();
                    let written = crate::guard_output(&self.root, out).and_then(|()| {
                        crate::output::write_streamed(out, &paths, |put| pages.render_into(put, &|| {}))
                    });
                    match written {
                        Ok(()) if self.quiet => {}
                        Ok(()) => eprintln!("wrote {} in {} ms", out.display(), t.elapsed().as_millis()),
                        Err(d) => d.iter().for_each(|d| eprintln!("{d}")),
                    }
                }
            }
            Err(mut diags) => {
                eprint!("{}", crate::report::render(&self.root, &diags, crate::report::stderr_color()));
                crate::report::locate(&self.root, &mut diags);
                let mut lines = crate::report::SourceLines::new(&self.root);
                let errors: Vec<ErrorView> = diags
                    .iter()
                    .filter(|d| d.is_error())
                    .map(|d| {
                        // As the terminal shows it: the place and the problem, then the line
                        // with its marker and what to do.
                        let shown = crate::report::render_one(d, lines.line(&d.path, d.line), false);
                        let (text, detail) = shown.split_once('\n').unwrap_or((&shown, ""));
                        ErrorView {
                            path: d.path.display().to_string(),
                            line: d.line.max(1),
                            column: d.column,
                            message: d.message.clone(),
                            text: text.to_string(),
                            detail: detail.trim_end().to_string(),
                        }
                    })
                    .collect();
                let n = errors.len();
                eprintln!(
                    "build failed in {ms} ms: {n} error{}; still serving the last good build",
                    if n == 1 { "" } else { "s" }
                );
                state.publish(None, errors);
            }
        }
    }
}

/// Accepts requests until the server stops; each gets its own thread, because long-polls
/// hold theirs for up to [`POLL_WAIT`].
fn serve_http(server: &Arc<tiny_http::Server>, state: &Arc<State>) {
    for request in server.incoming_requests() {
        let state = Arc::clone(state);
        let spawned = std::thread::Builder::new().name("briefing-http".into()).spawn(move || answer(request, &state));
        if let Err(e) = spawned {
            eprintln!("cannot answer a request: {e}");
        }
    }
}

fn header(name: &str, value: &str) -> tiny_http::Header {
    // Only ever called with ASCII names and values.
    tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes())
        .unwrap_or_else(|()| tiny_http::Header::from_bytes(&b"X-Briefing"[..], &b"?"[..]).expect("ASCII header"))
}

fn respond<R: std::io::Read>(request: tiny_http::Request, status: u16, ctype: &str, body: R, len: usize) {
    let headers = vec![header("Content-Type", ctype), header("Cache-Control", "no-store")];
    let response = tiny_http::Response::new(status.into(), headers, body, Some(len), None);
    // A browser that went away mid-answer is not an error worth a line.
    let _ = request.respond(response);
}

fn respond_bytes(request: tiny_http::Request, status: u16, ctype: &str, body: Vec<u8>) {
    let len = body.len();
    respond(request, status, ctype, std::io::Cursor::new(body), len);
}

/// Answers one request. Never panics on what a client sends: every path is routed or refused.
fn answer(request: tiny_http::Request, state: &State) {
    use tiny_http::Method;
    if !matches!(request.method(), Method::Get | Method::Head) {
        return respond_bytes(request, 405, "text/plain; charset=utf-8", b"only GET and HEAD\n".to_vec());
    }
    match http::route(request.url()) {
        Route::Bad => respond_bytes(request, 400, "text/plain; charset=utf-8", b"bad path\n".to_vec()),
        Route::Poll(seen) => {
            let snap = match seen {
                Some(v) => state.wait_change(v),
                None => state.current(),
            };
            let body = serde_json::to_vec(&PollAnswer { version: snap.version, errors: &snap.errors })
                .unwrap_or_else(|_| b"{}".to_vec());
            respond_bytes(request, 200, "application/json", body)
        }
        Route::File(path) => {
            let snap = state.current();
            let Some(files) = &snap.files else {
                let page = http::placeholder(
                    "The site has not built yet",
                    "briefing could not build the site: its errors are listed above and in the terminal. This page reloads once they are fixed.",
                );
                return respond_bytes(request, 503, "text/html; charset=utf-8", http::inject(&page, snap.version));
            };
            // `/notes/x` finds `notes/x.html`: pages are plain files, but a typed URL without
            // the extension should still work.
            let alt = format!("{path}.html");
            let found =
                files.get(&path).map(|r| (path.as_str(), r)).or_else(|| files.get(&alt).map(|r| (alt.as_str(), r)));
            match found {
                Some((name, Ok(bytes))) if http::is_html(name) => {
                    respond_bytes(request, 200, http::content_type(name), http::inject(&bytes, snap.version))
                }
                Some((name, Ok(bytes))) => {
                    let len = bytes.len();
                    respond(request, 200, http::content_type(name), std::io::Cursor::new(Bytes(bytes)), len)
                }
                Some((_, Err(d))) => {
                    // Pages render when asked for: a template error shows with the page it breaks.
                    eprintln!("{d}");
                    let page = http::placeholder(
                        "A template failed",
                        &format!("{d}\n\nThis page reloads once the template is fixed."),
                    );
                    respond_bytes(request, 500, "text/html; charset=utf-8", http::inject(&page, snap.version))
                }
                None => {
                    let page = http::placeholder(
                        "Not found",
                        &format!("The site has no /{path}. This page reloads on the next build."),
                    );
                    respond_bytes(request, 404, "text/html; charset=utf-8", http::inject(&page, snap.version))
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small site's pages, as a build publishes them.
    fn pages() -> Files {
        let dir = tempfile::tempdir().unwrap();
        crate::scaffold::init(dir.path(), false).unwrap();
        let (_, pages, _) = crate::prepare_cached(dir.path(), &mut Default::default()).unwrap();
        Arc::new(pages)
    }

    #[test]
    fn a_failed_build_keeps_the_last_good_site() {
        let state = State::new();
        let v0 = state.current().version;
        let good = pages();
        state.publish(Some(Arc::clone(&good)), Vec::new());
        let err = ErrorView {
            path: "a.md".into(),
            line: 2,
            column: 0,
            message: "bad".into(),
            text: "a.md:2: bad".into(),
            detail: String::new(),
        };
        state.publish(None, vec![err]);
        let s = state.current();
        assert_eq!(s.version, v0 + 2);
        let files = s.files.unwrap();
        assert!(Arc::ptr_eq(&files, &good));
        assert!(files.get("index.html").unwrap().unwrap().starts_with(b"<!doctype html>"));
        assert_eq!(s.errors.len(), 1);
    }

    #[test]
    fn long_polls_return_on_a_new_build() {
        let state = Arc::new(State::new());
        let v = state.current().version;
        let s2 = Arc::clone(&state);
        let waiter = std::thread::spawn(move || s2.wait_change(v).version);
        std::thread::sleep(Duration::from_millis(20));
        state.publish(None, Vec::new());
        assert_eq!(waiter.join().unwrap(), v + 1);
        // An outdated version answers at once.
        assert_eq!(state.wait_change(v).version, v + 1);
    }
}
