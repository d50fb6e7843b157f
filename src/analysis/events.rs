//! Events: dated clauses with their actors, the quote they report, and a one-line summary.
//!
//! Every calendar date expression (a day, month or year; not durations, sets or vague
//! references, and not bounds such as "as early as July") dates the part of its sentence it
//! belongs to: the whole sentence, or, when a sentence holds several dates, the phrase each one
//! closes ("… said on Monday the visit on Tuesday …"). The event takes the actors mentioned in
//! that part and the quote whose cue stands there; a statement reported in the next, undated
//! sentence by one of its actors is its quote too ("… denied by X on July 13. According to
//! him, “…”"). The timeline is chronological, unknown dates last in text order.

use super::lexicon::Lexicon;
use super::model::{
    Actor, ActorId, Event, EventId, Quote, QuoteId, QuoteKind, Span, Timex, TimexType,
};
use super::segment::Document;

/// Longest summary, in characters.
const SUMMARY_CHARS: usize = 90;

/// Modifiers that make a time a bound, not the date of an event. Prefixes of the time's
/// text, some ending in the space that ends their word ("by "), so not a word list: they
/// stay here.
const BOUNDS: &[&str] = &[
    "as early as",
    "as late as",
    "by ",
    "until",
    "till",
    "since",
    "before",
    "after",
    "from ",
    "no later than",
    "up to",
];

/// True when the TIMEX3 value names a calendar date, month or year (known or not).
fn is_calendar_value(v: &str) -> bool {
    let b = v.as_bytes();
    if b.len() < 4 {
        return false;
    }
    let year_ok = b[..4].iter().all(|c| c.is_ascii_digit()) || &b[..4] == b"XXXX";
    if !year_ok {
        return false;
    }
    let rest = &v[4..];
    rest.is_empty()
        || (rest.len() >= 3
            && rest.as_bytes()[0] == b'-'
            && rest.as_bytes()[1..3].iter().all(|c| c.is_ascii_digit()))
}

/// True when the date has an unknown year.
fn is_unknown(v: &str) -> bool {
    v.starts_with('X')
}

fn dates_event(text: &str, t: &Timex) -> bool {
    if !matches!(t.kind, TimexType::Date | TimexType::Time) || !is_calendar_value(&t.value) {
        return false;
    }
    // (as the lower-cased text would start with it: the bounds are ASCII without a `k`, and
    // no other character lower-cases to an ASCII letter a bound could go on with)
    let text_bytes = t.text.as_bytes();
    if BOUNDS.iter().any(|b| {
        text_bytes
            .get(..b.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(b.as_bytes()))
    }) {
        return false;
    }
    let mut before = text[..t.start.min(text.len())].split_whitespace().rev();
    let word = before.next().unwrap_or("");
    if !Lexicon::get()
        .bound_words
        .words()
        .iter()
        .any(|b| b.eq_ignore_ascii_case(word))
    {
        return true;
    }
    let negated = before
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("not") || w.to_lowercase().ends_with("n't"));
    negated && !word.eq_ignore_ascii_case("since")
}

/// Builds the chronological event list.
pub fn find_events(
    doc: &Document,
    actors: &[Actor],
    quotes: &[Quote],
    times: &[Timex],
) -> Vec<Event> {
    let mut by_sentence: Vec<(usize, Vec<usize>)> = Vec::new();
    // dates that only restate or bound a neighbour's date: cut from summaries, never events
    let mut absorbed: Vec<usize> = Vec::new();
    for (ti, t) in times.iter().enumerate() {
        if !dates_event(doc.text, t) {
            continue;
        }
        let s = doc.sentence_of(t.start);
        match by_sentence.last_mut() {
            Some((ls, list)) if *ls == s => {
                let Some(&last) = list.last() else {
                    continue;
                };
                match joins(doc.text, &times[last], t) {
                    Join::RangeEnd | Join::Coarser => absorbed.push(ti),
                    Join::Finer => {
                        absorbed.push(last);
                        if let Some(slot) = list.last_mut() {
                            *slot = ti;
                        }
                    }
                    Join::Apart => {
                        if !list.iter().any(|&o| times[o].value == t.value) {
                            list.push(ti);
                        }
                    }
                }
            }
            _ => by_sentence.push((s, vec![ti])),
        }
    }
    let mut mentions: Vec<(Span, ActorId)> = actors
        .iter()
        .flat_map(|a| a.mentions.iter().map(move |m| (m.span(), a.id)))
        .collect();
    mentions.sort_unstable_by_key(|m| m.0);
    let mut events: Vec<(Event, usize)> = Vec::new();
    for (s, list) in &by_sentence {
        let Some(sentence) = doc.sentences.get(*s) else {
            continue;
        };
        let regions = regions(doc, *s, list, times);
        for (k, &ti) in list.iter().enumerate() {
            let region = regions[k];
            let t = &times[ti];
            let event_actors = actors_in(&mentions, region);
            let quote = quote_in(quotes, region)
                .or_else(|| quote_in_next_sentence(doc, *s, &by_sentence, quotes, &event_actors));
            let cut: Vec<&Timex> = std::iter::once(t)
                .chain(
                    absorbed
                        .iter()
                        .map(|&a| &times[a])
                        .filter(|a| region.contains(Span::new(a.start, a.end))),
                )
                .collect();
            let summary = summarize(
                doc,
                region,
                sentence.span,
                &cut,
                quotes,
                quote,
                region_has_cue(quotes, quote, region),
                actors,
            );
            events.push((
                Event {
                    id: EventId(0),
                    date: t.value.clone(),
                    time: ti,
                    sentence: *s,
                    actors: event_actors,
                    quote,
                    summary,
                },
                sentence.span.start.max(t.start),
            ));
        }
    }
    events.sort_by(|(a, pa), (b, pb)| {
        let ua = is_unknown(&a.date);
        let ub = is_unknown(&b.date);
        ua.cmp(&ub)
            .then_with(|| {
                if ua {
                    std::cmp::Ordering::Equal
                } else {
                    a.date.cmp(&b.date)
                }
            })
            .then(pa.cmp(pb))
    });
    events
        .into_iter()
        .enumerate()
        .map(|(i, (mut e, _))| {
            e.id = EventId(i);
            e
        })
        .collect()
}

/// The part of sentence `s` each of its dates (`list`, in text order) belongs to.
fn regions(doc: &Document, s: usize, list: &[usize], times: &[Timex]) -> Vec<Span> {
    let Some(sentence) = doc.sentences.get(s) else {
        return Vec::new();
    };
    if list.len() == 1 {
        return vec![sentence.span];
    }
    let mut starts = vec![sentence.span.start];
    for w in list.windows(2) {
        let prev_end = times[w[0]].end;
        let t = &times[w[1]];
        // back from the date to the word that opens its phrase
        let first = doc.token_at_or_after(prev_end);
        let mut k = doc.token_at_or_after(t.start);
        let mut start = t.start;
        while k > first {
            k -= 1;
            let tok = doc.tok(k);
            if tok == "," || Lexicon::get().phrase_openers.contains(&tok.to_lowercase()) {
                start = doc.tokens.get(k + 1).map_or(t.start, |x| x.span.start);
                if tok != "," {
                    start = doc.tokens[k].span.start;
                }
                break;
            }
        }
        starts.push(start.max(prev_end));
    }
    let mut out = Vec::with_capacity(starts.len());
    for (i, &st) in starts.iter().enumerate() {
        // a later date closes its phrase: "… visit to Tehran on July 19"
        let end = match (i, starts.get(i + 1)) {
            (0, Some(&next)) => next,
            (0, None) => sentence.span.end,
            _ => times[list[i]].end,
        };
        out.push(Span::new(st, end.max(st)));
    }
    out
}

fn actors_in(mentions: &[(Span, ActorId)], region: Span) -> Vec<ActorId> {
    let first = mentions.partition_point(|m| m.0.start < region.start);
    let mut out: Vec<ActorId> = Vec::new();
    for (span, id) in mentions[first..]
        .iter()
        .take_while(|m| m.0.start < region.end)
    {
        if region.contains(*span) && !out.contains(id) {
            out.push(*id);
        }
    }
    out
}

/// The quote whose cue (or, without a cue, whose text) lies in the region; direct first.
fn quote_in(quotes: &[Quote], region: Span) -> Option<QuoteId> {
    let anchored = |q: &Quote| match q.cue_span() {
        Some(c) => region.contains(c),
        None => region.contains(q.span()),
    };
    // quotes are in text order; a cue lies within a few hundred bytes of its quote
    let first = quotes.partition_point(|q| q.end + 2000 < region.start);
    quotes[first..]
        .iter()
        .take_while(|q| q.start < region.end + 2000)
        .filter(|q| anchored(q) && q.speaker.is_some())
        .min_by_key(|q| (q.kind != QuoteKind::Direct, q.start))
        .map(|q| q.id)
}

fn region_has_cue(quotes: &[Quote], quote: Option<QuoteId>, region: Span) -> bool {
    quote
        .and_then(|q| quotes.get(q.0))
        .and_then(Quote::cue_span)
        .is_some_and(|c| region.contains(c))
}

/// A quote in the next sentence, when that sentence has no date of its own and the quote's
/// speaker takes part in the event.
fn quote_in_next_sentence(
    doc: &Document,
    s: usize,
    dated: &[(usize, Vec<usize>)],
    quotes: &[Quote],
    actors: &[ActorId],
) -> Option<QuoteId> {
    let next = doc.sentences.get(s + 1)?;
    if doc.sentences.get(s)?.paragraph != next.paragraph
        && next.paragraph != doc.sentences[s].paragraph + 1
    {
        return None;
    }
    if dated.binary_search_by_key(&(s + 1), |d| d.0).is_ok() {
        return None;
    }
    let first = quotes.partition_point(|q| q.end + 2000 < next.span.start);
    quotes[first..]
        .iter()
        .take_while(|q| q.start < next.span.end + 2000)
        .filter(|q| next.span.contains(q.cue_span().unwrap_or(q.span())))
        .filter(|q| q.speaker.is_some_and(|sp| actors.contains(&sp)))
        .min_by_key(|q| (q.kind != QuoteKind::Direct, q.start))
        .map(|q| q.id)
}

#[allow(clippy::too_many_arguments)]
fn summarize(
    doc: &Document,
    region: Span,
    sentence: Span,
    cut: &[&Timex],
    quotes: &[Quote],
    quote: Option<QuoteId>,
    cue_here: bool,
    actors: &[Actor],
) -> String {
    let q = quote.and_then(|q| quotes.get(q.0)).filter(|_| cue_here);
    if let Some(q) = q {
        let speaker = q
            .speaker
            .and_then(|s| actors.get(s.0))
            .map(|a| a.name.as_str());
        if let Some(name) = speaker {
            match q.kind {
                // (a stance noun or a passive does not read "SPEAKER CUE CLAUSE")
                QuoteKind::Indirect if super::quotes::cue_reads_as_verb(q, doc.text) => {
                    let cue = q.cue.as_deref().unwrap_or("said").to_lowercase();
                    let cue = if cue == "according to" {
                        "said".to_owned()
                    } else {
                        cue
                    };
                    let clause = strip_times(&q.text, q.start, cut);
                    return clip(&format!("{name} {cue} {clause}"));
                }
                QuoteKind::Direct if q.start <= region.start + 4 => {
                    return clip(&format!(
                        "{name}: “{}”",
                        q.text.trim_end_matches([',', '.', ' '])
                    ));
                }
                QuoteKind::Direct | QuoteKind::Indirect => {}
            }
        }
    }
    let text = strip_times(region.slice(doc.text), region.start, cut);
    let summary = main_clause(&text);
    if summary.split_whitespace().nth(2).is_some() || region == sentence {
        return clip(&summary);
    }
    // a date phrase too short to say anything: the sentence it stands in says it
    let text = strip_times(sentence.slice(doc.text), sentence.start, cut);
    clip(&main_clause(&text))
}

/// How a date relates to the previous date of the same sentence.
#[derive(Debug, PartialEq, Eq)]
enum Join {
    /// The end of a range: "from November 20 to December 11".
    RangeEnd,
    /// The same date said again, less precisely: "February 6 - this year".
    Coarser,
    /// The same date said again, more precisely: "this year, on February 6".
    Finer,
    /// A date of its own.
    Apart,
}

/// What joins the last date of a range to its first: words and dashes (its openers are
/// [`Lexicon::range_openers`]). It stays here, beside the dashes it mixes with words.
const RANGE_JOINS: &[&str] = &["to", "until", "till", "through", "-", "–", "—"];

fn joins(text: &str, prev: &Timex, t: &Timex) -> Join {
    let gap = text.get(prev.end..t.start).unwrap_or("x").trim();
    let adjacent = gap.chars().all(|c| !c.is_alphanumeric()) && gap.chars().count() <= 3;
    if adjacent && prev.value != t.value {
        if prev.value.starts_with(t.value.as_str()) {
            return Join::Coarser;
        }
        if t.value.starts_with(prev.value.as_str()) {
            return Join::Finer;
        }
    }
    let gap = gap.to_lowercase();
    let before = text[..prev.start.min(text.len())]
        .trim_end()
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("")
        .to_lowercase();
    let and_range = gap == "and" && before == "between";
    if and_range
        || (RANGE_JOINS.contains(&gap.as_str()) && Lexicon::get().range_openers.contains(&before))
    {
        return Join::RangeEnd;
    }
    Join::Apart
}

/// The text with the dates in `cut` (and the words that only introduce them) cut out.
fn strip_times(text: &str, offset: usize, cut: &[&Timex]) -> String {
    let mut spans: Vec<(usize, usize)> = cut
        .iter()
        .filter(|t| t.start >= offset)
        .map(|t| (t.start - offset, t.end - offset))
        .filter(|&(a, b)| b <= text.len() && text.is_char_boundary(a) && text.is_char_boundary(b))
        .collect();
    spans.sort_unstable();
    let lex = Lexicon::get();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (a, b) in spans {
        if a < at {
            continue;
        }
        out.push_str(&text[at..a]);
        drop_last_word_of(&mut out, lex.date_prepositions.words());
        drop_last_word_of(&mut out, lex.date_modifiers.words());
        at = b;
    }
    out.push_str(&text[at..]);
    tidy(&drop_cleft(&out))
}

/// The white-space separated words of `s`, as [`str::split_whitespace`] gives them, by the
/// cheaper ASCII split when `s` is ASCII without a vertical tab (the one ASCII space
/// character the ASCII split does not know).
fn words_of(s: &str) -> Words<'_> {
    if s.is_ascii() && !s.contains('\x0b') {
        Words::Ascii(s.split_ascii_whitespace())
    } else {
        Words::Any(s.split_whitespace())
    }
}

/// The iterator of [`words_of`]: one of the two splits (a plain enum costs less per word
/// than chaining two optional iterators).
enum Words<'a> {
    /// ASCII text without a vertical tab.
    Ascii(std::str::SplitAsciiWhitespace<'a>),
    /// Any other text.
    Any(std::str::SplitWhitespace<'a>),
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        match self {
            Words::Ascii(w) => w.next(),
            Words::Any(w) => w.next(),
        }
    }
}

/// "It wasn't (until) … that X did Y", its date cut out, says "X did Y".
fn drop_cleft(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("it ")) {
        return std::borrow::Cow::Borrowed(s);
    }
    let s = s.replace('’', "'");
    let lower = s.to_lowercase();
    for opening in [
        "it wasn't",
        "it was not",
        "it was",
        "it isn't",
        "it is not",
        "it is",
    ] {
        let Some(rest) = lower.strip_prefix(opening) else {
            continue;
        };
        let rest = rest.trim_start();
        let rest = ["not until", "until", "till", "only"]
            .iter()
            .find_map(|w| rest.strip_prefix(w))
            .unwrap_or(rest)
            .trim_start();
        if let Some(clause) = rest.strip_prefix("that ") {
            // offsets agree when lowering kept every byte length
            let at = s.len() - clause.len();
            if s.is_char_boundary(at) && lower.len() == s.len() {
                return std::borrow::Cow::Owned(s[at..].to_owned());
            }
        }
        break;
    }
    std::borrow::Cow::Owned(s)
}

/// Removes the last word of `s` when it is one of `words` (any case) and stands alone.
fn drop_last_word_of(s: &mut String, words: &[String]) {
    let trimmed = s.trim_end().len();
    let start = s[..trimmed]
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || c == '(')
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &s[start..trimmed];
    if words.iter().any(|w| w.eq_ignore_ascii_case(word)) {
        s.truncate(start);
    }
}

/// Collapses the spaces and the lone punctuation left where dates were cut out:
/// "Day - - ." becomes "Day.", "from , when" becomes "from, when".
fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // where the last word kept starts in `out` (its space included) when it is lone
    // punctuation, which a later word can drop: a lone word never opens `out` and never
    // follows another, so no other word kept is ever dropped
    let mut lone_at: Option<usize> = None;
    for w in words_of(s) {
        let lone = is_lone(w);
        if lone {
            // a dash or comma at the start stands for nothing
            if out.is_empty() {
                continue;
            }
            // nor does one after another
            if let Some(at) = lone_at.take() {
                out.truncate(at);
                if w.starts_with(',') {
                    lone_at = Some(push_word(&mut out, ","));
                }
                continue;
            }
        }
        let at = push_word(&mut out, w);
        lone_at = lone.then_some(at);
    }
    if let Some(at) = lone_at {
        out.truncate(at);
    }
    out
}

/// True for a word of dashes, commas, semicolons and colons only.
fn is_lone(w: &str) -> bool {
    w.chars()
        .all(|c| matches!(c, '-' | '–' | '—' | ',' | ';' | ':'))
}

/// Appends word `w` to `out` for [`tidy`], after a space unless it attaches to the word
/// before (punctuation, or after an opening parenthesis); returns where it starts (its space
/// included).
fn push_word(out: &mut String, w: &str) -> usize {
    let at = out.len();
    // (all ASCII marks: their first byte says it)
    let attach = matches!(w.as_bytes().first(), Some(b',' | b'.' | b';' | b':' | b')'));
    if !out.is_empty() && !attach && out.as_bytes().last() != Some(&b'(') {
        out.push(' ');
    }
    out.push_str(w);
    at
}

/// Drops a leading subordinate or introductory phrase ("When meeting X, …", "During …,"),
/// a leading preposition, and trailing punctuation.
fn main_clause(text: &str) -> String {
    let mut t = text.trim();
    let first = t.split_whitespace().next().unwrap_or("").to_lowercase();
    let first = first.trim_matches(|c: char| !c.is_alphanumeric());
    let lex = Lexicon::get();
    if lex.subordinators.contains(first) || lex.phrase_openers.contains(first) {
        if let Some(i) = t.find(", ") {
            if t[i + 2..].split_whitespace().nth(2).is_some() {
                t = &t[i + 2..];
            }
        } else if lex.phrase_openers.contains(first) {
            t = t[first.len()..].trim_start();
        }
    }
    let t = t
        .trim_start_matches([',', ' '])
        .trim_end_matches(['.', ',', ';', ':', ' ']);
    let mut s = if t.contains('’') {
        t.replace('’', "'")
    } else {
        t.to_owned()
    };
    if let Some(c) = s.chars().next() {
        if c.is_lowercase() && !s.starts_with("iP") {
            let upper: String = c.to_uppercase().collect();
            s.replace_range(..c.len_utf8(), &upper);
        }
    }
    s
}

/// True when `s` is ASCII and its words stand one space apart, with no other white space:
/// then joining its words with single spaces gives `s` again.
fn is_spaced_ascii(s: &str) -> bool {
    let b = s.as_bytes();
    let mut prev_space = true;
    for &c in b {
        let space = c.is_ascii_whitespace() || c == 0x0b;
        if space && (c != b' ' || prev_space) || !c.is_ascii() {
            return false;
        }
        prev_space = space;
    }
    !prev_space || b.is_empty()
}

/// One line of at most [`SUMMARY_CHARS`] characters, cut at a word with an ellipsis.
fn clip(s: &str) -> String {
    if s.len() <= SUMMARY_CHARS && is_spaced_ascii(s) {
        // (its words one space apart already, and short enough)
        return s.to_owned();
    }
    let mut out = String::with_capacity(SUMMARY_CHARS + 4);
    let mut chars = 0;
    // (in ASCII text a word has as many characters as bytes, and no typographic apostrophe)
    let ascii = s.is_ascii();
    for w in words_of(s) {
        let n = if ascii { w.len() } else { w.chars().count() };
        let sep = usize::from(chars > 0);
        if chars + sep + n > SUMMARY_CHARS {
            // too long: cut at the last word that fits, with an ellipsis
            let mut cut: String = out.trim_end_matches([',', ';', ':', ' ']).to_owned();
            while cut.chars().count() + 1 > SUMMARY_CHARS {
                match cut.rfind(' ') {
                    Some(i) => cut.truncate(i),
                    None => break,
                }
            }
            cut.push('…');
            return cut;
        }
        if sep == 1 {
            out.push(' ');
        }
        if !ascii && w.contains('’') {
            out.extend(w.chars().map(|c| if c == '’' { '\'' } else { c }));
        } else {
            out.push_str(w);
        }
        chars += sep + n;
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn bounds_stay_ascii_without_k() {
        for b in super::BOUNDS {
            assert!(b.is_ascii() && !b.contains(['k', 'K']), "{b}");
            assert_eq!(b.to_lowercase(), *b);
        }
    }

    use super::*;
    use crate::analysis::{actors, coref, lexicon::Lexicon, quotes};

    const SAMPLE: &str = include_str!("../../assets/samples/iran-drones.txt");

    /// The sample's events, given its times (as the times module finds them).
    #[test]
    fn reference_story_timeline() {
        let text = SAMPLE.split_once("\n\n").map_or(SAMPLE, |x| x.1);
        let times: Vec<Timex> = [
            ("July 19", "2022-07-19", 0),
            ("July 11", "2022-07-11", 0),
            ("as early as July", "2022-07", 0),
            ("July 15", "2022-07-15", 0),
            ("July 13", "2022-07-13", 0),
            ("On the same day", "2022-07-13", 0),
            ("July 19", "2022-07-19", 1),
            ("Tuesday", "2022-07-19", 0),
        ]
        .iter()
        .map(|&(t, v, nth)| {
            let start = text.match_indices(t).nth(nth).map(|m| m.0).unwrap();
            Timex {
                text: t.into(),
                start,
                end: start + t.len(),
                kind: TimexType::Date,
                value: v.into(),
            }
        })
        .collect();
        let mut times = times;
        times.sort_by_key(|t| t.start);
        let doc = Document::new(text);
        let lex = Lexicon::get();
        let mut found = actors::find_actors(&doc, lex);
        coref::resolve(&doc, &mut found);
        let mut qs = quotes::find_quotes(&doc, lex, &mut found);
        let (actors, ids) = found.into_actors(text);
        for q in &mut qs {
            q.speaker = q.speaker.and_then(|a| ids[a.0]);
        }
        let events = find_events(&doc, &actors, &qs, &times);
        let name = |id: ActorId| actors[id.0].name.as_str();
        let got: Vec<(String, Vec<&str>, String)> = events
            .iter()
            .map(|e| {
                (
                    e.date.clone(),
                    e.actors.iter().map(|&a| name(a)).collect(),
                    e.summary.clone(),
                )
            })
            .collect();
        for g in &got {
            eprintln!("{g:?}");
        }
        let dates: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            dates,
            [
                "2022-07-11",
                "2022-07-13",
                "2022-07-13",
                "2022-07-15",
                "2022-07-19",
                "2022-07-19",
                "2022-07-19"
            ]
        );
        assert!(got[0].1.contains(&"Jake Sullivan"));
        assert!(got[1].1.contains(&"Nasser Kanaani"));
        assert!(got[2].1.contains(&"Dmitry Peskov") && !got[2].1.contains(&"Vladimir Putin"));
        assert!(got[3].1.contains(&"Hossein Amir-Abdollahian"));
        assert!(got[4].1.contains(&"Kioumars Heydari"));
        assert!(got[5].1.contains(&"Vladimir Putin") && !got[5].1.contains(&"Dmitry Peskov"));
        assert!(got[6].1.contains(&"Ali Khamenei"));
        assert!(events
            .iter()
            .all(|e| e.quote.is_some() || e.summary.contains("visit")));
    }

    #[test]
    fn calendar_values() {
        assert!(is_calendar_value("2022-07-19"));
        assert!(is_calendar_value("2022-07"));
        assert!(is_calendar_value("2022"));
        assert!(is_calendar_value("XXXX-07-19"));
        assert!(is_calendar_value("2022-07-19T15:00"));
        assert!(!is_calendar_value("PRESENT_REF"));
        assert!(!is_calendar_value("P3D"));
        assert!(!is_calendar_value("2022-W29") && !is_calendar_value("2022-SU"));
    }

    #[test]
    fn clipping_keeps_words_whole() {
        let long = "word ".repeat(40);
        let c = clip(&long);
        assert!(c.chars().count() <= SUMMARY_CHARS);
        assert!(c.ends_with("word…"));
    }

    #[test]
    fn short_clean_lines_stay_as_they_are() {
        assert_eq!(clip("Iran said no."), "Iran said no.");
        assert_eq!(clip(""), "");
        // other white space is collapsed, as for long lines
        assert_eq!(clip(" Iran  said\tno. "), "Iran said no.");
        assert_eq!(clip("Iran\u{b}said"), "Iran said");
        assert!(is_spaced_ascii("a b c") && !is_spaced_ascii("a  b") && !is_spaced_ascii("a b "));
        assert!(!is_spaced_ascii("Zürich") && !is_spaced_ascii("a\nb"));
    }

    #[test]
    fn main_clause_drops_subordinate_opening() {
        assert_eq!(
            main_clause("When meeting with Vladimir Putin, Iran's Supreme Leader Ali Khamenei offered support."),
            "Iran's Supreme Leader Ali Khamenei offered support"
        );
        assert_eq!(
            main_clause("during Russian President Vladimir Putin’s visit to Tehran"),
            "Russian President Vladimir Putin's visit to Tehran"
        );
    }
}

#[cfg(test)]
mod summary_tests {
    use super::*;

    fn timex(text: &str, phrase: &str, value: &str) -> Timex {
        let start = text.find(phrase).unwrap_or(0);
        Timex {
            text: phrase.into(),
            start,
            end: start + phrase.len(),
            kind: TimexType::Date,
            value: value.into(),
        }
    }

    fn events_of(text: &str, times: &[Timex]) -> Vec<Event> {
        let doc = Document::new(text);
        find_events(&doc, &[], &[], times)
    }

    #[test]
    fn a_range_is_one_event_dated_by_its_start() {
        let text = "The vote is to be held from November 20 to December 11.";
        let times = [
            timex(text, "November 20", "2015-11-20"),
            timex(text, "December 11", "2015-12-11"),
        ];
        let events = events_of(text, &times);
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].date, "2015-11-20");
        assert_eq!(events[0].summary, "The vote is to be held");
    }

    #[test]
    fn a_date_said_again_less_precisely_is_not_an_event() {
        let text = "Mr Key promoted the campaign on Waitangi Day - February 6 - this year.";
        let times = [
            timex(text, "February 6", "2015-02-06"),
            timex(text, "this year", "2015"),
        ];
        let events = events_of(text, &times);
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].date, "2015-02-06");
        assert_eq!(
            events[0].summary,
            "Mr Key promoted the campaign on Waitangi Day"
        );
    }

    #[test]
    fn cutting_a_date_leaves_no_dangling_words() {
        let text = "This is a decrease from the year before, when it was forty percent.";
        let times = [timex(text, "the year before", "2014")];
        assert_eq!(
            events_of(text, &times)[0].summary,
            "This is a decrease, when it was forty percent"
        );
        let text = "Voters would then choose between the two flags early in 2016.";
        let times = [timex(text, "2016", "2016")];
        assert_eq!(
            events_of(text, &times)[0].summary,
            "Voters would then choose between the two flags"
        );
    }

    #[test]
    fn bounds_are_not_events_but_negated_until_is() {
        let text = "The flood, the worst in the town since 1947, damaged 300 homes.";
        assert!(events_of(text, &[timex(text, "1947", "1947")]).is_empty());
        let text = "It wasn't until 1997 that Deep Blue beat Kasparov.";
        let events = events_of(text, &[timex(text, "1997", "1997")]);
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].summary, "Deep Blue beat Kasparov");
    }

    #[test]
    fn cutting_after_wide_whitespace_keeps_char_boundaries() {
        let text = "The show airs weekdays\u{a0}from\u{2003}6 a.m. to 9 a.m.\u{a0}on radio.";
        let t = timex(text, "6 a.m.", "2016-06-01T06:00");
        let cut = strip_times(text, 0, &[&t]);
        assert!(cut.starts_with("The show airs weekdays"));
        let mut s = "weekdays\u{a0}to".to_owned();
        drop_last_word_of(&mut s, Lexicon::get().date_prepositions.words());
        assert_eq!(s, "weekdays\u{a0}");
    }

    #[test]
    fn separate_dates_stay_separate_events() {
        let text = "He arrived on Monday and left on Friday.";
        let times = [
            timex(text, "Monday", "2015-05-04"),
            timex(text, "Friday", "2015-05-08"),
        ];
        assert_eq!(events_of(text, &times).len(), 2);
    }

    /// What cutting dates out leaves, tidied: lone dashes and commas go, a comma stays where
    /// two marks met, and punctuation attaches to the word before it.
    #[test]
    fn tidy_collapses_what_cuts_leave() {
        assert_eq!(tidy("Day - - ."), "Day.");
        assert_eq!(tidy("from , when"), "from, when");
        assert_eq!(tidy("- , Roe  said ( ok ) ;"), "Roe said (ok)");
        assert_eq!(tidy("talks — , then"), "talks, then");
        assert_eq!(tidy("a - - - b"), "a - b");
        assert_eq!(tidy("  plain\twords\u{a0}here "), "plain words here");
        assert_eq!(tidy(""), "");
    }
}
