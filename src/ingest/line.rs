//! What one line is made of, read the same way by every part of ingestion: Markdown links and
//! note markers glued to words, photo credits. A leaf of `ingest/`: it uses no sibling but the
//! word tables, so the parts that read titles, bodies and boilerplate can all use it without
//! using each other.

use super::lexicon::{CREDIT_WORDS, PHOTO_AGENCIES};

/// The indices of the lines that print something: distances between parts of a page are
/// counted in these, since blank lines differ between a browser's copy and a text dump.
pub(super) fn printed(lines: &[&str]) -> Vec<usize> {
    (0..lines.len()).filter(|&i| !lines[i].trim().is_empty()).collect()
}

/// Whether `l` ends with a note marker glued to its last word (`russes1`, `menaces »5`).
/// Digits closing a word in capitals are part of a name (`COP28`, `G20`, `A400`).
pub(super) fn ends_with_marker(l: &str) -> bool {
    let t = l.trim_end_matches(|c: char| c.is_ascii_digit());
    let word: String = t.chars().rev().take_while(|c| c.is_alphabetic()).collect();
    let acronym = !word.is_empty() && word.chars().all(char::is_uppercase);
    t.len() < l.len() && t.ends_with(|c: char| c.is_alphabetic() || c == '»') && !acronym
}

/// A line with every Markdown link reduced to its words (`[Lire aussi > X](https://…)`).
pub(super) fn link_words(l: &str) -> String {
    if !l.contains("](") {
        return l.to_string();
    }
    let mut out = String::with_capacity(l.len());
    let mut rest = l;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let Some(close) = after.find("](") else { break };
        let Some(end) = after[close + 2..].find(')') else { break };
        out.push_str(&rest[..open]);
        out.push_str(&after[..close]);
        rest = &after[close + 2 + end + 1..];
    }
    out.push_str(rest);
    out
}

/// `[texte](#)` → `texte`: a link to nowhere keeps its words.
pub(super) fn strip_dead_links(l: &str) -> String {
    let mut out = String::with_capacity(l.len());
    let mut rest = l;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        match after.find("](") {
            Some(close) if !after[..close].contains('[') => {
                let target_start = close + 2;
                match after[target_start..].find(')') {
                    Some(end) => {
                        let target = after[target_start..target_start + end].trim();
                        if target.is_empty() || target == "#" || target.starts_with("javascript:") {
                            out.push_str(&rest[..open]);
                            out.push_str(&after[..close]);
                            rest = &after[target_start + end + 1..];
                            continue;
                        }
                        out.push_str(&rest[..open + 1]);
                        rest = after;
                    }
                    None => {
                        out.push_str(&rest[..open + 1]);
                        rest = after;
                    }
                }
            }
            _ => {
                out.push_str(&rest[..open + 1]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Characters a phrase needs for its printing twice in a row to mark a card rather than a
/// writer's repetition (`non, non, non`).
const CARD_PHRASE_MIN: usize = 20;

/// How far into a line (bytes) the doubled phrase may start: after a card's stamp or label
/// (`4 janvier 2026 Title Title…`).
const CARD_LEAD_MAX: usize = 40;

/// Characters a second copy cut short must still share with the first.
const CARD_COPY_MIN: usize = 60;

/// Whether a line prints one phrase twice in a row near its start: a teaser card whose link
/// and title (or picture name and headline) a text browser printed one after the other
/// (`Comment y participer ? Comment y participer ? La prise de conscience…`), or a picture's
/// alternative text glued to its caption (`Les enfants s'amusent.Les enfants s'amusent.`).
/// No paragraph of the fit lists' reference opens so; twenty characters at once are no
/// rhetorical repeat.
pub(super) fn doubles_a_phrase(l: &str) -> bool {
    let t = l.trim();
    let starts = std::iter::once(0).chain(t.match_indices(' ').map(|(i, _)| i + 1));
    for s in starts.take_while(|&s| s <= CARD_LEAD_MAX) {
        let u = &t[s..];
        let Some((hb, _)) = u.char_indices().nth(CARD_PHRASE_MIN) else { return false };
        let head = &u[..hb];
        if head.split_whitespace().count() < 3 {
            continue;
        }
        for (p, _) in u[hb..].match_indices(head) {
            let unit = u[..hb + p].trim_end();
            let copy = &u[hb + p..];
            let common = unit.bytes().zip(copy.bytes()).take_while(|(a, b)| a == b).count();
            if common == unit.len() || common >= CARD_COPY_MIN {
                return true;
            }
        }
    }
    false
}

/// How many stamps are glued to a capital after them (`28.12Les métiers … FX Artist14.12Les
/// métiers …`, `17h05Un titre`): dated teasers a text browser printed as one line. A
/// sentence puts a space after a time or a day.
pub(super) fn glued_stamps(l: &str) -> usize {
    let c: Vec<char> = l.chars().collect();
    let digit = |i: usize| c.get(i).is_some_and(char::is_ascii_digit);
    (0..c.len())
        .filter(|&i| {
            // `dd.mm`, `dd/mm`, `hh:mm`, `hhhmm` (one or two digits before), then a capital.
            let lead = if digit(i) && i > 0 && digit(i - 1) { i - 1 } else { i };
            digit(i)
                && (lead == 0 || !digit(lead - 1))
                && c.get(i + 1).is_some_and(|&s| matches!(s, '.' | '/' | ':' | 'h'))
                && digit(i + 2)
                && digit(i + 3)
                && c.get(i + 4).is_some_and(|&n| n.is_uppercase() || matches!(n, '«' | '"' | '“'))
        })
        .count()
}

/// Lines a page cuts to one length with an ellipsis before one becomes a list of them.
const CUT_ALIKE_MIN: usize = 3;

/// Characters a line cut with an ellipsis needs to count (`Lire la suite…` is a button).
const CUT_LINE_MIN: usize = 30;

/// Which lines end with an ellipsis at the same length as two others of the page: teaser
/// excerpts a site cuts to a fixed number of characters (`… une toute d...`, 83 characters
/// each). A writer's `…` falls where the sentence does, never three times at one length.
pub(super) fn cut_alike(lines: &[&str]) -> Vec<bool> {
    let cut_len = |l: &str| {
        let t = l.trim();
        let cut = t.ends_with("...") || t.ends_with('…');
        let n = t.chars().count();
        (cut && n >= CUT_LINE_MIN).then_some(n)
    };
    let lens: Vec<Option<usize>> = lines.iter().map(|l| cut_len(l)).collect();
    let mut counts: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    for n in lens.iter().flatten() {
        *counts.entry(*n).or_default() += 1;
    }
    lens.iter().map(|n| n.is_some_and(|n| counts[&n] >= CUT_ALIKE_MIN)).collect()
}

/// Whether a line shows a sign of program code or of a table drawn by a program: box-drawing
/// characters (`──┼──`, `2 │ f`), a name glued to its parenthesis (`avg(n)`, `appendIf( x )`),
/// a name joined by an underscore (`lower_bound`), an operator between spaces (` = `, ` => `),
/// an end that leaves a statement open (`WITH series AS (`, `bounds;`), or a sign of markup
/// ([`markup_sign`]). Read in groups by the block's classes: one sign alone is not code, a
/// printed listing shows them on most of its lines.
pub(super) fn code_sign(l: &str) -> bool {
    let t = l.trim();
    if t.is_empty() || t.chars().count() > 200 {
        return false;
    }
    let c: Vec<char> = t.chars().collect();
    let name = |x: char| x.is_alphanumeric() || x == '_';
    let drawn = c.iter().any(|&x| ('\u{2500}'..='\u{257F}').contains(&x));
    let glued_call =
        c.windows(3).any(|w| w[0].is_alphanumeric() && w[1] == '(' && (name(w[2]) || matches!(w[2], ')' | ' ')));
    let snake = c.windows(3).any(|w| w[0].is_alphabetic() && w[1] == '_' && w[2].is_alphabetic());
    let operator = [" = ", " == ", " => ", " -> ", " != ", " := ", "::"].iter().any(|o| t.contains(o));
    let open_end = t.ends_with([';', '{', '(', '[']) || t.starts_with(['}', ')', ']']);
    let numeric = c.iter().any(char::is_ascii_digit)
        && c.iter().all(|&x| x.is_ascii_digit() || matches!(x, '.' | '-' | ' ' | ','));
    drawn || glued_call || snake || operator || open_end || numeric || markup_sign(t)
}

/// The signs of code [`code_sign`] reads in a listing of markup or of a program's data: a
/// tag that opens the line and closes it (`<html>`, `</body>`, `<p>Click here</p>`; a tag's
/// name is in lower case, a title in angle brackets is not: `<The Palace>`), a comment's mark
/// (`// …`, `/* …`, `*/`, `<!-- …`, `#!/usr/bin/env`), or a quoted value closed by a comma
/// or given to a key (`prefix: "Mrs.",`).
fn markup_sign(t: &str) -> bool {
    let tag = t.ends_with('>')
        && (t.starts_with("</")
            || t.starts_with("<!")
            || t.strip_prefix('<').and_then(|r| r.chars().next()).is_some_and(|x| x.is_ascii_lowercase()));
    let comment = ["//", "/*", "*/", "<!--", "#!"].iter().any(|m| t.starts_with(m));
    // A key is a name in code's spelling (`firstName`), never a capitalised label (`Note:`).
    let keyed = t.split_once(": \"").is_some_and(|(k, _)| {
        k.starts_with(|x: char| x.is_ascii_lowercase()) && k.chars().all(|x| x.is_ascii_alphanumeric() || x == '_')
    });
    tag || comment || keyed || t.ends_with("\",") || t.ends_with("',")
}

/// How the name of a picture's file ends.
const IMAGE_EXTENSIONS: [&str; 6] = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg"];

/// Whether a line is nothing but a picture's file name (`01D1000004990684-photo-amd-radeon.jpg`),
/// which a text browser prints where the picture stood.
pub(super) fn is_image_file(l: &str) -> bool {
    let t = l.trim();
    let lower = t.to_lowercase();
    !t.is_empty()
        && !t.contains(char::is_whitespace)
        && IMAGE_EXTENSIONS.iter().any(|e| lower.ends_with(e) && lower.len() > e.len())
}

/// `Photo : X / Ouest-France`, `© Sergueï Gapon / AFP`, `Photo: Reuters/Janis Laizans`.
pub(super) fn is_photo_credit(l: &str) -> bool {
    if l.split_whitespace().count() > 14 || l.chars().count() > 120 {
        return false;
    }
    let lower = l.to_lowercase();
    let first = lower.split(|c: char| c.is_whitespace() || c == ':').next().unwrap_or("");
    CREDIT_WORDS.contains(&first)
        || l.contains('©')
        || lower.contains("| photo")
        || lower.contains("getty images")
        || PHOTO_AGENCIES.iter().any(|a| {
            lower.split(['/', '|']).count() > 1
                && lower.split(['/', '|']).any(|part| part.trim() == *a || part.trim().starts_with(&format!("{a} ")))
        })
}

/// A caption: a line closed by a photo credit (`… in 2016. (John Minchillo / AP)`, `… le 12
/// juillet 2023. BERTRAND GUAY / AFP`, `… on Thursday Credit: STR/AFP`, `… © Henri Frasque`).
pub(super) fn ends_with_credit(l: &str) -> bool {
    let t = l.trim();
    if t.chars().count() > 400 {
        return false;
    }
    if let Some(open) = t.strip_suffix(')').and_then(|inner| inner.rfind('(')) {
        let credit = &t[open + 1..t.len() - 1];
        if open > 0 && is_photo_credit(credit) && (credit.contains('/') || credit.contains(':')) {
            return true;
        }
    }
    let cued = ["Credit:", "Crédit :", "Crédit:", "Crédits :", "Photo :", "Photo:", "Photograph:", "©"]
        .iter()
        .filter_map(|c| t.find(c))
        .any(|p| p > 0 && t[p..].chars().count() <= 80);
    // `… on November 19, 2024. — Picture by Jane Roe`, `–– Pictures by Jane Roe`: a credit
    // after a dash or a sentence, capitalised (a sentence says `a photo by`).
    let signed = ["Picture by ", "Pictures by ", "Photo by ", "Photos by "].iter().any(|c| {
        t.rfind(c)
            .is_some_and(|p| p > 0 && t[p..].chars().count() <= 80 && t[..p].trim_end().ends_with(['—', '–', '-', '.']))
    });
    let after_sentence = t.rfind(". ").is_some_and(|p| {
        let tail = &t[p + 2..];
        tail.contains('/') && tail.split_whitespace().count() <= 8 && is_photo_credit(tail)
    });
    cued || signed || after_sentence
}

/// Characters a publication stamp's line may hold: a byline and a source may stand beside
/// the stamp, a paragraph runs longer.
const STAMP_LINE_MAX: usize = 200;

/// Whether a short line is a publication stamp: a cue of publishing or updating (`publié`,
/// `mis à jour`, `updated`) or a reading time beside it, and a clock time (`06:15`, `18h56`),
/// which a story's sentences give without such a cue; or a line opening with the cue and a
/// day, with no sentence in it (`Publié le 25 février 2010 par Jane Roe (Source : X)`).
pub(super) fn is_stamp_line(t: &str) -> bool {
    if t.chars().count() > STAMP_LINE_MAX {
        return false;
    }
    let lower = t.to_lowercase();
    let cued = STAMP_CUES.iter().chain(&READING_CUES).any(|c| lower.contains(c));
    let opens = STAMP_CUES.iter().any(|c| lower.starts_with(c))
        && lower.contains(|c: char| c.is_ascii_digit())
        && !lower.contains(". ")
        && !lower.ends_with('.');
    // A sentence of the story may say when something was published, and at what time: a stamp
    // is a label, with no more than a few words before its stop (`… at 3:15 p.m.`).
    let sentence = lower.trim_end().ends_with(['.', '!', '?']) && lower.split_whitespace().count() > STAMP_WORDS_MAX;
    (cued && has_clock(&lower) && !sentence) || opens
}

/// Words a stamp closed by a stop may hold (`Updated on September 19 at 3:15 p.m.`); a
/// sentence of the story runs longer.
const STAMP_WORDS_MAX: usize = 8;

/// What a stamp says before its day and time.
const STAMP_CUES: [&str; 7] = ["mis à jour", "publié", "modifié", "updated", "published", "posted", "actualisé"];

/// A reading time printed beside a stamp (`10 juin 2023 à 19:00 - Temps de lecture : 3 min`).
const READING_CUES: [&str; 4] = ["temps de lecture", "min read", "reading time", "read time"];

/// Whether a (lower-case) text holds a clock time: one or two digits, `:` or `h`, two digits,
/// not inside a longer number.
fn has_clock(t: &str) -> bool {
    let c: Vec<char> = t.chars().collect();
    let digit = |i: usize| c.get(i).is_some_and(char::is_ascii_digit);
    (0..c.len()).any(|i| {
        let start = i == 0 || !digit(i - 1);
        let one = digit(i) && start;
        let lead = if digit(i + 1) { 2 } else { 1 };
        one && c.get(i + lead).is_some_and(|&s| s == ':' || s == 'h')
            && digit(i + lead + 1)
            && digit(i + lead + 2)
            && !digit(i + lead + 3)
    })
}

/// Whether a line is shaped as a subheading: short, capitalised, with no closing mark. Here
/// rather than in `body`, which prints it, so that the caption rules may ask it without a
/// circle through the block.
pub(super) fn is_subheading(l: &str) -> bool {
    let n = l.chars().count();
    // `Reporting by X; Editing by Y` is a credit, not a heading.
    (3..=80).contains(&n)
        && !l.contains(';')
        && l.chars().next().is_some_and(char::is_uppercase)
        && !l.ends_with(['.', '!', '?', '…', ':', ';', ',', '»', '"', ')'])
        && l.split_whitespace().count() <= 10
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_picture_file_name_alone_is_told() {
        assert!(is_image_file("01D1000004990684-photo-amd-radeon-hd-7770-2.jpg"));
        assert!(is_image_file("  Citation.PNG"));
        assert!(!is_image_file(".jpg"));
        assert!(!is_image_file("The file was saved as photo.jpg"));
        assert!(!is_image_file("www.example.com/article"));
    }

    #[test]
    fn excerpts_cut_to_one_length_are_found() {
        let lines = [
            "Young Royals saison 3 : Bonne nouvelle, la série est renouvelée pour une toute d...",
            "Un paragraphe qui se termine sur une hésitation, comme on en lit parfois…",
            "TPMP : Cyril Hanouna est dans le viseur de la ministre de la Culture, découvrez ...",
            "Sweet Tooth saison 2 : Toutes nos dernières informations à propos de la suite de...",
        ];
        assert_eq!(cut_alike(&lines), vec![true, false, true, true]);
        // Two alike are not a list.
        assert_eq!(cut_alike(&lines[..3]), vec![false, false, false]);
    }

    #[test]
    fn a_phrase_printed_twice_in_a_row_is_a_card() {
        for card in [
            "Faut-il croire aux horoscopes ? Faut-il croire aux horoscopes ? Levez les yeux au ciel par une belle nuit.",
            "Comment espionner un iPhone sans y avoir accès ?Comment espionner un iPhone sans y avoir accès ?",
            "1 juin 2023 Mode été 2023 : quel maillot choisir ? Mode été 2023 : quel maillot choisir ?",
            "Les enfants s’amusent devant les détails de la vitrine du Père Noël aux Etats-Unis.Les enfants s’amusent devant les détails de la vitrine du Père",
        ] {
            assert!(doubles_a_phrase(card), "{card}");
        }
        for text in [
            "« Non, non, non », a-t-il répété devant les juges, avant de quitter la salle sans un mot.",
            "Le président a déclaré jeudi que les troupes seraient retirées, et le président a ajouté que les troupes partiraient.",
            "Short. Short.",
            "",
        ] {
            assert!(!doubles_a_phrase(text), "{text}");
        }
    }

    #[test]
    fn stamps_glued_to_titles_are_counted() {
        assert_eq!(
            glued_stamps("28.12Les métiers en 2024 : FX Artist14.12Les métiers en 2023 : Game Artist27.11Les"),
            3
        );
        assert_eq!(glued_stamps("19h05Un titre 20h10 Un autre"), 1);
        // A year, a sum or a time followed by a space is no glued stamp.
        assert_eq!(glued_stamps("Le 12.03 à 14:30 Il pleuvait ; 2023 Paris ; 1.500 euros."), 0);
    }

    #[test]
    fn code_and_drawn_tables_show_signs_that_prose_does_not() {
        for code in [
            "SELECT avg(n)",
            "FROM unnest(array[2, 3, 5, 2, 3, 12, 5, 3, 4]) AS n;",
            "WITH series AS (",
            "n NOT BETWEEN lower_bound AND upper_bound AS is_anomaly",
            "────────────────────",
            " 2 │ f",
            "4.3333333333333333",
            "x = compute(y)",
            ".appendIf( firstName, \" \" )",
            "<!DOCTYPE html>",
            "</body>",
            "<p>Click on the following link</p>",
            "// construct the compound name",
            "prefix: \"Mrs.\",",
            "suffix: \"Jr.\"",
        ] {
            assert!(code_sign(code), "{code}");
        }
        for text in [
            "Le président a déclaré jeudi que les troupes seraient retirées (selon un communiqué).",
            "The mean is about four, a figure the authors call reasonable.",
            "Accueil",
            "<The Palace: Tale of Jang Noksu>",
            "Note: \"the figures are provisional\", the minister said.",
            "",
        ] {
            assert!(!code_sign(text), "{text}");
        }
    }

    #[test]
    fn a_publication_stamp_is_told_from_a_sentence_with_a_time() {
        assert!(is_stamp_line("publié le 17 mars à 18h56, Jane Roe, 6Medias"));
        assert!(is_stamp_line("En partenariat avec X - 14 juin 2023 à 06:15 | mis à jour le 14 juin 2023 à 15:14"));
        assert!(is_stamp_line("Updated on September 19 at 3:15 p.m."));
        assert!(is_stamp_line("En partenariat avec X - 10 juin 2023 à 19:00 - Temps de lecture : « | »"));
        assert!(is_stamp_line("Publié le 25 février 2010 par Jane Roe (Source : John Doe)"));
        assert!(!is_stamp_line("Published in 2019, the report found a rise. It was read widely."));
        // A time with no cue, a cue with no time, a long paragraph: the story's words.
        assert!(!is_stamp_line("Le train est parti à 18h56 de la gare de Lyon."));
        assert!(!is_stamp_line("Le rapport publié le 17 mars montre une hausse."));
        assert!(!is_stamp_line("Le rapport a été publié à 10h30 par le ministère de la Santé."));
        assert!(!is_stamp_line("The results were posted online at 9:30 on Monday by the agency."));
        assert!(!is_stamp_line("Le rapport publié en 2020 a été mis à jour à 10h30, puis la ministre a répondu aux questions des députés pendant plus de deux heures, sans jamais revenir sur les chiffres de la première version du texte."));
    }
}
