//! Segmentation: paragraphs, sentences and word tokens, all as byte spans.

use super::lexicon::{Facts, Lexicon};
use super::model::Span;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (with inner apostrophes, hyphens and dots: "Amir-Abdollahian", "U.S.").
    Word,
    /// Digits, possibly with inner `,` `.` `:` ("1,000", "3.5", "15:00").
    Number,
    /// Any other single character that is not space.
    Punct,
}

/// A token: a word, number or punctuation mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Where it is.
    pub span: Span,
    /// What it is.
    pub kind: TokenKind,
    /// Index of its sentence.
    pub sentence: usize,
}

/// A sentence with its paragraph and token range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Where it is.
    pub span: Span,
    /// Index of its paragraph.
    pub paragraph: usize,
    /// Its tokens: `tokens[first_token..end_token]`.
    pub first_token: usize,
    /// One past its last token.
    pub end_token: usize,
}

/// A segmented text.
#[derive(Debug, Clone)]
pub struct Document<'t> {
    /// The text.
    pub text: &'t str,
    /// Paragraphs (runs of non-blank lines; a single newline also ends one).
    pub paragraphs: Vec<Span>,
    /// Sentences, in order.
    pub sentences: Vec<Sentence>,
    /// Tokens, in order.
    pub tokens: Vec<Token>,
    /// Lower-cased text: the whole text ASCII-lower-cased, then the keys of non-ASCII tokens.
    lower_buf: String,
    /// Per token, its key's span in `lower_buf`.
    lows: Vec<Span>,
    /// Per token, what the lexicon and its spelling say about it.
    facts: Vec<Facts>,
    /// The facts of a token past the end (those of the empty key).
    no_facts: Facts,
    /// See [`Document::has_odd_spaces`].
    odd_spaces: bool,
}

/// Abbreviations that do not end a sentence when followed by a period.
const ABBREVIATIONS: &[&str] = &[
    "adm", "al", "approx", "apr", "aug", "ave", "blvd", "capt", "cmdr", "co", "col", "corp", "dec",
    "dept", "dr", "ed", "est", "etc", "feb", "fig", "ft", "gen", "gov", "govs", "hon", "inc",
    "jan", "jr", "jul", "jun", "lt", "ltd", "maj", "mar", "messrs", "mr", "mrs", "ms", "mt", "mx",
    "no", "nov", "oct", "op", "pres", "prof", "rep", "reps", "rev", "sen", "sens", "sep", "sept",
    "sgt", "sr", "st", "supt", "univ", "vs",
];

fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    if w.contains('.') {
        return true; // U.S., a.m., e.g.
    }
    let mut chars = w.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            return true; // an initial: "John F. Kennedy"
        }
    }
    in_list(&ABBREVIATION_KEYS, w)
}

/// A word of at most 8 ASCII bytes, lower-cased, as a number that sorts like the word
/// (big-endian, zero-padded): a list sorted as words stays sorted as numbers.
const fn pack(w: &[u8]) -> u64 {
    let mut k = 0u64;
    let mut i = 0;
    while i < 8 {
        k <<= 8;
        if i < w.len() {
            k |= w[i].to_ascii_lowercase() as u64;
        }
        i += 1;
    }
    k
}

/// [`pack`] over a whole list.
const fn pack_all<const N: usize>(list: &[&str]) -> [u64; N] {
    let mut out = [0u64; N];
    let mut i = 0;
    while i < N {
        out[i] = pack(list[i].as_bytes());
        i += 1;
    }
    out
}

/// True when `word`, lower-cased, is in the list packed as `keys`. Only an ASCII word can be:
/// no list word holds a `k`, the one letter a non-ASCII character (the Kelvin sign)
/// lower-cases to.
fn in_list(keys: &[u64], word: &str) -> bool {
    let w = word.as_bytes();
    if w.len() > 8 || !word.is_ascii() || w.contains(&0) {
        return false;
    }
    // [`pack`] at run time: the word lower-cased into a zeroed word, read big-endian
    let mut buf = [0u8; 8];
    if let Some(head) = buf.get_mut(..w.len()) {
        head.copy_from_slice(w);
    }
    buf.make_ascii_lowercase();
    keys.binary_search(&u64::from_be_bytes(buf)).is_ok()
}

/// Abbreviations of titles: a name always follows, so their period never ends a sentence.
const TITLE_ABBREVIATIONS: &[&str] = &[
    "adm", "capt", "cmdr", "col", "del", "dr", "fr", "gen", "gens", "gov", "govs", "hon", "lt",
    "maj", "messrs", "mr", "mrs", "ms", "mx", "pres", "prof", "rep", "reps", "rev", "sen", "sens",
    "sgt", "st", "supt",
];

/// [`ABBREVIATIONS`] packed for [`in_list`].
static ABBREVIATION_KEYS: [u64; ABBREVIATIONS.len()] = pack_all(ABBREVIATIONS);
/// [`TITLE_ABBREVIATIONS`] packed for [`in_list`].
static TITLE_KEYS: [u64; TITLE_ABBREVIATIONS.len()] = pack_all(TITLE_ABBREVIATIONS);

fn is_listed_abbreviation(word: &str) -> bool {
    if word.len() > 8 {
        return false;
    }
    in_list(&ABBREVIATION_KEYS, word) || in_list(&TITLE_KEYS, word)
}

fn is_title_abbreviation(word: &str) -> bool {
    in_list(&TITLE_KEYS, word.trim_end_matches('.'))
}

/// Capitalised words that usually begin a sentence: after "U.S." or "Inc." they show that the
/// abbreviation's period also ended the sentence.
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "But",
    "And",
    "In",
    "On",
    "At",
    "This",
    "That",
    "There",
    "His",
    "Her",
    "Their",
    "Its",
    "However",
    "Meanwhile",
    "Also",
    "After",
    "Before",
    "When",
    "While",
    "If",
    "As",
    "For",
    "So",
    "Yet",
    "Some",
    "Many",
    "Most",
];

fn is_word_char(c: char) -> bool {
    // the General Punctuation block (dashes, curly quotes, the ellipsis) holds no letter or
    // digit: the common marks of news text are answered without the Unicode tables
    !('\u{2000}'..='\u{206F}').contains(&c) && c.is_alphanumeric()
}

fn is_open_quote(c: char) -> bool {
    matches!(c, '“' | '‘' | '«' | '„' | '‹')
}

fn is_close_quote(c: char) -> bool {
    matches!(c, '”' | '’' | '»' | '›')
}

/// ASCII byte classes for the tokenizer's fast path, as bits: letters and digits (with
/// whether small, capital or a digit), whitespace as [`char::is_whitespace`] sees it, and
/// bytes of other characters; other ASCII (punctuation) has none.
const B_PUNCT: u8 = 0;
const B_LOWER: u8 = 1;
const B_UPPER: u8 = 2;
const B_DIGIT: u8 = 4;
const B_ALNUM: u8 = 8;
const B_SPACE: u8 = 16;
const B_HIGH: u8 = 32;
/// The vertical tab: white space, but not to [`u8::is_ascii_whitespace`] (see
/// [`Document::has_odd_spaces`]), so it takes the slow path.
const B_ODD_SPACE: u8 = 128;
/// Not a byte class: marks, in a token's or-ed classes, that a joiner or a trailing dot was
/// taken into it.
const B_JOINED: u8 = 64;

/// The class of every byte.
static BYTE_CLASS: [u8; 256] = {
    let mut t = [B_PUNCT; 256];
    let mut c = 0usize;
    while c < 256 {
        let b = c as u8;
        t[c] = if b >= 0x80 {
            B_HIGH
        } else if b == 0x0b {
            B_ODD_SPACE
        } else if b == b' ' || (b >= 0x09 && b <= 0x0d) {
            B_SPACE
        } else if b.is_ascii_lowercase() {
            B_ALNUM | B_LOWER
        } else if b.is_ascii_uppercase() {
            B_ALNUM | B_UPPER
        } else if b.is_ascii_digit() {
            B_ALNUM | B_DIGIT
        } else {
            B_PUNCT
        };
        c += 1;
    }
    t
};

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut lower_buf = text.to_ascii_lowercase();
    let mut lows = Vec::new();
    let mut facts = Vec::new();
    tokenize_keyed(text, &mut lower_buf, &mut lows, &mut facts, &mut false)
}

/// True when every letter or digit of `word` is an ASCII digit (joiners aside): "1,000",
/// "1990-91".
fn digits_only(word: &str) -> bool {
    word.chars()
        .all(|ch| ch.is_ascii_digit() || !ch.is_alphanumeric())
}

/// Splits `text` into tokens and, per token, pushes the span of its lookup key to `lows`
/// and its [`Facts`] to `facts`. `lower_buf` must hold the text ASCII-lower-cased: an ASCII
/// token's key is its own span there, another token's key is appended to it. Sets
/// `odd_spaces` when it meets white space that [`u8::is_ascii_whitespace`] does not take.
fn tokenize_keyed(
    text: &str,
    lower_buf: &mut String,
    lows: &mut Vec<Span>,
    facts: &mut Vec<Facts>,
    odd_spaces: &mut bool,
) -> Vec<Token> {
    let lex = Lexicon::get();
    let mut tokens = Vec::with_capacity(text.len() / 4 + 1);
    lows.reserve(text.len() / 4 + 1);
    facts.reserve(text.len() / 4 + 1);
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        let b = bytes[i];
        let class = BYTE_CLASS[b as usize];
        let (c, len) = if class & B_ALNUM != 0 {
            (b as char, 1)
        } else if class == B_SPACE {
            i += 1;
            continue;
        } else if class == B_PUNCT {
            let span = Span::new(i, i + 1);
            tokens.push(Token {
                span,
                kind: TokenKind::Punct,
                sentence: 0,
            });
            lows.push(span);
            // (the key of an ASCII mark is the mark; it has no case)
            facts.push(Facts(lex.byte_facts[b as usize]));
            i += 1;
            continue;
        } else {
            let (c, len) = char_at(text, i);
            if c.is_whitespace() {
                *odd_spaces = true;
                i += len;
                continue;
            }
            if !is_word_char(c) {
                let span = Span::new(i, i + len);
                let token = Token {
                    span,
                    kind: TokenKind::Punct,
                    sentence: 0,
                };
                tokens.push(token);
                let f = match c {
                    // common typographic marks: no case, and their key is themselves (but
                    // `’` is keyed as `'`), so only the lexicon has something to say
                    '’' | '‘' | '“' | '”' | '—' | '–' | '…' => {
                        let from = lower_buf.len();
                        lower_buf.push(if c == '’' { '\'' } else { c });
                        let key = Span::new(from, lower_buf.len());
                        lows.push(key);
                        Facts(lex.facts_of_key(key.slice(lower_buf)))
                    }
                    _ => {
                        let key = push_key(text, span, false, lower_buf, lows);
                        token_facts(lex, text, &token, lower_buf, key)
                    }
                };
                facts.push(f);
                i += len;
                continue;
            }
            (c, len)
        };
        let mut end = i + len;
        let mut ascii = b < 0x80;
        // the classes of the token's ASCII letters and digits, or-ed
        let mut seen = class;
        // whether an inner dot was taken ("U.S"): the only way a dot gets inside a word
        let mut has_dot = false;
        loop {
            // the common case: more ASCII letters or digits
            let (run, classes) = alnum_run(bytes.get(end..).unwrap_or(&[]));
            end += run;
            seen |= classes;
            if end >= n {
                break;
            }
            let b = bytes[end];
            // (most words end at a space)
            if b == b' ' {
                break;
            }
            let (d, dl) = char_at(text, end);
            if b >= 0x80 && is_word_char(d) {
                ascii = false;
                end += dl;
                continue;
            }
            // inner joiners: apostrophe, hyphen, dot, comma/colon between digits
            if !matches!(d, '\'' | '’' | '-' | '‐' | '.' | ',' | ':' | '/' | '&') {
                break;
            }
            let after = end + dl;
            if after >= n {
                break;
            }
            let (nc, _) = char_at(text, after);
            // whether the word so far is all digits, asked only where it matters
            let all_digits = || digits_only(&text[i..end]);
            let ok = match d {
                '\'' | '’' => {
                    nc.is_alphabetic() && !all_digits() && !is_possessive_s(text, after)
                }
                '-' | '‐' => nc.is_alphanumeric(),
                // "U.S." / "3.5" but not the end of a sentence
                '.' if nc.is_ascii_digit() => all_digits(),
                '.' if nc.is_alphabetic() => {
                    !all_digits()
                        && text[i..end].chars().count() <= 3
                        && text[after..].chars().nth(1).is_some_and(|m| m == '.')
                }
                ',' | ':' | '/' => nc.is_ascii_digit() && all_digits(),
                '&' => {
                    nc.is_uppercase()
                        && !all_digits()
                        && text[i..end].chars().all(char::is_uppercase)
                }
                _ => false,
            };
            if !ok {
                break;
            }
            ascii &= b < 0x80;
            has_dot |= d == '.';
            seen |= B_JOINED;
            end = after;
        }
        // trailing dot of an abbreviation like "U.S." or "Mr." belongs to it
        if end < n
            && bytes[end] == b'.'
            && (has_dot || (c.is_uppercase() && is_listed_abbreviation(&text[i..end])))
        {
            end += 1;
            seen |= B_JOINED;
        }
        let kind = if c.is_ascii_digit() {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        let span = Span::new(i, end);
        let token = Token {
            span,
            kind,
            sentence: 0,
        };
        tokens.push(token);
        if ascii {
            lows.push(span);
            facts.push(ascii_facts(lex, text, lower_buf, token, seen));
        } else {
            let key = push_key(text, span, false, lower_buf, lows);
            facts.push(token_facts(lex, text, &token, lower_buf, key));
        }
        i = end;
    }
    tokens
}

/// The length of the run of ASCII letters and digits `rest` starts with, and their classes
/// or-ed: the tokenizer's inner loop, over a slice of its own so that the loop keeps its
/// state in registers (in the tokenizer's body it reloaded and stored it at every byte).
#[inline(always)]
fn alnum_run(rest: &[u8]) -> (usize, u8) {
    let mut seen = 0;
    for (j, &b) in rest.iter().enumerate() {
        let k = BYTE_CLASS[b as usize];
        if k & B_ALNUM == 0 {
            return (j, seen);
        }
        seen |= k;
    }
    (rest.len(), seen)
}

/// The [`Facts`] of an ASCII word or number `t` (see [`token_facts`]), given `seen`, the
/// classes of its letters and digits or-ed (with [`B_JOINED`] when it took in a joiner or a
/// trailing dot): its key is its own span of `lower`.
#[inline]
fn ascii_facts(lex: &Lexicon, text: &str, lower: &str, t: Token, seen: u8) -> Facts {
    let bytes = text.as_bytes();
    let (start, end) = (t.span.start, t.span.end);
    let low = lower.as_bytes();
    let mut bits = if end - start == 1 {
        low.get(start).map_or(0, |&b| lex.byte_facts[b as usize])
    } else {
        match super::lexicon::pack_bytes(low, start, end) {
            Some(p) => lex.facts_of_packed(p),
            // (packed where it lies in `lower`, with the bytes after it there to read)
            None => match super::lexicon::pack_wide(low, start, end) {
                Some(w) => lex.facts_of_wide(w),
                None => lex.facts_of_key(lower.get(start..end).unwrap_or("")),
            },
        }
    };
    let first = bytes.get(start).copied().unwrap_or(0);
    if first.is_ascii_uppercase() && t.kind == TokenKind::Word {
        bits |= Facts::CAP;
    }
    if first.is_ascii_lowercase() {
        bits |= Facts::LOWER_INITIAL;
    } else if seen & B_LOWER == 0 && end - start > 1 {
        // (a word with a small letter anywhere is not in capitals)
        if is_all_caps(t.span.slice(text)) {
            bits |= Facts::ALL_CAPS;
        }
    }
    if t.kind == TokenKind::Number
        && bytes
            .get(start..end)
            .is_some_and(|w| w.iter().all(u8::is_ascii_digit))
    {
        bits |= Facts::PLAIN_INT;
    }
    if t.kind == TokenKind::Word && seen & (B_DIGIT | B_JOINED) == 0 {
        // (an ASCII word token holds letters and digits and what it joined: letters only)
        bits |= Facts::PLAIN_WORD;
    }
    Facts(bits)
}

/// Pushes the key span of the token at `span` (see [`tokenize_keyed`]).
#[inline]
fn push_key(
    text: &str,
    span: Span,
    ascii: bool,
    lower_buf: &mut String,
    lows: &mut Vec<Span>,
) -> Span {
    let key = if ascii {
        span
    } else {
        let start = lower_buf.len();
        super::lexicon::lower_into(span.slice(text), lower_buf);
        Span::new(start, lower_buf.len())
    };
    lows.push(key);
    key
}

/// The character starting at byte `i` (on a char boundary) and its length, fast for ASCII.
#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => (b as char, 1),
        _ => text
            .get(i..)
            .and_then(|r| r.chars().next())
            .map_or((' ', 1), |c| (c, c.len_utf8())),
    }
}

/// True when the text at `pos` is an `s` ending a possessive ("Iran's").
fn is_possessive_s(text: &str, pos: usize) -> bool {
    let rest = &text[pos..];
    let mut it = rest.chars();
    matches!(it.next(), Some('s')) && !it.next().is_some_and(char::is_alphanumeric)
}

impl<'t> Document<'t> {
    /// Segments `text`.
    pub fn new(text: &'t str) -> Self {
        let mut lower_buf = text.to_ascii_lowercase();
        let mut lows = Vec::new();
        let mut facts = Vec::new();
        let mut odd_spaces = false;
        let mut tokens =
            tokenize_keyed(text, &mut lower_buf, &mut lows, &mut facts, &mut odd_spaces);
        let paragraphs = split_paragraphs(text);
        let sentences = split_sentences(text, &paragraphs, &mut tokens);
        let lex = Lexicon::get();
        Document {
            text,
            paragraphs,
            sentences,
            tokens,
            lower_buf,
            lows,
            facts,
            no_facts: Facts(lex.facts_of_key("")),
            odd_spaces,
        }
    }

    /// True when some white space between the tokens is not ASCII white space as
    /// [`u8::is_ascii_whitespace`] sees it (a vertical tab, a no-break space, ...).
    pub fn has_odd_spaces(&self) -> bool {
        self.odd_spaces
    }

    /// What the lexicon and the spelling say about token `i` (see [`Facts`]).
    #[inline]
    pub fn facts(&self, i: usize) -> Facts {
        self.facts.get(i).copied().unwrap_or(self.no_facts)
    }

    /// The [`Facts`] of tokens `r`, in order (fewer when `r` runs past the end).
    pub fn facts_in(&self, r: std::ops::Range<usize>) -> &[Facts] {
        let end = r.end.min(self.facts.len());
        self.facts.get(r.start.min(end)..end).unwrap_or(&[])
    }

    /// True when token `i` has any of the [`Facts`] `bits`.
    #[inline]
    pub fn has(&self, i: usize, bits: u32) -> bool {
        self.facts(i).has(bits)
    }

    /// The whole text ASCII-lower-cased, byte for byte.
    pub fn ascii_lower(&self) -> &str {
        self.lower_buf.get(..self.text.len()).unwrap_or("")
    }

    /// The lookup key of a token: lower case, with `’` as `'` (see [`super::lexicon::lower`]).
    #[inline]
    pub fn low(&self, i: usize) -> &str {
        self.lows
            .get(i)
            .and_then(|s| self.lower_buf.get(s.start..s.end))
            .unwrap_or("")
    }

    /// The bytes of [`Document::low`]`(i)`: for comparing with ASCII words without the
    /// character-boundary checks of a `str` slice.
    #[inline]
    pub fn low_bytes(&self, i: usize) -> &[u8] {
        self.lows
            .get(i)
            .and_then(|s| self.lower_buf.as_bytes().get(s.start..s.end))
            .unwrap_or(&[])
    }

    /// The text of a token.
    #[inline]
    pub fn tok(&self, i: usize) -> &'t str {
        self.tokens.get(i).map_or("", |t| t.span.slice(self.text))
    }

    /// The text of tokens `[a, b)` when they are words or numbers one space apart (most
    /// names): what joining their texts with spaces gives, without building it.
    pub fn spaced_words(&self, a: usize, b: usize) -> Option<&'t str> {
        self.spaced(a, b, false).map(|s| s.slice(self.text))
    }

    /// The keys of tokens `[a, b)` joined by spaces, when the tokens are ASCII words or
    /// numbers one space apart: then their keys lie in place, one space apart, in
    /// [`Document::ascii_lower`].
    pub fn spaced_lows(&self, a: usize, b: usize) -> Option<&str> {
        self.spaced(a, b, true)
            .and_then(|s| self.lower_buf.get(s.start..s.end))
    }

    /// The span of tokens `[a, b)` when none is punctuation and each follows the one before
    /// after exactly one space (and, if `keyed_in_place`, each token's key is its own span).
    fn spaced(&self, a: usize, b: usize, keyed_in_place: bool) -> Option<Span> {
        let toks = self.tokens.get(a..b)?;
        let first = toks.first()?;
        let bytes = self.text.as_bytes();
        let mut end = first.span.start;
        for (k, t) in toks.iter().enumerate() {
            if t.kind == TokenKind::Punct
                || (k > 0 && (t.span.start != end + 1 || bytes.get(end) != Some(&b' ')))
                || (keyed_in_place && self.lows.get(a + k) != Some(&t.span))
            {
                return None;
            }
            end = t.span.end;
        }
        Some(Span::new(first.span.start, end))
    }

    /// The paragraph of token `k`; `None` past the last token.
    pub fn paragraph_of_token(&self, k: usize) -> Option<usize> {
        self.tokens
            .get(k)
            .and_then(|t| self.sentences.get(t.sentence))
            .map(|s| s.paragraph)
    }

    /// The tokens of sentence `s`.
    pub fn sentence_tokens(&self, s: usize) -> std::ops::Range<usize> {
        self.sentences
            .get(s)
            .map_or(0..0, |s| s.first_token..s.end_token)
    }

    /// Index of the first token starting at or after byte `pos`.
    pub fn token_at_or_after(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < pos)
    }

    /// Index of the sentence containing byte `pos` (the last one if past the end).
    pub fn sentence_of(&self, pos: usize) -> usize {
        self.sentences
            .partition_point(|s| s.span.end <= pos)
            .min(self.sentences.len().saturating_sub(1))
    }
}

/// The [`Facts`] of one token whose lookup key is `key`.
fn token_facts(lex: &Lexicon, text: &str, t: &Token, lower_buf: &str, key: Span) -> Facts {
    let bytes = text.as_bytes().get(t.span.start..t.span.end).unwrap_or(&[]);
    let lb = lower_buf.as_bytes();
    let mut bits = match lb.get(key.start..key.end) {
        Some([b]) if b.is_ascii() => lex.byte_facts[*b as usize],
        _ => match super::lexicon::pack_bytes(lb, key.start, key.end) {
            Some(p) => lex.facts_of_packed(p),
            None => match super::lexicon::pack_wide(lb, key.start, key.end) {
                Some(w) => lex.facts_of_wide(w),
                None => lex.facts_of_key(key.slice(lower_buf)),
            },
        },
    };
    let (upper, lower) = match bytes.first() {
        Some(&b) if b < 0x80 => (b.is_ascii_uppercase(), b.is_ascii_lowercase()),
        _ => t
            .span
            .slice(text)
            .chars()
            .next()
            .map_or((false, false), |c| (c.is_uppercase(), c.is_lowercase())),
    };
    if upper && t.kind == TokenKind::Word {
        bits |= Facts::CAP;
    }
    if lower {
        bits |= Facts::LOWER_INITIAL;
    }
    // (a word opening with a small letter, or a single byte, is not in capitals)
    if !lower && bytes.len() > 1 && is_all_caps(t.span.slice(text)) {
        bits |= Facts::ALL_CAPS;
    }
    if t.kind == TokenKind::Number && bytes.iter().all(u8::is_ascii_digit) {
        bits |= Facts::PLAIN_INT;
    }
    Facts(bits)
}

/// True for an apostrophe token, straight or typographic.
pub fn is_apostrophe(s: &str) -> bool {
    s == "'" || s == "’"
}

/// True for a word in capitals: at least two letters and no small one ("NATO", "U.S.").
pub fn is_all_caps(word: &str) -> bool {
    if word.is_ascii() {
        // one pass, done at the first small letter (most words have one second)
        let mut letters = 0;
        for &c in word.as_bytes() {
            if c.is_ascii_lowercase() {
                return false;
            }
            letters += usize::from(c.is_ascii_uppercase());
        }
        return letters >= 2;
    }
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word.chars().all(|c| !c.is_lowercase())
}

fn split_paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices('\n') {
        push_trimmed(text, start, i, &mut out);
        start = i + 1;
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(Span::new(start + lead, end - trail));
    }
}

/// Splits every paragraph into sentences and stamps each token with its sentence index.
fn split_sentences(text: &str, paragraphs: &[Span], tokens: &mut [Token]) -> Vec<Sentence> {
    let mut sentences: Vec<Sentence> = Vec::new();
    let mut t = 0;
    for (p, para) in paragraphs.iter().enumerate() {
        while t < tokens.len() && tokens[t].span.start < para.start {
            t += 1;
        }
        let first = t;
        // (token ends only grow: a binary search finds the first one past the paragraph)
        let end = t + tokens
            .get(t..)
            .unwrap_or(&[])
            .partition_point(|x| x.span.end <= para.end);
        let mut sent_start = first;
        let mut depth: i32 = 0; // curly-quote nesting
        let mut straight_open = false;
        let mut k = first;
        let bytes = text.as_bytes();
        // a word or number not ending in a period ends nothing: skipped in one tight loop
        let ends_nothing = |t: &Token| {
            t.kind != TokenKind::Punct
                && (t.kind != TokenKind::Word
                    || t.span.len() < 2
                    || bytes.get(t.span.end - 1) != Some(&b'.'))
        };
        while k < end {
            k += tokens[k..end]
                .iter()
                .take_while(|t| ends_nothing(t))
                .count();
            let Some(&tok) = tokens.get(k).filter(|_| k < end) else {
                break;
            };
            let s = tok.span.slice(text);
            let c = if s.is_empty() {
                ' '
            } else {
                char_at(text, tok.span.start).0
            };
            if tok.kind == TokenKind::Punct {
                if is_open_quote(c) {
                    // ’ used as an apostrophe is a close quote char; only “ ‘ « count here
                    if c != '‘' || depth == 0 {
                        depth += 1;
                    }
                } else if is_close_quote(c) {
                    if c != '’' || depth > 0 {
                        // (mixed marks: `"…”` closes the straight one)
                        if depth == 0 && straight_open && c == '”' {
                            straight_open = false;
                        }
                        depth = (depth - 1).max(0);
                        // “… no.” She agreed: a quoted sentence ends the sentence
                        if depth == 0
                            && !straight_open
                            && quote_ends_sentence(text, tokens, k, sent_start, end)
                        {
                            push_sentence(&mut sentences, tokens, sent_start, k + 1, p);
                            sent_start = k + 1;
                            k += 1;
                            continue;
                        }
                    }
                } else if c == '"'
                    && depth > 0
                    && !straight_open
                    && k > first
                    && tokens[k - 1].span.end == tok.span.start
                {
                    // (mixed marks: `“…"` closes the curly one)
                    depth -= 1;
                    if depth == 0 && quote_ends_sentence(text, tokens, k, sent_start, end) {
                        push_sentence(&mut sentences, tokens, sent_start, k + 1, p);
                        sent_start = k + 1;
                        k += 1;
                        continue;
                    }
                } else if c == '"' {
                    // `… "without delay." Clinton plans`: a closing straight quote after a
                    // period ends the sentence as a curly one does
                    if straight_open
                        && depth == 0
                        && quote_ends_sentence(text, tokens, k, sent_start, end)
                    {
                        push_sentence(&mut sentences, tokens, sent_start, k + 1, p);
                        sent_start = k + 1;
                        straight_open = false;
                        k += 1;
                        continue;
                    }
                    straight_open = !straight_open;
                }
            }
            let abbreviation_ends = tok.kind == TokenKind::Word
                && s.len() > 1
                && s.ends_with('.')
                && !is_title_abbreviation(s)
                && depth == 0
                && !straight_open
                && k + 1 < end
                && SENTENCE_STARTERS.contains(&tokens[k + 1].span.slice(text));
            if abbreviation_ends {
                push_sentence(&mut sentences, tokens, sent_start, k + 1, p);
                sent_start = k + 1;
                k += 1;
                continue;
            }
            let ends = tok.kind == TokenKind::Punct
                && matches!(c, '.' | '!' | '?' | '…')
                && depth == 0
                && !straight_open
                && !(c == '.' && k > sent_start && is_abbreviation_before(text, tokens, k));
            if ends {
                // take closing quotes and brackets that follow
                let mut last = k + 1;
                while last < end {
                    let n = tokens[last].span.slice(text);
                    let nc = n.chars().next().unwrap_or(' ');
                    // only marks that touch the sentence's end close it: `." ` not `. "`
                    let touching = tokens[last].span.start == tokens[last - 1].span.end;
                    // (`''`, two apostrophes, closes as `"` does)
                    let at = tokens[last].span.start;
                    let double_apostrophe =
                        nc == '\'' && (text[at..].starts_with("''") || text[..at].ends_with('\''));
                    if tokens[last].kind == TokenKind::Punct
                        && touching
                        && (is_close_quote(nc)
                            || double_apostrophe
                            || matches!(nc, '"' | ')' | ']' | '.' | '!' | '?'))
                    {
                        if nc == '"' {
                            straight_open = false;
                        }
                        last += 1;
                    } else {
                        break;
                    }
                }
                let next_starts_sentence = last >= end || {
                    let n = tokens[last].span.slice(text);
                    // (`''` is a double quotation mark in some papers: "… lawyers. ''There's
                    // …"; an opening one, after a space: a closing one touches the period)
                    (text[tokens[last].span.start..].starts_with("''")
                        && tokens[last].span.start > tokens[last - 1].span.end)
                        || n.starts_with(|c: char| {
                            c.is_uppercase()
                                || c.is_ascii_digit()
                                || is_open_quote(c)
                                || c == '"'
                                || c == '('
                        })
                };
                if next_starts_sentence {
                    push_sentence(&mut sentences, tokens, sent_start, last, p);
                    sent_start = last;
                    k = last;
                    continue;
                }
            }
            k += 1;
        }
        if sent_start < end {
            push_sentence(&mut sentences, tokens, sent_start, end, p);
        }
        t = end;
    }
    sentences
}

/// True when the closing quotation mark at token `k` ends a quoted sentence: a period right
/// before it (after the sentence's start) and a capital or an opening mark after it, before
/// `end` ("He said “no.” She agreed.").
fn quote_ends_sentence(
    text: &str,
    tokens: &[Token],
    k: usize,
    sent_start: usize,
    end: usize,
) -> bool {
    k > sent_start
        && text[..tokens[k].span.start].ends_with('.')
        && k + 1 < end
        && tokens[k + 1]
            .span
            .slice(text)
            .starts_with(|c: char| c.is_uppercase() || is_open_quote(c))
}

fn is_abbreviation_before(text: &str, tokens: &[Token], k: usize) -> bool {
    let prev = tokens[k - 1];
    // the period must touch the word
    prev.span.end == tokens[k].span.start
        && prev.kind == TokenKind::Word
        && is_abbreviation(prev.span.slice(text))
}

fn push_sentence(
    out: &mut Vec<Sentence>,
    tokens: &mut [Token],
    first: usize,
    end: usize,
    p: usize,
) {
    if first >= end {
        return;
    }
    let index = out.len();
    for t in &mut tokens[first..end] {
        t.sentence = index;
    }
    out.push(Sentence {
        span: Span::new(tokens[first].span.start, tokens[end - 1].span.end),
        paragraph: p,
        first_token: first,
        end_token: end,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<&str> {
        Document::new(text)
            .sentences
            .iter()
            .map(|s| s.span.slice(text))
            .collect()
    }

    fn toks(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.span.slice(text)).collect()
    }

    #[test]
    fn tokens_keep_names_and_abbreviations() {
        assert_eq!(
            toks("Amir-Abdollahian met U.S. envoys."),
            ["Amir-Abdollahian", "met", "U.S.", "envoys", "."]
        );
        assert_eq!(
            toks("Iran’s 1,000 drones"),
            ["Iran", "’", "s", "1,000", "drones"]
        );
        assert_eq!(toks("don't"), ["don't"]);
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            sents("Gen. Smith arrived in the U.S. on Jan. 5. He left."),
            ["Gen. Smith arrived in the U.S. on Jan. 5.", "He left."]
        );
    }

    #[test]
    fn title_abbreviations_keep_their_period() {
        assert_eq!(toks("Mr. Barrett said"), ["Mr.", "Barrett", "said"]);
        assert_eq!(
            sents("Sanctions hit the U.S. The move failed. Mr. Smith left."),
            [
                "Sanctions hit the U.S.",
                "The move failed.",
                "Mr. Smith left."
            ]
        );
    }

    #[test]
    fn quoted_sentences_stay_whole() {
        assert_eq!(
            sents("“We are ready. We will go,” he said. Then he left."),
            ["“We are ready. We will go,” he said.", "Then he left."]
        );
    }

    #[test]
    fn closing_straight_quote_ends_a_sentence() {
        assert_eq!(
            sents("She asked for the videos \"without delay.\" Roe plans to visit."),
            [
                "She asked for the videos \"without delay.\"",
                "Roe plans to visit."
            ]
        );
        assert_eq!(
            sents("\"We are ready. We will go,\" he said. Then he left."),
            ["\"We are ready. We will go,\" he said.", "Then he left."]
        );
    }

    #[test]
    fn mixed_quotation_marks_pair() {
        assert_eq!(
            sents("He called it \"a disaster.” She agreed. They left."),
            ["He called it \"a disaster.”", "She agreed.", "They left."]
        );
        assert_eq!(
            sents("He called it “a disaster.\" She agreed. They left."),
            ["He called it “a disaster.\"", "She agreed.", "They left."]
        );
    }

    #[test]
    fn double_apostrophes_open_and_close_sentences() {
        assert_eq!(
            sents("It would be a boon for lawyers. ''There's a lot of complexity,'' he said."),
            [
                "It would be a boon for lawyers.",
                "''There's a lot of complexity,'' he said."
            ]
        );
        assert_eq!(
            sents("''It is not worse.'' He left."),
            ["''It is not worse.''", "He left."]
        );
    }

    #[test]
    fn closing_quote_joins_sentence() {
        assert_eq!(
            sents("He said “no.” She agreed."),
            ["He said “no.”", "She agreed."]
        );
    }

    #[test]
    fn abbreviation_lists_fit_the_stack_buffer() {
        for w in ABBREVIATIONS.iter().chain(TITLE_ABBREVIATIONS) {
            assert!(
                w.len() <= 8 && w.bytes().all(|b| b.is_ascii_lowercase()),
                "{w}"
            );
        }
        assert!(ABBREVIATION_KEYS.windows(2).all(|p| p[0] < p[1]));
        assert!(TITLE_KEYS.windows(2).all(|p| p[0] < p[1]));
        for w in ["", "a", "Gen", "MESSRS", "supt", "Zz9-.'x"] {
            let mut buf = [0u8; 8];
            buf[..w.len()].copy_from_slice(w.as_bytes());
            buf.make_ascii_lowercase();
            assert_eq!(u64::from_be_bytes(buf), pack(w.as_bytes()), "{w}");
        }
        assert!(is_listed_abbreviation("MR"));
        assert!(is_title_abbreviation("Gen."));
        assert!(!is_listed_abbreviation("Generals"));
    }

    #[test]
    fn general_punctuation_holds_no_word_char() {
        for c in '\u{2000}'..='\u{206F}' {
            assert!(!c.is_alphanumeric(), "{c:?}");
        }
        assert!(is_word_char('é') && is_word_char('7') && !is_word_char('’'));
    }

    #[test]
    fn newline_ends_paragraph_and_sentence() {
        let d = Document::new("One line\nTwo line");
        assert_eq!(d.paragraphs.len(), 2);
        assert_eq!(d.sentences.len(), 2);
    }
}
