//! Page furniture inside a raw text: share buttons, teasers, cookie and newsletter boxes,
//! comment counters, and the credit lines that close a text.

use super::byline::is_agency;
use super::dateline::parse_written_date;
use super::lexicon::{
    is_common_word, BIO_ROLES, BIO_VERBS, BUTTON_OPENERS, CONSENT_WORDS, COPYRIGHT_PREFIXES, COUNTER_NOUNS,
    DISCLAIMERS, EMBED_CUES, FURNITURE_LINES, RIGHTS_WORDS, SHARE_PREFIXES, SIGNUP_WORDS, SOURCE_PREFIXES, STAMP_CUES,
    TEASERS, TOOL_ACTIONS, TOOL_GLUE, TOOL_NETWORKS,
};
use super::line::{ends_with_credit, is_photo_credit, link_words, strip_dead_links};
use super::Ingested;
use crate::dates::PartialDate;

/// Credit lines closing a text: `© 2022 Le Courrier de Paris. Tous droits réservés.`,
/// `Source : La Voix de l'Est, 17 novembre 2022`. They name the outlet (and may date the
/// text); they are not part of it.
pub(super) fn closing_credits(body: &mut Vec<&str>, out: &mut Ingested) {
    let mut checked = 0;
    let mut i = body.len();
    while i > 0 && checked < 3 {
        i -= 1;
        let l = body[i].trim();
        if l.is_empty() {
            continue;
        }
        checked += 1;
        if let Some((outlet, date)) = credit_line(l) {
            out.outlet.get_or_insert(outlet);
            if out.date.is_none() {
                out.date = date;
            }
            body.remove(i);
        }
    }
    // Rights notices left higher up (under a box, before the comments) are no text either.
    body.retain(|l| !is_rights_notice(&l.trim().to_lowercase()));
}

/// A rights notice (`Copyright 2023 Scripps Media, Inc. All rights reserved.`, `© 2020
/// Meredith Corporation.`), in lower case: a year after the mark, or the notice's own words.
/// A longer line (`Excerpted from … Copyright © 2019 by …. Reprinted with permission.`) is an
/// attribution of the text, kept.
fn is_rights_notice(lower: &str) -> bool {
    lower.chars().count() <= 120
        && (COPYRIGHT_PREFIXES
            .iter()
            .any(|p| lower.strip_prefix(p).is_some_and(|r| r.trim_start().starts_with(|c: char| c.is_ascii_digit())))
            || ["all rights reserved", "tous droits réservés"].iter().any(|w| lower.contains(w)))
}

pub(super) fn credit_line(l: &str) -> Option<(String, Option<PartialDate>)> {
    if l.chars().count() > 120 {
        return None;
    }
    let lower = l.to_lowercase();
    let rest = if let Some(r) = COPYRIGHT_PREFIXES.iter().find_map(|p| lower.starts_with(p).then(|| &l[p.len()..])) {
        // `© 2022 X`, `© X 2022`, `© 2021-2022 X`.
        let r = r.trim_start().trim_start_matches(|c: char| c.is_ascii_digit() || c == '-' || c == '–').trim();
        let end = r.find(['.', ',', '|']).or_else(|| r.find(" - ")).unwrap_or(r.len());
        let name = r[..end].trim().trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ').to_string();
        return is_outlet_name(&name).then_some((name, None));
    } else {
        SOURCE_PREFIXES.iter().find_map(|p| lower.starts_with(p).then(|| &l[p.len()..]))?
    };
    let rest = rest.trim().trim_end_matches('.');
    let (name, date) = match rest.rsplit_once(", ") {
        Some((head, tail)) => match parse_written_date(tail) {
            Some(d) => (head, Some(d)),
            None => (rest, None),
        },
        None => (rest, None),
    };
    let name = name.trim().to_string();
    is_outlet_name(&name).then_some((name, date))
}

/// A publication's name: a few words, starting with a capital, not a sentence.
pub(super) fn is_outlet_name(s: &str) -> bool {
    let words = s.split_whitespace().count();
    (1..=7).contains(&words)
        && s.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && !s.ends_with(['!', '?', ':'])
        // `© Sergueï Gapon / AFP` credits a photo, not the text.
        && !s.contains('/')
        && !is_agency(s)
        && !RIGHTS_WORDS.iter().any(|w| s.to_lowercase().contains(w))
}

/// An author's biography printed with the article (`Jane Roe is a personal finance expert
/// who…`, `Marie Dupont est journaliste à…`, under a `Jane Roe Jane Roe` or `Photo of Jane
/// Roe` line): a short paragraph whose subject is the name of the portrait above it. Both
/// lines go. A story's own sentences about a person do not sit under a portrait's caption.
/// (The byline's name alone is not enough: a wrong byline would take the story's lines.)
/// The importer calls [`drop_bios_of`], which also knows the byline.
#[cfg(test)]
pub(super) fn drop_bios(body: &mut Vec<&str>) {
    drop_bios_of(body, None);
}

/// Filled lines at the end of a text among which a closing biography is looked for (the box,
/// then a `Follow Jane on X` line or a tag list).
const BIO_TAIL: usize = 3;

/// Words of a biography's opening sentence, after the name, in which its trade is looked for.
const BIO_ROLE_WORDS: usize = 16;

/// [`drop_bios`], and the author box closing the text with no portrait above it: one of the
/// last [`BIO_TAIL`] lines, after the story's last paragraph, that opens with a name and a
/// verb and either names the byline's author (`author`, as read from the header) or a trade of
/// the press ([`BIO_ROLES`]: `Jane Roe is a staff writer…`). A story's closing sentence about
/// one of its people seldom names a reporter's trade, and never opens with its own author.
pub(super) fn drop_bios_of(body: &mut Vec<&str>, author: Option<&str>) {
    let filled: Vec<usize> = (0..body.len()).filter(|&i| !body[i].trim().is_empty()).collect();
    // A byline misread from the story (a place or a person it is about) is named in the story
    // itself; a reporter seldom is in their own text.
    let story_end = filled.len().saturating_sub(BIO_TAIL);
    let author = author.filter(|a| !filled[..story_end].iter().any(|&i| body[i].contains(a)));
    let mut gone: Vec<usize> = Vec::new();
    for (n, &i) in filled.iter().enumerate().rev().take(BIO_TAIL) {
        // Only after the story: no paragraph of text below it.
        if filled[n + 1..].iter().any(|&j| told(body[j])) {
            break;
        }
        if closing_bio(bare(body[i]), author) {
            gone.push(i);
            // The box's name printed alone over it.
            if let Some(&a) = n.checked_sub(1).and_then(|p| filled.get(p)) {
                if bio_opening(bare(body[i])).is_some_and(|(name, _)| bare(body[a]) == name) {
                    gone.push(a);
                }
            }
            break;
        }
    }
    // An author box wherever it is printed (above the story, after it, or several in a
    // row): its lines say what it is, whatever follows.
    for (n, &i) in filled.iter().enumerate() {
        if let Some(box_lines) = author_box(body, &filled, n) {
            gone.extend(box_lines);
            gone.push(i);
        }
    }
    for (n, &i) in filled.iter().enumerate() {
        let t = bare(body[i]);
        let Some(name) = bio_subject(t) else { continue };
        let above = n.checked_sub(1).map(|p| filled[p]);
        // An author box's portrait: the name printed twice (the photo's alternative text,
        // then the name) or `Photo of` the name. A subheading prints a name once.
        let portrait = |a: usize| {
            let a = bare(body[a]);
            let (once, a) = match a.strip_prefix("Photo of ") {
                Some(r) => (r.contains(name), r),
                None => (false, a),
            };
            a.chars().count() <= 80
                && (once || a.matches(name).count() >= 2)
                && a.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        };
        if let Some(a) = above.filter(|&a| portrait(a)) {
            gone.extend([a, i]);
            continue;
        }
        // The box's name printed once more between the portrait and the biography (`Jane Roe
        // Jane Roe`, `Jane Roe`, `Jane Roe is …`): the portrait still marks the box.
        let over = n.checked_sub(2).map(|p| filled[p]);
        if let (Some(a), Some(o)) = (above, over) {
            if bare(body[a]) == name && portrait(o) {
                gone.extend([o, a, i]);
            }
        }
    }
    let mut i = 0;
    body.retain(|_| {
        i += 1;
        !gone.contains(&(i - 1))
    });
}

/// Words a name line of an author box holds at most.
const BOX_NAME_WORDS: usize = 4;

/// Words a role line of an author box holds at most (`Freelance TV Writer`).
const BOX_ROLE_WORDS: usize = 6;

/// Whether `l` is an author box's role line: a few words, no sentence, one of them a trade
/// of the press (`Contributing Writer`, `Deputy Editor`).
fn role_line(l: &str) -> bool {
    let words: Vec<String> =
        l.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()).collect();
    words.len() <= BOX_ROLE_WORDS
        && !l.ends_with(['.', '!', '?', ':'])
        && words.iter().any(|w| BIO_ROLES.contains(&w.as_str()))
}

/// Whether `l` is a name printed alone: two to [`BOX_NAME_WORDS`] capitalised words.
fn name_line(l: &str) -> bool {
    let words = l.split_whitespace().count();
    (2..=BOX_NAME_WORDS).contains(&words)
        && l.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !l.chars().any(|c| c.is_ascii_digit())
}

/// Whether paragraph `t` opens with the name `name` or its given name, then a verb in lower
/// case (`Jane Roe is…`, `Jane writes…`).
fn opens_with_name(t: &str, name: &str) -> bool {
    let given = name.split_whitespace().next().unwrap_or(name);
    [name, given].iter().any(|n| {
        t.strip_prefix(n)
            .and_then(|r| r.strip_prefix(' '))
            .and_then(|r| r.split(' ').next())
            .is_some_and(|v| v.len() >= 2 && v.chars().all(char::is_lowercase))
    })
}

/// The lines of an author box printed around the biography at filled line `n` (the
/// biography's own line not included), or None: a name and a role naming a trade of the
/// press over a biography of that name (`Jane Roe` / `Contributing Writer` / `Jane is a…`),
/// with the portrait's line above naming her (`Headshot of Jane Roe`); or a biography that
/// names a trade of the press over its role line (`Jane Roe is a staff writer…` / `Staff
/// Writer`). A story's people are not introduced under, nor over, a line that gives a
/// reporter's trade. (A name alone over a biography naming a trade is not enough: the truth
/// of a CHECK page kept such a paragraph as the text's.)
fn author_box(body: &[&str], filled: &[usize], n: usize) -> Option<Vec<usize>> {
    let t = bare(body[filled[n]]);
    let line = |k: usize| bare(body[filled[k]]);
    if n >= 2 && role_line(line(n - 1)) && name_line(line(n - 2)) && opens_with_name(t, line(n - 2)) {
        let name = line(n - 2);
        let mut lines = vec![filled[n - 2], filled[n - 1]];
        // The portrait's alternative text, naming her among other words.
        if let Some(p) = n.checked_sub(3) {
            let l = line(p);
            if l != name && l.contains(name) && l.chars().count() <= PORTRAIT_CHARS && !l.ends_with('.') {
                lines.push(filled[p]);
            }
        }
        return Some(lines);
    }
    if n + 1 < filled.len() && closing_bio(t, None) && role_line(line(n + 1)) {
        return Some(vec![filled[n + 1]]);
    }
    None
}

/// Characters of a portrait's line over an author box (`Headshot of Jane Roe`) at most.
const PORTRAIT_CHARS: usize = 80;

/// Whether a line tells the story: a sentence of some length (a `Follow her on X` line or a
/// tag list after an author box is shorter). The block reader's own test is not used here:
/// it reads this module's lists.
fn told(l: &str) -> bool {
    let t = l.trim();
    t.chars().count() >= 80 && t.ends_with(['.', '!', '?', '…', '»', '"', '”'])
}

/// Whether `t` is an author's biography: a name and a verb opening it, and the byline's
/// author as that name, or a trade of the press among its first words.
fn closing_bio(t: &str, author: Option<&str>) -> bool {
    let Some((name, rest)) = bio_opening(t) else { return false };
    let named = author.is_some_and(|a| {
        a.split([',', ';', '&']).flat_map(|p| p.split(" and ")).flat_map(|p| p.split(" et ")).any(|a| a.trim() == name)
    });
    // Whole words: a story's `told reporters` names no one's trade.
    let words: Vec<String> = rest
        .split_whitespace()
        .take(BIO_ROLE_WORDS)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .collect();
    let lower = format!(" {} ", words.join(" "));
    let verb = words.first().is_some_and(|v| BIO_VERBS.contains(&v.as_str()));
    named || (verb && BIO_ROLES.iter().any(|r| lower.contains(&format!(" {r} "))))
}

/// The name a paragraph opens with (one to four capitalised words or initials, or a name in
/// capitals) and what follows it, when a lower-case word (its verb) comes next.
fn bio_opening(t: &str) -> Option<(&str, &str)> {
    let (words, name, rest) = capitalised_opening(t)?;
    let verb = rest.split(' ').next().is_some_and(|v| v.len() >= 2 && v.chars().all(char::is_lowercase));
    // A first name alone (`Craig is a freelance…`), not a pronoun (`He is…`, `Elle est…`).
    let named = words >= 2 || (words == 1 && !is_common_word(&crate::text::fold(name)));
    (named && verb).then_some((name, rest))
}

/// The capitalised words (one to four) a paragraph of biography length opens with: how many,
/// the words without a trailing comma, and the text after them.
fn capitalised_opening(t: &str) -> Option<(usize, &str, &str)> {
    if !(30..=600).contains(&t.chars().count()) {
        return None;
    }
    let mut end = 0;
    let mut words = 0;
    for w in t.split(' ') {
        let cap = w.chars().next().is_some_and(char::is_uppercase);
        if !cap || words == 4 {
            break;
        }
        words += 1;
        end += w.len() + 1;
    }
    let rest = t.get(end..)?;
    let name = t.get(..end.checked_sub(1)?)?.trim_end_matches(',');
    Some((words, name, rest))
}

/// A line without list numbers, bullets and the asterisks of a caption.
fn bare(l: &str) -> &str {
    let t = l.trim().trim_start_matches(['*', '•', '-', ' ']).trim_end_matches(['*', ' ']);
    let d = t.chars().take_while(char::is_ascii_digit).count();
    match t[d..].strip_prefix(". ") {
        Some(r) if d > 0 => r.trim_start(),
        _ => t,
    }
}

/// The name a biography opens with (`Jeffrey S. Passel` in `Jeffrey S. Passel is Senior
/// Demographer at…`): one to four capitalised words or initials, then `is` / `est` / `was`
/// and a short paragraph.
fn bio_subject(t: &str) -> Option<&str> {
    let (words, name, rest) = capitalised_opening(t)?;
    let verb = ["is ", "est ", "was ", "covers ", "writes ", "arrives "].iter().any(|v| rest.starts_with(v));
    (words >= 1 && verb).then_some(name)
}

pub(super) fn contains_ascii_ci(hay: &str, needle: &str) -> bool {
    hay.as_bytes().windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// Removes boilerplate lines, and the linked headline a bare `À lire aussi` announces.
pub(super) fn drop_boilerplate(lines: &mut Vec<&str>) {
    let mut keep = Vec::with_capacity(lines.len());
    let mut teaser_next = false;
    for l in lines.iter() {
        if teaser_next && !l.trim().is_empty() {
            teaser_next = false;
            let t = l.trim();
            if t.split_whitespace().count() <= 15 && !t.ends_with(['.', '…', ':', ';']) {
                continue;
            }
        }
        if is_boilerplate(l) {
            teaser_next = is_teaser_label(l);
            continue;
        }
        keep.push(*l);
    }
    *lines = keep;
}

/// Characters a line must hold before a copy of it right under it reads as a picture's
/// caption printed again (its alternative text, then its caption with the credit).
const DOUBLED_MIN: usize = 20;

/// Characters an exact copy may hold and still read as a caption: a standfirst printed again
/// as the lead paragraph runs longer, and one copy of it stays.
const DOUBLED_EXACT_MAX: usize = 300;

/// Removes the captions a page prints two or three times in a row (a picture's alternative
/// text, its caption, then the caption with its credit: `La banquise…` over `La banquise… •
/// © L.Boffet / FTV`). A story never prints a sentence twice in a row; its dates became
/// events of the chronology. A long exact copy keeps one of its lines. Over the text (`exact`
/// false) only copies closed by a credit go: a headline may be printed twice in a row.
pub(super) fn drop_doubled_captions(body: &mut Vec<&str>, exact: bool) {
    let filled: Vec<usize> = (0..body.len()).filter(|&i| !body[i].trim().is_empty()).collect();
    let mut drop = vec![false; body.len()];
    for w in filled.windows(2) {
        match doubled(body[w[0]], body[w[1]]).filter(|_| exact || credited(body[w[0]], body[w[1]])) {
            Some(true) => {
                drop[w[0]] = true;
                drop[w[1]] = true;
            }
            Some(false) => drop[w[1]] = true,
            None => {}
        }
    }
    let mut i = 0;
    body.retain(|_| {
        i += 1;
        !drop[i - 1]
    });
}

/// The captions a whole page prints two or three times in a row ([`doubled`]: a picture's
/// alternative text over its caption, or the caption over itself with its credit), read on
/// the page as dumped. Reading the page around its article blanks the copy closed by a
/// credit, or the second exact copy, and leaves the other one standing alone among the
/// paragraphs, where [`drop_doubled_captions`] no longer sees a pair; its day became an event
/// of the chronology.
pub(super) fn doubled_caption_texts(lines: &[&str]) -> std::collections::HashSet<String> {
    let filled: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].trim().is_empty()).collect();
    let mut captions = std::collections::HashSet::new();
    for w in filled.windows(2) {
        if doubled(lines[w[0]], lines[w[1]]) == Some(true) {
            captions.insert(lines[w[0]].trim().to_string());
            captions.insert(lines[w[1]].trim().to_string());
        }
    }
    captions
}

/// Removes from the body the lines [`doubled_caption_texts`] found printed as captions on the
/// page.
pub(super) fn drop_caption_copies(body: &mut Vec<&str>, captions: &std::collections::HashSet<String>) {
    if !captions.is_empty() {
        body.retain(|l| !captions.contains(l.trim()));
    }
}

/// Whether `second` is `first` with a credit after it.
fn credited(first: &str, second: &str) -> bool {
    second.trim().len() > first.trim().len()
}

/// Whether `second` prints `first` again: `Some(true)` when both are a caption's copies,
/// `Some(false)` when only the second is a copy to drop (a long line printed twice), `None`
/// when `second` is another line.
fn doubled(first: &str, second: &str) -> Option<bool> {
    let (a, b) = (first.trim(), second.trim());
    if a.chars().count() < DOUBLED_MIN || !a.starts_with(char::is_alphanumeric) {
        return None;
    }
    let rest = b.strip_prefix(a)?.trim_start_matches([' ', '•', '|', '-', '–', '—']);
    if rest.is_empty() {
        return Some(a.chars().count() <= DOUBLED_EXACT_MAX);
    }
    (is_photo_credit(rest) || ends_with_credit(b)).then_some(true)
}

/// `À lire aussi` alone on its line: the next line is the headline it links to.
pub(super) fn is_teaser_label(l: &str) -> bool {
    let t = strip_dead_links(l.trim()).trim().trim_end_matches([':', ' ']).to_lowercase();
    TEASERS.contains(&t.as_str())
}

pub(super) fn is_boilerplate(l: &str) -> bool {
    // Most lines are paragraphs: skip them before any allocation.
    if l.len() > 200 && !contains_ascii_ci(l, "cookie") && !contains_ascii_ci(l, "newsletter") {
        return false;
    }
    let stripped = link_words(l.trim());
    let t = stripped.trim().trim_end_matches(':').trim().to_lowercase();
    if t.is_empty() {
        return false;
    }
    if t == "[]" || t == "[ ]" || t == "tous droits réservés." || t == "all rights reserved." {
        return true;
    }
    // An agency desk's signature closing a dispatch: `bur-oc/jm`, `pa/mm`.
    if t.len() <= 24
        && t.contains('/')
        && t.chars().all(|c| c.is_ascii_lowercase() || c == '/' || c == '-')
        && t.split('/').all(|p| (2..=8).contains(&p.len()))
    {
        return true;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    let has_digit = t.contains(|c: char| c.is_ascii_digit());
    // A rights notice naming no outlet; one that names it closes the text and is read as its
    // credit (`closing_credits`).
    if is_rights_notice(&t) && credit_line(l.trim()).is_none() {
        return true;
    }
    // A stamp of a teaser list with no word and no year in it (`31/10`, `14:05`, `01.11.`);
    // a full date (`29/06/2026`) is the header's, and a bare year may head a part of the text.
    let year = t.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit));
    if t.len() <= 24
        && has_digit
        && !year
        && !t.contains(char::is_alphabetic)
        && t.chars().all(|c| c.is_ascii_digit() || matches!(c, '/' | ':' | '.' | '-' | ' '))
        && t.contains(['/', ':', '.'])
    {
        return true;
    }
    // `Lecture : 3 min`, `Temps de lecture 4 min.`, `5 min read`.
    if words.len() <= 6 && has_digit && t.contains("min") && (t.contains("lecture") || t.contains("read")) {
        return true;
    }
    // `Updated 2 hours ago`, `Mis à jour il y a 3 heures`: a time relative to the reading.
    if words.len() <= 7
        && has_digit
        && (t.ends_with(" ago") || t.contains(" il y a "))
        && STAMP_CUES.iter().any(|w| t.starts_with(w))
    {
        return true;
    }
    // Publishers' disclaimers under an opinion piece.
    if t.len() < 300 && DISCLAIMERS.iter().any(|w| t.contains(w)) {
        return true;
    }
    // An embed box's instruction: one short sentence, none after it.
    if t.len() < 120 && !t.contains(". ") && EMBED_CUES.iter().any(|w| t.contains(w)) {
        return true;
    }
    if words.len() == 2 && words[0].chars().all(|c| c.is_ascii_digit()) && COUNTER_NOUNS.contains(&words[1]) {
        return true;
    }
    if FURNITURE_LINES.contains(&t.as_str()) || TEASERS.contains(&t.as_str()) || is_tool_row(&t) {
        return true;
    }
    // `Lire aussi : <headline>`, `Read more: <headline>`, `LIRE AUSSI - <headline>`.
    if t.len() < 250
        && TEASERS.iter().any(|p| {
            t.strip_prefix(p).is_some_and(|rest| rest.trim_start().starts_with([':', '-', '–', '—', '|', '>', '»']))
        })
    {
        return true;
    }
    // `Click to Hide`, `Cliquez ici pour agrandir`: a button.
    if words.len() <= 8 && BUTTON_OPENERS.iter().any(|p| t.trim_start_matches(['*', '_']).starts_with(p)) {
        return true;
    }
    // `Partager sur Facebook`, `Share on X`, `Suivez-nous sur Instagram`.
    if words.len() <= 6 && SHARE_PREFIXES.iter().any(|p| t.starts_with(p)) {
        return true;
    }
    (t.contains("cookie") && CONSENT_WORDS.iter().any(|w| t.contains(w)))
        || (t.contains("newsletter") && SIGNUP_WORDS.iter().any(|w| t.contains(w)) && t.len() < 200)
}

/// Characters a row of share or tool buttons may hold.
const TOOL_ROW_MAX: usize = 200;

/// Networks a row must name when it names no action (`Facebook Twitter Email LinkedIn`): two
/// may be a story's subheading (`Facebook and Instagram`).
const TOOL_ROW_NETWORKS: usize = 3;

/// Whether a line, in lower case, is a row of share or tool buttons (`Share Tweet Share Email
/// Print (BUTTON)`, `Link copied`, `Cliquez pour partager sur Facebook(ouvre dans une nouvelle
/// fenêtre) Facebook`): every word a button's ([`TOOL_ACTIONS`], [`TOOL_NETWORKS`]) or what
/// joins them ([`TOOL_GLUE`]), with an action, or [`TOOL_ROW_NETWORKS`] networks named. A
/// sentence about the networks has other words in it. [`FURNITURE_LINES`] holds the buttons
/// printed one to a line.
fn is_tool_row(lower: &str) -> bool {
    if lower.len() > TOOL_ROW_MAX {
        return false;
    }
    let (mut words, mut actions, mut networks) = (0, 0, 0);
    for w in lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        words += 1;
        if TOOL_ACTIONS.contains(&w) {
            actions += 1;
        } else if TOOL_NETWORKS.contains(&w) {
            networks += 1;
        } else if !TOOL_GLUE.contains(&w) {
            return false;
        }
    }
    (actions >= 1 && words >= 2) || networks >= TOOL_ROW_NETWORKS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_caption_printed_again_with_its_credit_goes_but_a_sentence_going_on_stays() {
        const CAPTION: &str =
            "La banquise, élément indispensable de la décoration du jardin à Noël de Mickaël Capello.";
        const PARA: &str =
            "Chaque année depuis plus de 25 ans, une maison attire tous les regards au mois de décembre.";
        let credited = format!("{CAPTION} • © L.Boffet / FTV");
        let mut body = vec![CAPTION, credited.as_str(), "", PARA];
        drop_doubled_captions(&mut body, false);
        assert_eq!(body, ["", PARA]);
        // Printed twice with nothing added, three times with the credit last.
        let mut body = vec![PARA, "", CAPTION, CAPTION, credited.as_str(), PARA];
        drop_doubled_captions(&mut body, true);
        assert_eq!(body, [PARA, "", PARA]);
        // Over the text, a line printed twice may be the headline: only the credited copy says
        // it is a caption.
        let mut head = vec![CAPTION, CAPTION, PARA];
        drop_doubled_captions(&mut head, false);
        assert_eq!(head.len(), 3);
        // A line opening like the one before it but going on with a sentence is no caption.
        let longer = format!("{CAPTION} Il y passe ses soirées depuis des années.");
        let mut body = vec![CAPTION, longer.as_str()];
        drop_doubled_captions(&mut body, true);
        assert_eq!(body.len(), 2);
        // A long line printed twice keeps one copy; short labels are left alone.
        let long = PARA.repeat(4);
        let mut body = vec![long.as_str(), long.as_str(), "Lire", "Lire"];
        drop_doubled_captions(&mut body, true);
        assert_eq!(body, [long.as_str(), "Lire", "Lire"]);
    }

    #[test]
    fn a_caption_left_alone_by_the_page_reader_goes_when_the_page_printed_it_twice() {
        const CAPTION: &str =
            "Adriane Burnett helps her son Josiah with his studies April 14, 2024, in Birmingham, Ala.";
        const PARA: &str = "Even so, Burnett had to file for bankruptcy and forfeit her car because she was behind.";
        let page = [PARA, CAPTION, CAPTION, "", PARA];
        let captions = doubled_caption_texts(&page);
        // The page reader blanked the second copy: no pair is left for drop_doubled_captions.
        let mut body = vec![PARA, CAPTION, "", "", PARA];
        drop_caption_copies(&mut body, &captions);
        assert_eq!(body, vec![PARA, "", "", PARA]);
        // A sentence printed once stays.
        let mut once = vec![PARA, CAPTION];
        drop_caption_copies(&mut once, &doubled_caption_texts(&[PARA, CAPTION]));
        assert_eq!(once, vec![PARA, CAPTION]);
    }

    #[test]
    fn rows_of_share_buttons_go_but_sentences_about_the_networks_stay() {
        for row in [
            "Share Tweet Share Share Email Comment Print (BUTTON)",
            "Facebook Twitter Email LinkedIn Reddit Pinterest",
            "Link Copied",
            "* Share this on Reddit",
            "(BUTTON) Tweeter (BUTTON) Partager sur Facebook",
            "Cliquez pour partager sur WhatsApp(ouvre dans une nouvelle fenêtre) WhatsApp",
            "Partager cet article sur Facebook Twitter LinkedIn email",
        ] {
            assert!(is_boilerplate(row), "{row}");
        }
        for kept in [
            "Facebook and Instagram",
            "Facebook, Twitter and LinkedIn all changed their rules for political ads this week.",
            "Share prices fell on Monday.",
            "Email us",
            "Comment",
        ] {
            assert!(!is_boilerplate(kept), "{kept}");
        }
    }

    #[test]
    fn a_closing_author_box_goes_but_a_closing_sentence_about_a_person_stays() {
        let para = "The council will vote on the plan next month, after a last round of hearings in the spring.";
        let bio = "Kaveh Waddell is a former staff writer at The Atlantic, where he covered technology and privacy.";
        let mut body = vec![para, "", "Kaveh Waddell", bio, "Follow him on X."];
        drop_bios(&mut body);
        assert_eq!(body, vec![para, "", "Follow him on X."]);
        // A first name alone, not a pronoun.
        let mut body = vec![para, "Craig is a freelance web consultant who built his first page in 1995."];
        drop_bios(&mut body);
        assert_eq!(body, vec![para]);
        let mut body = vec![para, "He is a reporter at heart, his friends said, and never stopped asking questions."];
        drop_bios(&mut body);
        assert_eq!(body.len(), 2);
        // A story's people tell reporters things; a bio above the story's last paragraph stays.
        let told = "President Jane Roe told reporters on Friday that the talks would go on next week in Geneva.";
        for kept in [vec![para, told], vec![bio, para]] {
            let mut body = kept.clone();
            drop_bios(&mut body);
            assert_eq!(body, kept);
        }
        // The byline's author, whatever the trade.
        let mut body = vec![para, "Ward Clark hails from Alaska's Susitna Valley, where he keeps a rural household."];
        drop_bios_of(&mut body, Some("Ward Clark"));
        assert_eq!(body, vec![para]);
        // A byline misread from the story names what the story is about: its closing
        // paragraph about it stays.
        let shop = "Dezuka Suisan sells fish cakes in Monbetsu, deep-fried while you wait at the counter.";
        let last = "Dezuka Suisan is a great place to get snacks for a long drive, fresh and tasty.";
        let kept = vec![shop, para, para, last];
        let mut body = kept.clone();
        drop_bios_of(&mut body, Some("Dezuka Suisan"));
        assert_eq!(body, kept);
    }

    #[test]
    fn rights_notices_and_bare_stamps_are_furniture_but_an_attribution_stays() {
        assert!(is_boilerplate("© All rights reserved."));
        assert!(is_boilerplate("©2025 - lestimes.com. All Right Reserved."));
        assert!(!is_boilerplate("29/06/2026"));
        assert!(is_boilerplate("Tous droits réservés Captures d'écran sur Truth Social"));
        for stamp in ["31/10", "14:05", "01.11."] {
            assert!(is_boilerplate(stamp), "{stamp}");
        }
        assert!(!is_boilerplate("2019"));
        assert!(is_boilerplate("Copy/paste the article video embed link below:"));
        for button in ["*Click to Read More and View Comments*", "Click to Hide", "End of Article"] {
            assert!(is_boilerplate(button), "{button}");
        }
        assert!(!is_boilerplate(
            "Click to read more: that was the advice the agency gave its readers for years, and it worked well."
        ));
        let story = "There are more charts and maps online. All charts include embed codes so that anyone can use our charts on their own websites.";
        assert!(!is_boilerplate(story));
        let long = "Excerpted from “A Book About Minds”. Copyright © 2018 by Jane Roe. Reprinted with the permission of the publisher, all rights reserved.";
        assert!(!is_boilerplate(long));
        // A notice naming the outlet is read as the text's credit; one left above the last
        // lines goes all the same.
        assert!(!is_boilerplate("© 2022 Le Courrier de Paris. Tous droits réservés."));
        let para =
            "Le président a déclaré jeudi que les troupes seraient retirées de la frontière avant la fin du mois.";
        let mut body = vec![para, "Copyright 2023 Scripps Media, Inc. All rights reserved.", "Un", "Deux", "Trois"];
        closing_credits(&mut body, &mut Ingested::default());
        assert_eq!(body, vec![para, "Un", "Deux", "Trois"]);
    }

    #[test]
    fn an_author_box_goes_but_a_subheading_over_a_sentence_about_it_stays() {
        let para =
            "Le président a déclaré jeudi que les troupes seraient retirées de la frontière avant la fin du mois.";
        let bio = "Jane Roe is a personal finance expert who has covered credit cards and insurance for a decade.";
        let mut body = vec![
            para,
            "",
            "Jane Roe Jane Roe",
            bio,
            "Photo of John Doe",
            "John Doe is Senior Demographer at the Center.",
        ];
        drop_bios(&mut body);
        assert_eq!(body, vec![para, ""]);
        // The name printed once more between the portrait and the biography.
        let mut body = vec![para, "Jane Roe Jane Roe", "Jane Roe", bio];
        drop_bios(&mut body);
        assert_eq!(body, vec![para]);
        let sub = "Coinbase Pro is a solid platform for active traders who do a high volume of transactions.";
        let mut body = vec![para, "Coinbase Pro", sub];
        drop_bios(&mut body);
        assert_eq!(body, vec![para, "Coinbase Pro", sub]);
    }

    #[test]
    fn an_author_box_with_a_role_line_goes_wherever_it_stands() {
        let para =
            "The harbour board said on Monday that the new electric ferry will carry its first passengers in spring.";
        let first = "Jane edits our features and books the cover stars, and she covered politics for ten years before.";
        let second =
            "John Doe is a full-time freelance writer living by the sea, who has covered travel and food since 2010.";
        // Portrait, name, role, biography (by the given name or the whole name), twice in a
        // row and with a story paragraph after them: every line of both boxes goes.
        let mut body = vec![
            para,
            "*Headshot of Jane Roe*",
            "*Jane Roe*",
            "*Deputy Editor*",
            first,
            "John Doe",
            "Contributing Writer",
            second,
            para,
        ];
        drop_bios(&mut body);
        assert_eq!(body, vec![para, para]);
        // A biography naming a trade of the press over its role line.
        let bio = "Jane Roe is a commerce writer at the Review. Previously, she was a beauty editor elsewhere.";
        let mut body = vec![para, bio, "Commerce Writer", para];
        drop_bios(&mut body);
        assert_eq!(body, vec![para, para]);
    }

    #[test]
    fn a_person_under_a_role_of_another_trade_or_a_name_alone_stays() {
        let para =
            "The harbour board said on Monday that the new electric ferry will carry its first passengers in spring.";
        let chef =
            "Jane Roe is the head chef of the harbour's new restaurant, where she cooks fish landed the same day.";
        // A role that is no trade of the press, or no role line: a story's people.
        for kept in [
            vec![para, "Jane Roe", "Head Chef", chef],
            vec![para, "Jane Roe", chef],
            vec![para, "Jane Roe", "Deputy Editor", "Her restaurant opened in May, the board said on Monday."],
            vec![para, chef, "Head Chef"],
        ] {
            let mut body = kept.clone();
            drop_bios(&mut body);
            assert_eq!(body, kept);
        }
        // A role line is a few words, no sentence.
        assert!(role_line("Freelance TV Writer"));
        assert!(!role_line("The writer said so."));
        assert!(!role_line("She has been a staff writer for ten years at the paper"));
        assert!(opens_with_name("Jane writes about food.", "Jane Roe"));
        assert!(!opens_with_name("Janet writes about food.", "Jane Roe"));
    }
}
