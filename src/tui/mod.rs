//! The terminal reader.
//!
//! The shape of it: an [`App`] holds the whole state; terminal events become [`Action`]s
//! ([`input`]), and [`App::update`] ([`update`]) is the one place the state changes; [`view::draw`] and the
//! [`panes`] only read it. The key map ([`keymap`]) and the [`theme`] come from the
//! configuration. Each story is analysed once, on a worker thread ([`worker`]); the links to
//! light up are precomputed then ([`links`]), never on a key press. The terminal is restored
//! on every exit path by a drop guard and a panic hook ([`terminal`]).

pub mod action;
pub mod app;
pub mod dates;
pub mod highlight;
pub mod input;
pub mod keymap;
pub mod layout;
pub mod library;
pub mod links;
pub mod panes;
pub mod terminal;
pub mod theme;
pub mod update;
pub mod view;
pub mod worker;
pub mod wrap;

pub use action::{Action, Command};
pub use app::{App, Selection};
pub use keymap::KeyMap;
pub use theme::Theme;

use crate::article::Article;
use crate::config::Config;
use anyhow::{Context, Result};
use std::sync::mpsc;
use std::time::Duration;

/// Opens the reader on these articles (already loaded), each analysed with `options`, with
/// the key bindings and theme of `config`. Returns when the reader quits; the terminal is
/// restored whatever happens.
pub fn run(articles: Vec<Article>, options: crate::Options, config: &Config) -> Result<()> {
    let keymap = KeyMap::from_config(config).context("bad key bindings")?;
    let theme = Theme::from_config(config, Theme::no_color_requested()).context("bad theme")?;
    let for_worker = articles.clone();
    let (w, h) = crossterm::terminal::size().unwrap_or((80, 24));
    let mut app = App::new(articles, options, keymap, theme, (w, h));
    let (tx, rx) = mpsc::channel();
    let worker = worker::spawn(for_worker, options, tx).context("cannot start the analysis")?;
    let mut requested = vec![false; app.stories.len()];
    event_loop(
        &mut app,
        &rx,
        |_, _| None,
        |app| {
            // The story on screen is analysed next if it is still waiting.
            if matches!(app.story().state, app::StoryState::Analysing) {
                if let Some(asked @ false) = requested.get_mut(app.current) {
                    *asked = true;
                    let _ = worker.priority.send(app.story().key);
                }
            }
        },
    )
}

/// Opens the reader on the library (see [`library`]): the story list newest first, each
/// story's text and analysis read when it is opened, analyses missing from the cache made on
/// a worker thread and stored, read states and reading positions saved as the reader goes.
pub fn run_library(
    lib: &mut crate::library::Library,
    options: crate::Options,
    config: &Config,
) -> Result<()> {
    let keymap = KeyMap::from_config(config).context("bad key bindings")?;
    let theme = Theme::from_config(config, Theme::no_color_requested()).context("bad theme")?;
    let (w, h) = crossterm::terminal::size().unwrap_or((80, 24));
    let (mut app, jobs) = library::open_app(lib, options, keymap, theme, (w, h))?;
    let (tx, rx) = mpsc::channel();
    let refresh_tx = tx.clone();
    let worker = worker::spawn_on_demand(options, tx).context("cannot start the analysis")?;
    let lib_path = lib.path().to_path_buf();
    for job in jobs {
        let _ = worker.jobs.send(job);
    }
    let lib = &*lib;
    let result = event_loop(
        &mut app,
        &rx,
        |app, arrived| match arrived {
            Action::Analysed(key, a) => library::store(lib, app, options, *key, a)
                .err()
                .map(|e| crate::cli::one_line(&e)),
            _ => None,
        },
        |app| {
            for job in library::serve(lib, app, options).jobs {
                let _ = worker.jobs.send(job);
            }
            if std::mem::take(&mut app.refresh_request) {
                app.refreshing = true;
                spawn_refresh(
                    lib_path.clone(),
                    config.clone(),
                    options,
                    refresh_tx.clone(),
                );
            }
        },
    );
    // The last reading position is saved even when drawing failed.
    library::serve(lib, &mut app, options);
    result
}

/// Refreshes the feeds on a thread of its own, with its own connection to the library, sending
/// progress and, at the end, the library's stories to the reader.
fn spawn_refresh(
    path: std::path::PathBuf,
    config: Config,
    options: crate::Options,
    tx: mpsc::Sender<Action>,
) {
    std::thread::spawn(move || {
        let run = || -> Result<(Vec<crate::library::StoryRow>, String)> {
            let mut lib = crate::library::Library::open(&path)?;
            let feeds = crate::net::refresh_list(&config, &lib)?;
            if feeds.is_empty() {
                let hint = "no feeds to refresh: add [[feeds]] to the config, or subscribe";
                return Ok((Vec::new(), hint.into()));
            }
            let (mut new, mut failed) = (0, 0);
            let limits = crate::net::FetchLimits::from_config(&config);
            crate::net::refresh(&mut lib, &feeds, &limits, |p| {
                match &p.item.result {
                    Ok(c) => new += c.added,
                    Err(_) => failed += 1,
                }
                let _ = tx.send(Action::RefreshProgress(format!(
                    "refreshing {}/{} feeds · {new} new",
                    p.done, p.total
                )));
            })?;
            let line = format!(
                "refreshed {}: {new} new, {failed} failed",
                crate::cli::plural(feeds.len(), "feed", "feeds")
            );
            Ok((lib.stories()?, line))
        };
        let (rows, line) = run().unwrap_or_else(|e| {
            (
                Vec::new(),
                format!("refresh failed: {}", crate::cli::one_line(&e)),
            )
        });
        let _ = tx.send(Action::Refreshed(rows, options, line));
    });
}

/// The reader's loop: draw when something changed, apply the worker's results and the
/// terminal's events. `arrived` sees each result of the worker before it is applied (and may
/// return a problem for the status line); `after` gets a turn after each change to start the
/// work the new state needs.
fn event_loop(
    app: &mut App,
    rx: &mpsc::Receiver<Action>,
    mut arrived: impl FnMut(&App, &Action) -> Option<String>,
    mut after: impl FnMut(&mut App),
) -> Result<()> {
    let mut guard = terminal::TerminalGuard::enter()?;
    if let Ok(size) = guard.terminal.size() {
        app.update(Action::Resize(size.width, size.height));
    }
    after(app);
    let mut dirty = true;
    while !app.quit {
        if dirty {
            guard
                .terminal
                .draw(|f| view::draw(f, app))
                .context("cannot draw")?;
            dirty = false;
        }
        while let Ok(action) = rx.try_recv() {
            let problem = arrived(app, &action);
            app.update(action);
            if let Some(p) = problem {
                app.update(Action::Problem(p));
            }
            after(app);
            dirty = true;
        }
        if dirty {
            continue;
        }
        if crossterm::event::poll(Duration::from_millis(50)).context("cannot read the terminal")? {
            let ev = crossterm::event::read().context("cannot read the terminal")?;
            if let Some(action) = input::to_action(app, ev) {
                app.update(action);
                dirty = true;
            }
        }
        if let Some(url) = app.open_request.take() {
            open_url(&url);
        }
        after(app);
    }
    drop(guard);
    Ok(())
}

/// Opens a URL with the desktop's opener, without waiting for it.
fn open_url(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    let child = std::process::Command::new(opener)
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    if let Ok(mut child) = child {
        // Reap it in the background so it leaves no zombie.
        std::thread::spawn(move || {
            let _ = child.wait();
        });
    }
}
