//! Expressions built on numbers: ISO and US dates, years, decades, clock times.

use super::*;

impl<'a> Recognizer<'a> {
    pub(super) fn numeric(&self, j: usize, has_the: bool) -> Option<M> {
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
        // 20th century
        if (1..=21).contains(&n) && len <= 2 && self.is(j + 2, "century") && self.adj(j + 1) {
            return Some(M::lit(j + 3, TimexType::Date, format!("{:02}", n - 1)).the());
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
            // "April 24 and 25": a second day of the month just named.
            if let Some(a) = self.anchor_day.filter(|a| {
                a.year_known
                    && j >= 2
                    && self.anchor_day_at == j - 1
                    && matches!(self.w(j - 1), "and" | "or" | "to" | "through")
                    && match self.kind(j + 1) {
                        Some(Kind::Word) => matches!(self.w(j + 1), "in" | "at" | "when"),
                        Some(Kind::Num) => false,
                        _ => !self.is(j + 1, "%"),
                    }
                    && n > a.date.day()
            }) {
                let p = Point {
                    date: ymd(a.date.year(), a.date.month(), n)?,
                    ..a
                };
                return Some(M::date(j + 1, p));
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
    pub(super) fn plausible_year(&self, j: usize, y: i32) -> bool {
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
                // a number that names a thing: "Flight 1800", "Route 1990", "Room 2004",
                // "Resolution 1973", "Section 1983", "page 1995"
                | "flight"
                | "route"
                | "room"
                | "highway"
                | "interstate"
                | "suite"
                | "gate"
                | "terminal"
                | "platform"
                | "pier"
                | "resolution"
                | "section"
                | "article"
                | "chapter"
                | "page"
                | "precinct"
                | "apartment"
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
        // "the 2000 drones": a plural noun right after a round or far-off number. News writes
        // a count of a thousand or more with a comma, so "the 1992 protests" and "2012 voters"
        // are years.
        let count_like = y % 50 == 0 || !(1800..=2099).contains(&y);
        let plural_noun = count_like
            && self.kind(j + 1) == Some(Kind::Word)
            && !self.upper(j + 1)
            && next.len() > 3
            && next.ends_with('s')
            && !next.ends_with("ss")
            && !matches!(next, "this" | "plus" | "versus" | "was" | "has");
        // "sent 2000 troops", but "in 1990 prices rose"
        if plural_noun
            && !matches!(
                prev,
                "in" | "since"
                    | "during"
                    | "until"
                    | "by"
                    | "from"
                    | "before"
                    | "after"
                    | "through"
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
    pub(super) fn clock(&self, j: usize) -> Option<M> {
        let (h, hl) = self.num(j)?;
        if hl == 4 {
            return self.zoned_clock(j, h);
        }
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
        } else if w == "in" && self.is(k + 1, "the") {
            // "4 in the morning", "9 in the evening": the part of the day is the a.m./p.m.
            let pm = match self.w(k + 2) {
                "morning" => false,
                "afternoon" | "evening" => true,
                _ => return None,
            };
            hour = to24(h, pm)?;
            ampm = true;
            k += 3;
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
        Some(time_value(end, date.or(self.day_of(j)), &clock))
    }

    /// "1350 GMT", "0800 EDT": a 24-hour clock time written without a colon, which news
    /// copy gives only with its time zone (without one, "1350" is a number or a year).
    fn zoned_clock(&self, j: usize, hhmm: u32) -> Option<M> {
        let (hour, min) = (hhmm / 100, hhmm % 100);
        let k = j + 1;
        if hour > 24 || min > 59 || (hour == 24 && min > 0) || self.adj(k) {
            return None;
        }
        if !(time_zone(self.w(k)) && self.upper(k)) {
            return None;
        }
        let zone = if matches!(self.w(k), "utc" | "gmt") {
            "Z"
        } else {
            ""
        };
        let (date, end) = self.day_after(k + 1);
        let clock = format!("T{hour:02}:{min:02}{zone}");
        Some(time_value(end, date.or(self.day_of(j)), &clock))
    }

    /// A day named right after a clock time ("Tuesday", "today", "July 19").
    pub(super) fn day_after(&self, k: usize) -> (Option<Point>, usize) {
        let mut k2 = k;
        if self.is(k2, ",") {
            k2 += 1;
        }
        // "10:35 a.m. (0735 GMT) Friday": the day after a bracketed aside dates the time.
        if self.is(k2, "(") {
            if let Some(c) = (k2 + 1..k2 + 10).find(|&i| self.is(i, ")")) {
                let (p, _) = self.day_after(c + 1);
                // "4 in the morning (4 a.m. EDT Thursday)": else the day inside the aside.
                let p = p.or_else(|| {
                    (k2 + 1..c)
                        .filter(|&i| weekday(self.w(i)).is_some())
                        .find_map(|i| self.day_after(i).0)
                });
                return (p, k);
            }
        }
        if self.is(k2, "on") {
            // "10 a.m. on Friday": the day dates the time but is an expression of its own.
            let (p, _) = self.day_after(k2 + 1);
            return (p, k);
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
            // Without a publication date the weekday pins no calendar day ("XXXX-XX-XX").
            let p = self.dct.map(|_| self.weekday_point(k2, wd, None));
            return (p, k2 + 1);
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
    pub(super) fn with_clock(&self, k: usize, p: Point) -> M {
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
    pub(super) fn decade_apostrophe(&self, j: usize) -> Option<M> {
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
}
