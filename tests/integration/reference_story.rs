//! The acceptance checks of the reference story (../shared/samples/iran-drones.txt, bundled as
//! assets/samples/iran-drones.txt), analysed as published on 2022-07-20.

use crate::common;

use byline::analysis::{ActorKind, MentionVia, QuoteKind};
use common::*;

fn analysis() -> byline::Analysis {
    run(&sample("iran-drones.txt"), Some("2022-07-20"))
}

#[test]
fn nine_people_each_one_actor_with_roles() {
    let a = analysis();
    let expected = [
        ("Kioumars Heydari", "Iranian army ground forces commander"),
        ("Jake Sullivan", "US presidential national security adviser"),
        ("Hossein Amir-Abdollahian", "Iranian Foreign Minister"),
        ("Dmytro Kuleba", "Ukrainian counterpart"),
        ("Joe Biden", "US President"),
        ("Nasser Kanaani", "Iranian Foreign Ministry spokesman"),
        ("Dmitry Peskov", "Kremlin spokesman"),
        ("Vladimir Putin", "Russian President"),
        ("Ali Khamenei", "Iran's Supreme Leader"),
    ];
    let mut got = people(&a);
    got.sort_unstable();
    let mut want: Vec<&str> = expected.iter().map(|e| e.0).collect();
    want.sort_unstable();
    assert_eq!(got, want, "exactly the nine people, once each");
    for (name, role) in expected {
        assert_eq!(actor(&a, name).roles, [role], "role of {name}");
    }
}

#[test]
fn surnames_pronouns_and_possessives_join_their_person() {
    let a = analysis();
    let heydari = actor(&a, "Kioumars Heydari");
    let vias: Vec<MentionVia> = heydari.mentions.iter().map(|m| m.via).collect();
    assert!(vias.contains(&MentionVia::Surname));
    assert!(vias.contains(&MentionVia::Possessive));
    assert!(vias.contains(&MentionVia::Pronoun), "“he added” is Heydari");
    let sullivan = actor(&a, "Jake Sullivan");
    assert!(sullivan.mentions.iter().any(|m| m.text == "him"));
    assert!(sullivan.mentions.iter().any(|m| m.text == "Sullivan’s"));
}

#[test]
fn organisations_and_places() {
    let a = analysis();
    for org in [
        "Tasnim news agency",
        "Iran's Foreign Ministry",
        "Kremlin",
        "Iranian army",
    ] {
        assert_eq!(actor(&a, org).kind, ActorKind::Organization, "{org}");
    }
    for place in ["Iran", "Russia", "Ukraine", "US"] {
        assert_eq!(actor(&a, place).kind, ActorKind::Place, "{place}");
    }
    let iran = actor(&a, "Iran");
    assert!(iran
        .mentions
        .iter()
        .any(|m| m.text == "Tehran" && m.via == MentionVia::Alias));
    assert_eq!(actor(&a, "Russian forces").kind, ActorKind::Group);
}

#[test]
fn six_direct_quotes_with_speakers_and_cues() {
    let a = analysis();
    let text = sample("iran-drones.txt").text;
    let direct: Vec<_> = a
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Direct)
        .collect();
    assert_eq!(direct.len(), 6);
    let expected = [
        ("friendly countries", "Kioumars Heydari", "said"),
        ("We are currently ready", "Kioumars Heydari", "said"),
        (
            "The Iranian military has produced",
            "Kioumars Heydari",
            "added",
        ),
        (
            "pursuing certain political goals",
            "Hossein Amir-Abdollahian",
            "described",
        ),
        (
            "the context of cooperation",
            "Nasser Kanaani",
            "According to",
        ),
        ("war is an aggressive", "Ali Khamenei", "said"),
    ];
    for (q, (prefix, who, cue)) in direct.iter().zip(expected) {
        assert!(
            q.text.starts_with(prefix),
            "{:?} should start {prefix:?}",
            q.text
        );
        assert_eq!(speaker(&a, q), Some(who), "speaker of {prefix:?}");
        assert_eq!(q.cue.as_deref(), Some(cue), "cue of {prefix:?}");
        assert_eq!(&text[q.start..q.end], q.text);
    }
}

#[test]
fn indirect_quotes() {
    let a = analysis();
    let cases = [
        ("Tehran was ready", "Kioumars Heydari", "said"),
        ("Iran planned to supply Russia", "Jake Sullivan", "claimed"),
        (
            "the topic of selling the drones would not be discussed",
            "Dmitry Peskov",
            "said",
        ),
    ];
    for (prefix, who, cue) in cases {
        let q = quote(&a, QuoteKind::Indirect, prefix);
        assert_eq!(speaker(&a, q), Some(who), "speaker of {prefix:?}");
        assert_eq!(q.cue.as_deref(), Some(cue));
    }
}

#[test]
fn times_resolved_against_publication_date() {
    let a = analysis();
    assert_eq!(time_value(&a, "July 19", 0), "2022-07-19");
    assert_eq!(time_value(&a, "July 11", 0), "2022-07-11");
    assert_eq!(time_value(&a, "July 15", 0), "2022-07-15");
    assert_eq!(time_value(&a, "July 13", 0), "2022-07-13");
    assert_eq!(time_value(&a, "On the same day", 0), "2022-07-13");
    assert_eq!(time_value(&a, "Tuesday", 0), "2022-07-19");
    assert_eq!(time_value(&a, "as early as July", 0), "2022-07");
}

#[test]
fn no_year_is_invented_without_a_date() {
    let a = run(&sample("iran-drones.txt"), None);
    assert_eq!(time_value(&a, "July 19", 0), "XXXX-07-19");
    assert!(
        a.times.iter().all(|t| !t.value.starts_with("20")),
        "{:?}",
        a.times
    );
}

#[test]
fn chronological_events() {
    let a = analysis();
    let name = |id: byline::analysis::ActorId| a.actor(id).map(|x| x.name.as_str()).unwrap_or("");
    let got: Vec<(&str, Vec<&str>)> = a
        .events
        .iter()
        .map(|e| (e.date.as_str(), e.actors.iter().map(|&x| name(x)).collect()))
        .collect();
    let expected = [
        ("2022-07-11", "Jake Sullivan"),
        ("2022-07-13", "Nasser Kanaani"),
        ("2022-07-13", "Dmitry Peskov"),
        ("2022-07-15", "Hossein Amir-Abdollahian"),
        ("2022-07-19", "Kioumars Heydari"),
        ("2022-07-19", "Vladimir Putin"),
        ("2022-07-19", "Ali Khamenei"),
    ];
    assert_eq!(got.len(), expected.len(), "events: {got:?}");
    for ((date, actors), (want_date, who)) in got.iter().zip(expected) {
        assert_eq!(*date, want_date);
        assert!(
            actors.contains(&who),
            "{who} takes part in the {date} event: {actors:?}"
        );
    }
    let peskov = &a.events[2];
    assert!(
        peskov.quote.is_some(),
        "Peskov's statement reports his quote"
    );
    assert!(
        a.events[1].quote.is_some(),
        "Kanaani's denial reports his quote"
    );
    let visit = &a.events[5];
    assert!(
        visit.summary.contains("visit to Tehran"),
        "{}",
        visit.summary
    );
    for e in &a.events {
        assert!(e.time < a.times.len() && e.sentence < a.sentences.len());
        assert!(!e.summary.is_empty() && !e.summary.contains('\n'));
    }
}
