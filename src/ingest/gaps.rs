//! The best run grown over the interruptions inside the article: boxes, short lines read as
//! prose, the article's own labels, section breaks, a closing paragraph under a box.

use super::boilerplate::is_boilerplate;
use super::boxes::{box_end, over_box, MIN_COHESION};
use super::closers::ends_article;
use super::closing_tail::{closing_past_titles, closing_tail, tail_boxes};
use super::line_signals::{
    addresses_reader, content_set, dumping, heads_story, is_form, is_offer, is_paragraph, is_paywall, is_signature,
    keeps_to, plain, repeat_counts, repeat_key, signals, Class,
};
use super::sections::{mark_key, prose_line, resumes_section, section_heading, SECTION_COHESION, SECTION_HEADS};
use std::collections::HashMap;

/// Non-blank lines of furniture an article may hold between two of its paragraphs (a
/// sign-up box, a photo with its buttons and caption, a list of links).
const MAX_GAP: usize = 25;

/// The best run grown over the interruptions inside the article. The maximum-sum run
/// leaves out paragraphs that a box longer than them cuts off (the last paragraphs after
/// a sign-up form, the lead before a photo and its buttons); a stretch of text on the
/// other side of such a box joins when it reads as the article going on: two paragraphs in
/// a row (a list of teasers alternates a title, an excerpt and a byline, never two
/// excerpts), or one paragraph after a short interruption. A closing heading, a reader's
/// signature or a long stretch of furniture ends the article.
pub(super) fn grow(lines: &[&str], cls: &[Class], mut s: usize, mut e: usize) -> (usize, usize) {
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
