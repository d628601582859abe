//! The built-in entry of an article page's list of events
//! (`templates/partials/article_event.html`) written straight from its typed context
//! ([`ArticleEvent`]): the same bytes as the template, without the `serde_json::Value` tree
//! that feeding Tera builds per entry, nor Tera's lookups (each dotted one allocates). A
//! 10,000-article dossier lists about thirty events on each article page, and rendering
//! those entries through Tera was the largest part of rendering the article pages; so
//! [`super::Pages`] takes this path whenever the site's `partials/article_event.html` is the
//! built-in one ([`is_builtin`]), and Tera's otherwise. `tests/event_fast_path.rs` renders
//! every entry both ways and compares the bytes: a change to the template must be made here
//! too.

use super::context::ArticleEvent;
use super::i18n;
use crate::site::Site;
use std::fmt::Write as _;
use tera::Tera;

/// The template of one entry, as embedded.
pub const TEMPLATE: &str = "partials/article_event.html";

/// Whether `tera`'s `partials/article_event.html` is the built-in one (a site that copied it
/// unchanged counts). The entry includes no other template and calls only `t()`, whose
/// strings [`Strings`] reads the same way: nothing else a site brings can change its bytes.
pub fn is_builtin(tera: &Tera) -> bool {
    super::templates::is_builtin(tera, TEMPLATE)
}

/// The interface strings the entry shows, escaped once, as `t()` gives them (the site's
/// `[translations]` first, then the built-in strings).
pub struct Strings {
    curated: String,
    curated_long: String,
    paragraph_sign: String,
    open_quote: String,
    close_quote: String,
    reported_by: String,
    conflict: String,
}

impl Strings {
    /// The strings of `site`'s language; `None` when one is missing (the template then fails
    /// as Tera reports it, and the fast path is not taken).
    pub fn new(site: &Site) -> Option<Strings> {
        let lang = site.config.lang();
        let esc = |k: &str| i18n::lookup(&site.config.translations, lang, k).map(super::templates::escape);
        Some(Strings {
            curated: esc("curated")?,
            curated_long: esc("curated_long")?,
            paragraph_sign: esc("paragraph_sign")?,
            open_quote: esc("open_quote")?,
            close_quote: esc("close_quote")?,
            reported_by: esc("reported_by")?,
            conflict: esc("conflict")?,
        })
    }
}

/// Appends `s` escaped as the templates escape text ([`super::templates::escape`]).
fn esc(out: &mut String, s: &str) {
    crate::text::push_escaped(out, s);
}

/// A field the template tests with `{% if %}`: absent and empty are false alike.
fn given(s: Option<&str>) -> Option<&str> {
    s.filter(|s| !s.is_empty())
}

/// Entry `e`, as the built-in template renders it, appended to `out`.
pub fn write(out: &mut String, t: &Strings, e: &ArticleEvent) {
    out.push_str("<li");
    if e.curated {
        out.push_str(" class=\"curated\"");
    }
    out.push_str("><a href=\"");
    esc(out, &e.url);
    out.push_str("\">");
    esc(out, &e.date);
    out.push_str("</a>");
    if e.curated {
        out.push_str(" <span class=\"badge\" title=\"");
        out.push_str(&t.curated_long);
        out.push_str("\">");
        out.push_str(&t.curated);
        out.push_str("</span>");
    }
    for p in &e.passages {
        out.push_str(" <a href=\"");
        esc(out, &p.url);
        out.push_str("\">");
        out.push_str(&t.paragraph_sign);
        esc(out, p.label);
        out.push_str("</a>");
        if let Some(w) = given(p.words) {
            out.push(' ');
            out.push_str(&t.open_quote);
            esc(out, w);
            out.push_str(&t.close_quote);
        }
    }
    if let Some(short) = given(e.short.as_deref()) {
        out.push(' ');
        match given(e.lang) {
            Some(l) => {
                out.push_str("<span lang=\"");
                esc(out, l);
                out.push_str("\">");
                esc(out, short);
                out.push_str("</span>");
            }
            None => esc(out, short),
        }
    }
    if e.count > 1 {
        let _ = write!(out, " <span class=\"count\">({} {})</span>", e.count, t.reported_by);
    }
    if e.conflict {
        out.push_str(" <span class=\"event-conflict\">⚠ ");
        out.push_str(&t.conflict);
        out.push_str("</span>");
    }
    // No `</li>`: the template leaves it out (the next `<li>` or the `</ol>` closes it).
    out.push('\n');
}
