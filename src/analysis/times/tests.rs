//! Outcomes of `find_times` on whole sentences.

use super::find_times;
use crate::analysis::model::{Timex, TimexType};
use chrono::NaiveDate;

fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, day)
}

fn find(text: &str, dct: Option<NaiveDate>) -> Vec<(String, String)> {
    find_times(text, dct)
        .into_iter()
        .map(|t| (t.text, t.value))
        .collect()
}

fn one(text: &str, dct: Option<NaiveDate>) -> Timex {
    let all = find_times(text, dct);
    assert_eq!(all.len(), 1, "{text:?} -> {all:?}");
    all.into_iter().next().unwrap_or_else(|| unreachable!())
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

const STORY: &str = "“We are currently ready to export weapons,” Heydari said July 19, according to a report.\n\
On July 11, the adviser claimed that Iran planned to supply drones, with the first stages of training starting as early as July.\n\
The ministry website reported on July 15.\n\
The claim was also denied by the spokesman on July 13.\n\
On the same day, the spokesman said the topic would not be discussed during the visit to Tehran on July 19.\n\
When meeting with Vladimir Putin on Tuesday, the Supreme Leader offered his strongest support.";

#[test]
fn reference_story_with_publication_date() {
    let got = find(STORY, d(2022, 7, 20));
    assert_eq!(
        got,
        pairs(&[
            ("currently", "PRESENT_REF"),
            ("July 19", "2022-07-19"),
            ("July 11", "2022-07-11"),
            ("as early as July", "2022-07"),
            ("July 15", "2022-07-15"),
            ("July 13", "2022-07-13"),
            ("On the same day", "2022-07-13"),
            ("July 19", "2022-07-19"),
            ("Tuesday", "2022-07-19"),
        ])
    );
    assert!(find_times(STORY, d(2022, 7, 20))
        .iter()
        .all(|t| t.kind == TimexType::Date));
}

#[test]
fn reference_story_without_date_keeps_x() {
    let got = find(STORY, None);
    assert_eq!(got[1], ("July 19".to_string(), "XXXX-07-19".to_string()));
    assert_eq!(
        got[6],
        ("On the same day".to_string(), "XXXX-07-13".to_string())
    );
    assert!(got.iter().all(|(_, v)| !v.starts_with("20")));
}

#[test]
fn offsets_index_the_text() {
    let text = "Le ministre a parlé — “mardi” — and on Tuesday, Jan. 5, 2021 he left.";
    for t in find_times(text, d(2021, 1, 7)) {
        assert_eq!(&text[t.start..t.end], t.text);
    }
}

#[test]
fn full_and_partial_dates() {
    let dct = d(2022, 7, 20);
    assert_eq!(
        one("It opened on 19 July 2022 in Oslo.", dct).value,
        "2022-07-19"
    );
    assert_eq!(
        one("The file is dated 2022-07-19 in the archive.", dct).value,
        "2022-07-19"
    );
    assert_eq!(
        one("The deal was signed Jan. 5 by both firms.", dct).value,
        "2022-01-05"
    );
    assert_eq!(one("The plant closed in March 2019.", dct).value, "2019-03");
    assert_eq!(
        one("It closed on July 4, 1999, for good.", dct).value,
        "1999-07-04"
    );
    assert_eq!(one("Prices fell sharply in 1998.", dct).value, "1998");
    assert_eq!(one("Growth was strong in the mid-1990s.", dct).value, "199");
    assert_eq!(one("Trade collapsed in the 1930s.", dct).text, "the 1930s");
    let t = one("The bomb went off in January nineteen ninety-seven.", dct);
    assert_eq!(
        (t.text.as_str(), t.value.as_str()),
        ("January nineteen ninety-seven", "1997-01")
    );
    assert_eq!(
        one("Oil was cheap in the winter of nineteen ninety-four.", dct).value,
        "1994-WI"
    );
}

#[test]
fn deictic_and_relative_dates() {
    let dct = d(2022, 7, 20);
    assert_eq!(one("The minister left yesterday.", dct).value, "2022-07-19");
    assert_eq!(one("Talks resume tomorrow.", dct).value, "2022-07-21");
    assert_eq!(one("Sales rose this week.", dct).value, "2022-W29");
    assert_eq!(one("Sales fell last month.", dct).value, "2022-06");
    assert_eq!(one("Elections are due next year.", dct).value, "2023");
    assert_eq!(one("He resigned two weeks ago.", dct).value, "2022-W27");
    assert_eq!(
        one("The company was founded a year ago.", dct).value,
        "2021"
    );
    assert_eq!(
        one("Profit rose in the third quarter.", dct).value,
        "2022-Q3"
    );
    assert_eq!(one("Shares will be sold this fall.", dct).value, "2022-FA");
    assert_eq!(one("We met last summer in Rome.", dct).value, "2021-SU");
    assert_eq!(one("Results for fiscal 2021 were weak.", dct).value, "2021");
}

#[test]
fn weekdays_follow_tense() {
    let dct = d(2022, 7, 20); // a Wednesday
    assert_eq!(
        one("The minister said on Monday that talks failed.", dct).value,
        "2022-07-18"
    );
    assert_eq!(
        one("The minister will travel to Paris on Friday.", dct).value,
        "2022-07-22"
    );
    assert_eq!(
        one("The vote was held last Wednesday.", dct).value,
        "2022-07-13"
    );
}

#[test]
fn anaphora_uses_the_last_date() {
    let dct = d(2022, 7, 20);
    let got = find(
        "The army moved on March 3. The next day, it stopped. A week later it left.",
        dct,
    );
    assert_eq!(
        got,
        pairs(&[
            ("March 3", "2022-03-03"),
            ("The next day", "2022-03-04"),
            ("A week later", "2022-03-11")
        ])
    );
    let got = find(
        "Talks began on May 2, 2019. That week, the rebels agreed.",
        dct,
    );
    assert_eq!(got[1], ("That week".to_string(), "2019-W18".to_string()));
}

#[test]
fn a_day_after_the_story_moves_to_another_month_is_a_day_of_that_month() {
    let dct = d(1999, 2, 6); // a Saturday
    let got = find(
        "The site closed Thursday. A doctor was killed last October. \
         His name was crossed out that same day.",
        dct,
    );
    assert_eq!(
        got,
        pairs(&[
            ("Thursday", "1999-02-04"),
            ("last October", "1998-10"),
            ("that same day", "1998-10-XX"),
        ])
    );
    let dct = d(2016, 9, 26);
    let got = find(
        "He spoke at the convention in July. At a breakfast the following morning, \
         he was booed. Two days later he left.",
        dct,
    );
    assert_eq!(got[1].1, "2016-07-XXTMO");
    assert_eq!(got[2].1, "2016-07-XX");
    // a month that holds the last day named keeps that day
    let dct = d(2022, 7, 20);
    let got = find(
        "Talks began on July 4. In July, prices rose. The next day, they fell.",
        dct,
    );
    assert_eq!(
        got[2],
        ("The next day".to_string(), "2022-07-05".to_string())
    );
    // a month ahead is a forecast, not the time of the story
    let dct = d(2016, 1, 24);
    let got = find(
        "They met on Jan. 20. It won't be over in March. The plan outlined that day was new.",
        dct,
    );
    assert_eq!(got[1].1, "2016-03", "won't looks ahead");
    assert_eq!(got[2], ("that day".to_string(), "2016-01-20".to_string()));
    // "The Morning Consult poll" is a name
    assert!(find("The Morning Consult poll showed a lead.", dct).is_empty());
}

#[test]
fn times_of_day() {
    let dct = d(2022, 7, 20);
    let t = one("The polls close at 3 p.m. local officials said.", dct);
    assert_eq!(
        (t.text.as_str(), t.value.as_str(), t.kind),
        ("3 p.m.", "2022-07-20T15:00", TimexType::Time)
    );
    assert_eq!(
        one("He spoke this morning on the radio.", dct).value,
        "2022-07-20TMO"
    );
    assert_eq!(one("The strike began tonight.", dct).value, "2022-07-20TNI");
    assert_eq!(
        one("It ended at 10:30 a.m. EST Tuesday.", dct).value,
        "2022-07-19T10:30"
    );
}

#[test]
fn clock_times_take_the_day_of_their_sentence() {
    let dct = d(2022, 7, 20);
    let got = find(
        "Heydari said on July 19 that drones were ready at 3 p.m.",
        dct,
    );
    assert_eq!(
        got,
        pairs(&[("July 19", "2022-07-19"), ("3 p.m.", "2022-07-19T15:00")])
    );
    let got = find(
        "He will arrive at 10:30 a.m. on Friday, the minister said.",
        dct,
    );
    assert_eq!(
        got,
        pairs(&[("10:30 a.m.", "2022-07-22T10:30"), ("Friday", "2022-07-22")])
    );
    let got = find("Talks ended on July 4. The vote is at 9 p.m. GMT.", dct);
    assert_eq!(
        got[1],
        ("9 p.m. GMT".to_string(), "2022-07-20T21:00Z".to_string())
    );
}

#[test]
fn a_four_digit_clock_with_its_zone_is_a_time_not_a_year() {
    let dct = d(1996, 8, 30); // a Friday
    let got = find("Shares rose 0.2 percent to 2,555 lire by 1350 GMT.", dct);
    assert_eq!(got, pairs(&[("1350 GMT", "1996-08-30T13:50Z")]));
    let got = find(
        "The market will end early at 1400 EDT / 1800 GMT on Friday.",
        dct,
    );
    assert_eq!(
        got,
        pairs(&[
            ("1400 EDT", "1996-08-30T14:00"),
            ("1800 GMT", "1996-08-30T18:00Z"),
            ("Friday", "1996-08-30"),
        ])
    );
    // a four-digit year stays a year; "2560" is no clock time and no year
    assert_eq!(
        find("The 1350 GMT deadline passed.", dct)[0].1,
        "1996-08-30T13:50Z"
    );
    assert_eq!(find("He was born in 1950.", dct)[0].1, "1950");
    assert!(find("It sold 2560 GMT shares.", dct).is_empty());
    // without a publication date a weekday after the clock gives no calendar day
    let got = find("Trading ends at 1800 GMT on Friday.", None);
    assert_eq!(got[0].1, "XXXX-XX-XXT18:00Z");
}

#[test]
fn centuries_quarters_and_fiscal_periods() {
    let dct = d(2022, 7, 20);
    assert_eq!(one("Steam power shaped the 19th century.", dct).value, "18");
    assert_eq!(
        one("Net fell in the 2021 second quarter.", dct).value,
        "2021-Q2"
    );
    assert_eq!(
        one("Sales for the first half of 2020 rose.", dct).value,
        "2020-H1"
    );
    let t = one(
        "Losses will last through the first two quarters of 1990.",
        dct,
    );
    assert_eq!(
        (t.text.as_str(), t.value.as_str()),
        ("the first two quarters of 1990", "1990-H1")
    );
    assert_eq!(
        one("Sales rose in the last two quarters of 2019.", dct).value,
        "2019-H2"
    );
    let got = find(
        "Profit rose in the third quarter from the year-earlier quarter.",
        dct,
    );
    assert_eq!(
        got[1],
        (
            "the year-earlier quarter".to_string(),
            "2021-Q3".to_string()
        )
    );
}

#[test]
fn quarters_and_halves_written_as_codes() {
    let dct = d(2022, 7, 20);
    assert_eq!(
        find(
            "Profit rose in Q2 2021 and in Q3. Sales in H1 of 2020 fell.",
            dct
        ),
        pairs(&[
            ("Q2 2021", "2021-Q2"),
            ("Q3", "2022-Q3"),
            ("H1 of 2020", "2020-H1")
        ])
    );
    // a fourth quarter named in January is last year's
    assert_eq!(
        one("Q4 results were strong.", d(2022, 1, 20)).value,
        "2021-Q4"
    );
    // not periods: a half with no year, a virus, a plural, a lower-case code, Q5
    assert_eq!(
        find(
            "The H1N1 virus, H1 visas, the Q2s, a q2 form, Q5 and the H2 of the tank.",
            dct
        ),
        pairs(&[])
    );
}

#[test]
fn a_year_earlier_after_several_months_names_the_year() {
    let dct = d(2022, 10, 20);
    let got = find(
        "Net rose in the third quarter from $5 million a year earlier. \
         For the nine months, net was $9 million, compared with $7 million a year earlier.",
        dct,
    );
    let values: Vec<&str> = got.iter().map(|(_, v)| v.as_str()).collect();
    // the quarter under report, then the nine months compared with the year before
    assert_eq!(values, ["2022-Q3", "2021-Q3", "P9M", "2021"], "{got:?}");
}

#[test]
fn durations_and_sets() {
    let dct = d(2022, 7, 20);
    let t = one("The war lasted three years.", dct);
    assert_eq!((t.value.as_str(), t.kind), ("P3Y", TimexType::Duration));
    assert_eq!(
        one("Prices rose over the past two weeks.", dct).value,
        "P2W"
    );
    assert_eq!(
        one("It will take several months to finish.", dct).value,
        "PXM"
    );
    assert_eq!(one("The ban lasts 90 days.", dct).value, "P90D");
    // "one day" as "some day": a modal ahead in its clause
    assert_eq!(
        one("He warned that one day China would pay a high price.", dct).value,
        "FUTURE_REF"
    );
    assert_eq!(
        one("Islam will one day be the largest.", dct).value,
        "FUTURE_REF"
    );
    assert_eq!(one("He had been in the job one day.", dct).value, "P1D");
    assert_ne!(
        one("One day later, he will leave.", dct).value,
        "FUTURE_REF"
    );
    assert_eq!(
        one("The strike lasted one day, and talks will resume.", dct).value,
        "P1D"
    );
    assert_eq!(one("He signed a five-year contract.", dct).value, "P5Y");
    assert_eq!(
        one("The pilot called back a minute and a half later.", dct).value,
        "PT1M30S"
    );
    assert_eq!(
        one("They lived in the camp for 2 1/2 years.", dct).value,
        "P2Y6M"
    );
    let t = one("The board meets every week.", dct);
    assert_eq!((t.value.as_str(), t.kind), ("P1W", TimexType::Set));
    assert_eq!(one("The fee is paid annually.", dct).value, "P1Y");
    let t = one("The bands march each July through the town.", dct);
    assert_eq!((t.value.as_str(), t.kind), ("XXXX-07", TimexType::Set));
}

#[test]
fn reference_words() {
    let dct = d(2022, 7, 20);
    assert_eq!(one("He is now the leader.", dct).value, "PRESENT_REF");
    assert_eq!(one("She recently moved to Kyiv.", dct).value, "PAST_REF");
    assert_eq!(
        one("The talks may fail in the future.", dct).value,
        "FUTURE_REF"
    );
}

#[test]
fn not_times() {
    let dct = d(2022, 7, 20);
    for s in [
        "He may go to the talks.",
        "They will march on the capital.",
        "The Sunday Times reported the claim.",
        "He came second in the race.",
        "The army sent 1,000 troops.",
        "They bought the 2,000 drones.",
        "They sent 2000 troops to the border.",
        "Demonstrators March through the streets.",
        "She is 52 years old.",
        "Iraq imports about three-quarters of its food.",
        "It costs $1990 per unit.",
        "Flight 1800 landed near Route 1990.",
        "The council passed Resolution 1973 in Room 2004.",
    ] {
        assert!(
            find_times(s, dct).is_empty(),
            "{s:?} -> {:?}",
            find_times(s, dct)
        );
    }
}

#[test]
fn never_panics_on_odd_input() {
    let long = "x".repeat(1 << 20);
    let inputs = [
        "",
        "   ",
        "\u{0}\u{1}\u{fffd}",
        "((((((]]]",
        "2022-13-45 99/99/99 31 February 2021",
        "July",
        "the",
        "on the same",
        "9999999999999999999999 years ago",
        "Émile arrived mardi, «le 5 juillet» — 五月 — at 25:99 p.m.",
        long.as_str(),
    ];
    for s in inputs {
        for dct in [
            None,
            d(2022, 7, 20),
            d(1, 1, 1),
            NaiveDate::from_ymd_opt(262_000, 1, 1),
        ] {
            for t in find_times(s, dct) {
                assert!(t.start < t.end && s.get(t.start..t.end).is_some());
            }
        }
    }
}

#[test]
fn never_panics_on_random_word_soup() {
    // A deterministic generator over words the grammar reacts to, glued in odd ways.
    const PIECES: &[&str] = &[
        "the",
        "a",
        "last",
        "next",
        "this",
        "that",
        "same",
        "day",
        "week",
        "year",
        "years",
        "'s",
        "quarter",
        "third",
        "fiscal",
        "-",
        ",",
        ".",
        ":",
        "/",
        "'",
        "’",
        "s",
        "ago",
        "earlier",
        "later",
        "July",
        "Jan",
        "May",
        "Tuesday",
        "morning",
        "night",
        "19",
        "1990",
        "2022",
        "07",
        "3",
        "p",
        "m",
        "a.m.",
        "EST",
        "UTC",
        "noon",
        "1,000",
        "twenty",
        "-",
        "five",
        "and",
        "half",
        "every",
        "per",
        "each",
        "other",
        "about",
        "more",
        "than",
        "at",
        "least",
        "as",
        "early",
        "mid",
        "the",
        "end",
        "of",
        "nineteen",
        "ninety",
        "two",
        "thousand",
        "century",
        "th",
        "on",
        "Christmas",
        "New",
        "Year",
        "Day",
        "recent",
        "coming",
        "\n",
        "é",
        "“",
        "”",
        "20220719",
        "1999-02-30",
        "12/31/99",
        "99",
        "0",
        "31",
        "32",
        "summer",
        "fall",
        "in",
    ];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..3000 {
        let mut s = String::new();
        let len = (seed % 14) as usize + 1;
        for _ in 0..len {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let piece = PIECES[(seed >> 33) as usize % PIECES.len()];
            s.push_str(piece);
            if (seed >> 20) % 3 != 0 {
                s.push(' ');
            }
        }
        for dct in [
            None,
            d(2022, 7, 20),
            NaiveDate::from_ymd_opt(-262_000, 1, 1),
        ] {
            let all = find_times(&s, dct);
            for w in all.windows(2) {
                assert!(w[0].end <= w[1].start, "{s:?}");
            }
            for t in all {
                assert!(
                    t.start < t.end && s.get(t.start..t.end) == Some(t.text.as_str()),
                    "{s:?}"
                );
            }
        }
    }
}

#[test]
fn tense_cues_for_weekdays_and_months() {
    let wed = d(2022, 7, 20);
    assert_eq!(
        one("The team planned to leave the capital on Thursday.", wed).value,
        "2022-07-21"
    );
    assert_eq!(
        one("All members had filed their reports by Tuesday.", wed).value,
        "2022-07-19"
    );
    // An -ed adjective after a determiner is no past verb; "would" decides.
    assert_eq!(
        one(
            "It would be paid on a still unspecified date in January.",
            d(2022, 10, 26)
        )
        .value,
        "2023-01"
    );
    // A passive participle after "is" carries no tense: the nearest May.
    assert_eq!(
        one(
            "The case is heard in May by the appeals court.",
            d(2022, 3, 29)
        )
        .value,
        "2022-05"
    );
}

#[test]
fn is_to_and_is_set_for_look_ahead() {
    let thu = d(2015, 5, 7);
    assert_eq!(
        one("The first referendum is to be held from November 20.", thu).value,
        "2015-11-20"
    );
    assert_eq!(
        one("Game Three is set for Saturday afternoon.", d(2016, 3, 10)).value,
        "2016-03-12TAF"
    );
    // "was set for" is a plan in the past
    assert_eq!(
        one("The hearing was set for Tuesday.", thu).value,
        "2015-05-05"
    );
}

#[test]
fn month_names_without_tense() {
    let oct = d(2022, 10, 30);
    // Up to four months ahead: the coming one; further: the latest one.
    assert_eq!(
        find("A high of $42 in June, up from $29 in March.", oct),
        pairs(&[("June", "2022-06"), ("March", "2022-03")])
    );
    assert_eq!(
        one("A summit in February, then talks.", oct).value,
        "2023-02"
    );
    assert_eq!(
        one("A summit in December, then talks.", d(2022, 6, 1)).value,
        "2021-12"
    );
}

#[test]
fn weeks_halves_and_parts_of_days() {
    let dct = d(2022, 7, 20);
    assert_eq!(one("He resigned six weeks ago.", dct).value, "2022-W23");
    assert_eq!(
        one(
            "A hearing is set for the week of March 6 in Miami.",
            d(2022, 2, 24)
        )
        .value,
        "2022-W09"
    );
    let t = one("Shares were up at mid-afternoon yesterday in London.", dct);
    assert_eq!(
        (t.text.as_str(), t.value.as_str(), t.kind),
        ("mid-afternoon yesterday", "2022-07-19TAF", TimexType::Time)
    );
    assert_eq!(
        one("By late evening the streets were empty.", dct).value,
        "2022-07-20TEV"
    );
    assert_eq!(
        one("Earnings will fall in the last half of 2021.", dct).value,
        "2021-H2"
    );
}

#[test]
fn the_latest_quarter_is_one_already_over() {
    let dct = d(2022, 10, 27);
    let got = find(
        "Profit rose in the third quarter. The firm expects a fourth-quarter charge. \
         In the latest quarter, sales fell.",
        dct,
    );
    assert_eq!(got[2], ("the latest quarter".into(), "2022-Q3".into()));
    let got = find(
        "Net rose in the third quarter from the 2021 period. Costs were lower than a year ago.",
        dct,
    );
    assert_eq!(
        got,
        pairs(&[
            ("the third quarter", "2022-Q3"),
            ("the 2021 period", "2021-Q3"),
            ("a year ago", "2021-Q3")
        ])
    );
}

#[test]
fn the_last_decade_after_in_is_a_date() {
    let dct = d(2011, 8, 25);
    let t = one("He took leave twice in the past decade.", dct);
    assert_eq!((t.value.as_str(), t.kind), ("200", TimexType::Date));
    let t = one("Sales grew over the past decade.", dct);
    assert_eq!((t.value.as_str(), t.kind), ("P10Y", TimexType::Duration));
}

#[test]
fn the_previous_weekday_counts_from_the_last_day() {
    let dct = d(2022, 7, 25); // a Monday
    let got = find(
        "Stocks fell on Friday, July 22, down 4% from the previous Friday.",
        dct,
    );
    assert_eq!(got[1], ("the previous Friday".into(), "2022-07-15".into()));
    let got = find(
        "Talks broke down on Friday, July 15. They resumed the following Monday.",
        dct,
    );
    assert_eq!(got[1], ("the following Monday".into(), "2022-07-18".into()));
}

#[test]
fn later_in_the_day_is_the_last_day() {
    let got = find(
        "The envoy landed on July 4. Later in the day he met the president.",
        d(2022, 7, 20),
    );
    assert_eq!(got[1], ("Later in the day".into(), "2022-07-04".into()));
}

#[test]
fn trading_days_a_hundred_years_and_a_later_date() {
    let dct = d(1989, 10, 26);
    let t = one("Prices recovered eight trading days after the crash.", dct);
    assert_eq!(
        (t.text.as_str(), t.value.as_str()),
        ("eight trading days", "P8D")
    );
    // TimeML keeps a quantifying modifier in the extent; news annotation does so for "almost".
    let t = one("It has ruled for almost a hundred years.", dct);
    assert_eq!(
        (t.text.as_str(), t.value.as_str()),
        ("almost a hundred years", "P100Y")
    );
    let t = one("The rest will be sold at a later date.", dct);
    assert_eq!(
        (t.text.as_str(), t.value.as_str()),
        ("a later date", "FUTURE_REF")
    );
}

#[test]
fn a_second_day_of_the_month_just_named() {
    let dct = d(1999, 2, 10);
    let got = find(
        "The summit is on April 24 and 25. It ends on April 25 and 5 leave.",
        dct,
    );
    assert_eq!(
        got,
        pairs(&[
            ("April 24", "1999-04-24"),
            ("25", "1999-04-25"),
            ("April 25", "1999-04-25"),
        ])
    );
}

#[test]
fn a_day_after_an_aside_and_until_in_the_past() {
    let dct = d(1998, 8, 8); // a Saturday
    let got = find(
        "The blast occurred at about 10:35 a.m. (0735 GMT) Friday.",
        dct,
    );
    assert_eq!(
        got[0],
        ("10:35 a.m.".to_string(), "1998-08-07T10:35".to_string())
    );
    let dct = d(1999, 5, 7); // a Friday
    let t = one("Until Thursday, they had not called him a suspect.", dct);
    assert_eq!(t.value, "1999-05-06");
    let t = one("The offer is open until Thursday.", dct);
    assert_eq!(t.value, "1999-05-13");
    // a past state up to the day, unless the verb puts something off
    let t = one("He stayed until Thursday.", dct);
    assert_eq!(t.value, "1999-05-06");
    let t = one("The talks lasted until Thursday.", dct);
    assert_eq!(t.value, "1999-05-06");
    let t = one(
        "Officials postponed until Thursday any action on the case.",
        dct,
    );
    assert_eq!(t.value, "1999-05-13");
    let t = one("The vote was delayed until Thursday.", dct);
    assert_eq!(t.value, "1999-05-13");
}

#[test]
fn the_quarter_a_year_back() {
    let dct = d(1989, 10, 26);
    let got = find(
        "Net fell in the third quarter. For the quarter a year ago, it earned $16 million, \
         and $2 million for the corresponding period last year.",
        dct,
    );
    assert_eq!(
        got,
        pairs(&[
            ("the third quarter", "1989-Q3"),
            ("the quarter a year ago", "1988-Q3"),
            ("the corresponding period last year", "1988-Q3"),
        ])
    );
}

#[test]
fn the_quarter_under_report_stays_after_an_older_one() {
    let got = find(
        "Kimberly-Clark posted a gain in third-quarter net income. After a flat second \
         quarter, the gain came from higher prices. Charges were taken in the year-earlier period.",
        d(1989, 11, 1),
    );
    assert_eq!(
        got,
        pairs(&[
            ("third-quarter", "1989-Q3"),
            ("second quarter", "1989-Q2"),
            ("the year-earlier period", "1988-Q3"),
        ])
    );
}

#[test]
fn tense_of_a_fronted_month_and_of_a_participle() {
    // The main verb comes after a long subject: "killed" dates this January in the past.
    let got = find(
        "In January, a week after the anniversary of the Supreme Court decision on the case, \
         a clinic bombing in Birmingham, Ala., killed a security guard.",
        d(1998, 10, 25),
    );
    assert_eq!(
        got.first(),
        Some(&("January".to_string(), "1998-01".to_string()))
    );
    let got = find(
        "The index is within 70 points of its record high set on Aug. 6.",
        d(1998, 2, 6),
    );
    assert_eq!(got, pairs(&[("Aug. 6", "1997-08-06")]));
    let got = find(
        "Protesters planned a large demonstration on Saturday.",
        d(2000, 1, 7),
    );
    assert_eq!(got, pairs(&[("Saturday", "2000-01-08")]));
}

#[test]
fn a_day_before_a_date_an_hour_of_the_morning_and_one_day_ahead() {
    let got = find(
        "The day before last Tuesday's hearing, he went home. He appeared in court the next morning.",
        d(2000, 2, 24),
    );
    assert_eq!(
        got,
        pairs(&[
            ("The day before last Tuesday", "2000-02-21"),
            ("the next morning", "2000-02-22TMO"),
        ])
    );
    let got = find(
        "Kopp was charged on May 6. The day after, agents searched the house the day before \
         officials spoke.",
        d(1999, 5, 10),
    );
    assert_eq!(
        got,
        pairs(&[("May 6", "1999-05-06"), ("The day after", "1999-05-07")])
    );
    let got = find(
        "The father will leave at 4 in the morning (4 a.m. EDT Thursday), Castro said.",
        d(2000, 4, 5),
    );
    assert_eq!(
        got.first(),
        Some(&(
            "4 in the morning".to_string(),
            "2000-04-06T04:00".to_string()
        ))
    );
    let t = one(
        "Islam will one day be the second largest religion.",
        d(1998, 3, 3),
    );
    assert_eq!((t.kind, t.value.as_str()), (TimexType::Date, "FUTURE_REF"));
    let t = one("He had been in the job one day.", d(1989, 10, 30));
    assert_eq!((t.kind, t.value.as_str()), (TimexType::Duration, "P1D"));
}

#[test]
fn a_month_after_a_determiner_names_the_time_of_the_noun() {
    let got = find(
        "The bank is selling itself under a June agreement. The March accession follows.",
        d(1989, 10, 27),
    );
    assert_eq!(got, pairs(&[("June", "1989-06"), ("March", "1989-03")]));
    assert!(
        find("She led the march to the square in May.", d(1999, 2, 10))
            .iter()
            .all(|(w, _)| w != "march")
    );
    assert!(find(
        "Theresa May said the May government would act.",
        d(2017, 2, 10)
    )
    .is_empty());
    assert!(find("He spoke at the March on Washington.", d(1999, 2, 10)).is_empty());
}

#[test]
fn then_current_is_past() {
    let t = one(
        "They may buy shares at half the then current market price.",
        d(1989, 10, 26),
    );
    assert_eq!((t.text.as_str(), t.value.as_str()), ("current", "PAST_REF"));
    let t = one(
        "They may buy shares at half the current market price.",
        d(1989, 10, 26),
    );
    assert_eq!(t.value, "PRESENT_REF");
}

#[test]
fn or_so_belongs_to_the_quantity() {
    let got = find(
        "The plan runs for the next two years or so. He left a week or so ago.",
        d(1991, 2, 25),
    );
    assert_eq!(
        got,
        pairs(&[
            ("the next two years or so", "P2Y"),
            ("a week or so ago", "1991-W08"),
        ])
    );
}

#[test]
fn the_week_and_the_month_without_a_number() {
    let dct = d(1989, 10, 30);
    let t = one("For the week, the index dropped 3.8%.", dct);
    assert_eq!(
        (t.text.as_str(), t.value.as_str()),
        ("the week", "1989-WXX")
    );
    assert_eq!(
        find("It was the week's most active session.", dct),
        pairs(&[("the week", "1989-WXX")])
    );
    // the month of the day last mentioned
    assert_eq!(
        find(
            "On Aug. 2, Iraq invaded. Troops will be in place by the end of the month.",
            dct
        ),
        pairs(&[
            ("Aug. 2", "1989-08-02"),
            ("the end of the month", "1989-08")
        ])
    );
    // a hyphenated compound or "the month of May" is not this
    assert_eq!(
        find(
            "After the month-long strike, the week-long talks ended.",
            dct
        ),
        pairs(&[("month-long", "P1M"), ("week-long", "P1W")])
    );
    assert_eq!(
        find("It happened in the month of May.", dct),
        pairs(&[("May", "1989-05")])
    );
}

#[test]
fn a_year_before_a_plural_noun() {
    let dct = d(1998, 10, 25);
    // a year that modifies a plural noun
    assert_eq!(
        find("The leaders who led the 1992 protests have moved.", dct),
        pairs(&[("1992", "1992")])
    );
    // a round number before a plural noun is a count
    assert!(find("Iran sent the 2000 drones to the front.", dct).is_empty());
    assert!(find("The army sent 1500 troops.", dct).is_empty());
}

#[test]
fn now_and_current_as_words_of_other_kinds() {
    let dct = d(2016, 9, 16);
    assert!(find("The network licenses Larry King Now to the channel.", dct).is_empty());
    assert!(find(
        "Data show how swift this current of despair is flowing.",
        dct
    )
    .is_empty());
    assert_eq!(
        find("He said, “Now is the time.” The current plan stays.", dct),
        pairs(&[("Now", "PRESENT_REF"), ("current", "PRESENT_REF")])
    );
}

#[test]
fn half_of_the_year_and_earlier_in_the_week() {
    let dct = d(2016, 9, 16);
    assert_eq!(
        find("Prices rose during the second half of the year.", dct),
        pairs(&[("the second half of the year", "2016-H2")])
    );
    assert_eq!(
        find("Sales should grow in the first half of next year.", dct),
        pairs(&[("the first half of next year", "2017-H1")])
    );
    assert_eq!(
        find(
            "The vote was on Tuesday, Sept. 6. Earlier in the week, he had left.",
            dct
        ),
        pairs(&[
            ("Tuesday, Sept. 6", "2016-09-06"),
            ("Earlier in the week", "2016-W36")
        ])
    );
}

#[test]
fn plural_weekdays_are_sets() {
    let dct = d(1998, 2, 13);
    assert_eq!(
        find("The shop is closed on Sundays.", dct),
        pairs(&[("Sundays", "XXXX-WXX-7")])
    );
    assert_eq!(
        find("Two flights will leave Bombay on Tuesday nights.", dct),
        pairs(&[("Tuesday nights", "XXXX-WXX-2TNI")])
    );
    let all = find_times("He eats at TGI Fridays. Flights leave on Mondays.", dct);
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(
        (all[0].text.as_str(), all[0].kind),
        ("Mondays", TimexType::Set)
    );
    // a single day still has its date
    assert_eq!(
        find("He left on Tuesday night.", dct),
        pairs(&[("Tuesday night", "1998-02-10TNI")])
    );
}

#[test]
fn time_words_inside_names() {
    let dct = d(2016, 9, 16);
    for text in [
        "He spoke on NBC's Today show.",
        "He wrote for the Daily Mail.",
        "He watched Monday Night Football.",
        "The question came from reporter April Ryan.",
        "Tickets for August Wilson plays sold out.",
    ] {
        assert!(find(text, dct).is_empty(), "{text}");
    }
    assert_eq!(
        find("“Today, we act,” he said. In January Mr. Smith left.", dct),
        pairs(&[("Today", "2016-09-16"), ("January", "2016-01")])
    );
    assert_eq!(
        find("He left on Monday night.", dct),
        pairs(&[("Monday night", "2016-09-12TNI")])
    );
}

#[test]
fn halves_and_quarters_of_units() {
    let dct = d(2016, 9, 16);
    assert_eq!(
        find("It took half an hour.", dct),
        pairs(&[("half an hour", "PT30M")])
    );
    assert_eq!(
        find("It lasted a quarter century.", dct),
        pairs(&[("a quarter century", "P25Y")])
    );
    assert_eq!(
        find(
            "The war ended in 1975. A quarter century later, ties resumed.",
            dct
        ),
        pairs(&[("1975", "1975"), ("A quarter century later", "2000")])
    );
    assert_eq!(
        find("The talks took a half hour.", dct),
        pairs(&[("a half hour", "PT30M")])
    );
    assert_eq!(
        find("It began half a century ago.", dct),
        pairs(&[("half a century ago", "1966")])
    );
    // a quarter of a year is still a quarter
    assert_eq!(
        find("Sales rose in a quarter of the stores.", dct),
        Vec::<(String, String)>::new()
    );
}
