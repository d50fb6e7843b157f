//! The actors pane: actors grouped by kind, each with its counts and role; the selected one
//! marked `▶`, the actors of the selected event marked `•`.

use super::{block, truncate};
use crate::analysis::ActorId;
use crate::tui::app::{actor_cursor_lines, App, Selection, StoryState};
use crate::tui::layout::{self, Pane};
use crate::tui::links::{group_heading, ActorLine};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

/// Draws the actors pane in `area`.
pub fn draw(f: &mut Frame, area: Rect, app: &App) {
    let story = app.story();
    let theme = &app.theme;
    let count = story.ready().map_or(0, |r| r.analysis.actors.len());
    f.render_widget(
        block(app, Pane::Actors, format!(" Actors ({count}) ")),
        area,
    );
    let inner = layout::inner(area);
    if inner.width == 0 || inner.height == 0 {
        return;
    }
    // One column of margin on the left, as in the sketch.
    let inner = if inner.width > 10 {
        Rect::new(inner.x + 1, inner.y, inner.width - 1, inner.height)
    } else {
        inner
    };
    let r = match &story.state {
        StoryState::Ready(r) => r,
        StoryState::Analysing => {
            f.render_widget(Paragraph::new(Span::styled("analysing…", theme.dim)), inner);
            return;
        }
        StoryState::Failed(why) => {
            f.render_widget(
                Paragraph::new(Span::styled(truncate(why, inner.width.into()), theme.dim)),
                inner,
            );
            return;
        }
    };
    let links = &r.links;
    if links.actor_lines.is_empty() {
        f.render_widget(
            Paragraph::new(Span::styled("no actors found", theme.dim)),
            inner,
        );
        return;
    }
    let view = &story.view;
    let focused = app.focus == Pane::Actors;
    let cursor_actor: Option<ActorId> = links.actor_order.get(view.actor_cursor).copied();
    // The cursor shows when the pane has focus, or when it sits on the selected actor or
    // on the selected quote's speaker.
    let selected = cursor_actor.filter(|&id| {
        focused
            || match view.selection {
                Selection::Actor(a) => a == id,
                Selection::Quote(q) => {
                    r.analysis.quotes.get(q.0).and_then(|q| q.speaker) == Some(id)
                }
                _ => false,
            }
    });
    let marked: Vec<ActorId> = match view.selection {
        Selection::Event(e) => r
            .analysis
            .events
            .get(e.0)
            .map(|e| e.actors.clone())
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    let h = usize::from(inner.height);
    let w = usize::from(inner.width);
    let (s, e) = actor_cursor_lines(links, view.actor_cursor);
    let offset = layout::list_offset(s, e, h, links.actor_lines.len());
    let mut lines = Vec::with_capacity(h);
    for line in links.actor_lines.iter().skip(offset).take(h) {
        lines.push(match *line {
            ActorLine::Heading(kind) => {
                Line::from(Span::styled(group_heading(kind), theme.heading))
            }
            ActorLine::Name(id) => {
                let Some(actor) = r.analysis.actors.get(id.0) else {
                    continue;
                };
                let is_sel = selected == Some(id);
                let marker = if is_sel {
                    "▶ "
                } else if marked.contains(&id) {
                    "• "
                } else {
                    "  "
                };
                let counts = format!(
                    " {}q {:>2}m",
                    links.quote_count(id),
                    links.mention_count(id)
                );
                let name_w = w.saturating_sub(2 + counts.width());
                let name = truncate(&actor.name, name_w);
                let pad = name_w.saturating_sub(name.width());
                let mut name_style = theme.actor(links.colour_index(id));
                let mut row_style = ratatui::style::Style::new();
                if is_sel {
                    name_style = name_style.add_modifier(ratatui::style::Modifier::BOLD);
                    if focused {
                        row_style = theme.cursor;
                    }
                }
                Line::from(vec![
                    Span::styled(
                        marker,
                        if is_sel || marked.contains(&id) {
                            theme.mark
                        } else {
                            theme.dim
                        },
                    ),
                    Span::styled(name, name_style),
                    Span::raw(" ".repeat(pad)),
                    Span::styled(counts, theme.dim),
                ])
                .style(row_style)
            }
            ActorLine::Role(id) => {
                let role = r
                    .analysis
                    .actors
                    .get(id.0)
                    .map(|a| {
                        a.roles
                            .iter()
                            .filter(|x| !x.trim().is_empty())
                            .cloned()
                            .collect::<Vec<_>>()
                            .join("; ")
                    })
                    .unwrap_or_default();
                let mut l = Line::from(vec![
                    Span::raw("    "),
                    Span::styled(truncate(&role, w.saturating_sub(4)), theme.dim),
                ]);
                if selected == Some(id) && focused {
                    l = l.style(theme.cursor);
                }
                l
            }
        });
    }
    f.render_widget(Paragraph::new(lines), inner);
}
