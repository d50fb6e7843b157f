//! The status line: what is selected on the left, key hints on the right; the search prompt
//! while typing.

use crate::analysis::QuoteKind;
use crate::cli::plural;
use crate::tui::action::Command;
use crate::tui::app::{App, Selection, StoryState};
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

/// The left part of the status line: the search prompt, a message, or what is selected.
pub fn status_text(app: &App) -> String {
    if let Some(q) = &app.search_input {
        return format!("/{q}▏");
    }
    if let Some(m) = &app.message {
        return m.clone();
    }
    let story = app.story();
    let r = match &story.state {
        StoryState::Analysing => return "analysing…".to_owned(),
        StoryState::Failed(why) => return format!("analysis failed: {why}"),
        StoryState::Ready(r) => r,
    };
    let a = &r.analysis;
    let links = &r.links;
    let view = &story.view;
    if let Some(s) = &view.search {
        if let Some(i) = s.current {
            if view.focus_span == s.matches.get(i).copied() {
                return format!("match {}/{} · /{}", i + 1, s.matches.len(), s.query);
            }
        }
    }
    let speaker_name = |q: &crate::analysis::Quote| {
        q.speaker
            .and_then(|s| a.actor(s))
            .map_or("unattributed".to_owned(), |x| x.name.clone())
    };
    match view.selection {
        Selection::Quote(q) => {
            let Some(quote) = a.quote(q) else {
                return String::new();
            };
            let mut parts = match (quote.kind, links.direct_index.get(q.0).copied().flatten()) {
                (QuoteKind::Direct, Some(i)) => {
                    vec![format!("quote {}/{}", i + 1, links.direct.len())]
                }
                _ => vec!["reported speech".to_owned()],
            };
            parts.push(speaker_name(quote));
            if let Some(cue) = quote.cue.as_deref().filter(|c| !c.trim().is_empty()) {
                parts.push(cue.to_owned());
            }
            parts.join(" · ")
        }
        Selection::Actor(id) => {
            let Some(actor) = a.actor(id) else {
                return String::new();
            };
            let mut parts = vec![actor.name.clone(), actor.kind.as_str().to_owned()];
            if let Some(role) = actor.roles.iter().find(|r| !r.trim().is_empty()) {
                parts.push(role.clone());
            }
            parts.push(plural(links.quote_count(id), "quote", "quotes"));
            parts.push(plural(links.mention_count(id), "mention", "mentions"));
            parts.join(" · ")
        }
        Selection::Event(e) => {
            let Some(event) = a.events.get(e.0) else {
                return String::new();
            };
            let label = links.event_label.get(e.0).map_or("", String::as_str);
            format!(
                "event {}/{} · {label} · {}",
                e.0 + 1,
                a.events.len(),
                event.summary
            )
        }
        Selection::None => {
            let mut parts = Vec::new();
            if app.multi() {
                parts.push(format!("story {}/{}", app.current + 1, app.stories.len()));
            }
            parts.push(plural(a.actors.len(), "actor", "actors"));
            parts.push(plural(links.direct.len(), "direct quote", "direct quotes"));
            parts.push(plural(a.events.len(), "event", "events"));
            parts.join(" · ")
        }
    }
}

/// The key hints on the right, from the live key map: `n/N quote  s speaker  e event  ? help  q quit`.
pub fn hints(app: &App) -> Vec<(String, &'static str)> {
    let k = |c: Command| app.keymap.first_key(c).map(|k| k.to_string());
    let mut out = Vec::new();
    match (k(Command::NextQuote), k(Command::PrevQuote)) {
        (Some(n), Some(p)) => out.push((format!("{n}/{p}"), "quote")),
        (Some(n), None) => out.push((n, "quote")),
        _ => {}
    }
    for (c, what) in [
        (Command::Speaker, "speaker"),
        (Command::Event, "event"),
        (Command::Help, "help"),
        (Command::Quit, "quit"),
    ] {
        if let Some(key) = k(c) {
            out.push((key, what));
        }
    }
    out
}

/// Draws the status line in `area` (one row).
pub fn draw(f: &mut Frame, area: Rect, app: &App) {
    let theme = &app.theme;
    let left = format!(" {}", status_text(app));
    let mut right: Vec<Span> = Vec::new();
    let mut right_w = 0;
    for (key, what) in hints(app) {
        right.push(Span::styled(
            key.clone(),
            theme
                .key
                .patch(Style::new().bg(theme.status.bg.unwrap_or_default())),
        ));
        right.push(Span::raw(format!(" {what}  ")));
        right_w += key.width() + what.width() + 3;
    }
    let w = usize::from(area.width);
    let left_w = left.width();
    let mut spans = Vec::new();
    if left_w + right_w + 2 <= w {
        spans.push(Span::raw(left));
        spans.push(Span::raw(" ".repeat(w - left_w - right_w)));
        spans.extend(right);
    } else if w >= right_w + 24 {
        // Keep the hints; cut what is selected to the room left.
        let cut = super::truncate(&left, w - right_w - 2);
        let pad = w - right_w - cut.width();
        spans.push(Span::raw(cut));
        spans.push(Span::raw(" ".repeat(pad)));
        spans.extend(right);
    } else {
        spans.push(Span::raw(super::truncate(&left, w)));
    }
    f.render_widget(Paragraph::new(Line::from(spans)).style(theme.status), area);
}
