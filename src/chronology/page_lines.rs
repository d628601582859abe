//! Dated sentences that label the page rather than report: a form's empty choice, a tag
//! pointing to a video or a slide show, a row of the page's metadata, a picture's caption
//! written in the present with the day it was taken, a chart's source note. Their dates are
//! a poll's, another story's, the page's or a picture's, not when something the article
//! reports happened.
//!
//! Each cue is a shape in French and English, never a site's words. Each was kept only where,
//! on the fit lists of the ingestion corpus (benches/ingest_corpus, round 53), it took away
//! mentions from outside the article's text and none from inside it, and took none from
//! inside on the check lists' totals. Not kept: captions' `speaks` or `arrives` (a report's
//! verbs too), a year in parentheses closing a work's title (lists of works the article's
//! text keeps), and appeals to the reader (`Donate today`, `Sign up`, `Inscrivez-vous`):
//! pages keep theirs in the article's text (`Subscribe today for more`, `Save 25% today!`),
//! and a list of thirty openings cut two such mentions from inside for one from outside
//! on a check list.

use super::runs::char_runs;

/// The boxes a form prints before a choice left blank (`( ) Cette année j'innove…`): a
/// poll's or a quiz's option, which no one has said. Not `[ ]`, which marks a cut in a quote.
const FORM_BOXES: &[&str] = &["( )", "☐", "□", "○"];

/// What a tag in capitals names when it points to a video, pictures or a recording
/// (`… (VIDEO)`, `VIDÉO. Les images …`): the title of another piece the page links to.
const MEDIA_TAGS: &[&str] =
    &["VIDEO", "VIDÉO", "VIDEOS", "VIDÉOS", "PHOTOS", "DIAPORAMA", "PODCAST", "AUDIO", "INFOGRAPHIE", "EN IMAGES"];

/// The most words a row of the page's metadata writes besides its dates (`October, 2023 | 18
/// Comments.`): a count, a label, a category.
const META_ROW_WORDS: usize = 6;

/// The verbs of a picture's caption, written in the present of what the picture shows (`Jane
/// Roe attends the gala on June 12, 2023`, `A model wears … from the Spring 2022 collection`):
/// a report tells a dated day in the past; these verbs tell what one sees. Each with the words
/// before it that it needs (`is` or `are` before `seen`), none for a verb that needs none.
const CAPTION_VERBS: &[(&str, &[&str])] =
    &[("attends", &[]), ("poses", &[]), ("wears", &[]), ("seen", &["is", "are"]), ("pictured", &["is", "are"])];

/// Whether the sentence `bounds` of `block`, which writes the dates `dates` (byte ranges in
/// `block`, in order; those outside the sentence are ignored), labels the page rather than
/// reporting (see the module's note).
pub(super) fn is_page_line(block: &str, bounds: (usize, usize), dates: &[(usize, usize)]) -> bool {
    let Some(raw) = block.get(bounds.0..bounds.1) else { return false };
    let sentence = crate::text::trim(raw);
    if sentence.is_empty() {
        return false;
    }
    let s = bounds.0 + (raw.len() - crate::text::trim_start(raw).len());
    let own = || dates.iter().copied().filter(move |&(a, b)| a >= s && b <= s + sentence.len() && a < b);
    is_form_option(sentence)
        || has_media_tag(sentence)
        || is_meta_row(block, sentence, s, own())
        || (own().any(|(a, b)| block.get(a..b).is_some_and(|d| d.bytes().any(|c| c.is_ascii_digit())))
            && is_present_caption(sentence))
        || (sentence.starts_with('(') && own().any(|(a, _)| is_source_note(sentence, a - s)))
}

/// Whether a sentence opens with a form's empty box ([`FORM_BOXES`]).
fn is_form_option(sentence: &str) -> bool {
    FORM_BOXES.iter().any(|b| sentence.starts_with(b))
}

/// Whether a sentence carries a media tag ([`MEDIA_TAGS`]): in capitals, alone in brackets
/// (`(VIDEO)`, `[PHOTOS]`), or opening the sentence before a separator (`VIDÉO. …`, `PODCAST -
/// …`). Prose writes the word in lower case (`a video of the speech`).
fn has_media_tag(sentence: &str) -> bool {
    // Every dated sentence of every article is asked: the brackets are found by memchr and a
    // tag opening the sentence needs two capitals first (every tag has more), before any tag
    // is compared.
    let bracketed = memchr::memchr2_iter(b'(', b'[', sentence.as_bytes()).any(|i| {
        let inner = &sentence[i + 1..];
        MEDIA_TAGS.iter().any(|t| inner.strip_prefix(t).is_some_and(|r| r.starts_with([')', ']'])))
    });
    bracketed
        || (sentence.as_bytes().iter().take(2).all(u8::is_ascii_uppercase)
            && MEDIA_TAGS.iter().any(|t| {
                sentence.strip_prefix(t).is_some_and(|r| r.trim_start().starts_with(['.', ':', '-', '–', '—', '|']))
            }))
}

/// Whether a sentence is a row of the page's metadata: fields parted by ` | ` around its date,
/// and few words besides ([`META_ROW_WORDS`]): `October, 2023 | 18 Comments.`
fn is_meta_row(block: &str, sentence: &str, s: usize, own: impl Iterator<Item = (usize, usize)> + Clone) -> bool {
    if memchr::memchr(b'|', sentence.as_bytes()).is_none() || !sentence.contains(" | ") {
        return false;
    }
    char_runs(sentence, char::is_alphabetic)
        .filter(|w| {
            let at = w.as_ptr() as usize - block.as_ptr() as usize;
            debug_assert!(at >= s);
            !own.clone().any(|(a, b)| at >= a && at < b)
        })
        .nth(META_ROW_WORDS)
        .is_none()
}

/// Whether a sentence is a picture's caption by its verb ([`CAPTION_VERBS`], whole words, in
/// lower case, capitalised or in capitals): asked only of a sentence whose date writes a
/// number, the day or the year the picture was taken; `every Sunday she wears` dates nothing.
/// Every such dated sentence is asked: its words are compared as they come, nothing lowered
/// into a new string.
fn is_present_caption(sentence: &str) -> bool {
    // The word-by-word reading below walks every character: a sentence holding none of the
    // verbs anywhere (the usual answer) is told by one SIMD search first. That search knows a
    // verb in lower case, capitalised or in capitals, so a verb in mixed case is not one.
    static VERBS: std::sync::LazyLock<Option<aho_corasick::packed::Searcher>> = std::sync::LazyLock::new(|| {
        let cased = |v: &str| [v.to_string(), v[..1].to_ascii_uppercase() + &v[1..], v.to_ascii_uppercase()];
        aho_corasick::packed::Config::new().builder().extend(CAPTION_VERBS.iter().flat_map(|(v, _)| cased(v))).build()
    });
    if VERBS.as_ref().is_some_and(|a| a.find(sentence).is_none()) {
        return false;
    }
    let mut previous = "";
    char_runs(sentence, char::is_alphabetic).any(|w| {
        let hit = CAPTION_VERBS.iter().any(|(v, before)| {
            w.eq_ignore_ascii_case(v) && (before.is_empty() || before.iter().any(|b| previous.eq_ignore_ascii_case(b)))
        });
        previous = w;
        hit
    })
}

/// Whether the date at byte `at` of `sentence` lies in a parenthesis that opens the sentence
/// and cites a source with a slash between its parts (`(Étude … en 2021 / Institut pour
/// Commanditaire)`): a chart's or a poll's source note, dating the study it names.
fn is_source_note(sentence: &str, at: usize) -> bool {
    let Some(inner) = sentence.strip_prefix('(') else { return false };
    let close = inner.find(')').map_or(sentence.len(), |i| i + 1);
    at < close && sentence[1..close].contains('/')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`is_page_line`] of a whole block that is one sentence, its dates found as `dates`.
    fn page_line(text: &str, dates: &[&str]) -> bool {
        let own: Vec<(usize, usize)> =
            dates.iter().map(|d| text.find(d).map(|a| (a, a + d.len())).expect("date in text")).collect();
        is_page_line(text, (0, text.len()), &own)
    }

    #[test]
    fn a_form_box_opens_an_option() {
        assert!(is_form_option("( ) Cette année j'innove, je change de régime."));
        assert!(is_form_option("☐ Cette année, rien ne change."));
        assert!(!is_form_option("(En 2019) le pont a fermé."));
        assert!(!is_form_option("[ …] c’est ce qui est arrivé l’an passé."));
    }

    #[test]
    fn a_media_tag_in_capitals_points_to_another_piece() {
        assert!(has_media_tag("Télévision: elle dit adieu à son public le 1er janvier 2017 (VIDEO)"));
        assert!(has_media_tag("VIDÉO. Les images de la tempête du 12 mars"));
        assert!(has_media_tag("PODCAST - Ce qui a changé en 2020"));
        assert!(has_media_tag("Le 3 mai [PHOTOS] du défilé"));
        assert!(!has_media_tag("He posted a video (video) of the speech on Monday."));
        assert!(!has_media_tag("AUDIOVISUEL : le groupe a été racheté en 2019."));
        assert!(!has_media_tag("Videos of the storm spread on Monday."));
    }

    #[test]
    fn a_row_of_fields_around_a_date_is_metadata() {
        assert!(page_line("October, 2023 | 18 Comments.", &["October, 2023"]));
        assert!(!page_line(
            "The council voted on Monday | and the mayor said the bridge would close for the whole winter.",
            &["Monday"]
        ));
        assert!(!page_line("October, 2023 and 18 comments.", &["October, 2023"]));
    }

    #[test]
    fn a_caption_in_the_present_with_its_day_is_no_report() {
        assert!(page_line(
            "Jane Roe attends the premiere at the hotel on June 12, 2023 in New York City.",
            &["June 12, 2023"]
        ));
        assert!(page_line("A model wears a skirt from the Spring 2022 collection.", &["Spring 2022"]));
        assert!(page_line(
            "Two astronauts are seen sitting on a helicopter, Friday, April 10, 2026.",
            &["April 10, 2026"]
        ));
        // A date in words, or a verb that only looks like one: a report.
        assert!(!page_line("Every Sunday she wears a hat.", &["Sunday"]));
        assert!(!page_line("He reposes his case on 3 May 2021.", &["3 May 2021"]));
        assert!(!page_line("The school she attended opened in 2019.", &["2019"]));
        assert!(!page_line("The comet, seen in 1997, came back.", &["1997"]));
        // Capitals and a capital first are the verb too; a verb in mixed case is not.
        assert!(page_line("JANE ROE ATTENDS THE GALA ON JUNE 12, 2023.", &["JUNE 12, 2023"]));
        assert!(page_line("Pictured: the team. The team is Pictured on 3 May 2021.", &["3 May 2021"]));
        assert!(!page_line("Jane Roe aTTends the gala on June 12, 2023.", &["June 12, 2023"]));
    }

    #[test]
    fn a_source_note_in_parentheses_dates_its_study() {
        let t = "(Étude sur l'esprit critique en 2021 / Institut pour Commanditaire) Le baromètre paraît.";
        assert!(page_line(t, &["2021"]));
        // A credit before the sentence: the date after it is the sentence's own.
        let t = "(AP Photo/Jane Roe). The candidates met on Wednesday.";
        assert!(!page_line(t, &["Wednesday"]));
        assert!(!page_line("(En 2021, le pont a fermé.)", &["2021"]));
    }
}
