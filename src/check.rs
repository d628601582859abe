//! What only a careful editor would check before publishing: the site builds without these,
//! but a reader would notice. `briefing check` lists them with the build's own warnings;
//! `build` only counts them.

use crate::content::{is_raw_article, Article};
use crate::diagnostics::Diagnostic;
use crate::site::{DocRef, Site};
use std::path::Path;

/// Every editor-level warning of a resolved site, in a stable order.
pub fn advice(site: &Site) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    out.extend(site.articles.iter().filter(|a| !a.guessed.is_empty()).map(|a| guess_warning(a)));
    for t in &site.topics {
        if t.body.blocks.iter().all(|b| b.text.trim().is_empty()) {
            out.push(Diagnostic::warning(&t.path, 0, "topic without briefing text: its page shows only lists"));
        }
        out.extend(links(&t.path, &t.body));
    }
    for n in &site.notes {
        out.extend(links(&n.path, &n.body));
    }
    out.extend(thin_citations(site));
    for e in site.events.iter().filter(|e| e.curated && e.sources.is_empty() && e.mentions.is_empty()) {
        let path = match e.declared_in() {
            Some(DocRef::Topic(t)) => &site.topics[t].path,
            Some(DocRef::Note(n)) => &site.notes[n].path,
            _ => continue,
        };
        out.push(
            Diagnostic::warning(path, e.declared_line(), "event with no source")
                .with_help("add sources = [\"…\"] so that readers can check it"),
        );
    }
    out
}

/// An article whose metadata is still partly read off its text.
fn guess_warning(a: &Article) -> Diagnostic {
    let fields = a.guessed.join(", ");
    let at = &a.guessed_at;
    let how = if is_raw_article(&at.value) {
        format!("set them in a sidecar ({}) or `briefing import` the file", a.path.with_extension("toml").display())
    } else if a.sidecar.is_some() {
        "set them in this sidecar".to_string()
    } else {
        "check them, then remove them from `guessed`".to_string()
    };
    Diagnostic::warning(&at.value, at.line, format!("\"{}\": guessed from the text: {fields}", a.slug)).with_help(how)
}

/// Links that cannot work once published: an address without its scheme (`www.x.org`), a
/// mistyped scheme (`htp://`, `http:/x`), a Markdown file (`note.md`, which is not a page of
/// the site: cite it), or an empty target.
fn links(path: &Path, body: &crate::markdown::Body) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    // The rendered HTML holds every link, Markdown or raw HTML; the Markdown ones say on
    // which line they are written.
    let written = |href: &str| body.links.iter().find(|l| crate::text::escape_html(&l.dest) == href);
    let html = body.html();
    let mut rest = &*html;
    while let Some(at) = rest.find("<a href=\"") {
        rest = &rest[at + 9..];
        let Some(end) = rest.find('"') else { break };
        let href = &rest[..end];
        rest = &rest[end..];
        if let Some(why) = broken_link(href) {
            let d = Diagnostic::warning(path, 0, format!("link \"{href}\": {why}"));
            out.push(match written(href) {
                Some(l) => Diagnostic { line: l.line, ..d }.with_span(l.span),
                None => d,
            });
        }
    }
    out
}

fn broken_link(href: &str) -> Option<&'static str> {
    let h = href.trim();
    let lower = h.to_ascii_lowercase();
    if h.is_empty() {
        return Some("empty target");
    }
    // The renderer's own links (footnotes, citations, pages of the site) are fine.
    if h.starts_with('#') || h.starts_with("../") || lower.starts_with("mailto:") {
        return None;
    }
    if lower.starts_with("http://") || lower.starts_with("https://") {
        let host = lower.split("://").nth(1).unwrap_or("");
        return (host.is_empty() || host.starts_with('/') || !host.split('/').next().unwrap_or("").contains('.'))
            .then_some("no host name after the scheme");
    }
    if ["htp:", "htps:", "http:/", "https:/", "http//", "https//", "ttp:", "ttps:"].iter().any(|p| lower.starts_with(p))
    {
        return Some("mistyped scheme: write https://…");
    }
    let first = lower.split('/').next().unwrap_or("");
    if lower.starts_with("www.")
        || (first.contains('.')
            && [".com", ".org", ".net", ".fr", ".eu", ".uk", ".by", ".ru", ".ua", ".int", ".gov"]
                .iter()
                .any(|t| first.ends_with(t)))
    {
        return Some("an address without https://: the browser reads it as a file of the site");
    }
    if lower.ends_with(".md") || lower.contains(".md#") {
        return Some("a Markdown file is not a page of the site: cite it with [@slug] or link to its .html page");
    }
    None
}

/// Sources that notes and topics cite but that a reader cannot place: no date, or no outlet.
fn thin_citations(site: &Site) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (i, s) in site.sources.iter().enumerate() {
        let citing: Vec<(&Path, &crate::markdown::Body)> = site.cited_by[i]
            .iter()
            .filter_map(|d| match d {
                DocRef::Note(n) => Some((site.notes[*n].path.as_path(), &site.notes[*n].body)),
                DocRef::Topic(t) => Some((site.topics[*t].path.as_path(), &site.topics[*t].body)),
                DocRef::Article(_) => None,
            })
            .collect();
        let Some((first, body)) = citing.first() else { continue };
        // The first place the first citing page cites it.
        let line = body.citations.iter().find(|c| c.items.iter().any(|it| it.key == s.key)).map_or(0, |c| c.line);
        let missing: Vec<&str> =
            [("date", s.date.is_none()), ("outlet", s.outlet.is_none())].iter().filter(|m| m.1).map(|m| m.0).collect();
        if !missing.is_empty() {
            out.push(Diagnostic::warning(
                first,
                line,
                format!(
                    "cites \"{}\", which has no {}: readers cannot place it ({} cite it)",
                    s.key,
                    missing.join(" and no "),
                    citing.len()
                ),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_that_cannot_work_once_published() {
        for bad in [
            "www.example.org/page",
            "lemonde.fr/article",
            "htp://x.org",
            "http:/x.org",
            "notes/other.md",
            "",
            "https://",
        ] {
            assert!(broken_link(bad).is_some(), "{bad}");
        }
        for good in [
            "https://www.example.org/a",
            "#fn-1",
            "../sources.html#s3",
            "mailto:a@b.fr",
            "chronology.html",
            "http://x.by",
        ] {
            assert!(broken_link(good).is_none(), "{good}");
        }
    }
}
