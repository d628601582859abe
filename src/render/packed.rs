//! Strings kept in a table of their own, each found by its number.

/// How many bytes of text a slot holds; a longer string is kept in [`Packed`]'s `long` text.
const SLOT_TEXT: usize = 59;

/// The `len` of a slot whose string is in `long`: its first eight bytes of text are then the
/// string's start and end there.
const LONG: u8 = u8::MAX;

/// One string's cache line: a number kept with it (`tag`), and its text when that fits.
#[repr(C, align(64))]
#[derive(Clone, Copy)]
struct Slot {
    tag: u32,
    len: u8,
    text: [u8; SLOT_TEXT],
}

/// Strings kept by number, with a number each (a tag): string `i` and its tag share one
/// 64-byte slot, and the text of a longer string is kept apart. The entries of a large
/// chronology, and its JSON, read a few fields of sources and articles taken all over the
/// site; reading them from the site's structs (a pointer to follow for each, then its
/// string) waited on memory for most of an entry's time. Kept back to back with a table of
/// their ends, as they were first, each still cost two waits (its end, then its text) and a
/// third for a number looked up beside it: from a slot, one. Names and slugs are tens of
/// bytes, so nearly all fit.
#[derive(Default)]
pub struct Packed {
    slots: Vec<Slot>,
    long: String,
}

impl Packed {
    /// An empty list with room for `n` strings.
    pub fn with_capacity(n: usize) -> Packed {
        Packed { slots: Vec::with_capacity(n), long: String::new() }
    }

    /// Appends string number `self.len()` as `write` makes it, with `tag`; `false` (and
    /// nothing kept) past 4 GiB of long strings, or when `write` did not append a string,
    /// after which the caller makes the strings where they are used.
    pub fn push(&mut self, tag: u32, write: impl FnOnce(&mut String)) -> bool {
        let start = self.long.len();
        write(&mut self.long);
        let mut slot = Slot { tag, len: 0, text: [0; SLOT_TEXT] };
        // What `write` appended, as text: a slot holds only whole strings (see `get`).
        let Some(written) = self.long.get(start..) else { return false };
        let len = written.len();
        if len <= SLOT_TEXT {
            slot.text[..len].copy_from_slice(written.as_bytes());
            slot.len = len as u8;
            self.long.truncate(start);
        } else {
            let (Ok(s), Ok(e)) = (u32::try_from(start), u32::try_from(self.long.len())) else {
                self.long.truncate(start);
                return false;
            };
            slot.len = LONG;
            slot.text[..4].copy_from_slice(&s.to_le_bytes());
            slot.text[4..8].copy_from_slice(&e.to_le_bytes());
        }
        self.slots.push(slot);
        true
    }

    /// String `i`, if it was kept.
    pub fn get(&self, i: usize) -> Option<&str> {
        let slot = self.slots.get(i)?;
        if slot.len == LONG {
            let at = |k: usize| slot.text.get(k..k + 4)?.try_into().ok().map(u32::from_le_bytes);
            return self.long.get(at(0)? as usize..at(4)? as usize);
        }
        let text = slot.text.get(..usize::from(slot.len))?;
        // SAFETY: a slot's text is only ever set by `push`, which copies into it a whole
        // `str` (`written`), at most `SLOT_TEXT` bytes, and sets `len` to its length: the
        // bytes up to `len` are always UTF-8. Checked again at each read, they cost a fifth of
        // what writing an event's sources did.
        Some(unsafe { std::str::from_utf8_unchecked(text) })
    }

    /// The tag of string `i`, if it was kept.
    pub fn tag(&self, i: usize) -> Option<u32> {
        self.slots.get(i).map(|s| s.tag)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_come_back_by_number() {
        let mut p = Packed::with_capacity(8);
        let long = "x".repeat(SLOT_TEXT + 1);
        let longest = "é".repeat(200);
        for (k, s) in ["ab", "", "é c", &long, &"y".repeat(SLOT_TEXT), &longest].into_iter().enumerate() {
            assert!(p.push(k as u32 + 7, |out| out.push_str(s)));
        }
        assert_eq!((p.get(0), p.get(1), p.get(2), p.get(6)), (Some("ab"), Some(""), Some("é c"), None));
        assert_eq!(p.get(3), Some(long.as_str()));
        assert_eq!(p.get(4), Some("y".repeat(SLOT_TEXT).as_str()));
        assert_eq!(p.get(5), Some(longest.as_str()));
        assert_eq!((p.tag(0), p.tag(5), p.tag(6)), (Some(7), Some(12), None));
        assert_eq!(std::mem::size_of::<Slot>(), 64);
    }
}
