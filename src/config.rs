//! `config.toml`: the site's title, language and where it is built.

use crate::dates::Lang;
use crate::diagnostics::{self, Diagnostic};
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The site configuration, as written in `config.toml`. Unknown keys are errors, so that a
/// typo never passes silently.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The dossier's title.
    pub title: String,
    /// One or two sentences on what the dossier is.
    #[serde(default)]
    pub description: String,
    /// The interface language (`fr` or `en`; other codes fall back to English).
    #[serde(default = "default_language")]
    pub language: String,
    /// Who publishes the dossier (feed author).
    #[serde(default)]
    pub author: Option<String>,
    /// Absolute URL where the site is hosted; only the feed and the sitemap need it, every
    /// page link is relative.
    #[serde(default)]
    pub base_url: Option<String>,
    /// Output folder, relative to the root (default `public`).
    #[serde(default)]
    pub output_dir: Option<String>,
    /// Whether the editors' raw HTML in notes and topic briefings is copied as written
    /// (`true`: the site trusts everyone who writes its notes) or cleaned of anything that
    /// could run or load (the default).
    #[serde(default)]
    pub trust_editor_html: bool,
    /// How many articles must name someone no actor goes by before `briefing check`
    /// suggests declaring them (default 3; 0: never).
    #[serde(default)]
    pub actor_suggestions: Option<usize>,
    /// Interface strings replaced or added by the site (`[translations]`, as Zola has them):
    /// a key the templates pass to `t(key="…")`, and its text.
    #[serde(default)]
    pub translations: std::collections::BTreeMap<String, String>,
}

fn default_language() -> String {
    "en".to_string()
}

impl Config {
    /// The interface language.
    pub fn lang(&self) -> Lang {
        Lang::from_code(&self.language).unwrap_or(Lang::En)
    }

    /// The output folder, resolved against `root`.
    pub fn output_path(&self, root: &Path) -> PathBuf {
        root.join(self.output_dir.as_deref().unwrap_or("public"))
    }

    /// `base_url` with exactly one trailing slash, if set.
    pub fn base_url(&self) -> Option<String> {
        self.base_url
            .as_deref()
            .map(str::trim)
            .filter(|u| !u.is_empty())
            .map(|u| format!("{}/", u.trim_end_matches('/')))
    }
}

/// Reads and checks `root/config.toml`.
pub fn load(root: &Path) -> Result<Config, Vec<Diagnostic>> {
    let path = root.join("config.toml");
    let shown = Path::new("config.toml");
    let text = match std::fs::read(&path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(_) => return Err(vec![Diagnostic::error(shown, 1, "config.toml is not valid UTF-8")]),
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(vec![Diagnostic::error(
                shown,
                0,
                format!(
                    "no config.toml in {}: is this a briefing site? (`briefing init DIR` creates one)",
                    root.display()
                ),
            )])
        }
        Err(e) => return Err(vec![Diagnostic::error(shown, 0, format!("cannot read config.toml: {e}"))]),
    };
    let config: Config = toml::from_str(&text).map_err(|e| vec![diagnostics::from_toml(shown, &text, 1, &e)])?;
    let mut problems = Vec::new();
    if config.title.trim().is_empty() {
        problems.push(Diagnostic::error(shown, 1, "`title` is empty"));
    }
    if Lang::from_code(&config.language).is_none() {
        problems.push(
            Diagnostic::error(
                shown,
                line_of_key(&text, "language"),
                format!("unsupported language \"{}\"", config.language),
            )
            .with_help("use \"fr\" or \"en\""),
        );
    }
    if let Some(url) = config.base_url() {
        if !(url.starts_with("https://") || url.starts_with("http://")) {
            problems.push(Diagnostic::error(
                shown,
                line_of_key(&text, "base_url"),
                format!("base_url \"{url}\" must be an absolute http(s) URL"),
            ));
        }
    }
    if let Some(out) = &config.output_dir {
        let p = Path::new(out);
        let bad = out.trim().is_empty()
            || p.is_absolute()
            || p.components().any(|c| !matches!(c, std::path::Component::Normal(_)))
            || ["content", "templates", "src"].contains(&out.trim_end_matches('/'));
        if bad {
            problems.push(Diagnostic::error(
                shown,
                line_of_key(&text, "output_dir"),
                format!("output_dir \"{out}\" must be a plain folder name inside the site, not content/ or templates/"),
            ));
        }
    }
    if problems.is_empty() {
        Ok(config)
    } else {
        Err(problems)
    }
}

/// The line where `key = ` is written, for messages about a value that parsed but is wrong.
pub fn line_of_key(text: &str, key: &str) -> usize {
    text.lines()
        .position(|l| {
            let l = l.trim_start();
            l.strip_prefix(key).is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(1, |i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_text(text: &str) -> Result<Config, Vec<Diagnostic>> {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("config.toml"), text).unwrap();
        load(dir.path())
    }

    #[test]
    fn unknown_keys_and_bad_values_are_errors_with_lines() {
        let e = load_text("title = \"x\"\ntitel = \"y\"\n").unwrap_err();
        assert_eq!(e[0].line, 2);
        assert!(e[0].message.contains("titel"), "{}", e[0]);
        let e = load_text("title = \"x\"\n\nlanguage = \"de\"\n").unwrap_err();
        assert_eq!(e[0].line, 3);
        let e = load_text("title = \"x\"\noutput_dir = \"../elsewhere\"\n").unwrap_err();
        assert!(e[0].message.contains("output_dir"));
    }

    #[test]
    fn defaults() {
        let c = load_text("title = \"x\"\nbase_url = \"https://e.org/a\"\n").unwrap();
        assert_eq!(c.lang(), Lang::En);
        assert_eq!(c.base_url().unwrap(), "https://e.org/a/");
    }
}
