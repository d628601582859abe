//! Full-text search: the index files a build writes, their determinism, and the search page
//! driven in a real browser (headless Chromium through playwright-core,
//! `tests/browser/search.mjs`). `.ci/run` installs what the browser test needs; without it
//! the test fails and says how to install it.

mod common;
use common::{repo, run_env};
use std::path::{Path, PathBuf};
use std::process::Command;

fn build(threads: &str) -> (tempfile::TempDir, PathBuf) {
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    let (code, _, err) =
        run_env(&["build", "--output", public.to_str().unwrap()], &repo(), &[("RAYON_NUM_THREADS", threads)]);
    assert_eq!(code, 0, "{err}");
    (out, public)
}

fn files_under(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file())
        .map(|e| (e.path().strip_prefix(dir).unwrap().display().to_string(), std::fs::read(e.path()).unwrap()))
        .collect();
    out.sort();
    out
}

#[test]
fn the_index_is_sharded_and_byte_identical_whatever_the_threads() {
    let (_a, one) = build("1");
    let (_b, two) = build("2");
    let (x, y) = (files_under(&one.join("search")), files_under(&two.join("search")));
    assert!(x.iter().any(|(p, _)| p.starts_with("t/")) && x.iter().any(|(p, _)| p.starts_with("d/")), "{x:?}");
    assert_eq!(x.len(), y.len());
    for ((p, a), (q, b)) in x.iter().zip(&y) {
        assert_eq!(p, q);
        assert!(a == b, "search/{p} differs between one and two threads");
    }
    // The manifest names every shard that was written, and no file is large for this dossier.
    let manifest: serde_json::Value =
        serde_json::from_slice(&x.iter().find(|(p, _)| p == "manifest.json").unwrap().1).unwrap();
    let terms = manifest["terms"].as_u64().unwrap() as usize;
    let docs = manifest["shards"].as_array().unwrap().len();
    assert_eq!(x.iter().filter(|(p, _)| p.starts_with("t/")).count(), terms);
    assert_eq!(x.iter().filter(|(p, _)| p.starts_with("d/")).count(), docs);
    // Name variants meet on one key: the transliteration of Loukachenko is indexed.
    let all: String =
        x.iter().filter(|(p, _)| p.starts_with("t/")).map(|(_, b)| String::from_utf8_lossy(b).into_owned()).collect();
    assert!(all.contains("\"~lukachenko\""), "no name key for Loukachenko");
    assert!(all.contains("\"#sommet-minsk-2022\""), "no topic key for the topic filter");
}

#[test]
fn the_search_page_finds_text_variants_and_filters_in_a_browser() {
    let node = Command::new("node").arg("--version").output();
    assert!(
        node.is_ok_and(|o| o.status.success()),
        "node is missing: install Node.js 20 (Debian: `apt-get install -y nodejs npm`), as .ci/run expects"
    );
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    assert!(
        Path::new(&chromium).exists(),
        "Chromium is missing at {chromium}: run `apt-get install -y chromium` (as .ci/run does), or set CHROMIUM"
    );
    assert!(
        repo().join("node_modules/playwright-core/package.json").exists(),
        "playwright-core is missing: run `npm install --no-save --no-audit --no-fund playwright-core@1` in the \
         repository (as .ci/run does)"
    );
    let (out, public) = build("2");
    // Screenshots of the results at 1280 and 390 px, kept when SEARCH_SCREENSHOTS names a folder.
    let shots = std::env::var("SEARCH_SCREENSHOTS").unwrap_or_else(|_| out.path().join("shots").display().to_string());
    let res = Command::new("node")
        .arg(repo().join("tests/browser/search.mjs"))
        .arg(&public)
        .arg(&shots)
        .env("CHROMIUM", &chromium)
        .current_dir(repo())
        .output()
        .expect("run node");
    let (stdout, stderr) = (String::from_utf8_lossy(&res.stdout), String::from_utf8_lossy(&res.stderr));
    assert!(res.status.success(), "the browser test failed:\n{stdout}\n{stderr}");
    assert!(stdout.contains("every check passed"), "{stdout}\n{stderr}");
}
