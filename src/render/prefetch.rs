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

/// How many events ahead of the one about to be written [`event`] is called.
pub const AHEAD: usize = 4;

/// How many events ahead of [`event`]'s own an event's arrays are asked for: far enough that
/// they have come when its texts are asked for, [`AHEAD`] to twice that before it is written.
const ARRAYS_AHEAD: usize = 2 * AHEAD;

/// How many events' texts are asked for at once ([`event`]).
const BATCH: usize = AHEAD;

/// Asks for what writing the events a few entries ahead will read: the arrays of event `ei +
/// ARRAYS_AHEAD`, and, once in [`BATCH`] events, what the mentions of events `ei` to `ei +
/// BATCH` point at (their arrays asked for earlier have come). Called with `ei` [`AHEAD`]
/// events before the one about to be written. Reading a text's first byte (as its shared
/// string checks its bounds) waits for it: asked for one event at a time, each event was a
/// wait (about 2% of a one-thread build); a batch's texts are all asked for before any
/// comes, and wait once.
pub fn event(site: &Site, ei: usize) {
    if let Some(e) = site.events.get(ei + ARRAYS_AHEAD) {
        line(e.mentions.as_ptr());
        line(e.sources.as_ptr());
        line(e.id.as_ptr());
    }
    if !ei.is_multiple_of(BATCH) {
        return;
    }
    for e in site.events.iter().skip(ei).take(BATCH) {
        line(e.text.as_ptr());
        for m in e.mentions.iter().take(4) {
            line(m.sentence.as_ptr());
            line(m.block.as_ptr());
        }
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
