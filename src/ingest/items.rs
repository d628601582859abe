//! Whether lines read as a list of items rather than an article going on: the heads and
//! signatures of items (a byline, a stamp, a reader's `says:`), a title's shape, and whether
//! an article is already there above them.

use super::byline::byline;
use super::dateline::{date_stamps, is_relative_stamp};
use super::line::code_sign;
use super::line_signals::{is_paragraph, is_signature, plain, repeat_key, signals};
use std::collections::HashMap;

/// Whether a short line heads or signs an item of a list: a byline (`By Jane Roe`), a stamp,
/// a name and a stamp, a time counted back (`MA Sullivan • 2 weeks ago`).
pub(super) fn heads_item(l: &str) -> bool {
    let t = plain(l).0;
    t.chars().count() <= 120
        && (date_stamps(t).is_some()
            || matches!(byline(t), Some(Some(_)))
            || is_signature(t)
            || is_relative_stamp(t)
            || signs_comment(t))
}

/// Characters a comment's signature line may hold.
const SIGNATURE_MAX: usize = 60;

/// Whether a short line signs a reader's comment as a thread prints it: a name and `says:`
/// (`Jane Roe says:`, `Jean Dupont a dit :`), or a day and a name closed by a colon
/// (`December 29, 2014 janeroe:`). A text's line introducing a quotation is longer, or holds
/// no day.
pub(super) fn signs_comment(t: &str) -> bool {
    let t = t.trim();
    if t.chars().count() > SIGNATURE_MAX || !t.ends_with(':') {
        return false;
    }
    let head = t.trim_end_matches([':', ' ']);
    let says = SAYS.iter().any(|w| head.strip_suffix(w).is_some_and(|n| n.ends_with(' ') && !n.trim().is_empty()));
    says || super::dateline::day_in(head).is_some_and(|(_, start, end)| start == 0 && !head[end..].trim().is_empty())
}

/// The verb a comment thread prints after each reader's name.
const SAYS: [&str; 4] = ["says", "said", "a dit", "dit"];

/// Whether the lines `at` read as a list of items rather than an article going on: teasers
/// (each with its byline or date), a comment thread (each signed, each with its `Reply`
/// button) or a numbered ranking. Two signs of the same kind are needed: an article may
/// hold one dated line or one numbered sentence.
pub(super) fn reads_as_items(lines: &[&str], at: &[usize], counts: &HashMap<String, usize>) -> bool {
    let signs = item_signs(lines, at, counts);
    [ItemSign::Head, ItemSign::Button, ItemSign::Number]
        .iter()
        .any(|k| signs.iter().filter(|(_, s)| s == k).count() >= 2)
}

/// What marks a line as part of a list of items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ItemSign {
    /// A byline, a stamp or a signature over or under an item.
    Head,
    /// A button printed under every item (`Reply`, `Share`): the same short line three times.
    Button,
    /// A numbered item (`1. Title`).
    Number,
}

/// The lines of `at` that mark items, with their kind.
pub(super) fn item_signs(lines: &[&str], at: &[usize], counts: &HashMap<String, usize>) -> Vec<(usize, ItemSign)> {
    at.iter()
        .filter_map(|&i| {
            let l = lines[i];
            let t = l.trim_start_matches([' ', '*', '+', '•']);
            let d = t.chars().take_while(char::is_ascii_digit).count();
            if heads_item(l) {
                Some((i, ItemSign::Head))
            } else if signals(l).chars < 40 && counts.get(&repeat_key(l)).is_some_and(|&n| n >= 3) {
                Some((i, ItemSign::Button))
            } else if (1..=2).contains(&d) && t[d..].starts_with(". ") {
                Some((i, ItemSign::Number))
            } else {
                None
            }
        })
        .collect()
}

/// Headlines a stretch after a closing heading needs before it reads as teasers that no stamp,
/// button or repeat marks (`Sur le même sujet`, then titles, captions and excerpts).
pub(super) const MIN_TEASERS: usize = 3;

/// Whether a line is shaped as a teaser's title: a few words with no sentence end (a
/// headline is not closed by a period) and no list mark.
pub(super) fn titled(l: &str) -> bool {
    let s = signals(l);
    let t = plain(l).0;
    s.words >= 4
        && (30..=200).contains(&s.chars)
        && !s.sentence
        && !s.bullet
        && !t.ends_with([',', ';'])
        && !code_sign(l)
}

/// Item heads per two paragraphs in a row a teaser list may hold (an item whose title and
/// stamp were not printed).
pub(super) const ITEMS_PER_PAIR: usize = 4;

/// Whether the lines `at` hold an article: three paragraphs, two of them in a row.
pub(super) fn enough_before(lines: &[&str], at: &[usize]) -> bool {
    at.iter().filter(|&&i| is_paragraph(lines[i])).count() >= 3
        && at.windows(2).any(|w| is_paragraph(lines[w[0]]) && is_paragraph(lines[w[1]]))
}

/// Characters of the name a person's card prints under its picture.
const CARD_NAME_MAX: usize = 40;

/// How a picture of a person is named when the name follows (`Headshot of Jane Roe`,
/// `L'avatar de Jean Dupont`), folded to lower case.
const CARD_PREFIXES: [&str; 13] = [
    "avatar of ",
    "headshot of ",
    "photo of ",
    "picture of ",
    "portrait of ",
    "profile image of ",
    "profile picture of ",
    "profile photo of ",
    "go to the profile of ",
    "l'avatar de ",
    "l’avatar de ",
    "photo de ",
    "portrait de ",
];

/// How a picture of a person is named when the name comes first (`Jane Roe's avatar`).
const CARD_SUFFIXES: [&str; 3] = ["'s avatar", "’s avatar", " avatar"];

/// The person a picture's name points to (`Headshot of Jane Roe`, `Jane Roe's avatar`; a text
/// browser may print the name twice), or `None` when the line names no picture of a person.
fn card_name(t: &str) -> Option<&str> {
    let t = t.trim().trim_matches('*').trim();
    // `Picture of Jane Roe Picture of Jane Roe`: the picture's name printed twice.
    let half = t.len() / 2;
    let t = match t.get(..half).zip(t.get(half..)) {
        Some((a, b)) if !a.is_empty() && a.trim() == b.trim() => a.trim(),
        _ => t,
    };
    let lower = t.to_lowercase();
    // Lower-casing keeps these prefixes' and suffixes' lengths (ASCII letters, one `’`).
    if lower.len() != t.len() {
        return None;
    }
    CARD_PREFIXES
        .iter()
        .find(|p| lower.starts_with(*p))
        .map(|p| &t[p.len()..])
        .or_else(|| CARD_SUFFIXES.iter().find(|s| lower.ends_with(*s)).map(|s| &t[..t.len() - s.len()]))
        .map(str::trim)
        .filter(|n| !n.is_empty())
}

/// Whether the picture the line `t` names is named as any photo could be (`Photo of Jane
/// Roe`, `Portrait de Jean Dupont`), not as a card names its picture (`avatar`, `headshot`,
/// `profile`): an article's own photo of a person may be named so, with the name as its
/// caption.
pub(super) fn generic_picture(t: &str) -> bool {
    const GENERIC: [&str; 5] = ["photo of ", "picture of ", "portrait of ", "photo de ", "portrait de "];
    let t = plain(t).0.trim().trim_matches('*').trim().to_lowercase();
    GENERIC.iter().any(|p| t.starts_with(p))
}

/// Whether the filled line `i` opens a person's card: a picture named for a person, then that
/// name alone on the next filled line (`Jane Roe's avatar`, `Jane Roe`; `Headshot of Jane
/// Roe`, `Jane Roe`). A reader's comment is headed so, and so is the writer's box after the
/// text; an article names a person under a photo with more than the name (a caption says what
/// the person does), and prints no picture's name as a line of its text.
pub(super) fn person_card(lines: &[&str], i: usize) -> bool {
    let Some(name) = card_name(plain(lines[i]).0) else { return false };
    let Some(next) = lines[i + 1..].iter().map(|l| plain(l).0.trim().trim_matches('*').trim()).find(|t| !t.is_empty())
    else {
        return false;
    };
    next == name && name.chars().count() <= CARD_NAME_MAX && name.split_whitespace().count() <= 5
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_picture_named_for_the_person_over_the_name_opens_a_card() {
        for (pic, name) in [
            ("Jane Roe's avatar", "Jane Roe"),
            ("Headshot of Jane Roe", "Jane Roe"),
            ("*Picture of Jane Roe Picture of Jane Roe*", "*Jane Roe*"),
            ("L'avatar de Jean Dupont", "Jean Dupont"),
            ("Go to the profile of Jane Roe", "Jane Roe"),
        ] {
            assert!(person_card(&[pic, "", name, "4d"], 0), "{pic}");
        }
        // A caption says more than the name under the photo; a line of text is no picture.
        assert!(!person_card(&["Photo of Jane Roe", "Jane Roe, the mayor, at the town hall in May."], 0));
        assert!(!person_card(&["Anti-war rally (Photo from Jane Roe)", "Jane Roe"], 0));
        assert!(!person_card(&["Jane Roe's avatar", "John Doe"], 0));
        assert!(!person_card(&["Jane Roe's avatar"], 0));
        assert!(generic_picture("Photo of Jane Roe") && generic_picture("*Portrait de Jean Dupont*"));
        assert!(!generic_picture("Headshot of Jane Roe") && !generic_picture("Jane Roe's avatar"));
    }
}
