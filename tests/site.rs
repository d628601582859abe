//! Builds the example dossier into a temporary folder and checks the site a reader gets.

mod common;

use common::*;
use std::collections::{HashMap, HashSet};
use std::path::Path;

fn build_example() -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    let (code, _, err) = run(&["build", "--output", public.to_str().unwrap()], &repo());
    assert_eq!(code, 0, "example build failed:\n{err}");
    out
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn the_example_site_has_every_page_with_real_content() {
    let out = build_example();
    let p = out.path().join("public");
    for f in [
        "index.html",
        "sources.html",
        "chronology.html",
        "feed.xml",
        "sitemap.xml",
        "chronology.json",
        "sources.json",
        "assets/style.css",
    ] {
        assert!(p.join(f).is_file(), "missing {f}");
    }
    // One page per document of the dossier, named by its slug.
    let count = |d: &str, ext: &str| {
        std::fs::read_dir(repo().join("content").join(d))
            .unwrap()
            .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == ext))
            .count()
    };
    let files = |d: &str, ext: &str| {
        std::fs::read_dir(p.join(d))
            .unwrap()
            .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == ext))
            .count()
    };
    let pages = |d: &str| files(d, "html");
    assert_eq!(pages("topics"), count("topics", "md"));
    assert_eq!(files("topics", "xml"), count("topics", "md"), "a feed per topic");
    assert_eq!(pages("notes"), count("notes", "md"));
    assert_eq!(pages("articles"), count("articles", "txt") + count("articles", "md"));

    let index = read(&p.join("index.html"));
    assert!(index.contains("<html lang=\"fr\">"));
    for t in std::fs::read_dir(p.join("topics")).unwrap() {
        let name = t.unwrap().file_name().into_string().unwrap();
        if !name.ends_with(".html") {
            continue;
        }
        assert!(index.contains(&format!("href=\"topics/{name}\"")), "home does not link {name}");
    }
    // The seeds' metadata, from raw text and sidecars.
    let a = read(&p.join("articles/trompette-2026-06-29.html"));
    assert!(a.contains("Adam Jones") && a.contains("29 juin 2026") && a.contains("La Trompette"));
    assert!(!a.contains("[Selon la prophétie biblique](#)") && a.contains("Selon la prophétie biblique"));
    let b = read(&p.join("articles/becam-2022-12-20.html"));
    assert!(b.contains("Amaryllis Becam") && !b.contains("1 COMMENT"));
    let n = read(&p.join("articles/neal-2022-07.html"));
    assert!(
        n.contains("Jessie Neal") && !n.contains("LIRE LA SUITE") && !n.contains("cookies") && !n.contains("Home »")
    );
    // 002's footnote markers link to its own source list, whose entries link to the sources page.
    let g = read(&p.join("articles/analyse-minsk-2022-12-20.html"));
    for i in 1..=6 {
        assert!(g.contains(&format!("<a href=\"#fn-{i}\">{i}</a>")), "marker {i}");
        assert!(g.contains(&format!("id=\"fn-{i}\"")), "entry {i}");
    }
    assert!(g.contains("The Moscow Times") && g.contains("10 octobre 2022"));
    let sources = read(&p.join("sources.html"));
    assert!(sources.contains("id=\"s-analyse-minsk-2022-12-20-1\""));
    assert!(sources.contains("The Moscow Times") && sources.contains("Reuters") && sources.contains("The Economist"));
}

#[test]
fn citations_are_numbered_by_first_appearance() {
    let out = build_example();
    let p = out.path().join("public");
    for entry in std::fs::read_dir(p.join("topics")).unwrap().chain(std::fs::read_dir(p.join("notes")).unwrap()) {
        let path = entry.unwrap().path();
        let html = read(&path);
        // Citation markers in reading order, then the notes list.
        let markers: Vec<usize> = attr_values(&html, "href")
            .iter()
            .filter_map(|h| h.strip_prefix("#note-").and_then(|n| n.parse().ok()))
            .collect();
        let notes: Vec<usize> = attr_values(&html, "id")
            .iter()
            .filter_map(|i| i.strip_prefix("note-").and_then(|n| n.parse().ok()))
            .collect();
        let mut max = 0;
        for m in &markers {
            assert!(*m <= max + 1, "{}: note {m} cited before note {}", path.display(), max + 1);
            max = max.max(*m);
        }
        assert_eq!(notes, (1..=max).collect::<Vec<_>>(), "{}: notes list", path.display());
        // Each note points back to every citation of it.
        for n in 1..=max {
            assert!(html.contains(&format!("id=\"note-{n}\"")));
        }
    }
}

#[test]
fn every_internal_link_and_anchor_resolves() {
    let out = build_example();
    let p = out.path().join("public");
    let mut ids: HashMap<String, HashSet<String>> = HashMap::new();
    let mut pages = Vec::new();
    for e in walkdir::WalkDir::new(&p).into_iter().filter_map(Result::ok) {
        if e.path().extension().is_some_and(|x| x == "html") {
            let rel = e.path().strip_prefix(&p).unwrap().to_string_lossy().replace('\\', "/");
            let html = read(e.path());
            let set: HashSet<String> = attr_values(&html, "id").into_iter().collect();
            assert_eq!(set.len(), attr_values(&html, "id").len(), "{rel}: duplicate ids");
            ids.insert(rel.clone(), set);
            pages.push((rel, html));
        }
    }
    let mut checked = 0;
    for (rel, html) in &pages {
        let dir = Path::new(rel).parent().unwrap_or(Path::new(""));
        for link in attr_values(html, "href").into_iter().chain(attr_values(html, "src")) {
            if link.starts_with("http://") || link.starts_with("https://") || link.starts_with("mailto:") {
                continue;
            }
            assert!(!link.starts_with('/'), "{rel}: absolute link {link} breaks under a sub-path");
            let (file, frag) = link.split_once('#').map_or((link.as_str(), None), |(f, h)| (f, Some(h)));
            let target = if file.is_empty() {
                rel.clone()
            } else {
                let mut parts: Vec<String> = dir.iter().map(|c| c.to_string_lossy().into_owned()).collect();
                for seg in file.split('/') {
                    match seg {
                        ".." => {
                            assert!(parts.pop().is_some(), "{rel}: {link} leaves the site");
                        }
                        "." | "" => {}
                        s => parts.push(s.to_string()),
                    }
                }
                parts.join("/")
            };
            assert!(p.join(&target).is_file(), "{rel}: broken link {link}");
            if let Some(f) = frag {
                let set = ids.get(&target).unwrap_or_else(|| panic!("{rel}: {link} anchors into a non-page"));
                assert!(set.contains(f), "{rel}: missing anchor {link}");
            }
            checked += 1;
        }
    }
    assert!(checked > 200, "only {checked} links checked");
}

#[test]
fn exports_are_well_formed() {
    let out = build_example();
    let p = out.path().join("public");
    let chrono: serde_json::Value = serde_json::from_str(&read(&p.join("chronology.json"))).unwrap();
    let events = &chronology_events(&chrono);
    assert!(!events.is_empty());
    // One page: the events are the whole chronology, in order, from `first`; an id not
    // written is `e<first + index>`, and every id is an entry of the page.
    let first = chrono["first"].as_u64().unwrap() as usize;
    let page: std::collections::HashSet<String> =
        attr_values(&read(&p.join("chronology.html")), "id").into_iter().collect();
    for (k, e) in events.iter().enumerate() {
        let v = e["value"].as_str().unwrap();
        assert!(v.len() == 4 || v.len() == 7 || v.len() == 10 || v.contains('/'), "{v}");
        let id = e["id"].as_str().map_or_else(|| format!("e{}", first + k), str::to_string);
        assert!(page.contains(&id), "{id} is not on chronology.html");
        assert!(e.get("grain").is_none() && e.get("start").is_none(), "{e}: value says them");
    }
    let timeline: serde_json::Value = serde_json::from_str(&read(&p.join("timeline.json"))).unwrap();
    let tl = timeline["events"].as_array().unwrap();
    assert_eq!(tl.len(), events.len(), "TimelineJS export carries every event");
    assert!(tl.iter().all(|e| e["start_date"]["year"].is_i64() && e["text"]["headline"].is_string()));
    assert!(tl.iter().any(|e| e["start_date"].get("month").is_some() && e["start_date"].get("day").is_none()));
    let sources: serde_json::Value = serde_json::from_str(&read(&p.join("sources.json"))).unwrap();
    let list = sources["sources"].as_array().unwrap();
    assert!(list.iter().any(|s| s["id"] == "analyse-minsk-2022-12-20:1" && s["outlet"] == "The Moscow Times"));
    let feed = read(&p.join("feed.xml"));
    assert!(
        feed.starts_with("<?xml")
            && feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"")
            && feed.matches("<entry>").count() >= 5
    );
    assert_eq!(feed.matches("<entry>").count(), feed.matches("</entry>").count());
    let sitemap = read(&p.join("sitemap.xml"));
    assert!(sitemap.contains("<loc>https://") && sitemap.contains("chronology.html</loc>"));
}

#[test]
fn builds_are_deterministic() {
    let a = build_example();
    let b = build_example();
    assert_eq!(snapshot(&a.path().join("public")), snapshot(&b.path().join("public")));
}

#[test]
fn a_site_template_overrides_the_default_by_file_name() {
    let site = small_site();
    write_files(site.path(), &[("templates/assets/style.css", b"body{color:red}")]);
    let (code, _, err) = run(&["build"], site.path());
    assert_eq!(code, 0, "{err}");
    assert_eq!(std::fs::read_to_string(site.path().join("public/assets/style.css")).unwrap(), "body{color:red}");
    // The small site in English: interface strings follow config.toml's language.
    let note = std::fs::read_to_string(site.path().join("public/notes/a-note.html")).unwrap();
    assert!(note.contains("<html lang=\"en\">") && note.contains("Analyst notes"));
    assert!(note.contains("[<a href=\"#note-1\">1</a>, p. 2]"), "{note}");
}

#[test]
fn the_chronology_merges_reports_and_shows_disagreements() {
    let out = build_example();
    let p = out.path().join("public");
    let chrono: serde_json::Value = serde_json::from_str(&read(&p.join("chronology.json"))).unwrap();
    let events = &chronology_events(&chrono);
    let curated = events.iter().filter(|e| e["curated"] == true).count();
    let extracted = events.iter().filter(|e| e.get("curated").is_none()).count();
    assert!(curated > 0 && extracted > 0, "{curated} curated, {extracted} extracted");
    // 003 dates the Minsk summit both 19 November and 19 December: both are marked.
    let conflict = events
        .iter()
        .find(|e| e["value"] == "2022-11-19" && e["conflicts"].as_array().is_some_and(|c| !c.is_empty()))
        .expect("the 19 November date is marked as disputed");
    assert!(conflict["conflicts"].as_array().unwrap().iter().any(|c| c["value"] == "2022-12-19"));
    assert!(conflict.get("curated").is_none(), "the editors' ruling (known_disagreement) keeps it an extracted report");
    // A month-only event stays a month.
    assert!(events.iter().any(|e| e["value"] == "2022-10"));
    let html = read(&p.join("chronology.html"));
    assert!(html.contains("19 décembre 2022") && html.contains("octobre 2022"));
    assert!(!html.contains("1 octobre 2022"), "a month-only event shown as the 1st");
    // Reports merged: some event has more than one source (`sources`, or, when absent, the
    // articles of its mentions).
    assert!(events.iter().any(|e| {
        let mut keys: Vec<&str> = match e.get("sources") {
            Some(s) => s.as_array().unwrap().iter().map(|k| k.as_str().unwrap()).collect(),
            None => e["mentions"].as_array().unwrap().iter().map(|m| m[0].as_str().unwrap()).collect(),
        };
        keys.sort_unstable();
        keys.dedup();
        keys.len() > 1
    }));
}

#[test]
fn topic_pages_say_why_each_article_is_attached() {
    let site = small_site();
    write_files(
        site.path(),
        &[
            ("content/articles/second.md", "+++\ntitle = \"Second\"\ndate = \"2022-12-21\"\n+++\nNothing about the army here, only TROOPS in capitals.\n".as_bytes()),
            ("content/articles/third.md", "+++\ntitle = \"Third\"\ndate = \"2022-12-22\"\n+++\nThe troopship sailed, a word that contains the alias but is another word.\n".as_bytes()),
        ],
    );
    let (code, _, err) = run(&["build"], site.path());
    assert_eq!(code, 0, "{err}");
    let topic = std::fs::read_to_string(site.path().join("public/topics/army.html")).unwrap();
    assert!(topic.contains("href=\"../articles/second.html\""), "alias match, whatever the case");
    assert!(!topic.contains("href=\"../articles/third.html\""), "alias matched inside a word");
    assert!(topic.contains("mentions “troops”"), "{topic}");
    let search = std::fs::read_to_string(site.path().join("public/search-index.js")).unwrap();
    assert!(search.starts_with("window.BRIEFING_SEARCH = [") && search.contains("\"Second\""));
}

#[test]
fn odd_but_valid_input_builds() {
    let site = small_site();
    write_files(
        site.path(),
        &[
            // An ellipsis before a date, a date split over a paragraph break, control characters.
            ("content/articles/odd.txt", "Un titre \u{1}étrange\n\nIl a dit… Le 19 juin 2022, le président est parti pour la capitale avec ses ministres.\n\nLes soldats sont arrivés en juin\n\n2022 fut une année difficile pour tous les habitants de la région.\n".as_bytes()),
            ("content/articles/odd.toml", b"date = \"2022-12-20\"\nlanguage = \"fr\"\n"),
            // A citation-like text inside code is code.
            ("content/notes/code.md", b"+++\ntitle = \"Code\"\n+++\nExample:\n\n```\n[@not-an-id]\n```\n\nAnd a footnote[^a].\n\n[^a]: Citing [@first].\n"),
        ],
    );
    let (code, _, err) = run(&["build"], site.path());
    assert_eq!(code, 0, "{err}");
    let feed = std::fs::read_to_string(site.path().join("public/feed.xml")).unwrap();
    assert!(!feed.contains('\u{1}'));
    let note = std::fs::read_to_string(site.path().join("public/notes/code.html")).unwrap();
    assert!(note.contains("id=\"fn-a\"") && note.contains("href=\"#fn-a\""), "{note}");
    assert!(note.contains("href=\"#note-1\""), "the footnote's citation is numbered");
}

#[test]
fn editors_confirm_correct_and_hide_extracted_events() {
    let site = common::small_site();
    let path = site.path();
    common::write_files(
        path,
        &[
            (
                "content/articles/first.txt",
                "Troops gather near the border\n\nBy Jane Doe\n\nThe troops gathered near the border on Monday, officials said in a statement.\n\nThe ministry said drills would start in January and end in March, after talks in Minsk on Friday.\n".as_bytes(),
            ),
            (
                "content/notes/edits.md",
                "+++\ntitle = \"Edits\"\ntopics = [\"army\"]\n\n[[events]]\nat = \"first#p1\"\ntext = \"Troops gather near the border.\"\n\n[[events]]\nat = \"first#p2\"\nexpression = \"January\"\ndate = \"2023-01\"\nend = \"2023-03\"\ntext = \"Announced drills.\"\n\n[[events]]\nat = \"first#p2\"\nexpression = \"march\"\nhide = true\n+++\nWhat the editor says.\n".as_bytes(),
            ),
        ],
    );
    let (code, _, err) = common::run(&["build"], path);
    assert_eq!(code, 0, "{err}");
    let json: serde_json::Value = serde_json::from_str(&read(&path.join("public/chronology.json"))).unwrap();
    let events = &chronology_events(&json);
    let find = |text: &str| events.iter().find(|e| e["text"].as_str().unwrap().contains(text));
    // Confirmed: the editor's wording, an editor's event, still linked to its report.
    let confirmed = find("Troops gather near the border.").expect("confirmed event");
    assert_eq!(confirmed["value"], "2022-12-19");
    assert_eq!(confirmed["curated"], true);
    // A mention is `[article, block, expression, value?, sentence?]`.
    assert_eq!((&confirmed["mentions"][0][0], &confirmed["mentions"][0][1]), (&"first".into(), &"p1".into()));
    // Corrected: the editor's dates.
    let corrected = find("Announced drills.").expect("corrected event");
    assert_eq!(corrected["value"], "2023-01/2023-03");
    // Hidden: March is gone; Friday, not pointed at, stays extracted.
    assert!(!events.iter().any(|e| e["value"] == "2023-03"), "{events:?}");
    assert!(events.iter().any(|e| e["value"] == "2022-12-23" && e.get("curated").is_none()), "{events:?}");

    // Pointing at nothing says what is there.
    common::write_files(
        path,
        &[(
            "content/notes/edits.md",
            "+++\ntitle = \"Edits\"\n\n[[events]]\nat = \"first#p2\"\nhide = true\n\n[[events]]\nat = \"firts#p1\"\nhide = true\n\n[[events]]\nat = \"first#p2\"\nexpression = \"April\"\nhide = true\n+++\nText.\n"
                .as_bytes(),
        )],
    );
    let (code, _, err) = common::run(&["build"], path);
    assert_eq!(code, 1);
    // Each error points at the `at` it is about.
    assert!(err.contains("content/notes/edits.md:5:6: error: at: first#p2 reports several events, « Friday » (2022-12-23), « January » (2023-01), « March » (2023-03)\n"), "{err}");
    assert!(err.contains("= help: add expression"), "{err}");
    assert!(err.contains("content/notes/edits.md:9:6: error: at: no article \"firts\"\n"), "{err}");
    assert!(err.contains("9 | at = \"firts#p1\"\n  |      ^^^^^^^^^^\n"), "{err}");
    assert!(err.contains("= help: did you mean \"first\"?"), "{err}");
    assert!(err.contains("content/notes/edits.md:13:6: error: at: first#p2 has no date matching \"April\""), "{err}");
}

#[test]
fn a_build_announces_its_stages_and_every_render_step() {
    use briefing::Stage;
    let seen = std::sync::Mutex::new(Vec::new());
    let out = tempfile::tempdir().unwrap();
    let report =
        briefing::build_with_progress(&repo(), Some(&out.path().join("public")), &|s| seen.lock().unwrap().push(s))
            .unwrap();
    let seen = seen.into_inner().unwrap();
    // What the build reports and what it wrote, not numbers of today's example.
    let briefing::Counts { articles, notes, topics, .. } = report.counts;
    let written = snapshot(&out.path().join("public")).keys().filter(|p| !p.ends_with(".briefing-build")).count();
    assert_eq!(report.files, written, "every planned file is written");
    let stages: Vec<&Stage> = seen.iter().filter(|s| **s != Stage::Step).collect();
    let documents = articles + notes + topics;
    assert!(
        matches!(
            stages[..],
            [Stage::Load, Stage::Resolve { documents: d }, Stage::Render { pages: p, .. }, Stage::Write { files: f }]
                if *d == documents && *p == documents && *f == written
        ),
        "{stages:?}"
    );
    let Stage::Render { steps, .. } = stages[2] else { unreachable!() };
    // One step per file: the bar fills exactly.
    assert_eq!(*steps, written);
    assert_eq!(seen.iter().filter(|s| **s == Stage::Step).count(), *steps);
}

/// A dossier written with a small vocabulary (five subjects, four actions, four objects, one
/// date, as in `../shared/bench/gen_corpus.py`): every report shares the date and most of its
/// words with many others. No event may absorb a report of another subject, action or object;
/// reports of one (the same sentence in several articles) still merge; and an event is filed
/// under the topics its own sentence names, not under every topic of its articles.
#[test]
fn events_of_a_small_vocabulary_stay_apart() {
    const SUBJECTS: [&str; 5] = ["le gouvernement", "la ministre", "le préfet", "la direction", "le maire"];
    const ACTIONS: [&str; 4] = ["a annoncé", "a contesté", "a présenté", "a rejeté"];
    const OBJECTS: [&str; 4] = [
        "un nouveau plan de financement",
        "la réforme du dispositif",
        "une enveloppe supplémentaire",
        "le calendrier des travaux",
    ];
    let dir = tempfile::tempdir().unwrap();
    let mut files: Vec<(String, String)> = vec![
        ("config.toml".into(), "title = \"Petit vocabulaire\"\nlanguage = \"fr\"\n".into()),
        (
            "content/topics/budget.md".into(),
            "+++\ntitle = \"Budget\"\naliases = [\"enveloppe\", \"financement\"]\n+++\nLe budget.\n".into(),
        ),
        (
            "content/topics/chantiers.md".into(),
            "+++\ntitle = \"Chantiers\"\naliases = [\"travaux\"]\n+++\nLes chantiers.\n".into(),
        ),
        (
            "content/topics/autre.md".into(),
            "+++\ntitle = \"Autre\"\naliases = [\"ailleurs\"]\n+++\nAutre chose.\n".into(),
        ),
    ];
    let mut seed: u64 = 12345;
    let mut pick = |n: usize| {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((seed >> 33) % n as u64) as usize
    };
    for i in 0..30 {
        let paragraphs: Vec<String> = (0..6)
            .map(|_| {
                let (s, a, o) = (SUBJECTS[pick(5)], ACTIONS[pick(4)], OBJECTS[pick(4)]);
                format!("Le 3 mars 2023, {s} {a} {o}.")
            })
            .collect();
        files.push((
            format!("content/articles/a{i:02}.md"),
            format!(
                "+++\ntitle = \"Article {i}\"\ndate = \"2023-03-10\"\noutlet = \"Le Veilleur\"\nlanguage = \"fr\"\ntopics = [\"budget\", \"chantiers\", \"autre\"]\n+++\n{}\n",
                paragraphs.join("\n\n")
            ),
        ));
    }
    let files: Vec<(&str, &[u8])> = files.iter().map(|(p, c)| (p.as_str(), c.as_bytes())).collect();
    write_files(dir.path(), &files);
    let (code, _, err) = run(&["build"], dir.path());
    assert_eq!(code, 0, "{err}");
    let json: serde_json::Value = serde_json::from_str(&read(&dir.path().join("public/chronology.json"))).unwrap();
    let events = &chronology_events(&json);
    let triple = |s: &str| {
        let find = |words: &[&'static str]| words.iter().copied().find(|w| s.contains(w)).unwrap_or("?");
        (find(&SUBJECTS), find(&ACTIONS), find(&OBJECTS))
    };
    let mut merged = 0;
    for e in events {
        // `sentences` is there only when a report's sentence is not the event's `text`.
        let sentences: Vec<&str> = match e["sentences"].as_array() {
            Some(all) => all.iter().map(|s| s.as_str().unwrap()).collect(),
            None => vec![e["text"].as_str().unwrap()],
        };
        let mentions = e["mentions"].as_array().unwrap();
        assert!(!mentions.is_empty());
        let first = triple(sentences[0]);
        assert!(!format!("{first:?}").contains('?'), "{sentences:?}");
        for s in &sentences {
            assert_eq!(triple(s), first, "one event, two reports of different things: {sentences:?}");
        }
        merged += usize::from(mentions.len() > 1);
        // Each paragraph is one sentence: the topics are those the sentence names, exactly.
        let mut named: Vec<&str> = Vec::new();
        if first.2.contains("enveloppe") || first.2.contains("financement") {
            named.push("budget");
        }
        if first.2.contains("travaux") {
            named.push("chantiers");
        }
        // `topics` is left out when empty.
        let topics: Vec<&str> =
            e["topics"].as_array().map_or(Vec::new(), |all| all.iter().map(|t| t.as_str().unwrap()).collect());
        assert_eq!(topics, named, "{sentences:?}");
        // Each sentence once, however many articles report it.
        assert!(sentences.len() <= mentions.len());
    }
    // 180 reports of at most 80 different things: the same sentence in several articles is
    // one event.
    assert!(merged > 0 && events.len() <= 80, "{} events, {merged} merged", events.len());
}

#[test]
fn an_articles_dated_events_point_into_its_own_text() {
    let out = build_example();
    let dir = out.path().join("public/articles");
    let (mut marks, mut dated) = (0, 0);
    for entry in std::fs::read_dir(&dir).unwrap() {
        let html = read(&entry.unwrap().path());
        let Some(b) = html.find("<div class=body>") else { continue };
        let body = &html[b..b + html[b..].find("</article>").unwrap()];
        // The article's own words for a date link to its chronology entry, followed by the
        // date they stand for when they do not give it whole.
        let mut on_page = 0;
        for part in body.split("<a href=../chronology").skip(1) {
            let end = part.find("</a>").unwrap();
            let words = &part[part.find('>').unwrap() + 1..end];
            assert!(!words.is_empty() && !words.contains('<'), "{part}");
            on_page += 1;
            if part[end..].starts_with("</a> <small>(") {
                dated += 1;
            }
        }
        marks += on_page;
        // The hint under the text counts them: each event marked once at least.
        if let Some(h) = html.find("<p class=hint>") {
            let said: usize = html[h + "<p class=hint>".len()..].split(' ').next().unwrap().parse().unwrap_or(0);
            assert!(said <= on_page, "{said} events marked, {on_page} links");
        }
        // What stays listed: the date leads to the chronology entry, each `§ n` to a paragraph
        // of this page; the article's sentence is not repeated.
        let Some(at) = html.find("<ol class=\"dates\">") else { continue };
        let list = &html[at..at + html[at..].find("</ol>").unwrap()];
        for item in list.split("<li").skip(1) {
            assert!(item.starts_with(">") || item.starts_with(" class"), "{item}");
            assert!(item.contains("href=\"../chronology"), "{item}");
            for part in item.split("<a href=\"#").skip(1) {
                let id = &part[..part.find('"').unwrap()];
                assert!(html.contains(&format!(" id=\"{id}\">")), "no paragraph {id}");
            }
        }
    }
    assert!(marks > 0 && dated > 0, "{marks} dating words marked, {dated} with their date");
}
