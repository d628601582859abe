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

use super::block::plain;

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

/// Removes the captions [`is_caption`] tells from a whole page's body.
pub(super) fn drop_captions(body: &mut Vec<&str>) {
    body.retain(|l| !is_caption(l));
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
