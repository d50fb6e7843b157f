//! Properties that hold on any text: every span in bounds and on character boundaries, every id
//! reference resolving; and no input makes the analysis panic.

use byline::analysis::{analyze_text, Analysis};
use chrono::NaiveDate;
use proptest::prelude::*;

fn check_span(text: &str, start: usize, end: usize, what: &str) {
    assert!(start < end, "{what}: empty or reversed span {start}..{end}");
    assert!(
        end <= text.len(),
        "{what}: {end} past the end {}",
        text.len()
    );
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what}: not on a char boundary"
    );
}

/// Asserts every invariant of the contract on one analysis.
fn check(text: &str, a: &Analysis) {
    for (i, s) in a.sentences.iter().enumerate() {
        check_span(text, s.start, s.end, "sentence");
        if i > 0 {
            assert!(
                a.sentences[i - 1].end <= s.start,
                "sentences overlap or are out of order"
            );
        }
    }
    for (i, actor) in a.actors.iter().enumerate() {
        assert_eq!(actor.id.0, i, "actor ids are their positions");
        assert!(!actor.mentions.is_empty(), "an actor has a mention");
        for m in &actor.mentions {
            check_span(text, m.span.start, m.span.end, "mention");
            assert_eq!(&text[m.span.start..m.span.end], m.text);
        }
    }
    for (i, q) in a.quotes.iter().enumerate() {
        assert_eq!(q.id.0, i);
        check_span(text, q.start, q.end, "quote");
        assert_eq!(&text[q.start..q.end], q.text);
        if let Some(s) = q.speaker {
            assert!(s.0 < a.actors.len(), "speaker resolves");
        }
        match (q.cue_start, q.cue_end) {
            (Some(s), Some(e)) => check_span(text, s, e, "cue"),
            (None, None) => {}
            _ => panic!("cue offsets come in pairs"),
        }
    }
    for t in &a.times {
        check_span(text, t.start, t.end, "time");
        assert_eq!(&text[t.start..t.end], t.text);
        assert!(!t.value.is_empty());
    }
    for (i, e) in a.events.iter().enumerate() {
        assert_eq!(e.id.0, i);
        assert!(e.time < a.times.len() && e.sentence < a.sentences.len());
        assert!(e.actors.iter().all(|x| x.0 < a.actors.len()));
        assert!(e.quote.is_none_or(|q| q.0 < a.quotes.len()));
        assert!(!e.summary.contains('\n'));
    }
}

/// Text made of news-like pieces: names, titles, quotes of every kind, dates, punctuation.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Kremlin spokesman Dmitry Peskov".to_owned()),
        Just(" said ".to_owned()),
        Just("“".to_owned()),
        Just("”".to_owned()),
        Just("\"".to_owned()),
        Just("‘".to_owned()),
        Just("’s ".to_owned()),
        Just(", ".to_owned()),
        Just(". ".to_owned()),
        Just("\n".to_owned()),
        Just("\n\n".to_owned()),
        Just("on July 19".to_owned()),
        Just("On the same day".to_owned()),
        Just(" he added".to_owned()),
        Just("According to him, ".to_owned()),
        Just("U.S. ".to_owned()),
        Just("[US President Joe] Biden".to_owned()),
        Just("Mr. ".to_owned()),
        Just("officials said that ".to_owned()),
        Just("Tuesday".to_owned()),
        // wide and non-breaking spaces next to the words the timeline cuts with a date
        Just("\u{a0}".to_owned()),
        Just("\u{2003}".to_owned()),
        Just(" from November 20 to December 11".to_owned()),
        Just("weekdays\u{a0}from\u{a0}6 a.m.".to_owned()),
        Just("It wasn’t until 1997 that ".to_owned()),
        Just(" since 1947, ".to_owned()),
        Just("on Waitangi Day - February 6 - this year".to_owned()),
        Just(" early in 2016".to_owned()),
        "[a-zA-Z ]{0,12}",
        "\\PC{0,6}",
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn any_text_keeps_the_invariants(text in "\\PC{0,300}") {
        let a = analyze_text(&text, NaiveDate::from_ymd_opt(2022, 7, 20));
        check(&text, &a);
    }

    #[test]
    fn news_like_text_keeps_the_invariants(text in newsy(), dated in any::<bool>()) {
        let date = dated.then(|| NaiveDate::from_ymd_opt(2022, 7, 20)).flatten();
        let a = analyze_text(&text, date);
        check(&text, &a);
    }
}

#[test]
fn edge_inputs_do_not_panic() {
    let long_line = "Heydari said “ready ".repeat(60_000); // a line of about 1 MB, quotes unbalanced
    let cases: Vec<String> = vec![
        String::new(),
        " \n\t ".into(),
        "“".into(),
        "”".into(),
        "\"".into(),
        "“unbalanced quote runs on\n\nand on”".into(),
        String::from_utf8_lossy(b"\xff\xfe\x00binary\x01\x02 said \xe2\x80").into_owned(),
        "\u{FFFD}".repeat(1000),
        "A.".repeat(5000),
        long_line,
        "ALL CAPS HEADLINE SAID".into(),
        "he he he his him she her".into(),
    ];
    for text in cases {
        let a = analyze_text(&text, NaiveDate::from_ymd_opt(2022, 7, 20));
        check(&text, &a);
    }
}

#[test]
fn the_samples_keep_the_invariants() {
    let dir = format!("{}/assets/samples", env!("CARGO_MANIFEST_DIR"));
    for loaded in byline::article::load_source(&dir) {
        let article = loaded.result.expect("sample loads");
        let a = byline::analyze(&article, byline::Options::default());
        check(&article.text, &a);
    }
}
