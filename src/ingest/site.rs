//! The site's own name, read from the page around the article: a whole-page dump prints it
//! in its furniture (the feed links a text browser lists first, `X » Feed`; the logo's link,
//! `X - Homepage`; the rights notice, `© 2023 X`; the `Headline | X` title line; a masthead
//! line printed again in menus and footers, `Suivre X`). Each of these readings names a
//! candidate; the lines that print a candidate again (alone, or closing a short menu line)
//! are its votes, and the most voted one is the site's name.
//!
//! The name sets the page's `outlet` when nothing else named it (a guessed field, listed in
//! `guessed`). It does not sign the text: tried as a byline candidate of the fitted ranking
//! (round 28), where the page printed no byline, it gained one author on the fit lists and
//! lost one on a check list.

use super::block::plain;
use super::boilerplate::is_outlet_name;
use super::byline::is_agency;
use super::lexicon::RIGHTS_WORDS;
use std::collections::{HashMap, HashSet};

/// Longer lines are prose, never a site's name nor a menu item that repeats it.
const MAX_LINE: usize = 60;
/// The first lines, where a text browser lists the page's feed links and the masthead stands.
const TOP_LINES: usize = 12;
/// The last lines, the page's footer.
const FOOTER_LINES: usize = 25;
/// More votes add nothing.
const MAX_VOTES: usize = 8;

/// How a line names the site.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Reading {
    /// A feed or publisher link (`#X » Feed`, `#publisher X`), the logo's link (`X -
    /// Homepage`), a host name printed alone at the top.
    Sure,
    /// A rights notice (`© 2023 X`): X may be the owning company; the title line (`Headline
    /// | X`): X may be a tag of the headline.
    Weak,
}

/// The page's site name as printed, when a line names it; `title` is the headline chosen,
/// whose title line (`Headline | Site`) names the site.
pub(super) fn site_name(lines: &[&str], title: Option<&str>) -> Option<String> {
    let mut found: Vec<(String, Reading)> = Vec::new();
    let mut filled = 0;
    let filled_total = lines.iter().filter(|l| !plain(l).0.is_empty()).count();
    for raw in lines {
        let (t, _) = plain(raw);
        if t.is_empty() {
            continue;
        }
        filled += 1;
        let top = filled <= TOP_LINES;
        if let Some(n) = top.then(|| feed_link(t)).flatten() {
            found.push((n, Reading::Sure));
        }
        if let Some(n) = home_link(t) {
            found.push((n, Reading::Sure));
        }
        // A rights notice without a year or its words names the site only in the footer
        // (`© Kak` under a cartoon credits its drawer).
        let footer = filled_total - filled < FOOTER_LINES;
        // The holder is often the owning company (`Scripps Media`), which the page prints
        // nowhere else: a weak reading.
        if let Some(n) = rights_holder(t).filter(|_| footer || has_year_or_rights(t)) {
            found.push((n, Reading::Weak));
        }
        // Weak too: what follows a headline may be its own tag (`Headline – VIDEO`).
        if let Some(n) = title.and_then(|ti| title_suffix(t, ti)) {
            found.push((n, Reading::Weak));
        }
        // A host name alone near the top is the logo's text.
        if let Some(n) = top.then(|| host_name(t)).flatten() {
            found.push((n, Reading::Sure));
        }
    }
    // One candidate per folded name: the first printed form, sure when one reading is.
    let mut names: Vec<(String, String, bool)> = Vec::new();
    for (n, r) in found {
        let k = key(&n);
        if k.is_empty() {
            continue;
        }
        match names.iter_mut().find(|(kk, _, _)| *kk == k) {
            Some(e) => e.2 |= r == Reading::Sure,
            None => names.push((k, n, r == Reading::Sure)),
        }
    }
    // Words printed in lower case on the page: a section's or a menu's words are (`health`,
    // `policy`), a site's name is not.
    let lower: HashSet<String> = lines
        .iter()
        .flat_map(|l| l.split(|c: char| !c.is_alphabetic()))
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase) && w.chars().count() >= 3)
        .map(str::to_string)
        .collect();
    names.retain(|(_, n, _)| {
        !n.split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty() && !super::block::is_stopword(w))
            .all(|w| lower.contains(&w.to_lowercase()))
    });
    if names.is_empty() {
        return None;
    }
    // Votes: short lines equal to the name or closing with it (`Services L'Obs`).
    let shorts: Vec<String> = lines
        .iter()
        .map(|l| plain(l).0)
        .filter(|t| !t.is_empty() && t.chars().count() <= MAX_LINE && t.split_whitespace().count() <= 6)
        .map(key)
        .collect();
    let mut votes: HashMap<&str, usize> = HashMap::new();
    for (k, _, _) in &names {
        let n = shorts.iter().filter(|s| *s == k || s.ends_with(&format!(" {k}"))).count();
        votes.insert(k.as_str(), n.min(MAX_VOTES));
    }
    // A sure reading outranks any number of weak ones (a menu item is printed again and
    // again), and counts once more itself (a feed link is no short line).
    let (k, name, sure) = names.iter().max_by_key(|(k, _, sure)| (*sure, votes[k.as_str()]))?;
    let v = votes[k.as_str()] + usize::from(*sure);
    // A weak reading must be printed again and again, and be no menu word (`Home`, `Accueil`).
    let ok = *sure || (v >= MIN_WEAK_VOTES && !common_words(name));
    ok.then(|| name.clone())
}

/// Lines that must print a name only read weakly (a masthead line, a host name).
const MIN_WEAK_VOTES: usize = 2;

/// Whether every word of the name is a common word (a menu's `Home`, `Top Stories`).
fn common_words(name: &str) -> bool {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| super::block::is_stopword(w) || super::lexicon::is_common_word(&crate::text::fold(w)))
}

/// The folded key a name is compared by: lower case, accents and punctuation gone, `www.` off.
fn key(s: &str) -> String {
    let f = crate::text::fold(s.trim());
    let f = f.strip_prefix("www.").unwrap_or(&f);
    f.split(|c: char| !c.is_alphanumeric() && c != '.').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// A name a site could go by: one to five words, no sentence, no rights words, no photo
/// credit (`/`), no wire (a wire credits a text, it is not the site).
fn is_site_shaped(s: &str) -> bool {
    let s = s.trim();
    let words = s.split_whitespace().count();
    let lower = s.to_lowercase();
    (1..=5).contains(&words)
        && s.chars().count() <= 40
        && s.chars().next().is_some_and(char::is_alphanumeric)
        && s.chars().any(char::is_alphabetic)
        && !s.ends_with(['!', '?', ':', ',', ';'])
        && !s.contains(['/', '@', '|', '»', '«', '(', ')', '[', ']', '#', '*', ','])
        // `Back to`, `FROM THE`: a link's words cut before the name.
        && !s.split_whitespace().last().is_some_and(super::block::is_stopword)
        // `Copyright Policy`, `| Health`: a menu's or a section's words.
        && !common_words(s)
        && !is_agency(s)
        && !RIGHTS_WORDS.iter().any(|w| lower.contains(w))
}

/// Whether a rights notice carries a year or a rights phrase (`© 2023 X`, `© X. All rights
/// reserved`).
fn has_year_or_rights(t: &str) -> bool {
    let lower = t.to_lowercase();
    RIGHTS_WORDS.iter().any(|w| lower.contains(w))
        || t.split(|c: char| !c.is_ascii_digit()).any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")))
}

/// `#X » Feed`, `#X » Comments Feed`, `#publisher X alternate`, `#X : Section`: the page's
/// link elements, which a text browser lists first, titled by the site.
fn feed_link(t: &str) -> Option<String> {
    let rest = t.strip_prefix('#')?.trim_start();
    let name = if let Some(r) = rest.strip_prefix("publisher ") {
        r.split(" alternate").next().unwrap_or(r)
    } else if let Some((n, _)) = rest.split_once(" » ") {
        n
    } else {
        rest.split_once(" : ").map(|(n, _)| n)?
    };
    let name = name.trim();
    let name = [" RSS Feed", " RSS", " Feed"].iter().find_map(|f| name.strip_suffix(f)).unwrap_or(name).trim();
    is_site_shaped(name).then(|| name.to_string())
}

/// `X - Homepage`, `Home page X`, `X – Page d'accueil`: the logo's link. Glued link texts
/// (`X - HomepageSkip to content`) are cut at the keyword.
fn home_link(t: &str) -> Option<String> {
    if t.chars().count() > MAX_LINE {
        return None;
    }
    // Found in `t` itself: a lower-cased copy's byte offsets differ from `t`'s where a letter
    // changes length (`İzmir`, the Kelvin sign).
    let (at, len) = ["homepage", "home page", "page d'accueil", "page d’accueil"]
        .iter()
        .find_map(|k| super::dateline::find_ci(t, k).map(|at| (at, k.len())))?;
    let seps: &[char] = &['-', '–', '—', '|', ':', ' '];
    let before = t[..at].trim_matches(seps);
    let after = t[at + len..].trim_matches(seps);
    let name = if before.is_empty() { after } else { before };
    is_site_shaped(name).then(|| name.to_string())
}

/// `© 2023 X`, `© Copyright 2025 - X`, `Copyright © X 2020. All rights reserved.`,
/// `www.x.fr © 2023`: the holder of the page's rights.
fn rights_holder(t: &str) -> Option<String> {
    if t.chars().count() > 120 {
        return None;
    }
    // `© Copyright 2025 - X`: the mark doubled, a dash after the year.
    let mut s = t.trim();
    let mut marked = false;
    while let Some(p) =
        ["©", "(c)", "copyright"].iter().find(|p| s.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)))
    {
        s = skip_years(s[p.len()..].trim_start());
        marked = true;
    }
    if marked {
        let name = holder_name(s);
        return (is_site_shaped(name) && is_outlet_name(name)).then(|| name.to_string());
    }
    // `www.x.fr © 2023`: the host before the mark.
    let (head, tail) = t.split_once('©')?;
    let tail = tail.trim();
    if tail.chars().all(|c| c.is_ascii_digit() || matches!(c, '-' | ' ' | '.')) {
        return host_name(head.trim());
    }
    None
}

/// What follows the years of a rights notice (`2021-2023 X`, `2023 - X`); other numbers are
/// the name's (`20 Minutes`).
fn skip_years(mut s: &str) -> &str {
    loop {
        let digits = s.chars().take_while(char::is_ascii_digit).count();
        let rest = if digits == 4 { &s[4..] } else { s };
        let rest = rest.trim_start_matches(['-', '–', ' ']);
        if rest.len() == s.len() {
            return s;
        }
        s = rest;
    }
}

/// The holder's name at the head of a rights notice: up to a comma, a bar, a dash between
/// spaces or a period closing a word of more than two letters (`St. Lucia Times. A Big Feat
/// Media Production.`, `U.S. News & World Report`), without a closing year (`Le Devoir 2002-`).
fn holder_name(s: &str) -> &str {
    let mut end = s.len();
    for (at, c) in s.char_indices() {
        let cut = match c {
            ',' | '|' => true,
            '.' => {
                let word = s[..at].rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
                let next = s[at + 1..].chars().next();
                word.chars().count() > 2 && next.is_none_or(char::is_whitespace)
            }
            _ => s[at..].starts_with(" - ") || s[at..].starts_with(" – "),
        };
        if cut {
            end = at;
            break;
        }
    }
    s[..end].trim().trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '-' | '–' | ' '))
}

/// `Headline | X`, `Headline - X`: the title line, which names the site after the headline.
fn title_suffix(t: &str, title: &str) -> Option<String> {
    let rest = t.strip_prefix(title)?.trim_start();
    let name = ["|", "-", "–", "—", ":", "·"].iter().find_map(|s| rest.strip_prefix(s))?.trim();
    is_site_shaped(name).then(|| name.to_string())
}

/// `sudinfo.be`, `www.LaDepeche.fr`: a host name printed alone, which names its site.
fn host_name(t: &str) -> Option<String> {
    let t = t.trim().trim_end_matches('.');
    let bare = t.strip_prefix("www.").unwrap_or(t);
    let (name, tld) = bare.rsplit_once('.')?;
    let ok = t.chars().count() <= 40
        && (2..=4).contains(&tld.len())
        && tld.chars().all(|c| c.is_ascii_lowercase())
        && !name.is_empty()
        && name.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '.'))
        && name.chars().next().is_some_and(char::is_alphabetic);
    ok.then(|| bare.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_reading_names_the_site() {
        assert_eq!(feed_link("#NOW Grenada » Feed NOW Grenada » Comments Feed").as_deref(), Some("NOW Grenada"));
        assert_eq!(feed_link("#publisher L'Obs alternate alternate").as_deref(), Some("L'Obs"));
        assert_eq!(feed_link("#Le Télégramme : Saint-Brieuc").as_deref(), Some("Le Télégramme"));
        assert_eq!(home_link("The Economist - HomepageSkip to content").as_deref(), Some("The Economist"));
        assert_eq!(home_link("Home page Le Télégramme").as_deref(), Some("Le Télégramme"));
        assert_eq!(rights_holder("© Copyright 2025 - Lesotho Times").as_deref(), Some("Lesotho Times"));
        assert_eq!(
            rights_holder("© NOW Grenada. All Rights Reserved. Published by Aqua").as_deref(),
            Some("NOW Grenada")
        );
        assert_eq!(rights_holder("Copyright NOW Grenada").as_deref(), Some("NOW Grenada"));
        assert_eq!(rights_holder("www.ladepeche.fr © 2023").as_deref(), Some("ladepeche.fr"));
        assert_eq!(title_suffix("Two arrested | The Daily Post", "Two arrested").as_deref(), Some("The Daily Post"));
        assert_eq!(host_name("sudinfo.be").as_deref(), Some("sudinfo.be"));
        // A photo credit, a sentence, a wire and a rights notice name no site.
        assert_eq!(rights_holder("© Jane Roe / AFP"), None);
        assert_eq!(rights_holder("Tous droits réservés"), None);
        assert_eq!(host_name("Il est parti."), None);
        assert!(!is_site_shaped("AFP"));
        assert!(!is_site_shaped("All rights reserved"));
        // Letters whose lower case has another length (`İ`, the Kelvin sign) move a lower-cased
        // copy's offsets: the keyword is found in the line itself.
        assert_eq!(home_link("Le İzmir - Homepage").as_deref(), Some("Le İzmir"));
        assert_eq!(home_link("\u{212A} Homepage").as_deref(), Some("\u{212A}"));
    }

    #[test]
    fn the_most_printed_name_is_the_site() {
        let page = [
            "#Acme Times » Feed Acme Times » Comments Feed",
            "Home",
            "Acme Times",
            "Two arrested after climate protest stops theatre play",
            "Police said on Tuesday that the two protesters had been released.",
            "Follow Acme Times",
            "© 2023 Acme Times. All rights reserved.",
        ];
        assert_eq!(site_name(&page, None).as_deref(), Some("Acme Times"));
        // The owner named by a rights notice alone, printed nowhere else, is not the site.
        let owned = ["Two arrested after climate protest", "Police said on Tuesday.", "© 2023 Acme Media Group"];
        assert_eq!(site_name(&owned, None), None);
        // A menu's word printed in lower case elsewhere is no site (`Copyright Policy`).
        let menu = ["Police said on Tuesday that the policy changed.", "Copyright Policy", "Copyright Policy"];
        assert_eq!(site_name(&menu, None), None);
        // The title line names the site.
        let titled = ["Two arrested | The Daily Post", "Two arrested", "Police said on Tuesday.", "The Daily Post"];
        assert_eq!(site_name(&titled, Some("Two arrested")).as_deref(), Some("The Daily Post"));
        let tagged = ["Two arrested – VIDEO", "Two arrested", "Police said on Tuesday."];
        assert_eq!(site_name(&tagged, Some("Two arrested")), None);
    }

    #[test]
    fn a_lone_menu_line_names_nothing() {
        let page = ["Home", "Two arrested after climate protest", "Police said on Tuesday that they were released."];
        assert_eq!(site_name(&page, None), None);
        assert_eq!(site_name(&[], None), None);
    }
}
