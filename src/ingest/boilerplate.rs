//! Page furniture inside a raw text: share buttons, teasers, cookie and newsletter boxes,
//! comment counters, and the credit lines that close a text.

use super::byline::is_agency;
use super::dateline::parse_written_date;
use super::lexicon::{
    CONSENT_WORDS, COPYRIGHT_PREFIXES, COUNTER_NOUNS, DISCLAIMERS, FURNITURE_LINES, RIGHTS_WORDS, SHARE_PREFIXES,
    SIGNUP_WORDS, SOURCE_PREFIXES, STAMP_CUES, TEASERS,
};
use super::line::{link_words, strip_dead_links};
use super::Ingested;
use crate::dates::PartialDate;

/// Credit lines closing a text: `© 2022 Le Courrier de Paris. Tous droits réservés.`,
/// `Source : La Voix de l'Est, 17 novembre 2022`. They name the outlet (and may date the
/// text); they are not part of it.
pub(super) fn closing_credits(body: &mut Vec<&str>, out: &mut Ingested) {
    let mut checked = 0;
    let mut i = body.len();
    while i > 0 && checked < 3 {
        i -= 1;
        let l = body[i].trim();
        if l.is_empty() {
            continue;
        }
        checked += 1;
        if let Some((outlet, date)) = credit_line(l) {
            out.outlet.get_or_insert(outlet);
            if out.date.is_none() {
                out.date = date;
            }
            body.remove(i);
        }
    }
}

pub(super) fn credit_line(l: &str) -> Option<(String, Option<PartialDate>)> {
    if l.chars().count() > 120 {
        return None;
    }
    let lower = l.to_lowercase();
    let rest = if let Some(r) = COPYRIGHT_PREFIXES.iter().find_map(|p| lower.starts_with(p).then(|| &l[p.len()..])) {
        // `© 2022 X`, `© X 2022`, `© 2021-2022 X`.
        let r = r.trim_start().trim_start_matches(|c: char| c.is_ascii_digit() || c == '-' || c == '–').trim();
        let end = r.find(['.', ',', '|']).or_else(|| r.find(" - ")).unwrap_or(r.len());
        let name = r[..end].trim().trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ').to_string();
        return is_outlet_name(&name).then_some((name, None));
    } else {
        SOURCE_PREFIXES.iter().find_map(|p| lower.starts_with(p).then(|| &l[p.len()..]))?
    };
    let rest = rest.trim().trim_end_matches('.');
    let (name, date) = match rest.rsplit_once(", ") {
        Some((head, tail)) => match parse_written_date(tail) {
            Some(d) => (head, Some(d)),
            None => (rest, None),
        },
        None => (rest, None),
    };
    let name = name.trim().to_string();
    is_outlet_name(&name).then_some((name, date))
}

/// A publication's name: a few words, starting with a capital, not a sentence.
pub(super) fn is_outlet_name(s: &str) -> bool {
    let words = s.split_whitespace().count();
    (1..=7).contains(&words)
        && s.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && !s.ends_with(['!', '?', ':'])
        // `© Sergueï Gapon / AFP` credits a photo, not the text.
        && !s.contains('/')
        && !is_agency(s)
        && !RIGHTS_WORDS.iter().any(|w| s.to_lowercase().contains(w))
}

pub(super) fn contains_ascii_ci(hay: &str, needle: &str) -> bool {
    hay.as_bytes().windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// Removes boilerplate lines, and the linked headline a bare `À lire aussi` announces.
pub(super) fn drop_boilerplate(lines: &mut Vec<&str>) {
    let mut keep = Vec::with_capacity(lines.len());
    let mut teaser_next = false;
    for l in lines.iter() {
        if teaser_next && !l.trim().is_empty() {
            teaser_next = false;
            let t = l.trim();
            if t.split_whitespace().count() <= 15 && !t.ends_with(['.', '…', ':', ';']) {
                continue;
            }
        }
        if is_boilerplate(l) {
            teaser_next = is_teaser_label(l);
            continue;
        }
        keep.push(*l);
    }
    *lines = keep;
}

/// `À lire aussi` alone on its line: the next line is the headline it links to.
pub(super) fn is_teaser_label(l: &str) -> bool {
    let t = strip_dead_links(l.trim()).trim().trim_end_matches([':', ' ']).to_lowercase();
    TEASERS.contains(&t.as_str())
}

pub(super) fn is_boilerplate(l: &str) -> bool {
    // Most lines are paragraphs: skip them before any allocation.
    if l.len() > 200 && !contains_ascii_ci(l, "cookie") && !contains_ascii_ci(l, "newsletter") {
        return false;
    }
    let stripped = link_words(l.trim());
    let t = stripped.trim().trim_end_matches(':').trim().to_lowercase();
    if t.is_empty() {
        return false;
    }
    if t == "[]" || t == "[ ]" || t == "tous droits réservés." || t == "all rights reserved." {
        return true;
    }
    // An agency desk's signature closing a dispatch: `bur-oc/jm`, `pa/mm`.
    if t.len() <= 24
        && t.contains('/')
        && t.chars().all(|c| c.is_ascii_lowercase() || c == '/' || c == '-')
        && t.split('/').all(|p| (2..=8).contains(&p.len()))
    {
        return true;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    let has_digit = t.contains(|c: char| c.is_ascii_digit());
    // `Lecture : 3 min`, `Temps de lecture 4 min.`, `5 min read`.
    if words.len() <= 6 && has_digit && t.contains("min") && (t.contains("lecture") || t.contains("read")) {
        return true;
    }
    // `Updated 2 hours ago`, `Mis à jour il y a 3 heures`: a time relative to the reading.
    if words.len() <= 7
        && has_digit
        && (t.ends_with(" ago") || t.contains(" il y a "))
        && STAMP_CUES.iter().any(|w| t.starts_with(w))
    {
        return true;
    }
    // Publishers' disclaimers under an opinion piece.
    if t.len() < 300 && DISCLAIMERS.iter().any(|w| t.contains(w)) {
        return true;
    }
    if words.len() == 2 && words[0].chars().all(|c| c.is_ascii_digit()) && COUNTER_NOUNS.contains(&words[1]) {
        return true;
    }
    if FURNITURE_LINES.contains(&t.as_str()) || TEASERS.contains(&t.as_str()) {
        return true;
    }
    // `Lire aussi : <headline>`, `Read more: <headline>`, `LIRE AUSSI - <headline>`.
    if t.len() < 250
        && TEASERS.iter().any(|p| {
            t.strip_prefix(p).is_some_and(|rest| rest.trim_start().starts_with([':', '-', '–', '—', '|', '>', '»']))
        })
    {
        return true;
    }
    // `Partager sur Facebook`, `Share on X`, `Suivez-nous sur Instagram`.
    if words.len() <= 6 && SHARE_PREFIXES.iter().any(|p| t.starts_with(p)) {
        return true;
    }
    (t.contains("cookie") && CONSENT_WORDS.iter().any(|w| t.contains(w)))
        || (t.contains("newsletter") && SIGNUP_WORDS.iter().any(|w| t.contains(w)) && t.len() < 200)
}
