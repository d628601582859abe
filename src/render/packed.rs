//! Strings kept back to back, each found by its number.

/// Strings kept back to back, each found by its number: `i`'s is `text[ends[i - 1]..ends[i]]`.
/// The entries of a large chronology, and its JSON, read a few fields of sources and articles
/// taken all over the site; reading them from the site's structs (a pointer to follow for
/// each, then its string) waited on memory for most of an entry's time, where these few
/// megabytes are read once per string.
#[derive(Default)]
pub struct Packed {
    text: String,
    ends: Vec<u32>,
}

impl Packed {
    /// An empty list with room for about `bytes` of text.
    pub fn with_capacity(bytes: usize) -> Packed {
        Packed { text: String::with_capacity(bytes), ends: Vec::new() }
    }

    /// Appends string number `self.len()` as `write` makes it; `false` (and nothing kept)
    /// past 4 GiB of text, after which the caller makes the strings where they are used.
    pub fn push(&mut self, write: impl FnOnce(&mut String)) -> bool {
        let start = self.text.len();
        write(&mut self.text);
        match u32::try_from(self.text.len()) {
            Ok(end) => {
                self.ends.push(end);
                true
            }
            Err(_) => {
                self.text.truncate(start);
                false
            }
        }
    }

    /// String `i`, if it was kept.
    pub fn get(&self, i: usize) -> Option<&str> {
        let start = i.checked_sub(1).map_or(Some(0), |k| self.ends.get(k).copied())?;
        let end = *self.ends.get(i)?;
        self.text.get(start as usize..end as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_come_back_by_number() {
        let mut p = Packed::with_capacity(8);
        for s in ["ab", "", "é c"] {
            assert!(p.push(|out| out.push_str(s)));
        }
        assert_eq!((p.get(0), p.get(1), p.get(2), p.get(3)), (Some("ab"), Some(""), Some("é c"), None));
    }
}
