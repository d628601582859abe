//! A French and English news date tagger ([`tag`]), and the dates it speaks in: partial
//! calendar dates (a day, a month or a year), spans between two of them, and their long form
//! in the reader's language.
//!
//! ```
//! use briefing_dates::{tag, Lang};
//! let reference = chrono::NaiveDate::from_ymd_opt(2013, 2, 12);
//! let found = tag("Il reviendra mardi de la semaine prochaine, puis à Noël.", Lang::Fr, reference);
//! let values: Vec<String> = found.exprs.iter().map(|e| e.value.iso()).collect();
//! assert_eq!(values, ["2013-02-19", "2013-12-25"]);
//! ```
//!
//! Everything in the chronology, in front matter and in the temporal tagger is expressed with
//! these types, so that a month-only date is never silently turned into the 1st of the month.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use std::fmt;

/// A language the site's interface and the date tools know.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// French.
    Fr,
    /// English.
    En,
}

impl Lang {
    /// Parses a language code (`fr`, `fr-FR`, `en`, `en-GB`, …); `None` for other languages.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The two-letter code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }
}

/// How precisely a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// Only the year.
    Year,
    /// Year and month.
    Month,
    /// A calendar day.
    Day,
}

impl Precision {
    /// The name used in front matter and JSON (`day`, `month`, `year`).
    pub fn name(self) -> &'static str {
        match self {
            Precision::Year => "year",
            Precision::Month => "month",
            Precision::Day => "day",
        }
    }

    /// Parses `day`, `month` or `year`.
    pub fn parse(s: &str) -> Option<Precision> {
        match s {
            "day" => Some(Precision::Day),
            "month" => Some(Precision::Month),
            "year" => Some(Precision::Year),
            _ => None,
        }
    }
}

/// A calendar date known to a day, a month or a year.
///
/// Ordering is chronological with the coarser date first when one contains the other
/// (`2022` < `2022-12` < `2022-12-19`), which keeps sorted chronologies stable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    year: i32,
    /// 0 when unknown.
    month: u8,
    /// 0 when unknown.
    day: u8,
}

impl PartialDate {
    /// A year alone.
    pub fn year(year: i32) -> PartialDate {
        PartialDate { year, month: 0, day: 0 }
    }

    /// A month of a year; `None` if the month is out of range.
    pub fn month(year: i32, month: u32) -> Option<PartialDate> {
        (1..=12).contains(&month).then_some(PartialDate { year, month: month as u8, day: 0 })
    }

    /// A calendar day; `None` if it does not exist (30 February).
    pub fn day(year: i32, month: u32, day: u32) -> Option<PartialDate> {
        NaiveDate::from_ymd_opt(year, month, day)?;
        Some(PartialDate { year, month: month as u8, day: day as u8 })
    }

    /// A day from a chrono date.
    pub fn from_naive(d: NaiveDate) -> PartialDate {
        PartialDate { year: d.year(), month: d.month() as u8, day: d.day() as u8 }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (the forms front matter and the JSON exports use).
    pub fn parse_iso(s: &str) -> Result<PartialDate, String> {
        let s = s.trim();
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str, len: usize, what: &str| -> Result<u32, String> {
            if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse::<u32>().map_err(|_| format!("bad {what} in date \"{s}\""))
            } else {
                Err(format!("bad date \"{s}\": expected YYYY-MM-DD, YYYY-MM or YYYY"))
            }
        };
        match parts.as_slice() {
            [y] => Ok(PartialDate::year(num(y, 4, "year")? as i32)),
            [y, m] => {
                let (y, m) = (num(y, 4, "year")?, num(m, 2, "month")?);
                PartialDate::month(y as i32, m).ok_or_else(|| format!("bad date \"{s}\": no month {m}"))
            }
            [y, m, d] => {
                let (y, m, d) = (num(y, 4, "year")?, num(m, 2, "month")?, num(d, 2, "day")?);
                PartialDate::day(y as i32, m, d)
                    .ok_or_else(|| format!("bad date \"{s}\": {y:04}-{m:02} has no day {d}"))
            }
            _ => Err(format!("bad date \"{s}\": expected YYYY-MM-DD, YYYY-MM or YYYY")),
        }
    }

    /// The year.
    pub fn get_year(self) -> i32 {
        self.year
    }

    /// The month (1–12), if known.
    pub fn get_month(self) -> Option<u32> {
        (self.month != 0).then_some(self.month as u32)
    }

    /// The day of the month, if known.
    pub fn get_day(self) -> Option<u32> {
        (self.day != 0).then_some(self.day as u32)
    }

    /// How precisely this date is known.
    pub fn precision(self) -> Precision {
        if self.day != 0 {
            Precision::Day
        } else if self.month != 0 {
            Precision::Month
        } else {
            Precision::Year
        }
    }

    /// The same date cut to a coarser precision (never refines).
    pub fn truncate(self, p: Precision) -> PartialDate {
        match p {
            Precision::Year => PartialDate::year(self.year),
            Precision::Month if self.month != 0 => PartialDate { day: 0, ..self },
            _ => self,
        }
    }

    /// The first calendar day this date covers.
    pub fn first_day(self) -> NaiveDate {
        let m = self.get_month().unwrap_or(1);
        let d = self.get_day().unwrap_or(1);
        NaiveDate::from_ymd_opt(self.year, m, d).unwrap_or(NaiveDate::MIN)
    }

    /// The last calendar day this date covers.
    pub fn last_day(self) -> NaiveDate {
        match (self.get_month(), self.get_day()) {
            (Some(m), Some(d)) => NaiveDate::from_ymd_opt(self.year, m, d),
            (Some(m), None) => {
                let (ny, nm) = if m == 12 { (self.year + 1, 1) } else { (self.year, m + 1) };
                NaiveDate::from_ymd_opt(ny, nm, 1).and_then(|d| d.pred_opt())
            }
            _ => NaiveDate::from_ymd_opt(self.year, 12, 31),
        }
        .unwrap_or(NaiveDate::MAX)
    }

    /// Whether the two dates share at least one day.
    pub fn overlaps(self, other: PartialDate) -> bool {
        self.first_day() <= other.last_day() && other.first_day() <= self.last_day()
    }

    /// The date in the reader's language: `19 décembre 2022`, `1er mars 2021`, `décembre 2022`,
    /// `2022`; in English `19 December 2022`, `December 2022`.
    pub fn long(self, lang: Lang) -> String {
        // Written piece by piece rather than by `format!`: every event of a chronology shows
        // its date this way, several times.
        let month = self.get_month().map(|m| month_name(m, lang));
        let mut out = String::with_capacity(24);
        match (self.get_day(), month) {
            (Some(d), Some(m)) => {
                if d == 1 && lang == Lang::Fr {
                    out.push_str("1er");
                } else {
                    push_int(&mut out, i64::from(d), 1);
                }
                out.push(' ');
                out.push_str(m);
                out.push(' ');
                push_int(&mut out, i64::from(self.year), 1);
            }
            (None, Some(m)) => {
                out.push_str(m);
                out.push(' ');
                push_int(&mut out, i64::from(self.year), 1);
            }
            _ if self.year < 1 => {
                push_int(&mut out, 1 - i64::from(self.year), 1);
                out.push_str(match lang {
                    Lang::Fr => " av. J.-C.",
                    Lang::En => " BC",
                });
            }
            _ => push_int(&mut out, i64::from(self.year), 1),
        }
        out
    }

    /// The ISO form (`2022-12-19`) on the stack, as [`fmt::Display`] writes it.
    pub fn iso_form(self) -> Iso {
        let mut iso = Iso { buf: [0; 24], len: 0 };
        // Years before 1 as ISO 8601 writes them: 1 BC is `0000`, 44 BC is `-0043`.
        if self.year < 0 {
            iso.push(b'-');
        }
        iso.digits(self.year.unsigned_abs(), 4);
        if let Some(m) = self.get_month() {
            iso.push(b'-');
            iso.digits(m, 2);
            if let Some(d) = self.get_day() {
                iso.push(b'-');
                iso.digits(d, 2);
            }
        }
        iso
    }

    /// Like [`PartialDate::long`] with the weekday first for a day (`lundi 19 décembre 2022`).
    pub fn long_with_weekday(self, lang: Lang) -> String {
        if self.precision() != Precision::Day {
            return self.long(lang);
        }
        let wd = self.first_day().weekday().num_days_from_monday() as usize;
        let name = match lang {
            Lang::Fr => ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"][wd],
            Lang::En => ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][wd],
        };
        format!("{name} {}", self.long(lang))
    }
}

/// The name of a month (1–12) as written in running text.
pub fn month_name(m: u32, lang: Lang) -> &'static str {
    const FR: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let i = (m.clamp(1, 12) - 1) as usize;
    match lang {
        Lang::Fr => FR[i],
        Lang::En => EN[i],
    }
}

impl fmt::Display for PartialDate {
    /// ISO form: `2022`, `2022-12` or `2022-12-19`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.iso_form().as_str())
    }
}

/// A date's ISO form, written without `format!` (a build writes it for every event, several
/// times): at most `-2147483648-12-31`.
#[derive(Clone, Copy)]
pub struct Iso {
    buf: [u8; 24],
    len: u8,
}

impl Iso {
    /// The text.
    pub fn as_str(&self) -> &str {
        // Only ASCII digits and `-` are ever written.
        std::str::from_utf8(&self.buf[..usize::from(self.len)]).unwrap_or_default()
    }

    /// Appends the text to `out`, a byte at a time (all ASCII: no check of the whole).
    fn push_to(&self, out: &mut String) {
        self.buf[..usize::from(self.len)].iter().for_each(|&b| out.push(char::from(b)));
    }

    fn push(&mut self, b: u8) {
        if let Some(slot) = self.buf.get_mut(usize::from(self.len)) {
            *slot = b;
            self.len += 1;
        }
    }

    /// `n` in decimal, zero-padded to `width` digits.
    fn digits(&mut self, n: u32, width: usize) {
        // Months, days and the years of these centuries, without a loop.
        if width == 2 && n < 100 {
            self.push(b'0' + (n / 10) as u8);
            self.push(b'0' + (n % 10) as u8);
            return;
        }
        if width == 4 && n < 10_000 {
            self.push(b'0' + (n / 1000) as u8);
            self.push(b'0' + (n / 100 % 10) as u8);
            self.push(b'0' + (n / 10 % 10) as u8);
            self.push(b'0' + (n % 10) as u8);
            return;
        }
        let mut tmp = [0u8; 10];
        let mut at = tmp.len();
        let mut rest = n;
        while rest > 0 || tmp.len() - at < width {
            at -= 1;
            tmp[at] = b'0' + (rest % 10) as u8;
            rest /= 10;
        }
        tmp[at..].iter().for_each(|&b| self.push(b));
    }
}

/// Appends `n` in decimal, zero-padded to `width` digits (after its sign).
fn push_int(out: &mut String, n: i64, width: usize) {
    if n < 0 {
        out.push('-');
    }
    let mut tmp = [0u8; 20];
    let mut at = tmp.len();
    let mut rest = n.unsigned_abs();
    while rest > 0 || tmp.len() - at < width {
        at -= 1;
        tmp[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
    }
    tmp[at..].iter().for_each(|&b| out.push(char::from(b)));
}

impl Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A date or a range of dates (`end` included).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateSpan {
    /// The first date.
    pub start: PartialDate,
    /// The last date, when the span is a range.
    pub end: Option<PartialDate>,
}

impl DateSpan {
    /// A single date.
    pub fn at(d: PartialDate) -> DateSpan {
        DateSpan { start: d, end: None }
    }

    /// The last date the span covers.
    pub fn last(&self) -> PartialDate {
        self.end.unwrap_or(self.start)
    }

    /// Whether the two spans share at least one day.
    pub fn overlaps(&self, other: &DateSpan) -> bool {
        self.start.first_day() <= other.last().last_day() && other.start.first_day() <= self.last().last_day()
    }

    /// `2022-12-19` or `2001/2020` (the DESIGN.md interval form, end included).
    pub fn iso(&self) -> String {
        let mut out = String::with_capacity(21);
        self.start.iso_form().push_to(&mut out);
        if let Some(e) = self.end {
            out.push('/');
            e.iso_form().push_to(&mut out);
        }
        out
    }

    /// The span in the reader's language: `du 10 au 12 octobre 2022`, `de 2001 à 2020`.
    pub fn long(&self, lang: Lang) -> String {
        let Some(end) = self.end else {
            return self.start.long(lang);
        };
        let (s, e) = (self.start, end);
        let same_year = s.year == e.year;
        let same_month = same_year && s.month == e.month && s.month != 0;
        let start = if same_month && s.precision() == Precision::Day {
            let d = s.day;
            if lang == Lang::Fr && d == 1 {
                "1er".to_string()
            } else {
                d.to_string()
            }
        } else if same_year && s.precision() != Precision::Year && e.precision() != Precision::Year {
            s.long(lang).trim_end_matches(&format!(" {}", s.year)).to_string()
        } else {
            s.long(lang)
        };
        match lang {
            Lang::Fr => {
                let from = if s.precision() == Precision::Day { "du" } else { "de" };
                let to = if e.precision() == Precision::Day { "au" } else { "à" };
                format!("{from} {start} {to} {}", e.long(lang))
            }
            Lang::En => format!("{start} – {}", e.long(lang)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The forms as `format!` wrote them before: the hand-written ones must agree.
    fn iso_by_format(d: PartialDate) -> String {
        let mut s = if d.year < 0 { format!("-{:04}", d.year.unsigned_abs()) } else { format!("{:04}", d.year) };
        match (d.get_month(), d.get_day()) {
            (Some(m), Some(day)) => s.push_str(&format!("-{m:02}-{day:02}")),
            (Some(m), None) => s.push_str(&format!("-{m:02}")),
            _ => {}
        }
        s
    }

    fn long_by_format(d: PartialDate, lang: Lang) -> String {
        let month = d.get_month().map(|m| month_name(m, lang));
        match (d.get_day(), month) {
            (Some(1), Some(m)) if lang == Lang::Fr => format!("1er {m} {}", d.year),
            (Some(day), Some(m)) => format!("{day} {m} {}", d.year),
            (None, Some(m)) => format!("{m} {}", d.year),
            _ if d.year < 1 => match lang {
                Lang::Fr => format!("{} av. J.-C.", 1 - d.year as i64),
                Lang::En => format!("{} BC", 1 - d.year as i64),
            },
            _ => d.year.to_string(),
        }
    }

    #[test]
    fn written_dates_agree_with_format() {
        let years = [i32::MIN, -10_000, -43, -1, 0, 1, 9, 44, 999, 1000, 2022, 9999, 10_000, 123_456, i32::MAX];
        for year in years {
            for (month, day) in [(0u8, 0u8), (1, 0), (12, 0), (1, 1), (2, 9), (10, 10), (12, 31), (0, 5)] {
                // Built directly: a day without a month and any year are formats' cases too.
                let d = PartialDate { year, month, day };
                assert_eq!(d.to_string(), iso_by_format(d), "{d:?}");
                assert_eq!(d.iso_form().as_str(), iso_by_format(d), "{d:?}");
                for lang in [Lang::Fr, Lang::En] {
                    assert_eq!(d.long(lang), long_by_format(d, lang), "{d:?}");
                }
                let span = DateSpan { start: d, end: Some(PartialDate::year(2020)) };
                assert_eq!(span.iso(), format!("{}/2020", iso_by_format(d)));
                assert_eq!(DateSpan::at(d).iso(), iso_by_format(d));
            }
        }
    }

    #[test]
    fn calendar_words_come_from_the_lexicon_of_every_language() {
        assert_eq!(calendar_word("Lundi"), Some(CalendarWord::Weekday));
        assert_eq!(calendar_word("FRIDAY"), Some(CalendarWord::Weekday));
        assert_eq!(calendar_word("février"), Some(CalendarWord::Month));
        assert_eq!(calendar_word("march"), Some(CalendarWord::Month));
        assert_eq!(calendar_word("aujourd"), Some(CalendarWord::DayDeictic));
        assert_eq!(calendar_word("Yesterday"), Some(CalendarWord::DayDeictic));
        // Months in full or abbreviated, for stamp readers.
        for (w, m) in [("août", 8), ("Sept", 9), ("déc", 12), ("JAN", 1), ("févr", 2), ("mar", 3), ("juil", 7)] {
            assert_eq!(month_word(w), Some(m), "{w}");
        }
        for w in ["lundi", "mon", "march.", ""] {
            assert_eq!(month_word(w), None, "{w}");
        }
        // Abbreviations and other date words are not calendar words here.
        for other in ["lun", "sept", "semaine", "week", "noël", "", "x".repeat(80).as_str()] {
            assert_eq!(calendar_word(other), None, "{other}");
        }
    }

    #[test]
    fn parses_iso_forms_and_rejects_the_rest() {
        assert_eq!(PartialDate::parse_iso("2022").unwrap().precision(), Precision::Year);
        assert_eq!(PartialDate::parse_iso("2022-07").unwrap().to_string(), "2022-07");
        assert_eq!(PartialDate::parse_iso("2022-12-19").unwrap().to_string(), "2022-12-19");
        for bad in ["2022-13", "2022-02-30", "19/12/2022", "22-12-19", "", "2022-1-05"] {
            assert!(PartialDate::parse_iso(bad).is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn long_forms_follow_the_language() {
        let d = PartialDate::day(2022, 12, 19).unwrap();
        assert_eq!(d.long(Lang::Fr), "19 décembre 2022");
        assert_eq!(d.long_with_weekday(Lang::Fr), "lundi 19 décembre 2022");
        assert_eq!(d.long(Lang::En), "19 December 2022");
        assert_eq!(PartialDate::day(2021, 3, 1).unwrap().long(Lang::Fr), "1er mars 2021");
        assert_eq!(PartialDate::month(2022, 10).unwrap().long(Lang::Fr), "octobre 2022");
        let span = DateSpan { start: PartialDate::day(2022, 10, 10).unwrap(), end: PartialDate::day(2022, 10, 12) };
        assert_eq!(span.long(Lang::Fr), "du 10 au 12 octobre 2022");
        let years = DateSpan { start: PartialDate::year(2001), end: Some(PartialDate::year(2020)) };
        assert_eq!(years.long(Lang::Fr), "de 2001 à 2020");
        assert_eq!(years.iso(), "2001/2020");
    }

    #[test]
    fn coarse_dates_sort_before_the_days_they_contain() {
        let y = PartialDate::year(2022);
        let m = PartialDate::month(2022, 12).unwrap();
        let d = PartialDate::day(2022, 12, 19).unwrap();
        assert!(y < m && m < d);
        assert!(m.overlaps(d) && !PartialDate::month(2022, 11).unwrap().overlaps(d));
        assert_eq!(m.last_day(), NaiveDate::from_ymd_opt(2022, 12, 31).unwrap());
    }
}
mod tagger;
pub use tagger::{calendar_word, month_word, tag, to_json_lines, Anchoring, CalendarWord, Tagged, TimeExpr};
