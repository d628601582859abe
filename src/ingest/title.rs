//! Headlines: what reads as one, what surrounds one (breadcrumbs, kickers, photo credits),
//! and what a headline loses when it is cleaned (`– VIDEO`).

use super::block::{plain, signals, Class};
use super::boilerplate::is_boilerplate;
use super::byline::{byline, names};
use super::dateline::date_stamps;
use super::dateline::parse_date_line;
use super::header::next_is_header_meta;
use super::lexicon::{CRUMB_HOMES, RIGHTS_WORDS, SECTION_LABELS, TITLE_SUFFIXES};
use super::line::ends_with_marker;

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
    // Long headlines exist (`X : « … »`, 200 characters and more); a paragraph is caught by
    // its sentence breaks, not its length.
    l.chars().count() <= 300
        && ![". ", "? ", "! ", "… "].iter().any(|b| l.contains(b))
        && !l.ends_with(['.', '…', ':', ';', ','])
        && !ends_with_marker(l)
}

/// The last item of a breadcrumb (`Home » MONDE » Title`). A `»` closing a French quote
/// (`… la « gravité » du moment`) is not a separator.
pub(super) fn breadcrumb_last(l: &str) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    let (mut depth, mut from) = (0usize, 0usize);
    for (i, c) in l.char_indices() {
        match c {
            '«' => depth += 1,
            '»' if depth > 0 => depth -= 1,
            '»' | '›' => {
                parts.push(l[from..i].trim());
                from = i + c.len_utf8();
            }
            _ => {}
        }
    }
    parts.push(l[from..].trim());
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

/// The headline of a whole page: of the lines around the start of the main block, the one
/// that reads most like a headline. Signals: it is printed again elsewhere on the page (`Title
/// | Site`, a share text), a byline, a date or the text follows it within a few lines, it has
/// function words and no sentence break, and it sits close to the text; lines in a menu
/// (bulleted, short neighbours, no function word, repeated as they are) lose.
pub(super) fn best_title(lines: &[&str], cls: &[Class], block_start: usize) -> Option<usize> {
    let keys: Vec<String> = lines.iter().map(|l| key(l)).collect();
    let mut best: Option<(f64, usize)> = None;
    let mut seen = 0;
    let mut i = block_start;
    // Distance counts the lines that could be text; menus and share boxes between the
    // headline and the text do not push it away.
    let mut between = 0;
    while i > 0 && seen < 80 {
        i -= 1;
        let l = lines[i].trim();
        if l.is_empty() {
            continue;
        }
        seen += 1;
        let score = title_score(lines, cls, &keys, i, block_start, between as f64 * 0.3 + seen as f64 * 0.02);
        if !matches!(cls[i], Class::Bad | Class::Closer) {
            between += 1;
        }
        let Some(score) = score else { continue };
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, i));
        }
    }
    best.filter(|(s, _)| *s > 0.0).map(|(_, i)| i)
}

fn key(l: &str) -> String {
    plain(l).0.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// How much line `i` reads like the headline; `None` when it cannot be one.
fn title_score(
    lines: &[&str],
    cls: &[Class],
    keys: &[String],
    i: usize,
    block_start: usize,
    distance: f64,
) -> Option<f64> {
    let (t, bullet) = plain(lines[i]);
    let s = signals(lines[i]);
    if s.words < 3
        || s.chars < 15
        || cls[i] == Class::Closer
        || is_boilerplate(t)
        || parse_date_line(t).is_some()
        || byline(t).is_some()
        || names(t).is_some()
        || is_credit(t)
        || t.ends_with([':', ',', ';'])
        || breadcrumb_last(t).is_some()
        // Image names, frames and form fields a text browser prints.
        || t.starts_with('[')
        || t.contains("://")
        || t.contains("IFRAME")
        || t.contains("(BUTTON)")
        || t.contains("___")
        || RIGHTS_WORDS.iter().any(|w| t.to_lowercase().contains(w))
    {
        return None;
    }
    let mut score = 1.0;
    // Printed again: `Title | Site`, `Section | Title`, the share text, the same headline.
    let k = &keys[i];
    let same = keys.iter().filter(|o| *o == k).count();
    let repeated = s.words >= 5
        && keys.iter().enumerate().any(|(j, o)| j != i && o.contains(k.as_str()) && o.len() <= k.len() + 80);
    if same >= 3 {
        // The same short line over and over: a label of teasers.
        score -= 2.0;
    } else if repeated {
        score += 2.0;
    }
    if s.words >= 5 {
        score += 1.0;
    }
    // Followed by a byline, a date or the text itself.
    let next: Vec<usize> = (i + 1..lines.len()).filter(|&j| !lines[j].trim().is_empty()).take(4).collect();
    if next.iter().any(|&j| {
        let n = plain(lines[j]).0;
        byline(n).is_some() || parse_date_line(n).is_some() || names(n).is_some() || date_stamps(n).is_some()
    }) {
        score += 2.0;
    }
    if next.first().is_some_and(|&j| cls[j] == Class::Good) || next.contains(&block_start) {
        score += 0.5;
    }
    if looks_like_headline(t) {
        score += 1.0;
    } else {
        score -= 1.5;
    }
    if s.stop_density == 0.0 && s.words <= 5 {
        score -= 1.5;
    }
    if bullet {
        score -= 2.0;
    }
    if t.contains(" | ") {
        score -= 1.0;
    }
    // Menu items stand among other short lines.
    let short = |j: usize| plain(lines[j]).0.split_whitespace().count() <= 3;
    let prev = (0..i).rev().find(|&j| !lines[j].trim().is_empty());
    if prev.is_some_and(short) && next.first().is_some_and(|&j| short(j)) {
        score -= 1.0;
    }
    // A headline is printed flush with or left of the text (text browsers indent paragraphs).
    let indent = |l: &str| l.len() - l.trim_start().len();
    if indent(lines[i]) < indent(lines[block_start]) {
        score += 0.5;
    }
    Some(score - distance)
}
