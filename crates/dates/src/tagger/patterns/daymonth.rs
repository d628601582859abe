//! Day and month in every order (`19 décembre 2022`, `December 19`, `the 1st of March`),
//! months alone, weekdays, and the time of day that may follow them.

use super::*;

impl P<'_> {
    /// A month name at `i`: month, last token (a glued abbreviation dot included), abbreviated.
    pub(super) fn month_at(&self, i: usize, after_day: bool) -> Option<(u8, usize, bool)> {
        let t = self.t.get(i)?;
        let (m, abbr) = match t.lex {
            Lex::Month(m) => (m, false),
            Lex::MonthAbbr(m) => (m, true),
            Lex::Sept if after_day => (9, true),
            _ => return None,
        };
        // English months are capitalised; lower-case `may` and `march` are verbs unless a
        // day or a year sits next to them (`march 3`, `15th february`, `march first`).
        if !self.fr() && !t.has(CAP) && !after_day && !self.number_follows(i) {
            return None;
        }
        let last = if abbr && self.punct(i + 1) == Some('.') && self.glued(i, i + 1) { i + 1 } else { i };
        Some((m, last, abbr))
    }

    /// `19 décembre 2022`, `1er mars`, `19th of December`, starting at the day token `i`.
    pub(super) fn day_month_from(&self, i: usize, d: u8) -> Option<(Cal, usize)> {
        let mut j = i + 1;
        if !self.fr() && self.is_kw(j, Kw::Of) {
            j += 1;
        }
        // French names days by their date: `le 11-Septembre`, `le 8-Mai`, `le 1er-Mai`.
        let named = self.fr()
            && self.is_dash(j)
            && self.glued(i, j)
            && self.glued(j, j + 1)
            && self.t.get(j + 1).is_some_and(|t| t.has(CAP));
        if named {
            j += 1;
        }
        let (m, mut last, _) = self.month_at(j, true)?;
        // `Only 5 may attend`: a count before the modal.
        if !self.fr() && m == 5 && !self.t[j].has(CAP) && self.t[i].kind != Kind::Ordinal {
            return None;
        }
        let mut cal = Cal::new(m, d);
        if named && (d, m) == (11, 9) {
            cal.y = Some(2001);
            return Some((cal, last));
        }
        let mut k = last + 1;
        if !self.fr() && self.punct(k) == Some(',') && self.year_piece(k + 1).is_some() {
            k += 1;
        }
        // `le 8-Mai-1945`: the year glued to a named day.
        if named && self.is_dash(k) && self.glued(last, k) && self.glued(k, k + 1) && self.year4(k + 1).is_some() {
            k += 1;
        }
        if let Some((y, yy, end)) = self.year_piece(k) {
            cal.y = Some(y);
            cal.yy = yy;
            last = end;
        } else if let Some(yy) = self.short_year(k) {
            // `31 octobre 74`.
            cal.y = Some(yy);
            cal.yy = true;
            last = k;
        } else {
            last = self.postfix(&mut cal, last);
        }
        Some((cal, last))
    }

    /// A two-digit year at `k` right after a day and month, unless it counts something
    /// (`le 5 mai 12 soldats`, `le 3 mars 20 h`).
    pub(super) fn short_year(&self, k: usize) -> Option<i32> {
        let t = self.t.get(k).filter(|t| t.kind == Kind::Num && t.ndigits == 2)?;
        if self.decimal_after(k) || self.plural_noun(k + 1) || self.clock_after(k, false).is_some() {
            return None;
        }
        if matches!(self.punct(k + 1), Some('%' | ':' | '/' | '-' | '€' | '$')) || self.kind(k + 1) == Some(Kind::Num)
        {
            return None;
        }
        if self.t.get(k + 1).is_some_and(|n| n.kind == Kind::Word && n.lex == Lex::None && !n.has(CAP)) {
            return None;
        }
        Some(t.num as i32)
    }

    /// Whether a unit of time is at `i` (`days`, `weeks`, `hours`, `minutes`).
    fn unit_after(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| matches!(t.lex, Lex::Kw(Kw::Day | Kw::Week | Kw::Month | Kw::Year)))
            || self.word_is(i, &[b"hour", b"hours", b"minute", b"minutes", b"mins", b"hrs"])
    }

    /// A day number, a year or a day ordinal follows the month at `i` (`march 3`, `may
    /// 2012`, `march first`, `february the 15th`).
    fn number_follows(&self, i: usize) -> bool {
        let mut k = i + 1;
        // `sept. 4`, `dec. 25, 2011`: an abbreviation's own dot sits between them.
        if matches!(self.t[i].lex, Lex::MonthAbbr(_)) && self.punct(k) == Some('.') && self.glued(i, k) {
            k += 1;
        }
        let next = k;
        if self.is_kw(k, Kw::The) {
            k += 1;
        }
        match self.t.get(k) {
            Some(t) if t.kind == Kind::Ordinal => t.num <= 31,
            Some(t) if t.kind == Kind::Num => {
                (t.ndigits <= 2 && (1..=31).contains(&t.num) && k == next && !self.plural_noun(k + 1))
                    || self.year4(k).is_some()
            }
            Some(_) => k == next && self.word_day(k).is_some_and(|(_, j)| !self.plural_noun(j + 1)),
            None => false,
        }
    }

    /// A day of the month in English words at `i`, and its last token: `fifth`,
    /// `twenty-third`, `thirty first` (broadcast transcripts spell dates out).
    pub(super) fn word_day(&self, i: usize) -> Option<(u8, usize)> {
        match self.t.get(i)?.lex {
            Lex::Ordinal(n) => Some((n, i)),
            Lex::Count(tens @ (20 | 30)) if !self.fr() => {
                let hyphen = self.is_dash(i + 1) && self.glued(i, i + 1) && self.glued(i + 1, i + 2);
                let j = if hyphen { i + 2 } else { i + 1 };
                let Lex::Ordinal(unit @ 1..=9) = self.t.get(j)?.lex else { return None };
                let d = tens as u8 + unit;
                (d <= 31).then_some((d, j))
            }
            _ => None,
        }
    }

    /// After a month without its year: `dernier`/`prochain`, or a year relative to the
    /// anchor (`de l'année dernière`, `last year`).
    pub(super) fn postfix(&self, cal: &mut Cal, last: usize) -> usize {
        let j = last + 1;
        if self.fr() {
            if self.is_kw(j, Kw::Dernier) || self.is_accented_kw(j, Kw::Passe) {
                cal.modi = Mod::Last;
                return j;
            }
            if self.is_kw(j, Kw::Prochain) {
                cal.modi = Mod::Next;
                return j;
            }
        }
        // Before the year from the anchor: `de cette année-là` is not `de cette année`.
        if let Some((r, end)) = self.yprev_at(j) {
            cal.yprev = Some(r);
            return end;
        }
        if let Some((r, end)) = self.yrel_at(j) {
            cal.yrel = Some(r);
            return end;
        }
        last
    }

    /// `(of) that (same) year`, `(of) the same year`, `(of) the following / next / previous
    /// year`:
    /// a year counted from the date the text was last about, which a month or a day takes
    /// as its own (`The war ended in 1945. In May of that year…` is May 1945).
    pub(super) fn yprev_at(&self, mut j: usize) -> Option<(i32, usize)> {
        if self.fr() {
            return self.yprev_at_fr(j);
        }
        if self.is_kw(j, Kw::Of) {
            j += 1;
        }
        let (r, k) = match self.kw(j)? {
            Kw::That if self.is_kw(j + 1, Kw::Same) => (0, j + 2),
            Kw::That => (0, j + 1),
            Kw::The => match self.kw(j + 1)? {
                Kw::Same => (0, j + 2),
                Kw::Following | Kw::Next => (1, j + 2),
                Kw::Previous => (-1, j + 2),
                _ => return None,
            },
            _ => return None,
        };
        (self.is_kw(k, Kw::Year) && self.word_is(k, &[b"year"])).then_some((r, k))
    }

    /// French `de l'année suivante`, `de l'année précédente`, `de la même année`, `de cette
    /// année-là`: a year counted from the date told before (`en mai de l'année suivante`).
    fn yprev_at_fr(&self, j: usize) -> Option<(i32, usize)> {
        if !self.is_kw(j, Kw::De) {
            return None;
        }
        let k = j + 1;
        if self.is_kw(k, Kw::L) && self.is_apos(k + 1) && self.is_kw(k + 2, Kw::Annee) {
            let a = k + 2;
            return match self.kw(a + 1)? {
                Kw::Suivant => Some((1, a + 1)),
                Kw::Precedent => Some((-1, a + 1)),
                _ => None,
            };
        }
        if self.is_kw(k, Kw::La) && self.is_kw(k + 1, Kw::Meme) && self.is_kw(k + 2, Kw::Annee) {
            return Some((0, k + 2));
        }
        let la_after = self.is_dash(k + 2) && self.is_accented_kw(k + 3, Kw::La);
        (self.is_kw(k, Kw::Cette) && self.is_kw(k + 1, Kw::Annee) && la_after).then_some((0, k + 3))
    }

    /// `(de) l'année dernière`, `(de) l'an prochain`, `de cette année`, `(of) last year`.
    pub(super) fn yrel_at(&self, mut j: usize) -> Option<(i32, usize)> {
        if self.fr() {
            if self.is_kw(j, Kw::De) {
                j += 1;
            }
            if self.is_kw(j, Kw::Cette) && self.is_kw(j + 1, Kw::Annee) {
                return Some((0, j + 1));
            }
            if self.is_kw(j, Kw::L) && self.is_apos(j + 1) && matches!(self.kw(j + 2), Some(Kw::An | Kw::Annee)) {
                let k = j + 3;
                if self.is_kw(k, Kw::Dernier) || self.is_accented_kw(k, Kw::Passe) {
                    return Some((-1, k));
                }
                if self.is_kw(k, Kw::Prochain) {
                    return Some((1, k));
                }
            }
            return None;
        }
        if self.is_kw(j, Kw::Of) {
            j += 1;
        }
        if self.is_kw(j + 1, Kw::Year) {
            match self.kw(j) {
                Some(Kw::Last) => return Some((-1, j + 1)),
                Some(Kw::Next) => return Some((1, j + 1)),
                Some(Kw::This) => return Some((0, j + 1)),
                _ => {}
            }
        }
        None
    }

    /// A month alone is a date only where the words around make it one: `Mars` in a French
    /// sentence is the planet, `May` in English a modal or a name.
    pub(super) fn month_alone_ok(&self, i: usize, in_context: bool) -> bool {
        if in_context {
            return true;
        }
        let t = &self.t[i];
        let prev = i.checked_sub(1);
        let prev_kw = prev.and_then(|p| self.kw(p));
        if self.fr() {
            if t.has(CAP) && !t.has(SENT_START) && self.word_in(i, self.words().month_homonyms) {
                return matches!(
                    prev_kw,
                    Some(
                        Kw::En
                            | Kw::Depuis
                            | Kw::De
                            | Kw::Du
                            | Kw::Debut
                            | Kw::Fin
                            | Kw::Mi
                            | Kw::Jusqu
                            | Kw::Des
                            | Kw::Entre
                            | Kw::Courant
                    )
                );
            }
            return true;
        }
        // `and May`, `or May`: joined to another date, as often as not.
        let prep = self.time_prep(i) || matches!(prev_kw, Some(Kw::And | Kw::Or));
        // `Photo by April Simpson`, `More by June Carter`: after `by`, a month opening a
        // name is a credit's author (a deadline reads `by April`, `by April 3`, `by April,`).
        if prev_kw == Some(Kw::By) && self.is_name_word(i + 1) && !self.acronym(i + 1) && self.year4(i + 1).is_none() {
            return false;
        }
        // In a run of capitals, where every word looks like a name or an acronym, any word
        // of no meaning to dates after it (`PHOTOS BY APRIL SIMPSON`).
        if prev_kw == Some(Kw::By) && self.in_caps_run(i) && self.caps_name_at(i + 1) {
            return false;
        }
        if prep {
            return true;
        }
        // In a run of capitals no name guard works (`MARCH MADNESS TIPS OFF TODAY`): a month
        // alone there needs a preposition, as an abbreviated one does anywhere.
        if self.in_caps_run(i) {
            return false;
        }
        if t.lex == Lex::Month(5) {
            // A modal takes no determiner: `its May meeting`, `the May elections` name the
            // month; `the May government` names a prime minister.
            const NAME_HEADS: [&[u8]; 6] =
                [b"government", b"administration", b"cabinet", b"family", b"era", b"ministry"];
            let lower_word = self.t.get(i + 1).is_some_and(|n| n.kind == Kind::Word && !n.has(CAP));
            return self.determined(i) && lower_word && !self.word_is(i + 1, &NAME_HEADS);
        }
        let name_before = prev.is_some_and(|p| self.is_name_word(p));
        // An acronym before a lowercase noun names the thing the month dates, not a name the
        // month opens (`the June CITT meeting`, `the July CPI report`, `miss July CUSMA
        // renewal date`; `June Medical Services` stays a name).
        let dated_acronym = self.acronym(i + 1)
            && self.t.get(i + 2).is_some_and(|n| n.kind == Kind::Word && !n.has(CAP))
            && self.t.get(i + 1).is_some_and(|t| !t.has(SENT_START));
        // `March of Dimes`: a name whatever comes before it.
        let name_after = (self.is_name_word(i + 1) && !dated_acronym)
            || (self.is_kw(i + 1, Kw::Of) && self.is_name_word(i + 2))
            || (self.is_kw(i + 1, Kw::Of) && self.is_kw(i + 2, Kw::The) && self.is_name_word(i + 3))
            // `the March on Washington`, `the March on Rome`: an event named after its goal;
            // a month read as a date takes no article unless a day or a noun follows it.
            // `March` itself before `on` / `to` and a place is the walk, with or without the
            // article (`the farmers' March to Brussels`, `March on Paris!`: a call).
            || ((prev_kw == Some(Kw::The) || t.lex == Lex::Month(3))
                && matches!(self.kw(i + 1), Some(Kw::On | Kw::To))
                && self.is_name_word(i + 2));
        !(name_before || name_after)
    }

    /// Whether the word before the English month at `i` is a preposition of time that makes
    /// the month one (`in May`, `from May`, `by May`).
    fn time_prep(&self, i: usize) -> bool {
        matches!(
            i.checked_sub(1).and_then(|p| self.kw(p)),
            Some(
                Kw::In
                    | Kw::Since
                    | Kw::Until
                    | Kw::By
                    | Kw::From
                    | Kw::To
                    | Kw::Through
                    | Kw::Of
                    | Kw::Early
                    | Kw::Late
                    | Kw::Mid
                    | Kw::Before
                    | Kw::After
                    | Kw::During
                    | Kw::Between
                    | Kw::End
            )
        )
    }

    /// Whether the English month abbreviation at `i` (no day, no year) is the month: after a
    /// preposition of time (`in Aug.`, `until Dec`, `by mid-Jan`), or after `and` / `or` /
    /// `to` that joins it to a month just before (`June, July and Aug`, `from Jan to Mar`).
    /// Alone or after other words an abbreviation is too often a name (`Koh Jia Jun`, `Jan
    /// Smith`) or a cut-off headline (`SINGAPORE, Dec...`). After `by` and `from`, which
    /// credit an author or a sender as often (`Interview by Jun.`, `A letter from Jan`), only
    /// with a year (`from Jan last year`), the end of a span (`from Jan to Mar`, `from Jan.
    /// onwards`) after it, or, after `by`, a clause that looks ahead before it (`due by
    /// Jan.`): see [`P::by_deadline`]. After a dash, as after `to`, when the month before
    /// the dash is one (`from Jan - Mar`). `k` is the token after the abbreviation (and its
    /// dot); `year_told`, whether a year is told from there.
    fn abbr_month_alone_ok(&self, i: usize, k: usize, year_told: bool) -> bool {
        self.abbr_month_ok(i, k, year_told, true)
    }

    /// [`P::abbr_month_alone_ok`]; `chain`, whether a dash before `i` may join it to the
    /// month before (asked of that month, it may not: one step back, not a walk along a
    /// list of dashes).
    fn abbr_month_ok(&self, i: usize, k: usize, year_told: bool, chain: bool) -> bool {
        if self.fr() || self.is_name_word(i + 1) {
            return false;
        }
        // Glued by a hyphen to a word that is no month, it is a piece of a name (`Mar-a-Lago`,
        // `Jun-seo`); `Jan-Mar` is a span.
        if self.is_dash(i + 1)
            && self.glued(i, i + 1)
            && self.glued(i + 1, i + 2)
            && self
                .t
                .get(i + 2)
                .is_some_and(|t| t.kind == Kind::Word && !matches!(t.lex, Lex::Month(_) | Lex::MonthAbbr(_)))
        {
            return false;
        }
        // In a run of capitals the name guard says nothing: a capitalised word after it is
        // still a surname (`PHOTOS BY JAN KOWALSKI`).
        if self.in_caps_run(i) && self.caps_name_at(k) {
            return false;
        }
        let Some(mut p) = i.checked_sub(1) else { return false };
        if chain && self.is_dash(p) {
            // `from Jan - Mar`, `from Jan.-Mar.`: a range, as `from Jan to Mar` is, when the
            // month before the dash is a month by itself (`Sales Jan - Mar` is not): a full
            // one through a preposition of time as well (`from May - Jun`; `Theresa May - Jun`
            // and `Authors: April - Jun` are people).
            let m = if p >= 2 && self.punct(p - 1) == Some('.') { p - 2 } else { p.saturating_sub(1) };
            if m < p && self.t[m].has(CAP) {
                match self.t[m].lex {
                    Lex::MonthAbbr(_) => return self.abbr_month_ok(m, p, false, false),
                    Lex::Month(_) => return self.time_prep(m) && self.month_alone_ok(m, false),
                    _ => {}
                }
            }
        }
        // `by mid-Jan`: the word before the hyphen.
        if p >= 1 && self.is_dash(p) && self.glued(p - 1, p) && self.glued(p, i) {
            p -= 1;
        }
        match self.kw(p) {
            Some(kw @ (Kw::By | Kw::From)) => {
                // Two people named together: `The report by Jan and Piet`.
                if (self.is_kw(k, Kw::And) || self.punct(k) == Some('&')) && self.is_name_word(k + 1) {
                    return false;
                }
                year_told || self.span_end_after(k) || (kw == Kw::By && self.by_deadline(p, k))
            }
            Some(
                Kw::In
                | Kw::Since
                | Kw::Until
                | Kw::Through
                | Kw::During
                | Kw::Before
                | Kw::After
                | Kw::Early
                | Kw::Late
                | Kw::Mid
                | Kw::End,
            ) => true,
            Some(Kw::And | Kw::Or | Kw::To) => {
                // The month right before the conjunction, its abbreviation's dot skipped.
                let k = if p >= 2 && self.punct(p - 1) == Some('.') { p - 2 } else { p.saturating_sub(1) };
                k < p && matches!(self.t[k].lex, Lex::Month(_) | Lex::MonthAbbr(_)) && self.t[k].has(CAP)
            }
            _ => false,
        }
    }

    /// Whether a span's end follows a month at `k` (after the month and its dot): a time,
    /// not a sender's name (`from Jan to Mar`, `from Jan until now`, `from Jan. to date`,
    /// `from Jan. to the present`, `from Jan. onwards`); `a gift from Jun to his mother` ends
    /// on no time. A time word followed by a word or an apostrophe is a noun's modifier
    /// (`from Jun to the present owner`, `to date night fans`, `to today's graduates`), and
    /// `onwards` ends its clause (`a message from Jan onwards to Piet` is sent on).
    fn span_end_after(&self, k: usize) -> bool {
        // The end of the text or of its line, or a punctuation mark other than an apostrophe.
        let clause_end =
            |e: usize| self.t.get(e + 1).is_none_or(|t| (t.kind == Kind::Punct && !self.is_apos(e + 1)) || t.has(NL));
        if self.is_kw(k, Kw::Until) || (self.word_is(k, &[b"onward", b"onwards"]) && clause_end(k)) {
            return true;
        }
        if !(matches!(self.kw(k), Some(Kw::To | Kw::Through)) || self.is_dash(k)) {
            return false;
        }
        let e = if self.is_kw(k + 1, Kw::The) && self.word_is(k + 2, &[b"present"]) { k + 2 } else { k + 1 };
        let ends =
            |e: usize| self.t.get(e + 1).is_none_or(|t| (t.kind != Kind::Word && !self.is_apos(e + 1)) || t.has(NL));
        matches!(self.t.get(e).map(|t| t.lex), Some(Lex::Month(_) | Lex::MonthAbbr(_) | Lex::Kw(Kw::Now)))
            || ((self.is_kw(e, Kw::Today) || self.word_is(e, &[b"date", b"present"])) && ends(e))
    }

    /// Whether `by` (token `by`) before an abbreviated month ends a deadline (`is due by
    /// Jan.`, `expected to close by Jan.`, `will be finished by Feb.`) rather than naming an
    /// agent or an author, as it does in most clauses: a passive's (`will be chaired by Jan.
    /// Smith`, `was signed by Jan`, `may be surprised by Jun`), a noun's (`Interview by Jun.`,
    /// `a set by Jun`). Only a narrow cue makes it one: `due` right before `by`, or a verb of
    /// completion there (`finish`, `close`, `ready`, `paid`…) in a clause that looks ahead
    /// (`will`, `shall`, `'ll`, `should`, `must`, `expected to`, `set to`, `scheduled`,
    /// `deadline`); `be` with any other participle is a passive with its agent. After the
    /// month (`k`, past its dot), a comma, `and` or `&` and a word, or a capitalised word of
    /// no meaning to dates tell a name (`by Jun, a researcher`, `by Jan and his team`, `by
    /// Jan. Smith`).
    fn by_deadline(&self, by: usize, k: usize) -> bool {
        const DONE: [&[u8]; 20] = [
            b"finish",
            b"finished",
            b"complete",
            b"completed",
            b"close",
            b"closed",
            b"end",
            b"ended",
            b"done",
            b"ready",
            b"pay",
            b"paid",
            b"repaid",
            b"submit",
            b"submitted",
            b"deliver",
            b"delivered",
            b"settle",
            b"settled",
            b"over",
        ];
        let name_after = self.punct(k) == Some(',')
            || ((self.is_kw(k, Kw::And) || self.punct(k) == Some('&')) && self.kind(k + 1) == Some(Kind::Word))
            || self
                .t
                .get(k)
                .is_some_and(|t| t.kind == Kind::Word && t.has(CAP) && matches!(t.lex, Lex::None | Lex::Holiday));
        let Some(v) = by.checked_sub(1) else { return false };
        if name_after || self.kind(v) != Some(Kind::Word) {
            return false;
        }
        if self.word_is(v, &[b"due"]) {
            return true;
        }
        self.word_is(v, &DONE)
            && self.clause_before(v, 10).any(|j| {
                self.word_is(j, &[b"will", b"shall", b"should", b"must", b"scheduled", b"deadline", b"due"])
                    || (self.word_is(j, &[b"ll"]) && j > 0 && self.is_apos(j - 1))
                    || (self.word_is(j, &[b"expected", b"set"]) && self.is_kw(j + 1, Kw::To))
            })
    }

    /// A month first: `December 19, 2022`, `décembre 2022`, `en février`, `octobre dernier`.
    pub(super) fn month_first(&self, i: usize, modi: Mod, in_context: bool) -> Option<(Cal, usize)> {
        let (m, mut last, abbr) = self.month_at(i, in_context && !self.fr())?;
        let mut cal = Cal::new(m, 0);
        cal.modi = modi;
        let k = last + 1;
        if !self.fr() {
            // `february the 15th`, `march first`.
            let the = self.is_kw(k, Kw::The);
            // `June the first`, not `in June the first shipment`; `march first`, not `March
            // first quarters`.
            let worded = self.word_day(if the { k + 1 } else { k }).filter(|&(_, j)| {
                if the {
                    self.kind(j + 1) != Some(Kind::Word)
                } else {
                    !self.plural_noun(j + 1)
                }
            });
            let (k, d) = if the && self.kind(k + 1) == Some(Kind::Ordinal) {
                (k + 1, self.day_num(k + 1))
            } else if let Some((d, j)) = worded {
                (j, Some(d))
            } else if the {
                (k, None)
            } else {
                // `… in April` ending a headline, then a stamp line `3 days ago`: a count of
                // units on the next line is not the month's day.
                let count_below = self.t.get(k).is_some_and(|t| t.has(NL) || t.has(NL2)) && self.unit_after(k + 1);
                (k, self.day_num(k).filter(|_| self.kind(k) != Some(Kind::Word) && !count_below))
            };
            if let Some(d) = d {
                // `April 25%`, `May 10:30` (a time), but `April 25:` ends a clause.
                let glued_num = self.glued(k + 1, k + 2) && self.kind(k + 2) == Some(Kind::Num);
                let time_or_amount = self.glued(k, k + 1)
                    && (self.punct(k + 1) == Some('%') || (self.punct(k + 1) == Some(':') && glued_num));
                if !time_or_amount && self.year4(k).is_none() {
                    cal.d = d;
                    last = k;
                    let mut y = k + 1;
                    if self.punct(y) == Some(',') {
                        y += 1;
                    }
                    if let Some((year, yy, end)) = self.year_piece(y) {
                        cal.y = Some(year);
                        cal.yy = yy;
                        last = end;
                    } else {
                        last = self.postfix(&mut cal, last);
                    }
                    // `Jul 18, Fri`: the weekday after the date; `Dec. 18, a Wednesday` names
                    // the same day again, not the Wednesday the tense points to.
                    if self.punct(last + 1) == Some(',') {
                        let a = self.is_kw(last + 2, Kw::A)
                            && matches!(self.t.get(last + 3).map(|t| t.lex), Some(Lex::Weekday(_)));
                        if a {
                            last += 1;
                        }
                        if let Some(Lex::WeekdayAbbr(w) | Lex::Weekday(w)) = self.t.get(last + 2).map(|t| t.lex) {
                            cal.wd = Some(w);
                            last += 2;
                            if !a && self.punct(last + 1) == Some('.') && self.glued(last, last + 1) {
                                last += 1;
                            }
                        }
                    }
                    return Some((cal, last));
                }
            }
        }
        let mut y = k;
        if !self.fr() && (self.punct(y) == Some(',') || self.is_kw(y, Kw::Of)) {
            y += 1;
        }
        if let Some((year, yy, end)) = self.year_slot(y) {
            cal.y = Some(year);
            cal.yy = yy;
            return Some((cal, end));
        }
        // A year told after the month places it as a year number does (`May of this year`,
        // `May of that year`); only a wish opens a sentence with `May this year`.
        let year_told = (self.is_kw(k, Kw::Of) || !self.t[i].has(SENT_START))
            && (self.yrel_at(k).is_some() || self.yprev_at(k).is_some());
        if (abbr && !self.abbr_month_alone_ok(i, k, year_told))
            || !self.month_alone_ok(i, in_context || year_told || modi != Mod::None)
        {
            return None;
        }
        last = self.postfix(&mut cal, last);
        Some((cal, last))
    }

    /// A weekday at `i`, with the date that may follow it, its modifiers and its time of day.
    pub(super) fn weekday_from(&self, i: usize, first: usize, modi: Mod) -> Option<Hit> {
        let (wd, abbr) = match self.t.get(i)?.lex {
            Lex::Weekday(w) => (w, false),
            Lex::WeekdayAbbr(w) => (w, true),
            _ => return None,
        };
        let mut j = i + 1;
        if abbr && self.punct(j) == Some('.') {
            j += 1;
        }
        let comma = self.punct(j) == Some(',');
        if comma {
            j += 1;
        }
        if matches!(self.kw(j), Some(Kw::Le | Kw::The)) {
            j += 1;
        }
        if let Some(d) = self.day_num(j) {
            if let Some((mut cal, last)) = self.day_month_from(j, d) {
                cal.wd = Some(wd);
                return emit(first, last, Sem::Cal(cal));
            }
            // `jeudi 15`, `Tuesday the 15th`: the weekday pins the month around the anchor.
            // After a comma a bare number starts the next phrase (`Monday, 12 people`).
            let numeric = matches!(self.kind(j), Some(Kind::Num | Kind::Ordinal))
                && !(comma && self.kind(j) == Some(Kind::Num) && !matches!(self.kw(j - 1), Some(Kw::Le | Kw::The)));
            let counted = self.plural_noun(j + 1) || self.word_in(j + 1, self.words().hour_nouns);
            let clock = matches!(self.punct(j + 1), Some(':' | 'h' | '%')) && self.glued(j, j + 1);
            if numeric && !counted && !clock && !abbr {
                let mut cal = Cal::new(0, d);
                cal.wd = Some(wd);
                return emit(first, j, Sem::Cal(cal));
            }
        }
        if !self.fr() && self.month_at(j, false).is_some() {
            if let Some((mut cal, last)) = self.month_first(j, Mod::None, true) {
                if cal.d != 0 {
                    cal.wd = Some(wd);
                    return emit(first, last, Sem::Cal(cal));
                }
            }
        }
        let after = if abbr && self.punct(i + 1) == Some('.') && self.glued(i, i + 1) { i + 2 } else { i + 1 };
        if let Some((sem, last)) = self.week_ref(wd, after) {
            let f = self.article_before(i).unwrap_or(i).min(first);
            return emit(f, last, sem);
        }
        let mut last = i;
        if abbr {
            // Alone, an abbreviation needs its dot or (in English) its capital, and must not
            // be a word (`la mer.`, `the sun`).
            let dotted = self.punct(i + 1) == Some('.') && self.glued(i, i + 1);
            let w = &self.text[self.t[i].start..self.t[i].end];
            let homonym = self.word_in(i, self.words().weekday_abbr_homonyms);
            let word = homonym && !(dotted && self.t[i].has(CAP));
            // English writes `Thu`, `Mon` without a dot; `Sun`, `Sat`, `Wed` are words.
            let capital = !self.fr() && w.len() >= 3 && self.t[i].has(CAP) && !homonym;
            if word || !(dotted || capital) {
                return None;
            }
            if dotted {
                last = i + 1;
            }
        }
        let prev = first.checked_sub(1);
        // Habits (`chaque lundi`, `every Monday`) and named days (`Black Friday`,
        // `Mardi gras`) are not dates of the story.
        if prev.is_some_and(|p| matches!(self.kw(p), Some(Kw::Chaque | Kw::Every))) {
            return None;
        }
        // `on a Monday` is any Monday (`we pick the headlines on a Monday`), where `at a
        // Monday news conference` dates the conference.
        if !self.fr() && prev.is_some_and(|p| self.is_kw(p, Kw::A) && p > 0 && self.is_kw(p - 1, Kw::On)) {
            return None;
        }
        if prev.is_some_and(|p| self.t[p].has(CAP) && self.word_in(p, self.words().weekday_names_before)) {
            return None;
        }
        if self.word_in(i + 1, self.words().weekday_names_after) {
            return None;
        }
        if self.is_kw(i + 1, Kw::De) && self.word_in(i + 2, self.words().weekday_feasts) {
            return None;
        }
        let k = i + 1;
        // `le lundi suivant`, `the following Monday` come from the previous date; a bare
        // `le lundi` is a habit or an anaphora we cannot place.
        if self.fr() {
            if self.is_kw(k, Kw::Suivant) {
                let f = self.article_before(i).unwrap_or(i);
                return emit(f.min(first), k, Sem::PrevWeekday { wd, dir: 1 });
            }
            if self.is_kw(k, Kw::Precedent) {
                let f = self.article_before(i).unwrap_or(i);
                return emit(f.min(first), k, Sem::PrevWeekday { wd, dir: -1 });
            }
        }
        // `the Monday morning attack`: a weekday modifying an event noun dates that event.
        let names_event = self.t[i].has(CAP) && self.word_in(self.time_of_day(last) + 1, self.words().day_event_nouns);
        if first == i && !names_event && prev.is_some_and(|p| matches!(self.kw(p), Some(Kw::Le | Kw::The | Kw::Les))) {
            return None;
        }
        let mut modi = modi;
        if self.fr() {
            if self.is_kw(k, Kw::Dernier) || self.is_accented_kw(k, Kw::Passe) {
                modi = Mod::Last;
                last = k;
            } else if self.is_kw(k, Kw::Prochain) {
                modi = Mod::Next;
                last = k;
            }
        }
        last = self.time_of_day(last);
        emit(first, last, Sem::Weekday { wd, modi })
    }

    /// The week a weekday at `k - 1` is taken in, written after it: `de la semaine
    /// prochaine`, `d'après`, `en huit`, `of this week`, `from last week`, `after next`.
    fn week_ref(&self, wd: u8, k: usize) -> Option<(Sem, usize)> {
        let of = |n: i8, prev: bool| Sem::WeekOf { wd, n, prev };
        if self.fr() {
            if self.is_kw(k, Kw::En) {
                return match self.kw(k + 1)? {
                    Kw::Huit => Some((Sem::WeekdayAhead { wd, weeks: 1 }, k + 1)),
                    Kw::Quinze => Some((Sem::WeekdayAhead { wd, weeks: 2 }, k + 1)),
                    _ => None,
                };
            }
            if self.is_kw(k, Kw::D) && self.is_apos(k + 1) {
                return match self.kw(k + 2)? {
                    Kw::Apres => Some((of(1, true), k + 2)),
                    Kw::Avant => Some((of(-1, true), k + 2)),
                    _ => None,
                };
            }
            if !self.is_kw(k, Kw::De) {
                return None;
            }
            if self.is_kw(k + 1, Kw::Cette) && self.is_kw(k + 2, Kw::Semaine) {
                return Some((of(0, false), k + 2));
            }
            if !(self.is_kw(k + 1, Kw::La) && self.is_kw(k + 2, Kw::Semaine)) {
                return None;
            }
            let m = k + 3;
            return match self.kw(m) {
                Some(Kw::Prochain) => Some((of(1, false), m)),
                Some(Kw::Dernier) => Some((of(-1, false), m)),
                Some(Kw::Passe) if self.t[m].has(ACCENT) => Some((of(-1, false), m)),
                Some(Kw::Suivant) => Some((of(1, true), m)),
                Some(Kw::Precedent) => Some((of(-1, true), m)),
                Some(Kw::D) if self.is_apos(m + 1) && self.is_kw(m + 2, Kw::Apres) => Some((of(1, true), m + 2)),
                _ => None,
            };
        }
        // `friday after next`, `the Monday before last`: one week beyond the nearest one.
        if self.is_kw(k, Kw::After) && self.is_kw(k + 1, Kw::Next) {
            return Some((Sem::WeekdayAhead { wd, weeks: 1 }, k + 1));
        }
        if self.is_kw(k, Kw::Before) && self.is_kw(k + 1, Kw::Last) {
            return Some((Sem::WeekdayAhead { wd, weeks: -2 }, k + 1));
        }
        // `Friday week`: British for the Friday a week after the coming one.
        let week_then = matches!(self.kw(k + 1), Some(Kw::Of | Kw::Before | Kw::After))
            || self.is_apos(k + 1)
            || self.is_dash(k + 1);
        if self.is_kw(k, Kw::Week) && self.t[k - 1].has(CAP) && !week_then {
            return Some((Sem::WeekdayAhead { wd, weeks: 1 }, k));
        }
        let mut m = k;
        if matches!(self.kw(m), Some(Kw::Of | Kw::From)) {
            m += 1;
        }
        if let Some(hit) = self.week_around(wd, m) {
            return Some(hit);
        }
        if self.is_kw(m, Kw::The) {
            m += 1;
        }
        let (n, prev) = match self.kw(m)? {
            Kw::This => (0, false),
            Kw::Next => (1, false),
            Kw::Last | Kw::Past => (-1, false),
            Kw::Following => (1, true),
            Kw::Previous => (-1, true),
            Kw::That | Kw::Same => (0, true),
            _ => return None,
        };
        if !self.is_kw(m + 1, Kw::Week) {
            return None;
        }
        Some((of(n, prev), m + 1))
    }

    /// `of the week before`, `the week after`: the week before or after the previous date's
    /// (the anchor's when the text has none), starting at the article `m`.
    fn week_around(&self, wd: u8, m: usize) -> Option<(Sem, usize)> {
        if !(self.is_kw(m, Kw::The) && self.is_kw(m + 1, Kw::Week)) {
            return None;
        }
        let n = match self.kw(m + 2)? {
            Kw::Before => -1,
            Kw::After => 1,
            _ => return None,
        };
        // `the week after the election`: a week counted from an event, not from a date.
        if matches!(self.kw(m + 3), Some(Kw::The)) {
            return None;
        }
        Some((Sem::WeekOf { wd, n, prev: true }, m + 2))
    }

    /// Extends over a time of day after a day word: `lundi soir`, `hier matin`, `Monday night`,
    /// `dimanche à 18 h`, `tomorrow at 9`.
    pub(super) fn time_of_day(&self, last: usize) -> usize {
        let k = last + 1;
        let at = match self.kw(k) {
            Some(Kw::At | Kw::Vers) => true,
            Some(Kw::A) => self.t[k].has(ACCENT),
            _ => false,
        };
        if at {
            if let Some(end) = self.clock_after(k + 1, true) {
                return end;
            }
        }
        match self.kw(k) {
            Some(
                Kw::Matin | Kw::Soir | Kw::Midi | Kw::Nuit | Kw::Morning | Kw::Afternoon | Kw::Evening | Kw::Night,
            ) => k,
            Some(Kw::Apres) if self.is_dash(k + 1) && self.is_kw(k + 2, Kw::Midi) => k + 2,
            // `la veille au soir`, `le lendemain au matin`.
            Some(Kw::Au) if matches!(self.kw(k + 1), Some(Kw::Matin | Kw::Soir)) => k + 1,
            _ => last,
        }
    }
}
