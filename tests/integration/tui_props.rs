//! Properties: wrapping never overflows nor loses text, on any string and width; and no
//! sequence of commands, clicks and resizes panics on the sample or on arbitrary text.

use crate::tui_common;

use byline::tui::wrap::{wrap_range, wrap_story};
use byline::tui::{Action, App, Command, KeyMap, Theme};
use byline::{Article, Options};
use proptest::prelude::*;
use tui_common::*;
use unicode_width::UnicodeWidthStr;

fn any_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            Just(" ".to_owned()),
            Just("\n".to_owned()),
            Just("\t".to_owned()),
            Just("“quote”".to_owned()),
            Just("日本語".to_owned()),
            Just("e\u{301}".to_owned()),
            "[a-zA-Z’-]{1,12}",
            "\\PC{1,4}",
        ],
        0..60,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn wrapping_fits_and_keeps_every_visible_character(text in any_text(), width in 1usize..50) {
        let lines = wrap_range(&text, 0, text.len(), width);
        for &(s, e) in &lines {
            prop_assert!(s < e && e <= text.len());
            prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
            let shown = &text[s..e];
            // A single character wider than the line may overflow; nothing else may.
            prop_assert!(shown.width() <= width || shown.chars().count() == 1, "{shown:?} at {width}");
        }
        let strip = |x: &str| x.chars().filter(|c| !matches!(c, ' ' | '\t' | '\r')).collect::<String>();
        let shown: String = lines.iter().map(|&(s, e)| &text[s..e]).collect();
        prop_assert_eq!(strip(&shown), strip(&text));
        let w = wrap_story("T", "m", &text, width as u16);
        prop_assert!(w.lines.iter().all(|l| l.start <= l.end));
    }

    #[test]
    fn no_sequence_of_actions_panics(
        text in any_text(),
        steps in prop::collection::vec((0usize..Command::ALL.len(), 0u16..200, 0u16..60), 1..40),
        size in (0u16..200, 0u16..60),
    ) {
        let mut app = App::new(
            vec![Article { text: text.clone(), ..Article::default() }],
            Options::default(),
            KeyMap::defaults(),
            Theme::default_colours(),
            size,
        );
        app.update(Action::Analysed(0, Box::new(byline::analyze(&app.story().article, Options::default()))));
        for (c, x, y) in steps {
            let command = Command::ALL[c];
            if command != Command::Quit {
                app.update(Action::Command(command));
            }
            match x % 4 {
                0 => app.update(Action::Click(x, y)),
                1 => app.update(Action::ScrollDown(x, y)),
                2 => app.update(Action::Resize(x, y)),
                _ => app.update(Action::SearchInput('e')),
            }
            render(&app);
        }
    }
}

#[test]
fn random_walk_on_the_sample_does_not_panic() {
    let mut app = analysed_app(vec![sample()], sample_options(), (160, 45));
    let keys = [
        "n", "N", "s", "e", "Enter", "Tab", "S-Tab", "j", "k", "G", "g", "C-d", "C-u", "PageDown",
        "?", "Esc",
    ];
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    for _ in 0..2000 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let k = keys[(seed % keys.len() as u64) as usize];
        press(&mut app, k);
        if seed % 97 == 0 {
            let w = (seed >> 8) % 200;
            let h = (seed >> 16) % 60;
            app.update(Action::Resize(w as u16, h as u16));
        }
        render(&app);
    }
}
