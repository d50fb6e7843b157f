//! The story list (shown when more than one story is open); unread library stories are
//! marked with a dot.

use super::{block, truncate};
use crate::tui::app::{App, StoryState};
use crate::tui::layout::{self, Pane};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

/// Draws the story list in `area`.
pub fn draw(f: &mut Frame, area: Rect, app: &App) {
    let theme = &app.theme;
    f.render_widget(
        block(
            app,
            Pane::Stories,
            format!(" Stories ({}) ", app.stories.len()),
        ),
        area,
    );
    let inner = layout::inner(area);
    if inner.width == 0 || inner.height == 0 {
        return;
    }
    let h = usize::from(inner.height);
    let w = usize::from(inner.width);
    let offset = layout::list_offset(app.current, app.current + 1, h, app.stories.len());
    let lines: Vec<Line> = app
        .stories
        .iter()
        .enumerate()
        .skip(offset)
        .take(h)
        .map(|(i, s)| {
            let marker = match (i == app.current, s.stored.as_ref().is_some_and(|s| !s.read)) {
                (true, _) => "▶ ",
                (false, true) => "• ",
                (false, false) => "  ",
            };
            let state = match s.state {
                // A library story not opened yet is not being analysed: no mark.
                StoryState::Analysing if !s.loaded() => "",
                StoryState::Analysing => "… ",
                StoryState::Failed(_) => "! ",
                StoryState::Ready(_) => "",
            };
            let title = truncate(&format!("{state}{}", s.title), w.saturating_sub(2));
            let line = Line::from(vec![
                Span::styled(marker, theme.mark),
                Span::styled(
                    title,
                    if i == app.current {
                        theme.title
                    } else {
                        theme.text
                    },
                ),
            ]);
            if i == app.current && app.focus == Pane::Stories {
                line.style(theme.cursor)
            } else {
                line
            }
        })
        .collect();
    f.render_widget(Paragraph::new(lines), inner);
}
