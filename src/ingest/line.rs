//! What one line is made of, read the same way by every part of ingestion: Markdown links and
//! note markers glued to words. A leaf of `ingest/`: it uses no sibling, so the parts that read
//! titles, bodies and boilerplate can all use it without using each other.

/// The indices of the lines that print something: distances between parts of a page are
/// counted in these, since blank lines differ between a browser's copy and a text dump.
pub(super) fn printed(lines: &[&str]) -> Vec<usize> {
    (0..lines.len()).filter(|&i| !lines[i].trim().is_empty()).collect()
}

/// Whether `l` ends with a note marker glued to its last word (`russes1`, `menaces »5`).
/// Digits closing a word in capitals are part of a name (`COP28`, `G20`, `A400`).
pub(super) fn ends_with_marker(l: &str) -> bool {
    let t = l.trim_end_matches(|c: char| c.is_ascii_digit());
    let word: String = t.chars().rev().take_while(|c| c.is_alphabetic()).collect();
    let acronym = !word.is_empty() && word.chars().all(char::is_uppercase);
    t.len() < l.len() && t.ends_with(|c: char| c.is_alphabetic() || c == '»') && !acronym
}

/// A line with every Markdown link reduced to its words (`[Lire aussi > X](https://…)`).
pub(super) fn link_words(l: &str) -> String {
    if !l.contains("](") {
        return l.to_string();
    }
    let mut out = String::with_capacity(l.len());
    let mut rest = l;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let Some(close) = after.find("](") else { break };
        let Some(end) = after[close + 2..].find(')') else { break };
        out.push_str(&rest[..open]);
        out.push_str(&after[..close]);
        rest = &after[close + 2 + end + 1..];
    }
    out.push_str(rest);
    out
}

/// `[texte](#)` → `texte`: a link to nowhere keeps its words.
pub(super) fn strip_dead_links(l: &str) -> String {
    let mut out = String::with_capacity(l.len());
    let mut rest = l;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        match after.find("](") {
            Some(close) if !after[..close].contains('[') => {
                let target_start = close + 2;
                match after[target_start..].find(')') {
                    Some(end) => {
                        let target = after[target_start..target_start + end].trim();
                        if target.is_empty() || target == "#" || target.starts_with("javascript:") {
                            out.push_str(&rest[..open]);
                            out.push_str(&after[..close]);
                            rest = &after[target_start + end + 1..];
                            continue;
                        }
                        out.push_str(&rest[..open + 1]);
                        rest = after;
                    }
                    None => {
                        out.push_str(&rest[..open + 1]);
                        rest = after;
                    }
                }
            }
            _ => {
                out.push_str(&rest[..open + 1]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}
