//! Actors: names found from capitalisation and lexicons, with kinds, roles and gender.
//!
//! Names are runs of capitalised words. Each run is split into a role prefix ("Iranian Foreign
//! Minister") and a name ("Hossein Amir-Abdollahian"), then typed by lexicons and context:
//! organisations (known names, organisation words, "X news agency", "the Iranian army"), places
//! (countries, their aliases and capitals, cities), groups ("Russian forces") and people. Single
//! words are read in a second pass, once the full names are known, so "Heydari" joins "Kioumars
//! Heydari".

use super::lexicon::{is_determiner, lower, Facts, Gender, Lexicon, PlaceName};
use super::model::{Actor, ActorId, ActorKind, Mention, MentionVia, Span};
use super::segment::{is_all_caps, is_apostrophe, Document, TokenKind};
use rustc_hash::FxHashMap;
use std::borrow::Cow;

/// An actor under construction.
#[derive(Debug, Clone)]
pub struct WorkActor {
    /// Display name.
    pub name: String,
    /// Kind.
    pub kind: ActorKind,
    /// Roles, in order of appearance, without duplicates.
    pub roles: Vec<String>,
    /// Gender, when a name, title or honorific tells it.
    pub gender: Option<Gender>,
    /// Surname (lower case) of a person.
    pub surname: Option<String>,
    /// Mentions found so far (not sorted).
    pub mentions: Vec<(Span, MentionVia)>,
}

/// Actors under construction, before ids are final, with an index of every mention.
#[derive(Debug, Default)]
pub struct Found {
    /// The actors.
    pub actors: Vec<WorkActor>,
    by_key: FxHashMap<String, usize>,
    /// Every mention as (start, end, actor), sorted by start (starts are distinct: mentions
    /// do not overlap).
    occupied: MentionIndex,
    /// Surname (lower case) -> the last person created with it.
    by_surname: FxHashMap<String, usize>,
}

impl Found {
    /// The actor with this merge key, created by `make` if new.
    pub fn actor_for_key(&mut self, key: &str, make: impl FnOnce() -> WorkActor) -> usize {
        if let Some(&i) = self.by_key.get(key) {
            return i;
        }
        let i = self.actors.len();
        let actor = make();
        if let (ActorKind::Person, Some(s)) = (actor.kind, &actor.surname) {
            self.by_surname.insert(s.clone(), i);
        }
        self.actors.push(actor);
        self.by_key.insert(key.to_owned(), i);
        i
    }

    /// Makes `key` another merge key of `actor` (an abbreviation of its name), unless the key
    /// is taken.
    pub fn add_key(&mut self, key: String, actor: usize) {
        self.by_key.entry(key).or_insert(actor);
    }

    /// The actor with this merge key, if any.
    pub fn actor_by_key(&self, key: &str) -> Option<usize> {
        self.by_key.get(key).copied()
    }

    /// Records a mention unless it overlaps one already recorded; returns whether it was added.
    pub fn add_mention(&mut self, actor: usize, span: Span, via: MentionVia) -> bool {
        if span.is_empty() {
            return false;
        }
        // the overlap test of `mention_overlapping`, whose search also gives the place: with
        // no overlap, no mention starts inside the span
        let at = self.occupied.position(span.end);
        if self
            .occupied
            .before(at)
            .is_some_and(|&(_, e, _)| e > span.start)
        {
            return false;
        }
        self.occupied.insert(at, (span.start, span.end, actor));
        if let Some(a) = self.actors.get_mut(actor) {
            a.mentions.push((span, via));
        }
        true
    }

    /// The actor of a recorded mention overlapping `span`, with that mention's span.
    pub fn mention_overlapping(&self, span: Span) -> Option<(Span, usize)> {
        let before = self.occupied.position(span.end);
        if let Some(&(s, e, a)) = self.occupied.before(before) {
            if e > span.start {
                return Some((Span::new(s, e), a));
            }
        }
        None
    }

    /// All mentions in `[from, to)`, in text order, as (span, actor).
    pub fn mentions_between(
        &self,
        from: usize,
        to: usize,
    ) -> impl Iterator<Item = (Span, usize)> + '_ {
        self.occupied
            .chunks_in(from, to)
            .flatten()
            .map(|&(s, e, a)| (Span::new(s, e), a))
    }

    /// The last mention ending at or before `pos`, searching back to `limit`, for which `pick`
    /// holds.
    pub fn last_mention_before(
        &self,
        pos: usize,
        limit: usize,
        mut pick: impl FnMut(Span, usize) -> bool,
    ) -> Option<(Span, usize)> {
        self.occupied
            .rfind_in(limit, pos, |&(s, e, a)| {
                e <= pos && pick(Span::new(s, e), a)
            })
            .map(|&(s, e, a)| (Span::new(s, e), a))
    }

    /// Final actors ordered by first mention (actors without mentions dropped), and the map
    /// from working index to final id.
    pub fn into_actors(self, text: &str) -> (Vec<Actor>, Vec<Option<ActorId>>) {
        let mut order: Vec<(usize, usize)> = self
            .actors
            .iter()
            .enumerate()
            .filter_map(|(i, a)| a.mentions.iter().map(|m| m.0.start).min().map(|s| (s, i)))
            .collect();
        order.sort_unstable();
        let mut ids = vec![None; self.actors.len()];
        let mut actors = Vec::with_capacity(order.len());
        let mut work: Vec<Option<WorkActor>> = self.actors.into_iter().map(Some).collect();
        for (n, &(_, i)) in order.iter().enumerate() {
            let Some(w) = work.get_mut(i).and_then(Option::take) else {
                continue;
            };
            ids[i] = Some(ActorId(n));
            let mut mentions = w.mentions;
            mentions.sort_by_key(|m| (m.0.start, m.0.end));
            actors.push(Actor {
                id: ActorId(n),
                name: w.name,
                kind: w.kind,
                roles: w.roles,
                mentions: mentions
                    .into_iter()
                    .map(|(span, via)| Mention {
                        span: span.into(),
                        text: span.slice(text).to_owned(),
                        via,
                    })
                    .collect(),
            });
        }
        (actors, ids)
    }
}

/// A mention as (start, end, actor).
type Occupied = (usize, usize, usize);

/// Mentions sorted by start, in consecutive chunks of bounded length, so that an insert in the
/// middle moves at most one chunk: linear time overall on book-length documents, where one
/// sorted vector made the passes that add mentions in text order quadratic. An article's few
/// hundred mentions fit in one chunk, which is searched like the plain sorted vector it is.
#[derive(Debug, Default)]
struct MentionIndex {
    /// The chunks, each non-empty and sorted, every start in one below every start in the next.
    chunks: Vec<Vec<Occupied>>,
}

/// A place in a [`MentionIndex`]: chunk and index in it (which may be the chunk's length).
type Place = (usize, usize);

impl MentionIndex {
    /// A chunk holding more mentions than this is split in two.
    const MAX_CHUNK: usize = 2048;

    /// The place of the first mention starting at or after `pos`, the index's end if none.
    /// Its index in the chunk is 0 only in the first chunk.
    fn position(&self, pos: usize) -> Place {
        // the last chunk starting before `pos` holds the place (the first if none does)
        let mut c = self.chunks.len().saturating_sub(1);
        if c > 0 {
            c = self
                .chunks
                .partition_point(|ch| ch.first().is_some_and(|m| m.0 < pos))
                .saturating_sub(1);
        }
        match self.chunks.get(c) {
            Some(ch) => (c, ch.partition_point(|m| m.0 < pos)),
            None => (0, 0),
        }
    }

    /// The mention just before `at`, if any.
    fn before(&self, (c, i): Place) -> Option<&Occupied> {
        // an index 0 is at the start of the first chunk: nothing before
        self.chunks.get(c)?.get(i.checked_sub(1)?)
    }

    /// Inserts `m` at `at`, a place from [`Self::position`] for its start.
    fn insert(&mut self, (c, i): Place, m: Occupied) {
        let Some(ch) = self.chunks.get_mut(c) else {
            self.chunks.push(vec![m]);
            return;
        };
        ch.insert(i.min(ch.len()), m);
        if ch.len() > Self::MAX_CHUNK {
            let rest = ch.split_off(ch.len() / 2);
            self.chunks.insert(c + 1, rest);
        }
    }

    /// The last mention starting in `[from, to)` for which `pick` holds.
    fn rfind_in(
        &self,
        from: usize,
        to: usize,
        mut pick: impl FnMut(&Occupied) -> bool,
    ) -> Option<&Occupied> {
        if let [only] = self.chunks.as_slice() {
            // an article's case, without the chunk bookkeeping
            let lo = only.partition_point(|m| m.0 < from);
            let hi = only.partition_point(|m| m.0 < to);
            return only.get(lo..hi)?.iter().rev().find(|m| pick(m));
        }
        self.chunks_in(from, to)
            .rev()
            .find_map(|ch| ch.iter().rev().find(|m| pick(m)))
    }

    /// The mentions starting in `[from, to)`, by chunk, in text order.
    fn chunks_in(&self, from: usize, to: usize) -> impl DoubleEndedIterator<Item = &[Occupied]> {
        let (c0, i0) = self.position(from);
        let (c1, i1) = self.position(to);
        let chunks = self.chunks.get(c0..=c1).unwrap_or(&[]);
        chunks.iter().enumerate().map(move |(k, ch)| {
            let lo = if k == 0 { i0 } else { 0 };
            let hi = if c0 + k == c1 { i1 } else { ch.len() };
            ch.get(lo..hi).unwrap_or(&[])
        })
    }
}

/// Normalises a phrase for display: typographic apostrophes to `'`, brackets dropped,
/// white space collapsed.
pub fn display_form(s: &str) -> String {
    // most names are already so: ASCII, single spaces, no brackets
    // (a fold without an early exit: the compiler can test many bytes at a time)
    let odd = s.bytes().fold(false, |odd, c| {
        odd | (c == b'[') | (c == b']') | (c.wrapping_sub(b'\t') <= b'\r' - b'\t') | (c >= 0x80)
    });
    let plain = !odd && !s.starts_with(' ') && !s.ends_with(' ') && !s.contains("  ");
    if plain {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(w.chars().filter(|c| !matches!(c, '[' | ']')).map(|c| {
            if c == '’' {
                '\''
            } else {
                c
            }
        }));
    }
    out
}

/// Reading context shared by the actor passes.
struct Reader<'a, 't> {
    doc: &'a Document<'t>,
    lex: &'a Lexicon,
    found: Found,
    /// Single-word runs left for the second pass: (token index, sentence-initial).
    singles: Vec<(usize, bool)>,
    /// Per sentence: a line of sports results, standings or fixtures.
    sports: Vec<bool>,
    /// The end of the run being read when a generational suffix ("Jr.", "III") follows the
    /// name that is classified without it.
    suffix_end: Option<usize>,
}

/// The facts that say a word is in some lexicon (all those below the shape bits).
const LEXICON_FACTS: u32 = (1 << 23) - 1;

/// Generational suffixes that end a person's name ("Martin Luther King Jr.", "John Roe III").
const NAME_SUFFIXES: &[&str] = &["Jr", "Sr", "II", "III", "IV"];

/// An actor key: `prefix` then `rest` ("person:" + "joe biden"), without `format!`'s cost.
fn keyed(prefix: &str, rest: &str) -> String {
    let mut key = String::with_capacity(prefix.len() + rest.len());
    key.push_str(prefix);
    key.push_str(rest);
    key
}

/// An actor key: `prefix` then `words` [`lower`]ed, in one allocation.
fn keyed_lower(prefix: &str, words: &str) -> String {
    let mut key = String::with_capacity(prefix.len() + words.len());
    key.push_str(prefix);
    super::lexicon::lower_into(words, &mut key);
    key
}

/// True for a word token starting with an upper-case letter.
#[inline]
fn is_cap(doc: &Document, i: usize) -> bool {
    doc.has(i, Facts::CAP)
}

/// True for the [`Facts`] of a token that may start a name's run: capitalised, and not a
/// calendar word.
#[inline]
fn starts_run_facts(f: Facts) -> bool {
    f.0 & (Facts::CAP | Facts::CALENDAR) == Facts::CAP
}

/// The longest name, in words, looked up in a caseless sentence.
const CASELESS_NGRAM: usize = 4;

impl<'a, 't> Reader<'a, 't> {
    fn lower(&self, i: usize) -> &'a str {
        self.doc.low(i)
    }

    /// True when token `i` is where a sentence (or a quotation, or a bracket) starts, so its
    /// capital letter says nothing.
    fn initial_position(&self, i: usize) -> bool {
        let t = &self.doc.tokens[i];
        let first = self
            .doc
            .sentences
            .get(t.sentence)
            .map_or(0, |s| s.first_token);
        if i == first {
            return true;
        }
        let prev = self.doc.tok(i - 1);
        // a straight quote opens only when it touches the word: `"You` but not `," Trump`
        if prev == "\"" {
            return self.doc.tokens[i - 1].span.end == t.span.start;
        }
        matches!(prev, "“" | "‘" | "(" | "—" | "–" | ":" | "«" | "-" | ";")
    }

    /// Builds the capitalised runs of one sentence as token ranges.
    fn runs(&self, first: usize, end: usize) -> Vec<(usize, usize)> {
        let doc = self.doc;
        let mut runs = Vec::new();
        let mut i = first;
        while i < end {
            // the tokens that start no run, skipped in one tight loop over their facts
            i += doc
                .facts_in(i..end)
                .iter()
                .take_while(|&&f| !starts_run_facts(f))
                .count();
            if i >= end {
                break;
            }
            let start = i;
            let bracketed = i > first && doc.tok(i - 1) == "[";
            let mut j = i + 1;
            loop {
                if j < end && self.starts_run(j) && self.adjacent_words(j - 1, j) {
                    j += 1;
                    continue;
                }
                // an initial: "John F. Kennedy"
                if j + 1 < end
                    && doc.tok(j) == "."
                    && doc.tok(j - 1).chars().count() == 1
                    && self.starts_run(j + 1)
                {
                    j += 2;
                    continue;
                }
                // "[US President Joe] Biden"
                if bracketed && j + 1 < end && doc.tok(j) == "]" && self.starts_run(j + 1) {
                    j += 2;
                    continue;
                }
                // two particles: "Edwin van der Sar"
                if j + 2 < end
                    && self.doc.has(j, Facts::NAME_PARTICLE)
                    && self.doc.has(j + 1, Facts::NAME_PARTICLE)
                    && self.doc.has(j, Facts::LOWER_INITIAL)
                    && self.starts_run(j + 2)
                    && self.adjacent_words(j - 1, j + 2)
                {
                    j += 3;
                    continue;
                }
                // a joined particle: "Khaled al-Qidra", "Ahmed el-Sayed"
                if j < end && self.adjacent_words(j - 1, j) && is_joined_particle(doc.tok(j)) {
                    j += 1;
                    continue;
                }
                // particles and "of" inside names: "Bank of England", "Ludwig van Beethoven"
                if j + 1 < end && self.starts_run(j + 1) {
                    let w = self.lower(j);
                    let org_ahead = || {
                        let mut n = j + 1;
                        while n < end && self.starts_run(n) {
                            if self.doc.has(n, Facts::ORG_WORD) {
                                return true;
                            }
                            n += 1;
                        }
                        false
                    };
                    // ("West Bank and Gaza": a known place before "and" is one name of two)
                    let place_and = matches!(w, "and" | "&")
                        && self.lex.places.contains_key(&*self.low_words(start, j));
                    let joins = self.doc.has(j, Facts::NAME_PARTICLE)
                        || (!place_and
                            && matches!(w, "of" | "for" | "and" | "&")
                            && ((start..j).any(|k| {
                                self.doc.has(k, Facts::ORG_WORD)
                                    || (w == "of" && self.doc.has(k, Facts::TITLE))
                            }) || (w == "of" && org_ahead())));
                    if joins {
                        j += 2;
                        continue;
                    }
                }
                break;
            }
            runs.push((start, j));
            i = j;
        }
        runs
    }

    fn adjacent_words(&self, a: usize, b: usize) -> bool {
        let ta = self.doc.tokens[a].span;
        let tb = self.doc.tokens[b].span;
        // same line: nothing but spaces between
        !self.doc.text.as_bytes()[ta.end..tb.start].contains(&b'\n')
    }

    fn starts_run(&self, i: usize) -> bool {
        starts_run_facts(self.doc.facts(i))
    }

    /// Words of a token range, skipping punctuation, joined by spaces (borrowed from the
    /// text when they stand there so).
    fn words(&self, a: usize, b: usize) -> Cow<'t, str> {
        match self.doc.spaced_words(a, b) {
            Some(s) => Cow::Borrowed(s),
            None => Cow::Owned(self.joined(a, b, |k| self.doc.tok(k))),
        }
    }

    /// [`lower`] of [`Self::words`]: the tokens' keys joined by spaces (borrowed from the
    /// lower-cased text when they stand there so, else in one allocation).
    fn low_words(&self, a: usize, b: usize) -> Cow<'a, str> {
        match self.doc.spaced_lows(a, b) {
            Some(s) => Cow::Borrowed(s),
            None => Cow::Owned(self.joined(a, b, |k| self.doc.low(k))),
        }
    }

    /// The non-punctuation tokens of `[a, b)`, each as `form` gives it, joined by spaces.
    fn joined<'s>(&self, a: usize, b: usize, form: impl Fn(usize) -> &'s str) -> String {
        // room for the text the tokens span (the words and at most as many spaces)
        let room = match (
            self.doc.tokens.get(a),
            b.checked_sub(1).and_then(|l| self.doc.tokens.get(l)),
        ) {
            (Some(f), Some(l)) if b > a => l.span.end.saturating_sub(f.span.start),
            _ => 0,
        };
        let mut out = String::with_capacity(room);
        for (n, k) in (a..b)
            .filter(|&k| self.doc.tokens[k].kind != TokenKind::Punct)
            .enumerate()
        {
            if n > 0 {
                out.push(' ');
            }
            out.push_str(form(k));
        }
        out
    }

    fn span(&self, a: usize, b: usize) -> Span {
        Span::new(
            self.doc.tokens[a].span.start,
            self.doc.tokens[b - 1].span.end,
        )
    }

    /// If tokens `end`, `end+1` are a possessive `’s` (or a bare `’` after an s), the index
    /// after it.
    fn possessive_after(&self, end: usize) -> Option<usize> {
        let doc = self.doc;
        if end >= doc.tokens.len() || !is_apostrophe(doc.tok(end)) {
            return None;
        }
        if doc.tokens[end].span.start != doc.tokens[end - 1].span.end {
            return None;
        }
        if doc.tok(end + 1) == "s" && doc.tokens[end + 1].span.start == doc.tokens[end].span.end {
            return Some(end + 2);
        }
        doc.tok(end - 1).ends_with('s').then_some(end + 1)
    }

    /// True when a capitalised common word at the start of a sentence is just a word: not
    /// a known name, place, title or abbreviation.
    fn is_plain_word_at(&self, i: usize) -> bool {
        let f = self.doc.facts(i);
        f.has(Facts::COMMON)
            && !f.has(
                Facts::PLACE
                    | Facts::ORGANIZATION
                    | Facts::DEMONYM
                    | Facts::GIVEN
                    | Facts::TITLE
                    | Facts::HONORIFIC
                    | Facts::ALL_CAPS
                    | Facts::WELL_KNOWN,
            )
    }

    /// True when token `i` is a person's initial: one capital letter and a touching full stop
    /// ("M." in "M. Waugh").
    fn is_initial(&self, i: usize) -> bool {
        let doc = self.doc;
        let t = doc.tok(i);
        t.len() == 1
            && t.as_bytes()[0].is_ascii_uppercase()
            && doc.tok(i + 1) == "."
            && doc.tokens[i + 1].span.start == doc.tokens[i].span.end
    }

    /// True when token `i` opens a paragraph.
    fn paragraph_start(&self, i: usize) -> bool {
        let s = self.doc.tokens[i].sentence;
        let Some(sent) = self.doc.sentences.get(s) else {
            return false;
        };
        sent.first_token == i && (s == 0 || self.doc.sentences[s - 1].paragraph != sent.paragraph)
    }

    /// A dateline place: "BRUSSELS 1996-08-31", "WASHINGTON, Aug 31 (Reuters) -", and the
    /// region after its comma ("MAHALA, Bosnia 1996-08-31").
    fn is_dateline_place(&self, first: usize, end: usize) -> bool {
        let doc = self.doc;
        let shouting = |a: usize, b: usize| {
            (a..b).all(|k| doc.tokens[k].kind != TokenKind::Word || doc.has(k, Facts::ALL_CAPS))
        };
        let date_follows = |from: usize, within: usize| {
            (from..(from + within).min(doc.tokens.len())).any(|k| {
                doc.tokens[k].kind == TokenKind::Number
                    || matches!(doc.tok(k), "(" | "-" | "—" | "–")
                    || doc.has(k, Facts::CALENDAR)
            })
        };
        // cheap test first: only a paragraph's first words, or the words after its comma
        if !self.paragraph_start(first) && (first < 2 || doc.tok(first - 1) != ",") {
            return false;
        }
        if self
            .lex
            .organizations
            .contains_key(&*self.low_words(first, end))
        {
            return false;
        }
        let plain = (first..end).all(|k| {
            doc.tokens[k].kind != TokenKind::Word
                || !doc.has(k, Facts::COMMON)
                || doc.has(k, Facts::PLACE)
        }) || self.lex.places.contains_key(&*self.low_words(first, end));
        if !plain {
            return false; // "PRESS DIGEST -", "NOTE -"
        }
        if self.paragraph_start(first) {
            if !shouting(first, end) || end >= doc.tokens.len() {
                return false;
            }
            let next = doc.tok(end);
            return doc.tokens[end].kind == TokenKind::Number
                || matches!(next, "(" | "-" | "—" | "–")
                || (next == "," && date_follows(end + 1, 6));
        }
        // the region after the comma of a dateline
        if first < 2 || doc.tok(first - 1) != "," {
            return false;
        }
        let mut k = first - 2;
        while k > 0 && !self.paragraph_start(k) && doc.tokens[k].kind == TokenKind::Word {
            k -= 1;
        }
        self.paragraph_start(k) && shouting(k, first - 1) && date_follows(end, 3)
    }

    /// True when token `i` has the shape of a describing word, not of a name: an unlisted
    /// word ending in "-ed", "-ly" or "-ing" ("Unseeded", "Regrettably"), or one whose part
    /// after a hyphen is in lower case ("Third-seeded", "Fifth-seed").
    fn describing_word(&self, i: usize) -> bool {
        let doc = self.doc;
        if doc.tokens[i].kind != TokenKind::Word
            || doc.has(
                i,
                Facts::GIVEN | Facts::SURNAME | Facts::PLACE | Facts::ORGANIZATION,
            )
        {
            return false;
        }
        let w = doc.tok(i);
        let l = doc.low(i);
        let hyphen_lower = w
            .split_once('-')
            .is_some_and(|(_, b)| b.chars().next().is_some_and(char::is_lowercase));
        hyphen_lower
            || (l.len() >= 6 && (l.ends_with("ed") || l.ends_with("ly") || l.ends_with("ing")))
    }

    /// True when a comma and a known place stand right after a name that ends at `end`, and
    /// the place closes the phrase ("Sandusky, Ohio,", "Santa Barbara, California."): the
    /// name is a town's. Not in a line of sports results.
    fn place_follows(&self, end: usize) -> bool {
        let doc = self.doc;
        if doc.tok(end) != ","
            || end + 1 >= doc.tokens.len()
            || !self.starts_run(end + 1)
            || self
                .sports
                .get(doc.tokens[end].sentence)
                .copied()
                .unwrap_or(false)
        {
            return false;
        }
        let closes = |k: usize| {
            k >= doc.tokens.len()
                || doc.tokens[k].sentence != doc.tokens[end].sentence
                || matches!(doc.tok(k), "," | "." | ";" | ")")
        };
        (1..=2).any(|n| {
            let last = end + n;
            last < doc.tokens.len()
                && (end + 1..=last).all(|k| self.starts_run(k))
                && closes(last + 1)
                && self
                    .lex
                    .places
                    .contains_key(&*self.low_words(end + 1, last + 1))
        })
    }

    /// True when `[n, end)`, after a nationality, reads as a person's name that the lists do
    /// not know ("Yugoslav Dejan Stefanovic", "Romanian Ruxandra Dragomir"): two or three
    /// capitalised words, none of them a common word, a place, a title or a word of an
    /// organisation's name ("Dutch Royal Shell", "American Home Products" stay whole).
    fn unlisted_name_after_demonym(&self, n: usize, end: usize) -> bool {
        let doc = self.doc;
        let len = end.saturating_sub(n);
        if !(2..=3).contains(&len) {
            return false;
        }
        let words_ok = (n..end).all(|k| {
            doc.tokens[k].kind == TokenKind::Word
                && doc.has(k, Facts::CAP)
                && !doc.has(
                    k,
                    Facts::ALL_CAPS
                        | Facts::COMMON
                        | Facts::PLACE
                        | Facts::PLACE_WORD
                        | Facts::ORG_WORD
                        | Facts::ORGANIZATION
                        | Facts::TITLE
                        | Facts::DEMONYM
                        | Facts::CALENDAR,
                )
        });
        words_ok
            && !self
                .lex
                .organizations
                .contains_key(&*self.low_words(n, end))
    }

    /// True when the run `[first, end)` names a sports team by its town or club name: in a
    /// results or fixtures line, next to a score or between teams, or before or after "beat".
    fn is_team(&self, first: usize, end: usize) -> bool {
        let doc = self.doc;
        let lex = self.lex;
        // cheap test first: a sports line, or a fixture word beside the name
        let near_fixture = (first > 0 && is_fixture_token(doc, first - 1))
            || (end < doc.tokens.len() && is_fixture_token(doc, end));
        if !near_fixture
            && !self
                .sports
                .get(doc.tokens[first].sentence)
                .copied()
                .unwrap_or(false)
        {
            return false;
        }
        let key = self.low_words(first, end);
        if matches!(lex.places.get(&*key), Some(PlaceName::Country { .. }))
            || lex.demonyms.contains_key(&*key)
            || self.found.actor_by_key(&keyed("person:", &key)).is_some()
            || lex.organizations.contains_key(&*key)
        {
            return false;
        }
        let sentence = doc.tokens[first].sentence;
        let sports = self.sports.get(sentence).copied().unwrap_or(false);
        let before = first
            .checked_sub(1)
            .filter(|&p| doc.tokens[p].sentence == sentence);
        let after =
            Some(end).filter(|&n| n < doc.tokens.len() && doc.tokens[n].sentence == sentence);
        let fixture_next = after.is_some_and(|n| is_fixture_token(doc, n));
        let fixture_before = before.is_some_and(|p| is_fixture_token(doc, p));
        let known_place = lex.places.contains_key(&*key);
        if !sports {
            // running text: only a town, and only around "beat" / "v"
            return known_place && (fixture_next || fixture_before);
        }
        let int_after = after.is_some_and(|n| is_plain_int(doc, n));
        let int_before = before.is_none_or(|p| is_plain_int(doc, p));
        if known_place {
            return int_after || int_before || fixture_next || fixture_before;
        }
        // an unknown name in a table is a club, unless it reads like a person's
        // ("Chelsea 2 Coventry 0", "Reading 2 Stoke 2": a given name or a common word alone
        // between scores is a club's)
        let between_scores = end == first + 1 && int_before && int_after;
        let personal = ((self.doc.has(first, Facts::GIVEN)
            || (end == first + 1 && doc.has(first, Facts::COMMON)))
            && !between_scores)
            || doc.tok(first).chars().count() == 1
            || (end == first + 1 && self.person_with_surname(&key).is_some());
        !personal && ((int_before && int_after) || fixture_next || fixture_before)
    }

    /// Records the run `[first, end)` as a sports team.
    fn add_team(&mut self, first: usize, end: usize) {
        let words = self.words(first, end);
        let key = keyed_lower("org:", &words);
        let display = display_form(&words);
        let i = self
            .found
            .actor_for_key(&key, || work(display, ActorKind::Organization, None));
        let after = self.possessive_after(end);
        let via = possessive_or(after, MentionVia::Name);
        self.found
            .add_mention(i, self.span(first, after.unwrap_or(end)), via);
    }

    /// First pass over one run.
    fn read_run(&mut self, first: usize, end: usize) {
        // a generational suffix belongs to a person's name but tells nothing of its kind
        // (and "King" before it is no title): the name is read without it, and
        // [`Self::read_plain_name`] takes it back
        self.suffix_end = None;
        let suffix = end >= first + 3
            && self.doc.tokens[end - 1].kind == TokenKind::Word
            && NAME_SUFFIXES.contains(&self.doc.tok(end - 1).trim_end_matches('.'))
            && (first..end - 1)
                .filter(|&k| self.doc.tokens[k].kind == TokenKind::Word)
                .nth(1)
                .is_some();
        let end = if suffix {
            self.suffix_end = Some(end);
            end - 1
        } else {
            end
        };
        let doc = self.doc;
        if self.is_team(first, end) || self.is_club_by_player(first, end) {
            self.add_team(first, end);
            return;
        }
        if self.is_dateline_place(first, end) {
            let words = self.words(first, end);
            let place = self
                .lex
                .places
                .get(&*self.low_words(first, end))
                .cloned()
                .unwrap_or(PlaceName::Other);
            self.add_place(&place, &words, self.span(first, end), false);
            return;
        }
        // `" The United States will`: "The" before a known place's or organisation's name is
        // no part of it (but "The Hague", "The New York Times" are names as a whole)
        let first = if end > first + 1
            && doc.tok(first) == "The"
            && !self.lex.places.contains_key(&*self.low_words(first, end))
            && !self
                .lex
                .organizations
                .contains_key(&*self.low_words(first, end))
            && {
                let rest = self.low_words(first + 1, end);
                self.lex.places.contains_key(&*rest) || self.lex.organizations.contains_key(&*rest)
            } {
            first + 1
        } else {
            first
        };
        let mut a = first;
        // a capitalised common word at the start of a sentence is just a word (but "Aston
        // Villa", "Young Boys": not when the whole run is a known organisation's name)
        let known_whole = end > first + 1 && self.initial_position(first) && {
            let key = self.low_words(first, end);
            self.lex.organizations.contains_key(&*key) || self.lex.places.contains_key(&*key)
        };
        while a < end && !known_whole && self.initial_position(first) && a == first {
            // ... unless it is the surname of someone already named ("Jobs welcomed", "Trump said")
            // or an initial ("M. Waugh", "S. Law")
            // or a Korean family name ("Ban Ki-moon")
            if self.is_plain_word_at(a)
                && self.person_with_surname(self.lower(a)).is_none()
                && !self.is_initial(a)
                && !(a + 2 == end && is_korean_given_name(doc.tok(a + 1)))
            {
                // "Flynn says …" in a headline before "Michael Flynn": a listed surname alone
                // waits for the names read after it
                if end == first + 1 && doc.has(a, Facts::SURNAME) {
                    self.singles.push((a, true));
                }
                a += 1;
            } else {
                break;
            }
        }
        // "Unseeded Pat Rafter", "Third-seeded Wayne Ferreira", "Regrettably Jimmy": a
        // describing word that opens the sentence before a given name is no part of the name
        if a == first
            && end >= first + 2
            && self.initial_position(first)
            && self.describing_word(first)
            && doc.has(first + 1, Facts::GIVEN)
        {
            a += 1;
        }
        // "Shares of Acme Mining Ltd": no name starts with the "of" left after the opener
        while a > first && a < end && !is_cap(doc, a) {
            a += 1;
        }
        if a >= end {
            return;
        }
        // "Ohio-based KeyCorp": the name after a place-based prefix is a company's
        let mut based = false;
        // "Serb-held Doboj", "Israeli-occupied Hebron": the name after is a place's
        let mut held = a == first
            && first > 0
            && self.adjacent_words(first - 1, first)
            && doc.has(first - 1, Facts::LOWER_INITIAL)
            && is_holding_participle(doc.low(first - 1));
        while a + 1 < end && is_hyphen_prefix(doc.tok(a)) {
            based |= doc.tok(a).ends_with("-based");
            held |= is_holding_participle(doc.low(a));
            a += 1;
        }
        if held
            && !(a..end).any(|k| doc.has(k, Facts::ORG_WORD | Facts::GIVEN | Facts::TITLE))
            && !self
                .lex
                .organizations
                .contains_key(&*self.low_words(a, end))
        {
            let words = self.words(a, end);
            let place = self
                .lex
                .places
                .get(&*self.low_words(a, end))
                .cloned()
                .unwrap_or(PlaceName::Other);
            let after = self.possessive_after(end);
            self.add_place(
                &place,
                &words,
                self.span(a, after.unwrap_or(end)),
                after.is_some(),
            );
            return;
        }
        if based && !self.lex.places.contains_key(&*self.low_words(a, end)) {
            let words = self.words(a, end);
            let display = display_form(&words);
            let i = self.found.actor_for_key(&keyed_lower("org:", &words), || {
                work(display, ActorKind::Organization, None)
            });
            let after = self.possessive_after(end);
            let via = possessive_or(after, MentionVia::Name);
            self.found
                .add_mention(i, self.span(a, after.unwrap_or(end)), via);
            return;
        }
        // split off a title prefix: the last title or honorific followed by more name words
        let mut name_start = a;
        let mut title_end = None;
        let mut first_title = None;
        let mut k = a;
        while k < end {
            let l = self.lower(k);
            // "American Oliver McCall", "Brazilian-born Luis Oliveira"
            // ("American Nate Miller": or two more words, the last a known surname)
            let demonym = self.doc.has(k, Facts::DEMONYM);
            let nationality = (demonym || l.ends_with("-born") || self.lex.party_words.contains(l))
                && (self.doc.has(k + 1, Facts::GIVEN)
                    || (k + 3 == end
                        && !self.doc.has(k + 1, Facts::VERY_COMMON)
                        && self.doc.has(k + 2, Facts::SURNAME))
                    || (demonym && self.unlisted_name_after_demonym(k + 1, end)));
            // "South African Amanda Coetzer": a nationality of two words
            let two_word_nationality = !nationality
                && k + 4 <= end
                && !demonym
                && self.doc.has(k, Facts::CAP)
                && self.doc.tokens[k + 1].kind == TokenKind::Word
                && self.lex.demonyms.contains_key(&*self.low_words(k, k + 2))
                && (self.doc.has(k + 2, Facts::GIVEN)
                    || self.unlisted_name_after_demonym(k + 2, end));
            let is_title = self.doc.has(k, Facts::TITLE | Facts::HONORIFIC)
                || nationality
                || two_word_nationality;
            if is_title && k + 1 < end {
                first_title.get_or_insert(k);
                let mut n = if two_word_nationality { k + 2 } else { k + 1 };
                if doc.tok(n) == "." {
                    n += 1;
                }
                if self.lower(n) == "of" && n + 1 < end {
                    // "Secretary of State Antony Blinken": the title takes "of X"
                    let rest = end - (n + 1);
                    let take = rest.saturating_sub(2).max(1).min(rest);
                    n += 1 + take;
                }
                if n < end {
                    title_end = Some(n);
                    name_start = n;
                }
                k = n;
                continue;
            }
            k += 1;
        }
        // "Apple Chief Executive Officer", "Chief Operating Officer": a run that ends on a
        // title names a role (and maybe the organisation before it), not a person
        if let Some(t) = first_title.filter(|_| end - a >= 2) {
            let of_before = t > a && self.lower(t - 1) == "of";
            // ("Prime Minister John Major" is a person's name)
            let given_before = self.doc.has(end - 2, Facts::GIVEN);
            // ("Mr. King" is a person's name too)
            let honorific = (a..end).any(|k| self.doc.has(k, Facts::HONORIFIC));
            if self.doc.has(end - 1, Facts::TITLE) && !of_before && !given_before && !honorific {
                if t > a {
                    if (a..t).any(|k| self.doc.has(k, Facts::ORG_WORD)) {
                        self.classify(a, a, t, false);
                    } else {
                        self.read_title_owner(a, t);
                    }
                }
                return;
            }
        }
        // the name part may still be an organisation (General Motors, Bank of England)
        let name_has_org_word = (name_start..end).any(|k| self.doc.has(k, Facts::ORG_WORD));
        if name_has_org_word && title_end.is_some() {
            name_start = a;
            title_end = None;
        }
        // "Ryanair CEO Michael O'Leary": the organisation before the title
        if let (Some(_), Some(t)) = (title_end, first_title) {
            if t > a {
                self.read_title_owner(a, t);
            }
        }
        self.classify(a, name_start, end, title_end.is_some());
    }

    /// Types the name `[n0, end)` (with an optional title prefix `[a, n0)`) and records it.
    fn classify(&mut self, a: usize, n0: usize, end: usize, has_title: bool) {
        let lex = self.lex;
        let doc = self.doc;
        let name_words = self.words(n0, end);
        let key = self.low_words(n0, end);
        // the whole name's lexicon entries, looked up once (a one-word name's key is its
        // token's, whose facts say which lists hold it: no look-up when none does)
        let one_word = n0 + 1 == end;
        let place_of = if one_word && !doc.has(n0, Facts::PLACE) {
            None
        } else {
            lex.places.get(&*key)
        };
        let after = self.possessive_after(end);
        let mention_end = after.unwrap_or(end);
        let via_full = if after.is_some() {
            MentionVia::Possessive
        } else {
            MentionVia::Name
        };

        // "Kelbrook shares", "Kelbrook Mills employees": a company's name, not a person's
        let company_noun = end < doc.tokens.len()
            && doc.has(end, Facts::LOWER_INITIAL)
            && lex.company_nouns.contains(doc.low(end));
        if company_noun
            && !has_title
            && place_of.is_none()
            && !doc.has(n0, Facts::DEMONYM | Facts::GIVEN)
            && !lex.organizations.contains_key(&*key)
            && self.found.actor_by_key(&keyed("person:", &key)).is_none()
        {
            let display = display_form(&name_words);
            let i = self.found.actor_for_key(&keyed("org:", &key), || {
                work(display, ActorKind::Organization, None)
            });
            self.found
                .add_mention(i, self.span(n0, end), MentionVia::Name);
            return;
        }
        // "Tasnim news agency", "Iranian army", "Russian forces"
        // (a place stays a place: "the Tehran government" speaks of Iran)
        let org_noun = self.org_noun_after(end).filter(|_| place_of.is_none());
        if let Some((noun_end, kind)) = org_noun {
            if !has_title {
                let first_is_demonym = lex.demonyms.contains_key(&*key);
                let full = self.words(n0, noun_end);
                let kind = if kind == ActorKind::Group && !first_is_demonym {
                    return self.read_plain_name(a, n0, end, has_title, &key, &name_words);
                } else {
                    kind
                };
                let nkey = keyed_lower("org:", &full);
                let name = display_form(&full);
                let i = self.found.actor_for_key(&nkey, || work(name, kind, None));
                // the mention is the name itself ("Tasnim"), unless the name is the whole
                // phrase ("Iranian army")
                let mention_end = if first_is_demonym { noun_end } else { end };
                self.found
                    .add_mention(i, self.span(n0, mention_end), MentionVia::Name);
                return;
            }
        }
        if one_word && !has_title && doc.has(n0, Facts::DEMONYM) && lex.demonyms.contains_key(&*key)
        {
            // "Cuban said", "said Cuban.": after "Mark Cuban", the surname standing as a noun
            // next to a reporting verb or before a mark is the person, not a nationality
            // ("Cuban exiles said" keeps its adjective)
            let as_noun = after.is_some()
                || doc.has(end, Facts::REPORTING)
                || doc
                    .tokens
                    .get(end)
                    .is_none_or(|t| t.kind == TokenKind::Punct)
                || (n0 > 0 && doc.has(n0 - 1, Facts::REPORTING));
            if let Some(p) = self.person_with_surname(&key).filter(|_| as_noun) {
                let via = possessive_or(after, MentionVia::Surname);
                self.found.add_mention(p, self.span(n0, mention_end), via);
            }
            return; // an adjective of nationality alone is not an actor
        }
        // "Jordan said": after "Neil Jordan", the surname is the person, not the country
        if n0 + 1 == end && !has_title {
            if let Some(p) = self.person_with_surname(&key) {
                let via = possessive_or(after, MentionVia::Surname);
                self.found.add_mention(p, self.span(n0, mention_end), via);
                return;
            }
        }
        let country = matches!(place_of, Some(PlaceName::Country { .. }));
        let org_of =
            if one_word && (!doc.has(n0, Facts::ORGANIZATION) || self.unit_after_number(n0)) {
                None
            } else {
                lex.organizations.get(&*key)
            };
        if !has_title && !country && org_of.is_none() {
            // "the town of Moengo", "Guangdong province"
            if self.place_noun_around(n0, end) {
                let place = place_of.cloned().unwrap_or(PlaceName::Other);
                self.add_place(
                    &place,
                    &name_words,
                    self.span(n0, mention_end),
                    after.is_some(),
                );
                return;
            }
            // "Changi International Airport", "Wall Street"
            if n0 + 1 < end
                && doc.has(end - 1, Facts::PLACE_WORD)
                && !doc.has(end - 1, Facts::ORG_WORD)
            {
                self.add_place(
                    &PlaceName::Other,
                    &name_words,
                    self.span(n0, mention_end),
                    after.is_some(),
                );
                return;
            }
            // "Air Canada", "Manchester United": a place inside a longer name, not a person's
            // (but "San Francisco" is a place as a whole, though "San" is a town too)
            let around = if place_of.is_some() {
                None
            } else {
                self.name_around_place(n0, end)
            };
            if let Some(kind) = around {
                let display = display_form(&name_words);
                let k = if kind == ActorKind::Place {
                    "place"
                } else {
                    "org"
                };
                let i = self
                    .found
                    .actor_for_key(&[k, ":", &*key].concat(), || work(display, kind, None));
                self.found
                    .add_mention(i, self.span(n0, mention_end), via_full);
                return;
            }
            // "the daily Granma", "carmaker Kia"
            if self.org_prefix_before(n0) && place_of.is_none() {
                let display = display_form(&name_words);
                let i = self.found.actor_for_key(&keyed("org:", &key), || {
                    work(display, ActorKind::Organization, None)
                });
                self.found
                    .add_mention(i, self.span(n0, mention_end), via_full);
                return;
            }
        }
        // known organisations and places, by their whole name
        if let Some(canonical) = org_of {
            let name = canonical.clone();
            let i = self
                .found
                .actor_for_key(&keyed_lower("org:", canonical), || {
                    work(name, ActorKind::Organization, None)
                });
            let via = if lower(canonical) == key {
                via_full
            } else {
                MentionVia::Alias
            };
            self.found.add_mention(i, self.span(n0, mention_end), via);
            return;
        }
        // "GAO" is an office, not the town of Gao: a short abbreviation is a place only
        // when it stands for a country ("US", "UK")
        let short_caps = n0 + 1 == end
            && doc.has(n0, Facts::ALL_CAPS)
            && doc.tok(n0).chars().filter(|c| c.is_alphabetic()).count() <= 4;
        // "US$ 40 billion": a currency, not the country
        if short_caps && doc.tok(end) == "$" {
            return;
        }
        let place = place_of.filter(|p| !short_caps || matches!(p, PlaceName::Country { .. }));
        if let Some(place) = place {
            if !has_title {
                self.add_place(
                    place,
                    &name_words,
                    self.span(n0, mention_end),
                    after.is_some(),
                );
                return;
            }
        }
        // organisations by their words, qualified by a country: "Iran's Foreign Ministry"
        let has_org_word = (n0..end).any(|k| self.doc.has(k, Facts::ORG_WORD));
        if has_org_word && !has_title {
            let (qualifier, core_start) = self.country_qualifier(n0, end);
            let core = self.words(core_start, end);
            let nkey = format!(
                "org:{}|{}",
                qualifier.as_deref().unwrap_or(""),
                lower(&core)
            );
            let display = match (&qualifier, core_start > n0) {
                (_, true) => display_form(&name_words),
                (Some(q), false) => self
                    .possessive_country_before(n0)
                    .map(|_| format!("{q}'s {}", display_form(&core)))
                    .unwrap_or_else(|| display_form(&core)),
                (None, false) => display_form(&core),
            };
            let i = self
                .found
                .actor_for_key(&nkey, || work(display, ActorKind::Organization, None));
            self.found
                .add_mention(i, self.span(core_start, mention_end), via_full);
            // "Newcrest Mining Ltd" is then "Newcrest" alone ("Newcrest said")
            let f = self.lower(core_start);
            if end - core_start >= 2
                && doc.tokens[core_start].kind == TokenKind::Word
                && !doc.has(
                    core_start,
                    Facts::ORG_WORD
                        | Facts::VERY_COMMON
                        | Facts::PLACE
                        | Facts::DEMONYM
                        | Facts::GIVEN,
                )
            {
                self.found.add_key(format!("orgfirst:{f}"), i);
            }
            return;
        }
        // "Lehman analyst Blake Bath", "Orvane Rovers coach Tim Quell": an unknown name before
        // a lower-case title and a person's name is the organisation the title belongs to
        // (not someone's aide: "Netanyahu aide Dore Gold"; and a champion's is an event's)
        let title_of_owner = end + 1 < doc.tokens.len()
            && !has_title
            && doc.has(end, Facts::LOWER_INITIAL)
            && doc.has(end, Facts::TITLE)
            && doc.low(end) != "champion"
            && self.starts_run(end + 1)
            && !doc.has(n0, Facts::DEMONYM | Facts::GIVEN)
            && !(n0..end).any(|k| doc.has(k, Facts::TITLE | Facts::ROLE_MODIFIER))
            && !(self.initial_position(n0) && doc.has(n0, Facts::COMMON))
            && !doc.has(end - 1, Facts::SURNAME)
            && self.person_with_surname(doc.low(end - 1)).is_none()
            && self.found.actor_by_key(&keyed("person:", &key)).is_none();
        if title_of_owner {
            let display = display_form(&name_words);
            let i = self.found.actor_for_key(&keyed("org:", &key), || {
                work(display, ActorKind::Organization, None)
            });
            self.found
                .add_mention(i, self.span(n0, mention_end), via_full);
            return;
        }
        if doc.tokens[n0].kind == TokenKind::Word && doc.has(n0, Facts::ALL_CAPS) && n0 + 1 == end {
            if self.read_bracketed_acronym(n0) || self.is_acronym_of_preceding(n0) {
                return;
            }
            self.singles.push((n0, self.initial_position(n0)));
            return;
        }
        self.read_plain_name(a, n0, end, has_title, &key, &name_words)
    }

    /// A name of several words that holds a known place but is not one ("Air Canada",
    /// "Hong Kong Standard", "East Jerusalem"): a place when the other words only point
    /// the compass or name a people, else an organisation. None when the name may be a
    /// person's ("Jack London") or holds no place.
    fn name_around_place(&self, n0: usize, end: usize) -> Option<ActorKind> {
        let lex = self.lex;
        let words: Vec<usize> = (n0..end)
            .filter(|&k| self.doc.tokens[k].kind == TokenKind::Word)
            .collect();
        if words.len() < 2 || words.len() > 6 || self.doc.has(n0, Facts::GIVEN) {
            return None;
        }
        // "Wang Donghai": a known surname that is not a place opens a person's name
        if words.len() == 2
            && self.doc.has(n0, Facts::SURNAME)
            && !self.doc.has(n0, Facts::VERY_COMMON | Facts::PLACE)
        {
            return None;
        }
        let known = |k: usize| self.found.actor_by_key(&keyed("person:", self.lower(k)));
        if words
            .iter()
            .any(|&k| known(k).is_some() || self.person_with_surname(self.lower(k)).is_some())
        {
            return None;
        }
        // the longest sub-sequence of words that is a known place
        let mut best: Option<(usize, usize)> = None;
        for i in 0..words.len() {
            for j in (i + 1..=words.len()).rev() {
                if j - i == words.len() {
                    continue;
                }
                if best.is_some_and(|(a, b)| b - a >= j - i) {
                    break;
                }
                let key = self.low_words(words[i], words[j - 1] + 1);
                if lex.places.contains_key(&*key) {
                    best = Some((i, j));
                    break;
                }
            }
        }
        let (a, b) = best?;
        let others_point = words[..a].iter().chain(&words[b..]).all(|&k| {
            let l = self.lower(k);
            lex.compass_words.contains(l) || self.doc.has(k, Facts::DEMONYM)
        });
        Some(if others_point {
            ActorKind::Place
        } else {
            ActorKind::Organization
        })
    }

    /// The capitalised words `[a, t)` before a title inside a run ("Ryanair" in "Ryanair CEO
    /// Michael O'Leary"): a known place or organisation, or an unknown name read as the
    /// organisation the title belongs to. Nationalities, roles and ordinary words are left.
    fn read_title_owner(&mut self, a: usize, t: usize) {
        let lex = self.lex;
        let words = self.words(a, t);
        let key = self.low_words(a, t);
        if (a..t).any(|k| self.doc.tokens[k].kind != TokenKind::Word) {
            return;
        }
        if let Some(place) = lex.places.get(&*key) {
            self.add_place(place, &words, self.span(a, t), false);
            return;
        }
        let plain = (a..t).all(|k| {
            !self.doc.has(
                k,
                Facts::DEMONYM
                    | Facts::TITLE
                    | Facts::ROLE_MODIFIER
                    | Facts::COMMON
                    | Facts::GIVEN
                    | Facts::CALENDAR,
            )
        });
        let canonical = lex.organizations.get(&*key).cloned();
        if canonical.is_none() && !plain {
            return;
        }
        let name = canonical.unwrap_or_else(|| display_form(&words));
        let i = self.found.actor_for_key(&keyed_lower("org:", &name), || {
            work(name, ActorKind::Organization, None)
        });
        self.found.add_mention(i, self.span(a, t), MentionVia::Name);
    }

    /// True when a lower-case place noun stands after the name ("Guangdong province") or
    /// before it with "of" ("the town of Moengo").
    fn place_noun_around(&self, n0: usize, end: usize) -> bool {
        let doc = self.doc;
        let lowercase = |k: usize| doc.has(k, Facts::LOWER_INITIAL);
        let after =
            end < doc.tokens.len() && lowercase(end) && self.doc.has(end, Facts::PLACE_NOUN);
        let before = n0 >= 2
            && self.lower(n0 - 1) == "of"
            && lowercase(n0 - 2)
            && self.doc.has(n0 - 2, Facts::PLACE_NOUN);
        after || before
    }

    /// True when a lower-case noun introducing an organisation stands right before the name
    /// ("the daily Granma").
    fn org_prefix_before(&self, n0: usize) -> bool {
        n0 >= 1
            && self.doc.has(n0 - 1, Facts::LOWER_INITIAL)
            && self.doc.has(n0 - 1, Facts::ORG_PREFIX)
    }

    /// A person name, or a single word left for the second pass.
    fn read_plain_name(
        &mut self,
        a: usize,
        n0: usize,
        end: usize,
        has_title: bool,
        key: &str,
        name_words: &str,
    ) {
        let lex = self.lex;
        // the words, one space apart: counted, and the first and last taken, without a list
        let spaces = name_words.bytes().filter(|&b| b == b' ').count();
        let first_word = name_words
            .find(' ')
            .map_or(name_words, |i| &name_words[..i]);
        let last_word = name_words
            .rfind(' ')
            .map_or(name_words, |i| &name_words[i + 1..]);
        // the tokens of the first and last words (past the end when there is none: the
        // facts of the empty word)
        let mut word_toks = (n0..end).filter(|&k| self.doc.tokens[k].kind != TokenKind::Punct);
        let first_tok = word_toks.next().unwrap_or(usize::MAX);
        let last_tok = word_toks.next_back().unwrap_or(first_tok);
        let first_given = self.doc.facts(first_tok).given();
        let multi = spaces >= 1;
        let last_common = self.doc.has(last_tok, Facts::VERY_COMMON);
        let pkey = keyed("person:", key);
        let known = self.found.actor_by_key(&pkey).is_some();
        // "S. Law": a name opening with an initial is a person's, whatever its last word
        let initial = multi && self.is_initial(n0);
        // "Quina Jones, 25, said", `," Ada Rice said`: a listed surname last, and an age or a
        // reporting verb after the name
        let doc = self.doc;
        let speaker_surname = || {
            doc.has(last_tok, Facts::SURNAME)
                && (doc.has(end, Facts::REPORTING)
                    || (doc.tok(end) == ","
                        && is_plain_int(doc, end + 1)
                        && doc.tok(end + 1).len() <= 3
                        && matches!(doc.tok(end + 2), "," | ")")))
        };
        // "Rakeyia Jones", "Davey Johnson": a word the lexicons do not know (or know only as a
        // surname) before a listed surname that is
        // not also the noun of a holiday, place or body ("Waitangi Day", "Kelso Park")
        let unknown_given = || {
            spaces == 1
                && doc.has(last_tok, Facts::SURNAME)
                && !doc.has(
                    last_tok,
                    Facts::ORG_WORD
                        | Facts::PLACE_WORD
                        | Facts::PLACE_NOUN
                        | Facts::CALENDAR
                        | Facts::TITLE
                        | Facts::GROUP_NOUN,
                )
                && !matches!(doc.low(last_tok), "day" | "night" | "eve")
                && !lex.event_words.contains(doc.low(last_tok))
                && doc.has(first_tok, Facts::CAP)
                && !doc.has(first_tok, Facts::ALL_CAPS)
                && doc.facts(first_tok).0 & LEXICON_FACTS & !Facts::SURNAME == 0
        };
        // "PRECIOUS METALS", "RESEARCH ALERT": a name in capitals of common words only, none
        // of them a given name or a listed surname, is a heading, no one's name
        let all_common = multi
            && !known
            && !initial
            && (n0..end)
                .all(|k| doc.tokens[k].kind != TokenKind::Word || doc.has(k, Facts::ALL_CAPS))
            && (n0..end)
                .filter(|&k| doc.tokens[k].kind == TokenKind::Word)
                .all(|k| {
                    doc.has(k, Facts::COMMON)
                        && !doc.has(k, Facts::GIVEN | Facts::SURNAME | Facts::PLACE)
                });
        let looks_personal = has_title
            || (multi
                && (known
                    || first_given.is_some()
                    || !last_common
                    || initial
                    || speaker_surname()
                    || unknown_given()));
        if !multi && !has_title {
            self.singles.push((n0, self.initial_position(n0)));
            return;
        }
        // "Airbus A330-200", "Vickers VC-10": a maker and a model, not a person
        if !has_title && name_words.bytes().any(|b| b.is_ascii_digit()) {
            let maker = self.doc.low(first_tok);
            if let Some(canonical) = lex.organizations.get(maker) {
                let name = canonical.clone();
                let i = self.found.actor_for_key(&keyed_lower("org:", &name), || {
                    work(name, ActorKind::Organization, None)
                });
                self.found
                    .add_mention(i, self.span(n0, n0 + 1), MentionVia::Name);
            }
            return;
        }
        // "Intel Core Duo", "Rolls-Royce Trent": a known company and a product of it (but
        // "UEFA Cup", "Fed Cup" are events)
        let maker = self.doc.low(first_tok);
        let product = !has_title
            && multi
            && first_given.is_none()
            && self.doc.has(first_tok, Facts::ORGANIZATION)
            && !lex.event_words.contains(&lower(last_word))
            && lex
                .organizations
                .get(maker)
                .is_some_and(|c| lower(c) == maker);
        if product {
            if let Some(canonical) = lex.organizations.get(maker) {
                let name = canonical.clone();
                let i = self
                    .found
                    .actor_for_key(&format!("org:{}", lower(&name)), || {
                        work(name, ActorKind::Organization, None)
                    });
                self.found
                    .add_mention(i, self.span(n0, n0 + 1), MentionVia::Name);
                return;
            }
        }
        if !looks_personal {
            return;
        }
        // "SBC Warburg", "AEK Larnaca", "OM Gruppen": an abbreviation in capitals opening a
        // name in mixed case is an organisation's (but "AWR Hawkins": initials without full
        // stops before a listed surname are a person's)
        let abbreviation_first = !has_title
            && multi
            && first_given.is_none()
            && !known
            && self.doc.has(first_tok, Facts::ALL_CAPS)
            && !self.doc.has(last_tok, Facts::ALL_CAPS | Facts::SURNAME)
            && first_word.len() >= 2
            && first_word.bytes().all(|b| b.is_ascii_uppercase());
        // "Sao Paulo", "St Gallen", "Fort Kelbrook": a name opening with a word of a place's
        // name is a place's, not a person's
        let place_opener = !has_title
            && multi
            && first_given.is_none()
            && !known
            && matches!(
                self.doc.low(first_tok),
                "st" | "saint"
                    | "san"
                    | "santa"
                    | "sao"
                    | "fort"
                    | "mount"
                    | "lake"
                    | "port"
                    | "cape"
            );
        if place_opener {
            let after = self.possessive_after(end);
            self.add_place(
                &PlaceName::Other,
                name_words,
                self.span(n0, after.unwrap_or(end)),
                after.is_some(),
            );
            return;
        }
        if abbreviation_first {
            let display = display_form(name_words);
            let i = self.found.actor_for_key(&keyed("org:", key), || {
                work(display, ActorKind::Organization, None)
            });
            let after = self.possessive_after(end);
            let via = possessive_or(after, MentionVia::Name);
            self.found
                .add_mention(i, self.span(n0, after.unwrap_or(end)), via);
            return;
        }
        // "in Tunbridge Wells", "Lees Summit, Missouri": a place, when nothing says it is a
        // person
        if !has_title
            && first_given.is_none()
            && !known
            && ((n0 > 0
                && matches!(
                    self.lower(n0 - 1),
                    "in" | "near" | "outside" | "across" | "throughout"
                ))
                || self.place_follows(end))
        {
            let after = self.possessive_after(end);
            self.add_place(
                &PlaceName::Other,
                name_words,
                self.span(n0, after.unwrap_or(end)),
                after.is_some(),
            );
            return;
        }
        // "the Corner Loaf", "a writer for The Atlantic": a person's name does not follow
        // "the" nor open with it
        let after_the = (n0 > 0 && self.lower(n0 - 1) == "the") || self.lower(n0) == "the";
        if !has_title && first_given.is_none() && !known && after_the {
            let display = display_form(name_words);
            let i = self.found.actor_for_key(&keyed("org:", key), || {
                work(display, ActorKind::Organization, None)
            });
            self.found
                .add_mention(i, self.span(n0, end), MentionVia::Name);
            return;
        }
        if all_common {
            return;
        }
        // the suffix read off the run joins the person's name ("John Roe Jr.")
        let suffix_end = self.suffix_end.take().filter(|&e| e > end);
        let full_words;
        let (end, name_words, pkey) = match suffix_end {
            Some(e) => {
                full_words = self.words(n0, e);
                let full_key = keyed("person:", &self.low_words(n0, e));
                (e, &*full_words, full_key)
            }
            None => (end, name_words, pkey),
        };
        let title_gender = (a..n0).find_map(|k| {
            let l = self.lower(k);
            lex.titles
                .get(l)
                .copied()
                .flatten()
                .or_else(|| lex.honorifics.get(l).copied().flatten())
        });
        let gender = title_gender.or(first_given.flatten());
        // "Wang Donghai": a family name first, when only the first word is a known surname
        // ("Kim Jong-un", "Moon Jae-in": a hyphenated given name with a lower-case second
        // half follows the family name, whatever the lexicon knows of the first word)
        let family_first = spaces == 1
            && first_given.is_none()
            && ((self.doc.has(first_tok, Facts::SURNAME)
                && !self.doc.has(last_tok, Facts::SURNAME | Facts::GIVEN))
                || is_korean_given_name(last_word));
        let surname = if family_first {
            Some(lower(first_word))
        } else {
            Some(lower(last_word))
        };
        // a title and one word: "President Biden" is the Joe Biden already known
        let i = if !multi {
            let s = lower(first_word);
            match self.person_with_surname(&s) {
                Some(i) => i,
                None => self.found.actor_for_key(&pkey, || WorkActor {
                    surname: Some(s.clone()),
                    ..work(display_form(name_words), ActorKind::Person, gender)
                }),
            }
        } else {
            let i = self.found.actor_for_key(&pkey, || WorkActor {
                surname: surname.clone(),
                ..work(display_form(name_words), ActorKind::Person, gender)
            });
            // the last word may be the surname after all ("Maury Obstfeld" ... "Obstfeld")
            if family_first {
                self.found.by_surname.entry(lower(last_word)).or_insert(i);
            }
            i
        };
        if let Some(w) = self.found.actors.get_mut(i) {
            if w.gender.is_none() {
                w.gender = gender;
            }
        }
        let after = self.possessive_after(end);
        let via = match (after.is_some(), multi) {
            (true, _) => MentionVia::Possessive,
            (false, true) => MentionVia::Name,
            (false, false) => MentionVia::Surname,
        };
        let span = self.span(n0, after.unwrap_or(end));
        if self.found.add_mention(i, span, via) {
            if let Some(role) = self.role_before(a, n0).or_else(|| self.role_after(end)) {
                push_role(&mut self.found.actors[i], role);
            }
        }
    }

    fn person_with_surname(&self, surname: &str) -> Option<usize> {
        self.found.by_surname.get(surname).copied()
    }

    fn add_place(&mut self, place: &PlaceName, words: &str, span: Span, possessive: bool) {
        let (key, name, alias) = match place {
            PlaceName::Country { country, alias } => {
                (keyed_lower("place:", country), country.clone(), *alias)
            }
            PlaceName::Other => (keyed_lower("place:", words), display_form(words), false),
        };
        let surface = display_form(words);
        let i = self.found.actor_for_key(&key, || {
            // a country first met by a short name ("US") keeps that name
            let shown = if alias && !is_capital(place, &surface) {
                surface.clone()
            } else {
                name
            };
            work(shown, ActorKind::Place, None)
        });
        // "ROTTERDAM" in a dateline: the name as usually written wins
        if is_all_caps(&self.found.actors[i].name) && !is_all_caps(&surface) && !alias {
            self.found.actors[i].name = surface.clone();
        }
        let via = if alias && self.found.actors[i].name != surface {
            MentionVia::Alias
        } else if possessive {
            MentionVia::Possessive
        } else {
            MentionVia::Name
        };
        self.found.add_mention(i, span, via);
    }

    /// "Iranian Foreign Ministry" -> (Iran, index of "Foreign"); "Iran's Foreign Ministry" ->
    /// (Iran, n0) read from the possessive before the name.
    fn country_qualifier(&self, n0: usize, end: usize) -> (Option<String>, usize) {
        if n0 + 1 < end {
            if let Some(c) = self.lex.demonyms.get(self.lower(n0)) {
                return (Some(c.clone()), n0 + 1);
            }
        }
        (self.possessive_country_before(n0), n0)
    }

    fn possessive_country_before(&self, n0: usize) -> Option<String> {
        if n0 < 3 {
            return None;
        }
        let doc = self.doc;
        if doc.tok(n0 - 1) == "s" && is_apostrophe(doc.tok(n0 - 2)) {
            if let Some(PlaceName::Country { country, .. }) =
                self.lex.places.get(self.lower(n0 - 3))
            {
                return Some(country.clone());
            }
        }
        None
    }

    /// A lower-case organisation or group noun right after a name: "news agency", "army",
    /// "forces". Returns the end token and the kind it makes.
    fn org_noun_after(&self, end: usize) -> Option<(usize, ActorKind)> {
        let doc = self.doc;
        let lex = self.lex;
        // every noun starts with a lower-case word: nothing to match after a capital or a mark
        if !doc.has(end, Facts::LOWER_INITIAL) {
            return None;
        }
        let candidates = lex.org_nouns_by_first.get(doc.low(end));
        for noun in candidates.into_iter().flatten().map(|&x| &lex.org_nouns[x]) {
            let n = noun.len();
            if end + n <= doc.tokens.len()
                && (0..n)
                    .all(|k| doc.has(end + k, Facts::LOWER_INITIAL) && doc.low(end + k) == noun[k])
            {
                return Some((end + n, ActorKind::Organization));
            }
        }
        let t = doc.tok(end);
        if t.chars().next().is_some_and(char::is_lowercase) && lex.group_nouns.contains(t) {
            return Some((end + 1, ActorKind::Group));
        }
        None
    }

    /// "Kurdistan Democratic Party (KDP)": the abbreviation in brackets is another name of the
    /// actor named just before it, and is then known as such ("KDP forces"). A name with such
    /// an abbreviation of its initials is an organisation, not a person. Returns whether the
    /// token `i` was read so.
    fn read_bracketed_acronym(&mut self, i: usize) -> bool {
        let doc = self.doc;
        if i < 2 || doc.tok(i - 1) != "(" || doc.tok(i + 1) != ")" {
            return false;
        }
        let acr = doc.tok(i);
        let letters: Vec<char> = acr.chars().filter(|c| c.is_alphabetic()).collect();
        if !(2..=8).contains(&letters.len()) {
            return false;
        }
        let open = doc.tokens[i - 1].span.start;
        let sentence_start = doc
            .sentences
            .get(doc.tokens[i].sentence)
            .map_or(0, |s| s.span.start);
        let reach = doc
            .tokens
            .get((i - 1).saturating_sub(10))
            .map_or(0, |t| t.span.start)
            .max(sentence_start);
        let first_letter = |t: &str| {
            t.chars()
                .next()
                .map(|c| c.to_lowercase().collect::<String>())
        };
        let want = first_letter(acr);
        let owner = self
            .found
            .mentions_between(reach, open)
            .filter(|&(sp, a)| {
                first_letter(sp.slice(doc.text)) == want
                    && self.found.actors[a].kind != ActorKind::Group
            })
            .last();
        let Some((span, a)) = owner else {
            return false;
        };
        let initials: String = span
            .slice(doc.text)
            .split_whitespace()
            .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
            .collect();
        let spelled: String = letters.iter().collect();
        if self.found.actors[a].kind == ActorKind::Person && initials.len() >= 2 {
            if initials.to_uppercase() != spelled.to_uppercase() {
                return false;
            }
            let actor = &mut self.found.actors[a];
            actor.kind = ActorKind::Organization;
            actor.gender = None;
            actor.surname = None;
        }
        let l = lower(acr);
        self.found.add_key(keyed("org:", &l), a);
        self.found
            .add_mention(a, self.span(i, i + 1), MentionVia::Alias);
        true
    }

    /// "(UAVs)" after "unmanned aerial vehicles": an abbreviation, not a name.
    fn is_acronym_of_preceding(&self, i: usize) -> bool {
        let doc = self.doc;
        if i == 0 || doc.tok(i - 1) != "(" {
            return false;
        }
        let acr: Vec<char> = doc
            .tok(i)
            .trim_end_matches('s')
            .chars()
            .filter(|c| c.is_alphabetic())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if acr.len() < 2 || i < acr.len() + 1 {
            return false;
        }
        let initials: Vec<char> = (i - 1 - acr.len()..i - 1)
            .filter_map(|k| doc.tok(k).chars().next())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        initials == acr
    }

    /// The role phrase ending at the title just before the name: within the run `[a, n0)` and
    /// leftwards from it over modifiers ("Iranian army ground forces commander").
    fn role_before(&self, a: usize, n0: usize) -> Option<String> {
        let doc = self.doc;
        let lex = self.lex;
        let sentence_first = doc
            .sentences
            .get(doc.tokens[n0].sentence)
            .map_or(0, |s| s.first_token);
        // the head: last title word before the name (inside the run, or just before it)
        let mut head = n0;
        while head > a && doc.tok(head - 1) == "." {
            head -= 1;
        }
        if head == 0 || head <= sentence_first {
            return None;
        }
        let h = head - 1;
        if !doc.has(h, Facts::TITLE) {
            return None;
        }
        let mut start = h;
        let mut k = h;
        let mut count = 0;
        while k > sentence_first && count < 8 {
            let p = k - 1;
            let t = doc.tok(p);
            let l = doc.low(p);
            // possessive country or organisation: "Iran’s Supreme Leader"
            if t == "s" && p >= 2 && is_apostrophe(doc.tok(p - 1)) && is_cap(doc, p - 2) {
                start = p - 2;
                k = p - 2;
                count += 1;
                continue;
            }
            if doc.tokens[p].kind != TokenKind::Word
                || (doc.has(p, Facts::STOPWORD) && !doc.has(p, Facts::ALL_CAPS))
            {
                break;
            }
            let cap = is_cap(doc, p);
            let ok = if cap {
                // a plain word opening the sentence is no modifier, unless it opens a known
                // place's name ("New Zealand's Prime Minister")
                let common_opening = p == sentence_first
                    && self.is_plain_word_at(p)
                    && !(p + 1 < h && lex.places.contains_key(&*self.low_words(p, p + 2)));
                !(doc.has(p, Facts::CALENDAR) || common_opening)
            } else {
                doc.has(p, Facts::TITLE | Facts::ROLE_MODIFIER)
                    || lex
                        .org_nouns
                        .iter()
                        .any(|n| n.last().is_some_and(|x| x == l))
                    || !doc.has(p, Facts::COMMON | Facts::REPORTING)
            };
            if !ok {
                break;
            }
            start = p;
            k = p;
            count += 1;
        }
        let role = Span::new(doc.tokens[start].span.start, doc.tokens[h].span.end).slice(doc.text);
        Some(display_form(role))
    }

    /// An appositive role after the name: "Nasser Kanaani, a spokesman for the ministry, said".
    fn role_after(&self, end: usize) -> Option<String> {
        let doc = self.doc;
        if doc.tok(end) != "," {
            return None;
        }
        let sent = doc.tokens.get(end)?.sentence;
        let mut k = end + 1;
        let mut has_title = false;
        let mut first = end + 1;
        if matches!(self.lower(first), "a" | "an" | "the") {
            first += 1;
        }
        while k < doc.tokens.len() && doc.tokens[k].sentence == sent && k < end + 14 {
            let t = doc.tok(k);
            if matches!(
                t,
                "," | "." | ";" | ":" | "”" | "“" | "\"" | "(" | ")" | "—" | "–" | "-"
            ) {
                break;
            }
            let l = doc.low(k);
            if doc.has(k, Facts::REPORTING)
                || matches!(l, "who" | "which" | "is" | "was" | "has" | "had")
            {
                return None;
            }
            if doc.has(k, Facts::TITLE) && k < first + 5 {
                has_title = true;
            }
            k += 1;
        }
        // (a dash may end it too: "X, the chief of Y -- the company that …")
        if !has_title
            || k <= first
            || !matches!(doc.tok(k), "," | "." | ";" | "”" | "—" | "–" | "-")
        {
            return None;
        }
        Some(display_form(
            Span::new(doc.tokens[first].span.start, doc.tokens[k - 1].span.end).slice(doc.text),
        ))
    }

    /// Second pass: single capitalised words.
    fn read_singles(&mut self) {
        let singles = std::mem::take(&mut self.singles);
        for (i, initial) in singles {
            self.read_single(i, initial);
        }
    }

    /// A run in a headline-style sentence: only known names count, longest first ("NEW YORK"
    /// before "YORK").
    fn read_caseless_run(&mut self, first: usize, end: usize) {
        let words: Vec<usize> = (first..end)
            .filter(|&k| self.doc.tokens[k].kind == TokenKind::Word)
            .collect();
        let mut w = 0;
        while w < words.len() {
            let mut taken = 0;
            for n in (1..=CASELESS_NGRAM.min(words.len() - w)).rev() {
                let (a, b) = (words[w], words[w + n - 1] + 1);
                if self.read_caseless_name(a, b) {
                    taken = n;
                    break;
                }
            }
            w += taken.max(1);
        }
    }

    /// Records the tokens `[a, b)` of a caseless sentence if they are a known organisation,
    /// place or person (by full name or surname); returns whether they were.
    fn read_caseless_name(&mut self, a: usize, b: usize) -> bool {
        let words = self.words(a, b);
        let key = self.low_words(a, b);
        let span = self.span(a, b);
        let place_like = self.lex.places.contains_key(&*key)
            || self.found.actor_by_key(&keyed("place:", &key)).is_some();
        if place_like && self.is_team(a, b) {
            self.add_team(a, b);
            return true;
        }
        if b == a + 1 && self.unit_after_number(a) {
            return true;
        }
        if let Some(canonical) = self.lex.organizations.get(&*key) {
            let name = canonical.clone();
            let i = self
                .found
                .actor_for_key(&keyed_lower("org:", canonical), || {
                    work(name, ActorKind::Organization, None)
                });
            self.found.add_mention(i, span, MentionVia::Name);
            return true;
        }
        for prefix in ["org:", "person:", "place:"] {
            if let Some(i) = self.found.actor_by_key(&keyed(prefix, &key)) {
                self.found.add_mention(i, span, MentionVia::Name);
                return true;
            }
        }
        if let Some(place) = self.lex.places.get(&*key) {
            self.add_place(place, &words, span, false);
            return true;
        }
        if b == a + 1 {
            if let Some(p) = self.person_with_surname(&key) {
                self.found.add_mention(p, span, MentionVia::Surname);
                return true;
            }
        }
        false
    }

    fn read_single(&mut self, i: usize, initial: bool) {
        let doc = self.doc;
        let lex = self.lex;
        let w = doc.tok(i);
        let l = doc.low(i);
        let f = doc.facts(i);
        let after = self.possessive_after(i + 1);
        let end = after.unwrap_or(i + 1);
        let span = self.span(i, end);
        // the surname of someone already named
        if let Some(p) = self.person_with_surname(l) {
            let via = possessive_or(after, MentionVia::Surname);
            self.found.add_mention(p, span, via);
            return;
        }
        // the first word of an organisation's name met before ("Newcrest" after "Newcrest
        // Mining Ltd")
        if let Some(o) = self.found.actor_by_key(&format!("orgfirst:{l}")) {
            let via = possessive_or(after, MentionVia::Alias);
            self.found.add_mention(o, span, via);
            return;
        }
        // "Klinsmann 15th", "c Stewart b Mullally 61", "Johnson, who played": a player in a
        // scorers' list or a cricket card, or someone a relative clause speaks of
        if after.is_none()
            && !f.has(Facts::PLACE | Facts::ORGANIZATION | Facts::DEMONYM | Facts::CALENDAR)
            && (self.sports_player_at(i) || self.who_follows(i, initial))
        {
            let gender = f.given().flatten();
            self.add_lone_surname(l, w, gender, span, MentionVia::Surname);
            return;
        }
        if initial && self.is_plain_word_at(i) {
            return;
        }
        // "Organisers hope", "Diplomats say": the plural of a common word or a title opening a
        // sentence is just a word, though the lists do not hold the plural
        if initial && (f.has(Facts::GROUP_NOUN) || self.is_unlisted_plural(i)) {
            return;
        }
        let next_is_verb = self.doc.has(end, Facts::REPORTING);
        let given = f.given();
        if f.has(Facts::ALL_CAPS) && self.unit_after_number(i) {
            return;
        }
        // "Obama also spoke", "Trump's rally": the surname of a well-known person alone is
        // that person's, though it is also a common word
        if f.has(Facts::WELL_KNOWN) && !f.has(Facts::ALL_CAPS) {
            let gender = lex.well_known.get(l).copied().flatten();
            let via = possessive_or(after, MentionVia::Surname);
            self.add_lone_surname(l, w, gender, span, via);
            return;
        }
        if f.has(Facts::ALL_CAPS) {
            // an abbreviation met before ("the KDP"), or an unknown one: an organisation
            if let Some(a) = self.found.actor_by_key(&keyed("org:", l)) {
                let via = if self.found.actors[a].name == w {
                    MentionVia::Name
                } else {
                    MentionVia::Alias
                };
                self.found.add_mention(a, span, via);
                return;
            }
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            if (next_is_verb && !initial) || (letters <= 6 && !f.has(Facts::COMMON)) {
                let i2 = self.found.actor_for_key(&keyed("org:", l), || {
                    work(w.to_owned(), ActorKind::Organization, None)
                });
                self.found.add_mention(i2, span, MentionVia::Name);
            }
            return;
        }
        // "the Braves", "the Beatles": a plural name after "the" is a team or a band (not a
        // people: "the Israelis")
        let plural_after_the = i > 0
            && !initial
            && self.lower(i - 1) == "the"
            && w.len() > 4
            && l.ends_with('s')
            && !l.ends_with("ss")
            && !f.has(Facts::VERY_COMMON)
            && given.is_none()
            && !lex.demonyms.contains_key(&l[..l.len() - 1])
            && !f.has(Facts::GROUP_NOUN);
        if plural_after_the {
            let o = self.found.actor_for_key(&format!("org:{l}"), || {
                work(display_form(w), ActorKind::Organization, None)
            });
            let via = possessive_or(after, MentionVia::Name);
            self.found.add_mention(o, span, via);
            return;
        }
        // "in Hartwell", "near Kherson": a place
        let place_preposition = i > 0
            && matches!(
                self.lower(i - 1),
                "in" | "near" | "outside" | "across" | "throughout" | "around"
            );
        let place_preposition =
            (place_preposition && !initial && !f.has(Facts::COMMON)) || self.place_follows(end);
        if place_preposition && given.is_none() {
            let key = keyed("place:", l);
            let p = self
                .found
                .actor_for_key(&key, || work(display_form(w), ActorKind::Place, None));
            let via = possessive_or(after, MentionVia::Name);
            self.found.add_mention(p, span, via);
            return;
        }
        let surname_like = f.has(Facts::SURNAME) && !f.has(Facts::COMMON);
        let unknown = !f.has(Facts::COMMON) && given.is_none();
        // "Duran, 45, takes on ...": an age after the name
        let age_follows = doc.tok(end) == ","
            && is_plain_int(doc, end + 1)
            && doc.tok(end + 1).len() <= 3
            && matches!(doc.tok(end + 2), "," | ")");
        // "his wife Naina", "coach Rudi", `," said Beck`: a role or a reporting verb before
        let lowercase_before = |k: usize| doc.has(k, Facts::LOWER_INITIAL);
        let title_before = i > 0 && lowercase_before(i - 1) && self.doc.has(i - 1, Facts::TITLE);
        let said_before = i >= 2
            && lowercase_before(i - 1)
            && self.doc.has(i - 1, Facts::REPORTING)
            && matches!(doc.tok(i - 2), "," | "\"" | "”" | "'")
            && matches!(doc.tok(end), "." | "," | ";" | "");
        let rare = !f.has(Facts::VERY_COMMON) && !w.bytes().any(|b| b.is_ascii_digit());
        // `," Murphy said`, "But Rice told": inside a sentence, a listed surname that is also
        // a common word is a person's when a reporting verb follows it or precedes it (not
        // after a determiner: "the Court said")
        let speaker_surname = !initial
            && f.has(Facts::SURNAME)
            && !f.has(Facts::STOPWORD)
            && (next_is_verb || said_before)
            && !(i > 0 && is_determiner(doc.low(i - 1)));
        if ((next_is_verb || age_follows) && (unknown || surname_like || given.is_some()))
            || (surname_like && !initial)
            || (!initial && rare && (title_before || said_before))
            || speaker_surname
        {
            let via = possessive_or(after, MentionVia::Surname);
            self.add_lone_surname(l, w, given.flatten(), span, via);
        }
    }

    /// A mention at `span`, by `via`, of the person known by the lone surname `l` (written
    /// `w`): "Obama", "Klinsmann 15th", "Jones said"; made with `gender` on first sight.
    fn add_lone_surname(
        &mut self,
        l: &str,
        w: &str,
        gender: Option<Gender>,
        span: Span,
        via: MentionVia,
    ) {
        let p = self
            .found
            .actor_for_key(&keyed("person:", l), || WorkActor {
                surname: Some(l.to_owned()),
                ..work(display_form(w), ActorKind::Person, gender)
            });
        self.found.add_mention(p, span, via);
    }

    /// True when the single name at token `i` stands where a player does in a sports report:
    /// before the minute of a goal ("Klinsmann 15th", "Lubarskij ( 50th minute )"), after a
    /// catch or a bowler's mark of a cricket card ("c Stewart b Mullally 61"), or before
    /// bowling figures ("Lewis 12-1-76-0").
    fn sports_player_at(&self, i: usize) -> bool {
        let doc = self.doc;
        let next = doc.tok(i + 1);
        let minute = is_minute(next) || (next == "(" && is_minute(doc.tok(i + 2)));
        let card = i > 0
            && matches!(doc.tok(i - 1), "c" | "b" | "lbw")
            && (matches!(next, "b" | "c") || is_plain_int(doc, i + 1));
        minute || card || is_bowling_figures(next)
    }

    /// True when token `i` is a short abbreviation right after a number that is not a year:
    /// a unit ("12.5 BP", "300 MW"), not a name.
    fn unit_after_number(&self, i: usize) -> bool {
        let doc = self.doc;
        i > 0
            && doc.tokens[i - 1].kind == TokenKind::Number
            && doc.has(i, Facts::ALL_CAPS)
            && doc.tok(i).len() <= 4
            && !is_plain_int(doc, i + 1)
            && !(doc.tok(i - 1).len() == 4 && doc.tok(i - 1).bytes().all(|b| b.is_ascii_digit()))
    }

    /// True when the run `[first, end)` names a player's club in a results list: in brackets
    /// right after a player's name ("Marek Citko ( Widzew )", "Xavier Gravelaine ( Marseille
    /// )"; a country there is the player's nation), or right after the bracket of a player's
    /// country and before a time or a number, as a driver's or rider's team ("Mika Salo (
    /// Finland ) Tyrrell 1:54.095").
    fn is_club_by_player(&self, first: usize, end: usize) -> bool {
        let doc = self.doc;
        if first < 3 || (doc.tok(first - 1) != "(" && doc.tok(first - 1) != ")") {
            return false;
        }
        let person_ends_at = |k: usize| {
            let t = doc.tokens[k].span;
            self.found.mention_overlapping(t).is_some_and(|(sp, a)| {
                sp.end == t.end && self.found.actors[a].kind == ActorKind::Person
            })
        };
        let key = self.low_words(first, end);
        let country = |k: &str| {
            matches!(self.lex.places.get(k), Some(PlaceName::Country { .. }))
                || self.lex.demonyms.contains_key(k)
        };
        if doc.tok(first - 1) == "(" {
            // (a list of several players, each with a bracket, and none followed by a
            // number: "Boris Nikolayevich ( Yeltsin ) yesterday" names one man twice, and
            // "Igor Potapovich ( Kazakstan ) 5.80" a nation)
            let sentence = doc.sentence_tokens(doc.tokens[first].sentence);
            let brackets = (sentence.start..sentence.end)
                .filter(|&k| doc.tok(k) == "(")
                .count();
            return doc.tok(end) == ")"
                && brackets >= 2
                && !doc
                    .tokens
                    .get(end + 1)
                    .is_some_and(|t| t.kind == TokenKind::Number)
                && person_ends_at(first - 2)
                && !country(&key)
                && !doc.has(first, Facts::GIVEN | Facts::SURNAME)
                && self.person_with_surname(&key).is_none()
                && (first..end).all(|k| doc.tokens[k].kind == TokenKind::Word);
        }
        // after ")": the bracket holds a country and follows a person's name
        let Some(open) = (first.saturating_sub(5)..first - 1)
            .rev()
            .find(|&k| doc.tok(k) == "(")
        else {
            return false;
        };
        open >= 1
            && country(&self.low_words(open + 1, first - 1))
            && person_ends_at(open - 1)
            && doc.tok(end) != "("
            && !doc.has(first, Facts::GIVEN)
            && !country(&key)
            && (doc
                .tokens
                .get(end)
                .is_some_and(|t| t.kind == TokenKind::Number)
                || end >= doc.tokens.len()
                || doc.tokens[end].sentence != doc.tokens[first].sentence)
    }

    /// True when ", who" follows the single name at token `i` ("Johnson, who played"): a
    /// person's name, unless it is a common word opening the sentence and no listed surname.
    fn who_follows(&self, i: usize, initial: bool) -> bool {
        let doc = self.doc;
        doc.tok(i + 1) == ","
            && doc.low(i + 2) == "who"
            && !doc.has(i, Facts::GROUP_NOUN | Facts::TITLE)
            && !(initial && doc.has(i, Facts::COMMON) && !doc.has(i, Facts::SURNAME))
    }

    /// True when token `i` is in no list but is the plural of a common word or a title
    /// ("Organisers", "Diplomats").
    fn is_unlisted_plural(&self, i: usize) -> bool {
        let f = self.doc.facts(i);
        if f.0 & LEXICON_FACTS != 0 {
            return false;
        }
        let l = self.doc.low(i);
        l.len() > 4
            && l.strip_suffix('s').is_some_and(|stem| {
                !stem.ends_with('s')
                    && (self.lex.common_words.contains_key(stem)
                        || self.lex.titles.contains_key(stem))
            })
    }
}

/// "15th", "90th", "2nd": the minute of a goal as match reports give it.
fn is_minute(tok: &str) -> bool {
    ["st", "nd", "rd", "th"].iter().any(|suf| {
        tok.strip_suffix(suf)
            .is_some_and(|n| (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// "12-1-76-0", "14.3-2-40-3": a bowler's overs, maidens, runs and wickets.
fn is_bowling_figures(tok: &str) -> bool {
    let mut parts = tok.split('-');
    let overs = parts
        .next()
        .is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit() || b == b'.'));
    overs
        && parts.clone().count() == 3
        && parts.all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// "rebel-held", "Serb-ruled", "Israeli-occupied": a participle saying who holds the place
/// named after it.
fn is_holding_participle(low: &str) -> bool {
    ["-held", "-ruled", "-occupied"]
        .iter()
        .any(|p| low.ends_with(p))
}

/// True for a name's part with a joined lower-case particle: "al-Qidra", "el-Sayed".
fn is_joined_particle(tok: &str) -> bool {
    ["al-", "el-"].iter().any(|p| {
        tok.strip_prefix(p)
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_uppercase)
    })
}

/// "Ki-moon", "Jong-un", "Jae-in": a Korean given name, two syllables joined by a hyphen with
/// the second in lower case, which follows the family name.
fn is_korean_given_name(word: &str) -> bool {
    (5..=9).contains(&word.len())
        && word.split_once('-').is_some_and(|(a, b)| {
            a.chars().next().is_some_and(char::is_uppercase)
                && (2..=4).contains(&a.len())
                && (2..=4).contains(&b.len())
                && b.bytes().all(|c| c.is_ascii_lowercase())
        })
}

/// "Ohio-based", "EADS-led", "Brazilian-born": a capitalised word with a lower-case suffix
/// that qualifies the name after it.
fn is_hyphen_prefix(tok: &str) -> bool {
    tok.rsplit_once('-').is_some_and(|(head, tail)| {
        !head.is_empty() && Lexicon::get().hyphen_participles.contains(tail)
    })
}

/// True for a plain whole number ("3", "49"), as in scores and standings (not "6-0-40-1").
#[inline]
fn is_plain_int(doc: &Document, i: usize) -> bool {
    doc.has(i, Facts::PLAIN_INT)
}

/// True when token `i` is a word that stands between two teams in results and fixtures: its
/// key has [`Facts::FIXTURE`] (the cheap test) and its text is on the list as written.
fn is_fixture_token(doc: &Document, i: usize) -> bool {
    doc.has(i, Facts::FIXTURE) && Lexicon::get().fixture_words.contains(doc.tok(i))
}

/// True for a line of sports results or standings ("Ayr 6 Berwick 0", "ATLANTA 83 49 .629")
/// or fixtures ("ATLANTA AT CHICAGO", "Bolton v Wigan"), where a town names its team.
fn is_sports_line(doc: &Document, r: std::ops::Range<usize>) -> bool {
    // both tests below need two plain integers or two fixture words: most sentences have
    // neither, which one pass over the fact bits tells
    let (mut plain_ints, mut fixture_bits) = (0usize, 0usize);
    for f in doc.facts_in(r.clone()) {
        plain_ints += usize::from(f.has(Facts::PLAIN_INT));
        fixture_bits += usize::from(f.has(Facts::FIXTURE));
    }
    if plain_ints < 2 && fixture_bits < 2 {
        return false;
    }
    let mut ints = 0;
    let mut words = 0;
    let mut fixtures = 0;
    let tokens = doc.tokens.get(r.clone()).unwrap_or(&[]);
    let fixture_words = &Lexicon::get().fixture_words;
    // a run of capitalised words counts once: a club's name of three words
    // ("Hapoel Kfar Sava 0 Maccabi Haifa 1") is one name beside its score
    let mut after_cap = false;
    // (only a number of ASCII digits is a plain integer)
    for (t, f) in tokens.iter().zip(doc.facts_in(r)) {
        ints += usize::from(f.has(Facts::PLAIN_INT));
        let cap = t.kind == TokenKind::Word && f.has(Facts::CAP);
        let continues_name = cap && after_cap;
        after_cap = cap;
        if t.kind == TokenKind::Word {
            words += usize::from(!continues_name);
            // (the short ones: "v", "vs", "AT")
            if f.has(Facts::FIXTURE)
                && t.span.len() <= 3
                && fixture_words.contains(t.span.slice(doc.text))
            {
                fixtures += 1;
            }
        }
    }
    (ints >= 2 && ints * 2 >= words) || (fixtures >= 2 && fixtures * 4 >= words)
}

/// True for a headline-style sentence where every content word is capitalised, and many of
/// those are ordinary words ("An Ambitious, Divisive Legacy"), so capitals say nothing about
/// names.
fn is_caseless(doc: &Document, lex: &Lexicon, r: std::ops::Range<usize>) -> bool {
    let mut caps = 0;
    let mut common_caps = 0;
    let mut shouting = 0;
    let mut words = 0;
    let mut ints = 0;
    // one buffer per sentence for the two-word place test below
    let mut pair = String::new();
    let first = r.start;
    for k in r {
        let f = doc.facts(k);
        if f.has(Facts::PLAIN_INT) {
            ints += 1;
        }
        if doc.tokens[k].kind != TokenKind::Word {
            continue;
        }
        words += 1;
        if f.has(Facts::ALL_CAPS) {
            shouting += 1;
        }
        if f.has(Facts::CAP) {
            caps += 1;
            let l = doc.low(k);
            // ("Zealand" in "New Zealand" is part of a place's name, not a common word)
            let in_place = k > first && is_cap(doc, k - 1) && {
                pair.clear();
                pair.push_str(doc.low(k - 1));
                pair.push(' ');
                pair.push_str(l);
                lex.places.contains_key(pair.as_str())
            };
            if f.has(Facts::VERY_COMMON) && !f.has(Facts::GIVEN) && !in_place {
                common_caps += 1;
            }
        } else if !doc.has(k, Facts::STOPWORD) && !is_clitic(doc, k) {
            return false;
        }
    }
    // an all-capitals headline ("SWEDEN BEAT LATVIA IN QUALIFIER") says nothing either
    // (a results line, "Boston 2 Denver 1", is not a headline)
    (caps >= 2 && common_caps * 2 >= caps && ints * 2 < words)
        || (shouting >= 3 && shouting * 10 >= words * 7)
}

/// True for the lower-case ending of a possessive or a contraction, right after its
/// apostrophe: the "s" of "Trump’s Son", the "s" of "He’s".
fn is_clitic(doc: &Document, k: usize) -> bool {
    k > 0
        && matches!(doc.low(k), "s" | "t" | "re" | "ll" | "ve" | "d" | "m")
        && is_apostrophe(doc.tok(k - 1))
        && doc.tokens[k - 1].span.end == doc.tokens[k].span.start
}

fn is_capital(place: &PlaceName, surface: &str) -> bool {
    // a capital is an alias that is not an abbreviation: "Tehran", not "US"
    matches!(place, PlaceName::Country { alias: true, .. })
        && surface.chars().any(char::is_lowercase)
        && !surface.contains(' ')
        && !Lexicon::get().country_short_names.contains(surface)
}

/// `Possessive` when a possessive `’s` follows the name (`after` is set), else `plain`.
fn possessive_or(after: Option<usize>, plain: MentionVia) -> MentionVia {
    if after.is_some() {
        MentionVia::Possessive
    } else {
        plain
    }
}

fn work(name: String, kind: ActorKind, gender: Option<Gender>) -> WorkActor {
    WorkActor {
        name,
        kind,
        roles: Vec::new(),
        gender,
        surname: None,
        mentions: Vec::new(),
    }
}

fn push_role(actor: &mut WorkActor, role: String) {
    if !role.is_empty() && !actor.roles.iter().any(|r| r.eq_ignore_ascii_case(&role)) {
        actor.roles.push(role);
    }
}

/// Finds the named actors of a document.
pub fn find_actors(doc: &Document, lex: &Lexicon) -> Found {
    let mut reader = Reader {
        doc,
        lex,
        found: Found::default(),
        singles: Vec::new(),
        sports: (0..doc.sentences.len())
            .map(|s| is_sports_line(doc, doc.sentence_tokens(s)))
            .collect(),
        suffix_end: None,
    };
    let mut caseless = Vec::new();
    for s in 0..doc.sentences.len() {
        let r = doc.sentence_tokens(s);
        if is_caseless(doc, lex, r.clone()) {
            caseless.push(s);
            continue;
        }
        for (a, b) in reader.runs(r.start, r.end) {
            reader.read_run(a, b);
        }
    }
    reader.suffix_end = None;
    reader.read_singles();
    for s in caseless {
        let r = doc.sentence_tokens(s);
        for (a, b) in reader.runs(r.start, r.end) {
            reader.read_caseless_run(a, b);
        }
    }
    reader.found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actors(text: &str) -> Vec<Actor> {
        let doc = Document::new(text);
        find_actors(&doc, Lexicon::get()).into_actors(text).0
    }

    #[test]
    fn results_and_fixture_lines_are_sports_lines_and_prose_is_not() {
        let sports = |text: &str| {
            let doc = Document::new(text);
            is_sports_line(&doc, 0..doc.tokens.len())
        };
        assert!(sports("Ayr 6 Berwick 0"));
        assert!(sports("Bolton v Wigan, Leeds v Hull"));
        assert!(sports("ATLANTA AT CHICAGO, BOSTON AT DENVER"));
        // one number, one fixture word, or numbers among many words: prose
        assert!(!sports("Roe said 6 people were hurt in Leeds."));
        assert!(!sports(
            "Bolton v Wigan was postponed by the league on Tuesday night."
        ));
        assert!(!sports(
            "In 2019 and 2020 the minister visited Leeds, York, Hull, Bath and Ely again."
        ));
    }

    fn find<'a>(a: &'a [Actor], name: &str) -> &'a Actor {
        a.iter().find(|x| x.name == name).unwrap_or_else(|| {
            panic!(
                "no actor {name} in {:?}",
                a.iter().map(|x| &x.name).collect::<Vec<_>>()
            )
        })
    }

    #[test]
    fn mention_index_matches_a_sorted_vector() {
        // pseudo-random non-overlapping inserts, enough to split chunks many times
        let mut found = Found::default();
        let mut plain: Vec<(usize, usize, usize)> = Vec::new();
        let mut x: u64 = 12345;
        for n in 0..20_000 {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let start = usize::try_from(x >> 44).unwrap_or(0) * 3;
            let span = Span::new(start, start + 1 + n % 4);
            let at = plain.partition_point(|m| m.0 < span.end);
            let free = at == 0 || plain[at - 1].1 <= span.start;
            assert_eq!(found.add_mention(0, span, MentionVia::Name), free);
            if free {
                plain.insert(at, (span.start, span.end, n));
            }
        }
        assert!(found.occupied.chunks.len() > 4);
        let all: Vec<usize> = found
            .mentions_between(0, usize::MAX)
            .map(|m| m.0.start)
            .collect();
        assert_eq!(all, plain.iter().map(|m| m.0).collect::<Vec<_>>());
        for probe in (0..1 << 20).step_by(7919) {
            let want = plain
                .iter()
                .filter(|m| m.0 >= probe / 2 && m.0 < probe)
                .map(|m| m.0)
                .collect::<Vec<_>>();
            let got = found.mentions_between(probe / 2, probe).map(|m| m.0.start);
            assert_eq!(got.collect::<Vec<_>>(), want);
            let last = found.last_mention_before(probe, probe / 2, |_, _| true);
            let want = plain
                .iter()
                .rev()
                .find(|m| m.0 >= probe / 2 && m.1 <= probe);
            assert_eq!(last.map(|m| m.0.start), want.map(|m| m.0));
            let over = found.mention_overlapping(Span::new(probe, probe + 2));
            let want = plain.iter().find(|m| m.0 < probe + 2 && m.1 > probe);
            assert_eq!(over.map(|m| m.0.start), want.map(|m| m.0));
        }
        assert_eq!(found.mentions_between(10, 5).count(), 0);
    }

    #[test]
    fn role_before_name() {
        let a = actors("On Monday, Kremlin spokesman Dmitry Peskov said no.");
        let p = find(&a, "Dmitry Peskov");
        assert_eq!(p.kind, ActorKind::Person);
        assert_eq!(p.roles, ["Kremlin spokesman"]);
        assert_eq!(find(&a, "Kremlin").kind, ActorKind::Organization);
    }

    #[test]
    fn title_inside_run_and_possessive_country() {
        let a = actors("Later, Iran’s Supreme Leader Ali Khamenei spoke. Khamenei’s aide left.");
        let k = find(&a, "Ali Khamenei");
        assert_eq!(k.roles, ["Iran's Supreme Leader"]);
        assert_eq!(k.mentions.len(), 2);
        assert_eq!(k.mentions[1].via, MentionVia::Possessive);
        assert_eq!(find(&a, "Iran").kind, ActorKind::Place);
    }

    #[test]
    fn role_opening_with_a_two_word_place() {
        let a = actors("New Zealand's Prime Minister John Key said the vote would go ahead.");
        assert_eq!(find(&a, "John Key").roles, ["New Zealand's Prime Minister"]);
    }

    #[test]
    fn appositive_role() {
        let a = actors("Maria Lopez, a spokeswoman for the company, declined to comment.");
        assert_eq!(
            find(&a, "Maria Lopez").roles,
            ["spokeswoman for the company"]
        );
    }

    #[test]
    fn organisations_and_groups() {
        let a = actors("The report by Iran’s Tasnim news agency said Russian forces and the Iranian army were ready.");
        assert_eq!(find(&a, "Tasnim news agency").kind, ActorKind::Organization);
        assert_eq!(find(&a, "Russian forces").kind, ActorKind::Group);
        assert_eq!(find(&a, "Iranian army").kind, ActorKind::Organization);
    }

    #[test]
    fn capital_is_alias_of_country() {
        let a = actors("Iran said Tehran was ready.");
        let iran = find(&a, "Iran");
        assert_eq!(iran.mentions.len(), 2);
        assert_eq!(iran.mentions[1].via, MentionVia::Alias);
    }

    #[test]
    fn initials_open_a_persons_name() {
        let a = actors("England\nM. Law c and b Tarrant 50\nS. Peel run out 9\nTarrant said no.");
        assert_eq!(kind_of(&a, "M Law"), Some(ActorKind::Person), "{a:?}");
        assert_eq!(kind_of(&a, "S Peel"), Some(ActorKind::Person), "{a:?}");
    }

    #[test]
    fn known_surname_before_a_place_is_a_person() {
        let a = actors("Police held the writer Zhou Donghai on Friday. Zhou was released.");
        let p = find(&a, "Zhou Donghai");
        assert_eq!(p.kind, ActorKind::Person);
        assert_eq!(p.mentions.len(), 2, "{a:?}");
        let a = actors("Economist Maury Obstfeld spoke. Obstfeld said growth was slow.");
        assert_eq!(find(&a, "Maury Obstfeld").mentions.len(), 2, "{a:?}");
    }

    #[test]
    fn surname_of_a_known_person_is_not_a_country() {
        let a = actors("The film is by Neil Jordan. \"It was hard,\" Jordan said.");
        let p = find(&a, "Neil Jordan");
        assert_eq!(p.mentions.len(), 2, "{a:?}");
        assert_eq!(kind_of(&a, "Jordan"), None, "{a:?}");
    }

    #[test]
    fn a_surname_that_is_a_nationality_next_to_a_reporting_verb() {
        let text = "Mark Cuban spoke on Sunday. \"It is early,\" Cuban said. \"We will see,\" said Cuban. Cuban exiles said little.";
        let a = actors(text);
        assert_eq!(find(&a, "Mark Cuban").mentions.len(), 3, "{a:?}");
        // without the person, the word alone is no actor
        let a = actors("\"It is early,\" Cuban said.");
        assert!(a.is_empty(), "{a:?}");
    }

    #[test]
    fn nationality_before_an_unlisted_given_name() {
        let a = actors("DUBLIN 1996-08-31\nAmerican Nate Miller defended his title.");
        assert_eq!(kind_of(&a, "Nate Miller"), Some(ActorKind::Person), "{a:?}");
    }

    #[test]
    fn role_or_reporting_verb_before_a_single_name() {
        let a = actors("The president visited his wife Naina in hospital.");
        assert_eq!(kind_of(&a, "Naina"), Some(ActorKind::Person), "{a:?}");
        let a = actors("\"We lost,\" said Okonjo.");
        assert_eq!(kind_of(&a, "Okonjo"), Some(ActorKind::Person), "{a:?}");
        let a = actors("The plan, called Power8, cut jobs.");
        assert_eq!(kind_of(&a, "Power8"), None, "{a:?}");
    }

    #[test]
    fn a_run_ending_on_a_title_is_a_role() {
        let a = actors(
            "The Apple Chief Executive Officer spoke. The former Chief Operating Officer left.",
        );
        assert_eq!(kind_of(&a, "Apple"), Some(ActorKind::Organization), "{a:?}");
        assert!(a.iter().all(|x| x.kind != ActorKind::Person), "{a:?}");
        let a = actors("On Monday, Prime Minister John Major spoke.");
        assert_eq!(kind_of(&a, "John Major"), Some(ActorKind::Person), "{a:?}");
        let a = actors("The host, Mr. King, spoke.");
        assert_eq!(kind_of(&a, "King"), Some(ActorKind::Person), "{a:?}");
    }

    #[test]
    fn a_known_company_before_a_product() {
        let a = actors("The laptop has Intel Core Duo chips and four Rolls-Royce Trent engines.");
        assert_eq!(kind_of(&a, "Intel"), Some(ActorKind::Organization), "{a:?}");
        assert_eq!(
            kind_of(&a, "Rolls-Royce"),
            Some(ActorKind::Organization),
            "{a:?}"
        );
        assert!(a.iter().all(|x| x.kind != ActorKind::Person), "{a:?}");
        let a = actors("He played in the UEFA Cup final on Sunday.");
        assert_eq!(kind_of(&a, "UEFA"), None, "{a:?}");
    }

    #[test]
    fn a_city_holding_a_smaller_town_is_a_place() {
        let a = actors("The phone was shown at a fair in San Francisco on Monday.");
        assert_eq!(
            kind_of(&a, "San Francisco"),
            Some(ActorKind::Place),
            "{a:?}"
        );
        let a = actors("The plant was the home of Douglas Aircraft until 1997.");
        assert_eq!(
            kind_of(&a, "Douglas Aircraft"),
            Some(ActorKind::Organization),
            "{a:?}"
        );
    }

    #[test]
    fn a_results_line_with_a_two_word_country_is_not_a_headline() {
        let a = actors("Leading money winners:\n12. Frank Nobilo ( New Zealand ) 209,412\n");
        assert_eq!(
            kind_of(&a, "Frank Nobilo"),
            Some(ActorKind::Person),
            "{a:?}"
        );
    }

    #[test]
    fn a_companys_first_word_is_the_company() {
        let a = actors("Shares of Kelmarra Mining Ltd rose. Kelmarra said profit fell.");
        let o = find(&a, "Kelmarra Mining Ltd");
        assert_eq!(o.kind, ActorKind::Organization);
        assert_eq!(o.mentions.len(), 2, "{a:?}");
        assert!(a.iter().all(|x| x.kind != ActorKind::Person), "{a:?}");
    }

    #[test]
    fn a_plural_name_after_the_is_a_team() {
        let a = actors("Jones homered as the Seahawks beat the Mavericks again.");
        assert_eq!(
            kind_of(&a, "Seahawks"),
            Some(ActorKind::Organization),
            "{a:?}"
        );
        let a = actors("The talks failed, and the Israelis left.");
        assert_eq!(kind_of(&a, "Israelis"), None, "{a:?}");
    }

    #[test]
    fn a_dollar_after_a_country_is_a_currency() {
        let a = actors("The deal is worth US$ 40 billion.");
        assert!(a.is_empty(), "{a:?}");
    }

    #[test]
    fn sentence_initial_words_are_not_names() {
        let a = actors("However, the talks failed. Meanwhile, prices rose.");
        assert!(a.is_empty(), "{a:?}");
    }

    #[test]
    fn a_common_word_surname_next_to_a_reporting_verb_is_a_person() {
        let a = actors("The vote was close. But Murphy said the bill would pass.");
        assert_eq!(kind_of(&a, "Murphy"), Some(ActorKind::Person));
        let a = actors("\u{201c}We are ready,\u{201d} Rice told reporters.");
        assert_eq!(kind_of(&a, "Rice"), Some(ActorKind::Person));
        // not after a determiner, and not a plain word at the start of a sentence
        let a = actors("The Rice said nothing. Rice was served.");
        assert_eq!(kind_of(&a, "Rice"), None);
    }

    #[test]
    fn a_well_known_surname_alone_is_a_person() {
        // also common words ("obama", "trump"), at the start of a sentence or inside it
        let a = actors("Crowds gathered on Monday. Obama also spoke. Later he met Trump there.");
        assert_eq!(kind_of(&a, "Obama"), Some(ActorKind::Person));
        assert_eq!(kind_of(&a, "Trump"), Some(ActorKind::Person));
        let a = actors("The summit ended. It was Merkel's last.");
        assert_eq!(kind_of(&a, "Merkel"), Some(ActorKind::Person));
        // a common word in no such list stays a word
        let a = actors("Crowds gathered on Monday. Rice was served.");
        assert_eq!(kind_of(&a, "Rice"), None);
    }

    #[test]
    fn an_unknown_first_name_and_a_common_surname_before_an_age_or_said() {
        let a = actors("The march went on. Zorla Jones, 25, said it was peaceful.");
        assert_eq!(kind_of(&a, "Zorla Jones"), Some(ActorKind::Person));
        let a = actors("\u{201c}Go,\u{201d} Zorla Young said.");
        assert_eq!(kind_of(&a, "Zorla Young"), Some(ActorKind::Person));
    }

    #[test]
    fn a_korean_name_puts_the_family_name_first() {
        let a = actors("Ban Ki-moon spoke. Later, Ban said the talks failed.");
        let ban = find(&a, "Ban Ki-moon");
        assert_eq!(ban.mentions.len(), 2);
        assert!(is_korean_given_name("Jong-un"));
        assert!(!is_korean_given_name("Smith-Jones"));
    }

    fn kind_of(a: &[Actor], name: &str) -> Option<ActorKind> {
        a.iter().find(|x| x.name == name).map(|x| x.kind)
    }

    #[test]
    fn sentence_initial_preposition_is_not_a_given_name() {
        let a = actors("The match ended.\nIn Brookhaven, Tom Smith spoke.");
        assert_eq!(kind_of(&a, "Brookhaven"), Some(ActorKind::Place));
        assert!(a.iter().all(|x| !x.name.starts_with("In ")), "{a:?}");
        let a = actors("The match ended.\nIn Chicago, Tom Smith spoke.");
        assert_eq!(kind_of(&a, "Chicago"), Some(ActorKind::Place));
    }

    #[test]
    fn all_capitals_headline_reads_known_names_only() {
        let a = actors("FOOTBALL - NORWAY BEAT NEW ZEALAND IN FRIENDLY MATCH\nThe game was close.");
        assert_eq!(kind_of(&a, "Norway"), Some(ActorKind::Place));
        assert_eq!(kind_of(&a, "New Zealand"), Some(ActorKind::Place));
        assert_eq!(a.len(), 2, "{a:?}");
    }

    #[test]
    fn dateline_is_a_place() {
        let a = actors("Markets calm\nZORBAVILLE 2001-03-04\nTraders waited.");
        assert_eq!(kind_of(&a, "ZORBAVILLE"), Some(ActorKind::Place));
        let a = actors("KRELLTOWN, Wessex, March 4 (Wire) - Traders waited.");
        assert_eq!(kind_of(&a, "KRELLTOWN"), Some(ActorKind::Place));
        assert_eq!(kind_of(&a, "Wessex"), Some(ActorKind::Place));
        // a section heading is not a dateline
        let a = actors("PRESS DIGEST - Wessex - March 4\nTraders waited.");
        assert_eq!(kind_of(&a, "PRESS DIGEST"), None);
    }

    #[test]
    fn towns_in_results_tables_are_teams() {
        let a = actors("Results:\nChicago 4 Boston 2 Gravesworth 1 Lowfield 0\nMexico 2 Peru 1");
        assert_eq!(kind_of(&a, "Chicago"), Some(ActorKind::Organization));
        assert_eq!(kind_of(&a, "Gravesworth"), Some(ActorKind::Organization));
        // countries stay places, as their teams are usually named after them
        assert_eq!(kind_of(&a, "Mexico"), Some(ActorKind::Place));
        let a = actors("On Sunday, Boston beat Chicago by two runs. Later they flew to Boston.");
        assert_eq!(kind_of(&a, "Chicago"), Some(ActorKind::Organization));
    }

    #[test]
    fn an_abbreviation_opening_a_name_makes_it_an_organisation() {
        let a = actors("Analysts at KBV Grontvik said the shares would rise.");
        assert_eq!(kind_of(&a, "KBV Grontvik"), Some(ActorKind::Organization));
        let a = actors("Jon Harlow said the shares would rise.");
        assert_eq!(kind_of(&a, "Jon Harlow"), Some(ActorKind::Person));
        let a = actors("The story was written by ABR Hawkins on Monday.");
        assert_eq!(kind_of(&a, "ABR Hawkins"), Some(ActorKind::Person));
    }

    #[test]
    fn a_name_before_shares_or_employees_is_a_companys() {
        let a = actors("On Monday, Kelbrook Vantor shares fell 3 percent.");
        assert_eq!(
            kind_of(&a, "Kelbrook Vantor"),
            Some(ActorKind::Organization)
        );
        let a = actors("He said Quarnley employees were told on Friday.");
        assert_eq!(kind_of(&a, "Quarnley"), Some(ActorKind::Organization));
        let a = actors("On Monday, Japanese shares fell 3 percent.");
        assert_eq!(kind_of(&a, "Japanese"), None);
    }

    #[test]
    fn a_describing_word_opening_the_sentence_is_not_part_of_a_name() {
        let a =
            actors("Unseeded Michael Quettel beat the top seed. Third-seeded Mary Quettel won.");
        assert_eq!(kind_of(&a, "Michael Quettel"), Some(ActorKind::Person));
        assert_eq!(kind_of(&a, "Mary Quettel"), Some(ActorKind::Person));
        assert_eq!(kind_of(&a, "Unseeded Michael Quettel"), None);
    }

    #[test]
    fn two_particles_and_a_joined_particle_stay_in_the_name() {
        let a = actors("The ball went past goalkeeper Edwin van der Quell on Sunday.");
        assert_eq!(kind_of(&a, "Edwin van der Quell"), Some(ActorKind::Person));
        let a = actors("He said Khaled al-Quarni was not available.");
        assert_eq!(kind_of(&a, "Khaled al-Quarni"), Some(ActorKind::Person));
        assert!(is_joined_particle("al-Sayed") && !is_joined_particle("al-qaeda"));
    }

    #[test]
    fn a_name_opening_with_a_place_word_is_a_place() {
        let a = actors("They flew from Sao Quendo to Lisbon on Monday.");
        assert_eq!(kind_of(&a, "Sao Quendo"), Some(ActorKind::Place));
        let a = actors("Troops left Fort Kelbrook after the storm.");
        assert_eq!(kind_of(&a, "Fort Kelbrook"), Some(ActorKind::Place));
    }

    #[test]
    fn an_unknown_name_before_a_title_and_a_name_is_an_organisation() {
        let a = actors("On Monday, Quellbrook analyst Tim Varn started coverage.");
        assert_eq!(kind_of(&a, "Quellbrook"), Some(ActorKind::Organization));
        assert_eq!(kind_of(&a, "Tim Varn"), Some(ActorKind::Person));
        // someone's aide is a person's
        let a = actors("Yesterday, Tom Quell met Kelso. Quell aide Tim Varn said so.");
        assert_eq!(kind_of(&a, "Quell"), None);
        // a title opening the sentence is no organisation
        let a = actors("Chief executive Tim Varn said so.");
        assert_eq!(kind_of(&a, "Chief"), None);
    }

    #[test]
    fn a_name_before_a_comma_and_a_known_place_is_a_town() {
        let a = actors("Mary Quell from Varnbury, Ohio, won the prize.");
        assert_eq!(kind_of(&a, "Varnbury"), Some(ActorKind::Place));
        assert_eq!(kind_of(&a, "Mary Quell"), Some(ActorKind::Person));
        let a = actors("She lives in the town of Lees Varnbury, Missouri.");
        assert_eq!(kind_of(&a, "Lees Varnbury"), Some(ActorKind::Place));
    }

    #[test]
    fn clubs_of_several_words_in_a_results_line_are_teams() {
        let a = actors("Results:\nDinamo Varsk Polje 0 Zorvan Kelbrook 2\nHe said so.");
        assert_eq!(
            kind_of(&a, "Dinamo Varsk Polje"),
            Some(ActorKind::Organization)
        );
        assert_eq!(
            kind_of(&a, "Zorvan Kelbrook"),
            Some(ActorKind::Organization)
        );
        // a sentence with two numbers is no results line
        let a = actors("Dorvan Kelbrook scored 2 goals in 3 games.");
        assert_eq!(kind_of(&a, "Dorvan Kelbrook"), Some(ActorKind::Person));
    }

    #[test]
    fn bracketed_abbreviation_is_another_name() {
        let a =
            actors("The Kessel Liberation Front (KLF) met on Monday. Later, KLF fighters left.");
        let f = find(&a, "Kessel Liberation Front");
        assert_eq!(f.kind, ActorKind::Organization);
        let vias: Vec<_> = f.mentions.iter().map(|m| m.via).collect();
        assert_eq!(
            vias,
            [MentionVia::Name, MentionVia::Alias, MentionVia::Alias]
        );
        // an unknown abbreviation met alone is an organisation
        let a = actors("Delegates of the ZQX met on Monday.");
        assert_eq!(kind_of(&a, "ZQX"), Some(ActorKind::Organization));
    }

    #[test]
    fn age_after_a_single_name_makes_a_person() {
        let a = actors("The champion lost. Brandlemore, 45, takes on the winner.");
        assert_eq!(kind_of(&a, "Brandlemore"), Some(ActorKind::Person));
    }

    #[test]
    fn nationality_before_a_name_is_not_part_of_it() {
        let a = actors("The champion beat American Oliver Quimby on Friday.");
        assert_eq!(kind_of(&a, "Oliver Quimby"), Some(ActorKind::Person));
    }

    #[test]
    fn nationality_before_an_unlisted_name_is_not_part_of_it() {
        let a = actors("The seed lost to Yugoslav Dragan Vostrovic on Friday.");
        assert_eq!(kind_of(&a, "Dragan Vostrovic"), Some(ActorKind::Person));
        assert_eq!(kind_of(&a, "Yugoslav Dragan Vostrovic"), None);
        let a = actors("She beat South African Amanda Quettel in two sets.");
        assert_eq!(kind_of(&a, "Amanda Quettel"), Some(ActorKind::Person));
        let a = actors("He was beaten by Spaniard Carlos Quintero on Sunday.");
        assert_eq!(kind_of(&a, "Carlos Quintero"), Some(ActorKind::Person));
        // the words of a company stay one name
        let a = actors("Shares of American Home Products rose on Monday.");
        assert_eq!(kind_of(&a, "Home Products"), None);
    }

    #[test]
    fn place_nouns_and_place_words() {
        let a = actors("Riots broke out in the town of Zembla and in Quorx province.");
        assert_eq!(kind_of(&a, "Zembla"), Some(ActorKind::Place));
        assert_eq!(kind_of(&a, "Quorx"), Some(ActorKind::Place));
        let a = actors("The plane landed at Zembla International Airport on Monday.");
        assert_eq!(
            kind_of(&a, "Zembla International Airport"),
            Some(ActorKind::Place)
        );
    }

    #[test]
    fn organisation_nouns_and_prefixes() {
        let a = actors("The story ran in the daily Zorbatimes on Monday.");
        assert_eq!(kind_of(&a, "Zorbatimes"), Some(ActorKind::Organization));
        let a = actors("Shares of Ohio-based Quixcorp rose, and Quixcorp CEO Tom Smith smiled.");
        assert_eq!(kind_of(&a, "Quixcorp"), Some(ActorKind::Organization));
        assert_eq!(find(&a, "Quixcorp").mentions.len(), 2);
        assert_eq!(kind_of(&a, "Tom Smith"), Some(ActorKind::Person));
    }

    #[test]
    fn names_holding_a_place() {
        let a = actors("He flew Air Canada to meet settlers in East Jerusalem on Monday.");
        assert_eq!(kind_of(&a, "Air Canada"), Some(ActorKind::Organization));
        assert_eq!(kind_of(&a, "East Jerusalem"), Some(ActorKind::Place));
    }

    #[test]
    fn a_maker_and_a_model_are_not_a_person() {
        let a = actors("The carrier ordered ten Airbus A330 jets on Monday.");
        assert_eq!(kind_of(&a, "Airbus"), Some(ActorKind::Organization));
        assert!(a.iter().all(|x| x.kind != ActorKind::Person), "{a:?}");
    }

    #[test]
    fn known_surname_opens_a_sentence() {
        let a = actors("The keynote began. Steve Jobs spoke first. Jobs welcomed everyone.");
        assert_eq!(find(&a, "Steve Jobs").mentions.len(), 2);
    }

    #[test]
    fn short_abbreviation_is_a_place_only_for_a_country() {
        let a = actors("Auditors at the GAO upheld the protest, officials in the UK said.");
        assert_eq!(kind_of(&a, "GAO"), Some(ActorKind::Organization));
        assert_eq!(kind_of(&a, "UK"), Some(ActorKind::Place));
    }

    #[test]
    fn acronym_in_brackets_is_not_an_actor() {
        let a = actors("They export unmanned aerial vehicles (UAVs) to friends.");
        assert!(a.is_empty(), "{a:?}");
    }

    #[test]
    fn generational_suffixes_belong_to_the_name() {
        let a = actors(
            "On Monday, Martin Luther Pembrook Jr. said the vote was close. Pembrook smiled.",
        );
        let p = find(&a, "Martin Luther Pembrook Jr.");
        assert_eq!(p.kind, ActorKind::Person);
        assert_eq!(p.mentions.len(), 2, "{:?}", p.mentions);
        let a = actors("On Monday, Owen King III said the vote was close.");
        assert_eq!(find(&a, "Owen King III").kind, ActorKind::Person);
    }

    #[test]
    fn a_name_opening_with_the_is_no_person() {
        let a = actors("Vann Pembrook, a writer for The Lantern, said the vote was close.");
        assert_eq!(find(&a, "The Lantern").kind, ActorKind::Organization);
    }

    #[test]
    fn a_dash_ends_an_appositive_role() {
        let a = actors("The show is made by Owen Tarrant, the chief executive of Ora Media -- the company that owns it.");
        assert_eq!(
            find(&a, "Owen Tarrant").roles,
            vec!["chief executive of Ora Media".to_string()]
        );
    }

    #[test]
    fn an_unknown_word_before_a_listed_surname_is_a_given_name() {
        let a = actors("The police came.\n\nThen Tavesha Jones was heard yelling.");
        assert_eq!(find(&a, "Tavesha Jones").kind, ActorKind::Person);
        // a holiday is no one
        let a = actors("The police came.\n\nThe vote is on Tavesha Day, the holiday.");
        assert!(a.iter().all(|x| x.kind != ActorKind::Person), "{a:?}");
    }

    #[test]
    fn players_in_scorers_lists_and_cricket_cards_are_people() {
        let a = actors("The visitors won 2-1 ( Tavoldi 15th , Merrow ( 62nd minute ) ) on Sunday.");
        assert_eq!(kind_of(&a, "Tavoldi"), Some(ActorKind::Person));
        assert_eq!(kind_of(&a, "Merrow"), Some(ActorKind::Person));
        let a = actors("Openers : Orlan Dace c Pemby b Quastel 61 , Bowling : Vorrick 12-1-76-0 .");
        assert_eq!(kind_of(&a, "Pemby"), Some(ActorKind::Person));
        assert_eq!(kind_of(&a, "Quastel"), Some(ActorKind::Person));
        assert_eq!(kind_of(&a, "Vorrick"), Some(ActorKind::Person));
    }

    #[test]
    fn a_single_name_before_comma_who_is_a_person() {
        let a = actors("The club waited.\n\nTarvell, who joined in May, will start.");
        assert_eq!(kind_of(&a, "Tarvell"), Some(ActorKind::Person));
    }

    #[test]
    fn an_unlisted_plural_of_a_common_word_opening_a_sentence_is_no_name() {
        let a =
            actors("The fair opens today. Organisers hope to sell more tickets, diplomats said.");
        assert!(a.iter().all(|x| x.name != "Organisers"), "{a:?}");
    }

    #[test]
    fn a_name_after_held_or_ruled_is_a_place() {
        let a = actors("Refugees marched towards rebel-held Dravnik on Monday.");
        assert_eq!(kind_of(&a, "Dravnik"), Some(ActorKind::Place));
    }

    #[test]
    fn known_clubs_are_organisations_even_opening_a_sentence() {
        let a = actors("Aston Villa beat the leaders on Saturday.");
        assert_eq!(kind_of(&a, "Aston Villa"), Some(ActorKind::Organization));
        // and a known place after a bracket
        let a = actors("Ola Brandt ( South Africa ) won the final.");
        assert_eq!(kind_of(&a, "South Africa"), Some(ActorKind::Place));
        // a given name alone between scores is a club's
        let a = actors("Results : Arsenal 0 Chelsea 2 Leeds 1 Everton 1");
        assert_eq!(kind_of(&a, "Chelsea"), Some(ActorKind::Organization));
    }

    #[test]
    fn an_abbreviation_after_a_number_is_a_unit() {
        let a = actors("The notes pay a spread of 12.5 BP over Libor, dealers said.");
        assert!(a.iter().all(|x| x.name != "BP"), "{a:?}");
        let a = actors("Talks on Gaza and Tulkarm were held.");
        assert!(a.iter().all(|x| x.kind != ActorKind::Organization), "{a:?}");
    }

    #[test]
    fn regions_and_nations_are_places() {
        let a = actors("The singer toured Scotland and Sicily before the Balkans.");
        assert_eq!(kind_of(&a, "Scotland"), Some(ActorKind::Place));
        assert_eq!(kind_of(&a, "Sicily"), Some(ActorKind::Place));
        assert_eq!(kind_of(&a, "Balkans"), Some(ActorKind::Place));
        let a = actors("The airline flies to Europe and the Far East.");
        assert_eq!(kind_of(&a, "Europe"), Some(ActorKind::Place));
        assert_eq!(kind_of(&a, "Far East"), Some(ActorKind::Place));
        // a nation's team in a fixture is the nation, as a country's is
        let a = actors("Wales beat Estonia 2-0 on Saturday.");
        assert_eq!(kind_of(&a, "Wales"), Some(ActorKind::Place));
    }

    #[test]
    fn a_players_club_in_brackets_or_after_his_country() {
        let a = actors("Scorers : Marek Dolny ( Widzew Stal ) , Adam Fedor ( Odra Gorna ) .");
        assert_eq!(kind_of(&a, "Widzew Stal"), Some(ActorKind::Organization));
        assert_eq!(kind_of(&a, "Odra Gorna"), Some(ActorKind::Organization));
        let a = actors(
            "2. Mika Salvo ( Finland ) Terrello 1:54.095 3. Ola Berg ( Sweden ) Rimano 1:55.001",
        );
        assert_eq!(kind_of(&a, "Terrello"), Some(ActorKind::Organization));
        assert_eq!(kind_of(&a, "Finland"), Some(ActorKind::Place));
        // one man named twice is no club
        let a = actors("It was agreed with Boris Nikolayevich ( Yeltsin ) yesterday.");
        assert!(a.iter().all(|x| x.kind != ActorKind::Organization), "{a:?}");
    }

    #[test]
    fn the_before_a_known_name_is_not_part_of_it() {
        let a = actors("\" The United States will act , \" he said.");
        let us = find(&a, "United States");
        assert_eq!(us.kind, ActorKind::Place);
        assert_eq!(us.mentions[0].text, "United States");
    }

    #[test]
    fn a_heading_in_capitals_of_common_words_is_no_person() {
        let a = actors("Stocks closed up . RESEARCH ALERT - Brokers cut the rating .");
        assert!(a.iter().all(|x| x.kind != ActorKind::Person), "{a:?}");
    }

    #[test]
    fn a_listed_surname_before_another_opens_a_persons_name() {
        let a = actors("The club said its manager Davey Johnson will miss the game.");
        assert_eq!(kind_of(&a, "Davey Johnson"), Some(ActorKind::Person));
    }
}
