//! The templates and assets a site renders with: the built-in ones, embedded in the binary,
//! and every file of the site's own `templates/` folder, read by walking it. A site's file
//! replaces the built-in of the same name, and any other file is added: a site can bring its
//! own partials (`templates/partials/x.html`, `{% include "partials/x.html" %}`) and assets
//! (`templates/assets/logo.svg` → `assets/logo.svg`).
//!
//! Interface strings: templates call `t(key="…")`, or `t(key="…", n=count)` for a count
//! (the `<key>_one` string when `n` takes the singular: 1, and 0 in French), and write the
//! count itself with `| num` (digits grouped by thousands as the language groups them). The
//! site's `[translations]` in `config.toml` replace the built-in strings ([`super::i18n`]) or
//! add its own.

use super::i18n;
use super::OutputFile;
use crate::config::Config;
use crate::diagnostics::Diagnostic;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use tera::Tera;

/// The built-in templates, embedded so that an installed `briefing` works anywhere.
pub const BUILTIN_TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("../../templates/base.html")),
    ("macros.html", include_str!("../../templates/macros.html")),
    ("index.html", include_str!("../../templates/index.html")),
    ("topic.html", include_str!("../../templates/topic.html")),
    ("article.html", include_str!("../../templates/article.html")),
    ("note.html", include_str!("../../templates/note.html")),
    ("sources.html", include_str!("../../templates/sources.html")),
    ("sources_index.html", include_str!("../../templates/sources_index.html")),
    ("chronology.html", include_str!("../../templates/chronology.html")),
    ("search.html", include_str!("../../templates/search.html")),
    ("404.html", include_str!("../../templates/404.html")),
    ("actor.html", include_str!("../../templates/actor.html")),
    ("actors.html", include_str!("../../templates/actors.html")),
    ("partials/event.html", include_str!("../../templates/partials/event.html")),
    ("partials/article_event.html", include_str!("../../templates/partials/article_event.html")),
    ("partials/cite.html", include_str!("../../templates/partials/cite.html")),
    ("partials/timeline.html", include_str!("../../templates/partials/timeline.html")),
    ("feed.xml", include_str!("../../templates/feed.xml")),
    ("sitemap.xml", include_str!("../../templates/sitemap.xml")),
];

/// The built-in assets, copied as they are (`templates/assets/…` → `assets/…`).
pub const BUILTIN_ASSETS: &[(&str, &str)] = &[
    ("assets/style.css", include_str!("../../templates/assets/style.css")),
    ("assets/chronology.js", include_str!("../../templates/assets/chronology.js")),
    ("assets/search.js", include_str!("../../templates/assets/search.js")),
    ("assets/search.css", include_str!("../../templates/assets/search.css")),
    ("assets/favicon.svg", include_str!("../../templates/assets/favicon.svg")),
    ("assets/actors.css", include_str!("../../templates/assets/actors.css")),
];

/// Escapes text for HTML and XML alike, dropping the characters XML 1.0 forbids (C0 controls
/// but tab and line breaks, U+FFFE, U+FFFF), which pasted text sometimes carries and which
/// are no better in HTML. Tera's own escaping also escapes `/`, which would turn every
/// relative URL into `..&#x2F;`.
pub fn escape(s: &str) -> String {
    crate::text::escape_html(s)
}

/// `s` as a quoted CSS string (`'Sources\u{a0}: '`), for an interface string that the style
/// sheet shows with `content: var(--…)` instead of every entry repeating it: a quote, a
/// backslash or a control character cannot end the string or the declaration. The template's
/// HTML escaping then applies on top, as for any attribute.
pub fn css_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        match c {
            '\'' | '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push_str(&format!("\\{:x} ", c as u32)),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// Whether `tera`'s template `name` is the built-in one of that name (a site that copied it
/// unchanged counts): compared by syntax tree, so that a fast path taken for a built-in
/// template is taken for it only.
pub fn is_builtin(tera: &Tera, name: &str) -> bool {
    let Some((_, source)) = BUILTIN_TEMPLATES.iter().find(|(n, _)| *n == name) else { return false };
    let Ok(own) = tera.get_template(name) else { return false };
    if own.path.as_deref().is_some_and(|p| p.strip_prefix(BUILTIN_MARK) == Some(name)) {
        return true;
    }
    match tera::Template::new(name, None, source) {
        Ok(builtin) => builtin.ast == own.ast,
        Err(_) => false,
    }
}

/// What [`load`] puts before the name of a template whose text is the built-in one, in its
/// `path` (which Tera reads only for the name's extension, to escape): [`is_builtin`] then
/// knows it without parsing the built-in again, a good part of planning a small site.
const BUILTIN_MARK: &str = "builtin:";

/// Loads the built-in templates and assets, then the site's `templates/` over them, and
/// registers `t()` with the site's language and translations.
pub fn load(root: &Path, config: &Config) -> Result<(Tera, Vec<OutputFile>), Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let mut sources: BTreeMap<String, String> =
        BUILTIN_TEMPLATES.iter().map(|(n, s)| (n.to_string(), s.to_string())).collect();
    let mut assets: BTreeMap<String, Vec<u8>> =
        BUILTIN_ASSETS.iter().map(|(n, s)| (n.to_string(), s.as_bytes().to_vec())).collect();
    let dir = root.join("templates");
    if dir.is_dir() {
        for entry in walkdir::WalkDir::new(&dir).sort_by_file_name() {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    diags.push(Diagnostic::error(Path::new("templates"), 0, format!("cannot read: {e}")));
                    continue;
                }
            };
            if !entry.file_type().is_file() {
                continue;
            }
            let Ok(rel) = entry.path().strip_prefix(&dir) else { continue };
            // Template names use `/` whatever the system, as `{% include %}` writes them.
            let name = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
            if name.starts_with('.') || name.contains("/.") {
                continue;
            }
            if name.starts_with("assets/") {
                match std::fs::read(entry.path()) {
                    Ok(bytes) => {
                        assets.insert(name, bytes);
                    }
                    Err(e) => {
                        diags.push(Diagnostic::error(Path::new("templates").join(rel), 0, format!("cannot read: {e}")))
                    }
                }
                continue;
            }
            match crate::content::read_text(root, entry.path()) {
                Ok((text, _)) => {
                    sources.insert(name, text);
                }
                Err(d) => diags.push(d),
            }
        }
    }
    let mut tera = Tera::default();
    tera.autoescape_on(vec![".html", ".xml"]);
    tera.set_escape_fn(escape);
    if let Err(e) = tera.add_raw_templates(sources.iter().map(|(n, s)| (n.as_str(), s.as_str()))) {
        diags.push(Diagnostic::error(Path::new("templates"), 0, super::error_chain(&e)));
    }
    for (name, builtin) in BUILTIN_TEMPLATES {
        if sources.get(*name).is_some_and(|s| s == builtin) {
            if let Some(t) = tera.templates.get_mut(*name) {
                t.path = Some(format!("{BUILTIN_MARK}{name}"));
            }
        }
    }
    let lang = config.lang();
    let own = config.translations.clone();
    tera.register_function("t", move |args: &HashMap<String, tera::Value>| {
        let key = args.get("key").and_then(|v| v.as_str()).ok_or_else(|| tera::Error::msg("t() needs key=\"…\""))?;
        let look = |k: &str| i18n::lookup(&own, lang, k);
        let one = args.get("n").and_then(tera::Value::as_u64).is_some_and(|n| i18n::takes_one(lang, n));
        let text = one.then(|| look(&format!("{key}_one"))).flatten().or_else(|| look(key));
        text.map(tera::Value::from).ok_or_else(|| {
            tera::Error::msg(format!("unknown interface string \"{key}\": add it under [translations] in config.toml"))
        })
    });
    tera.register_filter("num", move |v: &tera::Value, _: &HashMap<String, tera::Value>| {
        let n = v.as_u64().ok_or_else(|| tera::Error::msg(format!("num: {v} is not a count")))?;
        let mut out = String::new();
        i18n::push_number(&mut out, lang, n);
        Ok(tera::Value::from(out))
    });
    tera.register_filter("css_string", |v: &tera::Value, _: &HashMap<String, tera::Value>| {
        Ok(tera::Value::from(css_string(v.as_str().unwrap_or_default())))
    });
    if diags.is_empty() {
        Ok((tera, assets.into_iter().collect()))
    } else {
        Err(diags)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_drops_what_xml_forbids() {
        assert_eq!(escape("a<b & \"c\"/d"), "a&lt;b &amp; &quot;c&quot;/d");
        assert_eq!(escape("x\u{1}y\u{FFFF}\tz"), "xy\tz");
    }

    #[test]
    fn a_site_adds_partials_and_assets_and_replaces_strings() {
        let dir = tempfile::tempdir().unwrap();
        let t = dir.path().join("templates");
        std::fs::create_dir_all(t.join("partials")).unwrap();
        std::fs::create_dir_all(t.join("assets/img")).unwrap();
        std::fs::write(t.join("partials/mine.html"), "{{ t(key=\"home\") }}/{{ t(key=\"own\") }}").unwrap();
        std::fs::write(t.join("assets/img/logo.svg"), "<svg/>").unwrap();
        let mut config: Config = toml::from_str("title = \"x\"\nlanguage = \"fr\"").unwrap();
        config.translations.insert("home".into(), "Une".into());
        config.translations.insert("own".into(), "À moi".into());
        let (tera, assets) = load(dir.path(), &config).unwrap();
        let out = tera.render("partials/mine.html", &tera::Context::new()).unwrap();
        assert_eq!(out, "Une/À moi");
        assert!(assets.iter().any(|(p, b)| p == "assets/img/logo.svg" && b == b"<svg/>"));
        assert!(assets.iter().any(|(p, _)| p == "assets/style.css"));
    }

    #[test]
    fn builtin_templates_are_known_by_their_text_or_syntax() {
        let dir = tempfile::tempdir().unwrap();
        let t = dir.path().join("templates");
        std::fs::create_dir_all(&t).unwrap();
        let builtin = |n: &str| BUILTIN_TEMPLATES.iter().find(|(k, _)| *k == n).unwrap().1;
        // A copy of the built-in page, one with only a comment added, one changed.
        std::fs::write(t.join("topic.html"), builtin("topic.html")).unwrap();
        std::fs::write(t.join("note.html"), format!("{{# mine #}}{}", builtin("note.html"))).unwrap();
        std::fs::write(t.join("404.html"), builtin("404.html").replace("<h1>", "<h1 class=\"x\">")).unwrap();
        let config: Config = toml::from_str("title = \"x\"").unwrap();
        let (tera, _) = load(dir.path(), &config).unwrap();
        assert!(is_builtin(&tera, "topic.html"));
        assert!(is_builtin(&tera, "base.html"));
        assert!(is_builtin(&tera, "note.html"));
        assert!(!is_builtin(&tera, "404.html"));
        assert!(!is_builtin(&tera, "partials/mine.html"));
        // Tera escapes by the extension of a template's path when it has one: the mark keeps it.
        for (name, _) in BUILTIN_TEMPLATES {
            let path = tera.get_template(name).unwrap().path.clone();
            let own = ["note.html", "404.html"].contains(name);
            assert_eq!(path.is_some_and(|p| p.ends_with(name)), !own, "{name}");
        }
    }

    #[test]
    fn css_strings_cannot_end_early() {
        assert_eq!(css_string("Sources\u{a0}:"), "'Sources\u{a0}:'");
        assert_eq!(css_string("a'b\"c\\d\ne"), "'a\\'b\\\"c\\\\d\\a e'");
    }

    #[test]
    fn counts_pick_the_singular() {
        let dir = tempfile::tempdir().unwrap();
        let config: Config = toml::from_str("title = \"x\"\nlanguage = \"fr\"").unwrap();
        let (mut tera, _) = load(dir.path(), &config).unwrap();
        let counts = "{{ t(key=\"count_articles\", n=0) }}|{{ t(key=\"count_articles\", n=1) }}|{{ t(key=\"count_articles\", n=2) }}";
        tera.add_raw_template("c.html", counts).unwrap();
        assert_eq!(tera.render("c.html", &tera::Context::new()).unwrap(), "article|article|articles");
        let config: Config = toml::from_str("title = \"x\"\nlanguage = \"en\"").unwrap();
        let (mut tera, _) = load(dir.path(), &config).unwrap();
        tera.add_raw_template("c.html", counts).unwrap();
        assert_eq!(tera.render("c.html", &tera::Context::new()).unwrap(), "articles|article|articles");
    }

    #[test]
    fn num_groups_a_count_by_thousands_in_the_site_language() {
        let dir = tempfile::tempdir().unwrap();
        for (lang, want) in [("fr", "285\u{202f}620|7"), ("en", "285,620|7")] {
            let config: Config = toml::from_str(&format!("title = \"x\"\nlanguage = \"{lang}\"")).unwrap();
            let (mut tera, _) = load(dir.path(), &config).unwrap();
            tera.add_raw_template("n.html", "{{ 285620 | num }}|{{ 7 | num }}").unwrap();
            assert_eq!(tera.render("n.html", &tera::Context::new()).unwrap(), want);
            tera.add_raw_template("bad.html", "{{ \"many\" | num }}").unwrap();
            assert!(tera.render("bad.html", &tera::Context::new()).is_err(), "a word is no count");
        }
    }
}
