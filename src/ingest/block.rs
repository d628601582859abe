//! The main text block of a page: each line scored as running text or furniture, the scores
//! smoothed across neighbours, then the best contiguous run taken.
//!
//! Two published methods, rewritten for plain text: jusText (Pomikálek, 2011) classifies
//! paragraphs as good, short or bad from their length and stop-word density, and lets short
//! ones take the class of their neighbours; Body Text Extraction (Finn, Kushmerick and Smyth,
//! 2001) takes the maximum-sum contiguous run of a per-token score. Here a line's value is
//! its length, positive for text and negative for furniture, and the run with the largest sum
//! is the article. The signals are language-independent apart from the French and English
//! stop-word tables in [`super::lexicon`].
//!
//! This module weighs the runs and picks one; its parts, one concern each, are siblings:
//! [`super::line_signals`] reads one line in numbers, [`super::classify`] gives every line its
//! class, [`super::items`] and [`super::closers`] tell lists of items and the headings over
//! them, [`super::run_cuts`] moves the run's ends off the lists it crossed, [`super::gaps`] grows
//! it over the article's own interruptions (with [`super::sections`], [`super::boxes`] and
//! [`super::closing_tail`]), and [`super::body_lists`] sweeps the body once it is taken.

use super::boxes::MIN_COHESION;
use super::byline::byline;
use super::closers::is_closer;
use super::dateline::date_stamps;
use super::gaps::grow;
use super::items::{item_signs, ITEMS_PER_PAIR};
use super::line_signals::{dumping, Signals};
use super::run_cuts::{cut_at_cards, cut_at_closer, cut_at_head, cut_at_items, cut_off_subject};
use std::collections::HashMap;

// The block's parts, as the rest of ingest/ reads them through this module.
pub(super) use super::body_lists::{cut_signed_thread, drop_stamp_lines, drop_stamped_teasers, drop_teaser_runs};
pub(super) use super::classify::{raw_classes, smooth};
pub(super) use super::gaps::inner_boxes;
pub(super) use super::items::{enough_before, generic_picture, person_card, reads_as_items, signs_comment};
pub(super) use super::line_signals::{
    addresses_reader, content_set, image_token, is_alt_text, is_card, is_embed_junk, is_form, is_offer, is_paragraph,
    is_paywall, is_stopword, keeps_to, plain, repeat_counts, repeat_key, signals, Class,
};

/// What a line adds to the run it is part of.
fn value(c: Class, s: &Signals) -> i64 {
    let n = s.chars as i64;
    match c {
        Class::Blank | Class::Table => 0,
        // A list of teasers is text-like but is not the article: its items count less.
        Class::Good if s.bullet => n / 4,
        Class::Good => n,
        Class::NearGood => n / 2,
        // A short sentence (`Elle a refusé.`) is text; a label or subheading is neutral.
        Class::Short if s.sentence && s.stop_density > 0.0 => n / 2,
        Class::Short => 0,
        // As long as printed: an image's name is furniture even with no text in it.
        Class::Bad => -(s.printed.min(200) as i64 + 20),
        // Strong, but an inline `Recommended` box does not end the article.
        Class::Closer => -400,
    }
}

/// Filled lines above a run among which a byline or a publication stamp heads it.
const HEAD_WINDOW: usize = 8;

/// How many times its sum a run headed by a byline or a stamp weighs against one that is
/// not: the article opens under its header, a sidebar's deals or a gallery of other stories
/// further down do not, however much text they carry.
const HEADED_WEIGHT: i64 = 3;

/// Whether the run opening at `s` is headed as an article: a byline or a publication stamp
/// on a short line among the [`HEAD_WINDOW`] filled lines above it.
fn headed(lines: &[&str], s: usize) -> bool {
    (0..s).rev().filter(|&i| !lines[i].trim().is_empty()).take(HEAD_WINDOW).any(|i| {
        let t = plain(lines[i]).0;
        t.chars().count() <= 120 && (date_stamps(t).is_some() || matches!(byline(t), Some(Some(_))))
    })
}

/// Text lines of a run read to tell its subject: an article going on past a box opens on the
/// subject it had (a footer may follow its last paragraph).
const OPENING_LINES: usize = 3;

/// Whether the run `other` opens on the subject of the run `run`: at least [`MIN_COHESION`]
/// of the content words of its first [`OPENING_LINES`] text lines were used by `run`'s.
fn same_subject(lines: &[&str], cls: &[Class], run: (usize, usize), other: (usize, usize)) -> bool {
    let used = content_set(lines, (run.0..=run.1).filter(|&i| cls[i].is_text()));
    let opening = content_set(lines, (other.0..=other.1).filter(|&i| cls[i].is_text()).take(OPENING_LINES));
    !opening.is_empty()
        && opening.iter().filter(|w| used.contains(*w)).count() as f64 >= MIN_COHESION * opening.len() as f64
}

/// Whether a line is a photo's caption, by the conventions captions are written in or by the
/// credit closing it.
fn is_photo_caption(l: &str) -> bool {
    super::caption::is_caption(l) || super::caption::opens_as_caption(l) || super::line::ends_with_credit(plain(l).0)
}

/// What the photo captions between `s` and `e` add to their run's sum.
fn caption_weight(lines: &[&str], cls: &[Class], s: usize, e: usize) -> i64 {
    (s..=e)
        .filter(|&i| matches!(cls[i], Class::Good | Class::NearGood) && is_photo_caption(lines[i]))
        .map(|i| value(cls[i], &signals(lines[i])).max(0))
        .sum()
}

/// The runs of text a page holds, one per stretch between two points where the running sum
/// falls to nothing: each stretch's best (sum, first line, last line).
fn runs(lines: &[&str], cls: &[Class]) -> Vec<(i64, usize, usize)> {
    let mut out = Vec::new();
    let mut best: Option<(i64, usize, usize)> = None;
    let mut sum = 0i64;
    let mut start = None;
    for (i, (&c, l)) in cls.iter().zip(lines).enumerate() {
        let v = value(c, &signals(l));
        if start.is_none() {
            if v <= 0 {
                continue;
            }
            start = Some(i);
            sum = 0;
        }
        sum += v;
        if sum <= 0 {
            start = None;
            out.extend(best.take());
            continue;
        }
        if v > 0 && best.is_none_or(|(b, _, _)| sum > b) {
            best = Some((sum, start.unwrap_or(i), i));
        }
    }
    out.extend(best);
    out
}

/// The main block: the first and last line of the best contiguous run of text, or `None`
/// when no line reads as text. Runs are weighed by their sum of line values (Finn et al.'s
/// maximum-sum run), times [`HEADED_WEIGHT`] when a byline or a stamp heads them and the
/// longest run, further down, is on other subjects.
pub(super) fn main_block(lines: &[&str], cls: &[Class]) -> Option<(usize, usize)> {
    let found = best_block(lines, cls);
    if dumping() {
        dump(lines, cls, found);
    }
    found
}

/// Prints every filled line's class and whether the block holds it, on stderr, for whoever
/// tunes the block's signals (`BRIEFING_BLOCK_DUMP=1 briefing import --stdout …`).
fn dump(lines: &[&str], cls: &[Class], found: Option<(usize, usize)>) {
    // The class before smoothing too: what sank a line, its own signs or its neighbours'.
    let raw = raw_classes(lines);
    for (i, (l, c)) in lines.iter().zip(cls).enumerate() {
        if *c == Class::Blank {
            continue;
        }
        let inside = found.is_some_and(|(s, e)| (s..=e).contains(&i));
        let text: String = l.trim().chars().take(110).collect();
        let r = raw[i];
        eprintln!("{i:5} {} {c:?}/{r:?} {text}", if inside { '#' } else { ' ' });
    }
}

/// [`main_block`]'s choice.
fn best_block(lines: &[&str], cls: &[Class]) -> Option<(usize, usize)> {
    // A photo's caption tells the picture, not the article: a gallery of captioned teasers
    // (`FILE - …`, `In this photo provided by …`, `… (Jane Roe/AP)`) under other stories'
    // titles outweighed a short article cut in two by its own photos. The captions still
    // carry a run over the boxes around them (a teaser's caption inside the text), so they
    // count for where runs end, not for which run is the article.
    let all: Vec<(i64, usize, usize)> =
        runs(lines, cls).into_iter().map(|(sum, s, e)| (sum - caption_weight(lines, cls, s, e), s, e)).collect();
    let longest = all.iter().copied().max_by_key(|r| (r.0, std::cmp::Reverse(r.1)));
    let weight = |&(sum, s, _): &(i64, usize, usize)| if headed(lines, s) { sum * HEADED_WEIGHT } else { sum };
    let heaviest = all.iter().copied().max_by_key(|r| (weight(r), std::cmp::Reverse(r.1)));
    // A longer run on the headed run's subject is the same article (cut by a box, its header
    // printed apart): growing it finds the rest, as before. One on other subjects further
    // down is a sidebar's deals or a gallery of other stories; a thread of comments, each
    // signed with a name and a stamp, comes after the article it answers.
    let best = match (longest, heaviest) {
        (Some(l), Some(h)) if h.1 < l.1 && !same_subject(lines, cls, (h.1, h.2), (l.1, l.2)) => Some(h),
        (l, _) => l,
    };
    // A list under its heading (`Derniers articles`, then each teaser's title, excerpt, stamp
    // and section) outweighs a short article cut into pieces by its photos' captions: the
    // article is the heaviest run above the heading.
    let counts = repeat_counts(lines);
    let best = match best {
        Some(b) if under_closer(lines, cls, b.1) && !headed(lines, b.1) && listed_run(lines, b.1, b.2, &counts) => all
            .iter()
            .copied()
            .filter(|r| r.2 < b.1 && (r.1..=r.2).any(|i| is_paragraph(lines[i])))
            .max_by_key(|r| (weight(r), std::cmp::Reverse(r.1)))
            .or(Some(b)),
        b => b,
    };
    best.map(|(_, s, e)| {
        let e = cut_at_closer(lines, cls, s, e);
        let e = cut_at_items(lines, cls, s, e);
        let e = cut_at_cards(lines, cls, s, e);
        let s = cut_at_head(lines, cls, s, e);
        let (s, e) = grow(lines, cls, s, e);
        let mut e = cut_off_subject(lines, cls, s, e);
        // The run goes on over neutral lines up to the next furniture: a subheading or a last
        // short line closing the text.
        let mut j = e + 1;
        while j < cls.len()
            && matches!(cls[j], Class::Short | Class::Blank | Class::Good | Class::NearGood | Class::Table)
        {
            if cls[j] != Class::Blank {
                e = j;
            }
            j += 1;
        }
        (s, e)
    })
}

/// Filled lines above a run among which a closing heading opens it.
const UNDER_CLOSER: usize = 3;

/// Whether the run opening at `s` stands under the heading of a list (`Derniers articles`,
/// `Most read`: [`is_closer`]), among the [`UNDER_CLOSER`] filled lines above it with no text
/// between.
fn under_closer(lines: &[&str], cls: &[Class], s: usize) -> bool {
    for i in (0..s).rev().filter(|&i| cls[i] != Class::Blank).take(UNDER_CLOSER) {
        if cls[i] == Class::Closer {
            return is_closer(lines[i]);
        }
        if cls[i].is_text() {
            return false;
        }
    }
    false
}

/// Whether the run `s..=e` is a list of items rather than an article: it reads as items
/// ([`reads_as_items`]: a stamp, a section's name or a button under each) and holds fewer than
/// one pair of paragraphs in a row per [`ITEMS_PER_PAIR`] signs of them (an article's
/// paragraphs follow one another; a teaser's excerpt stands alone between its labels).
fn listed_run(lines: &[&str], s: usize, e: usize, counts: &HashMap<String, usize>) -> bool {
    let at: Vec<usize> = (s..=e).filter(|&i| !lines[i].trim().is_empty()).collect();
    let signs = item_signs(lines, &at, counts).len();
    let pairs = at.windows(2).filter(|w| is_paragraph(lines[w[0]]) && is_paragraph(lines[w[1]])).count();
    reads_as_items(lines, &at, counts) && pairs * ITEMS_PER_PAIR < signs
}

#[cfg(test)]
mod tests {
    use super::super::classify::classes;
    use super::super::gaps::inner_boxes;
    use super::super::line_signals::{PARA, PARA2};
    use super::super::sections::resumes_section;
    use super::*;

    #[test]
    fn a_list_heading_after_the_first_paragraph_does_not_end_the_block() {
        // A player's label (`Recommended Videos`) after the headline's paragraph: the block
        // holds that paragraph and the article's paragraphs under the label.
        let p3 = "The mayor promised a public meeting before the end of the month to answer the questions of worried residents.";
        let p4 = "Cyclists welcomed the plan, which adds four new lanes along the river and closes two bridges to cars on weekends.";
        let inside = ["Council Votes for a New Traffic Plan", PARA, "Recommended Videos", PARA2, p3, p4];
        let (s, e) = main_block(&inside, &classes(&inside)).unwrap();
        assert!(s <= 1 && e == 5, "{s}..={e}");
    }

    #[test]
    fn a_gallery_of_captioned_teasers_does_not_outweigh_a_short_article() {
        let article = [
            "The council voted on Monday to close the harbour bridge for repairs until the spring, officials said on Tuesday.",
            "Engineers found cracks in two of the bridge's steel girders during an inspection in October this year, they said.",
            "Drivers will be sent through the old town, where the council expects the traffic to double at rush hour each day.",
        ];
        let captions = [
            "FILE - Former President Donald Trump waits to take the witness stand during his civil fraud trial at New York Supreme Court, Monday, Nov. 6, 2023, in New York. A judge in Michigan is expected to hear arguments on the ballot. Activists are suing to keep his name off ballots. (Brendan McDermid/Pool Photo via AP)",
            "FILE - McMurdo Station, a United States Antarctic research station, is photographed from the air on Oct. 27, 2014. A man accused of assaulting a woman at the station testified at his trial Wednesday, Nov. 8, 2023, that he never hurt her during an altercation in a dorm lounge last year. (National Science Foundation via AP, File)",
            "This photo provided by the South Korea Gyeongsangnam-do Fire Department shows the interior of a vegetable packaging plant where a worker was crushed to death by an industrial robot in Goseong, South Korea, Wednesday, Nov. 8, 2023, an accident that renewed calls for safety rules at such plants across the country.",
            "FILE - Holocaust survivor Charlotte Knobloch, at the podium center, delivers a speech at the memorial ceremony for the victims of the November pogrom in Munich, Germany, on Nov. 9, 2018, where survivors and officials remembered the night synagogues were burned across the country and thousands were deported.",
        ];
        let mut page: Vec<&str> =
            vec!["Harbour bridge to close for repairs", "", "By Jane Roe", "", "Posted: Nov 8, 2023", ""];
        page.extend(article.iter().flat_map(|p| [*p, ""]));
        page.extend(["Suggest a Correction", "", "Most Popular", ""]);
        let menu = ["News", "Sports", "Weather", "Video", "Shows", "Contests", "About", "Jobs", "Contact Us"];
        let menu: Vec<String> =
            menu.iter().chain(&["Terms of use", "Privacy", "Advertise"]).map(|w| format!("  • {w}")).collect();
        page.extend(menu.iter().map(String::as_str));
        page.extend(["", "More from the site", "", ""]);
        // Other stories' titles cut short, each over its photo's wire caption.
        let titles = ["A judge is set to hear arguments as activists …", "Jury finds man not guilty of assault at …"];
        for (i, c) in captions.iter().chain(&captions[..2]).enumerate() {
            page.extend([titles[i % 2], "", *c, "", ""]);
        }
        let block = main_block(&page, &classes(&page));
        assert!(block.is_some_and(|(s, e)| s == 6 && e < 20), "{block:?}");
    }

    #[test]
    fn the_run_under_the_byline_wins_over_a_longer_one_on_other_subjects_but_not_over_its_own_sequel() {
        let article = [
            "The council voted on Monday to close the harbour bridge for repairs until the spring, officials said.",
            "Engineers found cracks in two of the bridge's steel girders during an inspection in October this year.",
            "Drivers will be sent through the old town, where the council expects the traffic to double at rush hour.",
        ];
        let deals = [
            "Apple recently launched new wireless earbuds for $250, but surprisingly they are already discounted at Amazon.",
            "Amazon announced a slew of devices that expands into all nooks and crannies of the home, with a smart display.",
            "Dell has released its list of Black Friday deals to help get the holiday shopping season started for laptops.",
            "The most interesting mainstream laptop of the last twelve months is still on sale for a few days at a good price.",
        ];
        let mut page: Vec<&str> = vec!["Harbour bridge to close for repairs", "By Jane Roe", "November 19, 2019", ""];
        page.extend(article.iter().flat_map(|p| [*p, ""]));
        page.extend(["Related", "", "  • Bridges", "  • Harbour", "  • Share", "  • Tweet", "", "Deals", ""]);
        page.extend(deals.iter().flat_map(|p| [*p, ""]));
        assert_eq!(main_block(&page, &classes(&page)).map(|b| b.0), Some(4));
        // The same longer run on the article's subject: it is the article, grown back as before.
        let sequel = [
            "The council said the harbour bridge repairs would cost more than the girders' inspection had suggested in October.",
            "Officials expect the old town traffic to ease once the bridge reopens, and drivers to return to the harbour road.",
            "The council will vote again on the bridge repairs in the spring, when engineers report on the steel girders.",
            "Drivers were told that the harbour bridge would reopen to traffic in stages, the old town route closing first.",
        ];
        let mut page: Vec<&str> = page[..page.len() - 2 * deals.len()].to_vec();
        page.extend(sequel.iter().flat_map(|p| [*p, ""]));
        assert!(main_block(&page, &classes(&page)).is_some_and(|b| b.0 > 4));
    }
    #[test]
    fn the_block_grows_over_a_box_inside_the_article_but_not_into_teasers_or_comments() {
        const PARA3: &str = "Les observateurs ont toutefois noté que les exercices militaires se poursuivaient dans la région, comme chaque année.";
        const PARA4: &str = "Selon plusieurs diplomates, cette annonce vise surtout à apaiser les voisins avant le sommet prévu le mois prochain.";
        const PARA5: &str = "Le ministère a précisé mardi que les manœuvres dureraient encore deux semaines et qu'aucune troupe ne franchirait la ligne.";
        const PARA6: &str = "The drills, which began on Monday, involve some nine thousand soldiers and several hundred armoured vehicles, officials said.";
        let mut lines = vec!["* Accueil", "* Monde", "Un titre", PARA, PARA2, PARA5, PARA6];
        // A sign-up box longer than what follows it.
        lines.extend(["Newsletter du soir", "Votre adresse email", "* S'inscrire", "Merci !", "* Facebook"]);
        lines.extend(["* Twitter", "* Imprimer", "* Envoyer", "* Copier le lien", PARA3, PARA4]);
        let c = classes(&lines);
        assert_eq!(main_block(&lines, &c), Some((3, 17)));
        // Teasers after the text: a title, an excerpt, a date, never two excerpts in a row.
        let share = ["* Partager", "* Imprimer", "* Envoyer", "* Facebook", "* Twitter", "* Copier le lien"];
        let mut teasers = vec![PARA, PARA2, PARA5];
        teasers.extend(share.iter().chain(&share).chain(["Un autre titre"].iter()));
        teasers.extend([PARA3, "12 mars 2023", "Encore un titre", PARA4, "13 mars 2023"]);
        assert_eq!(main_block(&teasers, &classes(&teasers)), Some((0, 2)));
        // A reader's comment is signed with a name and a stamp.
        let mut comments = vec![PARA, PARA2, PARA5];
        comments.extend(share.iter().chain(&share));
        comments.extend(["Par Jean Exemple, le mercredi 15 mai 2019 à 09h23", PARA3, PARA4]);
        assert_eq!(main_block(&comments, &classes(&comments)), Some((0, 2)));
    }
    #[test]
    fn the_block_ends_at_a_closing_heading_over_teasers_or_comments_but_not_over_an_inline_box() {
        const PARA3: &str = "Les observateurs ont toutefois noté que les exercices militaires se poursuivaient dans la région, comme chaque année.";
        const PARA4: &str = "Selon plusieurs diplomates, cette annonce vise surtout à apaiser les voisins avant le sommet prévu le mois prochain.";
        const PARA5: &str = "Le ministère a précisé mardi que les manœuvres dureraient encore deux semaines et qu'aucune troupe ne franchirait la ligne.";
        const EXCERPT: &str = "The council said on Monday that the new bridge would open to traffic in the spring, after two years of delays and disputes.";
        const EXCERPT2: &str = "Residents of the district have complained for months about the noise of the works at night, and the mayor promised to listen.";
        const EXCERPT3: &str = "The police said on Sunday that two men had been arrested after a chase through the city centre, and that no one was hurt.";
        // Long enough for the run to cross the heading to the text under it.
        let article = [PARA, "", PARA2, "", PARA5, "", PARA3, ""];
        // Teasers whose excerpts outweigh the heading: each has its byline.
        let mut teasers: Vec<&str> = article.to_vec();
        teasers.extend(["Most read", "", "Bridge to open in spring", EXCERPT, "By Jane Roe", ""]);
        teasers.extend([
            "Noise at night",
            EXCERPT2,
            "By John Doe",
            "",
            "Arrests after a chase",
            EXCERPT3,
            "By Ann Poe",
        ]);
        assert_eq!(main_block(&teasers, &classes(&teasers)).map(|b| b.1), Some(6));
        // A thread: each comment signed, each with its button.
        let mut thread: Vec<&str> = article.to_vec();
        thread.extend(["3 comments", "", "Jane Roe • 2 weeks ago", EXCERPT, "Reply", ""]);
        thread.extend(["John Doe • 3 weeks ago", EXCERPT2, "Reply", "", "Ann Poe • 3 weeks ago", EXCERPT3, "Reply"]);
        assert_eq!(main_block(&thread, &classes(&thread)).map(|b| b.1), Some(6));
        // A box of three teasers, then the article goes on.
        let mut inline: Vec<&str> = article.to_vec();
        inline.extend(["Recommended", "", "Bridge to open in spring", "Jul 17, 2014", "Noise at night", "Mar 9, 2018"]);
        inline.extend(["Arrests after a chase", "Aug 23, 2017", "", PARA4, "", EXCERPT, "", EXCERPT2, "", EXCERPT3]);
        inline.extend([
            "",
            "The museum's curator said the collection had grown over the years thanks to gifts from families of the city.",
            "",
            "Many of the signs were restored by a small workshop that has kept the old glass-bending craft alive for decades.",
            "",
            "Visitors will be able to see the workshop at work on weekends, when the glass-benders open their doors to the public.",
        ]);
        assert_eq!(main_block(&inline, &classes(&inline)).map(|b| b.1), Some(inline.len() - 1));
    }
    #[test]
    fn headlines_of_other_stories_after_a_closing_heading_are_teasers_but_the_article_going_on_is_not() {
        const A3: &str = "Les observateurs ont toutefois noté que les exercices militaires se poursuivaient dans la région, comme chaque année.";
        const A4: &str = "Selon plusieurs diplomates, cette annonce vise surtout à apaiser les voisins avant le sommet prévu le mois prochain.";
        const A5: &str = "Le ministère a précisé mardi que les manœuvres dureraient encore deux semaines et qu'aucune troupe ne franchirait la ligne.";
        const A6: &str = "Les chancelleries de la région saluent un geste d'apaisement, tout en appelant à la prudence avant le sommet annoncé.";
        const LAST: &str = "Au total, les manœuvres de la région auront duré un mois, sans qu'aucune troupe ne franchisse la ligne de démarcation.";
        let article = [PARA, "", PARA2, "", A3, "", A4, "", A5, "", A6, ""];
        let teasers = [
            "Un radar-tronçon installé dans le tunnel ne fonctionne pas encore, selon la police locale.",
            "L'impact des radars-tronçons sur la sécurité routière en Belgique",
            "L'étude de l'institut Vias semble confirmer que ces dispositifs sont nettement plus efficaces que les radars fixes.",
            "",
            "Première mondiale : un mannequin féminin pour les crash-tests automobiles",
            "Pour la première fois, un mannequin féminin est créé pour mieux protéger les femmes lors des accidents de la route.",
            "",
            "Vélo, voiture ou transports en commun : lequel sera le plus rapide à Bruxelles ?",
            "La rédaction a tenté de vérifier quel était le moyen de transport le plus rapide pour aller d'un point à un autre.",
        ];
        let mut page: Vec<&str> = article.to_vec();
        page.extend(["Sur le même sujet", ""]);
        page.extend(teasers);
        assert_eq!(main_block(&page, &classes(&page)).map(|b| b.1), Some(10));
        // Those teasers under a second heading, after an inline box and the article's last
        // paragraph, in a run that crossed both: the article ends at the second heading, not
        // at the box.
        let mut inline: Vec<&str> = article.to_vec();
        inline.extend(["Sur le même sujet", "  * Paris : le couvre-feu est levé", "  * Fin du couvre-feu", ""]);
        inline.extend([LAST, "", "Les plus lus", ""]);
        inline.extend(teasers);
        assert_eq!(cut_at_closer(&inline, &classes(&inline), 0, inline.len() - 1), 16);
        // The same shape on the article's own subject: its sections, kept.
        let mut page: Vec<&str> = article.to_vec();
        page.extend(["Sur le même sujet", ""]);
        page.extend([
            "Les troupes quitteront la frontière avant la fin du mois prochain",
            "Le président a répété que les troupes seraient retirées de la frontière dans les délais annoncés jeudi.",
            "",
            "Les exercices militaires dans la région se poursuivront selon les diplomates",
            "Les diplomates estiment que les exercices militaires se poursuivront dans la région jusqu'au sommet.",
            "",
            "Le sommet du mois prochain doit apaiser les voisins de la région",
            "Le ministère a précisé que le sommet réunira les voisins de la région le mois prochain, selon un communiqué.",
        ]);
        assert!(main_block(&page, &classes(&page)).is_some_and(|b| b.1 > 12));
    }
    #[test]
    fn titles_printed_again_after_a_closing_heading_are_teasers() {
        let article = [
            "The city council approved the new budget on Tuesday after a long debate about the cost of the bridge.",
            "",
            "Members of the opposition said the plan left too little money for schools and for the repair of roads.",
            "",
            "The mayor answered that the bridge would bring new shops to the old harbour and pay for itself in time.",
            "",
            "A final vote on the details of the plan is expected in the spring, once the engineers have reported back.",
            "",
            "Shop owners on the harbour front said they were glad of the decision, though some feared the years of works.",
            "",
            "The bridge will be the first new crossing of the river in the city for more than sixty years, the council said.",
            "",
        ];
        // Captions and excerpts of a sentence or two, outweighing the heading over them.
        let e = [
            "A crowd gathers in front of the old theatre on the evening of the festival, while a band plays on the steps and children dance in the square below.",
            "The singer was a regular guest of the town's summer evenings for years, and her death was felt by all of those who had grown up with her songs.",
            "Three candidates are running to lead the party, and each of them has promised to bring back the voters who left it at the last election in May.",
            "Ten years after the fire at the mill, the inquiry has still not found who set it, and the families of the workers are asking for answers again.",
            "The club has signed a young striker from the south for the next two seasons, and the fans hope that he will score the goals the team has missed.",
            "A storm is expected on the coast on Sunday night, and the harbour master has asked the owners of small boats to bring them in before the wind.",
            "The old school on the hill will become a library next year, once the roof has been repaired and the rooms have been fitted with new shelves.",
            "Farmers in the valley say the dry summer has cut their harvest by a third, and they are asking the region for help to buy feed for the winter.",
        ];
        let (t1, t2) = ("Bridge to open in spring at last", "Noise at night angers the neighbours");
        let mut page: Vec<&str> = article.to_vec();
        page.extend(["Most read", "", t1, "", t2, "", e[0], "", t1, "", e[1], "", t2, "", e[2], "", e[3]]);
        page.extend(["", e[4], "", e[5], "", e[6], "", e[7]]);
        assert_eq!(main_block(&page, &classes(&page)).map(|b| b.1), Some(article.len() - 2));
    }
    #[test]
    fn a_teaser_list_over_the_article_is_cut_at_the_article_head() {
        const T1: &str = "Bridge To Open In SpringThe council said on Monday that the new bridge would open to traffic in the spring, after two years of delays.";
        const T2: &str = "Noise At Night Angers ResidentsResidents of the district have complained for months about the noise of the works at night, and more.";
        const T3: &str = "Arrests After A ChaseThe police said on Sunday that two men had been arrested after a chase through the city centre, and no one was hurt.";
        const T4: &str = "Museum Reopens Its DoorsThe museum's curator said the collection had grown over the years thanks to gifts from families of the city.";
        const PARA3: &str = "Les observateurs ont toutefois noté que les exercices militaires se poursuivaient dans la région, comme chaque année.";
        let mut page = vec!["[blank.gif]", T1, "Read more", T2, "Read more", T3, "Read more", T4, "Read more"];
        page.extend(["Latest Headlines", "", "Troops To Leave The Border By The End Of The Month", ""]);
        page.extend(["November 19, 2019 at 9:45 am", "", PARA, "", PARA2, "", PARA3, ""]);
        let block = main_block(&page, &classes(&page));
        assert_eq!(block.map(|b| b.0), Some(15));
        // An article's lead (two paragraphs in a row) over an embedded post and its signature,
        // or over a dated update: no list, it stays.
        let mut lead = vec![PARA, "", T1, "Advertisement", T2, "Advertisement", "Advertisement"];
        lead.extend(["Update From The Ministry Of Defence", "— Jane Roe (@janeroe) November 19, 2019", PARA2]);
        lead.extend(["", PARA3, "", T3]);
        assert_eq!(main_block(&lead, &classes(&lead)).map(|b| b.0), Some(0));
        lead[8] = "November 19, 2019 at 9:45 am";
        assert_eq!(main_block(&lead, &classes(&lead)).map(|b| b.0), Some(0));
    }
    #[test]
    fn a_box_inside_the_article_is_crossed_when_the_text_after_it_goes_on_about_its_subject() {
        const A1: &str = "Les rêves peuvent sembler étonnamment réels, et les chercheurs qui étudient le sommeil tentent depuis longtemps de comprendre leur signification.";
        const A2: &str = "Selon la psychologue Stephanie Gailing, les rêves de chute traduisent souvent une impression de perdre le contrôle de sa vie éveillée.";
        const A3: &str = "Les chercheurs rappellent que le sommeil paradoxal est la phase pendant laquelle les rêves les plus vifs se produisent, chaque nuit.";
        const EXCERPT: &str = "Les marques de pyjama rivalisent cette saison de matières douces et de coupes amples pour les soirées froides de décembre.";
        const A4: &str = "Selon Stephanie Gailing, le rêve de vol symbolise un désir de liberté, et les chercheurs y voient souvent un signe de confiance retrouvée.";
        const A5: &str = "Les rêves récurrents, ajoute la psychologue, méritent d'être notés dans un journal du sommeil pour en comprendre la signification.";
        const F1: &str = "Le club a battu son rival dimanche soir au stade municipal, grâce à un but marqué dans les dernières minutes de la rencontre.";
        const F2: &str = "L'entraîneur a salué l'engagement de ses joueurs, qui restent invaincus depuis le début de la saison et visent désormais le titre.";
        let mut page = vec!["* Accueil", "* Monde", "Un titre", A1, "", A2, "", A3, ""];
        page.extend(["À lire aussi", "Comment choisir un pyjama pour l'hiver", EXCERPT, "Par Jeanne Exemple", ""]);
        page.extend(["Le rêve de vol", "", A4, "", A5, "", "Mentions légales", "Contact"]);
        let c = classes(&page);
        let block = main_block(&page, &c);
        assert_eq!(block, Some((3, 18)));
        // The box goes, the subheading over the text stays.
        let boxed = inner_boxes(&page, &c, 3, 18);
        assert!((9..=12).all(|i| boxed[i]));
        assert!(!boxed[14] && !boxed[16] && !boxed[7]);
        // Two paragraphs on another subject after the same box: another article.
        let n = page.len() - 2;
        page.splice(14..n, ["Football", "", F1, "", F2, ""]);
        assert_eq!(main_block(&page, &classes(&page)).map(|b| b.1), Some(7));
    }
    #[test]
    fn the_closing_paragraph_under_a_box_whose_titles_read_as_text_joins_the_article() {
        const A1: &str = "Les étudiants isolés dans les résidences universitaires racontent leur solitude depuis le début du confinement, loin de leurs familles.";
        const A2: &str = "Pour Nassim, résident de cet établissement, ce sentiment d'isolement s'ajoute à une charge de travail qui ne faiblit pas pour les étudiants.";
        const A3: &str = "Le collectif qui aide les étudiants précaires a levé près de cent mille euros de dons et soutient trois cents étudiants au quotidien.";
        const LAST: &str = "Le collectif rappelle que les étudiants isolés dans les résidences universitaires peuvent demander de l'aide, loin de leurs familles, depuis le confinement.";
        let mut page = vec!["* Accueil", "* Société", "Un titre", A1, "", A2, "", A3];
        page.extend(["Lire aussi", "À Paris, les étudiants fantômes se manifestent pour la réouverture des facs"]);
        page.extend([
            "Lire aussi",
            "Une cagnotte pour aider les étudiants précaires à se nourrir cet hiver",
            "",
            LAST,
            "",
        ]);
        page.extend(["Mentions légales", "Contact", "Plan du site"]);
        let c = classes(&page);
        let (s, e) = main_block(&page, &c).expect("block");
        // The titles read as text: the run stops at the first of them on its own.
        assert!([9, 11].iter().all(|&i| c[i].is_text()), "{c:?}");
        assert_eq!((s, e), (3, 13), "{c:?}");
        // The box's titles go with it.
        let boxed = inner_boxes(&page, &c, s, e);
        assert!((8..=11).all(|i| boxed[i]) && !boxed[13]);
    }
    /// A ranking of companies: an introduction, then items printed as a number and a name,
    /// the same labels, and one or two paragraphs.
    fn ranking(single: usize) -> Vec<String> {
        let mut page: Vec<String> = ["* Home", "* Blog", "* Contact", "The biggest game companies of the year", ""]
            .iter()
            .map(|l| l.to_string())
            .collect();
        page.push("The game industry keeps growing, and the largest game companies report record revenue from mobile games this year.".into());
        page.push("".into());
        page.push("We ranked each game company by its revenue, and we list the mobile games and console games that made its name.".into());
        let names = ["Tencent", "Sony", "Nintendo", "Roblox", "Ubisoft"];
        for (n, name) in names.iter().enumerate() {
            page.extend([
                String::new(),
                format!("{}. {name}", n + 1),
                "Headquarters:".into(),
                format!("{name} City, Land"),
            ]);
            page.extend(["Revenue:".into(), format!("${} billion", 30 - n), String::new()]);
            page.push(format!("{name} is a game company known for its mobile games and console games, and its revenue grew again this year."));
            if n < names.len() - single {
                page.push(String::new());
                page.push(format!("Most of the revenue of {name} comes from its games for mobile players, and the company plans more games."));
            }
        }
        page.extend([
            "".into(),
            "Privacy Policy".into(),
            "Terms of Use".into(),
            "Cookie Settings".into(),
            "Sitemap".into(),
        ]);
        page
    }
    #[test]
    fn items_after_the_labels_the_article_already_printed_go_on_with_it() {
        // The last two items hold one paragraph each: the run stops before them, the labels
        // they share with the items above bring them back.
        let page = ranking(2);
        let refs: Vec<&str> = page.iter().map(String::as_str).collect();
        let last = refs.iter().rposition(|l| l.starts_with("Ubisoft is")).unwrap();
        assert_eq!(main_block(&refs, &classes(&refs)).map(|b| b.1), Some(last));
    }
    #[test]
    fn dated_teasers_after_the_article_are_cut_but_a_timeline_on_its_subject_stays() {
        const A: [&str; 4] = [
            "Les dockers du port ont cessé le travail lundi matin pour protester contre le projet de réforme des retraites, selon les syndicats.",
            "Le mouvement de grève des dockers bloque depuis trois jours le chargement des navires, et les syndicats du port menacent de le prolonger.",
            "La direction du port estime que la grève des dockers a déjà coûté plusieurs millions d'euros aux entreprises du secteur portuaire.",
            "Une réunion entre les syndicats des dockers et la direction du port est prévue jeudi, mais aucune des parties ne croit à un accord rapide.",
        ];
        let teasers = [
            ("Football : le club reste invaincu depuis le début de la saison", "Le club a battu son rival dimanche soir au stade municipal, grâce à un but marqué dans les dernières minutes du match."),
            ("Grippe : les urgences saturées à l'approche des fêtes", "L'épidémie de grippe progresse dans toutes les régions, et les hôpitaux déclenchent leurs plans d'urgence cette semaine."),
            ("Culture : un musée de la photographie dans l'ancienne gare", "Un nouveau musée consacré à la photographie ouvrira ses portes au printemps dans l'ancienne gare de la ville, annonce le maire."),
            ("Météo : de la neige attendue sur les hauteurs ce week-end", "Les prévisionnistes annoncent des chutes de neige abondantes au-dessus de mille mètres, et les routes de montagne seront fermées."),
        ];
        const DAYS: [&str; 4] = ["15/12/2022, 13:17", "09/12/2022, 14:44", "20/09/2022, 15:53", "02/09/2022, 10:01"];
        let page_of = |items: &[(&'static str, &'static str)], stamps: [&'static str; 4]| {
            let mut page = vec!["* Accueil", "* Économie", "La grève des dockers", ""];
            for a in A {
                page.extend([a, ""]);
            }
            page.extend(["Partager", "Publicité", "Plus d'articles", ""]);
            for (n, (title, excerpt)) in items.iter().enumerate() {
                page.extend([*title, *excerpt, stamps[n]]);
                page.extend(["Actualité", "* Région", ""]);
            }
            page
        };
        let page = page_of(&teasers, DAYS);
        assert_eq!(main_block(&page, &classes(&page)).map(|b| b.1), Some(10));
        // The same entries stamped with the hours of one day: a live report, kept.
        let hours = ["15/12/2022, 13:17", "15/12/2022, 12:44", "15/12/2022, 11:53", "15/12/2022, 10:01"];
        let page = page_of(&teasers, hours);
        assert!(main_block(&page, &classes(&page)).is_some_and(|b| b.1 > 10));
        // Dated entries on the strike itself: the article's own closing timeline.
        let timeline = [
            ("Grève des dockers : le port bloqué", "Les dockers du port bloquent le chargement des navires, et les syndicats du port annoncent une grève reconductible."),
            ("Grève des dockers : la direction du port répond", "La direction du port propose aux syndicats des dockers une réunion, et la grève des dockers se poursuit au port."),
            ("Grève des dockers : les navires détournés", "Les navires évitent le port bloqué par la grève des dockers, et les entreprises du port chiffrent leurs pertes."),
            ("Grève des dockers : un accord au port", "Les syndicats des dockers et la direction du port signent un accord, et la grève des dockers prend fin au port."),
        ];
        let page = page_of(&timeline, DAYS);
        let cut = main_block(&page, &classes(&page)).map(|b| b.1);
        assert!(cut.is_some_and(|e| e > 10), "{cut:?}");
    }
    #[test]
    fn a_caption_printed_twice_over_the_article_is_no_text_going_on() {
        // A `Most Read` list (caption, `Section / 5 h ago`, headline) over the article, whose
        // photo caption is printed twice under its headline: the list is cut at the byline.
        const CAP: &str = "A file photograph shows the minister speaking at the ministry in the capital on November 5, during a visit.";
        const CAP1: &str = "Workers prepare the registration counters at the convention centre for the anniversary fair of the government.";
        const CAP2: &str = "People stand outside homes damaged by a short circuiting switch in the town, on the night of the storm last week.";
        const PARA3: &str = "Les observateurs ont toutefois noté que les exercices militaires se poursuivaient dans la région, comme chaque année.";
        let mut page =
            vec!["Most Read", CAP1, "Malaysia  / 5 h ago", "", "Fair offers a discount on traffic fines", ""];
        page.extend([CAP2, "Malaysia  / 7 h ago", "", "Switch blows up in a man's face, burns two houses", ""]);
        page.extend(["Malaysia", "", "All paid their own way on the trips, minister says", "", CAP, CAP]);
        page.extend(["By Jane Roe", "Friday, 22 Nov 2024 4:55 PM MYT", "", PARA, "", PARA2, "", PARA3]);
        let block = main_block(&page, &classes(&page));
        assert_eq!(block.map(|b| b.0), Some(20));
    }
    #[test]
    fn teaser_cards_after_the_article_are_cut_but_a_listicle_stays() {
        const A: [&str; 3] = [
            "La cathédrale rouvrira ses portes au public dimanche soir, après cinq années de travaux menés par des centaines d'artisans.",
            "Le chef de l'Etat assistera lundi à la messe de consécration du maître-autel, en présence de nombreux invités étrangers.",
            "Les fidèles pourront réserver un créneau de visite gratuit sur le site de la cathédrale, dès la semaine prochaine.",
        ];
        let cards = [
            ("Une gymnaste prodige éprise de liberté et de sport", "Elle est entrée dans l'histoire en obtenant pour la première fois la note parfaite aux barres asymétriques."),
            ("Dépolluer l'espace sera l'un des grands enjeux du siècle", "C'est un sujet vertigineux et méconnu, qui pourrait avoir des conséquences majeures sur l'humanité entière."),
            ("Les révélations du rapport sur la ligue de football", "Salaires, élections verrouillées, budgets des clubs : le rapport détaille le fonctionnement de la ligue professionnelle."),
        ];
        let mut page = vec!["* Accueil", "* Culture", "La cathédrale rouvre", ""];
        for a in A {
            page.extend([a, ""]);
        }
        for (title, excerpt) in cards {
            page.extend(["Culture", "5min", title, excerpt, ""]);
        }
        page.extend(["Mentions légales", "Contact"]);
        assert_eq!(main_block(&page, &classes(&page)).map(|b| b.1), Some(8));
        // The same cards naming what the article is about: a listicle's items, kept.
        let items = cards.map(|(t, x)| (format!("La cathédrale : {t}"), x));
        let mut page = vec!["* Accueil", "* Culture", "La cathédrale rouvre", ""];
        for a in A {
            page.extend([a, ""]);
        }
        for (title, excerpt) in &items {
            page.extend(["Culture", "5min", title.as_str(), *excerpt, ""]);
        }
        page.extend(["Mentions légales", "Contact"]);
        assert!(main_block(&page, &classes(&page)).is_some_and(|b| b.1 > 8));
    }
    #[test]
    fn the_block_is_the_best_run_of_text_between_menus_and_related_links() {
        let lines = [
            "* Accueil",
            "* Monde",
            "* Politique",
            "Un titre d'article",
            PARA,
            "Publicité",
            PARA2,
            "Les plus lus",
            "Une autre histoire que le lecteur pourrait aimer lire après celle-ci, avec des mots de liaison et une fin.",
        ];
        let c = classes(&lines);
        assert_eq!(main_block(&lines, &c), Some((4, 6)));
        assert_eq!(main_block(&["* Accueil", "Contact"], &classes(&["* Accueil", "Contact"])), None);
    }
    #[test]
    fn a_long_read_goes_on_past_a_section_break_it_prints_inside_too_but_not_into_teasers() {
        let section = |heading: &'static str, body: &[&'static str]| -> Vec<&'static str> {
            let mut v = vec!["______________________________", "", heading, "", "(BUTTON)", ""];
            for b in body {
                v.extend([*b, ""]);
            }
            v
        };
        let mut page = vec!["Menu", "", "Home", ""];
        page.extend(section(
            "Why offline matters",
            &[
                "Modern software is built on a fragile assumption: that the network is always available to every device.",
                "Trains lose connectivity, factories operate behind firewalls, and hospitals isolate their systems.",
                "And yet we keep building applications that stop working the moment the network disappears.",
                "This is not a limitation of hardware, it is a limitation of the way software is designed.",
            ],
        ));
        page.extend(section(
            "The network is not the computer",
            &[
                "For the last decade, we have treated the network as the default place where software runs.",
                "Computation, storage and application logic are centralized and always remote from the device.",
                "This model breaks under real conditions.",
                "Latency is unpredictable.",
            ],
        ));
        let end_of_block = page.len() - 2;
        // Short sentences only: the break and its lines outweigh them.
        page.extend(section(
            "Software must survive",
            &[
                "Applications should not stop when the network degrades.",
                "They should not lose data when a service is down.",
                "An application that cannot work offline is not resilient.",
                "Offline is the baseline for software.",
            ],
        ));
        page.extend(section(
            "Where the network helps",
            &[
                "The network exists to coordinate the devices and their software, not to control them.",
                "It is the way forward.",
            ],
        ));
        page.extend(["12", "", "Share", ""]);
        let c = classes(&page);
        let grown = main_block(&page, &c).map(|b| b.1);
        assert!(grown.is_some_and(|e| e > end_of_block + 6), "{grown:?} {end_of_block}");
        assert!(
            resumes_section(&page, &c, (0, end_of_block), &repeat_counts(&page)).is_some_and(|k| k > end_of_block + 6)
        );
        // Teasers' titles after a break are no section: headings, no prose.
        let mut teasers: Vec<&str> = page[..end_of_block + 2].to_vec();
        teasers.extend([
            "______________________________",
            "",
            "(BUTTON)",
            "",
            "More from the network desk",
            "",
            "Why the network of trains is failing the devices",
            "Offline storage for hospitals under review",
            "Factories and their firewalls, a decade on",
            "The network is always available, says a new report.",
            "",
            "The network desk covers the devices and the software of the network for the region.",
        ]);
        let c = classes(&teasers);
        assert_eq!(resumes_section(&teasers, &c, (0, end_of_block), &repeat_counts(&teasers)), None);
    }
}
