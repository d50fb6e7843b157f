//! The grammar of temporal expressions: a hand-written matcher over tokens that recognises an
//! expression starting at a token and normalises it on the spot (against the publication date
//! and the last date mentioned).

use super::normalize::{
    duration, month_day, shift, unit_gran, weekday_from, ymd, Dir, Gran, Point,
};
use super::words::{
    day_part, month, number_word, ordinal_word, season, time_zone, unit, weekday, Kind, Tok, Unit,
};
use crate::analysis::model::TimexType;
use chrono::{Datelike, NaiveDate};

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
    /// The lower-cased text of each token.
    lows: Vec<&'a str>,
    dct: Option<NaiveDate>,
    /// Last date mentioned, any grain (starts as the publication date).
    anchor: Option<Point>,
    /// Last day mentioned.
    anchor_day: Option<Point>,
    /// Last quarter mentioned.
    last_quarter: Option<Point>,
}

impl<'a> Recognizer<'a> {
    /// A matcher over `toks` of `text` (`lo` is its ASCII lower-cased copy).
    pub fn new(text: &'a str, lo: &'a str, toks: &'a [Tok], dct: Option<NaiveDate>) -> Self {
        let p = dct.map(Point::day);
        let lows = toks
            .iter()
            .map(|t| lo.get(t.start..t.end).unwrap_or(""))
            .collect();
        Recognizer {
            text,
            toks,
            lows,
            dct,
            anchor: p,
            anchor_day: p,
            last_quarter: None,
        }
    }

    /// Every expression, in text order, non-overlapping.
    pub fn run(&mut self) -> Vec<Found> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            // Fast path: most tokens cannot start an expression.
            let skip = match self.toks[i].kind {
                Kind::Word => !may_start(self.lows[i]),
                Kind::Punct => !matches!(self.lows[i], "'" | "’"),
                Kind::Num => false,
            };
            if skip {
                i += 1;
                continue;
            }
            if let Some(f) = self.match_at(i) {
                if let Some(p) = f.point {
                    if matches!(f.kind, TimexType::Date | TimexType::Time) {
                        self.anchor = Some(p);
                        if p.gran == Gran::Day {
                            self.anchor_day = Some(p);
                        }
                        if p.gran == Gran::Quarter {
                            self.last_quarter = Some(p);
                        }
                    }
                }
                i = f.end.max(i + 1);
                out.push(f);
            } else {
                i += 1;
            }
        }
        out
    }

    // ---- token helpers ----

    fn w(&self, i: usize) -> &'a str {
        self.lows.get(i).copied().unwrap_or("")
    }
    fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }
    fn upper(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.upper)
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
        let gap = self
            .text
            .get(self.toks[i - 1].end..self.toks[i].start)
            .unwrap_or("");
        gap.contains('\n')
    }

    // ---- the driver ----

    fn match_at(&self, i: usize) -> Option<Found> {
        let first = self.w(i);
        if self.kind(i) == Some(Kind::Word) && !may_start(first) {
            return None;
        }
        if self.kind(i) == Some(Kind::Punct) && first != "'" && first != "’" {
            return None;
        }
        // "on the same day": the preposition is part of this one.
        if first == "on" && self.is(i + 1, "the") && self.is(i + 2, "same") && self.is(i + 3, "day")
        {
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
                    // News annotation leaves these hedges outside the expression.
                    if j == i && !matches!(w, "nearly" | "some" | "another") {
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

    // ---- quantities: "three years", "the past two weeks", "a year ago" ----

    /// A count at `j`: value (None = unspecified) and the next token.
    fn count(&self, j: usize) -> Option<(Option<f64>, usize)> {
        let w = self.w(j);
        if let Some((n, len)) = self.num(j) {
            let glued = self.adj(j) && !matches!(self.w(j.wrapping_sub(1)), "(" | "\"" | "“");
            if len <= 4 && !glued {
                return Some((Some(n as f64), j + 1));
            }
            return None;
        }
        if self.kind(j) == Some(Kind::Num) && !w.contains(',') {
            let v: f64 = w.parse().ok()?;
            return Some((Some(v), j + 1));
        }
        if let Some(n) = number_word(w) {
            if n == 100 || n == 12 && w == "dozen" {
                return None;
            }
            // "twenty-five", "twenty five"
            let mut k = j + 1;
            let mut v = n;
            if n >= 20 && n % 10 == 0 {
                let h = usize::from(self.is(k, "-"));
                if let Some(u) = number_word(self.w(k + h)).filter(|u| *u < 10) {
                    v += u;
                    k += h + 1;
                }
            }
            if self.is(k, "and") && self.is(k + 1, "a") && self.is(k + 2, "half") {
                return Some((Some(v as f64 + 0.5), k + 3));
            }
            return Some((Some(v as f64), k));
        }
        match w {
            "a" | "an" => {
                if self.is(j + 1, "dozen") {
                    return Some((Some(12.0), j + 2));
                }
                if self.is(j + 1, "few") {
                    return Some((None, j + 2));
                }
                if self.is(j + 1, "couple") && self.is(j + 2, "of") {
                    return Some((Some(2.0), j + 3));
                }
                Some((Some(1.0), j + 1))
            }
            "several" | "few" | "many" => Some((None, j + 1)),
            "some" => Some((None, j + 1)),
            _ => None,
        }
    }

    fn quantity(&self, j: usize, has_the: bool, approx: bool) -> Option<M> {
        // the first/past/last/next/previous/coming/following/latest N units
        let (lead, k) = match self.w(j) {
            "first" | "past" | "last" | "next" | "previous" | "coming" | "following" | "latest"
            | "final" | "prior" | "recent" | "preceding" => (true, j + 1),
            _ => (false, j),
        };
        let (n, mut k) = self.count(k)?;
        let cw = self.w(j + usize::from(lead));
        // "two more weeks", "an additional year", "three full years"
        if matches!(
            self.w(k),
            "more" | "additional" | "full" | "straight" | "consecutive" | "long" | "further"
        ) {
            k += 1;
        }
        let hy = self.is(k, "-") && self.adj(k);
        let u_at = if hy { k + 1 } else { k };
        let (u, plural) = unit(self.w(u_at))?;
        if self.upper(u_at) && !self.upper(j) {
            return None;
        }
        // fractions: "three-quarters of", "a quarter of"
        let small_fraction = matches!(cw, "a" | "an" | "one" | "two" | "three");
        if u == Unit::Quarter
            && (hy && plural || small_fraction && self.is(u_at + 1, "of") || self.is(u_at + 1, "-"))
        {
            return None;
        }
        // ages: "52 years old"; compounds: "a year-earlier loss"
        if self.is(u_at + 1, "old") || (self.is(u_at + 1, "-") && self.adj(u_at + 1)) {
            return None;
        }
        if u == Unit::Second && !plural && !hy {
            return None;
        }
        if n.is_some_and(|v| v >= 1000.0) {
            return None;
        }
        // "two-year-old", "a 10-year-old"
        if self.is(u_at + 1, "-") && self.is(u_at + 2, "old") {
            return None;
        }
        if matches!(cw, "some" | "many") && !plural {
            return None;
        }
        if n.is_some_and(|v| v > 1.0) && !plural && !hy {
            // "a two day rally": only before another word.
            if u != Unit::Year && self.kind(u_at + 1) != Some(Kind::Word) {
                return None;
            }
        }
        if n.is_none() && !plural && !hy {
            return None;
        }
        let mut end = u_at + 1;
        if self.is(end, "or") && self.is(end + 1, "so") && self.is(end + 2, "ago") {
            end += 2;
        }
        let after = self.w(end);
        // Relative dates: "two weeks ago", "a year earlier", "three days later".
        if !lead && !hy {
            match after {
                "ago" => {
                    let Some(n) = n else {
                        return Some(M::lit(end + 1, TimexType::Date, "PAST_REF"));
                    };
                    return Some(self.ago(end + 1, u, n));
                }
                "earlier" | "later" | "before" | "after" | "previously"
                    if n.is_some()
                        && (after == "earlier"
                            || after == "later"
                            || !matches!(
                                self.kind(end + 1),
                                Some(Kind::Word) | Some(Kind::Num)
                            )
                            || self.is(end + 1, "and")) =>
                {
                    let n = n.unwrap_or(1.0);
                    let sign = if matches!(after, "earlier" | "before" | "previously") {
                        -1.0
                    } else {
                        1.0
                    };
                    return Some(self.relative(end + 1, u, sign * n));
                }
                "from" if self.is(end + 1, "now") => {
                    let n = n.unwrap_or(1.0);
                    return Some(self.ago(end + 2, u, -n));
                }
                _ => {}
            }
        }
        if approx && u == Unit::Quarter {
            return None;
        }
        // Sets: "$5 a year", "twice a day".
        if matches!(cw, "a" | "an") && !lead && !hy && !has_the && j > 0 {
            let before = self.w(j - 1);
            let amount = self.kind(j - 1) == Some(Kind::Num)
                || matches!(
                    before,
                    "%" | "percent"
                        | "times"
                        | "twice"
                        | "once"
                        | "thrice"
                        | "million"
                        | "billion"
                        | "trillion"
                        | "thousand"
                        | "hundred"
                )
                || (self.kind(j - 1) == Some(Kind::Word)
                    && !self.upper(j - 1)
                    && before.len() > 3
                    && before.ends_with('s')
                    && !before.ends_with("ss")
                    && !matches!(
                        before,
                        "was"
                            | "has"
                            | "is"
                            | "this"
                            | "plus"
                            | "its"
                            | "takes"
                            | "lasts"
                            | "spends"
                            | "needs"
                            | "gets"
                    ));
            if amount {
                let v = duration(Some(1.0), u);
                return Some(M::lit(end, TimexType::Set, v));
            }
        }
        let v = duration(n, u);
        let m = M::lit(end, TimexType::Duration, v);
        let adjectival = hy || (!plural && n.is_some_and(|v| v > 1.0));
        Some(if (has_the || lead) && !adjectival {
            m.the()
        } else {
            m
        })
    }

    /// `n` units before the publication date ("two weeks ago").
    fn ago(&self, end: usize, u: Unit, n: f64) -> M {
        let Some(dct) = self.dct else {
            return M::lit(end, TimexType::Date, "PAST_REF");
        };
        if n.fract() != 0.0 || matches!(u, Unit::Second | Unit::Minute | Unit::Hour) {
            return M::lit(end, TimexType::Date, "PAST_REF");
        }
        let base = Point::day(dct);
        if let Some(q) = self.last_quarter {
            if u == Unit::Year && n == 1.0 {
                return unanchored(M::date(end, q.shift(u, -(n as i64))));
            }
        }
        let g = match u {
            Unit::Week | Unit::Day | Unit::Weekend => Gran::Day,
            other => unit_gran(other),
        };
        let m = M::date(end, base.shift(u, -(n as i64)).with(g));
        if matches!(u, Unit::Year | Unit::Quarter | Unit::Decade | Unit::Century) {
            return unanchored(m);
        }
        m
    }

    /// `n` units from the last date mentioned ("a day later", "a year earlier").
    fn relative(&self, end: usize, u: Unit, n: f64) -> M {
        if n.fract() != 0.0 || matches!(u, Unit::Second | Unit::Minute | Unit::Hour) {
            return M::lit(
                end,
                TimexType::Date,
                if n < 0.0 { "PAST_REF" } else { "FUTURE_REF" },
            );
        }
        let base = match u {
            Unit::Day | Unit::Week => self.anchor_day,
            // Business news: "a year earlier" compares with the quarter under report.
            Unit::Year if n == -1.0 && self.last_quarter.is_some() => self.last_quarter,
            _ => self.anchor,
        };
        let Some(base) = base else {
            return M::lit(
                end,
                TimexType::Date,
                if n < 0.0 { "PAST_REF" } else { "FUTURE_REF" },
            );
        };
        let g = if base.gran == Gran::Quarter && u == Unit::Year {
            Gran::Quarter
        } else {
            match u {
                Unit::Week | Unit::Day | Unit::Weekend => Gran::Day,
                other => unit_gran(other),
            }
        };
        let p = base.shift(u, n as i64).with(if base.gran == Gran::Day {
            g
        } else {
            coarser(g, base.gran)
        });
        let m = M::date(end, p);
        if matches!(u, Unit::Year | Unit::Quarter | Unit::Decade | Unit::Century) {
            return unanchored(m);
        }
        m
    }

    // ---- numbers: ISO dates, US dates, clock times, day-first dates, years ----

    fn numeric(&self, j: usize, has_the: bool) -> Option<M> {
        let (n, len) = self.num(j)?;
        let sep = |k: usize, s: &str| self.is(k, s) && self.adj(k) && self.adj(k + 1);
        // 2022-07-19 [12:30[:00]]
        if len == 4 && sep(j + 1, "-") && sep(j + 3, "-") {
            let (m, _) = self.num(j + 2)?;
            let (d, _) = self.num(j + 4)?;
            let date = ymd(n as i32, m, d)?;
            return Some(self.with_clock(j + 5, Point::day(date)));
        }
        // 07/19/2022, 7/19/22, 08-15-90
        if len <= 2
            && ((sep(j + 1, "/") && sep(j + 3, "/")) || (sep(j + 1, "-") && sep(j + 3, "-")))
        {
            let (d, _) = self.num(j + 2)?;
            let (y, ylen) = self.num(j + 4)?;
            let y = match ylen {
                2 => {
                    if y < 50 {
                        2000 + y
                    } else {
                        1900 + y
                    }
                }
                4 => y,
                _ => return None,
            };
            let date = ymd(y as i32, n, d)?;
            return Some(self.with_clock(j + 5, Point::day(date)));
        }
        // 20220719
        if len == 8 && (19_000_000..21_000_000).contains(&n) {
            let date = ymd((n / 10_000) as i32, n / 100 % 100, n % 100)?;
            return Some(M::date(j + 1, Point::day(date)));
        }
        // clock times
        if let Some(m) = self.clock(j) {
            return Some(m);
        }
        // 19 July [2022], the 19th of July
        if (1..=31).contains(&n) && len <= 2 {
            let mut k = self.after_ordinal(j);
            if self.is(k, "of") {
                k += 1;
            }
            if let Some((mo, abbr)) = month(self.w(k)) {
                if self.upper(k) && (!abbr || self.is(k + 1, ".") || self.year_at(k + 1).is_some())
                {
                    let mut end = if abbr { self.after_dot(k) } else { k + 1 };
                    let mut year = None;
                    if let Some(y) = self.year_at(end) {
                        year = Some(y);
                        end += 1;
                    } else if self.is(end, ",") && self.year_at(end + 1).is_some() {
                        year = self.year_at(end + 1);
                        end += 2;
                    }
                    let p = match year {
                        Some(y) => Point::day(ymd(y, mo, n)?),
                        None => month_day(mo, Some(n), self.dct, self.tense(j))?,
                    };
                    let m = M::date(end, p);
                    return Some(if has_the { m.the() } else { m });
                }
            }
            return None;
        }
        // 1990s
        if len == 4
            && self.is(j + 1, "s")
            && self.adj(j + 1)
            && n % 10 == 0
            && (1000..2100).contains(&n)
        {
            let v = if n % 100 == 0 && !has_the {
                format!("{}", n / 100)
            } else {
                format!("{}", n / 10)
            };
            return Some(M::lit(j + 2, TimexType::Date, v).the());
        }
        // 20th century
        if (1..=21).contains(&n) && len <= 2 && self.is(j + 2, "century") && self.adj(j + 1) {
            return Some(M::lit(j + 3, TimexType::Date, format!("{:02}", n - 1)).the());
        }
        let y = self.year_at(j)?;
        if !self.plausible_year(j, y) {
            return None;
        }
        // "the 1988 second quarter", "1990 first half", "the 1988 quarter"
        if let Some(m) = self.quarter_of_year(j + 1, y) {
            return Some(m);
        }
        // "1990-91": keep the first year only.
        Some(M::date(j + 1, year_point(y)))
    }

    /// Context test for a bare four-digit number as a year.
    fn plausible_year(&self, j: usize, y: i32) -> bool {
        let prev = if j > 0 { self.w(j - 1) } else { "" };
        if self.adj(j) {
            let ok = match prev {
                "(" | "\"" | "“" | "‘" | "[" | "'" => true,
                "-" => j >= 2 && self.kind(j - 2) == Some(Kind::Word),
                _ => false,
            };
            if !ok {
                return false;
            }
        }
        if matches!(
            prev,
            "$" | "#"
                | "no"
                | "number"
                | "about"
                | "nearly"
                | "some"
                | "over"
                | "than"
                | "almost"
                | "around"
                | "approximately"
                | "roughly"
                | "under"
                | "only"
                | "just"
        ) {
            return false;
        }
        let next = self.w(j + 1);
        if matches!(next, "%" | "percent") {
            return false;
        }
        if self.adj(j + 1) && (self.kind(j + 1) == Some(Kind::Word) || matches!(next, ":" | "/")) {
            return false;
        }
        // "the 2000 drones": a plural noun right after a determiner and the number.
        let plural_noun = self.kind(j + 1) == Some(Kind::Word)
            && !self.upper(j + 1)
            && next.len() > 3
            && next.ends_with('s')
            && !next.ends_with("ss")
            && !matches!(next, "this" | "plus" | "versus" | "was" | "has");
        if plural_noun
            && matches!(
                prev,
                "the" | "of" | "to" | "and" | "with" | "for" | "at" | "all" | ""
            )
        {
            return false;
        }
        if !(1800..=2099).contains(&y) {
            return matches!(
                prev,
                "in" | "since" | "of" | "until" | "from" | "year" | "by"
            );
        }
        true
    }

    /// "3 p.m.", "10:30 a.m. EST", "15:00 GMT", optionally followed by the day.
    fn clock(&self, j: usize) -> Option<M> {
        let (h, hl) = self.num(j)?;
        if hl > 2 {
            return None;
        }
        let mut k = j + 1;
        let mut min = 0;
        let mut colon = false;
        if self.is(k, ":") && self.adj(k) && self.adj(k + 1) {
            let (m, ml) = self.num(k + 1)?;
            if ml != 2 || m > 59 {
                return None;
            }
            min = m;
            colon = true;
            k += 2;
            if self.is(k, ":") && self.adj(k) && self.num(k + 1).is_some() {
                k += 2;
            }
        }
        let w = self.w(k);
        let mut hour = h;
        let mut ampm = false;
        if (w == "a" || w == "p") && self.is(k + 1, ".") && self.adj(k + 1) && self.is(k + 2, "m") {
            ampm = true;
            let pm = w == "p";
            k = self.after_dot(k + 2);
            hour = to24(h, pm)?;
        } else if w == "am" || w == "pm" {
            ampm = true;
            hour = to24(h, w == "pm")?;
            k += 1;
        } else if w == "o" && self.is(k + 1, "'") && self.is(k + 2, "clock") {
            k += 3;
            ampm = true;
        }
        let tz = time_zone(self.w(k)) && self.upper(k);
        let utc = tz && matches!(self.w(k), "utc" | "gmt");
        if tz {
            k += 1;
        }
        if !(ampm || (colon && tz)) || hour > 24 {
            return None;
        }
        let (date, end) = self.day_after(k);
        let zone = if utc { "Z" } else { "" };
        let clock = format!("T{hour:02}:{min:02}{zone}");
        Some(time_value(end, date.or(self.anchor_day), &clock))
    }

    /// A day named right after a clock time ("Tuesday", "today", "July 19").
    fn day_after(&self, k: usize) -> (Option<Point>, usize) {
        let mut k2 = k;
        if self.is(k2, ",") {
            k2 += 1;
        }
        if self.is(k2, "on") {
            return (None, k);
        }
        match self.w(k2) {
            "today" | "tonight" => return (self.dct.map(Point::day), k2 + 1),
            "yesterday" => {
                return (
                    self.dct.map(|d| Point::day(shift(d, Unit::Day, -1))),
                    k2 + 1,
                )
            }
            "tomorrow" => return (self.dct.map(|d| Point::day(shift(d, Unit::Day, 1))), k2 + 1),
            _ => {}
        }
        if let Some(wd) = weekday(self.w(k2)).filter(|_| self.upper(k2)) {
            return (Some(self.weekday_point(k2, wd, None)), k2 + 1);
        }
        if let Some((mo, abbr)) = month(self.w(k2)).filter(|_| self.upper(k2)) {
            let k3 = if abbr { self.after_dot(k2) } else { k2 + 1 };
            if let Some((d, dl)) = self.num(k3) {
                if dl <= 2 {
                    if let Some(p) = month_day(mo, Some(d), self.dct, self.tense(k2)) {
                        return (Some(p), k3 + 1);
                    }
                }
            }
        }
        (None, k)
    }

    /// A date followed by an optional clock time ("2022-07-19 12:30").
    fn with_clock(&self, k: usize, p: Point) -> M {
        let (h, hl) = self.num(k).unwrap_or((99, 0));
        if hl == 2 && h < 25 && self.is(k + 1, ":") && self.adj(k + 1) {
            if let Some((mi, 2)) = self.num(k + 2) {
                let mut end = k + 3;
                if self.is(end, ":") && self.adj(end) && self.num(end + 1).is_some() {
                    end += 2;
                }
                let v = format!("{}T{h:02}:{mi:02}", p.value());
                return M {
                    end,
                    kind: TimexType::Time,
                    value: v,
                    point: Some(p),
                    uses_the: false,
                };
            }
        }
        M::date(k, p)
    }

    /// "'90s"
    fn decade_apostrophe(&self, j: usize) -> Option<M> {
        let (n, len) = self.num(j + 1)?;
        if len == 2 && n % 10 == 0 && self.adj(j + 1) && self.is(j + 2, "s") && self.adj(j + 2) {
            let century = if n < 30 { 20 } else { 19 };
            return Some(M::lit(
                j + 3,
                TimexType::Date,
                format!("{century}{}", n / 10),
            ));
        }
        None
    }

    // ---- words ----

    fn word(&self, j: usize, has_the: bool, pre: Pre) -> Option<M> {
        let w = self.w(j);
        if let Some((mo, abbr)) = month(w) {
            return self.month_expr(j, mo, abbr, pre);
        }
        if let Some(wd) = weekday(w) {
            if !self.upper(j) {
                return None;
            }
            // "The Sunday Times", "Monday Night Football": part of a name.
            let n1 = self.w(j + 1);
            if self.upper(j + 1)
                && self.kind(j + 1) == Some(Kind::Word)
                && month(n1).is_none()
                && day_part(n1).is_none()
                && !self.line_break_before(j + 1)
            {
                return None;
            }
            return Some(self.weekday_expr(j, j + 1, wd, None));
        }
        if let Some(s) = season(w) {
            return self.season_expr(j, s, None, has_the, pre);
        }
        if let Some(q) = ordinal_word(w) {
            return self.ordinal_period(j, q, None);
        }
        let n1 = self.w(j + 1);
        match w {
            "today" | "yesterday" | "tomorrow" | "tonight" => self.deictic_day(j, w),
            "now" => {
                if has_the {
                    return None;
                }
                Some(M::lit(j + 1, TimexType::Date, "PRESENT_REF"))
            }
            "currently" | "presently" | "nowadays" => {
                Some(M::lit(j + 1, TimexType::Date, "PRESENT_REF"))
            }
            "present" if j > 0 && self.is(j - 1, "at") => {
                Some(M::lit(j + 1, TimexType::Date, "PRESENT_REF"))
            }
            "current" if unit(n1).is_some() => self.this_next_last(j, "this", has_the).map(M::the),
            "current"
                if !has_the
                    && !matches!(n1, "account" | "accounts" | "affairs" | "events" | "-") =>
            {
                Some(M::lit(j + 1, TimexType::Date, "PRESENT_REF"))
            }
            "these" if n1 == "days" => Some(M::lit(j + 2, TimexType::Date, "PRESENT_REF")),
            "recently" | "lately" if !has_the => Some(M::lit(j + 1, TimexType::Date, "PAST_REF")),
            "more" | "most" if n1 == "recently" => Some(M::lit(j + 2, TimexType::Date, "PAST_REF")),
            "latest" | "recent" | "comparable" if has_the && n1 == "period" => {
                let v = match (self.last_quarter, self.dct) {
                    (Some(q), _) => q.value(),
                    (None, Some(d)) => format!("{:04}-QX", d.year()),
                    _ => "XXXX-QX".into(),
                };
                Some(M {
                    end: j + 2,
                    kind: TimexType::Date,
                    value: v,
                    point: None,
                    uses_the: true,
                })
            }
            "recent" | "coming" => match unit(n1) {
                Some((u, true)) if !self.upper(j + 1) => {
                    Some(M::lit(j + 2, TimexType::Duration, duration(None, u)).the())
                }
                _ if w == "coming" => self.this_next_last(j, w, has_the),
                _ => None,
            },
            "near" | "short" if has_the && n1 == "term" => {
                Some(M::lit(j + 2, TimexType::Date, "FUTURE_REF").the())
            }
            "future" if has_the && !matches!(n1, "-") => {
                Some(M::lit(j + 1, TimexType::Date, "FUTURE_REF").the())
            }
            "near" if has_the && n1 == "future" => {
                Some(M::lit(j + 2, TimexType::Date, "FUTURE_REF").the())
            }
            "past"
                if has_the
                    && unit(n1).is_none()
                    && self.count(j + 1).is_none()
                    && season(n1).is_none() =>
            {
                Some(M::lit(j + 1, TimexType::Date, "PAST_REF").the())
            }
            "full" | "current" | "calendar" | "latest"
                if has_the && (n1 == "year" || n1 == "fiscal" && self.is(j + 2, "year")) =>
            {
                self.the_year(if n1 == "year" { j + 1 } else { j + 2 })
            }
            "this" | "last" | "next" | "past" | "previous" | "following" | "that" | "same"
            | "latest" | "prior" | "preceding" | "upcoming" => self.this_next_last(j, w, has_the),
            "fiscal" if has_the && n1 == "year" => self.the_year(j + 1),
            "year" if has_the && !matches!(n1, "-" | "'" | "’") => self.the_year(j),
            "fiscal" => self.fiscal(j),
            "year"
                if n1 == "end"
                    || (n1 == "-" && self.is(j + 2, "end"))
                    || (matches!(n1, "'" | "’")
                        && self.is(j + 2, "s")
                        && self.is(j + 3, "end")) =>
            {
                let end = match n1 {
                    "end" => j + 2,
                    "-" => j + 3,
                    _ => j + 4,
                };
                let v = self
                    .dct
                    .map_or("XXXX".to_string(), |d| format!("{:04}", d.year()));
                Some(M::lit(end, TimexType::Date, v))
            }
            "nineteen" => {
                let (t, k) = self.tens(j + 1)?;
                Some(M::date(k, year_point(1900 + t as i32)))
            }
            "two" if n1 == "thousand" => {
                let (t, k) = self.tens(j + 2).unwrap_or((0, j + 2));
                if has_the && j >= 2 && self.is(j - 1, "year") {
                    return Some(M::date(k, year_point(2000 + t as i32)));
                }
                None
            }
            "twenties" | "thirties" | "forties" | "fifties" | "sixties" | "seventies"
            | "eighties" | "nineties"
                if has_the =>
            {
                let d = match w {
                    "twenties" => 2,
                    "thirties" => 3,
                    "forties" => 4,
                    "fifties" => 5,
                    "sixties" => 6,
                    "seventies" => 7,
                    "eighties" => 8,
                    _ => 9,
                };
                Some(M::lit(j + 1, TimexType::Date, format!("19{d}")).the())
            }
            "noon" | "midday" | "midnight"
                if !self.name_like(j) && !self.is(j.wrapping_sub(1), "high") =>
            {
                let clock = if w == "midnight" { "T24:00" } else { "T12:00" };
                let (date, end) = self.day_after(j + 1);
                Some(time_value(end, date.or(self.anchor_day), clock))
            }
            "every" | "each" | "per" => self.every(j),
            "daily" => Some(M::lit(j + 1, TimexType::Set, "P1D")),
            "weekly" if !has_the => Some(M::lit(j + 1, TimexType::Set, "P1W")),
            "monthly" if !has_the => Some(M::lit(j + 1, TimexType::Set, "P1M")),
            "annually" | "yearly" => Some(M::lit(j + 1, TimexType::Set, "P1Y")),
            "hourly" => Some(M::lit(j + 1, TimexType::Set, "PT1H")),
            "year" if n1 == "-" && matches!(self.w(j + 2), "earlier" | "ago") => {
                self.year_earlier(j, has_the)
            }
            "quarter" if has_the && !matches!(n1, "-" | "of" | "century" | "mile" | "point") => {
                // "the quarter ended Sept. 30": a fiscal quarter of unknown number.
                let fiscal = matches!(n1, "ended" | "ending");
                let v = match (self.last_quarter, self.dct) {
                    (Some(q), _) if !fiscal => q.value(),
                    (_, Some(d)) => format!("{:04}-QX", d.year()),
                    _ => "XXXX-QX".into(),
                };
                let point = if fiscal { None } else { self.last_quarter };
                Some(M {
                    end: j + 1,
                    kind: TimexType::Date,
                    value: v,
                    point,
                    uses_the: true,
                })
            }
            "weekend" if has_the => {
                let p = self.anchor_day?;
                Some(
                    M::lit(
                        j + 1,
                        TimexType::Date,
                        format!("{}-WE", p.value_at(Gran::Week)),
                    )
                    .the(),
                )
            }
            "morning" | "afternoon" | "evening" if has_the && n1 != "of" => {
                let p = self.anchor_day;
                Some(time_value(j + 1, p, &format!("T{}", day_part(w).unwrap_or("MO"))).the())
            }
            "christmas" | "thanksgiving" | "halloween" | "new" | "independence" | "valentine"
            | "labor" | "memorial" | "election"
                if self.upper(j) =>
            {
                self.holiday(j)
            }
            _ => {
                let (u, plural) = unit(w)?;
                // "decades-long", "a day-long meeting"
                if n1 == "-" && self.is(j + 2, "long") && self.adj(j + 1) {
                    let n = if plural { None } else { Some(1.0) };
                    return Some(M::lit(j + 3, TimexType::Duration, duration(n, u)));
                }
                // "for years", "within weeks", "the first time in years"
                let prev = if j > 0 { self.w(j - 1) } else { "" };
                if plural
                    && !has_the
                    && !self.upper(j)
                    && matches!(prev, "for" | "in" | "within")
                    && !matches!(
                        n1,
                        "of" | "ago" | "-" | "old" | "before" | "after" | "later" | "earlier"
                    )
                {
                    return Some(M::lit(j + 1, TimexType::Duration, duration(None, u)));
                }
                None
            }
        }
    }

    /// "the year", "the fiscal year", "the year ended June 30", "the year 1990" (at "year").
    fn the_year(&self, j: usize) -> Option<M> {
        let n1 = self.w(j + 1);
        if let Some(y) = self.year_at(j + 1) {
            return Some(M::date(j + 2, year_point(y)).the());
        }
        if self.is(j + 1, "two") && self.is(j + 2, "thousand") {
            let (t, k) = self.tens(j + 3).unwrap_or((0, j + 3));
            return Some(M::date(k, year_point(2000 + t as i32)).the());
        }
        if matches!(n1, "ended" | "ending" | "through" | "to") {
            return Some(M::lit(j + 1, TimexType::Duration, "P1Y").the());
        }
        if matches!(n1, "before" | "earlier")
            && !matches!(self.kind(j + 2), Some(Kind::Word) | Some(Kind::Num))
        {
            let a = self.anchor?;
            return Some(
                unanchored(M::date(j + 2, a.shift(Unit::Year, -1).with(Gran::Year))).the(),
            );
        }
        if matches!(n1, "after" | "later")
            && !matches!(self.kind(j + 2), Some(Kind::Word) | Some(Kind::Num))
        {
            let a = self.anchor?;
            return Some(unanchored(M::date(j + 2, a.shift(Unit::Year, 1).with(Gran::Year))).the());
        }
        if matches!(n1, "'" | "’" | "of" | "-" | "in" | "and" | "or") || self.upper(j) {
            return None;
        }
        let d = self.dct?;
        Some(unanchored(M::date(j + 1, Point::day(d).with(Gran::Year))).the())
    }

    /// A spelled-out tens number at `k` ("ninety-six", "eighty"), up to 99.
    fn tens(&self, k: usize) -> Option<(u32, usize)> {
        let t = number_word(self.w(k)).filter(|t| (10..100).contains(t))?;
        if t >= 20 && t % 10 == 0 {
            let h = usize::from(self.is(k + 1, "-"));
            if let Some(u) = number_word(self.w(k + 1 + h)).filter(|u| *u < 10) {
                return Some((t + u, k + 2 + h));
            }
        }
        Some((t, k + 1))
    }

    fn month_expr(&self, j: usize, mo: u32, abbr: bool, pre: Pre) -> Option<M> {
        if !self.upper(j) {
            return None;
        }
        let w = self.w(j);
        let mut k = if abbr { self.after_dot(j) } else { j + 1 };
        let dotted = k == j + 2;
        // day number
        let day = match self.num(k) {
            Some((d, dl))
                if dl <= 2
                    && (1..=31).contains(&d)
                    && !(self.is(k + 1, ":")
                        && self.adj(k + 1)
                        && self.kind(k + 2) == Some(Kind::Num)) =>
            {
                Some(d)
            }
            _ => None,
        };
        let year_direct = self.year_at(k).filter(|_| day.is_none());
        let prev = if j > 0 { self.w(j - 1) } else { "" };
        let prep_before = matches!(
            prev,
            "in" | "since"
                | "until"
                | "till"
                | "by"
                | "from"
                | "through"
                | "during"
                | "of"
                | "early"
                | "late"
                | "mid"
                | "last"
                | "next"
                | "this"
                | "before"
                | "after"
                | "between"
                | "and"
                | "or"
                | "to"
                | "-"
                | "on"
                | "that"
                | "each"
                | "every"
                | "as"
        ) || pre.position;
        let risky = matches!(w, "may" | "march" | "june" | "august") || abbr && !dotted;
        if risky && day.is_none() && year_direct.is_none() && (abbr || !prep_before) {
            return None;
        }
        if risky && !prep_before && day.is_none() && w == "may" {
            // "May 2000 people..." is rare; a year after "May" still needs a check.
            if year_direct.is_some() && !self.plausible_year(k, year_direct.unwrap_or(0)) {
                return None;
            }
        }
        if let Some(d) = day {
            k = self.after_ordinal(k);
            let mut year = None;
            if self.is(k, ",") && self.year_at(k + 1).is_some() {
                year = self.year_at(k + 1);
                k += 2;
            } else if let Some(y) = self.year_at(k) {
                year = Some(y);
                k += 1;
            }
            let p = match year {
                Some(y) => Point::day(ymd(y, mo, d)?),
                None => month_day(mo, Some(d), self.dct, self.tense(j))?,
            };
            return Some(M::date(k, p));
        }
        let mut year = year_direct;
        if year.is_some() {
            k += 1;
        } else if (self.is(k, ",") || self.is(k, "of")) && self.year_at(k + 1).is_some() {
            year = self.year_at(k + 1);
            k += 2;
        } else if matches!(self.w(k), "this" | "last" | "next") && self.is(k + 1, "year") {
            // "February this year", "June last year"
            let off = match self.w(k) {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            if let Some(d) = self.dct {
                year = Some(d.year() + off);
            }
            k += 2;
        }
        let p = match (year, prev, self.dct) {
            (Some(y), _, _) => Point {
                date: ymd(y, mo, 1)?,
                year_known: true,
                gran: Gran::Month,
            },
            (None, "last" | "next" | "this", Some(d)) => {
                let y = match prev {
                    "last" if mo < d.month() => d.year(),
                    "last" => d.year() - 1,
                    "next" if mo > d.month() => d.year(),
                    "next" => d.year() + 1,
                    _ => d.year(),
                };
                Point {
                    date: ymd(y, mo, 1)?,
                    year_known: true,
                    gran: Gran::Month,
                }
            }
            _ => month_day(mo, None, self.dct, self.tense(j))?,
        };
        Some(M::date(k, p))
    }

    /// The day a weekday name refers to, by tense (or `dir` when given).
    fn weekday_point(&self, j: usize, wd: u32, dir: Option<Dir>) -> Point {
        let Some(dct) = self.dct else {
            return Point {
                date: NaiveDate::from_ymd_opt(2000, 1, 2 + wd).unwrap_or_default(),
                year_known: false,
                gran: Gran::Day,
            };
        };
        // "Wednesday's ruling": a possessive weekday names something that happened.
        let possessive = matches!(self.w(j + 1), "'" | "’") && self.is(j + 2, "s");
        let dir = dir.unwrap_or_else(|| {
            if !possessive && self.future_tense(j) {
                Dir::Future
            } else {
                Dir::Past
            }
        });
        Point::day(weekday_from(dct, wd, dir))
    }

    fn weekday_expr(&self, j: usize, end: usize, wd: u32, dir: Option<Dir>) -> M {
        // "Tuesday, July 19[, 2022]"
        let mut k = end;
        let c = usize::from(self.is(k, ","));
        {
            if let Some((mo, abbr)) = month(self.w(k + c)).filter(|_| self.upper(k + c)) {
                if let Some(m) = self.month_expr(k + c, mo, abbr, Pre::default()) {
                    if m.point.is_some_and(|p| p.gran == Gran::Day) {
                        return m;
                    }
                }
            }
        }
        let p = self.weekday_point(j, wd, dir);
        if let Some(part) = day_part(self.w(k)) {
            k += 1;
            // News annotation dates "Friday morning" by its day alone.
            let suffix = if part == "MO" {
                String::new()
            } else {
                format!("T{part}")
            };
            let mut m = time_value(k, Some(p), &suffix);
            m.kind = TimexType::Date;
            return m;
        }
        if self.dct.is_none() {
            return M {
                end: k,
                kind: TimexType::Date,
                value: format!("XXXX-WXX-{wd}"),
                point: None,
                uses_the: false,
            };
        }
        M::date(k, p)
    }

    fn deictic_day(&self, j: usize, w: &str) -> Option<M> {
        if self.upper(j) && j > 0 && self.upper(j - 1) && !self.line_break_before(j) {
            return None; // "VOA Today", "USA Today"
        }
        let off = match w {
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => 0,
        };
        let p = self.dct.map(|d| Point::day(shift(d, Unit::Day, off)));
        if w == "tonight" {
            return Some(time_value(j + 1, p, "TNI"));
        }
        if let Some(part) = day_part(self.w(j + 1)) {
            return Some(time_value(j + 2, p, &format!("T{part}")));
        }
        Some(match p {
            Some(p) => M::date(j + 1, p),
            None => M::lit(j + 1, TimexType::Date, "XXXX-XX-XX"),
        })
    }

    /// "this week", "last year", "next month", "the same day", "that year", "last summer".
    fn this_next_last(&self, j: usize, w: &str, has_the: bool) -> Option<M> {
        let mut k = j + 1;
        let mut w = w;
        if w == "this" && self.is(k, "past") {
            w = "last";
            k += 1;
        } else if w == "this" && self.is(k, "coming") {
            w = "next";
            k += 1;
        }
        if matches!(
            self.w(k),
            "christmas" | "thanksgiving" | "halloween" | "easter"
        ) && self.upper(k)
        {
            return self.holiday(k);
        }
        if w == "the" {
            return None;
        }
        if w == "that" && self.is(k, "same") {
            k += 1;
        }
        let nw = self.w(k);
        if w == "same" && !has_the {
            return None;
        }
        // weekdays and months
        if let Some(wd) = weekday(nw).filter(|_| self.upper(k)) {
            let dir = match w {
                "last" | "past" | "previous" => Some(Dir::Before),
                "next" | "coming" | "upcoming" => Some(Dir::After),
                "this" => None,
                _ => return None,
            };
            return Some(self.weekday_expr(k, k + 1, wd, dir).the());
        }
        if let Some((mo, abbr)) = month(nw) {
            if matches!(w, "last" | "next" | "this") {
                return self.month_expr(k, mo, abbr, Pre::default());
            }
            return None;
        }
        if let Some(s) = season(nw) {
            return self
                .season_expr(k, s, Some(w), has_the, Pre::default())
                .map(M::the);
        }
        if matches!(w, "this" | "last" | "that" | "next" | "following") {
            if let Some(part) = day_part(nw) {
                let p = match (w, self.dct) {
                    ("this", Some(d)) => Some(Point::day(d)),
                    ("last", Some(d)) if part == "NI" => Some(Point::day(shift(d, Unit::Day, -1))),
                    ("that", _) => self.anchor_day,
                    ("next" | "following", _) if has_the => {
                        self.anchor_day.map(|a| a.shift(Unit::Day, 1))
                    }
                    _ => return None,
                };
                return Some(time_value(k + 1, p, &format!("T{part}")));
            }
        }
        let (u, plural) = unit(nw)?;
        if plural || self.upper(k) {
            return None;
        }
        let end = k + 1;
        // "this year's third quarter", "last year's quarter"
        if u == Unit::Year && matches!(self.w(end), "'" | "’") && self.is(end + 1, "s") {
            if let Some(d) = self.dct {
                let y = d.year()
                    + match w {
                        "last" | "past" | "previous" => -1,
                        "next" | "coming" => 1,
                        _ => 0,
                    };
                if let Some(m) = self.quarter_of_year(end + 2, y) {
                    return Some(m);
                }
            }
        }
        let from_dct = self.dct.map(Point::day);
        let (base, n, anchor_rel) = match w {
            "this" | "current" => (from_dct, 0, false),
            "last" | "past" | "latest" if !(w == "latest" && u == Unit::Quarter) => {
                (from_dct, -1, false)
            }
            "latest" => {
                let v = match (self.last_quarter, self.dct) {
                    (Some(q), _) => q.value(),
                    (None, Some(d)) => format!("{:04}-QX", d.year()),
                    _ => "XXXX-QX".into(),
                };
                return Some(M {
                    end,
                    kind: TimexType::Date,
                    value: v,
                    point: self.last_quarter,
                    uses_the: true,
                });
            }
            "next" | "coming" | "upcoming" if !has_the => (from_dct, 1, false),
            "next" | "following" | "coming" => (None, 1, true),
            "previous" | "prior" | "preceding" => (None, -1, true),
            "that" | "same" => (None, 0, true),
            _ => return None,
        };
        let base = if anchor_rel {
            match u {
                Unit::Day | Unit::Week | Unit::Weekend => self.anchor_day,
                _ => self.anchor,
            }
        } else {
            base
        };
        if matches!(u, Unit::Decade | Unit::Century) && matches!(w, "past" | "last" | "this") {
            return Some(M::lit(end, TimexType::Duration, duration(Some(1.0), u)).the());
        }
        let g = unit_gran(u);
        let Some(base) = base else {
            let v = match g {
                Gran::Day => "XXXX-XX-XX",
                Gran::Week => "XXXX-WXX",
                Gran::Month => "XXXX-XX",
                Gran::Quarter => "XXXX-QX",
                Gran::Year => "XXXX",
            };
            return Some(M::lit(end, TimexType::Date, v).the());
        };
        let p = base.shift(u, n).with(g);
        let value = match u {
            Unit::Weekend => format!("{}-WE", p.value_at(Gran::Week)),
            Unit::Decade => {
                if !p.year_known {
                    "XXX".into()
                } else {
                    format!("{}", p.date.year() / 10)
                }
            }
            Unit::Century => {
                if !p.year_known {
                    "XX".into()
                } else {
                    format!("{}", p.date.year() / 100)
                }
            }
            Unit::Second | Unit::Minute | Unit::Hour => return None,
            _ => p.value(),
        };
        let point = if matches!(u, Unit::Weekend | Unit::Decade | Unit::Century) {
            None
        } else {
            Some(p)
        };
        Some(M {
            end,
            kind: TimexType::Date,
            value,
            point,
            uses_the: true,
        })
    }

    fn season_expr(
        &self,
        k: usize,
        code: &str,
        rel: Option<&str>,
        has_the: bool,
        pre: Pre,
    ) -> Option<M> {
        let w = self.w(k);
        let prev = if k > 0 { self.w(k - 1) } else { "" };
        // "fall"/"spring" are verbs and nouns too: want a determiner, preposition or year.
        let mut end = k + 1;
        let mut year = self.year_at(end);
        if year.is_some() {
            end += 1;
        } else if self.is(end, "of") && self.year_at(end + 1).is_some() {
            year = self.year_at(end + 1);
            end += 2;
        }
        let supported = year.is_some()
            || rel.is_some()
            || has_the
            || pre.position
            || matches!(
                prev,
                "in" | "during" | "this" | "last" | "next" | "until" | "by" | "since"
            );
        if !supported
            || (w == "fall" && year.is_none() && rel.is_none() && !has_the && !pre.position)
        {
            return None;
        }
        if has_the && year.is_none() && rel.is_none() && self.is(end, "of") {
            return None;
        }
        let idx = |c: &str| match c {
            "WI" => 0,
            "SP" => 1,
            "SU" => 2,
            _ => 3,
        };
        let y = match (year, self.dct) {
            (Some(y), _) => Some(y),
            (None, None) => None,
            (None, Some(d)) => {
                let cur = match d.month() {
                    12 | 1 | 2 => 0,
                    3..=5 => 1,
                    6..=8 => 2,
                    _ => 3,
                };
                let s = idx(code);
                let base = if rel.is_none() && has_the {
                    self.anchor.map_or(d.year(), |a| a.date.year())
                } else {
                    d.year()
                };
                Some(match rel {
                    Some("last") | Some("past") | Some("previous") => {
                        if s < cur {
                            base
                        } else {
                            base - 1
                        }
                    }
                    Some("next") | Some("coming") | Some("upcoming") => {
                        if s > cur {
                            base
                        } else {
                            base + 1
                        }
                    }
                    Some("that") | Some("same") | Some("following") | Some("previous_") => {
                        self.anchor.map_or(base, |a| a.date.year())
                    }
                    _ => base,
                })
            }
        };
        let v = match y {
            Some(y) => format!("{y:04}-{code}"),
            None => format!("XXXX-{code}"),
        };
        Some(M::lit(end, TimexType::Date, v).the())
    }

    /// "the third quarter", "third-quarter", "the first half of 1990".
    fn ordinal_period(&self, j: usize, q: u32, given_year: Option<i32>) -> Option<M> {
        let mut k = j + 1;
        let hyphen = self.is(k, "-");
        if self.is(k, "century") && (1..=21).contains(&q) {
            return Some(M::lit(k + 1, TimexType::Date, format!("{:02}", q - 1)).the());
        }
        if self.is(k, "-") && self.adj(k) {
            k += 1;
        }
        if self.is(k, "fiscal") {
            k += 1;
        }
        let w = self.w(k);
        let (code, max) = match w {
            "quarter" => ('Q', 4),
            "half" => ('H', 2),
            _ => return None,
        };
        if q > max {
            return None;
        }
        let mut end = k + 1;
        let mut year = None;
        if matches!(self.w(end), "of" | "in") {
            let mut k2 = end + 1;
            if self.is(k2, "fiscal") {
                k2 += 1;
            }
            if let Some(y) = self.year_at(k2) {
                year = Some(y);
                end = k2 + 1;
            } else if self.is(k2, "this") && self.is(k2 + 1, "year") {
                end = k2 + 2;
            } else if self.is(k2, "last") && self.is(k2 + 1, "year") {
                year = self.dct.map(|d| d.year() - 1);
                end = k2 + 2;
            }
        }
        let year = given_year.or(year).or_else(|| {
            if j >= 3 && self.w(j - 1) == "s" && self.year_at(j - 3).is_some() {
                return self.year_at(j - 3);
            }
            self.dct.map(|d| {
                // A fourth quarter in January is last year's.
                let cur = (d.month() - 1) / 3 + 1;
                if code == 'Q' && q >= cur + 2 && !self.future_tense(j) {
                    d.year() - 1
                } else {
                    d.year()
                }
            })
        });
        let (value, point) = match year {
            Some(y) if code == 'Q' => {
                let p = Point {
                    date: ymd(y, (q - 1) * 3 + 1, 1)?,
                    year_known: true,
                    gran: Gran::Quarter,
                };
                (p.value(), Some(p))
            }
            Some(y) => (format!("{y:04}-H{q}"), None),
            None => (format!("XXXX-{code}{q}"), None),
        };
        Some(M {
            end,
            kind: TimexType::Date,
            value,
            point,
            uses_the: !hyphen,
        })
    }

    /// "fiscal 1990", "fiscal year 1990".
    fn fiscal(&self, j: usize) -> Option<M> {
        let mut k = j + 1;
        if self.is(k, "year") {
            k += 1;
        }
        if let Some(y) = self.year_at(k) {
            return Some(M::date(k + 1, year_point(y)));
        }
        // two-digit "fiscal '90"
        if let Some(q) = ordinal_word(self.w(k)) {
            return self.ordinal_period(k, q, None);
        }
        None
    }

    /// "every week", "each year", "every Monday", "every two weeks", "per year".
    fn every(&self, j: usize) -> Option<M> {
        let w = self.w(j);
        let mut k = j + 1;
        if w == "per" {
            let (u, false) = unit(self.w(k))? else {
                return None;
            };
            return Some(M::lit(k + 1, TimexType::Set, duration(Some(1.0), u)));
        }
        let mut n = 1.0;
        if self.is(k, "other") {
            n = 2.0;
            k += 1;
        }
        if let Some(wd) = weekday(self.w(k)).filter(|_| self.upper(k)) {
            return Some(M::lit(k + 1, TimexType::Set, format!("XXXX-WXX-{wd}")));
        }
        if w == "every" && n == 1.0 {
            if let Some((Some(c), k2)) = self.count(k) {
                if !matches!(self.w(k), "a" | "an") {
                    n = c;
                    k = k2;
                }
            }
        }
        let (u, plural) = unit(self.w(k))?;
        if plural != (n > 1.0 && k > j + 1 && self.w(k - 1) != "other") {
            return None;
        }
        if self.is(k + 1, "of") {
            return None;
        }
        Some(M::lit(k + 1, TimexType::Set, duration(Some(n), u)))
    }

    /// "[third] quarter" or "period" at `k`, of year `y` ("1988 quarter", "last year's quarter");
    /// a bare quarter or period takes the number of the last quarter mentioned.
    fn quarter_of_year(&self, k: usize, y: i32) -> Option<M> {
        if let Some(q) = ordinal_word(self.w(k)) {
            return self.ordinal_period(k, q, Some(y)).map(M::the);
        }
        if matches!(self.w(k), "quarter" | "period") {
            let q = self.last_quarter?;
            let p = Point {
                date: ymd(y, q.date.month(), 1)?,
                ..q
            };
            return Some(M::date(k + 1, p).the());
        }
        None
    }

    /// "year-earlier" / "year-ago" [period|quarter].
    fn year_earlier(&self, j: usize, has_the: bool) -> Option<M> {
        let y = self
            .last_quarter
            .map(|q| q.date.year())
            .or(self.dct.map(|d| d.year()));
        if let Some(m) = y.and_then(|y| self.quarter_of_year(j + 3, y - 1)) {
            return Some(unanchored(m));
        }
        let mut end = j + 3;
        let mut uses_the = false;
        if matches!(self.w(end), "period" | "quarter") {
            end += 1;
            uses_the = has_the;
        }
        let base = self.last_quarter;
        let p = match (base, self.anchor) {
            (Some(q), _) => q.shift(Unit::Year, -1),
            (None, Some(a)) => a.shift(Unit::Year, -1).with(coarser(a.gran, Gran::Year)),
            (None, None) => return Some(M::lit(end, TimexType::Date, "XXXX")),
        };
        let mut m = unanchored(M::date(end, p));
        m.uses_the = uses_the;
        Some(m)
    }

    fn holiday(&self, j: usize) -> Option<M> {
        let w = self.w(j);
        let n1 = self.w(j + 1);
        let poss = |k: usize| {
            if matches!(self.w(k), "'" | "’") && self.is(k + 1, "s") {
                k + 2
            } else {
                k
            }
        };
        let (mo, day, end): (u32, u32, usize) = match w {
            "christmas" if n1 == "eve" => (12, 24, j + 2),
            "christmas" => (12, 25, if n1 == "day" { j + 2 } else { j + 1 }),
            "halloween" => (10, 31, j + 1),
            "new" if n1 == "year" => {
                let k = poss(j + 2);
                match self.w(k) {
                    "day" => (1, 1, k + 1),
                    "eve" => (12, 31, k + 1),
                    _ => return None,
                }
            }
            "independence" if n1 == "day" => (7, 4, j + 2),
            "valentine" => {
                let k = poss(j + 1);
                if self.is(k, "day") {
                    (2, 14, k + 1)
                } else {
                    return None;
                }
            }
            "thanksgiving" | "labor" | "memorial" | "election" => {
                let end = if n1 == "day" { j + 2 } else { j + 1 };
                if w != "thanksgiving" && n1 != "day" {
                    return None;
                }
                let (mo, wd, nth) = match w {
                    "thanksgiving" => (11, 4, 4),
                    "labor" => (9, 1, 1),
                    "memorial" => (5, 1, 9),
                    _ => (11, 2, 0),
                };
                let p = month_day(mo, Some(1), self.dct, self.tense(j))?;
                if !p.year_known {
                    return Some(M::lit(end, TimexType::Date, format!("XXXX-{mo:02}-XX")));
                }
                let y = p.date.year();
                let d = nth_weekday(y, mo, wd, nth)?;
                return Some(M::date(end, Point::day(d)));
            }
            _ => return None,
        };
        let p = month_day(mo, Some(day), self.dct, self.tense(j))?;
        Some(M::date(end, p))
    }

    /// True when the verb nearest to token `j` in its sentence is a future form.
    fn future_tense(&self, j: usize) -> bool {
        self.tense(j) == Some(true)
    }

    /// True when token `k` ends a sentence ("." not after an abbreviation).
    fn ends_sentence(&self, k: usize) -> bool {
        match self.w(k) {
            "!" | "?" | ";" => true,
            "." => {
                let p = k.checked_sub(1).map_or("", |i| self.w(i));
                !(self.adj(k) && (p.len() == 1 || (self.upper(k - 1) && p.len() <= 4)))
            }
            _ => false,
        }
    }

    /// The tense around token `j`: the nearest marker in its sentence decides (`Some(true)`
    /// future, `Some(false)` past, `None` no marker).
    fn tense(&self, j: usize) -> Option<bool> {
        let mut best: Option<(usize, bool)> = None;
        let mut consider = |k: usize, dist: usize| {
            let w = self.w(k);
            let verdict = match w {
                "will" | "ll" | "shall" | "would" | "tomorrow" | "scheduled" | "slated"
                | "expected" | "expects" | "upcoming" | "payable" | "effective" | "due"
                | "until" | "till" | "expire" | "expires" | "soon" | "begin" | "begins"
                | "resume" => Some(true),
                // "plans to leave", not "the plans"
                "plans" | "plan" | "planning" if self.is(k + 1, "to") => Some(true),
                "by" if dist == 1 && k < j => Some(true),
                "early" if k > 0 && self.is(k - 1, "as") => Some(true),
                "said" | "says" | "was" | "were" | "had" | "did" | "told" | "ago" | "yesterday"
                | "came" | "went" | "took" | "made" | "met" | "gave" | "began" | "won" | "lost"
                | "fell" | "rose" | "saw" | "left" | "earlier" | "since" => Some(false),
                "going" if self.is(k + 1, "to") => Some(true),
                _ if w.len() > 3
                    && w.ends_with("ed")
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
            let verdict = match verdict {
                Some(true) if perfect => Some(false),
                v => v,
            };
            if let Some(v) = verdict {
                if best.is_none_or_far(dist) {
                    best = Some((dist, v));
                }
            }
        };
        let mut k = j;
        let mut dist = 0;
        while k > 0 && dist < 16 {
            if self.ends_sentence(k - 1) || self.line_break_before(k) {
                break;
            }
            k -= 1;
            dist += 1;
            consider(k, dist);
        }
        let mut k = j + 1;
        let mut dist = 1;
        while k < self.toks.len() && dist < 16 {
            if self.ends_sentence(k) || self.line_break_before(k) {
                break;
            }
            consider(k, dist + 1);
            k += 1;
            dist += 1;
        }
        best.map(|(_, f)| f)
    }
}

trait NearTest {
    fn is_none_or_far(&self, dist: usize) -> bool;
}

impl NearTest for Option<(usize, bool)> {
    fn is_none_or_far(&self, dist: usize) -> bool {
        match self {
            None => true,
            Some((d, _)) => dist < *d,
        }
    }
}

/// A match that names a date but must not become the anchor of later expressions.
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

/// The `nth` weekday `wd` of a month (`nth` 9 = the last one, 0 = the Tuesday after the
/// first Monday).
fn nth_weekday(y: i32, mo: u32, wd: u32, nth: u32) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(y, mo, 1)?;
    let cur = first.weekday().number_from_monday();
    let off = (wd + 7 - cur) % 7;
    if nth == 0 {
        let monday_off = (8 - cur) % 7;
        return NaiveDate::from_ymd_opt(y, mo, 1 + monday_off + 1);
    }
    if nth == 9 {
        let mut d = NaiveDate::from_ymd_opt(y, mo, 1 + off)?;
        while let Some(n) = NaiveDate::from_ymd_opt(y, mo, d.day() + 7) {
            d = n;
        }
        return Some(d);
    }
    NaiveDate::from_ymd_opt(y, mo, 1 + off + 7 * (nth - 1))
}

/// Every word an expression can start with (a superset, for the fast filter).
const START_WORDS: &[&str] = &[
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
    "century",
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
    "full",
    "future",
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
    "just",
    "labor",
    "last",
    "late",
    "lately",
    "later",
    "latest",
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
    "minute",
    "minutes",
    "monday",
    "month",
    "monthly",
    "months",
    "more",
    "morning",
    "near",
    "nearly",
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
    "quarter",
    "quarters",
    "recent",
    "recently",
    "roughly",
    "same",
    "saturday",
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
    "today",
    "tomorrow",
    "tonight",
    "tuesday",
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
    "week",
    "weekend",
    "weekends",
    "weekly",
    "weeks",
    "winter",
    "year",
    "yearly",
    "years",
    "yesterday",
];

/// (first letter, last letter, length) filter over [`START_WORDS`].
static START_FILTER: [u32; 676] = super::words::filter_table(START_WORDS);

/// Cheap filter: can an expression start with this (lower-case) word?
fn may_start(w: &str) -> bool {
    if !super::words::maybe_in(&START_FILTER, w.as_bytes()) {
        return false;
    }
    month(w).is_some()
        || weekday(w).is_some()
        || season(w).is_some()
        || ordinal_word(w).is_some()
        || number_word(w).is_some()
        || matches!(
            w,
            "the"
                | "a"
                | "an"
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
