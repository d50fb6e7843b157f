//! Quotes: direct quotations and reported speech, each with its speaker and cue.
//!
//! Direct quotes are the words between paired quotation marks (curly, straight, guillemets),
//! including partial quotes inside a sentence and quotes running over several paragraphs.
//! Each is attributed by its cue: before it ("X said: “…”", "X described it as “…”",
//! "According to X, “…”"), after it ("“…,” X said", "“…,” said X"), or, with no cue, by the
//! quote just before it when it carries on the same speech. Indirect quotes are clauses
//! reported by a verb ("X claimed that …", "X said the talks …", "…, officials said").
//! Speakers are actor mentions (names, surnames, pronouns, descriptions); unnamed speakers
//! ("officials", "a source") become group and other actors. Precision first: when the cue is
//! unclear, the speaker stays unknown.

use super::actors::{display_form, Found, WorkActor};
use super::lexicon::{lower, Facts, Lexicon, QuoteWords};
use super::model::{ActorId, ActorKind, MentionVia, Quote, QuoteId, QuoteKind, Span};
use super::segment::{is_apostrophe, Document, TokenKind};
use rustc_hash::FxHashSet;

mod cues;
mod marks;
mod reported;
mod speakers;

/// Nouns for documents that report things ("the report said", "a new poll found").
fn document_nouns() -> &'static FxHashSet<&'static str> {
    &Lexicon::get().document_nouns
}

/// The quote reader's word lists.
fn words() -> &'static QuoteWords {
    &Lexicon::get().quote_words
}

/// Verb forms whose infinitive reports an intention ("wants to", "plans to").
fn intention_verbs() -> &'static FxHashSet<&'static str> {
    &Lexicon::get().intention_verbs
}

/// A pair of quotation marks found in the text.
#[derive(Debug, Clone, Copy)]
struct Marks {
    /// Index of the opening mark token.
    open: usize,
    /// Index of the closing mark token, or the first token after the paragraph when the
    /// quote runs on to the next paragraph.
    close: usize,
    /// True when the closing mark was found.
    closed: bool,
}

/// A cue with the speaker it names.
#[derive(Debug, Clone, Copy)]
struct Cue {
    /// The cue words.
    span: Span,
    /// The speaker (working index into `Found`), if the cue names one.
    speaker: Option<usize>,
}

fn is_open_mark(s: &str) -> bool {
    matches!(s, "“" | "«" | "„")
}

fn is_close_mark(s: &str) -> bool {
    matches!(s, "”" | "»")
}

struct Reader<'a, 't> {
    doc: &'a Document<'t>,
    lex: &'a Lexicon,
    found: &'a mut Found,
}

impl<'a, 't> Reader<'a, 't> {
    fn lower(&self, i: usize) -> &'a str {
        self.doc.low(i)
    }

    /// True when token `j` is the `s` of a possessive: an apostrophe before it ("Roe’s").
    fn is_possessive_s(&self, j: usize) -> bool {
        j > 0 && self.lower(j) == "s" && is_apostrophe(self.doc.tok(j - 1))
    }

    /// True when token `k` is a reporting verb ("said", "warned"): a lower-case word that is
    /// not part of a name ("United States", "the Washington Post").
    #[inline]
    fn is_cue_verb(&self, k: usize) -> bool {
        // (the fact bit first: most tokens are no reporting verb, and it needs no call)
        self.doc.has(k, Facts::REPORTING) && self.is_reporting_cue_verb(k)
    }

    /// [`Reader::is_cue_verb`] for a token known to be a reporting verb's form.
    fn is_reporting_cue_verb(&self, k: usize) -> bool {
        let Some(tok) = self.doc.tokens.get(k) else {
            return false;
        };
        tok.kind == TokenKind::Word
            && (self.doc.has(k, Facts::LOWER_INITIAL)
                || (words().headline_verbs.contains(self.lower(k))
                    && k > 0
                    && self.same_sentence(k - 1, k)
                    && self.doc.tokens[k - 1].kind == TokenKind::Word))
            && self.found.mention_overlapping(tok.span).is_none()
    }

    /// True when tokens `v` and `v + 1` are a phrasal reporting verb: "she went on", "Roe
    /// shot back", "her husband cut in".
    fn is_phrasal_cue(&self, v: usize) -> bool {
        let particle = self.lower(v + 1);
        if !matches!(particle, "on" | "back" | "in")
            || self
                .doc
                .tokens
                .get(v)
                .is_none_or(|t| t.kind != TokenKind::Word)
            || !self.doc.has(v, Facts::LOWER_INITIAL)
        {
            return false;
        }
        // the list's "verb:particle" key, built on the stack
        let verb = self.lower(v).as_bytes();
        let mut key = [0u8; 24];
        let len = verb.len() + 1 + particle.len();
        if len > key.len() {
            return false;
        }
        key[..verb.len()].copy_from_slice(verb);
        key[verb.len()] = b':';
        key[verb.len() + 1..len].copy_from_slice(particle.as_bytes());
        std::str::from_utf8(&key[..len]).is_ok_and(|k| words().phrasal_cues.contains(k))
    }

    /// True when token `v` is a verb that reports a document's words and a document noun is
    /// its subject, right before it or before "that"/"which": "the letter reads", "a memo
    /// that states".
    fn is_document_verb(&self, v: usize) -> bool {
        if v == 0 || !self.is_document_verb_form(v) {
            return false;
        }
        let n = if v >= 2 && matches!(self.lower(v - 1), "that" | "which") {
            v - 2
        } else {
            v - 1
        };
        document_nouns().contains(self.lower(n))
    }

    /// True when token `v` is a verb that reports a document's words after "it": "“…,” it
    /// reads", "it states: “…”" (the document named before speaks; see
    /// [`Reader::document_before`]).
    fn is_it_document_verb(&self, v: usize) -> bool {
        v > 0 && self.lower(v - 1) == "it" && self.is_document_verb_form(v)
    }

    /// True when token `v` reports a document's words after the document or after "it": "the
    /// letter reads", "“…,” it reads".
    fn is_document_cue(&self, v: usize) -> bool {
        self.is_document_verb(v) || self.is_it_document_verb(v)
    }

    /// True when token `v` is a lower-case verb form that reports a document's words ("reads",
    /// "states"), whatever its subject.
    fn is_document_verb_form(&self, v: usize) -> bool {
        self.doc.has(v, Facts::LOWER_INITIAL) && words().document_verbs.contains(self.lower(v))
    }

    /// True when token `v` is the "put" of "as X put it", naming whose words a quotation is
    /// ("as a memo put it", "As Roe put it, “…”").
    fn is_put_it(&self, v: usize) -> bool {
        v >= 2
            && self.lower(v) == "put"
            && self.lower(v + 1) == "it"
            && (v.saturating_sub(6)..v - 1)
                .any(|k| self.lower(k) == "as" && self.same_sentence(k, v))
    }

    fn sentence_range(&self, i: usize) -> std::ops::Range<usize> {
        let s = self.doc.tokens.get(i).map_or(0, |t| t.sentence);
        self.doc.sentence_tokens(s)
    }
}

/// True for a dash or hyphen token ("—", "–", "-").
fn is_dash(t: &str) -> bool {
    matches!(t, "—" | "–" | "-")
}

/// True for a determiner that can follow "one of" before a group's noun: "one of those
/// advisers", "one of his aides".
fn is_group_determiner(l: &str) -> bool {
    matches!(
        l,
        "the" | "those" | "these" | "his" | "her" | "their" | "its" | "our"
    )
}

/// True for an adverb that may open a description of a number or share ("nearly half",
/// "about a third", "only 12").
fn is_approximator(l: &str) -> bool {
    words().approximators.contains(l)
}

/// A name written in capitals, in the usual case: "JAKE TAPPER" -> "Jake Tapper".
fn label_name(label: &str) -> String {
    let mut out = String::with_capacity(label.len());
    let mut start = true;
    for c in label.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic();
    }
    out
}

/// True for a short capitalised phrase such as "Cake Boss" or "State of the Union": at most
/// `max` words, each starting with a capital letter or a digit ("60 Minutes"), short
/// function words aside, and no question or exclamation.
fn is_title_like(text: &str, max: usize) -> bool {
    let small = |w: &str| {
        matches!(
            w,
            "of" | "the" | "a" | "an" | "and" | "for" | "in" | "on" | "to"
        )
    };
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    let mut count = 0;
    for w in text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
    {
        count += 1;
        let ok = if count == 1 {
            capital(w)
        } else {
            capital(w) || small(w)
        };
        if !ok || count > max {
            return false;
        }
    }
    count > 0 && !text.contains(['?', '!'])
}

/// True when `text` has more than `n` words between white space, as
/// `text.split_whitespace().nth(n).is_some()`: counted on the bytes while they are ASCII
/// (most quotations), by `split_whitespace` from the first byte that is not.
fn has_more_words(text: &str, n: usize) -> bool {
    let mut words = 0;
    let mut in_word = false;
    for &b in text.as_bytes() {
        if b >= 0x80 {
            return text.split_whitespace().nth(n).is_some();
        }
        // (the ASCII white space of `char::is_whitespace`, vertical tab included)
        let space = matches!(b, b' ' | b'\t'..=b'\r');
        if !space && !in_word {
            words += 1;
            if words > n {
                return true;
            }
        }
        in_word = !space;
    }
    false
}

/// True when `text` holds the end of a sentence before its last word: "Go. Now".
fn has_inner_sentence(text: &str) -> bool {
    let t = text.trim_end_matches(|c: char| !c.is_alphanumeric());
    t.contains(['.', '?', '!', ';', ':']) && {
        let b = t.as_bytes();
        b.windows(2)
            .any(|w| matches!(w[0], b'.' | b'?' | b'!' | b';' | b':') && w[1] == b' ')
    }
}

/// The span of `spans` (sorted, not overlapping) that contains `span`, if any.
fn covering(spans: &[Span], span: Span) -> Option<Span> {
    let i = spans.partition_point(|q| q.end < span.end);
    spans.get(i).copied().filter(|q| q.contains(span))
}

/// True when the cue of an indirect quote reads as a verb before its clause in `text` ("X
/// claimed …", "according to X, …"), so "SPEAKER CUE CLAUSE" makes a sentence; false for a
/// stance noun after its owner ("Roe’s claim that …", "his strongest support for …") or a
/// passive whose cue follows the clause.
pub fn cue_reads_as_verb(q: &Quote, text: &str) -> bool {
    let (Some(start), Some(end)) = (q.cue_start, q.cue_end) else {
        return true;
    };
    if end > q.start {
        return false;
    }
    // a stance noun's cue starts with its owner: "Roe’s claim", "his strongest support"
    let owner = text
        .get(start..end)
        .and_then(|c| c.split_whitespace().next());
    !owner.is_some_and(|w| {
        let w = lower(w);
        matches!(w.as_str(), "his" | "her" | "their") || w.ends_with("’s") || w.ends_with("'s")
    })
}

/// Finds the quotes of a document in text order; speakers are working indices into `found`
/// (the caller maps them to final ids).
pub fn find_quotes(doc: &Document, lex: &Lexicon, found: &mut Found) -> Vec<Quote> {
    // actors from here on are the reader's own (unnamed speakers, documents, the writer)
    let first_own = found.actors.len();
    let mut reader = Reader { doc, lex, found };
    let direct = reader.direct_quotes();
    let direct_spans: Vec<Span> = direct.iter().map(|d| d.0).collect();
    let indirect = reader.indirect_quotes(&direct_spans);
    let mut all: Vec<(Span, QuoteKind, Option<Cue>)> = direct
        .into_iter()
        .map(|(s, c)| (s, QuoteKind::Direct, c))
        .chain(
            indirect
                .into_iter()
                .map(|(s, c)| (s, QuoteKind::Indirect, Some(c))),
        )
        .collect();
    all.sort_by_key(|q| (q.0.start, q.0.end));
    // a partial quotation inside reported speech is that speaker's: "X said the plan was
    // “dead on arrival”"
    let reported: Vec<(Span, Cue)> = all
        .iter()
        .filter(|q| q.1 == QuoteKind::Indirect)
        .filter_map(|q| q.2.filter(|c| c.speaker.is_some()).map(|c| (q.0, c)))
        .collect();
    for q in all.iter_mut() {
        if q.1 == QuoteKind::Direct && q.2.is_none() {
            let i = reported.partition_point(|r| r.0.start <= q.0.start);
            q.2 = i
                .checked_sub(1)
                .and_then(|i| reported.get(i))
                .filter(|r| r.0.contains(q.0))
                .map(|r| r.1);
        }
    }
    // an unnamed actor made while trying a subject that in the end spoke no quote is not
    // kept
    let mut speaks = vec![false; found.actors.len().saturating_sub(first_own)];
    for a in all.iter().filter_map(|q| q.2.and_then(|c| c.speaker)) {
        if let Some(s) = a.checked_sub(first_own).and_then(|i| speaks.get_mut(i)) {
            *s = true;
        }
    }
    for (w, _) in found.actors[first_own..]
        .iter_mut()
        .zip(&speaks)
        .filter(|(_, &s)| !s)
    {
        w.mentions.clear();
    }
    all.into_iter()
        .enumerate()
        .map(|(i, (span, kind, cue))| {
            let cue_span = cue.map(|c| c.span);
            Quote {
                id: QuoteId(i),
                kind,
                text: span.slice(doc.text).to_owned(),
                start: span.start,
                end: span.end,
                speaker: cue.and_then(|c| c.speaker).map(ActorId),
                cue: cue_span.map(|c| c.slice(doc.text).to_owned()),
                cue_start: cue_span.map(|c| c.start),
                cue_end: cue_span.map(|c| c.end),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
