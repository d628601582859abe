//! The built pages are valid HTML5, checked offline with the Nu Html Checker (vnu.jar).
//! `.ci/run` installs it (`npm i vnu-jar`); elsewhere, set VNU_JAR or install it the same way.
//! Without it the test fails: a validity test that passes unchecked says nothing.

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
    let jar = vnu_jar().unwrap_or_else(|| {
        panic!(
            "the Nu Html Checker is missing: run `npm install --no-save --no-audit --no-fund --ignore-scripts vnu-jar@26` \
             in the repository (as .ci/run does), or set VNU_JAR to a vnu.jar"
        )
    });
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

/// The example site, built once into a temporary folder.
fn example() -> (tempfile::TempDir, PathBuf) {
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    let (code, _, err) = run(&["build", "--output", public.to_str().unwrap()], &repo());
    assert_eq!(code, 0, "{err}");
    (out, public)
}

#[test]
fn rendered_pages_match_their_snapshots() {
    // A change to a template or a context shows here as a diff to review (`cargo insta
    // review`), page by page, rather than passing unseen.
    let small = small_site();
    let (code, _, err) = run(&["build"], small.path());
    assert_eq!(code, 0, "{err}");
    let public = small.path().join("public");
    for page in ["index.html", "topics/army.html", "notes/a-note.html", "articles/first.html", "feed.xml"] {
        let text = std::fs::read_to_string(public.join(page)).unwrap();
        insta::assert_snapshot!(format!("small-{}", page.replace('/', "-")), text);
    }
    let (_out, public) = example();
    for page in ["topics/sommet-minsk-2022.html", "notes/fiabilite-des-sources.html", "actors/loukachenko.html"] {
        let text = std::fs::read_to_string(public.join(page)).unwrap();
        insta::assert_snapshot!(format!("example-{}", page.replace('/', "-")), text);
    }
}

#[test]
fn the_feed_is_atom_that_links_to_built_pages() {
    let (_out, public) = example();
    let xml = std::fs::read(public.join("feed.xml")).unwrap();
    let feed = atom_syndication::Feed::read_from(&xml[..]).expect("feed.xml parses as Atom");
    let config = std::fs::read_to_string(repo().join("config.toml")).unwrap();
    let base = config
        .lines()
        .find_map(|l| l.strip_prefix("base_url = \"").and_then(|r| r.strip_suffix('"')))
        .expect("the example has a base_url");
    assert!(feed.title().as_str().starts_with("La Biélorussie"), "{}", feed.title().as_str());
    assert!(!feed.entries().is_empty() && feed.entries().len() <= 50);
    let mut last = None;
    for e in feed.entries() {
        let href = e.links().first().expect("an entry links to its page").href();
        let page = href.strip_prefix(base).unwrap_or_else(|| panic!("{href} is not under {base}"));
        assert!(public.join(page).is_file(), "{href}: no such page");
        assert_eq!(e.id(), href);
        // Newest first.
        let updated = *e.updated();
        assert!(last.is_none_or(|l| updated <= l), "entries out of order at {href}");
        last = Some(updated);
    }
    assert_eq!(Some(*feed.updated()), feed.entries().iter().map(|e| *e.updated()).max());
}

#[test]
fn a_site_overrides_the_event_fragment_and_adds_its_own_partials_strings_and_assets() {
    let site = small_site();
    write_files(
        site.path(),
        &[
            (
                "config.toml",
                b"title = \"Test dossier\"\nlanguage = \"en\"\n[translations]\nhome = \"Front page\"\nmy_label = \"Mine\"\n",
            ),
            (
                "templates/partials/event.html",
                b"<li class=\"my-event\">{{ e.date }}|{{ e.text }}|{{ e.count }}|{% include \"partials/extra.html\" %}</li>",
            ),
            ("templates/partials/extra.html", b"{{ t(key=\"my_label\") }}"),
            ("templates/assets/logo.svg", b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
        ],
    );
    let (code, _, err) = run(&["build"], site.path());
    assert_eq!(code, 0, "{err}");
    let public = site.path().join("public");
    let topic = std::fs::read_to_string(public.join("topics/army.html")).unwrap();
    assert!(topic.contains("<li class=\"my-event\">"), "{topic}");
    assert!(topic.contains("|Mine</li>"), "{topic}");
    let own = topic.matches("<li class=\"my-event\">").count();
    assert_eq!(event_entries(&topic), own, "the built-in fragment is not used: {topic}");
    assert!(topic.contains(">Front page</a>"), "{topic}");
    assert!(public.join("assets/logo.svg").is_file());
    assert!(public.join("assets/style.css").is_file(), "built-in assets stay");
}

#[test]
fn counts_agree_with_their_number() {
    let site = small_site();
    let (code, _, err) = run(&["build"], site.path());
    assert_eq!(code, 0, "{err}");
    let index = std::fs::read_to_string(site.path().join("public/index.html")).unwrap();
    assert!(index.contains("1 topic · 1 article · 1 note · "), "{index}");
    assert!(err.contains("1 topic, 1 note, 1 article, "), "{err}");
    let search = std::fs::read_to_string(site.path().join("public/search.html")).unwrap();
    assert!(search.contains("data-one=\"result\" data-many=\"results\""), "{search}");
    let js = std::fs::read_to_string(site.path().join("public/assets/search.js")).unwrap();
    assert!(!js.contains("résultat(s)") && !js.contains("result(s)"), "no \"result(s)\"");
}

#[test]
fn a_topic_page_lists_its_latest_events_and_leaves_the_rest_to_the_chronology() {
    let site = small_site();
    let mut topic = String::from("+++\ntitle = \"The army\"\nsummary = \"Troops.\"\naliases = [\"troops\"]\n");
    for year in 1800..2005 {
        topic.push_str(&format!(
            "\n[[events]]\ndate = \"{year}\"\ntext = \"Event of {year}.\"\nsources = [\"first\"]\n"
        ));
    }
    topic.push_str("+++\nThe briefing cites [@first].\n");
    write_files(site.path(), &[("content/topics/army.md", topic.as_bytes())]);
    let (code, _, err) = run(&["build"], site.path());
    assert_eq!(code, 0, "{err}");
    let page = std::fs::read_to_string(site.path().join("public/topics/army.html")).unwrap();
    let chronology = std::fs::read_to_string(site.path().join("public/chronology.html")).unwrap();
    let all = event_entries(&chronology);
    assert!(all > 205 && chronology.contains("Event of 1800."), "the chronology lists them all");
    assert_eq!(event_entries(&page), 200);
    assert!(page.contains(&format!("{} earlier events", all - 200)), "{page}");
    assert!(!page.contains("Event of 1800.") && page.contains("Event of 2004."), "the earliest are left out");
}

#[test]
fn a_long_chronology_is_split_into_a_page_per_year() {
    let site = small_site();
    let mut topic = String::from("+++\ntitle = \"The army\"\nsummary = \"Troops.\"\naliases = [\"troops\"]\n");
    for i in 0..1001 {
        let (year, month) = (1900 + i / 12, i % 12 + 1);
        topic.push_str(&format!(
            "\n[[events]]\ndate = \"{year}-{month:02}\"\ntext = \"Event {i}.\"\nsources = [\"first\"]\n"
        ));
    }
    topic.push_str("+++\nThe briefing cites [@first].\n");
    write_files(site.path(), &[("content/topics/army.md", topic.as_bytes())]);
    let (code, _, err) = run(&["build"], site.path());
    assert_eq!(code, 0, "{err}");
    let public = site.path().join("public");
    let index = std::fs::read_to_string(public.join("chronology.html")).unwrap();
    assert!(event_entries(&index) == 0, "the index lists years, not events");
    assert!(index.contains("href=\"chronology-1900.html\""), "{index}");
    let first = std::fs::read_to_string(public.join("chronology-1900.html")).unwrap();
    assert_eq!(event_entries(&first), 12);
    assert!(first.contains(" id=") && first.contains("Event 0.") && !first.contains("Event 12."));
    // Every link to an event, from any page, leads to a page that holds its anchor.
    for page in ["topics/army.html", "index.html", "chronology-1950.html"] {
        let html = std::fs::read_to_string(public.join(page)).unwrap();
        let dir = public.join(page).parent().unwrap().to_path_buf();
        let links: Vec<String> = attr_values(&html, "href").into_iter().filter(|h| h.contains("chronology")).collect();
        assert!(!links.is_empty(), "{page} links to the chronology");
        for href in links {
            let (file, anchor) = href.split_once('#').unwrap_or((href.as_str(), ""));
            let target = if file.is_empty() { public.join(page) } else { dir.join(file) };
            let text = std::fs::read_to_string(&target).unwrap_or_else(|_| panic!("{page}: {href} leads nowhere"));
            assert!(anchor.is_empty() || has_id(&text, anchor), "{page}: no #{anchor} in {href}");
        }
    }
}
