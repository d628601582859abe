//! Merging: candidates that report one event become one group. Reports are compared with
//! each other, never with a union of words that grows as a group does: a report joins a group
//! only when it reads as the same event as each of the group's first distinct reports
//! (complete link), so that a much-reported event cannot come to match everything of its date.

use super::extract::{content_words, Words};
use super::{Candidate, Mention};
use crate::content::Article;
use crate::dates::PartialDate;
use crate::doc::TopicId;
use crate::fast_hash::FastMap;
use crate::topics::AliasMatcher;
use std::sync::Arc;

/// The reports of one event, merged.
#[derive(Debug, Clone)]
pub struct Group {
    /// Where articles report it, by article and paragraph.
    pub mentions: Vec<Mention>,
    /// The words of its first distinct reports, for finding the editors' event it reports.
    pub words: Words,
    /// The words of its text and first reports, for finding disagreements between events:
    /// gathered as it merges when its date is a day, the only events compared.
    pub report_words: ReportWords,
    /// The topics its own reports name.
    pub topics: Vec<TopicId>,
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
    shared_if_same(a, b).is_some()
}

/// How many words two reports share, when they read as one event ([`same_report`]): the
/// merge scores a group by it, and counting twice was a fifth of its comparisons.
fn shared_if_same(a: (&Words, &Words), b: (&Words, &Words)) -> Option<usize> {
    let ((aw, an), (bw, bn)) = (a, b);
    let shared = aw.shared(bw);
    if shared < 3 {
        return None;
    }
    let names = an.shared(bn);
    let same = if names >= 2 && 2 * names >= an.len().min(bn.len()) {
        2 * shared >= aw.len().min(bw.len())
    } else {
        shared == aw.len() && shared == bw.len()
    };
    same.then_some(shared)
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
    reps: Vec<(Words, Words)>,
    union: Words,
    names: Words,
    /// The keys of its [`report_words`], gathered as its first reports join (when asked for).
    report: Vec<u64>,
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
        if own_read {
            self.report.extend_from_slice(words.keys());
        } else {
            self.report.extend_from_slice(content_words(m.own_words()).keys());
        }
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

/// Groups by word (or name): for each key, a list threaded through one vector, newest
/// first, and its length. One vector for all keys, rather than a vector per key: a date's
/// reports file tens of thousands of keys, and each list's own vector was an allocation
/// that grew and was freed (a sixth of merging's instructions). The lists' order is no
/// matter: [`Bucket::near`] sorts what it finds.
#[derive(Default)]
struct Postings {
    /// Each key's latest entry in `links` and its list's length.
    heads: FastMap<u64, (u32, u32)>,
    /// Entries: a group, and the key's entry before it (`u32::MAX`: none).
    links: Vec<(u32, u32)>,
}

impl Postings {
    /// Files group `g` under `key`. Past [`COMMON`] groups a key's list is only counted:
    /// [`Postings::each`] never reads a longer one, and the entries it would never read were
    /// most of `links` at 100,000 articles, scattering the ones it does read.
    fn push(&mut self, key: u64, g: usize) {
        let at = self.links.len() as u32;
        let head = self.heads.entry(key).or_insert((u32::MAX, 0));
        if head.1 as usize >= COMMON {
            head.1 = head.1.saturating_add(1);
            return;
        }
        self.links.push((g as u32, head.0));
        *head = (at, head.1 + 1);
    }

    /// Hands each group filed under `key` to `f`, unless more than [`COMMON`] are.
    fn each(&self, key: u64, mut f: impl FnMut(usize)) {
        let Some(&(mut at, len)) = self.heads.get(&key) else { return };
        if len as usize > COMMON {
            return;
        }
        while let Some(&(g, before)) = self.links.get(at as usize) {
            f(g as usize);
            at = before;
        }
    }
}

/// The groups of one start date, found by what their reports say.
#[derive(Default)]
struct Bucket {
    /// Groups by each word of their reports.
    words: Postings,
    /// Groups by each name of their reports.
    names: Postings,
    /// Groups by the exact words of one of their reports: a report repeated word for word is
    /// found however common its words are.
    exact: FastMap<Words, usize>,
}

impl Bucket {
    /// The groups that may hold a report of `c`'s event, in creation order: those with a
    /// report of the very same words, and those sharing three of its less common words or
    /// two of its less common names. Every group [`same_report`] would accept shares that
    /// much with it, unless the words it shares are all common ones.
    fn near(&self, c: &Candidate, counts: &mut Counts, out: &mut Vec<usize>) {
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
        if let Some(&g) = self.exact.get(&c.words) {
            out.push(g);
        }
        out.sort_unstable();
        out.dedup();
    }

    /// Files a new report of group `g` under its words and names.
    fn add(&mut self, g: usize, group: &Building, words: &Words, names: &Words) {
        for &w in words.keys() {
            if group.union.keys().binary_search(&w).is_err() {
                self.words.push(w, g);
            }
        }
        for &n in names.keys() {
            if group.names.keys().binary_search(&n).is_err() {
                self.names.push(n, g);
            }
        }
        self.exact.entry(words.clone()).or_insert(g);
    }
}

/// Merges candidates that report the same event. Only reports with one start date are
/// compared (the date is part of what an event is; other dates are disagreements, found
/// later), and among those only groups that share what identifies the event with the report.
/// The result is in date order, then by first mention. With `report`, each group also has
/// the words [`report_words`] would give the event it becomes, gathered from the words the
/// candidates were matched by rather than read from their sentences again.
pub fn merge(mut candidates: Vec<Candidate>, report: bool) -> Vec<Merged> {
    candidates.sort_by(|a, b| {
        (a.mention.span, a.mention.article, &a.mention.block).cmp(&(
            b.mention.span,
            b.mention.article,
            &b.mention.block,
        ))
    });
    let mut groups: Vec<Building> = Vec::new();
    let mut buckets: FastMap<PartialDate, Bucket> = FastMap::default();
    let mut counts = Counts::default();
    let mut near: Vec<usize> = Vec::new();
    for c in candidates {
        let bucket = buckets.entry(c.mention.span.start).or_default();
        bucket.near(&c, &mut counts, &mut near);
        let mut best: Option<(usize, usize)> = None;
        for &g in &near {
            let group = &groups[g];
            // Candidates come sorted by article and paragraph: a repeat of one paragraph can
            // only be the group's last mention, and a paragraph reports an event once.
            let last = &group.mentions[group.mentions.len() - 1];
            if last.article == c.mention.article && last.block == c.mention.block {
                continue;
            }
            let shared: Option<usize> =
                group.reps.iter().map(|(w, n)| shared_if_same((&c.words, &c.names), (w, n))).sum();
            if let Some(score) = shared {
                if best.is_none_or(|(s, _)| score > s) {
                    best = Some((score, g));
                }
            }
        }
        let g = match best {
            Some((_, g)) => {
                groups[g].mentions.push(c.mention);
                g
            }
            None => {
                groups.push(Building {
                    mentions: vec![c.mention],
                    reps: Vec::new(),
                    union: Words::default(),
                    names: Words::default(),
                    report: Vec::new(),
                });
                groups.len() - 1
            }
        };
        let group = &mut groups[g];
        if report {
            group.gather_report(&c.words, c.own_read);
        }
        if group.reps.len() < REPRESENTATIVES && !group.reps.iter().any(|(w, n)| *w == c.words && *n == c.names) {
            bucket.add(g, group, &c.words, &c.names);
            group.union.extend(&c.words);
            group.names.extend(&c.names);
            group.reps.push((c.words, c.names));
        }
    }
    groups
        .into_iter()
        .map(|g| {
            let words = match report {
                false => ReportWords::Unknown,
                true => match Words::from_keys(g.report) {
                    w if w == g.union => ReportWords::Words,
                    w => ReportWords::Own(Box::new(w)),
                },
            };
            (g.mentions, g.union, words)
        })
        .collect()
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
    use super::super::extract::words_and_names;
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
    /// none once more are, however many more come.
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
        for g in COMMON..3 * COMMON {
            p.push(7, g);
        }
        p.push(8, 1);
        assert_eq!(p.links.len(), COMMON + 1);
        let mut seen = Vec::new();
        p.each(7, |g| seen.push(g));
        p.each(8, |g| seen.push(g));
        assert_eq!(seen, [1]);
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
