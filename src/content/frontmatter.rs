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

/// An article's front matter read without the TOML parser, when it is written the plain way
/// `briefing import` and most editors write it: one `key = value` a line, each value a basic
/// string without escapes, a date (`2025-02-21` or `2025-02-21T12:55:00+01:00`) or a one-line
/// array of such strings. The same [`ArticleMeta`] as `toml` gives, spans included; `None`
/// for anything else (a comment, a table, an escape, a key twice, a key the struct does not
/// have…), which then goes through `toml`, and its errors. The TOML parser took about a
/// tenth of loading an article (25,000 instructions for five lines).
pub fn article_plain(front: &str) -> Option<ArticleMeta> {
    let mut meta = ArticleMeta::default();
    // The keys read so far, one bit each: a key twice is TOML's error to report.
    let mut seen = 0u16;
    let mut at = 0;
    for line in front.split_inclusive('\n') {
        let base = at;
        at += line.len();
        let text = line.strip_suffix('\n').unwrap_or(line);
        let mut c = Cursor { text, base, i: 0 };
        c.blanks();
        if c.i == text.len() {
            continue;
        }
        let key_start = c.i;
        while c.peek().is_some_and(|b| b.is_ascii_lowercase()) {
            c.i += 1;
        }
        let key = &text[key_start..c.i];
        c.blanks();
        if c.peek() != Some(b'=') {
            return None;
        }
        c.i += 1;
        c.blanks();
        let bit = match key {
            "slug" => 0,
            "title" => 1,
            "date" => 2,
            "author" => 3,
            "outlet" => 4,
            "url" => 5,
            "language" => 6,
            "topics" => 7,
            "summary" => 8,
            "guessed" => 9,
            _ => return None,
        };
        if seen & (1 << bit) != 0 {
            return None;
        }
        seen |= 1 << bit;
        match key {
            "slug" => meta.slug = Some(c.spanned_string()?),
            "url" => meta.url = Some(c.spanned_string()?),
            "language" => meta.language = Some(c.spanned_string()?),
            "title" => meta.title = Some(c.string()?.0.to_string()),
            "author" => meta.author = Some(c.string()?.0.to_string()),
            "outlet" => meta.outlet = Some(c.string()?.0.to_string()),
            "summary" => meta.summary = Some(c.string()?.0.to_string()),
            "topics" => meta.topics = c.strings()?,
            "guessed" => meta.guessed = c.strings()?,
            _ => meta.date = Some(c.date()?),
        }
        // Nothing after the value but blanks (a comment is left to `toml`).
        c.blanks();
        if c.i != text.len() {
            return None;
        }
    }
    Some(meta)
}

/// A place in one line of front matter (`base`: where the line starts in it), for
/// [`article_plain`].
struct Cursor<'a> {
    text: &'a str,
    base: usize,
    i: usize,
}

impl<'a> Cursor<'a> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.i).copied()
    }

    /// Past spaces and tabs (a carriage return is not taken: `toml` reads those lines).
    fn blanks(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.i += 1;
        }
    }

    /// A basic string with no escape and no control character but the tab (what TOML allows
    /// in one, less the escapes): its text and its span in the front matter, quotes included.
    fn string(&mut self) -> Option<(&'a str, std::ops::Range<usize>)> {
        if self.peek() != Some(b'"') {
            return None;
        }
        let from = self.i;
        let rest = self.text.get(from + 1..)?;
        let len = rest.bytes().position(|b| b == b'"' || b == b'\\' || (b < 0x20 && b != b'\t') || b == 0x7f)?;
        if rest.as_bytes()[len] != b'"' {
            return None;
        }
        self.i = from + 1 + len + 1;
        Some((&rest[..len], self.base + from..self.base + self.i))
    }

    fn spanned_string(&mut self) -> Option<Spanned<String>> {
        let (s, span) = self.string()?;
        Some(Spanned::new(span, s.to_string()))
    }

    /// A one-line array of [`Cursor::string`]s (a comma after the last allowed, as in TOML).
    fn strings(&mut self) -> Option<Vec<Spanned<String>>> {
        if self.peek() != Some(b'[') {
            return None;
        }
        self.i += 1;
        let mut out = Vec::new();
        loop {
            self.blanks();
            if self.peek() == Some(b']') {
                self.i += 1;
                return Some(out);
            }
            out.push(self.spanned_string()?);
            self.blanks();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b']') => {}
                _ => return None,
            }
        }
    }

    /// A date: a string, or a TOML date or date and time written `2025-02-21`,
    /// `2025-02-21T12:55:00`, with seconds' fractions and an offset (`Z`, `+01:00`) or not.
    fn date(&mut self) -> Option<Spanned<toml::Value>> {
        if self.peek() == Some(b'"') {
            let (s, span) = self.string()?;
            return Some(Spanned::new(span, toml::Value::String(s.to_string())));
        }
        let from = self.i;
        let b = self.text.as_bytes();
        let digits = |at: usize, n: usize| b.get(at..at + n).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
        let at = |k: usize, c: u8| b.get(k) == Some(&c);
        if !(digits(from, 4) && at(from + 4, b'-') && digits(from + 5, 2) && at(from + 7, b'-') && digits(from + 8, 2))
        {
            return None;
        }
        let mut end = from + 10;
        if at(end, b'T') {
            if !(digits(end + 1, 2)
                && at(end + 3, b':')
                && digits(end + 4, 2)
                && at(end + 6, b':')
                && digits(end + 7, 2))
            {
                return None;
            }
            end += 9;
            if at(end, b'.') {
                end += 1;
                let n = b[end..].iter().take_while(|d| d.is_ascii_digit()).count();
                if n == 0 {
                    return None;
                }
                end += n;
            }
            if at(end, b'Z') {
                end += 1;
            } else if (at(end, b'+') || at(end, b'-')) && digits(end + 1, 2) && at(end + 3, b':') && digits(end + 4, 2)
            {
                end += 6;
            }
        }
        // Anything glued to it (a space and a time, a lowercase `t`) is for `toml` to read.
        if b.get(end).is_some_and(|&c| c != b' ' && c != b'\t') {
            return None;
        }
        let dt: toml::value::Datetime = self.text[from..end].parse().ok()?;
        self.i = end;
        Some(Spanned::new(self.base + from..self.base + end, toml::Value::Datetime(dt)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `toml`'s reading, spans included (a `Spanned` shows its span when debugged).
    fn by_toml(front: &str) -> Option<String> {
        toml::from_str::<ArticleMeta>(front).ok().map(|m| format!("{m:?}"))
    }

    #[test]
    fn plain_front_matter_reads_as_toml_reads_it() {
        let same = [
            "title = \"Budget : ce que contient un nouveau plan\"\ndate = 2025-02-21T12:55:00+01:00\nauthor = \"Inès Petit\"\noutlet = \"Agence\"\ntopics = [\"budget\", \"agriculture\", \"retraites\"]\n",
            "title = \"x\"\ndate = 2025-02-21\n",
            "title=\"x\"\ndate=\"2025-02\"\nslug = \"a-b\"\nurl = \"https://example.org/a?b=1&c=2\"\nlanguage = \"fr\"\n",
            "  title   =\t\"tab\there\"  \n\n\t\ndate = 2025-02-21T12:55:00Z\nsummary = \"\"\n",
            "title = \"x\"\ndate = 2025-02-21T12:55:00.123-05:00\ntopics = []\nguessed = [ \"author\" , \"date\", ]\n",
            "title = \"x\"\ndate = 2025-02-21T12:55:00",
            "title = \"l'été « chaud » — ok\"\ntopics = [\"a\",\"b\"]\n",
            "",
        ];
        for front in same {
            let plain = article_plain(front).unwrap_or_else(|| panic!("read plainly: {front:?}"));
            assert_eq!(Some(format!("{plain:?}")), by_toml(front), "{front:?}");
        }
        // Left to `toml`: what the plain reading does not take, whether TOML accepts it or not.
        let left = [
            "title = \"a \\\"quoted\\\" word\"\n",
            "title = 'literal'\n",
            "title = \"x\" # a comment\n",
            "# a comment\ntitle = \"x\"\n",
            "title = \"x\"\ntitle = \"y\"\n",
            "title = \"x\"\r\ndate = 2025-02-21\r\n",
            "title = \"x\"\nwhatever = \"y\"\n",
            "title = \"x\"\ndate = 2025-02-21 12:55:00\n",
            "title = \"x\"\ndate = 2025-02-21t12:55:00\n",
            "title = \"x\"\ndate = 2025-02-21T12:55\n",
            "title = \"x\"\ndate = 2025\n",
            "title = \"x\"\ntopics = [\"a\",\n  \"b\"]\n",
            "title = \"\"\"x\"\"\"\n",
            "title = \"x\"\n[[sources]]\nid = 1\n",
            "Title = \"x\"\n",
            "title = \"x\ny\"\n",
            "title = \"x\" \"y\"\n",
            "topics = [\"a\" \"b\"]\n",
            "title = \"x\"\ndate = 2025-13-45\n",
        ];
        for front in left {
            assert!(article_plain(front).is_none(), "{front:?}");
        }
    }
}
