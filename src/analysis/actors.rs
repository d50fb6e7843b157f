//! Actors: names found from capitalisation and lexicons, with kinds and roles.

use super::lexicon::Lexicon;
use super::model::{Actor, ActorId};
use super::segment::Document;

/// Actors under construction, before ids are final.
#[derive(Debug, Default)]
pub struct Found {}

impl Found {
    /// Final actors ordered by first mention, and the map from working index to final id.
    pub fn into_actors(self, text: &str) -> (Vec<Actor>, Vec<Option<ActorId>>) {
        let _ = text;
        (Vec::new(), Vec::new())
    }
}

/// Finds the named actors of a document.
pub fn find_actors(doc: &Document, lex: &Lexicon) -> Found {
    let _ = (doc, lex);
    Found::default()
}
