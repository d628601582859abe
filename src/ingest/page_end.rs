//! Where a whole page's article ends, read from the body's last lines once every other cut is
//! made: a pager to the site's previous or next article, and a closing run of labels; and
//! the run of labels left over its first paragraph.
//!
//! Both are read on the body, not on the page's lines, so that they only ever cut what the
//! block and its cuts left after the text; and both stand back whenever more prose follows
//! than precedes them (a pager printed above the article, a paragraph after the labels).

use super::line_signals::{plain, signals};

/// Whether a line reads as a label: [`LABEL_WORDS`] words at most, and no sentence. A
/// button or a box's heading is no sentence, so a line that closes as one (`“We will be
/// back.”`, `Will the company blink first?`, `Affaire à suivre…`), opens with a quote mark
/// (`« On ne lâchera rien »`), holds a clause (`Reporting by Jane Smith; Editing by Mark
/// Potter`) or is set in brackets whole (`(Avec AFP)`) is text, and stays. A closing bracket
/// after a label's words is a counter or a tag (`Commentaires (12)`, `DIVE DEEPER (7 MIN)`);
/// a closing `»` with no quote opened is an arrow (`Translate »`); a colon closes a label
/// (`À découvrir :`, `Reading time:`) unless the line leads into a list as a sentence does,
/// with a clause or at some length (`Les lignes les plus touchées, selon la direction :`).
fn is_label(l: &str) -> bool {
    let t = plain(l).0.trim();
    let words = signals(l).words;
    if words > LABEL_WORDS || t.starts_with(QUOTES) || t.contains("; ") {
        return false;
    }
    if t.ends_with(')') {
        return !t.starts_with('(');
    }
    if t.ends_with(':') {
        return words < LEAD_IN_WORDS && !t.contains(", ");
    }
    let quoted = |close: char, open: &[char]| t.ends_with(close) && t[..t.len() - close.len_utf8()].contains(open);
    !t.ends_with(SENTENCE_ENDS) && !quoted('»', &['«']) && !quoted('”', &['“']) && !quoted('"', &['"'])
}

/// Words from which a line closed by a colon leads into what follows as a sentence does
/// (`Here are the main changes:`); a box's heading is shorter (`Sur le même sujet :`).
const LEAD_IN_WORDS: usize = 5;

/// Marks that close a sentence or lead into what follows it.
const SENTENCE_ENDS: [char; 5] = ['.', '!', '?', '…', ';'];

/// Quote marks, opening and closing, French and English.
const QUOTES: [char; 8] = ['"', '“', '”', '«', '»', '„', '‘', '’'];

/// Characters from which a line is a paragraph for these cuts (measure.py counts paragraphs
/// of 80 and more): a line this long is never part of a run of labels.
const PARAGRAPH_CHARS: usize = 80;

/// Paragraphs the text must hold above a pager or a run of labels before either is read as
/// the page's: under two, the body may be a short note or a page the block misread.
const MIN_PARAGRAPHS: usize = 2;

/// Words up to which a line after the last paragraph reads as a label (`Faire un don`,
/// `Le Mag du Senior sur les réseaux sociaux`, `Report a correction or typo`); a teaser's
/// title or a sentence of the text runs longer.
const LABEL_WORDS: usize = 8;

/// Nouns of a pager's link (`Article précédent`, `Previous post`).
const PAGER_NOUNS: [&str; 6] = ["article", "post", "billet", "story", "entry", "entrée"];

/// Directions of a pager's link, accents folded (`précédent`, `Précedent` → `precedent`).
const PAGER_WAYS: [&str; 8] = ["precedent", "precedente", "suivant", "suivante", "previous", "next", "older", "newer"];

/// Whether a line is a pager to the site's previous or next article: a noun of a story and a
/// direction, either way round, opening the line (`Article précédent : Un avocat peut-il…`,
/// `Article suivantAllégez votre charge…`, `« Previous Post Next Post »`, `Next article`).
/// A sentence that opens so (`Previous post-war governments…`, `Next story.`) is no link:
/// a hyphen glued to the second word, or a full stop closing the line, keeps it; and so
/// does one that runs on after the pair (`Previous story arcs were darker, she said, …`),
/// which a link's headline does not, as [`pager_tail`] reads it.
pub(super) fn is_pager(l: &str) -> bool {
    let t = plain(l).0.trim_start_matches(|c: char| !c.is_alphanumeric());
    if t.trim_end().ends_with('.') {
        return false;
    }
    let first_len = t.find(|c: char| c.is_whitespace() || c == ':').unwrap_or(t.len());
    let first = fold(&t[..first_len]);
    let rest = t[first_len..].trim_start_matches(|c: char| c.is_whitespace() || c == ':');
    let pair = |noun: &[&str], way: &[&str]| {
        noun.contains(&first.as_str())
            && way.iter().any(|w| opens_with_word(rest, w) && pager_tail(&rest[byte_len(rest, w)..]))
    };
    pair(&PAGER_NOUNS, &PAGER_WAYS) || pair(&PAGER_WAYS, &PAGER_NOUNS)
}

/// Bytes of the first `w.chars().count()` characters of `t`.
fn byte_len(t: &str, w: &str) -> usize {
    t.char_indices().nth(w.chars().count()).map_or(t.len(), |(i, _)| i)
}

/// Whether what follows a pager's two words is a link's and not a sentence's: nothing, a
/// mark (`: `, `»`, `|`, `→`), the linked headline glued on (`suivantAllégez…`,
/// `article“Killing Nothing”…`), or a headline after a space: it opens with a capital or a
/// digit, and either is short and holds no clause (no `, `, no quote) or is set as a
/// headline, a kicker before a colon (`Centre d’écoute : Un abri pour…`). A sentence runs
/// on in lower case (`story arcs were darker`, `story arc? “A villain…”`).
fn pager_tail(tail: &str) -> bool {
    let Some(c) = tail.chars().next() else { return true };
    if !c.is_whitespace() {
        return !CLAUSE.contains(&c) && !c.is_lowercase();
    }
    let h = tail.trim_start();
    let Some(c) = h.chars().next() else { return true };
    if !c.is_alphanumeric() {
        return !CLAUSE.contains(&c) && !OPENING_QUOTES.contains(&c);
    }
    if c.is_lowercase() {
        return false;
    }
    let words: Vec<&str> = h.split_whitespace().collect();
    let short = words.len() <= LABEL_WORDS && !h.contains(", ") && !h.contains(OPENING_QUOTES);
    let kicker = words.iter().take(LABEL_WORDS).any(|w| *w == ":" || w.ends_with(':'));
    short || kicker
}

/// Quote marks that open a quotation: a closing `»` also ends a pager (`« Previous Post Next
/// Post »`).
const OPENING_QUOTES: [char; 4] = ['"', '“', '«', '„'];

/// Marks that carry a sentence on after a pager's two words (`Next story, she said`).
const CLAUSE: [char; 7] = [',', ';', '?', '!', '.', '(', ')'];

/// Lower case, French accents of `e` folded.
fn fold(w: &str) -> String {
    w.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'é' | 'è' | 'ê' => 'e',
            c => c,
        })
        .collect()
}

/// Whether `t` opens with the word `w` (folded as [`fold`]) and the word ends there: a
/// letter in lower case or a hyphen after it continues the word (`next-door`, `posted`), a
/// capital is the linked headline glued on (`Article suivantAllégez…`).
fn opens_with_word(t: &str, w: &str) -> bool {
    let n = w.chars().count();
    if t.chars().count() < n || fold(&t.chars().take(n).collect::<String>()) != w {
        return false;
    }
    !t.chars().nth(n).is_some_and(|c| c.is_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Cuts the body at a pager to the site's previous or next article: what follows it is the
/// page's (the linked headlines, a sign-up form, the site's blurb and its notices). Only once
/// [`MIN_PARAGRAPHS`] paragraphs stand above it and they hold more prose than what follows,
/// so a pager printed above the article never takes the article with it.
pub(super) fn cut_at_pager(body: &mut Vec<&str>) {
    let filled: Vec<usize> = (0..body.len()).filter(|&i| !body[i].trim().is_empty()).collect();
    // Paragraphs and their characters over the first k filled lines, counted once: a page of
    // many pager lines would otherwise be read again for each.
    let mut sums = vec![(0usize, 0usize)];
    for &i in &filled {
        let c = signals(body[i]).chars;
        let &(n, chars) = sums.last().unwrap_or(&(0, 0));
        sums.push(if c >= PARAGRAPH_CHARS { (n + 1, chars + c) } else { (n, chars) });
    }
    let total = sums.last().map_or(0, |s| s.1);
    for (k, &i) in filled.iter().enumerate() {
        if !is_pager(body[i]) {
            continue;
        }
        let (above, above_chars) = sums[k];
        let below_chars = total - sums[k + 1].1;
        if above >= MIN_PARAGRAPHS && below_chars < above_chars {
            body.truncate(i);
            return;
        }
    }
}

/// Drops the run of labels that closes the body after its last paragraph (`Rejoignez`,
/// `Le club`, `Je m'abonne`, `Faire un don`, `Report a typo`, `Load More`): buttons, a box's
/// heading with nothing under it, a section's name. Only a run made of labels alone, each of
/// [`LABEL_WORDS`] words at most and none a sentence as [`is_label`] reads it (`Ben Collins
/// contributed.`, `Will the company blink first?` stay, and so does the whole run around
/// them), once [`MIN_PARAGRAPHS`] paragraphs stand
/// above. Runs after the byline has been read from the body's last line, so a closing
/// signature has already been taken.
pub(super) fn drop_closing_labels(body: &mut Vec<&str>) {
    let filled: Vec<usize> = (0..body.len()).filter(|&i| !body[i].trim().is_empty()).collect();
    let long: Vec<usize> = filled.iter().copied().filter(|&i| signals(body[i]).chars >= PARAGRAPH_CHARS).collect();
    let (true, Some(&last)) = (long.len() >= MIN_PARAGRAPHS, long.last()) else { return };
    if filled.iter().filter(|&&i| i > last).all(|&i| is_label(body[i])) {
        body.truncate(last + 1);
    }
}

/// Drops the run of labels the body opens with, above its first line of prose (`Texte par :
/// FRANCE 24 Suivre`, `3 mn`, `Player Video`, `Voir le Diaporama`, `Enlarge this image`,
/// `SPEED READ`): the buttons, a player's and a photo's labels and the stamps the header's
/// reader left in the body. The header has already taken its headline, byline and date from
/// those lines. Only labels as [`drop_closing_labels`] reads them, and only over
/// [`MIN_PARAGRAPHS`] paragraphs: a standfirst, a dateline or an opening sentence closes as a
/// sentence and ends the run.
pub(super) fn drop_opening_labels(body: &mut Vec<&str>) {
    // A subtitle under the headline is no label though it is as short: a question already
    // closes as a sentence (`Le futur du féminisme est-il transnational ?`), and one that holds
    // a clause (`Older adults might struggle, but that's OK`) is text here too.
    let opening_label = |l: &str| is_label(l) && !plain(l).0.contains(", ");
    let Some(first) = body.iter().position(|l| !l.trim().is_empty() && !opening_label(l)) else { return };
    if body[first..].iter().filter(|l| signals(l).chars >= PARAGRAPH_CHARS).count() < MIN_PARAGRAPHS
        || signals(body[first]).chars < PARAGRAPH_CHARS && !signals(body[first]).sentence
    {
        return;
    }
    body.drain(..first);
}

#[cfg(test)]
mod tests {
    use super::*;

    const P1: &str = "Le syndicat des machinistes a rejeté mercredi le projet d'accord, qui prévoyait une hausse de salaire de 35 % sur quatre ans.";
    const P2: &str = "La grève, commencée le 13 septembre, paralyse les deux principales usines du groupe, a indiqué la direction dans un communiqué.";

    #[test]
    fn a_pager_names_a_story_and_a_direction() {
        assert!(is_pager("Article précédent : Un avocat peut-il exercer dans un centre d'affaires ? Précédent"));
        assert!(is_pager("Article Précedent Centre d’écoute : Un abri pour les femmes victimes de violence"));
        assert!(is_pager("« Previous Post Next Post »"));
        assert!(is_pager("Next article"));
        assert!(is_pager("Billet suivant"));
        // The linked headline glued to the direction.
        assert!(is_pager("Article suivantAllégez votre charge mentale en gagnant du temps"));
        // A sentence of the text that opens with the same words.
        assert!(!is_pager("Previous post-war governments had tried the same, with no more success than this one."));
        assert!(!is_pager("Next story."));
        assert!(!is_pager("Article 12 du code pénal"));
        assert!(!is_pager("Suivant les recommandations de l'OMS, le gouvernement a fermé les écoles"));
    }

    #[test]
    fn the_body_ends_at_a_pager_under_the_text() {
        let mut body = vec![
            P1,
            "",
            P2,
            "",
            "Article précédent Bordeaux : la plus grande centrale solaire urbaine d’Europe",
            "",
            "Actualisé quotidiennement, le Monde du Droit est le magazine privilégié des décideurs juridiques, avec des interviews exclusives.",
        ];
        cut_at_pager(&mut body);
        assert_eq!(body, vec![P1, "", P2, ""]);
    }

    #[test]
    fn a_pager_above_the_text_cuts_nothing() {
        let mut body = vec![P1, "", "Next article", "", P2, "", P1, "", P2];
        let before = body.clone();
        cut_at_pager(&mut body);
        assert_eq!(body, before);
        // Nor one under a single paragraph: too little text to tell.
        let mut body = vec![P1, "", "Next article", ""];
        cut_at_pager(&mut body);
        assert_eq!(body.len(), 4);
    }

    #[test]
    fn a_closing_run_of_labels_leaves_the_body() {
        let mut body =
            vec![P1, "", P2, "", "Lire les commentaires ()", "", "Rejoignez", "", "Le club", "", "Je m'abonne"];
        drop_closing_labels(&mut body);
        assert_eq!(body, vec![P1, "", P2]);
    }

    #[test]
    fn an_opening_run_of_labels_leaves_the_body() {
        let mut body = vec!["Texte par : FRANCE 24 Suivre", "", "3 mn", "", P1, "", P2];
        drop_opening_labels(&mut body);
        assert_eq!(body, vec![P1, "", P2]);
        // A dateline or a standfirst closes as a sentence: nothing goes.
        let mut body = vec!["Paris, le 3 mai.", "", P1, "", P2];
        let before = body.clone();
        drop_opening_labels(&mut body);
        assert_eq!(body, before);
        // A subtitle stops the run where it stands.
        let mut body = vec!["Player Video", "", "Le futur du féminisme est-il transnational ?", "", P1, "", P2];
        drop_opening_labels(&mut body);
        assert_eq!(body[0], "Le futur du féminisme est-il transnational ?");
        // Nor over a single paragraph.
        let mut body = vec!["3 mn", "", P1];
        drop_opening_labels(&mut body);
        assert_eq!(body.len(), 3);
    }

    #[test]
    fn a_closing_sentence_keeps_the_run() {
        // A contributor's line closes as a sentence: the whole run stays, labels and all.
        let mut body = vec![P1, "", P2, "", "Ben Collins contributed.", "", "About"];
        let before = body.clone();
        drop_closing_labels(&mut body);
        assert_eq!(body, before);
        // So does a run with a line too long for a label (a teaser's title, a sentence).
        let mut body = vec![
            P1,
            "",
            P2,
            "",
            "Faire un don",
            "",
            "La pop culture est politique et l’a toujours été depuis les années soixante",
        ];
        let before = body.clone();
        drop_closing_labels(&mut body);
        assert_eq!(body, before);
        // And a body of one paragraph keeps what follows it.
        let mut body = vec![P1, "", "Faire un don"];
        drop_closing_labels(&mut body);
        assert_eq!(body.len(), 3);
    }

    #[test]
    fn a_short_closing_sentence_is_no_label() {
        // Closing quotes, questions, an ellipsis, a bracketed credit, a credit's clauses and a
        // list's lead-in are text: each stays under the last paragraph.
        for last in [
            "“We will be back.”",
            "Will the company blink first?",
            "« On ne lâchera rien ! »",
            "Jusqu’où ira le bras de fer ?",
            "Affaire à suivre…",
            "Reporting by Jane Smith; Editing by Mark Potter",
            "(Avec AFP)",
            "Les lignes les plus touchées, selon la direction :",
            "« On ne lâchera rien »",
        ] {
            assert!(!is_label(last), "{last}");
            let mut body = vec![P1, "", P2, "", last];
            drop_closing_labels(&mut body);
            assert_eq!(body.len(), 5, "{last}");
        }
        // A counter's brackets still close a label.
        assert!(is_label("Lire les commentaires ()"));
        assert!(is_label("Commentaires (12)"));
        assert!(is_label("DIVE DEEPER (7 MIN)"));
        // An arrow is no closing quote, and a box's heading may end in a colon.
        assert!(is_label("Translate »"));
        assert!(is_label("À découvrir :"));
        assert!(is_label("Contact the author:"));
    }

    #[test]
    fn a_quoted_first_paragraph_is_no_label() {
        for first in ["“We are not going anywhere.”", "« On ne lâchera rien »"] {
            let mut body = vec![first, "", P1, "", P2];
            drop_opening_labels(&mut body);
            assert_eq!(body[0], first);
        }
    }

    #[test]
    fn a_sentence_opening_with_a_pagers_words_is_no_pager() {
        assert!(!is_pager("Previous story arcs were darker, she said, “but this one is about hope.”"));
        assert!(!is_pager("Next story arc? “A villain the audience will love”"));
        assert!(!is_pager("Next story, she said, will be darker"));
        // A link's headline after the pair, short, set after a colon, or glued on.
        assert!(is_pager("Next Post: WeFoster Launches Hosting Platform Catered to Online Communities"));
        assert!(is_pager("Previous Story Next Story"));
        assert!(is_pager("Next article“Killing Nothing” Giving Nothing: A Boldy James Review"));
        assert!(is_pager("Previous Post Morals vs. Monstrosities: A Review of Hershel and the Hanukkah Goblins"));
        let mut body = vec![
            P1,
            "",
            P2,
            "",
            "Previous story arcs were darker, she said, “but this one is about hope.”",
            "",
            "The first two episodes will be released on June 12.",
        ];
        let before = body.clone();
        cut_at_pager(&mut body);
        assert_eq!(body, before);
    }

    #[test]
    fn many_pager_lines_are_read_in_linear_time() {
        // A pager on every other line under a short text: each is weighed against the prose
        // around it, which must not be counted again for each.
        let mut body = vec!["Next article"; 20_000];
        body.extend([P1, P2, P1]);
        let start = std::time::Instant::now();
        cut_at_pager(&mut body);
        assert_eq!(body.len(), 20_003);
        assert!(start.elapsed() < std::time::Duration::from_secs(2));
    }
}
