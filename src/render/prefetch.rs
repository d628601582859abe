//! Asking for the memory an event's entry will read a few entries before it is written. The
//! chronology's pages and its JSON take events in order of date, but each event's strings
//! (its text, its id, its mentions and what they point at) were made article by article,
//! all over the heap: writing an entry waited on memory for each in turn, most of its time
//! on a large dossier, where the drawing of these lines ahead lets the waits overlap.

use super::urls::Urls;
use crate::cache_hint::prefetch as line;
use crate::chronology::Event;
use crate::doc::ArticleId;
use crate::site::Site;

/// How many events ahead an event's own arrays are asked for.
pub const AHEAD: usize = 4;

/// Asks for what writing event `ei` (if there is one) and, half as far ahead, event `ei -
/// AHEAD / 2` read: first the event's arrays, then, once they have come, what its mentions
/// point at. Called with `ei` [`AHEAD`] events before the one about to be written.
pub fn event(site: &Site, ei: usize) {
    if let Some(e) = site.events.get(ei) {
        line(e.mentions.as_ptr());
        line(e.sources.as_ptr());
        line(e.id.as_ptr());
    }
    let Some(e) = ei.checked_sub(AHEAD / 2).and_then(|k| site.events.get(k)) else { return };
    // These read the first bytes of their text (the shared strings check their bounds):
    // the load is then under way, as a prefetch would have it.
    line(e.text.as_ptr());
    for m in e.mentions.iter().take(4) {
        line(m.sentence.as_ptr());
        line(m.block.as_ptr());
    }
}

/// Asks for each event article `ai`'s page lists, all at once, and for its chronology page's
/// number: an article's events are taken all over the chronology, and reading each (its date
/// for the link, then its mentions) waited on memory, three waits an event one after the
/// other (`perf`: about 3% of a one-thread build). Asked for at the start of the page, they
/// come while its context is made.
pub fn article_events(site: &Site, u: &Urls, ai: ArticleId) {
    for &e in site.article_events.get(ai.index()).map_or(&[][..], |v| &v[..]) {
        let ei = e.index();
        if let Some(ev) = site.events.get(ei) {
            let p = (ev as *const Event).cast::<u8>();
            // Every line of the event: which of its fields a line holds is the compiler's
            // choice.
            let mut at = 0;
            while at < std::mem::size_of::<Event>() {
                line(p.wrapping_add(at));
                at += 64;
            }
            line(p.wrapping_add(std::mem::size_of::<Event>() - 1));
        }
        u.prefetch_event(ei);
    }
}

/// Asks for the mentions of each of `events` (whose own lines were asked for by
/// [`article_events`] and have come by now).
pub fn mentions(site: &Site, events: &[usize]) {
    for &ei in events {
        if let Some(e) = site.events.get(ei) {
            line(e.mentions.as_ptr());
        }
    }
}

/// Asks for the words of event `ei`'s first mention in article `ai` that the article's page
/// reads (its paragraph's id, its sentence, its dating words), when `ei` is a few events
/// ahead of the one being linked.
pub fn mention_words(u: &Urls, ei: usize, ai: ArticleId) {
    if let Some(m) = u.mentions_in(ei, ai).next() {
        line(m.block.as_ptr());
        line(m.sentence.as_ptr());
        line(m.expression.as_ptr());
    }
}
