//! The best run's ends moved off what it crossed: the end cut before the lists after an
//! article (under a closing heading, dated items, cards, a stream on other subjects past a
//! wide gap), the start moved under an article's head below a list of teasers.

use super::byline::byline;
use super::dateline::date_stamps;
use super::items::{
    enough_before, heads_item, item_signs, reads_as_items, titled, ItemSign, ITEMS_PER_PAIR, MIN_TEASERS,
};
use super::line::code_sign;
use super::line_signals::{
    content_set, is_paragraph, is_signature, keeps_to, plain, repeat_counts, repeat_key, signals, Class,
};
use std::collections::HashMap;

/// The end of the best run `s..=e` cut at a closing heading inside it (`Most read`,
/// `Comments`) when the article is already there before it (three paragraphs) and what
/// follows reads as a list of items. The run crosses such headings on its own when the
/// teasers or the comments after them hold more text than the heading weighs; an inline
/// `Recommended` box, after which the article goes on, stays crossed.
pub(super) fn cut_at_closer(lines: &[&str], cls: &[Class], s: usize, e: usize) -> usize {
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

/// Dated items a stretch after the article needs before it reads as a teaser list.
const MIN_ITEMS: usize = 3;

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
pub(super) fn cut_at_items(lines: &[&str], cls: &[Class], s: usize, e: usize) -> usize {
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
pub(super) fn cut_at_cards(lines: &[&str], cls: &[Class], s: usize, e: usize) -> usize {
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
pub(super) fn cut_off_subject(lines: &[&str], cls: &[Class], s: usize, e: usize) -> usize {
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

/// The start of the best run `s..=e` moved under an article's head inside it (its headline
/// over a byline or a publication stamp) when what comes before that head in the run reads as
/// a list of items (teasers, each with its picture or button) and the article is there after
/// it (three paragraphs, two of them in a row). The mirror of [`cut_at_closer`]: a page's
/// teaser lists may outweigh a short article under them, and the headline is then looked for
/// above the wrong lines. A text that goes on before the head (two paragraphs in a row, more
/// than one such pair per [`ITEMS_PER_PAIR`] item heads) is never cut, so an article's lead
/// over an embedded post or a late stamp stays.
pub(super) fn cut_at_head(lines: &[&str], cls: &[Class], s: usize, e: usize) -> usize {
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

#[cfg(test)]
mod tests {
    use super::super::classify::classes;
    use super::*;

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
}
