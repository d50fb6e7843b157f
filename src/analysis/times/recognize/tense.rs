//! The tense of the sentence around a token, to place weekdays and month names.

use super::*;

impl<'a> Recognizer<'a> {
    /// True when the verb nearest to token `j` in its sentence is a future form.
    pub(super) fn future_tense(&self, j: usize) -> bool {
        self.tense(j) == Some(true)
    }

    /// True when token `k` ends a sentence ("." not after an abbreviation).
    pub(super) fn ends_sentence(&self, k: usize) -> bool {
        match self.w(k) {
            "!" | "?" | ";" => true,
            "." => {
                let p = k.checked_sub(1).map_or("", |i| self.w(i));
                let letter =
                    (p.len() == 1 && p.bytes().all(|b| b.is_ascii_alphabetic())) || p == "vs";
                !(self.adj(k) && (letter || (self.upper(k - 1) && p.len() <= 4)))
            }
            _ => false,
        }
    }

    /// The tense around token `j`: the nearest marker before it in its sentence decides, else
    /// the nearest after it (`Some(true)` future, `Some(false)` past, `None` no marker).
    pub(super) fn tense(&self, j: usize) -> Option<bool> {
        let mut k = j;
        let mut dist = 0;
        while k > 0 && dist < 16 {
            if self.ends_sentence(k - 1) || self.line_break_before(k) {
                break;
            }
            k -= 1;
            dist += 1;
            // The verb that governs an expression usually comes before it.
            if let Some(v) = self.marker(k, j, dist) {
                return Some(v);
            }
        }
        // An expression that opens its sentence ("In January, a week after ..., a bomb
        // killed ...") is governed by the main verb, which may come after a long subject.
        let limit = if j - k <= 2 { 40 } else { 16 };
        let mut k = j + 1;
        let mut dist = 1;
        while k < self.toks.len() && dist < limit {
            if self.ends_sentence(k) || self.line_break_before(k) {
                break;
            }
            if let Some(v) = self.marker(k, j, dist + 1) {
                return Some(v);
            }
            k += 1;
            dist += 1;
        }
        None
    }

    /// True when token `k` follows a form of "be" (a participle with no tense of its own).
    fn after_be(&self, k: usize) -> bool {
        k > 0 && matches!(self.w(k - 1), "be" | "been" | "being" | "is" | "are" | "am")
    }

    /// True when token `k` follows a determiner or a degree adverb, so that an -ed word there
    /// is an adjective ("the unspecified date", "a still undisclosed sum").
    fn after_modifier(&self, k: usize) -> bool {
        k > 0
            && matches!(
                self.w(k - 1),
                "a" | "an"
                    | "the"
                    | "its"
                    | "their"
                    | "his"
                    | "her"
                    | "our"
                    | "still"
                    | "newly"
                    | "recently"
                    | "previously"
                    | "already"
                    | "yet"
            )
    }

    /// True when a past auxiliary ("had", "was", "were", "did") lies among the few tokens
    /// before `k` in the same sentence.
    fn perfect_before(&self, k: usize) -> bool {
        let mut i = k;
        let mut n = 0;
        while i > 0 && n < 6 {
            if self.ends_sentence(i - 1) || self.line_break_before(i) {
                break;
            }
            i -= 1;
            n += 1;
            if matches!(self.w(i), "had" | "was" | "were" | "did") {
                return true;
            }
        }
        false
    }

    /// True when the verb right before "until" at `k` (within three tokens: "stayed on until",
    /// "lasted well into and until") is a past form other than one of putting off.
    fn past_verb_before(&self, k: usize) -> bool {
        let mut i = k;
        while i > 0 && k - i < 3 {
            if self.ends_sentence(i - 1) || self.line_break_before(i) {
                return false;
            }
            i -= 1;
            let w = self.w(i);
            if matches!(
                w,
                "postponed"
                    | "delayed"
                    | "extended"
                    | "adjourned"
                    | "deferred"
                    | "suspended"
                    | "recessed"
                    | "moved"
                    | "pushed"
                    | "put"
                    | "set"
                    | "scheduled"
            ) {
                return false;
            }
            let past =
                matches!(
                    w,
                    "was" | "were" | "had" | "did" | "stayed" | "remained" | "lasted" | "waited"
                ) || (w.len() > 3 && w.ends_with("ed") && !self.after_be(i) && !self.upper(i));
            if past {
                return true;
            }
        }
        false
    }

    /// True when "had" or "did" comes among the few tokens after `k` in the same sentence.
    fn past_aux_after(&self, k: usize) -> bool {
        (k + 1..k + 8)
            .take_while(|&i| i < self.toks.len() && !self.ends_sentence(i))
            .any(|i| matches!(self.w(i), "had" | "did"))
    }

    /// The tense token `k` marks, seen from the expression at `j` at distance `dist`.
    fn marker(&self, k: usize, j: usize, dist: usize) -> Option<bool> {
        let w = self.w(k);
        // Most words mark no tense: only those the arms below name and the -ed forms can.
        let ed_form = w.len() > 3 && w.ends_with("ed");
        if !ed_form && !MARKER_SET.contains(w) {
            return None;
        }
        let verdict = match w {
            // "Until Thursday, they had not called him a suspect": a state that lasted
            // up to a past day.
            "until" | "till" if self.past_aux_after(k) => Some(false),
            // "he stayed until Friday": a past state that lasted up to the day; but "talks
            // were postponed until Tuesday" still looks ahead.
            "until" | "till" if self.past_verb_before(k) => Some(false),
            // "won't" is "will not", not the past of "win"
            "won" if matches!(self.w(k + 1), "'" | "’") && self.is(k + 2, "t") => Some(true),
            "will" | "ll" | "shall" | "would" | "tomorrow" | "scheduled" | "slated"
            | "expected" | "expects" | "upcoming" | "payable" | "effective" | "due" | "until"
            | "till" | "expire" | "expires" | "soon" | "begin" | "begins" | "resume" => Some(true),
            // "plans to leave", not "the plans"; "planned to leave on Thursday" looks ahead too
            // "protesters planned a large rally on Saturday": the plan is for a day ahead
            "plans" | "plan" | "planning" | "planned" | "intends" | "intend" | "intended"
                if self.is(k + 1, "to")
                    || (matches!(w, "plans" | "planned" | "planning")
                        && matches!(self.w(k + 1), "a" | "an")) =>
            {
                Some(true)
            }
            // "talks end by Friday", but "they had filed by Wednesday"
            "by" if dist == 1 && k < j && !self.perfect_before(k) => Some(true),
            "early" if k > 0 && self.is(k - 1, "as") => Some(true),
            "said" | "says" | "was" | "were" | "had" | "did" | "told" | "ago" | "yesterday"
            | "came" | "went" | "took" | "made" | "met" | "gave" | "began" | "won" | "lost"
            | "fell" | "rose" | "saw" | "left" | "earlier" | "since" => Some(false),
            // irregular past forms (not after "is", "be": "when the case is heard in May")
            "sold" | "bought" | "paid" | "held" | "led" | "thought" | "brought" | "fought"
            | "caught" | "sought" | "wrote" | "spoke" | "became" | "got" | "found" | "knew"
            | "grew" | "drew" | "threw" | "chose" | "struck" | "stood" | "kept" | "felt"
            | "meant" | "sent" | "spent" | "built" | "heard" | "ran"
                if !self.after_be(k) =>
            {
                Some(false)
            }
            "going" if self.is(k + 1, "to") => Some(true),
            // "the vote is to be held", "talks are to resume"; "the game is set for Saturday"
            "is" | "are" if self.is(k + 1, "to") => Some(true),
            "set" if self.after_be(k) && (self.is(k + 1, "for") || self.is(k + 1, "to")) => {
                Some(true)
            }
            // "its record high set on Aug. 6": a participle after a noun, the date of a past
            // event (a plan is "set for" a day)
            "set"
                if !self.after_be(k)
                    && self.is(k + 1, "on")
                    && k > 0
                    && self.kind(k - 1) == Some(Kind::Word)
                    && !matches!(
                        self.w(k - 1),
                        "to" | "will"
                            | "would"
                            | "could"
                            | "may"
                            | "might"
                            | "can"
                            | "should"
                            | "must"
                    ) =>
            {
                Some(false)
            }
            // a participle after a form of "be" carries no tense of its own; an -ed word
            // after a determiner or a degree adverb is an adjective ("the unspecified date")
            _ if w.len() > 3
                && w.ends_with("ed")
                && !self.after_be(k)
                && !self.after_modifier(k)
                && !self.upper(k)
                && !matches!(
                    w,
                    "indeed" | "proceed" | "exceed" | "succeed" | "speed" | "need" | "seed"
                ) =>
            {
                Some(false)
            }
            _ => None,
        };
        // "had been scheduled", "was due": a plan in the past.
        let perfect = (1..=3).any(|b| k >= b && matches!(self.w(k - b), "had" | "been"));
        match verdict {
            Some(true) if perfect => Some(false),
            v => v,
        }
    }
}

/// Every word an arm of [`Recognizer::marker`] names (sorted); any other word marks a tense
/// only as an -ed form.
const MARKER_WORDS: &[&str] = &[
    "ago",
    "are",
    "became",
    "began",
    "begin",
    "begins",
    "bought",
    "brought",
    "built",
    "by",
    "came",
    "caught",
    "chose",
    "did",
    "drew",
    "due",
    "earlier",
    "early",
    "effective",
    "expected",
    "expects",
    "expire",
    "expires",
    "fell",
    "felt",
    "fought",
    "found",
    "gave",
    "going",
    "got",
    "grew",
    "had",
    "heard",
    "held",
    "intend",
    "intended",
    "intends",
    "is",
    "kept",
    "knew",
    "led",
    "left",
    "ll",
    "lost",
    "made",
    "meant",
    "met",
    "paid",
    "payable",
    "plan",
    "planned",
    "planning",
    "plans",
    "ran",
    "resume",
    "rose",
    "said",
    "saw",
    "says",
    "scheduled",
    "sent",
    "set",
    "shall",
    "since",
    "slated",
    "sold",
    "soon",
    "sought",
    "spent",
    "spoke",
    "stood",
    "struck",
    "thought",
    "threw",
    "till",
    "told",
    "tomorrow",
    "took",
    "until",
    "upcoming",
    "was",
    "went",
    "were",
    "will",
    "won",
    "would",
    "wrote",
    "yesterday",
];

/// [`MARKER_WORDS`] as a hash set.
static MARKER_SET: WordSet = WordSet::new(MARKER_WORDS);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marker_words_are_sorted_and_found() {
        assert!(MARKER_WORDS.windows(2).all(|p| p[0] < p[1]));
        assert!(MARKER_WORDS.iter().all(|w| MARKER_SET.contains(w)));
        assert!(!MARKER_SET.contains("government"));
    }
}
