//! Events: dated clauses with their actors, the quote they report, and a summary.

use super::model::{Actor, Event, Quote, Timex};
use super::segment::Document;

/// Builds the chronological event list.
pub fn find_events(
    doc: &Document,
    actors: &[Actor],
    quotes: &[Quote],
    times: &[Timex],
) -> Vec<Event> {
    let _ = (doc, actors, quotes, times);
    Vec::new()
}
