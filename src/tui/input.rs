//! Terminal events to [`Action`]s: keys through the key map (or into the search prompt while
//! it is open), mouse clicks and wheel, resizes.

use super::action::{Action, Command};
use super::app::App;
use crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind};

/// What a terminal event means in the reader's current state, if anything.
pub fn to_action(app: &App, ev: Event) -> Option<Action> {
    match ev {
        Event::Key(key) => {
            if key.kind == KeyEventKind::Release {
                return None;
            }
            if app.search_input.is_some() {
                let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
                return match key.code {
                    KeyCode::Char('c') if ctrl => Some(Command::Quit.into()),
                    KeyCode::Esc => Some(Action::SearchCancel),
                    KeyCode::Enter => Some(Action::SearchSubmit),
                    KeyCode::Backspace => Some(Action::SearchBackspace),
                    KeyCode::Char(c) if !ctrl => Some(Action::SearchInput(c)),
                    _ => None,
                };
            }
            app.keymap.command(key).map(Action::Command)
        }
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click(m.column, m.row)),
            MouseEventKind::ScrollUp => Some(Action::ScrollUp(m.column, m.row)),
            MouseEventKind::ScrollDown => Some(Action::ScrollDown(m.column, m.row)),
            _ => None,
        },
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        _ => None,
    }
}
