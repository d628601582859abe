//! `briefing serve` driven over HTTP: the real binary on a free port, in a dossier made by
//! `briefing init`; an edit shows in the page, a broken file shows its error (file and line)
//! through the live-reload endpoint while the last good site stays served, a fix clears it.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The server process, killed however the test ends.
struct Server {
    child: Child,
    port: u16,
    log: PathBuf,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    fn start(root: &Path, extra: &[&str]) -> Server {
        let server = Server::spawn(root, extra);
        server.wait_for("the first build to be served", |s| s.get("/").0 == 200);
        server
    }

    /// Starts `briefing serve` on a port the system picks (`--port 0`), read from its
    /// "serving http://127.0.0.1:PORT/" line, so that no other process can take it meanwhile.
    fn spawn(root: &Path, extra: &[&str]) -> Server {
        let log = root.with_extension("serve.log");
        let child = Command::new(env!("CARGO_BIN_EXE_briefing"))
            .args(["serve", "--port", "0", "--root"])
            .arg(root)
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .unwrap();
        let mut server = Server { child, port: 0, log };
        let t = Instant::now();
        while server.port == 0 {
            let text = server.log();
            if let Some(rest) = text.split("serving http://127.0.0.1:").nth(1) {
                server.port = rest.split('/').next().and_then(|p| p.parse().ok()).unwrap_or(0);
            }
            assert!(t.elapsed() < Duration::from_secs(20), "the server did not start:\n{text}");
            std::thread::sleep(Duration::from_millis(20));
        }
        server
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    fn get(&self, target: &str) -> (u16, String) {
        get(self.port, target)
    }

    fn poll(&self, since: Option<u64>) -> serde_json::Value {
        let v = poll(self.port, since);
        assert!(v.is_object(), "no answer from the poll endpoint\n{}", self.log());
        v
    }

    /// Polls every 50 ms until `ok`, failing after a generous timeout (this checks behaviour,
    /// not speed).
    fn wait_for(&self, what: &str, mut ok: impl FnMut(&Server) -> bool) {
        let t = Instant::now();
        while t.elapsed() < Duration::from_secs(20) {
            if ok(self) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("timed out waiting for {what}; server log:\n{}", self.log());
    }
}

/// One GET over a plain socket: status and body (status 0 when the server does not answer).
fn get(port: u16, target: &str) -> (u16, String) {
    let Ok(mut s) = TcpStream::connect(("127.0.0.1", port)) else { return (0, String::new()) };
    s.set_read_timeout(Some(Duration::from_secs(40))).unwrap();
    let req = format!("GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    if s.write_all(req.as_bytes()).is_err() {
        return (0, String::new());
    }
    let mut raw = Vec::new();
    if s.read_to_end(&mut raw).is_err() {
        return (0, String::new());
    }
    let raw = String::from_utf8_lossy(&raw).into_owned();
    let status = raw.split(' ').nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    let body = raw.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default();
    (status, body)
}

/// The live-reload state; with a version, waits until the build differs from it.
fn poll(port: u16, since: Option<u64>) -> serde_json::Value {
    let target = match since {
        Some(v) => format!("/__briefing/poll?v={v}"),
        None => "/__briefing/poll".to_string(),
    };
    let (status, body) = get(port, &target);
    if status != 200 {
        return serde_json::Value::Null;
    }
    serde_json::from_str(&body).unwrap_or(serde_json::Value::Null)
}

const NOTE: &str = "content/notes/reading-the-sources.md";
const PAGE: &str = "/notes/reading-the-sources.html";

fn dossier() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("dossier");
    let (code, _, err) = common::run(&["init", root.to_str().unwrap()], dir.path());
    assert_eq!(code, 0, "{err}");
    (dir, root)
}

#[test]
fn live_reload_errors_and_traversal() {
    let (_dir, root) = dossier();
    let server = Server::start(&root, &[]);

    // Pages carry the live-reload script, tied to the version they were built at.
    let (status, home) = server.get("/");
    assert_eq!(status, 200);
    let state = server.poll(None);
    let v0 = state["version"].as_u64().unwrap();
    assert_eq!(state["errors"].as_array().unwrap().len(), 0);
    assert!(home.contains(&format!("data-briefing-version=\"{v0}\"")), "{home}");
    assert!(home.contains("/__briefing/poll"));

    // A long-poll waiting on this version answers when an edit is built.
    let port = server.port;
    let waiting = std::thread::spawn(move || poll(port, Some(v0))["version"].as_u64());
    std::thread::sleep(Duration::from_millis(200));
    let note = root.join(NOTE);
    let original = std::fs::read_to_string(&note).unwrap();
    assert!(original.contains("An analyst note."));
    std::fs::write(&note, original.replace("An analyst note.", "An analyst note, edited live.")).unwrap();
    server.wait_for("the edit in the page", |s| s.get(PAGE).1.contains("edited live"));
    let v1 = waiting.join().unwrap().unwrap_or(0);
    assert!(v1 > v0, "the long-poll answered without a new build");

    // Break the front matter: the error comes with its file and line, the last good page stays.
    let broken = original.replacen("title = \"Reading the sources\"", "title = \"Reading the sources", 1);
    assert_ne!(broken, original);
    std::fs::write(&note, &broken).unwrap();
    let mut errors = Vec::new();
    server.wait_for("the error to be reported", |s| {
        errors = s.poll(None)["errors"].as_array().unwrap().clone();
        !errors.is_empty()
    });
    let e = &errors[0];
    assert!(e["path"].as_str().unwrap().ends_with("reading-the-sources.md"), "{e}");
    assert_eq!(e["line"].as_u64(), Some(2), "{e}");
    assert!(!e["message"].as_str().unwrap().is_empty());
    // Where the closing quote is missing: the end of the line.
    assert_eq!(e["column"].as_u64(), Some(29), "{e}");
    assert!(e["text"].as_str().unwrap().contains("reading-the-sources.md:2:29: "), "{e}");
    // Below it, as in the terminal: the offending line and a marker under the problem.
    let detail = e["detail"].as_str().unwrap();
    assert!(detail.contains("2 | title = \"Reading the sources") && detail.contains('^'), "{detail}");
    let (status, page) = server.get(PAGE);
    assert_eq!(status, 200);
    assert!(page.contains("edited live"), "the last good build is no longer served");
    assert!(server.log().contains("reading-the-sources.md:2:29: error: "), "{}", server.log());

    // Fix it the way editors save: write a temporary file, rename it over the original.
    let tmp = root.join("content/notes/.reading-the-sources.md.tmp");
    std::fs::write(&tmp, original.replace("An analyst note.", "An analyst note, fixed.")).unwrap();
    std::fs::rename(&tmp, &note).unwrap();
    server.wait_for("the fix in the page", |s| s.get(PAGE).1.contains("An analyst note, fixed."));
    assert_eq!(server.poll(None)["errors"].as_array().unwrap().len(), 0);

    // A new note appears; a deleted one goes.
    let new = root.join("content/notes/second-thoughts.md");
    std::fs::write(&new, "+++\ntitle = \"Second thoughts\"\n+++\nLater.\n").unwrap();
    server.wait_for("the new note", |s| s.get("/notes/second-thoughts.html").0 == 200);
    std::fs::remove_file(&new).unwrap();
    server.wait_for("the note to go", |s| s.get("/notes/second-thoughts.html").0 == 404);

    // templates/ does not exist yet: creating it, then a theme file in it, is seen.
    assert!(!root.join("templates").exists());
    std::fs::create_dir(root.join("templates")).unwrap();
    std::fs::create_dir(root.join("templates/assets")).unwrap();
    std::fs::write(root.join("templates/assets/style.css"), "body { color: rebeccapurple }\n").unwrap();
    server.wait_for("the theme override", |s| s.get("/assets/style.css").1.contains("rebeccapurple"));

    // Nothing outside the site can be read, however the path is spelt.
    for bad in ["/../config.toml", "/%2e%2e/config.toml", "/notes/..%2f..%2fconfig.toml", "/..%5cconfig.toml"] {
        let (status, body) = server.get(bad);
        assert!(status == 400 || status == 404, "{bad}: {status}");
        assert!(!body.contains("title ="), "{bad} leaked a source file");
    }
    for missing in ["/config.toml", "/content/notes/reading-the-sources.md", "/nope.html"] {
        assert_eq!(server.get(missing).0, 404, "{missing}");
    }
    let (status, css) = server.get("/assets/style.css");
    assert_eq!(status, 200);
    assert!(!css.contains("__briefing"), "the script goes into HTML pages only");

    // Served from memory: nothing was written into the dossier.
    assert!(!root.join("public").exists());
}

#[test]
fn output_is_written_without_the_script_and_guarded() {
    let (dir, root) = dossier();
    let out = dir.path().join("site-out");
    let server = Server::start(&root, &["--output", out.to_str().unwrap()]);
    server.wait_for("the site on disk", |_| out.join("index.html").is_file());
    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(!index.contains("__briefing"), "the live-reload script leaked into --output");
    drop(server);

    // The guard of `build --output` applies: never into the sources.
    let refused = Command::new(env!("CARGO_BIN_EXE_briefing"))
        .args(["serve", "--root"])
        .arg(&root)
        .args(["--port", "1", "--output"])
        .arg(root.join("content"))
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("refusing"));
}

#[test]
fn a_dossier_that_never_built_shows_its_errors() {
    let (_dir, root) = dossier();
    std::fs::write(root.join("config.toml"), "title = \"x\"\nnot_a_key = 1\n").unwrap();
    let server = Server::spawn(&root, &[]);
    server.wait_for("the placeholder page", |s| s.get("/").0 == 503);
    let errors = server.poll(None)["errors"].as_array().unwrap().clone();
    assert!(errors.iter().any(|e| e["path"] == "config.toml"), "{errors:?}");
    std::fs::write(root.join("config.toml"), "title = \"x\"\n").unwrap();
    server.wait_for("the site once fixed", |s| s.get("/").0 == 200);
}

#[test]
fn quiet_serving_and_a_template_that_fails_on_one_page() {
    let (_dir, root) = dossier();
    let server = Server::start(&root, &["--quiet"]);
    let page = PAGE;
    assert_eq!(server.get(page).0, 200);

    // Pages render when asked for: a template that fails on notes breaks the note pages only,
    // and says why on them.
    std::fs::create_dir_all(root.join("templates")).unwrap();
    std::fs::write(
        root.join("templates/note.html"),
        "{% extends \"base.html\" %}{% block content %}{{ no_such_value }}{% endblock content %}",
    )
    .unwrap();
    server.wait_for("the failing template", |s| s.get(page).0 == 500);
    let (_, body) = server.get(page);
    assert!(body.contains("templates/note.html") && body.contains("no_such_value"), "{body}");
    assert!(body.contains("/__briefing/"), "the error page reloads itself once fixed");
    assert_eq!(server.get("/index.html").0, 200, "other pages still render");
    std::fs::remove_file(root.join("templates/note.html")).unwrap();
    server.wait_for("the fixed template", |s| s.get(page).0 == 200);

    let log = server.log();
    assert!(log.contains("serving http://"), "{log}");
    assert!(!log.contains("rebuilt in") && !log.contains("changed:"), "--quiet prints no line per rebuild:\n{log}");
}
