//! What the chronology keeps from one build to the next in a long-running process
//! (`briefing serve`): each unchanged article's candidates, and the groups merged date by
//! date. Reports of one event share their start date, so a changed article changes only the
//! groups of the dates it reports. An article is unchanged when it is the very document of
//! the last build ([`Arc::ptr_eq`]), which the content cache hands on for files it did not
//! read again. A build from scratch is the same code with an empty memo: both give the same
//! groups, in the same order.

use super::extract::extract;
use super::merge::{self, Group, ReportWords};
use super::{Candidate, SharedStr, ThinStr, Words};
use crate::content::Article;
use crate::dates::{Lang, PartialDate, Precision};
use crate::doc::ArticleId;
use crate::topics::AliasMatcher;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;

/// The extraction and merge work of the last build, to reuse.
#[derive(Default)]
pub struct Memo {
    lang: Option<Lang>,
    reports: Option<Reports>,
}

/// The articles' reports, merged date by date.
struct Reports {
    /// The articles these reports are of, in the build's order.
    articles: Vec<Arc<Article>>,
    /// Each article's candidates.
    candidates: Vec<Vec<Candidate>>,
    /// For each start date, the articles reporting something then.
    by_start: HashMap<PartialDate, BTreeSet<ArticleId>>,
    /// For each start date, its merged groups, in date order.
    merged: BTreeMap<PartialDate, Vec<Group>>,
}

impl Memo {
    /// Every group of the articles' reports, in date order: reused where the inputs are the
    /// last build's, extracted and merged (in parallel) where not.
    pub fn groups(
        &mut self,
        articles: &[Arc<Article>],
        lang: Lang,
        matcher: &AliasMatcher,
        aliases_changed: bool,
    ) -> Vec<Group> {
        if self.lang != Some(lang) {
            self.reports = None;
            self.lang = Some(lang);
        }
        let reports = match self.reports.take() {
            Some(mut r) => {
                if r.update(articles, lang, matcher) {
                    if aliases_changed {
                        r.merged.par_iter_mut().for_each(|(_, groups)| {
                            for g in groups {
                                g.topics = merge::named_topics(matcher, articles, &g.mentions).into();
                            }
                        });
                    }
                    r
                } else {
                    Reports::build(articles, lang, matcher, Some(r))
                }
            }
            None => Reports::build(articles, lang, matcher, None),
        };
        let groups = reports.merged.values().flatten().cloned().collect();
        self.reports = Some(reports);
        groups
    }
}

/// Every group of the articles' reports, in date order, for a build that keeps nothing: the
/// groups are moved out, and every candidate and index freed before the site renders. They
/// come in runs, one per start date, never copied into one list: the chronology is made run
/// by run, each freed as its events are made, so that the groups and the events they become
/// are never both whole in memory.
///
/// The candidates are moved into their date's bucket, not copied as [`Reports`] does to
/// keep them for the next build: each bucket is freed as it is merged, and the groups hold
/// what is left of it.
///
/// Without `editors` (no editor's event or word on one), a group's words find nothing: they
/// are freed as its bucket is merged, while in cache, rather than held by every group until
/// the events are made (the most memory the merged groups held), or made the words that
/// disagreements are found by when they are those.
///
/// `extracted`: the articles' candidates when [`extract_all`] already ran on these articles
/// and this language (beside the serial steps of resolving); they are extracted here if not.
pub fn groups_once(
    articles: &[Arc<Article>],
    lang: Lang,
    matcher: &AliasMatcher,
    editors: bool,
    extracted: Option<Extracted>,
) -> Vec<Vec<Group>> {
    let mut candidates = match extracted {
        Some(e) if e.of == (articles.len(), lang) => e.candidates,
        _ => extract_all(articles, lang).candidates,
    };
    let span = crate::trace::span("chronology: bucket");
    // The texts each report keeps are settled article by article, in parallel: this was
    // most of the one-threaded work between extraction and merging.
    let seen = Shelves::default();
    candidates.par_iter_mut().for_each(|cands| settle(cands, articles, &seen));
    drop(seen);
    // Article order, then text order within an article: the order `Reports::merge` reads
    // a date's candidates in. What can be is done in parallel: the dates, put in order once,
    // and each report's place among them (by halving, not by hash), article by article; then
    // the counts, and the moves ([`into_buckets`]), each bucket made at its size (growing
    // them by doubling would copy every candidate again).
    let mut dates: Vec<PartialDate> =
        candidates.par_iter().flat_map_iter(|cands| cands.iter().map(|c| c.mention.span.start)).collect();
    dates.par_sort_unstable();
    dates.dedup();
    // A date per report until deduplicated (23 MiB of 100,000 articles): given back before
    // the buckets are made, the step's peak.
    dates.shrink_to_fit();
    let slots: Vec<Vec<u32>> = candidates
        .par_iter()
        .map(|cands| cands.iter().map(|c| dates.partition_point(|d| *d < c.mention.span.start) as u32).collect())
        .collect();
    let count = |slots: &[Vec<u32>]| {
        let mut sizes = vec![0usize; dates.len()];
        for &k in slots.iter().flatten() {
            if let Some(n) = sizes.get_mut(k as usize) {
                *n += 1;
            }
        }
        sizes
    };
    // The move is split in two halves of the reports (by article, in order), moved at once;
    // the second half's then follow the first's in each bucket. Moved by one thread, they
    // were a third of this step's time.
    let half = match rayon::current_num_threads() {
        0 | 1 => candidates.len(),
        _ => halfway(&slots),
    };
    let sizes = count(&slots);
    let later = candidates.split_off(half);
    let (mut by_start, later) = rayon::join(
        || into_buckets(candidates, &slots[..half], &sizes),
        || into_buckets(later, &slots[half..], &count(&slots[half..])),
    );
    drop((sizes, slots, dates));
    by_start.par_iter_mut().zip(later).for_each(|(bucket, mut more)| {
        if bucket.is_empty() {
            *bucket = more;
        } else {
            bucket.append(&mut more);
        }
    });
    let buckets = by_start;
    drop(span);
    let _span = crate::trace::span("chronology: merge");
    buckets.into_par_iter().map(|cands| merge_date(cands, matcher, articles, editors)).collect()
}

/// Every article's candidates, extracted in parallel, for [`groups_once`].
pub struct Extracted {
    /// How many articles, and the site's language, they were extracted with.
    of: (usize, Lang),
    /// Each article's candidates, by [`ArticleId`].
    candidates: Vec<Vec<Candidate>>,
}

/// Extracts every article's candidates, in parallel. It needs nothing resolving makes: a
/// build starts it beside the steps of resolving that run on one thread.
pub fn extract_all(articles: &[Arc<Article>], lang: Lang) -> Extracted {
    let _span = crate::trace::span("chronology: extract");
    let candidates = ArticleId::all(articles.len())
        .collect::<Vec<_>>()
        .into_par_iter()
        .map(|ai| extract(ai, &articles[ai], lang))
        .collect();
    Extracted { of: (articles.len(), lang), candidates }
}

/// The article where the reports of `slots` (each article's) are halved: the first whose
/// reports and those before it are half of all.
fn halfway(slots: &[Vec<u32>]) -> usize {
    let total: usize = slots.iter().map(Vec::len).sum();
    let mut seen = 0;
    slots
        .iter()
        .position(|s| {
            seen += s.len();
            2 * seen >= total
        })
        .map_or(slots.len(), |k| k + 1)
}

/// The reports of these articles (in order) moved into their start date's bucket (`slots`:
/// each report's), in order. Each bucket is made when its first report comes, with room for
/// `room` of its reports: the articles' lists are freed as they are emptied, and buckets made
/// as they go can take their memory, where buckets all made up front held a second copy of
/// every report (at 100,000 articles this was the build's peak, 107 MiB above the next
/// highest). Reports that follow in another half fill the room left.
fn into_buckets(candidates: Vec<Vec<Candidate>>, slots: &[Vec<u32>], room: &[usize]) -> Vec<Vec<Candidate>> {
    let mut by_start: Vec<Vec<Candidate>> = room.iter().map(|_| Vec::new()).collect();
    for (cands, slots) in candidates.into_iter().zip(slots) {
        for (c, &k) in cands.into_iter().zip(slots) {
            if let Some(bucket) = by_start.get_mut(k as usize) {
                if bucket.capacity() == 0 {
                    bucket.reserve_exact(room.get(k as usize).copied().unwrap_or(1));
                }
                bucket.push(c);
            }
        }
    }
    by_start
}

/// Settles the texts one article's reports keep for the rest of the build. The paragraph
/// ids and dating words that articles share (`p3`, `en 2023`) are kept once for the whole
/// chronology (`seen`, asked once per article): hundreds of thousands of reports hold them.
/// A sentence that is not a stretch of its paragraph is copied afresh: extraction made it
/// amid the tagger's scratch memory, over pages that its freeing leaves mostly empty but
/// held. A sentence that is a stretch of its paragraph points into the article's text, and
/// stays so.
fn settle(cands: &mut [Candidate], articles: &[Arc<Article>], seen: &Shelves) {
    // The article's own copies of those texts, each once (extraction shares them within an
    // article), and the chronology's copies of them.
    let mut own: Vec<ThinStr> = Vec::new();
    let index = |own: &[ThinStr], t: &ThinStr| own.iter().rposition(|o| o.ptr_eq(t));
    for c in cands.iter() {
        for t in [&c.mention.block, &c.mention.expression] {
            if index(&own, t).is_none() {
                own.push(t.clone());
            }
        }
    }
    let kept: Vec<ThinStr> = own.iter().map(|t| seen.intern(t)).collect();
    // The last sentence copied, as it was and as it is: a sentence that gives two dates is
    // shared by its two reports, which come one after the other.
    let mut last: Option<(SharedStr, SharedStr)> = None;
    // The paragraph the last sentence was found in: reports come in text order, so most are
    // in the same paragraph as the one before, and the others need not be looked for among
    // all the article's paragraphs.
    let mut hint = 0;
    for c in cands.iter_mut() {
        for t in [&mut c.mention.block, &mut c.mention.expression] {
            if let Some(k) = index(&own, t) {
                *t = kept[k].clone();
            }
        }
        let mut in_article = || {
            let blocks = &articles[c.mention.article].body.blocks;
            let found = blocks
                .get(hint..)
                .into_iter()
                .flatten()
                .chain(blocks.get(..hint).into_iter().flatten())
                .position(|b| c.mention.sentence.is_in(&b.text));
            if let Some(k) = found {
                hint = (hint + k) % blocks.len();
            }
            found.is_some()
        };
        c.mention.sentence = match &last {
            Some((was, now)) if was.ptr_eq(&c.mention.sentence) => now.clone(),
            _ if in_article() => continue,
            _ => {
                let now = SharedStr::from(&*c.mention.sentence);
                let was = std::mem::replace(&mut c.mention.sentence, now.clone());
                last = Some((was, now));
                continue;
            }
        };
    }
}

/// The texts [`groups_once`] keeps once, by the fast hash: each article's paragraph ids and
/// dating words are looked up here.
type Interned = HashSet<ThinStr, std::hash::BuildHasherDefault<crate::fast_hash::FastHasher>>;

/// The texts [`groups_once`] keeps once, on shelves by their hash, each behind its own lock:
/// behind one lock for all, taken by each article in turn, the threads settling articles
/// waited on each other.
struct Shelves {
    shelves: Vec<std::sync::Mutex<Interned>>,
}

/// How many [`Shelves`]: enough that two threads seldom want one at once.
const SHELVES: usize = 64;

impl Default for Shelves {
    fn default() -> Self {
        Shelves { shelves: (0..SHELVES).map(|_| std::sync::Mutex::default()).collect() }
    }
}

impl Shelves {
    /// The copy of `s` the shelves hold, made (afresh) and shelved when there is none; `s`
    /// itself if its shelf's lock was poisoned (a thread panicked holding it).
    fn intern(&self, s: &ThinStr) -> ThinStr {
        use std::hash::{BuildHasher, BuildHasherDefault};
        let hash = BuildHasherDefault::<crate::fast_hash::FastHasher>::default().hash_one(&**s);
        // The top bits: the set's table picks its slots by the low ones.
        let shelf = (hash >> 58) as usize % SHELVES;
        match self.shelves.get(shelf).map(|m| m.lock()) {
            Some(Ok(mut seen)) => intern(&mut seen, s),
            _ => s.clone(),
        }
    }
}

/// The copy of `s` that `seen` holds, made (afresh) and added when there is none.
fn intern(seen: &mut Interned, s: &ThinStr) -> ThinStr {
    match seen.get(&**s) {
        Some(kept) => kept.clone(),
        None => {
            let fresh = ThinStr::from(&**s);
            seen.insert(fresh.clone());
            fresh
        }
    }
}

/// The groups of one start date's candidates, in the order they are found, with the words
/// disagreements are found by when their date is a day: gathered here from the words the
/// candidates were matched by, not read from their sentences again once events are made.
/// Without `editors`, the groups keep no words of their own ([`groups_once`]).
fn merge_date(cands: Vec<Candidate>, matcher: &AliasMatcher, articles: &[Arc<Article>], editors: bool) -> Vec<Group> {
    // Only an event dated to the day is compared for disagreements: its bucket's groups
    // (one start date) gather its words as they merge, from the words they are matched by.
    let day = cands.first().is_some_and(|c| c.mention.span.start.precision() == Precision::Day);
    merge::merge(cands, day)
        .into_iter()
        .map(|(mentions, words, report)| {
            let (words, report_words) = match report {
                _ if editors => (words, report),
                ReportWords::Words => (Words::default(), ReportWords::Own(Box::new(words))),
                report => (Words::default(), report),
            };
            let topics = merge::named_topics(matcher, articles, &mentions).into();
            let text = mentions.first().map(|m| m.sentence.clone().into()).unwrap_or_default();
            Group { report_words, topics, text, mentions, words }
        })
        .collect()
}

impl Reports {
    /// Extracts (or takes from `old`, for articles that have not changed) every article's
    /// reports, and merges them.
    fn build(articles: &[Arc<Article>], lang: Lang, matcher: &AliasMatcher, old: Option<Reports>) -> Self {
        let old: HashMap<&Path, (&Arc<Article>, &Vec<Candidate>)> = old
            .as_ref()
            .map(|o| o.articles.iter().zip(&o.candidates).map(|(a, c)| (a.path.as_path(), (a, c))).collect())
            .unwrap_or_default();
        let candidates: Vec<Vec<Candidate>> = ArticleId::all(articles.len())
            .collect::<Vec<_>>()
            .into_par_iter()
            .map(|ai| {
                let a = &articles[ai];
                match old.get(a.path.as_path()).filter(|(was, _)| Arc::ptr_eq(was, a)) {
                    Some((_, cands)) => {
                        let mut cands = (*cands).clone();
                        for c in &mut cands {
                            c.mention.article = ai;
                        }
                        cands
                    }
                    None => extract(ai, a, lang),
                }
            })
            .collect();
        let mut by_start: HashMap<PartialDate, BTreeSet<ArticleId>> = HashMap::new();
        for (ai, cands) in ArticleId::all(candidates.len()).zip(&candidates) {
            for c in cands {
                by_start.entry(c.mention.span.start).or_default().insert(ai);
            }
        }
        let mut reports = Reports { articles: articles.to_vec(), candidates, by_start, merged: BTreeMap::new() };
        let starts: Vec<PartialDate> = reports.by_start.keys().copied().collect();
        reports.merge(starts, matcher);
        reports
    }

    /// Takes in the articles that changed, when the list is otherwise the same files in the
    /// same order; `false` (nothing done) when it is not.
    fn update(&mut self, articles: &[Arc<Article>], lang: Lang, matcher: &AliasMatcher) -> bool {
        if self.articles.len() != articles.len() || self.articles.iter().zip(articles).any(|(a, b)| a.path != b.path) {
            return false;
        }
        let changed: Vec<ArticleId> =
            ArticleId::all(articles.len()).filter(|&i| !Arc::ptr_eq(&self.articles[i], &articles[i])).collect();
        let fresh: Vec<Vec<Candidate>> = changed.par_iter().map(|&ai| extract(ai, &articles[ai], lang)).collect();
        let mut starts = BTreeSet::new();
        for (&ai, new) in changed.iter().zip(fresh) {
            for c in &self.candidates[ai] {
                let start = c.mention.span.start;
                starts.insert(start);
                if let Some(set) = self.by_start.get_mut(&start) {
                    set.remove(&ai);
                }
            }
            for c in &new {
                starts.insert(c.mention.span.start);
                self.by_start.entry(c.mention.span.start).or_default().insert(ai);
            }
            self.candidates[ai.index()] = new;
            self.articles[ai.index()] = Arc::clone(&articles[ai]);
        }
        self.merge(starts.into_iter().collect(), matcher);
        true
    }

    /// Merges again the reports of these start dates.
    fn merge(&mut self, starts: Vec<PartialDate>, matcher: &AliasMatcher) {
        let articles = &self.articles;
        let merged: Vec<(PartialDate, Option<Vec<Group>>)> = starts
            .into_par_iter()
            .map(|start| {
                let cands: Vec<Candidate> = self
                    .by_start
                    .get(&start)
                    .into_iter()
                    .flatten()
                    .flat_map(|&ai| self.candidates[ai].iter().filter(|c| c.mention.span.start == start).cloned())
                    .collect();
                if cands.is_empty() {
                    return (start, None);
                }
                (start, Some(merge_date(cands, matcher, articles, true)))
            })
            .collect();
        for (start, groups) in merged {
            match groups {
                Some(g) => {
                    self.merged.insert(start, g);
                }
                None => {
                    self.merged.remove(&start);
                    self.by_start.remove(&start);
                }
            }
        }
    }
}
