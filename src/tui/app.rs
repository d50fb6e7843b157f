//! The reader's state and [`App::update`], the one place it changes.

use super::keymap::KeyMap;
use super::layout::{self, Areas, Pane};
use super::links::{ActorLine, Links};
use super::theme::Theme;
use super::wrap::Wrapped;
use crate::analysis::{ActorId, Analysis, EventId, QuoteId, Span};
use crate::article::Article;
use crate::library::{StoryId, StoryRow};
use crate::Options;
use ratatui::layout::Rect;

/// What the reader is on; it decides what lights up and what the status line says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Selection {
    /// Nothing.
    #[default]
    None,
    /// A quote (walked with n/N, reached from an actor, or clicked).
    Quote(QuoteId),
    /// An actor (in the actors pane).
    Actor(ActorId),
    /// An event (in the timeline).
    Event(EventId),
}

/// A search of the story text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    /// What was searched for.
    pub query: String,
    /// Every match, in text order.
    pub matches: Vec<Span>,
    /// The match the reader is on.
    pub current: Option<usize>,
}

/// Per-story view state, kept when switching stories.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct View {
    /// What is selected.
    pub selection: Selection,
    /// The actor row (index into [`Links::actor_order`]).
    pub actor_cursor: usize,
    /// The event row.
    pub event_cursor: usize,
    /// The first screen line of the article shown.
    pub scroll: usize,
    /// The span the reader is on in the text (a quote, mention, sentence or match).
    pub focus_span: Option<Span>,
    /// The active search.
    pub search: Option<Search>,
}

/// An analysed story: its analysis and the links precomputed from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ready {
    /// The analysis.
    pub analysis: Analysis,
    /// Its precomputed links.
    pub links: Links,
}

/// Where a story's analysis stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoryState {
    /// Being analysed off the UI thread.
    Analysing,
    /// Analysed.
    Ready(Box<Ready>),
    /// The analysis failed (the reason).
    Failed(String),
}

/// What the reader knows of a story that lives in the library.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    /// Its id in the library.
    pub id: StoryId,
    /// Its content hash (the analysis cache key).
    pub hash: String,
    /// Opened before (or now).
    pub read: bool,
    /// The saved reading position: the byte offset of the first line shown.
    pub position: usize,
    /// Its text has been read from the library into [`Story::article`].
    pub loaded: bool,
}

/// Something the run loop must do with the library (the reader's state never touches the
/// file itself; [`App::update`] queues these in [`App::requests`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// The story with this [`Story::key`] needs its text, then its analysis.
    Load(usize),
    /// The story was opened: save it as read.
    MarkRead(StoryId),
    /// Save the reading position (a byte offset) of the story.
    SavePosition(StoryId, usize),
}

/// One open story.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Story {
    /// Names the story for the threads that work on it (analysis results and texts come back
    /// with it): unique in the reader, and the story's index in the list the reader opened
    /// with. A story a refresh adds gets the next free key, wherever it goes in the list.
    pub key: usize,
    /// The article.
    pub article: Article,
    /// The title shown.
    pub title: String,
    /// The source/date line shown under the title.
    pub meta: String,
    /// Its analysis, when it has arrived.
    pub state: StoryState,
    /// Where the reader is in it.
    pub view: View,
    /// Its text wrapped at the current width.
    pub wrapped: Wrapped,
    /// Its place in the library, when it comes from there.
    pub stored: Option<Stored>,
}

impl Story {
    /// A story not analysed yet, dated by `options` or its own date.
    pub fn new(article: Article, options: Options) -> Story {
        let title = article
            .title
            .clone()
            .filter(|t| !t.trim().is_empty())
            .unwrap_or_else(|| "(untitled)".to_owned());
        let mut meta = Vec::new();
        if let Some(s) = article.source.as_deref().filter(|s| !s.trim().is_empty()) {
            meta.push(s.to_owned());
        }
        if let Some(d) = options.reference_date.or(article.published) {
            meta.push(d.format("%Y-%m-%d").to_string());
        }
        if let Some(a) = article.author.as_deref().filter(|s| !s.trim().is_empty()) {
            meta.push(a.to_owned());
        }
        if meta.is_empty() {
            if let Some(p) = &article.path {
                meta.push(p.clone());
            }
        }
        // Newlines would break the one-line header blocks.
        let title = title.replace(['\n', '\r'], " ");
        let meta = meta.join(" · ").replace(['\n', '\r'], " ");
        Story {
            key: 0,
            article,
            title,
            meta,
            state: StoryState::Analysing,
            view: View::default(),
            wrapped: Wrapped::default(),
            stored: None,
        }
    }

    /// A story listed in the library, its text not read yet.
    pub fn from_row(row: &StoryRow, options: Options) -> Story {
        let mut story = Story::new(row.to_article(String::new()), options);
        story.stored = Some(Stored {
            id: row.id,
            hash: row.hash.clone(),
            read: row.read,
            position: row.position,
            loaded: false,
        });
        story
    }

    /// The text is here (always, except for a library story not read yet).
    pub fn loaded(&self) -> bool {
        self.stored.as_ref().is_none_or(|s| s.loaded)
    }

    /// The analysis and links, when ready.
    pub fn ready(&self) -> Option<&Ready> {
        match &self.state {
            StoryState::Ready(r) => Some(r),
            _ => None,
        }
    }
}

/// The whole reader state.
#[derive(Debug, Clone)]
pub struct App {
    /// The open stories (at least one).
    pub stories: Vec<Story>,
    /// The story shown.
    pub current: usize,
    /// The focused pane.
    pub focus: Pane,
    /// Terminal size (columns, rows).
    pub size: (u16, u16),
    /// Key bindings (the help lists them).
    pub keymap: KeyMap,
    /// Styles.
    pub theme: Theme,
    /// The help overlay is open.
    pub help: bool,
    /// The search prompt, while typing.
    pub search_input: Option<String>,
    /// A one-off message for the status line, cleared by the next command.
    pub message: Option<String>,
    /// The reader asked to quit.
    pub quit: bool,
    /// A URL to open in the browser (taken by the run loop).
    pub open_request: Option<String>,
    /// Work for the library, in order (taken by the run loop).
    pub requests: Vec<Request>,
    /// A refresh of the feeds was asked for (taken by the run loop).
    pub refresh_request: bool,
    /// A background refresh is running.
    pub refreshing: bool,
}

impl App {
    /// A reader on these articles (none analysed yet), `size` columns by rows. With no
    /// article, an empty placeholder story is opened.
    pub fn new(
        articles: Vec<Article>,
        options: Options,
        keymap: KeyMap,
        theme: Theme,
        size: (u16, u16),
    ) -> App {
        let mut stories: Vec<Story> = articles
            .into_iter()
            .enumerate()
            .map(|(key, a)| Story {
                key,
                ..Story::new(a, options)
            })
            .collect();
        if stories.is_empty() {
            stories.push(Story::new(Article::default(), options));
        }
        let mut app = App {
            stories,
            current: 0,
            focus: Pane::Article,
            size,
            keymap,
            theme,
            help: false,
            search_input: None,
            message: None,
            quit: false,
            open_request: None,
            requests: Vec::new(),
            refresh_request: false,
            refreshing: false,
        };
        app.rewrap();
        app
    }

    /// A reader on the library's stories (`rows`, newest first), none loaded yet: the first
    /// one is opened, which queues its text and its read state in [`App::requests`]. With no
    /// row, an empty placeholder story is opened.
    pub fn from_library(
        rows: &[StoryRow],
        options: Options,
        keymap: KeyMap,
        theme: Theme,
        size: (u16, u16),
    ) -> App {
        let mut app = App::new(Vec::new(), options, keymap, theme, size);
        if !rows.is_empty() {
            app.stories = rows
                .iter()
                .enumerate()
                .map(|(key, r)| Story {
                    key,
                    ..Story::from_row(r, options)
                })
                .collect();
            app.opened();
            app.rewrap();
        }
        app
    }

    /// The story shown.
    pub fn story(&self) -> &Story {
        &self.stories[self.current.min(self.stories.len() - 1)]
    }

    pub(super) fn story_mut(&mut self) -> &mut Story {
        let i = self.current.min(self.stories.len() - 1);
        &mut self.stories[i]
    }

    /// The index in [`App::stories`] of the story with this [`Story::key`].
    pub fn index_of(&self, key: usize) -> Option<usize> {
        self.stories.iter().position(|s| s.key == key)
    }

    /// More than one story is open (the story list shows).
    pub fn multi(&self) -> bool {
        self.stories.len() > 1
    }

    /// The frame's layout at the current size and focus.
    pub fn areas(&self) -> Areas {
        layout::areas(
            Rect::new(0, 0, self.size.0, self.size.1),
            self.multi(),
            self.focus,
        )
    }

    /// Rows of text the article pane shows.
    pub fn text_height(&self) -> usize {
        let area = Rect::new(0, 0, self.size.0, self.size.1);
        layout::areas(area, self.multi(), Pane::Article)
            .article
            .map_or(1, |r| usize::from(layout::article_text(r).height).max(1))
    }

    pub(super) fn list_height(&self, pane: Pane) -> usize {
        let area = Rect::new(0, 0, self.size.0, self.size.1);
        layout::areas(area, self.multi(), pane)
            .pane(pane)
            .map_or(1, |r| usize::from(layout::inner(r).height).max(1))
    }

    /// Sends a key through the key map and applies what it means (a test and bench helper;
    /// the run loop does the same through [`super::input::to_action`]).
    pub fn press(&mut self, key: crossterm::event::KeyEvent) {
        if let Some(a) = super::input::to_action(self, crossterm::event::Event::Key(key)) {
            self.update(a);
        }
    }
}

/// The rows `start..end` of the actor at `cursor` in the actors pane (name and role).
pub fn actor_cursor_lines(links: &Links, cursor: usize) -> (usize, usize) {
    let Some(actor) = links.actor_order.get(cursor) else {
        return (0, 0);
    };
    let s = links.actor_line.get(actor.0).copied().unwrap_or(0);
    let e = if matches!(links.actor_lines.get(s + 1), Some(ActorLine::Role(_))) {
        s + 2
    } else {
        s + 1
    };
    // Keep the group heading in view when the first actor of a group is selected.
    let s = if s > 0 && matches!(links.actor_lines.get(s - 1), Some(ActorLine::Heading(_))) {
        s - 1
    } else {
        s
    };
    (s, e)
}
