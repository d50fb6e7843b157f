//! The rules are rules of news English, not of one story: three more articles in other styles,
//! each with its own expected speakers and dates. These three are CONSTRUCTED examples, written
//! for byline to imitate wire copy, a feature and a story with ASCII quotes (see
//! `assets/samples/SOURCES`); the real published articles are tested in `real_articles.rs`.

use crate::common;

use byline::analysis::{ActorKind, QuoteKind};
use common::*;

/// Wire copy (constructed): dateline, "told reporters", "said in a statement that", anonymous
/// and group sources, an appositive speaker, Markdown with TOML front matter carrying the date.
#[test]
fn wire_copy() {
    let article = sample("port-strike-wire.md");
    assert_eq!(
        article.published.map(|d| d.to_string()).as_deref(),
        Some("2023-03-09")
    );
    let a = run(&article, None);
    let direct = |p| speaker(&a, quote(&a, QuoteKind::Direct, p));
    let indirect = |p| speaker(&a, quote(&a, QuoteKind::Indirect, p));
    assert_eq!(direct("We came to the table"), Some("Marieke de Vries"));
    assert_eq!(
        direct("Our members will stay out"),
        Some("Marieke de Vries")
    );
    assert_eq!(direct("generous and final"), Some("Pieter Jansen"));
    assert_eq!(
        direct("A long strike helps nobody"),
        Some("Micky Adriaansens")
    );
    assert_eq!(indirect("operators had refused"), Some("Marieke de Vries"));
    assert_eq!(indirect("the union's demands"), Some("ECT"));
    assert_eq!(
        indirect("41 vessels were at anchor"),
        Some("Port of Rotterdam Authority")
    );
    assert_eq!(actor(&a, "Port officials").kind, ActorKind::Group);
    assert_eq!(
        actor(&a, "Micky Adriaansens").roles,
        ["Dutch Economy Minister"]
    );
    assert_eq!(actor(&a, "Rotterdam").kind, ActorKind::Place);
    // the front matter's date resolves the weekdays
    assert_eq!(time_value(&a, "Thursday", 0), "2023-03-09");
    assert_eq!(time_value(&a, "Monday", 0), "2023-03-06");
    assert_eq!(time_value(&a, "Wednesday", 0), "2023-03-08");
}

/// A feature (constructed): present-tense "says", speakers named after the quote, a quote
/// running over two paragraphs, "According to her", JSON input.
#[test]
fn feature_with_multi_paragraph_quotes() {
    let article = sample("river-town-feature.json");
    let a = run(&article, None);
    let direct = |p| speaker(&a, quote(&a, QuoteKind::Direct, p));
    assert_eq!(direct("I still look at it"), Some("Elena Marsh"));
    assert_eq!(
        direct("It reminds me that we came back"),
        Some("Elena Marsh")
    );
    assert_eq!(
        direct("People ask if I thought about leaving"),
        Some("Elena Marsh")
    );
    assert_eq!(direct("The wall did what"), Some("Samuel Okafor"));
    assert_eq!(direct("The river it was built for"), Some("Samuel Okafor"));
    assert_eq!(direct("You are asking us"), Some("Ruth Denning"));
    assert_eq!(direct("But the bread does not care"), Some("Elena Marsh"));
    let according = quote(&a, QuoteKind::Indirect, "the county has offered");
    assert_eq!(speaker(&a, according), Some("Priya Nandakumar"));
    assert_eq!(time_value(&a, "September 28", 0), "2024-09-28");
    assert_eq!(time_value(&a, "Thursday", 0), "2024-10-10");
    assert!(
        people(&a).iter().all(|p| !p.contains("Loaf")),
        "a bakery is not a person"
    );
}

/// Straight ASCII quotes (constructed), "said X" inversions with roles between, and a
/// plain-text title.
#[test]
fn ascii_quotes_and_inversions() {
    let article = sample("stadium-vote-ascii.txt");
    assert_eq!(
        article.title.as_deref(),
        Some("City council approves stadium plan after late-night vote")
    );
    let a = run(&article, Some("2025-06-11"));
    let direct = |p| speaker(&a, quote(&a, QuoteKind::Direct, p));
    assert_eq!(direct("I did not come here"), Some("Tom Reyes"));
    assert_eq!(direct("This plan, with the changes"), Some("Tom Reyes"));
    assert_eq!(direct("This is a bad deal"), Some("Linda Osei"));
    assert_eq!(direct("long after the last game"), Some("Linda Osei"));
    assert_eq!(direct("a turning point"), Some("Daniel Whitfield"));
    assert_eq!(direct("For twenty years"), Some("Daniel Whitfield"));
    assert_eq!(direct("The people should decide"), Some("Marcus Hill"));
    let owner = quote(&a, QuoteKind::Indirect, "construction would begin");
    assert_eq!(speaker(&a, owner), Some("Carla Menendez"));
    assert_eq!(
        actor(&a, "Brookfield Chamber of Commerce").kind,
        ActorKind::Organization
    );
    assert_eq!(actor(&a, "Daniel Whitfield").roles, ["Mayor"]);
    assert_eq!(time_value(&a, "Wednesday", 0), "2025-06-11");
    assert_eq!(time_value(&a, "Tuesday", 0), "2025-06-10");
}
