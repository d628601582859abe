//! What the built-in `base.html` writes around a page's `content` block: its `<head>`, the
//! masthead, and after the content, the colophon.

use super::{esc, Strings};
use crate::render::context::{Base, Head};

/// Everything before the page's `content` block: the `<head>` (with `head`, what the page
/// says of itself), the masthead, and `<main>`'s opening tag. `topic_slug` is the slug of
/// the topic a topic page shows (its masthead link is marked current).
pub fn open(out: &mut String, t: &Strings, b: &Base, head: Option<&Head>, topic_slug: Option<&str>) {
    let site = &b.site;
    out.push_str("<!doctype html>\n<html lang=\"");
    esc(out, site.lang);
    out.push_str("\">\n<head>\n<meta charset=utf-8>\n<meta name=viewport content=\"width=device-width, initial-scale=1\">\n<title>");
    if b.page_title != site.title {
        esc(out, &b.page_title);
        out.push_str(" · ");
    }
    esc(out, site.title);
    out.push_str("</title>\n");
    match head {
        Some(h) if !h.description.is_empty() => {
            out.push_str("<meta name=description property=og:description content=\"");
            esc(out, &h.description);
            out.push_str("\">");
        }
        _ if !site.description.is_empty() => {
            out.push_str("<meta name=description content=\"");
            esc(out, site.description);
            out.push_str("\">");
        }
        _ => {}
    }
    out.push_str("\n<link rel=icon href=");
    esc(out, b.root);
    out.push_str("assets/favicon.svg>\n<link rel=stylesheet href=");
    esc(out, b.root);
    out.push_str("assets/style.css>\n<link rel=alternate type=application/atom+xml title=\"");
    esc(out, site.title);
    out.push_str("\" href=");
    esc(out, b.root);
    out.push_str("feed.xml>\n");
    if let Some(h) = head {
        for f in &h.feeds {
            out.push_str("<link rel=alternate type=application/atom+xml title=\"");
            esc(out, &f.title);
            out.push_str("\" href=\"");
            esc(out, &f.url);
            out.push_str("\">\n");
        }
        if let Some(c) = h.canonical.as_deref().filter(|c| !c.is_empty()) {
            out.push_str("<link rel=canonical href=\"");
            esc(out, c);
            out.push_str("\">\n<meta property=og:url content=\"");
            esc(out, c);
            out.push_str("\">\n");
        }
        out.push_str("<meta property=og:type content=");
        esc(out, h.og_type);
        out.push_str(">\n<meta property=og:title content=\"");
        esc(out, &b.page_title);
        out.push_str("\">\n<meta property=og:site_name content=\"");
        esc(out, site.title);
        out.push_str("\">\n<meta property=og:locale content=\"");
        esc(out, h.locale);
        out.push_str("\">\n");
    }
    out.push_str("</head>\n<body>\n<a class=skip href=#main>");
    out.push_str(&t.skip);
    out.push_str("</a>\n<header class=masthead>\n<div class=frame>\n<p class=site-title><a href=");
    esc(out, b.root);
    out.push_str("index.html>");
    esc(out, site.title);
    out.push_str("</a></p>\n<nav class=site-nav aria-label=\"");
    out.push_str(&t.site_nav);
    out.push_str("\">\n<ul>\n");
    let current = |out: &mut String, page: &str| {
        if b.page == page {
            out.push_str(" aria-current=\"page\"");
        }
    };
    out.push_str("<li><a href=");
    esc(out, b.root);
    out.push_str("index.html");
    current(out, "index");
    out.push('>');
    out.push_str(&t.home);
    out.push_str("</a>\n<li><a href=");
    esc(out, b.root);
    out.push_str("chronology.html");
    current(out, "chronology");
    out.push('>');
    out.push_str(&t.chronology);
    out.push_str("</a>");
    if let Some(actors) = site.actors.as_deref().filter(|a| !a.is_empty()) {
        out.push_str("\n<li><a href=\"");
        esc(out, actors);
        out.push('"');
        current(out, "actors");
        out.push('>');
        out.push_str(&t.actors);
        out.push_str("</a>");
    }
    out.push_str("\n<li><a href=");
    esc(out, b.root);
    out.push_str("sources.html");
    current(out, "sources");
    out.push('>');
    out.push_str(&t.sources);
    out.push_str("</a>\n<li><a href=");
    esc(out, b.root);
    out.push_str("search.html");
    current(out, "search");
    out.push('>');
    out.push_str(&t.search);
    out.push_str("</a>\n</ul>\n</nav>\n</div>\n");
    if !site.topics.is_empty() {
        out.push_str("<nav class=topics-nav aria-label=\"");
        out.push_str(&t.topics_nav);
        out.push_str("\">\n<ul class=frame>\n");
        for tp in &site.topics {
            out.push_str("<li><a href=\"");
            esc(out, &tp.url);
            out.push('"');
            if b.page == "topic" {
                // `tp.url == root ~ "topics/" ~ topic.slug ~ ".html"`.
                let own = topic_slug.is_some_and(|s| {
                    tp.url
                        .strip_prefix(b.root)
                        .and_then(|u| u.strip_prefix("topics/"))
                        .and_then(|u| u.strip_suffix(".html"))
                        == Some(s)
                });
                if own {
                    out.push_str(" aria-current=\"page\"");
                }
            }
            out.push('>');
            esc(out, &tp.title);
            out.push_str("</a>");
        }
        out.push_str("\n</ul>\n</nav>");
    }
    out.push_str("\n</header>\n<main id=main class=frame>\n");
}

/// Everything after the page's `content` block, up to its `scripts` block: the end of
/// `<main>` and the colophon.
pub fn footer(out: &mut String, t: &Strings, b: &Base) {
    out.push_str("\n</main>\n<footer class=colophon>\n<p class=frame>");
    esc(out, b.site.title);
    out.push_str(" · <a href=");
    esc(out, b.root);
    out.push_str("feed.xml>");
    out.push_str(&t.feed);
    out.push_str("</a> · ");
    out.push_str(&t.generated);
    out.push_str("</p>\n</footer>\n");
}

/// What follows the page's `scripts` block.
pub const END: &str = "\n</body>\n</html>\n";
