//! `search-index.js`: what the search page matches from `file://`, where a browser refuses
//! to fetch the index under `search/` but still runs a script. An entry per topic, note,
//! source and actor (title, summary, outlet, author, aliases), so it grows with the dossier:
//! past [`PART_BYTES`] it only names its parts (`window.BRIEFING_SEARCH_PARTS = [...]`),
//! each `search-index-<k>.js` calling `window.BRIEFING_SEARCH_PART(k, [...])` with the
//! next run of entries, which `assets/search.js` loads by inserting `<script>` elements only
//! when the fallback is needed. Put back in order, the parts are the one list a small site
//! writes whole, entry for entry.

use super::super::i18n;
use super::super::urls::{actor_path, source_path};
use crate::site::Site;
use crate::sources::SourceKind;
use serde::Serialize;

/// The most bytes a part holds, about (each entry is estimated from its fields' lengths, see
/// [`estimate`]); a site whose entries fit in this much writes `search-index.js` whole, as
/// before parts existed.
pub const PART_BYTES: usize = 200_000;

/// The fallback index's plan: where each part starts, when there are parts.
pub struct Fallback {
    /// The first entry of each part; empty when `search-index.js` holds every entry.
    starts: Vec<usize>,
    /// How many entries.
    entries: usize,
}

/// One entry, as `search-index.js` has always written it: fields in alphabetical order (as
/// the `json!` objects of earlier builds wrote them); `d` and `o` are absent from the kinds
/// that never have them, and null when unknown.
#[derive(Serialize)]
struct Doc<'a> {
    a: Option<std::borrow::Cow<'a, str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    d: Option<Option<String>>,
    k: &'a str,
    // The language of the title and summary, when not the site's (for their `lang`).
    #[serde(skip_serializing_if = "Option::is_none")]
    l: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    o: Option<Option<&'a str>>,
    s: &'a str,
    t: &'a str,
    u: String,
}

/// What entry `i` is: the topics, then the notes, the sources and the actors, in the site's
/// order.
#[derive(Clone, Copy)]
enum Entry {
    Topic(usize),
    Note(usize),
    Source(usize),
    Actor(usize),
}

fn entry_at(site: &Site, mut i: usize) -> Option<Entry> {
    for (len, make) in [
        (site.topics.len(), Entry::Topic as fn(usize) -> Entry),
        (site.notes.len(), Entry::Note),
        (site.sources.len(), Entry::Source),
        (site.actors.len(), Entry::Actor),
    ] {
        if i < len {
            return Some(make(i));
        }
        i -= len;
    }
    None
}

fn entry_count(site: &Site) -> usize {
    site.topics.len() + site.notes.len() + site.sources.len() + site.actors.len()
}

/// An entry's bytes, about: its texts, and a hundred for its names, quotes, date and kind
/// (a long date and a kind's label are under forty). Escapes are left out: serde_json
/// writes non-ASCII as it is, and a quote or backslash is rare in a title.
fn estimate(site: &Site, e: Entry) -> usize {
    const FIXED: usize = 100;
    let len = |s: Option<&str>| s.map_or(0, str::len);
    FIXED
        + match e {
            Entry::Topic(i) => {
                let t = &site.topics[i];
                t.title.len() + t.summary.len() + t.slug.len() + t.aliases.iter().map(|a| a.len() + 1).sum::<usize>()
            }
            Entry::Note(i) => {
                let n = &site.notes[i];
                n.title.len() + n.summary.len() + n.slug.len() + len(n.author.as_deref())
            }
            Entry::Source(i) => {
                let s = &site.sources[i];
                let summary = match s.kind {
                    SourceKind::Article(a) => site.articles[a].summary.len(),
                    SourceKind::Cited(..) => 0,
                };
                // Its link: an article's page, or the sources page's anchor (its key).
                s.title.len() + summary + len(s.author.as_deref()) + len(s.outlet.as_deref()) + 2 * s.key.len() + 30
            }
            Entry::Actor(i) => {
                let e = &site.actors.list[i];
                e.name.len()
                    + e.description.len()
                    + e.slug.len()
                    + e.aliases.iter().map(|(a, _)| a.value.len() + 1).sum::<usize>()
            }
        }
}

impl Fallback {
    /// Cuts `site`'s entries into parts of about [`PART_BYTES`], or none when they all fit in
    /// one.
    pub fn new(site: &Site) -> Fallback {
        let entries = entry_count(site);
        let mut starts = vec![0];
        let mut size = 0;
        for i in 0..entries {
            let Some(e) = entry_at(site, i) else { break };
            let n = estimate(site, e);
            if size > 0 && size + n > PART_BYTES {
                starts.push(i);
                size = 0;
            }
            size += n;
        }
        if starts.len() == 1 {
            starts.clear();
        }
        Fallback { starts, entries }
    }

    /// The parts' files, numbered from 1 (none when `search-index.js` is whole).
    pub fn files(&self) -> Vec<(String, usize)> {
        (1..=self.starts.len()).map(|k| (part_name(k), k)).collect()
    }

    /// `search-index.js`: every entry, or the names of the parts.
    pub fn script(&self, site: &Site) -> Vec<u8> {
        if self.starts.is_empty() {
            return wrapped(site, 0..self.entries, b"window.BRIEFING_SEARCH = ", b";\n");
        }
        let names: Vec<String> = self.files().into_iter().map(|(name, _)| name).collect();
        let mut out = b"window.BRIEFING_SEARCH_PARTS = ".to_vec();
        out.extend(serde_json::to_vec(&names).unwrap_or_else(|_| b"[]".to_vec()));
        out.extend_from_slice(b";\n");
        out
    }

    /// Part `k` (from 1): its entries, handed to the page's callback with its number.
    pub fn part(&self, site: &Site, k: usize) -> Vec<u8> {
        let start = self.starts.get(k.wrapping_sub(1)).copied().unwrap_or(self.entries);
        let end = self.starts.get(k).copied().unwrap_or(self.entries);
        let head = format!("window.BRIEFING_SEARCH_PART({k}, ");
        wrapped(site, start..end, head.as_bytes(), b");\n")
    }
}

/// The file name of part `k`.
fn part_name(k: usize) -> String {
    format!("search-index-{k}.js")
}

/// Entries `range` as a JSON list between `head` and `tail`.
fn wrapped(site: &Site, range: std::ops::Range<usize>, head: &[u8], tail: &[u8]) -> Vec<u8> {
    struct List<'a> {
        site: &'a Site,
        range: std::ops::Range<usize>,
    }
    impl Serialize for List<'_> {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_seq(self.range.clone().filter_map(|i| doc(self.site, entry_at(self.site, i)?)))
        }
    }
    // Written once, into a buffer of the entries' estimated size (a part is cut at
    // [`PART_BYTES`] of estimates, so that a buffer never grows with the dossier), then
    // shrunk to its bytes. Measuring the list first (serialising it twice) was half of
    // writing it, and only kept a 43 MB file in bounds when the whole index was one file.
    let estimated: usize = range.clone().filter_map(|i| entry_at(site, i)).map(|e| estimate(site, e)).sum();
    let list = List { site, range };
    let mut out = Vec::with_capacity(head.len() + estimated + 2 + tail.len());
    out.extend_from_slice(head);
    if serde_json::to_writer(&mut out, &list).is_err() {
        out.truncate(head.len());
        out.extend_from_slice(b"[]");
    }
    out.extend_from_slice(tail);
    out.shrink_to_fit();
    out
}

/// Entry `e`'s fields.
fn doc(site: &Site, e: Entry) -> Option<Doc<'_>> {
    let lang = site.lang;
    let kind = |k: &'static str| i18n::get(lang, k).unwrap_or(k);
    Some(match e {
        Entry::Topic(i) => {
            let t = site.topics.get(i)?;
            Doc {
                a: Some(t.aliases.join(" ").into()),
                d: None,
                k: kind("topic"),
                l: None,
                o: None,
                s: &t.summary,
                t: &t.title,
                u: format!("topics/{}.html", t.slug),
            }
        }
        Entry::Note(i) => {
            let n = site.notes.get(i)?;
            Doc {
                a: n.author.as_deref().map(Into::into),
                d: Some(n.date.map(|d| d.long(lang))),
                k: kind("notes"),
                l: None,
                o: None,
                s: &n.summary,
                t: &n.title,
                u: format!("notes/{}.html", n.slug),
            }
        }
        Entry::Source(i) => {
            let s = site.sources.get(i)?;
            let (k, summary) = match s.kind {
                SourceKind::Article(a) => (kind("article"), site.articles[a].summary.as_str()),
                SourceKind::Cited(..) => (kind("source_kind_cited"), ""),
            };
            Doc {
                a: s.author.as_deref().map(Into::into),
                d: Some(s.date.map(|d| d.long(lang))),
                k,
                l: s.language.as_deref().filter(|&l| !l.is_empty() && l != lang.code()),
                o: Some(s.outlet.as_deref()),
                s: summary,
                t: &s.title,
                u: source_path(site, s),
            }
        }
        Entry::Actor(i) => {
            let e = site.actors.list.get(i)?;
            Doc {
                a: Some(e.aliases.iter().map(|(a, _)| a.value.as_str()).collect::<Vec<_>>().join(" ").into()),
                d: None,
                k: kind("search_kind_actor"),
                l: None,
                o: None,
                s: &e.description,
                t: &e.name,
                u: actor_path(site, crate::doc::ActorId(i)),
            }
        }
    })
}
