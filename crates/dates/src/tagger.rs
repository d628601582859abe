//! Temporal tagger: finds the dates of a French or English news text and resolves them to
//! calendar values.
//!
//! The text is tokenized once (every word looked up in the language's table, [`lexicon`]);
//! a small grammar then reads typed pieces off the token stream (a day, a month, a year, a
//! weekday, an ordinal, a unit, a part of a period, a reference such as `next`, `dernier`,
//! `de la semaine prochaine`, `du mois prochain`) and combines them into what an expression
//! means ([`patterns`], one module per family), before any value is computed: so that a
//! missing document date can first be inferred from the text's own full dates. Incomplete
//! dates take their year from the document date and the tense of their clause, because news
//! writes `en février` both for last February and for the next one.
//!
//! # Values
//!
//! - A day, a month or a year is written at its own grain; a time of day and a clock time
//!   keep the day (`tonight`, `mardi soir`, `dimanche à 18 h` → the day; `22 h 30` alone →
//!   the day the text was last about, else the anchor).
//! - A year before 1 is written as ISO 8601 counts it, with a sign and four digits: 1 BC is
//!   `0000`, 44 BC `-0043`, the fifth century BC `-0499/-0400`.
//! - A part of a period is a sub-interval of it: a month's beginning, middle and end are its
//!   days 1–10, 11–20 and 21 to its end (`début avril`, `mid-March`, `fin du mois de mars`),
//!   its fortnights days 1–14 and 15 to its end (`la première quinzaine d'avril`); a longer
//!   period is cut in thirds of its unit (`fin 2022` → `2022-09/2022-12`, `end of next
//!   week` → Friday to Sunday), a decade or a century in thirds of its years (`the early
//!   1980s` → `1980/1983`, `the late '80s` → `1986/1989`). A day keeps its value.
//! - A week is its Monday-to-Sunday interval, a weekend its Saturday and Sunday.
//! - A quarter or a half is the interval of its months (`Q3 1997`, `the third quarter` →
//!   `1997-07/1997-09`); without a year, the one the tense points to: the last begun in a
//!   report, in a forecast the next not over before the month before last (results come out
//!   in the two months after a quarter ends, across the year end). `last quarter`, `ce trimestre`, `the
//!   previous quarter` count in quarters.
//! - A season is the interval of its meteorological months: spring March–May, summer
//!   June–August, autumn September–November, winter December to February of the next year
//!   (`cet été` → `2013-06/2013-08`, `this winter` in February 2013 → `2012-12/2013-02`).
//! - A decade is its ten years (`the 1990s` → `1990/1999`), a century its hundred years as
//!   TimeML counts them (`XXe siècle`, `the 20th century`, `the 1800s` → `1900/1999`,
//!   `1800/1899`).
//! - A holiday is its day: fixed ones from the language's table (`Noël`, `la Toussaint`,
//!   `Halloween`), Easter-based ones computed (`Pâques`, `la Pentecôte`, `Good Friday`), and
//!   the n-th weekday of a month (`Thanksgiving`); without a year, the one the tense points to.
//! - Counted spans are intervals next to the anchor's unit: `last two days` → the two days
//!   before the anchor, `les 3 prochains mois` → the three months after its month.
//! - `la veille`, `le lendemain`, `the day after` count from the previous date of the text,
//!   or from the anchor when there is none; counted offsets (`two years later`) need a
//!   previous date. A decade or a century gives no year to the bare months after it.
//!   `earlier in the year`, `later in the month` are the period of the previous date (for a
//!   year, one told in its own or the previous sentence), else the anchor's.
//! - `a year earlier`, `un an plus tôt` (and the adjectives `year-earlier`, `year-ago`) after a
//!   quarter or a half is that part of the other year; after anything else, a year. In a
//!   sentence that named a quarter or a half, or the one after it, `a year ago` is that
//!   part a year back, and a
//!   second comparison right after a first compares the same period (parallel, not chained).
//!   `the quarter`, `that quarter`, `the latest period`, and a period noun next to a year
//!   (`last year's quarter`, `the corresponding period last year`) are the quarter the text
//!   last named (in that year). `year-end`
//!   is a part like `the end of the year`; `the 1988 third quarter` is that quarter.
//! - Durations (`for three years`, `pendant deux ans`, `the past two years`, `ces dernières
//!   années`) and references with no calendar value (`now`, `recently`, `à ce jour`) are not
//!   tagged.

mod lexicon;
mod patterns;
mod tense;
mod tokens;

#[cfg(test)]
mod news_tests;
#[cfg(test)]
mod tests;

use crate::{DateSpan, Lang, PartialDate, Precision};
use chrono::{Datelike, Duration, NaiveDate};
use patterns::{Cal, Cut, Mod, Named, Of, Raw, Sem, Unit};
use serde::Serialize;
use std::cell::Cell;
use tense::{tense_and_cost, Cues, Tense};
use tokens::Tok;

/// How an expression was resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Anchoring {
    /// Fully written in the text (`19 décembre 2022`, `en 1994`).
    Absolute,
    /// Computed from the document date, or took its year from it (`jeudi`, `en février`).
    Anchor,
    /// Computed from the previous date of the text (`le lendemain`, `two years later`).
    Previous,
}

/// A temporal expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimeExpr {
    /// Byte offset of the first byte of the expression.
    pub start: usize,
    /// Byte offset just past the expression.
    pub end: usize,
    /// The date, or the range (`end` set) it stands for.
    #[serde(serialize_with = "span_iso")]
    pub value: DateSpan,
    /// What the value was computed from.
    pub anchoring: Anchoring,
}

fn span_iso<S: serde::Serializer>(span: &DateSpan, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&span.iso())
}

impl TimeExpr {
    /// `day`, `month` or `year` for a single date, `interval` for a range.
    pub fn grain(&self) -> &'static str {
        if self.value.end.is_some() {
            "interval"
        } else {
            self.value.start.precision().name()
        }
    }
}

/// The expressions of a text and the document date they were resolved against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tagged {
    /// The expressions, in text order, never overlapping.
    pub exprs: Vec<TimeExpr>,
    /// The document date used, given or inferred.
    pub anchor: Option<NaiveDate>,
    /// Whether `anchor` was inferred from the text rather than given.
    pub anchor_inferred: bool,
}

/// What a calendar word of the tagger's lexicon names, in any of its languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalendarWord {
    /// A weekday written in full (`lundi`, `Monday`).
    Weekday,
    /// A month written in full (`mars`, `March`).
    Month,
    /// A day named from today (`hier`, `aujourd'hui`, `demain`, `yesterday`, `today`, `tomorrow`).
    DayDeictic,
}

/// Whether `word` (any case and accents; `aujourd` for `aujourd'hui`) is a calendar word of
/// the tagger's lexicon: the one word list for callers that must skip dates in text, so a new
/// language added to the lexicon reaches them too.
pub fn calendar_word(word: &str) -> Option<CalendarWord> {
    use lexicon::{Kw, Lex};
    let mut buf = [0u8; lexicon::MAX_WORD];
    let folded = lexicon::fold(word, &mut buf)?;
    [Lang::Fr, Lang::En].into_iter().find_map(|lang| match lexicon::lookup(lang, folded) {
        Lex::Weekday(_) => Some(CalendarWord::Weekday),
        Lex::Month(_) => Some(CalendarWord::Month),
        Lex::Kw(Kw::Hier | Kw::Aujourd | Kw::Demain | Kw::Yesterday | Kw::Today | Kw::Tomorrow) => {
            Some(CalendarWord::DayDeictic)
        }
        _ => None,
    })
}

/// The month (1 to 12) that `word` (any case and accents, no punctuation) names in full or
/// abbreviated, in any language of the lexicon (`août`, `Sept`, `déc`, `Jan`): the one month
/// table for callers that read stamps (the importer's), so a new language reaches them too.
pub fn month_word(word: &str) -> Option<u32> {
    use lexicon::Lex;
    let mut buf = [0u8; lexicon::MAX_WORD];
    let folded = lexicon::fold(word, &mut buf)?;
    [Lang::Fr, Lang::En].into_iter().find_map(|lang| match lexicon::lookup(lang, folded) {
        Lex::Month(m) | Lex::MonthAbbr(m) => Some(u32::from(m)),
        // French `sept` is seven or September: a stamp's word next to a day is the month.
        Lex::Sept => Some(9),
        _ => None,
    })
}

/// Finds and resolves the temporal expressions of `text`.
///
/// `anchor` is the document date (the article's publication date). When it is `None`, it is
/// inferred from the text itself (a full date in its header, else its latest full date or
/// weekday-pinned date) and `anchor_inferred` is set; expressions that need an anchor are
/// skipped when none can be found.
pub fn tag(text: &str, lang: Lang, anchor: Option<NaiveDate>) -> Tagged {
    tag_on(text, lang, anchor, Today::new(None))
}

/// [`tag`] with an explicit "today", which only matters for weekday-pinned dates in a text
/// with no anchor at all.
#[cfg(test)]
pub(crate) fn tag_at(text: &str, lang: Lang, anchor: Option<NaiveDate>, today: NaiveDate) -> Tagged {
    tag_on(text, lang, anchor, Today::new(Some(today)))
}

/// The date of the day the text is tagged on, read from the clock only if an expression
/// needs it: a dated text never does, and the clock and the time zone cost about 700
/// instructions a call, as much as the words of a short paragraph.
struct Today {
    given: Option<NaiveDate>,
    read: std::cell::OnceCell<NaiveDate>,
}

impl Today {
    fn new(given: Option<NaiveDate>) -> Today {
        Today { given, read: std::cell::OnceCell::new() }
    }

    fn get(&self) -> NaiveDate {
        *self.read.get_or_init(|| self.given.unwrap_or_else(|| chrono::Local::now().date_naive()))
    }
}

fn tag_on(text: &str, lang: Lang, anchor: Option<NaiveDate>, today: Today) -> Tagged {
    // About one token per four bytes of news text, punctuation included.
    let mut toks = Vec::with_capacity(text.len() / 4 + 1);
    tokens::tokenize(text, lang, &mut toks);
    let raws = patterns::find(text, lang, &toks);
    let mut r = Resolver {
        text,
        toks: &toks,
        lang,
        anchor,
        today,
        prev: None,
        last_day: None,
        sentence_year: None,
        // At most one a resolved expression.
        days: Vec::with_capacity(raws.len()),
        narrative: None,
        history: false,
        story: None,
        prev_sent: 0,
        prev_last: None,
        part: None,
        period: None,
        compared: Cell::new(None),
        cues: Cues::new(),
    };
    let (anchor, anchor_inferred) = match anchor {
        Some(a) => (Some(a), false),
        None => {
            let a = r.infer_anchor(&raws);
            (a, a.is_some())
        }
    };
    r.anchor = anchor;
    r.history = r.is_history(&raws);
    let mut exprs = Vec::with_capacity(raws.len());
    let next_years = next_written_years(&raws);
    for (i, raw) in raws.iter().enumerate() {
        if let Some((value, anchoring)) = r.resolve(raw) {
            // A range of two dates has cut each end on its own (`from mid-1990 to early 1991`).
            let cal_range = matches!((raw.sem, raw.end), (Sem::Cal(_), Some(Sem::Cal(_))));
            let value = if cal_range { value } else { cut(value, raw.cut) };
            let before = (r.prev, r.prev_sent, r.prev_last);
            let of_year = r.period_of_year(value, raw);
            let value = of_year.unwrap_or(value);
            let (start, end) = (toks[raw.first].start, toks[raw.last].end);
            exprs.push(TimeExpr { start, end, value, anchoring });
            r.prev = Some(value);
            r.prev_sent = toks[raw.last].sent;
            r.prev_last = Some(raw.last);
            if value.end.is_none() && value.start.precision() == Precision::Day {
                r.last_day = Some(value.start);
            }
            if value.end.is_none() && value.start.precision() != Precision::Year {
                r.days.push(value.start);
            }
            if anchoring == Anchoring::Absolute && value.end.is_none() {
                let point = !r.after_since(raw.first);
                r.narrative = point.then_some((toks[raw.last].sent, value.start, raw.last));
            }
            // A history moves on with every date it tells, written in full or dated by the
            // story itself; one counted from the time of writing is not the story's time.
            // A count (`two decades earlier`, `the previous year`) looks away from the
            // story's time without moving it.
            let told = match raw.sem {
                Sem::Cal(c) => c.y.is_some() || anchoring == Anchoring::Previous,
                _ => anchoring == Anchoring::Absolute,
            };
            // A year a plan looked ahead to (`exposed for a planned campaign in 1976`) is not
            // where the story stands.
            let planned = || value.start.precision() == Precision::Year && r.verb_future(raw);
            // A date alone in brackets (`the reform of the clergy (1790)`, told in a
            // section on 1793) is an aside, not where the story stands.
            let bracketed = raw.first > 0
                && toks[raw.first - 1].is_punct('(')
                && toks.get(raw.last + 1).is_some_and(|t| t.is_punct(')'));
            if r.history
                && told
                && !bracketed
                && value.end.is_none()
                && !r.after_since(raw.first)
                && !planned()
                && !r.year_of_previous(value, raw, before)
                && !r.unconfirmed_jump(value, next_years[i])
            {
                r.story = Some(value.start);
            }
            // The period a report is about is one it names, not one it compares with.
            if anchoring != Anchoring::Previous && of_year.is_none() {
                if is_part(value) {
                    r.part = Some((toks[raw.first].sent, value));
                }
                if is_part(value) || is_month(value) {
                    r.period = Some(value);
                }
            }
            // Only the expression just resolved can be compared with in parallel.
            if r.compared.get().is_some_and(|(v, _)| v != value) {
                r.compared.set(None);
            }
            // A decade or a century gives no year to the months after it.
            if anchoring == Anchoring::Absolute && value.start.get_year() == value.last().get_year() {
                r.sentence_year = Some((toks[raw.last].sent, value.last().get_year()));
            }
        }
    }
    Tagged { exprs, anchor, anchor_inferred }
}

/// One JSON object per line: `{"text": "...", "start": N, "end": N, "value": "2022-12-19",
/// "grain": "day"}`, the value in the form of [`DateSpan::iso`].
pub fn to_json_lines(text: &str, tagged: &Tagged) -> String {
    #[derive(Serialize)]
    struct Line<'a> {
        text: &'a str,
        start: usize,
        end: usize,
        value: String,
        grain: &'static str,
    }
    let mut out = String::new();
    for e in &tagged.exprs {
        let line = Line {
            text: text.get(e.start..e.end).unwrap_or(""),
            start: e.start,
            end: e.end,
            value: e.value.iso(),
            grain: e.grain(),
        };
        if let Ok(json) = serde_json::to_string(&line) {
            out.push_str(&json);
            out.push('\n');
        }
    }
    out
}

struct Resolver<'a> {
    text: &'a str,
    toks: &'a [Tok],
    lang: Lang,
    anchor: Option<NaiveDate>,
    today: Today,
    prev: Option<DateSpan>,
    /// The last single day the text was about.
    last_day: Option<PartialDate>,
    /// The sentence and year of the last fully written date.
    sentence_year: Option<(u32, i32)>,
    /// The single days resolved so far, in text order.
    days: Vec<PartialDate>,
    /// The last day, month or year written in full that is the time of an event (not after
    /// `since`), its sentence and its last token: the point a past narrative has moved to.
    narrative: Option<(u32, PartialDate, usize)>,
    /// Whether the text is a history ([`Self::is_history`]): its months and days without a
    /// year follow the story's time ([`Self::story`]), not the time of writing.
    history: bool,
    /// In a history, the last single day, month or year the story told (in full, or dated
    /// by the story itself).
    story: Option<PartialDate>,
    /// The sentence of `prev`.
    prev_sent: u32,
    /// The last token of `prev`: tells a phrase set off by a comma just after it.
    prev_last: Option<usize>,
    /// The last quarter or half resolved, and its sentence: the period a results report
    /// compares with `a year ago`.
    part: Option<(u32, DateSpan)>,
    /// The last period a report named, a quarter, a half or a single month: what `the same
    /// period last year` compares with (`sales rose in February from the same period last
    /// year`).
    period: Option<DateSpan>,
    /// The last comparison a year or more back (`a year ago`, `a year earlier`) and the
    /// period it was counted from: a second comparison right after it is parallel, not
    /// chained (`… from $5 million a year ago. Sales rose from $3 million a year earlier.`).
    compared: Cell<Option<(DateSpan, DateSpan)>>,
    /// The tense cues of the text's words, each read once.
    cues: Cues,
}

/// [`Resolver::is_history`]: how many years written in full, how far before the time of
/// writing (more than this many years), and what share of them (percent) lie that far back.
const HISTORY_MIN_YEARS: usize = 6;
const HISTORY_GAP_YEARS: i32 = 1;
const HISTORY_SHARE: usize = 85;
/// A chronicle that writes at least this many years is a history when at least
/// [`HISTORY_CHRONICLE_SHARE`] percent of them lie that far back: its story runs up to the time
/// of writing (a war told to its last year), where [`Resolver::story_far`] hands the months
/// back to the time of writing. News never writes that many years.
const HISTORY_CHRONICLE_YEARS: usize = 30;
const HISTORY_CHRONICLE_SHARE: usize = 50;
/// At most one expression speaking from the time of writing per this many written years.
const HISTORY_NOW_PER_YEARS: usize = 4;
/// [`Resolver::history_year`]: how far back before the story's time a month or a day may lie.
const HISTORY_BACK_DAYS: i64 = 122;
/// [`Resolver::unconfirmed_jump`]: how many years away from the story's time a year may
/// move it without the next written year following.
const HISTORY_JUMP_YEARS: i32 = 10;

/// For each expression, the next year written in full after it ([`Resolver::unconfirmed_jump`]).
fn next_written_years(raws: &[Raw]) -> Vec<Option<i32>> {
    let mut out = vec![None; raws.len()];
    let mut next = None;
    for (k, raw) in raws.iter().enumerate().rev() {
        out[k] = next;
        if let Sem::Cal(c) = raw.sem {
            if let Some(y) = c.y.filter(|_| !c.yy && !c.near) {
                next = Some(y);
            }
        }
    }
    out
}

/// Whether `v` is a quarter or a half: three or six whole months of one year.
fn is_part(v: DateSpan) -> bool {
    let (Some(end), Precision::Month) = (v.end, v.start.precision()) else { return false };
    let (Some(m1), Some(m2)) = (v.start.get_month(), end.get_month()) else { return false };
    end.precision() == Precision::Month
        && v.start.get_year() == end.get_year()
        && (m1 - 1) % 3 == 0
        && matches!(m2 + 1 - m1, 3 | 6)
}

/// Whether `v` is one month.
fn is_month(v: DateSpan) -> bool {
    v.end.is_none() && v.start.precision() == Precision::Month
}

fn day(d: NaiveDate) -> PartialDate {
    PartialDate::from_naive(d)
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    d.checked_add_signed(Duration::try_days(n)?)
}

/// The year and month `n` months after `y`-`m`.
fn add_months(y: i32, m: u32, n: i32) -> (i32, u32) {
    let total = y as i64 * 12 + (m as i64 - 1) + n as i64;
    (total.div_euclid(12) as i32, (total.rem_euclid(12) + 1) as u32)
}

/// Monday to Sunday of the week holding `d`.
fn week_of(d: NaiveDate) -> Option<DateSpan> {
    let monday = add_days(d, -(d.weekday().num_days_from_monday() as i64))?;
    Some(DateSpan { start: day(monday), end: Some(day(add_days(monday, 6)?)) })
}

fn weekend_span(saturday: NaiveDate) -> Option<DateSpan> {
    Some(DateSpan { start: day(saturday), end: Some(day(add_days(saturday, 1)?)) })
}

/// The day `wd` (0 = Monday) found by stepping from `from` in `step` direction, trying
/// offsets `lo..=hi`.
/// Whether some day of `p` lies within a year of `a`.
fn within_a_year(p: &PartialDate, a: NaiveDate) -> bool {
    const YEAR: i64 = 366;
    (a - p.last_day()).num_days() <= YEAR && (p.first_day() - a).num_days() <= YEAR
}

fn weekday_near(from: NaiveDate, wd: u8, step: i64, lo: i64, hi: i64) -> Option<NaiveDate> {
    // Seven days in a row hold each weekday once: the offset is worked out, not searched
    // (every caller asks for seven days, one way or the other). A day past the calendar's
    // end is none either way, as the days further on are past it too.
    if hi - lo == 6 && (step == 1 || step == -1) && wd < 7 {
        let now = i64::from(from.weekday().num_days_from_monday());
        let k = lo + (step * (i64::from(wd) - now) - lo).rem_euclid(7);
        return add_days(from, step * k);
    }
    weekday_search(from, wd, step, lo, hi)
}

/// [`weekday_near`] by trying each offset in turn.
fn weekday_search(from: NaiveDate, wd: u8, step: i64, lo: i64, hi: i64) -> Option<NaiveDate> {
    (lo..=hi).filter_map(|k| add_days(from, step * k)).find(|d| d.weekday().num_days_from_monday() == wd as u32)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Pick {
    OnOrBefore,
    OnOrAfter,
    Before,
    After,
}

impl<'a> Resolver<'a> {
    fn tense(&self, raw: &Raw) -> Tense {
        // A date that names a deadline before the noun (`gave them a May 10 deadline`,
        // `missed the May 1 deadline`) is not dated by the verb, which tells when the
        // deadline was set or met: the nearest one, as with no verb at all.
        let next_is = |w: &[&[u8]]| {
            self.toks.get(raw.last + 1).is_some_and(|t| {
                let s = &self.text.as_bytes()[t.start..t.end];
                w.iter().any(|x| s.eq_ignore_ascii_case(x))
            })
        };
        if self.lang == Lang::En && next_is(&[b"deadline", b"deadlines"]) {
            return Tense::Unknown;
        }
        if self.dateline(raw) {
            return Tense::Past;
        }
        let t = tense_and_cost(self.text, self.toks, self.lang, raw.first, raw.last, &self.cues).0;
        // A deadline after a past verb is mostly one set then and still ahead (`postponed
        // until Tuesday`, `to run through June`), unless a past perfect says it was met (`had
        // filed reports by Wednesday`).
        if t == Tense::Past
            && self.deadline(raw)
            && !self.perfect_near(raw)
            && !self.state_ended(raw)
            && !self.done_by(raw)
            && !self.ended_until(raw)
            && !self.fronted_deadline(raw)
        {
            return Tense::Future;
        }
        // The event a time leads up to (`ahead of Saturday's vote`, `in the buildup to
        // Saturday's event`) comes after the clause's own time: still ahead when that time
        // runs to now, in a present or a present perfect (`they've taken shots at each other
        // in the buildup to Saturday's event`); a simple past may lead up to a day gone.
        if t != Tense::Future && self.lead_up(raw) && (t == Tense::Unknown || self.present_perfect_before(raw)) {
            return Tense::Future;
        }
        if t != Tense::Unknown {
            return t;
        }
        // `depuis septembre`, `since October 3`: a start that has already come.
        if self.after_since(raw.first) {
            return Tense::Past;
        }
        // A deadline looks ahead even in the present tense: `has until Monday`,
        // `by Friday`, `jusqu'au 5 janvier`, `d'ici lundi`.
        if self.deadline(raw) {
            Tense::Future
        } else {
            t
        }
    }

    /// Whether the date opens a dateline (`BEIJING, March 3 (Xinhua) --`, `PARIS, 3 mars
    /// (AFP) -`): a place in capitals at the start of a line, a comma, the date, then a dash,
    /// an agency in brackets before one. It is the day of writing, at or before the anchor,
    /// whatever the tense of the lead sentence it shares a line with (`BEIJING, March 3
    /// (Xinhua) -- China will cut tariffs`).
    fn dateline(&self, raw: &Raw) -> bool {
        use tokens::{Kind, NL, NL2};
        let t = self.toks;
        let word = |k: usize| &self.text[t[k].start..t[k].end];
        let Some(comma) = raw.first.checked_sub(1).filter(|&c| t[c].is_punct(',')) else {
            return false;
        };
        // The place: capitalised words and commas back to the line's start, one in capitals
        // (`NAIROBI, Kenya,`, `DAR ES SALAAM`).
        let mut caps = false;
        let mut k = comma;
        let opens_line = loop {
            if k == 0 || t[k].has(NL) || t[k].has(NL2) {
                break k < comma;
            }
            if comma - k > 8 {
                return false;
            }
            k -= 1;
            let tok = &t[k];
            match tok.kind {
                Kind::Word if word(k).chars().next().is_some_and(char::is_uppercase) => {
                    caps |= word(k).chars().count() > 1 && !word(k).chars().any(char::is_lowercase);
                }
                Kind::Punct if matches!(tok.punct(), Some(',' | '.')) => {}
                _ => return false,
            }
        };
        if !(opens_line && caps) {
            return false;
        }
        let dash = |k: usize| t.get(k).is_some_and(|x| matches!(x.punct(), Some('-' | '–' | '—' | '_')));
        let mut j = raw.last + 1;
        if t.get(j).is_some_and(|x| x.is_punct('(')) {
            match (j + 1..t.len().min(j + 6)).find(|&k| t[k].is_punct(')')) {
                Some(close) => j = close + 1,
                None => return false,
            }
        }
        dash(j)
    }

    /// `last year's quarter`, `the corresponding period last year`, `the quarter a year ago`,
    /// `the year-ago period`: a period noun next to a year is the period the text last named,
    /// in that year: `quarter` the last quarter or half, `period` the last quarter, half or
    /// month, `month` the last month (`sales rose in February from the same month a year
    /// earlier`).
    fn period_of_year(&self, v: DateSpan, raw: &Raw) -> Option<DateSpan> {
        if v.end.is_some() || v.start.precision() != Precision::Year || self.lang != Lang::En {
            return None;
        }
        let apos_s = self.toks.get(raw.last + 1).is_some_and(|t| matches!(t.punct(), Some('\'' | '’')))
            && self.toks.get(raw.last + 2).is_some_and(|t| self.text[t.start..t.end].eq_ignore_ascii_case("s"));
        let after = if apos_s { raw.last + 3 } else { raw.last + 1 };
        // Not the first piece of a compound (`last year's month-long strike`).
        let noun_at = |k: usize| {
            let dash = self.toks.get(k + 1).is_some_and(|t| matches!(t.punct(), Some('-' | '‑')));
            self.word_at(k).filter(|_| !dash)
        };
        let noun = noun_at(after).or_else(|| noun_at(raw.first.checked_sub(1)?))?;
        let p = match noun {
            b"quarter" => self.part?.1,
            b"month" => self.period.filter(|p| is_month(*p))?,
            _ => self.period?,
        };
        // A quarter a year back (`the comparable year-ago quarter`, `the same quarter a year
        // earlier`) steps from the quarter named, not from whatever date was told after it
        // (`third quarter` … `in December` … `the year-ago quarter` is the third quarter of the
        // year before, not of two years before). A `period` may be the last month or half told
        // as well, so it keeps counting from the date told last.
        let n = match raw.sem {
            Sem::Prev { n, unit: Unit::Year } if n < 0 && noun == b"quarter" => n,
            _ => v.start.get_year().checked_sub(p.start.get_year())?,
        };
        if is_month(p) {
            let start = PartialDate::month(p.start.get_year().checked_add(n)?, p.start.get_month()?)?;
            return Some(DateSpan { start, end: None });
        }
        shift_span(p, n)
    }

    /// Whether token `k` is the English `this`.
    fn this_at(&self, k: usize) -> bool {
        let mut buf = [0u8; lexicon::MAX_WORD];
        self.lang == Lang::En && self.toks.get(k).and_then(|t| t.fold(self.text, &mut buf)) == Some(b"this")
    }

    /// The folded word at token `k`.
    fn word_at(&self, k: usize) -> Option<&'static [u8]> {
        let t = self.toks.get(k)?;
        let mut buf = [0u8; lexicon::MAX_WORD];
        match t.fold(self.text, &mut buf)? {
            b"period" => Some(b"period"),
            b"quarter" => Some(b"quarter"),
            b"month" => Some(b"month"),
            _ => None,
        }
    }

    /// Whether the expression ends in `ago` (`a year ago`), a count back from now.
    fn is_ago(&self, raw: &Raw) -> bool {
        matches!(self.toks[raw.last].lex, lexicon::Lex::Kw(lexicon::Kw::Ago))
    }

    /// Whether a past perfect (`had`, `avait`) sits within a few tokens of the expression in
    /// its sentence (`had filed reports by Wednesday`, `By Friday, the rebels had withdrawn`).
    fn perfect_near(&self, raw: &Raw) -> bool {
        let sent = self.toks[raw.first].sent;
        let near = raw.first.saturating_sub(10)..(raw.last + 11).min(self.toks.len());
        near.filter(|&k| k < raw.first || k > raw.last).any(|k| {
            let t = &self.toks[k];
            let mut buf = [0u8; lexicon::MAX_WORD];
            t.sent == sent
                && t.kind == tokens::Kind::Word
                && matches!(t.fold(self.text, &mut buf), Some(b"had" | b"avait" | b"avaient"))
        })
    }

    /// Whether the English words just before the expression make it the event a time leads
    /// up to: `ahead of`, `in advance of`, `the buildup to`, `the run-up to`, `the lead-up to`.
    fn lead_up(&self, raw: &Raw) -> bool {
        if self.lang != Lang::En {
            return false;
        }
        let first = self.before_clock(raw);
        let word = |back: usize| -> Option<&[u8]> {
            let t = self.toks.get(first.checked_sub(back)?)?;
            (t.kind == tokens::Kind::Word).then(|| &self.text.as_bytes()[t.start..t.end])
        };
        let is = |back: usize, w: &[&[u8]]| word(back).is_some_and(|x| w.iter().any(|y| x.eq_ignore_ascii_case(y)));
        let dash = |back: usize| first.checked_sub(back).is_some_and(|k| self.toks[k].is_punct('-'));
        (is(1, &[b"of"]) && (is(2, &[b"ahead"]) || (is(2, &[b"advance"]) && is(3, &[b"in"]))))
            || (is(1, &[b"to"])
                && (is(2, &[b"buildup", b"runup", b"leadup"])
                    || (is(2, &[b"up"])
                        && (is(3, &[b"build", b"run", b"lead"]) || (dash(3) && is(4, &[b"build", b"run", b"lead"]))))))
    }

    /// Whether an English present perfect (`has`, `have`, `'ve`, not after a modal) comes a
    /// few words before the expression in its sentence, with no past verb between (`police
    /// have said fans who rioted ahead of Saturday's match`: the riot is behind, and the
    /// match it led up to with it). The participle of the perfect itself, a word or two after
    /// its auxiliary (`has grown`, `'ve even taken`), is no such past.
    fn present_perfect_before(&self, raw: &Raw) -> bool {
        let sent = self.toks[raw.first].sent;
        let aux = |k: usize| {
            let t = &self.toks[k];
            let mut buf = [0u8; lexicon::MAX_WORD];
            let mut pb = [0u8; lexicon::MAX_WORD];
            let modal = k > 0
                && matches!(
                    self.toks[k - 1].fold(self.text, &mut pb),
                    Some(b"will" | b"would" | b"could" | b"should" | b"might" | b"must" | b"may" | b"ll" | b"d")
                );
            t.sent == sent
                && t.kind == tokens::Kind::Word
                && !modal
                && match t.fold(self.text, &mut buf) {
                    Some(b"has" | b"have") => true,
                    Some(b"ve") => k > 0 && matches!(self.toks[k - 1].punct(), Some('\'' | '’')),
                    _ => false,
                }
        };
        for k in (raw.first.saturating_sub(12)..raw.first).rev() {
            if self.toks[k].sent != sent {
                return false;
            }
            if aux(k) {
                return true;
            }
            let participle = (k.saturating_sub(2)..k).any(aux);
            if !participle && tense::cue(self.text, self.toks, self.lang, k) == Some(Tense::Past) {
                return false;
            }
        }
        false
    }

    /// Whether a past verb of a lasting state comes a few words before the expression in
    /// its sentence (`remained closed until Monday`, `stayed in office until June`): the
    /// date is when the state ended, behind, not a deadline set then.
    fn state_ended(&self, raw: &Raw) -> bool {
        let sent = self.toks[raw.first].sent;
        let list = lexicon::words(self.lang).state_pasts;
        (raw.first.saturating_sub(6)..raw.first).any(|k| {
            let t = &self.toks[k];
            let mut buf = [0u8; lexicon::MAX_WORD];
            t.sent == sent
                && t.kind == tokens::Kind::Word
                && t.fold(self.text, &mut buf).is_some_and(|w| lexicon::is_in(list, w) || self.copula_state(w, k))
        })
    }

    /// Whether the English `was` / `were` at `k` (folded `w`) is the copula of a state (`was
    /// education secretary until the summer`, `were in office until March`), not the
    /// auxiliary of a passive that sets a deadline (`was postponed until Tuesday`, `were
    /// given until Friday`, `was set to run until June`).
    fn copula_state(&self, w: &[u8], k: usize) -> bool {
        if self.lang != Lang::En || !matches!(w, b"was" | b"were") {
            return false;
        }
        let Some(next) = self.toks.get(k + 1).filter(|t| t.kind == tokens::Kind::Word) else {
            return false;
        };
        let mut buf = [0u8; lexicon::MAX_WORD];
        let Some(n) = next.fold(self.text, &mut buf) else { return false };
        let words = lexicon::words(self.lang);
        !(n.ends_with(b"ed")
            || tense::irregular_past(n)
            || matches!(n, b"to" | b"due" | b"not" | b"set" | b"until" | b"till")
            || lexicon::is_in(words.same_form_pasts, n)
            || lexicon::is_in(words.deadline_setters, n))
    }

    /// Whether an English `would` comes a few words before the expression in its sentence:
    /// a future told from the past (`said it would reopen on March 3`).
    fn would_before(&self, raw: &Raw) -> bool {
        if self.lang != Lang::En {
            return false;
        }
        let sent = self.toks[raw.first].sent;
        (raw.first.saturating_sub(10)..raw.first).any(|k| {
            let t = &self.toks[k];
            let mut buf = [0u8; lexicon::MAX_WORD];
            t.sent == sent && t.kind == tokens::Kind::Word && t.fold(self.text, &mut buf) == Some(b"would")
        })
    }

    /// Whether an English `until` before the expression ends a past state rather than sets a
    /// deadline: fronted (`Until Monday, no one knew`) or after a negation in its clause (`it
    /// was not until Monday that police named him`, `did not release the name until
    /// Monday`): the thing happened then, behind.
    fn ended_until(&self, raw: &Raw) -> bool {
        use lexicon::{Kw, Lex};
        if self.lang != Lang::En {
            return false;
        }
        let first = self.before_clock(raw);
        let Some(u) = first.checked_sub(1).filter(|&u| self.toks[u].lex == Lex::Kw(Kw::Until)) else {
            return false;
        };
        let sent = self.toks[u].sent;
        if u == 0 || self.toks[u - 1].sent != sent {
            return true;
        }
        for k in (u.saturating_sub(12)..u).rev() {
            let t = &self.toks[k];
            if t.sent != sent || t.punct().is_some_and(|c| matches!(c, ',' | ';' | ':' | '(' | ')')) {
                return false;
            }
            let mut buf = [0u8; lexicon::MAX_WORD];
            let w = t.fold(self.text, &mut buf);
            // `didn't`: the `t` after a glued apostrophe.
            let nt = w == Some(b"t") && k > 0 && self.toks[k - 1].end == t.start;
            if matches!(w, Some(b"not" | b"never")) || nt {
                return true;
            }
        }
        false
    }

    /// Whether an English `by` before the expression (a clock time may come between) ends a
    /// past clause that tells a thing done by then (`crews restored power by Saturday`):
    /// see [`tense::done_by`].
    fn done_by(&self, raw: &Raw) -> bool {
        if self.lang != Lang::En {
            return false;
        }
        let first = self.before_clock(raw);
        first.checked_sub(1).is_some_and(|by| {
            self.toks[by].lex == lexicon::Lex::Kw(lexicon::Kw::By) && tense::done_by(self.text, self.toks, by)
        })
    }

    /// Whether a word of deadline comes right before the expression: `until Monday`, `by
    /// Friday`, `jusqu'au 5 janvier`, `d'ici lundi`.
    fn deadline(&self, raw: &Raw) -> bool {
        use lexicon::{Kw, Lex};
        // A clock time may come between: `until 9 a.m. Tuesday`, `by 5 p.m. EDT Friday`.
        let first = self.before_clock(raw);
        let before = |k: usize| first.checked_sub(k).and_then(|p| self.toks.get(p));
        let kw = |k: usize| before(k).map(|t| t.lex);
        // `the 12 months through September`, `the year until June`: the end of a measured
        // window, which the clause's own tense places.
        let window = matches!(kw(1), Some(Lex::Kw(Kw::Until | Kw::Through)))
            && matches!(kw(2), Some(Lex::Kw(Kw::Day | Kw::Week | Kw::Month | Kw::Year | Kw::Quarter | Kw::Half)));
        if window {
            return false;
        }
        matches!(kw(1), Some(Lex::Kw(Kw::Until | Kw::By | Kw::Through | Kw::Ici)))
            || (matches!(kw(1), Some(Lex::Kw(Kw::Au | Kw::A))) && kw(3) == Some(Lex::Kw(Kw::Jusqu)))
            || self.put_off_to(first)
    }

    /// Whether `au` / `à` / `to` before token `first` follows a participle of putting off a
    /// few words back (`reporté au 3 avril`, `mis en délibéré au 3 avril`, `postponed to
    /// Friday`, `pushed back to June`).
    fn put_off_to(&self, first: usize) -> bool {
        use lexicon::{Kw, Lex};
        let Some(p) = first.checked_sub(1) else { return false };
        let to = match self.toks[p].lex {
            Lex::Kw(Kw::Au) => true,
            Lex::Kw(Kw::A) => self.toks[p].has(tokens::ACCENT),
            Lex::Kw(Kw::To) => self.lang == Lang::En,
            _ => false,
        };
        let list = lexicon::words(self.lang).postponements;
        to && (p.saturating_sub(3)..p).any(|k| {
            let t = &self.toks[k];
            let mut buf = [0u8; lexicon::MAX_WORD];
            t.sent == self.toks[p].sent
                && t.kind == tokens::Kind::Word
                && t.fold(self.text, &mut buf).is_some_and(|w| lexicon::is_in(list, w))
        })
    }

    /// The first token of the expression with the clock time that may be written before it
    /// (`until 9 a.m. Tuesday`, `by 5 p.m. EDT Friday`): where the word before it sits.
    fn before_clock(&self, raw: &Raw) -> usize {
        let mut first = raw.first;
        while first > 0 && raw.first - first < 6 && self.clock_piece(first - 1) {
            first -= 1;
        }
        first
    }

    /// Whether `by` / `through` opening its sentence sets the expression before the main
    /// clause (`By Friday, rebels controlled the city`, `Through September, sales rose 4%`):
    /// a past there tells what had happened by then, not a deadline set for later.
    fn fronted_deadline(&self, raw: &Raw) -> bool {
        use lexicon::{Kw, Lex};
        if self.lang != Lang::En {
            return false;
        }
        let word = self.before_clock(raw).checked_sub(1);
        word.filter(|&u| matches!(self.toks[u].lex, Lex::Kw(Kw::By | Kw::Through)))
            .is_some_and(|u| u == 0 || self.toks[u - 1].sent != self.toks[u].sent)
    }

    /// Whether token `k` can be part of a clock time written before a day (`9 a.m. EDT`).
    fn clock_piece(&self, k: usize) -> bool {
        let t = &self.toks[k];
        match t.kind {
            tokens::Kind::Num => true,
            tokens::Kind::Punct => matches!(t.punct(), Some('.' | ':')),
            // French has only `h`: its `à` folds to `a` and its `est` is a verb, and taking
            // them for `a.m.` or EST hid the `jusqu'à` before a day.
            tokens::Kind::Word if self.lang == Lang::Fr => {
                let mut buf = [0u8; lexicon::MAX_WORD];
                matches!(t.fold(self.text, &mut buf), Some(b"h"))
            }
            tokens::Kind::Word => {
                let mut buf = [0u8; lexicon::MAX_WORD];
                matches!(
                    t.fold(self.text, &mut buf),
                    Some(b"a" | b"p" | b"m" | b"am" | b"pm" | b"h" | b"edt" | b"est" | b"gmt" | b"utc" | b"noon")
                )
            }
            _ => false,
        }
    }

    /// A full date in the header is the byline; otherwise the latest date the text reports.
    fn infer_anchor(&self, raws: &[Raw]) -> Option<NaiveDate> {
        let header = 400.max(self.text.len() / 12);
        let mut latest: Option<NaiveDate> = None;
        for raw in raws {
            let Sem::Cal(c) = raw.sem else { continue };
            if raw.end.is_some() || c.d == 0 || c.m == 0 {
                continue;
            }
            let date = match c.y {
                Some(_) if c.yy => None,
                Some(y) => NaiveDate::from_ymd_opt(y, c.m as u32, c.d as u32),
                None if c.wd.is_some() => self.pinned(c, self.today.get()),
                None => None,
            };
            let Some(date) = date else { continue };
            if c.y.is_some() && self.toks[raw.first].start < header {
                return Some(date);
            }
            if self.tense(raw) == Tense::Future {
                continue;
            }
            latest = latest.max(Some(date));
        }
        latest
    }

    /// The year, nearest `reference`, in which day `c.d` of month `c.m` falls on weekday `c.wd`.
    fn pinned(&self, c: Cal, reference: NaiveDate) -> Option<NaiveDate> {
        let wd = c.wd? as u32;
        let y0 = reference.year();
        (y0 - 10..=y0 + 10)
            .filter_map(|y| NaiveDate::from_ymd_opt(y, c.m as u32, c.d as u32))
            .filter(|d| d.weekday().num_days_from_monday() == wd)
            .min_by_key(|d| (*d - reference).num_days().abs())
    }

    fn resolve(&self, raw: &Raw) -> Option<(DateSpan, Anchoring)> {
        match raw.end {
            None => self.single(raw.sem, raw),
            Some(end) => self.range(raw.sem, end, raw),
        }
    }

    fn single(&self, sem: Sem, raw: &Raw) -> Option<(DateSpan, Anchoring)> {
        match sem {
            Sem::Cal(c) => self.cal(c, raw).map(|(d, a)| (DateSpan::at(self.bracket_year(c, raw, d)), a)),
            Sem::Weekday { wd, modi } => {
                let d = self.weekday(wd, modi, raw)?;
                Some((DateSpan::at(day(d)), Anchoring::Anchor))
            }
            Sem::Rel { n, unit } => {
                if unit == Unit::Year && n < 0 && self.is_ago(raw) {
                    // `profit fell in the third quarter from $5 million a year ago`: the
                    // period the sentence reports, a year back; a report names it in the
                    // sentence before as often (`Net rose in the third quarter. It had net of
                    // $1.1 million a year ago.`), as `a year earlier` reaches back.
                    let sent = self.toks[raw.first].sent;
                    let base = match self.part {
                        Some((s, p)) if s == sent || s + 1 == sent => p,
                        _ => DateSpan::at(day(self.anchor?)),
                    };
                    let v = shift_span(base, n)?;
                    self.compared.set(Some((v, base)));
                    return Some((v, if base.end.is_some() { Anchoring::Previous } else { Anchoring::Anchor }));
                }
                // In a history, `that year`'s neighbours count from the story's time (`two
                // years ago` in a quotation of 1975); `today` stays the time of writing.
                // A verb that looks ahead speaks from the time of writing (`Later this month,
                // the Sun will be…`), and a story told to the year has no month to count from.
                let story = self
                    .story_far()
                    .filter(|_| matches!(unit, Unit::Month | Unit::Year) && !self.ahead_of_writing(raw));
                if let Some(v) = story.and_then(|p| shift(p, n, unit)) {
                    return Some((v, Anchoring::Previous));
                }
                Some((self.rel(n, unit, raw)?, Anchoring::Anchor))
            }
            Sem::InFuture { n, unit } => {
                // A superlative or a first in the same phrase measures a span even where a
                // present reads ahead (`Dow closes at lowest level in six years`).
                let ahead = match self.tense(raw) {
                    Tense::Future => !self.span_phrase(raw),
                    Tense::Past => false,
                    Tense::Unknown => self.in_future_untensed(raw),
                };
                if !ahead {
                    return None;
                }
                Some((self.rel(n, unit, raw)?, Anchoring::Anchor))
            }
            // `la veille`, `le lendemain`, `the day after`: with no date before them, the
            // day before or after the anchor. A month or a year just before them names no
            // day to count from (`gains on Friday ... the highest since 1983 ... ending the
            // day at 8,017`): the last day the text was about, else the anchor.
            Sem::Anaphora { n } => match self
                .prev
                .and_then(|p| shift(p.last(), n, Unit::Day))
                .or_else(|| shift(self.last_day?, n, Unit::Day))
            {
                Some(d) => Some((d, Anchoring::Previous)),
                None => Some((shift(day(self.anchor?), n, Unit::Day)?, Anchoring::Anchor)),
            },
            // As a count does ([`Sem::Prev`]): a year is framed by the date told in its own
            // or the previous sentence, one told further back being another story's (a plan
            // for next year, a past season), so the text's own year frames it; weeks and
            // months follow the story further (`reports earlier in the week` of a game
            // dated paragraphs before). A previous date too coarse for the unit (`In 1998 …
            // later in the month`) names no month: no value rather than the anchor's.
            Sem::Within { unit } => {
                match self.prev.filter(|_| unit != Unit::Year || self.prev_sent + 1 >= self.toks[raw.first].sent) {
                    Some(p) => Some((shift(p.last(), 0, unit)?, Anchoring::Previous)),
                    // A history's year is the story's (`Later in the year`), unless the verb
                    // looks ahead from the time of writing (`Later this month, the Sun will
                    // be…` in a news story full of past years) or the story names no such
                    // period (a story told to the year has no month).
                    None => {
                        match self.story_far().filter(|_| !self.ahead_of_writing(raw)).and_then(|p| shift(p, 0, unit)) {
                            Some(v) => Some((v, Anchoring::Previous)),
                            None => Some((shift(day(self.anchor?), 0, unit)?, Anchoring::Anchor)),
                        }
                    }
                }
            }
            Sem::Told => {
                let prev = self.prev.filter(|_| self.prev_sent + 1 >= self.toks[raw.first].sent)?;
                Some((prev, Anchoring::Previous))
            }
            // From July on, news looks to the coming year only in a future (`what the new year
            // will bring`, written in December): a past or present clause late in the year
            // (`since the new year, prices have risen`, `sales fell in the new year`) speaks of
            // a new year already begun, which may be this one's or the last, so no value. In
            // the first half the new year is the anchor's own. A history's new year is its
            // story's, which the time of writing does not give.
            Sem::NewYear => {
                let a = self.anchor.filter(|_| !self.history)?;
                let ahead = a.month() >= 7;
                if ahead && self.tense(raw) != Tense::Future {
                    return None;
                }
                Some((DateSpan::at(PartialDate::year(a.year() + i32::from(ahead))), Anchoring::Anchor))
            }
            Sem::Beside { unit } => {
                let grain = match unit {
                    Unit::Day => Precision::Day,
                    Unit::Month => Precision::Month,
                    Unit::Year => Precision::Year,
                    _ => return None,
                };
                match self.prev {
                    Some(p) if self.apposed_to_prev(raw.first) && p.end.is_none() && p.start.precision() == grain => {
                        Some((p, Anchoring::Previous))
                    }
                    _ => None,
                }
            }
            // `Oct. 12, the day before the plunge`: the date it stands beside; elsewhere
            // the event is most often the date told just before.
            Sem::Apposed { n, unit } => {
                let grain = match unit {
                    Unit::Day => Some(Precision::Day),
                    Unit::Month => Some(Precision::Month),
                    Unit::Year => Some(Precision::Year),
                    _ => None,
                };
                match self.prev {
                    Some(p)
                        if self.apposed_to_prev(raw.first) && p.end.is_none() && Some(p.start.precision()) == grain =>
                    {
                        Some((p, Anchoring::Previous))
                    }
                    _ if unit == Unit::Day => {
                        self.prev.or(self.last_day.map(DateSpan::at))?;
                        self.single(Sem::Anaphora { n }, raw)
                    }
                    _ => self.single(Sem::Prev { n, unit }, raw),
                }
            }
            // With no date before it, `two years later` in a past clause, or `le lendemain
            // de son élection`, counts from an event the text does not date; elsewhere (`a
            // week later`, `deux jours plus tard` alone, or in a forecast) from the anchor.
            Sem::Prev { n, unit } => {
                // A count of years reaches back to the date of its own or the previous
                // sentence; past that, `a year earlier` compares with the time of writing
                // (`assets rose to $12.7 billion from $12.4 billion a year earlier`). Days and
                // months tell a story, and follow it further (`the following month`).
                // `the quarter`, `that quarter`: the quarter the text last named.
                if let (Unit::Quarter, 0) = (unit, n) {
                    let period = self.word_at(raw.last) == Some(&b"period"[..]);
                    match self.part {
                        Some((_, p)) if period => return Some((p, Anchoring::Previous)),
                        Some((_, p))
                            if p.end
                                .and_then(|e| e.get_month())
                                .zip(p.start.get_month())
                                .is_some_and(|(e, s)| e == s + 2) =>
                        {
                            return Some((p, Anchoring::Previous))
                        }
                        _ if period => return None,
                        _ => {}
                    }
                }
                let near = self.prev.filter(|_| unit != Unit::Year || self.prev_sent + 1 >= self.toks[raw.first].sent);
                // Right after another comparison a year or more back, a second one compares
                // the same period (parallel figures), rather than counting from the first.
                if unit == Unit::Year && n < 0 {
                    if let Some((v, base)) = self.compared.get() {
                        if near == Some(v) {
                            let v = shift_span(base, n)?;
                            self.compared.set(Some((v, base)));
                            return Some((v, Anchoring::Previous));
                        }
                    }
                    if let Some(p) = near {
                        let base = if is_part(p) { p } else { DateSpan::at(p.last()) };
                        if let Some(v) = shift_span(base, n) {
                            self.compared.set(Some((v, base)));
                        }
                    }
                }
                // `that year`, `the same year` point back to a year the text told, however far
                // back: the time of writing would be `this year`.
                if let (Some(p), None, 0) = (self.prev, near, n) {
                    return Some((shift(p.last(), 0, unit)?, Anchoring::Previous));
                }
                if self.prev.is_some() && near.is_none() {
                    // A history counts from the story's time (`the previous year`), not
                    // from the time of writing.
                    if let Some(v) = self.story_far().and_then(|p| shift(p, n, unit)) {
                        return Some((v, Anchoring::Previous));
                    }
                    // `She was born in 1950. At 20 she moved. Ten years later, she returned.`:
                    // counted ahead of the time of writing, a past clause would tell the
                    // future; its start is a date too far back to reach.
                    if n > 0 && self.tense(raw) == Tense::Past {
                        return None;
                    }
                    if n > 0 && (self.now_near(raw) || self.count_to_now(raw)) {
                        return Some((at_grain(day(self.anchor?), unit)?, Anchoring::Anchor));
                    }
                    let v = shift(day(self.anchor?), n, unit)?;
                    if unit == Unit::Year && n < 0 {
                        self.compared.set(Some((v, DateSpan::at(day(self.anchor?)))));
                    }
                    return Some((v, Anchoring::Anchor));
                }
                let Some(prev) = near else {
                    let story = self.tense(raw) == Tense::Past && !(n < 0 && self.compares_figures(raw));
                    if story || self.lendemain_of(raw) {
                        return None;
                    }
                    if n > 0 && (self.now_near(raw) || self.count_to_now(raw)) {
                        return Some((at_grain(day(self.anchor?), unit)?, Anchoring::Anchor));
                    }
                    return Some((shift(day(self.anchor?), n, unit)?, Anchoring::Anchor));
                };
                // `a year earlier` than a quarter or a half is that part of the other year.
                if let (Unit::Year, Some(end)) = (unit, prev.end) {
                    let (s, e) = (prev.start, end);
                    if s.precision() == Precision::Month
                        && e.precision() == Precision::Month
                        && s.get_year() == e.get_year()
                    {
                        let y = s.get_year().checked_add(n)?;
                        let start = PartialDate::month(y, s.get_month()?)?;
                        return Some((
                            DateSpan { start, end: PartialDate::month(y, e.get_month()?) },
                            Anchoring::Previous,
                        ));
                    }
                }
                Some((shift(prev.last(), n, unit)?, Anchoring::Previous))
            }
            // `le mardi suivant`: after the previous day of the text, else after the anchor.
            Sem::PrevWeekday { wd, dir } => {
                let (base, how) = match self.prev {
                    Some(p) => (p.last(), Anchoring::Previous),
                    None => (day(self.anchor?), Anchoring::Anchor),
                };
                if base.precision() != Precision::Day {
                    return None;
                }
                let d = weekday_near(base.first_day(), wd, dir as i64, 1, 7)?;
                Some((DateSpan::at(day(d)), how))
            }
            // `the following April`, `the previous fall`: stepped from the date told before
            // (its last day going forward, its first going back), else from the anchor.
            Sem::Around { what, dir } => {
                let (base, how) = match self.prev {
                    Some(p) => (p, Anchoring::Previous),
                    None => (DateSpan::at(day(self.anchor?)), Anchoring::Anchor),
                };
                let from = if dir > 0 { base.last().last_day() } else { base.start.first_day() };
                let y = from.year();
                let span = match what {
                    Named::Month(m) => {
                        let ahead = if dir > 0 { m as u32 > from.month() } else { (m as u32) < from.month() };
                        let y = if ahead { y } else { y.checked_add(dir as i32)? };
                        DateSpan::at(PartialDate::month(y, m as u32)?)
                    }
                    Named::Season(n) => {
                        let beyond = |s: &DateSpan| {
                            if dir > 0 {
                                s.start.first_day() > from
                            } else {
                                s.last().last_day() < from
                            }
                        };
                        let mut ys = [y - 1, y, y + 1];
                        if dir < 0 {
                            ys.reverse();
                        }
                        ys.iter().filter_map(|&y| season(n, y)).find(beyond)?
                    }
                    // A weekend needs a day to step from: a month or a year holds several.
                    Named::Weekend => {
                        if base.start.precision() != Precision::Day {
                            return None;
                        }
                        // The first Saturday after, or the Saturday of the last Sunday before.
                        let sat = if dir > 0 {
                            weekday_near(from, 5, 1, 1, 7)?
                        } else {
                            add_days(weekday_near(from, 6, -1, 1, 7)?, -1)?
                        };
                        DateSpan { start: day(sat), end: Some(day(add_days(sat, 1)?)) }
                    }
                };
                Some((span, how))
            }
            Sem::DayOf { n, c } => {
                let (d, how) = self.cal(c, raw)?;
                if d.precision() != Precision::Day {
                    return None;
                }
                Some((DateSpan::at(day(add_days(d.first_day(), n as i64)?)), how))
            }
            Sem::Years { first, len } => {
                let first = if len == 10 && (0..100).contains(&first) { self.short_decade(first) } else { first };
                Some((
                    DateSpan { start: PartialDate::year(first), end: Some(PartialDate::year(first + len - 1)) },
                    Anchoring::Absolute,
                ))
            }
            Sem::Part { n, parts, modi, yrel } => Some((self.part(n, parts, modi, yrel, raw)?, Anchoring::Anchor)),
            Sem::Season { n, y, yy } => {
                let y = if yy { self.full_year(y) } else { y };
                Some((season(n, y)?, Anchoring::Absolute))
            }
            // As a month of `that year`: the year told in this or the previous sentence.
            Sem::SeasonPrev { n, r } => {
                let prev = self.prev_year_told(r as i32, raw)?;
                Some((season(n, prev.last().get_year().checked_add(r as i32)?)?, Anchoring::Previous))
            }
            Sem::Easter { offset, y } => {
                let on = |y: i32| easter(y).and_then(|d| add_days(d, offset as i64));
                if let Some(y) = y {
                    return Some((DateSpan::at(day(on(y)?)), Anchoring::Absolute));
                }
                // A week holding the anchor is this one whatever the tense (`as Easter week
                // began`, written on its Monday).
                let a = self.anchor?;
                let this_week =
                    |y: i32| on(y).filter(|d| week_of(*d).is_some_and(|w| w.overlaps(&DateSpan::at(day(a)))));
                if raw.cut == Cut::Week {
                    if let Some(d) = this_week(a.year()) {
                        return Some((DateSpan::at(day(d)), Anchoring::Anchor));
                    }
                }
                let d = self.pick_year(raw, Mod::None, on)?;
                Some((DateSpan::at(day(d)), Anchoring::Anchor))
            }
            Sem::WeekOf { wd, n, prev } => {
                let base = match (prev, self.prev) {
                    (true, Some(p)) if p.start.precision() == Precision::Day => p.start.first_day(),
                    _ => self.anchor?,
                };
                let monday = add_days(base, -(base.weekday().num_days_from_monday() as i64))?;
                let how = if prev && self.prev.is_some() { Anchoring::Previous } else { Anchoring::Anchor };
                Some((DateSpan::at(day(add_days(monday, 7 * n as i64 + wd as i64)?)), how))
            }
            Sem::WeekdayAhead { wd, weeks } => {
                let d = if weeks >= 0 {
                    add_days(weekday_near(self.anchor?, wd, 1, 1, 7)?, 7 * weeks as i64)?
                } else {
                    add_days(weekday_near(self.anchor?, wd, -1, 1, 7)?, 7 * (weeks as i64 + 1))?
                };
                Some((DateSpan::at(day(d)), Anchoring::Anchor))
            }
            Sem::NthOf { n, wd, of } => {
                let (period, how) = self.period_of(of, raw)?;
                let (lo, hi) = (period.start.first_day(), period.last().last_day());
                let d = match (wd, n > 0) {
                    (Some(w), true) => add_days(weekday_near(lo, w, 1, 0, 6)?, 7 * (n as i64 - 1))?,
                    (Some(w), false) => weekday_near(hi, w, -1, 0, 6)?,
                    (None, true) => add_days(lo, n as i64 - 1)?,
                    (None, false) => hi,
                };
                (lo <= d && d <= hi).then_some((DateSpan::at(day(d)), how))
            }
            Sem::NthWeek { n, weekend, of } => {
                let (period, how) = self.period_of(of, raw)?;
                let (lo, hi) = (period.start.first_day(), period.last().last_day());
                let (s, e) = match (weekend, n > 0) {
                    (true, true) => {
                        let sat = add_days(weekday_near(lo, 5, 1, 0, 6)?, 7 * (n as i64 - 1))?;
                        (sat, add_days(sat, 1)?)
                    }
                    (true, false) => {
                        let sat = weekday_near(hi, 5, -1, 0, 6)?;
                        (sat, add_days(sat, 1)?)
                    }
                    (false, true) => {
                        let s = add_days(lo, 7 * (n as i64 - 1))?;
                        (s, add_days(s, 6)?.min(hi))
                    }
                    (false, false) => (add_days(hi, -6)?, hi),
                };
                (s <= hi).then_some((DateSpan { start: day(s), end: Some(day(e)) }, how))
            }
            Sem::Span { n, unit } => Some((self.span(n, unit)?, Anchoring::Anchor)),
            // A time alone is on the day the text was last about, else the anchor's.
            Sem::Clock => match self.last_day {
                Some(p) => Some((DateSpan::at(p), Anchoring::Previous)),
                None => Some((DateSpan::at(day(self.anchor?)), Anchoring::Anchor)),
            },
            Sem::Closing { unit, c } => {
                let (d, how) = self.cal(c, raw)?;
                if d.precision() != Precision::Day {
                    return None;
                }
                let (y, m) = (d.get_year(), d.get_month()?);
                let v = match unit {
                    Unit::Year => DateSpan::at(PartialDate::year(y)),
                    _ => {
                        let (y0, m0) = add_months(y, m, -2);
                        DateSpan { start: PartialDate::month(y0, m0)?, end: Some(PartialDate::month(y, m)?) }
                    }
                };
                Some((v, how))
            }
            Sem::For { .. } => None,
        }
    }

    /// The `n` units before (`n` < 0) or after the anchor's own, as an interval.
    fn span(&self, n: i32, unit: Unit) -> Option<DateSpan> {
        let a = self.anchor?;
        let (lo, hi) = if n < 0 { (n, -1) } else { (1, n) };
        let span = |s: PartialDate, e: PartialDate| Some(DateSpan { start: s, end: (s != e).then_some(e) });
        match unit {
            Unit::Day => span(day(add_days(a, lo as i64)?), day(add_days(a, hi as i64)?)),
            Unit::WeekPoint | Unit::Week => {
                let monday = add_days(a, -(a.weekday().num_days_from_monday() as i64))?;
                span(day(add_days(monday, 7 * lo as i64)?), day(add_days(monday, 7 * hi as i64 + 6)?))
            }
            Unit::Month => {
                let (y1, m1) = add_months(a.year(), a.month(), lo);
                let (y2, m2) = add_months(a.year(), a.month(), hi);
                span(PartialDate::month(y1, m1)?, PartialDate::month(y2, m2)?)
            }
            Unit::Year => span(PartialDate::year(a.year() + lo), PartialDate::year(a.year() + hi)),
            _ => None,
        }
    }

    /// The day `on(year)` gives, in the year the tense or the modifier points to, as for a
    /// day and month written without a year.
    fn pick_year(&self, raw: &Raw, modi: Mod, on: impl Fn(i32) -> Option<NaiveDate>) -> Option<NaiveDate> {
        let a = self.anchor?;
        let find = |pick: Pick| -> Option<NaiveDate> {
            let cands = (a.year() - 4..=a.year() + 4).filter_map(&on);
            match pick {
                Pick::OnOrBefore => cands.filter(|d| *d <= a).max(),
                Pick::Before => cands.filter(|d| *d < a).max(),
                Pick::OnOrAfter => cands.filter(|d| *d >= a).min(),
                Pick::After => cands.filter(|d| *d > a).min(),
            }
        };
        match modi {
            Mod::Last => find(Pick::Before),
            Mod::Next => find(Pick::After),
            Mod::This => on(a.year()),
            Mod::None => match self.tense(raw) {
                Tense::Future => find(Pick::OnOrAfter),
                Tense::Past => find(Pick::OnOrBefore),
                // With no verb to go by, a date a few weeks ahead is far likelier in news
                // than the same day almost a year ago.
                Tense::Unknown => match (find(Pick::OnOrAfter), find(Pick::OnOrBefore)) {
                    (Some(f), Some(b)) if (f - a).num_days() <= (a - b).num_days() => Some(f),
                    (f, b) => b.or(f),
                },
            },
        }
    }

    /// A quarter, half or season with no year written: the one the modifier, the year
    /// relative to the anchor or the tense points to. A season's value is the year it
    /// starts in (TimeML's `2022-WI` runs from December 2022).
    fn part(&self, n: u8, parts: u8, modi: Mod, yrel: Option<i32>, raw: &Raw) -> Option<DateSpan> {
        let a = self.anchor?;
        let (y, m) = (a.year(), a.month() as i32);
        let ahead = || self.tense(raw) == Tense::Future;
        if parts == 0 {
            let s = n as i32;
            // Seasons numbered from spring of year 0, the anchor's one included.
            let cur = if m <= 2 { (y - 1) * 4 + 3 } else { y * 4 + (m - 3) / 3 };
            let year = match (yrel, modi) {
                (Some(r), _) => y + r,
                // `this winter` told in a past clause (`I tried it during this winter`, in
                // April; `the strikes ended earlier this fall`, in January) is the one just
                // gone when the year's own has not begun.
                (None, Mod::This) => {
                    let y0 = y - i32::from(s == 3 && m <= 2);
                    let begun = y0 * 12 + 3 + 3 * s <= y * 12 + m;
                    let earlier = raw
                        .first
                        .checked_sub(1)
                        .and_then(|k| self.toks.get(k))
                        .is_some_and(|t| self.text[t.start..t.end].eq_ignore_ascii_case("earlier"));
                    y0 - i32::from(!begun && (earlier || self.tense(raw) == Tense::Past))
                }
                (None, Mod::Last) => ((cur - 1) - ((cur - 1) - s).rem_euclid(4)).div_euclid(4),
                (None, Mod::Next) => ((cur + 1) + (s - (cur + 1)).rem_euclid(4)).div_euclid(4),
                (None, Mod::None) if ahead() => (cur + (s - cur).rem_euclid(4)).div_euclid(4),
                // With no verb to go by, the season about to start (within 45 days) is the
                // coming one, as for months.
                (None, Mod::None)
                    if s == (cur + 1).rem_euclid(4) && self.tense(raw) == Tense::Unknown && {
                        let first = 3 + 3 * s as u32;
                        self.month_soon(a, if first > 12 { first - 12 } else { first })
                    } =>
                {
                    (cur + 1).div_euclid(4)
                }
                (None, Mod::None) => (cur - (cur - s).rem_euclid(4)).div_euclid(4),
            };
            return season(n, year);
        }
        let len = 12 / parts as i32;
        let (first_m, last_m) = ((n as i32 - 1) * len + 1, n as i32 * len);
        let year = match yrel {
            Some(r) => y + r,
            // The next one not yet over, or the last one already begun. Results come out in
            // the two months after a period ends, so a forecast then is still of it (`expects
            // to report a third-quarter loss`, in October or November; `fourth-quarter
            // results`, in January: last year's). Counted in months, across the year end.
            None if ahead() => {
                let (now, end) = (y * 12 + m, y * 12 + last_m);
                if end + 2 >= now + 12 {
                    y - 1
                } else {
                    y + i32::from(end + 2 < now)
                }
            }
            None => y - i32::from(first_m > m),
        };
        Some(DateSpan {
            start: PartialDate::month(year, first_m as u32)?,
            end: Some(PartialDate::month(year, last_m as u32)?),
        })
    }

    fn rel(&self, n: i32, unit: Unit, raw: &Raw) -> Option<DateSpan> {
        let a = self.anchor?;
        if unit == Unit::Weekend {
            let wd = a.weekday().num_days_from_monday() as i64;
            let this_saturday = add_days(a, 5 - wd)?;
            let sat = match n {
                0 if wd >= 5 => this_saturday,
                0 if self.tense(raw) == Tense::Future => this_saturday,
                // `this weekend` from Wednesday on is the coming one unless a past verb near it
                // says it is gone (`took place … this weekend`): a past clauses away (`had
                // to ask for his opinion on the fight … this weekend`) is not its own. On
                // Monday and Tuesday the weekend just gone is as near (`the best photos from
                // this weekend`, `fans celebrate this weekend's win`): only a future (above)
                // looks ahead.
                0 if wd >= 2
                    && self.this_at(raw.first)
                    && (self.tense(raw) != Tense::Past || self.loosely_past(raw)) =>
                {
                    this_saturday
                }
                0 | -1 => add_days(this_saturday, -7)?,
                _ => add_days(this_saturday, 7 * (n as i64 - i64::from(wd < 5)))?,
            };
            return weekend_span(sat);
        }
        shift(day(a), n, unit)
    }

    fn weekday(&self, wd: u8, modi: Mod, raw: &Raw) -> Option<NaiveDate> {
        if let Some(d) = self.bracketed_weekday(wd, modi, raw) {
            return d;
        }
        let a = self.anchor?;
        match modi {
            Mod::Last => weekday_near(a, wd, -1, 1, 7),
            Mod::Next => weekday_near(a, wd, 1, 1, 7),
            _ if self.tense(raw) == Tense::Future => weekday_near(a, wd, 1, 0, 6),
            _ => weekday_near(a, wd, -1, 0, 6),
        }
    }

    /// The period an ordinal counts within (`of september 2014`, `du mois prochain`).
    fn period_of(&self, of: Of, raw: &Raw) -> Option<(DateSpan, Anchoring)> {
        match of {
            Of::Cal(c) => {
                let (p, how) = self.cal(c, raw)?;
                Some((DateSpan::at(p), how))
            }
            // In a history, `the end of the year` is the story's year; a story told only to
            // the year names no month (`the end of the month`).
            Of::Rel(k, unit) => {
                match self.story_far().filter(|_| !self.ahead_of_writing(raw)).and_then(|p| shift(p, k, unit)) {
                    Some(v) => Some((v, Anchoring::Previous)),
                    None => Some((shift(day(self.anchor?), k, unit)?, Anchoring::Anchor)),
                }
            }
        }
    }

    fn cal(&self, c: Cal, raw: &Raw) -> Option<(PartialDate, Anchoring)> {
        let build = |y: i32| -> Option<PartialDate> {
            match (c.m, c.d) {
                (0, _) => Some(PartialDate::year(y)),
                (m, 0) => PartialDate::month(y, m as u32),
                (m, d) => PartialDate::day(y, m as u32, d as u32),
            }
        };
        if let Some(y) = c.y {
            let y = if c.yy { self.full_year(y) } else { y };
            if c.near && (y - self.anchor.unwrap_or_else(|| self.today.get()).year()).abs() > patterns::NEAR_YEARS {
                return None;
            }
            return Some((build(y)?, Anchoring::Absolute));
        }
        if c.m == 0 && c.wd.is_none() && c.modi == Mod::This {
            // `le 3 courant`: the anchor's month.
            let a = self.anchor?;
            return Some((PartialDate::day(a.year(), a.month(), c.d as u32)?, Anchoring::Anchor));
        }
        if c.m == 0 && c.wd.is_none() {
            if let Some(d) = self.history_day(c.d) {
                return Some((day(d), Anchoring::Previous));
            }
            // `le 16`: the 16th the tense points to, in the anchor's month or one near it.
            let a = self.anchor?;
            let on = |k: i32| {
                let (y, m) = add_months(a.year(), a.month(), k);
                NaiveDate::from_ymd_opt(y, m, c.d as u32)
            };
            let cands = || (-13..=13).filter_map(on);
            let past = cands().filter(|d| *d <= a).max();
            let next = cands().filter(|d| *d >= a).min();
            let d = match self.tense(raw) {
                Tense::Future => next?,
                Tense::Past => past?,
                Tense::Unknown => match (next, past) {
                    (Some(f), Some(b)) if (f - a).num_days() <= (a - b).num_days() => f,
                    (f, b) => b.or(f)?,
                },
            };
            return Some((day(d), Anchoring::Anchor));
        }
        if c.m == 0 {
            // `jeudi 15`: the month nearest the anchor whose 15th is a Thursday.
            let (wd, a) = (c.wd?, self.anchor?);
            let d = (-6..=6)
                .filter_map(|k| {
                    let (y, m) = add_months(a.year(), a.month(), k);
                    NaiveDate::from_ymd_opt(y, m, c.d as u32)
                })
                .filter(|d| d.weekday().num_days_from_monday() == wd as u32)
                .min_by_key(|d| (*d - a).num_days().abs())?;
            return Some((day(d), Anchoring::Anchor));
        }
        if let Some(r) = c.yrel {
            return Some((build(self.anchor?.year() + r)?, Anchoring::Anchor));
        }
        // `in May of that year`: the year of a date told before, as `that year` alone
        // reaches it ([`Self::prev_year_told`]); with none, no year to take.
        if let Some(r) = c.yprev {
            let prev = self.prev_year_told(r, raw)?;
            return Some((build(prev.last().get_year().checked_add(r)?)?, Anchoring::Previous));
        }
        if let Some(y) = self.history_year(c, raw) {
            return Some((build(y)?, Anchoring::Previous));
        }
        if c.wd.is_some() && c.d != 0 {
            if let Some(d) = self.pinned(c, self.anchor.unwrap_or_else(|| self.today.get())) {
                return Some((day(d), Anchoring::Anchor));
            }
        }
        if let Some(y) = self.listed_with_prev(c, raw) {
            return Some((build(y)?, Anchoring::Previous));
        }
        // A day and month the text has already dated is the same day again (`by Jan. 14` …
        // `no reason for the Jan. 14 deadline`): its year does not change with the verb.
        if c.modi == Mod::None {
            // A month alone in a past clause is not a coming month named before (`to pay down
            // the loan by February` … `since KKR bought RJR in February`). A future cue is
            // weaker evidence (`le recensement de mars-avril, qui devraient être affinés`
            // speaks of the results, not of March), so it does not undo the repetition.
            // Only the time of the clause's event counts (`in February`), not a month naming
            // a thing (`its March date was fixed`).
            let adverbial = raw
                .first
                .checked_sub(1)
                .is_some_and(|p| matches!(self.toks[p].lex, lexicon::Lex::Kw(lexicon::Kw::In | lexicon::Kw::En)));
            let past = c.d == 0 && adverbial && self.tense(raw) == Tense::Past;
            let agrees = |p: &PartialDate| !past || self.anchor.is_none_or(|a| p.first_day() <= a);
            // A month alone lies within a year of the time of writing: one dated more than a
            // year away is another month of that name (`its lowest level since August 1988`
            // … `prices rose in September, after falling in August`, written in October
            // 1989), where a day with its month names one day (`the Oct. 19 crash`).
            let near = |p: &PartialDate| c.d != 0 || self.anchor.is_none_or(|a| within_a_year(p, a));
            let same = self.days.iter().rev().find(|p| {
                p.get_month() == Some(c.m as u32)
                    && (c.d == 0 || p.get_day() == Some(c.d as u32))
                    && agrees(p)
                    && near(p)
            });
            if let Some(p) = same {
                return Some((build(p.get_year())?, Anchoring::Previous));
            }
        }
        if let Some(y) = self.narrative_year(c, raw) {
            return Some((build(y)?, Anchoring::Previous));
        }
        // `datent de 2022 : juillet pour l'un, décembre pour les autres`: with no verb to go
        // by, a month takes the year just written in its sentence.
        if let Some((sent, y)) = self.sentence_year {
            if c.modi == Mod::None && sent == self.toks[raw.first].sent && self.tense(raw) == Tense::Unknown {
                return Some((build(y)?, Anchoring::Previous));
            }
        }
        let a = self.anchor?;
        let m = c.m as u32;
        if c.d == 0 {
            let am = a.month();
            let y = match c.modi {
                Mod::Last => a.year() - i32::from(m >= am),
                Mod::Next => a.year() + i32::from(m <= am),
                Mod::This => a.year(),
                Mod::None => match self.tense(raw) {
                    Tense::Future => a.year() + i32::from(m < am),
                    Tense::Unknown if self.after_listed_month(raw, m).is_some() => self.after_listed_month(raw, m)?,
                    // With no verb to go by, a month starting within a few weeks is the
                    // coming one, as for days below; a part of a month (`début avril`, `la
                    // première quinzaine d'avril`) is the nearer one, as a day is.
                    Tense::Unknown if m != am && self.month_soon(a, m) => a.year() + i32::from(m < am),
                    Tense::Unknown if m != am && raw.cut != Cut::None => {
                        let next = a.year() + i32::from(m < am);
                        let f = NaiveDate::from_ymd_opt(next, m, 1);
                        let b = NaiveDate::from_ymd_opt(next - 1, m, 1);
                        match (f, b) {
                            (Some(f), Some(b)) if (f - a).num_days() <= (a - b).num_days() => next,
                            _ => next - 1,
                        }
                    }
                    // As for days below: a month starting within a month, under a verb of
                    // reporting or a past verb clauses away, is a coming event reported (`told
                    // oil companies of a cutback in its oil supply in September`): news writes
                    // the year of a month almost a year old.
                    Tense::Past if m != am && self.month_within(a, m, 31) && self.loosely_past(raw) => {
                        a.year() + i32::from(m < am)
                    }
                    _ => a.year() - i32::from(m > am),
                },
            };
            return Some((build(y)?, Anchoring::Anchor));
        }
        // The latest (or earliest) day `m`-`c.d` before (or after) the anchor, within four years
        // of it. The day of a year comes after every day of the years before it, so that is the
        // first that exists going back (or forward) from the anchor's year, which counts only
        // if on the right side of the anchor: one or two dates made, where taking the max (or
        // the min) of all nine made nine.
        let find = |pick: Pick| -> Option<NaiveDate> {
            let on = |y: i32| NaiveDate::from_ymd_opt(y, m, c.d as u32);
            let back = || (a.year() - 4..=a.year()).rev().filter_map(on);
            let ahead = || (a.year()..=a.year() + 4).filter_map(on);
            match pick {
                Pick::OnOrBefore => back().find(|d| *d <= a),
                Pick::Before => back().find(|d| *d < a),
                Pick::OnOrAfter => ahead().find(|d| *d >= a),
                Pick::After => ahead().find(|d| *d > a),
            }
        };
        let d = match c.modi {
            Mod::Last => find(Pick::Before)?,
            Mod::Next => find(Pick::After)?,
            Mod::This => NaiveDate::from_ymd_opt(a.year(), m, c.d as u32)?,
            Mod::None => match self.tense(raw) {
                // A plan told in the past (`his vow that Britain would leave the EU on Oct.
                // 31`, written on Nov. 20) whose day went by weeks ago: that day, not the
                // same day almost a year on.
                Tense::Future => match (find(Pick::OnOrAfter), find(Pick::Before)) {
                    (Some(f), Some(b))
                        if (f - a).num_days() > 300 && (a - b).num_days() <= 60 && self.would_before(raw) =>
                    {
                        b
                    }
                    (f, _) => f?,
                },
                // A past verb of reporting or deciding with a day a few weeks ahead reports a
                // coming event (`has invited them to a ceremony on March 12`, `extended to
                // Nov. 20`): news writes the year of a day almost a year old.
                Tense::Past => match (find(Pick::OnOrBefore), find(Pick::After)) {
                    (Some(b), Some(f))
                        if (a - b).num_days() > 300 && (f - a).num_days() <= 60 && self.loosely_past(raw) =>
                    {
                        f
                    }
                    (b, _) => b?,
                },
                // With no verb to go by, a date a few weeks ahead is far likelier in news
                // than the same day almost a year ago.
                Tense::Unknown => match (find(Pick::OnOrAfter), find(Pick::OnOrBefore)) {
                    (Some(f), Some(b)) if (f - a).num_days() <= (a - b).num_days() => f,
                    (f, b) => b.or(f)?,
                },
            },
        };
        Some((day(d), Anchoring::Anchor))
    }

    /// The year of a month or a day-month told in the past after a day or a month written in
    /// full more than a year before the time of writing: the narrative has moved to that time,
    /// and runs forward (`Dec. 3, 1998. On Jan. 10, …` is 1999, within two months). Either in
    /// the same sentence (`confirmed in July 1997, and took office in August`), unless a verb
    /// of saying dates it to the report (`rose in May 1998, the company said in June`) or the
    /// date sat in an apposition (`Smith, born on May 5, 1950, retired in June`); or opening
    /// the next sentence (`The plant closed on March 3, 1998. On March 10, workers
    /// protested.`). Further on, the text may have returned to the present.
    fn narrative_year(&self, c: Cal, raw: &Raw) -> Option<i32> {
        /// How far after the narrative's day a day-month of the next year may lie.
        const ROLLOVER_DAYS: i64 = 62;
        let (sent, p, p_last) = self.narrative?;
        let a = self.anchor?;
        let here = self.toks[raw.first].sent;
        // A year alone is too often a thing's (`the 1996 law was amended in March`).
        let pm = p.get_month()?;
        if c.modi != Mod::None || p.last_day() >= a || within_a_year(&p, a) {
            return None;
        }
        let same = here == sent && !self.reported(raw) && !self.apposition_ends(p_last);
        let next = here == sent + 1 && self.opens_sentence(raw.first);
        if !(same || next) || self.tense(raw) != Tense::Past {
            return None;
        }
        let m = c.m as u32;
        if m >= pm {
            return Some(p.get_year());
        }
        let next = NaiveDate::from_ymd_opt(p.get_year() + 1, m, c.d.max(1) as u32)?;
        ((next - p.first_day()).num_days() <= ROLLOVER_DAYS).then_some(p.get_year() + 1)
    }

    /// Whether the text is a history: it writes years in full, and nearly all of them lie
    /// years before the time of writing (an encyclopaedia's account of a war, a biography),
    /// so that the time its months and days without a year belong to is the story's, which
    /// runs forward from one written year to the next, and not the time of writing. News
    /// writes the year of its own time, or none at all, and speaks from its own day (a
    /// weekday, `yesterday`): neither is a history, however far back its background reaches.
    fn is_history(&self, raws: &[Raw]) -> bool {
        let Some(a) = self.anchor else { return false };
        let (mut old, mut all, mut now) = (0usize, 0usize, 0usize);
        for raw in raws {
            match raw.sem {
                Sem::Cal(c) => {
                    // Both ends of a range (`entre 1990 et 1999`) are years the text writes.
                    let end = match raw.end {
                        Some(Sem::Cal(e)) => e.y.filter(|_| !e.yy && !e.near),
                        _ => None,
                    };
                    for y in c.y.filter(|_| !c.yy && !c.near).into_iter().chain(end) {
                        all += 1;
                        old += usize::from(y < a.year() - HISTORY_GAP_YEARS);
                    }
                }
                // A weekday, `yesterday`, `last week` speak from the time of writing.
                Sem::Weekday { .. } | Sem::Rel { unit: Unit::Day | Unit::Week, .. } => now += 1,
                _ => {}
            }
        }
        let share = if all >= HISTORY_CHRONICLE_YEARS { HISTORY_CHRONICLE_SHARE } else { HISTORY_SHARE };
        all >= HISTORY_MIN_YEARS && old * 100 >= all * share && now * HISTORY_NOW_PER_YEARS <= all
    }

    /// In a history ([`Self::is_history`]), the year of a month or a day-month without one:
    /// the one that puts it in the window of the story's time, which may reach a few months
    /// back (a history steps back to tell what led to an event) but mostly runs forward (`In
    /// December 1941 … In January, …` is 1942). A story back near the time of writing goes by
    /// the time of writing again.
    fn history_year(&self, c: Cal, raw: &Raw) -> Option<i32> {
        // A verb about the future speaks from the time of writing (`a book due to be
        // published in May`), but a history's `would` is a future in the past (`Germany
        // would invade Norway in April`), and its deadlines are past ones (`By early April,
        // the army had …`): only the verb's own tense counts, not a deadline's reading.
        if !self.history || c.m == 0 || c.modi != Mod::None || self.ahead_of_writing(raw) {
            return None;
        }
        let p = self.story_far()?;
        if c.wd.is_some() && c.d != 0 {
            return self.pinned(c, p.first_day()).map(|d| d.year());
        }
        if p.precision() == Precision::Year {
            return Some(p.get_year());
        }
        let from = p.first_day();
        (p.get_year() - 1..=p.get_year() + 1).find(|&y| {
            NaiveDate::from_ymd_opt(y, c.m as u32, c.d.max(1) as u32)
                .is_some_and(|d| (-HISTORY_BACK_DAYS..365 - HISTORY_BACK_DAYS).contains(&(d - from).num_days()))
        })
    }

    /// In a history whose story stands on a day or a month, a day of the month alone (`On the
    /// 5th, the Soviets offered amendments` after `a counteroffer on 2 October`): that day in
    /// the story's month, or in the next month when it has passed (a history runs forward).
    fn history_day(&self, d: u8) -> Option<NaiveDate> {
        let p = self.story_far().filter(|p| p.precision() != Precision::Year)?;
        let from = p.first_day();
        (0..2).find_map(|k| {
            let (y, m) = add_months(from.year(), from.month(), k);
            NaiveDate::from_ymd_opt(y, m, u32::from(d)).filter(|x| *x >= from)
        })
    }

    /// A bare weekday in brackets right after a date told in days (`May 5 (Tuesday)`, `May
    /// 5 - 6 (Tues-Wed 9:00am - 5:30pm)`) names that date's weekday, not one near the time
    /// of writing: the first day of its weekday within the date (a day, or a span of days).
    /// `None` when the weekday is not in such brackets; `Some(None)` when the date does not
    /// hold it: a slip of the writer's or a date read in the wrong year (see
    /// [`Self::bracket_year`]), either way no day of its own to give it (any weekday near the
    /// time of writing would be a day the text does not tell of).
    fn bracketed_weekday(&self, wd: u8, modi: Mod, raw: &Raw) -> Option<Option<NaiveDate>> {
        if modi != Mod::None {
            return None;
        }
        let open = raw.first.checked_sub(1).and_then(|k| self.toks.get(k)).is_some_and(|t| t.is_punct('('));
        let prev = self.prev.filter(|_| open && self.prev_last.is_some_and(|l| l + 2 == raw.first))?;
        if prev.start.precision() != Precision::Day || prev.last().precision() != Precision::Day {
            return None;
        }
        let (first, last) = (prev.start.first_day(), prev.last().first_day());
        Some(weekday_near(first, wd, 1, 0, 6).filter(|&d| d <= last))
    }

    /// `p`, the reading of a day and month of no year (`c`), moved to the year before or
    /// after when a weekday in brackets right after it (`May 7 (Tuesday)`) falls on that day
    /// there and not in `p`'s year: the weekday tells the year as a written one would, and
    /// the verb's tense, which gave `p`, is weaker evidence (`first set for May 7 (Tuesday),
    /// was moved`, written in March 2024, is May 2024, not May 2023). Only a year either side:
    /// further off, the weekday is more likely the writer's slip than the date's year.
    fn bracket_year(&self, c: Cal, raw: &Raw, p: PartialDate) -> PartialDate {
        // A year told in words (`last year`, `next year`) is as fixed as one in digits.
        if c.y.is_some()
            || c.yrel.is_some()
            || c.yprev.is_some()
            || c.m == 0
            || c.d == 0
            || p.precision() != Precision::Day
        {
            return p;
        }
        let tok = |k: usize| self.toks.get(raw.last + k);
        let wd = match tok(2).map(|t| t.lex) {
            Some(lexicon::Lex::Weekday(w) | lexicon::Lex::WeekdayAbbr(w)) => u32::from(w),
            _ => return p,
        };
        let close = if tok(3).is_some_and(|t| t.is_punct('.')) { 4 } else { 3 };
        if !tok(1).is_some_and(|t| t.is_punct('(')) || !tok(close).is_some_and(|t| t.is_punct(')')) {
            return p;
        }
        let y = p.get_year();
        [y, y - 1, y + 1]
            .into_iter()
            .filter_map(|y| NaiveDate::from_ymd_opt(y, u32::from(c.m), u32::from(c.d)))
            .find(|d| d.weekday().num_days_from_monday() == wd)
            .map_or(p, day)
    }

    /// Whether the expression starting at token `first` is set off by a comma or a dash
    /// right after the date told before it (`Oct. 12, the day before the plunge`, `on 9
    /// May 1947 - the day after the strike ended`): an apposition to that date.
    fn apposed_to_prev(&self, first: usize) -> bool {
        let mark = first
            .checked_sub(1)
            .and_then(|k| self.toks.get(k))
            .and_then(|t| t.punct())
            .is_some_and(|c| matches!(c, ',' | '-' | '–' | '—'));
        mark && self.prev_last.is_some_and(|l| l + 2 == first)
    }

    /// In a history, whether the verb of the clause of `raw` looks ahead from the time of
    /// writing (`a book due to be published in May`, `Later this month, the Sun will be…`):
    /// a `would` in the sentence is the story's future in the past (`before the end of the
    /// year, the Assembly would adopt`), counted from the story like any of its dates; so is
    /// a plan told in a finite past (`planned a raid for March 4`).
    fn ahead_of_writing(&self, raw: &Raw) -> bool {
        self.verb_future(raw) && !self.would_in_sentence(raw) && !self.past_plan_in_sentence(raw)
    }

    /// Whether the sentence of `raw` tells a plan in a finite past (English `planned`,
    /// `scheduled`, `intended`, `envisioned` after neither an auxiliary nor a determiner, and
    /// before no preposition: `the rebels planned a raid`, not `is planned`, `a planned
    /// campaign`, `the election scheduled for February`).
    fn past_plan_in_sentence(&self, raw: &Raw) -> bool {
        const PLANS: [&[u8]; 5] = [b"planned", b"scheduled", b"intended", b"envisioned", b"envisaged"];
        const NOT_FINITE: [&[u8]; 27] = [
            b"is", b"are", b"be", b"been", b"being", b"was", b"were", b"has", b"have", b"had", b"a", b"an", b"the",
            b"its", b"their", b"as", b"his", b"her", b"our", b"my", b"your", b"this", b"that", b"these", b"those",
            b"no", b"any",
        ];
        const AFTER_PARTICIPLE: [&[u8]; 8] = [b"for", b"on", b"in", b"at", b"by", b"until", b"from", b"during"];
        if self.lang != Lang::En {
            return false;
        }
        let sent = self.toks[raw.first].sent;
        let start = (0..raw.first).rev().take_while(|&k| self.toks[k].sent == sent).last().unwrap_or(raw.first);
        let mut buf = [0u8; lexicon::MAX_WORD];
        let mut pb = [0u8; lexicon::MAX_WORD];
        (start..self.toks.len()).take_while(|&k| self.toks[k].sent == sent).any(|k| {
            self.toks[k].kind == tokens::Kind::Word
                && self.toks[k].fold(self.text, &mut buf).is_some_and(|w| PLANS.contains(&w))
                && k > start
                // After a comma or a possessive it opens a participle (`The vote, scheduled to
                // take place in May`, `Putin's planned visit`); a finite verb follows a word.
                && self.toks[k - 1].kind == tokens::Kind::Word
                && !self.toks[k - 1].fold(self.text, &mut pb).is_some_and(|p| NOT_FINITE.contains(&p) || p == b"s")
                // A preposition right after it makes it a participle after a noun (`the
                // election scheduled for February`), no verb of the story's.
                && !self
                    .toks
                    .get(k + 1)
                    .and_then(|t| t.fold(self.text, &mut pb))
                    .is_some_and(|w| AFTER_PARTICIPLE.contains(&w))
        })
    }

    /// Whether the verb of the clause of `raw` looks ahead (`will`, `would`, `due to`,
    /// `planned`), leaving aside how a deadline reads (`until October` after a past verb).
    fn verb_future(&self, raw: &Raw) -> bool {
        tense_and_cost(self.text, self.toks, self.lang, raw.first, raw.last, &self.cues).0 == Tense::Future
    }

    /// Whether `would` stands anywhere in the sentence of `raw` (English).
    fn would_in_sentence(&self, raw: &Raw) -> bool {
        let sent = self.toks[raw.first].sent;
        let start = (0..raw.first).rev().take_while(|&k| self.toks[k].sent == sent).last().unwrap_or(raw.first);
        let mut buf = [0u8; lexicon::MAX_WORD];
        self.lang == Lang::En
            && self.toks[start..]
                .iter()
                .take_while(|t| t.sent == sent)
                .any(|t| t.kind == tokens::Kind::Word && t.fold(self.text, &mut buf) == Some(b"would"))
    }

    /// Whether `v`, a year alone, only gives its year to the date just before it in the
    /// sentence, the day and its year standing apart (`On December 7 (December 8 in Asian
    /// time zones), 1941,`): the story stays at that day, not at the whole year, so that the
    /// next month without a year runs forward from the day.
    fn year_of_previous(&self, v: DateSpan, raw: &Raw, before: (Option<DateSpan>, u32, Option<usize>)) -> bool {
        /// How many tokens (a bracket, a comma) may stand between the day and its year.
        const GAP: usize = 8;
        let (Some(prev), sent, Some(last)) = before else { return false };
        v.start.precision() == Precision::Year
            && prev.end.is_none()
            && prev.start.precision() != Precision::Year
            && prev.start.get_year() == v.start.get_year()
            && sent == self.toks[raw.first].sent
            && raw.first > last
            && raw.first - last <= GAP
            && self.toks[raw.first - 1].is_punct(',')
    }

    /// Whether `v` lies decades away from the story's time and the next year written in full
    /// does not follow it there: a year told in passing (`documents found in 2004 proved
    /// that …` in a history of 1920), after which the story goes on where it was.
    fn unconfirmed_jump(&self, v: DateSpan, next: Option<i32>) -> bool {
        let Some(s) = self.story.filter(|_| self.history) else { return false };
        let y = v.start.get_year();
        let far = |a: i32, b: i32| (a - b).abs() > HISTORY_JUMP_YEARS;
        far(y, s.get_year()) && next.is_none_or(|n| far(n, y))
    }

    /// In a history, the story's time while it starts more than a year before the time of
    /// writing: a story at `2008` or `May 2008` written in December 2009 still dates its
    /// `In October` (2008), where the time of writing would read the last October.
    fn story_far(&self) -> Option<PartialDate> {
        /// A year and a day: a year's first day is more than a year back at its own end.
        const YEAR: i64 = 366;
        let (p, a) = (self.story.filter(|_| self.history)?, self.anchor?);
        ((a - p.first_day()).num_days() > YEAR && p.last_day() < a).then_some(p)
    }

    /// Whether a comma after token `k` closes an apposition: a lower-case word after it that
    /// opens no clause resumes the main one (`Smith, born on May 5, 1950, retired`), where
    /// `, and he`, `, he` go on with the narrative.
    fn apposition_ends(&self, k: usize) -> bool {
        const GO_ON: [&[u8]; 16] = [
            b"and", b"but", b"then", b"when", b"while", b"as", b"after", b"before", b"he", b"she", b"it", b"they",
            b"we", b"i", b"the", b"a",
        ];
        let Some(w) = self.toks.get(k + 2).filter(|t| t.kind == tokens::Kind::Word && !t.has(tokens::CAP)) else {
            return false;
        };
        let mut buf = [0u8; lexicon::MAX_WORD];
        self.toks.get(k + 1).is_some_and(|t| t.is_punct(','))
            && !w.fold(self.text, &mut buf).is_some_and(|f| GO_ON.contains(&f))
    }

    /// Whether token `first` opens its sentence, alone or after one word (`On March 10, …`).
    fn opens_sentence(&self, first: usize) -> bool {
        let starts = |k: usize| k == 0 || self.toks[k - 1].sent != self.toks[k].sent;
        starts(first) || (first > 0 && starts(first - 1) && self.toks[first - 1].kind == tokens::Kind::Word)
    }

    /// Whether `since` / `depuis` comes just before token `first` (a determiner may sit
    /// between): what follows is the start of a span running to now, not a point of the text.
    fn after_since(&self, first: usize) -> bool {
        use lexicon::{Kw, Lex};
        let mut p = first.checked_sub(1);
        if p.is_some_and(|p| matches!(self.toks[p].lex, Lex::Kw(Kw::Le | Kw::The))) {
            p = p.and_then(|p| p.checked_sub(1));
        }
        p.is_some_and(|p| matches!(self.toks[p].lex, Lex::Kw(Kw::Depuis | Kw::Since)))
    }

    /// A year written with two digits (`en 97`): the one nearest the anchor (or today) that
    /// is not more than ten years ahead of it, across a century turn too (`'02` in 1999).
    /// The decade of a two-digit decade `dd` (`the '00s`, `the '80s`): this century's once it
    /// has begun by the anchor's year (`the '00s`, `the '10s` written in 2023), else the last
    /// century's (`the '30s` in 2023, `the '90s` and `the '00s` in 1989, as before 2000
    /// news meant them).
    fn short_decade(&self, dd: i32) -> i32 {
        let now = self.anchor.unwrap_or_else(|| self.today.get()).year();
        if 2000 + dd <= now {
            2000 + dd
        } else {
            1900 + dd
        }
    }

    fn full_year(&self, yy: i32) -> i32 {
        // A history's short years are the story's century (`the Club of '89` in a history of
        // 1789), not the time of writing's.
        let now = match self.story_far() {
            Some(p) => p.get_year(),
            None => self.anchor.unwrap_or_else(|| self.today.get()).year(),
        };
        let base = now - now.rem_euclid(100) + yy;
        if base > now + 10 {
            base - 100
        } else if base + 100 <= now + 10 {
            base + 100
        } else {
            base
        }
    }

    /// `le lendemain de …`, `la veille du …`: a day next to an event named after it.
    fn lendemain_of(&self, raw: &Raw) -> bool {
        use lexicon::{Kw, Lex};
        let day_word = self.toks[raw.first..=raw.last]
            .iter()
            .any(|t| matches!(t.lex, Lex::Kw(Kw::Lendemain | Kw::Veille | Kw::Surlendemain)));
        day_word
            && self.toks.get(raw.last + 1).is_some_and(|t| matches!(t.lex, Lex::Kw(Kw::De | Kw::Du | Kw::D | Kw::Des)))
    }

    /// Whether the past the clause is read in comes from a verb of reporting or deciding
    /// (news reports coming events that way), or from a verb clauses away from the expression.
    fn loosely_past(&self, raw: &Raw) -> bool {
        /// A cue farther than this (tokens, plus a toll per clause boundary) is weak.
        const FAR: usize = 12;
        self.reported(raw) || tense_and_cost(self.text, self.toks, self.lang, raw.first, raw.last, &self.cues).1 > FAR
    }

    /// The date a year `r` years from a told one counts from (`May of that year`, `the fall
    /// of the following year`): the date of this or the previous sentence; `that year`
    /// itself (`r` 0) points back to the last year told however far back, as the time of
    /// writing would be `this year`.
    fn prev_year_told(&self, r: i32, raw: &Raw) -> Option<DateSpan> {
        self.prev.filter(|_| r == 0 || self.prev_sent + 1 >= self.toks[raw.first].sent)
    }

    /// A count of years ahead (`ten years later`, `10 ans après`, `One Year Later` as a
    /// headline) with no date told near it to count from and no tense to place it: the
    /// clause is about the present, which is that many units after an event the text does
    /// not date (`Eighty years later, I see teams repeat it`). The time of writing, not that
    /// many units past it.
    fn count_to_now(&self, raw: &Raw) -> bool {
        let t = &self.toks[raw.first];
        let count = t.kind == tokens::Kind::Num
            || matches!(t.lex, lexicon::Lex::Count(_))
            || self.text[t.start..t.end].eq_ignore_ascii_case("a");
        count && self.tense(raw) == Tense::Unknown && self.years_counted(raw)
    }

    /// Whether the expression counts years (`Eighty years later`, `10 ans après`): a span
    /// that long tells a retrospective; days and weeks step through a story (`a week
    /// later`).
    fn years_counted(&self, raw: &Raw) -> bool {
        (raw.first..=raw.last).any(|k| {
            matches!(self.toks[k].lex, lexicon::Lex::Kw(lexicon::Kw::Year | lexicon::Kw::An | lexicon::Kw::Annee))
        })
    }

    /// Whether a word of the present (the language's `now_words`) sits within a few tokens
    /// of the expression in its sentence, with no tense cue nearer: `N years later` there
    /// ends at the time of writing (`Fifty-five years later, Oman has none`).
    fn now_near(&self, raw: &Raw) -> bool {
        let words = lexicon::words(self.lang);
        let sent = self.toks[raw.first].sent;
        let near = raw.first.saturating_sub(6)..(raw.last + 9).min(self.toks.len());
        let mut buf = [0u8; lexicon::MAX_WORD];
        self.tense(raw) == Tense::Unknown
            && near.filter(|&k| k < raw.first || k > raw.last).any(|k| {
                let t = &self.toks[k];
                t.sent == sent
                    && t.kind == tokens::Kind::Word
                    && t.fold(self.text, &mut buf).is_some_and(|w| lexicon::is_in(words.now_words, w))
            })
    }

    /// Whether the expression is the far side of a comparison of figures: right after an
    /// amount, a `%` or a word of comparing (the language's `comparison_before`; one comma
    /// between may sit there: `or 40 cents a share, a year earlier`). A report compares with
    /// the period it is about, not with an event the text does not date.
    fn compares_figures(&self, raw: &Raw) -> bool {
        let Some(mut k) = raw.first.checked_sub(1) else { return false };
        if self.toks[k].is_punct(',') {
            let Some(j) = k.checked_sub(1) else { return false };
            k = j;
        }
        let t = &self.toks[k];
        let mut buf = [0u8; lexicon::MAX_WORD];
        t.sent == self.toks[raw.first].sent
            && match t.kind {
                tokens::Kind::Num => true,
                tokens::Kind::Punct => t.is_punct('%'),
                tokens::Kind::Word => t
                    .fold(self.text, &mut buf)
                    .is_some_and(|w| lexicon::is_in(lexicon::words(self.lang).comparison_before, w)),
                _ => false,
            }
    }

    /// Whether a verb of reporting, deciding or scheduling (the language's
    /// `report_verbs`) comes shortly before the expression in its sentence.
    fn reported(&self, raw: &Raw) -> bool {
        let words = lexicon::words(self.lang);
        let sent = self.toks[raw.first].sent;
        (raw.first.saturating_sub(12)..raw.first).any(|k| {
            let t = &self.toks[k];
            let mut buf = [0u8; lexicon::MAX_WORD];
            t.sent == sent
                && t.kind == tokens::Kind::Word
                && t.fold(self.text, &mut buf).is_some_and(|w| lexicon::is_in(words.report_verbs, w))
        })
    }

    /// The year of a day listed right after an earlier day of the same month (`went on strike
    /// on 15 and 20 December`, `took place on December 7 and 8`): one list is one time, so
    /// the later day takes the year the first one took instead of searching the verb again
    /// from further away.
    fn listed_with_prev(&self, c: Cal, raw: &Raw) -> Option<i32> {
        use lexicon::{Kw, Lex};
        let (p, pl) = (self.prev?, self.prev_last?);
        let pd = p.start;
        if c.d == 0 || c.modi != Mod::None || p.end.is_some() || pd.precision() != Precision::Day {
            return None;
        }
        let joined = pl + 2 == raw.first
            && (self.toks[pl + 1].is_punct(',')
                || matches!(self.toks[pl + 1].lex, Lex::Kw(Kw::And | Kw::Or | Kw::Et | Kw::Ou)));
        (joined && pd.get_month() == Some(c.m as u32) && pd.get_day().is_some_and(|d| d < c.d as u32))
            .then(|| pd.get_year())
    }

    /// The year of a span of days listed after another in the same month (`May 2 - 3, 9 -
    /// 10, 16 - 17`): the first span's, as a timetable runs within its month. Read on its own,
    /// a later span could fall in another year when the verb's tense or the time of writing
    /// sits between the two.
    fn listed_span_year(&self, a: Cal, b: Cal, raw: &Raw) -> Option<i32> {
        let (p, pl) = (self.prev?, self.prev_last?);
        if a.y.is_some() || b.y.is_some() || a.m == 0 || a.m != b.m || a.modi != Mod::None {
            return None;
        }
        let pe = p.end.filter(|e| e.precision() == Precision::Day && p.start.precision() == Precision::Day)?;
        let after = pl + 2 == raw.first && self.toks[pl + 1].is_punct(',');
        (after && pe.get_month() == Some(u32::from(a.m)) && pe.get_day().is_some_and(|d| d < u32::from(a.d)))
            .then(|| pe.get_year())
    }

    /// Whether the next month `m` after the anchor's month starts at most 45 days after `a`.
    fn month_soon(&self, a: NaiveDate, m: u32) -> bool {
        self.month_within(a, m, 45)
    }

    /// The year of a month `m` listed after a coming month of its sentence (`Mexico in
    /// January, Magi-Fest in February and the FFFF in April`): a timetable runs forward, so it
    /// is the first month `m` after that one. None when the month before is not ahead.
    fn after_listed_month(&self, raw: &Raw, m: u32) -> Option<i32> {
        let prev = self.prev.filter(|p| p.end.is_none() && p.start.precision() == Precision::Month)?;
        let pm = prev.start.get_month()?;
        (self.prev_sent == self.toks[raw.first].sent && prev.start.first_day() > self.anchor?)
            .then(|| prev.start.get_year() + i32::from(m < pm))
    }

    /// Whether the next month `m` after the anchor's month starts at most `days` after `a`.
    fn month_within(&self, a: NaiveDate, m: u32, days: i64) -> bool {
        let y = a.year() + i32::from(m <= a.month());
        NaiveDate::from_ymd_opt(y, m, 1).is_some_and(|f| (f - a).num_days() <= days)
    }

    /// `in three weeks` with no verb tense to go by is a point ahead (`expires in 10 days`)
    /// unless a superlative or a first makes it a span (`the biggest drop in three years`).
    fn in_future_untensed(&self, raw: &Raw) -> bool {
        let words = lexicon::words(self.lang);
        let sent = self.toks[raw.first].sent;
        let lo = raw.first.saturating_sub(8);
        if self.measured_change(raw) {
            return false;
        }
        !(lo..raw.first).any(|k| {
            let t = &self.toks[k];
            if t.sent != sent {
                return false;
            }
            if self.nth(t) {
                return true;
            }
            if t.kind != tokens::Kind::Word {
                return false;
            }
            let mut buf = [0u8; lexicon::MAX_WORD];
            let Some(w) = t.fold(self.text, &mut buf) else { return false };
            lexicon::is_in(words.span_words, w)
                || (w.len() >= 6 && w.ends_with(b"est") && !lexicon::is_in(words.not_superlative, w))
        })
    }

    /// An English ordinal counts occurrences in a span as `first` does (`the fifth increase
    /// in two years`, `his third starting quarterback in three years`).
    fn nth(&self, t: &Tok) -> bool {
        self.lang == Lang::En && (t.kind == tokens::Kind::Ordinal || matches!(t.lex, lexicon::Lex::Ordinal(_)))
    }

    /// A share just before `in` measures a change over the span (`exports rise 26% in 8
    /// months`, `prices fell 3 % in two years`), not a point ahead.
    fn measured_change(&self, raw: &Raw) -> bool {
        raw.first.checked_sub(1).and_then(|k| self.toks.get(k)).is_some_and(|t| matches!(t.punct(), Some('%' | '‰')))
    }

    /// Whether a superlative or a first opens the phrase `in three years` ends, with no verb
    /// between them (`at lowest level in six years`, `the first time in a decade`; not `the
    /// first plant will open in two years`).
    fn span_phrase(&self, raw: &Raw) -> bool {
        let words = lexicon::words(self.lang);
        let sent = self.toks[raw.first].sent;
        if self.measured_change(raw) {
            return true;
        }
        for k in (raw.first.saturating_sub(6)..raw.first).rev() {
            let t = &self.toks[k];
            // A hyphen joins a compound inside the phrase (`biggest one-day drop`).
            let hyphen = matches!(t.punct(), Some('-' | '‑'));
            if t.sent != sent || (t.kind == tokens::Kind::Punct && !hyphen) {
                return false;
            }
            if self.nth(t) {
                return true;
            }
            if t.kind != tokens::Kind::Word {
                continue;
            }
            let mut buf = [0u8; lexicon::MAX_WORD];
            let Some(w) = t.fold(self.text, &mut buf) else { return false };
            if lexicon::is_in(words.span_words, w)
                || (w.len() >= 6 && w.ends_with(b"est") && !lexicon::is_in(words.not_superlative, w))
            {
                return true;
            }
            if tense::cue(self.text, self.toks, self.lang, k).is_some() {
                return false;
            }
        }
        false
    }

    fn range(&self, a: Sem, b: Sem, raw: &Raw) -> Option<(DateSpan, Anchoring)> {
        let worst = |x: Anchoring, y: Anchoring| {
            if x == Anchoring::Anchor || y == Anchoring::Anchor {
                Anchoring::Anchor
            } else {
                x
            }
        };
        match (a, b) {
            (_, Sem::For { n, unit }) => {
                let (start, how) = self.single(a, raw)?;
                let s = start.start;
                if start.end.is_some() || s.precision() != Precision::Day {
                    return None;
                }
                let days = match unit {
                    Unit::Day => n as i64,
                    Unit::WeekPoint | Unit::Week => 7 * n as i64,
                    _ => return None,
                };
                let e = add_days(s.first_day(), days - 1)?;
                Some((DateSpan { start: s, end: (days > 1).then_some(day(e)) }, how))
            }
            (Sem::Cal(mut ca), Sem::Cal(mut cb)) => {
                if ca.m == 0 && ca.d != 0 {
                    ca = Cal { m: cb.m, y: cb.y, yrel: cb.yrel, yprev: cb.yprev, modi: cb.modi, wd: None, ..ca };
                }
                if let Some(y) = self.listed_span_year(ca, cb, raw) {
                    (ca.y, cb.y) = (Some(y), Some(y));
                }
                let known = |c: &Cal| c.y.is_some() || c.yrel.is_some() || c.yprev.is_some() || c.m == 0;
                let later = |x: &Cal, y: &Cal| (x.m, x.d) > (y.m, y.d);
                let (sa, sb) = if known(&ca) && known(&cb) {
                    (self.cal(ca, raw)?, self.cal(cb, raw)?)
                } else if known(&cb) {
                    let sb = self.cal(cb, raw)?;
                    ca.y = Some(sb.0.get_year() - i32::from(later(&ca, &cb)));
                    ca.yrel = None;
                    ca.yprev = None;
                    (self.cal(ca, raw)?, sb)
                } else {
                    let sa = self.cal(ca, raw)?;
                    cb.y = Some(sa.0.get_year() + i32::from(later(&ca, &cb)));
                    (sa, (self.cal(cb, raw)?.0, sa.1))
                };
                if sa.0.first_day() > sb.0.first_day() {
                    return None;
                }
                let how = worst(sa.1, sb.1);
                // `from mid-1990 to early 1991`, `between late March and early April`: each
                // end is the part of its own period, and the range runs from the start of the
                // first part to the end of the second (cutting the whole range would keep a
                // third of it, or nothing of the end's period).
                if raw.cut != Cut::None || raw.end_cut != Cut::None {
                    let (pa, pb) = (cut(DateSpan::at(sa.0), raw.cut), cut(DateSpan::at(sb.0), raw.end_cut));
                    if pa.start.first_day() > pb.last().last_day() {
                        return None;
                    }
                    if pa.start == pb.last() {
                        return Some((DateSpan::at(pa.start), how));
                    }
                    return Some((DateSpan { start: pa.start, end: Some(pb.last()) }, how));
                }
                if sa.0 == sb.0 {
                    return Some((DateSpan::at(sa.0), how));
                }
                Some((DateSpan { start: sa.0, end: Some(sb.0) }, how))
            }
            (Sem::Weekday { wd: wa, modi: ma }, Sem::Weekday { wd: wb, modi: mb }) => {
                let gap = (wb as i64 - wa as i64).rem_euclid(7);
                if gap == 0 {
                    return None;
                }
                let (s, e) = if self.tense(raw) == Tense::Future {
                    let s = self.weekday(wa, ma, raw)?;
                    (s, add_days(s, gap)?)
                } else {
                    let e = self.weekday(wb, mb, raw)?;
                    (add_days(e, -gap)?, e)
                };
                Some((DateSpan { start: day(s), end: Some(day(e)) }, Anchoring::Anchor))
            }
            _ => None,
        }
    }
}

/// A quarter or a half moved by `n` years, or else the year `n` years from the last day of
/// `base`.
fn shift_span(base: DateSpan, n: i32) -> Option<DateSpan> {
    if !is_part(base) {
        return shift(base.last(), n, Unit::Year);
    }
    let (s, e) = (base.start, base.end?);
    let y = s.get_year().checked_add(n)?;
    Some(DateSpan { start: PartialDate::month(y, s.get_month()?)?, end: Some(PartialDate::month(y, e.get_month()?)?) })
}

/// The day `base` at the grain of `unit` when that grain is a month or coarser (`N years
/// later` at the time of writing is its year), else the day itself.
fn at_grain(base: PartialDate, unit: Unit) -> Option<DateSpan> {
    match unit {
        Unit::Month | Unit::Quarter | Unit::Year | Unit::Century => shift(base, 0, unit),
        Unit::Day | Unit::WeekPoint | Unit::Week | Unit::Weekend => Some(DateSpan::at(base)),
    }
}

/// `base` moved by `n` units; the result has the unit's precision, and a step finer than
/// what `base` knows (days from a month) cannot be taken.
fn shift(base: PartialDate, n: i32, unit: Unit) -> Option<DateSpan> {
    let p = base.precision();
    match unit {
        Unit::Day | Unit::WeekPoint | Unit::Week | Unit::Weekend => {
            if p != Precision::Day {
                return None;
            }
            let per = if unit == Unit::Day { 1 } else { 7 };
            let d = add_days(base.first_day(), n as i64 * per)?;
            if unit == Unit::Week {
                week_of(d)
            } else {
                Some(DateSpan::at(day(d)))
            }
        }
        Unit::Month => {
            let m = base.get_month()?;
            let (y, m) = add_months(base.get_year(), m, n);
            Some(DateSpan::at(PartialDate::month(y, m)?))
        }
        Unit::Quarter => {
            let m = base.get_month()?;
            let (y, m) = add_months(base.get_year(), (m - 1) / 3 * 3 + 1, n.checked_mul(3)?);
            Some(DateSpan { start: PartialDate::month(y, m)?, end: Some(PartialDate::month(y, m + 2)?) })
        }
        Unit::Year => Some(DateSpan::at(PartialDate::year(base.get_year().checked_add(n)?))),
        Unit::Century => {
            let first = base.get_year().div_euclid(100).checked_add(n)?.checked_mul(100)?;
            Some(DateSpan { start: PartialDate::year(first), end: Some(PartialDate::year(first.checked_add(99)?)) })
        }
    }
}

/// Season `n` (0 spring, 1 summer, 2 autumn, 3 winter) that starts in year `y`, as the
/// months of the meteorological season: spring March to May, summer June to August, autumn
/// September to November, winter December to February of the next year.
fn season(n: u8, y: i32) -> Option<DateSpan> {
    let first = 3 + 3 * n as u32;
    let (y2, last) = add_months(y, first, 2);
    Some(DateSpan { start: PartialDate::month(y, first)?, end: Some(PartialDate::month(y2, last)?) })
}

/// Easter Sunday of year `y` in the Gregorian calendar (the anonymous algorithm of 1876).
fn easter(y: i32) -> Option<NaiveDate> {
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c.div_euclid(4);
    let k = c.rem_euclid(4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let month = (h + l - 7 * m + 114).div_euclid(31);
    let day = (h + l - 7 * m + 114).rem_euclid(31) + 1;
    NaiveDate::from_ymd_opt(y, month as u32, day as u32)
}

/// The part `c` of the period `v`: a month is cut into days 1–10, 11–20 and 21 to its end
/// (or its fortnights 1–14 and 15 to its end); anything longer into thirds of its own unit
/// (a year into January–April, May–August, September–December; a week into Monday–Wednesday,
/// Wednesday–Friday, Friday–Sunday; a decade into 1980–1983, 1983–1986, 1986–1989). A day is
/// not cut.
fn cut(v: DateSpan, c: Cut) -> DateSpan {
    if c == Cut::None {
        return v;
    }
    if c == Cut::Week {
        return match (v.start.precision(), v.end) {
            (Precision::Day, None) => week_of(v.start.first_day()),
            _ => None,
        }
        .unwrap_or(v);
    }
    let (s, e) = (v.start, v.last());
    let make = |a: PartialDate, b: PartialDate| DateSpan { start: a, end: (a != b).then_some(b) };
    let thirds = |n: i64| -> (i64, i64) {
        let k = (n + 2) / 3;
        match c {
            Cut::Begin => (0, k - 1),
            Cut::End => (n - k, n - 1),
            _ => ((n - k) / 2, (n - k) / 2 + k - 1),
        }
    };
    let cut_days = |lo: NaiveDate, hi: NaiveDate| -> Option<DateSpan> {
        let n = (hi - lo).num_days() + 1;
        let (a, b) = thirds(n);
        Some(make(day(add_days(lo, a)?), day(add_days(lo, b)?)))
    };
    let out = match (s.precision(), v.end.is_some()) {
        (Precision::Month, false) => {
            let (lo, hi) = (s.first_day(), s.last_day());
            let last = hi.day() as i64;
            let (a, b) = match c {
                Cut::Begin => (1, 10),
                Cut::Mid => (11, 20),
                Cut::End => (21, last),
                Cut::FirstFortnight => (1, 14),
                Cut::SecondFortnight => (15, last),
                Cut::None | Cut::Week => (1, last),
            };
            add_days(lo, a - 1).zip(add_days(lo, b - 1)).map(|(x, y)| make(day(x), day(y)))
        }
        _ if matches!(c, Cut::FirstFortnight | Cut::SecondFortnight) => None,
        (Precision::Day, false) => None,
        (Precision::Day, true) => cut_days(s.first_day(), e.last_day()),
        (Precision::Month, true) | (Precision::Year, false) => {
            let first = s.get_year() as i64 * 12 + s.get_month().unwrap_or(1) as i64 - 1;
            let last = e.get_year() as i64 * 12 + e.get_month().unwrap_or(12) as i64 - 1;
            let (a, b) = thirds(last - first + 1);
            let at = |k: i64| PartialDate::month((k.div_euclid(12)) as i32, (k.rem_euclid(12) + 1) as u32);
            at(first + a).zip(at(first + b)).map(|(x, y)| make(x, y))
        }
        // `the early 1990s`, `the mid-1990s`, `the late 19th century`: a third of the years,
        // as a month's or a year's parts are thirds of it.
        (Precision::Year, true) => {
            let (first, last) = (s.get_year() as i64, e.get_year() as i64);
            let (a, b) = thirds(last - first + 1);
            Some(make(PartialDate::year((first + a) as i32), PartialDate::year((first + b) as i32)))
        }
    };
    out.unwrap_or(v)
}
