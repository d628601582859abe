//! Blocks of an article's body that are other stories the page points to: teasers cut short
//! by an ellipsis, a listing's items framed by label lines, and the items of a feed between
//! age stamps or signature lines. Their dates are those other stories', not events the
//! article reports.

use crate::markdown::Block;

/// The blocks of one article's body that are other stories the page points to, judged
/// block by block ([`OtherStories::is_other_story`]).
pub(super) struct OtherStories<'a> {
    blocks: &'a [Block],
    /// The stretches of the body between two marks of a feed's items ([`feed_items`]): its
    /// age stamps, or its signatures. Found once per article, and none on most.
    feed: Vec<(usize, usize)>,
    /// Whether the body prints a teaser's cut shape ([`is_cut_teaser`]) more than once, asked
    /// only of an article that has one.
    teasers_repeat: Option<bool>,
    /// The items of the body's listings of titled summaries ([`listing_items`]), found when
    /// a dated block is first asked about.
    listing: Option<Vec<usize>>,
    /// The blocks under a heading that offers further reading ([`reading_list_items`]),
    /// found when a dated block is first asked about.
    reading: Option<Vec<usize>>,
}

impl<'a> OtherStories<'a> {
    /// The body `blocks`, its feeds found.
    pub(super) fn of(blocks: &'a [Block]) -> OtherStories<'a> {
        let mut feed = feed_items(blocks, is_age_stamp);
        feed.extend(feed_items(blocks, is_signature_line));
        OtherStories { blocks, feed, teasers_repeat: None, listing: None, reading: None }
    }

    /// Whether block `bi` is another story: an item of a feed, whatever its shape; or, on a
    /// body that prints the cut teaser's shape twice or more, a teaser cut short, or a short
    /// block framed by two label lines (a teaser's title above, its outlet or the next title
    /// below), cut or not. One paragraph that trails off is the writer's; a listing prints
    /// the shape once per story it points to.
    pub(super) fn is_other_story(&mut self, bi: usize) -> bool {
        let blocks = self.blocks;
        let Some(block) = blocks.get(bi) else { return false };
        let framed = || {
            block.text.len() < LISTING_ITEM_MAX
                && bi.checked_sub(1).is_some_and(|p| is_label_line(&blocks[p].text))
                && blocks.get(bi + 1).is_some_and(|n| is_label_line(&n.text))
        };
        let in_feed = self.feed.iter().any(|&(a, b)| a < bi && bi < b);
        in_feed
            || self.listing.get_or_insert_with(|| listing_items(blocks)).binary_search(&bi).is_ok()
            || self.reading.get_or_insert_with(|| reading_list_items(blocks)).binary_search(&bi).is_ok()
            || (is_cut_teaser(&block.text) || framed())
                && *self.teasers_repeat.get_or_insert_with(|| {
                    blocks.iter().filter(|b| !b.heading && is_cut_teaser(&b.text)).nth(1).is_some()
                })
    }
}

/// The longest block, in bytes, read as a teaser's cut summary by [`is_cut_teaser`]: a
/// listing prints two or three sentences of another story; an article's own paragraph that
/// trails off (`J'ai perdu beaucoup d'étudiants aussi…`) is most often longer.
const CUT_TEASER_MAX: usize = 350;

/// Whether a block is the summary of another story that a listing of the page cut short
/// (`Neuf ans après leur coup de foudre …, ils ont décidé de se séparer. Parents...`,
/// `… contre les violences…`): a short block that ends with an ellipsis right after a word,
/// where the article's own prose ends its paragraphs with a sentence's end mark. Its dates
/// are that other story's, or a truncated copy of the article's standfirst whose whole
/// sentence the body gives again: none is an event this article reports. Read as a teaser
/// only where the body holds two such blocks or more (see [`OtherStories::is_other_story`]): French prose may end
/// one paragraph trailing off.
fn is_cut_teaser(text: &str) -> bool {
    let text = crate::text::trim_end(text);
    if text.len() >= CUT_TEASER_MAX {
        return false;
    }
    // The run of dots and ellipses that ends the block: an ellipsis, or three dots or more.
    let cut = text.trim_end_matches(['.', '…']);
    let tail = &text[cut.len()..];
    let ellipsis = tail.contains('…') || tail.len() >= 3;
    // Cut after a word, not after a sentence's end (`aussi !…`, `» …`): a space may stand
    // before the ellipsis (`against Nancy …`).
    ellipsis && cut.trim_end().chars().next_back().is_some_and(char::is_alphanumeric)
}

/// The longest block, in bytes, read as a listing's item when label lines frame it (see
/// [`OtherStories::is_other_story`]): a teaser's summary is a few sentences.
const LISTING_ITEM_MAX: usize = 600;

/// Whether a block is a label line: one short line with no sentence's end mark (a teaser's
/// title, an outlet's name, `Plus d'articles`).
fn is_label_line(text: &str) -> bool {
    let t = crate::text::trim(text);
    !t.is_empty() && t.len() < 160 && !t.contains('\n') && !t.ends_with(['.', '!', '?', '…', ':', ';'])
}

/// The fewest marks of one kind (age stamps, signatures) a body prints for them to be read as
/// a feed's (see [`feed_items`]): one or two are the article's own stamp or byline, and an
/// update's or a co-author's.
const FEED_MARKS_MIN: usize = 3;

/// The most blocks from one mark of a feed to the next for the blocks between them to be
/// the feed's (a source's name, a title, a summary, a picture's caption; a feed may stamp
/// one item in two or three): further apart, the text between is more than a feed prints.
const FEED_ITEM_SPAN: usize = 12;

/// The shortest block, in bytes, read as a paragraph of the article standing before a feed
/// (see [`feed_items`]).
pub(super) const FEED_ARTICLE_MIN: usize = 200;

/// The stretches of a body that are items of a feed of other stories: the blocks strictly
/// between two consecutive marks of one kind (`mark`: an age stamp, [`is_age_stamp`], `8h
/// ago`, `il y a 3 heures`; or a signature, [`is_signature_line`], `Par Jeanne Martin`) at
/// most [`FEED_ITEM_SPAN`] blocks apart, on a body that prints [`FEED_MARKS_MIN`] marks of
/// that kind or more, as `(mark, next mark)` pairs of block indices, where a paragraph of the
/// article ([`FEED_ARTICLE_MIN`] bytes or more) stands before the first of the two: the
/// stamp or byline above an article's own text is its own. A stream of stories, each printed
/// with how long ago it went out or who signed it, follows many articles on a page; its
/// summaries' dates are those other stories' (`The Fed is expected to hold rates steady
/// Wednesday.`). A live page that stamps its entries the same way below its summary has them
/// read as a feed too.
fn feed_items(blocks: &[Block], mark: fn(&str) -> bool) -> Vec<(usize, usize)> {
    let mut marks = blocks.iter().enumerate().filter(|(_, b)| mark(&b.text)).map(|(i, _)| i);
    // Most bodies print none: nothing is gathered for them.
    let Some(first) = marks.next() else {
        return Vec::new();
    };
    let all: Vec<usize> = std::iter::once(first).chain(marks).collect();
    if all.len() < FEED_MARKS_MIN {
        return Vec::new();
    }
    // The article's text comes before the feed: the first paragraph of it, if any.
    let Some(text) = blocks.iter().position(|b| !b.heading && b.text.len() >= FEED_ARTICLE_MIN) else {
        return Vec::new();
    };
    let mut items: Vec<(usize, usize)> = all
        .windows(2)
        .filter(|w| w[0] > text && w[1] - w[0] > 1 && w[1] - w[0] <= FEED_ITEM_SPAN)
        .map(|w| (w[0], w[1]))
        .collect();
    // The feed's last item has no mark after it: where the body ends within an item's reach
    // of the last mark, and that mark closes an item of the feed, what follows it is the
    // feed's last item, not the article's text come back.
    let last = all[all.len() - 1];
    if items.last().is_some_and(|&(_, b)| b == last) && blocks.len() - last > 2 && blocks.len() - last <= FEED_ITEM_SPAN
    {
        items.push((last, blocks.len()));
    }
    items
}

/// The fewest titled summaries in a row read as a listing by [`listing_items`]: one or two
/// are an article's sections.
const LISTING_RUN_MIN: usize = 3;

/// The most label lines between two summaries of a listing (a title, a rubric).
const LISTING_GAP_MAX: usize = 2;

/// The fewest words of a title, among the label lines between two summaries, for the run to
/// be read as a listing of other stories (`NFL Power Rankings, Week 12: Eagles stay at No. 1,
/// while Chiefs slip`): a headline's length, where a listicle heads its items with a few
/// words (`vs. Jane Roe, 2006 US Open`).
const LISTING_TITLE_WORDS: usize = 8;

/// The most blocks from a listing's last summary to the body's end (its last title, a
/// comments box): a page lists other stories below the article, where its text is over.
const LISTING_END_REACH: usize = 4;

/// The blocks of a body that are the summaries of a listing of other stories, in order: runs
/// of [`LISTING_RUN_MIN`] blocks or more, each a short paragraph framed by label lines
/// ([`is_label_line`], [`LISTING_ITEM_MAX`]), one to [`LISTING_GAP_MAX`] label lines apart, a
/// headline's length among them ([`LISTING_TITLE_WORDS`]), after a paragraph of the
/// article's ([`FEED_ARTICLE_MIN`]). A page lists other stories as a title over a summary,
/// again and again, below the article; an article's sections run to paragraphs of their own.
fn listing_items(blocks: &[Block]) -> Vec<usize> {
    let n = blocks.len();
    let label = |i: usize| blocks.get(i).is_some_and(|b| is_label_line(&b.text));
    let framed = |i: usize| {
        let b = &blocks[i];
        !b.heading && b.text.len() < LISTING_ITEM_MAX && !label(i) && i >= 1 && label(i - 1) && label(i + 1)
    };
    // The listing ends where the body does: it is looked for from there back, over its own
    // blocks, not over the whole body (every article with a date is asked).
    let Some(mut at) = (n.saturating_sub(LISTING_END_REACH)..n).rev().find(|&i| framed(i)) else {
        return Vec::new();
    };
    let mut run = vec![at];
    // The summary before, one or two label lines up (those between are labels, as both
    // summaries are framed), with a headline among them.
    while let Some(p) = (at.saturating_sub(LISTING_GAP_MAX + 1)..at).rev().find(|&p| framed(p)) {
        if !blocks[p + 1..at].iter().any(|b| b.text.split_whitespace().nth(LISTING_TITLE_WORDS - 1).is_some()) {
            break;
        }
        run.push(p);
        at = p;
    }
    // Below a paragraph of the article's: what stands above it is not the page's listing.
    let Some(text) = blocks.iter().position(|b| !b.heading && b.text.len() >= FEED_ARTICLE_MIN) else {
        return Vec::new();
    };
    run.retain(|&i| i > text);
    if run.len() < LISTING_RUN_MIN {
        return Vec::new();
    }
    run.reverse();
    run
}

/// How a heading that offers further reading opens, folded to lower case (`Pour en savoir
/// plus sur l'orgueil`, `Further reading`): what stands under it lists works and pages to
/// read, each dated by its publication (`1813. Orgueil et Préjugés. Jane Austen.`), not
/// events the article reports. Not `Sources`, `Références` nor `Bibliographie`: a scholarly
/// article's truth keeps its list of references as its text.
const READING_HEADS: &[&str] =
    &["pour en savoir plus", "pour aller plus loin", "lectures complémentaires", "further reading", "to learn more"];

/// The longest heading, in bytes, read as offering further reading (`Pour en savoir plus sur
/// l'Orgueil et sur le 7`): a sentence that opens the same way is prose.
const READING_HEAD_MAX: usize = 80;

/// The blocks of a body under a heading that offers further reading ([`READING_HEADS`]), up
/// to the next heading, in order.
fn reading_list_items(blocks: &[Block]) -> Vec<usize> {
    let mut items = Vec::new();
    let mut under = false;
    for (i, b) in blocks.iter().enumerate() {
        if b.heading {
            let t = crate::text::trim(&b.text);
            under = t.len() <= READING_HEAD_MAX && READING_HEADS.iter().any(|h| starts_folded(t, h));
        } else if under {
            items.push(i);
        }
    }
    items
}

/// Whether `text` opens with `prefix` (lower case) but for the case of its letters.
fn starts_folded(text: &str, prefix: &str) -> bool {
    let mut t = text.chars().flat_map(char::to_lowercase);
    prefix.chars().all(|p| t.next() == Some(p))
}

/// The units of time an age stamp counts in, English and French (`8h`, `35 min`, `3 jours`).
const AGE_UNITS: &[&str] = &[
    "m", "mn", "min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour", "hours", "d", "day", "days", "w", "wk",
    "wks", "week", "weeks", "j", "jour", "jours", "heure", "heures", "semaine", "semaines",
];

/// The longest line, in bytes, read as an age stamp by [`is_age_stamp`].
const AGE_STAMP_MAX: usize = 64;

/// The most bytes an age stamp may carry after its age: a clock time and a name
/// (`5 hours ago10:05 Jane Roe`).
const AGE_STAMP_TAIL: usize = 30;

/// Whether a block is a line of its own giving how long ago something went out: a count, a
/// unit of time and `ago` (`8h ago`, `35m ago`, `5 hours ago`), or `il y a` and a count and
/// a unit (`il y a 3 heures`), followed by at most a clock time or a name. Neither a sentence
/// (`Two hours ago, the storm reached the coast.`) nor a line that goes on in words (`3 days
/// ago the law passed`).
fn is_age_stamp(text: &str) -> bool {
    let t = crate::text::trim(text);
    if t.len() > AGE_STAMP_MAX || t.ends_with(['.', '!', '?', '…', ':', ';']) {
        return false;
    }
    // French writes the count after `il y a`.
    let french = t.get(..7).is_some_and(|p| p.eq_ignore_ascii_case("il y a "));
    let s = if french { t[7..].trim_start() } else { t };
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return false;
    }
    let s = s[digits..].trim_start();
    let unit_len = s.bytes().take_while(u8::is_ascii_alphabetic).count();
    if !AGE_UNITS.iter().any(|u| u.eq_ignore_ascii_case(&s[..unit_len])) {
        return false;
    }
    let mut rest = &s[unit_len..];
    if !french {
        let after = rest.trim_start();
        // `8h ago`: a space, then `ago`, and not a longer word.
        if after.len() == rest.len() || !after.get(..3).is_some_and(|a| a.eq_ignore_ascii_case("ago")) {
            return false;
        }
        rest = &after[3..];
    }
    if rest.chars().next().is_some_and(char::is_alphabetic) {
        return false;
    }
    let rest = rest.trim();
    rest.len() <= AGE_STAMP_TAIL && !rest.split_whitespace().any(|w| w.chars().next().is_some_and(char::is_lowercase))
}

/// The longest line, in bytes, read as a signature by [`is_signature_line`].
const SIGNATURE_MAX: usize = 60;

/// The most words a signature names after `Par` or `By`.
const SIGNATURE_WORDS: usize = 5;

/// The lower-case words a name may hold (`Marie de La Tour`, `Jane Roe and John Doe`).
const NAME_PARTICLES: &[&str] =
    &["de", "du", "des", "la", "le", "d'", "van", "von", "der", "den", "da", "di", "et", "and"];

/// Whether a block is a signature on a line of its own: `Par` or `By` and a name of one to
/// [`SIGNATURE_WORDS`] words, each capitalised or a particle (`Par Jeanne Martin`, `By Jane
/// Roe and John Doe`). Not a sentence (`By Monday, the bridge will be closed.`), nor a line
/// that goes on in words (`Par ailleurs`, `By the river`) or gives a day (`By Jane Roe, 12
/// March`).
fn is_signature_line(text: &str) -> bool {
    let t = crate::text::trim(text);
    if t.len() > SIGNATURE_MAX || t.ends_with(['.', '!', '?', '…', ':', ';']) {
        return false;
    }
    let mut words = t.split_whitespace();
    if !words.next().is_some_and(|w| w.eq_ignore_ascii_case("par") || w.eq_ignore_ascii_case("by")) {
        return false;
    }
    let mut n = 0;
    for (i, w) in words.enumerate() {
        n += 1;
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        if n > SIGNATURE_WORDS || !(capital || i > 0 && NAME_PARTICLES.contains(&w)) {
            return false;
        }
    }
    n > 0
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn a_short_block_cut_after_a_word_is_a_teaser() {
        assert!(is_cut_teaser(
            "Neuf ans après leur coup de foudre à Los Angeles en 2016, ils ont décidé de se séparer. Parents..."
        ));
        assert!(is_cut_teaser("En ce jour de recueillement, deux femmes étaient présentes à la Trinité-sur-Mer...."));
        assert!(is_cut_teaser("À Montreuil, ce 25 novembre, près de 1 000 personnes ont manifesté. Les cortèges…"));
        assert!(is_cut_teaser("The man charged in last year’s attack against Nancy …"));
        // A sentence's end before the ellipsis, too few dots, or a long paragraph: prose.
        assert!(!is_cut_teaser("Il est mort dimanche. J'ai perdu beaucoup d'étudiants aussi !…"));
        assert!(!is_cut_teaser("The talks resumed on Monday in the U.S."));
        assert!(!is_cut_teaser("Elle est partie lundi.."));
        assert!(!is_cut_teaser(&format!("{} Et puis…", "Le conseil a voté lundi. ".repeat(15))));
        assert!(!is_cut_teaser("…"));
    }

    /// One body block a text, ids `p0`, `p1`…, on lines 1, 2…: a page's body for the tests of
    /// this module and of `asides`.
    pub(crate) fn blocks(texts: &[&str]) -> Vec<Block> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| Block { id: format!("p{i}"), text: (*t).into(), heading: false, line: i + 1 })
            .collect()
    }

    /// A paragraph of the article's, long enough to stand before a feed or a listing.
    fn article_paragraph() -> String {
        "The council voted on Monday to close the bridge for the whole winter, the mayor said. ".repeat(3)
    }

    #[test]
    fn a_listing_of_titled_summaries_closing_the_body_is_other_stories() {
        let text = article_paragraph();
        let title = "Power Rankings, Week 12: the leaders stay on top while the rest slip";
        let summary = "After another wild week, the rankings were shaken up on Sunday.";
        let mut b = vec![text.as_str(), "news"];
        for _ in 0..4 {
            b.extend([title, summary]);
        }
        b.push("Please enable JavaScript to view the comments");
        let bl = blocks(&b);
        assert_eq!(listing_items(&bl), [3, 5, 7, 9]);
        let mut others = OtherStories::of(&bl);
        assert!(others.is_other_story(9));
        assert!(!others.is_other_story(0));
        // Two items only, short titles (a listicle's heads), or the article's text going on
        // after the run: no listing.
        let two = blocks(&[&text, title, summary, title, summary, title]);
        assert!(listing_items(&two).is_empty());
        let short = "vs. Jane Roe, 2006 final";
        let mut b = vec![text.as_str()];
        for _ in 0..4 {
            b.extend([short, summary]);
        }
        b.push(short);
        assert!(listing_items(&blocks(&b)).is_empty());
        let mut b = vec![text.as_str()];
        for _ in 0..4 {
            b.extend([title, summary]);
        }
        b.extend([title, text.as_str(), text.as_str(), text.as_str(), text.as_str(), text.as_str()]);
        assert!(listing_items(&blocks(&b)).is_empty());
    }

    #[test]
    fn the_last_item_of_a_feed_runs_to_the_bodys_end() {
        let text = article_paragraph();
        let b = blocks(&[
            &text,
            "1h ago",
            "A title of another story",
            "Its summary, dated Monday.",
            "35m ago",
            "Another title",
            "Another summary, dated Tuesday.",
            "12h ago",
            "The last title",
            "The last summary, dated Wednesday.",
        ]);
        assert_eq!(feed_items(&b, is_age_stamp), [(1, 4), (4, 7), (7, 10)]);
        // A mark that closes no item of the feed before it (the first) leaves what follows it.
        let mut b = vec![text.as_str(), "1h ago"];
        b.extend(std::iter::repeat_n(text.as_str(), 12));
        b.extend(["2h ago", "A title", "A summary.", "3h ago", "The last title", "The last summary."]);
        let b = blocks(&b);
        assert_eq!(feed_items(&b, is_age_stamp), [(14, 17), (17, 20)]);
    }

    #[test]
    fn an_age_stamp_is_a_line_of_a_count_a_unit_and_ago() {
        for t in ["8h ago", "35m ago", " 5 hours ago ", "5 hours ago10:05 Jane Roe", "2 DAYS AGO", "il y a 3 heures"] {
            assert!(is_age_stamp(t), "{t:?}");
        }
        assert!(is_age_stamp("Il y a 12 min"));
        // A sentence, words after the age, a count in words, a long count, no unit, no `ago`.
        for t in [
            "Two hours ago",
            "8 hours ago, the storm reached the coast.",
            "3 days ago the law passed",
            "2023 days ago",
            "8 ago",
            "8 hours",
            "8 hours agony",
            "il y a 3 ans",
            "il y a trois heures",
            "",
        ] {
            assert!(!is_age_stamp(t), "{t:?}");
        }
    }

    #[test]
    fn a_signature_line_is_par_or_by_and_a_name() {
        for t in
            ["Par Jeanne Martin", "By Jane Roe and John Doe", "Par Marie de La Tour", "BY JANE ROE", " par Collectif "]
        {
            assert!(is_signature_line(t), "{t:?}");
        }
        for t in [
            "By Monday, the bridge will be closed.",
            "Par ailleurs",
            "By the river",
            "By Jane Roe, 12 March",
            "Par",
            "Par de Gaulle",
            "Par Jeanne Martin, Paul Durand, Léa Petit et Marc Blanc",
            "Passer Jeanne Martin",
        ] {
            assert!(!is_signature_line(t), "{t:?}");
        }
    }

    #[test]
    fn blocks_under_a_heading_offering_further_reading_are_its_list() {
        let mut b = blocks(&[
            "The council voted on Monday.",
            "Pour en savoir plus sur l’Orgueil et sur le 7",
            "2019. L’erreur et l’orgueil. Roger Scruton.",
            "1813. Orgueil et Préjugés. Jane Austen.",
            "Ce que dit la loi",
            "Depuis 2019, la loi impose un stage.",
            "FURTHER READING",
            "The Virtue of Selfishness (1964).",
        ]);
        for i in [1, 4, 6] {
            b[i].heading = true;
        }
        assert_eq!(reading_list_items(&b), [2, 3, 7]);
        let mut others = OtherStories::of(&b);
        assert!(others.is_other_story(3));
        assert!(!others.is_other_story(5));
        // The same words as a paragraph, or a heading of sources: the article's.
        let mut b = blocks(&["Pour en savoir plus, il a lu en 2019.", "Bibliographie", "Roe J. (2019), Un titre."]);
        b[1].heading = true;
        assert!(reading_list_items(&b).is_empty());
    }

    #[test]
    fn a_label_line_is_one_short_line_with_no_end_mark() {
        assert!(is_label_line("Jany et Pierrette dignes : les deux ex-femmes présentes à la Trinité-sur-Mer"));
        assert!(is_label_line("Paris Match"));
        assert!(!is_label_line("Le conseil a voté lundi."));
        assert!(!is_label_line("Qui était-il ?"));
        assert!(!is_label_line("Première ligne\nseconde ligne"));
        assert!(!is_label_line("  "));
    }
}
