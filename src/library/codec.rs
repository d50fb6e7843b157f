//! Reading cached analyses back: `Deserialize` for the model types whose JSON form is written
//! by hand in [`crate::analysis::model`] (spans as `[start, end]`, ids as `a0`, `q0`, `e0`),
//! the exact inverse of their `Serialize`.

use crate::analysis::{ActorId, EventId, QuoteId, Span};
use serde::de::{Deserializer, Error};
use serde::Deserialize;

impl<'de> Deserialize<'de> for Span {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let [start, end] = <[usize; 2]>::deserialize(d)?;
        Ok(Span::new(start, end))
    }
}

/// Parses an id written as `prefix` then a number.
fn parse_id<'de, D: Deserializer<'de>>(d: D, prefix: &str) -> Result<usize, D::Error> {
    let s = String::deserialize(d)?;
    s.strip_prefix(prefix)
        .and_then(|n| n.parse().ok())
        .ok_or_else(|| D::Error::custom(format!("expected an id like {prefix}0, found {s:?}")))
}

impl<'de> Deserialize<'de> for ActorId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        parse_id(d, "a").map(ActorId)
    }
}

impl<'de> Deserialize<'de> for QuoteId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        parse_id(d, "q").map(QuoteId)
    }
}

impl<'de> Deserialize<'de> for EventId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        parse_id(d, "e").map(EventId)
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::{analyze, Analysis, Options};

    #[test]
    fn an_analysis_round_trips_through_json() {
        let article = crate::article::bundled_samples().remove(0);
        let a = analyze(
            &article,
            Options {
                reference_date: chrono::NaiveDate::from_ymd_opt(2022, 7, 20),
            },
        );
        assert!(!a.actors.is_empty() && !a.quotes.is_empty() && !a.events.is_empty());
        let json = serde_json::to_string(&a).unwrap();
        let back: Analysis = serde_json::from_str(&json).unwrap();
        assert_eq!(back, a);
    }

    #[test]
    fn bad_ids_are_errors() {
        assert!(serde_json::from_str::<crate::analysis::ActorId>("\"q1\"").is_err());
        assert!(serde_json::from_str::<crate::analysis::ActorId>("\"a\"").is_err());
        assert_eq!(
            serde_json::from_str::<crate::analysis::EventId>("\"e12\"").unwrap(),
            crate::analysis::EventId(12)
        );
    }
}
