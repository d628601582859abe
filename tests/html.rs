//! The built pages are valid HTML5, checked offline with the Nu Html Checker (vnu.jar).
//! `.ci/run` installs it (`npm i vnu-jar`); elsewhere, set VNU_JAR or install it the same way.

mod common;

use common::*;
use std::path::PathBuf;
use std::process::Command;

fn vnu_jar() -> Option<PathBuf> {
    std::env::var_os("VNU_JAR")
        .map(PathBuf::from)
        .or_else(|| Some(repo().join("node_modules/vnu-jar/build/dist/vnu.jar")))
        .filter(|p| p.is_file())
}

#[test]
fn every_page_is_valid_html5() {
    let Some(jar) = vnu_jar() else {
        // CI must validate; a developer without the checker is told how to get it.
        assert!(std::env::var_os("CI").is_none(), "vnu.jar missing in CI: .ci/run must install it");
        eprintln!("skipped: no vnu.jar (npm i vnu-jar, or set VNU_JAR)");
        return;
    };
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    let (code, _, err) = run(&["build", "--output", public.to_str().unwrap()], &repo());
    assert_eq!(code, 0, "{err}");
    let small = small_site();
    let (code, _, err) = run(&["build"], small.path());
    assert_eq!(code, 0, "{err}");
    let res = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .args(["--errors-only", "--skip-non-html"])
        .arg(&public)
        .arg(small.path().join("public"))
        .output()
        .expect("java runs");
    let report = String::from_utf8_lossy(&res.stderr);
    assert!(res.status.success() && report.trim().is_empty(), "invalid HTML:\n{report}");
}
