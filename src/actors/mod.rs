//! People, places and organisations: the actors the editors declare (`content/entities/`),
//! found in every article, note, topic briefing and event by their name or any alias, in one
//! pass per document ([`Matcher`]: one automaton for every name of every actor, over text
//! folded as everywhere else in the crate, on word boundaries).
//!
//! Resolving them takes two steps: [`declare`] checks what involves several actors (a name
//! two actors claim, a topic that does not exist) with the site's other errors; [`resolve`]
//! then finds the mentions, once the chronology is built. [`link`] makes the first mention in
//! each section of a page a link to the actor's page; [`suggest`] finds names the editors
//! have not declared yet.

pub mod link;
pub mod suggest;

use crate::chronology::Event;
use crate::content::entity::Entity;
use crate::content::{Article, Note, Topic};
use crate::diagnostics::Diagnostic;
use crate::doc::{ActorId, ArticleId, DocRef, EventId, NoteId, TopicId};
use crate::text::{fold, squash_spaces, Folded};
use crate::topics::Reason;
use aho_corasick::{AhoCorasick, MatchKind};
use rayon::prelude::*;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

/// The actors as declared, checked against each other and the topics.
pub struct Declared {
    entities: Vec<Arc<Entity>>,
    topics: Vec<Vec<TopicId>>,
}

/// Checks the declared actors together: one slug each, no name or alias claimed by two of
/// them (a mention must name one actor), and topics that exist. Problems go to `errors`.
pub fn declare(entities: Vec<Arc<Entity>>, topics: &[Arc<Topic>], errors: &mut Vec<Diagnostic>) -> Declared {
    let mut slugs: HashMap<&str, &Entity> = HashMap::new();
    let mut names: HashMap<String, &Entity> = HashMap::new();
    let topic_index: HashMap<&str, TopicId> =
        TopicId::all(topics.len()).zip(topics).map(|(i, t)| (t.slug.as_str(), i)).collect();
    let mut declared_topics = Vec::with_capacity(entities.len());
    for e in &entities {
        if let Some(first) = slugs.insert(&e.slug, e) {
            errors.push(
                Diagnostic::error(
                    &e.path,
                    0,
                    format!("actor slug \"{}\" is already used by {}", e.slug, first.path.display()),
                )
                .with_help("actors are named by their file name: rename one"),
            );
        }
        let written = std::iter::once((e.name.as_str(), e.name_at.0, e.name_at.1))
            .chain(e.aliases.iter().map(|(a, span)| (a.value.as_str(), a.line, *span)));
        for (name, line, span) in written {
            let key = squash_spaces(&fold(name));
            match names.get(&key) {
                Some(other) if !std::ptr::eq(*other, e.as_ref()) => errors.push(
                    Diagnostic::error(
                        &e.path,
                        line,
                        format!("\"{name}\" already names {} ({})", other.name, other.path.display()),
                    )
                    .with_span(span)
                    .with_help("a name must point to one actor: keep it on one of them"),
                ),
                _ => {
                    names.insert(key, e);
                }
            }
        }
        let mut ts = Vec::new();
        for t in &e.topics {
            match topic_index.get(t.value.as_str()) {
                Some(&ti) if !ts.contains(&ti) => ts.push(ti),
                Some(_) => {}
                None => {
                    let help = crate::sources::suggest(&t.value, topics.iter().map(|t| t.slug.as_str()))
                        .map(|s| format!("did you mean \"{s}\"?"))
                        .unwrap_or_else(|| {
                            format!("define it in content/topics/{}.md", crate::text::slugify(&t.value))
                        });
                    errors.push(
                        Diagnostic::error(&e.path, t.line, format!("unknown topic \"{}\"", t.value)).with_help(help),
                    );
                }
            }
        }
        ts.sort();
        declared_topics.push(ts);
    }
    drop(names);
    Declared { entities, topics: declared_topics }
}

/// A mention found in a text: where, in the text as given, and of whom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The bytes of the mention in the text.
    pub range: Range<usize>,
    /// The actor it names.
    pub actor: ActorId,
}

/// Finds every actor's names in text: one automaton for all of them.
#[derive(Default, Debug)]
pub struct Matcher {
    automaton: Option<AhoCorasick>,
    /// For each pattern, its actor.
    owners: Vec<ActorId>,
}

impl Matcher {
    /// The matcher of `entities`' names and aliases.
    pub fn new(entities: &[Arc<Entity>]) -> Matcher {
        let mut patterns = Vec::new();
        let mut owners = Vec::new();
        for (ai, e) in ActorId::all(entities.len()).zip(entities) {
            for name in e.names() {
                let f = squash_spaces(&fold(name));
                if !f.is_empty() {
                    patterns.push(f);
                    owners.push(ai);
                }
            }
        }
        let automaton = (!patterns.is_empty())
            .then(|| AhoCorasick::builder().match_kind(MatchKind::Standard).build(&patterns).ok())
            .flatten();
        Matcher { automaton, owners }
    }

    /// Whether there is no actor to find.
    pub fn is_empty(&self) -> bool {
        self.automaton.is_none()
    }

    /// The mentions in `folded` (a [`Folded`] text), on word boundaries, never overlapping:
    /// where two names start at one place the longer wins (`Alexandre Loukachenko` over
    /// `Loukachenko`), and the earlier wins over one it overlaps.
    pub fn find_folded(&self, folded: &str) -> Vec<Found> {
        let Some(m) = &self.automaton else { return Vec::new() };
        let bytes = folded.as_bytes();
        let word = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_alphanumeric());
        let mut all: Vec<Found> = m
            .find_overlapping_iter(folded)
            .filter(|f| {
                let before = f.start().checked_sub(1).and_then(|i| bytes.get(i));
                !word(before) && !word(bytes.get(f.end()))
            })
            .map(|f| Found { range: f.start()..f.end(), actor: self.owners[f.pattern().as_usize()] })
            .collect();
        all.sort_by(|a, b| a.range.start.cmp(&b.range.start).then(b.range.end.cmp(&a.range.end)));
        let mut out: Vec<Found> = Vec::with_capacity(all.len());
        for f in all {
            if out.last().is_none_or(|last| f.range.start >= last.range.end) {
                out.push(f);
            }
        }
        out
    }

    /// The mentions in `text`, as ranges of `text`.
    pub fn find(&self, text: &str) -> Vec<Found> {
        if self.is_empty() {
            return Vec::new();
        }
        let folded = Folded::new(text);
        let mut found = self.find_folded(&folded.text);
        for f in &mut found {
            f.range = folded.original(f.range.clone());
        }
        found.retain(|f| !continues_a_name(text, f.range.end));
        found
    }

    /// The actors `texts` mention, each once, in id order.
    pub fn actors_in<'t>(&self, texts: impl IntoIterator<Item = &'t str>) -> Vec<ActorId> {
        if self.is_empty() {
            return Vec::new();
        }
        let mut out: Vec<ActorId> = Vec::new();
        for t in texts {
            out.extend(self.find(t).into_iter().map(|f| f.actor));
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// Whether the text at `end` (just past a mention) goes on with a capitalised word that is
/// no common word: the mention is then part of a longer name (`Moscow` in `The Moscow Times`),
/// not the actor.
pub fn continues_a_name(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    let Some(after) = rest.strip_prefix([' ', '\u{a0}']) else { return false };
    let word: String = after.chars().take_while(|c| c.is_alphanumeric()).collect();
    word.chars().next().is_some_and(char::is_uppercase) && !crate::ingest::is_common_word(&fold(&word))
}

/// A topic an actor belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorTopic {
    /// The topic.
    pub topic: TopicId,
    /// How many of the documents that mention the actor are filed under it.
    pub mentions: usize,
    /// Whether the editor filed the actor under it.
    pub declared: bool,
}

/// The resolved actors: who mentions whom.
#[derive(Default, Debug)]
pub struct Actors {
    /// The actors, in file order ([`ActorId`]).
    pub list: Vec<Arc<Entity>>,
    /// Finds their names.
    pub matcher: Matcher,
    /// For each article, the actors it mentions.
    pub in_articles: Vec<Vec<ActorId>>,
    /// For each note, the actors it mentions.
    pub in_notes: Vec<Vec<ActorId>>,
    /// For each topic, the actors its briefing mentions.
    pub in_topics: Vec<Vec<ActorId>>,
    /// For each actor, the actors its own text mentions.
    pub in_actors: Vec<Vec<ActorId>>,
    /// For each actor, the articles that mention it, newest first.
    pub articles: Vec<Vec<ArticleId>>,
    /// For each actor, the notes that mention it.
    pub notes: Vec<Vec<NoteId>>,
    /// For each actor, the topics whose briefing mentions it.
    pub briefings: Vec<Vec<TopicId>>,
    /// For each actor, the events whose text mentions it, in date order.
    pub events: Vec<Vec<EventId>>,
    /// For each actor, its topics: those it is filed under, then those of the documents that
    /// mention it, most mentions first.
    pub topics: Vec<Vec<ActorTopic>>,
}

impl Actors {
    /// How many actors.
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// Whether the editors declared none.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The actors document `d` mentions.
    pub fn of_doc(&self, d: DocRef) -> &[ActorId] {
        let list = match d {
            DocRef::Article(i) => self.in_articles.get(i.index()),
            DocRef::Note(i) => self.in_notes.get(i.index()),
            DocRef::Topic(i) => self.in_topics.get(i.index()),
        };
        list.map_or(&[], Vec::as_slice)
    }

    /// How many documents mention actor `a`.
    pub fn mentions(&self, a: ActorId) -> usize {
        self.articles[a].len() + self.notes[a].len() + self.briefings[a].len()
    }
}

/// What [`resolve`] reads of the site.
pub struct Input<'a> {
    /// The articles.
    pub articles: &'a [Arc<Article>],
    /// The notes.
    pub notes: &'a [Arc<Note>],
    /// The topics.
    pub topics: &'a [Arc<Topic>],
    /// The chronology.
    pub events: &'a [Event],
    /// Each article's topics.
    pub article_topics: &'a [Vec<(TopicId, Reason)>],
    /// Each note's topics.
    pub note_topics: &'a [Vec<TopicId>],
}

fn body_texts(body: &crate::markdown::Body) -> impl Iterator<Item = &str> {
    body.blocks.iter().map(|b| &*b.text)
}

/// Finds who mentions each declared actor: every document and event is read once, in
/// parallel; with no actor declared, nothing is read.
pub fn resolve(declared: Declared, input: Input<'_>) -> Actors {
    let Declared { entities: list, topics: declared_topics } = declared;
    let matcher = Matcher::new(&list);
    let n = list.len();
    let in_articles: Vec<Vec<ActorId>> = if matcher.is_empty() {
        vec![Vec::new(); input.articles.len()]
    } else {
        input
            .articles
            .par_iter()
            .map(|a| matcher.actors_in(std::iter::once(a.title.as_str()).chain(body_texts(&a.body))))
            .collect()
    };
    let in_notes: Vec<Vec<ActorId>> = input
        .notes
        .iter()
        .map(|d| matcher.actors_in(std::iter::once(d.title.as_str()).chain(body_texts(&d.body))))
        .collect();
    let in_topics: Vec<Vec<ActorId>> = input.topics.iter().map(|t| matcher.actors_in(body_texts(&t.body))).collect();
    let in_actors: Vec<Vec<ActorId>> = list.iter().map(|e| matcher.actors_in(body_texts(&e.body))).collect();
    let in_events: Vec<Vec<ActorId>> = if matcher.is_empty() {
        Vec::new()
    } else {
        input.events.par_iter().map(|e| matcher.actors_in([e.text.as_str()])).collect()
    };

    let mut articles: Vec<Vec<ArticleId>> = vec![Vec::new(); n];
    let mut notes: Vec<Vec<NoteId>> = vec![Vec::new(); n];
    let mut briefings: Vec<Vec<TopicId>> = vec![Vec::new(); n];
    let mut events: Vec<Vec<EventId>> = vec![Vec::new(); n];
    let mut counts: Vec<HashMap<TopicId, usize>> = vec![HashMap::new(); n];
    for (ai, found) in ArticleId::all(in_articles.len()).zip(&in_articles) {
        for &a in found {
            articles[a].push(ai);
            for (t, _) in &input.article_topics[ai] {
                *counts[a].entry(*t).or_default() += 1;
            }
        }
    }
    for (ni, found) in NoteId::all(in_notes.len()).zip(&in_notes) {
        for &a in found {
            notes[a].push(ni);
            for &t in &input.note_topics[ni] {
                *counts[a].entry(t).or_default() += 1;
            }
        }
    }
    for (ti, found) in TopicId::all(in_topics.len()).zip(&in_topics) {
        for &a in found {
            briefings[a].push(ti);
            *counts[a].entry(ti).or_default() += 1;
        }
    }
    for (ei, found) in EventId::all(in_events.len()).zip(&in_events) {
        for &a in found {
            events[a].push(ei);
        }
    }
    for list in &mut articles {
        // Newest first, undated last, then in file order: the order every list of the site uses.
        list.sort_by(|x, y| {
            let (dx, dy) = (input.articles[*x].date, input.articles[*y].date);
            dy.map(|d| d.first_day()).cmp(&dx.map(|d| d.first_day())).then(x.cmp(y))
        });
    }
    let topics = counts
        .into_iter()
        .zip(&declared_topics)
        .map(|(count, declared)| {
            let mut out: Vec<ActorTopic> = declared
                .iter()
                .map(|&t| ActorTopic { topic: t, mentions: count.get(&t).copied().unwrap_or(0), declared: true })
                .collect();
            let mut found: Vec<ActorTopic> = count
                .into_iter()
                .filter(|(t, _)| !declared.contains(t))
                .map(|(topic, mentions)| ActorTopic { topic, mentions, declared: false })
                .collect();
            found.sort_by(|a, b| b.mentions.cmp(&a.mentions).then(a.topic.cmp(&b.topic)));
            out.extend(found);
            out
        })
        .collect();
    Actors { list, matcher, in_articles, in_notes, in_topics, in_actors, articles, notes, briefings, events, topics }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::content::entity::ActorKind;
    use crate::content::Located;
    use std::path::PathBuf;

    /// An actor named `name` with `aliases`, for tests here and in [`link`].
    pub(crate) fn entity(slug: &str, name: &str, aliases: &[&str]) -> Arc<Entity> {
        Arc::new(Entity {
            slug: slug.into(),
            path: PathBuf::from(format!("content/entities/{slug}.md")),
            name: name.into(),
            kind: ActorKind::Person,
            aliases: aliases.iter().map(|a| (Located { value: a.to_string(), line: 3 }, (12, a.len()))).collect(),
            name_at: (2, (8, name.len())),
            topics: Vec::new(),
            description: String::new(),
            body: Default::default(),
        })
    }

    pub(crate) fn matcher() -> Matcher {
        Matcher::new(&[
            entity("loukachenko", "Alexandre Loukachenko", &["Loukachenko", "Lukashenko", "Alexander Lukashenko"]),
            entity("zelensky", "Volodymyr Zelensky", &["Zelensky", "Zelenskyy", "Zelenski"]),
            entity("minsk", "Minsk", &[]),
        ])
    }

    fn names(m: &Matcher, text: &str) -> Vec<(String, usize)> {
        m.find(text).into_iter().map(|f| (text[f.range].to_string(), f.actor.0)).collect()
    }

    #[test]
    fn names_are_found_folded_whole_and_longest_first() {
        let m = matcher();
        assert_eq!(
            names(&m, "À Minsk, Alexandre LOUKACHÉNKO reçoit Zelenskyy ; Lukashenko’s men"),
            vec![
                ("Minsk".to_string(), 2),
                ("Alexandre LOUKACHÉNKO".to_string(), 0),
                ("Zelenskyy".to_string(), 1),
                ("Lukashenko".to_string(), 0)
            ]
        );
        // Part of a longer name, no mention: `The Moscow Times`; `Minsk Le` is one.
        assert!(names(&m, "the Minsk Times").is_empty());
        assert_eq!(names(&m, "à Minsk Le lendemain"), vec![("Minsk".to_string(), 2)]);
        // Inside a longer word, no mention: `Minsky`, `Zelenskyyan`, `anti-Minsk` is one.
        assert_eq!(names(&m, "Minsky Zelenskyyan anti-Minsk"), vec![("Minsk".to_string(), 2)]);
        assert_eq!(m.actors_in(["rien ici", "mais Zelenski oui", "et Minsk"]), vec![ActorId(1), ActorId(2)]);
        // A name across a line break is still the name.
        assert_eq!(names(&m, "Alexandre\nLoukachenko"), vec![("Alexandre\nLoukachenko".to_string(), 0)]);
        assert!(Matcher::default().find("Minsk").is_empty());
    }

    #[test]
    fn a_name_two_actors_claim_is_an_error_at_the_second() {
        let topics: Vec<Arc<Topic>> = Vec::new();
        let mut errors = Vec::new();
        let a = entity("a", "Alexandre Loukachenko", &["Loukachenko"]);
        let b = entity("b", "Loukachenko père", &["LOUKACHÉNKO"]);
        declare(vec![a, b], &topics, &mut errors);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].path, PathBuf::from("content/entities/b.md"));
        assert!(errors[0].message.contains("\"LOUKACHÉNKO\" already names Alexandre Loukachenko"), "{errors:?}");
        assert_eq!((errors[0].line, errors[0].column), (3, 12));
    }
}
