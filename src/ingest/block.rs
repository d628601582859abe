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
use super::byline::byline;
use super::dateline::{date_stamps, date_with_byline, is_clock_word, is_relative_stamp};
use super::lexicon::{CLOSERS, EN_STOPWORDS, FR_STOPWORDS, OFFER_WORDS, PAYWALL_CUES, READER_OPENERS, READER_WORDS};
use super::line::{code_sign, doubles_a_phrase, glued_stamps};
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

/// Whether a short line heads or signs an item of a list: a byline (`By Jane Roe`), a stamp,
/// a name and a stamp, a time counted back (`MA Sullivan • 2 weeks ago`).
fn heads_item(l: &str) -> bool {
    let t = plain(l).0;
    t.chars().count() <= 120
        && (date_stamps(t).is_some()
            || matches!(byline(t), Some(Some(_)))
            || is_signature(t)
            || is_relative_stamp(t)
            || signs_comment(t))
}

/// Characters a comment's signature line may hold.
const SIGNATURE_MAX: usize = 60;

/// Whether a short line signs a reader's comment as a thread prints it: a name and `says:`
/// (`Jane Roe says:`, `Jean Dupont a dit :`), or a day and a name closed by a colon
/// (`December 29, 2014 janeroe:`). A text's line introducing a quotation is longer, or holds
/// no day.
pub(super) fn signs_comment(t: &str) -> bool {
    let t = t.trim();
    if t.chars().count() > SIGNATURE_MAX || !t.ends_with(':') {
        return false;
    }
    let head = t.trim_end_matches([':', ' ']);
    let says = SAYS.iter().any(|w| head.strip_suffix(w).is_some_and(|n| n.ends_with(' ') && !n.trim().is_empty()));
    says || super::dateline::day_in(head).is_some_and(|(_, start, end)| start == 0 && !head[end..].trim().is_empty())
}

/// The verb a comment thread prints after each reader's name.
const SAYS: [&str; 4] = ["says", "said", "a dit", "dit"];

/// Whether the lines `at` read as a list of items rather than an article going on: teasers
/// (each with its byline or date), a comment thread (each signed, each with its `Reply`
/// button) or a numbered ranking. Two signs of the same kind are needed: an article may
/// hold one dated line or one numbered sentence.
pub(super) fn reads_as_items(lines: &[&str], at: &[usize], counts: &HashMap<String, usize>) -> bool {
    let signs = item_signs(lines, at, counts);
    [ItemSign::Head, ItemSign::Button, ItemSign::Number]
        .iter()
        .any(|k| signs.iter().filter(|(_, s)| s == k).count() >= 2)
}

/// What marks a line as part of a list of items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ItemSign {
    /// A byline, a stamp or a signature over or under an item.
    Head,
    /// A button printed under every item (`Reply`, `Share`): the same short line three times.
    Button,
    /// A numbered item (`1. Title`).
    Number,
}

/// The lines of `at` that mark items, with their kind.
fn item_signs(lines: &[&str], at: &[usize], counts: &HashMap<String, usize>) -> Vec<(usize, ItemSign)> {
    at.iter()
        .filter_map(|&i| {
            let l = lines[i];
            let t = l.trim_start_matches([' ', '*', '+', '•']);
            let d = t.chars().take_while(char::is_ascii_digit).count();
            if heads_item(l) {
                Some((i, ItemSign::Head))
            } else if signals(l).chars < 40 && counts.get(&repeat_key(l)).is_some_and(|&n| n >= 3) {
                Some((i, ItemSign::Button))
            } else if (1..=2).contains(&d) && t[d..].starts_with(". ") {
                Some((i, ItemSign::Number))
            } else {
                None
            }
        })
        .collect()
}

/// The end of the best run `s..=e` cut at a closing heading inside it (`Most read`,
/// `Comments`) when the article is already there before it (three paragraphs) and what
/// follows reads as a list of items. The run crosses such headings on its own when the
/// teasers or the comments after them hold more text than the heading weighs; an inline
/// `Recommended` box, after which the article goes on, stays crossed.
fn cut_at_closer(lines: &[&str], cls: &[Class], s: usize, e: usize) -> usize {
    let closers: Vec<usize> = (s..=e).filter(|&i| cls[i] == Class::Closer).collect();
    if closers.is_empty() {
        return e;
    }
    let counts = repeat_counts(lines);
    for c in closers {
        if (s..c).filter(|&i| is_paragraph(lines[i])).count() < 3 {
            continue;
        }
        let after: Vec<usize> = (c + 1..=e).filter(|&i| !lines[i].trim().is_empty()).collect();
        // Two paragraphs in a row after the last item, more text than the items hold: the
        // article going on under an inline box (teasers alternate a title and an excerpt,
        // never two excerpts; a thread's last comment is no longer than the thread).
        let last_sign = item_signs(lines, &after, &counts).last().map_or(c, |&(i, _)| i);
        let (items, rest): (Vec<usize>, Vec<usize>) = after.iter().partition(|&&i| i <= last_sign);
        let weight = |at: &[usize]| -> usize {
            at.iter().filter(|&&i| is_paragraph(lines[i])).map(|&i| signals(lines[i]).chars).sum()
        };
        let goes_on = rest.windows(2).any(|w| is_paragraph(lines[w[0]]) && is_paragraph(lines[w[1]]))
            && weight(&rest) > weight(&items);
        if (!goes_on && reads_as_items(lines, &after, &counts))
            || echoed(lines, &after, &counts)
            || teasers_after(lines, cls, s, c, &up_to_closer(cls, &after))
        {
            return (s..c).rev().find(|&i| cls[i].is_text()).unwrap_or(s);
        }
    }
    e
}

/// Headlines a stretch after a closing heading needs before it reads as teasers that no stamp,
/// button or repeat marks (`Sur le même sujet`, then titles, captions and excerpts).
const MIN_TEASERS: usize = 3;

/// Share of a teaser's title words the article above used, from which the title names the
/// article's subject rather than another story's.
const TITLE_ON_SUBJECT: f64 = 0.5;

/// The lines of `at` before the next closing heading: an inline box's own stretch, not the
/// lists after the article under their headings.
fn up_to_closer(cls: &[Class], at: &[usize]) -> Vec<usize> {
    at.iter().copied().take_while(|&i| cls[i] != Class::Closer).collect()
}

/// Whether the lines `at` after the closing heading at `c` are teasers of other stories: at
/// least [`MIN_TEASERS`] headlines ([`headline_shaped`]), one for every two or three of their
/// paragraphs (an article's sections put more paragraphs under each subheading), no two long
/// paragraphs in a row (a teaser's excerpt is a sentence or two), and most headlines on
/// subjects of their own: fewer than one in three uses half its words from the article above.
fn teasers_after(lines: &[&str], cls: &[Class], s: usize, c: usize, at: &[usize]) -> bool {
    let heads: Vec<usize> = at.iter().copied().filter(|&i| headline_shaped(lines[i])).collect();
    let paragraphs = at.iter().filter(|&&i| is_paragraph(lines[i])).count();
    let long = |i: usize| is_paragraph(lines[i]) && signals(lines[i]).chars >= LONG_PARAGRAPH;
    if heads.len() < MIN_TEASERS || heads.len() * 3 < paragraphs || at.windows(2).any(|w| long(w[0]) && long(w[1])) {
        return false;
    }
    let core = content_set(lines, (s..c).filter(|&i| cls[i].is_text()));
    let on_subject = heads
        .iter()
        .filter(|&&i| {
            let words = content_set(lines, [i].into_iter());
            let shared = words.iter().filter(|w| core.contains(*w)).count();
            shared as f64 >= TITLE_ON_SUBJECT * words.len() as f64
        })
        .count();
    on_subject * 3 < heads.len()
}

/// Whether a line is shaped as a headline: a few words, no period closing it or inside it (a
/// teaser's title may ask a question or end on a quotation, which [`titled`] leaves out).
fn headline_shaped(l: &str) -> bool {
    let s = signals(l);
    let t = plain(l).0;
    s.words >= 4
        && (30..=200).contains(&s.chars)
        && !s.bullet
        && !t.ends_with(['.', ',', ';', ':', '…'])
        && !t.contains(". ")
        && !code_sign(l)
}

/// Headlines in a row, with no text between them, from which the lines are a list of other
/// stories' titles (`Top Articles`, then five headlines), not the article's subheadings.
const TEASER_RUN: usize = 3;

/// Characters of a teaser's title in such a run: a longer line is a sentence of the text.
const TEASER_TITLE_MAX: usize = 150;

/// Removes the runs of [`TEASER_RUN`] titles or more ([`titled`]: no sentence end, not even a
/// question mark or a closing quotation, which a paragraph may end on) that follow one
/// another with nothing but blank lines between them. An article's subheading opens the
/// text under it; a teaser list prints its titles one under the other, and their days (`la
/// fin du mois de novembre`) became events of the chronology.
pub(super) fn drop_teaser_runs(body: &mut Vec<&str>) {
    let filled: Vec<usize> = (0..body.len()).filter(|&i| !body[i].trim().is_empty()).collect();
    let mut drop = vec![false; body.len()];
    let mut run: Vec<usize> = Vec::new();
    for &i in filled.iter().chain(std::iter::once(&usize::MAX)) {
        let title =
            i != usize::MAX && titled(body[i]) && !is_paragraph(body[i]) && signals(body[i]).chars <= TEASER_TITLE_MAX;
        // Titles are links printed apart; lines printed one under the other with no blank
        // between them are one box of the text (`Dates : …`, `Lieu : …`).
        let apart = run.last().is_none_or(|&j| i > j + 1);
        if title && apart {
            run.push(i);
            continue;
        }
        if run.len() >= TEASER_RUN {
            run.iter().for_each(|&j| drop[j] = true);
        }
        run.clear();
        if title {
            run.push(i);
        }
    }
    let mut k = 0;
    body.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// Removes the publication stamps left in a whole page's body (`publié le 17 mars à 18h56,
/// Jane Roe`, `14 juin 2023 à 06:15 | mis à jour le 14 juin 2023 à 15:14`): metadata the
/// header reader did not take, printed again under a photo or after the text. Their days
/// became events of the dossier's chronology.
pub(super) fn drop_stamp_lines(body: &mut Vec<&str>) {
    body.retain(|l| !super::line::is_stamp_line(plain(l).0));
}

/// Signed comments (a name over its day and time) from which the body's tail is a thread.
const THREAD_SIGNATURES: usize = 3;

/// Characters of a commenter's name printed on a line of its own.
const HANDLE_MAX: usize = 40;

/// Words a stamp printed alone under a commenter's name may hold past its day (`at 4:27 pm`).
const STAMP_TAIL_WORDS: usize = 4;

/// Cuts a readers' thread whose comments are each headed by the writer's name on a line of its
/// own and the day and time under it (`Trivia Man`, then `February 2, 2026 at 4:27 pm`):
/// [`THREAD_SIGNATURES`] such heads or more, by two writers or more, after the article (three
/// paragraphs, two in a row). A page's thread prints a full day and a clock time under every
/// name; an article's text never stacks a bare name over a bare stamp, and a live report
/// stamps its entries with the hour alone. Their days and the readers' sentences became events
/// of the chronology.
pub(super) fn cut_signed_thread(body: &mut Vec<&str>) {
    let filled: Vec<usize> = (0..body.len()).filter(|&i| !body[i].trim().is_empty()).collect();
    let heads: Vec<usize> = filled
        .windows(2)
        .filter(|w| is_handle(plain(body[w[0]]).0) && is_stamp_alone(plain(body[w[1]]).0))
        .map(|w| w[0])
        .collect();
    if heads.len() < THREAD_SIGNATURES {
        return;
    }
    let mut names: Vec<String> = heads.iter().map(|&i| repeat_key(body[i])).collect();
    names.sort();
    names.dedup();
    let before: Vec<usize> = filled.iter().copied().filter(|&i| i < heads[0]).collect();
    if names.len() >= 2 && enough_before(body, &before) {
        body.truncate(heads[0]);
    }
}

/// Whether a short line may be a commenter's name printed alone: a few words, letters in them,
/// no sentence, no stamp, no byline's `By`.
fn is_handle(t: &str) -> bool {
    let t = t.trim();
    let lower = t.to_lowercase();
    t.chars().count() <= HANDLE_MAX
        && t.contains(char::is_alphabetic)
        && t.split_whitespace().count() <= 5
        && !t.ends_with(['.', ':', ',', ';', '?'])
        && !lower.starts_with("by ")
        && !lower.starts_with("par ")
        && super::dateline::day_in(t).is_none()
}

/// Whether a line is a day and a clock time alone (`February 2, 2026 at 4:27 pm`).
fn is_stamp_alone(t: &str) -> bool {
    let t = t.trim();
    if t.chars().count() > HANDLE_MAX + 10 || !t.split_whitespace().any(|w| is_clock_word(w) && w.contains(':')) {
        return false;
    }
    super::dateline::day_in(t)
        .is_some_and(|(_, start, end)| start <= 1 && t[end..].split_whitespace().count() <= STAMP_TAIL_WORDS)
}

/// Stamped titles in a row, each with at most one line of excerpt under it, from which the
/// lines are a list of the site's latest stories.
const STAMPED_RUN: usize = 3;

/// Characters of a stamped teaser's title, and of the excerpt under it.
const STAMPED_TITLE_MAX: usize = 160;

/// Removes the runs of [`STAMPED_RUN`] teasers or more that open with their hour (`11:11 a.m.
/// Curt Schilling Is a Lot Less Popular Than…`, `Yesterday at 5:44 p.m. …`, `21 mins ago
/// …`), each title headline-shaped (title case, or no sentence end) and followed by at most
/// one short line of excerpt before the next: a stream of the site's latest stories. A live
/// report's entries open with their hour too, but with a sentence and its paragraphs under it.
/// The hours, and the days the excerpts name, became events of the chronology.
pub(super) fn drop_stamped_teasers(body: &mut Vec<&str>) {
    let filled: Vec<usize> = (0..body.len()).filter(|&i| !body[i].trim().is_empty()).collect();
    let stamped: Vec<bool> = filled.iter().map(|&i| stamped_title(plain(body[i]).0)).collect();
    let short = |n: usize| signals(body[filled[n]]).chars <= STAMPED_TITLE_MAX + 40;
    let mut drop = vec![false; body.len()];
    let mut n = 0;
    while n < filled.len() {
        if !stamped[n] {
            n += 1;
            continue;
        }
        // The run: stamped titles with at most one short line between two of them.
        let mut items = vec![n];
        let mut m = n;
        loop {
            if m + 1 < filled.len() && stamped[m + 1] {
                m += 1;
            } else if m + 2 < filled.len() && !stamped[m + 1] && short(m + 1) && stamped[m + 2] {
                m += 2;
            } else {
                break;
            }
            items.push(m);
        }
        let mut last = m;
        // The last title's excerpt.
        if last + 1 < filled.len() && !stamped[last + 1] && short(last + 1) && !titled(body[filled[last + 1]]) {
            last += 1;
        }
        if items.len() >= STAMPED_RUN {
            (n..=last).for_each(|k| drop[filled[k]] = true);
        }
        n = last + 1;
    }
    let mut k = 0;
    body.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// Whether a line is a teaser's title under its hour: a clock time (`8:13 a.m.`, after
/// `Yesterday at` or `Hier à`) or a time counted back (`21 mins ago`) opens it, and a
/// headline follows (three words or more, not opening in lower case, title case or no
/// sentence end).
fn stamped_title(t: &str) -> bool {
    let t = t.trim();
    if t.chars().count() > STAMPED_TITLE_MAX || !t.starts_with(|c: char| c.is_alphanumeric()) {
        return false;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    let lead = |w: &str| {
        let w = w.to_lowercase();
        ["yesterday", "today", "at", "hier", "aujourd'hui", "aujourd’hui", "à"].contains(&w.as_str())
    };
    let mut k = 0;
    let mut clock = false;
    while k < words.len() && k < 5 {
        let w = words[k];
        if is_clock_word(w) {
            clock |= w.contains(|c: char| c.is_ascii_digit());
        } else if !lead(w) {
            break;
        }
        k += 1;
    }
    if !clock {
        // `21 mins ago`, `il y a 3 heures`.
        k = (3..=4).find(|&k| k <= words.len() && is_relative_stamp(&words[..k].join(" "))).unwrap_or(0);
        if k == 0 {
            return false;
        }
    }
    let rest = words[k..].join(" ");
    let s = signals(&rest);
    s.words >= 3 && !rest.starts_with(char::is_lowercase) && (s.title_case >= 0.6 || !s.sentence)
}

/// Titles printed again elsewhere on the page that a stretch after a closing heading needs to
/// read as its teasers (the same stories in a `Lire aussi` box and in a grid of cards).
const MIN_ECHOES: usize = 2;

/// Whether the lines `at` after a closing heading are teasers whose titles the page prints
/// twice or more: headline-shaped lines ([`titled`]) repeated, and no two long paragraphs in a
/// row after the last of them (an inline box's article going on).
fn echoed(lines: &[&str], at: &[usize], counts: &HashMap<String, usize>) -> bool {
    let echoes: Vec<usize> = at
        .iter()
        .copied()
        .filter(|&i| titled(lines[i]) && counts.get(&repeat_key(lines[i])).is_some_and(|&n| n >= 2))
        .collect();
    let Some(&last) = echoes.last() else { return false };
    let rest: Vec<usize> = at.iter().copied().filter(|&i| i > last).collect();
    // A teaser's excerpt or caption is a sentence or two; an article's paragraphs run longer.
    let long = |i: usize| is_paragraph(lines[i]) && signals(lines[i]).chars >= LONG_PARAGRAPH;
    echoes.len() >= MIN_ECHOES && !rest.windows(2).any(|w| long(w[0]) && long(w[1]))
}

/// Characters of each of two paragraphs in a row that tell an article going on from the
/// captions and excerpts of teasers, which run a sentence or two.
const LONG_PARAGRAPH: usize = 200;

/// Whether a line is shaped as a teaser's title: a few words with no sentence end (a
/// headline is not closed by a period) and no list mark.
fn titled(l: &str) -> bool {
    let s = signals(l);
    let t = plain(l).0;
    s.words >= 4
        && (30..=200).contains(&s.chars)
        && !s.sentence
        && !s.bullet
        && !t.ends_with([',', ';'])
        && !code_sign(l)
}

/// Dated items a stretch after the article needs before it reads as a teaser list.
const MIN_ITEMS: usize = 3;

/// Item heads per two paragraphs in a row a teaser list may hold (an item whose title and
/// stamp were not printed).
const ITEMS_PER_PAIR: usize = 4;

/// Share of the content words of a list after the article that the article used, under which
/// the list turns to other subjects. A teaser list of the same outlet shares some (`livre`,
/// `lecture` on a books site); the dated entries of a timeline closing the article share more.
const ITEMS_COHESION: f64 = 0.25;

/// The end of the best run `s..=e` cut before a list of dated or signed items after the
/// article when no closing heading announces it ([`cut_at_closer`] needs one). The run
/// crosses such a list when its excerpts outweigh its labels and stamps: each item is a title,
/// an excerpt and a stamp. Read as a scored boundary, every sign must agree: the article is
/// there before (three paragraphs, two of them in a row, no item's head from those two on), the
/// rest holds [`MIN_ITEMS`] item heads (a stamp, a byline, a signature) on two days or more
/// or by two writers or more,
/// a title ([`titled`]) for every second head, and seldom two paragraphs in a row (a live
/// report's entries and an article's closing sections have them), and
/// the items turn to other subjects ([`ITEMS_COHESION`]). The cut falls before the first
/// item: after the last text line that precedes the furniture over it.
fn cut_at_items(lines: &[&str], cls: &[Class], s: usize, e: usize) -> usize {
    let furniture = |c: Class| matches!(c, Class::Bad | Class::Closer);
    let filled: Vec<usize> = (s..=e).filter(|&i| !lines[i].trim().is_empty() && cls[i] != Class::Table).collect();
    let paired = |at: &[usize]| at.windows(2).any(|w| is_paragraph(lines[w[0]]) && is_paragraph(lines[w[1]]));
    // A photo's credit under the article's last picture names someone, and heads no item.
    let head = |i: usize| !cls[i].is_text() && heads_item(lines[i]) && !super::line::is_photo_credit(plain(lines[i]).0);
    for (n, &h) in filled.iter().enumerate() {
        if !head(h) {
            continue;
        }
        // Back over the item's own lines (its excerpt, its title) to the furniture over it.
        let mut m = n;
        while m > 0 && !(furniture(cls[filled[m - 1]]) && m >= 2 && furniture(cls[filled[m - 2]])) {
            m -= 1;
        }
        let Some(end) = filled[..m].iter().rposition(|&i| cls[i].is_text()) else { continue };
        let (before, items) = (&filled[..=end], &filled[end + 1..]);
        // From the article's first two paragraphs in a row: its byline and stamp may stand
        // under a standfirst.
        let first = before
            .windows(2)
            .position(|w| is_paragraph(lines[w[0]]) && is_paragraph(lines[w[1]]))
            .unwrap_or(before.len());
        if before.iter().filter(|&&i| is_paragraph(lines[i])).count() < 3
            || !paired(before)
            || before[first..].iter().any(|&i| head(i))
        {
            continue;
        }
        // An item printed without its labels puts two excerpts in a row; a live report's
        // entries and an article's sections do under most of their heads.
        let heads = items.iter().filter(|&&i| head(i)).count();
        let pairs = items.windows(2).filter(|w| is_paragraph(lines[w[0]]) && is_paragraph(lines[w[1]])).count();
        if heads < MIN_ITEMS || pairs * ITEMS_PER_PAIR >= heads {
            continue;
        }
        // A live report's entries are stamped with the hours of one day, and a timeline's
        // days head paragraphs with no title: teasers are other stories, each a title over
        // its excerpt, run on days of their own.
        let mut days: Vec<crate::dates::PartialDate> = Vec::new();
        for d in items.iter().filter(|&&i| head(i)).filter_map(|&i| super::dateline::day_in(plain(lines[i]).0)) {
            if !days.contains(&d.0) {
                days.push(d.0);
            }
        }
        // Teasers signed rather than dated (`by Jane Roe` under each) are as many stories by
        // several writers; one writer's name under every entry is a live report's.
        let mut signers: Vec<String> = Vec::new();
        for n in items.iter().filter(|&&i| head(i)).filter_map(|&i| byline(plain(lines[i]).0).flatten()) {
            if !signers.contains(&n) {
                signers.push(n);
            }
        }
        let titles = items.iter().filter(|&&i| !head(i) && titled(lines[i])).count();
        if (days.len() < 2 && signers.len() < 2) || titles * 2 < heads {
            continue;
        }
        let core = content_set(lines, before.iter().copied().filter(|&i| cls[i].is_text()));
        let theirs = content_set(lines, items.iter().copied().filter(|&i| !head(i) && signals(lines[i]).words >= 4));
        let shared = theirs.iter().filter(|w| core.contains(*w)).count();
        if !theirs.is_empty() && (shared as f64) < ITEMS_COHESION * theirs.len() as f64 {
            return before[end];
        }
    }
    e
}

/// Cards a stretch after the article needs before it reads as a list of teasers.
const MIN_CARDS: usize = 3;

/// The end of the best run `s..=e` cut before a list of teaser cards after the article that
/// no stamp or byline marks ([`cut_at_items`] needs them): titles ([`titled`]), each with a
/// paragraph of excerpt under it, most of them under a line of furniture (a section label, a
/// reading time, a picture's name), seldom two paragraphs in a row, and on other subjects
/// than the article ([`ITEMS_COHESION`]). An article's own sections put several paragraphs
/// under their subheadings and keep to its words; a listicle's items do not sit between the
/// labels and buttons of cards. The article must be there before (three paragraphs, two in a
/// row).
fn cut_at_cards(lines: &[&str], cls: &[Class], s: usize, e: usize) -> usize {
    let furniture = |c: Class| matches!(c, Class::Bad | Class::Closer);
    let filled: Vec<usize> = (s..=e).filter(|&i| !lines[i].trim().is_empty() && cls[i] != Class::Table).collect();
    let para = |n: usize| filled.get(n).is_some_and(|&i| is_paragraph(lines[i]));
    // A card: a title under furniture, an excerpt under the title.
    let card = |n: usize| {
        titled(lines[filled[n]]) && !para(n) && (para(n + 1) || para(n + 2)) && n > 0 && furniture(cls[filled[n - 1]])
    };
    let Some(first) = (0..filled.len()).find(|&n| card(n) && enough_before(lines, &filled[..n])) else { return e };
    let after = &filled[first..];
    let cards = (first..filled.len()).filter(|&n| card(n)).count();
    let pairs = (first..filled.len()).filter(|&n| para(n) && para(n + 1)).count();
    if cards < MIN_CARDS || pairs * ITEMS_PER_PAIR >= cards {
        return e;
    }
    let before = &filled[..first];
    let core = content_set(lines, before.iter().copied().filter(|&i| cls[i].is_text()));
    let theirs = content_set(lines, after.iter().copied().filter(|&i| signals(lines[i]).words >= 4));
    let shared = theirs.iter().filter(|w| core.contains(*w)).count();
    if theirs.is_empty() || shared as f64 >= ITEMS_COHESION * theirs.len() as f64 {
        return e;
    }
    // Each teaser's title names another story; a listicle's items name what its introduction
    // announced (`nail decals`), each in its own words.
    let titles: Vec<usize> = (first..filled.len()).filter(|&n| card(n)).map(|n| filled[n]).collect();
    let on_subject =
        titles.iter().filter(|&&i| content_set(lines, [i].into_iter()).iter().any(|w| core.contains(w))).count();
    if on_subject * 3 > titles.len() {
        return e;
    }
    before.iter().rev().copied().find(|&i| cls[i].is_text()).unwrap_or(e)
}

/// Furniture lines (menus, buttons, labels, closing headings) in a row inside a run from which
/// they part two stretches of it: an inline box is shorter, the page's furniture between the
/// article and its teaser lists is not.
const WIDE_GAP: usize = 5;

/// Distinct content words a stretch after a wide gap must hold before its subject is judged:
/// a line or two of text says too little to tell.
const SUBJECT_WORDS_MIN: usize = 12;

/// The end of the run `s..=e` cut at a wide gap of furniture ([`WIDE_GAP`]) when the stretch
/// after it, to the run's end, is a list on other subjects: the gap is the run's widest (the
/// page's furniture between the article and what follows it; a listicle's items sit between
/// boxes of one size), the stretch holds as many lines
/// that are no paragraph (titles, section labels, stamps, captions) as paragraphs, among them
/// [`MIN_TEASERS`] titles ([`titled`]), no two long paragraphs in a row ([`LONG_PARAGRAPH`]: a
/// teaser's excerpt is a sentence or two), item signs ([`reads_as_items`]: stamps, labels
/// printed again and again), less text than the article above holds, and fewer than [`ITEMS_COHESION`] of its content
/// words come from the article above. Finn et al.'s maximum-sum run crosses any box that the
/// text after it outweighs, and a page's teaser stream carries enough text to be crossed to;
/// an article going on past a box keeps to its words (Hearst's lexical cohesion, as
/// [`over_box`] reads it). The article must be there before the gap (three paragraphs, two in
/// a row), so a header's box is never read so.
fn cut_off_subject(lines: &[&str], cls: &[Class], s: usize, e: usize) -> usize {
    let filled: Vec<usize> = (s..=e).filter(|&i| !lines[i].trim().is_empty() && cls[i] != Class::Table).collect();
    let gaps = wide_gaps(&filled, cls);
    for (n, &(from, to, width)) in gaps.iter().enumerate() {
        let before = &filled[..from];
        let widest = gaps.iter().enumerate().all(|(m, g)| m == n || g.2 < width);
        if !widest || !enough_before(lines, before) {
            continue;
        }
        if off_subject_list(lines, cls, before, &filled[to..]) {
            return before.iter().rev().copied().find(|&i| cls[i].is_text()).unwrap_or(e);
        }
    }
    e
}

/// Whether the lines `stretch` after a wide gap are a list on other subjects than the
/// article's lines `before` (see [`cut_off_subject`]).
fn off_subject_list(lines: &[&str], cls: &[Class], before: &[usize], stretch: &[usize]) -> bool {
    let paragraphs = stretch.iter().filter(|&&i| is_paragraph(lines[i])).count();
    let titles = stretch.iter().filter(|&&i| titled(lines[i])).count();
    let long = |i: usize| is_paragraph(lines[i]) && signals(lines[i]).chars >= LONG_PARAGRAPH;
    if paragraphs * 2 > stretch.len() || titles < MIN_TEASERS || stretch.windows(2).any(|w| long(w[0]) && long(w[1])) {
        return false;
    }
    // Each teaser under its stamp or its section's label, printed again and again; an
    // article's sections put no such line between them.
    if !reads_as_items(lines, stretch, &repeat_counts(lines)) {
        return false;
    }
    // The article outweighs the teasers after it; a listicle's introduction does not
    // outweigh its items, whatever boxes part them.
    let text =
        |at: &[usize]| -> usize { at.iter().filter(|&&i| cls[i].is_text()).map(|&i| signals(lines[i]).chars).sum() };
    if text(stretch) > text(before) {
        return false;
    }
    let core = content_set(lines, before.iter().copied().filter(|&i| cls[i].is_text()));
    let theirs =
        content_set(lines, stretch.iter().copied().filter(|&i| cls[i].is_text() && signals(lines[i]).words >= 4));
    theirs.len() >= SUBJECT_WORDS_MIN && !keeps_to(&core, &theirs, ITEMS_COHESION)
}

/// The wide gaps of furniture among the filled lines `filled` of a run, with text on both
/// sides: the positions of their first line and of the line after them, and their furniture
/// lines.
fn wide_gaps(filled: &[usize], cls: &[Class]) -> Vec<(usize, usize, usize)> {
    let mut gaps = Vec::new();
    let mut n = 0;
    while n < filled.len() {
        if cls[filled[n]].is_text() {
            n += 1;
            continue;
        }
        let from = n;
        while n < filled.len() && !cls[filled[n]].is_text() {
            n += 1;
        }
        let furniture = filled[from..n].iter().filter(|&&i| matches!(cls[i], Class::Bad | Class::Closer)).count();
        if furniture >= WIDE_GAP && from > 0 && n < filled.len() {
            gaps.push((from, n, furniture));
        }
    }
    gaps
}

/// Whether the lines `at` hold an article: three paragraphs, two of them in a row.
fn enough_before(lines: &[&str], at: &[usize]) -> bool {
    at.iter().filter(|&&i| is_paragraph(lines[i])).count() >= 3
        && at.windows(2).any(|w| is_paragraph(lines[w[0]]) && is_paragraph(lines[w[1]]))
}

/// The start of the best run `s..=e` moved under an article's head inside it (its headline
/// over a byline or a publication stamp) when what comes before that head in the run reads as
/// a list of items (teasers, each with its picture or button) and the article is there after
/// it (three paragraphs, two of them in a row). The mirror of [`cut_at_closer`]: a page's
/// teaser lists may outweigh a short article under them, and the headline is then looked for
/// above the wrong lines. A text that goes on before the head (two paragraphs in a row, more
/// than one such pair per [`ITEMS_PER_PAIR`] item heads) is never cut, so an article's lead
/// over an embedded post or a late stamp stays.
fn cut_at_head(lines: &[&str], cls: &[Class], s: usize, e: usize) -> usize {
    let filled = |i: &usize| !lines[*i].trim().is_empty();
    // A caption (closed by its credit, or printed twice in a row: a photo's text, then its
    // alternative text) is not a paragraph of text going on.
    let told = |i: usize| is_paragraph(lines[i]) && !super::line::ends_with_credit(lines[i]);
    let pairs = |at: &[usize]| {
        at.windows(2).filter(|w| told(w[0]) && told(w[1]) && lines[w[0]].trim() != lines[w[1]].trim()).count()
    };
    let counts = repeat_counts(lines);
    for h in s + 1..e {
        if cls[h].is_text() || !opens_article(lines, h) {
            continue;
        }
        let before: Vec<usize> = (s..h).filter(filled).collect();
        let after: Vec<usize> = (h + 1..=e).filter(filled).collect();
        let paragraphs = after.iter().filter(|&&i| is_paragraph(lines[i])).count();
        // A teaser whose title asks a question reads as a sentence over its picture's caption:
        // a pair now and then among many stamped items is still a list, not a text going on.
        // A timeline's entries are such items too, on both sides of any one of its stamps.
        let heads = |at: &[usize]| item_signs(lines, at, &counts).iter().filter(|(_, k)| *k == ItemSign::Head).count();
        let (pairs_before, pairs_after) = (pairs(&before), pairs(&after));
        let listed = pairs_before == 0
            || (pairs_before * ITEMS_PER_PAIR < heads(&before) && pairs_after * ITEMS_PER_PAIR >= heads(&after));
        if paragraphs >= 3 && pairs_after > 0 && listed && reads_as_items(lines, &before, &counts) {
            return (h + 1..=e).find(|&i| cls[i].is_text()).unwrap_or(s);
        }
    }
    s
}

/// Whether line `h` is an article's byline or publication stamp under its headline: a short
/// line with a byline or a stamp (not a reader's or a post's signature, which names both), with
/// a line shaped as a headline (three words or more, no sentence, not text) among the three
/// lines above it.
fn opens_article(lines: &[&str], h: usize) -> bool {
    let t = plain(lines[h]).0;
    if t.chars().count() > 120 || is_signature(t) || !(date_stamps(t).is_some() || matches!(byline(t), Some(Some(_)))) {
        return false;
    }
    // A headline may ask a question or quote, never ends on a period or holds two sentences.
    (0..h).rev().filter(|&i| !lines[i].trim().is_empty()).take(3).any(|i| {
        let (l, s) = (plain(lines[i]).0, signals(lines[i]));
        s.words >= 3 && s.chars < 160 && !s.bullet && !l.ends_with('.') && !l.contains(". ") && date_stamps(l).is_none()
    })
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
    CLOSERS.contains(&t.as_str()) || closer_with_tail(&t)
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

/// The class of one line before smoothing (jusText's thresholds: 70 characters, a third of
/// function words).
pub(super) fn classify(l: &str, repeats: usize) -> Class {
    classify_as(l, repeats, true)
}

/// [`classify`], with a table row's columns read as such or not.
fn classify_as(l: &str, repeats: usize, tables: bool) -> Class {
    if l.trim().is_empty() {
        return Class::Blank;
    }
    if is_closer(l) || is_paywall(l) || is_comment_heading(l) {
        return Class::Closer;
    }
    let mut s = signals(l);
    s.columns &= tables;
    if s.chars == 0 || is_boilerplate(plain(l).0) || (repeats >= 2 && s.chars < 200) {
        return Class::Bad;
    }
    // Menus and lists of links: bulleted, short, no sentence.
    if s.bullet && !s.sentence && s.words <= 12 && s.stop_density < 0.25 && !plain(l).0.ends_with([';', ',']) {
        return Class::Bad;
    }
    if s.columns && !s.bullet {
        return Class::Table;
    }
    if s.digits_bars > 0.3 || s.columns || is_embed_junk(l) || is_alt_text(l) {
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

/// Lines ending with the same words a link list needs before those words are the page's
/// annotation rather than an article's list.
const MIN_LINK_TAILS: usize = 5;

/// The last four words of a short line that is no sentence and has a name before them, in
/// lower case: the annotation a page may print after each of its links.
fn link_tail(l: &str) -> Option<String> {
    let s = signals(l);
    if s.chars >= 80 || s.sentence || s.words < 5 {
        return None;
    }
    let words: Vec<&str> = plain(l).0.split_whitespace().collect();
    let tail = words.get(words.len().checked_sub(4)?..)?;
    Some(tail.join(" ").to_lowercase())
}

/// Every line's class before smoothing, repeats counted across the page.
pub(super) fn raw_classes(lines: &[&str]) -> Vec<Class> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    let keys: Vec<String> = lines.iter().map(|l| repeat_key(l)).collect();
    for k in keys.iter().filter(|k| !k.is_empty()) {
        *counts.entry(k.clone()).or_default() += 1;
    }
    let mut raw: Vec<Class> =
        lines.iter().zip(&keys).map(|(l, k)| classify(l, counts.get(k).copied().unwrap_or(0))).collect();
    // Links that a page annotates alike (`Allrecipes this link opens in a new tab`, forty
    // times in a footer): each line differs by its name, the words after it are the page's.
    let tails: Vec<Option<String>> = lines.iter().map(|l| link_tail(l)).collect();
    let mut tail_counts: HashMap<&str, usize> = HashMap::new();
    for t in tails.iter().flatten() {
        *tail_counts.entry(t.as_str()).or_default() += 1;
    }
    for (c, t) in raw.iter_mut().zip(&tails) {
        if t.as_deref().is_some_and(|t| tail_counts.get(t).is_some_and(|&n| n >= MIN_LINK_TAILS)) {
            *c = Class::Bad;
        }
    }
    // A table has rows: a line alone with a wide gap in it (`By X Last updated … Share`) is
    // read as any other line.
    let filled: Vec<usize> = (0..lines.len()).filter(|&i| raw[i] != Class::Blank).collect();
    for (n, &i) in filled.iter().enumerate() {
        let near = |m: Option<&usize>| m.is_some_and(|&j| raw[j] == Class::Table);
        if raw[i] == Class::Table && !near(n.checked_sub(1).and_then(|p| filled.get(p))) && !near(filled.get(n + 1)) {
            raw[i] = classify_as(lines[i], counts.get(&keys[i]).copied().unwrap_or(0), false);
        }
    }
    mark_listings(lines, &mut raw);
    mark_tickers(lines, &mut raw);
    mark_closed_titles(lines, &mut raw);
    mark_contents(lines, &keys, &mut raw);
    raw
}

/// Whether a line is blank or a list mark alone (`*`, `•`): a text browser prints one over
/// each item of a list whose entry is a box.
fn bare_mark(l: &str) -> bool {
    l.chars().all(|c| c.is_whitespace() || matches!(c, '*' | '+' | '•' | '-' | '·'))
}

/// Whether a line may be a teaser's title in a list: a few words, no sentence closed by a
/// period or held inside (a title may ask a question), no stamp.
fn list_title(l: &str) -> bool {
    let s = signals(l);
    let t = plain(l).0;
    s.words >= 4 && (30..=160).contains(&s.chars) && !t.ends_with(['.', ',', ';', ':']) && !t.contains(". ")
}

/// Marks as furniture the titles listed under a closing heading ([`is_closer`]: `À lire
/// aussi :`, then three titles of other stories, each a link on its own line): at least
/// [`MIN_TEASERS`] title-shaped lines ([`list_title`]) in a row under the heading, bare list
/// marks between them. Each reads as a sentence, and the text under them took them into the
/// article. An article's subheading is one line over its paragraphs, never three titles.
fn mark_closed_titles(lines: &[&str], raw: &mut [Class]) {
    let filled: Vec<usize> = (0..lines.len()).filter(|&i| !bare_mark(lines[i])).collect();
    for (n, &c) in filled.iter().enumerate() {
        if !is_closer(lines[c]) {
            continue;
        }
        let titles: Vec<usize> = filled[n + 1..].iter().copied().take_while(|&i| list_title(lines[i])).collect();
        if titles.len() >= MIN_TEASERS {
            titles.iter().for_each(|&i| raw[i] = Class::Bad);
        }
    }
}

/// Entries a table of contents needs before it reads as one.
const CONTENTS_MIN: usize = 3;

/// A table of contents (`• Detecting Anomalies`, `• Backtesting` … under an article's
/// introduction): a list of items most of which come back further down as the text's own
/// subheadings. Part of the article, not a menu: its lines become [`Class::Table`], neutral in
/// the run (as furniture, a long one cut the introduction off the text) and left out of the
/// body. A site's menu repeats in its footer, also as a list, not as lines standing alone.
fn mark_contents(lines: &[&str], keys: &[String], raw: &mut [Class]) {
    let filled: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].trim().is_empty()).collect();
    let item = |i: usize| plain(lines[i]).1 && !keys[i].is_empty();
    let mut n = 0;
    while n < filled.len() {
        if !item(filled[n]) {
            n += 1;
            continue;
        }
        let mut m = n;
        while m < filled.len() && item(filled[m]) {
            m += 1;
        }
        let after = filled.get(m).copied().unwrap_or(lines.len());
        // Printed once more, as a line of its own: a menu's items come back in every list of
        // the page's links.
        let heads = |k: &String| {
            let mut again = (after..lines.len()).filter(|&j| &keys[j] == k);
            again.next().is_some_and(|j| !plain(lines[j]).1) && again.next().is_none()
        };
        let back = filled[n..m].iter().filter(|&&i| heads(&keys[i])).count();
        if m - n >= CONTENTS_MIN && back * 2 >= m - n {
            filled[n..m].iter().for_each(|&i| raw[i] = Class::Table);
        }
        n = m;
    }
}

/// Whether a line is a stamp alone: a clock time (`20h43`, `9:05 am`), a time counted back
/// (`Il y a 2 heures`) or a short day (`31/10`, `12 mars`), with no headline on it.
fn is_lone_stamp(l: &str) -> bool {
    let t = plain(l).0.trim_start_matches(['•', '·', '|', '-', ' ']);
    let words: Vec<&str> = t.split_whitespace().collect();
    let clock = !words.is_empty()
        && words.iter().any(|w| w.contains(|c: char| c.is_ascii_digit()))
        && words.iter().all(|w| is_clock_word(w));
    t.chars().count() <= 30 && (clock || is_relative_stamp(t) || (words.len() <= 3 && date_stamps(t).is_some()))
}

/// Whether a line may be a headline under a stamp: short, no stamp itself, not closed by a
/// period (an entry of a live report opens with a sentence).
fn ticker_headline(l: &str) -> bool {
    let t = plain(l).0;
    let n = t.chars().count();
    // A kicker before the headline (`Football. Les matches…`, `DIRECT. Tempête…`) is no
    // sentence break.
    let body = t.split_once(". ").filter(|(k, _)| is_kicker_word(k)).map_or(t, |(_, rest)| rest);
    (10..=200).contains(&n) && !is_lone_stamp(l) && !t.ends_with(['.', ':', ';']) && !body.contains(". ")
}

/// Whether `k` is a kicker printed before a headline and a period: one or two words, each
/// capitalised.
fn is_kicker_word(k: &str) -> bool {
    let words: Vec<&str> = k.split_whitespace().collect();
    (1..=2).contains(&words.len())
        && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic))
}

/// Stamps a row of alternating stamps and headlines needs to be a ticker.
const TICKER_MIN: usize = 3;

/// A news ticker (`L'info en continu`: `20h43` / a headline / `20h19` / a headline …): lone
/// stamps alternating with headline lines, three pairs or more in a row with nothing else
/// between. Its lines are furniture, whatever their words: each headline reads as a sentence,
/// and its stamp put it in the dossier's chronology. A live report tells what happened under
/// each stamp in closed sentences, and a timeline puts paragraphs under its days: neither
/// alternates a bare stamp with a bare headline line after line.
fn mark_tickers(lines: &[&str], raw: &mut [Class]) {
    // An item's bare list mark (`*` printed alone over each entry) parts no stamp from its
    // headline.
    let filled: Vec<usize> = (0..lines.len()).filter(|&i| !bare_mark(lines[i])).collect();
    let stamp = |n: usize| filled.get(n).is_some_and(|&i| is_lone_stamp(lines[i]));
    let headline = |n: usize| filled.get(n).is_some_and(|&i| ticker_headline(lines[i]));
    let mut n = 0;
    while n < filled.len() {
        if !stamp(n) {
            n += 1;
            continue;
        }
        let mut j = n;
        while stamp(j) && headline(j + 1) {
            j += 2;
        }
        if (j - n) / 2 >= TICKER_MIN {
            // A headline over the first stamp, a stamp under the last headline: the same list
            // printed the other way round.
            let from = if n > 0 && headline(n - 1) && !stamp(n - 2) { n - 1 } else { n };
            let to = if stamp(j) { j + 1 } else { j };
            for &i in &filled[from..to] {
                raw[i] = Class::Bad;
            }
            n = to;
        } else {
            n += 1;
        }
    }
}

/// Lines printed in a row (no blank between) that a listing needs, most of them with a sign
/// of code, before they read as one.
const LISTING_MIN: usize = 2;

/// A program's listing or its drawn output (`SELECT avg(n)` / `FROM unnest(…) AS n;`, then
/// `avg` / `────` / `4.33`) printed between a tutorial's paragraphs: a group of lines in a row
/// most of which show a sign of code ([`code_sign`]). Like a table's rows, not text but part
/// of the article: its lines that are not text become [`Class::Table`], neutral in the run.
/// As furniture, each listing cut the article into pieces shorter than the teasers around it.
fn mark_listings(lines: &[&str], raw: &mut [Class]) {
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim().is_empty() {
            i += 1;
            continue;
        }
        let end = (i..lines.len()).find(|&j| lines[j].trim().is_empty()).unwrap_or(lines.len());
        let signed = (i..end).filter(|&j| code_sign(lines[j])).count();
        if end - i >= LISTING_MIN && signed >= LISTING_MIN && signed * 2 >= end - i {
            for c in &mut raw[i..end] {
                if matches!(*c, Class::Bad | Class::Short) {
                    *c = Class::Table;
                }
            }
        }
        i = end;
    }
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
        Class::Blank | Class::Table => 0,
        // A list of teasers is text-like but is not the article: its items count less.
        Class::Good if s.bullet => n / 4,
        Class::Good => n,
        Class::NearGood => n / 2,
        // A short sentence (`Elle a refusé.`) is text; a label or subheading is neutral.
        Class::Short if s.sentence && s.stop_density > 0.0 => n / 2,
        Class::Short => 0,
        // As long as printed: an image's name is furniture even with no text in it.
        Class::Bad => -(s.printed.min(200) as i64 + 20),
        // Strong, but an inline `Recommended` box does not end the article.
        Class::Closer => -400,
    }
}

/// Filled lines above a run among which a byline or a publication stamp heads it.
const HEAD_WINDOW: usize = 8;

/// How many times its sum a run headed by a byline or a stamp weighs against one that is
/// not: the article opens under its header, a sidebar's deals or a gallery of other stories
/// further down do not, however much text they carry.
const HEADED_WEIGHT: i64 = 3;

/// Whether the run opening at `s` is headed as an article: a byline or a publication stamp
/// on a short line among the [`HEAD_WINDOW`] filled lines above it.
fn headed(lines: &[&str], s: usize) -> bool {
    (0..s).rev().filter(|&i| !lines[i].trim().is_empty()).take(HEAD_WINDOW).any(|i| {
        let t = plain(lines[i]).0;
        t.chars().count() <= 120 && (date_stamps(t).is_some() || matches!(byline(t), Some(Some(_))))
    })
}

/// Text lines of a run read to tell its subject: an article going on past a box opens on the
/// subject it had (a footer may follow its last paragraph).
const OPENING_LINES: usize = 3;

/// Whether the run `other` opens on the subject of the run `run`: at least [`MIN_COHESION`]
/// of the content words of its first [`OPENING_LINES`] text lines were used by `run`'s.
fn same_subject(lines: &[&str], cls: &[Class], run: (usize, usize), other: (usize, usize)) -> bool {
    let used = content_set(lines, (run.0..=run.1).filter(|&i| cls[i].is_text()));
    let opening = content_set(lines, (other.0..=other.1).filter(|&i| cls[i].is_text()).take(OPENING_LINES));
    !opening.is_empty()
        && opening.iter().filter(|w| used.contains(*w)).count() as f64 >= MIN_COHESION * opening.len() as f64
}

/// The runs of text a page holds, one per stretch between two points where the running sum
/// falls to nothing: each stretch's best (sum, first line, last line).
fn runs(lines: &[&str], cls: &[Class]) -> Vec<(i64, usize, usize)> {
    let mut out = Vec::new();
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
            out.extend(best.take());
            continue;
        }
        if v > 0 && best.is_none_or(|(b, _, _)| sum > b) {
            best = Some((sum, start.unwrap_or(i), i));
        }
    }
    out.extend(best);
    out
}

/// The main block: the first and last line of the best contiguous run of text, or `None`
/// when no line reads as text. Runs are weighed by their sum of line values (Finn et al.'s
/// maximum-sum run), times [`HEADED_WEIGHT`] when a byline or a stamp heads them and the
/// longest run, further down, is on other subjects.
pub(super) fn main_block(lines: &[&str], cls: &[Class]) -> Option<(usize, usize)> {
    let found = best_block(lines, cls);
    if dumping() {
        dump(lines, cls, found);
    }
    found
}

/// Whether `BRIEFING_BLOCK_DUMP` is set (to anything but nothing): read once.
fn dumping() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("BRIEFING_BLOCK_DUMP").is_some_and(|v| !v.is_empty()))
}

/// Prints every filled line's class and whether the block holds it, on stderr, for whoever
/// tunes the block's signals (`BRIEFING_BLOCK_DUMP=1 briefing import --stdout …`).
fn dump(lines: &[&str], cls: &[Class], found: Option<(usize, usize)>) {
    // The class before smoothing too: what sank a line, its own signs or its neighbours'.
    let raw = raw_classes(lines);
    for (i, (l, c)) in lines.iter().zip(cls).enumerate() {
        if *c == Class::Blank {
            continue;
        }
        let inside = found.is_some_and(|(s, e)| (s..=e).contains(&i));
        let text: String = l.trim().chars().take(110).collect();
        let r = raw[i];
        eprintln!("{i:5} {} {c:?}/{r:?} {text}", if inside { '#' } else { ' ' });
    }
}

/// [`main_block`]'s choice.
fn best_block(lines: &[&str], cls: &[Class]) -> Option<(usize, usize)> {
    let all = runs(lines, cls);
    let longest = all.iter().copied().max_by_key(|r| (r.0, std::cmp::Reverse(r.1)));
    let weight = |&(sum, s, _): &(i64, usize, usize)| if headed(lines, s) { sum * HEADED_WEIGHT } else { sum };
    let heaviest = all.iter().copied().max_by_key(|r| (weight(r), std::cmp::Reverse(r.1)));
    // A longer run on the headed run's subject is the same article (cut by a box, its header
    // printed apart): growing it finds the rest, as before. One on other subjects further
    // down is a sidebar's deals or a gallery of other stories; a thread of comments, each
    // signed with a name and a stamp, comes after the article it answers.
    let best = match (longest, heaviest) {
        (Some(l), Some(h)) if h.1 < l.1 && !same_subject(lines, cls, (h.1, h.2), (l.1, l.2)) => Some(h),
        (l, _) => l,
    };
    // A list under its heading (`Derniers articles`, then each teaser's title, excerpt, stamp
    // and section) outweighs a short article cut into pieces by its photos' captions: the
    // article is the heaviest run above the heading.
    let counts = repeat_counts(lines);
    let best = match best {
        Some(b) if under_closer(lines, cls, b.1) && !headed(lines, b.1) && listed_run(lines, b.1, b.2, &counts) => all
            .iter()
            .copied()
            .filter(|r| r.2 < b.1 && (r.1..=r.2).any(|i| is_paragraph(lines[i])))
            .max_by_key(|r| (weight(r), std::cmp::Reverse(r.1)))
            .or(Some(b)),
        b => b,
    };
    best.map(|(_, s, e)| {
        let e = cut_at_closer(lines, cls, s, e);
        let e = cut_at_items(lines, cls, s, e);
        let e = cut_at_cards(lines, cls, s, e);
        let s = cut_at_head(lines, cls, s, e);
        let (s, e) = grow(lines, cls, s, e);
        let mut e = cut_off_subject(lines, cls, s, e);
        // The run goes on over neutral lines up to the next furniture: a subheading or a last
        // short line closing the text.
        let mut j = e + 1;
        while j < cls.len()
            && matches!(cls[j], Class::Short | Class::Blank | Class::Good | Class::NearGood | Class::Table)
        {
            if cls[j] != Class::Blank {
                e = j;
            }
            j += 1;
        }
        (s, e)
    })
}

/// Filled lines above a run among which a closing heading opens it.
const UNDER_CLOSER: usize = 3;

/// Whether the run opening at `s` stands under the heading of a list (`Derniers articles`,
/// `Most read`: [`is_closer`]), among the [`UNDER_CLOSER`] filled lines above it with no text
/// between.
fn under_closer(lines: &[&str], cls: &[Class], s: usize) -> bool {
    for i in (0..s).rev().filter(|&i| cls[i] != Class::Blank).take(UNDER_CLOSER) {
        if cls[i] == Class::Closer {
            return is_closer(lines[i]);
        }
        if cls[i].is_text() {
            return false;
        }
    }
    false
}

/// Whether the run `s..=e` is a list of items rather than an article: it reads as items
/// ([`reads_as_items`]: a stamp, a section's name or a button under each) and holds fewer than
/// one pair of paragraphs in a row per [`ITEMS_PER_PAIR`] signs of them (an article's
/// paragraphs follow one another; a teaser's excerpt stands alone between its labels).
fn listed_run(lines: &[&str], s: usize, e: usize, counts: &HashMap<String, usize>) -> bool {
    let at: Vec<usize> = (s..=e).filter(|&i| !lines[i].trim().is_empty()).collect();
    let signs = item_signs(lines, &at, counts).len();
    let pairs = at.windows(2).filter(|w| is_paragraph(lines[w[0]]) && is_paragraph(lines[w[1]])).count();
    reads_as_items(lines, &at, counts) && pairs * ITEMS_PER_PAIR < signs
}

/// Non-blank lines of furniture an article may hold between two of its paragraphs (a
/// sign-up box, a photo with its buttons and caption, a list of links).
const MAX_GAP: usize = 25;

/// Whether a line is a paragraph of running text: a sentence of some length, with
/// function words.
pub(super) fn is_paragraph(l: &str) -> bool {
    let s = signals(l);
    s.chars >= 80 && s.sentence && s.stop_density >= 0.2 && !s.columns && !s.bullet
}

/// A name and a stamp on one short line: a reader's comment is signed so.
fn is_signature(l: &str) -> bool {
    let t = plain(l).0;
    t.chars().count() <= 120 && matches!(date_with_byline(t), Some((_, Some(_))))
}

/// The best run grown over the interruptions inside the article. The maximum-sum run
/// leaves out paragraphs that a box longer than them cuts off (the last paragraphs after
/// a sign-up form, the lead before a photo and its buttons); a stretch of text on the
/// other side of such a box joins when it reads as the article going on: two paragraphs in
/// a row (a list of teasers alternates a title, an excerpt and a byline, never two
/// excerpts), or one paragraph after a short interruption. A closing heading, a reader's
/// signature or a long stretch of furniture ends the article.
fn grow(lines: &[&str], cls: &[Class], mut s: usize, mut e: usize) -> (usize, usize) {
    let filled = |i: &usize| !lines[*i].trim().is_empty() && cls[*i] != Class::Table;
    // Whether the stretch `from..=to` (after a gap of `gap` lines) carries on the article.
    let joins = |gap: &[usize], from: usize, to: usize| -> bool {
        if gap.len() > MAX_GAP
            || gap.iter().any(|&i| cls[i] == Class::Closer || is_signature(lines[i]) || heads_story(lines[i]))
        {
            return false;
        }
        let at: Vec<usize> = (from..=to).filter(filled).collect();
        if at.iter().any(|&i| is_signature(lines[i])) {
            return false;
        }
        let paired = at.windows(2).any(|w| is_paragraph(lines[w[0]]) && is_paragraph(lines[w[1]]));
        // One paragraph after an interruption of a line or two (`Advertisement`); a
        // footer's notices speak to the reader.
        let single = gap.len() <= 2
            && at
                .iter()
                .any(|&i| is_paragraph(lines[i]) && signals(lines[i]).chars >= 120 && !addresses_reader(lines[i]));
        paired || single
    };
    let stop = |c: Class| matches!(c, Class::Bad | Class::Closer);
    // Counted once, and only for a page whose run meets a box.
    let mut counts = None;
    while let Some(j) = (e + 1..cls.len()).find(|&i| cls[i].is_text()) {
        let gap: Vec<usize> = (e + 1..j).filter(filled).collect();
        let end = (j + 1..cls.len()).find(|&i| stop(cls[i])).unwrap_or(cls.len());
        let k = (j..end).rev().find(filled).unwrap_or(j);
        if joins(&gap, j, k) {
            e = k;
        } else if let Some(k) = over_box(lines, cls, s, e, counts.get_or_insert_with(|| repeat_counts(lines))) {
            e = k;
        } else if own_gap(lines, cls, (s, e), &gap, (j, k), counts.get_or_insert_with(|| repeat_counts(lines)))
            || closing_tail(lines, cls, (s, e), &gap, (j, k), counts.get_or_insert_with(|| repeat_counts(lines)))
        {
            e = k;
        } else if let Some(k) =
            closing_past_titles(lines, cls, (s, e), counts.get_or_insert_with(|| repeat_counts(lines)))
        {
            e = k;
        } else if let Some(k) = resumes_section(lines, cls, (s, e), counts.get_or_insert_with(|| repeat_counts(lines)))
        {
            e = k;
        } else if prose_gap(lines, cls, (s, e), &gap, (j, k), counts.get_or_insert_with(|| repeat_counts(lines))) {
            e = k;
        } else {
            break;
        }
    }
    while let Some(j) = (0..s).rev().find(|&i| cls[i].is_text()) {
        let gap: Vec<usize> = (j + 1..s).filter(filled).collect();
        let begin = (0..j).rev().find(|&i| stop(cls[i])).map_or(0, |i| i + 1);
        let k = (begin..=j).find(filled).unwrap_or(j);
        if !joins(&gap, k, j)
            && !prose_gap(lines, cls, (s, e), &gap, (k, j), counts.get_or_insert_with(|| repeat_counts(lines)))
        {
            break;
        }
        // From its first line of text: the headline and byline above it stay outside.
        s = (k..=j).find(|&i| cls[i].is_text()).unwrap_or(j);
    }
    (s, e)
}

/// Share of function words the short lines of a gap inside the article hold, read as one
/// text: the article's own list or short sentences, not a menu's or a teaser list's names.
const GAP_STOP: f64 = 0.2;

/// Share of capitalised words from which a gap's short lines read as titles (a menu, teasers
/// printed in Title Case) rather than the article's sentences.
const GAP_TITLE_CASE: f64 = 0.45;

/// Items a list needs, each opening with the same word, to read as an enumeration of the
/// article's (commands, names under one verb) rather than a menu.
const ENUMERATION_MIN: usize = 4;

/// Characters of text the stretch on the other side of a gap must hold: a paragraph's.
const PROSE_SIDE: usize = 80;

/// Whether the gap `gap` between the block `s..=e` and the stretch of text `j..=k` (after it
/// or before it) is the article's own short lines, read as a whole rather than one by one: a
/// long read's lists, short sentences and subheadings each score as furniture, and a few in a
/// row cut the article where they stand. Read together they are prose (function words, few
/// capitalised words) on the block's subject, or an enumeration whose items all open with
/// the same word; the stretch on the other side holds a paragraph that keeps to the block's
/// words, and nothing in the gap ends an article (a closing heading, a byline or a stamp, a
/// signature, a form, an offer, an address) or is printed elsewhere on the page (a menu, a
/// teaser printed twice).
fn prose_gap(
    lines: &[&str],
    cls: &[Class],
    (s, e): (usize, usize),
    gap: &[usize],
    (j, k): (usize, usize),
    counts: &HashMap<String, usize>,
) -> bool {
    let worded: Vec<usize> = gap.iter().copied().filter(|&i| mark_key(lines[i]).is_none()).collect();
    if worded.is_empty() || gap.len() > 2 * MAX_GAP {
        return false;
    }
    let ends = |i: usize| {
        ends_article(lines[i])
            || cls[i] == Class::Closer
            || heads_story(lines[i])
            || is_form(lines[i])
            || is_offer(lines[i])
            || is_boilerplate(plain(lines[i]).0)
    };
    // Marks (`(BUTTON)`, a rule) are read by what they part, not as lines.
    let ended = worded.iter().find(|&&i| ends(i));
    // A sentence may come back further down (an appendix prints the article's template
    // again); a menu's item or a teaser's title printed twice is no sentence.
    let repeated =
        worded.iter().find(|&&i| counts.get(&repeat_key(lines[i])).is_some_and(|&n| n >= 2) && !prose_line(lines[i]));
    if dumping() {
        // What stopped the block at a gap of short lines, for whoever tunes this test.
        eprintln!("prose gap after {s}-{e}: {gap:?}, text {j}-{k}, ends at {ended:?}, repeated {repeated:?}");
    }
    if ended.is_some() || repeated.is_some() {
        return false;
    }
    let text: Vec<&str> = worded.iter().map(|&i| plain(lines[i]).0).collect();
    let read = signals(&text.join(" "));
    let prose = gap.len() <= MAX_GAP && read.stop_density >= GAP_STOP && read.title_case < GAP_TITLE_CASE;
    let first_word = |i: usize| plain(lines[i]).0.split_whitespace().next().map(str::to_lowercase);
    // The list's own heading may stand over its items.
    let items: Vec<usize> = worded.iter().copied().filter(|&i| plain(lines[i]).1).collect();
    let enumeration = items.len() >= ENUMERATION_MIN
        && worded.len() - items.len() <= SECTION_HEADS
        && worded.iter().all(|&i| plain(lines[i]).1 || section_heading(lines[i]))
        && items.iter().all(|&i| first_word(i).is_some() && first_word(i) == first_word(items[0]));
    if !(prose || enumeration) {
        return false;
    }
    let at: Vec<usize> = (j.min(k)..=k.max(j)).filter(|&i| !lines[i].trim().is_empty()).collect();
    // The other side's text: a paragraph, or short sentences of one's length.
    let paragraphs: Vec<usize> = at.iter().copied().filter(|&i| cls[i].is_text()).collect();
    let chars: usize = paragraphs.iter().map(|&i| signals(lines[i]).chars).sum();
    if chars < PROSE_SIDE || at.iter().any(|&i| is_signature(lines[i]) || heads_story(lines[i])) {
        return false;
    }
    let own_text: Vec<usize> = (s..=e).filter(|&i| cls[i].is_text()).collect();
    let speaks = own_text.iter().filter(|&&i| addresses_reader(lines[i])).count() * 3 >= own_text.len();
    if !speaks && paragraphs.iter().any(|&i| addresses_reader(lines[i])) {
        return false;
    }
    let used = content_set(lines, own_text.into_iter());
    keeps_to(&used, &content_set(lines, paragraphs.into_iter()), MIN_COHESION)
        && (!prose || keeps_to(&used, &content_set(lines, worded.into_iter()), SECTION_COHESION))
}

/// Filled lines a section break after the block may hold: a rule, the section's heading, its
/// anchor button, a picture.
const SECTION_GAP: usize = 5;

/// Items of a list the block opens that may stand between it and the prose going on.
const LIST_GAP: usize = 12;

/// Headings a section break may hold (a section's heading and its first subheading).
const SECTION_HEADS: usize = 2;

/// Filled lines in a row that are not prose and end a section's text (a list of links, the
/// buttons and counts under a post).
const SECTION_FURNITURE_RUN: usize = 3;

/// Share of a resumed section's characters that must be in lines of prose: its own list or
/// sample may interrupt it, a list of teasers' titles is mostly not prose.
const SECTION_PROSE: f64 = 0.5;

/// Lines of prose a resumed section must hold (a teaser's excerpt stands alone).
const SECTION_PROSE_LINES: usize = 2;

/// Share of the content words of a resumed section's prose that the block must have used.
const SECTION_COHESION: f64 = 0.15;

/// The key of a mark a page prints between an article's sections (`(BUTTON)`, an anchor's
/// button; `[IMG]`; a rule of `_` or `━`): a line with no letter nor digit once its marks
/// are read, rules all as one.
fn mark_key(l: &str) -> Option<String> {
    let t = l.trim();
    if t.is_empty() || plain(t).0.chars().any(char::is_alphanumeric) {
        return None;
    }
    if is_rule(t) {
        return Some("—".to_string());
    }
    Some(t.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Whether a line is a rule drawn with one repeated character (`_____`, `━━━`, `* * *`).
fn is_rule(l: &str) -> bool {
    let mut chars = l.chars().filter(|c| !c.is_whitespace());
    let Some(first) = chars.next() else { return false };
    !first.is_alphanumeric() && chars.clone().count() >= 2 && chars.all(|c| c == first)
}

/// Whether a line reads as a sentence of prose, whatever its length: sentence punctuation,
/// three words or more, function words among them, no byline nor stamp.
fn prose_line(l: &str) -> bool {
    let s = signals(l);
    s.sentence && s.words >= 3 && s.stop_density > 0.0 && !s.columns && !heads_story(l)
}

/// The last line of the prose right after `e`: the short sentences and neutral lines that
/// close a block before its first line of furniture.
fn after_prose(lines: &[&str], cls: &[Class], e: usize) -> usize {
    let mut end = e;
    for i in e + 1..lines.len() {
        if lines[i].trim().is_empty() || cls[i] == Class::Table {
            continue;
        }
        if !(cls[i].is_text() || cls[i] == Class::Short || prose_line(lines[i])) {
            break;
        }
        end = i;
    }
    end
}

/// Whether a line reads as a section's heading: a few words, no sentence's end, no bullet.
fn section_heading(l: &str) -> bool {
    let s = signals(l);
    (1..=12).contains(&s.words) && s.chars < 100 && !s.sentence && !s.bullet && !s.columns && !heads_story(l)
}

/// The last line of the article's next section when the block `s..=e` ends at a section
/// break that the article prints between its own sections too: a long read cut into
/// sections, each under a rule, a heading and its anchor button, loses all the sections
/// after the first break that outweighs its short lines. The break must hold, besides
/// headings and rules, a mark ([`mark_key`]) the block prints between its own text lines,
/// and nothing that ends an article (a closing heading, a reader's signature, a byline or a
/// stamp, a paywall, a form, an offer, a comment heading). The section after it is read up
/// to the next mark, rule or closing heading, or to [`SECTION_FURNITURE_RUN`] lines of
/// furniture in a row; it must be mostly prose ([`SECTION_PROSE`], a teaser list's titles
/// are not), hold [`SECTION_PROSE_LINES`] lines of it, not read as a list of items, keep to
/// the block's words ([`SECTION_COHESION`]) and speak to the reader only if the block does.
/// A list the block's last line opens (`A good plan looks like:`, its items) is such a
/// break too: its items' short lines outweigh the block's last sentence.
fn resumes_section(
    lines: &[&str],
    cls: &[Class],
    (s, e): (usize, usize),
    counts: &HashMap<String, usize>,
) -> Option<usize> {
    let filled = |i: usize| !lines[i].trim().is_empty() && cls[i] != Class::Table;
    let prose = |i: usize| cls[i].is_text() || prose_line(lines[i]);
    let first = (s..=e).find(|&i| cls[i].is_text())?;
    let last = (s..=e).rev().find(|&i| cls[i].is_text())?;
    let own: std::collections::HashSet<String> =
        (first + 1..last).filter(|&i| filled(i) && !prose(i)).filter_map(|i| mark_key(lines[i])).collect();
    let ends = |i: usize| {
        cls[i] == Class::Closer
            || is_signature(lines[i])
            || heads_story(lines[i])
            || is_paywall(lines[i])
            || is_form(lines[i])
            || is_offer(lines[i])
            || is_comment_heading(lines[i])
    };
    // The block's last short sentences join it after growing; the break is past them.
    let tail = after_prose(lines, cls, e);
    let after: Vec<usize> = (tail + 1..lines.len()).filter(|&i| filled(i)).collect();
    let r = after.iter().position(|&i| prose(i))?;
    let gap = &after[..r];
    if gap.iter().any(|&i| ends(i)) {
        return None;
    }
    // A section's break: rules, headings and a mark of the block's own.
    let mut marks = 0;
    let mut heads = 0;
    let mut other = false;
    for &i in gap {
        match mark_key(lines[i]) {
            // A rule alone ends an article as often as it opens a section.
            Some(k) if k == "—" => {}
            Some(k) if own.contains(&k) => marks += 1,
            _ if section_heading(lines[i]) => heads += 1,
            _ => other = true,
        }
    }
    let section = !other && marks > 0 && heads <= SECTION_HEADS && (1..=SECTION_GAP).contains(&gap.len());
    // The items of a list the block's last line opens (`…looks like:`) or is one of, then
    // prose that is no item: the article goes on under its list. A list of teasers' titles
    // is followed by its labels, a name, a footer.
    let r = if section {
        r
    } else {
        let opener = plain(lines[tail]);
        let r = after.iter().position(|&i| prose(i) && !plain(lines[i]).1)?;
        let items = &after[..r];
        let list = (1..=LIST_GAP).contains(&items.len())
            && (opener.1 || opener.0.ends_with(':'))
            && items.iter().all(|&i| plain(lines[i]).1 && !ends(i) && !plain(lines[i]).0.contains("http"));
        if !list {
            return None;
        }
        r
    };
    let mut run: Vec<usize> = Vec::new();
    let mut furniture = 0;
    for &i in &after[r..] {
        if ends(i) || mark_key(lines[i]).is_some() {
            break;
        }
        furniture = if prose(i) { 0 } else { furniture + 1 };
        if furniture >= SECTION_FURNITURE_RUN {
            break;
        }
        run.push(i);
    }
    while run.last().is_some_and(|&i| !prose(i)) {
        run.pop();
    }
    let at_prose: Vec<usize> = run.iter().copied().filter(|&i| prose(i)).collect();
    let chars = |at: &mut dyn Iterator<Item = usize>| at.map(|i| signals(lines[i]).chars).sum::<usize>();
    let prose_chars = chars(&mut at_prose.iter().copied());
    let all_chars = chars(&mut run.iter().copied());
    if at_prose.len() < SECTION_PROSE_LINES
        || (prose_chars as f64) < SECTION_PROSE * all_chars as f64
        || reads_as_items(lines, &run, counts)
        || at_prose.iter().any(|&i| counts.get(&repeat_key(lines[i])).is_some_and(|&n| n >= 2))
    {
        return None;
    }
    let own_text: Vec<usize> = (s..=e).filter(|&i| prose(i)).collect();
    let speaks = own_text.iter().filter(|&&i| addresses_reader(lines[i])).count() * 3 >= own_text.len();
    if !speaks && at_prose.iter().any(|&i| addresses_reader(lines[i])) {
        return None;
    }
    let used = content_set(lines, own_text.into_iter());
    keeps_to(&used, &content_set(lines, at_prose.into_iter()), SECTION_COHESION).then(|| run.last().copied()).flatten()
}

/// Whether a line between the block and the text after it (or before it) ends an article
/// wherever it stands, so that no rule joining text across a gap may read past it: a
/// reader's signature, a comment thread's heading, a paywall's notice, or a web address (a
/// citation of the page's own address, `… retrieved … from https://…`, heads the footer's
/// notices; a link is no sentence of the article). Each rule adds the tests its own gap
/// needs: a closing heading ends a gap of short lines but opens the box over a closing
/// paragraph.
fn ends_article(l: &str) -> bool {
    is_signature(l) || is_comment_heading(l) || is_paywall(l) || l.contains("http")
}

/// Characters of the paragraph that closes an article under a box before it is read as
/// the article's own: a teaser's excerpt or a footer's notice is shorter.
const TAIL_MIN: usize = 120;

/// Share of the closing paragraph's content words the article above must have used.
const TAIL_COHESION: f64 = 0.25;

/// Filled lines after a closing paragraph that must hold no paragraph for it to close the
/// page's text rather than be a teaser's excerpt among others, an author's bio over the
/// footer's notices or the next story's opening.
const TAIL_AFTER: usize = 8;

/// Whether the paragraph `j..=k` after the gap `gap` that ends the block `s..=e` is the
/// article's last one, printed under a box of teasers (`Lire aussi`, a title, a picture's
/// caption; `Latest news`, titles and their stamps): one paragraph alone, on the article's
/// subject ([`TAIL_COHESION`]), printed once, not speaking to the reader, with no paragraph
/// soon after it (the next story, a teaser list's excerpts). The box holds no paragraph, no
/// byline, no reader's signature nor comment heading, and no stamp right over the paragraph
/// (the head of the next story). [`grow`] joins one paragraph only after a line or two of
/// furniture, and [`over_box`] wants two; a page that ends its article so lost its last
/// paragraph.
fn closing_tail(
    lines: &[&str],
    cls: &[Class],
    (s, e): (usize, usize),
    gap: &[usize],
    (j, k): (usize, usize),
    counts: &HashMap<String, usize>,
) -> bool {
    let Some(&over) = gap.last() else { return false };
    if gap.len() > MAX_BOX
        || heads_story(lines[over])
        || gap.iter().any(|&i| {
            is_paragraph(lines[i]) || ends_article(lines[i]) || matches!(byline(plain(lines[i]).0), Some(Some(_)))
        })
    {
        return false;
    }
    let at: Vec<usize> = (j..=k).filter(|&i| !lines[i].trim().is_empty()).collect();
    let [p] = at[..] else { return false };
    let t = plain(lines[p]).0;
    if !is_paragraph(lines[p])
        || signals(lines[p]).chars < TAIL_MIN
        || t.ends_with(['…'])
        || t.ends_with("...")
        || addresses_reader(lines[p])
        || is_boilerplate(t)
        || counts.get(&repeat_key(lines[p])).is_some_and(|&n| n >= 2)
    {
        return false;
    }
    if (k + 1..lines.len()).filter(|&i| !lines[i].trim().is_empty()).take(TAIL_AFTER).any(|i| is_paragraph(lines[i])) {
        return false;
    }
    let above = content_set(lines, (s..=e).filter(|&i| cls[i].is_text()));
    keeps_to(&above, &content_set(lines, [p].into_iter()), TAIL_COHESION)
}

/// The end of the article's closing paragraph ([`closing_tail`]) when the box over it holds
/// lines that read as text: a teaser's title is a line of some length with function words,
/// and [`grow`] stops at the first of them. The box is everything up to the first paragraph
/// after the block, within [`MAX_BOX`] lines, and it must still hold no paragraph.
fn closing_past_titles(
    lines: &[&str],
    cls: &[Class],
    (s, e): (usize, usize),
    counts: &HashMap<String, usize>,
) -> Option<usize> {
    let filled = |i: &usize| !lines[*i].trim().is_empty() && cls[*i] != Class::Table;
    let after: Vec<usize> = (e + 1..lines.len()).filter(filled).take(TITLED_BOX + 1).collect();
    let at = after.iter().position(|&i| is_paragraph(lines[i]))?;
    let p = after[at];
    // A short box under its heading (`Lire aussi`, two teasers), as [`tail_boxes`] blanks it:
    // a footer's rows of links and notices run longer, and titles under a stamp or a byline
    // are a teaser list's items, under which a footer's notice reads as a closing paragraph.
    // With no text-like line in it, `closing_tail` has already judged the paragraph.
    let boxed = &after[..at];
    if !cls[p].is_text()
        || !boxed.iter().any(|&i| cls[i].is_text())
        || !boxed.iter().any(|&i| cls[i] == Class::Closer)
        || boxed.iter().any(|&i| heads_item(lines[i]))
    {
        return None;
    }
    let stop = |c: Class| matches!(c, Class::Bad | Class::Closer);
    let end = (p + 1..cls.len()).find(|&i| stop(cls[i])).unwrap_or(cls.len());
    let k = (p..end).rev().find(filled).unwrap_or(p);
    closing_tail(lines, cls, (s, e), boxed, (p, k), counts).then_some(k)
}

/// Filled lines of a box whose teasers' titles read as text over the closing paragraph: its
/// heading and two teasers, a title and a caption or a byline each.
const TITLED_BOX: usize = 6;

/// A short line with a byline or a date on it: between two stretches of text it heads one of
/// them (above the article, its headline and standfirst; below it, the next story or a
/// comment).
fn heads_story(line: &str) -> bool {
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

/// The box lines of a block grown over to its closing paragraph ([`closing_tail`]) when a
/// closing heading opens them (`Lire aussi`): their titles and captions are other stories'.
/// A gap with no such heading may be the article's own list (`This webinar will include:`,
/// its items), and only the block's last paragraph is read so: a gap inside the text may hold
/// its subheadings.
fn tail_boxes(lines: &[&str], cls: &[Class], s: usize, e: usize, boxed: &mut [bool]) {
    let filled = |i: &usize| !lines[*i].trim().is_empty() && cls[*i] != Class::Table;
    let Some(j) = (s..=e).rev().find(|&i| cls[i].is_text()) else { return };
    let counts = repeat_counts(lines);
    // The box over the closing paragraph may hold teasers' titles that read as text (see
    // [`closing_past_titles`]): then it reaches up to the last paragraph above.
    let last_text = (s..j).rev().find(|&i| cls[i].is_text());
    let last_paragraph = (s..j).rev().find(|&i| cls[i].is_text() && is_paragraph(lines[i]));
    for prev in [last_text, last_paragraph].into_iter().flatten() {
        let gap: Vec<usize> = (prev + 1..j).filter(filled).collect();
        if gap.len() > 2
            && gap.iter().any(|&i| cls[i] == Class::Closer)
            && closing_tail(lines, cls, (s, prev), &gap, (j, j), &counts)
        {
            gap.iter().for_each(|&i| boxed[i] = true);
            return;
        }
    }
}

/// Distinct labels of the article's own interruptions a gap must print again to be one of them.
const OWN_LABELS: usize = 2;

/// Whether the gap `gap` after the block `s..=e` is one more of the article's own
/// interruptions, so that the text after it (`j..=k`) goes on with the article: a listicle
/// prints the same labels between its items (`Headquarters:`, `Revenue:`, `Popular games`),
/// and once the block holds two items, a third item's single paragraph after the same labels
/// is no teaser. The labels are lines printed three times or more on the page of which a copy
/// stands between two of the block's paragraphs: a site's menus repeat too, but above and
/// below the article, not inside it. The gap must carry no heading, byline or stamp (a
/// teaser list's items are dated; a comment is signed) and the text after it must keep to
/// the article's words ([`MIN_COHESION`], as over a box).
fn own_gap(
    lines: &[&str],
    cls: &[Class],
    (s, e): (usize, usize),
    gap: &[usize],
    (j, k): (usize, usize),
    counts: &HashMap<String, usize>,
) -> bool {
    if gap.len() > MAX_GAP || gap.iter().any(|&i| cls[i] == Class::Closer || heads_story(lines[i])) {
        return false;
    }
    let at: Vec<usize> = (j..=k).filter(|&i| !lines[i].trim().is_empty()).collect();
    if !at.iter().any(|&i| is_paragraph(lines[i])) || at.iter().any(|&i| is_signature(lines[i])) {
        return false;
    }
    let (Some(first), Some(last)) =
        ((s..=e).find(|&i| is_paragraph(lines[i])), (s..=e).rev().find(|&i| is_paragraph(lines[i])))
    else {
        return false;
    };
    let label = |i: usize| {
        let key = repeat_key(lines[i]);
        (!key.is_empty() && counts.get(&key).is_some_and(|&n| n >= 3) && !is_boilerplate(plain(lines[i]).0))
            .then_some(key)
    };
    let inside: std::collections::HashSet<String> =
        (first + 1..last).filter(|&i| !cls[i].is_text() && !lines[i].trim().is_empty()).filter_map(label).collect();
    let shared: std::collections::HashSet<String> =
        gap.iter().filter_map(|&i| label(i)).filter(|key| inside.contains(key)).collect();
    if shared.len() < OWN_LABELS {
        return false;
    }
    let above = content_set(lines, (s..=e).filter(|&i| cls[i].is_text()));
    keeps_to(&above, &content_set(lines, at.iter().copied().filter(|&i| is_paragraph(lines[i]))), MIN_COHESION)
}

/// Filled lines a box inside the article may hold after its heading: two teasers, each a
/// picture's caption, a label, a title, an excerpt or a byline and a stamp, then a subheading
/// of the text (`Related Content` over two of them; `A lire aussi` over one).
const MAX_BOX: usize = 12;

/// Share of the content words of the text after a box that the article above it already
/// used, from which that text is the article going on rather than another one.
const MIN_COHESION: f64 = 0.2;

/// The first line of the text going on after a box that opens with the closing heading at
/// `c`: the first of two paragraphs of text, with at most a subheading between them, within
/// [`MAX_BOX`] lines of the heading.
fn box_end(lines: &[&str], cls: &[Class], c: usize) -> Option<usize> {
    let filled: Vec<usize> = (c + 1..lines.len())
        .filter(|&i| !lines[i].trim().is_empty() && cls[i] != Class::Table)
        .take(MAX_BOX + 3)
        .collect();
    let p = |m: usize| filled.get(m).is_some_and(|&i| cls[i].is_text() && is_paragraph(lines[i]));
    let pair = (0..filled.len().min(MAX_BOX + 1))
        .find(|&n| p(n) && (p(n + 1) || (p(n + 2) && !is_paragraph(lines[filled[n + 1]]))))?;
    Some(filled[pair])
}

/// The lines of the boxes inside the block `s..=e` that the block was grown over: from each
/// closing heading to the text going on after it (see [`over_box`]). Their title, excerpt
/// and byline are another article's, and read as prose.
pub(super) fn inner_boxes(lines: &[&str], cls: &[Class], s: usize, e: usize) -> Vec<bool> {
    let mut boxed = vec![false; lines.len()];
    for c in (s..=e.min(lines.len().saturating_sub(1))).filter(|&i| cls[i] == Class::Closer && !is_paywall(lines[i])) {
        if let Some(to) = box_end(lines, cls, c).filter(|&to| to <= e) {
            // A short line right over the text is its subheading, not the box's.
            let over = (c + 1..to).rev().find(|&i| !lines[i].trim().is_empty());
            let sub = over.filter(|&i| {
                let s = signals(lines[i]);
                s.chars < 100 && s.words >= 1 && !s.sentence && !s.bullet && cls[i] != Class::Bad
            });
            boxed[c..sub.unwrap_or(to)].iter_mut().for_each(|b| *b = true);
        }
    }
    if s <= e && e < lines.len() {
        tail_boxes(lines, cls, s, e, &mut boxed);
    }
    boxed
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

/// The end of the article's text on the far side of a box inside it that opens with a closing
/// heading (`A lire aussi`, then a title, its excerpt, its byline and its picture), or `None`.
/// Such a box stops the run and its growth, as a heading over the teasers after an article
/// should; what tells the two apart is the text after the box: two paragraphs with at most a
/// subheading between them, no list of items, and words the article above already used (the
/// article goes on about its subject; a teaser list, a comment thread or the next article
/// turns to others). Lexical cohesion, as TextTiling (Hearst, 1997) reads a topic's
/// boundaries.
fn over_box(lines: &[&str], cls: &[Class], s: usize, e: usize, counts: &HashMap<String, usize>) -> Option<usize> {
    // The heading first, or after a line or two (`Advertisement`).
    let filled: Vec<usize> =
        (e + 1..lines.len()).filter(|&i| !lines[i].trim().is_empty() && cls[i] != Class::Table).take(3).collect();
    let h = filled.iter().position(|&i| cls[i] == Class::Closer)?;
    // Readers' comments keep to the article's subject: their heading ends it all the same.
    if filled[..=h].iter().any(|&i| is_paywall(lines[i]) || cls[i].is_text() || is_comment_heading(lines[i])) {
        return None;
    }
    let from = box_end(lines, cls, filled[h])?;
    let stop = |c: Class| matches!(c, Class::Bad | Class::Closer);
    let end = (from + 1..cls.len()).find(|&i| stop(cls[i])).unwrap_or(cls.len());
    let at: Vec<usize> = (from..end).filter(|&i| !lines[i].trim().is_empty()).collect();
    // A page printing the article a second time (a print version, a reading pane) repeats
    // its paragraphs: that copy is no text going on.
    let repeated = |i: usize| counts.get(&repeat_key(lines[i])).is_some_and(|&n| n >= 2);
    // Both paragraphs before the next furniture: a teaser list puts its label (`news`,
    // `Video`) between its excerpts.
    if at.iter().filter(|&&i| is_paragraph(lines[i])).count() < 2
        || at.iter().any(|&i| is_signature(lines[i]) || (is_paragraph(lines[i]) && repeated(i)))
        || reads_as_items(lines, &at, counts)
    {
        return None;
    }
    let above = content_set(lines, (s..=e).filter(|&i| cls[i].is_text()));
    let after = content_set(lines, at.iter().copied().filter(|&i| is_paragraph(lines[i])));
    if after.is_empty() {
        return None;
    }
    let cohesion = after.iter().filter(|w| above.contains(*w)).count() as f64 / after.len() as f64;
    (cohesion >= MIN_COHESION).then(|| at.last().copied().unwrap_or(from))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_titles_in_a_row_are_teasers_but_a_subheading_over_its_text_and_a_box_stay() {
        let para = "Le maître des lieux déménagera dans quelques semaines, mais il l'assure, Noël sera féérique.";
        let titles = [
            "Noël: pourquoi la fin du mois de novembre est le moment idéal pour acheter des jouets",
            "Un corrigé via QR code: ces profs enregistrent des notes vocales sur les devoirs",
            "Tags antimusulmans, menaces et la mort de Thomas à Crépol ce week-end",
        ];
        let mut body = vec![para, "", titles[0], "", titles[1], "", titles[2], "", para];
        drop_teaser_runs(&mut body);
        assert_eq!(body, vec![para, "", "", "", "", para]);
        // Two titles are a subheading and another; lines under one another are one box.
        let mut two = vec![para, "", titles[0], "", titles[1], "", para];
        drop_teaser_runs(&mut two);
        assert_eq!(two.len(), 7);
        let mut boxed = vec![para, "", titles[0], titles[1], titles[2], "", para];
        drop_teaser_runs(&mut boxed);
        assert_eq!(boxed.len(), 7);
    }

    #[test]
    fn a_thread_signed_name_over_stamp_is_cut_but_a_report_stamped_by_the_hour_stays() {
        let p = "The ministry said on Tuesday that the drills would last for two weeks and that no troops would cross.";
        let mut body = vec![
            p,
            p,
            p,
            "Trivia Man",
            "February 2, 2026 at 4:27 pm",
            "A first reply.",
            "Old School",
            "February 2, 2026 at 4:31 pm",
            "A second reply.",
            "Baud",
            "February 2, 2026 at 4:36 pm",
            "A third.",
        ];
        cut_signed_thread(&mut body);
        assert_eq!(body, vec![p, p, p]);
        // One writer under every entry, or hours alone: no thread.
        let mut live = vec![p, p, p, "Jane Roe", "4:27 pm", p, "Jane Roe", "4:31 pm", p, "Jane Roe", "4:36 pm", p];
        cut_signed_thread(&mut live);
        assert_eq!(live.len(), 12);
    }

    #[test]
    fn stamped_titles_with_their_excerpts_go_but_a_report_under_its_hours_stays() {
        let p = "The ministry said on Tuesday that the drills would last for two weeks and that no troops would cross the border.";
        let mut body = vec![
            p,
            "11:11 a.m. Curt Schilling Is a Lot Less Popular Than Elizabeth Warren",
            "A new poll suggests he faces long odds.",
            "8:13 a.m. Donald Trump Is Becoming a Regular Republican Hawk",
            "Days after threatening to bomb Iran, he names an adviser.",
            "Yesterday at 5:44 p.m. This Is 2016’s Biggest Storm (So Far)",
            "Super Typhoon Meranti is logging winds at 185 miles per hour.",
        ];
        drop_stamped_teasers(&mut body);
        assert_eq!(body, vec![p]);
        let mut live = vec![
            p,
            "11:11 a.m. the president landed in Kyiv, where he was met by the prime minister.",
            p,
            "11:40 a.m. the two leaders spoke to reporters.",
            p,
        ];
        drop_stamped_teasers(&mut live);
        assert_eq!(live.len(), 5);
    }

    const PARA: &str = "Le président a déclaré jeudi que les troupes seraient retirées de la frontière avant la fin du mois, selon un communiqué.";
    const PARA2: &str = "The ministry said on Tuesday that the drills would last for two weeks and that no troops would cross into the country.";

    #[test]
    fn the_run_under_the_byline_wins_over_a_longer_one_on_other_subjects_but_not_over_its_own_sequel() {
        let article = [
            "The council voted on Monday to close the harbour bridge for repairs until the spring, officials said.",
            "Engineers found cracks in two of the bridge's steel girders during an inspection in October this year.",
            "Drivers will be sent through the old town, where the council expects the traffic to double at rush hour.",
        ];
        let deals = [
            "Apple recently launched new wireless earbuds for $250, but surprisingly they are already discounted at Amazon.",
            "Amazon announced a slew of devices that expands into all nooks and crannies of the home, with a smart display.",
            "Dell has released its list of Black Friday deals to help get the holiday shopping season started for laptops.",
            "The most interesting mainstream laptop of the last twelve months is still on sale for a few days at a good price.",
        ];
        let mut page: Vec<&str> = vec!["Harbour bridge to close for repairs", "By Jane Roe", "November 19, 2019", ""];
        page.extend(article.iter().flat_map(|p| [*p, ""]));
        page.extend(["Related", "", "  • Bridges", "  • Harbour", "  • Share", "  • Tweet", "", "Deals", ""]);
        page.extend(deals.iter().flat_map(|p| [*p, ""]));
        assert_eq!(main_block(&page, &classes(&page)).map(|b| b.0), Some(4));
        // The same longer run on the article's subject: it is the article, grown back as before.
        let sequel = [
            "The council said the harbour bridge repairs would cost more than the girders' inspection had suggested in October.",
            "Officials expect the old town traffic to ease once the bridge reopens, and drivers to return to the harbour road.",
            "The council will vote again on the bridge repairs in the spring, when engineers report on the steel girders.",
            "Drivers were told that the harbour bridge would reopen to traffic in stages, the old town route closing first.",
        ];
        let mut page: Vec<&str> = page[..page.len() - 2 * deals.len()].to_vec();
        page.extend(sequel.iter().flat_map(|p| [*p, ""]));
        assert!(main_block(&page, &classes(&page)).is_some_and(|b| b.0 > 4));
    }

    #[test]
    fn a_teaser_stream_on_other_subjects_past_a_wide_gap_is_cut_off_but_the_article_going_on_is_not() {
        let article = [
            "The council voted on Monday to close the harbour bridge for repairs until the spring, officials said.",
            "Engineers found cracks in two of the bridge's steel girders during an inspection in October this year.",
            "Drivers will be sent through the old town, where the council expects the traffic to double at rush hour.",
            "The council said the repairs would cost more than the inspection of the girders had first suggested.",
            "Shops in the old town fear the detour will bring them traffic jams rather than customers this winter.",
        ];
        let gap = ["Most read", "  • Home", "  • News", "  • Sport", "  • Weather", "  • Share", "Subscribe"];
        let teasers = [
            (
                "Local rugby club wins the county cup final",
                "Supporters filled the stadium on Saturday as the home side won the final in extra time.",
            ),
            (
                "Bakery on the high street closes after sixty years",
                "The family that ran the shop for three generations said rising rents left them no choice.",
            ),
            (
                "School choir heads to the national festival",
                "Forty pupils from the primary school will sing at the festival in the capital next month.",
            ),
            (
                "New cycle lanes open along the river path",
                "Cyclists welcomed the new lanes, which link the park to the station along the old towpath.",
            ),
        ];
        let mut page: Vec<&str> = Vec::new();
        page.extend(article.iter().flat_map(|p| [*p, ""]));
        page.extend(gap.iter().flat_map(|l| [*l, ""]));
        let first_after = page.len();
        for (title, excerpt) in &teasers {
            page.extend([*title, "", "2 hours ago", "", *excerpt, ""]);
        }
        let last = page.len() - 2;
        let cls = classes(&page);
        let end = cut_off_subject(&page, &cls, 0, last);
        assert!(end < first_after && cls[end].is_text(), "cut at {end}: {:?}", page.get(end));
        // The same gap followed by the article going on, with no stamps: nothing is cut.
        let mut going_on: Vec<&str> = page[..first_after].to_vec();
        going_on.extend(article.iter().rev().flat_map(|p| [*p, ""]));
        let last = going_on.len() - 2;
        assert_eq!(cut_off_subject(&going_on, &classes(&going_on), 0, last), last);
    }

    #[test]
    fn links_annotated_alike_are_furniture_but_a_short_list_is_not() {
        let sites = ["Allrecipes", "Daily Paws", "Eat This, Not That", "Food & Wine", "Real Simple"];
        let mut lines: Vec<String> = vec![PARA.to_string()];
        lines.extend(sites.iter().map(|s| format!("  • {s} this link opens in a new tab")));
        let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
        assert!(raw_classes(&refs)[1..].iter().all(|&c| c == Class::Bad));
        // Four alike are not enough: a list in a story may repeat its words.
        let refs: Vec<&str> = refs[..5].to_vec();
        assert!(raw_classes(&refs)[1..].iter().all(|&c| c != Class::Bad));
    }

    #[test]
    fn tables_embeds_alt_texts_and_paywalls_are_not_text() {
        let rows = [
            "Member       State Chamber   Year",
            "Wayne Morse  OR    Senate    1952",
            "Bob Smith    NH    Senate    1999",
        ];
        assert!(raw_classes(&rows).iter().all(|&c| c == Class::Table));
        // One line with a wide gap in it is not a table.
        let lone = [PARA, "By Jane Roe Last updated Nov 8, 2023 Share with:   Share", PARA2];
        assert_ne!(raw_classes(&lone)[1], Class::Table);
        for junk in [
            "[01JJMTKRSAHE83RF1X0TJSKAPX]",
            "[6eef5bc5-c]",
            "IFRAME: https://blink.net/iframe.html",
            "[                    ]",
            "━━━━━━━━",
        ] {
            assert!(is_embed_junk(junk), "{junk}");
        }
        for text in ["[1]", "[Lire aussi](https://x.fr/a)", "[^2]: « Titre », Outlet, 2022.", "Texte [1] suivi."] {
            assert!(!is_embed_junk(text), "{text}");
        }
        assert!(is_alt_text("[2541683.png] C'est à Nîmes qu'un imam a été condamné."));
        assert!(!is_alt_text("[2541683.png]"));
        // The next paragraph printed on an image's line with no alternative text.
        assert!(!is_alt_text(
            "[e9881cba-a]The wheel has turned, though, and we're on our way back towards spring. By April, we'll have days nice enough to sit out."
        ));
        assert_eq!(
            classify("Il vous reste 57.09% de cet article à lire. La suite est réservée aux abonnés.", 1),
            Class::Closer
        );
        assert!(is_offer("Vous possédez déjà un compte ?"));
        assert!(is_offer("Sign up to get the best content of the week, and great deals, as picked by the editors."));
        assert!(is_offer("By submitting your information you agree to the Terms & Conditions and Privacy Policy."));
        assert!(is_form("____________________ [ ] Contact me with news and offers from other brands"));
        assert!(!is_form("________"));
        assert!(!is_form(PARA));
        assert!(!is_offer(
            "If you live in Paris, you may have noticed the new bicycle lanes along the river this spring."
        ));
    }

    #[test]
    fn the_block_grows_over_a_box_inside_the_article_but_not_into_teasers_or_comments() {
        const PARA3: &str = "Les observateurs ont toutefois noté que les exercices militaires se poursuivaient dans la région, comme chaque année.";
        const PARA4: &str = "Selon plusieurs diplomates, cette annonce vise surtout à apaiser les voisins avant le sommet prévu le mois prochain.";
        const PARA5: &str = "Le ministère a précisé mardi que les manœuvres dureraient encore deux semaines et qu'aucune troupe ne franchirait la ligne.";
        const PARA6: &str = "The drills, which began on Monday, involve some nine thousand soldiers and several hundred armoured vehicles, officials said.";
        let mut lines = vec!["* Accueil", "* Monde", "Un titre", PARA, PARA2, PARA5, PARA6];
        // A sign-up box longer than what follows it.
        lines.extend(["Newsletter du soir", "Votre adresse email", "* S'inscrire", "Merci !", "* Facebook"]);
        lines.extend(["* Twitter", "* Imprimer", "* Envoyer", "* Copier le lien", PARA3, PARA4]);
        let c = classes(&lines);
        assert_eq!(main_block(&lines, &c), Some((3, 17)));
        // Teasers after the text: a title, an excerpt, a date, never two excerpts in a row.
        let share = ["* Partager", "* Imprimer", "* Envoyer", "* Facebook", "* Twitter", "* Copier le lien"];
        let mut teasers = vec![PARA, PARA2, PARA5];
        teasers.extend(share.iter().chain(&share).chain(["Un autre titre"].iter()));
        teasers.extend([PARA3, "12 mars 2023", "Encore un titre", PARA4, "13 mars 2023"]);
        assert_eq!(main_block(&teasers, &classes(&teasers)), Some((0, 2)));
        // A reader's comment is signed with a name and a stamp.
        let mut comments = vec![PARA, PARA2, PARA5];
        comments.extend(share.iter().chain(&share));
        comments.extend(["Par Jean Exemple, le mercredi 15 mai 2019 à 09h23", PARA3, PARA4]);
        assert_eq!(main_block(&comments, &classes(&comments)), Some((0, 2)));
    }

    #[test]
    fn the_block_ends_at_a_closing_heading_over_teasers_or_comments_but_not_over_an_inline_box() {
        const PARA3: &str = "Les observateurs ont toutefois noté que les exercices militaires se poursuivaient dans la région, comme chaque année.";
        const PARA4: &str = "Selon plusieurs diplomates, cette annonce vise surtout à apaiser les voisins avant le sommet prévu le mois prochain.";
        const PARA5: &str = "Le ministère a précisé mardi que les manœuvres dureraient encore deux semaines et qu'aucune troupe ne franchirait la ligne.";
        const EXCERPT: &str = "The council said on Monday that the new bridge would open to traffic in the spring, after two years of delays and disputes.";
        const EXCERPT2: &str = "Residents of the district have complained for months about the noise of the works at night, and the mayor promised to listen.";
        const EXCERPT3: &str = "The police said on Sunday that two men had been arrested after a chase through the city centre, and that no one was hurt.";
        // Long enough for the run to cross the heading to the text under it.
        let article = [PARA, "", PARA2, "", PARA5, "", PARA3, ""];
        // Teasers whose excerpts outweigh the heading: each has its byline.
        let mut teasers: Vec<&str> = article.to_vec();
        teasers.extend(["Most read", "", "Bridge to open in spring", EXCERPT, "By Jane Roe", ""]);
        teasers.extend([
            "Noise at night",
            EXCERPT2,
            "By John Doe",
            "",
            "Arrests after a chase",
            EXCERPT3,
            "By Ann Poe",
        ]);
        assert_eq!(main_block(&teasers, &classes(&teasers)).map(|b| b.1), Some(6));
        // A thread: each comment signed, each with its button.
        let mut thread: Vec<&str> = article.to_vec();
        thread.extend(["3 comments", "", "Jane Roe • 2 weeks ago", EXCERPT, "Reply", ""]);
        thread.extend(["John Doe • 3 weeks ago", EXCERPT2, "Reply", "", "Ann Poe • 3 weeks ago", EXCERPT3, "Reply"]);
        assert_eq!(main_block(&thread, &classes(&thread)).map(|b| b.1), Some(6));
        // A box of three teasers, then the article goes on.
        let mut inline: Vec<&str> = article.to_vec();
        inline.extend(["Recommended", "", "Bridge to open in spring", "Jul 17, 2014", "Noise at night", "Mar 9, 2018"]);
        inline.extend(["Arrests after a chase", "Aug 23, 2017", "", PARA4, "", EXCERPT, "", EXCERPT2, "", EXCERPT3]);
        inline.extend([
            "",
            "The museum's curator said the collection had grown over the years thanks to gifts from families of the city.",
            "",
            "Many of the signs were restored by a small workshop that has kept the old glass-bending craft alive for decades.",
            "",
            "Visitors will be able to see the workshop at work on weekends, when the glass-benders open their doors to the public.",
        ]);
        assert_eq!(main_block(&inline, &classes(&inline)).map(|b| b.1), Some(inline.len() - 1));
    }

    #[test]
    fn headlines_of_other_stories_after_a_closing_heading_are_teasers_but_the_article_going_on_is_not() {
        const A3: &str = "Les observateurs ont toutefois noté que les exercices militaires se poursuivaient dans la région, comme chaque année.";
        const A4: &str = "Selon plusieurs diplomates, cette annonce vise surtout à apaiser les voisins avant le sommet prévu le mois prochain.";
        const A5: &str = "Le ministère a précisé mardi que les manœuvres dureraient encore deux semaines et qu'aucune troupe ne franchirait la ligne.";
        const A6: &str = "Les chancelleries de la région saluent un geste d'apaisement, tout en appelant à la prudence avant le sommet annoncé.";
        const LAST: &str = "Au total, les manœuvres de la région auront duré un mois, sans qu'aucune troupe ne franchisse la ligne de démarcation.";
        let article = [PARA, "", PARA2, "", A3, "", A4, "", A5, "", A6, ""];
        let teasers = [
            "Un radar-tronçon installé dans le tunnel ne fonctionne pas encore, selon la police locale.",
            "L'impact des radars-tronçons sur la sécurité routière en Belgique",
            "L'étude de l'institut Vias semble confirmer que ces dispositifs sont nettement plus efficaces que les radars fixes.",
            "",
            "Première mondiale : un mannequin féminin pour les crash-tests automobiles",
            "Pour la première fois, un mannequin féminin est créé pour mieux protéger les femmes lors des accidents de la route.",
            "",
            "Vélo, voiture ou transports en commun : lequel sera le plus rapide à Bruxelles ?",
            "La rédaction a tenté de vérifier quel était le moyen de transport le plus rapide pour aller d'un point à un autre.",
        ];
        let mut page: Vec<&str> = article.to_vec();
        page.extend(["Sur le même sujet", ""]);
        page.extend(teasers);
        assert_eq!(main_block(&page, &classes(&page)).map(|b| b.1), Some(10));
        // Those teasers under a second heading, after an inline box and the article's last
        // paragraph, in a run that crossed both: the article ends at the second heading, not
        // at the box.
        let mut inline: Vec<&str> = article.to_vec();
        inline.extend(["Sur le même sujet", "  * Paris : le couvre-feu est levé", "  * Fin du couvre-feu", ""]);
        inline.extend([LAST, "", "Les plus lus", ""]);
        inline.extend(teasers);
        assert_eq!(cut_at_closer(&inline, &classes(&inline), 0, inline.len() - 1), 16);
        // The same shape on the article's own subject: its sections, kept.
        let mut page: Vec<&str> = article.to_vec();
        page.extend(["Sur le même sujet", ""]);
        page.extend([
            "Les troupes quitteront la frontière avant la fin du mois prochain",
            "Le président a répété que les troupes seraient retirées de la frontière dans les délais annoncés jeudi.",
            "",
            "Les exercices militaires dans la région se poursuivront selon les diplomates",
            "Les diplomates estiment que les exercices militaires se poursuivront dans la région jusqu'au sommet.",
            "",
            "Le sommet du mois prochain doit apaiser les voisins de la région",
            "Le ministère a précisé que le sommet réunira les voisins de la région le mois prochain, selon un communiqué.",
        ]);
        assert!(main_block(&page, &classes(&page)).is_some_and(|b| b.1 > 12));
    }

    #[test]
    fn a_comment_count_in_brackets_heads_the_thread() {
        assert!(is_comment_heading("Envie de donner votre avis ? (5 commentaires)"));
        assert!(is_comment_heading("Les commentaires (5)"));
        assert!(!is_comment_heading("Le rapport de la commission (12 pages)"));
        assert!(!is_comment_heading("Les élus ont voté (5 voix contre 2)"));
        assert!(!is_comment_heading("READ THE COMMENTS (1)"));
    }

    #[test]
    fn titles_printed_again_after_a_closing_heading_are_teasers() {
        let article = [
            "The city council approved the new budget on Tuesday after a long debate about the cost of the bridge.",
            "",
            "Members of the opposition said the plan left too little money for schools and for the repair of roads.",
            "",
            "The mayor answered that the bridge would bring new shops to the old harbour and pay for itself in time.",
            "",
            "A final vote on the details of the plan is expected in the spring, once the engineers have reported back.",
            "",
            "Shop owners on the harbour front said they were glad of the decision, though some feared the years of works.",
            "",
            "The bridge will be the first new crossing of the river in the city for more than sixty years, the council said.",
            "",
        ];
        // Captions and excerpts of a sentence or two, outweighing the heading over them.
        let e = [
            "A crowd gathers in front of the old theatre on the evening of the festival, while a band plays on the steps and children dance in the square below.",
            "The singer was a regular guest of the town's summer evenings for years, and her death was felt by all of those who had grown up with her songs.",
            "Three candidates are running to lead the party, and each of them has promised to bring back the voters who left it at the last election in May.",
            "Ten years after the fire at the mill, the inquiry has still not found who set it, and the families of the workers are asking for answers again.",
            "The club has signed a young striker from the south for the next two seasons, and the fans hope that he will score the goals the team has missed.",
            "A storm is expected on the coast on Sunday night, and the harbour master has asked the owners of small boats to bring them in before the wind.",
            "The old school on the hill will become a library next year, once the roof has been repaired and the rooms have been fitted with new shelves.",
            "Farmers in the valley say the dry summer has cut their harvest by a third, and they are asking the region for help to buy feed for the winter.",
        ];
        let (t1, t2) = ("Bridge to open in spring at last", "Noise at night angers the neighbours");
        let mut page: Vec<&str> = article.to_vec();
        page.extend(["Most read", "", t1, "", t2, "", e[0], "", t1, "", e[1], "", t2, "", e[2], "", e[3]]);
        page.extend(["", e[4], "", e[5], "", e[6], "", e[7]]);
        assert_eq!(main_block(&page, &classes(&page)).map(|b| b.1), Some(article.len() - 2));
    }

    #[test]
    fn a_teaser_list_over_the_article_is_cut_at_the_article_head() {
        const T1: &str = "Bridge To Open In SpringThe council said on Monday that the new bridge would open to traffic in the spring, after two years of delays.";
        const T2: &str = "Noise At Night Angers ResidentsResidents of the district have complained for months about the noise of the works at night, and more.";
        const T3: &str = "Arrests After A ChaseThe police said on Sunday that two men had been arrested after a chase through the city centre, and no one was hurt.";
        const T4: &str = "Museum Reopens Its DoorsThe museum's curator said the collection had grown over the years thanks to gifts from families of the city.";
        const PARA3: &str = "Les observateurs ont toutefois noté que les exercices militaires se poursuivaient dans la région, comme chaque année.";
        let mut page = vec!["[blank.gif]", T1, "Read more", T2, "Read more", T3, "Read more", T4, "Read more"];
        page.extend(["Latest Headlines", "", "Troops To Leave The Border By The End Of The Month", ""]);
        page.extend(["November 19, 2019 at 9:45 am", "", PARA, "", PARA2, "", PARA3, ""]);
        let block = main_block(&page, &classes(&page));
        assert_eq!(block.map(|b| b.0), Some(15));
        // An article's lead (two paragraphs in a row) over an embedded post and its signature,
        // or over a dated update: no list, it stays.
        let mut lead = vec![PARA, "", T1, "Advertisement", T2, "Advertisement", "Advertisement"];
        lead.extend(["Update From The Ministry Of Defence", "— Jane Roe (@janeroe) November 19, 2019", PARA2]);
        lead.extend(["", PARA3, "", T3]);
        assert_eq!(main_block(&lead, &classes(&lead)).map(|b| b.0), Some(0));
        lead[8] = "November 19, 2019 at 9:45 am";
        assert_eq!(main_block(&lead, &classes(&lead)).map(|b| b.0), Some(0));
    }

    #[test]
    fn a_box_inside_the_article_is_crossed_when_the_text_after_it_goes_on_about_its_subject() {
        const A1: &str = "Les rêves peuvent sembler étonnamment réels, et les chercheurs qui étudient le sommeil tentent depuis longtemps de comprendre leur signification.";
        const A2: &str = "Selon la psychologue Stephanie Gailing, les rêves de chute traduisent souvent une impression de perdre le contrôle de sa vie éveillée.";
        const A3: &str = "Les chercheurs rappellent que le sommeil paradoxal est la phase pendant laquelle les rêves les plus vifs se produisent, chaque nuit.";
        const EXCERPT: &str = "Les marques de pyjama rivalisent cette saison de matières douces et de coupes amples pour les soirées froides de décembre.";
        const A4: &str = "Selon Stephanie Gailing, le rêve de vol symbolise un désir de liberté, et les chercheurs y voient souvent un signe de confiance retrouvée.";
        const A5: &str = "Les rêves récurrents, ajoute la psychologue, méritent d'être notés dans un journal du sommeil pour en comprendre la signification.";
        const F1: &str = "Le club a battu son rival dimanche soir au stade municipal, grâce à un but marqué dans les dernières minutes de la rencontre.";
        const F2: &str = "L'entraîneur a salué l'engagement de ses joueurs, qui restent invaincus depuis le début de la saison et visent désormais le titre.";
        let mut page = vec!["* Accueil", "* Monde", "Un titre", A1, "", A2, "", A3, ""];
        page.extend(["À lire aussi", "Comment choisir un pyjama pour l'hiver", EXCERPT, "Par Jeanne Exemple", ""]);
        page.extend(["Le rêve de vol", "", A4, "", A5, "", "Mentions légales", "Contact"]);
        let c = classes(&page);
        let block = main_block(&page, &c);
        assert_eq!(block, Some((3, 18)));
        // The box goes, the subheading over the text stays.
        let boxed = inner_boxes(&page, &c, 3, 18);
        assert!((9..=12).all(|i| boxed[i]));
        assert!(!boxed[14] && !boxed[16] && !boxed[7]);
        // Two paragraphs on another subject after the same box: another article.
        let n = page.len() - 2;
        page.splice(14..n, ["Football", "", F1, "", F2, ""]);
        assert_eq!(main_block(&page, &classes(&page)).map(|b| b.1), Some(7));
    }

    #[test]
    fn the_closing_paragraph_under_a_box_whose_titles_read_as_text_joins_the_article() {
        const A1: &str = "Les étudiants isolés dans les résidences universitaires racontent leur solitude depuis le début du confinement, loin de leurs familles.";
        const A2: &str = "Pour Nassim, résident de cet établissement, ce sentiment d'isolement s'ajoute à une charge de travail qui ne faiblit pas pour les étudiants.";
        const A3: &str = "Le collectif qui aide les étudiants précaires a levé près de cent mille euros de dons et soutient trois cents étudiants au quotidien.";
        const LAST: &str = "Le collectif rappelle que les étudiants isolés dans les résidences universitaires peuvent demander de l'aide, loin de leurs familles, depuis le confinement.";
        let mut page = vec!["* Accueil", "* Société", "Un titre", A1, "", A2, "", A3];
        page.extend(["Lire aussi", "À Paris, les étudiants fantômes se manifestent pour la réouverture des facs"]);
        page.extend([
            "Lire aussi",
            "Une cagnotte pour aider les étudiants précaires à se nourrir cet hiver",
            "",
            LAST,
            "",
        ]);
        page.extend(["Mentions légales", "Contact", "Plan du site"]);
        let c = classes(&page);
        let (s, e) = main_block(&page, &c).expect("block");
        // The titles read as text: the run stops at the first of them on its own.
        assert!([9, 11].iter().all(|&i| c[i].is_text()), "{c:?}");
        assert_eq!((s, e), (3, 13), "{c:?}");
        // The box's titles go with it.
        let boxed = inner_boxes(&page, &c, s, e);
        assert!((8..=11).all(|i| boxed[i]) && !boxed[13]);
    }

    /// A ranking of companies: an introduction, then items printed as a number and a name,
    /// the same labels, and one or two paragraphs.
    fn ranking(single: usize) -> Vec<String> {
        let mut page: Vec<String> = ["* Home", "* Blog", "* Contact", "The biggest game companies of the year", ""]
            .iter()
            .map(|l| l.to_string())
            .collect();
        page.push("The game industry keeps growing, and the largest game companies report record revenue from mobile games this year.".into());
        page.push("".into());
        page.push("We ranked each game company by its revenue, and we list the mobile games and console games that made its name.".into());
        let names = ["Tencent", "Sony", "Nintendo", "Roblox", "Ubisoft"];
        for (n, name) in names.iter().enumerate() {
            page.extend([
                String::new(),
                format!("{}. {name}", n + 1),
                "Headquarters:".into(),
                format!("{name} City, Land"),
            ]);
            page.extend(["Revenue:".into(), format!("${} billion", 30 - n), String::new()]);
            page.push(format!("{name} is a game company known for its mobile games and console games, and its revenue grew again this year."));
            if n < names.len() - single {
                page.push(String::new());
                page.push(format!("Most of the revenue of {name} comes from its games for mobile players, and the company plans more games."));
            }
        }
        page.extend([
            "".into(),
            "Privacy Policy".into(),
            "Terms of Use".into(),
            "Cookie Settings".into(),
            "Sitemap".into(),
        ]);
        page
    }

    #[test]
    fn items_after_the_labels_the_article_already_printed_go_on_with_it() {
        // The last two items hold one paragraph each: the run stops before them, the labels
        // they share with the items above bring them back.
        let page = ranking(2);
        let refs: Vec<&str> = page.iter().map(String::as_str).collect();
        let last = refs.iter().rposition(|l| l.starts_with("Ubisoft is")).unwrap();
        assert_eq!(main_block(&refs, &classes(&refs)).map(|b| b.1), Some(last));
    }

    #[test]
    fn dated_teasers_after_the_article_are_cut_but_a_timeline_on_its_subject_stays() {
        const A: [&str; 4] = [
            "Les dockers du port ont cessé le travail lundi matin pour protester contre le projet de réforme des retraites, selon les syndicats.",
            "Le mouvement de grève des dockers bloque depuis trois jours le chargement des navires, et les syndicats du port menacent de le prolonger.",
            "La direction du port estime que la grève des dockers a déjà coûté plusieurs millions d'euros aux entreprises du secteur portuaire.",
            "Une réunion entre les syndicats des dockers et la direction du port est prévue jeudi, mais aucune des parties ne croit à un accord rapide.",
        ];
        let teasers = [
            ("Football : le club reste invaincu depuis le début de la saison", "Le club a battu son rival dimanche soir au stade municipal, grâce à un but marqué dans les dernières minutes du match."),
            ("Grippe : les urgences saturées à l'approche des fêtes", "L'épidémie de grippe progresse dans toutes les régions, et les hôpitaux déclenchent leurs plans d'urgence cette semaine."),
            ("Culture : un musée de la photographie dans l'ancienne gare", "Un nouveau musée consacré à la photographie ouvrira ses portes au printemps dans l'ancienne gare de la ville, annonce le maire."),
            ("Météo : de la neige attendue sur les hauteurs ce week-end", "Les prévisionnistes annoncent des chutes de neige abondantes au-dessus de mille mètres, et les routes de montagne seront fermées."),
        ];
        const DAYS: [&str; 4] = ["15/12/2022, 13:17", "09/12/2022, 14:44", "20/09/2022, 15:53", "02/09/2022, 10:01"];
        let page_of = |items: &[(&'static str, &'static str)], stamps: [&'static str; 4]| {
            let mut page = vec!["* Accueil", "* Économie", "La grève des dockers", ""];
            for a in A {
                page.extend([a, ""]);
            }
            page.extend(["Partager", "Publicité", "Plus d'articles", ""]);
            for (n, (title, excerpt)) in items.iter().enumerate() {
                page.extend([*title, *excerpt, stamps[n]]);
                page.extend(["Actualité", "* Région", ""]);
            }
            page
        };
        let page = page_of(&teasers, DAYS);
        assert_eq!(main_block(&page, &classes(&page)).map(|b| b.1), Some(10));
        // The same entries stamped with the hours of one day: a live report, kept.
        let hours = ["15/12/2022, 13:17", "15/12/2022, 12:44", "15/12/2022, 11:53", "15/12/2022, 10:01"];
        let page = page_of(&teasers, hours);
        assert!(main_block(&page, &classes(&page)).is_some_and(|b| b.1 > 10));
        // Dated entries on the strike itself: the article's own closing timeline.
        let timeline = [
            ("Grève des dockers : le port bloqué", "Les dockers du port bloquent le chargement des navires, et les syndicats du port annoncent une grève reconductible."),
            ("Grève des dockers : la direction du port répond", "La direction du port propose aux syndicats des dockers une réunion, et la grève des dockers se poursuit au port."),
            ("Grève des dockers : les navires détournés", "Les navires évitent le port bloqué par la grève des dockers, et les entreprises du port chiffrent leurs pertes."),
            ("Grève des dockers : un accord au port", "Les syndicats des dockers et la direction du port signent un accord, et la grève des dockers prend fin au port."),
        ];
        let page = page_of(&timeline, DAYS);
        let cut = main_block(&page, &classes(&page)).map(|b| b.1);
        assert!(cut.is_some_and(|e| e > 10), "{cut:?}");
    }

    #[test]
    fn a_day_over_a_title_cut_short_is_a_teaser_card() {
        assert!(is_card("4 janvier 2026 Voici comment VRAIMENT soulager une..."));
        assert!(is_card("  * 27 July 2024 Ten classics of English literature to read…"));
        // A day opening a sentence, or a title cut short with no day first, is not one.
        assert!(!is_card("4 janvier 2026 : le président a annoncé sa démission."));
        assert!(!is_card("Voici comment VRAIMENT soulager une..."));
        assert!(!is_card("Le 4 janvier 2026, il écrivait encore..."));
    }

    #[test]
    fn a_caption_printed_twice_over_the_article_is_no_text_going_on() {
        // A `Most Read` list (caption, `Section / 5 h ago`, headline) over the article, whose
        // photo caption is printed twice under its headline: the list is cut at the byline.
        const CAP: &str = "A file photograph shows the minister speaking at the ministry in the capital on November 5, during a visit.";
        const CAP1: &str = "Workers prepare the registration counters at the convention centre for the anniversary fair of the government.";
        const CAP2: &str = "People stand outside homes damaged by a short circuiting switch in the town, on the night of the storm last week.";
        const PARA3: &str = "Les observateurs ont toutefois noté que les exercices militaires se poursuivaient dans la région, comme chaque année.";
        let mut page =
            vec!["Most Read", CAP1, "Malaysia  / 5 h ago", "", "Fair offers a discount on traffic fines", ""];
        page.extend([CAP2, "Malaysia  / 7 h ago", "", "Switch blows up in a man's face, burns two houses", ""]);
        page.extend(["Malaysia", "", "All paid their own way on the trips, minister says", "", CAP, CAP]);
        page.extend(["By Jane Roe", "Friday, 22 Nov 2024 4:55 PM MYT", "", PARA, "", PARA2, "", PARA3]);
        let block = main_block(&page, &classes(&page));
        assert_eq!(block.map(|b| b.0), Some(20));
    }

    #[test]
    fn a_listing_between_paragraphs_is_neutral_not_furniture() {
        // A tutorial's listing between two paragraphs is read like a table's rows.
        let listing = ["SELECT avg(n)", "FROM unnest(array[2, 3, 5]) AS n;"];
        let raw = raw_classes(&[PARA, "", listing[0], listing[1], "", PARA2]);
        assert_eq!(&raw[2..4], &[Class::Table, Class::Table]);
    }

    #[test]
    fn a_ticker_of_stamps_and_headlines_is_furniture_but_a_live_report_is_not() {
        let mut page = vec![PARA, "", PARA2, "", "L'info en continu", ""];
        for (t, h) in [
            ("20h43", "Covid-19 : le ralentissement se confirme à l'hôpital"),
            ("20h19", "Grippe aviaire : la France se prépare à vacciner"),
            ("19h46", "Pyrénées-Orientales : les médecins en grève le 24 décembre"),
        ] {
            page.extend([t, h]);
        }
        let raw = raw_classes(&page);
        assert!(raw[6..].iter().all(|&c| c == Class::Bad), "{raw:?}");
        // Entries closed like sentences, or two pairs only: not a ticker.
        let live = [
            PARA,
            "20h43",
            "Le ministre est arrivé à la préfecture.",
            "20h19",
            "Il a rencontré les élus.",
            "19h46",
            "Il repart demain.",
        ];
        assert!(raw_classes(&live)[1..].iter().any(|&c| c != Class::Bad));
        let two = [
            PARA,
            "20h43",
            "Covid-19 : le ralentissement se confirme à l'hôpital",
            "20h19",
            "Grippe aviaire : la France se prépare à vacciner",
            PARA2,
        ];
        assert_ne!(raw_classes(&two)[2], Class::Bad);
        assert!(
            is_lone_stamp("• 9:05 am") && is_lone_stamp("Il y a 2 heures") && !is_lone_stamp("20h43 Un titre de une")
        );
    }

    #[test]
    fn a_comment_thread_is_told_by_its_heading_and_its_signatures() {
        for h in [
            "11 responses to “The Loneliest Woman in the World”",
            "6 thoughts on “How to Adopt an Online Leadership Role”",
            "There are 8 comments on Misinformation and the War",
            "Comments & Discussion",
            "Leave a Reply Cancel reply",
            "12 réactions à l'article",
        ] {
            assert!(is_comment_heading(h), "{h}");
            assert_eq!(classify(h, 1), Class::Closer, "{h}");
        }
        for h in ["Comments on the proposal were due in May.", "Responses to the crisis", "Three thoughts"] {
            assert!(!is_comment_heading(h), "{h}");
        }
        assert!(signs_comment("Art Edwards says:") && signs_comment("December 29, 2014 janeroe:"));
        assert!(!signs_comment("He told the committee:") && !signs_comment("On December 29, 2014:"));
    }

    #[test]
    fn a_closing_phrase_with_a_short_tail_closes_unless_it_names_a_section() {
        assert!(is_closer("Most Viewed Stories") && is_closer("Latest News from Daily Intelligencer"));
        assert!(!is_closer("More from UK") && !is_closer("Most read books of the year were novels."));
    }

    #[test]
    fn a_kicker_before_a_ticker_headline_is_no_sentence() {
        assert!(ticker_headline("Football. Les matches de la R1 à la D5 annulés ce week-end"));
        assert!(!ticker_headline("Le ministre est arrivé. Il a rencontré les élus"));
    }

    #[test]
    fn a_table_of_contents_is_neutral_but_a_menu_is_furniture() {
        let mut page = vec!["Un titre", PARA, "", "* Les rêves", "* Le sommeil", "* La mémoire", ""];
        page.extend(["Les rêves", PARA2, "Le sommeil", PARA, "La mémoire", PARA2]);
        let raw = raw_classes(&page);
        assert!(raw[3..6].iter().all(|&c| c == Class::Table), "{raw:?}");
        // A menu's items come back in another list, not as subheadings.
        let menu = ["* Accueil", "* Monde", "* Sport", PARA, PARA2, "* Accueil", "* Monde", "* Sport"];
        assert!(raw_classes(&menu)[..3].iter().all(|&c| c == Class::Bad));
    }

    #[test]
    fn teaser_cards_after_the_article_are_cut_but_a_listicle_stays() {
        const A: [&str; 3] = [
            "La cathédrale rouvrira ses portes au public dimanche soir, après cinq années de travaux menés par des centaines d'artisans.",
            "Le chef de l'Etat assistera lundi à la messe de consécration du maître-autel, en présence de nombreux invités étrangers.",
            "Les fidèles pourront réserver un créneau de visite gratuit sur le site de la cathédrale, dès la semaine prochaine.",
        ];
        let cards = [
            ("Une gymnaste prodige éprise de liberté et de sport", "Elle est entrée dans l'histoire en obtenant pour la première fois la note parfaite aux barres asymétriques."),
            ("Dépolluer l'espace sera l'un des grands enjeux du siècle", "C'est un sujet vertigineux et méconnu, qui pourrait avoir des conséquences majeures sur l'humanité entière."),
            ("Les révélations du rapport sur la ligue de football", "Salaires, élections verrouillées, budgets des clubs : le rapport détaille le fonctionnement de la ligue professionnelle."),
        ];
        let mut page = vec!["* Accueil", "* Culture", "La cathédrale rouvre", ""];
        for a in A {
            page.extend([a, ""]);
        }
        for (title, excerpt) in cards {
            page.extend(["Culture", "5min", title, excerpt, ""]);
        }
        page.extend(["Mentions légales", "Contact"]);
        assert_eq!(main_block(&page, &classes(&page)).map(|b| b.1), Some(8));
        // The same cards naming what the article is about: a listicle's items, kept.
        let items = cards.map(|(t, x)| (format!("La cathédrale : {t}"), x));
        let mut page = vec!["* Accueil", "* Culture", "La cathédrale rouvre", ""];
        for a in A {
            page.extend([a, ""]);
        }
        for (title, excerpt) in &items {
            page.extend(["Culture", "5min", title.as_str(), *excerpt, ""]);
        }
        page.extend(["Mentions légales", "Contact"]);
        assert!(main_block(&page, &classes(&page)).is_some_and(|b| b.1 > 8));
    }

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

    #[test]
    fn a_ticker_with_a_bare_mark_over_each_entry_is_furniture() {
        let mut page = vec![PARA, "", PARA2, "", "En continu", ""];
        for (t, h) in [
            ("16h26", "Gymnastique. Quatre mois de prison avec sursis pour un ex-entraîneur"),
            ("16h11", "Stade Brestois. Un timide qui cache bien son jeu"),
            ("16h08", "Une fusillade fait plusieurs morts à l'université de Prague"),
        ] {
            page.extend(["  *", t, h]);
        }
        let raw = raw_classes(&page);
        assert!(page.iter().zip(&raw).skip(6).all(|(l, &c)| bare_mark(l) || c == Class::Bad), "{raw:?}");
    }

    #[test]
    fn titles_listed_under_a_closing_heading_are_furniture() {
        let page = [
            PARA,
            "À lire aussi :",
            "  *",
            "Origine du Covid-19 : la Maison Blanche défend la thèse d'une fuite",
            "  *",
            "Elle refuse que son employeur vienne chez elle : la Cour a tranché",
            "  *",
            "Craignez-vous de voir un jour disparaître les agences bancaires ?",
            PARA2,
        ];
        let raw = raw_classes(&page);
        assert!([3, 5, 7].iter().all(|&i| raw[i] == Class::Bad), "{raw:?}");
        assert!(raw[8].is_text());
        // Two lines under the heading are a headline and its subtitle, not a list.
        let two = [PARA, "À lire aussi :", "Origine du Covid-19 : la Maison Blanche défend la thèse", PARA2];
        assert_ne!(raw_classes(&two)[2], Class::Bad);
    }

    #[test]
    fn a_long_read_goes_on_past_a_section_break_it_prints_inside_too_but_not_into_teasers() {
        let section = |heading: &'static str, body: &[&'static str]| -> Vec<&'static str> {
            let mut v = vec!["______________________________", "", heading, "", "(BUTTON)", ""];
            for b in body {
                v.extend([*b, ""]);
            }
            v
        };
        let mut page = vec!["Menu", "", "Home", ""];
        page.extend(section(
            "Why offline matters",
            &[
                "Modern software is built on a fragile assumption: that the network is always available to every device.",
                "Trains lose connectivity, factories operate behind firewalls, and hospitals isolate their systems.",
                "And yet we keep building applications that stop working the moment the network disappears.",
                "This is not a limitation of hardware, it is a limitation of the way software is designed.",
            ],
        ));
        page.extend(section(
            "The network is not the computer",
            &[
                "For the last decade, we have treated the network as the default place where software runs.",
                "Computation, storage and application logic are centralized and always remote from the device.",
                "This model breaks under real conditions.",
                "Latency is unpredictable.",
            ],
        ));
        let end_of_block = page.len() - 2;
        // Short sentences only: the break and its lines outweigh them.
        page.extend(section(
            "Software must survive",
            &[
                "Applications should not stop when the network degrades.",
                "They should not lose data when a service is down.",
                "An application that cannot work offline is not resilient.",
                "Offline is the baseline for software.",
            ],
        ));
        page.extend(section(
            "Where the network helps",
            &[
                "The network exists to coordinate the devices and their software, not to control them.",
                "It is the way forward.",
            ],
        ));
        page.extend(["12", "", "Share", ""]);
        let c = classes(&page);
        let grown = main_block(&page, &c).map(|b| b.1);
        assert!(grown.is_some_and(|e| e > end_of_block + 6), "{grown:?} {end_of_block}");
        assert!(
            resumes_section(&page, &c, (0, end_of_block), &repeat_counts(&page)).is_some_and(|k| k > end_of_block + 6)
        );
        // Teasers' titles after a break are no section: headings, no prose.
        let mut teasers: Vec<&str> = page[..end_of_block + 2].to_vec();
        teasers.extend([
            "______________________________",
            "",
            "(BUTTON)",
            "",
            "More from the network desk",
            "",
            "Why the network of trains is failing the devices",
            "Offline storage for hospitals under review",
            "Factories and their firewalls, a decade on",
            "The network is always available, says a new report.",
            "",
            "The network desk covers the devices and the software of the network for the region.",
        ]);
        let c = classes(&teasers);
        assert_eq!(resumes_section(&teasers, &c, (0, end_of_block), &repeat_counts(&teasers)), None);
    }
}
