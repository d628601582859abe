//! A whole page read around its article: the main block found (see [`super::block`]), the
//! headline chosen among the lines above it, the furniture before, inside and after it
//! blanked, and the metadata printed outside it (a byline or a `Publié le` line after the
//! last paragraph) kept as fallbacks.

use super::block::{
    addresses_reader, enough_before, generic_picture, inner_boxes, is_alt_text, is_card, is_embed_junk, is_form,
    is_offer, is_paragraph, is_paywall, main_block, person_card, plain, raw_classes, reads_as_items, repeat_counts,
    repeat_key, signals, signs_comment, smooth, Class,
};
use super::boilerplate::is_boilerplate;
use super::byline::{byline, closing_name, credit, names};
use super::dateline::{date_stamps, date_with_byline, is_update_line, segmented_byline};
use super::lexicon::PUBLISH_CUES;
use super::line::{ends_with_credit, is_photo_credit};
use super::title::{
    best_title, breadcrumb_last, clean_title, is_credit, looks_like_headline, two_part_headline, without_site,
};
use crate::dates::PartialDate;

/// What reading the page around its main block found.
#[derive(Debug, Default)]
pub(super) struct Page {
    /// The lines left to read: from the headline (or the top) to the end of the block.
    pub lines: Vec<String>,
    /// The headline, when the page had furniture above it and the headline was chosen by score.
    pub title: Option<String>,
    /// A publication date printed outside the lines kept (after the text, or anywhere with a cue).
    pub date: Option<PartialDate>,
    /// A day printed on a short line next to the headline, in no stamp the header reader
    /// understands (`By X Last updated Nov 8, 2023 Share`, a share row ending with the day):
    /// the last resort for the publication date.
    pub near_date: Option<PartialDate>,
    /// A byline printed after the text.
    pub author: Option<String>,
    /// A credit printed after the text, and the outlet it names.
    pub credit: Option<(String, Option<String>)>,
    /// Where the headline and the main block are, for the date's candidates.
    pub layout: super::layout::Layout,
}

impl Page {
    /// The lines as they are, nothing read around them.
    pub(super) fn unread(lines: &[&str]) -> Page {
        Page { lines: lines.iter().map(|l| l.to_string()).collect(), ..Page::default() }
    }
}

/// Lines of furniture before the block from which the text reads as a whole page.
const PAGE_HEAD: usize = 6;
/// Lines of furniture above the block under which a text that opens with a headline is a
/// paste from that headline (a share box, a table of contents, a photo's buttons between it
/// and the text); a page's menus and teasers above run to more.
const PASTED_HEAD: usize = 20;
/// The same after the block.
const PAGE_TAIL: usize = 3;

/// Whether a line carries metadata the header reader wants to see.
fn is_meta(l: &str) -> bool {
    let t = plain(l).0;
    date_stamps(t).is_some()
        || date_with_byline(t).is_some()
        || byline(t).is_some()
        || segmented_byline(t).is_some()
        || names(t).is_some()
        || credit(t).is_some()
        || is_credit(t)
}

/// Whether a line reads as prose: a sentence with function words, or a quotation. Such a
/// line inside the text is a paragraph (a short one, a quote, a list item) and is never
/// dropped as furniture: leaving a little furniture is the lesser evil.
fn is_prose(l: &str) -> bool {
    // A footnote's back link (`↩`) closes its sentence, which may end with no stop of its own
    // (`… ended up costing $20,000 more too ↩`): no menu or button prints one.
    let trimmed = l.trim_end();
    let l = trimmed.trim_end_matches('↩').trim_end();
    let footnote = l.len() < trimmed.len();
    let (t, _) = plain(l);
    let s = signals(l);
    let quote = t.starts_with(['«', '“', '"', '‘', '—', '–']) && s.words >= 3 && s.stop_density > 0.0;
    !s.columns
        && (quote
            || ((s.sentence || footnote)
                && s.words >= 5
                && s.stop_density >= 0.2
                && s.digits_bars < 0.2
                && !is_boilerplate(t)))
}

/// Whether a line reads as an entry of a list the text prints (a reference, a glossary's
/// entry): long, closed as a sentence is, speaking to no reader, no boilerplate nor metadata.
/// In a run of furniture inside the text, such a line is the article's own list, not a box's:
/// menus, buttons and teaser titles do not close as sentences, and the sign-up pitches that
/// do speak to the reader. Entries are no prose (few function words: names, titles, years),
/// so a scholarly article's bibliography and a lexicon's entries went with the box around
/// their section labels (round 61's census of lost paragraphs).
fn closes_as_entry(l: &str) -> bool {
    let t = plain(l).0.trim_end();
    let s = signals(l);
    s.chars >= ENTRY_MIN
        && !s.columns
        && t.ends_with(['.', '!', '?', '…', '»', '"', '”', ')'])
        && !addresses_reader(l)
        && !is_offer(l)
        && !is_boilerplate(t)
        && !is_meta(l)
}

/// Characters from which a line closed as a sentence reads as a list's entry (see
/// [`closes_as_entry`]): a measure's paragraph (measure.py counts those of 80 and more).
const ENTRY_MIN: usize = 80;

/// Whether a page's first line may be its headline: a few words, no list or button mark,
/// not a site's `Title | Site` line nor anything a text browser prints for a control, a frame
/// or a feed. (Its class does not count: a headline printed twice, or in Title Case with no
/// function word, classes as furniture.)
fn opens_as_headline(l: &str) -> bool {
    let (t, bullet) = plain(l);
    let s = signals(l);
    !bullet
        && t.len() == l.trim().len()
        && s.words >= 4
        && (20..=300).contains(&s.chars)
        && !is_boilerplate(t)
        && !is_meta(t)
        // Sentences are a warning, a notice or a standfirst, not a headline's shape.
        && (looks_like_headline(t) || two_part_headline(t))
        && !t.contains(" | ")
        // A breadcrumb, not a `»` closing a quote (`« Non » : le vote…`).
        && breadcrumb_last(t).is_none()
        && !t.contains('_')
        && !t.starts_with(['[', '#'])
        && !t.contains("://")
        && !t.contains("IFRAME")
        && !opens_doubled(t)
}

/// Whether a line opens with a name printed twice, glued or not, and goes on (`Site NameSite
/// NameTagline`): a logo's alternative text and its title, a masthead, never a headline.
fn opens_doubled(t: &str) -> bool {
    let k: Vec<char> = t.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
    // A headline printed twice and nothing else (`TitleTitle`) is the headline: its copy is
    // cut when it is cleaned.
    (6..=k.len() / 2).any(|n| k[..n] == k[n..2 * n] && k.len() > 2 * n)
}

/// Whether the page's first line, `first`, is printed again on one of the next three
/// non-empty lines.
fn first_twice(lines: &[&str], first: usize) -> bool {
    let key =
        |l: &str| plain(l).0.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect::<String>();
    let k = key(lines[first]);
    k.chars().count() >= 4 && lines.iter().skip(first + 1).filter(|l| !l.trim().is_empty()).take(3).any(|l| key(l) == k)
}

/// Whether a line is what a text browser prints for a page's `<link>` elements or a frame
/// (`#alternate alternate`, `#Site » Feed`, `IFRAME: https://…`), never a text's own line.
fn dumped_markup(l: &str) -> bool {
    let t = l.trim();
    let link = t.strip_prefix('#').and_then(|r| r.chars().next()).is_some_and(|c| !c.is_whitespace() && c != '#');
    link || t.starts_with("IFRAME:")
}

/// A line whose text is one sentence printed two or three times (a caption repeated by a
/// text browser: `X. X. X. CREDIT`), with the repeats dropped.
fn collapse_repeats(l: &str) -> Option<String> {
    let t = l.trim();
    for parts in [3usize, 2] {
        // The repeated unit ends with a period and a space; try each such cut.
        for (p, _) in t.match_indices(". ") {
            let unit = &t[..p + 1];
            if unit.chars().count() < 20 {
                continue;
            }
            let mut rest = t;
            let mut n = 0;
            while let Some(r) = rest.strip_prefix(unit) {
                rest = r.trim_start();
                n += 1;
            }
            if n >= parts {
                return Some(format!("{unit} {rest}").trim().to_string());
            }
        }
    }
    None
}

/// Where the text ends, from `from` (the line after the main block, which opens at `start`):
/// a stretch after it up to the next closing heading stays when it is mostly prose
/// (paragraphs after a `Lire aussi` heading or a list the scorer took for furniture); in the
/// first stretch that is not, the text still runs on as far as its prose outweighs the
/// furniture (see [`prose_opening`]), furniture costing what the block's own mix says (see
/// [`furniture_cost`]).
fn tail_end(lines: &[&str], raw: &[Class], cls: &[Class], start: usize, from: usize) -> usize {
    let cost = furniture_cost(lines, raw, start, from);
    let mut end = from;
    // Where the text ends if the stretch from `end` on is not the text.
    let mut kept = from;
    let counts = repeat_counts(lines);
    let own = own_marks(lines, raw, start, from);
    let shapes = own_shapes(lines, raw, start, from);
    let weigh = |i: usize| tail_weight(lines, raw, i, cost, &own, &shapes);
    loop {
        let Some(open) = (end..lines.len()).find(|&i| !lines[i].trim().is_empty()) else { return kept };
        let stop = (open + 1..lines.len()).find(|&i| cls[i] == Class::Closer).unwrap_or(lines.len());
        let filled: Vec<usize> = (open..stop).filter(|&i| !lines[i].trim().is_empty()).collect();
        if !reads_as_text(lines, &filled, &counts) {
            let Some(last) = prose_opening(lines, &filled, &counts, &weigh) else { return kept };
            // The text runs to the end of this stretch but for a little furniture (an ad's
            // label, a row of tags): the closing heading under it may open one more inline
            // box (`Read more` and a teaser) the article goes on under. The next stretch is
            // weighed as this one was, its heading against it.
            let rest: i64 = filled.iter().filter(|&&i| i > last).map(|&i| weigh(i).min(0)).sum();
            // Only after a paragraph of the text's own: a call for donations or a form's
            // sentence above the closing heading is where the text ended (comments follow).
            let paragraph = raw[last] == Class::Good && is_paragraph(lines[last]);
            if stop == lines.len() || -rest > TAIL_REST_MAX || !paragraph {
                return last + 1;
            }
            kept = last + 1;
        } else {
            kept = stop;
        }
        end = stop;
    }
}

/// The marks (see [`super::sections::mark_key`]: a rule, an anchor's button) the main block
/// `start..from` prints between its own text lines: a long read cut into sections prints
/// them again between the sections after the block.
fn own_marks(lines: &[&str], raw: &[Class], start: usize, from: usize) -> std::collections::HashSet<String> {
    let text = |i: &usize| raw[*i] == Class::Good;
    let (Some(first), Some(last)) = ((start..from).find(text), (start..from).rev().find(text)) else {
        return Default::default();
    };
    (first + 1..last).filter_map(|i| section_mark(lines[i])).collect()
}

/// The key of a line that marks a section break (a rule, an anchor's button), not a form's
/// field or a picture a text browser draws in brackets (`[      ]`, `[IMG]`): those stand in
/// sign-up boxes and comment threads as much as between an article's sections.
fn section_mark(l: &str) -> Option<String> {
    super::sections::mark_key(l).filter(|k| !k.contains('['))
}

/// The shapes (see [`shape_key`]) of the furniture the main block `start..from` prints at
/// least [`OWN_SHAPE_MIN`] times between its own text lines: a listicle's product cards
/// (`Acme Kettle on a white background`, `$40 at Acme`), a slideshow's counters and credits
/// (`11/24`, `Photo: Getty`). The article goes on after the block in the same shape.
fn own_shapes(lines: &[&str], raw: &[Class], start: usize, from: usize) -> std::collections::HashSet<String> {
    let text = |i: &usize| raw[*i] == Class::Good;
    let (Some(first), Some(last)) = ((start..from).find(text), (start..from).rev().find(text)) else {
        return Default::default();
    };
    let mut counts: std::collections::HashMap<String, usize> = Default::default();
    for i in first + 1..last {
        if matches!(raw[i], Class::Bad | Class::Short) && !is_prose(lines[i]) {
            if let Some(k) = shape_key(lines[i]) {
                *counts.entry(k).or_default() += 1;
            }
        }
    }
    counts.into_iter().filter(|&(_, n)| n >= OWN_SHAPE_MIN).map(|(k, _)| k).collect()
}

/// How many times the main block must print a shape of furniture between its paragraphs for
/// the same shape after it to weigh as the text's own (see [`own_shapes`]).
const OWN_SHAPE_MIN: usize = 2;

/// The shape of a line of furniture: its first word that is no function word, with the
/// function words before it (`the acme`, `photo:`, `by jane`), in lower case, digits as `0`
/// (`00/00`), marked as a list's item when bulleted (`• best`). None for a line with no word.
pub(super) fn shape_key(l: &str) -> Option<String> {
    let t = plain(l).0;
    let mut key: Vec<String> = Vec::new();
    for w in t.split_whitespace() {
        let k: String = w.to_lowercase().chars().map(|c| if c.is_ascii_digit() { '0' } else { c }).collect();
        let common = super::lexicon::is_common_word(&crate::text::fold(&k));
        key.push(k);
        if !common || key.len() >= 3 {
            break;
        }
    }
    // A list's item is of another shape than a line standing alone: a product's name in a
    // card is not the title of a teaser in a bulleted list opening with the same word.
    let key = if signals(l).bullet { format!("• {}", key.join(" ")) } else { key.join(" ") };
    key.chars().any(char::is_alphanumeric).then_some(key)
}

/// What a line after the main block weighs for the text going on (see [`line_weight`]): the
/// block's own section marks (`own`, see [`own_marks`]) and furniture in the block's own
/// shapes (`shapes`, see [`own_shapes`]: a listicle's next card, a slideshow's next counter)
/// weigh [`MARK_WEIGHT`] only; a closing heading weighs in full.
fn tail_weight(
    lines: &[&str],
    raw: &[Class],
    i: usize,
    cost: i64,
    own: &std::collections::HashSet<String>,
    shapes: &std::collections::HashSet<String>,
) -> i64 {
    if section_mark(lines[i]).is_some_and(|k| own.contains(&k)) {
        return -MARK_WEIGHT * cost / FULL_COST;
    }
    let w = line_weight(lines[i], raw[i], cost);
    if w < 0 && raw[i] != Class::Closer && shape_key(lines[i]).is_some_and(|k| shapes.contains(&k)) {
        return w.max(-MARK_WEIGHT * cost / FULL_COST);
    }
    w
}

/// The furniture (in [`line_weight`]'s terms) that may close a stretch after the text's last
/// paragraph and still let the text go on past the next closing heading: an ad's label, a
/// row of tags, not a sign-up form or a list of links.
const TAIL_REST_MAX: i64 = 300;

/// Whether the lines `at` after the main block are mostly prose: twice as many prose lines
/// as the rest (a teaser list alternates a title, an excerpt and a date, and stays out).
/// Readers' comments are prose too, but each is signed with a name and a stamp; teasers with
/// bylines are items too.
fn reads_as_text(lines: &[&str], at: &[usize], counts: &std::collections::HashMap<String, usize>) -> bool {
    let prose = at.iter().filter(|&&i| is_prose(lines[i])).count();
    prose > 0 && prose * 3 >= at.len() * 2 && signed_stamps(lines, at) < 2 && !reads_as_items(lines, at, counts)
}

/// What a closing heading weighs against the prose after it: an inline `Recommended` box the
/// text goes on under is crossed by a few paragraphs, a `Related` list's excerpts are not.
const CLOSER_WEIGHT: i64 = 400;

/// Characters one prose line counts for at most: a long comment or excerpt does not carry a
/// whole list of furniture after the text.
const PROSE_WEIGHT_MAX: i64 = 400;

/// The furniture (in [`line_weight`]'s terms) one run of lines with no prose in it may hold
/// inside the text: an inline box, a photo with its buttons. A longer run is what follows the
/// text (a comment form, a page's lists).
const FURNITURE_RUN_MAX: i64 = 800;

/// The last line of the opening of a stretch after the main block that is still the text:
/// the prefix of `at` ending on a prose line whose prose (its characters) most outweighs its
/// furniture (each other line as printed, and a little more: a label, a button, a teaser's
/// title and its stamp cost more than a teaser's excerpt brings). A long run of furniture ends
/// the text unless two paragraphs follow it at once (an inline `Related` box the article goes
/// on under). The text going on shows in two prose lines in a row, which no teaser list and
/// no menu prints; a section after the last box crossed whose lines are signed or stamped as
/// items (comments, teasers: see [`reads_as_items`]) is not the text, whatever its prose. A
/// numbered line is no such sign here: a ranking's entries each over paragraphs of their own
/// are its sections. Each line weighs `weight` (see [`tail_weight`]).
fn prose_opening(
    lines: &[&str],
    at: &[usize],
    counts: &std::collections::HashMap<String, usize>,
    weight: &dyn Fn(usize) -> i64,
) -> Option<usize> {
    let paragraph = |i: usize| is_paragraph(lines[i]) && weight(i) > 0;
    let mut score = 0i64;
    let mut run = 0i64;
    let mut section = 0;
    let mut best: Option<(i64, usize, usize)> = None;
    for (n, &i) in at.iter().enumerate() {
        let w = weight(i);
        if w > 0 && run > FURNITURE_RUN_MAX {
            if !(paragraph(i) && at.get(n + 1).is_some_and(|&j| paragraph(j))) {
                break;
            }
            section = n;
        }
        score += w;
        run = if w > 0 { 0 } else { run - w };
        if w > 0 && score > best.map_or(0, |b| b.0) {
            best = Some((score, n, section));
        }
    }
    let (_, n, section) = best?;
    let kept = &at[..=n];
    let prose_pair = kept.windows(2).any(|w| w.iter().all(|&i| weight(i) > 0));
    // A line printed three times or more on the page (`Advertisement`) is the page's, not a
    // sign of this stretch's shape: a thread shows in its signatures.
    let text = &at[section..=n];
    let signs: Vec<usize> =
        text.iter().copied().filter(|&i| !numbered(lines[i]) && !printed_often(lines[i], counts)).collect();
    (prose_pair && signed_stamps(lines, text) < 2 && !reads_as_items(lines, &signs, counts)).then_some(at[n])
}

/// Lines printed this many times on a page are its own furniture (a button, an ad's label).
const PRINTED_OFTEN: usize = 3;

/// Whether a line is printed [`PRINTED_OFTEN`] times or more on the page, and is no stamp (a
/// list of teasers prints the same day under several).
fn printed_often(l: &str, counts: &std::collections::HashMap<String, usize>) -> bool {
    if date_stamps(plain(l).0).is_some() {
        return false;
    }
    counts.get(&repeat_key(l)).is_some_and(|&n| n >= PRINTED_OFTEN)
}

/// Whether a line opens with an item's number (`3. Title`, `12. Conclusion`).
fn numbered(l: &str) -> bool {
    // Not `plain`, which takes the number off with the list marks.
    let t = l.trim_start_matches([' ', '*', '+', '•']);
    let d = t.chars().take_while(char::is_ascii_digit).count();
    (1..=2).contains(&d) && t[d..].starts_with(". ")
}

/// What a line after the main block says of the text going on: its prose characters for, its
/// printed length against (a table's row neither), at `cost` per mille of [`FULL_COST`] (see
/// [`furniture_cost`]; a closing heading always weighs in full). `c` is the line's own
/// class: prose classed as furniture (printed twice on the page, a notice) counts against.
fn line_weight(l: &str, c: Class, cost: i64) -> i64 {
    if c == Class::Table {
        return 0;
    }
    if c == Class::Closer {
        return -CLOSER_WEIGHT;
    }
    if c != Class::Bad && is_prose(l) {
        return (signals(l).chars as i64).min(PROSE_WEIGHT_MAX);
    }
    -(signals(l).printed.min(200) as i64 + 20) * cost / FULL_COST
}

/// What one of the block's own section marks (a rule, an anchor's button; see [`own_marks`])
/// weighs after the block against the text going on: a short label's worth, whatever its
/// printed length. A rule drawn across the page weighed as a teaser's title did, and a long
/// read cut into sections (a rule, a heading, its button, then prose and lists) lost every
/// section after the first the prose of which did not outweigh them.
const MARK_WEIGHT: i64 = 20;

/// Furniture's full cost, per mille.
const FULL_COST: i64 = 1000;

/// What furniture after the main block (the lines `start..from`) costs against the text going
/// on, per mille: the block's prose over [`MIX_FURNITURE`] times its furniture, at most the
/// full cost. An article that prints a product's card or a list between its paragraphs goes
/// on so after a box, and its next paragraph pays for the next card as the ones in the block
/// did; an article of pure prose pays in full for any list after it (a page's teasers).
fn furniture_cost(lines: &[&str], raw: &[Class], start: usize, from: usize) -> i64 {
    let (mut prose, mut furniture) = (0i64, 0i64);
    for i in start..from.min(lines.len()) {
        if lines[i].trim().is_empty() || raw[i] == Class::Closer {
            continue;
        }
        let w = line_weight(lines[i], raw[i], FULL_COST);
        if w > 0 {
            prose += w;
        } else {
            furniture -= w;
        }
    }
    if furniture == 0 {
        return FULL_COST;
    }
    (prose * FULL_COST / (MIX_FURNITURE * furniture)).clamp(0, FULL_COST)
}

/// How many times the block's furniture its prose must outweigh for furniture after the
/// block to cost in full: the text after a box must read at least half as densely as the
/// text before it.
const MIX_FURNITURE: i64 = 2;

/// How many of the lines are signatures of comments (see [`is_comment_signature`]).
pub(super) fn signed_stamps(lines: &[&str], at: &[usize]) -> usize {
    at.iter().filter(|&&i| is_comment_signature(plain(lines[i]).0)).count()
}

/// Whether a line signs a reader's comment: a name and a stamp (`Jane Roe · March 10, 2017
/// at 12:20 AM`, `Par Jean Dupont, le mercredi 15 mai 2019 à 09h23`), or a thread's own
/// signature with no stamp beside the name (`Jane Roe says:`, `December 29, 2014 janeroe:`).
pub(super) fn is_comment_signature(t: &str) -> bool {
    is_signed_stamp(t) || (signs_comment(t) && !introduces_quotation(t))
}

/// `Qcells CEO Justin Lee said:`, `Le ministre a dit :`: a reporter introduces a quotation in
/// the past tense, where a thread signs in the present (`Jane Roe says:`). Counted as a
/// signature, two of them would cut the article's end as a comment thread.
fn introduces_quotation(t: &str) -> bool {
    let head = t.trim().trim_end_matches([':', ' ']);
    [" said", " a dit"].iter().any(|w| head.ends_with(w))
}

/// A name and a stamp on one short line.
pub(super) fn is_signed_stamp(t: &str) -> bool {
    t.chars().count() <= 120 && matches!(date_with_byline(t), Some((_, Some(_))))
}

/// Whether a line is an image's alternative text (`[photo.png] Heads of state gathered in
/// 1949. Getty Images`) closed by a photo credit: two signs of a caption, which no paragraph
/// gives.
fn credited_alt_text(l: &str) -> bool {
    let t = plain(l).0;
    let credit_tail = t
        .trim_end_matches('.')
        .rsplit_once(". ")
        .is_some_and(|(_, tail)| tail.split_whitespace().count() <= 4 && is_photo_credit(tail));
    is_alt_text(l) && (ends_with_credit(t) || credit_tail)
}

/// Characters a cut copy must keep before its `…` to be known as a copy of a longer line.
const CUT_COPY_MIN: usize = 60;

/// Whether `t` is a line of `lines` cut short (`Republican candidates from left, former …
/// more >`): what it says before its `…` opens another, longer line of the page. Dropping it
/// loses no word.
fn cut_copy(t: &str, lines: &[&str]) -> bool {
    let Some((head, _)) = t.split_once('…') else { return false };
    let head = head.trim_end();
    head.chars().count() >= CUT_COPY_MIN
        && lines.iter().any(|l| {
            let o = plain(l).0;
            o.len() > head.len() && o != t && o.starts_with(head) && !o[head.len()..].trim_start().starts_with('…')
        })
}

/// The day of a line that says when the article first ran (`… originally published on …`).
fn original_day(t: &str) -> Option<PartialDate> {
    let lower = t.to_lowercase();
    let p = ORIGINAL_CUES.iter().find_map(|c| lower.find(c))?;
    // Folding case may move byte offsets in some scripts: then the whole line is read.
    let from = t.get(p..).unwrap_or(t);
    super::dateline::day_in(from).map(|(d, _, _)| d)
}

/// How a line saying when an article first ran opens its statement.
const ORIGINAL_CUES: [&str; 4] =
    ["originally published", "first published", "publié initialement", "initialement publié"];

/// Lines above a headline in which a byline printed with its prefix is still its byline.
const BYLINE_ABOVE: usize = 10;

/// Lines around a headline in which a day is read as its publication date: a few above (a
/// stamp over the headline), more below (a standfirst, a caption and buttons may come first).
const NEAR_ABOVE: usize = 4;
const NEAR_BELOW: usize = 12;

/// The day printed nearest to the headline at `ti` on a short line that is not prose (a
/// sentence of the text may name any day), below it first at equal distance.
fn near_day(lines: &[&str], ti: usize) -> Option<PartialDate> {
    let below = (ti + 1..lines.len().min(ti + 1 + NEAR_BELOW)).map(|j| (j - ti, j));
    let above = (ti.saturating_sub(NEAR_ABOVE)..ti).map(|j| (ti - j, j));
    let mut near: Vec<(usize, usize)> = below.chain(above).collect();
    near.sort_by_key(|&(d, j)| (d, j < ti));
    near.into_iter()
        .map(|(_, j)| plain(lines[j]).0)
        .filter(|t| t.chars().count() <= 200 && !is_prose(t) && !is_update_line(t))
        .find_map(|t| super::dateline::day_in(t).map(|(d, _, _)| d))
}

/// Non-empty lines from the top of a light page among which the article's start is looked
/// for (see [`scored_start`]): a skip link, a menu, a breadcrumb, the `<title>` line.
const START_REACH: usize = 6;

/// Non-empty lines under a candidate start read for the signs of an article's opening, and
/// what each weighs by its distance (nearest first): a byline or a stamp right under a
/// headline is its sign; three lines down it may be the next story's.
const START_WEIGHTS: [i32; 3] = [3, 2, 1];

/// What the lines under `c` say of an article starting there: a byline or a publication stamp
/// (2 each, once) and a paragraph (1), weighted by their distance (see [`START_WEIGHTS`]).
fn start_support(lines: &[&str], c: usize) -> i32 {
    let (mut dated, mut signed) = (false, false);
    let mut support = 0;
    let below = (c + 1..lines.len()).filter(|&j| !lines[j].trim().is_empty());
    for (j, w) in below.zip(START_WEIGHTS) {
        let t = plain(lines[j]).0;
        let stamp = date_stamps(t).is_some() || date_with_byline(t).is_some();
        let name = matches!(byline(t), Some(Some(_))) || segmented_byline(t).is_some();
        if stamp && !dated {
            dated = true;
            support += 2 * w;
        } else if name && !signed {
            signed = true;
            support += 2 * w;
        } else if is_paragraph(lines[j]) {
            support += w;
        }
    }
    support
}

/// Whether a line above a candidate start is the page's, not the article's: no prose and no
/// byline or stamp (a paste may open with those), and one of the signs of navigation: a
/// notice or a button's label ([`is_boilerplate`]), a row of links or a breadcrumb (`Home |
/// World`, `Accueil › Monde`), a section's label over a headline ([`is_kicker`](super::title::is_kicker)),
/// the candidate printed with the site's name (`Headline | Site`), or words of which none
/// comes back in the text (`Skip to main content`, `Menu`): a headline is about its text.
fn navigates(lines: &[&str], i: usize, candidate: &str, opening: &std::collections::HashSet<String>) -> bool {
    let t = plain(lines[i]).0;
    let key = |l: &str| l.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect::<String>();
    let (k, ck) = (key(t), key(candidate));
    // A line as long as a paragraph is one, whatever its signs (a standfirst in another script
    // shares no word with the text), unless it prints the candidate (`Headline | Site`):
    // dropped above the start, it would be lost.
    let copy = ck.chars().count() >= 12 && k.len() > ck.len() && k.contains(&ck);
    if signals(t).chars >= NAV_LINE_MAX && !copy {
        return false;
    }
    if is_boilerplate(t) {
        return true;
    }
    if is_prose(t) || is_meta(t) {
        return false;
    }
    let stem = |w: &str| w.chars().take(5).collect::<String>();
    let stems: std::collections::HashSet<String> = opening.iter().map(|w| stem(w)).collect();
    let words = super::title::content_words(t);
    let rest: Vec<&str> = lines[i + 1..].to_vec();
    t.contains(" | ")
        || breadcrumb_last(t).is_some()
        || copy
        || super::title::is_kicker(t, &rest)
        || !words.iter().any(|w| stems.contains(&stem(w)))
}

/// Characters from which a line that does not print the candidate is no longer
/// read as navigation (a skip link, a menu's row, a site's tagline are shorter).
const NAV_LINE_MAX: usize = 80;

/// Where the article starts on a light page that the rules read from its first line: of the
/// first [`START_REACH`] non-empty lines above its first paragraph, the headline-shaped one with the most support
/// under it (see [`start_support`]), provided every line above it navigates (see
/// [`navigates`]). The first line wins ties, so a paste from the headline (whose byline or
/// standfirst sits under its first line) keeps it, a one-word headline too; a short page's
/// skip link, menu, breadcrumb or `<title>` line give way to the headline under them.
/// `None` when the first line stays.
fn scored_start(lines: &[&str], cls: &[Class], first: usize) -> Option<usize> {
    // The header: the lines above the first paragraph (the main block may open higher, on a
    // French `<title>` line, whose function words read as text).
    let text = (first..lines.len()).find(|&i| is_paragraph(lines[i])).unwrap_or(lines.len());
    let opening = super::title::opening_words(lines, cls, text);
    let filled: Vec<usize> = (first..text).filter(|&i| !lines[i].trim().is_empty()).collect();
    let mut best = (start_support(lines, first), first);
    for (n, &c) in filled.iter().enumerate().take(START_REACH).skip(1) {
        let t = plain(lines[c]).0;
        let shaped = signals(lines[c]).words >= 2
            && (looks_like_headline(t) || two_part_headline(t))
            && !is_meta(t)
            && !is_prose(t)
            && !is_boilerplate(t)
            && breadcrumb_last(t).is_none()
            && !t.contains(" | ");
        if !shaped || !filled[..n].iter().all(|&i| navigates(lines, i, t, &opening)) {
            continue;
        }
        let support = start_support(lines, c);
        if support > best.0 {
            best = (support, c);
        }
    }
    (best.1 != first).then_some(best.1)
}

/// A first line the rules read past to the headline: a breadcrumb ending with it, or a picture's
/// credit above it.
fn read_by_rules(first: &str) -> bool {
    super::title::breadcrumb_last(first).is_some() || super::title::is_credit(first)
}

/// Reads a page around its main block. A text pasted from its headline down comes back
/// unchanged but for the furniture after its end and the menus inside it.
pub(super) fn read_page(lines: &[&str]) -> Page {
    let mut page = Page::default();
    let raw = raw_classes(lines);
    let cls = smooth(&raw);
    let Some((bs, be)) = main_block(lines, &cls) else {
        page.lines = lines.iter().map(|l| l.to_string()).collect();
        return page;
    };
    let furniture = |c: Class| matches!(c, Class::Bad | Class::Closer);
    // Furniture by its own signs, not by its neighbours: a header's short lines are not.
    let head_furniture = (0..bs).filter(|&i| furniture(raw[i])).count();
    let tail_furniture = (be + 1..lines.len()).filter(|&i| furniture(raw[i])).count();
    let tail_closer = (be + 1..lines.len()).any(|i| cls[i] == Class::Closer);
    let first_line = (0..lines.len()).find(|&i| !lines[i].trim().is_empty()).unwrap_or(0);
    // A paste from the headline down opens with its headline; a share box or a table of
    // contents under it is not a page's furniture above the text. Such a first line gives
    // way to scored headlines only on clear evidence of a page around the text.
    let headline_first = first_line < bs && opens_as_headline(lines[first_line]);
    // A text browser prints a page's `<link>` and frame elements first (`#alternate`,
    // `IFRAME: …`): under them is a whole page, however few menus it has.
    let whole_head = head_furniture >= PAGE_HEAD || (head_furniture > 0 && dumped_markup(lines[first_line]));
    // The first line stays the headline unless the furniture above the text is a page's.
    let keep_first = headline_first && head_furniture < PASTED_HEAD;
    // A first line none of whose words come back in the text's opening is a row of the
    // site's names (`Site Daily News The Cut Grub Street`), not the headline: the scored
    // choice decides.
    let about_text = |l: &str| {
        let words = super::title::content_words(l);
        // The text under the line and the main block's: a short article may be outweighed by
        // the teasers after it.
        let mut opening = super::title::opening_words(lines, &cls, first_line + 1);
        opening.extend(super::title::opening_words(lines, &cls, bs));
        words.len() < 2 || words.iter().any(|w| opening.contains(w))
    };
    // A first line printed again right under it is a masthead (a logo's text, then the site's
    // name): a whole page, however little furniture it has, whose headline is scored.
    let masthead = first_twice(lines, first_line);
    let keep_first = keep_first && about_text(lines[first_line]) && !masthead;
    let cut_tail = tail_furniture >= PAGE_TAIL || tail_closer;

    // The runner-up headlines are kept for the byline's and the date's windows.
    let chosen = match (whole_head, keep_first) {
        (true, true) => None,
        (true, false) => best_title(lines, &cls, (bs, be)),
        // A page with little furniture above its text that opens with a masthead printed twice
        // (`Site NameSite NameTagline`) has its headline scored too: it is no paste from the
        // headline down. So has one whose first line is not shaped as a headline and shares
        // no word with its text (`Skip to content`, a kicker: `Old school`): the test a first
        // line passes to stay the headline of a heavier page, which the rules' reading never
        // made (a witty headline of four words or more shares none and stays); a breadcrumb or a
        // picture's credit, which the rules read past, is no such line. Other light pages keep the
        // rules' reading: scoring them all lost selections' titles (a longer standfirst under a
        // short headline outscores it).
        (false, false) if masthead || opens_doubled(plain(lines[first_line]).0) => best_title(lines, &cls, (bs, be)),
        (false, _)
            if !headline_first && !about_text(lines[first_line]) && !read_by_rules(plain(lines[first_line]).0) =>
        {
            best_title(lines, &cls, (bs, be))
        }
        (false, _) => None,
    };
    // A light page the rules would read from its first line: the start is a scored choice
    // among its first lines, a skip link or a menu over the headline giving way.
    let scored = if !whole_head && chosen.is_none() { scored_start(lines, &cls, first_line) } else { None };
    let title_at = if whole_head && keep_first { Some(first_line) } else { chosen.map(|c| c.line).or(scored) };
    let start = match title_at {
        Some(t) => {
            let title = clean_title(plain(lines[t]).0);
            // The first line of a whole page is its `<title>`: `Headline | Site`.
            let scored_first = t == first_line && !keep_first;
            page.title = Some(if scored_first { without_site(&title).to_string() } else { title });
            t + 1
        }
        None if whole_head => bs,
        None => 0,
    };
    if let Some(ti) = title_at {
        page.near_date = near_day(lines, ti);
    }
    page.layout = super::layout::Layout {
        headline: title_at,
        block: Some((bs, be)),
        others: chosen.map_or([None; 2], |c| c.others),
    };
    let end = if cut_tail { tail_end(lines, &raw, &cls, bs, be + 1) } else { lines.len() };
    // Past a paywall's notice, nothing is the article (its offers read like prose).
    let end = (bs..end).find(|&i| is_paywall(lines[i])).unwrap_or(end);
    // Past a person's card after the text (a picture named for a person over the name: a
    // reader's comment, the writer's box), nothing is the article: a thread's comments read
    // as prose, and the box's biography and links grew the block over them. After the text
    // only: an article stands above the card, and more of it than of prose under it (a
    // byline's card under a lede and over the rest of the story cuts no story). A picture
    // named as any photo could be (`Photo of Jane Roe`) over the name may be the article's
    // own photo captioned with it: it ends the text only near its end, under a third of the
    // prose above.
    let from = bs.max(start);
    let prose = |r: std::ops::Range<usize>| -> usize {
        r.filter(|&j| is_paragraph(lines[j])).map(|j| signals(lines[j]).chars).sum()
    };
    let end = (from..end)
        .find(|&i| {
            person_card(lines, i) && {
                let above: Vec<usize> = (from..i).filter(|&j| !lines[j].trim().is_empty()).collect();
                let weight = if generic_picture(lines[i]) { 3 } else { 1 };
                enough_before(lines, &above) && weight * prose(i..end) < prose(from..i)
            }
        })
        .unwrap_or(end);

    // `This story was originally published December 22, 2023, 11:09 AM.`: the page says when
    // the article first ran, wherever that line stands; a stamp after the text may be a
    // teaser's.
    page.date = lines.iter().map(|l| plain(l).0).filter(|t| t.chars().count() <= 160).find_map(original_day);
    // Fallbacks: what is printed outside the lines kept.
    for (i, l) in lines.iter().enumerate() {
        if (start..end).contains(&i) {
            continue;
        }
        let t = plain(l).0;
        if t.chars().count() > 120 {
            continue;
        }
        let lower = t.to_lowercase();
        let cued = PUBLISH_CUES.iter().any(|c| lower.starts_with(c));
        let near_title = title_at.is_some_and(|ti| i < ti && ti - i <= 4);
        if cued || near_title || (i > be && i <= be + 6) {
            if let Some(s) = date_stamps(t) {
                if page.date.is_none() && !is_update_line(t) {
                    page.date = s.published;
                }
            }
        }
        // A byline printed as one (`By X, Contributing Editor`) may stand further above the
        // headline, over a kicker, a column's name and its blurb.
        let byline_above = title_at.is_some_and(|ti| i < ti && ti - i <= BYLINE_ABOVE);
        if byline_above && !near_title && page.author.is_none() {
            if let Some(Some(n)) = byline(t) {
                page.author = Some(n);
            }
        }
        if near_title && page.author.is_none() {
            // A byline printed above the headline, or a bare name over or under a date line
            // there (`Jane Roe/`, then `November 28, 2016`).
            let bare = t.trim_end_matches(['/', '|', '·', ',', ' ']);
            let dated = |j: Option<usize>| j.is_some_and(|j| date_stamps(plain(lines[j]).0).is_some());
            let prev = (0..i).rev().find(|&j| !lines[j].trim().is_empty());
            let next = (i + 1..lines.len()).find(|&j| !lines[j].trim().is_empty());
            match byline(bare) {
                Some(Some(n)) => page.author = Some(n),
                _ if dated(prev) || dated(next) => page.author = names(bare),
                _ => {}
            }
        }
        let first_after =
            (be + 1..lines.len()).find(|&j| !plain(lines[j]).0.is_empty() && !is_boilerplate(plain(lines[j]).0));
        if i > be && i <= be + 6 && page.author.is_none() {
            if let Some(Some(n)) = byline(t) {
                page.author = Some(n);
            } else if let Some(n) = Some(i).filter(|&i| Some(i) == first_after).and_then(|_| closing_name(t)) {
                // A bare name right after the last paragraph signs it.
                page.author = Some(n);
            } else if page.credit.is_none() {
                page.credit = credit(t);
            }
        }
    }

    // Inside the text, a run of three furniture lines or more is a box (related links, a
    // sign-up form, a teaser list): it goes whole, bylines and dates in it too.
    let mut in_box = vec![false; lines.len()];
    let mut run: Vec<usize> = Vec::new();
    // Before the fourth text line, a box may hold the byline and date: those stay (a
    // standfirst and a caption, which read as text, may come before them). From the headline
    // when the block opens above it, with a list of teasers.
    let opening = (bs.max(start)..lines.len()).filter(|&i| cls[i] == Class::Good).nth(3).unwrap_or(bs);
    // A line of a sign-up box or an offer speaks to the reader: in a run of furniture it
    // counts as furniture even when it reads as a sentence.
    let offer = |i: usize| {
        is_form(lines[i])
            || (signals(lines[i]).chars < 160
                && (is_offer(lines[i]) || (raw[i] != Class::Good && addresses_reader(lines[i]) && !is_prose(lines[i]))))
    };
    // A short line that is not prose (a label, a form field) goes with the box around it
    // when most of the box is furniture.
    let mut boxed = 0;
    let last = end.max(be + 1).min(lines.len());
    // The text may open before the block does (the run of most text began under a box inside
    // the article): boxes are looked for from its first paragraph, never across the header.
    let box_from = (start..bs).find(|&i| is_paragraph(lines[i])).unwrap_or(bs);
    for i in box_from..=last {
        if i < last && (lines[i].trim().is_empty() || raw[i] == Class::Table) {
            continue;
        }
        let counted = i < last && (furniture(raw[i]) || offer(i));
        if counted || (i < last && raw[i] == Class::Short && !is_prose(lines[i]) && !is_meta(lines[i])) {
            boxed += usize::from(counted);
            run.push(i);
            continue;
        }
        if boxed >= 3 && boxed * 2 >= run.len() {
            run.iter()
                // A byline closing the text is read after this.
                .filter(|&&j| {
                    ((j > opening && j <= be) || !is_meta(lines[j]))
                        && ((!is_prose(lines[j]) && !closes_as_entry(lines[j])) || offer(j))
                })
                .for_each(|&j| in_box[j] = true);
        }
        run.clear();
        boxed = 0;
    }
    let mut seen: Vec<String> = Vec::new();
    let cut_alike = super::line::cut_alike(lines);
    // A box the block was grown over (`A lire aussi`, a title, its excerpt, its byline).
    let inner_box = inner_boxes(lines, &cls, bs, be);
    for (i, l) in lines.iter().enumerate().take(end).skip(start) {
        let (t, _) = plain(l);
        let s = signals(l);
        let marked = t.len() < l.trim().len() && !s.bullet;
        let blank = if i < bs {
            // Above the text: in a whole page, everything but metadata; in a paste from the
            // headline, menus and buttons only (the headline and its kicker are short too).
            if whole_head {
                furniture(cls[i]) && !is_meta(l)
            } else {
                // A line with no word (a share counter, a rule) is neither.
                furniture(raw[i])
                    && !is_meta(l)
                    && i != first_line
                    && (s.bullet || marked || s.words == 0)
                    && !is_prose(l)
            }
        } else {
            // Inside and after the text: menus, buttons and lines printed twice, never prose.
            furniture(raw[i]) && !is_meta(l) && !is_prose(l) && (s.bullet || marked || seen.iter().any(|k| k == t))
        };
        // What a page embeds (a player's address, image names, a table's rows: its cells read
        // as a list of dates, not a story), and in a whole page the
        // captions of its photos, closed by a credit or printed twice on one line, and its
        // teaser cards (a title printed twice, stamps glued to titles, excerpts cut to one
        // length): not text. Their
        // sentences read as prose, and their days became the dossier's events.
        let embedded = is_embed_junk(l)
            || inner_box[i]
            || raw[i] == Class::Table
            // In a paste too, an image's alternative text closed by its credit is a caption.
            || credited_alt_text(l)
            || (whole_head
                // An image's name before a byline (`[e3d6d9] By Jane Roe`) is no alt text.
                && (ends_with_credit(t) || (is_alt_text(l) && byline(t).is_none()) || collapse_repeats(l).is_some() || is_card(l) || cut_alike[i]));
        if raw[i] == Class::Table {
            // A listing's or a table's rows: dropped, but the text either side of them stays
            // two paragraphs (see [`super::body::DROPPED`]).
            page.lines.push(super::body::DROPPED.to_string());
            continue;
        }
        if blank || in_box[i] || embedded {
            page.lines.push(String::new());
            continue;
        }
        if i < bs && is_meta(l) {
            // Metadata as the header reader expects it: no list or button marks.
            page.lines.push(t.to_string());
            continue;
        }
        if cut_copy(t, lines) {
            // A line printed in full elsewhere, cut here (`… more >`): its words are there.
            page.lines.push(String::new());
            continue;
        }
        if s.chars > 0 && s.chars < 300 {
            if seen.iter().any(|k| k == t) && i >= bs {
                // A caption printed again.
                page.lines.push(String::new());
                continue;
            }
            seen.push(t.to_string());
        }
        match collapse_repeats(l) {
            Some(c) => page.lines.push(c),
            None => page.lines.push(l.to_string()),
        }
    }
    page
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_line_closed_as_a_sentence_to_no_reader_is_a_list_entry() {
        assert!(closes_as_entry(
            "Martin J. / Durand P. (2004), Une histoire comparée des langues du monde. Lyon : Presses."
        ));
        assert!(closes_as_entry(
            "Gua. bolo \"une sorte de poisson de rivière\" / kik. mbolo \"poisson\" ; kim. bolo \"petit poisson\""
        ));
        // A teaser's title does not close as a sentence; a sign-up pitch speaks to the reader.
        assert!(!closes_as_entry(
            "Ten Things Nobody Tells You About Moving to a Small Town in the Middle of Winter Season"
        ));
        assert!(!closes_as_entry(
            "Sign up to get the best stories of the week, and great deals, as picked by the editors."
        ));
        assert!(!closes_as_entry(
            "En vous inscrivant, vous acceptez les conditions générales et notre politique de données."
        ));
        // Short lines are labels, whatever their stop.
        assert!(!closes_as_entry("Martin J. (2004), Une histoire. Lyon."));
    }

    #[test]
    fn an_entry_inside_a_box_of_section_labels_stays() {
        let para = "Les chercheurs ont montré que la langue de cette région garde des mots anciens venus de plusieurs familles.";
        let entry = "Martin J. / Durand P. (2004), Histoire comparée, langues anciennes, parlers côtiers. Lyon : Presses universitaires.";
        let lines = [
            "Une histoire des langues de la région",
            "",
            para,
            "",
            "Le second groupe de mots, plus récent, vient du commerce avec les côtes, et il est resté dans le parler.",
            "",
            "Environnement",
            "",
            "a) Faune",
            "",
            "• Poissons",
            "",
            entry,
            "",
            "b) Flore",
            "",
            "Ces mots montrent enfin que les échanges entre les deux rives ont été longs et suivis pendant des siècles.",
            "",
            "Les auteurs concluent que la langue garde ainsi la mémoire de ces échanges anciens entre les peuples.",
        ];
        // No prose (hardly a function word): only its shape as an entry keeps it in the box.
        assert!(!is_prose(entry) && closes_as_entry(entry));
        let page = read_page(&lines);
        assert!(page.lines.iter().any(|l| l == entry), "{:?}", page.lines);
        assert!(!page.lines.iter().any(|l| l.contains("Poissons")), "{:?}", page.lines);
    }

    #[test]
    fn a_footnote_closed_by_its_back_link_is_prose() {
        assert!(is_prose(
            " 3. Although the Model S was first sold for $59,900, the Roadster ended up costing more too ↩"
        ));
        assert!(!is_prose("Although the Model S was first sold for $59,900, the Roadster ended up costing more too"));
    }

    #[test]
    fn an_image_text_closed_by_a_credit_is_a_caption() {
        assert!(credited_alt_text(
            "[grey-placeholder.png] Getty Images Heads of state gathered in Washington in April 1949. Getty Images"
        ));
        assert!(!credited_alt_text("Heads of state gathered in Washington in April 1949. Getty Images"));
        assert!(!credited_alt_text(
            "[map.png] A map shows the founder members shaded dark red. The others joined later on."
        ));
    }

    #[test]
    fn a_line_cut_short_under_itself_in_full_is_a_copy() {
        let full = "Republican candidates from left, former New Jersey Gov. Chris Christie and former UN Ambassador Nikki Haley stand on stage before the debate.";
        let cut = "Republican candidates from left, former New Jersey Gov. Chris Christie and former … more >";
        let lines = [full, cut];
        assert!(cut_copy(cut, &lines));
        assert!(!cut_copy(full, &lines));
        // A sentence that stops on its own `…` copies nothing.
        let alone = "Republican candidates from left, former New Jersey Gov. Chris Christie and … waited.";
        assert!(!cut_copy(alone, &[alone, "Another line"]));
    }

    #[test]
    fn a_line_saying_when_the_story_first_ran_dates_it() {
        let d = original_day("This story was originally published December 22, 2023, 11:09 AM.");
        assert_eq!(d.map(|d| d.to_string()).as_deref(), Some("2023-12-22"));
        let d = original_day("Cet article a été publié initialement le 3 mars 2021.");
        assert_eq!(d.map(|d| d.to_string()).as_deref(), Some("2021-03-03"));
        assert!(original_day("Published December 22, 2023").is_none());
    }

    #[test]
    fn teaser_cards_leave_a_whole_page_and_the_text_stays() {
        let para = "Le président a déclaré jeudi que les troupes seraient retirées de la frontière avant la fin du mois, selon un communiqué.";
        let para2 = "Les observateurs ont toutefois noté que les exercices militaires se poursuivaient dans la région, comme chaque année à cette période.";
        let para3 = "Le ministère a précisé mardi que les manœuvres dureraient encore deux semaines et qu'aucune troupe ne franchirait la ligne.";
        let card = "Faut-il croire aux horoscopes ? Faut-il croire aux horoscopes ? Levez les yeux au ciel par une belle nuit claire d’été.";
        let card2 = "Bénévolat : comment trouver une activité ? Bénévolat : comment trouver une activité ? Certains ont la fibre sociale depuis 2019.";
        let glued = "28.12Les métiers du jeu vidéo en 2024 : FX Artist14.12Les métiers du jeu vidéo en 2023 : Game Artist27.11Les métiers";
        let mut page = vec!["* Accueil", "* Monde", "* Politique", "* Sport", "* Culture", "* Vidéos", "* Podcasts"];
        page.extend(["Les troupes quittent la frontière", "Par Marie Dupont", para, para2, card, para3, card2, glued]);
        let p = read_page(&page);
        let kept: Vec<&str> = p.lines.iter().map(String::as_str).filter(|l| !l.is_empty()).collect();
        for l in [para, para2, para3] {
            assert!(kept.contains(&l), "{l} lost");
        }
        for l in [card, card2, glued] {
            assert!(!kept.contains(&l), "{l} kept");
        }
    }

    #[test]
    fn a_caption_printed_three_times_is_printed_once() {
        let l = "Le président à Minsk, le 19 décembre. Le président à Minsk, le 19 décembre. Le président à Minsk, le 19 décembre. AFP";
        assert_eq!(collapse_repeats(l).as_deref(), Some("Le président à Minsk, le 19 décembre. AFP"));
        assert_eq!(collapse_repeats("Une phrase. Une autre phrase."), None);
    }

    #[test]
    fn a_stamp_in_pieces_and_a_byline_after_an_image_name_stay_over_the_text() {
        let para = "The agency said on Wednesday that this year will almost certainly be the warmest ever recorded, after a record October.";
        let para2 = "The average temperature this year was already well above the previous records, and the trend would continue, it said.";
        let mut page = vec!["* Home", "* News", "* World", "* Science", "* Health", "* Sport", "* Video"];
        page.extend([
            "Scientists confirm this year as the hottest ever recorded",
            "Science, News, Top Story 1 | Published: 5 hours ago | Written by Jane Roe",
            "[e3d6d9295d] By John Doe Share",
            "* Share on Facebook",
            para,
            para2,
        ]);
        let p = read_page(&page);
        let kept: Vec<&str> = p.lines.iter().map(String::as_str).filter(|l| !l.is_empty()).collect();
        assert!(kept.contains(&"Science, News, Top Story 1 | Published: 5 hours ago | Written by Jane Roe"));
        assert!(kept.iter().any(|l| l.ends_with("By John Doe Share")), "{kept:?}");
    }

    #[test]
    fn a_row_of_site_names_first_is_no_headline_and_a_day_by_the_headline_dates_it() {
        let para = "The council voted on Tuesday to keep the small theatres of the city open all year, after a long campaign by the neighbours.";
        let para2 = "The mayor said the money would come from the budget for events, and that the theatres would have to share their stages.";
        let mut page = vec!["Example Daily Metro The Cut Grub Street Science Desk Bedford Avenue", ""];
        page.extend(["* Home", "* News", "* Sport", "* Culture", "* Travel", "* Video", "* Weather"]);
        page.extend(["Council keeps the small theatres open all year"]);
        page.extend(["By Jane Roe Share Tweet Email Print September 7, 2016 8:00 PM", para, para2]);
        let p = read_page(&page);
        assert_eq!(p.title.as_deref(), Some("Council keeps the small theatres open all year"));
        assert_eq!(p.near_date, crate::ingest::dateline::parse_written_date("September 7, 2016"));
        // A day named in the text is no stamp.
        assert_eq!(
            near_day(
                &[
                    "Title of the story here",
                    para,
                    "It opened on September 7, 2016, and the council has been arguing about its stage ever since then."
                ],
                0
            ),
            None
        );
    }

    #[test]
    fn a_whole_page_is_cut_to_its_headline_and_text() {
        let para = "Le président a déclaré jeudi que les troupes seraient retirées de la frontière avant la fin du mois, selon un communiqué.";
        let para2 = "Les observateurs ont toutefois noté que les exercices militaires se poursuivaient dans la région, comme chaque année à cette période.";
        let mut page =
            vec!["* Accueil", "* International", "* Politique", "* Société", "* Sport", "* Culture", "* Vidéos"];
        page.extend([
            "International",
            "Les troupes quittent la frontière",
            "Par Marie Dupont",
            "Publié le 12 mars 2023 à 14h05",
            "* Partager sur Facebook",
            para,
            para2,
            "Les plus lus",
            "* Une autre histoire",
            "* Encore une autre",
            "Publié le 1 janvier 2020",
        ]);
        let p = read_page(&page);
        assert_eq!(p.title.as_deref(), Some("Les troupes quittent la frontière"));
        let kept: Vec<&str> = p.lines.iter().map(String::as_str).filter(|l| !l.is_empty()).collect();
        assert_eq!(kept, vec!["Par Marie Dupont", "Publié le 12 mars 2023 à 14h05", para, para2]);
    }

    #[test]
    fn a_person_s_card_after_the_text_ends_it_but_not_the_writer_s_card_over_it() {
        use super::super::line_signals::PARA2;
        const PARA3: &str = "Officials in the capital said that the exercises had been planned for months and that they were no threat to anyone.";
        const PARA4: &str = "Observers noted, however, that the number of troops taking part was the largest since the border was drawn in the treaty.";
        let mut page = vec!["* Home", "* News", "* Opinion", "* Sign in", "The drills will last two weeks"];
        // The writer's card over the text stays a byline's place, not the text's end.
        page.extend(["Jane Roe's avatar", "Jane Roe", "Dec 12, 2025", "", PARA2, "", PARA3, "", PARA4, ""]);
        let kept = |p: &Page| p.lines.iter().filter(|l| !l.trim().is_empty()).cloned().collect::<Vec<String>>();
        let alone = read_page(&page);
        assert!(kept(&alone).iter().any(|l| l == PARA4));
        // A reader's comment under the text, headed by its card: the comment reads as prose.
        let comment =
            "I think the drills matter less than the talks that will follow them, and that the ministry knows it well.";
        page.extend([
            "Discussion about this post",
            "",
            "John Doe's avatar",
            "John Doe",
            "4d",
            "",
            comment,
            "",
            "Reply",
        ]);
        let p = read_page(&page);
        assert!(kept(&p).iter().any(|l| l == PARA2) && kept(&p).iter().any(|l| l == PARA4));
        assert!(!kept(&p).iter().any(|l| l == comment), "{:?}", kept(&p));
        // A card under the opening paragraphs, over more of the story than they hold, is the
        // byline's: the story goes on under it.
        let mut lede = vec!["* Home", "* News", "* Opinion", "* Sign in", "The drills will last two weeks"];
        lede.extend([PARA2, "", PARA3, "", PARA4, "", "Headshot of Jane Roe", "Jane Roe", ""]);
        let rest = [
            "The drills, the ministry added, would be watched by observers from three neighbouring countries and the press.",
            "Farmers near the border said that they had been told to keep their herds away from the fields for the whole month.",
            "A spokesman for the opposition said that the government had not told parliament how much the exercises would cost.",
            "The last exercises of this size took place ten years ago, when the treaty was still being negotiated in the capital.",
        ];
        for r in rest {
            lede.extend([r, ""]);
        }
        let p = read_page(&lede);
        assert!(rest.iter().all(|r| kept(&p).iter().any(|l| l == r)), "{:?}", kept(&p));
        // The article's own photo of a person, captioned with the name, in its lower half:
        // named as any photo could be, it cuts only near the end, and the story goes on.
        let mut photo = vec!["* Home", "* News", "* Opinion", "* Sign in", "The drills will last two weeks"];
        photo.extend([PARA2, "", PARA3, "", PARA4, "", rest[0], "", rest[1], ""]);
        photo.extend(["Photo of Jane Roe", "Jane Roe", "", rest[2], "", rest[3], ""]);
        let p = read_page(&photo);
        assert!(rest.iter().all(|r| kept(&p).iter().any(|l| l == r)), "{:?}", kept(&p));
    }

    #[test]
    fn a_paste_from_the_headline_keeps_it_over_a_share_box() {
        // The body speaks of what the headline names, as a real article does: a first line
        // that nothing below takes up is not kept as the headline (title.rs).
        let para = "La tempête attendue jeudi en Nouvelle-Aquitaine devrait apporter des rafales de 120 km/h sur le littoral, selon un communiqué.";
        let para2 = "Les observateurs ont toutefois noté que la tempête pourrait faiblir avant d'atteindre l'intérieur des terres, comme l'an dernier.";
        let mut page = vec!["Tempête : à quoi s’attendre en Nouvelle-Aquitaine ?", ""];
        page.extend(["Un standfirst qui résume l'affaire en quelques mots choisis pour le lecteur pressé"]);
        page.extend(["0 commentaire 0 partage", "* Partager sur Facebook", "* Partager sur Twitter"]);
        page.extend(["* Partager sur Messenger", "* Imprimer", "* Envoyer par Mail", "* Sauvegarder l'article"]);
        page.extend([para, para2]);
        let p = read_page(&page);
        assert_eq!(p.title.as_deref(), Some("Tempête : à quoi s’attendre en Nouvelle-Aquitaine ?"));
        let kept: Vec<&str> = p.lines.iter().map(String::as_str).filter(|l| !l.is_empty()).collect();
        assert!(kept.ends_with(&[para, para2]));
        assert!(!kept.iter().any(|l| l.contains("Partager")));
    }

    #[test]
    fn a_sign_up_box_goes_whole_but_a_sentence_to_the_reader_stays() {
        let para = "Le président a déclaré jeudi que les troupes seraient retirées de la frontière avant la fin du mois, selon un communiqué.";
        let para2 = "Les observateurs ont toutefois noté que les exercices militaires se poursuivaient dans la région, comme chaque année à cette période.";
        let you = "« Si vous habitez la région, vous les avez entendus », a-t-il ajouté devant les journalistes.";
        let mut page = vec!["* Accueil", "* Monde", "* Politique", "* Sport", "* Culture", "* Vidéos", "* Podcasts"];
        page.extend(["Les troupes quittent la frontière", "Par Marie Dupont", para, para2, you]);
        page.extend(["Le journal du soir", "Recevez l’information analysée par la rédaction.", "Votre adresse email"]);
        page.push("* S'inscrire");
        page.extend(["En vous inscrivant, vous acceptez nos conditions générales et notre politique.", "Merci !"]);
        let para3 = "Le ministère a précisé mardi que les manœuvres dureraient encore deux semaines et qu'aucune troupe ne franchirait la ligne.";
        let para4 = "Selon plusieurs diplomates, cette annonce vise surtout à apaiser les voisins avant le sommet prévu au début du mois prochain.";
        page.extend([para3, para4]);
        let p = read_page(&page);
        let kept: Vec<&str> = p.lines.iter().map(String::as_str).filter(|l| !l.is_empty()).collect();
        assert!(kept.contains(&you) && kept.contains(&para4));
        assert!(!kept.iter().any(|l| l.contains("inscri") || l.contains("Recevez")), "{kept:?}");
    }

    #[test]
    fn prose_inside_the_text_and_after_a_closing_heading_stays() {
        let para = "Le président a déclaré jeudi que les troupes seraient retirées de la frontière avant la fin du mois, selon un communiqué.";
        let para2 = "Les observateurs ont toutefois noté que les exercices militaires se poursuivaient dans la région, comme chaque année à cette période.";
        let para3 = "Le ministère a précisé mardi que les manœuvres dureraient encore deux semaines et qu'aucune troupe ne franchirait la ligne.";
        let para4 = "Selon plusieurs diplomates, cette annonce vise surtout à apaiser les voisins avant le sommet prévu au début du mois prochain.";
        let short = "Elle a refusé de commenter la décision.";
        let quote = "« Nous ne reculerons pas », a-t-il dit.";
        let mut page = vec!["* Accueil", "* Monde", "* Politique", "* Sport", "* Culture", "* Vidéos", "* Podcasts"];
        page.extend(["Les troupes quittent la frontière", "Par Marie Dupont", para, para3]);
        page.extend(["* Partager", "* Imprimer", short, quote, "* Envoyer", para2, para4]);
        let p = read_page(&page);
        let kept: Vec<&str> = p.lines.iter().map(String::as_str).filter(|l| !l.is_empty()).collect();
        for l in [short, quote] {
            assert!(kept.contains(&l), "{l} lost");
        }
        assert!(!kept.iter().any(|l| l.contains("Partager")));

        // After the text: a stretch of prose under a closing heading stays, a menu goes.
        let tail = [para, para2, "Sur le même sujet", para3, para4, "Les plus lus", "* Accueil", "* Monde"];
        let cls = smooth(&raw_classes(&tail));
        assert_eq!(tail_end(&tail, &raw_classes(&tail), &cls, 0, 2), 5);
        let teasers = [para, "Les plus lus", "Un titre", para3, "12 mars 2023", "Un autre titre", "* Monde"];
        let cls = smooth(&raw_classes(&teasers));
        assert_eq!(tail_end(&teasers, &raw_classes(&teasers), &cls, 0, 1), 1);
    }

    #[test]
    fn the_text_goes_on_after_the_block_over_a_short_box_but_not_into_teasers() {
        let para = "Le président a déclaré jeudi que les troupes seraient retirées de la frontière avant la fin du mois, selon un communiqué.";
        let para2 = "Les observateurs ont toutefois noté que les exercices militaires se poursuivaient dans la région, comme chaque année à cette période.";
        let para3 = "Le ministère a précisé mardi que les manœuvres dureraient encore deux semaines et qu'aucune troupe ne franchirait la ligne.";
        let para4 = "Selon plusieurs diplomates, cette annonce vise surtout à apaiser les voisins avant le sommet prévu au début du mois prochain.";
        let boxed = [para, para2, "Publicité", "* Une autre histoire de frontière", "* Encore une histoire de troupes"];
        let boxed = [&boxed[..], &[para3, para4, "* Accueil", "* Monde"]].concat();
        let cls = smooth(&raw_classes(&boxed));
        assert_eq!(tail_end(&boxed, &raw_classes(&boxed), &cls, 0, 2), 7);
        // Teasers: a title, an excerpt, a stamp, never two paragraphs in a row.
        let teasers = [para, para2, "Les plus lus", "Une autre histoire de frontière", para3, "30 déc. 2014"];
        let teasers = [&teasers[..], &["Encore une histoire de troupes", para4, "30 déc. 2014", "* Accueil"]].concat();
        let cls = smooth(&raw_classes(&teasers));
        assert_eq!(tail_end(&teasers, &raw_classes(&teasers), &cls, 0, 2), 2);
    }

    #[test]
    fn a_long_read_goes_on_past_the_section_marks_its_block_prints_but_not_past_others() {
        let rule = "_".repeat(150);
        let p = [
            "The committee met for six hours on Tuesday and agreed to publish its report on the river before the end of the year.",
            "Its members said the water had never been so low in August, and that farmers upstream had taken more of it than allowed.",
            "The report will ask the region to measure every pump along the banks and to fine those who draw more than their share.",
            "A spokesman for the farmers said they had only followed the rules they were given, and that the pumps were all declared.",
            "Fishermen downstream told the committee that the fish had left the shallow parts of the river for the first time in years.",
            "The committee will hold a second hearing in October, when the region is expected to answer the questions raised this week.",
            "Until then, the pumps may run only at night, and the region will send inspectors to the largest farms along the banks.",
            "The farmers' union has asked to be heard too, and says it will bring its own figures on the water each farm has drawn.",
        ];
        let items = ["* Measure every pump on the banks", "* Fine those who draw too much"];
        let mut page: Vec<&str> = vec![p[0], p[1], &rule, "What the Committee Found", "(BUTTON)", p[2], p[3]];
        let from = page.len();
        page.extend([rule.as_str(), "What Happens Next", "(BUTTON)", p[4], p[5]]);
        page.extend(items);
        page.extend([rule.as_str(), "The Farmers Answer", "(BUTTON)", p[6], p[7], "* Home", "* About", "* Contact"]);
        let last = page.iter().position(|l| *l == p[7]).unwrap();
        let raw = raw_classes(&page);
        let cls = smooth(&raw);
        assert_eq!(tail_end(&page, &raw, &cls, 0, from), last + 1);
        // A block that prints no rule nor button between its paragraphs: the same marks after
        // it weigh as furniture, and the text ends before the first section break.
        let mut plain_block: Vec<&str> = vec![p[0], p[1], "What the Committee Found", p[2], p[3]];
        let from = plain_block.len();
        plain_block.extend(&page[7..]);
        let raw = raw_classes(&plain_block);
        let cls = smooth(&raw);
        assert!(tail_end(&plain_block, &raw, &cls, 0, from) <= plain_block.iter().position(|l| *l == p[6]).unwrap());
    }

    #[test]
    fn a_listicle_goes_on_past_cards_shaped_as_its_block_s_own_but_not_past_others() {
        let p = [
            "The steel kettle from Acme boils a full litre in under three minutes, and its handle stays cool enough to hold with a bare hand, which is more than most kettles at this price can say.",
            "Its lid opens with one button and closes without a sound, and the filter under the spout comes out for washing, so the water stays clear even in a town with very hard water.",
            "The glass kettle is slower, but it lights up blue while it heats, and several of our testers said they liked watching the water boil through its sides on a dark winter morning.",
            "It is also the lightest of the kettles we tried, which matters when you fill it to the brim, and its base turns all the way round so it suits a left hand as well as a right one.",
            "The travel kettle folds flat into a bag and boils just enough water for two cups of tea, which is all most people need in a hotel room or a small flat with a tiny kitchen.",
            "It takes a little longer than the full-size models, but it costs half as much as the others, and the cord wraps around its base so that nothing gets lost on the way.",
            "The copper kettle is the one to buy if you want it to stay on the stove for years: it heats evenly on gas and on induction, and it whistles loud enough to hear from the garden.",
            "The smart kettle holds the water at any degree you choose for half an hour, and our testers who drink green tea said it was the only one that never scalded their leaves.",
        ];
        let card = |name: &'static str, price: &'static str| -> Vec<String> {
            vec![format!("Acme {name} on a white background"), format!("Acme {name}"), format!("{price} at Acme")]
        };
        let mut owned: Vec<String> = vec![p[0].into(), p[1].into()];
        owned.extend(card("Steel Kettle", "$40"));
        owned.extend([p[2].to_string(), p[3].to_string()]);
        owned.extend(card("Glass Kettle", "$35"));
        owned.extend([p[4].to_string(), p[5].to_string()]);
        let from = owned.len();
        owned.push("Kettles for the Stove".into());
        for (n, c) in
            [("Copper Kettle", "$80"), ("Enamel Kettle", "$45"), ("Smart Kettle", "$99"), ("Camping Kettle", "$20")]
        {
            owned.extend(card(n, c));
        }
        owned.extend([p[6].to_string(), p[7].to_string(), "* Home".into(), "* About".into(), "* Contact".into()]);
        let page: Vec<&str> = owned.iter().map(String::as_str).collect();
        let last = page.iter().position(|l| *l == p[7]).unwrap();
        let raw = raw_classes(&page);
        let cls = smooth(&raw);
        assert_eq!(tail_end(&page, &raw, &cls, 0, from), last + 1);
        // A block that prints no card between its paragraphs: the same cards after it are
        // furniture, and the text ends with the block.
        let mut bare: Vec<&str> = p[..6].to_vec();
        let from = bare.len();
        bare.extend(&page[page.iter().position(|l| *l == "Kettles for the Stove").unwrap()..]);
        let raw = raw_classes(&bare);
        let cls = smooth(&raw);
        assert!(tail_end(&bare, &raw, &cls, 0, from) <= bare.iter().position(|l| *l == p[6]).unwrap());
    }

    #[test]
    fn a_shape_is_a_line_s_first_word_with_the_function_words_before_it() {
        assert_eq!(shape_key("   The Acme Kettle on a white background").as_deref(), Some("the acme"));
        assert_eq!(shape_key("Photo: Getty").as_deref(), Some("photo:"));
        assert_eq!(shape_key("    11/24").as_deref(), Some("00/00"));
        assert_eq!(shape_key("[DEL: $40 :DEL] $30 at Acme"), shape_key("[DEL: $18 :DEL] $14 at Acme"));
        assert_eq!(shape_key("    *"), None);
        assert_eq!(shape_key("  • This image may contain a kettle").as_deref(), Some("• this image"));
        assert_ne!(shape_key("  • Best Kettle Deals"), shape_key("Best Prices Today: $40 at Acme"));
    }

    /// The three paragraphs of the short pages below (sentences written for these tests).
    const POOL: [&str; 3] = [
        "The town council voted on Monday to close the old swimming pool at the end of the summer, after engineers found cracks in its walls.",
        "Families who use the pool every week said they were sad to see it go, and asked the council to build a new one before the winter.",
        "The mayor said a new pool would cost about nine million pounds, and that the money would come from the budget of the next five years.",
    ];
    const PISCINE: [&str; 3] = [
        "Le conseil municipal a voté lundi la fermeture de la vieille piscine à la fin de l'été, après que des ingénieurs ont trouvé des fissures.",
        "Les familles qui la fréquentent chaque semaine ont regretté cette décision et demandé au conseil un nouveau bassin avant l'hiver prochain.",
        "Le maire a indiqué qu'une nouvelle piscine coûterait environ neuf millions d'euros, à financer sur le budget des cinq prochaines années.",
    ];

    /// The headline the page reader finds, and the first line it keeps.
    fn start_of(head: &[&str], text: &[&str]) -> (Option<String>, Option<String>) {
        let page: Vec<&str> = head.iter().chain(text).copied().collect();
        let p = read_page(&page);
        (p.title, p.lines.into_iter().find(|l| !l.trim().is_empty()))
    }

    #[test]
    fn a_short_page_s_skip_link_menu_or_title_line_gives_way_to_the_headline_under_it() {
        let en = "Council votes to close the old swimming pool";
        let fr = "Le conseil vote la fermeture de la vieille piscine";
        for head in [
            vec![
                "Skip to main content",
                "Home | Local | Sport",
                "",
                en,
                "",
                "By Jane Example",
                "Published June 4, 2024",
                "",
            ],
            vec!["Menu", "", en, "By Jane Example", "June 4, 2024"],
            vec![
                "Council votes to close the old swimming pool | The Riverside Post",
                "",
                en,
                "By Jane Example",
                "June 4, 2024",
            ],
            vec!["We use cookies to improve your experience on our site. Accept all cookies", en, "By Jane Example"],
        ] {
            let (title, first) = start_of(&head, &POOL);
            assert_eq!(title.as_deref(), Some(en), "{head:?}");
            assert_eq!(first.as_deref(), Some("By Jane Example"), "{head:?}");
        }
        for head in [
            vec!["Menu", "Accueil | Région | Sports", "", fr, "", "Par Marie Exemple", "Publié le 4 juin 2024 à 10h15"],
            // A French `<title>` line reads as text to the block (its function words): the block
            // opens on it, the headline is still looked for under it.
            vec![
                "Le conseil vote la fermeture de la vieille piscine - La Gazette du Val",
                "Aller au contenu",
                fr,
                "Par Marie Exemple",
                "Le 4 juin 2024 à 10h15",
            ],
        ] {
            let (title, first) = start_of(&head, &PISCINE);
            assert_eq!(title.as_deref(), Some(fr), "{head:?}");
            assert_eq!(first.as_deref(), Some("Par Marie Exemple"), "{head:?}");
        }
    }

    #[test]
    fn a_paste_from_its_headline_a_kicker_or_a_one_word_headline_keeps_its_first_line() {
        let en = "Council votes to close the old swimming pool";
        // No start is scored over the first line: the header reader reads it.
        for head in [
            vec![en, "", "By Jane Example", "June 4, 2024"],
            vec![en, "A decision the harbour district had waited for since the spring", "By Jane Example"],
            vec!["Pool", "", "By Jane Example", "June 4, 2024"],
        ] {
            let page: Vec<&str> = head.iter().chain(&POOL).copied().collect();
            let raw = raw_classes(&page);
            assert_eq!(scored_start(&page, &smooth(&raw), 0), None, "{head:?}");
            assert_eq!(start_of(&head, &POOL).0, None, "{head:?}");
        }
        let fr = ["Piscine", "", "Par Marie Exemple", "Publié le 4 juin 2024"];
        assert_eq!(start_of(&fr, &PISCINE).0, None);
        // A section's label over the headline gives way to it, as the header reader's kicker
        // rule would have it.
        let (title, _) = start_of(&["Opinion", "", en, "By Jane Example", "June 4, 2024"], &POOL);
        assert!(title.is_none() || title.as_deref() == Some(en), "{title:?}");
    }

    #[test]
    fn a_line_above_the_headline_navigates_unless_it_is_about_the_text() {
        let en = "Council votes to close the old swimming pool";
        let page: Vec<&str> =
            ["Skip to main content", "Old pool closes", "我们的城市新闻网站，每天为您报道本地的所有新闻和活动，欢迎订阅我们的新闻通讯以及关注我们的社交媒体账号，市议会周一投票决定在夏季结束时关闭这座老游泳池，家长们对此感到非常遗憾", en]
                .iter()
                .chain(&POOL)
                .copied()
                .collect();
        let raw = raw_classes(&page);
        let opening = super::super::title::opening_words(&page, &smooth(&raw), 4);
        assert!(navigates(&page, 0, en, &opening));
        // Its words come back in the text: a headline, a standfirst, not navigation.
        assert!(!navigates(&page, 1, en, &opening));
        // As long as a paragraph: a standfirst in another script, not navigation.
        assert!(!navigates(&page, 2, en, &opening));
    }

    #[test]
    fn a_text_browser_s_link_and_frame_lines_open_a_whole_page() {
        assert!(dumped_markup("#alternate alternate"));
        assert!(dumped_markup("   #Daily Courier » Feed"));
        assert!(dumped_markup("IFRAME: https://www.example.com/ns.html"));
        assert!(!dumped_markup("# A heading"));
        assert!(!dumped_markup("## A heading"));
        assert!(!dumped_markup("Two arrested after climate protest"));
    }
}
