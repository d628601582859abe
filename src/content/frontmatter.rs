//! `+++` TOML front matter: splitting it from the body and the fields each kind of document
//! accepts. Every struct denies unknown fields, so that a typo is an error, not a silent loss.

use crate::dates::{DateSpan, PartialDate, Precision};
use crate::diagnostics::{line_of, span_in, Diagnostic};
use serde::Deserialize;
use std::path::Path;
use toml::Spanned;

/// A file split into its front matter and body.
pub struct Split<'a> {
    /// The TOML between the `+++` lines (empty when the file has none).
    pub front: &'a str,
    /// The file line where `front` starts.
    pub front_line: usize,
    /// The Markdown after the closing `+++`.
    pub body: &'a str,
    /// The file line where `body` starts.
    pub body_line: usize,
    /// Whether the file had front matter at all.
    pub has_front: bool,
}

/// Splits `+++` front matter from the body; an opening `+++` without its closing one is an error.
pub fn split<'a>(path: &Path, text: &'a str) -> Result<Split<'a>, Diagnostic> {
    let first_line_end = text.find('\n').unwrap_or(text.len());
    if text[..first_line_end].trim_end() != "+++" {
        return Ok(Split { front: "", front_line: 1, body: text, body_line: 1, has_front: false });
    }
    let front_start = (first_line_end + 1).min(text.len());
    let mut pos = front_start;
    while pos < text.len() {
        let end = text[pos..].find('\n').map_or(text.len(), |n| pos + n);
        if text[pos..end].trim_end() == "+++" {
            let body_start = (end + 1).min(text.len());
            return Ok(Split {
                front: &text[front_start..pos],
                front_line: 2,
                body: &text[body_start..],
                body_line: line_of(text, body_start),
                has_front: true,
            });
        }
        pos = end + 1;
    }
    Err(Diagnostic::error(path, 1, "front matter opened with `+++` is never closed")
        .with_help("add a `+++` line after it"))
}

/// Front matter of an article (`.md`) or sidecar (`.toml` beside a `.txt`).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleMeta {
    pub slug: Option<Spanned<String>>,
    pub title: Option<String>,
    pub date: Option<Spanned<toml::Value>>,
    pub author: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<Spanned<String>>,
    pub language: Option<Spanned<String>>,
    #[serde(default)]
    pub topics: Vec<Spanned<String>>,
    pub summary: Option<String>,
    #[serde(default)]
    pub sources: Vec<Spanned<SourceMeta>>,
    /// Fields `briefing import` guessed and the editor has not confirmed yet.
    #[serde(default)]
    pub guessed: Vec<Spanned<String>>,
}

impl ArticleMeta {
    /// The front matter `front` read without the TOML parser, when it is in the plain form
    /// that generated and imported articles use: one `key = value` a line, each value a basic
    /// string without escapes, a one-line array of them, or (for `date`) a date literal.
    /// The fields and spans are those the TOML parser gives (the tests compare them); for
    /// anything else, `None`, and the TOML parser reads it and reports what is wrong. Parsing
    /// TOML was a seventh of an article's load, though its front matter is a few lines.
    pub fn read_plain(front: &str) -> Option<ArticleMeta> {
        let mut meta = ArticleMeta::default();
        // Each key once: TOML refuses a key given twice.
        let mut seen: Vec<&str> = Vec::new();
        let mut start = 0;
        for line in front.split_inclusive('\n') {
            let mut c = Cursor { s: front, at: start, end: start + line.strip_suffix('\n').unwrap_or(line).len() };
            start += line.len();
            c.blanks();
            if c.at == c.end {
                continue;
            }
            let key = c.bare_key()?;
            if seen.contains(&key) {
                return None;
            }
            seen.push(key);
            c.blanks();
            c.eat(b'=')?;
            c.blanks();
            match key {
                "title" => meta.title = Some(c.string()?.into_inner()),
                "author" => meta.author = Some(c.string()?.into_inner()),
                "outlet" => meta.outlet = Some(c.string()?.into_inner()),
                "summary" => meta.summary = Some(c.string()?.into_inner()),
                "slug" => meta.slug = Some(c.string()?),
                "url" => meta.url = Some(c.string()?),
                "language" => meta.language = Some(c.string()?),
                "topics" => meta.topics = c.strings()?,
                "guessed" => meta.guessed = c.strings()?,
                "date" => meta.date = Some(c.date()?),
                _ => return None,
            }
            c.blanks();
            if c.at != c.end {
                return None;
            }
        }
        Some(meta)
    }
}

/// A position in one line of front matter, for [`ArticleMeta::read_plain`]: `at` moves
/// towards `end`, the end of the line; spans are offsets in the whole of `s`.
struct Cursor<'a> {
    s: &'a str,
    at: usize,
    end: usize,
}

impl<'a> Cursor<'a> {
    fn peek(&self) -> Option<u8> {
        (self.at < self.end).then(|| self.s.as_bytes()[self.at])
    }

    /// Skips TOML's whitespace within a line: spaces and tabs.
    fn blanks(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, b: u8) -> Option<()> {
        (self.peek() == Some(b)).then(|| self.at += 1)
    }

    fn bare_key(&mut self) -> Option<&'a str> {
        let from = self.at;
        while matches!(self.peek(), Some(b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_' | b'-')) {
            self.at += 1;
        }
        (self.at > from).then(|| &self.s[from..self.at])
    }

    /// A basic string with neither escapes nor control characters, quotes included in its span.
    fn string(&mut self) -> Option<Spanned<String>> {
        let from = self.at;
        self.eat(b'"')?;
        let len = self.s.as_bytes()[self.at..self.end].iter().position(|&b| b == b'"')?;
        let text = &self.s[self.at..self.at + len];
        if text.bytes().any(|b| b == b'\\' || b == 0x7f || (b < 0x20 && b != b'\t')) {
            return None;
        }
        self.at += len + 1;
        Some(Spanned::new(from..self.at, text.to_string()))
    }

    /// A one-line array of such strings, a comma after the last one allowed.
    fn strings(&mut self) -> Option<Vec<Spanned<String>>> {
        self.eat(b'[')?;
        let mut out = Vec::new();
        loop {
            self.blanks();
            if self.eat(b']').is_some() {
                return Some(out);
            }
            out.push(self.string()?);
            self.blanks();
            if self.eat(b',').is_none() {
                self.blanks();
                self.eat(b']')?;
                return Some(out);
            }
        }
    }

    /// A string, or a date literal in RFC 3339's plain forms: `2024-03-01`, with
    /// `T12:30:00`, a fraction of a second and an offset (`Z`, `+01:00`) after it or not.
    fn date(&mut self) -> Option<Spanned<toml::Value>> {
        if self.peek() == Some(b'"') {
            let s = self.string()?;
            return Some(Spanned::new(s.span(), toml::Value::String(s.into_inner())));
        }
        let from = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9' | b'-' | b':' | b'.' | b'+' | b'T' | b'Z')) {
            self.at += 1;
        }
        let token = &self.s[from..self.at];
        if !plain_datetime(token) {
            return None;
        }
        let dt: toml::value::Datetime = token.parse().ok()?;
        Some(Spanned::new(from..self.at, toml::Value::Datetime(dt)))
    }
}

/// Whether `t` is `YYYY-MM-DD`, perhaps followed by `THH:MM:SS`, perhaps a fraction of a second,
/// perhaps `Z` or `±HH:MM`: the forms whose reading by the TOML parser and by `Datetime`'s
/// own parser agree, shapes only (the values are `Datetime`'s to check).
fn plain_datetime(t: &str) -> bool {
    fn shape(t: &[u8], pattern: &[u8]) -> bool {
        t.len() == pattern.len()
            && t.iter().zip(pattern).all(|(&c, &p)| if p == b'9' { c.is_ascii_digit() } else { c == p })
    }
    let b = t.as_bytes();
    if b.len() < 10 || !shape(&b[..10], b"9999-99-99") {
        return false;
    }
    let mut rest = &b[10..];
    if rest.is_empty() {
        return true;
    }
    if rest.len() < 9 || !shape(&rest[..9], b"T99:99:99") {
        return false;
    }
    rest = &rest[9..];
    if let Some(frac) = rest.strip_prefix(b".") {
        let digits = frac.iter().take_while(|c| c.is_ascii_digit()).count();
        if digits == 0 {
            return false;
        }
        rest = &frac[digits..];
    }
    rest.is_empty()
        || rest == b"Z"
        || (rest.len() == 6 && (rest[0] == b'+' || rest[0] == b'-') && shape(&rest[1..], b"99:99"))
}

/// A source an article cites, as written in its front matter (`[[sources]]`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceMeta {
    /// The footnote label that points to it (`1` for `[^1]`).
    pub id: toml::Value,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub author: Option<String>,
    pub date: Option<Spanned<toml::Value>>,
    pub url: Option<String>,
    /// The entry as the article wrote it.
    pub text: Option<String>,
}

/// Front matter of a note.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoteMeta {
    pub slug: Option<Spanned<String>>,
    pub title: Spanned<String>,
    pub date: Option<Spanned<toml::Value>>,
    pub author: Option<String>,
    #[serde(default)]
    pub topics: Vec<Spanned<String>>,
    pub summary: Option<String>,
    #[serde(default)]
    pub events: Vec<Spanned<EventMeta>>,
}

/// Front matter of a topic.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopicMeta {
    pub title: Spanned<String>,
    pub summary: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub keywords: Vec<String>,
    pub order: Option<i64>,
    #[serde(default)]
    pub events: Vec<Spanned<EventMeta>>,
}

/// A curated event (`[[events]]`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventMeta {
    pub date: Option<Spanned<toml::Value>>,
    pub end: Option<Spanned<toml::Value>>,
    pub precision: Option<Spanned<String>>,
    #[serde(default)]
    pub text: String,
    /// An extracted event this entry confirms, corrects or hides: `article-slug#p3`.
    pub at: Option<Spanned<String>>,
    /// Which of the paragraph's dates, when it gives several (`19 novembre`).
    pub expression: Option<String>,
    /// Leave the pointed event out of the chronology.
    #[serde(default)]
    pub hide: bool,
    /// The editor has seen that sources date this event differently: the disagreement stays
    /// on the page, and `check` stops warning about it.
    pub known_disagreement: Option<Spanned<bool>>,
    #[serde(default)]
    pub sources: Vec<Spanned<String>>,
    #[serde(default)]
    pub topics: Vec<Spanned<String>>,
}

/// Resolves spans inside one front matter block to file lines.
pub struct Lines<'a> {
    pub path: &'a Path,
    pub front: &'a str,
    pub front_line: usize,
}

impl Lines<'_> {
    /// The file line of a span in the front matter.
    pub fn of<T>(&self, s: &Spanned<T>) -> usize {
        line_of(self.front, s.span().start) + self.front_line - 1
    }

    /// The `(column, width)` of a span in the front matter, for [`Diagnostic::with_span`]:
    /// the block starts at the start of a line, so its columns are the file's.
    pub fn span<T>(&self, s: &Spanned<T>) -> (usize, usize) {
        span_in(self.front, s.span())
    }

    /// A TOML date: a string (`"2022-12"`) or a TOML date literal (`2022-12-19`).
    pub fn date(&self, v: &Spanned<toml::Value>) -> Result<PartialDate, Diagnostic> {
        let line = self.of(v);
        let bad = |m: String| Diagnostic::error(self.path, line, m).with_span(self.span(v));
        match v.get_ref() {
            toml::Value::String(s) => PartialDate::parse_iso(s).map_err(bad),
            toml::Value::Datetime(dt) => match dt.date {
                Some(d) => PartialDate::day(d.year as i32, d.month as u32, d.day as u32)
                    .ok_or_else(|| bad(format!("bad date {dt}"))),
                None => Err(bad(format!("bad date {dt}: a time without a day"))),
            },
            other => Err(bad(format!("bad date {other}: expected \"YYYY-MM-DD\", \"YYYY-MM\" or \"YYYY\""))),
        }
    }

    /// A curated event's date span, checking `end` and `precision` against `date`.
    pub fn event_span(&self, e: &EventMeta, date: &Spanned<toml::Value>) -> Result<DateSpan, Diagnostic> {
        let mut start = self.date(date)?;
        let mut end = e.end.as_ref().map(|v| self.date(v)).transpose()?;
        if let Some(p) = &e.precision {
            let Some(prec) = Precision::parse(p.get_ref()) else {
                return Err(Diagnostic::error(self.path, self.of(p), format!("unknown precision \"{}\"", p.get_ref()))
                    .with_help("use \"day\", \"month\" or \"year\"")
                    .with_span(self.span(p)));
            };
            if prec > start.precision() {
                return Err(Diagnostic::error(
                    self.path,
                    self.of(p),
                    format!("precision \"{}\" is finer than the date \"{start}\"", prec.name()),
                )
                .with_span(self.span(p)));
            }
            start = start.truncate(prec);
            end = end.map(|d| d.truncate(prec));
        }
        if let Some(e_) = end {
            if e_.last_day() < start.first_day() {
                let end = e.end.as_ref().unwrap_or(date);
                return Err(Diagnostic::error(
                    self.path,
                    self.of(end),
                    format!("event ends ({e_}) before it starts ({start})"),
                )
                .with_span(self.span(end)));
            }
        }
        Ok(DateSpan { start, end })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the TOML parser gives, fields and spans, for every front matter the plain reader
    /// reads; and the plain reader declines what the parser refuses.
    fn agrees(front: &str) -> bool {
        let plain = ArticleMeta::read_plain(front);
        let parsed: Result<ArticleMeta, _> = toml::from_str(front);
        match (&plain, &parsed) {
            (Some(p), Ok(t)) => assert_eq!(format!("{p:?}"), format!("{t:?}"), "{front:?}"),
            (Some(p), Err(e)) => panic!("{front:?}: read as {p:?}, refused by TOML: {e}"),
            (None, _) => {}
        }
        plain.is_some()
    }

    #[test]
    fn plain_front_matter_reads_as_toml_does() {
        let read = [
            "",
            "\n\n",
            "title = \"Éducation, les chercheurs\"\ndate = 2026-02-21T19:26:00+01:00\nauthor = \"Chloé Dubois\"\noutlet = \"Le Veilleur\"\ntopics = [\"education\"]\n",
            "title=\"a\"\n",
            "  title =\t\"tab\there\"  \n\t\n",
            "slug = \"mon-article\"\nurl = \"https://example.org/a?b=c#d\"\nlanguage = \"fr\"\n",
            "topics = []\nguessed = [ \"title\" , \"date\", ]\n",
            "topics = [\"a\",\"b\"]",
            "date = 2024-02-29\n",
            "date = 2024-03-01T12:30:00\n",
            "date = 2024-03-01T12:30:00Z\n",
            "date = 2024-03-01T12:30:00.123-05:30\n",
            "date = \"2022-12\"\n",
            "summary = \"\"\n",
            "title = \"quotes ' and # inside\"\n",
        ];
        for front in read {
            assert!(agrees(front), "not read: {front:?}");
        }
        let declined = [
            "title = \"a\"\ntitle = \"b\"\n",
            "title = \"a\" # comment\n",
            "# comment\ntitle = \"a\"\n",
            "title = \"esc\\\"aped\"\n",
            "title = 'literal'\n",
            "title = \"\"\"multi\"\"\"\n",
            "title = \"a\"\r\n",
            "topics = [\n\"a\",\n]\n",
            "topics = \"a\"\n",
            "title = [\"a\"]\n",
            "date = 2024-13-01\n",
            "date = 2023-02-29\n",
            "date = 2024-03-01 12:30:00\n",
            "date = 2024\n",
            "date = 12:30:00\n",
            "date = 2024-03-01T12:30\n",
            "date = 2024-03-01t12:30:00\n",
            "unknown = \"a\"\n",
            "\"title\" = \"a\"\n",
            "title.x = \"a\"\n",
            "[[sources]]\nid = 1\n",
            "title = \"a\" \"b\"\n",
            "topics = [\"a\" \"b\"]\n",
            "topics = [,]\n",
            "title = \"bell\u{7}\"\n",
            "title = \"del\u{7f}\"\n",
            "title =\n",
            "= \"a\"\n",
        ];
        for front in declined {
            assert!(!agrees(front), "read: {front:?}");
        }
    }
}
