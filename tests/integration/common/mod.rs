//! Helpers shared by the integration tests (included with `mod common;`; a folder module, so
//! that cargo builds no test binary of its own for it).
#![allow(dead_code)]

use byline::analysis::{analyze, Actor, ActorKind, Analysis, Options, Quote, QuoteKind};
use byline::article::{load_source, Article};
use chrono::NaiveDate;

/// Loads the one article of a bundled sample file.
pub fn sample(name: &str) -> Article {
    let path = format!("{}/assets/samples/{name}", env!("CARGO_MANIFEST_DIR"));
    let mut loaded = load_source(&path);
    assert_eq!(loaded.len(), 1, "{path} holds one article");
    loaded.remove(0).result.expect("sample loads")
}

/// Analyses an article, optionally with a reference date.
pub fn run(article: &Article, date: Option<&str>) -> Analysis {
    let reference_date = date.map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").expect("date"));
    analyze(article, Options { reference_date })
}

/// The actor named `name`, failing with the list of actors otherwise.
pub fn actor<'a>(a: &'a Analysis, name: &str) -> &'a Actor {
    a.actors.iter().find(|x| x.name == name).unwrap_or_else(|| {
        panic!(
            "no actor {name:?}; actors: {:?}",
            a.actors.iter().map(|x| &x.name).collect::<Vec<_>>()
        )
    })
}

/// The people of an analysis.
pub fn people(a: &Analysis) -> Vec<&str> {
    a.actors
        .iter()
        .filter(|x| x.kind == ActorKind::Person)
        .map(|x| x.name.as_str())
        .collect()
}

/// The speaker's name of a quote.
pub fn speaker<'a>(a: &'a Analysis, q: &Quote) -> Option<&'a str> {
    q.speaker.and_then(|s| a.actor(s)).map(|x| x.name.as_str())
}

/// The quote of this kind whose text starts with `prefix`.
pub fn quote<'a>(a: &'a Analysis, kind: QuoteKind, prefix: &str) -> &'a Quote {
    a.quotes
        .iter()
        .find(|q| q.kind == kind && q.text.starts_with(prefix))
        .unwrap_or_else(|| {
            panic!(
                "no {kind:?} quote starting {prefix:?}; quotes: {:?}",
                a.quotes.iter().map(|q| &q.text).collect::<Vec<_>>()
            )
        })
}

/// The value of the `nth` time expression whose words are, or hold, `text` ("Wednesday" also
/// finds "early Wednesday").
pub fn time_value<'a>(a: &'a Analysis, text: &str, nth: usize) -> &'a str {
    let holds = |t: &str| {
        t == text
            || t.starts_with(&format!("{text} "))
            || t.ends_with(&format!(" {text}"))
            || t.contains(&format!(" {text} "))
    };
    a.times
        .iter()
        .filter(|t| holds(&t.text))
        .nth(nth)
        .map(|t| t.value.as_str())
        .unwrap_or_else(|| {
            panic!(
                "no time {text:?} #{nth}; times: {:?}",
                a.times
                    .iter()
                    .map(|t| (&t.text, &t.value))
                    .collect::<Vec<_>>()
            )
        })
}
