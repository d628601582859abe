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

/// The built-in templates that no other built-in template extends, imports or includes, and
/// that a build may well not render through Tera: those a compiled fast path writes when the
/// site keeps them ([`super::event_html`], [`super::article_event_html`],
/// [`super::page_html`], [`super::feed_xml`], [`super::sitemap_xml`]), and the pages of notes
/// and actors, which many sites lack. A site without templates of its own has each parsed
/// only when Tera is first asked to render it ([`deferred`], [`with_deferred`]): parsing
/// them was over half of the templates' parse, itself 3% of a 2,000-article build's
/// instructions.
pub const DEFERRED: &[&str] = &[
    "partials/event.html",
    "partials/article_event.html",
    "article.html",
    "topic.html",
    "chronology.html",
    "sources.html",
    "sources_index.html",
    "feed.xml",
    "sitemap.xml",
    "note.html",
    "actor.html",
    "actors.html",
];

/// Where `name` is in [`DEFERRED`], when `tera` lacks it because [`load`] left it unparsed
/// (a loaded `Tera` holds every other built-in and every template of the site).
pub fn deferred(tera: &Tera, name: &str) -> Option<usize> {
    DEFERRED.iter().position(|&n| n == name).filter(|_| !tera.templates.contains_key(name))
}

/// Whether `tera` lacks template `name` because [`load`] left it unparsed ([`deferred`]).
pub fn is_deferred(tera: &Tera, name: &str) -> bool {
    deferred(tera, name).is_some()
}

/// `tera` with the built-in template `name` added, parsed now, when [`load`] left it
/// unparsed ([`deferred`]): for a render of it through Tera (a page without a fast path, a
/// fast path declined, a test that renders both ways). Only that one is parsed: what it
/// extends, imports or includes is never deferred. The built-ins parse; should one not,
/// the copy lacks it and Tera reports the template missing where it is rendered.
pub fn with_deferred(tera: &Tera, name: &str) -> Tera {
    let mut with = tera.clone();
    let Some((_, source)) = BUILTIN_TEMPLATES.iter().find(|(n, _)| *n == name) else { return with };
    if deferred(tera, name).is_none() || with.add_raw_template(name, source).is_err() {
        return tera.clone();
    }
    if let Some(t) = with.templates.get_mut(name) {
        t.path = Some(format!("{BUILTIN_MARK}{name}"));
    }
    with
}

/// Whether `tera`'s template `name` is the built-in one of that name (a site that copied it
/// unchanged counts): compared by syntax tree, so that a fast path taken for a built-in
/// template is taken for it only. A template [`load`] left unparsed ([`is_deferred`]) is the
/// built-in one.
pub fn is_builtin(tera: &Tera, name: &str) -> bool {
    let Some((_, source)) = BUILTIN_TEMPLATES.iter().find(|(n, _)| *n == name) else { return false };
    if is_deferred(tera, name) {
        return true;
    }
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
    // A site with no template of its own renders the [`DEFERRED`] ones by their fast paths:
    // they are left unparsed. A site's template might include or extend any built-in, so
    // with one, all are parsed as before.
    let only_builtin = sources.len() == BUILTIN_TEMPLATES.len()
        && BUILTIN_TEMPLATES.iter().all(|(n, s)| sources.get(*n).is_some_and(|own| own == s));
    let mut tera = Tera::default();
    tera.autoescape_on(vec![".html", ".xml"]);
    tera.set_escape_fn(escape);
    let parsed = sources.iter().filter(|(n, _)| !(only_builtin && DEFERRED.contains(&n.as_str())));
    if let Err(e) = tera.add_raw_templates(parsed.map(|(n, s)| (n.as_str(), s.as_str()))) {
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
    fn a_site_without_templates_leaves_the_fast_paths_templates_unparsed() {
        let dir = tempfile::tempdir().unwrap();
        let config: Config = toml::from_str("title = \"x\"\nlanguage = \"fr\"").unwrap();
        let (tera, _) = load(dir.path(), &config).unwrap();
        for (name, _) in BUILTIN_TEMPLATES {
            let deferred = DEFERRED.contains(name);
            assert_eq!(tera.get_template(name).is_err(), deferred, "{name}");
            assert_eq!(is_deferred(&tera, name), deferred, "{name}");
            assert!(is_builtin(&tera, name), "{name}");
        }
        assert!(!is_deferred(&tera, "partials/mine.html"));
        // Parsed on demand, each is the built-in, marked as loading marks them, and the
        // others stay unparsed.
        let mut all = Tera::default();
        all.add_raw_templates(BUILTIN_TEMPLATES.iter().copied()).unwrap();
        for (k, name) in DEFERRED.iter().enumerate() {
            assert_eq!(deferred(&tera, name), Some(k));
            let with = with_deferred(&tera, name);
            let t = with.get_template(name).unwrap();
            assert_eq!(t.path.as_deref(), Some(format!("{BUILTIN_MARK}{name}").as_str()), "{name}");
            assert_eq!(t.ast, all.get_template(name).unwrap().ast, "{name}");
            assert_eq!(t.parents, all.get_template(name).unwrap().parents, "{name}");
            assert!(!is_deferred(&with, name) && is_builtin(&with, name), "{name}");
            assert!(DEFERRED.iter().filter(|n| *n != name).all(|n| is_deferred(&with, n)), "{name}");
        }
        // Nothing else is added.
        assert_eq!(with_deferred(&tera, "base.html").templates.len(), tera.templates.len());
        assert_eq!(with_deferred(&tera, "partials/mine.html").templates.len(), tera.templates.len());
        // The interface strings and filters come along.
        let mut with = with_deferred(&tera, "note.html");
        with.add_raw_template("n.html", "{{ 1234 | num }} {{ t(key=\"home\") }}").unwrap();
        assert_eq!(with.render("n.html", &tera::Context::new()).unwrap(), "1\u{202f}234 Accueil");
    }

    #[test]
    fn one_template_of_the_site_has_every_builtin_parsed() {
        // A site's partial may include any built-in: none is left out then.
        let dir = tempfile::tempdir().unwrap();
        let t = dir.path().join("templates/partials");
        std::fs::create_dir_all(&t).unwrap();
        std::fs::write(t.join("mine.html"), "{% include \"partials/event.html\" %}").unwrap();
        let config: Config = toml::from_str("title = \"x\"").unwrap();
        let (tera, _) = load(dir.path(), &config).unwrap();
        for name in DEFERRED {
            assert!(tera.get_template(name).is_ok() && !is_deferred(&tera, name), "{name}");
        }
    }

    #[test]
    fn no_builtin_but_a_deferred_one_reads_a_deferred_one() {
        // Deferring is sound only if every template parsed without them still resolves:
        // Tera checks what each extends and imports when they are added, and an include is
        // looked up only when rendered.
        let kept = || BUILTIN_TEMPLATES.iter().filter(|(n, _)| !DEFERRED.contains(n));
        let mut tera = Tera::default();
        assert!(tera.add_raw_templates(kept().copied()).is_ok());
        for (name, source) in kept() {
            for other in DEFERRED {
                for q in ['"', '\''] {
                    assert!(!source.contains(&format!("include {q}{other}{q}")), "{name} includes {other}");
                }
            }
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
