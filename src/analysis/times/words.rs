//! Tokens and the small closed word classes temporal expressions are built from.

use crate::analysis::lexicon::Facts;
use crate::analysis::segment::{Document, TokenKind};

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters (ASCII or any alphabetic character).
    Word,
    /// Digits, with inner `,`/`.` groups ("1,000", "3.5").
    Num,
    /// Any other single non-space character.
    Punct,
}

/// One token: a byte range of the text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Its class.
    pub kind: Kind,
    /// True when the first character is an upper-case letter.
    pub upper: bool,
}

/// Byte classes for the tokenizer's fast path: one table look-up instead of a chain of tests.
const SPACE: u8 = 1;
const DIGIT: u8 = 2;
const LOWER: u8 = 3;
const UPPER: u8 = 4;
const HIGH: u8 = 5;

/// The class of every byte (0 for ASCII punctuation and control characters).
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0usize;
    while c < 256 {
        let b = c as u8;
        t[c] = if b.is_ascii_whitespace() {
            SPACE
        } else if b.is_ascii_digit() {
            DIGIT
        } else if b.is_ascii_lowercase() {
            LOWER
        } else if b.is_ascii_uppercase() {
            UPPER
        } else if b >= 0x80 {
            HIGH
        } else {
            0
        };
        c += 1;
    }
    t
};

/// True for an ASCII letter (the word loop's fast path).
static LETTER: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0usize;
    while c < 256 {
        t[c] = (c as u8).is_ascii_alphabetic();
        c += 1;
    }
    t
};

/// The tokens of a text and the ones a matcher needs to look at.
pub(crate) struct Tokens {
    /// Every token, in text order.
    pub toks: Vec<Tok>,
    /// In increasing order, the indices of the tokens that may start an expression: every
    /// number, every apostrophe right before a number ("'90s"), and every word whose lower-cased
    /// form passes the (first letter, last letter, length) filter given to [`tokenize`].
    pub starts: Vec<usize>,
}

/// True for a punctuation token that is an apostrophe (straight or curly).
fn is_apostrophe(b: &[u8], t: &Tok) -> bool {
    matches!(b.get(t.start..t.end), Some(b"'" | [0xE2, 0x80, 0x99]))
}

/// Splits `text` into words, numbers and punctuation marks (spaces dropped), and lists the
/// tokens that may start an expression (see [`Tokens::starts`]); `start_filter` is a
/// [`filter_table`] of the start words.
pub(crate) fn tokenize(text: &str, start_filter: &Filter) -> Tokens {
    // News prose runs about one token per three bytes; reserve enough to never grow.
    let mut t = Tokens {
        toks: Vec::with_capacity(text.len() / 2 + 1),
        starts: Vec::with_capacity(text.len() / 64 + 1),
    };
    t.scan(text, 0, text.len(), start_filter);
    t
}

/// [`tokenize`] of the text of `doc`, read off its segmentation: a token of ASCII letters
/// only, of ASCII digits only, or a punctuation mark is the same token here, so only the
/// others (and the rare space that is not ASCII) are scanned again. The tokens are the same;
/// so are the starts, except that a word of ASCII letters is listed only when the lexicon
/// marks it [`Facts::TIME_START`] (the exact test the recognizer makes of every start word).
pub(crate) fn tokenize_segmented(doc: &Document, start_filter: &Filter) -> Tokens {
    let text = doc.text;
    let b = text.as_bytes();
    let mut t = Tokens {
        toks: Vec::with_capacity(doc.tokens.len() + doc.tokens.len() / 8 + 1),
        starts: Vec::with_capacity(text.len() / 64 + 1),
    };
    // where the tokens found so far end: a scanned token may run past its segment token
    let mut pos = 0;
    // (the spaces between segment tokens hold something else only when some are not ASCII
    // white space; otherwise there is nothing to scan between them)
    let odd_spaces = doc.has_odd_spaces();
    for (tok, facts) in doc.tokens.iter().zip(doc.facts_in(0..doc.tokens.len())) {
        let (start, end) = (tok.span.start, tok.span.end);
        if end <= pos {
            continue;
        }
        if odd_spaces && start > pos && !(start == pos + 1 && b.get(pos) == Some(&b' ')) {
            // the space before: what is not ASCII white space in it is punctuation here
            pos = t.scan(text, pos, start, start_filter);
        }
        if start < pos {
            pos = t.scan(text, pos, end, start_filter);
            continue;
        }
        if tok.kind == TokenKind::Punct {
            t.toks.push(Tok {
                start,
                end,
                kind: Kind::Punct,
                upper: false,
            });
        } else if facts.has(Facts::PLAIN_WORD) {
            // (the lexicon knows the start words: no need for the filter)
            if facts.has(Facts::TIME_START) {
                t.starts.push(t.toks.len());
            }
            t.toks.push(Tok {
                start,
                end,
                kind: Kind::Word,
                upper: b.get(start).is_some_and(u8::is_ascii_uppercase),
            });
        } else if facts.has(Facts::PLAIN_INT) {
            t.push_num(b, start, end);
        } else {
            pos = t.scan(text, start, end, start_filter);
            continue;
        }
        pos = end;
    }
    t.scan(text, pos, text.len(), start_filter);
    t
}

impl Tokens {
    /// Pushes the word `b[start..end]`, listing it among the starts when the filter passes it.
    #[inline]
    fn push_word(&mut self, b: &[u8], start: usize, end: usize, upper: bool, filter: &Filter) {
        // The filter on the lower-cased end letters: OR-ing 0x20 lower-cases an ASCII
        // letter and leaves a byte of a non-ASCII letter outside 'a'..='z', as in `lo`.
        if let (Some(&f), Some(&l)) = (b.get(start), b.get(end.wrapping_sub(1))) {
            if maybe_in_ends(filter, f | 0x20, l | 0x20, end - start) {
                self.starts.push(self.toks.len());
            }
        }
        self.toks.push(Tok {
            start,
            end,
            kind: Kind::Word,
            upper,
        });
    }

    /// Pushes the number `b[start..end]`, a start, with the apostrophe right before it.
    #[inline]
    fn push_num(&mut self, b: &[u8], start: usize, end: usize) {
        if let Some(p) = self.toks.last() {
            if p.kind == Kind::Punct && is_apostrophe(b, p) {
                self.starts.push(self.toks.len() - 1);
            }
        }
        self.starts.push(self.toks.len());
        self.toks.push(Tok {
            start,
            end,
            kind: Kind::Num,
            upper: false,
        });
    }

    /// Tokenizes `text` from byte `i` (where a token may start) until a token ends at or past
    /// `limit`, or the text ends; returns where the last token ended (or `limit`).
    fn scan(&mut self, text: &str, mut i: usize, limit: usize, start_filter: &Filter) -> usize {
        let b = text.as_bytes();
        while i < limit {
            let Some(&c) = b.get(i) else {
                break;
            };
            let class = CLASS[c as usize];
            if class == SPACE {
                i += 1;
                continue;
            }
            let start = i;
            if class == LOWER || class == UPPER || (class == HIGH && alpha_at(text, i)) {
                let upper = class == UPPER || (class == HIGH && upper_at(text, i));
                loop {
                    // ASCII letters first, in a tight loop; a non-ASCII letter continues the word.
                    i = letter_run_end(b, i);
                    match b.get(i) {
                        Some(&d) if d >= 0x80 && alpha_at(text, i) => i += char_len(d),
                        _ => break,
                    }
                }
                self.push_word(b, start, i, upper, start_filter);
                continue;
            }
            if class == DIGIT {
                i += 1;
                while i < b.len() {
                    if b[i].is_ascii_digit() {
                        i += 1;
                    } else if (b[i] == b',' || b[i] == b'.')
                        && i + 1 < b.len()
                        && b[i + 1].is_ascii_digit()
                        && i > start
                    {
                        i += 2;
                    } else {
                        break;
                    }
                }
                self.push_num(b, start, i);
                continue;
            }
            i += if c >= 0x80 { char_len(c) } else { 1 };
            let end = i.min(b.len());
            i = end;
            self.toks.push(Tok {
                start,
                end,
                kind: Kind::Punct,
                upper: false,
            });
        }
        i.max(limit)
    }
}

/// The first index at or after `i` that does not hold an ASCII letter, eight bytes at a time.
fn letter_run_end(b: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(bytes) = b.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let x = u64::from_le_bytes(*bytes);
        // Fold upper case onto lower case and keep seven bits, so no byte carries into the
        // next: a byte is a letter when it was ASCII and now lies in 'a'..='z'.
        let low7 = (x | (0x20 * ONES)) & !HIGH;
        let from_a = low7 + (0x80 - u64::from(b'a')) * ONES;
        let past_z = low7 + (0x80 - u64::from(b'z') - 1) * ONES;
        let letters = from_a & !past_z & !x & HIGH;
        let others = !letters & HIGH;
        if others != 0 {
            return i + (others.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while b.get(i).is_some_and(|&d| LETTER[d as usize]) {
        i += 1;
    }
    i
}

fn char_len(lead: u8) -> usize {
    match lead {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

fn alpha_at(text: &str, i: usize) -> bool {
    // General punctuation (U+2000..U+206F: dashes, curly quotes) is never a letter.
    let b = text.as_bytes();
    if b.get(i) == Some(&0xE2) && matches!(b.get(i + 1), Some(0x80 | 0x81)) {
        return false;
    }
    text.get(i..)
        .and_then(|s| s.chars().next())
        .is_some_and(char::is_alphabetic)
}

fn upper_at(text: &str, i: usize) -> bool {
    text.get(i..)
        .and_then(|s| s.chars().next())
        .is_some_and(char::is_uppercase)
}

/// Month number of a full or abbreviated month name (lower case, no dot).
pub(crate) fn month(w: &str) -> Option<(u32, bool)> {
    Some(match w {
        "january" => (1, false),
        "february" => (2, false),
        "march" => (3, false),
        "april" => (4, false),
        "may" => (5, false),
        "june" => (6, false),
        "july" => (7, false),
        "august" => (8, false),
        "september" => (9, false),
        "october" => (10, false),
        "november" => (11, false),
        "december" => (12, false),
        "jan" => (1, true),
        "feb" => (2, true),
        "mar" => (3, true),
        "apr" => (4, true),
        "jun" => (6, true),
        "jul" => (7, true),
        "aug" => (8, true),
        "sep" | "sept" => (9, true),
        "oct" => (10, true),
        "nov" => (11, true),
        "dec" => (12, true),
        _ => return None,
    })
}

/// Weekday number, Monday = 1.
pub(crate) fn weekday(w: &str) -> Option<u32> {
    Some(match w {
        "monday" => 1,
        "tuesday" => 2,
        "wednesday" => 3,
        "thursday" => 4,
        "friday" => 5,
        "saturday" => 6,
        "sunday" => 7,
        _ => return None,
    })
}

/// A unit of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    /// Second.
    Second,
    /// Minute.
    Minute,
    /// Hour.
    Hour,
    /// Day.
    Day,
    /// Week.
    Week,
    /// Weekend.
    Weekend,
    /// Month.
    Month,
    /// Quarter of a year.
    Quarter,
    /// Year.
    Year,
    /// Ten years.
    Decade,
    /// A hundred years.
    Century,
}

/// A unit word and whether it is plural.
pub(crate) fn unit(w: &str) -> Option<(Unit, bool)> {
    use Unit::*;
    Some(match w {
        "second" => (Second, false),
        "seconds" => (Second, true),
        "minute" => (Minute, false),
        "minutes" => (Minute, true),
        "hour" => (Hour, false),
        "hours" => (Hour, true),
        "day" => (Day, false),
        "days" => (Day, true),
        "week" => (Week, false),
        "weeks" => (Week, true),
        "weekend" => (Weekend, false),
        "weekends" => (Weekend, true),
        "month" => (Month, false),
        "months" => (Month, true),
        "quarter" => (Quarter, false),
        "quarters" => (Quarter, true),
        "year" => (Year, false),
        "years" => (Year, true),
        "decade" => (Decade, false),
        "decades" => (Decade, true),
        "century" => (Century, false),
        "centuries" => (Century, true),
        _ => return None,
    })
}

/// The value of a number word ("two" = 2, "a dozen" handled by the caller).
pub(crate) fn number_word(w: &str) -> Option<u32> {
    Some(match w {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        "hundred" => 100,
        "dozen" => 12,
        _ => return None,
    })
}

/// The value of an ordinal word ("third" = 3).
pub(crate) fn ordinal_word(w: &str) -> Option<u32> {
    Some(match w {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "thirtieth" => 30,
        _ => return None,
    })
}

/// The TIMEX3 code of a season word.
pub(crate) fn season(w: &str) -> Option<&'static str> {
    Some(match w {
        "spring" => "SP",
        "summer" => "SU",
        "fall" | "autumn" => "FA",
        "winter" => "WI",
        _ => return None,
    })
}

/// The TIMEX3 code of a part of the day.
pub(crate) fn day_part(w: &str) -> Option<&'static str> {
    Some(match w {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        "night" => "NI",
        _ => return None,
    })
}

/// True for a time-zone abbreviation written after a clock time.
pub(crate) fn time_zone(w: &str) -> bool {
    matches!(
        w,
        "est"
            | "edt"
            | "cst"
            | "cdt"
            | "mst"
            | "mdt"
            | "pst"
            | "pdt"
            | "gmt"
            | "utc"
            | "et"
            | "bst"
    )
}

/// Rows (and columns) of a [`Filter`]: one per letter 'a'..='z', and a last one for any
/// other byte, which stays empty.
const FILTER_SIDE: usize = 27;

/// A (first letter, last letter, length) bit table of lower-case ASCII words: a word can be in
/// the set only if its bit is on.
pub(crate) type Filter = [u32; FILTER_SIDE * FILTER_SIDE];

/// The row of a [`Filter`] for a byte: its letter number for 'a'..='z', the empty last row
/// for anything else (upper case included).
static LETTER_ROW: [u8; 256] = {
    let mut t = [(FILTER_SIDE - 1) as u8; 256];
    let mut c = b'a';
    while c <= b'z' {
        t[c as usize] = c - b'a';
        c += 1;
    }
    t
};

/// The [`Filter`] of `words`.
pub(crate) const fn filter_table(words: &[&str]) -> Filter {
    let mut t = [0u32; FILTER_SIDE * FILTER_SIDE];
    let mut i = 0;
    while i < words.len() {
        let b = words[i].as_bytes();
        let n = b.len();
        if n > 0 && n < 32 && b[0].is_ascii_lowercase() && b[n - 1].is_ascii_lowercase() {
            let k = (b[0] - b'a') as usize * FILTER_SIDE + (b[n - 1] - b'a') as usize;
            t[k] |= 1 << n;
        }
        i += 1;
    }
    t
}

/// True when `w` may be one of the words `table` was built from.
pub(crate) fn maybe_in(table: &Filter, w: &[u8]) -> bool {
    match (w.first(), w.last()) {
        (Some(&f), Some(&l)) => maybe_in_ends(table, f, l, w.len()),
        _ => false,
    }
}

/// [`maybe_in`] for a word of `n` bytes whose first byte is `f` and last byte `l`.
fn maybe_in_ends(table: &Filter, f: u8, l: u8, n: usize) -> bool {
    // A byte other than 'a'..='z' at either end picks an empty row or column.
    let k = usize::from(LETTER_ROW[usize::from(f)]) * FILTER_SIDE
        + usize::from(LETTER_ROW[usize::from(l)]);
    n < 32 && table.get(k).is_some_and(|m| m >> n & 1 != 0)
}

/// Slots in a [`WordSet`] (a power of two, well above the longest list).
const SET_SLOTS: usize = 1024;

/// FNV-1a hash of a word, usable in constants.
const fn fnv(w: &[u8]) -> usize {
    let mut h: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < w.len() {
        h ^= w[i] as u32;
        h = h.wrapping_mul(0x0100_0193);
        i += 1;
    }
    h as usize
}

/// A set of words built at compile time: open addressing with linear probing, so a look-up
/// costs one hash and usually one comparison instead of a chain of them.
pub(crate) struct WordSet {
    slots: [&'static str; SET_SLOTS],
}

impl WordSet {
    /// The set of `words` (at most half of [`SET_SLOTS`], none empty).
    pub(crate) const fn new(words: &[&'static str]) -> Self {
        assert!(words.len() * 2 <= SET_SLOTS);
        let mut slots = [""; SET_SLOTS];
        let mut i = 0;
        while i < words.len() {
            assert!(!words[i].is_empty());
            let mut k = fnv(words[i].as_bytes()) & (SET_SLOTS - 1);
            while !slots[k].is_empty() {
                k = (k + 1) & (SET_SLOTS - 1);
            }
            slots[k] = words[i];
            i += 1;
        }
        WordSet { slots }
    }

    /// True when `w` is in the set.
    pub(crate) fn contains(&self, w: &str) -> bool {
        let mut k = fnv(w.as_bytes()) & (SET_SLOTS - 1);
        loop {
            let s = self.slots[k];
            if s.is_empty() {
                return false;
            }
            if s == w {
                return true;
            }
            k = (k + 1) & (SET_SLOTS - 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_numbers_whole() {
        let t = "On 1,000 days, July 19th.";
        let toks = tokenize(t, &filter_table(&["july"])).toks;
        let words: Vec<&str> = toks.iter().map(|k| &t[k.start..k.end]).collect();
        assert_eq!(words, ["On", "1,000", "days", ",", "July", "19", "th", "."]);
        assert!(toks[0].upper);
    }

    #[test]
    fn tokens_handle_non_ascii() {
        let t = "“Heute” Amir-Abdollahian’s ü 3";
        let toks = tokenize(t, &filter_table(&["july"])).toks;
        assert!(toks.iter().all(|k| t.get(k.start..k.end).is_some()));
        assert_eq!(&t[toks[1].start..toks[1].end], "Heute");
    }

    #[test]
    fn starts_are_numbers_apostrophes_before_numbers_and_filtered_words() {
        static F: Filter = filter_table(&["may", "the"]);
        let t = "In the '90s, ' May ’80s THE Ma\u{e9}y x'y 7";
        let Tokens { toks, starts } = tokenize(t, &F);
        let words: Vec<&str> = starts
            .iter()
            .map(|&k| &t[toks[k].start..toks[k].end])
            .collect();
        assert_eq!(words, ["the", "'", "90", "May", "’", "80", "THE", "7"]);
    }

    #[test]
    fn filters_pass_their_words_and_only_lower_case_ends() {
        static F: Filter = filter_table(&["may", "z", "zz"]);
        for w in ["may", "z", "zz"] {
            assert!(maybe_in(&F, w.as_bytes()), "{w}");
        }
        for w in [
            "", "May", "maY", "ma", "mays", "m\u{e9}y", "{", "`", "@z", "z{", "Z",
        ] {
            assert!(!maybe_in(&F, w.as_bytes()), "{w}");
        }
        assert!(!maybe_in(&F, &[b'z'; 40]));
    }

    #[test]
    fn word_sets_find_exactly_their_words() {
        static SET: WordSet = WordSet::new(&["may", "june", "the", "a"]);
        for w in ["may", "june", "the", "a"] {
            assert!(SET.contains(w), "{w}");
        }
        for w in ["", "m", "mays", "jun", "The", "an"] {
            assert!(!SET.contains(w), "{w}");
        }
    }

    #[test]
    fn letter_runs_match_the_byte_test() {
        let t = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{ 09_-\u{e9}x\u{2019}s Zz";
        let b = t.as_bytes();
        for i in 0..=b.len() {
            let mut k = i;
            while k < b.len() && b[k].is_ascii_alphabetic() {
                k += 1;
            }
            assert_eq!(letter_run_end(b, i), k, "from {i}");
        }
        // Every byte value, at every alignment.
        let all: Vec<u8> = (0..=255u8).collect();
        for i in 0..=all.len() {
            let run = all[i..]
                .iter()
                .take_while(|d| d.is_ascii_alphabetic())
                .count();
            assert_eq!(letter_run_end(&all, i), i + run, "from {i}");
        }
    }

    /// The tokens of `text` as (start, end, kind, upper), and the starts, by both paths.
    fn both_ways(text: &str) {
        let f = &super::super::recognize::START_FILTER;
        let doc = Document::new(text);
        let plain = tokenize(text, f);
        let seg = tokenize_segmented(&doc, f);
        let key = |t: &Tokens| -> Vec<(usize, usize, Kind, bool)> {
            t.toks
                .iter()
                .map(|k| (k.start, k.end, k.kind, k.upper))
                .collect()
        };
        assert_eq!(key(&plain), key(&seg), "{text:?}");
        // the same starts once the words are checked against the exact start words, as the
        // recognizer does; the segmented ones may have been checked already
        let lo = text.to_ascii_lowercase();
        let exact = |starts: &[usize]| -> Vec<usize> {
            let words = super::super::start_words();
            starts
                .iter()
                .copied()
                .filter(|&i| {
                    plain.toks.get(i).is_some_and(|t| {
                        t.kind != Kind::Word
                            || lo.get(t.start..t.end).is_some_and(|w| words.contains(&w))
                    })
                })
                .collect()
        };
        assert!(
            seg.starts.iter().all(|i| plain.starts.contains(i)),
            "{text:?}"
        );
        assert_eq!(exact(&plain.starts), exact(&seg.starts), "{text:?}");
        assert!(!exact(&plain.starts).is_empty() || !text.contains("May"));
    }

    #[test]
    fn segmented_tokens_are_the_scanned_ones() {
        for text in [
            "",
            " ",
            "May",
            "On 1,000 days, July 19th.",
            "a1,000b abc1.5 x1.2.3 U.S. 5 1990-91 '90s ’80s The 5th of May.",
            "Mr.X said\u{a0}the\u{2009}day \u{b}x\tY\r\n  Z\u{2028}w",
            "F-16s hit Zürich and Amir-Abdollahian’s AT&T e.g. 3.5 15:00 1/2 ⁱx ²3",
            "don't Iran's it’s 12,345.67, 9. 7.a 8,a \"quoted\" (paren) — dash… ellipsis",
            "the  last   year\n\nMAY 2016 I.B.M. Gen. Smith 10th-century x’s a’b",
            "Ünïcödé ÉTÉ 2016-06-01 06/01/2016 1,2,3 ,5 .5 5. 5,",
        ] {
            both_ways(text);
        }
        for text in [
            include_str!("../../../assets/samples/iran-drones.txt"),
            include_str!("../../../assets/samples/port-strike-wire.md"),
            include_str!("../../../assets/samples/stadium-vote-ascii.txt"),
            include_str!("../../../assets/samples/wikinews-nz-flag.md"),
            include_str!("../../../assets/samples/wired-alphago-excerpt.txt"),
        ] {
            both_ways(text);
        }
    }

    #[test]
    fn word_classes() {
        assert_eq!(month("sept"), Some((9, true)));
        assert_eq!(weekday("sunday"), Some(7));
        assert_eq!(unit("years"), Some((Unit::Year, true)));
        assert_eq!(number_word("twelve"), Some(12));
        assert_eq!(season("autumn"), Some("FA"));
    }
}
