//! The built-in sources page (`sources.html` in `base.html`, with the `source_entry` and
//! `reference` macros of `macros.html`), written from its [`SourcesPage`] context, and the
//! index of its parts once the list is split (`sources_index.html`, [`SourcesIndexPage`]).
//! The page lists its sources twice (by outlet, by date): at 100,000 sources on one page,
//! Tera's copy of that context (a `serde_json::Value` per field) was the peak of a build's
//! memory.

use super::{base, esc, given, Counted, Strings};
use crate::render::context::{Head, SourceCtx, SourcePart, SourcesIndexPage, SourcesPage, SourcesPartNav};
use crate::site::Site;

/// The interface strings only the sources page shows (those every page shows, and the
/// quotes, are [`Strings`]'), escaped as the templates show them.
pub struct SourceStrings {
    /// `t(key="sources") | lower`.
    sources_lower: String,
    by_outlet: String,
    by_date: String,
    unknown_outlet: String,
    undated: String,
    kind_article: String,
    kind_cited: String,
    in_language: String,
    cited_by_lower: String,
    all_sources: String,
}

impl SourceStrings {
    /// The strings of `site`'s language, as `t()` gives them; `None` when one is missing
    /// (Tera then reports it as it does).
    pub fn new(site: &Site) -> Option<SourceStrings> {
        let raw = |k: &str| super::raw(site, k);
        let esc = |k: &str| super::escaped(site, k);
        Some(SourceStrings {
            // Tera's `lower` is `str::to_lowercase`, applied before the escaping.
            sources_lower: crate::render::templates::escape(&raw("sources")?.to_lowercase()),
            by_outlet: esc("by_outlet")?,
            by_date: esc("by_date")?,
            unknown_outlet: esc("unknown_outlet")?,
            undated: esc("undated")?,
            kind_article: esc("source_kind_article")?,
            kind_cited: esc("source_kind_cited")?,
            in_language: esc("in_language")?,
            cited_by_lower: esc("cited_by_lower")?,
            all_sources: esc("all_sources")?,
        })
    }
}

/// The template of the index of a split sources page.
pub const INDEX: &str = "sources_index.html";

/// The interface strings the index of a split sources page shows (besides [`Strings`]),
/// escaped as the template shows them.
pub struct IndexStrings {
    /// `t(key="sources") | lower`.
    sources_lower: String,
    articles: String,
    cited_sources: String,
    count_sources: Counted,
}

impl IndexStrings {
    /// The strings of `site`'s language, as `t()` gives them; `None` when one is missing.
    pub fn new(site: &Site) -> Option<IndexStrings> {
        let raw = |k: &str| super::raw(site, k);
        let esc = |k: &str| super::escaped(site, k);
        Some(IndexStrings {
            sources_lower: crate::render::templates::escape(&raw("sources")?.to_lowercase()),
            articles: esc("articles")?,
            cited_sources: esc("cited_sources")?,
            count_sources: Counted::look(site, "count_sources")?,
        })
    }
}

/// The index `p` of a split sources page, with `head`, as `sources_index.html` renders it.
pub fn write_index(t: &Strings, s: &IndexStrings, p: &SourcesIndexPage, head: Option<&Head>) -> String {
    let parts = p.article_parts.len() + p.cited_parts.len();
    let mut out = String::with_capacity(16384 + parts * 192);
    base::open(&mut out, t, &p.base, head, None);
    out.push_str("\n<header class=\"page-head\">\n  <h1>");
    out.push_str(&t.sources);
    out.push_str("</h1>\n  <p class=\"meta\">");
    out.push_str(&p.count.to_string());
    out.push(' ');
    out.push_str(&s.sources_lower);
    out.push_str("</p>");
    if !p.article_parts.is_empty() && !p.cited_parts.is_empty() {
        out.push_str("\n  <nav class=\"toc\" aria-label=\"");
        out.push_str(&t.sources);
        out.push_str("\"><ul><li><a href=\"#articles\">");
        out.push_str(&s.articles);
        out.push_str("</a></li><li><a href=\"#cited\">");
        out.push_str(&s.cited_sources);
        out.push_str("</a></li></ul></nav>");
    }
    out.push_str("\n</header>");
    parts_section(&mut out, s, ("articles", &s.articles), p.articles, &p.article_parts);
    parts_section(&mut out, s, ("cited", &s.cited_sources), p.cited, &p.cited_parts);
    out.push('\n');
    base::footer(&mut out, t, &p.base);
    out.push_str(base::END);
    out
}

/// One section of the index: its heading (`id`, text) over the sources it counts, and a line
/// per part; nothing when it has no part.
fn parts_section(out: &mut String, s: &IndexStrings, (id, heading): (&str, &str), count: usize, parts: &[SourcePart]) {
    if parts.is_empty() {
        return;
    }
    out.push_str("\n\n<section id=\"");
    out.push_str(id);
    out.push_str("\" aria-labelledby=\"h-");
    out.push_str(id);
    out.push_str("\">\n  <h2 id=\"h-");
    out.push_str(id);
    out.push_str("\">");
    out.push_str(heading);
    out.push_str(" <span class=\"count\">(");
    out.push_str(&count.to_string());
    out.push_str(")</span></h2>\n  <ul class=\"plain\">\n");
    for part in parts {
        out.push_str("<li><a href=\"");
        esc(out, &part.url);
        out.push_str("\">");
        esc(out, &part.label);
        out.push_str("</a> · ");
        s.count_sources.push(out, part.count);
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n</section>");
}

/// The sources page `p`, with `head`, as the built-in templates render it.
pub fn write(t: &Strings, s: &SourceStrings, p: &SourcesPage, head: Option<&Head>) -> String {
    // Each source is written twice, its text escaped (a few bytes more) in a few hundred
    // bytes of markup: room enough that the buffer is seldom copied to grow.
    let text: usize = p
        .sources
        .iter()
        .map(|s| {
            s.anchor.len()
                + s.page.len()
                + s.title.len()
                + s.outlet.map_or(0, str::len)
                + s.author.map_or(0, str::len)
                + s.url.map_or(0, str::len)
                + s.via.as_ref().map_or(0, |v| v.title.len() + v.url.len())
                + s.cited_by.iter().map(|c| c.title.len() + c.url.len() + 48).sum::<usize>()
        })
        .sum();
    let mut out = String::with_capacity(16384 + text * 2 + p.sources.len() * 320 + p.outlets.len() * 128);
    base::open(&mut out, t, &p.base, head, None);
    content(&mut out, t, s, p);
    base::footer(&mut out, t, &p.base);
    out.push_str(base::END);
    out
}

/// The `content` block.
fn content(out: &mut String, t: &Strings, s: &SourceStrings, p: &SourcesPage) {
    out.push_str("\n<header class=\"page-head\">\n  <h1>");
    out.push_str(&t.sources);
    if let Some(part) = &p.part {
        out.push_str(&t.colon);
        out.push(' ');
        esc(out, &part.current.label);
    }
    out.push_str("</h1>\n  <p class=\"meta\">");
    out.push_str(&p.sources.len().to_string());
    out.push(' ');
    out.push_str(&s.sources_lower);
    out.push_str("</p>\n  <nav class=\"toc\" aria-label=\"");
    out.push_str(&t.sources);
    out.push_str("\"><ul><li><a href=\"#by-outlet\">");
    out.push_str(&s.by_outlet);
    out.push_str("</a></li><li><a href=\"#by-date\">");
    out.push_str(&s.by_date);
    out.push_str("</a></li></ul></nav>");
    if let Some(part) = &p.part {
        part_nav(out, s, part);
    }
    out.push_str("\n</header>\n\n<section id=\"by-outlet\" aria-labelledby=\"h-outlet\">\n  <h2 id=\"h-outlet\">");
    out.push_str(&s.by_outlet);
    out.push_str("</h2>\n  ");
    for o in &p.outlets {
        out.push_str("\n  <section class=\"outlet\" id=\"");
        esc(out, &o.anchor);
        out.push_str("\">\n    <h3>");
        match given(Some(o.name)) {
            Some(name) => esc(out, name),
            None => out.push_str(&s.unknown_outlet),
        }
        out.push_str(" <span class=\"count\">(");
        out.push_str(&o.sources.len().to_string());
        out.push_str(")</span></h3>\n    <ul class=\"sources\">\n");
        // An index the context does not hold would fail Tera's rendering: it cannot, as
        // the context is made with its indices.
        for src in o.sources.iter().filter_map(|&i| p.sources.get(i)) {
            entry(out, t, s, src);
        }
        out.push_str("</ul>\n  </section>\n  ");
    }
    out.push_str("\n</section>\n\n<section id=\"by-date\" aria-labelledby=\"h-date\">\n  <h2 id=\"h-date\">");
    out.push_str(&s.by_date);
    out.push_str("</h2>\n  <ol class=\"by-date\">");
    for src in p.by_date.iter().filter_map(|&i| p.sources.get(i)) {
        out.push_str("<li><span class=date>");
        match given(src.date.as_deref()) {
            Some(date) => {
                out.push_str("<time datetime=");
                esc(out, src.date_iso.as_deref().unwrap_or_default());
                out.push('>');
                esc(out, date);
                out.push_str("</time>");
            }
            None => out.push_str(&s.undated),
        }
        out.push_str("</span>\n<span class=what><a href=\"#");
        esc(out, &src.anchor);
        out.push('"');
        lang_attr(out, src);
        out.push('>');
        esc(out, src.title);
        out.push_str("</a>");
        if let Some(o) = given(src.outlet) {
            out.push_str(" · <cite>");
            esc(out, o);
            out.push_str("</cite>");
        }
        out.push_str("</span>\n");
    }
    out.push_str("</ol>\n</section>\n");
}

/// The way from a part of a split list to the parts beside it and to their index.
fn part_nav(out: &mut String, s: &SourceStrings, part: &SourcesPartNav) {
    out.push_str("\n  <nav class=\"toc\" aria-label=\"");
    out.push_str(&s.all_sources);
    out.push_str("\"><ul>");
    if let Some(prev) = &part.prev {
        out.push_str("<li><a href=\"");
        esc(out, &prev.url);
        out.push_str("\" rel=prev>← ");
        esc(out, &prev.label);
        out.push_str("</a></li>");
    }
    out.push_str("<li><a href=\"");
    esc(out, &part.index);
    out.push_str("\">");
    out.push_str(&s.all_sources);
    out.push_str("</a></li>");
    if let Some(next) = &part.next {
        out.push_str("<li><a href=\"");
        esc(out, &next.url);
        out.push_str("\" rel=next>");
        esc(out, &next.label);
        out.push_str(" →</a></li>");
    }
    out.push_str("</ul></nav>");
}

/// ` lang="…"` when the source's language is not the site's (`{% if s.language_name %}`).
fn lang_attr(out: &mut String, src: &SourceCtx) {
    if given(src.language_name.as_deref()).is_some() {
        out.push_str(" lang=\"");
        esc(out, src.language.unwrap_or_default());
        out.push('"');
    }
}

/// `m::source_entry(s=src)`.
fn entry(out: &mut String, t: &Strings, s: &SourceStrings, src: &SourceCtx) {
    out.push_str("<li id=\"");
    esc(out, &src.anchor);
    out.push_str("\" class=\"source ");
    esc(out, src.kind);
    out.push_str("\"><p class=reference>");
    reference(out, t, s, src);
    out.push_str("<p class=source-meta><span class=kind>");
    out.push_str(if src.kind == "article" { &s.kind_article } else { &s.kind_cited });
    out.push_str("</span>");
    if let Some(url) = given(src.url) {
        out.push_str("<span><a href=\"");
        esc(out, url);
        out.push_str("\" rel=noopener>");
        out.push_str(&t.original);
        out.push_str("</a></span>");
    }
    if !src.cited_by.is_empty() {
        out.push_str("<p class=cited-by>");
        out.push_str(&t.cited_by);
        out.push_str(&t.colon);
        out.push(' ');
        let last = src.cited_by.len() - 1;
        for (k, c) in src.cited_by.iter().enumerate() {
            out.push_str("<span class=item><a href=\"");
            esc(out, &c.url);
            out.push_str("\">");
            esc(out, &c.title);
            out.push_str("</a>");
            if k != last {
                out.push_str("&nbsp;·</span> ");
            } else {
                out.push_str("</span>");
            }
        }
    }
    out.push('\n');
}

/// `m::reference(s=src)`: `Author, « Title », Outlet, date.`, and what language, and which
/// article cites it.
pub(super) fn reference(out: &mut String, t: &Strings, s: &SourceStrings, src: &SourceCtx) {
    if let Some(author) = given(src.author) {
        esc(out, author);
        out.push_str(", ");
    }
    out.push_str("<a href=\"");
    esc(out, &src.page);
    out.push('"');
    lang_attr(out, src);
    out.push('>');
    out.push_str(&t.open_quote);
    esc(out, src.title);
    out.push_str(&t.close_quote);
    out.push_str("</a>");
    if let Some(o) = given(src.outlet) {
        out.push_str(", <cite>");
        esc(out, o);
        out.push_str("</cite>");
    }
    if let Some(d) = given(src.date.as_deref()) {
        out.push_str(", ");
        esc(out, d);
    }
    out.push('.');
    if let Some(name) = given(src.language_name.as_deref()) {
        out.push_str(" <span class=\"lang-note\">(");
        out.push_str(&s.in_language);
        out.push(' ');
        esc(out, name);
        out.push_str(")</span>");
    }
    if let Some(via) = &src.via {
        out.push_str(" <span class=\"via\">(");
        out.push_str(&s.cited_by_lower);
        out.push_str(" <a href=\"");
        esc(out, &via.url);
        out.push_str("\">");
        esc(out, &via.title);
        out.push_str("</a>)</span>");
    }
}
