//! The reader on the library, without a terminal: the first screen from the story list,
//! texts and cached analyses read on opening, read states and reading positions saved.

use crate::tui_common;

use byline::analysis::analyze;
use byline::library::Library;
use byline::tui::app::StoryState;
use byline::tui::library::{open_app, serve, store};
use byline::tui::{view, App, KeyMap, Theme};
use byline::Options;
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use tui_common::{press, sample_options};

const SIZE: (u16, u16) = (160, 45);

fn open(lib: &mut Library, options: Options) -> (App, Vec<(usize, byline::Article)>) {
    open_sized(lib, options, SIZE)
}

/// A small screen, so that every sample scrolls.
const SMALL: (u16, u16) = (60, 20);

fn open_sized(
    lib: &mut Library,
    options: Options,
    size: (u16, u16),
) -> (App, Vec<(usize, byline::Article)>) {
    open_app(
        lib,
        options,
        KeyMap::defaults(),
        Theme::default_colours(),
        size,
    )
    .unwrap()
}

/// Runs the worker's part synchronously: analyses each job, caches it and hands it over.
fn analyse_jobs(
    lib: &Library,
    app: &mut App,
    options: Options,
    jobs: Vec<(usize, byline::Article)>,
) {
    for (i, article) in jobs {
        let a = analyze(&article, options);
        store(lib, app, options, i, &a).unwrap();
        app.update(byline::tui::Action::Analysed(i, Box::new(a)));
    }
}

fn screen(app: &App) -> String {
    let mut t = Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).unwrap();
    t.draw(|f| view::draw(f, app)).unwrap();
    let buf = t.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol().to_owned())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_first_run_imports_the_samples_and_a_second_open_never_reanalyses() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lib.db");
    let options = sample_options();
    let mut lib = Library::open(&path).unwrap();
    let (mut app, jobs) = open(&mut lib, options);
    let samples = byline::article::bundled_samples().len();
    assert_eq!(app.stories.len(), samples, "the bundled samples");
    // Only the story shown is read and analysed; the others stay as listed.
    assert!(app.stories[0].loaded() && !app.stories[0].article.text.is_empty());
    assert!(app.stories[1..]
        .iter()
        .all(|s| !s.loaded() && s.article.text.is_empty()));
    assert_eq!(jobs.len(), 1);
    assert_eq!(jobs[0].0, 0);
    analyse_jobs(&lib, &mut app, options, jobs);
    assert!(app.stories[0].ready().is_some());
    let first = app.stories[0].stored.clone().unwrap();
    assert!(first.read);
    assert!(
        lib.story(first.id).unwrap().unwrap().read,
        "read state saved"
    );
    // The others are listed unread, with a dot.
    let shown = screen(&app);
    assert_eq!(shown.matches('•').count(), samples - 1, "{shown}");

    drop(app);
    drop(lib);
    let mut lib = Library::open(&path).unwrap();
    let (app, jobs) = open(&mut lib, options);
    assert!(jobs.is_empty(), "the analysis came from the cache");
    assert!(matches!(app.stories[0].state, StoryState::Ready(_)));
    assert_eq!(app.stories.len(), samples, "the samples are imported once");
}

#[test]
fn next_story_loads_it_and_positions_are_restored() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lib.db");
    let options = Options::default();
    let mut lib = Library::open(&path).unwrap();
    let (mut app, jobs) = open_sized(&mut lib, options, SMALL);
    analyse_jobs(&lib, &mut app, options, jobs);
    // Scroll into the first story, then go to the next one.
    press(&mut app, "C-d C-d");
    let scrolled = app.story().view.scroll;
    assert!(scrolled > 0);
    let position = app.top_byte();
    assert!(position > 0);
    press(&mut app, "]");
    assert_eq!(app.current, 1);
    let served = serve(&lib, &mut app, options);
    assert!(served.problems.is_empty(), "{:?}", served.problems);
    assert_eq!(served.jobs.len(), 1);
    assert!(app.stories[1].loaded());
    let id0 = app.stories[0].stored.as_ref().unwrap().id;
    let id1 = app.stories[1].stored.as_ref().unwrap().id;
    assert_eq!(lib.story(id0).unwrap().unwrap().position, position);
    assert!(lib.story(id1).unwrap().unwrap().read);
    // Back and forth in memory keeps the place.
    press(&mut app, "[");
    assert_eq!(app.story().view.scroll, scrolled);

    // A new reader puts the first story back where it was left.
    drop(app);
    let (app, _) = open_sized(&mut lib, options, SMALL);
    assert_eq!(app.current, 0);
    assert_eq!(app.top_byte(), position);
    assert_eq!(app.story().view.scroll, scrolled);
}

#[test]
fn quitting_saves_the_position() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = Library::open(&dir.path().join("lib.db")).unwrap();
    let options = Options::default();
    let (mut app, _) = open_sized(&mut lib, options, SMALL);
    press(&mut app, "C-d q");
    assert!(app.quit);
    let position = app.top_byte();
    serve(&lib, &mut app, options);
    let id = app.stories[0].stored.as_ref().unwrap().id;
    assert_eq!(lib.story(id).unwrap().unwrap().position, position);
    assert!(position > 0);
}
