//! The panes: each draws one part of the frame from the state, and changes nothing.

pub mod actors;
pub mod article;
pub mod help;
pub mod status;
pub mod stories;
pub mod timeline;

use super::app::App;
use super::layout::Pane;
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Borders};

/// The bordered block of a pane, its border lit when it has focus.
pub fn block<'a>(app: &App, pane: Pane, title: impl Into<Line<'a>>) -> Block<'a> {
    let focused = app.focus == pane;
    Block::default()
        .borders(Borders::ALL)
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Plain
        })
        .border_style(if focused {
            app.theme.border_focus
        } else {
            app.theme.border
        })
        .title(title)
}

/// `text` cut to at most `width` cells, with an ellipsis when cut.
pub fn truncate(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let mut out = String::new();
    let mut used = 0;
    let total: usize = text.chars().map(|c| c.width().unwrap_or(0)).sum();
    if total <= width {
        return text.chars().filter(|c| !c.is_control()).collect();
    }
    if width == 0 {
        return out;
    }
    for c in text.chars().filter(|c| !c.is_control()) {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::truncate;

    #[test]
    fn truncation() {
        assert_eq!(truncate("hello", 10), "hello");
        assert_eq!(truncate("hello world", 6), "hello…");
        assert_eq!(truncate("日本語", 4), "日…");
        assert_eq!(truncate("abc", 0), "");
    }
}
