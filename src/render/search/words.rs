//! The search index's word reader: a text's words, folded and split as the search page's
//! script splits a query, read 64 bytes at a time where the text allows it.

use super::{is_stop_packed, pack_le};
use crate::text::TwoByte;

/// The words of `text`, folded (lowercase ASCII, accents and ligatures spelt out) and split
/// on everything else, apostrophes and hyphens included (`l’Ukraine` and `l'Ukraine` give
/// `l`, `ukraine`), each with whether it was written with a capital. Words of one letter
/// and stop words are left out.
pub fn words(text: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    // Every word given is ASCII (folded), so that reading it as UTF-8 loses nothing.
    for_each_word(text, &mut String::new(), &mut |w: &[u8], capital: bool, _: u64| {
        out.push((String::from_utf8_lossy(w).into_owned(), capital))
    });
    out
}

/// What the readers give each word to: the word, whether it was written with a capital, and
/// its first eight bytes as one number ([`pack_le`]). A closure is one; the search index's
/// counter is another, whose method is inlined into each place a word is given, where a
/// closure of its size was called for each of a build's million words. A word is given as
/// bytes, all ASCII (folded): a `str` cut from the text cost a check that each end is a
/// character's for every word, where the block's masks already say so.
pub(super) trait Sink {
    fn word(&mut self, w: &[u8], capital: bool, head: u64);
}

impl<F: FnMut(&[u8], bool, u64)> Sink for F {
    #[inline(always)]
    fn word(&mut self, w: &[u8], capital: bool, head: u64) {
        self(w, capital, head);
    }
}

/// [`words`], each given to `f` as it is read, with whether it was written with a capital and
/// its first eight bytes as one number ([`pack_le`]). The text is read 64 bytes at a time
/// ([`Block`]): where its words start and end are the runs of a mask, found in a few
/// operations a word, where the byte-by-byte reader ([`for_each_word_general`]) spent about
/// a hundred a word finding them. A stretch between two ASCII bytes that are no letter or
/// digit (where any word ends, so that a stretch reads alone as it reads in the whole text)
/// is either one ASCII word (most words of most text), given from here, in place when it has
/// no capital; or a stretch with characters that are not ASCII (`déjà`, `l’Ukraine`), folded
/// by [`mixed_run`] when the table of two-byte characters spells them, by the general reader
/// otherwise. `word` is the buffer for words that need folding, the caller's so that each
/// paragraph does not allocate one of its own.
pub(super) fn for_each_word(text: &str, word: &mut String, f: &mut impl Sink) {
    let b = text.as_bytes();
    let mut base = 0;
    while base < b.len() {
        let block = Block::at(b, base);
        // A run that reaches the block's last byte may go on past it: it is left to the next
        // block, which starts where the run does (after a separator, as every block does).
        let open = if block.word >> 63 == 1 { 64 - block.word.leading_ones() as usize } else { 64 };
        if open == 0 {
            // One run fills the block: read the general way, to the first byte that ends it.
            let end = b[base..]
                .iter()
                .position(|&c| CLASS[usize::from(c)] & (ALNUM | NON_ASCII) == 0)
                .map_or(b.len(), |p| base + p);
            if let Some(run) = text.get(base..end) {
                for_each_word_general(run, word, f);
            }
            base = end;
            continue;
        }
        // The runs that end inside the block: none has a bit at 63, so that none is 64 long.
        let mut runs = block.word & below(open);
        while runs != 0 {
            let s = runs.trailing_zeros();
            let n = (!(runs >> s)).trailing_zeros();
            let bits = ((1u64 << n) - 1) << s;
            // The carry of adding the run's lowest bit clears the run (and sets no bit of it).
            runs &= runs.wrapping_add(1 << s);
            let (start, n) = (base + s as usize, n as usize);
            if block.non_ascii & bits != 0 {
                // Both ends are next to an ASCII byte or at the text's ends: places in the text.
                let Some(run) = text.get(start..start + n) else { continue };
                if !mixed_run(run, word, f) {
                    for_each_word_general(run, word, f);
                }
                continue;
            }
            // Words of one letter are left out (and lowering one gives one).
            if n < 2 {
                continue;
            }
            // ASCII only: bytes, with no test of where characters start.
            let Some(run) = b.get(start..start + n) else { continue };
            let head = match b.get(start..start + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()) {
                Some(c) if n >= 8 => u64::from_le_bytes(c),
                Some(c) => u64::from_le_bytes(c) & ((1u64 << (8 * n)) - 1),
                None => pack_le(run),
            };
            let capital = block.upper >> s & 1 == 1;
            if block.upper & bits == 0 {
                if !is_stop_packed(head) {
                    f.word(run, capital, head);
                }
            } else if n <= 8 {
                // A short word with capitals (`Le`, `Cour`), folded in a number.
                let low = lower_packed(head);
                let folded = low.to_le_bytes();
                if let Some(w) = folded.get(..n) {
                    if !is_stop_packed(low) {
                        f.word(w, capital, low);
                    }
                }
            } else {
                word.clear();
                word.extend(run.iter().map(|&c| char::from(c.to_ascii_lowercase())));
                let head = pack_le(word.as_bytes());
                if !is_stop_packed(head) {
                    f.word(word.as_bytes(), capital, head);
                }
            }
        }
        base += open;
    }
}

/// The low `n` bits (all 64 from 64 on).
#[inline(always)]
pub(super) fn below(n: usize) -> u64 {
    if n >= 64 {
        u64::MAX
    } else {
        (1u64 << n) - 1
    }
}

/// A stretch of [`for_each_word`] with characters that are not ASCII in it, `run`, folded as
/// [`for_each_word_general`] folds it when each of them is a character of two bytes that the
/// table spells ([`TwoByte::SHORT`]): an accented letter, or a mark that ends a word (`’`,
/// `«`). False, having given nothing, for any other character (deunicode's, read by the
/// general reader). The words are folded into `word` one after the other and given once the
/// stretch is read; most are one word (`décembre`), folded a byte at a time where the general
/// reader copied each ASCII part and lowered it again, then looked the next byte up.
pub(super) fn mixed_run(run: &str, word: &mut String, f: &mut impl Sink) -> bool {
    let b = run.as_bytes();
    word.clear();
    // Each word's end in `word`, and whether it was written with a capital as a bit of
    // `capitals`: most stretches are a word or two, and one with more marks than this holds
    // goes to the general reader. Small numbers, so that making the list is a few stores
    // (pairs of a `usize` and a `bool` were 48, for each of these stretches).
    let mut ends = [0u16; 24];
    let mut capitals = 0u32;
    let mut count = 0;
    let (mut start, mut capital) = (0, false);
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        if c.is_ascii() {
            // A letter or a digit: the stretch holds no other ASCII byte.
            if word.len() == start {
                capital = c.is_ascii_uppercase();
            }
            word.push(char::from(c.to_ascii_lowercase()));
            i += 1;
            continue;
        }
        let Some(t) = crate::text::two_byte(b, i).filter(|t| t.has(TwoByte::SHORT)) else { return false };
        i += 2;
        if t.has(TwoByte::KNOWN | TwoByte::ALNUM) {
            for &x in t.bytes() {
                if word.len() == start {
                    capital = t.has(TwoByte::UPPER);
                }
                word.push(char::from(x.to_ascii_lowercase()));
            }
        } else {
            let Some(slot) = ends.get_mut(count) else { return false };
            let Ok(end) = u16::try_from(word.len()) else { return false };
            *slot = end;
            capitals |= u32::from(capital) << count;
            count += 1;
            start = word.len();
        }
    }
    let Some(slot) = ends.get_mut(count) else { return false };
    let Ok(end) = u16::try_from(word.len()) else { return false };
    *slot = end;
    capitals |= u32::from(capital) << count;
    count += 1;
    let mut from = 0;
    for (k, &end) in ends[..count].iter().enumerate() {
        let end = usize::from(end);
        if let Some(w) = word.as_bytes().get(from..end).filter(|w| w.len() > 1) {
            let head = pack_le(w);
            if !is_stop_packed(head) {
                f.word(w, capitals >> k & 1 == 1, head);
            }
        }
        from = end;
    }
    true
}

/// What [`for_each_word`] knows of 64 bytes of text, a bit a byte (the first byte the lowest
/// bit; bytes past the text's end count as separators).
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Block {
    /// The bytes that can be part of a word: ASCII letters and digits, and every byte of a
    /// character that is not ASCII.
    pub(super) word: u64,
    /// The bytes of characters that are not ASCII.
    pub(super) non_ascii: u64,
    /// The ASCII capitals.
    pub(super) upper: u64,
}

impl Block {
    /// The block of `b` that starts at `base` (not past its end).
    #[inline(always)]
    fn at(b: &[u8], base: usize) -> Block {
        match b.get(base..base + 64).and_then(|c| <&[u8; 64]>::try_from(c).ok()) {
            Some(bytes) => Block::of(bytes),
            None => {
                // The text's last bytes, then zeros: a zero byte ends words as the end does.
                let mut pad = [0u8; 64];
                let rest = b.get(base..).unwrap_or_default();
                pad[..rest.len()].copy_from_slice(rest);
                Block::of(&pad)
            }
        }
    }

    /// The masks of 64 bytes.
    #[inline(always)]
    pub(super) fn of(bytes: &[u8; 64]) -> Block {
        #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
        {
            // SAFETY: SSE2 is enabled for this build (the `cfg` above): it is part of every
            // x86-64 processor, and `of_sse2` needs nothing else.
            unsafe { Block::of_sse2(bytes) }
        }
        #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
        Block::of_swar(bytes)
    }

    /// [`Block::of`], sixteen bytes at a time: each class a comparison of all sixteen, its
    /// bits gathered by `movemask`.
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    #[target_feature(enable = "sse2")]
    fn of_sse2(bytes: &[u8; 64]) -> Block {
        use std::arch::x86_64::*;
        // Whether each byte (as unsigned) is in `lo..lo + width`: moved so that the range
        // starts at -128, where a signed comparison tells it.
        let within = |v: __m128i, lo: u8, width: u8| {
            let moved = _mm_add_epi8(v, _mm_set1_epi8(0x80u8.wrapping_sub(lo) as i8));
            _mm_cmplt_epi8(moved, _mm_set1_epi8(0x80u8.wrapping_add(width) as i8))
        };
        let (mut word, mut non_ascii, mut upper) = (0u64, 0u64, 0u64);
        for (k, c) in bytes.chunks_exact(16).enumerate() {
            let half = |at: usize| {
                i64::from_le_bytes([c[at], c[at + 1], c[at + 2], c[at + 3], c[at + 4], c[at + 5], c[at + 6], c[at + 7]])
            };
            let v = _mm_set_epi64x(half(8), half(0));
            // A letter's bit 0x20 set makes it small, and sets no other byte into `a..=z`.
            let letter = within(_mm_or_si128(v, _mm_set1_epi8(0x20)), b'a', 26);
            let digit = within(v, b'0', 10);
            let small = _mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8(0x20));
            let shift = 16 * k as u32;
            // `movemask` takes each byte's high bit: set for a byte that is not ASCII.
            word |= u64::from(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(letter, digit), v)) as u16) << shift;
            non_ascii |= u64::from(_mm_movemask_epi8(v) as u16) << shift;
            upper |= u64::from(_mm_movemask_epi8(_mm_andnot_si128(small, letter)) as u16) << shift;
        }
        Block { word, non_ascii, upper }
    }

    /// [`Block::of`] in plain integers, eight bytes at a time: each byte's class as its high
    /// bit, gathered into eight bits by one multiplication.
    #[cfg_attr(all(target_arch = "x86_64", target_feature = "sse2"), allow(dead_code))]
    pub(super) fn of_swar(bytes: &[u8; 64]) -> Block {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGH: u64 = ONES * 0x80;
        // The high bit of each byte of `v7` (high bits clear, so that no sum carries into the
        // next byte) that is at least `c`.
        const fn at_least(v7: u64, c: u8) -> u64 {
            v7.wrapping_add((0x80 - c as u64) * ONES) & HIGH
        }
        // The high bits of a word's bytes, as the eight low bits: byte `k`'s bit `8k + 7`
        // lands on bit `56 + k` of the product by `2^(7(7 - k))`, and no two products share
        // a bit.
        const fn gather(high: u64) -> u64 {
            high.wrapping_mul(0x0002_0408_1020_4081) >> 56
        }
        let (mut word, mut non_ascii, mut upper) = (0u64, 0u64, 0u64);
        for (k, c) in bytes.chunks_exact(8).enumerate() {
            let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            let v7 = v & !HIGH;
            let folded = v7 | (ONES * 0x20);
            let letter = at_least(folded, b'a') & !at_least(folded, b'z' + 1) & !v;
            let digit = at_least(v7, b'0') & !at_least(v7, b'9' + 1) & !v;
            let non = v & HIGH;
            // Bit 0x20 of each byte moved to its high bit: clear for a capital.
            let small = v7 << 2;
            word |= gather(letter | digit | non) << (8 * k);
            non_ascii |= gather(non) << (8 * k);
            upper |= gather(letter & !small) << (8 * k);
        }
        Block { word, non_ascii, upper }
    }
}

/// [`for_each_word`] a byte at a time: the reader of stretches with characters that are not
/// ASCII, and the reference the block reader is tested against. A word that is a run of
/// lowercase ASCII letters and digits is given in place, with no copy; others are folded into
/// `word`. Reading bytes rather than `char`s, and deunicode only for what is not ASCII, made
/// this a third of what it was. Each word comes with its first eight bytes as one number
/// ([`pack_le`]), which a word read in place has from finding its end.
pub(super) fn for_each_word_general(text: &str, word: &mut String, f: &mut impl Sink) {
    let b = text.as_bytes();
    word.clear();
    let mut capital = false;
    let mut give = |w: &[u8], capital: bool, head: u64| {
        if w.len() > 1 && !is_stop_packed(head) {
            f.word(w, capital, head);
        }
    };
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        // ASCII that is no letter or digit ends the word being folded, if any, and nothing
        // else: told by one load, where the run's test below cost tens of instructions to
        // find no run (a third of this loop's turns).
        if CLASS[usize::from(c)] & (ALNUM | NON_ASCII) == 0 {
            if !word.is_empty() {
                give(word.as_bytes(), capital, pack_le(word.as_bytes()));
                word.clear();
            }
            i += 1;
            continue;
        }
        let (end, upper, head) = alnum_run(b, i);
        if end > i {
            let run = &text[i..end];
            i = end;
            if word.is_empty() {
                capital = c.is_ascii_uppercase();
                // A whole word when ASCII that is no letter follows: no later character can
                // lengthen it, and that character (most often a space) ends nothing more.
                if b.get(i).is_none_or(|n| n.is_ascii()) {
                    if !upper {
                        give(run.as_bytes(), capital, head);
                        i = past_separators(b, i);
                        continue;
                    }
                    // A short word with capitals (`Le`, `Cour`), folded in a number rather than
                    // a byte at a time into `word`.
                    if run.len() <= 8 {
                        let low = lower_packed(head);
                        let folded = low.to_le_bytes();
                        if let Some(w) = folded.get(..run.len()) {
                            give(w, capital, low);
                            i = past_separators(b, i);
                            continue;
                        }
                    }
                }
            }
            // ASCII: appended whole and lowered in place, not pushed a `char` at a time (a
            // byte at a time for short runs measured more instructions, not fewer).
            let from = word.len();
            word.push_str(run);
            word[from..].make_ascii_lowercase();
        } else if c.is_ascii() {
            if !word.is_empty() {
                give(word.as_bytes(), capital, pack_le(word.as_bytes()));
                word.clear();
            }
            i += 1;
        } else if let Some(t) = crate::text::two_byte(b, i).filter(|t| t.has(TwoByte::SHORT)) {
            // An accented letter or Latin-1 punctuation, as the general way below reads it.
            i += 2;
            if t.has(TwoByte::KNOWN | TwoByte::ALNUM) {
                for &f in t.bytes() {
                    if word.is_empty() {
                        capital = t.has(TwoByte::UPPER);
                    }
                    word.push(char::from(f.to_ascii_lowercase()));
                }
            } else {
                give(word.as_bytes(), capital, pack_le(word.as_bytes()));
                word.clear();
            }
        } else {
            let Some(ch) = text[i..].chars().next() else { break };
            i += ch.len_utf8();
            match deunicode::deunicode_char(ch) {
                // A combining mark spells nothing (`e` + U+0301 stays one word).
                Some(t) if t.bytes().all(|f| f.is_ascii_alphanumeric()) => {
                    for f in t.bytes() {
                        if word.is_empty() {
                            capital = ch.is_uppercase();
                        }
                        word.push(char::from(f.to_ascii_lowercase()));
                    }
                }
                _ => {
                    give(word.as_bytes(), capital, pack_le(word.as_bytes()));
                    word.clear();
                }
            }
        }
    }
    give(word.as_bytes(), capital, pack_le(word.as_bytes()));
}

/// Where the run of ASCII bytes that are no letter or digit from `i` ends: after a whole word,
/// each of them would end no word (the one being folded is empty).
#[inline(always)]
pub(super) fn past_separators(b: &[u8], mut i: usize) -> usize {
    while b.get(i).is_some_and(|&x| CLASS[usize::from(x)] & (ALNUM | NON_ASCII) == 0) {
        i += 1;
    }
    i
}

/// Packed ASCII ([`pack_le`]) with its capitals made small letters, eight at once.
pub(super) fn lower_packed(p: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let p7 = p & !HIGH;
    let at_least = |c: u8| p7.wrapping_add(u64::from(0x80 - c) * 0x0101_0101_0101_0101) & HIGH;
    let caps = at_least(b'A') & !at_least(b'Z' + 1) & !p;
    // A capital's 0x80 bit moved to 0x20: the bit that makes it small.
    p | (caps >> 2)
}

/// Where the run of ASCII letters and digits that starts at `i` ends, whether it holds a
/// capital (noted in the same pass), and its first eight bytes ([`pack_le`]). Eight bytes
/// at a time while eight are left: most words end within the first eight, found by one test
/// where a byte at a time mispredicted a branch at every word's end.
#[inline(always)]
pub(super) fn alnum_run(b: &[u8], start: usize) -> (usize, bool, u64) {
    let mut i = start;
    let mut head = None;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // The high bit of each byte of `v7` (high bits clear, so that no sum carries into the
    // next byte) that is at least `c`.
    const fn at_least(v7: u64, c: u8) -> u64 {
        v7.wrapping_add((0x80 - c as u64) * 0x0101_0101_0101_0101) & HIGH
    }
    let mut upper = 0u64;
    while let Some(chunk) = b.get(i..i + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()) {
        let v = u64::from_le_bytes(chunk);
        let v7 = v & !HIGH;
        let caps = at_least(v7, b'A') & !at_least(v7, b'Z' + 1);
        let alnum =
            (caps | (at_least(v7, b'a') & !at_least(v7, b'z' + 1)) | (at_least(v7, b'0') & !at_least(v7, b'9' + 1)))
                & !v;
        let end = !alnum & HIGH;
        if end == 0 {
            upper |= caps & !v;
            head.get_or_insert(v);
            i += 8;
            continue;
        }
        let n = end.trailing_zeros() / 8;
        let kept = (1u64 << (8 * n)) - 1;
        upper |= caps & !v & kept;
        return (i + n as usize, upper != 0, head.unwrap_or(v & kept));
    }
    let mut classes = 0;
    while let Some(&x) = b.get(i) {
        let k = CLASS[usize::from(x)];
        if k & ALNUM == 0 {
            break;
        }
        classes |= k;
        i += 1;
    }
    let head = head.unwrap_or_else(|| pack_le(b.get(start..i).unwrap_or_default()));
    (i, upper != 0 || classes & UPPER != 0, head)
}

/// [`CLASS`]'s bit for an ASCII letter or digit.
const ALNUM: u8 = 1;
/// [`CLASS`]'s bit for an ASCII capital.
const UPPER: u8 = 2;
/// [`CLASS`]'s bit for a byte of a character that is not ASCII.
const NON_ASCII: u8 = 4;

/// Each byte's class for [`for_each_word`]: one load where the run's loop tested ranges.
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        if b.is_ascii_alphanumeric() {
            t[c] = ALNUM;
        }
        if b.is_ascii_uppercase() {
            t[c] |= UPPER;
        }
        if !b.is_ascii() {
            t[c] |= NON_ASCII;
        }
        c += 1;
    }
    t
};

#[cfg(test)]
mod tests {
    use super::super::{is_stop, packed, STOP};
    use super::*;

    #[test]
    fn apostrophes_accents_and_case_fold_alike() {
        let typed: Vec<String> = words("l'Ukraine").into_iter().map(|w| w.0).collect();
        let printed: Vec<String> = words("l’Ukraine").into_iter().map(|w| w.0).collect();
        assert_eq!(typed, vec!["ukraine"]);
        assert_eq!(typed, printed);
        assert_eq!(words("Nucléaire ŒUVRE")[0], ("nucleaire".to_string(), true));
        assert_eq!(words("Nucléaire ŒUVRE")[1].0, "oeuvre");
        assert!(words("le la de the of").is_empty());
        for w in ["au", "the", "which", "leurs", "a", "an", "x", "aux", "thes", "whicha", "", "qu", "sont"] {
            assert_eq!(is_stop(w), STOP.contains(&w), "{w}");
        }
        // Every stop word, and every word one letter away from one (cut, lengthened, changed).
        for stop in STOP {
            assert!(is_stop(stop), "{stop}");
            let mut near = vec![stop[..stop.len() - 1].to_string(), format!("{stop}s"), format!("x{stop}")];
            for i in 0..stop.len() {
                for c in b'0'..=b'z' {
                    let mut w = stop.as_bytes().to_vec();
                    w[i] = c;
                    near.push(String::from_utf8(w).unwrap());
                }
            }
            for w in near.iter().filter(|w| w.bytes().all(|b| b.is_ascii_alphanumeric())) {
                assert_eq!(is_stop(w), STOP.contains(&w.as_str()), "{w}");
            }
        }
        assert_eq!(words("nucle\u{301}aire")[0].0, "nucleaire");
    }

    /// [`for_each_word`] as it was written first, a `char` at a time: the reference for the
    /// byte-reading one.
    fn words_by_char(text: &str) -> Vec<(String, bool)> {
        let mut out = Vec::new();
        let mut word = String::new();
        let mut capital = false;
        let mut end = |word: &mut String, capital: bool| {
            if word.len() > 1 && !is_stop(word) {
                out.push((word.clone(), capital));
            }
            word.clear();
        };
        for c in text.chars() {
            let mut push = |f: char| {
                if f.is_ascii_alphanumeric() {
                    if word.is_empty() {
                        capital = c.is_uppercase();
                    }
                    word.push(f.to_ascii_lowercase());
                    true
                } else {
                    false
                }
            };
            let kept = if c.is_ascii() {
                push(c)
            } else {
                match deunicode::deunicode_char(c) {
                    Some(t) if t.chars().all(|f| f.is_ascii_alphanumeric()) => {
                        t.chars().for_each(|f| {
                            push(f);
                        });
                        true
                    }
                    _ => false,
                }
            };
            if !kept {
                end(&mut word, capital);
            }
        }
        end(&mut word, capital);
        out
    }

    #[test]
    fn words_read_by_bytes_are_the_words_read_by_characters() {
        for text in [
            "Le président Loukachenko a dit: «l’Ukraine» n’est pas l'ÉTAT-nation.",
            "ŒUVRE œuvre Œdipe naïve NAÏVE cafe\u{301} e\u{301}te\u{301} x\u{301}",
            "McDonald's iPhone 2023 B52 a1 Z 9 zz ÀB àb Straße ﬁn ﬁnal",
            "Δημοκρατία Москва 北京 — emoji 🙂 end",
            "\u{301}abc \u{301}Abc é É, déjà-vu; ÉÉ",
            "",
            "a",
            "ends with accent é",
            "ASCII then accentué",
            // Words across the eight-byte chunks a run is read in, and ending the text.
            "abcdefg abcdefgh abcdefghi Abcdefghijklmnopq abcdefghIjklmnopq ABCDEFGHIJ, x. yy",
            "La Cour des comptes a détaillé un audit indépendant, une décision attendue en décembre",
            "l'opposition a contesté d'un budget contraint;mercredi—dernier:2023-09-19 «fin»",
            "0123456789abcdef0123456789ABCDEF naïvement ŒUVRES complètes.",
        ] {
            assert_eq!(words(text), words_by_char(text), "{text}");
        }
    }

    /// Words as a reader gives them: each with its capital and its head.
    type Given = Vec<(String, bool, u64)>;

    /// A word given, which must be ASCII.
    fn given(w: &[u8]) -> String {
        assert!(w.is_ascii(), "{w:?}");
        String::from_utf8_lossy(w).into_owned()
    }

    /// The words, capitals and heads the block reader gives, and those the byte-by-byte one
    /// gives.
    fn both_readers(text: &str) -> (Given, Given) {
        let (mut by_block, mut by_byte) = (Vec::new(), Vec::new());
        let mut buf = String::from("left over");
        for_each_word(text, &mut buf, &mut |w: &[u8], c: bool, h: u64| by_block.push((given(w), c, h)));
        for_each_word_general(text, &mut buf, &mut |w: &[u8], c: bool, h: u64| by_byte.push((given(w), c, h)));
        (by_block, by_byte)
    }

    #[test]
    fn words_read_by_blocks_are_the_words_read_byte_by_byte() {
        // Pieces that end words, start them, fold or split them, at every place of a block.
        const PIECES: &[&str] = &[
            "a",
            "b",
            "z",
            "Q",
            "M",
            "7",
            "0",
            " ",
            " ",
            " ",
            ",",
            ".",
            "-",
            "'",
            "\n",
            "@",
            "[",
            "`",
            "{",
            "é",
            "É",
            "’",
            "«",
            "ß",
            "Œ",
            "\u{301}",
            "北",
            "🙂",
            "Δ",
            "\u{a0}",
            "\u{7f}",
            "\0",
            "les",
            "the",
            "Le",
            "COUR",
            "abcdefgh",
            "Abcdefghi",
            "décembre",
            "l'État",
            "x",
            "Щ",
            "·",
            "ĳ",
            "ǅ",
            "ÀB",
            "éé",
        ];
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for round in 0..4000 {
            let len = (next() % 90) as usize;
            let text: String = (0..len).map(|_| PIECES[(next() % PIECES.len() as u64) as usize]).collect();
            let (a, b) = both_readers(&text);
            assert_eq!(a, b, "round {round}: {text:?}");
        }
        // Runs of every length up to past two blocks, at every offset of a block, and runs
        // that fill a block with a character that is not ASCII inside or at their ends.
        for lead in 0..66 {
            for n in [1, 2, 7, 8, 9, 63, 64, 65, 127, 128, 129, 200] {
                for run in ["a".repeat(n), "B".repeat(n), format!("é{}", "c".repeat(n)), format!("{}é", "D".repeat(n))]
                {
                    for tail in ["", " x", "é", ", Zz"] {
                        let text = format!("{}{run}{tail}", " ".repeat(lead));
                        let (a, b) = both_readers(&text);
                        assert_eq!(a, b, "{text:?}");
                    }
                }
            }
        }
    }

    /// [`Block`]'s masks a byte at a time.
    fn block_by_bytes(bytes: &[u8; 64]) -> Block {
        let (mut word, mut non_ascii, mut upper) = (0u64, 0u64, 0u64);
        for (k, &c) in bytes.iter().enumerate() {
            word |= u64::from(c.is_ascii_alphanumeric() || !c.is_ascii()) << k;
            non_ascii |= u64::from(!c.is_ascii()) << k;
            upper |= u64::from(c.is_ascii_uppercase()) << k;
        }
        Block { word, non_ascii, upper }
    }

    #[test]
    fn blocks_class_their_bytes_as_a_byte_at_a_time() {
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        for round in 0..3000 {
            let mut bytes = [0u8; 64];
            for (k, b) in bytes.iter_mut().enumerate() {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                // Every byte value, in runs of the same byte in some rounds.
                *b = if round % 3 == 0 { (seed >> 56) as u8 } else { ((seed >> 56) as u8).wrapping_add(k as u8 / 8) };
            }
            let expected = block_by_bytes(&bytes);
            assert_eq!(Block::of(&bytes), expected, "{bytes:?}");
            assert_eq!(Block::of_swar(&bytes), expected, "{bytes:?}");
        }
        for c in 0..=255u8 {
            let bytes = [c; 64];
            assert_eq!(Block::of(&bytes), block_by_bytes(&bytes), "{c}");
            assert_eq!(Block::of_swar(&bytes), block_by_bytes(&bytes), "{c}");
        }
    }

    #[test]
    fn stretches_folded_by_the_table_are_folded_as_the_general_reader_folds_them() {
        for run in
            ["décembre", "Élysée", "ŒUVRE", "l«x", "aé«Éb«c", "Straße", "e\u{301}te", "««««ab", "ĳssel", "Щи", "é"]
        {
            let (mut table, mut general) = (Vec::new(), Vec::new());
            let mut buf = String::new();
            let folded = mixed_run(run, &mut buf, &mut |w: &[u8], c: bool, h: u64| table.push((given(w), c, h)));
            for_each_word_general(run, &mut buf, &mut |w: &[u8], c: bool, h: u64| general.push((given(w), c, h)));
            if folded {
                assert_eq!(table, general, "{run}");
            } else {
                // A character the table does not spell: nothing given, the general reader reads it.
                assert!(table.is_empty() && run.chars().any(|c| c.len_utf8() > 2 || c == 'Щ'), "{run}");
            }
        }
        // A stretch with more marks than words kept goes to the general reader, whole.
        let many = "a«".repeat(30);
        assert!(!mixed_run(&many, &mut String::new(), &mut |_: &[u8], _: bool, _: u64| panic!("given before the end")));
    }

    #[test]
    fn two_byte_characters_read_from_the_table_are_read_as_by_characters() {
        // Every character of two bytes, alone, starting, inside and ending a word, next to
        // capitals and separators: the table gives what decoding and deunicode gave.
        for cp in 0x80u32..0x800 {
            let Some(c) = char::from_u32(cp) else { continue };
            let text = format!("{c} a{c}b {c}Bc Ab{c}, {c}{c}. x{c}");
            assert_eq!(words(&text), words_by_char(&text), "U+{cp:04X}");
        }
    }

    #[test]
    fn runs_read_eight_bytes_at_a_time_end_where_byte_by_byte_they_do() {
        let text = "abcdefgh123 ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz0123456789@[`{/:é\u{7f}zZ9 aé Éa \
                    McDonaldsIsLong x";
        let b = text.as_bytes();
        for start in 0..b.len() {
            let mut end = start;
            while b.get(end).is_some_and(u8::is_ascii_alphanumeric) {
                end += 1;
            }
            let upper = b[start..end].iter().any(u8::is_ascii_uppercase);
            assert_eq!(alnum_run(b, start), (end, upper, pack_le(&b[start..end])), "{start}");
        }
        // Every byte next to letters, at every place of a chunk.
        for x in 0..=255u8 {
            for at in 0..9 {
                let mut w = b"aaaaaaaaaaaaaaaa".to_vec();
                w[at] = x;
                let expected = if x.is_ascii_alphanumeric() { 16 } else { at };
                let run = alnum_run(&w, 0);
                assert_eq!((run.0, run.1), (expected, x.is_ascii_uppercase()), "{x} at {at}");
                assert_eq!(run.2, pack_le(&w[..expected]), "{x} at {at}");
            }
        }
    }

    #[test]
    fn packed_words_fold_as_their_bytes_do() {
        for w in ["Le", "COUR", "aZ09", "McDonald", "@[`{Az", "ÉA", "\u{7f}A", "zzzzzzzz", "AAAAAAAA", ""] {
            let b = &w.as_bytes()[..w.len().min(8)];
            assert_eq!(lower_packed(pack_le(b)), pack_le(&b.to_ascii_lowercase()), "{w}");
        }
    }

    #[test]
    fn words_pack_as_they_did_through_a_buffer() {
        let text = b"abcdefghijklmnopqrstuvwxyz";
        for start in 0..text.len() {
            for end in start..=text.len() {
                let w = &text[start..end];
                assert_eq!(pack_le(w), packed(w), "{start}..{end}");
            }
        }
    }
}
