//! Raw article text, as pasted from the web, turned into clean Markdown and metadata.
//!
//! This is a first ingestion: headline, byline, date line, boilerplate, subheadings, bullets,
//! and a numbered source list with the markers glued to words that point to it. Everything
//! it guesses is marked as guessed so that a sidecar (which always wins) can correct it.

pub mod decode;
pub mod html;

pub use html::ingest_html;

use crate::dates::{Lang, PartialDate};

/// A source listed at the end of an article (`Sources`, `Notes`, `Références`) or in its
/// front matter, split into the fields the sources page shows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SourceEntry {
    /// The marker that points to it (`1` for `russes1.` or `[^1]`).
    pub label: String,
    /// The entry as written.
    pub text: String,
    /// Its title (the quoted part, or what precedes the first comma).
    pub title: Option<String>,
    /// Who published it.
    pub outlet: Option<String>,
    /// Its author, when given.
    pub author: Option<String>,
    /// Its date, when the entry ends with one.
    pub date: Option<PartialDate>,
    /// Its address, when given.
    pub url: Option<String>,
}

/// What ingestion found in a raw text.
#[derive(Debug, Clone, Default)]
pub struct Ingested {
    /// The headline, or a guess from the first sentence when the text has none.
    pub title: Option<String>,
    /// Whether `title` had to be made up from the body.
    pub title_guessed: bool,
    /// The byline.
    pub author: Option<String>,
    /// The date line.
    pub date: Option<PartialDate>,
    /// The body language, guessed from its words.
    pub language: Option<Lang>,
    /// A photo credit found above the headline.
    pub credit: Option<String>,
    /// The publication, when the page declares it or the text names it.
    pub outlet: Option<String>,
    /// The article's address, when a saved page declares it.
    pub url: Option<String>,
    /// The fields a saved page declares in its markup (not guessed from its text).
    pub declared: Vec<&'static str>,
    /// The clean body, as Markdown.
    pub markdown: String,
    /// The numbered sources the text ends with.
    pub sources: Vec<SourceEntry>,
}

/// Ingests the raw text of an article.
pub fn ingest_text(raw: &str) -> Ingested {
    let text = raw.trim_start_matches('\u{feff}').replace("\r\n", "\n").replace('\r', "\n");
    let mut lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let mut out = Ingested::default();

    if let Some((at, sources)) = find_source_list(&lines) {
        out.sources = sources;
        lines.truncate(at);
    }
    drop_boilerplate(&mut lines);
    while lines.last().is_some_and(|l| l.trim().is_empty()) {
        lines.pop();
    }

    // The header: everything before the first real paragraph.
    let mut body_start = 0;
    let mut title_candidates: Vec<String> = Vec::new();
    let mut updated: Option<PartialDate> = None;
    let mut first = true;
    for (i, line) in lines.iter().enumerate() {
        let l = line.trim();
        if l.is_empty() {
            continue;
        }
        // The very first line reads as a headline when it has no sentence break in it.
        let headline_first = first && looks_like_headline(l) && lines[i + 1..].iter().any(|n| !n.trim().is_empty());
        first = false;
        if looks_like_paragraph(l) && !headline_first && parse_date_line(l).is_none() {
            body_start = i;
            break;
        }
        body_start = i + 1;
        if let Some(last) = breadcrumb_last(l) {
            title_candidates.push(last);
        } else if let Some(d) = parse_date_line(l) {
            // The first publication date wins; an update counts only when nothing else dates it.
            if is_update_line(l) {
                updated.get_or_insert(d);
            } else {
                out.date.get_or_insert(d);
            }
        } else if let Some((d, name)) = date_with_byline(l) {
            out.date.get_or_insert(d);
            if out.author.is_none() {
                out.author = name;
            }
        } else if let Some(name) = byline(l) {
            if out.author.is_none() {
                out.author = name;
            }
        } else if out.credit.is_none() && out.title.is_none() && is_credit(l) {
            out.credit = Some(l.to_string());
        } else if out.title.is_none() && is_kicker(l, &lines[i + 1..]) {
            // `Opinion`, `Analyse` above the headline: a section label.
        } else if out.title.is_none() {
            out.title = Some(clean_title(l));
        } else if Some(clean_title(l)) == out.title {
            // A title repeated after a breadcrumb counts once.
        } else if out.author.is_none() && names(l).is_some() {
            // A bare name under the headline is its byline.
            out.author = names(l);
        } else if is_agency(l) {
            // `AFP`, `Le Monde avec AFP`: a wire credit, not a person.
        } else if is_header_label(l) && next_is_header_meta(&lines[i + 1..]) {
            // A kicker (`Note d'analyse`) or an affiliation between headline, byline and date.
        } else {
            // Not a header line after all: give it back to the body.
            body_start = i;
            break;
        }
    }
    if out.title.is_none() {
        out.title = title_candidates.pop().map(|t| clean_title(&t));
    }
    let mut body: Vec<&str> = lines[body_start..].to_vec();
    // A title repeated as the first body line.
    if let (Some(t), Some(first)) = (&out.title, body.iter().position(|l| !l.trim().is_empty())) {
        if clean_title(body[first].trim()) == *t {
            body.remove(first);
        }
    }
    scrub_opening(&mut body, &mut out, &mut updated);
    if out.date.is_none() {
        out.date = updated;
    }
    closing_credits(&mut body, &mut out);
    // A bare name closing the article is its byline.
    if let Some(last) = body.iter().rposition(|l| !l.trim().is_empty()) {
        if out.author.is_none() {
            if let Some(name) = closing_name(body[last].trim()) {
                out.author = Some(name);
                body.truncate(last);
            }
        }
    }
    let labels: Vec<&str> = out.sources.iter().map(|s| s.label.as_str()).collect();
    out.markdown = body_markdown(&body, &labels);
    if out.title.is_none() {
        out.title = first_sentence(&out.markdown).map(|s| crate::text::truncate_words(&s, 90));
        out.title_guessed = out.title.is_some();
    }
    out.language = guess_language(&out.markdown);
    out
}

/// Metadata that pages and reader exports put after the standfirst rather than above it: a
/// date line, a byline. Only the opening of the body is searched, before its second long
/// paragraph, so that a date or a name in the story is never taken.
fn scrub_opening(body: &mut Vec<&str>, out: &mut Ingested, updated: &mut Option<PartialDate>) {
    let mut seen = 0;
    let mut long = 0;
    let mut i = 0;
    while i < body.len() && seen < 8 && long < 2 {
        let l = body[i].trim();
        if l.is_empty() {
            i += 1;
            continue;
        }
        seen += 1;
        let mark = marked(l);
        let plain = mark.map_or(l, |(_, inner)| inner);
        // `AFP, publié le …`: a wire credit before the date line.
        let plain = match plain.split_once([',', '|', '-', '–']) {
            Some((agency, rest)) if is_agency(agency) => rest.trim(),
            _ => plain,
        };
        if plain.chars().count() > 100 {
            // Captions and headings are not the story's paragraphs.
            long += mark.is_none() as usize;
            i += 1;
            continue;
        }
        let taken = if let Some(d) = parse_date_line(plain) {
            if is_update_line(plain) {
                updated.get_or_insert(d);
            } else {
                out.date.get_or_insert(d);
            }
            true
        } else if let Some((d, name)) = date_with_byline(plain) {
            out.date.get_or_insert(d);
            if out.author.is_none() {
                out.author = name;
            }
            true
        } else if let Some(name) = byline(plain) {
            if out.author.is_none() {
                out.author = name;
            }
            true
        } else {
            false
        };
        if taken {
            body.remove(i);
        } else {
            i += 1;
        }
    }
}

/// `Mis à jour le …`, `Updated: …`: the date of a change, not of publication.
fn is_update_line(l: &str) -> bool {
    let t = l.trim().trim_start_matches(['-', '•', '*', ' ']).to_lowercase();
    [
        "mis à jour",
        "updated",
        "modifié",
        "modified",
        "actualisé",
        "last modified",
        "dernière mise à jour",
        "last updated",
    ]
    .iter()
    .any(|p| t.starts_with(p))
}

/// A one- or two-word section label (`Opinion`, `Analyse`, `Belarus`) right above a headline.
/// A label is one of the sections papers print above headlines, or any short line whose
/// headline is followed by a byline or a date line.
fn is_kicker(l: &str, rest: &[&str]) -> bool {
    const LABELS: [&str; 24] = [
        "opinion",
        "analyse",
        "analysis",
        "tribune",
        "éditorial",
        "editorial",
        "chronique",
        "interview",
        "entretien",
        "commentary",
        "comment",
        "exclusive",
        "exclusif",
        "décryptage",
        "enquête",
        "reportage",
        "portrait",
        "point de vue",
        "explainer",
        "fact check",
        "vidéo",
        "video",
        "témoignage",
        "focus",
    ];
    let words = l.split_whitespace().count();
    let mut next = rest.iter().enumerate().filter(|(_, n)| !n.trim().is_empty());
    let Some((at, headline)) = next.next().map(|(i, n)| (i, n.trim())) else { return false };
    let headline_ok = headline.split_whitespace().count() >= 4
        && looks_like_headline(headline)
        && headline.chars().next().is_some_and(char::is_uppercase)
        && parse_date_line(headline).is_none()
        && byline(headline).is_none();
    let label = LABELS.contains(&l.trim().trim_end_matches(':').to_lowercase().as_str());
    words <= 2 && !l.ends_with(['.', '!', '?']) && headline_ok && (label || next_is_header_meta(&rest[at + 1..]))
}

/// Credit lines closing a text: `© 2022 Le Courrier de Paris. Tous droits réservés.`,
/// `Source : La Voix de l'Est, 17 novembre 2022`. They name the outlet (and may date the
/// text); they are not part of it.
fn closing_credits(body: &mut Vec<&str>, out: &mut Ingested) {
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
}

fn credit_line(l: &str) -> Option<(String, Option<PartialDate>)> {
    if l.chars().count() > 120 {
        return None;
    }
    let lower = l.to_lowercase();
    let rest = if let Some(r) =
        ["©", "(c) ", "copyright ©", "copyright "].iter().find_map(|p| lower.starts_with(p).then(|| &l[p.len()..]))
    {
        // `© 2022 X`, `© X 2022`, `© 2021-2022 X`.
        let r = r.trim_start().trim_start_matches(|c: char| c.is_ascii_digit() || c == '-' || c == '–').trim();
        let end = r.find(['.', ',', '|']).or_else(|| r.find(" - ")).unwrap_or(r.len());
        let name = r[..end].trim().trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ').to_string();
        return is_outlet_name(&name).then_some((name, None));
    } else {
        ["source : ", "source: ", "source - "].iter().find_map(|p| lower.starts_with(p).then(|| &l[p.len()..]))?
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
fn is_outlet_name(s: &str) -> bool {
    let words = s.split_whitespace().count();
    (1..=7).contains(&words)
        && s.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && !s.ends_with(['!', '?', ':'])
        // `© Sergueï Gapon / AFP` credits a photo, not the text.
        && !s.contains('/')
        && !is_agency(s)
        && !["droits", "rights", "reserved", "réservés"].iter().any(|w| s.to_lowercase().contains(w))
}

fn looks_like_paragraph(l: &str) -> bool {
    let n = l.chars().count();
    // Headlines end with `?` or `!` as often as with nothing; paragraphs end with a period.
    let ends_sentence = l.ends_with(['.', '…', '»', '"', ':', ')']) || ends_with_marker(l);
    n > 160 || (n > 50 && ends_sentence && !l.starts_with("- "))
}

/// A first line with no sentence break in it and no closing period reads as a headline even
/// when it ends with a quote (`X : « … »`).
fn looks_like_headline(l: &str) -> bool {
    l.chars().count() <= 150
        && ![". ", "? ", "! ", "… "].iter().any(|b| l.contains(b))
        && !l.ends_with(['.', '…', ':', ';', ','])
        && !ends_with_marker(l)
}

/// `AFP`, `Reuters`, `Le Figaro avec AFP`: a wire or outlet credit line.
fn is_agency(l: &str) -> bool {
    const AGENCIES: [&str; 12] = [
        "afp",
        "reuters",
        "ap",
        "associated press",
        "agence france-presse",
        "belta",
        "tass",
        "ria novosti",
        "ukrinform",
        "interfax",
        "dpa",
        "anadolu",
    ];
    let t = l.trim().trim_matches(['(', ')', '-', '—', ' ']).to_lowercase();
    AGENCIES.contains(&t.as_str())
        || (l.split_whitespace().count() <= 6
            && [" avec afp", " with afp", " avec reuters", " with reuters", " avec ap", " with ap"]
                .iter()
                .any(|w| t.ends_with(w)))
}

/// A short line without a closing period: a kicker, a section label or an affiliation.
fn is_header_label(l: &str) -> bool {
    l.split_whitespace().count() <= 8 && l.chars().count() <= 70 && !l.ends_with(['.', '!', '?', '…', ':'])
}

/// Whether the next non-empty line is a byline, a bare name or a date line.
fn next_is_header_meta(rest: &[&str]) -> bool {
    rest.iter().map(|l| l.trim()).find(|l| !l.is_empty()).is_some_and(|n| {
        parse_date_line(n).is_some() || date_with_byline(n).is_some() || byline(n).is_some() || names(n).is_some()
    })
}

/// `Posted on December 21, 2022 by Tom Baker`, `Posted by Tom Baker on December 21, 2022`.
fn date_with_byline(l: &str) -> Option<(PartialDate, Option<String>)> {
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
    None
}

fn ends_with_marker(l: &str) -> bool {
    let t = l.trim_end_matches(|c: char| c.is_ascii_digit());
    t.len() < l.len() && t.ends_with(|c: char| c.is_alphabetic() || c == '»')
}

fn breadcrumb_last(l: &str) -> Option<String> {
    let parts: Vec<&str> = l.split(['»', '›']).map(str::trim).collect();
    let first = parts.first().map(|p| p.to_lowercase()).unwrap_or_default();
    let is_crumb = parts.len() >= 3 || (parts.len() == 2 && ["home", "accueil"].contains(&first.as_str()));
    is_crumb.then(|| parts.last().unwrap_or(&"").to_string()).filter(|s| !s.is_empty())
}

/// Strips what is not part of a headline: a trailing `– VIDEO`, surrounding quotes marks.
fn clean_title(l: &str) -> String {
    let mut t = l.trim().trim_start_matches(['#', ' ']).to_string();
    let upper = t.to_uppercase();
    // Upper-casing can change byte lengths (ß → SS): only cut when it did not.
    if upper.len() == t.len() {
        for suffix in ["VIDEO", "VIDÉO", "VIDEOS", "VIDÉOS", "PHOTOS", "PHOTO", "EN DIRECT", "LIVE", "DIRECT"] {
            for sep in [" – ", " - ", " — ", " | "] {
                let s = format!("{sep}{suffix}");
                if upper.ends_with(&s) && t.is_char_boundary(t.len() - s.len()) {
                    t.truncate(t.len() - s.len());
                    return t.trim().to_string();
                }
            }
        }
    }
    t.trim().to_string()
}

fn is_credit(l: &str) -> bool {
    let letters: Vec<char> = l.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    let all_caps = letters.len() >= 4 && upper * 10 >= letters.len() * 9;
    let lower = l.to_lowercase();
    all_caps
        && (l.contains('/') || lower.contains("photo") || lower.contains("afp") || l.split_whitespace().count() <= 5)
        || lower.starts_with("photo :")
        || lower.starts_with("crédit")
        || lower.starts_with("credit:")
}

/// `- Adam Jones`, `par Jessie Neal`, `By Jane Doe | Reuters`, `Par X, correspondant à Y`,
/// `By X and Y`: `Some(name)` if the line is a byline, `Some(None)` for a byline that names no
/// person (`Par Le Figaro avec AFP`).
fn byline(l: &str) -> Option<Option<String>> {
    let t = l.trim();
    let lower = t.to_lowercase();
    if let Some(r) = t.strip_prefix("- ").or_else(|| t.strip_prefix("• ")) {
        let r = r.trim();
        let r = strip_ci_prefix(r, "par ").or_else(|| strip_ci_prefix(r, "by ")).unwrap_or(r);
        return byline_names(r).map(Some);
    }
    const PREFIXES: [&str; 14] = [
        "propos recueillis par ",
        "un article de ",
        "written by ",
        "posted by ",
        "text by: ",
        "text by ",
        "words by ",
        "texte de ",
        "texte : ",
        "auteur : ",
        "author: ",
        "par ",
        "by ",
        "de ",
    ];
    if ["de notre ", "from our "].iter().any(|p| lower.starts_with(p)) && t.split_whitespace().count() <= 10 {
        // `De notre correspondant à Moscou`: a byline with no name.
        return Some(None);
    }
    let p = PREFIXES.iter().find(|p| lower.starts_with(*p))?;
    let rest = t.get(p.len()..)?.trim();
    if let Some(n) = byline_names(rest) {
        return Some(Some(n));
    }
    // `de ` opens too many sentences to stand for a byline without a name.
    let outlet = *p != "de "
        && rest.split_whitespace().count() <= 8
        && !rest.ends_with(['.', '!', '?', '…', ':'])
        && rest.chars().next().is_some_and(char::is_uppercase);
    outlet.then_some(None)
}

fn strip_ci_prefix<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    s.get(..prefix.len()).filter(|h| h.eq_ignore_ascii_case(prefix)).map(|_| &s[prefix.len()..])
}

/// The names of a byline, without what follows them (`, correspondant à Kyiv`, `| Reuters`,
/// `(Moscou)`).
fn byline_names(rest: &str) -> Option<String> {
    if let Some(n) = names(rest) {
        return Some(n);
    }
    let cut = [" | ", ", ", " (", " – ", " — ", " - ", " / "].iter().filter_map(|c| rest.find(c)).min()?;
    names(&rest[..cut])
}

/// `Marie Le Goff et Yann Kerbrat`, `JOHN LEICESTER and HANNA ARHIROVA`, `A, B et C`: one to
/// a few names, normalised, joined as written.
fn names(s: &str) -> Option<String> {
    let s = s.trim().trim_end_matches(['.', ',']);
    if s.chars().count() > 120 {
        return None;
    }
    let mut groups: Vec<Vec<&str>> = vec![Vec::new()];
    let mut seps: Vec<String> = Vec::new();
    for w in s.split_whitespace() {
        if ["et", "and", "&"].contains(&w) {
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

fn closing_name(l: &str) -> Option<String> {
    let l = l.trim_start_matches(['-', '—', '–', ' ']).trim();
    is_name(l).then(|| normalise_name(l))
}

/// Two to four capitalised words of letters, apostrophes, hyphens and periods (`J.`).
fn is_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    const NOT_NAMES: [&str; 8] = ["photo", "photos", "afp", "reuters", "getty", "images", "sputnik", "crédit"];
    (2..=4).contains(&words.len())
        && s.chars().count() <= 48
        && !words.iter().any(|w| NOT_NAMES.contains(&w.to_lowercase().as_str()))
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’' || c == '.')
        })
}

/// `Amaryllis BECAM` → `Amaryllis Becam`; names already in mixed case stay as written.
fn normalise_name(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            if letters > 1 && w.chars().all(|c| !c.is_lowercase()) {
                let mut out = String::new();
                let mut start = true;
                for c in w.chars() {
                    if start {
                        out.extend(c.to_uppercase());
                    } else {
                        out.extend(c.to_lowercase());
                    }
                    start = c == '-' || c == '\'' || c == '’';
                }
                out
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn contains_ascii_ci(hay: &str, needle: &str) -> bool {
    hay.as_bytes().windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// Removes boilerplate lines, and the linked headline a bare `À lire aussi` announces.
fn drop_boilerplate(lines: &mut Vec<&str>) {
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

/// Phrases that announce a link to another article.
const TEASERS: [&str; 12] = [
    "lire aussi",
    "à lire aussi",
    "a lire aussi",
    "lire également",
    "à lire également",
    "voir aussi",
    "read more",
    "read also",
    "see also",
    "related",
    "sur le même sujet",
    "also read",
];

/// `À lire aussi` alone on its line: the next line is the headline it links to.
fn is_teaser_label(l: &str) -> bool {
    let t = strip_dead_links(l.trim()).trim().trim_end_matches([':', ' ']).to_lowercase();
    TEASERS.contains(&t.as_str())
}

fn is_boilerplate(l: &str) -> bool {
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
    // `Lecture : 3 min`, `Temps de lecture 4 min.`, `5 min read`.
    if words.len() <= 6 && has_digit && t.contains("min") && (t.contains("lecture") || t.contains("read")) {
        return true;
    }
    // `Updated 2 hours ago`, `Mis à jour il y a 3 heures`: a time relative to the reading.
    if words.len() <= 7
        && has_digit
        && (t.ends_with(" ago") || t.contains(" il y a "))
        && ["updated", "published", "posted", "mis à jour", "publié", "modifié"].iter().any(|w| t.starts_with(w))
    {
        return true;
    }
    // Publishers' disclaimers under an opinion piece.
    if t.len() < 300
        && [
            "n'engagent que",
            "n’engagent que",
            "views expressed in this",
            "do not necessarily reflect",
            "views expressed are",
            "embed link",
            "embed code",
        ]
        .iter()
        .any(|w| t.contains(w))
    {
        return true;
    }
    if words.len() == 2
        && words[0].chars().all(|c| c.is_ascii_digit())
        && ["comment", "comments", "commentaire", "commentaires", "réaction", "réactions", "replies", "réponses"]
            .contains(&words[1])
    {
        return true;
    }
    const EXACT: [&str; 36] = [
        "lire la suite",
        "articles similaires",
        "related articles",
        "partager",
        "share",
        "share this",
        "share this article",
        "share this story",
        "partager cet article",
        "newsletter",
        "publicité",
        "advertisement",
        "sponsored",
        "contenu sponsorisé",
        "réagir",
        "commenter",
        "leave a comment",
        "leave a reply",
        "like this",
        "imprimer",
        "print",
        "email",
        "e-mail",
        "copier le lien",
        "copy link",
        "facebook",
        "twitter",
        "x",
        "whatsapp",
        "linkedin",
        "abonnez-vous",
        "s'abonner",
        "subscribe",
        "tweet",
        "voir les commentaires",
        "view comments",
    ];
    if EXACT.contains(&t.as_str()) || TEASERS.contains(&t.as_str()) {
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
    // `Partager sur Facebook`, `Share on X`, `Suivez-nous sur Instagram`.
    if words.len() <= 6
        && ["partager sur", "partager par", "share on", "share via", "envoyer par", "suivez-nous", "follow us"]
            .iter()
            .any(|p| t.starts_with(p))
    {
        return true;
    }
    (t.contains("cookie")
        && ["accept", "consent", "opt-out", "paramètres", "j'accepte", "j’accepte", "acceptez"]
            .iter()
            .any(|w| t.contains(w)))
        || (t.contains("newsletter")
            && ["inscri", "subscribe", "sign up", "abonne", "recevez", "get our", "receive"]
                .iter()
                .any(|w| t.contains(w))
            && t.len() < 200)
}

/// A date line of a header: `- [29/06/2026](#)`, `Publié le 19 décembre 2022 à 10h`,
/// `Updated: Dec 19, 2022`, `Updated 4:12 PM GMT, October 9, 2023`; of `Publié le … Mis à
/// jour le …`, the publication date.
pub fn parse_date_line(l: &str) -> Option<PartialDate> {
    let mut t = l.trim().trim_start_matches(['-', '•', '*', ' ']).trim().to_string();
    if t.starts_with('[') {
        if let Some(end) = t.find("](") {
            t = t[1..end].to_string();
        }
    }
    if t.chars().count() > 120 {
        return None;
    }
    // Only the publication date: cut at an update that follows it.
    for cut in [
        " mis à jour",
        " | ",
        " updated",
        " modifié le",
        " modified",
        " actualisé le",
        " last updated",
        " dernière mise à jour",
    ] {
        // Only after a date: `Last modified on …` is itself a date line.
        if let Some(p) = find_ci(&t, cut).filter(|&p| t[..p].contains(|c: char| c.is_ascii_digit())) {
            t.truncate(p);
        }
    }
    // Labels before the date, matched whatever their case; the date keeps its own case
    // (`May` is a month, `may` a verb).
    const LABELS: [&str; 30] = [
        "last modified on",
        "last modified",
        "issued on:",
        "issued on",
        "issued:",
        "mis en ligne le",
        "mis en ligne",
        "paru le",
        "first published on",
        "first published",
        "publié le",
        "publie le",
        "publié",
        "mis à jour le",
        "mis à jour",
        "updated on",
        "updated:",
        "updated",
        "published on",
        "published:",
        "published",
        "posted on",
        "posted:",
        "posted",
        "date:",
        "date :",
        "le ",
        "on ",
        ":",
        ",",
    ];
    let mut rest = t.trim();
    while let Some(label) =
        LABELS.iter().find(|label| rest.get(..label.len()).is_some_and(|h| h.to_lowercase() == **label))
    {
        rest = rest[label.len()..].trim_start();
    }
    let core = rest.split(" à ").next().unwrap_or(rest);
    let core = core.split(" at ").next().unwrap_or(core).trim();
    // Clock times and time zones around the date: `10:14 AM GMT`, `14h05`.
    let words: Vec<&str> = core.split_whitespace().filter(|w| !is_clock_word(w)).collect();
    if words.is_empty() || core.chars().count() > 60 {
        return None;
    }
    parse_written_date(words.join(" ").trim_matches([',', ' ', '-', '–', '|']))
}

/// `4:12`, `14h05`, `10h`, `PM`, `GMT,`: a word of a clock time.
fn is_clock_word(w: &str) -> bool {
    let w = w.trim_end_matches([',', '.']);
    const ZONES: [&str; 14] =
        ["AM", "PM", "am", "pm", "a.m", "p.m", "GMT", "UTC", "CET", "CEST", "BST", "ET", "EST", "EDT"];
    if ZONES.contains(&w) {
        return true;
    }
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

/// The byte position of `needle` (lower case) in `hay`, whatever the case of `hay`.
fn find_ci(hay: &str, needle: &str) -> Option<usize> {
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

/// Finds a numbered source list at the end: a heading line (`Sources`, `Notes`, `Références`)
/// followed by numbered entries. Returns the heading's line index and the entries.
fn find_source_list(lines: &[&str]) -> Option<(usize, Vec<SourceEntry>)> {
    const HEADINGS: [&str; 8] = [
        "sources",
        "source",
        "notes",
        "références",
        "references",
        "bibliographie",
        "bibliography",
        "notes et références",
    ];
    let at = lines.iter().rposition(|l| {
        let t = l.trim().trim_end_matches(':').trim().trim_start_matches('#').trim().to_lowercase();
        HEADINGS.contains(&t.as_str())
    })?;
    let mut entries = Vec::new();
    for l in &lines[at + 1..] {
        let t = l.trim();
        if t.is_empty() {
            continue;
        }
        let (label, rest) = numbered(t)?;
        entries.push(parse_source_entry(&label, rest));
    }
    (!entries.is_empty()).then_some((at, entries))
}

fn numbered(t: &str) -> Option<(String, &str)> {
    let t = t.trim_start_matches(['•', '-', '*', ' ']);
    if let Some(r) = t.strip_prefix('[') {
        let end = r.find(']')?;
        let n = &r[..end];
        return n.chars().all(|c| c.is_ascii_digit()).then(|| (n.to_string(), r[end + 1..].trim()));
    }
    let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
    let rest = t[digits.len()..].strip_prefix(['.', ')'])?;
    (!digits.is_empty()).then(|| (digits, rest.trim()))
}

/// Splits a bibliography entry into title, outlet, date and URL:
/// `« Belarus Says … », The Moscow Times, 10 octobre 2022.`
pub fn parse_source_entry(label: &str, text: &str) -> SourceEntry {
    let mut e = SourceEntry { label: label.to_string(), text: text.trim().to_string(), ..Default::default() };
    let mut rest = text.trim().to_string();
    if let Some(start) = rest.find("http://").or_else(|| rest.find("https://")) {
        let end = rest[start..].find(char::is_whitespace).map_or(rest.len(), |n| start + n);
        e.url = Some(rest[start..end].trim_end_matches(['.', ',', ')']).to_string());
        rest = format!("{}{}", &rest[..start], &rest[end..]);
    }
    let mut rest = rest.trim().trim_end_matches(['.', ',', ' ']).to_string();
    if let Some(comma) = rest.rfind(',') {
        if let Some(d) = parse_written_date(&rest[comma + 1..]) {
            e.date = Some(d);
            rest.truncate(comma);
        }
    } else if let Some(d) = parse_written_date(&rest) {
        e.date = Some(d);
        rest.clear();
    }
    let rest = rest.trim();
    let quoted = ["«", "\"", "“"].iter().find_map(|open| {
        let close = match *open {
            "«" => "»",
            "“" => "”",
            _ => "\"",
        };
        let s = rest.strip_prefix(open)?;
        let end = s.find(close)?;
        Some((s[..end].trim().to_string(), s[end + close.len()..].trim()))
    });
    let (title, after) = match quoted {
        Some((t, after)) => (t, after.trim_start_matches([',', ' ']).to_string()),
        None => match rest.split_once(", ") {
            Some((t, a)) => (t.to_string(), a.to_string()),
            None => (rest.to_string(), String::new()),
        },
    };
    e.title = (!title.is_empty()).then_some(title);
    e.outlet = (!after.trim().is_empty()).then(|| after.trim().to_string());
    e
}

/// A body line once paste splits are mended: a list item or not, and whether a blank line
/// came before it.
struct Block {
    item: bool,
    text: String,
    after_blank: bool,
    /// Marked up already, as a saved page's conversion or a Markdown paste writes it:
    /// `## Heading` or `*caption*`.
    marked: Option<Marked>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Marked {
    Heading,
    Caption,
}

/// `## Heading` (one to four `#`) or a whole line in `*…*`.
fn marked(l: &str) -> Option<(Marked, &str)> {
    let hashes = l.chars().take_while(|&c| c == '#').count();
    if (1..=4).contains(&hashes) && l[hashes..].starts_with(' ') && !l[hashes..].trim().is_empty() {
        return Some((Marked::Heading, l[hashes..].trim()));
    }
    let inner = l.strip_prefix('*')?.strip_suffix('*')?;
    let ok = !inner.is_empty() && !inner.starts_with([' ', '*']) && !inner.ends_with([' ', '*']);
    // Inner asterisks are written escaped (`\*`), so an unescaped one means another shape.
    let unescaped = inner.char_indices().any(|(i, c)| c == '*' && !inner[..i].ends_with('\\'));
    (ok && !unescaped).then_some((Marked::Caption, inner))
}

fn body_blocks(lines: &[&str]) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut blank = false;
    for line in lines {
        let l = line.trim();
        if l.is_empty() {
            blank = true;
            continue;
        }
        if let Some((kind, content)) = marked(l) {
            blocks.push(Block { item: false, text: content.to_string(), after_blank: blank, marked: Some(kind) });
            blank = false;
            continue;
        }
        let (item, content) =
            match l.strip_prefix("• ").or_else(|| l.strip_prefix("- ")).or_else(|| l.strip_prefix("* ")) {
                Some(c) => (true, c.trim()),
                None => (false, l),
            };
        if let Some(prev) = blocks.last_mut().filter(|p| p.marked.is_none()) {
            if !item && continues(&prev.text, content) {
                prev.text.push(' ');
                prev.text.push_str(content);
                blank = false;
                continue;
            }
        }
        blocks.push(Block { item, text: content.to_string(), after_blank: blank, marked: None });
        blank = false;
    }
    blocks
}

/// Whether `next` carries on the sentence `prev` leaves open: a paste broke a paragraph in the
/// middle of a sentence (`…la consommation` / `d'énergie du pays…`).
fn continues(prev: &str, next: &str) -> bool {
    let open = !prev.ends_with(['.', '!', '?', '…', ':', ';', '»', '"', '”', ')', ']', '*']) && !ends_with_marker(prev);
    let next_lower = next.chars().next().is_some_and(char::is_lowercase);
    let prev_words = prev.split_whitespace().count();
    open && !is_photo_credit(prev)
        && !is_photo_credit(next)
        && ((next_lower && prev_words >= 3) || (prev.ends_with(',') && prev_words >= 6))
}

/// `Photo : X / Ouest-France`, `© Sergueï Gapon / AFP`, `Photo: Reuters/Janis Laizans`.
fn is_photo_credit(l: &str) -> bool {
    if l.split_whitespace().count() > 14 || l.chars().count() > 120 {
        return false;
    }
    let lower = l.to_lowercase();
    let first = lower.split(|c: char| c.is_whitespace() || c == ':').next().unwrap_or("");
    ["photo", "photos", "crédit", "crédits", "credit", "credits", "©", "illustration", "image"].contains(&first)
        || l.contains('©')
        || lower.contains("| photo")
        || lower.contains("getty images")
        || ["afp", "reuters", "ap", "sputnik", "epa", "anadolu", "belta", "tass"].iter().any(|a| {
            lower.split(['/', '|']).count() > 1
                && lower.split(['/', '|']).any(|part| part.trim() == *a || part.trim().starts_with(&format!("{a} ")))
        })
}

fn body_markdown(lines: &[&str], labels: &[&str]) -> String {
    let blocks = body_blocks(lines);
    let heading_like = |b: &Block| {
        b.marked == Some(Marked::Heading)
            || (!b.item && b.marked.is_none() && is_subheading(&b.text) && !is_photo_credit(&b.text))
    };
    let short = |b: &Block| {
        !b.item && b.text.split_whitespace().count() <= 14 && b.text.chars().count() <= 120 && !b.text.ends_with(':')
    };
    let mut out = String::new();
    for (i, b) in blocks.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| &blocks[p]);
        let next = blocks.get(i + 1);
        // An image caption: a credit, a short line next to a credit, or two short title-like
        // lines in a row (a subheading is followed by its paragraph, not another heading).
        let caption = !b.item
            && b.marked.is_none()
            && (is_photo_credit(&b.text)
                || (short(b) && next.is_some_and(|n| is_photo_credit(&n.text)))
                || (heading_like(b) && prev.is_some_and(|p| is_photo_credit(&p.text)))
                || (heading_like(b) && (prev.is_some_and(heading_like) || next.is_some_and(heading_like))));
        let content = strip_dead_links(&b.text);
        let content = if labels.is_empty() { content } else { link_markers(&content, labels) };
        if !out.is_empty() {
            let tight = b.item && prev.is_some_and(|p| p.item) && !b.after_blank;
            out.push_str(if tight { "\n" } else { "\n\n" });
        }
        if b.marked == Some(Marked::Heading) {
            out.push_str("## ");
            out.push_str(&content);
        } else if b.marked == Some(Marked::Caption) {
            out.push('*');
            out.push_str(&content);
            out.push('*');
        } else if b.item {
            out.push_str("- ");
            out.push_str(&escape_block_start(&content));
        } else if caption {
            out.push('*');
            out.push_str(&content.replace('*', "\\*"));
            out.push('*');
        } else if is_subheading(&content) {
            out.push_str("## ");
            out.push_str(&content);
        } else {
            out.push_str(&escape_block_start(&content));
        }
    }
    out.push('\n');
    out
}

fn is_subheading(l: &str) -> bool {
    let n = l.chars().count();
    // `Reporting by X; Editing by Y` is a credit, not a heading.
    (3..=80).contains(&n)
        && !l.contains(';')
        && l.chars().next().is_some_and(char::is_uppercase)
        && !l.ends_with(['.', '!', '?', '…', ':', ';', ',', '»', '"', ')'])
        && l.split_whitespace().count() <= 10
}

/// Keeps a line from being read as Markdown structure it never meant (`2022. Un an…`).
fn escape_block_start(l: &str) -> String {
    let digits = l.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && l[digits..].starts_with(['.', ')']) {
        return format!("{}\\{}", &l[..digits], &l[digits..]);
    }
    if l.starts_with(['#', '>', '+', '=', '|']) || l.starts_with("---") || l.starts_with("***") {
        return format!("\\{l}");
    }
    l.to_string()
}

/// A line with every Markdown link reduced to its words (`[Lire aussi > X](https://…)`).
fn link_words(l: &str) -> String {
    if !l.contains("](") {
        return l.to_string();
    }
    let mut out = String::with_capacity(l.len());
    let mut rest = l;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let Some(close) = after.find("](") else { break };
        let Some(end) = after[close + 2..].find(')') else { break };
        out.push_str(&rest[..open]);
        out.push_str(&after[..close]);
        rest = &after[close + 2 + end + 1..];
    }
    out.push_str(rest);
    out
}

/// `[texte](#)` → `texte`: a link to nowhere keeps its words.
fn strip_dead_links(l: &str) -> String {
    let mut out = String::with_capacity(l.len());
    let mut rest = l;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        match after.find("](") {
            Some(close) if !after[..close].contains('[') => {
                let target_start = close + 2;
                match after[target_start..].find(')') {
                    Some(end) => {
                        let target = after[target_start..target_start + end].trim();
                        if target.is_empty() || target == "#" || target.starts_with("javascript:") {
                            out.push_str(&rest[..open]);
                            out.push_str(&after[..close]);
                            rest = &after[target_start + end + 1..];
                            continue;
                        }
                        out.push_str(&rest[..open + 1]);
                        rest = after;
                    }
                    None => {
                        out.push_str(&rest[..open + 1]);
                        rest = after;
                    }
                }
            }
            _ => {
                out.push_str(&rest[..open + 1]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `forces russes1.` → `forces russes[^1].`: digits glued to a word or a closing quote, within
/// the source list's numbers and followed by punctuation or a space, are note markers; numbers
/// standing alone (`9 000`, `2022.`) are not.
fn link_markers(l: &str, labels: &[&str]) -> String {
    let chars: Vec<(usize, char)> = l.char_indices().collect();
    let mut out = String::with_capacity(l.len() + 8);
    let mut last = 0;
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        let glued = i > 0 && {
            let p = chars[i - 1].1;
            p.is_alphabetic() || matches!(p, '»' | '"' | '”' | ')' | '’')
        };
        // `Ukraine[1].` or `Ukraine [1].`: a bracketed marker of the list.
        if c == '[' && i > 0 {
            let mut j = i + 1;
            while j < chars.len() && chars[j].1.is_ascii_digit() {
                j += 1;
            }
            let closes = j > i + 1 && chars.get(j).is_some_and(|&(_, n)| n == ']');
            let not_link = chars.get(j + 1).is_none_or(|&(_, n)| n != '(' && n != '[');
            let n = if closes { &l[pos + 1..chars[j].0] } else { "" };
            if closes && not_link && labels.contains(&n) {
                let end = chars.get(j + 1).map_or(l.len(), |x| x.0);
                let mut cut = pos;
                if chars[i - 1].1 == ' ' && i > 1 && !chars[i - 2].1.is_whitespace() {
                    cut = chars[i - 1].0;
                }
                out.push_str(&l[last..cut]);
                out.push_str(&format!("[^{n}]"));
                last = end;
                i = j + 1;
                continue;
            }
        }
        if c.is_ascii_digit() && glued {
            let mut j = i;
            while j < chars.len() && chars[j].1.is_ascii_digit() {
                j += 1;
            }
            let end = chars.get(j).map_or(l.len(), |x| x.0);
            let next_ok = chars.get(j).is_none_or(|&(_, n)| n.is_whitespace() || ".,;:)!?".contains(n));
            let n = &l[pos..end];
            let word_has_digits =
                chars[..i].iter().rev().take_while(|(_, c)| c.is_alphanumeric()).any(|(_, c)| c.is_ascii_digit());
            if next_ok && labels.contains(&n) && j - i <= 3 && !word_has_digits {
                out.push_str(&l[last..pos]);
                out.push_str(&format!("[^{n}]"));
                last = end;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    out.push_str(&l[last..]);
    out
}

fn first_sentence(md: &str) -> Option<String> {
    let para = md.split("\n\n").map(str::trim).find(|p| !p.is_empty() && !p.starts_with('#'))?;
    let para = para.trim_start_matches("- ");
    let end = para.find(". ").map_or(para.len(), |e| e + 1);
    let s = para[..end].replace(['[', ']', '^'], "");
    let s: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let s = s.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.').to_string();
    (!s.is_empty()).then_some(s)
}

/// Guesses French or English from function words; `None` when the text gives no clear sign.
pub fn guess_language(text: &str) -> Option<Lang> {
    const FR: [&str; 26] = [
        "le", "la", "les", "des", "du", "est", "une", "que", "qui", "dans", "pour", "pas", "sur", "avec", "de", "et",
        "au", "aux", "un", "ont", "sont", "été", "il", "elle", "selon", "mais",
    ];
    const EN: [&str; 26] = [
        "the", "and", "of", "is", "that", "with", "for", "was", "are", "this", "from", "have", "has", "which", "to",
        "it", "its", "by", "would", "said", "were", "be", "their", "will", "been", "after",
    ];
    let (mut fr, mut en) = (0usize, 0usize);
    for w in text.split(|c: char| !c.is_alphabetic()).filter(|w| (2..=5).contains(&w.len())) {
        fr += FR.iter().any(|f| f.eq_ignore_ascii_case(w)) as usize;
        en += EN.iter().any(|f| f.eq_ignore_ascii_case(w)) as usize;
    }
    if fr + en < 5 {
        None
    } else if fr > 2 * en {
        Some(Lang::Fr)
    } else if en > 2 * fr {
        Some(Lang::En)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_with_credit_byline_and_date_link() {
        let raw = "\n\nREBEKAH GODDARD/LA TROMPETTE\n\nLa Biélorussie rejoindra-t-elle le combat contre l'Ukraine ?\n\n- Adam Jones\n- [29/06/2026](#)\n\nPrès de sa frontière avec l'Ukraine, la Biélorussie « achève la construction », a déclaré jeudi le président.\n\nVoir [Selon la prophétie](#), bientôt.\n";
        let a = ingest_text(raw);
        assert_eq!(a.title.as_deref(), Some("La Biélorussie rejoindra-t-elle le combat contre l'Ukraine ?"));
        assert_eq!(a.author.as_deref(), Some("Adam Jones"));
        assert_eq!(a.date.unwrap().to_string(), "2026-06-29");
        assert_eq!(a.credit.as_deref(), Some("REBEKAH GODDARD/LA TROMPETTE"));
        assert!(a.markdown.starts_with("Près de sa frontière"), "{}", a.markdown);
        assert!(a.markdown.contains("Voir Selon la prophétie, bientôt."), "{}", a.markdown);
        assert!(!a.title_guessed);
    }

    #[test]
    fn breadcrumb_repeated_title_video_suffix_and_boilerplate() {
        let raw = "Home » MONDE » Les soldats combattent – VIDEO\n\nLes soldats combattent – VIDEO\n\npar Jessie Neal\n\nLa Biélorussie a des relations compliquées avec la Russie, mais les soldats combattent.\n\nPoutine et Lukashenko\n\nLa suite du texte est ici, avec une phrase complète.\n\nLIRE LA SUITE :\n\nRelated Articles\n\nThis website uses cookies to improve your experience. Accept Read More\n";
        let a = ingest_text(raw);
        assert_eq!(a.title.as_deref(), Some("Les soldats combattent"));
        assert_eq!(a.author.as_deref(), Some("Jessie Neal"));
        assert!(a.markdown.contains("## Poutine et Lukashenko"), "{}", a.markdown);
        assert!(!a.markdown.contains("LIRE"), "{}", a.markdown);
        assert!(!a.markdown.contains("cookies"), "{}", a.markdown);
        assert!(!a.markdown.contains("Related"), "{}", a.markdown);
    }

    #[test]
    fn closing_name_comment_counter_and_empty_brackets() {
        let raw = "Un titre assez court\n\nCe lundi 19 décembre, s'est tenu un sommet entre deux chefs d'État à Minsk, en Biélorussie.\n[]\nAmaryllis BECAM\n\n1 COMMENT\n";
        let a = ingest_text(raw);
        assert_eq!(a.author.as_deref(), Some("Amaryllis Becam"));
        assert!(!a.markdown.contains("[]") && !a.markdown.contains("COMMENT"), "{}", a.markdown);
    }

    #[test]
    fn footnote_markers_and_structured_sources() {
        let raw = "En octobre, le président annonçait un groupe comprenant des forces russes1.\n\n  • Des exercices ont été annoncés hier entre les forces, avec 9 000 soldats en 2022 2.\n  • Une rhétorique « aux divers défis et menaces »5.\n\nSources\n  1. « Belarus Says Forming Joint Military Group », The Moscow Times, 10 octobre 2022.\n  2. Meeting with review, Présidence de la république du Bélarus, 16 décembre 2022.\n  3. Tweet de Belarusian Hajun project, 19 décembre 2022.\n  4. x\n  5. y\n";
        let a = ingest_text(raw);
        assert_eq!(a.sources.len(), 5);
        assert!(a.markdown.contains("forces russes[^1]."), "{}", a.markdown);
        assert!(a.markdown.contains("menaces »[^5]."), "{}", a.markdown);
        assert!(a.markdown.contains("9 000 soldats en 2022 2."), "{}", a.markdown);
        assert!(a.title_guessed);
        let s = &a.sources[0];
        assert_eq!(s.title.as_deref(), Some("Belarus Says Forming Joint Military Group"));
        assert_eq!(s.outlet.as_deref(), Some("The Moscow Times"));
        assert_eq!(s.date.unwrap().to_string(), "2022-10-10");
        assert_eq!(a.sources[1].outlet.as_deref(), Some("Présidence de la république du Bélarus"));
        assert_eq!(a.sources[2].title.as_deref(), Some("Tweet de Belarusian Hajun project"));
        assert_eq!(a.sources[2].outlet, None);
    }

    #[test]
    fn written_dates() {
        for (s, v) in [
            ("29/06/2026", "2026-06-29"),
            ("Publié le 19 décembre 2022 à 10h", "2022-12-19"),
            ("Updated: Dec 19, 2022", "2022-12-19"),
            ("le 1er mars 2021", "2021-03-01"),
            ("lundi 19 décembre 2022", "2022-12-19"),
        ] {
            assert_eq!(parse_date_line(s).map(|d| d.to_string()).as_deref(), Some(v), "{s}");
        }
        assert!(parse_date_line("9 000 soldats").is_none());
        assert!(parse_date_line("31/02/2022").is_none());
    }

    #[test]
    fn header_date_lines_keep_the_publication_date() {
        for (s, v) in [
            ("Publié le 12 mars 2023 à 14h05 Mis à jour le 13 mars 2023 à 18h30", "2023-03-12"),
            ("Publié le 05/06/2023 à 09h15 | Mis à jour le 06/06/2023 à 11h02", "2023-06-05"),
            ("Updated: March 3, 2023 10:14 AM GMT", "2023-03-03"),
            ("Updated 4:12 PM GMT, October 9, 2023", "2023-10-09"),
            ("Published June 5, 2023", "2023-06-05"),
            ("Le 8 février 2023 à 06h00", "2023-02-08"),
        ] {
            assert_eq!(parse_date_line(s).map(|d| d.to_string()).as_deref(), Some(v), "{s}");
        }
        let (d, n) = date_with_byline("Posted on December 21, 2022 by Tom Baker").unwrap();
        assert_eq!((d.to_string().as_str(), n.as_deref()), ("2022-12-21", Some("Tom Baker")));
    }

    #[test]
    fn bylines_with_roles_outlets_and_several_names() {
        for (l, v) in [
            ("By Anna Smith | Reuters", Some("Anna Smith")),
            ("Par Jean Dupont, correspondant à Kyiv", Some("Jean Dupont")),
            ("By JOHN LEICESTER and HANNA ARHIROVA", Some("John Leicester and Hanna Arhirova")),
            ("Par Pierre Martin et Sophie Durand", Some("Pierre Martin et Sophie Durand")),
            ("Propos recueillis par Julie Morel", Some("Julie Morel")),
            ("Par Le Figaro avec AFP", None),
            ("De notre correspondant à Moscou", None),
        ] {
            assert_eq!(byline(l), Some(v.map(String::from)), "{l}");
        }
        assert_eq!(byline("De nouvelles frappes ont visé Kyiv."), None);
        assert_eq!(names("Photo AFP"), None);
    }

    #[test]
    fn paste_splits_are_mended_and_captions_stay_out_of_headings() {
        let raw = "Un titre\n\nLe gouvernement a présenté jeudi un plan destiné à réduire la consommation\nd'énergie du pays.\n\nDes policiers anti-émeute à Minsk\n© Sergueï Gapon / AFP\n\nLes procès se tiennent à huis clos.\n\nUn sous-titre\n\nLa suite, avec une phrase.\n";
        let a = ingest_text(raw);
        assert!(a.markdown.contains("la consommation d'énergie du pays."), "{}", a.markdown);
        assert!(a.markdown.contains("*Des policiers anti-émeute à Minsk*"), "{}", a.markdown);
        assert!(a.markdown.contains("*© Sergueï Gapon / AFP*"), "{}", a.markdown);
        assert!(a.markdown.contains("## Un sous-titre"), "{}", a.markdown);
        assert!(is_photo_credit("Photo: Reuters/Janis Laizans"));
        assert!(!is_photo_credit("Photographs show the damage done by the strike on the power plant."));
    }

    #[test]
    fn teasers_and_share_buttons_go_with_the_headline_they_link_to() {
        let raw = "Un titre\n\nUne première phrase assez longue pour être un paragraphe du texte.\n\nÀ lire aussi\nDans le Finistère, les agriculteurs inquiets\n\nPartager sur Facebook\n[Lire aussi : Wagner au Bélarus](#)\nLa dernière phrase reste là.\n";
        let a = ingest_text(raw);
        assert!(!a.markdown.contains("lire aussi") && !a.markdown.contains("Lire aussi"), "{}", a.markdown);
        assert!(!a.markdown.contains("Finistère") && !a.markdown.contains("Partager"), "{}", a.markdown);
        assert!(a.markdown.contains("La dernière phrase reste là."), "{}", a.markdown);
    }

    #[test]
    fn language_and_names() {
        assert_eq!(
            guess_language("La Biélorussie est redevable à Poutine sur le plan des armes et de la dette."),
            Some(Lang::Fr)
        );
        assert_eq!(
            guess_language("The president said that the army is ready for the war and the talks."),
            Some(Lang::En)
        );
        assert!(!is_name("Il a dit cela"));
        assert!(is_name("Jean-Pierre Dupont"));
    }
}
