//! No output file grows without bound with the dossier: a chronology of thousands of events is
//! cut into pages and JSON parts of at most 1,000 events (a year, or a month's runs), every
//! event link still lands on the page that holds its entry, and the TimelineJS export is capped.

mod common;

use common::*;
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// The most events one chronology page or JSON part lists (`PAGE_EVENTS` in the crate).
const PAGE_EVENTS: usize = 1000;
/// The most events `timeline.json` carries.
const TIMELINE_EVENTS: usize = 500;

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// 60 articles of 40 one-sentence paragraphs, each a different event: 2,400 in March 2023 (a
/// month of three pages), and one each in 2021 (a year of one page).
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
    // No chronology page lists more than PAGE_EVENTS events.
    let mut pages: HashMap<String, String> = HashMap::new();
    for e in walkdir::WalkDir::new(&p).into_iter().filter_map(Result::ok) {
        if e.path().extension().is_some_and(|x| x == "html") {
            let rel = e.path().strip_prefix(&p).unwrap().to_string_lossy().replace('\\', "/");
            pages.insert(rel, read(e.path()));
        }
    }
    for (rel, html) in &pages {
        if rel.starts_with("chronology") {
            let n = event_entries(html);
            assert!(n <= PAGE_EVENTS, "{rel}: {n} events");
        }
    }
    // Every internal link, and every event link from an article, lands on an existing anchor.
    let ids: HashMap<&str, HashSet<String>> =
        pages.iter().map(|(rel, html)| (rel.as_str(), attr_values(html, "id").into_iter().collect())).collect();
    let mut event_links = 0;
    for (rel, html) in &pages {
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
                    event_links += usize::from(nested && target.starts_with("chronology-"));
                }
            }
        }
    }
    assert!(event_links >= 2400, "only {event_links} event links from articles checked");
    // TimelineJS gets a capped selection; the sitemap names the split pages.
    let timeline: serde_json::Value = serde_json::from_str(&read(&p.join("timeline.json"))).unwrap();
    let n = timeline["events"].as_array().unwrap().len();
    assert!(n > 0 && n <= TIMELINE_EVENTS, "{n} TimelineJS events");
    let sitemap = read(&p.join("sitemap.xml"));
    assert!(sitemap.contains("<urlset") && sitemap.contains("chronology-2023-03-2.html</loc>"));
}
