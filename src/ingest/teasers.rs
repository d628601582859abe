//! Lists of other stories printed after the article with no template the block reader
//! knows: titles (and their short excerpts) off the article's subject, cut from the first.
//! A module of its own because it reads lines as [`super::block`] does, and the block reader
//! itself uses [`super::boilerplate`]: kept here, neither module imports the other round.

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
    use super::block::{content_set, is_paragraph, keeps_to, signals};
    let filled: Vec<usize> = (0..body.len()).filter(|&i| !body[i].trim().is_empty()).collect();
    let words: Vec<std::collections::HashSet<String>> =
        filled.iter().map(|&i| content_set(body, std::iter::once(i))).collect();
    let paragraph: Vec<bool> = filled.iter().map(|&i| is_paragraph(body[i])).collect();
    let title: Vec<bool> = filled.iter().zip(&words).map(|(&i, w)| teaser_title(body[i]) && w.len() >= 2).collect();
    let excerpt = |m: usize| paragraph[m] && signals(body[filled[m]]).chars <= TEASER_EXCERPT_MAX;
    let mut core: std::collections::HashSet<String> = std::collections::HashSet::new();
    let (mut paragraphs, mut pairs) = (0, 0);
    for c in 1..filled.len() {
        let n = c - 1;
        if !paragraph[n] {
            continue;
        }
        core.extend(words[n].iter().cloned());
        paragraphs += 1;
        if n > 0 && paragraph[n - 1] {
            pairs += 1;
        }
        if paragraphs < ARTICLE_PARAGRAPHS || pairs == 0 {
            continue;
        }
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
        let on = |m: &usize| keeps_to(&core, &words[*m], ITEM_COHESION);
        let off = |at: &[usize]| at.iter().filter(|m| !on(m)).count();
        let mostly_off = |at: &[usize]| off(at) as f64 >= OFF_SUBJECT_SHARE * at.len() as f64;
        if on(&titles[0]) || off(&titles) < TEASER_TITLES || !mostly_off(&titles) || !mostly_off(&texts) {
            continue;
        }
        body.truncate(filled[c]);
        return;
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
}
