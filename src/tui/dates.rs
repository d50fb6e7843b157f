//! Short labels for TIMEX3 values in the timeline: `Jul 19 2022`, `Jul 2022`, `Jul 19 ????`,
//! `2022`; other values (weeks, seasons, `PAST_REF`) as they are.

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The timeline label of a TIMEX3 value.
pub fn label(value: &str) -> String {
    // A time of day keeps its date part.
    let date = value.split('T').next().unwrap_or(value);
    let parts: Vec<&str> = date.split('-').collect();
    let year = |y: &str| -> Option<String> {
        if y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()) {
            Some(y.to_owned())
        } else if y.len() == 4 && y.bytes().all(|b| b == b'X' || b.is_ascii_digit()) {
            Some("????".to_owned())
        } else {
            None
        }
    };
    let month = |m: &str| -> Option<&'static str> {
        let n: usize = m.parse().ok().filter(|_| m.len() == 2)?;
        MONTHS.get(n.checked_sub(1)?).copied()
    };
    let day = |d: &str| -> Option<u32> {
        d.parse()
            .ok()
            .filter(|n| d.len() == 2 && (1..=31).contains(n))
    };
    let known = (|| match parts.as_slice() {
        [y] => year(y).filter(|y| y != "????"),
        [y, m] => Some(format!("{} {}", month(m)?, year(y)?)),
        [y, m, d] => Some(format!("{} {} {}", month(m)?, day(d)?, year(y)?)),
        _ => None,
    })();
    known.unwrap_or_else(|| value.to_owned())
}

#[cfg(test)]
mod tests {
    use super::label;

    #[test]
    fn labels() {
        assert_eq!(label("2022-07-19"), "Jul 19 2022");
        assert_eq!(label("2022-07"), "Jul 2022");
        assert_eq!(label("XXXX-07-19"), "Jul 19 ????");
        assert_eq!(label("2022"), "2022");
        assert_eq!(label("2022-07-19T15:00"), "Jul 19 2022");
        assert_eq!(label("2022-12-01"), "Dec 1 2022");
        assert_eq!(label("2022-W29"), "2022-W29");
        assert_eq!(label("PAST_REF"), "PAST_REF");
        assert_eq!(label("2022-13-01"), "2022-13-01");
        assert_eq!(label(""), "");
    }
}
