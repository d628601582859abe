//! A long read's next section after a section break the article prints between its own
//! sections (a rule, a heading, an anchor's button), and the prose lines such a break is read
//! by.

use super::closers::is_comment_heading;
use super::items::reads_as_items;
use super::line_signals::{
    addresses_reader, content_set, heads_story, is_form, is_offer, is_paywall, is_signature, keeps_to, plain,
    repeat_key, signals, Class,
};
use std::collections::HashMap;

/// Filled lines a section break after the block may hold: a rule, the section's heading, its
/// anchor button, a picture.
const SECTION_GAP: usize = 5;

/// Items of a list the block opens that may stand between it and the prose going on.
const LIST_GAP: usize = 12;

/// Headings a section break may hold (a section's heading and its first subheading).
pub(super) const SECTION_HEADS: usize = 2;

/// Filled lines in a row that are not prose and end a section's text (a list of links, the
/// buttons and counts under a post).
const SECTION_FURNITURE_RUN: usize = 3;

/// Share of a resumed section's characters that must be in lines of prose: its own list or
/// sample may interrupt it, a list of teasers' titles is mostly not prose.
const SECTION_PROSE: f64 = 0.5;

/// Lines of prose a resumed section must hold (a teaser's excerpt stands alone).
const SECTION_PROSE_LINES: usize = 2;

/// Share of the content words of a resumed section's prose that the block must have used.
pub(super) const SECTION_COHESION: f64 = 0.15;

/// The key of a mark a page prints between an article's sections (`(BUTTON)`, an anchor's
/// button; `[IMG]`; a rule of `_` or `━`): a line with no letter nor digit once its marks
/// are read, rules all as one.
pub(super) fn mark_key(l: &str) -> Option<String> {
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
pub(super) fn prose_line(l: &str) -> bool {
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
pub(super) fn section_heading(l: &str) -> bool {
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
pub(super) fn resumes_section(
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
