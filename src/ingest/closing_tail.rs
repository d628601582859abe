//! The article's closing paragraph printed under a box of teasers, and the box's lines over
//! it.

use super::boilerplate::is_boilerplate;
use super::boxes::MAX_BOX;
use super::byline::byline;
use super::closers::ends_article;
use super::items::heads_item;
use super::line_signals::{
    addresses_reader, content_set, heads_story, is_paragraph, keeps_to, plain, repeat_counts, repeat_key, signals,
    Class,
};
use std::collections::HashMap;

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
pub(super) fn closing_tail(
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
pub(super) fn closing_past_titles(
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

/// The box lines of a block grown over to its closing paragraph ([`closing_tail`]) when a
/// closing heading opens them (`Lire aussi`): their titles and captions are other stories'.
/// A gap with no such heading may be the article's own list (`This webinar will include:`,
/// its items), and only the block's last paragraph is read so: a gap inside the text may hold
/// its subheadings.
pub(super) fn tail_boxes(lines: &[&str], cls: &[Class], s: usize, e: usize, boxed: &mut [bool]) {
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
