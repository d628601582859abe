//! Problems found in a dossier, each tied to a file and line, reported all at once.

use serde::Serialize;
use std::fmt;
use std::path::{Path, PathBuf};

/// How serious a problem is: errors stop the build, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The build cannot produce a correct site.
    Error,
    /// The site builds, but an editor should look.
    Warning,
}

/// One problem in one place: `path:line: message`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Diagnostic {
    /// The file, relative to the site root where possible.
    pub path: PathBuf,
    /// 1-based line; 0 when the problem concerns the whole file.
    pub line: usize,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong, and where it helps, what to do.
    pub message: String,
}

impl Diagnostic {
    /// An error at `path:line`.
    pub fn error(path: impl Into<PathBuf>, line: usize, message: impl Into<String>) -> Self {
        Diagnostic { path: path.into(), line, severity: Severity::Error, message: message.into() }
    }

    /// A warning at `path:line`.
    pub fn warning(path: impl Into<PathBuf>, line: usize, message: impl Into<String>) -> Self {
        Diagnostic { path: path.into(), line, severity: Severity::Warning, message: message.into() }
    }

    /// Whether this problem stops the build.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path.display();
        let line = self.line.max(1);
        match self.severity {
            Severity::Error => write!(f, "{path}:{line}: {}", self.message),
            Severity::Warning => write!(f, "{path}:{line}: warning: {}", self.message),
        }
    }
}

/// Sorts diagnostics by file and line so that reports are stable and readable.
pub fn sort(diags: &mut [Diagnostic]) {
    diags.sort_by(|a, b| (&a.path, a.line, a.severity, &a.message).cmp(&(&b.path, b.line, b.severity, &b.message)));
}

/// The 1-based line of byte `offset` in `text`.
pub fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end].iter().filter(|&&b| b == b'\n').count() + 1
}

/// `path` relative to `root` when it is inside it, for shorter messages.
pub fn relative(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).map(Path::to_path_buf).unwrap_or_else(|_| path.to_path_buf())
}

/// Turns a TOML error into a diagnostic; `first_line` is the file line where the TOML text
/// starts (front matter starts after its `+++` line, so spans are relative to that block).
pub fn from_toml(path: &Path, toml_text: &str, first_line: usize, err: &toml::de::Error) -> Diagnostic {
    let line = err.span().map(|s| line_of(toml_text, s.start)).unwrap_or(1) + first_line - 1;
    let msg = err.message().trim().replace('\n', " ");
    Diagnostic::error(path, line, msg)
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
    }
}
