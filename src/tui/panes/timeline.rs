//! The timeline pane: one row per event, date then summary, in chronological order; the
//! event under the cursor marked `▶`, the events of the selected actor marked `•`.

use super::{block, truncate};
use crate::analysis::EventId;
use crate::tui::app::{App, Selection, StoryState};
use crate::tui::layout::{self, Pane};
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

/// Width of the date column (`Jul 19 2022`).
const DATE_W: usize = 11;

/// Draws the timeline pane in `area`.
pub fn draw(f: &mut Frame, area: Rect, app: &App) {
    let story = app.story();
    let theme = &app.theme;
    let count = story.ready().map_or(0, |r| r.analysis.events.len());
    f.render_widget(
        block(app, Pane::Timeline, format!(" Timeline ({count}) ")),
        area,
    );
    let inner = layout::inner(area);
    if inner.width == 0 || inner.height == 0 {
        return;
    }
    let r = match &story.state {
        StoryState::Ready(r) => r,
        StoryState::Analysing => {
            f.render_widget(Paragraph::new(Span::styled("analysing…", theme.dim)), inner);
            return;
        }
        StoryState::Failed(_) => return,
    };
    let events = &r.analysis.events;
    if events.is_empty() {
        f.render_widget(
            Paragraph::new(Span::styled("no dated events", theme.dim)),
            inner,
        );
        return;
    }
    let view = &story.view;
    let links = &r.links;
    // Events linked to the selection: the selected actor's, or the selected quote speaker's.
    let linked: &[EventId] = match view.selection {
        Selection::Actor(a) => links.actor_events.get(a.0).map_or(&[], Vec::as_slice),
        Selection::Quote(q) => r
            .analysis
            .quotes
            .get(q.0)
            .and_then(|q| q.speaker)
            .and_then(|s| links.actor_events.get(s.0))
            .map_or(&[], Vec::as_slice),
        _ => &[],
    };
    let cur = view.event_cursor.min(events.len() - 1);
    let cursor_shown = match view.selection {
        Selection::Event(_) => true,
        Selection::Quote(q) => links.quote_event.get(q.0).copied().flatten() == Some(EventId(cur)),
        _ => false,
    } || app.focus == Pane::Timeline;
    let h = usize::from(inner.height);
    let w = usize::from(inner.width);
    let offset = layout::list_offset(cur, cur + 1, h, events.len());
    let focused = app.focus == Pane::Timeline;
    let mut lines = Vec::with_capacity(h);
    for (i, e) in events.iter().enumerate().skip(offset).take(h) {
        let is_cur = cursor_shown && i == cur;
        let is_linked = linked.contains(&EventId(i));
        let marker = if is_cur {
            "▶"
        } else if is_linked {
            "•"
        } else {
            " "
        };
        let label = links.event_label.get(i).map_or("", String::as_str);
        let date = format!("{label:<DATE_W$}");
        let summary_w = w.saturating_sub(1 + date.width() + 2);
        let mut line = Line::from(vec![
            Span::styled(marker, theme.mark),
            Span::styled(
                date,
                if is_linked || is_cur {
                    theme.mark
                } else {
                    theme.dim
                },
            ),
            Span::raw("  "),
            Span::styled(truncate(&e.summary, summary_w), theme.text),
        ]);
        if is_cur && focused {
            line = line.style(theme.cursor);
        } else {
            line = line.style(Style::new());
        }
        lines.push(line);
    }
    f.render_widget(Paragraph::new(lines), inner);
}
