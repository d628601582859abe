//! A piece of a shared text: most reports' sentences are a stretch of their paragraph's
//! text, which the article keeps for the whole build anyway, so a report points into it
//! rather than copying it (on a large dossier, hundreds of thousands of sentences, about as
//! many bytes as the articles' texts).

use std::sync::Arc;

/// A range of an `Arc<str>`, read as the `str` it covers. Cloning it copies no text.
#[derive(Clone)]
pub struct SharedStr {
    text: Arc<str>,
    start: u32,
    end: u32,
}

impl SharedStr {
    /// The bytes `range` of `text`, shared with it; a copy of them when the range is not
    /// one of `text` (past its end, or not at character boundaries) or does not fit 32 bits.
    pub fn slice(text: &Arc<str>, range: std::ops::Range<usize>) -> SharedStr {
        match (text.get(range.clone()), u32::try_from(range.start), u32::try_from(range.end)) {
            (Some(_), Ok(start), Ok(end)) => SharedStr { text: Arc::clone(text), start, end },
            (piece, _, _) => SharedStr::from(piece.unwrap_or("")),
        }
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        // The range was checked when made (`slice`) or is the whole text.
        self.text.get(self.start as usize..self.end as usize).unwrap_or("")
    }

    /// Whether the two are the same range of the same shared text (not merely equal).
    pub fn ptr_eq(&self, other: &SharedStr) -> bool {
        Arc::ptr_eq(&self.text, &other.text) && (self.start, self.end) == (other.start, other.end)
    }

    /// Whether this is a range of `text` itself (shared with it, not a copy).
    pub fn is_in(&self, text: &Arc<str>) -> bool {
        Arc::ptr_eq(&self.text, text)
    }
}

impl From<Arc<str>> for SharedStr {
    fn from(text: Arc<str>) -> SharedStr {
        match u32::try_from(text.len()) {
            Ok(end) => SharedStr { text, start: 0, end },
            // Over 4 GiB of text: kept whole would need a wider range; no report is that long.
            Err(_) => SharedStr { text: Arc::from(""), start: 0, end: 0 },
        }
    }
}

impl From<&str> for SharedStr {
    fn from(text: &str) -> SharedStr {
        SharedStr::from(Arc::<str>::from(text))
    }
}

impl From<String> for SharedStr {
    fn from(text: String) -> SharedStr {
        SharedStr::from(Arc::<str>::from(text))
    }
}

impl Default for SharedStr {
    fn default() -> SharedStr {
        SharedStr::from("")
    }
}

impl std::ops::Deref for SharedStr {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for SharedStr {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl std::fmt::Debug for SharedStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl std::fmt::Display for SharedStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq for SharedStr {
    fn eq(&self, other: &SharedStr) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for SharedStr {}

impl PartialOrd for SharedStr {
    fn partial_cmp(&self, other: &SharedStr) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for SharedStr {
    fn cmp(&self, other: &SharedStr) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl std::hash::Hash for SharedStr {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slice_reads_as_its_range_and_shares_its_text() {
        let text: Arc<str> = Arc::from("Le 3 mai, il a voté. Puis il est parti.");
        let at = text.find("il a").unwrap_or(0);
        let s = SharedStr::slice(&text, at..at + "il a voté.".len());
        assert_eq!(&*s, "il a voté.");
        assert!(s.is_in(&text) && s.ptr_eq(&s.clone()));
        assert_eq!(s, SharedStr::from("il a voté."));
        assert!(!s.ptr_eq(&SharedStr::from("il a voté.")));
        // Not a range of the text (inside `é`, or past its end): a copy of what can be read.
        let inside = text.find('é').unwrap_or(0) + 1;
        assert_eq!(&*SharedStr::slice(&text, at..inside), "");
        assert_eq!(&*SharedStr::slice(&text, 30..400), "");
        assert!(!SharedStr::slice(&text, 30..400).is_in(&text));
        assert_eq!(&*SharedStr::default(), "");
    }
}
