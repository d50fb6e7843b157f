//! The reader's mechanics on a hand-built analysis (independent of the engine's output):
//! quote walking, speaker, actor next, events, search, mouse, help, resizing, odd inputs.

use crate::tui_common;

use byline::analysis::*;
use byline::tui::{Action, App, KeyMap, Selection, Theme};
use byline::{Article, Options};
use ratatui::style::Modifier;
use tui_common::*;

const TEXT: &str = "Alice Smith, the mayor, said “we will win” on July 11.\n\
Bob Jones denied it. “No way,” he said on July 13.\n\
The Council met. Smith added that the plan was “fine”.";

fn span_of(needle: &str, nth: usize) -> Span {
    let start = TEXT.match_indices(needle).nth(nth).unwrap().0;
    Span::new(start, start + needle.len())
}

fn mention(needle: &str, nth: usize, via: MentionVia) -> Mention {
    Mention {
        span: span_of(needle, nth).into(),
        text: needle.to_owned(),
        via,
    }
}

fn quote(id: usize, kind: QuoteKind, words: &str, speaker: usize, cue: &str) -> Quote {
    let s = span_of(words, 0);
    let c = span_of(cue, 0);
    Quote {
        id: QuoteId(id),
        kind,
        text: words.to_owned(),
        start: s.start,
        end: s.end,
        speaker: Some(ActorId(speaker)),
        cue: Some(cue.to_owned()),
        cue_start: Some(c.start),
        cue_end: Some(c.end),
    }
}

fn fixture() -> Analysis {
    let sentences = [
        "Alice Smith",
        "Bob Jones",
        "“No way,”",
        "The Council",
        "Smith added",
    ]
    .iter()
    .enumerate()
    .map(|(i, s)| {
        let start = span_of(s, 0).start;
        let end = match i {
            0 => TEXT.find("July 11.").unwrap() + 8,
            1 => TEXT.find("it.").unwrap() + 3,
            2 => TEXT.find("July 13.").unwrap() + 8,
            3 => TEXT.find("met.").unwrap() + 4,
            _ => TEXT.len(),
        };
        Span::new(start, end)
    })
    .collect();
    let actor = |id, name: &str, kind, roles: Vec<&str>, mentions| Actor {
        id: ActorId(id),
        name: name.to_owned(),
        kind,
        roles: roles.into_iter().map(String::from).collect(),
        mentions,
    };
    Analysis {
        sentences,
        actors: vec![
            actor(
                0,
                "Alice Smith",
                ActorKind::Person,
                vec!["mayor"],
                vec![
                    mention("Alice Smith", 0, MentionVia::Name),
                    mention("Smith", 1, MentionVia::Surname),
                ],
            ),
            actor(
                1,
                "Bob Jones",
                ActorKind::Person,
                vec![],
                vec![
                    mention("Bob Jones", 0, MentionVia::Name),
                    mention("he", 1, MentionVia::Pronoun),
                ],
            ),
            actor(
                2,
                "Council",
                ActorKind::Organization,
                vec![],
                vec![mention("The Council", 0, MentionVia::Name)],
            ),
        ],
        quotes: vec![
            quote(0, QuoteKind::Direct, "we will win", 0, "said"),
            quote(1, QuoteKind::Indirect, "it", 1, "denied"),
            quote(2, QuoteKind::Direct, "No way,", 1, "he said"),
            quote(3, QuoteKind::Direct, "fine", 0, "added"),
        ],
        times: vec![
            Timex {
                text: "July 11".into(),
                start: span_of("July 11", 0).start,
                end: span_of("July 11", 0).end,
                kind: TimexType::Date,
                value: "2022-07-11".into(),
            },
            Timex {
                text: "July 13".into(),
                start: span_of("July 13", 0).start,
                end: span_of("July 13", 0).end,
                kind: TimexType::Date,
                value: "XXXX-07-13".into(),
            },
        ],
        events: vec![
            Event {
                id: EventId(0),
                date: "2022-07-11".into(),
                time: 0,
                sentence: 0,
                actors: vec![ActorId(0)],
                quote: Some(QuoteId(0)),
                summary: "Smith says they will win".into(),
            },
            Event {
                id: EventId(1),
                date: "XXXX-07-13".into(),
                time: 1,
                sentence: 2,
                actors: vec![ActorId(1)],
                quote: Some(QuoteId(2)),
                summary: "Jones: no way".into(),
            },
        ],
    }
}

fn article() -> Article {
    Article {
        title: Some("Mayor expects a win".into()),
        text: TEXT.to_owned(),
        ..Article::default()
    }
}

fn app_with(analysis: Analysis, size: (u16, u16)) -> App {
    let mut app = App::new(
        vec![article()],
        Options::default(),
        KeyMap::defaults(),
        Theme::default_colours(),
        size,
    );
    app.update(Action::Analysed(0, Box::new(analysis)));
    app
}

fn app() -> App {
    app_with(fixture(), (120, 30))
}

#[test]
fn n_walks_direct_quotes_in_text_order_and_wraps() {
    let mut app = app();
    press(&mut app, "n");
    assert!(
        status(&app).starts_with("quote 1/3 · Alice Smith · said"),
        "{}",
        status(&app)
    );
    press(&mut app, "n");
    assert!(status(&app).starts_with("quote 2/3 · Bob Jones · he said"));
    press(&mut app, "n");
    assert!(status(&app).starts_with("quote 3/3 · Alice Smith · added"));
    press(&mut app, "n");
    assert!(status(&app).starts_with("quote 1/3"));
    press(&mut app, "N");
    assert!(status(&app).starts_with("quote 3/3"));
}

#[test]
fn status_hints_come_from_the_key_map() {
    let app = app();
    assert!(status(&app).ends_with("n/N quote  s speaker  e event  ? help  q quit"));
}

#[test]
fn a_quote_lights_its_words_and_speaker_mentions() {
    let mut app = app();
    press(&mut app, "n n");
    let buf = render(&app);
    let colour = app
        .theme
        .actor(app.story().ready().unwrap().links.colour_index(ActorId(1)));
    let (x, y) = find(&buf, "No way").unwrap();
    assert!(buf[(x, y)].modifier.contains(Modifier::ITALIC));
    assert_eq!(buf[(x, y)].fg, colour.fg.unwrap());
    let (x, y) = find(&buf, "Bob Jones denied").unwrap();
    assert_eq!(buf[(x, y)].fg, colour.fg.unwrap());
    assert!(buf[(x, y)].modifier.contains(Modifier::BOLD));
    // Alice's words are not lit.
    let (x, y) = find(&buf, "we will win").unwrap();
    assert!(!buf[(x, y)].modifier.contains(Modifier::ITALIC));
    // The speaker is the actors pane's cursor.
    assert!(rows(&buf).iter().any(|r| r.contains("▶ Bob Jones")));
}

#[test]
fn s_goes_to_the_speaker() {
    let mut app = app();
    press(&mut app, "s");
    assert!(status(&app).starts_with("no quote selected"));
    press(&mut app, "n n s");
    assert_eq!(app.focus, byline::tui::layout::Pane::Actors);
    assert_eq!(app.story().view.selection, Selection::Actor(ActorId(1)));
    assert!(
        status(&app).starts_with("Bob Jones · person · 2 quotes · 2 mentions"),
        "{}",
        status(&app)
    );
    press(&mut app, "k");
    assert!(status(&app).starts_with("Alice Smith · person · mayor · 2 quotes · 2 mentions"));
}

#[test]
fn enter_on_an_actor_goes_to_its_next_quote_then_mentions() {
    let mut app = app();
    press(&mut app, "Tab"); // actors
    press(&mut app, "j"); // selects the first actor: Alice
    assert_eq!(app.story().view.selection, Selection::Actor(ActorId(0)));
    press(&mut app, "Enter");
    assert!(status(&app).starts_with("quote 1/3 · Alice Smith"));
    press(&mut app, "Enter");
    assert!(status(&app).starts_with("quote 3/3 · Alice Smith"));
    // The council has no quote: Enter walks its mentions.
    press(&mut app, "G Enter");
    assert_eq!(app.story().view.selection, Selection::Actor(ActorId(2)));
    assert_eq!(app.story().view.focus_span, Some(span_of("The Council", 0)));
}

#[test]
fn e_jumps_to_the_event_and_lights_its_sentence() {
    let mut app = app();
    press(&mut app, "n n e");
    assert_eq!(app.story().view.selection, Selection::Event(EventId(1)));
    assert_eq!(app.focus, byline::tui::layout::Pane::Timeline);
    assert!(
        status(&app).starts_with("event 2/2 · Jul 13 ???? · Jones: no way"),
        "{}",
        status(&app)
    );
    let buf = render(&app);
    let (x, y) = find(&buf, "he said on July 13").unwrap();
    assert_eq!(buf[(x, y)].bg, app.theme.sentence.bg.unwrap());
    // Bob (the event's actor) is marked in the actors pane; the event has the cursor.
    assert!(rows(&buf).iter().any(|r| r.contains("• Bob Jones")));
    assert!(rows(&buf).iter().any(|r| r.contains("▶Jul 13 ????")));
    press(&mut app, "k");
    assert!(status(&app).starts_with("event 1/2 · Jul 11 2022"));
}

#[test]
fn search_then_n_moves_between_matches_until_esc() {
    let mut app = app();
    press(&mut app, "/");
    type_text(&mut app, "SMITH");
    assert!(status(&app).starts_with("/SMITH"));
    press(&mut app, "Enter");
    assert!(
        status(&app).starts_with("match 1/2 · /SMITH"),
        "{}",
        status(&app)
    );
    press(&mut app, "n");
    assert!(status(&app).starts_with("match 2/2"));
    press(&mut app, "Esc n");
    assert!(status(&app).starts_with("quote "));
    press(&mut app, "/");
    type_text(&mut app, "zebra");
    press(&mut app, "Enter");
    assert!(status(&app).starts_with("no match for “zebra”"));
}

#[test]
fn help_lists_the_live_bindings() {
    let mut app = app();
    press(&mut app, "?");
    let text = rows(&render(&app)).join("\n");
    assert!(text.contains("next quote"));
    assert!(text.contains("go to the speaker"));
    press(&mut app, "Esc");
    assert!(!app.help);

    let mut config = byline::config::Config::defaults();
    config.keys.insert("next_quote".into(), vec!["x".into()]);
    let mut app = App::new(
        vec![article()],
        Options::default(),
        KeyMap::from_config(&config).unwrap(),
        Theme::default_colours(),
        (120, 30),
    );
    app.update(Action::Analysed(0, Box::new(fixture())));
    press(&mut app, "?");
    let text = rows(&render(&app)).join("\n");
    assert!(text
        .lines()
        .any(|l| l.contains(" x ") && l.contains("next quote")));
    press(&mut app, "Esc x");
    assert!(status(&app).starts_with("quote 1/3"));
    assert!(status(&app).contains("x/N quote"));
}

#[test]
fn mouse_clicks_select_rows_and_words() {
    let mut app = app();
    let buf = render(&app);
    let (x, y) = find(&buf, "Bob Jones ").filter(|&(x, _)| x > 80).unwrap();
    app.update(Action::Click(x, y));
    assert_eq!(app.story().view.selection, Selection::Actor(ActorId(1)));
    assert_eq!(app.focus, byline::tui::layout::Pane::Actors);
    let (x, y) = find(&buf, "we will win").unwrap();
    app.update(Action::Click(x + 2, y));
    assert_eq!(app.story().view.selection, Selection::Quote(QuoteId(0)));
    let (x, y) = find(&buf, "Jul 13").unwrap();
    app.update(Action::Click(x, y));
    assert_eq!(app.story().view.selection, Selection::Event(EventId(1)));
    app.update(Action::ScrollDown(x, y));
    app.update(Action::ScrollUp(x, y));
}

#[test]
fn narrow_terminals_show_one_pane_with_tabs() {
    let mut app = app_with(fixture(), (60, 20));
    let text = rows(&render(&app)).join("\n");
    assert!(text.contains(" Article ") && text.contains(" Actors "));
    assert!(text.contains("Alice Smith, the mayor"));
    press(&mut app, "Tab");
    let text = rows(&render(&app)).join("\n");
    assert!(text.contains("PEOPLE"));
    assert!(!text.contains("the mayor, said"));
    press(&mut app, "n s");
    assert!(rows(&render(&app)).join("\n").contains("▶ Alice Smith"));
    // Clicking a tab shows its pane.
    let buf = render(&app);
    let (x, y) = find(&buf, "Timeline").unwrap();
    app.update(Action::Click(x + 1, y));
    assert_eq!(app.focus, byline::tui::layout::Pane::Timeline);
    assert!(rows(&render(&app)).join("\n").contains("Jul 13 ????"));
}

#[test]
fn analysis_pending_then_arrives() {
    let mut app = App::new(
        vec![article()],
        Options::default(),
        KeyMap::defaults(),
        Theme::default_colours(),
        (120, 30),
    );
    assert!(status(&app).starts_with("analysing…"));
    press(&mut app, "n s e Enter j k");
    app.update(Action::Analysed(0, Box::new(fixture())));
    press(&mut app, "n");
    assert!(status(&app).starts_with("quote 1/3"));
    app.update(Action::AnalysisFailed(0, "boom".into()));
    assert!(status(&app).contains("boom"));
}

#[test]
fn several_stories_show_a_list_and_switch() {
    let mut second = article();
    second.title = Some("Second story".into());
    let mut app = App::new(
        vec![article(), second],
        Options::default(),
        KeyMap::defaults(),
        Theme::default_colours(),
        (120, 30),
    );
    app.update(Action::Analysed(0, Box::new(fixture())));
    let text = rows(&render(&app)).join("\n");
    assert!(text.contains("Stories (2)") && text.contains("Second story"));
    press(&mut app, "n ]");
    assert_eq!(app.current, 1);
    assert!(status(&app).starts_with("analysing…"));
    press(&mut app, "[");
    assert!(status(&app).starts_with("quote 1/3"), "view kept per story");
    press(&mut app, "[");
    assert!(status(&app).starts_with("this is the first story"));
}

/// Every command and mouse action, at sizes from 1x1 to 41x11 and a few larger, on
/// stories that are empty, tiny, garbage-spanned or normal: nothing panics.
#[test]
fn nothing_panics_on_odd_inputs_and_tiny_terminals() {
    let mut garbage = fixture();
    garbage.sentences.push(Span::new(5, 99_999));
    garbage.actors[0].mentions.push(Mention {
        span: Span::new(9_000, 9_010).into(),
        text: "x".into(),
        via: MentionVia::Name,
    });
    garbage.quotes.push(Quote {
        start: 10,
        end: 100_000,
        ..fixture().quotes[0].clone()
    });
    garbage.events.push(Event {
        sentence: 77,
        actors: vec![ActorId(42)],
        quote: Some(QuoteId(99)),
        ..fixture().events[0].clone()
    });
    let cases: Vec<(Article, Analysis)> = vec![
        (Article::default(), Analysis::default()),
        (
            Article {
                text: "x".into(),
                ..Article::default()
            },
            Analysis::default(),
        ),
        (
            Article {
                text: "日本語\t\u{7}テキスト ".repeat(50),
                ..Article::default()
            },
            Analysis::default(),
        ),
        (article(), garbage),
        (article(), fixture()),
    ];
    let keys = "n N s e Enter Tab j k g G PageDown PageUp C-d C-u ] [ / a Enter Esc ? o Esc S-Tab n s Enter e";
    let mut sizes: Vec<(u16, u16)> = Vec::new();
    for w in (1..=41).step_by(4) {
        for h in [1, 2, 3, 4, 5, 6, 8, 11] {
            sizes.push((w, h));
        }
    }
    sizes.extend([(0, 0), (20, 5), (99, 10), (100, 10), (250, 80)]);
    for (article, analysis) in cases {
        for &(w, h) in &sizes {
            let mut app = App::new(
                vec![article.clone()],
                Options::default(),
                KeyMap::defaults(),
                Theme::default_colours(),
                (w, h),
            );
            render(&app);
            app.update(Action::Analysed(0, Box::new(analysis.clone())));
            for k in keys.split_whitespace() {
                app.press(key(k));
                app.update(Action::Click(w / 2, h / 2));
                app.update(Action::ScrollDown(w / 3, h / 2));
                render(&app);
            }
            app.update(Action::Resize(w.saturating_add(7), h.saturating_add(3)));
            app.size = (w.saturating_add(7), h.saturating_add(3));
            render(&app);
        }
    }
}

#[test]
fn no_color_theme_draws_without_colour() {
    let mut app = App::new(
        vec![article()],
        Options::default(),
        KeyMap::defaults(),
        Theme::monochrome(),
        (120, 30),
    );
    app.update(Action::Analysed(0, Box::new(fixture())));
    for keys in ["", "n", "s", "e", "?"] {
        press(&mut app, keys);
        let buf = render(&app);
        for cell in buf.content() {
            assert_eq!(cell.fg, ratatui::style::Color::Reset);
            assert_eq!(cell.bg, ratatui::style::Color::Reset);
        }
    }
    // The lit quote still stands out, by modifiers alone.
    press(&mut app, "Esc Esc n");
    let buf = render(&app);
    let (x, y) = find(&buf, "we will win").unwrap();
    assert!(buf[(x, y)]
        .modifier
        .contains(Modifier::ITALIC | Modifier::UNDERLINED));
}
