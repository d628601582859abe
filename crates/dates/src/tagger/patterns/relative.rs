//! Expressions counted from the document date or from the previous date of the text:
//! `hier`, `cette semaine`, `two years ago`, `the next day`, `the same year`.

use super::*;

impl P<'_> {
    /// A time unit noun at `i`: the unit and how many of it one stands for.
    pub(super) fn unit_at(&self, i: usize) -> Option<(Unit, i32)> {
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
    pub(super) fn count_unit(&self, i: usize) -> Option<(i32, Unit, usize)> {
        let (n, k) = self.count_at(i)?;
        let (unit, mult) = self.unit_at(k + 1)?;
        if n == 0 || n > 500 {
            return None;
        }
        Some((n * mult, unit, k + 1))
    }

    /// `trois jours plus tard`, `two years ago`, `deux ans auparavant`.
    pub(super) fn count_rel_at(&self, i: usize) -> Option<Hit> {
        if i > 0
            && matches!(
                self.kw(i - 1),
                Some(Kw::Pendant | Kw::Depuis | Kw::For | Kw::During | Kw::Within | Kw::Past | Kw::Last | Kw::Next)
            )
        {
            return None;
        }
        let (n, unit, k) = self.count_unit(i)?;
        // An approximate count is still counted: `a week or so ago`.
        let or_so = !self.fr()
            && self.is_kw(k + 1, Kw::Or)
            && self.t.get(k + 2).is_some_and(|t| self.text[t.start..t.end].eq_ignore_ascii_case("so"));
        let j = if or_so { k + 3 } else { k + 1 };
        let prev = |n: i32, last: usize| emit(i, last, Sem::Prev { n, unit });
        if self.before_event(j) || self.gap_to_date(j) {
            return Some(Hit::Skip(j));
        }
        if self.fr() {
            return match self.kw(j)? {
                Kw::Plus if self.is_kw(j + 1, Kw::Tard) => prev(n, j + 1),
                Kw::Plus if self.is_kw(j + 1, Kw::Tot) => prev(-n, j + 1),
                Kw::Apres => prev(n, j),
                Kw::Auparavant => prev(-n, j),
                // `16 ans avant de se donner la mort`: before an act, not a date (and `de 16
                // ans` there is an age).
                Kw::Avant if !self.is_dash(j + 1) && !matches!(self.kw(j + 1), Some(Kw::De | Kw::D)) => prev(-n, j),
                _ => None,
            };
        }
        match self.kw(j)? {
            // `arrives on November 11, three days later than originally planned`: a gap
            // against a plan; set off by a comma it names the date it stands beside, else
            // it has no value.
            Kw::Later | Kw::Earlier
                if self.word_is(j + 1, &[b"than"]) && self.word_in(j + 2, self.words().plan_words) =>
            {
                let mut last = j + 2;
                while self.word_in(last + 1, self.words().plan_words) {
                    last += 1;
                }
                if i > 0 && self.punct(i - 1) == Some(',') {
                    emit(i, last, Sem::Beside { unit })
                } else {
                    Some(Hit::Skip(last))
                }
            }
            // `three months later than executives planned`, `a week earlier than expected`:
            // a gap between two times the phrase does not give, no count from the date before.
            Kw::Later | Kw::Earlier if self.word_is(j + 1, &[b"than"]) => Some(Hit::Skip(j + 1)),
            Kw::Later | Kw::After => prev(n, j),
            Kw::Earlier | Kw::Before => prev(-n, j),
            // `a year ago this week`, `two years ago this month`, `three weeks ago today`: the
            // anchor's own week, month or day, that many units back.
            Kw::Ago if self.ago_this(j, n, unit).is_some() => {
                let (m, target, last) = self.ago_this(j, n, unit)?;
                emit(i, last, Sem::Rel { n: -m, unit: target })
            }
            // `a week ago Thursday`, `two weeks ago Friday`: that weekday, whole weeks back
            // from the last one.
            Kw::Ago
                if matches!(unit, Unit::WeekPoint | Unit::Week)
                    && (1..=9).contains(&n)
                    && self.t.get(j + 1).is_some_and(|t| t.sent == self.t[j].sent) =>
            {
                match self.t.get(j + 1).map(|t| t.lex) {
                    Some(Lex::Weekday(wd)) => emit(i, j + 1, Sem::WeekdayAhead { wd, weeks: -(n as i8) }),
                    _ => emit(i, j, Sem::Rel { n: -n, unit }),
                }
            }
            Kw::Ago => emit(i, j, Sem::Rel { n: -n, unit }),
            Kw::Hence => emit(i, j, Sem::Rel { n, unit }),
            Kw::From if matches!(self.kw(j + 1), Some(Kw::Now | Kw::Today)) => emit(i, j + 1, Sem::Rel { n, unit }),
            // `a week from Friday`, `two weeks on Monday`: counted from the coming weekday.
            Kw::From | Kw::On if matches!(unit, Unit::WeekPoint | Unit::Week) && (1..=9).contains(&n) => {
                let Some(Lex::Weekday(wd)) = self.t.get(j + 1).map(|t| t.lex) else { return None };
                emit(i, j + 1, Sem::WeekdayAhead { wd, weeks: n as i8 })
            }
            _ => None,
        }
    }

    /// After `ago` at `j`, `this week` / `this month` / `this year` / `today`: the count
    /// `n` `unit`s restated in that period's unit (a year is 52 weeks or 12 months), the
    /// unit and the last token; none where the units do not divide (`a month ago today`).
    fn ago_this(&self, j: usize, n: i32, unit: Unit) -> Option<(i32, Unit, usize)> {
        let same = |k: usize| self.t.get(k).is_some_and(|t| t.sent == self.t[j].sent);
        let (target, last) = if self.is_kw(j + 1, Kw::Today) && same(j + 1) {
            (Unit::Day, j + 1)
        } else if self.is_kw(j + 1, Kw::This) && same(j + 2) {
            (self.calendar_unit(j + 2).filter(|u| matches!(u, Unit::Week | Unit::Month | Unit::Year))?, j + 2)
        } else {
            return None;
        };
        let factor = match (unit, target) {
            (Unit::Day, Unit::Day) | (Unit::Month, Unit::Month) | (Unit::Year, Unit::Year) => 1,
            (Unit::WeekPoint | Unit::Week, Unit::Week) => 1,
            (Unit::WeekPoint | Unit::Week, Unit::Day) => 7,
            (Unit::Quarter, Unit::Month) => 3,
            (Unit::Year, Unit::Month) => 12,
            (Unit::Year, Unit::Week) => 52,
            _ => return None,
        };
        Some((n.checked_mul(factor)?, target, last))
    }

    /// `fiscal year`, `calendar year` at `j`: a year named by the books it is kept in, which
    /// counts like `year` after `this`, `last`, `next`, `previous`. The last token.
    pub(super) fn qualified_year(&self, j: usize) -> Option<usize> {
        (!self.fr()
            && self.word_in(j, self.words().year_before)
            && self.is_kw(j + 1, Kw::Year)
            && self.word_is(j + 1, &[b"year"]))
        .then_some(j + 1)
    }

    /// `semaine`, `mois`, `année`, `day`, `week`... as a unit of calendar time.
    pub(super) fn calendar_unit(&self, i: usize) -> Option<Unit> {
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

    /// A month, season or weekend at `k` that a step from a date can reach (`the following
    /// April`, `the previous fall`), with its last token; not a month with its day (`the
    /// next April 3`).
    pub(super) fn named_period(&self, k: usize) -> Option<(Named, usize)> {
        if self.is_kw(k, Kw::Weekend) {
            return Some((Named::Weekend, k));
        }
        if let Some(n) = self.season_number(k) {
            return Some((Named::Season(n), k));
        }
        let (m, last, _) = self.month_at(k, false)?;
        (self.kind(last + 1) != Some(Kind::Num)).then_some((Named::Month(m), last))
    }

    /// French `week-end` ending at `last`, with `dernier`/`prochain`.
    pub(super) fn weekend_fr(&self, i: usize, last: usize) -> Option<Hit> {
        let first = self.article_before(i).unwrap_or(i);
        let k = last + 1;
        if self.is_kw(k, Kw::Dernier) || self.is_accented_kw(k, Kw::Passe) {
            return emit(first, k, Sem::Rel { n: -1, unit: Unit::Weekend });
        }
        if self.is_kw(k, Kw::Prochain) {
            return emit(first, k, Sem::Rel { n: 1, unit: Unit::Weekend });
        }
        // `le week-end suivant`, `le week-end précédent`: a step from the date told before.
        if matches!(self.kw(k), Some(Kw::Suivant | Kw::Precedent)) {
            let dir = if self.is_kw(k, Kw::Suivant) { 1 } else { -1 };
            return emit(first, k, Sem::Around { what: Named::Weekend, dir });
        }
        // `pendant le week-end`, `au cours du week-end`: the one the tense points to.
        let during = match self.article_before(i) {
            Some(a) => a > 0 && self.is_kw(a - 1, Kw::Pendant),
            None => i > 1 && self.is_kw(i - 1, Kw::Du) && self.word_in(i - 2, self.words().during_nouns),
        };
        if during {
            return emit(first, last, Sem::Rel { n: 0, unit: Unit::Weekend });
        }
        None
    }

    /// `ce lundi`, `Ce 19 novembre`, `cette semaine`, `ce mois-ci`, `cette année-là`,
    /// `this week`, `this Monday`, `this morning`.
    pub(super) fn deictic(&self, i: usize) -> Option<Hit> {
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
            // `à cette date`, `depuis cette date-là`: the date told just before.
            if self.is_kw(i, Kw::Cette) && self.word_is(j, &[b"date"]) {
                return emit(i, if la_after(j) { j + 2 } else { j }, Sem::Told);
            }
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
        if let Some(last) = self.qualified_year(j) {
            return rel(last, Unit::Year);
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
    pub(super) fn the_at(&self, i: usize) -> Option<Hit> {
        let j = i + 1;
        // A day before or after (`the next day`, `the day before`) is an anaphora, which the
        // anchor resolves when no date precedes it; longer steps need a date before them.
        let prev_rel = |last: usize, n: i32, unit: Unit| match unit {
            Unit::Day => emit(i, last, Sem::Anaphora { n }),
            _ => emit(i, last, Sem::Prev { n, unit }),
        };
        if self.word_is(j, &[b"full"]) && self.word_is(j + 1, &[b"year"]) {
            return emit(i, j + 1, Sem::Rel { n: 0, unit: Unit::Year });
        }
        if let Some(hit) = self.period_closing(i, j) {
            return Some(hit);
        }
        if let Some(hit) = self.year_of_ranking(i, j) {
            return Some(hit);
        }
        // `the new year`; capitalised, `the New Year` is the holiday, and so is `the new
        // year's eve` (its possessive names the eve, no year).
        let possessive = matches!(self.punct(j + 2), Some('\'' | '’')) && self.word_is(j + 3, &[b"s"]);
        if self.word_is(j, &[b"new"])
            && self.word_is(j + 1, &[b"year"])
            && !self.t[j].has(CAP)
            && !self.t[j + 1].has(CAP)
            && !possessive
        {
            return emit(i, j + 1, Sem::NewYear);
        }
        if self.is_kw(j + 1, Kw::Of) && self.is_kw(j, Kw::Week) && self.word_is(j, &[b"week"]) {
            if let Some(hit) = self.week_holding(i, j + 2) {
                return Some(hit);
            }
        }
        // `the quarter`, `the latest quarter`, `the most recent quarter`: the quarter the
        // report is about, named before (not `the quarter of the city`, `the quarter-point`).
        let mut q = j;
        if self.word_is(q, &[b"most"]) && self.word_is(q + 1, &[b"recent"]) {
            q += 2;
        } else if self.word_is(q, &[b"latest", b"recent"]) {
            q += 1;
        }
        // `the latest period`: the same, when the text has named one.
        if q > j && self.word_is(q, &[b"period"]) {
            return emit(i, q, Sem::Prev { n: 0, unit: Unit::Quarter });
        }
        if self.is_kw(q, Kw::Quarter)
            && self.word_is(q, &[b"quarter"])
            && !self.is_dash(q + 1)
            && !matches!(self.kw(q + 1), Some(Kw::Of))
        {
            return emit(i, q, Sem::Prev { n: 0, unit: Unit::Quarter });
        }
        // `the coming weeks`, `the next days`: a few units ahead; `the following days`, `the
        // previous weeks`: a stretch from an event, no step a value can be read from.
        if self.plural_unit(j + 1) {
            if self.word_is(j, &[b"coming"]) || self.is_kw(j, Kw::Next) {
                return self.few_ahead(i, j + 1);
            }
            if matches!(self.kw(j), Some(Kw::Following | Kw::Previous)) {
                return None;
            }
        }
        // `the Friday before`, `the Monday after`: closing the phrase, a step from the date
        // told before (`the Friday before Christmas` is left to the holiday).
        if let Some(Lex::Weekday(wd)) = self.t.get(j).map(|t| t.lex) {
            let dir = match self.kw(j + 1) {
                Some(Kw::Before) => -1,
                Some(Kw::After) => 1,
                _ => return None,
            };
            return self.phrase_ends(j + 2).then(|| emit(i, j + 1, Sem::PrevWeekday { wd, dir }))?;
        }
        match self.kw(j)? {
            Kw::Next | Kw::Following | Kw::Previous => {
                let n = if self.is_kw(j, Kw::Previous) { -1 } else { 1 };
                if let Some(Lex::Weekday(wd)) = self.t.get(j + 1).map(|t| t.lex) {
                    return emit(i, j + 1, Sem::PrevWeekday { wd, dir: n as i8 });
                }
                if let Some((what, last)) = self.named_period(j + 1) {
                    return emit(i, last, Sem::Around { what, dir: n as i8 });
                }
                if let Some(k) = self.qualified_year(j + 1) {
                    return prev_rel(k, n, Unit::Year);
                }
                let unit = match self.kw(j + 1)? {
                    Kw::Morning | Kw::Afternoon | Kw::Evening | Kw::Night => Unit::Day,
                    _ => self.calendar_unit(j + 1)?,
                };
                prev_rel(j + 1, n, unit)
            }
            Kw::Same => prev_rel(j + 1, 0, self.calendar_unit(j + 1)?),
            // `for the full year`, `for the year,`: the year of the report, in results news.
            Kw::Year if i > 0 && self.is_kw(i - 1, Kw::For) && matches!(self.punct(j + 1), Some(',' | '.')) => {
                emit(i, j, Sem::Rel { n: 0, unit: Unit::Year })
            }

            // `for the day,`, `ending the day at 8,017`, `down 3% on the day`: the day the
            // report is about (the date before, else the anchor), when `the day` closes its
            // phrase; `the day of the vote`, `the day he left` are other days.
            Kw::Day if self.day_closes(i, j) => emit(i, j, Sem::Anaphora { n: 0 }),
            // `for the last year`: the year before the anchor's, as `the past year` (`the last
            // year of his term` is another one). Shorter units stay rolling windows: `for the
            // last week` is the week up to now.
            Kw::Last
                if self.is_kw(i, Kw::The)
                    && self.calendar_unit(j + 1) == Some(Unit::Year)
                    && self.word_is(j + 1, &[b"year"])
                    && (!matches!(self.kw(j + 2), Some(Kw::Of)) || self.amount_at(j + 3)) =>
            {
                emit(i, j + 1, Sem::Rel { n: -1, unit: Unit::Year })
            }
            // `the past year`, `the past week`: the calendar unit before the anchor's, as
            // news reports it; `the past two years` stays a duration.
            Kw::Past if self.is_kw(i, Kw::The) => {
                let unit = self.calendar_unit(j + 1).filter(|u| matches!(u, Unit::Week | Unit::Month | Unit::Year))?;
                let w = &self.text[self.t[j + 1].start..self.t[j + 1].end];
                (!w.ends_with('s')).then(|| emit(i, j + 1, Sem::Rel { n: -1, unit }))?
            }
            // `the weekend before`, `the weekend after`, closing the phrase: a step from the
            // date told before.
            Kw::Weekend if matches!(self.kw(j + 1), Some(Kw::Before | Kw::After)) && self.phrase_ends(j + 2) => {
                let dir = if self.is_kw(j + 1, Kw::Before) { -1 } else { 1 };
                emit(i, j + 1, Sem::Around { what: Named::Weekend, dir })
            }
            // `over the weekend`, `during the weekend`: the one the tense points to.
            Kw::Weekend if i > 0 && self.word_in(i - 1, self.words().weekend_preps) => {
                emit(i, j, Sem::Rel { n: 0, unit: Unit::Weekend })
            }
            // `the night before`, `the morning after`; before a written day, the day next
            // to it (`the night before Christmas`).
            Kw::Night | Kw::Morning | Kw::Afternoon | Kw::Evening => {
                let n = match self.kw(j + 1)? {
                    Kw::Before => -1,
                    Kw::After => 1,
                    _ => return None,
                };
                self.day_next_to(i, j + 2, n).or_else(|| prev_rel(j + 1, n as i32, Unit::Day))
            }
            Kw::Day | Kw::Week | Kw::Month | Kw::Year => {
                let unit = self.calendar_unit(j)?;
                // `the days before the shooting`, `the weeks after`: a vague stretch, no step.
                if self.text[self.t[j].start..self.t[j].end].ends_with(['s', 'S']) {
                    return None;
                }
                match self.kw(j + 1)? {
                    Kw::Before if unit == Unit::Day && self.is_kw(j + 2, Kw::Yesterday) => {
                        emit(i, j + 2, Sem::Rel { n: -2, unit })
                    }
                    Kw::After if unit == Unit::Day && self.is_kw(j + 2, Kw::Tomorrow) => {
                        emit(i, j + 2, Sem::Rel { n: 2, unit })
                    }
                    // `the week after next`, `the year before last`.
                    Kw::After if unit != Unit::Day && self.is_kw(j + 2, Kw::Next) => {
                        emit(i, j + 2, Sem::Rel { n: 2, unit })
                    }
                    Kw::Before if unit != Unit::Day && self.is_kw(j + 2, Kw::Last) => {
                        emit(i, j + 2, Sem::Rel { n: -2, unit })
                    }
                    // `the year previous`, `the day following`: the step after its unit, where
                    // nothing follows it in the phrase (`the year following his election`
                    // counts from an event).
                    Kw::Previous | Kw::Earlier | Kw::Following | Kw::Later if self.phrase_ends(j + 2) => {
                        let n = if matches!(self.kw(j + 1), Some(Kw::Previous | Kw::Earlier)) { -1 } else { 1 };
                        prev_rel(j + 1, n, unit)
                    }
                    Kw::Before | Kw::After => {
                        let n = if self.is_kw(j + 1, Kw::Before) { -1 } else { 1 };
                        // `the day after Christmas`, `the day before March 3`.
                        if unit == Unit::Day {
                            if let Some(hit) = self.day_next_to(i, j + 2, n) {
                                return Some(hit);
                            }
                        }
                        // `the day before the plunge`: counted from an event, not a date.
                        if self.before_event(j + 1) {
                            return emit(i, j + 1, Sem::Apposed { n: n as i32, unit });
                        }
                        prev_rel(j + 1, n as i32, unit)
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }
}

impl P<'_> {
    /// The day `n` days from the written day at `k` (a date or a holiday), the expression
    /// from `i`: `the day after Christmas`, `the night before Easter`.
    fn day_next_to(&self, i: usize, k: usize, n: i8) -> Option<Hit> {
        let Some(Hit::Emit(r)) = self.try_at(k, 1) else { return None };
        match r.sem {
            Sem::Cal(c) if c.d != 0 && r.end.is_none() => emit(i, r.last, Sem::DayOf { n, c }),
            Sem::Easter { offset, y } if r.end.is_none() => {
                emit(i, r.last, Sem::Easter { offset: offset + n as i16, y })
            }
            _ => None,
        }
    }

    /// An amount at `k`: a number or a currency sign, or a currency code glued to its sign
    /// (`US$ 2.7 billion`). After `of`, it belongs to the noun before the period (`a profit
    /// for the last year of US$ 2.7 billion`).
    pub(super) fn amount_at(&self, k: usize) -> bool {
        let money = |k: usize| matches!(self.punct(k), Some('$' | '£' | '€' | '#' | '¥'));
        match self.kind(k) {
            Some(Kind::Num) => true,
            Some(Kind::Word) => {
                let w = &self.text[self.t[k].start..self.t[k].end];
                w.len() <= 3 && w.bytes().all(|b| b.is_ascii_uppercase()) && money(k + 1) && self.glued(k, k + 1)
            }
            _ => money(k),
        }
    }

    /// Whether `the day` at `i..=j` is framed as the day of a report: a frame word before it
    /// ([`Words::day_frames`](crate::tagger::lexicon::Words)), and after it the end of the
    /// text, a comma or full stop, a number, or a word that closes the phrase.
    fn day_closes(&self, i: usize, j: usize) -> bool {
        let w = self.words();
        if i == 0 || !self.word_in(i - 1, w.day_frames) || !self.word_is(j, &[b"day"]) {
            return false;
        }
        match self.t.get(j + 1) {
            None => true,
            Some(t) if t.sent != self.t[j].sent => true,
            Some(t) if t.kind == Kind::Num => true,
            Some(_) => matches!(self.punct(j + 1), Some(',' | '.' | ';')) || self.word_in(j + 1, w.day_frame_ends),
        }
    }

    /// `the year ended Sept. 30`, `the fiscal year ending June 30`, `the quarter ended Oct.
    /// 31` with `the` at `i`: the period that closes on that day, not the anchor's. Only the
    /// period's words are the expression: the day after `ended` is read on its own, as TimeML
    /// marks the two apart.
    fn period_closing(&self, i: usize, j: usize) -> Option<Hit> {
        // Keyword tests first: this runs after every English `the`.
        let last = if self.is_kw(j + 1, Kw::Year) { self.qualified_year(j).unwrap_or(j) } else { j };
        let unit = match self.calendar_unit(last)? {
            Unit::Year if self.word_is(last, &[b"year"]) => Unit::Year,
            Unit::Quarter if self.word_is(last, &[b"quarter"]) => Unit::Quarter,
            _ => return None,
        };
        if !self.word_is(last + 1, &[b"ended", b"ending"]) {
            return None;
        }
        match self.try_at(last + 2, 1) {
            Some(Hit::Emit(r)) if r.end.is_none() => match r.sem {
                Sem::Cal(c) if c.d != 0 => emit(i, last, Sem::Closing { unit, c }),
                _ => None,
            },
            _ => None,
        }
    }

    /// `the week of April 10`, `la semaine du 10 avril`: the Monday-to-Sunday week holding
    /// the day written at `k`, the expression from `first` (as `Easter week`). A range after
    /// it (`la semaine du 10 au 14 avril`) is read on its own.
    pub(super) fn week_holding(&self, first: usize, k: usize) -> Option<Hit> {
        match self.try_at(k, 1) {
            Some(Hit::Emit(r)) if r.end.is_none() && r.cut == Cut::None => match r.sem {
                Sem::Cal(c) if c.d != 0 && c.m != 0 => Some(Hit::Emit(Raw {
                    first,
                    last: r.last,
                    sem: r.sem,
                    end: None,
                    cut: Cut::Week,
                    end_cut: Cut::None,
                })),
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether a phrase ends before token `k`: the text or its sentence ends, or punctuation
    /// or a conjunction comes.
    pub(super) fn phrase_ends(&self, k: usize) -> bool {
        match self.t.get(k) {
            None => true,
            Some(t) => {
                t.sent != self.t[k - 1].sent
                    || t.kind == Kind::Punct
                    || matches!(self.kw(k), Some(Kw::And | Kw::Or | Kw::Et | Kw::Ou))
            }
        }
    }

    /// `his third win of the year`, `the biggest deal of the year`: after `of` and a noun
    /// ranked by an ordinal or a superlative, `the year` is the year the text speaks in, and
    /// closes the phrase (`the year after his wins` is no step: `after` starts another
    /// phrase). `Man of the Year` is a title.
    fn year_of_ranking(&self, i: usize, j: usize) -> Option<Hit> {
        // `of the year 2019` is one span, the year named.
        if self.fr()
            || !self.word_is(j, &[b"year"])
            || self.t[j].has(CAP)
            || i < 3
            || !self.is_kw(i - 1, Kw::Of)
            || self.year4(j + 1).is_some()
        {
            return None;
        }
        let ranked = (i.saturating_sub(5)..i - 1).rev().take_while(|&k| self.kind(k) != Some(Kind::Punct)).any(|k| {
            let t = &self.t[k];
            if t.kind == Kind::Ordinal || matches!(t.lex, Lex::Ordinal(_)) {
                return true;
            }
            let mut buf = [0u8; MAX_WORD];
            self.folded(k, &mut buf)
                .is_some_and(|w| w.len() >= 6 && w.ends_with(b"est") && !is_in(self.words().not_superlative, w))
        });
        ranked.then(|| emit(i, j, Sem::Rel { n: 0, unit: Unit::Year }))?
    }

    /// The count and unit of a counted span starting at `k` (`two days`, `few weeks`): the
    /// amount in units, the unit, the last token.
    fn span_count(&self, k: usize) -> Option<(i32, Unit, usize)> {
        if self.is_kw(k, Kw::Few) {
            let (unit, mult) = self.unit_at(k + 1)?;
            return Some((3 * mult, unit, k + 1));
        }
        self.count_unit(k)
    }

    /// `a second consecutive day`, `the third straight session`, `a fourth week in a row`:
    /// the ordinal at `i` (rank `n`, two or more) counts a streak that ends on the day (the
    /// week) the text is about. English only; `the second day of the trial` is another day,
    /// unless a copula makes it the day the text is about (below).
    pub(super) fn streak(&self, i: usize, n: u32) -> Option<Hit> {
        if self.fr() || !(1..=100).contains(&n) {
            return None;
        }
        // `It's the second day of an offensive`: after a copula in the present, the day an
        // event has reached is the day of writing; in the past (`It was the third day of
        // unrest`), the day the text told just before, and none when it told no day (`the
        // first day of March` is a calendar day, read by `nth_of`).
        if i >= 2
            && self.is_kw(i - 1, Kw::The)
            && self.is_kw(i + 1, Kw::Day)
            && self.word_is(i + 1, &[b"day"])
            && self.is_kw(i + 2, Kw::Of)
            && self.of_period(i + 2).is_none()
        {
            if self.word_is(i - 2, &[b"is", b"s", b"marks"]) {
                return emit(i - 1, i + 1, Sem::Rel { n: 0, unit: Unit::Day });
            }
            if self.word_is(i - 2, &[b"was", b"marked"]) {
                return emit(i - 1, i + 1, Sem::Apposed { n: 0, unit: Unit::Day });
            }
        }
        // `On 12 March 1918, the third day of the siege`, `On April 2, 2010, the tenth
        // anniversary of the flood`: set off right after a date, the day an event has
        // reached restates that date ([`Sem::Beside`]); elsewhere it is another day.
        if i >= 2
            && self.is_kw(i - 1, Kw::The)
            && (self.punct(i - 2) == Some(',') || self.is_dash(i - 2))
            && self.word_is(i + 1, &[b"day", b"anniversary"])
            && self.is_kw(i + 2, Kw::Of)
            && self.of_period(i + 2).is_none()
        {
            return emit(i - 1, i + 1, Sem::Beside { unit: Unit::Day });
        }
        if n < 2 {
            return None;
        }
        let mut k = i + 1;
        let adjective = self.word_is(k, &[b"consecutive", b"straight", b"successive", b"running"]);
        if adjective {
            k += 1;
        }
        let day = self.is_kw(k, Kw::Day) || self.word_is(k, &[b"session", b"trading"]);
        if !day && !self.is_kw(k, Kw::Week) {
            return None;
        }
        // `trading day`, `trading session`.
        if self.word_is(k, &[b"trading"]) {
            k += 1;
            if !self.is_kw(k, Kw::Day) && !self.word_is(k, &[b"session"]) {
                return None;
            }
        }
        let in_a_row = self.word_is(k + 1, &[b"in"]) && self.word_is(k + 2, &[b"a"]) && self.word_is(k + 3, &[b"row"]);
        if !adjective && !in_a_row {
            return None;
        }
        let last = if in_a_row { k + 3 } else { k };
        let first = if i > 0 && (self.is_kw(i - 1, Kw::The) || self.word_is(i - 1, &[b"a"])) { i - 1 } else { i };
        if day {
            emit(first, last, Sem::Anaphora { n: 0 })
        } else {
            emit(first, last, Sem::Rel { n: 0, unit: Unit::Week })
        }
    }

    /// `year-earlier` and `year-ago` before a noun (`a year-earlier loss`, `the year-ago
    /// period`), `year` at `i`: `a year earlier` as an adjective, a year before the period just
    /// named; before a quarter or a half (`the year-earlier third quarter`), that part of the
    /// year before.
    pub(super) fn year_back(&self, i: usize) -> Option<Hit> {
        let w = i + 2;
        if !(self.glued(i + 1, w) && matches!(self.kw(w), Some(Kw::Earlier | Kw::Ago))) {
            return None;
        }
        // `a five-year-ago plan` is a compound of a count.
        if i > 0 && self.is_dash(i - 1) && self.glued(i - 1, i) {
            return None;
        }
        self.year_back_before_noun(i, w)
    }

    /// `prior-year` and `previous-year` before a noun (`the prior-year period`, `prior-year
    /// results`), `prior` at `i`: the same adjective as `year-earlier`, the year word first.
    pub(super) fn prior_year(&self, i: usize) -> Option<Hit> {
        let y = i + 2;
        let ok = self.is_dash(i + 1) && self.glued(i, i + 1) && self.glued(i + 1, y) && self.word_is(y, &[b"year"]);
        if !ok {
            return None;
        }
        self.year_back_before_noun(i, y)
    }

    /// The adjective `first..=w` meaning "a year earlier" (`year-ago`, `prior-year`) before the
    /// noun at `w + 1`: a year before the period just named, or before a quarter or a half,
    /// that part of the year before.
    fn year_back_before_noun(&self, i: usize, w: usize) -> Option<Hit> {
        if self.kind(w + 1) != Some(Kind::Word) {
            return None;
        }
        let mut noun = w + 2;
        if self.is_dash(noun) && self.glued(w + 1, noun) {
            noun += 1;
        }
        if let Some(parts) = self.parts_of(noun) {
            if let Some(n) = self.part_ordinal(w + 1, parts) {
                return emit(i, noun, Sem::Part { n: n as u8, parts: parts as u8, modi: Mod::None, yrel: Some(-1) });
            }
        }
        emit(i, w, Sem::Prev { n: -1, unit: Unit::Year })
    }

    /// A unit word in the plural at `k` (`days`, `semaines`, `mois` after a plural determiner).
    fn plural_unit(&self, k: usize) -> bool {
        self.unit_at(k).is_some() && self.t.get(k).is_some_and(|t| self.text[t.start..t.end].ends_with(['s', 'S', 'x']))
    }

    /// A calendar unit's word at `k` written in the plural (`years`, `days`, `centuries`,
    /// `années`; `mois` is both): a plural with no count before it names no one period
    /// (`in his early years`, `Geingob's last days`).
    pub(super) fn plural_period(&self, k: usize) -> bool {
        self.t.get(k).is_some_and(|t| self.text[t.start..t.end].ends_with(['s', 'S', 'x']))
            && !self.word_is(k, &[b"mois"])
    }

    /// The English noun phrase of a unit goes on at `k` (`in a year bursting with games`,
    /// `in a day and age where`, `in a week of protests`, `in a year when`): the unit is a
    /// period the sentence describes, not an offset from the anchor.
    pub(super) fn noun_goes_on(&self, k: usize) -> bool {
        if self.word_is(k, &[b"of", b"when", b"where", b"that", b"which", b"full", b"filled", b"marked", b"like"]) {
            return true;
        }
        if self.is_kw(k, Kw::And) && self.word_is(k + 1, &[b"age"]) {
            return true;
        }
        let mut buf = [0u8; MAX_WORD];
        self.t.get(k).is_some_and(|t| t.kind == Kind::Word && !t.has(CAP))
            && self.folded(k, &mut buf).is_some_and(|w| w.len() > 5 && w.ends_with(b"ing"))
    }

    /// The few units (three, as `next few days`) after the anchor's: the plural unit at `k`,
    /// the expression from `first`. Not before a complement (`les prochains jours de grève`,
    /// `the coming days of talks`), which counts days of something else.
    fn few_ahead(&self, first: usize, k: usize) -> Option<Hit> {
        let (unit, mult) = self.unit_at(k)?;
        if matches!(self.kw(k + 1), Some(Kw::Of | Kw::De | Kw::Du | Kw::D)) {
            return None;
        }
        emit(first, k, Sem::Span { n: 3 * mult, unit })
    }

    /// `last two days`, `the next three months`, `next few days`: the `n` units before or
    /// after the anchor's, as an interval. `the past two years` stays a duration.
    pub(super) fn counted_span_en(&self, i: usize) -> Option<Hit> {
        let dir = if self.is_kw(i, Kw::Last) { -1 } else { 1 };
        // `last` as a verb measures a duration (`expected to last a week`, `could last two
        // weeks`); a span never counts with an article (`last a week`).
        if self.word_is(i + 1, &[b"a", b"an"])
            || (dir < 0 && i > 0 && self.word_in(i - 1, self.words().verb_auxiliaries))
        {
            return None;
        }
        let (n, unit, last) = self.span_count(i + 1)?;
        let first = if i > 0 && self.is_kw(i - 1, Kw::The) { i - 1 } else { i };
        emit(first, last, Sem::Span { n: dir * n, unit })
    }

    /// `les 3 prochains mois`, `les deux dernières années`, `des trois derniers jours`,
    /// `les quelques prochains jours`: the determiner at `i`.
    pub(super) fn counted_span_fr(&self, i: usize) -> Option<Hit> {
        if self.t[i].has(ACCENT) {
            return None;
        }
        let j = i + 1;
        let (n, k) = if self.is_kw(j, Kw::Few) {
            (3, j)
        } else if self.is_kw(j, Kw::Prochain) && self.plural_unit(j + 1) {
            // `les prochains jours`, `des prochaines semaines`: a few, like `quelques`.
            return self.few_ahead(i, j + 1);
        } else {
            self.count_at(j)?
        };
        let dir = match self.kw(k + 1)? {
            Kw::Prochain => 1,
            Kw::Dernier => -1,
            _ => return None,
        };
        let (unit, mult) = self.unit_at(k + 2)?;
        if n == 0 || n > 500 {
            return None;
        }
        emit(i, k + 2, Sem::Span { n: dir * n * mult, unit })
    }

    /// `before` / `after` at `k` and a date right after it, or after a determiner
    /// (`twenty-five years after 1995`, `two days before Christmas`, `après le 3 mars`):
    /// the count is a gap from that date, which is read on its own (TimeML marks the two
    /// apart); counted from the time of writing it would be a date the text never names.
    fn gap_to_date(&self, k: usize) -> bool {
        if !matches!(self.kw(k), Some(Kw::Before | Kw::After | Kw::Avant | Kw::Apres)) {
            return false;
        }
        let d = if self.word_in(k + 1, self.words().event_determiners) { k + 2 } else { k + 1 };
        matches!(self.try_at(d, 1), Some(Hit::Emit(_)))
    }

    /// `before`/`after` at `k` (`avant`, `après`) opens a noun phrase naming an event with
    /// no date in it (`before the murder`, `après son élection`): what counts from it has no
    /// value we can know.
    pub(super) fn before_event(&self, k: usize) -> bool {
        if !matches!(self.kw(k), Some(Kw::Before | Kw::After | Kw::Avant | Kw::Apres)) {
            return false;
        }
        let mut d = k + 1;
        if !self.fr() && self.is_apos(d + 1) && self.glued(d, d + 1) && self.word_is(d + 2, &[b"s"]) {
            // `two months after Russia's invasion`: a possessive opens the phrase of an event,
            // unless it is a date's (`two days after Monday's vote`, read on its own).
            return !matches!(self.try_at(d, 1), Some(Hit::Emit(_)));
        }
        if self.is_apos(d + 1) && self.glued(d, d + 1) {
            // `l'élection`: the elided article and its apostrophe.
            if !self.word_in(d, self.words().event_determiners) {
                // `deux jours après qu'il a été élu`: a clause tells the event.
                return self.word_in(d, self.words().subject_pronouns);
            }
            d += 2;
        } else if self.word_in(d, self.words().event_determiners) {
            d += 1;
        } else if self.word_in(d, self.words().subject_pronouns) && !self.is_kw(d + 1, Kw::Of) {
            // `two days after it was signed`, `après qu'il a été élu`: a clause tells the event.
            return true;
        } else if self.age_at(d) {
            // `a day after 36-year-old Duncan Rait died`: an age opens the phrase of a person.
            return true;
        } else if !self.fr() && self.t.get(d).is_some_and(|t| t.kind == Kind::Word && t.lex == Lex::None && !t.has(CAP))
        {
            // `a day after rebels attacked`, `days after taking office`, `a week after police
            // said`: a plain English word opens a noun phrase or a clause, not a date.
        } else if self.is_name_word(d) && !matches!(self.t[d].lex, Lex::Holiday) {
            // `five days before San Diego's playoff loss`, `a week after Hurricane Sandy`: a
            // name opens the phrase of an event (a holiday is a date: `two days before
            // Christmas`), unless the name is a date read on its own (below).
        } else {
            return false;
        }
        // `before the 15th`, `after the March 3 vote`: a date follows, read on its own.
        !matches!(self.try_at(d, 1), Some(Hit::Emit(_))) && !matches!(self.try_at(d + 1, 1), Some(Hit::Emit(_)))
    }

    /// `36-year-old`, `six-month-old` at `k`: an age, which qualifies a person or a thing.
    fn age_at(&self, k: usize) -> bool {
        !self.fr()
            && matches!(self.kind(k), Some(Kind::Num | Kind::Word))
            && self.is_dash(k + 1)
            && self.unit_at(k + 2).is_some()
            && self.is_dash(k + 3)
            && self.word_is(k + 4, &[b"old"])
    }
}
