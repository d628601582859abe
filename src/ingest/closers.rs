//! The headings that open what follows an article (`Most read`, `Comments`, `11 responses
//! to …`), and the lines that end an article wherever they stand.

use super::lexicon::{CLOSERS, CLOSERS_ALONE};
use super::line_signals::{is_paywall, is_signature, plain};

/// Whether `l` is a heading that opens what follows an article.
pub(super) fn is_closer(l: &str) -> bool {
    heading_key(l).is_some_and(|t| {
        CLOSERS.contains(&t.as_str()) || CLOSERS_ALONE.contains(&t.as_str()) || closer_with_tail(&t) || list_heading(&t)
    })
}

/// Whether `l` is one of the headings that close the text only as the whole line
/// ([`CLOSERS_ALONE`]: `Who we are`): an article may head one of its own sections so, which
/// the caller tells by where the line stands.
pub(super) fn is_closer_alone(l: &str) -> bool {
    heading_key(l).is_some_and(|t| CLOSERS_ALONE.contains(&t.as_str()))
}

/// A short heading as the closing phrases read it: lower case, no colon after it, the count
/// gone; `None` for a line too long to be one.
fn heading_key(l: &str) -> Option<String> {
    let t = plain(l).0.trim_end_matches([':', ' ']).to_lowercase();
    if t.chars().count() > 40 {
        return None;
    }
    // `12 commentaires`, `Comments (4)`.
    let t: String = t.chars().filter(|c| !c.is_ascii_digit() && !matches!(c, '(' | ')')).collect();
    // `There are 13 comments`: the count gone, one space between words.
    Some(t.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Whether `l` closes the text only as a pair of a pick and a noun of items ([`list_heading`]:
/// `Recommended Videos`), not as a phrase of the lexicon. A site prints such a label over a
/// player or a box it sets inside the text as well as over the list after it, so the caller
/// weighs what follows before it lets the pair close the text.
pub(super) fn is_list_heading(l: &str) -> bool {
    heading_key(l).is_some_and(|t| list_heading(&t) && !CLOSERS.contains(&t.as_str()) && !closer_with_tail(&t))
}

/// Words that say how a site picked the stories it lists (`Recommended`, `Related`; French
/// `recommandés`, `similaires`).
const LIST_PICKS: [&str; 20] = [
    "related",
    "recommended",
    "suggested",
    "popular",
    "trending",
    "latest",
    "recent",
    "featured",
    "similar",
    "more",
    "recommandés",
    "recommandées",
    "similaires",
    "populaires",
    "associés",
    "associées",
    "liés",
    "liées",
    "suggérés",
    "récents",
];

/// Words that name what such a list holds: other stories, posts, videos, collections. Not
/// `links`: a box of `Related Links` sits inside an article's text as often as after it.
const LIST_NOUNS: [&str; 11] = [
    "stories",
    "articles",
    "posts",
    "reads",
    "collections",
    "videos",
    "topics",
    "contenus",
    "vidéos",
    "sujets",
    "lectures",
];

/// Whether a short heading (in lower case) is two words naming a list of other stories by
/// how it was picked: a pick and a noun of items, in English order (`Recommended Stories`,
/// `Related Collections`) or French (`Articles recommandés`). The lexicon's phrases hold the
/// usual ones; this reads the pair however a site combines it. One word alone (`Related`)
/// is in the lexicon already, and a longer line is a sentence or a subheading of the text.
fn list_heading(t: &str) -> bool {
    let w: Vec<&str> = t.split_whitespace().collect();
    let [a, b] = w[..] else { return false };
    (LIST_PICKS.contains(&a) && LIST_NOUNS.contains(&b)) || (LIST_NOUNS.contains(&a) && LIST_PICKS.contains(&b))
}

/// Words a closing heading may carry after its phrase (`Most Viewed Stories`, `Latest News
/// from Daily Intelligencer`).
const CLOSER_TAIL: usize = 3;

/// Whether a short heading (lower case, the count gone) opens with a closing phrase of two
/// words or more and adds a few words to it. A one-word phrase (`related`, `comments`) opens
/// too many subheadings of a text, and a phrase naming a section (`More from UK`) heads the
/// boxes a site sets inside its articles as often as the lists after them.
fn closer_with_tail(t: &str) -> bool {
    let names_section = |c: &str| c.ends_with(" from") || c.ends_with(" sur") || c.ends_with(" on");
    CLOSERS.iter().filter(|c| c.contains(' ') && !names_section(c)).any(|c| {
        t.strip_prefix(c).is_some_and(|rest| {
            rest.starts_with(' ') && rest.split_whitespace().count() <= CLOSER_TAIL && !rest.contains(['.', '?', '!'])
        })
    })
}

/// Whether a line heads a thread of readers' comments: a count of them and what they answer
/// (`11 responses to “Title”`, `6 thoughts on “Title”`, `There are 8 comments on Title`,
/// `12 réactions à l'article`), the thread's own name (`Comments & Discussion`), or its form
/// (`Leave a Reply Cancel reply`). Longer than the closing headings [`is_closer`] reads: the
/// article's title is in it.
pub(super) fn is_comment_heading(l: &str) -> bool {
    let t = plain(l).0.to_lowercase();
    if t.chars().count() > 200 || t.ends_with('.') {
        return false;
    }
    if COMMENT_FORMS.iter().any(|f| t.starts_with(f)) || bracket_count(&t) {
        return true;
    }
    let mut words = t.split_whitespace().peekable();
    // `There are 8 comments`, `Il y a 3 commentaires`.
    let first = words.peek().copied();
    if first == Some("there") || first == Some("il") {
        words.next();
        if !matches!(words.next(), Some("are" | "y")) {
            return false;
        }
        words.next_if(|w| *w == "a");
    }
    let counted = words.next_if(|w| w.chars().all(|c| c.is_ascii_digit()) || COUNT_WORDS.contains(w)).is_some();
    let Some(noun) = words.next() else { return false };
    let noun = noun.trim_matches(|c: char| !c.is_alphabetic());
    if !COMMENT_NOUNS.contains(&noun) {
        return false;
    }
    match words.next() {
        None => counted,
        Some(w) => (counted && COMMENT_LINKS.contains(&w)) || (!counted && (w == "&" || w == "and" || w == "et")),
    }
}

/// Characters a heading closed by a comment count in brackets may hold.
const BRACKET_COUNT_MAX: usize = 60;

/// Whether a short line (in lower case) closes with a count of comments in brackets: the count
/// and its noun (`envie de donner votre avis ? (5 commentaires)`), or the count after the noun
/// (`les commentaires (5)`, the noun and at most one word before it). The thread's heading,
/// however its site words the rest.
fn bracket_count(t: &str) -> bool {
    if t.chars().count() > BRACKET_COUNT_MAX {
        return false;
    }
    let Some((head, inner)) = t.strip_suffix(')').and_then(|x| x.rsplit_once('(')) else { return false };
    let number = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit());
    match inner.split_whitespace().collect::<Vec<_>>()[..] {
        [n, noun] => number(n) && COMMENT_NOUNS.contains(&noun),
        // The thread's name alone before it: `Read the comments (1)` is a button over the end
        // of the text.
        [n] => {
            let name: Vec<&str> = head.split_whitespace().collect();
            number(n) && name.len() <= 2 && name.last().is_some_and(|w| COMMENT_NOUNS.contains(w))
        }
        _ => false,
    }
}

/// Words for one, before a comment count (`One response to …`).
const COUNT_WORDS: [&str; 4] = ["one", "un", "une", "no"];

/// What readers write under an article.
const COMMENT_NOUNS: [&str; 14] = [
    "comments",
    "comment",
    "responses",
    "response",
    "thoughts",
    "thought",
    "replies",
    "reply",
    "commentaires",
    "commentaire",
    "réactions",
    "réaction",
    "réponses",
    "réponse",
];

/// Words between a comment count and what the comments answer.
const COMMENT_LINKS: [&str; 8] = ["to", "on", "sur", "à", "au", "aux", "pour", "about"];

/// How a comment form opens.
const COMMENT_FORMS: [&str; 4] =
    ["leave a reply", "leave a comment", "laisser un commentaire", "laissez un commentaire"];

/// Whether a line between the block and the text after it (or before it) ends an article
/// wherever it stands, so that no rule joining text across a gap may read past it: a
/// reader's signature, a comment thread's heading, a paywall's notice, or a web address (a
/// citation of the page's own address, `… retrieved … from https://…`, heads the footer's
/// notices; a link is no sentence of the article). Each rule adds the tests its own gap
/// needs: a closing heading ends a gap of short lines but opens the box over a closing
/// paragraph.
pub(super) fn ends_article(l: &str) -> bool {
    is_signature(l) || is_comment_heading(l) || is_paywall(l) || l.contains("http")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_comment_count_in_brackets_heads_the_thread() {
        assert!(is_comment_heading("Envie de donner votre avis ? (5 commentaires)"));
        assert!(is_comment_heading("Les commentaires (5)"));
        assert!(!is_comment_heading("Le rapport de la commission (12 pages)"));
        assert!(!is_comment_heading("Les élus ont voté (5 voix contre 2)"));
        assert!(!is_comment_heading("READ THE COMMENTS (1)"));
    }
    #[test]
    fn a_closing_phrase_with_a_short_tail_closes_unless_it_names_a_section() {
        assert!(is_closer("Most Viewed Stories") && is_closer("Latest News from Daily Intelligencer"));
        assert!(!is_closer("More from UK") && !is_closer("Most read books of the year were novels."));
    }
    #[test]
    fn a_pick_and_a_noun_of_items_head_a_list_of_other_stories() {
        assert!(is_closer("Recommended Stories") && is_closer("Related Collections:"));
        assert!(is_closer("Articles similaires") && is_closer("Contenus associés"));
        // Not a pair of a pick and a noun of items: a subheading of the text.
        assert!(!is_closer("Related risks") && !is_closer("Recommended stories of the week were short."));
        assert!(!is_closer("Popular stories spread fast"));
        // A list named by its subject or its writer.
        assert!(is_closer("More about skywatching") && is_closer("Popular Now on CityLab »"));
        assert!(is_closer("Ses derniers articles"));
        assert!(!is_closer("More about the risks of the vaccine and its side effects"));
        assert!(is_closer("About Our Editorial Team"));
    }
    #[test]
    fn an_outlet_s_box_closes_only_under_its_heading_alone() {
        assert!(is_closer("Qui sommes-nous ?") && is_closer("WHO WE ARE") && is_closer("About us"));
        assert!(is_closer("Cet article vous a plu ?"));
        // With words after it, the heading is a section of the text.
        assert!(!is_closer("Who we are as a nation") && !is_closer("About us and them"));
    }
}
