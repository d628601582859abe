//! Disagreements: events that look like one event that sources date differently. They are
//! linked both ways on the page, and warned about with a way to correct or rule on them.

use super::merge::report_words;
use super::words::{similarity, Words};
use super::{Conflict, Event, Mention};
use crate::content::Article;
use crate::dates::Precision;
use crate::diagnostics::Diagnostic;
use crate::fast_hash::FastMap;
use rayon::prelude::*;
use std::sync::Arc;

/// Whether two similar reports with different dates read as one event dated differently,
/// rather than two events of a series (drills on Monday, more drills on Wednesday): dates a
/// day apart (a night, a time zone), dates that differ as a slip of the pen would (the 19th
/// of another month, 13 for 18), or sentences nearly the same.
fn reads_as_one_date(a: &Event, b: &Event, shared: usize, sim: f64) -> bool {
    let (da, db) = (a.span.start, b.span.start);
    let gap = (da.first_day() - db.first_day()).num_days().abs();
    if gap <= 1 {
        return sim >= 0.5;
    }
    // An editor's date, or one written with digits: a weekday or `hier` is no slip of the pen.
    let written = |e: &Event| e.curated || e.mentions.iter().any(|m| m.expression.bytes().any(|c| c.is_ascii_digit()));
    if written(a) && written(b) {
        if let (Some(ma), Some(mb), Some(xa), Some(xb)) = (da.get_month(), db.get_month(), da.get_day(), db.get_day()) {
            let same_month = ma == mb && da.get_year() == db.get_year();
            let (ta, tb) = (format!("{xa:02}"), format!("{xb:02}"));
            let one_digit = ta.chars().zip(tb.chars()).filter(|(p, q)| p != q).count() == 1;
            if (xa == xb && !same_month) || (same_month && one_digit) {
                return true;
            }
        }
    }
    // Nearly the same sentence: but two weekdays in articles of different days are most
    // often two days of a series.
    (written(a) || written(b)) && shared >= 5 && sim >= 0.6
}

/// How many other dates one event lists as disagreeing with it.
const MAX_CONFLICTS: usize = 4;

/// Marks events that look like one event dated differently by the sources (003 dates the
/// Minsk summit both 19 December and 19 November), and warns with both places; warns too of
/// rulings on disagreements that no longer exist.
pub fn find(events: &mut [Event], articles: &[Arc<Article>], warnings: &mut Vec<Diagnostic>) {
    // What an event is about: its text and the sentences that report it.
    let eligible = |e: &Event| e.span.start.precision() == Precision::Day && !e.mentions.is_empty();
    let words: Vec<Words> = events
        .par_iter_mut()
        .map(|e| match e.report_words.take() {
            _ if !eligible(e) => Words::default(),
            Some(w) => *w,
            None => report_words(&e.text, &e.mentions),
        })
        .collect();
    // Events are compared only through the words they share, and words that many events
    // share say nothing about which event is which: linear in the size of the chronology.
    const COMMON: usize = 64;
    // Event numbers as `u32`: the postings are a few entries per word of every event. A list
    // stops one past `COMMON`, which is enough to say it is never read: filled, the lists of
    // common words held an entry per word of every event (about 100 MiB of 100,000
    // articles, beside the whole chronology) that nothing read.
    //
    // The lists are built in parts, one per range of word keys ([`Postings`]), in parallel:
    // built by one thread, they were this step's longest stretch with the other thread idle.
    // Each part reads the events in order, so each list is in event order, as one thread
    // made it, whatever the number of threads.
    let postings = Postings::build(&words, COMMON);
    // Each event's partners are found apart from the others' (in parallel), and gathered in
    // event order.
    let all: &[Event] = events;
    let pairs: Vec<(usize, usize)> = (0..all.len())
        .into_par_iter()
        .map_init(FastMap::<usize, usize>::default, |shared, i| {
            shared.clear();
            for word in words[i].keys() {
                let list = postings.get(*word);
                if list.len() <= COMMON {
                    for &j in list.iter().filter(|&&j| j as usize > i) {
                        *shared.entry(j as usize).or_default() += 1;
                    }
                }
            }
            let mut partners: Vec<usize> = shared.iter().filter(|(_, &n)| n >= 3).map(|(&j, _)| j).collect();
            partners.sort_unstable();
            partners.retain(|&j| {
                let (a, b) = (&all[i], &all[j]);
                let gap = (b.span.start.first_day() - a.span.last().last_day()).num_days().abs();
                // Two curated events are two events: the editors said so.
                if gap > 62 || (a.curated && b.curated) || a.span.overlaps(&b.span) {
                    return false;
                }
                let (sim, n) = similarity(&words[i], &words[j]);
                n >= 3 && sim >= 0.4 && reads_as_one_date(a, b, n, sim)
            });
            partners.into_iter().map(|j| (i, j)).collect::<Vec<_>>()
        })
        .flatten_iter()
        .collect();
    // The word lists and the events' words are freed beside the one-thread work below,
    // rather than before or after it on its thread.
    rayon::join(move || drop((postings, words)), || record(events, articles, pairs, warnings));
}

/// Records the disagreeing `pairs` (events `i < j`) on both events, closest dates first, and
/// warns of each, and of rulings on disagreements that no longer exist.
fn record(
    events: &mut [Event],
    articles: &[Arc<Article>],
    mut pairs: Vec<(usize, usize)>,
    warnings: &mut Vec<Diagnostic>,
) {
    // Closest dates first; an event lists a few disagreements, not every copy of one.
    pairs.sort_by_key(|&(i, j)| {
        ((events[j].span.start.first_day() - events[i].span.start.first_day()).num_days().abs(), i, j)
    });
    for (i, j) in pairs {
        if events[i].conflicts().len() >= MAX_CONFLICTS || events[j].conflicts().len() >= MAX_CONFLICTS {
            continue;
        }
        let (si, sj) = (events[i].span, events[j].span);
        let (idj, idi) = (events[j].id.to_string(), events[i].id.to_string());
        events[i].notes_mut().conflicts.push(Conflict { other: idj, span: sj });
        events[j].notes_mut().conflicts.push(Conflict { other: idi, span: si });
        if events[i].known_disagreement().is_some() || events[j].known_disagreement().is_some() {
            continue;
        }
        let place = |m: &Mention| format!("{} (« {} »)", articles[m.article].path.display(), m.expression);
        let (mi, mj) = (&events[i].mentions[0], &events[j].mentions[0]);
        // The report to rule on: not an editor's event, and the less reported one.
        let (a, b) = (&events[i], &events[j]);
        let suspect = if a.curated || (!b.curated && b.reports < a.reports) { mj } else { mi };
        // The paragraph's line, where the file is the Markdown it was read from: a raw
        // article's paragraphs are of its cleaned text, not of the file.
        let article = &articles[suspect.article];
        let line = if crate::content::is_raw_article(&article.path) {
            0
        } else {
            article.body.blocks.iter().find(|b| *b.id == *suspect.block).map_or(0, |b| b.line)
        };
        warnings.push(
            Diagnostic::warning(
                &article.path,
                line,
                format!(
                    "sources disagree on a date: {} says {} and {} says {} for what looks like the same event",
                    place(mi),
                    si.iso(),
                    place(mj),
                    sj.iso(),
                ),
            )
            .with_help(format!(
                "to correct one, add [[events]] at = \"{}#{}\" expression = \"{}\" with date = \"…\" to a note or topic; \
                 to keep both shown without this warning, add known_disagreement = true to it",
                articles[suspect.article].slug, suspect.block, suspect.expression,
            )),
        );
    }
    // A ruling on a disagreement that no longer exists would silence the next one unseen.
    for e in events.iter().filter(|e| e.conflicts().is_empty()) {
        if let Some((path, line)) = e.known_disagreement() {
            warnings.push(
                Diagnostic::warning(
                    path,
                    line,
                    format!("known_disagreement = true, but no source dates this event ({}) differently", e.span.iso()),
                )
                .with_help("remove it"),
            );
        }
    }
}

/// The events each word key is among, up to one past a bound: the keys parted by their value
/// into ranges, one per thread, each range's lists filled by its own pass over the events
/// (a word's events in order, whatever the number of threads). Each event's keys are
/// sorted, so a range's keys are one run of them, found by halving.
struct Postings {
    /// The first key of each range but the first.
    bounds: Vec<u64>,
    parts: Vec<FastMap<u64, Vec<u32>>>,
}

impl Postings {
    /// The lists of `words` (by event), each of at most `common + 1` events.
    fn build(words: &[Words], common: usize) -> Postings {
        let n = rayon::current_num_threads().clamp(1, 64) as u64;
        // Keys are FNV hashes, spread over all their values: ranges of equal width.
        let bounds: Vec<u64> = (1..n).map(|k| k * (u64::MAX / n)).collect();
        let parts = (0..=bounds.len())
            .into_par_iter()
            .map(|part| {
                let low = part.checked_sub(1).and_then(|p| bounds.get(p)).copied();
                let high = bounds.get(part).copied();
                let mut map: FastMap<u64, Vec<u32>> = FastMap::default();
                for (i, w) in words.iter().enumerate() {
                    let keys = w.keys();
                    let from = low.map_or(0, |low| keys.partition_point(|&k| k < low));
                    let keys = keys.get(from..).unwrap_or_default();
                    for &word in keys.iter().take_while(|&&k| high.is_none_or(|high| k < high)) {
                        let list = map.entry(word).or_default();
                        if list.len() <= common {
                            list.push(i as u32);
                        }
                    }
                }
                map
            })
            .collect();
        Postings { bounds, parts }
    }

    /// The events filed under `word` (empty when none is).
    fn get(&self, word: u64) -> &[u32] {
        let part = self.bounds.partition_point(|&b| b <= word);
        self.parts.get(part).and_then(|m| m.get(&word)).map_or(&[], Vec::as_slice)
    }
}
