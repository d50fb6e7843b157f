//! Snapshots of the reader on the real sample through the real pipeline, styles included
//! (ratatui's `Buffer` Debug lists every style change), with the built-in colour theme so
//! that `NO_COLOR` in the environment does not change them. Also the acceptance checks of
//! the sample: the status line along the `n`, `s` walk, the help, the Kanaani event.

use crate::tui_common;

use byline::tui::{App, Selection};
use tui_common::*;

fn sample_app(size: (u16, u16)) -> App {
    analysed_app(vec![sample()], sample_options(), size)
}

fn snap(app: &App) -> String {
    format!("{:?}", render(app))
}

#[test]
fn first_screen() {
    let app = sample_app((160, 45));
    let text = rows(&render(&app)).join("\n");
    assert!(
        text.contains("Iranian general says Tehran ready to export drones to friendly countries")
    );
    assert!(text.contains("Kioumars Heydari"));
    assert!(text.contains("PEOPLE"));
    // The timeline starts with the earliest event, Sullivan's claim of July 11.
    let first_event_row = rows(&render(&app))
        .into_iter()
        .skip_while(|l| !l.contains("Timeline ("))
        .nth(1)
        .unwrap();
    assert!(
        first_event_row.contains(" Jul 11 2022 "),
        "{first_event_row}"
    );
    insta::assert_snapshot!("first_screen", snap(&app));
}

#[test]
fn quote_walk_and_speaker() {
    let mut app = sample_app((160, 45));
    press(&mut app, "n");
    let s = status(&app);
    assert!(s.starts_with("quote 1/6 · Kioumars Heydari"), "{s}");
    let r = app.story().ready().unwrap();
    let Selection::Quote(q) = app.story().view.selection else {
        panic!("a quote is selected")
    };
    assert_eq!(r.analysis.quotes[q.0].text, "friendly countries");
    press(&mut app, "n n n");
    let s = status(&app);
    assert!(s.starts_with("quote 4/6 · Hossein Amir-Abdollahian"), "{s}");
    insta::assert_snapshot!("quote_selected", snap(&app));
    press(&mut app, "s");
    let s = status(&app);
    assert!(s.starts_with("Hossein Amir-Abdollahian · person · "), "{s}");
    assert_eq!(app.focus, byline::tui::layout::Pane::Actors);
    insta::assert_snapshot!("actor_selected", snap(&app));
}

#[test]
fn every_direct_quote_in_text_order() {
    let mut app = sample_app((160, 45));
    let mut starts = Vec::new();
    for i in 1..=6 {
        press(&mut app, "n");
        assert!(
            status(&app).starts_with(&format!("quote {i}/6 · ")),
            "{}",
            status(&app)
        );
        let Selection::Quote(q) = app.story().view.selection else {
            panic!()
        };
        starts.push(app.story().ready().unwrap().analysis.quotes[q.0].start);
    }
    assert!(starts.windows(2).all(|w| w[0] < w[1]));
    press(&mut app, "n");
    assert!(status(&app).starts_with("quote 1/6"));
}

#[test]
fn event_selected() {
    let mut app = sample_app((160, 45));
    let events = &app.story().ready().unwrap().analysis.events;
    let target = events
        .iter()
        .position(|e| e.date == "2022-07-13")
        .expect("the engine dates Kanaani's denial to 2022-07-13");
    // Focus the timeline and walk down to the 2022-07-13 event.
    press(&mut app, "Tab Tab j");
    for _ in 0..target {
        press(&mut app, "j");
    }
    assert_eq!(
        app.story().view.selection,
        Selection::Event(byline::analysis::EventId(target))
    );
    let r = app.story().ready().unwrap();
    let sentence = r.links.event_span[target].slice(&app.story().article.text);
    assert!(sentence.contains("Kanaani"), "{sentence}");
    let buf = render(&app);
    let (x, y) = find(&buf, "Nasser Kanaani on July 13").unwrap();
    assert_eq!(buf[(x, y)].bg, app.theme.sentence.bg.unwrap());
    let s = status(&app);
    assert!(s.contains("Jul 13 2022"), "{s}");
    assert!(rows(&buf).iter().any(|l| l.contains("▶Jul 13 2022")));
    insta::assert_snapshot!("event_selected", snap(&app));
    // `e` from a quote reaches its event: quote 4/6 is reported on July 15.
    press(&mut app, "Esc n n n n e");
    let s = status(&app);
    assert!(s.contains("Jul 15 2022"), "{s}");
    // A long summary is cut, the key hints stay.
    assert!(s.ends_with("? help  q quit"), "{s}");
}

#[test]
fn help_overlay() {
    let mut app = sample_app((160, 45));
    press(&mut app, "?");
    let text = rows(&render(&app)).join("\n");
    assert!(text.contains("next quote"));
    insta::assert_snapshot!("help_overlay", snap(&app));
}

#[test]
fn narrow_60x20() {
    let mut app = sample_app((60, 20));
    let text = rows(&render(&app)).join("\n");
    assert!(text.contains("Article") && text.contains("Timeline"));
    insta::assert_snapshot!("narrow_60x20", snap(&app));
    press(&mut app, "n n n n s");
    let text = rows(&render(&app)).join("\n");
    assert!(text.contains("▶ Hossein Amir-Abdollahian"), "{text}");
    insta::assert_snapshot!("narrow_60x20_speaker", snap(&app));
}

#[test]
fn tiny_20x5() {
    let mut app = sample_app((20, 5));
    insta::assert_snapshot!("tiny_20x5", snap(&app));
    press(&mut app, "n s e ? Esc Tab");
    render(&app);
}

#[test]
fn live_resize() {
    let mut app = sample_app((160, 45));
    press(&mut app, "n n n n");
    for (w, h) in [(60, 20), (20, 5), (120, 40), (99, 30), (100, 30), (160, 45)] {
        app.update(byline::tui::Action::Resize(w, h));
        let buf = render(&app);
        assert_eq!((buf.area.width, buf.area.height), (w, h));
    }
    // The quote is still selected and in view after the resizes.
    let text = rows(&render(&app)).join("\n");
    assert!(text.contains("pursuing certain"));
    assert!(status(&app).starts_with("quote 4/6"));
}
