//! The files that are not pages: the JSON and script exports other tools and the search
//! page read. Serialised straight from typed structs borrowing the site (no `serde_json::Value`
//! trees), into the bytes the writer takes. The Atom feed and the sitemap are templates
//! (`feed.xml`, `sitemap.xml`).

use super::chronology_files::{self, Part};
use super::i18n;
use super::urls::{doc_path, is_decimal, source_path, EventPages};
use crate::fast_hash::FastMap;
use crate::site::Site;
use crate::sources::SourceKind;
use crate::text::escape_html;
use serde::Serialize;

/// `value` as pretty JSON and a final line break.
fn pretty<T: Serialize>(value: &T) -> Vec<u8> {
    let mut out = serde_json::to_vec_pretty(value).unwrap_or_default();
    out.push(b'\n');
    out
}

/// `value` as compact JSON and a final line break: the parts of a long export, which only
/// programs read.
fn compact<T: Serialize>(value: &T) -> Vec<u8> {
    let mut out = serde_json::to_vec(value).unwrap_or_default();
    out.push(b'\n');
    out
}

/// A sequence serialised straight from an iterator, without collecting it first (once: a
/// second serialisation writes an empty list).
struct Seq<'a, T>(std::cell::Cell<Option<Box<dyn Iterator<Item = T> + 'a>>>);

impl<T: Serialize> Serialize for Seq<'_, T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0.take() {
            Some(items) => s.collect_seq(items),
            None => s.collect_seq(std::iter::empty::<T>()),
        }
    }
}

fn seq<'a, T>(items: impl Iterator<Item = T> + 'a) -> Seq<'a, T> {
    Seq(std::cell::Cell::new(Some(Box::new(items))))
}

/// How many sources one `sources.json` file lists; past that, `sources.json` names its parts.
pub const SOURCES_PER_FILE: usize = 5000;

/// How many events `timeline.json` carries: TimelineJS shows one slide per event, and a
/// slide show of a hundred thousand extracted events is neither usable nor small.
pub const TIMELINE_EVENTS: usize = 500;

// Typed and borrowed rather than built as `json!` values. An event is an array, `[text,
// mentions, value, rare]`, its last elements left out when absent (`value` null when only
// `rare` follows): most of a large dossier's events are `[text, mentions]`, and the two key
// names, written on each of hundreds of thousands, were an eighth of a part's bytes. `rare`
// is an object of the fields few events have, by name, in alphabetical order: `conflicts`,
// `curated`, `id`, `sentences`, `sources`, `topics`, each left out when empty. Nothing is
// written that another field says (README, "Bounded files", has the rules a reader applies):
// no date as the site writes it, no `grain`, `start` or `end` (`value`'s shape gives them),
// no `id` that the event's place in its file gives, no `sources` that its mentions give, no
// `value` that the event before it gives, and `curated` only on the editors' events.
struct Ev<'a> {
    text: &'a str,
    mentions: Vec<MentionOut<'a>>,
    /// Absent when it is the value of the event before it in the same file: a part lists its
    /// events in date order, so most share their day with the one before (a day's date
    /// written once, as the chronology page writes it once over that day's entries).
    value: Option<String>,
    rare: Rare<'a>,
}

impl Serialize for Ev<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let rare = !self.rare.is_empty();
        let len = if rare {
            4
        } else if self.value.is_some() {
            3
        } else {
            2
        };
        let mut seq = s.serialize_seq(Some(len))?;
        seq.serialize_element(self.text)?;
        seq.serialize_element(&self.mentions)?;
        if len > 2 {
            seq.serialize_element(&self.value)?;
        }
        if rare {
            seq.serialize_element(&self.rare)?;
        }
        seq.end()
    }
}

/// The fields few events have: the editors' events, disputed dates, reports whose sentences
/// differ.
#[derive(Serialize)]
struct Rare<'a> {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    conflicts: Vec<Conflict<'a>>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    curated: bool,
    /// Absent when it is `e<n>`, `n` the event's number in the whole chronology (its file's
    /// `first` plus its index there).
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    /// The distinct sentences of the reports, each once, when they are not all `text`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    sentences: Vec<&'a str>,
    /// Absent when they are the mentions' articles, each once, in the order first mentioned.
    #[serde(skip_serializing_if = "Option::is_none")]
    sources: Option<Vec<&'a str>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    topics: Vec<&'a str>,
}

impl Rare<'_> {
    fn is_empty(&self) -> bool {
        self.conflicts.is_empty()
            && !self.curated
            && self.id.is_none()
            && self.sentences.is_empty()
            && self.sources.is_none()
            && self.topics.is_empty()
    }
}

// A mention does not repeat its sentence: it points into the event's `sentences` (absent,
// with them, when its sentence is the event's `text`); nor its date, when it is the event's
// `value` (nearly always: a report joins an event of its own date). It is written as an
// array, `[article, block, expression]`, then `value` and `sentence` when it has them (`value`
// null when only `sentence` is there): the three names were a fifth of a part's bytes,
// written on every one of hundreds of thousands of mentions.
struct MentionOut<'a> {
    article: &'a str,
    /// The paragraph's anchor: the mention is at `articles/<article>.html#<block>`, which
    /// every mention would otherwise spell out in full.
    block: &'a str,
    expression: &'a str,
    sentence: Option<usize>,
    value: Option<String>,
}

impl Serialize for MentionOut<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let len = if self.sentence.is_some() {
            5
        } else if self.value.is_some() {
            4
        } else {
            3
        };
        let mut seq = s.serialize_seq(Some(len))?;
        seq.serialize_element(self.article)?;
        seq.serialize_element(self.block)?;
        seq.serialize_element(self.expression)?;
        if len > 3 {
            seq.serialize_element(&self.value)?;
        }
        if let Some(n) = self.sentence {
            seq.serialize_element(&n)?;
        }
        seq.end()
    }
}

#[derive(Serialize)]
struct Conflict<'a> {
    event: &'a str,
    value: String,
}

/// Event `ei`; `first`, the number of the first event of a file whose events follow each
/// other in the chronology (`None`: they do not, and every `id` is written).
fn event_out<'s>(site: &'s Site, pages: Option<&'s EventPages>, ei: usize, first: Option<(usize, usize)>) -> Ev<'s> {
    event_out_in(site, pages, ei, first, &mut Spare::default())
}

/// The lists of an [`Ev`] written already, emptied, for the next event of the same file
/// ([`event_out_in`]): made anew for each event, they were three allocations and three
/// frees an event of every part of the chronology.
#[derive(Default)]
struct Spare<'s> {
    mentions: Vec<MentionOut<'s>>,
    sentences: Vec<&'s str>,
    topics: Vec<&'s str>,
}

impl<'s> Spare<'s> {
    /// Takes back the lists of `ev`, emptied.
    fn keep(&mut self, ev: Ev<'s>) {
        let Ev { mut mentions, rare: Rare { mut sentences, mut topics, .. }, .. } = ev;
        mentions.clear();
        sentences.clear();
        topics.clear();
        *self = Spare { mentions, sentences, topics };
    }
}

/// [`event_out`], its lists taken from `spare` (empty) rather than made.
fn event_out_in<'s>(
    site: &'s Site,
    pages: Option<&'s EventPages>,
    ei: usize,
    first: Option<(usize, usize)>,
    spare: &mut Spare<'s>,
) -> Ev<'s> {
    let e = &site.events[ei];
    // Made only when written or compared: most events share their span with the event
    // before them, and their mentions with them, and its text was most of an event's cost.
    let value = std::cell::OnceCell::new();
    let value_of = || value.get_or_init(|| e.span.iso()).as_str();
    // At its largest size at once: grown from empty, it was a tenth of an event's cost.
    let mut sentences: Vec<&str> = std::mem::take(&mut spare.sentences);
    sentences.clear();
    sentences.reserve(e.mentions.len());
    // A much-reported event's sentences are found by hash: looked for along the list, they
    // made its export quadratic in its reports.
    let mut numbers: FastMap<&str, usize> = FastMap::default();
    let many = e.mentions.len() > 16;
    let mut mentions = std::mem::take(&mut spare.mentions);
    mentions.clear();
    mentions.reserve(e.mentions.len());
    for m in &e.mentions {
        let found =
            if many { numbers.get(&*m.sentence).copied() } else { sentences.iter().position(|&k| k == &*m.sentence) };
        let sentence = match found {
            Some(i) => i,
            None => {
                if many {
                    numbers.insert(&m.sentence, sentences.len());
                }
                sentences.push(&m.sentence);
                sentences.len() - 1
            }
        };
        let slug = match pages {
            Some(p) => p.article_slug(site, m.article),
            None => site.articles[m.article].slug.as_str(),
        };
        mentions.push(MentionOut {
            article: slug,
            block: &m.block,
            expression: &m.expression,
            sentence: Some(sentence),
            // The same span writes the same value: no string made to find that out.
            value: (m.span != e.span).then(|| m.span.iso()).filter(|v| v != value_of()),
        });
    }
    if sentences.iter().all(|&k| k == e.text) {
        sentences.clear();
        mentions.iter_mut().for_each(|m| m.sentence = None);
    }
    // The event before it in the same file, when the file's events follow each other.
    let same_as_before = first.is_some_and(|(_, at)| {
        ei > at && {
            let before = &site.events[ei - 1].span;
            *before == e.span || before.iso() == value_of()
        }
    });
    let sources = (!sources_are_mentions_by_id(pages, e, many).unwrap_or_else(|| {
        let key = |s: crate::doc::SourceId| site.sources[s].key.as_str();
        sources_are_mentions(e, many, |i| key(site.article_sources[e.mentions[i].article]), |j| key(e.sources[j]))
    }))
    .then(|| e.sources.iter().map(|&s| site.sources[s].key.as_str()).collect());
    // Compared, not assumed: the id is the chronology's to make, and a lossless file must
    // not depend on how it makes them.
    let derived = first.is_some_and(|(n, at)| e.id.strip_prefix('e').is_some_and(|d| is_decimal(d, n + ei - at)));
    Ev {
        text: &e.text,
        mentions,
        value: if same_as_before {
            None
        } else {
            value.get_or_init(|| e.span.iso());
            value.into_inner()
        },
        rare: Rare {
            conflicts: e.conflicts().iter().map(|c| Conflict { event: &c.other, value: c.span.iso() }).collect(),
            curated: e.curated,
            id: (!derived).then_some(&*e.id),
            sentences,
            sources,
            topics: {
                let mut topics = std::mem::take(&mut spare.topics);
                topics.clear();
                topics.extend(e.topics.iter().map(|&t| site.topics[t].slug.as_str()));
                topics
            },
        },
    }
}

/// [`sources_are_mentions`] with sources told apart by number ([`EventPages::article_key`]):
/// each a slot read beside the mention's slug rather than its key, three pointers away in
/// the site. `None` when some key must be compared as text.
fn sources_are_mentions_by_id(pages: Option<&EventPages>, e: &crate::chronology::Event, many: bool) -> Option<bool> {
    let p = pages?;
    // Every number is checked first (the slots read are read again below, from the cache):
    // a key without one anywhere makes the whole comparison textual.
    let numbered = e.mentions.iter().all(|m| p.article_key(m.article).is_some())
        && e.sources.iter().all(|&s| p.source_key(s).is_some());
    if !numbered {
        return None;
    }
    let mention = |i: usize| p.article_key(e.mentions[i].article).unwrap_or(u32::MAX);
    let source = |j: usize| p.source_key(e.sources[j]).unwrap_or(u32::MAX);
    Some(sources_are_mentions(e, many, mention, source))
}

/// Whether `e`'s sources are its mentions' sources, each once, in the order first mentioned
/// (by key: `mention_key` of the `i`th mention, `source_key` of the `j`th source): its
/// export then leaves them out. Compared as they come, with no list made of either; by hash
/// past `many` mentions.
fn sources_are_mentions<K: Eq + std::hash::Hash + Copy>(
    e: &crate::chronology::Event,
    many: bool,
    mention_key: impl Fn(usize) -> K,
    source_key: impl Fn(usize) -> K,
) -> bool {
    let mut seen: FastMap<K, ()> = FastMap::default();
    // The sources matched so far: `e.sources[..n]`.
    let mut n = 0;
    for i in 0..e.mentions.len() {
        let k = mention_key(i);
        let new = if many { seen.insert(k, ()).is_none() } else { !(0..n).any(|j| source_key(j) == k) };
        if new {
            if n >= e.sources.len() || source_key(n) != k {
                return false;
            }
            n += 1;
        }
    }
    n == e.sources.len()
}

/// `chronology.json`: every event while the chronology is one page; once it is split, the
/// editors' events and the list of its parts (`chronology-2022-03.json`, one per page of the
/// chronology, each with at most [`chronology_files::PAGE_EVENTS`] events of the same shape).
pub(super) fn chronology_json(site: &Site) -> Vec<u8> {
    #[derive(Serialize)]
    struct Doc<'a> {
        // Before `events`, out of alphabetical order: a program that streams the events needs it first.
        #[serde(skip_serializing_if = "Option::is_none")]
        first: Option<usize>,
        events: Seq<'a, Ev<'a>>,
        language: &'a str,
        parts: Vec<PartOut>,
        title: &'a str,
    }
    #[derive(Serialize)]
    struct PartOut {
        events: usize,
        file: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        month: Option<u32>,
        run: usize,
        year: i32,
    }
    let split = chronology_files::is_split(site);
    let parts = chronology_files::parts(site)
        .into_iter()
        .map(|p| PartOut {
            events: chronology_files::part_events(site, p).len(),
            file: format!("{}.json", p.stem()),
            month: p.month,
            run: p.run,
            year: p.year,
        })
        .collect();
    // Split, it lists the editors' events only, which need not follow each other.
    let first = (!split && !site.events.is_empty()).then_some(1);
    let events = (0..site.events.len())
        .filter(move |&ei| !split || site.events[ei].curated)
        .map(move |ei| event_out(site, None, ei, first.map(|n| (n, 0))));
    pretty(&Doc { first, events: seq(events), language: site.lang.code(), parts, title: &site.config.title })
}

/// One part of a split `chronology.json`: `{"first": n, "events": [...]}`, compact, `n` the
/// number of its first event in the whole chronology. Written by [`Compact`], the same bytes
/// as `serde_json` writes from [`Ev`] ([`chronology_part_json_serde`]): the parts hold every
/// event, and `serde_json`'s escape, a byte at a time, was a third of their cost.
pub(super) fn chronology_part_json(site: &Site, pages: &EventPages, part: Part) -> Vec<u8> {
    let range = chronology_files::part_events(site, part);
    let first = (range.start + 1, range.start);
    let mut out = Compact(Vec::with_capacity(range.len() * 160 + 64));
    let mut spare = Spare::default();
    out.raw("{\"first\":");
    out.number(first.0);
    out.raw(",\"events\":[");
    for (k, ei) in range.enumerate() {
        if k > 0 {
            out.raw(",");
        }
        super::prefetch::event(site, ei + super::prefetch::AHEAD);
        let ev = event_out_in(site, Some(pages), ei, Some(first), &mut spare);
        out.event(&ev);
        spare.keep(ev);
    }
    out.raw("]}\n");
    out.0
}

/// [`chronology_part_json`] as `serde_json` writes it from the same [`Ev`]s: what the tests
/// compare the hand-written bytes with.
#[doc(hidden)]
pub(super) fn chronology_part_json_serde(site: &Site, part: Part) -> Vec<u8> {
    #[derive(Serialize)]
    struct Doc<'a> {
        // Before `events`: a program that streams the events needs it first.
        first: usize,
        events: Seq<'a, Ev<'a>>,
    }
    let range = chronology_files::part_events(site, part);
    let first = (range.start + 1, range.start);
    compact(&Doc { first: first.0, events: seq(range.map(move |ei| event_out(site, None, ei, Some(first)))) })
}

/// Compact JSON written by hand, as `serde_json::to_vec` writes the same values (the
/// `Serialize` impls of [`Ev`], [`MentionOut`], [`Rare`] and [`Conflict`]).
struct Compact(Vec<u8>);

impl Compact {
    fn raw(&mut self, s: &str) {
        self.0.extend_from_slice(s.as_bytes());
    }

    fn number(&mut self, n: usize) {
        self.0.extend_from_slice(crate::text::decimal(n, &mut [0; 20]).as_bytes());
    }

    /// `s` as a JSON string, escaped as `serde_json` escapes it: `"` and `\`, the short
    /// escapes of `\b \t \n \f \r`, the other C0 controls as `\u00xx`; nothing else.
    fn string(&mut self, s: &str) {
        let out = &mut self.0;
        out.push(b'"');
        let b = s.as_bytes();
        let mut from = 0;
        let mut i = 0;
        loop {
            i = crate::text::json_plain_until(b, i);
            let Some(&c) = b.get(i) else { break };
            out.extend_from_slice(&b[from..i]);
            match c {
                b'"' => out.extend_from_slice(b"\\\""),
                b'\\' => out.extend_from_slice(b"\\\\"),
                0x08 => out.extend_from_slice(b"\\b"),
                b'\t' => out.extend_from_slice(b"\\t"),
                b'\n' => out.extend_from_slice(b"\\n"),
                0x0C => out.extend_from_slice(b"\\f"),
                b'\r' => out.extend_from_slice(b"\\r"),
                _ => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    out.extend_from_slice(b"\\u00");
                    out.push(HEX[usize::from(c >> 4)]);
                    out.push(HEX[usize::from(c & 0xF)]);
                }
            }
            i += 1;
            from = i;
        }
        out.extend_from_slice(&b[from..]);
        out.push(b'"');
    }

    fn strings(&mut self, list: &[&str]) {
        self.raw("[");
        for (k, s) in list.iter().enumerate() {
            if k > 0 {
                self.raw(",");
            }
            self.string(s);
        }
        self.raw("]");
    }

    /// `Some` as the string, `None` as `null`.
    fn maybe(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.string(s),
            None => self.raw("null"),
        }
    }

    /// [`Ev`]'s `Serialize`.
    fn event(&mut self, e: &Ev) {
        let rare = !e.rare.is_empty();
        self.raw("[");
        self.string(e.text);
        self.raw(",[");
        for (k, m) in e.mentions.iter().enumerate() {
            if k > 0 {
                self.raw(",");
            }
            self.mention(m);
        }
        self.raw("]");
        if rare || e.value.is_some() {
            self.raw(",");
            self.maybe(e.value.as_deref());
        }
        if rare {
            self.raw(",");
            self.rare(&e.rare);
        }
        self.raw("]");
    }

    /// [`MentionOut`]'s `Serialize`.
    fn mention(&mut self, m: &MentionOut) {
        self.raw("[");
        self.string(m.article);
        self.raw(",");
        self.string(m.block);
        self.raw(",");
        self.string(m.expression);
        if m.sentence.is_some() || m.value.is_some() {
            self.raw(",");
            self.maybe(m.value.as_deref());
        }
        if let Some(n) = m.sentence {
            self.raw(",");
            self.number(n);
        }
        self.raw("]");
    }

    /// [`Rare`]'s derived `Serialize`: its fields in order, each left out as its
    /// `skip_serializing_if` says.
    fn rare(&mut self, r: &Rare) {
        self.raw("{");
        let mut first = true;
        let mut key = |out: &mut Compact, name: &str| {
            if !first {
                out.raw(",");
            }
            first = false;
            out.string(name);
            out.raw(":");
        };
        if !r.conflicts.is_empty() {
            key(self, "conflicts");
            self.raw("[");
            for (k, c) in r.conflicts.iter().enumerate() {
                if k > 0 {
                    self.raw(",");
                }
                self.raw("{\"event\":");
                self.string(c.event);
                self.raw(",\"value\":");
                self.string(&c.value);
                self.raw("}");
            }
            self.raw("]");
        }
        if r.curated {
            key(self, "curated");
            self.raw("true");
        }
        if let Some(id) = r.id {
            key(self, "id");
            self.string(id);
        }
        if !r.sentences.is_empty() {
            key(self, "sentences");
            self.strings(&r.sentences);
        }
        if let Some(sources) = &r.sources {
            key(self, "sources");
            self.strings(sources);
        }
        if !r.topics.is_empty() {
            key(self, "topics");
            self.strings(&r.topics);
        }
        self.raw("}");
    }
}

/// The chronology in Knight Lab's TimelineJS format, for newsrooms to embed: dates at their
/// precision (a month-only event has no day), curated and extracted events as groups.
pub(super) fn timeline_json(site: &Site) -> Vec<u8> {
    #[derive(Serialize)]
    struct Doc<'a> {
        events: Seq<'a, Ev<'a>>,
        title: Slide<'a>,
    }
    #[derive(Serialize)]
    struct Slide<'a> {
        text: Text<'a>,
    }
    #[derive(Serialize)]
    struct Text<'a> {
        headline: std::borrow::Cow<'a, str>,
        text: std::borrow::Cow<'a, str>,
    }
    #[derive(Serialize)]
    struct Date {
        #[serde(skip_serializing_if = "Option::is_none")]
        day: Option<u32>,
        #[serde(skip_serializing_if = "Option::is_none")]
        month: Option<u32>,
        year: i32,
    }
    // Fields in alphabetical order, as the `json!` objects of earlier builds wrote them.
    #[derive(Serialize)]
    struct Ev<'a> {
        display_date: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        end_date: Option<Date>,
        group: &'a str,
        start_date: Date,
        text: Text<'a>,
        unique_id: &'a str,
    }
    let date = |d: crate::dates::PartialDate| Date { day: d.get_day(), month: d.get_month(), year: d.get_year() };
    let group = |curated: bool| i18n::get(site.lang, if curated { "curated" } else { "extracted" }).unwrap_or("");
    let events = timeline_events(site).into_iter().map(|ei| &site.events[ei]).map(move |e| Ev {
        display_date: e.span.long(site.lang),
        end_date: e.span.end.map(date),
        group: group(e.curated),
        start_date: date(e.span.start),
        // TimelineJS inserts both as HTML: the headline is the event's plain text, escaped
        // (an article's sentence may hold markup), the text its HTML, cleaned or escaped.
        text: Text { headline: escape_html(&crate::text::truncate_words(&e.text, 90)).into(), text: e.html() },
        unique_id: &e.id,
    });
    let title = Slide {
        text: Text {
            headline: escape_html(&site.config.title).into(),
            text: escape_html(&site.config.description).into(),
        },
    };
    pretty(&Doc { events: seq(events), title })
}

/// The events `timeline.json` carries, in date order: every event up to [`TIMELINE_EVENTS`];
/// past that, the editors' events first, then the extracted events that the most sources
/// report (the earlier first among equals), up to [`TIMELINE_EVENTS`] in all.
fn timeline_events(site: &Site) -> Vec<usize> {
    if site.events.len() <= TIMELINE_EVENTS {
        return (0..site.events.len()).collect();
    }
    // Each event's rank read once, in order, and only the first few hundred picked out: a
    // sort of every event, reading two of them (far apart in memory) at each comparison, was
    // the export's cost, and grew faster than the chronology. The keys are unique (the index
    // ends each), so the events picked are the ones a full sort keeps.
    let mut keys: Vec<(bool, std::cmp::Reverse<usize>, usize)> =
        site.events.iter().enumerate().map(|(ei, e)| (!e.curated, std::cmp::Reverse(e.reports), ei)).collect();
    keys.select_nth_unstable(TIMELINE_EVENTS - 1);
    let mut chosen: Vec<usize> = keys[..TIMELINE_EVENTS].iter().map(|k| k.2).collect();
    chosen.sort_unstable();
    chosen
}

/// How many files `sources.json` takes: itself, or itself and its parts.
pub(super) fn sources_parts(site: &Site) -> usize {
    if site.sources.len() > SOURCES_PER_FILE {
        site.sources.len().div_ceil(SOURCES_PER_FILE)
    } else {
        0
    }
}

/// `sources.json`: every source, or past [`SOURCES_PER_FILE`] none and the list of its
/// parts (`sources-1.json`…, of the same shape); `part` is one of those.
pub(super) fn sources_json(site: &Site, part: Option<usize>) -> Vec<u8> {
    #[derive(Serialize)]
    struct Doc<'a> {
        #[serde(skip_serializing_if = "Vec::is_empty")]
        parts: Vec<String>,
        sources: Seq<'a, Src<'a>>,
    }
    // Fields in alphabetical order, as the `json!` objects of earlier builds wrote them.
    #[derive(Serialize)]
    struct Src<'a> {
        author: Option<&'a str>,
        cited_by: Vec<String>,
        date: Option<String>,
        id: &'a str,
        kind: &'a str,
        language: Option<&'a str>,
        outlet: Option<&'a str>,
        page: String,
        title: &'a str,
        url: Option<&'a str>,
    }
    let n = sources_parts(site);
    let (range, parts) = match part {
        Some(k) => ((k - 1) * SOURCES_PER_FILE..(k * SOURCES_PER_FILE).min(site.sources.len()), Vec::new()),
        None if n > 0 => (0..0, (1..=n).map(|k| format!("sources-{k}.json")).collect()),
        None => (0..site.sources.len(), Vec::new()),
    };
    let sources = range.map(|i| {
        let s = &site.sources[i];
        Src {
            author: s.author.as_deref(),
            cited_by: site.cited_by[i].iter().map(|&d| doc_path(site, d)).collect(),
            date: s.date.map(|d| d.to_string()),
            id: &s.key,
            kind: match s.kind {
                SourceKind::Article(_) => "article",
                SourceKind::Cited(..) => "cited",
            },
            language: s.language.as_deref(),
            outlet: s.outlet.as_deref(),
            page: source_path(site, s),
            title: &s.title,
            url: s.url.as_deref(),
        }
    });
    // A part is compact, as the chronology's are: only programs read a list of thousands.
    let doc = Doc { parts, sources: seq(sources) };
    if part.is_some() {
        compact(&doc)
    } else {
        pretty(&doc)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn compact_strings_are_escaped_as_serde_json_escapes_them() {
        let all_bytes: String = (0u8..0x80).map(char::from).collect();
        let long = format!("{}\"{}\\{}\u{1}é’😀", "a".repeat(37), "b".repeat(15), "c".repeat(16));
        for s in ["", "plain", "a\"b\\c", "\u{8}\u{c}\n\r\t\u{0}\u{1f}\u{7f}", "«\u{a0}»", &all_bytes, &long] {
            let mut out = super::Compact(Vec::new());
            out.string(s);
            assert_eq!(String::from_utf8(out.0).unwrap(), serde_json::to_string(s).unwrap(), "{s:?}");
        }
        let mut out = super::Compact(Vec::new());
        for n in [0, 9, 10, 12345, usize::MAX] {
            out.0.clear();
            out.number(n);
            assert_eq!(out.0, serde_json::to_vec(&n).unwrap());
        }
    }
}
