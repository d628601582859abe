//! Lists of other stories printed after the article with no template the block reader
//! knows: titles (and their short excerpts) off the article's subject, cut from the first.
//! A module of its own because it reads lines as [`super::block`] does, and the block reader
//! itself uses [`super::boilerplate`]: kept here, neither module imports the other round.

use super::block::signals;
use super::closers::is_closer;

/// Titles of other stories a list after the article must print before it is cut.
const TEASER_TITLES: usize = 3;

/// Share of a line's content words the article above must have used for the line to keep
/// to its subject (as [`super::block`] reads the text after a box).
const ITEM_COHESION: f64 = 0.2;

/// Share of a list's titles, and of its excerpts, that must be on other subjects than the
/// article's: a list of related stories may hold one on the article's subject.
const OFF_SUBJECT_SHARE: f64 = 0.75;

/// Characters a teaser's excerpt holds at most: a sentence or two. An article's paragraphs
/// between its subheadings run longer.
const TEASER_EXCERPT_MAX: usize = 300;

/// Characters from which a line is too long for a title.
const TEASER_TITLE_MAX: usize = 160;

/// Paragraphs the article must print above a list of other stories before it is cut there.
const ARTICLE_PARAGRAPHS: usize = 3;

/// Titles per pair of paragraphs in a row a list of teasers holds at least: a title with a
/// sentence break reads as a paragraph over its excerpt now and then.
const TITLES_PER_PAIR: usize = 4;

/// Whether a line is shaped as a story's title: four words or more, no sentence's end, no
/// list item (a numbered item is the article's own) nor a line opening one (`… looks like:`),
/// short, opening with a capital or a quote (a line cut out of a sentence opens in lower
/// case).
fn teaser_title(l: &str) -> bool {
    let s = super::block::signals(l);
    let t = super::block::plain(l).0;
    s.words >= 4
        && !s.sentence
        && !s.bullet
        && !s.columns
        && s.chars < TEASER_TITLE_MAX
        && !t.ends_with(':')
        && t.chars().next().is_some_and(|c| !c.is_lowercase())
}

/// The article's opening as the lines above a possible list are read, one filled line at a
/// time: the content words of its paragraphs, how many paragraphs, how many follow another.
/// Both list cuts ask it before they look for a list below: a list of other stories opens
/// only after [`ARTICLE_PARAGRAPHS`] paragraphs, two of them in a row.
#[derive(Default)]
struct Opening {
    core: std::collections::HashSet<String>,
    paragraphs: usize,
    pairs: usize,
}

impl Opening {
    /// Reads filled line `n` (`paragraph` and `words` are per filled line) and tells whether
    /// it is a paragraph ending an opening long enough for a list to follow it.
    fn read(&mut self, n: usize, paragraph: &[bool], words: &[std::collections::HashSet<String>]) -> bool {
        if !paragraph[n] {
            return false;
        }
        self.core.extend(words[n].iter().cloned());
        self.paragraphs += 1;
        if n > 0 && paragraph[n - 1] {
            self.pairs += 1;
        }
        self.paragraphs >= ARTICLE_PARAGRAPHS && self.pairs > 0
    }
}

/// Lines of the list of other stories printed after the article's text with no template the
/// block reader knows (no closing heading, no stamp under each item): titles, each with an
/// excerpt of a sentence or two, on subjects of their own. What tells them from the article's
/// own subheadings is lexical cohesion, as TextTiling (Hearst, 1997) reads a topic's
/// boundaries, and their shape. From the first line after a paragraph of the article, the rest
/// of the text holds [`TEASER_TITLES`] titles ([`teaser_title`]) or more, the first of them and
/// [`OFF_SUBJECT_SHARE`] of them all (and of its paragraphs) with fewer than
/// [`ITEM_COHESION`] of their content words used by the paragraphs above (and [`TEASER_TITLES`]
/// such titles at least), no sentence before the first title and no line opening a list
/// (`The programme:` over its items, the article's own list); its paragraphs are
/// all short ([`TEASER_EXCERPT_MAX`]) and seldom two in a row ([`TITLES_PER_PAIR`]). The article
/// is there above the cut: [`ARTICLE_PARAGRAPHS`] paragraphs, two of them in a row.
/// Everything from the cut goes: the list's labels and stamps with it.
pub(super) fn cut_teaser_tail(body: &mut Vec<&str>) {
    use super::block::{content_set, is_paragraph, keeps_to};
    let filled: Vec<usize> = (0..body.len()).filter(|&i| !body[i].trim().is_empty()).collect();
    let words: Vec<std::collections::HashSet<String>> =
        filled.iter().map(|&i| content_set(body, std::iter::once(i))).collect();
    let paragraph: Vec<bool> = filled.iter().map(|&i| is_paragraph(body[i])).collect();
    let title: Vec<bool> = filled.iter().zip(&words).map(|(&i, w)| teaser_title(body[i]) && w.len() >= 2).collect();
    let excerpt = |m: usize| paragraph[m] && signals(body[filled[m]]).chars <= TEASER_EXCERPT_MAX;
    let mut opening = Opening::default();
    for c in 1..filled.len() {
        if !opening.read(c - 1, &paragraph, &words) {
            continue;
        }
        let core = &opening.core;
        let titles: Vec<usize> = (c..filled.len()).filter(|&m| title[m]).collect();
        if titles.len() < TEASER_TITLES {
            return;
        }
        let texts: Vec<usize> = (c..filled.len()).filter(|&m| paragraph[m]).collect();
        if texts.iter().any(|&m| !excerpt(m)) {
            continue;
        }
        let tail_pairs = (c + 1..filled.len()).filter(|&m| paragraph[m - 1] && paragraph[m]).count();
        if tail_pairs * TITLES_PER_PAIR >= titles.len() {
            continue;
        }
        // The list opens at its first title: a sentence before it is the article's. A line
        // over list items (`The programme:`, its items) opens the article's own list.
        let sentence = |m: usize| {
            let s = signals(body[filled[m]]);
            s.sentence && s.words >= 4
        };
        let opens_list = |m: usize| {
            m + 1 < filled.len()
                && super::block::plain(body[filled[m]]).0.ends_with(':')
                && super::block::plain(body[filled[m + 1]]).1
        };
        if (c..titles[0]).any(sentence) || (c..filled.len()).any(opens_list) {
            continue;
        }
        let on = |m: &usize| keeps_to(core, &words[*m], ITEM_COHESION);
        let off = |at: &[usize]| at.iter().filter(|m| !on(m)).count();
        let mostly_off = |at: &[usize]| off(at) as f64 >= OFF_SUBJECT_SHARE * at.len() as f64;
        if on(&titles[0]) || off(&titles) < TEASER_TITLES || !mostly_off(&titles) || !mostly_off(&texts) {
            continue;
        }
        body.truncate(filled[c]);
        return;
    }
}

/// Characters a story list's excerpt holds at most: a sentence or three of another story. A
/// longer line is text of its own and ends the list.
const STORY_EXCERPT_MAX: usize = 350;

/// Characters of a label among a list's items (an outlet, a section, a stamp, an image's
/// name): a line no longer is a title or an excerpt.
const STORY_LABEL_CHARS: usize = 60;

/// Words a label among a list's items may hold whatever its shape (`Sport Weekly`); a longer
/// label must not read as a sentence (see [`part`]).
const STORY_LABEL_WORDS: usize = 3;

/// Characters from which a headline-shaped line reads as a story's headline (see [`part`]).
const STORY_TITLE_MIN: usize = 40;

/// Paragraphs in a row after a list of other stories from which the article goes on past it
/// (see [`drop_story_lists`]): a list prints two now and then (a headline that asks, over its
/// excerpt), as [`ARTICLE_PARAGRAPHS`] tell an article above it.
const RESUMED: usize = ARTICLE_PARAGRAPHS;

/// How a line reads as a part of a list of other stories (see [`drop_story_lists`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    /// A headline: four words or more, no period or question mark closing it, no period inside
    /// it (it may exclaim, quote or trail off).
    Title,
    /// A sentence or three, short: a story's summary, cut or not.
    Excerpt,
    /// A short line that is no sentence: an outlet, a section, a stamp, an image's name.
    Label,
    /// Anything longer: text of its own, which no list of stories prints.
    Text,
}

/// How the line `l` reads as a part of a list of other stories: what no list prints (a table
/// row, a line longer than [`STORY_EXCERPT_MAX`]) is [`Part::Text`].
fn part(l: &str) -> Part {
    let s = signals(l);
    let t = super::block::plain(l).0;
    if s.columns || s.chars > STORY_EXCERPT_MAX {
        return Part::Text;
    }
    // A story's headline is written as a sentence with no period: long. A section's
    // subheading, a listicle's entry or a question of an interview is a few words.
    let headline = s.words >= 4
        && (STORY_TITLE_MIN..=TEASER_TITLE_MAX).contains(&s.chars)
        && !t.contains("://")
        && !t.starts_with('[')
        && !t.contains('@')
        && !s.bullet
        // A question is an interview's, as often as a headline's.
        && !t.ends_with(['.', ':', ',', ';', '?'])
        && !t.contains(". ")
        && t.chars().next().is_some_and(|c| !c.is_lowercase());
    if headline {
        Part::Title
    } else if s.sentence && s.words >= 4 && !t.ends_with(':') {
        Part::Excerpt
    } else if s.chars <= STORY_LABEL_CHARS && (s.words <= STORY_LABEL_WORDS || !s.sentence) && !t.ends_with(':') {
        Part::Label
    } else {
        Part::Text
    }
}

/// Lists of other stories, wherever the text has them past its opening: a run of items in
/// one shape (a headline, an excerpt of a sentence or three, an outlet's or a section's
/// label, in any order; one excerpt per item) of which [`TEASER_TITLES`] headlines or more,
/// the first of them and [`OFF_SUBJECT_SHARE`] of them all (and of the excerpts) on other
/// subjects than the paragraphs above ([`ITEM_COHESION`], TextTiling's cohesion as
/// [`cut_teaser_tail`] reads it). The run opens after a paragraph of the article (three above
/// it, two in a row) and ends before the text resumes (a line of text of its own, two
/// paragraphs in a row).
///
/// What follows the run decides what goes. A paragraph on the article's subject after it
/// ([`RESUMED`] paragraphs in a row, or more prose than the run holds) is the article going
/// on past an inline box: the run
/// alone goes. Anything else after it is the page's (more lists, a footer, a pitch, a
/// thread's furniture): the text ends where the run opens, as it ends at a box after its last
/// paragraph, so that nothing after the list joins the text once the list is gone. The
/// choice is made on the body as printed, before anything is removed.
pub(super) fn drop_story_lists(body: &mut Vec<&str>) {
    use super::block::{content_set, is_paragraph, keeps_to};
    let filled: Vec<usize> = (0..body.len()).filter(|&i| !body[i].trim().is_empty()).collect();
    let parts: Vec<Part> = filled.iter().map(|&i| part(body[i])).collect();
    let paragraph: Vec<bool> = filled.iter().map(|&i| is_paragraph(body[i])).collect();
    let words: Vec<std::collections::HashSet<String>> =
        filled.iter().map(|&i| content_set(body, std::iter::once(i))).collect();
    // A headline may be printed as a sentence (`… (VIDEO)`): only other paragraphs in a row
    // are the text's.
    let prose = |m: usize| paragraph[m] && parts[m] != Part::Title;
    // Where the text resumes at or after each filled line, which a list ends before at the
    // latest: a line of text of its own, or two paragraphs in a row (no list prints them; an
    // excerpt under a list's last headline may be the article going on past the box).
    let mut next_text = vec![filled.len(); filled.len() + 1];
    for m in (0..filled.len()).rev() {
        let resumes = parts[m] == Part::Text || (prose(m) && m + 1 < filled.len() && prose(m + 1));
        next_text[m] = if resumes { m } else { next_text[m + 1] };
    }
    let mut opening = Opening::default();
    let mut drop = vec![false; body.len()];
    let mut c = 1;
    while c < filled.len() {
        if !opening.read(c - 1, &paragraph, &words) {
            c += 1;
            continue;
        }
        let core = &opening.core;
        let Some(run) = story_run(&parts, &paragraph, &words, core, c, next_text[c]) else {
            c += 1;
            continue;
        };
        let on = |m: usize| keeps_to(core, &words[m], ITEM_COHESION);
        // What the run holds, against the prose after it: a list's last items cut apart
        // weigh less than the list; the rest of a live report or an interview, more.
        let chars = |m: usize| signals(body[filled[m]]).chars;
        let listed: usize = (c..run).map(chars).sum();
        let after: usize = (run..filled.len()).filter(|&m| prose(m)).map(chars).sum();
        let goes_on = (run..filled.len()).any(|m| paragraph[m] && on(m))
            || (run + RESUMED..=filled.len()).any(|m| (m - RESUMED..m).all(prose))
            || after >= listed;
        if !goes_on {
            body.truncate(filled[c]);
            break;
        }
        (filled[c]..=filled[run - 1]).for_each(|i| drop[i] = true);
        c = run + 1;
    }
    let mut k = 0;
    body.retain(|_| {
        k += 1;
        !drop.get(k - 1).copied().unwrap_or(false)
    });
}

/// Where a list of other stories opening at the filled line `c` ends (the filled line after
/// its last item), when the lines `c..end` (no text of their own among them) open with one:
/// see [`drop_story_lists`]. The list is the longest run from `c` that holds its shape and
/// ends on a headline or an excerpt off the subject of `core`; labels before its first
/// headline are its heading, a short line or an excerpt under a label there the first item's
/// (its headline short or not printed) when it is off the subject too.
fn story_run(
    parts: &[Part],
    paragraph: &[bool],
    words: &[std::collections::HashSet<String>],
    core: &std::collections::HashSet<String>,
    c: usize,
    end: usize,
) -> Option<usize> {
    let on = |m: usize| super::block::keeps_to(core, &words[m], ITEM_COHESION);
    let (mut titles, mut off_titles, mut excerpts, mut off_excerpts) = (0usize, 0usize, 0, 0);
    let mut found = None;
    for m in c..end {
        let off = !on(m);
        match parts[m] {
            Part::Title if words[m].len() >= 2 => {
                // The list's first headline is another story's.
                if titles == 0 && !off {
                    return found;
                }
                titles += 1;
                off_titles += usize::from(off);
            }
            Part::Title | Part::Excerpt => {
                // Before any headline, a paragraph is the article's unless a label heads it
                // (an item whose headline is short or not printed): a list opens on its
                // heading (labels, a call to share) or its first headline.
                if titles == 0 && (!off || (paragraph[m] && (m == c || parts[m - 1] != Part::Label))) {
                    return found;
                }
                // An item holds one excerpt: a second in a row is text of its own (a live
                // report's entry, an answer going on), where the list has ended.
                if m > c && parts[m - 1] == Part::Excerpt {
                    return found;
                }
                excerpts += 1;
                off_excerpts += usize::from(off);
            }
            Part::Label | Part::Text => continue,
        }
        let mostly_off = |o: usize, n: usize| o as f64 >= OFF_SUBJECT_SHARE * n as f64;
        if off && off_titles >= TEASER_TITLES && mostly_off(off_titles, titles) && mostly_off(off_excerpts, excerpts) {
            found = Some(m + 1);
        }
    }
    found
}

/// Excerpts cut short by the site from which a run of items is a list of other stories,
/// whatever their subject: a list of related stories keeps to the article's subject, so the
/// cohesion test of [`drop_story_lists`] keeps it, but no article trails off three times.
const CUT_EXCERPTS: usize = 3;

/// Characters a line heading an item of such a list holds at most: a headline.
const CUT_HEAD_MAX: usize = TEASER_TITLE_MAX;

/// Whether a line is an excerpt the site cut short: a sentence or more that trails off on
/// an ellipsis glued to a word (`… la fondatrice du…`, `Hier fan des...`), as a list prints
/// the opening of each story it links to. An elision (`(…)`, `[…]`) or an ellipsis after a
/// sentence's end is the text's own.
fn cut_excerpt(l: &str) -> bool {
    let s = signals(l);
    let t = super::block::plain(l).0.trim_end();
    let Some(head) = t.strip_suffix('…').or_else(|| t.strip_suffix("...")) else {
        return false;
    };
    s.words >= 6 && s.chars <= STORY_EXCERPT_MAX && !s.columns && head.chars().last().is_some_and(char::is_alphabetic)
}

/// Whether a line may head an item of a list of cut excerpts: a headline (a question or an
/// exclamation too), or a short label over it, never a sentence closed by a period or a
/// colon.
fn cut_head(l: &str) -> bool {
    let s = signals(l);
    let t = super::block::plain(l).0;
    s.words >= 1 && s.chars <= CUT_HEAD_MAX && !s.columns && !t.ends_with(['.', ':', ',', ';']) && !cut_excerpt(l)
}

/// Whether a line ends on an ellipsis, after a word or a sentence's end: an excerpt cut
/// short, never a paragraph the text goes on with.
fn trails_off(l: &str) -> bool {
    let t = super::block::plain(l).0.trim_end();
    t.ends_with('…') || t.ends_with("...")
}

/// Words a date line under an item's headline may hold past its day (`0 commentaire`,
/// `à 14h30`); a longer line is a sentence of the text.
const DATE_LINE_TAIL_WORDS: usize = 4;

/// Whether a short line is a day alone (`9 janvier 2025`, `Le 3 mars 2024 à 14h30`,
/// `March 3, 2024 · 2 comments`), as a list of posts prints under each headline.
fn date_line(l: &str) -> bool {
    let t = super::block::plain(l).0.trim();
    if t.chars().count() > STORY_LABEL_CHARS || t.ends_with(['.', '!', '?']) {
        return false;
    }
    super::dateline::day_in(t).is_some_and(|(_, start, end)| {
        t[..start].split_whitespace().count() <= 2 && t[end..].split_whitespace().count() <= DATE_LINE_TAIL_WORDS
    })
}

/// Lists of other stories or posts whose items each print a headline over an excerpt cut
/// short ([`cut_excerpt`]) or over a day alone ([`date_line`]; an excerpt whole may follow):
/// [`CUT_EXCERPTS`] such items or more, with nothing between them but headlines, labels,
/// days and excerpts of a sentence or three (no line longer than [`STORY_EXCERPT_MAX`], no
/// two whole paragraphs in a row), and no more excerpts printed whole, outside an item,
/// than items. The list opens at its first item's headline, or at the labels and headlines
/// right above it (its heading, items printed with no excerpt), once the article has
/// printed three paragraphs, two in a row; it ends at its last item. With no paragraph of
/// text under it, it is the page's: as in [`drop_story_lists`], when more lines go on past
/// it (paragraphs in a row, more prose than the list) the list alone goes, else the text
/// ends where it opens, with the page's furniture under it. With a paragraph of text under
/// it the text is never cut there, and the list goes alone only when the page announces it
/// (a closing heading or a label ending in a colon over it) or dates its items: an
/// article's own quotes may trail off too. A list of related stories keeps to the article's
/// subject, which the cohesion test of [`drop_story_lists`] reads as the article's own
/// sections; an item's shape tells it here.
pub(super) fn drop_cut_excerpt_lists(body: &mut Vec<&str>) {
    use super::block::{enough_before, is_paragraph};
    let filled: Vec<usize> = (0..body.len()).filter(|&i| !body[i].trim().is_empty()).collect();
    let paragraph: Vec<bool> = filled.iter().map(|&i| is_paragraph(body[i])).collect();
    let cut: Vec<bool> = filled.iter().map(|&i| cut_excerpt(body[i])).collect();
    let dated: Vec<bool> = filled.iter().map(|&i| date_line(body[i])).collect();
    // A headline heading an item: a date line is none.
    let head: Vec<bool> = filled.iter().zip(&dated).map(|(&i, &d)| cut_head(body[i]) && !d).collect();
    let fits = |m: usize| {
        let s = signals(body[filled[m]]);
        s.chars <= STORY_EXCERPT_MAX && !s.columns
    };
    // An item: a cut excerpt under a headline (or under a label under it), or a day under a
    // headline of four words or more.
    let titled = |m: usize| head[m] && signals(body[filled[m]]).words >= 4;
    let item = |m: usize| {
        m >= 1
            && ((cut[m] && (head[m - 1] || (m >= 2 && head[m - 2] && !paragraph[m - 1])))
                || (dated[m] && titled(m - 1)))
    };
    let mut drop = vec![false; body.len()];
    let mut m = 0;
    while m < filled.len() {
        if !item(m) {
            m += 1;
            continue;
        }
        // The run from this item on: lines a list prints, no two whole paragraphs in a row.
        let first = if head[m - 1] { m - 1 } else { m - 2 };
        let whole = |n: usize| paragraph[n] && !cut[n];
        let mut items = vec![m];
        let mut k = m + 1;
        while k < filled.len() && fits(k) && !(whole(k) && whole(k - 1)) {
            if item(k) {
                items.push(k);
            }
            k += 1;
        }
        let mut last = *items.last().unwrap_or(&m);
        // A dated item's excerpt, printed whole under its day.
        if dated[last] && last + 1 < k && paragraph[last + 1] {
            last += 1;
        }
        let loose = (first..=last).filter(|&n| whole(n) && !(n > 0 && dated[n - 1])).count();
        if items.len() < CUT_EXCERPTS || loose > items.len() {
            m = k.max(m + 1);
            continue;
        }
        // Its heading and the items printed with no excerpt above the first one.
        let mut start = first;
        while start > 0 && !paragraph[start - 1] && fits(start - 1) && head[start - 1] {
            start -= 1;
        }
        // A heading announcing the list (`Ces textes pourraient aussi vous intéresser :`).
        if start > 0 && !paragraph[start - 1] && signals(body[filled[start - 1]]).chars <= STORY_LABEL_CHARS {
            start -= usize::from(super::block::plain(body[filled[start - 1]]).0.ends_with(':'));
        }
        let before: Vec<usize> = filled[..start].to_vec();
        if !enough_before(body, &before) {
            m = k.max(m + 1);
            continue;
        }
        let chars = |n: usize| signals(body[filled[n]]).chars;
        let listed: usize = (start..=last).map(chars).sum();
        let after: usize = (last + 1..filled.len()).filter(|&n| whole(n)).map(chars).sum();
        let goes_on = (last + 1 + RESUMED..=filled.len()).any(|n| (n - RESUMED..n).all(whole)) || after >= listed;
        // A paragraph of the text under it: whole, no headline, not trailing off as an
        // excerpt does after a sentence's end (`… par la police:...`).
        let text_under = (last + 1..filled.len()).any(|n| whole(n) && !head[n] && !trails_off(body[filled[n]]));
        if text_under {
            // The article's own items may trail off too (a vox-pop's speakers cut short,
            // the text going on under them): only a list the page announces as other
            // stories (`Related`, `À lire aussi :`) or posts listed with their days goes,
            // and alone.
            let announced = (start.saturating_sub(1)..first).any(|n| {
                let l = body[filled[n]];
                // A label ending in `:` is no sign: an article announces its own quotes so.
                is_closer(l) || (!paragraph[n] && super::closers::is_list_heading(l))
            });
            let posts = items.iter().filter(|&&n| dated[n]).count() * 2 >= items.len();
            if announced || posts {
                (filled[start]..=filled[last]).for_each(|i| drop[i] = true);
            }
            m = last + 1;
            continue;
        }
        if !goes_on {
            body.truncate(filled[start]);
            break;
        }
        (filled[start]..=filled[last]).for_each(|i| drop[i] = true);
        m = last + 1;
    }
    let mut k = 0;
    body.retain(|_| {
        k += 1;
        !drop.get(k - 1).copied().unwrap_or(false)
    });
}

/// Items a run of one repeated shape after the text must hold before it is the page's list.
const PATTERN_ITEMS: usize = 3;

/// Distance at most, counted in filled lines, from one item's line of the repeated shape to
/// the next item's: an item prints its headline, a label, an image's name and an excerpt, a
/// byline.
const PATTERN_GAP: usize = 5;

/// Characters of a line whose shape may repeat from item to item: a headline, a label, a
/// byline; never an excerpt.
const PATTERN_LINE_MAX: usize = 120;

/// Words of a short line read as a name after a function word (`Par Jane Roe`, `By Staff`).
const NAMED_LINE_WORDS: usize = 4;

/// Articles (English, French, German, Spanish) that open a heading naming a thing.
const ARTICLES: [&str; 16] =
    ["the", "a", "an", "le", "la", "les", "l'", "un", "une", "der", "die", "das", "el", "los", "las", "des"];

/// The shape of a line that may repeat from one item of a list to the next: a function word over a name (`Par Jane Roe`, `By
/// Collectif`) that word and `*`, any other short line the shape the page reader gives it
/// ([`super::page::shape_key`]: `nfl`, `femmes`, `un contenu`), a headline printed as a
/// sentence (`… No. 1 spot …`) too. No shape for a picture's name alone (`[aurora.jpg]`):
/// an article's own listicle prints one in each card, as a list of other stories does, so it
/// tells them apart by nothing. No shape for a longer line, an item of a bulleted list
/// (the article's own list repeats its first words), a day alone, nor for one opening with
/// no letter or holding a number (`12`, `(graphic: …)`, `14h-14h30`: a programme's times).
fn pattern_key(l: &str) -> Option<String> {
    let s = signals(l);
    // A day alone (`Publié le 3 mars 2024`) is a stamp: dated lists are read by their stamps
    // (see [`super::block::drop_stamped_teasers`]).
    if s.bullet || s.chars == 0 || s.chars > PATTERN_LINE_MAX || date_line(l) {
        return None;
    }
    let t = super::block::plain(l).0.trim();
    let mut rest = t;
    while let Some(inner) = rest.strip_prefix('[') {
        match inner.find(']') {
            Some(close) => rest = inner[close + 1..].trim_start(),
            None => break,
        }
    }
    if rest.is_empty() {
        return None;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    let common = |w: &str| super::lexicon::is_common_word(&crate::text::fold(&w.to_lowercase()));
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    // An article over a name (`The Aurora`, `La Volta`) is a card's heading in the article's
    // own listicle, not a byline: only a preposition (`Par`, `By`) signs an item.
    let article = |w: &str| ARTICLES.contains(&crate::text::fold(&w.to_lowercase()).as_str());
    if (2..=NAMED_LINE_WORDS).contains(&words.len())
        && common(words[0])
        && !article(words[0])
        && capital(words[1])
        && words[1..].iter().all(|w| !common(w) || capital(w))
    {
        return Some(format!("{} *", crate::text::fold(&words[0].to_lowercase())));
    }
    let key = super::page::shape_key(l)?;
    // A number in it (`12`, `14h-14h30`, `Step 3`) counts or times the article's own entries.
    let opens_word = key.chars().next().is_some_and(char::is_alphabetic);
    (opens_word && !key.contains('0')).then_some(key)
}

/// A list of other stories after the text that no test above reads (its items on the
/// article's subject, not cut short, undated): items printed in one pattern, a line of the
/// same shape ([`pattern_key`]: a byline `Par …`, a section's label, the series' name
/// opening each headline) coming back [`PATTERN_ITEMS`] times or more, every [`PATTERN_GAP`]
/// filled lines at most, each item holding one paragraph at most besides that line, none of
/// them a quotation. A page repeats its own template; an article's sections do not come back
/// in one shape after its last paragraphs (a listicle's cards, whose pictures' names have no
/// shape, a Q&A's labels, `Q:`, and signed testimonies, quotations each over its speaker's
/// name, are ruled out by the tests below). The text ends where the first item opens when:
/// - the shape is new there: none of the article's lines above its last two paragraphs in a
///   row has it (its own template), and it is no label announcing what follows (`A:`);
/// - nothing after the run reads as the text going on (two paragraphs in a row);
/// - an article stands above it ([`super::block::enough_before`]) and it holds more prose
///   than the run and what follows it.
///
/// The first item opens at the line of that shape, or above it over the lines shaped as the
/// second item's lines above its own (a headline and an excerpt over a byline), never over
/// two paragraphs in a row.
pub(super) fn cut_patterned_tail(body: &mut Vec<&str>) {
    use super::block::{enough_before, is_paragraph};
    let filled: Vec<usize> = (0..body.len()).filter(|&i| !body[i].trim().is_empty()).collect();
    let n = filled.len();
    let paragraph: Vec<bool> = filled.iter().map(|&i| is_paragraph(body[i])).collect();
    let keys: Vec<Option<String>> = filled.iter().map(|&i| pattern_key(body[i])).collect();
    let pair = |m: usize| m >= 1 && paragraph[m] && paragraph[m - 1];
    let chars = |m: usize| signals(body[filled[m]]).chars;
    let mut seen: std::collections::HashMap<&str, Vec<usize>> = Default::default();
    for (m, k) in keys.iter().enumerate() {
        if let Some(k) = k {
            seen.entry(k.as_str()).or_default().push(m);
        }
    }
    let mut cut: Option<usize> = None;
    for (key, at) in &seen {
        if key.ends_with(':') || at.len() < PATTERN_ITEMS {
            continue;
        }
        let mut runs: Vec<Vec<usize>> = Vec::new();
        for &m in at {
            match runs.last_mut() {
                Some(r) if m - r[r.len() - 1] <= PATTERN_GAP => r.push(m),
                _ => runs.push(vec![m]),
            }
        }
        for run in runs.iter().filter(|r| r.len() >= PATTERN_ITEMS) {
            let (first, last) = (run[0], run[run.len() - 1]);
            if (last + 1..n).any(pair) {
                continue;
            }
            // The article's own template: the shape printed above its last paragraphs.
            let text_end = (1..first).rev().find(|&m| pair(m)).unwrap_or(0);
            if keys[..text_end].iter().any(|k| k.as_deref() == Some(key)) {
                continue;
            }
            // Up over the lines shaped as the second item's above its own line of the shape.
            let gap = run.windows(2).map(|w| w[1] - w[0]).min().unwrap_or(1);
            let mut start = first;
            while start > 0
                && first - start + 1 < gap
                && paragraph[start - 1] == paragraph[run[1] - (first - start + 1)]
                && !pair(start - 1)
            {
                start -= 1;
            }
            let mut item = start;
            // A quotation held in an item (`« … »` over `Par Marie Leroy`) is a testimony the
            // article gathers, not another story's excerpt.
            let quoted =
                |m: usize| super::block::plain(body[filled[m]]).0.trim_start().starts_with(['«', '“', '"', '‘']);
            let one_paragraph = run.iter().all(|&k| {
                let held: Vec<usize> = (item..k).filter(|&m| paragraph[m]).collect();
                item = k + 1;
                held.len() <= 1 && !held.iter().any(|&m| quoted(m))
            });
            if !one_paragraph || !enough_before(body, &filled[..start]) {
                continue;
            }
            let prose = |r: std::ops::Range<usize>| r.filter(|&m| paragraph[m]).map(chars).sum::<usize>();
            // The list runs to the page's end: what its last item's reach leaves under it
            // (the page's footer, one more box) is less than the list.
            let reach = (last + gap).min(n);
            let printed = |r: std::ops::Range<usize>| r.map(chars).sum::<usize>();
            if prose(start..n) >= prose(0..start) || printed(reach..n) >= printed(start..reach) {
                continue;
            }
            cut = Some(cut.map_or(start, |c| c.min(start)));
            break;
        }
    }
    if let Some(start) = cut {
        body.truncate(filled[start]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An article on a harbour's new ferry, four paragraphs that keep to their subject.
    const FERRY: [&str; 4] = [
        "The harbour board said on Monday that the new electric ferry will carry its first passengers across the bay in the spring.",
        "The electric ferry replaces two diesel boats that have crossed the bay since the seventies, and the board expects the harbour to be quieter.",
        "Passengers will board the ferry from a rebuilt pier, where the board has installed chargers that fill the batteries in twenty minutes.",
        "The board hopes the ferry will cut the harbour's fuel bill by half, and it plans to order a second electric boat if the crossing succeeds.",
    ];

    fn page(tail: &[&str]) -> Vec<String> {
        FERRY.iter().chain(tail).flat_map(|l| [l.to_string(), String::new()]).collect()
    }

    fn cut(page: &[String]) -> Vec<String> {
        let mut body: Vec<&str> = page.iter().map(String::as_str).collect();
        cut_teaser_tail(&mut body);
        body.iter().filter(|l| !l.trim().is_empty()).map(|l| l.to_string()).collect()
    }

    /// A list of other stories after the ferry article: an outlet's label over each headline,
    /// an excerpt of a sentence or two under it, some cut short.
    const STORIES: [&str; 9] = [
        "Regional Courier",
        "Local bakery wins national award for its sourdough loaf after ten years of trying",
        "The judges praised the crust and the long fermentation of the winning bread...",
        "Sport Weekly",
        "Veteran goalkeeper signs one more season with the city club despite his injuries",
        "The keeper, who turns forty next month, made the decision after talks with the coach.",
        "Culture Desk",
        "Painter opens a retrospective of fifty years of portraits in the old town library",
        "Visitors will see the portraits of three mayors...",
    ];

    fn dropped(tail: &[&str]) -> Vec<String> {
        let page = page(tail);
        let mut body: Vec<&str> = page.iter().map(String::as_str).collect();
        drop_story_lists(&mut body);
        body.iter().filter(|l| !l.trim().is_empty()).map(|l| l.to_string()).collect()
    }

    #[test]
    fn a_story_list_after_the_text_ends_it_with_what_follows() {
        // The list and the page's furniture under it (a pitch, the list's last items cut apart
        // by a headline that asks) go with it: nothing after the list joins the text.
        let mut tail: Vec<&str> = STORIES.to_vec();
        tail.extend([
            "Who is the famous actor in this old school photograph? Can you guess from the smile?",
            "Long before his first film he played in a school play, a photograph of which has now come to light.",
            "Support our newsroom",
        ]);
        assert_eq!(dropped(&tail), FERRY.to_vec());
    }

    #[test]
    fn a_story_list_inside_the_text_goes_alone() {
        // The article goes on past the box on its subject: only the list goes.
        let mut tail: Vec<&str> = STORIES.to_vec();
        tail.extend([
            "The board will present the electric ferry to passengers at an open day on the pier next month.",
            "The harbour board also said the old diesel boats would be sold to a museum.",
        ]);
        let kept = dropped(&tail);
        assert_eq!(kept.len(), FERRY.len() + 2, "{kept:?}");
        assert!(kept[FERRY.len()].starts_with("The board will present"));
    }

    #[test]
    fn the_article_s_own_sections_interviews_and_entries_stay() {
        // Short subheadings over paragraphs (a digest's sections) are no headlines of other
        // stories; entries of two paragraphs each are a live report's; a paragraph right under
        // the article's is its own, whatever its words.
        let sections = [
            "Quiet crossings",
            "Residents of the bay said they look forward to crossings without the roar of engines.",
            "The price of tickets",
            "Fares for the season will be published in the winter, after the council votes.",
            "Winter timetable",
            "Boats will leave every half hour during the winter months, as they do now.",
        ];
        assert_eq!(dropped(&sections).len(), FERRY.len() + sections.len());
        let entries = [
            "Council members gather at the town hall for the vote on the new budget",
            "The mayor opened the session at nine with a minute of silence for the former treasurer.",
            "Members then argued for an hour over the cost of repairing the old swimming pool.",
            "Opposition walks out of the chamber before the final count of the votes",
            "The opposition left the room, saying the figures had been given to them too late.",
            "Their leader told reporters the group would challenge the vote before the courts.",
            "Budget passes with a narrow majority after a long and noisy afternoon",
            "The budget passed by twelve votes to ten shortly before six in the evening.",
            "The treasurer said the first payments would be made in the spring, as planned.",
        ];
        assert_eq!(dropped(&entries).len(), FERRY.len() + entries.len());
    }

    fn listed(tail: &[&str]) -> Vec<String> {
        let page = page(tail);
        let mut body: Vec<&str> = page.iter().map(String::as_str).collect();
        drop_cut_excerpt_lists(&mut body);
        body.iter().filter(|l| !l.trim().is_empty()).map(|l| l.to_string()).collect()
    }

    #[test]
    fn related_stories_with_cut_excerpts_go_whatever_their_subject() {
        // Related stories on the ferry itself, which the cohesion test keeps: each excerpt is
        // cut short by the site, the list's heading over them.
        let related = [
            "More on the harbour",
            "Electric ferry completes its first trial crossing of the bay",
            "The new electric ferry crossed the bay on Tuesday with the harbour board and fifty...",
            "Harbour board orders a second electric boat for the crossing",
            "After a season of crossings, the board has decided that the electric ferry will get a…",
            "Why the old diesel boats of the bay are going to a museum",
            "The two diesel boats that crossed the bay since the seventies will be shown at the...",
            "Support our newsroom",
        ];
        assert_eq!(listed(&related), FERRY.to_vec());
        // Inside the text, the article going on past it, under its heading: the list alone
        // goes.
        let mut inside: Vec<&str> = vec!["Related"];
        inside.extend(&related[1..7]);
        inside.extend([
            "The board will present the electric ferry to passengers at an open day on the pier next month.",
            "The harbour board also said the old diesel boats would be sold to a museum in the spring.",
            "A museum curator said the boats would be restored before they go on show to the public.",
        ]);
        let kept = listed(&inside);
        assert_eq!(kept.len(), FERRY.len() + 3, "{kept:?}");
    }

    /// Three speakers quoted under the ferry article, each quote trailing off.
    const VOX_POP: [&str; 6] = [
        "Maria, a commuter for thirty years",
        "I used to take the ferry every morning and the noise was terrible, but now I can finally hear the...",
        "Tom, a fisherman at the harbour",
        "The diesel boats scared the fish away from the pier for years, and we will see whether the quiet brings them...",
        "Lena, who runs the pier café",
        "My customers come for the view of the bay, and they will come even more when the boats stop smelling of...",
    ];

    #[test]
    fn the_article_s_own_quotes_trailing_off_stay_and_text_under_a_list_is_never_cut() {
        // Quotes of the article's speakers, its text going on under them, no heading over
        // them announcing other stories: all of it stays.
        let mut own: Vec<&str> = VOX_POP.to_vec();
        own.push("The board will present the electric ferry to passengers at an open day on the pier next month.");
        assert_eq!(listed(&own).len(), FERRY.len() + own.len());
        // Announced as other stories, the same list goes, and the paragraph under it stays.
        let mut announced: Vec<&str> = vec!["Related stories:"];
        announced.extend(&own);
        let kept = listed(&announced);
        assert_eq!(kept.len(), FERRY.len() + 1, "{kept:?}");
        assert!(kept[FERRY.len()].starts_with("The board will present"));
        // A label the article sets over its own quotes announces no other stories.
        let mut told: Vec<&str> = vec!["What passengers told us:"];
        told.extend(&own);
        assert_eq!(listed(&told).len(), FERRY.len() + told.len());
    }

    #[test]
    fn posts_listed_with_their_days_go() {
        let posts = [
            "Local bakery wins national award for its sourdough loaf",
            "9 janvier 2025",
            "The judges praised the crust and the long fermentation of the winning bread.",
            "Veteran goalkeeper signs one more season with the city club",
            "8 janvier 2025",
            "Painter opens a retrospective of fifty years of portraits",
            "7 janvier 2025",
        ];
        assert_eq!(listed(&posts), FERRY.to_vec());
    }

    #[test]
    fn the_article_s_own_trailing_sentences_and_timeline_stay() {
        // One paragraph trailing off is the writer's; a timeline's days open its paragraphs,
        // under no headline.
        let own = [
            "What the passengers said",
            "Residents of the bay said they look forward to crossings without the roar of the old...",
            "The price of tickets",
            "Fares for the season will be published in the winter, after the council votes on them.",
            "Winter timetable",
            "Boats will leave every half hour during the winter months, as they do now on the route.",
        ];
        assert_eq!(listed(&own).len(), FERRY.len() + own.len());
        let timeline = [
            "3 mars 1971",
            "The first diesel boat crosses the bay, carrying the mayor and the harbour board.",
            "12 juin 1975",
            "A second diesel boat joins the first on the crossing, every hour in the summer.",
            "4 avril 2024",
            "The harbour board votes to replace both boats with an electric ferry by the spring.",
        ];
        assert_eq!(listed(&timeline).len(), FERRY.len() + timeline.len());
    }

    #[test]
    fn stories_listed_after_the_article_go_but_its_own_subheadings_and_lists_stay() {
        // Other stories' titles and excerpts, each on its own subject, with their labels.
        let teasers = page(&[
            "Local bakery wins national award for sourdough loaf",
            "The judges praised the crust and the long fermentation of the winning bread.",
            "Sport",
            "Veteran goalkeeper signs one more season with city club",
            "The keeper, who turns forty next month, made the decision after talks with the coach.",
            "Culture",
            "Painter opens retrospective of fifty years of portraits in old library",
        ]);
        assert_eq!(cut(&teasers).len(), FERRY.len());
        // The article's own subheadings over paragraphs on its subject stay.
        let own = page(&[
            "What the new electric ferry means for passengers",
            "Passengers will pay the same fare on the electric ferry, the board said.",
            "How the harbour board will charge the batteries",
            "The chargers on the rebuilt pier draw power from the harbour's solar roof.",
            "When the second electric boat could join the ferry",
        ]);
        assert_eq!(cut(&own).len(), own.iter().filter(|l| !l.is_empty()).count());
        // A sentence before the first title is the article's; a list it opens is its own.
        let listed = page(&[
            "The programme of the opening day includes:",
            "* Concert by the town choir on the quay",
            "* Free crossings for schoolchildren all afternoon",
            "Local bakery wins national award for sourdough loaf",
            "Veteran goalkeeper signs one more season with city club",
            "Painter opens retrospective of fifty years of portraits in old library",
        ]);
        assert_eq!(cut(&listed).len(), listed.iter().filter(|l| !l.is_empty()).count());
    }

    fn patterned(tail: &[&str]) -> Vec<String> {
        let page = page(tail);
        let mut body: Vec<&str> = page.iter().map(String::as_str).collect();
        cut_patterned_tail(&mut body);
        body.iter().filter(|l| !l.trim().is_empty()).map(|l| l.to_string()).collect()
    }

    /// Other stories of the same column after the ferry article, on its subject and whole:
    /// a headline, an excerpt, a byline, three times over.
    const SIGNED: [&str; 9] = [
        "A second ferry for the bay",
        "The harbour board weighs an order for a second electric boat to cross the bay in winter.",
        "Par Jane Roe",
        "Chargers on every pier",
        "The ferry's chargers could serve the fishing boats too, the board says in its new plan.",
        "Par John Smith",
        "The old diesel boats find a museum",
        "The two diesel boats that crossed the bay since the seventies will be shown to visitors.",
        "Par Collectif",
    ];

    #[test]
    fn items_printed_in_one_pattern_after_the_text_end_it() {
        // Each item signs with a byline: the list goes from its first headline, a footer too.
        let mut tail: Vec<&str> = SIGNED.to_vec();
        tail.push("Les plus lus");
        assert_eq!(patterned(&tail), FERRY.to_vec());
    }

    #[test]
    fn the_article_s_own_pattern_or_text_after_it_stays() {
        // The text goes on under the items (two paragraphs in a row): they are its sections.
        let mut tail: Vec<&str> = SIGNED.to_vec();
        tail.extend(FERRY);
        assert_eq!(patterned(&tail).len(), FERRY.len() * 2 + SIGNED.len());
        // The same sections heading more text than they hold: a long read's parts.
        let mut tail: Vec<&str> = SIGNED.to_vec();
        tail.extend(["Harbour notes", FERRY[0], "Ferry notes", FERRY[1], "Pier notes", FERRY[2]]);
        assert_eq!(patterned(&tail).len(), FERRY.len() + tail.len());
        // A bulleted list's items repeat their first word: the article's own list.
        let listed = ["• Par Jane Roe", "• Par John Smith", "• Par Jean Dupont", "• Par Marie Curie"];
        assert_eq!(patterned(&listed).len(), FERRY.len() + listed.len());
        // A programme's times count the article's own entries.
        let timed = [
            "14h-14h30 : Accueil",
            "A talk on ferries",
            "15h-15h30 : Pause",
            "A talk on piers",
            "16h-16h30 : Discussion",
        ];
        assert_eq!(patterned(&timed).len(), FERRY.len() + timed.len());
        // Dated items are read by their stamps elsewhere.
        let dated = [
            "A second ferry for the bay",
            "Publié le 3 mars 2024",
            "Chargers on every pier",
            "Publié le 4 mars 2024",
            "The old diesel boats",
            "Publié le 5 mars 2024",
        ];
        assert_eq!(patterned(&dated).len(), FERRY.len() + dated.len());
    }

    #[test]
    fn an_article_s_listicle_or_testimonies_stay() {
        // Its own cards, a heading, a picture's name, a paragraph each: the picture's name
        // repeats, as in a list of other stories, and tells them apart by nothing.
        let cards = [
            "Here are the three boats the board looked at before choosing.",
            "The Aurora",
            "[aurora.jpg]",
            "A Norwegian design already in service on three fjords, proven in rough winter seas.",
            "The Sea Spark",
            "[seaspark.jpg]",
            "A French boat with a lighter hull, cheaper to build but untested in open water so far.",
            "The Volta",
            "[volta.jpg]",
            "A Dutch ferry that charges in six minutes, the fastest of the three, chosen in the end.",
        ];
        assert_eq!(patterned(&cards).len(), FERRY.len() + cards.len());
        // Signed testimonies: a quotation over its speaker's name, the byline repeating.
        let quoted = [
            "Ils racontent",
            "« Je prends le bac chaque jour pour travailler, et le bruit du moteur me fatigue. »",
            "Par Marie Leroy",
            "« Les visiteurs paieront plus, mais l'île sera plus propre, c'est un bon marché. »",
            "Par Jean Morel",
            "« Il faut que les horaires d'hiver restent les mêmes, sinon les écoliers perdront. »",
            "Par Luc Bernard",
        ];
        assert_eq!(patterned(&quoted).len(), FERRY.len() + quoted.len());
    }
}
