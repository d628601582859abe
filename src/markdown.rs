//! Markdown bodies, rendered once at load time.
//!
//! A body becomes an HTML fragment in which each citation is a placeholder (numbers are only
//! known once the whole site is resolved), plus what later stages need without parsing again:
//! the citations with their lines, the footnote markers, and the plain text of each block
//! (paragraph, list item, heading) with the id the HTML gives it.

use crate::diagnostics::line_of;
use crate::text::{escape_html, slugify};
use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::collections::HashSet;
use std::ops::Range;

/// Opens a citation placeholder in [`Body::html`]; the citation's index follows, then
/// [`CITE_CLOSE`]. Private-use characters, removed from every input first.
pub const CITE_OPEN: char = '\u{E000}';
/// Closes a citation placeholder.
pub const CITE_CLOSE: char = '\u{E001}';
/// Opens the mark of a block's text in a compacted [`Body`]'s HTML (private use, as
/// [`CITE_OPEN`]; a body whose HTML holds one is not compacted).
const BLOCK_OPEN: char = '\u{E002}';
/// Closes it.
const BLOCK_CLOSE: char = '\u{E003}';

/// Whose text this is: editors' Markdown may carry raw HTML, pasted articles may not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trust {
    /// Editor-written notes and topics: raw HTML kept, citations recognised.
    Editor,
    /// Article text from the web: raw HTML escaped, images and dead links reduced to text.
    Untrusted,
}

/// One item of a Pandoc-style citation: `[see @id, p. 3]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CiteItem {
    /// The cited id.
    pub key: String,
    /// What follows the id after a comma (`p. 3`).
    pub locator: Option<String>,
    /// What precedes the id (`see`).
    pub prefix: Option<String>,
}

/// A bracketed citation group, `[@a; @b, p. 3]`, and the line it is on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    /// The cited items, in order.
    pub items: Vec<CiteItem>,
    /// 1-based line in the file.
    pub line: usize,
}

/// A block of text with the id its HTML element carries, for links to a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// The element id (`p3`, or the heading's slug).
    pub id: String,
    /// The block's plain text: shared, as the chronology's reports point into it.
    pub text: std::sync::Arc<str>,
    /// Whether the block is a heading.
    pub heading: bool,
    /// 1-based line in the file where it starts (of the Markdown the body was rendered from:
    /// for a raw article, its cleaned text rather than the file).
    pub line: usize,
}

/// A footnote definition found in the body (`[^1]: …`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FootnoteDef {
    /// The label, `1` in `[^1]`.
    pub label: String,
    /// Its plain text.
    pub text: String,
    /// 1-based line in the file.
    pub line: usize,
}

/// A body rendered once: HTML with citation placeholders and what later stages need.
#[derive(Debug, Clone, Default)]
pub struct Body {
    /// The HTML fragment, with `CITE_OPEN index CITE_CLOSE` where citation `index` goes (read
    /// through [`Body::html`]); with `BLOCK_OPEN index BLOCK_CLOSE` where block `index`'s text
    /// goes, escaped, once [`Body::compact`] has taken the texts out.
    html: String,
    /// Whether `html` holds block marks instead of the blocks' texts ([`Body::compact`]).
    marked: bool,
    /// The citations, in reading order.
    pub citations: Vec<Citation>,
    /// Footnote labels referenced in the text, in order of first reference.
    pub footnote_refs: Vec<String>,
    /// Footnote definitions, taken out of the HTML (the page lists them as sources).
    pub footnote_defs: Vec<FootnoteDef>,
    /// The text blocks in reading order.
    pub blocks: Vec<Block>,
    /// Where an editor's Markdown links point, and where each is written (articles' links
    /// are not listed: nobody edits them).
    pub links: Vec<LinkRef>,
    /// Whether an editor's raw HTML is in `html` (to be cleaned unless the site trusts its
    /// editors: [`crate::sanitize`]); the renderer's own markup is safe by construction.
    pub raw_html: bool,
}

/// A link as an editor wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkRef {
    /// Its target, as written.
    pub dest: String,
    /// 1-based line in the file.
    pub line: usize,
    /// `(column, width)` of the target on that line, in characters; `(0, 0)` when it is not
    /// written there (a reference link's target is defined elsewhere).
    pub span: (usize, usize),
}

impl Body {
    /// The whole plain text, blocks separated by blank lines.
    pub fn plain_text(&self) -> String {
        let mut s = String::new();
        for b in &self.blocks {
            if !s.is_empty() {
                s.push_str("\n\n");
            }
            s.push_str(&b.text);
        }
        s
    }

    /// The HTML fragment, with `CITE_OPEN index CITE_CLOSE` where citation `index` goes: the
    /// one kept, or made again with the blocks' texts put back in it.
    pub fn html(&self) -> std::borrow::Cow<'_, str> {
        if !self.marked {
            return std::borrow::Cow::Borrowed(&self.html);
        }
        let mut out = String::with_capacity(self.html.len() + self.blocks.iter().map(|b| b.text.len()).sum::<usize>());
        // The marks are found by their first byte ([`find_long`]): between two of them lie a
        // few tags, and `str::find`'s character searcher cost more to start than to search.
        let (mut open_buf, mut close_buf) = ([0u8; 4], [0u8; 4]);
        let (open_mark, close_mark) =
            (&*BLOCK_OPEN.encode_utf8(&mut open_buf), &*BLOCK_CLOSE.encode_utf8(&mut close_buf));
        let mut rest = self.html.as_str();
        while let Some(open) = find_long(rest, open_mark) {
            out.push_str(&rest[..open]);
            let after = &rest[open + BLOCK_OPEN.len_utf8()..];
            let close = find_long(after, close_mark).unwrap_or(after.len());
            if let Some(b) = after[..close].parse::<usize>().ok().and_then(|i| self.blocks.get(i)) {
                escape_body_text(&mut out, &b.text);
            }
            rest = after.get(close + BLOCK_CLOSE.len_utf8()..).unwrap_or("");
        }
        out.push_str(rest);
        std::borrow::Cow::Owned(out)
    }

    /// Moves the text the body keeps into fresh allocations of exactly its size, made one
    /// after another. Bodies are parsed in parallel, each amid the parser's scratch memory: once
    /// that is freed, what the bodies keep lies scattered over pages the allocator cannot hand
    /// back. Copied together after the load, it packs, and the scattered pages empty.
    ///
    /// The HTML keeps its markup only: where it holds a block's text as written (escaped), a
    /// mark takes its place, and [`Body::html`] puts the text back, byte for byte, when a page
    /// shows it. Every article's body stays resident for the whole build, and its text
    /// would otherwise be held twice.
    pub fn compact(&mut self) {
        self.mark();
        self.html = self.html.as_str().to_owned();
        let blocks: Vec<Block> = self
            .blocks
            .iter()
            .map(|b| Block {
                id: b.id.as_str().to_owned(),
                text: std::sync::Arc::from(&*b.text),
                heading: b.heading,
                line: b.line,
            })
            .collect();
        self.blocks = blocks;
    }

    /// The first half of [`Body::compact`]: marks in the HTML where it holds each block's
    /// text as written. It reads and searches every paragraph, and can run where the body
    /// is parsed, on any thread (the load does so, in parallel); the copy of
    /// [`Body::compact`], done after it, has nothing left to mark.
    pub fn mark(&mut self) {
        if !self.marked && !holds_either(&self.html, BLOCK_OPEN, BLOCK_CLOSE) {
            let mut marked = String::with_capacity(self.html.len() / 4);
            let mut escaped = String::new();
            let mut at = 0;
            for (i, b) in self.blocks.iter().enumerate() {
                // A mark is 6 to 12 bytes: shorter texts stay.
                if b.text.len() < 24 {
                    continue;
                }
                escaped.clear();
                escape_body_text(&mut escaped, &b.text);
                if let Some(found) = find_long(&self.html[at..], &escaped) {
                    marked.push_str(&self.html[at..at + found]);
                    marked.push(BLOCK_OPEN);
                    let mut digits = [0u8; 20];
                    marked.push_str(crate::text::decimal(i, &mut digits));
                    marked.push(BLOCK_CLOSE);
                    at += found + escaped.len();
                }
            }
            if at > 0 {
                marked.push_str(&self.html[at..]);
                self.html = marked;
                self.marked = true;
            }
        }
    }

    /// The HTML with each citation placeholder replaced by what `cite` returns for it.
    pub fn html_with(&self, cite: impl FnMut(usize) -> String) -> String {
        with_citations(&self.html(), cite)
    }
}

/// Where `needle`, a paragraph's text, first occurs in `hay`, as [`str::find`] says: found
/// by the places of its first byte, each then compared whole. `str::find` prepares a search
/// over the whole needle first, which cost more than the search (1,000 articles: 2.6% of a
/// build), and so did a vectorised searcher for its first sixteen bytes, made for each
/// paragraph (1% of a 10,000-article build): the paragraph's text most often follows the tag
/// that opens it, a few bytes into `hay`, and starts with a capital, rare in prose.
fn find_long(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else { return Some(0) };
    memchr::memchr_iter(first, h).find(|&at| h[at..].starts_with(n))
}

/// Whether `s` holds `a` or `b`, [`str::contains`] with a pair of characters, looked for by
/// their UTF-8 bytes: `contains([a, b])` decodes every character of the text, and every body
/// is searched so (2,000 articles: 1.5% of a build's instructions). The text is read once, at
/// the places of the two characters' shared first byte (the private-use marks' is rare in
/// prose): a search for each read every body twice.
fn holds_either(s: &str, a: char, b: char) -> bool {
    let (mut buf_a, mut buf_b) = ([0u8; 4], [0u8; 4]);
    let (a, b) = (a.encode_utf8(&mut buf_a).as_bytes(), b.encode_utf8(&mut buf_b).as_bytes());
    let h = s.as_bytes();
    match (a.first(), b.first()) {
        (Some(&fa), Some(&fb)) if fa == fb => {
            memchr::memchr_iter(fa, h).any(|at| h[at..].starts_with(a) || h[at..].starts_with(b))
        }
        _ => memchr::memmem::find(h, a).is_some() || memchr::memmem::find(h, b).is_some(),
    }
}

/// Writes `s` escaped as pulldown-cmark escapes body text (`&`, `<`, `>`).
fn escape_body_text(out: &mut String, s: &str) {
    let mut rest = s;
    // The three are ASCII: looked for as bytes (`at` is then a character boundary).
    while let Some(at) = memchr::memchr3(b'&', b'<', b'>', rest.as_bytes()) {
        out.push_str(&rest[..at]);
        out.push_str(match rest.as_bytes()[at] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            _ => "&gt;",
        });
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
}

/// `html` (a [`Body::html`], perhaps cleaned) with each citation placeholder replaced by what
/// `cite` returns for it.
pub fn with_citations(html: &str, mut cite: impl FnMut(usize) -> String) -> String {
    let mut out = String::with_capacity(html.len() + 256);
    let mut rest = html;
    while let Some(open) = rest.find(CITE_OPEN) {
        out.push_str(&rest[..open]);
        let after = &rest[open + CITE_OPEN.len_utf8()..];
        let Some(close) = after.find(CITE_CLOSE) else {
            break;
        };
        if let Ok(i) = after[..close].parse::<usize>() {
            out.push_str(&cite(i));
        }
        rest = &after[close + CITE_CLOSE.len_utf8()..];
    }
    out.push_str(rest);
    out
}

/// Renders `source` (the body of a file whose first body line is `first_line`).
pub fn render(source: &str, first_line: usize, trust: Trust) -> Body {
    let cleaned;
    let source = if holds_either(source, CITE_OPEN, CITE_CLOSE) {
        cleaned = source.replace([CITE_OPEN, CITE_CLOSE], "\u{FFFD}");
        cleaned.as_str()
    } else {
        source
    };
    let mut r = Renderer::new(source, first_line, trust);
    let opts = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES;
    for (event, range) in Parser::new_ext(source, opts).into_offset_iter() {
        r.event(event, range);
    }
    r.flush_text();
    let mut html = String::with_capacity(source.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, r.out.into_iter());
    // Every document's body stays resident for the whole build: no slack kept.
    html.shrink_to_fit();
    let mut blocks = r.blocks;
    blocks.shrink_to_fit();
    Body {
        html,
        marked: false,
        citations: r.citations,
        footnote_refs: r.footnote_refs,
        footnote_defs: r.footnote_defs,
        blocks,
        links: r.links,
        raw_html: r.raw_html,
    }
}

struct Renderer<'a> {
    source: &'a str,
    first_line: usize,
    trust: Trust,
    out: Vec<Event<'a>>,
    /// Consecutive text, merged so that a citation split by the parser is seen whole:
    /// the text, and for each piece its offset in the text and in the source.
    pending: String,
    pending_map: Vec<(usize, usize)>,
    citations: Vec<Citation>,
    footnote_refs: Vec<String>,
    footnote_defs: Vec<FootnoteDef>,
    in_footnote: Option<FootnoteDef>,
    /// Inside a code block: text there is code, never a citation.
    in_code: usize,
    blocks: Vec<Block>,
    /// Text of the open blocks (a list item holds paragraphs), innermost last.
    block_stack: Vec<(usize, String)>,
    /// The line each open block starts on, beside `block_stack`.
    block_lines: Vec<usize>,
    /// The last offset a line was counted to, and its line: blocks open in source order, so
    /// each newline is counted once.
    line_cursor: (usize, usize),
    heading_start: Option<(usize, HeadingLevel, Option<String>)>,
    links_kept: Vec<bool>,
    links: Vec<LinkRef>,
    /// For each open paragraph, whether it is a block of its own (not inside a list item).
    paragraphs: Vec<bool>,
    in_image: usize,
    used_ids: HashSet<String>,
    next_block: usize,
    raw_html: bool,
    /// The room of the last closed block's text, for the next block's: every paragraph of
    /// every article gathers its text here, and a fresh string grew by doubling for each.
    spare: String,
}

impl<'a> Renderer<'a> {
    fn new(source: &'a str, first_line: usize, trust: Trust) -> Self {
        Renderer {
            source,
            first_line,
            trust,
            out: Vec::new(),
            pending: String::new(),
            pending_map: Vec::new(),
            citations: Vec::new(),
            footnote_refs: Vec::new(),
            footnote_defs: Vec::new(),
            in_footnote: None,
            in_code: 0,
            blocks: Vec::new(),
            block_stack: Vec::new(),
            block_lines: Vec::new(),
            line_cursor: (0, first_line),
            heading_start: None,
            links_kept: Vec::new(),
            links: Vec::new(),
            paragraphs: Vec::new(),
            in_image: 0,
            used_ids: HashSet::new(),
            next_block: 0,
            raw_html: false,
            spare: String::new(),
        }
    }

    fn line(&self, offset: usize) -> usize {
        line_of(self.source, offset) + self.first_line - 1
    }

    /// [`Renderer::line`] for offsets that mostly grow, in time linear in the source.
    fn line_at(&mut self, offset: usize) -> usize {
        let offset = offset.min(self.source.len());
        if offset < self.line_cursor.0 {
            self.line_cursor = (0, self.first_line);
        }
        let (from, line) = self.line_cursor;
        let line = line + memchr::memchr_iter(b'\n', &self.source.as_bytes()[from..offset]).count();
        self.line_cursor = (offset, line);
        line
    }

    fn add_text(&mut self, s: &str) {
        if let Some(def) = &mut self.in_footnote {
            def.text.push_str(s);
        } else if let Some((_, text)) = self.block_stack.last_mut() {
            text.push_str(s);
        }
    }

    fn emit(&mut self, e: Event<'a>) {
        if self.in_footnote.is_none() {
            self.out.push(e);
        }
    }

    fn event(&mut self, event: Event<'a>, range: Range<usize>) {
        match event {
            Event::Text(t) => {
                self.add_text(&t);
                self.pending_map.push((self.pending.len(), range.start));
                self.pending.push_str(&t);
                return;
            }
            Event::SoftBreak => {
                self.add_text(" ");
                self.pending_map.push((self.pending.len(), range.start));
                self.pending.push('\n');
                return;
            }
            _ => self.flush_text(),
        }
        match event {
            // An editor's footnote stays where it is written, citations included; an article's
            // footnotes are its sources, listed by the page from structured data.
            Event::Start(Tag::FootnoteDefinition(label)) if self.trust == Trust::Editor => {
                let l = escape_html(&label);
                self.emit(Event::Html(format!("<div class=\"footnote\" id=\"fn-{l}\"><sup class=\"fn-label\"><a href=\"#fnref-{l}\">{l}</a></sup>").into()));
            }
            Event::End(TagEnd::FootnoteDefinition) if self.trust == Trust::Editor => {
                self.emit(Event::Html("</div>\n".into()));
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                self.in_code += 1;
                self.emit(Event::Start(Tag::CodeBlock(kind)));
            }
            Event::End(TagEnd::CodeBlock) => {
                self.in_code = self.in_code.saturating_sub(1);
                self.emit(Event::End(TagEnd::CodeBlock));
            }
            Event::Start(Tag::FootnoteDefinition(label)) => {
                self.in_footnote =
                    Some(FootnoteDef { label: label.to_string(), text: String::new(), line: self.line(range.start) });
            }
            Event::End(TagEnd::FootnoteDefinition) => {
                if let Some(mut def) = self.in_footnote.take() {
                    def.text = def.text.trim().to_string();
                    self.footnote_defs.push(def);
                }
            }
            _ if self.in_footnote.is_some() => {
                if let Event::Code(c) = &event {
                    self.add_text(c);
                }
            }
            Event::Start(Tag::Paragraph) => {
                let own_block = self.block_stack.is_empty();
                self.paragraphs.push(own_block);
                if own_block {
                    let n = self.open_block(range.start);
                    self.emit(Event::Html(opening_tag("p", n).into()));
                } else {
                    self.emit(Event::Start(Tag::Paragraph));
                }
            }
            Event::End(TagEnd::Paragraph) => {
                if self.paragraphs.pop().unwrap_or(false) {
                    self.close_block(false);
                    self.emit(Event::Html("</p>\n".into()));
                } else {
                    self.add_text(" ");
                    self.emit(Event::End(TagEnd::Paragraph));
                }
            }
            Event::Start(Tag::Item) => {
                let n = self.open_block(range.start);
                self.emit(Event::Html(opening_tag("li", n).into()));
            }
            Event::End(TagEnd::Item) => {
                self.close_block(false);
                self.emit(Event::Html("</li>\n".into()));
            }
            Event::Start(Tag::Heading { level, id, .. }) => {
                self.block_stack.push((usize::MAX, String::new()));
                let line = self.line_at(range.start);
                self.block_lines.push(line);
                self.heading_start = Some((self.out.len(), level, id.map(|i| i.to_string())));
                self.emit(Event::Html(CowStr::Borrowed("")));
            }
            Event::End(TagEnd::Heading(level)) => {
                let (text, explicit) = match (self.block_stack.pop(), self.heading_start.take()) {
                    (Some((_, text)), Some((at, _, explicit))) => {
                        let text = text.trim().to_string();
                        let id = self.unique_id(explicit.unwrap_or_else(|| slugify(&text)));
                        if let Some(slot) = self.out.get_mut(at) {
                            *slot = Event::Html(format!("<{level} id=\"{}\">", escape_html(&id)).into());
                        }
                        (text, id)
                    }
                    _ => (String::new(), String::new()),
                };
                let line = self.block_lines.pop().unwrap_or(0);
                self.blocks.push(Block { id: explicit, text: text.into(), heading: true, line });
                self.emit(Event::Html(format!("</{level}>\n").into()));
            }
            Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                if self.trust == Trust::Editor {
                    // `[text](dest …)`: the target is written after the brackets.
                    let written = self.source.get(range.clone()).unwrap_or("");
                    let at = written
                        .find("](")
                        .and_then(|b| written[b..].find(&*dest_url).map(|d| range.start + b + d))
                        .filter(|_| !dest_url.is_empty());
                    let span =
                        at.map_or((0, 0), |at| crate::diagnostics::span_in(self.source, at..at + dest_url.len()));
                    self.links.push(LinkRef { dest: dest_url.to_string(), line: self.line(range.start), span });
                }
                let keep = link_allowed(&dest_url, self.trust);
                self.links_kept.push(keep);
                if keep {
                    self.emit(Event::Start(Tag::Link { link_type, dest_url, title, id }));
                }
            }
            Event::End(TagEnd::Link) => {
                if self.links_kept.pop().unwrap_or(false) {
                    self.emit(Event::End(TagEnd::Link));
                }
            }
            Event::Start(Tag::Image { .. }) if self.trust == Trust::Untrusted => self.in_image += 1,
            Event::End(TagEnd::Image) if self.in_image > 0 => self.in_image -= 1,
            Event::Start(Tag::HtmlBlock) if self.trust == Trust::Untrusted => {
                let n = self.open_block(range.start);
                self.emit(Event::Html(opening_tag("p", n).into()));
            }
            Event::End(TagEnd::HtmlBlock) if self.trust == Trust::Untrusted => {
                self.close_block(false);
                self.emit(Event::Html("</p>\n".into()));
            }
            Event::Html(h) | Event::InlineHtml(h) if self.trust == Trust::Untrusted => {
                self.add_text(&h);
                self.emit(Event::Text(h));
            }
            Event::Html(h) | Event::InlineHtml(h) => {
                self.raw_html = true;
                self.emit(Event::Html(h));
            }
            Event::Code(c) => {
                self.add_text(&c);
                self.emit(Event::Code(c));
            }
            Event::HardBreak => {
                self.add_text(" ");
                self.emit(Event::HardBreak);
            }
            Event::FootnoteReference(label) => {
                let label_s = label.to_string();
                let first = !self.footnote_refs.contains(&label_s);
                let l = escape_html(&label_s);
                let id_attr = if first { format!(" id=\"fnref-{l}\"") } else { String::new() };
                self.emit(Event::Html(
                    format!("<sup class=\"fnref\"{id_attr}><a href=\"#fn-{l}\">{l}</a></sup>").into(),
                ));
                if first {
                    self.footnote_refs.push(label_s);
                }
            }
            other => self.emit(other),
        }
    }

    /// Opens the next numbered block at `offset`, and returns its number.
    fn open_block(&mut self, offset: usize) -> usize {
        self.next_block += 1;
        let text = std::mem::take(&mut self.spare);
        self.block_stack.push((self.next_block, text));
        let line = self.line_at(offset);
        self.block_lines.push(line);
        self.next_block
    }

    fn close_block(&mut self, heading: bool) {
        if let Some((n, mut gathered)) = self.block_stack.pop() {
            let text = crate::text::squash_spaces_cow(&gathered);
            if let Some((_, parent)) = self.block_stack.last_mut() {
                // An item's nested paragraphs are part of the item's text too.
                parent.push(' ');
                parent.push_str(&text);
            }
            let line = self.block_lines.pop().unwrap_or(0);
            let mut id = String::with_capacity(8);
            id.push('p');
            push_number(&mut id, n);
            self.blocks.push(Block { id, text: std::sync::Arc::from(&*text), heading, line });
            drop(text);
            if gathered.capacity() > self.spare.capacity() {
                gathered.clear();
                self.spare = gathered;
            }
        }
    }

    fn unique_id(&mut self, base: String) -> String {
        // Heading ids must not take an id the page or the renderer gives something else.
        let base = if base.is_empty() || reserved_id(&base) { format!("{base}-section") } else { base };
        let base = base.trim_start_matches('-').to_string();
        let mut id = base.clone();
        let mut n = 1;
        while !self.used_ids.insert(id.clone()) {
            n += 1;
            id = format!("{base}-{n}");
        }
        id
    }

    fn flush_text(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let text = std::mem::take(&mut self.pending);
        // The map is read here only: its room is kept for the next run of text.
        let mut map = std::mem::take(&mut self.pending_map);
        if self.trust == Trust::Untrusted || self.in_footnote.is_some() || self.in_image > 0 || self.in_code > 0 {
            if self.in_footnote.is_none() {
                self.out.push(Event::Text(text.into()));
            }
            map.clear();
            self.pending_map = map;
            return;
        }
        let mut last = 0;
        for (range, items) in find_citations(&text) {
            // Like Pandoc, a citation hugs the word before it: `fait [@a].` → `fait[1].`
            let before = text[last..range.start].trim_end_matches([' ', '\u{a0}', '\u{202f}']);
            if !before.is_empty() {
                self.out.push(Event::Text(before.to_string().into()));
            }
            let src =
                map.iter().rev().find(|(buf, _)| *buf <= range.start).map_or(0, |(buf, src)| src + (range.start - buf));
            let line = self.line(src.min(self.source.len()));
            let index = self.citations.len();
            self.citations.push(Citation { items, line });
            self.out.push(Event::Html(format!("{CITE_OPEN}{index}{CITE_CLOSE}").into()));
            last = range.end;
        }
        // Text with no citation is moved as it stands, not copied.
        if last == 0 {
            self.out.push(Event::Text(text.into()));
        } else if last < text.len() {
            self.out.push(Event::Text(text[last..].to_string().into()));
        }
        map.clear();
        self.pending_map = map;
    }
}

/// `<tag id="pN">`, the opening tag of block `n`. Written without `format!`, which cost more
/// than the rest of opening a block (every paragraph of every article comes here).
fn opening_tag(tag: &str, n: usize) -> String {
    let mut s = String::with_capacity(tag.len() + 16);
    s.push('<');
    s.push_str(tag);
    s.push_str(" id=\"p");
    push_number(&mut s, n);
    s.push_str("\">");
    s
}

/// Appends `n` in decimal.
fn push_number(out: &mut String, n: usize) {
    out.push_str(crate::text::decimal(n, &mut [0; 20]));
}

/// Ids the templates and the renderer use: paragraph ids (`p3`), citation and footnote
/// anchors, and the page's own sections.
fn reserved_id(id: &str) -> bool {
    const PAGE: [&str; 24] = [
        "main",
        "briefing",
        "notes",
        "chronology",
        "articles",
        "sources",
        "notes-heading",
        "h-notes",
        "h-chrono",
        "h-articles",
        "h-sources",
        "h-own",
        "h-cited",
        "by-outlet",
        "by-date",
        "h-outlet",
        "h-date",
        "q",
        "search-status",
        "search-results",
        "topics-heading",
        "events-heading",
        "articles-heading",
        "notes-list-heading",
    ];
    let numbered =
        |prefix: &str| id.strip_prefix(prefix).is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    PAGE.contains(&id)
        || numbered("p")
        || numbered("note-")
        || numbered("cite-")
        || numbered("y")
        || id.starts_with("fn-")
        || id.starts_with("fnref-")
        || (id.starts_with('e')
            && id[1..].split('-').next().is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())))
}

fn link_allowed(url: &str, trust: Trust) -> bool {
    let u = url.trim().to_ascii_lowercase();
    if u.is_empty() || u == "#" {
        return false;
    }
    if u.starts_with("javascript:") || u.starts_with("vbscript:") || u.starts_with("data:") {
        return false;
    }
    match trust {
        Trust::Editor => true,
        // A pasted article's relative links point into the site it came from, not ours.
        Trust::Untrusted => u.starts_with("https://") || u.starts_with("http://") || u.starts_with("mailto:"),
    }
}

fn is_key_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn is_key_punct(c: char) -> bool {
    ":.#$%&-+?<>~/".contains(c)
}

/// Finds Pandoc-style bracketed citations in `text`: `[@id]`, `[@id, p. 3]`, `[see @a; @b]`.
/// Returns each group's byte range and items. A bracket whose parts do not all cite an id
/// (`[contact@example.org]`, `[note]`) is not a citation.
pub fn find_citations(text: &str) -> Vec<(Range<usize>, Vec<CiteItem>)> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(rel) = text[from..].find('[') {
        let open = from + rel;
        let Some(close_rel) = text[open + 1..].find([']', '[']) else {
            break;
        };
        let close = open + 1 + close_rel;
        if text[close..].starts_with('[') {
            from = close;
            continue;
        }
        let inner = &text[open + 1..close];
        if let Some(items) = parse_group(inner) {
            found.push((open..close + 1, items));
        }
        from = close + 1;
    }
    found
}

fn parse_group(inner: &str) -> Option<Vec<CiteItem>> {
    if !inner.contains('@') {
        return None;
    }
    inner.split(';').map(parse_item).collect()
}

fn parse_item(part: &str) -> Option<CiteItem> {
    let part = part.trim();
    let at = part
        .char_indices()
        .find(|&(i, c)| c == '@' && part[..i].chars().next_back().is_none_or(|p| p.is_whitespace() || p == '-'))?;
    let prefix = part[..at.0].trim().trim_end_matches('-').trim();
    let after = &part[at.0 + 1..];
    let mut end = 0;
    let chars: Vec<(usize, char)> = after.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if is_key_char(c) {
            end = i + c.len_utf8();
        } else if is_key_punct(c) && chars.get(k + 1).is_some_and(|&(_, n)| is_key_char(n)) {
            continue;
        } else {
            break;
        }
    }
    if end == 0 {
        return None;
    }
    let key = after[..end].to_string();
    let rest = after[end..].trim();
    let locator = rest.strip_prefix(',').unwrap_or(rest).trim();
    Some(CiteItem {
        key,
        locator: (!locator.is_empty()).then(|| locator.to_string()),
        prefix: (!prefix.is_empty()).then(|| prefix.to_string()),
    })
}

/// Renders one line of editor Markdown (an event's text) to inline HTML, without a paragraph.
pub fn inline(source: &str) -> String {
    let clean = source.replace([CITE_OPEN, CITE_CLOSE], "\u{FFFD}");
    let mut html = String::new();
    let events: Vec<Event> = Parser::new_ext(&clean, Options::ENABLE_STRIKETHROUGH)
        .filter(|e| !matches!(e, Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph)))
        .collect();
    // Raw HTML, or a link pulldown-cmark would write whatever its scheme: an event's line goes
    // into timeline.json, which other sites embed, so it is cleaned even when the site
    // trusts its editors' HTML. Plain Markdown is safe as written, and left as it is.
    let risky = events.iter().any(|e| match e {
        Event::Html(_) | Event::InlineHtml(_) => true,
        Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
            !link_allowed(dest_url, Trust::Editor) && !dest_url.trim().is_empty()
        }
        _ => false,
    });
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    if risky {
        crate::sanitize::clean(html.trim())
    } else {
        html.trim().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_tags_and_marks_are_what_format_and_contains_give() {
        for n in [0, 1, 9, 10, 99, 100, 12345, usize::MAX] {
            assert_eq!(opening_tag("li", n), format!("<li id=\"p{n}\">"));
        }
        for s in ["", "é", "plain text", "a\u{E000}b", "\u{E003}", "\u{E001}\u{E002}", "\u{E004}\u{EE00}"] {
            assert_eq!(holds_either(s, CITE_OPEN, CITE_CLOSE), s.contains([CITE_OPEN, CITE_CLOSE]), "{s:?}");
            assert_eq!(holds_either(s, BLOCK_OPEN, BLOCK_CLOSE), s.contains([BLOCK_OPEN, BLOCK_CLOSE]), "{s:?}");
        }
    }

    #[test]
    fn find_long_finds_what_str_find_finds() {
        let long = "un paragraphe assez long pour dépasser seize octets";
        let hay = format!("<p>un paragraphe assez long pour</p><p>{long}</p><p>{long}</p>");
        for (h, n) in [
            (hay.as_str(), long),
            (hay.as_str(), "un paragraphe assez long pour"),
            (hay.as_str(), "absent"),
            ("é", ""),
            ("", "x"),
        ] {
            assert_eq!(find_long(h, n), h.find(n), "{n:?} in {h:?}");
        }
    }

    #[test]
    fn body_text_escapes() {
        let mut out = String::new();
        escape_body_text(&mut out, "a < b && c > d « é »");
        assert_eq!(out, "a &lt; b &amp;&amp; c &gt; d « é »");
    }

    #[test]
    fn citations_in_pandoc_forms() {
        let c = find_citations("Voir [@a] et [@b, p. 3] puis [see @c; @d-e:2, chap. 1].");
        assert_eq!(c.len(), 3);
        assert_eq!(c[0].1[0].key, "a");
        assert_eq!(c[1].1[0].locator.as_deref(), Some("p. 3"));
        assert_eq!(c[2].1.len(), 2);
        assert_eq!(c[2].1[0].prefix.as_deref(), Some("see"));
        assert_eq!(c[2].1[1].key, "d-e:2");
        assert_eq!(c[2].1[1].locator.as_deref(), Some("chap. 1"));
    }

    #[test]
    fn brackets_that_are_not_citations() {
        assert!(find_citations("[contact@example.org] [note] [] [@] [x; @y]").is_empty());
        assert_eq!(find_citations("[[@a]]").len(), 1);
    }

    #[test]
    fn citation_lines_and_placeholders() {
        let src = "Intro.\n\nUn fait [@a;\n@b] et [@c].\n";
        let body = render(src, 5, Trust::Editor);
        assert_eq!(body.citations.len(), 2);
        assert_eq!(body.citations[0].line, 7);
        assert_eq!(body.citations[0].items.len(), 2);
        let html = body.html_with(|i| format!("[{}]", i + 1));
        assert!(html.contains("Un fait[1] et[2]."), "{html}");
        assert!(html.contains("<p id=\"p2\">"), "{html}");
    }

    #[test]
    fn blocks_know_their_file_line() {
        let src = "## Titre\n\nUn paragraphe\nsur deux lignes.\n\n- un\n- deux\n\nFin.\n";
        let body = render(src, 4, Trust::Untrusted);
        let lines: Vec<(&str, usize)> = body.blocks.iter().map(|b| (&*b.text, b.line)).collect();
        assert_eq!(
            lines,
            [("Titre", 4), ("Un paragraphe sur deux lignes.", 6), ("un", 9), ("deux", 10), ("Fin.", 12)],
            "{lines:?}"
        );
    }

    #[test]
    fn untrusted_text_is_escaped_and_dead_links_dropped() {
        let src = "<script>alert(1)</script>\n\nVoir [la prophétie](#) et [ici](javascript:x) \
                   ![img](http://x/y.png) <b>gras</b> [@a].";
        let body = render(src, 1, Trust::Untrusted);
        assert!(!body.html.contains("<script"), "{}", body.html);
        assert!(!body.html.contains("<b>"), "{}", body.html);
        assert!(!body.html.contains("href"), "{}", body.html);
        assert!(!body.html.contains("<img"), "{}", body.html);
        assert!(body.html.contains("la prophétie"));
        assert!(body.citations.is_empty());
    }

    #[test]
    fn blocks_footnotes_and_headings() {
        let src = "## Titre\n\nTexte russes[^1].\n\n- un\n- deux\n\n[^1]: « Source », Média, 2022.\n";
        let body = render(src, 1, Trust::Untrusted);
        assert_eq!(body.footnote_refs, vec!["1"]);
        assert_eq!(body.footnote_defs[0].text, "« Source », Média, 2022.");
        assert_eq!(body.footnote_defs[0].line, 8);
        assert!(!body.html.contains("Média"));
        assert!(body.html.contains("<h2 id=\"titre\">Titre</h2>"), "{}", body.html);
        let texts: Vec<&str> = body.blocks.iter().map(|b| &*b.text).collect();
        assert_eq!(texts, vec!["Titre", "Texte russes.", "un", "deux"]);
        assert!(body.html.contains("<li id=\"p2\">un</li>"), "{}", body.html);
    }

    #[test]
    fn editor_footnotes_code_blocks_and_reserved_heading_ids() {
        let body = render(
            "## Sources\n\n## P2\n\nA claim[^1].\n\n```\n[@not-a-citation]\n```\n\n[^1]: See [@a].\n",
            1,
            Trust::Editor,
        );
        assert!(body.html.contains("<h2 id=\"sources-section\">"), "{}", body.html);
        assert!(body.html.contains("<h2 id=\"p2-section\">"), "{}", body.html);
        assert!(body.html.contains("id=\"fn-1\""), "{}", body.html);
        let keys: Vec<&str> = body.citations.iter().map(|c| c.items[0].key.as_str()).collect();
        assert_eq!(keys, vec!["a"]);
    }

    #[test]
    fn placeholder_characters_in_input_cannot_forge_citations() {
        let body = render("a \u{E000}0\u{E001} b", 1, Trust::Editor);
        assert_eq!(body.html_with(|_| "X".into()).matches('X').count(), 0);
    }

    #[test]
    fn an_event_line_is_cleaned_only_when_it_holds_html_or_a_script_link() {
        let h = inline("[x](javascript:alert(1)) <b onclick=\"alert(2)\">b</b> <script>alert(3)</script>");
        assert!(!h.contains("javascript:") && !h.contains("onclick") && !h.contains("<script"), "{h}");
        assert!(h.contains("<b>b</b>"), "{h}");
        // Plain Markdown is written as pulldown-cmark writes it.
        assert_eq!(
            inline("Dit « *oui* » [ici](https://x.test/)"),
            "Dit « <em>oui</em> » <a href=\"https://x.test/\">ici</a>"
        );
    }

    #[test]
    fn a_compacted_body_gives_back_the_same_html() {
        let sources = [
            "Le conseil a voté & adopté <le> texte, dit-il.\n\n## Ce qui change\n\n> « Une citation assez longue pour être marquée », dit-elle.\n\nUn dernier paragraphe assez long pour être marqué.\n",
            "- un premier point de la liste, assez long\n- un second point, *souligné* au milieu\n\n1. Un paragraphe dans une liste numérotée, assez long\n\n   Et sa suite, dans le même point de la liste.\n",
            "Un fait cité [@a] dans un paragraphe assez long pour le marquer.[^1]\n\n[^1]: Une note de bas de page, assez longue elle aussi.\n\n### Titre de niveau trois assez long\n\nCourt.\n",
            "Texte qui contient déjà \u{E002} un caractère réservé, assez long.\n",
        ];
        for trust in [Trust::Editor, Trust::Untrusted] {
            for source in sources {
                let body = render(source, 1, trust);
                let mut compacted = body.clone();
                compacted.compact();
                assert_eq!(compacted.html(), body.html(), "{source}");
                assert_eq!(compacted.html_with(|i| format!("[{i}]")), body.html_with(|i| format!("[{i}]")));
            }
        }
        let mut plain = render(
            "Un paragraphe assez long pour être marqué.\n\n> Une citation assez longue, elle aussi.\n",
            1,
            Trust::Editor,
        );
        plain.compact();
        assert!(
            plain.marked && !plain.html.contains("paragraphe") && !plain.html.contains("citation"),
            "{}",
            plain.html
        );
    }
}
