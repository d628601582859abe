//! The header of a raw text: the lines between the headline and the first paragraph, and
//! the opening of the body where reader exports put the date and byline.

use super::block::plain;
use super::body::marked;
use super::byline::{byline, is_agency, names};
use super::dateline::{date_with_byline, is_update_line, parse_date_line, segmented_byline};
use super::lexicon::BYLINE_PREFIXES;
use super::line::ends_with_marker;
use super::Ingested;
use crate::dates::PartialDate;

/// Metadata that pages and reader exports put after the standfirst rather than above it: a
/// date line, a byline. Only the opening of the body is searched, before its third long
/// paragraph, so that a date or a name in the story is never taken.
/// `bare` says the author was read from a bare name, which a byline printed as one replaces.
pub(super) fn scrub_opening(
    body: &mut Vec<&str>,
    out: &mut Ingested,
    updated: &mut Option<PartialDate>,
    bare: &mut bool,
) {
    let mut seen = 0;
    let mut long = 0;
    let mut heads: Vec<String> = Vec::new();
    let mut i = 0;
    let mut scanned = 0;

    while i < body.len() && seen < 10 && long < 3 && scanned < 30 {
        let l = body[i].trim();
        if l.is_empty() {
            i += 1;
            continue;
        }
        scanned += 1;
        // Buttons and labels (`• SUMMARY`, `Listen`, `Share`) between a standfirst and the
        // byline do not use up the search.
        seen += (l.split_whitespace().count() >= 3) as usize;
        let mark = marked(l);
        let plain = mark.map_or(l, |(_, inner)| inner);
        // `AFP, publié le …`: a wire credit before the date line.
        let plain = match plain.split_once([',', '|', '-', '–']) {
            Some((agency, rest)) if is_agency(agency) => rest.trim(),
            _ => plain,
        };
        if plain.chars().count() > 100 {
            // Captions, headings and a standfirst with no closing period are not the story's
            // paragraphs; a caption printed as a sentence is, for want of a better sign, so
            // three of them end the search.
            // A line that opens like one before it is a caption printed again.
            let head: String = plain.chars().take(40).collect();
            let again = heads.contains(&head);
            heads.push(head);
            long += (mark.is_none() && looks_like_paragraph(plain) && !again) as usize;
            i += 1;
            continue;
        }
        let taken = if let Some(d) = parse_date_line(plain) {
            if is_update_line(plain) {
                updated.get_or_insert(d);
            } else {
                out.date.get_or_insert(d);
            }
            if out.author.is_none() {
                out.author = date_with_byline(plain).and_then(|(_, n)| n);
            }
            true
        } else if let Some((d, name)) = date_with_byline(plain) {
            out.date.get_or_insert(d);
            if out.author.is_none() {
                out.author = name;
            }
            true
        } else if let Some(name) = byline(plain) {
            if out.author.is_none() || (*bare && name.is_some()) {
                out.author = name;
                *bare = false;
            }
            true
        } else if let Some(name) = segmented_byline(plain) {
            out.author.get_or_insert(name);
            true
        } else if out.author.is_none() && names(plain).is_some() && next_to_date(body, i) {
            // A bare name over or under the date line is the byline.
            out.author = names(plain);
            *bare = true;
            true
        } else {
            false
        };
        if taken {
            body.remove(i);
        } else {
            i += 1;
        }
    }
}

/// Lines a byline's names may stand under its bare prefix (`By`, then an empty line, then
/// `Jane Roe`).
const SPLIT_BYLINE_GAP: usize = 3;

/// A byline whose prefix a page's markup printed on a line of its own (`By`, then `Jane
/// Roe`, or `• Jane Roe | Site` as an item of a list of authors): the prefix line becomes the
/// whole byline and the line of names is left empty, so that line numbers do not move. `None`
/// when no line is a bare prefix followed by names.
pub(super) fn mend_split_bylines(lines: &[&str]) -> Option<Vec<String>> {
    let mut out: Option<Vec<String>> = None;
    for i in 0..lines.len() {
        let t = plain(lines[i]).0.to_lowercase();
        let bare = BYLINE_PREFIXES.iter().any(|p| *p != "de " && p.trim_end() == t);
        if !bare {
            continue;
        }
        let Some(j) = (i + 1..lines.len().min(i + 1 + SPLIT_BYLINE_GAP)).find(|&j| !lines[j].trim().is_empty()) else {
            continue;
        };
        let next = plain(lines[j]).0;
        let joined = format!("{} {next}", plain(lines[i]).0);
        if next.chars().count() > 120 || !matches!(byline(&joined), Some(Some(_))) {
            continue;
        }
        let out = out.get_or_insert_with(|| lines.iter().map(|l| l.to_string()).collect());
        out[i] = joined;
        out[j] = String::new();
    }
    out
}

pub(super) fn looks_like_paragraph(l: &str) -> bool {
    let n = l.chars().count();
    // Headlines end with `?` or `!` as often as with nothing; paragraphs end with a period.
    let ends_sentence = l.ends_with(['.', '…', '»', '"', ':', ')']) || ends_with_marker(l);
    n > 160 || (n > 50 && ends_sentence && !l.starts_with("- "))
}

/// A short line without a closing period: a kicker, a section label or an affiliation.
pub(super) fn is_header_label(l: &str) -> bool {
    l.split_whitespace().count() <= 8 && l.chars().count() <= 70 && !l.ends_with(['.', '!', '?', '…', ':'])
}

/// Whether the next non-empty line is a byline, a bare name or a date line.
pub(super) fn next_is_header_meta(rest: &[&str]) -> bool {
    rest.iter().map(|l| l.trim()).find(|l| !l.is_empty()).is_some_and(|n| {
        parse_date_line(n).is_some() || date_with_byline(n).is_some() || byline(n).is_some() || names(n).is_some()
    })
}

/// Whether the non-empty line before or after `body[i]` is a date line.
fn next_to_date(body: &[&str], i: usize) -> bool {
    let is_date = |l: &str| parse_date_line(l).is_some() || date_with_byline(l).is_some();
    let prev = body[..i].iter().rev().find(|l| !l.trim().is_empty());
    let next = body[i + 1..].iter().find(|l| !l.trim().is_empty());
    prev.is_some_and(|l| is_date(l.trim())) || next.is_some_and(|l| is_date(l.trim()))
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_over_a_stamp_under_a_standfirst_and_a_caption_is_the_byline() {
        let mut body = vec![
            "A standfirst that says what happened at the theatre on Monday without a closing period",
            "Article thumbnail image",
            "The actors came on stage during the performance as the audience watched, at the city theatre (Photo: Agency)",
            "author avatar image",
            "The actors came on stage during the performance as the audience watched, at the city theatre (Photo: Agency) Agency",
            "Jane Example",
            "March 3, 2024 10:15 am (Updated 11:40 am)",
            "The police said on Monday that two people had been arrested after the protest at the theatre.",
        ];
        let mut out = Ingested::default();
        let mut updated = None;
        scrub_opening(&mut body, &mut out, &mut updated, &mut false);
        assert_eq!(out.author.as_deref(), Some("Jane Example"));
        assert_eq!(out.date.map(|d| d.to_string()).as_deref(), Some("2024-03-03"));
    }

    #[test]
    fn a_prefix_on_its_own_line_takes_the_names_under_it() {
        let lines = ["Headline of the story", "By", "", "  • Jane Roe | Site Media", "Text."];
        let mended = mend_split_bylines(&lines).unwrap();
        assert_eq!(mended[1], "By Jane Roe | Site Media");
        assert_eq!(mended[3], "");
        assert_eq!(byline(&mended[1]), Some(Some("Jane Roe".into())));
        // A prefix over a sentence is no byline.
        assert!(mend_split_bylines(&["By", "the end of the week, the talks had failed."]).is_none());
    }
}
