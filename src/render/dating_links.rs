//! The dating words of an article's own text, each made a link to its chronology entry, with
//! the resolved date after it when the words alone do not give it (`mardi <small>(16
//! septembre 2025)</small>`). An article page used to list its dated events under the text
//! (date, paragraph, the words again): about a third of a large dossier's article pages. The
//! words are on the page already, so they become the entries; an event whose words cannot be
//! found in the page's HTML (inline markup across them, a link around them) keeps its entry
//! in the list, as does an editors' event that only cites the article.

use crate::text::{matches_at, rarest};

/// One dating expression of the text to link.
pub struct Target<'a> {
    /// The anchor of the paragraph (or heading) that says it.
    pub block: &'a str,
    /// The paragraph's plain text, where `at` is.
    pub block_text: &'a str,
    /// The sentence that reports the event, as shown to readers (it may be cut, `…`).
    pub sentence: &'a str,
    /// The dating words.
    pub expression: &'a str,
    /// The event's chronology entry.
    pub url: &'a str,
    /// The resolved date as the site writes it, shown after the words when they do not
    /// give it whole (`None`: they do), or what it adds to them ([`date_after`]).
    pub date: Option<std::borrow::Cow<'a, str>>,
}

/// What to show after dating words `words` of date `long` (as the site writes it): the date,
/// or only what it adds when it starts with the words (`17 août` of `17 août 2025`: `2025`).
/// `own_year`, the year of the article's own date when the event's date is a single day or
/// month of that year: the reader has it from the article, so it is left out (`mardi (16
/// septembre)`), and nothing is shown when nothing is left to add (`17 août`, `ce lundi 17
/// août` in an article of 2025).
pub fn date_after<'a>(words: &str, long: &'a str, own_year: Option<&str>) -> Option<std::borrow::Cow<'a, str>> {
    let long = match own_year {
        Some(y) => long.strip_suffix(y).and_then(|l| l.strip_suffix(' ')).filter(|l| !l.is_empty()).unwrap_or(long),
        None => long,
    };
    let words = crate::text::trim(words);
    // Words and dates whose only capitals are ASCII (`Février`, `17 août 2025`: nearly all,
    // in French too) are compared byte for byte, ASCII letters folded: two lowercase
    // copies and a substring searcher a call were most of what the others cost.
    if folds_as_ascii(words) && folds_as_ascii(long) {
        return date_after_ascii(words, long);
    }
    date_after_folded(words, long)
}

/// [`date_after`] of trimmed `w` and `long` (`own_year` left out already), compared in
/// lowercase.
fn date_after_folded<'a>(w: &str, long: &'a str) -> Option<std::borrow::Cow<'a, str>> {
    let (w, l) = (w.to_lowercase(), long.to_lowercase());
    // The words say it already (`ce 19 novembre`, `juin dernier` of `juin`).
    if !w.is_empty() && !l.is_empty() && w.contains(l.as_str()) {
        return None;
    }
    Some(match l.strip_prefix(w.as_str()) {
        Some(rest) if !w.is_empty() && rest.starts_with(' ') && !rest.trim().is_empty() => {
            rest.trim().to_string().into()
        }
        _ => long.into(),
    })
}

/// Whether lowercasing `s` changes only its ASCII letters: each of its other characters is
/// its own lowercase (`é`, `û`, `«`, not `É`, `Σ`). Lowercase, such a text is its ASCII
/// lowercase, byte for byte.
fn folds_as_ascii(s: &str) -> bool {
    s.is_ascii() || s.chars().all(|c| c.is_ascii() || own_lowercase(c))
}

/// Whether `c` (not ASCII) is its own lowercase. Latin-1's signs and small letters and the
/// general punctuation (`«`, `é`, `û`, `’`, the narrow no-break space: nearly all a French
/// date's characters beyond ASCII) are answered without Unicode's case table.
fn own_lowercase(c: char) -> bool {
    if matches!(c, '\u{a0}'..='\u{bf}' | '\u{df}'..='\u{ff}' | '\u{2000}'..='\u{206f}') {
        return true;
    }
    let mut l = c.to_lowercase();
    l.next() == Some(c) && l.next().is_none()
}

/// [`date_after_folded`] of words and date whose lowercase is their ASCII lowercase
/// ([`folds_as_ascii`]: `mardi`, `16 septembre 2025`, `17 août`: most of them), compared
/// without copies in lowercase: the same answers, where the two copies were most of what each
/// of a build's hundreds of thousands of dating expressions cost here. A match of whole
/// characters starts on a character boundary, so a byte offset of one is one of the other.
fn date_after_ascii<'a>(w: &str, long: &'a str) -> Option<std::borrow::Cow<'a, str>> {
    let (wb, lb) = (w.as_bytes(), long.as_bytes());
    if !wb.is_empty() && !lb.is_empty() && wb.windows(lb.len()).any(|x| x.eq_ignore_ascii_case(lb)) {
        return None;
    }
    let starts = !wb.is_empty() && lb.len() >= wb.len() && lb[..wb.len()].eq_ignore_ascii_case(wb);
    Some(match long.get(wb.len()..).filter(|_| starts) {
        Some(rest) if rest.starts_with(' ') && !rest.trim().is_empty() => rest.trim().to_ascii_lowercase().into(),
        _ => long.into(),
    })
}

/// `html` with every target it can place linked; the second value says, for each target,
/// whether it was. A target is placed when its words are found, whole words, in its block's
/// text (the occurrence its sentence holds), the HTML of that block has them as often, none
/// inside a tag or a link, and no other target took the same words.
pub fn link(html: &str, targets: &[Target]) -> (String, Vec<bool>) {
    // (start, end, target), kept in order and apart: a new one is checked against its two
    // neighbours only (checked against every one, the test grew with the square of an
    // article's dating words), and the list needs no sort.
    let mut edits: Vec<(usize, usize, usize)> = Vec::with_capacity(targets.len());
    let mut placed = vec![false; targets.len()];
    // Each block's place in the page, found once: an article's targets are a few dozen in a
    // dozen paragraphs, and finding one is a scan of the page from its start.
    // With, for each, where its markup stands ([`Markup`]): whether words are in a tag or a
    // link was a scan of the block up to each of their places.
    let mut spans: Vec<Block> = Vec::with_capacity(16);
    // Where the page's ids stand, found in one pass: a search for each block's from the
    // page's start was a scan of most of the page per paragraph.
    let ids: Vec<usize> = memchr::memmem::find_iter(html.as_bytes(), ID).collect();
    // The places of each target's words in its block's text ([`place`]), one buffer for all.
    let mut all = Vec::new();
    for (k, t) in targets.iter().enumerate() {
        let k_span = match spans.iter().position(|(b, _, _)| same_id(b, t.block)) {
            Some(i) => i,
            None => {
                let span = block_span(html, &ids, t.block);
                let markup = span.map(|(s, e)| Markup::of(&html[s..e])).unwrap_or_default();
                spans.push((t.block, span, markup));
                spans.len() - 1
            }
        };
        let (_, span, markup) = &spans[k_span];
        let Some(span) = *span else { continue };
        if crate::text::trim(t.expression).is_empty() {
            continue;
        }
        let Some(at) = place(html, span, markup, t, &mut all) else { continue };
        let pos = edits.partition_point(|&(s, _, _)| s < at.0);
        let before = pos.checked_sub(1).is_some_and(|j| at.0 < edits[j].1);
        let after = edits.get(pos).is_some_and(|&(s, _, _)| s < at.1);
        if before || after {
            continue;
        }
        edits.insert(pos, (at.0, at.1, k));
        placed[k] = true;
    }
    let mut out = String::with_capacity(html.len() + edits.len() * 96);
    let mut from = 0;
    for &(s, e, k) in &edits {
        let t = &targets[k];
        out.push_str(&html[from..s]);
        // Unquoted when it can be (`href=../chronology-2022.html#e7`): two bytes a link.
        if super::event_html::unquoted(t.url) {
            out.push_str("<a href=");
            out.push_str(t.url);
            out.push('>');
        } else {
            out.push_str("<a href=\"");
            crate::text::push_escaped(&mut out, t.url);
            out.push_str("\">");
        }
        out.push_str(&html[s..e]);
        out.push_str("</a>");
        if let Some(d) = &t.date {
            out.push_str(" <small>(");
            crate::text::push_escaped(&mut out, d);
            out.push_str(")</small>");
        }
        from = e;
    }
    out.push_str(&html[from..]);
    (out, placed)
}

/// A block of the page: its id, its content's place ([`block_span`]) and its markup.
type Block<'h> = (&'h str, Option<(usize, usize)>, Markup);

/// Where in `html` target `t`'s words are (byte range), if they can be placed; `(start,
/// end)` is its block's content ([`block_span`]), `markup` where its tags and links stand,
/// The words are not blank.
fn place(
    html: &str,
    (start, end): (usize, usize),
    markup: &Markup,
    t: &Target,
    all: &mut Vec<usize>,
) -> Option<(usize, usize)> {
    // Into the caller's buffer, and the page's places counted as they are found rather than
    // collected: three vectors a target were a fifth of what linking an article's dates cost.
    all.clear();
    // The byte each search of the words starts from, picked once for all of them.
    let rare = rarest(t.expression.as_bytes());
    all.extend(whole_words_at(t.block_text, t.expression, rare));
    let nth = occurrence(t, all, rare)?;
    // A block whose HTML is its very text with no tag in it (most paragraphs of most articles):
    // the search of the HTML below would look for the same words (its first needle is them
    // as the Markdown renderer escapes them, which changes none of these) in the same bytes as
    // the search above, and find the same places, every one of them text, so that the `nth`
    // is the one. Searched again, it was a second search of the paragraph for every dating
    // link of every article.
    let unescaped = !t.expression.bytes().any(|b| matches!(b, b'&' | b'<' | b'>' | b'"'));
    if unescaped && markup.no_tag() && html.get(start..end) == Some(t.block_text) {
        let s = start + *all.get(nth)?;
        return Some((s, s + t.expression.len()));
    }
    place_in_html(html, (start, end), markup, t, all, nth)
}

/// [`place`]'s search of the block's HTML (content `start..end`, its tags and links `markup`)
/// for target `t`'s words, whose places in its text are `all`, the `nth` of them its own.
fn place_in_html(
    html: &str,
    (start, end): (usize, usize),
    markup: &Markup,
    t: &Target,
    all: &[usize],
    nth: usize,
) -> Option<(usize, usize)> {
    let count = all.len();
    // The Markdown renderer leaves apostrophes as they are; the templates' escaping does not.
    // Words with nothing to escape (nearly all) are looked for once.
    let plain = is_plain(t.expression);
    let rare = rarest(t.expression.as_bytes());
    let escaped;
    let needles: &[&str] = if plain {
        // Nothing either escape would change (nearly all words): no copies of them.
        &[t.expression]
    } else {
        let markdown = markdown_escaped(t.expression);
        let templates = crate::text::escape_html(t.expression);
        escaped = if markdown == templates { vec![markdown] } else { vec![markdown, templates] };
        &escaped.iter().map(String::as_str).collect::<Vec<_>>()
    };
    for needle in needles {
        let block = &html[start..end];
        // The places that are text of the block: how many, and the `nth`.
        let (mut found, mut at) = (0, None);
        let mut see = |i: usize| {
            if markup.is_text(i) {
                if found == nth {
                    at = Some(i);
                }
                found += 1;
            }
        };
        if needle.is_empty() {
            whole_words(block, needle).into_iter().for_each(&mut see);
        } else if plain {
            whole_words_at(block, needle, rare).for_each(&mut see);
        } else {
            whole_words_iter(block, needle).for_each(&mut see);
        }
        if found == count {
            let s = start + at?;
            return Some((s, s + needle.len()));
        }
    }
    None
}

/// Whether neither escape changes `s` (no `&`, `<`, `>`, `"`, `'`, control character below
/// the space, U+FFFE or U+FFFF): read a byte at a time from a table, where reading its
/// characters was a tenth of linking an article's dates. A byte `0xEF` (the lead of U+FFFE,
/// U+FFFF and the rest of U+F000–U+FFFF) counts as not plain: the escapes then leave the
/// other characters of that block as they are, and the words are looked for as they are.
fn is_plain(s: &str) -> bool {
    !s.bytes().any(|b| NOT_PLAIN[usize::from(b)])
}

/// The bytes [`is_plain`] stops at.
static NOT_PLAIN: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = b < b' ' || matches!(b, b'&' | b'<' | b'>' | b'"' | b'\'' | 0xEF);
        i += 1;
    }
    t
};

/// `s` escaped as the Markdown renderer escapes text (`&`, `<`, `>`, `"`).
fn markdown_escaped(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Which occurrence of its words (0 the first) in its block's text target `t` is: the one
/// inside its sentence. `all`: where its words stand in the block's text ([`whole_words`]);
/// `rare`, the [`rarest`] byte of its words (picked once for every search of them).
fn occurrence(t: &Target, all: &[usize], rare: usize) -> Option<usize> {
    match all.len() {
        0 => None,
        1 => Some(0),
        _ => {
            // The sentence as shown may be cut at either end (`…`): its text up to the words
            // is found in the block's, and the words after that are the mention's.
            let own = t.sentence.trim_matches(|c: char| c == '…' || c.is_whitespace());
            let k = whole_words_at(own, t.expression, rare).next()?;
            // The whole sentence first; else its lead, which may occur earlier too (`une
            // décision attendue en novembre … en mars`): the first of its places followed by
            // the words is the sentence's.
            // The leftmost, as `str::find` finds it (a two-way searcher set up for each was
            // most of what placing such words cost).
            let first = if own.is_empty() {
                Some(0)
            } else {
                crate::text::find_in_prose(t.block_text.as_bytes(), own.as_bytes())
            };
            if let Some(i) = first {
                return all.iter().position(|&p| p == i + k);
            }
            let lead = &own[..k];
            if lead.is_empty() {
                return None;
            }
            t.block_text.match_indices(lead).find_map(|(i, _)| all.iter().position(|&p| p == i + lead.len()))
        }
    }
}

/// The byte offsets of `words` in `text` where they stand as whole words.
fn whole_words(text: &str, words: &str) -> Vec<usize> {
    if words.is_empty() {
        return text.match_indices(words).map(|(i, _)| i).filter(|&i| is_whole(text, i, 0)).collect();
    }
    whole_words_by(text, words)
}

/// [`whole_words`] of `words` not empty.
fn whole_words_by(text: &str, words: &str) -> Vec<usize> {
    whole_words_iter(text, words).collect()
}

/// [`whole_words_by`], one place at a time.
fn whole_words_iter<'t>(text: &'t str, words: &'t str) -> impl Iterator<Item = usize> + 't {
    whole_words_at(text, words, rarest(words.as_bytes()))
}

/// [`whole_words_iter`] searching from byte `rare` of `words` (not empty), its
/// [`rarest`].
fn whole_words_at<'t>(text: &'t str, words: &'t str, rare: usize) -> impl Iterator<Item = usize> + 't {
    matches_at(text.as_bytes(), words.as_bytes(), rare).filter(move |&i| is_whole(text, i, words.len()))
}

/// [`crate::text::matches_at`] from the rarest byte of `needle`, as the searches here make it.
#[cfg(test)]
fn matches<'h>(hay: &'h [u8], needle: &'h [u8]) -> impl Iterator<Item = usize> + 'h {
    matches_at(hay, needle, rarest(needle))
}

/// Whether the `len` bytes at `i` of `text` stand as whole words: no letter or digit just
/// before or after them.
fn is_whole(text: &str, i: usize, len: usize) -> bool {
    let before = text[..i].chars().next_back();
    let after = text[i + len..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// What precedes an id's value in the HTML.
const ID: &str = " id=\"";

/// The content of the element whose `id` is `block` (between its start tag and its end tag);
/// `ids`, where [`ID`] stands in `html`, in order. The first ` id="<block>"` is the element's,
/// as `html.find` would find it.
fn block_span(html: &str, ids: &[usize], block: &str) -> Option<(usize, usize)> {
    let (bytes, id) = (html.as_bytes(), block.as_bytes());
    let at = *ids.iter().find(|&&i| {
        let rest = &bytes[i + ID.len()..];
        starts_with_short(rest, id) && rest.get(id.len()) == Some(&b'"')
    })?;
    let open = memchr::memrchr(b'<', &bytes[..at])?;
    // The tag's name, read in place: a copy of it and of its end tag were two allocations a
    // block of every article page.
    let name = &bytes[open + 1..at];
    let name = &name[..name.iter().take_while(|c| c.is_ascii_alphanumeric()).count()];
    if name.is_empty() {
        return None;
    }
    let start = at + memchr::memchr(b'>', &bytes[at..])? + 1;
    // The end tag (as `find` would find `</name>`), then the same start tag inside (as
    // `contains` would find `<name`).
    let end = start + find_tag(&bytes[start..], true, name)?;
    // A block with a block of the same kind inside (a list in a list item) is not a paragraph.
    if find_tag(&bytes[start..end], false, name).is_some() {
        return None;
    }
    Some((start, end))
}

/// Whether `a` and `b` are one block id: the same string, most often the very same one (a
/// paragraph's mentions share their id), else compared by [`starts_with_short`].
#[inline]
fn same_id(a: &str, b: &str) -> bool {
    a.len() == b.len() && (std::ptr::eq(a.as_ptr(), b.as_ptr()) || starts_with_short(a.as_bytes(), b.as_bytes()))
}

/// Whether `hay` starts with `prefix`, compared a byte at a time: the ids compared here are a
/// few bytes (`p12`), for which a call to `memcmp` each (two million at 10,000 articles, for
/// each target's block and each id of the page a block is looked for among) cost more than
/// the comparison.
#[inline]
fn starts_with_short(hay: &[u8], prefix: &[u8]) -> bool {
    hay.len() >= prefix.len() && hay.iter().zip(prefix).all(|(a, b)| a == b)
}

/// The first place in `html` of the end tag `</name>` (`close`) or of `<name` (not `close`),
/// as `memmem::find` gives it, from the `<`s alone: the two searches of each block of each
/// article page each made a searcher for a needle of a few bytes, which cost more than the
/// search.
fn find_tag(html: &[u8], close: bool, name: &[u8]) -> Option<usize> {
    memchr::memchr_iter(b'<', html).find(|&i| {
        let rest = &html[i + 1..];
        let rest = if close { rest.strip_prefix(b"/") } else { Some(rest) };
        match rest.and_then(|r| r.strip_prefix(name)) {
            Some(after) => !close || after.first() == Some(&b'>'),
            None => false,
        }
    })
}

/// Where a block's HTML has its `<` and `>`, each with, just after it, whether the block is
/// inside a tag (the last of them a `<`) and how many more links it has opened (`<a `, `<a>`)
/// than closed (`</a>`) up to there: whether words at an offset are text of the block or
/// markup is then a binary search.
#[derive(Default)]
struct Markup(Vec<(usize, bool, isize)>);

impl Markup {
    /// The marks of `html` (a block's content), in one pass over its `<` and `>`.
    fn of(html: &str) -> Markup {
        let bytes = html.as_bytes();
        let mut links = 0isize;
        let marks = memchr::memchr2_iter(b'<', b'>', bytes)
            .map(|i| {
                let open = bytes[i] == b'<';
                if open {
                    let rest = &bytes[i + 1..];
                    if rest.starts_with(b"a ") || rest.starts_with(b"a>") {
                        links += 1;
                    } else if rest.starts_with(b"/a>") {
                        links -= 1;
                    }
                }
                (i, open, links)
            })
            .collect();
        Markup(marks)
    }

    /// The offsets of `found` that are neither inside a tag nor inside a link of the block. A
    /// link's start tag cut by the offset (`<a` just before it) counts here where the scan of
    /// the block's text before the offset did not count it, but the offset is inside that tag
    /// then, and left out either way.
    #[cfg(test)]
    fn text_only(&self, found: Vec<usize>) -> Vec<usize> {
        found.into_iter().filter(|&i| self.is_text(i)).collect()
    }

    /// Whether the block has no tag: no `<` (a `>` alone opens nothing), so that every
    /// offset is text ([`Markup::is_text`]).
    fn no_tag(&self) -> bool {
        self.0.iter().all(|&(_, open, _)| !open)
    }

    /// Whether offset `i` is neither inside a tag nor inside a link of the block (see
    /// [`Markup::text_only`]).
    fn is_text(&self, i: usize) -> bool {
        match self.0.partition_point(|&(p, _, _)| p < i) {
            0 => true,
            k => {
                let (_, in_tag, links) = self.0[k - 1];
                !in_tag && links <= 0
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::escape_html;

    fn target<'a>(block: &'a str, text: &'a str, sentence: &'a str, expression: &'a str) -> Target<'a> {
        Target {
            block,
            block_text: text,
            sentence,
            expression,
            url: "../c.html#e1",
            date: Some("16 septembre 2025".into()),
        }
    }

    /// `block_span` as it was written with `str::find` and `contains`.
    fn block_span_by_str(html: &str, ids: &[usize], block: &str) -> Option<(usize, usize)> {
        let at = *ids
            .iter()
            .find(|&&i| html[i + ID.len()..].strip_prefix(block).is_some_and(|rest| rest.starts_with('"')))?;
        let open = html[..at].rfind('<')?;
        let name: String = html[open + 1..at].chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        if name.is_empty() {
            return None;
        }
        let start = at + html[at..].find('>')? + 1;
        let end = start + html[start..].find(&format!("</{name}>"))?;
        if html[start..end].contains(&format!("<{name}")) {
            return None;
        }
        Some((start, end))
    }

    #[test]
    fn finds_blocks_as_str_searches_did() {
        let pages = [
            r#"<p id="a">un é <b>deux</b></p><p id="b">x</p>"#,
            r#"<li id="a">un<ul><li id="b">deux</li></ul></li>"#,
            r#"<p id="a">sans fin"#,
            r#"<h2 id="a">t</h2><p id="a">p</p><p id="ab">q</p>"#,
            r#"< id="a">x</>"#,
            r#"<p id="a"><p>x</p>"#,
        ];
        for html in pages {
            let ids: Vec<usize> = memchr::memmem::find_iter(html.as_bytes(), ID).collect();
            for block in ["a", "b", "ab", "c"] {
                assert_eq!(block_span(html, &ids, block), block_span_by_str(html, &ids, block), "{html} {block}");
            }
        }
    }

    #[test]
    fn finds_tags_as_the_substring_search_does() {
        let html = "<p>a <pre>b</pre> c</p><p id=\"x\">d<p>e</p></p>";
        for (close, name) in [(true, "p"), (false, "p"), (false, "pre"), (true, "pre"), (false, "a"), (true, "li")] {
            let tag = if close { format!("</{name}>") } else { format!("<{name}") };
            for start in 0..html.len() {
                let hay = &html.as_bytes()[start..];
                assert_eq!(
                    find_tag(hay, close, name.as_bytes()),
                    memchr::memmem::find(hay, tag.as_bytes()),
                    "{tag} from {start}"
                );
            }
        }
    }

    #[test]
    fn counts_links_as_the_substring_counts_did() {
        for html in ["", "<a href=x>a</a> <a>b</a><abbr>c</abbr></a", "<<a <a></a></a>< a</ a>", "x<a\n<a >"] {
            let opened = html.matches("<a ").count() + html.matches("<a>").count();
            assert_eq!(links_opened_and_closed(html), (opened, html.matches("</a>").count()), "{html}");
        }
    }

    #[test]
    fn links_the_words_of_the_sentence_that_reports_the_event() {
        let text = "Mardi, le maire a parlé. Les élus ont voté mardi, dit-on.";
        let html = format!("<p id=\"p1\">{text}</p>\n<p id=\"p2\">mardi</p>");
        let (out, placed) = link(&html, &[target("p1", text, "Les élus ont voté mardi, dit-on.", "mardi")]);
        assert_eq!(placed, [true]);
        assert_eq!(
            out,
            "<p id=\"p1\">Mardi, le maire a parlé. Les élus ont voté <a href=../c.html#e1>mardi</a> \
             <small>(16 septembre 2025)</small>, dit-on.</p>\n<p id=\"p2\">mardi</p>"
        );
    }

    #[test]
    fn a_cut_sentence_still_finds_its_occurrence() {
        let text = "Le 3 mai, un vote. Puis, le 3 mai, un autre.";
        let html = format!("<p id=\"p4\">{text}</p>");
        let t = Target { date: None, ..target("p4", text, "…Puis, le 3 mai…", "3 mai") };
        let (out, placed) = link(&html, &[t]);
        assert_eq!(placed, [true]);
        assert!(out.ends_with("Puis, le <a href=../c.html#e1>3 mai</a>, un autre.</p>"), "{out}");
    }

    #[test]
    fn a_lead_said_twice_is_matched_where_the_words_follow_it() {
        let text = "attendue en novembre. Puis en mars, attendue en mars. Fin.";
        let html = format!("<p id=\"p6\">{text}</p>");
        let t = Target { date: None, ..target("p6", text, "…attendue en mars…", "mars") };
        let (out, placed) = link(&html, &[t]);
        assert_eq!(placed, [true]);
        assert!(out.ends_with("attendue en <a href=../c.html#e1>mars</a>. Fin.</p>"), "{out}");
    }

    #[test]
    fn words_in_a_link_a_tag_or_another_words_are_left_alone() {
        let text = "Lundi, lundi encore.";
        let html = "<p id=\"p1\"><a href=\"x\">Lundi</a>, <em title=\"lundi\">lundi</em> encore.</p>";
        // The HTML's text has the words as often as the block, but the first is in a link.
        let (out, placed) = link(html, &[target("p1", text, "Lundi, lundi encore.", "Lundi")]);
        assert_eq!((out.as_str(), placed.as_slice()), (html, &[false][..]));
        let t = target("p1", "Un lundi.", "Un lundi.", "lundi");
        let twice = [target("p1", "Un lundi.", "Un lundi.", "lundi"), t];
        let (out, placed) = link("<p id=\"p1\">Un lundi.</p>", &twice);
        assert_eq!(placed, [true, false]);
        assert_eq!(out.matches("<a ").count(), 1);
        // Missing block, missing words: nothing placed, nothing changed.
        let (out, placed) = link("<p id=\"p2\">x</p>", &[target("p1", "Un lundi.", "Un lundi.", "lundi")]);
        assert_eq!((out.as_str(), placed.as_slice()), ("<p id=\"p2\">x</p>", &[false][..]));
    }

    #[test]
    fn the_date_after_the_words_says_what_they_leave_out() {
        let after = |w, l, y| date_after(w, l, y).map(|d| d.into_owned());
        assert_eq!(after("17 août", "17 août 2025", None).unwrap(), "2025");
        assert_eq!(after("Février", "février 2025", None).unwrap(), "2025");
        assert_eq!(after("mardi", "16 septembre 2025", None).unwrap(), "16 septembre 2025");
        assert_eq!(after("les trois prochaines années", "de 2026 à 2028", None).unwrap(), "de 2026 à 2028");
        assert_eq!(after("17 août 2025", "17 août 2025", None), None);
        assert_eq!(after("1", "1er mai 2025", None).unwrap(), "1er mai 2025");
    }

    #[test]
    fn dates_with_no_capital_beyond_ascii_are_compared_as_the_folded_copies_compared_them() {
        let words = [
            "",
            " ",
            "Février",
            "17 AOÛT",
            "le 17 août 2025",
            "ΣΟΦΊΑ Σ",
            "İstanbul",
            "ÉTÉ 2025",
            "été",
            "x 2025 y",
            "ß",
            "\u{130}",
            "août",
            "Août 2025",
            "«\u{a0}mai\u{a0}»",
            "ǅ",
            "Ⅻ",
        ];
        let longs = [
            "",
            "2025",
            "17 août 2025",
            "février 2025",
            "Σοφία σ 2025",
            "i\u{307}stanbul 2025",
            "été 2025",
            "SS",
            "août",
            "AOÛT 2025",
            "mai\u{a0}» 2025",
            "ǆ",
            "ⅻ 2025",
        ];
        for w in words {
            for l in longs {
                let all = date_after(w, l, None).map(|d| d.into_owned());
                let folded = date_after_folded(w.trim(), l).map(|d| d.into_owned());
                assert_eq!(all, folded, "{w:?} {l:?}");
            }
            assert_eq!(folds_as_ascii(w), w.to_lowercase() == w.to_ascii_lowercase(), "{w:?}");
        }
        assert!(folds_as_ascii("Février «\u{a0}été\u{a0}»") && !folds_as_ascii("Édition") && !folds_as_ascii("Ⅻ"));
        // The ranges answered without the table answer as it does.
        for c in ('\u{80}'..='\u{2fff}').chain(['\u{1e9e}', '\u{10400}']) {
            let mut l = c.to_lowercase();
            assert_eq!(own_lowercase(c), l.next() == Some(c) && l.next().is_none(), "{c:?}");
        }
    }

    #[test]
    fn ascii_dates_are_compared_as_the_folded_copies_compared_them() {
        let words = ["", " ", "mardi", "MARDI ", "16 September", "16 september 2025", "Sept", "2025", "x 2025 y", "a"];
        let longs = ["", "2025", "16 September 2025", "16 SEPTEMBER", "16 September  ", "Mardi 16", "A", "x 2025 y"];
        for w in words {
            for l in longs {
                assert_eq!(date_after_ascii(w.trim(), l), date_after_folded(w.trim(), l), "{w:?} {l:?}");
            }
        }
    }

    #[test]
    fn plain_words_are_those_the_escapes_leave_as_they_are() {
        let chars = |s: &str| {
            !s.chars().any(|c| matches!(c, '&' | '<' | '>' | '"' | '\'' | '\u{FFFE}' | '\u{FFFF}') || c < ' ')
        };
        for s in ["", "mardi", "l'an dernier", "a & b", "x\u{1}", "x\ty", "«\u{a0}été»", "a<b", "\"q\""] {
            assert_eq!(is_plain(s), chars(s), "{s:?}");
        }
        // The rest of U+F000–U+FFFF counts as not plain, and both escapes keep it as it is.
        for s in ["\u{FFFE}x", "x\u{FFFF}", "\u{FB01}n", "\u{F000}"] {
            assert!(!is_plain(s), "{s:?}");
        }
        for s in ["\u{FB01}n", "\u{F000}", "x\u{FFFD}"] {
            assert_eq!((markdown_escaped(s), crate::text::escape_html(s)), (s.to_string(), s.to_string()));
        }
        let t = target("p1", "Le \u{FB01}n mars.", "Le \u{FB01}n mars.", "\u{FB01}n mars");
        let (out, placed) = link("<p id=\"p1\">Le \u{FB01}n mars.</p>", &[t]);
        assert_eq!(placed, [true]);
        assert!(out.contains(">\u{FB01}n mars</a>"), "{out}");
    }

    #[test]
    fn overlapping_words_go_to_the_first_target_whatever_their_order_in_the_page() {
        // Three targets: the last overlaps the first placed (a later place in the page than
        // the second), so it is left out, and the links come in the page's order.
        let text = "En mars puis le 3 mai 2025.";
        let html = format!("<p id=\"p1\">{text}</p>");
        let ts = [
            target("p1", text, text, "3 mai 2025"),
            target("p1", text, text, "mars"),
            target("p1", text, text, "mai"),
            target("p1", text, text, "En"),
        ];
        let (out, placed) = link(&html, &ts);
        assert_eq!(placed, [true, true, false, true]);
        let first = out.find(">En</a>").unwrap();
        assert!(
            first < out.find(">mars</a>").unwrap()
                && out.find(">mars</a>").unwrap() < out.find(">3 mai 2025</a>").unwrap()
        );
    }

    #[test]
    fn the_articles_own_year_is_left_to_the_reader() {
        let after = |w, l, y| date_after(w, l, y).map(|d| d.into_owned());
        assert_eq!(after("mardi", "16 septembre 2025", Some("2025")).unwrap(), "16 septembre");
        assert_eq!(after("Tuesday", "16 September 2025", Some("2025")).unwrap(), "16 September");
        assert_eq!(after("le mois dernier", "août 2025", Some("2025")).unwrap(), "août");
        // Nothing left to add: the words and the article's year say it all.
        assert_eq!(after("17 août", "17 août 2025", Some("2025")), None);
        assert_eq!(after("Février", "février 2025", Some("2025")), None);
        assert_eq!(after("Ce lundi 19 décembre", "19 décembre 2022", Some("2022")), None);
        assert_eq!(after("juin dernier", "juin 2022", Some("2022")), None);
        assert_eq!(after("ce lundi 19 décembre", "19 décembre 2022", None).unwrap(), "19 décembre 2022");
        // Only a trailing year goes, and never the whole date.
        assert_eq!(after("cette année", "2025", Some("2025")).unwrap(), "2025");
        assert_eq!(after("mardi", "16 septembre 2025", Some("2024")).unwrap(), "16 septembre 2025");
    }

    #[test]
    fn escapes_what_it_writes() {
        let t = Target { url: "a\"b", date: Some("<x>".into()), ..target("p1", "A & B lundi", "A & B lundi", "lundi") };
        let (out, placed) = link("<p id=\"p1\">A &amp; B lundi</p>", &[t]);
        assert_eq!(placed, [true]);
        assert_eq!(out, "<p id=\"p1\">A &amp; B <a href=\"a&quot;b\">lundi</a> <small>(&lt;x&gt;)</small></p>");
    }

    /// Which offsets of `found` in `html` the former scans kept: the block's text before each,
    /// searched back for `<` and `>` and counted for links.
    fn not_in_markup(html: &str, found: Vec<usize>) -> Vec<usize> {
        found
            .into_iter()
            .filter(|&i| {
                let before = &html[..i];
                let in_tag = match (before.rfind('<'), before.rfind('>')) {
                    (Some(open), Some(close)) => open > close,
                    (Some(_), None) => true,
                    _ => false,
                };
                !in_tag && {
                    let (opened, closed) = links_opened_and_closed(before);
                    opened <= closed
                }
            })
            .collect()
    }

    #[test]
    fn keeps_the_text_offsets_the_former_scans_kept() {
        let blocks = [
            "",
            "lundi",
            "<a href=x>lundi</a> lundi <em title=\"lundi\">lundi</em>",
            "</a></a> lundi <a>lundi</a> <a lundi> <abbr>lundi</abbr>",
            "x <a",
            "<a>é <a >ü</a> ß</a> <a\nb>c</a>> > <",
            "<<a <a></a></a>< a</ a>",
            "a > b < c <a>d</a><a href=\"e\">f<b>g</b></a>h",
        ];
        for html in blocks {
            let markup = Markup::of(html);
            let all: Vec<usize> = (0..=html.len()).filter(|&i| html.is_char_boundary(i)).collect();
            assert_eq!(markup.text_only(all.clone()), not_in_markup(html, all), "{html}");
        }
    }

    #[test]
    fn finds_what_the_vectorised_searcher_finds() {
        let hays = [
            "",
            "aaaa",
            "aaaaa",
            "abababa",
            "le 3 mai, le 3 mai; le 3 mais",
            "été été l'été",
            "ééé",
            "aaabaab bab babab en mars, en mars en marsen mars",
        ];
        // Needles whose rarest byte is not the first, nor the last (`aab`, `bab`), as well.
        for needle in ["a", "aa", "aba", "le 3 mai", "été", "é", "éé", "\u{a9}", "x", "aaaaaa", "aab", "bab", "en mars"]
        {
            for hay in hays {
                let want: Vec<usize> = memchr::memmem::find_iter(hay.as_bytes(), needle).collect();
                assert_eq!(matches(hay.as_bytes(), needle.as_bytes()).collect::<Vec<_>>(), want, "{hay} {needle}");
                assert_eq!(want, hay.match_indices(needle).map(|(i, _)| i).collect::<Vec<_>>(), "{hay} {needle}");
            }
        }
    }

    #[test]
    fn places_what_a_searcher_for_each_expression_placed() {
        // Repeated words, overlapping expressions, accents: each target placed as before.
        let text = "Le 3 mai, élu le 3 mai 2025; mardi, mardi prochain, l'été 2025 et l'été.";
        let html = format!("<p id=\"p1\">{}</p><p id=\"p2\">mardi <a href=x>mardi</a></p>", escape_html(text));
        let targets = [
            target("p1", text, "Le 3 mai, élu le 3 mai 2025; mardi, mardi prochain, l'été 2025 et l'été.", "3 mai"),
            target("p1", text, "…élu le 3 mai 2025…", "3 mai 2025"),
            target("p1", text, "…élu le 3 mai 2025…", "3 mai"),
            target("p1", text, "…mardi prochain…", "mardi prochain"),
            target("p1", text, "…mardi prochain…", "mardi"),
            target("p1", text, "…l'été 2025 et…", "l'été 2025"),
            target("p1", text, "…et l'été.", "l'été"),
            target("p1", text, "…et l'été.", "été"),
            target("p2", "mardi mardi", "mardi mardi", "mardi"),
            target("p1", text, "x", " "),
        ];
        let (out, placed) = link(&html, &targets);
        let want = "<p id=\"p1\">Le <a href=../c.html#e1>3 mai</a> <small>(16 septembre 2025)</small>, élu le \
             <a href=../c.html#e1>3 mai 2025</a> <small>(16 septembre 2025)</small>; mardi, <a \
             href=../c.html#e1>mardi prochain</a> <small>(16 septembre 2025)</small>, <a \
             href=../c.html#e1>l&#39;été 2025</a> <small>(16 septembre 2025)</small> et <a \
             href=../c.html#e1>l&#39;été</a> <small>(16 septembre 2025)</small>.</p><p id=\"p2\">mardi <a \
             href=x>mardi</a></p>";
        assert_eq!(out, want);
        assert_eq!(placed, [true, true, false, true, false, true, true, false, false, false]);
    }

    #[test]
    fn ids_compare_as_strings_do() {
        let ids = ["", "p", "p1", "p12", "p13", "p2", "q12", "p123", "é1", "e\u{301}1"];
        for a in ids {
            // Another copy of the same id, so that its pointer differs.
            let copy = a.to_string();
            for b in ids.iter().copied().chain([copy.as_str()]) {
                assert_eq!(same_id(a, b), a == b, "{a} {b}");
                assert_eq!(starts_with_short(a.as_bytes(), b.as_bytes()), a.starts_with(b), "{a} {b}");
            }
        }
    }

    #[test]
    fn a_block_whose_html_is_its_text_places_words_where_the_search_of_its_html_does() {
        let texts = [
            "Le 3 mai, élu le 3 mai 2025; mardi, mardi prochain, l'été 2025 et l'été.",
            "attendue en novembre. Puis en mars, attendue en mars. Fin.",
            "Un lundi, des lundis, relundi > lundi, lundi.",
        ];
        let words = ["3 mai", "3 mai 2025", "mardi", "l'été", "été", "mars", "en mars", "lundi", "lundis", "Fin"];
        let mut placed = 0;
        for text in texts {
            let html = format!("<p id=\"p1\">{text}</p>");
            let ids: Vec<usize> = memchr::memmem::find_iter(html.as_bytes(), ID).collect();
            let span = block_span(&html, &ids, "p1").unwrap();
            let markup = Markup::of(&html[span.0..span.1]);
            // What the shortcut asks of the block (a `>` alone is no tag).
            assert!(markup.no_tag() && &html[span.0..span.1] == text);
            for w in words {
                // The sentence whole, and cut after each place of the words: each occurrence.
                let cuts = text.match_indices(w).map(|(i, _)| format!("{}…", &text[..i + w.len()]));
                for sentence in std::iter::once(text.to_string()).chain(cuts) {
                    let t = target("p1", text, &sentence, w);
                    let mut all = Vec::new();
                    let found = place(&html, span, &markup, &t, &mut all);
                    let nth = occurrence(&t, &all, rarest(w.as_bytes()));
                    let searched = nth.and_then(|nth| place_in_html(&html, span, &markup, &t, &all, nth));
                    assert_eq!(found, searched, "{text} {w} {sentence}");
                    placed += usize::from(found.is_some());
                }
            }
        }
        assert!(placed > 20, "{placed}");
        // A tag in the block: the HTML is searched (the words in the link are not its text).
        let html = "<p id=\"p1\">mardi <a href=x>mardi</a></p>";
        let ids: Vec<usize> = memchr::memmem::find_iter(html.as_bytes(), ID).collect();
        let span = block_span(html, &ids, "p1").unwrap();
        let markup = Markup::of(&html[span.0..span.1]);
        assert!(!markup.no_tag());
        let t = target("p1", "mardi mardi", "mardi mardi", "mardi");
        assert_eq!(place(html, span, &markup, &t, &mut Vec::new()), None);
    }

    /// How many `<a ` and `<a>`, and how many `</a>`, `html` holds: one pass over its `<`.
    fn links_opened_and_closed(html: &str) -> (usize, usize) {
        let (mut opened, mut closed) = (0, 0);
        for (i, _) in html.match_indices('<') {
            let rest = &html.as_bytes()[i + 1..];
            if rest.starts_with(b"a ") || rest.starts_with(b"a>") {
                opened += 1;
            } else if rest.starts_with(b"/a>") {
                closed += 1;
            }
        }
        (opened, closed)
    }
}
