//! The main text block of a page: each line scored as running text or furniture, the scores
//! smoothed across neighbours, then the best contiguous run taken.
//!
//! Two published methods, rewritten for plain text: jusText (Pomikálek, 2011) classifies
//! paragraphs as good, short or bad from their length and stop-word density, and lets short
//! ones take the class of their neighbours; Body Text Extraction (Finn, Kushmerick and Smyth,
//! 2001) takes the maximum-sum contiguous run of a per-token score. Here a line's value is
//! its length, positive for text and negative for furniture, and the run with the largest sum
//! is the article. The signals are language-independent apart from the French and English
//! stop-word tables in [`super::lexicon`].

use super::boilerplate::is_boilerplate;
use super::lexicon::{CLOSERS, EN_STOPWORDS, FR_STOPWORDS};
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
        if rest == before {
            break;
        }
    }
    (rest, bullet)
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
    Signals {
        chars,
        words: words.len(),
        stop_density: if words.is_empty() { 0.0 } else { stop as f64 / words.len() as f64 },
        title_case: if long.is_empty() { 0.0 } else { capital as f64 / long.len() as f64 },
        digits_bars: if chars == 0 { 0.0 } else { digits_bars as f64 / chars as f64 },
        sentence,
        bullet,
    }
}

/// A line's key for counting repeats: lower case, letters and digits only.
fn repeat_key(l: &str) -> String {
    plain(l).0.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Whether `l` is a heading that opens what follows an article.
pub(super) fn is_closer(l: &str) -> bool {
    let t = plain(l).0.trim_end_matches([':', ' ']).to_lowercase();
    if t.chars().count() > 40 {
        return false;
    }
    // `12 commentaires`, `Comments (4)`.
    let t: String = t.chars().filter(|c| !c.is_ascii_digit() && !matches!(c, '(' | ')')).collect();
    // `There are 13 comments`: the count gone, one space between words.
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    CLOSERS.contains(&t.as_str())
}

/// The class of one line before smoothing (jusText's thresholds: 70 characters, a third of
/// function words).
pub(super) fn classify(l: &str, repeats: usize) -> Class {
    if l.trim().is_empty() {
        return Class::Blank;
    }
    if is_closer(l) {
        return Class::Closer;
    }
    let s = signals(l);
    if s.chars == 0 || is_boilerplate(plain(l).0) || (repeats >= 2 && s.chars < 200) {
        return Class::Bad;
    }
    // Menus and lists of links: bulleted, short, no sentence.
    if s.bullet && !s.sentence && s.words <= 12 && s.stop_density < 0.25 && !plain(l).0.ends_with([';', ',']) {
        return Class::Bad;
    }
    if s.digits_bars > 0.3 {
        return Class::Bad;
    }
    if s.chars < 70 {
        // Labels and menu items: capitalised words and no function word.
        if s.words >= 1 && s.stop_density == 0.0 && !s.sentence {
            return Class::Bad;
        }
        return Class::Short;
    }
    if s.stop_density >= 0.3 && s.title_case < 0.6 {
        Class::Good
    } else if s.stop_density >= 0.15 && s.title_case < 0.7 && s.sentence {
        Class::NearGood
    } else if s.sentence && s.words >= 15 && s.title_case < 0.85 && s.stop_density > 0.0 {
        // A long sentence full of names and titles (`Governor John Rankin called for calm
        // after United States Drug Enforcement Agency officials arrested …`): its few
        // lower-case words are its verbs.
        Class::NearGood
    } else {
        Class::Bad
    }
}

/// Every line's class, short and near-good lines settled by their neighbours: between two
/// text lines a short line is text (a subheading, a short paragraph), between two furniture
/// lines it is furniture.
#[cfg(test)]
pub(super) fn classes(lines: &[&str]) -> Vec<Class> {
    smooth(&raw_classes(lines))
}

/// Every line's class before smoothing, repeats counted across the page.
pub(super) fn raw_classes(lines: &[&str]) -> Vec<Class> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    let keys: Vec<String> = lines.iter().map(|l| repeat_key(l)).collect();
    for k in keys.iter().filter(|k| !k.is_empty()) {
        *counts.entry(k.clone()).or_default() += 1;
    }
    lines.iter().zip(&keys).map(|(l, k)| classify(l, counts.get(k).copied().unwrap_or(0))).collect()
}

/// Short and near-good lines settled by their neighbours.
pub(super) fn smooth(raw: &[Class]) -> Vec<Class> {
    let mut cls = raw.to_vec();
    let settled = |c: Class| matches!(c, Class::Good | Class::Bad | Class::Closer);
    let neighbour = |cls: &[Class], i: usize, back: bool| -> Option<Class> {
        let mut j = i;
        loop {
            j = if back { j.checked_sub(1)? } else { j + 1 };
            let c = *cls.get(j)?;
            if settled(c) {
                return Some(c);
            }
        }
    };
    let before = cls.clone();
    for i in 0..cls.len() {
        if !matches!(before[i], Class::Short | Class::NearGood) {
            continue;
        }
        let prev = neighbour(&before, i, true);
        let next = neighbour(&before, i, false);
        let good = |c: Option<Class>| c == Some(Class::Good);
        cls[i] = match before[i] {
            Class::NearGood if good(prev) || good(next) => Class::Good,
            Class::NearGood => Class::NearGood,
            _ if good(prev) && good(next) => Class::Good,
            // A subheading, or the paragraph closing the text.
            _ if good(prev) || good(next) => Class::Short,
            _ => Class::Bad,
        };
    }
    cls
}

/// What a line adds to the run it is part of.
fn value(c: Class, s: &Signals) -> i64 {
    let n = s.chars as i64;
    match c {
        Class::Blank => 0,
        // A list of teasers is text-like but is not the article: its items count less.
        Class::Good if s.bullet => n / 4,
        Class::Good => n,
        Class::NearGood => n / 2,
        // A short sentence (`Elle a refusé.`) is text; a label or subheading is neutral.
        Class::Short if s.sentence && s.stop_density > 0.0 => n / 2,
        Class::Short => 0,
        Class::Bad => -(n.min(200) + 20),
        // Strong, but an inline `Recommended` box does not end the article.
        Class::Closer => -400,
    }
}

/// The main block: the first and last line of the best contiguous run of text, or `None`
/// when no line reads as text.
pub(super) fn main_block(lines: &[&str], cls: &[Class]) -> Option<(usize, usize)> {
    let mut best: Option<(i64, usize, usize)> = None;
    let mut sum = 0i64;
    let mut start = None;
    for (i, (&c, l)) in cls.iter().zip(lines).enumerate() {
        let v = value(c, &signals(l));
        if start.is_none() {
            if v <= 0 {
                continue;
            }
            start = Some(i);
            sum = 0;
        }
        sum += v;
        if sum <= 0 {
            start = None;
            continue;
        }
        if v > 0 && best.is_none_or(|(b, _, _)| sum > b) {
            best = Some((sum, start.unwrap_or(i), i));
        }
    }
    // The run goes on over neutral lines up to the next furniture: a subheading or a last
    // short line closing the text.
    best.map(|(_, s, mut e)| {
        let mut j = e + 1;
        while j < cls.len() && matches!(cls[j], Class::Short | Class::Blank | Class::Good | Class::NearGood) {
            if cls[j] != Class::Blank {
                e = j;
            }
            j += 1;
        }
        (s, e)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARA: &str = "Le président a déclaré jeudi que les troupes seraient retirées de la frontière avant la fin du mois, selon un communiqué.";
    const PARA2: &str = "The ministry said on Tuesday that the drills would last for two weeks and that no troops would cross into the country.";

    #[test]
    fn text_lines_and_furniture_are_told_apart() {
        assert_eq!(classify(PARA, 1), Class::Good);
        assert_eq!(classify(PARA2, 1), Class::Good);
        assert_eq!(classify("   * Accueil", 1), Class::Bad);
        assert_eq!(classify("International", 1), Class::Bad);
        assert_eq!(classify("Partager sur Facebook", 1), Class::Bad);
        assert_eq!(classify("Most read", 1), Class::Closer);
        assert_eq!(classify("12 commentaires", 1), Class::Closer);
        assert_eq!(classify("There are 4 comments", 1), Class::Closer);
        assert_eq!(classify("Elle a refusé.", 1), Class::Short);
        // A sentence crowded with names and titles is still a sentence.
        let names = "Deputy Mayor Anne Example of North Fictional County met Regional Governor Paul Sample and Harbour Authority Chief Lee Person on Monday.";
        assert_eq!(classify(names, 1), Class::NearGood);
        assert_eq!(
            classify(
                "Home News Sport Business Culture Travel Weather Video Audio Live Games Shop Jobs Events Login",
                1
            ),
            Class::Bad
        );
        // A line printed twice on the page is furniture (a menu repeated in the footer).
        assert_eq!(classify("Politique Société Planète Sport", 2), Class::Bad);
    }

    #[test]
    fn short_lines_take_their_neighbours_class() {
        let lines = [PARA, "Un sous-titre", PARA2, "", "Accueil", "Mentions légales", "Contact"];
        let c = classes(&lines);
        assert_eq!(c[1], Class::Good);
        assert_eq!(c[4], Class::Bad);
    }

    #[test]
    fn the_block_is_the_best_run_of_text_between_menus_and_related_links() {
        let lines = [
            "* Accueil",
            "* Monde",
            "* Politique",
            "Un titre d'article",
            PARA,
            "Publicité",
            PARA2,
            "Les plus lus",
            "Une autre histoire que le lecteur pourrait aimer lire après celle-ci, avec des mots de liaison et une fin.",
        ];
        let c = classes(&lines);
        assert_eq!(main_block(&lines, &c), Some((4, 6)));
        assert_eq!(main_block(&["* Accueil", "Contact"], &classes(&["* Accueil", "Contact"])), None);
    }
}
