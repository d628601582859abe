//! Names the articles use often that no actor goes by: what `briefing check` suggests the
//! editors declare. A name is a run of capitalised words (`Sergueï Choïgou`, `Alexander
//! Lukashenko`), with the particles names carry between them (`Ursula von der Leyen`,
//! `Charles de Gaulle`, `Bachar al-Assad`). A capital that only opens a sentence makes no name:
//! a single word counts only where it is capitalised inside a sentence, and function words,
//! months and weekdays are never names (the crate's own lists: [`crate::ingest::is_common_word`]
//! and the chronology's stop words).

use super::Matcher;
use crate::content::entity::unsafe_name;
use crate::content::Article;
use crate::diagnostics::{line_of, span_in, Diagnostic};
use crate::text::{fold, squash_spaces};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// How many articles must name someone before `check` suggests declaring them, unless
/// config.toml says otherwise (`actor_suggestions`).
pub const DEFAULT_MIN_ARTICLES: usize = 3;

/// At most this many suggestions, the most frequent first: a large dossier has hundreds.
pub const MAX_SUGGESTIONS: usize = 20;

/// Words that join the parts of a name (`von der`, `de`, `al-`), lowercase.
const PARTICLES: [&str; 14] =
    ["de", "du", "des", "d", "la", "le", "van", "von", "der", "den", "al", "el", "bin", "ben"];

/// A name found in a text: its words as written, and whether it opens a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    /// The name as written.
    pub text: String,
    /// Whether it is the first word of its sentence.
    pub initial: bool,
    /// Where it is in the text.
    pub range: std::ops::Range<usize>,
}

/// The names in `text`: runs of capitalised words, particles between them, function words,
/// months and weekdays left out.
pub fn names(text: &str) -> Vec<Name> {
    let mut out = Vec::new();
    // Words with where they start and end, and whether a sentence opens before them.
    let mut words: Vec<(usize, usize, bool)> = Vec::new();
    let mut start = None;
    let mut opens = true;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        // An apostrophe ends a word: `l’Ukraine` is `l` and `Ukraine`.
        let inner = c.is_alphanumeric() || c == '-';
        match (start, inner) {
            (None, true) if c.is_alphanumeric() => start = Some(i),
            (Some(s), false) => {
                let w = text[s..i].trim_end_matches('-');
                words.push((s, s + w.len(), opens));
                opens = false;
                start = None;
            }
            _ => {}
        }
        if start.is_none() && matches!(c, '.' | '!' | '?' | ':' | '«' | '"' | '“' | '—' | '(' | '\n') {
            opens = true;
        }
    }
    let mut i = 0;
    while i < words.len() {
        if !is_name_word(&text[words[i].0..words[i].1]) {
            i += 1;
            continue;
        }
        // Extend over capitalised words and particles followed by one.
        let first = i;
        let mut last = i;
        let mut j = i + 1;
        while j < words.len() {
            let gap = &text[words[j - 1].1..words[j].0];
            if gap.trim() != "" || gap.contains('\n') {
                break;
            }
            let w = &text[words[j].0..words[j].1];
            if is_name_word(w) {
                last = j;
                j += 1;
            } else if PARTICLES.contains(&w.to_lowercase().as_str()) || is_particle_prefixed(w) {
                j += 1;
            } else {
                break;
            }
        }
        let text_of = |a: usize, b: usize| squash_spaces(&text[words[a].0..words[b].1]);
        let name = text_of(first, last);
        out.push(Name { text: name, initial: words[first].2, range: words[first].0..words[last].1 });
        i = last + 1;
    }
    out
}

/// A word that can be part of a name: capitalised (or `al-Assad`), not a
/// function word, a month or a weekday.
fn is_name_word(w: &str) -> bool {
    let capital = w.chars().next().is_some_and(char::is_uppercase) || is_particle_prefixed(w);
    if !capital || w.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let f = fold(w);
    !(crate::ingest::is_common_word(&f) || crate::chronology::words::is_stop(&f))
}

/// `al-Assad`: a particle glued to a capitalised name.
fn is_particle_prefixed(w: &str) -> bool {
    ["al-", "el-", "ben-", "bin-"]
        .iter()
        .any(|p| w.strip_prefix(p).and_then(|rest| rest.chars().next()).is_some_and(char::is_uppercase))
}

/// A name seen in the articles: how it is most often written, in how many articles, and
/// where first.
struct Seen {
    spellings: HashMap<String, usize>,
    articles: usize,
    last_article: usize,
    example: (usize, String),
}

/// The names at least `min` articles use that no actor goes by, most frequent first, each
/// as a suggestion at one place it is written (`path:line:column`, read from the file under
/// `root`).
pub fn suggestions(root: &Path, articles: &[Arc<Article>], matcher: &Matcher, min: usize) -> Vec<Diagnostic> {
    if min == 0 {
        return Vec::new();
    }
    let mut seen: HashMap<String, Seen> = HashMap::new();
    for (ai, a) in articles.iter().enumerate() {
        for block in a.body.blocks.iter().filter(|b| !b.heading) {
            // A capitalised word inside a declared name (`Cour` of `Cour des comptes`) is that
            // actor, not a name of its own.
            let declared: Vec<std::ops::Range<usize>> =
                matcher.find(&block.text).into_iter().map(|f| f.range).collect();
            for n in names(&block.text) {
                if declared.iter().any(|d| d.start < n.range.end && n.range.start < d.end) {
                    continue;
                }
                // A capital opening a sentence may be any word's: what follows the first word
                // of a run there is a name (`Ensuite Minsk` counts as `Minsk`), a lone word
                // is not one.
                let text = if n.initial {
                    match n.text.split_once(' ') {
                        Some((_, rest)) if rest.chars().next().is_some_and(char::is_uppercase) => rest.to_string(),
                        _ => continue,
                    }
                } else {
                    n.text
                };
                let n = Name { text, initial: false, range: n.range };
                if unsafe_name(&n.text).is_some() || !matcher.find(&n.text).is_empty() {
                    continue;
                }
                let key = squash_spaces(&fold(&n.text));
                let s = seen.entry(key).or_insert_with(|| Seen {
                    spellings: HashMap::new(),
                    articles: 0,
                    last_article: usize::MAX,
                    example: (ai, n.text.clone()),
                });
                *s.spellings.entry(n.text.clone()).or_default() += 1;
                if s.last_article != ai {
                    s.articles += 1;
                    s.last_article = ai;
                }
            }
        }
    }
    let mut frequent: Vec<(String, Seen)> = seen.into_iter().filter(|(_, s)| s.articles >= min).collect();
    frequent.sort_by(|a, b| b.1.articles.cmp(&a.1.articles).then_with(|| a.0.cmp(&b.0)));
    frequent.truncate(MAX_SUGGESTIONS);
    frequent
        .into_iter()
        .map(|(_, s)| {
            let mut spellings: Vec<(&String, &usize)> = s.spellings.iter().collect();
            spellings.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            let name = spellings[0].0;
            let (ai, written) = &s.example;
            let a = &articles[*ai];
            let (path, line, span) = locate(root, a, written);
            let d = Diagnostic::suggestion(
                path,
                line,
                format!("\"{name}\" is named in {} articles but is no declared actor", s.articles),
            )
            .with_help(format!(
                "declare it (`briefing new entity \"{name}\" --kind person|place|organisation`) or add it to an actor's aliases"
            ));
            match span {
                Some(span) => d.with_span(span),
                None => d,
            }
        })
        .collect()
}

/// Where `written` first appears in article `a`'s file (or, for a raw article whose file
/// cannot be read, the article itself).
fn locate(root: &Path, a: &Article, written: &str) -> (PathBuf, usize, Option<(usize, usize)>) {
    let text = std::fs::read(root.join(&a.path)).map(|b| String::from_utf8_lossy(&b).into_owned()).unwrap_or_default();
    match text.find(written) {
        Some(at) => (a.path.clone(), line_of(&text, at), Some(span_in(&text, at..at + written.len()))),
        None => (a.path.clone(), 0, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, bool)> {
        names(text).into_iter().map(|n| (n.text, n.initial)).collect()
    }

    #[test]
    fn names_with_particles_in_french_and_english() {
        assert_eq!(
            found("Selon Ursula von der Leyen et Charles de Gaulle, Bachar al-Assad a vu Sergueï Choïgou."),
            vec![
                ("Ursula von der Leyen".to_string(), false),
                ("Charles de Gaulle".to_string(), false),
                ("Bachar al-Assad".to_string(), false),
                ("Sergueï Choïgou".to_string(), false)
            ]
        );
        // A trailing particle is not part of the name: `Minsk` in `Minsk de la`.
        assert_eq!(found("à Minsk de la sorte"), vec![("Minsk".to_string(), false)]);
    }

    #[test]
    fn sentence_openers_months_and_weekdays_are_no_names() {
        // `Le`, `Mais`, `Lundi`, `Décembre` are never names; `Ensuite` opens a sentence.
        assert_eq!(
            found("Le président parle. Mais Lundi 19 Décembre, Poutine arrive. Ensuite il part."),
            vec![("Poutine".to_string(), false), ("Ensuite".to_string(), true)]
        );
        assert_eq!(found("The Kremlin said on Monday in March"), vec![("Kremlin".to_string(), false)]);
    }

    #[test]
    fn frequent_undeclared_names_are_suggested_once_with_counts() {
        use crate::markdown::{render, Trust};
        let article = |slug: &str, text: &str| {
            Arc::new(Article {
                slug: slug.into(),
                path: PathBuf::from(format!("content/articles/{slug}.md")),
                sidecar: None,
                title: String::new(),
                date: None,
                author: None,
                outlet: None,
                url: None,
                language: None,
                topics: Vec::new(),
                summary: String::new(),
                credit: None,
                guessed: Vec::new(),
                guessed_at: crate::content::Located { value: PathBuf::new(), line: 0 },
                body: render(text, 1, Trust::Untrusted),
                sources: Vec::new(),
            })
        };
        let articles = vec![
            article("a", "Hier, Sergueï Choïgou a parlé. Lundi, Loukachenko aussi, selon la Cour des comptes."),
            article("b", "Selon Sergueï Choïgou et Loukachenko, et la Cour des comptes."),
            article("c", "Mais Sergueï Choïgou se tait. Ensuite Minsk. La Cour des comptes aussi."),
            article("d", "Ensuite rien. Ensuite."),
        ];
        let m = Matcher::new(&[
            super::super::tests::entity("l", "Alexandre Loukachenko", &["Loukachenko"]),
            super::super::tests::entity("c", "Cour des comptes", &[]),
        ]);
        let out = suggestions(Path::new("/nonexistent"), &articles, &m, 3);
        assert_eq!(out.len(), 1, "{out:?}");
        assert!(out[0].message.starts_with("\"Sergueï Choïgou\" is named in 3 articles"), "{out:?}");
        assert_eq!(out[0].severity, crate::diagnostics::Severity::Suggestion);
        assert!(suggestions(Path::new("/nonexistent"), &articles, &m, 0).is_empty());
        assert_eq!(suggestions(Path::new("/nonexistent"), &articles, &m, 2).len(), 1);
    }
}
