//! `sitemap.xml` (and its parts past 50,000 pages) written directly from its context, the
//! same bytes as Tera renders the built-in template: used when the site keeps it. Tera
//! copied every address into a Tera value and looped over them by name; a dossier's sitemap
//! lists every page, and was a long job of its own (a tenth of a second at 100,000 articles).
//! `tests/page_fast_path.rs` renders the sitemaps of the example site and of generated
//! dossiers both ways and compares the bytes.

use super::context::SitemapCtx;
use crate::text::push_escaped;

/// The template this writes.
pub const TEMPLATE: &str = "sitemap.xml";

/// Sitemap `s` as the built-in `sitemap.xml` renders it: the index of the sitemaps when it
/// has any, else the list of addresses (each escaped as the templates' autoescape does).
pub fn write(s: &SitemapCtx) -> Vec<u8> {
    let (open, close, items, item_open, item_close) = if s.sitemaps.is_empty() {
        ("<urlset", "</urlset>", &s.urls, "\n  <url><loc>", "</loc></url>")
    } else {
        ("<sitemapindex", "</sitemapindex>", &s.sitemaps, "\n  <sitemap><loc>", "</loc></sitemap>")
    };
    let mut out =
        String::with_capacity(160 + items.iter().map(|u| u.len() + item_open.len() + item_close.len()).sum::<usize>());
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(open);
    out.push_str(" xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for u in items {
        out.push_str(item_open);
        push_escaped(&mut out, u);
        out.push_str(item_close);
    }
    out.push('\n');
    out.push_str(close);
    out.push('\n');
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What Tera renders of the built-in template, set up as a build sets it up.
    fn by_tera(s: &SitemapCtx) -> String {
        let mut tera = tera::Tera::default();
        tera.autoescape_on(vec![".html", ".xml"]);
        tera.set_escape_fn(crate::render::templates::escape);
        tera.add_raw_template(TEMPLATE, include_str!("../../templates/sitemap.xml")).expect("the built-in parses");
        let ctx = tera::Context::from_serialize(s).expect("a context");
        tera.render(TEMPLATE, &ctx).expect("Tera renders")
    }

    #[test]
    fn the_same_bytes_as_tera() {
        let urls = |v: &[&str]| v.iter().map(|u| u.to_string()).collect::<Vec<_>>();
        let cases = [
            SitemapCtx { urls: Vec::new(), sitemaps: Vec::new() },
            SitemapCtx {
                urls: urls(&[
                    "https://example.org/",
                    "https://example.org/a?b=1&c=<2>",
                    "https://example.org/l'été/\"x\"",
                ]),
                sitemaps: Vec::new(),
            },
            SitemapCtx {
                urls: Vec::new(),
                sitemaps: urls(&["https://example.org/sitemap-1.xml", "https://example.org/s&p/sitemap-2.xml"]),
            },
        ];
        for s in &cases {
            let fast = String::from_utf8(write(s)).expect("UTF-8");
            assert_eq!(fast, by_tera(s));
        }
        // The escapes were exercised, not a test of nothing.
        assert!(String::from_utf8(write(&cases[1])).expect("UTF-8").contains("&amp;c=&lt;2&gt;"));
    }
}
