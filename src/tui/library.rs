//! The reader on the library: building the first screen from the story list alone, and the
//! library work the reader asks for ([`super::app::Request`]): a story's text, its cached
//! analysis, its read state and reading position.
//!
//! Nothing here reads every body or every analysis: the list holds titles and dates only, and
//! a story's text and analysis are read when it is opened, so the first frame of a library of
//! ten thousand stories costs one list query.

use super::app::{App, Request};
use super::{Action, KeyMap, Theme};
use crate::analysis::Analysis;
use crate::article::Article;
use crate::library::Library;
use crate::Options;
use anyhow::Result;

/// A reader on the library's stories, newest first, with the first story's text and (cached)
/// analysis in place. An empty library first gets the bundled samples.
pub fn open_app(
    lib: &mut Library,
    options: Options,
    keymap: KeyMap,
    theme: Theme,
    size: (u16, u16),
) -> Result<(App, Vec<(usize, Article)>)> {
    let mut rows = lib.stories()?;
    if rows.is_empty() {
        lib.import(crate::article::bundled_samples(), |_| {})?;
        rows = lib.stories()?;
    }
    let mut app = App::from_library(&rows, options, keymap, theme, size);
    let served = serve(lib, &mut app, options);
    Ok((app, served.jobs))
}

/// What [`serve`] did.
#[derive(Debug, Default)]
pub struct Served {
    /// Stories opened whose analysis is not cached: analyse them ([`super::app::Story::key`],
    /// article).
    pub jobs: Vec<(usize, Article)>,
    /// What failed, one line each (already shown in the status line).
    pub problems: Vec<String>,
}

/// Carries out (and clears) the reader's library requests: reads the text of stories being
/// opened and their cached analyses, saves read states and positions. Failures do not stop
/// the reader: each becomes a status line message.
pub fn serve(lib: &Library, app: &mut App, options: Options) -> Served {
    let mut served = Served::default();
    for request in std::mem::take(&mut app.requests) {
        if let Err(e) = serve_one(lib, app, options, request, &mut served.jobs) {
            let line = crate::cli::one_line(&e);
            app.update(Action::Problem(line.clone()));
            served.problems.push(line);
        }
    }
    served
}

fn serve_one(
    lib: &Library,
    app: &mut App,
    options: Options,
    request: Request,
    jobs: &mut Vec<(usize, Article)>,
) -> Result<()> {
    match request {
        Request::Load(key) => {
            let Some(i) = app.index_of(key) else {
                return Ok(());
            };
            let Some(stored) = app.stories[i].stored.as_ref() else {
                return Ok(());
            };
            if stored.loaded {
                return Ok(());
            }
            let (id, hash) = (stored.id, stored.hash.clone());
            // A story deleted meanwhile reads as empty rather than failing the reader.
            let text = lib.story_text(id)?.unwrap_or_default();
            app.update(Action::TextLoaded(key, text));
            // (a text arriving changes the story, not the list: `i` still names it)
            let Some(article) = app.stories.get(i).map(|s| &s.article) else {
                return Ok(());
            };
            let date = options.reference_date.or(article.published);
            match lib.cached_analysis(&hash, date)? {
                Some(a) => app.update(Action::Analysed(key, Box::new(a))),
                None => jobs.push((key, article.clone())),
            }
        }
        Request::MarkRead(id) => lib.set_read(id, true)?,
        Request::SavePosition(id, position) => lib.set_position(id, position)?,
    }
    Ok(())
}

/// Caches a fresh analysis of the story with this key so the next open does not analyse it
/// again.
pub fn store(
    lib: &Library,
    app: &App,
    options: Options,
    key: usize,
    analysis: &Analysis,
) -> Result<()> {
    let Some(story) = app.index_of(key).map(|i| &app.stories[i]) else {
        return Ok(());
    };
    let Some(stored) = &story.stored else {
        return Ok(());
    };
    let date = options.reference_date.or(story.article.published);
    lib.store_analysis(&stored.hash, date, analysis)
}
