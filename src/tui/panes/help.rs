//! The help overlay: every command with its keys, read from the live key map.

use crate::tui::app::App;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph};
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

/// The help's lines: `keys  description` per command, then notes on search and the mouse.
pub fn help_lines(app: &App) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = app
        .keymap
        .bindings()
        .iter()
        .filter(|(_, keys)| !keys.is_empty())
        .map(|(c, _)| (app.keymap.keys_for(*c), c.description().to_owned()))
        .collect();
    out.push((
        "mouse".to_owned(),
        "click selects, the wheel scrolls".to_owned(),
    ));
    out.push((
        "search".to_owned(),
        "after Enter, n/N move between matches until Esc".to_owned(),
    ));
    out
}

/// Draws the help over `area`.
pub fn draw(f: &mut Frame, area: Rect, app: &App) {
    let theme = &app.theme;
    let items = help_lines(app);
    let key_w = items
        .iter()
        .map(|(k, _)| k.width())
        .max()
        .unwrap_or(0)
        .min(24);
    let text_w = items.iter().map(|(_, d)| d.width()).max().unwrap_or(0);
    let want_w = (key_w + text_w + 6) as u16;
    let want_h = items.len() as u16 + 2;
    let w = want_w.min(area.width);
    let h = want_h.min(area.height);
    if w < 3 || h < 3 {
        return;
    }
    let r = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    );
    f.render_widget(Clear, r);
    let lines: Vec<Line> = items
        .into_iter()
        .map(|(k, d)| {
            Line::from(vec![
                Span::raw(" "),
                Span::styled(format!("{:<key_w$}", super::truncate(&k, key_w)), theme.key),
                Span::raw("  "),
                Span::styled(d, theme.text),
            ])
        })
        .collect();
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(theme.border_focus)
        .title(" Keys · Esc or ? closes ");
    f.render_widget(Paragraph::new(lines).block(block), r);
}
