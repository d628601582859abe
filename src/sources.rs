//! The source registry: every article and every source an article cites, under the id
//! editors cite it by, and the numbering of citations on each page.

use crate::content::{Article, Located};
use crate::dates::PartialDate;
use crate::doc::{ArticleId, SourceId};
use crate::markdown::Citation;
use std::collections::HashMap;
use std::sync::Arc;

/// What a source is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    /// An article of the dossier.
    Article(ArticleId),
    /// A source that an article cites (the article, and the entry's place in its sources).
    Cited(ArticleId, usize),
}

/// One entry of the source list.
#[derive(Debug, Clone)]
pub struct Source {
    /// The id it is cited by: an article's slug, or `slug:label` for what an article cites.
    pub key: String,
    /// What it is.
    pub kind: SourceKind,
    /// Its title.
    pub title: String,
    /// Who published it.
    pub outlet: Option<String>,
    /// Who wrote it.
    pub author: Option<String>,
    /// When.
    pub date: Option<PartialDate>,
    /// Its language code.
    pub language: Option<String>,
    /// Its original address.
    pub url: Option<String>,
}

/// Every source of a site, under the ids it is cited by.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    /// The sources: articles (in their order), then what each cites.
    pub sources: Vec<Source>,
    /// Each source by the id it is cited by.
    pub index: HashMap<String, SourceId>,
    /// Each article's own entry (by [`ArticleId`]).
    pub of_article: Vec<SourceId>,
}

impl Registry {
    /// The article an id names, when it names one (not what an article cites).
    pub fn article(&self, key: &str) -> Option<ArticleId> {
        match self.sources[*self.index.get(key)?].kind {
            SourceKind::Article(a) => Some(a),
            SourceKind::Cited(..) => None,
        }
    }

    /// The article a source is, or is cited by.
    pub fn article_of(&self, s: SourceId) -> ArticleId {
        match self.sources[s].kind {
            SourceKind::Article(a) | SourceKind::Cited(a, _) => a,
        }
    }
}

/// Builds the registry: articles first (in their order), then the sources each cites.
pub fn registry(articles: &[Arc<Article>]) -> Registry {
    let mut sources = Vec::with_capacity(articles.len() * 2);
    let mut of_article = Vec::with_capacity(articles.len());
    for (a, art) in ArticleId::all(articles.len()).zip(articles) {
        of_article.push(SourceId(sources.len()));
        sources.push(Source {
            key: art.slug.clone(),
            kind: SourceKind::Article(a),
            title: art.title.clone(),
            outlet: art.outlet.clone(),
            author: art.author.clone(),
            date: art.date,
            language: art.language.clone(),
            url: art.url.clone(),
        });
    }
    for (a, art) in ArticleId::all(articles.len()).zip(articles) {
        for (si, s) in art.sources.iter().enumerate() {
            let e = &s.entry;
            sources.push(Source {
                key: format!("{}:{}", art.slug, e.label),
                kind: SourceKind::Cited(a, si),
                title: e.title.clone().unwrap_or_else(|| e.text.clone()),
                outlet: e.outlet.clone(),
                author: e.author.clone(),
                date: e.date,
                // An article cites sources in other languages than its own, and says
                // nothing of them: their title tells (None when too short to tell).
                language: crate::ingest::guess_language(e.title.as_deref().unwrap_or(&e.text))
                    .map(|l| l.code().to_string()),
                url: e.url.clone(),
            });
        }
    }
    let index = sources.iter().enumerate().map(|(i, s)| (s.key.clone(), SourceId(i))).collect();
    Registry { sources, index, of_article }
}

/// How one citation group renders: for each item, its note number and locator.
pub type ResolvedCitation = Vec<(usize, Option<String>)>;

/// The numbering of one page's citations: sources are numbered in order of first citation,
/// and a source cited again keeps its number.
#[derive(Debug, Clone, Default)]
pub struct Numbering {
    /// The sources, the note numbered `n` at position `n - 1`.
    pub notes: Vec<SourceId>,
    /// Each citation group, in the body's order.
    pub citations: Vec<ResolvedCitation>,
}

/// Numbers a body's citations; ids not in `index` are returned with their lines.
pub fn number(citations: &[Citation], index: &HashMap<String, SourceId>) -> (Numbering, Vec<Located<String>>) {
    let mut n = Numbering::default();
    let mut unknown = Vec::new();
    for c in citations {
        let mut group = Vec::new();
        for item in &c.items {
            match index.get(&item.key) {
                Some(&src) => {
                    let num = match n.notes.iter().position(|&s| s == src) {
                        Some(p) => p + 1,
                        None => {
                            n.notes.push(src);
                            n.notes.len()
                        }
                    };
                    group.push((num, item.locator.clone()));
                }
                None => unknown.push(Located { value: item.key.clone(), line: c.line }),
            }
        }
        n.citations.push(group);
    }
    (n, unknown)
}

/// The known id closest to `key`, to suggest when `key` is unknown.
pub fn suggest<'a>(key: &str, known: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let max = (key.chars().count() / 3).max(2);
    known.map(|k| (edit_distance(key, k), k)).filter(|(d, _)| *d <= max).min().map(|(_, k)| k)
}

/// Levenshtein distance over characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != *cb)).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markdown::CiteItem;

    fn cite(keys: &[&str], line: usize) -> Citation {
        Citation {
            items: keys.iter().map(|k| CiteItem { key: k.to_string(), locator: None, prefix: None }).collect(),
            line,
        }
    }

    #[test]
    fn numbers_by_first_citation_and_reuses_numbers() {
        let index: HashMap<String, SourceId> =
            [("a".to_string(), SourceId(10)), ("b".to_string(), SourceId(20)), ("c".to_string(), SourceId(30))].into();
        let (n, unknown) = number(&[cite(&["b"], 1), cite(&["a", "b"], 2), cite(&["c", "zz"], 3)], &index);
        assert_eq!(n.notes, vec![SourceId(20), SourceId(10), SourceId(30)]);
        assert_eq!(n.citations[1], vec![(2, None), (1, None)]);
        assert_eq!(unknown, vec![Located { value: "zz".to_string(), line: 3 }]);
    }

    #[test]
    fn suggestions() {
        let known = ["bielorussie-armee", "sommet-minsk"];
        assert_eq!(suggest("bielorusie-armee", known.iter().copied()), Some("bielorussie-armee"));
        assert_eq!(suggest("zzz", known.iter().copied()), None);
    }
}
