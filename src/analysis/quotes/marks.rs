//! Quotation marks and the direct quotations they enclose: pairing marks (curly, straight,
//! doubled apostrophes), telling quotations from titles and scare quotes, transcript turns.

use super::*;

impl<'a, 't> Reader<'a, 't> {
    /// Finds the pairs of quotation marks of every paragraph, in text order.
    pub(super) fn find_marks(&self) -> Vec<Marks> {
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
    pub(super) fn is_abbreviation_dot(&self, k: usize) -> bool {
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
    pub(super) fn is_double_apostrophe(&self, k: usize) -> bool {
        let doc = self.doc;
        doc.tok(k) == "'"
            && doc.tok(k + 1) == "'"
            && doc.tokens[k].span.end == doc.tokens[k + 1].span.start
    }

    pub(super) fn content_span(&self, m: Marks) -> Option<Span> {
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

    /// Direct quotes with their speakers.
    pub(super) fn direct_quotes(&mut self) -> Vec<(Span, Option<Cue>)> {
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
    pub(super) fn transcript_turn(&mut self, k: usize) -> Option<(usize, Option<Cue>)> {
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
    pub(super) fn word_before_mark(&self, open: usize) -> Option<(usize, &'a str)> {
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
    pub(super) fn names_something(&self, m: Marks, span: Span) -> bool {
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
    pub(super) fn is_scare_quote(&self, m: Marks, span: Span) -> bool {
        let text = span.slice(self.doc.text);
        let range = self.sentence_range(m.open);
        m.open > range.start
            && text.split_whitespace().nth(3).is_none()
            && !text.contains(['?', '!'])
            && !has_inner_sentence(text)
    }

    /// True when tokens `a` and `b` are in the same sentence.
    pub(super) fn same_sentence(&self, a: usize, b: usize) -> bool {
        let s = |k: usize| self.doc.tokens.get(k).map(|t| t.sentence);
        s(a).is_some() && s(a) == s(b)
    }

    /// True when the mark at token `k` is a straight quote right after `=`: an attribute value
    /// in markup left in the text (`author="@someone"`), not a quotation.
    pub(super) fn is_attribute_value(&self, k: usize) -> bool {
        let doc = self.doc;
        k > 0 && doc.tok(k - 1) == "=" && doc.tokens[k - 1].span.end == doc.tokens[k].span.start
    }

    /// True when the sentence of the quote has a reporting verb of its own outside quotation
    /// marks ("“…,” Roe said"), even one whose speaker is unknown: then the quote is not the
    /// previous speaker's.
    pub(super) fn has_own_cue_verb(&self, m: Marks) -> bool {
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
}
