//! Problems found in a dossier, each tied to a file, line and (where known) column, reported
//! all at once.
//!
//! A diagnostic says what is wrong (`message`: `unknown topic "armee"`) and, where it can,
//! what to do about it (`help`: `did you mean "army"?`), as two fields: a terminal report
//! shows the help on its own line, JSON carries both, and `Display` stays the one line
//! `path:line:column: message` that editors jump to.

use serde::Serialize;
use std::fmt;
use std::path::{Path, PathBuf};

/// How serious a problem is: errors stop the build, warnings do not (but fail `check
/// --strict`), suggestions never fail anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The build cannot produce a correct site.
    Error,
    /// The site builds, but an editor should look.
    Warning,
    /// Something an editor may want to do (declare an actor the articles name often).
    Suggestion,
}

/// One problem in one place: `path:line:column: message`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Diagnostic {
    /// The file, relative to the site root where possible.
    pub path: PathBuf,
    /// 1-based line; 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based column on that line, counted in characters (not bytes, so that an accent
    /// before the problem does not shift it); 0 when unknown.
    pub column: usize,
    /// How many characters the problem spans from `column`; 0 when unknown (a report then
    /// marks the token found there). Not serialised: `column` is the contract.
    #[serde(skip)]
    pub width: usize,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong.
    pub message: String,
    /// What to do about it, when there is something to say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error at `path:line`.
    pub fn error(path: impl Into<PathBuf>, line: usize, message: impl Into<String>) -> Self {
        Diagnostic {
            path: path.into(),
            line,
            column: 0,
            width: 0,
            severity: Severity::Error,
            message: message.into(),
            help: None,
        }
    }

    /// A warning at `path:line`.
    pub fn warning(path: impl Into<PathBuf>, line: usize, message: impl Into<String>) -> Self {
        Diagnostic {
            path: path.into(),
            line,
            column: 0,
            width: 0,
            severity: Severity::Warning,
            message: message.into(),
            help: None,
        }
    }

    /// A suggestion at `path:line`.
    pub fn suggestion(path: impl Into<PathBuf>, line: usize, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Suggestion, ..Diagnostic::warning(path, line, message) }
    }

    /// The same problem, with what to do about it.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// The same problem, pointed at a 1-based character `column` of its line.
    pub fn at_column(mut self, column: usize) -> Self {
        self.column = column;
        self
    }

    /// The same problem, pointed at `(column, width)` of its line, as [`span_in`] gives it.
    pub fn with_span(mut self, (column, width): (usize, usize)) -> Self {
        self.column = column;
        self.width = width;
        self
    }

    /// Whether this problem stops the build.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        write!(f, ":{}", self.line.max(1))?;
        if self.column > 0 {
            write!(f, ":{}", self.column)?;
        }
        match self.severity {
            Severity::Error => write!(f, ": {}", self.message),
            Severity::Warning => write!(f, ": warning: {}", self.message),
            Severity::Suggestion => write!(f, ": suggestion: {}", self.message),
        }
    }
}

/// Sorts diagnostics by file, line and column so that reports are stable and readable.
pub fn sort(diags: &mut [Diagnostic]) {
    diags.sort_by(|a, b| {
        (&a.path, a.line, a.column, a.severity, &a.message).cmp(&(&b.path, b.line, b.column, b.severity, &b.message))
    });
}

/// The 1-based line of byte `offset` in `text`.
pub fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end].iter().filter(|&&b| b == b'\n').count() + 1
}

/// The `(column, width)` of the byte range `span` of `text`, in characters: the column of its
/// start on its line (1-based), and how much of it lies on that line. Offsets past the end or
/// inside a character are moved back to a character boundary, never trusted blindly.
pub fn span_in(text: &str, span: std::ops::Range<usize>) -> (usize, usize) {
    let floor = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let start = floor(span.start);
    let end = floor(span.end.max(span.start));
    let line_start = text[..start].rfind('\n').map_or(0, |n| n + 1);
    let line_end = text[start..].find(['\n', '\r']).map_or(text.len(), |n| start + n);
    let column = text[line_start..start].chars().count() + 1;
    let width = text[start..end.min(line_end)].chars().count();
    (column, width)
}

/// `path` relative to `root` when it is inside it, for shorter messages.
pub fn relative(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).map(Path::to_path_buf).unwrap_or_else(|_| path.to_path_buf())
}

/// Turns a TOML error into a diagnostic; `first_line` is the file line where the TOML text
/// starts (front matter starts after its `+++` line, so spans are relative to that block,
/// and columns are those of the file, since the block starts at the start of a line).
pub fn from_toml(path: &Path, toml_text: &str, first_line: usize, err: &toml::de::Error) -> Diagnostic {
    let line = err.span().map(|s| line_of(toml_text, s.start)).unwrap_or(1) + first_line - 1;
    let msg = err.message().trim().replace('\n', " ");
    let span = err.span().map(|s| span_in(toml_text, s)).unwrap_or_default();
    Diagnostic::error(path, line, msg).with_span(span)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_path_line_message() {
        let d = Diagnostic::error("content/notes/a.md", 12, "unknown citation id \"x\"");
        assert_eq!(d.to_string(), "content/notes/a.md:12: unknown citation id \"x\"");
        let w = Diagnostic::warning("config.toml", 0, "no title");
        assert_eq!(w.to_string(), "config.toml:1: warning: no title");
    }

    #[test]
    fn toml_errors_are_shifted_to_file_lines() {
        let text = "title = \"a\"\ndate = \n";
        let err = toml::from_str::<toml::Table>(text).unwrap_err();
        let d = from_toml(Path::new("x.md"), text, 2, &err);
        assert_eq!(d.line, 3, "{d}");
        assert_eq!(d.column, 8, "{d}");
        assert!(d.to_string().starts_with("x.md:3:8: "), "{d}");
    }

    #[test]
    fn the_column_is_shown_only_when_known() {
        let d = Diagnostic::error("a.md", 4, "unknown topic \"x\"").at_column(11);
        assert_eq!(d.to_string(), "a.md:4:11: unknown topic \"x\"");
        let w = Diagnostic::warning("a.md", 4, "thin").at_column(2);
        assert_eq!(w.to_string(), "a.md:4:2: warning: thin");
    }

    #[test]
    fn columns_count_characters_and_stay_on_their_line() {
        let text = "title = \"Café\"\ntopics = [\"bié\", \"x\"]\r\nnext";
        let at = text.find("\"x\"").unwrap();
        assert_eq!(span_in(text, at..at + 3), (18, 3));
        let at = text.find("\"bié\"").unwrap();
        assert_eq!(span_in(text, at..at + 6), (11, 5));
        // A span running over the end of its line is cut there (before the \r too).
        assert_eq!(span_in(text, at..text.len()), (11, 11));
        // Offsets inside a character or past the end do not panic.
        let e = text.find('é').unwrap();
        assert_eq!(span_in(text, e + 1..e + 1), (13, 0));
        assert_eq!(span_in(text, 999..1000).0, 5);
        assert_eq!(span_in("", 0..3), (1, 0));
    }

    #[test]
    fn help_is_kept_apart_from_the_message() {
        let d = Diagnostic::error("a.md", 2, "unknown topic \"armee\"").with_help("did you mean \"army\"?");
        assert_eq!(d.to_string(), "a.md:2: unknown topic \"armee\"");
        let json = serde_json::to_value(&d).unwrap();
        assert_eq!(json["message"], "unknown topic \"armee\"");
        assert_eq!(json["help"], "did you mean \"army\"?");
        let plain = serde_json::to_value(Diagnostic::warning("a.md", 1, "x")).unwrap();
        assert!(plain.get("help").is_none());
    }
}
