//! The words of a dated sentence that tell one event from another: its content words and
//! the names among them, folded and normalised into keys ([`Words`]), and how much two sets
//! of them overlap.

use super::context::{is_trigger_run, may_be_trigger};
use crate::dates;
use crate::fast_hash::FastMap;

/// Words that say nothing about which event a sentence reports: function words, and the
/// verbs of reporting (`a déclaré`, `said`) that every news sentence carries. Calendar words
/// (`lundi`, `March`, `hier`) come from the date tagger's lexicon, see [`is_stop`].
const STOP: &[&str] = &[
    "dans",
    "pour",
    "avec",
    "sans",
    "sous",
    "vers",
    "chez",
    "entre",
    "depuis",
    "avant",
    "apres",
    "pendant",
    "leur",
    "leurs",
    "elle",
    "elles",
    "nous",
    "vous",
    "ils",
    "cette",
    "ces",
    "son",
    "ses",
    "sur",
    "une",
    "des",
    "les",
    "qui",
    "que",
    "quoi",
    "dont",
    "mais",
    "donc",
    "car",
    "plus",
    "moins",
    "tres",
    "bien",
    "aussi",
    "avait",
    "avoir",
    "etre",
    "sont",
    "etait",
    "ete",
    "fait",
    "the",
    "and",
    "that",
    "with",
    "from",
    "this",
    "have",
    "been",
    "were",
    "will",
    "which",
    "their",
    "they",
    "about",
    "after",
    "before",
    "there",
    "what",
    "declare",
    "declaree",
    "declares",
    "affirme",
    "affirmee",
    "indique",
    "ajoute",
    "estime",
    "explique",
    "souligne",
    "rapporte",
    "selon",
    "annonce",
    "precise",
    "assure",
    "said",
    "says",
    "told",
    "stated",
    "according",
    "added",
    "announced",
    "reported",
];

/// Whether a folded word is in [`STOP`]: a set built once, looked up for every word of every
/// dated sentence.
pub(crate) fn is_stop(w: &str) -> bool {
    // Each word packed into an integer with its length: a lookup is a binary search over
    // integers, with no hashing of the word (SipHash was a quarter of this function's cost).
    fn key(w: &str) -> Option<(u128, usize)> {
        let b = w.as_bytes();
        let mut k = [0u8; 16];
        k.get_mut(..b.len())?.copy_from_slice(b);
        Some((u128::from_le_bytes(k), b.len()))
    }
    static SET: std::sync::OnceLock<Vec<(u128, usize)>> = std::sync::OnceLock::new();
    let set = SET.get_or_init(|| {
        let mut v: Vec<_> = STOP.iter().filter_map(|w| key(w)).collect();
        v.sort_unstable();
        v
    });
    key(w).is_some_and(|k| set.binary_search(&k).is_ok()) || dates::calendar_word(w).is_some()
}

/// The content words of a text: hashes of their normalised forms, sorted and unique, so that
/// comparing two reports costs one merge and no allocation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Words(Box<[u64]>);

impl Words {
    /// The words of these keys, in any order and repeated or not.
    pub fn from_keys(mut keys: Vec<u64>) -> Words {
        keys.sort_unstable();
        keys.dedup();
        // Kept by every candidate until it is merged: no room grown while reading is kept,
        // and no capacity beside the length (a boxed slice).
        Words(keys.into_boxed_slice())
    }

    /// The words of the keys in `scratch` (left empty, its room kept): one allocation, of
    /// the set's size.
    fn from_scratch(scratch: &mut Vec<u64>) -> Words {
        scratch.sort_unstable();
        scratch.dedup();
        let words = Words(scratch.as_slice().into());
        scratch.clear();
        words
    }

    /// The word keys, sorted, as a vector of their own.
    pub fn into_keys(self) -> Vec<u64> {
        self.0.into_vec()
    }

    /// How many distinct words.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The word keys, sorted.
    pub fn keys(&self) -> &[u64] {
        &self.0
    }

    /// Adds the words of `other`.
    pub fn extend(&mut self, other: &Words) {
        // Both sorted: merged in one pass into a vector of the union's size, rather than
        // appended, sorted again and shrunk (a group's words grow a report at a time).
        let (a, b) = (&self.0, &other.0);
        if b.is_empty() {
            return;
        }
        let mut out = Vec::with_capacity(a.len() + b.len());
        let (mut i, mut j) = (0, 0);
        while i < a.len() && j < b.len() {
            let (x, y) = (a[i], b[j]);
            out.push(x.min(y));
            i += usize::from(x <= y);
            j += usize::from(y <= x);
        }
        out.extend_from_slice(&a[i..]);
        out.extend_from_slice(&b[j..]);
        self.0 = out.into_boxed_slice();
    }

    /// How many words the two share.
    pub fn shared(&self, other: &Words) -> usize {
        let (mut i, mut j, mut n) = (0, 0, 0);
        while i < self.0.len() && j < other.0.len() {
            match self.0[i].cmp(&other.0[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    n += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        n
    }
}

/// The content words of a sentence, folded: what two reports of one event share.
///
/// Words are normalised so that transliterations of one name meet (`Loukachenko`,
/// `Lukashenko`, `Lukachenko`; `Zelensky`, `Zelenskyy`; `Poutine`, `Putin`).
pub fn content_words(s: &str) -> Words {
    words_and_names(s).0
}

/// [`content_words`], and those of them written with a capital inside the sentence: the
/// names of people, places and bodies that say which event a report is of. The text is
/// folded word by word, with no copy of it.
pub fn words_and_names(s: &str) -> (Words, Words) {
    let (words, names, _) = words_names_trigger(s);
    (words, names)
}

/// [`words_and_names`], and whether the sentence holds a word that can make it lean on
/// another ([`has_trigger`]): found on the runs of ASCII letters and digits the words are
/// read from, so that a dated sentence is read once for both.
pub(super) fn words_names_trigger(s: &str) -> (Words, Words, Option<usize>) {
    /// The word being read, folded, and what is known of it.
    struct Scan<'c> {
        word: String,
        norm: Vec<u8>,
        capital: bool,
        first: bool,
        words: Vec<u64>,
        names: Vec<u64>,
        keys: &'c mut WordKeys,
    }
    impl Scan<'_> {
        fn push(&mut self, folded: char, original: char) {
            if folded.is_ascii_alphanumeric() {
                if self.word.is_empty() {
                    self.capital = original.is_uppercase();
                }
                self.word.push(folded.to_ascii_lowercase());
            } else {
                self.end();
            }
        }
        /// A whole word of up to 16 ASCII letters and digits, `b[start..end]`, as
        /// [`Scan::end`] reads it once pushed, without the push: lowered and packed for its
        /// look-up in one step. The sixteen bytes from its start are read as one number
        /// where the text has them, and those past the word masked off: copied into a
        /// zeroed array, each word was a call to `memcpy` and a loop over its bytes.
        #[inline(always)]
        fn whole(&mut self, b: &[u8], start: usize, end: usize) {
            let initial = std::mem::replace(&mut self.first, false);
            let n = end - start;
            if !(4..=16).contains(&n) {
                return;
            }
            let raw = match b.get(start..start + 16).and_then(|w| <[u8; 16]>::try_from(w).ok()) {
                Some(w) => u128::from_le_bytes(w),
                None => {
                    let mut w = [0u8; 16];
                    w[..n].copy_from_slice(&b[start..end]);
                    u128::from_le_bytes(w)
                }
            };
            // An ASCII letter or digit lowers by setting bit 5 of its byte (digits have it);
            // the bytes after the word are zeros, as in a word packed alone.
            let packed = (raw | 0x2020_2020_2020_2020_2020_2020_2020_2020) & (u128::MAX >> (8 * (16 - n)));
            let bytes = packed.to_le_bytes();
            let key = self.keys.packed(packed, &bytes[..n], &mut self.norm);
            if let Some(key) = key {
                self.words.push(key);
                if b[start].is_ascii_uppercase() && !initial {
                    self.names.push(key);
                }
            }
        }
        fn end(&mut self) {
            if self.word.is_empty() {
                return;
            }
            let initial = std::mem::replace(&mut self.first, false);
            // A word under four letters has no key ([`word_key`]): no lookup for the articles
            // and prepositions that are a third of a sentence's words.
            // (The length is tested before the map is: a `match` on the look-up would make it
            // whatever the guard says.)
            let key = if self.word.len() < 4 { None } else { self.keys.key(&self.word, &mut self.norm) };
            if let Some(key) = key {
                self.words.push(key);
                if self.capital && !initial {
                    self.names.push(key);
                }
            }
            self.word.clear();
        }
    }
    WORD_KEYS.with_borrow_mut(|cache| {
        if cache.keys.len() > WORD_KEYS_MAX {
            cache.keys.clear();
        }
        let mut scan = Scan {
            word: std::mem::take(&mut cache.word),
            norm: std::mem::take(&mut cache.norm),
            capital: false,
            first: true,
            words: std::mem::take(&mut cache.words),
            names: std::mem::take(&mut cache.names),
            keys: &mut cache.keys,
        };
        // Where the first trigger word starts, once found.
        let mut trigger = None;
        // ASCII is read by runs of letters and digits; other characters are folded by
        // deunicode. Every sentence of every dated report is read here.
        let b = s.as_bytes();
        let mut i = 0;
        while let Some(&c) = b.get(i) {
            if c.is_ascii_alphanumeric() {
                // A run of ASCII letters and digits is appended whole, lowercased: what
                // pushing its bytes one at a time gives.
                let end = super::runs::alnum_end(b, i);
                let bytes = &b[i..end];
                // Only a word of two to seven letters, of a trigger's first letters, can be
                // one: told here, with no call, for most words.
                if trigger.is_none() && may_be_trigger(bytes) && is_trigger_run(s, i, end) {
                    trigger = Some(i);
                }
                // A run that is a whole word (nothing folded before it, an ASCII byte that
                // is no letter or the end after it) is looked up as it stands, and the bytes
                // after it that part words are stepped over: each would end no word.
                if scan.word.is_empty() && bytes.len() <= 16 && b.get(end).is_none_or(u8::is_ascii) {
                    scan.whole(b, i, end);
                    i = end;
                    while b.get(i).is_some_and(|&x| x.is_ascii() && !x.is_ascii_alphanumeric()) {
                        i += 1;
                    }
                    continue;
                }
                if scan.word.is_empty() {
                    scan.capital = c.is_ascii_uppercase();
                }
                let from = scan.word.len();
                scan.word.push_str(&s[i..end]);
                scan.word[from..].make_ascii_lowercase();
                i = end;
            } else if c.is_ascii() {
                scan.end();
                i += 1;
            } else {
                let Some(ch) = s[i..].chars().next() else { break };
                if let Some(t) = deunicode::deunicode_char(ch) {
                    for f in t.chars() {
                        scan.push(f, ch);
                    }
                }
                i += ch.len_utf8();
            }
        }
        scan.end();
        let Scan { mut word, norm, mut words, mut names, .. } = scan;
        let found = (Words::from_scratch(&mut words), Words::from_scratch(&mut names), trigger);
        word.clear();
        (cache.word, cache.norm, cache.words, cache.names) = (word, norm, words, names);
        found
    })
}

/// How many words [`WORD_KEYS`] holds before it starts again: a dossier's vocabulary fits
/// (a few tens of thousands of words), and a long `serve` session stays bounded.
const WORD_KEYS_MAX: usize = 1 << 18;

thread_local! {
    /// Each folded word this thread has read, and its key ([`word_key`]): a dossier writes
    /// the same words again and again, and a word's key costs more than a lookup.
    static WORD_KEYS: std::cell::RefCell<WordCache> = Default::default();
}

/// What [`words_and_names`] keeps from one sentence to the next on a thread: the words'
/// keys, and its scratch buffers (a sentence's keys are gathered in room already grown, and
/// each set copied out at its size).
#[derive(Default)]
struct WordCache {
    keys: WordKeys,
    word: String,
    norm: Vec<u8>,
    words: Vec<u64>,
    names: Vec<u64>,
}

/// Folded words and their keys ([`word_key`]). A word of up to 16 bytes (nearly all) is
/// looked up as one integer, its bytes in order and zeros after them (a folded word holds no
/// zero byte, so two words share one only if they are one word): kept in the table itself,
/// it is compared there, where a boxed word was a pointer to follow to memory far from the
/// table for each word of each dated sentence.
#[derive(Default)]
struct WordKeys {
    short: FastMap<u128, Option<u64>>,
    long: FastMap<Box<str>, Option<u64>>,
}

impl WordKeys {
    fn len(&self) -> usize {
        self.short.len() + self.long.len()
    }

    fn clear(&mut self) {
        self.short.clear();
        self.long.clear();
    }

    /// The key of `word` (folded, up to 16 bytes), packed as [`WordKeys`] says.
    #[inline(always)]
    fn packed(&mut self, packed: u128, word: &[u8], norm: &mut Vec<u8>) -> Option<u64> {
        *self.short.entry(packed).or_insert_with(|| std::str::from_utf8(word).ok().and_then(|w| word_key(w, norm)))
    }

    /// The key of `word` (folded), made with `norm` as room the first time it is read.
    fn key(&mut self, word: &str, norm: &mut Vec<u8>) -> Option<u64> {
        let b = word.as_bytes();
        let mut packed = [0u8; 16];
        match packed.get_mut(..b.len()) {
            Some(p) => {
                p.copy_from_slice(b);
                self.packed(u128::from_le_bytes(packed), b, norm)
            }
            None => match self.long.get(word) {
                Some(&k) => k,
                None => {
                    let k = word_key(word, norm);
                    self.long.insert(word.into(), k);
                    k
                }
            },
        }
    }
}

/// The key of a folded word (ASCII letters and digits, lowercase) among a sentence's content
/// words: the hash of its normalised form, or `None` for a short word, a number or a stop
/// word.
fn word_key(w: &str, norm: &mut Vec<u8>) -> Option<u64> {
    if w.len() < 4 || w.bytes().all(|b| b.is_ascii_digit()) || is_stop(w) {
        return None;
    }
    normalise_ascii(w.as_bytes(), norm);
    Some(fnv1a(norm))
}

/// FNV-1a: a fixed hash, so that builds stay byte-identical from one run to the next.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// A rough phonetic key for a folded word: French and English spellings of one name, and
/// the plural and feminine of one French word, end up equal.
pub fn normalise_word(w: &str) -> String {
    let mut out = String::new();
    normalise_into(w, &mut out);
    out
}

/// [`normalise_word`] into `out` (cleared first), reusing its allocation.
pub(crate) fn normalise_into(w: &str, out: &mut String) {
    out.clear();
    let b = w.as_bytes();
    let mut i = 0;
    // The last character pushed: `out` only grows in the loop.
    let mut last: Option<char> = None;
    while i < b.len() {
        let rest = &b[i..];
        // The first letter picks the pattern to try: every word of every dated sentence
        // comes here.
        let (c, used) = match b[i] {
            b's' if rest.starts_with(b"sch") => ('c', 2), // `sch` → `ch`: the `h` follows
            b's' if rest.starts_with(b"sh") => ('c', 1),
            b'k' if rest.starts_with(b"kh") => ('k', 2),
            b'o' if rest.starts_with(b"ou") => ('u', 2),
            b'y' => ('i', 1),
            b'w' => ('v', 1),
            other => (other as char, 1),
        };
        if last != Some(c) {
            out.push(c);
            last = Some(c);
        }
        i += used;
    }
    while out.len() > 4 && out.ends_with(['s', 'e', 'x']) {
        out.pop();
    }
}

/// [`normalise_into`] for an ASCII word, into bytes: what [`words_and_names`] hashes, with
/// no `char` handled (ASCII bytes are the characters `normalise_into` pushes).
fn normalise_ascii(b: &[u8], out: &mut Vec<u8>) {
    out.clear();
    let mut i = 0;
    while i < b.len() {
        let rest = &b[i..];
        let (c, used) = match b[i] {
            b's' if rest.starts_with(b"sch") => (b'c', 2),
            b's' if rest.starts_with(b"sh") => (b'c', 1),
            b'k' if rest.starts_with(b"kh") => (b'k', 2),
            b'o' if rest.starts_with(b"ou") => (b'u', 2),
            b'y' => (b'i', 1),
            b'w' => (b'v', 1),
            other => (other, 1),
        };
        if out.last() != Some(&c) {
            out.push(c);
        }
        i += used;
    }
    while out.len() > 4 && matches!(out.last(), Some(b's' | b'e' | b'x')) {
        out.pop();
    }
}

/// How much two word sets overlap, relative to the smaller (0–1), and the shared count.
pub fn similarity(a: &Words, b: &Words) -> (f64, usize) {
    let shared = a.shared(b);
    let min = a.len().min(b.len()).max(1);
    (shared as f64 / min as f64, shared)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chronology::context::{
        first_trigger, has_trigger, has_trigger_by_words, needs_context, needs_context_from, SAMPLES,
    };
    use crate::text::fold;

    #[test]
    fn words_extend_is_the_sorted_union() {
        let sets: [&[u64]; 6] = [&[], &[5], &[1, 5, 9], &[2, 3, 5, 10, 11], &[0, u64::MAX], &[9, 9, 1]];
        for a in sets {
            for b in sets {
                let mut w = Words::from_keys(a.to_vec());
                w.extend(&Words::from_keys(b.to_vec()));
                let mut all: Vec<u64> = a.iter().chain(b).copied().collect();
                all.sort_unstable();
                all.dedup();
                assert_eq!(w.keys(), &all[..], "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn normalise_ascii_is_normalise_into() {
        for w in ["schultz", "shoigu", "kharkiv", "loukachenko", "lukashenko", "wyss", "sessions", "aaaexes", "ab", ""]
        {
            let (mut a, mut b) = (String::new(), Vec::new());
            normalise_into(w, &mut a);
            normalise_ascii(w.as_bytes(), &mut b);
            assert_eq!(a.as_bytes(), b, "{w}");
        }
    }

    #[test]
    fn stop_words_and_calendar_words_are_stop() {
        for w in ["dans", "which", "declaree", "lundi", "march", "hier"] {
            assert!(is_stop(w), "{w}");
        }
        for w in ["", "dan", "dans\0", "gouvernement", "abcdefghijklmnopq"] {
            assert!(!is_stop(w), "{w:?}");
        }
    }

    #[test]
    fn names_are_the_capitalised_words_inside_a_sentence() {
        let (words, names) = words_and_names("Lundi, Vladimir Poutine a reçu à Minsk l’ambassadeur d'Égypte.");
        let key = |w: &str| content_words(w).keys()[0];
        assert_eq!(names.keys().len(), 4, "{names:?}");
        for n in ["Vladimir", "Poutine", "Minsk", "Egypte"] {
            assert!(names.keys().contains(&key(n)), "{n}");
        }
        assert!(words.keys().contains(&key("ambassadeur")));
        assert!(!names.keys().contains(&key("ambassadeur")));
        // The first word is capitalised by the sentence, not by its meaning.
        let (_, names) = words_and_names("Samedi, la direction a reconnu le rapprochement.");
        assert!(names.is_empty());
        let (_, names) = words_and_names("Sommet à Minsk.");
        assert_eq!(names.keys(), &[key("Minsk")]);
    }

    #[test]
    fn words_are_folded_without_a_copy_as_the_whole_text_was() {
        let t = "L’Élysée et Łukašenka, aujourd'hui, ŒUVRENT à Zürich en 2022.";
        let old: Vec<String> = fold(t)
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| w.len() >= 4 && !w.bytes().all(|b| b.is_ascii_digit()) && !is_stop(w))
            .map(normalise_word)
            .collect();
        let mut keys: Vec<u64> = old.iter().map(|w| fnv1a(w.as_bytes())).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(content_words(t).keys(), &keys[..]);
    }

    #[test]
    fn name_variants_share_a_key() {
        for group in [
            ["loukachenko", "lukashenko", "lukachenko"],
            ["zelensky", "zelenskyy", "zelenski"],
            ["poutine", "putin", "putin"],
        ] {
            let keys: Vec<String> = group.iter().map(|w| normalise_word(w)).collect();
            assert!(keys.iter().all(|k| k == &keys[0]), "{keys:?}");
        }
        assert_ne!(normalise_word("minsk"), normalise_word("moscou"));
    }

    #[test]
    fn triggers_are_found_by_bytes_as_by_words() {
        let more = [
            "DERNIÈRE dernière Dernière dernÈre derniére dernièr dernièree ildernière éil ilé il2 2il",
            "«il» «Elles»\u{a0}elle—she ΣΟΦΙΑ ils àci ciè Kelvin-\u{212a}he latter. derni\u{e8}re",
            "il",
            "ci",
            "x",
            "éé",
            "dernière",
            "ΣIL",
            "ILΣ",
            "the latter",
            "Celui-ci",
            "ce dernier",
            "CETTE DERNIÈRE",
        ];
        for t in SAMPLES.iter().chain(&more) {
            let cuts: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i)).collect();
            for (a, &start) in cuts.iter().enumerate() {
                for &end in &cuts[a..] {
                    let part = &t[start..end];
                    assert_eq!(has_trigger(part), has_trigger_by_words(part), "{part:?}");
                    // Read with the words, as extraction reads a dated sentence: the first
                    // trigger found where the byte scan finds it, and the sentence judged
                    // the same from there as from its start.
                    let first = words_names_trigger(part).2;
                    assert_eq!(first, first_trigger(part), "{part:?}");
                    assert_eq!(needs_context_from(part, first.unwrap_or(0)), needs_context(part), "{part:?}");
                }
            }
        }
    }

    #[test]
    fn words_and_names_are_those_of_each_folded_character() {
        // The scan written plainly: each character folded, then read a character at a time.
        fn by_bytes(s: &str) -> (Words, Words) {
            let (mut words, mut names, mut word, mut capital, mut first) = (vec![], vec![], String::new(), false, true);
            let mut end = |word: &mut String, capital: bool| {
                if word.is_empty() {
                    return;
                }
                let initial = std::mem::replace(&mut first, false);
                if let Some(k) = word_key(word, &mut Vec::new()) {
                    words.push(k);
                    if capital && !initial {
                        names.push(k);
                    }
                }
                word.clear();
            };
            for c in s.chars() {
                let folded =
                    if c.is_ascii() { c.to_string() } else { deunicode::deunicode_char(c).unwrap_or("").to_string() };
                for f in folded.chars() {
                    if f.is_ascii_alphanumeric() {
                        if word.is_empty() {
                            capital = c.is_uppercase();
                        }
                        word.push(f.to_ascii_lowercase());
                    } else {
                        end(&mut word, capital);
                    }
                }
            }
            end(&mut word, capital);
            (Words::from_keys(words), Words::from_keys(names))
        }
        for t in SAMPLES.iter().chain(&["Vladimir POUTINE à Minsk-Nord, Łukašenka2022 et ŒUVRENT à Zürich"]) {
            assert_eq!(words_and_names(t), by_bytes(t), "{t:?}");
        }
    }
}
