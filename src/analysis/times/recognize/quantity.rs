//! Quantities of time: "three years", "the past two weeks", "a year ago", "every week".

use super::*;

impl<'a> Recognizer<'a> {
    /// A count at `j`: value (None = unspecified) and the next token.
    pub(super) fn count(&self, j: usize) -> Option<(Option<f64>, usize)> {
        let w = self.w(j);
        if let Some((n, len)) = self.num(j) {
            let glued = self.adj(j) && !matches!(self.w(j.wrapping_sub(1)), "(" | "\"" | "“");
            if len > 4 || glued {
                return None;
            }
            // "5 1/2 hours"
            if self.is(j + 1, "1")
                && self.is(j + 2, "/")
                && self.is(j + 3, "2")
                && self.adj(j + 2)
                && self.adj(j + 3)
            {
                return Some((Some(n as f64 + 0.5), j + 4));
            }
            return Some((Some(n as f64), j + 1));
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
            // "half an hour", "half a century ago"
            "half" if matches!(self.w(j + 1), "a" | "an") => Some((Some(0.5), j + 2)),
            "a" | "an" => {
                // "a half hour", "a quarter century": a fraction of the unit that follows
                let frac = match self.w(j + 1) {
                    "half" => Some(0.5),
                    "quarter" => Some(0.25),
                    _ => None,
                };
                if let Some(f) = frac {
                    if unit(self.w(j + 2)).is_some_and(|(u, plural)| !plural && u != Unit::Quarter)
                    {
                        return Some((Some(f), j + 2));
                    }
                }
                if self.is(j + 1, "dozen") {
                    return Some((Some(12.0), j + 2));
                }
                // "almost a hundred years"
                if self.is(j + 1, "hundred") {
                    return Some((Some(100.0), j + 2));
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
            "couple" if self.is(j + 1, "of") => Some((Some(2.0), j + 2)),
            "some" => Some((None, j + 1)),
            _ => None,
        }
    }

    pub(super) fn quantity(&self, j: usize, has_the: bool, approx: bool) -> Option<M> {
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
        // "eight trading days", "ten business days": days counted on a calendar of work
        if matches!(self.w(k), "trading" | "business" | "working")
            && matches!(self.w(k + 1), "day" | "days")
        {
            k += 1;
        }
        let hy = self.is(k, "-") && self.adj(k);
        let u_at = if hy { k + 1 } else { k };
        let (u, plural) = unit(self.w(u_at))?;
        if self.upper(u_at) && !self.upper(j) {
            return None;
        }
        // "the first two quarters of 1990": the first half of that year
        if lead
            && u == Unit::Quarter
            && plural
            && n == Some(2.0)
            && matches!(self.w(j), "first" | "last")
            && self.is(u_at + 1, "of")
        {
            if let Some(y) = self.year_at(u_at + 2) {
                let h = if self.is(j, "first") { 1 } else { 2 };
                return Some(M::lit(u_at + 3, TimexType::Date, format!("{y:04}-H{h}")).the());
            }
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
        // "a week or so ago", "the next two years or so": the hedge belongs to the expression
        if self.is(end, "or") && self.is(end + 1, "so") {
            end += 2;
        }
        // "a minute and a half"
        let mut n = n;
        if !plural && self.is(end, "and") && self.is(end + 1, "a") && self.is(end + 2, "half") {
            n = n.map(|v| v + 0.5);
            end += 3;
        }
        let after = self.w(end);
        // "Islam will one day be ...", "and one day China would pay": an unnamed day ahead,
        // not a length of a day.
        if cw == "one" && u == Unit::Day && !plural && !lead && !hy {
            let modal = |k: usize| {
                matches!(
                    self.w(k),
                    "will" | "would" | "could" | "might" | "may" | "can" | "should" | "must"
                )
            };
            let clause_start = j == 0
                || self.line_break_before(j)
                || self.ends_sentence(j - 1)
                || matches!(self.w(j - 1), "," | "and" | "but" | "that" | "\"" | "“");
            let relative = matches!(
                after,
                "later"
                    | "earlier"
                    | "before"
                    | "after"
                    | "ago"
                    | "of"
                    | "'"
                    | "’"
                    | "-"
                    | "and"
                    | "or"
                    | "to"
            );
            let modal_ahead = || {
                (end..end + 4)
                    .take_while(|&k| !self.ends_sentence(k) && !self.line_break_before(k))
                    .any(modal)
            };
            if (j > 0 && modal(j - 1)) || (clause_start && !relative && modal_ahead()) {
                return Some(M::lit(end, TimexType::Date, "FUTURE_REF"));
            }
        }
        // Relative dates: "two weeks ago", "a year earlier", "three days later".
        if !lead && !hy {
            match after {
                "ago" => {
                    let Some(n) = n else {
                        return Some(M::lit(end + 1, TimexType::Date, "PAST_REF"));
                    };
                    return Some(self.ago(end + 1, u, n));
                }
                // "three days later than planned" is a length, not a date
                // (and "an hour later" is a length too: no calendar point below a day)
                "earlier" | "later" | "before" | "after" | "previously"
                    if n.is_some()
                        && !self.is(end + 1, "than")
                        && !matches!(u, Unit::Second | Unit::Minute | Unit::Hour)
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
    pub(super) fn ago(&self, end: usize, u: Unit, n: f64) -> M {
        let Some(dct) = self.dct else {
            return M::lit(end, TimexType::Date, "PAST_REF");
        };
        let (u, n) = whole_years(u, n);
        if n.fract() != 0.0 || matches!(u, Unit::Second | Unit::Minute | Unit::Hour) {
            return M::lit(end, TimexType::Date, "PAST_REF");
        }
        let base = Point::day(dct);
        if let Some(q) = self.last_quarter {
            if u == Unit::Year && n == 1.0 {
                let mut p = q.shift(u, -1);
                if self.months_compared(end) {
                    p = p.with(Gran::Year);
                }
                return unanchored(M::date(end, p));
            }
        }
        // "two weeks ago" names a week (TimeML), "ten days ago" a day.
        let g = match u {
            Unit::Day | Unit::Weekend => Gran::Day,
            other => unit_gran(other),
        };
        let m = M::date(end, base.shift(u, -(n as i64)).with(g));
        if matches!(u, Unit::Year | Unit::Quarter | Unit::Decade | Unit::Century) {
            return unanchored(m);
        }
        m
    }

    /// `n` units from the last date mentioned ("a day later", "a year earlier").
    pub(super) fn relative(&self, end: usize, u: Unit, n: f64) -> M {
        let (u, n) = whole_years(u, n);
        if n.fract() != 0.0 || matches!(u, Unit::Second | Unit::Minute | Unit::Hour) {
            return M::lit(
                end,
                TimexType::Date,
                if n < 0.0 { "PAST_REF" } else { "FUTURE_REF" },
            );
        }
        if u == Unit::Day {
            if let Some(m) = self.day_in_moved_month(end, None) {
                return m;
            }
        }
        let base = match u {
            Unit::Day | Unit::Week => self.anchor_day,
            // Business news: "a year earlier" compares with the quarter under report.
            Unit::Year if n == -1.0 && self.last_quarter.is_some() => {
                if self.months_compared(end) {
                    self.last_quarter.map(|q| q.with(Gran::Year))
                } else {
                    self.last_quarter
                }
            }
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

    /// "every week", "each year", "every Monday", "every two weeks", "per year".
    pub(super) fn every(&self, j: usize) -> Option<M> {
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
        // "each July", "every spring"
        if let Some((mo, false)) = month(self.w(k)).filter(|_| self.upper(k)) {
            return Some(M::lit(k + 1, TimexType::Set, format!("XXXX-{mo:02}")));
        }
        if let Some(code) = season(self.w(k)) {
            return Some(M::lit(k + 1, TimexType::Set, format!("XXXX-{code}")));
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
}

/// A fraction of a century or decade as whole years ("half a century ago": fifty years).
fn whole_years(u: Unit, n: f64) -> (Unit, f64) {
    match u {
        Unit::Century if n.fract() != 0.0 && (n * 100.0).fract() == 0.0 => (Unit::Year, n * 100.0),
        Unit::Decade if n.fract() != 0.0 && (n * 10.0).fract() == 0.0 => (Unit::Year, n * 10.0),
        _ => (u, n),
    }
}
