//! Articles as editors get them: legacy encodings, saved web pages, `briefing import`, and
//! `check` listing what is still guessed.

mod common;

use common::*;

fn latin1(s: &str) -> Vec<u8> {
    s.chars().map(|c| u8::try_from(c as u32).expect("Latin-1 text")).collect()
}

fn utf16le_with_bom(s: &str) -> Vec<u8> {
    let mut b = vec![0xff, 0xfe];
    b.extend(s.encode_utf16().flat_map(u16::to_le_bytes));
    b
}

const PAGE: &str = r#"<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Belarus holds snap drills near the border | The Ledger</title>
<meta property="og:site_name" content="The Ledger">
<link rel="canonical" href="https://ledger.example/belarus-drills">
<meta property="article:published_time" content="2022-12-13T09:00:00+01:00">
<script>document.write("<p>injected</p>")</script></head>
<body><nav><a href="/">Home</a></nav><article><h1>Belarus holds snap drills near the border</h1>
<p class="byline">By Jane Roe</p>
<p>Belarus began a snap check of its troops' combat readiness on Tuesday, the defence ministry said, moving units and equipment to training grounds near the border with Ukraine.</p>
<p>Officials in Kyiv said they were watching the drills closely but saw no sign that an attack was being prepared from the north, where Russian troops are also stationed.</p>
<p>Analysts said the drills were mostly a signal to Kyiv and to Moscow, as the two presidents are due to meet in Minsk next week for talks on defence and energy.</p>
</article><aside class="related"><p>Another story you may like to read today</p></aside></body></html>"#;

#[test]
fn legacy_encodings_and_saved_pages_build_with_a_warning() {
    let site = small_site();
    write_files(
        site.path(),
        &[
            ("content/notes/latin1.md", &latin1("+++\ntitle = \"Café à Minsk\"\n+++\nUne note écrite en Latin-1, où les accents comptent.\n")),
            (
                "content/articles/notepad.txt",
                &utf16le_with_bom("Troops leave the border\r\n\r\nBy John Doe\r\n\r\nThe troops left the border area on Friday, officials said in a statement on the radio.\r\n"),
            ),
            ("content/articles/drills.html", PAGE.as_bytes()),
        ],
    );
    let (code, _, err) = run(&["build"], site.path());
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("content/notes/latin1.md:1: warning: read as windows-1252 (guessed)"), "{err}");
    assert!(err.contains("content/articles/notepad.txt:1: warning: read as UTF-16LE (declared)"), "{err}");
    let note = std::fs::read_to_string(site.path().join("public/notes/latin1.html")).unwrap();
    assert!(note.contains("Café à Minsk") && note.contains("où les accents comptent"), "{note}");
    let page = std::fs::read_to_string(site.path().join("public/articles/drills.html")).unwrap();
    assert!(page.contains("Belarus holds snap drills near the border"));
    assert!(page.contains("Jane Roe") && page.contains("The Ledger"), "{page}");
    assert!(page.contains("https://ledger.example/belarus-drills"));
    assert!(page.contains("Analysts said the drills were mostly a signal"));
    for junk in ["injected", "Another story you may like"] {
        assert!(!page.contains(junk), "{junk} in the page");
    }
    // A saved page's metadata is declared, so only what was read from its text is guessed.
    let (_, _, err) = run(&["check"], site.path());
    assert!(
        err.contains("content/articles/notepad.txt:1: warning: \"notepad\": guessed from the text: title, author"),
        "{err}"
    );
    assert!(err.contains("set them in a sidecar (content/articles/notepad.toml)"), "{err}");
}

#[test]
fn import_writes_markdown_that_builds_and_check_lists_its_guesses() {
    let site = small_site();
    let raw = site.path().join("inbox");
    write_files(
        &raw,
        &[
            ("drills.html", PAGE.as_bytes()),
            (
                "wire.txt",
                "Troops mass near the Polish border\n\nBy Anna Smith\nPublished December 15, 2022\n\nThousands of troops gathered near the Polish border on Wednesday, officials said, as drills began.\n\nThe exercises will last a week, according to the ministry, which gave no figure.\n".as_bytes(),
            ),
        ],
    );
    let (code, out, err) = run(&["import", "inbox/drills.html", "inbox/wire.txt"], site.path());
    assert_eq!(code, 0, "{err}");
    let written: Vec<&str> = out.lines().collect();
    assert_eq!(written.len(), 2, "{out}");
    let wire =
        std::fs::read_to_string(site.path().join("content/articles/troops-mass-near-the-polish-border.md")).unwrap();
    assert!(
        wire.starts_with(
            "+++\ntitle = \"Troops mass near the Polish border\"\nauthor = \"Anna Smith\"\ndate = \"2022-12-15\"\n"
        ),
        "{wire}"
    );
    assert!(wire.contains("topics = [\"army\"]"), "the topic's alias `troops` is found: {wire}");
    assert!(wire.contains("guessed = [\"title\", \"author\", \"date\", \"language\"]"), "{wire}");
    assert!(wire.contains("Thousands of troops gathered near the Polish border on Wednesday"));

    // Never overwrite without --force.
    let (code, _, err) = run(&["import", "inbox/wire.txt"], site.path());
    assert_eq!(code, 1);
    assert!(err.contains("inbox/wire.txt:1: error: content/articles/"), "{err}");
    assert!(err.contains(".md exists\n = help: use --force to overwrite it"), "{err}");
    let (code, _, err) = run(&["import", "--force", "inbox/wire.txt"], site.path());
    assert_eq!(code, 0, "{err}");
    // --stdout writes nothing.
    let (code, out, _) = run(&["import", "--stdout", "inbox/drills.html"], site.path());
    assert_eq!(code, 0);
    assert!(out.starts_with("+++\ntitle = \"Belarus holds snap drills near the border\"\n"), "{out}");
    assert!(out.contains("url = \"https://ledger.example/belarus-drills\""), "{out}");

    let (code, _, err) = run(&["build"], site.path());
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("for an editor to look at (guessed metadata, thin citations, …): `briefing check` lists them"),
        "{err}"
    );
    let (code, _, err) = run(&["check"], site.path());
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("content/articles/troops-mass-near-the-polish-border.md:11: warning: \"troops-mass-near-the-polish-border\": guessed from the text: title, author, date, language\n"),
        "{err}"
    );
    assert!(err.contains("11 | guessed = [\"title\", \"author\", \"date\", \"language\"]\n"), "{err}");
    assert!(err.contains("= help: check them, then remove them from `guessed`"), "{err}");
    // Drills on Monday, Tuesday and Wednesday are a series, not one event dated three ways.
    assert!(!err.contains("sources disagree"), "{err}");
    // Confirming the fields silences the warning.
    let path = site.path().join("content/articles/troops-mass-near-the-polish-border.md");
    let confirmed = std::fs::read_to_string(&path)
        .unwrap()
        .replace("guessed = [\"title\", \"author\", \"date\", \"language\"]\n", "");
    std::fs::write(&path, confirmed).unwrap();
    let (_, _, err) = run(&["check"], site.path());
    assert!(!err.contains("troops-mass-near-the-polish-border\": guessed"), "{err}");
}

#[test]
fn import_reports_files_it_cannot_read() {
    let site = small_site();
    write_files(site.path(), &[("inbox/scan.pdf", b"%PDF-1.4\n..."), ("inbox/empty.txt", b"\n\n")]);
    let (code, _, err) =
        run(&["import", "--stdout", "inbox/scan.pdf", "inbox/empty.txt", "inbox/missing.txt"], site.path());
    assert_eq!(code, 1);
    assert!(err.contains("inbox/scan.pdf:1: error: a PDF file, not text"), "{err}");
    assert!(err.contains("inbox/empty.txt:1: error: no article text found"), "{err}");
    assert!(err.contains("inbox/missing.txt:1: error: cannot read"), "{err}");
    assert!(err.contains("3 files not imported"), "{err}");
}

#[test]
fn import_honours_the_sidecar_beside_a_raw_text() {
    let site = small_site();
    write_files(
        site.path(),
        &[
            (
                "inbox/wire.txt",
                b"Troops leave the border\n\nThe troops left the border area on Friday, officials said in a statement on the radio.\n",
            ),
            (
                "inbox/wire.toml",
                b"slug = \"troops-leave\"\ntitle = \"Belarus troops leave the border\"\ndate = \"2022-12-16\"\noutlet = \"The Ledger\"\nauthor = \"Jane Roe\"\ntopics = [\"belarus-army\"]\n",
            ),
        ],
    );
    let (code, out, err) = run(&["import", "--stdout", "inbox/wire.txt"], site.path());
    assert_eq!(code, 0, "{err}");
    for line in [
        "title = \"Belarus troops leave the border\"",
        "date = \"2022-12-16\"",
        "outlet = \"The Ledger\"",
        "author = \"Jane Roe\"",
        "topics = [\"belarus-army\"]",
    ] {
        assert!(out.contains(line), "{line} missing:\n{out}");
    }
    // What the editor wrote is not left to confirm.
    assert!(!out.contains("guessed = [\"title\"") && !out.contains("\"date\", "), "{out}");
    let (code, _, err) = run(&["import", "inbox/wire.txt"], site.path());
    assert_eq!(code, 0, "{err}");
    assert!(site.path().join("content/articles/troops-leave.md").exists(), "{err}");
}

#[test]
fn a_broken_sidecar_is_reported_at_its_line() {
    let site = small_site();
    write_files(
        site.path(),
        &[
            (
                "inbox/wire.txt",
                b"Troops leave\n\nThe troops left the border area on Friday, officials said on the radio.\n",
            ),
            ("inbox/wire.toml", b"title = \"x\"\ndate = 12 nope\n"),
        ],
    );
    let (code, _, err) = run(&["import", "--stdout", "inbox/wire.txt"], site.path());
    assert_ne!(code, 0);
    assert!(err.contains("inbox/wire.toml:2"), "{err}");
}

#[test]
fn a_sidecar_slug_never_names_a_file_outside_the_articles() {
    let site = small_site();
    write_files(
        site.path(),
        &[
            (
                "inbox/wire.txt",
                b"Troops leave\n\nThe troops left the border area on Friday, officials said on the radio.\n",
            ),
            ("inbox/wire.toml", b"title = \"x\"\nslug = \"../../escaped\"\n"),
        ],
    );
    let (code, _, err) = run(&["import", "inbox/wire.txt"], site.path());
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("inbox/wire.toml:2:8: error: slug \"../../escaped\" must be"), "{err}");
    assert!(!site.path().join("escaped.md").exists() && !site.path().join("content/escaped.md").exists());
    let parent = site.path().parent().unwrap();
    assert!(!parent.join("escaped.md").exists());
}
