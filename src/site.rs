//! The resolve stage: documents become a site graph. In named steps ([`resolve`]): names are
//! checked unique, topic and citation ids resolved, citations numbered, sources registered
//! and cross-linked, topics attached, the chronology built ([`crate::chronology::build`]),
//! and every problem reported with its file and line. Documents are named by typed ids
//! ([`crate::doc`]), never by their place in some other list.

use crate::actors;
use crate::chronology::{self, Curated, Edit, Event, Year};
use crate::config::Config;
use crate::content::{Article, Content, EventDef, EventEdit, Located, Note, Topic};
use crate::dates::Lang;
use crate::diagnostics::Diagnostic;
pub use crate::doc::DocRef;
use crate::doc::{ArticleId, EventId, NoteId, SourceId, TopicId};
use crate::markdown;
use crate::sources::{self, Numbering, Registry, Source};
use crate::topics::{self, Reason};
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;

/// The resolved site: everything the renderer needs, computed once. Lists are indexed by
/// the typed ids of [`crate::doc`] (`site.articles[a]` for an [`ArticleId`] `a`).
#[derive(Debug)]
pub struct Site {
    /// The configuration.
    pub config: Config,
    /// The interface language.
    pub lang: Lang,
    /// Articles, by file path ([`ArticleId`]).
    pub articles: Vec<Arc<Article>>,
    /// Notes, by file path ([`NoteId`]).
    pub notes: Vec<Arc<Note>>,
    /// Topics, in home-page order ([`TopicId`]).
    pub topics: Vec<Arc<Topic>>,
    /// Every source ([`SourceId`]): articles, then what they cite.
    pub sources: Vec<Source>,
    /// Sources by the id they are cited by.
    pub source_index: HashMap<String, SourceId>,
    /// Each article's own entry among the sources (by [`ArticleId`]).
    pub article_sources: Vec<SourceId>,
    /// For each article, its topics and why.
    pub article_topics: Vec<Vec<(TopicId, Reason)>>,
    /// For each topic, its articles and why.
    pub topic_articles: Vec<Vec<(ArticleId, Reason)>>,
    /// For each note, its topics.
    pub note_topics: Vec<Vec<TopicId>>,
    /// For each topic, its notes.
    pub topic_notes: Vec<Vec<NoteId>>,
    /// Citation numbering of each note.
    pub note_citations: Vec<Numbering>,
    /// Citation numbering of each topic's briefing.
    pub topic_citations: Vec<Numbering>,
    /// For each source, the pages that cite it.
    pub cited_by: Vec<Vec<DocRef>>,
    /// The chronology, by date ([`EventId`]).
    pub events: Vec<Event>,
    /// The chronology's years, each with its run of events: what a chronology split by year
    /// (`chronology-2022.html`) shows on each page.
    pub event_years: Vec<Year>,
    /// For each article, the events it reports or is cited for.
    pub article_events: Vec<Vec<EventId>>,
    /// For each topic, its events.
    pub topic_events: Vec<Vec<EventId>>,
    /// For each note, the events it declares.
    pub note_events: Vec<Vec<EventId>>,
    /// The people, places and organisations the editors declared, and who mentions them.
    pub actors: crate::actors::Actors,
    /// Problems that do not stop the build.
    pub warnings: Vec<Diagnostic>,
}

/// What resolving keeps from one build to the next in a long-running process (`briefing
/// serve`): the topics each unchanged article mentions, and the chronology's extraction and
/// merge work.
#[derive(Default)]
pub struct Memo {
    topics: topics::Memo,
    chronology: chronology::Memo,
}

/// Resolves loaded content into a site. Returns every error at once when there are any.
pub fn resolve(config: Config, content: Content) -> Result<Site, Vec<Diagnostic>> {
    resolve_with(config, content, None)
}

/// [`resolve`], reusing the work `memo` holds for articles that have not changed, and
/// leaving in it this build's.
pub fn resolve_cached(config: Config, content: Content, memo: &mut Memo) -> Result<Site, Vec<Diagnostic>> {
    resolve_with(config, content, Some(memo))
}

/// Resolves in named steps; with no memo, every intermediate result is freed before the
/// site is returned (nothing of resolve's work outlives it but the [`Site`]).
fn resolve_with(config: Config, content: Content, memo: Option<&mut Memo>) -> Result<Site, Vec<Diagnostic>> {
    let Content { articles, notes, mut topics, entities, broken_ids } = content;
    // The steps before the chronology run on one thread, and its extraction needs none of
    // them: a build from scratch extracts beside them. A memo extracts only what changed,
    // once the aliases are known.
    let from_scratch = memo.is_none();
    topics.sort_by(|a, b| (a.order, &a.title, &a.slug).cmp(&(b.order, &b.title, &b.slug)));
    let (named, extracted) = rayon::join(
        || name_and_cite(&articles, &notes, &topics, entities, &broken_ids),
        || from_scratch.then(|| chronology::incremental::extract_all(&articles, config.lang())),
    );
    let Named {
        registry,
        article_topics: named_article_topics,
        note_topics,
        note_citations,
        topic_citations,
        cited_by,
        curated,
        edits,
        declared,
    } = named?;

    let span = crate::trace::span("resolve: topics mentioned");
    let matcher = topics::AliasMatcher::new(&topics);
    let (mentioned, aliases_changed, chronology_memo) = match memo {
        Some(m) => {
            let changed = m.topics.aliases_changed(&topics);
            (m.topics.mentioned(&matcher, &articles), changed, Some(&mut m.chronology))
        }
        None => (topics::mentioned_all(&matcher, &articles), true, None),
    };
    let article_topics = topics::combine(&named_article_topics, &mentioned);
    let topic_articles = topic_articles(&article_topics, topics.len());
    let topic_notes = topic_notes(&note_topics, topics.len());

    let input = chronology::Input {
        articles: &articles,
        lang: config.lang(),
        registry: &registry,
        matcher: &matcher,
        aliases_changed,
        curated,
        edits,
        extracted,
    };
    drop(span);
    let chronology = chronology::build(input, chronology_memo)?;
    let span = crate::trace::span("resolve: actors, links");
    let event_years = chronology.years();
    let chronology::Chronology { events, warnings: mut chronology_warnings } = chronology;
    // Two passes over the events, each on one thread: side by side.
    let (actors, links) = rayon::join(
        || {
            actors::resolve(
                declared,
                actors::Input {
                    articles: &articles,
                    notes: &notes,
                    topics: &topics,
                    events: &events,
                    article_topics: &article_topics,
                    note_topics: &note_topics,
                },
            )
        },
        || EventLinks::new(&events, &registry, articles.len(), topics.len(), notes.len()),
    );

    let mut warnings = unattached_articles(&articles, &article_topics);
    warnings.append(&mut chronology_warnings);
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
    drop(span);
    let lang = config.lang();
    let Registry { sources, index: source_index, of_article: article_sources } = registry;
    Ok(Site {
        config,
        lang,
        articles,
        notes,
        topics,
        sources,
        source_index,
        article_sources,
        article_topics,
        topic_articles,
        note_topics,
        topic_notes,
        note_citations,
        topic_citations,
        cited_by,
        events,
        event_years,
        article_events: links.articles,
        topic_events: links.topics,
        note_events: links.notes,
        actors,
        warnings,
    })
}

/// What resolving settles before the chronology: the sources, the topics each document
/// names, the citations, the editors' events and edits, the declared actors.
struct Named<'a> {
    registry: Registry,
    /// The topics each article's front matter names (mentions are added later).
    article_topics: Vec<Vec<TopicId>>,
    note_topics: Vec<Vec<TopicId>>,
    note_citations: Vec<Numbering>,
    topic_citations: Vec<Numbering>,
    cited_by: Vec<Vec<DocRef>>,
    curated: Vec<Curated<'a>>,
    edits: Vec<Edit<'a>>,
    declared: actors::Declared,
}

/// Resolves names and citations: every error at once, or what [`Named`] holds. It runs on
/// one thread (each step needs the one before), beside the chronology's extraction.
fn name_and_cite<'a>(
    articles: &[Arc<Article>],
    notes: &'a [Arc<Note>],
    topics: &'a [Arc<Topic>],
    entities: Vec<Arc<crate::content::entity::Entity>>,
    broken_ids: &HashSet<String>,
) -> Result<Named<'a>, Vec<Diagnostic>> {
    let _span = crate::trace::span("resolve: ids, citations");
    let mut errors = unique_names(articles, notes, topics);
    let registry = sources::registry(articles);
    let ids = Ids::new(topics, &registry, broken_ids);
    let article_topics =
        articles.iter().map(|a| ids.topics(a.sidecar.as_deref().unwrap_or(&a.path), &a.topics, &mut errors)).collect();
    let note_topics: Vec<Vec<TopicId>> = notes.iter().map(|n| ids.topics(&n.path, &n.topics, &mut errors)).collect();
    let note_citations: Vec<Numbering> = notes.iter().map(|n| ids.number(&n.path, &n.body, &mut errors)).collect();
    let topic_citations: Vec<Numbering> = topics.iter().map(|t| ids.number(&t.path, &t.body, &mut errors)).collect();
    let cited_by = cited_by(&registry, &note_citations, &topic_citations);
    let curated = curated_events(topics, notes, &note_topics, &ids, &mut errors);
    let edits = event_edits(topics, notes, &note_topics, &ids, &mut errors);
    let declared = actors::declare(entities, topics, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Named {
        registry,
        article_topics,
        note_topics,
        note_citations,
        topic_citations,
        cited_by,
        curated,
        edits,
        declared,
    })
}

/// Articles and notes share one namespace (both are cited by slug), and topics are named by
/// their file: a name used twice is an error at its second use.
fn unique_names(articles: &[Arc<Article>], notes: &[Arc<Note>], topics: &[Arc<Topic>]) -> Vec<Diagnostic> {
    let mut errors = Vec::new();
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
    for t in topics {
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
    errors
}

/// How editors' ids resolve: topic slugs and citation ids, with a suggestion for an unknown
/// one. An id defined by a file that failed to load is not unknown: that file's error says why.
struct Ids<'a> {
    topics: &'a [Arc<Topic>],
    topic_index: HashMap<&'a str, TopicId>,
    registry: &'a Registry,
    broken: &'a HashSet<String>,
}

impl<'a> Ids<'a> {
    fn new(topics: &'a [Arc<Topic>], registry: &'a Registry, broken: &'a HashSet<String>) -> Self {
        let topic_index = TopicId::all(topics.len()).zip(topics).map(|(i, t)| (t.slug.as_str(), i)).collect();
        Ids { topics, topic_index, registry, broken }
    }

    fn is_broken(&self, key: &str) -> bool {
        self.broken.contains(key) || key.split_once(':').is_some_and(|(a, _)| self.broken.contains(a))
    }

    /// The topics `refs` name, each once; unknown ones are errors.
    fn topics(&self, path: &Path, refs: &[Located<String>], errors: &mut Vec<Diagnostic>) -> Vec<TopicId> {
        let mut out = Vec::new();
        for r in refs {
            match self.topic_index.get(r.value.as_str()) {
                Some(&t) => {
                    if !out.contains(&t) {
                        out.push(t);
                    }
                }
                None if self.broken.contains(&r.value) => {}
                None => {
                    let help = sources::suggest(&r.value, self.topics.iter().map(|t| t.slug.as_str()))
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
    }

    fn unknown_id(&self, path: &Path, key: &Located<String>) -> Diagnostic {
        let d = Diagnostic::error(path, key.line, format!("unknown citation id \"{}\"", key.value));
        match sources::suggest(&key.value, self.registry.index.keys().map(String::as_str)) {
            Some(s) => d.with_help(format!("did you mean \"{s}\"?")),
            None => d,
        }
    }

    /// The sources `refs` cite, in order; unknown ones are errors.
    fn sources(&self, path: &Path, refs: &[Located<String>], errors: &mut Vec<Diagnostic>) -> Vec<SourceId> {
        let mut out = Vec::new();
        for s in refs {
            match self.registry.index.get(&s.value) {
                Some(&i) => out.push(i),
                None if self.is_broken(&s.value) => {}
                None => errors.push(self.unknown_id(path, s)),
            }
        }
        out
    }

    /// A body's citations, numbered; unknown ids are errors.
    fn number(&self, path: &Path, body: &markdown::Body, errors: &mut Vec<Diagnostic>) -> Numbering {
        let (n, unknown) = sources::number(&body.citations, &self.registry.index);
        errors.extend(unknown.iter().filter(|k| !self.is_broken(&k.value)).map(|k| self.unknown_id(path, k)));
        n
    }
}

/// For each source, the pages that cite it: notes and topics by their citations, articles by
/// the sources they list.
fn cited_by(registry: &Registry, notes: &[Numbering], topics: &[Numbering]) -> Vec<Vec<DocRef>> {
    let mut cited_by: Vec<Vec<DocRef>> = vec![Vec::new(); registry.sources.len()];
    for (i, n) in NoteId::all(notes.len()).zip(notes) {
        for &s in &n.notes {
            cited_by[s].push(DocRef::Note(i));
        }
    }
    for (i, n) in TopicId::all(topics.len()).zip(topics) {
        for &s in &n.notes {
            cited_by[s].push(DocRef::Topic(i));
        }
    }
    for (i, s) in registry.sources.iter().enumerate() {
        if let sources::SourceKind::Cited(a, _) = s.kind {
            cited_by[i].push(DocRef::Article(a));
        }
    }
    for c in &mut cited_by {
        c.sort();
        c.dedup();
    }
    cited_by
}

/// The editors' events (`[[events]]` with a date) of topics and notes, their ids resolved: a
/// topic's events are of that topic, a note's of the note's topics, and of those they name.
fn curated_events<'a>(
    topics: &'a [Arc<Topic>],
    notes: &'a [Arc<Note>],
    note_topics: &[Vec<TopicId>],
    ids: &Ids<'_>,
    errors: &mut Vec<Diagnostic>,
) -> Vec<Curated<'a>> {
    let resolve = |def: &'a EventDef, declared: DocRef, base: &[TopicId], errors: &mut Vec<Diagnostic>| {
        let sources = ids.sources(&def.path, &def.sources, errors);
        let mut topics = base.to_vec();
        for t in ids.topics(&def.path, &def.topics, errors) {
            if !topics.contains(&t) {
                topics.push(t);
            }
        }
        topics.sort();
        Curated { def, declared, topics, sources }
    };
    let mut out = Vec::new();
    for (ti, t) in TopicId::all(topics.len()).zip(topics) {
        out.extend(t.events.iter().map(|def| resolve(def, DocRef::Topic(ti), &[ti], errors)).collect::<Vec<_>>());
    }
    for (ni, n) in NoteId::all(notes.len()).zip(notes) {
        out.extend(
            n.events.iter().map(|def| resolve(def, DocRef::Note(ni), &note_topics[ni], errors)).collect::<Vec<_>>(),
        );
    }
    out
}

/// The editors' words on extracted events (`[[events]]` with `at`), their ids resolved, with
/// the topics they give: those they name, and the declaring topic or the note's topics.
fn event_edits<'a>(
    topics: &'a [Arc<Topic>],
    notes: &'a [Arc<Note>],
    note_topics: &[Vec<TopicId>],
    ids: &Ids<'_>,
    errors: &mut Vec<Diagnostic>,
) -> Vec<Edit<'a>> {
    let resolve = |edit: &'a EventEdit, declared: DocRef, base: &[TopicId], errors: &mut Vec<Diagnostic>| {
        let mut topics = ids.topics(&edit.path, &edit.topics, errors);
        topics.extend(base);
        let sources = ids.sources(&edit.path, &edit.sources, errors);
        Edit { edit, declared, topics, sources }
    };
    let mut out = Vec::new();
    for (ti, t) in TopicId::all(topics.len()).zip(topics) {
        out.extend(t.edits.iter().map(|ed| resolve(ed, DocRef::Topic(ti), &[ti], errors)).collect::<Vec<_>>());
    }
    for (ni, n) in NoteId::all(notes.len()).zip(notes) {
        out.extend(
            n.edits.iter().map(|ed| resolve(ed, DocRef::Note(ni), &note_topics[ni], errors)).collect::<Vec<_>>(),
        );
    }
    out
}

/// For each topic, its articles and why (in article order).
fn topic_articles(article_topics: &[Vec<(TopicId, Reason)>], topics: usize) -> Vec<Vec<(ArticleId, Reason)>> {
    let mut out = vec![Vec::new(); topics];
    for (a, ts) in ArticleId::all(article_topics.len()).zip(article_topics) {
        for (t, why) in ts {
            out[*t].push((a, why.clone()));
        }
    }
    out
}

/// For each topic, its notes (in note order).
fn topic_notes(note_topics: &[Vec<TopicId>], topics: usize) -> Vec<Vec<NoteId>> {
    let mut out = vec![Vec::new(); topics];
    for (n, ts) in NoteId::all(note_topics.len()).zip(note_topics) {
        for &t in ts {
            out[t].push(n);
        }
    }
    out
}

/// Which events each page lists: an article those it reports or is cited for, a topic
/// those filed under it, a note those it declares.
struct EventLinks {
    articles: Vec<Vec<EventId>>,
    topics: Vec<Vec<EventId>>,
    notes: Vec<Vec<EventId>>,
}

impl EventLinks {
    fn new(events: &[Event], registry: &Registry, articles: usize, topics: usize, notes: usize) -> Self {
        use rayon::prelude::*;
        // Two passes. The first gathers each event's articles into flat lists, one per run of
        // events (an event's arrays, made article by article all over the heap, are asked for
        // a few events ahead); the second fills lists made at their size. Grown by doubling,
        // 100,000 articles' lists were reallocated and copied all over a heap far larger than
        // the cache, and this step grew twice as fast as the dossier. Both passes run on every
        // thread: on one, they grew twenty times from 10,000 articles to 100,000 (the cache
        // misses of a larger heap), the longest stretch on one thread between the chronology
        // and the render. The runs are in event order, and each list is filled in event order
        // by the one thread that owns its range of articles: the lists are the same whatever
        // the threads.
        const AHEAD: usize = 8;
        const RUN: usize = 1 << 14;
        let runs: Vec<(Vec<ArticleId>, Vec<u32>)> = events
            .par_chunks(RUN)
            .map(|run| {
                let mut flat: Vec<ArticleId> = Vec::with_capacity(run.len() + run.len() / 4);
                let mut ends: Vec<u32> = Vec::with_capacity(run.len());
                for (ei, e) in run.iter().enumerate() {
                    if let Some(next) = run.get(ei + AHEAD) {
                        crate::cache_hint::prefetch(next.mentions.as_ptr());
                        crate::cache_hint::prefetch(next.sources.as_ptr());
                    }
                    let start = flat.len();
                    flat.extend(e.mentions.iter().map(|m| m.article));
                    flat.extend(e.sources.iter().map(|&s| registry.article_of(s)));
                    let arts = &mut flat[start..];
                    arts.sort_unstable();
                    let kept = dedup_sorted(arts);
                    flat.truncate(start + kept);
                    ends.push(flat.len() as u32);
                }
                (flat, ends)
            })
            .collect();
        let sized = |counts: Vec<u32>| counts.into_iter().map(|n| Vec::with_capacity(n as usize)).collect::<Vec<_>>();
        let by_articles = || {
            let mut per_article = vec![0u32; articles];
            for &a in runs.iter().flat_map(|(flat, _)| flat) {
                per_article[a.index()] += 1;
            }
            let mut lists: Vec<Vec<EventId>> = sized(per_article);
            // As many ranges of articles as threads, each filled by reading every run.
            let share = articles.div_ceil(rayon::current_num_threads().max(1)).max(1);
            lists.par_chunks_mut(share).enumerate().for_each(|(k, lists)| {
                let lo = k * share;
                for (r, (flat, ends)) in runs.iter().enumerate() {
                    let mut start = 0;
                    for (i, &end) in ends.iter().enumerate() {
                        let end = end as usize;
                        for &a in &flat[start..end] {
                            if let Some(list) = a.index().checked_sub(lo).and_then(|j| lists.get_mut(j)) {
                                list.push(EventId(r * RUN + i));
                            }
                        }
                        start = end;
                    }
                }
            });
            lists
        };
        let by_topics_and_notes = || {
            let mut per_topic = vec![0u32; topics];
            let mut per_note = vec![0u32; notes];
            for (ei, e) in events.iter().enumerate() {
                if let Some(next) = events.get(ei + AHEAD) {
                    crate::cache_hint::prefetch(next.topics.as_ptr());
                }
                for &t in &e.topics {
                    per_topic[t.index()] += 1;
                }
                if let Some(DocRef::Note(n)) = e.declared_in() {
                    per_note[n.index()] += 1;
                }
            }
            let (mut topic_lists, mut note_lists): (Vec<Vec<EventId>>, Vec<Vec<EventId>>) =
                (sized(per_topic), sized(per_note));
            for (ei, e) in EventId::all(events.len()).zip(events) {
                for &t in &e.topics {
                    topic_lists[t].push(ei);
                }
                if let Some(DocRef::Note(n)) = e.declared_in() {
                    note_lists[n].push(ei);
                }
            }
            (topic_lists, note_lists)
        };
        let (articles, (topics, notes)) = rayon::join(by_articles, by_topics_and_notes);
        EventLinks { articles, topics, notes }
    }
}

/// Moves the distinct values of sorted `items` to its front, in order, and says how many.
fn dedup_sorted<T: PartialEq + Copy>(items: &mut [T]) -> usize {
    let mut kept = 0;
    for i in 0..items.len() {
        if kept == 0 || items[i] != items[kept - 1] {
            items[kept] = items[i];
            kept += 1;
        }
    }
    kept
}

/// An article on no topic is on no briefing page: a warning says how to file it.
fn unattached_articles(articles: &[Arc<Article>], article_topics: &[Vec<(TopicId, Reason)>]) -> Vec<Diagnostic> {
    articles
        .iter()
        .zip(article_topics)
        .filter(|(_, ts)| ts.is_empty())
        .map(|(a, _)| {
            Diagnostic::warning(a.sidecar.as_deref().unwrap_or(&a.path), 0, "article attached to no topic")
                .with_help("name one in `topics` or add an alias to a topic")
        })
        .collect()
}
