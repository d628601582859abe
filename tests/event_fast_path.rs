//! The compiled fast path of the built-in event fragment (`src/render/event_html.rs`) writes
//! the same bytes as Tera rendering `templates/partials/event.html`: every event of the
//! example site, and of small dossiers made to hold every kind of event (the editors', in
//! conflict, in another language, reported several times, known to its year only, a range),
//! in both site languages, in each form, both ways.

mod common;

use briefing::render::Pages;
use common::*;

/// Compares both ways for every event in every form; returns how many fragments it compared.
fn assert_same_bytes(pages: &Pages) -> usize {
    let mut compared = 0;
    for ei in 0..pages.site().events.len() {
        for (full, top) in [(true, true), (false, false), (false, true)] {
            let (tera, fast) = pages.event_both_ways(ei, full, top);
            let tera = tera.unwrap_or_else(|d| panic!("Tera fails on event {ei}: {d:?}"));
            let fast = fast.expect("the built-in fragment takes the fast path");
            if tera != fast {
                let at = tera.bytes().zip(fast.bytes()).take_while(|(a, b)| a == b).count();
                panic!(
                    "event {ei} ({}), full: {full}, at the root: {top}: the bytes differ from byte {at}\n tera: {tera}\n fast: {fast}",
                    pages.site().events[ei].id
                );
            }
            compared += 1;
        }
    }
    compared
}

/// Compares both ways every entry of every article page's list of events
/// (`partials/article_event.html`); returns the entries it compared.
fn assert_same_article_entries(pages: &Pages) -> Vec<briefing::render::context::ArticleEvent<'_>> {
    let site = pages.site();
    let mut compared = Vec::new();
    for ai in briefing::doc::ArticleId::all(site.articles.len()) {
        for (k, (tera, fast)) in pages.article_events_both_ways(ai).into_iter().enumerate() {
            let tera = tera.unwrap_or_else(|d| panic!("Tera fails on entry {k} of article {ai:?}: {d:?}"));
            let fast = fast.expect("the built-in entry takes the fast path");
            assert_eq!(tera, fast, "entry {k} of article {}: the bytes differ", site.articles[ai].slug);
        }
        let u = briefing::render::urls::Urls::nested(site);
        compared.extend(briefing::render::context::article_page(site, &u, ai).events);
    }
    compared
}

#[test]
fn the_example_site_events_are_the_same_bytes_both_ways() {
    let pages = pages(&repo());
    assert!(pages.site().events.len() > 20, "the example has events");
    assert_same_bytes(&pages);
    assert!(assert_same_article_entries(&pages).len() > 20, "the example's articles list events");
}

/// A dossier in `lang` (`fr` or `en`) with every kind of event the fragment shows differently.
fn dossier(lang: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let fr = lang == "fr";
    let other = if fr { "en" } else { "fr" };
    // The site's own strings over two that the fragment shows, with characters to escape.
    let config = format!(
        "title = \"Dossier\"\nlanguage = \"{lang}\"\n\n[translations]\nsources = \"Refs <&> \\\"co\\\"\"\ncurated = \"l'édito\"\n"
    );
    let yearless = if fr {
        "Le 2 août, le ministre a visité les troupes stationnées à Brest avec le chef d'état-major."
    } else {
        "On 2 August, the minister visited the troops stationed in Brest with the chief of staff."
    };
    let (parade_a, parade_b, month, year, range, shared, foreign) = if fr {
        (
            "Le 12 mars 2023, l'armée a organisé son plus grand défilé à Minsk depuis l'indépendance, avec des chars et des lance-missiles.",
            "Le 17 mars 2023, l'armée a organisé son plus grand défilé à Minsk depuis l'indépendance, avec des chars et des lance-missiles.",
            "En avril 2023, le gouvernement a présenté la réforme du dispositif militaire aux troupes.",
            "En 2021, les troupes ont signé un accord de principe avec la direction de l'armée.",
            "Du 3 au 5 mai 2023, les troupes ont manœuvré près de la frontière avec des blindés.",
            "Le 8 juin 2023, le ministre a inspecté les troupes stationnées à Brest & à Grodno.",
            "On 14 July 2023, the troops crossed the river near Gomel with pontoon bridges.",
        )
    } else {
        (
            "On 12 March 2023, the army held its largest parade in Minsk since independence, with tanks and missile launchers.",
            "On 17 March 2023, the army held its largest parade in Minsk since independence, with tanks and missile launchers.",
            "In April 2023, the government presented the reform of the military system to the troops.",
            "In 2021, the troops signed an agreement in principle with the army's leadership.",
            "From 3 to 5 May 2023, the troops manoeuvred near the border with armoured vehicles.",
            "On 8 June 2023, the minister inspected the troops stationed in Brest & Grodno.",
            "Le 14 juillet 2023, les troupes ont franchi la rivière près de Gomel sur des ponts flottants.",
        )
    };
    let article = |title: &str, date: &str, outlet: Option<&str>, language: Option<&str>, body: &str| {
        let mut fm = format!("+++\ntitle = {title:?}\ndate = \"{date}\"\n");
        if let Some(o) = outlet {
            fm.push_str(&format!("outlet = {o:?}\n"));
        }
        if let Some(l) = language {
            fm.push_str(&format!("language = \"{l}\"\n"));
        }
        format!("{fm}+++\n{body}\n")
    };
    let unknown = if fr { "Média non identifié" } else { "Unknown outlet" };
    let files: Vec<(String, String)> = vec![
        ("config.toml".into(), config),
        (
            "content/topics/army.md".into(),
                "+++\ntitle = \"The army & <co>\"\nsummary = \"Troops.\"\naliases = [\"troops\", \"troupes\", \"army\", \"armée\"]\n\n\
                 [[events]]\ndate = \"2020\"\ntext = \"A year-long <drill> & \\\"exercise\\\" of the troops, in 2020.\"\nsources = [\"parade\", \"parade-2\", \"month\", \"nameless\"]\n\n\
                 [[events]]\ndate = \"2022-11\"\nend = \"2023-01\"\ntext = \"The troops' winter rotation, over three months.\"\nsources = [\"unknown\"]\n\n\
                 [[events]]\ndate = \"2023-03-12\"\ntext = \"The editors' parade, an event they write themselves at some length to pass the cut of the compact form.\"\nsources = [\"parade\"]\n\
                 +++\nThe army's briefing.\n"
            .into(),
        ),
        (
            "content/topics/border.md".into(),
            "+++\ntitle = \"The border\"\nsummary = \"Where it is.\"\naliases = [\"frontière\", \"border\", \"Minsk\"]\n+++\nThe border.\n".into(),
        ),
        ("content/articles/parade.md".into(), article("Parade: the largest since independence, with \"tanks\" & <launchers>, seen from the stands", "2023-03-20", Some("Wire"), None, parade_a)),
        ("content/articles/parade-2.md".into(), article("Parade again", "2023-03-21", Some("Daily"), None, parade_b)),
        ("content/articles/month.md".into(), article("Reform", "2023-04-28", Some("Wire"), None, &format!("{month}\n\n{year}"))),
        ("content/articles/nameless.md".into(), article("A title with no outlet, long enough to be cut at a word somewhere", "2023-05-06", None, None, range)),
        ("content/articles/unknown.md".into(), article("Of an unknown outlet", "2023-06-09", Some(unknown), None, shared)),
        ("content/articles/shared.md".into(), article("Shared", "2023-06-10", Some("L'Écho"), None, shared)),
        ("content/articles/foreign.md".into(), article("Abroad: a report in the other language", "2023-07-15", Some("Foreign Post"), Some(other), foreign)),
        // A date without its year: the article's page quotes its words for it.
        ("content/articles/yearless.md".into(), article("Visit", "2023-08-05", Some("Wire"), None, yearless)),
    ];
    let files: Vec<(&str, &[u8])> = files.iter().map(|(p, c)| (p.as_str(), c.as_bytes())).collect();
    write_files(dir.path(), &files);
    dir
}

#[test]
fn every_kind_of_event_is_the_same_bytes_both_ways_in_both_languages() {
    use briefing::dates::Precision;
    for lang in ["fr", "en"] {
        let dir = dossier(lang);
        let pages = pages(dir.path());
        let site = pages.site();
        let events = &site.events;
        // The dossier holds what it is made for: a test of nothing would pass.
        let kinds = [
            ("curated", events.iter().any(|e| e.curated)),
            ("extracted", events.iter().any(|e| !e.curated)),
            ("conflict", events.iter().any(|e| !e.conflicts().is_empty())),
            ("several reports", events.iter().any(|e| e.reports > 1)),
            ("year only", events.iter().any(|e| e.span.start.precision() == Precision::Year && e.span.end.is_none())),
            ("month", events.iter().any(|e| e.span.start.precision() == Precision::Month)),
            ("range", events.iter().any(|e| e.span.end.is_some())),
            ("topics", events.iter().any(|e| !e.topics.is_empty())),
            (
                "other language",
                events.iter().any(|e| {
                    e.mentions.first().is_some_and(|m| site.articles[m.article].language.as_deref() != Some(lang))
                }),
            ),
        ];
        for (kind, present) in kinds {
            assert!(present, "{lang}: the dossier has no event of kind {kind}: {:#?}", events);
        }
        assert_same_bytes(&pages);
        let entries = assert_same_article_entries(&pages);
        let kinds = [
            ("curated", entries.iter().any(|e| e.curated)),
            ("passage with words", entries.iter().any(|e| e.passages.iter().any(|p| p.words.is_some()))),
            ("passage without", entries.iter().any(|e| e.passages.iter().any(|p| p.words.is_none()))),
            ("text shown", entries.iter().any(|e| e.short.is_some())),
            ("several reports", entries.iter().any(|e| e.count > 1)),
            ("conflict", entries.iter().any(|e| e.conflict)),
        ];
        for (kind, present) in kinds {
            assert!(present, "{lang}: no article lists an event of kind {kind}");
        }
    }
}

#[test]
fn a_site_with_its_own_article_event_entry_keeps_it() {
    let dir = dossier("en");
    write_files(dir.path(), &[("templates/partials/article_event.html", b"<li>{{ e.date }}</li>\n")]);
    let pages = pages(dir.path());
    let site = pages.site();
    let ai = briefing::doc::ArticleId::all(site.articles.len())
        .find(|&a| !site.article_events[a].is_empty())
        .expect("an article lists events");
    let (tera, fast) = pages.article_events_both_ways(ai).remove(0);
    assert!(fast.is_none(), "the site's own entry is not the built-in one");
    assert!(tera.unwrap().starts_with("<li>"));
}

#[test]
fn a_site_with_its_own_event_fragment_keeps_it() {
    let dir = dossier("en");
    write_files(dir.path(), &[("templates/partials/event.html", b"<li id=\"{{ e.id }}\">{{ e.text }}</li>\n")]);
    let pages = pages(dir.path());
    let (tera, fast) = pages.event_both_ways(0, true, true);
    assert!(fast.is_none(), "the site's own fragment is not the built-in one");
    assert!(tera.unwrap().starts_with("<li id=\"e1\">"));
}
