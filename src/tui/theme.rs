//! Colours and text styles, from the configuration's `[theme]`; with `NO_COLOR`, no colour at
//! all (bold, reverse, underline and italic only).

use crate::config::Config;
use anyhow::{anyhow, Result};
use ratatui::style::{Color, Modifier, Style};
use std::str::FromStr;

/// Every style the panes draw with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    /// Body text.
    pub text: Style,
    /// Secondary text: dates, roles, counts, the source line.
    pub dim: Style,
    /// The story title.
    pub title: Style,
    /// Group headings in the actors pane.
    pub heading: Style,
    /// Borders of panes without focus.
    pub border: Style,
    /// Border of the focused pane.
    pub border_focus: Style,
    /// The selected row of a list.
    pub cursor: Style,
    /// A lit sentence (the selected event's).
    pub sentence: Style,
    /// The lit quote (patched over the speaker's colour).
    pub quote: Style,
    /// A quote of the selected actor that is not the current one.
    pub quote_marked: Style,
    /// A mention of the selected actor (patched over its colour).
    pub mention: Style,
    /// The one span the reader is on (the current match, the mention Enter reached).
    pub focus: Style,
    /// A search match.
    pub search: Style,
    /// The status line.
    pub status: Style,
    /// Key names in hints and the help.
    pub key: Style,
    /// Marks of linked rows (an event of the selected actor, an actor of the selected event).
    pub mark: Style,
    /// Per-actor colours, used in turn.
    pub actors: Vec<Style>,
}

impl Theme {
    /// The theme for this configuration; `no_color` drops every colour.
    pub fn from_config(config: &Config, no_color: bool) -> Result<Theme> {
        if no_color {
            return Ok(Theme::monochrome());
        }
        let colour = |name: &str| -> Result<Color> {
            match config.theme.get(name).and_then(|v| v.first()) {
                Some(s) => parse_colour(s).map_err(|e| anyhow!("[theme] {name}: {e}")),
                None => Ok(Color::Reset),
            }
        };
        for key in config.theme.keys() {
            if !KNOWN.contains(&key.as_str()) {
                return Err(anyhow!(
                    "[theme] {key}: unknown entry (known: {})",
                    KNOWN.join(", ")
                ));
            }
        }
        let fg = |name: &str| -> Result<Style> { Ok(Style::new().fg(colour(name)?)) };
        let bg = |name: &str| -> Result<Style> { Ok(Style::new().bg(colour(name)?)) };
        let actors = match config.theme.get("actors") {
            Some(list) if !list.is_empty() => list
                .iter()
                .map(|s| {
                    parse_colour(s)
                        .map(|c| Style::new().fg(c))
                        .map_err(|e| anyhow!("[theme] actors: {e}"))
                })
                .collect::<Result<Vec<_>>>()?,
            _ => vec![Style::new()],
        };
        Ok(Theme {
            text: fg("text")?,
            dim: fg("dim")?,
            title: fg("title")?.add_modifier(Modifier::BOLD),
            heading: fg("heading")?.add_modifier(Modifier::BOLD),
            border: fg("border")?,
            border_focus: fg("border_focus")?,
            cursor: bg("cursor_bg")?.add_modifier(Modifier::BOLD),
            sentence: bg("sentence_bg")?,
            quote: bg("quote_bg")?.add_modifier(Modifier::ITALIC),
            quote_marked: Style::new().add_modifier(Modifier::ITALIC),
            mention: Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            focus: Style::new().add_modifier(Modifier::REVERSED),
            search: bg("search_bg")?,
            status: Style::new()
                .fg(colour("status_fg")?)
                .bg(colour("status_bg")?),
            key: fg("key")?.add_modifier(Modifier::BOLD),
            mark: fg("mark")?.add_modifier(Modifier::BOLD),
            actors,
        })
    }

    /// The built-in colour theme (ignores `NO_COLOR`; tests and benches use it).
    pub fn default_colours() -> Theme {
        Theme::from_config(&Config::defaults(), false).unwrap_or_else(|_| Theme::monochrome())
    }

    /// No colours: bold, reverse, underline and italic only.
    pub fn monochrome() -> Theme {
        let plain = Style::new();
        Theme {
            text: plain,
            dim: plain,
            title: plain.add_modifier(Modifier::BOLD),
            heading: plain.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            border: plain,
            border_focus: plain.add_modifier(Modifier::BOLD),
            cursor: plain.add_modifier(Modifier::REVERSED),
            sentence: plain.add_modifier(Modifier::UNDERLINED),
            quote: plain.add_modifier(Modifier::ITALIC | Modifier::UNDERLINED),
            quote_marked: plain.add_modifier(Modifier::ITALIC),
            mention: plain.add_modifier(Modifier::BOLD),
            focus: plain.add_modifier(Modifier::REVERSED),
            search: plain.add_modifier(Modifier::UNDERLINED | Modifier::BOLD),
            status: plain.add_modifier(Modifier::REVERSED),
            key: plain.add_modifier(Modifier::BOLD),
            mark: plain.add_modifier(Modifier::BOLD),
            actors: vec![plain],
        }
    }

    /// True when `NO_COLOR` is set to a non-empty value (<https://no-color.org>).
    pub fn no_color_requested() -> bool {
        std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
    }

    /// The colour style of the actor shown at `index` in the actors pane.
    pub fn actor(&self, index: usize) -> Style {
        if self.actors.is_empty() {
            return Style::new();
        }
        self.actors[index % self.actors.len()]
    }
}

const KNOWN: &[&str] = &[
    "text",
    "dim",
    "title",
    "heading",
    "border",
    "border_focus",
    "cursor_bg",
    "sentence_bg",
    "quote_bg",
    "search_bg",
    "status_fg",
    "status_bg",
    "key",
    "mark",
    "actors",
];

/// Parses a colour: a name, `reset`, an index `0`..`255`, or `#rrggbb`.
pub fn parse_colour(s: &str) -> Result<Color> {
    let t = s.trim();
    if t.eq_ignore_ascii_case("reset") || t.eq_ignore_ascii_case("default") {
        return Ok(Color::Reset);
    }
    Color::from_str(t).map_err(|_| anyhow!("unknown colour {s:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_parse() {
        assert_eq!(parse_colour("red").unwrap(), Color::Red);
        assert_eq!(parse_colour("236").unwrap(), Color::Indexed(236));
        assert_eq!(parse_colour("#102030").unwrap(), Color::Rgb(16, 32, 48));
        assert_eq!(parse_colour("reset").unwrap(), Color::Reset);
        assert!(parse_colour("ultraviolet").is_err());
    }

    #[test]
    fn monochrome_has_no_colour() {
        let t = Theme::monochrome();
        for s in [t.text, t.cursor, t.quote, t.mention, t.status, t.actor(3)] {
            assert_eq!(s.fg, None);
            assert_eq!(s.bg, None);
        }
        assert_eq!(
            Theme::from_config(&Config::defaults(), true).unwrap(),
            Theme::monochrome()
        );
    }

    #[test]
    fn defaults_have_colours_and_bad_entries_fail() {
        let t = Theme::default_colours();
        assert!(t.actors.len() >= 6);
        assert_ne!(t.actor(0), t.actor(1));
        let mut c = Config::defaults();
        c.theme.insert("title".into(), vec!["nope".into()]);
        assert!(Theme::from_config(&c, false).is_err());
        let mut c = Config::defaults();
        c.theme.insert("titel".into(), vec!["red".into()]);
        assert!(Theme::from_config(&c, false).is_err());
    }
}
