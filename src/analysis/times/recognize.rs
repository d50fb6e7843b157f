//! The grammar of temporal expressions: a hand-written matcher over tokens that recognises an
//! expression starting at a token and normalises it on the spot (against the publication date
//! and the last date mentioned).

mod calendar;
mod numeric;
mod quantity;
mod tense;

use super::normalize::{
    duration, month_day, shift, unit_gran, weekday_from, ymd, Dir, Gran, Point,
};
use super::words::{
    day_part, month, number_word, ordinal_word, season, time_zone, unit, weekday, Kind, Tok, Unit,
    WordSet,
};
use crate::analysis::model::TimexType;
use chrono::{Datelike, NaiveDate};
use std::cell::Cell;

/// One recognised expression: tokens `start..end`, type, value, and the point it names.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// TIMEX3 type.
    pub kind: TimexType,
    /// TIMEX3 value.
    pub value: String,
    /// The date it names, for later relative expressions.
    pub point: Option<Point>,
}

/// A core match (before prefixes are attached).
struct M {
    end: usize,
    kind: TimexType,
    value: String,
    point: Option<Point>,
    /// Whether a leading "the" belongs to the expression.
    uses_the: bool,
}

impl M {
    fn date(end: usize, p: Point) -> Self {
        M {
            end,
            kind: TimexType::Date,
            value: p.value(),
            point: Some(p),
            uses_the: false,
        }
    }
    fn lit(end: usize, kind: TimexType, value: impl Into<String>) -> Self {
        M {
            end,
            kind,
            value: value.into(),
            point: None,
            uses_the: false,
        }
    }
    fn the(mut self) -> Self {
        self.uses_the = true;
        self
    }
}

/// Modifiers seen before the core of an expression.
#[derive(Default, Clone, Copy)]
struct Pre {
    /// Index of a leading "the".
    the: Option<usize>,
    /// "about", "more than", ...: only durations and "ago" dates may follow.
    approx: bool,
    /// "early", "late", "the end of", "earlier", ...
    position: bool,
    /// Where the span starts when a leading hedge ("about", "only") stays outside it.
    skip: Option<usize>,
}

/// The matcher's state over one text.
pub(crate) struct Recognizer<'a> {
    text: &'a str,
    toks: &'a [Tok],
    /// The lower-cased text of each token, sliced from `lo` the first time it is asked for:
    /// the matcher looks at a small part of the tokens, so slicing them all cost more.
    lows: Vec<Cell<Option<&'a str>>>,
    /// The text ASCII-lower-cased (byte for byte).
    lo: &'a str,
    dct: Option<NaiveDate>,
    /// Last date mentioned, any grain (starts as the publication date).
    anchor: Option<Point>,
    /// Last day mentioned.
    anchor_day: Option<Point>,
    /// The token after the expression that set `anchor_day`.
    anchor_day_at: usize,
    /// Last quarter mentioned.
    last_quarter: Option<Point>,
    /// The token after the last span of several months ("the nine months"), 0 for none.
    months_at: usize,
}

impl<'a> Recognizer<'a> {
    /// A matcher over `toks` of `text` (`lo` is its ASCII lower-cased copy).
    pub fn new(text: &'a str, lo: &'a str, toks: &'a [Tok], dct: Option<NaiveDate>) -> Self {
        let p = dct.map(Point::day);
        let lows = vec![Cell::new(None); toks.len()];
        Recognizer {
            text,
            toks,
            lows,
            lo,
            dct,
            anchor: p,
            anchor_day: p,
            anchor_day_at: 0,
            last_quarter: None,
            months_at: 0,
        }
    }

    /// Every expression, in text order, non-overlapping. `starts` lists (in increasing order)
    /// the tokens that may start one: numbers, apostrophes before a number, and words that
    /// pass [`START_FILTER`] (see [`super::words::Tokens::starts`]); all others cannot.
    pub fn run(&mut self, starts: &[usize]) -> Vec<Found> {
        let mut out = Vec::new();
        // The first token not yet covered by an expression.
        let mut next = 0;
        for &i in starts {
            if i < next {
                continue;
            }
            // A word must be in the exact start set, not only pass its filter.
            if self.kind(i) == Some(Kind::Word) && !START_SET.contains(self.w(i)) {
                continue;
            }
            if let Some(f) = self.match_at(i) {
                if let Some(p) = f.point {
                    if matches!(f.kind, TimexType::Date | TimexType::Time) {
                        self.anchor = Some(p);
                        if p.gran == Gran::Day {
                            self.anchor_day = Some(p);
                            self.anchor_day_at = f.end;
                        }
                        if p.gran == Gran::Quarter && self.replaces_quarter(p) {
                            self.last_quarter = Some(p);
                        }
                    }
                }
                if f.kind == TimexType::Duration && several_months(&f.value) {
                    self.months_at = f.end;
                }
                next = f.end.max(i + 1);
                out.push(f);
            }
        }
        out
    }

    /// True when quarter `q` becomes the quarter under report: the first one named, or a
    /// finished one that is not older than a finished one named before it ("third-quarter
    /// net rose ... after a flat second quarter": the story still reports the third).
    fn replaces_quarter(&self, q: Point) -> bool {
        let Some(last) = self.last_quarter else {
            return true;
        };
        self.reported(q) && (!self.reported(last) || !last.year_known || q.date >= last.date)
    }

    /// True when quarter `q` is over at the publication date (or either is unknown): once a
    /// story has named such a quarter, a later unfinished one does not replace it as the
    /// quarter under report ("a fourth-quarter charge" in October looks ahead, and "the
    /// latest quarter" stays the third).
    fn reported(&self, q: Point) -> bool {
        let Some(dct) = self.dct.filter(|_| q.year_known) else {
            return true;
        };
        let first = (q.date.month() - 1) / 3 * 3 + 1;
        let Some(start) = ymd(q.date.year(), first, 1) else {
            return true;
        };
        let end = shift(start, Unit::Quarter, 1);
        end <= dct || q.date.year() < dct.year()
    }

    /// True when a span of several months ("for the nine months") came earlier in the
    /// sentence of token `j`: "a year earlier" then compares with that span of the year
    /// before, so it names the year, not the quarter under report.
    fn months_compared(&self, j: usize) -> bool {
        self.months_at > 0
            && self.months_at <= j
            && !(self.months_at..j).any(|k| self.ends_sentence(k) || self.line_break_before(k))
    }

    /// The lower-cased text of token `i` ("" past the end).
    fn w(&self, i: usize) -> &'a str {
        let Some(c) = self.lows.get(i) else {
            return "";
        };
        if let Some(w) = c.get() {
            return w;
        }
        let w = self
            .toks
            .get(i)
            .and_then(|t| self.lo.get(t.start..t.end))
            .unwrap_or("");
        c.set(Some(w));
        w
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    fn upper(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.upper)
    }

    /// The day a clock time at token `j` falls on: the day last named in the same sentence,
    /// else the publication date.
    fn day_of(&self, j: usize) -> Option<Point> {
        let dct = self.dct.map(Point::day);
        let from = self.anchor_day_at;
        if from == 0 || from > j || j - from > 40 {
            return dct;
        }
        let same = (from..j).all(|k| !self.ends_sentence(k) && !self.line_break_before(k + 1));
        if same {
            self.anchor_day
        } else {
            dct
        }
    }

    /// The month the story has moved back to, when the last date mentioned is a month, not
    /// after the publication month, that does not hold the last day mentioned ("killed last
    /// October ... crossed out that same day"). A day counted from the story's time ("that
    /// day", "the next morning", "a day later") then falls in that month, on a day the text
    /// does not give (TimeML anchors relative expressions on the reference time of the
    /// narrative, not on an older day). A month ahead ("won't be over in February or March")
    /// is a forecast, not the time of the narrative.
    fn month_moved_to(&self) -> Option<Point> {
        let a = self
            .anchor
            .filter(|a| a.gran == Gran::Month && a.year_known)?;
        let ym = |d: NaiveDate| (d.year(), d.month());
        if self.dct.is_some_and(|d| ym(a.date) > ym(d)) {
            return None;
        }
        match self.anchor_day {
            Some(d) if d.date.year() == a.date.year() && d.date.month() == a.date.month() => None,
            _ => Some(a),
        }
    }

    /// A day anaphor at tokens up to `end` when the story has moved on to a month (see
    /// [`Self::month_moved_to`]): "1998-10-XX", with `part` ("MO") a part of that day.
    fn day_in_moved_month(&self, end: usize, part: Option<&str>) -> Option<M> {
        let m = self.month_moved_to()?;
        let month = m.value_at(Gran::Month);
        Some(match part {
            Some(part) => M::lit(end, TimexType::Time, format!("{month}-XXT{part}")),
            None => M::lit(end, TimexType::Date, format!("{month}-XX")),
        })
    }

    /// True when token `j` is capitalised in mid-sentence (part of a name or title).
    fn name_like(&self, j: usize) -> bool {
        self.upper(j) && j > 0 && !self.line_break_before(j) && !self.ends_sentence(j - 1)
    }

    /// True when token `i` touches token `i - 1` (no space between).
    fn adj(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && self.toks[i].start == self.toks[i - 1].end
    }

    /// A plain number token (digits only) and its digit count.
    fn num(&self, i: usize) -> Option<(u32, usize)> {
        let w = self.w(i);
        if self.kind(i) != Some(Kind::Num) || w.len() > 9 || !w.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        w.parse().ok().map(|n| (n, w.len()))
    }

    fn is(&self, i: usize, s: &str) -> bool {
        self.w(i) == s
    }

    /// Skips an ordinal suffix ("19th") after number token `i`; returns the next token.
    fn after_ordinal(&self, i: usize) -> usize {
        if matches!(self.w(i + 1), "th" | "st" | "nd" | "rd") && self.adj(i + 1) {
            i + 2
        } else {
            i + 1
        }
    }

    /// Skips a dot right after token `i` (abbreviations); returns the next token.
    fn after_dot(&self, i: usize) -> usize {
        if self.is(i + 1, ".") && self.adj(i + 1) {
            i + 2
        } else {
            i + 1
        }
    }

    /// A year token (four digits, 1000..=2099) at `i`.
    fn year_at(&self, i: usize) -> Option<i32> {
        match self.num(i) {
            Some((y, 4)) if (1000..=2099).contains(&y) => Some(y as i32),
            _ => None,
        }
    }

    /// True when a line break lies between tokens `i - 1` and `i`.
    fn line_break_before(&self, i: usize) -> bool {
        if i == 0 || i >= self.toks.len() {
            return true;
        }
        // Bytes, not a `str` slice: a newline byte is a newline character in UTF-8.
        self.text
            .as_bytes()
            .get(self.toks[i - 1].end..self.toks[i].start)
            .is_some_and(|gap| gap.contains(&b'\n'))
    }

    /// The expression starting at token `i`, if any. The caller ([`Self::run`]) has already
    /// let through only the tokens that may start one (a start word, a number or an apostrophe
    /// before a number).
    fn match_at(&self, i: usize) -> Option<Found> {
        let first = self.w(i);
        // "on the same day": the preposition is part of this one.
        if first == "on" && self.is(i + 1, "the") && self.is(i + 2, "same") && self.is(i + 3, "day")
        {
            if let Some(m) = self.day_in_moved_month(i + 4, None) {
                return Some(Found {
                    start: i,
                    end: m.end,
                    kind: m.kind,
                    value: m.value,
                    point: None,
                });
            }
            let p = self.anchor_day?;
            return Some(Found {
                start: i,
                end: i + 4,
                kind: TimexType::Date,
                value: p.value(),
                point: Some(p),
            });
        }
        let mut pre = Pre::default();
        let mut j = i;
        loop {
            let w = self.w(j);
            if !super::words::maybe_in(&PREFIX_FILTER, w.as_bytes()) {
                break;
            }
            let n1 = self.w(j + 1);
            let step = match w {
                "the" if pre.the.is_none() => {
                    pre.the = Some(j);
                    1
                }
                "as" if matches!(n1, "early" | "late" | "recently") && self.is(j + 2, "as") => {
                    pre.position = true;
                    3
                }
                "about" | "around" | "nearly" | "almost" | "roughly" | "approximately" | "over"
                | "only" | "just" | "some" | "another" | "barely"
                    if !pre.approx && self.count(j + 1).is_some() =>
                {
                    pre.approx = true;
                    // News annotation leaves these hedges outside the expression, but for
                    // "nearly" and "almost" ("almost two years ago").
                    if j == i && !matches!(w, "nearly" | "almost" | "some" | "another") {
                        pre.skip = Some(j + 1);
                    }
                    1
                }
                "more" | "less" | "fewer" if n1 == "than" && !pre.approx => {
                    pre.approx = true;
                    2
                }
                "at" if matches!(n1, "least" | "most") && !pre.approx => {
                    pre.approx = true;
                    2
                }
                "up" if n1 == "to" && !pre.approx && self.count(j + 2).is_some() => {
                    pre.approx = true;
                    2
                }
                "early" | "late" | "mid" if !pre.position => {
                    pre.position = true;
                    if n1 == "-" && self.adj(j + 1) {
                        2
                    } else {
                        1
                    }
                }
                "earlier" | "later"
                    if !pre.position
                        && (matches!(
                            n1,
                            "this" | "today" | "tonight" | "in" | "that" | "yesterday" | "tomorrow"
                        ) || weekday(n1).is_some()) =>
                {
                    pre.position = true;
                    if n1 == "in" && self.is(j + 2, "the") {
                        2
                    } else {
                        1
                    }
                }
                "end" | "beginning" | "start" | "middle" | "turn" | "close"
                    if pre.the == Some(j.wrapping_sub(1)) && n1 == "of" && !pre.position =>
                {
                    pre.position = true;
                    pre.the = None;
                    2
                }
                _ => 0,
            };
            if step == 0 {
                break;
            }
            j += step;
        }
        // Most candidates ("the", "a", "that") are followed by a word no expression begins
        // with: reject those before the grammar looks at them.
        if self.kind(j) == Some(Kind::Word) && !may_begin_core(self.w(j)) {
            return None;
        }
        let m = self.core(j, pre)?;
        if pre.approx && m.kind == TimexType::Set {
            return None;
        }
        let mut start = pre.skip.unwrap_or(i);
        if !m.uses_the && pre.the == Some(start) {
            start = i + 1;
            if start >= m.end {
                return None;
            }
        }
        Some(Found {
            start,
            end: m.end,
            kind: m.kind,
            value: m.value,
            point: m.point,
        })
    }

    fn core(&self, j: usize, pre: Pre) -> Option<M> {
        let has_the = pre.the.is_some();
        if let Some(m) = self.quantity(j, has_the, pre.approx) {
            return Some(m);
        }
        if pre.approx {
            return None;
        }
        match self.kind(j)? {
            Kind::Num => self.numeric(j, has_the),
            Kind::Punct => self.decade_apostrophe(j).map(M::the),
            Kind::Word => self.word(j, has_the, pre),
        }
    }
}

/// A match that names a date but must not become the anchor of later expressions.
/// True for a duration value of four to eleven months ("P9M"), a part of a year longer than
/// a quarter.
fn several_months(value: &str) -> bool {
    value
        .strip_prefix('P')
        .and_then(|v| v.strip_suffix('M'))
        .and_then(|n| n.parse::<u32>().ok())
        .is_some_and(|n| (4..=11).contains(&n))
}

fn unanchored(mut m: M) -> M {
    m.point = None;
    m
}

/// The coarser of two grains.
fn coarser(a: Gran, b: Gran) -> Gran {
    let rank = |g: Gran| match g {
        Gran::Day => 0,
        Gran::Week => 1,
        Gran::Month => 2,
        Gran::Quarter => 3,
        Gran::Year => 4,
    };
    if rank(a) >= rank(b) {
        a
    } else {
        b
    }
}

fn year_point(y: i32) -> Point {
    Point {
        date: NaiveDate::from_ymd_opt(y, 1, 1).unwrap_or_default(),
        year_known: true,
        gran: Gran::Year,
    }
}

/// A TIME value: the day (or `XXXX-XX-XX`) and a clock or part-of-day suffix.
fn time_value(end: usize, day: Option<Point>, suffix: &str) -> M {
    let d = day.map_or_else(|| "XXXX-XX-XX".to_string(), |p| p.value_at(Gran::Day));
    M {
        end,
        kind: TimexType::Time,
        value: format!("{d}{suffix}"),
        point: day,
        uses_the: false,
    }
}

fn to24(h: u32, pm: bool) -> Option<u32> {
    if h == 0 || h > 12 {
        return None;
    }
    Some(match (h, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    })
}

/// Every word the core of an expression (what follows the prefixes "the", "about", "early",
/// ...) can begin with: the heads of the arms of `word`, the leads and counts of `quantity`
/// and the closed word classes (sorted).
const CORE_WORDS: &[&str] = &[
    "a",
    "after",
    "afternoon",
    "ago",
    "an",
    "annually",
    "apr",
    "april",
    "aug",
    "august",
    "autumn",
    "before",
    "calendar",
    "centuries",
    "century",
    "christmas",
    "coming",
    "comparable",
    "corresponding",
    "couple",
    "current",
    "currently",
    "daily",
    "day",
    "days",
    "dec",
    "decade",
    "decades",
    "december",
    "dozen",
    "each",
    "earlier",
    "eight",
    "eighteen",
    "eighteenth",
    "eighth",
    "eighties",
    "eighty",
    "election",
    "eleven",
    "eleventh",
    "end",
    "evening",
    "every",
    "fall",
    "feb",
    "february",
    "few",
    "fifteen",
    "fifteenth",
    "fifth",
    "fifties",
    "fifty",
    "final",
    "first",
    "fiscal",
    "five",
    "following",
    "forties",
    "forty",
    "four",
    "fourteen",
    "fourteenth",
    "fourth",
    "friday",
    "fridays",
    "full",
    "future",
    "h",
    "half",
    "halloween",
    "hour",
    "hourly",
    "hours",
    "hundred",
    "independence",
    "jan",
    "january",
    "jul",
    "july",
    "jun",
    "june",
    "labor",
    "last",
    "lately",
    "later",
    "latest",
    "latter",
    "many",
    "mar",
    "march",
    "may",
    "memorial",
    "midday",
    "midnight",
    "minute",
    "minutes",
    "monday",
    "mondays",
    "month",
    "monthly",
    "months",
    "more",
    "morning",
    "most",
    "near",
    "new",
    "next",
    "night",
    "nine",
    "nineteen",
    "nineteenth",
    "nineties",
    "ninety",
    "ninth",
    "noon",
    "nov",
    "november",
    "now",
    "nowadays",
    "oct",
    "october",
    "of",
    "old",
    "one",
    "past",
    "per",
    "preceding",
    "present",
    "presently",
    "previous",
    "prior",
    "q",
    "quarter",
    "quarters",
    "recent",
    "recently",
    "same",
    "saturday",
    "saturdays",
    "second",
    "seconds",
    "sep",
    "sept",
    "september",
    "seven",
    "seventeen",
    "seventeenth",
    "seventh",
    "seventies",
    "seventy",
    "several",
    "short",
    "since",
    "six",
    "sixteen",
    "sixteenth",
    "sixth",
    "sixties",
    "sixty",
    "some",
    "spring",
    "summer",
    "sunday",
    "sundays",
    "ten",
    "tenth",
    "thanksgiving",
    "that",
    "these",
    "third",
    "thirteen",
    "thirteenth",
    "thirties",
    "thirtieth",
    "thirty",
    "this",
    "three",
    "thursday",
    "thursdays",
    "today",
    "tomorrow",
    "tonight",
    "tuesday",
    "tuesdays",
    "twelfth",
    "twelve",
    "twenties",
    "twentieth",
    "twenty",
    "two",
    "upcoming",
    "valentine",
    "wednesday",
    "wednesdays",
    "week",
    "weekend",
    "weekends",
    "weekly",
    "weeks",
    "when",
    "winter",
    "year",
    "yearly",
    "years",
    "yesterday",
];

/// (first letter, last letter, length) filter over [`CORE_WORDS`].
static CORE_FILTER: super::words::Filter = super::words::filter_table(CORE_WORDS);

/// Can the core of an expression begin with this (lower-case) word? `core` returns nothing
/// for a word token that is not in [`CORE_WORDS`], so [`Recognizer::match_at`] stops early.
fn may_begin_core(w: &str) -> bool {
    super::words::maybe_in(&CORE_FILTER, w.as_bytes()) && CORE_SET.contains(w)
}

/// [`CORE_WORDS`] as a hash set.
static CORE_SET: WordSet = WordSet::new(CORE_WORDS);

/// (first letter, last letter, length) filter over [`START_EXACT`].
pub(crate) static START_FILTER: super::words::Filter = super::words::filter_table(START_EXACT);

/// Exactly the words an expression can start with: the heads of the prefixes of
/// [`Recognizer::match_at`] and of the arms of `core` that may stand first, and the closed word
/// classes (months, weekdays, seasons, ordinals, numbers).
pub(crate) const START_EXACT: &[&str] = &[
    "a",
    "about",
    "afternoon",
    "almost",
    "an",
    "annually",
    "another",
    "approximately",
    "apr",
    "april",
    "around",
    "as",
    "at",
    "aug",
    "august",
    "autumn",
    "barely",
    "beginning",
    "calendar",
    "centuries",
    "christmas",
    "coming",
    "comparable",
    "current",
    "currently",
    "daily",
    "day",
    "days",
    "dec",
    "decade",
    "decades",
    "december",
    "dozen",
    "each",
    "earlier",
    "early",
    "eight",
    "eighteen",
    "eighteenth",
    "eighth",
    "eighties",
    "eighty",
    "election",
    "eleven",
    "eleventh",
    "end",
    "evening",
    "every",
    "fall",
    "feb",
    "february",
    "few",
    "fewer",
    "fifteen",
    "fifteenth",
    "fifth",
    "fifties",
    "fifty",
    "final",
    "first",
    "fiscal",
    "five",
    "following",
    "formerly",
    "forties",
    "forty",
    "four",
    "fourteen",
    "fourteenth",
    "fourth",
    "friday",
    "fridays",
    "full",
    "future",
    "h",
    "half",
    "halloween",
    "hourly",
    "hours",
    "hundred",
    "independence",
    "jan",
    "january",
    "jul",
    "july",
    "jun",
    "june",
    "just",
    "labor",
    "last",
    "late",
    "lately",
    "later",
    "latest",
    "latter",
    "less",
    "many",
    "mar",
    "march",
    "may",
    "memorial",
    "mid",
    "midday",
    "middle",
    "midnight",
    "minutes",
    "monday",
    "mondays",
    "monthly",
    "months",
    "more",
    "morning",
    "near",
    "nearly",
    "new",
    "next",
    "nine",
    "nineteen",
    "nineteenth",
    "nineties",
    "ninety",
    "ninth",
    "noon",
    "nov",
    "november",
    "now",
    "nowadays",
    "oct",
    "october",
    "on",
    "one",
    "only",
    "over",
    "past",
    "per",
    "preceding",
    "present",
    "presently",
    "previous",
    "previously",
    "prior",
    "q",
    "quarter",
    "recent",
    "recently",
    "roughly",
    "same",
    "saturday",
    "saturdays",
    "second",
    "sep",
    "sept",
    "september",
    "seven",
    "seventeen",
    "seventeenth",
    "seventh",
    "seventies",
    "seventy",
    "several",
    "six",
    "sixteen",
    "sixteenth",
    "sixth",
    "sixties",
    "sixty",
    "some",
    "soon",
    "spring",
    "start",
    "summer",
    "sunday",
    "sundays",
    "ten",
    "tenth",
    "thanksgiving",
    "that",
    "the",
    "these",
    "third",
    "thirteen",
    "thirteenth",
    "thirties",
    "thirtieth",
    "thirty",
    "this",
    "three",
    "thursday",
    "thursdays",
    "today",
    "tomorrow",
    "tonight",
    "tuesday",
    "tuesdays",
    "twelfth",
    "twelve",
    "twenties",
    "twentieth",
    "twenty",
    "two",
    "up",
    "upcoming",
    "valentine",
    "wednesday",
    "wednesdays",
    "weekend",
    "weekly",
    "weeks",
    "winter",
    "year",
    "yearly",
    "years",
    "yesterday",
];

/// [`START_EXACT`] as a hash set.
static START_SET: WordSet = WordSet::new(START_EXACT);

/// Can an expression start with this (lower-case) word? (What the tokenizer's filter on
/// [`START_FILTER`] and the look-up in [`START_SET`] in [`Recognizer::run`] decide together.)
#[cfg(test)]
fn may_start(w: &str) -> bool {
    super::words::maybe_in(&START_FILTER, w.as_bytes()) && START_SET.contains(w)
}

/// The words that open a prefix in [`Recognizer::match_at`] ("the", "about", "early", ...).
const PREFIX_WORDS: &[&str] = &[
    "the",
    "as",
    "about",
    "around",
    "nearly",
    "almost",
    "roughly",
    "approximately",
    "over",
    "only",
    "just",
    "some",
    "another",
    "barely",
    "more",
    "less",
    "fewer",
    "at",
    "up",
    "early",
    "late",
    "mid",
    "earlier",
    "later",
    "end",
    "beginning",
    "start",
    "middle",
    "turn",
    "close",
];

/// (first letter, last letter, length) filter over [`PREFIX_WORDS`].
static PREFIX_FILTER: super::words::Filter = super::words::filter_table(PREFIX_WORDS);

#[cfg(test)]
mod filter_tests {
    use super::*;

    /// The former chain of tests [`may_start`] replaces, kept to check it against.
    fn may_start_reference(w: &str) -> bool {
        if !super::super::words::maybe_in(&START_FILTER, w.as_bytes()) {
            return false;
        }
        month(w).is_some()
            || weekday(w).is_some()
            || w.strip_suffix('s').and_then(weekday).is_some()
            || season(w).is_some()
            || ordinal_word(w).is_some()
            || number_word(w).is_some()
            || matches!(
                w,
                "the"
                    | "a"
                    | "an"
                    | "half"
                    | "q"
                    | "h"
                    | "as"
                    | "about"
                    | "around"
                    | "nearly"
                    | "almost"
                    | "roughly"
                    | "approximately"
                    | "over"
                    | "only"
                    | "just"
                    | "some"
                    | "another"
                    | "barely"
                    | "more"
                    | "less"
                    | "fewer"
                    | "at"
                    | "up"
                    | "early"
                    | "late"
                    | "mid"
                    | "earlier"
                    | "later"
                    | "today"
                    | "yesterday"
                    | "tomorrow"
                    | "tonight"
                    | "now"
                    | "currently"
                    | "presently"
                    | "nowadays"
                    | "present"
                    | "current"
                    | "these"
                    | "recently"
                    | "lately"
                    | "previously"
                    | "formerly"
                    | "recent"
                    | "soon"
                    | "future"
                    | "near"
                    | "past"
                    | "coming"
                    | "this"
                    | "last"
                    | "next"
                    | "previous"
                    | "following"
                    | "that"
                    | "same"
                    | "latest"
                    | "latter"
                    | "prior"
                    | "preceding"
                    | "upcoming"
                    | "fiscal"
                    | "every"
                    | "each"
                    | "per"
                    | "daily"
                    | "weekly"
                    | "monthly"
                    | "annually"
                    | "yearly"
                    | "hourly"
                    | "year"
                    | "quarter"
                    | "weekend"
                    | "morning"
                    | "afternoon"
                    | "evening"
                    | "christmas"
                    | "thanksgiving"
                    | "halloween"
                    | "new"
                    | "independence"
                    | "valentine"
                    | "labor"
                    | "memorial"
                    | "election"
                    | "several"
                    | "few"
                    | "many"
                    | "on"
                    | "first"
                    | "final"
                    | "end"
                    | "beginning"
                    | "start"
                    | "middle"
                    | "full"
                    | "calendar"
                    | "comparable"
                    | "noon"
                    | "midday"
                    | "midnight"
                    | "nineteen"
                    | "twenties"
                    | "thirties"
                    | "forties"
                    | "fifties"
                    | "sixties"
                    | "seventies"
                    | "eighties"
                    | "nineties"
                    | "years"
                    | "months"
                    | "weeks"
                    | "days"
                    | "decades"
                    | "hours"
                    | "minutes"
                    | "centuries"
                    | "day"
                    | "decade"
            )
    }

    #[test]
    fn start_set_is_the_former_chain() {
        let probe = [
            "the",
            "government",
            "night",
            "weeks",
            "",
            "x",
            "thursday",
            "nineteenth",
        ];
        for w in START_EXACT
            .iter()
            .chain(CORE_WORDS)
            .chain(PREFIX_WORDS)
            .chain(&probe)
        {
            assert_eq!(may_start(w), may_start_reference(w), "{w}");
        }
    }

    #[test]
    fn core_words_are_sorted_and_searchable() {
        assert!(CORE_WORDS.windows(2).all(|p| p[0] < p[1]));
        assert!(CORE_WORDS.iter().all(|w| may_begin_core(w)));
        assert!(!may_begin_core("government"));
        assert!(!may_begin_core(""));
    }

    #[test]
    fn core_words_cover_the_word_classes() {
        // Every word a class function knows must get through the core filter.
        for w in START_EXACT.iter().chain(CORE_WORDS) {
            let class = month(w).is_some()
                || weekday(w).is_some()
                || season(w).is_some()
                || ordinal_word(w).is_some()
                || number_word(w).is_some()
                || unit(w).is_some();
            assert!(!class || may_begin_core(w), "{w}");
        }
        for w in [
            "january",
            "sept",
            "sunday",
            "autumn",
            "thirtieth",
            "dozen",
            "centuries",
        ] {
            assert!(may_begin_core(w), "{w}");
        }
    }
}
