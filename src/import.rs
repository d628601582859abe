//! `briefing import`: raw articles (pasted text, saved pages) turned into Markdown articles
//! with `+++` TOML front matter, for the editor to review and commit.
//!
//! Every field ingestion found is written; the ones it guessed are listed in `guessed`, so
//! that `briefing check` keeps reminding the editor until they confirm them by removing
//! them from that list. Fields it could not find are written as comments to fill in.

use crate::content::frontmatter::ArticleMeta;
use crate::content::{self, Topic};
use crate::dates::{Lang, PartialDate};
use crate::diagnostics::{line_of, relative, span_in, Diagnostic};
use crate::ingest::{self, Ingested};
use crate::text::{is_slug, slugify};
use crate::topics::AliasMatcher;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// One raw file made into an article.
#[derive(Debug, Clone)]
pub struct Imported {
    /// The file it came from.
    pub source: PathBuf,
    /// The slug, which names the `.md` file.
    pub slug: String,
    /// The whole Markdown file: front matter and body.
    pub text: String,
    /// The fields left for the editor to confirm.
    pub guessed: Vec<&'static str>,
    /// What the editor should know (encoding, missing fields).
    pub warnings: Vec<Diagnostic>,
}

/// Reads and converts one raw article. `topics` are the dossier's, whose aliases the text
/// is searched for.
pub fn import_file(
    root: &Path,
    path: &Path,
    topics: &[std::sync::Arc<Topic>],
    matcher: &AliasMatcher,
) -> Result<Imported, Diagnostic> {
    let shown = relative(root, path);
    let (text, warning) = content::read_text(root, path)?;
    let html = match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
        Some("html" | "htm" | "xhtml") => true,
        Some("txt" | "text" | "md") => false,
        _ => looks_like_html(&text),
    };
    let mut ing = if html { ingest::ingest_html(&text) } else { ingest::ingest_text(&text) };
    if ing.markdown.trim().is_empty() {
        return Err(Diagnostic::error(&shown, 0, "no article text found in this file"));
    }
    let mut warnings: Vec<Diagnostic> = warning.into_iter().collect();
    let sidecar = read_sidecar(root, path)?;
    if let Some(side) = &sidecar {
        apply_sidecar(&mut ing, side);
    }
    let found: Vec<String> = if let Some(topics) = sidecar.as_ref().map(|s| &s.topics).filter(|t| !t.is_empty()) {
        topics.clone()
    } else {
        let hay = format!("{}\n{}", ing.title.as_deref().unwrap_or(""), ing.markdown);
        let mut t: Vec<String> = matcher.find(&hay).into_iter().map(|(i, _)| topics[i].slug.clone()).collect();
        t.sort();
        t
    };
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let slug = sidecar.as_ref().and_then(|s| s.slug.clone()).unwrap_or_else(|| article_slug(&ing, &stem));
    let (text, guessed) = to_markdown(&ing, &found);
    let missing: Vec<&str> =
        [("title", ing.title.is_none()), ("date", ing.date.is_none()), ("author", ing.author.is_none())]
            .into_iter()
            .filter_map(|(f, m)| m.then_some(f))
            .collect();
    if !missing.is_empty() {
        warnings.push(Diagnostic::warning(&shown, 0, format!("not found in the text: {}", missing.join(", "))));
    }
    Ok(Imported { source: path.to_path_buf(), slug, text, guessed, warnings })
}

/// What the editor already wrote in the sidecar (`x.toml` beside `x.txt`).
#[derive(Debug, Default)]
struct Sidecar {
    slug: Option<String>,
    title: Option<String>,
    author: Option<String>,
    date: Option<PartialDate>,
    outlet: Option<String>,
    url: Option<String>,
    language: Option<Lang>,
    topics: Vec<String>,
}

/// Reads the sidecar beside a raw article, if there is one. A sidecar that does not parse is
/// an error at its line, like in a build.
fn read_sidecar(root: &Path, path: &Path) -> Result<Option<Sidecar>, Diagnostic> {
    let side = path.with_extension("toml");
    if side == path || !side.is_file() {
        return Ok(None);
    }
    let rel = relative(root, &side);
    let text = std::fs::read_to_string(&side).map_err(|e| Diagnostic::error(&rel, 0, e.to_string()))?;
    let meta: ArticleMeta = toml::from_str(&text).map_err(|e| crate::diagnostics::from_toml(&rel, &text, 1, &e))?;
    let date = match meta.date.as_ref().map(|d| d.get_ref()) {
        None => None,
        Some(v) => {
            let s = match v {
                toml::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            Some(PartialDate::parse_iso(s.trim()).map_err(|e| Diagnostic::error(&rel, 0, format!("date: {e}")))?)
        }
    };
    // The slug names the file written, so it must stay a file name in content/articles/.
    if let Some(s) = meta.slug.as_ref().filter(|s| !is_slug(s.get_ref())) {
        let message = format!(
            "slug \"{}\" must be lowercase ASCII letters, digits and hyphens (e.g. \"{}\")",
            s.get_ref(),
            slugify(s.get_ref())
        );
        return Err(
            Diagnostic::error(&rel, line_of(&text, s.span().start), message).with_span(span_in(&text, s.span()))
        );
    }
    Ok(Some(Sidecar {
        slug: meta.slug.map(|s| s.into_inner()),
        title: meta.title,
        author: meta.author,
        date,
        outlet: meta.outlet,
        url: meta.url.map(|u| u.into_inner()),
        language: meta.language.and_then(|l| Lang::from_code(l.get_ref())),
        topics: meta.topics.into_iter().map(|t| t.into_inner()).collect(),
    }))
}

/// The sidecar wins over what ingestion read, and what it gives is not a guess.
fn apply_sidecar(ing: &mut Ingested, side: &Sidecar) {
    let declare = |ing: &mut Ingested, f: &'static str| {
        if !ing.declared.contains(&f) {
            ing.declared.push(f);
        }
    };
    if let Some(t) = &side.title {
        ing.title = Some(t.clone());
        ing.title_guessed = false;
        declare(ing, "title");
    }
    if let Some(a) = &side.author {
        ing.author = Some(a.clone());
        declare(ing, "author");
    }
    if let Some(d) = side.date {
        ing.date = Some(d);
        declare(ing, "date");
    }
    if let Some(o) = &side.outlet {
        ing.outlet = Some(o.clone());
        declare(ing, "outlet");
    }
    if let Some(u) = &side.url {
        ing.url = Some(u.clone());
        declare(ing, "url");
    }
    if let Some(l) = side.language {
        ing.language = Some(l);
        declare(ing, "language");
    }
}

fn looks_like_html(text: &str) -> bool {
    let head: String = text.trim_start().chars().take(200).collect::<String>().to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html") || head.contains("<head")
}

/// A slug from the headline (at most about 60 characters, cut at a word), else the file name.
pub fn article_slug(ing: &Ingested, stem: &str) -> String {
    let base = ing.title.as_deref().map(slugify).filter(|s| !s.is_empty()).unwrap_or_else(|| slugify(stem));
    let mut slug = String::new();
    for part in base.split('-') {
        if !slug.is_empty() && slug.len() + part.len() >= 60 {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(part);
    }
    if slug.is_empty() {
        "article".to_string()
    } else {
        slug
    }
}

/// A TOML string, quoted and escaped.
fn q(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// The article as Markdown with front matter, and the fields marked as guessed.
pub fn to_markdown(ing: &Ingested, topics: &[String]) -> (String, Vec<&'static str>) {
    let mut guessed = Vec::new();
    let mut f = String::from("+++\n");
    let mut field = |f: &mut String, name: &'static str, value: Option<String>, guess: bool, hint: &str| match value {
        Some(v) => {
            let _ = writeln!(f, "{name} = {}", q(&v));
            if guess {
                guessed.push(name);
            }
        }
        None => {
            let _ = writeln!(f, "# {name} = {hint}");
        }
    };
    // What a saved page declares is not a guess; what was read off the text is, and so is a
    // title made from the first sentence.
    let g = |f: &str| !ing.declared.contains(&f);
    field(&mut f, "title", ing.title.clone(), ing.title_guessed || g("title"), "\"…\"");
    field(&mut f, "author", ing.author.clone(), g("author"), "\"…\"  # no byline found");
    field(&mut f, "date", ing.date.map(|d| d.to_string()), g("date"), "\"YYYY-MM-DD\"  # no date found");
    field(&mut f, "language", ing.language.map(|l| l.code().to_string()), g("language"), "\"fr\"  # language unclear");
    field(&mut f, "outlet", ing.outlet.clone(), g("outlet"), "\"…\"");
    field(&mut f, "url", ing.url.clone(), g("url"), "\"https://…\"");
    if topics.is_empty() {
        f.push_str("topics = []\n");
    } else {
        f.push_str("# Topics whose names the text mentions.\n");
        let list: Vec<String> = topics.iter().map(|t| q(t)).collect();
        let _ = writeln!(f, "topics = [{}]", list.join(", "));
    }
    if ing.title_guessed {
        f.push_str("# The text has no headline: this title is its first sentence.\n");
    }
    if !guessed.is_empty() {
        f.push_str("# Read from the text, not confirmed: check each, then remove it from this list.\n");
        let list: Vec<String> = guessed.iter().map(|g| q(g)).collect();
        let _ = writeln!(f, "guessed = [{}]", list.join(", "));
    }
    for s in &ing.sources {
        f.push_str("\n[[sources]]\n");
        match s.label.parse::<u32>() {
            Ok(n) => {
                let _ = writeln!(f, "id = {n}");
            }
            Err(_) => {
                let _ = writeln!(f, "id = {}", q(&s.label));
            }
        }
        for (k, v) in [("title", &s.title), ("outlet", &s.outlet), ("author", &s.author), ("url", &s.url)] {
            if let Some(v) = v {
                let _ = writeln!(f, "{k} = {}", q(v));
            }
        }
        if let Some(d) = s.date {
            let _ = writeln!(f, "date = {}", q(&d.to_string()));
        }
        let _ = writeln!(f, "text = {}", q(&s.text));
    }
    f.push_str("+++\n\n");
    if let Some(c) = &ing.credit {
        let _ = writeln!(f, "<!-- photo credit above the headline: {} -->\n", c.replace("--", "—"));
    }
    f.push_str(ing.markdown.trim_end());
    f.push('\n');
    (f, guessed)
}

/// The topics of the dossier at `root`, for their aliases; a dossier without topics is fine.
pub fn dossier_topics(root: &Path) -> Vec<std::sync::Arc<Topic>> {
    content::load_topics(root)
}

/// Where the article imported from `from` goes under `root`; an error (about `from`) when
/// writing it there would overwrite something.
pub fn destination(root: &Path, from: &Path, slug: &str, force: bool) -> Result<PathBuf, Diagnostic> {
    let dir = root.join("content").join("articles");
    let md = dir.join(format!("{slug}.md"));
    for ext in ["txt", "html", "htm"] {
        let other = dir.join(format!("{slug}.{ext}"));
        if other.exists() {
            return Err(Diagnostic::error(
                from,
                0,
                format!("{} already exists with the slug \"{slug}\"", relative(root, &other).display()),
            )
            .with_help("remove that file, or give this one another slug in a sidecar (`slug = \"…\"`)"));
        }
    }
    if md.exists() && !force {
        return Err(Diagnostic::error(from, 0, format!("{} exists", relative(root, &md).display()))
            .with_help("use --force to overwrite it"));
    }
    Ok(md)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_round_trips_through_the_loader() {
        let raw = "Un sommet \"historique\" à Minsk\n\nPar Jeanne Martin\n\nPublié le 19 décembre 2022 à 10h\n\nLe président russe s'est rendu à Minsk pour la première fois depuis 2019, selon les forces russes1.\n\nSources\n1. « Le communiqué », Présidence, 19 décembre 2022, https://example.org/c\n";
        let ing = ingest::ingest_text(raw);
        let (md, guessed) = to_markdown(&ing, &["sommet".to_string()]);
        assert_eq!(guessed, vec!["title", "author", "date", "language"]);
        let dir = tempfile::tempdir().unwrap();
        let articles = dir.path().join("content/articles");
        std::fs::create_dir_all(&articles).unwrap();
        std::fs::write(articles.join("un-sommet.md"), &md).unwrap();
        let (c, diags) = content::load(dir.path());
        assert!(diags.iter().all(|d| !d.is_error()), "{diags:?}\n{md}");
        let a = &c.articles[0];
        assert_eq!(a.title, "Un sommet \"historique\" à Minsk");
        assert_eq!(a.date.unwrap().to_string(), "2022-12-19");
        assert_eq!(a.sources.len(), 1);
        assert_eq!(a.sources[0].entry.url.as_deref(), Some("https://example.org/c"));
        assert_eq!(a.guessed, vec!["title", "author", "date", "language"]);
        let html = a.body.html();
        assert!(html.contains("fnref") || html.contains("<sup"), "{html}");
    }

    #[test]
    fn slugs_are_short_and_never_empty() {
        let mut ing = Ingested {
            title: Some("Poutine se rend au Belarus et presse Loukachenko d’entrer en guerre avec l’Ukraine".into()),
            ..Default::default()
        };
        let s = article_slug(&ing, "001");
        assert!(s.len() <= 60 && s.starts_with("poutine-se-rend-au-belarus"), "{s}");
        ing.title = Some("«»".into());
        assert_eq!(article_slug(&ing, "002_x"), "002-x");
        assert_eq!(article_slug(&ing, "…"), "article");
    }
}
