//! Holidays: fixed days (`Noël`, `la Toussaint`, `Halloween`), days counted from Easter
//! (`Pâques`, `la Pentecôte`, `Good Friday`: computed, not listed) and the n-th weekday of a
//! month (`Thanksgiving`). The names are data, in [`words`].

use super::*;
use crate::tagger::lexicon::{pack, words, Holiday};
use std::sync::OnceLock;

/// The holiday names of a language by their first word, packed ([`pack`]): every weekday
/// may open a name (`Good Friday`, `lundi de Pâques`), and comparing the word at the token
/// with the first word of each of the 60-odd names was most of the 760 instructions a
/// weekday cost.
struct ByFirst {
    /// A name's first word packed, `None` when it has none or it does not pack.
    keys: Vec<Option<u128>>,
    /// The distinct first words that pack, sorted.
    firsts: Vec<u128>,
    /// For each of `firsts`, the names it may open, in list order: those it starts and those
    /// whose first word does not pack.
    names: Vec<Vec<usize>>,
    /// The names whose first word does not pack, in list order: all a word can open when it
    /// starts no other.
    rest: Vec<usize>,
}

impl ByFirst {
    fn new(lang: Lang) -> ByFirst {
        let keys: Vec<Option<u128>> =
            words(lang).holidays.iter().map(|(seq, _)| seq.first().and_then(|w| pack(w.as_bytes()))).collect();
        let mut firsts: Vec<u128> = keys.iter().flatten().copied().collect();
        firsts.sort_unstable();
        firsts.dedup();
        let names =
            firsts.iter().map(|&f| (0..keys.len()).filter(|&n| keys[n].is_none_or(|k| k == f)).collect()).collect();
        let rest = (0..keys.len()).filter(|&n| keys[n].is_none()).collect();
        ByFirst { keys, firsts, names, rest }
    }

    /// The names that may start with the word packed as `first`, in list order.
    fn names(&self, first: Option<u128>) -> &[usize] {
        match first.and_then(|f| self.firsts.binary_search(&f).ok()) {
            Some(p) => &self.names[p],
            None => &self.rest,
        }
    }

    fn of(lang: Lang) -> &'static ByFirst {
        static BY_FIRST: [OnceLock<ByFirst>; 2] = [OnceLock::new(), OnceLock::new()];
        BY_FIRST[lang as usize].get_or_init(|| ByFirst::new(lang))
    }
}

impl P<'_> {
    /// A holiday's name starting at `i`, and the year that may follow it (`Noël 2010`).
    pub(super) fn holiday_at(&self, i: usize) -> Option<Hit> {
        self.t.get(i)?;
        let list = words(self.lang).holidays;
        let mut best: Option<(usize, Holiday)> = None;
        // The first word rules out most names at once (`jour` starts four of them): folded
        // once here rather than in every name's match.
        let mut buf = [0u8; MAX_WORD];
        let first = self.folded(i, &mut buf);
        // Folded words hold no zero byte, so two that pack are equal when their keys are.
        let first_key = first.and_then(pack);
        let by_first = ByFirst::of(self.lang);
        // Only the names that may start here, in list order, so that the same one wins a tie.
        for &n in by_first.names(first_key) {
            let Some((seq, h)) = list.get(n) else { continue };
            let other = match (seq.first(), by_first.keys.get(n).copied().flatten()) {
                (None, _) => false,
                (Some(_), Some(k)) => first_key != Some(k),
                (Some(w), None) => first != Some(w.as_bytes()),
            };
            if other {
                continue;
            }
            if let Some(last) = self.match_words(i, seq) {
                if best.is_none_or(|(l, _)| last > l) {
                    best = Some((last, *h));
                }
            }
        }
        let (mut last, h) = best?;
        // Holidays are names, capitalised somewhere (`la Toussaint`, `le lundi de Pâques`)
        // unless long enough to be unambiguous (`le jour de l'an`): `good friday` is a phrase,
        // `l'ascension` a climb.
        let words = (i..=last).filter(|&k| self.t[k].kind == Kind::Word).count();
        if words < 3 && !(i..=last).any(|k| self.t[k].has(CAP)) {
            return None;
        }
        // A name goes on after it: `Noël Mamère`, `Easter Island`, `Christmas Carol`.
        if self.is_name_word(last + 1) && self.year4(last + 1).is_none() {
            return None;
        }
        // `a Christmas tree`, `the Christmas ad`: a kind of thing, no day.
        if self.t.get(last + 1).is_some_and(|t| !t.has(CAP)) && self.word_in(last + 1, self.words().holiday_things) {
            return None;
        }
        let mut y = None;
        if let Some(year) = self.year4(last + 1) {
            y = Some(year);
            last += 1;
        }
        // `Easter week`, `Christmas week`: the week holding the day, the year after it.
        let mut cut = Cut::None;
        if y.is_none() && self.is_kw(last + 1, Kw::Week) && self.word_is(last + 1, &[b"week"]) {
            cut = Cut::Week;
            last += 1;
        }
        // `this Christmas`, `last Christmas`: the one of the anchor's year, or the one before
        // or after the anchor, whatever the verb (`must be having the time of her life this
        // Christmas`); a holiday of a fixed day only, as `this March 3`.
        let mut first = i;
        let mut modi = Mod::None;
        if let (Holiday::Fixed(..), None, Some(p)) = (h, y, i.checked_sub(1)) {
            let mut pb = [0u8; MAX_WORD];
            modi = match self.folded(p, &mut pb) {
                Some(b"this") => Mod::This,
                Some(b"last") => Mod::Last,
                Some(b"next") => Mod::Next,
                _ => Mod::None,
            };
            // A capital inside a sentence makes it a title's word (`Wham!'s Last Christmas`).
            let title = self.t[p].has(CAP) && !self.t[p].has(SENT_START);
            if modi != Mod::None && !self.fr() && self.t[p].sent == self.t[i].sent && !title {
                first = p;
            } else {
                modi = Mod::None;
            }
        }
        let sem = match h {
            Holiday::Fixed(m, d) => Sem::Cal(Cal { y, modi, ..Cal::new(m, d) }),
            Holiday::Easter(offset) => Sem::Easter { offset, y },
            Holiday::Nth { m, wd, n } => Sem::NthOf { n, wd: Some(wd), of: Of::Cal(Cal { y, ..Cal::new(m, 0) }) },
        };
        Some(Hit::Emit(Raw { first, last, sem, end: None, cut, end_cut: Cut::None }))
    }
}
