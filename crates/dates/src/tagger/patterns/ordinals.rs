//! Ordinals over a period: the n-th (or last) weekday or day of a month or year (`third
//! tuesday of september 2014`, `le premier mercredi du mois prochain`, `le dernier jour
//! d'octobre`, `20th of next month`), and a day of the month alone (`le 16`, `on the 15th`).

use super::*;

impl P<'_> {
    /// The rank an ordinal at `i` gives: 1 for `premier`, `1st`, `first`; -1 for `dernier`,
    /// `last`.
    fn rank_at(&self, i: usize) -> Option<i8> {
        let t = self.t.get(i)?;
        match (t.kind, t.lex) {
            (Kind::Ordinal, _) if (1..=31).contains(&t.num) => Some(t.num as i8),
            // `le 20 du mois prochain`.
            (Kind::Num, _) if t.ndigits <= 2 && (1..=31).contains(&t.num) && self.is_kw(i + 1, Kw::Du) => {
                Some(t.num as i8)
            }
            (Kind::Word, Lex::Ordinal(n)) => Some(n as i8),
            (Kind::Word, Lex::Kw(Kw::Premier)) => Some(1),
            (Kind::Word, Lex::Kw(Kw::Ier)) if t.has(CAP) => Some(1),
            (Kind::Word, Lex::Kw(Kw::Dernier | Kw::Last)) => Some(-1),
            _ => None,
        }
    }

    /// `le premier mercredi du mois prochain`, `third tuesday of september 2014`, `le
    /// dernier jour d'octobre 2015`, `le 3e jour d'octobre`, `20th of next month`: the
    /// ordinal at `i`, then a weekday or `jour`/`day` (or nothing, for a day number), then
    /// the period.
    pub(super) fn nth_of(&self, i: usize) -> Option<Hit> {
        let n = self.rank_at(i)?;
        let j = i + 1;
        // `la deuxième semaine de mars`, `the first weekend of March`.
        let week = match self.kw(j) {
            Some(Kw::Semaine | Kw::Week) if !(self.fr() && self.is_kw(j, Kw::Week)) => Some((false, j)),
            Some(Kw::Weekend) => Some((true, j)),
            Some(Kw::Week) if self.is_dash(j + 1) && self.is_kw(j + 2, Kw::End) => Some((true, j + 2)),
            _ => None,
        };
        if let Some((weekend, last)) = week {
            if !(-1..=5).contains(&n) || n == 0 {
                return None;
            }
            let (of, last) = self.of_period(last + 1)?;
            let first = self.article_before(i).unwrap_or(i);
            return emit(first, last, Sem::NthWeek { n, weekend, of });
        }
        let (wd, k) = match self.t.get(j)?.lex {
            Lex::Weekday(w) => (Some(w), j + 1),
            Lex::Kw(Kw::Jour | Kw::Day) => (None, j + 1),
            // A day number straight before its month is read as a date elsewhere.
            _ if matches!(self.t[i].kind, Kind::Ordinal | Kind::Num) => (None, j),
            // A word ordinal before a month the anchor counts (`the first of next month`),
            // not before anything else (`the first of many`, `the first of this year's
            // models`).
            _ if n > 0 && self.deictic_month_after(j) => (None, j),
            _ => return None,
        };
        if wd.is_some() && !(-1..=5).contains(&n) {
            return None;
        }
        let (of, last) = self.of_period(k)?;
        let first = self.article_before(i).unwrap_or(i);
        emit(first, last, Sem::NthOf { n, wd, of })
    }

    /// `of next month`, `of last month`, `of this month` at `j`, ending the phrase (no `'s`).
    fn deictic_month_after(&self, j: usize) -> bool {
        self.is_kw(j, Kw::Of)
            && matches!(self.kw(j + 1), Some(Kw::Next | Kw::Last | Kw::This))
            && self.is_kw(j + 2, Kw::Month)
            && self.word_is(j + 2, &[b"month"])
            && !self.is_apos(j + 3)
    }

    /// The period after `of`, `in`, `de`, `du`, `d'`: a month (`of september 2014`,
    /// `d'octobre`), a year (`of 2014`), or the month counted from the anchor's (`du mois
    /// prochain`, `of next month`, `of this month`).
    pub(super) fn of_period(&self, mut k: usize) -> Option<(Of, usize)> {
        let du = self.is_kw(k, Kw::Du);
        match self.kw(k)? {
            Kw::Of | Kw::In | Kw::De | Kw::Du => k += 1,
            Kw::D if self.is_apos(k + 1) => k += 2,
            _ => return None,
        }
        if self.fr() {
            // `de l'année`, `de l'année prochaine`, `de cette année`, `de l'année 2014`.
            let year_noun = if self.is_kw(k, Kw::L) && self.is_apos(k + 1) && self.is_kw(k + 2, Kw::Annee) {
                Some(k + 2)
            } else if self.is_kw(k, Kw::Cette) && self.is_kw(k + 1, Kw::Annee) {
                Some(k + 1)
            } else {
                None
            };
            if let Some(a) = year_noun {
                if let Some(y) = self.year4(a + 1) {
                    return Some((Of::Cal(Cal::year(y)), a + 1));
                }
                return Some(match self.kw(a + 1) {
                    Some(Kw::Prochain) => (Of::Rel(1, Unit::Year), a + 1),
                    Some(Kw::Dernier) => (Of::Rel(-1, Unit::Year), a + 1),
                    Some(Kw::Passe) if self.t[a + 1].has(ACCENT) => (Of::Rel(-1, Unit::Year), a + 1),
                    _ => (Of::Rel(0, Unit::Year), a),
                });
            }
            let mut m = k;
            if self.is_kw(m, Kw::Ce) {
                m += 1;
            }
            if self.is_kw(m, Kw::Mois) {
                if self.is_kw(m + 1, Kw::Prochain) {
                    return Some((Of::Rel(1, Unit::Month), m + 1));
                }
                if self.is_kw(m + 1, Kw::Dernier) || self.is_accented_kw(m + 1, Kw::Passe) {
                    return Some((Of::Rel(-1, Unit::Month), m + 1));
                }
                if self.is_dash(m + 1) && self.is_kw(m + 2, Kw::Ci) {
                    return Some((Of::Rel(0, Unit::Month), m + 2));
                }
                if du || m > k {
                    return Some((Of::Rel(0, Unit::Month), m));
                }
            }
        } else {
            let mut m = k;
            if self.is_kw(m, Kw::The) {
                m += 1;
            }
            let n = match self.kw(m) {
                Some(Kw::Next) => Some(1),
                Some(Kw::Last | Kw::Previous) => Some(-1),
                Some(Kw::This) => Some(0),
                Some(Kw::Month) if m > k => return Some((Of::Rel(0, Unit::Month), m)),
                Some(Kw::Year) if m > k => return Some((Of::Rel(0, Unit::Year), m)),
                _ => None,
            };
            if let Some(n) = n {
                match self.kw(m + 1) {
                    Some(Kw::Month) => return Some((Of::Rel(n, Unit::Month), m + 1)),
                    Some(Kw::Year) => return Some((Of::Rel(n, Unit::Year), m + 1)),
                    _ => {}
                }
            }
        }
        if let Some(y) = self.year4(k) {
            return Some((Of::Cal(Cal::year(y)), k));
        }
        let (cal, last) = self.month_first(k, Mod::None, true)?;
        (cal.d == 0).then_some((Of::Cal(cal), last))
    }

    /// A day of the month alone after an article, which the tense places: `Il partira le
    /// 16.`, `le 1er`, `on the 15th`. Not a count or a rank (`le 16e arrondissement`, `the
    /// 15th floor`, `le 13 heures`).
    pub(super) fn bare_day(&self, i: usize) -> Option<Hit> {
        let t = self.t.get(i)?;
        let p = i.checked_sub(1)?;
        if self.fr() {
            // `le 16`, and the days of `du 5 au 7`.
            let range_start = self.is_kw(p, Kw::Du) && self.is_kw(i + 1, Kw::Au) && self.day_num(i + 2).is_some();
            let range_end =
                self.is_kw(p, Kw::Au) && i >= 3 && self.day_num(i - 2).is_some() && self.is_kw(i - 3, Kw::Du);
            if !(self.is_kw(p, Kw::Le) || range_start || range_end) || (t.kind == Kind::Ordinal && t.num != 1) {
                return None;
            }
        } else if t.kind != Kind::Ordinal || !self.is_kw(p, Kw::The) {
            return None;
        }
        let d = self.day_num(i)?;
        let next_ok = match self.t.get(i + 1) {
            None => true,
            Some(n) if n.kind == Kind::Punct => !matches!(n.punct(), Some('%' | '-' | '/' | '€' | '$' | ':' | '°')),
            Some(n) if n.kind == Kind::Word => {
                matches!(
                    n.lex,
                    Lex::Kw(
                        Kw::Et
                            | Kw::Au
                            | Kw::Ou
                            | Kw::Or
                            | Kw::And
                            | Kw::To
                            | Kw::Prochain
                            | Kw::Dernier
                            | Kw::Matin
                            | Kw::Soir
                            | Kw::Morning
                            | Kw::Evening
                            | Kw::Afternoon
                            | Kw::Night
                            | Kw::At
                            | Kw::In
                            | Kw::On
                            | Kw::Dans
                            | Kw::En
                            | Kw::Of
                    )
                ) || (n.lex == Lex::Kw(Kw::A) && n.has(ACCENT))
            }
            _ => false,
        };
        // `of` must not lead to a month, read elsewhere: `the 15th of March`.
        if !next_ok || (self.is_kw(i + 1, Kw::Of) && !self.is_kw(i + 2, Kw::Next)) {
            return None;
        }
        emit(i, i, Sem::Cal(Cal::new(0, d)))
    }
}
