//! `briefing init` and `briefing new`: a working dossier to start from, and new documents with
//! the right front matter, so that editors never write TOML keys from memory.

use crate::text::slugify;
use std::path::{Path, PathBuf};

/// What can go wrong while writing scaffolding.
#[derive(Debug, thiserror::Error)]
pub enum ScaffoldError {
    /// `init` into a folder that holds files, without `--force`.
    #[error("{} is not empty: choose an empty folder, or pass --force", .0.display())]
    NotEmpty(PathBuf),
    /// A title with nothing to make a file name of.
    #[error("\"{0}\" gives an empty slug: use letters or digits")]
    EmptySlug(String),
    /// `--topic` names no topic of the dossier (the second field lists the ones it has).
    #[error("unknown topic \"{0}\": no content/topics/{0}.md ({known})", known = known_topics(.1))]
    UnknownTopic(String, Vec<String>),
    /// `new event` without `--topic` (a usage error: the command line is incomplete).
    #[error("an event goes into a topic: pass --topic SLUG")]
    NoTopic,
    /// The topic file has no front matter to add an event to.
    #[error("{}: no `+++` front matter to add the event to", .0.display())]
    NoFrontMatter(PathBuf),
    /// The file to create is there already.
    #[error("{} already exists", .0.display())]
    Exists(PathBuf),
    /// Reading or writing a file failed.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> ScaffoldError + '_ {
    move |source| ScaffoldError::Io { path: path.to_path_buf(), source }
}

const CONFIG: &str = r#"# The dossier's title, shown on every page.
title = "My dossier"
# One or two sentences: what the dossier is about.
description = "A briefing built with briefing."
# Interface language: "fr" or "en".
language = "en"
# Who publishes the dossier (the feed's author).
author = "The editors"
# Where the site will live: replace it with your address before publishing. The feeds, the
# sitemap and each page's canonical address use it (every page link is relative, so the site
# works under any sub-path and from file://); without it, `check --strict` warns.
base_url = "https://example.org/my-dossier/"
# Output folder, relative to this file (default "public").
# output_dir = "public"
# Raw HTML in notes and briefings is cleaned of scripts, styles and the like; set this to
# true only if everyone who writes notes is trusted.
# trust_editor_html = false
"#;

const TOPIC: &str = r#"+++
title = "The army"
summary = "What the sources say about the army's role."
# Articles that mention one of these (any case, any accents) are attached to the topic.
aliases = ["army", "troops"]

[[events]]
date = "2022-12"
text = "Joint exercises announced."
sources = ["first-article"]
+++
## The essentials

Write the briefing here; cite sources Pandoc-style [@first-article].
"#;

const NOTE: &str = r#"+++
title = "Reading the sources"
date = "2022-12-21"
topics = ["army"]
summary = "How far the first article can be trusted."
+++
An analyst note. Cite with [@first-article], or several at once [@first-article; @first-article:1].
"#;

const ARTICLE: &str = r#"+++
title = "Troops gather near the border"
date = "2022-12-20"
author = "Jane Doe"
outlet = "The Wire"
language = "en"
topics = ["army"]

[[sources]]
id = 1
title = "Ministry statement"
outlet = "Ministry of Defence"
date = "2022-12-19"
+++
Troops gathered near the border on Monday, officials said[^1]. The next day, they held drills.
"#;

/// Creates a working dossier in `dir`; refuses a folder that is not empty unless `force`.
/// Returns the files written.
pub fn init(dir: &Path, force: bool) -> Result<Vec<PathBuf>, ScaffoldError> {
    let non_empty = std::fs::read_dir(dir).map(|mut d| d.next().is_some()).unwrap_or(false);
    if non_empty && !force {
        return Err(ScaffoldError::NotEmpty(dir.to_path_buf()));
    }
    let files = [
        ("config.toml", CONFIG),
        ("content/topics/army.md", TOPIC),
        ("content/notes/reading-the-sources.md", NOTE),
        ("content/articles/first-article.md", ARTICLE),
    ];
    let mut written = Vec::new();
    for (rel, text) in files {
        let path = dir.join(rel);
        if path.exists() {
            continue;
        }
        write_new(&path, text)?;
        written.push(path);
    }
    Ok(written)
}

/// What `briefing new` creates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An analyst note in `content/notes/`.
    Note,
    /// A topic in `content/topics/`.
    Topic,
    /// A curated event, added to a topic's front matter.
    Event,
    /// A person, place or organisation in `content/entities/` (the title is its name).
    Entity(crate::content::entity::ActorKind),
}

/// Writes a new document titled `title` under `root` (today is `today`, `YYYY-MM-DD`) and
/// returns its path. An event goes into the front matter of `topic`, which it requires.
pub fn new(root: &Path, kind: Kind, title: &str, topic: Option<&str>, today: &str) -> Result<PathBuf, ScaffoldError> {
    let title = title.trim();
    let slug = slugify(title);
    if slug.is_empty() {
        return Err(ScaffoldError::EmptySlug(title.to_string()));
    }
    let quoted = toml_string(title);
    let topics = topic.map(|t| format!("topics = [{}]\n", toml_string(t))).unwrap_or_default();
    if let Some(t) = topic {
        // Compared with the listed slugs, not joined into a path and tested: `--topic
        // ../../x` must not reach (and append an event to) a file outside content/topics/.
        let known = topic_slugs(root);
        if !known.iter().any(|k| k == t) {
            return Err(ScaffoldError::UnknownTopic(t.to_string(), known));
        }
    }
    match kind {
        Kind::Note => {
            let path = root.join("content/notes").join(format!("{slug}.md"));
            let text = format!("+++\ntitle = {quoted}\ndate = \"{today}\"\n{topics}summary = \"\"\n+++\n\n");
            write_new(&path, &text)?;
            Ok(path)
        }
        Kind::Topic => {
            let path = root.join("content/topics").join(format!("{slug}.md"));
            let heading = match crate::config::load(root).map(|c| c.lang()) {
                Ok(crate::dates::Lang::Fr) => "L'essentiel",
                _ => "The essentials",
            };
            let text = format!("+++\ntitle = {quoted}\nsummary = \"\"\naliases = []\n+++\n## {heading}\n\n");
            write_new(&path, &text)?;
            Ok(path)
        }
        Kind::Entity(what) => {
            let path = root.join("content/entities").join(format!("{slug}.md"));
            let text = format!(
                "+++\nname = {quoted}\nkind = \"{}\"\naliases = []\n{topics}description = \"\"\n+++\n\n",
                what.name()
            );
            write_new(&path, &text)?;
            Ok(path)
        }
        Kind::Event => {
            let t = topic.ok_or(ScaffoldError::NoTopic)?;
            let path = root.join("content/topics").join(format!("{t}.md"));
            let old = std::fs::read_to_string(&path).map_err(io(&path))?;
            let event = format!("\n[[events]]\ndate = \"{today}\"\ntext = {quoted}\nsources = []\n");
            let updated =
                insert_before_closing_fence(&old, &event).ok_or_else(|| ScaffoldError::NoFrontMatter(path.clone()))?;
            std::fs::write(&path, updated).map_err(io(&path))?;
            Ok(path)
        }
    }
}

/// The slugs of the dossier's topics (`content/topics/*.md`), sorted.
fn topic_slugs(root: &Path) -> Vec<String> {
    let mut slugs: Vec<String> = std::fs::read_dir(root.join("content/topics"))
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|e| e.file_name().to_str()?.strip_suffix(".md").map(str::to_string))
        .collect();
    slugs.sort();
    slugs
}

fn known_topics(slugs: &[String]) -> String {
    if slugs.is_empty() {
        "the dossier has no topic yet: `briefing new topic TITLE` makes one".to_string()
    } else {
        format!("topics: {}", slugs.join(", "))
    }
}

/// Adds `block` at the end of the front matter (before its closing `+++`).
fn insert_before_closing_fence(text: &str, block: &str) -> Option<String> {
    if !text.starts_with("+++") {
        return None;
    }
    let first_end = text.find('\n')? + 1;
    let mut pos = first_end;
    while pos < text.len() {
        let end = text[pos..].find('\n').map_or(text.len(), |n| pos + n);
        if text[pos..end].trim_end() == "+++" {
            let mut out = String::with_capacity(text.len() + block.len());
            out.push_str(text[..pos].trim_end_matches('\n'));
            out.push('\n');
            out.push_str(block);
            out.push_str(&text[pos..]);
            return Some(out);
        }
        pos = end + 1;
    }
    None
}

/// A TOML basic string.
fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

fn write_new(path: &Path, text: &str) -> Result<(), ScaffoldError> {
    if path.exists() {
        return Err(ScaffoldError::Exists(path.to_path_buf()));
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(io(parent))?;
    }
    std::fs::write(path, text).map_err(io(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_dossier_builds_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let written = init(dir.path(), false).unwrap();
        assert_eq!(written.len(), 4);
        let report = crate::build(dir.path(), None).unwrap_or_else(|d| panic!("{d:?}"));
        let c = report.counts;
        assert_eq!([c.articles, c.notes, c.topics], [1, 1, 1]);
        assert!(init(dir.path(), false).is_err(), "a non-empty folder is refused");
        assert!(init(dir.path(), true).is_ok());
    }

    #[test]
    fn new_documents_have_folded_slugs_and_build() {
        let dir = tempfile::tempdir().unwrap();
        init(dir.path(), false).unwrap();
        let note = new(dir.path(), Kind::Note, "Armée : l'été \"chaud\"", Some("army"), "2026-11-21").unwrap();
        assert!(note.ends_with("content/notes/armee-l-ete-chaud.md"), "{}", note.display());
        let topic = new(dir.path(), Kind::Topic, "Opinion publique", None, "2026-11-21").unwrap();
        assert!(topic.ends_with("content/topics/opinion-publique.md"));
        let ev = new(dir.path(), Kind::Event, "Nouvelles manœuvres", Some("army"), "2026-11-21").unwrap();
        let who = crate::content::entity::ActorKind::Person;
        let actor = new(dir.path(), Kind::Entity(who), "Sergueï Choïgou", Some("army"), "2026-11-21").unwrap();
        assert!(actor.ends_with("content/entities/serguei-choigou.md"), "{}", actor.display());
        assert!(std::fs::read_to_string(ev).unwrap().contains("text = \"Nouvelles manœuvres\""));
        assert!(
            new(dir.path(), Kind::Note, "Armée : l'été \"chaud\"", None, "2026-11-21").is_err(),
            "never overwrites"
        );
        assert!(new(dir.path(), Kind::Event, "x", None, "2026-11-21").is_err());
        assert!(new(dir.path(), Kind::Note, "x", Some("nope"), "2026-11-21").is_err());
        crate::build(dir.path(), None).unwrap_or_else(|d| panic!("{d:?}"));
    }

    #[test]
    fn a_topic_is_one_of_the_listed_slugs_never_a_path() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("dossier");
        init(&root, false).unwrap();
        // A Markdown file with front matter outside content/topics/, which a joined path reaches.
        let outside = dir.path().join("victim.md");
        std::fs::write(&outside, "+++\ntitle = \"x\"\n+++\n").unwrap();
        let err = new(&root, Kind::Event, "x", Some("../../../victim"), "2026-11-21").unwrap_err();
        assert!(matches!(err, ScaffoldError::UnknownTopic(..)), "{err}");
        assert_eq!(std::fs::read_to_string(&outside).unwrap(), "+++\ntitle = \"x\"\n+++\n");
        assert!(err.to_string().ends_with("(topics: army)"), "{err}");
    }
}
