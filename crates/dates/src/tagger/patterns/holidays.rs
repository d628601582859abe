//! Holidays: fixed days (`Noël`, `la Toussaint`, `Halloween`), days counted from Easter
//! (`Pâques`, `la Pentecôte`, `Good Friday`: computed, not listed) and the n-th weekday of a
//! month (`Thanksgiving`). The names are data, in [`words`].

use super::*;
use crate::tagger::lexicon::{words, Holiday};

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
        for (seq, h) in list {
            if seq.first().is_some_and(|w| first != Some(w.as_bytes())) {
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
        let sem = match h {
            Holiday::Fixed(m, d) => Sem::Cal(Cal { y, ..Cal::new(m, d) }),
            Holiday::Easter(offset) => Sem::Easter { offset, y },
            Holiday::Nth { m, wd, n } => Sem::NthOf { n, wd: Some(wd), of: Of::Cal(Cal { y, ..Cal::new(m, 0) }) },
        };
        Some(Hit::Emit(Raw { first: i, last, sem, end: None, cut }))
    }
}
