//! Expressions built on calendar words: months, weekdays, seasons, quarters, "this week", holidays.

use super::*;

impl<'a> Recognizer<'a> {
    pub(super) fn word(&self, j: usize, has_the: bool, pre: Pre) -> Option<M> {
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
                && (day_part(n1).is_none()
                    || (self.upper(j + 2) && self.kind(j + 2) == Some(Kind::Word)))
                && !self.line_break_before(j + 1)
            {
                return None;
            }
            return Some(self.weekday_expr(j, j + 1, wd, None));
        }
        // "on Mondays": every Monday (a set), but "TGI Fridays" is a name.
        if let Some(wd) = w.strip_suffix('s').and_then(weekday) {
            if !self.upper(j)
                || (self.name_like(j) && self.upper(j - 1))
                || (self.upper(j + 1) && self.kind(j + 1) == Some(Kind::Word))
            {
                return None;
            }
            return Some(M::lit(j + 1, TimexType::Set, format!("XXXX-WXX-{wd}")));
        }
        if let Some(s) = season(w) {
            return self.season_expr(j, s, None, has_the, pre);
        }
        if let Some(q) = ordinal_word(w) {
            return self.ordinal_period(j, q, None);
        }
        if matches!(w, "q" | "h") {
            return self.period_code(j);
        }
        let n1 = self.w(j + 1);
        match w {
            "today" | "yesterday" | "tomorrow" | "tonight" => self.deictic_day(j, w),
            "now" => {
                // "the now-cancelled deal"; "Larry King Now": part of a name
                if has_the
                    || (n1 == "-" && self.adj(j + 1))
                    || (self.name_like(j)
                        && self.upper(j - 1)
                        && self.kind(j - 1) == Some(Kind::Word))
                {
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
                    // "this current of self-destruction": the noun
                    && !matches!(n1, "account" | "accounts" | "affairs" | "events" | "-" | "of") =>
            {
                // "the then current market price": current at a past time
                let then = j > 0 && self.is(j - 1, "then");
                let v = if then { "PAST_REF" } else { "PRESENT_REF" };
                Some(M::lit(j + 1, TimexType::Date, v))
            }
            "these" if n1 == "days" => Some(M::lit(j + 2, TimexType::Date, "PRESENT_REF")),
            "recently" | "lately" if !has_the => Some(M::lit(j + 1, TimexType::Date, "PAST_REF")),
            "more" | "most" if n1 == "recently" => Some(M::lit(j + 2, TimexType::Date, "PAST_REF")),
            // "the corresponding period last year", "the same quarter a year ago"
            "same" | "corresponding" | "comparable"
                if has_the
                    && matches!(n1, "period" | "quarter")
                    && self.year_back(j + 2).is_some() =>
            {
                self.quarter_year_back(j + 2)
            }
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
            // "at a later date", "at some future date": an unnamed day ahead.
            "a" | "some" if matches!(n1, "later" | "future") && self.is(j + 2, "date") => {
                Some(M::lit(j + 3, TimexType::Date, "FUTURE_REF"))
            }
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
            // "the last half of 1989", "the latter half", "the last quarter of 1990"
            "last" | "latter"
                if n1 == "half" && (!self.is(j + 2, "of") || self.year_at(j + 3).is_some()) =>
            {
                self.ordinal_period(j, 2, None)
            }
            "last" if n1 == "quarter" && self.is(j + 2, "of") && self.year_at(j + 3).is_some() => {
                self.ordinal_period(j, 4, None)
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
                Some(time_value(end, date.or(self.day_of(j)), clock))
            }
            "every" | "each" | "per" => self.every(j),
            // "the Daily Mail", "Breitbart News Daily": a name
            "daily" if !self.name_like(j) => Some(M::lit(j + 1, TimexType::Set, "P1D")),
            "weekly" if !has_the => Some(M::lit(j + 1, TimexType::Set, "P1W")),
            "monthly" if !has_the => Some(M::lit(j + 1, TimexType::Set, "P1M")),
            "annually" | "yearly" => Some(M::lit(j + 1, TimexType::Set, "P1Y")),
            "hourly" => Some(M::lit(j + 1, TimexType::Set, "PT1H")),
            "year" if n1 == "-" && matches!(self.w(j + 2), "earlier" | "ago") => {
                self.year_earlier(j, has_the)
            }
            // "the quarter a year ago": the quarter under report, a year back
            "quarter" if has_the && self.year_back(j + 1).is_some() => {
                self.quarter_year_back(j + 1)
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
            // "the day before last Tuesday's hearing", "the day after July 4": a day from the
            // date named right after it.
            "day" if has_the && matches!(n1, "before" | "after") => {
                let sign = if n1 == "before" { -1 } else { 1 };
                // "..., and the day after, ...": the day after the last one mentioned.
                if !matches!(self.kind(j + 2), Some(Kind::Word) | Some(Kind::Num)) {
                    if let Some(m) = self.day_in_moved_month(j + 2, None) {
                        return Some(m.the());
                    }
                    let p = self.anchor_day?.shift(Unit::Day, sign);
                    return Some(M::date(j + 2, p).the());
                }
                let f = self.match_at(j + 2).filter(|f| f.start == j + 2)?;
                let p = f
                    .point
                    .filter(|p| p.gran == Gran::Day && f.kind == TimexType::Date)?;
                Some(M::date(f.end, p.shift(Unit::Day, sign)).the())
            }
            // "later in the day", "early in the day": the day last mentioned.
            "day"
                if has_the
                    && pre.position
                    && !matches!(n1, "of" | "before" | "after" | "-" | "'" | "’") =>
            {
                if let Some(m) = self.day_in_moved_month(j + 1, None) {
                    return Some(m.the());
                }
                let p = self.anchor_day?;
                Some(M::date(j + 1, p).the())
            }
            // "the week of March 6": the week holding that day.
            "week" if has_the && n1 == "of" => {
                let k = j + 2;
                let (mo, abbr) = month(self.w(k))?;
                let m = self.month_expr(k, mo, abbr, Pre::default())?;
                let p = m.point.filter(|p| p.gran == Gran::Day)?.with(Gran::Week);
                Some(M::date(m.end, p).the())
            }
            // "for the week, the index dropped", "the week's most active session": a week of
            // the report's year that the text does not pin down.
            // "earlier in the week": the week of the day last mentioned.
            "week" if has_the && pre.position && !matches!(n1, "-" | "of" | "'" | "’") => {
                let p = self.anchor_day?.with(Gran::Week);
                Some(unanchored(M::date(j + 1, p)).the())
            }
            "week" if has_the && !self.upper(j) && !matches!(n1, "-" | "of" | "long") => {
                let y = self
                    .dct
                    .map_or("XXXX".to_string(), |d| format!("{:04}", d.year()));
                Some(M::lit(j + 1, TimexType::Date, format!("{y}-WXX")).the())
            }
            // "by the end of the month": the month of the day last mentioned.
            "month" if has_the && !self.upper(j) && !matches!(n1, "-" | "of" | "long") => {
                let p = self.anchor_day?.with(Gran::Month);
                Some(unanchored(M::date(j + 1, p)).the())
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
            // "mid-afternoon yesterday", "late evening": a part of the day named after it, or
            // of the day last named in the sentence.
            "morning" | "afternoon" | "evening" | "night" if pre.position && !has_the => {
                let (date, end) = self.day_after(j + 1);
                let part = day_part(w).unwrap_or("MO");
                Some(time_value(
                    end,
                    date.or(self.day_of(j)),
                    &format!("T{part}"),
                ))
            }
            // (not "The Morning Consult poll", a name)
            "morning" | "afternoon" | "evening" if has_the && n1 != "of" && !self.name_like(j) => {
                if let Some(m) = self.day_in_moved_month(j + 1, day_part(w)) {
                    return Some(m.the());
                }
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
                // "over the years", "in the weeks ahead"
                let before_the = if j > 1 { self.w(j - 2) } else { "" };
                if plural
                    && has_the
                    && !self.upper(j)
                    && (n1 == "ahead" || matches!(before_the, "over" | "for" | "throughout"))
                    && !matches!(
                        n1,
                        "of" | "-" | "before" | "after" | "since" | "that" | "when"
                    )
                {
                    let end = if n1 == "ahead" { j + 2 } else { j + 1 };
                    return Some(M::lit(end, TimexType::Duration, duration(None, u)).the());
                }
                None
            }
        }
    }

    /// "the year", "the fiscal year", "the year ended June 30", "the year 1990" (at "year").
    pub(super) fn the_year(&self, j: usize) -> Option<M> {
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

    /// A year spelled out in words at `k` ("nineteen ninety-seven", "two thousand one") and
    /// the token after it.
    pub(super) fn spelled_year(&self, k: usize) -> Option<(i32, usize)> {
        match self.w(k) {
            "nineteen" => self.tens(k + 1).map(|(t, e)| (1900 + t as i32, e)),
            "two" if self.is(k + 1, "thousand") => {
                let (t, e) = self.tens(k + 2).unwrap_or((0, k + 2));
                Some((2000 + t as i32, e))
            }
            _ => None,
        }
    }

    /// A spelled-out tens number at `k` ("ninety-six", "eighty"), up to 99.
    pub(super) fn tens(&self, k: usize) -> Option<(u32, usize)> {
        let t = number_word(self.w(k)).filter(|t| (10..100).contains(t))?;
        if t >= 20 && t % 10 == 0 {
            let h = usize::from(self.is(k + 1, "-"));
            if let Some(u) = number_word(self.w(k + 1 + h)).filter(|u| *u < 10) {
                return Some((t + u, k + 2 + h));
            }
        }
        Some((t, k + 1))
    }

    pub(super) fn month_expr(&self, j: usize, mo: u32, abbr: bool, pre: Pre) -> Option<M> {
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
        // "a June agreement", "the March accession": a month naming the time of the noun.
        let det_before = matches!(prev, "a" | "an" | "the" | "its" | "their")
            && w != "may"
            && self.kind(k) == Some(Kind::Word)
            && !self.upper(k)
            // not "the March on Washington", "a March for Our Lives"
            && !matches!(
                self.w(k),
                "of" | "and" | "or" | "on" | "for" | "to" | "in" | "at" | "by" | "with" | "from"
            );
        // "reporter April Ryan", "August Wilson": a given name before a surname
        if day.is_none()
            && year_direct.is_none()
            && !prep_before
            && !det_before
            && self.upper(k)
            && self.kind(k) == Some(Kind::Word)
            && month(self.w(k)).is_none()
            && weekday(self.w(k)).is_none()
            && !self.line_break_before(k)
        {
            return None;
        }
        let risky = matches!(w, "may" | "march" | "june" | "august") || abbr && !dotted;
        if risky && day.is_none() && year_direct.is_none() && (abbr || !(prep_before || det_before))
        {
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
        } else if let Some((y, next)) = self.spelled_year(k) {
            year = Some(y);
            k = next;
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
    pub(super) fn weekday_point(&self, j: usize, wd: u32, dir: Option<Dir>) -> Point {
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

    pub(super) fn weekday_expr(&self, j: usize, end: usize, wd: u32, dir: Option<Dir>) -> M {
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
        // "Tuesday nights": every Tuesday night (a set)
        if dir.is_none() {
            if let Some(part) = self.w(k).strip_suffix('s').and_then(day_part) {
                return M::lit(k + 1, TimexType::Set, format!("XXXX-WXX-{wd}T{part}"));
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

    pub(super) fn deictic_day(&self, j: usize, w: &str) -> Option<M> {
        if self.upper(j) && j > 0 && self.upper(j - 1) && !self.line_break_before(j) {
            return None; // "VOA Today", "USA Today"
        }
        // "NBC's Today show": capitalised after a word inside a sentence
        if self.name_like(j) && self.kind(j - 1) == Some(Kind::Word) {
            return None;
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
    pub(super) fn this_next_last(&self, j: usize, w: &str, has_the: bool) -> Option<M> {
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
        // Every branch below needs a weekday, month, season, part of day or unit at `k`.
        if !super::super::words::maybe_in(&PERIOD_FILTER, nw.as_bytes()) {
            return None;
        }
        // weekdays and months
        if let Some(wd) = weekday(nw).filter(|_| self.upper(k)) {
            // "the previous Friday", "the following Monday": from the last day mentioned.
            if has_the && matches!(w, "previous" | "preceding" | "prior" | "following" | "next") {
                let a = self.anchor_day?;
                let dir = if matches!(w, "following" | "next") {
                    Dir::After
                } else {
                    Dir::Before
                };
                let p = Point {
                    date: weekday_from(a.date, wd, dir),
                    ..a
                };
                return Some(M::date(k + 1, p).the());
            }
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
                if matches!(w, "that" | "next" | "following") && (w == "that" || has_the) {
                    if let Some(m) = self.day_in_moved_month(k + 1, Some(part)) {
                        return Some(if has_the { m.the() } else { m });
                    }
                }
                let p = match (w, self.dct) {
                    ("this", Some(d)) => Some(Point::day(d)),
                    ("last", Some(d)) if part == "NI" => Some(Point::day(shift(d, Unit::Day, -1))),
                    ("that", _) => self.anchor_day,
                    ("next" | "following", _) if has_the => {
                        self.anchor_day.map(|a| a.shift(Unit::Day, 1))
                    }
                    _ => return None,
                };
                let m = time_value(k + 1, p, &format!("T{part}"));
                return Some(if has_the { m.the() } else { m });
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
        if anchor_rel && u == Unit::Day {
            if let Some(m) = self.day_in_moved_month(end, None) {
                return Some(m.the());
            }
        }
        let base = if anchor_rel {
            match u {
                Unit::Day | Unit::Week | Unit::Weekend => self.anchor_day,
                _ => self.anchor,
            }
        } else {
            base
        };
        if matches!(u, Unit::Decade | Unit::Century) && matches!(w, "past" | "last" | "this") {
            // "in the last decade" names the previous calendar decade; "over the past
            // decade", "this century" are lengths of time.
            let first = if has_the { j.checked_sub(1) } else { Some(j) };
            let in_before = first
                .and_then(|f| f.checked_sub(1))
                .is_some_and(|b| self.is(b, "in"));
            if let (true, Unit::Decade, "past" | "last", Some(d)) = (in_before, u, w, self.dct) {
                let v = format!("{}", d.year().div_euclid(10) - 1);
                return Some(M::lit(end, TimexType::Date, v).the());
            }
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

    pub(super) fn season_expr(
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
        } else if let Some((y, next)) = self.spelled_year(end + usize::from(self.is(end, "of"))) {
            year = Some(y);
            end = next;
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
                    Some("that") | Some("same") | Some("following") => {
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
    pub(super) fn ordinal_period(&self, j: usize, q: u32, given_year: Option<i32>) -> Option<M> {
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
            } else if matches!(self.w(k2), "this" | "the") && self.is(k2 + 1, "year") {
                // "the second half of the year": the year of the report
                end = k2 + 2;
            } else if self.is(k2, "last") && self.is(k2 + 1, "year") {
                year = self.dct.map(|d| d.year() - 1);
                end = k2 + 2;
            } else if self.is(k2, "next") && self.is(k2 + 1, "year") {
                year = self.dct.map(|d| d.year() + 1);
                end = k2 + 2;
            }
        }
        Some(self.period_of_year(j, code, q, given_year.or(year), end, !hyphen))
    }

    /// "Q2", "Q3 2021", "H1 of 2020": a quarter or half written as a code, a capital letter
    /// and one digit in one word. A half needs its year ("H1" alone is as often a visa class or
    /// a road), and the word must end at the digit ("H1N1", "Q2s" are something else).
    pub(super) fn period_code(&self, j: usize) -> Option<M> {
        let (code, max) = if self.is(j, "q") { ('Q', 4) } else { ('H', 2) };
        let (q, 1) = self.num(j + 1)? else {
            return None;
        };
        if !self.upper(j) || !self.adj(j + 1) || !(1..=max).contains(&q) {
            return None;
        }
        if self.adj(j + 2) && matches!(self.kind(j + 2), Some(Kind::Word | Kind::Num)) {
            return None;
        }
        let mut k = j + 2;
        if matches!(self.w(k), "of" | "in") {
            k += 1;
        }
        let year = self.year_at(k);
        if year.is_none() && code == 'H' {
            return None;
        }
        let end = if year.is_some() { k + 1 } else { j + 2 };
        Some(self.period_of_year(j, code, q, year, end, false))
    }

    /// The quarter (`code` 'Q') or half ('H') number `q` of `year`, the phrase starting at `j`
    /// and ending before `end`; with no year, the publication's (a fourth quarter named in
    /// January is last year's).
    fn period_of_year(
        &self,
        j: usize,
        code: char,
        q: u32,
        year: Option<i32>,
        end: usize,
        uses_the: bool,
    ) -> M {
        let year = year.or_else(|| {
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
        let quarter_start = year
            .filter(|_| code == 'Q')
            .and_then(|y| ymd(y, (q - 1) * 3 + 1, 1));
        let (value, point) = match (year, quarter_start) {
            (Some(_), Some(date)) => {
                let p = Point {
                    date,
                    year_known: true,
                    gran: Gran::Quarter,
                };
                (p.value(), Some(p))
            }
            (Some(y), _) => (format!("{y:04}-{code}{q}"), None),
            (None, _) => (format!("XXXX-{code}{q}"), None),
        };
        M {
            end,
            kind: TimexType::Date,
            value,
            point,
            uses_the,
        }
    }

    /// "fiscal 1990", "fiscal year 1990".
    pub(super) fn fiscal(&self, j: usize) -> Option<M> {
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

    /// "[third] quarter" or "period" at `k`, of year `y` ("1988 quarter", "last year's quarter");
    /// a bare quarter or period takes the number of the last quarter mentioned.
    pub(super) fn quarter_of_year(&self, k: usize, y: i32) -> Option<M> {
        if let Some(q) = ordinal_word(self.w(k)) {
            return self.ordinal_period(k, q, Some(y)).map(M::the);
        }
        if matches!(self.w(k), "quarter" | "period") {
            let q = self.last_quarter?;
            let mut p = Point {
                date: ymd(y, q.date.month(), 1)?,
                ..q
            };
            if self.months_compared(k) {
                p = p.with(Gran::Year);
            }
            // "the 1988 period" compares with the quarter under report: not a new anchor.
            return Some(unanchored(M::date(k + 1, p)).the());
        }
        None
    }

    /// The token after "last year", "a year ago", "a year earlier" or "of last year" at `k`.
    fn year_back(&self, k: usize) -> Option<usize> {
        let k = k + usize::from(self.is(k, "of"));
        if self.is(k, "last") && self.is(k + 1, "year") && !self.is(k + 2, "'") {
            return Some(k + 2);
        }
        (self.is(k, "a") && self.is(k + 1, "year") && matches!(self.w(k + 2), "ago" | "earlier"))
            .then_some(k + 3)
    }

    /// The quarter under report a year back, the phrase ending with [`Self::year_back`] at `k`.
    fn quarter_year_back(&self, k: usize) -> Option<M> {
        let end = self.year_back(k)?;
        let m = match (self.last_quarter, self.dct) {
            (Some(q), _) => M::date(end, q.shift(Unit::Year, -1)),
            (None, Some(d)) => M::lit(end, TimexType::Date, format!("{:04}-QX", d.year() - 1)),
            (None, None) => M::lit(end, TimexType::Date, "XXXX-QX"),
        };
        Some(unanchored(m).the())
    }

    /// "year-earlier" / "year-ago" [period|quarter].
    pub(super) fn year_earlier(&self, j: usize, has_the: bool) -> Option<M> {
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
            (Some(q), _) if self.months_compared(j) => q.shift(Unit::Year, -1).with(Gran::Year),
            (Some(q), _) => q.shift(Unit::Year, -1),
            (None, Some(a)) => a.shift(Unit::Year, -1).with(coarser(a.gran, Gran::Year)),
            (None, None) => return Some(M::lit(end, TimexType::Date, "XXXX")),
        };
        let mut m = unanchored(M::date(end, p));
        m.uses_the = uses_the;
        Some(m)
    }

    pub(super) fn holiday(&self, j: usize) -> Option<M> {
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
}

/// The `nth` weekday `wd` of a month (`nth` 9 = the last one, 0 = the Tuesday after the
/// first Monday).
/// The weekdays, months, seasons, parts of the day and units of time.
const PERIOD_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    "morning",
    "afternoon",
    "evening",
    "night",
    "second",
    "seconds",
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "weekend",
    "weekends",
    "month",
    "months",
    "quarter",
    "quarters",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "centuries",
];

/// (first letter, last letter, length) filter over [`PERIOD_WORDS`].
static PERIOD_FILTER: super::super::words::Filter = super::super::words::filter_table(PERIOD_WORDS);

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

#[cfg(test)]
mod period_tests {
    use super::*;

    #[test]
    fn period_words_are_all_periods() {
        for w in PERIOD_WORDS {
            let period = weekday(w).is_some()
                || month(w).is_some()
                || season(w).is_some()
                || day_part(w).is_some()
                || unit(w).is_some();
            assert!(period, "{w}");
            assert!(super::super::super::words::maybe_in(
                &PERIOD_FILTER,
                w.as_bytes()
            ));
        }
    }
}
