//! The site in a real browser: `tests/browser/reader.mjs` drives Debian's Chromium through
//! playwright-core over the example site and the hostile one (links and anchors, axe-core at
//! WCAG 2.2 AA, screenshots of each page type into `target/screenshots/`, no dialog from any
//! payload). Missing tools fail this test, saying how to install them: it never skips.

mod common;

use common::*;
use std::path::{Path, PathBuf};
use std::process::Command;

const INSTALL: &str = "install them with `.ci/run`, or by hand: `apt-get install -y chromium nodejs npm` and, \
in the repository root, `npm install --no-save --no-audit --no-fund playwright-core@1 axe-core@4`";

fn chromium() -> PathBuf {
    let path = std::env::var_os("CHROMIUM").map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from);
    assert!(path.is_file(), "Chromium not found at {} (set CHROMIUM to another): {INSTALL}", path.display());
    path
}

fn node_with_packages() {
    let out = Command::new("node")
        .args(["-e", "require.resolve('playwright-core'); require.resolve('axe-core/axe.min.js')"])
        .current_dir(repo())
        .output()
        .unwrap_or_else(|e| panic!("cannot run node ({e}): {INSTALL}"));
    assert!(
        out.status.success(),
        "node cannot load playwright-core and axe-core from {}:\n{}\n{INSTALL}",
        repo().display(),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn build(root: &Path, out: &Path) {
    let (code, _, err) = run(&["build", "--output", out.to_str().unwrap()], root);
    assert_eq!(code, 0, "build of {} failed:\n{err}", root.display());
}

#[test]
fn the_site_in_chromium_links_accessibility_screenshots_and_no_dialog() {
    let chromium = chromium();
    node_with_packages();
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    build(&repo(), &site);
    let hostile_root = tmp.path().join("hostile");
    common::hostile::write_site(&hostile_root);
    let hostile = hostile_root.join("public");
    build(&hostile_root, &hostile);
    let shots = repo().join("target/screenshots");
    let out = Command::new("node")
        .arg(repo().join("tests/browser/reader.mjs"))
        .args(["--site".as_ref(), site.as_os_str(), "--hostile".as_ref(), hostile.as_os_str()])
        .args(["--screenshots".as_ref(), shots.as_os_str()])
        .env("CHROMIUM", &chromium)
        .current_dir(repo())
        .output()
        .expect("run node");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    println!("{stdout}");
    assert!(out.status.success(), "browser checks failed:\n{stdout}\n{stderr}");
    assert!(stdout.contains("all browser checks passed"), "{stdout}");
    for kind in ["home", "topic", "article", "404"] {
        for w in [1280, 390] {
            let shot = shots.join(format!("{kind}-{w}.png"));
            assert!(shot.is_file(), "no screenshot {}", shot.display());
        }
    }
}
