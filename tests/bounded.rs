//! No output file grows without bound with the dossier: a chronology of thousands of events is
//! cut into pages and JSON parts of at most 1,000 events (a year, or a month's runs), every
//! event link still lands on the page that holds its entry, and the TimelineJS export is capped;
//! a list of thousands of sources is cut into parts of at most 1,000, every link to a source's
//! entry landing on the part that holds it.

mod common;

use common::*;
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// The most events one chronology page or JSON part lists (`PAGE_EVENTS` in the crate).
const PAGE_EVENTS: usize = 1000;
/// The most events `timeline.json` carries.
const TIMELINE_EVENTS: usize = 500;
/// The most sources one page of the sources list lists (`PAGE_SOURCES` in the crate).
const PAGE_SOURCES: usize = 1000;

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// 60 articles of 40 one-sentence paragraphs, each a different event: 2,400 in March 2023 (a
/// month of three pages), one each in April 2023 (a month of one page), and one each in 2021
/// (a year of one page).
fn big_chronology() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let mut files: Vec<(String, String)> = vec![(
        "config.toml".into(),
        "title = \"Grande chronologie\"\nlanguage = \"fr\"\nbase_url = \"https://example.org/\"\n".into(),
    )];
    for i in 0..60 {
        let mut paragraphs: Vec<String> = (0..40)
            .map(|k| {
                let n = i * 40 + k;
                format!(
                    "Le {} mars 2023, le comité {} a examiné le dossier {}.",
                    k % 28 + 1,
                    word(2 * n),
                    word(2 * n + 1)
                )
            })
            .collect();
        paragraphs.push(format!("Le 5 mai 2021, la commission {} avait ouvert le chantier.", word(100_000 + i)));
        paragraphs.push(format!("Le 1er avril 2023, le groupe {} a publié sa note.", word(200_000 + i)));
        files.push((
            format!("content/articles/a{i:02}.md"),
            format!(
                "+++\ntitle = \"Article {i}\"\ndate = \"2023-04-01\"\noutlet = \"Le Veilleur\"\nlanguage = \"fr\"\n+++\n{}\n",
                paragraphs.join("\n\n")
            ),
        ));
    }
    let files: Vec<(&str, &[u8])> = files.iter().map(|(p, c)| (p.as_str(), c.as_bytes())).collect();
    write_files(dir.path(), &files);
    let (code, _, err) = run(&["build"], dir.path());
    assert_eq!(code, 0, "{err}");
    dir
}

/// Every HTML page of the built site at `p`, by path from the site root.
fn html_pages(p: &Path) -> HashMap<String, String> {
    let mut pages: HashMap<String, String> = HashMap::new();
    for e in walkdir::WalkDir::new(p).into_iter().filter_map(Result::ok) {
        if e.path().extension().is_some_and(|x| x == "html") {
            let rel = e.path().strip_prefix(p).unwrap().to_string_lossy().replace('\\', "/");
            pages.insert(rel, read(e.path()));
        }
    }
    pages
}

/// Asserts that every internal link of `pages` (built at `p`) names an existing file, and an
/// existing anchor of it; returns each link with an anchor as (page, target file).
fn assert_links_resolve(p: &Path, pages: &HashMap<String, String>) -> Vec<(String, String)> {
    let ids: HashMap<&str, HashSet<String>> =
        pages.iter().map(|(rel, html)| (rel.as_str(), attr_values(html, "id").into_iter().collect())).collect();
    let mut anchored = Vec::new();
    for (rel, html) in pages {
        let nested = rel.contains('/');
        for link in attr_values(html, "href") {
            if link.starts_with("https://") || link.starts_with("http://") {
                continue;
            }
            let (file, frag) = link.split_once('#').map_or((link.as_str(), None), |(f, h)| (f, Some(h)));
            let target = match (file, nested) {
                ("", _) => rel.clone(),
                (f, true) => match f.strip_prefix("../") {
                    Some(top) => top.to_string(),
                    None => format!("{}/{f}", rel.rsplit_once('/').unwrap().0),
                },
                (f, false) => f.to_string(),
            };
            assert!(p.join(&target).is_file(), "{rel}: broken link {link}");
            if let Some(f) = frag {
                if let Some(set) = ids.get(target.as_str()) {
                    assert!(set.contains(f), "{rel}: missing anchor {link}");
                    anchored.push((rel.clone(), target));
                }
            }
        }
    }
    anchored
}

#[test]
fn a_long_chronology_is_cut_into_bounded_files_whose_links_resolve() {
    let dir = big_chronology();
    let p = dir.path().join("public");
    let json: serde_json::Value = serde_json::from_str(&read(&p.join("chronology.json"))).unwrap();
    // Split: chronology.json keeps the editors' events (none here) and names its parts.
    assert!(json["events"].as_array().unwrap().is_empty(), "{}", json["events"]);
    let parts = json["parts"].as_array().unwrap();
    let files: Vec<&str> = parts.iter().map(|x| x["file"].as_str().unwrap()).collect();
    for f in
        ["chronology-2021.json", "chronology-2023-03.json", "chronology-2023-03-2.json", "chronology-2023-03-3.json"]
    {
        assert!(files.contains(&f), "{f} not in {files:?}");
    }
    // Every event is in exactly one part, of at most PAGE_EVENTS, and its entry is on the page
    // of the same name.
    let mut seen: HashSet<String> = HashSet::new();
    let mut total = 0;
    for part in parts {
        let file = part["file"].as_str().unwrap();
        let doc = serde_json::from_str::<serde_json::Value>(&read(&p.join(file))).unwrap();
        let events = common::chronology_events(&doc);
        // The events of a part follow each other: an id not written is `e<first + index>`.
        let first = doc["first"].as_u64().unwrap() as usize;
        assert_eq!(first, total + 1, "{file}: the parts number the events in order");
        assert_eq!(events.len(), part["events"].as_u64().unwrap() as usize, "{file}");
        assert!(!events.is_empty() && events.len() <= PAGE_EVENTS, "{file}: {} events", events.len());
        let page = read(&p.join(file.replace(".json", ".html")));
        let ids: HashSet<String> = attr_values(&page, "id").into_iter().collect();
        for (k, e) in events.iter().enumerate() {
            let id = e["id"].as_str().map_or_else(|| format!("e{}", first + k), str::to_string);
            assert!(ids.contains(&id), "{file}: {id} is not on its page");
            assert!(seen.insert(id), "{file}: an event in two parts");
        }
        total += events.len();
    }
    assert!(total >= 2400, "{total} events");
    // The year of many events indexes its months; the year of few is one page.
    let year = read(&p.join("chronology-2023.html"));
    assert!(year.contains("href=\"chronology-2023-03-3.html\"") && event_entries(&year) == 0, "{year}");
    assert!(event_entries(&read(&p.join("chronology-2021.html"))) > 0);
    // A month's page names each month once and every page of its own month, not all of the
    // year's pages: that list would grow with the square of the dossier.
    let months_nav = |file: &str| {
        let page = read(&p.join(file));
        let start = page.find("<nav class=\"months toc\"").unwrap_or_else(|| panic!("{file}: no months"));
        let end = start + page[start..].find("</nav>").unwrap();
        page[start..end].to_string()
    };
    let april = months_nav("chronology-2023-04.html");
    assert!(april.contains("href=\"chronology-2023-03.html\""), "{april}");
    assert!(!april.contains("chronology-2023-03-2.html"), "{april}");
    let march = months_nav("chronology-2023-03-2.html");
    for f in ["chronology-2023-03.html", "chronology-2023-03-3.html", "chronology-2023-04.html"] {
        assert!(march.contains(&format!("href=\"{f}\"")), "{f} not in {march}");
    }
    // No chronology page lists more than PAGE_EVENTS events.
    let pages = html_pages(&p);
    for (rel, html) in &pages {
        if rel.starts_with("chronology") {
            let n = event_entries(html);
            assert!(n <= PAGE_EVENTS, "{rel}: {n} events");
        }
    }
    // Every internal link, and every event link from an article, lands on an existing anchor.
    let links = assert_links_resolve(&p, &pages);
    let event_links =
        links.iter().filter(|(rel, target)| rel.contains('/') && target.starts_with("chronology-")).count();
    assert!(event_links >= 2400, "only {event_links} event links from articles checked");
    // TimelineJS gets a capped selection; the sitemap names the split pages.
    let timeline: serde_json::Value = serde_json::from_str(&read(&p.join("timeline.json"))).unwrap();
    let n = timeline["events"].as_array().unwrap().len();
    assert!(n > 0 && n <= TIMELINE_EVENTS, "{n} TimelineJS events");
    let sitemap = read(&p.join("sitemap.xml"));
    assert!(sitemap.contains("<urlset") && sitemap.contains("chronology-2023-03-2.html</loc>"));
}

/// 1,700 articles, 1,200 of one outlet (two runs of it) and 500 of forty others or none, and
/// the 1,700 sources that every second article cites (two each): 3,400 sources. A topic
/// cites articles and cited sources, one of them also the source of an editors' event; a note
/// cites one too.
fn many_sources() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let mut files: Vec<(String, String)> = vec![
        (
            "config.toml".into(),
            "title = \"Beaucoup de sources\"\nlanguage = \"fr\"\nbase_url = \"https://example.org/\"\n".into(),
        ),
        (
            "content/topics/t.md".into(),
            "+++\ntitle = \"Sujet\"\nsummary = \"\"\n\n[[events]]\ndate = \"2021-05-04\"\n\
             text = \"Le comité se réunit.\"\nsources = [\"a0002:1\", \"a0500\"]\n+++\n\
             Voir [@a0000:1], [@a1698:2] et [@a0500].\n"
                .into(),
        ),
        ("content/notes/n.md".into(), "+++\ntitle = \"Note\"\ndate = \"2023-05-01\"\n+++\nVoir [@a0900:2].\n".into()),
    ];
    for i in 0..1700 {
        let mut fm =
            format!("+++\ntitle = \"Article {i}\"\ndate = \"20{:02}-0{}-1{}\"\n", 10 + i % 13, 1 + i % 9, i % 10);
        if i < 1200 {
            fm.push_str("outlet = \"Le Grand Quotidien\"\n");
        } else if i % 50 != 0 {
            fm.push_str(&format!("outlet = \"Média {}\"\n", i % 40));
        }
        if i % 2 == 0 {
            for k in 1..=2 {
                fm.push_str(&format!(
                    "\n[[sources]]\nid = {k}\ntitle = \"Rapport {i}-{k}\"\noutlet = \"Agence {}\"\n",
                    i % 7
                ));
            }
        }
        files.push((format!("content/articles/a{i:04}.md"), format!("{fm}+++\nTexte de l'article.\n")));
    }
    let files: Vec<(&str, &[u8])> = files.iter().map(|(p, c)| (p.as_str(), c.as_bytes())).collect();
    write_files(dir.path(), &files);
    let (code, _, err) = run(&["build"], dir.path());
    assert_eq!(code, 0, "{err}");
    dir
}

/// Every address of a source's entry (`sources-cited-2.html#s-…`) in the JSON and script
/// files of the site at `p` (the exports, the search index), from the site root.
fn entry_addresses(p: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for e in walkdir::WalkDir::new(p).into_iter().filter_map(Result::ok) {
        if e.path().extension().is_some_and(|x| x == "json" || x == "js") {
            let text = read(e.path());
            out.extend(
                text.split('"').filter(|t| t.starts_with("sources") && t.contains(".html#")).map(str::to_string),
            );
        }
    }
    out
}

#[test]
fn a_long_list_of_sources_is_cut_into_bounded_parts_whose_links_resolve() {
    let dir = many_sources();
    let p = dir.path().join("public");
    let pages = html_pages(&p);
    let entries = |html: &str| html.matches("<li id=").count();
    // sources.html indexes the parts: every part, and no entry of its own.
    let index = &pages["sources.html"];
    assert_eq!(entries(index), 0, "{index}");
    let mut parts: Vec<&String> = pages.keys().filter(|k| k.starts_with("sources-")).collect();
    parts.sort();
    assert_eq!(parts.len(), 5, "two runs of one outlet, the others together, two of cited sources: {parts:?}");
    for part in &parts {
        assert!(index.contains(&format!("<a href=\"{part}\">")), "the index does not link {part}");
    }
    assert!(parts.iter().any(|p| p.starts_with("sources-cited-")), "{parts:?}");
    // Each part lists at most PAGE_SOURCES sources in a bounded file; each source is listed once.
    let mut seen: HashSet<String> = HashSet::new();
    for part in &parts {
        let html = &pages[*part];
        let n = entries(html);
        assert!(n > 0 && n <= PAGE_SOURCES, "{part}: {n} sources");
        assert!(html.len() < 600_000, "{part}: {} bytes", html.len());
        for id in attr_values(html, "id").into_iter().filter(|id| id.starts_with("a-") || id.starts_with("s-")) {
            assert!(seen.insert(id.clone()), "{part}: {id} is listed twice");
        }
    }
    assert_eq!(seen.len(), 3400, "every source is listed");
    assert!(index.len() < 20_000, "the index: {} bytes", index.len());
    // Every link of every page lands on an existing anchor; the articles' pages link their
    // entries, and their cited sources', on the parts.
    let links = assert_links_resolve(&p, &pages);
    let to_parts = links.iter().filter(|(rel, target)| rel.starts_with("articles/") && target.starts_with("sources-"));
    assert!(to_parts.count() >= 1700 + 1700, "the articles link their entries and their sources'");
    for from in ["topics/t.html", "notes/n.html", "chronology.html"] {
        assert!(
            links.iter().any(|(rel, target)| rel == from && target.starts_with("sources-cited-")),
            "{from} links a cited source's entry"
        );
    }
    // So does every address of an entry the exports and the search index give.
    let ids: HashMap<&str, HashSet<String>> =
        pages.iter().map(|(rel, html)| (rel.as_str(), attr_values(html, "id").into_iter().collect())).collect();
    let addresses = entry_addresses(&p);
    assert!(addresses.len() >= 1700, "only {} entry addresses in the exports", addresses.len());
    for a in &addresses {
        let (file, anchor) = a.split_once('#').unwrap();
        assert!(ids.get(file).is_some_and(|set| set.contains(anchor)), "the exports' {a} does not resolve");
    }
}
