//! Headlines: what reads as one, what surrounds one (breadcrumbs, kickers, photo credits),
//! and what a headline loses when it is cleaned (`– VIDEO`).

use super::byline::byline;
use super::dateline::parse_date_line;
use super::header::next_is_header_meta;
use super::lexicon::{CRUMB_HOMES, SECTION_LABELS, TITLE_SUFFIXES};

/// A one- or two-word section label (`Opinion`, `Analyse`, `Belarus`) right above a headline.
/// A label is one of the sections papers print above headlines, or any short line whose
/// headline is followed by a byline or a date line.
pub(super) fn is_kicker(l: &str, rest: &[&str]) -> bool {
    let words = l.split_whitespace().count();
    let mut next = rest.iter().enumerate().filter(|(_, n)| !n.trim().is_empty());
    let Some((at, headline)) = next.next().map(|(i, n)| (i, n.trim())) else { return false };
    let headline_ok = headline.split_whitespace().count() >= 4
        && looks_like_headline(headline)
        && headline.chars().next().is_some_and(char::is_uppercase)
        && parse_date_line(headline).is_none()
        && byline(headline).is_none();
    let label = SECTION_LABELS.contains(&l.trim().trim_end_matches(':').to_lowercase().as_str());
    words <= 2 && !l.ends_with(['.', '!', '?']) && headline_ok && (label || next_is_header_meta(&rest[at + 1..]))
}

/// A first line with no sentence break in it and no closing period reads as a headline even
/// when it ends with a quote (`X : « … »`).
pub(super) fn looks_like_headline(l: &str) -> bool {
    l.chars().count() <= 150
        && ![". ", "? ", "! ", "… "].iter().any(|b| l.contains(b))
        && !l.ends_with(['.', '…', ':', ';', ','])
        && !ends_with_marker(l)
}

pub(super) fn ends_with_marker(l: &str) -> bool {
    let t = l.trim_end_matches(|c: char| c.is_ascii_digit());
    t.len() < l.len() && t.ends_with(|c: char| c.is_alphabetic() || c == '»')
}

pub(super) fn breadcrumb_last(l: &str) -> Option<String> {
    let parts: Vec<&str> = l.split(['»', '›']).map(str::trim).collect();
    let first = parts.first().map(|p| p.to_lowercase()).unwrap_or_default();
    let is_crumb = parts.len() >= 3 || (parts.len() == 2 && CRUMB_HOMES.contains(&first.as_str()));
    is_crumb.then(|| parts.last().unwrap_or(&"").to_string()).filter(|s| !s.is_empty())
}

/// Strips what is not part of a headline: a trailing `– VIDEO`, surrounding quotes marks.
pub(super) fn clean_title(l: &str) -> String {
    let mut t = l.trim().trim_start_matches(['#', ' ']).to_string();
    let upper = t.to_uppercase();
    // Upper-casing can change byte lengths (ß → SS): only cut when it did not.
    if upper.len() == t.len() {
        for suffix in TITLE_SUFFIXES {
            for sep in [" – ", " - ", " — ", " | "] {
                let s = format!("{sep}{suffix}");
                if upper.ends_with(&s) && t.is_char_boundary(t.len() - s.len()) {
                    t.truncate(t.len() - s.len());
                    return t.trim().to_string();
                }
            }
        }
    }
    t.trim().to_string()
}

pub(super) fn is_credit(l: &str) -> bool {
    let letters: Vec<char> = l.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    let all_caps = letters.len() >= 4 && upper * 10 >= letters.len() * 9;
    let lower = l.to_lowercase();
    all_caps
        && (l.contains('/') || lower.contains("photo") || lower.contains("afp") || l.split_whitespace().count() <= 5)
        || lower.starts_with("photo :")
        || lower.starts_with("crédit")
        || lower.starts_with("credit:")
}

pub(super) fn first_sentence(md: &str) -> Option<String> {
    let para = md.split("\n\n").map(str::trim).find(|p| !p.is_empty() && !p.starts_with('#'))?;
    let para = para.trim_start_matches("- ");
    let end = para.find(". ").map_or(para.len(), |e| e + 1);
    let s = para[..end].replace(['[', ']', '^'], "");
    let s: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let s = s.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.').to_string();
    (!s.is_empty()).then_some(s)
}
