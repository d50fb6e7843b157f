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
        if v == 0
            || !self.doc.has(v, Facts::LOWER_INITIAL)
            || !words().document_verbs.contains(self.lower(v))
        {
            return false;
        }
        let n = if v >= 2 && matches!(self.lower(v - 1), "that" | "which") {
            v - 2
        } else {
            v - 1
        };
        document_nouns().contains(self.lower(n))
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

    /// Finds the pairs of quotation marks of every paragraph, in text order.
    fn find_marks(&self) -> Vec<Marks> {
        let doc = self.doc;
        let mut out = Vec::new();
        for para in &doc.paragraphs {
            let first = doc.token_at_or_after(para.start);
            let end = doc.token_at_or_after(para.end);
            let mut open: Option<usize> = None;
            let mut straight: Option<usize> = None;
            let mut inner = 0usize;
            // (the first mark that closed an inner quotation: where the quotation ends after
            // all when its own closing mark never comes)
            let mut first_inner_close: Option<usize> = None;
            let mut skip = false;
            for k in first..end {
                if std::mem::take(&mut skip) {
                    continue;
                }
                // every mark is a punctuation token starting with `"`, `'`, or the first byte
                // of `“ ” „` (0xE2) or `« »` (0xC2): other tokens are passed at a glance
                let tk = &doc.tokens[k];
                if tk.kind != TokenKind::Punct
                    || !matches!(
                        doc.text.as_bytes().get(tk.span.start),
                        Some(b'"' | b'\'' | 0xE2 | 0xC2)
                    )
                {
                    continue;
                }
                let t = doc.tok(k);
                // `''` (two apostrophes, as some papers print a double quotation mark) is one
                // straight mark: it opens after its second apostrophe and closes at its first
                if self.is_double_apostrophe(k) {
                    let opens = k == first
                        || doc.tokens[k - 1].span.end < doc.tokens[k].span.start
                        || matches!(doc.tok(k - 1), "(" | "[" | "—" | "–" | "-" | ":");
                    match straight {
                        Some(o) if !opens => {
                            out.push(Marks {
                                open: o,
                                close: k,
                                closed: true,
                            });
                            straight = None;
                        }
                        _ => straight = Some(k + 1),
                    }
                    skip = true;
                    continue;
                }
                if is_open_mark(t) {
                    if open.is_none() {
                        open = Some(k);
                    } else if t == "“" {
                        inner += 1; // a quotation inside the quotation: “… he calls “hell” …”
                    }
                } else if is_close_mark(t) && inner > 0 && t == "”" {
                    inner -= 1;
                    first_inner_close.get_or_insert(k);
                } else if is_close_mark(t) {
                    first_inner_close = None;
                    // a closing mark printed for an opening one: first in its paragraph, or
                    // after a space and touching the word after it, with nothing open
                    let misprinted_open = open.is_none()
                        && straight.is_none()
                        && (k == first
                            || (doc.tokens[k - 1].span.end < tk.span.start
                                && doc
                                    .tokens
                                    .get(k + 1)
                                    .is_some_and(|n| n.span.start == tk.span.end)));
                    if misprinted_open && t == "”" {
                        open = Some(k);
                        continue;
                    }
                    // (mixed marks: `"…”` closes the straight one)
                    if let Some(o) = open.take().or_else(|| straight.take()) {
                        out.push(Marks {
                            open: o,
                            close: k,
                            closed: true,
                        });
                    }
                } else if t == "\"" {
                    let touches_before =
                        k > first && doc.tokens[k - 1].span.end == doc.tokens[k].span.start;
                    // an inch mark after a number ("6'3\""), when no quotation is open
                    if straight.is_none()
                        && touches_before
                        && doc.tokens[k - 1].kind == TokenKind::Number
                    {
                        continue;
                    }
                    // a mark with a space (or the paragraph's end) after it closes the open
                    // quotation even when a space or a dash stands before it ("… outreach,' \"
                    // he told", "… n------\" who")
                    let space_after = doc
                        .tokens
                        .get(k + 1)
                        .is_none_or(|n| k + 1 >= end || n.span.start > doc.tokens[k].span.end);
                    let opens = !(straight.is_some() && space_after)
                        && (k == first
                            || !touches_before
                            || matches!(doc.tok(k - 1), "(" | "[" | "—" | "–" | "-" | ":"));
                    // (mixed marks: `“…"` closes the curly one)
                    if !opens && straight.is_none() {
                        if let Some(o) = open.take() {
                            out.push(Marks {
                                open: o,
                                close: k,
                                closed: true,
                            });
                            continue;
                        }
                    }
                    match straight {
                        Some(o) if !opens || k == o + 1 => {
                            out.push(Marks {
                                open: o,
                                close: k,
                                closed: true,
                            });
                            straight = None;
                        }
                        Some(o) if opens => {
                            // two openers: the first was unbalanced; start again here
                            let _ = o;
                            straight = Some(k);
                        }
                        _ => straight = Some(k),
                    }
                }
            }
            if let Some((o, c)) = open.zip(first_inner_close).filter(|(o, c)| o < c) {
                out.push(Marks {
                    open: o,
                    close: c,
                    closed: true,
                });
                open = None;
            }
            // an opening mark left open: a quote running to the end of the paragraph
            for o in [open, straight].into_iter().flatten() {
                if o + 1 < end {
                    out.push(Marks {
                        open: o,
                        close: end,
                        closed: false,
                    });
                }
            }
        }
        out.sort_by_key(|m| m.open);
        // drop marks nested inside another quote
        let mut kept: Vec<Marks> = Vec::with_capacity(out.len());
        for m in out {
            if kept.last().is_some_and(|k| m.open < k.close) {
                continue;
            }
            kept.push(m);
        }
        kept
    }

    /// True when token `k` is the dot of an abbreviation such as "Sen." or "Del.", or of an
    /// initial ("John E. Roe"): it touches a short capitalised word.
    fn is_abbreviation_dot(&self, k: usize) -> bool {
        let doc = self.doc;
        if k == 0 || doc.tok(k) != "." {
            return false;
        }
        let prev = doc.tok(k - 1);
        let letters = prev.chars().count();
        // (a party and state: "Jane Roe, R-Wis., said")
        let party_state = letters > 3 && ["D-", "R-", "I-"].iter().any(|p| prev.starts_with(p));
        let short_name =
            letters == 1 || party_state || (letters <= 4 && !doc.has(k - 1, Facts::COMMON));
        doc.tokens[k - 1].span.end == doc.tokens[k].span.start
            && prev.chars().next().is_some_and(char::is_uppercase)
            && (short_name || doc.has(k - 1, Facts::TITLE | Facts::HONORIFIC))
    }

    /// True when tokens `k` and `k + 1` are two apostrophes written together: `''`.
    fn is_double_apostrophe(&self, k: usize) -> bool {
        let doc = self.doc;
        doc.tok(k) == "'"
            && doc.tok(k + 1) == "'"
            && doc.tokens[k].span.end == doc.tokens[k + 1].span.start
    }

    fn content_span(&self, m: Marks) -> Option<Span> {
        let doc = self.doc;
        let start = doc.tokens.get(m.open)?.span.end;
        let end = if m.closed {
            doc.tokens.get(m.close)?.span.start
        } else {
            doc.tokens.get(m.close - 1)?.span.end
        };
        let raw = doc.text.get(start..end)?;
        let lead = raw.len() - raw.trim_start().len();
        let trail = raw.len() - raw.trim_end().len();
        let span = Span::new(start + lead, end - trail);
        (!span.is_empty()).then_some(span)
    }

    /// The speaker mention ending right before token `v` (a reporting verb): "Heydari said",
    /// "he added", "Nasser Kanaani, a spokesman, said", "Sen. Jane Roe (D-Vt.), who backs the
    /// bill, said", "officials said"; for a participle ("…, saying"), the clause's subject.
    fn subject_before(&mut self, v: usize, floor: usize) -> Option<usize> {
        let doc = self.doc;
        if self.is_participle_cue(v) {
            // "…, Roe said, adding", "…, said Roe, adding": the speaker of the cue before
            if v >= floor + 3 && doc.tok(v - 1) == "," {
                if self.is_cue_verb(v - 2) && !self.is_participle_cue(v - 2) {
                    if let Some(a) = self.subject_before(v - 2, floor) {
                        return Some(a);
                    }
                }
                if let Some(a) = self.actor_ending_at(v - 1) {
                    let first = self.found.actors[a]
                        .mentions
                        .iter()
                        .find(|(m, _)| m.end == doc.tokens[v - 2].span.end)
                        .map(|(m, _)| doc.token_at_or_after(m.start));
                    if first.is_some_and(|f| f > floor && self.is_cue_verb(f - 1)) {
                        return Some(a);
                    }
                }
            }
            // "…, Roe said the plan must change, saying": the participle hangs on the nearest
            // verb of speech before it, whose subject speaks, rather than on the sentence's
            // first name (not a verb of thought in a reported clause, nor one of a relative
            // clause: "an architect who said …, saying")
            let start = self.opening_phrase_end(floor, v);
            let u = (start..v.saturating_sub(1)).rev().find(|&u| {
                self.is_cue_verb(u)
                    && self.is_finite_verb(u)
                    && !self.is_participle_cue(u)
                    && !(self.lower(u).ends_with("ing") && self.progressive_be(u).is_none())
                    && !words().thought_verbs.contains(self.lower(u))
            });
            let relative = |u: usize| {
                let b = self.skip_back_adverbs(u, floor);
                b > floor && matches!(self.lower(b - 1), "who" | "that" | "which")
            };
            if let Some(a) = u
                .filter(|&u| !relative(u))
                .and_then(|u| self.subject_before(u, floor))
            {
                return Some(a);
            }
            return self.clause_subject(v, floor);
        }
        // "responded on Facebook writing “…”": a bare participle right after the name of a
        // place or organisation hangs on the clause, whose subject speaks
        if self.lower(v).ends_with("ing")
            && self.progressive_be(v).is_none()
            && self
                .actor_ending_at(v)
                .is_some_and(|a| self.found.actors[a].kind != ActorKind::Person)
        {
            return self.clause_subject(v, floor);
        }
        let mut k = self.skip_back_adverbs(v, floor);
        // a progressive form: "X is telling", "X has been saying", "he’s claiming"
        if k == v && self.lower(v).ends_with("ing") {
            if let Some(be) = self.progressive_be(v).filter(|&b| b > floor) {
                k = self.skip_back_adverbs(be, floor);
            }
        }
        // a second verb of the same subject: "X spoke in Ohio and said …"
        if k > floor + 1 && matches!(self.lower(k - 1), "and" | "but") {
            return self.clause_subject(v, floor);
        }
        // a relative clause: "Jane Roe, who said …", "voters who say …" (also with a time
        // between: "who in 2010 said", "who on Tuesday said")
        if k > floor + 3
            && matches!(self.lower(k - 2), "in" | "on")
            && (doc.tokens[k - 1].kind == TokenKind::Number || doc.has(k - 1, Facts::CALENDAR))
            && self.lower(k - 3) == "who"
        {
            k -= 2;
        }
        if k > floor + 1 && self.lower(k - 1) == "who" {
            return self.relative_subject(k - 1, floor);
        }
        k = self.skip_back_parenthetical(k, floor);
        if k <= floor {
            return None;
        }
        // an adverb between commas: "The two lawmakers, however, argue"
        if k > floor + 3
            && doc.tok(k - 1) == ","
            && doc.tok(k - 3) == ","
            && words().aside_adverbs.contains(self.lower(k - 2))
        {
            // (only a name or a group before it: "A look at the jets, however, suggests" is
            // no described speaker)
            let b = k - 3;
            return self
                .actor_ending_at(b)
                .or_else(|| self.unnamed_speaker_ending_at(b, floor));
        }
        // a stray comma after a party label: "Gov. Jane Roe (R-OH), said"
        if k > floor + 2 && doc.tok(k - 1) == "," && doc.tok(k - 2) == ")" {
            let p = self.skip_back_parenthetical(k - 1, floor);
            let party = p < k - 1 && {
                let w = doc.tok(p + 1);
                w.len() > 3 && ["D-", "R-", "I-"].iter().any(|x| w.starts_with(x))
            };
            if let Some(a) = self
                .actor_ending_at(p)
                .filter(|&a| party && self.found.actors[a].kind == ActorKind::Person)
            {
                return Some(a);
            }
        }
        // an appositive or relative clause between commas: "X, a spokesman for Y, said",
        // "X, who backs Y, said"; or "A spokesman, X, said"
        if doc.tok(k - 1) == "," {
            return self.appositive_head(k - 1, floor);
        }
        // "Jane Roe of The Daily Post said", "Sen. Jane Roe of Ohio said": the person before
        // "of" and a capitalised name
        if let Some(a) = self.person_before_of(k, floor) {
            return Some(a);
        }
        // "attorneys for the family said", "officials in Washington said": the group, not
        // the name in its phrase
        if let Some(a) = self
            .group_phrase_noun_end(k, floor)
            .and_then(|p| self.unnamed_speaker_ending_at(p, floor))
        {
            return Some(a);
        }
        if let Some(a) = self.actor_ending_at(k) {
            return Some(a);
        }
        // "it"/"they" that coreference left alone (before a verb it does not read as a cue, or
        // after a group this reader named): the organisation, or for "they" also the group,
        // named last within the pronoun window
        let p = k - 1;
        if p >= floor && matches!(self.lower(p), "it" | "they") {
            let plural = self.lower(p) == "they";
            return crate::analysis::coref::resolve_collective(doc, self.found, p, plural);
        }
        // "I think …" outside quotation marks: the writer of the piece
        if p >= floor && doc.tok(p) == "I" {
            return Some(self.writer(doc.tokens[p].span));
        }
        // "Another said", "Yet another tweeted": one more of the people just described, as
        // the whole subject
        if p >= floor
            && self.lower(p) == "another"
            && (p == floor || matches!(self.lower(p - 1), "yet" | "and" | "but" | "," | "still"))
        {
            return Some(self.unnamed_actor(doc.tokens[p].span, ActorKind::Other, &[]));
        }
        self.unnamed_speaker_ending_at(k, floor)
            .or_else(|| self.title_subject_ending_at(k, floor))
            .or_else(|| self.described_speaker_ending_at(k, floor))
            .or_else(|| self.document_before_participle(k, floor))
            .or_else(|| self.modified_subject(v, floor))
    }

    /// "Democrats trying to win back the Senate say", "Farmers at the mill in Leeds said": a
    /// subject opening the sentence (a name, or a group noun after at most three modifiers)
    /// and a short modifier after it before the verb at `v`: a participle or a preposition
    /// and its phrase, with no comma, conjunction, clause opener or other verb of speech.
    fn modified_subject(&mut self, v: usize, floor: usize) -> Option<usize> {
        let doc = self.doc;
        let mut s = floor;
        while s < v && doc.tokens[s].kind == TokenKind::Punct {
            s += 1;
        }
        if s < v && matches!(self.lower(s), "but" | "and" | "yet" | "so") {
            s += 1;
        }
        let s = self.opening_phrase_end(s, v);
        if s >= v {
            return None;
        }
        // the modifier after the head ending before token `after`
        let modifier_from = |after: usize| -> bool {
            if after + 2 > v || v - after > 16 {
                return false;
            }
            let opener = self.lower(after);
            // a past form of a verb of speech is the subject's own verb ("Clinton cited
            // disparaging remarks"), not a participle hanging on it
            let opens = matches!(opener, "of" | "for" | "from" | "in" | "at" | "with" | "on")
                || (doc.has(after, Facts::LOWER_INITIAL)
                    && !doc.has(after, Facts::STOPWORD)
                    && opener.len() > 4
                    && (opener.ends_with("ing")
                        || (opener.ends_with("ed") && !self.is_cue_verb(after))));
            opens
                && (after..v).all(|j| {
                    let t = doc.tok(j);
                    let ends = doc.tokens[j].kind == TokenKind::Punct
                        && !matches!(t, "." | "’" | "'" | "-");
                    let opens_clause = matches!(
                        self.lower(j),
                        "and"
                            | "but"
                            | "or"
                            | "that"
                            | "which"
                            | "who"
                            | "where"
                            | "when"
                            | "because"
                            | "if"
                            | "while"
                    );
                    let other_cue = j > after && self.is_cue_verb(j);
                    !(ends || opens_clause || other_cue)
                })
        };
        if let Some(a) = self.actor_starting_at_token(s) {
            if self.found.actors[a].kind != ActorKind::Place
                && modifier_from(self.mention_end_token(s))
            {
                return Some(a);
            }
        }
        let n = (s..(s + 4).min(v))
            .take_while(|&j| doc.tokens[j].kind == TokenKind::Word)
            .find(|&j| doc.has(j, Facts::GROUP_NOUN))?;
        if !modifier_from(n + 1) {
            return None;
        }
        self.unnamed_speaker_ending_at(n + 1, s)
    }

    /// "A Quinnipiac poll released in late August found": a document noun before a participle
    /// phrase of at most eight words that ends before token `k` is the subject.
    fn document_before_participle(&mut self, k: usize, floor: usize) -> Option<usize> {
        let doc = self.doc;
        let stop = k.saturating_sub(8).max(floor + 1);
        let mut j = k;
        while j > stop {
            j -= 1;
            if doc.tokens[j].kind == TokenKind::Punct {
                return None;
            }
            if self.lower(j).ends_with("ed") && document_nouns().contains(self.lower(j - 1)) {
                return self.unnamed_speaker_ending_at(j, floor);
            }
        }
        None
    }

    /// "The Indiana governor said", "the former first lady and U.S. senator said": a
    /// description by a title opening the clause before token `k`, which coreference left
    /// alone, is the person whose name opens the sentence before (the one the story is about
    /// there: "Roe, the former secretary of State, stressed …"), when the title's gender fits.
    /// The description becomes a mention of that person.
    fn title_subject_ending_at(&mut self, k: usize, floor: usize) -> Option<usize> {
        let doc = self.doc;
        let n = k.checked_sub(1).filter(|&n| n > floor)?;
        let lex = self.lex;
        let head = self.lower(n);
        if !(doc.has(n, Facts::TITLE) || lex.speaker_nouns.contains_key(head))
            || !doc.tok(n).starts_with(char::is_lowercase)
        {
            return None;
        }
        // back to "the", over words, "of", "and" and abbreviation dots ("U.S."), at most 12
        let mut b = n;
        while b > floor && n - b < 12 && self.lower(b) != "the" {
            b -= 1;
            let word = doc.tokens[b].kind == TokenKind::Word;
            if !(word || self.is_abbreviation_dot(b)) || self.is_cue_verb(b) {
                return None;
            }
        }
        if self.lower(b) != "the" || (b > floor && doc.tok(b - 1) != ",") {
            return None;
        }
        // a description coreference tied to someone already ("the former mayor and state
        // senator" after "X, the former mayor"); another name inside is no description of
        // the person before ("the Roe campaign manager")
        for j in b..n {
            let Some((m, a)) = self.found.mention_overlapping(doc.tokens[j].span) else {
                continue;
            };
            if self.found.actors[a].kind != ActorKind::Person {
                continue;
            }
            return (m.start == doc.tokens[b].span.start).then_some(a);
        }
        let s = doc.tokens[b].sentence.checked_sub(1)?;
        let r = doc.sentence_tokens(s);
        let mut f = r.start;
        while f < r.end && doc.tokens[f].kind == TokenKind::Punct {
            f += 1;
        }
        let a = self.actor_starting_at_token(f)?;
        let gender = lex.titles.get(head).copied().flatten();
        let w = &self.found.actors[a];
        if w.kind != ActorKind::Person || gender.is_some_and(|g| w.gender.is_some_and(|h| h != g)) {
            return None;
        }
        // (the title alone when a place or organisation inside holds its own mention:
        // "the former first lady and U.S. senator")
        let span = Span::new(doc.tokens[b].span.start, doc.tokens[n].span.end);
        if !self.found.add_mention(a, span, MentionVia::Title) {
            self.found
                .add_mention(a, doc.tokens[n].span, MentionVia::Title);
        }
        Some(a)
    }

    /// A group noun with a short phrase after it that ends before token `k` ("attorneys for
    /// the family", "experts on North Korea and nuclear nonproliferation", "officials at the
    /// Department of Justice"): the token just after the group noun (its preposition).
    fn group_phrase_noun_end(&self, k: usize, floor: usize) -> Option<usize> {
        let doc = self.doc;
        let stop = k.saturating_sub(9).max(floor + 1);
        let mut p = k;
        while p > stop {
            p -= 1;
            let word = doc.tokens[p].kind == TokenKind::Word;
            if !word && !matches!(doc.tok(p), "'" | "’") {
                return None;
            }
            if doc.has(p, Facts::REPORTING) {
                return None;
            }
            if p + 1 < k
                && matches!(
                    self.lower(p),
                    "for" | "on" | "in" | "at" | "from" | "with" | "of"
                )
                && self.lex.group_nouns.contains(self.lower(p - 1))
            {
                return Some(p);
            }
        }
        None
    }

    /// The speaker before the appositive that the comma at token `close` ends: "X, a
    /// spokesman for Y, said", "X, who backs Y, said", "A spokesman, X, said". A person may
    /// stand before two or three descriptions in a row ("X, the attorney general of Ohio, one
    /// of the states suing, said"; "X, 54, a teacher, said").
    fn appositive_head(&mut self, close: usize, floor: usize) -> Option<usize> {
        let doc = self.doc;
        let mut close = close;
        let mut step = 0;
        while step < 3 {
            let stop = close.saturating_sub(19).max(floor);
            let mut j = close;
            // (a comma inside a name is passed over: "Columbus, Ohio")
            while j > stop
                && (doc.tok(j - 1) != ","
                    || self
                        .found
                        .mention_overlapping(doc.tokens[j - 1].span)
                        .is_some())
            {
                j -= 1;
            }
            if !(j > stop && doc.tok(j - 1) == ",") {
                return None;
            }
            // the appositive is a name itself: "A spokesman, X, said"; or the state after a
            // city ("X, at a meeting in Columbus, Ohio, said"), read with the words before it
            let whole_name = self
                .actor_ending_at(close)
                .filter(|_| self.actor_starting_at_token(j).is_some())
                .filter(|_| {
                    doc.tokens[j].kind == TokenKind::Word
                        && doc.tok(j).starts_with(char::is_uppercase)
                });
            if let Some(a) = whole_name {
                if self.found.actors[a].kind != ActorKind::Place {
                    return (step == 0).then_some(a);
                }
                // (a town the lexicons may not know: a capitalised word that names no one)
                let city = match self.actor_ending_at(j - 1) {
                    Some(c) => self.found.actors[c].kind == ActorKind::Place,
                    None => {
                        j >= 2
                            && doc.tokens[j - 2].kind == TokenKind::Word
                            && doc.tok(j - 2).starts_with(char::is_uppercase)
                    }
                };
                if !city {
                    return None;
                }
                close = j - 1;
                step += 1;
                continue;
            }
            let head = self.skip_back_parenthetical(j - 1, floor);
            if let Some(a) = self.actor_ending_at(head) {
                // a place ending the appositive is where someone is from, not who spoke;
                // past the first description only a person is the speaker
                // (nor an organisation inside an earlier description: "X, president of the Roe
                // Fund, a super PAC, said")
                let kind = self.found.actors[a].kind;
                if kind == ActorKind::Person
                    || (step == 0 && kind != ActorKind::Place && !self.object_of_preposition(head))
                {
                    return Some(a);
                }
            }
            if !self.opens_description(j) {
                return None;
            }
            close = j - 1;
            step += 1;
        }
        None
    }

    /// True when the mention ending before token `k` is the object of a preposition ("of the
    /// Roe Fund", "for Acme").
    fn object_of_preposition(&self, k: usize) -> bool {
        let doc = self.doc;
        let Some((m, _)) = k
            .checked_sub(1)
            .and_then(|p| self.found.mention_overlapping(doc.tokens[p].span))
        else {
            return false;
        };
        let mut s = doc.token_at_or_after(m.start);
        if s > 0 && self.lower(s - 1) == "the" {
            s -= 1;
        }
        s > 0
            && matches!(
                self.lower(s - 1),
                "of" | "for" | "at" | "with" | "from" | "by"
            )
    }

    /// True when token `j` opens a description after a name rather than another name: a
    /// lower-case word ("one of the states", "the chief", "who"), an age ("54"), or a party
    /// label ("R-Wis.").
    fn opens_description(&self, j: usize) -> bool {
        let doc = self.doc;
        let Some(t) = doc.tokens.get(j) else {
            return false;
        };
        let w = doc.tok(j);
        match t.kind {
            TokenKind::Number => true,
            TokenKind::Word => {
                w.starts_with(char::is_lowercase)
                    || ["D-", "R-", "I-"]
                        .iter()
                        .any(|p| w.len() > 3 && w.starts_with(p))
            }
            _ => false,
        }
    }

    /// The person named before "of" and a short capitalised name ending right before token
    /// `k`: "Jane Roe of The Daily Post", "Jane Roe of Ohio".
    fn person_before_of(&self, k: usize, floor: usize) -> Option<usize> {
        let doc = self.doc;
        let mut j = k;
        while j > floor && k - j < 5 {
            let p = j - 1;
            if self.lower(p) == "of" {
                break;
            }
            let capital =
                doc.tokens[p].kind == TokenKind::Word && doc.tok(p).starts_with(char::is_uppercase);
            if !(capital || (j < k && self.lower(p) == "the") || doc.tok(p) == ".") {
                return None;
            }
            j = p;
        }
        if j == k || j <= floor + 1 || self.lower(j - 1) != "of" {
            return None;
        }
        self.actor_ending_at(j - 1)
            .filter(|&a| self.found.actors[a].kind == ActorKind::Person)
    }

    /// The antecedent of the relative pronoun "who" at token `w`: the name before its comma
    /// ("Jane Roe, who said"), not a pair ("Roe and Tarrant, who say"), or an unnamed
    /// group ("voters who say"). The pronoun becomes a mention of it.
    fn relative_subject(&mut self, w: usize, floor: usize) -> Option<usize> {
        let doc = self.doc;
        let a = if w > floor + 1 && doc.tok(w - 1) == "," {
            // "McConnell, now the Senate majority leader, who said": the person before the
            // description
            let Some(a) = self.actor_ending_at(w - 1) else {
                let a = self
                    .appositive_head(w - 1, floor)
                    .filter(|&a| self.found.actors[a].kind == ActorKind::Person)?;
                self.found
                    .add_mention(a, doc.tokens[w].span, MentionVia::Pronoun);
                return Some(a);
            };
            let first = self.found.actors[a]
                .mentions
                .iter()
                .find(|(m, _)| m.end == doc.tokens[w - 2].span.end)
                .map(|(m, _)| doc.token_at_or_after(m.start))?;
            let pair = first > 0 && matches!(self.lower(first - 1), "and" | "&");
            // (an unnamed person described before the comma is an `other` actor: "said the
            // woman, who …")
            let kind = self.found.actors[a].kind;
            if pair
                || !matches!(
                    kind,
                    ActorKind::Person | ActorKind::Organization | ActorKind::Other
                )
            {
                return None;
            }
            a
        } else if let Some(a) = self
            .actor_ending_at(w)
            .filter(|&a| self.found.actors[a].kind == ActorKind::Person)
        {
            a // "a tweet from Jane Roe who wrote"
        } else {
            self.unnamed_speaker_ending_at(w, floor)
                .or_else(|| self.described_speaker_ending_at(w, floor))?
        };
        self.found
            .add_mention(a, doc.tokens[w].span, MentionVia::Pronoun);
        Some(a)
    }

    /// A speaker described rather than named, as the whole subject of a clause ending right
    /// before token `k`: "The billionaire businessman says", "A person familiar with the
    /// talks said", "Six in 10 say", "Twenty-four percent said". Made into an unnamed group
    /// (plurals and shares of people) or other actor, never a person.
    fn described_speaker_ending_at(&mut self, k: usize, floor: usize) -> Option<usize> {
        const INSIDE: &[&str] = &[
            "of", "for", "in", "from", "with", "at", "on", "and", "the", "those",
        ];
        const POSSESSIVES: &[&str] = &["his", "her", "their", "its", "our", "my"];
        let doc = self.doc;
        let n = k.checked_sub(1).filter(|&n| n >= floor)?;
        let head = doc.tok(n);
        let hl = self.lower(n);
        let head_ok = match doc.tokens[n].kind {
            TokenKind::Word => {
                head.starts_with(|c: char| c.is_lowercase())
                    && (!doc.has(n, Facts::STOPWORD) || words().shares.contains(hl))
                    && !hl.ends_with("ly")
                    && !doc.has(n, Facts::REPORTING)
            }
            // "six in 10 say", "nine out of 10 say"
            TokenKind::Number => {
                n > floor + 1
                    && (self.lower(n - 1) == "in"
                        || (self.lower(n - 1) == "of" && self.lower(n - 2) == "out"))
            }
            _ => false,
        };
        if !head_ok {
            return None;
        }
        // back to the start of the clause, at most eight tokens; token `p` opens it when it
        // is a clause boundary ("As one employee told the paper": "as" opening the sentence
        // or a clause after a comma opens the clause of the cue)
        let opens_clause = |p: usize| {
            let l = self.lower(p);
            matches!(l, "," | "and" | "but" | ";" | ":" | "—" | "that" | "while")
                || (l == "as" && (p == floor || self.lower(p - 1) == ","))
        };
        let mut b = n;
        while b > floor && n - b < 8 && !opens_clause(b - 1) {
            b -= 1;
        }
        if n - b >= 8 || (b > floor && !opens_clause(b - 1)) {
            return None;
        }
        let first = self.lower(b);
        // an adverb that may open a description ("almost half of voters") is never its
        // head ("they … and almost immediately disclosed them")
        if is_approximator(self.lower(n)) {
            return None;
        }
        let number_start = doc.tokens[b].kind == TokenKind::Number;
        // a share of a group ("Thirty-one percent of those surveyed", "a majority of
        // voters"): a share noun makes the phrase a description, whatever opens it (not a
        // quantifier such as "many", which opens descriptions itself)
        let share = (b..=n).any(|j| {
            let l = self.lower(j);
            words().shares.contains(l) && !words().described_starts.contains(l)
        });
        // "Roe’s aides", "Ohio’s governor": a name owning the head
        let owner_start = self
            .found
            .mention_overlapping(doc.tokens[b].span)
            .is_some_and(|(m, _)| m.start == doc.tokens[b].span.start && self.owns_after(m));
        if !(words().described_starts.contains(first)
            || POSSESSIVES.contains(&first)
            || number_start
            || owner_start
            || share
            || words().shares.contains(first))
        {
            return None;
        }
        // only words, no other function words, no name of a person or place but an owner
        for j in b..=n {
            let t = &doc.tokens[j];
            let l = self.lower(j);
            let possessive = j > b
                && ((is_apostrophe(doc.tok(j)) && doc.tok(j + 1) == "s")
                    || self.is_possessive_s(j));
            let ok = possessive
                || match t.kind {
                    TokenKind::Word => {
                        j == b
                            || j == n
                            || INSIDE.contains(&l)
                            // "nearly a third", "about a dozen"
                            || (matches!(l, "a" | "an") && j == b + 1 && is_approximator(first))
                            || words().shares.contains(l)
                            || !doc.has(j, Facts::STOPWORD)
                    }
                    TokenKind::Number => true,
                    _ => false,
                };
            if !ok || self.is_cue_verb(j) {
                return None;
            }
            if let Some((m, a)) = self.found.mention_overlapping(t.span) {
                if matches!(
                    self.found.actors[a].kind,
                    ActorKind::Person | ActorKind::Place
                ) && !(self.owns_after(m) && m.end < doc.tokens[n].span.start)
                    && !(j == b && POSSESSIVES.contains(&l))
                {
                    return None;
                }
            }
        }
        let plural = doc.has(n, Facts::GROUP_NOUN)
            || words().shares.contains(hl)
            || words().shares.contains(first)
            || number_start
            || doc.tokens[n].kind == TokenKind::Number
            || (hl.ends_with('s') && !hl.ends_with("ss") && !hl.ends_with("us"));
        let kind = if plural {
            ActorKind::Group
        } else {
            ActorKind::Other
        };
        let span = Span::new(doc.tokens[b].span.start, doc.tokens[n].span.end);
        let a = self.unnamed_actor(span, kind, &["the ", "a ", "an "]);
        // an owned phrase ("Roe’s team"): the owner keeps its mention, the phrase gets the
        // words after the possessive
        let owner_end = (b..n)
            .rev()
            .find(|&j| j > b && self.is_possessive_s(j))
            .or_else(|| POSSESSIVES.contains(&first).then_some(b));
        if let Some(after) = owner_end {
            let rest = Span::new(doc.tokens[after + 1].span.start, span.end);
            self.found.add_mention(a, rest, MentionVia::Name);
        }
        Some(a)
    }

    /// True when the mention `m` is a possessive or is followed by one: "Roe’s aides".
    fn owns_after(&self, m: Span) -> bool {
        let doc = self.doc;
        let text = m.slice(doc.text);
        if text.ends_with("’s") || text.ends_with("'s") {
            return true;
        }
        let k = doc.token_at_or_after(m.end);
        is_apostrophe(doc.tok(k))
            && doc.tok(k + 1) == "s"
            && doc.tokens.get(k).is_some_and(|t| t.span.start == m.end)
    }

    /// The unnamed `group` or `other` actor a phrase describes ("six in 10 voters", "a
    /// source"), keyed by its words without the leading `articles`, with the phrase as a
    /// mention.
    fn unnamed_actor(&mut self, span: Span, kind: ActorKind, articles: &[&str]) -> usize {
        let phrase = display_form(span.slice(self.doc.text));
        let lowered = lower(&phrase);
        let bare = articles
            .iter()
            .fold(lowered.as_str(), |rest, a| rest.trim_start_matches(a));
        let key = format!("unnamed:{bare}");
        let a = self.found.actor_for_key(&key, || WorkActor {
            name: phrase.clone(),
            kind,
            roles: Vec::new(),
            gender: None,
            surname: None,
            mentions: Vec::new(),
        });
        if !self.found.add_mention(a, span, MentionVia::Name) {
            // "a former DNC chairman": a name inside keeps its mention, the phrase gets the
            // words after it
            if let Some((m, _)) = self
                .found
                .mention_overlapping(span)
                .filter(|(m, _)| m.end < span.end)
            {
                let rest = &self.doc.text[m.end..span.end];
                let words = rest.trim_start();
                if words.starts_with(char::is_alphanumeric) {
                    let tail = Span::new(span.end - words.len(), span.end);
                    self.found.add_mention(a, tail, MentionVia::Name);
                }
            }
        }
        a
    }

    /// The writer of the piece, speaking in the first person outside quotation marks ("I
    /// think the plan will fail"): an `other` actor named "the writer", with `span` (the
    /// "I") as a mention.
    fn writer(&mut self, span: Span) -> usize {
        let a = self.found.actor_for_key("writer:", || WorkActor {
            name: "the writer".to_owned(),
            kind: ActorKind::Other,
            roles: Vec::new(),
            gender: None,
            surname: None,
            mentions: Vec::new(),
        });
        self.found.add_mention(a, span, MentionVia::Pronoun);
        a
    }

    /// Steps back from token `v` over the adverbs and auxiliaries that may stand between a
    /// subject and its verb ("X also said", "X has said").
    fn skip_back_adverbs(&self, v: usize, floor: usize) -> usize {
        // "on" and a capitalised day right before token `e`
        let on_day_before = |e: usize| {
            e > floor + 2
                && self.lower(e - 2) == "on"
                && self.lex.calendar_words.contains(self.lower(e - 1))
                && self.doc.tok(e - 1).starts_with(char::is_uppercase)
        };
        let mut k = v;
        loop {
            if k > floor
                && ((words().between_subject_and_verb.contains(self.lower(k - 1))
                    && !self.is_name_mention(k - 1))
                    || self.is_ly_adverb(k - 1))
            {
                k -= 1;
            } else if on_day_before(k) {
                k -= 2; // "Roe on Tuesday said"
            } else if k > floor + 3
                && matches!(
                    self.lower(k - 1),
                    "morning" | "afternoon" | "evening" | "night"
                )
                && on_day_before(k - 1)
            {
                k -= 3; // "Roe on Thursday evening said"
            } else if k > floor + 3
                && self.lower(k - 1) == "past"
                && self.lower(k - 2) == "the"
                && self.lower(k - 3) == "in"
            {
                k -= 3; // "Roe, who has in the past described"
            } else {
                return k;
            }
        }
    }

    /// True when token `k` is capitalised and part of a person's name: "“…,” Will wrote"
    /// after "George Will" is the surname, not the modal.
    fn is_name_mention(&self, k: usize) -> bool {
        let doc = self.doc;
        // (a capitalised first word is no evidence: "Don't blame …")
        k > 0
            && doc.has(k, Facts::CAP)
            && doc.tokens[k - 1].sentence == doc.tokens[k].sentence
            && self
                .found
                .mention_overlapping(doc.tokens[k].span)
                .is_some_and(|(_, a)| self.found.actors[a].kind == ActorKind::Person)
    }

    /// True for a lower-case adverb in -ly at token `k` ("cynically", "forcefully"), not a
    /// noun or adjective that may head a subject ("family", "the elderly").
    fn is_ly_adverb(&self, k: usize) -> bool {
        let l = self.lower(k);
        l.len() >= 5
            && l.ends_with("ly")
            && self.doc.tokens[k].kind == TokenKind::Word
            && self.doc.tok(k).starts_with(|c: char| c.is_lowercase())
            && !words().not_adverbs.contains(l)
            && !self.lex.group_nouns.contains(l)
    }

    /// Steps back from token `k` over a parenthesis ending right before it, such as a party
    /// and state after a lawmaker's name ("Sen. Jane Roe (D-Vt.) said").
    fn skip_back_parenthetical(&self, k: usize, floor: usize) -> usize {
        let doc = self.doc;
        if k > floor + 1 && self.is_spaced_dash(k - 1) {
            return self.skip_back_dashes(k, floor);
        }
        if k == 0 || k <= floor || doc.tok(k - 1) != ")" {
            return k;
        }
        let stop = k.saturating_sub(10).max(floor);
        let mut j = k - 1;
        while j > stop {
            j -= 1;
            if doc.tok(j) == "(" {
                return j;
            }
        }
        k
    }

    /// True when token `k` is a dash standing between words ("Roe -- who …", "Roe — who …"),
    /// not a hyphen inside one.
    fn is_spaced_dash(&self, k: usize) -> bool {
        let doc = self.doc;
        if !is_dash(doc.tok(k)) {
            return false;
        }
        let start = doc.tokens[k].span.start;
        let end = doc.tokens[k].span.end;
        let bytes = doc.text.as_bytes();
        let space_before = start == 0 || bytes.get(start - 1).is_some_and(u8::is_ascii_whitespace);
        let space_after = bytes.get(end).is_none_or(u8::is_ascii_whitespace);
        space_before || space_after
    }

    /// Steps back from token `k` over an aside between dashes ending right before it ("Roe --
    /// who has been in a scuffle with Y -- said"); `k` itself when no opening dash stands
    /// within 30 tokens after `floor`.
    fn skip_back_dashes(&self, k: usize, floor: usize) -> usize {
        let doc = self.doc;
        let dash = |j: usize| is_dash(doc.tok(j));
        let mut e = k - 1;
        while e > floor + 1 && dash(e - 1) {
            e -= 1;
        }
        let stop = e.saturating_sub(30).max(floor + 1);
        let mut j = e.saturating_sub(1);
        while j > stop {
            j -= 1;
            if self.is_spaced_dash(j) {
                // (an aside about who speaks: a relative clause about a person, or a
                // description after a person's name; "X, the head of Ora Media -- the
                // company that … -- said" describes the company, not the speaker)
                let who = self.lower(j + 1) == "who";
                while j > floor + 1 && dash(j - 1) {
                    j -= 1;
                }
                let person = self
                    .actor_ending_at(j)
                    .is_some_and(|a| self.found.actors[a].kind == ActorKind::Person);
                let about = who || person;
                return if about && j + 2 < e { j } else { k };
            }
        }
        k
    }

    /// The token after the honorific at token `k` and its period ("Ms. Gil" -> "Gil"); `None`
    /// when token `k` is no honorific.
    fn after_honorific(&self, k: usize) -> Option<usize> {
        let doc = self.doc;
        doc.has(k, Facts::HONORIFIC)
            .then(|| if doc.tok(k + 1) == "." { k + 2 } else { k + 1 })
    }

    /// The actor of a mention starting exactly at token `k`, without creating unnamed actors.
    fn actor_starting_at_token(&self, k: usize) -> Option<usize> {
        let starting_at = |k: usize| {
            let tok = self.doc.tokens.get(k)?;
            let (span, a) = self.found.mention_overlapping(tok.span)?;
            (span.start == tok.span.start).then_some(a)
        };
        // "said Ms. Gil": the name after an honorific its mention leaves out
        starting_at(k).or_else(|| self.after_honorific(k).and_then(starting_at))
    }

    /// True when the cue at `v` is a participle that hangs on a clause before it: "…,
    /// saying", "…, adding", "continued by saying", "released a statement saying".
    fn is_participle_cue(&self, v: usize) -> bool {
        if v == 0 || !self.lower(v).ends_with("ing") {
            return false;
        }
        let p = self.lower(v - 1);
        // (a comma inside a closing mark: "needled the “reporter,” saying")
        let comma_in_mark = v >= 2 && matches!(p, "”" | "\"") && self.doc.tok(v - 2) == ",";
        p == "," || comma_in_mark || words().participle_hosts.contains(p)
    }

    /// The subject of the clause holding token `v`: the mention that opens the sentence, after
    /// a leading conjunction or an introductory phrase ("In Columbia, Sanders stepped up his
    /// campaign, saying …"). Only people, organisations and groups; nothing when unsure.
    fn clause_subject(&mut self, v: usize, floor: usize) -> Option<usize> {
        const CONJUNCTIONS: &[&str] = &["but", "and", "yet", "so", "still", "meanwhile", "then"];
        let doc = self.doc;
        let mut s = floor;
        // a dateline or opening quote mark is passed over
        while s < v && doc.tokens[s].kind == TokenKind::Punct {
            s += 1;
        }
        if s < v && CONJUNCTIONS.contains(&self.lower(s)) {
            s += 1;
            if doc.tok(s) == "," {
                s += 1;
            }
        }
        if s < v && words().introducers.contains(self.lower(s)) {
            let comma = (s..v).find(|&k| doc.tok(k) == ",")?;
            s = comma + 1;
            // the year of a date: "On July 6, 2015, X said"
            if s + 1 < v && doc.tokens[s].kind == TokenKind::Number && doc.tok(s + 1) == "," {
                s += 2;
            }
        }
        // an opening phrase led by an adverb: "Immediately after the attacks, Roe …"
        if s < v && self.lower(s).len() > 4 && self.lower(s).ends_with("ly") {
            if let Some(c) = (s + 1..v.min(s + 7)).find(|&k| doc.tok(k) == ",") {
                s = c + 1;
            }
        }
        // a time phrase in "ago": "Four years ago, he …"
        if let Some(c) = (s + 1..v.min(s + 6)).find(|&k| doc.tok(k) == ",") {
            if self.lower(c - 1) == "ago" {
                s = c + 1;
            }
        }
        if s >= v {
            return None;
        }
        // "I laughed and said": the writer, when no quotation mark opened the sentence
        // (not past a clause of someone else's: "I think Roe is a man who speaks and tweets")
        if doc.tok(s) == "I"
            && !(floor..s).any(|k| doc.tokens[k].kind == TokenKind::Punct)
            && !(s..v).any(|k| matches!(self.lower(k), "," | "who" | "that" | "which"))
        {
            return Some(self.writer(doc.tokens[s].span));
        }
        // "the", titles and role words before the name: "Former Arkansas governor Mike Roe"
        let mut r = s;
        while r < v && r < s + 8 {
            if let Some(a) = self.actor_starting_at_token(r) {
                // "Roe’s relatives … said": the owner is not the subject
                let owned = self
                    .found
                    .mention_overlapping(doc.tokens[r].span)
                    .filter(|&(m, _)| self.owns_after(m));
                if let Some((m, _)) = owned {
                    return self.owned_subject(m, s, v);
                }
                let kind = self.found.actors[a].kind;
                // "the GOP nominee feuds …": a name modifying a title is not the subject
                let e = self.mention_end_token(r);
                let modifier = kind == ActorKind::Organization
                    && e < v
                    && doc.has(e, Facts::LOWER_INITIAL)
                    && (doc.has(e, Facts::TITLE)
                        || self.lex.speaker_nouns.contains_key(self.lower(e)));
                if modifier {
                    // (the person may follow: "Supreme Court Justice Jane Roe")
                    r = e;
                    continue;
                }
                return (kind != ActorKind::Place).then_some(a);
            }
            let t = doc.tok(r);
            let l = self.lower(r);
            let word = doc.tokens[r].kind == TokenKind::Word;
            let capital = t.chars().next().is_some_and(char::is_uppercase);
            let role = doc.has(r, Facts::TITLE | Facts::ROLE_MODIFIER);
            // "Former Secretary of State Jane Roe"
            let of_title = l == "of" && r > s && doc.tok(r - 1).starts_with(char::is_uppercase);
            if !(word
                && (capital || role || of_title || matches!(l, "the" | "a" | "an" | "former")))
                && t != "."
            {
                break;
            }
            r += 1;
        }
        // an unnamed group opening the sentence: "Some officials warned, …"
        let mut n = s;
        while n < v && n < s + 4 && doc.tokens[n].kind == TokenKind::Word {
            if doc.has(n, Facts::GROUP_NOUN | Facts::ANONYMOUS) {
                return self.unnamed_speaker_ending_at(n + 1, s);
            }
            n += 1;
        }
        None
    }

    /// The subject that a possessive mention `m` opens, in a clause starting at token `s`
    /// whose verb is at `v`: the person named after the owner's role words ("Roe’s campaign
    /// manager Jane Poe"), else the owned thing ("Roe’s brief", "Roe’s aides"); never the
    /// owner.
    fn owned_subject(&mut self, m: Span, s: usize, v: usize) -> Option<usize> {
        let doc = self.doc;
        let mut r = doc.token_at_or_after(m.end);
        // past the apostrophe and "s" when they are not in the mention
        while r < v && (is_apostrophe(doc.tok(r)) || self.is_possessive_s(r)) {
            r += 1;
        }
        let first = r;
        while r < v && r < first + 4 {
            if let Some(a) = self.actor_starting_at_token(r) {
                let person = self.found.actors[a].kind == ActorKind::Person;
                return (person && r > first).then_some(a);
            }
            let word = doc.tokens[r].kind == TokenKind::Word
                && doc.tok(r).starts_with(char::is_lowercase)
                && !doc.has(r, Facts::STOPWORD | Facts::REPORTING);
            if !word {
                break;
            }
            r += 1;
        }
        if r == first {
            return None;
        }
        self.described_speaker_ending_at(r, s)
    }

    /// The actor of a mention ending right before token `k`.
    fn actor_ending_at(&self, k: usize) -> Option<usize> {
        let prev = self.doc.tokens.get(k.checked_sub(1)?)?;
        let (span, a) = self.found.mention_overlapping(prev.span)?;
        (span.end == prev.span.end).then_some(a)
    }

    /// The actor of a mention starting at token `k` (after an optional "the").
    fn actor_starting_at(&mut self, k: usize) -> Option<usize> {
        if let Some(a) = self.actor_starting_at_token(k) {
            return Some(a);
        }
        // "said a source", "said officials"
        let mut end = k;
        while end < self.doc.tokens.len() && end < k + 4 {
            let document_noun = document_nouns().contains(self.lower(end));
            // "a report by Reuters": the named author, not the document
            if document_noun && matches!(self.lower(end + 1), "by" | "from") {
                if let Some(a) = self.actor_starting_at_token(end + 2) {
                    return Some(a);
                }
            }
            // (a compound goes on to its head: "a campaign aide", "party officials")
            if (document_noun || self.doc.has(end, Facts::GROUP_NOUN | Facts::ANONYMOUS))
                && !(self.doc.has(end + 1, Facts::GROUP_NOUN | Facts::ANONYMOUS)
                    && self.doc.has(end + 1, Facts::LOWER_INITIAL))
            {
                return self.unnamed_speaker_ending_at(end + 1, k);
            }
            if self.doc.tokens[end].kind != TokenKind::Word {
                break;
            }
            end += 1;
        }
        None
    }

    /// "officials", "US officials", "a senior official", "a source": an unnamed speaker
    /// whose noun ends right before token `k`; made into a group or other actor.
    fn unnamed_speaker_ending_at(&mut self, k: usize, floor: usize) -> Option<usize> {
        let doc = self.doc;
        let n = k.checked_sub(1)?;
        if n < floor || doc.tokens[n].kind != TokenKind::Word {
            return None;
        }
        let noun = self.lower(n);
        let kind = if self.lex.group_nouns.contains(noun) {
            ActorKind::Group
        } else if self.lex.anonymous_sources.contains(noun) || document_nouns().contains(noun) {
            ActorKind::Other
        } else {
            return None;
        };
        // modifiers: "US officials", "a senior official", "Western diplomats"
        let mut start = n;
        while start > floor && start + 3 > n {
            let p = start - 1;
            let l = self.lower(p);
            // "Roe’s former aide": the "s" of a possessive is not a modifier
            let possessive_s = self.is_possessive_s(p);
            // ("his aides": the owner stays in the name, and ends it)
            let owner = matches!(l, "his" | "her" | "their" | "its");
            let ok = doc.tokens[p].kind == TokenKind::Word
                && !possessive_s
                && (!doc.has(p, Facts::STOPWORD) || owner || matches!(l, "a" | "an" | "us"));
            if !ok || doc.has(p, Facts::REPORTING) {
                break;
            }
            start = p;
            if owner || matches!(l, "a" | "an") {
                break;
            }
        }
        // "one of those advisers", "one of his aides": one person of the group
        let det = if matches!(self.lower(start), "his" | "her" | "their" | "its") {
            Some(start)
        } else {
            start.checked_sub(1)
        };
        let mut kind = kind;
        if let Some(d) = det.filter(|&d| d >= floor + 2) {
            if is_group_determiner(self.lower(d))
                && self.lower(d - 1) == "of"
                && self.lower(d - 2) == "one"
            {
                start = d - 2;
                kind = ActorKind::Other;
            }
        }
        // "74 percent of likely voters", "a majority of voters": the share of the group
        if start >= floor + 2
            && self.lower(start - 1) == "of"
            && words().shares.contains(self.lower(start - 2))
            && !doc.has(start - 2, Facts::CAP)
        {
            start -= 2;
            let mut steps = 0;
            while start > floor && steps < 3 {
                let p = start - 1;
                let l = self.lower(p);
                if doc.tokens[p].kind == TokenKind::Number || is_approximator(l) || l == "a" {
                    start = p;
                    steps += 1;
                } else {
                    break;
                }
            }
        }
        let span = Span::new(doc.tokens[start].span.start, doc.tokens[n].span.end);
        if let Some((m, a)) = self.found.mention_overlapping(span) {
            // "McConnell aides", "GOP sources": a name modifying the noun is not who speaks
            if m.end > doc.tokens[n].span.start {
                return Some(a);
            }
        }
        Some(self.unnamed_actor(span, kind, &["a ", "an "]))
    }

    /// "said the woman, who …", "said one Democrat familiar with the talks": a person
    /// described rather than named, in the phrase starting at token `s` after an inverted cue
    /// and ending before token `end`. Its head is a noun for a person (the described-heads
    /// list) after at most three modifiers that name no person or place, and a comma, the
    /// sentence's end or a lower-case word follows it. Made into an unnamed `other` actor.
    fn inverted_described_speaker(&mut self, s: usize, end: usize) -> Option<usize> {
        let doc = self.doc;
        // "said one of those advisers, who …": one of a group named by its noun
        if self.lower(s) == "one"
            && self.lower(s + 1) == "of"
            && is_group_determiner(self.lower(s + 2))
        {
            let h = (s + 3..end.min(s + 6)).find(|&h| {
                doc.tokens[h].kind == TokenKind::Word
                    && doc.tok(h).starts_with(char::is_lowercase)
                    && (self.lex.group_nouns.contains(self.lower(h))
                        || words().described_heads.contains(self.lower(h))
                        || self
                            .lower(h)
                            .strip_suffix('s')
                            .is_some_and(|l| words().described_heads.contains(l)))
            })?;
            let plain = (s + 3..h).all(|j| {
                doc.tokens[j].kind == TokenKind::Word
                    && !doc.has(j, Facts::STOPWORD | Facts::REPORTING)
                    && self.found.mention_overlapping(doc.tokens[j].span).is_none()
            });
            let closes = h + 1 >= end || matches!(doc.tok(h + 1), "," | "." | ";" | "—" | "–");
            if !(plain && closes) {
                return None;
            }
            let span = Span::new(doc.tokens[s].span.start, doc.tokens[h].span.end);
            return Some(self.unnamed_actor(span, ActorKind::Other, &[]));
        }
        if !matches!(self.lower(s), "the" | "a" | "an" | "one" | "another") {
            return None;
        }
        let mut h = s + 1;
        while h < end && h < s + 5 {
            let t = doc.tokens.get(h)?;
            let hyphen = doc.tok(h) == "-"
                && h > s + 1
                && doc.tokens[h - 1].span.end == t.span.start
                && doc
                    .tokens
                    .get(h + 1)
                    .is_some_and(|n| n.span.start == t.span.end);
            if !hyphen {
                if t.kind != TokenKind::Word
                    || doc.has(h, Facts::STOPWORD | Facts::REPORTING)
                    || self
                        .found
                        .mention_overlapping(t.span)
                        .is_some_and(|(_, a)| {
                            matches!(
                                self.found.actors[a].kind,
                                ActorKind::Person | ActorKind::Place
                            )
                        })
                {
                    return None;
                }
                if words().described_heads.contains(self.lower(h)) {
                    break;
                }
            }
            h += 1;
        }
        if h >= end || h >= s + 5 || !words().described_heads.contains(self.lower(h)) {
            return None;
        }
        // (a capital only on a party word: "one Democrat", not "the Mother Jones")
        if doc.tok(h).starts_with(char::is_uppercase)
            && !self.lex.party_words.contains(self.lower(h))
        {
            return None;
        }
        let closes = h + 1 >= end
            || matches!(doc.tok(h + 1), "," | "." | ";" | "—" | "–")
            || (doc.tokens[h + 1].kind == TokenKind::Word
                && doc.tok(h + 1).starts_with(char::is_lowercase));
        if !closes {
            return None;
        }
        // a short phrase after the head, up to a comma, is part of the description ("one
        // Democrat familiar with the talks, who …"), so that a "who" after it is the same
        let mut last = h;
        if doc.tokens[h + 1..end.min(h + 8)]
            .first()
            .is_some_and(|t| t.kind == TokenKind::Word)
            && !matches!(self.lower(h + 1), "who" | "that" | "which" | "as" | "and")
        {
            if let Some(c) =
                (h + 1..end.min(h + 8)).find(|&j| doc.tokens[j].kind != TokenKind::Word)
            {
                let plain = (h + 1..c).all(|j| {
                    !doc.has(j, Facts::REPORTING)
                        && self.found.mention_overlapping(doc.tokens[j].span).is_none()
                });
                if plain && matches!(doc.tok(c), "," | ".") {
                    last = c - 1;
                }
            }
        }
        let span = Span::new(doc.tokens[s].span.start, doc.tokens[last].span.end);
        Some(self.unnamed_actor(span, ActorKind::Other, &["the ", "a ", "an "]))
    }

    /// The reporting verb nearest before the opening mark in the same sentence, with its
    /// subject, and the number of tokens between the verb and the mark.
    fn cue_before(&mut self, open: usize, own: Span, quotes: &[Span]) -> Option<(Cue, usize)> {
        let doc = self.doc;
        let range = self.sentence_range(open);
        if let Some(cue) = self.inverted_cue_before(open, range.start) {
            return Some((cue, 1));
        }
        let mut v = open;
        while v > range.start {
            v -= 1;
            let span = doc.tokens[v].span;
            if let Some(q) = covering(quotes, span).filter(|q| !q.contains(own)) {
                // a title or a word in quotation marks ("MSNBC's “Morning Joe”") is passed
                // over; a quotation of its own has its own cue
                let words = q.slice(doc.text).split_whitespace().count();
                if words > 4 {
                    return None;
                }
                continue;
            }
            let l = self.lower(v);
            if l == "according" && self.lower(v + 1) == "to" {
                let speaker = self.actor_starting_at(v + 2);
                let cue = Span::new(span.start, doc.tokens[v + 1].span.end);
                return speaker.map(|s| {
                    (
                        Cue {
                            span: cue,
                            speaker: Some(s),
                        },
                        open - v,
                    )
                });
            }
            // (a document's verb stands right before the mark: "the letter reads: “…”")
            let near = v + 3 >= open;
            // "As Roe put it, “…”", "as the magazine put it in a profile, “…”"
            if self.is_put_it(v) {
                return self.subject_before(v, range.start).map(|s| {
                    (
                        Cue {
                            span,
                            speaker: Some(s),
                        },
                        open - v - 1,
                    )
                });
            }
            // "a statement that said “…”", "the letter reads: “…”": the document speaks
            if (self.is_cue_verb(v) || (near && self.is_document_verb(v)))
                && v >= range.start + 2
                && matches!(self.lower(v - 1), "that" | "which")
                && document_nouns().contains(self.lower(v - 2))
            {
                return self.unnamed_speaker_ending_at(v - 1, range.start).map(|s| {
                    (
                        Cue {
                            span,
                            speaker: Some(s),
                        },
                        open - v - 1,
                    )
                });
            }
            // "the loopholes he cited are “…”": the verb of a relative clause, whose object
            // is not the quote
            let relative =
                || v + 1 < open && matches!(self.lower(v + 1), "is" | "are" | "was" | "were");
            // (a phrasal verb only right before the quote: "Roe shot back, “…”")
            let cue_verb = self.is_cue_verb(v)
                || (v + 2 < open && v + 4 >= open && self.is_phrasal_cue(v))
                || (near && self.is_document_verb(v));
            if cue_verb && self.is_finite_verb(v) && !relative() {
                if v < self.opening_phrase_end(range.start, open) {
                    return None; // the verb of an opening phrase reports someone else
                }
                let speaker = self.subject_before(v, range.start);
                // a verb of thought in a clause reported by a verb of speech before it:
                // "Roe said voters would find it “…”" quotes Roe, not the voters
                // ("Roe said he hopes …" stays with the pronoun, which is Roe's already)
                let b = self.skip_back_adverbs(v, range.start);
                let pronoun = b > range.start
                    && matches!(self.lower(b - 1), "he" | "she" | "they" | "i" | "we" | "it");
                if speaker.is_some() && !pronoun && words().thought_verbs.contains(self.lower(v)) {
                    if let Some(outer) = self.speech_cue_before(v, range.start) {
                        return Some((outer, open - v - 1));
                    }
                }
                return speaker.map(|s| {
                    (
                        Cue {
                            span,
                            speaker: Some(s),
                        },
                        open - v - 1,
                    )
                });
            }
        }
        None
    }

    /// "Said Roe, “…”", "But, said Roe, “…”": a verb of saying opening the sentence (after
    /// conjunctions and commas only), then a name filling the words up to the comma or
    /// colon before the opening mark at token `open`; the sentence starts at token `start`.
    fn inverted_cue_before(&self, open: usize, start: usize) -> Option<Cue> {
        let doc = self.doc;
        let c = open.checked_sub(1).filter(|&c| c > start + 1)?;
        if !matches!(doc.tok(c), "," | ":") {
            return None;
        }
        let a = self.actor_ending_at(c)?;
        if !matches!(
            self.found.actors[a].kind,
            ActorKind::Person | ActorKind::Organization
        ) {
            return None;
        }
        let (m, _) = self.found.mention_overlapping(doc.tokens[c - 1].span)?;
        let mut f = doc.token_at_or_after(m.start);
        // "said Ms. Gil": the honorific before the mention
        if f >= start + 2 && self.after_honorific(f - 2) == Some(f) {
            f -= 2;
        } else if f > start && self.after_honorific(f - 1) == Some(f) {
            f -= 1;
        }
        let v = f.checked_sub(1).filter(|&v| v >= start)?;
        // (or after a comma ending the reported words: "Roe set the date, explained Poe, “…”")
        let opens = (v > start && doc.tok(v - 1) == ",")
            || (start..v)
                .all(|k| matches!(self.lower(k), "," | "but" | "and" | "yet" | "so" | "still"));
        (opens
            && doc.tokens[v].kind == TokenKind::Word
            && words().inverted_openers.contains(self.lower(v)))
        .then(|| Cue {
            span: doc.tokens[v].span,
            speaker: Some(a),
        })
    }

    /// The finite verb of speech (no verb of thought) nearest before token `v`, from token
    /// `floor` on, with its subject, when it has one.
    fn speech_cue_before(&mut self, v: usize, floor: usize) -> Option<Cue> {
        let start = self.opening_phrase_end(floor, v);
        let u = (start..v).rev().find(|&u| {
            self.is_cue_verb(u)
                && self.is_finite_verb(u)
                && !words().thought_verbs.contains(self.lower(u))
        })?;
        let speaker = self.subject_before(u, floor)?;
        Some(Cue {
            span: self.doc.tokens[u].span,
            speaker: Some(speaker),
        })
    }

    /// Where the opening phrase of the sentence starting at token `start` ends (after its
    /// comma, before token `limit`), or `start`: a verb in it reports someone else ("With
    /// aides worried about the polls, Roe has a new message: “…”").
    fn opening_phrase_end(&self, start: usize, limit: usize) -> usize {
        if !words().introducers.contains(self.lower(start)) {
            return start;
        }
        // (a comma right before `limit` ends the clause of the cue, not an opening phrase)
        (start..limit)
            .find(|&k| self.doc.tok(k) == ",")
            .filter(|&k| k + 1 < limit)
            .map_or(start, |k| k + 1)
    }

    /// True unless the verb form is used as a passive participle or noun ("was denied",
    /// "the report", "a claim").
    fn is_finite_verb(&self, v: usize) -> bool {
        if v == 0 {
            return true;
        }
        const NOT_BEFORE_VERB: &[&str] = &[
            "was", "were", "been", "be", "is", "are", "being", "the", "a", "an", "to", "his",
            "her", "its", "their", "this", "that", "these", "those", "of", "for", "in", "on",
            "with", "by", "at", "from", "about", "into", "our", "my", "your", "no", "any", "every",
            "each", "some",
        ];
        let p = self.lower(v - 1);
        let after_possessive =
            self.doc.tok(v - 1) == "s" && v >= 2 && is_apostrophe(self.doc.tok(v - 2));
        if self.lower(v).ends_with("ing") && self.progressive_be(v).is_some() {
            return true; // "is telling", "was calling", "he’s claiming"
        }
        !(NOT_BEFORE_VERB.contains(&p) || after_possessive)
    }

    /// For a verb in -ing at token `v`, the token where its "be" starts when it is a
    /// progressive form: "is saying", "were calling", "he’s claiming" (the contraction after a
    /// pronoun, not a possessive).
    fn progressive_be(&self, v: usize) -> Option<usize> {
        let p = v.checked_sub(1)?;
        if matches!(self.lower(p), "is" | "are" | "was" | "were" | "been" | "be") {
            return Some(p);
        }
        let contracted = self.doc.tok(p) == "s"
            && p >= 2
            && is_apostrophe(self.doc.tok(p - 1))
            && matches!(self.lower(p - 2), "he" | "she" | "it" | "who" | "that");
        contracted.then(|| p - 1)
    }

    /// The cue after a closing mark: "“…,” Heydari said", "“…,” said Heydari", "“…,” he
    /// added", "“…,” the spokesman told reporters".
    fn cue_after(&mut self, close: usize) -> Option<Cue> {
        let doc = self.doc;
        let range = self.sentence_range(close);
        // "“…” ― Jane Roe": a dash and a name closing the paragraph or sentence sign the quote
        let dash = if self.is_double_apostrophe(close) {
            close + 2
        } else {
            close + 1
        };
        if matches!(doc.tok(dash), "—" | "–" | "―") {
            let k = dash + 1;
            if let Some(a) = self.actor_starting_at_token(k) {
                let end = self.mention_end_token(k);
                let para = |i: usize| {
                    doc.tokens
                        .get(i)
                        .map(|t| t.sentence)
                        .and_then(|s| doc.sentences.get(s))
                        .map(|s| s.paragraph)
                };
                let signs = end >= doc.tokens.len()
                    || para(end) != para(k)
                    || matches!(doc.tok(end), "." | "/");
                if signs && self.found.actors[a].kind == ActorKind::Person {
                    return Some(Cue {
                        span: doc.tokens[dash].span,
                        speaker: Some(a),
                    });
                }
            }
        }
        let mut k = close + 1;
        if self.is_double_apostrophe(close) {
            k += 1;
        }
        if k < range.end && matches!(doc.tok(k), "," | "—" | "–") {
            k += 1;
        }
        if k >= range.end {
            return if k == range.end {
                self.cue_in_next_sentence(close, k)
            } else {
                None
            };
        }
        if self.is_cue_verb(k) {
            // inverted: "said Heydari", "said the spokesman"
            let mut s = k + 1;
            if matches!(self.lower(s), "the" | "a" | "an")
                && self
                    .found
                    .mention_overlapping(doc.tokens.get(s)?.span)
                    .is_none()
            {
                s += 1;
            }
            let mut speaker = self
                .actor_starting_at(s)
                .or_else(|| self.actor_starting_at(k + 1));
            // "said council member Linda Osei", "said 9/11 widow Jane Roe": past the role
            // words to the name
            let mut r = k + 1;
            while speaker.is_none() && r < range.end && r < k + 8 {
                // ("said on Tuesday that Roe …": a function word ends the role)
                let role_word = match doc.tokens[r].kind {
                    TokenKind::Word => {
                        r == k + 1
                            || !doc.has(r, Facts::STOPWORD)
                            || matches!(self.lower(r), "of" | "the")
                    }
                    TokenKind::Number => r == k + 1,
                    TokenKind::Punct => {
                        self.is_abbreviation_dot(r)
                            || (doc.tok(r) == "/"
                                && doc.tokens.get(r + 1).is_some_and(|t| {
                                    t.kind == TokenKind::Number
                                        && t.span.start == doc.tokens[r].span.end
                                }))
                    }
                };
                if !role_word {
                    break;
                }
                speaker = self.actor_starting_at(r);
                r += 1;
            }
            if speaker.is_none() {
                speaker = self.inverted_described_speaker(k + 1, range.end);
            }
            return speaker.map(|sp| Cue {
                span: doc.tokens[k].span,
                speaker: Some(sp),
            });
        }
        // a partial quote whose sentence goes on ("it was “a mistake” to use …, but she
        // denied …"): a function word after it opens no subject, so a verb whose subject opens
        // a clause of its own after a conjunction is no cue ("“…” of the plan, Roe said" is)
        let goes_on = self.continues_sentence(k);
        // subject then verb, within a few tokens; a title's dot ("Sen.") and a parenthesis
        // ("(D-Vt.)") may stand between
        let mut depth = 0usize;
        for v in k + 1..(k + 25).min(range.end) {
            match doc.tok(v) {
                "(" if depth == 0 => {
                    depth = 1;
                    continue;
                }
                ")" if depth == 1 => {
                    depth = 0;
                    continue;
                }
                _ if depth > 0 => continue,
                _ => {}
            }
            if doc.tokens[v].kind == TokenKind::Punct
                && !matches!(doc.tok(v), "," | "’" | "'" | "-")
                && !self.is_abbreviation_dot(v)
            {
                return None;
            }
            // (a document's verb or "as X put it" comes within a few words: "the letter
            // reads", "as a memo put it")
            if self.is_cue_verb(v)
                || self.is_phrasal_cue(v)
                || (v < k + 6 && (self.is_document_verb(v) || self.is_put_it(v)))
            {
                // "“…” often in his campaign, and criticized …": a second verb of the
                // subject before the quote, not a cue with its subject after it
                let b = self.skip_back_adverbs(v, k);
                if b > k && matches!(self.lower(b - 1), "and" | "but" | "or") {
                    return None;
                }
                let speaker = self.subject_before(v, k)?;
                if goes_on && self.subject_after_conjunction(v, k) {
                    return None;
                }
                return Some(Cue {
                    span: doc.tokens[v].span,
                    speaker: Some(speaker),
                });
            }
        }
        None
    }

    /// True when the mention right before the verb at token `v` (its subject) follows a
    /// conjunction that opens a clause of its own: "…, but she denied", "and Roe said".
    fn subject_after_conjunction(&self, v: usize, floor: usize) -> bool {
        let doc = self.doc;
        let e = self.skip_back_adverbs(v, floor);
        let Some(last) = e.checked_sub(1).filter(|&l| l > floor) else {
            return false;
        };
        let Some((m, _)) = self.found.mention_overlapping(doc.tokens[last].span) else {
            return false;
        };
        let first = doc.token_at_or_after(m.start);
        first > floor
            && matches!(
                self.lower(first - 1),
                "but"
                    | "and"
                    | "while"
                    | "although"
                    | "though"
                    | "because"
                    | "yet"
                    | "so"
                    | "after"
                    | "before"
                    | "when"
                    | "if"
                    | "since"
                    | "until"
                    | "unless"
            )
    }

    /// True when token `k`, right after a closing mark, is a lower-case function word that
    /// cannot open the subject of a cue ("to", "of", "in", "and"): the sentence goes on past
    /// the quote. Articles, determiners and pronouns may open a subject ("the spokesman said",
    /// "he added", "some said").
    fn continues_sentence(&self, k: usize) -> bool {
        const SUBJECT_OPENERS: &[&str] = &[
            "the", "a", "an", "he", "she", "they", "we", "i", "you", "it", "his", "her", "their",
            "its", "our", "my", "your", "this", "these", "those", "one", "some", "many", "most",
            "several", "both", "all", "another", "each", "few", "other", "others", "as",
        ];
        let doc = self.doc;
        doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word)
            && doc.has(k, Facts::STOPWORD)
            && doc.tok(k).starts_with(char::is_lowercase)
            && !SUBJECT_OPENERS.contains(&self.lower(k))
    }

    /// True when the cue at byte span `cue` lies in a sentence after the one holding token
    /// `close`: a signature sentence ("“…” Roe said.") rather than the quote's own clause.
    fn in_later_sentence(&self, cue: Span, close: usize) -> bool {
        let doc = self.doc;
        doc.tokens
            .get(close)
            .and_then(|t| doc.sentences.get(t.sentence))
            .is_some_and(|s| cue.start >= s.span.end)
    }

    /// Direct quotes with their speakers.
    fn direct_quotes(&mut self) -> Vec<(Span, Option<Cue>)> {
        let marks = self.find_marks();
        let spans: Vec<Option<Span>> = marks.iter().map(|&m| self.content_span(m)).collect();
        let all: Vec<Span> = spans.iter().flatten().copied().collect();
        let mut out: Vec<(Span, Option<Cue>)> = Vec::new();
        let mut prev: Option<(Marks, Option<Cue>)> = None;
        for (i, &m) in marks.iter().enumerate() {
            let Some(span) = spans[i] else { continue };
            if self.is_attribute_value(m.open) || self.names_something(m, span) {
                continue;
            }
            // a transcript turn, "“PENCE: Well, …": the named speaker's, never carried over;
            // the quote is the words after the label
            if let Some((colon, turn)) = self.transcript_turn(m.open + 1) {
                let words = self
                    .doc
                    .tokens
                    .get(colon + 1)
                    .map(|t| t.span.start)
                    .filter(|&s| s < span.end)
                    .map_or(span, |s| Span::new(s, span.end));
                out.push((words, turn));
                prev = Some((m, turn));
                continue;
            }
            let before = self.cue_before(m.open, span, &all);
            let after = if m.closed {
                self.cue_after(m.close)
            } else {
                None
            };
            let complement = before.filter(|(_, dist)| *dist <= 6).map(|(c, _)| c);
            // a cue of the quote's own sentence comes before one signing it from the next
            // ("X accused Y of “…” Z said …" is X's)
            let after =
                after.filter(|c| before.is_none() || !self.in_later_sentence(c.span, m.close));
            // ("“…,” as Roe put it" names whose words they are, whatever verb came before)
            let put_it = after.filter(|c| c.span.slice(self.doc.text) == "put");
            let mut cue = put_it.or(complement).or(after).or(before.map(|(c, _)| c));
            if cue.is_none() {
                cue = self.colon_cue(m.open);
            }
            // a second partial quotation in the sentence of a quoted speaker: "X says “A”
            // because “B”"
            if cue.is_none() {
                cue = prev
                    .filter(|(p, _)| self.same_sentence(p.open, m.open))
                    .and_then(|(_, c)| c);
            }
            if cue.is_none() && !self.has_own_cue_verb(m) {
                cue = self.carried_over(m, prev);
            }
            if cue.is_none()
                && (is_title_like(span.slice(self.doc.text), 3) || self.is_scare_quote(m, span))
            {
                continue; // the name of a show, a slogan or a word in scare quotes
            }
            out.push((span, cue));
            prev = Some((m, cue));
        }
        out
    }

    /// A transcript turn starting at token `k`: a name in capitals and a colon ("PENCE:",
    /// "JAKE TAPPER:"). `Some(Some(cue))` with the person of that surname (a new person
    /// named by the label when the text named none: "WALLACE:"), `Some(None)` when the label
    /// is a plain word ("UPDATE:"); `None` when it is no turn.
    fn transcript_turn(&mut self, k: usize) -> Option<(usize, Option<Cue>)> {
        let doc = self.doc;
        let mut j = k;
        while j < k + 3 && doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word) {
            let w = doc.tok(j);
            if w.chars().count() < 2 || w.chars().any(|c| !c.is_uppercase() && c != '-') {
                return None;
            }
            j += 1;
        }
        if j == k || doc.tok(j) != ":" {
            return None;
        }
        let surname = self.lower(j - 1);
        let label = Span::new(doc.tokens[k].span.start, doc.tokens[j - 1].span.end);
        let speaker = self
            .found
            .actors
            .iter()
            .position(|a| a.kind == ActorKind::Person && a.surname.as_deref() == Some(surname))
            .or_else(|| {
                // a name the text did not give otherwise; never a plain word ("UPDATE:",
                // "READ MORE:"), though a listed surname that is also a rarer word is a name
                // ("WALLACE:")
                if (k..j).any(|i| {
                    doc.has(i, Facts::VERY_COMMON)
                        || (doc.has(i, Facts::COMMON) && !doc.has(i, Facts::SURNAME))
                }) {
                    return None;
                }
                let name = label_name(label.slice(doc.text));
                let key = ["person:", &lower(&name)].concat();
                let surname = surname.to_owned();
                Some(self.found.actor_for_key(&key, || WorkActor {
                    name,
                    kind: ActorKind::Person,
                    roles: Vec::new(),
                    gender: None,
                    surname: Some(surname),
                    mentions: Vec::new(),
                }))
            });
        if let Some(sp) = speaker {
            self.found.add_mention(sp, label, MentionVia::Name);
        }
        let cue = Span::new(doc.tokens[k].span.start, doc.tokens[j].span.end);
        Some((
            j,
            speaker.map(|sp| Cue {
                span: cue,
                speaker: Some(sp),
            }),
        ))
    }

    /// The lower-cased word before the opening mark at token `open` (a double apostrophe
    /// counts as one mark), in the same sentence, and its index.
    fn word_before_mark(&self, open: usize) -> Option<(usize, &'a str)> {
        let mut k = open.checked_sub(1)?;
        if self.is_double_apostrophe(k) {
            k = k.checked_sub(1)?;
        }
        self.same_sentence(k, open).then(|| (k, self.lower(k)))
    }

    /// True when the quoted words name something rather than report speech: the title of a
    /// work or a show after a possessive, an article or a preposition ("MSNBC’s “Morning
    /// Joe”", "the “Contract with America”", "on “Meet the Press”") or before the noun it
    /// names ("the “Sunrise Hour” show"), and any short phrase after a word that announces a
    /// name ("the documentary “13th”", "titled “Arrogant”", "so-called “pass through”").
    fn names_something(&self, m: Marks, span: Span) -> bool {
        /// Words a title follows: "the", a possessive "s", a preposition.
        const BEFORE_TITLE: &[&str] = &[
            "the", "a", "an", "s", "on", "of", "in", "at", "during", "from", "watching",
        ];
        let doc = self.doc;
        let text = span.slice(doc.text);
        // a sentence of its own inside the marks is a quotation
        if has_more_words(text, 6) || has_inner_sentence(text) {
            return false;
        }
        let before = self.word_before_mark(m.open);
        let so_called = before.is_some_and(|(k, l)| {
            (l == "called" && k >= 2 && doc.tok(k - 1) == "-" && self.lower(k - 2) == "so")
                || (l == "as" && k >= 1 && self.lower(k - 1) == "known")
        });
        if so_called || before.is_some_and(|(_, l)| words().work_nouns.contains(l)) {
            return true;
        }
        if !is_title_like(text, 6) {
            return false;
        }
        let possessive_or_article = before.is_some_and(|(k, l)| {
            BEFORE_TITLE.contains(&l) && (l != "s" || self.is_possessive_s(k))
        });
        let after = if m.closed {
            let mut n = m.close + 1;
            if self.is_double_apostrophe(m.close) {
                n += 1;
            }
            Some(n).filter(|&n| n < doc.tokens.len() && self.same_sentence(n, m.open))
        } else {
            None
        };
        possessive_or_article || after.is_some_and(|n| words().after_title.contains(self.lower(n)))
    }

    /// True for a word or two in quotation marks inside a sentence, with no sentence of its
    /// own: a scare quote or a coinage ("the “fact-checking” website"), not a quotation. Only
    /// asked of quotes that no cue attributes.
    fn is_scare_quote(&self, m: Marks, span: Span) -> bool {
        let text = span.slice(self.doc.text);
        let range = self.sentence_range(m.open);
        m.open > range.start
            && text.split_whitespace().nth(3).is_none()
            && !text.contains(['?', '!'])
            && !has_inner_sentence(text)
    }

    /// True when tokens `a` and `b` are in the same sentence.
    fn same_sentence(&self, a: usize, b: usize) -> bool {
        let s = |k: usize| self.doc.tokens.get(k).map(|t| t.sentence);
        s(a).is_some() && s(a) == s(b)
    }

    /// True when the mark at token `k` is a straight quote right after `=`: an attribute value
    /// in markup left in the text (`author="@someone"`), not a quotation.
    fn is_attribute_value(&self, k: usize) -> bool {
        let doc = self.doc;
        k > 0 && doc.tok(k - 1) == "=" && doc.tokens[k - 1].span.end == doc.tokens[k].span.start
    }

    /// True when the sentence of the quote has a reporting verb of its own outside quotation
    /// marks ("“…,” Roe said"), even one whose speaker is unknown: then the quote is not the
    /// previous speaker's.
    fn has_own_cue_verb(&self, m: Marks) -> bool {
        let range = self.sentence_range(m.open);
        let is_verb = |k: usize| self.is_cue_verb(k);
        let after = if m.closed { m.close + 1 } else { m.close };
        let before = m.open.saturating_sub(5).max(range.start)..m.open;
        // after the quote, as far as `cue_after` looks for a speaker and verb ("“…,” House
        // Speaker Jane Roe, R-Wis., said"), up to the next quotation
        let reach = (after..range.end.min(after + 25))
            .find(|&k| matches!(self.doc.tok(k), "“" | "\"" | "«"))
            .unwrap_or(range.end.min(after + 25));
        (after..reach).any(is_verb) || before.into_iter().any(is_verb)
    }

    /// A quote with no cue of its own carries on the speech of the quote before it when it
    /// starts its sentence or paragraph right after that quote ("“A,” he said. “B.”"), or when
    /// the previous paragraph's quote ran on into this one, or after "X said:".
    fn carried_over(&mut self, m: Marks, prev: Option<(Marks, Option<Cue>)>) -> Option<Cue> {
        let doc = self.doc;
        let range = self.sentence_range(m.open);
        // (a `''` mark opens after its second apostrophe)
        let starts_sentence = m.open == range.start
            || (m.open == range.start + 1 && self.is_double_apostrophe(range.start));
        // the sentence before ends on someone else's cue: "“A,” Roe said, and Coe cut in.
        // “B.”" is Coe's
        if let Some((_, Some(cue))) = prev.filter(|_| starts_sentence && range.start > 0) {
            let last = range.start - 1;
            if doc.tok(last) == "." {
                let ending = self
                    .cue_ending_sentence(last, m.open)
                    .filter(|c| c.speaker.is_some() && c.speaker != cue.speaker);
                if ending.is_some() {
                    return ending;
                }
            }
        }
        if let Some((p, Some(cue))) = prev {
            let p_para = doc
                .tokens
                .get(p.open)
                .and_then(|t| doc.sentences.get(t.sentence))
                .map(|s| s.paragraph);
            let m_para = doc
                .sentences
                .get(doc.tokens[m.open].sentence)
                .map(|s| s.paragraph);
            let (Some(pp), Some(mp)) = (p_para, m_para) else {
                return None;
            };
            let near = mp == pp || mp == pp + 1;
            // the quote opens the sentence right after the one where the last quote closed
            let next_sentence = p.closed
                && doc.tokens.get(p.close).map(|t| t.sentence + 1)
                    == doc.tokens.get(m.open).map(|t| t.sentence);
            if starts_sentence
                && near
                && (!p.closed || next_sentence || self.only_quotes_between(p.close, m.open))
                && !self.other_person_opens_sentence_between(p, m, cue.speaker)
            {
                return Some(Cue {
                    span: cue.span,
                    speaker: cue.speaker,
                });
            }
            // a sentence or two about the same speaker between: "“A,” Roe said. Roe backs
            // the plan. “B.”"
            if let Some(a) = cue
                .speaker
                .filter(|_| starts_sentence && mp == pp && p.closed)
            {
                if self.only_speaker_between(p.close, m.open, a) {
                    return Some(cue);
                }
            }
        }
        // "Heydari said:" at the end of the sentence before
        if starts_sentence && range.start > 0 {
            let last = range.start - 1;
            if doc.tok(last) == ":" {
                let prev_range = self.sentence_range(last);
                for v in (prev_range.start..last).rev() {
                    if self.is_cue_verb(v) {
                        let speaker = self.subject_before(v, prev_range.start)?;
                        return Some(Cue {
                            span: doc.tokens[v].span,
                            speaker: Some(speaker),
                        });
                    }
                }
            } else if doc.tok(last) == "." {
                return self
                    .cue_ending_sentence(last, m.open)
                    .or_else(|| self.cue_of_paragraph_before(m, last));
            }
        }
        None
    }

    /// True when a sentence between the quote `p` and the quote `m` opens with the name of a
    /// person other than `speaker`: "“A,” Roe said. Coe touted her record. “B.”" is not Roe's.
    fn other_person_opens_sentence_between(
        &self,
        p: Marks,
        m: Marks,
        speaker: Option<usize>,
    ) -> bool {
        let doc = self.doc;
        if !p.closed {
            return false;
        }
        let (Some(c), Some(o)) = (doc.tokens.get(p.close), doc.tokens.get(m.open)) else {
            return false;
        };
        self.found
            .mentions_between(c.span.end, o.span.start)
            .any(|(sp, a)| {
                let k = doc.token_at_or_after(sp.start);
                Some(a) != speaker
                    && self.found.actors[a].kind == ActorKind::Person
                    && doc.tokens.get(k).is_some_and(|t| {
                        doc.sentence_tokens(t.sentence).start == k && t.sentence != c.sentence
                    })
            })
    }

    /// A quotation that is a paragraph of its own, after a paragraph whose last sentence
    /// reports someone ("Roe praised the plan.\n\n“It will work.”"), or that ends the
    /// paragraph after a sentence reporting someone ("Roe argues that the plan works. “It
    /// will.”"): that speaker's. In the same paragraph the first reporting verb of the
    /// sentence is the one that counts ("Roe said Tarrant had claimed …" is Roe's).
    fn cue_of_paragraph_before(&mut self, m: Marks, last: usize) -> Option<Cue> {
        let doc = self.doc;
        let para = |k: usize| {
            doc.tokens
                .get(k)
                .and_then(|t| doc.sentences.get(t.sentence))
                .map(|s| s.paragraph)
        };
        let own = para(m.open)?;
        // the quote runs to the end of its paragraph, which it opens or which the reporting
        // sentence opens
        let same = para(last) == Some(own);
        let whole = (same
            || own
                .checked_sub(1)
                .is_some_and(|before| para(last) == Some(before)))
            && (!m.closed || para(m.close + 1) != Some(own) || m.close + 1 >= doc.tokens.len());
        if !whole {
            return None;
        }
        let prev_range = self.sentence_range(last);
        let n = last.saturating_sub(prev_range.start + 1);
        for i in 0..n {
            let v = if same {
                prev_range.start + 1 + i
            } else {
                last - 1 - i
            };
            if !(self.is_cue_verb(v) && self.is_finite_verb(v)) {
                continue;
            }
            let Some(speaker) = self.subject_before(v, prev_range.start) else {
                continue;
            };
            let kind = self.found.actors.get(speaker)?.kind;
            return matches!(kind, ActorKind::Person | ActorKind::Organization).then_some(Cue {
                span: doc.tokens[v].span,
                speaker: Some(speaker),
            });
        }
        None
    }

    /// "“…” Roe said.": a quotation that ends its sentence, signed by a short sentence of
    /// its own in the same paragraph that starts with the speaker and the verb, or with the
    /// verb and the speaker ("said Roe.").
    fn cue_in_next_sentence(&mut self, close: usize, next: usize) -> Option<Cue> {
        let doc = self.doc;
        let first = doc.tokens.get(next)?;
        let para = |k: usize| {
            doc.tokens
                .get(k)
                .and_then(|t| doc.sentences.get(t.sentence))
                .map(|s| s.paragraph)
        };
        if para(next) != para(close) || first.kind != TokenKind::Word {
            return None;
        }
        let range = self.sentence_range(next);
        // a signature, not a sentence of its own: at most a dozen tokens
        if range.end - next > 12 {
            return None;
        }
        if self.is_cue_verb(next) {
            let speaker = self
                .actor_starting_at(next + 1)
                .or_else(|| self.inverted_described_speaker(next + 1, range.end))?;
            return Some(Cue {
                span: first.span,
                speaker: Some(speaker),
            });
        }
        for v in next + 1..(next + 7).min(range.end) {
            if doc.tokens[v].kind == TokenKind::Punct
                && !matches!(doc.tok(v), "’" | "'" | "-")
                && !self.is_abbreviation_dot(v)
            {
                return None;
            }
            if self.is_cue_verb(v) {
                let speaker = self.subject_before(v, next)?;
                // the subject opens the sentence
                let starts = self.found.actors[speaker]
                    .mentions
                    .iter()
                    .any(|(m, _)| m.start == first.span.start);
                return starts.then_some(Cue {
                    span: doc.tokens[v].span,
                    speaker: Some(speaker),
                });
            }
        }
        None
    }

    /// "Republican pollster Jane Roe: “…”", "Roe released a statement: “…”": a quotation
    /// opened right after a colon that follows a name, or ends a sentence that reports
    /// someone or names a statement.
    fn colon_cue(&mut self, open: usize) -> Option<Cue> {
        let doc = self.doc;
        let c = open.checked_sub(1)?;
        // "Roe issued a statement, “…”": a comma after a noun of speech stands for the colon
        let noun_comma =
            doc.tok(c) == "," && c > 0 && words().speech_nouns.contains(self.lower(c - 1));
        if doc.tok(c) != ":" && !noun_comma {
            return None;
        }
        let colon = doc.tokens[c].span;
        let range = self.sentence_range(c);
        // the subject of the clause before a noun's comma, or a name right before the colon
        let named = if noun_comma {
            Some(self.clause_subject(c, range.start)?)
        } else {
            self.actor_ending_at(c)
        };
        if let Some(a) = named {
            let kind = self.found.actors[a].kind;
            return matches!(kind, ActorKind::Person | ActorKind::Organization).then_some(Cue {
                span: colon,
                speaker: Some(a),
            });
        }
        let intro_end = self.opening_phrase_end(range.start, c).max(range.start + 1);
        for v in (intro_end..c).rev() {
            // "the following comment:" is a noun
            if words().speech_nouns.contains(self.lower(v)) {
                continue;
            }
            if self.is_cue_verb(v) && self.is_finite_verb(v) {
                let speaker = self.subject_before(v, range.start)?;
                return Some(Cue {
                    span: doc.tokens[v].span,
                    speaker: Some(speaker),
                });
            }
        }
        if (range.start..c).any(|k| words().speech_nouns.contains(self.lower(k))) {
            let speaker = self.clause_subject(c, range.start)?;
            let kind = self.found.actors[speaker].kind;
            return matches!(kind, ActorKind::Person | ActorKind::Organization).then_some(Cue {
                span: colon,
                speaker: Some(speaker),
            });
        }
        None
    }

    /// "…, Schiff said. “…”": the sentence before the quote, in its paragraph, ends with a
    /// cue ("X said." or "said X."); the quote that opens the next sentence is that speaker's.
    fn cue_ending_sentence(&mut self, last: usize, open: usize) -> Option<Cue> {
        let doc = self.doc;
        let para = |k: usize| {
            doc.tokens
                .get(k)
                .and_then(|t| doc.sentences.get(t.sentence))
                .map(|s| s.paragraph)
        };
        if para(last) != para(open) {
            return None;
        }
        let prev_range = self.sentence_range(last);
        let mut v = last.checked_sub(1).filter(|&v| v > prev_range.start)?;
        // "…, and her husband cut in."
        if v > prev_range.start + 1 && self.is_phrasal_cue(v - 1) {
            v -= 1;
        }
        if (self.is_cue_verb(v) || self.is_phrasal_cue(v)) && !self.is_participle_cue(v) {
            let speaker = self.subject_before(v, prev_range.start)?;
            return Some(Cue {
                span: doc.tokens[v].span,
                speaker: Some(speaker),
            });
        }
        // inverted: "said Schiff.", "said Jane Roe, a spokeswoman for the campaign." (after a
        // comma or after a closing mark the quote reader did not pair)
        let first = (prev_range.start..last).rev().take(24).find(|&k| {
            self.is_cue_verb(k)
                && k > prev_range.start
                && matches!(doc.tok(k - 1), "," | "”" | "\"")
        })?;
        // (", told CBS News.": the name after "told" is who heard it)
        if matches!(self.lower(first), "told" | "tells" | "tell") {
            return None;
        }
        let speaker = self.actor_starting_at_token(first + 1)?;
        let end = self.mention_end_token(first + 1);
        let signs = end == last
            || (self.found.actors[speaker].kind == ActorKind::Person
                && doc.tok(end) == ","
                && self.opens_description(end + 1)
                && !(end + 1..last)
                    .any(|k| self.is_cue_verb(k) || matches!(doc.tok(k), "“" | "”" | "\"" | "«")));
        signs.then_some(Cue {
            span: doc.tokens[first].span,
            speaker: Some(speaker),
        })
    }

    /// True when the one or two sentences after the one holding token `close` and before the
    /// one opening at `open` each start with a mention of actor `a` (its name or a pronoun
    /// for it), and hold no quotation.
    fn only_speaker_between(&self, close: usize, open: usize, a: usize) -> bool {
        let doc = self.doc;
        let (Some(c), Some(o)) = (doc.tokens.get(close), doc.tokens.get(open)) else {
            return false;
        };
        let (first, last) = (c.sentence + 1, o.sentence);
        if last <= first || last - first > 2 {
            return false;
        }
        (first..last).all(|s| {
            let r = doc.sentence_tokens(s);
            let opens_with_speaker = doc.tokens.get(r.start).is_some_and(|t| {
                self.found
                    .mention_overlapping(t.span)
                    .is_some_and(|(m, x)| x == a && m.start == t.span.start)
            });
            opens_with_speaker && r.clone().all(|k| !matches!(doc.tok(k), "“" | "\"" | "«"))
        })
    }

    /// True when the tokens between two quotes are only a cue sentence's tail: at most a
    /// dozen tokens, ending a sentence.
    fn only_quotes_between(&self, close: usize, open: usize) -> bool {
        open > close && open - close <= 14
    }

    /// Indirect quotes: "X said (that) CLAUSE", "According to X, CLAUSE", "CLAUSE, X said."
    fn indirect_quotes(&mut self, direct: &[Span]) -> Vec<(Span, Cue)> {
        let doc = self.doc;
        let mut out = Vec::new();
        // the first direct quote not ending before the token: tokens only move forward
        let mut cover = 0;
        // sentences before this one belong to a labelled turn already read
        let mut turn_end = 0;
        for s in 0..doc.sentences.len() {
            if s < turn_end {
                continue;
            }
            let range = doc.sentence_tokens(s);
            let opens_paragraph =
                s == 0 || doc.sentences[s - 1].paragraph != doc.sentences[s].paragraph;
            if opens_paragraph {
                if let Some((q, next)) = self.labelled_turn(s, direct) {
                    out.push(q);
                    turn_end = next;
                    continue;
                }
            }
            let mut v = range.start;
            while v < range.end {
                // most tokens open nothing: passed over before the bookkeeping below (`cover`
                // only moves forward, so catching it up at the next candidate is the same)
                if !self.may_open_indirect(v) {
                    v += 1;
                    continue;
                }
                let span = doc.tokens[v].span;
                while direct.get(cover).is_some_and(|q| q.end < span.end) {
                    cover += 1;
                }
                if direct.get(cover).is_some_and(|q| q.contains(span)) {
                    v += 1;
                    continue;
                }
                // (bytes compared: most tokens are none of these words)
                if doc.low_bytes(v) == b"according" && doc.low_bytes(v + 1) == b"to" {
                    if let Some(q) = self.according_to(v, range.clone(), direct) {
                        // "Roe plans to visit Leeds, according to an aide": the plan is the
                        // aide's report, not an intention of Roe's read on its own
                        while out.last().is_some_and(|(p, c): &(Span, Cue)| {
                            q.0.contains(*p)
                                && intention_verbs()
                                    .contains(self.lower(doc.token_at_or_after(c.span.start)))
                        }) {
                            out.pop();
                        }
                        out.push(q);
                    }
                    v += 2;
                    continue;
                }
                // "Roe’s claim that …", "his promise to …": a stance noun and its owner
                if doc.has(v, Facts::CUE_NOUN) {
                    if let Some(q) = self.owned_stance(v, range.clone(), direct) {
                        // (not again inside the object of a verb just read: "X is promoting
                        // her plans for …" is one report)
                        if !out.last().is_some_and(|(p, _)| p.contains(q.0)) {
                            out.push(q);
                        }
                        v += 1;
                        continue;
                    }
                }
                // (the REPORTING bit says whether the lexicon has a lemma, without hashing)
                let lex = self.lex;
                let Some(lemma) = Some(v)
                    .filter(|&v| self.doc.has(v, Facts::REPORTING))
                    .and_then(|v| lex.reporting_lemma_key(self.lower(v)))
                    .filter(|_| self.is_cue_verb(v))
                    .map(String::as_str)
                    .or_else(|| self.stance_lemma(v))
                else {
                    // "X wants to …": an intention, read only before its infinitive, and
                    // not inside what someone else reported ("Y claimed X planned to …" is
                    // Y's claim, not X's word)
                    if self.doc.has(v, Facts::LOWER_INITIAL)
                        && !out
                            .last()
                            .is_some_and(|(q, _): &(Span, Cue)| q.contains(span))
                        && doc.low_bytes(v + 1) == b"to"
                        && intention_verbs().contains(self.lower(v))
                        && self.finite_at(v)
                        && self.found.mention_overlapping(span).is_none()
                    {
                        if let Some(q) = self.reported_clause(v, "intend", range.clone(), direct) {
                            out.push(q);
                        }
                    }
                    v += 1;
                    continue;
                };
                // "Roe has been endorsed by the council": the passive's subject
                if doc.low_bytes(v + 1) == b"by" {
                    if let Some(q) = self.passive_by(v, range.clone(), direct) {
                        out.push(q);
                        v += 1;
                        continue;
                    }
                }
                if !self.finite_at(v) || self.passive_after_adverbs(v, range.start) {
                    v += 1;
                    continue;
                }
                if let Some(q) = self.reported_clause(v, lemma, range.clone(), direct) {
                    out.push(q);
                }
                v += 1;
            }
        }
        out
    }

    /// True when token `v` may open reported speech in [`Reader::indirect_quotes`]: a
    /// reporting verb's form, "according" (to), or a lower-case word before "to" (an
    /// intention verb); false lets the token be passed over at a glance.
    #[inline]
    fn may_open_indirect(&self, v: usize) -> bool {
        let doc = self.doc;
        let f = doc.facts(v);
        // ("to" and "according" are stopwords: the fact bit spares most byte compares)
        f.has(Facts::REPORTING | Facts::STANCE | Facts::CUE_NOUN)
            || (f.has(Facts::LOWER_INITIAL)
                && doc.has(v + 1, Facts::STOPWORD)
                && doc.low_bytes(v + 1) == b"to")
            || (f.has(Facts::STOPWORD) && doc.low_bytes(v) == b"according")
    }

    /// A paragraph opened by a person's (or an organisation's) name and a colon, "Roe: The
    /// bridge will open." (a headline or a transcript turn without quotation marks): the rest
    /// of the paragraph is that person's. Returns the quote and the first sentence after the paragraph.
    fn labelled_turn(&mut self, s: usize, direct: &[Span]) -> Option<((Span, Cue), usize)> {
        let doc = self.doc;
        let range = doc.sentence_tokens(s);
        let k = range.start;
        let colon = (k + 1..(k + 6).min(range.end)).find(|&j| doc.tok(j) == ":")?;
        let label_ok = (k..colon).all(|j| {
            let t = doc.tok(j);
            t == "." || (doc.tokens[j].kind == TokenKind::Word && t.starts_with(char::is_uppercase))
        });
        if !label_ok || is_open_mark(doc.tok(colon + 1)) || doc.tok(colon + 1) == "\"" {
            return None;
        }
        let speaker = match self.actor_ending_at(colon) {
            Some(a) => a,
            // "Poll: …", "Report: …": a document's finding as a headline
            // (not a contact line: "Email: …")
            None if colon == k + 1
                && document_nouns().contains(self.lower(k))
                && !words().speech_nouns.contains(self.lower(k)) =>
            {
                let span = doc.tokens[k].span;
                self.unnamed_actor(span, ActorKind::Other, &[])
            }
            // "TARRANT:": an all-caps surname of a person named elsewhere
            None => {
                let w = doc.tok(colon - 1);
                if w.chars().count() < 2 || w.chars().any(|c| !c.is_uppercase() && c != '-') {
                    return None;
                }
                let surname = self.lower(colon - 1);
                self.found.actors.iter().position(|a| {
                    a.kind == ActorKind::Person && a.surname.as_deref() == Some(surname)
                })?
            }
        };
        // a person, or an organisation named by the whole label ("Politifact: …"), or a
        // document
        match self.found.actors[speaker].kind {
            ActorKind::Person | ActorKind::Other => {}
            ActorKind::Organization if self.actor_starting_at_token(k) == Some(speaker) => {}
            _ => return None,
        }
        let para = doc.sentences[s].paragraph;
        let mut next = s + 1;
        while doc.sentences.get(next).is_some_and(|x| x.paragraph == para) {
            next += 1;
        }
        let end = doc.sentence_tokens(next - 1).end;
        let span = self.clause_span(colon + 1, end, direct)?;
        let cue = Span::new(doc.tokens[k].span.start, doc.tokens[colon].span.end);
        Some((
            (
                span,
                Cue {
                    span: cue,
                    speaker: Some(speaker),
                },
            ),
            next,
        ))
    }

    fn according_to(
        &mut self,
        v: usize,
        range: std::ops::Range<usize>,
        direct: &[Span],
    ) -> Option<(Span, Cue)> {
        let doc = self.doc;
        let speaker = self.according_to_source(v + 2, range.end)?;
        let cue = Span::new(doc.tokens[v].span.start, doc.tokens[v + 1].span.end);
        let found = |span: Span| {
            (
                span,
                Cue {
                    span: cue,
                    speaker: Some(speaker),
                },
            )
        };
        // "CLAUSE, according to X." / "CLAUSE according to X": the clause is before, unless
        // only an introductory phrase is ("In addition, according to X, CLAUSE") or a
        // conjunction joins a second clause ("…, and according to X, CLAUSE")
        let after_conjunction = v > 0 && matches!(self.lower(v - 1), "and" | "but" | "or" | "yet");
        if v > range.start + 1 && !after_conjunction {
            let before_end = if doc.tok(v - 1) == "," { v - 1 } else { v };
            if let Some(span) = self.clause_span(range.start, before_end, direct) {
                return Some(found(span));
            }
        }
        // "According to X, CLAUSE": the mention and a comma, then the clause
        let mut k = v + 2;
        while k < range.end && doc.tok(k) != "," {
            k += 1;
        }
        let clause_start = k + 1;
        if clause_start >= range.end
            || is_open_mark(doc.tok(clause_start))
            || doc.tok(clause_start) == "\""
        {
            return None;
        }
        let end = self.clause_end(clause_start, range.end);
        self.clause_span(clause_start, end, direct).map(found)
    }

    /// The source named after "according to" at token `k`: a mention there, or a few
    /// words on ("according to the nonpartisan Tax Foundation", "according to a new poll");
    /// failing that, the phrase itself up to the next punctuation ("according to the
    /// results", "according to two people briefed on the talks") as an unnamed source.
    fn according_to_source(&mut self, k: usize, end: usize) -> Option<usize> {
        if let Some(a) = self.actor_starting_at(k) {
            return Some(a);
        }
        let doc = self.doc;
        let mut last = k;
        for r in k..(k + 12).min(end) {
            if doc.tokens[r].kind == TokenKind::Punct {
                break;
            }
            if r > k {
                if let Some(a) = self.actor_starting_at_token(r) {
                    if r < k + 6 && self.found.actors[a].kind != ActorKind::Place {
                        return Some(a);
                    }
                }
            }
            last = r;
        }
        if k >= end || doc.tokens[k].kind == TokenKind::Punct {
            return None;
        }
        // the phrase ends at its head noun: not on "of", "by", "with"…
        while last > k && doc.has(last, Facts::STOPWORD) {
            last -= 1;
        }
        if last == k && doc.has(k, Facts::STOPWORD) {
            return None; // "according to him" with no one to refer to
        }
        let span = Span::new(doc.tokens[k].span.start, doc.tokens[last].span.end);
        let head = self.lower(last);
        let kind = if doc.has(last, Facts::GROUP_NOUN)
            || (head.ends_with('s') && !head.ends_with("ss") && !head.ends_with("us"))
        {
            ActorKind::Group
        } else {
            ActorKind::Other
        };
        Some(self.unnamed_actor(span, kind, &["the ", "a ", "an "]))
    }

    fn reported_clause(
        &mut self,
        v: usize,
        lemma: &str,
        range: std::ops::Range<usize>,
        direct: &[Span],
    ) -> Option<(Span, Cue)> {
        let doc = self.doc;
        let cue_span = doc.tokens[v].span;
        // "the bank found itself at the centre of …": where one ended up, not a finding
        if lemma == "find"
            && matches!(
                self.lower(v + 1),
                "himself" | "herself" | "itself" | "themselves" | "myself" | "ourselves"
            )
        {
            return None;
        }
        // a stance verb ("X championed …") reports only its object: none of the shapes of
        // speech below ("CLAUSE, X said.") before the plain "X VERB OBJECT"
        let stance = !doc.has(v, Facts::REPORTING);
        if stance {
            return self.verb_and_object(v, lemma, true, range, direct);
        }
        // "CLAUSE, X said." / "CLAUSE, said X."
        // ("CLAUSE, X said Friday, as …": a short tail up to a comma and a subordinate
        // phrase, when a comma before the subject can end the clause)
        let tail_end = self.sentence_tail_after(v + 1, range.end).or_else(|| {
            self.tail_to_comma(v + 1, range.end)
                .filter(|_| (range.start + 2..v).any(|k| doc.tok(k) == ","))
        });
        // (a name and a tail end the sentence within a dozen tokens: "…, said Jane Roe.")
        if tail_end.is_some()
            || (v + 1 < range.end
                && range.end - v <= 14
                && self.actor_starting_at(v + 1).is_some()
                && self
                    .sentence_tail_after(self.mention_end_token(v + 1), range.end)
                    .is_some())
        {
            let (speaker, comma) = if let Some(sp) = self.subject_before(v, range.start) {
                let mut k = v;
                while k > range.start && doc.tok(k - 1) != "," {
                    k -= 1;
                }
                // "…, and the council agreed.": a second clause, not a speaker
                if matches!(self.lower(k), "and" | "but" | "or" | "so" | "while") {
                    return None;
                }
                (Some(sp), k.checked_sub(1))
            } else if doc.tok(v.saturating_sub(1)) == "," && !self.lower(v).ends_with("ing") {
                // "…, said X." (not "…, telling X": X is who was told)
                (self.actor_starting_at(v + 1), Some(v - 1))
            } else {
                (None, None)
            };
            if let (Some(sp), Some(c)) = (speaker, comma) {
                if c > range.start && doc.tok(c) == "," {
                    let span = self.clause_span(range.start, c, direct)?;
                    return Some((
                        span,
                        Cue {
                            span: cue_span,
                            speaker: Some(sp),
                        },
                    ));
                }
            }
            // "X endorsed Roe.": with no comma before, the name after a stance verb is its
            // object, not an inverted speaker
            if tail_end.is_some()
                || doc.tok(v.saturating_sub(1)) == ","
                || !words().object_lemmas.contains(lemma)
            {
                return None;
            }
        }
        // "CLAUSE, said one source in the room.", "CLAUSE, said a person familiar with the
        // talks.": an inverted speaker whose phrase runs to the end of the sentence
        if v > range.start + 3
            && doc.tok(v - 1) == ","
            && !self.lower(v).ends_with("ing")
            && range.end - v <= 16
            && (doc.has(v + 1, Facts::CAP) || words().described_starts.contains(self.lower(v + 1)))
        {
            if let Some(sp) = self.actor_starting_at(v + 1) {
                // (the phrase goes on after the speaker's noun: "one GOP source")
                let head_end = (v + 1..(v + 5).min(range.end))
                    .find(|&j| doc.has(j, Facts::GROUP_NOUN | Facts::ANONYMOUS))
                    .map_or_else(|| self.mention_end_token(v + 1), |j| j + 1);
                if self.speaker_phrase_tail(head_end, range.end) {
                    let span = self.clause_span(range.start, v - 1, direct)?;
                    return Some((
                        span,
                        Cue {
                            span: cue_span,
                            speaker: Some(sp),
                        },
                    ));
                }
            }
        }
        // "CLAUSE, said X, a lawyer for Y."
        if v > range.start + 3 && doc.tok(v - 1) == "," && !self.lower(v).ends_with("ing") {
            if let Some(sp) = self.actor_starting_at_token(v + 1) {
                if doc.tok(self.mention_end_token(v + 1)) == "," {
                    let span = self.clause_span(range.start, v - 1, direct)?;
                    return Some((
                        span,
                        Cue {
                            span: cue_span,
                            speaker: Some(sp),
                        },
                    ));
                }
            }
        }
        // "The museum, X said, would open in May.": the clause around a cue between commas
        if doc.tok(v + 1) == "," {
            let comma = (v.saturating_sub(8).max(range.start)..v)
                .rev()
                .find(|&k| doc.tok(k) == ",");
            // "Now, she said, the …": one word before the comma is enough
            if let Some(c) = comma.filter(|&c| c > range.start) {
                if let Some(sp) = self.subject_before(v, c + 1) {
                    // "CLAUSE, he said, and …": the clause is the one before
                    if matches!(
                        self.lower(v + 2),
                        "and" | "but" | "while" | "though" | "although" | "adding"
                    ) {
                        let span = self.clause_span(range.start, c, direct)?;
                        return Some((
                            span,
                            Cue {
                                span: cue_span,
                                speaker: Some(sp),
                            },
                        ));
                    }
                    // not "“…,” she said, according to X" (that is the quote's source)
                    let after_quote =
                        is_close_mark(doc.tok(c + 1)) || matches!(doc.tok(c + 1), "\"" | "'" | "’");
                    if after_quote && self.lower(v + 2) == "according" {
                        return None;
                    }
                    if self.aside_after_quote(c, v) {
                        return None;
                    }
                    // "“…,” he said, referring to …", "…, the group said, compared with …": a
                    // phrase about the saying, not a reported clause (but "“…,” she said,
                    // emphasizing why …" reports again, and "The museum, he said, celebrated
                    // …" goes on with the clause)
                    let next = self.lower(v + 2);
                    let aside = next == "compared"
                        || (after_quote && next.ends_with("ing") && !self.is_cue_verb(v + 2));
                    if aside && !doc.has(v + 2, Facts::CAP) {
                        return None;
                    }
                    // "Sales were great, he said, wiping his face", "…, she said, asked about
                    // the vote": a phrase about the saying; what was said is the clause before
                    let participle =
                        (next.ends_with("ing") && !self.is_cue_verb(v + 2)) || next == "asked";
                    if participle && doc.has(v + 2, Facts::LOWER_INITIAL) {
                        let span = self.clause_span(range.start, c, direct)?;
                        return Some((
                            span,
                            Cue {
                                span: cue_span,
                                speaker: Some(sp),
                            },
                        ));
                    }
                    let end = self.clause_end(v + 2, range.end);
                    // "The new bridge, Roe said, would open in May": a predicate after the cue
                    // (an auxiliary or adverb that stands before a verb, or a past form) goes
                    // with the subject before the comma, so the whole sentence is what was
                    // said
                    let first = self.lower(v + 2);
                    let from = if !after_quote
                        && doc.has(v + 2, Facts::LOWER_INITIAL)
                        && (words().between_subject_and_verb.contains(first)
                            || (first.ends_with("ed") && !doc.has(v + 2, Facts::STOPWORD)))
                    {
                        range.start
                    } else {
                        v + 2
                    };
                    if let Some(span) = self.clause_span(from, end, direct) {
                        return Some((
                            span,
                            Cue {
                                span: cue_span,
                                speaker: Some(sp),
                            },
                        ));
                    }
                }
            }
        }
        self.verb_and_object(v, lemma, false, range, direct)
    }

    /// True when the cue at `v`, set off by commas after a quotation whose mark stands
    /// between the comma `c` and the cue, is followed by a phrase about the saying rather than
    /// a reported clause: "“…,” she said, in a nod to Y", "“…?” Roe asked, according to a
    /// transcript", "“…,” he said, a hint of anger in his voice".
    fn aside_after_quote(&self, c: usize, v: usize) -> bool {
        let doc = self.doc;
        let quoted = (c + 1..v).any(|j| {
            let t = doc.tok(j);
            is_close_mark(t) || t == "\""
        });
        quoted
            && doc.has(v + 2, Facts::LOWER_INITIAL)
            && matches!(
                self.lower(v + 2),
                "in" | "with" | "according" | "a" | "an" | "another" | "as" | "dressed"
            )
    }

    /// "X said (that) CLAUSE", "X called for OBJECT", "X questioned whether …": the clause or
    /// object after the cue verb at `v`, with the verb's subject as the speaker. A `stance`
    /// verb ("championed") takes "that" only right after it (later it opens a relative
    /// clause).
    fn verb_and_object(
        &mut self,
        v: usize,
        lemma: &str,
        stance: bool,
        range: std::ops::Range<usize>,
        direct: &[Span],
    ) -> Option<(Span, Cue)> {
        let doc = self.doc;
        let cue_span = doc.tokens[v].span;
        let mut k = v + 1;
        let mut that = None;
        // a clause that opens right after the verb holds any later "that": "said he would
        // jump to that conclusion", "says the board that met …" (but "told the board that …")
        let clause_opens = self.pronoun_subject_at(v + 1)
            || (lemma == "say"
                && matches!(
                    self.lower(v + 1),
                    "the" | "a" | "an" | "his" | "her" | "their"
                ));
        // (14: room for a day and a title in quotation marks: "said on ABC’s “This Week
        // With George Stephanopoulos” that …")
        let look = if stance || clause_opens {
            v + 2
        } else {
            v + 14
        }
        .min(range.end);
        while k < look {
            let t = self.lower(k);
            // (not the pronoun ending the sentence: "said the test could change that.")
            if t == "that"
                && doc
                    .tokens
                    .get(k + 1)
                    .is_some_and(|n| n.kind != TokenKind::Punct)
            {
                // "says hackers are …, and that …": a second "that" after a clause that
                // needed none
                if k > v + 1 && matches!(self.lower(k - 1), "and" | "or" | "but") {
                    break;
                }
                that = Some(k);
                break;
            }
            // another verb of speech or a subordinate clause comes before any "that" of this
            // verb: "called on X to … after Y claimed that …", "was right when he said that …"
            // (a participle or a noun of speech may still lead to it: "said at a news
            // conference announcing that …", "pointed to reports that …")
            let finite_cue =
                self.is_cue_verb(k) && !t.ends_with("ing") && !doc.has(k, Facts::CUE_NOUN);
            if k > v + 1
                && (finite_cue
                    || matches!(t, "when" | "because" | "who" | "which" | "whose" | "where"))
            {
                break;
            }
            // a title in quotation marks is passed over: "told MSNBC’s “Morning Joe” that …"
            if is_open_mark(doc.tok(k)) || doc.tok(k) == "\"" {
                let close = (k + 2..(k + 9).min(look))
                    .find(|&c| is_close_mark(doc.tok(c)) || doc.tok(c) == "\"");
                match close {
                    // (a longer one is a capitalised title: "This Week With George Stephanopoulos")
                    Some(c)
                        if (k + 1..c).all(|j| doc.tokens[j].kind == TokenKind::Word)
                            && (c <= k + 5 || doc.has(k + 1, Facts::CAP)) =>
                    {
                        k = c + 1;
                        continue;
                    }
                    _ => break,
                }
            }
            if doc.tokens[k].kind == TokenKind::Punct && !matches!(doc.tok(k), "," | "’" | "'") {
                break;
            }
            k += 1;
        }
        let mut object_only = false;
        let start = match that {
            Some(t) => t + 1,
            None if lemma == "say" => {
                let mut n = v + 1;
                // "said Tuesday it would", "said on Monday the talks"
                while n < range.end {
                    let l = self.lower(n);
                    let timeish = self.doc.has(n, Facts::CALENDAR)
                        || matches!(
                            l,
                            "today"
                                | "yesterday"
                                | "tonight"
                                | "earlier"
                                | "later"
                                | "morning"
                                | "afternoon"
                                | "evening"
                                | "night"
                        );
                    let on_day = l == "on" && self.doc.has(n + 1, Facts::CALENDAR);
                    // "said this month", "said last week"
                    let this_unit = matches!(l, "this" | "last" | "next")
                        && (self.doc.has(n + 1, Facts::CALENDAR)
                            || matches!(self.lower(n + 1), "week" | "month" | "year" | "weekend"));
                    if timeish {
                        n += 1;
                    } else if on_day || this_unit {
                        n += 2;
                    } else {
                        break;
                    }
                }
                if n >= range.end {
                    return None;
                }
                // "said after the debate he would …": past a short phrase to a pronoun
                if matches!(
                    self.lower(n),
                    "after" | "at" | "in" | "during" | "before" | "on" | "since" | "from"
                ) {
                    n = (n + 2..(n + 7).min(range.end))
                        .take_while(|&j| doc.tokens[j].kind != TokenKind::Punct)
                        .find(|&j| self.pronoun_subject_at(j))?;
                }
                // "said if he were elected, he would …": a condition before the reported
                // clause's own subject, after its comma
                let condition = matches!(self.lower(n), "if" | "unless")
                    && (n + 3..range.end).any(|j| doc.tok(j) == ",");
                // "said nearly every voter …": an approximator before the clause's subject
                let subject = if is_approximator(self.lower(n)) {
                    n + 1
                } else {
                    n
                };
                if !condition && !self.starts_clause(subject) {
                    return None;
                }
                n
            }
            // "X told reporters the talks …", "X told CNN he would …"
            None if lemma == "tell" => {
                let mut n = v + 1;
                // "told his advisers to …": a short object before an infinitive
                let to = matches!(self.lower(n), "his" | "her" | "their" | "the")
                    .then(|| {
                        (n + 1..(n + 4).min(range.end))
                            .find(|&j| self.lower(j) == "to")
                            .filter(|&j| (n..j).all(|k| doc.tokens[k].kind == TokenKind::Word))
                    })
                    .flatten();
                if let Some(j) = to {
                    n = j;
                } else if self.actor_starting_at_token(n).is_some() {
                    n = self.mention_end_token(n);
                } else if matches!(
                    self.lower(n),
                    "reporters" | "journalists" | "him" | "her" | "them" | "us" | "me" | "voters"
                ) {
                    n += 1;
                } else {
                    return None;
                }
                const SUBJECTS: &[&str] = &[
                    "he", "she", "they", "it", "we", "i", "you", "the", "his", "her", "their",
                ];
                if n + 1 < range.end && self.lower(n) == "to" {
                    // "told Roe to resign": what was asked of the person told
                    object_only = true;
                    v + 1
                } else if n >= range.end || !SUBJECTS.contains(&self.lower(n)) {
                    return None;
                } else {
                    n
                }
            }
            // "X thinks he can win", "X warned they would …": a clause opened by a subject
            // pronoun needs no "that"
            None if self.pronoun_subject_at(v + 1) => v + 1,
            // "X vowed to repeal the law", "X decided not to …": a commitment reported as an
            // infinitive
            None if (self.lower(v + 1) == "to"
                || (self.lower(v + 1) == "not" && self.lower(v + 2) == "to"))
                && words().commitment_lemmas.contains(lemma) =>
            {
                v + 1
            }
            // "a new poll shows Roe leading": what a document shows needs no "that"
            None if words().finding_lemmas.contains(lemma)
                && self.document_subject(v, range.start)
                && self.starts_clause(v + 1) =>
            {
                v + 1
            }
            // "X called for a ban", "X accused Y of lying", "X questioned whether …", "X
            // complained about …": the object is the content, to the end of its phrase
            None if stance
                || words().object_lemmas.contains(lemma)
                || !words().no_object_lemmas.contains(lemma) =>
            {
                object_only = true;
                self.object_start(v, lemma, range.end)?
            }
            None => return None,
        };
        if start >= range.end {
            return None;
        }
        if is_open_mark(doc.tok(start)) || doc.tok(start) == "\"" {
            return None; // a direct quote, read as such
        }
        let mut end = self.clause_end(start, range.end);
        if object_only {
            end = self.object_end(start, end);
        }
        let span = match self.clause_span(start, end, direct) {
            Some(span) => span,
            // "X endorsed Roe": a stance toward someone named; "X opposed the bill": a short
            // object of taking a side
            None if object_only => self
                .named_object(start, end)
                .or_else(|| self.short_object(lemma, start, end))?,
            // "X declined to comment": a two-word infinitive is a commitment too
            None if self.lower(start) == "to"
                && start + 2 <= end
                && doc.tokens[start + 1].kind == TokenKind::Word
                && (start + 2..end).all(|j| doc.tokens[j].kind == TokenKind::Punct) =>
            {
                Span::new(doc.tokens[start].span.start, doc.tokens[start + 1].span.end)
            }
            None => return None,
        };
        // (the subject last: finding it costs more than the clause, and may make an actor)
        let speaker = self.subject_before(v, range.start)?;
        Some((
            span,
            Cue {
                span: cue_span,
                speaker: Some(speaker),
            },
        ))
    }

    /// Where the object of a cue verb starts, when the verb at `v` has one: "called for a
    /// ban", "called on Roe to resign", "called the plan a disaster", "asked whether …",
    /// "complained about the noise", "blasted him for …", "endorsed the plan".
    fn object_start(&self, v: usize, lemma: &str, end: usize) -> Option<usize> {
        let doc = self.doc;
        // a day between the verb and its object: "announced on Friday the arrest of …"
        let mut n = v + 1;
        while n + 2 < end {
            if self.lower(n) == "on" && doc.has(n + 1, Facts::CALENDAR) {
                n += 2;
            } else if matches!(self.lower(n), "today" | "yesterday")
                || (doc.has(n, Facts::CALENDAR) && doc.tok(n).starts_with(char::is_uppercase))
            {
                n += 1;
            } else {
                break;
            }
        }
        // an adverb of time or manner before the object: "explained earlier in the hearing"
        while n + 2 < end
            && matches!(
                self.lower(n),
                "earlier" | "later" | "again" | "repeatedly" | "publicly" | "privately"
            )
        {
            n += 1;
        }
        if n + 1 >= end || doc.tokens[n].kind != TokenKind::Word {
            return None;
        }
        let l = self.lower(n);
        // a particle makes another verb: "showed up", "called off", "backed down"
        if matches!(l, "up" | "down" | "away") {
            return None;
        }
        // "him", "them": an object pronoun before the rest of the phrase
        let object_pronoun = |j: usize| {
            matches!(self.lower(j), "him" | "them" | "us" | "me")
                && doc
                    .tokens
                    .get(j + 1)
                    .is_some_and(|t| t.kind == TokenKind::Word)
        };
        let opens = |j: usize| {
            j < end && ((self.starts_clause(j) && !self.pronoun_subject_at(j)) || object_pronoun(j))
        };
        if lemma == "call" && matches!(l, "for" | "on") {
            return opens(n + 1).then_some(n + 1);
        }
        // "X endorsed him.": a pronoun as the whole object of taking a side
        if matches!(l, "him" | "her" | "them" | "it")
            && doc.tokens[n + 1].kind == TokenKind::Punct
            && words().short_object_lemmas.contains(lemma)
        {
            return Some(n);
        }
        if words().question_openers.contains(l) {
            return Some(n);
        }
        // "X sees the bill as a chance": seeing reports a view only with its "as"
        if lemma == "see"
            && !(n..(n + 10).min(end))
                .take_while(|&j| doc.tokens[j].kind != TokenKind::Punct)
                .any(|j| doc.low_bytes(j) == b"as")
        {
            return None;
        }
        // "pointed out …", "pointed to …"; a bare "point" is a noun
        if lemma == "point out" {
            return match l {
                "out" => opens(n + 1).then_some(n + 1),
                "to" => opens(n + 1).then_some(n + 1),
                _ => None,
            };
        }
        if words().object_prepositions.contains(l) {
            // not where or to whom it was said: "wrote on Facebook", "insisted to reporters"
            if (l == "on" && words().medium_on_lemmas.contains(lemma))
                || (l == "to" && words().addressee_to_lemmas.contains(lemma))
            {
                return None;
            }
            // not a setting: "wrote on Tuesday", "spoke on 9 May"
            let m = n + 1;
            if doc.has(m, Facts::CALENDAR) || doc.tokens[m].kind == TokenKind::Number {
                return None;
            }
            let question = words().question_openers.contains(self.lower(m));
            return (question || opens(m)).then_some(m);
        }
        // "X believes the plan will fail": a belief's object is a clause with a verb of its
        // own (not "X feels a payoff coming", "think tanks")
        if words().clause_object_lemmas.contains(lemma) {
            let has_verb = (n + 1..(n + 10).min(end))
                .take_while(|&j| doc.tokens[j].kind != TokenKind::Punct)
                .any(|j| {
                    // "X expects the bill to pass": an expectation's infinitive
                    (lemma == "expect" && self.lower(j) == "to")
                        || matches!(
                            self.lower(j),
                            "is" | "are"
                                | "was"
                                | "were"
                                | "will"
                                | "would"
                                | "could"
                                | "can"
                                | "should"
                                | "must"
                                | "may"
                                | "might"
                                | "has"
                                | "have"
                                | "had"
                        )
                });
            return (has_verb && opens(n)).then_some(n);
        }
        opens(n).then_some(n)
    }

    /// The span of a person or organisation named by the whole of tokens `[start, end)` (a
    /// final punctuation aside): "Roe" in "X endorsed Roe.".
    fn named_object(&self, start: usize, end: usize) -> Option<Span> {
        let doc = self.doc;
        // a name, not a description ("the mayor")
        if !doc.has(start, Facts::CAP) {
            return None;
        }
        let a = self.actor_starting_at_token(start)?;
        if !matches!(
            self.found.actors[a].kind,
            ActorKind::Person | ActorKind::Organization
        ) {
            return None;
        }
        let last = self.mention_end_token(start);
        let rest_is_punct = (last..end).all(|j| doc.tokens[j].kind == TokenKind::Punct);
        (last > start && rest_is_punct)
            .then(|| Span::new(doc.tokens[start].span.start, doc.tokens[last - 1].span.end))
    }

    /// The span of a short object of a verb of taking a side (`lemma` in the short-object
    /// list) filling tokens `[start, end)` but for final punctuation: an object pronoun ("X
    /// endorsed him") or a determiner and one lower-case noun ("X opposed the bill").
    fn short_object(&self, lemma: &str, start: usize, end: usize) -> Option<Span> {
        let doc = self.doc;
        if !words().short_object_lemmas.contains(lemma) {
            return None;
        }
        let last = (start..end)
            .take_while(|&j| doc.tokens[j].kind == TokenKind::Word)
            .last()?;
        if (last + 1..end).any(|j| doc.tokens[j].kind != TokenKind::Punct) {
            return None;
        }
        let ok = match last - start {
            0 => matches!(self.lower(start), "him" | "her" | "them" | "it"),
            1 => {
                matches!(
                    self.lower(start),
                    "the" | "this" | "that" | "his" | "her" | "their" | "its" | "our" | "a" | "an"
                ) && doc.has(last, Facts::LOWER_INITIAL)
                    && !doc.has(last, Facts::STOPWORD)
            }
            _ => false,
        };
        ok.then(|| Span::new(doc.tokens[start].span.start, doc.tokens[last].span.end))
    }

    /// [`Reader::is_finite_verb`] with a quick answer for the common case: a word before the
    /// verb that is no function word (the list of words that make a form a noun or a
    /// participle holds function words, "any", "every", "each", "some" and a possessive "s").
    #[inline]
    fn finite_at(&self, v: usize) -> bool {
        let doc = self.doc;
        if v > 0
            && !doc.has(v - 1, Facts::STOPWORD)
            && !matches!(
                doc.low_bytes(v - 1),
                b"any" | b"every" | b"each" | b"some" | b"s"
            )
        {
            return true;
        }
        self.is_finite_verb(v)
    }

    /// True when the verb form at `v` is a passive participle after "be" and adverbs ("is
    /// widely expected to …", "was also reported"): what is reported is not its subject's.
    fn passive_after_adverbs(&self, v: usize, floor: usize) -> bool {
        let be = |k: usize| {
            matches!(
                self.doc.low_bytes(k),
                b"is" | b"are" | b"was" | b"were" | b"been" | b"be" | b"being"
            )
        };
        if v <= floor + 1 || self.lower(v).ends_with("ing") {
            return false;
        }
        let mut k = v;
        while k > floor + 1
            && self.doc.has(k - 1, Facts::LOWER_INITIAL)
            && !be(k - 1)
            && (words().between_subject_and_verb.contains(self.lower(k - 1))
                || self.is_ly_adverb(k - 1))
        {
            k -= 1;
        }
        k < v && be(k - 1)
    }

    /// Where an object phrase starting at `start` ends (before `end`): at the first comma,
    /// semicolon or dash, or where the setting begins ("… in a phone call", "… during his
    /// speech", "… at a rally").
    fn object_end(&self, start: usize, end: usize) -> usize {
        let doc = self.doc;
        (start..end)
            .find(|&j| {
                (doc.tokens[j].kind == TokenKind::Punct
                    && matches!(doc.tok(j), "," | ";" | "—" | "–" | ":" | "(" | "--"))
                    || (j > start
                        && doc.has(j, Facts::STOPWORD)
                        && matches!(self.lower(j), "in" | "during" | "at")
                        && matches!(
                            self.lower(j + 1),
                            "a" | "an" | "his" | "her" | "their" | "its"
                        ))
            })
            .unwrap_or(end)
    }

    /// The lemma of a stance verb form at `v` ("championed" -> "champion"): a lower-case
    /// word that is not part of a name.
    fn stance_lemma(&self, v: usize) -> Option<&'a str> {
        let doc = self.doc;
        if !doc.has(v, Facts::STANCE) || !doc.has(v, Facts::LOWER_INITIAL) {
            return None;
        }
        let lemma = *self.lex.stance_verbs.get(self.lower(v))?;
        let tok = doc.tokens.get(v)?;
        (tok.kind == TokenKind::Word && self.found.mention_overlapping(tok.span).is_none())
            .then_some(lemma)
    }

    /// "Roe’s claim that …", "his promise to repeal …", "her call for a ban": a stance noun
    /// at `v` owned by a possessive mention (a name, or a pronoun coreference put on an
    /// actor), with what it states after "that", "to" or a preposition.
    fn owned_stance(
        &mut self,
        v: usize,
        range: std::ops::Range<usize>,
        direct: &[Span],
    ) -> Option<(Span, Cue)> {
        let doc = self.doc;
        if v < range.start + 1
            || v + 2 >= range.end
            || !matches!(
                doc.low_bytes(v + 1),
                b"that" | b"to" | b"for" | b"of" | b"on"
            )
        {
            return None;
        }
        // one modifier may stand between: "Roe’s latest claim", "his repeated promise"
        let mut o = v - 1;
        if o > range.start
            && doc.has(o, Facts::LOWER_INITIAL)
            && !doc.has(o, Facts::STOPWORD)
            && !self.is_possessive_s(o)
        {
            o -= 1;
        }
        let owner_tok = if self.is_possessive_s(o) && o >= 2 {
            o - 2
        } else if matches!(self.lower(o), "his" | "her" | "their") {
            o
        } else {
            return None;
        };
        let owner = doc.tokens[owner_tok].span;
        let (_, speaker) = self.found.mention_overlapping(owner)?;
        if self.found.actors[speaker].kind == ActorKind::Place {
            return None;
        }
        let n = v + 1;
        let w = words();
        let noun = self.lower(v);
        let start = match self.lower(n) {
            "that" if w.cue_nouns_that.contains(noun) => n + 1,
            "to" if w.cue_nouns_to.contains(noun) => n,
            "for" if w.cue_nouns_for.contains(noun) => n + 1,
            "of" if w.cue_nouns_of.contains(noun) => n + 1,
            "on" if w.cue_nouns_on.contains(noun) => n + 1,
            _ => return None,
        };
        if start >= range.end || is_open_mark(doc.tok(start)) || doc.tok(start) == "\"" {
            return None;
        }
        let end = self.object_end(start, self.clause_end(start, range.end));
        let span = self.clause_span(start, end, direct)?;
        // the cue is the noun with its owner ("Roe’s claim"), so it reads as a noun
        Some((
            span,
            Cue {
                span: Span::new(owner.start, doc.tokens[v].span.end),
                speaker: Some(speaker),
            },
        ))
    }

    /// "The plan was endorsed by the council", "Roe has been criticized by …": a cue verb's
    /// participle at `v` after a form of "be" and before "by" and its source; the content is
    /// the passive's subject, from the start of its clause.
    fn passive_by(
        &mut self,
        v: usize,
        range: std::ops::Range<usize>,
        direct: &[Span],
    ) -> Option<(Span, Cue)> {
        let doc = self.doc;
        if v < range.start + 4 || self.lower(v + 1) != "by" {
            return None;
        }
        // "was also denied", "is widely seen": adverbs between "be" and the participle
        let mut be = v - 1;
        let is_be = |k: usize| {
            matches!(
                doc.low_bytes(k),
                b"is" | b"are" | b"was" | b"were" | b"been" | b"be" | b"being"
            )
        };
        while be > range.start
            && !is_be(be)
            && (words().between_subject_and_verb.contains(self.lower(be))
                || self.lower(be) == "first"
                || self.is_ly_adverb(be))
        {
            be -= 1;
        }
        if !matches!(
            self.lower(be),
            "was" | "were" | "been" | "is" | "are" | "be" | "being"
        ) {
            return None;
        }
        // "has been", "will be", "was also": auxiliaries and adverbs back to the subject
        while be > range.start
            && (matches!(
                self.lower(be - 1),
                "has" | "have" | "had" | "will" | "would" | "was" | "is" | "been"
            ) || words()
                .between_subject_and_verb
                .contains(self.lower(be - 1))
                || self.is_ly_adverb(be - 1))
        {
            be -= 1;
        }
        // the source is the head of the phrase after "by": its last mention ("by Iranian
        // Foreign Ministry spokesman Nasser Kanaani" is Kanaani's, not the ministry's)
        let mut speaker = self.actor_starting_at(v + 2)?;
        let mut j = self.mention_end_token(v + 2);
        while j < range.end && j < v + 10 && doc.tokens[j].kind == TokenKind::Word {
            if let Some(a) = self.actor_starting_at_token(j) {
                speaker = a;
                j = self.mention_end_token(j);
            } else if !doc.has(j, Facts::STOPWORD) {
                j += 1; // "council", "spokesman"
            } else {
                break;
            }
        }
        if self.found.actors[speaker].kind == ActorKind::Place {
            return None;
        }
        // the subject: from the last comma before it, or the sentence start
        let start = (range.start..be)
            .rev()
            .find(|&j| doc.tok(j) == ",")
            .map_or(range.start, |c| c + 1);
        if start >= be || self.lower(start) == "which" || self.lower(start) == "who" {
            return None;
        }
        let span = self.clause_span(start, be, direct)?;
        Some((
            span,
            Cue {
                span: Span::new(doc.tokens[v].span.start, doc.tokens[v + 1].span.end),
                speaker: Some(speaker),
            },
        ))
    }

    /// True when token `n` is a subject pronoun followed by a word ("he can", "they would"):
    /// the start of a clause, whatever verb came before.
    fn pronoun_subject_at(&self, n: usize) -> bool {
        let word_at = |k: usize| {
            self.doc
                .tokens
                .get(k)
                .is_some_and(|t| t.kind == TokenKind::Word && self.same_sentence(n, k))
        };
        let l = self.lower(n);
        if matches!(l, "he" | "she" | "they" | "we" | "i") {
            // "he’s running" (the "’s" of "is" or "has" is split off like a possessive)
            return word_at(n + 1)
                || (matches!(self.doc.tok(n + 1), "'" | "’")
                    && self.lower(n + 2) == "s"
                    && word_at(n + 3));
        }
        // "they’re", "we’ve", "I’m", "she’ll": a pronoun and a verb in one token
        l.split_once('\'').is_some_and(|(p, v)| {
            matches!(p, "he" | "she" | "they" | "we" | "i" | "you" | "it")
                && matches!(v, "re" | "ve" | "m" | "ll" | "d")
        }) && word_at(n + 1)
    }

    /// True when the subject of the verb at `v` ends in a document noun ("the poll shows",
    /// "a new survey found", "the data suggest").
    fn document_subject(&self, v: usize, floor: usize) -> bool {
        let k = self.skip_back_adverbs(v, floor);
        k > floor && document_nouns().contains(self.lower(k - 1))
    }

    /// True when token `n` can open a reported clause after "said": a determiner, a pronoun,
    /// a name, a number or a bare noun; not a preposition or adverb ("said in a statement").
    fn starts_clause(&self, n: usize) -> bool {
        let doc = self.doc;
        let Some(tok) = doc.tokens.get(n) else {
            return false;
        };
        if tok.kind == TokenKind::Number {
            return true;
        }
        if tok.kind != TokenKind::Word {
            return false;
        }
        let l = self.lower(n);
        if self.opens_subject(n) {
            return true;
        }
        // (a noun that is also a cue opens a clause: "said praise from X would not …"; a
        // verb form does not)
        let cue_verb_form =
            self.doc.has(n, Facts::REPORTING) && (l.ends_with("ed") || l.ends_with("ing"));
        !(self.doc.has(n, Facts::STOPWORD)
            || l.ends_with("ly")
            || cue_verb_form
            || words().not_clause_openers.contains(l))
    }

    /// True when token `n` is a word that opens a subject: a pronoun or a determiner ("the",
    /// "he", "their", "some").
    fn opens_subject(&self, n: usize) -> bool {
        words().subject_openers.contains(self.lower(n))
    }

    fn mention_end_token(&self, k: usize) -> usize {
        let doc = self.doc;
        // (past an honorific the mention leaves out: "Ms. Gil")
        let k = doc
            .tokens
            .get(k)
            .filter(|t| self.found.mention_overlapping(t.span).is_none())
            .and_then(|_| self.after_honorific(k))
            .unwrap_or(k);
        let Some(t) = doc.tokens.get(k) else { return k };
        match self.found.mention_overlapping(t.span) {
            Some((span, _)) => doc.token_at_or_after(span.end),
            None => k + 1,
        }
    }

    /// If only a short tail ("on Tuesday", "in a statement") stands between `k` and the end of
    /// the sentence or a semicolon, the index of that punctuation.
    fn sentence_tail_after(&self, k: usize, end: usize) -> Option<usize> {
        let doc = self.doc;
        // (a semicolon ends the clause too: "…, analysts say; in 2012, …"; and so does a
        // spaced dash right after the cue, before an aside: "…, the mayor said — a blow to
        // the farmers.")
        if k < end && self.is_spaced_dash(k) {
            return Some(k);
        }
        let semicolon = (k..end.min(k + 7)).find(|&j| doc.tok(j) == ";");
        let last = match semicolon {
            Some(j) => j,
            None => end.checked_sub(1)?,
        };
        if !matches!(doc.tok(last), "." | "!" | "?" | ";") || k > last {
            return None;
        }
        if last - k > 5 {
            return None;
        }
        (k..last).all(|j| self.is_tail_word(j)).then_some(last)
    }

    /// True when tokens `[k, end)` are a phrase that completes a speaker up to the end of the
    /// sentence: "in the room", "familiar with the talks", "who asked not to be named" (a
    /// preposition, "familiar", "close" or "who", then words only, at most ten).
    fn speaker_phrase_tail(&self, k: usize, end: usize) -> bool {
        let doc = self.doc;
        let Some(last) = end.checked_sub(1) else {
            return false;
        };
        if k >= last || last - k > 10 || !matches!(doc.tok(last), "." | "!" | "?") {
            return false;
        }
        matches!(
            self.lower(k),
            "in" | "at" | "from" | "with" | "of" | "for" | "familiar" | "close" | "who"
        ) && (k..last).all(|j| doc.tokens[j].kind != TokenKind::Punct)
    }

    /// True for a word that may stand in a short tail after a cue: a word of
    /// [`QuoteWords::sentence_tail`], a number or a calendar word ("on Tuesday", "in a
    /// statement").
    fn is_tail_word(&self, j: usize) -> bool {
        words().sentence_tail.contains(self.lower(j))
            || self.doc.tokens[j].kind == TokenKind::Number
            || self.doc.has(j, Facts::CALENDAR)
    }

    /// A short tail after a cue (at most five words of [`QuoteWords::sentence_tail`], numbers
    /// or calendar words) up to a comma and a subordinate phrase ("said Friday afternoon, as
    /// they …"): the index of the comma.
    fn tail_to_comma(&self, k: usize, end: usize) -> Option<usize> {
        let doc = self.doc;
        let c = (k..(k + 6).min(end)).find(|&j| doc.tok(j) == ",")?;
        let tail_ok = (k..c).all(|j| self.is_tail_word(j));
        let subordinate = matches!(
            self.lower(c + 1),
            "as" | "while"
                | "because"
                | "after"
                | "before"
                | "when"
                | "though"
                | "although"
                | "since"
                | "adding"
                | "saying"
                | "noting"
                | "citing"
                | "but"
                | "and"
        );
        (tail_ok && subordinate).then_some(c)
    }

    /// Where a reported clause ends: at "and declined", ", he added", "according to", or the
    /// sentence's final punctuation.
    fn clause_end(&self, start: usize, end: usize) -> usize {
        let doc = self.doc;
        for k in start..end {
            // (only a comma, "and" or "but" may end the clause: other tokens are passed at a
            // glance)
            let b = doc.low_bytes(k);
            let comma = b == b",";
            if !(comma || b == b"and" || b == b"but") {
                continue;
            }
            let n = doc.low_bytes(k + 1);
            if doc.has(k + 1, Facts::REPORTING)
                || matches!(n, b"declined" | b"refused" | b"according")
            {
                return k;
            }
            // ", but he said …", "and they added": a second report of its own
            let m = if matches!(n, b"but" | b"and") {
                k + 2
            } else {
                k + 1
            };
            if matches!(doc.low_bytes(m), b"he" | b"she" | b"they" | b"we")
                && doc.has(m + 1, Facts::REPORTING)
            {
                return k;
            }
            // ", contradicting …", ", leaving …": a participle after a comma comments on
            // the clause ("including" carries on its list)
            if comma
                && n.len() > 5
                && n.ends_with(b"ing")
                && n != b"including"
                && doc.has(k + 1, Facts::LOWER_INITIAL)
            {
                return k;
            }
        }
        end
    }

    /// The span of tokens `[a, b)` without trailing punctuation, if it holds a few words and is
    /// not inside a direct quote.
    fn clause_span(&self, a: usize, b: usize, direct: &[Span]) -> Option<Span> {
        let doc = self.doc;
        let mut b = b;
        while b > a
            && doc.tokens[b - 1].kind == TokenKind::Punct
            && !is_close_mark(doc.tok(b - 1))
            && doc.tok(b - 1) != ")"
        {
            b -= 1;
        }
        let words = (a..b)
            .filter(|&k| doc.tokens[k].kind != TokenKind::Punct)
            .count();
        if words < 3 {
            return None;
        }
        let span = Span::new(doc.tokens[a].span.start, doc.tokens[b - 1].span.end);
        // a clause that is mostly a direct quote is that quote, not reported speech
        let first = direct.partition_point(|q| q.end <= span.start);
        let quoted: usize = direct[first..]
            .iter()
            .take_while(|q| q.start < span.end)
            .filter(|q| q.overlaps(span))
            .map(|q| q.end.min(span.end) - q.start.max(span.start))
            .sum();
        if quoted * 2 > span.len() {
            return None;
        }
        Some(span)
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
mod tests {
    use super::super::{analyze_text, ActorKind, Analysis, QuoteKind};

    /// The speaker's name of the quote of `kind` whose text holds `part`; `Err` when no such
    /// quote was found, `Ok(None)` when it has no speaker.
    fn speaker_of(a: &Analysis, kind: QuoteKind, part: &str) -> Result<Option<String>, String> {
        let q = a
            .quotes
            .iter()
            .find(|q| q.kind == kind && q.text.contains(part))
            .ok_or_else(|| format!("no {kind:?} quote with {part:?}: {:?}", a.quotes))?;
        Ok(q.speaker
            .and_then(|s| a.actors.get(s.0))
            .map(|x| x.name.clone()))
    }

    fn direct(text: &str, part: &str) -> Option<String> {
        speaker_of(&analyze_text(text, None), QuoteKind::Direct, part)
            .unwrap_or_else(|e| panic!("{e}"))
    }

    fn indirect(text: &str, part: &str) -> Option<String> {
        speaker_of(&analyze_text(text, None), QuoteKind::Indirect, part)
            .unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn word_count_matches_split_whitespace() {
        let texts = [
            "",
            " ",
            "one",
            "one two three four five six",
            "one two three four five six seven",
            "  one\ttwo\nthree\x0bfour\x0cfive\rsix  ",
            "one two three four five six\x0bseven",
            "it’s one two three four five six",
            "one\u{a0}two three four five six seven",
            "a b c d e f g h",
        ];
        for t in texts {
            for n in 0..9 {
                assert_eq!(
                    super::has_more_words(t, n),
                    t.split_whitespace().nth(n).is_some(),
                    "{t:?} {n}"
                );
            }
        }
    }

    #[test]
    fn indirect_openers_are_stopwords() {
        // `Reader::may_open_indirect` compares the bytes of "to" and "according" only on
        // stopwords
        use super::super::lexicon::{Facts, Lexicon};
        let lex = Lexicon::get();
        for w in ["to", "according"] {
            assert!(Facts(lex.facts_of_key(w)).has(Facts::STOPWORD), "{w}");
        }
    }

    #[test]
    fn every_word_list_is_loaded() {
        let w = super::words();
        for list in [
            &w.between_subject_and_verb,
            &w.headline_verbs,
            &w.commitment_lemmas,
            &w.object_lemmas,
            &w.finding_lemmas,
            &w.described_starts,
            &w.shares,
            &w.not_adverbs,
            &w.introducers,
            &w.work_nouns,
            &w.after_title,
            &w.speech_nouns,
            &w.participle_hosts,
            &w.sentence_tail,
            &w.not_clause_openers,
            &w.cue_nouns_that,
            &w.cue_nouns_to,
            &w.cue_nouns_for,
            &w.cue_nouns_of,
            &w.cue_nouns_on,
            &w.question_openers,
            &w.object_prepositions,
            &w.no_object_lemmas,
            &w.clause_object_lemmas,
            &w.phrasal_cues,
            &w.thought_verbs,
            &w.described_heads,
            &w.document_verbs,
            &w.inverted_openers,
            &w.aside_adverbs,
            &w.approximators,
            &w.subject_openers,
            &w.short_object_lemmas,
            &w.medium_on_lemmas,
            &w.addressee_to_lemmas,
        ] {
            assert!(!list.is_empty());
        }
        let lex = super::Lexicon::get();
        assert_eq!(lex.stance_verbs.get("championed"), Some(&"champion"));
        assert!(w.headline_verbs.contains("says"));
        assert!(super::intention_verbs().contains("wants"));
    }

    #[test]
    fn a_verb_after_a_partial_quote_whose_sentence_goes_on_is_no_cue() {
        let text = "The council vote was \u{201c}a mistake that will cost the town dearly\u{201d} from the start, but Delia Marsh said she would keep the plan.";
        assert_ne!(
            direct(text, "a mistake").as_deref(),
            Some("Delia Marsh"),
            "the verb of a later clause is no cue"
        );
        let text = "\u{201c}It will cost the town dearly,\u{201d} as Delia Marsh said on Monday.";
        assert_eq!(
            direct(text, "cost the town").as_deref(),
            Some("Delia Marsh")
        );
        let text =
            "\u{201c}The town will pay for it\u{201d} for a decade, Delia Marsh said on Monday.";
        assert_eq!(direct(text, "will pay").as_deref(), Some("Delia Marsh"));
    }

    #[test]
    fn a_bare_participle_after_a_place_hangs_on_the_clause() {
        let text = "Delia Marsh answered a question from Paul Vey on Facebook writing, \u{201c}Yes, I will fix the bridge.\u{201d}";
        assert_eq!(
            direct(text, "fix the bridge").as_deref(),
            Some("Delia Marsh")
        );
        let text = "The council apologised to Paul Vey after leaked emails showed it had lied. Delia Marsh offered \u{201c}a deep and sincere apology\u{201d} to Vey after leaked emails showed the council had misled him.";
        assert_ne!(
            direct(text, "sincere apology").as_deref(),
            Some("leaked emails")
        );
    }

    #[test]
    fn a_title_description_after_a_sentence_about_a_person() {
        let text = "Delia Marsh, the former mayor, stressed her record on Monday.\n\nThe former mayor and state senator said it was \u{201c}a mistake that cost the town dearly\u{201d} to close the plant.";
        assert_eq!(direct(text, "a mistake").as_deref(), Some("Delia Marsh"));
        // a sentence about someone else before: no guess
        let text = "The plant closed on Monday.\n\nThe former state senator said it was \u{201c}a mistake that cost the town dearly\u{201d} to close it.";
        assert_ne!(direct(text, "a mistake").as_deref(), Some("Delia Marsh"));
    }

    #[test]
    fn a_verb_of_thought_in_a_reported_clause_quotes_the_reporter() {
        let text = "Delia Marsh said a lot of voters in her town would find it \u{201c}very hard to look past\u{201d} the closing of the plant.";
        assert_eq!(direct(text, "look past").as_deref(), Some("Delia Marsh"));
        let text = "Most voters in the town believe the plan is \u{201c}a disaster for everyone\u{201d} and will vote no.";
        assert_ne!(direct(text, "a disaster").as_deref(), Some("Delia Marsh"));
    }

    #[test]
    fn adding_after_a_cue_is_that_speakers() {
        let text = "Paul Vey left early on Monday, Delia Marsh said, adding, \u{201c}He was not very religious.\u{201d}";
        assert_eq!(
            direct(text, "not very religious").as_deref(),
            Some("Delia Marsh")
        );
        let text = "Paul Vey left early on Monday, said Delia Marsh, adding, \u{201c}He was not very religious.\u{201d}";
        assert_eq!(
            direct(text, "not very religious").as_deref(),
            Some("Delia Marsh")
        );
    }

    #[test]
    fn a_sentence_about_another_person_stops_a_carry_over() {
        let text = "\u{201c}Workers must organize,\u{201d} Paul Vey said.\n\nDelia Marsh touted her record on the bill. \u{201c}We need to protect workers who want a union.\u{201d}";
        assert_ne!(
            direct(text, "We need to protect").as_deref(),
            Some("Paul Vey")
        );
    }

    #[test]
    fn a_quote_after_said_a_name_and_a_description() {
        let text = "The mailers went out early, said Paul Vey, a spokesman for the Tarrant campaign. \"Some candidates will have a hard time catching up.\"";
        assert_eq!(direct(text, "Some candidates").as_deref(), Some("Paul Vey"));
    }

    #[test]
    fn a_cue_in_the_quotes_sentence_before_one_in_the_next() {
        let text = "Owen Tarrant accused the council\u{2019}s chairman, Paul Vey, of \u{201c}reckless spending on a bridge nobody wants.\u{201d} Mayor Delia Marsh said the bridge was needed.";
        assert_eq!(direct(text, "reckless").as_deref(), Some("Owen Tarrant"));
        // a quote with no cue of its own is still signed by the next sentence
        let text = "Owen Tarrant spoke first.\n\n\u{201c}We will build the bridge next year.\u{201d} Delia Marsh said it firmly.";
        assert_eq!(
            direct(text, "build the bridge").as_deref(),
            Some("Delia Marsh")
        );
    }

    #[test]
    fn a_pronoun_after_a_speaker_and_the_person_he_met() {
        let text = "\u{201c}We have had trouble at the border,\u{201d} Owen Tarrant said after meeting Governor Paul Vey. He did not suggest new measures. \u{201c}Our goal is to talk first.\u{201d}";
        assert_eq!(direct(text, "Our goal").as_deref(), Some("Owen Tarrant"));
    }

    #[test]
    fn straight_quotes_then_a_surname() {
        let text = "Walter Pembrook spoke on Monday.\n\n\"We will build the bridge,\" Pembrook said. \"It is time.\"";
        assert_eq!(
            direct(text, "build the bridge").as_deref(),
            Some("Walter Pembrook")
        );
        assert_eq!(
            direct(text, "It is time").as_deref(),
            Some("Walter Pembrook")
        );
    }

    #[test]
    fn double_apostrophes_are_quotation_marks() {
        let text =
            "Walter Pembrook spoke on Monday.\n\n''We will build the bridge,'' Mr. Pembrook said.";
        assert_eq!(
            direct(text, "build the bridge").as_deref(),
            Some("Walter Pembrook")
        );
    }

    #[test]
    fn party_and_state_after_a_name() {
        let text = "\"The bill is dead,\" Sen. Harriet Quill (D-Vt.) said.\n\nRep. Owen Tarrant (R-Ohio) said \"nothing will pass this year.\"";
        assert_eq!(
            direct(text, "bill is dead").as_deref(),
            Some("Harriet Quill")
        );
        assert_eq!(
            direct(text, "nothing will pass").as_deref(),
            Some("Owen Tarrant")
        );
    }

    #[test]
    fn relative_clause_between_speaker_and_verb() {
        let text = "Harriet Quill, who has endorsed Owen Tarrant, said the plan was \"a disaster for farmers.\"";
        assert_eq!(direct(text, "a disaster").as_deref(), Some("Harriet Quill"));
    }

    #[test]
    fn participle_cue_takes_the_clause_subject() {
        let text = "In Brookfield, Harriet Quill stepped up her attacks on the plan, saying, \"It will cost us the harvest.\"";
        assert_eq!(
            direct(text, "cost us the harvest").as_deref(),
            Some("Harriet Quill")
        );
        let text = "Owen Tarrant backed the mayor on Tuesday, saying the town needed a new school.";
        assert_eq!(
            indirect(text, "needed a new school").as_deref(),
            Some("Owen Tarrant")
        );
    }

    #[test]
    fn a_quote_with_its_own_unknown_cue_is_not_carried_over() {
        let text =
            "Harriet Quill said the plan was \"a disaster.\"\n\n\"It is fine,\" the cook said.";
        // the cook is an unnamed speaker of their own, not Harriet Quill
        assert_eq!(direct(text, "It is fine").as_deref(), Some("the cook"));
        let text =
            "Harriet Quill said the plan was \"a disaster.\"\n\n\"It is fine,\" Quill's rival said.";
        assert_eq!(direct(text, "It is fine").as_deref(), Some("Quill's rival"));
    }

    #[test]
    fn cue_ending_the_sentence_before() {
        let text = "Harriet Quill spoke on Monday.\n\nThe town may wait until spring, Quill said. \"We need the money first.\"";
        assert_eq!(
            direct(text, "money first").as_deref(),
            Some("Harriet Quill")
        );
    }

    #[test]
    fn a_dash_and_a_name_sign_a_quote() {
        let text = "Readers wrote to us.\n\n\u{201c}The town deserves better.\u{201d} \u{2015} Harriet Quill\n";
        assert_eq!(
            direct(text, "deserves better").as_deref(),
            Some("Harriet Quill")
        );
    }

    #[test]
    fn a_phrase_about_the_saying_is_no_reported_clause() {
        // a participle after a quote's cue, a comparison, a time after "said"
        let text = "Harriet Quill spoke on Monday. \u{201c}The bridge is safe,\u{201d} Quill said, waving at the new cables. The toll would be $2, the council said, compared with $5 for trucks. \u{201c}It opens soon,\u{201d} Quill said this month on the radio.";
        let a = analyze_text(text, None);
        for part in ["waving at", "compared with", "on the radio"] {
            assert!(
                !a.quotes.iter().any(|q| q.text.contains(part)),
                "{part}: {:?}",
                a.quotes
            );
        }
        assert_eq!(
            direct(text, "It opens soon").as_deref(),
            Some("Harriet Quill")
        );
        // a cue after the quote's cue reports again; a finite verb goes on with the clause
        let text = "Harriet Quill spoke on Monday. \u{201c}The bridge is safe,\u{201d} Quill said, insisting that the cables would hold. The bridge, Quill said, carried ten thousand cars a day.";
        assert_eq!(
            indirect(text, "the cables would hold").as_deref(),
            Some("Harriet Quill")
        );
        assert_eq!(
            indirect(text, "carried ten thousand cars").as_deref(),
            Some("Harriet Quill")
        );
    }

    #[test]
    fn a_title_in_quotation_marks_before_that() {
        let text = "Harriet Quill spoke on Monday. Quill told the \u{201c}Morning Show\u{201d} that the bridge would open in May.";
        assert_eq!(
            indirect(text, "the bridge would open").as_deref(),
            Some("Harriet Quill")
        );
    }

    #[test]
    fn a_day_between_a_cue_and_its_object() {
        let text = "The council met on Monday. The council announced on Friday the closure of the old bridge.";
        assert_eq!(
            indirect(text, "the closure of the old bridge").as_deref(),
            Some("The council")
        );
    }

    #[test]
    fn they_after_a_group_named_by_a_quote() {
        let text = "The bridge is unsafe, according to local engineers. They said the cables were rusted through.";
        assert_eq!(
            indirect(text, "the cables were rusted").as_deref(),
            Some("local engineers")
        );
    }

    #[test]
    fn an_adverb_is_no_described_speaker() {
        let text = "The council met on Monday. They learned of the plan and almost immediately rejected it as unsafe.";
        let a = analyze_text(text, None);
        assert!(
            !a.actors.iter().any(|x| x.name == "almost"),
            "{:?}",
            a.actors
        );
    }

    #[test]
    fn a_group_and_its_phrase_speak_as_a_group() {
        let text = "The bridge reopened on Monday. The cables held in the storm, lawyers for the city said. Officials in Portland said the toll would rise. Experts on bridges and tunnels said the storm could change that.";
        assert_eq!(indirect(text, "cables held").as_deref(), Some("lawyers"));
        // not Portland, the place in the phrase
        assert_eq!(
            indirect(text, "toll would rise").as_deref(),
            Some("Officials")
        );
        // a "that" ending the sentence is no conjunction
        assert_eq!(
            indirect(text, "the storm could change that").as_deref(),
            Some("Experts")
        );
    }

    #[test]
    fn an_unnamed_actor_tried_as_a_subject_is_kept_only_if_it_speaks() {
        // "Iranian Foreign Ministry spokesman Nasser Kanaani", "the Foreign Ministry website
        // reported": descriptions tried as subjects, none of them a speaker in the end
        let a = analyze_text(include_str!("../../assets/samples/iran-drones.txt"), None);
        for actor in a.actors.iter().filter(|x| x.kind == ActorKind::Other) {
            assert!(
                a.quotes.iter().any(|q| q.speaker == Some(actor.id)),
                "{} speaks no quote",
                actor.name
            );
        }
    }

    #[test]
    fn a_name_modifying_a_group_noun_is_not_the_speaker() {
        let text =
            "Jane Roe runs the state party. Roe campaign officials said the vote would be close.";
        assert_eq!(
            indirect(text, "the vote would be close").as_deref(),
            Some("Roe campaign officials")
        );
    }

    #[test]
    fn aides_and_advisers_speak_as_groups() {
        let text = "Jane Roe runs the state party. Roe aides say any deal could collapse. Her advisers said the vote would be close.";
        assert_eq!(
            indirect(text, "any deal could collapse").as_deref(),
            Some("Roe aides")
        );
        assert_eq!(
            indirect(text, "the vote would be close").as_deref(),
            Some("Her advisers")
        );
    }

    #[test]
    fn a_that_inside_the_reported_clause_is_not_its_opener() {
        let text = "Jane Roe spoke on Monday. Roe said she would not jump to that conclusion.";
        assert_eq!(
            indirect(text, "she would not jump to that conclusion").as_deref(),
            Some("Jane Roe")
        );
        // (after an object, "that" still opens the clause)
        let text = "Jane Roe spoke on Monday. Roe told the board that the plan had failed.";
        assert_eq!(
            indirect(text, "the plan had failed").as_deref(),
            Some("Jane Roe")
        );
    }

    #[test]
    fn a_that_after_another_clause_belongs_to_it() {
        // a second complement after "and", a later verb of speech, a "when" clause
        let text = "Jane Roe spoke on Monday. Roe says hackers are taking aim at officials, and that one attempt was successful.";
        assert_eq!(
            indirect(text, "hackers are taking aim at officials").as_deref(),
            Some("Jane Roe")
        );
        let text = "Jane Roe spoke on Monday. Roe accused the mayor of lying and asserted that the vote was rigged.";
        assert_eq!(
            indirect(text, "the mayor of lying").as_deref(),
            Some("Jane Roe")
        );
        // (a title in quotation marks is passed over on the way to "that")
        let text = "Jane Roe spoke on Monday. Roe said on ABC’s “This Week With Tom Tarrant” that she would run.";
        assert_eq!(indirect(text, "she would run").as_deref(), Some("Jane Roe"));
    }

    #[test]
    fn a_speaker_before_a_time_an_aside_or_two_descriptions() {
        let text = "Jane Roe spoke. Roe on Thursday evening said the party was not in a crisis.";
        assert_eq!(
            indirect(text, "the party was not in a crisis").as_deref(),
            Some("Jane Roe")
        );
        let text =
            "The vote is in May. Security experts, however, said nearly every county was ready.";
        assert_eq!(
            indirect(text, "nearly every county was ready").as_deref(),
            Some("Security experts")
        );
        let text = "Jane Roe, president of the Tarrant Fund, a group allied with the mayor, said the vote would be close.";
        assert_eq!(
            indirect(text, "the vote would be close").as_deref(),
            Some("Jane Roe")
        );
    }

    #[test]
    fn people_familiar_with_the_talks_speak() {
        let text = "The deal is near. People familiar with the talks said the vote would be close.";
        assert_eq!(
            indirect(text, "the vote would be close").as_deref(),
            Some("People familiar with the talks")
        );
    }

    #[test]
    fn a_condition_opens_the_reported_clause() {
        let text = "Jane Roe spoke on Monday. Roe said if she were elected, taxes would fall.";
        assert_eq!(
            indirect(text, "if she were elected, taxes would fall").as_deref(),
            Some("Jane Roe")
        );
    }

    #[test]
    fn a_described_speaker_holding_a_name() {
        let text = "The vote is in May. A former DNC chairman says the leaders should act now.";
        assert_eq!(
            indirect(text, "the leaders should act").as_deref(),
            Some("A former DNC chairman")
        );
    }

    #[test]
    fn an_inverted_cue_before_a_semicolon() {
        let text = "Candidates need about 40 percent of the vote to win, political analysts say; in 2012, the party won 27 percent.";
        assert_eq!(
            indirect(text, "Candidates need about 40 percent").as_deref(),
            Some("political analysts")
        );
    }

    #[test]
    fn an_aside_between_dashes_after_the_speaker() {
        let text = "Harriet Quill spoke on Monday. Quill -- who has led the council since 2010 -- said the bridge would close. The plan and an aggressive - some say unrealistic - pledge made in May remain.";
        assert_eq!(
            indirect(text, "the bridge would close").as_deref(),
            Some("Harriet Quill")
        );
        // an aside about something else is no speaker's
        let a = analyze_text(text, None);
        assert!(a.quotes.iter().all(|q| !q.text.contains("made in May")));
    }

    #[test]
    fn an_inverted_speaker_after_an_honorific() {
        let text = "Maria Gil runs the camp in Austin. The camp has drawn a loyal following, said Ms. Gil, with games and classes. It will grow next year, said Ms. Gil.";
        assert_eq!(
            indirect(text, "loyal following").as_deref(),
            Some("Maria Gil")
        );
        assert_eq!(indirect(text, "It will grow").as_deref(), Some("Maria Gil"));
    }

    #[test]
    fn who_after_a_description_or_a_time() {
        let text = "Mitch McConnell leads the Senate. Obama dealt with McConnell, now the Senate majority leader, who in 2010 said the party's main goal was to win.";
        assert_eq!(
            indirect(text, "main goal was to win").as_deref(),
            Some("Mitch McConnell")
        );
    }

    #[test]
    fn a_poll_before_a_participle_phrase_and_a_share_of_a_group() {
        let text = "Voters want the returns. A Quinnipiac University poll released in late August found that 74 percent of likely voters said Jane Roe should release her tax returns.";
        assert_eq!(
            indirect(text, "74 percent of likely voters said").as_deref(),
            Some("A Quinnipiac University poll")
        );
        let a = analyze_text(text, None);
        let inner = a
            .quotes
            .iter()
            .find(|q| q.text == "Jane Roe should release her tax returns")
            .and_then(|q| q.speaker)
            .and_then(|s| a.actors.get(s.0))
            .map(|x| x.name.as_str());
        assert_eq!(inner, Some("74 percent of likely voters"));
    }

    #[test]
    fn shares_of_those_polled_speak_as_groups() {
        let text = "The poll was taken in May. Thirty-one percent of those surveyed say the tax is fair. Nearly a third say they do not know. Nine out of 10 said they paid more. Social conservatives say the bill is needed. Too many calls today still go to voicemail, reporting delays.";
        assert_eq!(
            indirect(text, "the tax is fair").as_deref(),
            Some("Thirty-one percent of those surveyed")
        );
        assert_eq!(
            indirect(text, "they do not know").as_deref(),
            Some("Nearly a third")
        );
        assert_eq!(
            indirect(text, "they paid more").as_deref(),
            Some("Nine out of 10")
        );
        assert_eq!(
            indirect(text, "the bill is needed").as_deref(),
            Some("Social conservatives")
        );
        // a quantifier is no share: "too many calls" does not report
        let a = analyze_text(text, None);
        assert!(a.quotes.iter().all(|q| !q.text.contains("delays")));
    }

    #[test]
    fn a_cue_between_commas_reports_the_rest_of_the_sentence() {
        let text = "Harriet Quill spoke on Monday. The new bridge, Quill said, would open to traffic in May. To avoid delays, she said, local drivers should take the ferry.";
        assert_eq!(
            indirect(text, "would open to traffic").as_deref(),
            Some("Harriet Quill")
        );
        // a predicate after the cue goes with its subject before the comma
        let a = analyze_text(text, None);
        let texts: Vec<&str> = a.quotes.iter().map(|q| q.text.as_str()).collect();
        assert!(
            texts.contains(&"The new bridge, Quill said, would open to traffic in May"),
            "{texts:?}"
        );
        // a clause with its own subject stands alone
        assert!(
            texts.contains(&"local drivers should take the ferry"),
            "{texts:?}"
        );
    }

    #[test]
    fn inverted_cue_with_an_appositive() {
        let text =
            "The town will run out of money by June, said Harriet Quill, a lawyer for the council.";
        assert_eq!(
            indirect(text, "run out of money").as_deref(),
            Some("Harriet Quill")
        );
    }

    #[test]
    fn a_name_holding_a_verb_form_is_not_a_cue() {
        let text = "Walter Pembrook said that the United States has become \u{201c}a nation of builders.\u{201d}";
        assert_eq!(
            direct(text, "nation of builders").as_deref(),
            Some("Walter Pembrook")
        );
    }

    #[test]
    fn a_second_verb_shares_the_subject() {
        let text =
            "Harriet Quill toured the mill and said the town would \u{201c}never give up.\u{201d}";
        assert_eq!(
            direct(text, "never give up").as_deref(),
            Some("Harriet Quill")
        );
    }

    #[test]
    fn criticism_verbs_are_cues() {
        let text = "Harriet Quill blamed the closure on \u{201c}reckless bankers.\u{201d}";
        assert_eq!(
            direct(text, "reckless bankers").as_deref(),
            Some("Harriet Quill")
        );
    }

    #[test]
    fn names_of_shows_and_markup_are_not_quotes() {
        let a = analyze_text(
            "Harriet Quill appeared on \u{201c}Morning Brew.\u{201d} <tweet author=\"@hquill\">Hi</tweet>",
            None,
        );
        assert!(a.quotes.is_empty(), "{:?}", a.quotes);
    }

    #[test]
    fn titles_of_works_are_not_quotes_even_near_a_cue() {
        let text = "Harriet Quill said on Channel Nine\u{2019}s \u{201c}Morning Brew Hour\u{201d} that the bridge was \u{201c}a fine thing.\u{201d} Her new documentary \u{201c}13th Street\u{201d} opens soon. She wore the \u{201c}Bridge the Gap\u{201d} hat. The so-called \u{201c}toll plan\u{201d} is gone.";
        let a = analyze_text(text, None);
        let direct: Vec<&str> = a
            .quotes
            .iter()
            .filter(|q| q.kind == QuoteKind::Direct)
            .map(|q| q.text.as_str())
            .collect();
        assert_eq!(direct, ["a fine thing."], "{:?}", a.quotes);
    }

    #[test]
    fn scare_quotes_without_a_cue_are_not_quotes() {
        let text = "The \u{201c}fact-checking\u{201d} website has its critics. A group of voters chanted \u{201c}No toll!\u{201d} at the mayor.";
        let a = analyze_text(text, None);
        let direct: Vec<&str> = a
            .quotes
            .iter()
            .filter(|q| q.kind == QuoteKind::Direct)
            .map(|q| q.text.as_str())
            .collect();
        assert_eq!(direct, ["No toll!"], "{:?}", a.quotes);
    }

    #[test]
    fn progressive_and_adverb_cues_find_their_subject() {
        let text =
            "Harriet Quill is telling voters that the toll is \u{201c}a tax on farmers.\u{201d}";
        assert_eq!(
            direct(text, "a tax on farmers").as_deref(),
            Some("Harriet Quill")
        );
        let text =
            "Owen Tarrant cynically dismissed the plan as \u{201c}a farce for the cameras.\u{201d}";
        assert_eq!(direct(text, "a farce").as_deref(), Some("Owen Tarrant"));
        let text = "Harriet Quill thanked the crowd before asking, \u{201c}Where do we go from here?\u{201d}";
        assert_eq!(
            direct(text, "Where do we go").as_deref(),
            Some("Harriet Quill")
        );
    }

    #[test]
    fn a_quote_signed_by_the_next_sentence() {
        let text = "Owen Tarrant spoke in Brookfield.\n\n\u{201c}The bridge will open in May.\u{201d} Tarrant said. Harriet Quill left.";
        assert_eq!(
            direct(text, "bridge will open").as_deref(),
            Some("Owen Tarrant")
        );
        let text = "\u{201c}The bridge will open in May.\u{201d} Harriet Quill was not there. Owen Tarrant said so.";
        assert_eq!(direct(text, "bridge will open"), None);
    }

    #[test]
    fn a_quote_ending_the_paragraph_of_a_reporting_sentence() {
        let text = "Owen Tarrant, the mayor, argues that Harriet Quill had claimed the toll was fair. \u{201c}The bridge will open in May.\u{201d}\n\nThe end.";
        assert_eq!(
            direct(text, "bridge will open").as_deref(),
            Some("Owen Tarrant")
        );
    }

    #[test]
    fn described_and_owned_speakers() {
        let text =
            "Harriet Quill left early.\n\nHer aides say it is too early to talk about a race.";
        assert_eq!(indirect(text, "too early").as_deref(), Some("Her aides"));
        let text = "Harriet Quill left early.\n\nOhio\u{2019}s tax commissioner says she will return this week.";
        assert_eq!(
            indirect(text, "she will return").as_deref(),
            Some("Ohio's tax commissioner")
        );
    }

    #[test]
    fn more_shapes_of_reported_speech() {
        // a headline in title case
        let text =
            "Harriet Quill Says Bridge Will Open In May.\n\nThe town waits. Harriet Quill spoke.";
        assert_eq!(
            indirect(text, "Bridge Will Open").as_deref(),
            Some("Harriet Quill")
        );
        // a time between subject and verb, a phrase between verb and clause
        let text = "Owen Tarrant on Tuesday said after the meeting he would back the toll.";
        assert_eq!(
            indirect(text, "he would back the toll").as_deref(),
            Some("Owen Tarrant")
        );
        // the clause before "he said, and …"
        let text = "Owen Tarrant spoke.\n\nThe toll would take three weeks to set up, he said, and the town would pay for it.";
        assert_eq!(
            indirect(text, "three weeks to set up").as_deref(),
            Some("Owen Tarrant")
        );
    }

    #[test]
    fn inverted_described_speaker_with_a_phrase() {
        // the clause before ", said one source in the room", not the source as content
        let text = "Owen Tarrant met the council. The talks went badly, and the meeting ended early, said one council source in the room.";
        let a = analyze_text(text, None);
        let q = a
            .quotes
            .iter()
            .find(|q| q.text.contains("the meeting ended early"))
            .unwrap_or_else(|| panic!("no quote: {:?}", a.quotes));
        assert!(q.text.starts_with("The talks went badly"), "{q:?}");
        let speaker = q
            .speaker
            .and_then(|s| a.actors.get(s.0))
            .map(|x| x.name.as_str());
        assert_eq!(speaker, Some("one council source"));
        // not a pronoun object after another verb: "…, finds herself in a similar job"
        let text = "Harriet Quill, 33, a nurse who lives in Leeds, finds herself in a similar job with a similar outlook.";
        assert!(analyze_text(text, None)
            .quotes
            .iter()
            .all(|q| !q.text.contains("Harriet Quill")));
    }

    #[test]
    fn a_person_described_after_an_inverted_cue() {
        let text = "Owen Tarrant toured the plant.\n\n\u{201c}Nobody asked us,\u{201d} said the woman, who lives near the gate.";
        assert_eq!(direct(text, "Nobody asked"), Some("the woman".into()));
        let text = "Owen Tarrant toured the plant.\n\n\u{201c}We will win this county,\u{201d} said one Democrat familiar with the talks.";
        assert_eq!(
            direct(text, "win this county"),
            Some("one Democrat familiar with the talks".into())
        );
        // a time after the verb is no speaker, nor a name's possessive
        let text =
            "Owen Tarrant toured the plant.\n\n\u{201c}It will close,\u{201d} said the next day.";
        assert_eq!(direct(text, "It will close"), None);
    }

    #[test]
    fn documents_read_and_state() {
        let text = "Parents wrote to the board.\n\n\u{201c}Our schools are failing our children,\u{201d} the letter reads.";
        assert_eq!(direct(text, "schools are failing"), Some("letter".into()));
        let text = "Owen Tarrant posted a photo under a memo that said, \u{201c}All offices close at noon.\u{201d}";
        assert_eq!(direct(text, "offices close"), Some("a memo".into()));
        let text = "The rules changed.\n\nAs Delia Marsh put it, \u{201c}Nobody reads them anyway.\u{201d}";
        assert_eq!(direct(text, "Nobody reads"), Some("Delia Marsh".into()));
        let text = "The rules changed.\n\nAs the magazine put it in a long profile, \u{201c}the fixer.\u{201d}";
        assert_eq!(direct(text, "the fixer"), Some("magazine".into()));
        let text =
            "The rule asks for a \u{201c}lawful source of income,\u{201d} as Delia Marsh put it.";
        assert_eq!(direct(text, "lawful source"), Some("Delia Marsh".into()));
    }

    #[test]
    fn a_participle_hangs_on_the_nearest_reporting_verb() {
        // not the union opening the sentence, whose "calls" is a noun
        let text = "Alongside the union calls for action, Delia Marsh said Tarrant must choose, saying, \u{201c}He has to decide soon.\u{201d}";
        assert_eq!(direct(text, "decide soon"), Some("Delia Marsh".into()));
        // not another participle ("a lawsuit filed by an aide alleging …, calling it …")
        let text = "The office of Owen Tarrant rejected a lawsuit filed by an aide alleging that he broke the law, calling it \u{201c}baseless and cynical\u{201d} on Monday.";
        assert_ne!(direct(text, "baseless"), Some("an aide".into()));
        // not a verb of a relative clause
        let text = "Owen Tarrant attacked a builder who said he was cheated after he built a shed, saying, \u{201c}Maybe he did a bad job.\u{201d}";
        assert_eq!(direct(text, "bad job"), Some("Owen Tarrant".into()));
    }

    #[test]
    fn a_possessive_my_owns_a_described_speaker() {
        let text = "Nobody in my family trusted banks.\n\n\u{201c}We live in hard times,\u{201d} my father often said.";
        assert_eq!(direct(text, "hard times"), Some("my father".into()));
    }

    #[test]
    fn straight_marks_after_numbers_and_before_spaces() {
        // an inch mark opens no quotation
        let text = "Owen Tarrant is 6'3\" tall and weighs 200 pounds, his doctor wrote.";
        assert!(analyze_text(text, None)
            .quotes
            .iter()
            .all(|q| q.kind != QuoteKind::Direct));
        // a closing mark after a space ends the quotation
        let text =
            "Delia Marsh spoke. \"I have always hated the term 'outreach,' \" she told the group.";
        assert_eq!(direct(text, "hated the term"), Some("Delia Marsh".into()));
        let a = analyze_text(text, None);
        assert!(a.quotes.iter().all(|q| !q.text.contains("told the group")));
        // a quotation inside a quotation does not end it
        let text = "Readers wrote in.\n\n\u{201c}I would rather live in what he calls \u{201c}hell\u{201d} than vote for him,\u{201d} Delia Marsh said.";
        let a = analyze_text(text, None);
        assert!(
            a.quotes.iter().any(|q| q.text.ends_with("vote for him,")),
            "{:?}",
            a.quotes
        );
        assert_eq!(direct(text, "rather live"), Some("Delia Marsh".into()));
        // a closing mark printed for an opening one at the start of a paragraph
        let text = "Readers wrote in.\n\n\u{201d}He has my vote. He will fix it.\u{201d} \u{2015} Delia Marsh\n\nMore letters came.";
        assert_eq!(direct(text, "my vote"), Some("Delia Marsh".into()));
    }

    #[test]
    fn compound_unnamed_speakers() {
        // the compound goes on to its head noun: "a campaign aide", not "a campaign"
        let text = "Harriet Quill spoke in Leeds. She will visit the mill on Sunday, according to a campaign aide.";
        assert_eq!(
            indirect(text, "visit the mill").as_deref(),
            Some("a campaign aide")
        );
        // "groups" is a group noun: "human rights groups warned that …"
        let text = "Harriet Quill spoke, and human rights groups warned that the mill would close.";
        assert_eq!(
            indirect(text, "the mill would close").as_deref(),
            Some("human rights groups")
        );
        // a plan reported by someone else is theirs alone
        let text = "Harriet Quill plans to visit the mill on Sunday, according to a campaign aide.";
        let a = analyze_text(text, None);
        assert_eq!(a.quotes.len(), 1, "{:?}", a.quotes);
        assert_eq!(
            speaker_of(&a, QuoteKind::Indirect, "visit the mill")
                .ok()
                .flatten()
                .as_deref(),
            Some("a campaign aide")
        );
    }

    #[test]
    fn mixed_marks_make_a_pair() {
        // a straight mark closed by a curly one, and the other way round
        let text = "Owen Tarrant spoke.\n\n\"The bridge has a huge toll,\u{201d} said Harriet Quill, a nurse.";
        let a = analyze_text(text, None);
        let q = a
            .quotes
            .iter()
            .find(|q| q.text.contains("huge toll"))
            .unwrap_or_else(|| panic!("{:?}", a.quotes));
        assert_eq!(q.text, "The bridge has a huge toll,");
        assert_eq!(direct(text, "huge toll").as_deref(), Some("Harriet Quill"));
        let text = "Owen Tarrant spoke.\n\n\u{201c}The bridge has a huge toll,\" said Harriet Quill, a nurse.";
        assert_eq!(direct(text, "huge toll").as_deref(), Some("Harriet Quill"));
    }

    #[test]
    fn double_apostrophe_quotes_carry_over() {
        // a `''` quotation opening the sentence after its speaker's cue is theirs
        let text = "Owen Tarrant spoke.\n\n''It has the virtue of being simple,'' Harriet Quill said of the plan. ''It does not make the toll worse.''";
        assert_eq!(
            direct(text, "make the toll worse").as_deref(),
            Some("Harriet Quill")
        );
        // and an indirect clause stops at the sentence before it
        let text = "Harriet Quill spoke.\n\nShe said the plan would be a boon for lawyers. ''There is a lot of new complexity,'' said Owen Tarrant.";
        let a = analyze_text(text, None);
        assert!(
            a.quotes
                .iter()
                .any(|q| q.text == "the plan would be a boon for lawyers"),
            "{:?}",
            a.quotes
        );
    }

    #[test]
    fn the_writer_speaks_in_the_first_person() {
        // "I" outside quotation marks is the writer of the piece
        let text = "Owen Tarrant spoke at the mill on Friday. I think the bridge will never open.";
        assert_eq!(
            indirect(text, "the bridge will never open").as_deref(),
            Some("the writer")
        );
        // inside them, it is the one quoted
        let text = "\u{201c}I think the bridge will never open,\u{201d} Owen Tarrant said.";
        assert_eq!(
            direct(text, "the bridge will never open").as_deref(),
            Some("Owen Tarrant")
        );
    }

    #[test]
    fn particles_and_adverbs_are_no_objects() {
        // "showed up", "was shouted down": another verb, nothing reported
        for text in [
            "The real Owen Tarrant showed up at the debate.",
            "Harriet Quill was booed down by the crowd after the vote.",
        ] {
            let a = analyze_text(text, None);
            assert!(a.quotes.is_empty(), "{text}: {:?}", a.quotes);
        }
        // an adverb of time is passed over, and a setting is no object
        let text = "Owen Tarrant explained earlier in the hearing that the bridge was safe.";
        assert_eq!(
            indirect(text, "the bridge was safe").as_deref(),
            Some("Owen Tarrant")
        );
        let text = "Owen Tarrant explained earlier in the committee hearing, to nobody's surprise.";
        assert!(analyze_text(text, None)
            .quotes
            .iter()
            .all(|q| !q.text.contains("committee hearing")));
    }

    #[test]
    fn headline_shapes() {
        // "Poll: …": a document's finding as a headline label
        let text = "Poll: Voters Abandon The Mill Party\n\nA new poll shows that voters in Leeds have left the party.";
        let a = analyze_text(text, None);
        assert_eq!(
            speaker_of(&a, QuoteKind::Indirect, "Voters Abandon")
                .ok()
                .flatten()
                .as_deref(),
            Some("Poll")
        );
        // (not a contact line)
        let text = "Email: tips@example.com\n\nOwen Tarrant spoke at the mill.";
        assert!(analyze_text(text, None).quotes.is_empty());
        // a surname in a headline before the full name, with a label or a verb
        let text =
            "Tarrant: the bridge needs a new toll\n\nOwen Tarrant spoke at the mill on Friday.";
        assert_eq!(
            indirect(text, "the bridge needs a new toll").as_deref(),
            Some("Owen Tarrant")
        );
        let text = "Tarrant says the bridge will open in May\n\nRetired engineer Owen Tarrant spoke at the mill on Friday.";
        assert_eq!(
            indirect(text, "the bridge will open").as_deref(),
            Some("Owen Tarrant")
        );
        // a title-case "Shows" with a document subject
        let text = "New Poll Shows Small Bump For Quill\n\nHarriet Quill spoke in Leeds.";
        assert_eq!(indirect(text, "Small Bump").as_deref(), Some("New Poll"));
    }

    #[test]
    fn clauses_without_that_after_any_cue() {
        // a subject pronoun opens the clause of any reporting verb
        let text = "Owen Tarrant spoke at the mill. Owen Tarrant believes he can finish the bridge by May.";
        assert_eq!(
            indirect(text, "he can finish the bridge").as_deref(),
            Some("Owen Tarrant")
        );
        // a commitment reported as an infinitive
        let text = "Harriet Quill vowed to rebuild the old mill within a year.";
        assert_eq!(
            indirect(text, "to rebuild the old mill").as_deref(),
            Some("Harriet Quill")
        );
        // an intention, read only before its infinitive
        let text = "Harriet Quill wants to rebuild the old mill within a year.";
        assert_eq!(
            indirect(text, "to rebuild the old mill").as_deref(),
            Some("Harriet Quill")
        );
        let a = analyze_text("Harriet Quill wants a new mill by the river.", None);
        assert!(a.quotes.is_empty(), "{:?}", a.quotes);
        // an intention inside someone else's report is part of that report
        let text = "Owen Tarrant claimed that the county planned to close the old mill in May.";
        assert_eq!(
            indirect(text, "the county planned to close").as_deref(),
            Some("Owen Tarrant")
        );
        let a = analyze_text(text, None);
        assert_eq!(a.quotes.len(), 1, "{:?}", a.quotes);
        // what a document shows
        let text = "A new survey shows most farmers opposing the toll on the bridge.";
        assert_eq!(
            indirect(text, "most farmers opposing").as_deref(),
            Some("A new survey")
        );
        // a communication verb's noun phrase object is what it reports
        let text = "Harriet Quill described the new bridge over the river.";
        assert_eq!(
            indirect(text, "the new bridge over the river").as_deref(),
            Some("Harriet Quill")
        );
        // but not the object of a verb that only opens speech
        let a = analyze_text("Harriet Quill added a new wing to the old mill.", None);
        assert!(a.quotes.is_empty(), "{:?}", a.quotes);
    }

    #[test]
    fn a_stance_and_its_object() {
        let text = "Harriet Quill called for a new toll on the old bridge, and the council agreed.";
        assert_eq!(
            indirect(text, "a new toll on the old bridge").as_deref(),
            Some("Harriet Quill")
        );
        let a = analyze_text(text, None);
        assert!(
            a.quotes.iter().all(|q| !q.text.contains("council")),
            "{:?}",
            a.quotes
        );
        let text = "Owen Tarrant endorsed the plan to rebuild the mill.";
        assert_eq!(
            indirect(text, "the plan to rebuild the mill").as_deref(),
            Some("Owen Tarrant")
        );
        // "called X Y" evaluates X; "called on X to" asks something of X
        let text = "Owen Tarrant called the new bridge a triumph of planning.";
        assert_eq!(
            indirect(text, "the new bridge a triumph").as_deref(),
            Some("Owen Tarrant")
        );
        let text = "Harriet Quill called on the county to repair the bridge before winter.";
        assert_eq!(
            indirect(text, "the county to repair the bridge").as_deref(),
            Some("Harriet Quill")
        );
    }

    #[test]
    fn objects_of_cue_verbs() {
        // a noun phrase, an object pronoun, an indirect question, a preposition's object
        let text = "Harriet Quill mentioned the broken locks as examples of neglect.";
        assert_eq!(
            indirect(text, "the broken locks as examples").as_deref(),
            Some("Harriet Quill")
        );
        let text = "Owen Tarrant blasted them for ignoring the bridge repairs.";
        assert_eq!(
            indirect(text, "them for ignoring the bridge repairs").as_deref(),
            Some("Owen Tarrant")
        );
        let text = "Owen Tarrant questioned whether the county could pay for the bridge.";
        assert_eq!(
            indirect(text, "whether the county could pay").as_deref(),
            Some("Owen Tarrant")
        );
        let text = "Harriet Quill complained about the noise from the new mill.";
        assert_eq!(
            indirect(text, "the noise from the new mill").as_deref(),
            Some("Harriet Quill")
        );
        let text = "Harriet Quill pointed out that the bridge was already closed.";
        assert_eq!(
            indirect(text, "the bridge was already closed").as_deref(),
            Some("Harriet Quill")
        );
        // a negation or "now" between the subject and the verb
        let text = "Owen Tarrant did not immediately respond to requests for comment.";
        assert_eq!(
            indirect(text, "requests for comment").as_deref(),
            Some("Owen Tarrant")
        );
        let text = "Harriet Quill now says the bridge will open in May.";
        assert_eq!(
            indirect(text, "the bridge will open").as_deref(),
            Some("Harriet Quill")
        );
        // a document as the subject
        let text = "The report mentions four cases of neglect at the old mill.";
        assert_eq!(
            indirect(text, "four cases of neglect").as_deref(),
            Some("report")
        );
        // "a low point came": a verb form used as a noun reports nothing
        let a = analyze_text("A low point came at the meeting in May last year.", None);
        assert!(a.quotes.is_empty(), "{:?}", a.quotes);
    }

    #[test]
    fn more_objects_and_clause_ends() {
        // a stance toward someone named, but not toward a description
        let text = "Harriet Quill spoke on Monday. Owen Tarrant endorsed Harriet Quill.";
        assert_eq!(
            indirect(text, "Harriet Quill").as_deref(),
            Some("Owen Tarrant")
        );
        // what the person told was asked to do
        let text = "Owen Tarrant told his engineers to close the old bridge at once.";
        assert_eq!(
            indirect(text, "his engineers to close the old bridge").as_deref(),
            Some("Owen Tarrant")
        );
        // a progressive cue after "is" and adverbs
        let text = "Harriet Quill is once again demanding the county repair the old bridge.";
        assert_eq!(
            indirect(text, "the county repair the old bridge").as_deref(),
            Some("Harriet Quill")
        );
        // a participle after a comma comments on the reported clause
        let text =
            "Owen Tarrant noted that the bridge had closed in May, contradicting the county.";
        let a = analyze_text(text, None);
        assert!(
            a.quotes
                .iter()
                .any(|q| q.text == "the bridge had closed in May"),
            "{:?}",
            a.quotes
        );
        // "CLAUSE, X said Friday afternoon, as …": the clause before the subject
        let text = "The old bridge will stay closed until May, Owen Tarrant said Friday afternoon, as drivers waited.";
        assert_eq!(
            indirect(text, "The old bridge will stay closed").as_deref(),
            Some("Owen Tarrant")
        );
        // what is widely expected is no one's report
        let a = analyze_text(
            "The new toll is widely expected to anger drivers on the bridge.",
            None,
        );
        assert!(a.quotes.is_empty(), "{:?}", a.quotes);
    }

    #[test]
    fn beliefs_report_clauses_not_things() {
        let text = "Owen Tarrant believes the bridge will open in May.";
        assert_eq!(
            indirect(text, "the bridge will open in May").as_deref(),
            Some("Owen Tarrant")
        );
        for text in [
            "Owen Tarrant feels a chill in the old mill every morning.",
            "Owen Tarrant thought little of the new bridge design.",
        ] {
            let a = analyze_text(text, None);
            assert!(a.quotes.is_empty(), "{text}: {:?}", a.quotes);
        }
    }

    #[test]
    fn stance_verbs_report_their_object() {
        let text = "Harriet Quill has championed the new bridge over the river.";
        assert_eq!(
            indirect(text, "the new bridge over the river").as_deref(),
            Some("Harriet Quill")
        );
        let text = "Owen Tarrant decided not to close the old mill this winter.";
        assert_eq!(
            indirect(text, "not to close the old mill").as_deref(),
            Some("Owen Tarrant")
        );
        // seeing something as something is a view; seeing alone is not
        let text = "Owen Tarrant sees the new toll as a chance to fix the bridge.";
        assert_eq!(
            indirect(text, "the new toll as a chance").as_deref(),
            Some("Owen Tarrant")
        );
        let a = analyze_text("Owen Tarrant sees the new bridge from his window.", None);
        assert!(a.quotes.is_empty(), "{:?}", a.quotes);
        // a two-word infinitive
        let text =
            "Owen Tarrant spoke on Monday. Through a spokesman, Tarrant declined to comment.";
        assert_eq!(
            indirect(text, "to comment").as_deref(),
            Some("Owen Tarrant")
        );
        // "that" after the object opens a relative clause, not the content
        let text = "Harriet Quill supported the plan that the council drafted in May.";
        assert_eq!(indirect(text, "the plan").as_deref(), Some("Harriet Quill"));
        // a vote for someone is a stance toward them (beside the clause that reports it)
        let text =
            "Harriet Quill spoke on Monday. Owen Tarrant said he would not vote for Harriet Quill.";
        let a = analyze_text(text, None);
        assert!(
            a.quotes
                .iter()
                .any(|q| q.text == "Harriet Quill" && q.cue.as_deref() == Some("vote")),
            "{:?}",
            a.quotes
        );
        // a stance verb is no cue of the shapes of speech: "…, X supported."
        let a = analyze_text("After a long debate in May, Owen Tarrant supported.", None);
        assert!(a.quotes.is_empty(), "{:?}", a.quotes);
    }

    #[test]
    fn stance_nouns_and_their_owners() {
        let text =
            "Owen Tarrant spoke on Monday. Tarrant’s claim that the mill was safe drew criticism.";
        assert_eq!(
            indirect(text, "the mill was safe").as_deref(),
            Some("Owen Tarrant")
        );
        let text = "Harriet Quill spoke on Monday. Her call for a new toll angered drivers.";
        assert_eq!(
            indirect(text, "a new toll").as_deref(),
            Some("Harriet Quill")
        );
        // the cue holds the owner, so the timeline does not read "Quill call a new toll"
        let a = analyze_text(text, None);
        let q = a
            .quotes
            .iter()
            .find(|q| q.text.contains("toll"))
            .expect("the call's quote");
        assert_eq!(q.cue.as_deref(), Some("Her call"));
        assert!(!super::cue_reads_as_verb(q, text));
        // no owner, no source; and a noun before a word that states nothing
        for text in [
            "The claim that the mill was safe drew criticism from the county.",
            "Owen Tarrant spoke on Monday. Tarrant’s plans were drawn in May last year.",
        ] {
            let a = analyze_text(text, None);
            assert!(a.quotes.is_empty(), "{text}: {:?}", a.quotes);
        }
    }

    #[test]
    fn passives_with_by_name_their_source() {
        let text = "The toll plan was firmly rejected by Harriet Quill on Monday.";
        assert_eq!(
            indirect(text, "The toll plan").as_deref(),
            Some("Harriet Quill")
        );
        let a = analyze_text(text, None);
        assert!(!super::cue_reads_as_verb(&a.quotes[0], text));
        // the head of the phrase after "by" is the source
        let text = "The new toll was criticized by Brookfield council spokesman Owen Tarrant.";
        assert_eq!(
            indirect(text, "The new toll").as_deref(),
            Some("Owen Tarrant")
        );
    }

    #[test]
    fn the_person_before_of_and_a_name() {
        let text = "Harriet Quill of The Valley Courier wrote, \u{201c}The bridge is a triumph of planning.\u{201d}";
        assert_eq!(
            direct(text, "triumph of planning").as_deref(),
            Some("Harriet Quill")
        );
    }

    #[test]
    fn a_cue_after_one_introductory_word() {
        let text =
            "Harriet Quill spoke at the mill. Now, she said, the farmers would pay the toll.";
        assert_eq!(
            indirect(text, "the farmers would pay the toll").as_deref(),
            Some("Harriet Quill")
        );
        // "according to" after a quotation's cue names the quote's source, it is no clause
        let text = "\u{201c}The toll is fair,\u{201d} Harriet Quill said, according to the Valley Courier.";
        let a = analyze_text(text, None);
        assert!(
            a.quotes.iter().all(|q| !q.text.contains("according")),
            "{:?}",
            a.quotes
        );
    }

    #[test]
    fn according_to_an_unnamed_source() {
        // a phrase that names no actor becomes the source
        let text = "The mill will close in May, according to two people briefed on the plan.";
        assert_eq!(
            indirect(text, "The mill will close in May").as_deref(),
            Some("two people briefed on the plan")
        );
        // in the middle of a sentence, without a comma, the clause is still the one before
        let text = "Owen Tarrant leads the race by nine points according to the latest count, but the vote is close.";
        assert_eq!(
            indirect(text, "leads the race by nine points").as_deref(),
            Some("the latest count")
        );
        // after an introductory phrase, the clause after
        let text = "In addition, according to the county, the bridge will need new cables.";
        assert_eq!(
            indirect(text, "the bridge will need new cables").as_deref(),
            Some("the county")
        );
        // a conjunction before "according to" joins the clause after it
        let text = "The mill is the oldest in the county, and according to Harriet Quill, who owns it, the wheel still turns.";
        assert_eq!(
            indirect(text, "the wheel still turns").as_deref(),
            Some("Harriet Quill")
        );
        let a = analyze_text(text, None);
        assert!(
            a.quotes.iter().all(|q| !q.text.contains("oldest")),
            "{:?}",
            a.quotes
        );
    }

    #[test]
    fn a_name_and_a_colon_open_a_turn() {
        let text = "Quill: Toll Bridge Will Open In May.\n\nHarriet Quill spoke to the council on Monday.\n\nHARRIET QUILL: We will open the bridge. It is safe.\n\nThe council voted.";
        assert_eq!(
            indirect(text, "Toll Bridge Will Open").as_deref(),
            Some("Harriet Quill")
        );
        assert_eq!(
            indirect(text, "We will open the bridge. It is safe").as_deref(),
            Some("Harriet Quill")
        );
        // a label that names no person is no turn
        let a = analyze_text(
            "Update: The bridge will open in May after the repairs.",
            None,
        );
        assert!(a.quotes.is_empty(), "{:?}", a.quotes);
    }

    #[test]
    fn an_organisation_can_label_a_headline() {
        let text = "Brookfield Gazette: the old bridge will close in May\n\nThe Brookfield Gazette reported the news.";
        assert_eq!(
            indirect(text, "the old bridge will close").as_deref(),
            Some("Brookfield Gazette")
        );
    }

    #[test]
    fn a_comment_introduced_by_a_colon() {
        let text = "On July 6, 2015, Owen Tarrant made the following comment:\n\n\u{201c}The bridge will open before the harvest.\u{201d}";
        assert_eq!(
            direct(text, "bridge will open").as_deref(),
            Some("Owen Tarrant")
        );
    }

    #[test]
    fn a_partial_quote_in_reported_speech_is_the_reporters() {
        let a = analyze_text(
            "Harriet Quill said the county's long plan for the harbor was a \u{201c}disaster\u{201d} for everyone.",
            None,
        );
        let q = a.quotes.iter().find(|q| q.text == "disaster");
        let who = q
            .and_then(|q| q.speaker)
            .and_then(|s| a.actors.get(s.0))
            .map(|x| x.name.as_str());
        assert_eq!(who, Some("Harriet Quill"), "{:?}", a.quotes);
    }

    #[test]
    fn a_colon_after_a_name_introduces_a_quote() {
        let text = "The result did not surprise the pollster Harriet Quill: \u{201c}Turnout was low all day.\u{201d}";
        assert_eq!(
            direct(text, "Turnout was low").as_deref(),
            Some("Harriet Quill")
        );
        let text = "Owen Tarrant released a statement: \u{201c}We will appeal the ruling.\u{201d}";
        assert_eq!(
            direct(text, "appeal the ruling").as_deref(),
            Some("Owen Tarrant")
        );
    }

    #[test]
    fn a_quote_paragraph_after_a_reporting_paragraph() {
        let text = "Owen Tarrant praised the mayor and her plans for the harbor.\n\n\u{201c}She gets things done for this town.\u{201d}";
        assert_eq!(
            direct(text, "gets things done").as_deref(),
            Some("Owen Tarrant")
        );
    }

    #[test]
    fn the_person_told_is_not_the_speaker() {
        let text = "Hours later, Owen Tarrant praised the mayor, telling Reuters, \u{201c}She gets things done.\u{201d}";
        assert_eq!(
            direct(text, "gets things done").as_deref(),
            Some("Owen Tarrant")
        );
        // (the one indirect quote is the stance "praised the mayor", not what Reuters was told)
        let a = analyze_text(text, None);
        assert!(
            a.quotes
                .iter()
                .all(|q| q.kind != QuoteKind::Indirect || q.text == "the mayor"),
            "{:?}",
            a.quotes
        );
    }

    #[test]
    fn described_speakers_are_unnamed_actors() {
        let a = analyze_text(
            "The retired engineer says the bridge will hold for decades. Six in 10 say the toll is too high.",
            None,
        );
        let speaker = |part: &str| {
            let q = a.quotes.iter().find(|q| q.text.contains(part))?;
            let x = a.actors.get(q.speaker?.0)?;
            Some((x.name.clone(), x.kind))
        };
        assert_eq!(
            speaker("bridge will hold"),
            Some(("The retired engineer".to_owned(), ActorKind::Other))
        );
        assert_eq!(
            speaker("toll is too high"),
            Some(("Six in 10".to_owned(), ActorKind::Group))
        );
    }

    #[test]
    fn a_possessive_is_not_part_of_an_unnamed_speaker() {
        let a = analyze_text(
            "Owen Tarrant’s former aide said the town would recover quickly.",
            None,
        );
        let names: Vec<&str> = a.actors.iter().map(|x| x.name.as_str()).collect();
        assert!(!names.iter().any(|n| n.starts_with("s ")), "{names:?}");
    }

    #[test]
    fn a_second_partial_quote_in_the_sentence_has_the_same_speaker() {
        let text = "Harriet Quill says the harbor plan \u{201c}was rushed from the start\u{201d} because \u{201c}nobody asked the fishermen.\u{201d}";
        assert_eq!(
            direct(text, "nobody asked").as_deref(),
            Some("Harriet Quill")
        );
    }

    #[test]
    fn a_title_with_of_before_the_subject_of_a_participle() {
        let text = "Former Secretary of State Harriet Quill urged voters to turn out, saying, \u{201c}Every vote counts.\u{201d}";
        assert_eq!(
            direct(text, "Every vote counts").as_deref(),
            Some("Harriet Quill")
        );
    }

    #[test]
    fn transcript_turns_belong_to_the_named_speaker() {
        let text = "Owen Tarrant spoke with Harriet Quill, the host, as the paper shows:\n\n\u{201c}QUILL: Will the bridge open?\n\n\u{201c}TARRANT: It will open in May.\u{201d}";
        assert_eq!(
            direct(text, "Will the bridge").as_deref(),
            Some("Harriet Quill")
        );
        assert_eq!(direct(text, "open in May").as_deref(), Some("Owen Tarrant"));
        // the label is the cue, not part of the quoted words
        let a = analyze_text(text, None);
        assert!(
            a.quotes.iter().any(|q| q.text.starts_with("It will open")),
            "{:?}",
            a.quotes
        );
    }

    #[test]
    fn who_said_is_the_name_before() {
        let text =
            "The council heard from Harriet Quill, who said the bridge was unsafe for trucks.";
        assert_eq!(
            indirect(text, "bridge was unsafe").as_deref(),
            Some("Harriet Quill")
        );
        let text =
            "The council heard from Harriet Quill and Owen Tarrant, who say the bridge is unsafe.";
        let a = analyze_text(text, None);
        assert!(
            a.quotes.iter().all(|q| q.speaker.is_none()),
            "{:?}",
            a.quotes
        );
    }

    #[test]
    fn told_someone_a_clause() {
        let text = "Harriet Quill told reporters she would vote against the bridge.";
        assert_eq!(
            indirect(text, "vote against the bridge").as_deref(),
            Some("Harriet Quill")
        );
        let a = analyze_text("Harriet Quill told reporters about her plans.", None);
        assert!(a.quotes.is_empty(), "{:?}", a.quotes);
    }

    #[test]
    fn documents_report_things() {
        let text = "A new poll found that most voters back the bridge.";
        assert_eq!(indirect(text, "most voters").as_deref(), Some("A new poll"));
        let text =
            "Most voters back the bridge, according to the nonpartisan Brookfield Institute.";
        assert_eq!(
            indirect(text, "Most voters").as_deref(),
            Some("Brookfield Institute")
        );
    }

    #[test]
    fn two_descriptions_between_the_name_and_the_verb() {
        let text = "\"It is an invasion of our domain,\" Harriet Quill, the Republican attorney general of Ohio, one of the states suing the agency, said at an event.";
        assert_eq!(
            direct(text, "invasion of our domain").as_deref(),
            Some("Harriet Quill")
        );
        let text = "\"The bridge is unsafe,\" Owen Tarrant, 54, a welder from Dayton, said.";
        assert_eq!(
            direct(text, "bridge is unsafe").as_deref(),
            Some("Owen Tarrant")
        );
        // a place after the only description is where the speaker is from, not who spoke
        let text = "\"The bridge is unsafe,\" a welder from Ohio, said.";
        assert_eq!(direct(text, "bridge is unsafe"), None);
    }

    #[test]
    fn initials_and_party_labels_before_the_verb() {
        let text = "\"He would be a great senator,\" Rep. Owen P. Tarrant (D-Md.) said in a phone interview.";
        assert_eq!(
            direct(text, "great senator").as_deref(),
            Some("Owen P Tarrant")
        );
        let text = "\"The votes are there,\" House Speaker Harriet Quill, R-Wis., said on Tuesday.";
        assert_eq!(
            direct(text, "votes are there").as_deref(),
            Some("Harriet Quill")
        );
        let text = "\"It would be improper,\" Gov. Pat Brannock (R) said.";
        assert_eq!(direct(text, "be improper").as_deref(), Some("Pat Brannock"));
        let text =
            "\"It will pass,\" Leonard E. Quill, director of the Budget Center, said of the plan.";
        assert_eq!(
            direct(text, "It will pass").as_deref(),
            Some("Leonard E Quill")
        );
    }

    #[test]
    fn a_long_speaker_after_the_quote_stops_a_carry_over() {
        let text = "\"It is done,\" Owen Tarrant said.\n\n\"The votes are there,\" House Speaker Harriet Quill, R-Wis., the leader of the chamber, said.";
        assert_eq!(
            direct(text, "votes are there").as_deref(),
            Some("Harriet Quill")
        );
    }

    #[test]
    fn a_generational_suffix_ends_the_name() {
        let text = "\"Hate this framing,\" Vann R. Pembrook II, a writer for The Lantern, said on Twitter.";
        assert_eq!(
            direct(text, "framing").as_deref(),
            Some("Vann R Pembrook II")
        );
    }

    #[test]
    fn a_role_with_a_number_after_the_verb() {
        let text = "\"The veto does not hold,\" said 9/11 widow Terry Brannock.";
        assert_eq!(direct(text, "veto").as_deref(), Some("Terry Brannock"));
        let text = "\"The race is close,\" said longtime pollster Pat Quill.";
        assert_eq!(direct(text, "race is close").as_deref(), Some("Pat Quill"));
        // a clause after the verb is no role: its subject did not speak
        let text = "Owen Tarrant was asked.\n\n\"No,\" said in 2012 that Pat Quill had lied.";
        let a = analyze_text(text, None);
        assert!(
            a.quotes.iter().all(|q| q
                .speaker
                .and_then(|s| a.actors.get(s.0))
                .is_none_or(|x| x.name != "Pat Quill")),
            "{:?}",
            a.quotes
        );
    }

    #[test]
    fn a_verb_in_an_opening_phrase_is_not_the_colons_cue() {
        let text = "With party leaders worried about turnout, President Owen Tarrant is rolling out a new message: \"It is about me.\"";
        assert_eq!(direct(text, "about me").as_deref(), Some("Owen Tarrant"));
    }

    #[test]
    fn a_person_after_an_owners_role_is_the_subject() {
        let text = "Owen Tarrant's campaign manager Harriet Quill spoke on Monday, arguing that the mayor \"lashed out at the unions.\"";
        assert_eq!(direct(text, "lashed out").as_deref(), Some("Harriet Quill"));
        let text = "Boyd Fernley was sued. \"We will win,\" Fernley boasted, as the trial opened.";
        assert_eq!(direct(text, "We will win").as_deref(), Some("Boyd Fernley"));
        let text = "When the mayor noted that the bridge was late ― as it was in May ― Boyd Fernley boasted, \"That makes me smart.\"";
        assert_eq!(
            direct(text, "makes me smart").as_deref(),
            Some("Boyd Fernley")
        );
    }

    #[test]
    fn a_transcript_label_names_its_speaker() {
        let text = "The host spoke with the governor.\n\n\u{201c}BRANNOCK: Will the bridge open?\n\n\u{201c}UPDATE: The bridge opened in May.\u{201d}";
        assert_eq!(direct(text, "Will the bridge").as_deref(), Some("Brannock"));
        assert_eq!(direct(text, "opened in May"), None);
        // a surname that is also a word is still a name; a plain phrase is not
        let text = "The host spoke with the governor.\n\n\u{201c}CARPENTER: Will the bridge open?\n\n\u{201c}READ MORE: The bridge opened in May.\u{201d}";
        assert_eq!(
            direct(text, "Will the bridge").as_deref(),
            Some("Carpenter")
        );
        assert_eq!(direct(text, "opened in May"), None);
        assert_eq!(
            super::label_name("JAKE O'NEILL-TAPPER"),
            "Jake O'Neill-Tapper"
        );
    }

    #[test]
    fn a_pronoun_speaker_in_a_scene() {
        let text = "The police came.\n\nPolice stopped Owen Tarrant on Tuesday. Tavesha Jones can be heard yelling that her husband was unarmed.\n\n\"Stop it,\" she says. \"Do not shoot him.\"";
        assert_eq!(
            direct(text, "Do not shoot").as_deref(),
            Some("Tavesha Jones")
        );
    }

    #[test]
    fn a_sentence_about_the_speaker_between_two_quotes() {
        let text = "The race is close.\n\n\"We are behind,\" said Tavesha Jones, 32, of Dayton. Jones backs the mayor. \"I have loans to pay.\"";
        assert_eq!(
            direct(text, "loans to pay").as_deref(),
            Some("Tavesha Jones")
        );
        // someone else's sentence between: not carried over
        let text = "The race is close.\n\n\"We are behind,\" said Tavesha Jones, 32, of Dayton. Owen Tarrant backs the mayor. \"I have loans to pay.\"";
        assert_eq!(direct(text, "loans to pay"), None);
    }

    #[test]
    fn a_city_and_its_state_between_commas() {
        let text = "Harriet Quill, during a town hall meeting in Columbus, Ohio, said she was \"going to close the mines.\"";
        assert_eq!(
            direct(text, "close the mines").as_deref(),
            Some("Harriet Quill")
        );
    }

    #[test]
    fn verbs_that_do_not_govern_the_quote() {
        let text = "Owen Tarrant spoke in May.\n\nTarrant has used the phrase \"open borders\" often in his campaign, and criticized the mayor for it.";
        let a = analyze_text(text, None);
        assert!(
            a.quotes
                .iter()
                .filter(|q| q.text.contains("open borders"))
                .all(|q| q.speaker.is_none()),
            "{:?}",
            a.quotes
        );
        let text = "Owen Tarrant spoke in May.\n\nThe four \"loopholes\" he cited are \"the ability to use losses to offset income,\" The Lantern reported.";
        assert_eq!(
            direct(text, "ability to use").as_deref(),
            Some("The Lantern")
        );
    }

    #[test]
    fn phrasal_reporting_verbs() {
        let text = "The race is close.\n\nAfter Owen Tarrant criticized her, Harriet Quill shot back, \"I chose to work.\"";
        assert_eq!(
            direct(text, "chose to work").as_deref(),
            Some("Harriet Quill")
        );
        let text = "The race is close.\n\nHarriet Quill spoke first.\n\n\"And it is a concern to me,\" she went on.";
        assert_eq!(direct(text, "a concern").as_deref(), Some("Harriet Quill"));
        let text = "The race is close.\n\n\"Smile,\" Owen Tarrant said, and Harriet Quill cut in. \"Do not forget me.\"";
        assert_eq!(direct(text, "forget me").as_deref(), Some("Harriet Quill"));
        // the name after "told" heard the words
        let text = "The race is close.\n\n\"Smile,\" Harriet Quill, a former aide, told Lantern News. \"Do not forget me.\"";
        assert_eq!(direct(text, "forget me").as_deref(), Some("Harriet Quill"));
    }

    #[test]
    fn the_owner_is_not_the_subject() {
        let text = "Owen Tarrant was shot on Monday. Tarrant's relatives watched the videos and said they came away with \"more questions than answers.\"";
        let a = analyze_text(text, None);
        let q = a
            .quotes
            .iter()
            .find(|q| q.text.contains("more questions"))
            .expect("the quote");
        assert!(
            q.speaker
                .and_then(|s| a.actors.get(s.0))
                .is_none_or(|x| x.name != "Owen Tarrant"),
            "{:?}",
            a.quotes
        );
    }

    #[test]
    fn a_comma_after_a_party_label_before_the_verb() {
        let text = "After the vote, Sen. Harriet Quill (D-OR), said, “We will build the bridge next year.”";
        assert_eq!(
            direct(text, "build the bridge").as_deref(),
            Some("Harriet Quill")
        );
        // a description in brackets is no party label: the name before it is not the subject
        let text =
            "Owen Tarrant, head of Bridges Now (a lobby group), wrote: “The bridge is late.”";
        assert_ne!(
            direct(text, "bridge is late").as_deref(),
            Some("Bridges Now")
        );
    }

    #[test]
    fn another_as_a_whole_subject() {
        let text =
            "One commuter praised the plan. Yet another said, “The bridge is a waste of money.”";
        assert_eq!(direct(text, "waste of money").as_deref(), Some("another"));
        let text =
            "Readers wrote in by the hundred. Another tweeted, “The bridge is a waste of money.”";
        assert_eq!(direct(text, "waste of money").as_deref(), Some("Another"));
    }

    #[test]
    fn an_inverted_cue_opening_the_sentence_before_the_quote() {
        let text = "Harriet Quill chairs the board. Said Quill, “The bridge will open in May.”";
        assert_eq!(
            direct(text, "open in May").as_deref(),
            Some("Harriet Quill")
        );
        let text =
            "Harriet Quill chairs the board. But, said Quill, “The bridge will open in May.”";
        assert_eq!(
            direct(text, "open in May").as_deref(),
            Some("Harriet Quill")
        );
        // a subject before the verb makes the name after it the person spoken to
        let text = "Harriet Quill chairs the board. Owen Tarrant told Quill, “The bridge will open in May.”";
        assert_ne!(
            direct(text, "open in May").as_deref(),
            Some("Harriet Quill")
        );
    }

    #[test]
    fn as_a_described_speaker_told_someone() {
        let text = "The mood at the plant soured. As one engineer told the Dayton Herald, “We were never asked.”";
        assert_eq!(direct(text, "never asked").as_deref(), Some("one engineer"));
    }

    #[test]
    fn a_time_in_ago_before_the_subject_of_a_second_verb() {
        let text = "Owen Tarrant spoke on Monday. Four years ago, he backed the mayor over Quill and said, “Quill never helped us.”";
        assert_eq!(
            direct(text, "never helped us").as_deref(),
            Some("Owen Tarrant")
        );
    }

    #[test]
    fn a_name_before_who_without_a_comma() {
        let text = "The loudest reply was a post from Harriet Quill who wrote, “The bridge is a disgrace.”";
        assert_eq!(direct(text, "a disgrace").as_deref(), Some("Harriet Quill"));
    }

    #[test]
    fn a_noun_of_speech_before_a_colon_or_comma() {
        let text = "Harriet Quill spoke after the vote. Quill delivered a sharp retort: “No one is cancelling the bridge.”";
        assert_eq!(
            direct(text, "cancelling the bridge").as_deref(),
            Some("Harriet Quill")
        );
        let text = "After the flood, Harriet Quill issued a statement, “Last night our town was hit hard.”";
        assert_eq!(
            direct(text, "our town was hit").as_deref(),
            Some("Harriet Quill")
        );
    }

    #[test]
    fn a_surname_spelt_like_a_modal() {
        let text =
            "Harriet Will writes a column. “The bridge is a reminder of better days,” Will wrote.";
        assert_eq!(direct(text, "better days").as_deref(), Some("Harriet Will"));
        let text = "Harriet Quill spoke. Quill has since said: “The bridge will open.”";
        assert_eq!(
            direct(text, "bridge will open").as_deref(),
            Some("Harriet Quill")
        );
    }

    #[test]
    fn an_inverted_cue_after_the_reported_words_and_a_comma() {
        let text = "Harriet Quill ran the count. The board set the date, explained Quill, “with the vote over by May.”";
        assert_eq!(
            direct(text, "over by May").as_deref(),
            Some("Harriet Quill")
        );
    }

    #[test]
    fn an_adverb_between_commas_after_the_subject() {
        let text = "Owen Tarrant wrote to the board. Tarrant, however, argued that “the bridge is unsafe,” citing a report.";
        assert_eq!(
            direct(text, "bridge is unsafe").as_deref(),
            Some("Owen Tarrant")
        );
        // a phrase that is no speaker before the adverb: nobody
        let text = "A look at the new bridges, however, suggests that “the money was well spent.”";
        assert_eq!(direct(text, "well spent"), None);
    }

    #[test]
    fn a_participle_after_a_comma_inside_a_closing_mark() {
        let text =
            "Harriet Quill needled the “expert,” saying, “An expert who never visits the site!”";
        assert_eq!(
            direct(text, "never visits").as_deref(),
            Some("Harriet Quill")
        );
    }

    #[test]
    fn the_writer_and_a_second_verb() {
        let text = "My aunt was driving. I laughed and said, “Nobody believes that any more.”";
        assert_eq!(
            direct(text, "Nobody believes").as_deref(),
            Some("the writer")
        );
    }

    #[test]
    fn one_of_a_group_after_an_inverted_cue() {
        let text = "The count went on. “There is no path left for Quill,” said one of those advisers, who spoke on condition of anonymity.";
        assert_eq!(
            direct(text, "no path left").as_deref(),
            Some("one of those advisers")
        );
    }

    #[test]
    fn an_opening_adverb_phrase_before_the_subject() {
        let text = "Immediately after the flood, Harriet Quill issued a statement, “Our town was hit hard.”";
        assert_eq!(
            direct(text, "town was hit").as_deref(),
            Some("Harriet Quill")
        );
    }

    #[test]
    fn a_document_continues() {
        let text =
            "Owen Tarrant wrote to the board. The letter continues: “Please explain the delay.”";
        assert_eq!(direct(text, "explain the delay").as_deref(), Some("letter"));
    }

    #[test]
    fn an_organisation_before_a_title_is_no_clause_subject() {
        let text = "The Pentagon spokesman met the lawyers and said, “We will not sell.”";
        assert_eq!(
            direct(text, "will not sell").as_deref(),
            Some("Pentagon spokesman")
        );
    }

    #[test]
    fn in_the_past_between_the_subject_and_the_verb() {
        let text = "Owen Tarrant spoke on Monday. Tarrant, who has in the past described the mayor as “a menace to the city,” said he would not vote.";
        assert_eq!(direct(text, "a menace").as_deref(), Some("Owen Tarrant"));
    }

    #[test]
    fn a_short_object_of_taking_a_side() {
        let text = "Harriet Quill backed the levy, while Owen Tarrant voted against it.";
        assert_eq!(indirect(text, "the levy").as_deref(), Some("Harriet Quill"));
        let text = "Owen Tarrant spoke at the mill. Both of his senators strongly supported him.";
        let a = analyze_text(text, None);
        assert!(a.quotes.iter().any(|q| q.text == "him"), "{:?}", a.quotes);
        // not a verb of speech with a short object ("announced the deal" stays unread)
        let text = "Harriet Quill announced the deal.";
        let a = analyze_text(text, None);
        assert!(
            a.quotes.iter().all(|q| q.text != "the deal"),
            "{:?}",
            a.quotes
        );
    }

    #[test]
    fn finding_oneself_somewhere_is_no_finding() {
        let text = "The Valley Bank has found itself at the centre of the town's debt crisis.";
        let a = analyze_text(text, None);
        assert!(a.quotes.is_empty(), "{:?}", a.quotes);
    }

    #[test]
    fn a_phrase_after_a_quotations_cue_is_no_clause() {
        let text = "\u{201c}The toll is fair,\u{201d} Harriet Quill said, in a nod to the farmers at the mill.";
        let a = analyze_text(text, None);
        assert!(
            a.quotes.iter().all(|q| !q.text.contains("nod")),
            "{:?}",
            a.quotes
        );
        let text =
            "\u{201c}Is the toll fair?\u{201d} Harriet Quill asked, a hint of doubt in her voice.";
        let a = analyze_text(text, None);
        assert!(
            a.quotes.iter().all(|q| !q.text.contains("hint")),
            "{:?}",
            a.quotes
        );
    }

    #[test]
    fn more_plural_nouns_speak_as_groups() {
        let text = "Owen Tarrant met the board. Companies say the toll would hurt the mill.";
        assert_eq!(
            indirect(text, "the toll would hurt").as_deref(),
            Some("Companies")
        );
        let text = "Owen Tarrant met the board. Others say the toll is fair.";
        assert_eq!(
            indirect(text, "the toll is fair").as_deref(),
            Some("Others")
        );
    }

    #[test]
    fn a_subject_with_a_modifier_before_its_verb() {
        let text = "Owen Tarrant spoke at the mill. Farmers trying to keep the old bridge open say the toll is too high.";
        assert_eq!(
            indirect(text, "the toll is too high").as_deref(),
            Some("Farmers")
        );
        let text = "Owen Tarrant spoke at the mill. Farmers at the mill in Leeds said the toll is too high.";
        assert_eq!(
            indirect(text, "the toll is too high").as_deref(),
            Some("Farmers")
        );
        // a past verb of speech after the name is its own verb, not a modifier
        let text = "Harriet Quill cited disparaging remarks the mayor had made about the mill.";
        let a = analyze_text(text, None);
        assert!(
            a.quotes
                .iter()
                .all(|q| !q.text.starts_with("the mayor had made")),
            "{:?}",
            a.quotes
        );
    }

    #[test]
    fn contractions_and_expectations_open_clauses() {
        let text = "Owen Tarrant thinks he\u{2019}s the best man for the mill.";
        assert_eq!(
            indirect(text, "the best man").as_deref(),
            Some("Owen Tarrant")
        );
        let text = "Harriet Quill knows they\u{2019}re being watched by the council.";
        assert_eq!(
            indirect(text, "being watched").as_deref(),
            Some("Harriet Quill")
        );
        let text = "Harriet Quill expects the council to approve the toll.";
        assert_eq!(
            indirect(text, "the council to approve").as_deref(),
            Some("Harriet Quill")
        );
    }

    #[test]
    fn where_and_to_whom_something_was_said_is_no_content() {
        for text in [
            "\u{201c}The toll is fair,\u{201d} Owen Tarrant wrote on Facebook.",
            "\u{201c}The toll is fair,\u{201d} Owen Tarrant insisted to the gathered cameras.",
            "The council voted on the toll in November.",
        ] {
            let a = analyze_text(text, None);
            assert!(
                a.quotes.iter().all(|q| q.kind != QuoteKind::Indirect),
                "{text}: {:?}",
                a.quotes
            );
        }
        // (what one responds to is still read)
        let text = "Harriet Quill did not respond to a request for comment.";
        assert_eq!(
            indirect(text, "a request for comment").as_deref(),
            Some("Harriet Quill")
        );
    }

    #[test]
    fn a_participle_after_a_cue_between_commas_is_about_the_saying() {
        let text =
            "Owen Tarrant sold lemonade at the mill. Sales were great, he said, wiping his face.";
        assert_eq!(
            indirect(text, "Sales were great").as_deref(),
            Some("Owen Tarrant")
        );
        let a = analyze_text(text, None);
        assert!(
            a.quotes.iter().all(|q| !q.text.contains("wiping")),
            "{:?}",
            a.quotes
        );
        let text =
            "Harriet Quill met the council. The toll is fair, she said, asked about the vote.";
        assert_eq!(
            indirect(text, "The toll is fair").as_deref(),
            Some("Harriet Quill")
        );
    }

    #[test]
    fn a_dash_after_a_cue_ends_the_report() {
        let text = "Owen Tarrant spoke at the mill. The toll will rise, officials said \u{2014} a blow to the farmers.";
        assert_eq!(
            indirect(text, "The toll will rise").as_deref(),
            Some("officials")
        );
        let text = "Owen Tarrant met the council. Such a toll could hurt the mill, his allies believe \u{2014} a mill he needs.";
        assert_eq!(
            indirect(text, "could hurt the mill").as_deref(),
            Some("his allies")
        );
    }
}
