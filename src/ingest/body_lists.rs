//! Passes over the body once the block is taken: the lists that stayed in it (titles in a
//! row, stamped teasers, a readers' thread signed name over stamp) and the publication
//! stamps printed again in it, removed.

use super::dateline::{is_clock_word, is_relative_stamp};
use super::items::{enough_before, titled};
use super::line_signals::{is_paragraph, plain, repeat_key, signals};

/// Headlines in a row, with no text between them, from which the lines are a list of other
/// stories' titles (`Top Articles`, then five headlines), not the article's subheadings.
const TEASER_RUN: usize = 3;

/// Characters of a teaser's title in such a run: a longer line is a sentence of the text.
const TEASER_TITLE_MAX: usize = 150;

/// Removes the runs of [`TEASER_RUN`] titles or more ([`titled`]: no sentence end, not even a
/// question mark or a closing quotation, which a paragraph may end on) that follow one
/// another with nothing but blank lines between them. An article's subheading opens the
/// text under it; a teaser list prints its titles one under the other, and their days (`la
/// fin du mois de novembre`) became events of the chronology.
pub(super) fn drop_teaser_runs(body: &mut Vec<&str>) {
    let filled: Vec<usize> = (0..body.len()).filter(|&i| !body[i].trim().is_empty()).collect();
    let mut drop = vec![false; body.len()];
    let mut run: Vec<usize> = Vec::new();
    for &i in filled.iter().chain(std::iter::once(&usize::MAX)) {
        let title =
            i != usize::MAX && titled(body[i]) && !is_paragraph(body[i]) && signals(body[i]).chars <= TEASER_TITLE_MAX;
        // Titles are links printed apart; lines printed one under the other with no blank
        // between them are one box of the text (`Dates : …`, `Lieu : …`).
        let apart = run.last().is_none_or(|&j| i > j + 1);
        if title && apart {
            run.push(i);
            continue;
        }
        if run.len() >= TEASER_RUN {
            run.iter().for_each(|&j| drop[j] = true);
        }
        run.clear();
        if title {
            run.push(i);
        }
    }
    let mut k = 0;
    body.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// Removes the publication stamps left in a whole page's body (`publié le 17 mars à 18h56,
/// Jane Roe`, `14 juin 2023 à 06:15 | mis à jour le 14 juin 2023 à 15:14`): metadata the
/// header reader did not take, printed again under a photo or after the text. Their days
/// became events of the dossier's chronology.
pub(super) fn drop_stamp_lines(body: &mut Vec<&str>) {
    body.retain(|l| !super::line::is_stamp_line(plain(l).0));
}

/// Signed comments (a name over its day and time) from which the body's tail is a thread.
const THREAD_SIGNATURES: usize = 3;

/// Characters of a commenter's name printed on a line of its own.
const HANDLE_MAX: usize = 40;

/// Words a stamp printed alone under a commenter's name may hold past its day (`at 4:27 pm`).
const STAMP_TAIL_WORDS: usize = 4;

/// Cuts a readers' thread whose comments are each headed by the writer's name on a line of its
/// own and the day and time under it (`Trivia Man`, then `February 2, 2026 at 4:27 pm`):
/// [`THREAD_SIGNATURES`] such heads or more, by two writers or more, after the article (three
/// paragraphs, two in a row). A page's thread prints a full day and a clock time under every
/// name; an article's text never stacks a bare name over a bare stamp, and a live report
/// stamps its entries with the hour alone. Their days and the readers' sentences became events
/// of the chronology.
pub(super) fn cut_signed_thread(body: &mut Vec<&str>) {
    let filled: Vec<usize> = (0..body.len()).filter(|&i| !body[i].trim().is_empty()).collect();
    let heads: Vec<usize> = filled
        .windows(2)
        .filter(|w| is_handle(plain(body[w[0]]).0) && is_stamp_alone(plain(body[w[1]]).0))
        .map(|w| w[0])
        .collect();
    if heads.len() < THREAD_SIGNATURES {
        return;
    }
    let mut names: Vec<String> = heads.iter().map(|&i| repeat_key(body[i])).collect();
    names.sort();
    names.dedup();
    let before: Vec<usize> = filled.iter().copied().filter(|&i| i < heads[0]).collect();
    if names.len() >= 2 && enough_before(body, &before) {
        body.truncate(heads[0]);
    }
}

/// Whether a short line may be a commenter's name printed alone: a few words, letters in them,
/// no sentence, no stamp, no byline's `By`.
fn is_handle(t: &str) -> bool {
    let t = t.trim();
    let lower = t.to_lowercase();
    t.chars().count() <= HANDLE_MAX
        && t.contains(char::is_alphabetic)
        && t.split_whitespace().count() <= 5
        && !t.ends_with(['.', ':', ',', ';', '?'])
        && !lower.starts_with("by ")
        && !lower.starts_with("par ")
        && super::dateline::day_in(t).is_none()
}

/// Whether a line is a day and a clock time alone (`February 2, 2026 at 4:27 pm`).
fn is_stamp_alone(t: &str) -> bool {
    let t = t.trim();
    if t.chars().count() > HANDLE_MAX + 10 || !t.split_whitespace().any(|w| is_clock_word(w) && w.contains(':')) {
        return false;
    }
    super::dateline::day_in(t)
        .is_some_and(|(_, start, end)| start <= 1 && t[end..].split_whitespace().count() <= STAMP_TAIL_WORDS)
}

/// Stamped titles in a row, each with at most one line of excerpt under it, from which the
/// lines are a list of the site's latest stories.
const STAMPED_RUN: usize = 3;

/// Characters of a stamped teaser's title, and of the excerpt under it.
const STAMPED_TITLE_MAX: usize = 160;

/// Removes the runs of [`STAMPED_RUN`] teasers or more that open with their hour (`11:11 a.m.
/// Curt Schilling Is a Lot Less Popular Than…`, `Yesterday at 5:44 p.m. …`, `21 mins ago
/// …`), each title headline-shaped (title case, or no sentence end) and followed by at most
/// one short line of excerpt before the next: a stream of the site's latest stories. A live
/// report's entries open with their hour too, but with a sentence and its paragraphs under it.
/// The hours, and the days the excerpts name, became events of the chronology.
pub(super) fn drop_stamped_teasers(body: &mut Vec<&str>) {
    let filled: Vec<usize> = (0..body.len()).filter(|&i| !body[i].trim().is_empty()).collect();
    let stamped: Vec<bool> = filled.iter().map(|&i| stamped_title(plain(body[i]).0)).collect();
    let short = |n: usize| signals(body[filled[n]]).chars <= STAMPED_TITLE_MAX + 40;
    let mut drop = vec![false; body.len()];
    let mut n = 0;
    while n < filled.len() {
        if !stamped[n] {
            n += 1;
            continue;
        }
        // The run: stamped titles with at most one short line between two of them.
        let mut items = vec![n];
        let mut m = n;
        loop {
            if m + 1 < filled.len() && stamped[m + 1] {
                m += 1;
            } else if m + 2 < filled.len() && !stamped[m + 1] && short(m + 1) && stamped[m + 2] {
                m += 2;
            } else {
                break;
            }
            items.push(m);
        }
        let mut last = m;
        // The last title's excerpt.
        if last + 1 < filled.len() && !stamped[last + 1] && short(last + 1) && !titled(body[filled[last + 1]]) {
            last += 1;
        }
        if items.len() >= STAMPED_RUN {
            (n..=last).for_each(|k| drop[filled[k]] = true);
        }
        n = last + 1;
    }
    let mut k = 0;
    body.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// Whether a line is a teaser's title under its hour: a clock time (`8:13 a.m.`, after
/// `Yesterday at` or `Hier à`) or a time counted back (`21 mins ago`) opens it, and a
/// headline follows (three words or more, not opening in lower case, title case or no
/// sentence end).
fn stamped_title(t: &str) -> bool {
    let t = t.trim();
    if t.chars().count() > STAMPED_TITLE_MAX || !t.starts_with(|c: char| c.is_alphanumeric()) {
        return false;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    let lead = |w: &str| {
        let w = w.to_lowercase();
        ["yesterday", "today", "at", "hier", "aujourd'hui", "aujourd’hui", "à"].contains(&w.as_str())
    };
    let mut k = 0;
    let mut clock = false;
    while k < words.len() && k < 5 {
        let w = words[k];
        if is_clock_word(w) {
            clock |= w.contains(|c: char| c.is_ascii_digit());
        } else if !lead(w) {
            break;
        }
        k += 1;
    }
    if !clock {
        // `21 mins ago`, `il y a 3 heures`.
        k = (3..=4).find(|&k| k <= words.len() && is_relative_stamp(&words[..k].join(" "))).unwrap_or(0);
        if k == 0 {
            return false;
        }
    }
    let rest = words[k..].join(" ");
    let s = signals(&rest);
    s.words >= 3 && !rest.starts_with(char::is_lowercase) && (s.title_case >= 0.6 || !s.sentence)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_titles_in_a_row_are_teasers_but_a_subheading_over_its_text_and_a_box_stay() {
        let para = "Le maître des lieux déménagera dans quelques semaines, mais il l'assure, Noël sera féérique.";
        let titles = [
            "Noël: pourquoi la fin du mois de novembre est le moment idéal pour acheter des jouets",
            "Un corrigé via QR code: ces profs enregistrent des notes vocales sur les devoirs",
            "Tags antimusulmans, menaces et la mort de Thomas à Crépol ce week-end",
        ];
        let mut body = vec![para, "", titles[0], "", titles[1], "", titles[2], "", para];
        drop_teaser_runs(&mut body);
        assert_eq!(body, vec![para, "", "", "", "", para]);
        // Two titles are a subheading and another; lines under one another are one box.
        let mut two = vec![para, "", titles[0], "", titles[1], "", para];
        drop_teaser_runs(&mut two);
        assert_eq!(two.len(), 7);
        let mut boxed = vec![para, "", titles[0], titles[1], titles[2], "", para];
        drop_teaser_runs(&mut boxed);
        assert_eq!(boxed.len(), 7);
    }
    #[test]
    fn a_thread_signed_name_over_stamp_is_cut_but_a_report_stamped_by_the_hour_stays() {
        let p = "The ministry said on Tuesday that the drills would last for two weeks and that no troops would cross.";
        let mut body = vec![
            p,
            p,
            p,
            "Trivia Man",
            "February 2, 2026 at 4:27 pm",
            "A first reply.",
            "Old School",
            "February 2, 2026 at 4:31 pm",
            "A second reply.",
            "Baud",
            "February 2, 2026 at 4:36 pm",
            "A third.",
        ];
        cut_signed_thread(&mut body);
        assert_eq!(body, vec![p, p, p]);
        // One writer under every entry, or hours alone: no thread.
        let mut live = vec![p, p, p, "Jane Roe", "4:27 pm", p, "Jane Roe", "4:31 pm", p, "Jane Roe", "4:36 pm", p];
        cut_signed_thread(&mut live);
        assert_eq!(live.len(), 12);
    }
    #[test]
    fn stamped_titles_with_their_excerpts_go_but_a_report_under_its_hours_stays() {
        let p = "The ministry said on Tuesday that the drills would last for two weeks and that no troops would cross the border.";
        let mut body = vec![
            p,
            "11:11 a.m. Curt Schilling Is a Lot Less Popular Than Elizabeth Warren",
            "A new poll suggests he faces long odds.",
            "8:13 a.m. Donald Trump Is Becoming a Regular Republican Hawk",
            "Days after threatening to bomb Iran, he names an adviser.",
            "Yesterday at 5:44 p.m. This Is 2016’s Biggest Storm (So Far)",
            "Super Typhoon Meranti is logging winds at 185 miles per hour.",
        ];
        drop_stamped_teasers(&mut body);
        assert_eq!(body, vec![p]);
        let mut live = vec![
            p,
            "11:11 a.m. the president landed in Kyiv, where he was met by the prime minister.",
            p,
            "11:40 a.m. the two leaders spoke to reporters.",
            p,
        ];
        drop_stamped_teasers(&mut live);
        assert_eq!(live.len(), 5);
    }
}
