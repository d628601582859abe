//! The first mention of each actor in each section of a page becomes a link to the actor's
//! page. The page's HTML is read once: text between tags is searched ([`super::Matcher`]),
//! never the inside of a link, a heading, code, a script or style, or a citation's
//! placeholder; a heading starts a new section. The text a link wraps is the page's own,
//! already escaped, and its address is made by the caller from a slug: nothing read from the
//! text becomes markup.

use super::Matcher;
use crate::doc::ActorId;
use crate::markdown::{CITE_CLOSE, CITE_OPEN};
use crate::text::Folded;
use std::borrow::Cow;

/// Elements whose text is never linked.
const NO_LINK: [&str; 13] =
    ["a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "script", "style", "textarea", "button"];

/// `html` with the first mention in each section of every actor in `wanted` linked to
/// `href(actor)`, except `own` (an actor's page does not link to itself). Unchanged, and not
/// copied, when nothing is linked.
pub fn link_mentions<'h>(
    html: &'h str,
    matcher: &Matcher,
    wanted: &[ActorId],
    own: Option<ActorId>,
    href: &dyn Fn(ActorId) -> String,
) -> Cow<'h, str> {
    if wanted.iter().all(|&a| Some(a) == own) || matcher.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = String::new();
    let mut copied = 0;
    let mut linked: Vec<ActorId> = Vec::new();
    let mut closed_elements = 0usize;
    let mut i = 0;
    let bytes = html.as_bytes();
    while i < html.len() {
        if bytes[i] == b'<' {
            let end = tag_end(html, i);
            let tag = &html[i..end];
            if let Some((name, closing)) = tag_name(tag) {
                if NO_LINK.contains(&name.as_str()) && !tag.ends_with("/>") {
                    if closing {
                        closed_elements = closed_elements.saturating_sub(1);
                    } else {
                        closed_elements += 1;
                    }
                }
                if !closing && name.len() == 2 && name.starts_with('h') && name.as_bytes()[1].is_ascii_digit() {
                    linked.clear();
                }
            }
            i = end;
            continue;
        }
        let text_end = html[i..].find('<').map_or(html.len(), |n| i + n);
        if closed_elements == 0 {
            for (from, to) in outside_citations(&html[i..text_end]) {
                let (from, to) = (i + from, i + to);
                let folded = Folded::html_text(&html[from..to]);
                for f in matcher.find_folded(&folded.text) {
                    if Some(f.actor) == own || linked.contains(&f.actor) || !wanted.contains(&f.actor) {
                        continue;
                    }
                    let r = folded.original(f.range);
                    let (start, end) = (from + r.start, from + r.end);
                    if super::continues_a_name(&html[..to], end) {
                        continue;
                    }
                    linked.push(f.actor);
                    out.push_str(&html[copied..start]);
                    out.push_str("<a class=\"actor\" href=\"");
                    out.push_str(&crate::text::escape_html(&href(f.actor)));
                    out.push_str("\">");
                    out.push_str(&html[start..end]);
                    out.push_str("</a>");
                    copied = end;
                }
            }
        }
        i = text_end;
    }
    if copied == 0 {
        return Cow::Borrowed(html);
    }
    out.push_str(&html[copied..]);
    Cow::Owned(out)
}

/// Where the tag (or comment) opening at `at` ends, past its `>`; quoted attribute values
/// may hold `>`.
fn tag_end(html: &str, at: usize) -> usize {
    if html[at..].starts_with("<!--") {
        return html[at..].find("-->").map_or(html.len(), |n| at + n + 3);
    }
    let mut quote = None;
    for (n, c) in html[at + 1..].char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return at + 1 + n + 1,
            _ => {}
        }
    }
    html.len()
}

/// A tag's element name, lowercase, and whether it closes it; `None` for a comment or a
/// declaration.
fn tag_name(tag: &str) -> Option<(String, bool)> {
    let inner = tag.strip_prefix('<')?;
    let (closing, inner) = match inner.strip_prefix('/') {
        Some(rest) => (true, rest),
        None => (false, inner),
    };
    let name: String =
        inner.chars().take_while(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect();
    (!name.is_empty()).then_some((name, closing))
}

/// The parts of a text outside citation placeholders, as byte ranges.
fn outside_citations(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(open) = text[at..].find(CITE_OPEN).map(|n| at + n) {
        out.push((at, open));
        at = text[open..].find(CITE_CLOSE).map_or(text.len(), |n| open + n + CITE_CLOSE.len_utf8());
    }
    out.push((at, text.len()));
    out
}

#[cfg(test)]
mod tests {
    use super::super::tests::matcher;
    use super::*;

    fn link(html: &str, own: Option<ActorId>) -> String {
        let m = matcher();
        let all = [ActorId(0), ActorId(1), ActorId(2)];
        link_mentions(html, &m, &all, own, &|a| format!("../actors/{}.html", a.0)).into_owned()
    }

    #[test]
    fn the_first_mention_in_each_section_links() {
        let html = "<p id=\"p1\">Loukachenko à Minsk. Puis Lukashenko.</p>\n<h2 id=\"x\">Loukachenko</h2>\n<p id=\"p2\">Alexandre Loukachenko encore.</p>";
        assert_eq!(
            link(html, None),
            "<p id=\"p1\"><a class=\"actor\" href=\"../actors/0.html\">Loukachenko</a> à <a class=\"actor\" href=\"../actors/2.html\">Minsk</a>. Puis Lukashenko.</p>\n<h2 id=\"x\">Loukachenko</h2>\n<p id=\"p2\"><a class=\"actor\" href=\"../actors/0.html\">Alexandre Loukachenko</a> encore.</p>"
        );
        // On its own page, an actor is not linked; the others are.
        assert_eq!(
            link("<p>Loukachenko et Zelensky</p>", Some(ActorId(0))),
            "<p>Loukachenko et <a class=\"actor\" href=\"../actors/1.html\">Zelensky</a></p>"
        );
    }

    #[test]
    fn never_inside_links_headings_code_or_citations() {
        let html = "<p><a href=\"x\">Zelensky <em>Minsk</em></a> <code>Minsk</code> <span title=\"Minsk > Zelensky\">a</span>\u{E000}0\u{E001}<sup class=\"fnref\"><a href=\"#fn-1\">1</a></sup></p><h3>Zelensky</h3><pre>Minsk</pre><!-- Minsk --><p>Zelensky&amp;Minsk</p>";
        let out = link(html, None);
        assert_eq!(out.matches("class=\"actor\"").count(), 2, "{out}");
        assert_eq!(
            link("<p>The Minsk Times, then Minsk.</p>", None),
            "<p>The Minsk Times, then <a class=\"actor\" href=\"../actors/2.html\">Minsk</a>.</p>"
        );
        assert!(out.ends_with("<p><a class=\"actor\" href=\"../actors/1.html\">Zelensky</a>&amp;<a class=\"actor\" href=\"../actors/2.html\">Minsk</a></p>"), "{out}");
        // Nothing to link: the page's HTML is handed back as it is.
        assert!(matches!(
            link_mentions("<p>rien</p>", &matcher(), &[ActorId(0)], None, &|_| String::new()),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn linked_text_stays_the_escaped_text() {
        let out = link("<p>&lt;script&gt;Minsk&lt;/script&gt;</p>", None);
        assert_eq!(out, "<p>&lt;script&gt;<a class=\"actor\" href=\"../actors/2.html\">Minsk</a>&lt;/script&gt;</p>");
    }
}
