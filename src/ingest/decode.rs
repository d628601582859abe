//! Bytes to text: editors' files come in whatever encoding the web or their editor used.
//!
//! Order of evidence: a byte-order mark, then (for HTML) the page's own `charset`, then strict
//! UTF-8, then a statistical guess (chardetng) among the legacy encodings. Anything that is not
//! UTF-8 is reported by name, so an editor can check the accents. Files that are not text at
//! all (PDF, images, archives, anything with NUL bytes that is not UTF-16) are refused rather
//! than turned into mojibake.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

/// A file's text and how it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without a byte-order mark.
    pub text: String,
    /// The encoding, when it was not UTF-8 (`windows-1252`, `UTF-16LE`, …).
    pub encoding: Option<&'static str>,
    /// Whether the encoding was guessed from the bytes rather than declared (BOM or charset).
    pub guessed: bool,
}

/// Why bytes could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// A known binary format (`PDF`, `PNG`, …).
    Format(&'static str),
    /// Bytes that no text encoding explains (NUL bytes, control characters).
    Binary {
        /// The offset of the first byte that gave it away.
        offset: usize,
    },
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::Format(kind) => {
                write!(f, "a {kind} file, not text: save the article's text as .txt, .md or .html")
            }
            DecodeError::Binary { offset } => {
                write!(f, "binary data, not text (byte {offset}): articles are text files (.txt, .md or .html)")
            }
        }
    }
}

/// Reads `bytes` as text. `html` lets a `<meta charset>` in the first kilobyte decide.
pub fn decode(bytes: &[u8], html: bool) -> Result<Decoded, DecodeError> {
    if let Some(kind) = binary_format(bytes) {
        return Err(DecodeError::Format(kind));
    }
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let text = decode_with(enc, &bytes[bom_len..])?;
        return Ok(Decoded { text, encoding: (enc != UTF_8).then(|| enc.name()), guessed: false });
    }
    if let Some(enc) = utf16_without_bom(bytes) {
        let text = decode_with(enc, bytes)?;
        return Ok(Decoded { text, encoding: Some(enc.name()), guessed: true });
    }
    if let Some(at) = memchr::memchr(0, bytes) {
        return Err(DecodeError::Binary { offset: at });
    }
    if html {
        if let Some(enc) = declared_charset(bytes) {
            // A page that says UTF-8 and is not is common: fall through to the guess then.
            let (text, had_errors) = enc.decode_without_bom_handling(bytes);
            if !had_errors {
                let text = text.into_owned();
                check_controls(&text)?;
                return Ok(Decoded { text, encoding: (enc != UTF_8).then(|| enc.name()), guessed: false });
            }
        }
    }
    // Strict UTF-8, as `std::str::from_utf8` reads it, validated by encoding_rs's SIMD path
    // (every file read comes here, and the standard library's byte loop was most of the
    // decoding's cost on accented text).
    if let Some(s) = UTF_8.decode_without_bom_handling_and_without_replacement(bytes) {
        check_controls(&s)?;
        return Ok(Decoded { text: s.into_owned(), encoding: None, guessed: false });
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let enc = detector.guess(None, chardetng::Utf8Detection::Deny);
    let text = decode_with(enc, bytes)?;
    Ok(Decoded { text, encoding: Some(enc.name()), guessed: true })
}

fn decode_with(enc: &'static Encoding, bytes: &[u8]) -> Result<String, DecodeError> {
    let (text, _) = enc.decode_without_bom_handling(bytes);
    check_controls(&text)?;
    Ok(text.into_owned())
}

/// Text has no NUL and few C0 controls besides tab, newlines and form feed.
fn check_controls(text: &str) -> Result<(), DecodeError> {
    // Most texts have no control at all: told by a count with no early exit, which the
    // compiler vectorises, before the loop that finds where they are.
    // Blocks of 64 bytes, each byte tested by plain comparisons and the results or-ed.
    let is_control = |b: u8| b < 0x20 && b != b'\t' && b != b'\n' && b != b'\r' && b != 0x0c;
    let mut blocks = text.as_bytes().chunks_exact(64);
    let any = blocks.by_ref().any(|c| c.iter().fold(false, |a, &b| a | is_control(b)))
        || blocks.remainder().iter().any(|&b| is_control(b));
    if !any {
        return Ok(());
    }
    let mut bad = 0usize;
    let mut first = None;
    // Read by bytes: a C0 control is one byte, which UTF-8 never uses inside a character
    // (every article read goes through here).
    for (i, &b) in text.as_bytes().iter().enumerate() {
        if b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c) {
            bad += 1;
            first.get_or_insert(i);
            // A stray escape character happens in pasted text; a run of them does not.
            if b == 0 || bad > 8 + text.len() / 1000 {
                return Err(DecodeError::Binary { offset: first.unwrap_or(i) });
            }
        }
    }
    Ok(())
}

/// Magic numbers of the binary files editors drop into a folder by mistake.
fn binary_format(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: [(&[u8], &str); 9] = [
        (b"%PDF-", "PDF"),
        (b"\x89PNG", "PNG image"),
        (b"\xff\xd8\xff", "JPEG image"),
        (b"GIF8", "GIF image"),
        (b"PK\x03\x04", "ZIP (or Office document)"),
        (b"\x1f\x8b", "gzip"),
        (b"\xd0\xcf\x11\xe0", "Office document"),
        (b"{\\rtf", "RTF"),
        (b"RIFF", "RIFF (image, audio or video)"),
    ];
    MAGIC.iter().find(|(m, _)| bytes.starts_with(m)).map(|(_, k)| *k)
}

/// UTF-16 saved without a BOM: Latin-script text then has a NUL in every other byte.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 8 {
        return None;
    }
    // Either answer needs NULs in most pairs: a sample without any (every file but a
    // UTF-16 one) is not counted.
    memchr::memchr(0, sample)?;
    let pairs = sample.len() / 2;
    // Counted by pairs, in one pass the compiler vectorises: every file read comes here.
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in sample.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    if odd * 10 >= pairs * 7 && even * 10 < pairs {
        Some(UTF_16LE)
    } else if even * 10 >= pairs * 7 && odd * 10 < pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// The `charset` a page declares in its first kilobyte (`<meta charset=…>` or the
/// `http-equiv` form); UTF-16 labels are ignored there, as browsers do.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(1024)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(p) = find(&lower[from..], b"charset") {
        let mut i = from + p + b"charset".len();
        from = i;
        while i < lower.len() && lower[i].is_ascii_whitespace() {
            i += 1;
        }
        if lower.get(i) != Some(&b'=') {
            continue;
        }
        i += 1;
        while i < lower.len() && matches!(lower[i], b' ' | b'"' | b'\'') {
            i += 1;
        }
        let end = lower[i..]
            .iter()
            .position(|&b| matches!(b, b'"' | b'\'' | b';' | b'>' | b'/' | b' '))
            .map_or(lower.len(), |e| i + e);
        let enc = Encoding::for_label(&lower[i..end])?;
        return Some(if enc == UTF_16LE || enc == UTF_16BE { UTF_8 } else { enc });
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        let d = decode("\u{feff}Été".as_bytes(), false).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("Été", None));
        assert_eq!(decode("Été".as_bytes(), false).unwrap().text, "Été");
    }

    #[test]
    fn utf16_with_bom_and_without() {
        let mut le = vec![0xff, 0xfe];
        le.extend("Le 19 décembre".encode_utf16().flat_map(u16::to_le_bytes));
        let d = decode(&le, false).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("Le 19 décembre", Some("UTF-16LE")));
        let be: Vec<u8> = "Le sommet de Minsk".encode_utf16().flat_map(u16::to_be_bytes).collect();
        let d = decode(&be, false).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("Le sommet de Minsk", Some("UTF-16BE")));
    }

    #[test]
    fn windows_1252_is_guessed_and_named() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252
            .encode("Le président biélorusse a reçu son homologue à Minsk, où l'été fut chaud. « Déjà » vu.");
        let d = decode(&bytes, false).unwrap();
        assert!(d.text.contains("président biélorusse a reçu"), "{}", d.text);
        assert_eq!(d.encoding, Some("windows-1252"));
        assert!(d.guessed);
    }

    #[test]
    fn a_page_declares_its_charset() {
        let page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body>Résumé</body></html>";
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(page);
        let d = decode(&bytes, true).unwrap();
        assert!(d.text.contains("Résumé"));
        assert_eq!((d.encoding, d.guessed), (Some("windows-1252"), false));
        // A page that lies about UTF-8 is still read.
        let lying = [b"<meta charset=\"utf-8\">".as_slice(), &bytes].concat();
        assert!(decode(&lying, true).unwrap().text.contains("Résumé"));
    }

    #[test]
    fn binary_files_are_refused() {
        assert_eq!(decode(b"%PDF-1.7\n...", false), Err(DecodeError::Format("PDF")));
        assert_eq!(decode(b"abc\0\x01\x02\x03\xff\xfe\x00\x00\x07", false), Err(DecodeError::Binary { offset: 3 }));
        let controls: Vec<u8> = (0..200u8).map(|i| if i % 3 == 0 { 0x02 } else { b'a' }).collect();
        assert!(matches!(decode(&controls, false), Err(DecodeError::Binary { .. })));
        assert!(decode(b"", false).unwrap().text.is_empty());
        // One stray escape in a paste is not binary.
        assert!(decode(b"Un texte \x1b avec un echappement perdu, sinon normal.", false).is_ok());
    }
}
