//! Bylines and names: `Par X`, `By X and Y`, a bare name, a wire credit.

use super::lexicon::{
    AGENCIES, BYLINE_PREFIXES, BYLINE_TAILS, DESK_MENU_WORDS, DESK_WORDS, EN_STOPWORDS, FR_STOPWORDS, NAMELESS_BYLINES,
    NAME_JOINERS, NOT_NAMES, STAMP_WORDS, WIRE_SUFFIXES,
};
/// `AFP`, `Reuters`, `Le Figaro avec AFP`: a wire or outlet credit line.
pub(super) fn is_agency(l: &str) -> bool {
    let t = l.trim().trim_matches(['(', ')', '-', '—', ' ']).to_lowercase();
    AGENCIES.contains(&t.as_str())
        || (l.split_whitespace().count() <= 6 && WIRE_SUFFIXES.iter().any(|w| t.ends_with(w)))
}

/// Whether a byline's text is a wire's credit, its wire in brackets too (`La Provence (avec
/// AFP)`): a signature kept as printed. [`is_agency`] keeps the brackets, for the page's
/// markup, which names such a credit as its author.
fn is_wire_credit(l: &str) -> bool {
    is_agency(&l.replace(['(', ')'], " ").split_whitespace().collect::<Vec<_>>().join(" "))
}

/// `- Adam Jones`, `par Jessie Neal`, `By Jane Doe | Reuters`, `Par X, correspondant à Y`,
/// `By X and Y`: `Some(name)` if the line is a byline, `Some(None)` for a byline that names no
/// person (`Par Le Figaro avec AFP`).
pub(super) fn byline(l: &str) -> Option<Option<String>> {
    // An image's name a text browser prints before the byline (`[e3d6d9] By Jane Roe`).
    let t = l.trim();
    let t = match t.strip_prefix('[').and_then(|r| r.split_once(']')) {
        Some((name, rest)) if name.len() <= 40 && !name.contains(' ') => rest.trim(),
        _ => t,
    };
    let lower = t.to_lowercase();
    // `- Adam Jones` signs a text; `• Dive Deeper` is an item of a menu of buttons.
    if let Some(r) = t.strip_prefix("- ") {
        let r = r.trim();
        let r = strip_ci_prefix(r, "par ").or_else(|| strip_ci_prefix(r, "by ")).unwrap_or(r);
        return byline_names(r).map(Some);
    }
    if NAMELESS_BYLINES.iter().any(|p| lower.starts_with(p)) && t.split_whitespace().count() <= 10 {
        // `De notre correspondant à Moscou`: a byline with no name, or its name after a comma.
        return Some(name_after_role(t));
    }
    let p = BYLINE_PREFIXES.iter().find(|p| lower.starts_with(*p))?;
    let rest = t.get(p.len()..)?.trim();
    // `Par La Provence (avec AFP)`: a credit, kept whole by [`credit`], not a name cut at its
    // bracket.
    if *p != "de " && is_wire_credit(rest) && !is_agency(rest) {
        return Some(None);
    }
    // `Par notre correspondante à Rome, Jane Roe`: the name after the role and its place.
    if let Some(n) = name_after_role(rest) {
        return Some(Some(n));
    }
    // `By Kulu Media News Desk`: the whole collective signature, not the names before its desk.
    if let Some(d) = desk_credit(rest) {
        return Some(Some(d));
    }
    if let Some(n) = byline_names(rest) {
        return Some(Some(n));
    }
    // `By political reporter Jane Smith`, `Par notre envoyée spéciale Marie Dupont`: a role
    // in lower case before the name.
    if *p != "de " {
        let words: Vec<&str> = rest.split_whitespace().collect();
        let role = words.iter().take_while(|w| w.chars().next().is_some_and(char::is_lowercase)).count();
        // `By default, the new Pixel Quick Tap…`, `Par ailleurs, le président…`: a sentence's
        // opening clause, not a role (a role has no clause's comma, no English article).
        let clause = words[..role].iter().any(|w| w.ends_with([',', ';', ':']) || matches!(*w, "the" | "a" | "an"));
        if (1..=4).contains(&role) && role < words.len() && !clause {
            let from = rest.find(words[role]).unwrap_or(0);
            if let Some(n) = byline_names(&rest[from..]) {
                return Some(Some(n));
            }
        }
    }
    // `de ` opens too many sentences to stand for a byline without a name.
    let outlet = *p != "de "
        && rest.split_whitespace().count() <= 8
        && !rest.ends_with(['.', '!', '?', '…', ':'])
        && rest.chars().next().is_some_and(char::is_uppercase);
    outlet.then_some(None)
}

/// Possessives that open a reporter's role (`notre envoyée spéciale`, `our correspondent`).
const ROLE_OPENERS: [&str; 5] = ["notre", "nos", "our", "de notre", "from our"];

/// `notre correspondante à Rome, Jane Roe`, `De notre envoyé spécial à Kiev, Jane Roe`: the
/// names after a role opened with a possessive and a comma.
fn name_after_role(rest: &str) -> Option<String> {
    let (head, tail) = rest.rsplit_once(", ")?;
    let lower = head.to_lowercase();
    let role = ROLE_OPENERS.iter().any(|o| lower.strip_prefix(o).is_some_and(|r| r.starts_with(' ')));
    (role && head.split_whitespace().count() <= 8).then(|| byline_names(tail)).flatten()
}

pub(super) fn strip_ci_prefix<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    s.get(..prefix.len()).filter(|h| h.eq_ignore_ascii_case(prefix)).map(|_| &s[prefix.len()..])
}

/// The names of a byline, without what follows them (`, correspondant à Kyiv`, `| Reuters`,
/// `(Moscou)`).
pub(super) fn byline_names(rest: &str) -> Option<String> {
    // `By Jane Roe and John Doe Associated Press` reads as names to the end (four words each).
    if let Some(n) = names_before_outlet(rest) {
        return Some(n);
    }
    if let Some(n) = names(rest) {
        return Some(n);
    }
    // Where a byline's names end: a separator, or a stamp glued to them (`Jane SmithUpdated`).
    let cut = [
        " | ",
        ", ",
        " (",
        " – ",
        " — ",
        " - ",
        " / ",
        "·",
        "|",
        " • ",
        " http",
        // `ByJane Roe via logo`: a picture's text after the name.
        " via ",
        "Updated",
        "Published",
        "Publié",
        " Le :",
        " le ",
        " on ",
        " Last updated",
        " Last Updated",
        " Posted",
        " Mis à jour",
    ]
    .iter()
    .filter_map(|c| rest.find(c))
    // A count glued to the last name (`Jane Smith24 comments`): names have no digits.
    .chain(rest.find(|c: char| c.is_ascii_digit()))
    .filter(|&p| p > 0)
    .min();
    if let Some(n) = cut.and_then(|c| names(without_month(&rest[..c]))) {
        return Some(n);
    }
    // `By Jane Roe and John Doe The Associated Press`, `By Jane Roe Staff Writer`: the names,
    // then an outlet or a role in capitals with nothing between them. The longest run of
    // words from the start that reads as names.
    let words: Vec<&str> = rest.split_whitespace().collect();
    (2..words.len())
        .rev()
        .filter(|&n| words[n].chars().next().is_some_and(char::is_uppercase))
        // An article opens an outlet's name (`The Associated Press`), never a person's.
        .filter(|&n| !words[..n].iter().any(|w| w.eq_ignore_ascii_case("the")))
        .find_map(|n| names(&words[..n].join(" ")))
}

/// `MATIAS DELACROIX and REGINA GARCIA CANO Associated Press`, `Jane Roe and John Doe AFP`: the
/// names of a run that ends where an outlet's name starts. Names printed in capitals end at the
/// first word that is not (the outlet's name is printed as the page prints it); names in any
/// case end where the rest of the run is a wire's name.
fn names_before_outlet(rest: &str) -> Option<String> {
    let words: Vec<&str> = rest.split_whitespace().collect();
    let capitals = |w: &str| {
        let w = w.trim_end_matches([',', '.', ';', ':']);
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
    };
    let joiner = |w: &str| NAME_JOINERS.contains(&w) || w == ",";
    // The wire after the names co-signs the text: kept as a credit after them, as a byline's
    // `avec AFP` is (`Jane Roe, Associated Press`).
    let signed = |end: usize| {
        let n = names(&words[..end].join(" "))?;
        let tail = words[end..].join(" ");
        Some(if is_agency(&tail) { format!("{n}, {tail}") } else { n })
    };
    if let Some(n) = each_with_wire(&words) {
        return Some(n);
    }
    if words.first().is_some_and(|w| capitals(w)) {
        let end = words.iter().position(|w| !capitals(w) && !joiner(w)).unwrap_or(words.len());
        // The case changes inside the run: the names are the capitals before the change.
        if (2..words.len()).contains(&end) && words[end].chars().next().is_some_and(char::is_uppercase) {
            if let Some(n) = signed(end) {
                return Some(n);
            }
        }
    }
    (2..words.len()).find(|&n| is_agency(&words[n..].join(" "))).and_then(signed)
}

/// `JANE ROE Associated Press and JOHN DOE Associated Press`: co-authors who each sign with
/// the same wire. The names are joined as printed and the wire is kept once, so that no
/// co-author is lost at the first wire's name.
fn each_with_wire(words: &[&str]) -> Option<String> {
    let at = words.iter().position(|w| NAME_JOINERS.contains(w))?;
    let parts: Vec<&[&str]> = words.split(|w| NAME_JOINERS.contains(w)).collect();
    let mut wire: Option<String> = None;
    let mut signers = Vec::with_capacity(parts.len());
    for part in &parts {
        let end = (1..part.len()).find(|&n| is_agency(&part[n..].join(" ")))?;
        let tail = part[end..].join(" ");
        if wire.as_ref().is_some_and(|w| *w != tail) {
            return None;
        }
        wire = Some(tail);
        signers.push(names(&part[..end].join(" "))?);
    }
    Some(format!("{}, {}", signers.join(&format!(" {} ", words[at])), wire?))
}

/// The names before a stamp without the stamp's month (`Jane Roe January` of `by Jane Roe
/// January 18, 2017 11:00 PM`).
fn without_month(s: &str) -> &str {
    let t = s.trim_end();
    match t.rsplit_once(' ') {
        Some((head, last)) if crate::dates::month_word(last.trim_matches(|c: char| !c.is_alphabetic())).is_some() => {
            head
        }
        _ => s,
    }
}

/// `Marie Le Goff et Yann Kerbrat`, `JOHN LEICESTER and HANNA ARHIROVA`, `A, B et C`: one to
/// a few names, normalised, joined as written.
pub(super) fn names(s: &str) -> Option<String> {
    let s = s.trim().trim_end_matches(['.', ',']);
    // A button after the name (`Jane Smith Follow`).
    let s = BYLINE_TAILS.iter().find_map(|b| s.strip_suffix(b).filter(|r| r.ends_with(' '))).unwrap_or(s).trim();
    // A name printed twice by a page's markup (`Jane Smith Jane Smith`) is one name.
    let words: Vec<&str> = s.split_whitespace().collect();
    let half = words.len() / 2;
    let twice = words.len() >= 2 && words.len().is_multiple_of(2) && words[..half] == words[half..];
    let once = twice.then(|| words[..half].join(" "));
    let s = once.as_deref().unwrap_or(s);
    if s.chars().count() > 120 {
        return None;
    }
    // `Jane Roe avec AFP`: a wire or an outlet co-signing after a person's names, kept as
    // printed, as a credit is (an outlet's `Le Parisien avec AFP` is a credit's, [`credit`]).
    if let Some((head, tail)) = s.split_once(" avec ") {
        if let Some(n) = (cosigner(tail) && names_a_person(head)).then(|| names(head)).flatten() {
            return Some(format!("{n} avec {}", tail.trim()));
        }
    }
    if let Some(head) = glued_tail(s) {
        return names(head);
    }
    if let Some(n) = nicknamed(s) {
        return Some(n);
    }
    let mut groups: Vec<Vec<&str>> = vec![Vec::new()];
    let mut seps: Vec<String> = Vec::new();
    for w in s.split_whitespace() {
        if NAME_JOINERS.contains(&w) {
            seps.push(format!(" {w} "));
            groups.push(Vec::new());
        } else if let Some(w) = w.strip_suffix(',') {
            groups.last_mut()?.push(w);
            seps.push(", ".to_string());
            groups.push(Vec::new());
        } else {
            groups.last_mut()?.push(w);
        }
    }
    let mut out = String::new();
    for (i, g) in groups.iter().enumerate() {
        let name = g.join(" ");
        if !is_name(&name) {
            return None;
        }
        if i > 0 {
            out.push_str(&seps[i - 1]);
        }
        out.push_str(&normalise_name(&name));
    }
    Some(out)
}

/// What may follow `avec` after a byline's names: a wire (`AFP`, `l'AFP`, `agences`) or an
/// outlet's short name (`AFP Focus`, `Reuters`), up to three words, no sentence.
fn cosigner(tail: &str) -> bool {
    let words: Vec<&str> = tail.split_whitespace().collect();
    let wordy = |w: &&str| w.chars().all(|c| c.is_alphanumeric() || matches!(c, '\'' | '’' | '.' | '-'));
    let opens = words.first().is_some_and(|w| {
        let w = w.strip_prefix("l'").or_else(|| w.strip_prefix("l’")).unwrap_or(w);
        w.starts_with(char::is_uppercase) || w == "agences"
    });
    (1..=3).contains(&words.len()) && words.iter().all(wordy) && (opens || is_agency(tail))
}

/// `Nicole KarageorgiTrainee Reporter`, `Sophia MooreThe Daily Orange`: the text before a role
/// or an outlet a page's markup glues to the last name (no space between two elements). A glue
/// is a capital after four lower-case letters inside a word past the first (`McDonald`,
/// `FitzGerald`, `DeVries` are names); `None` where no word is glued so or only the first (a
/// brand's `StudyFinds`), an empty head where more than one is (tags glued together).
fn glued_tail(s: &str) -> Option<&str> {
    let mut seen_space = false;
    let mut lower_run = 0;
    let mut glues: Vec<(usize, bool)> = Vec::new();
    for (i, c) in s.char_indices() {
        if c.is_whitespace() {
            seen_space = true;
            lower_run = 0;
        } else if c.is_lowercase() {
            lower_run += 1;
        } else {
            if c.is_uppercase() && lower_run >= 4 {
                glues.push((i, seen_space));
            }
            lower_run = 0;
        }
    }
    match glues.as_slice() {
        // `StudyFinds Analysis`: a glue in the first word is a brand's, not two elements.
        [] | [(_, false)] => None,
        [(i, true)] => Some(&s[..*i]),
        // `BabiesCelebrity FamiliesTravis Barker`: a list of tags printed with no spaces,
        // no name.
        _ => Some(""),
    }
}

pub(super) fn closing_name(l: &str) -> Option<String> {
    let l = l.trim_start_matches(['-', '—', '–', ' ']).trim();
    is_name(l).then(|| normalise_name(l))
}

/// Two to four capitalised words of letters, apostrophes, hyphens and periods (`J.`), that
/// neither open with a byline's cue (`By Jane`: the cue a reading left on the name) nor end on a
/// function word (`Police Reports For`: a headline cut before its day).
pub(super) fn is_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let cue_first = words.first().is_some_and(|w| NAME_CUES.contains(&w.to_lowercase().as_str()));
    let function_last = words.last().is_some_and(|w| NAME_NEVER_ENDS.contains(&w.to_lowercase().as_str()));
    (2..=4).contains(&words.len())
        && !cue_first
        && !function_last
        && s.chars().count() <= 48
        // `Skillz Skillz Smart`: a word printed twice in a row is a menu's item doubled by its
        // markup (a picture's text, then the link's), not a person's given and family names.
        && !words.windows(2).any(|p| p[0] == p[1])
        && !words.iter().any(|w| {
            let w = w.to_lowercase();
            NOT_NAMES.contains(&w.as_str()) || STAMP_WORDS.contains(&w.as_str())
        })
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’' || c == '.')
                // `Bossleythoughtsstreamsportfolio`: menu words glued to a name are no name.
                && w.split(['-', '\'', '’', '.']).all(|p| p.chars().count() <= MAX_NAME_PART)
        })
}

/// Letters of the longest part of a name's word (between hyphens and apostrophes).
const MAX_NAME_PART: usize = 20;

/// Byline cues that a reading may leave before the names (`By Jane Roe , Oct 27`): never a
/// name's first word.
const NAME_CUES: [&str; 2] = ["by", "par"];

/// Function words (English, French) that never close a person's name: a run of capitalised
/// words ending on one is a headline's or a label's piece (`Police Reports For` of `Police
/// Reports For August 3`). Words that are also family names (`Le`, `Du`, `An`, `Au`, `To`)
/// are left out.
const NAME_NEVER_ENDS: [&str; 18] = [
    "for", "of", "and", "the", "with", "from", "at", "by", "or", "pour", "des", "les", "et", "aux", "sur", "avec",
    "dans", "par",
];

/// `Amanda "Tania Mae" Tan`: a name with a nickname in double quotes between its words, the
/// nickname kept as printed. `None` when the line holds no such nickname or the rest is no name.
fn nicknamed(s: &str) -> Option<String> {
    let words: Vec<&str> = s.split_whitespace().collect();
    let open = words.iter().position(|w| w.starts_with(['"', '“']))?;
    let close = open + words[open..].iter().position(|w| w.ends_with(['"', '”']))?;
    let inner: Vec<&str> = words[open..=close].iter().map(|w| w.trim_matches(['"', '“', '”'])).collect();
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic);
    let ok = open > 0 && close + 1 < words.len() && inner.len() <= 3 && inner.iter().all(capitalised);
    if !ok {
        return None;
    }
    let rest: Vec<&str> = words[..open].iter().chain(&words[close + 1..]).copied().collect();
    if !is_name(&rest.join(" ")) {
        return None;
    }
    let mut out: Vec<String> = rest.iter().map(|w| normalise_name(w)).collect();
    out.insert(open, words[open..=close].join(" "));
    Some(out.join(" "))
}

/// `Amaryllis BECAM` → `Amaryllis Becam`; names already in mixed case stay as written.
pub(super) fn normalise_name(s: &str) -> String {
    // In a name printed in mixed case, two capitals are initials (`JR Raphael`).
    let mixed = s.chars().any(char::is_lowercase);
    s.split_whitespace()
        .map(|w| {
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            if letters > 1 && !(mixed && letters == 2) && w.chars().all(|c| !c.is_lowercase()) {
                let mut out = String::new();
                let mut start = true;
                for c in w.chars() {
                    if start {
                        out.extend(c.to_uppercase());
                    } else {
                        out.extend(c.to_lowercase());
                    }
                    start = matches!(c, '-' | '\'' | '’' | '.');
                }
                out
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A credit that signs a text without naming a person: `Par Le Parisien avec AFP`,
/// `Sudouest.fr avec AFP`, `Afp`. The credit as printed, and the outlet it names when it names
/// one besides the wire.
pub(super) fn credit(l: &str) -> Option<(String, Option<String>)> {
    let t = l.trim().trim_start_matches(['-', '•', '*', ' ']).trim();
    let lower = t.to_lowercase();
    let rest = BYLINE_PREFIXES
        .iter()
        .filter(|p| **p != "de ")
        .find(|p| lower.starts_with(*p))
        .and_then(|p| t.get(p.len()..))
        .unwrap_or(t)
        .trim();
    let end = [" | ", " · ", " – ", " — ", ", "].iter().filter_map(|c| rest.find(c)).min().unwrap_or(rest.len());
    let rest = rest[..end].trim().trim_end_matches('.');
    if rest.is_empty() || rest.split_whitespace().count() > 7 || !is_wire_credit(rest) {
        return None;
    }
    let outlet = [" avec ", " with ", " and ", " et ", " (avec ", " (with "]
        .iter()
        .find_map(|sep| find_word(rest, sep).map(|p| rest[..p].trim()))
        .filter(|o| !o.is_empty() && !is_agency(o) && o.chars().next().is_some_and(char::is_uppercase))
        // `Jane Roe avec AFP`: a reporter with the wire, no outlet.
        .filter(|o| !names_a_person(o))
        .map(str::to_string);
    Some((rest.to_string(), outlet))
}

/// Whether a credit's head is a person's name (`Jane Roe`: a name opening with a common given
/// name) or a newsroom's (`La rédaction`), not an outlet's.
fn names_a_person(o: &str) -> bool {
    let folded = crate::text::fold(o);
    let first = folded.split_whitespace().next().unwrap_or("");
    (names(o).is_some() && super::given_names::is_given_name(first))
        || ["la redaction", "the newsroom", "the editors", "staff"].iter().any(|d| folded.starts_with(d))
}

/// `Sarah Barnacle   Worcester Telegram & Gazette`: a person's names and the outlet they write
/// for, printed as two cells of one row (a text browser parts the cells with three spaces or
/// more); the names open with a common given name (not a menu's `Privacy Policy   Terms`).
/// Kept as printed, `Name, Outlet`, as a wire after the names is (`Jane Roe, Associated
/// Press`), with the outlet. The second cell is an outlet's name: one to six words,
/// capitalised but for joiners (`&`, `of`, `de`), no digit, no sentence, not a person's name
/// (a co-author's cell).
pub(super) fn cell_credit(t: &str) -> Option<(String, String)> {
    let cells: Vec<&str> = t.trim().split("   ").map(str::trim).filter(|c| !c.is_empty()).collect();
    let [person, outlet] = cells.as_slice() else {
        return None;
    };
    let name = names(person).filter(|_| names_a_person(person))?;
    let words: Vec<&str> = outlet.split_whitespace().collect();
    let joiner = |w: &str| matches!(w, "&" | "of" | "de" | "du" | "des" | "the" | "and" | "et" | "la" | "le");
    let shaped = (1..=6).contains(&words.len())
        && words.first().is_some_and(|w| w.starts_with(char::is_uppercase))
        && words.iter().all(|w| {
            joiner(w)
                || (w.starts_with(char::is_uppercase)
                    && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\'' | '’' | '&')))
        })
        && !outlet.ends_with(['.', '!', '?', ':'])
        && !names_a_person(outlet);
    shaped.then(|| (format!("{name}, {outlet}"), outlet.to_string()))
}

/// `Kulu Media News Desk`, `Edge Delta Team`, `From staff reports`: a signature by an outlet's
/// desk rather than a person, kept as printed (its outlet's name alone would not sign it).
/// One to four capitalised words before the desk word, none of them a menu's (`Meet the Team`).
pub(super) fn desk_credit(l: &str) -> Option<String> {
    let t = l.trim().trim_start_matches(['-', '•', '*', ' ']).trim().trim_end_matches(['.', ',', '|', ' ']);
    let t = strip_ci_prefix(t, "from ").unwrap_or(t).trim();
    let lower = t.to_lowercase();
    if lower == "staff reports" || lower == "staff report" {
        let mut c = t.chars();
        return c.next().map(|f| f.to_uppercase().chain(c).collect());
    }
    if let Some(d) = desk_of_outlet(t) {
        return Some(d);
    }
    let desk = DESK_WORDS.iter().find(|d| lower.strip_suffix(*d).is_some_and(|h| h.ends_with(' ')))?;
    let head = t.get(..t.len() - desk.len())?.trim();
    let words: Vec<&str> = head.split_whitespace().collect();
    let ok = (1..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                && w.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '\'' | '’' | '&'))
                && !DESK_MENU_WORDS.contains(&w.to_lowercase().as_str())
        })
        && desk_cased(t.split_whitespace().skip(words.len()));
    ok.then(|| t.to_string())
}

/// Whether the desk's words after the outlet's name are printed as a signature prints them:
/// all capitalised (`News Desk`) or all in lower case after a name in capitals (`MLSsoccer
/// staff`, `Acme newsroom`), not mixed (`Acme News desk` is a heading's piece).
fn desk_cased<'a>(mut words: impl Iterator<Item = &'a str> + Clone) -> bool {
    words.clone().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        || words.all(|w| w.chars().all(|c| !c.is_uppercase()))
}

/// `La rédaction d'Allo Docteurs`, `La rédaction du Parisien`: a newsroom named with its outlet
/// after it, the whole line, kept as printed (a signature by no person).
fn desk_of_outlet(t: &str) -> Option<String> {
    let folded = crate::text::fold(t);
    let openers = ["la redaction d'", "la redaction d’", "la redaction de ", "la redaction du ", "la redaction des "];
    let opener = openers.iter().find(|o| folded.starts_with(*o))?;
    let outlet = t.get(t.char_indices().nth(opener.chars().count())?.0..)?.trim();
    let words: Vec<&str> = outlet.split_whitespace().collect();
    let ok = (1..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                && w.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '\'' | '’' | '&'))
        });
    ok.then(|| t.to_string())
}

/// Where a byline's prefix opens in a line and what follows it: at the start (any of
/// [`BYLINE_PREFIXES`] but `de `), after a space (`June 5, 2019 by luxurious`, `Publié le …
/// Par X`), or glued to the word before it by a page's markup (`Jane RoePar Jane Roe`). Each
/// opening gives the text after its prefix, with the prefix's own position.
pub(super) fn prefix_openings(t: &str) -> Vec<(usize, &str)> {
    let mut out: Vec<(usize, &str)> = Vec::new();
    let lower = t.to_lowercase();
    if lower.len() == t.len() {
        if let Some(p) = BYLINE_PREFIXES.iter().filter(|p| **p != "de ").find(|p| lower.starts_with(*p)) {
            if let Some(rest) = t.get(p.len()..) {
                out.push((0, rest.trim_start_matches([':', ' '])));
            }
        }
    }
    // `ByYi-Jin Yu via logo`: the prefix glued to the name after it (the page's markup puts
    // the name in a link of its own, and the text browser prints no space between them).
    for (i, _) in t.char_indices().filter(|&(i, _)| i == 0 || t[..i].ends_with(' ')) {
        if let Some(rest) = glued_prefix_rest(&t[i..]) {
            out.push((i, rest));
        }
    }
    let mut prev: Option<char> = None;
    for (i, c) in t.char_indices() {
        if let Some(q) = prev {
            let after_space = q == ' ';
            // A capital right after a lower-case letter: two pieces glued (`RoePar`).
            let glued = q.is_lowercase() && c.is_uppercase();
            if after_space || glued {
                // Glued, the piece is an element of its own, which may open with any prefix
                // (`Byline profile imageWritten by Jane Roe`: a picture's text before it).
                let glued_prefix = || BYLINE_PREFIXES.iter().copied().filter(|p| *p != "de ");
                let found = if glued {
                    glued_prefix().find(|p| t.get(i..i + p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)))
                } else {
                    None
                };
                match found {
                    Some(p) => out.push((i, t[i + p.len()..].trim_start_matches([':', ' ']))),
                    None => {
                        for p in ["par ", "by "] {
                            if t.get(i..i + p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)) {
                                out.push((i, t[i + p.len()..].trim_start_matches([':', ' '])));
                            }
                        }
                    }
                }
            }
        }
        prev = Some(c);
    }
    out
}

/// What follows `By` or `Par` glued to a capitalised word (`ByJane Roe`, `ParJane Roe`), where
/// the word goes on in lower case: a name's, not an acronym's (`BYU`) nor a word's (`Byte`).
fn glued_prefix_rest(t: &str) -> Option<&str> {
    let rest = t.strip_prefix("By").or_else(|| t.strip_prefix("Par"))?;
    let mut chars = rest.chars();
    let named = chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase);
    // `ByMATIAS DELACROIX`: a name printed in capitals, glued too; a word of capitals then
    // another word of capitals (one capitals word alone is an acronym's `ByUSA`).
    let first = rest.split_whitespace().next().unwrap_or("");
    let second = rest.split_whitespace().nth(1).unwrap_or("");
    let capitals = |w: &str| w.chars().count() >= 2 && w.chars().all(char::is_uppercase);
    let shouted = capitals(first) && capitals(second.trim_end_matches(','));
    (named || shouted).then_some(rest)
}

/// `By Ela on 31. October`, `by rawmeatcowboy 6`, `Par mhroorakvit mise à jour…`, `By
/// NEWSROOM`: a user name or a one-word signature right after a byline's prefix.
pub(super) fn one_word_signature(rest: &str) -> Option<String> {
    let first = rest.split_whitespace().next()?.trim_end_matches([',', '.', '|', ':', ';']);
    let w = handle(first)?;
    // A capital opening the next word may be the second half of a name `names` refused.
    let next = rest.split_whitespace().nth(1).unwrap_or("");
    // `By Amanda "Tania Mae" Tan`: a nickname in quotes goes on with the name.
    let name_goes_on = next.starts_with(['"', '“'])
        || next.chars().next().is_some_and(char::is_uppercase)
            && next.chars().all(char::is_alphabetic)
            && first.len() == rest.split_whitespace().next().unwrap_or("").len();
    // A particle then a capital goes on with a family name (`Sophie de Villeneuve dans …`).
    let particle =
        matches!(next, "de" | "du" | "des" | "d'" | "van" | "von" | "der" | "di" | "da" | "del" | "la" | "le")
            && rest.split_whitespace().nth(2).is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
    let name_goes_on = name_goes_on || particle;
    (!name_goes_on && signature_tail(rest, first)).then_some(w)
}

/// What may follow a one-word signature: nothing, a count or a stamp (`by rawmeatcowboy 6`,
/// `Par jroe mise à jour le …`, `By Ela on 31. October`), a separator; never the rest of a
/// sentence (`By using this website`, `par rapport à 2016`, `Par ailleurs, les …`).
fn signature_tail(rest: &str, word: &str) -> bool {
    let Some(at) = rest.find(word) else { return true };
    let after = &rest[at + word.len()..];
    if after.starts_with(',') {
        return false;
    }
    let after = after.trim_start_matches(['.', ':', ';', ' ']);
    let Some(next) = after.split_whitespace().next() else { return true };
    if next.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '|' | '·' | '•' | '-' | '–' | '—' | '(' | '/'))
    {
        return true;
    }
    let folded = crate::text::fold(after);
    if SIGNATURE_STAMP_CUES.iter().any(|c| folded.starts_with(c)) {
        return true;
    }
    // A connector then a day (`on 31. October`, `le 12 mai`).
    let connector = matches!(next.to_lowercase().as_str(), "on" | "le" | "at" | "il");
    if connector {
        let tail = after[next.len()..].trim_start();
        return tail.starts_with(|c: char| c.is_ascii_digit())
            || crate::dates::month_word(tail.split_whitespace().next().unwrap_or("")).is_some()
            || tail.to_lowercase().starts_with("y a ");
    }
    // A capital opens another piece (`By NEWSROOM Staff`), a lower-case word a sentence.
    !next.chars().next().is_some_and(char::is_lowercase)
}

/// Cues of a stamp that may follow a one-word signature (folded).
const SIGNATURE_STAMP_CUES: [&str; 10] =
    ["mis a jour", "mise a jour", "updated", "published", "posted", "publie", "modifie", "last ", "il y a", "ago"];

/// `(jba)`, `(ats/jba)`: the initials a text closes with, in brackets, alone on their line
/// (lower or upper case, two to four letters, groups joined by `/`, a wire's name but no word
/// such as `(sic)`, `(bis)` or `(les)`): the signature as printed, without its brackets.
pub(super) fn bracketed_signature(l: &str) -> Option<String> {
    let inner = l.trim().strip_prefix('(')?.strip_suffix(')')?;
    signature_initials(inner).then(|| inner.to_string())
}

/// `ats`, `ats/jba`: the same initials printed alone on their line without brackets, in lower
/// case only (a word in capitals alone on a line is an acronym's or a heading's) and at most
/// three letters a group (`tags`, `menu`, `home` are four). Like the bracketed ones, they sign
/// only where they close the text (the caller's test).
pub(super) fn bare_signature(l: &str) -> Option<String> {
    let t = l.trim();
    let ok = t.split('/').all(|g| g.chars().count() <= 3 && g.chars().all(char::is_lowercase)) && signature_initials(t);
    ok.then(|| t.to_string())
}

/// Whether `inner` is initials' groups joined by `/` (two to four letters each, all in lower
/// or all in upper case, a wire's name but no word).
fn signature_initials(inner: &str) -> bool {
    !inner.is_empty()
        && inner.split('/').all(|g| {
            let lower = g.to_lowercase();
            (2..=4).contains(&g.chars().count())
                && g.chars().all(char::is_alphabetic)
                && (g.chars().all(char::is_lowercase) || g.chars().all(char::is_uppercase))
                && (!NOT_NAMES.contains(&lower.as_str()) || is_agency(&lower))
                && !EN_STOPWORDS.contains(&lower.as_str())
                && !FR_STOPWORDS.contains(&lower.as_str())
                && !BRACKETED_WORDS.contains(&lower.as_str())
        })
}

/// Short words a text prints in brackets on a line of their own, never a signature.
const BRACKETED_WORDS: [&str; 6] = ["sic", "bis", "etc", "ter", "ndlr", "nldr"];

/// `T.G.`, `A.V`, `J.-M.B.`: a signature of two to four initials, each a capital closed by a
/// period (the last one's may be missing).
pub(super) fn initials(w: &str) -> Option<String> {
    let w = w.trim().trim_end_matches([',', ';', ':']);
    if !w.contains('.') {
        return None;
    }
    let parts: Vec<&str> = w.trim_end_matches('.').split('.').map(|p| p.trim_start_matches('-')).collect();
    let ok = (2..=4).contains(&parts.len())
        && parts.iter().all(|p| {
            let mut c = p.chars();
            c.next().is_some_and(char::is_uppercase) && c.next().is_none()
        });
    ok.then(|| w.to_string())
}

/// `Emmanuel Deonna, chercheur en sciences sociales`, `Jane Roe, de retour de Washington`,
/// `Jane Roe, CEPF®`: a name, a comma, then a role, a place or credentials (a few words that
/// open in lower case or are written in capitals), and no sentence.
pub(super) fn name_with_role(t: &str) -> Option<String> {
    let t = t.trim();
    if t.chars().count() > 90 || t.ends_with(['.', '!', '?', ':', '…']) {
        return None;
    }
    let (head, tail) = t.split_once(", ")?;
    let name = names(head).filter(|n| !n.contains(" et ") && !n.contains(" and "))?;
    let words: Vec<&str> = tail.split_whitespace().collect();
    let lower = words.first().is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase));
    let credentials = words.len() <= 2 && words.iter().all(|w| w.chars().all(|c| !c.is_lowercase()));
    ((1..=8).contains(&words.len())
        && (lower || credentials || job_title_opens(tail))
        && !tail.contains(['«', '"', '“']))
    .then_some(name)
}

/// Words of a job's title (folded): a name holding one is a role printed after the byline's
/// name (`General Editor`, `Staff Writer`), or a desk's signature.
pub(super) const JOB_WORDS: [&str; 20] = [
    "editor",
    "editors",
    "writer",
    "reporter",
    "correspondent",
    "columnist",
    "contributor",
    "contributing",
    "producer",
    "analyst",
    "journalist",
    "photographer",
    "journaliste",
    "redacteur",
    "redactrice",
    "correspondant",
    "correspondante",
    "chroniqueur",
    "chroniqueuse",
    "photographe",
];

/// `General Editor, F1Dec 19, 2023`, `CorrespondentDec 22, 2023`: a job's title in capitals
/// opens the text after a name's comma (its first piece, up to three words, one of them
/// opening with a job's word, a stamp glued to it or not).
pub(super) fn job_title_opens(tail: &str) -> bool {
    let piece = tail.split(',').next().unwrap_or("");
    let words: Vec<&str> = piece.split_whitespace().collect();
    words.len() <= 3
        && words.iter().any(|w| {
            let folded = crate::text::fold(w);
            JOB_WORDS.iter().any(|j| folded.starts_with(j))
        })
}

/// `Jose AltoverosView More Articles`: a name glued by a page's markup to the piece after it
/// (a capital right after a lower-case letter); the longest head of the line that reads as a
/// name.
pub(super) fn glued_name(t: &str) -> Option<String> {
    let t = t.trim();
    let mut prev = ' ';
    let mut cuts: Vec<usize> = Vec::new();
    for (i, c) in t.char_indices() {
        if prev.is_lowercase() && c.is_uppercase() {
            cuts.push(i);
        }
        prev = c;
    }
    // A short head is a prefix of the family name (`McIntyre`, `MacArthur`, `DeShawn`).
    let long_head = |i: usize| t[..i].rsplit(' ').next().is_some_and(|w| w.chars().count() >= 4);
    cuts.iter().rev().filter(|&&i| long_head(i)).find_map(|&i| names(&t[..i]))
}

/// `… hates CNN. Peter Weber`: a signature a text browser printed on the last line of the text,
/// after its last sentence, with no stop of its own.
pub(super) fn tail_name(t: &str) -> Option<String> {
    let t = t.trim();
    if t.ends_with(|c: char| !c.is_alphabetic()) {
        return None;
    }
    let (head, tail) = t.rsplit_once(". ")?;
    (head.split_whitespace().count() >= 6 && tail.split_whitespace().count() <= 3).then(|| names(tail)).flatten()
}

/// A user name of one word (`CarolRomig`, `jroe_42`): letters, digits and `_`, opening with a
/// letter, 3 to 30 characters, not a word of the language (`Staff`, `admin` are kept: they
/// are what the page prints).
pub(super) fn handle(w: &str) -> Option<String> {
    let w = w.trim().trim_start_matches('@');
    let ok = (3..=30).contains(&w.chars().count())
        && w.chars().next().is_some_and(char::is_alphabetic)
        && w.chars().all(|c| c.is_alphanumeric() || c == '_')
        && !EN_STOPWORDS.contains(&w.to_lowercase().as_str())
        && !FR_STOPWORDS.contains(&w.to_lowercase().as_str());
    ok.then(|| w.to_string())
}

/// `Par La rédaction marie france https://…`, `By The Associated Press`: what a byline's prefix
/// names when it is no person: a short label opening with a capital, cut where a stamp, a
/// link or a separator starts.
pub(super) fn prefixed_label(rest: &str) -> Option<String> {
    let cut = [
        " http",
        "http",
        " | ",
        "|",
        " · ",
        "·",
        " • ",
        " - ",
        " / ",
        " – ",
        " — ",
        ", ",
        " (",
        " Publié",
        " publié",
        " Mis à jour",
        " mis à jour",
        " Updated",
        " Published",
        " le ",
        " Le ",
        " on ",
        " On ",
        " Il y a",
        " il y a",
        "•",
    ]
    .iter()
    .filter_map(|c| rest.find(c))
    .chain(label_digit_cut(rest))
    .min()
    .unwrap_or(rest.len());
    let label = rest[..cut].trim().trim_end_matches([',', ':', ';', '/']).trim();
    // A button after the label (`FRANCE 24 Suivre`).
    let label =
        BYLINE_TAILS.iter().find_map(|b| label.strip_suffix(b).filter(|r| r.ends_with(' '))).unwrap_or(label).trim();
    let words = label.split_whitespace().count();
    // `par SMS au 41555`: a clause cut at its number ends on a function word; a name never does.
    let last = label.split_whitespace().last().unwrap_or("").to_lowercase();
    let cut_clause = words >= 2 && (EN_STOPWORDS.contains(&last.as_str()) || FR_STOPWORDS.contains(&last.as_str()));
    let ok = (1..=6).contains(&words)
        && !cut_clause
        && label.chars().count() <= 60
        && label.chars().next().is_some_and(char::is_uppercase)
        && !label.ends_with(['.', '!', '?', '…'])
        && !label.contains(['«', '»', '"', '“', '?', '!']);
    ok.then(|| label.to_string())
}

/// Where digits end a label: at the first digit, unless it is a short number standing as a
/// word of the label's name (`FRANCE 24`, `Europe 1`), with no day, clock or count after it,
/// or digits inside a word of letters (`In5D`, `Web3Wire`: a brand's name, where a count glued
/// to a name, `Smith24`, ends its word).
fn label_digit_cut(rest: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(p) = rest[from..].find(|c: char| c.is_ascii_digit()).map(|p| p + from) {
        let word = rest[p..].split_whitespace().next().unwrap_or("");
        let inside = rest[..p].ends_with(char::is_alphabetic)
            && word.trim_start_matches(|c: char| c.is_ascii_digit()).starts_with(char::is_alphabetic)
            && word.chars().all(char::is_alphanumeric);
        if inside {
            from = p + word.len();
            continue;
        }
        let after = rest[p + word.len()..].trim_start();
        let named = p > 0
            && rest[..p].ends_with(' ')
            && rest[..p].trim().chars().next().is_some_and(char::is_uppercase)
            && word.len() <= 3
            && word.chars().all(|c| c.is_ascii_digit())
            && !after.starts_with(|c: char| c.is_ascii_digit())
            && after.split_whitespace().next().is_none_or(|w| {
                crate::dates::month_word(w.trim_matches(|c: char| !c.is_alphabetic())).is_none()
                    && !w.chars().next().is_some_and(char::is_lowercase)
            });
        if !named {
            return Some(p);
        }
        from = p + word.len();
    }
    None
}

/// Labels that name the author before a separator, folded (`AUTHOR / Jane Roe`, `Auteur |
/// Jane Roe`): a page's markup prints the field's name, then its value.
const AUTHOR_LABELS: [&str; 7] = ["author", "authors", "auteur", "auteurs", "autrice", "auteur(e)", "written by"];

/// `AUTHOR / Jane Roe`, `Auteur | Jane Roe`, `Author - Jane Roe`: a label naming the author,
/// a separator, then the names (cut as a byline's are).
pub(super) fn labelled_byline(t: &str) -> Option<String> {
    let (head, rest) = t.trim().split_once(['/', '|', ':', '–', '—', '-'])?;
    let head = crate::text::fold(head.trim());
    if !AUTHOR_LABELS.contains(&head.as_str()) {
        return None;
    }
    byline_names(rest.trim())
}

/// The byte position of `sep` in `s`, whatever the case of `s`.
fn find_word(s: &str, sep: &str) -> Option<usize> {
    s.char_indices().map(|(i, _)| i).find(|&i| s.get(i..i + sep.len()).is_some_and(|h| h.eq_ignore_ascii_case(sep)))
}

/// Lower-case particles that stand between the capitalised words of a person's name (`Marie
/// de Villiers`, `Ursula von der Leyen`, `Alejandro de la Garza`), never first nor last.
const NAME_PARTICLES: [&str; 19] = [
    "de", "del", "della", "der", "den", "di", "da", "du", "des", "dos", "van", "von", "ter", "ten", "bin", "ibn", "la",
    "le", "y",
];

/// Whether a word (its closing punctuation cut) may be a word of a person's name: capitalised
/// letters, hyphens and apostrophes, an initial (`J.`), or an Arabic article glued to a
/// capitalised word (`al-Masri`); no stamp's cue, no month, no word [`NOT_NAMES`] lists.
fn name_word(w: &str) -> bool {
    let core = w.strip_prefix("al-").or_else(|| w.strip_prefix("el-")).unwrap_or(w);
    let lower = w.to_lowercase();
    core.chars().next().is_some_and(char::is_uppercase)
        && core.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’' || c == '.')
        && core.split(['-', '\'', '’', '.']).all(|p| p.chars().count() <= MAX_NAME_PART)
        && !NOT_NAMES.contains(&lower.as_str())
        && !STAMP_WORDS.contains(&lower.as_str())
        && crate::dates::month_word(w.trim_end_matches('.')).is_none()
}

/// The runs of a line's words shaped like a person's name, wherever they stand in it (`[svg]by
/// Jane Roe`, `Jane Roe. Updated 3 May`, `Jane Roe et John Doe, édité par Ann Poe 14h59`): two
/// to four capitalised words, with particles between them (`de`, `van`, `al-`), co-authors
/// joined by `et`/`and`/`&`. A run ends at a word that is none of these, at a clause's
/// punctuation (not an initial's period) and at a bracket. What the line says around a run is
/// left to the ranker's features (a cue before it, a stamp next to it, the line's prose).
#[cfg(test)]
fn name_spans(t: &str) -> Vec<String> {
    name_spans_at(t).into_iter().map(|s| s.name).collect()
}

/// A name read by [`name_spans_at`], with where it stands among the line's words.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct NameSpan {
    /// The name, as [`normalise_name`] writes it.
    pub name: String,
    /// The index of the first and one past the last word of its run (a co-author's name
    /// carries the whole run's), counted over the line's whitespace-separated words.
    pub first: usize,
    pub end: usize,
}

/// The reader of [`name_spans_at`]: the names of the run of co-authors being read (each with
/// the joiner printed after it), the words of the current name, and where the run began.
struct SpanReader<'a> {
    joined: Vec<(String, &'a str)>,
    cur: Vec<&'a str>,
    first: Option<usize>,
    last: usize,
    out: Vec<NameSpan>,
}

impl<'a> SpanReader<'a> {
    fn push(&mut self, k: usize, w: &'a str) {
        if self.first.is_none() {
            self.first = Some(k);
        }
        self.last = k;
        self.cur.push(w);
    }

    fn close(&mut self) {
        if let Some(n) = span_name(&self.cur) {
            self.joined.push((n, ""));
        } else if let Some(last) = self.joined.last_mut() {
            last.1 = "";
        }
        if let (false, Some(first)) = (self.joined.is_empty(), self.first) {
            let all: String =
                self.joined.iter().map(|(n, j)| if j.is_empty() { n.clone() } else { format!("{n} {j} ") }).collect();
            let end = self.last + 1;
            self.out.push(NameSpan { name: all, first, end });
            if self.joined.len() >= 2 {
                self.out.extend(self.joined.iter().map(|(n, _)| NameSpan { name: n.clone(), first, end }));
            }
        }
        self.cur.clear();
        self.joined.clear();
        self.first = None;
    }
}

/// [`name_spans`] with where each name stands in the line.
pub(super) fn name_spans_at(t: &str) -> Vec<NameSpan> {
    let words: Vec<&str> = t.split_whitespace().collect();
    let mut r = SpanReader { joined: Vec::new(), cur: Vec::new(), first: None, last: 0, out: Vec::new() };
    for (k, raw) in words.iter().enumerate() {
        // An opening bracket or quote starts an element of its own.
        let opened = raw.starts_with(['(', '[', '"', '“', '«', '<']);
        if opened {
            r.close();
        }
        let w = raw.trim_start_matches(['(', '[', '"', '“', '«', '<']);
        let bare = w.trim_end_matches([',', ';', ':', '|', ')', ']', '»', '”', '"', '!', '?', '>']);
        let clause = bare.len() < w.len();
        // A period closes the name unless it closes an initial (`J.`, `J.R.`).
        let (bare, stop) = match bare.strip_suffix('.') {
            Some(b) if b.chars().filter(|c| c.is_alphabetic()).count() > 1 && !b.contains('.') => (b, true),
            _ => (bare, clause),
        };
        // The next word that is no particle (`von der Leyen`) must be a name's.
        let next_is_name = words[k + 1..]
            .iter()
            .map(|n| n.trim_end_matches([',', ';', ':', '.', ')']))
            .find(|n| !NAME_PARTICLES.contains(n))
            .is_some_and(name_word);
        // `By`, `Par`, `The`, `La` open a byline or an outlet's name, never a person's name.
        let opener = {
            let l = bare.to_lowercase();
            matches!(l.as_str(), "by" | "par" | "written" | "posted")
                || (r.cur.is_empty() && (EN_STOPWORDS.contains(&l.as_str()) || FR_STOPWORDS.contains(&l.as_str())))
        };
        let particle = !r.cur.is_empty() && !clause && NAME_PARTICLES.contains(&bare) && next_is_name;
        if (name_word(bare) && !opener) || particle {
            r.push(k, bare);
        } else if !r.cur.is_empty() && !clause && NAME_JOINERS.contains(&bare) && next_is_name {
            // `Jane Roe et John Doe`: the first name is kept, the run goes on.
            match span_name(&r.cur) {
                Some(n) => r.joined.push((n, bare)),
                None => r.close(),
            }
            r.cur.clear();
        } else {
            r.close();
        }
        if stop {
            r.close();
        }
    }
    r.close();
    r.out.dedup_by(|a, b| a.name == b.name);
    r.out
}

/// The name a run of words makes: two to four words that are not particles, the particles
/// between them, at most 48 characters; written as [`normalise_name`] writes it.
fn span_name(words: &[&str]) -> Option<String> {
    let proper = words.iter().filter(|w| !NAME_PARTICLES.contains(w)).count();
    let text = words.join(" ");
    let ok = (2..=4).contains(&proper)
        && text.chars().count() <= 48
        && words.last().is_some_and(|w| !NAME_PARTICLES.contains(w))
        // `Disclosure Disclosure`, `Recherche Recherche`: a label printed twice, no name.
        && words.iter().any(|w| !w.eq_ignore_ascii_case(words[0]))
        // A run of capitals is a heading or a menu (`LATEST NEWS`), unless the line prints the
        // name so among words in mixed case.
        && words.iter().any(|w| w.chars().any(char::is_lowercase));
    ok.then(|| normalise_name(&text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_printed_twice_in_a_row_makes_no_name() {
        assert!(!is_name("Skillz Skillz Smart"));
        assert!(is_name("Jane Roe"));
        assert!(is_name("Jean-Pierre Jean"));
        // Printed twice whole, the name is read once.
        assert_eq!(names("Jane Roe Jane Roe").as_deref(), Some("Jane Roe"));
    }

    #[test]
    fn name_spans_read_names_wherever_they_stand_in_a_line() {
        assert_eq!(name_spans("[svg][8c8c69a87d52]by Andrew Seymour"), vec!["Andrew Seymour"]);
        assert_eq!(name_spans("John Plunkett. Updated November 3rd, 2023"), vec!["John Plunkett"]);
        let got = name_spans("Aurélie Herbemont et Hadrien Bect, édité par Rémi Duchemin 14h59");
        assert_eq!(
            got,
            vec!["Aurélie Herbemont et Hadrien Bect", "Aurélie Herbemont", "Hadrien Bect", "Rémi Duchemin"]
        );
        assert_eq!(name_spans("Par Ursula von der Leyen, à Bruxelles"), vec!["Ursula von der Leyen"]);
        assert_eq!(
            name_spans("Text by Ahmed al-Masri and J. R. Smith"),
            vec!["Ahmed al-Masri and J. R. Smith", "Ahmed al-Masri", "J. R. Smith"]
        );
        assert!(name_spans("LATEST NEWS FROM THE WORLD").is_empty());
        assert!(name_spans("Le 3 mars à 10h").is_empty());
    }

    #[test]
    fn a_name_and_its_outlet_in_two_cells_read_as_printed() {
        assert_eq!(
            cell_credit("Sarah Barnacle   Worcester Telegram & Gazette"),
            Some(("Sarah Barnacle, Worcester Telegram & Gazette".into(), "Worcester Telegram & Gazette".into()))
        );
        assert_eq!(
            cell_credit("  Jim Walsh      Cherry Hill Courier-Post "),
            Some(("Jim Walsh, Cherry Hill Courier-Post".into(), "Cherry Hill Courier-Post".into()))
        );
        // One cell, a sentence, a day, a co-author or a third cell: no credit.
        assert_eq!(cell_credit("Sarah Barnacle Worcester Telegram & Gazette"), None);
        assert_eq!(cell_credit("Sarah Barnacle   Police say the driver fled."), None);
        assert_eq!(cell_credit("Sarah Barnacle   March 3, 2024"), None);
        assert_eq!(cell_credit("Sarah Barnacle   John Smith"), None);
        assert_eq!(cell_credit("Sarah Barnacle   Acme Gazette   Opinion"), None);
        assert_eq!(cell_credit("Privacy Policy   Terms of Use"), None);
    }

    #[test]
    fn a_role_before_the_name_is_read_but_a_sentence_clause_is_not() {
        assert_eq!(byline("By political reporter Jane Smith"), Some(Some("Jane Smith".into())));
        assert_eq!(byline("Par notre envoyée spéciale Marie Dupont"), Some(Some("Marie Dupont".into())));
        assert_ne!(
            byline("By default, the new Pixel Quick Tap system can handle six different functions:"),
            Some(Some("Pixel Quick".into()))
        );
        assert_ne!(byline("By then, the Jane Roe Foundation had closed"), Some(Some("Jane Roe".into())));
        assert_eq!(byline("by Jane Roe January 18, 2017 11:00 PM PST"), Some(Some("Jane Roe".into())));
    }

    #[test]
    fn a_name_after_a_reporters_role_and_place_is_read() {
        assert_eq!(byline("Par notre correspondante à Rome, Jane Roe"), Some(Some("Jane Roe".into())));
        assert_eq!(byline("De notre envoyé spécial à Kiev, Jane Roe"), Some(Some("Jane Roe".into())));
        assert_eq!(byline("De notre correspondant à Moscou"), Some(None));
        assert_ne!(byline("Par la suite, Jane Roe a démissionné"), Some(Some("Jane Roe".into())));
        assert_ne!(byline("By default, Google Pixel"), Some(Some("Google Pixel".into())));
    }

    #[test]
    fn a_credit_names_an_outlet_never_a_person_or_a_newsroom() {
        assert_eq!(
            credit("Par Le Parisien avec AFP"),
            Some(("Le Parisien avec AFP".into(), Some("Le Parisien".into())))
        );
        assert_eq!(credit("Jane Roe avec AFP"), Some(("Jane Roe avec AFP".into(), None)));
        assert_eq!(credit("La rédaction avec AFP"), Some(("La rédaction avec AFP".into(), None)));
        // A wire in brackets: the credit as printed, not the outlet's name cut at the bracket.
        assert_eq!(byline("Par La Provence (avec AFP)"), Some(None));
        assert_eq!(
            credit("Par La Provence (avec AFP)"),
            Some(("La Provence (avec AFP)".into(), Some("La Provence".into())))
        );
    }

    #[test]
    fn counts_buttons_and_doubled_names_are_not_part_of_a_byline() {
        assert_eq!(byline("By Jane Roe and John S. Doe24 comments"), Some(Some("Jane Roe and John S. Doe".into())));
        assert_eq!(byline("By Jane O’Roe Follow"), Some(Some("Jane O’Roe".into())));
        assert_eq!(names("Jane Roe Jane Roe").as_deref(), Some("Jane Roe"));
        assert_eq!(names("Logo-Mark Logo-Mark"), None);
        assert_eq!(byline("By Jane Roe Last updated"), Some(Some("Jane Roe".into())));
    }

    #[test]
    fn an_outlet_after_the_names_an_image_name_before_them_and_a_menu_bullet() {
        assert_eq!(byline("By JANE ROE and JOHN DOE The Associated Press"), Some(Some("Jane Roe and John Doe".into())));
        assert_eq!(byline("[e3d6d9295d] By Jane Roe Last updated Nov 8, 2023"), Some(Some("Jane Roe".into())));
        assert_eq!(byline("• Dive Deeper"), None);
        assert_eq!(byline("- Adam Jones"), Some(Some("Adam Jones".into())));
    }

    #[test]
    fn initials_stay_in_capitals_in_a_name_printed_in_mixed_case() {
        assert_eq!(normalise_name("JR Raphael"), "JR Raphael");
        assert_eq!(normalise_name("AMARYLLIS BECAM"), "Amaryllis Becam");
        assert_eq!(byline("By JR Raphael, Contributing Editor, Computerworld |"), Some(Some("JR Raphael".into())));
    }

    #[test]
    fn a_desk_signs_as_printed_and_a_menu_team_does_not() {
        assert_eq!(byline("By Acme Media News Desk"), Some(Some("Acme Media News Desk".into())));
        assert_eq!(desk_credit("Acme Team").as_deref(), Some("Acme Team"));
        assert_eq!(desk_credit("From staff reports").as_deref(), Some("Staff reports"));
        assert_eq!(desk_credit("Meet the Team"), None);
        assert_eq!(desk_credit("Our Team"), None);
        assert_eq!(desk_credit("team"), None);
        assert_eq!(desk_credit("The whole team"), None);
        assert_eq!(desk_credit("Acme staff").as_deref(), Some("Acme staff"));
        assert_eq!(desk_credit("Acme News desk"), None);
        assert_eq!(desk_credit("Our staff"), None);
    }

    #[test]
    fn a_label_naming_the_author_reads_like_a_prefix() {
        assert_eq!(labelled_byline("AUTHOR / Jane Roe").as_deref(), Some("Jane Roe"));
        assert_eq!(labelled_byline("Auteur | Jane Roe, Site").as_deref(), Some("Jane Roe"));
        assert_eq!(labelled_byline("Category / Jane Roe"), None);
        assert_eq!(labelled_byline("Author / the editors of the site"), None);
    }

    #[test]
    fn a_first_name_before_a_particle_is_no_one_word_signature() {
        assert_eq!(one_word_signature("Sophie de Villeneuve dans l'émission"), None);
        assert_eq!(one_word_signature("jroe le 12 mai").as_deref(), Some("jroe"));
    }

    #[test]
    fn a_one_word_signature_is_followed_by_a_stamp_or_nothing_never_a_sentence() {
        assert_eq!(one_word_signature("Ela on 31. October, 2023").as_deref(), Some("Ela"));
        assert_eq!(one_word_signature("mhroorakvit mise a jour le 26/02/2020").as_deref(), Some("mhroorakvit"));
        assert_eq!(one_word_signature("rawmeatcowboy 6").as_deref(), Some("rawmeatcowboy"));
        assert_eq!(one_word_signature("NEWSROOM").as_deref(), Some("NEWSROOM"));
        assert_eq!(one_word_signature("using this website, you consent"), None);
        assert_eq!(one_word_signature("rapport à 2016"), None);
        assert_eq!(one_word_signature("ailleurs, les acteurs"), None);
        assert_eq!(one_word_signature("police officers, President Obama said"), None);
    }

    #[test]
    fn initials_a_role_after_a_comma_and_glued_or_closing_names_are_read() {
        assert_eq!(initials("T.G.").as_deref(), Some("T.G."));
        assert_eq!(initials("J.-M.B.").as_deref(), Some("J.-M.B."));
        assert_eq!(initials("A.V").as_deref(), Some("A.V"));
        assert_eq!(initials("AFP"), None);
        assert_eq!(initials("U.S.A.F.R."), None);
        assert_eq!(initials("Dr."), None);
        assert_eq!(name_with_role("Jane Roe, chercheuse en sciences sociales").as_deref(), Some("Jane Roe"));
        assert_eq!(name_with_role("Jane Roe, CEPF®").as_deref(), Some("Jane Roe"));
        assert_eq!(name_with_role("Jane Roe, la ministre, a annoncé mardi une réforme."), None);
        assert_eq!(name_with_role("Paris, France"), None);
        assert_eq!(name_with_role("Jane Roe, General Editor, F1Dec 19, 2023, 05:30 PM").as_deref(), Some("Jane Roe"));
        assert_eq!(name_with_role("Jane Roe, CorrespondentDec 22, 2023, 10:15 PM").as_deref(), Some("Jane Roe"));
        assert_eq!(names("Jane Roethoughtsstreamsportfoliomisc"), None);
        assert_eq!(glued_name("Jane RoweView More Articles").as_deref(), Some("Jane Rowe"));
        assert_eq!(glued_name("Lee McIntyre"), None);
        assert_eq!(
            tail_name("Maybe this is why he apparently hates the network. Jane Roe").as_deref(),
            Some("Jane Roe")
        );
        assert_eq!(tail_name("He said it to Jane Roe."), None);
    }

    #[test]
    fn a_label_keeps_a_number_of_its_name_and_drops_a_button() {
        assert_eq!(prefixed_label("FRANCE 24 Suivre").as_deref(), Some("FRANCE 24"));
        assert_eq!(prefixed_label("Acme avec Newsgene•21/03/2022 à 14:40").as_deref(), Some("Acme avec Newsgene"));
        assert_eq!(prefixed_label("La rédaction 12 mai 2023").as_deref(), Some("La rédaction"));
        assert_eq!(prefixed_label("Acme 3 min").as_deref(), Some("Acme"));
    }

    #[test]
    fn a_nickname_in_quotes_stays_in_the_name() {
        assert_eq!(
            byline("By Amanda \"Tania Mae\" Tan November 19, 2023 7:18 pm"),
            Some(Some("Amanda \"Tania Mae\" Tan".into()))
        );
        assert_eq!(one_word_signature("Amanda \"Tania Mae\" Tan November 19"), None);
        assert_eq!(names("\"Tania Mae\" Tan"), None);
    }

    #[test]
    fn a_cue_never_opens_a_name_and_a_function_word_never_closes_one() {
        // A cue left on the name by a glued word's cut (`By AcmeHelper`) or a stamp's reading.
        assert_eq!(names("By Acme"), None);
        assert_eq!(names("Par Jeanne"), None);
        assert_eq!(names("River Town Notes For"), None);
        assert_eq!(names("Lettres de Lyon et"), None);
        // Family names that are also short words stay names.
        assert_eq!(names("Thuy Le").as_deref(), Some("Thuy Le"));
        assert_eq!(names("Lisa Du").as_deref(), Some("Lisa Du"));
        assert_eq!(names("Mina An").as_deref(), Some("Mina An"));
    }

    #[test]
    fn initials_in_brackets_alone_on_a_line_are_a_signature() {
        assert_eq!(bracketed_signature("(jba)").as_deref(), Some("jba"));
        assert_eq!(bracketed_signature(" (ats/jro) ").as_deref(), Some("ats/jro"));
        assert_eq!(bracketed_signature("(AFP)").as_deref(), Some("AFP"));
        assert_eq!(bracketed_signature("(photo)"), None);
        assert_eq!(bracketed_signature("(sic)"), None);
        assert_eq!(bracketed_signature("(les)"), None);
        assert_eq!(bracketed_signature("(Jba)"), None);
        assert_eq!(bracketed_signature("(jba) Lire aussi"), None);
        assert_eq!(bracketed_signature("(1)"), None);
        assert_eq!(bare_signature(" ats ").as_deref(), Some("ats"));
        assert_eq!(bare_signature("ats/jba").as_deref(), Some("ats/jba"));
        assert_eq!(bare_signature("ATS"), None);
        assert_eq!(bare_signature("tags"), None);
        assert_eq!(bare_signature("les"), None);
        assert_eq!(bare_signature("ats Lire"), None);
    }

    #[test]
    fn a_cosigning_wire_after_the_names_is_kept_as_printed() {
        assert_eq!(names("Jeanne Roux avec AFP").as_deref(), Some("Jeanne Roux avec AFP"));
        assert_eq!(names("Jeanne Roux avec l'AFP").as_deref(), Some("Jeanne Roux avec l'AFP"));
        assert_eq!(names("Jeanne Roux avec agences").as_deref(), Some("Jeanne Roux avec agences"));
        assert_eq!(names("Jeanne Roux avec Acme Focus").as_deref(), Some("Jeanne Roux avec Acme Focus"));
        // An outlet with the wire is a credit's reading, not names.
        assert_eq!(names("Le Journal avec AFP"), None);
        // A clause after `avec` is no credit.
        assert_eq!(names("Jeanne Roux avec ses enfants"), None);
        assert_eq!(names("Jeanne Roux avec Paul, Marc, Luc et Anne Dupuis"), None);
    }

    #[test]
    fn digits_inside_a_labels_word_stay_in_the_label() {
        assert_eq!(prefixed_label("Acme5D on May 29, 2018 in Travel").as_deref(), Some("Acme5D"));
        // A slash between the label and its day ends the label.
        assert_eq!(prefixed_label("AcmeHelper / 30/08/2024").as_deref(), Some("AcmeHelper"));
        assert_eq!(prefixed_label("Acme3Wire 12 mai 2023").as_deref(), Some("Acme3Wire"));
        // A count glued to the end of a word still cuts there.
        assert_eq!(prefixed_label("Acme Media24 comments").as_deref(), Some("Acme Media"));
    }

    #[test]
    fn stamp_cues_in_capitals_are_no_name() {
        assert_eq!(names("CRÉÉ LE"), None);
        assert_eq!(names("MIS À JOUR LE"), None);
        assert_eq!(names("Jane Roe").as_deref(), Some("Jane Roe"));
    }
}
