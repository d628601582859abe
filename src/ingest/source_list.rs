//! A numbered source list closing an article, split into structured entries.

use super::dateline::parse_written_date;
use super::lexicon::SOURCE_HEADINGS;
use super::SourceEntry;

/// Finds a numbered source list at the end: a heading line (`Sources`, `Notes`, `Références`)
/// followed by numbered entries. Returns the heading's line index and the entries.
pub(super) fn find_source_list(lines: &[&str]) -> Option<(usize, Vec<SourceEntry>)> {
    let at = lines.iter().rposition(|l| {
        let t = l.trim().trim_end_matches(':').trim().trim_start_matches('#').trim().to_lowercase();
        SOURCE_HEADINGS.contains(&t.as_str())
    })?;
    let mut entries = Vec::new();
    for l in &lines[at + 1..] {
        let t = l.trim();
        if t.is_empty() {
            continue;
        }
        let (label, rest) = numbered(t)?;
        entries.push(parse_source_entry(&label, rest));
    }
    (!entries.is_empty()).then_some((at, entries))
}

pub(super) fn numbered(t: &str) -> Option<(String, &str)> {
    let t = t.trim_start_matches(['•', '-', '*', ' ']);
    if let Some(r) = t.strip_prefix('[') {
        let end = r.find(']')?;
        let n = &r[..end];
        return n.chars().all(|c| c.is_ascii_digit()).then(|| (n.to_string(), r[end + 1..].trim()));
    }
    let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
    let rest = t[digits.len()..].strip_prefix(['.', ')'])?;
    (!digits.is_empty()).then(|| (digits, rest.trim()))
}

/// Splits a bibliography entry into title, outlet, date and URL:
/// `« Belarus Says … », The Moscow Times, 10 octobre 2022.`
pub fn parse_source_entry(label: &str, text: &str) -> SourceEntry {
    let mut e = SourceEntry { label: label.to_string(), text: text.trim().to_string(), ..Default::default() };
    let mut rest = text.trim().to_string();
    if let Some(start) = rest.find("http://").or_else(|| rest.find("https://")) {
        let end = rest[start..].find(char::is_whitespace).map_or(rest.len(), |n| start + n);
        e.url = Some(rest[start..end].trim_end_matches(['.', ',', ')']).to_string());
        rest = format!("{}{}", &rest[..start], &rest[end..]);
    }
    let mut rest = rest.trim().trim_end_matches(['.', ',', ' ']).to_string();
    if let Some(comma) = rest.rfind(',') {
        if let Some(d) = parse_written_date(&rest[comma + 1..]) {
            e.date = Some(d);
            rest.truncate(comma);
        }
    } else if let Some(d) = parse_written_date(&rest) {
        e.date = Some(d);
        rest.clear();
    }
    let rest = rest.trim();
    let quoted = ["«", "\"", "“"].iter().find_map(|open| {
        let close = match *open {
            "«" => "»",
            "“" => "”",
            _ => "\"",
        };
        let s = rest.strip_prefix(open)?;
        let end = s.find(close)?;
        Some((s[..end].trim().to_string(), s[end + close.len()..].trim()))
    });
    let (title, after) = match quoted {
        Some((t, after)) => (t, after.trim_start_matches([',', ' ']).to_string()),
        None => match rest.split_once(", ") {
            Some((t, a)) => (t.to_string(), a.to_string()),
            None => (rest.to_string(), String::new()),
        },
    };
    e.title = (!title.is_empty()).then_some(title);
    e.outlet = (!after.trim().is_empty()).then(|| after.trim().to_string());
    e
}
