//! `briefing check`: what a build checks, what a careful editor would, `--strict` and
//! `--format json`.

mod common;

use common::*;

#[test]
fn check_lists_what_a_careful_editor_would_look_at() {
    let site = small_site();
    write_files(
        site.path(),
        &[
            ("content/topics/empty.md", b"+++\ntitle = \"Empty\"\n+++\n"),
            (
                "content/notes/links.md",
                b"+++\ntitle = \"Links\"\ntopics = [\"army\"]\n\n[[events]]\ndate = \"2022-12-01\"\ntext = \"Something happened.\"\n+++\nSee [the ministry](www.mil.by/en), [this](htp://x.org) and [that](other-note.md), or [fine](https://mil.by). Cited: [@first:1].\n",
            ),
            (
                "content/articles/first.txt",
                b"Troops gather near the border\n\nBy Jane Doe\n\nThe troops gathered near the border on Monday, officials said in a statement.[1]\n\nSources\n1. A statement without a date or an outlet\n",
            ),
        ],
    );
    let (code, _, err) = run(&["check"], site.path());
    assert_eq!(code, 0, "warnings do not fail a check: {err}");
    for expected in [
        "content/topics/empty.md:1: warning: topic without briefing text",
        "content/notes/links.md:9:20: warning: link \"www.mil.by/en\": an address without https://",
        "content/notes/links.md:9:43: warning: link \"htp://x.org\": mistyped scheme",
        "content/notes/links.md:9:67: warning: link \"other-note.md\": a Markdown file is not a page of the site",
        "content/notes/links.md:5: warning: event with no source",
        "content/notes/links.md:9:119: warning: cites \"first:1\", which has no date and no outlet",
        "content/articles/first.toml:1: warning: \"first\": guessed from the text: title, author",
    ] {
        assert!(err.contains(expected), "expected `{expected}` in:\n{err}");
    }
    assert!(!err.contains("link \"https://mil.by\""), "a good link is no warning: {err}");
    // A build says how many there are, without listing them.
    let (code, _, err) = run(&["build"], site.path());
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("more things for an editor to look at"), "{err}");
    assert!(!err.contains("topic without briefing text"), "{err}");

    // --strict fails on warnings; --format json prints them all for tools.
    let (code, _, err) = run(&["check", "--strict"], site.path());
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("(--strict: warnings fail the check)"), "{err}");
    let (code, out, _) = run(&["check", "--format", "json"], site.path());
    assert_eq!(code, 0);
    let all: Vec<serde_json::Value> = serde_json::from_str(&out).expect("a JSON array");
    assert!(all.iter().all(|d| d["severity"] == "warning" && d["path"].is_string() && d["line"].is_u64()));
    assert!(all.iter().any(|d| d["message"].as_str().unwrap().starts_with("topic without briefing text")));
}

#[test]
fn check_json_carries_errors_and_fails() {
    let site = small_site();
    write_files(site.path(), &[("content/notes/bad.md", b"+++\ntitle = \"Bad\"\ntopics = [\"navy\"]\n+++\nText.\n")]);
    let (code, out, _) = run(&["check", "--format", "json"], site.path());
    assert_eq!(code, 1);
    let all: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    let e = all.iter().find(|d| d["severity"] == "error").expect("an error");
    assert_eq!(e["path"], "content/notes/bad.md");
    assert_eq!(e["line"], 3);
    assert!(e["message"].as_str().unwrap().contains("navy"), "{e}");
}

#[test]
fn an_editor_rules_on_a_known_disagreement() {
    let site = small_site();
    write_files(
        site.path(),
        &[
            (
                "content/articles/parade.md",
                b"+++\ntitle = \"Parade\"\ndate = \"2023-03-20\"\noutlet = \"Wire\"\n+++\nOn 12 March 2023, the army held its largest parade in Minsk since independence, with tanks and missile launchers.\n",
            ),
            (
                "content/articles/parade-2.md",
                b"+++\ntitle = \"Parade again\"\ndate = \"2023-03-21\"\noutlet = \"Daily\"\n+++\nOn 17 March 2023, the army held its largest parade in Minsk since independence, with tanks and missile launchers.\n",
            ),
        ],
    );
    let (_, _, err) = run(&["check"], site.path());
    assert!(err.contains("sources disagree on a date"), "{err}");
    // At the paragraph that says it, shown under the warning.
    assert!(err.contains("content/articles/parade.md:6: warning: sources disagree"), "{err}");
    assert!(err.contains("6 | On 12 March 2023, the army held"), "{err}");
    assert!(err.contains("known_disagreement = true"), "the warning says how to rule on it: {err}");

    // The editor has seen it: the disagreement stays on the page, the warning goes.
    let ruling = "+++\ntitle = \"Parades\"\ntopics = [\"army\"]\n\n[[events]]\nat = \"parade-2#p1\"\nknown_disagreement = true\n+++\nTwo dates for one parade.\n";
    write_files(site.path(), &[("content/notes/parades.md", ruling.as_bytes())]);
    let (_, _, err) = run(&["check"], site.path());
    assert!(!err.contains("sources disagree") && !err.contains("known_disagreement"), "{err}");
    let (code, _, err) = run(&["build"], site.path());
    assert_eq!(code, 0, "{err}");
    let chrono: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(site.path().join("public/chronology.json")).unwrap()).unwrap();
    let events = &chronology_events(&chrono);
    let ruled = events.iter().find(|e| e["value"] == "2023-03-17").expect("the 17 March report");
    assert!(ruled["conflicts"].as_array().is_some_and(|c| c.iter().any(|c| c["value"] == "2023-03-12")), "{ruled}");
    assert!(ruled.get("curated").is_none(), "a ruling alone does not make the report an editor's event");

    // Once the sources agree, the ruling is stale and check says so.
    write_files(
        site.path(),
        &[(
            "content/articles/parade-2.md",
            b"+++\ntitle = \"Parade again\"\ndate = \"2023-03-21\"\noutlet = \"Daily\"\n+++\nOn 12 March 2023, the army held its largest parade in Minsk since independence, with tanks and missile launchers.\n",
        )],
    );
    let (_, _, err) = run(&["check"], site.path());
    assert!(err.contains("content/notes/parades.md:7:"), "the stale ruling is pointed at: {err}");
    assert!(err.contains("no source dates this event (2023-03-12) differently"), "{err}");
    assert!(err.contains("help: remove it"), "{err}");
}

#[test]
fn the_example_dossier_passes_a_strict_check() {
    let (code, _, err) = run(&["check", "--strict"], &repo());
    assert_eq!(code, 0, "{err}");
}
