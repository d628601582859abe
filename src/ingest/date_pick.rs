//! The publication date of a page as a scored choice: every full day the project's date tagger
//! (or the stamp reader of [`super::dateline`]) finds around the headline, the start of the
//! main block and after its end, and on cue lines anywhere in the page, is a candidate with
//! named features; the day of the highest weighted sum wins. The weights are fitted on the
//! development pages (`benches/ingest_corpus/fit.py date`, see [`super::date_weights`]).
//!
//! A page prints many days: the publication stamp, an update stamp, the teasers' stamps, the
//! comments' signatures, the days the story speaks of. No single rule tells them apart; the
//! features say what each reading rule used to say (a cue, a line that is only a stamp, near
//! the headline, not a sentence of the text, not one of a list of dated items) and the fit
//! says how much each counts.

use super::block::{plain, signals};
use super::byline::byline;
use super::date_weights::DATE_WEIGHTS;
use super::dateline::{date_stamps, date_with_byline, find_ci, is_clock_word, parse_date_line, unglue};
use super::layout::Layout;
use super::lexicon::{PUBLISH_CUES, UPDATE_CUES};
use super::line::printed;
use super::rank;
use super::title::clean_title;
use crate::dates::{Anchoring, Lang, PartialDate, Precision};

/// The names of the features, in the order of a candidate's feature vector. The weights table
/// names them too, so that a table fitted for another order fails the unit test.
pub(super) const FEATURES: [&str; 29] = [
    // A constant: with it the scores of different pages compare, so that a best day scored at
    // or under zero is no publication date (a day of the text, a post's signature).
    "bias",
    "pub_cue",
    "upd_cue",
    // A line that is only a stamp, as the stamp reader reads one, or a day with a few words of
    // label only (round 47: `Cyber risks - Jane Roe - November 16, 2023`).
    "stamp_line",
    "sentence",
    "chars",
    "in_block",
    "above_head",
    "head_dist",
    "bs_dist",
    "after_end",
    "in_header",
    "byline_here",
    "byline_dist",
    "dated_near",
    "bullet",
    "year_off",
    "earliest",
    "latest",
    "first",
    "clock",
    "votes",
    "later_in_line",
    // Read only in the window of a runner-up headline (the chosen one may be a teaser's).
    "by_other",
    // The signature of an embedded post (`— Jane Roe (@jroe) January 1, 2020`) or a picture's
    // credit line (`© Jane Roe, AFP | … dimanche 9 octobre 2016.`): the day of another text.
    "embed",
    // Round 41: the day over (or before) a later day with an update cue, on the same or the
    // next printed line (`Posté le 20 août 2018` over `Actualisé le 28 février 2022`): the
    // publication stamp of a pair, whatever words cue it.
    "before_update",
    // Round 43: other lines printing another day in the same shape (the same words around a
    // day written the same way: `By Jane Roe Dec 11, 2023` over `By Jane Roe Dec 13, 2023`,
    // three `Publié le …` of a list of releases): a list of dated items, each the day of
    // another text, where the page's own stamp is printed once, in a shape of its own.
    "kin",
    // Round 43: an update cue with a time of day (`Updated Mar 12, 2020 10:42 am`): a news
    // page's same-day revision, where an update cue alone (`Last updated 22 December 2023`)
    // is more often an evergreen page's late revision, not its publication.
    "upd_clock",
    // Round 56: the day stands on a copy of the chosen headline away from it, or on the line
    // under one (a citation `Jane Roe, « Headline », Review, mis en ligne le 15 décembre
    // 2014`, a list of the site's posts `Headline - June 30, 2014`): the page's own day
    // printed where no window looks.
    "title_copy",
];

/// How many features a candidate has.
const N: usize = FEATURES.len();

/// How a statement that the story first ran elsewhere opens (`This story was originally
/// published …`, `Last updated …, originally created …`): a publication cue wherever it
/// stands, read on lines outside the windows too.
const ORIGINAL_CUES: [&str; 5] =
    ["originally published", "originally created", "originally posted", "publié initialement", "initialement publié"];

/// Non-empty lines around the headline in which days are read: a few above it (a stamp over
/// the headline), more below (a standfirst, a caption and buttons may come first).
const HEAD_ABOVE: usize = 8;
const HEAD_BELOW: usize = 25;
/// The same around the first line of the main block, and after its last.
const BLOCK_ABOVE: usize = 10;
const BLOCK_BELOW: usize = 12;
const TAIL: usize = 10;
/// Lines on either side of the chosen byline's line searched (its stamp above or under it).
const BY_SIGNED: usize = 2;
/// Lines printing the chosen byline around which stamps are read (a name printed twice, as an
/// avatar's label and as the byline, puts the stamp under the second copy).
const SIGNED_COPIES: usize = 3;
/// Longer lines are no byline printed as one.
const SIGNED_LINE: usize = 100;
/// Shortest headline whose copies elsewhere are read for its day (a short one is a common
/// phrase).
const TITLE_COPY: usize = 20;
/// Non-empty lines around the headline within which a copy of it is a breadcrumb or the
/// headline printed twice, not a copy elsewhere.
const TITLE_NEAR: usize = 4;
/// Longest line read outside the windows for a cue (a `Publié le …` line after the body).
const CUE_LINE: usize = 160;
/// Longest line read at all: a paragraph longer than this is the story's text.
const LONGEST: usize = 600;

/// One day printed on the page, with its features.
#[derive(Debug, Clone)]
struct Candidate {
    line: usize,
    day: PartialDate,
    x: [f64; N],
    /// Read in a window around the headline or the block (else on a cue line elsewhere).
    windowed: bool,
    /// After a statement that the story first ran that day.
    original: bool,
}

/// A day read in a line: its value, its byte span in the normalised line (`None` when only the
/// stamp reader read it), and its rank among the days of the line.
#[derive(Debug, Clone, Copy)]
struct Found {
    day: PartialDate,
    span: Option<(usize, usize)>,
    rank: usize,
}

/// What the scored choice says of the publication date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Picked {
    /// The day chosen.
    Day(PartialDate),
    /// Days were printed around the article, but none scored as its publication date: the
    /// page gets no date (a wrong date misplaces every relative date of the text).
    Abstain,
    /// No full day printed there: the rules' reading stands.
    Nothing,
}

impl Picked {
    /// The page's date given the rules' reading `fallback`: the day chosen, none when the
    /// choice abstained, else the fallback.
    pub(super) fn or(self, fallback: Option<PartialDate>) -> Option<PartialDate> {
        match self {
            Picked::Day(d) => Some(d),
            Picked::Abstain => None,
            Picked::Nothing => fallback,
        }
    }
}

/// The publication date chosen among the days printed around the article.
pub(super) fn pick(lines: &[&str], layout: &Layout, title: Option<&str>, author: Option<&str>) -> Picked {
    let mut layout = *layout;
    if layout.headline.is_none() {
        layout.headline = title.and_then(|t| headline_line(lines, t, layout.block.map_or(lines.len(), |b| b.0)));
    }
    let mut cands = candidates_titled(lines, &layout, author, title);
    // `This story was originally published December 22, 2023`: the page says when the story
    // first ran, wherever that line stands, and no stamp of a later version outweighs it.
    if let Some(c) = cands.iter().find(|c| c.original) {
        return Picked::Day(c.day);
    }
    // Cue lines far from the article (`Publié le …` after the teasers) are a fallback only: a
    // teaser's stamp has a cue too.
    if cands.iter().any(|c| c.windowed) {
        cands.retain(|c| c.windowed);
    }
    let mut best: Option<(f64, &Candidate)> = None;
    for c in &cands {
        let s = rank::score(DATE_WEIGHTS, &c.x);
        // The text of a row is the day (ISO), which the fitter compares with the truth's.
        rank::dump("date", c.line, &c.day.to_string(), &FEATURES, &c.x);
        // Ties go to the first in page order.
        if best.is_none_or(|(b, _)| s > b) {
            best = Some((s, c));
        }
    }
    match best {
        Some((s, c)) if s > 0.0 => Picked::Day(c.day),
        Some(_) => Picked::Abstain,
        None => Picked::Nothing,
    }
}

/// Whether a line is an embedded post's signature (`— Jane Roe (@jroe) January 1, 2020`,
/// `pic.twitter.com/x — Jane Roe (@jroe)`) or a picture's credit (`© AFP | Caption …`).
fn is_embed_line(t: &str) -> bool {
    let t = t.trim_start();
    t.contains("(@") || t.contains('©') || t.starts_with(['—', '–']) && t.contains('(')
}

/// The line of the chosen headline when the page reader did not choose it (a paste from the
/// headline, a page with little above its text): its last copy at or above the block's start,
/// else its first.
fn headline_line(lines: &[&str], title: &str, block_start: usize) -> Option<usize> {
    let is_title = |i: &usize| clean_title(plain(lines[*i]).0) == title;
    (0..=block_start.min(lines.len().saturating_sub(1)))
        .rev()
        .find(is_title)
        .or_else(|| (0..lines.len()).find(is_title))
}

/// The candidates of a page with their features, no headline's copies read.
#[cfg(test)]
fn candidates(lines: &[&str], layout: &Layout, author: Option<&str>) -> Vec<Candidate> {
    candidates_titled(lines, layout, author, None)
}

/// The candidates of a page with their features; `title` is the chosen headline, whose copies
/// elsewhere on the page may print its day.
fn candidates_titled(lines: &[&str], layout: &Layout, author: Option<&str>, title: Option<&str>) -> Vec<Candidate> {
    let filled = printed(lines);
    let Some(&first) = filled.first() else { return Vec::new() };
    // The rank of each line among the non-empty ones (an empty line takes the next one's).
    let mut rank = vec![filled.len(); lines.len()];
    let mut r = filled.len();
    for i in (0..lines.len()).rev() {
        if !lines[i].trim().is_empty() {
            r -= 1;
        }
        rank[i] = r;
    }
    let head = layout.headline.unwrap_or(first).min(lines.len() - 1);
    let (bs, be) = layout.block.unwrap_or((head, head));
    let (bs, be) = (bs.min(lines.len() - 1), be.min(lines.len() - 1));
    let (rh, rbs, rbe) = (rank[head], rank[bs], rank[be]);
    // The byline the ranking chose, printed as one (`By Jane Roe`) or alone on its line: its
    // stamp stands next to it even where the headline or the block was misread (a page whose
    // first lines are a menu taken for the headline).
    let author = author.filter(|a| a.chars().count() >= 3);
    let signed: Vec<usize> = author
        .map(|a| {
            let signs = |i: &usize| {
                let t = plain(lines[*i]).0;
                t.chars().count() <= SIGNED_LINE && (t == a || matches!(byline(t), Some(Some(n)) if n == a))
            };
            filled.iter().copied().filter(signs).take(SIGNED_COPIES).collect()
        })
        .unwrap_or_default();
    let in_window = |i: usize| {
        let r = rank[i];
        (r + HEAD_ABOVE >= rh && r <= rh + HEAD_BELOW)
            || (r + BLOCK_ABOVE >= rbs && r <= rbs + BLOCK_BELOW)
            || (r > rbe && r <= rbe + TAIL)
            || signed.iter().any(|&j| rank[j].abs_diff(r) <= BY_SIGNED)
    };
    let others: Vec<usize> = layout.others.iter().flatten().map(|&o| rank[o.min(lines.len() - 1)]).collect();
    let by_other = |i: usize| {
        let r = rank[i];
        !in_window(i) && others.iter().any(|&ro| r + HEAD_ABOVE >= ro && r <= ro + HEAD_BELOW)
    };

    // Days read line by line, numeric ones (`9/8/2015`) in the order the page writes them.
    let order = numeric_order(filled.iter().map(|&i| lines[i]));
    // Outside the windows, a day is read on a cue line, and (a fallback too: only where the
    // windows print no day) under a byline printed as one (`par Anne Alombert` over `le 13
    // octobre 2021` in an author's box after the text) or by a copy of the chosen headline (a
    // list of the site's latest posts: `How to … - June 30, 2014`): the page's own day printed
    // where no window looks.
    let title = title.filter(|t| t.chars().count() >= TITLE_COPY);
    let holds_title = |k: usize| {
        title.is_some_and(|h| {
            let t = plain(lines[filled[k]]).0;
            t.contains(h) && t.len() <= h.len() + CUE_LINE
        })
    };
    // A copy of the headline in a longer line (a citation closing the article) is read too.
    let copies_title = |k: usize| title.is_some_and(|h| plain(lines[filled[k]]).0.contains(h));
    let elsewhere = |k: usize| {
        holds_title(k)
            || k.checked_sub(1).is_some_and(holds_title)
            || filled[k.saturating_sub(BY_SIGNED + 1)..k].iter().any(|&j| {
                let t = plain(lines[j]).0;
                t.chars().count() <= SIGNED_LINE && matches!(byline(t), Some(Some(_)))
            })
    };
    let mut read: Vec<(usize, String, Vec<Found>, bool)> = Vec::new();
    let mut spare: Vec<bool> = Vec::new();
    for (k, &i) in filled.iter().enumerate() {
        let t = plain(lines[i]).0;
        let n = t.chars().count();
        // A full day is written with digits (a year at least): other lines are not tagged.
        if n > LONGEST || !t.contains(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let windowed = in_window(i) || by_other(i);
        if !windowed && (n > CUE_LINE && !copies_title(k) || !has_cue(t) && !elsewhere(k)) {
            continue;
        }
        let norm = normalise(t);
        let found = days_in_order(&norm, order);
        if !found.is_empty() {
            spare.push(!windowed && !has_cue(t));
            read.push((i, norm, found, windowed));
        }
    }
    // The fallback lines count for nothing where a window prints a day: not even as the
    // page-wide facts (votes, kin, the earliest day) the windows' days are compared with.
    if read.iter().any(|r| r.3) {
        read = read.into_iter().zip(spare).filter(|(_, s)| !s).map(|(r, _)| r).collect();
    }
    if read.is_empty() {
        return Vec::new();
    }
    if order.is_none() {
        settle_order(&mut read);
    }

    // Page-wide facts the features compare with.
    let mut years: Vec<i32> = read.iter().flat_map(|r| r.2.iter().map(|f| f.day.get_year())).collect();
    years.sort_unstable();
    let median_year = years[years.len() / 2];
    let stamp_lines: Vec<bool> = read.iter().map(|(_, norm, _, _)| is_stamp_line(norm)).collect();
    // The days of stamps, and of lines that say when the story was published (`Publié le
    // 06/08/2016 Par jroe mise a jour le …`: no stamp alone, but the cue dates it): the
    // earliest of them is the first publication, a teaser's later stamp is not. An update
    // stamp (`Modifié le : 1 octobre 2024`) says when the story changed, whatever its day.
    // Per day, not per line: `Mis à jour le 8 mars 2022 vendredi, 25 mars 2022` updates its
    // first day only. The second of two days printed together with no cue of its own
    // (`October 21, 2022October 20, 2022`) is the pair's other stamp, not the publication,
    // even where a lagging clock makes it the earlier.
    let first_run = |r: &(usize, String, Vec<Found>, bool)| {
        let (norm, found) = (r.1.as_str(), r.2.as_slice());
        found
            .iter()
            .enumerate()
            .filter(move |(_, f)| cue_of(norm, found, f) != Some(Cue::Update) && !second_of_pair(norm, found, f))
            .map(|(n, f)| (n, f.day))
            .collect::<Vec<_>>()
    };
    let shapes: Vec<Vec<(PartialDate, Option<String>)>> =
        read.iter().map(|(_, norm, found, _)| found.iter().map(|f| (f.day, shape_of(norm, f))).collect()).collect();
    let kins: Vec<Vec<usize>> =
        (0..read.len()).map(|k| (0..shapes[k].len()).map(|n| kin_of(&shapes, k, n)).collect()).collect();
    // The earliest of a list of dated items (`Publié le 21 Déc 2018` over two more
    // `Publié le …` of the site's releases) is a teaser's day where a stamp printed in a shape
    // of its own stands nearer the headline (the page's `Le 10 Avr 2020 | Par Inserm`): the
    // earliest is then that stamp's.
    let stamp_days: Vec<(PartialDate, bool, usize)> = read
        .iter()
        .enumerate()
        .filter(|(k, r)| stamp_lines[*k] || has_cue(&r.1))
        .flat_map(|(k, r)| {
            let (own, gap) = (&kins[k], rank[r.0].abs_diff(rh));
            first_run(r).into_iter().map(move |(n, d)| (d, own[n] == 0, gap))
        })
        .collect();
    let all_days: Vec<PartialDate> = read.iter().flat_map(|r| r.2.iter().map(|f| f.day)).collect();
    let nearest = |d: PartialDate, own: bool| {
        stamp_days.iter().filter(|s| s.0 == d && (s.1 || !own)).map(|s| s.2).min().unwrap_or(usize::MAX)
    };
    let own_first = stamp_days.iter().filter(|d| d.1).map(|d| d.0).min();
    let any_first = stamp_days.iter().map(|d| d.0).min();
    let earliest = own_first
        .zip(any_first)
        .filter(|&(o, a)| o != a && nearest(o, true) < nearest(a, false))
        .map(|(o, _)| o)
        .or(any_first)
        .or_else(|| read.iter().flat_map(first_run).map(|(_, d)| d).min())
        .or(all_days.iter().min().copied());
    let latest = all_days.iter().max().copied();
    // The first day at or under the headline, or just above it.
    let first_line = read.iter().map(|r| r.0).find(|&i| rank[i] + 4 >= rh);
    // The byline: a line printed as one (`By Jane Roe`), or one that prints the author the
    // byline's ranking chose (`June 5, 2019 by jroe`, a bare name), near the headline or the
    // text's start. A teaser's day lies elsewhere.
    let signs = |t: &str| author.is_some_and(|a| t.contains(a));
    let bylines: Vec<usize> = filled
        .iter()
        .copied()
        .filter(|&i| rank[i] + 12 >= rh.min(rbs) && rank[i] <= rbs.max(rh) + 12 || signed.contains(&i))
        .filter(|&i| matches!(byline(plain(lines[i]).0), Some(Some(_))) || signs(plain(lines[i]).0))
        .collect();

    // The copies of the chosen headline away from it (a citation, a list of the site's posts).
    let copies: Vec<usize> = (0..filled.len())
        .filter(|&k| rank[filled[k]].abs_diff(rh) > TITLE_NEAR && copies_title(k))
        .map(|k| filled[k])
        .collect();
    // The line under a copy counts where the copy prints no day of its own (`Headline - June
    // 30, 2014` over the next post's `Other - June 16, 2014` is no pair).
    let on_copy = |i: usize| {
        copies.contains(&i)
            || rank[i]
                .checked_sub(1)
                .map(|r| filled[r])
                .is_some_and(|j| copies.contains(&j) && !read.iter().any(|r| r.0 == j))
    };

    // The days an update cue stamps, with their lines' ranks.
    let updates: Vec<(usize, PartialDate)> = read
        .iter()
        .flat_map(|(i, norm, found, _)| {
            let r = rank[*i];
            found.iter().filter(|f| cue_of(norm, found, f) == Some(Cue::Update)).map(move |f| (r, f.day))
        })
        .collect();
    let mut out = Vec::new();
    for (k, (i, norm, found, windowed)) in read.iter().enumerate() {
        let i = *i;
        let t = plain(lines[i]).0;
        let s = signals(lines[i]);
        let prose = s.sentence && s.words >= 6 && s.stop_density >= 0.25;
        let dated_near = read.iter().filter(|(j, ..)| *j != i && rank[*j].abs_diff(rank[i]) <= 6).count();
        let named = matches!(date_with_byline(norm), Some((_, Some(_))))
            || matches!(byline(t), Some(Some(_)))
            || bylines.contains(&i);
        let byline_gap = bylines.iter().map(|&j| rank[j].abs_diff(rank[i])).min().unwrap_or(8).min(8);
        let prev_cue = previous_cue(lines, &filled, rank[i]);
        for (n, f) in found.iter().enumerate() {
            let mut x = [0.0; N];
            let cue = cue_of(norm, found, f);
            let before_update =
                cue != Some(Cue::Update) && updates.iter().any(|&(r, d)| r >= rank[i] && r <= rank[i] + 1 && d > f.day);
            // A cue on a line of its own over a line that opens with the day.
            let cue = cue.or(if f.rank == 0 && f.span.is_some_and(|(s, _)| s <= 3) { prev_cue } else { None });
            let votes = all_days.iter().filter(|d| **d == f.day).count() - 1;
            let clock = f.span.map_or(norm.as_str(), |(_, e)| &norm[e..]).split_whitespace().take(4).any(is_clock_word);
            let feats = [
                ("bias", 1.0),
                ("pub_cue", f64::from(cue == Some(Cue::Publish))),
                ("upd_cue", f64::from(cue == Some(Cue::Update))),
                ("stamp_line", f64::from(stamp_lines[k] || is_label_stamp(norm, f))),
                ("sentence", f64::from(prose)),
                ("chars", (s.chars.min(400) as f64) / 100.0),
                ("in_block", f64::from((bs..=be).contains(&i))),
                ("above_head", f64::from(i < head)),
                ("head_dist", ln1p(rank[i].abs_diff(rh))),
                ("bs_dist", ln1p(rank[i].abs_diff(rbs))),
                ("after_end", f64::from(i > be)),
                ("in_header", f64::from((head..bs).contains(&i))),
                ("byline_here", f64::from(named)),
                ("byline_dist", ln1p(byline_gap)),
                ("dated_near", (dated_near.min(6) as f64) / 3.0),
                ("bullet", f64::from(s.bullet)),
                ("year_off", (f.day.get_year().abs_diff(median_year).min(5) as f64) / 5.0),
                ("earliest", f64::from(Some(f.day) == earliest)),
                ("latest", f64::from(Some(f.day) == latest)),
                ("first", f64::from(Some(i) == first_line && f.rank == 0)),
                ("clock", f64::from(clock)),
                ("votes", ln1p(votes.min(6))),
                ("later_in_line", f64::from(f.rank > 0)),
                ("by_other", f64::from(by_other(i))),
                ("embed", f64::from(is_embed_line(t))),
                ("before_update", f64::from(before_update)),
                ("kin", (kins[k][n].min(3) as f64) / 3.0),
                ("upd_clock", f64::from(cue == Some(Cue::Update) && clock)),
                ("title_copy", f64::from(on_copy(i) && !accessed(norm, f))),
            ];
            for (slot, (name, v)) in x.iter_mut().zip(feats) {
                debug_assert!(FEATURES.contains(&name));
                *slot = v;
            }
            let original = f.span.is_some_and(|(start, _)| {
                norm.get(..start).is_some_and(|h| ORIGINAL_CUES.iter().any(|c| find_ci(h, c).is_some()))
            });
            out.push(Candidate { line: i, day: f.day, x, windowed: *windowed, original });
        }
    }
    out
}

/// A page whose numeric days tell no order (`Updated 11/8/2023` alone on the page): its
/// ambiguous numeric days are read month first where that reading puts them clearly nearer the
/// page's days written with the month's name (`Friday, Nov. 3, 2023` in a caption), as a page
/// prints its stamp near the days it speaks of; else they stay read day first.
fn settle_order(read: &mut [(usize, String, Vec<Found>, bool)]) {
    let refs: Vec<chrono::NaiveDate> = read
        .iter()
        .filter(|r| numeric_pairs(&r.1).is_empty())
        .flat_map(|r| r.2.iter().map(|f| f.day.first_day()))
        .collect();
    let ambiguous = |t: &str| numeric_pairs(t).iter().any(|&(a, b)| a != b && a <= 12 && b <= 12 && a > 0 && b > 0);
    if refs.is_empty() || !read.iter().any(|r| ambiguous(&r.1)) {
        return;
    }
    // The distance of a reading to the page's other days, in days (a year at most per day).
    let gap = |days: &[Found]| -> i64 {
        days.iter()
            .map(|f| {
                let d = f.day.first_day();
                refs.iter().map(|r| (d - *r).num_days().abs()).min().unwrap_or(365).min(365)
            })
            .sum()
    };
    let mut rereads = Vec::new();
    let (mut day_first, mut month_first) = (0, 0);
    for (k, r) in read.iter().enumerate() {
        if ambiguous(&r.1) {
            let m = days_in_order(&r.1, Some(NumericOrder::MonthFirst));
            day_first += gap(&r.2);
            month_first += gap(&m);
            rereads.push((k, m));
        }
    }
    // Clearly nearer: within a month of the page's days per line, and a third of the other
    // reading's distance at most.
    if month_first * 3 <= day_first && month_first <= 31 * rereads.len() as i64 {
        for (k, m) in rereads {
            read[k].2 = m;
        }
    }
}

/// How a citation says when it was read (`retrieved 24 December 2023`, `consulté le 03
/// janvier 2024`): the day of the reading, not of the text.
const ACCESS_CUES: [&str; 5] = ["retrieved", "accessed", "consulté", "consulted", "accédé"];

/// Whether a day follows an access cue within a few words (`… (2023, December 21) retrieved
/// 24 December 2023`).
fn accessed(norm: &str, f: &Found) -> bool {
    let Some(before) = f.span.and_then(|(s, _)| norm.get(..s)) else { return false };
    let words: Vec<&str> = before.split_whitespace().rev().take(3).collect();
    words.iter().any(|w| {
        let w = w.to_lowercase();
        ACCESS_CUES.iter().any(|c| w.trim_matches(|ch: char| !ch.is_alphanumeric()) == *c)
    })
}

/// Whether a day stands on a short line with a few words of its own only, no sentence: a
/// section's or an author's label with the page's stamp (`Cyber risks - Jane Roe - November 16,
/// 2023`, `Décryptages & Tribunes 30 Décembre 2022`), printed the way a stamp is though the
/// stamp reader knows no such line.
fn is_label_stamp(norm: &str, f: &Found) -> bool {
    let Some((s, e)) = f.span else { return false };
    let (Some(before), Some(after)) = (norm.get(..s), norm.get(e..)) else { return false };
    // An embedded post's signature is another text's day; a day inside a token (a link's
    // path, a file's name) is no stamp.
    let glued = before.ends_with(|c: char| c.is_alphanumeric() || matches!(c, '/' | '_' | '-'))
        || after.starts_with(|c: char| c.is_alphanumeric() || matches!(c, '/' | '_'));
    if norm.chars().count() > 80 || glued || is_embed_line(norm) {
        return false;
    }
    let rest = format!("{before} {after}");
    let words = rest.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count();
    let sentence = rest.trim_end().ends_with(['.', '?', '!']) || [". ", "? ", "! "].iter().any(|p| rest.contains(p));
    words <= 4 && !sentence
}

/// How many other lines print another day than the `n`-th day of line `k` in the same shape.
/// `shapes` holds each line's days with their shapes, made once per page: a page whose
/// teasers print a hundred days compares them pairwise.
fn kin_of(shapes: &[Vec<(PartialDate, Option<String>)>], k: usize, n: usize) -> usize {
    let Some((day, Some(own))) = shapes[k].get(n) else { return 0 };
    shapes
        .iter()
        .enumerate()
        .filter(|(j, line)| *j != k && line.iter().any(|(d, s)| d != day && s.as_ref() == Some(own)))
        .count()
}

/// The shape of a day's line: the words before and after the day with their numbers masked,
/// and how the day is written (its words and numbers masked); `None` for a day only the stamp
/// reader read (no span).
fn shape_of(norm: &str, f: &Found) -> Option<String> {
    let (s, e) = f.span?;
    let mask = |t: &str, words: bool| {
        let mut out = String::with_capacity(t.len());
        let mut prev: Option<char> = None;
        for c in t.chars() {
            let m = if c.is_ascii_digit() {
                '0'
            } else if words && c.is_alphabetic() {
                'a'
            } else if c.is_whitespace() {
                ' '
            } else {
                c
            };
            // A run of digits (or of a day's letters, or of spaces) is one mark.
            if prev == Some(m) && (m == '0' || m == 'a' || m == ' ') {
                continue;
            }
            out.push(m);
            prev = Some(m);
        }
        out.trim().to_string()
    };
    Some(format!(
        "{}\u{1}{}\u{1}{}",
        mask(norm.get(..s)?, false),
        mask(norm.get(s..e)?, true),
        mask(norm.get(e..)?, false)
    ))
}

fn ln1p(n: usize) -> f64 {
    (n as f64).ln_1p()
}

/// Which kind of cue stands before a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    Publish,
    Update,
}

/// Whether a line holds a publication cue or says when the story first ran.
fn has_cue(t: &str) -> bool {
    let lower = t.to_lowercase();
    PUBLISH_CUES.iter().chain(ORIGINAL_CUES.iter()).any(|c| lower.contains(c))
}

/// The cue of a day found in line `norm` (whose days are `found`), by where it stands: a cue
/// dates the first day after it only (`Mis à jour le 8 mars 2022 vendredi, 25 mars 2022`:
/// the second day is no update).
fn cue_of(norm: &str, found: &[Found], f: &Found) -> Option<Cue> {
    let cue = raw_cue_of(norm, found, f);
    // A story is updated after it is published: a line whose update cue dates every one of
    // its days earlier than its publication cue does (`Modifié le : 10/08/2023 Publié le :
    // 04/03/2024`) prints a republication, and its earlier day is the first publication.
    let cued = |want: Cue| found.iter().filter(move |g| raw_cue_of(norm, found, g) == Some(want)).map(|g| g.day);
    let inverted = cued(Cue::Update).max().zip(cued(Cue::Publish).min()).is_some_and(|(u, p)| u < p);
    match cue {
        Some(Cue::Update) if inverted => Some(Cue::Publish),
        Some(Cue::Publish) if inverted => Some(Cue::Update),
        c => c,
    }
}

/// The cue of `f` as the words before it print it.
fn raw_cue_of(norm: &str, found: &[Found], f: &Found) -> Option<Cue> {
    match f.span {
        Some((start, _)) => {
            let (cue, at) = cue_at(norm, start)?;
            let between = found.iter().filter_map(|g| g.span).any(|(s, e)| s >= at && e <= start);
            (!between).then_some(cue)
        }
        None => stamp_cue(norm, f.day),
    }
}

/// Whether `f` is the second day of a pair printed together with no cue of its own, after a
/// day that is no update (`30 novembre 202229 novembre 2022`, `Posted on April 5,
/// 2016Tuesday, March 27, 2018`): the pair's later stamp, whatever its day.
fn second_of_pair(norm: &str, found: &[Found], f: &Found) -> bool {
    let Some((start, _)) = f.span else { return false };
    let before = found.iter().filter(|g| g.span.is_some_and(|(_, e)| e <= start)).max_by_key(|g| g.span);
    before.is_some_and(|b| cue_of(norm, found, b) != Some(Cue::Update)) && cue_of(norm, found, f).is_none()
}

/// The nearest cue before byte `start` of `t`: publication or update.
fn cue_before(t: &str, start: usize) -> Option<Cue> {
    cue_at(t, start).map(|(c, _)| c)
}

/// [`cue_before`] with the cue's byte position.
fn cue_at(t: &str, start: usize) -> Option<(Cue, usize)> {
    let head = t.get(..start)?;
    let last = |cues: &[&str]| cues.iter().filter_map(|c| rfind_ci(head, c)).max();
    match (last(&PUBLISH_CUES), last(&UPDATE_CUES)) {
        (Some(p), Some(u)) => Some(if u > p { (Cue::Update, u) } else { (Cue::Publish, p) }),
        (Some(p), None) => Some((Cue::Publish, p)),
        (None, Some(u)) => Some((Cue::Update, u)),
        (None, None) => None,
    }
}

/// The cue of a day only the stamp reader read: as the stamp reader split the line.
fn stamp_cue(t: &str, day: PartialDate) -> Option<Cue> {
    let s = date_stamps(t)?;
    if s.published == Some(day) && has_cue(t) {
        Some(Cue::Publish)
    } else if s.updated == Some(day) && s.published != Some(day) {
        Some(Cue::Update)
    } else {
        None
    }
}

/// A cue printed alone on the non-empty line before the one of rank `r` (`Published`, then
/// the day under it).
fn previous_cue(lines: &[&str], filled: &[usize], r: usize) -> Option<Cue> {
    let prev = plain(lines[*filled.get(r.checked_sub(1)?)?]).0;
    if prev.split_whitespace().count() > 4 {
        return None;
    }
    cue_before(prev, prev.len())
}

/// The last position of `needle` (lower case) in `hay`, whatever the case of `hay`.
fn rfind_ci(hay: &str, needle: &str) -> Option<usize> {
    hay.char_indices()
        .map(|(i, _)| i)
        .rev()
        .find(|&i| hay.get(i..i + needle.len()).is_some_and(|h| h.to_lowercase() == needle))
}

/// Whether a line is only a stamp, as the stamp reader understands one.
fn is_stamp_line(t: &str) -> bool {
    parse_date_line(t).is_some() || date_stamps(t).is_some() || date_with_byline(t).is_some()
}

/// A line made readable by the tagger: pieces a page's markup glued put apart (`2016Tuesday`,
/// `2020,07:02pm`), and a period after a month written in full dropped (`May. 26th`).
fn normalise(t: &str) -> String {
    let t = unglue(t);
    let mut out = String::with_capacity(t.len() + 4);
    let mut prev = ' ';
    let mut chars = t.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        // `2020,07:02pm`: a comma between two numbers with no space after it.
        if c == ',' && prev.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()) {
            out.push_str(", ");
            prev = ' ';
            continue;
        }
        // `May. 26`: the month's full name needs no period.
        if c == '.' && next == Some(' ') {
            let word: String = t[..i].chars().rev().take_while(|c| c.is_alphabetic()).collect();
            let word: String = word.chars().rev().collect();
            if is_full_month(&word) {
                prev = c;
                continue;
            }
        }
        out.push(c);
        prev = c;
    }
    out
}

/// Month names that are no abbreviation (a period after them is no abbreviation's).
fn is_full_month(w: &str) -> bool {
    matches!(w, "May" | "June" | "July" | "mai" | "juin" | "juillet" | "Mai" | "Juin" | "Juillet" | "mars" | "Mars")
}

/// The absolute days the tagger reads in `t`, in French and in English, and the days the
/// stamp reader reads that the tagger missed, in text order.
#[cfg(test)]
fn days_in(t: &str) -> Vec<Found> {
    days_in_order(t, None)
}

/// How many runs of digits a text holds.
fn digit_runs(t: &str) -> usize {
    let b = t.as_bytes();
    (0..b.len()).filter(|&i| b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_digit())).count()
}

/// How a page writes its numeric days: month first (`12/24/2023`) or day first
/// (`24/12/2023`), as one of them that only one order reads says; `None` when none does or
/// they disagree. An English page may write either (a US or a British outlet); its other
/// numeric days tell which, where the language alone cannot.
fn numeric_order<'a>(lines: impl Iterator<Item = &'a str>) -> Option<NumericOrder> {
    let (mut day_first, mut month_first) = (false, false);
    for t in lines {
        if !t.contains('/') && !t.contains('.') {
            continue;
        }
        let pairs = numeric_pairs(t);
        for &(a, b) in &pairs {
            day_first |= a > 12 && (1..=12).contains(&b);
            month_first |= b > 12 && (1..=12).contains(&a);
        }
        // `9/8/2015 12:15 PM PT`: a time of day in a zone of the United States, whose pages
        // write the month first.
        month_first |= !pairs.is_empty() && us_clock(t);
    }
    match (day_first, month_first) {
        (true, false) => Some(NumericOrder::DayFirst),
        (false, true) => Some(NumericOrder::MonthFirst),
        _ => None,
    }
}

/// The time zones of the United States, as a stamp prints them after its time of day.
const US_ZONES: [&str; 12] = ["ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT"];

/// Whether a line prints a time of day (`12:15`, `12:15 PM`) followed by a zone of the
/// United States (`PT`, `EDT`).
fn us_clock(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    words.iter().enumerate().any(|(k, w)| {
        let clock = w.split_once(':').is_some_and(|(h, m)| {
            !h.is_empty()
                && h.len() <= 2
                && h.chars().all(|c| c.is_ascii_digit())
                && m.len() >= 2
                && m.is_char_boundary(2)
                && m[..2].chars().all(|c| c.is_ascii_digit())
        });
        clock
            && words[k + 1..].iter().take(2).any(|z| {
                let z = z.trim_matches(|c: char| !c.is_alphanumeric());
                US_ZONES.contains(&z)
            })
    })
}

/// The order of a numeric day's first two numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NumericOrder {
    DayFirst,
    MonthFirst,
}

/// The first two numbers of every `a/b/yyyy` or `a.b.yyyy` in a line (one or two digits each,
/// a year of two or four digits, no letter, digit or separator glued on either side: not a
/// version number).
fn numeric_pairs(t: &str) -> Vec<(u32, u32)> {
    let b = t.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() || i > 0 && (b[i - 1].is_ascii_alphanumeric() || matches!(b[i - 1], b'/' | b'.')) {
            i += 1;
            continue;
        }
        let num = |from: usize| {
            let end = (from..b.len()).find(|&k| !b[k].is_ascii_digit()).unwrap_or(b.len());
            (end, t[from..end].parse::<u32>().ok())
        };
        let (e1, n1) = num(i);
        let sep = b.get(e1).copied();
        let ok = matches!(sep, Some(b'/' | b'.')) && e1 - i <= 2 && b.get(e1 + 1).is_some_and(u8::is_ascii_digit) && {
            let (e2, _) = num(e1 + 1);
            e2 - (e1 + 1) <= 2 && b.get(e2).copied() == sep && b.get(e2 + 1).is_some_and(u8::is_ascii_digit) && {
                let (e3, _) = num(e2 + 1);
                matches!(e3 - (e2 + 1), 2 | 4)
                    && !b.get(e3).is_some_and(|c| c.is_ascii_digit() || *c == sep.unwrap_or(0))
            }
        };
        if ok {
            let (e2, n2) = num(e1 + 1);
            if let (Some(x), Some(y)) = (n1, n2) {
                out.push((x, y));
            }
            i = e2;
        } else {
            i = e1;
        }
    }
    out
}

/// The days of a line, a numeric day read in the page's `order` where it tells one (the
/// tagger's French reading is day first, its English one month first; on a tie of spans the
/// first language's reading stays).
fn days_in_order(t: &str, order: Option<NumericOrder>) -> Vec<Found> {
    let langs = match order {
        Some(NumericOrder::MonthFirst) => [Lang::En, Lang::Fr],
        _ => [Lang::Fr, Lang::En],
    };
    let mut spans: Vec<(usize, usize, PartialDate)> = Vec::new();
    for lang in langs {
        for e in crate::dates::tag(t, lang, None).exprs {
            let day = e.anchoring == Anchoring::Absolute
                && e.value.end.is_none()
                && e.value.start.precision() == Precision::Day;
            // A day printed with its number (`Dec 25, 2025`), not a feast named with its year
            // (`Christmas 2025`, a section's label): a stamp always prints the day's number.
            if !day || t.get(e.start..e.end).is_none_or(|span| digit_runs(span) < 2) {
                continue;
            }
            // Of two readings of one span (French and English), the longer.
            match spans.iter_mut().find(|(s, en, _)| e.start < *en && *s < e.end) {
                Some(o) if e.end - e.start > o.1 - o.0 => *o = (e.start, e.end, e.value.start),
                Some(_) => {}
                None => spans.push((e.start, e.end, e.value.start)),
            }
        }
    }
    spans.sort_by_key(|s| s.0);
    let mut out: Vec<Found> =
        spans.iter().enumerate().map(|(rank, &(s, e, day))| Found { day, span: Some((s, e)), rank }).collect();
    let mut extra: Vec<PartialDate> = Vec::new();
    if let Some(s) = date_stamps(t) {
        extra.extend(s.published);
        extra.extend(s.updated);
    }
    extra.extend(parse_date_line(t));
    // As above: a stamp prints the day's number as well as its year.
    if digit_runs(t) < 2 {
        extra.clear();
    }
    // The stamp reader reads a numeric day first: on a month-first page its reading of a day
    // the tagger read month first is that day misread.
    let swapped =
        |d: PartialDate| d.get_month().zip(d.get_day()).and_then(|(m, dd)| PartialDate::day(d.get_year(), dd, m));
    for day in extra {
        let misread =
            order == Some(NumericOrder::MonthFirst) && out.iter().any(|f| Some(f.day) == swapped(day) && f.day != day);
        if !misread && !out.iter().any(|f| f.day == day) {
            let rank = out.len();
            out.push(Found { day, span: None, rank });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Option<String> {
        Some(s.to_string())
    }

    /// The day a pick chose, as text.
    fn chosen(p: Picked) -> Option<String> {
        p.or(None).map(|d| d.to_string())
    }

    #[test]
    fn the_weights_name_the_features_in_order() {
        let names: Vec<&str> = DATE_WEIGHTS.iter().map(|(n, _)| *n).collect();
        assert_eq!(names, FEATURES);
    }

    #[test]
    fn a_day_on_a_copy_of_the_headline_away_from_it_is_marked() {
        let para = "Le conseil a voté mardi le maintien des petits théâtres de la ville, après une longue campagne des riverains du quartier.";
        let head = "Le conseil garde les petits théâtres de la ville";
        let cite = format!(
            "Jeanne Martin, « {head} », Revue [En ligne], 12 | 2014, mis en ligne le 15 décembre 2014, consulté le 03 janvier 2024. URL : http://revue.example/1234 ; DOI : https://doi.org/10.4000/revue.1234"
        );
        let mut lines = vec![head, para, para];
        let filler: Vec<String> = (0..30).map(|k| format!("Rubrique {k}")).collect();
        lines.extend(filler.iter().map(String::as_str));
        lines.push(&cite);
        let layout = Layout { headline: Some(0), block: Some((1, 2)), others: [None; 2] };
        let copy = FEATURES.iter().position(|f| *f == "title_copy").unwrap();
        let c = candidates_titled(&lines, &layout, None, Some(head));
        let of = |d: &str| c.iter().find(|c| c.day.to_string() == d).map(|c| c.x[copy]);
        // The citation is read though it is longer than a cue line, and its day of reading is
        // no copy's day.
        assert_eq!(of("2014-12-15"), Some(1.0));
        assert_eq!(of("2024-01-03"), Some(0.0));
        // With no headline chosen, no copy and no long line read.
        assert!(candidates_titled(&lines, &layout, None, None).is_empty());
        // The line under a copy that prints no day; not under one that prints its own.
        let lines = [head, para, "Rubrique", "Rubrique", "Rubrique", "Rubrique", head, "June 30, 2014 • No Comment"];
        let c = candidates_titled(&lines, &layout, None, Some(head));
        assert_eq!(c.iter().map(|c| c.x[copy]).collect::<Vec<_>>(), vec![1.0]);
        let own = format!("{head} - June 30, 2014");
        let lines = [head, para, "Rubrique", "Rubrique", "Rubrique", "Rubrique", &own, "Other post - June 16, 2014"];
        let c = candidates_titled(&lines, &layout, None, Some(head));
        let marks: Vec<(String, f64)> = c.iter().map(|c| (c.day.to_string(), c.x[copy])).collect();
        assert!(marks.contains(&("2014-06-30".to_string(), 1.0)), "{marks:?}");
        assert!(marks.contains(&("2014-06-16".to_string(), 0.0)), "{marks:?}");
    }

    #[test]
    fn a_time_of_day_in_a_us_zone_reads_numeric_days_month_first() {
        assert!(us_clock("9/8/2015 12:15 PM PT"));
        assert!(us_clock("Updated 11/8/2023 10:00 a.m. EDT"));
        assert!(!us_clock("9/8/2015 12:15"));
        assert!(!us_clock("PARIS ET LYON 12/03/2020"));
        assert_eq!(numeric_order(["9/8/2015 12:15 PM PT"].into_iter()), Some(NumericOrder::MonthFirst));
        assert_eq!(numeric_order(["9/8/2015 12:15 PM"].into_iter()), None);
        // A page that writes a day first elsewhere tells no order.
        assert_eq!(numeric_order(["9/8/2015 12:15 PM PT", "25/12/2015"].into_iter()), None);
    }

    #[test]
    fn glued_and_dotted_stamps_are_read() {
        let days = |t: &str| days_in(&normalise(t)).iter().map(|f| f.day.to_string()).collect::<Vec<_>>();
        assert_eq!(days("May. 26th 2022 8:57 am PT"), vec!["2022-05-26"]);
        assert_eq!(days("May 15, 2020,07:02pm EDT"), vec!["2020-05-15"]);
        assert_eq!(days("Published March 3, 2021Updated March 5, 2021"), vec!["2021-03-03", "2021-03-05"]);
        assert_eq!(days("Publié le 01 juin 2018 à 15h36"), vec!["2018-06-01"]);
    }

    #[test]
    fn the_publication_cue_wins_over_the_update_and_the_teasers() {
        let para = "The council voted on Tuesday to keep the small theatres of the city open all year, after a long campaign by the neighbours.";
        let para2 = "It opened on September 7, 2016, and the council has been arguing about its stage ever since then, the mayor said.";
        let lines = [
            "* Home",
            "Council keeps the small theatres open all year",
            "By Jane Roe",
            "Published March 3, 2021Updated March 5, 2021",
            para,
            para2,
            "Related",
            "Another story about theatres",
            "March 9, 2021",
            "A third story about the city",
            "March 8, 2021",
        ];
        let layout = Layout { headline: Some(1), block: Some((4, 5)), others: [None; 2] };
        assert_eq!(chosen(pick(&lines, &layout, None, None)), day("2021-03-03"));
    }

    #[test]
    fn an_update_stamp_is_not_the_earliest_publication() {
        // A page can print its stamps out of order (a lagging clock, a copy edited before the
        // day it went out); an update still says when the story changed.
        let para = "Le conseil a voté mardi le maintien des petits théâtres de la ville, après une longue campagne des riverains du quartier.";
        let lines =
            ["Le conseil garde les petits théâtres", "2 octobre 2024", "Modifié le : 1 octobre 2024", para, para];
        let layout = Layout { headline: Some(0), block: Some((3, 4)), others: [None; 2] };
        let earliest = FEATURES.iter().position(|f| *f == "earliest").unwrap();
        let c = candidates(&lines, &layout, None);
        let day = |d: &str| c.iter().find(|c| c.day.to_string() == d).map(|c| c.x[earliest]);
        assert_eq!(day("2024-10-02"), Some(1.0));
        assert_eq!(day("2024-10-01"), Some(0.0));
    }

    #[test]
    fn the_day_a_page_was_originally_created_beats_its_update_before_it() {
        let para = "The council voted on Tuesday to keep the small theatres of the city open all year, after a long campaign by the neighbours.";
        let lines = [
            "Council keeps the small theatres open all year",
            "Last updated 04 Jun 2020, originally created 17 Jun 2019",
            para,
            para,
        ];
        let layout = Layout { headline: Some(0), block: Some((2, 3)), others: [None; 2] };
        assert_eq!(chosen(pick(&lines, &layout, None, None)), day("2019-06-17"));
    }

    #[test]
    fn the_line_printing_the_chosen_author_is_a_byline() {
        let para = "The council voted on Tuesday to keep the small theatres of the city open all year, after a long campaign by the neighbours.";
        let lines = ["Council keeps the small theatres open all year", "June 5, 2019 jroe", para, para];
        let layout = Layout { headline: Some(0), block: Some((2, 3)), others: [None; 2] };
        let named = |author| {
            let c = candidates(&lines, &layout, author);
            c[0].x[FEATURES.iter().position(|f| *f == "byline_here").unwrap()]
        };
        assert_eq!(named(Some("jroe")), 1.0);
        assert_eq!(named(None), 0.0);
        // Too short a name signs nothing.
        assert_eq!(named(Some("jr")), 0.0);
    }

    #[test]
    fn the_stamp_by_the_chosen_byline_is_read_where_the_headline_was_misread() {
        let para = "The council voted on Tuesday to keep the small theatres of the city open all year, after a long campaign by the neighbours.";
        let mut lines = vec!["Archives About us Privacy policy", para, para];
        lines.extend(std::iter::repeat_n("* Menu item", 60));
        lines.extend(["By Jane Roe", "Friday, 22 Nov 2024 4:55 PM", para]);
        let layout = Layout { headline: Some(0), block: Some((1, 2)), others: [None; 2] };
        let days =
            |author| candidates(&lines, &layout, author).iter().map(|c| (c.line, c.windowed)).collect::<Vec<_>>();
        assert_eq!(days(Some("Jane Roe")), vec![(64, true)]);
        // With no byline chosen, the line printed as one still dates the page, as a fallback.
        assert_eq!(days(None), vec![(64, false)]);
    }

    #[test]
    fn a_cued_day_counts_with_the_stamps_for_the_earliest() {
        let para = "The council voted on Tuesday to keep the small theatres of the city open all year, after a long campaign by the neighbours.";
        let lines = [
            "Council keeps the small theatres open all year",
            "13 octobre 2022",
            para,
            "Publié le 06/08/2016 Par jroe mise a jour le 26/02/2020",
            para,
        ];
        let layout = Layout { headline: Some(0), block: Some((2, 4)), others: [None; 2] };
        let earliest = FEATURES.iter().position(|f| *f == "earliest").unwrap();
        let c = candidates(&lines, &layout, None);
        let day = |d: &str| c.iter().find(|c| c.day.to_string() == d).map(|c| c.x[earliest]);
        assert_eq!(day("2016-08-06"), Some(1.0));
        assert_eq!(day("2022-10-13"), Some(0.0));
    }

    #[test]
    fn a_numeric_day_is_read_in_the_order_the_page_writes_its_other_days() {
        let us = ["9/8/2015 12:15 PM PT", "Another story", "12/24/2023"];
        assert_eq!(numeric_order(us.iter().copied()), Some(NumericOrder::MonthFirst));
        let uk = ["9/8/2015", "Another story", "24/12/2023"];
        assert_eq!(numeric_order(uk.iter().copied()), Some(NumericOrder::DayFirst));
        assert_eq!(numeric_order(["9/8/2015", "1.2.2020"].iter().copied()), None);
        assert_eq!(numeric_order(["9/8/2015", "2023-12-24", "v1.13.2024"].iter().copied()), None);
        let days = |o| days_in_order(&normalise(us[0]), o).iter().map(|f| f.day.to_string()).collect::<Vec<_>>();
        assert_eq!(days(Some(NumericOrder::MonthFirst)), vec!["2015-09-08"]);
        assert_eq!(days(None), vec!["2015-08-09"]);
    }

    #[test]
    fn the_day_over_a_later_update_is_its_pairs_publication() {
        let para = "Le conseil a voté mardi le maintien des petits théâtres de la ville, après une longue campagne des riverains du quartier.";
        let lines =
            ["Le conseil garde les petits théâtres", "Posté le 20 août 2018", "Actualisé le 28 février 2022", para];
        let layout = Layout { headline: Some(0), block: Some((3, 3)), others: [None; 2] };
        let at = FEATURES.iter().position(|f| *f == "before_update").unwrap();
        let c = candidates(&lines, &layout, None);
        let day = |d: &str| c.iter().find(|c| c.day.to_string() == d).map(|c| c.x[at]);
        assert_eq!(day("2018-08-20"), Some(1.0));
        assert_eq!(day("2022-02-28"), Some(0.0));
    }

    #[test]
    fn days_printed_in_the_same_shape_on_other_lines_are_kin() {
        let para = "The council voted on Tuesday to keep the small theatres of the city open all year, after a long campaign by the neighbours.";
        let lines = [
            "By Jane Roe Dec 11, 2023",
            "By Jane Roe Dec 13, 2023",
            "Council keeps the small theatres open all year",
            "Published Dec 21, 2023",
            para,
            para,
        ];
        let layout = Layout { headline: Some(2), block: Some((4, 5)), others: [None; 2] };
        let at = FEATURES.iter().position(|f| *f == "kin").unwrap();
        let c = candidates(&lines, &layout, None);
        let kin = |d: &str| c.iter().find(|c| c.day.to_string() == d).map(|c| c.x[at]);
        assert!(kin("2023-12-11").is_some_and(|k| k > 0.0));
        assert!(kin("2023-12-13").is_some_and(|k| k > 0.0));
        assert_eq!(kin("2023-12-21"), Some(0.0));
    }

    #[test]
    fn an_update_with_its_time_of_day_is_told_apart() {
        let para = "The council voted on Tuesday to keep the small theatres of the city open all year, after a long campaign by the neighbours.";
        let at = FEATURES.iter().position(|f| *f == "upd_clock").unwrap();
        let feature = |stamp: &str| {
            let lines = ["Council keeps the small theatres open all year", stamp, para, para];
            let layout = Layout { headline: Some(0), block: Some((2, 3)), others: [None; 2] };
            candidates(&lines, &layout, None).first().map(|c| c.x[at])
        };
        assert_eq!(feature("Updated Mar 12, 2020 10:42 am"), Some(1.0));
        assert_eq!(feature("Last updated 22 December 2023"), Some(0.0));
        assert_eq!(feature("Published Mar 12, 2020 10:42 am"), Some(0.0));
    }

    /// Each candidate day of a stamp line under a headline and over two paragraphs, with the
    /// value of feature `name`.
    fn stamp_feature(stamp: &str, name: &str) -> Vec<(String, f64)> {
        let para = "The council voted on Tuesday to keep the small theatres of the city open all year, after a long campaign by the neighbours.";
        let lines = ["Council keeps the small theatres open all year", stamp, para, para];
        let layout = Layout { headline: Some(0), block: Some((2, 3)), others: [None; 2] };
        let at = FEATURES.iter().position(|f| *f == name).unwrap();
        candidates(&lines, &layout, None).iter().map(|c| (c.day.to_string(), c.x[at])).collect()
    }

    #[test]
    fn a_cue_dates_the_first_day_after_it_and_a_pairs_second_day_is_not_the_earliest() {
        assert_eq!(
            stamp_feature("Mis à jour le 8 mars 2022 vendredi, 25 mars 2022 par Jane Roe", "upd_cue"),
            vec![("2022-03-08".into(), 1.0), ("2022-03-25".into(), 0.0)]
        );
        assert_eq!(
            stamp_feature("by Jane Roe October 21, 2022October 20, 2022", "earliest"),
            vec![("2022-10-21".into(), 1.0), ("2022-10-20".into(), 0.0)]
        );
        // An update's later day is still no publication's.
        assert_eq!(
            stamp_feature("Updated October 22, 2022 October 20, 2022", "earliest"),
            vec![("2022-10-22".into(), 0.0), ("2022-10-20".into(), 1.0)]
        );
    }

    #[test]
    fn an_update_cue_earlier_than_the_publication_cue_of_its_line_is_the_first_publication() {
        // A republication: the update cue's earlier day is the publication.
        let republished = "Jane Roe Modifié le : 10/08/2023 Publié le : 04/03/2024";
        assert_eq!(stamp_feature(republished, "pub_cue"), vec![("2023-08-10".into(), 1.0), ("2024-03-04".into(), 0.0)]);
        assert_eq!(stamp_feature(republished, "upd_cue"), vec![("2023-08-10".into(), 0.0), ("2024-03-04".into(), 1.0)]);
        assert_eq!(
            stamp_feature(republished, "earliest"),
            vec![("2023-08-10".into(), 1.0), ("2024-03-04".into(), 0.0)]
        );
        // An update after the publication keeps its cues, whatever their order.
        let updated = "Jane Roe Modifié le : 04/03/2024 Publié le : 10/08/2023";
        assert_eq!(stamp_feature(updated, "pub_cue"), vec![("2024-03-04".into(), 0.0), ("2023-08-10".into(), 1.0)]);
        assert_eq!(stamp_feature(updated, "upd_cue"), vec![("2024-03-04".into(), 1.0), ("2023-08-10".into(), 0.0)]);
    }

    #[test]
    fn the_stamp_under_the_second_copy_of_the_byline_is_read() {
        let para = "The council voted on Tuesday to keep the small theatres of the city open all year, after a long campaign by the neighbours.";
        let mut lines = vec!["Archives About us Privacy policy", para, para];
        lines.extend(std::iter::repeat_n("* Menu item", 60));
        lines.extend(["Jane Roe", "Jane Roe", "Senior Reporter", "January 8, 2024 at 8:03 PM", para]);
        let layout = Layout { headline: Some(0), block: Some((1, 2)), others: [None; 2] };
        let days = candidates(&lines, &layout, Some("Jane Roe")).iter().map(|c| c.day.to_string()).collect::<Vec<_>>();
        assert_eq!(days, vec!["2024-01-08"]);
    }

    #[test]
    fn an_ambiguous_numeric_day_is_read_in_the_order_nearest_the_pages_other_days() {
        let para =
            "The union reached a deal on Friday, Nov. 3, 2023, after a long strike by the actors of the studios.";
        let day_of = |stamp: &str| {
            let lines = ["Actors end their strike", "By Jane Roe", stamp, para, para];
            let layout = Layout { headline: Some(0), block: Some((3, 4)), others: [None; 2] };
            candidates(&lines, &layout, None).iter().map(|c| c.day.to_string()).collect::<Vec<_>>()
        };
        assert_eq!(day_of("Updated 11/8/2023 10:46 PM")[0], "2023-11-08");
        // Day first stays where neither reading is near the page's days.
        assert_eq!(day_of("Updated 3/4/2021 10:46 PM")[0], "2021-04-03");
    }

    #[test]
    fn a_day_with_a_few_words_of_label_is_a_stamp() {
        let label = |t: &str| {
            let norm = normalise(t);
            days_in(&norm).first().is_some_and(|f| is_label_stamp(&norm, f))
        };
        assert!(label("Cyber risks - Jane Roe - November 16, 2023"));
        assert!(label("Décryptages & Tribunes 30 Décembre 2022"));
        assert!(!label("— Jane Roe (@jroe) November 16, 2023"));
        assert!(!label("The council voted on November 16, 2023 to keep the theatres."));
        assert!(!label("example.org/2023/11/16/theatres"));
    }

    #[test]
    fn a_feast_named_with_its_year_is_no_stamp() {
        let days = |t: &str| days_in(&normalise(t)).iter().map(|f| f.day.to_string()).collect::<Vec<_>>();
        assert!(days("Christmas 2025").is_empty());
        assert_eq!(days("31 December, 2025"), vec!["2025-12-31"]);
    }

    #[test]
    fn the_earliest_of_a_list_of_dated_items_yields_to_a_stamp_of_its_own_nearer_the_headline() {
        let para = "Le conseil a voté mardi le maintien des petits théâtres de la ville, après une longue campagne des riverains du quartier.";
        let lines = [
            "Le conseil garde les petits théâtres",
            "Le 10 Avr 2020 | Par Inserm (Salle de presse)",
            para,
            para,
            "Un autre communiqué",
            "Publié le 21 Déc 2018",
            "Un troisième communiqué",
            "Publié le 30 Sep 2024",
        ];
        let layout = Layout { headline: Some(0), block: Some((2, 3)), others: [None; 2] };
        let earliest = FEATURES.iter().position(|f| *f == "earliest").unwrap();
        let c = candidates(&lines, &layout, None);
        let day = |d: &str| c.iter().find(|c| c.day.to_string() == d).map(|c| c.x[earliest]);
        assert_eq!(day("2020-04-10"), Some(1.0));
        assert_eq!(day("2018-12-21"), Some(0.0));
        // The list's day nearest the headline stays the earliest.
        let lines = [
            "Council keeps the small theatres open all year",
            "April 19, 2024",
            "Jane Roe, Opinion Columnist • December 10, 2025",
            "December 10, 2025",
            "December 16, 2025",
        ];
        let layout = Layout { headline: Some(0), block: None, others: [None; 2] };
        let c = candidates(&lines, &layout, None);
        let day = |d: &str| c.iter().find(|c| c.day.to_string() == d).map(|c| c.x[earliest]);
        assert_eq!(day("2024-04-19"), Some(1.0));
    }

    #[test]
    fn a_stamp_under_a_byline_or_a_headlines_copy_outside_the_windows_is_a_fallback() {
        let para = "The council voted on Tuesday to keep the small theatres of the city open all year, after a long campaign by the neighbours.";
        let title = "Council keeps the small theatres open all year";
        let mut lines = vec![title, para, para];
        lines.extend(std::iter::repeat_n("* Menu item", 40));
        lines.extend(["By Jane Roe", "Senior Reporter", "October 13, 2021", "* Menu item"]);
        lines.extend(["Latest posts", "* Council keeps the small theatres open all year - June 30, 2014"]);
        let layout = Layout { headline: Some(0), block: Some((1, 2)), others: [None; 2] };
        let days = |lines: &[&str]| {
            candidates_titled(lines, &layout, None, Some(title)).iter().map(|c| c.day.to_string()).collect::<Vec<_>>()
        };
        assert_eq!(days(&lines), vec!["2021-10-13", "2014-06-30"]);
        // Where a window prints a day, the fallback lines are not read.
        lines[2] = "Published March 3, 2021";
        assert_eq!(days(&lines), vec!["2021-03-03"]);
    }

    #[test]
    fn a_page_with_no_day_has_no_candidate() {
        let lines = ["Title of the story", "", "Some text with no date in it at all, as it happens."];
        assert_eq!(pick(&lines, &Layout::default(), None, None), Picked::Nothing);
    }

    #[test]
    fn a_post_signature_and_a_credit_line_are_embeds() {
        assert!(is_embed_line("    — Jane Roe (@jroe) January 1, 2020"));
        assert!(is_embed_line("© Jane Roe, AFP | A caption, dimanche 9 octobre 2016."));
        assert!(!is_embed_line("Published March 3, 2021"));
    }
}
