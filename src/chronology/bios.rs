//! Blocks of an article's body that are its author's biography: the box a page prints under
//! (or beside) the article about who wrote it (`Hannah Gross covers education for …. Hannah
//! graduated from the University of Pennsylvania in May 2023`). Its dates are the writer's
//! career, not events the article reports.
//!
//! Told by the article's own byline, never by a site's words: the box calls the writer by
//! the given name alone, as a report calls no one it names (see [`author_bios`]).

use crate::markdown::Block;

/// The longest block, in bytes, read as a biography: a bio box holds a few sentences; an
/// article's paragraph about its own writer would run on.
const BIO_MAX: usize = 1_500;

/// The articles an outlet's name may open with (`The Irrawaddy`, `Le Parisien`): a byline
/// that names an outlet names no writer whose given name could be told.
const ARTICLES: &[&str] = &["the", "a", "an", "le", "la", "les", "l", "un", "une"];

/// The names of an article's writers in its `author` field, each as its words (`Ruth Lawes,
/// Nathalie Whittle and Chris Longridge` gives three), those of two words or more only: a
/// single word is an outlet, a desk or a handle, which no bio box tells of; nor those opened by
/// an article ([`ARTICLES`]).
fn writer_names(author: &str) -> Vec<Vec<&str>> {
    author
        .split([',', ';', '&', '/'])
        .flat_map(|part| part.split(" and ").flat_map(|p| p.split(" et ")))
        .map(|name| {
            name.split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'' && c != '’'))
                .filter(|w| !w.is_empty())
                .collect::<Vec<&str>>()
        })
        .filter(|words| {
            words.len() >= 2
                && words.iter().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
                && !ARTICLES.iter().any(|a| same_word(words[0], a))
        })
        .collect()
}

/// The words of `text`, as they stand, cut at what is neither a letter, a digit, a hyphen nor
/// an apostrophe.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’')).filter(|w| !w.is_empty())
}

/// Whether two words are the same but for case (`TIM`, `Tim`).
fn same_word(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.chars().zip(b.chars()).all(|(x, y)| x.to_lowercase().eq(y.to_lowercase()))
}

/// Whether a word is one a name's subject goes on with: a verb or a word in lower case (`has`,
/// `covers`, `a travaillé`), or `Is`, which some boxes capitalise (`Edward Russell Is a
/// Senior Reporter`). Not a capitalised word, which goes on with a longer name (`Chris
/// Pratt`).
fn goes_on_as_subject(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase) || same_word(w, "is") || same_word(w, "est")
}

/// Whether `text` opens with all the words of `name`, in any case, then a word its subject
/// goes on with ([`goes_on_as_subject`]).
fn opens_with_name(text: &str, name: &[&str]) -> bool {
    let mut w = words(text);
    name.iter().all(|n| w.next().is_some_and(|x| same_word(x, n))) && w.next().is_some_and(goes_on_as_subject)
}

/// Whether `text` names the given name `given` alone as a subject, a word its subject goes
/// on with right after it (`Hannah graduated`, `Tim published`, `Sofia a travaillé`): not
/// followed by a surname (`Hannah Gross`), which a report writes.
fn names_as_subject(text: &str, given: &str) -> bool {
    let mut previous = "";
    words(text).any(|w| {
        let hit = same_word(previous, given) && goes_on_as_subject(w);
        previous = w;
        hit
    })
}

/// The blocks of `blocks` that are the biography of a writer of the article (`author`, its
/// byline), in order: a paragraph of at most [`BIO_MAX`] bytes that calls a writer by the
/// whole name as its subject and goes on calling that writer by the given name alone, as a
/// bio box does and a report does not (a report names a person in full, then by the
/// surname): `Hannah Gross covers education … Hannah graduated in May 2023`, `TIM ANDERSON
/// has done many amazing things … In 2010 Tim published his first book`. A bio that names
/// the writer in full only, or then by a pronoun (`Aidan Joly joined the staff in 2022. He
/// is…`, `Céline Regnard est maîtresse de conférences…`), or by the given name only
/// (`Jeremy is co-founder…`, `Jean-Luc started CNX Software in 2010`), is read as the
/// article's: the fit lists' truths keep such a closing line as often as they leave it out.
pub(super) fn author_bios(blocks: &[Block], author: Option<&str>) -> Vec<usize> {
    let Some(author) = author else { return Vec::new() };
    let names = writer_names(author);
    if names.is_empty() {
        return Vec::new();
    }
    (0..blocks.len())
        .filter(|&i| {
            let b = &blocks[i];
            let text = b.text.trim();
            if b.heading || text.len() > BIO_MAX {
                return false;
            }
            names.iter().any(|name| opens_with_name(text, name) && names_as_subject(text, name[0]))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(texts: &[&str]) -> Vec<Block> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| Block { id: format!("p{i}"), text: (*t).into(), heading: false, line: i + 1 })
            .collect()
    }

    #[test]
    fn a_byline_gives_its_writers_names() {
        assert_eq!(
            writer_names("Ruth Lawes, Nathalie Whittle and Chris Longridge"),
            [vec!["Ruth", "Lawes"], vec!["Nathalie", "Whittle"], vec!["Chris", "Longridge"]]
        );
        assert_eq!(writer_names("Sofia El Allaki"), [vec!["Sofia", "El", "Allaki"]]);
        assert_eq!(writer_names("Jeanne Martin et Paul Durand"), [vec!["Jeanne", "Martin"], vec!["Paul", "Durand"]]);
        // One word, or a handle: no bio box names it.
        assert!(writer_names("Maddyness").is_empty());
        assert!(writer_names("rawmeatcowboy").is_empty());
        assert!(writer_names("staff writer").is_empty());
        assert!(writer_names("The Planetary Press").is_empty());
    }

    #[test]
    fn a_box_calling_the_writer_by_the_given_name_is_a_biography() {
        let text = "The council voted on Monday to close the bridge, the mayor said.";
        let b = blocks(&[
            text,
            "Hannah Gross covers education for the paper. Hannah graduated in May 2023.",
            "TIM ANDERSON has done many things. In 2010 Tim published his first book.",
            "Edward Russell Is a Senior Reporter. Edward joined the team in June 2019.",
        ]);
        assert_eq!(author_bios(&b, Some("Hannah Gross")), [1]);
        assert_eq!(author_bios(&b, Some("Tim Anderson")), [2]);
        assert_eq!(author_bios(&b, Some("Edward Russell and Jane Roe")), [3]);
        // Nobody's bio without a byline; another writer's name is not the box of this one.
        assert!(author_bios(&b, None).is_empty());
        assert!(author_bios(&b, Some("Jane Roe")).is_empty());
    }

    #[test]
    fn a_writer_named_in_full_or_by_a_pronoun_is_the_articles_text() {
        // The whole name, then a pronoun: a closing line the article may keep.
        let b = blocks(&["Aidan Joly joined the News 4 staff in 2022. He is a graduate of Canisius College."]);
        assert!(author_bios(&b, Some("Aidan Joly")).is_empty());
        // A report names its subject in full, then by the surname, even when a byline
        // (wrongly) names that subject.
        let b = blocks(&["Melissa Jagessar was charged on Wednesday. Jagessar is due in court."]);
        assert!(author_bios(&b, Some("Melissa Jagessar")).is_empty());
        // The given name as a longer name's first word: someone else.
        let b = blocks(&["Chris Pratt starred in a film in 2015. Chris Pratt is back."]);
        assert!(author_bios(&b, Some("Chris Longridge")).is_empty());
        // The given name alone only further on, the block not opening with the writer, or
        // the given name alone throughout (an article's closing line as often as a box).
        let b = blocks(&["The show returns in 2024. Chris has seen it."]);
        assert!(author_bios(&b, Some("Chris Longridge")).is_empty());
        let b = blocks(&["Jeremy is co-founder of an agency. Jeremy writes for publications since 2019."]);
        assert!(author_bios(&b, Some("Jeremy Moser")).is_empty());
        // An outlet's name in the byline: `The` is no given name.
        let b = blocks(&["The Irrawaddy reports. The couple was imprisoned on September 2."]);
        assert!(author_bios(&b, Some("The Irrawaddy")).is_empty());
    }

    #[test]
    fn a_long_paragraph_naming_the_writer_is_the_articles() {
        let long =
            format!("Hannah Gross covers education. Hannah writes. {}", "The board voted in May 2023. ".repeat(60));
        assert!(author_bios(&blocks(&[&long]), Some("Hannah Gross")).is_empty());
    }
}
