//! Patterns over the token stream: what each expression says, before any anchor is known.
//!
//! Matching is separate from resolution so that the document date can be inferred from the
//! text's own dates before the relative expressions are computed from it.

use super::lexicon::{fold, Kw, Lex, MAX_WORD};
use super::tokens::{Kind, Tok, ACCENT, CAP, SENT_START};
use crate::dates::Lang;

/// How a calendar expression is tied to the document date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mod {
    None,
    /// `dernier`, `last`: strictly before the anchor.
    Last,
    /// `prochain`, `next`: strictly after the anchor.
    Next,
    /// `ce`, `this`: the one of the anchor's week, month or year.
    This,
}

/// The step of a relative expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Day,
    /// A counted week (`il y a deux semaines`): a day seven days per week away.
    WeekPoint,
    /// A calendar week (`la semaine dernière`): Monday to Sunday.
    Week,
    /// Saturday and Sunday.
    Weekend,
    Month,
    /// A calendar quarter: January to March, April to June...
    Quarter,
    Year,
    /// A century as TimeML counts them: 1900 to 1999 is the twentieth.
    Century,
}

/// A calendar date with what the text left out still open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cal {
    pub y: Option<i32>,
    /// 0 when not written.
    pub m: u8,
    /// 0 when not written.
    pub d: u8,
    pub wd: Option<u8>,
    pub modi: Mod,
    /// Year relative to the anchor's (`mars l'an dernier`).
    pub yrel: Option<i32>,
}

impl Cal {
    fn new(m: u8, d: u8) -> Cal {
        Cal { y: None, m, d, wd: None, modi: Mod::None, yrel: None }
    }

    fn year(y: i32) -> Cal {
        Cal { y: Some(y), ..Cal::new(0, 0) }
    }
}

/// What an expression means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sem {
    Cal(Cal),
    Weekday {
        wd: u8,
        modi: Mod,
    },
    /// `n` units from the anchor.
    Rel {
        n: i32,
        unit: Unit,
    },
    /// English `in two weeks`: a point ahead only in a clause about the future; elsewhere it
    /// measures a duration (`the first time in three years`, `the lowest in a decade`).
    InFuture {
        n: i32,
        unit: Unit,
    },
    /// `n` units from the previous date of the text.
    Prev {
        n: i32,
        unit: Unit,
    },
    /// The weekday after (`dir` 1) or before (-1) the previous date.
    PrevWeekday {
        wd: u8,
        dir: i8,
    },
    /// The years `first..first + len`: a decade or a century.
    Years {
        first: i32,
        len: i32,
    },
    /// Quarter or half `n` (1-based) of a year cut into `parts` (4 or 2), or, when `parts` is
    /// 0, season `n` (0 spring, 1 summer, 2 autumn, 3 winter), with no year written: the
    /// year comes from `yrel`, `modi` or the tense, like a month's.
    Part {
        n: u8,
        parts: u8,
        modi: Mod,
        yrel: Option<i32>,
    },
}

/// A matched expression: tokens `first..=last`, and the end of the range when it is one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Raw {
    pub first: usize,
    pub last: usize,
    pub sem: Sem,
    pub end: Option<Sem>,
}

enum Hit {
    Emit(Raw),
    /// Tokens that must not be read again (the parts of `38,5` or of a version number).
    Skip(usize),
}

/// Finds every expression of the token stream, ranges merged.
pub(crate) fn find(text: &str, lang: Lang, toks: &[Tok]) -> Vec<Raw> {
    let p = P { text, lang, t: toks };
    let mut raws = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match p.try_at(i, 0) {
            Some(Hit::Emit(r)) => {
                i = r.last.max(i) + 1;
                raws.push(r);
            }
            Some(Hit::Skip(last)) => i = last.max(i) + 1,
            None => i += 1,
        }
    }
    p.merge_ranges(raws)
}

struct P<'a> {
    text: &'a str,
    lang: Lang,
    t: &'a [Tok],
}

fn emit(first: usize, last: usize, sem: Sem) -> Option<Hit> {
    Some(Hit::Emit(Raw { first, last, sem, end: None }))
}

impl<'a> P<'a> {
    fn fr(&self) -> bool {
        self.lang == Lang::Fr
    }

    fn kw(&self, i: usize) -> Option<Kw> {
        match self.t.get(i)?.lex {
            Lex::Kw(k) => Some(k),
            _ => None,
        }
    }

    fn is_kw(&self, i: usize, k: Kw) -> bool {
        self.kw(i) == Some(k)
    }

    /// `i` is the given keyword written with an accent (`à`, `dès`, `là`, `passé`).
    fn is_accented_kw(&self, i: usize, k: Kw) -> bool {
        self.is_kw(i, k) && self.t[i].has(ACCENT)
    }

    fn punct(&self, i: usize) -> Option<char> {
        self.t.get(i)?.punct()
    }

    fn is_apos(&self, i: usize) -> bool {
        matches!(self.punct(i), Some('\'' | '’' | 'ʼ' | '`' | '´'))
    }

    fn is_dash(&self, i: usize) -> bool {
        matches!(self.punct(i), Some('-' | '–' | '—' | '‑' | '‐'))
    }

    fn glued(&self, i: usize, j: usize) -> bool {
        match (self.t.get(i), self.t.get(j)) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        }
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        self.t.get(i).map(|t| t.kind)
    }

    fn folded<'b>(&self, i: usize, buf: &'b mut [u8; MAX_WORD]) -> Option<&'b [u8]> {
        let t = self.t.get(i)?;
        if t.kind != Kind::Word {
            return None;
        }
        fold(&self.text[t.start..t.end], buf)
    }

    fn word_is(&self, i: usize, words: &[&[u8]]) -> bool {
        let mut buf = [0u8; MAX_WORD];
        self.folded(i, &mut buf).is_some_and(|w| words.contains(&w))
    }

    /// A capitalised word that does not start its sentence: part of a name.
    fn is_name_word(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.kind == Kind::Word && t.has(CAP) && !t.has(SENT_START) && t.lex == Lex::None)
    }

    /// The article in front of `i` (`le`, `la`, `l'`), for relative noun phrases that include it.
    fn article_before(&self, i: usize) -> Option<usize> {
        if i >= 2 && self.is_apos(i - 1) && self.is_kw(i - 2, Kw::L) {
            return Some(i - 2);
        }
        if i >= 1 && matches!(self.kw(i - 1), Some(Kw::Le | Kw::La | Kw::The)) && !self.t[i - 1].has(ACCENT) {
            return Some(i - 1);
        }
        None
    }

    // ----- numbers -----

    /// A day of the month written at `i`: `19`, `1er`, `19th`, `premier`, `Ier`.
    fn day_num(&self, i: usize) -> Option<u8> {
        let t = self.t.get(i)?;
        match t.kind {
            Kind::Num | Kind::Ordinal if t.ndigits <= 2 && (1..=31).contains(&t.num) => {
                // `19,5 %` or `3.14` are not days.
                if t.kind == Kind::Num && self.decimal_after(i) {
                    return None;
                }
                Some(t.num as u8)
            }
            Kind::Word if matches!(t.lex, Lex::Kw(Kw::Premier | Kw::Ier)) => Some(1),
            _ => None,
        }
    }

    /// `i` is followed by a glued `,` or `.` and more digits.
    fn decimal_after(&self, i: usize) -> bool {
        matches!(self.punct(i + 1), Some(',' | '.'))
            && self.glued(i, i + 1)
            && self.glued(i + 1, i + 2)
            && self.kind(i + 2) == Some(Kind::Num)
    }

    fn decimal_before(&self, i: usize) -> bool {
        i >= 2
            && matches!(self.punct(i - 1), Some(',' | '.'))
            && self.glued(i - 1, i)
            && self.glued(i - 2, i - 1)
            && self.kind(i - 2) == Some(Kind::Num)
    }

    /// A four-digit year written right after a month or day.
    fn year4(&self, i: usize) -> Option<i32> {
        let t = self.t.get(i)?;
        (t.kind == Kind::Num && t.ndigits == 4 && (1000..=2100).contains(&t.num) && !self.decimal_after(i))
            .then_some(t.num as i32)
    }

    /// A count at `i` (`3`, `trois`, `vingt-deux`, `a`) and its last token.
    fn count_at(&self, i: usize) -> Option<(i32, usize)> {
        let t = self.t.get(i)?;
        match t.kind {
            Kind::Num if t.ndigits <= 3 && !self.decimal_after(i) && !self.decimal_before(i) => Some((t.num as i32, i)),
            Kind::Word => {
                let n = match t.lex {
                    Lex::Count(n) => n as i32,
                    Lex::Sept => 7,
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

    fn unit_count(&self, i: usize) -> Option<i32> {
        match self.t.get(i)?.lex {
            Lex::Count(n) if n < 10 => Some(n as i32),
            Lex::Sept => Some(7),
            _ => None,
        }
    }

    /// A time unit noun at `i`: the unit and how many of it one stands for.
    fn unit_at(&self, i: usize) -> Option<(Unit, i32)> {
        Some(match self.kw(i)? {
            Kw::Jour | Kw::Day => (Unit::Day, 1),
            Kw::Semaine => (Unit::WeekPoint, 1),
            Kw::Week if !self.fr() => (Unit::WeekPoint, 1),
            Kw::Mois | Kw::Month => (Unit::Month, 1),
            Kw::An | Kw::Annee | Kw::Annees | Kw::Year => (Unit::Year, 1),
            Kw::Decennie | Kw::Decade => (Unit::Year, 10),
            Kw::Fortnight => (Unit::WeekPoint, 2),
            _ => return None,
        })
    }

    /// `deux ans`, `three weeks`: signed amount in units, the unit, the last token.
    fn count_unit(&self, i: usize) -> Option<(i32, Unit, usize)> {
        let (n, k) = self.count_at(i)?;
        let (unit, mult) = self.unit_at(k + 1)?;
        if n == 0 || n > 500 {
            return None;
        }
        Some((n * mult, unit, k + 1))
    }

    // ----- months and weekdays -----

    /// A month name at `i`: month, last token (a glued abbreviation dot included), abbreviated.
    fn month_at(&self, i: usize, after_day: bool) -> Option<(u8, usize, bool)> {
        let t = self.t.get(i)?;
        let (m, abbr) = match t.lex {
            Lex::Month(m) => (m, false),
            Lex::MonthAbbr(m) => (m, true),
            Lex::Sept if after_day => (9, true),
            _ => return None,
        };
        // English months are always capitalised; lowercase `may` and `march` are verbs.
        if !self.fr() && !t.has(CAP) {
            return None;
        }
        let last = if abbr && self.punct(i + 1) == Some('.') && self.glued(i, i + 1) { i + 1 } else { i };
        Some((m, last, abbr))
    }

    /// `19 décembre 2022`, `1er mars`, `19th of December`, starting at the day token `i`.
    fn day_month_from(&self, i: usize, d: u8) -> Option<(Cal, usize)> {
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
        let mut cal = Cal::new(m, d);
        if named && (d, m) == (11, 9) {
            cal.y = Some(2001);
            return Some((cal, last));
        }
        let mut k = last + 1;
        if !self.fr() && self.punct(k) == Some(',') && self.year4(k + 1).is_some() {
            k += 1;
        }
        if let Some(y) = self.year4(k) {
            cal.y = Some(y);
            last = k;
        } else {
            last = self.postfix(&mut cal, last);
        }
        Some((cal, last))
    }

    /// After a month without its year: `dernier`/`prochain`, or a year relative to the
    /// anchor (`de l'année dernière`, `last year`).
    fn postfix(&self, cal: &mut Cal, last: usize) -> usize {
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
        if let Some((r, end)) = self.yrel_at(j) {
            cal.yrel = Some(r);
            return end;
        }
        last
    }

    /// `(de) l'année dernière`, `(de) l'an prochain`, `de cette année`, `(of) last year`.
    fn yrel_at(&self, mut j: usize) -> Option<(i32, usize)> {
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
    fn month_alone_ok(&self, i: usize, in_context: bool) -> bool {
        if in_context {
            return true;
        }
        let t = &self.t[i];
        let prev = i.checked_sub(1);
        let prev_kw = prev.and_then(|p| self.kw(p));
        if self.fr() {
            if t.has(CAP) && !t.has(SENT_START) && self.word_is(i, &[b"mars"]) {
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
        let prep = matches!(
            prev_kw,
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
                    | Kw::And
                    | Kw::Or
                    | Kw::End
            )
        );
        if prep {
            return true;
        }
        if t.lex == Lex::Month(5) {
            return false;
        }
        let name_before = prev.is_some_and(|p| self.is_name_word(p));
        // `March of Dimes`: a name whatever comes before it.
        let name_after = self.is_name_word(i + 1) || (self.is_kw(i + 1, Kw::Of) && self.is_name_word(i + 2));
        !(name_before || name_after)
    }

    /// A month first: `December 19, 2022`, `décembre 2022`, `en février`, `octobre dernier`.
    fn month_first(&self, i: usize, modi: Mod, in_context: bool) -> Option<(Cal, usize)> {
        let (m, mut last, abbr) = self.month_at(i, false)?;
        let mut cal = Cal::new(m, 0);
        cal.modi = modi;
        let k = last + 1;
        if !self.fr() {
            if let Some(d) = self.day_num(k).filter(|_| self.kind(k) != Some(Kind::Word)) {
                let time_or_amount = matches!(self.punct(k + 1), Some(':' | '%')) && self.glued(k, k + 1);
                if !time_or_amount && self.year4(k).is_none() {
                    cal.d = d;
                    last = k;
                    let mut y = k + 1;
                    if self.punct(y) == Some(',') {
                        y += 1;
                    }
                    if let Some(year) = self.year4(y) {
                        cal.y = Some(year);
                        last = y;
                    } else {
                        last = self.postfix(&mut cal, last);
                    }
                    return Some((cal, last));
                }
            }
        }
        let mut y = k;
        if !self.fr() && (self.punct(y) == Some(',') || self.is_kw(y, Kw::Of)) {
            y += 1;
        }
        if let Some(year) = self.year4(y) {
            cal.y = Some(year);
            return Some((cal, y));
        }
        if abbr || !self.month_alone_ok(i, in_context || modi != Mod::None) {
            return None;
        }
        last = self.postfix(&mut cal, last);
        Some((cal, last))
    }

    /// A weekday at `i`, with the date that may follow it, its modifiers and its time of day.
    fn weekday_from(&self, i: usize, first: usize, modi: Mod) -> Option<Hit> {
        let (wd, abbr) = match self.t.get(i)?.lex {
            Lex::Weekday(w) => (w, false),
            Lex::WeekdayAbbr(w) => (w, true),
            _ => return None,
        };
        let mut j = i + 1;
        if abbr && self.punct(j) == Some('.') {
            j += 1;
        }
        if self.punct(j) == Some(',') {
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
            let numeric = matches!(self.kind(j), Some(Kind::Num | Kind::Ordinal));
            let counted = self.plural_noun(j + 1) || self.word_is(j + 1, &[b"h", b"heures", b"heure", b"hours"]);
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
        if abbr {
            return None;
        }
        let prev = first.checked_sub(1);
        // Habits (`chaque lundi`, `every Monday`) and named days (`Black Friday`,
        // `Mardi gras`) are not dates of the story.
        if prev.is_some_and(|p| matches!(self.kw(p), Some(Kw::Chaque | Kw::Every))) {
            return None;
        }
        const NAMED_BEFORE: [&[u8]; 12] = [
            b"black", b"good", b"super", b"bloody", b"cyber", b"holy", b"easter", b"ash", b"palm", b"boxing", b"fat",
            b"blue",
        ];
        if prev.is_some_and(|p| self.t[p].has(CAP) && self.word_is(p, &NAMED_BEFORE)) {
            return None;
        }
        if self.fr() && self.word_is(i + 1, &[b"gras", b"saint", b"noir"]) {
            return None;
        }
        if self.fr() && self.is_kw(i + 1, Kw::De) && self.word_is(i + 2, &[b"paques", b"pentecote"]) {
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
        if first == i && prev.is_some_and(|p| matches!(self.kw(p), Some(Kw::Le | Kw::The | Kw::Les))) {
            return None;
        }
        let mut modi = modi;
        let mut last = i;
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

    /// Extends over a time of day after a day word: `lundi soir`, `hier matin`, `Monday night`.
    fn time_of_day(&self, last: usize) -> usize {
        let k = last + 1;
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

    // ----- years -----

    /// A four-digit number standing alone, kept when it reads as a year rather than an amount.
    fn year_alone(&self, i: usize, force_context: bool) -> Option<Hit> {
        let t = &self.t[i];
        if t.ndigits != 4 {
            return None;
        }
        let y = t.num as i32;
        if self.decimal_after(i) || self.decimal_before(i) {
            return None;
        }
        let prev = i.checked_sub(1);
        let prev_kw = prev.and_then(|p| self.kw(p));
        let prev2_kw = i.checked_sub(2).and_then(|p| self.kw(p));
        let apos_kw = if prev.is_some_and(|p| self.is_apos(p)) { prev2_kw } else { None };
        let year_only = force_context
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
            || matches!(apos_kw, Some(Kw::Ici | Kw::An | Kw::Jusqu));
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
        // Names and codes: `Windows 2000`, `Flight 2019`.
        if prev.is_some_and(|p| self.is_name_word(p)) {
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
        const BEFORE: [&[u8]; 27] = [
            b"n",
            b"no",
            b"numero",
            b"number",
            b"page",
            b"p",
            b"article",
            b"art",
            b"route",
            b"vol",
            b"boeing",
            b"airbus",
            b"environ",
            b"quelque",
            b"about",
            b"some",
            b"nearly",
            b"almost",
            b"over",
            b"than",
            b"approximately",
            b"roughly",
            b"moins",
            b"plus",
            b"pres",
            b"least",
            b"totalling",
        ];
        if prev.is_some_and(|p| self.word_is(p, &BEFORE))
            || (matches!(prev_kw, Some(Kw::De | Kw::D))
                && i >= 2
                && self.word_is(i - 2, &[b"pres", b"plus", b"moins", b"autour"]))
        {
            return None;
        }
        const UNITS: [&[u8]; 48] = [
            b"euros",
            b"euro",
            b"dollars",
            b"dollar",
            b"livres",
            b"km",
            b"kilometres",
            b"kilometers",
            b"metres",
            b"meters",
            b"m",
            b"kg",
            b"tonnes",
            b"tons",
            b"hectares",
            b"ha",
            b"percent",
            b"pour",
            b"per",
            b"personnes",
            b"people",
            b"habitants",
            b"morts",
            b"deaths",
            b"soldats",
            b"soldiers",
            b"troops",
            b"hommes",
            b"men",
            b"gmt",
            b"utc",
            b"h",
            b"heures",
            b"hours",
            b"minutes",
            b"points",
            b"voix",
            b"votes",
            b"barils",
            b"barrels",
            b"jobs",
            b"emplois",
            b"members",
            b"membres",
            b"cases",
            b"victims",
            b"victimes",
            b"residents",
        ];
        if self.kind(i + 1) == Some(Kind::Word) && self.word_is(i + 1, &UNITS) {
            return None;
        }
        // A number that is the subject of a plural verb counts people or things.
        const PLURAL_VERBS: [&[u8]; 9] =
            [b"ont", b"sont", b"avaient", b"etaient", b"seront", b"were", b"are", b"have", b"had"];
        if self.word_is(i + 1, &PLURAL_VERBS) {
            return None;
        }
        // A bare amount in a range of amounts: `entre 2000 et 3000 soldats`.
        if matches!(self.kw(i + 1), Some(Kw::Et | Kw::And | Kw::To | Kw::A | Kw::Ou | Kw::Or)) || self.is_dash(i + 1) {
            if let Some(n) = self.t.get(i + 2).filter(|n| n.kind == Kind::Num) {
                if n.ndigits != 4 || n.num > 2100 {
                    return None;
                }
            }
        }
        // A number followed by a plural noun counts things (`2000 soldats`); English allows
        // the year as a modifier after a determiner or preposition (`the 2019 elections`).
        if self.plural_noun(i + 1) {
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
                    self.word_is(p, &[b"its", b"their", b"his", b"her", b"our"])
                        || (self.word_is(p, &[b"s"]) && p > 0 && self.is_apos(p - 1) && self.glued(p - 1, p))
                });
            if !allowed && !possessive {
                return None;
            }
        }
        emit(i, i, Sem::Cal(Cal::year(y)))
    }

    /// A lowercase word ending in a plural mark that is not a function word.
    fn plural_noun(&self, i: usize) -> bool {
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
        const FUNCTION: [&[u8]; 24] = [
            b"dans", b"sous", b"vers", b"chez", b"sans", b"puis", b"mais", b"plus", b"moins", b"alors", b"tous",
            b"toutes", b"lors", b"elles", b"nous", b"vous", b"leurs", b"apres", b"this", b"was", b"has", b"its",
            b"always", b"thus",
        ];
        !FUNCTION.contains(&w)
    }

    // ----- dispatch -----

    fn try_at(&self, i: usize, depth: u8) -> Option<Hit> {
        let t = self.t.get(i)?;
        match t.kind {
            Kind::Num => self.num_at(i),
            Kind::Ordinal if self.is_kw(i + 1, Kw::Century) => self.century(i),
            Kind::Ordinal => {
                let d = self.day_num(i)?;
                let (cal, last) = self.day_month_from(i, d)?;
                emit(i, last, Sem::Cal(cal))
            }
            Kind::Decade => self.decade_at(i),
            Kind::Other => self.part_code(i),
            Kind::Word => match t.lex {
                Lex::None if self.is_kw(i + 1, Kw::Century) => self.century(i),
                Lex::None => None,
                Lex::Month(_) | Lex::MonthAbbr(_) => {
                    let (cal, last) = self.month_first(i, Mod::None, false)?;
                    emit(i, last, Sem::Cal(cal))
                }
                Lex::Weekday(_) | Lex::WeekdayAbbr(_) => self.weekday_from(i, i, Mod::None),
                Lex::Count(_) | Lex::Sept => self.count_rel_at(i),
                Lex::Kw(k) => self.kw_at(i, k, depth),
            },
            _ => None,
        }
    }

    fn num_at(&self, i: usize) -> Option<Hit> {
        let t = &self.t[i];
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
        }
        if t.ndigits <= 3 {
            return self.count_rel_at(i);
        }
        self.year_alone(i, false)
    }

    /// Numbers glued by `/`, `.` or `-`: `29/06/2026`, `2022-12-19`, `2014-2016`, `12/2022`.
    fn numeric_date(&self, i: usize, sep: char) -> Option<Hit> {
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
            let (y, m, d) = if a.ndigits == 4 {
                (a.num as i32, b.num, c.num)
            } else if a.ndigits <= 2 && b.ndigits <= 2 && (c.ndigits == 4 || (c.ndigits == 2 && sep == '/')) {
                let y = if c.ndigits == 4 {
                    c.num as i32
                } else if c.num < 50 {
                    2000 + c.num as i32
                } else {
                    1900 + c.num as i32
                };
                // Day first everywhere; English month-first only when the day cannot be a month.
                if !self.fr() && b.num > 12 && a.num <= 12 {
                    (y, a.num, b.num)
                } else {
                    (y, b.num, a.num)
                }
            } else {
                return Some(Hit::Skip(i + 4));
            };
            let ok = (1..=12).contains(&m) && (1..=31).contains(&d) && (1000..=2100).contains(&y);
            return if ok {
                let mut cal = Cal::new(m as u8, d as u8);
                cal.y = Some(y);
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
                    2 if sep != '/' && self.text.as_bytes()[b.start] == b'0' && (1..=12).contains(&b.num) => {
                        let mut cal = Cal::new(b.num as u8, 0);
                        cal.y = Some(y1);
                        return emit(i, i + 2, Sem::Cal(cal));
                    }
                    2 => y1 - y1 % 100 + b.num as i32,
                    _ => return Some(Hit::Skip(i + 2)),
                };
                if y2 > y1 && y2 <= 2100 {
                    Some(Hit::Emit(Raw {
                        first: i,
                        last: i + 2,
                        sem: Sem::Cal(Cal::year(y1)),
                        end: Some(Sem::Cal(Cal::year(y2))),
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
            // `le 19/12`: day and month, in French only after a determiner that announces a date.
            '/' if self.fr()
                && a.ndigits <= 2
                && b.ndigits <= 2
                && (1..=31).contains(&a.num)
                && (1..=12).contains(&b.num)
                && i > 0
                && matches!(self.kw(i - 1), Some(Kw::Le | Kw::Du | Kw::Au | Kw::Depuis)) =>
            {
                emit(i, i + 2, Sem::Cal(Cal::new(b.num as u8, a.num as u8)))
            }
            // `10-12 octobre` is a range read later; a dash between small numbers is left alone.
            '-' | '–' => None,
            _ => Some(Hit::Skip(i + 2)),
        }
    }

    fn decade_at(&self, i: usize) -> Option<Hit> {
        let t = &self.t[i];
        let (y, len) = match t.ndigits {
            // `the 1800s` is a century; `the 2000s` is read as the decade, as news means it.
            4 if (1000..2000).contains(&t.num) && t.num.is_multiple_of(100) && !self.fr() => (t.num as i32, 100),
            4 if (1000..=2090).contains(&t.num) && t.num.is_multiple_of(10) => (t.num as i32, 10),
            // `the '90s`, `the 80s`: only with the determiner, else it is an age.
            2 if t.num.is_multiple_of(10) && i > 0 && (self.is_apos(i - 1) || self.is_kw(i - 1, Kw::The)) => {
                (1900 + t.num as i32, 10)
            }
            _ => return None,
        };
        emit(i, i, Sem::Years { first: y, len })
    }

    /// `trois jours plus tard`, `two years ago`, `deux ans auparavant`.
    fn count_rel_at(&self, i: usize) -> Option<Hit> {
        if i > 0
            && matches!(
                self.kw(i - 1),
                Some(Kw::Pendant | Kw::Depuis | Kw::For | Kw::During | Kw::Within | Kw::Past | Kw::Last | Kw::Next)
            )
        {
            return None;
        }
        let (n, unit, k) = self.count_unit(i)?;
        let j = k + 1;
        let prev = |n: i32, last: usize| emit(i, last, Sem::Prev { n, unit });
        if self.fr() {
            return match self.kw(j)? {
                Kw::Plus if self.is_kw(j + 1, Kw::Tard) => prev(n, j + 1),
                Kw::Plus if self.is_kw(j + 1, Kw::Tot) => prev(-n, j + 1),
                Kw::Apres => prev(n, j),
                Kw::Auparavant => prev(-n, j),
                Kw::Avant if !self.is_dash(j + 1) => prev(-n, j),
                _ => None,
            };
        }
        match self.kw(j)? {
            Kw::Later | Kw::After => prev(n, j),
            Kw::Earlier | Kw::Before => prev(-n, j),
            Kw::Ago => emit(i, j, Sem::Rel { n: -n, unit }),
            Kw::From if self.is_kw(j + 1, Kw::Now) => emit(i, j + 1, Sem::Rel { n, unit }),
            _ => None,
        }
    }

    fn kw_at(&self, i: usize, k: Kw, depth: u8) -> Option<Hit> {
        let rel = |first: usize, last: usize, n: i32, unit: Unit| emit(first, last, Sem::Rel { n, unit });
        let prev_rel = |first: usize, last: usize, n: i32, unit: Unit| emit(first, last, Sem::Prev { n, unit });
        let j = i + 1;
        match k {
            Kw::Aujourd if self.is_apos(j) && self.is_kw(j + 1, Kw::Hui) => rel(i, j + 1, 0, Unit::Day),
            Kw::Hier => rel(i, self.time_of_day(i), -1, Unit::Day),
            Kw::Demain => rel(i, self.time_of_day(i), 1, Unit::Day),
            Kw::Avant if self.is_dash(j) && self.glued(i, j) && self.is_kw(j + 1, Kw::Hier) => {
                rel(i, self.time_of_day(j + 1), -2, Unit::Day)
            }
            Kw::Avant if self.is_dash(j) && self.is_kw(j + 1, Kw::Veille) => {
                prev_rel(self.article_before(i).unwrap_or(i), j + 1, -2, Unit::Day)
            }
            Kw::Apres if self.is_dash(j) && self.glued(i, j) && self.is_kw(j + 1, Kw::Demain) => {
                rel(i, self.time_of_day(j + 1), 2, Unit::Day)
            }
            Kw::Today | Kw::Tonight => {
                // `USA Today` is a newspaper.
                let prev_capital =
                    i > 0 && matches!(self.t[i - 1].kind, Kind::Word | Kind::Other) && self.t[i - 1].has(CAP);
                if self.t[i].has(CAP) && prev_capital {
                    return None;
                }
                rel(i, self.time_of_day(i), 0, Unit::Day)
            }
            Kw::Yesterday => rel(i, self.time_of_day(i), -1, Unit::Day),
            Kw::Tomorrow => rel(i, self.time_of_day(i), 1, Unit::Day),
            Kw::Lendemain | Kw::Surlendemain | Kw::Veille => {
                let n = match k {
                    Kw::Lendemain => 1,
                    Kw::Surlendemain => 2,
                    _ => -1,
                };
                // Without a determiner, `veille` is a watch and `lendemain` a future; an
                // adjective after it makes it the noun again (`la veille technologique`).
                let first = match self.article_before(i) {
                    Some(a) => a,
                    None if i > 0 && matches!(self.kw(i - 1), Some(Kw::Au | Kw::Du)) => i,
                    None => return None,
                };
                const ADJECTIVE: [&[u8]; 11] = [
                    b"ique", b"iques", b"ale", b"ales", b"elle", b"elles", b"aire", b"aires", b"ive", b"ives", b"iste",
                ];
                let mut buf = [0u8; MAX_WORD];
                if !self.t.get(j).is_some_and(|t| t.has(CAP))
                    && self.folded(j, &mut buf).is_some_and(|w| ADJECTIVE.iter().any(|s| w.ends_with(s)))
                {
                    return None;
                }
                prev_rel(first, self.time_of_day(i), n, Unit::Day)
            }
            Kw::Jour if self.fr() => {
                let first = self.article_before(i)?;
                if self.is_kw(j, Kw::Suivant) {
                    return prev_rel(first, j, 1, Unit::Day);
                }
                if self.is_kw(j, Kw::Precedent) {
                    return prev_rel(first, j, -1, Unit::Day);
                }
                if self.is_kw(j, Kw::Meme) {
                    return prev_rel(first, j, 0, Unit::Day);
                }
                if self.is_kw(j, Kw::D) && self.is_apos(j + 1) {
                    match self.kw(j + 2) {
                        Some(Kw::Apres) => return prev_rel(first, j + 2, 1, Unit::Day),
                        Some(Kw::Avant) => return prev_rel(first, j + 2, -1, Unit::Day),
                        _ => {}
                    }
                }
                None
            }
            Kw::Meme if self.fr() => {
                let first = self.article_before(i)?;
                let unit = self.calendar_unit(j)?;
                prev_rel(first, j, 0, unit)
            }
            Kw::Semaine | Kw::Mois | Kw::An | Kw::Annee | Kw::Nuit | Kw::Quarter | Kw::Century
                if self.fr()
                    && (!matches!(k, Kw::Quarter | Kw::Century)
                        || matches!(self.kw(j), Some(Kw::Dernier | Kw::Prochain | Kw::Suivant | Kw::Precedent))
                        || self.is_accented_kw(j, Kw::Passe)) =>
            {
                let unit = match k {
                    Kw::Semaine => Unit::Week,
                    Kw::Mois => Unit::Month,
                    Kw::Nuit => Unit::Day,
                    Kw::Quarter => Unit::Quarter,
                    Kw::Century => Unit::Century,
                    _ => Unit::Year,
                };
                let first = self.article_before(i).unwrap_or(i);
                if self.is_kw(j, Kw::Dernier) || self.is_accented_kw(j, Kw::Passe) {
                    return rel(first, j, -1, unit);
                }
                if k == Kw::Nuit {
                    return None;
                }
                if self.is_kw(j, Kw::Prochain) {
                    return rel(first, j, 1, unit);
                }
                if self.is_kw(j, Kw::Suivant) {
                    return prev_rel(first, j, 1, unit);
                }
                if self.is_kw(j, Kw::Precedent) {
                    return prev_rel(first, j, -1, unit);
                }
                None
            }
            Kw::Annees if self.fr() => {
                let t = self.t.get(j).filter(|t| t.kind == Kind::Num)?;
                let y = match t.ndigits {
                    4 if (1000..=2090).contains(&t.num) && t.num.is_multiple_of(10) => t.num as i32,
                    2 if t.num.is_multiple_of(10) => 1900 + t.num as i32,
                    _ => return None,
                };
                emit(i, j, Sem::Years { first: y, len: 10 })
            }
            Kw::Week if self.fr() && self.is_dash(j) && self.is_kw(j + 1, Kw::End) => self.weekend_fr(i, j + 1),
            Kw::Weekend if self.fr() => self.weekend_fr(i, i),
            Kw::Ce | Kw::Cet | Kw::Cette | Kw::This => self.deictic(i),
            Kw::That if !self.fr() => {
                let unit = match self.kw(j)? {
                    Kw::Morning | Kw::Afternoon | Kw::Evening | Kw::Night => Unit::Day,
                    _ => self.calendar_unit(j)?,
                };
                prev_rel(i, j, 0, unit)
            }
            Kw::Last | Kw::Next if !self.fr() => {
                if i > 0 && self.is_kw(i - 1, Kw::The) {
                    return None;
                }
                let (n, modi) = if k == Kw::Last { (-1, Mod::Last) } else { (1, Mod::Next) };
                if let Some(Lex::Weekday(_)) = self.t.get(j).map(|t| t.lex) {
                    return self.weekday_from(j, i, modi);
                }
                if self.month_at(j, false).is_some() {
                    let (cal, last) = self.month_first(j, modi, true)?;
                    return emit(i, last, Sem::Cal(cal));
                }
                if k == Kw::Last && self.is_kw(j, Kw::Night) {
                    return rel(i, j, -1, Unit::Day);
                }
                if self.is_kw(j, Kw::Season) {
                    return self.season_at(j, i, modi);
                }
                let unit = match self.kw(j)? {
                    Kw::Weekend => Unit::Weekend,
                    _ => self.calendar_unit(j)?,
                };
                rel(i, j, n, unit)
            }
            Kw::The if !self.fr() => self.the_at(i),
            Kw::In if !self.fr() => {
                let (n, unit, last) = self.count_unit(j)?;
                emit(i, last, Sem::InFuture { n, unit })
            }
            Kw::Il if self.fr() => {
                if self.is_kw(j, Kw::Y) && self.is_kw(j + 1, Kw::A) && !self.t[j + 1].has(ACCENT) {
                    let (n, unit, last) = self.count_unit(j + 2)?;
                    return rel(i, last, -n, unit);
                }
                None
            }
            // `voilà deux ans`, `voici trois jours`: the old form of `il y a`.
            Kw::Voici if self.fr() => {
                let (n, unit, last) = self.count_unit(j)?;
                rel(i, last, -n, unit)
            }
            Kw::Dans if self.fr() => {
                let (n, unit, last) = self.count_unit(j)?;
                rel(i, last, n, unit)
            }
            Kw::Ici if self.fr() && i >= 2 && self.is_apos(i - 1) && self.is_kw(i - 2, Kw::D) => {
                let (n, unit, last) = self.count_unit(j)?;
                rel(i - 2, last, n, unit)
            }
            Kw::Debut
            | Kw::Fin
            | Kw::Mi
            | Kw::Milieu
            | Kw::Courant
            | Kw::Early
            | Kw::Late
            | Kw::Mid
            | Kw::End
            | Kw::Beginning
            | Kw::Start
            | Kw::Middle
                if depth == 0 =>
            {
                self.modifier(i)
            }
            // `by year-end`, `at year end`: the end of the anchor's year, or of the year written.
            Kw::Year if !self.fr() && self.is_kw(j + usize::from(self.is_dash(j)), Kw::End) => {
                let end = j + usize::from(self.is_dash(j));
                if let Some(y) = self.year4(end + 1) {
                    return emit(i, end + 1, Sem::Cal(Cal::year(y)));
                }
                rel(i, end, 0, Unit::Year)
            }
            Kw::Premier | Kw::Ier => {
                if k == Kw::Ier && !self.t[i].has(CAP) {
                    return None;
                }
                if self.is_kw(j, Kw::Century) {
                    return self.century(i);
                }
                let (cal, last) = self.day_month_from(i, 1)?;
                emit(i, last, Sem::Cal(cal))
            }
            Kw::A if !self.fr() => self.count_rel_at(i),
            Kw::Season => self.season(i),
            Kw::Century => None,
            Kw::Quarter | Kw::Half => self.part_of_year(i),
            _ => None,
        }
    }

    /// `l'automne 2022`, `été 2020`, `the summer of 2020`: the season joins the span, the
    /// value is the year (seasons straddle years and mean different months to each writer).
    ///
    /// Without a year, the season needs a determiner or a preposition that makes it a time
    /// (`l'été dernier`, `au printemps`, `en hiver`, `in the summer`, `over the summer`):
    /// `été` is also a participle, `fall` and `spring` verbs.
    fn season(&self, i: usize) -> Option<Hit> {
        let mut j = i + 1;
        if matches!(self.kw(j), Some(Kw::De | Kw::Of)) {
            j += 1;
        } else if self.is_kw(j, Kw::D) && self.is_apos(j + 1) {
            j += 2;
        }
        if let Some(y) = self.year4(j) {
            return emit(i, j, Sem::Cal(Cal::year(y)));
        }
        let t = &self.t[i];
        // `le Printemps de Prague`, `Arab Spring`, `Summer Olympics`: names.
        if t.has(CAP) && !t.has(SENT_START) {
            return None;
        }
        let prev = i.checked_sub(1);
        let first = if self.fr() {
            match self.article_before(i) {
                Some(a) => a,
                None if prev.is_some_and(|p| matches!(self.kw(p), Some(Kw::Au | Kw::En))) => i,
                None => return None,
            }
        } else {
            let a = self.article_before(i)?;
            const PREP: [&[u8]; 10] =
                [b"in", b"during", b"over", b"since", b"until", b"through", b"by", b"throughout", b"for", b"into"];
            if !a.checked_sub(1).is_some_and(|p| self.word_is(p, &PREP)) {
                return None;
            }
            a
        };
        self.season_at(i, first, Mod::None)
    }

    /// The season word at `i`, its expression starting at `first`, with what follows it:
    /// `dernier`, `prochain`, `de l'année dernière`, `of last year`.
    fn season_at(&self, i: usize, first: usize, modi: Mod) -> Option<Hit> {
        let mut buf = [0u8; MAX_WORD];
        let n = match self.folded(i, &mut buf)? {
            b"printemps" | b"spring" => 0,
            b"ete" | b"summer" => 1,
            b"automne" | b"autumn" | b"fall" => 2,
            _ => 3,
        };
        let j = i + 1;
        // `the fall of Rome`, `the fall in prices`, `le printemps arabe`, `l'été de la canicule`.
        if matches!(self.kw(j), Some(Kw::Of | Kw::In | Kw::De | Kw::Du | Kw::D)) || self.word_is(j, &[b"arabe"]) {
            self.yrel_at(j)?;
        }
        let mut modi = modi;
        let mut last = i;
        let mut yrel = None;
        if self.fr() && modi == Mod::None && (self.is_kw(j, Kw::Dernier) || self.is_accented_kw(j, Kw::Passe)) {
            modi = Mod::Last;
            last = j;
        } else if self.fr() && modi == Mod::None && self.is_kw(j, Kw::Prochain) {
            modi = Mod::Next;
            last = j;
        } else if let Some((r, end)) = self.yrel_at(j) {
            yrel = Some(r);
            last = end;
        }
        emit(first, last, Sem::Part { n, parts: 0, modi, yrel })
    }

    /// `le XXe siècle`, `18e siècle`, `the 19th century`, `the twentieth century`: the
    /// ordinal at `i`, the century noun after it.
    fn century(&self, i: usize) -> Option<Hit> {
        if !self.is_kw(i + 1, Kw::Century) {
            return None;
        }
        let t = &self.t[i];
        let mut first = i;
        let n = match t.kind {
            Kind::Ordinal => t.num as i32,
            Kind::Word => {
                let w = &self.text[t.start..t.end];
                if let Some(n) = roman_ordinal(w) {
                    n
                } else {
                    let mut buf = [0u8; MAX_WORD];
                    let f = self.folded(i, &mut buf)?;
                    let n = ORDINAL_WORDS.iter().position(|o| *o == f)? as i32 + 1;
                    // `twenty-first`, `vingt et unième`.
                    if n < 10 && i >= 2 && self.is_dash(i - 1) && self.t[i - 2].lex == Lex::Count(20) {
                        first = i - 2;
                        n + 20
                    } else {
                        n
                    }
                }
            }
            _ => return None,
        };
        if !(1..=30).contains(&n) {
            return None;
        }
        // Centuries before our era are not calendar years the contract can write.
        if self.is_kw(i + 2, Kw::Avant) || self.is_kw(i + 2, Kw::Before) || self.word_is(i + 2, &[b"bc", b"av"]) {
            return None;
        }
        emit(first, i + 1, Sem::Years { first: (n - 1) * 100, len: 100 })
    }

    /// The year after a quarter or half noun ending at `last`: `2023`, `de 2023`, `of 2023`.
    fn year_after_part(&self, last: usize) -> Option<(i32, usize)> {
        let mut j = last + 1;
        if (self.is_dash(j) && self.glued(last, j)) || matches!(self.kw(j), Some(Kw::De | Kw::Of)) {
            j += 1;
        } else if self.is_kw(j, Kw::D) && self.is_apos(j + 1) {
            j += 2;
        }
        Some((self.year4(j)?, j))
    }

    /// The months `first..=last` of part `n` (1-based) of a year cut into `parts`.
    fn part_range(first: usize, last: usize, y: i32, n: u32, parts: u32) -> Option<Hit> {
        if n == 0 || n > parts {
            return None;
        }
        let len = 12 / parts;
        let start = Cal { y: Some(y), ..Cal::new(((n - 1) * len + 1) as u8, 0) };
        let end = Cal { y: Some(y), ..Cal::new((n * len) as u8, 0) };
        Some(Hit::Emit(Raw { first, last, sem: Sem::Cal(start), end: Some(Sem::Cal(end)) }))
    }

    /// `premier trimestre 2023`, `2e semestre de 2022`, `the third quarter of 2022`,
    /// `first-half 2023`: the months of that part of the year. `i` is the noun.
    fn part_of_year(&self, i: usize) -> Option<Hit> {
        let parts = if self.is_kw(i, Kw::Quarter) { 4 } else { 2 };
        let mut o = i.checked_sub(1)?;
        if self.is_dash(o) && self.glued(o, i) {
            o = o.checked_sub(1)?;
        }
        let t = &self.t[o];
        let n = match t.kind {
            Kind::Ordinal if t.ndigits == 1 => t.num,
            Kind::Word => match t.lex {
                Lex::Kw(Kw::Premier | Kw::Ier) => 1,
                Lex::Kw(Kw::Dernier | Kw::Last) => parts,
                _ => {
                    let mut buf = [0u8; MAX_WORD];
                    match self.folded(o, &mut buf)? {
                        b"premiere" | b"first" => 1,
                        b"deuxieme" | b"second" | b"seconde" => 2,
                        b"troisieme" | b"third" => 3,
                        b"quatrieme" | b"fourth" => 4,
                        _ => return None,
                    }
                }
            },
            _ => return None,
        };
        if let Some((y, last)) = self.year_after_part(i) {
            return Self::part_range(o, last, y, n, parts);
        }
        // No year: `au premier trimestre`, `the third quarter`, `fourth-quarter profit`,
        // `of last year`, `of the year`; `the first half of the match` is not a date.
        let mut last = i;
        let mut yrel = None;
        if let Some((r, end)) = self.yrel_at(i + 1) {
            yrel = Some(r);
            last = end;
        } else if matches!(self.kw(i + 1), Some(Kw::Of | Kw::De | Kw::Du | Kw::D)) {
            let mut k = i + 2;
            if self.is_apos(k) {
                k += 1;
            }
            if self.is_kw(k, Kw::L) && self.is_apos(k + 1) {
                k += 2;
            } else if matches!(self.kw(k), Some(Kw::The | Kw::La | Kw::Le)) {
                k += 1;
            }
            if self.calendar_unit(k) != Some(Unit::Year) {
                return None;
            }
            yrel = Some(0);
            last = k;
        }
        emit(o, last, Sem::Part { n: n as u8, parts: parts as u8, modi: Mod::None, yrel })
    }

    /// `Q3 2022`, `H1 2023`, `T1 2023`, `S2 2022`: a quarter or half written as a code.
    fn part_code(&self, i: usize) -> Option<Hit> {
        let t = &self.t[i];
        let code = self.text.as_bytes().get(t.start..t.end)?;
        let [letter, digit] = code else { return None };
        let n = (*digit as char).to_digit(10)?;
        let parts = match (letter.to_ascii_uppercase(), self.fr()) {
            (b'Q', false) | (b'T', true) => 4,
            (b'H', false) | (b'S', true) => 2,
            _ => return None,
        };
        let (y, last) = self.year_after_part(i)?;
        Self::part_range(i, last, y, n, parts)
    }

    /// `semaine`, `mois`, `année`, `day`, `week`... as a unit of calendar time.
    fn calendar_unit(&self, i: usize) -> Option<Unit> {
        Some(match self.kw(i)? {
            Kw::Jour | Kw::Day => Unit::Day,
            Kw::Semaine | Kw::Week => Unit::Week,
            Kw::Mois | Kw::Month => Unit::Month,
            Kw::Quarter => Unit::Quarter,
            Kw::An | Kw::Annee | Kw::Year => Unit::Year,
            Kw::Century => Unit::Century,
            _ => return None,
        })
    }

    /// French `week-end` ending at `last`, with `dernier`/`prochain`.
    fn weekend_fr(&self, i: usize, last: usize) -> Option<Hit> {
        let first = self.article_before(i).unwrap_or(i);
        let k = last + 1;
        if self.is_kw(k, Kw::Dernier) || self.is_accented_kw(k, Kw::Passe) {
            return emit(first, k, Sem::Rel { n: -1, unit: Unit::Weekend });
        }
        if self.is_kw(k, Kw::Prochain) {
            return emit(first, k, Sem::Rel { n: 1, unit: Unit::Weekend });
        }
        // `pendant le week-end`, `au cours du week-end`: the one the tense points to.
        let during = match self.article_before(i) {
            Some(a) => a > 0 && self.is_kw(a - 1, Kw::Pendant),
            None => i > 1 && self.is_kw(i - 1, Kw::Du) && self.word_is(i - 2, &[b"cours"]),
        };
        if during {
            return emit(first, last, Sem::Rel { n: 0, unit: Unit::Weekend });
        }
        None
    }

    /// `ce lundi`, `Ce 19 novembre`, `cette semaine`, `ce mois-ci`, `cette année-là`,
    /// `this week`, `this Monday`, `this morning`.
    fn deictic(&self, i: usize) -> Option<Hit> {
        let j = i + 1;
        let rel = |last: usize, unit: Unit| emit(i, last, Sem::Rel { n: 0, unit });
        let la_after = |k: usize| self.is_dash(k + 1) && self.is_accented_kw(k + 2, Kw::La);
        let tj = self.t.get(j)?;
        if matches!(tj.lex, Lex::Weekday(_)) {
            return self.weekday_from(j, i, Mod::This);
        }
        if let Some(d) = self.day_num(j).filter(|_| tj.kind != Kind::Word) {
            let (cal, last) = self.day_month_from(j, d)?;
            return emit(i, last, Sem::Cal(cal));
        }
        if self.month_at(j, false).is_some() {
            let (cal, last) = self.month_first(j, Mod::This, true)?;
            return emit(i, last, Sem::Cal(cal));
        }
        if self.fr() {
            return match self.kw(j)? {
                Kw::Semaine if la_after(j) => emit(i, j + 2, Sem::Prev { n: 0, unit: Unit::Week }),
                Kw::Semaine => rel(j, Unit::Week),
                Kw::Mois if self.is_dash(j + 1) && self.is_kw(j + 2, Kw::Ci) => rel(j + 2, Unit::Month),
                Kw::Mois if la_after(j) => emit(i, j + 2, Sem::Prev { n: 0, unit: Unit::Month }),
                Kw::Mois if self.is_kw(j + 1, Kw::De) && self.month_at(j + 2, false).is_some() => {
                    let (cal, last) = self.month_first(j + 2, Mod::This, true)?;
                    emit(i, last, Sem::Cal(cal))
                }
                Kw::Mois => rel(j, Unit::Month),
                Kw::Annee if la_after(j) => emit(i, j + 2, Sem::Prev { n: 0, unit: Unit::Year }),
                Kw::Annee => rel(j, Unit::Year),
                Kw::Jour if la_after(j) => emit(i, j + 2, Sem::Prev { n: 0, unit: Unit::Day }),
                Kw::Matin | Kw::Soir | Kw::Nuit => rel(j, Unit::Day),
                Kw::Apres if self.is_dash(j + 1) && self.is_kw(j + 2, Kw::Midi) => rel(j + 2, Unit::Day),
                Kw::Week if self.is_dash(j + 1) && self.is_kw(j + 2, Kw::End) => rel(j + 2, Unit::Weekend),
                Kw::Weekend => rel(j, Unit::Weekend),
                Kw::Quarter | Kw::Century => rel(j, self.calendar_unit(j)?),
                Kw::Season => self.season_at(j, i, Mod::This),
                _ => None,
            };
        }
        match self.kw(j)? {
            Kw::Morning | Kw::Afternoon | Kw::Evening => rel(j, Unit::Day),
            Kw::Weekend => rel(j, Unit::Weekend),
            Kw::Season => self.season_at(j, i, Mod::This),
            Kw::Past if matches!(self.t.get(j + 1).map(|t| t.lex), Some(Lex::Weekday(_))) => {
                self.weekday_from(j + 1, i, Mod::Last)
            }
            // `this past weekend`, `this past summer`: the last one.
            Kw::Past if self.is_kw(j + 1, Kw::Weekend) => emit(i, j + 1, Sem::Rel { n: -1, unit: Unit::Weekend }),
            Kw::Past if self.is_kw(j + 1, Kw::Season) => self.season_at(j + 1, i, Mod::Last),
            // `to this day` means until now, not a date.
            _ => rel(j, self.calendar_unit(j).filter(|u| *u != Unit::Day)?),
        }
    }

    /// English phrases that start with `the`: `the next day`, `the day before`,
    /// `the following week`, `the same year`.
    fn the_at(&self, i: usize) -> Option<Hit> {
        let j = i + 1;
        let prev_rel = |last: usize, n: i32, unit: Unit| emit(i, last, Sem::Prev { n, unit });
        match self.kw(j)? {
            Kw::Next | Kw::Following | Kw::Previous => {
                let n = if self.is_kw(j, Kw::Previous) { -1 } else { 1 };
                if let Some(Lex::Weekday(wd)) = self.t.get(j + 1).map(|t| t.lex) {
                    return emit(i, j + 1, Sem::PrevWeekday { wd, dir: n as i8 });
                }
                let unit = match self.kw(j + 1)? {
                    Kw::Morning | Kw::Afternoon | Kw::Evening | Kw::Night => Unit::Day,
                    _ => self.calendar_unit(j + 1)?,
                };
                prev_rel(j + 1, n, unit)
            }
            Kw::Same => prev_rel(j + 1, 0, self.calendar_unit(j + 1)?),
            // `over the weekend`, `during the weekend`: the one the tense points to.
            Kw::Weekend if i > 0 && self.word_is(i - 1, &[b"over", b"during", b"at", b"on", b"throughout"]) => {
                emit(i, j, Sem::Rel { n: 0, unit: Unit::Weekend })
            }
            // `the night before`, `the morning after`.
            Kw::Night | Kw::Morning | Kw::Afternoon | Kw::Evening => match self.kw(j + 1)? {
                Kw::Before => prev_rel(j + 1, -1, Unit::Day),
                Kw::After => prev_rel(j + 1, 1, Unit::Day),
                _ => None,
            },
            Kw::Day | Kw::Week | Kw::Month | Kw::Year => {
                let unit = self.calendar_unit(j)?;
                match self.kw(j + 1)? {
                    Kw::Before if unit == Unit::Day && self.is_kw(j + 2, Kw::Yesterday) => {
                        emit(i, j + 2, Sem::Rel { n: -2, unit })
                    }
                    Kw::After if unit == Unit::Day && self.is_kw(j + 2, Kw::Tomorrow) => {
                        emit(i, j + 2, Sem::Rel { n: 2, unit })
                    }
                    Kw::Before => prev_rel(j + 1, -1, unit),
                    Kw::After => prev_rel(j + 1, 1, unit),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// `début 2023`, `fin décembre`, `mi-juin`, `fin de l'année`, `early next year`,
    /// `mid-2022`, `end of March`: the modifier joins the span, the value is the date's own.
    fn modifier(&self, i: usize) -> Option<Hit> {
        let mut j = i + 1;
        if self.is_dash(j) && self.glued(i, j) {
            j += 1;
        }
        let nouns = matches!(self.kw(i), Some(Kw::End | Kw::Beginning | Kw::Start | Kw::Middle));
        match self.kw(j) {
            Some(Kw::De | Kw::Of | Kw::Du) => j += 1,
            Some(Kw::D) if self.is_apos(j + 1) => j += 2,
            _ if nouns => return None,
            _ => {}
        }
        // Skip the article of `de l'année`, `de la semaine`, `of the year`, keeping its index
        // so the unit alone can still be read as the current one.
        let mut k = j;
        if self.is_kw(k, Kw::L) && self.is_apos(k + 1) {
            k += 2;
        } else if matches!(self.kw(k), Some(Kw::La | Kw::Le | Kw::The)) && !self.t[k].has(ACCENT) {
            k += 1;
        }
        if self.kind(j) == Some(Kind::Num) && self.t[j].ndigits == 4 {
            if let Some(Hit::Emit(mut r)) = self.year_alone(j, true) {
                r.first = i;
                return Some(Hit::Emit(r));
            }
        }
        if let Some(Hit::Emit(mut r)) = self.try_at(j, 1) {
            r.first = i;
            return Some(Hit::Emit(r));
        }
        if k != j {
            if let Some(Hit::Emit(mut r)) = self.try_at(k, 1) {
                if r.first >= j {
                    r.first = i;
                    return Some(Hit::Emit(r));
                }
            }
        }
        if self.month_at(j, false).is_some() {
            let (cal, last) = self.month_first(j, Mod::None, true)?;
            return emit(i, last, Sem::Cal(cal));
        }
        // `fin de l'année`, `du mois`, `of the year`: the anchor's own.
        let unit = self.calendar_unit(k).filter(|u| *u != Unit::Day)?;
        emit(i, k, Sem::Rel { n: 0, unit })
    }

    // ----- ranges -----

    /// Joins `A connective B` into one range (`entre 2001 et 2020`, `du 10 au 12 octobre`,
    /// `de dimanche à lundi`, `from May to July`, `December 10-12`).
    fn merge_ranges(&self, raws: Vec<Raw>) -> Vec<Raw> {
        let mut out: Vec<Raw> = Vec::with_capacity(raws.len());
        let mut k = 0;
        while k < raws.len() {
            let a = raws[k];
            if a.end.is_none() {
                if let Some(b) = raws.get(k + 1) {
                    if b.end.is_none() {
                        if let Some(r) = self.join(&a, b) {
                            out.push(r);
                            k += 2;
                            continue;
                        }
                    }
                }
                if let Some(r) = self.bare_day_start(&a).or_else(|| self.bare_day_end(&a)) {
                    // The bare day must not belong to the expression before.
                    let free = out.last().is_none_or(|p| p.last < r.first);
                    if free && r.end.is_some() {
                        out.push(r);
                        k += 1;
                        continue;
                    }
                    // A listed day (`le 5 et le 6 mai`) is a date of its own.
                    if free {
                        out.push(r);
                    }
                }
            }
            out.push(a);
            k += 1;
        }
        out
    }

    /// The connective between two expressions, if `from..to` holds exactly one
    /// (an article may follow it: `entre le 10 et le 12`).
    fn connective(&self, from: usize, to: usize) -> Option<Conn> {
        if to <= from {
            return None;
        }
        let mut end = to;
        if end - from == 2 && matches!(self.kw(end - 1), Some(Kw::Le | Kw::The)) {
            end -= 1;
        }
        if end - from != 1 {
            return None;
        }
        if self.is_dash(from) {
            return Some(Conn::Dash);
        }
        match self.kw(from)? {
            Kw::Au => Some(Conn::To),
            Kw::A if self.fr() && self.t[from].has(ACCENT) => Some(Conn::To),
            Kw::To | Kw::Until | Kw::Through => Some(Conn::To),
            Kw::Et | Kw::And => Some(Conn::And),
            _ => None,
        }
    }

    /// The range opener in front of `first` (`du`, `de`, `entre`, `from`, `between`).
    fn opener(&self, first: usize) -> Option<Kw> {
        let mut p = first.checked_sub(1)?;
        if matches!(self.kw(p), Some(Kw::Le | Kw::The)) {
            p = p.checked_sub(1)?;
        }
        if self.is_apos(p) && p > 0 && self.is_kw(p - 1, Kw::D) {
            return Some(Kw::De);
        }
        match self.kw(p)? {
            k @ (Kw::Du | Kw::De | Kw::Entre | Kw::Between | Kw::From | Kw::Les) => Some(k),
            // `des 17 et 18 décembre` (not `dès`).
            Kw::Des if !self.t[p].has(ACCENT) => Some(Kw::Les),
            _ => None,
        }
    }

    fn allowed(&self, conn: Conn, opener: Option<Kw>) -> bool {
        match conn {
            Conn::Dash => true,
            // `les 24 et 25 mars` is one two-day event; other `et` join separate dates.
            Conn::And => matches!(opener, Some(Kw::Entre | Kw::Between | Kw::Les)),
            Conn::To => !self.fr() || matches!(opener, Some(Kw::Du | Kw::De)),
        }
    }

    fn join(&self, a: &Raw, b: &Raw) -> Option<Raw> {
        let conn = self.connective(a.last + 1, b.first)?;
        if !self.allowed(conn, self.opener(a.first)) {
            return None;
        }
        let compatible = match (a.sem, b.sem) {
            // `du lundi 12 au mercredi 14 décembre`: a weekday and day take the end's month.
            (Sem::Cal(x), Sem::Cal(y)) if x.m == 0 && x.d != 0 && x.wd.is_some() => y.m != 0 && y.d != 0,
            (Sem::Cal(x), Sem::Cal(y)) => (x.m == 0) == (y.m == 0) && (x.d == 0) == (y.d == 0),
            (Sem::Weekday { .. }, Sem::Weekday { .. }) => true,
            _ => false,
        };
        compatible.then_some(Raw { first: a.first, last: b.last, sem: a.sem, end: Some(b.sem) })
    }

    /// `du 10 au 12 octobre`, `10-12 octobre`, `between 10 and 12 October`: a bare day
    /// in front of a dated expression.
    fn bare_day_start(&self, b: &Raw) -> Option<Raw> {
        let Sem::Cal(cb) = b.sem else { return None };
        if cb.d == 0 {
            return None;
        }
        // Tokens in front of B: [le] connective [le] DAY, with the opener before DAY.
        let mut c = b.first.checked_sub(1)?;
        if matches!(self.kw(c), Some(Kw::Le | Kw::The)) {
            c = c.checked_sub(1)?;
        }
        let conn = self.connective(c, c + 1)?;
        let mut d = c.checked_sub(1)?;
        if matches!(self.kw(d), Some(Kw::Le | Kw::The)) {
            d = d.checked_sub(1)?;
        }
        if !matches!(self.kind(d), Some(Kind::Num | Kind::Ordinal)) {
            return None;
        }
        let day = self.day_num(d)?;
        if day >= cb.d {
            return None;
        }
        let start = Cal { d: day, wd: None, ..cb };
        if !self.allowed(conn, self.opener(d)) {
            return (conn == Conn::And).then_some(Raw { first: d, last: d, sem: Sem::Cal(start), end: None });
        }
        Some(Raw { first: d, last: b.last, sem: Sem::Cal(start), end: Some(b.sem) })
    }

    /// `December 10-12, 2022`, `October 10 to 12`: a bare day after a month-first date.
    fn bare_day_end(&self, a: &Raw) -> Option<Raw> {
        if self.fr() {
            return None;
        }
        let Sem::Cal(ca) = a.sem else { return None };
        if ca.d == 0 || !matches!(self.t[a.first].lex, Lex::Month(_) | Lex::MonthAbbr(_)) {
            return None;
        }
        let c = a.last + 1;
        let conn = self.connective(c, c + 1)?;
        if conn == Conn::And {
            return None;
        }
        let day = self.day_num(c + 1).filter(|_| self.kind(c + 1) != Some(Kind::Word))?;
        if day <= ca.d || self.month_at(c + 2, true).is_some() {
            return None;
        }
        let mut last = c + 1;
        let mut end = Cal { d: day, ..ca };
        let mut start = ca;
        let mut y = c + 2;
        if self.punct(y) == Some(',') {
            y += 1;
        }
        if let Some(year) = self.year4(y).filter(|_| ca.y.is_none()) {
            start.y = Some(year);
            end.y = Some(year);
            last = y;
        }
        Some(Raw { first: a.first, last, sem: Sem::Cal(start), end: Some(Sem::Cal(end)) })
    }
}

/// English ordinal words, first to twentieth.
const ORDINAL_WORDS: [&[u8]; 20] = [
    b"first",
    b"second",
    b"third",
    b"fourth",
    b"fifth",
    b"sixth",
    b"seventh",
    b"eighth",
    b"ninth",
    b"tenth",
    b"eleventh",
    b"twelfth",
    b"thirteenth",
    b"fourteenth",
    b"fifteenth",
    b"sixteenth",
    b"seventeenth",
    b"eighteenth",
    b"nineteenth",
    b"twentieth",
];

/// A Roman numeral in capitals with a French ordinal ending: `XXe`, `XIXème`, `Ier`.
fn roman_ordinal(w: &str) -> Option<i32> {
    let digits = w.bytes().take_while(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C')).count();
    let suffix = &w[digits..];
    if digits == 0 || !matches!(suffix, "e" | "ème" | "eme" | "er" | "è") {
        return None;
    }
    let val = |b: u8| match b {
        b'I' => 1,
        b'V' => 5,
        b'X' => 10,
        b'L' => 50,
        _ => 100,
    };
    let r = &w.as_bytes()[..digits];
    let mut n = 0;
    for (k, &b) in r.iter().enumerate() {
        let v = val(b);
        if r.get(k + 1).is_some_and(|&nb| val(nb) > v) {
            n -= v;
        } else {
            n += v;
        }
    }
    Some(n)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Conn {
    Dash,
    To,
    And,
}
