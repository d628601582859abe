//! Blocks of an article's body that stand beside its text rather than in it: the writer's
//! biography printed after the article, under the page's own lines (`*Jane Roe*`, `## About
//! the author`, `TAGS: …`): `Jane Roe covers education… Jane graduated in May 2023…`. Its
//! dates are the writer's career, not events the article reports.
//!
//! Kept only where, on the fit lists of the ingestion corpus (benches/ingest_corpus, round
//! 57), it took mentions from outside the article's text and none from inside it, and none
//! from inside on the check lists' totals. A note about the writer that follows the
//! article's last paragraph with nothing between (`Jane Roe is a playwright… Excerpted
//! from…`) is often the article's own closing note, which the outlet's text keeps: the
//! same rule without the page's line between them took four mentions from inside on fit and
//! two on check. So did `author`, the trade of a book's writer, among the words of a trade.
//! Round 58 let two stronger marks of an author's box stand in for those two: the block
//! opens on a writer's whole name (then it may stand anywhere, as a box above a long offer
//! does), or closes on it (the box's link, `… More by Jane Roe`, then no page line is needed).

use crate::markdown::Block;

/// Words of a writer's trade, English and French, lower case: a biography says what its
/// subject does for the outlet (`a senior reporter`, `est journaliste`, `covers education`).
/// A block that names the writer but none of these is read as the article's text.
const ROLE_WORDS: &[&str] = &[
    "columnist",
    "contributor",
    "correspondent",
    "covers",
    "covering",
    "editor",
    "editors",
    "freelance",
    "journalist",
    "reporter",
    "writer",
    "chroniqueur",
    "chroniqueuse",
    "contenu",
    "contenus",
    "correspondant",
    "correspondante",
    "journaliste",
    "pigiste",
    "plume",
    "rédacteur",
    "rédactrice",
];

/// The share of the body's text, in bytes, that comes before a block read as a biography: a
/// page prints the writer's biography after the article, and an article's own paragraphs
/// that open on a name are most often in its first half.
const CLOSING_SHARE: f64 = 0.5;

/// The blocks of a body that are a biography of one of its writers (`author`, as the front
/// matter names them: `Jane Roe, John Doe and Ann Poe`), in order: a block in the body's
/// closing half ([`CLOSING_SHARE`]) or opening on a writer's whole name, set apart from the
/// text above it by a line of the page ([`sets_apart`]) or closing on a writer's whole name
/// (an author box's link: `… More by Jane Roe`), whose first sentence has a writer as its
/// subject (the name whole or the given name alone, then a word in lower case: `Jane Roe is`,
/// `JANE ROE has`, `…, Jane a travaillé`) and which names a writer's trade ([`ROLE_WORDS`]).
pub(super) fn writer_bios(blocks: &[Block], author: Option<&str>) -> Vec<usize> {
    let Some(author) = author else { return Vec::new() };
    let names = writer_names(author);
    if names.is_empty() {
        return Vec::new();
    }
    let total: usize = blocks.iter().map(|b| b.text.len()).sum();
    let mut before = 0;
    let mut bios = Vec::new();
    for (i, b) in blocks.iter().enumerate() {
        let closing = before as f64 >= CLOSING_SHARE * total as f64;
        before += b.text.len();
        // The tests go cheapest first and each only when the ones before pass: every block
        // of every dated article is asked, and reading each block's words for all of them
        // was a twelfth of a build's instructions.
        if b.heading {
            continue;
        }
        // A biography that opens on the writer's whole name may stand anywhere (an author
        // box above a long offer); one that closes on it (an author box's link, `… More by
        // Jane Roe`) needs no page line above it.
        if !(closing || opens_on_whole_name(&b.text, &names)) {
            continue;
        }
        let apart = i.checked_sub(1).is_some_and(|p| sets_apart(&blocks[p]));
        if (apart || closes_on_name(&b.text, &names)) && opens_on_writer(&b.text, &names) && names_a_trade(&b.text) {
            bios.push(i);
        }
    }
    bios
}

/// The longest block, in bytes, that sets a biography apart whatever its shape (`We're in
/// this together.`): a slogan or a label, not a paragraph of the article.
const APART_SHORT: usize = 40;

/// The longest line, in bytes, that sets a biography apart when it has no end mark: a name
/// under a portrait, `Écrit par Jane Roe`, a row of tags.
const APART_LABEL: usize = 160;

/// Whether block `b`, right above a biography, is a line of the page rather than the
/// article's last paragraph: a heading (`## About the author`), a short block
/// ([`APART_SHORT`]), or one line with no sentence's end mark ([`APART_LABEL`]).
fn sets_apart(b: &Block) -> bool {
    let t = crate::text::trim(&b.text);
    b.heading
        || t.len() < APART_SHORT
        || (t.len() < APART_LABEL && !t.contains('\n') && !t.ends_with(['.', '!', '?', '…', ':', ';', '"', '”', '»']))
}

/// The most words a writer's name has ([`writer_names`]).
const MAX_NAME_WORDS: usize = 4;

/// The writers' names of a byline, each as its words (`Jane Roe, John Doe and Ann Poe`):
/// two to four words, each opening on a capital; a desk or an outlet (`News Desk`) passes
/// too, and is a subject a biography opens on as well.
fn writer_names(author: &str) -> Vec<Vec<&str>> {
    author
        .split([',', '&'])
        .flat_map(|part| part.split(" and ").flat_map(|p| p.split(" et ")))
        .map(|name| name.split_whitespace().collect::<Vec<_>>())
        .filter(|w| {
            (2..=MAX_NAME_WORDS).contains(&w.len())
                && w.iter().all(|x| x.chars().next().is_some_and(char::is_uppercase))
        })
        .collect()
}

/// Whether the first sentence of `text` has one of `names` as its subject: the name whole,
/// or its first word alone (the given name a biography goes on with), case aside, then a
/// word in lower case (a verb: `has`, `covers`, `a travaillé`) or `Is`.
fn opens_on_writer(text: &str, names: &[Vec<&str>]) -> bool {
    let first = first_sentence(text);
    let words: Vec<&str> = first.split_whitespace().collect();
    let same = |a: &str, b: &str| same_lowered(a.trim_matches(|c: char| !c.is_alphanumeric()), b);
    let verb_at = |i: usize| {
        words
            .get(i)
            .is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase) || matches!(*w, "Is" | "Est" | "Has"))
    };
    (0..words.len()).any(|i| {
        names.iter().any(|name| {
            let whole = name.len() <= words.len() - i && name.iter().zip(&words[i..]).all(|(n, w)| same(w, n));
            // The given name alone must be the word itself, no comma after it: `Jane, the
            // mayor's aide, said` is someone the article quotes.
            let given =
                words[i].trim_end_matches(|c: char| !c.is_alphanumeric()) == words[i] && same(words[i], name[0]);
            (whole && verb_at(i + name.len())) || (given && verb_at(i + 1))
        })
    })
}

/// Whether `a` and `b` are one word but for case: lowered alike. Most words are ASCII,
/// compared in place; lowering both into new strings was an allocation per word of every
/// first sentence asked.
fn same_lowered(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        // An ASCII word lowers byte by byte, to ASCII.
        a.eq_ignore_ascii_case(b)
    } else {
        // Some characters lower to ASCII (the Kelvin sign) or to several characters.
        a.to_lowercase() == b.to_lowercase()
    }
}

/// Whether `text` opens on one of `names` whole (`Jane Roe is…`, `Jane Roe Is a…`).
fn opens_on_whole_name(text: &str, names: &[Vec<&str>]) -> bool {
    // The first words only, in place: a name has at most four, and one more word must follow
    // it.
    let mut first = [""; MAX_NAME_WORDS + 1];
    let mut count = 0;
    for (slot, w) in first.iter_mut().zip(text.split_whitespace()) {
        *slot = w;
        count += 1;
    }
    names.iter().any(|n| n.len() < count && n.iter().zip(&first[..count]).all(|(a, b)| a.eq_ignore_ascii_case(b)))
}

/// Whether `text` ends on one of `names` whole (an author box's link: `… More by Jane Roe`).
fn closes_on_name(text: &str, names: &[Vec<&str>]) -> bool {
    // The last words only, read from the end: a name has at most four ([`writer_names`]),
    // and one more word must come before it. Collecting the whole block's words was most
    // of [`writer_bios`]' cost.
    let mut last = [""; MAX_NAME_WORDS + 1];
    let mut count = 0;
    for (slot, w) in last.iter_mut().zip(text.split_whitespace().rev()) {
        *slot = w;
        count += 1;
    }
    // `last` runs from the text's last word backwards, as the name's words do reversed.
    names.iter().any(|n| {
        n.len() < count
            && n.iter().rev().zip(&last[..count]).all(|(a, b)| a.eq_ignore_ascii_case(b.trim_end_matches(['.', ','])))
    })
}

/// The first sentence of `text`, up to its first end mark followed by a space, or its first
/// line.
fn first_sentence(text: &str) -> &str {
    let line = text.lines().next().unwrap_or_default();
    // The first end mark followed by a space, in one pass over the marks: searching the
    // line for each of the three pairs read a paragraph with no end in it three times.
    let b = line.as_bytes();
    let end =
        memchr::memchr3_iter(b'.', b'!', b'?', b).find(|&i| b.get(i + 1) == Some(&b' ')).map_or(line.len(), |i| i + 1);
    &line[..end]
}

/// Whether `text` names a writer's trade ([`ROLE_WORDS`]) as a word of its own.
fn names_a_trade(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| !w.is_empty() && w.len() <= 14 && ROLE_WORDS.contains(&w.to_lowercase().as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chronology::other_stories::tests::blocks;

    const STORY: &str = "The council voted on Monday to close the old bridge for the whole winter, after \
        engineers found cracks in two of its piers and the mayor said repairs would take months.";

    #[test]
    fn a_closing_block_about_the_writer_and_their_trade_is_a_biography() {
        let body = blocks(&[
            STORY,
            STORY,
            "*Jane Roe*",
            "Jane Roe covers education for the Gazette. Jane graduated in May 2023 from the university.",
        ]);
        assert_eq!(writer_bios(&body, Some("Jane Roe")), vec![3]);
        // The given name alone, after a comma, in French, under a signature.
        let body = blocks(&[
            STORY,
            STORY,
            "Écrit par Jane Roe",
            "Diplômée en droit, Jane a travaillé en cabinet. Elle est journaliste.",
        ]);
        assert_eq!(writer_bios(&body, Some("John Doe et Jane Roe")), vec![3]);
        // In capitals, under a row of tags.
        let body =
            blocks(&[STORY, STORY, "TAGS: bridges, council", "JANE ROE has done many things. She is an editor."]);
        assert_eq!(writer_bios(&body, Some("Jane Roe")), vec![3]);
        // `Is` in capitals, under a heading, or under a short slogan.
        let mut body = blocks(&[STORY, STORY, "About the author", "Jane Roe Is a Senior Reporter at the Gazette."]);
        body[2].heading = true;
        assert_eq!(writer_bios(&body, Some("John Doe, Jane Roe")), vec![3]);
        let body = blocks(&[STORY, STORY, "We're in this together.", "Jane Roe Is a Senior Reporter at the Gazette."]);
        assert_eq!(writer_bios(&body, Some("Jane Roe")), vec![3]);
    }

    #[test]
    fn an_author_box_is_a_biography_wherever_it_stands() {
        // Opening on the whole name, under a page line, above the article's text.
        let body =
            blocks(&["Welcome!", "Jane Roe Is a Reporter at the Gazette. Jane joined it in 2019.", STORY, STORY]);
        assert_eq!(writer_bios(&body, Some("Jane Roe")), vec![1]);
        // Closing on the whole name (the box's link), right after the last paragraph.
        let body =
            blocks(&[STORY, STORY, "Jane Roe joined the Gazette in 2019 as a senior reporter... More by Jane Roe"]);
        assert_eq!(writer_bios(&body, Some("Jane Roe")), vec![2]);
        assert!(closes_on_name("… More by JANE ROE.", &writer_names("Jane Roe")));
        assert!(!closes_on_name("Jane Roe", &writer_names("Jane Roe")));
        // A long block is read from its end: its opening words do not count.
        let long = format!("Jane Roe {STORY} More stories by Jane Roe, Gazette");
        assert!(!closes_on_name(&long, &writer_names("Jane Roe")));
        assert!(closes_on_name(
            &format!("{STORY} Read more from Ann Mary Poe Roe."),
            &writer_names("Ann Mary Poe Roe")
        ));
        assert!(opens_on_whole_name("Jane Roe is", &writer_names("Jane Roe")));
        assert!(!opens_on_whole_name("Jane is", &writer_names("Jane Roe")));
    }

    #[test]
    fn closing_on_a_name_reads_the_last_words_as_the_whole_list_of_words_did() {
        // What `closes_on_name` answered when it collected every word of the block.
        fn by_all_words(text: &str, names: &[Vec<&str>]) -> bool {
            let words: Vec<&str> = text.split_whitespace().collect();
            names.iter().any(|n| {
                n.len() < words.len()
                    && n.iter()
                        .zip(&words[words.len() - n.len()..])
                        .all(|(a, b)| a.eq_ignore_ascii_case(b.trim_end_matches(['.', ','])))
            })
        }
        let names = writer_names("Jane Roe, Ann Mary Van Poe");
        let texts = [
            "",
            "Roe",
            "Jane Roe",
            " Jane  Roe ",
            "By Jane Roe",
            "By Jane Roe.",
            "By Jane Roe, ",
            "Ann Mary Van Poe",
            "by Ann Mary Van Poe",
            "By\nANN MARY VAN POE.",
            "More by Jane Doe",
            "More by Mary Van Poe",
            "Jane Roe wrote it",
        ];
        for t in texts {
            assert_eq!(closes_on_name(t, &names), by_all_words(t, &names), "{t:?}");
        }
        assert!(closes_on_name("by Ann Mary Van Poe", &names));
        assert!(!closes_on_name("Ann Mary Van Poe", &names));
    }

    #[test]
    fn words_and_sentences_are_read_as_by_lowered_copies_and_searches() {
        let pairs = [("Jane", "jane"), ("JANE", "Jane"), ("Jane", "Jan"), ("Éloïse", "ÉLOÏSE"), ("\u{212A}im", "Kim")];
        for (a, b) in pairs {
            assert_eq!(same_lowered(a, b), a.to_lowercase() == b.to_lowercase(), "{a} {b}");
        }
        assert!(same_lowered("\u{212A}im", "kim"));
        // What `first_sentence` answered with a search for each end mark.
        fn by_searches(text: &str) -> &str {
            let line = text.lines().next().unwrap_or_default();
            let end = [". ", "! ", "? "].iter().filter_map(|m| line.find(m)).min().map_or(line.len(), |i| i + 1);
            &line[..end]
        }
        for t in
            ["", "No end", "One. Two! Three?", "Why? Because. Yes", "v2.0 is out! Now.", "A.B. C", "End.\nNext. Line"]
        {
            assert_eq!(first_sentence(t), by_searches(t), "{t:?}");
        }
        assert_eq!(first_sentence("Why? Because."), "Why?");
        let names = writer_names("Jane Roe, Ann Mary Van Poe");
        for t in
            ["Jane Roe", "Jane Roe is", "jane roe Is", "Ann Mary Van Poe", "Ann Mary Van Poe writes", "Jane  Doe is"]
        {
            let words: Vec<&str> = t.split_whitespace().take(5).collect();
            let by_list = names
                .iter()
                .any(|n| n.len() < words.len() && n.iter().zip(&words).all(|(a, b)| a.eq_ignore_ascii_case(b)));
            assert_eq!(opens_on_whole_name(t, &names), by_list, "{t:?}");
        }
    }

    #[test]
    fn a_note_right_after_the_last_paragraph_is_the_articles_own() {
        // The outlet's text often closes on its writer's note: no line of the page between.
        let body = blocks(&[STORY, STORY, "Jane Roe is a reporter and playwright. Her play opened in 1988."]);
        assert!(writer_bios(&body, Some("Jane Roe")).is_empty());
        // A long line with no end mark is a paragraph too.
        let long = format!("{} and more", STORY.trim_end_matches('.'));
        let body = blocks(&[STORY, &long, "Jane Roe is a reporter. Her play opened in 1988."]);
        assert!(writer_bios(&body, Some("Jane Roe")).is_empty());
    }

    #[test]
    fn the_articles_own_text_about_a_namesake_is_no_biography() {
        // No trade named: someone the article tells about.
        let body = blocks(&[STORY, STORY, "Votes", "Jane Roe joined the council in 2019 and voted against it."]);
        assert!(writer_bios(&body, Some("Jane Roe")).is_empty());
        // Another Jane, her surname after the given name.
        let body = blocks(&[STORY, STORY, "Books", "Jane Austen, a writer, published it in 1813."]);
        assert!(writer_bios(&body, Some("Jane Roe")).is_empty());
        // In the body's first half, opening on the given name alone: the article's text.
        let body = blocks(&["Votes", "Jane covers education and was a reporter in 2019.", STORY, STORY]);
        assert!(writer_bios(&body, Some("Jane Roe")).is_empty());
        // Closing on the writer's name, but opening on someone else's.
        let body = blocks(&[STORY, STORY, "John Doe, a reporter, met Jane Roe"]);
        assert!(writer_bios(&body, Some("Jane Roe")).is_empty());
        // Not the writer.
        let body = blocks(&[STORY, STORY, "Votes", "John Doe covers education for the Gazette since 2019."]);
        assert!(writer_bios(&body, Some("Jane Roe")).is_empty());
        // No byline, or a one-word one.
        assert!(writer_bios(&body, None).is_empty());
        assert!(writer_bios(&body, Some("John")).is_empty());
    }

    #[test]
    fn the_byline_is_split_into_names() {
        assert_eq!(
            writer_names("Ruth Lawes, Nathalie Whittle and Chris Longridge"),
            vec![vec!["Ruth", "Lawes"], vec!["Nathalie", "Whittle"], vec!["Chris", "Longridge"]]
        );
        assert_eq!(writer_names("Jean Dupont et Marie de la Tour"), vec![vec!["Jean", "Dupont"]]);
        assert_eq!(first_sentence("Jane Roe covers policy. She is a reporter."), "Jane Roe covers policy.");
        assert_eq!(first_sentence("Jane Roe covers policy\nShe is a reporter."), "Jane Roe covers policy");
    }
}
