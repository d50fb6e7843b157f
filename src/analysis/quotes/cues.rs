//! The cue of a direct quotation: before it, after it ("…," X said), in the next or previous
//! sentence, after a colon, or carried over from the quotation before.

use super::*;

impl<'a, 't> Reader<'a, 't> {
    /// The reporting verb nearest before the opening mark in the same sentence, with its
    /// subject, and the number of tokens between the verb and the mark.
    pub(super) fn cue_before(
        &mut self,
        open: usize,
        own: Span,
        quotes: &[Span],
    ) -> Option<(Cue, usize)> {
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
                || (near && self.is_document_cue(v));
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
    pub(super) fn inverted_cue_before(&self, open: usize, start: usize) -> Option<Cue> {
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
    pub(super) fn speech_cue_before(&mut self, v: usize, floor: usize) -> Option<Cue> {
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
    pub(super) fn opening_phrase_end(&self, start: usize, limit: usize) -> usize {
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
    pub(super) fn is_finite_verb(&self, v: usize) -> bool {
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
    pub(super) fn progressive_be(&self, v: usize) -> Option<usize> {
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
    pub(super) fn cue_after(&mut self, close: usize) -> Option<Cue> {
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
                let signs = end >= doc.tokens.len()
                    || doc.paragraph_of_token(end) != doc.paragraph_of_token(k)
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
            // "said a Pentagon official": a name after the article that qualifies a noun for
            // a speaker is not who speaks; the whole phrase is
            let qualifier = s > k + 1
                && self.actor_starting_at_token(s).is_some()
                && doc.has(
                    self.mention_end_token(s),
                    Facts::GROUP_NOUN | Facts::ANONYMOUS,
                )
                && doc.has(self.mention_end_token(s), Facts::LOWER_INITIAL);
            let mut speaker = if qualifier {
                self.actor_starting_at(k + 1)
            } else {
                self.actor_starting_at(s)
                    .or_else(|| self.actor_starting_at(k + 1))
            };
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
                || (v < k + 6 && (self.is_document_cue(v) || self.is_put_it(v)))
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
    pub(super) fn subject_after_conjunction(&self, v: usize, floor: usize) -> bool {
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
    pub(super) fn continues_sentence(&self, k: usize) -> bool {
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
    pub(super) fn in_later_sentence(&self, cue: Span, close: usize) -> bool {
        let doc = self.doc;
        doc.tokens
            .get(close)
            .and_then(|t| doc.sentences.get(t.sentence))
            .is_some_and(|s| cue.start >= s.span.end)
    }

    /// A quote with no cue of its own carries on the speech of the quote before it when it
    /// starts its sentence or paragraph right after that quote ("“A,” he said. “B.”"), or when
    /// the previous paragraph's quote ran on into this one, or after "X said:".
    pub(super) fn carried_over(
        &mut self,
        m: Marks,
        prev: Option<(Marks, Option<Cue>)>,
    ) -> Option<Cue> {
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
            let p_para = doc.paragraph_of_token(p.open);
            let m_para = doc.paragraph_of_token(m.open);
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
    pub(super) fn other_person_opens_sentence_between(
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
    pub(super) fn cue_of_paragraph_before(&mut self, m: Marks, last: usize) -> Option<Cue> {
        let doc = self.doc;
        let own = doc.paragraph_of_token(m.open)?;
        // the quote runs to the end of its paragraph, which it opens or which the reporting
        // sentence opens
        let same = doc.paragraph_of_token(last) == Some(own);
        let whole = (same
            || own
                .checked_sub(1)
                .is_some_and(|before| doc.paragraph_of_token(last) == Some(before)))
            && (!m.closed
                || doc.paragraph_of_token(m.close + 1) != Some(own)
                || m.close + 1 >= doc.tokens.len());
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
    pub(super) fn cue_in_next_sentence(&mut self, close: usize, next: usize) -> Option<Cue> {
        let doc = self.doc;
        let first = doc.tokens.get(next)?;
        if doc.paragraph_of_token(next) != doc.paragraph_of_token(close)
            || first.kind != TokenKind::Word
        {
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
    pub(super) fn colon_cue(&mut self, open: usize) -> Option<Cue> {
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
    pub(super) fn cue_ending_sentence(&mut self, last: usize, open: usize) -> Option<Cue> {
        let doc = self.doc;
        if doc.paragraph_of_token(last) != doc.paragraph_of_token(open) {
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
    pub(super) fn only_speaker_between(&self, close: usize, open: usize, a: usize) -> bool {
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
    pub(super) fn only_quotes_between(&self, close: usize, open: usize) -> bool {
        open > close && open - close <= 14
    }
}
