//! Typed references to what a site holds: each article, note, topic, source and event by its
//! own kind of id, so that an article's number is never taken for a source's. A leaf: every
//! stage names documents by these, and it uses nothing of the crate.

use std::ops::{Index, IndexMut};

macro_rules! id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
        pub struct $name(pub usize);

        impl $name {
            /// The position in the list it names an entry of.
            pub fn index(self) -> usize {
                self.0
            }

            /// Every id of a list of `len` entries, in order.
            pub fn all(len: usize) -> impl DoubleEndedIterator<Item = $name> + ExactSizeIterator {
                (0..len).map($name)
            }
        }

        // The site keeps its lists as plain vectors: an id reads its entry (`site.articles[a]`)
        // without a wrapper type between every stage and its data.
        impl<T> Index<$name> for Vec<T> {
            type Output = T;
            fn index(&self, id: $name) -> &T {
                &self[id.0]
            }
        }

        impl<T> IndexMut<$name> for Vec<T> {
            fn index_mut(&mut self, id: $name) -> &mut T {
                &mut self[id.0]
            }
        }

        impl<T> Index<$name> for [T] {
            type Output = T;
            fn index(&self, id: $name) -> &T {
                &self[id.0]
            }
        }
    };
}

id!(
    /// An article of the dossier: its place in `Site::articles`.
    ArticleId
);
id!(
    /// An editor's note: its place in `Site::notes`.
    NoteId
);
id!(
    /// A topic: its place in `Site::topics` (home-page order).
    TopicId
);
id!(
    /// An entry of the source registry (an article, or what an article cites): its place in
    /// `Site::sources`.
    SourceId
);
id!(
    /// An event of the chronology: its place in `Site::events` (date order).
    EventId
);

id!(
    /// A person, place or organisation the editors declared (`content/entities/`): its place
    /// in `Site::actors`.
    ActorId
);

/// A page of the site that holds content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DocRef {
    /// `articles/<slug>.html`.
    Article(ArticleId),
    /// `notes/<slug>.html`.
    Note(NoteId),
    /// `topics/<slug>.html`.
    Topic(TopicId),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_read_their_own_lists() {
        let v: Vec<&str> = "a b c".split(' ').collect();
        assert_eq!(v[ArticleId(1)], "b");
        assert_eq!(v[1], "b");
        assert_eq!(TopicId::all(3).collect::<Vec<_>>(), vec![TopicId(0), TopicId(1), TopicId(2)]);
        assert!(DocRef::Article(ArticleId(5)) < DocRef::Note(NoteId(0)));
    }
}
