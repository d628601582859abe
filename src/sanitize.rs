//! Editors' raw HTML, made safe. A briefing's notes come from many hands, so the raw HTML a
//! note or a topic carries is cleaned with ammonia before it reaches a page, unless the site
//! says its editors are trusted (`trust_editor_html = true` in config.toml). Articles never
//! get here: their HTML is escaped as text when they are loaded.

use std::collections::HashSet;
use std::sync::OnceLock;

/// The cleaner: ammonia's safe defaults (no script, style, iframe, object, form; no event
/// handler or `style` attribute; only http(s), mailto and such URL schemes), plus what the
/// Markdown renderer itself writes and links into (`id` and `class`), without adding
/// `rel="noopener noreferrer"`: no link may open a window anyway.
fn cleaner() -> &'static ammonia::Builder<'static> {
    static CLEANER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    CLEANER.get_or_init(|| {
        let mut b = ammonia::Builder::default();
        b.add_generic_attributes(["id", "class", "dir"]);
        b.link_rel(None);
        // Elements whose content is code or hidden data are dropped whole, not unwrapped.
        let drop: HashSet<&str> = ["script", "style", "template", "noscript", "iframe", "object", "svg", "math"].into();
        b.clean_content_tags(drop);
        // An image from elsewhere tells its host who reads the page: only the site's own.
        b.attribute_filter(|element, attribute, value| match (element, attribute) {
            ("img", "src") if !is_relative(value) => None,
            ("img", "srcset") => None,
            _ => Some(value.into()),
        });
        b
    })
}

/// Whether `url` points inside the site (no scheme, no host).
fn is_relative(url: &str) -> bool {
    let u = url.trim();
    // `//host/x` and, as browsers read backslashes, `\\host/x` or `/\host/x` name a host.
    let mut lead = u.chars().take(2).filter(|&c| c == '/' || c == '\\');
    let host = lead.next().is_some() && lead.next().is_some();
    !host && u.split(['/', '\\', '?', '#']).next().is_none_or(|first| !first.contains(':'))
}

/// `html` with everything that could run, load from elsewhere unasked or restyle the page
/// removed. Text (including the citation placeholders of [`crate::markdown`]) is kept.
pub fn clean(html: &str) -> String {
    cleaner().clean(html).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payloads_go_and_markdown_output_stays() {
        let dirty = concat!(
            "<p id=\"p1\">Texte<script>alert(1)</script>",
            "<img src=x onerror=alert(2)><svg onload=alert(3)><circle/></svg>",
            "<iframe src=\"https://evil.test\"></iframe><style>body{display:none}</style>",
            "<a href=\"javascript:alert(4)\">lien</a><a href=\"#fn-1\" class=\"x\">n</a>",
            "<span style=\"position:fixed\" onclick=\"alert(5)\">s</span>\u{E000}0\u{E001}</p>",
        );
        let c = clean(dirty);
        for bad in ["<script", "onerror", "<svg", "onload", "<iframe", "<style", "javascript:", "style=", "onclick"] {
            assert!(!c.contains(bad), "{bad} in {c}");
        }
        assert!(c.contains("<p id=\"p1\">Texte"), "{c}");
        assert!(c.contains("<a href=\"#fn-1\" class=\"x\">n</a>"), "{c}");
        assert!(c.contains("\u{E000}0\u{E001}"), "citation placeholder lost: {c}");
        assert!(c.contains("<span>s</span>"), "{c}");
        let img = clean("<img src=\"https://x.test/p.png\" alt=\"a\"><img src=\"../assets/map.png\" alt=\"b\">");
        assert_eq!(img, "<img alt=\"a\"><img src=\"../assets/map.png\" alt=\"b\">");
    }
}
