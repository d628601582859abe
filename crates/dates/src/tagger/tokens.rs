//! One pass over the text into word, number and punctuation tokens with byte offsets.
//!
//! Tokens only ever start and end on character boundaries, so every span the tagger builds
//! from them can slice the text safely.

use super::lexicon::{fold, lookup, Lex, MAX_WORD};
use crate::Lang;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters only.
    Word,
    /// ASCII digits only.
    Num,
    /// Digits with an ordinal ending: `1er`, `19th`, `2e`.
    Ordinal,
    /// Digits with a plural `s`: `1990s`.
    Decade,
    /// One punctuation or symbol character.
    Punct,
    /// Anything else glued together: `23h`, `10h30`, `russes1`, `G20`.
    Other,
}

/// First letter is uppercase.
pub(crate) const CAP: u8 = 1;
/// Holds a non-ASCII letter (tells `à` from `a`, `dès` from `des`).
pub(crate) const ACCENT: u8 = 2;
/// A line break comes before the token.
pub(crate) const NL: u8 = 4;
/// A blank line comes before the token.
pub(crate) const NL2: u8 = 8;
/// First word of its sentence.
pub(crate) const SENT_START: u8 = 16;

/// A token of the text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub lex: Lex,
    /// The value of a number, or the character of a punctuation token.
    pub num: u32,
    pub ndigits: u8,
    pub flags: u8,
    /// Index of the sentence the token belongs to.
    pub sent: u32,
}

impl Tok {
    pub fn has(&self, flag: u8) -> bool {
        self.flags & flag != 0
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.num == c as u32
    }

    pub fn punct(&self) -> Option<char> {
        if self.kind == Kind::Punct {
            char::from_u32(self.num)
        } else {
            None
        }
    }
}

/// Splits `text` into `out` (cleared first) and marks sentences.
pub(crate) fn tokenize(text: &str, lang: Lang, out: &mut Vec<Tok>) {
    out.clear();
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut newlines = 0u8;
    while i < bytes.len() {
        let b = bytes[i];
        let (c, len) = if b < 0x80 {
            (b as char, 1)
        } else {
            match text.get(i..).and_then(|s| s.chars().next()) {
                Some(c) => (c, c.len_utf8()),
                None => break,
            }
        };
        if is_word_char(c) {
            let end = iso_time_split(bytes, i, scan_run(text, i));
            let mut tok = classify(text, i, end, lang);
            tok.flags |= nl_flags(newlines);
            newlines = 0;
            out.push(tok);
            i = end;
        } else if c.is_whitespace() {
            if c == '\n' || c == '\u{2029}' {
                newlines = newlines.saturating_add(1);
            }
            i += len;
        } else {
            out.push(Tok {
                start: i,
                end: i + len,
                kind: Kind::Punct,
                lex: Lex::None,
                num: c as u32,
                ndigits: 0,
                flags: nl_flags(newlines),
                sent: 0,
            });
            newlines = 0;
            i += len;
        }
    }
    segment(text, out);
}

fn nl_flags(newlines: u8) -> u8 {
    match newlines {
        0 => 0,
        1 => NL,
        _ => NL | NL2,
    }
}

/// A letter or digit; the accented Latin letters of French are answered without the general
/// Unicode tables, which are slow and would be consulted for every `é`.
fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        '\u{C0}'..='\u{24F}' => c != '\u{D7}' && c != '\u{F7}',
        _ if c.is_ascii() => false,
        // Latin-1 punctuation (`«`, NBSP, `°`) and general punctuation (`’`, `–`, `…`).
        '\u{80}'..='\u{BF}' => matches!(c, 'ª' | 'µ' | 'º' | '²' | '³' | '¹' | '¼' | '½' | '¾'),
        '\u{2000}'..='\u{206F}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// The ISO date-time form `2023-03-15T10:32` glues the day to the time: the run then ends
/// before the `T`, so that the date can be read on its own.
fn iso_time_split(bytes: &[u8], start: usize, end: usize) -> usize {
    let digits = bytes[start..end].iter().take_while(|b| b.is_ascii_digit()).count();
    let at = start + digits;
    if digits == 2 && at + 1 < end && bytes[at] == b'T' && bytes[at + 1].is_ascii_digit() {
        at
    } else {
        end
    }
}

/// End of the run of letters and digits starting at `i`.
fn scan_run(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if !b.is_ascii_alphanumeric() {
                break;
            }
            i += 1;
        } else {
            match text.get(i..).and_then(|s| s.chars().next()) {
                Some(c) if is_word_char(c) => i += c.len_utf8(),
                _ => break,
            }
        }
    }
    i
}

fn classify(text: &str, start: usize, end: usize, lang: Lang) -> Tok {
    let run = &text[start..end];
    let bytes = run.as_bytes();
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let mut tok = Tok {
        start,
        end,
        kind: Kind::Other,
        lex: Lex::None,
        num: 0,
        ndigits: digits.min(255) as u8,
        flags: 0,
        sent: 0,
    };
    if digits > 0 {
        // Past nine digits the value means nothing to dates; saturate instead of overflowing.
        tok.num = bytes[..digits].iter().fold(0u32, |v, &b| v.saturating_mul(10).saturating_add((b - b'0') as u32));
        let suffix = &run[digits..];
        tok.kind = if suffix.is_empty() {
            Kind::Num
        } else if is_ordinal_suffix(suffix) {
            Kind::Ordinal
        } else if suffix.eq_ignore_ascii_case("s") && (digits == 4 || digits == 2) {
            Kind::Decade
        } else {
            Kind::Other
        };
        return tok;
    }
    if bytes.iter().any(|b| b.is_ascii_digit()) {
        return tok;
    }
    tok.kind = Kind::Word;
    if run.chars().next().is_some_and(char::is_uppercase) {
        tok.flags |= CAP;
    }
    if !run.is_ascii() {
        tok.flags |= ACCENT;
    }
    if run.len() <= MAX_WORD * 2 {
        let mut buf = [0u8; MAX_WORD];
        if let Some(key) = fold(run, &mut buf) {
            tok.lex = lookup(lang, key);
        }
    }
    tok
}

fn is_ordinal_suffix(s: &str) -> bool {
    const SUFFIXES: [&str; 12] = ["er", "re", "ere", "ère", "e", "eme", "ème", "è", "st", "nd", "rd", "th"];
    s.len() <= 4 && SUFFIXES.iter().any(|x| s.eq_ignore_ascii_case(x))
}

/// Closing marks that may sit between a sentence's final stop and the next sentence.
fn is_closing(c: char) -> bool {
    matches!(c, '»' | '"' | '”' | '’' | '\'' | ')' | ']' | '*' | '_')
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Numbers the tokens' sentences: a blank line, a line break that does not look like a
/// wrapped line, or a full stop followed by a capital or an opening mark starts one.
fn segment(text: &str, toks: &mut [Tok]) {
    let mut sent = 0u32;
    let mut first_word_pending = true;
    for j in 0..toks.len() {
        if j > 0 && boundary_before(text, toks, j) {
            sent += 1;
            first_word_pending = true;
        }
        toks[j].sent = sent;
        if first_word_pending && toks[j].kind != Kind::Punct {
            first_word_pending = false;
            if toks[j].kind == Kind::Word {
                toks[j].flags |= SENT_START;
            }
        }
    }
}

fn boundary_before(text: &str, toks: &[Tok], j: usize) -> bool {
    let t = &toks[j];
    if t.has(NL2) {
        return true;
    }
    let mut p = j - 1;
    while p > 0 && j - p < 4 && toks[p].punct().is_some_and(is_closing) {
        p -= 1;
    }
    let terminal = toks[p].punct().is_some_and(is_terminal);
    let lower_word = t.kind == Kind::Word && !t.has(CAP);
    if t.has(NL) {
        let prev = &toks[j - 1];
        let continues =
            lower_word && (matches!(prev.kind, Kind::Word | Kind::Num | Kind::Ordinal) || prev.is_punct(','));
        return terminal || !continues;
    }
    if !terminal || toks[j - 1].end == t.start {
        return false;
    }
    // `4 a.m. EDT Thursday`, `U.S. Monday`: the stop of a dotted abbreviation before a time
    // zone, a weekday or a month ends no sentence.
    let dotted_abbr = p == j - 1
        && p >= 3
        && (1..=3).all(|k| toks[p - k].end == toks[p - k + 1].start)
        && toks[p - 1].kind == Kind::Word
        && toks[p - 1].end - toks[p - 1].start == 1
        && toks[p - 2].is_punct('.');
    if dotted_abbr && t.kind == Kind::Word {
        let w = &text[t.start..t.end];
        let zone = (3..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase());
        let dated = matches!(t.lex, Lex::Weekday(_) | Lex::WeekdayAbbr(_) | Lex::Month(_) | Lex::MonthAbbr(_));
        if dated || zone {
            return false;
        }
    }
    match t.kind {
        Kind::Word => t.has(CAP),
        Kind::Punct => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, Kind)> {
        let mut v = Vec::new();
        tokenize(text, Lang::Fr, &mut v);
        v.iter().map(|t| (text[t.start..t.end].to_string(), t.kind)).collect()
    }

    #[test]
    fn splits_words_numbers_and_glued_forms() {
        let k = kinds("le 1er mars, à 23h russes1. 1990s aujourd’hui");
        let get = |w: &str| k.iter().find(|(s, _)| s == w).map(|x| x.1);
        assert_eq!(get("1er"), Some(Kind::Ordinal));
        assert_eq!(get("23h"), Some(Kind::Other));
        assert_eq!(get("russes1"), Some(Kind::Other));
        assert_eq!(get("1990s"), Some(Kind::Decade));
        assert_eq!(get("’"), Some(Kind::Punct));
        assert_eq!(get("hui"), Some(Kind::Word));
    }

    #[test]
    fn sentences_break_on_stops_but_not_abbreviations() {
        let mut v = Vec::new();
        let text = "Il est venu le 19 Dec. 2022 à Minsk. Le lendemain il partit.\nPuis";
        tokenize(text, Lang::Fr, &mut v);
        let sent_of = |w: &str| v.iter().find(|t| &text[t.start..t.end] == w).unwrap().sent;
        assert_eq!(sent_of("2022"), sent_of("Il"));
        assert_eq!(sent_of("lendemain"), sent_of("Il") + 1);
        assert_eq!(sent_of("Puis"), sent_of("Il") + 2);
    }
}
