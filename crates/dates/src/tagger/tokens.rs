//! One pass over the text into word, number and punctuation tokens with byte offsets.
//!
//! Tokens only ever start and end on character boundaries, so every span the tagger builds
//! from them can slice the text safely.

use super::lexicon::{fold, is_chat, latin1_fold, lookup, table, Lex, Table, MAX_KEY, MAX_WORD};
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
    /// A word's folded form ([`fold`]) when it has one of at most [`MAX_KEY`] bytes, zeros
    /// after it; all zeros otherwise: the callers that compare words with lists read it
    /// instead of folding the text again.
    pub key: [u8; MAX_KEY],
}

impl Tok {
    pub fn has(&self, flag: u8) -> bool {
        self.flags & flag != 0
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.num == c as u32
    }

    /// The token's text folded as [`fold`] does, into `buf`: from [`Tok::key`] when the
    /// tokenizer kept it, else from `text`.
    #[inline]
    pub fn fold<'b>(&self, text: &str, buf: &'b mut [u8; MAX_WORD]) -> Option<&'b [u8]> {
        let key = u128::from_le_bytes(self.key);
        if key == 0 {
            return fold(&text[self.start..self.end], buf);
        }
        // Folded bytes are never zero: the key's length is where its zeros start.
        let n = MAX_KEY - (key.leading_zeros() / 8) as usize;
        buf[..MAX_KEY].copy_from_slice(&self.key);
        Some(&buf[..n])
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
    let table = table(lang);
    let bytes = text.as_bytes();
    let mut i = 0;
    // The line-break flags of the next token ([`NL`], [`NL2`]), kept as flags rather than
    // a count of breaks: every token reads them.
    let mut nl = 0u8;
    while i < bytes.len() {
        let b = bytes[i];
        // ASCII first, a byte class at a time: most of a text is ASCII letters, spaces and
        // punctuation, which need no character decoding (the tokenizer was over half the
        // tagger's instructions). Anything else goes the general way below.
        let class = ASCII_CLASS[usize::from(b)];
        if class == LETTER {
            let end = letters_end(bytes, i + 1);
            // A run of letters that ends at the text's end or at an ASCII byte that is no
            // digit is the whole word: no digit makes it a number, no accent needs folding.
            let next = bytes.get(end).map_or(SPACE, |&e| ASCII_CLASS[usize::from(e)]);
            if next & (DIGIT | OTHER) == 0 {
                out.push(ascii_word(bytes, i, end, table, nl));
                nl = 0;
                // The space after a word, most often, needs no turn of the loop.
                i = end + usize::from(bytes.get(end) == Some(&b' '));
                continue;
            }
            // Letters with accents (French words), or a word before `’` or a no-break space.
            if next == OTHER {
                if let Some(tok) = latin_word(text, i, end, table, nl) {
                    nl = 0;
                    i = tok.end;
                    out.push(tok);
                    continue;
                }
            }
        } else if class == SPACE {
            if b == b'\n' {
                nl = next_break(nl);
            }
            i += 1;
            continue;
        } else if class == 0 {
            out.push(Tok {
                start: i,
                end: i + 1,
                kind: Kind::Punct,
                lex: Lex::None,
                num: u32::from(b),
                ndigits: 0,
                flags: nl,
                sent: 0,
                key: [0; MAX_KEY],
            });
            nl = 0;
            // The space after a mark (`, `, `. `), as after a word, needs no turn of the loop.
            i += 1 + usize::from(bytes.get(i + 1) == Some(&b' '));
            continue;
        } else if class == DIGIT {
            // Digits alone, up to punctuation, a space or the end: a plain number.
            let end = digits_end(bytes, i + 1);
            if bytes.get(end).is_none_or(|&e| ASCII_CLASS[usize::from(e)] & (LETTER | DIGIT | OTHER) == 0) {
                out.push(number(bytes, i, end, nl));
                nl = 0;
                i = end + usize::from(bytes.get(end) == Some(&b' '));
                continue;
            }
        } else if b == 0xC3 && bytes.get(i + 1).is_some_and(|&n| is_latin1_letter(n)) {
            if let Some(tok) = latin_word(text, i, i, table, nl) {
                nl = 0;
                i = tok.end;
                out.push(tok);
                continue;
            }
        }
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
            tok.flags |= nl;
            nl = 0;
            out.push(tok);
            i = end;
        } else if c.is_whitespace() {
            if c == '\n' || c == '\u{2029}' {
                nl = next_break(nl);
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
                flags: nl,
                sent: 0,
                key: [0; MAX_KEY],
            });
            nl = 0;
            i += len;
        }
    }
    segment(text, out);
}

/// Byte classes for the ASCII fast path of [`tokenize`]: 0 for ASCII punctuation and
/// symbols.
const LETTER: u8 = 1;
const DIGIT: u8 = 2;
/// ASCII whitespace as `char::is_whitespace` has it.
const SPACE: u8 = 4;
/// A byte of a non-ASCII character.
const OTHER: u8 = 8;

static ASCII_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b.is_ascii_alphabetic() {
            LETTER
        } else if b.is_ascii_digit() {
            DIGIT
        } else if matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ') {
            SPACE
        } else if b >= 0x80 {
            OTHER
        } else {
            0
        };
        i += 1;
    }
    t
};

/// End of the run of ASCII letters from `i`.
#[inline]
fn letters_end(bytes: &[u8], mut i: usize) -> usize {
    // Eight bytes at a time: a byte is a letter when, lowercased, it lies in `a`..=`z` and
    // its high bit is clear. No sum below carries into the next byte (all stay under 0x100).
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        let x = u64::from_le_bytes(w);
        let lower = (x & LOW7) | 0x2020_2020_2020_2020;
        let from_a = lower + 0x1F1F_1F1F_1F1F_1F1F;
        let past_z = lower + 0x0505_0505_0505_0505;
        let not_letter = !(from_a & !past_z & !x) & HIGH;
        if not_letter != 0 {
            return i + (not_letter.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && ASCII_CLASS[usize::from(bytes[i])] == LETTER {
        i += 1;
    }
    i
}

/// `KEY_MASK[n]` keeps the low `n` bytes of a key.
static KEY_MASK: [u128; MAX_KEY + 1] = {
    let mut t = [0u128; MAX_KEY + 1];
    let mut n = 1;
    while n <= MAX_KEY {
        t[n] = (t[n - 1] << 8) | 0xFF;
        n += 1;
    }
    t
};

/// The token of `bytes[start..end]`, ASCII letters only: what [`classify`] makes of it,
/// with the table key built from the text's bytes at once (a letter lowercased is itself
/// with bit 5 set) instead of folding the word into a buffer first.
#[inline]
fn ascii_word(bytes: &[u8], start: usize, end: usize, table: &Table, flags: u8) -> Tok {
    let len = end - start;
    let mut flags = flags;
    if bytes[start].is_ascii_uppercase() {
        flags |= CAP;
    }
    // Longer words are in no table (`fold` then `pack` give up on them the same way).
    let (lex, key) = if len <= MAX_KEY {
        let mut w = [0u8; MAX_KEY];
        match bytes.get(start..start + MAX_KEY) {
            Some(s) => w.copy_from_slice(s),
            None => w[..len].copy_from_slice(&bytes[start..end]),
        }
        let key = (u128::from_le_bytes(w) | u128::from_le_bytes([0x20; MAX_KEY])) & KEY_MASK[len];
        (chat_checked(&bytes[start..end], table.get_packed(key)), key)
    } else {
        (Lex::None, 0)
    };
    Tok { start, end, kind: Kind::Word, lex, num: 0, ndigits: 0, flags, sent: 0, key: key.to_le_bytes() }
}

/// `lex`, the meaning of the word `w`, but none for a chat spelling with a capital past its
/// first letter: set so, it is an acronym (`The TMR said`, `on TDY orders`, `WWE NXT`), not
/// `tomorrow`, `today` or `next`. A shouted chat post (`SEE YOU TMR`) loses its date: news
/// text, where acronyms abound, matters more.
#[inline]
fn chat_checked(w: &[u8], lex: Lex) -> Lex {
    if lex != Lex::None && w.len() <= 6 && w[1..].iter().any(u8::is_ascii_uppercase) && is_chat(w) {
        Lex::None
    } else {
        lex
    }
}

/// End of the run of ASCII digits from `i`.
#[inline]
fn digits_end(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && bytes[i].is_ascii_digit() {
        i += 1;
    }
    i
}

/// The token of the digits `bytes[start..end]`, as [`classify`] makes it.
#[inline]
fn number(bytes: &[u8], start: usize, end: usize, flags: u8) -> Tok {
    let digits = &bytes[start..end];
    // Past nine digits the value means nothing to dates; saturate instead of overflowing.
    let num = digits.iter().fold(0u32, |v, &b| v.saturating_mul(10).saturating_add(u32::from(b - b'0')));
    let ndigits = digits.len().min(255) as u8;
    Tok { start, end, kind: Kind::Num, lex: Lex::None, num, ndigits, flags, sent: 0, key: [0; MAX_KEY] }
}

/// Whether `0xC3, n` is a letter: U+00C0–U+00FF but `×` and `÷`.
#[inline]
fn is_latin1_letter(n: u8) -> bool {
    (0x80..=0xBF).contains(&n) && n != 0x97 && n != 0xB7
}

/// The word of ASCII letters and the letters of U+00C0–U+00FF (the accented letters of
/// French) that starts at `start`, ASCII letters up to `from`: what [`classify`] makes of it,
/// scanned, folded and looked up in one pass. `None` when the run holds a digit or another
/// letter: [`classify`] reads those.
fn latin_word(text: &str, start: usize, from: usize, table: &Table, flags: u8) -> Option<Tok> {
    let bytes = text.as_bytes();
    // The folded word so far; its length `n` keeps counting past the buffer, where no table
    // word is left to find.
    let mut key = [0u8; MAX_KEY + 2];
    let mut n = from - start;
    if n <= MAX_KEY {
        // The ASCII letters before `from` lowercased at once, as [`ascii_word`] does.
        let mut w = [0u8; MAX_KEY];
        match bytes.get(start..start + MAX_KEY) {
            Some(s) => w.copy_from_slice(s),
            None => w[..n].copy_from_slice(&bytes[start..from]),
        }
        let lower = (u128::from_le_bytes(w) | u128::from_le_bytes([0x20; MAX_KEY])) & KEY_MASK[n];
        key[..MAX_KEY].copy_from_slice(&lower.to_le_bytes());
    }
    let mut foldable = true;
    let mut accent = false;
    let mut i = from;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            let class = ASCII_CLASS[usize::from(b)];
            if class != LETTER {
                if class == DIGIT {
                    return None;
                }
                break;
            }
            if n < MAX_KEY {
                key[n] = b | 0x20;
            }
            n += 1;
            i += 1;
        } else if b == 0xC3 && i + 1 < bytes.len() && is_latin1_letter(bytes[i + 1]) {
            accent = true;
            let (a, c) = latin1_fold(bytes[i + 1]);
            foldable &= a != 0;
            if n < MAX_KEY {
                key[n] = a;
                key[n + 1] = c;
            }
            n += 1 + usize::from(c != 0);
            i += 2;
        } else {
            // Another character ends the word only if it is no letter or digit.
            let c = text.get(i..)?.chars().next()?;
            if is_word_char(c) {
                return None;
            }
            break;
        }
    }
    let mut flags = flags;
    let first = bytes[start];
    // Uppercase: `A`–`Z`, and `À`–`Þ` (`×` is no letter).
    if first.is_ascii_uppercase() || (first == 0xC3 && bytes[start + 1] <= 0x9E) {
        flags |= CAP;
    }
    if accent {
        flags |= ACCENT;
    }
    // Folded words longer than a key are in no table, as `fold` then `pack` have it. A byte
    // past `n` may hold a zero written with a one-byte fold: the mask drops it.
    let (lex, key) = if foldable && n <= MAX_KEY {
        let mut w = [0u8; MAX_KEY];
        w.copy_from_slice(&key[..MAX_KEY]);
        let key = u128::from_le_bytes(w) & KEY_MASK[n];
        (chat_checked(&bytes[start..i], table.get_packed(key)), key)
    } else {
        (Lex::None, 0)
    };
    Some(Tok { start, end: i, kind: Kind::Word, lex, num: 0, ndigits: 0, flags, sent: 0, key: key.to_le_bytes() })
}

/// The line-break flags after one more line break.
#[inline]
fn next_break(nl: u8) -> u8 {
    if nl == 0 {
        NL
    } else {
        NL | NL2
    }
}

#[cfg(test)]
fn nl_flags(newlines: u8) -> u8 {
    // Without branches: every token asks.
    (u8::from(newlines > 0) * NL) | (u8::from(newlines > 1) * NL2)
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
        // Box drawing, blocks, geometric shapes, miscellaneous symbols (rules drawn with `━`
        // in pages run to thousands of characters): no letter or digit among them.
        '\u{2500}'..='\u{26FF}' => false,
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
        key: [0; MAX_KEY],
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
            tok.lex = chat_checked(run.as_bytes(), lookup(lang, key));
            if key.len() <= MAX_KEY {
                tok.key[..key.len()].copy_from_slice(key);
            }
        }
    }
    tok
}

fn is_ordinal_suffix(s: &str) -> bool {
    const SUFFIXES: [&str; 12] = ["er", "re", "ere", "ère", "e", "eme", "ème", "è", "st", "nd", "rd", "th"];
    s.len() <= 4 && SUFFIXES.iter().any(|x| s.eq_ignore_ascii_case(x))
}

/// Whether `t` is a closing mark that may sit between a sentence's final stop and the next
/// sentence: `»`, `"`, `”`, `’`, `'`, `)`, `]`, `*`, `_`.
///
/// Read from the mark's code point, which [`Tok::punct`] would first turn back into a
/// `char`: this runs after every mark of the text, and the rules of whole-page dumps
/// (`━━━━`) are thousands of marks in a row.
#[inline]
fn is_closing(t: &Tok) -> bool {
    t.kind == Kind::Punct && matches!(t.num, 0xBB | 0x22 | 0x201D | 0x2019 | 0x27 | 0x29 | 0x5D | 0x2A | 0x5F)
}

/// Whether `t` is a sentence's final stop: `.`, `!`, `?`, `…`.
#[inline]
fn is_terminal(t: &Tok) -> bool {
    t.kind == Kind::Punct && matches!(t.num, 0x2E | 0x21 | 0x3F | 0x2026)
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
    // Most tokens: on the line of a token that is no punctuation, so no stop or closing
    // mark comes before them.
    if !t.has(NL) && toks[j - 1].kind != Kind::Punct {
        return false;
    }
    let mut p = j - 1;
    while p > 0 && j - p < 4 && is_closing(&toks[p]) {
        p -= 1;
    }
    let terminal = is_terminal(&toks[p]);
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
    // `Mr. Smith`, `St. Louis`, `George H. W. Bush`, `M. Chirac`: the stop of a title or an
    // initial before a name ends no sentence; read as one, it cut a results report in two and
    // `a year earlier` lost the quarter of the sentence before.
    if p == j - 1 && t.kind == Kind::Word && t.has(CAP) && before_name(text, toks, p) {
        return false;
    }
    match t.kind {
        Kind::Word => t.has(CAP),
        Kind::Punct => true,
        _ => false,
    }
}

/// Titles written before a name with a stop, which a capital word follows mid-sentence.
/// `Jr.`, `Inc.`, `Corp.` are left out: they end a name, and often a sentence.
const NAME_TITLES: [&str; 27] = [
    "mr", "mrs", "ms", "messrs", "dr", "st", "ste", "mt", "ft", "sen", "sens", "rep", "reps", "gov", "gen", "gens",
    "lt", "col", "sgt", "capt", "maj", "adm", "prof", "rev", "mme", "mlle", "mgr",
];

/// Whether the stop at `p` closes a title (`Mr.`, `Sen.`, `vs.`) or a lone capital initial
/// (`H.`, `M.`, not the `S.` of `U.S.`), glued to it.
fn before_name(text: &str, toks: &[Tok], p: usize) -> bool {
    if p == 0 || !toks[p].is_punct('.') || toks[p - 1].kind != Kind::Word || toks[p - 1].end != toks[p].start {
        return false;
    }
    let w = &text[toks[p - 1].start..toks[p - 1].end];
    let dotted = p >= 2 && toks[p - 2].end == toks[p - 1].start;
    let initial = w.len() == 1 && w.bytes().all(|b| b.is_ascii_uppercase()) && !dotted;
    let title = toks[p - 1].has(CAP) && NAME_TITLES.iter().any(|a| a.eq_ignore_ascii_case(w));
    initial || title || w == "vs"
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

    /// The tokenizer before its ASCII fast path: every character decoded, every word folded
    /// into a buffer and looked up.
    fn tokenize_reference(text: &str, lang: Lang, out: &mut Vec<Tok>) {
        out.clear();
        let bytes = text.as_bytes();
        let mut i = 0;
        let mut newlines = 0u8;
        while i < bytes.len() {
            let c = text[i..].chars().next().unwrap();
            let len = c.len_utf8();
            let word_char = match c {
                'a'..='z' | 'A'..='Z' | '0'..='9' => true,
                '\u{C0}'..='\u{24F}' => c != '\u{D7}' && c != '\u{F7}',
                _ if c.is_ascii() => false,
                '\u{80}'..='\u{BF}' => matches!(c, 'ª' | 'µ' | 'º' | '²' | '³' | '¹' | '¼' | '½' | '¾'),
                '\u{2000}'..='\u{206F}' => false,
                _ => c.is_alphanumeric(),
            };
            if word_char {
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
                    key: [0; MAX_KEY],
                });
                newlines = 0;
                i += len;
            }
        }
        segment(text, out);
    }

    fn same_tokens(text: &str) {
        for lang in [Lang::Fr, Lang::En] {
            let (mut a, mut b) = (Vec::new(), Vec::new());
            tokenize(text, lang, &mut a);
            tokenize_reference(text, lang, &mut b);
            let key = |t: &Tok| (t.start, t.end, t.kind, t.lex, t.num, t.ndigits, t.flags, t.sent, t.key);
            assert_eq!(a.iter().map(key).collect::<Vec<_>>(), b.iter().map(key).collect::<Vec<_>>(), "{text:?}");
            for t in &a {
                let (mut x, mut y) = ([0u8; MAX_WORD], [0u8; MAX_WORD]);
                assert_eq!(t.fold(text, &mut x), fold(&text[t.start..t.end], &mut y), "{text:?}");
            }
        }
    }

    #[test]
    fn ascii_classes_agree_with_the_character_tests() {
        for b in 0..=255u8 {
            let c = b as char;
            let want = if b >= 0x80 {
                OTHER
            } else if c.is_ascii_alphabetic() {
                LETTER
            } else if c.is_ascii_digit() {
                DIGIT
            } else if c.is_whitespace() {
                SPACE
            } else {
                0
            };
            assert_eq!(ASCII_CLASS[usize::from(b)], want, "{b:#x}");
            if b < 0x80 {
                assert_eq!(is_word_char(c), c.is_alphanumeric(), "{b:#x}");
            }
        }
        for c in '\u{2500}'..='\u{26FF}' {
            assert!(!c.is_alphanumeric() && !c.is_whitespace(), "{c:?}");
        }
    }

    #[test]
    fn fast_path_tokens_equal_the_reference() {
        for text in [
            "",
            "a",
            "Z",
            "le 1er mars, à 23h russes1. 1990s aujourd’hui",
            "Mardi 14 FÉVRIER 2023 — lundi prochain, Thursday; sEPTEMBER 2014-10-03T10:32",
            "abcdefghijklmnop abcdefghijklmnopq ABCDEFGHIJKLMNOPQRSTUVWXY ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "mars\n\nAvril\r\n\x0b\x0cjuin\x1c\x1fjuillet\tAOUT\u{2029}Déc. œuvre Noël décembre",
            "G20 covid19 x86 Covid-19 a1 Z9z décembre2 mars\u{301} ━━━ lundi━mardi □ ☆ ➀ 2e 19th",
            "septembre\u{a0}2022 «janvier» l'été 12/02/2023 St Patrick's Day",
            "juin",
            "décembre",
            "JANVIER",
            "Élysée élections aujourd’hui l’État 10\u{a0}000 2023, 45. Août août ÉTÉ été ßa Ñandú fête×2 déc÷",
            "décembreééééééééééééé Août1 éa1 1é 12345678901234 ÀÞ àþ Ø ø æ Æsop œuvre Œuvre x\u{301}y",
        ] {
            same_tokens(text);
        }
        // Every short mix of the bytes and characters the fast path tells apart.
        let parts = [
            "a", "Mars", "mai", "1", "er", " ", "\n", ".", "é", "━", "-", "T", "99", "’", "x", "É", "ñ", "\u{a0}", "×",
            "œ",
        ];
        let mut n = 0u64;
        for a in parts {
            for b in parts {
                for c in parts {
                    for d in parts {
                        same_tokens(&format!("{a}{b}{c}{d}"));
                        n += 1;
                    }
                }
            }
        }
        assert_eq!(n, 20u64.pow(4));
    }

    #[test]
    fn fast_path_tokens_equal_the_reference_on_random_text() {
        // Longer mixes than the exhaustive test: words past a key's length, accents inside and
        // at both ends of words, digits glued after accents.
        let alphabet: Vec<char> = "aZeE  é\nÉàÀçÇœŒñß×÷’\u{a0}1.9-T'x\u{301}ſ".chars().collect();
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..20_000 {
            let mut text = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 40) as usize;
            for k in 0..len {
                let r = seed.rotate_left(k as u32 * 5) as usize;
                text.push(alphabet[r % alphabet.len()]);
            }
            same_tokens(&text);
        }
    }

    #[test]
    fn letters_end_eight_at_a_time_equals_a_byte_at_a_time() {
        let bytes: Vec<u8> = (0..=255u8).collect();
        for b in 0..=255u8 {
            for at in 0..12 {
                let mut text = vec![b'a'; 20];
                text[at] = b;
                let slow =
                    |from: usize| (from..text.len()).find(|&k| !text[k].is_ascii_alphabetic()).unwrap_or(text.len());
                for from in [0, 1, 3] {
                    assert_eq!(letters_end(&text, from), slow(from), "{b:#x} at {at} from {from}");
                }
            }
        }
        assert_eq!(letters_end(&bytes, 0x41), 0x5B);
        assert_eq!(letters_end(&bytes, 0x61), 0x7B);
    }

    #[test]
    fn closing_and_terminal_marks_are_read_from_their_code_points() {
        let closing = ['»', '"', '”', '’', '\'', ')', ']', '*', '_'];
        let terminal = ['.', '!', '?', '…'];
        let text: String = (0u32..0x3000).filter_map(char::from_u32).collect();
        let mut v = Vec::new();
        tokenize(&text, Lang::En, &mut v);
        for t in v.iter().filter(|t| t.kind == Kind::Punct) {
            let c = t.punct().unwrap();
            assert_eq!(is_closing(t), closing.contains(&c), "{c:?}");
            assert_eq!(is_terminal(t), terminal.contains(&c), "{c:?}");
        }
        for c in closing.iter().chain(&terminal) {
            assert!(v.iter().any(|t| t.punct() == Some(*c)), "{c:?}");
        }
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

    #[test]
    fn sentences_run_on_past_titles_and_initials_before_a_name() {
        let mut v = Vec::new();
        let text = "Mr. Smith met Sen. Jones and George H. W. Bush in St. Louis, as M. Chirac did. Then they left the U.S. The Army stayed.";
        tokenize(text, Lang::En, &mut v);
        let sent_of = |w: &str| v.iter().find(|t| &text[t.start..t.end] == w).unwrap().sent;
        for w in ["Smith", "Jones", "Bush", "Louis", "Chirac"] {
            assert_eq!(sent_of(w), sent_of("Mr"), "{w}");
        }
        assert_eq!(sent_of("Then"), sent_of("Mr") + 1);
        // The `S.` of `U.S.` is no initial: its stop may end a sentence.
        assert_eq!(sent_of("Army"), sent_of("Then") + 1);
    }
}
