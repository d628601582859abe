//! The command line's contracts (DESIGN.md): `briefing dates` prints one JSON object a line
//! with byte offsets into stdin, the value and its grain; usage errors exit 2; `init` makes a
//! dossier that passes `check --strict` and says how to build it.

mod common;

use common::run;
use std::io::Write;
use std::process::{Command, Stdio};

fn dates(args: &[&str], input: &str) -> (i32, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_briefing"))
        .arg("dates")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn json_lines_with_byte_offsets() {
    let text = "Élu en 1994, réélu entre 2001 et 2020. Ce lundi 19 décembre, un sommet ; le lendemain, des exercices.";
    let (code, out) = dates(&["--lang", "fr", "--ref", "2022-12-20", "--json"], text);
    assert_eq!(code, 0);
    let lines: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let values: Vec<&str> = lines.iter().map(|l| l["value"].as_str().unwrap()).collect();
    assert_eq!(values, ["1994", "2001/2020", "2022-12-19", "2022-12-20"]);
    let grains: Vec<&str> = lines.iter().map(|l| l["grain"].as_str().unwrap()).collect();
    assert_eq!(grains, ["year", "interval", "day", "day"]);
    for l in &lines {
        let (s, e) = (l["start"].as_u64().unwrap() as usize, l["end"].as_u64().unwrap() as usize);
        assert_eq!(&text[s..e], l["text"].as_str().unwrap());
    }
}

#[test]
fn usage_errors() {
    assert_eq!(dates(&["--lang", "de"], "").0, 2);
    assert_eq!(dates(&["--lang", "fr", "--ref", "19/12/2022"], "").0, 2);
}

#[test]
fn a_fresh_dossier_passes_a_strict_check_and_init_says_what_to_run_next() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("dossier");
    let (code, _, err) = run(&["init", root.to_str().unwrap()], dir.path());
    assert_eq!(code, 0, "{err}");
    let (code, _, err2) = run(&["check", "--strict", "--root", root.to_str().unwrap()], dir.path());
    assert_eq!(code, 0, "a fresh dossier passes check --strict: {err2}");
    // The next step init prints is a command that works as printed.
    let next = err.lines().find_map(|l| l.split_once("next: ").map(|(_, c)| c.to_string())).expect("a next step");
    let out = std::process::Command::new("sh").arg("-c").arg(&next).current_dir(dir.path()).output().unwrap();
    assert!(out.status.success(), "{next}: {}", String::from_utf8_lossy(&out.stderr));
    assert!(root.join("public/index.html").is_file(), "{next} builds the site");
}

#[test]
fn a_new_event_without_its_topic_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, _) = run(&["init", "d"], dir.path());
    assert_eq!(code, 0);
    let (code, _, err) = run(&["new", "event", "Drills", "--root", "d"], dir.path());
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--topic"), "{err}");
    // An unknown topic is an error that says so and names the topics there are.
    let (code, _, err) = run(&["new", "event", "Drills", "--topic", "navy", "--root", "d"], dir.path());
    assert_eq!(code, 1, "{err}");
    assert_eq!(err.trim_end(), "error: unknown topic \"navy\": no content/topics/navy.md (topics: army)");
}
