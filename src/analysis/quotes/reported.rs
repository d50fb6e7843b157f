//! Reported speech: clauses after a verb of saying ("X said the talks…"), "according to X",
//! stances with their objects ("X rejected the plan"), passives ("was denied by X").

use super::*;

impl<'a, 't> Reader<'a, 't> {
    /// Indirect quotes: "X said (that) CLAUSE", "According to X, CLAUSE", "CLAUSE, X said."
    pub(super) fn indirect_quotes(&mut self, direct: &[Span]) -> Vec<(Span, Cue)> {
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
    pub(super) fn may_open_indirect(&self, v: usize) -> bool {
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
    pub(super) fn labelled_turn(
        &mut self,
        s: usize,
        direct: &[Span],
    ) -> Option<((Span, Cue), usize)> {
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

    pub(super) fn according_to(
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
    pub(super) fn according_to_source(&mut self, k: usize, end: usize) -> Option<usize> {
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

    pub(super) fn reported_clause(
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
                // (the phrase goes on after the speaker's noun: "one GOP source"; a compound
                // to its last noun: "the campaign manager")
                let speaker_noun = |j: usize| doc.has(j, Facts::GROUP_NOUN | Facts::ANONYMOUS);
                let head_end = (v + 1..(v + 5).min(range.end))
                    .find(|&j| speaker_noun(j))
                    .map(|j| {
                        let mut e = j + 1;
                        while e < range.end && speaker_noun(e) && doc.has(e, Facts::LOWER_INITIAL) {
                            e += 1;
                        }
                        e
                    })
                    .unwrap_or_else(|| self.mention_end_token(v + 1));
                // (or the noun ends the sentence: "…, said the plant manager.")
                let ends_sentence =
                    head_end + 1 == range.end && matches!(doc.tok(head_end), "." | "!" | "?");
                if ends_sentence || self.speaker_phrase_tail(head_end, range.end) {
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
    pub(super) fn aside_after_quote(&self, c: usize, v: usize) -> bool {
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
    pub(super) fn verb_and_object(
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
                    // (not a day owning the clause's subject: "said Thursday’s vote was …")
                    let owner = matches!(self.lower(n + 1), "'s" | "’s" | "s")
                        || matches!(doc.tok(n + 1), "'" | "’");
                    let timeish = !owner && self.doc.has(n, Facts::CALENDAR)
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
    pub(super) fn object_start(&self, v: usize, lemma: &str, end: usize) -> Option<usize> {
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
        // "talked about the border", "sided with Roe": only what follows
        // the verb's own preposition is reported
        if let Some(prepositions) = words().topic_lemmas.get(lemma) {
            if !prepositions.contains(&l) {
                return None;
            }
            // ("talked about how …"; not a day: "spoke of Tuesday")
            let m = n + 1;
            let ok = !doc.has(m, Facts::CALENDAR)
                && (words().question_openers.contains(self.lower(m)) || opens(m));
            return ok.then_some(m);
        }
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
    pub(super) fn named_object(&self, start: usize, end: usize) -> Option<Span> {
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
    pub(super) fn short_object(&self, lemma: &str, start: usize, end: usize) -> Option<Span> {
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
    pub(super) fn finite_at(&self, v: usize) -> bool {
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
    pub(super) fn passive_after_adverbs(&self, v: usize, floor: usize) -> bool {
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
    pub(super) fn object_end(&self, start: usize, end: usize) -> usize {
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
    pub(super) fn stance_lemma(&self, v: usize) -> Option<&'a str> {
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
    pub(super) fn owned_stance(
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
    pub(super) fn passive_by(
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
    pub(super) fn pronoun_subject_at(&self, n: usize) -> bool {
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
    pub(super) fn document_subject(&self, v: usize, floor: usize) -> bool {
        let k = self.skip_back_adverbs(v, floor);
        k > floor && document_nouns().contains(self.lower(k - 1))
    }

    /// True when token `n` can open a reported clause after "said": a determiner, a pronoun,
    /// a name, a number or a bare noun; not a preposition or adverb ("said in a statement").
    pub(super) fn starts_clause(&self, n: usize) -> bool {
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
        // "said much of the talk was …": a share of something as the subject
        if l == "much" && self.lower(n + 1) == "of" {
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
    pub(super) fn opens_subject(&self, n: usize) -> bool {
        words().subject_openers.contains(self.lower(n))
    }

    pub(super) fn mention_end_token(&self, k: usize) -> usize {
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
    pub(super) fn sentence_tail_after(&self, k: usize, end: usize) -> Option<usize> {
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
    pub(super) fn speaker_phrase_tail(&self, k: usize, end: usize) -> bool {
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
    pub(super) fn is_tail_word(&self, j: usize) -> bool {
        words().sentence_tail.contains(self.lower(j))
            || self.doc.tokens[j].kind == TokenKind::Number
            || self.doc.has(j, Facts::CALENDAR)
    }

    /// A short tail after a cue (at most five words of [`QuoteWords::sentence_tail`], numbers
    /// or calendar words) up to a comma and a subordinate phrase ("said Friday afternoon, as
    /// they …"): the index of the comma.
    pub(super) fn tail_to_comma(&self, k: usize, end: usize) -> Option<usize> {
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
    pub(super) fn clause_end(&self, start: usize, end: usize) -> usize {
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
    pub(super) fn clause_span(&self, a: usize, b: usize, direct: &[Span]) -> Option<Span> {
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
