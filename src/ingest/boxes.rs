//! A box inside the article that opens with a closing heading (`A lire aussi`, a teaser):
//! where the text goes on after it, read by lexical cohesion.

use super::closers::is_comment_heading;
use super::items::reads_as_items;
use super::line_signals::{content_set, is_paragraph, is_paywall, is_signature, repeat_key, Class};
use std::collections::HashMap;

/// Filled lines a box inside the article may hold after its heading: two teasers, each a
/// picture's caption, a label, a title, an excerpt or a byline and a stamp, then a subheading
/// of the text (`Related Content` over two of them; `A lire aussi` over one).
pub(super) const MAX_BOX: usize = 12;

/// Share of the content words of the text after a box that the article above it already
/// used, from which that text is the article going on rather than another one.
pub(super) const MIN_COHESION: f64 = 0.2;

/// The first line of the text going on after a box that opens with the closing heading at
/// `c`: the first of two paragraphs of text, with at most a subheading between them, within
/// [`MAX_BOX`] lines of the heading.
pub(super) fn box_end(lines: &[&str], cls: &[Class], c: usize) -> Option<usize> {
    let filled: Vec<usize> = (c + 1..lines.len())
        .filter(|&i| !lines[i].trim().is_empty() && cls[i] != Class::Table)
        .take(MAX_BOX + 3)
        .collect();
    let p = |m: usize| filled.get(m).is_some_and(|&i| cls[i].is_text() && is_paragraph(lines[i]));
    let pair = (0..filled.len().min(MAX_BOX + 1))
        .find(|&n| p(n) && (p(n + 1) || (p(n + 2) && !is_paragraph(lines[filled[n + 1]]))))?;
    Some(filled[pair])
}

/// The end of the article's text on the far side of a box inside it that opens with a closing
/// heading (`A lire aussi`, then a title, its excerpt, its byline and its picture), or `None`.
/// Such a box stops the run and its growth, as a heading over the teasers after an article
/// should; what tells the two apart is the text after the box: two paragraphs with at most a
/// subheading between them, no list of items, and words the article above already used (the
/// article goes on about its subject; a teaser list, a comment thread or the next article
/// turns to others). Lexical cohesion, as TextTiling (Hearst, 1997) reads a topic's
/// boundaries.
pub(super) fn over_box(
    lines: &[&str],
    cls: &[Class],
    s: usize,
    e: usize,
    counts: &HashMap<String, usize>,
) -> Option<usize> {
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
