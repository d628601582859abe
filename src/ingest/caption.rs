//! Photo captions left among a whole page's paragraphs, told by the conventions captions are
//! written in rather than by their shape: a caption reads as a sentence, often a long one, so
//! the line classes keep it. Wire captions mark a file photo (`FILE - …`), open on the photo
//! (`In this photo issued by …`, `This image provided by …`, `Sur cette photo …`), place the
//! people in the frame (`Jane Roe, left, and …`, `From left, …`), or close on their credit:
//! a stock agency printed after the last word with no mark (`… on a mat Shutterstock`), or a
//! photographer's name glued to the last sentence (`… and shoes.Whitney Hayes`), or a credit in
//! parentheses that opens on a picture's word (`(Photo provided by the author)`). A credit
//! after a mark (`(Jane Roe / AP)`, `Photo : …`) is read by [`super::line::ends_with_credit`]
//! when the page is cut to its text.
//!
//! A caption's day is the photo's day, often years before the story (`FILE - … Monday, Nov.
//! 6, 2023`): left in the body, it became an event of the dossier's chronology.

use super::lexicon::{CREDIT_WORDS, PHOTO_AGENCIES};
use super::line_signals::plain;

/// Characters a caption may hold: a wire caption runs two or three sentences, a paragraph
/// quoting a photo's subject runs on.
const CAPTION_MAX: usize = 400;

/// Characters of a line whose credit is glued to its last sentence: a caption with its
/// credit, where a paragraph glued to a credit would be the text's own last paragraph (`… ce
/// qui est lu.The Conversation`), which stays.
const GLUED_MAX: usize = 160;

/// Words of a photographer's name glued to a caption's last sentence.
const GLUED_WORDS: usize = 3;

/// Characters from a caption's start within which a position note (`, left,`) stands: it
/// follows the first name in the frame.
const POSITION_WITHIN: usize = 160;

/// Stock agencies whose name closes a caption with no mark before it.
const STOCK: [&str; 6] = ["Shutterstock", "Getty Images", "iStock", "Alamy", "Unsplash", "Pexels"];

/// Where a caption places a person in the frame, between commas after the name.
const POSITIONS: [&str; 11] = [
    ", left,",
    ", right,",
    ", center,",
    ", centre,",
    ", second left,",
    ", second right,",
    ", second from left,",
    ", second from right,",
    ", à gauche,",
    ", à droite,",
    ", au centre,",
];

/// Openings of a caption that names the people in the frame in order. (`Pictured from left,
/// are …` stays: some pages print their captions as the text's paragraphs.)
const ORDER_OPENERS: [&str; 4] = ["From left", "Left to right", "From left to right", "De gauche à droite"];

/// First words of a credit in parentheses closing a caption (`(Photo provided by the
/// author)`, `(Courtesy of the family)`).
const CREDIT_OPENERS: [&str; 9] =
    ["photo", "photos", "image", "images", "picture", "photograph", "courtesy", "crédit", "credit"];

/// Words a credit in parentheses may hold.
const CREDIT_WORDS_MAX: usize = 10;

/// Words after `In this` / `This` / `Sur cette` that name a picture.
const PICTURE_WORDS: [&str; 10] = [
    "photo",
    "image",
    "picture",
    "photograph",
    "handout",
    "frame",
    "photographie",
    "capture",
    "illustration",
    "gravure",
];

/// Whether a body line is a photo's caption by the conventions captions are written in.
pub(super) fn is_caption(l: &str) -> bool {
    let t = plain(l).0.trim_matches('*').trim();
    let n = t.chars().count();
    if n == 0 || n > CAPTION_MAX {
        return false;
    }
    file_mark(t)
        || on_the_picture(t)
        || placed(t)
        || stock_credit(t)
        || closing_credit(t)
        || (n <= GLUED_MAX && glued_credit(t))
}

/// Whether a line opens as a wire caption (`FILE - …`, `This photo provided by …`) at any
/// length: a wire caption may run past [`CAPTION_MAX`] and its opening says what it is.
pub(super) fn opens_as_caption(l: &str) -> bool {
    let t = plain(l).0.trim_matches('*').trim();
    file_mark(t) || on_the_picture(t)
}

/// Removes the captions [`is_caption`] tells from a whole page's body, and the pictures'
/// other lines around the paragraphs ([`picture_lines`]).
pub(super) fn drop_captions(body: &mut Vec<&str>) {
    let drop = picture_lines(body);
    let mut i = 0;
    body.retain(|_| {
        i += 1;
        !drop[i - 1]
    });
}

/// Words a picture's line printed over its credit or its caption may hold: a short
/// description of the frame, as the Markdown writer reads a caption next to a credit
/// (`body_markdown`). A paragraph, or a caption the reference takes for one, runs longer.
const PICTURE_CAPTION_WORDS: usize = 14;

/// Characters of such a line.
const PICTURE_CAPTION_CHARS: usize = 120;

/// Words of a credit line standing alone (`Image: Studio Name`, `Photo : Jane Roe / AFP`).
const CREDIT_LINE_WORDS: usize = 12;

/// The lines of a picture left in the body: a caption [`is_caption`] tells, a credit
/// standing alone on its line (`Image: Studio`, `© Jane Roe`, `Jane Roe/Getty Images`), and
/// the short line printed right over either with no blank line between: the picture's
/// description over its credit, or its alternative text over its caption (one element of the
/// page printed as two lines; a paragraph is never glued to the credit of the picture under
/// it, a blank line or the picture stands between). The pair must stand alone (a blank line
/// over it and under it), and the line be short and hold no list mark. A credit glued to a
/// line kept stays with it.
pub(super) fn picture_lines(body: &[&str]) -> Vec<bool> {
    let mut drop = vec![false; body.len()];
    for (i, l) in body.iter().enumerate() {
        let caption = is_caption(l);
        if !caption && !credit_line(l) {
            continue;
        }
        let above = i.checked_sub(1).filter(|&a| !body[a].trim().is_empty());
        let below = Some(i + 1).filter(|&b| b < body.len() && !body[b].trim().is_empty());
        // A line shaped as a subheading glued to the credit may be the picture's caption or
        // the title of the section the picture opens: the pair stays, and the Markdown writer
        // marks the caption as one (`body_markdown`), where alone it would become a heading.
        // The picture stands as a block of its own: a blank line over its first line and
        // under its last. A text printed with no blank lines tells no element from the next.
        let blank_below = below.is_none() && (i + 1 == body.len() || body[i + 1].trim().is_empty());
        let picture_above = above
            .filter(|&a| blank_below && a > 0 && body[a - 1].trim().is_empty() && !drop[a] && picture_caption(body[a]));
        if let Some(a) = picture_above {
            drop[a] = true;
            drop[i] = true;
        } else if caption || (above.is_none() && below.is_none()) {
            // A caption goes by its conventions; a credit goes when nothing is glued to it.
            // One glued to a line kept stays with it, and the Markdown writer marks the pair as
            // a caption (alone, a caption shaped as a subheading would become a heading).
            drop[i] = true;
        }
    }
    drop
}

/// The alternative text and the caption of each picture a whole page prints right under a
/// paragraph with no blank line between, read on the page as dumped: `… the radio.` /
/// `sketch of the suspect Learn More` / `The FBI released this drawing in 1971.` / `Jane
/// Roe//Getty Images`, then a blank line. The credit ([`credit_line`]) stands last before the
/// blank line, the line over it is a sentence of a caption's length, and the line over that is
/// the picture's alternative text, a short line that no mark closes and that is not shaped as
/// a subheading ([`alt_text`]); the paragraph over the three stays. A page that prints the
/// same credit under each of its pictures has it blanked as a repeated line before the body is
/// cut, which leaves the other two glued under the paragraph: hence read here, and their copies
/// dropped from the body (`boilerplate::drop_caption_copies`). The caption's day is the
/// picture's; left in the body it became an event of the chronology. The lines over a credit
/// in a text printed with no blank lines are a paragraph's, and stay (the alternative text
/// reads no sentence, and no blank line closes the credit).
pub(super) fn glued_picture_texts(lines: &[&str]) -> std::collections::HashSet<String> {
    let mut texts = std::collections::HashSet::new();
    for i in 2..lines.len() {
        let blank_below = lines.get(i + 1).is_none_or(|l| l.trim().is_empty());
        if !blank_below || !credit_line(lines[i]) {
            continue;
        }
        let (caption, bullet) = plain(lines[i - 1]);
        let caption = caption.trim_matches('*').trim();
        let n = caption.chars().count();
        if !bullet
            && (1..=CAPTION_MAX).contains(&n)
            && caption.ends_with(['.', '!', '?', '”', '"', ')'])
            && !credit_line(lines[i - 1])
            && alt_text(lines[i - 2])
        {
            texts.insert(lines[i - 2].trim().to_string());
            texts.insert(lines[i - 1].trim().to_string());
        }
    }
    texts
}

/// Whether a line reads as a picture's alternative text printed over its caption: a
/// description of a few words ([`picture_caption`]) that closes on no mark at all (a
/// sentence, a quote or a parenthesis closes a paragraph's line), or that opens in lower case,
/// as no sentence does (`sketch of the suspect Learn About D.B.`: initials close it).
fn alt_text(l: &str) -> bool {
    let t = plain(l).0.trim_matches('*').trim();
    picture_caption(l) && (t.ends_with(|c: char| c.is_alphanumeric()) || t.starts_with(char::is_lowercase))
}

/// Whether a line is only a picture's credit: a credit word with its mark (`Photo:`,
/// `Image :`, `Crédit photo :`, `Photo by …`), a copyright sign, a stock agency or a wire
/// agency between slashes (`Jane Roe/AFP`). No sentence, a few words.
pub(super) fn credit_line(l: &str) -> bool {
    let t = plain(l).0.trim_matches('*').trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.is_empty() || words.len() > CREDIT_LINE_WORDS || t.contains(". ") || t.ends_with(['!', '?', ':']) {
        return false;
    }
    let lower = t.to_lowercase();
    let first = lower.split(|c: char| c.is_whitespace() || c == ':').next().unwrap_or("");
    // The credit word is marked as a label: a colon within its first three words, or `by`.
    let head: String = words.iter().take(3).copied().collect::<Vec<_>>().join(" ").to_lowercase();
    let labelled = CREDIT_WORDS.contains(&first)
        && (head.contains(':') || matches!(words.get(1).map(|w| w.to_lowercase()).as_deref(), Some("by" | "par" | "de")))
        // `Image 4: The autonomy slider`: a figure's number, the article's own caption.
        && !words.get(1).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
        && names_a_source(credited_part(t));
    let agency = lower.contains('/')
        && lower.split(['/', '|']).any(|part| {
            let p = part.trim();
            PHOTO_AGENCIES.contains(&p) || STOCK.iter().any(|s| p.ends_with(&s.to_lowercase()))
        });
    // A stock agency's name alone, or after the photographer's (`Jane Roe/Getty Images`,
    // `Bloomberg via Getty Images`).
    let stock =
        STOCK.iter().any(|s| t.eq_ignore_ascii_case(s) || (t.ends_with(s) && (t.contains('/') || t.contains(" via "))));
    labelled || t.starts_with('©') || agency || stock
}

/// Removes the credit lines standing alone ([`credit_line`]: a blank line over and under
/// them) from the body of a saved page, whose captions its markup told apart and the
/// reference may keep: a credit alone (`Photo: Jane Roe`, `Getty Images`) captions nothing.
pub(super) fn drop_lone_credits(body: &mut Vec<&str>) {
    let filled = |i: usize| body.get(i).is_some_and(|l: &&str| !l.trim().is_empty());
    let drop: Vec<bool> =
        (0..body.len()).map(|i| credit_line(body[i]) && !(i > 0 && filled(i - 1)) && !filled(i + 1)).collect();
    let mut i = 0;
    body.retain(|_| {
        i += 1;
        !drop[i - 1]
    });
}

/// Whether a line printed right over a credit or a caption reads as the picture's: short,
/// no list item, not a heading's label (`Notes :`), not a credit itself, and not shaped as a
/// subheading (a section's title may stand right over the picture that opens the section).
fn picture_caption(l: &str) -> bool {
    let (t, bullet) = plain(l);
    let t = t.trim_matches('*').trim();
    let words = t.split_whitespace().count();
    !bullet
        && (1..=PICTURE_CAPTION_WORDS).contains(&words)
        && t.chars().count() <= PICTURE_CAPTION_CHARS
        && !t.ends_with(':')
        && !credit_line(t)
        && !is_caption(t)
        && !super::line::is_subheading(t)
}

/// What a labelled credit credits: the words after its label's colon, or after `by`.
fn credited_part(t: &str) -> &str {
    if let Some(c) = t.find(':') {
        return t[c + 1..].trim();
    }
    let mut words = t.splitn(3, ' ');
    words.next();
    words.next();
    words.next().unwrap_or("").trim()
}

/// Words of a credit's source that may be written in lower case (`Courtesy of the artist`
/// is no credit line, `Jane Roe via Getty Images for Vogue` is).
const SOURCE_LINKS: [&str; 9] = ["of", "de", "du", "des", "via", "for", "pour", "and", "et"];

/// Whether the words a label credits name a source, not a sentence about the picture
/// (`Image: Studio Name`, `Photo : Jane Roe / AFP`; not `Image: fragments of a shell found in
/// a field`): most of its words capitalised, or written as a handle or a path.
fn names_a_source(rest: &str) -> bool {
    let words: Vec<&str> = rest
        .split(|c: char| c.is_whitespace() || c == '/' || c == '|' || c == ',')
        .filter(|w| !w.is_empty() && !SOURCE_LINKS.contains(&w.to_lowercase().as_str()))
        .collect();
    let named = words.iter().filter(|w| !w.starts_with(|c: char| c.is_lowercase())).count();
    !words.is_empty() && named * 3 >= words.len() * 2
}

/// `FILE - Police tape blocks a street …`: the wire's mark of a photo taken for an earlier
/// story.
fn file_mark(t: &str) -> bool {
    ["FILE - ", "FILE – ", "FILE — ", "FILE PHOTO - ", "FILE PHOTO: ", "FILE PHOTO – "].iter().any(|m| t.starts_with(m))
}

/// `In this photo issued by ITV, …`, `This image provided by …`, `In this undated handout
/// photo …`, `Sur cette photo prise le …`: a sentence about the picture it sits under.
fn on_the_picture(t: &str) -> bool {
    let rest = ["In this ", "This ", "Sur cette ", "Sur ce "].iter().find_map(|o| t.strip_prefix(o));
    let Some(rest) = rest else { return false };
    let words: Vec<String> =
        rest.split_whitespace().take(3).map(|w| w.trim_end_matches([',', ':']).to_lowercase()).collect();
    let Some(at) = words.iter().position(|w| PICTURE_WORDS.contains(&w.as_str())) else { return false };
    // `This photo shows`, `In this photo,`: the picture, not a photo the story is about
    // (`This photo of the ministers became a symbol`).
    let after = rest.split_whitespace().nth(at + 1).unwrap_or("");
    let picture_comma = rest.split_whitespace().nth(at).is_some_and(|w| w.ends_with(','));
    picture_comma
        || t.starts_with("In this ")
        || t.starts_with("Sur ce")
        || [
            "provided",
            "released",
            "issued",
            "taken",
            "made",
            "shows",
            "obtained",
            "courtesy",
            "distributed",
            "supplied",
        ]
        .contains(&after)
}

/// `Jane Roe, left, and John Doe …`, `From left, …`: the people in the frame placed in it.
fn placed(t: &str) -> bool {
    if ORDER_OPENERS.iter().any(|o| t.strip_prefix(o).is_some_and(|r| r.starts_with([',', ':', ';']))) {
        return true;
    }
    let head: String = t.chars().take(POSITION_WITHIN).collect();
    POSITIONS.iter().any(|p| head.contains(p))
}

/// `A woman holding glasses over her face Shutterstock`: a stock agency's name after the last
/// word, with no mark or sentence end before it.
fn stock_credit(t: &str) -> bool {
    STOCK.iter().any(|s| {
        t.strip_suffix(s)
            .and_then(|r| r.strip_suffix(' '))
            .is_some_and(|r| r.ends_with(|c: char| c.is_alphabetic()) && r.split_whitespace().count() >= 3)
    })
}

/// `The author with his family on their farm. (Photo provided by the author)`: a credit in
/// parentheses after the last sentence, opening with a picture's word. A paragraph's closing
/// parenthesis cites a source or a date, not a photo.
fn closing_credit(t: &str) -> bool {
    let Some(open) = t.strip_suffix(')').and_then(|r| r.rfind('(')) else { return false };
    let inner = &t[open + 1..t.len() - 1];
    let first = inner.split(|c: char| c.is_whitespace() || c == ':').next().unwrap_or("").to_lowercase();
    open > 0
        && t[..open].trim_end().ends_with(['.', '!', '?', '”', '"'])
        && CREDIT_OPENERS.contains(&first.as_str())
        && inner.split_whitespace().count() <= CREDIT_WORDS_MAX
}

/// `Aoki Lee Simmons wears Bernard James necklace.Whitney Hayes`: a name of one to
/// [`GLUED_WORDS`] capitalised words glued to the period of the line's last sentence, the
/// photographer's credit printed in the next element with no space between.
fn glued_credit(t: &str) -> bool {
    let Some(dot) = t.rfind('.') else { return false };
    let (before, tail) = (&t[..dot], &t[dot + 1..]);
    if tail.is_empty() || tail.starts_with(' ') || !before.ends_with(|c: char| c.is_lowercase() || c == ')') {
        return false;
    }
    let words: Vec<&str> = tail.split(' ').collect();
    let name_word = |w: &str| {
        w.chars().count() >= 2
            && w.starts_with(|c: char| c.is_uppercase())
            && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
    };
    before.split_whitespace().count() >= 3 && words.len() <= GLUED_WORDS && words.iter().all(|w| name_word(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_captions_are_told_by_their_conventions() {
        assert!(is_caption(
            "FILE - Police tape blocks a street outside the home of Paul Pelosi in San Francisco on Oct. 28, 2022."
        ));
        assert!(is_caption(
            "In this photo issued by ITV, Boris Johnson reacts during the debate in Salford, Tuesday, Nov. 19, 2019."
        ));
        assert!(is_caption("This photo provided by the Fire Department shows the interior of a plant."));
        assert!(is_caption(
            "SAG-AFTRA chief negotiator Duncan Crabtree-Ireland, left, rallies striking actors outside the studio, Friday, Nov. 3."
        ));
        assert!(is_caption("From left, Jane Roe and John Doe lead a cheer outside the studio."));
        assert!(is_caption("A woman holding glasses over her face Shutterstock"));
        assert!(is_caption("Aoki Lee Simmons wears Bernard James necklace.Whitney Hayes"));
        assert!(is_caption("Sur cette photo prise le 12 juillet 2023, des manifestants à Paris."));
        assert!(is_caption("The author with his family on their farm in Virginia. (Photo provided by the author)"));
    }

    #[test]
    fn a_wire_caption_opens_as_one_at_any_length() {
        let long =
            format!("FILE - Police tape blocks a street outside the home of Paul Pelosi. {}", "More. ".repeat(80));
        assert!(!is_caption(&long));
        assert!(opens_as_caption(&long));
        assert!(opens_as_caption("This photo provided by the Fire Department shows the interior of a plant."));
        assert!(!opens_as_caption(
            "This photo of the ministers became a symbol of the summit, and was printed everywhere."
        ));
        assert!(!opens_as_caption(
            "The council voted on Monday to close the harbour bridge for repairs until the spring."
        ));
    }

    #[test]
    fn a_picture_credit_goes_with_the_caption_printed_right_over_it() {
        const A: &str = "The harbour was rebuilt over two summers, and the ferries came back in June.";
        const B: &str = "Fishermen say the new quay is wider than the old one and safer in a storm.";
        let mut body = vec![
            A,
            "",
            "Two ferries wait at the rebuilt quay on a grey morning.",
            "Image: Northwind Studio",
            "",
            B,
            "",
            "© Jane Roe / AFP",
            "",
            B,
        ];
        drop_captions(&mut body);
        assert_eq!(body, [A, "", "", B, "", "", B]);
    }

    #[test]
    fn a_pictures_alternative_text_goes_with_its_caption() {
        const A: &str = "The harbour was rebuilt over two summers, and the ferries came back in June.";
        let mut body = vec![
            A,
            "",
            "A ferry at the rebuilt quay.",
            "The first ferry of the season docks at the new quay on a grey morning.Jane Roe",
            "",
            A,
        ];
        drop_captions(&mut body);
        assert_eq!(body, [A, "", "", A]);
        // A line longer than a picture's description stays: a paragraph, or a caption the
        // page prints as one.
        let long = "The first ferry of the season came in at dawn, with the mayor, the harbour master and a brass band on the deck.";
        let mut body = vec!["", long, "Photo by Jane Roe/Getty Images", "", A];
        drop_captions(&mut body);
        assert_eq!(body, ["", long, "Photo by Jane Roe/Getty Images", "", A]);
    }

    #[test]
    fn a_picture_glued_under_a_paragraph_is_read_with_its_alternative_text() {
        const A: &str = "   The harbour was rebuilt over two summers, and the ferries came back in June.";
        const B: &str = "   Fishermen say the new quay is wider than the old one and safer in a storm.";
        let alt = "   old quay under snow See the Pictures";
        let caption = "   The old quay under snow in February 1998, before the storm took it.";
        let page = [A, alt, caption, "   Jane Roe//Getty Images", "", B];
        let texts = glued_picture_texts(&page);
        assert_eq!(texts.len(), 2);
        assert!(texts.contains(alt.trim()) && texts.contains(caption.trim()));
        // A paragraph's short closing sentence over a caption is no alternative text; a
        // description in lower case closed by initials is.
        let page = [A, "   It was a cold day.", caption, "   Jane Roe//Getty Images", "", B];
        assert!(glued_picture_texts(&page).is_empty());
        let page = [A, "   sketch of the quay Learn About St. J.", caption, "   Jane Roe//Getty Images", "", B];
        assert_eq!(glued_picture_texts(&page).len(), 2);
        // Nor is anything read when no blank line closes the credit: a text printed with no
        // blank lines.
        let page = [A, alt, caption, "   Jane Roe//Getty Images", B];
        assert!(glued_picture_texts(&page).is_empty());
        // Nor when the line over the credit is a paragraph's, not a caption's length.
        let long = format!("   {}", "The quay was rebuilt, and the town came to see it. ".repeat(9));
        let page = [A, alt, long.as_str(), "   Jane Roe//Getty Images", "", B];
        assert!(glued_picture_texts(&page).is_empty());
    }

    #[test]
    fn a_credit_takes_no_subheading_paragraph_or_list_item_with_it() {
        const A: &str = "The harbour was rebuilt over two summers, and the ferries came back in June.";
        // A section's title right over the picture that opens it stays; so does a paragraph a
        // blank line sets apart from the credit, and a list item.
        let mut body = vec!["The New Quay", "Photo: Jane Roe/Reuters", "", A, "", "Credit: Harbour Board"];
        drop_captions(&mut body);
        assert_eq!(body, ["The New Quay", "Photo: Jane Roe/Reuters", "", A, ""]);
        let mut body = vec!["", "- Ferries run every hour in summer.", "Photo by Jane Roe/Getty Images", "", A];
        drop_captions(&mut body);
        assert_eq!(body, ["", "- Ferries run every hour in summer.", "Photo by Jane Roe/Getty Images", "", A]);
        // A text printed with no blank lines: the caption over a credit stays.
        let mut body = vec!["The quay at dawn.", "Photo: Jane Roe/Reuters", A];
        drop_captions(&mut body);
        assert_eq!(body, ["The quay at dawn.", "Photo: Jane Roe/Reuters", A]);
    }

    #[test]
    fn a_caption_goes_even_under_a_subheading() {
        const A: &str = "The harbour was rebuilt over two summers, and the ferries came back in June.";
        let mut body =
            vec!["The New Quay", "The mayor opens the new quay. (Photo provided by the harbour board)", "", A];
        drop_captions(&mut body);
        assert_eq!(body, ["The New Quay", "", A]);
    }

    #[test]
    fn a_saved_page_loses_its_lone_credits_but_keeps_its_captions() {
        const PARA: &str = "The harbour board met on Tuesday to weigh the plan for the new quay and its two cranes.";
        let caption = "*The new quay at dawn, before the cranes arrived. Jane Roe/AFP*";
        let mut body = vec![PARA, "", "*Photo: Jane Roe*", "", caption, "", "*Shutterstock*", "", PARA];
        drop_lone_credits(&mut body);
        assert_eq!(body, vec![PARA, "", "", caption, "", "", PARA]);
        // A credit glued to a line stays with it.
        let kept = vec![PARA, "The quay", "Photo: Jane Roe", "", PARA];
        let mut body = kept.clone();
        drop_lone_credits(&mut body);
        assert_eq!(body, kept);
    }

    #[test]
    fn a_credit_line_names_a_source() {
        assert!(credit_line("Image: Northwind Studio"));
        assert!(credit_line("*Crédit photo : Jeanne Dupont*"));
        assert!(credit_line("Photo by Jane Roe/Getty Images"));
        assert!(credit_line("Jane Roe/AFP"));
        assert!(credit_line("©Harbour Board"));
        assert!(credit_line("*Getty Images*"));
        assert!(credit_line("Bloomberg via Getty Images"));
        assert!(!credit_line("Getty Images reported a loss for the year"));
        // A figure's number, a sentence after the label, a paragraph opening on a credit word.
        assert!(!credit_line("Image 2: A simple pipeline"));
        assert!(!credit_line("Image: fragments of a shell found in a field"));
        assert!(!credit_line("Image is everything in politics, she said."));
        assert!(!credit_line("Photographs from the archive show the harbour in 1910."));
        assert!(!credit_line("Photo: the quay at dawn. The ferries were late again that day"));
    }

    #[test]
    fn paragraphs_stay() {
        // A paragraph that names a photo, a credit glued to the text's last long paragraph, a
        // parenthesised side and a bare agency in a sentence.
        assert!(!is_caption(
            "This photo of the ministers became a symbol of the summit, and the press used it for weeks."
        ));
        assert!(!is_caption(
            "Les auteurs considèrent ainsi que la manipulation d’un vrai livre apporte des informations plus riches, ce qui favorise la mémorisation de ce qui est lu.The Conversation"
        ));
        assert!(!is_caption("The ransomware spreads to other contacts. android ransomware Android/Filecoder.C"));
        assert!(!is_caption("Jane Roe (left) and John Doe met the minister on Monday to discuss the plan."));
        assert!(!is_caption("The picture was sold to Getty Images."));
        assert!(!is_caption("He turned left, and the crowd followed him to the square."));
        assert!(!is_caption("Pictured from left, are romance novelists Jane Roe and Mary Major, at the festival."));
        assert!(!is_caption("Prices rose by a fifth last year. (Source: the national statistics office)"));
    }
}
