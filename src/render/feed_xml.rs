//! The Atom feeds (`feed.xml`, and each topic's) written directly from their context, the
//! same bytes as Tera renders the built-in `feed.xml`: used when the site keeps that
//! template. Tera took about a million instructions a feed (the context made a Tera value,
//! each entry's fields looked up by name), a feed of fifty entries being a few kilobytes;
//! a dossier has one feed per topic. `tests/page_fast_path.rs` renders every feed of the
//! example site and of generated dossiers both ways and compares the bytes.

use super::context::FeedCtx;
use crate::text::push_escaped;

/// The template this writes.
pub const TEMPLATE: &str = "feed.xml";

/// Feed `f` as the built-in `feed.xml` renders it (each value escaped as the templates'
/// autoescape does; an empty subtitle, author or summary leaves its element out, as the
/// template's `if` does).
pub fn write(f: &FeedCtx) -> Vec<u8> {
    let mut out = String::with_capacity(
        640 + f.entries.iter().map(|e| 200 + e.title.len() + 2 * e.url.len() + e.summary.len()).sum::<usize>(),
    );
    let tag = |out: &mut String, open: &str, value: &str, close: &str| {
        out.push_str(open);
        push_escaped(out, value);
        out.push_str(close);
    };
    out.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"");
    push_escaped(&mut out, f.site.lang);
    out.push_str("\">\n");
    tag(&mut out, "  <title>", &f.title, "</title>");
    if !f.subtitle.is_empty() {
        tag(&mut out, "\n  <subtitle>", f.subtitle, "</subtitle>");
    }
    tag(&mut out, "\n  <id>", &f.feed_url, "</id>");
    tag(&mut out, "\n  <link rel=\"self\" href=\"", &f.feed_url, "\"/>");
    tag(&mut out, "\n  <link rel=\"alternate\" type=\"text/html\" href=\"", &f.home_url, "\"/>");
    tag(&mut out, "\n  <updated>", &f.updated, "</updated>");
    tag(&mut out, "\n  <author><name>", f.author, "</name></author>");
    for e in &f.entries {
        tag(&mut out, "\n  <entry>\n    <title>", e.title, "</title>");
        tag(&mut out, "\n    <id>", &e.url, "</id>");
        tag(&mut out, "\n    <link rel=\"alternate\" type=\"text/html\" href=\"", &e.url, "\"/>");
        tag(&mut out, "\n    <updated>", &e.updated, "</updated>");
        if let Some(a) = e.author.filter(|a| !a.is_empty()) {
            tag(&mut out, "\n    <author><name>", a, "</name></author>");
        }
        if !e.summary.is_empty() {
            tag(&mut out, "\n    <summary>", e.summary, "</summary>");
        }
        out.push_str("\n  </entry>");
    }
    out.push_str("\n</feed>\n");
    out.into_bytes()
}
