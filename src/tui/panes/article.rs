//! The article pane: title, source and date, then the wrapped body with the selection lit.

use super::block;
use crate::tui::app::{App, StoryState};
use crate::tui::highlight::{layers, pieces};
use crate::tui::layout::{self, Pane};
use crate::tui::wrap::{display_char, LineKind};
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

/// Draws the article pane in `area`.
pub fn draw(f: &mut Frame, area: Rect, app: &App) {
    let story = app.story();
    let theme = &app.theme;
    let mut title = if app.multi() {
        format!(" Story {}/{} ", app.current + 1, app.stories.len())
    } else {
        " Article ".to_owned()
    };
    match &story.state {
        StoryState::Analysing => title.push_str("· analysing… "),
        StoryState::Failed(_) => title.push_str("· analysis failed "),
        StoryState::Ready(_) => {}
    }
    let wrapped = &story.wrapped;
    let text_area = layout::article_text(area);
    let h = usize::from(text_area.height);
    if wrapped.lines.len() > h && h > 0 {
        let top = story.view.scroll.min(wrapped.lines.len());
        let pct = (top + h).min(wrapped.lines.len()) * 100 / wrapped.lines.len().max(1);
        title = format!("{title}─ {pct}% ");
    }
    f.render_widget(block(app, Pane::Article, title), area);
    if text_area.width == 0 || h == 0 {
        return;
    }
    let lit = layers(story, theme);
    let body = story.article.text.as_str();
    let mut lines: Vec<Line> = Vec::with_capacity(h);
    for l in wrapped.lines.iter().skip(story.view.scroll).take(h) {
        let line = match l.kind {
            LineKind::Blank => Line::default(),
            LineKind::Title => Line::from(Span::styled(
                clean(story.title.get(l.start..l.end).unwrap_or("")),
                theme.title,
            )),
            LineKind::Meta => Line::from(Span::styled(
                clean(story.meta.get(l.start..l.end).unwrap_or("")),
                theme.dim,
            )),
            LineKind::Body => Line::from(
                pieces(l.start, l.end, theme.text, &lit)
                    .into_iter()
                    .map(|(a, b, style)| Span::styled(clean(body.get(a..b).unwrap_or("")), style))
                    .collect::<Vec<_>>(),
            ),
        };
        lines.push(line);
    }
    if body.trim().is_empty() {
        lines.push(Line::from(Span::styled(
            "(this story has no text)",
            theme.dim,
        )));
    }
    f.render_widget(Paragraph::new(lines).style(Style::new()), text_area);
}

fn clean(s: &str) -> String {
    s.chars().map(display_char).collect()
}
