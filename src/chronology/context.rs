//! Whether a sentence leans on the one before for who or what it is about (`Mercredi, il a
//! déclaré…`, `Ce dernier a démissionné`): its trigger words, found by their bytes, and the
//! words before them that they can stand for.

use crate::dates;

/// Determiners of one thing or person: a noun after one (not one of [`TIME`]) can be what
/// `il`, `elle` stands for.
const SINGULAR_DET: &[&str] = &[
    "le", "la", "l", "un", "une", "ce", "cet", "cette", "son", "sa", "mon", "ma", "du", "au", "the", "a", "an", "this",
    "that", "his", "its",
];
/// Determiners and numbers of several: what `ils`, `they` can stand for.
const PLURAL_DET: &[&str] = &[
    "les",
    "des",
    "ces",
    "ses",
    "leurs",
    "aux",
    "nos",
    "vos",
    "plusieurs",
    "certains",
    "certaines",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "dix",
    "cent",
    "mille",
    "these",
    "those",
    "several",
    "many",
    "both",
    "two",
    "three",
    "four",
    "five",
    "ten",
    "hundred",
    "thousand",
    "some",
];
/// Subject pronouns of one.
const SINGULAR: &[&str] = &["il", "elle", "he", "she"];
/// Subject pronouns of several.
const PLURAL: &[&str] = &["ils", "elles", "they"];
/// Words a sentence starts with that name no one (weekdays and `hier`, `today` come from
/// the date tagger's lexicon below).
const NOT_NAMES: &[&str] = &[
    "il",
    "elle",
    "ils",
    "elles",
    "on",
    "nous",
    "vous",
    "je",
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "you",
    "le",
    "la",
    "les",
    "l",
    "un",
    "une",
    "des",
    "ce",
    "cet",
    "cette",
    "ces",
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "mais",
    "et",
    "puis",
    "alors",
    "ensuite",
    "cependant",
    "pourtant",
    "selon",
    "dans",
    "en",
    "depuis",
    "lors",
    "but",
    "and",
    "then",
    "however",
    "in",
    "on",
    "since",
    "after",
    "before",
    "après",
    "avant",
    "d",
    "de",
    "du",
    "à",
    "au",
    "aux",
    "par",
    "pour",
    "sur",
    "avec",
    "by",
    "for",
    "with",
    "of",
    "at",
    "to",
];
/// Words after `il` that make it impersonal.
const IMPERSONAL_NEXT: &[&str] = &[
    "y", "faut", "semble", "paraît", "parait", "reste", "suffit", "convient", "importe", "pleut", "fallait", "fallu",
    "faudra", "semblait", "is", "was", "seems", "appears",
];
/// Nouns of time: `le lendemain, il…` names no one `il` could be.
const TIME: &[&str] = &[
    "lendemain",
    "veille",
    "jour",
    "soir",
    "matin",
    "mois",
    "semaine",
    "année",
    "an",
    "même",
    "day",
    "week",
    "month",
    "year",
    "morning",
    "evening",
    "next",
    "same",
    "following",
];
/// Whether `il` followed by `next` and `after` is impersonal (`il y a`, `il s'agit`, `il est
/// possible`): it stands for nobody, so the sentence needs no earlier one.
fn impersonal_il(next: &str, after: &str) -> bool {
    IMPERSONAL_NEXT.contains(&next)
        || matches!((next, after), ("s", "agit") | ("se", "peut") | ("s", "avère"))
        || next == "est"
            && (after.ends_with("ible")
                || after.ends_with("able")
                || matches!(after, "vrai" | "clair" | "temps" | "important" | "nécessaire" | "difficile" | "question"))
}

/// Whether the sentence holds a word that can make it lean on another: a pronoun (`il`,
/// `they`) or the second word of `ce dernier`, `celui-ci`, `the latter`.
#[cfg(test)]
pub(super) fn has_trigger(sentence: &str) -> bool {
    triggers(sentence, 0).next().is_some()
}

/// The trigger words of `sentence` ([`has_trigger`]), where each starts, in order. Most
/// sentences have none, and are told apart here without the word lists of
/// [`needs_context`] (nor a lowercase copy of every word), by their bytes: every dated
/// sentence comes here, and reading it as words ([`alnum_runs`]) was most of the cost.
fn triggers(sentence: &str, from: usize) -> impl Iterator<Item = (usize, Trigger)> + '_ {
    let b = sentence.as_bytes();
    let mut i = from;
    std::iter::from_fn(move || {
        while i < b.len() {
            if !b[i].is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            let start = i;
            while b.get(i).is_some_and(u8::is_ascii_alphanumeric) {
                i += 1;
            }
            if let Some(t) = trigger_run(sentence, start, i) {
                return Some((start, t));
            }
        }
        None
    })
}

/// Where the first trigger word of `sentence` starts ([`triggers`]), if any.
#[cfg(test)]
pub(super) fn first_trigger(sentence: &str) -> Option<usize> {
    triggers(sentence, 0).next().map(|(at, _)| at)
}

/// Whether the run `start..end` of `sentence`'s ASCII letters and digits (one that no other
/// such byte borders) is one of [`has_trigger`]'s words: a trigger is a whole word, with no
/// letter or digit on either side (a character is decoded only there, and only for a run
/// that is one). No character but an ASCII letter lowercases to one of these ASCII words'
/// letters, so comparing ASCII case is exact for them. Shared with [`words_and_names`](super::words::words_and_names),
/// which reads the same runs of the dated sentence it reads for its words (inlined there, as
/// [`trigger_run`]'s test is: a call per word cost more than the test).
#[inline(always)]
pub(super) fn is_trigger_run(sentence: &str, start: usize, end: usize) -> bool {
    trigger_run(sentence, start, end).is_some()
}

/// Whether a run of ASCII letters and digits can be a trigger word's ([`trigger_run`]):
/// the test it starts with.
#[inline(always)]
pub(super) fn may_be_trigger(run: &[u8]) -> bool {
    (2..=7).contains(&run.len()) && matches!(run[0] | 0x20, b'i' | b'e' | b'h' | b's' | b't' | b'd' | b'c' | b'l')
}

/// What a trigger word ([`has_trigger`]) can make a sentence lean on.
#[derive(Clone, Copy)]
enum Trigger {
    /// A subject pronoun: whether it stands for something of its own sentence is read from
    /// the words before it ([`needs_context_in`]).
    Pronoun,
    /// The second word of `ce dernier`, `celui-ci`, `the latter`: it leans on an earlier
    /// sentence only after one of these words.
    Second(&'static [&'static str]),
}

/// [`is_trigger_run`], and which trigger the run is. The run is told apart from the trigger
/// words where it is read, with no call: nearly every run that comes here is none of them
/// (`the`, `de`, `les`), and the call, with the run copied out by `memcpy`, cost more than
/// the test.
#[inline(always)]
fn trigger_run(sentence: &str, start: usize, end: usize) -> Option<Trigger> {
    let b = sentence.as_bytes();
    let run = b.get(start..end)?;
    // The first byte, ASCII-lowercased, rules out most words before any comparison.
    if !may_be_trigger(run) {
        return None;
    }
    // The run lowered into one number and compared with each word's: 1.7 M runs of the 10k
    // dossier's dated sentences come here, and comparing them with the words one by one
    // was most of this function's cost. An ASCII letter or digit lowers by setting bit 5
    // (digits have it), and the bytes after the run stay zero, as they are in the words'.
    let low = pack_low_at(b, start, run.len());
    if !matches!(low, IL | ELLE | HE | SHE | ILS | ELLES | THEY | DERNIER | CI | LATTER | DERNI) {
        return None;
    }
    trigger_found(sentence, start, end, low)
}

/// [`trigger_run`] for a run that is one of the trigger words (or `derni`), `low` packed:
/// which trigger it is, if whole.
#[inline(never)]
fn trigger_found(sentence: &str, start: usize, end: usize, low: u64) -> Option<Trigger> {
    let b = sentence.as_bytes();
    let whole = match low {
        IL | ELLE | HE | SHE | ILS | ELLES | THEY => Some(Trigger::Pronoun),
        DERNIER => Some(Trigger::Second(&["ce"])),
        CI => Some(Trigger::Second(&["celui", "celle"])),
        LATTER => Some(Trigger::Second(&["the"])),
        _ => None,
    };
    if whole.is_none() && low != DERNI {
        return None;
    }
    let free_before = |at: usize| match at.checked_sub(1).map(|p| b[p]) {
        None => true,
        Some(c) if c.is_ascii() => !c.is_ascii_alphanumeric(),
        Some(_) => !sentence[..at].chars().next_back().is_some_and(char::is_alphanumeric),
    };
    let free_after = |at: usize| match b.get(at) {
        None => true,
        Some(c) if c.is_ascii() => !c.is_ascii_alphanumeric(),
        Some(_) => !sentence[at..].chars().next().is_some_and(char::is_alphanumeric),
    };
    let whole = whole.filter(|_| free_after(end));
    // `dernière`, `DERNIÈRE`: no other character lowercases to `è` than `È`.
    let derniere = low == DERNI
        && matches!(b.get(end..end + 2), Some([0xC3, 0xA8 | 0x88]))
        && b.get(end + 2..end + 4).is_some_and(|r| r.eq_ignore_ascii_case(b"re"))
        && free_after(end + 4);
    if !free_before(start) {
        return None;
    }
    if derniere {
        return Some(Trigger::Second(&["cette"]));
    }
    whole
}

/// A run of up to seven ASCII letters and digits, lowered, as one number: its bytes in
/// order, zeros after them ([`trigger_run`]).
#[cfg(test)]
fn pack_low(run: &[u8]) -> u64 {
    let mut w = [0u8; 8];
    let n = run.len().min(7);
    w[..n].copy_from_slice(&run[..n]);
    u64::from_le_bytes(w) | (0x2020_2020_2020_2020 & ((1u64 << (8 * n)) - 1))
}

/// [`pack_low`] of the run of `n` (up to seven) bytes of `b` from `start`: the eight bytes
/// from there read as one number where the text has them, those past the run masked off,
/// with no copy.
#[inline(always)]
fn pack_low_at(b: &[u8], start: usize, n: usize) -> u64 {
    let n = n.min(7);
    let mask = (1u64 << (8 * n)) - 1;
    let raw = match b.get(start..start + 8).and_then(|w| <[u8; 8]>::try_from(w).ok()) {
        Some(w) => u64::from_le_bytes(w),
        None => {
            let mut w = [0u8; 8];
            let run = b.get(start..).unwrap_or_default();
            let k = n.min(run.len());
            w[..k].copy_from_slice(&run[..k]);
            u64::from_le_bytes(w)
        }
    };
    (raw & mask) | (0x2020_2020_2020_2020 & mask)
}

/// A lowercase ASCII word of up to seven bytes as [`pack_low`] packs it.
const fn packed_word(w: &str) -> u64 {
    let b = w.as_bytes();
    let mut v = 0u64;
    let mut i = 0;
    while i < b.len() {
        v |= (b[i] as u64) << (8 * i);
        i += 1;
    }
    v
}

/// [`trigger_run`]'s words, packed.
const IL: u64 = packed_word("il");
const ELLE: u64 = packed_word("elle");
const HE: u64 = packed_word("he");
const SHE: u64 = packed_word("she");
const ILS: u64 = packed_word("ils");
const ELLES: u64 = packed_word("elles");
const THEY: u64 = packed_word("they");
const DERNIER: u64 = packed_word("dernier");
const CI: u64 = packed_word("ci");
const LATTER: u64 = packed_word("latter");
const DERNI: u64 = packed_word("derni");

/// Whether the word before `start` in `sentence` (its run of letters and digits, as
/// [`needs_context_in`] reads words) lowers to one of `firsts` (ASCII, lower case): no
/// character but an ASCII letter lowers to an ASCII letter of theirs.
fn word_before_is(sentence: &str, start: usize, firsts: &[&str]) -> bool {
    let Some(head) = sentence.get(..start) else { return false };
    let head = head.trim_end_matches(|c: char| !c.is_alphanumeric());
    let word_start =
        head.char_indices().rev().take_while(|(_, c)| c.is_alphanumeric()).last().map_or(head.len(), |(i, _)| i);
    let word = &head[word_start..];
    word.is_ascii() && firsts.iter().any(|f| word.eq_ignore_ascii_case(f))
}

/// [`has_trigger`] as it was written first, over the sentence's words: what the byte scan
/// must give.
#[cfg(test)]
pub(super) fn has_trigger_by_words(sentence: &str) -> bool {
    const TRIGGERS: &[&str] = &["il", "elle", "he", "she", "ils", "elles", "they", "dernier", "ci", "latter"];
    let trigger = |w: &str| match w.len() {
        2..=7 => {
            matches!(w.as_bytes()[0] | 0x20, b'i' | b'e' | b'h' | b's' | b't' | b'd' | b'c' | b'l')
                && TRIGGERS.iter().any(|t| w.eq_ignore_ascii_case(t))
        }
        9 => (w.as_bytes()[0] | 0x20) == b'd' && w.chars().flat_map(char::to_lowercase).eq("dernière".chars()),
        _ => false,
    };
    alnum_runs(sentence).any(trigger)
}

/// Whether a sentence leans on an earlier one for who or what it is about: a subject
/// pronoun (`il`, `elles`, `they`, `she`) with nothing before it in the sentence that it can
/// stand for (a name or a noun of its number), or `ce dernier`, `the latter`. Impersonal
/// `il` (`il y a`, `il faut`, `il semble`) stands for nothing and needs nothing.
pub(super) fn needs_context(sentence: &str) -> bool {
    needs_context_from(sentence, 0)
}

/// [`needs_context`] of a sentence whose triggers start no earlier than `from` (the start
/// of a run of ASCII letters and digits, or 0): what is before is not read for them again.
pub(super) fn needs_context_from(sentence: &str, from: usize) -> bool {
    // Its triggers are found by their bytes ([`has_trigger`]). With no pronoun among them
    // (`mardi dernier`, most of them), only `ce dernier`, `celui-ci`, `the latter` can make
    // it lean on another, and only the word before each trigger tells: the words are not
    // read one by one with their lists.
    let mut second = false;
    for (start, trigger) in triggers(sentence, from) {
        match trigger {
            Trigger::Pronoun => return NEEDS_CONTEXT.with_borrow_mut(|scratch| needs_context_in(sentence, scratch)),
            Trigger::Second(firsts) => second = second || word_before_is(sentence, start, firsts),
        }
    }
    second
}

thread_local! {
    /// [`needs_context`]'s words, lowercased, and their bounds and classes: room kept from
    /// one sentence to the next rather than two vectors and a string per capitalised word
    /// made for each.
    static NEEDS_CONTEXT: std::cell::RefCell<NeedsScratch> = Default::default();
}

/// [`needs_context`]'s scratch: the words lowercased, one after another, and each word's
/// bounds there, lists ([`word_class`]) and whether it is capitalised.
type NeedsScratch = (String, Vec<(usize, usize, u8, bool)>);

/// [`needs_context`] for a sentence with a trigger, its words read into `scratch`.
fn needs_context_in(sentence: &str, (lower, words): &mut NeedsScratch) -> bool {
    lower.clear();
    words.clear();
    // The words are the runs of letters and digits (a hyphen parts words too). Each is
    // lowercased into one string, as `str::to_lowercase` does: by characters, but for the
    // capital sigma, which it writes by its place in the word. Each word's lists are found
    // once, by one search ([`word_class`]), not by a search of each list. Words are read as
    // far as the verdict needs them, and their lists only while they can change it.
    let mut runs = alnum_runs(sentence);
    let mut read = |n: usize, classed: bool, lower: &mut String, words: &mut Vec<(usize, usize, u8, bool)>| {
        while words.len() < n {
            let Some(w) = runs.next() else { break };
            let from = lower.len();
            if w.is_ascii() {
                lower.push_str(w);
                lower[from..].make_ascii_lowercase();
            } else if w.contains('\u{3a3}') {
                lower.push_str(&w.to_lowercase());
            } else {
                lower.extend(w.chars().flat_map(char::to_lowercase));
            }
            let capital = w.chars().next().is_some_and(char::is_uppercase);
            let class = if classed { word_class(&lower[from..]) } else { 0 };
            words.push((from, lower.len(), class, capital));
        }
    };
    let (mut singular, mut plural) = (false, false);
    let mut names_seen = 0;
    let mut i = 0;
    loop {
        // Once a word of one and a word of several have come, no pronoun leans on an earlier
        // sentence: only `ce dernier`, `the latter` still can, and no word's lists matter.
        let settled = singular && plural;
        read(i + 3, !settled, lower, words);
        let Some(&(_, _, class, capital)) = words.get(i) else { return false };
        let word = |k: usize| words.get(k).map_or("", |&(a, b, _, _)| &lower[a..b]);
        let (l, next) = (word(i), word(i + 1));
        let refers_back = matches!(
            (l, next),
            ("ce", "dernier") | ("cette", "dernière") | ("celui", "ci") | ("celle", "ci") | ("the", "latter")
        );
        if settled {
            if refers_back {
                return true;
            }
            i += 1;
            continue;
        }
        let next_class = words.get(i + 1).map_or(0, |w| w.2);
        let is_pronoun = class & (C_SINGULAR | C_PLURAL) != 0;
        // The lexicon is asked last: only about a capitalised word that may be a name.
        if !is_pronoun
            && capital
            && class & C_NOT_NAME == 0
            && !matches!(dates::calendar_word(l), Some(dates::CalendarWord::Weekday | dates::CalendarWord::DayDeictic))
        {
            names_seen += 1;
            singular = true;
            // `Poutine et Loukachenko … ils`
            if names_seen >= 2 && i >= 2 && matches!(word(i - 1), "et" | "and") {
                plural = true;
            }
        }
        if class & C_SINGULAR_DET != 0 && !next.is_empty() && next_class & C_TIME == 0 {
            singular = true;
        }
        if class & C_PLURAL_DET != 0 || l.bytes().all(|b| b.is_ascii_digit()) && !next.is_empty() && l.len() < 4 {
            plural = true;
        }
        if refers_back {
            return true;
        }
        if class & C_SINGULAR != 0 {
            let impersonal = l == "il" && impersonal_il(next, word(i + 2));
            if !impersonal && !singular {
                return true;
            }
        } else if class & C_PLURAL != 0 && !plural {
            return true;
        }
        i += 1;
    }
}

/// [`word_class`] bits: which of [`needs_context`]'s lists a word is in.
const C_SINGULAR_DET: u8 = 1;
const C_PLURAL_DET: u8 = 2;
const C_SINGULAR: u8 = 4;
const C_PLURAL: u8 = 8;
const C_NOT_NAME: u8 = 16;
const C_TIME: u8 = 32;

/// The lists of [`needs_context`] a lowercase word is in, as [`C_SINGULAR_DET`]… bits: one
/// binary search of the words packed into integers (as [`is_stop`](super::words::is_stop) does), where looking
/// through each list was most of that function's cost.
fn word_class(w: &str) -> u8 {
    fn key(w: &str) -> Option<(u128, usize)> {
        let b = w.as_bytes();
        let mut k = [0u8; 16];
        k.get_mut(..b.len())?.copy_from_slice(b);
        Some((u128::from_le_bytes(k), b.len()))
    }
    static TABLE: std::sync::OnceLock<Vec<((u128, usize), u8)>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut v: Vec<((u128, usize), u8)> = Vec::new();
        let lists = [
            (SINGULAR_DET, C_SINGULAR_DET),
            (PLURAL_DET, C_PLURAL_DET),
            (SINGULAR, C_SINGULAR),
            (PLURAL, C_PLURAL),
            (NOT_NAMES, C_NOT_NAME),
            (TIME, C_TIME),
        ];
        for (list, bit) in lists {
            for k in list.iter().filter_map(|w| key(w)) {
                match v.iter_mut().find(|(x, _)| *x == k) {
                    Some((_, c)) => *c |= bit,
                    None => v.push((k, bit)),
                }
            }
        }
        v.sort_unstable();
        v
    });
    key(w).and_then(|k| table.binary_search_by(|(x, _)| x.cmp(&k)).ok()).map_or(0, |i| table[i].1)
}

/// [`needs_context`] as it was written first, with each word looked for in each list: what
/// the classed words must give.
#[cfg(test)]
fn needs_context_by_lists(sentence: &str) -> bool {
    if !has_trigger_by_words(sentence) {
        return false;
    }
    let words: Vec<&str> = sentence
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .flat_map(|w| w.split('-'))
        .filter(|w| !w.is_empty())
        .collect();
    // Most words are lowercase ASCII already: borrowed, not copied.
    let lower: Vec<std::borrow::Cow<str>> = words
        .iter()
        .map(|w| match w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
            true => std::borrow::Cow::Borrowed(*w),
            false => std::borrow::Cow::Owned(w.to_lowercase()),
        })
        .collect();
    let (mut singular, mut plural) = (false, false);
    let mut names_seen = 0;
    for (i, w) in words.iter().enumerate() {
        let l = &*lower[i];
        let next = lower.get(i + 1).map_or("", |w| &**w);
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        let is_pronoun = SINGULAR.contains(&l) || PLURAL.contains(&l);
        let day_word =
            matches!(dates::calendar_word(l), Some(dates::CalendarWord::Weekday | dates::CalendarWord::DayDeictic));
        if !is_pronoun && capital && !NOT_NAMES.contains(&l) && !day_word {
            names_seen += 1;
            singular = true;
            // `Poutine et Loukachenko … ils`
            if names_seen >= 2 && i >= 2 && matches!(&*lower[i - 1], "et" | "and") {
                plural = true;
            }
        }
        if SINGULAR_DET.contains(&l) && !next.is_empty() && !TIME.contains(&next) {
            singular = true;
        }
        if PLURAL_DET.contains(&l) || l.bytes().all(|b| b.is_ascii_digit()) && !next.is_empty() && l.len() < 4 {
            plural = true;
        }
        if matches!(
            (l, next),
            ("ce", "dernier") | ("cette", "dernière") | ("celui", "ci") | ("celle", "ci") | ("the", "latter")
        ) {
            return true;
        }
        if SINGULAR.contains(&l) {
            let after = lower.get(i + 2).map_or("", |w| &**w);
            let impersonal = l == "il" && impersonal_il(next, after);
            if !impersonal && !singular {
                return true;
            }
        } else if PLURAL.contains(&l) && !plural {
            return true;
        }
    }
    false
}

/// The runs of letters and digits of `s`: the pieces of `s.split(|c: char|
/// !c.is_alphanumeric())` that are not empty.
fn alnum_runs(s: &str) -> impl Iterator<Item = &str> {
    super::runs::char_runs(s, char::is_alphanumeric)
}

#[cfg(test)]
/// Texts with stops of every kind, initials, stray periods, non-breaking spaces and
/// pronouns, for comparing the rewritten scans with the code they replace.
pub(super) const SAMPLES: &[&str] = &[
    "Il a dit… Le 19 juin 2022, le président est parti… Puis…",
    "Le 19 juin, M. Zelensky a lancé un ultimatum. Il a été reçu à Minsk le lendemain.",
    "son territoire. comme plateforme. Ils sont venus ! Et puis ? Non.\u{a0}Vraiment.\u{2003}Oui",
    "Le lendemain, il s'est rendu à Moscou. Ce dernier a démissionné lundi.",
    "Il s'agit du premier sommet depuis 2019. Il est possible qu'il parte. Il faut partir.",
    "Poutine et Loukachenko se sont vus ; ils ont signé. Les deux ministres, eux, ils ont parlé.",
    "Lundi, elle a annoncé la fin. The latter said they would come. She left on Monday.",
    "Celui-ci a refusé. Cette dernière a accepté. ÉLYSÉE : ils refusent. Œuvre 3 ils.",
    "En 2022. ils sont partis. J. Dupont a dit... Hier, il a plu. Today he said it was over",
    "Trois jours plus tard, ils sont revenus. Le même jour, il est parti. Dès le matin, il part.",
    "a.b. c!d ?e… f…g. Étienne…  Ça va. ÇA VA. 1. 2. il",
    "",
    ".",
    "… ",
    "Les syndicats et la direction ; elles ont dit non, puis ils ont dit oui – mais il pleut.",
    "ΟΔΥΣΣΕΥΣ et ΣΟΦΙΑ ; ils partent. İL est là, il dit. Ἀθῆναι, elle",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alnum_runs_are_the_split_pieces() {
        for s in ["", "Il a dit : « oui ».", "  l’État, 2024-mars…", "a", "ça", "x½y", "é1 2é", "ÀB-c_d"] {
            let want: Vec<&str> = s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
            assert_eq!(alnum_runs(s).collect::<Vec<_>>(), want, "{s:?}");
            let want: Vec<&str> = s.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).collect();
            assert_eq!(super::super::runs::char_runs(s, char::is_alphabetic).collect::<Vec<_>>(), want, "{s:?}");
        }
    }

    #[test]
    fn runs_are_packed_in_place_as_copied() {
        let texts: [&[u8]; 5] = [b"il", b"Elles ont dit", b"ab", b"THEY", b"x dernier\xc3\xa8re ci"];
        for t in texts {
            for start in 0..t.len() {
                for n in 0..=(t.len() - start).min(7) {
                    assert_eq!(pack_low_at(t, start, n), pack_low(&t[start..start + n]), "{t:?} {start} {n}");
                }
            }
        }
    }

    #[test]
    fn classed_words_need_context_as_the_lists_did() {
        for t in SAMPLES {
            let cuts: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i)).collect();
            // Every stretch between two word starts or ends, and every sentence.
            for (a, &start) in cuts.iter().enumerate() {
                for &end in cuts[a..].iter().step_by(3) {
                    let part = &t[start..end];
                    assert_eq!(needs_context(part), needs_context_by_lists(part), "{part:?}");
                }
            }
        }
        for w in SINGULAR_DET.iter().chain(PLURAL_DET).chain(NOT_NAMES).chain(TIME) {
            assert_ne!(word_class(w), 0, "{w}");
        }
        assert_eq!(word_class("il"), C_SINGULAR | C_NOT_NAME);
        assert_eq!(word_class("minsk"), 0);
        assert_eq!(word_class("a-very-long-word-indeed"), 0);
    }
}
