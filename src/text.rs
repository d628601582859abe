//! Small text helpers shared by every stage: slugs, accent folding, escaping.

/// A URL- and file-safe slug: ASCII lowercase, digits and single hyphens; accents folded
/// (`Biélorussie armée` → `bielorussie-armee`).
pub fn slugify(s: &str) -> String {
    let folded = deunicode::deunicode(s).to_ascii_lowercase();
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// Whether `s` is already a valid slug (what `slugify` would leave unchanged).
pub fn is_slug(s: &str) -> bool {
    !s.is_empty() && slugify(s) == s
}

/// Lowercase ASCII folding for matching names whatever their accents and case
/// (`Loukachenko`, `LOUKACHENKO`, `Łukašenka` → `lukasenka`).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if let Some(t) = deunicode::deunicode_char(c) {
            out.extend(t.chars().map(|c| c.to_ascii_lowercase()));
        }
    }
    out
}

/// `s` with every run of whitespace turned into one space, and no space at either end.
pub fn squash_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Escapes text for HTML element content and attribute values.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Cuts `s` to at most `max` characters at a word boundary, adding `…` when cut.
pub fn truncate_words(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    let end = cut.rfind(char::is_whitespace).unwrap_or(cut.len());
    // Never end on an opening quote or bracket: `d’un «…` reads as broken.
    format!("{}…", cut[..end].trim_end_matches([',', ';', ':', ' ', '«', '“', '‘', '(', '[', '"', '\u{a0}']))
}

/// An address a reader can follow: http(s) only, never `javascript:` or `data:`.
pub fn is_web_url(u: &str) -> bool {
    let l = u.trim().to_ascii_lowercase();
    (l.starts_with("http://") || l.starts_with("https://")) && !u.contains(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_fold_accents_and_punctuation() {
        assert_eq!(slugify("Biélorussie : l'armée !"), "bielorussie-l-armee");
        assert_eq!(slugify("000_29f968cfebea0565"), "000-29f968cfebea0565");
        assert_eq!(slugify("  "), "");
        assert!(is_slug("sommet-minsk-2022"));
        assert!(!is_slug("Sommet"));
    }

    #[test]
    fn escaping_and_truncation() {
        assert_eq!(escape_html("<a href=\"x\">&'"), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
        assert_eq!(truncate_words("un deux trois quatre", 10), "un deux…");
        assert_eq!(fold("Łukašenka Loukachenko"), "lukasenka loukachenko");
    }
}
