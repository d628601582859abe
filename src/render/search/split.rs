//! Keeps every term shard under [`FILE_BYTES`], however large the dossier: a key's postings
//! grow with the number of documents that hold it (a word in every article, a topic of
//! thousands), and a shard with several such keys grew with them (147 KB at 10,000 articles,
//! about 1.5 MB at 100,000).
//!
//! A list longer than [`PIECE_CHARS`] is cut, between two postings, into pieces of at most
//! that many characters; its shard keeps the first (in `p`, where every key is, so that the
//! script still finds the keys that begin a typed word) and the numbers of the shards that
//! hold the others, in order (`s`: key → `[shard, …]`). A shard still over the bound gives
//! its longest first pieces away too (its `p` then keeps an empty list). Each piece given
//! away goes to the shard with the fewest bytes so far (the lowest number among equals),
//! which keeps it in `c`: key → its pieces held there, in order. The script joins the pieces
//! back into the one list, character for character (the numbers are gaps from the document
//! before, which the cut leaves as they were), so that scores and ranking are unchanged. A
//! shard that neither gives nor holds a piece is written as before (`{"p":…,"w":…}`).

use serde::Serialize;
use std::sync::Arc;

/// The most bytes a term shard holds (the placement's aim; a shard of keys and no postings
/// could exceed it only with tens of thousands of keys sharing their first three letters).
pub const FILE_BYTES: usize = 64 * 1024;

/// The most characters of one piece of a long postings list: a word in every one of 100,000
/// documents (about 300,000 characters) is then about twenty files of a few KB fetched for
/// that word only.
pub const PIECE_CHARS: usize = 16 * 1024;

/// One term shard's keys before they are packed.
pub struct Lists {
    /// Each key, in byte order, with its postings list.
    pub keys: Vec<(Arc<str>, String)>,
    /// Each word whose stem does not begin it, and its stem, sorted by word.
    pub words: Vec<(String, String)>,
}

/// A term shard as written: `c`, `s` absent when empty (every shard of a small dossier).
#[derive(Serialize)]
struct Shard {
    #[serde(skip_serializing_if = "Vec::is_empty", serialize_with = "as_map")]
    c: Vec<(Arc<str>, Vec<String>)>,
    #[serde(serialize_with = "as_map")]
    p: Vec<(Arc<str>, String)>,
    #[serde(skip_serializing_if = "Vec::is_empty", serialize_with = "as_map")]
    s: Vec<(Arc<str>, Vec<u32>)>,
    #[serde(serialize_with = "as_map")]
    w: Vec<(String, String)>,
}

fn as_map<K: Serialize, V: Serialize, S: serde::Serializer>(pairs: &[(K, V)], s: S) -> Result<S::Ok, S::Error> {
    s.collect_map(pairs.iter().map(|(k, v)| (k, v)))
}

/// The bytes `key` and `value` add to a JSON object: quotes, colon and comma.
fn entry_bytes(key: &str, value: usize) -> usize {
    key.len() + value + 6
}

/// Where a list is cut: after at most [`PIECE_CHARS`] characters, and after a posting's
/// second number (a character from the first half of the digits ends a number).
fn cuts(list: &str) -> Vec<usize> {
    let mut out = Vec::new();
    if list.len() <= PIECE_CHARS {
        return out;
    }
    let (mut start, mut ends, mut last_pair) = (0, 0usize, 0);
    for (i, &b) in list.as_bytes().iter().enumerate() {
        // The ending digits are `0`-`9` and `A`-`V` ([`super::DIGITS`]).
        if b.is_ascii_digit() || (b'A'..=b'V').contains(&b) {
            ends += 1;
            if ends % 2 == 0 {
                if i + 1 - start > PIECE_CHARS && last_pair > start {
                    out.push(last_pair);
                    start = last_pair;
                }
                last_pair = i + 1;
            }
        }
    }
    out
}

/// Every term shard's bytes, in shard order, each under [`FILE_BYTES`] (see the module).
pub fn pack(shards: Vec<Lists>) -> Vec<Vec<u8>> {
    let mut out: Vec<Shard> = Vec::with_capacity(shards.len());
    // Pieces given away, in shard, key and piece order: (home shard, index of the key in
    // its `p`, piece).
    let mut away: Vec<(usize, usize, String)> = Vec::new();
    let mut sizes: Vec<usize> = Vec::with_capacity(shards.len());
    for (n, Lists { keys, words }) in shards.into_iter().enumerate() {
        let mut size = 20 + words.iter().map(|(w, s)| entry_bytes(w, s.len() + 2)).sum::<usize>();
        let mut p: Vec<(Arc<str>, String)> = Vec::with_capacity(keys.len());
        let mut given: Vec<Vec<String>> = Vec::with_capacity(keys.len());
        for (key, mut list) in keys {
            let mut pieces = Vec::new();
            for at in cuts(&list).into_iter().rev() {
                pieces.push(list.split_off(at));
            }
            pieces.reverse();
            // Its list, and the shard numbers of its pieces in `s`.
            size += entry_bytes(&key, list.len() + 2);
            if !pieces.is_empty() {
                size += entry_bytes(&key, 2 + 6 * pieces.len());
            }
            p.push((key, list));
            given.push(pieces);
        }
        // Still too large: the longest first pieces go too (the earlier key among equals).
        if size > FILE_BYTES {
            let mut longest: Vec<usize> = (0..p.len()).collect();
            longest.sort_by(|&a, &b| p[b].1.len().cmp(&p[a].1.len()).then(a.cmp(&b)));
            for i in longest {
                if size <= FILE_BYTES || p[i].1.is_empty() {
                    break;
                }
                size -= p[i].1.len();
                let head = std::mem::take(&mut p[i].1);
                given[i].insert(0, head);
                size += 12;
            }
        }
        for (i, pieces) in given.into_iter().enumerate() {
            away.extend(pieces.into_iter().map(|x| (n, i, x)));
        }
        sizes.push(size);
        out.push(Shard { c: Vec::new(), p, s: Vec::new(), w: words });
    }
    place(&mut out, &mut sizes, away);
    use rayon::prelude::*;
    out.into_par_iter().map(|shard| serde_json::to_vec(&shard).unwrap_or_default()).collect()
}

/// Gives each piece to the shard with the fewest bytes so far, noting it in its home
/// shard's `s` and the holder's `c`.
fn place(out: &mut [Shard], sizes: &mut [usize], away: Vec<(usize, usize, String)>) {
    use std::cmp::Reverse;
    if away.is_empty() || out.is_empty() {
        return;
    }
    let mut least: std::collections::BinaryHeap<Reverse<(usize, usize)>> =
        sizes.iter().enumerate().map(|(n, &s)| Reverse((s, n))).collect();
    for (home, i, piece) in away {
        let Some(Reverse((size, holder))) = least.pop() else { return };
        let key = out[home].p[i].0.clone();
        let added = entry_bytes(&key, piece.len() + 4);
        sizes[holder] = size + added;
        least.push(Reverse((sizes[holder], holder)));
        match out[home].s.last_mut() {
            Some((k, at)) if *k == key => at.push(holder as u32),
            _ => out[home].s.push((key.clone(), vec![holder as u32])),
        }
        out[holder].c.push((key, vec![piece]));
    }
    // A shard's `c` in byte order of keys, each key's pieces in their order (the sort is
    // stable, and pieces were placed in order), merged into one entry per key.
    for shard in out.iter_mut() {
        if shard.c.is_empty() {
            continue;
        }
        shard.c.sort_by(|a, b| a.0.cmp(&b.0));
        let mut merged: Vec<(Arc<str>, Vec<String>)> = Vec::with_capacity(shard.c.len());
        for (k, pieces) in std::mem::take(&mut shard.c) {
            match merged.last_mut() {
                Some((last, held)) if *last == k => held.extend(pieces),
                _ => merged.push((k, pieces)),
            }
        }
        shard.c = merged;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pieces of a list joined back, as `assets/search.js` does from the shards' JSON.
    fn joined(files: &[serde_json::Value], home: usize, key: &str) -> String {
        let shard = &files[home];
        let mut list = shard["p"][key].as_str().unwrap().to_string();
        let mut taken: std::collections::HashMap<u64, usize> = Default::default();
        for holder in shard["s"][key].as_array().into_iter().flatten() {
            let h = holder.as_u64().unwrap();
            let at = taken.entry(h).or_default();
            list.push_str(files[h as usize]["c"][key][*at].as_str().unwrap());
            *at += 1;
        }
        list
    }

    fn numbers(n: usize, seed: u32) -> String {
        let mut list = String::new();
        for i in 0..n as u32 {
            super::super::push_number(&mut list, 1 + (i * seed) % 40);
            super::super::push_number(&mut list, (i * 7919 + seed) % 3000);
        }
        list
    }

    #[test]
    fn the_ending_digits_are_those_cuts_looks_for() {
        for (i, &d) in super::super::DIGITS.iter().enumerate() {
            assert_eq!(i < 32, d.is_ascii_digit() || (b'A'..=b'V').contains(&d), "{}", d as char);
        }
    }

    #[test]
    fn long_lists_are_cut_between_postings_and_joined_back_whole() {
        let lists: Vec<Vec<(Arc<str>, String)>> = vec![
            vec![("aaa".into(), numbers(20_000, 3)), ("aab".into(), numbers(9_000, 5)), ("aac".into(), "12".into())],
            vec![],
            (0..40).map(|k| (format!("b{k:02}").into(), numbers(2_000, k))).collect(),
            vec![("c".into(), numbers(10, 1))],
        ];
        // Room for the pieces given away: shards of no key, as a large dossier has many of.
        let lists: Vec<_> = lists.into_iter().chain(std::iter::repeat_n(vec![], 28)).collect();
        let shards = lists
            .iter()
            .map(|keys| Lists { keys: keys.clone(), words: vec![("happy".into(), "happi".into())] })
            .collect();
        let files: Vec<serde_json::Value> = pack(shards).iter().map(|b| serde_json::from_slice(b).unwrap()).collect();
        for (home, keys) in lists.iter().enumerate() {
            for (key, list) in keys {
                assert_eq!(&joined(&files, home, key), list, "{key}");
            }
        }
        for f in &files {
            assert!(serde_json::to_vec(f).unwrap().len() <= FILE_BYTES, "{}", serde_json::to_vec(f).unwrap().len());
        }
        assert!(files[0]["s"]["aaa"].as_array().is_some_and(|s| s.len() >= 3), "{}", files[0]["s"]);
        // A shard that gives and holds nothing is written as before.
        for f in files.iter().filter(|f| f.get("s").is_none() && f.get("c").is_none()) {
            assert_eq!(f.as_object().unwrap().keys().collect::<Vec<_>>(), ["p", "w"]);
        }
        for piece in cuts(&numbers(20_000, 3)).windows(2) {
            assert!(piece[1] - piece[0] <= PIECE_CHARS);
        }
    }
}
