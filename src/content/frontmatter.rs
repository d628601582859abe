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
