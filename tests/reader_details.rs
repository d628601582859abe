//! What a reader sees in the small details of a page: lists in their own order, no editors'
//! apparatus, links with names, the current page marked. Built from a French site with an
//! English article, so that "another language" means something.

mod common;

use common::*;
use std::path::Path;

fn site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write_files(
        dir.path(),
        &[
            ("config.toml", "title = \"Dossier d’essai\"\nlanguage = \"fr\"\n".as_bytes()),
            (
                "content/topics/armee.md",
                "+++\ntitle = \"L’armée\"\nsummary = \"Troupes et exercices.\"\naliases = [\"troupes\"]\n+++\n## L’essentiel\n\nUn constat [@rapport] et un autre [@rapport:2], puis encore [@rapport].\n\n## Ce que disent les sources\n\nDes sources [@troops].\n".as_bytes(),
            ),
            (
                "content/topics/autre.md",
                "+++\ntitle = \"Autre sujet\"\n+++\nRien [@rapport].\n".as_bytes(),
            ),
            // A raw article whose numbered list the front matter completes for its entry 3 only.
            (
                "content/articles/rapport.txt",
                "Les troupes se massent à la frontière\n\nPar Jeanne Dupont\n\nLes troupes se sont massées lundi 19 décembre 2022 près de la frontière1. Des exercices ont suivi2, puis un communiqué3.\n\nSources\n  1. « Premier texte », Journal Un, 10 octobre 2022.\n  2. « Deuxième texte », Journal Deux, 19 décembre 2022.\n  3. Troisième texte, 19 décembre 2022.\n".as_bytes(),
            ),
            (
                "content/articles/rapport.toml",
                "slug = \"rapport\"\ndate = \"2022-12-20\"\noutlet = \"Le Journal\"\nlanguage = \"fr\"\ntopics = [\"armee\"]\n\n[[sources]]\nid = 3\ntitle = \"Troisième texte, nommé par la rédaction\"\noutlet = \"Réseau social\"\ndate = \"2022-12-19\"\n".as_bytes(),
            ),
            (
                "content/articles/troops.md",
                "+++\ntitle = \"Troops gather near the border\"\ndate = \"2022-12-21\"\nlanguage = \"en\"\noutlet = \"Wire\"\ntopics = [\"armee\"]\nguessed = [\"title\"]\n+++\nThe troops gathered near the border on Monday, officials said.\n".as_bytes(),
            ),
        ],
    );
    dir
}

fn build() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = site();
    let (code, _, err) = run(&["build"], dir.path());
    assert_eq!(code, 0, "{err}");
    let public = dir.path().join("public");
    (dir, public)
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn an_articles_sources_keep_its_lists_numbering() {
    let (_dir, p) = build();
    let html = read(&p.join("articles/rapport.html"));
    let ids: Vec<String> = attr_values(&html, "id").into_iter().filter(|i| i.starts_with("fn-")).collect();
    assert_eq!(ids, ["fn-1", "fn-2", "fn-3"], "{html}");
    assert!(html.contains("Troisième texte, nommé par la rédaction"), "the front matter's entry completes the list's");
}

#[test]
fn editors_apparatus_stays_out_of_the_readers_pages() {
    let (_dir, p) = build();
    for page in ["sources.html", "topics/armee.html", "articles/rapport.html", "articles/troops.html"] {
        let html = read(&p.join(page));
        assert!(!html.contains("<code>@"), "{page}: a citation key shown");
        assert!(!html.contains("classé par la rédaction"), "{page}");
        assert!(
            !html.contains("Langue\u{a0}: fr") && !html.contains("français"),
            "{page}: the site's own language named"
        );
        assert!(!html.contains("class=\"guessed\" title="), "{page}: a guess only a mouse can read");
    }
    // Another language than the site's is said, and the title carries it.
    let sources = read(&p.join("sources.html"));
    assert!(sources.contains("(en anglais)"), "{sources}");
    assert!(sources.contains("lang=\"en\">«\u{a0}Troops gather near the border\u{a0}»"), "{sources}");
    let topic = read(&p.join("topics/armee.html"));
    assert!(topic.contains("lang=\"en\">Troops gather near the border</a>"), "{topic}");
    // A guessed title is marked in the page's text, with its meaning next to it.
    let troops = read(&p.join("articles/troops.html"));
    assert!(troops.contains("class=\"guessed\"") && troops.contains("class=guessed-note"), "{troops}");
}

#[test]
fn each_source_by_date_is_one_row() {
    let (_dir, p) = build();
    let html = read(&p.join("sources.html"));
    let by_date = &html[html.find("id=\"by-date\"").unwrap()..];
    let items: Vec<&str> = by_date.split("<li>").skip(1).collect();
    assert!(items.len() >= 2, "{by_date}");
    for item in items {
        // Two cells: the date, then title and outlet together (no loose `·` of its own).
        let cells = item.matches("<span class=date>").count() + item.matches("<span class=what>").count();
        assert_eq!(cells, 2, "{item}");
        let what = &item[item.find("<span class=what>").unwrap()..];
        assert!(what.contains("<a ") && what.find("</span>") > what.find("</a>"), "{item}");
    }
}

#[test]
fn back_links_say_where_they_go() {
    let (_dir, p) = build();
    let html = read(&p.join("topics/armee.html"));
    // Note 1 is called twice: two ways back, lettered, each named with its letter.
    let back = |href: &str, name: &str, letter: &str| {
        let letter = if letter.is_empty() { String::new() } else { format!("<span class=\"letter\">{letter}</span>") };
        format!("<a class=\"backref\" href=\"#{href}\"><span aria-hidden=\"true\">↩</span><span class=\"vh\">{name}</span>{letter}</a>")
    };
    assert!(html.contains(&back("cite-1", "Retour à l&#39;appel 1 ", "a")), "{html}");
    assert!(html.contains(&back("cite-3", "Retour à l&#39;appel 1 ", "b")), "{html}");
    assert!(html.contains(&back("cite-2", "Retour à l&#39;appel 2", "")), "{html}");
    assert!(!html.contains("aria-label=\"retour au texte\""), "an unnamed ↩ is left");
    let article = read(&p.join("articles/rapport.html"));
    assert!(article.contains(&back("fnref-3", "Retour à l&#39;appel 3", "")), "{article}");
}

#[test]
fn the_masthead_marks_the_current_page() {
    let (_dir, p) = build();
    let topic = read(&p.join("topics/armee.html"));
    assert_eq!(topic.matches("aria-current=\"page\"").count(), 1, "{topic}");
    assert!(topic.contains("<a href=\"../topics/armee.html\" aria-current=\"page\">"), "{topic}");
    let other = read(&p.join("topics/autre.html"));
    assert!(other.contains("<a href=\"../topics/autre.html\" aria-current=\"page\">"));
    assert!(!other.contains("<a href=\"../topics/armee.html\" aria-current"));
    for (page, link) in [
        ("index.html", "index.html"),
        ("chronology.html", "chronology.html"),
        ("sources.html", "sources.html"),
        ("search.html", "search.html"),
    ] {
        let html = read(&p.join(page));
        assert_eq!(html.matches("aria-current=\"page\"").count(), 1, "{page}");
        assert!(html.contains(&format!("<a href={link} aria-current=\"page\">")), "{page}");
    }
    let article = read(&p.join("articles/rapport.html"));
    assert!(!article.contains("aria-current"), "an article is none of the masthead's pages");
}

/// A text in another language than the page's says so (WCAG 3.1.2): the titles a French
/// article cites in English (the article does not say: their language is guessed from the
/// title), and an English article's words where the chronology quotes them.
#[test]
fn titles_and_passages_in_another_language_carry_their_lang() {
    let dir = tempfile::tempdir().unwrap();
    write_files(
        dir.path(),
        &[
            ("config.toml", "title = \"Dossier\"\nlanguage = \"fr\"\n".as_bytes()),
            (
                "content/articles/analyse.md",
                "+++\ntitle = \"Après le sommet, la crainte d’une offensive\"\ndate = \"2022-12-20\"\nlanguage = \"fr\"\noutlet = \"Revue\"\n\n[[sources]]\nid = 1\ntitle = \"Belarus Says Forming Joint Military Group with Russia\"\noutlet = \"The Moscow Times\"\ndate = \"2022-10-10\"\n\n[[sources]]\nid = 2\ntitle = \"Le communiqué de la présidence sur la coopération militaire\"\noutlet = \"Présidence\"\ndate = \"2022-12-16\"\n+++\nLe groupe régional a été annoncé en octobre, puis confirmé par la présidence.\n".as_bytes(),
            ),
            (
                "content/articles/troops.md",
                "+++\ntitle = \"Troops gather near the border\"\ndate = \"2022-12-21\"\nlanguage = \"en\"\noutlet = \"Wire\"\n+++\nThe troops gathered near the border on Monday 19 December 2022, officials said.\n".as_bytes(),
            ),
        ],
    );
    let (code, _, err) = run(&["build"], dir.path());
    assert_eq!(code, 0, "{err}");
    let p = dir.path().join("public");
    let sources = read(&p.join("sources.html"));
    let english = "Belarus Says Forming Joint Military Group with Russia";
    let french = "Le communiqué de la présidence sur la coopération militaire";
    let lang_of = |html: &str, text: &str| -> Option<String> {
        let doc = dom_query::Document::from(html);
        // The innermost element with a `lang` around the text (the last in document order).
        let found =
            doc.select("[lang]").nodes().iter().rev().find(|n| n.text().contains(text)).and_then(|n| n.attr("lang"));
        found.map(|l| l.to_string())
    };
    assert_eq!(lang_of(&sources, english).as_deref(), Some("en"), "{sources}");
    // The French title is in the page's language: only the page's own `lang` covers it.
    assert_eq!(lang_of(&sources, french).as_deref(), Some("fr"), "{sources}");
    assert!(!sources.contains(&format!("lang=\"fr\">« {french}")), "{sources}");
    let article = read(&p.join("articles/analyse.html"));
    assert!(article.contains(&format!("<span lang=\"en\">{english}</span>")), "{article}");
    // On the chronology, the English article's sentence carries its language, and its source is
    // named by its outlet and date (its title is on the article's page).
    let chronology = read(&p.join("chronology.html"));
    assert!(chronology.contains("><cite>Wire</cite>, 21 décembre 2022</a>"), "{chronology}");
    assert_eq!(lang_of(&chronology, "gathered near the border").as_deref(), Some("en"), "{chronology}");
    assert!(chronology.contains("<p class=t lang=\"en\">"), "{chronology}");
    assert!(!chronology.contains("<p class=t lang=\"fr\">"), "{chronology}");
}
