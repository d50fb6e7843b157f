//! Quotes: direct quotations and reported speech, each with its speaker and cue.

use super::actors::Found;
use super::lexicon::Lexicon;
use super::model::Quote;
use super::segment::Document;

/// Finds the quotes of a document; speakers are working indices into `found`.
pub fn find_quotes(doc: &Document, lex: &Lexicon, found: &mut Found) -> Vec<Quote> {
    let _ = (doc, lex, found);
    Vec::new()
}
