//! Date lines: `Publié le …`, `Updated: …`, `Posted on … by …`, read with the date tagger.

use super::byline::{byline, byline_names, handle, names};
use super::lexicon::{CLOCK_ZONES, DATE_LABELS, EN_STOPWORDS, FR_STOPWORDS, PUBLISH_CUES, UPDATE_CUES, UPDATE_CUTS};
use crate::dates::{Lang, PartialDate};

/// `Mis à jour le …`, `Updated: …`: the date of a change, not of publication.
pub(super) fn is_update_line(l: &str) -> bool {
    let t = l.trim().trim_start_matches(['-', '•', '*', ' ']).to_lowercase();
    UPDATE_CUES.iter().any(|p| t.starts_with(p))
}

/// `Posted on December 21, 2022 by Tom Baker`, `Posted by Tom Baker on December 21, 2022`.
pub(super) fn date_with_byline(l: &str) -> Option<(PartialDate, Option<String>)> {
    let t = l.trim();
    if t.chars().count() > 120 {
        return None;
    }
    for sep in [" by ", " By ", " par ", " Par "] {
        if let Some(p) = t.rfind(sep) {
            if let (Some(d), Some(n)) = (parse_date_line(&t[..p]), names(&t[p + sep.len()..])) {
                return Some((d, Some(n)));
            }
        }
    }
    for sep in [" on ", " le "] {
        if let Some(p) = t.find(sep) {
            if let (Some(Some(n)), Some(d)) = (byline(&t[..p]), parse_date_line(&t[p + 1..])) {
                return Some((d, Some(n)));
            }
        }
    }
    name_and_date(t)
}

/// The first absolute day the date tagger reads in `l` (French, then English), with its
/// byte span.
pub(super) fn day_in(l: &str) -> Option<(PartialDate, usize, usize)> {
    [Lang::Fr, Lang::En].into_iter().find_map(|lang| {
        let tagged = crate::dates::tag(l, lang, None);
        tagged
            .exprs
            .iter()
            .find(|e| {
                e.anchoring == crate::dates::Anchoring::Absolute
                    && e.value.end.is_none()
                    && e.value.start.precision() == crate::dates::Precision::Day
            })
            .map(|e| (e.value.start, e.start, e.end))
    })
}

/// A stamp line around one date, read with the tagger: `Marie Merlet | lundi 9 décembre 2019 à
/// 09h08`, `by J.O. Haselhoef Apr. 26, 2022Apr. 26, 2022`, `Par A et B — 24 novembre 2017 à
/// 18:42`, `Publié sur 18/02/2020`, `January 28, 2025 11:30 am (Updated 11:54 am)`. Before the
/// date: nothing, a byline, a bare name or a publication cue; after it: a clock time, an update
/// in brackets, a count, nothing that reads as a sentence.
pub(super) fn name_and_date(l: &str) -> Option<(PartialDate, Option<String>)> {
    let t = unglue(strip_image_tags(l.trim()));
    let t = t.as_str();
    if t.chars().count() > 140 {
        return None;
    }
    one_stamp(t).or_else(|| segmented_stamp(t))
}

/// `[logo] By X`, `[e3d6d9295d] By X`: a text browser's name of an image before a stamp.
fn strip_image_tags(l: &str) -> &str {
    let mut t = l.trim_start();
    while let Some(r) = t.strip_prefix('[') {
        match r.find(']') {
            Some(e) if e <= 40 && !r[..e].contains(' ') => {
                t = r[e + 1..].trim_start_matches([' ', '/', '|']).trim_start()
            }
            _ => break,
        }
    }
    t
}

/// What may follow a stamp and is no sentence: a clock time, a count, a reading time (`3 min
/// read`), a button (`+ More`, `Follow`): at most five words with no function word, or two.
fn is_stamp_tail(after: &str) -> bool {
    let words: Vec<&str> = after.split_whitespace().collect();
    let stop = |w: &&str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        FR_STOPWORDS.contains(&w.as_str()) || EN_STOPWORDS.contains(&w.as_str())
    };
    !after.contains(". ") && (words.len() <= 2 || (words.len() <= 5 && !words.iter().any(stop)))
}

/// The author named after a stamp's day (`Aug 12, 2021 / Klaus Sieg`, `Posted On : December 12,
/// 2023 Published By : Carol Romig`): past a separator and a cue, a name of two words or more.
fn name_after(after: &str) -> Option<String> {
    let t = after.trim_start_matches(['/', '|', '·', '•', '—', '–', '-', ':', ' ']);
    let lower = t.to_lowercase();
    let cue = ["published by", "posted by", "written by", "publié par", "by ", "par "]
        .iter()
        .find(|c| lower.starts_with(*c))
        .map(|c| c.len())
        .or_else(|| label_before_by(t))
        .unwrap_or(0);
    let name = t.get(cue..)?.trim_start_matches([':', ' ']);
    if name.split_whitespace().count() < 2 {
        // After a cue (`Published By : CarolRomig`), a user name of one word signs too.
        return (cue > 0).then(|| handle(name)).flatten();
    }
    // `Jane Roe, MS, RDN`: the names before the credentials or the role.
    names(name).or_else(|| name.split_once(", ").and_then(|(n, _)| names(n)))
}

/// `Author by Jane Roe`, `Auteur par Jean Dupont`: one capitalised label (a theme's text
/// for screen readers) before the byline's prefix; the length up to the name.
fn label_before_by(t: &str) -> Option<usize> {
    let (label, rest) = t.split_once(' ')?;
    let by = ["by ", "par "].iter().find(|p| rest.starts_with(**p))?;
    (label.starts_with(char::is_uppercase) && label.chars().all(char::is_alphabetic))
        .then(|| label.len() + 1 + by.len())
}

/// One date in a stamp line, with what stands before it (nothing, a cue, a byline, a name).
fn one_stamp(t: &str) -> Option<(PartialDate, Option<String>)> {
    let (d, start, end) = day_in(t)?;
    let seps = |c: char| matches!(c, '|' | '-' | '–' | '—' | '·' | ',' | ':' | '•') || c.is_whitespace();
    let mut before = t[..start].trim_matches(seps);
    // `10:08 am Fri Jul 19, 2013`: a clock time before the day.
    while let Some((head, _)) = before.rsplit_once(' ').or(Some(("", before))).filter(|(_, w)| is_clock_word(w)) {
        before = head.trim_matches(seps);
    }
    let mut after = t[end..].trim_matches(seps);
    // `27 August 2022 29 August 2022 Jane Roe`: a second day right after the first is the
    // update's; what follows it is read as what follows the stamp.
    while let Some((_, 0, e)) = day_in(after) {
        after = after[e..].trim_matches(seps);
    }
    // `à 09h08`, `at 6:03am`: the clock time of the stamp.
    let after = ["à ", "at "].iter().find_map(|p| after.strip_prefix(p)).unwrap_or(after);
    // The clock time, then what may follow it: `11:30 am (Updated 11:54 am)`.
    let mut rest = after;
    while let Some(w) = rest.split_whitespace().next().filter(|w| is_clock_word(w)) {
        rest = rest[rest.find(w).map_or(rest.len(), |p| p + w.len())..].trim_start();
    }
    let after = if rest.len() < after.len() && (rest.starts_with('(') || is_update_line(rest)) { rest } else { after };
    let in_brackets = after.starts_with('(') && after.ends_with(')');
    let after_ok = after.is_empty()
        || is_update_line(after)
        || in_brackets
        || after.split_whitespace().all(|w| is_clock_word(w) || w.chars().all(|c| c.is_ascii_digit() || c == ','))
        || date_stamps(after).is_some()
        || is_stamp_tail(rest.trim_start_matches(['·', '|', '+', ' ']))
        || name_after(after).is_some();
    if !after_ok {
        return None;
    }
    // `Ouest-France Recueilli par X. Publié le …`: the byline stands before the cue.
    let lower = before.to_lowercase();
    if let Some(p) = PUBLISH_CUES.iter().filter_map(|c| lower.find(c)).filter(|&p| p > 0).min() {
        if let (Some(head), Some(cue)) = (before.get(..p), before.get(p..)) {
            let name = byline_in(head.trim_end_matches(|c: char| seps(c) || c == '.'));
            if cue.split_whitespace().count() <= 3 && name.is_some() {
                return Some((d, name));
            }
        }
    }
    let lower = before.to_lowercase();
    if before.is_empty() {
        return Some((d, name_after(after)));
    }
    if PUBLISH_CUES.iter().any(|c| lower.starts_with(c)) && before.split_whitespace().count() <= 3 {
        return Some((d, name_after(after)));
    }
    // `Published by Jane Roe at`, `Posted by the desk on`: a cue, a byline, a preposition.
    if let Some(cue) = PUBLISH_CUES.iter().find(|c| lower.starts_with(*c)) {
        let rest = before[cue.len()..].trim_start_matches([':', ' ']);
        let rest = [" at", " on", " le", " à"].iter().find_map(|p| rest.strip_suffix(p)).unwrap_or(rest);
        if rest.to_lowercase().starts_with("by ") || rest.to_lowercase().starts_with("par ") {
            return byline(rest).map(|n| (d, n));
        }
    }
    // `Par Jane Roe Le : 12/03/2021`, `By Jane Roe on`: the connector before the day, after a
    // byline's prefix only (`Jane Roe on Monday, May 5` is a caption).
    match byline(strip_connector(before).trim_matches(seps)) {
        Some(Some(n)) => Some((d, Some(n))),
        _ => names(before).map(|n| (d, Some(n))),
    }
}

/// Words that link a byline to its day (`Par Jane Roe Le : …`, `By Jane Roe on …`), never the
/// end of a name.
const DAY_CONNECTORS: [&str; 5] = ["le", "on", "at", "à", "du"];

/// `before` without a connector closing it (in any case: `Le`, `ON`).
fn strip_connector(before: &str) -> &str {
    match before.rsplit_once(' ') {
        Some((head, last)) if DAY_CONNECTORS.contains(&last.to_lowercase().as_str()) => head,
        _ => before,
    }
}

/// A stamp line in pieces (`Jane Roe / SITE.COM / Apr 16, 2026, 14:04 IST`, `Section | Published:
/// 5 hours ago | Written by Jane Roe`, `[logo] / Jane Roe / 10:08 am Fri Jul 19, 2013`): each
/// piece is a byline, a name, a date, a cue with a relative time, an outlet or a count. One
/// piece may be a label (the section), none may be a sentence, and a date or a byline with its
/// prefix must be there.
fn segmented_stamp(t: &str) -> Option<(PartialDate, Option<String>)> {
    let (date, name) = stamp_pieces(t)?;
    date.map(|d| (d, name))
}

/// The byline of a stamp line in pieces, with or without a date (`Section | Published: 5 hours
/// ago | Written by Jane Roe`).
pub(super) fn segmented_byline(l: &str) -> Option<String> {
    let t = unglue(strip_image_tags(l.trim()));
    if t.chars().count() > 180 {
        return None;
    }
    stamp_pieces(&t)?.1
}

/// The date and the name read in the pieces of a stamp line, `None` when a piece is a sentence
/// or when no piece is a date or a byline with its prefix.
fn stamp_pieces(t: &str) -> Option<(Option<PartialDate>, Option<String>)> {
    let pieces: Vec<&str> = t.split(['|', '·', '•']).flat_map(|p| p.split(" / ")).map(str::trim).collect();
    if pieces.len() < 2 {
        return None;
    }
    // A name printed with its prefix or its stamp outranks a bare one (`Michigan Radio | By
    // Jane Roe`: the outlet's name reads as a name too).
    let (mut date, mut name, mut bare, mut strong, mut unknown) = (None, None, None, false, 0);
    for p in pieces.iter().filter(|p| !p.is_empty()) {
        let p = strip_image_tags(p);
        if p.is_empty() {
            continue;
        }
        if let Some((d, n)) = one_stamp(p) {
            date = date.or(Some(d));
            name = name.or(n);
            strong = true;
        } else if let Some(n) = byline(p) {
            name = name.or(n);
            strong = true;
        } else if let Some(n) = names(p) {
            bare = bare.or(Some(n));
        } else if is_relative_stamp(p) || p.chars().all(|c| !c.is_lowercase()) || p.split_whitespace().count() <= 2 {
            // `Published: 5 hours ago`, `TIMESOFINDIA.COM`, `24 comments`, `Lifestyle`.
        } else if p.ends_with(['.', '!', '?']) || p.split_whitespace().count() > 8 {
            return None;
        } else {
            unknown += 1;
        }
    }
    (strong && unknown <= 1).then_some((date, name.or(bare)))
}

/// `5 hours ago`, `Published: 9 Hrs Ago`, `il y a 3 heures`: a time counted back from the
/// moment the page was saved, which dates nothing.
pub(super) fn is_relative_stamp(l: &str) -> bool {
    let t = l.to_lowercase();
    let t = t.trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    let unit = |w: &str| {
        let w = w.trim_end_matches(['.', ',']);
        [
            "sec", "secs", "seconds", "min", "mins", "minutes", "hr", "hrs", "hour", "hours", "h", "day", "days",
            "week", "weeks", "heure", "heures", "jour", "jours", "semaine", "semaines",
        ]
        .contains(&w)
    };
    words.len() <= 8
        && words.windows(2).any(|w| w[0].chars().all(|c| c.is_ascii_digit()) && unit(w[1]))
        && (t.contains(" ago") || t.contains("il y a "))
}

/// The names of a byline that opens anywhere in `l` (`Ouest-France Recueilli par X`), or of
/// a line that is only names.
pub(super) fn byline_in(l: &str) -> Option<String> {
    if let Some(Some(n)) = byline(l) {
        return Some(n);
    }
    if let Some(n) = names(l) {
        return Some(n);
    }
    let lower = l.to_lowercase();
    [" par ", " by "].iter().filter_map(|p| lower.rfind(p).map(|at| at + p.len())).max().and_then(|at| {
        let rest = l.get(at..)?;
        byline_names(rest)
    })
}

/// `2013-12-30T14:42:01-0700` → `2013-12-30 14:42:01-0700`: an ISO stamp's day apart from
/// its clock time, nothing else changed.
fn unglue_iso(l: &str) -> String {
    let b = l.as_bytes();
    let mut out = String::with_capacity(l.len());
    for (i, c) in l.char_indices() {
        let iso_t = c == 'T'
            && i >= 10
            && b.get(i + 1).is_some_and(u8::is_ascii_digit)
            && b[i - 10..i]
                .iter()
                .enumerate()
                .all(|(k, x)| if k == 4 || k == 7 { *x == b'-' } else { x.is_ascii_digit() });
        out.push(if iso_t { ' ' } else { c });
    }
    out
}

/// A stamp with its pieces glued by a page's markup (`Apr. 26, 2022Apr. 26, 2022`): a space
/// put back between a digit and the capital that follows it.
pub(super) fn unglue(l: &str) -> String {
    unglue_capitals(&unglue_year(&unglue_month(l)))
}

/// Whether `w` (a word of a stamp, with its punctuation) names a month, in full or abbreviated
/// (the date tagger's table, [`crate::dates::month_word`]).
fn is_month_word(w: &str) -> bool {
    crate::dates::month_word(w.trim_matches(|c: char| !c.is_alphabetic())).is_some()
}

/// `27 August 202229 August 2022`, `December 22, 20235:00 AM`, `November 21, 202501747` (a
/// view counter): a year glued to the day, the clock time or the count that follows it, put
/// apart. Only a run of five to twelve digits opening with a year (19xx, 20xx), one or two
/// words after a month's name.
fn unglue_year(l: &str) -> String {
    let mut out = String::with_capacity(l.len() + 4);
    let mut from = 0;
    while let Some(p) = l[from..].find(|c: char| c.is_ascii_digit()).map(|p| p + from) {
        let run = l[p..].chars().take_while(char::is_ascii_digit).count();
        let digits = &l[p..p + run];
        let year = digits.starts_with("19") || digits.starts_with("20");
        let glued_before = l[..p].ends_with(char::is_alphabetic);
        let after_month = l[..p].split_whitespace().rev().take(2).any(is_month_word);
        out.push_str(&l[from..p]);
        if (5..=12).contains(&run) && year && !glued_before && after_month {
            out.push_str(&digits[..4]);
            out.push(' ');
            out.push_str(&digits[4..]);
        } else {
            out.push_str(digits);
        }
        from = p + run;
    }
    out.push_str(&l[from..]);
    out
}

/// `Jane RoeDecember 20, 2023`: a month's name glued to the word before it (a name, a
/// label), put apart.
fn unglue_month(l: &str) -> String {
    let mut out = String::with_capacity(l.len() + 4);
    let mut prev = ' ';
    for (i, c) in l.char_indices() {
        if prev.is_lowercase() && c.is_uppercase() {
            let word: String = l[i..].chars().take_while(|c| c.is_alphabetic()).collect();
            if is_month_word(&word) && word.chars().count() >= 3 {
                out.push(' ');
            }
        }
        out.push(c);
        prev = c;
    }
    out
}

/// A space put back between a digit and the capital that follows it (`2022Apr.`), and
/// between an ISO day and its clock time.
fn unglue_capitals(l: &str) -> String {
    let mut out = String::with_capacity(l.len() + 4);
    let mut prev = ' ';
    let mut chars = l.chars().peekable();
    while let Some(c) = chars.next() {
        // `2013-12-30T14:42:01`: the ISO date and its clock time.
        if prev.is_ascii_digit() && c == 'T' && chars.peek().is_some_and(char::is_ascii_digit) {
            out.push(' ');
            prev = ' ';
            continue;
        }
        if prev.is_ascii_digit() && c.is_uppercase() {
            out.push(' ');
        }
        out.push(c);
        prev = c;
    }
    out
}

/// A date line of a header: `- [29/06/2026](#)`, `Publié le 19 décembre 2022 à 10h`,
/// `Updated: Dec 19, 2022`, `Updated 4:12 PM GMT, October 9, 2023`; of `Publié le … Mis à
/// jour le …`, the publication date.
pub fn parse_date_line(l: &str) -> Option<PartialDate> {
    let mut t = unglue_iso(l.trim().trim_start_matches(['-', '•', '*', ' ']).trim());
    if t.starts_with('[') {
        if let Some(end) = t.find("](") {
            t = t[1..end].to_string();
        }
    }
    if t.chars().count() > 120 {
        return None;
    }
    // Only the publication date: cut at an update that follows it.
    for cut in UPDATE_CUTS {
        // Only after a date: `Last modified on …` is itself a date line.
        if let Some(p) = find_ci(&t, cut).filter(|&p| t[..p].contains(|c: char| c.is_ascii_digit())) {
            t.truncate(p);
        }
    }
    // Labels before the date, matched whatever their case; the date keeps its own case
    // (`May` is a month, `may` a verb).
    let mut rest = t.trim();
    rest = after_cue(rest).unwrap_or(rest);
    while let Some(after) = DATE_LABELS.iter().find_map(|label| strip_prefix_ci(rest, label)) {
        rest = after.trim_start();
    }
    // `Posted at 2013-12-30`, `Published on March 3`: the preposition after the label.
    let rest = ["at ", "on "].iter().find_map(|p| rest.strip_prefix(p)).unwrap_or(rest);
    let core = rest.split(" à ").next().unwrap_or(rest);
    let core = core.split(" at ").next().unwrap_or(core).trim();
    // Clock times and time zones around the date: `10:14 AM GMT`, `14h05`.
    let words: Vec<&str> = core.split_whitespace().filter(|w| !is_clock_word(w)).collect();
    if words.is_empty() || core.chars().count() > 60 {
        return None;
    }
    parse_written_date(words.join(" ").trim_matches([',', ' ', '-', '–', '|']))
}

/// The word linking a stamp's cue to its date: `Last updated on`, `Publié le`, `Posted at`.
const CUE_LINKS: [&str; 4] = ["on", "le", "at", "à"];

/// What follows the publication or update cue opening a stamp, past its colon and the word
/// linking it to the date, glued to it or not (`Last updated on June 21, 2018`, `Posted
/// onTuesday, April 5, 2016`, `Publié le : 3 mars 2021`, `Modifié le3 mars 2021`): a page's
/// markup glues the cue's pieces, and a longer cue (`last updated`) holds a shorter one.
/// `None` when no cue opens `t`.
fn after_cue(t: &str) -> Option<&str> {
    let cue = PUBLISH_CUES
        .iter()
        .chain(UPDATE_CUES.iter())
        .map(|c| c.trim_end())
        .filter(|c| strip_prefix_ci(t, c).is_some())
        .max_by_key(|c| c.len())?;
    let rest = t[cue.len()..].trim_start_matches([':', ' ']);
    // The link glued to the date only before a capital or a digit (`onTuesday`, `le3`), so that
    // a word opening with the same letters (`Atlanta`, `lendemain`) stays whole.
    let linked = CUE_LINKS.iter().find_map(|w| {
        strip_prefix_ci(rest, w)
            .filter(|r| r.starts_with(|c: char| c == ' ' || c == ':' || c.is_uppercase() || c.is_ascii_digit()))
    });
    Some(linked.unwrap_or(rest).trim_start_matches([':', ' ']))
}

/// `t` without its opening `prefix` (lower case), matched whatever the case of `t`.
fn strip_prefix_ci<'a>(t: &'a str, prefix: &str) -> Option<&'a str> {
    let n = prefix.len();
    t.get(..n).filter(|h| h.to_lowercase() == prefix).map(|_| &t[n..])
}

/// `4:12`, `14h05`, `10h`, `PM`, `GMT,`: a word of a clock time.
pub(super) fn is_clock_word(w: &str) -> bool {
    let w = w.trim_end_matches([',', '.']);
    // `6:03am`, `11.30pm`: the meridian glued to the time.
    let w = ["am", "pm", "AM", "PM", "a.m", "p.m"]
        .iter()
        .find_map(|m| w.strip_suffix(m).filter(|r| r.ends_with(|c: char| c.is_ascii_digit())))
        .unwrap_or(w);
    if CLOCK_ZONES.contains(&w) || is_zone(w) {
        return true;
    }
    // `14:42:01-0700`, `09:30Z`: seconds and an offset after the time.
    let w = w.trim_end_matches('Z');
    let w = match w.rfind(['+', '-']) {
        Some(p) if p > 0 && w[p + 1..].len() >= 2 && w[p + 1..].chars().all(|c| c.is_ascii_digit() || c == ':') => {
            &w[..p]
        }
        _ => w,
    };
    let w = match w.match_indices(':').nth(1) {
        Some((p, _)) if w[p + 1..].len() == 2 && w[p + 1..].chars().all(|c| c.is_ascii_digit()) => &w[..p],
        _ => w,
    };
    let digits = w.chars().take_while(char::is_ascii_digit).count();
    (1..=2).contains(&digits) && {
        let rest = &w[digits..];
        // `19.20` is a clock time only with two digits after the dot (`19.12.2022` is a date).
        if let Some(r) = rest.strip_prefix('.') {
            return r.len() == 2 && r.chars().all(|c| c.is_ascii_digit());
        }
        let rest = rest.strip_prefix([':', 'h', 'H']);
        rest.is_some_and(|r| r.len() <= 2 && r.chars().all(|c| c.is_ascii_digit()))
    }
}

/// A time zone's abbreviation: `CDT`, `PST`, `IST`, `AEST` (two to four capitals ending in
/// `T`).
fn is_zone(w: &str) -> bool {
    (3..=4).contains(&w.len()) && w.ends_with('T') && w.chars().all(|c| c.is_ascii_uppercase())
}

/// The byte position of `needle` (lower case) in `hay`, whatever the case of `hay`.
pub(super) fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    hay.char_indices()
        .map(|(i, _)| i)
        .find(|&i| hay.get(i..i + needle.len()).is_some_and(|h| h.to_lowercase() == needle))
}

/// A full written date: `29/06/2026`, `2022-12-19`, `19 décembre 2022`, `1er mars 2021`,
/// `December 19, 2022`, `Dec. 19, 2022`, `19 Dec 2022`, optionally after a weekday: the
/// temporal tagger's reading, when one absolute day covers the text.
pub fn parse_written_date(s: &str) -> Option<PartialDate> {
    let s = s.trim().trim_end_matches(['.', ',']);
    [Lang::Fr, Lang::En].into_iter().find_map(|lang| {
        let tagged = crate::dates::tag(s, lang, None);
        let [e] = tagged.exprs.as_slice() else { return None };
        let whole = s[..e.start].trim().is_empty() && s[e.end..].trim().is_empty();
        (whole && e.anchoring == crate::dates::Anchoring::Absolute && e.value.end.is_none())
            .then_some(e.value.start)
            .filter(|d| d.precision() == crate::dates::Precision::Day)
    })
}

/// The dates of a stamp line, publication and update apart.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Stamps {
    /// The publication date: after a publication cue, or with no cue at all.
    pub published: Option<PartialDate>,
    /// The date of the last change.
    pub updated: Option<PartialDate>,
}

/// Reads a stamp line whose publication and update stamps may be glued together
/// (`Published March 3, 2021Updated March 5, 2021`, `Sat 2 Sep 2023 13.50 CESTLast modified on
/// Sat 2 Sep 2023 14.10 CEST`): the line is cut before every cue, wherever it stands, and each
/// piece is read as a date line. `None` when no piece is one.
pub(super) fn date_stamps(l: &str) -> Option<Stamps> {
    let t = unglue(l.trim());
    let t = t.as_str();
    if t.chars().count() > 180 || !t.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let mut cuts: Vec<(usize, usize, bool)> = Vec::new();
    for (cues, update) in [(&PUBLISH_CUES[..], false), (&UPDATE_CUES[..], true)] {
        for cue in cues {
            let mut from = 0;
            while let Some(p) = t.get(from..).and_then(|r| find_ci(r, cue)).map(|p| p + from) {
                cuts.push((p, p + cue.len(), update));
                from = p + cue.len();
            }
        }
    }
    // Of overlapping cues (`last modified`, `modified`), the one that starts first.
    cuts.sort_by_key(|&(p, end, _)| (p, std::cmp::Reverse(end)));
    let mut kept: Vec<(usize, bool)> = Vec::new();
    let mut covered = 0;
    for (p, end, update) in cuts {
        if p >= covered || kept.is_empty() {
            kept.push((p, update));
            covered = end;
        }
    }
    let mut out = Stamps::default();
    let mut pieces: Vec<(&str, bool)> = Vec::new();
    let first = kept.first().map_or(t.len(), |k| k.0);
    // A stamp line opens with a cue or a date, never with words (`Le rapport publié le …`).
    let head = t[..first].trim().trim_matches(|c: char| c == '-' || c == '•' || c == '*' || c.is_whitespace());
    if !head.is_empty() && parse_date_line(head).is_none() {
        return None;
    }
    pieces.push((&t[..first], false));
    for (k, &(p, update)) in kept.iter().enumerate() {
        let end = kept.get(k + 1).map_or(t.len(), |n| n.0);
        pieces.push((&t[p..end], update));
    }
    for (piece, update) in pieces {
        let piece =
            piece.trim().trim_matches(|c: char| c == ',' || c == '|' || c == '·' || c == '-' || c.is_whitespace());
        if piece.is_empty() {
            continue;
        }
        if let Some(d) = parse_date_line(piece) {
            if update {
                out.updated.get_or_insert(d);
            } else {
                out.published.get_or_insert(d);
            }
        }
    }
    (out.published.is_some() || out.updated.is_some()).then_some(out)
}

/// A one-word signature glued before a stamp by a page's markup (`jroe30 juin 2021`,
/// `jroe 30 juin 2021`): the user name and the stamp after it, when the rest of the line reads
/// as a date line on its own and the word is a user name, not a word of the language.
pub(super) fn handle_before_stamp(t: &str) -> Option<String> {
    let t = t.trim();
    let cut = t.find(|c: char| c.is_ascii_digit())?;
    let (head, stamp) = (t[..cut].trim_end(), &t[cut..]);
    if head.contains(char::is_whitespace) || parse_date_line(stamp).is_none() {
        return None;
    }
    // A month or a weekday before the day is the stamp's own word (`Mai 30, 2021`).
    let folded = crate::text::fold(head);
    if super::lexicon::is_common_word(&folded)
        || super::lexicon::STAMP_WORDS.contains(&head.to_lowercase().as_str())
        || is_calendar_word(head)
    {
        return None;
    }
    super::byline::handle(head)
}

/// A month (full or abbreviated) or a weekday, by the date tagger's lexicon: a word that opens
/// a stamp, never a signature.
fn is_calendar_word(w: &str) -> bool {
    is_month_word(w) || crate::dates::calendar_word(w) == Some(crate::dates::CalendarWord::Weekday)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_connector_before_a_stamps_day_is_no_part_of_the_name() {
        let name = |l: &str| date_with_byline(l).and_then(|(_, n)| n);
        assert_eq!(name("Par Jane Roe Le : 12/03/2021").as_deref(), Some("Jane Roe"));
        assert_eq!(name("Par Jane Roe le 12/03/2021").as_deref(), Some("Jane Roe"));
        assert!(date_with_byline("Paru le 12 mai 2021").is_some());
        assert_eq!(name("Alberta Premier Jane Roe on Monday, May 5, 2025."), None);
    }

    #[test]
    fn a_user_name_glued_before_a_stamp_signs_it() {
        assert_eq!(handle_before_stamp("jroe30 juin 2021").as_deref(), Some("jroe"));
        assert_eq!(handle_before_stamp("jroe 30 juin 2021").as_deref(), Some("jroe"));
        assert_eq!(handle_before_stamp("Sept 30, 2021"), None);
        assert_eq!(handle_before_stamp("Updated 30 June 2021"), None);
        assert_eq!(handle_before_stamp("jroe wrote 30 juin 2021"), None);
        assert_eq!(handle_before_stamp("jroe30 comments"), None);
    }

    #[test]
    fn glued_years_names_and_second_days_are_put_apart() {
        assert_eq!(unglue("27 August 202229 August 2022 Jane Roe"), "27 August 2022 29 August 2022 Jane Roe");
        assert_eq!(unglue("December 22, 20235:00 AM ET"), "December 22, 2023 5:00 AM ET");
        assert_eq!(unglue("by Site TimesNovember 21, 202501747"), "by Site Times November 21, 2025 01747");
        assert_eq!(unglue("Jane RoeDecember 20, 2023 Comments"), "Jane Roe December 20, 2023 Comments");
        // A number that follows no month, and a name with an inner capital, stay as they are.
        assert_eq!(unglue("Population 201234 McDonald"), "Population 201234 McDonald");
        let day = |l: &str| name_and_date(l).map(|(d, n)| (d.to_string(), n));
        assert_eq!(day("27 August 202229 August 2022 Jane Roe"), Some(("2022-08-27".into(), Some("Jane Roe".into()))));
        assert_eq!(
            day("Jane RoeDecember 20, 2023 (BUTTON) CommentsComment Bubble Icon"),
            Some(("2023-12-20".into(), Some("Jane Roe".into())))
        );
        let s = date_stamps("Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET").unwrap();
        assert_eq!(s.published.map(|d| d.to_string()).as_deref(), Some("2019-11-19"));
    }

    #[test]
    fn a_user_name_after_a_cue_signs_the_stamp() {
        let author = |l: &str| date_with_byline(l).and_then(|(_, n)| n);
        assert_eq!(author("Posted On : December 12, 2023 Published By : JaneRoe").as_deref(), Some("JaneRoe"));
        assert_eq!(author("December 12, 2023 Politics"), None);
        assert_eq!(author("February 1, 2019 Jane Roe, MS, RDN").as_deref(), Some("Jane Roe"));
    }

    #[test]
    fn a_name_after_the_day_of_a_stamp_is_its_byline() {
        let author = |l: &str| name_and_date(l).and_then(|(_, n)| n);
        assert_eq!(author("Aug 12, 2021 / Klaus Sieg").as_deref(), Some("Klaus Sieg"));
        assert_eq!(author("Posted On : December 12, 2023 Published By : Carol Romig").as_deref(), Some("Carol Romig"));
        assert_eq!(author("December 5, 2023 Politics"), None);
        assert!(name_and_date("December 5, 2023 / Updated").is_some());
    }

    #[test]
    fn stamps_with_clock_times_updates_glue_and_bylines_before_a_cue() {
        let day = |l: &str| name_and_date(l).map(|(d, n)| (d.to_string(), n));
        assert_eq!(day("March 3, 2024 10:15 am (Updated 11:40 am)"), Some(("2024-03-03".into(), None)));
        assert_eq!(day("Jane Roe | mardi 5 mars 2024 à 08h30"), Some(("2024-03-05".into(), Some("Jane Roe".into()))));
        assert_eq!(
            day("by A.B. Example Mar. 4, 2024Mar. 5, 2024"),
            Some(("2024-03-04".into(), Some("A.B. Example".into())))
        );
        assert_eq!(
            day("Le Journal Propos recueillis par Paul EXEMPLE. Publié le 04/03/2024 à 10h12"),
            Some(("2024-03-04".into(), Some("Paul Exemple".into())))
        );
        assert_eq!(day("Publié sur 04/03/2024"), Some(("2024-03-04".into(), None)));
        assert_eq!(day("Le rapport publié le 4 mars 2024 montre une hausse des prix"), None);
        // Time zones, reading times, buttons and ISO stamps after the date.
        assert_eq!(day("By Jane Roe Jun 24, 2020, 3:53pm CDT"), Some(("2020-06-24".into(), Some("Jane Roe".into()))));
        assert_eq!(day("Mar 28, 2016·3 min read"), Some(("2016-03-28".into(), None)));
        assert_eq!(
            day("Published by Jane Roe at April 21, 2022"),
            Some(("2022-04-21".into(), Some("Jane Roe".into())))
        );
        assert_eq!(day("Published by DESKTEAM at April 21, 2022"), Some(("2022-04-21".into(), None)));
        assert_eq!(
            day("By Jane Roe and John Doe Oct. 31, 2014 | 10:49 a.m. EDT + More"),
            Some(("2014-10-31".into(), Some("Jane Roe and John Doe".into())))
        );
        assert_eq!(
            parse_date_line("Posted at 2013-12-30T14:42:01-0700").map(|d| d.to_string()).as_deref(),
            Some("2013-12-30")
        );
        // A stamp in pieces: names, an outlet, a date; a section, a relative time, a byline.
        assert_eq!(
            day("Jane Roe / EXAMPLE.COM / Apr 16, 2026, 14:04 IST"),
            Some(("2026-04-16".into(), Some("Jane Roe".into())))
        );
        assert_eq!(
            day("[logo] / Jane Roe / 10:08 am Fri Jul 19, 2013"),
            Some(("2013-07-19".into(), Some("Jane Roe".into())))
        );
        assert_eq!(
            segmented_byline("World, News, Top Story 1 | Published: 5 hours ago | Written by Jane Roe").as_deref(),
            Some("Jane Roe")
        );
        // A sentence that opens with a date is no stamp.
        assert_eq!(day("4 mars 2024 montre une hausse des prix"), None);
        assert_eq!(day("Le rapport | publié le 4 mars 2024 montre une hausse des prix de l'énergie"), None);
        assert!(is_relative_stamp("9 Hrs Ago"));
        assert!(is_relative_stamp("il y a 3 heures"));
        assert!(!is_relative_stamp("Il y a 3 candidats"));
        let s = date_stamps("Published March 3, 2021Updated March 5, 2021").unwrap();
        assert_eq!(s.published.map(|d| d.to_string()).as_deref(), Some("2021-03-03"));
        assert_eq!(s.updated.map(|d| d.to_string()).as_deref(), Some("2021-03-05"));
    }

    #[test]
    fn a_cue_reads_its_date_whatever_links_or_glues_them() {
        let day = |l: &str| parse_date_line(l).map(|d| d.to_string());
        for l in [
            "Last updated on June 21, 2018",
            "Posted onTuesday, June 21, 2018",
            "Last modified: June 21, 2018",
            "Published on June 21, 2018",
            "Mis à jour le 21 juin 2018",
            "Modifié le21 juin 2018",
            "Publié le : 21 juin 2018",
            "Updated at June 21, 2018",
        ] {
            assert_eq!(day(l).as_deref(), Some("2018-06-21"), "{l}");
        }
        assert!(is_update_line("Last updated on June 21, 2018"));
        let s = date_stamps("Last updated on June 21, 2018").unwrap();
        assert_eq!((s.published, s.updated.map(|d| d.to_string())), (None, Some("2018-06-21".into())));
        // A word that opens with a link's letters is no link.
        assert_eq!(after_cue("Updated Atlanta, June 21, 2018"), Some("Atlanta, June 21, 2018"));
        assert_eq!(after_cue("Le rapport publié le 4 mars 2024"), None);
        // Published and updated days glued after the cue, a label before the byline.
        let (d, n) =
            date_with_byline("Posted onTuesday, April 5, 2016Tuesday, March 27, 2018 Author by Jane Roe").unwrap();
        assert_eq!((d.to_string(), n.as_deref()), ("2016-04-05".into(), Some("Jane Roe")));
        assert_eq!(name_after("The report by Jane Roe"), None);
    }
}
