//! Full-text search: the index the search page fetches piece by piece, so that a large
//! dossier never sends one huge file.
//!
//! - `search/manifest.json`: how many term shards there are, where each document shard
//!   starts, each run of documents of one kind and year (for the filters), the stop words;
//! - `search/t/<n>.json`: the postings of the keys whose first three letters hash to shard
//!   `n`: stems (French or English Snowball, of accent-folded words), name keys (`~` and
//!   [`normalise_word`](crate::chronology::words::normalise_word): `Lukashenko` and `Loukachenko` share one) and topic keys (`#slug`,
//!   for the topic filter), each a delta-coded list of `document, score` pairs (a string of base-32 digits), with the
//!   score BM25 over weighted fields, computed here once; a list past 16 KB is cut into
//!   pieces other shards hold, so that no shard grows with the dossier ([`split`]);
//! - `search/d/<n>.json`: documents (title, link, kind, date, and the opening of each
//!   paragraph, bounded per document) for showing results and choosing the passage to
//!   highlight;
//! - `search-index.js`, and its parts on a large site: what the page searches from `file://`
//!   ([`fallback`]).
//!
//! Documents are numbered by kind, then newest first, so that a kind or a year is a range
//! of numbers. The search page reads all of it with `assets/search.js`, which folds and
//! splits a query exactly as [`words`] does here. Extracted events are not documents of
//! their own: each is a sentence of an article, which is indexed paragraph by paragraph and
//! whose passage links to that paragraph.

mod fallback;
mod split;
mod words;

pub use words::words;
use words::{for_each_word, Sink};

use super::i18n;
use super::urls::{actor_path, chronology_path, source_path};
use crate::chronology::words::normalise_into;
use crate::dates::{Lang, PartialDate};
use crate::doc::{ActorId, ArticleId, DocRef, NoteId, TopicId};
use crate::site::Site;
use crate::sources::SourceKind;
use rayon::prelude::*;
use rust_stemmers::{Algorithm, Stemmer};
use serde::Serialize;
use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::sync::Arc;

/// The kinds of documents, in index order (and the values of the page's type filter).
pub const KINDS: [&str; 6] = ["topic", "note", "article", "event", "source", "actor"];

/// Words too common to search for, folded (French and English). The script reads them from
/// the manifest, so that a query drops the same words.
const STOP: &[&str] = &[
    "au", "aux", "avec", "ce", "ces", "cet", "cette", "dans", "de", "des", "du", "elle", "en", "et", "est", "il",
    "ils", "la", "le", "les", "leur", "leurs", "mais", "ne", "ni", "nous", "on", "ou", "par", "pas", "pour", "qu",
    "que", "qui", "sa", "se", "ses", "son", "sont", "sur", "un", "une", "vous", "a", "an", "and", "are", "as", "at",
    "be", "by", "for", "from", "has", "have", "he", "her", "his", "in", "is", "it", "its", "of", "on", "or", "that",
    "the", "their", "they", "this", "to", "was", "were", "which", "with",
];

/// A map keyed by words: the index hashes each word of every document a few times.
type WordMap<K, V> = crate::fast_hash::FastMap<K, V>;

/// A word of at most eight bytes as one number (its bytes, little-endian): a folded word
/// holds no zero byte, so that two words differ as their numbers do, and a word of more than
/// eight bytes (its first eight) differs from every shorter one.
const fn packed(w: &[u8]) -> u64 {
    let mut v = 0u64;
    let mut i = 0;
    while i < w.len() && i < 8 {
        v |= (w[i] as u64) << (8 * i);
        i += 1;
    }
    v
}

/// How many bits number a slot of [`STOP_TABLE`]: room enough that a multiplier giving every
/// stop word a slot of its own is found in a few tries, and a table (8 KB) that stays in the
/// processor's first cache.
const STOP_BITS: u32 = 10;

/// The slot of packed word `p` under multiplier `m`: the top bits of a multiplicative hash.
const fn slot_with(p: u64, m: u64) -> usize {
    (p.wrapping_mul(m) >> (64 - STOP_BITS)) as usize
}

/// Whether `m` gives every word of [`STOP`] a slot of its own (`on` is there twice, French
/// and English).
const fn separates_stop_words(m: u64) -> bool {
    let mut taken = [0u64; 1 << STOP_BITS];
    let mut i = 0;
    while i < STOP.len() {
        let p = packed(STOP[i].as_bytes());
        let at = slot_with(p, m);
        if taken[at] != 0 && taken[at] != p {
            return false;
        }
        taken[at] = p;
        i += 1;
    }
    true
}

/// The first odd multiplier (from the golden ratio's, by a fixed step) that gives each stop
/// word its own slot: found when compiling, so that a word is a stop word when the one slot
/// it hashes to holds it, with no probing (whose loop mispredicted on every other word).
const STOP_MUL: u64 = {
    let mut m = 0x9E37_79B9_7F4A_7C15u64;
    while !separates_stop_words(m) {
        m = m.wrapping_add(0x2545_F491_4F6C_DD1E);
    }
    m
};

/// [`STOP`] packed ([`packed`]), each in its slot under [`STOP_MUL`] (zero for an empty slot:
/// no folded word packs to zero). Every stop word has at most eight bytes (else compiling
/// fails here), so that a longer word never equals one.
static STOP_TABLE: [u64; 1 << STOP_BITS] = {
    let mut t = [0u64; 1 << STOP_BITS];
    let mut i = 0;
    while i < STOP.len() {
        assert!(STOP[i].len() <= 8, "a stop word of more than eight bytes");
        let p = packed(STOP[i].as_bytes());
        t[slot_with(p, STOP_MUL)] = p;
        i += 1;
    }
    t
};

/// [`packed`] for the words of a text: loads that overlap, where copying the word into a
/// zeroed buffer was a `memset` and a `memcpy` call for every word read.
fn pack_le(w: &[u8]) -> u64 {
    let n = w.len();
    let le32 = |s: &[u8]| match *s {
        [a, b, c, d, ..] => u64::from(u32::from_le_bytes([a, b, c, d])),
        _ => 0,
    };
    match n {
        0 => 0,
        // The middle byte is the first or the last again for fewer than three; or-ing a byte
        // with itself at its own place changes nothing.
        1..=3 => u64::from(w[0]) | (u64::from(w[n / 2]) << (8 * (n / 2))) | (u64::from(w[n - 1]) << (8 * (n - 1))),
        4..=7 => le32(w) | (le32(&w[n - 4..]) << (8 * (n - 4))),
        _ => match *w {
            [a, b, c, d, e, f, g, h, ..] => u64::from_le_bytes([a, b, c, d, e, f, g, h]),
            _ => 0,
        },
    }
}

/// Whether a folded word is in [`STOP`].
#[cfg(test)]
fn is_stop(w: &str) -> bool {
    is_stop_packed(pack_le(w.as_bytes()))
}

/// Whether the folded word whose first eight bytes are `p` ([`pack_le`]) is in [`STOP`].
fn is_stop_packed(p: u64) -> bool {
    p != 0 && STOP_TABLE[slot_with(p, STOP_MUL)] == p
}

/// How many characters of text a document shard holds before the next one starts.
const SHARD_BYTES: usize = 24_000;

/// One document of the index, without its text: enough to order and shard them.
#[derive(Clone, Copy)]
enum Item {
    Topic(usize),
    Note(usize),
    Article(usize),
    Event(usize),
    Source(usize),
    Actor(usize),
}

/// The documents in index order and where their shards start: cheap to make (no word is
/// read), so that a build can list the index's files before anything is rendered.
pub struct Plan {
    items: Vec<(Item, u8, Option<PartialDate>)>,
    /// The first document of each document shard.
    starts: Vec<u32>,
    /// How many term shards.
    terms: usize,
    /// `search-index.js` and its parts.
    fallback: fallback::Fallback,
}

impl Plan {
    /// Orders `site`'s documents and cuts them into shards.
    pub fn new(site: &Site) -> Plan {
        let mut items: Vec<(Item, u8, Option<PartialDate>)> = Vec::new();
        items.extend(site.topics.iter().enumerate().map(|(i, _)| (Item::Topic(i), 0, None)));
        items.extend(site.notes.iter().enumerate().map(|(i, n)| (Item::Note(i), 1, n.date)));
        items.extend(site.articles.iter().enumerate().map(|(i, a)| (Item::Article(i), 2, a.date)));
        items.extend(
            site.events
                .iter()
                .enumerate()
                .filter(|(_, e)| e.curated)
                .map(|(i, e)| (Item::Event(i), 3, Some(e.span.start))),
        );
        items.extend(
            site.sources
                .iter()
                .enumerate()
                .filter(|(_, s)| matches!(s.kind, SourceKind::Cited(..)))
                .map(|(i, s)| (Item::Source(i), 4, s.date)),
        );
        items.extend((0..site.actors.len()).map(|i| (Item::Actor(i), 5, None)));
        // Newest first within a kind, undated last; the stable sort keeps the site's order
        // (file paths, topic order) among equals.
        items.sort_by(|a, b| {
            a.1.cmp(&b.1).then_with(|| match (a.2, b.2) {
                (Some(x), Some(y)) => y.cmp(&x),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            })
        });
        let mut starts = Vec::new();
        let mut size = usize::MAX;
        for (n, (item, _, _)) in items.iter().enumerate() {
            if size >= SHARD_BYTES {
                starts.push(n as u32);
                size = 0;
            }
            size += text_len(site, *item);
        }
        let terms = (items.len() / 32).next_power_of_two().max(8);
        Plan { items, starts, terms, fallback: fallback::Fallback::new(site) }
    }

    /// The index's files, each with what makes it, in no particular order.
    pub fn files(&self) -> Vec<(String, File)> {
        let mut out = vec![("search/manifest.json".to_string(), File::Manifest)];
        out.extend((0..self.terms).map(|n| (format!("search/t/{n}.json"), File::Terms(n))));
        out.extend((0..self.starts.len()).map(|n| (format!("search/d/{n}.json"), File::Docs(n))));
        out.push(("search-index.js".to_string(), File::Fallback(0)));
        out.extend(self.fallback.files().into_iter().map(|(p, k)| (p, File::Fallback(k))));
        out
    }

    /// `search-index.js` (`k` 0) or its part `k`.
    pub fn fallback(&self, site: &Site, k: usize) -> Vec<u8> {
        match k {
            0 => self.fallback.script(site),
            k => self.fallback.part(site, k),
        }
    }

    /// The manifest: everything the script needs before it fetches a shard.
    pub fn manifest(&self) -> Vec<u8> {
        #[derive(Serialize)]
        struct Manifest<'a> {
            docs: usize,
            kinds: [&'a str; 6],
            /// `[first document, kind, year]` for each run of one kind and year.
            runs: Vec<(u32, u8, Option<i32>)>,
            shards: &'a [u32],
            stop: &'a [&'a str],
            terms: usize,
            version: u32,
        }
        let mut runs: Vec<(u32, u8, Option<i32>)> = Vec::new();
        for (n, (_, kind, date)) in self.items.iter().enumerate() {
            let year = date.map(|d| d.get_year());
            if runs.last().is_none_or(|r| r.1 != *kind || r.2 != year) {
                runs.push((n as u32, *kind, year));
            }
        }
        let m = Manifest {
            docs: self.items.len(),
            kinds: KINDS,
            runs,
            shards: &self.starts,
            stop: STOP,
            terms: self.terms,
            version: 2,
        };
        serde_json::to_vec(&m).unwrap_or_default()
    }

    /// Document shard `n`: each document's title, link, kind, date, a line of details and
    /// the opening of each paragraph (`[anchor, text]`), bounded per document.
    pub fn docs(&self, site: &Site, n: usize) -> Vec<u8> {
        #[derive(Serialize)]
        struct Doc<'a> {
            d: String,
            k: u8,
            // The language of its title and text, when not the site's (for their `lang`).
            #[serde(skip_serializing_if = "Option::is_none")]
            l: Option<&'a str>,
            m: String,
            t: &'a str,
            u: String,
            #[serde(skip_serializing_if = "Vec::is_empty")]
            x: Vec<Passage<'a>>,
        }
        let start = self.starts.get(n).copied().unwrap_or(0) as usize;
        let end = self.starts.get(n + 1).map_or(self.items.len(), |&e| e as usize);
        let lang = site.lang;
        fn other_than(code: Option<&str>, lang: Lang) -> Option<&str> {
            code.filter(|&c| !c.is_empty() && c != lang.code())
        }
        let docs: Vec<Doc> = self.items[start.min(end)..end]
            .iter()
            .map(|&(item, kind, date)| {
                let d = date.map(|d| d.long(lang)).unwrap_or_default();
                let mut l = None;
                let (t, u, m, x): (&str, String, String, Vec<Passage>) = match item {
                    Item::Topic(i) => {
                        let t = &site.topics[i];
                        (&t.title, format!("topics/{}.html", t.slug), t.summary.clone(), passages(&t.body))
                    }
                    Item::Note(i) => {
                        let t = &site.notes[i];
                        let m = t.author.clone().unwrap_or_default();
                        (&t.title, format!("notes/{}.html", t.slug), m, passages(&t.body))
                    }
                    Item::Article(i) => {
                        let a = &site.articles[i];
                        let m = outlet_author(a.outlet.as_deref(), a.author.as_deref());
                        l = other_than(a.language.as_deref(), lang);
                        // No passages: the search page reads them from the article's own
                        // page (`search.js`, `withPassages`), the texts' only copy.
                        (&a.title, format!("articles/{}.html", a.slug), m, vec![])
                    }
                    Item::Event(i) => {
                        let e = &site.events[i];
                        let u = format!("{}#{}", chronology_path(site, e.span.start.get_year()), e.id);
                        let d = e.span.long(lang);
                        let l = e
                            .mentions
                            .first()
                            .filter(|_| !e.curated)
                            .and_then(|m| other_than(site.articles[m.article].language.as_deref(), lang));
                        return Doc { d, k: kind, l, m: String::new(), t: &e.text, u, x: vec![] };
                    }
                    Item::Source(i) => {
                        let s = &site.sources[i];
                        let m = outlet_author(s.outlet.as_deref(), s.author.as_deref());
                        l = other_than(s.language.as_deref(), lang);
                        (&s.title, source_path(site, s), m, vec![])
                    }
                    Item::Actor(i) => {
                        let e = &site.actors.list[i];
                        let m = e.aliases.iter().map(|(a, _)| a.value.as_str()).collect::<Vec<_>>().join(" · ");
                        let mut x = blocks(&e.body);
                        if !e.description.is_empty() {
                            x.insert(0, ("", e.description.as_str().into()));
                        }
                        (&e.name, actor_path(site, crate::doc::ActorId(i)), m, x)
                    }
                };
                Doc { d, k: kind, l, m, t, u, x }
            })
            .collect();
        serde_json::to_vec(&docs).unwrap_or_default()
    }

    /// Every term shard, in shard order: the costly part (each document's words are read,
    /// folded and stemmed, in parallel). Documents are read a chunk at a time and their keys
    /// interned as they come (a key is a number from then on, its string kept once), so that
    /// the postings of the whole site are a few bytes each ([`Bucket`]) rather than a string each.
    pub fn terms(&self, site: &Site) -> Vec<Vec<u8>> {
        let mut index = Index::new(self.terms);
        let mut pending: Option<Vec<DocTerms>> = None;
        let spare = Spare::default();
        for chunk in self.items.chunks(CHUNK) {
            // Interning is sequential (key numbers and postings in document order); it runs
            // while the next chunk's words are read.
            let (docs, ()) = rayon::join(
                || chunk.par_iter().map(|&(item, _, _)| doc_terms(site, item, &spare)).collect::<Vec<_>>(),
                || pending.take().into_iter().flatten().for_each(|d| index.add(d, &spare)),
            );
            pending = Some(docs);
        }
        pending.into_iter().flatten().for_each(|d| index.add(d, &spare));
        let Index { names, shards, df, ids, local, buckets, exceptions, lens } = index;
        drop(ids);
        drop(local);
        // BM25's length normalisation is per kind: an event is one sentence, an article pages.
        let mut avg = [0f64; KINDS.len()];
        let mut count = [0usize; KINDS.len()];
        for (len, (_, kind, _)) in lens.iter().zip(&self.items) {
            avg[*kind as usize] += *len as f64;
            count[*kind as usize] += 1;
        }
        for (a, c) in avg.iter_mut().zip(count) {
            *a = if c == 0 { 1.0 } else { (*a / c as f64).max(1.0) };
        }
        let total = self.items.len() as f64;
        let lens: Vec<f64> = lens.iter().zip(&self.items).map(|(l, (_, k, _))| *l as f64 / avg[*k as usize]).collect();
        // Keys in byte order, sorted once: a shard sorts its postings by this rank, numbers.
        // Each key's first eight bytes as one big-endian number (zero-padded) order most
        // pairs without reaching the strings; equal numbers fall back to the strings.
        let mut order: Vec<(u64, u32)> = names
            .iter()
            .enumerate()
            .map(|(i, k)| {
                let mut head = [0u8; 8];
                let n = k.len().min(8);
                head[..n].copy_from_slice(&k.as_bytes()[..n]);
                (u64::from_be_bytes(head), i as u32)
            })
            .collect();
        order.par_sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| names[a.1 as usize].cmp(&names[b.1 as usize])));
        let order: Vec<u32> = order.into_iter().map(|(_, i)| i).collect();
        let mut rank = vec![0u32; names.len()];
        for (r, &id) in order.iter().enumerate() {
            rank[id as usize] = r as u32;
        }
        // Each shard's keys in byte order, and each key's place among them.
        let mut shard_keys: Vec<Vec<u32>> = vec![Vec::new(); self.terms];
        for &id in &order {
            shard_keys[shards[id as usize] as usize].push(id);
        }
        let mut place = vec![0u32; names.len()];
        for keys in &shard_keys {
            for (i, &id) in keys.iter().enumerate() {
                place[id as usize] = i as u32;
            }
        }
        // A word whose stem does not begin it (`happy` → `happi`): the script finds every
        // other stem as the longest one that begins the typed word.
        let mut words: Vec<Vec<(String, String)>> = vec![Vec::new(); self.terms];
        for (word, stem) in exceptions {
            words[shard_of(&word, self.terms)].push((word, stem));
        }
        let lists: Vec<split::Lists> = buckets
            .into_par_iter()
            .zip(words)
            .zip(shard_keys)
            .map(|((bucket, mut words), keys)| {
                let bucket = bucket.by_key(&keys, &place, &df, &rank);
                words.sort_unstable();
                let p = Postings { bucket: &bucket, names: &names, order: &order, lens: &lens, total };
                split::Lists { keys: p.lists(), words }
            })
            .collect();
        split::pack(lists)
    }

    /// The labels of the kinds, for the page's type filter, in the site's language.
    pub fn kind_labels(lang: Lang) -> Vec<(&'static str, &'static str)> {
        KINDS.iter().map(|&k| (k, i18n::get(lang, &format!("search_kind_{k}")).unwrap_or(k))).collect()
    }
}

/// What makes one of the index's files.
#[derive(Clone, Copy, Debug)]
pub enum File {
    /// `search/manifest.json`.
    Manifest,
    /// `search/t/<n>.json`.
    Terms(usize),
    /// `search/d/<n>.json`.
    Docs(usize),
    /// `search-index.js` (0), or its part `search-index-<k>.js`.
    Fallback(usize),
}

/// A paragraph's anchor and its text as a reader sees it.
type Passage<'a> = (&'a str, std::borrow::Cow<'a, str>);

/// How many characters of each paragraph a document shard keeps for its passage: the
/// paragraph's opening, a sentence or two, as long as a search engine's excerpt. The term
/// shards index every word; the shards of documents only show results, and the whole text
/// again would be a second copy of the site (45 of 54 MB of the index at 10,000 articles;
/// 200 characters a paragraph were still 22 MB).
const PASSAGE_CHARS: usize = 140;

/// How many characters of passages one document keeps at most, whatever its length: ten
/// paragraphs' openings.
const DOC_TEXT_CHARS: usize = 1_400;

/// A document's paragraphs, whole: what the term shards index.
fn blocks(body: &crate::markdown::Body) -> Vec<Passage<'_>> {
    body.blocks
        .iter()
        .filter(|b| !b.text.trim().is_empty())
        .map(|b| (b.id.as_str(), without_citations(&b.text)))
        .collect()
}

/// A document's paragraphs as the term shards read them, each weighted 1: [`blocks`]
/// without the list, nor the blank paragraphs it leaves out (they hold no word).
fn paragraph_words(body: &crate::markdown::Body) -> impl Iterator<Item = (std::borrow::Cow<'_, str>, f32)> {
    body.blocks.iter().map(|b| (without_citations(&b.text), 1.0))
}

/// A document's passages, for its shard: its paragraphs in order, each cut to its opening
/// ([`PASSAGE_CHARS`]), until [`DOC_TEXT_CHARS`] are kept.
fn passages(body: &crate::markdown::Body) -> Vec<Passage<'_>> {
    let mut budget = DOC_TEXT_CHARS;
    let mut out = Vec::new();
    for (id, text) in blocks(body) {
        if budget == 0 {
            break;
        }
        let text = window(text, PASSAGE_CHARS.min(budget));
        budget = budget.saturating_sub(text.chars().count());
        out.push((id, text));
    }
    out
}

/// `text` cut at a word to about `max` characters (marked `…`), or whole when it is shorter.
fn window(text: std::borrow::Cow<'_, str>, max: usize) -> std::borrow::Cow<'_, str> {
    if text.chars().count() <= max {
        return text;
    }
    crate::text::truncate_words(&text, max).into()
}

/// `text` without its citation keys (`[@slug, p. 3]`, `[@a; @b]`): an editor's syntax, not
/// words a reader searches for or should see in a passage.
fn without_citations(text: &str) -> std::borrow::Cow<'_, str> {
    // Every paragraph is asked: `memchr` for the bracket, where `str::contains` set up a
    // substring searcher each time (a fourteenth of the index's time).
    let b = text.as_bytes();
    if !memchr::memchr_iter(b'[', b).any(|i| b.get(i + 1) == Some(&b'@')) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("[@") {
        match rest[at..].find(']') {
            Some(close) => {
                out.push_str(rest[..at].trim_end_matches(' '));
                rest = &rest[at + close + 1..];
            }
            None => break,
        }
    }
    out.push_str(rest);
    out.into()
}

fn text_len(site: &Site, item: Item) -> usize {
    let body = |b: &crate::markdown::Body| {
        b.blocks.iter().map(|b| b.text.len().min(PASSAGE_CHARS)).sum::<usize>().min(DOC_TEXT_CHARS)
    };
    match item {
        Item::Topic(i) => site.topics[i].title.len() + site.topics[i].summary.len() + body(&site.topics[i].body),
        Item::Note(i) => site.notes[i].title.len() + body(&site.notes[i].body),
        // Its title, link and line of outlet and author: no passages (see `Docs`).
        Item::Article(i) => site.articles[i].title.len() + 80,
        Item::Event(i) => site.events[i].text.len(),
        Item::Source(i) => site.sources[i].title.len() + 40,
        Item::Actor(i) => {
            let e = &site.actors.list[i];
            e.name.len()
                + e.description.len()
                + body(&e.body)
                + e.aliases.iter().map(|(a, _)| a.value.len()).sum::<usize>()
        }
    }
}

/// The term shard of a key: FNV-1a of its first three bytes (so that a word and its
/// stem, and every word a typed prefix may complete to, are in one shard).
pub fn shard_of(key: &str, shards: usize) -> usize {
    let h = key.bytes().take(3).fold(0x811c_9dc5u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    h as usize % shards
}

/// How many documents have their words read at once: their keys are strings only until the
/// chunk is interned.
const CHUNK: usize = 256;

/// How many generations of thread caches [`Index::local`] keeps the numbers of: a build's
/// threads, each at most twice.
const LOCAL_GENERATIONS: usize = 16;

/// One posting, as a shard is written: key number, document number, weighted count.
type Posting = (u32, u32, f32);

/// The site's postings with their keys interned, filled document by document in order.
struct Index {
    /// Each key, by its number.
    names: Vec<Arc<str>>,
    /// Each key's term shard, by its number.
    shards: Vec<u32>,
    /// How many documents hold each key, by its number.
    df: Vec<u32>,
    ids: WordMap<Arc<str>, u32>,
    /// For each generation of a thread's [`StemCache`] that documents came from, each of its
    /// key numbers' number here (`u32::MAX`: not met yet): a key is then hashed once per
    /// generation, not once per document that holds it.
    local: WordMap<u64, Vec<u32>>,
    /// Each term shard's postings, in document order ([`Bucket`]).
    buckets: Vec<Bucket>,
    /// Each word whose stem does not begin it, with the greatest of its stems (of either
    /// language), as the shard's `w` has always kept.
    exceptions: HashMap<String, String>,
    /// Each document's length in words.
    lens: Vec<u32>,
}

impl Index {
    fn new(terms: usize) -> Index {
        Index {
            names: Vec::new(),
            shards: Vec::new(),
            df: Vec::new(),
            ids: WordMap::default(),
            local: WordMap::default(),
            buckets: (0..terms).map(|_| Bucket::default()).collect(),
            exceptions: HashMap::new(),
            lens: Vec::new(),
        }
    }

    /// Adds the next document.
    fn add(&mut self, d: DocTerms, spare: &Spare) {
        let n = self.lens.len() as u32;
        self.lens.push(d.len);
        // A generation's numbers are only a shortcut (a key not found there is looked up by
        // its string): past a few caches' worth (a megabyte each at most), the maps of
        // generations that have ended go, rather than grow with a large dossier.
        if self.local.len() >= LOCAL_GENERATIONS && !self.local.contains_key(&d.generation) {
            self.local.clear();
        }
        let Index { names, shards, df, ids, local, buckets, .. } = self;
        let local = local.entry(d.generation).or_default();
        for &(local_id, w) in &d.keys {
            let known = local.get(local_id as usize).copied().filter(|&id| id != u32::MAX);
            let id = known.unwrap_or_else(|| {
                let key = key_at(&d.table, local_id);
                let id = match ids.get(&*key) {
                    Some(&id) => id,
                    None => {
                        let id = names.len() as u32;
                        shards.push(shard_of(&key, buckets.len()) as u32);
                        df.push(0);
                        names.push(key.clone());
                        ids.insert(key, id);
                        id
                    }
                };
                let at = local_id as usize;
                if local.len() <= at {
                    local.resize(at + 1, u32::MAX);
                }
                local[at] = id;
                id
            });
            df[id as usize] += 1;
            buckets[shards[id as usize] as usize].push(id, n, w);
        }
        // Two chunks' worth at most are ever in use at once (one read, one interned).
        if let Ok(mut spare) = spare.lock() {
            if spare.len() < 2 * CHUNK {
                spare.push(d.keys);
            }
        }
        for (word, stem) in d.exceptions {
            match self.exceptions.entry(word) {
                Entry::Occupied(mut e) => {
                    if stem > *e.get() {
                        e.insert(stem);
                    }
                }
                Entry::Vacant(e) => {
                    e.insert(stem);
                }
            }
        }
    }
}

/// A term shard's postings while the index is built, in document order, as variable-length
/// numbers: key, gap from the bucket's document before, and weight in halves (every field
/// weight is a multiple of one half, so their sums are too). Four or five bytes a posting
/// where a [`Posting`] takes twelve, and a `Vec` that doubles as it grows a quarter more on
/// average: a 100,000-article dossier has tens of millions of postings, held all at once
/// until the last document is read (BM25 needs every document's length and every key's
/// count before any score is known). A shard decodes its own when it is written.
#[derive(Default)]
struct Bucket {
    bytes: Vec<u8>,
    /// The document of the last posting.
    last: u32,
}

impl Bucket {
    fn push(&mut self, key: u32, doc: u32, w: f32) {
        let halves = round_non_negative(f64::from(w) * 2.0);
        debug_assert!(
            halves == f64::from(w) * 2.0 && halves >= 0.0,
            "a field weight that is not a multiple of 1/2: {w}"
        );
        push_varint(&mut self.bytes, key);
        push_varint(&mut self.bytes, doc - self.last);
        push_varint(&mut self.bytes, halves as u32);
        self.last = doc;
    }

    /// Gives each posting to `f`, in the order they were pushed.
    fn for_each(&self, mut f: impl FnMut(Posting)) {
        let mut at = 0;
        let mut doc = 0;
        let b = &self.bytes;
        while at < b.len() {
            let key = read_varint(b, &mut at);
            doc += read_varint(b, &mut at);
            let halves = read_varint(b, &mut at);
            f((key, doc, halves as f32 / 2.0));
        }
    }

    /// The postings sorted by key (given as its `rank` in byte order), then document (the
    /// compact form is dropped here). `keys` are the bucket's keys in byte order, `place`
    /// each key's place among them and `df` how many postings each has: a counting sort
    /// that keeps the order of pushing, which is the documents', where sorting the pairs
    /// was a comparison sort of every posting of the site.
    fn by_key(self, keys: &[u32], place: &[u32], df: &[u32], rank: &[u32]) -> Vec<Posting> {
        let mut next: Vec<usize> = Vec::with_capacity(keys.len());
        let mut total = 0;
        for &id in keys {
            next.push(total);
            total += df[id as usize] as usize;
        }
        let mut out = vec![(0, 0, 0.0); total];
        self.for_each(|(key, doc, w)| {
            let at = &mut next[place[key as usize] as usize];
            out[*at] = (rank[key as usize], doc, w);
            *at += 1;
        });
        out
    }
}

/// `x.round()` for the numbers the index rounds (weights and scores, never negative), the
/// same once made a `u32`, without the call to the C library's `round` that `f64::round` is
/// on a processor without SSE4.1 (every posting was rounded twice, a call each). The integer
/// part is exact below 2^63 (every `f64` from 2^53 on is an integer already), and so is the
/// fraction `x - t`; a negative number or NaN gives 0 once made a `u32`, as `x.round() as
/// u32` does. Through `i64`, whose conversions are an instruction each (`u64`'s are a
/// dozen, with branches).
#[inline]
fn round_non_negative(x: f64) -> f64 {
    // Saturating: 0 for NaN, `i64::MAX` past it; toward zero for a negative number.
    let t = (x as i64) as f64;
    if x - t >= 0.5 {
        t + 1.0
    } else {
        t
    }
}

/// Appends `n` as LEB128: seven bits a byte, the high bit set on all but the last.
fn push_varint(out: &mut Vec<u8>, mut n: u32) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// The LEB128 number at `*at`, moving `at` past it.
fn read_varint(b: &[u8], at: &mut usize) -> u32 {
    // Most numbers are one byte (a gap between documents, a weight in halves): told from the
    // byte alone, without the loop's shift, every posting of the site being read here.
    if let Some(&byte) = b.get(*at).filter(|&&byte| byte < 0x80) {
        *at += 1;
        return u32::from(byte);
    }
    let mut n = 0u32;
    let mut shift = 0;
    while let Some(&byte) = b.get(*at) {
        *at += 1;
        n |= u32::from(byte & 0x7f).checked_shl(shift).unwrap_or(0);
        if byte < 0x80 {
            break;
        }
        shift += 7;
    }
    n
}

/// A term shard's keys, each with its delta-coded `document, score` pairs.
struct Postings<'a> {
    /// Sorted by key, then document; each key given as its rank in byte order.
    bucket: &'a [Posting],
    names: &'a [Arc<str>],
    /// The number of the key of each rank.
    order: &'a [u32],
    /// Each document's length over its kind's average.
    lens: &'a [f64],
    /// How many documents.
    total: f64,
}

impl Postings<'_> {
    /// Each key, in byte order, with its list: the numbers of its postings, scored.
    fn lists(&self) -> Vec<(Arc<str>, String)> {
        let mut out = Vec::new();
        for run in self.bucket.chunk_by(|a, b| a.0 == b.0) {
            let key = &self.names[self.order[run[0].0 as usize] as usize];
            let df = run.len() as f64;
            let idf = (1.0 + (self.total - df + 0.5) / (df + 0.5)).ln();
            let mut list = String::with_capacity(3 * run.len());
            let mut last = 0;
            for &(_, doc, w) in run {
                let score = if key.starts_with('#') {
                    0
                } else {
                    let (k1, b) = (1.2, 0.75);
                    let w = f64::from(w);
                    let s = idf * w * (k1 + 1.0) / (w + k1 * (1.0 - b + b * self.lens[doc as usize]));
                    (round_non_negative(s * 100.0) as u32).max(1)
                };
                push_number(&mut list, doc - last);
                push_number(&mut list, score);
                last = doc;
            }
            out.push((key.clone(), list));
        }
        out
    }
}

/// The digits of the postings' numbers: 32 that end a number, then 32 that do not. All are
/// plain in JSON (no quote, no backslash), so that a list is a string as long as its digits.
const DIGITS: &[u8; 64] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVabcdefghijklmnopqrstuvwxyz!$%&()";

/// Appends `n` to a postings list: its base-32 digits, most significant first, the last one
/// from the ending half of [`DIGITS`]. A list is mostly small gaps between documents and
/// scores under 32: a character each, where decimal numbers and commas took two to four.
fn push_number(out: &mut String, n: u32) {
    let mut digits = [0u8; 7];
    let mut at = digits.len();
    let mut rest = n;
    loop {
        at -= 1;
        digits[at] = (rest & 31) as u8;
        rest >>= 5;
        if rest == 0 {
            break;
        }
    }
    let last = digits.len() - 1;
    for (i, &d) in digits.iter().enumerate().skip(at) {
        out.push(char::from(DIGITS[usize::from(d) + if i == last { 0 } else { 32 }]));
    }
}

/// How many words a thread's stem cache keeps per language, and how many keys, before it
/// starts again: a few megabytes, far more than a dossier's vocabulary in the common case.
const STEM_CACHE_WORDS: usize = 1 << 16;

/// What a thread knows of a word it has read before, in one language.
#[derive(Clone, Copy)]
struct Known {
    /// Its stem's key ([`StemCache::keys`]).
    stem: u32,
    /// Its name key (`~` and its transliteration), once a capitalised occurrence needed it.
    name: Option<u32>,
    /// Whether its stem does not begin it (an exception the term shard tells).
    exception: bool,
    /// The last document ([`StemCache::doc`]) that told the exception: once a document is
    /// enough, the index keeping the greatest stem of each word however often it is told.
    told: u32,
}

/// A word of at most 16 bytes as two numbers (its bytes, little-endian, zero-padded): a
/// folded word holds no zero byte, so that two words differ as their numbers do.
#[derive(Clone, Copy, PartialEq, Eq)]
struct ShortWord(u64, u64);

impl std::hash::Hash for ShortWord {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        h.write_u64(self.0);
        h.write_u64(self.1);
    }
}

impl ShortWord {
    /// `w` as a [`ShortWord`], when it is short enough.
    fn of(w: &str) -> Option<ShortWord> {
        let b = w.as_bytes();
        match b.len() {
            0..=8 => Some(ShortWord(pack_le(b), 0)),
            9..=16 => Some(ShortWord(pack_le(b), pack_le(&b[8..]))),
            _ => None,
        }
    }
}

/// What a thread knows of the words of one language: every word of every document is
/// looked up here, and most words are short, found by two numbers where a string was
/// hashed a byte at a time and compared with `memcmp` (a seventh of the index's time).
#[derive(Default)]
struct Words {
    short: WordMap<ShortWord, Known>,
    /// Longer words by their bytes, as the readers give them ([`Sink`]).
    long: WordMap<Box<[u8]>, Known>,
}

impl Words {
    /// [`Words::get_mut`] of a word whose first eight bytes are `head` ([`pack_le`]).
    #[inline(always)]
    fn get_packed(&mut self, b: &[u8], head: u64) -> Option<&mut Known> {
        match b.len() {
            0..=8 => self.short.get_mut(&ShortWord(head, 0)),
            9..=16 => self.short.get_mut(&ShortWord(head, pack_le(&b[8..]))),
            _ => self.long.get_mut(b),
        }
    }

    fn get_mut(&mut self, w: &str) -> Option<&mut Known> {
        match ShortWord::of(w) {
            Some(k) => self.short.get_mut(&k),
            None => self.long.get_mut(w.as_bytes()),
        }
    }

    fn insert(&mut self, w: &str, known: Known) -> &mut Known {
        match ShortWord::of(w) {
            Some(k) => self.short.entry(k).or_insert(known),
            None => self.long.entry(w.as_bytes().into()).or_insert(known),
        }
    }

    fn len(&self) -> usize {
        self.short.len() + self.long.len()
    }

    fn clear(&mut self) {
        self.short.clear();
        self.long.clear();
    }
}

/// Each word's stem, per language, as this thread has computed them, and the keys of the
/// document being read as numbers: a dossier's documents share most of their words, and
/// stemming was a tenth of a build's instructions; then hashing and copying each word's key
/// again per occurrence was most of what was left.
struct StemCache {
    fr: (Stemmer, Words),
    en: (Stemmer, Words),
    /// Every key the words have given, by number, shared with the documents read with it
    /// (a new table when the cache starts again, so that theirs stays whole).
    keys: Arc<KeyTable>,
    ids: WordMap<Arc<str>, u32>,
    /// Each key's weighted count in the document being read, negative when it has none;
    /// the first `count` of `touched` are the keys it has, in the order they came. `touched`
    /// is one longer than `weights`, so that [`StemCache::add`] writes a key's number there
    /// every time and counts it only the first (a branch taken at random, where each word
    /// is new to its document about every other time).
    weights: Vec<f32>,
    touched: Vec<u32>,
    count: usize,
    /// The buffer [`for_each_word`] folds words into, kept from one document to the next.
    folded: String,
    /// How many documents this thread has read.
    doc: u32,
    /// What tells this cache's key numbers from those of any other thread's cache, or of
    /// this one before it started again ([`next_generation`]).
    generation: u64,
}

/// A number no [`StemCache`] had before: each thread's cache, and each time one starts
/// again, numbers keys afresh.
fn next_generation() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

impl StemCache {
    fn new() -> StemCache {
        StemCache {
            fr: (Stemmer::create(Algorithm::French), Words::default()),
            en: (Stemmer::create(Algorithm::English), Words::default()),
            keys: Arc::default(),
            ids: WordMap::default(),
            weights: Vec::new(),
            touched: vec![0],
            count: 0,
            folded: String::new(),
            doc: 0,
            generation: next_generation(),
        }
    }

    /// The words read in `lang`.
    fn words(&mut self, lang: Lang) -> &mut Words {
        match lang {
            Lang::Fr => &mut self.fr.1,
            Lang::En => &mut self.en.1,
        }
    }

    /// Starts a document: everything is forgotten first when the cache is full (never within
    /// a document, whose keys are numbers of this cache).
    fn start(&mut self) {
        if self.fr.1.len() > STEM_CACHE_WORDS
            || self.en.1.len() > STEM_CACHE_WORDS
            || read_keys(&self.keys).len() > 4 * STEM_CACHE_WORDS
            || self.doc == u32::MAX
        {
            self.fr.1.clear();
            self.en.1.clear();
            self.keys = Arc::default();
            self.ids.clear();
            self.weights.clear();
            self.touched.truncate(1);
            self.doc = 0;
            self.generation = next_generation();
        }
        self.doc += 1;
        self.count = 0;
    }

    /// The number of `key`, given one if it has none.
    fn intern(&mut self, key: &str) -> u32 {
        if let Some(&id) = self.ids.get(key) {
            return id;
        }
        let key: Arc<str> = key.into();
        let mut keys = self.keys.write().unwrap_or_else(std::sync::PoisonError::into_inner);
        let id = keys.len() as u32;
        keys.push(key.clone());
        drop(keys);
        self.ids.insert(key, id);
        self.weights.push(-1.0);
        self.touched.push(0);
        id
    }

    /// Counts key `id` in the document, `weight` more.
    fn add(&mut self, id: u32, weight: f32) {
        let Some(w) = self.weights.get_mut(id as usize) else { return };
        let first = *w < 0.0;
        // Weights are never negative: the one a key had, or nothing.
        *w = w.max(0.0) + weight;
        if let Some(slot) = self.touched.get_mut(self.count) {
            *slot = id;
        }
        self.count += usize::from(first);
    }

    /// The document's keys with their numbers here and their counts, into `out` (emptied
    /// first), the counts reset for the next one.
    fn take(&mut self, mut out: Vec<(u32, f32)>) -> Vec<(u32, f32)> {
        out.clear();
        out.reserve(self.count);
        for &id in self.touched.iter().take(self.count) {
            if let Some(w) = self.weights.get_mut(id as usize) {
                out.push((id, std::mem::replace(w, -1.0)));
            }
        }
        self.count = 0;
        out
    }
}

/// Lists of a document's keys that the index has read, emptied for the next documents.
type Spare = std::sync::Mutex<Vec<Vec<(u32, f32)>>>;

/// A [`StemCache`]'s keys by number, appended to as it reads and read by the index.
type KeyTable = std::sync::RwLock<Vec<Arc<str>>>;

/// The keys of `table`, whatever a thread that panicked left them as (they are only added to).
fn read_keys(table: &KeyTable) -> std::sync::RwLockReadGuard<'_, Vec<Arc<str>>> {
    table.read().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Key `id` of `table` (empty if it has none: every number a document holds is there).
fn key_at(table: &KeyTable, id: u32) -> Arc<str> {
    read_keys(table).get(id as usize).cloned().unwrap_or_else(|| "".into())
}

thread_local! {
    static STEMS: std::cell::RefCell<StemCache> = std::cell::RefCell::new(StemCache::new());
}

/// A document's keys with their weighted counts (in no order), its length in words, and the
/// words whose stem does not begin them.
struct DocTerms {
    /// Each key's number in the cache of [`DocTerms::generation`], and its count.
    keys: Vec<(u32, f32)>,
    /// The strings of those numbers: read only for a key the index has not met in this
    /// generation, where cloning each key's string for every document that holds it was a
    /// twentieth of the index's time.
    table: Arc<KeyTable>,
    /// The [`StemCache`] generation that numbered the keys.
    generation: u64,
    len: u32,
    exceptions: Vec<(String, String)>,
}

/// The keys of `item`, counted; `spare` holds lists of keys the index has read, to fill
/// again (a list a document, made and dropped, kept the allocator's slow path busy).
fn doc_terms(site: &Site, item: Item, spare: &Spare) -> DocTerms {
    let mut fields: Vec<(std::borrow::Cow<str>, f32)> = Vec::new();
    let mut topics: Vec<&str> = Vec::new();
    let mut lang = site.lang;
    let mut mentioned: &[ActorId] = &[];
    match item {
        Item::Topic(i) => {
            let t = &site.topics[i];
            fields.push((t.title.as_str().into(), 4.0));
            fields.extend(t.aliases.iter().map(|a| (a.as_str().into(), 3.0)));
            fields.push((t.summary.as_str().into(), 2.0));
            fields.extend(paragraph_words(&t.body));
            topics.push(&t.slug);
            mentioned = site.actors.of_doc(DocRef::Topic(TopicId(i)));
        }
        Item::Note(i) => {
            let n = &site.notes[i];
            fields.push((n.title.as_str().into(), 4.0));
            fields.push((n.summary.as_str().into(), 2.0));
            fields.extend(n.author.as_deref().map(|a| (a.into(), 1.5)));
            fields.extend(paragraph_words(&n.body));
            topics.extend(site.note_topics[i].iter().map(|&t| site.topics[t].slug.as_str()));
            mentioned = site.actors.of_doc(DocRef::Note(NoteId(i)));
        }
        Item::Article(i) => {
            let a = &site.articles[i];
            lang = a.lang().unwrap_or(lang);
            fields.reserve(4 + a.body.blocks.len());
            fields.push((a.title.as_str().into(), 4.0));
            fields.push((a.summary.as_str().into(), 2.0));
            fields.extend(a.outlet.as_deref().map(|o| (o.into(), 1.5)));
            fields.extend(a.author.as_deref().map(|o| (o.into(), 1.5)));
            fields.extend(paragraph_words(&a.body));
            topics.extend(site.article_topics[i].iter().map(|(t, _)| site.topics[*t].slug.as_str()));
            mentioned = site.actors.of_doc(DocRef::Article(ArticleId(i)));
        }
        Item::Event(i) => {
            let e = &site.events[i];
            fields.push((e.text.as_str().into(), 4.0));
            topics.extend(e.topics.iter().map(|&t| site.topics[t].slug.as_str()));
        }
        Item::Source(i) => {
            let s = &site.sources[i];
            lang = s.language.as_deref().and_then(Lang::from_code).unwrap_or(lang);
            fields.push((s.title.as_str().into(), 4.0));
            fields.extend(s.outlet.as_deref().map(|o| (o.into(), 1.5)));
            fields.extend(s.author.as_deref().map(|o| (o.into(), 1.5)));
        }
        Item::Actor(i) => {
            let e = &site.actors.list[i];
            fields.push((e.name.as_str().into(), 4.0));
            fields.extend(e.aliases.iter().map(|(a, _)| (a.value.as_str().into(), 3.0)));
            fields.push((e.description.as_str().into(), 2.0));
            fields.extend(paragraph_words(&e.body));
            topics.extend(site.actors.topics[i].iter().map(|t| site.topics[t.topic].slug.as_str()));
        }
    }
    // A document that names an actor is found by every name the actor goes by (`Lukashenko`
    // finds the article that writes `Loukachenko`), weighted as lightly as a word of its text.
    for &a in mentioned {
        fields.extend(site.actors.list[a].names().map(|n| (n.into(), 0.5)));
    }
    STEMS.with_borrow_mut(|cache| {
        cache.start();
        let doc = cache.doc;
        let mut folded = std::mem::take(&mut cache.folded);
        let mut read = DocWords { cache, lang, doc, weight: 0.0, len: 0, name: String::new(), exceptions: Vec::new() };
        for (text, weight) in fields {
            read.weight = weight;
            for_each_word(&text, &mut folded, &mut read);
        }
        let DocWords { cache, len, mut name, exceptions, .. } = read;
        cache.folded = folded;
        for t in topics {
            name.clear();
            name.push('#');
            name.push_str(t);
            let id = cache.intern(&name);
            cache.add(id, 0.0);
        }
        let keys = cache.take(spare.lock().ok().and_then(|mut s| s.pop()).unwrap_or_default());
        DocTerms { keys, table: cache.keys.clone(), generation: cache.generation, len, exceptions }
    })
}

/// One document's words as [`doc_terms`] counts them, read one at a time into the thread's
/// [`StemCache`]: the [`Sink`] of [`for_each_word`], its method forced inline into each place
/// the reader gives a word. As a closure, each of a build's million words was a call whose
/// prologue, epilogue and reloaded captures cost about as much as the lookup it made.
struct DocWords<'c> {
    cache: &'c mut StemCache,
    lang: Lang,
    /// The document's number in the cache ([`StemCache::doc`]).
    doc: u32,
    /// The weight of the field being read.
    weight: f32,
    /// How many words were read.
    len: u32,
    /// Room for a name's key, kept from word to word.
    name: String,
    /// The words whose stem does not begin them, with that stem.
    exceptions: Vec<(String, String)>,
}

impl Sink for DocWords<'_> {
    /// Counts `word` (folded; `capital`: written with one; `head`: its first eight bytes,
    /// [`pack_le`]). What a word met before needs stays here; what a new one needs (its stem,
    /// its name key, an exception to tell) is out of line.
    #[inline(always)]
    fn word(&mut self, word: &[u8], capital: bool, head: u64) {
        self.len += 1;
        let known = match self.cache.words(self.lang).get_packed(word, head) {
            Some(k) => *k,
            None => self.learn(word),
        };
        // Names are matched by their transliteration key too (`Lukashenko`).
        if capital && word.len() >= 4 && !word.iter().all(u8::is_ascii_digit) {
            let id = match known.name {
                Some(id) => id,
                None => self.name_key(word),
            };
            self.cache.add(id, self.weight);
        }
        if known.exception && known.told != self.doc {
            self.tell_exception(word, known.stem);
        }
        self.cache.add(known.stem, self.weight);
    }
}

impl DocWords<'_> {
    /// A word this thread has not read before: stemmed, and kept.
    #[inline(never)]
    fn learn(&mut self, word: &[u8]) -> Known {
        // The readers give ASCII: read as UTF-8 in place, with nothing replaced.
        let word = &*String::from_utf8_lossy(word);
        let cache = &mut *self.cache;
        let stemmer = match self.lang {
            Lang::Fr => &cache.fr.0,
            Lang::En => &cache.en.0,
        };
        let stem = stemmer.stem(word);
        let exception = !word.starts_with(&*stem);
        let stem = cache.intern(&stem);
        let k = Known { stem, name: None, exception, told: 0 };
        cache.words(self.lang).insert(word, k);
        k
    }

    /// The name key of `word` (`~` and its transliteration), made the first time it is read
    /// with a capital.
    #[inline(never)]
    fn name_key(&mut self, word: &[u8]) -> u32 {
        let word = &*String::from_utf8_lossy(word);
        let mut normal = String::new();
        normalise_into(word, &mut normal);
        self.name.clear();
        self.name.push('~');
        self.name.push_str(&normal);
        let id = self.cache.intern(&self.name);
        if let Some(k) = self.cache.words(self.lang).get_mut(word) {
            k.name = Some(id);
        }
        id
    }

    /// Tells, once a document, that `word`'s stem `stem` does not begin it.
    #[inline(never)]
    fn tell_exception(&mut self, word: &[u8], stem: u32) {
        let word = &*String::from_utf8_lossy(word);
        self.exceptions.push((word.to_string(), key_at(&self.cache.keys, stem).to_string()));
        if let Some(k) = self.cache.words(self.lang).get_mut(word) {
            k.told = self.doc;
        }
    }
}

/// A result's meta line: its outlet and author, those it has, joined as the page shows them.
fn outlet_author(outlet: Option<&str>, author: Option<&str>) -> String {
    [outlet, author].into_iter().flatten().collect::<Vec<_>>().join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passages_leave_citation_keys_out() {
        assert_eq!(without_citations("Trois sources [@a; @b, p. 3]. Deux [@c]"), "Trois sources. Deux");
        assert_eq!(without_citations("Rien [@ouvert"), "Rien [@ouvert");
        assert_eq!(without_citations("Voir [1] et [@a]"), "Voir [1] et");
        assert!(matches!(without_citations("Voir [1], [2"), std::borrow::Cow::Borrowed("Voir [1], [2")));
    }

    #[test]
    fn a_document_keeps_the_opening_of_each_paragraph_and_no_more_in_all() {
        let para = "Mot ".repeat(200);
        let long = crate::markdown::render(&vec![para.as_str(); 50].join("\n\n"), 1, crate::markdown::Trust::Editor);
        let kept = passages(&long);
        // The term shards still read every word.
        assert_eq!(
            blocks(&long).iter().map(|(_, t)| t.chars().count()).sum::<usize>(),
            50 * "Mot ".repeat(200).trim_end().len()
        );
        assert!(kept.iter().all(|(_, t)| t.chars().count() <= PASSAGE_CHARS && t.ends_with('…')), "{kept:?}");
        let total: usize = kept.iter().map(|(_, t)| t.chars().count()).sum();
        assert!(total <= DOC_TEXT_CHARS && total > DOC_TEXT_CHARS - PASSAGE_CHARS, "{total}");
        assert_eq!(kept[0].0, "p1");
        let short = crate::markdown::render("Un paragraphe court.\n\nUn autre.", 1, crate::markdown::Trust::Editor);
        assert_eq!(
            passages(&short).iter().map(|(_, t)| t.as_ref()).collect::<Vec<_>>(),
            ["Un paragraphe court.", "Un autre."]
        );
    }

    /// A document's keys by string with their weights (sorted).
    type Weighted = Vec<(String, f32)>;

    /// The words `read` in order into a new document of `cache`: its keys ([`Weighted`]), its
    /// length, and the exceptions it tells.
    fn read_document(cache: &mut StemCache, words: &[(&str, bool)]) -> (Weighted, u32, Vec<(String, String)>) {
        cache.start();
        let doc = cache.doc;
        let mut read =
            DocWords { cache, lang: Lang::En, doc, weight: 1.0, len: 0, name: String::new(), exceptions: Vec::new() };
        for &(w, capital) in words {
            read.word(w.as_bytes(), capital, pack_le(w.as_bytes()));
        }
        let DocWords { cache, len, exceptions, .. } = read;
        let keys = cache.take(Vec::new());
        let table = read_keys(&cache.keys);
        let mut keys: Weighted = keys.iter().map(|&(id, w)| (table[id as usize].to_string(), w)).collect();
        keys.sort_by(|a, b| a.0.cmp(&b.0));
        (keys, len, exceptions)
    }

    #[test]
    fn a_documents_words_count_their_stems_names_and_exceptions() {
        let stemmer = Stemmer::create(Algorithm::English);
        let (happy, paris) = (stemmer.stem("happy").to_string(), stemmer.stem("paris").to_string());
        // The test needs a word whose stem does not begin it, and one whose stem does.
        assert!(!"happy".starts_with(happy.as_str()) && "paris".starts_with(paris.as_str()));
        let name = |w: &str| format!("~{}", crate::chronology::words::normalise_word(w));
        let mut expected = vec![(happy.clone(), 2.0), (name("happy"), 1.0), (paris, 2.0), (name("paris"), 1.0)];
        expected.sort_by(|a, b| a.0.cmp(&b.0));
        let words = [("happy", false), ("happy", true), ("paris", true), ("paris", false)];
        let mut cache = StemCache::new();
        // Read twice: the second time every word is known to the cache (stem, name key and
        // exception kept), and the document still counts and tells the same.
        for _ in 0..2 {
            let (keys, len, exceptions) = read_document(&mut cache, &words);
            assert_eq!(keys, expected);
            assert_eq!(len, 4);
            // Told once a document, however often the word comes.
            assert_eq!(exceptions, [("happy".to_string(), happy.clone())]);
        }
    }

    #[test]
    fn transliterations_of_a_name_share_a_key() {
        use crate::chronology::words::normalise_word;
        assert_eq!(normalise_word("lukashenko"), normalise_word("loukachenko"));
        assert_eq!(normalise_word("putin"), normalise_word("poutine"));
    }

    /// What `assets/search.js` does with a list, in Rust: the numbers back.
    fn read_numbers(list: &str) -> Vec<u32> {
        let mut out = Vec::new();
        let mut n = 0u32;
        for c in list.bytes() {
            let d = DIGITS.iter().position(|&x| x == c).unwrap() as u32;
            n = n * 32 + (d & 31);
            if d < 32 {
                out.push(n);
                n = 0;
            }
        }
        out
    }

    #[test]
    fn a_bucket_gives_back_its_postings() {
        let postings = [(0, 0, 4.0), (70_000, 0, 0.5), (3, 5, 0.0), (u32::MAX, u32::MAX, 1234.5)];
        let mut b = Bucket::default();
        for &(k, d, w) in &postings {
            b.push(k, d, w);
        }
        let mut back = Vec::new();
        b.for_each(|p| back.push(p));
        assert_eq!(back, postings);
    }

    #[test]
    fn varints_read_back_what_was_pushed_one_byte_or_more() {
        let ns = [0, 1, 0x7F, 0x80, 0xFF, 0x3FFF, 0x4000, 1 << 21, (1 << 28) - 1, 1 << 28, u32::MAX - 1, u32::MAX];
        let mut bytes = Vec::new();
        for &n in &ns {
            push_varint(&mut bytes, n);
        }
        assert_eq!(bytes.len(), 3 + 2 * 3 + 3 + 4 * 2 + 5 * 3);
        let mut at = 0;
        let back: Vec<u32> = ns.iter().map(|_| read_varint(&bytes, &mut at)).collect();
        assert_eq!(back, ns);
        assert_eq!(at, bytes.len());
        // Past the end: nothing read, and nothing moved.
        assert_eq!(read_varint(&bytes, &mut at), 0);
        assert_eq!(at, bytes.len());
    }

    #[test]
    fn a_bucket_sorts_its_postings_by_key_rank_then_document() {
        // Keys 7, 2 and 9, whose ranks in byte order are 1, 2 and 0, pushed in document order.
        let pushed = [(7, 0, 1.0), (2, 0, 0.5), (9, 1, 4.0), (7, 3, 2.0), (2, 3, 1.5), (7, 8, 0.0)];
        let mut b = Bucket::default();
        let mut df = vec![0u32; 10];
        for &(k, d, w) in &pushed {
            b.push(k, d, w);
            df[k as usize] += 1;
        }
        let mut rank = vec![0u32; 10];
        (rank[7], rank[2], rank[9]) = (1, 2, 0);
        let keys = [9, 7, 2];
        let mut place = vec![0u32; 10];
        for (i, &k) in keys.iter().enumerate() {
            place[k as usize] = i as u32;
        }
        let mut expected: Vec<Posting> = pushed.iter().map(|&(k, d, w)| (rank[k as usize], d, w)).collect();
        expected.sort_by_key(|p| (p.0, p.1));
        assert_eq!(b.by_key(&keys, &place, &df, &rank), expected);
    }

    #[test]
    fn rounding_is_the_standard_rounding_made_a_u32() {
        let mut xs = vec![0.0, 0.5, 1.5, 2.5, 0.49999999999999994, 4503599627370495.5, 1e300, f64::INFINITY];
        xs.extend([-0.0, -0.4, -0.5, -3.7, f64::NAN, f64::NEG_INFINITY]);
        xs.extend((0..2000).map(|i| f64::from(i) * 0.25 + 1e-9 * f64::from(i % 7)));
        xs.extend((0..64).map(|k| 2f64.powi(k) + 0.5));
        for x in xs {
            assert_eq!(round_non_negative(x) as u32, x.round() as u32, "{x}");
            if (0.0..1e18).contains(&x) {
                assert_eq!(round_non_negative(x), x.round(), "{x}");
            }
        }
    }

    #[test]
    fn postings_numbers_come_back_whole() {
        let numbers = [0, 1, 9, 31, 32, 33, 1023, 1024, 65_535, 1 << 20, u32::MAX];
        let mut list = String::new();
        numbers.iter().for_each(|&n| push_number(&mut list, n));
        assert_eq!(read_numbers(&list), numbers);
        // Small numbers take one character; nothing needs escaping in JSON.
        assert_eq!(list.chars().take(4).collect::<String>(), "019V");
        assert_eq!(serde_json::to_string(&list).unwrap().len(), list.len() + 2);
        assert_eq!(DIGITS.iter().collect::<std::collections::HashSet<_>>().len(), 64);
    }

    #[test]
    fn shards_follow_the_first_three_letters() {
        assert_eq!(shard_of("ukraine", 64), shard_of("ukrain", 64));
        assert!(shard_of("x", 8) < 8);
    }

    /// The term shards are the same bytes whether one thread reads every document or
    /// several do, each numbering keys in its own cache, and however often a cache starts
    /// again.
    #[test]
    fn term_shards_do_not_depend_on_the_threads_that_read_them() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let (_, pages, _) = crate::prepare_cached(root, &mut crate::BuildCache::default()).expect("the example site");
        let site = pages.site();
        let plan = Plan::new(site);
        let pool = |n| rayon::ThreadPoolBuilder::new().num_threads(n).build().expect("a pool");
        let one = pool(1).install(|| plan.terms(site));
        assert!(one.iter().any(|t| t.len() > 20), "the example has terms");
        for _ in 0..3 {
            assert!(pool(4).install(|| plan.terms(site)) == one);
        }
        // Every thread's cache started again: new numbers for the same keys.
        let again = pool(3).install(|| {
            rayon::broadcast(|_| STEMS.with_borrow_mut(|c| c.doc = u32::MAX));
            plan.terms(site)
        });
        assert!(again == one);
    }
}

#[cfg(test)]
mod timing {
    /// The term shards' time on a large site, alone (a build makes them beside the pages):
    /// `BRIEFING_SEARCH_ROOT=<site> RAYON_NUM_THREADS=1 cargo test --release search_terms_timing
    /// -- --ignored --nocapture` (`BRIEFING_SEARCH_RUNS`, 3 if unset).
    #[test]
    #[ignore]
    fn search_terms_timing() {
        // Run only by hand (`--ignored`): without a site it must say so, not pass in silence.
        let root = std::env::var_os("BRIEFING_SEARCH_ROOT").expect("BRIEFING_SEARCH_ROOT names the site to time");
        let (_, pages, _) =
            crate::prepare_cached(std::path::Path::new(&root), &mut crate::BuildCache::default()).expect("the site");
        let site = pages.site();
        let plan = super::Plan::new(site);
        let runs: usize = std::env::var("BRIEFING_SEARCH_RUNS").ok().and_then(|r| r.parse().ok()).unwrap_or(3);
        for _ in 0..runs {
            let t = std::time::Instant::now();
            let out = plan.terms(site);
            let bytes: usize = out.iter().map(Vec::len).sum();
            eprintln!("terms: wall {:?}, {bytes} bytes", t.elapsed());
        }
    }
}
