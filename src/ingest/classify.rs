//! Each line's class before and after smoothing: jusText's thresholds on one line, then the
//! groups of lines read as one (a ticker, a table of contents, a listing, titles under a
//! closing heading, links annotated alike), then short lines settled by their neighbours.

use super::boilerplate::is_boilerplate;
use super::closers::{is_closer, is_closer_alone, is_comment_heading, is_list_heading};
use super::dateline::{date_stamps, is_clock_word, is_relative_stamp};
use super::items::{enough_before, reads_as_items, MIN_TEASERS};
use super::line::code_sign;
use super::line_signals::{is_alt_text, is_embed_junk, is_paragraph, is_paywall, plain, repeat_key, signals, Class};
use std::collections::HashMap;

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
    classify_open(l, repeats, tables)
}

/// [`classify_as`] for a line read as no closing heading.
fn classify_open(l: &str, repeats: usize, tables: bool) -> Class {
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
    settle_closers_alone(lines, &keys, &counts, &mut raw);
    settle_list_headings(lines, &counts, &mut raw);
    raw
}

/// Whole paragraphs in a row right above a heading that closes only alone, and one right
/// under it, that put it in the middle of the article's text.
const ALONE_INSIDE_ABOVE: usize = 2;

/// A heading that closes the text only as the whole line ([`is_closer_alone`]: `Who we are`,
/// `Qui sommes-nous ?`) heads the outlet's box after the article, past its last paragraph,
/// with the page's furniture (a donation form, the author's card) between. An article may
/// head one of its own sections so: where the text's paragraphs run right up to it
/// ([`ALONE_INSIDE_ABOVE`] in a row) and go on right under it, it is read as any other line.
/// Not the paragraphs under it alone: the box about the outlet prints its own.
fn settle_closers_alone(lines: &[&str], keys: &[String], counts: &HashMap<String, usize>, raw: &mut [Class]) {
    let filled: Vec<usize> = (0..lines.len()).filter(|&i| raw[i] != Class::Blank).collect();
    for (n, &c) in filled.iter().enumerate() {
        if raw[c] != Class::Closer || !is_closer_alone(lines[c]) || n < ALONE_INSIDE_ABOVE {
            continue;
        }
        let above = filled[n - ALONE_INSIDE_ABOVE..n].iter().all(|&i| is_paragraph(lines[i]));
        let below = filled.get(n + 1).is_some_and(|&i| is_paragraph(lines[i]));
        if above && below {
            raw[c] = classify_open(lines[c], counts.get(&keys[c]).copied().unwrap_or(0), true);
        }
    }
}

/// Filled lines under a list's heading in which the article, if it goes on, shows its
/// paragraphs: past a player's or a box's few items.
const GOES_ON_WINDOW: usize = 16;

/// Pairs of paragraphs in a row under a list's heading that read as the article going on: a
/// teaser's title over its excerpt is no pair (the title closes no sentence), nor are two
/// excerpts with a stamp between them.
const GOES_ON_PAIRS: usize = 2;

/// A pair heading of a list ([`is_list_heading`]: `Recommended Videos`) closes the text only
/// where it stands in the text's closing part. A site labels a player or a box it sets inside
/// the text so too, after the first paragraph, with the article's sections below: as a
/// closer it cut the headline and those sections off the text. It stays a label (furniture,
/// as any short line of capitalised words) where
/// - no article stands above it yet ([`enough_before`]: three paragraphs, two in a row);
/// - what it would cut away, up to the next closing heading or the page's end, holds as much
///   text as the page above it and reads as no list of items ([`reads_as_items`]: teasers
///   with their stamps): a close keeps more prose than it throws away, unless what it throws
///   away is other stories;
/// - or paragraphs follow one another within [`GOES_ON_WINDOW`] lines of it and more of the
///   page's text stands below it than above (the article going on under a box).
fn settle_list_headings(lines: &[&str], counts: &HashMap<String, usize>, raw: &mut [Class]) {
    let filled: Vec<usize> = (0..lines.len()).filter(|&i| raw[i] != Class::Blank).collect();
    let text_chars =
        |r: &[usize]| -> usize { r.iter().filter(|&&i| raw[i].is_text()).map(|&i| lines[i].chars().count()).sum() };
    let mut demote = Vec::new();
    for (n, &c) in filled.iter().enumerate() {
        if raw[c] != Class::Closer || !is_list_heading(lines[c]) {
            continue;
        }
        let (above, below) = (&filled[..n], &filled[n + 1..]);
        let cut = &below[..below.iter().position(|&i| raw[i] == Class::Closer).unwrap_or(below.len())];
        let window = &below[..below.len().min(GOES_ON_WINDOW)];
        let pairs = window.windows(2).filter(|w| is_paragraph(lines[w[0]]) && is_paragraph(lines[w[1]])).count();
        let goes_on = pairs >= GOES_ON_PAIRS && text_chars(below) > text_chars(above);
        let cuts_prose = text_chars(cut) >= text_chars(above) && !reads_as_items(lines, cut, counts);
        if !enough_before(lines, above) || cuts_prose || goes_on {
            demote.push(c);
        }
    }
    demote.into_iter().for_each(|c| raw[c] = Class::Bad);
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
///
/// A listing's blank lines split it into groups, and a group of one line (`<body>`, `};`,
/// `</html>`) is too short to read as one: a group whose every line shows a sign of code joins
/// the listing printed next to it (blank lines only between), or each such line left as
/// furniture between two pieces of a listing cut the article there.
fn mark_listings(lines: &[&str], raw: &mut [Class]) {
    let mut groups: Vec<(usize, usize, bool)> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim().is_empty() {
            i += 1;
            continue;
        }
        let end = (i..lines.len()).find(|&j| lines[j].trim().is_empty()).unwrap_or(lines.len());
        let signed = (i..end).filter(|&j| code_sign(lines[j])).count();
        let listing = end - i >= LISTING_MIN && signed >= LISTING_MIN && signed * 2 >= end - i;
        groups.push((i, end, listing));
        i = end;
    }
    let all_signed = |(from, to, _): (usize, usize, bool)| (from..to).all(|j| code_sign(lines[j]));
    // Forward then back, so a listing reaches over several such groups in a row either way.
    for n in 1..groups.len() {
        if !groups[n].2 && groups[n - 1].2 && all_signed(groups[n]) {
            groups[n].2 = true;
        }
    }
    for n in (0..groups.len().saturating_sub(1)).rev() {
        if !groups[n].2 && groups[n + 1].2 && all_signed(groups[n]) {
            groups[n].2 = true;
        }
    }
    for (from, to, listing) in groups {
        if listing {
            for c in &mut raw[from..to] {
                if matches!(*c, Class::Bad | Class::Short) {
                    *c = Class::Table;
                }
            }
        }
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

#[cfg(test)]
mod tests {
    use super::super::items::signs_comment;
    use super::super::line_signals::{is_form, is_offer};
    use super::super::line_signals::{PARA, PARA2};
    use super::*;

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
    fn an_outlet_s_box_heading_closes_only_past_the_article_s_paragraphs() {
        let p3 = "The mayor promised a public meeting before the end of the month to answer the questions of worried residents.";
        let box_text = "The Daily Courier is a nonprofit newsroom founded in 1982 that covers the valley for its readers, with no paywall.";
        // The article's own section, its paragraphs on both sides: a subheading of the text.
        let inside = [PARA, PARA2, "Who we are", p3, PARA];
        assert_ne!(raw_classes(&inside)[2], Class::Closer);
        let page = format!("Council Votes for a New Traffic Plan\n\n{PARA}\n\n{PARA2}\n\nAbout us\n\n{p3}\n");
        let a = super::super::ingest_text(&page);
        assert!(a.markdown.contains("About us") && a.markdown.contains("public meeting"), "{}", a.markdown);
        // The outlet's box under a donation form after the text: it closes the text.
        let after = [PARA, PARA2, p3, "Donate now", "Who we are", box_text];
        assert_eq!(raw_classes(&after)[4], Class::Closer);
    }
    #[test]
    fn a_list_heading_closes_the_text_only_where_the_article_does_not_go_on() {
        // A player's label after the first paragraph, the article's paragraphs below it.
        let p3 = "The mayor promised a public meeting before the end of the month to answer the questions of worried residents.";
        let p4 = "Cyclists welcomed the plan, which adds four new lanes along the river and closes two bridges to cars on weekends.";
        let inside = ["Council Votes for a New Traffic Plan", PARA, "Recommended Videos", PARA2, p3, p4];
        // A label, not a closer (`block.rs` checks that the block runs on under it).
        assert_eq!(raw_classes(&inside)[2], Class::Bad);
        // Over a list after the text: a closer.
        let after = [PARA, PARA2, PARA, "Recommended Videos", "A dog surfs the waves in California today"];
        assert_eq!(raw_classes(&after)[3], Class::Closer);
        // A phrase of the lexicon closes the text wherever it stands.
        let lexicon = [PARA, "Related Articles", PARA2, p3, p4];
        assert_eq!(raw_classes(&lexicon)[1], Class::Closer);
    }
    #[test]
    fn a_player_label_after_the_first_paragraph_keeps_the_short_sections_under_it() {
        // The article's first paragraph, a video player's label, then the whole text in short
        // sections: a subheading, a sentence or two, a list of a few words, no two paragraphs in
        // a row. As a closer the label cut every section off the text.
        let page = "Home | News | Sports | Weather | Contact\n\n\
            City Council Approves New Riverside Park Plan After Long Debate\n\nBy Jane Smith\nMarch 3, 2024\n\n\
            The city council voted on Tuesday night to approve a new riverside park that will replace the old \
            industrial docks along the east bank, ending a debate that lasted more than two years and drew hundreds \
            of residents to its hearings. The plan, which the mayor first proposed in 2022, passed by seven votes to \
            two after a long session in which members argued over its cost, its timing and the fate of the \
            businesses that still rent space in the warehouses by the water.\n\n\
            Recommended Videos\n\nWhat the plan includes\n\n\
            The park will cover twelve acres of land that the city bought in 2019.\n\n\
            * Playground\n* Basketball Courts\n* Boat Launch\n* Picnic Lawns\n\n\
            The design was chosen after a public contest with forty entries.\n\nHow it will be paid for\n\n\
            The city will borrow the money over ten years, officials said.\n\n\
            * Municipal Bonds\n* State Grants\n* Private Donors\n* Parking Fees\n\n\
            Officials said taxes would not rise because of the project.\n\nWhen work begins\n\n\
            Crews will start clearing the old docks in the spring, once the tenants have left.\n\n\
            The first section of the park should open to the public in the summer of next year.\n\n\
            What residents said\n\nSome neighbours worried about traffic on the narrow streets near the river.\n\n\
            * More Parking\n* Bike Lanes\n\n\
            Others welcomed the green space, saying the east bank had been neglected for years.\n\n\
            The council will hold another hearing in May to settle the last details of the design.\n";
        let lines: Vec<&str> = page.lines().collect();
        let label = lines.iter().position(|l| *l == "Recommended Videos").unwrap();
        assert_eq!(raw_classes(&lines)[label], Class::Bad);
        let a = super::super::ingest_text(page);
        assert_eq!(a.title.as_deref(), Some("City Council Approves New Riverside Park Plan After Long Debate"));
        for kept in ["ending a debate", "twelve acres", "borrow the money", "clearing the old docks", "another hearing"]
        {
            assert!(a.markdown.contains(kept), "{kept} lost:\n{}", a.markdown);
        }
    }
    #[test]
    fn a_list_heading_after_the_text_still_closes_it() {
        // The article's paragraphs, then the heading and the titles of other stories.
        let p3 = "The mayor promised a public meeting before the end of the month to answer the questions of worried residents.";
        let page = format!(
            "Council Votes for a New Traffic Plan\n\n{PARA}\n\n{PARA2}\n\n{p3}\n\nRecommended Videos\n\n\
             * Watch: a dog surfs the waves in California\n* Storm damage in pictures\n* The best bakeries in Lyon\n"
        );
        let lines: Vec<&str> = page.lines().collect();
        let heading = lines.iter().position(|l| *l == "Recommended Videos").unwrap();
        assert_eq!(raw_classes(&lines)[heading], Class::Closer);
        let a = super::super::ingest_text(&page);
        assert!(a.markdown.contains("public meeting") && !a.markdown.contains("surfs"), "{}", a.markdown);
        // The same heading with as much text under it as above, no stamp marking its items: the
        // article going on, not a list.
        let p4 =
            "Cyclists welcomed the plan, which adds four new lanes along the river and closes two bridges to cars.";
        let p5 = "Shop owners said they feared the works would keep their customers away for most of the summer.";
        let p6 = "The first lanes should open in the autumn, the council said, once the bridges have been repaired.";
        let p7 = "Residents of the old town asked for more buses while the bridges are closed to cars on weekends.";
        let on = [PARA, PARA2, p3, "Recommended Videos", "Who pays", p4, "* Bonds", p5, "When", p6, "Buses", p7];
        assert_eq!(raw_classes(&on)[3], Class::Bad);
        // Under teasers marked as items (a stamp under each) as long as the text: a close.
        let teasers =
            [PARA, PARA2, p3, "Recommended Videos", p4, "2 hours ago", p5, "3 hours ago", p6, "5 hours ago", p7];
        assert_eq!(raw_classes(&teasers)[3], Class::Closer);
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
    fn a_listing_between_paragraphs_is_neutral_not_furniture() {
        // A tutorial's listing between two paragraphs is read like a table's rows.
        let listing = ["SELECT avg(n)", "FROM unnest(array[2, 3, 5]) AS n;"];
        let raw = raw_classes(&[PARA, "", listing[0], listing[1], "", PARA2]);
        assert_eq!(&raw[2..4], &[Class::Table, Class::Table]);
    }
    #[test]
    fn a_listing_split_by_blank_lines_takes_its_one_line_groups() {
        // `<body>` and `</html>` alone are too short for a listing, but print next to one.
        let page = [
            PARA,
            "",
            "<body>",
            "",
            "<p>Click on the link</p>",
            "<a href=\"x\">here</a>",
            "</body>",
            "",
            "</html>",
            "",
            PARA2,
        ];
        let raw = raw_classes(&page);
        assert_eq!(raw[2], Class::Table);
        assert_eq!(&raw[4..7], &[Class::Table, Class::Table, Class::Table]);
        assert_eq!(raw[8], Class::Table);
        // A lone line with a sign of code and no listing beside it stays what it was.
        let lone = raw_classes(&[PARA, "", "</html>", "", PARA2]);
        assert_ne!(lone[2], Class::Table);
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
}
