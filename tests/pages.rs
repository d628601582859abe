//! The pages people expect of a site: a 404 page, a favicon, canonical addresses and Open
//! Graph metadata from `base_url` (and none without it), a feed per topic, and when each
//! briefing was last updated.

mod common;

use common::*;
use std::path::Path;

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn build(root: &Path) -> std::path::PathBuf {
    let (code, _, err) = run(&["build"], root);
    assert_eq!(code, 0, "{err}");
    root.join("public")
}

/// The small site with a second, later article on its topic, and a `base_url`.
fn site_with_base() -> tempfile::TempDir {
    let site = small_site();
    write_files(
        site.path(),
        &[
            ("config.toml", b"title = \"Test dossier\"\nlanguage = \"en\"\nbase_url = \"https://example.org/d\"\n"),
            (
                "content/articles/later.md",
                b"+++\ntitle = \"Troops move again\"\ndate = \"2023-01\"\ntopics = [\"army\"]\n+++\nThe troops moved again, a month later.\n",
            ),
        ],
    );
    site
}

#[test]
fn each_topic_has_an_atom_feed_linked_from_its_page() {
    let site = site_with_base();
    let public = build(site.path());
    let xml = std::fs::read(public.join("topics/army.xml")).unwrap();
    let feed = atom_syndication::Feed::read_from(&xml[..]).expect("topics/army.xml parses as Atom");
    assert_eq!(feed.title().as_str(), "The army · Test dossier");
    assert_eq!(feed.id(), "https://example.org/d/topics/army.xml");
    let mut links: Vec<&str> = feed.entries().iter().map(|e| e.links()[0].href()).collect();
    assert_eq!(links.remove(0), "https://example.org/d/articles/later.html", "newest first");
    links.sort_unstable();
    assert_eq!(
        links,
        ["https://example.org/d/articles/first.html", "https://example.org/d/notes/a-note.html"],
        "its notes and articles"
    );
    let page = read(&public.join("topics/army.html"));
    assert!(
        page.contains(
            "<link rel=alternate type=application/atom+xml title=\"The army · Test dossier\" href=\"../topics/army.xml\">"
        ),
        "{page}"
    );
    // The site's feed keeps its title, and lists everything.
    let site_feed = atom_syndication::Feed::read_from(&std::fs::read(public.join("feed.xml")).unwrap()[..]).unwrap();
    assert_eq!(site_feed.title().as_str(), "Test dossier");
    assert_eq!(site_feed.entries().len(), 3);
}

#[test]
fn without_base_url_a_topic_feed_links_relative_to_itself_and_no_page_claims_a_canonical_address() {
    let site = small_site();
    let public = build(site.path());
    let feed = atom_syndication::Feed::read_from(&std::fs::read(public.join("topics/army.xml")).unwrap()[..]).unwrap();
    assert!(feed.entries().iter().all(|e| e.links()[0].href().starts_with("../")), "{:?}", feed.entries());
    for page in ["index.html", "topics/army.html", "notes/a-note.html", "articles/first.html", "404.html"] {
        let html = read(&public.join(page));
        assert!(!html.contains("rel=canonical") && !html.contains("og:url"), "{page}");
        assert!(html.contains("<meta property=og:title "), "{page}");
    }
    assert!(!read(&public.join("404.html")).contains("<base"), "no <base> without base_url");
}

#[test]
fn canonical_addresses_open_graph_404_and_favicon() {
    let site = site_with_base();
    let public = build(site.path());
    let note = read(&public.join("notes/a-note.html"));
    assert!(note.contains("<link rel=canonical href=\"https://example.org/d/notes/a-note.html\">"), "{note}");
    assert!(note.contains("<meta property=og:type content=article>"), "{note}");
    assert!(note.contains("<link rel=icon href=../assets/favicon.svg>"), "{note}");
    let index = read(&public.join("index.html"));
    assert!(index.contains("<link rel=canonical href=\"https://example.org/d/index.html\">"), "{index}");
    assert!(index.contains("<meta property=og:type content=website>"), "{index}");
    assert!(read(&public.join("assets/favicon.svg")).starts_with("<svg"));

    let missing = read(&public.join("404.html"));
    assert!(missing.contains("<base href=\"https://example.org/d/\">"), "{missing}");
    assert!(!missing.contains("rel=canonical"), "the 404 page is at no address of its own");
    assert!(missing.contains("href=\"topics/army.html\""), "links from the site root: {missing}");
    assert!(!read(&public.join("sitemap.xml")).contains("404.html"));
}

#[test]
fn a_briefing_says_when_it_was_last_updated_from_its_content() {
    let site = site_with_base();
    let public = build(site.path());
    let page = read(&public.join("topics/army.html"));
    // The latest of the note (2022-12-20) and the articles (2022-12-20, 2023-01): a month.
    assert!(
        page.contains("<p class=\"updated\">Last updated: <time datetime=\"2023-01\">January 2023</time></p>"),
        "{page}"
    );
    // Computed, not the build's clock: a second build writes the same page.
    std::fs::remove_dir_all(&public).unwrap();
    assert_eq!(read(&build(site.path()).join("topics/army.html")), page);
}
