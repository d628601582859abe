//! Extraction: each resolved date of an article's text, with the sentence that says what
//! happened then and the words and names that tell one event from another.

use super::{Candidate, Mention, SharedStr, ThinStr};
use crate::content::Article;
use crate::dates::{self, Anchoring, Lang};
use crate::doc::ArticleId;
use crate::fast_hash::FastMap;
use crate::text::fold_into;
use std::fmt::Write as _;
use std::sync::Arc;

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
fn words_names_trigger(s: &str) -> (Words, Words, Option<usize>) {
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

/// Words before an expression that make it a duration's start, a deadline or a comparison,
/// not the date of something that happened then (`depuis 2019`, `the first since 2019`,
/// `d'ici la fin de l'année`, `jusqu'à la fin du mois`): the word just before, or the one
/// before an article.
fn is_reference_point(before: &str, scratch: &mut String) -> bool {
    const MARKS: [&str; 7] = ["depuis", "since", "jusqu'a", "until", "till", "jusqu'en", "d'ici"];
    const ARTICLES: [&str; 5] = ["le", "la", "les", "l'", "the"];
    // A word that is printable ASCII after ASCII whitespace (or the start) is its own folded
    // form: when the last word is, and is no mark and no article, or is an article after
    // such a word that is no mark, the answer is no, with nothing folded (most dates).
    fn last_word(b: &[u8]) -> (&[u8], &[u8]) {
        let b = b.trim_ascii_end();
        b.split_at(b.iter().rposition(u8::is_ascii_whitespace).map_or(0, |i| i + 1))
    }
    let plain = |w: &[u8]| !w.is_empty() && w.iter().all(u8::is_ascii_graphic);
    let among = |w: &[u8], list: &[&str]| list.iter().any(|m| w.eq_ignore_ascii_case(m.as_bytes()));
    let (head, word) = last_word(before.as_bytes());
    if plain(word) && !among(word, &MARKS) {
        if !among(word, &ARTICLES) {
            return false;
        }
        let (_, previous) = last_word(head);
        if plain(previous) && !among(previous, &MARKS) {
            return false;
        }
    }
    // Only the last words count: folding the whole paragraph before every date would make
    // extraction quadratic in a paragraph's dates.
    // Folded into `scratch`, room kept from one date to the next: every date of every
    // article is asked about.
    fold_into(last_words(before, 3), scratch);
    if scratch.split_whitespace().nth(1).is_none() {
        fold_into(before, scratch);
    }
    let mut tail = scratch.split_whitespace().rev();
    match tail.next() {
        Some(w) if MARKS.contains(&w) => true,
        Some(w) if ARTICLES.contains(&w) => tail.next().is_some_and(|w| MARKS.contains(&w)),
        _ => false,
    }
}

/// The end of `text` from the start of its last `n` words (words parted by ASCII whitespace,
/// which folding keeps as it is), or the whole text when it has fewer.
fn last_words(text: &str, n: usize) -> &str {
    let b = text.as_bytes();
    let mut seen = 0;
    for i in (1..b.len()).rev() {
        if b[i - 1].is_ascii_whitespace() && !b[i].is_ascii_whitespace() {
            seen += 1;
            if seen == n {
                return &text[i..];
            }
        }
    }
    text
}

/// The event candidates of one article: each resolved date in its text, with the sentence
/// that says what happened then. The article's date anchors relative expressions; an undated
/// article gives only the dates it writes with their year.
pub fn extract(ai: ArticleId, article: &Article, site_lang: Lang) -> Vec<Candidate> {
    // An article whose language is unknown is read in the dossier's language.
    let lang = article.lang().unwrap_or(site_lang);
    // An article dated to the month still anchors `en octobre dernier` or `le 19 décembre`;
    // only expressions that need its exact day (`hier`, `lundi`) are dropped below.
    let anchor = article.date.map(|d| d.last_day());
    let anchor_precision = article.date.map(|d| d.precision());
    let mut out: Vec<Candidate> = Vec::new();
    // Made at its size: grown by doubling, an article's text was copied again and again.
    let size = article.body.blocks.iter().map(|b| b.text.len() + 2).sum();
    let mut previous_blocks_text = String::with_capacity(size);
    // One text for the whole article, so that `le lendemain` finds the previous date; the
    // offsets map each expression back to its block.
    let mut starts = Vec::new();
    for b in article.body.blocks.iter() {
        if !previous_blocks_text.is_empty() {
            previous_blocks_text.push_str("\n\n");
        }
        starts.push(previous_blocks_text.len());
        previous_blocks_text.push_str(&b.text);
    }
    let text = previous_blocks_text;
    let tagged = dates::tag(&text, lang, anchor);
    // At most a report per date: room for them all, rather than candidates moved as it grows.
    out.reserve_exact(tagged.exprs.len());
    // One shared id per paragraph, however many dates it gives.
    let mut block_id: Option<(usize, ThinStr)> = None;
    // The article's dating words, each kept once however often it writes them (`2023`).
    let mut expressions: Vec<ThinStr> = Vec::new();
    // The paragraph the other dates below are of, and those dates: a paragraph's are found
    // once, however many dates it gives.
    let mut others: (Option<usize>, Vec<(usize, usize)>) = (None, Vec::new());
    // The paragraph and bounds of the sentence of the last candidate, whose words are read.
    let mut last_sentence_at: Option<(usize, (usize, usize))> = None;
    // The last date whose sentence was found, its paragraph and that sentence's bounds: the
    // next date of the sentence has the same ([`sentence_bounds_after`]).
    let mut bounds_at: Option<(usize, SentenceOf)> = None;
    // The sentence last judged a line of the page or a reported one ([`super::reported`]).
    let mut furniture_at: Option<(usize, (usize, usize))> = None;
    let mut furniture = false;
    // Whether the current block is another story's teaser cut short ([`is_cut_teaser`]):
    // judged once per block, with its other dates; and whether the article's body prints that
    // shape more than once, asked only of an article that has one.
    let mut cut_teaser = false;
    let mut teasers_repeat: Option<bool> = None;
    // The stretches of the body between two marks of a feed's items ([`feed_items`]): its
    // age stamps, or its signatures. Found once per article, and none on most.
    let mut feed = feed_items(&article.body.blocks, is_age_stamp);
    feed.extend(feed_items(&article.body.blocks, is_signature_line));
    // The sentence of the last report, and whether it needs the one before: asked once for a
    // sentence that gives several dates.
    let mut sentence_at =
        Sentence { bounds: (0, 0), needs_context: None, may_lean: true, first_trigger: 0, held: HeldBreaks::default() };
    // Whether a line of the current block writes a credit: read once per line, not once per
    // dated sentence on it.
    let mut credit_lines = super::reported::CreditLines::default();
    // Room for the words before a date, folded ([`is_reference_point`]).
    let mut folded = String::new();
    for ex in &tagged.exprs {
        let bi = starts.partition_point(|&s| s <= ex.start).saturating_sub(1);
        let block = &article.body.blocks[bi];
        if block.heading {
            continue;
        }
        let bstart = starts[bi];
        let (ls, le) = (ex.start - bstart, ex.end - bstart);
        // An expression the tagger read across a paragraph break belongs to no one paragraph.
        if le > block.text.len() || !block.text.is_char_boundary(ls) || !block.text.is_char_boundary(le) {
            continue;
        }
        if is_reference_point(&block.text[..ls], &mut folded) {
            continue;
        }
        // An undated article has nothing to resolve against but its own words: keep only
        // what names its year, never a year guessed from the day the site is built.
        if anchor.is_none() && !has_year(&block.text[ls..le]) {
            continue;
        }
        // `la veille du sommet`, `le lendemain de son élection`: relative to an event the
        // sentence names, not to the previous date of the text.
        if ex.anchoring == Anchoring::Previous {
            let after = block.text[le..].trim_start();
            if ["du ", "de ", "des ", "d'", "d’", "of "].iter().any(|p| after.starts_with(p)) {
                continue;
            }
        }
        let words_only = !block.text[ls..le].bytes().any(|b| b.is_ascii_digit());
        if ex.anchoring != Anchoring::Absolute
            && words_only
            && anchor_precision.is_some_and(|p| ex.value.start.precision() > p)
        {
            continue;
        }
        // The other dates of this paragraph, for cutting a sentence that gives several.
        // Expressions come in text order: the paragraph's are one run of them.
        if others.0 != Some(bi) {
            let (from, to) = (
                tagged.exprs.partition_point(|o| o.start < bstart),
                tagged.exprs.partition_point(|o| o.start < bstart + block.text.len()),
            );
            others.1.clear();
            others.1.extend(
                tagged.exprs[from..to]
                    .iter()
                    .filter(|o| o.end <= bstart + block.text.len())
                    .map(|o| (o.start - bstart, o.end - bstart)),
            );
            others.0 = Some(bi);
            credit_lines.new_block();
            // One paragraph that trails off is the writer's; a listing prints the shape once
            // per story it points to.
            // On such a page, a short block framed by two label lines (a teaser's title above,
            // its outlet or the next title below) is one of the listing's items, cut or not.
            let blocks = &article.body.blocks;
            let framed = || {
                block.text.len() < LISTING_ITEM_MAX
                    && bi.checked_sub(1).is_some_and(|p| is_label_line(&blocks[p].text))
                    && blocks.get(bi + 1).is_some_and(|n| is_label_line(&n.text))
            };
            // A feed's items are stories of their own, whatever their shape.
            let in_feed = feed.iter().any(|&(a, b)| a < bi && bi < b);
            cut_teaser = in_feed
                || (is_cut_teaser(&block.text) || framed())
                    && *teasers_repeat.get_or_insert_with(|| {
                        blocks.iter().filter(|b| !b.heading && is_cut_teaser(&b.text)).nth(1).is_some()
                    });
        }
        if cut_teaser {
            continue;
        }
        // The sentence is found once, for the text a reader is shown and for the words.
        let last = bounds_at.and_then(|(b, last)| (b == bi).then_some(last));
        let bounds = sentence_bounds_after(&block.text, last, ls, le);
        bounds_at = Some((bi, SentenceOf { date: (ls, le), bounds }));
        // A stamp, a caption's credit, a reference or a bare date line of the page dates no
        // event the article reports. Judged once per sentence, however many dates it gives.
        if furniture_at != Some((bi, bounds)) {
            furniture = super::reported::is_furniture(&block.text, bounds, &others.1, &mut credit_lines);
            furniture_at = Some((bi, bounds));
        }
        if furniture {
            continue;
        }
        // Reports of one event are matched on their whole sentences: more words to share. A
        // sentence that gives several dates is read once.
        let read = block.text[bounds.0..bounds.1].trim();
        let same_sentence = last_sentence_at == Some((bi, bounds));
        let (words, names) = match out.last() {
            Some(c) if same_sentence => (c.words.clone(), c.names.clone()),
            _ => {
                let (words, names, trigger) = words_names_trigger(read);
                // The last report's sentence is `sentence_at`: a new sentence is asked about
                // afresh, and one with no word to lean on another by (read with its words,
                // which are those of the sentence the report shows) needs none.
                if !same_sentence {
                    let mut held = std::mem::take(&mut sentence_at.held);
                    held.clear();
                    sentence_at = Sentence {
                        bounds,
                        needs_context: trigger.is_none().then_some(false),
                        may_lean: trigger.is_some(),
                        first_trigger: trigger.unwrap_or(0),
                        held,
                    };
                }
                (words, names)
            }
        };
        let (sentence, own) = report_text_in(&article.body.blocks, bi, &mut sentence_at, ls, le, &others.1, lang);
        // Two dates of one sentence give it twice: one shared copy is kept.
        let sentence = match out.last() {
            Some(c) if c.mention.sentence == sentence => c.mention.sentence.clone(),
            _ => sentence,
        };
        last_sentence_at = Some((bi, bounds));
        let block_id = match &block_id {
            Some((i, id)) if *i == bi => id.clone(),
            _ => block_id.insert((bi, block.id.as_str().into())).1.clone(),
        };
        let mention = Mention {
            article: ai,
            block: block_id,
            sentence,
            own: Mention::own_range(own),
            expression: shared(&mut expressions, &block.text[ls..le]),
            span: ex.value,
        };
        out.push(Candidate { words, names, own_read: mention.own_words() == read, mention });
    }
    // Every article's candidates are held at once until they are merged: no room to spare.
    out.shrink_to_fit();
    out
}

/// The longest block, in bytes, read as a teaser's cut summary by [`is_cut_teaser`]: a
/// listing prints two or three sentences of another story; an article's own paragraph that
/// trails off (`J'ai perdu beaucoup d'étudiants aussi…`) is most often longer.
const CUT_TEASER_MAX: usize = 350;

/// Whether a block is the summary of another story that a listing of the page cut short
/// (`Neuf ans après leur coup de foudre …, ils ont décidé de se séparer. Parents...`,
/// `… contre les violences…`): a short block that ends with an ellipsis right after a word,
/// where the article's own prose ends its paragraphs with a sentence's end mark. Its dates
/// are that other story's, or a truncated copy of the article's standfirst whose whole
/// sentence the body gives again: none is an event this article reports. Read as a teaser
/// only where the body holds two such blocks or more (see [`extract`]): French prose may end
/// one paragraph trailing off.
fn is_cut_teaser(text: &str) -> bool {
    let text = text.trim_end();
    if text.len() >= CUT_TEASER_MAX {
        return false;
    }
    // The run of dots and ellipses that ends the block: an ellipsis, or three dots or more.
    let cut = text.trim_end_matches(['.', '…']);
    let tail = &text[cut.len()..];
    let ellipsis = tail.contains('…') || tail.len() >= 3;
    // Cut after a word, not after a sentence's end (`aussi !…`, `» …`): a space may stand
    // before the ellipsis (`against Nancy …`).
    ellipsis && cut.trim_end().chars().next_back().is_some_and(char::is_alphanumeric)
}

/// The longest block, in bytes, read as a listing's item when label lines frame it (see
/// [`extract`]): a teaser's summary is a few sentences.
const LISTING_ITEM_MAX: usize = 600;

/// Whether a block is a label line: one short line with no sentence's end mark (a teaser's
/// title, an outlet's name, `Plus d'articles`).
fn is_label_line(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty() && t.len() < 160 && !t.contains('\n') && !t.ends_with(['.', '!', '?', '…', ':', ';'])
}

/// The fewest marks of one kind (age stamps, signatures) a body prints for them to be read as
/// a feed's (see [`feed_items`]): one or two are the article's own stamp or byline, and an
/// update's or a co-author's.
const FEED_MARKS_MIN: usize = 3;

/// The most blocks from one mark of a feed to the next for the blocks between them to be
/// the feed's (a source's name, a title, a summary, a picture's caption; a feed may stamp
/// one item in two or three): further apart, the text between is more than a feed prints.
const FEED_ITEM_SPAN: usize = 12;

/// The shortest block, in bytes, read as a paragraph of the article standing before a feed
/// (see [`feed_items`]).
const FEED_ARTICLE_MIN: usize = 200;

/// The stretches of a body that are items of a feed of other stories: the blocks strictly
/// between two consecutive marks of one kind (`mark`: an age stamp, [`is_age_stamp`], `8h
/// ago`, `il y a 3 heures`; or a signature, [`is_signature_line`], `Par Jeanne Martin`) at
/// most [`FEED_ITEM_SPAN`] blocks apart, on a body that prints [`FEED_MARKS_MIN`] marks of
/// that kind or more, as `(mark, next mark)` pairs of block indices, where a paragraph of the
/// article ([`FEED_ARTICLE_MIN`] bytes or more) stands before the first of the two: the
/// stamp or byline above an article's own text is its own. A stream of stories, each printed
/// with how long ago it went out or who signed it, follows many articles on a page; its
/// summaries' dates are those other stories' (`The Fed is expected to hold rates steady
/// Wednesday.`). A live page that stamps its entries the same way below its summary has them
/// read as a feed too.
fn feed_items(blocks: &[crate::markdown::Block], mark: fn(&str) -> bool) -> Vec<(usize, usize)> {
    let mut marks = blocks.iter().enumerate().filter(|(_, b)| mark(&b.text)).map(|(i, _)| i);
    // Most bodies print none: nothing is gathered for them.
    let Some(first) = marks.next() else {
        return Vec::new();
    };
    let all: Vec<usize> = std::iter::once(first).chain(marks).collect();
    if all.len() < FEED_MARKS_MIN {
        return Vec::new();
    }
    // The article's text comes before the feed: the first paragraph of it, if any.
    let Some(text) = blocks.iter().position(|b| !b.heading && b.text.len() >= FEED_ARTICLE_MIN) else {
        return Vec::new();
    };
    all.windows(2)
        .filter(|w| w[0] > text && w[1] - w[0] > 1 && w[1] - w[0] <= FEED_ITEM_SPAN)
        .map(|w| (w[0], w[1]))
        .collect()
}

/// The units of time an age stamp counts in, English and French (`8h`, `35 min`, `3 jours`).
const AGE_UNITS: &[&str] = &[
    "m", "mn", "min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour", "hours", "d", "day", "days", "w", "wk",
    "wks", "week", "weeks", "j", "jour", "jours", "heure", "heures", "semaine", "semaines",
];

/// The longest line, in bytes, read as an age stamp by [`is_age_stamp`].
const AGE_STAMP_MAX: usize = 64;

/// The most bytes an age stamp may carry after its age: a clock time and a name
/// (`5 hours ago10:05 Jane Roe`).
const AGE_STAMP_TAIL: usize = 30;

/// Whether a block is a line of its own giving how long ago something went out: a count, a
/// unit of time and `ago` (`8h ago`, `35m ago`, `5 hours ago`), or `il y a` and a count and
/// a unit (`il y a 3 heures`), followed by at most a clock time or a name. Neither a sentence
/// (`Two hours ago, the storm reached the coast.`) nor a line that goes on in words (`3 days
/// ago the law passed`).
fn is_age_stamp(text: &str) -> bool {
    let t = text.trim();
    if t.len() > AGE_STAMP_MAX || t.ends_with(['.', '!', '?', '…', ':', ';']) {
        return false;
    }
    // French writes the count after `il y a`.
    let french = t.get(..7).is_some_and(|p| p.eq_ignore_ascii_case("il y a "));
    let s = if french { t[7..].trim_start() } else { t };
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return false;
    }
    let s = s[digits..].trim_start();
    let unit_len = s.bytes().take_while(u8::is_ascii_alphabetic).count();
    if !AGE_UNITS.iter().any(|u| u.eq_ignore_ascii_case(&s[..unit_len])) {
        return false;
    }
    let mut rest = &s[unit_len..];
    if !french {
        let after = rest.trim_start();
        // `8h ago`: a space, then `ago`, and not a longer word.
        if after.len() == rest.len() || !after.get(..3).is_some_and(|a| a.eq_ignore_ascii_case("ago")) {
            return false;
        }
        rest = &after[3..];
    }
    if rest.chars().next().is_some_and(char::is_alphabetic) {
        return false;
    }
    let rest = rest.trim();
    rest.len() <= AGE_STAMP_TAIL && !rest.split_whitespace().any(|w| w.chars().next().is_some_and(char::is_lowercase))
}

/// The longest line, in bytes, read as a signature by [`is_signature_line`].
const SIGNATURE_MAX: usize = 60;

/// The most words a signature names after `Par` or `By`.
const SIGNATURE_WORDS: usize = 5;

/// The lower-case words a name may hold (`Marie de La Tour`, `Jane Roe and John Doe`).
const NAME_PARTICLES: &[&str] =
    &["de", "du", "des", "la", "le", "d'", "van", "von", "der", "den", "da", "di", "et", "and"];

/// Whether a block is a signature on a line of its own: `Par` or `By` and a name of one to
/// [`SIGNATURE_WORDS`] words, each capitalised or a particle (`Par Jeanne Martin`, `By Jane
/// Roe and John Doe`). Not a sentence (`By Monday, the bridge will be closed.`), nor a line
/// that goes on in words (`Par ailleurs`, `By the river`) or gives a day (`By Jane Roe, 12
/// March`).
fn is_signature_line(text: &str) -> bool {
    let t = text.trim();
    if t.len() > SIGNATURE_MAX || t.ends_with(['.', '!', '?', '…', ':', ';']) {
        return false;
    }
    let mut words = t.split_whitespace();
    if !words.next().is_some_and(|w| w.eq_ignore_ascii_case("par") || w.eq_ignore_ascii_case("by")) {
        return false;
    }
    let mut n = 0;
    for (i, w) in words.enumerate() {
        n += 1;
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        if n > SIGNATURE_WORDS || !(capital || i > 0 && NAME_PARTICLES.contains(&w)) {
            return false;
        }
    }
    n > 0
}

/// `text` as one of `seen`'s shared copies, added there when it is new. A linear search of
/// the latest few: an article writes a few dozen dating expressions, and repeats them close.
fn shared(seen: &mut Vec<ThinStr>, text: &str) -> ThinStr {
    if let Some(s) = seen.iter().rev().take(64).find(|s| ***s == *text) {
        return s.clone();
    }
    let s = ThinStr::from(text);
    seen.push(s.clone());
    s
}

/// Whether an expression writes a year in digits (`2022`, `19/12/2022`).
fn has_year(expr: &str) -> bool {
    expr.as_bytes().split(|b| !b.is_ascii_digit()).any(|run| run.len() == 4)
}

/// The sentence of `text` that contains `start..end`.
pub fn sentence_around(text: &str, start: usize, end: usize) -> &str {
    let (s, e) = sentence_bounds(text, start, end);
    text[s..e].trim()
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

/// The part of the sentence around `start..end` that says what happened then: the whole
/// sentence when it gives one date, the clause between its neighbours' when it gives several
/// (`others`, byte ranges in `text`). A cut is marked with `…` when shown.
pub fn clause_around<'a>(text: &'a str, start: usize, end: usize, others: &[(usize, usize)]) -> Clause<'a> {
    clause_in(text, sentence_bounds(text, start, end), start, end, others, true, &mut HeldBreaks::default())
}

/// [`clause_around`] in the sentence `(s, e)` of `text`, already found.
fn clause_in<'a>(
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
    let clause = text[left..right].trim();
    let clause = clause.trim_end_matches([',', ';', ':', ' ']);
    let clause = ["et ", "puis ", "and ", "then ", "but ", "mais "]
        .iter()
        .find_map(|w| clause.strip_prefix(w))
        .unwrap_or(clause);
    // A clause that leans on the words cut away (`…il est reparti mardi`) tells a reader
    // nothing on its own: the whole sentence does. A sentence with no word to lean on
    // another by (`may_lean`, read with its words) has no such clause.
    if (left > s || right < e) && may_lean && needs_context(clause) {
        return Clause { text: text[s..e].trim(), cut_before: false, cut_after: false };
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

/// What a report of the date at `start..end` of paragraph `bi` shows a reader: the clause
/// that says what happened then ([`clause_around`]); with the sentence before it when it
/// does not say itself who or what it is about (`Mercredi, il a déclaré…`); and with the
/// first sentence of the next paragraph, quoted, when it is a lead-in to it (`X a écrit
/// aujourd'hui au sujet de la visite :`).
pub fn report_text(
    blocks: &[crate::markdown::Block],
    bi: usize,
    start: usize,
    end: usize,
    others: &[(usize, usize)],
    lang: Lang,
) -> (SharedStr, std::ops::Range<usize>) {
    let bounds = sentence_bounds(&blocks[bi].text, start, end);
    let mut sentence =
        Sentence { bounds, needs_context: None, may_lean: true, first_trigger: 0, held: HeldBreaks::default() };
    report_text_in(blocks, bi, &mut sentence, start, end, others, lang)
}

/// A sentence of a paragraph, as [`report_text_in`] reads it for each date it gives.
struct Sentence {
    /// Its bounds in the paragraph.
    bounds: (usize, usize),
    /// Whether it needs the sentence before it ([`needs_context`]), once asked.
    needs_context: Option<bool>,
    /// Whether it may hold a word that makes a text lean on another ([`has_trigger`]);
    /// false when it is known to hold none. A clause of it then holds none either (a
    /// clause is cut at a break, between words), and needs no context.
    may_lean: bool,
    /// Where in the sentence (trimmed) its first trigger word may start: none is before.
    /// Its words were read for them, and [`needs_context`] looks on from there.
    first_trigger: usize,
    /// The clause breaks held between two of its dates, by the stretch's bounds
    /// ([`HeldBreaks`]).
    held: HeldBreaks,
}

/// The clause breaks ([`breaks_in`]) that stretches of one sentence hold, by their bounds in
/// its paragraph: the stretch between two dates is read for the clause of each of them (the
/// text after the first date up to the second is the text before the second back to the
/// first), and is read once. Room kept from one sentence to the next.
#[derive(Default)]
pub(crate) struct HeldBreaks(Vec<(usize, usize, u32)>);

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
    fn clear(&mut self) {
        self.0.clear();
    }
}

/// [`report_text`] for the sentence of paragraph `bi`, already found. A report that is a
/// stretch of the paragraph as it stands (no cut marked, nothing added) is that stretch of
/// the paragraph's shared text; others are made.
fn report_text_in(
    blocks: &[crate::markdown::Block],
    bi: usize,
    sentence: &mut Sentence,
    start: usize,
    end: usize,
    others: &[(usize, usize)],
    lang: Lang,
) -> (SharedStr, std::ops::Range<usize>) {
    let text = &blocks[bi].text;
    let (s, e) = sentence.bounds;
    let clause = clause_in(text, (s, e), start, end, others, sentence.may_lean, &mut sentence.held);
    let own = text[s..e].trim();
    let mut out = String::new();
    let first_trigger = sentence.first_trigger;
    if !clause.cut_before && *sentence.needs_context.get_or_insert_with(|| needs_context_from(own, first_trigger)) {
        let before = if text[..s].trim().is_empty() {
            blocks[..bi]
                .iter()
                .rev()
                .find(|b| !b.text.trim().is_empty())
                .filter(|b| !b.heading)
                .map(|b| last_sentence(&b.text))
        } else {
            Some(last_sentence(&text[..s]))
        };
        if let Some(b) = before.filter(|b| !b.is_empty()) {
            // Room for the sentence before, a stop, the own sentence and two cut marks:
            // grown push by push, the report was copied twice or three times.
            out.reserve(b.len() + 2 + own.len() + 2 * '…'.len_utf8());
            out.push_str(b);
            if !b.ends_with(['.', '!', '?', '…', ':']) {
                out.push('.');
            }
            out.push(' ');
        }
    }
    let lead_in = !clause.cut_after && own.ends_with(':') && text[e..].trim().is_empty();
    let quoted =
        lead_in.then(|| blocks.get(bi + 1).filter(|b| !b.heading && !b.text.trim().is_empty())).flatten().map(|b| {
            let first = b.text.trim();
            let (_, fe) = sentence_bounds(first, 0, 0);
            first[..fe].trim()
        });
    let own_start = out.len();
    let own_end;
    match quoted {
        Some(q) => {
            let (open, close, colon) = match lang {
                Lang::Fr => ("«\u{a0}", "\u{a0}»", "\u{a0}:"),
                Lang::En => ("“", "”", ":"),
            };
            let lead = clause.to_string();
            let lead = lead.trim_end_matches([':', ' ', '\u{a0}']);
            own_end = own_start + lead.len();
            let q = crate::text::truncate_words(q.trim_end_matches([' ', '\u{a0}']), 320);
            let _ = write!(out, "{lead}{colon} {open}{q}{close}");
        }
        // With nothing after it, a lead-in keeps its colon: it says that something follows.
        None if lead_in => {
            if out.is_empty() {
                return (piece_of(text, own), 0..own.len());
            }
            out.push_str(own);
            own_end = out.len();
        }
        None => {
            if out.is_empty() && !clause.cut_before && !clause.cut_after {
                return (piece_of(text, clause.text), 0..clause.text.len());
            }
            out.reserve(clause.text.len() + 2 * '…'.len_utf8());
            clause.push_to(&mut out);
            own_end = out.len();
        }
    }
    (out.into(), own_start..own_end)
}

/// `piece`, a slice of `text`, as that stretch of the shared text (a copy, were it not one).
fn piece_of(text: &Arc<str>, piece: &str) -> SharedStr {
    let start = (piece.as_ptr() as usize).checked_sub(text.as_ptr() as usize);
    match start.filter(|s| s + piece.len() <= text.len()) {
        Some(s) => SharedStr::slice(text, s..s + piece.len()),
        None => SharedStr::from(piece),
    }
}

/// The last sentence of `text`.
fn last_sentence(text: &str) -> &str {
    let t = text.trim_end();
    match t.char_indices().next_back() {
        Some((i, _)) => sentence_around(t, i, i),
        None => "",
    }
}

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
fn has_trigger(sentence: &str) -> bool {
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

/// Whether the run `start..end` of `sentence`'s ASCII letters and digits (one that no other
/// such byte borders) is one of [`has_trigger`]'s words: a trigger is a whole word, with no
/// letter or digit on either side (a character is decoded only there, and only for a run
/// that is one). No character but an ASCII letter lowercases to one of these ASCII words'
/// letters, so comparing ASCII case is exact for them. Shared with [`words_and_names`],
/// which reads the same runs of the dated sentence it reads for its words (inlined there, as
/// [`trigger_run`]'s test is: a call per word cost more than the test).
#[inline(always)]
fn is_trigger_run(sentence: &str, start: usize, end: usize) -> bool {
    trigger_run(sentence, start, end).is_some()
}

/// Whether a run of ASCII letters and digits can be a trigger word's ([`trigger_run`]):
/// the test it starts with.
#[inline(always)]
fn may_be_trigger(run: &[u8]) -> bool {
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
fn has_trigger_by_words(sentence: &str) -> bool {
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
pub fn needs_context(sentence: &str) -> bool {
    needs_context_from(sentence, 0)
}

/// [`needs_context`] of a sentence whose triggers start no earlier than `from` (the start
/// of a run of ASCII letters and digits, or 0): what is before is not read for them again.
fn needs_context_from(sentence: &str, from: usize) -> bool {
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
/// binary search of the words packed into integers (as [`is_stop`] does), where looking
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

/// A part of a sentence, borrowed from the paragraph that says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clause<'a> {
    /// The words kept.
    pub text: &'a str,
    /// Whether the sentence goes on before them.
    pub cut_before: bool,
    /// Whether it goes on after them.
    pub cut_after: bool,
}

impl Clause<'_> {
    /// The clause as a report shows it, `…` marking each cut, in one allocation.
    pub fn to_shared(&self) -> Arc<str> {
        if !self.cut_before && !self.cut_after {
            return self.text.into();
        }
        Arc::from(self.to_string())
    }
}

impl Clause<'_> {
    /// Appends the clause as [`Display`](std::fmt::Display) writes it, with no formatter:
    /// every cut report's text is made here.
    fn push_to(&self, out: &mut String) {
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
fn sentence_bounds(text: &str, start: usize, end: usize) -> (usize, usize) {
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
struct SentenceOf {
    date: (usize, usize),
    bounds: (usize, usize),
}

/// [`sentence_bounds`] of `text` around `start..end`, taken from `last` (an earlier date of
/// the same text, and its sentence) when it is that date's sentence: a sentence that gives
/// several dates was searched for from each. It is when the date is later and no stop's
/// byte lies between the two dates' starts (nor just before the first: a stop there may be
/// one only for the later date), so that the search back ends where it did, and the later
/// date ends no later than the stop that ends that sentence starts (the end of the text
/// when no stop does), so that the search on finds the same first stop from either.
fn sentence_bounds_after(text: &str, last: Option<SentenceOf>, start: usize, end: usize) -> (usize, usize) {
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
    use crate::text::fold;

    #[test]
    fn a_short_block_cut_after_a_word_is_a_teaser() {
        assert!(is_cut_teaser(
            "Neuf ans après leur coup de foudre à Los Angeles en 2016, ils ont décidé de se séparer. Parents..."
        ));
        assert!(is_cut_teaser("En ce jour de recueillement, deux femmes étaient présentes à la Trinité-sur-Mer...."));
        assert!(is_cut_teaser("À Montreuil, ce 25 novembre, près de 1 000 personnes ont manifesté. Les cortèges…"));
        assert!(is_cut_teaser("The man charged in last year’s attack against Nancy …"));
        // A sentence's end before the ellipsis, too few dots, or a long paragraph: prose.
        assert!(!is_cut_teaser("Il est mort dimanche. J'ai perdu beaucoup d'étudiants aussi !…"));
        assert!(!is_cut_teaser("The talks resumed on Monday in the U.S."));
        assert!(!is_cut_teaser("Elle est partie lundi.."));
        assert!(!is_cut_teaser(&format!("{} Et puis…", "Le conseil a voté lundi. ".repeat(15))));
        assert!(!is_cut_teaser("…"));
    }

    #[test]
    fn an_age_stamp_is_a_line_of_a_count_a_unit_and_ago() {
        for t in ["8h ago", "35m ago", " 5 hours ago ", "5 hours ago10:05 Jane Roe", "2 DAYS AGO", "il y a 3 heures"] {
            assert!(is_age_stamp(t), "{t:?}");
        }
        assert!(is_age_stamp("Il y a 12 min"));
        // A sentence, words after the age, a count in words, a long count, no unit, no `ago`.
        for t in [
            "Two hours ago",
            "8 hours ago, the storm reached the coast.",
            "3 days ago the law passed",
            "2023 days ago",
            "8 ago",
            "8 hours",
            "8 hours agony",
            "il y a 3 ans",
            "il y a trois heures",
            "",
        ] {
            assert!(!is_age_stamp(t), "{t:?}");
        }
    }

    /// An English article dated 15 March 2024 whose body is `text` (blocks split by blank lines).
    fn article_of(text: &str) -> Article {
        use crate::markdown::{render, Trust};
        Article {
            slug: "a".into(),
            path: std::path::PathBuf::from("content/articles/a.md"),
            sidecar: None,
            title: "The bridge".into(),
            date: crate::dates::PartialDate::day(2024, 3, 15),
            author: None,
            outlet: None,
            url: None,
            language: Some("en".into()),
            topics: Vec::new(),
            summary: String::new(),
            credit: None,
            guessed: Vec::new(),
            guessed_at: crate::content::Located { value: std::path::PathBuf::new(), line: 0 },
            body: render(text, 1, Trust::Untrusted),
            sources: Vec::new(),
        }
    }

    /// The sentences an article's dates are reported with.
    fn reported(text: &str) -> Vec<String> {
        extract(ArticleId(0), &article_of(text), Lang::En).iter().map(|c| c.mention.sentence.to_string()).collect()
    }

    #[test]
    fn the_items_of_a_feed_of_age_stamped_stories_date_no_event() {
        // The article's paragraph, long enough to be read as one (`FEED_ARTICLE_MIN`).
        let article = "The council voted on Monday to close the old bridge for repairs. Engineers had found \
                       cracks in two of its piers during an inspection, and the work should last most of the \
                       year, the council's chair told reporters outside the town hall.";
        assert!(article.len() >= FEED_ARTICLE_MIN);
        let items = [
            "Markets\n\nStocks fell on Tuesday as traders waited for the bank.",
            "Sport\n\nThe home team won on Wednesday after extra time.",
            "Weather\n\nSnow fell on Thursday across the northern hills.",
        ];
        let feed = format!(
            "{article}\n\n8h ago\n\n{}\n\n9h ago\n\n{}\n\n12h ago\n\n{}\n\n1d ago",
            items[0], items[1], items[2]
        );
        let got = reported(&feed);
        assert!(got.iter().any(|s| s.contains("council")), "{got:?}");
        assert!(got.iter().all(|s| s.contains("council")), "{got:?}");
        // Two stamps are an article's own and an update's: what lies between them stays.
        let two = format!("{article}\n\n8h ago\n\n{}\n\n9h ago", items[0]);
        assert!(reported(&two).iter().any(|s| s.contains("Stocks")), "{:?}", reported(&two));
        // Stamps far apart frame more than a feed prints: the text between them stays.
        let long = "The mayor spoke on Friday about the bridge and its future.\n\n".repeat(13);
        let apart = format!("{article}\n\n8h ago\n\n{long}9h ago\n\n{}\n\n12h ago\n\n{}\n\n1d ago", items[1], items[2]);
        assert!(reported(&apart).iter().any(|s| s.contains("mayor")), "{:?}", reported(&apart));
        // The stamp above the article's own text is its age, not a feed's: the text stays,
        // and the feed below it goes.
        let own = format!("8h ago\n\n{article}\n\n9h ago\n\n{}\n\n12h ago\n\n{}\n\n1d ago", items[1], items[2]);
        let got = reported(&own);
        assert!(got.iter().any(|s| s.contains("council")), "{got:?}");
        assert!(!got.iter().any(|s| s.contains("Snow")), "{got:?}");
    }

    #[test]
    fn a_signature_line_is_par_or_by_and_a_name() {
        for t in
            ["Par Jeanne Martin", "By Jane Roe and John Doe", "Par Marie de La Tour", "BY JANE ROE", " par Collectif "]
        {
            assert!(is_signature_line(t), "{t:?}");
        }
        for t in [
            "By Monday, the bridge will be closed.",
            "Par ailleurs",
            "By the river",
            "By Jane Roe, 12 March",
            "Par",
            "Par de Gaulle",
            "Par Jeanne Martin, Paul Durand, Léa Petit et Marc Blanc",
            "Passer Jeanne Martin",
        ] {
            assert!(!is_signature_line(t), "{t:?}");
        }
    }

    #[test]
    fn the_items_of_a_feed_of_signed_stories_date_no_event() {
        let article = "Le conseil a voté lundi la fermeture du vieux pont pour travaux. Les ingénieurs avaient \
                       trouvé des fissures dans deux de ses piles lors d'une inspection, et le chantier devrait \
                       durer une grande partie de l'année, a précisé la présidente du conseil devant la mairie.";
        let feed = format!(
            "Par Jeanne Martin\n\n{article}\n\nPar Jeanne Martin\n\nLe marché\n\nLes cours ont baissé mardi \
             dans l'attente de la banque.\n\nPar Paul Durand\n\nLe sport\n\nL'équipe a gagné mercredi après \
             prolongation.\n\nPar Léa Petit\n\nLa météo\n\nLa neige est tombée jeudi sur les hauteurs.\n\nPar \
             Marc Blanc"
        );
        let mut a = article_of(&feed);
        a.language = Some("fr".into());
        let got: Vec<String> =
            extract(ArticleId(0), &a, Lang::Fr).iter().map(|c| c.mention.sentence.to_string()).collect();
        assert!(got.iter().any(|s| s.contains("conseil")), "{got:?}");
        assert!(got.iter().all(|s| s.contains("conseil")), "{got:?}");
    }

    #[test]
    fn a_label_line_is_one_short_line_with_no_end_mark() {
        assert!(is_label_line("Jany et Pierrette dignes : les deux ex-femmes présentes à la Trinité-sur-Mer"));
        assert!(is_label_line("Paris Match"));
        assert!(!is_label_line("Le conseil a voté lundi."));
        assert!(!is_label_line("Qui était-il ?"));
        assert!(!is_label_line("Première ligne\nseconde ligne"));
        assert!(!is_label_line("  "));
    }

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
    fn reference_points_are_told_as_by_folding_the_last_words() {
        fn by_folding(before: &str) -> bool {
            const MARKS: [&str; 7] = ["depuis", "since", "jusqu'a", "until", "till", "jusqu'en", "d'ici"];
            let mut scratch = String::new();
            fold_into(last_words(before, 3), &mut scratch);
            if scratch.split_whitespace().nth(1).is_none() {
                fold_into(before, &mut scratch);
            }
            let mut tail = scratch.split_whitespace().rev();
            match tail.next() {
                Some(w) if MARKS.contains(&w) => true,
                Some("le" | "la" | "les" | "l'" | "the") => tail.next().is_some_and(|w| MARKS.contains(&w)),
                _ => false,
            }
        }
        let mut scratch = String::new();
        for before in [
            "",
            " ",
            "Il est là depuis ",
            "Il est là DEPUIS",
            "présent depuis le ",
            "jusqu'à la ",
            "jusqu’à ",
            "until the\u{a0}",
            "since\u{b}",
            "d'ici la ",
            "D’ici ",
            "Le ",
            "Since",
            "a été élu le ",
            "x\tuntil\n",
            "déjà depuis\u{a0}",
            "œuvre depuis ",
            "présent depuis LA ",
            "Il est élu le ",
            "le ",
            "depuis\u{b}le ",
            "depuis  \t la ",
            "jusqu'en ",
            "the ",
            "since the",
        ] {
            assert_eq!(is_reference_point(before, &mut scratch), by_folding(before), "{before:?}");
        }
    }

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
    fn stop_words_and_calendar_words_are_stop() {
        for w in ["dans", "which", "declaree", "lundi", "march", "hier"] {
            assert!(is_stop(w), "{w}");
        }
        for w in ["", "dan", "dans\0", "gouvernement", "abcdefghijklmnopq"] {
            assert!(!is_stop(w), "{w:?}");
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
        assert_eq!(
            &*clause_around(two, m, m + 5, &[(l, l + 5), (m, m + 5)]).to_shared(),
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
    fn a_sentence_with_no_trigger_has_no_clause_that_leans_on_another() {
        for t in [
            "Le ministre est arrivé lundi; le ministre est reparti mardi.",
            "Le ministre est arrivé lundi, puis le président est reparti mardi, et la dernière séance jeudi.",
            "Il est arrivé lundi; elle est repartie mardi.",
            "Lukashenko arrived on Monday, and she left on Tuesday, then the latter spoke on Friday.",
        ] {
            let days = ["lundi", "mardi", "jeudi", "Monday", "Tuesday", "Friday"];
            let others: Vec<(usize, usize)> =
                days.iter().filter_map(|d| t.find(d).map(|at| (at, at + d.len()))).collect();
            let (_, _, trigger) = words_names_trigger(t);
            for &(a, b) in &others {
                let sentence = sentence_bounds(t, a, b);
                let read =
                    clause_in(t, sentence, a, b, &others, trigger.is_some(), &mut HeldBreaks::default()).to_string();
                assert_eq!(read, clause_around(t, a, b, &others).to_string(), "{t:?} at {a}");
            }
        }
    }

    fn blocks(texts: &[&str]) -> Vec<crate::markdown::Block> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| crate::markdown::Block {
                id: format!("p{i}"),
                text: (*t).into(),
                heading: false,
                line: i + 1,
            })
            .collect()
    }

    /// The report of the date `date` in paragraph `bi` of `texts`, as a reader sees it.
    fn report(texts: &[&str], bi: usize, date: &str, lang: Lang) -> String {
        let b = blocks(texts);
        let s = b[bi].text.find(date).unwrap();
        let (text, own) = report_text(&b, bi, s, s + date.len(), &[(s, s + date.len())], lang);
        // The report's own words are the sentence that gives the date, whatever is added.
        assert!(text[own].contains(date), "{text}");
        text.to_string()
    }

    #[test]
    fn a_lead_in_to_a_quote_is_shown_with_what_it_leads_to() {
        let texts = [
            "Le fondateur du cabinet, Jean Martin, a écrit aujourd'hui au sujet de la visite du ministre :",
            "Il est probable que le ministre ait demandé une aide militaire. Rien d'autre ne l'explique.",
        ];
        assert_eq!(
            report(&texts, 0, "aujourd'hui", Lang::Fr),
            "Le fondateur du cabinet, Jean Martin, a écrit aujourd'hui au sujet de la visite du ministre\u{a0}: \
             «\u{a0}Il est probable que le ministre ait demandé une aide militaire.\u{a0}»"
        );
        let texts = ["On Tuesday the foreign minister told reporters:", "We will not send troops. Not now."];
        assert_eq!(
            report(&texts, 0, "Tuesday", Lang::En),
            "On Tuesday the foreign minister told reporters: “We will not send troops.”"
        );
        // A lead-in with nothing after it keeps its colon, for it says that something follows.
        assert_eq!(report(&texts[..1], 0, "Tuesday", Lang::En), "On Tuesday the foreign minister told reporters:");
    }

    #[test]
    fn a_sentence_whose_pronoun_stands_for_nothing_in_it_comes_with_the_sentence_before() {
        // Across paragraphs (list items): `ils` are the devices of the item before.
        let texts = [
            "Cette rencontre fait suite à l'ultimatum du 12 mars, exigeant que le voisin désactive ses radars.",
            "Mercredi, la ministre a déclaré qu'ils avaient été désactivés.",
        ];
        assert_eq!(
            report(&texts, 1, "Mercredi", Lang::Fr),
            "Cette rencontre fait suite à l'ultimatum du 12 mars, exigeant que le voisin désactive ses radars. \
             Mercredi, la ministre a déclaré qu'ils avaient été désactivés."
        );
        // Within a paragraph.
        let texts = ["Le président a reçu jeudi une délégation. Il a déclaré vendredi qu'il voulait un accord."];
        assert_eq!(
            report(&texts, 0, "vendredi", Lang::Fr),
            "Le président a reçu jeudi une délégation. Il a déclaré vendredi qu'il voulait un accord."
        );
        let texts = ["The troops crossed the border at dawn. On Monday they withdrew to their barracks."];
        assert_eq!(
            report(&texts, 0, "Monday", Lang::En),
            "The troops crossed the border at dawn. On Monday they withdrew to their barracks."
        );
        // Sentences that say who they are about stay alone.
        for (texts, date, lang) in [
            (["Avant.", "Le président a déclaré jeudi qu'il ne voulait pas combattre."], "jeudi", Lang::Fr),
            (["Avant.", "Il y a eu mardi une explosion près de la gare."], "mardi", Lang::Fr),
            (["Avant.", "Il est probable que le sommet ait lieu lundi."], "lundi", Lang::Fr),
            (["Before.", "On Monday, the two presidents said they would meet again."], "Monday", Lang::En),
            (["Before.", "Putin and Lukashenko met on Monday; they agreed on drills."], "Monday", Lang::En),
            (["Before.", "On Friday the minister said she would resign."], "Friday", Lang::En),
        ] {
            assert_eq!(report(&texts, 1, date, lang), texts[1]);
        }
        assert!(needs_context("Le lendemain, il s'est rendu à Moscou."));
        assert!(needs_context("Ce dernier a démissionné lundi."));
        assert!(!needs_context("Il s'agit du premier sommet depuis 2019."));
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
    fn reference_points_are_not_events() {
        assert!(is_reference_point("la première dans la capitale depuis ", &mut String::new()));
        assert!(!is_reference_point("élu en ", &mut String::new()));
        assert!(is_reference_point("une décision attendue d'ici la ", &mut String::new()));
        assert!(is_reference_point("jusqu'à la ", &mut String::new()));
        assert!(!is_reference_point("à la ", &mut String::new()));
    }

    /// Texts with stops of every kind, initials, stray periods, non-breaking spaces and
    /// pronouns, for comparing the rewritten scans with the code they replace.
    const SAMPLES: &[&str] = &[
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
                    assert_eq!(first, triggers(part, 0).next().map(|(at, _)| at), "{part:?}");
                    assert_eq!(needs_context_from(part, first.unwrap_or(0)), needs_context(part), "{part:?}");
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
