//! Parts of a period: `début`, `fin`, `mid-` and `the end of` a month, year or week;
//! seasons, quarters, halves and centuries.

use super::*;

/// How far around a half or a quarter with no year a word of a game is looked for: about a
/// paragraph of a match report (`In the second half, X was booked.` follows the score).
const GAME_WINDOW: usize = 40;

impl P<'_> {
    /// `début 2023`, `fin décembre`, `mi-juin`, `fin de l'année`, `early next year`,
    /// `mid-2022`, `end of March`: the modifier joins the span, the value is the date's own.
    pub(super) fn modifier(&self, i: usize) -> Option<Hit> {
        let cut = match self.kw(i)? {
            Kw::Debut | Kw::Early | Kw::Beginning | Kw::Start => Cut::Begin,
            Kw::Mi | Kw::Milieu | Kw::Mid | Kw::Middle => Cut::Mid,
            Kw::Fin | Kw::Late | Kw::End => Cut::End,
            _ => Cut::None,
        };
        let mut hit = self.modified(i)?;
        if let Hit::Emit(r) = &mut hit {
            if r.cut == Cut::None && r.end.is_none() {
                r.cut = cut;
            }
        }
        Some(hit)
    }

    /// What a modifier at `i` applies to, the span starting at `i`.
    fn modified(&self, i: usize) -> Option<Hit> {
        let mut j = i + 1;
        // `end-2013`, `start-March` (business English): a glued dash stands for `of`.
        let dashed = self.is_dash(j) && self.glued(i, j) && self.glued(j, j + 1);
        if self.is_dash(j) && self.glued(i, j) {
            j += 1;
        }
        // `late summer`, `fin été`: a season needs no article after a modifier.
        if self.is_kw(j, Kw::Season) {
            return self.season_at(j, i, Mod::None);
        }
        let nouns = matches!(self.kw(i), Some(Kw::End | Kw::Beginning | Kw::Start | Kw::Middle));
        // `late in 1985`, `early in the year`, `late in March`: the adverb's `in` stands for
        // `of`. Only a year, a month or `the year` / `the month` follow it as a period (`late
        // in the day` is the day told before, `early in his career` no date).
        if !self.fr() && matches!(self.kw(i), Some(Kw::Early | Kw::Late)) && self.is_kw(j, Kw::In) {
            return self.part_after_in(i, j + 1);
        }
        match self.kw(j) {
            // `fin des années 80`: `des` before a plural period.
            Some(Kw::De | Kw::Of | Kw::Du) => j += 1,
            Some(Kw::Des) if self.fr() && !self.t[j].has(ACCENT) => j += 1,
            Some(Kw::D) if self.is_apos(j + 1) => j += 2,
            _ if nouns && !dashed => return None,
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
        // `fin 98`, `mi-97`: a French short year in the modifier's year slot.
        if self.kind(j) == Some(Kind::Num) && self.t[j].ndigits == 2 {
            if let Some((y, true, _)) = self.year_slot(j) {
                return emit(i, j, Sem::Cal(Cal { y: Some(y), yy: true, ..Cal::new(0, 0) }));
            }
        }
        if self.kind(j) == Some(Kind::Num) && self.t[j].ndigits == 4 {
            if let Some(Hit::Emit(mut r)) = self.year_alone(j, true) {
                r.first = i;
                return Some(Hit::Emit(r));
            }
        }
        // `the late '80s`: the apostrophe of a short decade stands before it.
        let j = if self.is_apos(j) && self.kind(j + 1) == Some(Kind::Decade) { j + 1 } else { j };
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
        // `la fin du printemps`, `en fin d'été`, `the end of the summer`: after the modifier
        // and its `of`, a season needs no article or preposition of its own to be a time
        // (which `season` asks of a season alone: `été` is also a participle).
        if k > i + 1 && self.is_kw(k, Kw::Season) {
            return self.season_at(k, i, Mod::None);
        }
        // `fin du mois de mars`, `début du mois d'avril`, `the end of the month of May`.
        if matches!(self.kw(k), Some(Kw::Mois | Kw::Month)) {
            let mut m = k + 1;
            match self.kw(m) {
                Some(Kw::De | Kw::Of) => m += 1,
                Some(Kw::D) if self.is_apos(m + 1) => m += 2,
                _ => {}
            }
            if m > k + 1 && self.month_at(m, true).is_some() {
                let (cal, last) = self.month_first(m, Mod::None, true)?;
                return emit(i, last, Sem::Cal(cal));
            }
        }
        // `fin de l'année`, `du mois`, `of the year`: the anchor's own.
        let unit = self.calendar_unit(k).filter(|u| *u != Unit::Day && !self.plural_period(k))?;
        emit(i, k, Sem::Rel { n: 0, unit })
    }

    /// The period after `early in` / `late in` (its first token `j`), spanned from the
    /// adverb at `i`: a year written in full, a month, or `the year` / `the month` (the
    /// anchor's own, as `the end of the year`).
    fn part_after_in(&self, i: usize, j: usize) -> Option<Hit> {
        if self.kind(j) == Some(Kind::Num) && self.t[j].ndigits == 4 {
            let Some(Hit::Emit(mut r)) = self.year_alone(j, true) else { return None };
            r.first = i;
            return Some(Hit::Emit(r));
        }
        if self.month_at(j, false).is_some() {
            let (cal, last) = self.month_first(j, Mod::None, true)?;
            return emit(i, last, Sem::Cal(cal));
        }
        match self.calendar_unit(j + 1) {
            Some(unit @ (Unit::Year | Unit::Month)) if self.is_kw(j, Kw::The) && !self.noun_goes_on(j + 2) => {
                emit(i, j + 1, Sem::Rel { n: 0, unit })
            }
            _ => None,
        }
    }

    /// `l'automne 2022`, `été 2020`, `the summer of 2020`: the season joins the span, the
    /// value is the year (seasons straddle years and mean different months to each writer).
    ///
    /// Without a year, the season needs a determiner or a preposition that makes it a time
    /// (`l'été dernier`, `au printemps`, `en hiver`, `in the summer`, `over the summer`):
    /// `été` is also a participle, `fall` and `spring` verbs.
    pub(super) fn season(&self, i: usize) -> Option<Hit> {
        let mut j = i + 1;
        if matches!(self.kw(j), Some(Kw::De | Kw::Of)) {
            j += 1;
        } else if self.is_kw(j, Kw::D) && self.is_apos(j + 1) {
            j += 2;
        }
        if let Some((y, yy, end)) = self.year_slot(j) {
            return emit(i, end, Sem::Season { n: self.season_number(i)?, y, yy });
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
            if !a.checked_sub(1).is_some_and(|p| self.word_in(p, self.words().season_preps)) {
                return None;
            }
            a
        };
        self.season_at(i, first, Mod::None)
    }

    /// The season word at `i`, its expression starting at `first`, with what follows it:
    /// `dernier`, `prochain`, `de l'année dernière`, `of last year`.
    pub(super) fn season_at(&self, i: usize, first: usize, modi: Mod) -> Option<Hit> {
        let n = self.season_number(i)?;
        if let Some((y, yy, end)) = self.year_slot(i + 1) {
            return emit(first, end, Sem::Season { n, y, yy });
        }
        let j = i + 1;
        if let Some((r, end)) = self.yprev_at(j) {
            return emit(first, end, Sem::SeasonPrev { n, r: r as i8 });
        }
        if self.fr() && modi == Mod::None && matches!(self.kw(j), Some(Kw::Suivant | Kw::Precedent)) {
            let dir = if self.is_kw(j, Kw::Suivant) { 1 } else { -1 };
            return emit(first, j, Sem::Around { what: Named::Season(n), dir });
        }
        // `cet été-là`: the season of the year told before, as `cette année-là` is that year.
        if self.fr() && modi == Mod::This && self.is_dash(j) && self.is_accented_kw(j + 1, Kw::La) {
            return emit(first, j + 1, Sem::SeasonPrev { n, r: 0 });
        }
        // `the fall of Rome`, `the fall in prices`, `le printemps arabe`, `l'été de la canicule`.
        if matches!(self.kw(j), Some(Kw::Of | Kw::In | Kw::De | Kw::Du | Kw::D))
            || self.word_in(j, self.words().season_names)
        {
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

    /// The season a season word at `i` names: 0 spring, 1 summer, 2 autumn, 3 winter.
    pub(super) fn season_number(&self, i: usize) -> Option<u8> {
        let mut buf = [0u8; MAX_WORD];
        let w = self.folded(i, &mut buf)?;
        self.words().seasons.iter().find(|(s, _)| s.as_bytes() == w).map(|s| s.1)
    }

    /// `la première quinzaine d'avril`, `la seconde quinzaine de mars`: half a month, the
    /// noun at `i`.
    pub(super) fn fortnight(&self, i: usize) -> Option<Hit> {
        let o = i.checked_sub(1)?;
        let cut = match self.t[o].lex {
            Lex::Kw(Kw::Premier) | Lex::Ordinal(1) => Cut::FirstFortnight,
            Lex::Ordinal(2) | Lex::Kw(Kw::Dernier) => Cut::SecondFortnight,
            _ => return None,
        };
        let mut j = i + 1;
        match self.kw(j)? {
            Kw::De | Kw::Du => j += 1,
            Kw::D if self.is_apos(j + 1) => j += 2,
            _ => return None,
        }
        let (sem, last) = if self.is_kw(j, Kw::Mois) && self.is_kw(j + 1, Kw::Prochain) {
            (Sem::Rel { n: 1, unit: Unit::Month }, j + 1)
        } else if self.is_kw(j, Kw::Mois) && (self.is_kw(j + 1, Kw::Dernier) || self.is_accented_kw(j + 1, Kw::Passe)) {
            (Sem::Rel { n: -1, unit: Unit::Month }, j + 1)
        } else {
            let (cal, last) = self.month_first(j, Mod::None, true)?;
            (Sem::Cal(cal), last)
        };
        let first = self.article_before(o).unwrap_or(o);
        Some(Hit::Emit(Raw { first, last, sem, end: None, cut, end_cut: Cut::None }))
    }

    /// `le XXe siècle`, `18e siècle`, `the 19th century`, `the twentieth century`: the
    /// ordinal at `i`, the century noun after it.
    pub(super) fn century(&self, i: usize) -> Option<Hit> {
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
                    let Lex::Ordinal(n) = t.lex else { return None };
                    let n = n as i32;
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
        // `21st Century Fox`, `20th Century Studios`: a capitalised `Century` that no `the`
        // opens, before a name, is a company's name; the period is `the 20th Century`.
        if !self.fr()
            && self.t[i + 1].has(CAP)
            && self.is_name_word(i + 2)
            && !(first > 0 && self.is_kw(first - 1, Kw::The))
        {
            return Some(Hit::Skip(i + 1));
        }
        // Before our era, the n-th century runs from year 1 - 100n to year -100(n - 1).
        if let Some((bc, last)) = self.era_at(i + 2) {
            let start = if bc { 1 - n * 100 } else { (n - 1) * 100 };
            return emit(first, last, Sem::Years { first: start, len: 100 });
        }
        emit(first, i + 1, Sem::Years { first: (n - 1) * 100, len: 100 })
    }

    /// The year after a quarter or half noun ending at `last`: `2023`, `de 2023`, `of 2023`.
    pub(super) fn year_after_part(&self, last: usize) -> Option<(i32, usize)> {
        let mut j = last + 1;
        if (self.is_dash(j) && self.glued(last, j)) || matches!(self.kw(j), Some(Kw::De | Kw::Of)) {
            j += 1;
        } else if self.is_kw(j, Kw::D) && self.is_apos(j + 1) {
            j += 2;
        }
        Some((self.year4(j)?, j))
    }

    /// The months `first..=last` of part `n` (1-based) of a year cut into `parts`.
    pub(super) fn part_range(first: usize, last: usize, y: i32, n: u32, parts: u32) -> Option<Hit> {
        if n == 0 || n > parts {
            return None;
        }
        let len = 12 / parts;
        let start = Cal { y: Some(y), ..Cal::new(((n - 1) * len + 1) as u8, 0) };
        let end = Cal { y: Some(y), ..Cal::new((n * len) as u8, 0) };
        Some(Hit::Emit(Raw {
            first,
            last,
            sem: Sem::Cal(start),
            end: Some(Sem::Cal(end)),
            cut: Cut::None,
            end_cut: Cut::None,
        }))
    }

    /// `premier trimestre 2023`, `2e semestre de 2022`, `the third quarter of 2022`,
    /// `first-half 2023`: the months of that part of the year. `i` is the noun.
    pub(super) fn part_of_year(&self, i: usize) -> Option<Hit> {
        let parts = if self.is_kw(i, Kw::Quarter) { 4 } else { 2 };
        let mut o = i.checked_sub(1)?;
        if self.is_dash(o) && self.glued(o, i) {
            o = o.checked_sub(1)?;
        }
        let n = self.part_ordinal(o, parts)?;
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
            // `a loss for the third quarter of $226.3 million`: an amount after `of` belongs
            // to the noun before the part, so the part stands alone.
            let amount = self
                .t
                .get(i + 2)
                .is_some_and(|t| t.kind == Kind::Num || matches!(t.punct(), Some('$' | '£' | '€' | '#' | '¥')));
            if !amount {
                if self.calendar_unit(k) != Some(Unit::Year) {
                    return None;
                }
                yrel = Some(0);
                last = k;
            }
        }
        if yrel.is_none() && self.game_near(o, i) {
            return None;
        }
        emit(o, last, Sem::Part { n: n as u8, parts: parts as u8, modi: Mod::None, yrel })
    }

    /// A word of a game's score or play within [`GAME_WINDOW`] tokens of the part `o..=i`:
    /// a match report's halves and quarters are periods of the match.
    fn game_near(&self, o: usize, i: usize) -> bool {
        let list = self.words().score_words;
        !list.is_empty()
            && (o.saturating_sub(GAME_WINDOW)..self.t.len().min(i + 1 + GAME_WINDOW))
                .any(|k| self.t[k].kind == Kind::Word && self.word_in(k, list))
    }

    /// The number of the part an ordinal at `o` names in a year cut into `parts`.
    pub(super) fn part_ordinal(&self, o: usize, parts: u32) -> Option<u32> {
        let t = self.t.get(o)?;
        match t.kind {
            Kind::Ordinal if t.ndigits == 1 => Some(t.num),
            Kind::Word => match t.lex {
                Lex::Kw(Kw::Premier | Kw::Ier) => Some(1),
                Lex::Kw(Kw::Dernier | Kw::Last | Kw::Final) => Some(parts),
                Lex::Ordinal(n) if n <= 4 => Some(n as u32),
                _ => None,
            },
            _ => None,
        }
    }

    /// How many parts the noun at `k` cuts a year into: 4 for a quarter, 2 for a half.
    pub(super) fn parts_of(&self, k: usize) -> Option<u32> {
        match self.kw(k)? {
            Kw::Quarter => Some(4),
            Kw::Half => Some(2),
            _ => None,
        }
    }

    /// English writes the year of a quarter or half in front of it: `the 1988 third quarter`,
    /// `1989's fourth quarter`, `1990 first-half results`, or between the ordinal and the noun,
    /// `the first 1990 quarter`. `i` is the year `y`.
    pub(super) fn year_then_part(&self, i: usize, y: i32) -> Option<Hit> {
        if self.fr() {
            return None;
        }
        let mut k = i + 1;
        let s = self.t.get(k + 1).is_some_and(|t| self.text[t.start..t.end].eq_ignore_ascii_case("s"));
        if self.is_apos(k) && self.glued(i, k) && s {
            k += 2;
        }
        let noun_after = |o: usize| {
            let mut noun = o + 1;
            if self.is_dash(noun) && self.glued(o, noun) {
                noun += 1;
            }
            noun
        };
        let noun = noun_after(k);
        if let Some(parts) = self.parts_of(noun) {
            if let Some(n) = self.part_ordinal(k, parts) {
                return Self::part_range(i, noun, y, n, parts);
            }
        }
        let o = i.checked_sub(1)?;
        let parts = self.parts_of(i + 1)?;
        let n = self.part_ordinal(o, parts)?;
        Self::part_range(o, i + 1, y, n, parts)
    }

    /// `Q3 2022`, `H1 2023`, `T1 2023`, `S2 2022`: a quarter or half written as a code.
    pub(super) fn part_code(&self, i: usize) -> Option<Hit> {
        let t = &self.t[i];
        let code = self.text.as_bytes().get(t.start..t.end)?;
        let [letter, digit] = code else { return None };
        let n = (*digit as char).to_digit(10)?;
        let parts = match (letter.to_ascii_uppercase(), self.fr()) {
            (b'Q', false) | (b'T', true) => 4,
            (b'H', false) | (b'S', true) => 2,
            _ => return None,
        };
        if let Some((y, last)) = self.year_after_part(i) {
            return Self::part_range(i, last, y, n, parts);
        }
        // `in Q4`, `for Q3`, `its Q2 results`: a quarter with no year, which the tense places
        // as `the fourth quarter`. Only a capital Q after a word that frames a period, not a
        // name (`Audi Q3`) or a determiner (`the Q3 was launched`), and not `H1`, a heading or a virus as often as a half.
        let framed = i > 0
            && (matches!(
                self.kw(i - 1),
                Some(Kw::In | Kw::For | Kw::During | Kw::Of | Kw::By | Kw::Since | Kw::Until | Kw::Through)
            ) || self.word_in(i - 1, self.words().possessives));
        if self.fr() || *letter != b'Q' || parts != 4 || !(1..=4).contains(&n) || !framed {
            return None;
        }
        emit(i, i, Sem::Part { n: n as u8, parts: 4, modi: Mod::None, yrel: None })
    }
}

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
