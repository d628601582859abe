//! Patterns over the token stream: what each expression says, before any anchor is known.
//!
//! Matching is separate from resolution so that the document date can be inferred from the
//! text's own dates before the relative expressions are computed from it.

use super::lexicon::{is_in, words, Kw, Lex, Words, MAX_KEY, MAX_WORD};
use super::tokens::{Kind, Tok, ACCENT, CAP, NL, NL2, SENT_START};
use crate::Lang;
use std::cell::Cell;

mod clock;
mod daymonth;
mod holidays;
mod numeric;
mod ordinals;
mod parts;
mod ranges;
mod relative;

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

/// A named period that [`Sem::Around`] steps to from a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Named {
    /// A month, 1 to 12.
    Month(u8),
    /// A season, numbered as in [`Sem::Part`].
    Season(u8),
    /// Saturday and Sunday.
    Weekend,
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
    /// Year relative to the year of the date the text was last about (`in May of that year`,
    /// `June 5 the following year`).
    pub yprev: Option<i32>,
    /// `y` holds only the last two digits (`en 97`, `'97`, `31 octobre 74`): the century is
    /// the one that puts the year nearest the anchor without running far ahead of it.
    pub yy: bool,
    /// The year is only a number after an acronym (`CPAC 2013`, `RTX 2080`): it is a date
    /// only within [`NEAR_YEARS`] of the anchor, where the year of a named event lies.
    pub near: bool,
}

/// How far from the anchor's year a year named only by an acronym may lie.
pub(crate) const NEAR_YEARS: i32 = 10;

impl Cal {
    fn new(m: u8, d: u8) -> Cal {
        Cal { y: None, m, d, wd: None, modi: Mod::None, yrel: None, yprev: None, yy: false, near: false }
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
    /// `n` days from the previous date of the text, or from the anchor when there is none:
    /// `la veille`, `le lendemain`, `le jour d'avant`, `the day after`.
    Anaphora {
        n: i32,
    },
    /// The year, month or week of the previous date of the text (for a year, one told in
    /// its own or the previous sentence), else of the anchor: `earlier in the year`, `later
    /// in the month` (the text's own period when no date frames it, as `later in the day`
    /// is its day).
    Within {
        unit: Unit,
    },
    /// `n` units (`unit`) from an event named right after it (`the day before the stock
    /// market plunge`). Set off by a comma just after a date of its grain, it names that
    /// date again (`Oct. 12, the day before the plunge`); elsewhere it counts from the
    /// previous date of the text, as `Anaphora` and `Prev` do (news most often dates the
    /// event just before), and a day has no value when the text has named none.
    Apposed {
        n: i32,
        unit: Unit,
    },
    /// A gap against a plan set off by a comma (`arrives on November 11, three days later
    /// than planned`), or the day an event has reached in apposition (`On 12 March, the
    /// third day of the siege`): the date it stands beside when one of the unit's grain
    /// ends just before the comma or dash; else no value (the plan, the event have no date
    /// of their own).
    Beside {
        unit: Unit,
    },
    /// The date told just before, in its own or the previous sentence, as it was told
    /// (`until then`, `by then`, `jusque-là`, `d'ici là`); no value when there is none: the
    /// reference is no antecedent of `then`.
    Told,
    /// `the new year`: the year that starts on the next 1 January once the year is well
    /// under way, the anchor's own in its first months (`the new year has begun`).
    NewYear,
    /// `n` days from a calendar day: `la veille de Noël`, `le lendemain du 14 juillet`.
    DayOf {
        n: i8,
        c: Cal,
    },
    /// The weekday after (`dir` 1) or before (-1) the previous date.
    PrevWeekday {
        wd: u8,
        dir: i8,
    },
    /// The first month, season or weekend after (`dir` 1) or the last one before (-1) the
    /// date told before, else the anchor: `the following April`, `the previous fall`, `the
    /// weekend after`, `l'été suivant`, `le week-end précédent`. A year told before is passed
    /// whole (`in 1995 … the following spring` is 1996's).
    Around {
        what: Named,
        dir: i8,
    },
    /// The years `first..first + len`: a decade or a century. A decade written with two
    /// digits (`the '00s`, `les années 80`) has `first` below 100: its century is resolved
    /// against the anchor.
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
    /// A season of a written year (`l'été 2012`, `the autumn of 2011`, `l'été 98` with
    /// `yy`: only its last two digits), `n` as in `Part`.
    Season {
        n: u8,
        y: i32,
        yy: bool,
    },
    /// A season of a year counted from the date told before (`the fall of that year`, `the
    /// summer of the following year`: `r` 0 and 1), as a month takes it (`Cal::yprev`).
    SeasonPrev {
        n: u8,
        r: i8,
    },
    /// A day counted from Easter Sunday (`Pâques` 0, `la Pentecôte` 49, `Good Friday` -2),
    /// in the written year or, without one, the year the tense points to.
    Easter {
        offset: i16,
        y: Option<i32>,
    },
    /// Weekday `wd` of the week `n` weeks from the anchor's (`mardi de la semaine prochaine`,
    /// `monday of this week`), or from the previous date's when `prev` (`mercredi d'après`).
    WeekOf {
        wd: u8,
        n: i8,
        prev: bool,
    },
    /// The first weekday `wd` after the anchor, `weeks` weeks further on (`lundi en huit`,
    /// `friday after next`, `a week from Friday`); when `weeks` is negative, the last one
    /// before the anchor, `-weeks - 1` weeks further back (`the Monday before last` is -2).
    WeekdayAhead {
        wd: u8,
        weeks: i8,
    },
    /// The `n`-th (from 1; from the end when negative) weekday `wd`, or day when `wd` is
    /// `None`, of the period `of` (`third tuesday of september 2014`, `le dernier jour
    /// d'octobre`, `20th of next month`).
    NthOf {
        n: i8,
        wd: Option<u8>,
        of: Of,
    },
    /// The `n`-th (from the end when negative) week or weekend of a month: a week is days
    /// 1–7, 8–14... (the last, its last seven days), a weekend a Saturday and its Sunday.
    NthWeek {
        n: i8,
        weekend: bool,
        of: Of,
    },
    /// The `n` units before the anchor's (`n` < 0: `last two days`, `les deux dernières
    /// années`) or after it (`next few days`, `les 3 prochains mois`), as an interval.
    Span {
        n: i32,
        unit: Unit,
    },
    /// A clock time alone (`22 h 30`, `à midi`, `at 10:30 a.m.`): the day of the date just
    /// written in its sentence, else the anchor's.
    Clock,
    /// The books' period of `unit` (a year or a quarter) that closes on the day `c` (`the
    /// year ended Sept. 30`, `the quarter ending Oct. 31`): a year is named by the year it
    /// ends in, as results news and TimeML date a fiscal year; a quarter is the three months
    /// up to that day's.
    Closing {
        unit: Unit,
        c: Cal,
    },
    /// Only as the end of a range: `n` units counted from its start (`from 18th Dec for 10
    /// days`).
    For {
        n: i32,
        unit: Unit,
    },
}

/// The period an ordinal counts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Of {
    /// A month or a year written as a calendar date (`of september 2014`, `d'octobre`).
    Cal(Cal),
    /// The month or year `n` units from the anchor's (`du mois prochain`, `of next month`,
    /// `de l'année`, `of last year`).
    Rel(i32, Unit),
}

/// The part of a period a modifier keeps (`début`, `mi-`, `fin`, `early`, `the end of`,
/// `la première quinzaine`): the resolved period is cut to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cut {
    None,
    Begin,
    Mid,
    End,
    /// Days 1 to 14 of a month.
    FirstFortnight,
    /// Day 15 to the end of a month.
    SecondFortnight,
    /// The Monday-to-Sunday week holding a day (`Easter week`, `Christmas week`).
    Week,
}

/// A matched expression: tokens `first..=last`, and the end of the range when it is one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Raw {
    pub first: usize,
    pub last: usize,
    pub sem: Sem,
    pub end: Option<Sem>,
    /// The part of the resolved period the expression means; in a range, the part of its
    /// start (`mid-1990` in `from mid-1990 to early 1991`).
    pub cut: Cut,
    /// In a range, the part of its end (`early 1991`): each end is cut on its own, so the
    /// range runs from the start's part to the end's.
    pub end_cut: Cut,
}

enum Hit {
    Emit(Raw),
    /// Tokens that must not be read again (the parts of `38,5` or of a version number).
    Skip(usize),
}

/// Finds every expression of the token stream, ranges merged.
pub(crate) fn find(text: &str, lang: Lang, toks: &[Tok]) -> Vec<Raw> {
    let p = P { text, lang, t: toks, nested: Cell::new(0) };
    // News text gives about one expression per 25 tokens: room for twice that, rather than
    // a vector grown from nothing in every text.
    let mut raws = Vec::with_capacity(toks.len() / 12 + 4);
    let mut i = 0;
    while i < toks.len() {
        if p.starts_nothing(i) {
            i += 1;
            continue;
        }
        match p.try_at(i, 0) {
            Some(Hit::Emit(r)) if p.habit(&r) || p.hashtag(&r) => i = r.last.max(i) + 1,
            Some(Hit::Emit(r)) => {
                i = r.last.max(i) + 1;
                // A pattern that looks back (`dernier trimestre`) must not take a token an
                // expression before it already holds.
                if raws.last().is_none_or(|p: &Raw| p.last < r.first) {
                    raws.push(r);
                }
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
    /// How many pattern searches started inside another one are under way. A pattern asks
    /// what follows it (`two days after …`, `la veille de …`, `18 h, …`), and what follows
    /// can ask again: a text that chains such phrases thousands of times over (`two days
    /// after two days after …`) would nest as deep and overflow the stack.
    nested: Cell<u32>,
}

/// How many pattern searches may nest (see [`P::nested`]): real phrases nest two or three
/// deep (`the day before two days after Christmas`).
const MAX_NESTED: u32 = 16;

impl P<'_> {
    /// A day or a month of no year written after `every`, `each`, `chaque` or `tous les`
    /// (`declaring every 2 April Constitution Day`, `chaque 14 juillet`, `each March`) is a
    /// habit, as `every Monday` is: no date of the story. So is an n-th weekday or week of
    /// a month after them (`chaque premier mercredi du mois`, `every first Monday of the
    /// month`): the tests run every month, not this month's.
    fn habit(&self, r: &Raw) -> bool {
        match &r.sem {
            Sem::Cal(c) if c.y.is_none() && c.yrel.is_none() && c.yprev.is_none() => {}
            Sem::NthOf { wd: Some(_), .. } | Sem::NthWeek { .. } => {}
            _ => return false,
        }
        let Some(p) = r.first.checked_sub(1) else { return false };
        matches!(self.kw(p), Some(Kw::Every | Kw::Chaque))
            || (self.fr() && p > 0 && self.word_is(p, &[b"les"]) && self.word_is(p - 1, &[b"tous"]))
    }
}

/// Last words of the titles of papers and shows that end in `Today` (`USA Today`, `The Times
/// Today`, `Psychology Today`, `India Today`): before `TODAY` in a run of capitals, the title.
const TITLE_ENDS: [&[u8]; 10] = [
    b"usa",
    b"times",
    b"journal",
    b"herald",
    b"tribune",
    b"gazette",
    b"chronicle",
    b"express",
    b"psychology",
    b"india",
];

impl P<'_> {
    /// An expression whose first word is a hashtag (`#Friday drinks!`, `#2014`) tags a post
    /// with a topic, not a day it tells of. A trade-off: a hashtag in running text is
    /// sometimes the day itself (`to end this #Christmas day`), which is then not dated.
    fn hashtag(&self, r: &Raw) -> bool {
        r.first > 0 && self.punct(r.first - 1) == Some('#') && self.glued(r.first - 1, r.first)
    }
}

/// `word` (ASCII letters, at most [`MAX_WORD`]) lowercased is `folded`: what `fold(word) ==
/// folded` says, without the buffer.
fn lower_eq(word: &[u8], folded: &[u8]) -> bool {
    word.len() == folded.len() && word.iter().zip(folded).all(|(a, b)| a.to_ascii_lowercase() == *b)
}

fn emit(first: usize, last: usize, sem: Sem) -> Option<Hit> {
    Some(Hit::Emit(Raw { first, last, sem, end: None, cut: Cut::None, end_cut: Cut::None }))
}

impl<'a> P<'a> {
    pub(super) fn fr(&self) -> bool {
        self.lang == Lang::Fr
    }

    pub(super) fn kw(&self, i: usize) -> Option<Kw> {
        match self.t.get(i)?.lex {
            Lex::Kw(k) => Some(k),
            _ => None,
        }
    }

    pub(super) fn is_kw(&self, i: usize, k: Kw) -> bool {
        self.kw(i) == Some(k)
    }

    /// `today` or `tomorrow` at `i` after `of` or `in` and before a possessive (`in today's
    /// world`), or `tomorrow` as the object of `of` (`the people of tomorrow`).
    fn generic_deictic(&self, i: usize) -> bool {
        let after_of_in = i > 0 && matches!(self.kw(i - 1), Some(Kw::Of | Kw::In));
        let possessive = self.is_apos(i + 1)
            && self.glued(i, i + 1)
            && self
                .t
                .get(i + 2)
                .is_some_and(|t| t.end - t.start == 1 && self.text[t.start..t.end].eq_ignore_ascii_case("s"));
        (after_of_in && (possessive || (self.is_kw(i, Kw::Tomorrow) && self.is_kw(i - 1, Kw::Of))))
            || (!self.fr() && self.is_kw(i, Kw::Today) && self.nowadays(i))
    }

    /// `today` at `i` means "nowadays": it is set against all past time (`more magicians
    /// working today than ever before`, `than at any time`, `than in the past`, `than
    /// before.`; not `than before the storm`, a day), ends a state
    /// that has lasted (`the mill still stands today`), or sits in a counterfactual (`if he
    /// were alive today`, `he would be a Libertarian today`). TimeML marks it `PRESENT_REF`,
    /// GUM leaves it out; a chronology cannot date by it. A comparison with a day (`higher
    /// today than yesterday`) and a plain present (`shares are still lower today`) stay days.
    fn nowadays(&self, i: usize) -> bool {
        let than_all_time = self.word_is(i + 1, &[b"than"])
            && (self.word_is(i + 2, &[b"ever"])
                || (self.word_is(i + 2, &[b"before"]) && self.t.get(i + 3).is_none_or(|t| t.kind == Kind::Punct))
                || (self.word_is(i + 2, &[b"at"]) && self.word_is(i + 3, &[b"any"]))
                || (self.word_is(i + 2, &[b"in"])
                    && self.word_is(i + 3, &[b"the"])
                    && self.word_is(i + 4, &[b"past"])));
        if than_all_time {
            return true;
        }
        let before: Vec<usize> = self.clause_before(i, 8).collect();
        let lasting =
            before.iter().any(|&k| self.word_is(k, &[b"still"]) && self.word_in(k + 1, self.words().lasting_states));
        let alive =
            i > 0 && self.word_is(i - 1, &[b"alive"]) && before.iter().any(|&k| self.word_is(k, &[b"were", b"if"]));
        let would_be = before.iter().any(|&k| {
            self.word_is(k, &[b"be"])
                && k > 0
                && self.word_is(k - 1, &[b"would", b"could", b"might"])
                && self.word_is(k + 1, &[b"a", b"an"])
        });
        lasting || alive || would_be
    }

    /// The tokens before `i` in its clause, nearest first, at most `n`: back to a punctuation
    /// mark or to the first word of the sentence.
    fn clause_before(&self, i: usize, n: usize) -> impl Iterator<Item = usize> + '_ {
        let mut open = true;
        (i.saturating_sub(n)..i).rev().take_while(move |&k| {
            let t = &self.t[k];
            let take = open && t.kind != Kind::Punct;
            open = take && !t.has(SENT_START);
            take
        })
    }

    /// `i` is the given keyword written with an accent (`à`, `dès`, `là`, `passé`).
    pub(super) fn is_accented_kw(&self, i: usize, k: Kw) -> bool {
        self.is_kw(i, k) && self.t[i].has(ACCENT)
    }

    pub(super) fn punct(&self, i: usize) -> Option<char> {
        self.t.get(i)?.punct()
    }

    pub(super) fn is_apos(&self, i: usize) -> bool {
        matches!(self.punct(i), Some('\'' | '’' | 'ʼ' | '`' | '´'))
    }

    pub(super) fn is_dash(&self, i: usize) -> bool {
        matches!(self.punct(i), Some('-' | '–' | '—' | '‑' | '‐'))
    }

    pub(super) fn glued(&self, i: usize, j: usize) -> bool {
        match (self.t.get(i), self.t.get(j)) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        }
    }

    pub(super) fn kind(&self, i: usize) -> Option<Kind> {
        self.t.get(i).map(|t| t.kind)
    }

    fn folded<'b>(&self, i: usize, buf: &'b mut [u8; MAX_WORD]) -> Option<&'b [u8]> {
        let t = self.t.get(i)?;
        if t.kind != Kind::Word {
            return None;
        }
        t.fold(self.text, buf)
    }

    /// The word at `i` when it is plain ASCII (no accent), which folds to itself in lower
    /// case: compared with [`lower_eq`] it needs no folding into a buffer. Most words are.
    fn ascii_word(&self, i: usize) -> Option<&'a [u8]> {
        let t = self.t.get(i)?;
        (t.kind == Kind::Word && !t.has(ACCENT) && t.end - t.start <= MAX_WORD)
            .then(|| &self.text.as_bytes()[t.start..t.end])
    }

    /// The folded word at `i` as its token keeps it ([`Tok::key`]), when it has one: the
    /// word lists are compared with it at once, without reading the text (asked several
    /// times for each count and article, this was 66 instructions a question).
    #[inline]
    fn key(&self, i: usize) -> Option<&'a [u8]> {
        let t = self.t.get(i)?;
        let key = u128::from_le_bytes(t.key);
        if t.kind != Kind::Word || key == 0 {
            return None;
        }
        // Folded bytes are never zero: the key's length is where its zeros start.
        Some(&t.key[..MAX_KEY - (key.leading_zeros() / 8) as usize])
    }

    /// The folded word at `i` is one of `words`. Inlined, so that a call with a list written
    /// in place compares with words of known lengths.
    #[inline]
    pub(super) fn word_is(&self, i: usize, words: &[&[u8]]) -> bool {
        match self.key(i) {
            Some(k) => words.contains(&k),
            None => self.word_is_unkeyed(i, words),
        }
    }

    /// [`P::word_is`] for a token with no key: not a word, or one too long for a key.
    #[inline(never)]
    fn word_is_unkeyed(&self, i: usize, words: &[&[u8]]) -> bool {
        if let Some(s) = self.ascii_word(i) {
            return words.iter().any(|w| lower_eq(s, w));
        }
        let mut buf = [0u8; MAX_WORD];
        self.folded(i, &mut buf).is_some_and(|w| words.contains(&w))
    }

    /// The folded word at `i` is one of `list` (a table of [`Words`]).
    #[inline]
    pub(super) fn word_in(&self, i: usize, list: &[&str]) -> bool {
        match self.key(i) {
            Some(k) => list.iter().any(|w| w.as_bytes() == k),
            None => self.word_in_unkeyed(i, list),
        }
    }

    /// [`P::word_in`] for a token with no key.
    #[inline(never)]
    fn word_in_unkeyed(&self, i: usize, list: &[&str]) -> bool {
        if let Some(s) = self.ascii_word(i) {
            return list.iter().any(|w| lower_eq(s, w.as_bytes()));
        }
        let mut buf = [0u8; MAX_WORD];
        self.folded(i, &mut buf).is_some_and(|w| is_in(list, w))
    }

    /// The phrase tables of the text's language.
    pub(super) fn words(&self) -> &'static Words {
        words(self.lang)
    }

    /// A capitalised word that does not start its sentence: part of a name. Not inside a run
    /// of words set in capitals (`NOT COMING TO SCHOOL TODAY`, `EASTER GYM`), where the
    /// capital says nothing.
    pub(super) fn is_name_word(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| {
            t.kind == Kind::Word && t.has(CAP) && !t.has(SENT_START) && matches!(t.lex, Lex::None | Lex::Holiday)
        }) && !self.in_caps_run(i)
    }

    /// Whether token `k` is a word in capitals of no meaning to dates: in a run of capitals,
    /// what may be a name (`JAN KOWALSKI`).
    pub(super) fn caps_name_at(&self, k: usize) -> bool {
        self.caps_word(k) && matches!(self.t[k].lex, Lex::None | Lex::Holiday)
    }

    /// Whether token `k` is a word of two letters or more with no lower-case letter.
    fn caps_word(&self, k: usize) -> bool {
        self.t.get(k).is_some_and(|t| {
            let w = &self.text[t.start..t.end];
            t.kind == Kind::Word && t.has(CAP) && w.chars().nth(1).is_some() && !w.chars().any(char::is_lowercase)
        })
    }

    /// Whether the word at `i` sits among at least three words in a row set in capitals: a
    /// headline or a shout, not a name (two capitals in a row are often one: `USA TODAY`,
    /// `NEW YORK`).
    pub(super) fn in_caps_run(&self, i: usize) -> bool {
        if !self.caps_word(i) {
            return false;
        }
        let mut n = 1;
        let mut k = i;
        while n < 3 && k > 0 && self.caps_word(k - 1) {
            k -= 1;
            n += 1;
        }
        let mut k = i;
        while n < 3 && self.caps_word(k + 1) {
            k += 1;
            n += 1;
        }
        n >= 3
    }

    /// The words of `seq` (folded) from token `i` on, skipping the punctuation that may sit
    /// between them (`l'an`, `J.-C.`, `New Year's`): the index of the last word.
    pub(super) fn match_words(&self, i: usize, seq: &[&str]) -> Option<usize> {
        let mut k = i;
        let mut buf = [0u8; MAX_WORD];
        for (n, w) in seq.iter().enumerate() {
            if n > 0 {
                k += 1;
                let mut skipped = 0;
                while skipped < 2 && matches!(self.punct(k), Some('.' | '-' | '\'' | '’' | '‑')) {
                    k += 1;
                    skipped += 1;
                }
            }
            if let Some(s) = self.ascii_word(k) {
                if !lower_eq(s, w.as_bytes()) {
                    return None;
                }
            } else if self.folded(k, &mut buf)? != w.as_bytes() {
                return None;
            }
        }
        Some(k)
    }

    /// The longest phrase of `list` starting at `i`: its index in the list and last token,
    /// a glued closing `.` of an abbreviation included.
    pub(super) fn match_phrase(&self, i: usize, list: &[&[&str]]) -> Option<(usize, usize)> {
        let mut best: Option<(usize, usize)> = None;
        // A phrase starts at `i` only if its first word is the folded word there, which
        // `match_words` compares first: folded once here rather than for every phrase.
        let mut buf = [0u8; MAX_WORD];
        let first = self.folded(i, &mut buf);
        for (n, seq) in list.iter().enumerate() {
            if seq.first().is_some_and(|w| first != Some(w.as_bytes())) {
                continue;
            }
            if let Some(last) = self.match_words(i, seq) {
                if best.is_none_or(|(_, l)| last > l) {
                    best = Some((n, last));
                }
            }
        }
        let (n, mut last) = best?;
        if self.punct(last + 1) == Some('.') && self.glued(last, last + 1) {
            last += 1;
        }
        Some((n, last))
    }

    /// The article in front of `i` (`le`, `la`, `l'`), for relative noun phrases that include it.
    pub(super) fn article_before(&self, i: usize) -> Option<usize> {
        if i >= 2 && self.is_apos(i - 1) && self.is_kw(i - 2, Kw::L) {
            return Some(i - 2);
        }
        if i >= 1 && matches!(self.kw(i - 1), Some(Kw::Le | Kw::La | Kw::The)) && !self.t[i - 1].has(ACCENT) {
            return Some(i - 1);
        }
        None
    }

    /// Whether [`P::try_at`] is sure to find nothing at `i`, told from the token alone: a
    /// punctuation mark, or a word of no table that neither names a century nor can be an
    /// English era (`AD 70`). Most tokens are such: `find` skips them without the call.
    #[inline]
    fn starts_nothing(&self, i: usize) -> bool {
        let t = &self.t[i];
        match t.kind {
            Kind::Punct => true,
            Kind::Word => t.lex == Lex::None && (self.fr() || !t.has(CAP)) && !self.is_kw(i + 1, Kw::Century),
            _ => false,
        }
    }

    /// The expression that starts at token `i`, if any. `depth` is 0 for the search over the
    /// text and 1 for a pattern asking about what follows it; such asks nest at most
    /// [`MAX_NESTED`] deep, beyond which nothing is found.
    pub(super) fn try_at(&self, i: usize, depth: u8) -> Option<Hit> {
        if depth == 0 {
            return self.try_at_here(i, depth);
        }
        let n = self.nested.get();
        if n >= MAX_NESTED {
            return None;
        }
        self.nested.set(n + 1);
        let hit = self.try_at_here(i, depth);
        self.nested.set(n);
        hit
    }

    /// [`P::try_at`] without the guard on nesting.
    fn try_at_here(&self, i: usize, depth: u8) -> Option<Hit> {
        let t = self.t.get(i)?;
        match t.kind {
            Kind::Num => self.num_at(i),
            Kind::Ordinal if self.is_kw(i + 1, Kw::Century) => self.century(i),
            Kind::Ordinal => {
                if let Some((cal, last)) = self.day_num(i).and_then(|d| self.day_month_from(i, d)) {
                    return emit(i, last, Sem::Cal(cal));
                }
                self.streak(i, t.num).or_else(|| self.nth_of(i)).or_else(|| self.bare_day(i))
            }
            Kind::Decade => self.decade_at(i),
            Kind::Other => self.part_code(i).or_else(|| self.clock_alone(i)),
            Kind::Word => match t.lex {
                Lex::None if self.is_kw(i + 1, Kw::Century) => self.century(i),
                Lex::None => self.era_first(i),
                Lex::Holiday => self.holiday_at(i),
                Lex::Ordinal(_) if self.is_kw(i + 1, Kw::Century) => self.century(i),
                // `the first of June`: a day in words before its month.
                Lex::Ordinal(n) if !self.fr() && i > 0 && self.is_kw(i - 1, Kw::The) && self.is_kw(i + 1, Kw::Of) => {
                    match self.day_month_from(i, n) {
                        Some((cal, last)) => emit(i - 1, last, Sem::Cal(cal)),
                        None => self.nth_of(i),
                    }
                }
                Lex::Ordinal(n) => self.streak(i, n as u32).or_else(|| self.nth_of(i)),
                // `the nineties`: only after the article, else an age.
                Lex::Decade(d) if i > 0 && (self.is_kw(i - 1, Kw::The) || self.after_the_modifier(i)) => {
                    emit(i, i, Sem::Years { first: 1900 + 10 * d as i32, len: 10 })
                }
                Lex::Decade(_) => None,
                // `the September quarter`, `the December quarter`: English names a calendar
                // quarter by the month it ends with, placed like `the third quarter`.
                Lex::Month(m)
                    if !self.fr() && m % 3 == 0 && self.is_kw(i + 1, Kw::Quarter) && self.month_names_quarter(i) =>
                {
                    emit(i, i + 1, Sem::Part { n: m / 3, parts: 4, modi: Mod::None, yrel: None })
                }
                Lex::Month(_) | Lex::MonthAbbr(_) => {
                    let (cal, last) = self.month_first(i, Mod::None, false)?;
                    emit(i, last, Sem::Cal(cal))
                }
                Lex::Weekday(_) => self.holiday_at(i).or_else(|| self.weekday_from(i, i, Mod::None)),
                Lex::WeekdayAbbr(_) => self.weekday_from(i, i, Mod::None),
                // `the twenty-third of February`, as `the first of June`.
                Lex::Count(20 | 30) if !self.fr() && i > 0 && self.is_kw(i - 1, Kw::The) => {
                    let day = self.word_day(i).filter(|&(_, j)| self.is_kw(j + 1, Kw::Of));
                    match day.and_then(|(d, j)| self.day_month_from(j, d)) {
                        Some((cal, last)) => emit(i - 1, last, Sem::Cal(cal)),
                        None => self.spelled_year(i).or_else(|| self.count_rel_at(i)),
                    }
                }
                Lex::Count(_) | Lex::Sept => self.spelled_year(i).or_else(|| self.count_rel_at(i)),
                Lex::Kw(k) => self.kw_at(i, k, depth),
            },
            _ => None,
        }
    }

    pub(super) fn kw_at(&self, i: usize, k: Kw, depth: u8) -> Option<Hit> {
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
            // `in today's world`, `many of today's computers`, `the people of tomorrow`: the
            // present or the future at large, not a day.
            Kw::Today | Kw::Tomorrow if self.generic_deictic(i) => None,
            Kw::Today | Kw::Tonight => {
                // `USA Today` is a newspaper. In a run of capitals a capital says nothing
                // (`COMING TO SCHOOL TODAY`), but a known title still names the paper
                // (`SUBSCRIBE TO USA TODAY NOW`, `READ THE NEW YORK TIMES TODAY`).
                let prev_capital =
                    i > 0 && matches!(self.t[i - 1].kind, Kind::Word | Kind::Other) && self.t[i - 1].has(CAP);
                if self.t[i].has(CAP) && prev_capital && (!self.in_caps_run(i) || self.word_is(i - 1, &TITLE_ENDS)) {
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
                // `du jour au lendemain`: from one day to the next, i.e. suddenly.
                if i >= 3 && self.is_kw(i - 1, Kw::Au) && self.is_kw(i - 2, Kw::Jour) && self.is_kw(i - 3, Kw::Du) {
                    return None;
                }
                let first = match self.article_before(i) {
                    Some(a) => a,
                    None if i > 0 && matches!(self.kw(i - 1), Some(Kw::Au | Kw::Du)) => i,
                    None => return None,
                };
                // `le lendemain de son élection`: the day after an event, not after a date.
                if matches!(self.kw(j), Some(Kw::De | Kw::Du | Kw::D | Kw::Des)) {
                    let k = if self.is_kw(j, Kw::D) { j + 2 } else { j + 1 };
                    match self.try_at(k, 1) {
                        // `la veille de Noël`, `le lendemain du 14 juillet`, `la veille de Pâques`.
                        Some(Hit::Emit(r)) if r.end.is_none() => match r.sem {
                            Sem::Cal(c) if c.d != 0 => return emit(first, r.last, Sem::DayOf { n: n as i8, c }),
                            Sem::Easter { offset, y } => {
                                return emit(first, r.last, Sem::Easter { offset: offset + n as i16, y })
                            }
                            _ => {}
                        },
                        Some(Hit::Emit(_)) => {}
                        // `la veille du scrutin`: an event the text may have dated; set off by
                        // a comma after a date (`le 3 mars, la veille du scrutin`), it names
                        // that date again, as `the day before the plunge` does.
                        _ => return emit(first, self.time_of_day(i), Sem::Apposed { n, unit: Unit::Day }),
                    }
                }
                let mut buf = [0u8; MAX_WORD];
                if !self.t.get(j).is_some_and(|t| t.has(CAP))
                    && self
                        .folded(j, &mut buf)
                        .is_some_and(|w| self.words().adjective_endings.iter().any(|s| w.ends_with(s.as_bytes())))
                {
                    return None;
                }
                emit(first, self.time_of_day(i), Sem::Anaphora { n })
            }
            Kw::Jour if self.fr() => {
                if let Some(h) = self.holiday_at(i) {
                    return Some(h);
                }
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
                        Some(Kw::Apres) => return emit(first, j + 2, Sem::Anaphora { n: 1 }),
                        Some(Kw::Avant) => return emit(first, j + 2, Sem::Anaphora { n: -1 }),
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
            // `en l'an 800`, `l'an 2000`: a year of any size.
            Kw::An
                if self.fr()
                    && i >= 2
                    && self.is_apos(i - 1)
                    && self.is_kw(i - 2, Kw::L)
                    && self.kind(j) == Some(Kind::Num) =>
            {
                let t = self.t.get(j).filter(|t| t.kind == Kind::Num && t.ndigits <= 4 && t.num > 0)?;
                if let Some(h) = self.era_after(j) {
                    return Some(h);
                }
                (!self.decimal_after(j)).then(|| emit(j, j, Sem::Cal(Cal::year(t.num as i32))))?
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
                if k == Kw::Semaine && self.is_kw(j, Kw::Du) {
                    if let Some(hit) = self.week_holding(first, j + 1) {
                        return Some(hit);
                    }
                }
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
                // `le mois d'après`, `l'année d'avant`.
                if self.is_kw(j, Kw::D) && self.is_apos(j + 1) {
                    match self.kw(j + 2) {
                        Some(Kw::Apres) => return prev_rel(first, j + 2, 1, unit),
                        Some(Kw::Avant) => return prev_rel(first, j + 2, -1, unit),
                        _ => {}
                    }
                }
                None
            }
            Kw::Annees if self.fr() => {
                let t = self.t.get(j).filter(|t| t.kind == Kind::Num)?;
                let y = match t.ndigits {
                    4 if (1000..=2090).contains(&t.num) && t.num.is_multiple_of(10) => t.num as i32,
                    2 if t.num.is_multiple_of(10) => t.num as i32,
                    _ => return None,
                };
                emit(i, j, Sem::Years { first: y, len: 10 })
            }
            Kw::Week if self.fr() && self.is_dash(j) && self.is_kw(j + 1, Kw::End) => self.weekend_fr(i, j + 1),
            Kw::Weekend if self.fr() => self.weekend_fr(i, i),
            // `on that date`, `This date was kept as a holiday`: the date told just before;
            // `to this date`, `at this date` mean until now, as `to this day` does.
            Kw::This | Kw::That
                if !self.fr()
                    && self.word_is(j, &[b"date"])
                    && !(i > 0 && self.word_is(i - 1, &[b"to", b"at", b"until", b"till"])) =>
            {
                emit(i, j, Sem::Told)
            }
            // `later that month`, `earlier this year`: the adverb is part of the expression
            // (TimeML spans it so), the value stays the period. The period is read by the
            // arms below (`depth` 1 skips this one).
            Kw::This | Kw::That
                if !self.fr() && depth == 0 && i > 0 && matches!(self.kw(i - 1), Some(Kw::Later | Kw::Earlier)) =>
            {
                match self.kw_at(i, k, depth + 1) {
                    Some(Hit::Emit(mut r))
                        if r.first == i
                            && matches!(r.sem, Sem::Rel { n: 0, .. } | Sem::Prev { n: 0, .. })
                            && r.end.is_none() =>
                    {
                        r.first = i - 1;
                        Some(Hit::Emit(r))
                    }
                    hit => hit,
                }
            }
            Kw::This if !self.fr() => {
                self.week_possessive(i, 0).or_else(|| self.year_possessive(i, 0)).or_else(|| self.deictic(i))
            }
            Kw::Ce | Kw::Cet | Kw::Cette | Kw::This => self.deictic(i),
            Kw::That if !self.fr() => {
                // `that same year`: `same` only repeats what `that` says.
                let j = if self.is_kw(j, Kw::Same) { j + 1 } else { j };
                // `that summer`, `in that April`: the season or month of the year told before,
                // after a preposition or closing the phrase (`said that April sales rose` is a
                // conjunction).
                let framed = self.t[i].has(SENT_START)
                    || i.checked_sub(1).is_some_and(|p| self.word_in(p, self.words().season_preps));
                if let Some((what, last)) = self.named_period(j).filter(|_| framed || self.phrase_ends(j + 1)) {
                    match what {
                        Named::Season(n) => return emit(i, last, Sem::SeasonPrev { n, r: 0 }),
                        Named::Month(m) => {
                            let cal = Cal { yprev: Some(0), ..Cal::new(m, 0) };
                            return emit(i, last, Sem::Cal(cal));
                        }
                        Named::Weekend => {}
                    }
                }
                let unit = match self.kw(j)? {
                    Kw::Morning | Kw::Afternoon | Kw::Evening | Kw::Night => Unit::Day,
                    _ => self.calendar_unit(j)?,
                };
                prev_rel(i, j, 0, unit)
            }
            Kw::Last | Kw::Next if !self.fr() => {
                if let Some(h) = self.week_possessive(i, if k == Kw::Last { -1 } else { 1 }) {
                    return Some(h);
                }
                if let Some(h) = self.year_possessive(i, if k == Kw::Last { -1 } else { 1 }) {
                    return Some(h);
                }
                if let Some(h) = self.counted_span_en(i) {
                    return Some(h);
                }
                if k == Kw::Last {
                    if let Some(h) = self.nth_of(i) {
                        return Some(h);
                    }
                }
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
                if let Some(last) = self.qualified_year(j) {
                    return rel(i, last, n, Unit::Year);
                }
                let unit = match self.kw(j)? {
                    Kw::Weekend => Unit::Weekend,
                    _ if self.plural_period(j) => return None,
                    _ => self.calendar_unit(j)?,
                };
                rel(i, j, n, unit)
            }
            Kw::The if !self.fr() => self.the_at(i),
            Kw::In if !self.fr() => {
                // `later in the day`, `late in the day`, `earlier in the day`: the day of the
                // date before.
                let told = i > 0 && matches!(self.kw(i - 1), Some(Kw::Later | Kw::Earlier | Kw::Late | Kw::Early));
                if told && self.is_kw(j, Kw::The) && self.is_kw(j + 1, Kw::Day) && self.word_is(j + 1, &[b"day"]) {
                    return emit(i - 1, j + 1, Sem::Anaphora { n: 0 });
                }
                // `earlier in the year`, `later in the month`: the period of the date told
                // before (`late in the year` is a part, left to the parts).
                let moved = i > 0 && matches!(self.kw(i - 1), Some(Kw::Later | Kw::Earlier));
                if moved && self.is_kw(j, Kw::The) && self.word_is(j + 1, &[b"year", b"month", b"week"]) {
                    let unit = self.calendar_unit(j + 1)?;
                    return emit(i - 1, j + 1, Sem::Within { unit });
                }
                let (n, unit, last) = self.count_unit(j)?;
                if self.noun_goes_on(last + 1) {
                    return None;
                }
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
            // `le soir même`, `le matin même`: the day told just before, as `le jour même`.
            Kw::Matin | Kw::Soir | Kw::Nuit if self.fr() && self.is_kw(j, Kw::Meme) => {
                prev_rel(self.article_before(i)?, j, 0, Unit::Day)
            }
            // `until then`, `by then`: the date told just before; `then` alone is common and
            // dates nothing (`and then`), and `since then` measures a span. Glued to a dash
            // and a word it is an adjective (`declared by then-President Trump`).
            Kw::Until | Kw::By | Kw::Before
                if !self.fr() && self.word_is(j, &[b"then"]) && !(self.is_dash(j + 1) && self.glued(j, j + 1)) =>
            {
                emit(j, j, Sem::Told)
            }
            // `jusque-là`, `d'ici là`: the date told just before.
            Kw::La if self.fr() && self.is_accented_kw(i, Kw::La) => {
                if i >= 2 && self.is_dash(i - 1) && self.word_is(i - 2, &[b"jusque"]) {
                    return emit(i - 2, i, Sem::Told);
                }
                if i >= 3 && self.is_kw(i - 1, Kw::Ici) && self.is_apos(i - 2) && self.is_kw(i - 3, Kw::D) {
                    return emit(i - 3, i, Sem::Told);
                }
                None
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
                if depth == 0 && !(k == Kw::End && self.fr()) =>
            {
                self.modifier(i)
            }
            Kw::Year if !self.fr() && self.is_dash(j) && self.glued(i, j) && self.year_back(i).is_some() => {
                self.year_back(i)
            }
            Kw::Previous if !self.fr() && self.is_dash(j) && self.prior_year(i).is_some() => self.prior_year(i),
            // `by year-end`, `at year end`: the end of the anchor's year, or of the year written,
            // a part of it like `the end of the year`.
            Kw::Year if !self.fr() && self.year_end(i).is_some() => {
                let end = self.year_end(i)?;
                // `since year-end`: a start already past, the close of the last year (the
                // books' year-end is its last day).
                if i > 0 && self.is_kw(i - 1, Kw::Since) && self.year4(end + 1).is_none() {
                    return emit(i, end, Sem::NthOf { n: -1, wd: None, of: Of::Rel(-1, Unit::Year) });
                }
                let mut hit = match self.year4(end + 1) {
                    Some(y) => emit(i, end + 1, Sem::Cal(Cal::year(y)))?,
                    None => rel(i, end, 0, Unit::Year)?,
                };
                if let Hit::Emit(r) = &mut hit {
                    r.cut = Cut::End;
                }
                Some(hit)
            }
            // `by month's end`, `at month end`, `month-end figures`: the end of the anchor's
            // month, as `year-end` is of its year.
            Kw::Month if !self.fr() && self.word_is(i, &[b"month"]) && self.year_end(i).is_some() => {
                let mut hit = rel(i, self.year_end(i)?, 0, Unit::Month)?;
                if let Hit::Emit(r) = &mut hit {
                    r.cut = Cut::End;
                }
                Some(hit)
            }
            Kw::Premier | Kw::Ier => {
                if k == Kw::Ier && !self.t[i].has(CAP) {
                    return None;
                }
                if self.is_kw(j, Kw::Century) {
                    return self.century(i);
                }
                match self.day_month_from(i, 1) {
                    Some((cal, last)) => emit(i, last, Sem::Cal(cal)),
                    None => self.nth_of(i),
                }
            }
            Kw::Dernier if self.fr() => self.nth_of(i),
            Kw::Huit | Kw::Quinze => self.count_rel_at(i),
            Kw::Des if self.fr() && self.t[i].has(ACCENT) => self.two_digit_year(i),
            Kw::Les | Kw::Des | Kw::Ces if self.fr() => self.counted_span_fr(i),
            Kw::En | Kw::Depuis | Kw::De | Kw::Entre if self.fr() => self.two_digit_year(i),
            Kw::Noon | Kw::Midi => self.clock_alone(i),
            Kw::Quinzaine => self.fortnight(i),
            Kw::A if !self.fr() => self.count_rel_at(i),
            Kw::Season => self.season(i),
            Kw::Century => None,
            Kw::Quarter | Kw::Half => self.part_of_year(i),
            _ => None,
        }
    }
}

impl P<'_> {
    /// Whether the month at `i`, before `quarter`, modifies it after a determiner (`the
    /// September quarter`, `its December quarter`), not ends a date (`sales in September
    /// quarter over quarter`).
    fn month_names_quarter(&self, i: usize) -> bool {
        self.determined(i)
    }

    /// Whether `the`, a possessive determiner or a possessive `'s` comes just before token
    /// `i` (`the September quarter`, `its May meeting`, `the Fed's May meeting`).
    pub(super) fn determined(&self, i: usize) -> bool {
        i > 0
            && (self.is_kw(i - 1, Kw::The)
                || self.word_in(i - 1, self.words().possessives)
                || (self.word_is(i - 1, &[b"s"]) && i > 1 && self.is_apos(i - 2) && self.glued(i - 2, i - 1)))
    }

    /// `last week's Monday`, `next week's Tuesday`, `this week's Friday`: a weekday of the
    /// week `n` weeks from the anchor's, named by a possessive at `i`.
    fn week_possessive(&self, i: usize, n: i8) -> Option<Hit> {
        let d = self.after_possessive(i, Kw::Week)?;
        let Some(Lex::Weekday(wd)) = self.t.get(d).map(|t| t.lex) else { return None };
        emit(i, d, Sem::WeekOf { wd, n, prev: false })
    }

    /// The token after `week's` or `year's` (`kw` and a glued `'s`) that follows `i`.
    fn after_possessive(&self, i: usize, kw: Kw) -> Option<usize> {
        let u = i + 1;
        let s = u + 2;
        let is_s = self.t.get(s).is_some_and(|t| self.text[t.start..t.end].eq_ignore_ascii_case("s"));
        (self.is_kw(u, kw) && self.is_apos(u + 1) && self.glued(u, u + 1) && is_s).then_some(s + 1)
    }

    /// `last year's third quarter`, `this year's first half`, `next year's second-half`: a
    /// quarter or half of the year `n` from the anchor's, as `the third quarter of last year`
    /// is, read as one expression (`last year` and a `third quarter` of the anchor's year
    /// were two). `i` is `this`, `last` or `next`.
    fn year_possessive(&self, i: usize, n: i32) -> Option<Hit> {
        let o = self.after_possessive(i, Kw::Year)?;
        let mut noun = o + 1;
        if self.is_dash(noun) && self.glued(o, noun) {
            noun += 1;
        }
        let parts = self.parts_of(noun)?;
        let k = self.part_ordinal(o, parts)?;
        emit(i, noun, Sem::Part { n: k as u8, parts: parts as u8, modi: Mod::None, yrel: Some(n) })
    }

    /// The last token of `year-end`, `year end` or `year's end` starting at `i` (or the same
    /// with `month`).
    fn year_end(&self, i: usize) -> Option<usize> {
        let j = i + 1;
        if self.is_kw(j, Kw::End) {
            return Some(j);
        }
        if self.is_dash(j) && self.is_kw(j + 1, Kw::End) {
            return Some(j + 1);
        }
        let s = self.t.get(j + 1).is_some_and(|t| self.text[t.start..t.end].eq_ignore_ascii_case("s"));
        (self.is_apos(j) && self.glued(i, j) && s && self.is_kw(j + 2, Kw::End)).then_some(j + 2)
    }
}

#[cfg(test)]
mod lower_eq_tests {
    use super::*;
    use crate::tagger::lexicon::fold;

    #[test]
    fn a_phrase_matches_only_from_its_first_word_folded() {
        let text = "Noël, le jour de l'an, NOUVEL AN, jour de Noël, New Year's Eve, new year, Jour J, AD 70, \
                    av. J.-C., B.C., Christmas Day, Pâques, fête du Travail, x";
        for lang in [Lang::Fr, Lang::En] {
            let mut toks = Vec::new();
            crate::tagger::tokens::tokenize(text, lang, &mut toks);
            let p = P { text, lang, t: &toks, nested: Cell::new(0) };
            let w = words(lang);
            let lists: Vec<&[&str]> = w.holidays.iter().map(|(s, _)| *s).chain(w.era_ad.iter().copied()).collect();
            for i in 0..toks.len() + 1 {
                let mut buf = [0u8; MAX_WORD];
                let first = p.folded(i, &mut buf);
                for seq in &lists {
                    if p.match_words(i, seq).is_some() {
                        assert_eq!(first, seq.first().map(|w| w.as_bytes()), "{i} {seq:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn lower_eq_is_fold_equality_on_plain_words() {
        let words = ["Mars", "mars", "MARS", "mar", "marsx", "Thursday", "l", "L", "an", "AbcdefghijklmnopqrstuvwX"];
        let folded = ["mars", "mar", "thursday", "l", "an", "Mars", "abcdefghijklmnopqrstuvwx", ""];
        let mut buf = [0u8; MAX_WORD];
        for w in words {
            for f in folded {
                let want = fold(w, &mut buf) == Some(f.as_bytes());
                assert_eq!(lower_eq(w.as_bytes(), f.as_bytes()), want, "{w} {f}");
            }
        }
    }
}
