//! The body turned into Markdown: paste splits mended, headings, captions, lists, links and
//! footnote markers.

use super::block::{image_token, is_form, is_offer, is_paragraph};
use super::line::{ends_with_marker, is_image_file, is_photo_credit, is_subheading, strip_dead_links};

/// What the page reader leaves in place of a line it drops as no text but part of the article
/// (a program's listing, a table's rows): blank to every reader (a Unicode paragraph separator,
/// which `trim` takes off), yet a break no paste split is mended across. The line before a
/// dropped listing may end open (`…in the St. Louis area`), and the one after it open in lower
/// case (`click to enlarge`): glued, they made one paragraph of two.
pub(super) const DROPPED: &str = "\u{2029}";

/// A body line once paste splits are mended: a list item or not, and whether a blank line
/// came before it.
pub(super) struct Block {
    item: bool,
    text: String,
    after_blank: bool,
    /// Marked up already, as a saved page's conversion or a Markdown paste writes it:
    /// `## Heading` or `*caption*`.
    marked: Option<Marked>,
    /// Part of a quoted embedded post (its text and its signature).
    quote: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Marked {
    Heading,
    Caption,
}

/// `## Heading` (one to four `#`) or a whole line in `*…*`.
pub(super) fn marked(l: &str) -> Option<(Marked, &str)> {
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

/// The body's blocks; `quoted[i]` tells that line `i` is part of an embedded post.
pub(super) fn body_blocks(lines: &[&str], quoted: &[bool]) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut blank = false;
    // A dropped line (see [`DROPPED`]) since the last block: the next line opens its own.
    let mut dropped = false;
    for (n, line) in lines.iter().enumerate() {
        let quote = quoted.get(n).copied().unwrap_or(false);
        dropped |= line.contains(DROPPED);
        let l = without_image_names(line.trim());
        // A list item with nothing in it (`*`, `•`): a text browser's mark for an empty
        // element, or one whose picture was its only content.
        // A picture's file name printed where it stood: nothing of the text.
        if l.is_empty() || matches!(l, "*" | "•" | "-" | "+") || is_image_file(l) {
            blank = true;
            continue;
        }
        if let Some((kind, content)) = marked(l) {
            blocks.push(Block {
                item: false,
                text: content.to_string(),
                after_blank: blank,
                marked: Some(kind),
                quote: false,
            });
            blank = false;
            dropped = false;
            continue;
        }
        let (item, content) =
            match l.strip_prefix("• ").or_else(|| l.strip_prefix("- ")).or_else(|| l.strip_prefix("* ")) {
                Some(c) => (true, c.trim()),
                None => (false, l),
            };
        if let Some(prev) = blocks.last_mut().filter(|p| p.marked.is_none() && p.quote == quote) {
            if !item && !dropped && continues(&prev.text, content) {
                prev.text.push(' ');
                prev.text.push_str(content);
                blank = false;
                continue;
            }
        }
        blocks.push(Block { item, text: content.to_string(), after_blank: blank, marked: None, quote });
        blank = false;
        dropped = false;
    }
    blocks
}

/// Lines over a sign-up form that may be its box's heading and pitch (`L'actu des régions`,
/// `Chaque jour, un tour d'horizon…`).
const SIGNUP_ABOVE: usize = 2;

/// Lines under a sign-up form that may be its button and consent notice.
const SIGNUP_BELOW: usize = 3;

/// Characters of a line over a sign-up form that may be its heading or pitch.
const SIGNUP_PITCH_MAX: usize = 120;

/// Removes the sign-up boxes set inside a text: a form's field (`____ votre adresse e-mail`),
/// with the button and the consent notice under it (`(BUTTON) s'inscrire`, `France Télévisions
/// utilise votre adresse e-mail afin de vous envoyer la newsletter…`) and, when one of those
/// offers the reader something, the heading and pitch printed right over it (short lines, no
/// paragraph, no blank line between).
pub(super) fn drop_signup_boxes(body: &mut Vec<&str>) {
    let mut drop = vec![false; body.len()];
    for f in (0..body.len()).filter(|&i| is_form(body[i])) {
        drop[f] = true;
        let mut offered = is_offer(body[f]);
        let mut below = 0;
        for j in f + 1..body.len() {
            let l = body[j];
            if l.trim().is_empty() {
                continue;
            }
            if below == SIGNUP_BELOW || !(l.contains("(BUTTON)") || is_offer(l)) {
                break;
            }
            offered |= is_offer(l);
            drop[j] = true;
            below += 1;
        }
        if !offered {
            continue;
        }
        for i in (f.saturating_sub(SIGNUP_ABOVE)..f).rev() {
            let l = body[i].trim();
            if l.is_empty() || is_paragraph(l) || l.chars().count() > SIGNUP_PITCH_MAX {
                break;
            }
            drop[i] = true;
        }
    }
    let mut i = 0;
    body.retain(|_| {
        i += 1;
        !drop[i - 1]
    });
}

/// A line without the image names a text browser prints before it (`[2541683.png] C'est à
/// Nîmes…`).
fn without_image_names(l: &str) -> &str {
    let mut rest = l;
    loop {
        let tok = image_token(rest);
        if tok.is_empty() {
            return rest;
        }
        rest = rest[tok.len()..].trim_start();
    }
}

/// Whether `next` carries on the sentence `prev` leaves open: a paste broke a paragraph in the
/// middle of a sentence (`…la consommation` / `d'énergie du pays…`).
pub(super) fn continues(prev: &str, next: &str) -> bool {
    let open = !prev.ends_with(['.', '!', '?', '…', ':', ';', '»', '"', '”', ')', ']', '*']) && !ends_with_marker(prev);
    let next_lower = next.chars().next().is_some_and(char::is_lowercase);
    let prev_words = prev.split_whitespace().count();
    open && !is_photo_credit(prev)
        && !is_photo_credit(next)
        && ((next_lower && prev_words >= 3) || (prev.ends_with(',') && prev_words >= 6))
}

pub(super) fn body_markdown(lines: &[&str], quoted: &[bool], labels: &[&str]) -> String {
    let blocks = body_blocks(lines, quoted);
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
            // The blocks of one embedded post stay one quotation.
            let same_quote = b.quote && prev.is_some_and(|p| p.quote);
            out.push_str(if same_quote {
                "\n>\n"
            } else if tight {
                "\n"
            } else {
                "\n\n"
            });
        }
        if b.quote {
            // An embedded post, quoted as printed: no heading, list or caption read in it.
            out.push_str("> ");
            out.push_str(&escape_block_start(&content));
        } else if b.marked == Some(Marked::Heading) {
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

/// Keeps a line from being read as Markdown structure it never meant (`2022. Un an…`).
pub(super) fn escape_block_start(l: &str) -> String {
    let digits = l.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && l[digits..].starts_with(['.', ')']) {
        return format!("{}\\{}", &l[..digits], &l[digits..]);
    }
    if l.starts_with(['#', '>', '+', '=', '|']) || l.starts_with("---") || l.starts_with("***") {
        return format!("\\{l}");
    }
    l.to_string()
}

/// `forces russes1.` → `forces russes[^1].`: digits glued to a word or a closing quote, within
/// the source list's numbers and followed by punctuation or a space, are note markers; numbers
/// standing alone (`9 000`, `2022.`) are not.
pub(super) fn link_markers(l: &str, labels: &[&str]) -> String {
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

#[cfg(test)]
mod tests {
    use super::super::line::ends_with_credit;
    use super::*;

    #[test]
    fn a_caption_is_closed_by_its_credit() {
        assert!(ends_with_credit("Martin Wartman works on a neon sign in Cincinnati, in 2016. (John Minchillo / AP)"));
        assert!(ends_with_credit(
            "A file photograph shows the minister speaking in Shah Alam on November 19, 2024. — Picture by Yusof Mat Isa"
        ));
        assert!(!ends_with_credit("The cover of the book shows a photo by Annie Leibovitz of the singer at home."));
        assert!(ends_with_credit(
            "La secrétaire générale de la CGT à Matignon, le 12 juillet 2023. BERTRAND GUAY / AFP"
        ));
        assert!(ends_with_credit("A man walks past an armoured personnel carrier on Thursday Credit: STR/AFP"));
        assert!(!ends_with_credit(
            "Le ministre a répondu (lors d'une conférence à Paris) que la réforme irait à son terme."
        ));
        assert!(!ends_with_credit("Photo : AFP"));
        assert_eq!(without_image_names("[2541683.png] C'est à Nîmes."), "C'est à Nîmes.");
        assert_eq!(without_image_names("[^1]: Une note."), "[^1]: Une note.");
    }

    #[test]
    fn a_sign_up_box_inside_the_text_goes_with_its_heading_pitch_and_consent() {
        const PARA: &str =
            "Chaque année depuis plus de 25 ans, une maison attire tous les regards au mois de décembre.";
        const NEXT: &str = "Un espace banquise, un chalet, un village miniature, et bien sûr le père Noël.";
        let mut body = vec![
            PARA,
            "",
            "L’actu des régions",
            "Chaque jour, un tour d’horizon des principales infos de toutes les régions.",
            "____________________ votre adresse e-mail",
            "(BUTTON) s'inscrire",
            "France Télévisions utilise votre adresse e-mail afin de vous envoyer la newsletter. Vous pouvez vous désinscrire à tout moment.",
            "",
            NEXT,
        ];
        drop_signup_boxes(&mut body);
        assert_eq!(body, [PARA, "", "", NEXT]);
        // A form that offers nothing (a search field) takes no line over it.
        let mut body = vec![PARA, "Rechercher dans le site", "____________________ Rechercher", NEXT];
        drop_signup_boxes(&mut body);
        assert_eq!(body, [PARA, "Rechercher dans le site", NEXT]);
    }

    #[test]
    fn a_picture_file_name_leaves_the_body() {
        let lines = ["Le texte commence ici.", "04993998-photo-amd-radeon-hd-7700-3dmark-11.jpg", "Et il continue."];
        assert_eq!(body_markdown(&lines, &[], &[]), "Le texte commence ici.\n\nEt il continue.\n");
    }
}
