//! Analysis throughput, in bytes per second (divan's `BytesCount`), on three corpora:
//! - `samples`: the bundled sample stories, each analysed as a separate article;
//! - `news_dev_articles`: 84 real political news articles (PolNeAR dev, about 415 KB), read in place
//!   from `../shared/eval` when it is there (never copied into the repository); when it is
//!   not, the benchmark says so and measures nothing;
//! - `long_story`: one story of about 200 KB made of the samples, as a long feature would be;
//! - `large_story`: one text of about 4 MB made the same way, a book-length transcript: its
//!   throughput next to `long_story`'s shows whether analysis time stays linear in length.
//!
//! Run with `cargo bench --bench analysis`. The binary's allocator (mimalloc) is used here
//! too, so the figures are those of `byline analyze`.

use byline::analysis::analyze_text;
use byline::article::{load_source, Article};
use chrono::NaiveDate;
use divan::counter::BytesCount;
use divan::Bencher;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    divan::main();
}

fn corpus() -> Vec<Article> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/samples");
    load_source(dir)
        .into_iter()
        .filter_map(|l| l.result.ok())
        .collect()
}

/// The texts of the PolNeAR dev articles, or none when the evaluation kit is absent.
fn news_dev() -> Vec<String> {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/eval/polnear/dev/text"
    );
    let Ok(entries) = std::fs::read_dir(dir) else {
        eprintln!("news_dev: {dir} is not here; nothing measured");
        return Vec::new();
    };
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

/// Analyses each text as its own article, the way the reader and `analyze` work.
fn bench_each(bencher: Bencher, texts: &[&str], date: Option<NaiveDate>) {
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        for t in texts {
            divan::black_box(analyze_text(divan::black_box(t), date));
        }
    });
}

/// Every sample story, one analysis per story.
#[divan::bench]
fn samples(bencher: Bencher) {
    let articles = corpus();
    let texts: Vec<&str> = articles.iter().map(|a| a.text.as_str()).collect();
    bench_each(bencher, &texts, NaiveDate::from_ymd_opt(2022, 7, 20));
}

/// 84 real news articles of 2015-2016, one analysis per article.
#[divan::bench]
fn news_dev_articles(bencher: Bencher) {
    let owned = news_dev();
    let texts: Vec<&str> = owned.iter().map(String::as_str).collect();
    bench_each(bencher, &texts, NaiveDate::from_ymd_opt(2016, 6, 1));
}

/// One long story of about 200 KB (the samples repeated), as a feature or a transcript would be.
#[divan::bench]
fn long_story(bencher: Bencher) {
    let text = repeated_samples(200_000);
    bench_each(bencher, &[&text], NaiveDate::from_ymd_opt(2022, 7, 20));
}

/// The samples repeated to about `size` bytes, as one text.
fn repeated_samples(size: usize) -> String {
    let articles = corpus();
    let mut text = String::new();
    while text.len() < size && !articles.is_empty() {
        for a in &articles {
            text.push_str(&a.text);
            text.push_str("\n\n");
        }
    }
    text
}

/// One text of about 4 MB (the samples repeated), as a book-length transcript pasted whole
/// would be; its throughput should match `long_story`'s (analysis time linear in length).
#[divan::bench(sample_count = 10, sample_size = 1)]
fn large_story(bencher: Bencher) {
    let text = repeated_samples(4_000_000);
    bench_each(bencher, &[&text], NaiveDate::from_ymd_opt(2022, 7, 20));
}
