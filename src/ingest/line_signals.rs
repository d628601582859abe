//! What one line looks like to the block finder: its text without a browser's marks, its
//! signals in numbers (length, function words, capitals, sentence ends), its class, and the
//! plain tests on one line (an image's name, an embed, a form, a paywall, an offer, a
//! paragraph, a signature) and on the words lines share. A leaf of the block's modules: the
//! others all read lines through it.

use super::byline::byline;
use super::dateline::{date_stamps, date_with_byline};
use super::lexicon::{EN_STOPWORDS, FR_STOPWORDS, OFFER_WORDS, PAYWALL_CUES, READER_OPENERS, READER_WORDS};
use super::line::{doubles_a_phrase, glued_stamps};
use std::collections::HashMap;

/// How a line reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Class {
    /// Blank: carries no score.
    Blank,
    /// Running text: long enough, with function words and sentence punctuation.
    Good,
    /// Probably text, with weaker signs (fewer stop words).
    NearGood,
    /// Too short to tell: takes its neighbours' class.
    Short,
    /// Furniture: menus, buttons, labels, teasers, repeated lines.
    Bad,
    /// A heading that opens what follows an article (`Most read`, `Commentaires`).
    Closer,
    /// A row of a table: not text, but part of the article it sits in, so neither a reason
    /// to end the text nor a line of its furniture.
    Table,
}

impl Class {
    /// Running text, sure or probable: what an article's block is made of.
    pub(super) fn is_text(self) -> bool {
        matches!(self, Class::Good | Class::NearGood)
    }
}

/// What one line looks like, in numbers.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(super) struct Signals {
    /// Characters, bullets and button marks left out.
    pub chars: usize,
    /// Words of letters.
    pub words: usize,
    /// Share of words that are French or English function words.
    pub stop_density: f64,
    /// Share of words of two letters or more that start with a capital.
    pub title_case: f64,
    /// Share of characters that are digits or `|`.
    pub digits_bars: f64,
    /// Ends like a sentence, or holds a sentence break.
    pub sentence: bool,
    /// Opens with a list or menu bullet (`*`, `+`, `•`, `-`).
    pub bullet: bool,
    /// Cells of a table row: words aligned in columns by runs of spaces.
    pub columns: bool,
    /// Characters as printed, marks included.
    pub printed: usize,
}

/// The text of a line without the marks text browsers print around controls and list items.
pub(super) fn plain(l: &str) -> (&str, bool) {
    let t = l.trim();
    let mut rest = t;
    let mut bullet = false;
    loop {
        let before = rest;
        for b in ["* ", "+ ", "• ", "- ", "o "] {
            if let Some(r) = rest.strip_prefix(b) {
                rest = r.trim_start();
                bullet = true;
            }
        }
        // `1. `, `12. `: a numbered list item (years, four digits, are not).
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        if (1..=2).contains(&digits) && rest[digits..].starts_with(". ") && rest.len() > digits + 2 {
            rest = rest[digits + 2..].trim_start();
            bullet = true;
        }
        for mark in ["(BUTTON)", "[IMG]", "[INLINE]", "[EMBED]"] {
            if let Some(r) = rest.strip_prefix(mark) {
                rest = r.trim_start();
            }
        }
        rest = rest.strip_prefix(image_token(rest)).unwrap_or(rest).trim_start();
        if rest == before {
            break;
        }
    }
    (rest, bullet)
}

/// The `[name]` a text browser prints for an image, a frame or a video player
/// (`[2541683.png]`, `[6eef5bc5-c]`, `[01JJMTKRSAHE83RF1X0TJSKAPX]`, `[ ]` for a form field) at
/// the start of `t`, or `""`. A Markdown link (`[text](…)`) and a note marker (`[1]`, which a
/// source list reads) are not.
pub(super) fn image_token(t: &str) -> &str {
    let Some(inner) = t.strip_prefix('[') else { return "" };
    let Some(close) = inner.find(']') else { return "" };
    let name = &inner[..close];
    let after = &inner[close + 1..];
    let spaced = name.trim().contains(' ');
    let note = !name.is_empty() && name.chars().all(|c| c.is_ascii_digit()) && name.len() <= 3;
    if spaced || note || name.starts_with('^') || after.starts_with(['(', '[', ':']) || name.contains('[') {
        return "";
    }
    &t[..close + 2]
}

/// Whether a line is an image's alternative text, printed by a text browser after the
/// image's name (`[TELEMMGLPICT….jpeg] Zimbabwe president Robert Mugabe with …`): a caption,
/// not the article's text.
pub(super) fn is_alt_text(l: &str) -> bool {
    let t = l.trim().trim_start_matches(['*', '+', '•', ' ']);
    let tok = image_token(t);
    let rest = t[tok.len()..].trim();
    !tok.is_empty() && !rest.is_empty() && !glued_paragraph(rest)
}

/// Characters of the text after an image's name from which, in two sentences or more, it is
/// the article's paragraph printed on the image's line (a picture with no alternative text).
const GLUED_PARAGRAPH_MIN: usize = 120;

/// Whether the text after an image's name reads as running text rather than the picture's
/// description: a paragraph of two sentences or more. A caption describes one picture in one
/// sentence, its credit after it (`(Jane Roe/AP)`); its lead-in day (`Nov. 19`) breaks none.
fn glued_paragraph(t: &str) -> bool {
    if !is_paragraph(t) || signals(t).chars < GLUED_PARAGRAPH_MIN {
        return false;
    }
    t.match_indices(['.', '!', '?']).any(|(p, m)| {
        let before = t[..p].rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        let after = t[p + m.len()..].strip_prefix(' ').unwrap_or("");
        before.chars().count() >= 3
            && before.chars().all(char::is_lowercase)
            && after.trim_start_matches(['"', '«', '“', ' ']).starts_with(char::is_uppercase)
    })
}

/// Whether a line is what a page embeds rather than writes: a frame or player's address
/// (`IFRAME: https://…`, a bare `//player.example/embed/…`) or nothing but image names.
pub(super) fn is_embed_junk(l: &str) -> bool {
    let mut t = l.trim();
    // A rule (`━━━━`, `_____`): a text browser's drawing of `<hr>`.
    if t.starts_with("IFRAME:") || t.starts_with("[IFRAME") || (t.len() >= 3 && !t.contains(char::is_alphanumeric)) {
        return true;
    }
    let mut tokens = 0;
    loop {
        let tok = image_token(t);
        if tok.is_empty() {
            break;
        }
        tokens += 1;
        t = t[tok.len()..].trim_start();
    }
    if tokens > 0 && t.is_empty() {
        return true;
    }
    // One word holding an address: a player's source left as text.
    !t.contains(' ') && (t.starts_with("//") || t.starts_with("blob:") || (t.contains("://") && !t.starts_with("http")))
}

/// Whether a line is a teaser card or a list of them printed as one line: a phrase printed
/// twice in a row (its link, then its title), or three stamps glued to the titles after them.
/// Read by the page's cut, not by the line's class: as furniture in the maximum-sum run, a
/// doubled caption near the header moved the block and the headline with it.
pub(super) fn is_card(l: &str) -> bool {
    let t = plain(l).0;
    doubles_a_phrase(t) || glued_stamps(t) >= 3 || stamped_excerpt(t)
}

/// Characters a stamped teaser may hold: its day, and a title cut short.
const STAMPED_EXCERPT_MAX: usize = 200;

/// Whether a line is a teaser printed as a day and a title cut short (`4 janvier 2026 Voici
/// comment soulager une...`): it opens with a full day and ends with an ellipsis. A paragraph
/// does not open with its day and trail off; the day became an event of the chronology.
fn stamped_excerpt(t: &str) -> bool {
    let t = t.trim();
    if t.chars().count() > STAMPED_EXCERPT_MAX || !(t.ends_with("...") || t.ends_with('…')) {
        return false;
    }
    super::dateline::day_in(t).is_some_and(|(_, start, end)| start == 0 && t[end..].split_whitespace().count() >= 2)
}

/// Whether a line holds a form's fields as a text browser draws them: a check box (`[ ]`,
/// `[X]`) or a text field (`____________`) with words around it (`[ ] Contact me with news and
/// offers`). No article prints them.
pub(super) fn is_form(l: &str) -> bool {
    let t = l.trim();
    let field = t.contains("[ ]") || t.contains("[X]") || t.contains("[x]") || t.contains("________");
    field && t.contains(char::is_alphabetic)
}

/// Whether a line closes what a reader without a subscription sees (`Il vous reste 57% de
/// cet article à lire`, `Subscribe to continue reading`): nothing after it is the article.
pub(super) fn is_paywall(l: &str) -> bool {
    let t = plain(l).0;
    if t.chars().count() > 300 {
        return false;
    }
    let lower = t.to_lowercase();
    PAYWALL_CUES.iter().any(|c| lower.starts_with(c))
}

/// Whether a line offers the reader an account, a subscription or a sign-up (`Vous
/// possédez déjà un compte ?`, `En vous inscrivant, vous acceptez…`): it speaks to the
/// reader and names what it sells. A story's sentence may say `you`, seldom both.
pub(super) fn is_offer(l: &str) -> bool {
    let lower = plain(l).0.to_lowercase();
    addresses_reader(l) && OFFER_WORDS.iter().any(|w| lower.contains(w))
}

/// Whether a line speaks to the reader (`vous`, `your`).
pub(super) fn addresses_reader(l: &str) -> bool {
    let t = plain(l).0;
    !t.starts_with(['«', '“', '"', '‘', '—', '–'])
        && (t.split(|c: char| !c.is_alphabetic()).any(|w| READER_WORDS.contains(&w.to_lowercase().as_str()))
            || READER_OPENERS.iter().any(|o| t.get(..o.len()).is_some_and(|h| h.eq_ignore_ascii_case(o))))
}

/// Whether `w` is a French or English function word, whatever its case.
pub(super) fn is_stopword(w: &str) -> bool {
    let lower = w.to_lowercase();
    FR_STOPWORDS.contains(&lower.as_str()) || EN_STOPWORDS.contains(&lower.as_str())
}

/// The signals of one line.
pub(super) fn signals(l: &str) -> Signals {
    let (t, bullet) = plain(l);
    let chars = t.chars().count();
    let words: Vec<&str> = t.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).collect();
    let stop = words.iter().filter(|w| is_stopword(w)).count();
    let long: Vec<&&str> = words.iter().filter(|w| w.chars().count() >= 2).collect();
    let capital = long.iter().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
    let digits_bars = t.chars().filter(|c| c.is_ascii_digit() || *c == '|').count();
    let sentence = t.ends_with(['.', '!', '?', '…', '»', '"', '”', ':', ')'])
        || [". ", "? ", "! ", "… "].iter().any(|b| t.contains(b));
    // A run of three spaces or more between words: cells aligned by a text browser. A long
    // line needs two (a paragraph may hold one stray gap).
    let gaps = t.split("   ").filter(|p| !p.trim().is_empty()).count().saturating_sub(1);
    let columns = gaps >= 2 || (gaps == 1 && chars < 200);
    Signals {
        chars,
        words: words.len(),
        stop_density: if words.is_empty() { 0.0 } else { stop as f64 / words.len() as f64 },
        title_case: if long.is_empty() { 0.0 } else { capital as f64 / long.len() as f64 },
        digits_bars: if chars == 0 { 0.0 } else { digits_bars as f64 / chars as f64 },
        sentence,
        bullet,
        columns,
        printed: l.trim().chars().count(),
    }
}

/// A line's key for counting repeats: lower case, letters and digits only.
pub(super) fn repeat_key(l: &str) -> String {
    plain(l).0.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// How many times each line's key is printed on the page.
pub(super) fn repeat_counts(lines: &[&str]) -> HashMap<String, usize> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for k in lines.iter().map(|l| repeat_key(l)).filter(|k| !k.is_empty()) {
        *counts.entry(k).or_default() += 1;
    }
    counts
}

/// Whether `BRIEFING_BLOCK_DUMP` is set (to anything but nothing): read once.
pub(super) fn dumping() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("BRIEFING_BLOCK_DUMP").is_some_and(|v| !v.is_empty()))
}

/// Whether a line is a paragraph of running text: a sentence of some length, with
/// function words.
pub(super) fn is_paragraph(l: &str) -> bool {
    let s = signals(l);
    s.chars >= 80 && s.sentence && s.stop_density >= 0.2 && !s.columns && !s.bullet
}

/// A name and a stamp on one short line: a reader's comment is signed so.
pub(super) fn is_signature(l: &str) -> bool {
    let t = plain(l).0;
    t.chars().count() <= 120 && matches!(date_with_byline(t), Some((_, Some(_))))
}

/// A short line with a byline or a date on it: between two stretches of text it heads one of
/// them (above the article, its headline and standfirst; below it, the next story or a
/// comment).
pub(super) fn heads_story(line: &str) -> bool {
    let t = plain(line).0;
    t.chars().count() <= 120 && (date_stamps(t).is_some() || matches!(byline(t), Some(Some(_))))
}

/// Whether at least `share` of the content words `after` are also words of the article
/// `above`: text that keeps to the article's subject.
pub(super) fn keeps_to(
    above: &std::collections::HashSet<String>,
    after: &std::collections::HashSet<String>,
    share: f64,
) -> bool {
    !after.is_empty() && after.iter().filter(|w| above.contains(*w)).count() as f64 >= share * after.len() as f64
}

/// Letters of a word kept to compare it across lines: a crude stem that both languages
/// share (`rêves`, `rêver`; `election`, `elections`).
const STEM: usize = 6;

/// Stems of the content words (three letters or more, no function word, no number), in lower
/// case.
pub(super) fn content_set(lines: &[&str], at: impl Iterator<Item = usize>) -> std::collections::HashSet<String> {
    at.flat_map(|i| {
        plain(lines[i])
            .0
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 3 && !is_stopword(w) && !w.chars().all(|c| c.is_ascii_digit()))
            .map(|w| w.to_lowercase().chars().take(STEM).collect::<String>())
            .collect::<Vec<_>>()
    })
    .collect()
}

/// Paragraphs of running text the block's tests build their pages with.
#[cfg(test)]
pub(super) const PARA: &str = "Le président a déclaré jeudi que les troupes seraient retirées de la frontière avant la fin du mois, selon un communiqué.";
#[cfg(test)]
pub(super) const PARA2: &str = "The ministry said on Tuesday that the drills would last for two weeks and that no troops would cross into the country.";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_over_a_title_cut_short_is_a_teaser_card() {
        assert!(is_card("4 janvier 2026 Voici comment VRAIMENT soulager une..."));
        assert!(is_card("  * 27 July 2024 Ten classics of English literature to read…"));
        // A day opening a sentence, or a title cut short with no day first, is not one.
        assert!(!is_card("4 janvier 2026 : le président a annoncé sa démission."));
        assert!(!is_card("Voici comment VRAIMENT soulager une..."));
        assert!(!is_card("Le 4 janvier 2026, il écrivait encore..."));
    }
}
