//! The library at scale: a generated library of 10,000 stories; import throughput
//! (stories/s), the story listing behind `byline list` and the reader's story list, and the
//! reader's first frame on that library (list query, first story's text, lay out, draw into a
//! 160x45 test terminal).
//!
//! Targets: listing and first frame each under 300 ms.

use byline::article::{parse_text, Article};
use byline::library::cli::text_line;
use byline::library::Library;
use byline::tui::library::open_app;
use byline::tui::{view, KeyMap, Theme};
use byline::Options;
use divan::counter::ItemsCount;
use divan::Bencher;
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::path::PathBuf;
use std::sync::OnceLock;

const SAMPLE: &str = include_str!("../assets/samples/iran-drones.txt");
const STORIES: usize = 10_000;
const SIZE: (u16, u16) = (160, 45);

fn main() {
    divan::main();
}

/// `n` distinct stories of about 2 KB: the sample's paragraphs in a rotating order, with a
/// numbered headline, a date spread over three years, a source and a URL per story.
fn generate(n: usize) -> Vec<Article> {
    let base = parse_text(SAMPLE);
    let paragraphs: Vec<&str> = base.text.split("\n\n").filter(|p| !p.is_empty()).collect();
    let start = chrono::NaiveDate::from_ymd_opt(2022, 1, 1).unwrap_or_default();
    (0..n)
        .map(|i| {
            let k = paragraphs.len().max(1);
            let mut text = format!("Story {i} opens with a line of its own.\n\n");
            for j in 0..k {
                text.push_str(paragraphs[(i + j) % k]);
                text.push_str("\n\n");
            }
            Article {
                title: Some(format!(
                    "Generated story {i}: {}",
                    base.title.clone().unwrap_or_default()
                )),
                text,
                published: start.checked_add_days(chrono::Days::new((i % 1000) as u64)),
                source: Some(["Wire A", "Wire B", "Daily C"][i % 3].to_owned()),
                url: Some(format!("https://news.example/{i}")),
                author: None,
                path: None,
            }
        })
        .collect()
}

/// The 10,000-story library, built once per run in a temporary directory.
fn library_path() -> &'static PathBuf {
    static PATH: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &PATH
        .get_or_init(|| {
            let dir = tempfile::tempdir().expect("temp dir");
            let path = dir.path().join("library.db");
            let mut lib = Library::open(&path).expect("library");
            lib.import(generate(STORIES), |_| {}).expect("import");
            (dir, path)
        })
        .1
}

/// Importing 10,000 new stories into an empty library, in committed batches.
#[divan::bench(sample_count = 3, sample_size = 1)]
fn import_10k(bencher: Bencher) {
    bencher
        .counter(ItemsCount::new(STORIES))
        .with_inputs(|| {
            let dir = tempfile::tempdir().expect("temp dir");
            let lib = Library::open(&dir.path().join("library.db")).expect("library");
            (dir, lib, generate(STORIES))
        })
        .bench_local_values(|(dir, mut lib, articles)| {
            let counts = lib.import(articles, |_| {}).expect("import");
            assert_eq!(counts.added, STORIES);
            (dir, lib)
        });
}

/// Every story of the 10,000, newest first, without text (the reader's story list).
#[divan::bench(sample_count = 20)]
fn stories_10k(bencher: Bencher) {
    let lib = Library::open(library_path()).expect("library");
    bencher.bench_local(|| lib.stories().expect("stories").len());
}

/// `byline list` on 10,000 stories: open the library, list, format every line.
#[divan::bench(sample_count = 20)]
fn list_text_10k(bencher: Bencher) {
    let path = library_path();
    bencher.bench_local(|| {
        let lib = Library::open(path).expect("library");
        let mut out = String::new();
        for row in lib.stories().expect("stories") {
            out.push_str(&text_line(&row, 5));
            out.push('\n');
        }
        out.len()
    });
}

/// The reader's first frame on 10,000 stories: open the library, list the stories, read the
/// first one's text (its analysis follows on the worker), lay out and draw at 160x45.
#[divan::bench(sample_count = 20)]
fn first_frame_10k(bencher: Bencher) {
    let path = library_path();
    bencher.bench_local(|| {
        let mut lib = Library::open(path).expect("library");
        let (app, _jobs) = open_app(
            &mut lib,
            Options::default(),
            KeyMap::defaults(),
            Theme::default_colours(),
            SIZE,
        )
        .expect("reader");
        let mut t = Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).expect("terminal");
        t.draw(|f| view::draw(f, &app)).expect("draw");
        app.stories.len()
    });
}
