//! A rebuild that reuses the last build's work (`briefing serve`) gives the very files that a
//! build from scratch gives, whatever was edited, added, removed or renamed in between.

mod common;

use common::*;
use std::path::Path;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn append(path: &Path, text: &str) {
    let old = std::fs::read_to_string(path).unwrap();
    std::fs::write(path, format!("{old}{text}")).unwrap();
}

fn replace(path: &Path, from: &str, to: &str) {
    let old = std::fs::read_to_string(path).unwrap();
    assert!(old.contains(from), "{} holds no `{from}`", path.display());
    std::fs::write(path, old.replacen(from, to, 1)).unwrap();
}

/// Builds `root` three ways (from scratch, reusing `full`'s work, and page by page reusing
/// `lazy`'s) and checks that they agree byte for byte.
fn agree(root: &Path, full: &mut briefing::BuildCache, lazy: &mut briefing::BuildCache, step: &str) {
    let (_, cold, _) = briefing::compile(root).unwrap_or_else(|d| panic!("{step}: {d:?}"));
    let (_, warm, _) = briefing::compile_cached(root, full).unwrap_or_else(|d| panic!("{step}: {d:?}"));
    let (_, pages, _) = briefing::prepare_cached(root, lazy).unwrap_or_else(|d| panic!("{step}: {d:?}"));
    let names = |files: &[(String, Vec<u8>)]| files.iter().map(|f| f.0.clone()).collect::<Vec<_>>();
    assert_eq!(names(&cold), names(&warm), "{step}: the files differ");
    assert_eq!(names(&cold), pages.paths().map(String::from).collect::<Vec<_>>(), "{step}: the pages differ");
    for ((path, a), (_, b)) in cold.iter().zip(&warm) {
        assert!(a == b, "{step}: {path} differs after a cached rebuild");
        let lazy = pages.get(path).expect("listed").expect("renders");
        assert!(**a == *lazy, "{step}: {path} differs when rendered on demand");
    }
}

#[test]
fn cached_rebuilds_match_builds_from_scratch() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::copy(repo().join("config.toml"), root.join("config.toml")).unwrap();
    copy_dir(&repo().join("content"), &root.join("content"));
    let (mut full, mut lazy) = (briefing::BuildCache::default(), briefing::BuildCache::default());
    agree(root, &mut full, &mut lazy, "first build");

    let articles = root.join("content/articles");
    append(&root.join("content/notes/fiabilite-des-sources.md"), "\nUne phrase de plus.\n");
    agree(root, &mut full, &mut lazy, "a note edited");

    append(
        &articles.join("000_29f968cfebea0565.txt"),
        "\n\nLe 3 janvier 2023, Alexandre Loukachenko a reçu à Minsk une délégation russe.\n",
    );
    agree(root, &mut full, &mut lazy, "an article edited");

    // A sidecar's date moves the relative dates of its article: its reports leave some dates
    // and join others.
    replace(&articles.join("001_d60b50a804a2c690.toml"), "date = \"2022-12\"", "date = \"2022-12-21\"");
    agree(root, &mut full, &mut lazy, "an article's date changed");

    write_files(
        root,
        &[(
            "content/articles/nouvel-article.md",
            "+++\ntitle = \"Nouvel article\"\ndate = \"2022-12-21\"\noutlet = \"Le Quotidien\"\nlanguage = \"fr\"\n+++\nLundi, Vladimir Poutine s'est rendu à Minsk pour rencontrer Alexandre Loukachenko au palais de l'Indépendance.\n"
                .as_bytes(),
        )],
    );
    agree(root, &mut full, &mut lazy, "an article added");

    replace(&root.join("content/topics/sommet-minsk-2022.md"), "aliases = [", "aliases = [\"palais\", ");
    agree(root, &mut full, &mut lazy, "a topic's aliases changed");

    std::fs::rename(articles.join("nouvel-article.md"), articles.join("article-renomme.md")).unwrap();
    agree(root, &mut full, &mut lazy, "an article renamed");

    std::fs::remove_file(articles.join("article-renomme.md")).unwrap();
    agree(root, &mut full, &mut lazy, "an article removed");

    replace(&root.join("config.toml"), "language = \"fr\"", "language = \"en\"");
    agree(root, &mut full, &mut lazy, "the site's language changed");
}
