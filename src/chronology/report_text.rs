//! What a report of a date shows a reader: its clause, with the sentence before it when it
//! leans on it, and with the sentence it leads in to.

use super::context::needs_context_from;
use super::sentences::{clause_in, sentence_around, sentence_bounds, HeldBreaks};
use super::SharedStr;
use crate::dates::Lang;
use std::fmt::Write as _;
use std::sync::Arc;

/// [`report_text_in`] of the sentence around `start..end`, found here: a report by itself.
#[cfg(test)]
fn report_text(
    blocks: &[crate::markdown::Block],
    bi: usize,
    start: usize,
    end: usize,
    others: &[(usize, usize)],
    lang: Lang,
) -> (SharedStr, std::ops::Range<usize>) {
    let bounds = sentence_bounds(&blocks[bi].text, start, end);
    let mut sentence =
        Sentence { bounds, needs_context: None, may_lean: true, first_trigger: 0, held: HeldBreaks::default() };
    report_text_in(blocks, bi, &mut sentence, start, end, others, lang)
}

/// A sentence of a paragraph, as [`report_text_in`] reads it for each date it gives.
pub(super) struct Sentence {
    /// Its bounds in the paragraph.
    pub(super) bounds: (usize, usize),
    /// Whether it needs the sentence before it ([`needs_context`](super::context::needs_context)), once asked.
    pub(super) needs_context: Option<bool>,
    /// Whether it may hold a word that makes a text lean on another (a trigger word of [`super::context`]);
    /// false when it is known to hold none. A clause of it then holds none either (a
    /// clause is cut at a break, between words), and needs no context.
    pub(super) may_lean: bool,
    /// Where in the sentence (trimmed) its first trigger word may start: none is before.
    /// Its words were read for them, and [`needs_context_from`] looks on from there.
    pub(super) first_trigger: usize,
    /// The clause breaks held between two of its dates, by the stretch's bounds
    /// ([`HeldBreaks`]).
    pub(super) held: HeldBreaks,
}

/// What a report of the date at `start..end` of paragraph `bi`, in its sentence already found,
/// shows a reader: the clause that says what happened then ([`clause_in`]); with the sentence
/// before it when it does not say itself who or what it is about (`Mercredi, il a déclaré…`);
/// and with the first sentence of the next paragraph, quoted, when it is a lead-in to it (`X a
/// écrit aujourd'hui au sujet de la visite :`). A report that is a
/// stretch of the paragraph as it stands (no cut marked, nothing added) is that stretch of
/// the paragraph's shared text; others are made.
pub(super) fn report_text_in(
    blocks: &[crate::markdown::Block],
    bi: usize,
    sentence: &mut Sentence,
    start: usize,
    end: usize,
    others: &[(usize, usize)],
    lang: Lang,
) -> (SharedStr, std::ops::Range<usize>) {
    let text = &blocks[bi].text;
    let (s, e) = sentence.bounds;
    let clause = clause_in(text, (s, e), start, end, others, sentence.may_lean, &mut sentence.held);
    let own = crate::text::trim(&text[s..e]);
    let mut out = String::new();
    let first_trigger = sentence.first_trigger;
    if !clause.cut_before && *sentence.needs_context.get_or_insert_with(|| needs_context_from(own, first_trigger)) {
        let before = if text[..s].trim().is_empty() {
            blocks[..bi]
                .iter()
                .rev()
                .find(|b| !b.text.trim().is_empty())
                .filter(|b| !b.heading)
                .map(|b| last_sentence(&b.text))
        } else {
            Some(last_sentence(&text[..s]))
        };
        if let Some(b) = before.filter(|b| !b.is_empty()) {
            // Room for the sentence before, a stop, the own sentence and two cut marks:
            // grown push by push, the report was copied twice or three times.
            out.reserve(b.len() + 2 + own.len() + 2 * '…'.len_utf8());
            out.push_str(b);
            if !b.ends_with(['.', '!', '?', '…', ':']) {
                out.push('.');
            }
            out.push(' ');
        }
    }
    let lead_in = !clause.cut_after && own.ends_with(':') && text[e..].trim().is_empty();
    let quoted =
        lead_in.then(|| blocks.get(bi + 1).filter(|b| !b.heading && !b.text.trim().is_empty())).flatten().map(|b| {
            let first = b.text.trim();
            let (_, fe) = sentence_bounds(first, 0, 0);
            first[..fe].trim()
        });
    let own_start = out.len();
    let own_end;
    match quoted {
        Some(q) => {
            let (open, close, colon) = match lang {
                Lang::Fr => ("«\u{a0}", "\u{a0}»", "\u{a0}:"),
                Lang::En => ("“", "”", ":"),
            };
            let lead = clause.to_string();
            let lead = lead.trim_end_matches([':', ' ', '\u{a0}']);
            own_end = own_start + lead.len();
            let q = crate::text::truncate_words(q.trim_end_matches([' ', '\u{a0}']), 320);
            let _ = write!(out, "{lead}{colon} {open}{q}{close}");
        }
        // With nothing after it, a lead-in keeps its colon: it says that something follows.
        None if lead_in => {
            if out.is_empty() {
                return (piece_of(text, own), 0..own.len());
            }
            out.push_str(own);
            own_end = out.len();
        }
        None => {
            if out.is_empty() && !clause.cut_before && !clause.cut_after {
                return (piece_of(text, clause.text), 0..clause.text.len());
            }
            out.reserve(clause.text.len() + 2 * '…'.len_utf8());
            clause.push_to(&mut out);
            own_end = out.len();
        }
    }
    (out.into(), own_start..own_end)
}

/// `piece`, a slice of `text`, as that stretch of the shared text (a copy, were it not one).
fn piece_of(text: &Arc<str>, piece: &str) -> SharedStr {
    let start = (piece.as_ptr() as usize).checked_sub(text.as_ptr() as usize);
    match start.filter(|s| s + piece.len() <= text.len()) {
        Some(s) => SharedStr::slice(text, s..s + piece.len()),
        None => SharedStr::from(piece),
    }
}

/// The last sentence of `text`.
fn last_sentence(text: &str) -> &str {
    let t = text.trim_end();
    match t.char_indices().next_back() {
        Some((i, _)) => sentence_around(t, i, i),
        None => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chronology::context::needs_context;

    fn blocks(texts: &[&str]) -> Vec<crate::markdown::Block> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| crate::markdown::Block {
                id: format!("p{i}"),
                text: (*t).into(),
                heading: false,
                line: i + 1,
            })
            .collect()
    }

    /// The report of the date `date` in paragraph `bi` of `texts`, as a reader sees it.
    fn report(texts: &[&str], bi: usize, date: &str, lang: Lang) -> String {
        let b = blocks(texts);
        let s = b[bi].text.find(date).unwrap();
        let (text, own) = report_text(&b, bi, s, s + date.len(), &[(s, s + date.len())], lang);
        // The report's own words are the sentence that gives the date, whatever is added.
        assert!(text[own].contains(date), "{text}");
        text.to_string()
    }

    #[test]
    fn a_lead_in_to_a_quote_is_shown_with_what_it_leads_to() {
        let texts = [
            "Le fondateur du cabinet, Jean Martin, a écrit aujourd'hui au sujet de la visite du ministre :",
            "Il est probable que le ministre ait demandé une aide militaire. Rien d'autre ne l'explique.",
        ];
        assert_eq!(
            report(&texts, 0, "aujourd'hui", Lang::Fr),
            "Le fondateur du cabinet, Jean Martin, a écrit aujourd'hui au sujet de la visite du ministre\u{a0}: \
             «\u{a0}Il est probable que le ministre ait demandé une aide militaire.\u{a0}»"
        );
        let texts = ["On Tuesday the foreign minister told reporters:", "We will not send troops. Not now."];
        assert_eq!(
            report(&texts, 0, "Tuesday", Lang::En),
            "On Tuesday the foreign minister told reporters: “We will not send troops.”"
        );
        // A lead-in with nothing after it keeps its colon, for it says that something follows.
        assert_eq!(report(&texts[..1], 0, "Tuesday", Lang::En), "On Tuesday the foreign minister told reporters:");
    }

    #[test]
    fn a_sentence_whose_pronoun_stands_for_nothing_in_it_comes_with_the_sentence_before() {
        // Across paragraphs (list items): `ils` are the devices of the item before.
        let texts = [
            "Cette rencontre fait suite à l'ultimatum du 12 mars, exigeant que le voisin désactive ses radars.",
            "Mercredi, la ministre a déclaré qu'ils avaient été désactivés.",
        ];
        assert_eq!(
            report(&texts, 1, "Mercredi", Lang::Fr),
            "Cette rencontre fait suite à l'ultimatum du 12 mars, exigeant que le voisin désactive ses radars. \
             Mercredi, la ministre a déclaré qu'ils avaient été désactivés."
        );
        // Within a paragraph.
        let texts = ["Le président a reçu jeudi une délégation. Il a déclaré vendredi qu'il voulait un accord."];
        assert_eq!(
            report(&texts, 0, "vendredi", Lang::Fr),
            "Le président a reçu jeudi une délégation. Il a déclaré vendredi qu'il voulait un accord."
        );
        let texts = ["The troops crossed the border at dawn. On Monday they withdrew to their barracks."];
        assert_eq!(
            report(&texts, 0, "Monday", Lang::En),
            "The troops crossed the border at dawn. On Monday they withdrew to their barracks."
        );
        // Sentences that say who they are about stay alone.
        for (texts, date, lang) in [
            (["Avant.", "Le président a déclaré jeudi qu'il ne voulait pas combattre."], "jeudi", Lang::Fr),
            (["Avant.", "Il y a eu mardi une explosion près de la gare."], "mardi", Lang::Fr),
            (["Avant.", "Il est probable que le sommet ait lieu lundi."], "lundi", Lang::Fr),
            (["Before.", "On Monday, the two presidents said they would meet again."], "Monday", Lang::En),
            (["Before.", "Putin and Lukashenko met on Monday; they agreed on drills."], "Monday", Lang::En),
            (["Before.", "On Friday the minister said she would resign."], "Friday", Lang::En),
        ] {
            assert_eq!(report(&texts, 1, date, lang), texts[1]);
        }
        assert!(needs_context("Le lendemain, il s'est rendu à Moscou."));
        assert!(needs_context("Ce dernier a démissionné lundi."));
        assert!(!needs_context("Il s'agit du premier sommet depuis 2019."));
    }
}
