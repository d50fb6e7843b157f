//! Drawing a frame from the state: the layout, each pane, the tab bar, the help on top.

use super::app::App;
use super::layout::{self, Pane};
use super::panes;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

/// Draws the whole reader into the frame. Reads the state, changes nothing.
pub fn draw(f: &mut Frame, app: &App) {
    let area = f.area();
    let areas = layout::areas(area, app.multi(), app.focus);
    if let Some(r) = areas.tabs {
        draw_tabs(f, r, app);
    }
    if let Some(r) = areas.stories {
        panes::stories::draw(f, r, app);
    }
    if let Some(r) = areas.article {
        panes::article::draw(f, r, app);
    }
    if let Some(r) = areas.actors {
        panes::actors::draw(f, r, app);
    }
    if let Some(r) = areas.timeline {
        panes::timeline::draw(f, r, app);
    }
    if let Some(r) = areas.status {
        panes::status::draw(f, r, app);
    }
    if app.help {
        panes::help::draw(f, area, app);
    }
}

fn draw_tabs(f: &mut Frame, area: Rect, app: &App) {
    let shown = if app.focus == Pane::Stories && !app.multi() {
        Pane::Article
    } else {
        app.focus
    };
    let mut spans = Vec::new();
    for &p in Pane::cycle(app.multi()) {
        let style = if p == shown {
            app.theme
                .border_focus
                .add_modifier(Modifier::REVERSED | Modifier::BOLD)
        } else {
            app.theme.dim
        };
        spans.push(Span::styled(format!(" {} ", p.title()), style));
        spans.push(Span::raw(" "));
    }
    f.render_widget(Paragraph::new(Line::from(spans)), area);
}
