//! Calendar arithmetic and TIMEX3 value strings.

use super::words::Unit;
use chrono::{Datelike, Days, Months, NaiveDate};

/// The grain of a date mentioned in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gran {
    /// A calendar day.
    Day,
    /// An ISO week.
    Week,
    /// A month.
    Month,
    /// A quarter.
    Quarter,
    /// A year.
    Year,
}

/// A point in time a later expression can be relative to: a date, whether its year is known,
/// and how precise it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Point {
    /// A day inside the period (the period's own day when `gran` is `Day`).
    pub date: NaiveDate,
    /// False when the year is unknown (written `XXXX`).
    pub year_known: bool,
    /// Precision.
    pub gran: Gran,
}

impl Point {
    /// A known day.
    pub fn day(date: NaiveDate) -> Self {
        Point {
            date,
            year_known: true,
            gran: Gran::Day,
        }
    }

    /// The same point at another grain.
    pub fn with(self, gran: Gran) -> Self {
        Point { gran, ..self }
    }

    /// The TIMEX3 value at the point's own grain.
    pub fn value(&self) -> String {
        self.value_at(self.gran)
    }

    /// The TIMEX3 value at grain `g`.
    pub fn value_at(&self, g: Gran) -> String {
        let d = self.date;
        let mut s = String::with_capacity(10);
        if g == Gran::Week {
            if !self.year_known {
                return "XXXX-WXX".to_string();
            }
            let w = d.iso_week();
            push_year(&mut s, w.year());
            s.push_str("-W");
            push_two(&mut s, w.week());
            return s;
        }
        if self.year_known {
            push_year(&mut s, d.year());
        } else {
            s.push_str("XXXX");
        }
        match g {
            Gran::Day => {
                s.push('-');
                push_two(&mut s, d.month());
                s.push('-');
                push_two(&mut s, d.day());
            }
            Gran::Month => {
                s.push('-');
                push_two(&mut s, d.month());
            }
            Gran::Quarter => {
                s.push_str("-Q");
                push_two_or_one(&mut s, (d.month() - 1) / 3 + 1);
            }
            Gran::Week | Gran::Year => {}
        }
        s
    }

    /// The point moved by `n` units (negative: back), keeping its grain.
    pub fn shift(self, unit: Unit, n: i64) -> Self {
        Point {
            date: shift(self.date, unit, n),
            ..self
        }
    }
}

/// `date` moved by `n` units; out-of-range results leave it unchanged.
pub(crate) fn shift(date: NaiveDate, unit: Unit, n: i64) -> NaiveDate {
    let days = |k: i64| -> NaiveDate {
        let r = if k >= 0 {
            date.checked_add_days(Days::new(k.unsigned_abs()))
        } else {
            date.checked_sub_days(Days::new(k.unsigned_abs()))
        };
        r.unwrap_or(date)
    };
    let months = |k: i64| -> NaiveDate {
        let m = u32::try_from(k.unsigned_abs()).unwrap_or(0);
        let r = if k >= 0 {
            date.checked_add_months(Months::new(m))
        } else {
            date.checked_sub_months(Months::new(m))
        };
        r.unwrap_or(date)
    };
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour => date,
        Unit::Day => days(n),
        Unit::Week | Unit::Weekend => days(n.saturating_mul(7)),
        Unit::Month => months(n),
        Unit::Quarter => months(n.saturating_mul(3)),
        Unit::Year => months(n.saturating_mul(12)),
        Unit::Decade => months(n.saturating_mul(120)),
        Unit::Century => months(n.saturating_mul(1200)),
    }
}

/// The grain a unit names.
pub(crate) fn unit_gran(u: Unit) -> Gran {
    match u {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => Gran::Day,
        Unit::Week | Unit::Weekend => Gran::Week,
        Unit::Month => Gran::Month,
        Unit::Quarter => Gran::Quarter,
        Unit::Year | Unit::Decade | Unit::Century => Gran::Year,
    }
}

/// A TIMEX3 duration value of `n` units (`None` = unspecified `X`).
pub(crate) fn duration(n: Option<f64>, u: Unit) -> String {
    let (scale, code, time) = match u {
        Unit::Second => (1.0, "S", true),
        Unit::Minute => (1.0, "M", true),
        Unit::Hour => (1.0, "H", true),
        Unit::Day => (1.0, "D", false),
        Unit::Week => (1.0, "W", false),
        Unit::Weekend => (1.0, "WE", false),
        Unit::Month => (1.0, "M", false),
        Unit::Quarter => (1.0, "Q", false),
        Unit::Year => (1.0, "Y", false),
        Unit::Decade => (10.0, "Y", false),
        Unit::Century => (100.0, "Y", false),
    };
    // A half unit is written with the next smaller unit: "P2Y6M", "PT5H30M".
    if let Some(v) = n.filter(|v| v.fract() == 0.5 && *v < 1e9) {
        let whole = v.trunc() as i64;
        let half = match u {
            Unit::Year if whole == 0 => Some("P6M".to_string()),
            Unit::Day if whole == 0 => Some("PT12H".to_string()),
            Unit::Hour if whole == 0 => Some("PT30M".to_string()),
            Unit::Minute if whole == 0 => Some("PT30S".to_string()),
            Unit::Year => Some(format!("P{whole}Y6M")),
            Unit::Day => Some(format!("P{whole}DT12H")),
            Unit::Hour => Some(format!("PT{whole}H30M")),
            Unit::Minute => Some(format!("PT{whole}M30S")),
            _ => None,
        };
        if let Some(h) = half {
            return h;
        }
    }
    // Built piece by piece: `format!` cost more than the rest of the normalisation.
    let mut s = String::with_capacity(8);
    s.push_str(if time { "PT" } else { "P" });
    match n {
        None => s.push('X'),
        Some(v) => {
            let v = v * scale;
            if v.fract() == 0.0 {
                s.push_str(&(v as i64).to_string());
            } else {
                s.push_str(&v.to_string());
            }
        }
    }
    s.push_str(code);
    s
}

/// A date for `month`/`day` (day `None`: the whole month) in the year the publication date
/// `dct` points to: its own year, the year before when the date lies ahead but the sentence
/// speaks of the past, the year after when it lies behind but the sentence is in the future.
/// Without a publication date the year stays unknown.
pub(crate) fn month_day(
    month: u32,
    day: Option<u32>,
    dct: Option<NaiveDate>,
    tense: Option<bool>,
) -> Option<Point> {
    let d = day.unwrap_or(1);
    let gran = if day.is_some() {
        Gran::Day
    } else {
        Gran::Month
    };
    let Some(dct) = dct else {
        let date = NaiveDate::from_ymd_opt(2000, month, d)?;
        return Some(Point {
            date,
            year_known: false,
            gran,
        });
    };
    let mut y = dct.year();
    if day.is_none() && tense.is_none() {
        // No tense: news looks back further than ahead. A month up to four months ahead
        // ("in January", written in October) is the coming one, else the latest one.
        let ahead = month as i32 - dct.month() as i32;
        if ahead >= 5 {
            y -= 1;
        } else if ahead <= -8 {
            y += 1;
        }
        return Some(Point {
            date: NaiveDate::from_ymd_opt(y, month, 1)?,
            year_known: true,
            gran,
        });
    }
    let Some(future) = tense else {
        // No tense: the nearest such date.
        let mut best: Option<(i64, NaiveDate)> = None;
        for y in [dct.year(), dct.year() - 1, dct.year() + 1] {
            if let Some(c) = NaiveDate::from_ymd_opt(y, month, d) {
                let dist = (c - dct).num_days().abs();
                if best.is_none_or(|(b, _)| dist + 20 < b) {
                    best = Some((dist, c));
                }
            }
        }
        return best.map(|(_, date)| Point {
            date,
            year_known: true,
            gran,
        });
    };
    if day.is_some() {
        let c = NaiveDate::from_ymd_opt(y, month, d)
            .or_else(|| NaiveDate::from_ymd_opt(y - 1, month, d))?;
        let ahead = (c - dct).num_days();
        if ahead > 90 && !future || ahead > 300 {
            y -= 1;
        } else if ahead < -60 && future || ahead < -300 {
            y += 1;
        }
    } else if month > dct.month() + 1 && !future {
        y -= 1;
    } else if month < dct.month() && future {
        y += 1;
    }
    let date = NaiveDate::from_ymd_opt(y, month, d)
        .or_else(|| NaiveDate::from_ymd_opt(y - 1, month, d))
        .or_else(|| NaiveDate::from_ymd_opt(y + 1, month, d))?;
    Some(Point {
        date,
        year_known: true,
        gran,
    })
}

/// A full date when valid.
pub(crate) fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// Which way a weekday points from the reference date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dir {
    /// The most recent one, the reference day included.
    Past,
    /// The next one, the reference day included.
    Future,
    /// Strictly before ("last Tuesday").
    Before,
    /// Strictly after ("next Tuesday").
    After,
}

/// The weekday `wd` (Monday = 1) nearest to `dct` in direction `dir`.
pub(crate) fn weekday_from(dct: NaiveDate, wd: u32, dir: Dir) -> NaiveDate {
    let cur = dct.weekday().number_from_monday() as i64;
    let wd = wd as i64;
    let back = (cur - wd).rem_euclid(7);
    let fwd = (wd - cur).rem_euclid(7);
    let days = match dir {
        Dir::Past => -back,
        Dir::Future => fwd,
        Dir::Before => -(if back == 0 { 7 } else { back }),
        Dir::After => {
            if fwd == 0 {
                7
            } else {
                fwd
            }
        }
    };
    shift(dct, Unit::Day, days)
}

/// Appends `y` as `format!("{y:04}")` would, without the formatting machinery for the usual
/// years.
fn push_year(s: &mut String, y: i32) {
    match u32::try_from(y) {
        Ok(y) if y <= 9999 => {
            for k in [1000, 100, 10, 1] {
                s.push(digit(y / k % 10));
            }
        }
        _ => s.push_str(&format!("{y:04}")),
    }
}

/// Appends `n` as `format!("{n:02}")` would.
fn push_two(s: &mut String, n: u32) {
    if n < 100 {
        s.push(digit(n / 10));
        s.push(digit(n % 10));
    } else {
        s.push_str(&n.to_string());
    }
}

/// Appends `n` as `format!("{n}")` would.
fn push_two_or_one(s: &mut String, n: u32) {
    if n < 10 {
        s.push(digit(n));
    } else {
        s.push_str(&n.to_string());
    }
}

/// The decimal digit `n` (0..=9).
fn digit(n: u32) -> char {
    char::from_digit(n, 10).unwrap_or('0')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The former `format!` spelling of [`Point::value_at`], to check the fast one against.
    fn value_reference(p: &Point, g: Gran) -> String {
        let d = p.date;
        let y = if p.year_known {
            format!("{:04}", d.year())
        } else {
            "XXXX".to_string()
        };
        match g {
            Gran::Day => format!("{y}-{:02}-{:02}", d.month(), d.day()),
            Gran::Week if p.year_known => {
                let w = d.iso_week();
                format!("{:04}-W{:02}", w.year(), w.week())
            }
            Gran::Week => "XXXX-WXX".to_string(),
            Gran::Month => format!("{y}-{:02}", d.month()),
            Gran::Quarter => format!("{y}-Q{}", (d.month() - 1) / 3 + 1),
            Gran::Year => y,
        }
    }

    #[test]
    fn values_match_the_format_spelling() {
        let grains = [
            Gran::Day,
            Gran::Week,
            Gran::Month,
            Gran::Quarter,
            Gran::Year,
        ];
        for (y, m, d) in [
            (2016, 6, 1),
            (2021, 1, 3),
            (2020, 12, 31),
            (987, 2, 9),
            (5, 11, 30),
            (12345, 7, 4),
            (-44, 3, 15),
        ] {
            let Some(date) = NaiveDate::from_ymd_opt(y, m, d) else {
                continue;
            };
            for year_known in [true, false] {
                for gran in grains {
                    let p = Point {
                        date,
                        year_known,
                        gran,
                    };
                    assert_eq!(p.value(), value_reference(&p, gran), "{date} {gran:?}");
                }
            }
        }
    }

    fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dd).unwrap_or_default()
    }

    #[test]
    fn values_at_each_grain() {
        let p = Point::day(d(2022, 7, 19));
        assert_eq!(p.value(), "2022-07-19");
        assert_eq!(p.value_at(Gran::Week), "2022-W29");
        assert_eq!(p.value_at(Gran::Quarter), "2022-Q3");
        assert_eq!(p.shift(Unit::Year, -1).value_at(Gran::Year), "2021");
    }

    #[test]
    fn nearest_year_for_month_day() {
        let dct = Some(d(2022, 1, 5));
        let v = |m, d, dct, f| month_day(m, d, dct, f).map(|p| p.value());
        assert_eq!(v(12, Some(30), dct, Some(false)), Some("2021-12-30".into()));
        assert_eq!(v(12, Some(30), dct, None), Some("2021-12-30".into()));
        assert_eq!(
            v(7, Some(19), Some(d(2022, 7, 20)), Some(false)),
            Some("2022-07-19".into())
        );
        assert_eq!(v(7, Some(19), None, None), Some("XXXX-07-19".into()));
        assert_eq!(
            v(12, None, Some(d(2022, 10, 3)), Some(false)),
            Some("2021-12".into())
        );
        assert_eq!(
            v(2, None, Some(d(2022, 10, 3)), Some(true)),
            Some("2023-02".into())
        );
        assert_eq!(
            v(8, Some(10), Some(d(2022, 7, 20)), Some(false)),
            Some("2022-08-10".into())
        );
    }

    #[test]
    fn weekdays_by_direction() {
        let dct = d(2022, 7, 20); // a Wednesday
        assert_eq!(weekday_from(dct, 2, Dir::Past), d(2022, 7, 19));
        assert_eq!(weekday_from(dct, 2, Dir::Future), d(2022, 7, 26));
        assert_eq!(weekday_from(dct, 3, Dir::Past), dct);
        assert_eq!(weekday_from(dct, 3, Dir::Before), d(2022, 7, 13));
    }

    #[test]
    fn durations() {
        assert_eq!(duration(Some(3.0), Unit::Year), "P3Y");
        assert_eq!(duration(None, Unit::Month), "PXM");
        assert_eq!(duration(Some(2.0), Unit::Hour), "PT2H");
        assert_eq!(duration(Some(4.0), Unit::Decade), "P40Y");
        assert_eq!(duration(Some(1.5), Unit::Year), "P1Y6M");
        assert_eq!(duration(Some(5.5), Unit::Hour), "PT5H30M");
        assert_eq!(duration(Some(1.5), Unit::Week), "P1.5W");
        assert_eq!(duration(Some(0.5), Unit::Hour), "PT30M");
        assert_eq!(duration(Some(0.5), Unit::Year), "P6M");
        assert_eq!(duration(Some(0.25), Unit::Century), "P25Y");
    }
}
