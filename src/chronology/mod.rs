//! The chronology stage: events written by editors, and events extracted from the articles'
//! own dated sentences, merged when several sources report one event, with disagreements
//! kept. One entry point, [`build`], in named steps:
//!
//! 1. [`extract`]: each article's dated sentences become candidates (in parallel);
//! 2. [`merge`]: candidates of one start date that report one event become a group;
//! 3. [`edits`]: editors confirm, correct or hide groups; groups join the editors' events
//!    they report;
//! 4. [`conflicts`]: events that look like one event dated differently are linked and warned
//!    about.
//!
//! [`incremental`] keeps steps 1 and 2 from one build to the next in `briefing serve`.

mod asides;
pub mod conflicts;
mod context;
pub mod edits;
pub mod extract;
pub mod incremental;
pub mod merge;
mod other_stories;
mod page_lines;
mod report_text;
mod reported;
mod runs;
mod sentences;
pub mod shared_str;
pub mod thin_str;
pub mod words;

pub use incremental::Memo;
pub use shared_str::SharedStr;
pub use thin_str::ThinStr;
pub use words::{content_words, similarity, Words};

use crate::content::{Article, EventDef, EventEdit};
use crate::dates::{DateSpan, Lang};
use crate::diagnostics::Diagnostic;
use crate::doc::{ArticleId, DocRef, EventId, SourceId, TopicId};
use crate::sources::Registry;
use crate::topics::AliasMatcher;
use std::sync::Arc;

/// One place an article reports an event. Its texts are shared, not copied: its sentence is
/// most often a stretch of its paragraph's text, which the article keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// The article.
    pub article: ArticleId,
    /// The id of the paragraph that says it.
    pub block: ThinStr,
    /// The sentence that says it, as a reader is shown it.
    pub sentence: SharedStr,
    /// The bytes of `sentence` that are the report's own words; the rest is what a reader
    /// needs around them (the sentence before, the quote a lead-in announces), and is left
    /// out when reports are matched and their topics found. 16 bits: a sentence is short,
    /// and millions of reports keep theirs (with these, a report is 72 bytes, not 80). A
    /// sentence past 64 KiB has no range of them: it is read whole ([`Mention::own_range`]).
    pub own: std::ops::Range<u16>,
    /// The words that date it (`lundi 19 décembre`).
    pub expression: ThinStr,
    /// The date as that article gives it.
    pub span: DateSpan,
}

impl Mention {
    /// The report's own words ([`Mention::own`]).
    pub fn own_words(&self) -> &str {
        self.sentence.get(usize::from(self.own.start)..usize::from(self.own.end)).unwrap_or(&self.sentence)
    }

    /// The [`Mention::own`] range of these bytes of a sentence: one that reads as no range
    /// (so the sentence is read whole) when they do not fit its 16 bits.
    pub fn own_range(own: std::ops::Range<usize>) -> std::ops::Range<u16> {
        match (u16::try_from(own.start), u16::try_from(own.end)) {
            (Ok(start), Ok(end)) => start..end,
            // Reversed on purpose: no sentence has this range, so `own_words` reads it whole.
            _ => std::ops::Range { start: u16::MAX, end: 0 },
        }
    }
}

/// An event of the chronology.
#[derive(Debug, Clone)]
pub struct Event {
    /// A stable id, for anchors. Boxed to its length: 285,000 events of a large dossier each
    /// keep one for the whole build.
    pub id: Box<str>,
    /// When.
    pub span: DateSpan,
    /// What happened, plain text: for an extracted event, its first report's sentence,
    /// shared with that report rather than copied.
    pub text: Text,
    /// Written by an editor (true) or extracted from articles.
    pub curated: bool,
    /// Cited sources. This and the next two are boxed slices, of their length: an event's
    /// lists are made once, and hundreds of thousands of events keep them.
    pub sources: Box<[SourceId]>,
    /// Its topics: for an extracted event, those its own reports name.
    pub topics: Box<[TopicId]>,
    /// The articles' sentences that report it.
    pub mentions: Box<[Mention]>,
    /// How many distinct sources report or support it.
    pub reports: usize,
    /// The words of its text and first reports, when the merge already gathered them, for
    /// finding disagreements (`None`: gathered when needed). Boxed: an event keeps them
    /// only until disagreements are found, and most events have none.
    pub(crate) report_words: Option<Box<Words>>,
    /// What few events have: an editor's words, disagreements. Kept apart, boxed, so that
    /// the hundreds of thousands of extracted events of a large dossier carry one pointer
    /// for them rather than their room (64 bytes each, net).
    pub(crate) notes: Option<Box<EventNotes>>,
}

/// An event's rarely set parts ([`Event::notes`]).
#[derive(Debug, Clone, Default)]
pub(crate) struct EventNotes {
    /// Inline HTML made once from an editor's text (`None`: the reported sentence, marked).
    pub(crate) html: Option<String>,
    /// Where the event is declared (note or topic page).
    pub(crate) declared_in: Option<DocRef>,
    /// The `[[events]]` line that declares it.
    pub(crate) declared_line: usize,
    /// Other dates that sources give for what looks like the same event.
    pub(crate) conflicts: Vec<Conflict>,
    /// Where an editor said these disagreements are known (`known_disagreement = true`).
    pub(crate) known_disagreement: Option<(std::path::PathBuf, usize)>,
}

impl Event {
    /// What happened, inline HTML: the editor's Markdown rendered, or the text escaped with
    /// the words that date it marked (`<mark>`). The latter is made when shown rather than
    /// kept: a large dossier has hundreds of thousands of extracted events.
    ///
    /// An unwritten event's text is its first report's sentence, and the words that date it
    /// are that report's: reports are only ever added after the first.
    pub fn html(&self) -> std::borrow::Cow<'_, str> {
        match self.notes.as_deref().and_then(|n| n.html.as_deref()) {
            Some(h) => std::borrow::Cow::Borrowed(h),
            None => {
                let expression = self.mentions.first().map_or("", |m| &*m.expression);
                std::borrow::Cow::Owned(edits::marked_sentence(&self.text, expression))
            }
        }
    }

    /// [`Event::html`] appended to `out`, with no string of its own.
    pub fn push_html(&self, out: &mut String) {
        match self.notes.as_deref().and_then(|n| n.html.as_deref()) {
            Some(h) => out.push_str(h),
            None => {
                let expression = self.mentions.first().map_or("", |m| &*m.expression);
                edits::push_marked_sentence(out, &self.text, expression);
            }
        }
    }

    /// Where the event is declared, for curated events (note or topic page).
    pub fn declared_in(&self) -> Option<DocRef> {
        self.notes.as_deref().and_then(|n| n.declared_in)
    }

    /// The `[[events]]` line that declares it (0 for an extracted event).
    pub fn declared_line(&self) -> usize {
        self.notes.as_deref().map_or(0, |n| n.declared_line)
    }

    /// Other dates that sources give for what looks like the same event.
    pub fn conflicts(&self) -> &[Conflict] {
        self.notes.as_deref().map_or(&[], |n| &n.conflicts)
    }

    /// Where an editor said these disagreements are known (`known_disagreement = true`):
    /// they stay shown, without a warning.
    pub fn known_disagreement(&self) -> Option<(&std::path::Path, usize)> {
        self.notes.as_deref().and_then(|n| n.known_disagreement.as_ref()).map(|(p, l)| (p.as_path(), *l))
    }

    /// The rarely set parts, made when first set.
    pub(crate) fn notes_mut(&mut self) -> &mut EventNotes {
        self.notes.get_or_insert_with(Box::default)
    }
}

/// An event's plain text, shared (cloning it copies no text): an extracted event's is its
/// first report's sentence.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Text(SharedStr);

impl Text {
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text(s.into())
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text(s.into())
    }
}

impl From<Arc<str>> for Text {
    fn from(s: Arc<str>) -> Text {
        Text(s.into())
    }
}

impl From<SharedStr> for Text {
    fn from(s: SharedStr) -> Text {
        Text(s)
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        **self == *other.0
    }
}

impl PartialEq<Text> for str {
    fn eq(&self, other: &Text) -> bool {
        *self == *other.0
    }
}

/// A source that dates the same event differently.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// The other event's id.
    pub other: String,
    /// The other date.
    pub span: DateSpan,
}

/// An extracted, not yet merged event.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// Where and how an article says it.
    pub mention: Mention,
    /// Folded content words of the sentence, for matching reports of one event.
    pub words: Words,
    /// Those of them that are names (written with a capital inside the sentence).
    pub names: Words,
    /// Whether the sentence whose words these are is the report's own words
    /// ([`Mention::own_words`]): then they are also the report's words that disagreements
    /// are found by ([`merge::report_words`]), and those are not read a second time.
    pub own_read: bool,
}

/// An editor's event (`[[events]]` with a `date`), its ids resolved.
pub struct Curated<'a> {
    /// What the editor wrote.
    pub def: &'a EventDef,
    /// The note or topic that declares it.
    pub declared: DocRef,
    /// Its topics.
    pub topics: Vec<TopicId>,
    /// Its sources.
    pub sources: Vec<SourceId>,
}

/// An editor's word on an extracted event (`[[events]]` with `at`), its ids resolved.
pub struct Edit<'a> {
    /// What the editor wrote.
    pub edit: &'a EventEdit,
    /// The note or topic that says it.
    pub declared: DocRef,
    /// The topics it gives the event.
    pub topics: Vec<TopicId>,
    /// The sources it adds.
    pub sources: Vec<SourceId>,
}

/// What the chronology is built from.
pub struct Input<'a> {
    /// The articles, by [`ArticleId`].
    pub articles: &'a [Arc<Article>],
    /// The site's language, for articles that do not give theirs.
    pub lang: Lang,
    /// The source registry (each article's entry; articles by slug, for `at`).
    pub registry: &'a Registry,
    /// The topics' aliases, for the topics an event's reports name.
    pub matcher: &'a AliasMatcher,
    /// Whether the aliases changed since the last build (`briefing serve`).
    pub aliases_changed: bool,
    /// The editors' events.
    pub curated: Vec<Curated<'a>>,
    /// The editors' words on extracted events.
    pub edits: Vec<Edit<'a>>,
    /// The articles' candidates, when extracted already ([`incremental::extract_all`]); a
    /// build with a memo does not use them.
    pub extracted: Option<incremental::Extracted>,
}

/// The chronology: events in date order, and the warnings building it gave.
pub struct Chronology {
    /// Every event, by [`EventId`]: in date order, editors' events first at equal dates.
    pub events: Vec<Event>,
    /// Disagreements between sources, and stale rulings on them.
    pub warnings: Vec<Diagnostic>,
}

impl Chronology {
    /// Each year's events, in order: events come sorted by date, so a year's are one run.
    pub fn years(&self) -> Vec<Year> {
        years(&self.events)
    }
}

/// Puts `items` in `order` (position `k` takes the item that was at `order[k]`) in place,
/// one cycle of the permutation at a time.
fn permute<T>(items: &mut [T], mut order: Vec<u32>) {
    for start in 0..items.len() {
        let mut at = start;
        loop {
            let from = order[at] as usize;
            order[at] = at as u32;
            if from == start || from == at {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

/// One year of the chronology.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Year {
    /// The year its events start in.
    pub year: i32,
    /// Its events: a run of the chronology.
    pub events: std::ops::Range<EventId>,
}

/// The years of `events` (sorted by date), each with its run of events.
pub fn years(events: &[Event]) -> Vec<Year> {
    let mut out: Vec<Year> = Vec::new();
    for (i, e) in events.iter().enumerate() {
        let year = e.span.start.get_year();
        match out.last_mut() {
            Some(y) if y.year == year => y.events.end = EventId(i + 1),
            _ => out.push(Year { year, events: EventId(i)..EventId(i + 1) }),
        }
    }
    out
}

/// Builds the chronology: extracts and merges the articles' reports (reusing what `memo`
/// holds of the last build, and leaving this build's in it; with no memo, keeping nothing),
/// applies the editors' words, joins reports to the editors' events, and finds
/// disagreements. Errors are edits that point at nothing.
pub fn build(mut input: Input<'_>, memo: Option<&mut Memo>) -> Result<Chronology, Vec<Diagnostic>> {
    let span = crate::trace::span("chronology: extract + merge");
    let extracted = input.extracted.take();
    let groups = match memo {
        Some(m) => vec![m.groups(input.articles, input.lang, input.matcher, input.aliases_changed)],
        None => {
            let editors = !input.curated.is_empty() || !input.edits.is_empty();
            incremental::groups_once(input.articles, input.lang, input.matcher, editors, extracted)
        }
    };
    drop(span);
    let span = crate::trace::span("chronology: edits");
    let mut events = edits::curated_events(&input.curated);
    edits::apply(&input, groups, &mut events)?;
    drop(span);
    let span = crate::trace::span("chronology: sort");
    sort_and_number(&mut events, input.registry);
    drop(span);
    let _span = crate::trace::span("chronology: conflicts");
    let mut warnings = Vec::new();
    conflicts::find(&mut events, input.articles, &mut warnings);
    Ok(Chronology { events, warnings })
}

/// Puts events in date order (editors' first, then by first report) and gives each its id
/// (`e` and its place, from 1: every link to an entry and every entry's `id` carries it, so it
/// is kept short) and count of reports.
fn sort_and_number(events: &mut [Event], registry: &Registry) {
    use rayon::prelude::*;
    let order = date_order(events);
    permute(events, order);
    events.par_iter_mut().enumerate().for_each(|(i, e)| {
        e.id = event_id(i + 1);
        e.reports = match (&*e.sources, &*e.mentions) {
            // Most events: one report, no source named besides.
            ([], [] | [_]) => e.mentions.len(),
            _ => {
                let mut all: Vec<SourceId> = e
                    .sources
                    .iter()
                    .copied()
                    .chain(e.mentions.iter().map(|m| registry.of_article[m.article]))
                    .collect();
                all.sort_unstable();
                all.dedup();
                all.len()
            }
        };
    });
}

/// The order [`sort_and_number`] puts events in: position `k` of the result is the event that
/// goes `k`-th.
///
/// The order is found on compact keys, one per event, read from the events once in order:
/// compared in place, each comparison read two events and their first reports from anywhere in
/// memory (a tenth of the build's cache misses). The key's last field is the event's place,
/// which breaks ties after the texts, so that the order is the stable sort's; it is applied by
/// swaps ([`permute`]): a parallel merge sort of the events themselves would allocate a second
/// chronology as its buffer. The first report's article is kept as its place plus one (0: no
/// report), and its block is read only when two keys tie up to there.
///
/// The extracted events come in order of start date already (the merge makes them date by
/// date), after the editors' few: only each date's run of them is sorted, with keys for that
/// run alone, and the editors' events are sorted apart and merged in. Keys for every event at
/// once (32 bytes each) were the build's peak of memory at 100,000 articles, held beside the
/// whole chronology; a run's are a few kilobytes. Events in any other order are still sorted
/// right, the part not in start order being sorted whole.
fn date_order(events: &[Event]) -> Vec<u32> {
    use rayon::prelude::*;
    type Key = (DateSpan, bool, u32, u32);
    let key = |i: u32| {
        let e = &events[i as usize];
        let first = e
            .mentions
            .first()
            .map_or(0, |m| u32::try_from(m.article.index()).map_or(u32::MAX, |a| a.saturating_add(1)));
        (e.span, !e.curated, first, i)
    };
    let block = |i: u32| events[i as usize].mentions.first().map(|m| &*m.block);
    // The order up to the first report's paragraph, then the whole order (the text, then the
    // place).
    let by_report = |a: &Key, b: &Key| (a.0, a.1, a.2).cmp(&(b.0, b.1, b.2)).then_with(|| block(a.3).cmp(&block(b.3)));
    let cmp = |a: &Key, b: &Key| {
        by_report(a, b).then_with(|| events[a.3 as usize].text.cmp(&events[b.3 as usize].text)).then(a.3.cmp(&b.3))
    };
    // The longest tail already in order of start date.
    let mut tail = events.len();
    while tail >= 2 && events[tail - 2].span.start <= events[tail - 1].span.start {
        tail -= 1;
    }
    let tail = tail.saturating_sub(1);
    let all = u32::try_from(events.len()).unwrap_or(u32::MAX);
    let mut order: Vec<u32> = (0..all).collect();
    // Each date's run of the tail: the start date comes first in the key, so sorting the runs
    // one by one sorts the tail.
    order[tail..]
        .par_chunk_by_mut(|&a, &b| events[a as usize].span.start == events[b as usize].span.start)
        .for_each_init(Vec::new, |keys: &mut Vec<Key>, run| {
            keys.clear();
            keys.extend(run.iter().map(|&i| key(i)));
            sort_nearly_ordered(keys, by_report, cmp);
            for (slot, k) in run.iter_mut().zip(keys.iter()) {
                *slot = k.3;
            }
        });
    if tail == 0 {
        return order;
    }
    let mut head: Vec<Key> = order[..tail].iter().map(|&i| key(i)).collect();
    head.par_sort_unstable_by(cmp);
    // The two sorted lists merged; the tail's keys are made again as they are read.
    let mut merged = Vec::with_capacity(order.len());
    let mut rest = order[tail..].iter().map(|&i| key(i)).peekable();
    for h in head {
        while let Some(t) = rest.next_if(|t| cmp(t, &h) == std::cmp::Ordering::Less) {
            merged.push(t.3);
        }
        merged.push(h.3);
    }
    merged.extend(rest.map(|t| t.3));
    merged
}

/// Sorts `keys` by `cmp`, which orders as `coarse` does and breaks its ties. The merge makes
/// a date's events in the order of their first reports already (by article, then paragraph):
/// only the events whose first reports share a paragraph are out of order, by their texts.
/// Sorting a date's whole run grew faster than the dossier (2.7× for twice the articles: the
/// runs lengthen as the dates fill up, and each key is compared about log₂ of its run's length
/// times); checking the coarse order and sorting each run of its ties is linear. Keys not in
/// the coarse order are sorted whole, to the same order.
fn sort_nearly_ordered<K>(
    keys: &mut [K],
    coarse: impl Fn(&K, &K) -> std::cmp::Ordering,
    cmp: impl Fn(&K, &K) -> std::cmp::Ordering,
) {
    use std::cmp::Ordering;
    if keys.is_sorted_by(|a, b| coarse(a, b) != Ordering::Greater) {
        for ties in keys.chunk_by_mut(|a, b| coarse(a, b) == Ordering::Equal) {
            if ties.len() > 1 {
                ties.sort_unstable_by(&cmp);
            }
        }
    } else {
        keys.sort_unstable_by(cmp);
    }
}

/// The id of the `n`-th event (`e` and its place, from 1), made at its length: hundreds of
/// thousands of events keep theirs.
fn event_id(n: usize) -> Box<str> {
    let mut digits = [0u8; 20];
    let digits = crate::text::decimal(n, &mut digits);
    let mut id = String::with_capacity(1 + digits.len());
    id.push('e');
    id.push_str(digits);
    id.into_boxed_str()
}

#[cfg(test)]
mod tests {
    /// Keys in the coarse order come out as the full sort puts them, their ties sorted; keys
    /// out of it are sorted whole.
    #[test]
    fn nearly_ordered_keys_come_out_as_one_sort_puts_them() {
        use super::sort_nearly_ordered;
        use std::cmp::Ordering;
        let coarse = |a: &(u32, u32), b: &(u32, u32)| a.0.cmp(&b.0);
        let cmp = |a: &(u32, u32), b: &(u32, u32)| a.cmp(b);
        let mut seed = 11u32;
        let mut next = |n: u32| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (seed >> 16) % n
        };
        for case in 0..60 {
            let len = next(40) as usize;
            let mut keys: Vec<(u32, u32)> = (0..len).map(|_| (next(8), next(5))).collect();
            // Two cases in three in the coarse order, the ties left in any order.
            if case % 3 != 0 {
                keys.sort_by(coarse);
            }
            let mut want = keys.clone();
            want.sort();
            sort_nearly_ordered(&mut keys, coarse, cmp);
            assert_eq!(keys, want, "case {case}");
            assert!(keys.is_sorted_by(|a, b| cmp(a, b) != Ordering::Greater));
        }
    }

    #[test]
    fn permute_puts_each_item_where_the_order_says() {
        let orders: [&[u32]; 5] = [&[], &[0], &[1, 0], &[2, 0, 1], &[3, 4, 0, 2, 1, 5]];
        for order in orders {
            let mut items: Vec<u32> = (0..order.len() as u32).map(|i| i * 10).collect();
            super::permute(&mut items, order.to_vec());
            let want: Vec<u32> = order.iter().map(|&i| i * 10).collect();
            assert_eq!(items, want, "order {order:?}");
        }
    }

    /// Sorting each date's run of extracted events, with the editors' events sorted apart and
    /// merged in, gives the order of one sort of them all, whatever order they come in.
    #[test]
    fn date_order_is_the_order_of_one_sort() {
        use super::*;
        use crate::dates::PartialDate;
        let day = |d: u32| {
            DateSpan::at(PartialDate::day(2022, 1 + (d / 28) % 12, 1 + d % 28).unwrap_or(PartialDate::year(2022)))
        };
        let event = |d: u32, curated: bool, article: usize, block: &str, text: &str| Event {
            id: Box::default(),
            span: day(d),
            text: text.into(),
            curated,
            sources: Box::default(),
            topics: Box::default(),
            mentions: if curated {
                Box::default()
            } else {
                vec![Mention {
                    article: ArticleId(article),
                    block: block.into(),
                    sentence: text.into(),
                    own: Mention::own_range(0..text.len()),
                    expression: "".into(),
                    span: day(d),
                }]
                .into()
            },
            reports: 1,
            report_words: None,
            notes: None,
        };
        // A small generator, so that the test needs no crate of its own.
        let mut seed = 7u32;
        let mut next = |n: u32| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (seed >> 16) % n
        };
        for case in 0..40 {
            let curated = (case % 5) as usize;
            let mut events: Vec<Event> = Vec::new();
            for _ in 0..curated {
                let d = next(60);
                events.push(event(d, true, 0, "", &format!("c{}", next(3))));
            }
            let mut d = next(3);
            for _ in 0..(5 + case * 3) {
                d += next(3).saturating_sub(1);
                let (a, b, t) = (next(4) as usize, next(3), next(3));
                events.push(event(d, next(9) == 0, a, &format!("p{b}"), &format!("t{t}")));
            }
            if case % 7 == 6 {
                events.reverse();
            }
            let mut all: Vec<u32> = (0..events.len() as u32).collect();
            let key = |e: &Event| {
                (e.span, !e.curated, e.mentions.first().map(|m| (m.article, m.block.clone())), e.text.clone())
            };
            all.sort_by(|&a, &b| key(&events[a as usize]).cmp(&key(&events[b as usize])).then(a.cmp(&b)));
            assert_eq!(date_order(&events), all, "case {case}");
        }
    }

    /// An unwritten event's HTML is its text with its first report's dating words marked,
    /// whatever reports join it after; an editor's stays theirs, and an event with no notes
    /// reads as having no declaration and no disagreement; a report's own words are its
    /// range of its sentence, or the whole sentence where the range does not fit.
    #[test]
    fn html_and_notes_of_an_event() {
        use super::*;
        let span = DateSpan::at(crate::dates::PartialDate::year(2022));
        let mention = |sentence: &str, expression: &str| Mention {
            article: ArticleId(0),
            block: "p1".into(),
            sentence: sentence.into(),
            own: Mention::own_range(0..sentence.len()),
            expression: expression.into(),
            span,
        };
        let mut e = Event {
            id: "e1".into(),
            span,
            text: "En 2022, <b> a voté.".into(),
            curated: false,
            sources: Box::default(),
            topics: Box::default(),
            mentions: vec![mention("En 2022, <b> a voté.", "En 2022"), mention("Il a voté.", "voté")].into(),
            reports: 1,
            report_words: None,
            notes: None,
        };
        assert_eq!(e.html(), "<mark>En 2022</mark>, &lt;b&gt; a voté.");
        assert_eq!(e.mentions[1].own_words(), "Il a voté.");
        // Own words past 16 bits: the sentence is read whole, not cut.
        let long = format!("{}.", "a".repeat(70_000));
        let whole = Mention { own: Mention::own_range(10..69_000), sentence: long.as_str().into(), ..mention("", "") };
        assert_eq!(whole.own_words(), long);
        assert!(std::mem::size_of::<Mention>() <= 72);
        assert!(e.conflicts().is_empty() && e.known_disagreement().is_none() && e.declared_in().is_none());
        assert_eq!(e.declared_line(), 0);
        e.notes_mut().html = Some("<em>écrit</em>".into());
        e.notes_mut().declared_line = 7;
        assert_eq!(e.html(), "<em>écrit</em>");
        assert_eq!(e.declared_line(), 7);
    }
}
