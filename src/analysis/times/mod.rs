//! Temporal expressions: TIMEX3 recognition and normalisation against the publication date.
//!
//! `words` splits the text into tokens and knows the closed word classes (months, units,
//! number words); `recognize` matches expressions over the tokens (numbers, calendar words,
//! quantities of time, with the tense of the sentence to place weekdays and month names) and
//! normalises them with the calendar helpers of `normalize`. Relative expressions resolve
//! against the publication date ("yesterday", "last week", "Tuesday") or against the last date
//! mentioned ("the same day", "a day later", "that week"). One pass, no regexes: a bit table of
//! the words an expression can start with lets almost every token through at a glance.

mod normalize;
mod recognize;
mod words;

use super::model::Timex;
use super::segment::Document;
use chrono::NaiveDate;

/// Exactly the (lower-case) words a temporal expression can start with; the lexicon marks
/// them [`super::lexicon::Facts::TIME_START`].
pub(crate) fn start_words() -> &'static [&'static str] {
    recognize::START_EXACT
}

/// Finds every temporal expression in `text`, in text order, with TIMEX3 type and value
/// normalised against `dct` (the document creation time); unknown parts stay `X`.
pub fn find_times(text: &str, dct: Option<NaiveDate>) -> Vec<Timex> {
    find_times_lowered(text, &text.to_ascii_lowercase(), dct)
}

/// [`find_times`] given `lo`, the text ASCII-lower-cased (byte for byte), so a caller that
/// has it already does not make it again.
pub fn find_times_lowered(text: &str, lo: &str, dct: Option<NaiveDate>) -> Vec<Timex> {
    if lo.len() != text.len() {
        return find_times(text, dct);
    }
    let tokens = words::tokenize(text, &recognize::START_FILTER);
    recognized(text, lo, tokens, dct)
}

/// [`find_times`] of the text of `doc`, whose segmentation spares most of the tokenizing.
pub fn find_times_in(doc: &Document, dct: Option<NaiveDate>) -> Vec<Timex> {
    let tokens = words::tokenize_segmented(doc, &recognize::START_FILTER);
    recognized(doc.text, doc.ascii_lower(), tokens, dct)
}

/// The expressions the recognizer finds over `tokens` of `text` (`lo` lower-cased).
fn recognized(text: &str, lo: &str, tokens: words::Tokens, dct: Option<NaiveDate>) -> Vec<Timex> {
    let words::Tokens { toks, starts } = tokens;
    let found = recognize::Recognizer::new(text, lo, &toks, dct).run(&starts);
    let mut out: Vec<Timex> = Vec::with_capacity(found.len());
    for f in found {
        let (Some(a), Some(b)) = (
            toks.get(f.start),
            f.end.checked_sub(1).and_then(|e| toks.get(e)),
        ) else {
            continue;
        };
        let (start, end) = (a.start, b.end);
        if start >= end || out.last().is_some_and(|t| t.end > start) {
            continue;
        }
        let Some(words) = text.get(start..end) else {
            continue;
        };
        out.push(Timex {
            text: words.to_string(),
            start,
            end,
            kind: f.kind,
            value: f.value,
        });
    }
    out
}

#[cfg(test)]
mod tests;
