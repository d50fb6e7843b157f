//! Reader frame times: start to first frame on the sample (load, analyse, lay out, draw into
//! a 160x45 test terminal), and one key press plus a frame on a 200 KB story.
//!
//! Targets: first frame under 50 ms, a key under 5 ms.

use byline::analysis::{analyze, Options};
use byline::article::{parse_text, Article};
use byline::tui::{view, Action, App, KeyMap, Theme};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use divan::Bencher;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

const SAMPLE: &str = include_str!("../assets/samples/iran-drones.txt");
const SIZE: (u16, u16) = (160, 45);

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    // The very first frame of a process also loads the lexicon (cached afterwards, so the
    // divan samples below are warm): time it once, cold, before divan starts.
    let start = std::time::Instant::now();
    first_frame();
    eprintln!(
        "cold first frame (lexicon load included): {:.2} ms",
        start.elapsed().as_secs_f64() * 1e3
    );
    divan::main();
}

fn first_frame() {
    let (_, t) = reader_on(parse_text(SAMPLE));
    divan::black_box(t.backend().buffer().area);
}

/// Analyses the article, builds the reader on it, hands it the analysis and draws a frame.
fn reader_on(article: Article) -> (App, Terminal<TestBackend>) {
    let analysis = analyze(&article, options());
    let mut app = App::new(
        vec![article],
        options(),
        KeyMap::defaults(),
        Theme::default_colours(),
        SIZE,
    );
    app.update(Action::Analysed(0, Box::new(analysis)));
    let mut t = terminal();
    t.draw(|f| view::draw(f, &app)).expect("draw");
    (app, t)
}

fn options() -> Options {
    Options {
        reference_date: chrono::NaiveDate::from_ymd_opt(2022, 7, 20),
    }
}

fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).expect("test terminal")
}

/// Load, analyse, build the reader and draw the first frame.
#[divan::bench(sample_count = 50)]
fn first_frame_sample(bencher: Bencher) {
    bencher.bench_local(first_frame);
}

/// A story of about 200 KB made of the sample's paragraphs, repeated.
fn big_story() -> Article {
    let sample = parse_text(SAMPLE);
    let mut text = String::new();
    while text.len() < 200_000 {
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(&sample.text);
    }
    Article { text, ..sample }
}

fn big_app() -> (App, Terminal<TestBackend>) {
    reader_on(big_story())
}

fn key(c: KeyCode) -> KeyEvent {
    KeyEvent::new(c, KeyModifiers::NONE)
}

fn bench_key(bencher: Bencher, setup: &[KeyEvent], k: KeyEvent) {
    let (mut app, mut t) = big_app();
    for &s in setup {
        app.press(s);
    }
    bencher.bench_local(|| {
        app.press(k);
        t.draw(|f| view::draw(f, &app)).expect("draw");
    });
}

/// `n` (next quote, scrolls the text) and a frame, on a 200 KB story.
#[divan::bench(sample_count = 200)]
fn key_next_quote_200kb(bencher: Bencher) {
    bench_key(bencher, &[], key(KeyCode::Char('n')));
}

/// `j` in the actors pane (selects an actor, lights all its mentions) and a frame.
#[divan::bench(sample_count = 200)]
fn key_next_actor_200kb(bencher: Bencher) {
    bench_key(bencher, &[key(KeyCode::Tab)], key(KeyCode::Char('j')));
}

/// `PageDown` in the text (with the speaker's mentions lit) and a frame.
#[divan::bench(sample_count = 200)]
fn key_page_down_200kb(bencher: Bencher) {
    bench_key(
        bencher,
        &[
            key(KeyCode::Char('n')),
            key(KeyCode::Char('s')),
            key(KeyCode::BackTab),
        ],
        key(KeyCode::PageDown),
    );
}

/// `j` in the timeline (selects an event, scrolls to its sentence) and a frame.
#[divan::bench(sample_count = 200)]
fn key_next_event_200kb(bencher: Bencher) {
    bench_key(
        bencher,
        &[key(KeyCode::Tab), key(KeyCode::Tab)],
        key(KeyCode::Char('j')),
    );
}
