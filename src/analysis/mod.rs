//! The pure analysis pipeline: text in, [`Analysis`] out. No I/O, no clock, no globals that
//! change: the same text and date always give the same result.
//!
//! Stages, in order: [`segment`] (paragraphs, sentences, tokens), [`actors`] (names, kinds,
//! roles), [`coref`] (titles, pronouns), [`quotes`] (direct and reported speech),
//! [`times`] (TIMEX3), [`events`] (dated statements and happenings).

pub mod actors;
pub mod coref;
pub mod events;
pub mod lexicon;
pub mod model;
pub mod quotes;
pub mod segment;
pub mod times;

pub use model::*;

use crate::article::Article;
use chrono::NaiveDate;

/// Settings for one analysis run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Publication date to resolve relative expressions against, winning over the article's.
    pub reference_date: Option<NaiveDate>,
}

/// Analyses an article: its text, dated by `options.reference_date` or else its own date.
pub fn analyze(article: &Article, options: Options) -> Analysis {
    analyze_text(&article.text, options.reference_date.or(article.published))
}

/// Analyses a text published on `published` (if known).
pub fn analyze_text(text: &str, published: Option<NaiveDate>) -> Analysis {
    let lex = lexicon::Lexicon::get();
    let doc = segment::Document::new(text);
    let mut found = actors::find_actors(&doc, lex);
    coref::resolve(&doc, &mut found);
    let mut quotes = quotes::find_quotes(&doc, lex, &mut found);
    let times = times::find_times_in(&doc, published);
    let (actors, ids) = found.into_actors(text);
    for q in &mut quotes {
        q.speaker = q.speaker.and_then(|a| ids.get(a.0).copied().flatten());
    }
    let events = events::find_events(&doc, &actors, &quotes, &times);
    Analysis {
        sentences: doc.sentences.iter().map(|s| s.span).collect(),
        actors,
        quotes,
        times,
        events,
    }
}
