//! byline: a terminal reader for news stories that understands who is in a story, who said
//! what, and what happened when.
//!
//! - [`article`]: the article model and its loaders.
//! - [`analysis`]: the pure analysis pipeline (`analyze(&Article, Options) -> Analysis`).
//! - [`report`]: the JSON and text output of `byline analyze`.
//! - [`tui`]: the terminal reader.
//! - [`config`]: the configuration file (key bindings, theme, fetch limits, feeds).
//! - [`net`]: fetching pages and feeds over HTTP(S).
//! - [`library`]: the SQLite library (stories, read state, subscriptions, cached analyses).

pub mod analysis;
pub mod article;
pub mod cli;
pub mod config;
pub mod library;
pub mod net;
pub mod report;
pub mod tui;

pub use analysis::{analyze, Analysis, Options};
pub use article::Article;
