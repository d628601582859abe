//! Untrusted text never becomes markup: a dossier with payloads in every field (see
//! `common/hostile.rs`) is built for real, and every file it writes is read back: pages
//! parsed as a browser parses them, feeds as Atom, JSON and the search script as JSON, and
//! what an export carries as HTML (TimelineJS's `headline` and `text`) as HTML.

mod common;

use common::hostile::{html_problems, write_site};
use common::*;
use std::path::Path;

fn build(root: &Path) -> std::path::PathBuf {
    let (code, _, err) = run(&["build"], root);
    assert_eq!(code, 0, "the hostile site must build (payloads are text, not errors):\n{err}");
    root.join("public")
}

fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    snapshot(dir).into_iter().map(|(p, b)| (p.to_string_lossy().replace('\\', "/"), b)).collect()
}

/// Markup in an XML feed can only start with `<`: escaped payloads are `&lt;…`.
fn xml_problems(xml: &str) -> Vec<String> {
    [
        "<script",
        "<svg",
        "<img",
        "<iframe",
        "<style",
        "<object",
        "<embed",
        "<a ",
        "<b ",
        "<form",
        "<meta",
        "<link rel=stylesheet",
    ]
    .iter()
    .filter(|t| xml.to_ascii_lowercase().contains(*t))
    .map(|t| format!("{t} in XML"))
    .collect()
}

#[test]
fn no_payload_comes_out_as_markup_in_any_file() {
    let site = tempfile::tempdir().unwrap();
    write_site(site.path());
    let public = build(site.path());
    let mut problems = Vec::new();
    let (mut pages, mut feeds) = (0, 0);
    for (path, bytes) in files(&public) {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let mut found = |what: Vec<String>| problems.extend(what.into_iter().map(|w| format!("{path}: {w}")));
        if path.ends_with(".html") {
            pages += 1;
            found(html_problems(&text, false));
        } else if path.ends_with(".xml") {
            found(xml_problems(&text));
            if path != "sitemap.xml" {
                atom_syndication::Feed::read_from(&bytes[..]).unwrap_or_else(|e| panic!("{path} is not Atom: {e}"));
                feeds += 1;
            }
        } else if path.ends_with(".json") {
            let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap_or_else(|e| panic!("{path}: {e}"));
            if path == "timeline.json" {
                // TimelineJS inserts both fields as HTML.
                let events = v["events"].as_array().expect("timeline events");
                assert!(events.len() >= 3, "the hostile events are in timeline.json");
                for e in events.iter().chain([&v["title"]]) {
                    for f in ["headline", "text"] {
                        let html = e["text"][f].as_str().unwrap_or_default();
                        found(html_problems(html, true));
                    }
                }
            }
        } else if path == "search-index.js" {
            let json = text
                .strip_prefix("window.BRIEFING_SEARCH = ")
                .and_then(|t| t.trim_end().strip_suffix(';'))
                .expect("search-index.js is one assignment");
            serde_json::from_str::<serde_json::Value>(json).expect("search-index.js holds JSON, nothing else");
        }
    }
    assert!(pages >= 9, "only {pages} pages built");
    assert!(feeds >= 2, "the site feed and the topic's feed: {feeds}");
    assert!(problems.is_empty(), "payloads came out as markup:\n{}", problems.join("\n"));

    // Not vacuous: the payloads are in the pages, as text a reader can see.
    let topic = std::fs::read_to_string(public.join("topics/hostile.html")).unwrap();
    let doc = dom_query::Document::from(topic.as_str());
    assert!(doc.select("h1").text().contains("<script>alert('xss-script')</script>"), "{}", doc.select("h1").text());
    let note = std::fs::read_to_string(public.join("notes/hostile-note.html")).unwrap();
    assert!(note.contains("xss-note-img") || note.contains("A note"), "the note rendered");
    for page in ["articles/hostile-md.html", "articles/hostile-txt.html", "articles/hostile-page.html"] {
        let html = std::fs::read_to_string(public.join(page)).unwrap_or_else(|e| panic!("{page}: {e}"));
        assert!(html.contains("troops") || html.contains("drills"), "{page} has its text");
    }
    // The hostile actor has its page, its name as text, and is linked from the articles.
    let actor = std::fs::read_to_string(public.join("actors/hostile-actor.html")).unwrap();
    let doc = dom_query::Document::from(actor.as_str());
    assert!(doc.select("h1").text().contains("<svg onload=\"alert('xss-svg')\">"), "{}", doc.select("h1").text());
    assert!(doc.select(".alias").text().contains("xss alias <iframe"), "{}", doc.select(".alias").text());
    let md = std::fs::read_to_string(public.join("articles/hostile-md.html")).unwrap();
    assert!(md.contains("<a class=\"actor\" href=\"../actors/hostile-actor.html\">troops</a>"), "{md}");

    // And the checks do see a payload that gets through: a site that trusts its editors'
    // HTML copies the note's script, which the same checks find.
    let config = std::fs::read_to_string(site.path().join("config.toml")).unwrap();
    write_files(site.path(), &[("config.toml", format!("{config}trust_editor_html = true\n").as_bytes())]);
    let public = build(site.path());
    let note = std::fs::read_to_string(public.join("notes/hostile-note.html")).unwrap();
    let found = html_problems(&note, false).join("\n");
    for expected in ["inline <script>", "onerror", "<iframe>", "javascript:"] {
        assert!(found.contains(expected), "the checks miss {expected} in a trusted note:\n{found}");
    }
}

#[test]
fn a_javascript_url_in_front_matter_is_an_error_with_its_place() {
    let site = small_site();
    write_files(
        site.path(),
        &[(
            "content/articles/bad.md",
            b"+++\ntitle = \"Bad\"\ndate = \"2022-12-20\"\nurl = \"javascript:alert(1)\"\n+++\nText of the bad article, long enough to be one.\n",
        )],
    );
    let (code, _, err) = run(&["build"], site.path());
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("content/articles/bad.md:4:"), "{err}");
    assert!(err.contains("must start with http:// or https://"), "{err}");
}

#[test]
fn editors_raw_html_is_cleaned_unless_the_site_trusts_them() {
    let site = small_site();
    let note = "+++\ntitle = \"Raw\"\ndate = \"2022-12-20\"\ntopics = [\"army\"]\n+++\nA claim [@first].\n\n\
<p class=\"kept\" style=\"color:red\">Styled <script>alert(1)</script><abbr title=\"x\">OTAN</abbr></p>\n";
    write_files(site.path(), &[("content/notes/raw.md", note.as_bytes())]);
    let public = build(site.path());
    let html = std::fs::read_to_string(public.join("notes/raw.html")).unwrap();
    assert!(html.contains("<p class=\"kept\">Styled <abbr title=\"x\">OTAN</abbr></p>"), "{html}");
    assert!(!html.contains("style=\"color:red\"") && !html.contains("alert(1)"), "{html}");
    assert!(html.contains("class=\"cite\"") || html.contains("href=\"#note-1\""), "citations still render: {html}");

    let config = std::fs::read_to_string(site.path().join("config.toml")).unwrap();
    write_files(site.path(), &[("config.toml", format!("{config}trust_editor_html = true\n").as_bytes())]);
    let public = build(site.path());
    let html = std::fs::read_to_string(public.join("notes/raw.html")).unwrap();
    assert!(html.contains("style=\"color:red\"") && html.contains("<script>alert(1)</script>"), "{html}");
}
