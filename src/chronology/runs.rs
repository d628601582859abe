//! Runs of characters of a text, read a byte at a time where it is ASCII: the words of every
//! dated sentence are read through here, by extraction and by the furniture test. A leaf
//! module, so that both can use it without using each other.

/// The runs of `s`'s characters that `keep` keeps: the pieces of `s.split(|c| !keep(c))`
/// that are not empty, with ASCII read by bytes (every dated sentence is read here, and
/// most of its characters are ASCII).
pub(crate) fn char_runs(s: &str, keep: impl Fn(char) -> bool) -> impl Iterator<Item = &str> {
    let b = s.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        let mut start = None;
        while i < b.len() {
            // A run of kept ASCII characters is stepped over in one loop.
            if b[i].is_ascii() && keep(char::from(b[i])) {
                start.get_or_insert(i);
                while b.get(i).is_some_and(|&c| c.is_ascii() && keep(char::from(c))) {
                    i += 1;
                }
                continue;
            }
            let (kept, len) = match b[i] {
                a if a.is_ascii() => (false, 1),
                _ => {
                    let c = s.get(i..)?.chars().next()?;
                    (keep(c), c.len_utf8())
                }
            };
            match (kept, start) {
                (true, None) => start = Some(i),
                (false, Some(st)) => return s.get(st..i),
                _ => {}
            }
            i += len;
        }
        start.and_then(|st| s.get(st..))
    })
}

/// Where the run of ASCII letters and digits of `b` that starts at `start` ends (`start`
/// itself when none starts there). Eight bytes are tested at once while eight are left: the
/// words of every dated sentence are found here, and a byte at a time was a tenth of
/// extraction.
#[inline(always)]
pub(crate) fn alnum_end(b: &[u8], start: usize) -> usize {
    let mut i = start;
    while let Some(chunk) = b.get(i..i + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()) {
        let stops = !alnum_bytes(u64::from_le_bytes(chunk)) & HIGH;
        if stops != 0 {
            return i + (stops.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while b.get(i).is_some_and(u8::is_ascii_alphanumeric) {
        i += 1;
    }
    i
}

/// Each byte's high bit.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `v` that is an ASCII letter or digit.
#[inline(always)]
fn alnum_bytes(v: u64) -> u64 {
    // The high bit of each byte of `v7` (high bits clear, so that no sum carries into the
    // next byte) that is at least `c`.
    const fn at_least(v7: u64, c: u8) -> u64 {
        v7.wrapping_add((0x80 - c as u64) * 0x0101_0101_0101_0101) & HIGH
    }
    let v7 = v & !HIGH;
    // Setting the 0x20 bit lowers a capital and leaves a small letter; no other byte it
    // changes becomes a letter (it is tested apart for digits, which bytes below 0x20 would
    // become).
    let low = v7 | 0x2020_2020_2020_2020;
    let letters = at_least(low, b'a') & !at_least(low, b'z' + 1);
    let digits = at_least(v7, b'0') & !at_least(v7, b'9' + 1);
    (letters | digits) & !v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alnum_end_is_the_end_of_the_run_byte_by_byte() {
        let by_bytes = |b: &[u8], i: usize| i + b[i..].iter().take_while(|c| c.is_ascii_alphanumeric()).count();
        let mut texts: Vec<Vec<u8>> = vec![
            b"Le 10 novembre 2018, les agriculteurs".to_vec(),
            "préparent l’été 2021 — déjà".as_bytes().to_vec(),
            b"abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".to_vec(),
        ];
        // Every byte, at every place of a word.
        for x in 0..=255u8 {
            for at in 0..10 {
                let mut t = b"abcdefghijKLMNOPQ".to_vec();
                t.insert(at, x);
                texts.push(t);
            }
        }
        for t in &texts {
            for i in 0..t.len() {
                assert_eq!(alnum_end(t, i), by_bytes(t, i), "{t:?} at {i}");
            }
        }
    }
}
