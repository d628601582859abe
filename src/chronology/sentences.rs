//! Finding the sentence around a date in a paragraph, and the clause of it that says what
//! happened then when it gives several dates.

use super::context::needs_context;

/// The sentence of `text` that contains `start..end`.
pub(super) fn sentence_around(text: &str, start: usize, end: usize) -> &str {
    let (s, e) = sentence_bounds(text, start, end);
    crate::text::trim(&text[s..e])
}

/// Where clauses part in a sentence, strongest first: a sentence that dates several things
/// (`élu en 1994 à la tête du pays, réélu entre 2001 et 2020`) is cut between its dates.
const CLAUSE_BREAKS: [&str; 18] = [
    "; ",
    " : ",
    " – ",
    " — ",
    ", puis ",
    ", avant de ",
    ", tandis que ",
    ", alors que ",
    ", mais ",
    ", et ",
    ", then ",
    ", before ",
    ", while ",
    ", whereas ",
    ", but ",
    ", and ",
    " puis ",
    ", ",
];

/// [`clause_in`] in the sentence around `start..end`, found here.
#[cfg(test)]
pub(super) fn clause_around<'a>(text: &'a str, start: usize, end: usize, others: &[(usize, usize)]) -> Clause<'a> {
    clause_in(text, sentence_bounds(text, start, end), start, end, others, true, &mut HeldBreaks::default())
}

/// The part of the sentence `(s, e)` of `text` (already found) around `start..end` that says
/// what happened then: the whole sentence when it gives one date, the clause between its
/// neighbours' when it gives several (`others`, byte ranges in `text`). A cut is marked with
/// `…` when shown. `may_lean`: whether the sentence may hold a word that makes a clause lean
/// on another (false when it is known to hold none).
pub(super) fn clause_in<'a>(
    text: &'a str,
    (s, e): (usize, usize),
    start: usize,
    end: usize,
    others: &[(usize, usize)],
    may_lean: bool,
    held_breaks: &mut HeldBreaks,
) -> Clause<'a> {
    let (mut left, mut right) = (s, e);
    // A clause says what happened: a cut that leaves it a few words long (`Le lendemain,`)
    // is no cut. Stronger breaks are tried first. Words are counted only as far as that
    // minimum: each possible cut of a long sentence was asked for all the words to its end.
    const MIN_WORDS: usize = 4;
    let long_enough = |a: usize, b: usize| has_words(&text[a..b], MIN_WORDS);
    for &(os, oe) in others.iter().filter(|&&(os, oe)| os >= s && oe <= e && (os, oe) != (start, end)) {
        if oe <= start {
            let between = &text[oe..start];
            let held = held_breaks.of(text, oe, start);
            let cut = clause_breaks().iter().enumerate().filter(|&(k, _)| held >> k & 1 == 1).find_map(|(_, br)| {
                let b = br.text;
                br.finder
                    .find_iter(between.as_bytes())
                    .map(|i| oe + i + b.len())
                    .filter(|&c| long_enough(c, right))
                    .last()
            });
            if let Some(c) = cut {
                left = left.max(c);
            }
        } else if os >= end {
            let between = &text[end..os];
            let held = held_breaks.of(text, end, os);
            let cut = clause_breaks().iter().enumerate().filter(|&(k, _)| held >> k & 1 == 1).find_map(|(_, br)| {
                br.finder.find_iter(between.as_bytes()).map(|i| end + i).find(|&c| long_enough(left, c))
            });
            if let Some(c) = cut {
                right = right.min(c);
            }
        }
    }
    let clause = crate::text::trim(&text[left..right]);
    let clause = clause.trim_end_matches([',', ';', ':', ' ']);
    let clause = ["et ", "puis ", "and ", "then ", "but ", "mais "]
        .iter()
        .find_map(|w| clause.strip_prefix(w))
        .unwrap_or(clause);
    // A clause that leans on the words cut away (`…il est reparti mardi`) tells a reader
    // nothing on its own: the whole sentence does. A sentence with no word to lean on
    // another by (`may_lean`, read with its words) has no such clause.
    if (left > s || right < e) && may_lean && needs_context(clause) {
        return Clause { text: crate::text::trim(&text[s..e]), cut_before: false, cut_after: false };
    }
    Clause { text: clause, cut_before: left > s, cut_after: right < e }
}

/// Whether `text` has at least `n` words parted by whitespace (`split_whitespace().nth(n - 1)`),
/// read by bytes where they are ASCII: asked of each possible cut of a sentence between two
/// of its dates.
fn has_words(text: &str, n: usize) -> bool {
    let b = text.as_bytes();
    let (mut i, mut words, mut in_word) = (0, 0, false);
    while let Some(&c) = b.get(i) {
        let (space, len) = match c {
            // The ASCII characters `char::is_whitespace` takes (the vertical tab too).
            b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r' => (true, 1),
            _ if c.is_ascii() => (false, 1),
            _ => match text.get(i..).and_then(|t| t.chars().next()) {
                Some(ch) => (ch.is_whitespace(), ch.len_utf8()),
                None => return false,
            },
        };
        if space {
            in_word = false;
        } else if !in_word {
            in_word = true;
            words += 1;
            if words >= n {
                return true;
            }
        }
        i += len;
    }
    n == 0
}

/// A clause break with its searcher.
struct ClauseBreak {
    text: &'static str,
    finder: memchr::memmem::Finder<'static>,
}

/// The breaks of [`CLAUSE_BREAKS`] that `bytes` holds, a bit each (bit `k` for break `k`):
/// found in one pass over the stretch between two dates, so that only the breaks it holds
/// are searched for. A stretch with a comma held every comma break's mark, and each was
/// searched for (18 searches per pair of dates at most, each dearer to start than this pass
/// over those few bytes), where it nearly always holds only `, `.
fn breaks_in(bytes: &[u8]) -> u32 {
    // Every break starts with `;` or `,`, or with a space then `:`, a dash's first byte or
    // the `p` of ` puis `: only where one of these is are the breaks tried.
    let led = memchr::memchr2_iter(b';', b',', bytes).map(Some);
    let spaced = memchr::memchr3_iter(b':', 0xE2, b'p', bytes).map(|i| i.checked_sub(1));
    let mut held = 0;
    let heads = break_heads();
    for at in led.chain(spaced).flatten() {
        let rest = &bytes[at..];
        // A break's first four bytes (or fewer) are compared as one number; only a break
        // longer than that whose head matches is compared whole (`, ` and `; ` are their heads).
        let four = match *rest {
            [a, b, c, d, ..] => u32::from_le_bytes([a, b, c, d]),
            // Fewer than four bytes left: zeros after them, which no break has.
            _ => rest.iter().rev().fold(0, |v, &x| v << 8 | u32::from(x)),
        };
        for (k, (br, &(head, mask))) in CLAUSE_BREAKS.iter().zip(heads).enumerate() {
            if four & mask == head && (br.len() <= 4 || rest.starts_with(br.as_bytes())) {
                held |= 1 << k;
            }
        }
    }
    held
}

/// Each of [`CLAUSE_BREAKS`]' first four bytes (or all, when fewer) as a little-endian number,
/// with the mask of those bytes ([`breaks_in`]).
fn break_heads() -> &'static [(u32, u32); CLAUSE_BREAKS.len()] {
    static HEADS: std::sync::OnceLock<[(u32, u32); CLAUSE_BREAKS.len()]> = std::sync::OnceLock::new();
    HEADS.get_or_init(|| {
        CLAUSE_BREAKS.map(|br| {
            let (mut head, mut mask) = ([0u8; 4], [0u8; 4]);
            for (i, &b) in br.as_bytes().iter().take(4).enumerate() {
                head[i] = b;
                mask[i] = 0xFF;
            }
            (u32::from_le_bytes(head), u32::from_le_bytes(mask))
        })
    })
}

/// [`CLAUSE_BREAKS`] with their searchers, made once: `str::match_indices` prepared a
/// searcher for each break and each pair of dates, which cost more than the search. Matches
/// are found as `match_indices` finds them: leftmost, without overlaps.
fn clause_breaks() -> &'static [ClauseBreak] {
    static BREAKS: std::sync::OnceLock<Vec<ClauseBreak>> = std::sync::OnceLock::new();
    BREAKS.get_or_init(|| {
        CLAUSE_BREAKS
            .iter()
            .map(|b| ClauseBreak { text: b, finder: memchr::memmem::Finder::new(b.as_bytes()) })
            .collect()
    })
}

/// The clause breaks ([`breaks_in`]) that stretches of one sentence hold, by their bounds in
/// its paragraph: the stretch between two dates is read for the clause of each of them (the
/// text after the first date up to the second is the text before the second back to the
/// first), and is read once. Room kept from one sentence to the next.
#[derive(Default)]
pub(super) struct HeldBreaks(Vec<(usize, usize, u32)>);

impl HeldBreaks {
    /// [`breaks_in`] of `text[from..to]`, read once per sentence.
    fn of(&mut self, text: &str, from: usize, to: usize) -> u32 {
        if let Some(&(_, _, held)) = self.0.iter().find(|&&(a, b, _)| a == from && b == to) {
            return held;
        }
        let held = breaks_in(text.as_bytes().get(from..to).unwrap_or_default());
        self.0.push((from, to, held));
        held
    }

    /// Forgets the last sentence's stretches, keeping the room.
    pub(super) fn clear(&mut self) {
        self.0.clear();
    }
}

/// A part of a sentence, borrowed from the paragraph that says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Clause<'a> {
    /// The words kept.
    pub(super) text: &'a str,
    /// Whether the sentence goes on before them.
    pub(super) cut_before: bool,
    /// Whether it goes on after them.
    pub(super) cut_after: bool,
}

impl Clause<'_> {
    /// Appends the clause as [`Display`](std::fmt::Display) writes it, with no formatter:
    /// every cut report's text is made here.
    pub(super) fn push_to(&self, out: &mut String) {
        let mark = |cut: bool| if cut { "…" } else { "" };
        out.push_str(mark(self.cut_before));
        out.push_str(self.text);
        out.push_str(mark(self.cut_after));
    }
}

impl std::fmt::Display for Clause<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mark = |cut: bool| if cut { "…" } else { "" };
        write!(f, "{}{}{}", mark(self.cut_before), self.text, mark(self.cut_after))
    }
}

/// The bounds of the sentence of `text` around `start..end`. Every dated sentence is found
/// here: the stops are looked for by their bytes (`.`, `!`, `?`, and `…`'s last byte), and
/// only around a stop are characters decoded. Bounds as [`sentence_bounds_by_chars`] finds
/// them, character by character (tests compare the two).
pub(super) fn sentence_bounds(text: &str, start: usize, end: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    // Back from `start`: the sentence starts after the last stop, a whitespace character and
    // no lower-case word, that does not close an initial and ends before `start`. The stops'
    // bytes are found by memchr, not read one at a time: the ASCII stops by one search, `…`
    // by its last byte (A6 is a continuation byte, so only `…` ends on E2 80 A6), the later
    // of the two taken each time.
    let mut s = 0;
    let head = &bytes[..start.min(bytes.len())];
    let mut stops = memchr::memrchr3_iter(b'.', b'!', b'?', head).peekable();
    let mut ellipses = memchr::memrchr_iter(0xA6, head).peekable();
    loop {
        let j = match (stops.peek().copied(), ellipses.peek().copied()) {
            (None, None) => break,
            (Some(a), Some(b)) if b > a => ellipses.next(),
            (Some(_), _) => stops.next(),
            (None, Some(_)) => ellipses.next(),
        };
        let Some(j) = j else { break };
        let stop_len = match bytes[j] {
            0xA6 if j >= 2 && bytes[j - 2] == 0xE2 && bytes[j - 1] == 0x80 => 3,
            0xA6 => continue,
            _ => 1,
        };
        let q = j + 1;
        let Some(ws) = text.get(q..).and_then(|t| t.chars().next()).filter(|c| c.is_whitespace()) else {
            continue;
        };
        let after = q + ws.len_utf8();
        if after > start || text[after..].chars().next().is_some_and(char::is_lowercase) {
            continue;
        }
        if ends_a_sentence(&text[..q - stop_len]) {
            s = after;
            break;
        }
    }
    // On from `end`: the sentence ends after the first stop followed by ASCII whitespace (or
    // the end of the text) and no lower-case word, that does not close an initial. Found as
    // the stops back are; `…` by its first byte.
    let mut e = text.len();
    let from = end.min(text.len());
    let tail = &bytes[from..];
    let mut stops = memchr::memchr3_iter(b'.', b'!', b'?', tail).peekable();
    let mut ellipses = memchr::memchr_iter(0xE2, tail).peekable();
    // The first byte not yet passed: a stop's bytes are stepped over whole.
    let mut k = from;
    loop {
        let at = match (stops.peek().copied(), ellipses.peek().copied()) {
            (None, None) => break,
            (Some(a), Some(b)) if b < a => ellipses.next(),
            (Some(_), _) => stops.next(),
            (None, Some(_)) => ellipses.next(),
        };
        let Some(at) = at.map(|i| from + i) else { break };
        if at < k {
            continue;
        }
        let stop_len = match bytes[at] {
            0xE2 if bytes.get(at + 1) == Some(&0x80) && bytes.get(at + 2) == Some(&0xA6) => 3,
            0xE2 => continue,
            _ => 1,
        };
        let after = at + stop_len;
        // A stop is only one if it starts a character: `end` is a character boundary and no
        // stop's first byte is a continuation byte, so every match found here starts one.
        if bytes.get(after).is_none_or(|b| b.is_ascii_whitespace())
            && !text[after..].trim_start().chars().next().is_some_and(char::is_lowercase)
            && ends_a_sentence(&text[..at])
        {
            e = after;
            break;
        }
        k = after;
    }
    (s, e)
}

/// A date of a paragraph and the bounds of its sentence ([`sentence_bounds`]).
#[derive(Clone, Copy)]
pub(super) struct SentenceOf {
    pub(super) date: (usize, usize),
    pub(super) bounds: (usize, usize),
}

/// [`sentence_bounds`] of `text` around `start..end`, taken from `last` (an earlier date of
/// the same text, and its sentence) when it is that date's sentence: a sentence that gives
/// several dates was searched for from each. It is when the date is later and no stop's
/// byte lies between the two dates' starts (nor just before the first: a stop there may be
/// one only for the later date), so that the search back ends where it did, and the later
/// date ends no later than the stop that ends that sentence starts (the end of the text
/// when no stop does), so that the search on finds the same first stop from either.
pub(super) fn sentence_bounds_after(text: &str, last: Option<SentenceOf>, start: usize, end: usize) -> (usize, usize) {
    if let Some(SentenceOf { date: (ls, le), bounds: (s, e) }) = last {
        let between = text.as_bytes().get(ls.saturating_sub(1)..start).unwrap_or_default();
        // Where the stop that ends the sentence starts: a sentence ends after one, or with
        // the text (then a stop it ends with, if any, is taken for one: the stricter test).
        let stop = match text.as_bytes().get(..e) {
            Some([.., b'.' | b'!' | b'?']) => e - 1,
            Some([.., 0xE2, 0x80, 0xA6]) => e - 3,
            _ => e,
        };
        if ls <= start
            && le <= end
            && end <= stop
            && memchr::memchr3(b'.', b'!', b'?', between).is_none()
            && memchr::memchr(0xA6, between).is_none()
        {
            return (s, e);
        }
    }
    sentence_bounds(text, start, end)
}

/// [`sentence_bounds`] as it was written first, a character at a time: what the byte scan
/// must give.
#[cfg(test)]
fn sentence_bounds_by_chars(text: &str, start: usize, end: usize) -> (usize, usize) {
    let is_end = |c: char| matches!(c, '.' | '!' | '?' | '…');
    let bytes = text.as_bytes();
    let mut s = start;
    while s > 0 {
        let prev = text[..s].chars().next_back().unwrap_or(' ');
        let before = text[..s - prev.len_utf8()].chars().next_back();
        let next_lower = || text[s..].chars().next().is_some_and(char::is_lowercase);
        if let Some(stop) = before.filter(|&b| prev.is_whitespace() && is_end(b) && !next_lower()) {
            if ends_a_sentence(&text[..s - prev.len_utf8() - stop.len_utf8()]) {
                break;
            }
        }
        s -= prev.len_utf8();
    }
    let mut e = end.min(text.len());
    while e < text.len() {
        let c = text[e..].chars().next().unwrap_or(' ');
        e += c.len_utf8();
        let next_lower = || text[e..].trim_start().chars().next().is_some_and(char::is_lowercase);
        if is_end(c)
            && bytes.get(e).is_none_or(|b| b.is_ascii_whitespace())
            && !next_lower()
            && ends_a_sentence(&text[..e - c.len_utf8()])
        {
            break;
        }
    }
    (s, e)
}

/// Whether a stop after `before` ends a sentence: it does unless it closes an initial (`M.`,
/// `J.`); after a number (`en 2022.`) or no word at all, it does.
fn ends_a_sentence(before: &str) -> bool {
    let mut word = before.chars().rev().take_while(|c| c.is_alphanumeric());
    match (word.next(), word.next()) {
        (Some(_), Some(_)) | (None, _) => true,
        (Some(c), None) => c.is_ascii_digit(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chronology::context::SAMPLES;

    #[test]
    fn clause_breaks_are_found_as_match_indices_finds_them() {
        for hay in [
            " : : : ",
            "a, b, et c, et",
            "élu, puis réélu, puis",
            "",
            "; ",
            "x;",
            " – – ",
            ",, , et , et, mais , , puis puis puis ;; ; ",
            "a, et, et , et ,",
            "x, avant de y, alors que z — w, but q, whereas r, while s, then t, before u, and v",
            "élu, tandis que ; ils, mais — ",
            " puis, puis , puis",
            "puis ; x – y —, pas puis ",
            ":p, ",
        ] {
            for br in clause_breaks() {
                let want: Vec<usize> = hay.match_indices(br.text).map(|(i, _)| i).collect();
                assert_eq!(br.finder.find_iter(hay.as_bytes()).collect::<Vec<_>>(), want, "{:?} in {hay:?}", br.text);
                // Only the breaks a text holds are searched for.
                let k = CLAUSE_BREAKS.iter().position(|b| *b == br.text).unwrap();
                assert_eq!(breaks_in(hay.as_bytes()) >> k & 1 == 1, !want.is_empty(), "{:?} in {hay:?}", br.text);
            }
        }
    }

    #[test]
    fn words_are_counted_as_split_whitespace_counts_them() {
        for t in [
            "",
            " ",
            "a",
            "a b c",
            "a b c d",
            " a\u{b}b\u{a0}c d ",
            "été, à la\u{202f}fin de",
            "x\u{3000}y z w",
            "un  deux\ttrois\nquatre",
        ] {
            for n in 0..6 {
                assert_eq!(has_words(t, n), t.split_whitespace().nth(n.max(1) - 1).is_some() || n == 0, "{t:?} {n}");
            }
        }
    }

    #[test]
    fn sentences_are_cut_at_sentence_ends_not_initials() {
        let t = "Premier fait. Le 19 juin, M. Zelensky a lancé un ultimatum. Suite.";
        let s = t.find("19 juin").unwrap();
        assert_eq!(sentence_around(t, s, s + 7), "Le 19 juin, M. Zelensky a lancé un ultimatum.");
        // A stray period before a lower-case word does not end the sentence.
        let t = "Minsk a collaboré en cédant son territoire. comme plateforme pour l'invasion en février. Suite.";
        let s = t.find("février").unwrap();
        assert_eq!(
            sentence_around(t, s, s + 8),
            "Minsk a collaboré en cédant son territoire. comme plateforme pour l'invasion en février."
        );
    }

    #[test]
    fn a_sentence_with_several_dates_is_cut_into_clauses() {
        let t = "Lukachenko, ancien membre du Parti, élu en 1994 à la tête du pays, réélu entre 2001 et 2020, reste au pouvoir.";
        let at = |w: &str| {
            let s = t.find(w).unwrap();
            (s, s + w.len())
        };
        let others = [at("1994"), at("2001 et 2020")];
        let (s, e) = at("1994");
        assert_eq!(
            clause_around(t, s, e, &others).to_string(),
            "Lukachenko, ancien membre du Parti, élu en 1994 à la tête du pays…"
        );
        let (s, e) = at("2001 et 2020");
        assert_eq!(clause_around(t, s, e, &others).to_string(), "…réélu entre 2001 et 2020, reste au pouvoir.");
        // One date: the whole sentence.
        let one = "Avant. Le sommet s'est tenu lundi, et les deux présidents ont parlé. Après.";
        let s = one.find("lundi").unwrap();
        assert_eq!(
            clause_around(one, s, s + 5, &[(s, s + 5)]).to_string(),
            "Le sommet s'est tenu lundi, et les deux présidents ont parlé."
        );
        let two = "Le ministre est arrivé lundi; le ministre est reparti mardi.";
        let (l, m) = (two.find("lundi").unwrap(), two.find("mardi").unwrap());
        assert_eq!(
            clause_around(two, m, m + 5, &[(l, l + 5), (m, m + 5)]).to_string(),
            "…le ministre est reparti mardi."
        );
        // A clause whose `il` stands for a name cut away is no clause: the whole sentence.
        let two = "Le ministre est arrivé lundi; il est reparti mardi.";
        let (l, m) = (two.find("lundi").unwrap(), two.find("mardi").unwrap());
        assert_eq!(clause_around(two, m, m + 5, &[(l, l + 5), (m, m + 5)]).to_string(), two);
        let en = "Lukashenko arrived on Monday, and she left on Tuesday.";
        let (l, m) = (en.find("Monday").unwrap(), en.find("Tuesday").unwrap());
        assert_eq!(clause_around(en, m, m + 7, &[(l, l + 6), (m, m + 7)]).to_string(), en);
    }

    #[test]
    fn sentences_around_multibyte_stops() {
        let t = "Il a dit… Le 19 juin 2022, le président est parti… Puis…";
        let s = t.find("19 juin").unwrap();
        assert_eq!(sentence_around(t, s, s + 7), "Le 19 juin 2022, le président est parti…");
        for i in 0..t.len() {
            if t.is_char_boundary(i) {
                sentence_around(t, i, i);
            }
        }
    }

    #[test]
    fn a_later_date_of_a_sentence_has_its_bounds() {
        let mut texts: Vec<&str> = SAMPLES.to_vec();
        texts.extend([
            "Le 3 mai. Puis le 4 mai.  le 5 mai. Le 6\u{a0}mai… le 7 mai ! Fin",
            "M. Dupont, le 3 mai, puis J. Martin le 4 juin. Et le 5… Non",
            "Le 3 mai et le 4 mai. Le 5 mai et le 6 mai… Le 7 et le 8 M. Le 9 et le 10.",
            "le 3 et le 4 mai!",
        ]);
        for t in texts {
            let cuts: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i)).collect();
            let spans: Vec<(usize, usize)> =
                cuts.iter().enumerate().flat_map(|(a, &x)| cuts[a..].iter().take(6).map(move |&y| (x, y))).collect();
            for &(ls, le) in &spans {
                let last = SentenceOf { date: (ls, le), bounds: sentence_bounds(t, ls, le) };
                for &(start, end) in &spans {
                    assert_eq!(
                        sentence_bounds_after(t, Some(last), start, end),
                        sentence_bounds(t, start, end),
                        "{t:?} {ls}..{le} then {start}..{end}"
                    );
                }
            }
        }
    }

    #[test]
    fn sentence_bounds_are_those_found_character_by_character() {
        for t in SAMPLES {
            let cuts: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i)).collect();
            for (a, &start) in cuts.iter().enumerate() {
                for &end in &cuts[a..] {
                    assert_eq!(
                        sentence_bounds(t, start, end),
                        sentence_bounds_by_chars(t, start, end),
                        "{t:?} {start}..{end}"
                    );
                }
            }
        }
    }
}
