//! Lists of other stories printed inside or after an article: teasers each headed or closed by
//! a clock time, a short day or a time counted back (`• 17h17` over a headline, a headline over
//! `31/10`, `Malaysia / 5 h ago`), or led by one (`À 14h32 Un titre`).
//!
//! A page-level signal, not a line's shape: a teaser's excerpt reads like a paragraph, and one
//! stamped line may be the article's own (its publication stamp, a time in a story). Three
//! stamps a few lines apart, each with at most one line of text between it and the next, are
//! a list; an article goes on with paragraphs in a row, which no teaser list prints. After the
//! article's text, the first such list ends it: what follows is the page's, unless the article
//! resumes under it with two paragraphs in a row.

use super::block::{is_paragraph, plain};
use super::dateline::{date_stamps, is_relative_stamp};

/// Stamps in a row that make a list.
const MIN_ITEMS: usize = 3;
/// Non-blank lines at most between two stamps of one list (a headline and its excerpt).
const MAX_ITEM_LINES: usize = 2;
/// Paragraphs of the text that must come before a list for it to end the text.
const TEXT_BEFORE: usize = 3;
/// Non-blank lines under a list within which the article may resume (an inline box); a
/// page's footer may print its notices as paragraphs further down.
const RESUME_WITHIN: usize = 10;

/// Byte length of the clock time or short day that opens `t` (`17h17`, `14:32`, `9:05 am`,
/// `31/10`, `01/11/2023`), after an optional `À` / `At`, when a separator or the end of the
/// line follows it.
pub(super) fn lead_stamp(t: &str) -> Option<usize> {
    let mut at = 0;
    for p in ["À ", "à ", "A ", "At ", "at "] {
        if t.starts_with(p) {
            at = p.len();
            break;
        }
    }
    let b = t.as_bytes();
    let digits = |from: usize| b[from.min(b.len())..].iter().take_while(|c| c.is_ascii_digit()).count();
    let first = digits(at);
    if !(1..=2).contains(&first) {
        return None;
    }
    let mut end = at + first;
    let sep = *b.get(end)?;
    let second = digits(end + 1);
    match sep {
        b'h' | b'H' | b':' if second == 2 => {
            end += 1 + second;
            // `9:05 am`, `9:05 p.m.`
            let rest = t[end..].trim_start();
            for m in ["am", "pm", "a.m.", "p.m.", "AM", "PM"] {
                if rest.starts_with(m) && rest[m.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric()) {
                    end = t.len() - rest.len() + m.len();
                    break;
                }
            }
        }
        b'/' if (1..=2).contains(&second) => {
            end += 1 + second;
            if b.get(end) == Some(&b'/') {
                let year = digits(end + 1);
                if year == 2 || year == 4 {
                    end += 1 + year;
                }
            }
        }
        _ => return None,
    }
    // The stamp is a word of its own: `14:32` before a space, a dash or the end, not `14:325`.
    match t[end..].chars().next() {
        None => Some(end),
        Some(c) if c.is_whitespace() || matches!(c, '-' | '–' | '—' | '|' | '·' | '•' | ',' | ':') => Some(end),
        _ => None,
    }
}

/// Whether a line heads or closes a teaser: a stamp alone (`17h17`, `31/10`, `Il y a 2
/// heures`, `Malaysia / 5 h ago`, `Nov 21, 2024`), or a clock time or short day leading a
/// headline (`À 14h32 Le gouvernement annonce…`; not a sentence of a story, which ends with a
/// period).
pub(super) fn is_item_stamp(l: &str) -> bool {
    let t = plain(l).0;
    let n = t.chars().count();
    if n == 0 || n > 200 {
        return false;
    }
    if let Some(len) = lead_stamp(t) {
        let rest = t[len..]
            .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—' | '|' | '·' | '•' | ':'));
        let words = rest.split_whitespace().count();
        return words <= 2 || (!rest.ends_with('.') && n <= 160);
    }
    (n <= 60 && is_relative_stamp(t)) || (n <= 40 && date_stamps(t).is_some_and(|s| s.published.is_some()))
}

/// The lines of `from..to` that belong to lists of stamped teasers, and where the article's
/// text, which opens at `text_from`, ends when such a list follows it (`to` when none does).
/// `lines` is the whole page.
pub(super) fn stamped_lists(lines: &[&str], from: usize, text_from: usize, to: usize) -> (Vec<bool>, usize) {
    let to = to.min(lines.len());
    let mut marked = vec![false; lines.len()];
    let filled: Vec<usize> = (from..to).filter(|&i| !lines[i].trim().is_empty()).collect();
    let heads: Vec<usize> = (0..filled.len()).filter(|&n| is_item_stamp(lines[filled[n]])).collect();
    // Groups of stamps, each within MAX_ITEM_LINES lines of text of the one before.
    let mut groups: Vec<(usize, usize, usize)> = Vec::new();
    for &h in &heads {
        match groups.last_mut() {
            Some(g) if h - g.1 <= MAX_ITEM_LINES + 1 => {
                g.1 = h;
                g.2 += 1;
            }
            _ => groups.push((h, h, 1)),
        }
    }
    let para = |n: usize| is_paragraph(lines[filled[n]]);
    // Two of these in a row are an article going on. A teaser's headline may hold a sentence
    // break (`Guerre : coupure d'internet à Gaza… Les dernières infos`) and its excerpt may be
    // cut (`…`), but neither ends like a sentence.
    let closed = |n: usize| para(n) && plain(lines[filled[n]]).0.ends_with(['.', '!', '?', '»', '"', '”', ')']);
    let mut end = to;
    for (a, b, count) in groups {
        if count < MIN_ITEMS {
            continue;
        }
        // The teaser over the first stamp and under the last one, when it is no paragraph
        // (the article's last paragraph may stand right over a list).
        let a = if a > 0 && !para(a - 1) && !is_item_stamp(lines[filled[a - 1]]) { a - 1 } else { a };
        let b = if b + 1 < filled.len() && !para(b + 1) && !is_item_stamp(lines[filled[b + 1]]) { b + 1 } else { b };
        // A live report or a timeline goes on in paragraphs: two in a row is no teaser list.
        if (a..b).any(|n| closed(n) && closed(n + 1)) {
            continue;
        }
        for &i in &filled[a..=b] {
            marked[i] = true;
        }
        if end < to {
            continue;
        }
        // After the article's text, the first list ends it, unless the text resumes under it.
        if filled[a] < text_from {
            continue;
        }
        let before = (0..a).filter(|&n| filled[n] >= text_from && para(n)).count();
        let resumes = (b + 1..filled.len().min(b + 1 + RESUME_WITHIN))
            .any(|n| n + 1 < filled.len() && closed(n) && closed(n + 1));
        if before >= TEXT_BEFORE && !resumes {
            let last = (0..a).rev().find(|&n| para(n)).map_or(from, |n| filled[n]);
            end = last + 1;
        }
    }
    (marked, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    const P1: &str = "Zakaria Shehab, 37 ans, habite à Jabalia, une localité qui jouxte la ville de Gaza, dont les soldats sont tout proches.";
    const P2: &str = "« Le pire, c’est la nuit. On est dans le noir, on sursaute avec les explosions, c’est tellement fort qu’on a peur. »";
    const P3: &str = "« Où est la logique dans tout cela ? On est perdu, on ne sait plus où aller ni quoi faire depuis le début du mois. »";

    #[test]
    fn stamps_that_head_teasers_are_read() {
        for s in
            ["17h17", "• 17h17", "14:32", "9:05 am", "31/10", "01/11/2023", "Il y a 2 heures", "Malaysia / 5 h ago"]
        {
            assert!(is_item_stamp(s), "{s}");
        }
        assert!(is_item_stamp("À 14h32 Le gouvernement annonce un plan pour les hôpitaux"));
        // A sentence of a story that opens with a time, a year, a score, a long number.
        for s in [
            "14h32 : le suspect est interpellé par la police devant la gare.",
            "2023 a été une année difficile pour les agriculteurs.",
            "3-1 au final",
            "143/200",
            "12:305",
            P1,
            "",
        ] {
            assert!(!is_item_stamp(s), "{s}");
        }
        assert_eq!(lead_stamp("17h17"), Some(5));
        assert_eq!(lead_stamp("À 9:05 p.m. Titre"), Some("À 9:05 p.m.".len()));
        assert_eq!(lead_stamp("31/10/23 x"), Some(8));
        assert_eq!(lead_stamp("1h"), None);
    }

    #[test]
    fn a_list_of_stamped_teasers_after_the_text_ends_it() {
        let page = [
            "Un titre",
            "",
            P1,
            "",
            P2,
            "",
            P3,
            "",
            "L’appli, l’info en temps réel !",
            "En continu",
            "  • 17h17",
            "    Football. Les matches annulés ce week-end",
            "  • 17h16",
            "    DIRECT. Tempête Ciaran : une deuxième victime",
            "  • 17h02",
            "    EN IMAGES. Tempête Ciaran : 10 photos marquantes",
            "",
            "Les tops articles sur : Gaza",
            "",
            "L’expulsion d’une militante soumise au Conseil d’État",
            "31/10",
            "",
        ];
        let (marked, end) = stamped_lists(&page, 0, 0, page.len());
        assert_eq!(end, 7);
        assert!(marked[10] && marked[11] && marked[15]);
        assert!(!marked[6] && !marked[8]);
        // Stamps alone in a story, or a live report's updates in paragraphs, are no list.
        let live = ["10h02", P1, P2, "10h15", P3, P1, "10h30", P2, P3];
        let (marked, end) = stamped_lists(&live, 0, 0, live.len());
        assert_eq!(end, live.len());
        assert!(marked.iter().all(|&m| !m));
    }

    #[test]
    fn a_list_over_the_text_is_dropped_but_does_not_end_it() {
        let page = ["Titre un", "31/10", "Titre deux", P1, "01/11", "Titre trois", P2, "02/11", "", P1, "", P2, "", P3];
        let (marked, end) = stamped_lists(&page, 0, 8, page.len());
        assert_eq!(end, page.len());
        assert!((0..=7).all(|i| marked[i]));
        assert!(!marked[9] && !marked[13]);
    }

    #[test]
    fn a_list_inside_the_text_is_dropped_and_the_text_goes_on() {
        let page = [
            P1,
            "",
            P2,
            "",
            P3,
            "",
            "Titre un",
            "31/10",
            "Titre deux",
            "01/11",
            "Titre trois",
            "02/11",
            "",
            P1,
            "",
            P2,
        ];
        let (marked, end) = stamped_lists(&page, 0, 0, page.len());
        assert_eq!(end, page.len());
        assert!((6..=11).all(|i| marked[i]));
        assert!(!marked[4] && !marked[13] && !marked[15]);
    }
}
