//! People, places and organisations (`content/entities/`): each gets a page with the editor's
//! text, the articles, notes and events that name them and their topics; the first mention in
//! each section of a text links to it; a bad declaration is an error with its place; `check`
//! suggests names the articles use often; `new entity` writes one.

mod common;

use common::*;
use std::path::Path;

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// The small site with two actors, a note and an article that name them, and a `base_url`.
fn site_with_actors() -> tempfile::TempDir {
    let site = small_site();
    write_files(
        site.path(),
        &[
            ("config.toml", b"title = \"Test dossier\"\nlanguage = \"en\"\nbase_url = \"https://example.org/d\"\n"),
            (
                "content/entities/lukashenko.md",
                "+++\nname = \"Alexander Lukashenko\"\nkind = \"person\"\naliases = [\"Lukashenko\", \"Loukachenko\", \"Lukachenko\"]\ntopics = [\"army\"]\ndescription = \"President of Belarus since 1994.\"\n+++\nRe-elected ever since, he lent <b>Russia</b> his territory.<script>alert(1)</script>\n".as_bytes(),
            ),
            (
                "content/entities/minsk.md",
                b"+++\nname = \"Minsk\"\nkind = \"place\"\n+++\nThe capital. Lukashenko lives there.\n",
            ),
            (
                "content/articles/summit.md",
                "+++\ntitle = \"Summit in Minsk\"\ndate = \"2022-12-19\"\ntopics = [\"army\"]\n+++\nOn Monday 19 December 2022, Loukachenko met the Russian president in Minsk. Lukashenko said little; [Lukashenko](https://example.org/x) links elsewhere.\n\n## What Lukashenko wants\n\nLUKACHÉNKO wants time. `Lukashenko` in code stays.\n".as_bytes(),
            ),
            (
                "content/notes/a-note.md",
                "+++\ntitle = \"A note\"\ndate = \"2022-12-20\"\ntopics = [\"army\"]\n+++\nLukashenko hesitates [@first, p. 2]. Lukashenko again.\n".as_bytes(),
            ),
        ],
    );
    site
}

#[test]
fn an_actor_page_says_who_they_are_and_who_names_them() {
    let site = site_with_actors();
    let (code, _, err) = run(&["build"], site.path());
    assert_eq!(code, 0, "{err}");
    let public = site.path().join("public");
    let page = read(&public.join("actors/lukashenko.html"));
    assert!(page.contains("<h1>Alexander Lukashenko</h1>"), "{page}");
    assert!(page.contains("President of Belarus since 1994."));
    for alias in ["Lukashenko", "Loukachenko", "Lukachenko"] {
        assert!(page.contains(&format!("<span class=\"alias\">{alias}</span>")), "{alias}");
    }
    // The editor's text, cleaned as a note's is.
    assert!(page.contains("he lent <b>Russia</b> his territory."), "{page}");
    assert!(!page.contains("<script>alert"), "raw script kept");
    // Who names them: the article and the note; the topic they are filed under, with its count.
    assert!(page.contains("href=\"../articles/summit.html\""), "{page}");
    assert!(page.contains("href=\"../notes/a-note.html\""), "{page}");
    assert!(page.contains("href=\"../topics/army.html\">The army</a> <span class=\"count\">(2)</span>"), "{page}");
    // The events whose sentence names them, compact, linking to the chronology.
    assert!(page.contains("<ol class=\"events compact\">") && page.contains("chronology.html#"), "{page}");
    // Minsk's page links to Lukashenko's from its text; Lukashenko's does not link itself.
    assert!(read(&public.join("actors/minsk.html"))
        .contains("<a class=\"actor\" href=\"../actors/lukashenko.html\">Lukashenko</a>"));
    assert!(!page.contains("class=\"actor\" href=\"../actors/lukashenko.html\""));

    let index = read(&public.join("actors.html"));
    assert!(index.contains("href=\"actors/lukashenko.html\">Alexander Lukashenko</a>"), "{index}");
    assert!(index.contains("href=\"actors/minsk.html\">Minsk</a>"));
    // Every page's masthead leads to the index.
    assert!(read(&public.join("index.html")).contains("<a href=\"actors.html\">"));
    assert!(read(&public.join("topics/army.html")).contains("<a href=\"../actors.html\">"));
    let sitemap = read(&public.join("sitemap.xml"));
    assert!(sitemap.contains("https://example.org/d/actors/lukashenko.html"), "{sitemap}");
    assert!(sitemap.contains("https://example.org/d/actors.html"));
    // An actor is a search document, found by its aliases.
    let manifest = read(&public.join("search/manifest.json"));
    assert!(manifest.contains("\"actor\""), "{manifest}");
    let offline = read(&public.join("search-index.js"));
    assert!(offline.contains("\"t\":\"Alexander Lukashenko\"") && offline.contains("Loukachenko"), "{offline}");
}

#[test]
fn the_first_mention_in_each_section_links_to_the_actor() {
    let site = site_with_actors();
    let (code, _, err) = run(&["build"], site.path());
    assert_eq!(code, 0, "{err}");
    let public = site.path().join("public");
    let article = read(&public.join("articles/summit.html"));
    let body = &article[article.find("<div class=body>").unwrap()..];
    let body = &body[..body.find("</div>").unwrap()];
    let link = "<a class=\"actor\" href=\"../actors/lukashenko.html\">";
    // Once before the heading (the first spelling), never in the heading, once after it.
    assert_eq!(body.matches(link).count(), 2, "{body}");
    assert!(body.contains(&format!("{link}Loukachenko</a> met")), "{body}");
    assert!(body.contains(&format!("{link}LUKACHÉNKO</a> wants")), "{body}");
    assert!(body.contains("<h2 id=\"what-lukashenko-wants\">What Lukashenko wants</h2>"), "{body}");
    assert!(body.contains("<code>Lukashenko</code>"));
    assert!(body.contains("<a href=\"https://example.org/x\">Lukashenko</a>"), "a link inside a link: {body}");
    assert!(body.contains("<a class=\"actor\" href=\"../actors/minsk.html\">Minsk</a>"));
    // In a note too, and never inside the citation.
    let note = read(&public.join("notes/a-note.html"));
    assert_eq!(note.matches(link).count(), 1, "{note}");
    assert!(note.contains(&format!("{link}Lukashenko</a> hesitates<sup")), "{note}");
}

#[test]
fn bad_declarations_are_errors_with_their_place() {
    let site = site_with_actors();
    write_files(
        site.path(),
        &[
            (
                "content/entities/other.md",
                b"+++\nname = \"Another man\"\nkind = \"person\"\naliases = [\"Lukashenko\"]\ntopics = [\"armyy\"]\n+++\n",
            ),
            ("content/entities/bad.md", b"+++\nname = \"Bad\"\nkind = \"person\"\nrank = 3\n+++\n"),
            ("content/entities/short.md", b"+++\nname = \"Union\"\nkind = \"organisation\"\naliases = [\"EU\"]\n+++\n"),
        ],
    );
    let (code, _, err) = run(&["build"], site.path());
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("content/entities/other.md:4:12: error: \"Lukashenko\" already names Alexander Lukashenko (content/entities/lukashenko.md)"),
        "{err}"
    );
    assert!(err.contains("content/entities/other.md:5") && err.contains("error: unknown topic \"armyy\""), "{err}");
    assert!(err.contains("did you mean \"army\"?"), "{err}");
    assert!(err.contains("content/entities/bad.md:4") && err.contains("unknown field `rank`"), "{err}");
    assert!(err.contains("content/entities/short.md:4:12: error: alias \"EU\" is too short"), "{err}");
}

#[test]
fn check_suggests_frequent_names_nobody_declared_without_failing() {
    // A dossier with nothing to warn about, so that `--strict` has only the suggestion to see.
    let site = tempfile::tempdir().unwrap();
    let config = "title = \"Test dossier\"\nlanguage = \"en\"\nbase_url = \"https://example.org/d/\"\n";
    let mut files: Vec<(String, Vec<u8>)> = vec![
        ("config.toml".into(), config.as_bytes().to_vec()),
        ("content/topics/army.md".into(), b"+++\ntitle = \"The army\"\n+++\nThe briefing.\n".to_vec()),
    ];
    for (i, opener) in ["Then", "Later", "Meanwhile"].iter().enumerate() {
        files.push((
            format!("content/articles/a{i}.md"),
            format!("+++\ntitle = \"Report {i}\"\ndate = \"2022-12-1{i}\"\nlanguage = \"en\"\ntopics = [\"army\"]\n+++\n{opener} the envoy met Sergei Shoigu in Moscow on Monday. {opener} it rained in December.\n").into_bytes(),
        ));
    }
    let refs: Vec<(&str, &[u8])> = files.iter().map(|(p, c)| (p.as_str(), c.as_slice())).collect();
    write_files(site.path(), &refs);
    write_files(site.path(), &[("content/entities/moscow.md", b"+++\nname = \"Moscow\"\nkind = \"place\"\n+++\n")]);
    let (code, _, err) = run(&["check", "--strict"], site.path());
    assert_eq!(code, 0, "suggestions never fail a check: {err}");
    assert!(
        err.contains("content/articles/a0.md:7:20: suggestion: \"Sergei Shoigu\" is named in 3 articles but is no declared actor"),
        "{err}"
    );
    assert!(err.contains("1 suggestion"), "{err}");
    // Declared, weekday, month and sentence openers: none of them is suggested.
    for word in ["\"Moscow\"", "\"Monday\"", "\"December\"", "\"Then\"", "\"Later\""] {
        assert!(!err.contains(word), "{word} suggested: {err}");
    }
    // config.toml sets how many articles it takes (0: never).
    write_files(site.path(), &[("config.toml", format!("{config}actor_suggestions = 4\n").as_bytes())]);
    let (_, _, err) = run(&["check"], site.path());
    assert!(!err.contains("suggestion"), "{err}");
    let (code, out, err) = run(&["new", "entity", "Sergei Shoigu", "--kind", "person", "--topic", "army"], site.path());
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.trim(), "content/entities/sergei-shoigu.md");
    let (code, _, err) = run(&["build"], site.path());
    assert_eq!(code, 0, "{err}");
    assert!(site.path().join("public/actors/sergei-shoigu.html").is_file());
}
