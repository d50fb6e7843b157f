//! Coreference: pronouns and descriptions ("the minister", "the ministry") linked to the actors
//! named before them. Surnames and possessives of names are linked by [`super::actors`].
//!
//! Pronouns go to the most recent person of a compatible gender within the last few sentences;
//! descriptions to the most recent actor whose role or name holds the noun. Both are read in
//! text order, so a resolved pronoun is itself an antecedent for the next.

use super::actors::Found;
use super::lexicon::{Facts, Gender, Lexicon};
use super::model::{ActorKind, MentionVia, Span};
use super::segment::{Document, TokenKind};

/// The gender told by a speaker noun ("businessman"; `Some(None)` when it tells none), or
/// `None` when the word is not one.
fn speaker_noun(word: &str) -> Option<Option<Gender>> {
    Lexicon::get().speaker_nouns.get(word).copied()
}

/// How many sentences back a pronoun may look for its antecedent.
const PRONOUN_WINDOW: usize = 3;

/// How far back, in bytes, a description ("the minister") may look for its actor.
const DESCRIPTION_WINDOW_BYTES: usize = 6000;

fn pronoun_gender(word: &str) -> Option<Gender> {
    match word {
        "he" | "him" | "his" | "himself" => Some(Gender::Male),
        "she" | "her" | "hers" | "herself" => Some(Gender::Female),
        _ => None,
    }
}

/// Adds to `found` the mentions that refer back to its actors.
pub fn resolve(doc: &Document, found: &mut Found) {
    for i in 0..doc.tokens.len() {
        let t = doc.tokens[i];
        if t.kind != TokenKind::Word {
            continue;
        }
        // (bytes, not a `str` slice: most words are passed over on their first byte)
        let text = doc.text.as_bytes();
        let first = text.get(t.span.start).copied().unwrap_or(b'A');
        // every word acted on below starts with h, s, t or i
        if first.is_ascii() && !matches!(first.to_ascii_lowercase(), b'h' | b's' | b't' | b'i') {
            continue;
        }
        if !(first.is_ascii_lowercase()
            || matches!(
                text.get(t.span.start..t.span.end).unwrap_or(&[]),
                b"He" | b"His" | b"Him" | b"She" | b"Her" | b"Hers" | b"The" | b"It" | b"They"
            ))
        {
            continue;
        }
        let l = doc.low(i);
        if let Some(g) = pronoun_gender(l) {
            resolve_pronoun(doc, found, i, g);
        } else if l == "the" {
            resolve_description(doc, found, i);
        } else if matches!(l, "it" | "they") && before_cue(doc, i + 1) {
            resolve_collective(doc, found, i, l == "they");
        }
    }
}

/// Where the search for the antecedent of the pronoun at token `i` stops: the start of the
/// sentence [`PRONOUN_WINDOW`] sentences back, or of the last sentence of the previous
/// paragraph when that is further (a long quotation of several sentences sits between
/// "Roe said." and "he added").
fn window_start(doc: &Document, i: usize) -> usize {
    let s = doc.tokens[i].sentence;
    let by_sentence = doc
        .sentences
        .get(s.saturating_sub(PRONOUN_WINDOW))
        .map_or(0, |x| x.span.start);
    // the last sentence of the previous paragraph
    let para = doc.sentences.get(s).map(|x| x.paragraph);
    let mut first = s;
    while first > 0 && doc.sentences.get(first - 1).map(|x| x.paragraph) == para {
        first -= 1;
    }
    let by_paragraph = first
        .checked_sub(1)
        .and_then(|p| doc.sentences.get(p))
        .map_or(by_sentence, |x| x.span.start);
    by_sentence.min(by_paragraph)
}

fn resolve_pronoun(doc: &Document, found: &mut Found, i: usize, gender: Gender) {
    let span = doc.tokens[i].span;
    let limit = window_start(doc, i);
    let fits = |a: usize| {
        let w = &found.actors[a];
        w.kind == ActorKind::Person && w.gender.is_none_or(|g| g == gender)
    };
    // `,” he said`: the speaker of a quotation is named before it, not inside it
    if let Some(open) = quotation_closing_before(doc, i, limit) {
        if let Some((_, a)) = speaker_before_quotation(doc, found, open, limit, fits) {
            found.add_mention(a, span, MentionVia::Pronoun);
            return;
        }
    }
    let mut antecedent = found.last_mention_before(span.start, limit, |_, a| fits(a));
    // a subject pronoun goes back to a subject rather than to an owner named since, in the
    // same sentence: "Roe says she admired Coe’s courage in what she calls …" is Roe's
    if let Some((m, a)) = antecedent {
        if is_possessive(doc.text, m) && matches!(doc.low(i), "he" | "she") {
            let sentence_start = doc
                .sentences
                .get(doc.tokens[i].sentence)
                .map_or(span.start, |s| s.span.start);
            let subject = found.last_mention_before(m.start, sentence_start, |s, b| {
                b != a && fits(b) && !is_possessive(doc.text, s)
            });
            if subject.is_some() {
                antecedent = subject;
            }
        }
    }
    // a subject pronoun opening its sentence goes back to the speaker of the sentence before
    // rather than to a person named after the verb: "Roe said after meeting Coe. He …" is Roe
    if let Some((m, a)) = antecedent {
        if matches!(doc.low(i), "he" | "she") && opens_sentence(doc, i) && !is_speaker(doc, m) {
            let s = doc.tokens[i].sentence;
            let prev_start = s
                .checked_sub(1)
                .and_then(|p| doc.sentences.get(p))
                .map_or(span.start, |x| x.span.start);
            if m.start >= prev_start {
                let speaker = found.last_mention_before(m.start, prev_start, |sp, b| {
                    b != a && fits(b) && is_speaker(doc, sp)
                });
                if speaker.is_some() {
                    antecedent = speaker;
                }
            }
        }
    }
    if let Some((_, a)) = antecedent {
        found.add_mention(a, span, MentionVia::Pronoun);
        // the pronoun tells the gender of a person whose name did not
        if let Some(w) = found.actors.get_mut(a) {
            w.gender.get_or_insert(gender);
        }
    }
}

/// When a quotation closes right before token `i` (`“…,” he said`, `"…" she added`), the
/// token of its opening mark, found no further back than byte `limit`.
fn quotation_closing_before(doc: &Document, i: usize, limit: usize) -> Option<usize> {
    let close = i.checked_sub(1)?;
    let opener = match doc.tok(close) {
        "”" => "“",
        "\"" => "\"",
        _ => return None,
    };
    // (a mark closes when it touches the word before it and not the pronoun: `"He` opens)
    if close == 0
        || doc.tokens[close - 1].span.end != doc.tokens[close].span.start
        || doc.tokens[close].span.end == doc.tokens[i].span.start
    {
        return None;
    }
    (0..close)
        .rev()
        .take_while(|&k| doc.tokens[k].span.start >= limit)
        .find(|&k| doc.tok(k) == opener)
}

/// The speaker of the quotation opening at token `open`, for a pronoun after it: the first
/// person `fits` names outside quotation marks in the sentence of the opening mark, before
/// it, else in the sentence before that, and so on back to byte `limit` ("Roe, who backed
/// Coe, spoke. “Coe lost,” he said": Roe).
fn speaker_before_quotation(
    doc: &Document,
    found: &Found,
    open: usize,
    limit: usize,
    fits: impl Fn(usize) -> bool,
) -> Option<(Span, usize)> {
    let mut s = doc.tokens[open].sentence;
    let mut to = doc.tokens[open].span.start;
    loop {
        let sent = doc.sentences.get(s)?;
        let first = sent.first_token;
        let from = sent.span.start.max(limit);
        let hit = found.mentions_between(from, to).find(|&(m, a)| {
            m.end <= to && fits(a) && !inside_quotation(doc, first, sent.end_token, m.start)
        });
        if hit.is_some() || sent.span.start <= limit || s == 0 {
            return hit;
        }
        s -= 1;
        to = sent.span.start;
    }
}

/// True when byte `pos` is inside a quotation that opens and closes within the sentence
/// whose tokens are `first..end` (a mark left open at the sentence's end starts a passage
/// quoted at length, which may be the narrative itself).
fn inside_quotation(doc: &Document, first: usize, end: usize, pos: usize) -> bool {
    let mut open: Option<usize> = None;
    for k in first..end.min(doc.tokens.len()) {
        let start = doc.tokens[k].span.start;
        match (doc.tok(k), open) {
            ("“", _) | ("\"", None) => open = Some(start),
            ("”", Some(o)) | ("\"", Some(o)) => {
                if o < pos && pos < start {
                    return true;
                }
                open = None;
            }
            _ => {}
        }
    }
    false
}

/// True when token `i` is the first of its sentence.
fn opens_sentence(doc: &Document, i: usize) -> bool {
    doc.sentence_tokens(doc.tokens[i].sentence).start == i
}

/// True when the mention `m` is the speaker of a reporting verb right next to it: "Roe said",
/// "said Roe".
fn is_speaker(doc: &Document, m: Span) -> bool {
    let reporting = |k: usize| doc.has(k, Facts::REPORTING) && doc.has(k, Facts::LOWER_INITIAL);
    let first = doc.token_at_or_after(m.start);
    let after = doc.token_at_or_after(m.end);
    reporting(after) || (first > 0 && reporting(first - 1))
}

/// True when the mention `m` ends in a possessive "’s" or "'s" ("Roe’s").
fn is_possessive(text: &str, m: Span) -> bool {
    let b = text.as_bytes();
    let end = m.end;
    end >= 2
        && b.get(end - 1) == Some(&b's')
        && (b.get(end - 2) == Some(&b'\'')
            || (end >= 4 && b.get(end - 4..end - 1) == Some("’".as_bytes())))
}

/// True when a cue verb (reporting or stance) stands at token `k`, or after one auxiliary or
/// adverb there ("they also said", "it has argued", "they later rejected").
fn before_cue(doc: &Document, k: usize) -> bool {
    const CUE: u32 = Facts::REPORTING | Facts::STANCE;
    doc.has(k, CUE)
        || (matches!(
            doc.low(k),
            "also" | "have" | "has" | "had" | "would" | "will" | "did" | "still" | "later" | "now"
        ) && doc.has(k + 1, CUE))
}

/// "it said" / "they said": the organisation (for "they", also the group) named last, within
/// the pronoun window, which gets the pronoun at token `i` as a mention. Only before a cue,
/// where the speaker is what matters: coreference asks before reporting and stance verbs,
/// the quote reader again for a pronoun left alone here (a group it named itself).
pub(crate) fn resolve_collective(
    doc: &Document,
    found: &mut Found,
    i: usize,
    plural: bool,
) -> Option<usize> {
    let span = doc.tokens[i].span;
    let limit = window_start(doc, i);
    let (_, a) = found.last_mention_before(span.start, limit, |_, a| {
        let kind = found.actors[a].kind;
        kind == ActorKind::Organization || (plural && kind == ActorKind::Group)
    })?;
    found.add_mention(a, span, MentionVia::Pronoun);
    Some(a)
}

/// "the minister" / "the spokesman" / "the ministry": a description of an actor named before.
fn resolve_description(doc: &Document, found: &mut Found, i: usize) {
    let Some(noun_at) = (i + 1..(i + 4).min(doc.tokens.len()))
        .find(|&k| doc.has(k, Facts::TITLE | Facts::ORG_WORD))
    else {
        resolve_speaker_description(doc, found, i);
        return;
    };
    // only words between "the" and the noun: "the foreign minister", "the Vermont senator";
    // capitalised ones only before a title, where they qualify it
    let is_title = doc.has(noun_at, Facts::TITLE);
    if (i + 1..=noun_at).any(|k| {
        doc.tokens[k].kind != TokenKind::Word
            || (!is_title && doc.tok(k).chars().next().is_some_and(char::is_uppercase))
    }) {
        return;
    }
    let next = doc.tok(noun_at + 1);
    if next.chars().next().is_some_and(char::is_uppercase)
        || next == "of"
        || next == "’"
        || next == "'"
    {
        return; // "the minister Hossein ..." is a role; "the minister of X" another person
    }
    let noun = doc.low(noun_at).to_owned();
    // (a place or party may qualify a title: "the Florida senator", "the GOP nominee")
    let Some(span) = description_span(doc, found, i, noun_at, is_title) else {
        return;
    };
    // a description looks back a few paragraphs at most
    let limit = span.start.saturating_sub(DESCRIPTION_WINDOW_BYTES);
    // An actor is judged once per description, however many of its mentions are in reach.
    let mut verdicts: Vec<Option<bool>> = vec![None; found.actors.len()];
    let antecedent = found.last_mention_before(span.start, limit, |_, a| {
        if let Some(v) = verdicts.get(a).copied().flatten() {
            return v;
        }
        let w = &found.actors[a];
        let v = if is_title {
            w.kind == ActorKind::Person
                && (w.roles.iter().any(|r| has_word(r, &noun))
                    || w.mentions.iter().any(|&(m, via)| {
                        via == MentionVia::Name
                            && title_at(doc, m.start, &noun)
                                .is_some_and(|p| !other_qualifier(doc, i, noun_at, p))
                    }))
        } else {
            w.kind == ActorKind::Organization && has_word(&w.name, &noun)
        };
        if let Some(slot) = verdicts.get_mut(a) {
            *slot = Some(v);
        }
        v
    });
    if let Some((_, a)) = antecedent {
        found.add_mention(a, span, MentionVia::Title);
    } else if is_title && !resolve_speaker_description(doc, found, i) {
        // "the Republican nominee said": no one holds the role by name; maybe the story's
        // main person, or the person the sentences are about
        resolve_title_subject(doc, found, i, noun_at, span);
    }
}

/// Where the description from token `i` to its noun at `noun_at` is mentioned: the whole
/// phrase when no mention overlaps it; the noun alone when the mention inside it is a place,
/// or an organisation ending before the noun, that qualifies it ("the Florida senator", "the
/// GOP nominee", "the Texas businessman") and `may_qualify` allows that; `None` when another
/// mention is in the way.
fn description_span(
    doc: &Document,
    found: &Found,
    i: usize,
    noun_at: usize,
    may_qualify: bool,
) -> Option<Span> {
    let noun = doc.tokens[noun_at].span;
    let span = Span::new(doc.tokens[i].span.start, noun.end);
    let Some((m, a)) = found.mention_overlapping(span) else {
        return Some(span);
    };
    let qualifies = found.actors.get(a).is_some_and(|w| {
        w.kind == ActorKind::Place || (w.kind == ActorKind::Organization && m.end <= noun.start)
    });
    (may_qualify && qualifies && found.mention_overlapping(noun).is_none()).then_some(noun)
}

/// "As Jane Roe spoke in Ohio, the Ohio governor said ...": a title description by a
/// reporting verb that no role holder answers goes to the first person named before it in
/// its sentence, if nothing is known of that person's roles.
fn resolve_title_subject(doc: &Document, found: &mut Found, i: usize, noun_at: usize, span: Span) {
    let speaker_position =
        doc.has(noun_at + 1, Facts::REPORTING) || (i > 0 && doc.has(i - 1, Facts::REPORTING));
    if !speaker_position {
        return;
    }
    let Some(here) = doc.sentences.get(doc.tokens[i].sentence) else {
        return;
    };
    // (a name, not a pronoun: "At his rally, the senator said")
    let candidate = found
        .mentions_between(here.span.start, span.start)
        .find(|&(m, a)| {
            found.actors[a].kind == ActorKind::Person
                && m.slice(doc.text)
                    .split(|c: char| !c.is_alphabetic())
                    .next()
                    .is_none_or(|w| pronoun_gender(&w.to_ascii_lowercase()).is_none())
        });
    let Some((_, a)) = candidate else {
        return;
    };
    let gender = Lexicon::get()
        .titles
        .get(doc.low(noun_at))
        .copied()
        .flatten();
    let w = &found.actors[a];
    if w.roles.is_empty() && gender.is_none_or(|g| w.gender.is_none_or(|h| h == g)) {
        found.add_mention(a, span, MentionVia::Title);
    }
}

/// "the New York businessman said", "said the front-runner": a description by a speaker
/// noun, right next to a reporting verb, is the person the story has named most so far,
/// when that person was named within the description window.
fn resolve_speaker_description(doc: &Document, found: &mut Found, i: usize) -> bool {
    let end = (i + 5).min(doc.tokens.len());
    // most descriptions touch no reporting verb: one pass over their facts turns them away
    if !doc
        .facts_in(i.saturating_sub(1)..end + 1)
        .iter()
        .any(|f| f.has(Facts::REPORTING))
    {
        return false;
    }
    // the noun: the last word before the verb, or the word before the end of the clause
    // after the verb (`," said the businessman.`)
    let verb_before = i > 0 && doc.has(i - 1, Facts::REPORTING);
    let Some(noun_at) = (i + 1..end).find(|&k| {
        doc.tokens[k].kind == TokenKind::Word
            && (doc.has(k + 1, Facts::REPORTING)
                || (verb_before && matches!(doc.tok(k + 1), "." | "," | ";")))
    }) else {
        return false;
    };
    if (i + 1..noun_at).any(|k| doc.tokens[k].kind != TokenKind::Word) {
        return false;
    }
    let noun = doc.low(noun_at);
    let Some(gender) = speaker_noun(noun) else {
        return false;
    };
    let Some(span) = description_span(doc, found, i, noun_at, true) else {
        return false;
    };
    let limit = span.start.saturating_sub(DESCRIPTION_WINDOW_BYTES);
    // the person with the most mentions before the description, ties to the earliest
    let mut best: Option<(usize, usize)> = None;
    for (a, w) in found.actors.iter().enumerate() {
        // (a person known by another role is not described by this noun)
        if w.kind != ActorKind::Person
            || gender.is_some_and(|g| w.gender.is_some_and(|h| h != g))
            || (!w.roles.is_empty() && !w.roles.iter().any(|r| has_word(r, noun)))
        {
            continue;
        }
        let before = w.mentions.iter().filter(|(m, _)| m.end <= span.start);
        let (n, recent) = before.fold((0, false), |(n, r), (m, _)| (n + 1, r || m.start >= limit));
        if recent && n >= 2 && best.is_none_or(|(_, bn)| n > bn) {
            best = Some((a, n));
        }
    }
    if let Some((a, _)) = best {
        found.add_mention(a, span, MentionVia::Title);
        return true;
    }
    false
}

/// True when the description from token `i` to its title at `noun_at` is qualified by a
/// capitalised word ("the Indiana governor") and the title at token `p` before a name is
/// qualified by another one ("New Jersey Gov. Owen Tarrant"): not the same person.
fn other_qualifier(doc: &Document, i: usize, noun_at: usize, p: usize) -> bool {
    let capital = |k: usize| {
        doc.tokens[k].kind == TokenKind::Word && doc.tok(k).starts_with(char::is_uppercase)
    };
    let Some(q) = p.checked_sub(1).filter(|&q| capital(q)) else {
        return false;
    };
    let mut own = (i + 1..noun_at).filter(|&k| capital(k)).peekable();
    own.peek().is_some() && !own.any(|k| doc.low(k) == doc.low(q))
}

/// The token of the title `noun` or its abbreviation before the name starting at byte
/// `start`: "Sen. Jane Roe" for "the senator", "Gov. Owen Tarrant" for "the governor".
fn title_at(doc: &Document, start: usize, noun: &str) -> Option<usize> {
    let k = doc.token_at_or_after(start);
    let mut j = k;
    if j > 0 && doc.tok(j - 1) == "." {
        j -= 1;
    }
    let p = j.checked_sub(1)?;
    let word = doc.low(p).trim_end_matches('.');
    let found = word == noun
        || matches!(
            (word, noun),
            ("sen", "senator")
                | ("gov", "governor")
                | (
                    "rep",
                    "representative" | "congressman" | "congresswoman" | "lawmaker"
                )
                | ("sen", "lawmaker")
                | ("gen", "general")
                | ("pres", "president")
                | ("sec", "secretary")
        );
    found.then_some(p)
}

fn has_word(phrase: &str, word: &str) -> bool {
    phrase
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| w.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::super::actors::find_actors;
    use super::super::lexicon::Lexicon;
    use super::*;

    fn mentions(text: &str, name: &str) -> Vec<(String, MentionVia)> {
        let doc = Document::new(text);
        let lex = Lexicon::get();
        let mut found = find_actors(&doc, lex);
        resolve(&doc, &mut found);
        let (actors, _) = found.into_actors(text);
        actors
            .into_iter()
            .find(|a| a.name == name)
            .map(|a| a.mentions.into_iter().map(|m| (m.text, m.via)).collect())
            .unwrap_or_default()
    }

    #[test]
    fn a_pronoun_after_a_quotation_skips_the_names_inside_it() {
        let text = "Owen Tarrant, who backed Paul Vey in May, spoke on Monday. \u{201c}Without \
                    us, Paul Vey would have lost,\u{201d} he said.";
        let said_by = |name: &str| mentions(text, name).iter().any(|m| m.0 == "he");
        assert!(said_by("Owen Tarrant"));
        assert!(!said_by("Paul Vey"));
        // a quotation left open at its sentence's end is a passage, not a quote to skip
        let text =
            "Ada Roe wrote about it. \"Lena Marsh was calm. \u{201c}I am fine,\u{201d} she said.";
        let m = mentions(text, "Lena Marsh");
        assert!(m.iter().any(|m| m.0 == "she"), "{m:?}");
    }

    #[test]
    fn a_sentence_opening_pronoun_goes_back_to_the_speaker() {
        let text =
            "Owen Tarrant said he spoke after meeting Governor Paul Vey. He did not ask for more.";
        let count = |name: &str| {
            mentions(text, name)
                .iter()
                .filter(|m| m.0 == "He" && m.1 == MentionVia::Pronoun)
                .count()
        };
        assert_eq!(count("Owen Tarrant"), 1);
        assert_eq!(count("Paul Vey"), 0);
        // with no speaker in the sentence before, the last person named
        let text = "Owen Tarrant met Governor Paul Vey on Monday. He did not ask for more.";
        let m = mentions(text, "Paul Vey");
        assert!(m.iter().any(|m| m.0 == "He"), "{m:?}");
    }

    #[test]
    fn pronouns_follow_the_last_person() {
        let m = mentions(
            "Kremlin spokesman Dmitry Peskov spoke on Monday. According to him, talks failed. He added more.",
            "Dmitry Peskov",
        );
        let vias: Vec<_> = m.iter().map(|x| x.1).collect();
        assert_eq!(
            vias,
            [MentionVia::Name, MentionVia::Pronoun, MentionVia::Pronoun]
        );
    }

    #[test]
    fn a_subject_pronoun_skips_an_owner_for_the_subject() {
        let text = "Harriet Quill says she admired Tavesha Brannock’s courage in what she calls a war of words.";
        let m = mentions(text, "Harriet Quill");
        assert_eq!(m.iter().filter(|(t, _)| t == "she").count(), 2, "{m:?}");
    }

    #[test]
    fn it_and_they_before_a_cue_after_an_adverb() {
        let text = "The Harbor Authority met on Monday. It also rejected the plan for a toll.";
        let m = mentions(text, "Harbor Authority");
        assert!(m.iter().any(|(t, _)| t == "It"), "{m:?}");
    }

    #[test]
    fn gender_is_respected() {
        let text = "Mary Smith met John Brown. She said it went well.";
        assert_eq!(mentions(text, "Mary Smith").len(), 2);
        assert_eq!(mentions(text, "John Brown").len(), 1);
    }

    #[test]
    fn descriptions_resolve_to_role_holders() {
        let m = mentions(
            "Iranian Foreign Minister Hossein Amir-Abdollahian spoke. The minister later left.",
            "Hossein Amir-Abdollahian",
        );
        assert_eq!(m.last().map(|x| x.1), Some(MentionVia::Title));
        assert_eq!(m.last().map(|x| x.0.as_str()), Some("The minister"));
    }

    #[test]
    fn it_said_is_the_last_organisation() {
        let m = mentions(
            "The Brookfield Chamber of Commerce welcomed the plan. It said jobs would follow.",
            "Brookfield Chamber of Commerce",
        );
        assert_eq!(
            m.last().map(|x| (x.0.as_str(), x.1)),
            Some(("It", MentionVia::Pronoun))
        );
        // "it" before anything but a reporting verb is left alone
        let m = mentions(
            "The Brookfield Chamber of Commerce met. It rained.",
            "Brookfield Chamber of Commerce",
        );
        assert_eq!(m.len(), 1);
    }

    #[test]
    fn pronouns_reach_over_a_long_quotation_to_the_paragraph_before() {
        let m = mentions(
            "John Brown spoke to the council.\n\n\u{201c}We can. We will. We must. We shall,\u{201d} he said.",
            "John Brown",
        );
        assert_eq!(m.last().map(|x| x.1), Some(MentionVia::Pronoun));
    }

    #[test]
    fn an_abbreviated_title_before_a_name_is_a_role_for_descriptions() {
        let m = mentions(
            "Sen. Jane Roe spoke in the town hall. The senator later left.",
            "Jane Roe",
        );
        assert_eq!(m.last().map(|x| x.0.as_str()), Some("The senator"));
        let m = mentions(
            "Sen. Jane Roe spoke in Miami. The Florida senator later left.",
            "Jane Roe",
        );
        assert_eq!(m.last().map(|x| x.0.as_str()), Some("senator"));
    }

    #[test]
    fn a_speaker_noun_next_to_a_reporting_verb_is_the_main_person() {
        let text = "Owen Tarrant visited Ohio. Jane Roe met him. Tarrant spoke later. \
                    \u{201c}We will win,\u{201d} the Texas businessman said.";
        let m = mentions(text, "Owen Tarrant");
        assert_eq!(
            m.last().map(|x| (x.0.as_str(), x.1)),
            Some(("businessman", MentionVia::Title))
        );
        // not away from a reporting verb
        let text = "Owen Tarrant visited Ohio. Tarrant spoke later. The businessman left.";
        assert_eq!(mentions(text, "Owen Tarrant").len(), 2);
        // not a person known by another role
        let text = "Judge Owen Tarrant ruled. Tarrant spoke later. The businessman said no.";
        assert_eq!(mentions(text, "Owen Tarrant").len(), 2);
        // not a person of the other gender
        let text = "Owen Tarrant visited Ohio. Tarrant spoke later. The businesswoman said no.";
        assert_eq!(mentions(text, "Owen Tarrant").len(), 2);
    }

    #[test]
    fn a_place_before_a_title_picks_its_holder() {
        let text = "Indiana Gov. Owen Tarrant spoke in Ohio. New Jersey Gov. Chris Dalton met voters. The Indiana governor said the plan works.";
        let m = mentions(text, "Owen Tarrant");
        assert!(m.iter().any(|(t, _)| t == "governor"), "{m:?}");
        let m = mentions(text, "Chris Dalton");
        assert!(m.iter().all(|(t, _)| t != "governor"), "{m:?}");
    }

    #[test]
    fn a_party_before_a_title_qualifies_it() {
        let text = "Owen Tarrant visited Ohio. Tarrant spoke later. \
                    \u{201c}We will win,\u{201d} the GOP nominee said.";
        let m = mentions(text, "Owen Tarrant");
        assert_eq!(m.last().map(|x| x.0.as_str()), Some("nominee"));
    }

    #[test]
    fn a_title_by_a_reporting_verb_is_the_last_sentences_subject() {
        let text = "As Owen Tarrant spoke in Ohio on Monday with Jane Roe, \
                    the Ohio governor said the talks went well.";
        let m = mentions(text, "Owen Tarrant");
        assert_eq!(m.last().map(|x| x.0.as_str()), Some("governor"));
        // not when the person is known by another role
        let text = "As Mayor Owen Tarrant spoke in Ohio, the Ohio governor said no.";
        assert_eq!(mentions(text, "Owen Tarrant").len(), 1);
        // not away from a reporting verb
        let text = "As Owen Tarrant spoke in Ohio, the Ohio governor left.";
        assert_eq!(mentions(text, "Owen Tarrant").len(), 1);
        // not a pronoun's person
        let text = "Owen Tarrant spoke. At his rally, the Ohio governor said no.";
        assert_eq!(mentions(text, "Owen Tarrant").len(), 2);
    }

    #[test]
    fn pronouns_do_not_reach_far_back() {
        let m = mentions(
            "John Brown spoke. It rained. It snowed. It froze. It thawed. He left.",
            "John Brown",
        );
        assert_eq!(m.len(), 1);
    }
}
