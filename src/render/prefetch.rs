//! Asking for the memory an event's entry will read a few entries before it is written. The
//! chronology's pages and its JSON take events in order of date, but each event's strings
//! (its text, its id, its mentions and what they point at) were made article by article,
//! all over the heap: writing an entry waited on memory for each in turn, most of its time
//! on a large dossier, where the drawing of these lines ahead lets the waits overlap.

use crate::cache_hint::prefetch as line;
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
