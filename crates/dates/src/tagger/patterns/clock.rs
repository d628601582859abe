//! Clock times. Their value is a day, not a time: `dimanche à 18 h` is Sunday, `22 h 30`
//! the day the sentence is about. After a day word the time joins its expression; alone it
//! takes the day of the date just written in its sentence, else the anchor's.

use super::*;
use crate::tagger::lexicon::words;

impl P<'_> {
    /// A clock time starting at `k`: `18 h`, `22 h 30`, `14h30`, `10:30`, `10:30 a.m.`,
    /// `6 pm`, `midi`, `noon`. `loose` also takes a bare hour (`at 9`), which is a time only
    /// after a preposition that follows a day word.
    pub(super) fn clock_after(&self, k: usize, loose: bool) -> Option<usize> {
        let last = self.clock_core(k, loose)?;
        // `14:48 UTC`, `4 a.m. EDT`: the zone belongs to the time.
        Some(if self.zone_at(last + 1) { last + 1 } else { last })
    }

    /// A time zone at `k` (`UTC`, `GMT`, `EDT`), written in capitals.
    fn zone_at(&self, k: usize) -> bool {
        self.t.get(k).is_some_and(|t| {
            t.kind == Kind::Word
                && self.text[t.start..t.end].bytes().all(|b| b.is_ascii_uppercase())
                && self.word_in(k, self.words().time_zones)
        })
    }

    /// [`Self::clock_after`] without the time zone.
    fn clock_core(&self, k: usize, loose: bool) -> Option<usize> {
        let t = self.t.get(k)?;
        let marks = words(self.lang).hour_marks;
        let mark_at = |m: usize| {
            let mut buf = [0u8; MAX_WORD];
            self.folded(m, &mut buf).is_some_and(|w| marks.iter().any(|x| x.as_bytes() == w))
        };
        match t.kind {
            Kind::Word if matches!(t.lex, Lex::Kw(Kw::Noon | Kw::Midi)) => Some(k),
            // `7am`, `11PM`: the English mark glued to the hour.
            Kind::Other if self.glued_meridiem(k) => (t.ndigits <= 2 && (1..=12).contains(&t.num)).then_some(k),
            // `0735GMT`: four digits with their zone glued, as `0735 GMT`.
            Kind::Other if t.ndigits == 4 && self.glued_zone(k) => (t.num / 100 <= 23 && t.num % 100 < 60).then_some(k),
            // `14h30`, `18h`, `9h00`.
            Kind::Other => {
                let b = self.text.as_bytes().get(t.start..t.end)?;
                let h = b.iter().take_while(|c| c.is_ascii_digit()).count();
                let rest = &b[h..];
                let hour_ok = (1..=2).contains(&h) && t.num <= 24;
                let ok = hour_ok
                    && matches!(rest.first(), Some(b'h' | b'H'))
                    && (rest.len() == 1 || (rest.len() == 3 && rest[1..].iter().all(u8::is_ascii_digit)));
                ok.then_some(k)
            }
            // `0800 UTC`: four digits are a time only with their zone (else a year, a count).
            Kind::Num if t.ndigits == 4 && t.num / 100 <= 23 && t.num % 100 < 60 && self.zone_at(k + 1) => Some(k),
            Kind::Num if t.ndigits <= 2 && t.num <= 24 => {
                let sep = self.punct(k + 1).filter(|_| self.glued(k, k + 1) && self.glued(k + 1, k + 2));
                let minute = self.t.get(k + 2).filter(|m| m.ndigits == 2 && m.num < 60);
                // `07:35GMT`: the zone glued to the minutes.
                if sep == Some(':')
                    && self.glued_zone(k + 2)
                    && self.t.get(k + 2).is_some_and(|m| m.ndigits == 2 && m.num < 60)
                {
                    return Some(k + 2);
                }
                // `10:30am`, `6.30pm` (British): the mark glued to the minutes.
                if !self.fr()
                    && matches!(sep, Some(':' | '.'))
                    && t.num <= 12
                    && minute.is_some()
                    && self.glued_meridiem(k + 2)
                {
                    return Some(k + 2);
                }
                // `6.30 am`, `6.30 p.m.`: with a dot, only a whole mark tells a time from a
                // decimal (`$1.24 a share`).
                let whole_mark = |m: usize| {
                    self.word_in(m, &["am", "pm"])
                        || (self.word_in(m, &["a", "p"])
                            && self.punct(m + 1) == Some('.')
                            && self.word_in(m + 2, &["m"]))
                };
                if !self.fr()
                    && sep == Some('.')
                    && t.num <= 12
                    && minute.is_some_and(|m| m.kind == Kind::Num)
                    && whole_mark(k + 3)
                {
                    return Some(self.meridiem_end(k + 3));
                }
                // `10:30`, with `a.m.` or `pm` after it.
                if sep == Some(':') {
                    minute.filter(|m| m.kind == Kind::Num)?;
                    let mut last = k + 2;
                    if !self.fr() && mark_at(last + 1) {
                        last = self.meridiem_end(last + 1);
                    }
                    return Some(last);
                }
                if mark_at(k + 1) {
                    let mut last = k + 1;
                    if self.fr() {
                        // `22 h 30`.
                        if self.t.get(last + 1).is_some_and(|m| m.kind == Kind::Num && m.ndigits == 2 && m.num < 60) {
                            last += 1;
                        }
                    } else {
                        // `6 pm`, `6 p.m.`, `9 o'clock`: one-letter words need their dot or apostrophe.
                        let w = &self.text[self.t[last].start..self.t[last].end];
                        if w.len() == 1 && !matches!(self.punct(last + 1), Some('.' | '\'' | '’')) {
                            return None;
                        }
                        while last + 2 < self.t.len()
                            && matches!(self.punct(last + 1), Some('.' | '\'' | '’'))
                            && self.t[last + 2].kind == Kind::Word
                            && (self.t[last + 2].end - self.t[last + 2].start == 1
                                || self.word_in(last + 2, self.words().hour_nouns))
                        {
                            last += 2;
                        }
                        if self.punct(last + 1) == Some('.') && self.glued(last, last + 1) {
                            last += 1;
                        }
                    }
                    return Some(last);
                }
                (loose && t.num <= 12 && t.ndigits <= 2).then_some(k)
            }
            _ => None,
        }
    }

    /// The last token of an English hour mark starting at `mark`: `pm`, `a.m.` (the letters
    /// and their dots).
    fn meridiem_end(&self, mark: usize) -> usize {
        let mut last = mark;
        while last + 2 < self.t.len()
            && self.punct(last + 1) == Some('.')
            && self.t[last + 2].kind == Kind::Word
            && self.t[last + 2].end - self.t[last + 2].start == 1
        {
            last += 2;
        }
        if self.punct(last + 1) == Some('.') && self.glued(last, last + 1) {
            last += 1;
        }
        last
    }

    /// Digits with `am` or `pm` glued to them (`7am`, `30PM`), in English.
    /// `35GMT`, `0735GMT`: digits with a capital time zone glued to them.
    fn glued_zone(&self, k: usize) -> bool {
        self.t.get(k).is_some_and(|t| {
            t.kind == Kind::Other && matches!(t.ndigits, 2 | 4) && {
                let rest = &self.text[t.start + t.ndigits as usize..t.end];
                rest.bytes().all(|b| b.is_ascii_uppercase())
                    && self.words().time_zones.iter().any(|z| z.eq_ignore_ascii_case(rest))
            }
        })
    }

    fn glued_meridiem(&self, k: usize) -> bool {
        !self.fr()
            && self.t.get(k).is_some_and(|t| {
                t.kind == Kind::Other && (1..=2).contains(&t.ndigits) && {
                    let rest = &self.text.as_bytes()[t.start + t.ndigits as usize..t.end];
                    rest.eq_ignore_ascii_case(b"am") || rest.eq_ignore_ascii_case(b"pm")
                }
            })
    }

    /// `à`, `at`, `vers`, `around`, `dès` in front of a clock time.
    fn clock_prep(&self, p: usize) -> bool {
        match self.kw(p) {
            Some(Kw::At | Kw::Vers | Kw::Until | Kw::By) => true,
            Some(Kw::A) => self.t[p].has(ACCENT),
            Some(Kw::Des) => self.t[p].has(ACCENT),
            _ => self.word_in(p, self.words().clock_preps),
        }
    }

    /// Whether the sentence of token `i`, or the one before it, is about a game or a bout
    /// (`referee Sam Williams stopped the fight at 2:56`): a time with no mark of the hour is
    /// then the game's clock. Times with a mark (`2:56 p.m.`, `14 h 30`) stay times of day.
    fn game_clock(&self, i: usize) -> bool {
        let sent = self.t[i].sent;
        let lo = (0..i).rev().find(|&k| self.t[k].sent + 1 < sent).map_or(0, |k| k + 1);
        let hi = (i..self.t.len()).find(|&k| self.t[k].sent > sent).unwrap_or(self.t.len());
        (lo..hi).any(|k| self.t[k].kind == Kind::Word && self.word_in(k, self.words().game_words))
    }

    /// A clock time at `i` that no day word precedes: a point on the day of the sentence.
    /// Times written with an hour mark stand alone (`22 h 30`, `14h30`); others need a
    /// preposition (`à midi`, `at 10:30`), and a count or a duration in front is not a time
    /// (`en 24 h`, `les 24 heures du Mans`).
    pub(super) fn clock_alone(&self, i: usize) -> Option<Hit> {
        let last = self.clock_after(i, false)?;
        let prep = i.checked_sub(1).is_some_and(|p| self.clock_prep(p));
        let marked = match self.t[i].kind {
            Kind::Other => true,
            Kind::Num => {
                self.punct(i + 1) != Some(':') || last > i + 2 || self.glued_meridiem(i + 2) || self.glued_zone(i + 2)
            }
            _ => false,
        };
        let duration = i.checked_sub(1).is_some_and(|p| {
            matches!(
                self.kw(p),
                Some(
                    Kw::En
                        | Kw::Dans
                        | Kw::Pendant
                        | Kw::In
                        | Kw::For
                        | Kw::Within
                        | Kw::Les
                        | Kw::Des
                        | Kw::The
                        | Kw::Depuis
                        | Kw::Since
                )
            ) && !self.t[p].has(ACCENT)
        });
        if duration || !(prep || marked) || (!marked && self.game_clock(i)) {
            return None;
        }
        // `24 heures`, `24h/24` with no preposition is a day's length (`il leur a donné 24
        // heures pour répondre`, `24 heures sur 24`), not midnight.
        if !prep && self.t[i].num == 24 {
            return None;
        }
        // `noon Saturday`, `4 a.m. EDT Thursday`, `9 h demain`: the day word after the time
        // gives its day, and is read on its own.
        let day_after = (last + 1..last + 4).any(|k| {
            self.t.get(k).is_some_and(|t| {
                matches!(
                    t.lex,
                    Lex::Weekday(_)
                        | Lex::Kw(Kw::Today | Kw::Tomorrow | Kw::Yesterday | Kw::Demain | Kw::Hier | Kw::Tonight)
                )
            })
        });
        // `at midnight on Dec. 31`, `à 20 h le 5 mars`, `at 16:15 UTC, June 1st`: the date
        // after the time.
        let date_after = (matches!(self.kw(last + 1), Some(Kw::On | Kw::Le)) || self.punct(last + 1) == Some(','))
            && matches!(self.try_at(last + 2, 1), Some(Hit::Emit(r)) if matches!(r.sem, Sem::Cal(c) if c.d != 0));
        if day_after || date_after {
            return Some(Hit::Skip(last));
        }
        emit(i, last, Sem::Clock)
    }
}
