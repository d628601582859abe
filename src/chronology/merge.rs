//! Merging: candidates that report one event become one group. Reports are compared with
//! each other, never with a union of words that grows as a group does: a report joins a group
//! only when it reads as the same event as each of the group's first distinct reports
//! (complete link), so that a much-reported event cannot come to match everything of its date.

use super::words::{content_words, Words};
use super::{Candidate, Mention};
use crate::cache_hint;
use crate::content::Article;
use crate::dates::PartialDate;
use crate::doc::{ArticleId, TopicId};
use crate::fast_hash::{FastHasher, FastMap};
use crate::topics::AliasMatcher;
use std::sync::Arc;

/// The reports of one event, merged.
#[derive(Debug, Clone)]
pub struct Group {
    /// Where articles report it, by article and paragraph.
    pub mentions: Vec<Mention>,
    /// Its first report's sentence, the text of the event it becomes: shared with that
    /// report, and taken when the merge has just read it. Sharing it when the event is made
    /// counted a reference to text far from anything in cache, one event after the other (a
    /// third of making the events).
    pub text: super::Text,
    /// The words of its first distinct reports, for finding the editors' event it reports:
    /// none when there is no editors' event to find ([`super::incremental::groups_once`]).
    pub words: Words,
    /// The words of its text and first reports, for finding disagreements between events:
    /// gathered as it merges when its date is a day, the only events compared.
    pub report_words: ReportWords,
    /// The topics its own reports name, boxed to their length while the list is at hand
    /// (made into an event's, it was shrunk when no longer in cache).
    pub topics: Box<[TopicId]>,
}

/// How many distinct reports of a group a newcomer is compared with, and that say what the
/// event is about: enough to hold a group to its event, few enough to keep merging linear.
pub const REPRESENTATIVES: usize = 8;

/// Whether two reports (their content words and names) read as one event. Names (people,
/// places, bodies) are what tells one event from another: reports that share two names or
/// more, and at least half of the less named one's, need share only half of the shorter's
/// words (outlets word one event differently). One shared name is not enough (`la Cour des
/// comptes` is in many sentences), and reports without names have only their words to tell
/// what happened: then they must use the same ones, so that a date and common words never
/// suffice (`la direction a reconnu le projet` is not `la direction a contesté le projet`,
/// and `le maire a annoncé une enveloppe`, whose verb of saying is no content word, is not
/// `le maire a rejeté une enveloppe`).
pub fn same_report(a: (&Words, &Words), b: (&Words, &Words)) -> bool {
    shared_if_same((a.0.keys(), a.1.keys()), (b.0.keys(), b.1.keys())).is_some()
}

/// How many words two reports share, when they read as one event ([`same_report`]): the
/// merge scores a group by it, and counting twice was a fifth of its comparisons. On the
/// keys themselves: a group's first report is read from [`Firsts`], not from a [`Words`].
fn shared_if_same(a: (&[u64], &[u64]), b: (&[u64], &[u64])) -> Option<usize> {
    let ((aw, an), (bw, bn)) = (a, b);
    // The names first: they are few, and most reports compared share too few of them, when
    // only the very same words will do. Those are compared as a whole (their lengths first)
    // rather than counted: counting every report's shared words was most of choosing a group
    // at 10,000 articles, and grew with the groups a report is compared with.
    let names = count_shared(an, bn);
    if names >= 2 && 2 * names >= an.len().min(bn.len()) {
        let shared = count_shared(aw, bw);
        (shared >= 3 && 2 * shared >= aw.len().min(bw.len())).then_some(shared)
    } else {
        // Sorted and unique: sharing all of both is being equal.
        (aw.len() >= 3 && aw == bw).then_some(aw.len())
    }
}

/// How many keys two sorted key lists share. [`Words::shared`] on slices, with no branch on
/// which side is behind: a report is compared with dozens of groups, and the branches of a
/// merge of random keys are mispredicted half the time.
fn count_shared(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while let (Some(&x), Some(&y)) = (a.get(i), b.get(j)) {
        n += usize::from(x == y);
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    n
}

/// Whether an editor's event text and an extracted group's words say the same thing: an
/// editor writes in their own words, so a third of the shorter is enough, with three words.
pub fn matches_curated(curated: &Words, group: &Words) -> bool {
    let (sim, shared) = super::similarity(curated, group);
    shared >= 3 && sim >= 0.3
}

/// A group being built: its mentions, and its distinct reports (words, names).
struct Building {
    mentions: Vec<Mention>,
    /// Its first report, as the candidate gave it (a copy is in [`Firsts`]): for a group of
    /// one report, its words are the group's, moved rather than copied.
    first: (Words, Words),
    /// Its later distinct reports, up to [`REPRESENTATIVES`] in all: most groups have none,
    /// and no room for them.
    more: Vec<(Words, Words)>,
    /// The keys of its [`report_words`], gathered as its first reports join (when asked
    /// for), but for the first report's words when those are its own ([`Building::report_first`]).
    report: Vec<u64>,
    /// Whether the first report's words are the first of [`Building::report`]'s: most are,
    /// and are not copied there.
    report_first: bool,
}

impl Building {
    /// Adds the words of the group's newest mention to those [`report_words`] gives the
    /// event the group becomes: the same reports read, in the same order. `words` are those
    /// of the sentence the mention was matched by, taken for its own words when they are
    /// those (`own_read`, [`Candidate::own_read`]).
    fn gather_report(&mut self, words: &Words, own_read: bool) {
        let k = self.mentions.len() - 1;
        if k >= REPRESENTATIVES {
            return;
        }
        let m = &self.mentions[k];
        if k > 0 {
            // Read only for a second report on: a group's first sentence is in its article's
            // text, far from the merge's own memory.
            let text = &*self.mentions[0].sentence;
            // What `report_words` has read by now: the first report's own words, and those of
            // the reports after it with another sentence.
            let own = m.own_words();
            let read_before = self.mentions[0].own_words() == own
                || self.mentions[1..k].iter().any(|p| &*p.sentence != text && p.own_words() == own);
            if &*m.sentence == text || read_before {
                return;
            }
        }
        match (own_read, k) {
            (true, 0) => self.report_first = true,
            (true, _) => self.report.extend_from_slice(words.keys()),
            (false, _) => self.report.extend_from_slice(content_words(m.own_words()).keys()),
        }
    }

    /// Whether one of its distinct reports has these very words and names.
    fn has_report(&self, words: &Words, names: &Words) -> bool {
        std::iter::once(&self.first).chain(&self.more).any(|(w, n)| w == words && n == names)
    }

    /// Whether a report's key is among those of its reports (words, or names with `names`).
    fn has_key(&self, key: u64, names: bool) -> bool {
        std::iter::once(&self.first)
            .chain(&self.more)
            .any(|(w, n)| if names { n } else { w }.keys().binary_search(&key).is_ok())
    }

    /// Its mentions, the union of its reports' words, and its [`report_words`] when asked.
    fn finish(self, report: bool) -> Merged {
        let Building { mentions, first: (words, _), more, report: mut keys, report_first } = self;
        let mut union = words;
        if !more.is_empty() {
            // Before the union is made: the first report's words may be the report's first.
            if report_first {
                keys.splice(0..0, union.keys().iter().copied());
            }
            for (w, _) in &more {
                union.extend(w);
            }
        } else if report_first {
            if keys.is_empty() {
                // The words of its one report, read as its own: the group's.
                return (mentions, union, ReportWords::Words);
            }
            keys.splice(0..0, union.keys().iter().copied());
        }
        let words = match report {
            false => ReportWords::Unknown,
            true => match Words::from_keys(keys) {
                w if w == union => ReportWords::Words,
                w => ReportWords::Own(Box::new(w)),
            },
        };
        (mentions, union, words)
    }
}

/// Each group's first report and the article of its latest mention, in one array, and the
/// reports' keys in another, in the order groups are made: a report is compared with a few
/// dozen groups, and most are turned down by their first report. Read from the candidates'
/// own boxes, scattered over the heap of every article's extraction, each of those was a
/// few cache misses, more of them and dearer the larger the dossier.
#[derive(Default)]
struct Firsts {
    of: Vec<First>,
    /// Each first report's words, then its names.
    keys: Vec<u64>,
}

/// One group's entry in [`Firsts`].
#[derive(Clone, Copy)]
struct First {
    /// Where its words start in [`Firsts::keys`].
    at: usize,
    /// How many words, then names.
    words: usize,
    names: usize,
    /// How many distinct reports the group keeps: beyond the first, read from the group.
    reps: usize,
    /// The article of the group's latest mention.
    last: ArticleId,
}

impl Firsts {
    /// Adds the first report of the next group.
    fn push(&mut self, words: &Words, names: &Words, article: ArticleId) {
        let at = self.keys.len();
        self.keys.extend_from_slice(words.keys());
        self.keys.extend_from_slice(names.keys());
        self.of.push(First { at, words: words.len(), names: names.len(), reps: 1, last: article });
    }

    /// Group `g`'s first report: its words and names.
    fn report(&self, g: usize) -> (&[u64], &[u64]) {
        let Some(f) = self.of.get(g) else { return (&[], &[]) };
        let words = self.keys.get(f.at..f.at + f.words).unwrap_or_default();
        let names = self.keys.get(f.at + f.words..f.at + f.words + f.names).unwrap_or_default();
        (words, names)
    }
}

/// The words [`report_words`] gives the event a group becomes, as its merge gathered them.
#[derive(Debug, Clone, Default)]
pub enum ReportWords {
    /// Not gathered: [`super::conflicts::find`] reads them if it needs them.
    #[default]
    Unknown,
    /// The group's own [`Group::words`]: most often they are, and the group's are kept
    /// for its event rather than a second copy made while every group is held.
    Words,
    /// These.
    Own(Box<Words>),
}

/// A merged group: its mentions, the words of its first distinct reports, and its
/// [`report_words`] when asked for.
pub type Merged = (Vec<Mention>, Words, ReportWords);

/// How many groups of one date a word may be in and still be looked up: a word that many
/// groups share says nothing about which event a report is of (`décision`, `annoncé`), and
/// looking through all of them would make merging quadratic in the reports of a date.
/// Sixteen rather than 32: the groups looked through per report doubled from 10,000
/// articles to 100,000 (18 to 36) as dates filled up, and at 16 the 10,000 merge the same.
const COMMON: usize = 16;

/// How many words and names of one report each group shares, by group number: counted in
/// an array rather than a map (a report is looked up in a few dozen groups' lists, and each
/// look-up was a hash), and reset group by group, those it touched only.
#[derive(Default)]
struct Counts {
    /// Words and names shared, by group.
    of: Vec<(u32, u32)>,
    /// The groups counted since the last [`Counts::drain`].
    touched: Vec<usize>,
}

impl Counts {
    fn add(&mut self, g: usize, name: bool) {
        if g >= self.of.len() {
            self.of.resize(g + 1, (0, 0));
        }
        let n = &mut self.of[g];
        if *n == (0, 0) {
            self.touched.push(g);
        }
        if name {
            n.1 += 1;
        } else {
            n.0 += 1;
        }
    }

    /// Hands each counted group and its counts to `f`, and sets them back to nothing.
    fn drain(&mut self, mut f: impl FnMut(usize, (usize, usize))) {
        for g in self.touched.drain(..) {
            let n = std::mem::take(&mut self.of[g]);
            f(g, (n.0 as usize, n.1 as usize));
        }
    }
}

/// Groups by word (or name): for each key, its list's length and where it is. A list of one
/// group is that group, kept in the key's entry; a longer one is a block of `blocks`, of
/// room for a power of two of groups, moved to a block twice as large when full. A list is
/// read from one or two cache lines: lists threaded entry by entry through one vector
/// scattered a long list's entries over as many lines. The lists' order is no matter:
/// [`Bucket::near`] sorts what it finds.
#[derive(Default)]
struct Postings {
    /// Each key's list: its length, and its one group or where its block starts.
    heads: FastMap<u64, (u32, u32)>,
    /// The blocks of the lists of more than one group (and those they outgrew).
    blocks: Vec<u32>,
}

impl Postings {
    /// Files group `g` under `key`. Past [`COMMON`] groups a key's list is only counted:
    /// [`Postings::each`] never reads a longer one.
    fn push(&mut self, key: u64, g: usize) {
        let g = g as u32;
        let head = self.heads.entry(key).or_insert((0, 0));
        let (len, at) = *head;
        if len as usize >= COMMON {
            head.0 = len.saturating_add(1);
            return;
        }
        let at = match len {
            0 => g,
            1 => {
                let block = self.blocks.len() as u32;
                self.blocks.extend([at, g]);
                block
            }
            _ => {
                let mut at = at as usize;
                let len = len as usize;
                if len.is_power_of_two() {
                    // Full: moved to the end, into a block twice its size.
                    let block = self.blocks.len();
                    self.blocks.extend_from_within(at..at + len);
                    self.blocks.resize(block + (2 * len).min(COMMON), u32::MAX);
                    at = block;
                }
                if let Some(slot) = self.blocks.get_mut(at + len) {
                    *slot = g;
                }
                at as u32
            }
        };
        *head = (len + 1, at);
    }

    /// Hands each group filed under `key` to `f`, unless more than [`COMMON`] are.
    fn each(&self, key: u64, mut f: impl FnMut(usize)) {
        let Some(&(len, at)) = self.heads.get(&key) else { return };
        match len as usize {
            1 => f(at as usize),
            len if len <= COMMON => {
                let at = at as usize;
                for &g in self.blocks.get(at..at + len).unwrap_or_default() {
                    f(g as usize);
                }
            }
            _ => {}
        }
    }
}

/// Groups by the exact words of one of their reports, by a hash of those words: a report
/// repeated word for word is found however common its words are. Keyed by hash rather than
/// by a copy of the words (one more allocation and free per report); each entry names the
/// report it was filed for, whose words tell the entries of words that share a hash apart.
#[derive(Default)]
struct Exact {
    /// By hash: the first report filed.
    heads: FastMap<u64, Filed>,
    /// Further reports filed under a hash already taken.
    chain: Vec<Filed>,
}

/// A report filed in [`Exact`]: its group, its place among the group's distinct reports,
/// and the next entry of its hash's chain (`u32::MAX`: none).
#[derive(Clone, Copy)]
struct Filed {
    group: u32,
    rep: u32,
    next: u32,
}

impl Exact {
    /// The group of the first report filed under `hash` whose words are those `is` (given
    /// a group and a report's place) looks for.
    fn get(&self, hash: u64, is: impl Fn(usize, usize) -> bool) -> Option<usize> {
        let head = self.heads.get(&hash).copied();
        std::iter::successors(head, |f| self.chain.get(f.next as usize).copied())
            .find(|f| is(f.group as usize, f.rep as usize))
            .map(|f| f.group as usize)
    }

    /// Files report `rep` of group `g` under `hash`, unless a report of the same words
    /// (`is`) is already filed: a look-up finds the first group to report them.
    fn add(&mut self, hash: u64, g: usize, rep: usize, is: impl Fn(usize, usize) -> bool) {
        if self.get(hash, is).is_some() {
            return;
        }
        let entry = Filed { group: g as u32, rep: rep as u32, next: u32::MAX };
        let Some(head) = self.heads.get_mut(&hash) else {
            self.heads.insert(hash, entry);
            return;
        };
        // Appended at the chain's end, so that its order is the filing order.
        let fresh = self.chain.len() as u32;
        let mut last = None;
        let mut next = head.next;
        while let Some(f) = self.chain.get(next as usize) {
            last = Some(next as usize);
            next = f.next;
        }
        match last.and_then(|i| self.chain.get_mut(i)) {
            Some(f) => f.next = fresh,
            None => head.next = fresh,
        }
        self.chain.push(entry);
    }
}

/// The hash [`Exact`] files a report's words under.
fn words_hash(words: &Words) -> u64 {
    use std::hash::Hasher;
    let mut h = FastHasher::default();
    h.write_usize(words.len());
    for &k in words.keys() {
        h.write_u64(k);
    }
    h.finish()
}

/// The groups of one start date, found by what their reports say.
#[derive(Default)]
struct Bucket {
    /// Groups by each word of their reports.
    words: Postings,
    /// Groups by each name of their reports.
    names: Postings,
    /// Groups by the exact words of one of their reports.
    exact: Exact,
}

impl Bucket {
    /// A bucket with room for `reports` reports of `words` word keys and `names` name keys
    /// in all (as many distinct keys at most).
    fn with_capacity(reports: usize, words: usize, names: usize) -> Bucket {
        let postings =
            |n: usize| Postings { heads: FastMap::with_capacity_and_hasher(n, Default::default()), blocks: Vec::new() };
        Bucket {
            words: postings(words),
            names: postings(names),
            exact: Exact { heads: FastMap::with_capacity_and_hasher(reports, Default::default()), chain: Vec::new() },
        }
    }

    /// The groups that may hold a report of `c`'s event, in creation order: those with a
    /// report of the very same words (`hash` of them; `is` tells whether a group's report
    /// has them), and those sharing three of its less common words or two of its less common
    /// names. Every group [`same_report`] would accept shares that much with it, unless the
    /// words it shares are all common ones.
    fn near(
        &self,
        c: &Candidate,
        hash: u64,
        is: impl Fn(usize, usize) -> bool,
        counts: &mut Counts,
        out: &mut Vec<usize>,
    ) {
        out.clear();
        let lookup = |index: &Postings, keys: &Words, counts: &mut Counts, name: bool| {
            for &k in keys.keys() {
                index.each(k, |g| counts.add(g, name));
            }
        };
        lookup(&self.words, &c.words, counts, false);
        lookup(&self.names, &c.names, counts, true);
        counts.drain(|g, (w, n)| {
            if w >= 3 || n >= 2 {
                out.push(g);
            }
        });
        if let Some(g) = self.exact.get(hash, is) {
            out.push(g);
        }
        out.sort_unstable();
        out.dedup();
    }

    /// Files a new report of group `g` (`None`: its first) under its words and names: those
    /// its other reports have are filed already.
    fn add(&mut self, g: usize, group: Option<&Building>, words: &Words, names: &Words) {
        for &w in words.keys() {
            if group.is_none_or(|b| !b.has_key(w, false)) {
                self.words.push(w, g);
            }
        }
        for &n in names.keys() {
            if group.is_none_or(|b| !b.has_key(n, true)) {
                self.names.push(n, g);
            }
        }
    }
}

/// Whether report `rep` of group `g` (its first, read from `firsts`, or a later one) has
/// exactly `words`.
fn rep_has(firsts: &Firsts, groups: &[Building], g: usize, rep: usize, words: &Words) -> bool {
    match rep.checked_sub(1) {
        None => firsts.report(g).0 == words.keys(),
        Some(r) => groups.get(g).and_then(|b| b.more.get(r)).is_some_and(|(w, _)| w == words),
    }
}

/// Merges candidates that report the same event. Only reports with one start date are
/// compared (the date is part of what an event is; other dates are disagreements, found
/// later), and among those only groups that share what identifies the event with the report.
/// The result is in date order, then by first mention. With `report`, each group also has
/// the words [`report_words`] would give the event it becomes, gathered from the words the
/// candidates were matched by rather than read from their sentences again.
pub fn merge(mut candidates: Vec<Candidate>, report: bool) -> Vec<Merged> {
    fn key(c: &Candidate) -> (crate::dates::DateSpan, ArticleId, &super::ThinStr) {
        (c.mention.span, c.mention.article, &c.mention.block)
    }
    // A date's candidates nearly always come in this order already (by article, then as
    // the text goes): the stable sort, which first takes room for half of them (112 bytes
    // each), is left for those that do not.
    if !candidates.is_sorted_by(|a, b| key(a) <= key(b)) {
        in_merge_order(&mut candidates);
    }
    // Most reports start a group of their own: room for as many groups as reports, and for
    // all their first reports' keys, rather than grown by doubling.
    let mut groups: Vec<Building> = Vec::with_capacity(candidates.len());
    let mut firsts = Firsts {
        of: Vec::with_capacity(candidates.len()),
        keys: Vec::with_capacity(candidates.iter().map(|c| c.words.len() + c.names.len()).sum()),
    };
    // Sorted by date first, a date's candidates are consecutive, and a group is only ever
    // looked for among its own date's: one bucket at a time, made afresh when the date
    // changes, where a map of buckets by date hashed the date of every candidate. Each is
    // made at the size of its reports' keys: its look-up tables, grown by doubling, were
    // rehashed again and again (a tenth of merging).
    let mut bucket = Bucket::default();
    let mut bucket_date: Option<PartialDate> = None;
    let mut counts = Counts::default();
    let mut near: Vec<usize> = Vec::new();
    let mut rest = candidates.into_iter();
    while let Some(c) = rest.next() {
        if let Some(ahead) = rest.as_slice().get(AHEAD) {
            prefetch(ahead.words.keys());
            prefetch(ahead.names.keys());
        }
        // The candidate whose lists are asked for above, later: its bucket was filled long
        // before it is merged, and reading where its lists are waited on memory (a fifth of
        // merging at 10,000 articles).
        if let Some(further) = rest.as_slice().get(2 * AHEAD) {
            let at: *const Candidate = further;
            cache_hint::prefetch(at);
            cache_hint::prefetch(at.cast::<u8>().wrapping_add(std::mem::size_of::<Candidate>() - 1));
        }
        let date = c.mention.span.start;
        if bucket_date != Some(date) {
            bucket = bucket_for(&c, rest.as_slice());
            bucket_date = Some(date);
        }
        let hash = words_hash(&c.words);
        let is = |g: usize, rep: usize| rep_has(&firsts, &groups, g, rep, &c.words);
        bucket.near(&c, hash, is, &mut counts, &mut near);
        let article = c.mention.article;
        match best_group(&c, &near, &firsts, &groups) {
            Some(g) => {
                let group = &mut groups[g];
                group.mentions.push(c.mention);
                if report {
                    group.gather_report(&c.words, c.own_read);
                }
                let Some(first) = firsts.of.get_mut(g) else { continue };
                first.last = article;
                let rep = first.reps;
                if rep < REPRESENTATIVES && !groups[g].has_report(&c.words, &c.names) {
                    bucket.add(g, Some(&groups[g]), &c.words, &c.names);
                    bucket.exact.add(hash, g, rep, |x, r| rep_has(&firsts, &groups, x, r, &c.words));
                    if let Some(first) = firsts.of.get_mut(g) {
                        first.reps += 1;
                    }
                    groups[g].more.push((c.words, c.names));
                }
            }
            None => {
                let g = groups.len();
                bucket.add(g, None, &c.words, &c.names);
                // Filed before the group is made: no report of it is there to be found.
                bucket.exact.add(hash, g, 0, |x, r| rep_has(&firsts, &groups, x, r, &c.words));
                firsts.push(&c.words, &c.names, article);
                let mut group = Building {
                    mentions: vec![c.mention],
                    first: Default::default(),
                    more: Vec::new(),
                    report: Vec::new(),
                    report_first: false,
                };
                if report {
                    group.gather_report(&c.words, c.own_read);
                }
                group.first = (c.words, c.names);
                groups.push(group);
            }
        }
    }
    drop((bucket, firsts, counts, near));
    groups.into_iter().map(|g| g.finish(report)).collect()
}

/// Puts candidates in the order [`merge`] reads them, that of a stable sort by date span,
/// article and paragraph id: by span and article first, then each run of one article's
/// reports of one span by paragraph id. What is out of order is nearly always within an
/// article (`p10` sorts before `p2`): those runs are a few reports each, where sorting the
/// whole date's (112 bytes each, and many more dates out of order the larger the dossier)
/// grew fifteenfold from 2,000 articles to 10,000.
fn in_merge_order(candidates: &mut [Candidate]) {
    let place = |c: &Candidate| (c.mention.span, c.mention.article);
    if !candidates.is_sorted_by_key(place) {
        candidates.sort_by_key(place);
    }
    for run in candidates.chunk_by_mut(|a, b| place(a) == place(b)) {
        run.sort_by(|a, b| a.mention.block.cmp(&b.mention.block));
    }
}

/// The bucket for the date of `first`, made at the size of the reports of that date: `first`
/// and those of `rest` that come before another date.
fn bucket_for(first: &Candidate, rest: &[Candidate]) -> Bucket {
    let date = first.mention.span.start;
    let of_date = std::iter::once(first).chain(rest.iter().take_while(|c| c.mention.span.start == date));
    let (mut n, mut words, mut names) = (0, 0, 0);
    for c in of_date {
        (n, words, names) = (n + 1, words + c.words.len(), names + c.names.len());
    }
    Bucket::with_capacity(n, words, names)
}

/// How many candidates ahead [`merge`] asks for the word lists of: a candidate's look-ups
/// take about as long as fetching them from memory.
const AHEAD: usize = 4;

/// Asks the processor to bring the start and end of `keys` into cache ahead of their use: the
/// merge reads the candidates' word lists in date order, and the lists lie where each article
/// was extracted, so that nearly every first read of one missed the cache (a fifth of
/// merging's time at 10,000 articles, more the larger the heap).
#[inline(always)]
fn prefetch(keys: &[u64]) {
    let first = keys.as_ptr();
    cache_hint::prefetch(first);
    cache_hint::prefetch(first.wrapping_add(keys.len().saturating_sub(1)));
}

/// The group `c` reports the event of, among the `near` ones: that whose every distinct
/// report reads as the same event as `c`'s, sharing the most words with it (the first made
/// at equal scores). Most are turned down by their first report, read from `firsts`.
fn best_group(c: &Candidate, near: &[usize], firsts: &Firsts, groups: &[Building]) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    let own = (c.words.keys(), c.names.keys());
    for &g in near {
        let Some(first) = firsts.of.get(g) else { continue };
        // Candidates come sorted by article and paragraph: a repeat of one paragraph can
        // only be the group's last mention, and a paragraph reports an event once.
        if first.last == c.mention.article
            && groups.get(g).and_then(|b| b.mentions.last()).is_some_and(|m| m.block == c.mention.block)
        {
            continue;
        }
        let Some(mut score) = shared_if_same(own, firsts.report(g)) else { continue };
        if first.reps > 1 {
            let Some(group) = groups.get(g) else { continue };
            let more: Option<usize> = group.more.iter().map(|(w, n)| shared_if_same(own, (w.keys(), n.keys()))).sum();
            let Some(more) = more else { continue };
            score += more;
        }
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, g));
        }
    }
    best.map(|(_, g)| g)
}

/// The topics an event's reports name: those whose aliases its first distinct sentences
/// give, or, for a sentence that names none, its paragraph. Never every topic of the
/// articles that report it: an article filed under three topics reports events of one.
pub fn named_topics(matcher: &AliasMatcher, articles: &[Arc<Article>], mentions: &[Mention]) -> Vec<TopicId> {
    let mut seen: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    if matcher.is_empty() {
        return out;
    }
    for m in mentions {
        if seen.len() == REPRESENTATIVES {
            break;
        }
        if seen.contains(&m.own_words()) {
            continue;
        }
        seen.push(m.own_words());
        let mut found: Vec<TopicId> = matcher.find(m.own_words()).into_iter().map(|(t, _)| t).collect();
        if found.is_empty() {
            if let Some(b) = articles[m.article].body.blocks.iter().find(|b| *b.id == *m.block) {
                found = matcher.find(&b.text).into_iter().map(|(t, _)| t).collect();
            }
        }
        out.extend(found);
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The words disagreements between events are found by: those of the event's text and of
/// its first reports.
pub fn report_words(text: &str, mentions: &[Mention]) -> Words {
    // An extracted event's text is its first report as shown: only its own words count.
    let own = mentions.iter().find(|m| &*m.sentence == text).map_or(text, Mention::own_words);
    // Each distinct report read once (outlets repeat a wire's sentence word for word), and
    // the words sorted once, not once per report.
    let mut read: Vec<&str> = Vec::with_capacity(REPRESENTATIVES + 1);
    read.push(own);
    let mut keys: Vec<u64> = content_words(own).into_keys();
    for m in mentions.iter().take(REPRESENTATIVES) {
        let words = m.own_words();
        if &*m.sentence != text && !read.contains(&words) {
            read.push(words);
            keys.extend_from_slice(content_words(words).keys());
        }
    }
    Words::from_keys(keys)
}

#[cfg(test)]
mod tests {
    use super::super::words::words_and_names;
    use super::*;

    fn same(a: &str, b: &str) -> bool {
        let (a, b) = (words_and_names(a), words_and_names(b));
        same_report((&a.0, &a.1), (&b.0, &b.1))
    }

    #[test]
    fn reports_of_one_event_share_its_names() {
        let a = "Vladimir Poutine s'est rendu à Minsk pour rencontrer Alexandre Loukachenko lundi.";
        let b = "Sommet entre Vladimir Putin et Alexander Lukashenko à Minsk ce lundi 19 décembre.";
        assert!(same(a, b));
        assert!(!same(a, "Le ministère des Finances a déclaré que les sanctions poussent le pays à la défaillance."));
        // Names that differ are two events, whatever words they share.
        assert!(!same(
            "Lundi, le président Macron a rencontré les syndicats agricoles à Paris pour parler des retraites.",
            "Lundi, le président Biden a rencontré les syndicats agricoles à Washington pour parler des retraites."
        ));
    }

    /// A key's groups are handed out while [`COMMON`] or fewer are filed under it, and
    /// none once more are, however many more come, and its list grows no more.
    #[test]
    fn postings_of_a_common_key_are_counted_not_kept() {
        let mut p = Postings::default();
        for g in 0..COMMON {
            p.push(7, g);
        }
        let mut seen = Vec::new();
        p.each(7, |g| seen.push(g));
        seen.sort_unstable();
        assert_eq!(seen, (0..COMMON).collect::<Vec<_>>());
        let kept = p.blocks.len();
        for g in COMMON..3 * COMMON {
            p.push(7, g);
        }
        p.push(8, 1);
        assert_eq!(p.blocks.len(), kept);
        let mut seen = Vec::new();
        p.each(7, |g| seen.push(g));
        p.each(8, |g| seen.push(g));
        assert_eq!(seen, [1]);
    }

    /// Reports filed under one hash are told apart by their words, and a look-up finds the
    /// first group filed for them, as a map of the words themselves would.
    #[test]
    fn exact_reports_sharing_a_hash_are_told_apart() {
        // Group g's report r has words number `words[g][r]`; every report hashes alike.
        let words = [[1, 2], [2, 3], [3, 1]];
        let is = |want: usize| move |g: usize, r: usize| words[g][r] == want;
        let mut e = Exact::default();
        for (g, reps) in words.iter().enumerate() {
            for (r, &w) in reps.iter().enumerate() {
                e.add(0, g, r, is(w));
            }
        }
        assert_eq!([1, 2, 3].map(|w| e.get(0, is(w))), [Some(0), Some(0), Some(1)]);
        assert_eq!(e.get(0, is(4)), None);
        assert_eq!(e.get(1, is(1)), None);
    }

    fn candidate(article: usize, day: u32, sentence: &str) -> Candidate {
        let (words, names) = words_and_names(sentence);
        let date = PartialDate::day(2024, 3, day).expect("a date");
        let mention = Mention {
            article: ArticleId(article),
            block: "p1".into(),
            sentence: sentence.into(),
            own: 0..sentence.len() as u16,
            expression: "mars".into(),
            span: crate::dates::DateSpan::at(date),
        };
        Candidate { mention, words, names, own_read: true }
    }

    /// Reports of several dates, given out of order: each date's are merged among
    /// themselves only (one bucket at a time), and the groups come in date order.
    #[test]
    fn each_date_merges_its_own_reports() {
        let a = "Vladimir Poutine s'est rendu à Minsk pour rencontrer Alexandre Loukachenko.";
        let b = "Le ministère des Finances de Lituanie a publié le budget rectificatif annuel.";
        let cands = vec![candidate(0, 5, a), candidate(1, 3, a), candidate(2, 5, b), candidate(3, 5, a)];
        let merged = merge(cands, false);
        let got: Vec<(u32, Vec<usize>)> = merged
            .iter()
            .map(|(m, _, _)| (m[0].span.start.get_day().unwrap_or(0), m.iter().map(|m| m.article.0).collect()))
            .collect();
        assert_eq!(got, [(3, vec![1]), (5, vec![0, 3]), (5, vec![2])]);
    }

    /// Reports of one date given out of order, with ranges ending on other days and
    /// paragraph ids that do not sort as the text goes (`p10` before `p2`): put in the order
    /// of a stable sort by span, article and paragraph id, repeats of one place kept in turn.
    #[test]
    fn candidates_are_put_in_the_order_of_a_stable_sort() {
        let mut cands = Vec::new();
        for (i, (article, block, end)) in [
            (2, "p2", None),
            (1, "p10", Some(7)),
            (1, "p2", None),
            (2, "p10", None),
            (1, "p10", None),
            (0, "p3", Some(6)),
            (1, "p2", None),
            (2, "p1", None),
            (1, "p10", None),
            (0, "p3", None),
        ]
        .into_iter()
        .enumerate()
        {
            let mut c = candidate(article, 5, &format!("Report number {i} of the day."));
            c.mention.block = block.into();
            if let Some(end) = end {
                c.mention.span.end = PartialDate::day(2024, 3, end);
            }
            cands.push(c);
        }
        let mut want: Vec<&Candidate> = cands.iter().collect();
        want.sort_by(|a, b| {
            let key = |c: &Candidate| (c.mention.span, c.mention.article, c.mention.block.to_string());
            key(a).cmp(&key(b))
        });
        let want: Vec<String> = want.iter().map(|c| c.mention.sentence.to_string()).collect();
        in_merge_order(&mut cands);
        let got: Vec<String> = cands.iter().map(|c| c.mention.sentence.to_string()).collect();
        assert_eq!(got, want);
        // The input is not left as it came: the reference order moves most of it.
        assert_ne!(got.first().map(String::as_str), Some("Report number 0 of the day."));
    }

    /// The names-first comparison answers as counting the shared words first did.
    #[test]
    fn same_report_answers_as_counting_words_first() {
        fn reference(a: (&[u64], &[u64]), b: (&[u64], &[u64])) -> Option<usize> {
            let ((aw, an), (bw, bn)) = (a, b);
            let shared = count_shared(aw, bw);
            if shared < 3 {
                return None;
            }
            let names = count_shared(an, bn);
            let same = if names >= 2 && 2 * names >= an.len().min(bn.len()) {
                2 * shared >= aw.len().min(bw.len())
            } else {
                shared == aw.len() && shared == bw.len()
            };
            same.then_some(shared)
        }
        // Every subset of a few words and names, against every other: words and names from
        // small ranges, so that many pairs share some and some are equal.
        let sets: Vec<Vec<u64>> = (0u32..64).map(|m| (0..6).filter(|b| m & (1 << b) != 0).collect()).collect();
        let names: Vec<Vec<u64>> = (0u32..8).map(|m| (0..3).filter(|b| m & (1 << b) != 0).collect()).collect();
        let (mut some, mut none) = (0, 0);
        for aw in &sets {
            for bw in sets.iter().step_by(3) {
                for an in &names {
                    for bn in &names {
                        let got = shared_if_same((aw, an), (bw, bn));
                        assert_eq!(got, reference((aw, an), (bw, bn)), "{aw:?} {an:?} / {bw:?} {bn:?}");
                        if got.is_some() {
                            some += 1
                        } else {
                            none += 1
                        }
                    }
                }
            }
        }
        assert!(some > 100 && none > 100, "{some} {none}");
    }

    #[test]
    fn reports_without_names_must_say_the_same_thing() {
        let a = "Samedi, la direction a reconnu le rapprochement des deux structures.";
        assert!(same(a, "La direction a reconnu samedi le rapprochement des deux structures."));
        assert!(!same(a, "Samedi, la direction a contesté le rapprochement des deux structures."));
        assert!(!same(a, "Samedi, les syndicats ont reconnu le rapprochement des deux structures."));
        assert!(!same(
            "Le 3 mars, le maire a rejeté une enveloppe supplémentaire.",
            "Le 3 mars, le maire a annoncé une enveloppe supplémentaire."
        ));
        // One name shared, with boilerplate, is no event in common.
        assert!(!same(
            "La Cour des comptes examine le calendrier des travaux, une décision attendue d'ici la fin de l'année.",
            "La Cour des comptes a confirmé la réforme du dispositif, une décision attendue d'ici la fin de l'année."
        ));
    }
}
