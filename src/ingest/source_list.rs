//! A numbered source list closing an article, split into structured entries.

use super::dateline::parse_written_date;
use super::lexicon::SOURCE_HEADINGS;
use super::SourceEntry;

/// Finds a numbered source list at the end: a heading line (`Sources`, `Notes`, `Références`)
/// followed by numbered entries. Returns the heading's line index and the entries.
pub(super) fn find_source_list(lines: &[&str]) -> Option<(usize, Vec<SourceEntry>)> {
    let Some(at) = lines.iter().rposition(|l| {
        let t = l.trim().trim_end_matches(':').trim().trim_start_matches('#').trim().to_lowercase();
        SOURCE_HEADINGS.contains(&t.as_str())
    }) else {
        return closing_citations(lines);
    };
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

/// A bibliography closing the text with no heading over it: the last lines are entries
/// numbered from 1 in order, two or more, each short and each citing something datable or
/// addressable (a date or a URL), as `1. « Title », Outlet, 4 juillet 2022.` does. A closing
/// numbered list of steps or points cites nothing.
fn closing_citations(lines: &[&str]) -> Option<(usize, Vec<SourceEntry>)> {
    let mut entries = Vec::new();
    let mut at = lines.len();
    for (i, l) in lines.iter().enumerate().rev() {
        let t = l.trim();
        if t.is_empty() {
            continue;
        }
        let Some((label, rest)) = numbered(t) else { break };
        if t.chars().count() > 300 {
            return None;
        }
        entries.push(parse_source_entry(&label, rest));
        at = i;
    }
    entries.reverse();
    let in_order = entries.iter().enumerate().all(|(n, e)| e.label == (n + 1).to_string());
    let cited = entries.iter().all(|e| e.date.is_some() || e.url.is_some());
    (entries.len() >= 2 && in_order && cited).then_some((at, entries))
}

/// A numbered source list under its heading (`References`, `Sources`) that does not close the
/// page: a whole page prints its footer, a sponsor's box or a sign-up form under the article's
/// references, and the tail of the text is cut before them (round 61: a newsletter's 17
/// references lost so). The last heading whose next lines are two entries or more, numbered
/// from 1 in order, each short and each citing something datable or addressable, as
/// [`closing_citations`] asks of a list with no heading. Returns the lines the list takes
/// (heading to last entry) and its entries.
pub(super) fn find_inner_source_list(lines: &[&str]) -> Option<(std::ops::Range<usize>, Vec<SourceEntry>)> {
    let heading = |l: &str| {
        let t = l.trim().trim_end_matches(':').trim().trim_start_matches('#').trim().to_lowercase();
        SOURCE_HEADINGS.contains(&t.as_str())
    };
    (0..lines.len()).rev().filter(|&h| heading(lines[h])).find_map(|h| {
        let mut entries = Vec::new();
        let mut end = h + 1;
        for (i, l) in lines.iter().enumerate().skip(h + 1) {
            let t = l.trim();
            if t.is_empty() {
                continue;
            }
            let Some((label, rest)) = numbered(t).filter(|_| t.chars().count() <= 300) else { break };
            entries.push(parse_source_entry(&label, rest));
            end = i + 1;
        }
        let in_order = entries.iter().enumerate().all(|(n, e)| e.label == (n + 1).to_string());
        let cited = entries.iter().all(|e| e.date.is_some() || e.url.is_some());
        (entries.len() >= 2 && in_order && cited).then_some((h..end, entries))
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_closing_bibliography_without_a_heading_is_read_as_sources() {
        let lines = [
            "Le ministère a confirmé la fermeture du site, selon plusieurs sources concordantes [1].",
            "",
            "1. « Belarus Says Troops Will Stay », The Moscow Times, 10 octobre 2022.",
            "2. « Titre », Outlet, 4 juillet 2022.",
        ];
        let (at, entries) = find_source_list(&lines).expect("sources");
        assert_eq!(at, 2);
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[1].outlet.as_deref(), Some("Outlet"));
        // A closing list of points cites nothing; a list not from 1 is a fragment.
        let steps = ["Texte.", "1. Remplir le formulaire en ligne.", "2. Attendre la réponse du service."];
        assert!(find_source_list(&steps).is_none());
        let tail = ["Texte.", "3. « A », X, 4 juillet 2022.", "4. « B », Y, 5 juillet 2022."];
        assert!(find_source_list(&tail).is_none());
    }

    #[test]
    fn references_over_a_page_footer_are_read_as_sources() {
        let lines = [
            "The agents read the documents and answer in a few seconds, as the tests have shown.",
            "",
            "References",
            "",
            " 1. (n.d.). A guide to agents. Example Blog. https://blog.example.org/agents",
            "",
            " 2. Roe, J. (n.d.). Workflows. Example Docs. https://docs.example.org/workflows",
            "",
            "Subscribe to our newsletter",
            "© 2025 Example",
        ];
        assert!(find_source_list(&lines).is_none());
        let (at, entries) = find_inner_source_list(&lines).expect("sources");
        assert_eq!(at, 2..7);
        assert_eq!(entries[1].url.as_deref(), Some("https://docs.example.org/workflows"));
        // A footer's numbered points under `Notes` cite nothing.
        let steps = ["Texte.", "Notes", "1. Remplir le formulaire en ligne.", "2. Attendre la réponse.", "Contact"];
        assert!(find_inner_source_list(&steps).is_none());
    }
}
