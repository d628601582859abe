//! Ranges: two expressions joined by a connective (`du 10 au 12 octobre`, `entre 2001
//! et 2020`, `from May to July`, `December 10-12`).

use super::*;

impl P<'_> {
    /// Joins `A connective B` into one range (`entre 2001 et 2020`, `du 10 au 12 octobre`,
    /// `de dimanche à lundi`, `from May to July`, `December 10-12`).
    pub(super) fn merge_ranges(&self, raws: Vec<Raw>) -> Vec<Raw> {
        let mut out: Vec<Raw> = Vec::with_capacity(raws.len());
        let mut k = 0;
        while k < raws.len() {
            let mut a = raws[k];
            // `le 5 et le 6 mai`, `entre le 5 et le 9 septembre`: a bare day takes the month
            // (and year) of the dated day it is joined to.
            if let (Sem::Cal(ca), Some(b)) = (a.sem, raws.get(k + 1)) {
                if let Sem::Cal(cb) = b.sem {
                    let bare = ca.m == 0 && ca.d != 0 && ca.wd.is_none() && ca.modi == Mod::None;
                    if bare
                        && cb.m != 0
                        && cb.d > ca.d
                        && a.end.is_none()
                        && self.connective(a.last + 1, b.first).is_some()
                    {
                        a.sem = Sem::Cal(Cal { d: ca.d, wd: None, ..cb });
                    }
                }
            }
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
                if let Some((head, rest)) = self.listed_days(&a) {
                    let last = rest.last().map_or(head.last, |r| r.last);
                    out.push(head);
                    out.extend(rest);
                    // The year after the last day (`March 3 and 4, 1996`) was read on its own.
                    k += 1;
                    while raws.get(k).is_some_and(|r| r.first <= last) {
                        k += 1;
                    }
                    continue;
                }
                if let Some(r) = self.bare_day_start(&a).or_else(|| self.bare_day_end(&a)) {
                    // The bare day must not belong to the expression before.
                    let free = out.last().is_none_or(|p| p.last < r.first);
                    if free && r.end.is_some() {
                        let more = self.listed_ranges(&r);
                        let last = more.last().map_or(r.last, |m| m.last);
                        out.push(r);
                        out.extend(more);
                        k += 1;
                        while raws.get(k).is_some_and(|r| r.first <= last) {
                            k += 1;
                        }
                        continue;
                    }
                    // A listed day (`le 5 et le 6 mai`) is a date of its own.
                    if free {
                        out.push(r);
                    }
                }
            }
            out.push(self.with_length(a));
            k += 1;
        }
        out
    }

    /// `from 18th Dec for 10 days`, `à partir du 3 mars pendant deux semaines`: a day and how
    /// long it lasts, as the range it covers.
    fn with_length(&self, a: Raw) -> Raw {
        let day = match a.sem {
            Sem::Cal(c) => c.d != 0 && a.end.is_none() && a.cut == Cut::None,
            _ => false,
        };
        let opened = matches!(self.opener(a.first), Some(Kw::From | Kw::Du | Kw::De))
            || a.first.checked_sub(1).is_some_and(|p| self.word_in(p, self.words().start_words));
        if !day || !opened || !matches!(self.kw(a.last + 1), Some(Kw::For | Kw::Pendant)) {
            return a;
        }
        match self.count_unit(a.last + 2) {
            Some((n, unit @ (Unit::Day | Unit::WeekPoint), last)) => Raw { last, end: Some(Sem::For { n, unit }), ..a },
            _ => a,
        }
    }

    /// The connective between two expressions, if `from..to` holds exactly one
    /// (an article may follow it: `entre le 10 et le 12`).
    fn connective(&self, from: usize, to: usize) -> Option<Conn> {
        if to <= from {
            return None;
        }
        let mut end = to;
        if end - from == 2 && (matches!(self.kw(end - 1), Some(Kw::Le | Kw::The)) || self.article_la(end - 1)) {
            end -= 1;
        }
        if end - from != 1 {
            return None;
        }
        if self.is_dash(from) {
            return Some(Conn::Dash);
        }
        match self.kw(from)? {
            Kw::Au => Some(Conn::Au),
            Kw::A if self.fr() && self.t[from].has(ACCENT) => Some(Conn::To),
            Kw::To | Kw::Until | Kw::Through => Some(Conn::To),
            Kw::Et | Kw::And => Some(Conn::And),
            _ => None,
        }
    }

    /// The range opener in front of `first` (`du`, `de`, `entre`, `from`, `between`).
    fn opener(&self, first: usize) -> Option<Kw> {
        let mut p = first.checked_sub(1)?;
        if matches!(self.kw(p), Some(Kw::Le | Kw::The)) || self.article_la(p) {
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

    /// French `la` (not `là`) at `k`, the article of a part (`de la fin mars à la
    /// mi-avril`) as `le` is of a day.
    fn article_la(&self, k: usize) -> bool {
        self.fr() && self.is_kw(k, Kw::La) && !self.t[k].has(ACCENT)
    }

    fn allowed(&self, conn: Conn, opener: Option<Kw>) -> bool {
        match conn {
            Conn::Dash => true,
            // `les 24 et 25 mars` is one two-day event; other `et` join separate dates.
            Conn::And => matches!(opener, Some(Kw::Entre | Kw::Between | Kw::Les)),
            Conn::To => !self.fr() || matches!(opener, Some(Kw::Du | Kw::De)),
            // `13 au 15 juillet`: `au` between two days needs no `du`.
            Conn::Au => true,
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
        compatible.then_some(Raw {
            first: a.first,
            last: b.last,
            sem: a.sem,
            end: Some(b.sem),
            cut: a.cut,
            end_cut: b.cut,
        })
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
            return (conn == Conn::And).then_some(Raw {
                first: d,
                last: d,
                sem: Sem::Cal(start),
                end: None,
                cut: Cut::None,
                end_cut: Cut::None,
            });
        }
        Some(Raw { first: d, last: b.last, sem: Sem::Cal(start), end: Some(b.sem), cut: Cut::None, end_cut: Cut::None })
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
        if conn == Conn::And && self.opener(a.first) != Some(Kw::Between) {
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
        Some(Raw {
            first: a.first,
            last,
            sem: Sem::Cal(start),
            end: Some(Sem::Cal(end)),
            cut: Cut::None,
            end_cut: Cut::None,
        })
    }
}

impl P<'_> {
    /// `May 2 - 3, 9 - 10, 16 - 17`: spans of days listed after a month-first span of days
    /// (`r`, of no year) are spans of their own in its month, each later than the one before.
    /// Only whole spans (`day - day`) after commas, and the list must end the phrase, so that
    /// scores and counts after a date stay what they are (`May 2 - 3, 9 - 10 wins`). One
    /// span after the first is as likely a score (`on May 2 - 3, 4 - 6`): a list needs two,
    /// or one as long as the first with days between them (`May 2 - 3, 9 - 10`, weekends).
    fn listed_ranges(&self, r: &Raw) -> Vec<Raw> {
        let (Sem::Cal(start), Some(Sem::Cal(end))) = (r.sem, r.end) else { return Vec::new() };
        if start.y.is_some() || start.m == 0 || start.m != end.m {
            return Vec::new();
        }
        let day = |p: usize| self.day_num(p).filter(|_| self.kind(p) == Some(Kind::Num));
        let mut out = Vec::new();
        let (mut prev, mut k) = (end.d, r.last + 1);
        while self.punct(k) == Some(',') && self.is_dash(k + 2) {
            let (Some(a), Some(b)) = (day(k + 1), day(k + 3)) else { break };
            if a <= prev || b <= a || self.month_at(k + 4, true).is_some() {
                break;
            }
            out.push(Raw {
                first: k + 1,
                last: k + 3,
                sem: Sem::Cal(Cal { d: a, ..start }),
                end: Some(Sem::Cal(Cal { d: b, ..start })),
                cut: Cut::None,
                end_cut: Cut::None,
            });
            prev = b;
            k += 4;
        }
        let ends = self.t.get(k).is_none_or(|t| t.kind == Kind::Punct || matches!(t.lex, Lex::Kw(_)));
        let like_first = |m: &Raw| match (m.sem, m.end) {
            (Sem::Cal(a), Some(Sem::Cal(b))) => b.d - a.d == end.d - start.d && a.d > end.d + 1,
            _ => false,
        };
        let list = out.len() >= 2 || out.first().is_some_and(like_first);
        if !ends || !list {
            out.clear();
        }
        out
    }

    /// `March 3 and 4, 1996`, `Feb. 20, 21 and 22`, `Jan. 5 or 6`: days listed after a
    /// month-first date are dates of their own in its month, and a year after the last one is
    /// the year of them all. The list must close with `and` / `or` and end the phrase, so that
    /// counts stay counts (`on Jan. 5, 21 soldiers died`, `Jan. 5 and 6 others`).
    fn listed_days(&self, a: &Raw) -> Option<(Raw, Vec<Raw>)> {
        if self.fr() {
            return None;
        }
        let Sem::Cal(ca) = a.sem else { return None };
        let month_first = matches!(self.t[a.first].lex, Lex::Month(_) | Lex::MonthAbbr(_));
        if !month_first || ca.d == 0 || ca.y.is_some() || ca.wd.is_some() || a.cut != Cut::None {
            return None;
        }
        // `between Jan. 5 and 9`, `from Jan. 5 to 9`: a range ([`Self::bare_day_end`]).
        if matches!(self.opener(a.first), Some(Kw::Between | Kw::From)) {
            return None;
        }
        let day_at = |p: usize, after: u8| {
            self.day_num(p)
                .filter(|&d| d > after && self.kind(p) == Some(Kind::Num) && self.month_at(p + 1, true).is_none())
        };
        let mut days: Vec<(usize, u8)> = Vec::new();
        let mut prev = ca.d;
        let mut k = a.last + 1;
        let mut closed = false;
        while !closed {
            let joined = self.punct(k) == Some(',') || matches!(self.kw(k), Some(Kw::And | Kw::Or));
            let Some(d) = day_at(k + 1, prev).filter(|_| joined) else { break };
            closed = self.punct(k) != Some(',');
            days.push((k + 1, d));
            prev = d;
            k += 2;
        }
        if !closed {
            return None;
        }
        let mut last = k - 1;
        let mut cal = ca;
        let mut y = k;
        if self.punct(y) == Some(',') {
            y += 1;
        }
        if let Some(year) = self.year4(y) {
            cal.y = Some(year);
            last = y;
            k = y + 1;
        }
        // The phrase ends after the list: punctuation, the end, or a function word.
        let w = self.words();
        let ends = match self.t.get(k) {
            None => true,
            Some(t) => {
                t.kind == Kind::Punct
                    || matches!(t.lex, Lex::Kw(_))
                    || self.word_in(k, w.verb_auxiliaries)
                    || self.word_in(k, w.plural_verbs)
            }
        };
        if !ends || self.plural_noun(k) || self.decimal_after(last) {
            return None;
        }
        let head = Raw { sem: Sem::Cal(cal), ..*a };
        let n = days.len();
        let rest = days
            .into_iter()
            .enumerate()
            .map(|(i, (p, d))| Raw {
                first: p,
                last: if i + 1 == n { last } else { p },
                sem: Sem::Cal(Cal { d, ..cal }),
                end: None,
                cut: Cut::None,
                end_cut: Cut::None,
            })
            .collect();
        Some((head, rest))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Conn {
    Dash,
    To,
    /// French `au`, which joins two days even without `du` in front.
    Au,
    And,
}
