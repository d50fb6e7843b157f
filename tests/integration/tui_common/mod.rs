//! Helpers shared by the TUI tests: building a reader, pressing keys, rendering frames.
#![allow(dead_code)]

use byline::tui::{App, KeyMap, Theme};
use byline::{Article, Options};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::Terminal;

/// The sample story, as `byline` loads it.
pub fn sample() -> Article {
    byline::article::parse_text(include_str!("../../../assets/samples/iran-drones.txt"))
}

/// The sample's publication date, as in the acceptance runs.
pub fn sample_options() -> Options {
    Options {
        reference_date: chrono::NaiveDate::from_ymd_opt(2022, 7, 20),
    }
}

/// A reader on `articles`, analysed synchronously through the real pipeline, colours fixed.
pub fn analysed_app(articles: Vec<Article>, options: Options, size: (u16, u16)) -> App {
    let analyses: Vec<_> = articles
        .iter()
        .map(|a| byline::analyze(a, options))
        .collect();
    let mut app = App::new(
        articles,
        options,
        KeyMap::defaults(),
        Theme::default_colours(),
        size,
    );
    for (i, a) in analyses.into_iter().enumerate() {
        app.update(byline::tui::Action::Analysed(i, Box::new(a)));
    }
    app
}

/// A key event for a key string of the key map syntax ("n", "S-Tab", "C-u", "Enter").
pub fn key(s: &str) -> KeyEvent {
    let k = byline::tui::keymap::Key::parse(s).unwrap();
    let mut mods = k.mods;
    let code = match k.code {
        KeyCode::Char(c) if c.is_ascii_uppercase() => {
            mods |= KeyModifiers::SHIFT;
            KeyCode::Char(c)
        }
        KeyCode::Tab if mods.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
        other => other,
    };
    KeyEvent::new(code, mods)
}

/// Presses keys given as space-separated key strings.
pub fn press(app: &mut App, keys: &str) {
    for k in keys.split_whitespace() {
        app.press(key(k));
    }
}

/// Types text into the search prompt (after `/`).
pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.press(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
}

/// Draws the reader into a test terminal of its size and returns the buffer.
pub fn render(app: &App) -> Buffer {
    let (w, h) = app.size;
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| byline::tui::view::draw(f, app)).unwrap();
    t.backend().buffer().clone()
}

/// The rows of a buffer as text.
pub fn rows(buf: &Buffer) -> Vec<String> {
    let a = buf.area;
    (a.y..a.bottom())
        .map(|y| {
            (a.x..a.right())
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
        })
        .collect()
}

/// The bottom row (the status line), trimmed.
pub fn status(app: &App) -> String {
    rows(&render(app)).last().unwrap().trim().to_owned()
}

/// The cells showing `needle` on screen: (x, y) of its first character, first occurrence.
pub fn find(buf: &Buffer, needle: &str) -> Option<(u16, u16)> {
    let a = buf.area;
    for y in a.y..a.bottom() {
        let cells: Vec<&str> = (a.x..a.right()).map(|x| buf[(x, y)].symbol()).collect();
        let line: String = cells.concat();
        if let Some(byte) = line.find(needle) {
            // map the byte offset back to a column
            let mut acc = 0;
            for (i, c) in cells.iter().enumerate() {
                if acc == byte {
                    return Some((a.x + i as u16, y));
                }
                acc += c.len();
            }
        }
    }
    None
}
