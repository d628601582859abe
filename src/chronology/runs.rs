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
