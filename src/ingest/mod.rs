//! Raw article text, as pasted from the web, turned into clean Markdown and metadata.
//!
//! This is a first ingestion: headline, byline, date line, boilerplate, subheadings, bullets,
//! and a numbered source list with the markers glued to words that point to it. Everything
//! it guesses is marked as guessed so that a sidecar (which always wins) can correct it.

mod block;
mod body;
mod body_lists;
mod boilerplate;
mod boxes;
mod byline;
mod byline_rank;
mod byline_weights;
mod caption;
mod classify;
mod closers;
mod closing_tail;
mod date_pick;
mod date_weights;
mod dateline;
pub mod decode;
mod gaps;
mod given_names;
mod header;
pub mod html;
mod items;
mod language;
mod layout;
mod lexicon;
mod line;
mod line_signals;
mod page;
mod page_end;
mod rank;
mod run_cuts;
mod sections;
mod site;
mod source_list;
mod teasers;
mod title;
mod title_weights;

use body::body_markdown;
use boilerplate::{closing_credits, drop_boilerplate};
use byline::{byline, closing_name, credit, is_agency, names, normalise_name};
use dateline::{date_stamps, date_with_byline, day_in, is_update_line};
pub use dateline::{parse_date_line, parse_written_date};
use header::{is_header_label, looks_like_paragraph, next_is_header_meta, scrub_opening};
pub use html::ingest_html;
pub use language::{guess_language, guess_language_in};
pub use lexicon::is_common_word;
use page::read_page;
use source_list::find_source_list;
pub use source_list::parse_source_entry;
use title::{breadcrumb_last, clean_title, first_sentence, is_credit, is_kicker, looks_like_headline};

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
    ingest_text_with(raw, true)
}

/// Ingests raw text; `whole_page` when it may hold a page's furniture around the article (a
/// saved page's main text, already found in its markup, does not).
pub(super) fn ingest_text_with(raw: &str, whole_page: bool) -> Ingested {
    let text = raw.trim_start_matches('\u{feff}').replace("\r\n", "\n").replace('\r', "\n");
    let mut lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    // `By` on a line of its own, the names under it: one byline line.
    let mended = header::mend_split_bylines(&lines);
    if let Some(m) = &mended {
        lines = m.iter().map(String::as_str).collect();
    }
    let mut out = Ingested::default();

    if let Some((at, sources)) = find_source_list(&lines) {
        out.sources = sources;
        lines.truncate(at);
    } else if let Some((at, sources)) = whole_page.then(|| source_list::find_inner_source_list(&lines)).flatten() {
        // References over a page's footer: the text's end is cut before them, with the footer.
        out.sources = sources;
        lines[at].iter_mut().for_each(|l| *l = "");
    }
    // The lines as read, for the byline's scored choice at the end.
    let source_lines = lines.clone();
    // A whole page is cut to its article first; a paste from the headline mostly stays.
    let page = if whole_page { read_page(&lines) } else { page::Page::unread(&lines) };
    let mut captions = if whole_page { boilerplate::doubled_caption_texts(&lines) } else { Default::default() };
    // Kept for the date's candidates, read around the article once its headline is known.
    let page_lines = lines;
    let mut lines: Vec<&str> = page.lines.iter().map(String::as_str).collect();
    drop_boilerplate(&mut lines);
    boilerplate::drop_doubled_captions(&mut lines, false);
    while lines.last().is_some_and(|l| l.trim().is_empty()) {
        lines.pop();
    }

    // The header: everything before the first real paragraph.
    let mut body_start = 0;
    let mut title_candidates: Vec<String> = Vec::new();
    let mut updated: Option<PartialDate> = None;
    let mut first = page.title.is_none();
    let mut bare_author = false;
    out.title = page.title.clone();
    for (i, line) in lines.iter().enumerate() {
        let l = line.trim();
        if l.is_empty() {
            continue;
        }
        // The very first line reads as a headline when it has no sentence break in it.
        let headline_first = first
            && (looks_like_headline(l) || title::two_part_headline(l))
            && lines[i + 1..].iter().any(|n| !n.trim().is_empty());
        first = false;
        if looks_like_paragraph(l) && !headline_first && parse_date_line(l).is_none() {
            body_start = i;
            break;
        }
        body_start = i + 1;
        if let Some(last) = breadcrumb_last(l) {
            title_candidates.push(last);
        } else if let Some(s) = date_stamps(l) {
            // The first publication date wins; an update counts only when nothing else dates it.
            if let Some(d) = s.published {
                out.date.get_or_insert(d);
            }
            if let Some(d) = s.updated {
                updated.get_or_insert(d);
            }
            // `Posted On : <day> Published By : Jane Roe`: the stamp's byline.
            if out.author.is_none() {
                out.author = date_with_byline(l).and_then(|(_, n)| n);
            }
        } else if let Some((d, name)) = date_with_byline(l) {
            out.date.get_or_insert(d);
            if out.author.is_none() {
                out.author = name;
            }
        } else if let Some(name) = byline(l) {
            // A byline printed as one (`By …`) outranks a bare name read before it (a button's
            // label reads as a name: `Dive Deeper`).
            if out.author.is_none() || (bare_author && name.is_some()) {
                out.author = name;
                bare_author = false;
                take_credit(&mut out, l);
            }
        } else if let Some(name) = dateline::segmented_byline(l) {
            out.author.get_or_insert(name);
        } else if out.credit.is_none() && out.title.is_none() && is_credit(l) {
            out.credit = Some(l.to_string());
        } else if out.title.is_none() && is_kicker(l, &lines[i + 1..]) {
            // `Opinion`, `Analyse` above the headline: a section label.
        } else if out.title.is_none() && title_candidates.last().is_some_and(|c| crumb_is_headline(c)) {
            // The breadcrumb already ended with the headline: a line after it and the stamp
            // opens the text (`Home » Blog » 10 Things You Should Know`, `Last updated on …`).
            body_start = i;
            break;
        } else if out.title.is_none() {
            out.title = Some(clean_title(l));
        } else if Some(clean_title(l)) == out.title {
            // A title repeated after a breadcrumb counts once.
        } else if out.author.is_none() && names(l).is_some() {
            // A bare name under the headline is its byline.
            out.author = names(l);
            bare_author = true;
        } else if is_agency(l) {
            // `AFP`, `Le Monde avec AFP`: a credit, which signs the text when no one else does.
            take_credit(&mut out, l);
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
    scrub_opening(&mut body, &mut out, &mut updated, &mut bare_author);
    if out.date.is_none() {
        out.date = page.date.or(updated).or(page.near_date);
    }
    if out.author.is_none() {
        out.author = page.author.clone();
    }
    if out.author.is_none() {
        if let Some((c, o)) = &page.credit {
            out.author = Some(c.clone());
            out.outlet = out.outlet.take().or_else(|| o.clone());
        }
    }
    cut_comments(&mut body);
    boilerplate::drop_doubled_captions(&mut body, true);
    // The headline printed twice in a row is no caption.
    captions.retain(|c| out.title.as_deref() != Some(clean_title(c).as_str()));
    boilerplate::drop_caption_copies(&mut body, &captions);
    body::drop_signup_boxes(&mut body);
    boilerplate::drop_bios_of(&mut body, out.author.as_deref());
    closing_credits(&mut body, &mut out);
    teasers::cut_teaser_tail(&mut body);
    if whole_page {
        teasers::drop_story_lists(&mut body);
        teasers::drop_cut_excerpt_lists(&mut body);
        teasers::cut_patterned_tail(&mut body);
        page_end::cut_at_pager(&mut body);
        block::cut_signed_thread(&mut body);
        block::drop_stamped_teasers(&mut body);
        block::drop_teaser_runs(&mut body);
        block::drop_stamp_lines(&mut body);
        // Photo captions told by how captions are written: their days are the photos', not
        // the story's.
        caption::drop_captions(&mut body);
    } else {
        caption::drop_lone_credits(&mut body);
    }
    // A bare name closing the article is its byline.
    if let Some(last) = body.iter().rposition(|l| !l.trim().is_empty()) {
        if out.author.is_none() {
            if let Some(name) = closing_name(body[last].trim()) {
                out.author = Some(name);
                body.truncate(last);
            }
        }
    }
    if whole_page {
        page_end::drop_closing_labels(&mut body);
        page_end::drop_opening_labels(&mut body);
        byline_rank::apply(&source_lines, &page.layout, &mut out);
        // The publication date: a scored choice among the days printed around the article,
        // once the byline it may stand beside is known.
        out.date = date_pick::pick(&page_lines, &page.layout, out.title.as_deref(), out.author.as_deref()).or(out.date);
        // The site's name, read from the page's furniture: the outlet when nothing named it.
        if out.outlet.is_none() {
            let title = out.title.as_deref().filter(|_| !out.title_guessed);
            out.outlet = site::site_name(&source_lines, title);
        }
    }
    let labels: Vec<&str> = out.sources.iter().map(|s| s.label.as_str()).collect();
    let quoted = post_quotes(&body);
    let (body, quoted): (Vec<_>, Vec<bool>) = drop_stamps(body, out.title.as_deref(), &quoted).into_iter().unzip();
    let body: Vec<&str> = body.iter().map(|l| l.as_ref()).collect();
    out.markdown = body_markdown(&body, &quoted, &labels);
    if out.title.is_none() {
        out.title = first_sentence(&out.markdown).map(|s| crate::text::truncate_words(&s, 90));
        out.title_guessed = out.title.is_some();
    }
    out.language = guess_language(&out.markdown);
    out
}

/// Words from which a breadcrumb's last item is a headline, not a section's name (`Short
/// Selling`, `Actualités Monde`).
const CRUMB_HEADLINE_WORDS: usize = 5;

/// Whether a breadcrumb's last item is the whole headline: several words, not cut short.
fn crumb_is_headline(c: &str) -> bool {
    let c = c.trim();
    c.split_whitespace().count() >= CRUMB_HEADLINE_WORDS && !c.ends_with(['…', '.']) && looks_like_headline(c)
}

/// Readers' comments left after the text: from the first of two signatures or more (a name
/// and a stamp on one line, `Name says:`) after the opening paragraphs, the body is a comment
/// thread.
fn cut_comments(body: &mut Vec<&str>) {
    let filled: Vec<usize> = (0..body.len()).filter(|&i| !body[i].trim().is_empty()).collect();
    let signed: Vec<usize> =
        filled.iter().skip(3).copied().filter(|&i| page::is_comment_signature(body[i].trim())).collect();
    if signed.len() >= 2 {
        body.truncate(signed[0]);
    }
}

/// Stamp lines left in the body (`Publié le …`, `Mis à jour le …`, a bare `Mercredi 6 décembre
/// 2023`, a tweet's date under it) and the headline printed again: they are metadata, not
/// the story, and would come back as headings or as events of the chronology. An embedded
/// post's signature (`— Name (@handle) October 12, 2023`) keeps the name, not the date.
/// Each line's part in an embedded post: the post's signature (`— Name (@handle) October 12,
/// 2023`) and the text above it. A text browser indents a quotation: the post is the lines
/// above the signature indented as far as it is; with no indentation to go by, the one
/// paragraph above it.
fn post_quotes(body: &[&str]) -> Vec<bool> {
    let indent = |l: &str| l.len() - l.trim_start().len();
    let mut quoted = vec![false; body.len()];
    for (k, l) in body.iter().enumerate() {
        if post_signature(l.trim()).is_none() {
            continue;
        }
        quoted[k] = true;
        let depth = indent(l);
        let mut taken = 0;
        let mut first = k;
        for j in (0..k).rev() {
            if body[j].trim().is_empty() {
                continue;
            }
            if taken >= MAX_POST_LINES || (depth > 0 && indent(body[j]) < depth) || (depth == 0 && taken == 1) {
                break;
            }
            first = j;
            taken += 1;
        }
        // Blank lines inside the post belong to it.
        (first..k).for_each(|j| quoted[j] = true);
    }
    quoted
}

/// Lines of text an embedded post may hold above its signature.
const MAX_POST_LINES: usize = 8;

fn drop_stamps<'a>(body: Vec<&'a str>, title: Option<&str>, quoted: &[bool]) -> Vec<(std::borrow::Cow<'a, str>, bool)> {
    body.into_iter()
        .zip(quoted.iter().copied())
        .filter_map(|(l, q)| {
            let t = l.trim();
            if t.is_empty() {
                return Some((std::borrow::Cow::Borrowed(l), q));
            }
            if q {
                // A post's text is quoted as is; its signature keeps the name, not the date.
                return Some((post_signature(t).map_or(std::borrow::Cow::Borrowed(l), std::borrow::Cow::Owned), q));
            }
            if (t.chars().count() <= 120
                && (parse_date_line(t).is_some() || date_stamps(t).is_some() || page::is_signed_stamp(t)))
                || is_cued_stamp(t)
            {
                return None;
            }
            if title.is_some_and(|ti| clean_title(t) == ti) {
                return None;
            }
            Some((std::borrow::Cow::Borrowed(l), q))
        })
        .collect()
}

/// Characters a cued stamp line may hold: a longer line is text that mentions a publication.
const CUED_STAMP_MAX: usize = 200;

/// Bytes between the end of a publication cue and the day it announces (`Publié le `, `on `).
const CUED_DAY_GAP: usize = 8;

/// Whether a line is a publication or update stamp left among the text, whatever surrounds
/// it: `· Publié le 10 février 2017 à 18h39 · Mis à jour le 11 février 2017`, `Par La rédaction
/// https://… Publié le 15 Fév 2023 à 15:07`, `Moi Publié le 20.12.2025`, `Mise à jour le 13
/// septembre 2024`. The cue opens the line or is capitalised as a label after
/// other labels, and a day follows it at once. Its day became an event of the chronology. A
/// sentence says `le rapport, publié le 3 mars` in lower case, inside a paragraph, and stays.
fn is_cued_stamp(l: &str) -> bool {
    let t = l.trim().trim_start_matches(['·', '•', '|', '-', '–', '—', '*', '+', ' ']);
    if t.chars().count() > CUED_STAMP_MAX || !t.contains(|c: char| c.is_ascii_digit()) || block::is_paragraph(t) {
        return false;
    }
    // The cues are found in a lower-cased copy and what precedes a capitalised one is checked
    // on `t` itself: only where lower-casing keeps every letter's length (not `İ`, not the
    // Kelvin sign) do the copy's byte offsets hold in `t`.
    if t.chars().any(|c| c.to_lowercase().map(char::len_utf8).sum::<usize>() != c.len_utf8()) {
        return false;
    }
    let lower = t.to_lowercase();
    lexicon::PUBLISH_CUES.iter().chain(lexicon::UPDATE_CUES.iter()).chain(["mise à jour"].iter()).any(|cue| {
        lower.match_indices(cue).any(|(p, _)| {
            let label = p == 0
                || (t[p..].starts_with(char::is_uppercase)
                    && t[..p].ends_with(|c: char| c.is_whitespace() || matches!(c, '·' | '|' | '-' | '–' | '—')));
            let after = &t[p + cue.len()..];
            label
                && day_in(after)
                    .is_some_and(|(_, start, _)| start <= CUED_DAY_GAP + after.len() - after.trim_start().len())
        })
    })
}

/// `— Jane Roe (@janeroe) October 12, 2023`: the signature of an embedded post, given back
/// as `— Jane Roe (@janeroe)`, without the date that would read as an event.
fn post_signature(t: &str) -> Option<String> {
    let rest = t.strip_prefix(['—', '–', '-'])?.trim_start();
    let open = rest.find("(@")?;
    let close = open + rest[open..].find(')')?;
    let after = rest[close + 1..].trim();
    if after.is_empty() || rest.chars().count() > 140 || parse_written_date(after).is_none() && day_in(after).is_none()
    {
        return None;
    }
    Some(format!("— {}", &rest[..=close]))
}

/// A credit (`Par Le Parisien avec AFP`, `Afp`) signs the text when no byline names a person:
/// the author as printed, and the outlet it names.
fn take_credit(out: &mut Ingested, l: &str) {
    if out.author.is_some() {
        return;
    }
    if let Some((c, o)) = credit(l) {
        out.author = Some(c);
        if out.outlet.is_none() {
            out.outlet = o;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::line::is_photo_credit;

    #[test]
    fn random_pages_never_panic() {
        // Pieces that reach every reader: stamps, cues glued to dates, bylines, bullets,
        // buttons, quotes, multi-byte letters, digits glued to words.
        // `İ`, the Kelvin sign and `Ⱥ` change length when lower-cased.
        const PIECES: [&str; 30] = [
            "İ",
            "\u{212A}",
            "Ⱥ",
            "Homepage",
            "© Copyright 2020",
            "Home page",
            "Publié le 3 mars 2023",
            "Updated",
            "2021Updated March 5, 2021",
            "Par",
            "By political reporter",
            "Jane Smith",
            "— X (@x) October 12, 2023",
            "* ",
            "+ ",
            "(BUTTON)",
            "1. ",
            "«",
            "»",
            "›",
            "|",
            "é",
            "ß",
            "COP28",
            "russes1.",
            "Most read",
            "Accueil",
            "\n",
            "\n\n",
            "6:03am EDT",
        ];
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..4000 {
            let mut page = String::new();
            for _ in 0..(x % 60) {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                page.push_str(PIECES[(x % PIECES.len() as u64) as usize]);
                page.push(if x.is_multiple_of(3) { ' ' } else { '\n' });
            }
            let _ = super::ingest_text(&page);
        }
    }

    #[test]
    fn a_comment_thread_after_the_text_is_cut() {
        let p = "Le conseil municipal a voté mardi soir le nouveau plan de circulation, après trois heures de débat et de nombreuses interruptions.";
        let q = "Les commerçants du centre craignent une baisse de la fréquentation pendant les travaux prévus tout au long de l’été prochain.";
        let r = "Le maire a promis une réunion publique avant la fin du mois pour répondre aux questions des habitants inquiets du quartier.";
        let raw = format!("Un titre\n\n{p}\n\n{q}\n\n{r}\n\nPar Jean Exemple, le mercredi 15 mai 2019 à 09h23\n\nJe ne suis pas d'accord avec cette décision, qui va tout compliquer.\n\nPar Paul Modèle, le jeudi 16 mai 2019 à 10h00\n\nMoi non plus, et je le dirai au maire.\n");
        let a = ingest_text(&raw);
        assert!(!a.markdown.contains("pas d'accord") && !a.markdown.contains("15 mai"), "{}", a.markdown);
        assert!(a.markdown.contains("trois heures de débat"), "{}", a.markdown);
    }

    #[test]
    fn a_thread_signed_name_says_is_cut_and_quotations_stay() {
        let p = "The city council voted on Tuesday night for the new traffic plan, after three hours of debate and many interruptions.";
        let q = "Shop owners in the centre fear fewer visitors during the works planned all through next summer, they told reporters.";
        let r = "The mayor promised a public meeting before the end of the month to answer the questions of worried residents.";
        let raw = format!("A title\n\n{p}\n\n{q}\n\n{r}\n\nJane Example says:\n\nI do not agree with this decision at all, it makes everything harder.\n\nDecember 29, 2014 pmodel:\n\nNeither do I.\n");
        let a = ingest_text(&raw);
        assert!(!a.markdown.contains("do not agree") && !a.markdown.contains("says:"), "{}", a.markdown);
        assert!(a.markdown.contains("three hours of debate"), "{}", a.markdown);
        // A reporter's `X said:` introduces a quotation, twice: no thread.
        let raw = format!("A title\n\n{p}\n\nThe mayor said:\n\n{q}\n\nThe minister said:\n\n{r}\n");
        let a = ingest_text(&raw);
        assert!(a.markdown.contains("questions of worried residents"), "{}", a.markdown);
    }

    #[test]
    fn a_breadcrumb_ending_with_the_headline_names_the_title() {
        let raw = "Home » Blog » Ten Things You Should Know About Short Selling\nLast updated on June 21, 2018\n\nURGENT: the webinar has been moved to November 15th, you must register again!\n\nThe market indices are breaking below key support levels this week, and it is a good time to learn the basics.\n";
        let a = ingest_text(raw);
        assert_eq!(a.title.as_deref(), Some("Ten Things You Should Know About Short Selling"));
        assert!(a.markdown.contains("URGENT"), "{}", a.markdown);
        assert!(!crumb_is_headline("Short Selling") && crumb_is_headline("Ten Things You Should Know"));
    }

    #[test]
    fn stamps_and_post_signatures_leave_the_body() {
        let raw = "Un titre\n\nLe président a déclaré jeudi que les troupes seraient retirées, selon un communiqué officiel.\n\nMercredi 6 décembre 2023\n\nNous ne céderons pas.\n— Jane Roe (@janeroe) October 12, 2023\n\nLa suite du texte, avec une phrase complète et des mots.\n";
        let a = super::ingest_text(raw);
        assert!(!a.markdown.contains("6 décembre"), "{}", a.markdown);
        assert!(a.markdown.contains("— Jane Roe (@janeroe)") && !a.markdown.contains("October 12"), "{}", a.markdown);
        assert!(a.markdown.contains("> Nous ne céderons pas.\n>\n> — Jane Roe (@janeroe)"), "{}", a.markdown);
        // Indented by a text browser: the whole post is quoted, the text before it is not.
        let raw = "Un titre\n\nLe président a déclaré jeudi que les troupes seraient retirées, selon un communiqué officiel.\n\n    Premier paragraphe du message.\n\n    Second paragraphe du message. pic.twitter.com/x1\n\n    — Jane Roe (@janeroe) October 12, 2023\n\nLa suite du texte, avec une phrase complète et des mots.\n";
        let a = super::ingest_text(raw);
        assert!(
            a.markdown.contains("officiel.\n\n> Premier paragraphe du message.\n>\n> Second paragraphe du message. pic.twitter.com/x1\n>\n> — Jane Roe (@janeroe)\n\nLa suite"),
            "{}",
            a.markdown
        );
    }
    use super::byline::is_name;
    use super::*;

    #[test]
    fn a_cued_stamp_is_metadata_wherever_it_stands_but_a_sentence_is_not() {
        for l in [
            "· Publié le 10 février 2017 à 18h39 · Mis à jour le 11 février 2017 à 14h01",
            "Par La rédaction https://www.example.fr/auteur/x Publié le 15 février 2023 à 15:07 mis à jour le 15 février 2023",
            "Moi Publié le 20.12.2025",
            "Région Football divider icon Publié le 2 janvier 2026 sur le même thème: Santé",
            "Last Updated December 3, 2019 at 4:55 PM",
        ] {
            assert!(is_cued_stamp(l), "{l}");
        }
        for l in [
            "Le rapport publié le 3 mars 2021 a surpris.",
            "Published by the ministry, the report was read widely.",
            "Le rapport, publié le 3 mars 2021 par le ministère, montre que les émissions ont augmenté de 4 % en un an.",
            "Publié le jour même",
            // Lower-casing shortens the Kelvin sign and lengthens `Ⱥ`: the copy's offsets do
            // not hold in the line, which is left alone rather than misread.
            "\u{212A} Publié le 3 mars 2021 ȺȺ",
        ] {
            assert!(!is_cued_stamp(l), "{l}");
        }
    }

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
    fn a_dropped_listing_leaves_the_text_either_side_two_paragraphs() {
        let p = "The city council met on Tuesday evening to discuss the water supply, a concern for residents for years, and officials promised a new study.";
        let q = "Residents who spoke at the meeting asked why the work had taken so long to begin in the northern area";
        let r = "Engineers said the old pipes would be replaced over the next decade, at a cost the council has not yet agreed to pay in full.";
        // A page's stray configuration: a listing (its keyed values), then `}` and `]` alone.
        let raw = format!(
            "A title\n\n{p}\n\n{q}\n\n{{\n\"countToDisplay\": \"9\",\n\"maxCount\": \"3\"\n\n}}\n\n]\n\nclick to enlarge the map of the northern districts\n\n{r}\n"
        );
        let a = ingest_text(&raw);
        assert!(!a.markdown.contains("countToDisplay"), "{}", a.markdown);
        assert!(a.markdown.contains("northern area\n\nclick to enlarge"), "{}", a.markdown);
        // With nothing dropped between them, a paste's split sentence is still mended.
        let raw = format!("A title\n\n{p}\n\n{q}\n\nclick to enlarge the map of the northern districts\n\n{r}\n");
        let a = ingest_text(&raw);
        assert!(a.markdown.contains("northern area click to enlarge"), "{}", a.markdown);
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
    fn bare_names() {
        // Language detection has its own tests in language.rs.
        assert!(!is_name("Il a dit cela"));
        assert!(is_name("Jean-Pierre Dupont"));
    }
}
