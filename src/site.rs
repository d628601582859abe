//! The resolve stage: documents become a site graph. Topics are attached, citations numbered,
//! sources registered and cross-linked, the chronology built, and every problem reported with
//! its file and line.

use crate::chronology::{self, Conflict, Event, Mention};
use crate::config::Config;
use crate::content::{Article, Content, EventDef, EventEdit, Located, Note, Topic};
use crate::dates::{Lang, PartialDate, Precision};
use crate::diagnostics::Diagnostic;
use crate::markdown;
use crate::sources::{self, Numbering, Source, SourceKind};
use crate::text::escape_html;
use crate::topics::{self, Reason};
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A page of the site that holds content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DocRef {
    /// `articles/<slug>.html`.
    Article(usize),
    /// `notes/<slug>.html`.
    Note(usize),
    /// `topics/<slug>.html`.
    Topic(usize),
}

/// The resolved site: everything the renderer needs, computed once.
#[derive(Debug)]
pub struct Site {
    /// The configuration.
    pub config: Config,
    /// The interface language.
    pub lang: Lang,
    /// Articles, by file path.
    pub articles: Vec<Arc<Article>>,
    /// Notes, by file path.
    pub notes: Vec<Arc<Note>>,
    /// Topics, in home-page order.
    pub topics: Vec<Arc<Topic>>,
    /// Every source: articles, then what they cite.
    pub sources: Vec<Source>,
    /// Source index by citation id.
    pub source_index: HashMap<String, usize>,
    /// For each article, its topics and why.
    pub article_topics: Vec<Vec<(usize, Reason)>>,
    /// For each topic, its articles and why.
    pub topic_articles: Vec<Vec<(usize, Reason)>>,
    /// For each note, its topics.
    pub note_topics: Vec<Vec<usize>>,
    /// For each topic, its notes.
    pub topic_notes: Vec<Vec<usize>>,
    /// Citation numbering of each note.
    pub note_citations: Vec<Numbering>,
    /// Citation numbering of each topic's briefing.
    pub topic_citations: Vec<Numbering>,
    /// For each source, the pages that cite it.
    pub cited_by: Vec<Vec<DocRef>>,
    /// The chronology, by date.
    pub events: Vec<Event>,
    /// For each article, the events it reports or is cited for.
    pub article_events: Vec<Vec<usize>>,
    /// For each topic, its events.
    pub topic_events: Vec<Vec<usize>>,
    /// For each note, the events it declares.
    pub note_events: Vec<Vec<usize>>,
    /// Problems that do not stop the build.
    pub warnings: Vec<Diagnostic>,
}

/// What resolving keeps from one build to the next in a long-running process (`briefing
/// serve`): the work done on each article that has not changed, and the merged chronology,
/// merged again only on the dates that changed articles report. An article is unchanged when
/// it is the very document of the last build ([`Arc::ptr_eq`]), which the content cache hands
/// on for files it did not read again.
#[derive(Default)]
pub struct Memo {
    lang: Option<Lang>,
    aliases: Vec<(String, Vec<String>)>,
    mentioned: HashMap<PathBuf, (Arc<Article>, Mentioned)>,
    chronology: Option<Chronology>,
}

/// The articles' event reports, merged date by date: reports of one event share their start
/// date, so a changed article changes only the groups of the dates it reports.
struct Chronology {
    /// The articles these reports are of, in the build's order (a mention's article index).
    articles: Vec<Arc<Article>>,
    /// Each article's reports.
    candidates: Vec<Vec<chronology::Candidate>>,
    /// For each start date, the articles reporting something then.
    by_start: HashMap<PartialDate, std::collections::BTreeSet<usize>>,
    /// For each start date, its merged groups, in date order.
    merged: std::collections::BTreeMap<PartialDate, Reports>,
}

impl Chronology {
    /// Extracts (or takes from `old`, for articles that have not changed) every article's
    /// reports, and merges them.
    fn build(articles: &[Arc<Article>], lang: Lang, matcher: &topics::AliasMatcher, old: Option<Chronology>) -> Self {
        let old: HashMap<&Path, (&Arc<Article>, &Vec<chronology::Candidate>)> = old
            .as_ref()
            .map(|o| o.articles.iter().zip(&o.candidates).map(|(a, c)| (a.path.as_path(), (a, c))).collect())
            .unwrap_or_default();
        let candidates: Vec<Vec<chronology::Candidate>> = articles
            .par_iter()
            .enumerate()
            .map(|(ai, a)| match old.get(a.path.as_path()).filter(|(was, _)| Arc::ptr_eq(was, a)) {
                Some((_, cands)) => {
                    let mut cands = (*cands).clone();
                    for c in &mut cands {
                        c.mention.article = ai;
                    }
                    cands
                }
                None => chronology::extract(ai, a, lang),
            })
            .collect();
        let mut by_start: HashMap<PartialDate, std::collections::BTreeSet<usize>> = HashMap::new();
        for (ai, cands) in candidates.iter().enumerate() {
            for c in cands {
                by_start.entry(c.mention.span.start).or_default().insert(ai);
            }
        }
        let mut chron = Chronology { articles: articles.to_vec(), candidates, by_start, merged: Default::default() };
        let starts: Vec<PartialDate> = chron.by_start.keys().copied().collect();
        chron.merge(starts, matcher);
        chron
    }

    /// Takes in the articles that changed, when the list is otherwise the same files in the
    /// same order; `false` (nothing done) when it is not.
    fn update(&mut self, articles: &[Arc<Article>], lang: Lang, matcher: &topics::AliasMatcher) -> bool {
        if self.articles.len() != articles.len() || self.articles.iter().zip(articles).any(|(a, b)| a.path != b.path) {
            return false;
        }
        let changed: Vec<usize> =
            (0..articles.len()).filter(|&i| !Arc::ptr_eq(&self.articles[i], &articles[i])).collect();
        let fresh: Vec<Vec<chronology::Candidate>> =
            changed.par_iter().map(|&ai| chronology::extract(ai, &articles[ai], lang)).collect();
        let mut starts = std::collections::BTreeSet::new();
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
            self.candidates[ai] = new;
            self.articles[ai] = Arc::clone(&articles[ai]);
        }
        self.merge(starts.into_iter().collect(), matcher);
        true
    }

    /// Merges again the reports of these start dates.
    fn merge(&mut self, starts: Vec<PartialDate>, matcher: &topics::AliasMatcher) {
        let merged: Vec<(PartialDate, Option<Reports>)> = starts
            .into_par_iter()
            .map(|start| {
                let cands: Vec<chronology::Candidate> = self
                    .by_start
                    .get(&start)
                    .into_iter()
                    .flatten()
                    .flat_map(|&ai| self.candidates[ai].iter().filter(|c| c.mention.span.start == start).cloned())
                    .collect();
                if cands.is_empty() {
                    return (start, None);
                }
                let groups = chronology::merge(cands);
                let words = groups.iter().map(|(ms, _)| report_words(&ms[0].sentence, ms)).collect();
                let topics = groups.iter().map(|(ms, _)| named_topics(matcher, ms)).collect();
                (start, Some(Reports { groups, words, topics }))
            })
            .collect();
        for (start, reports) in merged {
            match reports {
                Some(r) => {
                    self.merged.insert(start, r);
                }
                None => {
                    self.merged.remove(&start);
                    self.by_start.remove(&start);
                }
            }
        }
    }

    /// Every date's groups, in date order.
    fn reports(&self) -> Reports {
        let mut out = Reports::default();
        for r in self.merged.values() {
            out.groups.extend(r.groups.iter().cloned());
            out.words.extend(r.words.iter().cloned());
            out.topics.extend(r.topics.iter().cloned());
        }
        out
    }
}

/// The topics (index) whose aliases an article mentions, with the alias found.
type Mentioned = Vec<(usize, String)>;

/// The articles' reports merged into groups, one per event, with the words of each group's
/// reports that disagreements are found by.
#[derive(Clone, Default)]
struct Reports {
    groups: Vec<(Vec<Mention>, chronology::Words)>,
    words: Vec<chronology::Words>,
    /// For each group, the topics whose aliases its first reports name.
    topics: Vec<Vec<usize>>,
}

/// The topics whose aliases the first few distinct sentences of an event's reports name.
fn named_topics(matcher: &topics::AliasMatcher, mentions: &[Mention]) -> Vec<usize> {
    let mut seen: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    for m in mentions {
        if seen.len() == REPORTS_COMPARED {
            break;
        }
        if !seen.contains(&&*m.sentence) {
            seen.push(&m.sentence);
            out.extend(matcher.find(&m.sentence).into_iter().map(|(t, _)| t));
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// How many of an event's reports say what it is about, for finding disagreements.
const REPORTS_COMPARED: usize = 8;

/// The words disagreements between events are found by: those of the event's text and of
/// its first reports.
fn report_words(text: &str, mentions: &[Mention]) -> chronology::Words {
    let mut w = chronology::content_words(text);
    for m in mentions.iter().take(REPORTS_COMPARED) {
        if &*m.sentence != text {
            w.extend(&chronology::content_words(&m.sentence));
        }
    }
    w
}

impl Memo {
    /// Alias matches of every article, and the articles' reports merged: reused where the
    /// inputs are the last build's, computed (in parallel) where not.
    fn work(
        &mut self,
        articles: &[Arc<Article>],
        lang: Lang,
        matcher: &topics::AliasMatcher,
        topics: &[Arc<Topic>],
    ) -> (Vec<Vec<(usize, String)>>, Reports) {
        if self.lang != Some(lang) {
            self.chronology = None;
            self.lang = Some(lang);
        }
        // Matches name topics by their place in the list: the key is each topic's slug and
        // aliases, in order.
        let aliases_changed = self.aliases.len() != topics.len()
            || self.aliases.iter().zip(topics).any(|((slug, a), t)| *slug != t.slug || *a != t.aliases);
        if aliases_changed {
            self.mentioned.clear();
            self.aliases = topics.iter().map(|t| (t.slug.clone(), t.aliases.clone())).collect();
        }
        let found: Vec<(Vec<(usize, String)>, bool)> = articles
            .par_iter()
            .map(|a| match self.mentioned.get(&a.path).filter(|(was, _)| Arc::ptr_eq(was, a)) {
                Some((_, f)) => (f.clone(), false),
                None => (topics::mentioned(matcher, a), true),
            })
            .collect();
        // Renewed only when some article was read anew or has gone.
        let renew = found.iter().any(|(_, fresh)| *fresh) || self.mentioned.len() != articles.len();
        let found: Vec<Vec<(usize, String)>> = found.into_iter().map(|(f, _)| f).collect();
        if renew {
            self.mentioned =
                articles.iter().zip(&found).map(|(a, f)| (a.path.clone(), (Arc::clone(a), f.clone()))).collect();
        }
        let chronology = match self.chronology.take() {
            Some(mut c) => {
                if c.update(articles, lang, matcher) {
                    if aliases_changed {
                        for r in c.merged.values_mut() {
                            r.topics = r.groups.iter().map(|(ms, _)| named_topics(matcher, ms)).collect();
                        }
                    }
                    c
                } else {
                    Chronology::build(articles, lang, matcher, Some(c))
                }
            }
            None => Chronology::build(articles, lang, matcher, None),
        };
        let reports = chronology.reports();
        self.chronology = Some(chronology);
        (found, reports)
    }
}

/// Resolves loaded content into a site. Returns every error at once when there are any.
pub fn resolve(config: Config, content: Content) -> Result<Site, Vec<Diagnostic>> {
    resolve_with(config, content, &mut Memo::default())
}

/// [`resolve`], reusing the work `memo` holds for articles that have not changed, and
/// leaving in it this build's.
pub fn resolve_cached(config: Config, content: Content, memo: &mut Memo) -> Result<Site, Vec<Diagnostic>> {
    resolve_with(config, content, memo)
}

fn resolve_with(config: Config, content: Content, memo: &mut Memo) -> Result<Site, Vec<Diagnostic>> {
    let Content { articles, notes, mut topics, broken_ids } = content;
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    topics.sort_by(|a, b| (a.order, &a.title, &a.slug).cmp(&(b.order, &b.title, &b.slug)));

    // Articles and notes share one namespace: both are cited by slug.
    let mut seen: HashMap<&str, &Path> = HashMap::new();
    for (slug, path) in articles.iter().map(|a| (&a.slug, &a.path)).chain(notes.iter().map(|n| (&n.slug, &n.path))) {
        if let Some(first) = seen.get(slug.as_str()) {
            errors.push(
                Diagnostic::error(path, 0, format!("slug \"{slug}\" is already used by {}", first.display()))
                    .with_help("set a different `slug` or rename the file"),
            );
        } else {
            seen.insert(slug, path);
        }
    }

    let mut topic_paths: HashMap<&str, &Path> = HashMap::new();
    for t in &topics {
        if let Some(first) = topic_paths.insert(&t.slug, &t.path) {
            errors.push(Diagnostic::error(
                &t.path,
                0,
                format!(
                    "topic slug \"{}\" is already used by {}: topics are named by their file name",
                    t.slug,
                    first.display()
                ),
            ));
        }
    }
    let topic_index: HashMap<&str, usize> = topics.iter().enumerate().map(|(i, t)| (t.slug.as_str(), i)).collect();
    let topic_refs = |path: &Path, refs: &[Located<String>], errors: &mut Vec<Diagnostic>| -> Vec<usize> {
        let mut out = Vec::new();
        for r in refs {
            match topic_index.get(r.value.as_str()) {
                Some(&t) => {
                    if !out.contains(&t) {
                        out.push(t);
                    }
                }
                None if broken_ids.contains(&r.value) => {}
                None => {
                    let help = sources::suggest(&r.value, topics.iter().map(|t| t.slug.as_str()))
                        .map(|s| format!("did you mean \"{s}\"?"))
                        .unwrap_or_else(|| {
                            format!("define it in content/topics/{}.md", crate::text::slugify(&r.value))
                        });
                    errors.push(
                        Diagnostic::error(path, r.line, format!("unknown topic \"{}\"", r.value)).with_help(help),
                    );
                }
            }
        }
        out
    };
    let named_article_topics: Vec<Vec<usize>> =
        articles.iter().map(|a| topic_refs(a.sidecar.as_deref().unwrap_or(&a.path), &a.topics, &mut errors)).collect();
    let note_topics: Vec<Vec<usize>> = notes.iter().map(|n| topic_refs(&n.path, &n.topics, &mut errors)).collect();

    let (source_list, source_index) = sources::registry(&articles);
    // An id defined by a file that failed to load is not unknown: that file's error says why.
    let broken =
        |key: &str| broken_ids.contains(key) || key.split_once(':').is_some_and(|(a, _)| broken_ids.contains(a));
    let unknown_id = |path: &Path, key: &Located<String>| {
        let d = Diagnostic::error(path, key.line, format!("unknown citation id \"{}\"", key.value));
        match sources::suggest(&key.value, source_index.keys().map(String::as_str)) {
            Some(s) => d.with_help(format!("did you mean \"{s}\"?")),
            None => d,
        }
    };
    let number = |path: &Path, body: &markdown::Body, errors: &mut Vec<Diagnostic>| {
        let (n, unknown) = sources::number(&body.citations, &source_index);
        errors.extend(unknown.iter().filter(|k| !broken(&k.value)).map(|k| unknown_id(path, k)));
        n
    };
    let note_citations: Vec<Numbering> = notes.iter().map(|n| number(&n.path, &n.body, &mut errors)).collect();
    let topic_citations: Vec<Numbering> = topics.iter().map(|t| number(&t.path, &t.body, &mut errors)).collect();

    let mut cited_by: Vec<Vec<DocRef>> = vec![Vec::new(); source_list.len()];
    for (i, n) in note_citations.iter().enumerate() {
        for &s in &n.notes {
            cited_by[s].push(DocRef::Note(i));
        }
    }
    for (i, n) in topic_citations.iter().enumerate() {
        for &s in &n.notes {
            cited_by[s].push(DocRef::Topic(i));
        }
    }
    for (i, s) in source_list.iter().enumerate() {
        if let SourceKind::Cited(a, _) = s.kind {
            cited_by[i].push(DocRef::Article(a));
        }
    }
    for c in &mut cited_by {
        c.sort();
        c.dedup();
    }

    // Curated events.
    let mut events: Vec<Event> = Vec::new();
    let mut curated = |def: &EventDef, declared: DocRef, base_topics: &[usize], errors: &mut Vec<Diagnostic>| {
        let mut srcs = Vec::new();
        for s in &def.sources {
            match source_index.get(&s.value) {
                Some(&i) => srcs.push(i),
                None if broken(&s.value) => {}
                None => errors.push(unknown_id(&def.path, s)),
            }
        }
        let mut ts = base_topics.to_vec();
        for t in topic_refs(&def.path, &def.topics, errors) {
            if !ts.contains(&t) {
                ts.push(t);
            }
        }
        ts.sort();
        events.push(Event {
            id: String::new(),
            span: def.span,
            text: def.text.clone(),
            html: markdown::inline(&def.text),
            curated: true,
            sources: srcs,
            topics: ts,
            declared_in: Some(declared),
            declared_line: def.line,
            mentions: Vec::new(),
            conflicts: Vec::new(),
            known_disagreement: def.known_disagreement.map(|line| (def.path.clone(), line)),
            reports: 0,
            report_words: None,
        });
    };
    for (ti, t) in topics.iter().enumerate() {
        for def in &t.events {
            curated(def, DocRef::Topic(ti), &[ti], &mut errors);
        }
    }
    for (ni, n) in notes.iter().enumerate() {
        for def in &n.events {
            curated(def, DocRef::Note(ni), &note_topics[ni], &mut errors);
        }
    }

    // Editors' words on extracted events, with where they are said and the topics they add.
    let mut edits: Vec<(&EventEdit, DocRef, Vec<usize>, Vec<usize>)> = Vec::new();
    for (ti, t) in topics.iter().enumerate() {
        for ed in &t.edits {
            let mut ts = topic_refs(&ed.path, &ed.topics, &mut errors);
            ts.push(ti);
            let srcs = edit_sources(ed, &source_index, &broken, &unknown_id, &mut errors);
            edits.push((ed, DocRef::Topic(ti), ts, srcs));
        }
    }
    for (ni, n) in notes.iter().enumerate() {
        for ed in &n.edits {
            let mut ts = topic_refs(&ed.path, &ed.topics, &mut errors);
            ts.extend(&note_topics[ni]);
            let srcs = edit_sources(ed, &source_index, &broken, &unknown_id, &mut errors);
            edits.push((ed, DocRef::Note(ni), ts, srcs));
        }
    }

    if !errors.is_empty() {
        return Err(errors);
    }

    let alias_matcher = topics::AliasMatcher::new(&topics);
    let (mentioned, Reports { mut groups, words: group_words, topics: group_topics }) =
        memo.work(&articles, config.lang(), &alias_matcher, &topics);
    let article_topics = topics::combine(&named_article_topics, &mentioned);
    let mut topic_articles: Vec<Vec<(usize, Reason)>> = vec![Vec::new(); topics.len()];
    for (ai, ts) in article_topics.iter().enumerate() {
        for (t, why) in ts {
            topic_articles[*t].push((ai, why.clone()));
        }
    }
    let mut topic_notes: Vec<Vec<usize>> = vec![Vec::new(); topics.len()];
    for (ni, ts) in note_topics.iter().enumerate() {
        for &t in ts {
            topic_notes[t].push(ni);
        }
    }

    // Extracted events, merged across articles, then attached to curated events they match.
    // What editors said of extracted events: hidden ones go, confirmed or corrected ones
    // become editors' events that keep the reports.
    let mut edited: Vec<Option<usize>> = vec![None; groups.len()];
    let mut hidden = vec![false; groups.len()];
    let mut known: Vec<Option<(PathBuf, usize)>> = vec![None; groups.len()];
    for (k, (ed, _, _, _)) in edits.iter().enumerate() {
        match point(ed, &groups, &articles, &source_index) {
            Ok(gs) => {
                for g in gs {
                    if let Some(line) = ed.known_disagreement {
                        known[g] = Some((ed.path.clone(), line));
                    }
                    if ed.hide {
                        hidden[g] = true;
                    } else if ed.only_acknowledges() {
                        // Known, not confirmed: the event stays an extracted one.
                    } else {
                        edited[g] = Some(k);
                    }
                }
            }
            Err(d) => errors.push(d),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    for (g, k) in edited.iter().enumerate() {
        let Some(k) = *k else { continue };
        if hidden[g] {
            continue;
        }
        let (ed, declared, ts, srcs) = &edits[k];
        let mentions = std::mem::take(&mut groups[g].0);
        let mut sources: Vec<usize> = mentions.iter().map(|m| m.article).collect();
        sources.extend(srcs);
        sources.sort_unstable();
        sources.dedup();
        let mut topics_of = ts.clone();
        topics_of.sort_unstable();
        topics_of.dedup();
        let (text, html) = match &ed.text {
            Some(t) => (t.clone(), markdown::inline(t)),
            None => (mentions[0].sentence.to_string(), marked_sentence(&mentions[0].sentence, &mentions[0].expression)),
        };
        events.push(Event {
            id: String::new(),
            span: ed.span.unwrap_or(mentions[0].span),
            text,
            html,
            curated: true,
            sources,
            topics: topics_of,
            declared_in: Some(*declared),
            declared_line: ed.line,
            mentions,
            conflicts: Vec::new(),
            known_disagreement: known[g].take(),
            reports: 0,
            report_words: None,
        });
    }
    let groups: Vec<_> = groups
        .into_iter()
        .zip(hidden)
        .zip(known)
        .zip(group_words.into_iter().zip(group_topics))
        .filter(|((((mentions, _), hide), _), _)| !hide && !mentions.is_empty())
        .map(|(((g, _), k), w)| (g, k, w))
        .collect();
    let curated_words: Vec<chronology::Words> = events.iter().map(|e| chronology::content_words(&e.text)).collect();
    let curated_count = events.len();
    for ((mentions, words), known, (reported, named)) in groups {
        let span = mentions[0].span;
        // The curated event this report matches best, if any matches at all.
        let score = |c: usize| chronology::similarity(&curated_words[c], &words);
        let matched = (0..curated_count)
            .filter(|&c| {
                let e = &events[c];
                e.span.overlaps(&span)
                    && e.span.start.precision() <= span.start.precision()
                    && chronology::same_event(&curated_words[c], &words)
            })
            .max_by(|&a, &b| {
                let (sa, sb) = (score(a), score(b));
                (sa.1, sa.0).partial_cmp(&(sb.1, sb.0)).unwrap_or(std::cmp::Ordering::Equal).then(b.cmp(&a))
            });
        let mut arts: Vec<usize> = mentions.iter().map(|m| m.article).collect();
        arts.sort();
        arts.dedup();
        match matched {
            Some(c) => {
                let e = &mut events[c];
                for &a in &arts {
                    if !e.sources.contains(&a) {
                        e.sources.push(a);
                    }
                }
                e.mentions.extend(mentions);
                if e.known_disagreement.is_none() {
                    e.known_disagreement = known;
                }
            }
            None => {
                // An event belongs to the topics its reporting articles are filed under by an
                // editor, and to those whose aliases its own sentences name: an article attached
                // by one passing mention does not bring its every event into that topic.
                let mut ts: Vec<usize> = arts
                    .iter()
                    .flat_map(|&a| {
                        article_topics[a].iter().filter(|(_, why)| *why == Reason::FrontMatter).map(|(t, _)| *t)
                    })
                    .collect();
                ts.extend(&named);
                ts.sort();
                ts.dedup();
                let text = mentions[0].sentence.to_string();
                events.push(Event {
                    id: String::new(),
                    span,
                    html: marked_sentence(&mentions[0].sentence, &mentions[0].expression),
                    text,
                    curated: false,
                    // Articles are the first sources of the registry: index = article index.
                    sources: arts,
                    topics: ts,
                    declared_in: None,
                    declared_line: 0,
                    mentions,
                    conflicts: Vec::new(),
                    known_disagreement: known,
                    reports: 0,
                    report_words: Some(reported),
                });
            }
        }
    }
    events.sort_by(|a, b| {
        (a.span, !a.curated, a.mentions.first().map(|m| (m.article, m.block.clone())), &a.text).cmp(&(
            b.span,
            !b.curated,
            b.mentions.first().map(|m| (m.article, m.block.clone())),
            &b.text,
        ))
    });
    for (i, e) in events.iter_mut().enumerate() {
        e.id = format!("e{}-{}", i + 1, e.span.start);
        // Articles are the registry's first entries, so a mention's article is its source index.
        let mut all: Vec<usize> = e.sources.iter().copied().chain(e.mentions.iter().map(|m| m.article)).collect();
        all.sort_unstable();
        all.dedup();
        e.reports = all.len();
    }
    find_conflicts(&mut events, &articles, &mut warnings);

    let mut article_events = vec![Vec::new(); articles.len()];
    let mut topic_events = vec![Vec::new(); topics.len()];
    let mut note_events = vec![Vec::new(); notes.len()];
    for (ei, e) in events.iter().enumerate() {
        let mut arts: Vec<usize> = e.mentions.iter().map(|m| m.article).collect();
        arts.extend(e.sources.iter().map(|&s| match source_list[s].kind {
            SourceKind::Article(a) | SourceKind::Cited(a, _) => a,
        }));
        arts.sort();
        arts.dedup();
        for a in arts {
            article_events[a].push(ei);
        }
        for &t in &e.topics {
            topic_events[t].push(ei);
        }
        if let Some(DocRef::Note(n)) = e.declared_in {
            note_events[n].push(ei);
        }
    }

    for (ai, a) in articles.iter().enumerate() {
        if article_topics[ai].is_empty() {
            warnings.push(
                Diagnostic::warning(a.sidecar.as_deref().unwrap_or(&a.path), 0, "article attached to no topic")
                    .with_help("name one in `topics` or add an alias to a topic"),
            );
        }
    }

    if config.base_url().is_none() {
        warnings.push(
            Diagnostic::warning(
                "config.toml",
                0,
                "no base_url: feed.xml links are relative and sitemap.xml is not written",
            )
            .with_help("set base_url in config.toml to where the site will live (https://…/)"),
        );
    }
    let lang = config.lang();
    Ok(Site {
        config,
        lang,
        articles,
        notes,
        topics,
        sources: source_list,
        source_index,
        article_topics,
        topic_articles,
        note_topics,
        topic_notes,
        note_citations,
        topic_citations,
        cited_by,
        events,
        article_events,
        topic_events,
        note_events,
        warnings,
    })
}

/// Marks events that look like one event dated differently by the sources (003 dates the
/// Minsk summit both 19 December and 19 November), and warns with both places.
/// A reported sentence as HTML, with the words that date the event marked: a sentence can
/// date several events (`élu en 1994 … réélu entre 2001 et 2020`).
fn marked_sentence(sentence: &str, expression: &str) -> String {
    match sentence.find(expression).filter(|_| !expression.is_empty()) {
        Some(at) => format!(
            "{}<mark>{}</mark>{}",
            escape_html(&sentence[..at]),
            escape_html(expression),
            escape_html(&sentence[at + expression.len()..])
        ),
        None => escape_html(sentence),
    }
}

/// The cited ids an edit adds, as source indices.
fn edit_sources(
    ed: &EventEdit,
    source_index: &HashMap<String, usize>,
    broken: &dyn Fn(&str) -> bool,
    unknown_id: &dyn Fn(&Path, &Located<String>) -> Diagnostic,
    errors: &mut Vec<Diagnostic>,
) -> Vec<usize> {
    let mut out = Vec::new();
    for s in &ed.sources {
        match source_index.get(&s.value) {
            Some(&i) => out.push(i),
            None if broken(&s.value) => {}
            None => errors.push(unknown_id(&ed.path, s)),
        }
    }
    out
}

/// The merged groups an edit points at: those reporting from the named article's paragraph
/// (and with the named words, when given). Pointing at nothing is an error that lists what
/// the paragraph does report.
fn point(
    ed: &EventEdit,
    groups: &[(Vec<Mention>, chronology::Words)],
    articles: &[Arc<Article>],
    source_index: &HashMap<String, usize>,
) -> Result<Vec<usize>, Diagnostic> {
    let err = |m: String| Diagnostic::error(&ed.path, ed.at_line, m).with_span(ed.at_span);
    let Some(ai) = source_index.get(&ed.article).copied().filter(|&i| i < articles.len()) else {
        let d = err(format!("at: no article \"{}\"", ed.article));
        return Err(match sources::suggest(&ed.article, articles.iter().map(|a| a.slug.as_str())) {
            Some(s) => d.with_help(format!("did you mean \"{s}\"?")),
            None => d,
        });
    };
    let wanted = ed.expression.as_deref().map(crate::text::fold);
    let here = |m: &Mention| m.article == ai && *m.block == *ed.block;
    let mut found = Vec::new();
    let mut offered: Vec<String> = Vec::new();
    for (g, (mentions, _)) in groups.iter().enumerate() {
        for m in mentions.iter().filter(|m| here(m)) {
            let say = format!("« {} » ({})", m.expression, m.span.iso());
            if !offered.contains(&say) {
                offered.push(say);
            }
            if wanted.as_ref().is_none_or(|w| crate::text::fold(&m.expression).contains(w.as_str()))
                && !found.contains(&g)
            {
                found.push(g);
            }
        }
    }
    let place = format!("{}#{}", ed.article, ed.block);
    match found.len() {
        0 if offered.is_empty() => Err(err(format!(
            "at: {place} reports no dated event (the chronology links each extracted event to its paragraph)"
        ))),
        0 => Err(err(format!(
            "at: {place} has no date matching \"{}\"; it reports {}",
            ed.expression.as_deref().unwrap_or(""),
            offered.join(", ")
        ))),
        1 => Ok(found),
        _ if ed.expression.is_none() => Err(err(format!("at: {place} reports several events, {}", offered.join(", ")))
            .with_help("add expression = \"…\" to choose one")),
        _ => Ok(found),
    }
}

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

fn find_conflicts(events: &mut [Event], articles: &[Arc<Article>], warnings: &mut Vec<Diagnostic>) {
    // What an event is about: its text and the sentences that report it.
    let eligible = |e: &Event| e.span.start.precision() == Precision::Day && !e.mentions.is_empty();
    let words: Vec<chronology::Words> = events
        .par_iter_mut()
        .map(|e| match e.report_words.take() {
            _ if !eligible(e) => chronology::Words::default(),
            Some(w) => w,
            None => report_words(&e.text, &e.mentions),
        })
        .collect();
    // Events are compared only through the words they share, and words that many events
    // share say nothing about which event is which: linear in the size of the chronology.
    const COMMON: usize = 64;
    let mut postings: HashMap<u64, Vec<usize>> = HashMap::new();
    for (i, w) in words.iter().enumerate() {
        for &word in w.keys() {
            postings.entry(word).or_default().push(i);
        }
    }
    let mut pairs = Vec::new();
    let mut shared: HashMap<usize, usize> = HashMap::new();
    for i in 0..events.len() {
        shared.clear();
        for word in words[i].keys() {
            let list = &postings[word];
            if list.len() <= COMMON {
                for &j in list.iter().filter(|&&j| j > i) {
                    *shared.entry(j).or_default() += 1;
                }
            }
        }
        let mut partners: Vec<usize> = shared.iter().filter(|(_, &n)| n >= 3).map(|(&j, _)| j).collect();
        partners.sort_unstable();
        for j in partners {
            let (a, b) = (&events[i], &events[j]);
            let gap = (b.span.start.first_day() - a.span.last().last_day()).num_days().abs();
            // Two curated events are two events: the editors said so.
            if gap > 62 || (a.curated && b.curated) || a.span.overlaps(&b.span) {
                continue;
            }
            let (sim, n) = chronology::similarity(&words[i], &words[j]);
            if n >= 3 && sim >= 0.4 && reads_as_one_date(a, b, n, sim) {
                pairs.push((i, j));
            }
        }
    }
    // Closest dates first; an event lists a few disagreements, not every copy of one.
    pairs.sort_by_key(|&(i, j)| {
        ((events[j].span.start.first_day() - events[i].span.start.first_day()).num_days().abs(), i, j)
    });
    for (i, j) in pairs {
        if events[i].conflicts.len() >= MAX_CONFLICTS || events[j].conflicts.len() >= MAX_CONFLICTS {
            continue;
        }
        let (si, sj) = (events[i].span, events[j].span);
        let (idj, idi) = (events[j].id.clone(), events[i].id.clone());
        events[i].conflicts.push(Conflict { other: idj, span: sj });
        events[j].conflicts.push(Conflict { other: idi, span: si });
        if events[i].known_disagreement.is_some() || events[j].known_disagreement.is_some() {
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
    for e in events.iter().filter(|e| e.conflicts.is_empty()) {
        if let Some((path, line)) = &e.known_disagreement {
            warnings.push(
                Diagnostic::warning(
                    path,
                    *line,
                    format!("known_disagreement = true, but no source dates this event ({}) differently", e.span.iso()),
                )
                .with_help("remove it"),
            );
        }
    }
}
