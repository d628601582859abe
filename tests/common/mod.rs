//! Helpers shared by the integration tests: temporary sites, running the binary, and reading
//! built pages.
#![allow(dead_code)]

pub mod hostile;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The site at `root`, loaded, resolved and ready to render in process (for tests that
/// compare a page's two renderers).
pub fn pages(root: &Path) -> briefing::render::Pages {
    let config = briefing::config::load(root).expect("config");
    let (tera, assets) = briefing::render::templates(root, &config).expect("templates");
    let (content, diags) = briefing::content::load(root);
    assert!(diags.iter().all(|d| !d.is_error()), "{diags:?}");
    let site = briefing::site::resolve(config, content).expect("resolves");
    briefing::render::Pages::new(site, tera, assets)
}

/// A word made of letters only, different for each `n` (numbers are not words to the merge),
/// for generated dossiers whose events must not merge.
pub fn word(mut n: usize) -> String {
    let mut w = String::new();
    loop {
        w.push((b'a' + (n % 26) as u8) as char);
        n /= 26;
        if n == 0 {
            break;
        }
    }
    format!("pro{w}jet")
}

/// The repository root, which is also the example site.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the `briefing` binary; returns exit code, stdout and stderr. Its output is piped, so
/// plain, whatever colour settings the tests inherit.
pub fn run(args: &[&str], cwd: &Path) -> (i32, String, String) {
    run_env(args, cwd, &[])
}

/// [`run`] with environment variables set.
pub fn run_env(args: &[&str], cwd: &Path, env: &[(&str, &str)]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_briefing"))
        .args(args)
        .current_dir(cwd)
        .env_remove("CLICOLOR_FORCE")
        .env_remove("NO_COLOR")
        .envs(env.iter().copied())
        .output()
        .expect("run briefing");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Writes `files` (path → content) under `root`.
pub fn write_files(root: &Path, files: &[(&str, &[u8])]) {
    for (p, c) in files {
        let path = root.join(p);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, c).unwrap();
    }
}

/// A small valid site: one topic, one note citing one article, one raw article with sidecar.
pub fn small_site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write_files(
        dir.path(),
        &[
            ("config.toml", b"title = \"Test dossier\"\nlanguage = \"en\"\n"),
            (
                "content/topics/army.md",
                "+++\ntitle = \"The army\"\nsummary = \"Troops and drills.\"\naliases = [\"troops\"]\n+++\nThe briefing cites [@first].\n".as_bytes(),
            ),
            (
                "content/notes/a-note.md",
                "+++\ntitle = \"A note\"\ndate = \"2022-12-20\"\ntopics = [\"army\"]\n+++\nA claim [@first, p. 2].\n".as_bytes(),
            ),
            (
                "content/articles/first.txt",
                "Troops gather near the border\n\nBy Jane Doe\n\nThe troops gathered near the border on Monday, officials said in a statement.\n".as_bytes(),
            ),
            ("content/articles/first.toml", b"date = \"2022-12-20\"\noutlet = \"Wire\"\n"),
        ],
    );
    dir
}

/// Every file under `dir` with its bytes, for comparing a site before and after.
pub fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| (e.path().strip_prefix(dir).unwrap().to_path_buf(), std::fs::read(e.path()).unwrap()))
        .collect()
}

/// Values of `attr="…"` in `html`, in order.
pub fn attr_values(html: &str, attr: &str) -> Vec<String> {
    // Quoted (`href="x"`) or not (`href=x`: the pages leave out the quotes a value does not
    // need), the value ending at its quote, or at a space or `>`.
    let needle = format!(" {attr}=");
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(&needle) {
        let after = &rest[i + needle.len()..];
        let (value, next) = match after.strip_prefix('"') {
            Some(q) => {
                let end = q.find('"').unwrap_or(q.len());
                (&q[..end], &q[end..])
            }
            None => {
                let end = after.find([' ', '>', '\n']).unwrap_or(after.len());
                (&after[..end], &after[end..])
            }
        };
        out.push(value.replace("&amp;", "&"));
        rest = next;
    }
    out
}

/// Whether `html` has an element whose id is `id`, its value quoted or not.
pub fn has_id(html: &str, id: &str) -> bool {
    html.contains(&format!(" id=\"{id}\""))
        || html.contains(&format!(" id={id}>"))
        || html.contains(&format!(" id={id} "))
}

/// The events of a `chronology.json` (or one of its parts) as objects (`text`, `mentions`,
/// `value` and the fields of `rare` by name), with every `value` written out: a file writes
/// an event as an array, `[text, mentions, value, rare]`, and leaves out its `value` when it
/// is the one of the event before it (README, "Bounded files").
pub fn chronology_events(doc: &serde_json::Value) -> Vec<serde_json::Value> {
    let arrays = doc["events"].as_array().cloned().unwrap_or_default();
    let mut events = Vec::with_capacity(arrays.len());
    for a in arrays {
        let a = a.as_array().unwrap_or_else(|| panic!("an event is an array: {a}"));
        assert!((2..=4).contains(&a.len()), "an event is [text, mentions, value, rare]: {a:?}");
        let mut e = serde_json::Map::new();
        e.insert("text".into(), a[0].clone());
        e.insert("mentions".into(), a[1].clone());
        if let Some(v) = a.get(2).filter(|v| !v.is_null()) {
            e.insert("value".into(), v.clone());
        }
        if let Some(rare) = a.get(3) {
            let rare = rare.as_object().unwrap_or_else(|| panic!("an event's rare fields are an object: {rare}"));
            assert!(!rare.is_empty(), "an empty rare object is left out");
            e.extend(rare.clone());
        }
        events.push(serde_json::Value::Object(e));
    }
    let mut before = serde_json::Value::Null;
    for e in &mut events {
        match e.get("value") {
            Some(v) => before = v.clone(),
            None => {
                assert!(before.is_string(), "the first event of a file has no value: {e}");
                e["value"] = before.clone();
            }
        }
    }
    events
}

/// How many event entries `html` lists: the items of its `ol.events` lists (the built-in
/// fragment gives an entry no class of its own).
pub fn event_entries(html: &str) -> usize {
    html.split("<ol class=\"events")
        .skip(1)
        .map(|list| list[..list.find("</ol>").unwrap_or(list.len())].matches("<li").count())
        .sum()
}
