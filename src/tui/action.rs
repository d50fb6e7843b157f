//! What can happen to the reader: [`Command`]s a key can be bound to, and every [`Action`]
//! [`crate::tui::App::update`] applies (commands, typed search text, mouse, resize, analyses).

use crate::analysis::Analysis;

macro_rules! commands {
    ($($variant:ident => $name:literal, $desc:literal;)*) => {
        /// A named action a key can be bound to in `[keys]`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Command {
            $(
                #[doc = $desc]
                $variant,
            )*
        }

        impl Command {
            /// Every command, in the order the help lists them.
            pub const ALL: &'static [Command] = &[$(Command::$variant),*];

            /// The name used in `[keys]` (e.g. `next_quote`).
            pub fn name(self) -> &'static str {
                match self {
                    $(Command::$variant => $name,)*
                }
            }

            /// What it does, for the help (e.g. "next quote").
            pub fn description(self) -> &'static str {
                match self {
                    $(Command::$variant => $desc,)*
                }
            }

            /// The command with this `[keys]` name.
            pub fn from_name(name: &str) -> Option<Command> {
                match name {
                    $($name => Some(Command::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

commands! {
    NextQuote => "next_quote", "next quote (next match while searching)";
    PrevQuote => "prev_quote", "previous quote (previous match while searching)";
    Speaker => "speaker", "go to the speaker of the quote";
    Event => "event", "go to the event of the quote or sentence";
    Activate => "activate", "actor: its next quote or mention; story: open";
    NextPane => "next_pane", "next pane";
    PrevPane => "prev_pane", "previous pane";
    Down => "down", "move down / scroll down";
    Up => "up", "move up / scroll up";
    Top => "top", "top";
    Bottom => "bottom", "bottom";
    PageUp => "page_up", "page up";
    PageDown => "page_down", "page down";
    HalfPageUp => "half_page_up", "half a page up";
    HalfPageDown => "half_page_down", "half a page down";
    NextStory => "next_story", "next story";
    PrevStory => "prev_story", "previous story";
    Search => "search", "search the text (type, Enter)";
    Clear => "clear", "clear the selection or search";
    OpenUrl => "open_url", "open the story's URL";
    Refresh => "refresh", "refresh the feeds in the background";
    Help => "help", "show or hide this help";
    Quit => "quit", "quit";
}

/// Everything that changes the reader's state, applied by [`crate::tui::App::update`].
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A bound command.
    Command(Command),
    /// A character typed into the search prompt.
    SearchInput(char),
    /// Backspace in the search prompt.
    SearchBackspace,
    /// Enter in the search prompt: run the search.
    SearchSubmit,
    /// Esc in the search prompt: leave it.
    SearchCancel,
    /// A left click at a terminal cell (column, row).
    Click(u16, u16),
    /// The wheel turned up over a terminal cell (column, row).
    ScrollUp(u16, u16),
    /// The wheel turned down over a terminal cell (column, row).
    ScrollDown(u16, u16),
    /// The terminal now has this size (columns, rows).
    Resize(u16, u16),
    /// The analysis of the story with key `0` ([`super::app::Story::key`]) arrived.
    Analysed(usize, Box<Analysis>),
    /// The analysis of the story with key `0` failed for this reason.
    AnalysisFailed(usize, String),
    /// The text of the library story with key `0` was read from the library.
    TextLoaded(usize, String),
    /// Something outside the reader failed (saving to the library): shown in the status line.
    Problem(String),
    /// A background refresh reports its progress: shown in the status line.
    RefreshProgress(String),
    /// A background refresh ended: the library's stories now (new ones join the list, dated
    /// with these options), and a closing line for the status line.
    Refreshed(Vec<crate::library::StoryRow>, crate::Options, String),
}

impl From<Command> for Action {
    fn from(c: Command) -> Self {
        Action::Command(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for &c in Command::ALL {
            assert_eq!(Command::from_name(c.name()), Some(c));
        }
        assert_eq!(
            Command::NextQuote.description().split(" (").next(),
            Some("next quote")
        );
        assert_eq!(Command::from_name("nope"), None);
    }
}
