//! Diagnostics as a person reads them: the place, the offending line with a marker under the
//! problem, and what to do, in colour on a terminal and plain when piped.
//!
//! The first line of each stays `path:line:column: error: message` (or `warning:`), so that
//! editors can jump to it and `grep` finds it; the snippet follows, drawn by annotate-snippets.
//! Nothing here prints: the callers decide where the text goes.

use crate::diagnostics::{Diagnostic, Severity};
use annotate_snippets::renderer::{
    DEFAULT_EMPHASIS_STYLE, DEFAULT_ERROR_STYLE, DEFAULT_NOTE_STYLE, DEFAULT_WARNING_STYLE,
};
use annotate_snippets::{normalize_untrusted_str, AnnotationKind, Group, Level, Renderer, Snippet};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Whether to colour output, from what the environment says: `NO_COLOR` set to anything but
/// the empty string never colours, `CLICOLOR_FORCE` set to anything but `0` (or empty) always
/// does, and otherwise a terminal does unless `TERM=dumb`. `NO_COLOR` wins over
/// `CLICOLOR_FORCE`, as in anstream and most tools that honour both.
pub fn use_color(is_terminal: bool, no_color: Option<&str>, clicolor_force: Option<&str>, term: Option<&str>) -> bool {
    if no_color.is_some_and(|v| !v.is_empty()) {
        return false;
    }
    if clicolor_force.is_some_and(|v| !v.is_empty() && v != "0") {
        return true;
    }
    is_terminal && term != Some("dumb")
}

/// [`use_color`] for the standard error stream, where diagnostics go.
pub fn stderr_color() -> bool {
    use std::io::IsTerminal;
    let var = |k: &str| std::env::var(k).ok();
    use_color(
        std::io::stderr().is_terminal(),
        var("NO_COLOR").as_deref(),
        var("CLICOLOR_FORCE").as_deref(),
        var("TERM").as_deref(),
    )
}

/// The files diagnostics point into, each read once and decoded as the build decoded it, so
/// that line and column mean the same text.
pub struct SourceLines<'a> {
    root: &'a Path,
    files: HashMap<PathBuf, Option<String>>,
}

impl<'a> SourceLines<'a> {
    /// Reads files under `root` (diagnostic paths are relative to it) on demand.
    pub fn new(root: &'a Path) -> Self {
        SourceLines { root, files: HashMap::new() }
    }

    /// Line `n` (1-based) of `path`, without its line ending; `None` when the file cannot be
    /// read any more or is shorter now than when it was loaded.
    pub fn line(&mut self, path: &Path, n: usize) -> Option<&str> {
        if n == 0 {
            return None;
        }
        let root = self.root;
        let text = self.files.entry(path.to_path_buf()).or_insert_with(|| read(&root.join(path)));
        text.as_deref()?.split('\n').nth(n - 1).map(|l| l.strip_suffix('\r').unwrap_or(l))
    }
}

fn read(path: &Path) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    let html = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
    crate::ingest::decode::decode(&bytes, html).ok().map(|d| d.text)
}

/// Fills in the column of diagnostics that do not know it, where the offending text can be
/// found on their line (see [`span_on_line`]), for reports that show no snippet (JSON).
pub fn locate(root: &Path, diags: &mut [Diagnostic]) {
    let mut lines = SourceLines::new(root);
    for d in diags.iter_mut().filter(|d| d.column == 0) {
        if let Some((column, width)) = lines.line(&d.path, d.line).and_then(|l| span_on_line(d, l)) {
            d.column = column;
            d.width = width;
        }
    }
}

/// Where on `line` the problem of `d` lies, as a 1-based character column and a width in
/// characters. A known column is kept (its width, when unknown, is the token found there); an
/// unknown one is where the first quoted name of the message (`unknown topic "x"`) is written
/// on the line, quoted as in front matter or cited as `@x` in a text; otherwise `None`.
pub fn span_on_line(d: &Diagnostic, line: &str) -> Option<(usize, usize)> {
    let chars = line.chars().count();
    if d.column > 0 {
        // The file may have changed since it was loaded: a column past the end is no place.
        if d.column > chars + 1 {
            return None;
        }
        let width = if d.width > 0 { d.width.min(chars + 1 - d.column) } else { token_width(line, d.column) };
        return Some((d.column, width));
    }
    let token = first_quoted(&d.message).filter(|t| !t.is_empty())?;
    let column_of = |byte: usize| line[..byte].chars().count() + 1;
    if let Some(at) = line.find(&format!("\"{token}\"")) {
        return Some((column_of(at), token.chars().count() + 2));
    }
    // A citation key: marked without its `@`, and only as a whole key (`@first` in `@firstly`
    // is another key).
    let cited = format!("@{token}");
    line.match_indices(&cited)
        .find(|(at, m)| !line[at + m.len()..].starts_with(|c: char| c.is_alphanumeric() || "-_:.".contains(c)))
        .map(|(at, _)| (column_of(at + 1), token.chars().count()))
}

/// The text between the first pair of double quotes of `message`.
fn first_quoted(message: &str) -> Option<&str> {
    let (_, rest) = message.split_once('"')?;
    rest.split_once('"').map(|(t, _)| t)
}

/// How many characters the token at `column` spans: a quoted string through its closing
/// quote, otherwise up to a space or a closing bracket; at least one.
fn token_width(line: &str, column: usize) -> usize {
    let mut rest = line.chars().skip(column - 1);
    match rest.next() {
        None => 0,
        Some('"') => rest.position(|c| c == '"').map_or(1, |n| n + 2),
        Some(_) => 1 + rest.take_while(|c| !c.is_whitespace() && !",;]})".contains(*c)).count(),
    }
}

/// Renders every diagnostic of `diags` (paths relative to `root`), each ending with a newline;
/// those with a snippet or advice are followed by a blank line, as compilers do.
pub fn render(root: &Path, diags: &[Diagnostic], color: bool) -> String {
    let mut lines = SourceLines::new(root);
    diags.iter().map(|d| render_one(d, lines.line(&d.path, d.line), color)).collect()
}

/// Renders one diagnostic, with `source`, the text of its line, when it could be read.
pub fn render_one(d: &Diagnostic, source: Option<&str>, color: bool) -> String {
    let source = source.filter(|s| !s.trim().is_empty());
    let span = source.and_then(|s| span_on_line(d, s));
    let (problem, advice) = (d.message.as_str(), d.help.as_deref());
    let mut out = header(d, span.map(|s| s.0), problem, color);
    out.push('\n');
    let level = match d.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Suggestion => Level::NOTE,
    };
    let mut group = Group::with_level(level);
    if let Some(line) = source {
        let mut snippet = Snippet::source(line).line_start(d.line).fold(false);
        if let Some((column, width)) = span {
            let start = byte_at(line, column);
            let end = byte_at(line, column + width);
            snippet = snippet.annotation(AnnotationKind::Primary.span(start..end));
        }
        group = group.element(snippet);
    }
    if let Some(advice) = advice {
        group = group.element(Level::HELP.message(advice));
    }
    if source.is_some() || advice.is_some() {
        let renderer = if color { Renderer::styled() } else { Renderer::plain() };
        out.push_str(&renderer.render(&[group]));
        out.push_str("\n\n");
    }
    out
}

/// The byte offset of 1-based character `column` of `line`, or its end.
fn byte_at(line: &str, column: usize) -> usize {
    line.char_indices().nth(column.saturating_sub(1)).map_or(line.len(), |(i, _)| i)
}

/// `path:line:column: error: message`, the line an editor jumps to. The message and path
/// come from the user's files: control characters are made visible, never sent to the
/// terminal.
fn header(d: &Diagnostic, column: Option<usize>, problem: &str, color: bool) -> String {
    let mut place = format!("{}:{}", d.path.display(), d.line.max(1));
    if let Some(c) = column.or((d.column > 0).then_some(d.column)) {
        place.push_str(&format!(":{c}"));
    }
    let place = normalize_untrusted_str(&place);
    let problem = normalize_untrusted_str(problem);
    let (word, style) = match d.severity {
        Severity::Error => ("error", DEFAULT_ERROR_STYLE),
        Severity::Warning => ("warning", DEFAULT_WARNING_STYLE),
        Severity::Suggestion => ("suggestion", DEFAULT_NOTE_STYLE),
    };
    if color {
        let bold = DEFAULT_EMPHASIS_STYLE;
        format!("{bold}{place}:{bold:#} {style}{word}{style:#}{bold}: {problem}{bold:#}")
    } else {
        format!("{place}: {word}: {problem}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_follows_the_terminal_and_the_conventions() {
        assert!(use_color(true, None, None, Some("xterm-256color")));
        assert!(!use_color(false, None, None, Some("xterm")), "piped: plain");
        assert!(!use_color(true, None, None, Some("dumb")));
        assert!(!use_color(true, Some("1"), None, None), "NO_COLOR");
        assert!(use_color(true, Some(""), None, None), "an empty NO_COLOR is unset");
        assert!(use_color(false, None, Some("1"), None), "CLICOLOR_FORCE");
        assert!(!use_color(false, None, Some("0"), None));
        assert!(!use_color(true, Some("1"), Some("1"), None), "NO_COLOR wins");
    }

    const LINE: &str = "topics = [\"army\", \"biélorussie-armee\"]";

    fn unknown_topic() -> Diagnostic {
        Diagnostic::error("content/notes/x.md", 4, "unknown topic \"biélorussie-armee\"")
            .with_help("did you mean \"bielorussie-armee\"?")
    }

    #[test]
    fn a_plain_report_marks_the_offending_text_and_shows_the_advice() {
        let out = render_one(&unknown_topic(), Some(LINE), false);
        let expected = "content/notes/x.md:4:19: error: unknown topic \"biélorussie-armee\"
  |
4 | topics = [\"army\", \"biélorussie-armee\"]
  |                   ^^^^^^^^^^^^^^^^^^^
  |
  = help: did you mean \"bielorussie-armee\"?

";
        assert_eq!(out, expected);
        assert!(!out.contains('\x1b'));
        let coloured = render_one(&unknown_topic(), Some(LINE), true);
        assert!(coloured.contains("\x1b["), "{coloured:?}");
    }

    #[test]
    fn without_its_line_a_report_is_one_line() {
        let d = Diagnostic::warning("content/notes/x.md", 0, "read as windows-1252 (guessed), not UTF-8");
        assert_eq!(
            render_one(&d, None, false),
            "content/notes/x.md:1: warning: read as windows-1252 (guessed), not UTF-8\n"
        );
        // A name the line does not hold is not pointed at.
        let out = render_one(&unknown_topic(), Some("title = \"x\""), false);
        assert!(out.starts_with("content/notes/x.md:4: error: "), "{out}");
        assert!(!out.contains('^'), "{out}");
    }

    #[test]
    fn citations_are_found_by_key() {
        let d = Diagnostic::error("a.md", 6, "unknown citation id \"frist\"; did you mean \"first\"?");
        assert_eq!(span_on_line(&d, "A claim [@first; @frist, p. 2]."), Some((19, 5)));
        // `@frist` must be the whole key.
        assert_eq!(span_on_line(&d, "A claim [@fristy]."), None);
    }

    #[test]
    fn a_line_without_a_known_place_is_shown_unmarked() {
        let d = Diagnostic::error("a.md", 5, "event without text");
        let out = render_one(&d, Some("[[events]]"), false);
        assert_eq!(out, "a.md:5: error: event without text\n  |\n5 | [[events]]\n  |\n\n");
    }

    #[test]
    fn known_columns_survive_changed_files_tabs_and_crlf() {
        let d = Diagnostic::error("a.md", 2, "bad date \"x\"").at_column(40);
        assert_eq!(span_on_line(&d, "short"), None, "a column past the end is dropped");
        let out = render_one(&d, Some("short"), false);
        assert!(out.starts_with("a.md:2:40: error: bad date"), "{out}");
        let d = Diagnostic::error("a.md", 2, "bad date \"x\"").at_column(8);
        assert_eq!(span_on_line(&d, "date =\t\"x\" # note"), Some((8, 3)));
        let out = render_one(&d, Some("date =\t\"x\" # note"), false);
        assert!(out.contains("^^^"), "{out}");
        // At the end of the line: the marker goes after the last character.
        let d = Diagnostic::error("a.md", 2, "expected a value").at_column(8);
        assert_eq!(span_on_line(&d, "date = "), Some((8, 0)));
        assert!(render_one(&d, Some("date = "), false).contains('^'));
    }

    #[test]
    fn control_characters_never_reach_the_terminal() {
        let d = Diagnostic::error("a\x1b[31m.md", 1, "unknown topic \"\x1b]0;x\x07\"");
        let out = render_one(&d, Some("topics = [\"\x1b]0;x\x07\"]"), false);
        assert!(!out.contains('\x1b') && !out.contains('\x07'), "{out:?}");
    }

    #[test]
    fn lines_are_read_as_the_build_read_them() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.md"), "one\r\ntwo \"x\"\r\n").unwrap();
        std::fs::write(dir.path().join("l1.md"), b"caf\xe9 \"y\"\n").unwrap();
        let mut lines = SourceLines::new(dir.path());
        assert_eq!(lines.line(Path::new("a.md"), 2), Some("two \"x\""));
        assert_eq!(lines.line(Path::new("a.md"), 9), None);
        assert_eq!(lines.line(Path::new("a.md"), 0), None);
        assert_eq!(lines.line(Path::new("gone.md"), 1), None);
        assert_eq!(lines.line(Path::new("l1.md"), 1), Some("café \"y\""));
        let mut diags = vec![
            Diagnostic::error("a.md", 2, "unknown topic \"x\""),
            Diagnostic::error("l1.md", 1, "unknown topic \"y\""),
            Diagnostic::error("gone.md", 1, "unknown topic \"y\""),
        ];
        locate(dir.path(), &mut diags);
        let at: Vec<_> = diags.iter().map(|d| (d.column, d.width)).collect();
        assert_eq!(at, [(5, 3), (6, 3), (0, 0)]);
    }
}
