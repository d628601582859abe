//! The compiled article, chronology and topic pages (`src/render/page_html/`) are the same
//! bytes as Tera rendering `article.html`, `chronology.html` and `topic.html` (in `base.html`,
//! with `macros.html` and `partials/timeline.html`) from the same context: every such page of the example site
//! and of generated dossiers (a chronology split by year and by month, articles with every
//! optional field, strings to escape), in both site languages, both ways. A site that
//! overrides any template one of those pages reads gets Tera's rendering of it.

mod common;

use briefing::render::Pages;
use common::*;

fn is_article(p: &str) -> bool {
    p.starts_with("articles/") && p.ends_with(".html")
}

fn is_chronology(p: &str) -> bool {
    p.starts_with("chronology") && p.ends_with(".html")
}

/// The sources page, or one of its parts (`sources-articles-2.html`) once it is split.
fn is_sources(p: &str) -> bool {
    p.starts_with("sources") && p.ends_with(".html")
}

fn is_topic(p: &str) -> bool {
    p.starts_with("topics/") && p.ends_with(".html")
}

/// Compares both ways every article, chronology and topic page, and the sources page;
/// returns the pages compared.
fn assert_same_pages(pages: &Pages) -> Vec<(String, String)> {
    let paths: Vec<String> = pages
        .paths()
        .filter(|p| is_article(p) || is_chronology(p) || is_sources(p) || is_topic(p))
        .map(str::to_string)
        .collect();
    let mut compared = Vec::new();
    for path in paths {
        let (tera, fast) = pages.page_both_ways(&path).expect("a page");
        let tera = tera.unwrap_or_else(|d| panic!("Tera fails on {path}: {d:?}"));
        let fast = fast.unwrap_or_else(|| panic!("{path}: the built-in templates take the fast path"));
        if tera != fast {
            let at = tera.iter().zip(&fast).take_while(|(a, b)| a == b).count();
            let around =
                |b: &[u8]| String::from_utf8_lossy(&b[at.saturating_sub(200)..(at + 200).min(b.len())]).into_owned();
            panic!("{path}: the bytes differ from byte {at}\n tera: {:?}\n fast: {:?}", around(&tera), around(&fast));
        }
        compared.push((path, String::from_utf8(tera).expect("UTF-8")));
    }
    compared
}

#[test]
fn the_example_site_pages_are_the_same_bytes_both_ways() {
    let pages = pages(&repo());
    let compared = assert_same_pages(&pages);
    assert!(compared.iter().filter(|(p, _)| is_article(p)).count() >= 5, "the example has article pages");
    assert!(compared.iter().any(|(p, _)| is_chronology(p)), "and a chronology page");
    assert!(compared.iter().any(|(p, _)| is_sources(p)), "and the sources page");
    assert!(compared.iter().filter(|(p, _)| is_topic(p)).count() >= 2, "and topic pages");
}

/// A dossier in `lang` of 48 articles: 1,200 events in March 2023 (a year cut into month
/// pages, a month into runs), others over other years; articles with and without author,
/// outlet, address, numbered sources, guessed fields, in another language, cited by a topic;
/// strings to escape in the titles, outlets and the site's own translations.
fn dossier(lang: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let fr = lang == "fr";
    let mut files: Vec<(String, String)> = vec![
        (
            "config.toml".into(),
            format!(
                "title = \"Dossier <&> 'x'\"\nlanguage = \"{lang}\"\ndescription = \"Un \\\"dossier\\\"\"\n\
                 base_url = \"https://example.org/d/\"\n\n[translations]\nsources = \"Refs <&> \\\"co\\\"\"\n\
                 colon = \" :\"\ncurated = \"l'édito\"\nevents_one = \"évt <1>\"\n"
            ),
        ),
        (
            "content/topics/army.md".into(),
            "+++\ntitle = \"The army & <co>\"\nsummary = \"Troops.\"\naliases = [\"comité\", \"committee\"]\n\n\
             [[events]]\ndate = \"2020\"\ntext = \"A year-long <drill> & \\\"exercise\\\", in 2020.\"\n\
             sources = [\"a00\", \"a05\"]\n+++\n\
             The committees [@a00; @a01] and [@a02].\n"
                .into(),
        ),
        ("content/topics/other.md".into(), "+++\ntitle = \"Autre 'sujet'\"\nsummary = \"\"\n+++\nNothing.\n".into()),
        // A second page citing a source: its entry lists both.
        ("content/notes/n.md".into(), "+++\ntitle = \"Note <n>\"\ndate = \"2023-05-01\"\n+++\nSee [@a00].\n".into()),
    ];
    for i in 0..48 {
        let mut paragraphs: Vec<String> = (0..25)
            .map(|k| {
                let n = i * 25 + k;
                if fr {
                    format!(
                        "Le {} mars 2023, le comité {} a examiné le dossier {}.",
                        k % 28 + 1,
                        word(2 * n),
                        word(2 * n + 1)
                    )
                } else {
                    format!(
                        "On {} March 2023, the committee {} examined the file {}.",
                        k % 28 + 1,
                        word(2 * n),
                        word(2 * n + 1)
                    )
                }
            })
            .collect();
        let year = 2015 + i % 9;
        paragraphs.push(if fr {
            format!("Le 5 mai {year}, la commission {} avait ouvert le chantier.", word(100_000 + i))
        } else {
            format!("On 5 May {year}, the commission {} had opened the works.", word(100_000 + i))
        });
        if i % 4 == 1 {
            paragraphs.push(format!("Hier, le groupe {} a voté[^1]. En 2019, il avait hésité.", word(200_000 + i)));
        }
        let mut fm = format!("+++\ntitle = \"Article {i} <&> \\\"q\\\"\"\ndate = \"2023-04-{:02}\"\n", i % 28 + 1);
        if i % 3 != 0 {
            fm.push_str(&format!("outlet = \"Le <Veilleur> {}\"\n", i % 5));
        }
        if i % 2 == 0 {
            fm.push_str(&format!("author = \"A. O'Neil {i}\"\n"));
        }
        if i % 5 != 4 {
            fm.push_str(&format!(
                "url = \"https://{}example.org/a/{i}?x=1&y=2\"\n",
                if i % 2 == 0 { "www." } else { "" }
            ));
        }
        let other = if fr { "en" } else { "fr" };
        fm.push_str(&format!("language = \"{}\"\n", if i % 7 == 3 { other } else { lang }));
        if i % 6 == 5 {
            fm.push_str("guessed = [\"title\", \"author\", \"date\"]\n");
        }
        if i % 4 == 1 {
            fm.push_str("\n[[sources]]\nid = 1\ntitle = \"Une <source>\"\noutlet = \"L'Écho\"\ndate = \"2023-03-02\"\nurl = \"https://example.org/s\"\n");
            fm.push_str("\n[[sources]]\nid = 2\ntitle = \"Sans média\"\n");
        }
        files.push((format!("content/articles/a{i:02}.md"), format!("{fm}+++\n{}\n", paragraphs.join("\n\n"))));
    }
    // An article without a single date: its page says so.
    files.push((
        "content/articles/zz.md".into(),
        format!("+++\ntitle = \"Sans date\"\nlanguage = \"{lang}\"\n+++\nRien à signaler ici, ni jamais.\n"),
    ));
    let files: Vec<(&str, &[u8])> = files.iter().map(|(p, c)| (p.as_str(), c.as_bytes())).collect();
    write_files(dir.path(), &files);
    dir
}

#[test]
fn generated_dossiers_pages_are_the_same_bytes_both_ways_in_both_languages() {
    for lang in ["fr", "en"] {
        let dir = dossier(lang);
        let pages = pages(dir.path());
        let compared = assert_same_pages(&pages);
        let has = |what: &str| compared.iter().any(|(_, html)| html.contains(what));
        // The dossier holds what the pages show differently: a test of nothing would pass.
        for what in [
            "<nav class=\"months toc\"",
            "<ul class=\"year-index\">",
            "class=\"day\"",
            "class=guessed-note",
            "class=\"article-sources\"",
            "class=\"backref\"",
            "h-cited",
            "class=hint",
            "<ol class=\"dates\">",
            "<link rel=canonical",
            "aria-current=\"page\"",
            "&lt;&amp;&gt;",
            "<p class=cited-by>",
            "<span class=\"via\">",
            "<span class=\"lang-note\">",
            "<span class=date><time datetime=",
            "&nbsp;·</span> <span class=item>",
        ] {
            assert!(has(what), "{lang}: no page shows {what}");
        }
        let sources = &compared.iter().find(|(p, _)| is_sources(p)).expect("the sources page").1;
        let (undated, unknown) =
            if lang == "fr" { ("Sans date", "Média non identifié") } else { ("Undated", "Unknown outlet") };
        assert!(sources.contains(&format!("<span class=date>{undated}</span>")), "{lang}: an undated source");
        assert!(sources.contains(&format!("<h3>{unknown} ")), "{lang}: a source of no known outlet");
        // Titles and outlets are text, never markup.
        for (raw, escaped) in [("<source>", "&lt;source&gt;"), ("<Veilleur>", "&lt;Veilleur&gt;"), ("<n>", "&lt;n&gt;")]
        {
            assert!(!sources.contains(raw) && sources.contains(escaped), "{lang}: {raw} is escaped");
        }
        assert!(compared.iter().filter(|(p, _)| is_chronology(p)).count() > 3, "{lang}: the chronology is split");
        // Topic pages: one with notes under its briefing, earlier events and articles cited;
        // one with nothing.
        let topics: Vec<&String> = compared.iter().filter(|(p, _)| is_topic(p)).map(|(_, h)| h).collect();
        assert_eq!(topics.len(), 2, "{lang}: both topics");
        for what in [
            "class=\"citation-notes\"",
            "class=\"article-item\"",
            "<span class=\"why\">",
            "class=\"month-heading\"",
            "<span class=\"print-url\">",
        ] {
            assert!(topics.iter().any(|h| h.contains(what)), "{lang}: no topic page shows {what}");
        }
    }
}

/// A dossier in `lang` of more sources than one page lists: 1,150 articles (1,050 of one
/// outlet, whose name has markup to escape, cut into two runs; 50 of three small outlets; 50
/// of none) and 115 sources they cite, one of them cited by a topic.
fn many_sources(lang: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let mut files: Vec<(String, String)> = vec![
        ("config.toml".into(), format!("title = \"Sources\"\nlanguage = \"{lang}\"\n")),
        ("content/topics/t.md".into(), "+++\ntitle = \"T\"\nsummary = \"\"\n+++\nSee [@a0000:1].\n".into()),
    ];
    for i in 0..1150 {
        let mut fm =
            format!("+++\ntitle = \"Article {i} <&>\"\ndate = \"20{:02}-0{}-1{}\"\n", 10 + i % 13, 1 + i % 9, i % 10);
        match i {
            0..=1049 => fm.push_str("outlet = \"Le <Grand> & Co\"\n"),
            1050..=1099 => fm.push_str(&format!("outlet = \"Petit {}\"\n", i % 3)),
            _ => {}
        }
        if i % 10 == 0 {
            fm.push_str(&format!("\n[[sources]]\nid = 1\ntitle = \"Cité <{i}>\"\noutlet = \"L'Écho\"\n"));
        }
        files.push((format!("content/articles/a{i:04}.md"), format!("{fm}+++\nTexte.\n")));
    }
    let files: Vec<(&str, &[u8])> = files.iter().map(|(p, c)| (p.as_str(), c.as_bytes())).collect();
    write_files(dir.path(), &files);
    dir
}

#[test]
fn a_split_sources_page_is_the_same_bytes_both_ways_in_both_languages() {
    for lang in ["fr", "en"] {
        let dir = many_sources(lang);
        let pages = pages(dir.path());
        let compared = assert_same_pages(&pages);
        let sources: Vec<&(String, String)> = compared.iter().filter(|(p, _)| is_sources(p)).collect();
        let names: Vec<&str> = sources.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(
            names,
            [
                "sources-articles-1.html",
                "sources-articles-2.html",
                "sources-articles-3.html",
                "sources-cited-1.html",
                "sources.html"
            ],
            "{lang}"
        );
        let index = &sources[4].1;
        for what in ["href=\"sources-articles-3.html\"", "href=\"sources-cited-1.html\"", "&lt;Grand&gt; &amp; Co ("] {
            assert!(index.contains(what), "{lang}: the index shows {what}");
        }
        let part = &sources[1].1;
        for what in ["rel=prev>", "rel=next>", "href=\"sources.html\">", "&lt;Grand&gt;"] {
            assert!(part.contains(what), "{lang}: a part shows {what}");
        }
    }
}

/// Every part of a split chronology's JSON is the same bytes written by hand as `serde_json`
/// writes from the same events (texts with quotes and markup to escape, editors' events,
/// events in another language); returns how many parts were compared.
fn assert_same_parts(pages: &Pages) -> usize {
    let parts: Vec<String> =
        pages.paths().filter(|p| p.starts_with("chronology-") && p.ends_with(".json")).map(str::to_string).collect();
    for path in &parts {
        let (serde, fast) = pages.chronology_part_both_ways(path).expect("a part");
        if serde != fast {
            let at = serde.iter().zip(&fast).take_while(|(a, b)| a == b).count();
            let around =
                |b: &[u8]| String::from_utf8_lossy(&b[at.saturating_sub(200)..(at + 200).min(b.len())]).into_owned();
            panic!("{path}: the bytes differ from byte {at}\n serde: {:?}\n fast: {:?}", around(&serde), around(&fast));
        }
    }
    parts.len()
}

#[test]
fn chronology_parts_are_the_same_bytes_as_serde_json_writes() {
    for lang in ["fr", "en"] {
        let dir = dossier(lang);
        let pages = pages(dir.path());
        assert!(assert_same_parts(&pages) > 3, "{lang}: the chronology is split");
    }
    assert_same_parts(&pages(&repo()));
}

#[test]
fn a_site_overriding_a_template_a_page_reads_gets_tera() {
    const OWN_PAGE: &[u8] = b"{% extends \"base.html\" %}{% block content %}own{% endblock content %}";
    // Which of the article, chronology and sources pages keep the fast path.
    let cases: [(&str, &[u8], [bool; 3]); 6] = [
        ("article.html", OWN_PAGE, [false, true, true]),
        ("chronology.html", OWN_PAGE, [true, false, true]),
        ("sources.html", OWN_PAGE, [true, true, false]),
        ("base.html", b"<p>{% block content %}{% endblock content %}{% block scripts %}{% endblock scripts %}", [false; 3]),
        ("macros.html", b"{% macro guessed() %}?{% endmacro guessed %}{% macro backref(href, number, letter=\"\") %}b{% endmacro backref %}{% macro source_entry(s) %}e{% endmacro source_entry %}", [false; 3]),
        ("partials/timeline.html", b"<div>{{ timeline_svg | safe }}</div>", [true, false, true]),
    ];
    for (template, own, fast_expected) in cases {
        let dir = small_site();
        write_files(dir.path(), &[(&format!("templates/{template}"), own)]);
        let pages = pages(dir.path());
        let article = pages.paths().find(|p| is_article(p)).expect("an article page").to_string();
        for (path, expected) in [article.as_str(), "chronology.html", "sources.html"].into_iter().zip(fast_expected) {
            let (tera, fast) = pages.page_both_ways(path).expect("a page");
            let tera = tera.unwrap_or_else(|d| panic!("{template}: {path}: {d:?}"));
            assert_eq!(fast.is_some(), expected, "{template}: {path}");
            if !expected {
                // What the build writes is Tera's rendering, the site's own template.
                let built = pages.get(path).expect("a page").expect("rendered");
                assert_eq!(&built[..], &tera[..], "{template}: {path}: the build renders by Tera");
            }
        }
    }
    // A site that copies a built-in template unchanged keeps the fast path.
    for template in ["article.html", "sources.html"] {
        let dir = small_site();
        let copied = std::fs::read(repo().join("templates").join(template)).unwrap();
        write_files(dir.path(), &[(&format!("templates/{template}"), &copied)]);
        let pages = pages(dir.path());
        let path = match template {
            "article.html" => pages.paths().find(|p| is_article(p)).expect("an article page").to_string(),
            _ => template.to_string(),
        };
        assert!(pages.page_both_ways(&path).expect("a page").1.is_some(), "{template} copied");
    }
}

/// Compares both ways every feed of `pages` (`feed.xml` and each topic's); returns them.
fn assert_same_feeds(pages: &Pages) -> Vec<String> {
    let paths: Vec<String> =
        pages.paths().filter(|p| p.ends_with(".xml") && !p.starts_with("sitemap")).map(str::to_string).collect();
    let mut compared = Vec::new();
    for path in paths {
        let (tera, fast) = pages.feed_both_ways(&path).unwrap_or_else(|| panic!("{path} is a feed"));
        let tera = tera.unwrap_or_else(|d| panic!("Tera fails on {path}: {d:?}"));
        let fast = fast.unwrap_or_else(|| panic!("{path}: the built-in feed.xml takes the fast path"));
        assert_eq!(String::from_utf8_lossy(&tera), String::from_utf8_lossy(&fast), "{path}");
        compared.push(String::from_utf8(tera).expect("UTF-8"));
    }
    compared
}

#[test]
fn feeds_are_the_same_bytes_both_ways() {
    let feeds = assert_same_feeds(&pages(&repo()));
    assert!(feeds.len() >= 2, "the example has the site's feed and a topic's");
    for lang in ["fr", "en"] {
        let dir = dossier(lang);
        let feeds = assert_same_feeds(&pages(dir.path()));
        let has = |what: &str| feeds.iter().any(|f| f.contains(what));
        // What the template leaves out or escapes: a test of nothing would pass.
        for what in ["<subtitle>", "<summary>", "<author><name>A. O&#39;Neil", "&lt;co&gt;", "https://example.org/d/"] {
            assert!(has(what), "{lang}: no feed shows {what}");
        }
        assert!(feeds.iter().any(|f| !f.contains("<subtitle>")), "{lang}: a feed without a subtitle");
    }
}

#[test]
fn sitemaps_are_the_same_bytes_both_ways() {
    let mut dirs = vec![repo()];
    let dossiers: Vec<_> = ["fr", "en"].into_iter().map(dossier).collect();
    dirs.extend(dossiers.iter().map(|d| d.path().to_path_buf()));
    for dir in dirs {
        let pages = pages(&dir);
        let paths: Vec<String> = pages.paths().filter(|p| p.starts_with("sitemap")).map(str::to_string).collect();
        assert!(!paths.is_empty(), "{}: a sitemap", dir.display());
        for path in paths {
            let (tera, fast) = pages.sitemap_both_ways(&path).unwrap_or_else(|| panic!("{path} is a sitemap"));
            let tera = tera.unwrap_or_else(|d| panic!("Tera fails on {path}: {d:?}"));
            let fast = fast.unwrap_or_else(|| panic!("{path}: the built-in sitemap.xml takes the fast path"));
            assert_eq!(String::from_utf8_lossy(&tera), String::from_utf8_lossy(&fast), "{path}");
        }
    }
}
