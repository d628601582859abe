//! Bad input: every problem reported as `path:line:column: error: message` with its line and
//! what to do, all at once, exit code 1, and the previously built site left untouched.

mod common;

use common::*;

/// Builds the small site, breaks it with `files`, and checks that `build` and `check` both
/// fail with every `expected` line while `public/` stays as it was.
fn fails_with(files: &[(&str, &[u8])], expected: &[&str]) {
    let site = small_site();
    let (code, _, err) = run(&["build"], site.path());
    assert_eq!(code, 0, "the small site must build: {err}");
    let before = snapshot(&site.path().join("public"));
    write_files(site.path(), files);
    let (code, _, err) = run(&["build"], site.path());
    assert_eq!(code, 1, "build must fail:\n{err}");
    for e in expected {
        assert!(err.contains(e), "expected `{e}` in:\n{err}");
    }
    assert_eq!(before, snapshot(&site.path().join("public")), "public/ changed");
    let (code, _, err2) = run(&["check"], site.path());
    assert_eq!(code, 1, "check must fail:\n{err2}");
    for e in expected {
        assert!(err2.contains(e), "check: expected `{e}` in:\n{err2}");
    }
    // No staging folder is left behind.
    let stray: Vec<_> = std::fs::read_dir(site.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with(".public"))
        .collect();
    assert!(stray.is_empty());
}

#[test]
fn malformed_front_matter() {
    fails_with(
        &[("content/notes/a-note.md", b"+++\ntitle = \"A note\"\ndate = 2022-12-20\ntopics = [\"army\"\n+++\nText.\n")],
        &["content/notes/a-note.md:4:17: error: unclosed array"],
    );
    fails_with(
        &[("content/notes/b.md", b"+++\ntitle = \"B\"\nText without closing.\n")],
        &[
            "content/notes/b.md:1: error: front matter opened with `+++` is never closed\n",
            "= help: add a `+++` line after it",
        ],
    );
}

#[test]
fn unknown_field() {
    fails_with(
        &[("content/notes/a-note.md", b"+++\ntitle = \"A note\"\ntopcis = [\"army\"]\n+++\nText.\n")],
        &["content/notes/a-note.md:3:1: error: unknown field `topcis`"],
    );
    fails_with(
        &[("content/articles/first.toml", b"date = \"2022-12-20\"\noutlett = \"Wire\"\n")],
        &["content/articles/first.toml:2:1: error: unknown field `outlett`"],
    );
}

#[test]
fn bad_date() {
    fails_with(
        &[("content/notes/a-note.md", b"+++\ntitle = \"A note\"\ndate = \"2022-02-30\"\n+++\nText.\n")],
        &["content/notes/a-note.md:3:8: error: bad date \"2022-02-30\""],
    );
    fails_with(
        &[("content/articles/first.toml", b"\ndate = \"20/12/2022\"\n")],
        &["content/articles/first.toml:2:8: error: bad date \"20/12/2022\""],
    );
}

#[test]
fn unknown_topic() {
    fails_with(
        &[("content/notes/a-note.md", b"+++\ntitle = \"A note\"\ntopics = [\"army\",\n  \"armee\"]\n+++\nText.\n")],
        &["content/notes/a-note.md:4:3: error: unknown topic \"armee\"\n", "= help: did you mean \"army\"?"],
    );
}

#[test]
fn unknown_citation_id() {
    fails_with(
        &[("content/notes/a-note.md", b"+++\ntitle = \"A note\"\n+++\nFirst line.\n\nA claim [@frist; @first].\n")],
        &["content/notes/a-note.md:6:11: error: unknown citation id \"frist\"\n", "= help: did you mean \"first\"?"],
    );
}

#[test]
fn same_slug_twice() {
    fails_with(
        &[("content/notes/first.md", b"+++\ntitle = \"Same slug as the article\"\n+++\nText.\n")],
        &["content/notes/first.md:1: error: slug \"first\" is already used by content/articles/first.txt"],
    );
}

#[test]
fn binary_files_are_refused() {
    fails_with(
        &[("content/articles/scan.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")],
        &["content/articles/scan.txt:1: error: a PDF file, not text"],
    );
    fails_with(
        &[("content/articles/blob.txt", b"Troops\0\0\x01\x02\x03 gather")],
        &["content/articles/blob.txt:1: error: binary data, not text (byte 6)"],
    );
}

#[test]
fn empty_article() {
    fails_with(&[("content/articles/empty.txt", b"\n\n  \n")], &["content/articles/empty.txt:1: error: empty article"]);
}

#[test]
fn config_error() {
    fails_with(&[("config.toml", b"title = \"x\"\nlanguage = \"fr\"\nbase_url = 3\n")], &["config.toml:3:12: error: "]);
    fails_with(
        &[("config.toml", b"title = \"x\"\ntheme = \"dark\"\n")],
        &["config.toml:2:1: error: unknown field `theme`"],
    );
}

#[test]
fn every_problem_of_a_build_is_reported_at_once() {
    fails_with(
        &[
            ("content/notes/a-note.md", b"+++\ntitle = \"A note\"\ntopics = [\"navy\"]\n+++\nA claim [@nobody].\n"),
            ("content/notes/other.md", b"+++\ntitle = \"Other\"\ndate = \"yesterday\"\n+++\n"),
            ("content/articles/empty.txt", b"\n"),
        ],
        &[
            "content/articles/empty.txt:1: error: empty article",
            "content/notes/a-note.md:3:11: error: unknown topic \"navy\"",
            "content/notes/a-note.md:5:11: error: unknown citation id \"nobody\"",
            "content/notes/other.md:3:8: error: bad date \"yesterday\"",
        ],
    );
}

#[test]
fn output_folder_that_would_destroy_sources_is_refused() {
    let site = small_site();
    let (code, _, err) = run(&["build", "--output", "content"], site.path());
    assert_eq!(code, 1, "{err}");
    assert!(site.path().join("content/topics/army.md").is_file());
    let (code, _, _) = run(&["build", "--output", "."], site.path());
    assert_eq!(code, 1);
    assert!(site.path().join("config.toml").is_file());
}

#[test]
fn usage_errors_exit_2() {
    let site = small_site();
    let (code, _, _) = run(&["build", "--no-such-flag"], site.path());
    assert_eq!(code, 2);
}

#[test]
fn source_entries_are_checked() {
    fails_with(
        &[(
            "content/articles/second.md",
            b"+++\ntitle = \"Second\"\n\n[[sources]]\nid = 1\nurl = \"javascript:alert(1)\"\n\n[[sources]]\nid = \"2]: x\"\n+++\nText[^1].\n",
        )],
        &[
            "content/articles/second.md:4: error: source url \"javascript:alert(1)\" must start with http:// or https://",
            "content/articles/second.md:8: error: source id",
        ],
    );
}

#[test]
fn two_topics_with_one_slug() {
    fails_with(
        &[("content/topics/more/army.md", b"+++\ntitle = \"Other army\"\n+++\nText.\n")],
        &["topic slug \"army\" is already used by"],
    );
}

#[test]
fn an_output_folder_that_is_not_a_site_is_never_replaced() {
    let site = small_site();
    write_files(site.path(), &[("keep/notes.txt", b"mine"), ("file.txt", b"x")]);
    for out in ["keep", "file.txt", "nothere/../.", "nothere/../content", "../"] {
        let (code, _, err) = run(&["build", "--output", out], site.path());
        assert_eq!(code, 1, "--output {out}: {err}");
        assert!(err.contains("refusing to build into this folder"), "{err}");
    }
    assert_eq!(std::fs::read(site.path().join("keep/notes.txt")).unwrap(), b"mine");
    assert!(site.path().join("content/topics/army.md").is_file() && site.path().join("config.toml").is_file());
    // An empty folder, or one briefing built, is fine.
    std::fs::create_dir_all(site.path().join("empty")).unwrap();
    assert_eq!(run(&["build", "--output", "empty"], site.path()).0, 0);
    assert_eq!(run(&["build", "--output", "empty"], site.path()).0, 0);
}

#[test]
fn footnote_marker_without_definition() {
    fails_with(
        &[(
            "content/notes/a-note.md",
            b"+++\ntitle = \"A note\"\n+++\nA claim.[^1]\n\nAnother claim.[^2] And `[^3]` in code.\n\n[^1]: Defined.\n",
        )],
        &["content/notes/a-note.md:6:15: error: footnote marker [^2] has no definition"],
    );
    fails_with(
        &[("content/articles/second.md", b"+++\ntitle = \"Second\"\n+++\n\nTroops said so.[^src]\n")],
        &[
            "content/articles/second.md:5:16: error: footnote marker [^src] has no definition\n",
            "= help: add `[^src]: …` below the text, or a source with id = \"src\"",
        ],
    );
}

/// The small site with a note naming a topic misspelt (accent and all) next to a good one,
/// and a topic the suggestion can come from.
fn misspelt_topic_site() -> tempfile::TempDir {
    let site = small_site();
    write_files(
        site.path(),
        &[
            ("content/topics/bielorussie-armee.md", b"+++\ntitle = \"L'armee\"\n+++\nText.\n"),
            (
                "content/notes/a-note.md",
                "+++\ntitle = \"A note\"\ndate = \"2022-12-20\"\ntopics = [\"army\", \"biélorussie-armee\"]\n+++\nA claim [@first].\n"
                    .as_bytes(),
            ),
        ],
    );
    site
}

#[test]
fn a_piped_report_points_at_the_problem_and_says_what_to_do() {
    let site = misspelt_topic_site();
    let (code, _, err) = run(&["build"], site.path());
    assert_eq!(code, 1, "{err}");
    assert!(!err.contains('\x1b'), "piped output is plain: {err:?}");
    let lines: Vec<&str> = err.lines().collect();
    // The first line is what editors jump to; the column counts characters.
    let at = lines
        .iter()
        .position(|l| *l == "content/notes/a-note.md:4:19: error: unknown topic \"biélorussie-armee\"")
        .unwrap_or_else(|| panic!("no header line in:\n{err}"));
    let source = lines[at + 2];
    assert_eq!(source, "4 | topics = [\"army\", \"biélorussie-armee\"]", "{err}");
    // The marker sits under the quoted name, and spans it exactly.
    let marker = lines[at + 3];
    let col = |l: &str, pat: &str| l.find(pat).map(|b| l[..b].chars().count());
    assert_eq!(col(marker, "^"), col(source, "\"biélorussie-armee\""), "{err}");
    assert_eq!(marker.matches('^').count(), "\"biélorussie-armee\"".chars().count(), "{err}");
    assert!(lines[at + 4..].iter().take(3).any(|l| l.trim() == "= help: did you mean \"bielorussie-armee\"?"), "{err}");

    // check says the same, and its JSON carries the column.
    let (_, _, err2) = run(&["check"], site.path());
    assert!(err2.contains("content/notes/a-note.md:4:19: error: unknown topic"), "{err2}");
    let (_, out, _) = run(&["check", "--format", "json"], site.path());
    let all: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    let e = all.iter().find(|d| d["severity"] == "error").expect("an error");
    assert_eq!((e["line"].as_u64(), e["column"].as_u64()), (Some(4), Some(19)), "{e}");
    assert_eq!(e["message"], "unknown topic \"biélorussie-armee\"");
    assert_eq!(e["help"], "did you mean \"bielorussie-armee\"?");
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let site = misspelt_topic_site();
    let (_, _, err) = run_env(&["build"], site.path(), &[("CLICOLOR_FORCE", "1")]);
    assert!(err.contains("\x1b["), "CLICOLOR_FORCE=1 colours: {err:?}");
    assert!(err.contains("unknown topic"), "{err:?}");
    let (_, _, err) = run_env(&["build"], site.path(), &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]);
    assert!(!err.contains('\x1b'), "NO_COLOR wins: {err:?}");
    let (_, _, err) = run_env(&["build"], site.path(), &[("CLICOLOR_FORCE", "0")]);
    assert!(!err.contains('\x1b'), "CLICOLOR_FORCE=0 does not force: {err:?}");
}

#[test]
fn quiet_prints_only_errors() {
    let site = small_site();
    // The small site has warnings (no base_url) and advice: quiet hides them and the summary.
    let (code, _, loud) = run(&["build"], site.path());
    assert_eq!(code, 0, "{loud}");
    assert!(loud.contains("warning: no base_url") && loud.contains("built "), "{loud}");
    for args in [&["-q", "build"][..], &["build", "--quiet"], &["check", "-q"]] {
        let (code, out, err) = run(args, site.path());
        assert_eq!((code, err.as_str(), out.as_str()), (0, "", ""), "{args:?}");
    }
    // A broken dossier: its error, with its snippet, and nothing else.
    write_files(
        site.path(),
        &[("content/notes/a-note.md", b"+++\ntitle = \"A note\"\ntopics = [\"navy\"]\n+++\nText.\n")],
    );
    for args in [&["-q", "build"][..], &["check", "--quiet"]] {
        let (code, _, err) = run(args, site.path());
        assert_eq!(code, 1, "{args:?}: {err}");
        assert!(err.starts_with("content/notes/a-note.md:3:11: error: unknown topic \"navy\"\n"), "{args:?}: {err}");
        assert!(err.contains("3 | topics = [\"navy\"]"), "{err}");
        assert!(!err.contains("warning") && !err.contains("build failed") && !err.contains("1 error"), "{err}");
    }
}

#[test]
fn verbose_shows_timings_and_lists_what_to_look_at() {
    let site = small_site();
    let (code, _, err) = run(&["build"], site.path());
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("timings:"), "{err}");
    assert!(err.contains("for an editor to look at") && !err.contains("guessed from the text"), "{err}");
    let (code, _, err) = run(&["build", "--verbose"], site.path());
    assert_eq!(code, 0, "{err}");
    let timings = err.lines().find(|l| l.starts_with("timings: load ")).unwrap_or_else(|| panic!("{err}"));
    for stage in ["resolve ", "render ", "write "] {
        assert!(timings.contains(stage), "{timings}");
    }
    // The advice is listed, not counted.
    assert!(err.contains("warning: \"first\": guessed from the text: title, author"), "{err}");
    assert!(!err.contains("for an editor to look at"), "{err}");
    let (code, _, err) = run(&["-v", "check"], site.path());
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("timings: load "), "{err}");
    // Both at once make no sense.
    assert_eq!(run(&["-q", "-v", "build"], site.path()).0, 2);
}

#[test]
fn a_template_that_fails_while_pages_are_written() {
    // Pages are written as they render: a template failing on some page mid-build still
    // leaves the previous site as it was.
    fails_with(
        &[(
            "templates/note.html",
            b"{% extends \"base.html\" %}{% block content %}{{ no_such_value }}{% endblock content %}",
        )],
        &["templates/note.html", "no_such_value"],
    );
}
