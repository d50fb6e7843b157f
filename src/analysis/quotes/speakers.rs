//! Who speaks: the subject of a cue verb, appositives ("X, a spokesman, said"), described and
//! unnamed speakers ("a senior official", "officials"), relative clauses and parentheticals.

use super::*;
use crate::analysis::lexicon::is_determiner;

impl<'a, 't> Reader<'a, 't> {
    /// The speaker mention ending right before token `v` (a reporting verb): "Heydari said",
    /// "he added", "Nasser Kanaani, a spokesman, said", "Sen. Jane Roe (D-Vt.), who backs the
    /// bill, said", "officials said"; for a participle ("…, saying"), the clause's subject.
    pub(super) fn subject_before(&mut self, v: usize, floor: usize) -> Option<usize> {
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
        // "X offered a job, then says …": a second verb of the clause's subject
        if k < v && k > floor + 1 && self.lower(k) == "then" && doc.tok(k - 1) == "," {
            return self.clause_subject(v, floor);
        }
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
            // "“…,” it reads": a document's verb, so the document named before speaks
            if p + 1 == v && self.is_it_document_verb(v) {
                if let Some(a) = self.document_before(p) {
                    return Some(a);
                }
            }
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

    /// The document that "it" at token `p` stands for: the last document noun after a
    /// determiner in the sentence or the two before ("The letter cited … “…,” it reads"), with
    /// no name on it ("the Washington Post"). Made into an unnamed actor that gets "it" as a
    /// mention.
    pub(super) fn document_before(&mut self, p: usize) -> Option<usize> {
        let doc = self.doc;
        let s = doc.tokens.get(p)?.sentence;
        let floor = doc.sentence_tokens(s.saturating_sub(2)).start;
        let n = (floor..p).rev().find(|&j| {
            doc.has(j, Facts::LOWER_INITIAL)
                && document_nouns().contains(self.lower(j))
                && self.found.mention_overlapping(doc.tokens[j].span).is_none()
                && (j.saturating_sub(3).max(floor)..j).rev().any(|d| {
                    is_determiner(self.lower(d))
                        && (d + 1..j).all(|w| doc.tokens[w].kind == TokenKind::Word)
                })
        })?;
        let start = doc.sentence_tokens(doc.tokens[n].sentence).start;
        let a = self.unnamed_speaker_ending_at(n + 1, start)?;
        if self.found.actors[a].kind == ActorKind::Other {
            self.found
                .add_mention(a, doc.tokens[p].span, MentionVia::Pronoun);
            return Some(a);
        }
        None
    }

    /// "Democrats trying to win back the Senate say", "Farmers at the mill in Leeds said": a
    /// subject opening the sentence (a name, or a group noun after at most three modifiers)
    /// and a short modifier after it before the verb at `v`: a participle or a preposition
    /// and its phrase, with no comma, conjunction, clause opener or other verb of speech.
    pub(super) fn modified_subject(&mut self, v: usize, floor: usize) -> Option<usize> {
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
    pub(super) fn document_before_participle(&mut self, k: usize, floor: usize) -> Option<usize> {
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
    pub(super) fn title_subject_ending_at(&mut self, k: usize, floor: usize) -> Option<usize> {
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
        // (or after an opening phrase: "One month after the vote, Jane Roe still believes
        // …": the person right after its comma, before a lower-case word)
        let a = self.actor_starting_at_token(f).or_else(|| {
            let c = (f..r.end.min(f + 20)).find(|&j| doc.tok(j) == ",")?;
            let a = self.actor_starting_at_token(c + 1)?;
            let e = self.mention_end_token(c + 1);
            (self.found.actors[a].kind == ActorKind::Person
                && e < r.end
                && doc.has(e, Facts::LOWER_INITIAL))
            .then_some(a)
        })?;
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
    pub(super) fn group_phrase_noun_end(&self, k: usize, floor: usize) -> Option<usize> {
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
    pub(super) fn appositive_head(&mut self, close: usize, floor: usize) -> Option<usize> {
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
    pub(super) fn object_of_preposition(&self, k: usize) -> bool {
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
    pub(super) fn opens_description(&self, j: usize) -> bool {
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
    pub(super) fn person_before_of(&self, k: usize, floor: usize) -> Option<usize> {
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
    pub(super) fn relative_subject(&mut self, w: usize, floor: usize) -> Option<usize> {
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
    pub(super) fn described_speaker_ending_at(&mut self, k: usize, floor: usize) -> Option<usize> {
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
                // "the Obama administration", "the Trump campaign": a person's name
                // qualifying the head after an article, as a noun does
                let kind = self.found.actors[a].kind;
                let qualifier = kind == ActorKind::Person
                    && first == "the"
                    && m.end < doc.tokens[n].span.start
                    && doc.has(doc.token_at_or_after(m.end), Facts::LOWER_INITIAL);
                let named = matches!(kind, ActorKind::Person | ActorKind::Place)
                    && !(self.owns_after(m) && m.end < doc.tokens[n].span.start)
                    && !(j == b && POSSESSIVES.contains(&l));
                if named && !qualifier {
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
    pub(super) fn owns_after(&self, m: Span) -> bool {
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
    pub(super) fn unnamed_actor(
        &mut self,
        span: Span,
        kind: ActorKind,
        articles: &[&str],
    ) -> usize {
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
    pub(super) fn writer(&mut self, span: Span) -> usize {
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
    pub(super) fn skip_back_adverbs(&self, v: usize, floor: usize) -> usize {
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
    pub(super) fn is_name_mention(&self, k: usize) -> bool {
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
    pub(super) fn is_ly_adverb(&self, k: usize) -> bool {
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
    pub(super) fn skip_back_parenthetical(&self, k: usize, floor: usize) -> usize {
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
    pub(super) fn is_spaced_dash(&self, k: usize) -> bool {
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
    pub(super) fn skip_back_dashes(&self, k: usize, floor: usize) -> usize {
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
    pub(super) fn after_honorific(&self, k: usize) -> Option<usize> {
        let doc = self.doc;
        doc.has(k, Facts::HONORIFIC)
            .then(|| if doc.tok(k + 1) == "." { k + 2 } else { k + 1 })
    }

    /// The actor of a mention starting exactly at token `k`, without creating unnamed actors.
    pub(super) fn actor_starting_at_token(&self, k: usize) -> Option<usize> {
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
    pub(super) fn is_participle_cue(&self, v: usize) -> bool {
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
    pub(super) fn clause_subject(&mut self, v: usize, floor: usize) -> Option<usize> {
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
                let modifier = matches!(kind, ActorKind::Organization | ActorKind::Place)
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
        // "The Florida senator sought …, saying": a description by a title opening the
        // clause, for the person the sentence before is about
        if self.lower(s) == "the" {
            let head = (s + 1..v.min(s + 6))
                .take_while(|&j| doc.tokens[j].kind == TokenKind::Word && !self.is_cue_verb(j))
                .find(|&j| {
                    // (not one who speaks for someone else: "the spokesman")
                    doc.has(j, Facts::LOWER_INITIAL)
                        && !doc.has(j, Facts::GROUP_NOUN | Facts::ANONYMOUS)
                        && (doc.has(j, Facts::TITLE)
                            || self.lex.speaker_nouns.contains_key(self.lower(j)))
                });
            if let Some(a) = head.and_then(|j| self.title_subject_ending_at(j + 1, s)) {
                return Some(a);
            }
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
    pub(super) fn owned_subject(&mut self, m: Span, s: usize, v: usize) -> Option<usize> {
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
    pub(super) fn actor_ending_at(&self, k: usize) -> Option<usize> {
        let prev = self.doc.tokens.get(k.checked_sub(1)?)?;
        let (span, a) = self.found.mention_overlapping(prev.span)?;
        (span.end == prev.span.end).then_some(a)
    }

    /// The actor of a mention starting at token `k` (after an optional "the").
    pub(super) fn actor_starting_at(&mut self, k: usize) -> Option<usize> {
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
            // "said pollster Frank Luntz", "said conservative activist Bob Klaus": the noun is
            // the role of the person named after it
            if self.doc.has(end, Facts::GROUP_NOUN | Facts::ANONYMOUS) {
                if let Some(a) = self
                    .actor_starting_at_token(end + 1)
                    .filter(|&a| self.found.actors[a].kind == ActorKind::Person)
                {
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
    pub(super) fn unnamed_speaker_ending_at(&mut self, k: usize, floor: usize) -> Option<usize> {
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
        let mut owned = false;
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
            // ("whether candidates", "even some technologists": not a modifier)
            let opener = matches!(
                l,
                "whether" | "even" | "though" | "although" | "none" | "if" | "when" | "why" | "how"
            );
            if !ok || opener || doc.has(p, Facts::REPORTING) {
                owned = possessive_s;
                break;
            }
            start = p;
            if owner || matches!(l, "a" | "an") {
                break;
            }
        }
        // "Roe’s campaign manager": a description with its owner, which tells one campaign
        // manager from another ([`Reader::described_speaker_ending_at`])
        if owned {
            return self.owned_unnamed_speaker(start, n, kind);
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
        // (also of the whole group: "most of the candidates", "a number of the readers")
        if start >= floor + 3
            && self.lower(start - 1) == "the"
            && self.lower(start - 2) == "of"
            && words().shares.contains(self.lower(start - 3))
        {
            start -= 1;
        }
        if start >= floor + 2
            && self.lower(start - 1) == "of"
            && words().shares.contains(self.lower(start - 2))
            && (!doc.has(start - 2, Facts::CAP) || start - 2 == floor)
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

    /// "Mr. Rubio’s advisers", "Trump’s campaign": the unnamed speaker whose noun phrase runs
    /// from token `start` to token `n` after a named owner's possessive. The actor is keyed
    /// and named with its owner ("Trump’s campaign", not any campaign) and gets the words
    /// after the possessive as a mention; the owner keeps its own. `None` when no name owns
    /// the phrase ("the prime minister’s spokesman" is a description).
    fn owned_unnamed_speaker(&mut self, start: usize, n: usize, kind: ActorKind) -> Option<usize> {
        let doc = self.doc;
        let owner_last = start.checked_sub(3)?;
        let (m, _) = self
            .found
            .mention_overlapping(doc.tokens[owner_last].span)?;
        let mut first = doc.token_at_or_after(m.start);
        // (the honorific the mention leaves out: "Mr. Rubio’s advisers")
        if first >= 2 && doc.tok(first - 1) == "." && doc.has(first - 2, Facts::HONORIFIC) {
            first -= 2;
        } else if first >= 1 && doc.has(first - 1, Facts::HONORIFIC) {
            first -= 1;
        }
        // ("one of Roe’s aides", "some of Roe’s allies": a part of the group, which a
        // description reads)
        if first > 0 && self.lower(first - 1) == "of" {
            return None;
        }
        let span = Span::new(doc.tokens[first].span.start, doc.tokens[n].span.end);
        let a = self.unnamed_actor(span, kind, &[]);
        let rest = Span::new(doc.tokens[start].span.start, doc.tokens[n].span.end);
        self.found.add_mention(a, rest, MentionVia::Name);
        Some(a)
    }

    /// "said the woman, who …", "said one Democrat familiar with the talks": a person
    /// described rather than named, in the phrase starting at token `s` after an inverted cue
    /// and ending before token `end`. Its head is a noun for a person (the described-heads
    /// list) after at most three modifiers that name no person or place, and a comma, the
    /// sentence's end or a lower-case word follows it. Made into an unnamed `other` actor.
    pub(super) fn inverted_described_speaker(&mut self, s: usize, end: usize) -> Option<usize> {
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
}
