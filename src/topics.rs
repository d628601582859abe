//! Which articles belong to which topic: named in front matter, or mentioning one of the
//! topic's aliases (whole words, whatever the case and accents).

use crate::content::{Article, Topic};
use crate::doc::TopicId;
use crate::text::fold;
use aho_corasick::{AhoCorasick, MatchKind};
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

/// Why an article is attached to a topic.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Reason {
    /// The article's front matter or sidecar names the topic.
    FrontMatter,
    /// The article's text mentions this alias (as the topic spells it).
    Alias(String),
}

/// Finds topic aliases in text: one automaton for every alias of every topic.
pub struct AliasMatcher {
    automaton: Option<AhoCorasick>,
    /// For each pattern, its topic and the alias as the topic spells it.
    owners: Vec<(TopicId, String)>,
}

impl AliasMatcher {
    /// Builds the matcher for `topics`' aliases and keywords.
    pub fn new(topics: &[Arc<Topic>]) -> AliasMatcher {
        let mut patterns = Vec::new();
        let mut owners = Vec::new();
        for (ti, t) in TopicId::all(topics.len()).zip(topics) {
            for a in &t.aliases {
                let f = fold(a);
                if !f.trim().is_empty() {
                    patterns.push(f);
                    owners.push((ti, a.clone()));
                }
            }
        }
        let automaton = (!patterns.is_empty())
            .then(|| AhoCorasick::builder().match_kind(MatchKind::Standard).build(&patterns).ok())
            .flatten();
        AliasMatcher { automaton, owners }
    }

    /// Whether no topic has an alias: nothing can be found.
    pub fn is_empty(&self) -> bool {
        self.automaton.is_none()
    }

    /// Each topic whose alias `text` mentions as a whole word, with the first alias found.
    pub fn find(&self, text: &str) -> Vec<(TopicId, &str)> {
        let mut out: Vec<(TopicId, &str)> = Vec::new();
        let Some(m) = &self.automaton else { return out };
        let hay = fold(text);
        let bytes = hay.as_bytes();
        for found in m.find_overlapping_iter(&hay) {
            let before = found.start().checked_sub(1).map(|i| bytes[i]);
            let after = bytes.get(found.end()).copied();
            let boundary = |b: Option<u8>| b.is_none_or(|b| !b.is_ascii_alphanumeric());
            if !(boundary(before) && boundary(after)) {
                continue;
            }
            let (ti, alias) = &self.owners[found.pattern().as_usize()];
            if !out.iter().any(|(t, _)| t == ti) {
                out.push((*ti, alias.as_str()));
            }
        }
        out
    }
}

/// The topics whose aliases `article` mentions (title or text), each with the alias found.
pub fn mentioned(matcher: &AliasMatcher, article: &Article) -> Mentioned {
    // With no alias to look for, the text is not even gathered.
    if matcher.is_empty() {
        return Mentioned::new();
    }
    let text = format!("{}\n{}", article.title, article.body.plain_text());
    matcher.find(&text).into_iter().map(|(t, a)| (t, a.to_string())).collect()
}

/// For each article, the topics it is attached to (topic index, reason), sorted by topic:
/// those its front matter `named`, and those it [`mentioned`]. Front matter wins over an
/// alias match for the same topic.
pub fn combine(named: &[Vec<TopicId>], mentioned: &[Mentioned]) -> Vec<Vec<(TopicId, Reason)>> {
    named
        .iter()
        .zip(mentioned)
        .map(|(named, found)| {
            let mut out: Vec<(TopicId, Reason)> = named.iter().map(|&t| (t, Reason::FrontMatter)).collect();
            for (ti, alias) in found {
                if !out.iter().any(|(t, _)| t == ti) {
                    out.push((*ti, Reason::Alias(alias.clone())));
                }
            }
            out.sort();
            out
        })
        .collect()
}

/// [`combine`] of what each article names and [`mentioned`].
pub fn attach(
    matcher: &AliasMatcher,
    articles: &[Arc<Article>],
    named: &[Vec<TopicId>],
) -> Vec<Vec<(TopicId, Reason)>> {
    combine(named, &mentioned_all(matcher, articles))
}

/// [`mentioned`] for every article, in parallel.
pub fn mentioned_all(matcher: &AliasMatcher, articles: &[Arc<Article>]) -> Vec<Mentioned> {
    articles.par_iter().map(|a| mentioned(matcher, a)).collect()
}

/// The topics whose aliases an article mentions, with the alias found.
pub type Mentioned = Vec<(TopicId, String)>;

/// What a long-running process keeps of the alias matches from one build to the next: an
/// article that is the very document of the last build ([`Arc::ptr_eq`]) mentions the same
/// topics, as long as the topics and their aliases are the same.
#[derive(Default)]
pub struct Memo {
    aliases: Vec<(String, Vec<String>)>,
    mentioned: HashMap<PathBuf, (Arc<Article>, Mentioned)>,
}

impl Memo {
    /// Whether the topics' slugs and aliases differ from the last call's (they are then kept
    /// for the next, and every match is forgotten).
    pub fn aliases_changed(&mut self, topics: &[Arc<Topic>]) -> bool {
        // Matches name topics by their place in the list: the key is each topic's slug and
        // aliases, in order.
        let changed = self.aliases.len() != topics.len()
            || self.aliases.iter().zip(topics).any(|((slug, a), t)| *slug != t.slug || *a != t.aliases);
        if changed {
            self.mentioned.clear();
            self.aliases = topics.iter().map(|t| (t.slug.clone(), t.aliases.clone())).collect();
        }
        changed
    }

    /// [`mentioned`] for every article: reused where the article is the last build's,
    /// computed (in parallel) where not. Call [`Memo::aliases_changed`] first.
    pub fn mentioned(&mut self, matcher: &AliasMatcher, articles: &[Arc<Article>]) -> Vec<Mentioned> {
        let found: Vec<(Mentioned, bool)> = articles
            .par_iter()
            .map(|a| match self.mentioned.get(&a.path).filter(|(was, _)| Arc::ptr_eq(was, a)) {
                Some((_, f)) => (f.clone(), false),
                None => (mentioned(matcher, a), true),
            })
            .collect();
        // Renewed only when some article was read anew or has gone.
        let renew = found.iter().any(|(_, fresh)| *fresh) || self.mentioned.len() != articles.len();
        let found: Vec<Mentioned> = found.into_iter().map(|(f, _)| f).collect();
        if renew {
            self.mentioned =
                articles.iter().zip(&found).map(|(a, f)| (a.path.clone(), (Arc::clone(a), f.clone()))).collect();
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markdown::{render, Trust};

    fn topic(slug: &str, aliases: &[&str]) -> Topic {
        Topic {
            slug: slug.into(),
            path: format!("content/topics/{slug}.md").into(),
            title: slug.into(),
            summary: String::new(),
            aliases: aliases.iter().map(|s| s.to_string()).collect(),
            order: 0,
            events: vec![],
            edits: vec![],
            body: render("", 1, Trust::Editor),
        }
    }

    fn article(text: &str) -> Article {
        Article {
            slug: "a".into(),
            path: "content/articles/a.md".into(),
            sidecar: None,
            title: "T".into(),
            date: None,
            author: None,
            outlet: None,
            url: None,
            language: None,
            topics: vec![],
            summary: String::new(),
            credit: None,
            guessed: vec![],
            guessed_at: crate::content::Located { value: "content/articles/a.md".into(), line: 1 },
            body: render(text, 1, Trust::Untrusted),
            sources: vec![],
        }
    }

    #[test]
    fn aliases_match_whole_words_whatever_the_accents() {
        let topics =
            [topic("luka", &["Loukachenko", "Lukashenko"]), topic("minsk", &["Minsk"]), topic("mer", &["mer"])]
                .map(Arc::new);
        let arts = [Arc::new(article("LUKASHENKO a parlé. Les Minskois et la merveille."))];
        let m = AliasMatcher::new(&topics);
        let got = attach(&m, &arts, &[vec![]]);
        assert_eq!(got[0], vec![(TopicId(0), Reason::Alias("Lukashenko".into()))]);
        let got = attach(&m, &arts, &[vec![TopicId(1)]]);
        assert_eq!(got[0], vec![(TopicId(0), Reason::Alias("Lukashenko".into())), (TopicId(1), Reason::FrontMatter)]);
    }
}
