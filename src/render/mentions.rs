//! An event's mentions in one article, found without reading all of its mentions. A merged
//! event of a large dossier has hundreds of mentions from as many articles, and each of
//! those articles' pages (its linked dating words, its list of events) and the event's own
//! entry (a passage for each of its sources) looked for one article's among them: a scan of
//! the event's mentions each time, hundreds of times per event, and about half of what
//! linking an article's dating words cost in a 10,000-article build.

use crate::chronology::{Event, Mention};
use crate::doc::ArticleId;
use crate::fast_hash::FastMap;

/// How many mentions an event has before it gets an index: a scan of a few costs a cache
/// line or two, and the index keeps eight bytes a mention for the whole render.
const INDEXED_FROM: usize = 8;

/// For each event with many mentions, the article and place of each of its mentions, ordered
/// by article, then by place: an article's are then a range found by binary search, in their
/// own order, without reading the mentions of other articles (a scan of them waited on
/// memory for each).
#[derive(Default)]
pub struct ByArticle {
    order: FastMap<u32, Box<[(u32, u32)]>>,
}

impl ByArticle {
    /// The index of `events`' mentions.
    pub fn new(events: &[Event]) -> ByArticle {
        let mut order = FastMap::default();
        for (ei, e) in events.iter().enumerate() {
            let n = e.mentions.len();
            let (Ok(ei), Ok(_)) = (u32::try_from(ei), u32::try_from(n)) else { continue };
            if n < INDEXED_FROM {
                continue;
            }
            let places: Option<Vec<(u32, u32)>> = e
                .mentions
                .iter()
                .enumerate()
                .map(|(i, m)| Some((u32::try_from(m.article.index()).ok()?, i as u32)))
                .collect();
            // An article number past 32 bits leaves its event to be scanned.
            let Some(mut places) = places else { continue };
            places.sort_unstable();
            order.insert(ei, places.into_boxed_slice());
        }
        ByArticle { order }
    }
}

/// The mentions of event `ei` (`e`) in article `ai`, in their order in the event: found in
/// `index` when it has the event, else by reading them all.
pub fn of<'a>(
    index: Option<&'a ByArticle>,
    ei: usize,
    e: &'a Event,
    ai: ArticleId,
) -> impl Iterator<Item = &'a Mention> + 'a {
    // An index made for another site's event of the same number is never read.
    let indexed =
        index.zip(u32::try_from(ei).ok()).and_then(|(x, k)| x.order.get(&k)).filter(|p| p.len() == e.mentions.len());
    let (scan, places): (&'a [Mention], &'a [(u32, u32)]) = match (indexed, u32::try_from(ai.index())) {
        (Some(places), Ok(a)) => {
            let start = places.partition_point(|&(x, _)| x < a);
            let len = places[start..].partition_point(|&(x, _)| x == a);
            (&[], &places[start..start + len])
        }
        // No indexed mention has an article number past 32 bits.
        (Some(_), Err(_)) => (&[], &[]),
        (None, _) => (&e.mentions[..], &[]),
    };
    scan.iter()
        .filter(move |m| m.article == ai)
        .chain(places.iter().filter_map(move |&(_, i)| e.mentions.get(i as usize)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::{DateSpan, PartialDate};

    fn event(articles: &[usize]) -> Event {
        let span = DateSpan::at(PartialDate::year(2022));
        let mention = |k: usize, a: usize| Mention {
            article: ArticleId(a),
            block: format!("p{k}").into(),
            sentence: "En 2022.".into(),
            own: 0..8,
            expression: "2022".into(),
            span,
        };
        Event {
            id: "e1".into(),
            span,
            text: "En 2022.".into(),
            curated: false,
            sources: Box::default(),
            topics: Box::default(),
            mentions: articles.iter().enumerate().map(|(k, &a)| mention(k, a)).collect(),
            reports: 1,
            report_words: None,
            notes: None,
        }
    }

    /// The index finds each article's mentions, in the event's order, as reading them all does.
    #[test]
    fn an_article_s_mentions_are_those_a_scan_finds() {
        // Articles in no order, repeated, enough of them for the event to be indexed.
        let articles: Vec<usize> = (0..3 * INDEXED_FROM).map(|k| (k * 7) % 11).collect();
        let events = vec![event(&[3, 1, 3]), event(&articles)];
        let index = ByArticle::new(&events);
        assert_eq!(index.order.len(), 1, "only the event with many mentions is indexed");
        for (ei, e) in events.iter().enumerate() {
            for a in 0..12 {
                let ai = ArticleId(a);
                let scan: Vec<&str> = e.mentions.iter().filter(|m| m.article == ai).map(|m| &*m.block).collect();
                let found: Vec<&str> = of(Some(&index), ei, e, ai).map(|m| &*m.block).collect();
                let unindexed: Vec<&str> = of(None, ei, e, ai).map(|m| &*m.block).collect();
                assert_eq!(found, scan, "event {ei}, article {a}");
                assert_eq!(unindexed, scan, "event {ei}, article {a}");
            }
        }
        // An index of other events is not read for this one.
        assert_eq!(of(Some(&index), 1, &events[0], ArticleId(3)).count(), 2);
    }
}
