//! Numbers: days of the month, years, numeric dates (`29/06/2026`, `2022-12-19`), decades,
//! and the guards that keep amounts, scores and fractions out.

use super::*;

/// How many tokens either way a list of years is searched for its year written in full.
const LIST_REACH: usize = 48;

impl P<'_> {
    /// The word at `i` is an English plural of things that happen (`campaigns`, `elections`),
    /// after which `of` and a number name their year; not a plural of amounts (`tens`,
    /// `thousands`, `numbers`), after which the number is a count.
    fn plural_of_events(&self, i: usize) -> bool {
        const AMOUNTS: [&[u8]; 12] = [
            b"tens",
            b"dozens",
            b"scores",
            b"hundreds",
            b"thousands",
            b"millions",
            b"billions",
            b"numbers",
            b"totals",
            b"figures",
            b"units",
            b"sums",
        ];
        let mut buf = [0u8; MAX_WORD];
        self.folded(i, &mut buf).is_some_and(|w| w.len() > 3 && w.ends_with(b"s") && !w.ends_with(b"ss"))
            && !self.word_is(i, &AMOUNTS)
    }

    /// `2008-09` at `i` (the year `y1`, then `b`) is a span of two years: `b` is the next
    /// year's two digits and a word of spans across a year end sits next to it
    /// ([`Words::span_after`](crate::tagger::lexicon::Words), `span_before`).
    fn next_year_span(&self, i: usize, y1: i32, b: u32) -> bool {
        let w = self.words();
        b as i32 == (y1 + 1) % 100
            && (self.word_in(i + 3, w.span_after) || i.checked_sub(1).is_some_and(|p| self.word_in(p, w.span_before)))
    }

    /// Whether the name word at `p` is an acronym of two to six capitals (`WWDC`, `RTX`).
    pub(super) fn acronym(&self, p: usize) -> bool {
        self.t.get(p).is_some_and(|t| {
            let w = &self.text[t.start..t.end];
            (2..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
        })
    }

    /// A day of the month written at `i`: `19`, `1er`, `19th`, `premier`, `Ier`.
    pub(super) fn day_num(&self, i: usize) -> Option<u8> {
        let t = self.t.get(i)?;
        match t.kind {
            Kind::Num | Kind::Ordinal if t.ndigits <= 2 && (1..=31).contains(&t.num) => {
                // `19,5 %` or `3.14` are not days.
                if t.kind == Kind::Num && self.decimal_after(i) {
                    return None;
                }
                // `12th-ranked`, `3rd-largest`: a rank, no day; `5th-7th` and French named
                // days (`1er-Mai`) go on.
                if t.kind == Kind::Ordinal && !self.fr() && self.rank_compound(i) {
                    return None;
                }
                Some(t.num as u8)
            }
            Kind::Word if matches!(t.lex, Lex::Kw(Kw::Premier | Kw::Ier)) => Some(1),
            _ => None,
        }
    }

    /// Whether the ordinal at `i` opens a compound adjective: a glued dash and a word that
    /// is no month (`12th-Ranked MBB`, `the 3rd-largest bank`).
    fn rank_compound(&self, i: usize) -> bool {
        self.is_dash(i + 1)
            && self.glued(i, i + 1)
            && self.glued(i + 1, i + 2)
            && self.kind(i + 2) == Some(Kind::Word)
            && !matches!(self.t[i + 2].lex, Lex::Month(_) | Lex::MonthAbbr(_))
    }

    /// `i` is followed by a glued `,` or `.` and more digits.
    pub(super) fn decimal_after(&self, i: usize) -> bool {
        matches!(self.punct(i + 1), Some(',' | '.'))
            && self.glued(i, i + 1)
            && self.glued(i + 1, i + 2)
            && self.kind(i + 2) == Some(Kind::Num)
    }

    pub(super) fn decimal_before(&self, i: usize) -> bool {
        i >= 2
            && matches!(self.punct(i - 1), Some(',' | '.'))
            && self.glued(i - 1, i)
            && self.glued(i - 2, i - 1)
            && self.kind(i - 2) == Some(Kind::Num)
    }

    /// A four-digit year written right after a month or day.
    pub(super) fn year4(&self, i: usize) -> Option<i32> {
        let t = self.t.get(i)?;
        (t.kind == Kind::Num && t.ndigits == 4 && (1000..=2100).contains(&t.num) && !self.decimal_after(i))
            .then_some(t.num as i32)
    }

    /// A count at `i` (`3`, `trois`, `vingt-deux`, `a`) and its last token.
    pub(super) fn count_at(&self, i: usize) -> Option<(i32, usize)> {
        let t = self.t.get(i)?;
        if let Some(group) = self.group_count(i) {
            return Some(group);
        }
        match t.kind {
            Kind::Num if t.ndigits <= 3 && !self.decimal_after(i) && !self.decimal_before(i) => Some((t.num as i32, i)),
            Kind::Word => {
                let n = match t.lex {
                    Lex::Count(n) => n as i32,
                    Lex::Sept => 7,
                    Lex::Kw(Kw::Huit) => 8,
                    Lex::Kw(Kw::Quinze) => 15,
                    Lex::Kw(Kw::A) if !self.fr() => 1,
                    _ => return None,
                };
                // Compound numbers: `vingt-deux`, `dix-huit`, `twenty-two`, `vingt et un`.
                if (n == 10 || (n >= 20 && n % 10 == 0 && n < 100)) && self.is_dash(i + 1) && self.glued(i, i + 1) {
                    if let Some(u) = self.unit_count(i + 2) {
                        return Some((n + u, i + 2));
                    }
                }
                if n >= 20 && n % 10 == 0 && self.is_kw(i + 1, Kw::Et) && self.unit_count(i + 2) == Some(1) {
                    return Some((n + 1, i + 2));
                }
                Some((n, i))
            }
            _ => None,
        }
    }

    /// A group noun after its article counts what follows it: `a couple of`, `a dozen`,
    /// `une dizaine de`, `une quinzaine d'`, `une vingtaine de`; the count and the last token
    /// before the counted noun.
    fn group_count(&self, i: usize) -> Option<(i32, usize)> {
        let article = if self.fr() { self.word_is(i, &[b"une"]) } else { self.is_kw(i, Kw::A) };
        if !article {
            return None;
        }
        let n = if self.fr() {
            match () {
                _ if self.word_is(i + 1, &[b"dizaine"]) => 10,
                _ if self.is_kw(i + 1, Kw::Quinzaine) => 15,
                _ if self.word_is(i + 1, &[b"vingtaine"]) => 20,
                _ if self.word_is(i + 1, &[b"trentaine"]) => 30,
                _ if self.word_is(i + 1, &[b"centaine"]) => 100,
                _ => return None,
            }
        } else if self.word_is(i + 1, &[b"couple"]) {
            2
        } else if self.word_is(i + 1, &[b"dozen"]) {
            12
        } else {
            return None;
        };
        let k = i + 2;
        if self.fr() {
            return match self.kw(k)? {
                Kw::De => Some((n, k)),
                Kw::D if self.is_apos(k + 1) => Some((n, k + 1)),
                _ => None,
            };
        }
        // `a couple of weeks`, `a couple weeks`, `a dozen years`.
        Some((n, if self.is_kw(k, Kw::Of) { k } else { i + 1 }))
    }

    pub(super) fn unit_count(&self, i: usize) -> Option<i32> {
        match self.t.get(i)?.lex {
            Lex::Count(n) if n < 10 => Some(n as i32),
            Lex::Sept => Some(7),
            Lex::Kw(Kw::Huit) => Some(8),
            _ => None,
        }
    }

    pub(super) fn num_at(&self, i: usize) -> Option<Hit> {
        let t = &self.t[i];
        if let Some(hit) = self.era_after(i) {
            return Some(hit);
        }
        if let Some(hit) = self.clock_alone(i) {
            return Some(hit);
        }
        if t.ndigits <= 2 && self.punct(i + 1) == Some(':') && self.glued(i, i + 1) && self.glued(i + 1, i + 2) {
            // A score or a time that is not a date.
            return Some(Hit::Skip(i + 2));
        }
        // `'97`: a year with its century left out; the apostrophe belongs to it, so that a
        // range reads `'95 to '98` with nothing but its connective between the two.
        if let Some(y) = self.apostrophe_year(i) {
            return emit(i - 1, i, Sem::Cal(Cal { y: Some(y), yy: true, ..Cal::new(0, 0) }));
        }
        if let Some(y) = self.listed_short_year(i) {
            return emit(i, i, Sem::Cal(Cal { y: Some(y), yy: true, ..Cal::new(0, 0) }));
        }
        let sep = self.punct(i + 1).filter(|_| self.glued(i, i + 1) && self.glued(i + 1, i + 2));
        if let (Some(sep), Some(Kind::Num)) = (sep, self.kind(i + 2)) {
            if let Some(hit) = self.numeric_date(i, sep) {
                return Some(hit);
            }
        }
        if let Some(d) = self.day_num(i) {
            if let Some((cal, last)) = self.day_month_from(i, d) {
                return emit(i, last, Sem::Cal(cal));
            }
            // `le 3 courant`: that day of the anchor's month.
            if self.fr() && self.is_kw(i + 1, Kw::Courant) {
                return emit(i, i + 1, Sem::Cal(Cal { modi: Mod::This, ..Cal::new(0, d) }));
            }
            if let Some(hit) = self.nth_of(i) {
                return Some(hit);
            }
            if let Some(hit) = self.bare_day(i) {
                return Some(hit);
            }
        }
        if t.ndigits <= 3 {
            return self.count_rel_at(i);
        }
        self.year_alone(i, false)
    }

    /// Numbers glued by `/`, `.` or `-`: `29/06/2026`, `2022-12-19`, `2014-2016`, `12/2022`.
    pub(super) fn numeric_date(&self, i: usize, sep: char) -> Option<Hit> {
        let a = &self.t[i];
        let b = &self.t[i + 2];
        let triple = self.punct(i + 3) == Some(sep)
            && self.glued(i + 2, i + 3)
            && self.glued(i + 3, i + 4)
            && self.kind(i + 4) == Some(Kind::Num);
        if matches!(sep, '/' | '.' | '-') && triple {
            let c = &self.t[i + 4];
            // Four glued groups are an address or a version, not a date.
            if self.punct(i + 5) == Some(sep) && self.glued(i + 4, i + 5) && self.kind(i + 6) == Some(Kind::Num) {
                return Some(Hit::Skip(i + 6));
            }
            // A two-digit year is a short year, resolved near the anchor like `'98`; with dots
            // or dashes only when every part has two digits (`12.03.98`, not `1.10.12`).
            let short = c.ndigits == 2 && (sep == '/' || (a.ndigits == 2 && b.ndigits == 2));
            let (y, m, d) = if a.ndigits == 4 {
                (a.num as i32, b.num, c.num)
            } else if a.ndigits <= 2 && b.ndigits <= 2 && (c.ndigits == 4 || short) {
                let y = c.num as i32;
                // Day first in French and with dots; English slashes and dashes are month
                // first (`03-15-2013` is American) unless the first number cannot be a month.
                if !self.fr() && a.num <= 12 && (matches!(sep, '/' | '-') || b.num > 12) {
                    (y, a.num, b.num)
                } else {
                    (y, b.num, a.num)
                }
            } else {
                return Some(Hit::Skip(i + 4));
            };
            let yy = a.ndigits != 4 && c.ndigits == 2;
            // `10-12-14 sets`: counts, not a short-year date.
            if yy && self.plural_noun(i + 5) {
                return Some(Hit::Skip(i + 4));
            }
            let ok = (1..=12).contains(&m) && (1..=31).contains(&d) && (yy || (1000..=2100).contains(&y));
            return if ok {
                let mut cal = Cal::new(m as u8, d as u8);
                cal.y = Some(y);
                cal.yy = yy;
                emit(i, i + 4, Sem::Cal(cal))
            } else {
                Some(Hit::Skip(i + 4))
            };
        }
        match sep {
            '-' | '–' | '/' if a.ndigits == 4 && (1000..=2100).contains(&a.num) => {
                let y1 = a.num as i32;
                let y2 = match b.ndigits {
                    4 => b.num as i32,
                    // `2014-10` is ISO's October 2014 (a range would end after it starts).
                    // A year and the next one's two digits (`2008-09`, `2011-12`) read either
                    // way: a span across a year end where a word of such spans sits next to it
                    // (`the 2008-09 season`, `fiscal 2011-12`), else ISO's month, as the
                    // contract writes `YYYY-MM`.
                    2 if sep != '/'
                        && (1..=12).contains(&b.num)
                        && !self.next_year_span(i, y1, b.num)
                        && (self.text.as_bytes()[b.start] == b'0'
                            || b.num as i32 == (y1 + 1) % 100
                            || ((y1 - y1 % 100 + b.num as i32) <= y1 && !self.in_slug(i, i + 2))) =>
                    {
                        let mut cal = Cal::new(b.num as u8, 0);
                        cal.y = Some(y1);
                        return emit(i, i + 2, Sem::Cal(cal));
                    }
                    // `1999-00` runs into the next century.
                    2 if b.num as i32 == (y1 + 1) % 100 => y1 + 1,
                    2 => y1 - y1 % 100 + b.num as i32,
                    _ => return Some(Hit::Skip(i + 2)),
                };
                if y2 > y1 && y2 <= 2100 {
                    Some(Hit::Emit(Raw {
                        first: i,
                        last: i + 2,
                        sem: Sem::Cal(Cal::year(y1)),
                        end: Some(Sem::Cal(Cal::year(y2))),
                        cut: Cut::None,
                        end_cut: Cut::None,
                    }))
                } else {
                    Some(Hit::Skip(i + 2))
                }
            }
            '/' if a.ndigits <= 2 && (1..=12).contains(&a.num) && b.ndigits == 4 && (1000..=2100).contains(&b.num) => {
                let mut cal = Cal::new(a.num as u8, 0);
                cal.y = Some(b.num as i32);
                emit(i, i + 2, Sem::Cal(cal))
            }
            '/' if a.ndigits <= 2 && b.ndigits <= 2 => match self.day_month_pair(i) {
                Some(cal) => emit(i, i + 2, Sem::Cal(cal)),
                None => Some(Hit::Skip(i + 2)),
            },
            // `10-12 octobre` is a range read later; a dash between small numbers is left alone.
            '-' | '–' => None,
            _ => Some(Hit::Skip(i + 2)),
        }
    }

    /// A four-digit number standing alone, kept when it reads as a year rather than an amount.
    pub(super) fn year_alone(&self, i: usize, force_context: bool) -> Option<Hit> {
        self.year_alone_in(i, force_context, true)
    }

    /// `over 2000 - 2050`, `1990 – 2010`: a four-digit number before a spaced dash and a
    /// later number read as a year on its own is the first year of a range, whatever word
    /// comes before it (`over`, `about` make the number alone a count), as the glued
    /// `2000-2050` is ([`Self::numeric_date`]). The two ends are joined later.
    fn year_range_start(&self, i: usize, y: i32) -> bool {
        let spaced = !(self.glued(i, i + 1) && self.glued(i + 1, i + 2));
        spaced
            && (1000..=2100).contains(&y)
            && self.is_dash(i + 1)
            && self
                .t
                .get(i + 2)
                .is_some_and(|b| b.kind == Kind::Num && b.ndigits == 4 && (y + 1..=2100).contains(&(b.num as i32)))
            && matches!(self.year_alone_in(i + 2, false, false), Some(Hit::Emit(_)))
    }

    /// [`Self::year_alone`]; `ahead` lets a range's second end decide the first (one step:
    /// the second end is read without looking further).
    fn year_alone_in(&self, i: usize, force_context: bool, ahead: bool) -> Option<Hit> {
        let t = &self.t[i];
        if t.ndigits != 4 {
            return None;
        }
        let y = t.num as i32;
        if self.decimal_after(i) || self.decimal_before(i) {
            return None;
        }
        if (1800..=2100).contains(&y) {
            if let Some(hit) = self.year_then_part(i, y) {
                return Some(hit);
            }
        }
        let prev = i.checked_sub(1);
        let prev_kw = prev.and_then(|p| self.kw(p));
        let prev2_kw = i.checked_sub(2).and_then(|p| self.kw(p));
        let apos_kw = if prev.is_some_and(|p| self.is_apos(p)) { prev2_kw } else { None };
        let year_only = force_context
            || (ahead && self.year_range_start(i, y))
            || matches!(
                prev_kw,
                Some(
                    Kw::En
                        | Kw::In
                        | Kw::Depuis
                        | Kw::Since
                        | Kw::Annee
                        | Kw::An
                        | Kw::Year
                        | Kw::Jusqu
                        | Kw::Debut
                        | Kw::Fin
                        | Kw::Mi
                        | Kw::Courant
                        | Kw::Early
                        | Kw::Late
                        | Kw::Mid
                        | Kw::Milieu
                        | Kw::Until
                )
            )
            || (prev_kw == Some(Kw::Des) && self.t[i - 1].has(ACCENT))
            || matches!(apos_kw, Some(Kw::Ici | Kw::An | Kw::Jusqu))
            || prev.is_some_and(|p| self.word_in(p, self.words().year_before))
            // `the reform of the clergy (1790)`: a number alone in brackets is a
            // year told in passing (a count there carries its noun or its comma: `(1,790)`).
            // Not in French: Belgian and Swiss postcodes stand so (`Ixelles (1050)`).
            || (!self.fr() && prev.is_some_and(|p| self.punct(p) == Some('(')) && self.punct(i + 1) == Some(')'));
        let weak_context = matches!(
            prev_kw,
            Some(
                Kw::De
                    | Kw::Du
                    | Kw::From
                    | Kw::Entre
                    | Kw::Between
                    | Kw::Of
                    | Kw::Avant
                    | Kw::Apres
                    | Kw::Before
                    | Kw::After
                    | Kw::Vers
                    | Kw::Au
                    | Kw::To
                    | Kw::Et
                    | Kw::And
                    | Kw::By
                    | Kw::During
                    | Kw::Pendant
                    | Kw::Through
                    | Kw::The
            )
        ) || (prev_kw == Some(Kw::A) && self.t[i - 1].has(ACCENT));
        let min = if year_only || weak_context { 1000 } else { 1800 };
        if !(min..=2100).contains(&y) {
            return None;
        }
        if year_only {
            return emit(i, i, Sem::Cal(Cal::year(y)));
        }
        // Names and codes: `Windows 2000`, `Flight 2019`; but an event is named by its year
        // (`WWDC 2005`, `Expo 2010`): an acronym or a noun of events before it. An acronym
        // names things as well (`RTX 2080`, `UNSCR 1973`): its number is kept only as a year
        // near the time of writing ([`Cal::near`]), where an event's year is.
        let mut near = false;
        if let Some(p) = prev.filter(|&p| self.is_name_word(p)) {
            if !self.names_event(p) {
                if !self.acronym(p) {
                    return None;
                }
                near = true;
            }
        }
        if self.model_year(i) {
            return None;
        }
        // Model codes glued by a dash: `F-2000`, `A-1990`.
        if let Some(p) = prev {
            if self.is_dash(p)
                && self.glued(p, i)
                && p > 0
                && self.glued(p - 1, p)
                && self.kind(p - 1) != Some(Kind::Num)
            {
                return None;
            }
        }
        // Money, counts, codes and clock times around the number.
        if prev.is_some_and(|p| matches!(self.punct(p), Some('$' | '€' | '£' | '#' | '№' | '+'))) {
            return None;
        }
        if matches!(self.punct(i + 1), Some('%' | '€' | '$' | '£' | '‰' | '×')) {
            return None;
        }
        let w = self.words();
        if prev.is_some_and(|p| self.word_in(p, w.not_year_before))
            || (matches!(prev_kw, Some(Kw::De | Kw::D)) && i >= 2 && self.word_in(i - 2, w.amount_before_de))
        {
            return None;
        }
        if self.kind(i + 1) == Some(Kind::Word) && self.word_in(i + 1, w.count_nouns) {
            return None;
        }
        // `the 2100 block of South 2nd Street`: a street number rounded to its block, as US
        // police news places an incident.
        if !self.fr() && self.word_is(i + 1, &[b"block"]) && self.is_kw(i + 2, Kw::Of) {
            return None;
        }
        // A number that is the subject of a plural verb counts people or things; after a
        // preposition that frames a period it is that period (`results for 1989 were weak`).
        // After `of`, an English number that is not a round hundred is a year (`the
        // campaigns of 1950 were shorter`): English writes a count that large with a comma
        // (`a total of 1,950 were killed`).
        // The noun before `of` must be a plural of things that happen (`the campaigns of`),
        // not a total (`a total of 1573 were arrested`, `a number of`, `thousands of`).
        let year_of = !self.fr()
            && prev_kw == Some(Kw::Of)
            && y % 100 != 0
            && prev.and_then(|p| p.checked_sub(1)).is_some_and(|n| self.plural_of_events(n));
        if self.word_in(i + 1, w.plural_verbs)
            && !year_of
            && !matches!(prev_kw, Some(Kw::For | Kw::During | Kw::Through))
        {
            return None;
        }
        // A bare amount in a range of amounts: `entre 2000 et 3000 soldats`. A range pairs
        // like with like: a share after it is another figure, the number before it a
        // period (`compared to 2022 and 28% compared to 2019`).
        if matches!(self.kw(i + 1), Some(Kw::Et | Kw::And | Kw::To | Kw::A | Kw::Ou | Kw::Or)) || self.is_dash(i + 1) {
            let share = self.glued(i + 2, i + 3) && matches!(self.punct(i + 3), Some('%' | '‰'));
            if let Some(n) = self.t.get(i + 2).filter(|n| n.kind == Kind::Num && !share) {
                if n.ndigits != 4 || n.num > 2100 {
                    return None;
                }
            }
        }
        // A number followed by a plural noun counts things (`2000 soldats`); English allows
        // the year as a modifier after a determiner or preposition (`the 2019 elections`).
        if self.plural_noun(i + 1) && !self.word_in(i + 1, w.year_nouns) {
            let allowed = !self.fr()
                && matches!(
                    prev_kw,
                    Some(
                        Kw::The
                            | Kw::Of
                            | Kw::In
                            | Kw::Since
                            | Kw::From
                            | Kw::Between
                            | Kw::Until
                            | Kw::By
                            | Kw::Before
                            | Kw::After
                            | Kw::During
                            | Kw::For
                            | Kw::This
                            | Kw::That
                    )
                );
            // `its 2019 budget`, `the company's 1997 results`.
            let possessive = !self.fr()
                && prev.is_some_and(|p| {
                    self.word_in(p, self.words().possessives)
                        || (self.word_is(p, &[b"s"]) && p > 0 && self.is_apos(p - 1) && self.glued(p - 1, p))
                });
            // English writes a count of a thousand or more with a comma (`2,016 people`) or
            // rounds it (`2000 companies`): a bare number of the calendar's range that is
            // not a round hundred is a year before any noun (`on 2005 levels`, `upcoming
            // 2025 tours`).
            let calendar = !self.fr() && (1900..=2100).contains(&y) && y % 100 != 0;
            if !allowed && !possessive && !calendar {
                return None;
            }
        }
        emit(i, i, Sem::Cal(Cal { near, ..Cal::year(y) }))
    }

    /// The name ending at `p` names an event: one of its last words is a noun of events
    /// (`Expo 2010`, `Fan Expo Canada 2016`, `the Paris Air Show Asia 2016`).
    fn names_event(&self, p: usize) -> bool {
        let events = self.words().event_nouns;
        (p.saturating_sub(3)..=p).rev().take_while(|&k| self.is_name_word(k)).any(|k| self.word_in(k, events))
    }

    /// The year at `i` dates a thing, not an event: between a determiner of things one owns
    /// or picks (`his`, `a`) and a name that ends the noun phrase (`in his 2008 Bentley
    /// about 1:30 a.m.`, `a 1967 Mustang.`). A name of an event (`their 2010 World Cup`) or
    /// a name before a lowercase head (`her 2016 Senate race`) leaves it a date.
    fn model_year(&self, i: usize) -> bool {
        let w = self.words();
        if i == 0 || !self.word_in(i - 1, w.model_determiners) {
            return false;
        }
        let mut k = i + 1;
        while self.is_name_word(k) && !matches!(self.t[k].lex, Lex::Holiday) {
            if self.word_in(k, w.event_nouns) {
                return false;
            }
            k += 1;
        }
        if k == i + 1 {
            return false;
        }
        match self.t.get(k) {
            None => true,
            Some(t) if t.kind != Kind::Word => t.kind == Kind::Punct,
            Some(_) => self.word_in(k, w.phrase_closers) || matches!(self.t[k].lex, Lex::Kw(_)),
        }
    }

    /// A lowercase word ending in a plural mark that is not a function word.
    pub(super) fn plural_noun(&self, i: usize) -> bool {
        let Some(t) = self.t.get(i) else { return false };
        if t.kind != Kind::Word || t.has(CAP) || t.lex != Lex::None {
            return matches!(
                t.lex,
                Lex::Kw(Kw::An | Kw::Jour | Kw::Mois | Kw::Day | Kw::Year | Kw::Month | Kw::Week | Kw::Semaine)
            );
        }
        let mut buf = [0u8; MAX_WORD];
        let Some(w) = self.folded(i, &mut buf) else {
            return false;
        };
        if w.len() < 4 || !(w.ends_with(b"s") || w.ends_with(b"x")) {
            return false;
        }
        // English singulars in -s: `analysis`, `census`, `congress`.
        if !self.fr() && (w.ends_with(b"is") || w.ends_with(b"us") || w.ends_with(b"ss")) {
            return false;
        }
        !is_in(self.words().function_words, w)
    }

    pub(super) fn decade_at(&self, i: usize) -> Option<Hit> {
        let t = &self.t[i];
        let (y, len) = match t.ndigits {
            // `the 1800s` is a century; `the 2000s` is read as the decade, as news means it.
            4 if (1000..2000).contains(&t.num) && t.num.is_multiple_of(100) && !self.fr() => (t.num as i32, 100),
            4 if (1000..=2090).contains(&t.num) && t.num.is_multiple_of(10) => (t.num as i32, 10),
            // `the '90s`, `the 80s`: only with the determiner, else it is an age; the second of
            // two joined decades shares the first one's (`the 70s and 80s`). Its century is
            // the anchor's business ([`Sem::Years`]).
            2 if t.num.is_multiple_of(10)
                && i > 0
                && (self.is_apos(i - 1)
                    || self.is_kw(i - 1, Kw::The)
                    || self.joined_decade(i)
                    || self.after_the_modifier(i)) =>
            {
                (t.num as i32, 10)
            }
            _ => return None,
        };
        emit(i, i, Sem::Years { first: y, len })
    }
}

impl P<'_> {
    /// `the late 80s`, `the mid-nineties`: a part modifier between the determiner and the
    /// decade at `i` (`in his late 80s`, with no determiner, is an age).
    pub(super) fn after_the_modifier(&self, i: usize) -> bool {
        let m = if i >= 2 && self.is_dash(i - 1) && self.glued(i - 2, i - 1) { i - 2 } else { i.wrapping_sub(1) };
        m >= 1 && m < i && matches!(self.kw(m), Some(Kw::Early | Kw::Mid | Kw::Late)) && self.is_kw(m - 1, Kw::The)
    }

    /// A decade at `i` that `and`, `or` or `to` joins to a decade with its determiner just
    /// before it (`the 70s and 80s`, `the '60s or '70s`).
    fn joined_decade(&self, i: usize) -> bool {
        i >= 2
            && matches!(self.kw(i - 1), Some(Kw::And | Kw::Or | Kw::To))
            && self.t[i - 2].kind == Kind::Decade
            && matches!(self.decade_at(i - 2), Some(Hit::Emit(_)))
    }

    /// `en 97`, `depuis 98`, `dès 99`: a two-digit year after a French preposition of time,
    /// when nothing after it makes the number a count (`en 20 minutes`, `en 97 %`); and
    /// `de 95 à 98`, `entre 97 et 99`, two of them as a range of years.
    pub(super) fn two_digit_year(&self, i: usize) -> Option<Hit> {
        let j = i + 1;
        let yy = |k: usize| Sem::Cal(Cal { y: Some(self.t[k].num as i32), yy: true, ..Cal::new(0, 0) });
        if matches!(self.kw(i), Some(Kw::De | Kw::Entre)) {
            let conn = match self.kw(j + 1) {
                Some(Kw::A) => self.t[j + 1].has(ACCENT) && self.is_kw(i, Kw::De),
                Some(Kw::Et) => self.is_kw(i, Kw::Entre),
                _ => false,
            };
            let (a, b) = (self.two_digits(j)?, self.two_digits(j + 2)?);
            // Years a few apart, in order across a century turn (`de 98 à 02`): not `de 10 à
            // 90`, a spread of amounts.
            let gap = (b - a).rem_euclid(100);
            if !conn || self.decimal_after(j) || gap == 0 || gap > 30 || !self.year_ends(j + 2) {
                return None;
            }
            // `est passé de 10 à 20`, `une hausse de 25 à 30`: amounts that change.
            let mut buf = [0u8; MAX_WORD];
            let before = i.checked_sub(1).and_then(|p| self.folded(p, &mut buf));
            if before.is_some_and(|w| self.words().change_words.iter().any(|c| w.starts_with(c.as_bytes()))) {
                return None;
            }
            return Some(Hit::Emit(Raw {
                first: j,
                last: j + 2,
                sem: yy(j),
                end: Some(yy(j + 2)),
                cut: Cut::None,
                end_cut: Cut::None,
            }));
        }
        self.two_digits(j)?;
        self.year_ends(j).then(|| emit(j, j, yy(j)))?
    }

    /// `Reagan in 80 and 84, Bush in 88 and 92, Gramm in 96, Bush in 2000`: English writes a
    /// bare two-digit year only in a list of `in` items, so the number is a year when it
    /// ends an item after `in` (or after `and`/`or` joining it to such a number) and its
    /// line writes another year of the list in full after `in`. `one in 20` is a ratio.
    fn listed_short_year(&self, i: usize) -> Option<i32> {
        if self.fr() {
            return None;
        }
        let y = self.two_digits(i)?;
        let after_in = |k: usize| k >= 1 && self.is_kw(k - 1, Kw::In) && (k < 2 || !self.counts(k - 2));
        let joined = i >= 2
            && matches!(self.kw(i - 1), Some(Kw::And | Kw::Or))
            && self.two_digits(i - 2).is_some()
            && after_in(i - 2);
        if !(after_in(i) || joined) || !self.year_ends(i) {
            return None;
        }
        // The line, not the sentence: initials in the list (`George H. W. Bush`) end sentences.
        let first = (i.saturating_sub(LIST_REACH)..=i).rev().find(|&k| self.t[k].has(NL)).unwrap_or(0);
        let end = (i + 1..(i + LIST_REACH).min(self.t.len())).find(|&k| self.t[k].has(NL)).unwrap_or(self.t.len());
        let full_year_after_in = (first.max(1)..end).any(|k| self.is_kw(k - 1, Kw::In) && self.year4(k).is_some());
        full_year_after_in.then_some(y)
    }

    /// Whether the token at `k` is a number or `one` (the count of a ratio `one in 20`).
    fn counts(&self, k: usize) -> bool {
        self.t[k].kind == Kind::Num || self.word_is(k, &[b"one"])
    }

    /// A two-digit number at `k`, not the head of a decimal.
    fn two_digits(&self, k: usize) -> Option<i32> {
        let t = self.t.get(k).filter(|t| t.kind == Kind::Num && t.ndigits == 2)?;
        (!self.decimal_after(k)).then_some(t.num as i32)
    }

    /// Nothing after the number at `k` makes it a count: the clause ends, or `et`/`ou` (`and`/`or`) joins
    /// another year. A number joined that way to a count of a unit shares the unit
    /// (`depuis 30 ou 40 ans`: thirty years).
    fn year_ends(&self, k: usize) -> bool {
        match self.t.get(k + 1) {
            None => true,
            Some(n) if n.kind == Kind::Punct => {
                matches!(n.punct(), Some(',' | '.' | ';' | ')' | '»' | '!' | '?' | '"'))
            }
            Some(n) => {
                let joined = matches!(n.lex, Lex::Kw(Kw::Et | Kw::Ou | Kw::And | Kw::Or));
                let counted = joined && self.kind(k + 2) == Some(Kind::Num) && self.unit_at(k + 3).is_some();
                (joined && !counted) || (n.has(NL) && n.kind == Kind::Word)
            }
        }
    }

    /// A year in the slot after a month, a season or a part of a period (`mars 2012`,
    /// `l'été 98`, `fin 98`): four digits, or in French two that count nothing (`mars 97`,
    /// not `mars 12 fois`). English writes the short year with its apostrophe (`'97`), read
    /// on its own.
    pub(super) fn year_slot(&self, k: usize) -> Option<(i32, bool, usize)> {
        if let Some(piece) = self.year_piece(k) {
            return Some(piece);
        }
        // Unlike after a day (`le 5 mai 12 soldats`), a verb may follow here (`l'été 98 fut
        // chaud`): only counted nouns, clock times and amounts rule the year out.
        let y = self.two_digits(k).filter(|_| self.fr())?;
        let counted = self.plural_noun(k + 1)
            || self.word_in(k + 1, self.words().count_nouns)
            || self.word_in(k + 1, self.words().hour_nouns)
            || self.clock_after(k, false).is_some()
            || self.kind(k + 1) == Some(Kind::Num)
            || matches!(self.punct(k + 1), Some('%' | ':' | '/' | '-' | '€' | '$'));
        (!counted).then_some((y, true, k))
    }

    /// A year written in full (`1998`) or, in either language, as its last two digits after
    /// an apostrophe (`'98`, not the `'n'` of `rock'n'roll`): the year, whether it is short,
    /// and its last token. Every slot that takes a year after a day, a month, a season or a
    /// part of a period takes this piece.
    pub(super) fn year_piece(&self, k: usize) -> Option<(i32, bool, usize)> {
        if let Some(y) = self.year4(k) {
            return Some((y, false, k));
        }
        self.apostrophe_year(k + 1).map(|y| (y, true, k + 1))
    }

    /// `'98` with the number at `i`: a glued apostrophe before two digits that head no decimal
    /// and count nothing, the apostrophe not glued to a word before it.
    pub(super) fn apostrophe_year(&self, i: usize) -> Option<i32> {
        let t = self.t.get(i).filter(|t| t.kind == Kind::Num && t.ndigits == 2)?;
        let lone = i < 2 || !self.glued(i - 2, i - 1) || self.is_dash(i - 2);
        (i > 0
            && self.is_apos(i - 1)
            && self.glued(i - 1, i)
            && lone
            && !self.decimal_after(i)
            && !self.plural_noun(i + 1))
        .then_some(t.num as i32)
    }

    /// A year or a century with its era after it (`52 av. J.-C.`, `44 BC`, `800 apr. J.-C.`):
    /// the years before our era are written as ISO 8601 counts them (1 BC is year 0, 44 BC
    /// is -43).
    pub(super) fn era_after(&self, i: usize) -> Option<Hit> {
        let t = &self.t[i];
        if t.ndigits > 4 || t.num == 0 || self.decimal_after(i) || self.decimal_before(i) {
            return None;
        }
        let (bc, last) = self.era_at(i + 1)?;
        let y = if bc { 1 - t.num as i32 } else { t.num as i32 };
        emit(i, last, Sem::Cal(Cal::year(y)))
    }

    /// An era marker at `k`: whether it is before our era, and its last token.
    pub(super) fn era_at(&self, k: usize) -> Option<(bool, usize)> {
        // Every number asks: answer most of them from the first letter of the next word.
        let t = self.t.get(k).filter(|t| t.kind == Kind::Word)?;
        if !matches!(self.text.as_bytes()[t.start].to_ascii_lowercase(), b'a' | b'b' | b'c') {
            return None;
        }
        let w = crate::tagger::lexicon::words(self.lang);
        if let Some((_, last)) = self.match_phrase(k, w.era_bc) {
            return Some((true, last));
        }
        let (_, last) = self.match_phrase(k, w.era_ad)?;
        // Our era's `CE`, `AD` are capitals: `ad` is also a word.
        (self.t[k].has(CAP) || self.fr()).then_some((false, last))
    }

    /// `AD 800`, `A.D. 1066`: the marker in front of the year.
    pub(super) fn era_first(&self, i: usize) -> Option<Hit> {
        if self.fr() || !self.t[i].has(CAP) {
            return None;
        }
        let b = self.text.as_bytes();
        let t = &self.t[i];
        let last = match &b[t.start..t.end] {
            b"AD" => i,
            b"A" if self.punct(i + 1) == Some('.') && self.word_is(i + 2, &[b"d"]) => {
                if self.punct(i + 3) == Some('.') {
                    i + 3
                } else {
                    i + 2
                }
            }
            _ => return None,
        };
        let y = self.t.get(last + 1).filter(|y| y.kind == Kind::Num && y.ndigits <= 4 && y.num > 0)?;
        emit(i, last + 1, Sem::Cal(Cal::year(y.num as i32)))
    }
}

impl P<'_> {
    /// Tokens `first..=last` are glued to letters or dashes around them: part of a slug or a
    /// code (`pression-poutine-2022-12`), not a date.
    /// A bracket or a quotation mark opening before them, or a stop, a comma or a closing
    /// mark after them that no word follows glued (`(2014-10)`, `Published 2014-10.`), is
    /// the sentence's punctuation, not the slug's (`2014-10.html` is still one).
    fn in_slug(&self, first: usize, last: usize) -> bool {
        let opens = |k: usize| matches!(self.punct(k), Some('(' | '[' | '"' | '«' | '“'));
        let closes = |k: usize| {
            matches!(self.punct(k), Some('.' | ',' | ';' | ':' | ')' | ']' | '"' | '»' | '”' | '!' | '?'))
                && !self.glued(k, k + 1)
        };
        (first > 0 && self.glued(first - 1, first) && !opens(first - 1))
            || (self.glued(last, last + 1) && !closes(last + 1))
    }

    /// `17/02`, `17/2` (day first; in English `2/15`, month first unless the first number
    /// cannot be a month), kept only where it cannot be a fraction, a ratio or a score: after
    /// a word that announces a date, or standing alone, and never before `of`, `des`, `%` or
    /// a noun.
    fn day_month_pair(&self, i: usize) -> Option<Cal> {
        let (a, b) = (self.t[i].num, self.t[i + 2].num);
        let (m, d) = if self.fr() || a > 12 { (b, a) } else { (a, b) };
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return None;
        }
        let prev = i.checked_sub(1);
        let announced = prev.is_some_and(|p| {
            matches!(
                self.t[p].lex,
                Lex::Weekday(_)
                    | Lex::WeekdayAbbr(_)
                    | Lex::Kw(
                        Kw::Le
                            | Kw::Du
                            | Kw::Au
                            | Kw::Depuis
                            | Kw::On
                            | Kw::By
                            | Kw::Since
                            | Kw::Until
                            | Kw::From
                            | Kw::Avant
                            | Kw::Apres
                            | Kw::Before
                            | Kw::After
                            | Kw::Jusqu
                            | Kw::Through
                    )
            ) || (self.t[p].has(ACCENT) && matches!(self.t[p].lex, Lex::Kw(Kw::A | Kw::Des)))
        });
        // A range announces its dates too, but fractions come in ranges as well (`between 1/4
        // and 1/2 of the vote`).
        let in_range =
            prev.is_some_and(|p| matches!(self.kw(p), Some(Kw::Between | Kw::Entre)) || self.after_numeric_date(p));
        // Alone: at the start of the text or a line, or after an opening mark.
        let alone = match prev {
            None => true,
            Some(p) => {
                self.t[i].has(NL) || matches!(self.punct(p), Some('(' | '[' | '|' | '-' | '–' | '—' | ':' | ','))
            }
        };
        // A fraction of small numbers (`1/2`, `2/3`, `3/4`) is kept only when announced.
        let fraction = a < b && b <= 4;
        // After a word that often dates (`due 12/1`, `happened 2/9`), anything but a common
        // fraction or a mark out of ten (`rated 4/5`, `scored 9/10`, `fell 1/8`).
        let common_fraction = a < b && matches!(b, 2..=5 | 8 | 10 | 16 | 32 | 64 | 100);
        // `set for 3/5`, `scheduled for 3/5`: the cue may sit before `for`.
        let cue_at = |p: usize| self.word_in(p, self.words().numeric_date_cues);
        // A schedule before `for` dates even a pair that reads as a common fraction.
        let schedule_for = prev.is_some_and(|p| {
            self.word_is(p, &[b"for"])
                && p > 0
                && (cue_at(p - 1)
                    || self.word_is(p - 1, &[b"set", b"planned", b"postponed", b"delayed", b"moved", b"rescheduled"]))
        });
        let cued = schedule_for || (!common_fraction && prev.is_some_and(cue_at));
        let k = i + 3;
        let after_ok = match self.t.get(k) {
            None => true,
            Some(n) if n.kind == Kind::Punct => !matches!(n.punct(), Some('%' | '/' | '-' | '€' | '$')),
            Some(n) if n.kind == Kind::Word => {
                !self.plural_noun(k)
                    && !matches!(n.lex, Lex::Kw(Kw::Of | Kw::De | Kw::Des | Kw::Du | Kw::D))
                    && !self.word_in(k, self.words().ratio_nouns)
            }
            Some(_) => false,
        };
        // English day-first (`24/7`) only where a date is announced: not as the end of a
        // range either (`16/9 and 24/7` are ratios).
        let alone = alone && (self.fr() || a <= 12);
        let in_range = in_range && (self.fr() || a <= 12);
        (after_ok && (announced || cued || ((alone || in_range) && !fraction))).then_some(Cal::new(m as u8, d as u8))
    }

    /// The connective at `p` (`to`, `and`, `au`, `et`, `à`) closes a numeric day and month
    /// (`from 3/1 to 3/5`, `between 1/5 and 1/9`): the number after it is the range's end.
    fn after_numeric_date(&self, p: usize) -> bool {
        let conn = matches!(self.kw(p), Some(Kw::To | Kw::And | Kw::Au | Kw::Et))
            || (self.is_accented_kw(p, Kw::A) && self.fr());
        conn && p >= 3
            && self.kind(p - 1) == Some(Kind::Num)
            && self.punct(p - 2) == Some('/')
            && self.glued(p - 2, p - 1)
            && self.kind(p - 3) == Some(Kind::Num)
            && self.glued(p - 3, p - 2)
    }

    /// An English year in words, as broadcasts transcribe it: `nineteen seventy-nine`,
    /// `nineteen hundred`, and `two thousand` (`and one`) after `the year` or before the end
    /// of a clause (`in two thousand.`), else it counts something.
    pub(super) fn spelled_year(&self, i: usize) -> Option<Hit> {
        if self.fr() {
            return None;
        }
        let Lex::Count(n) = self.t[i].lex else { return None };
        let n = n as i32;
        let mut buf = [0u8; MAX_WORD];
        let next = self.folded(i + 1, &mut buf).map(<[u8]>::to_vec);
        let (y, last) = if (11..=19).contains(&n) {
            let (y, last) = if next.as_deref() == Some(b"hundred") {
                (n * 100, i + 1)
            } else {
                let (m, last) = self.count_at(i + 1).filter(|&(m, _)| (10..=99).contains(&m))?;
                (n * 100 + m, last)
            };
            // `nineteen twenty-five people`, `fifteen fifty-year-olds`: counts.
            let w = self.words();
            if self.plural_noun(last + 1) || self.is_dash(last + 1) || self.word_in(last + 1, w.count_nouns) {
                return None;
            }
            (y, last)
        } else if n == 2 && next.as_deref() == Some(b"thousand") {
            let (m, last) = match self.kw(i + 2) {
                Some(Kw::And) => self.count_at(i + 3).filter(|&(m, _)| (1..=99).contains(&m))?,
                _ => (0, i + 1),
            };
            let after_year = i > 0 && self.is_kw(i - 1, Kw::Year);
            let ends = matches!(self.punct(last + 1), Some('.' | ',' | ';' | '!' | '?')) || last + 1 == self.t.len();
            if !(after_year || (ends && i > 0 && matches!(self.kw(i - 1), Some(Kw::In | Kw::Since | Kw::Until)))) {
                return None;
            }
            (2000 + m, last)
        } else {
            return None;
        };
        emit(i, last, Sem::Cal(Cal::year(y)))
    }
}
