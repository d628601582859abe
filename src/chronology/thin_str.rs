//! A shared text held by one thin pointer: the paragraph id and the dating words of every
//! report. A large dossier keeps millions of reports for the whole build, and few distinct
//! such texts (`p3`, `en 2023`), each kept once: a pointer of eight bytes rather than the
//! sixteen of an `Arc<str>` is 16 bytes less a report (46 MiB of 100,000 articles).

use std::sync::Arc;

/// A text shared by reference count, as `Arc<str>`, behind a pointer of one word. Reading it
/// follows two pointers; the texts are few, so the first lands in cache.
#[derive(Clone, Default)]
pub struct ThinStr(Arc<Box<str>>);

impl ThinStr {
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the two are one shared copy (not merely equal texts).
    pub fn ptr_eq(&self, other: &ThinStr) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl From<&str> for ThinStr {
    fn from(text: &str) -> ThinStr {
        ThinStr(Arc::new(text.into()))
    }
}

/// Made from an owned text (the tests' `format!` ids): its buffer becomes the shared copy.
impl From<String> for ThinStr {
    fn from(text: String) -> ThinStr {
        ThinStr(Arc::new(text.into_boxed_str()))
    }
}

impl std::ops::Deref for ThinStr {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for ThinStr {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

/// Looked up by its text in a set of shared copies.
impl std::borrow::Borrow<str> for ThinStr {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for ThinStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl std::fmt::Display for ThinStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Compared by text; one shared copy is equal to itself without reading it (a date's reports
/// are sorted by paragraph, and most of an article's share theirs).
impl PartialEq for ThinStr {
    fn eq(&self, other: &ThinStr) -> bool {
        self.ptr_eq(other) || self.as_str() == other.as_str()
    }
}

impl Eq for ThinStr {}

impl PartialOrd for ThinStr {
    fn partial_cmp(&self, other: &ThinStr) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for ThinStr {
    fn cmp(&self, other: &ThinStr) -> std::cmp::Ordering {
        match self.ptr_eq(other) {
            true => std::cmp::Ordering::Equal,
            false => self.as_str().cmp(other.as_str()),
        }
    }
}

/// Hashed as its text, so that a set of them is searched by a `&str` ([`Borrow`]).
///
/// [`Borrow`]: std::borrow::Borrow
impl std::hash::Hash for ThinStr {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state)
    }
}

#[cfg(test)]
mod tests {
    use super::ThinStr;
    use std::collections::HashSet;

    #[test]
    fn a_thin_text_is_one_word_reads_as_its_text_and_is_found_by_it() {
        assert_eq!(std::mem::size_of::<ThinStr>(), std::mem::size_of::<usize>());
        let a = ThinStr::from("en 2023");
        let b = a.clone();
        assert!(a.ptr_eq(&b) && !a.ptr_eq(&ThinStr::from("en 2023")));
        assert_eq!(a, ThinStr::from("en 2023"));
        assert_eq!(&*a, "en 2023");
        assert_eq!(format!("{a} {a:?}"), "en 2023 \"en 2023\"");
        assert!(ThinStr::from("p1") < ThinStr::from("p2"));
        let set: HashSet<ThinStr> = [a].into_iter().collect();
        assert!(set.contains("en 2023") && !set.contains("p1"));
        assert_eq!(&*ThinStr::default(), "");
    }
}
