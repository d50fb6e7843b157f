//! Analysis throughput on a realistic corpus: the bundled sample stories, each analysed as a
//! separate article, and one long story made of them. Run with `cargo bench --bench analysis`;
//! divan reports the time per iteration and the throughput in bytes per second.

use byline::analysis::analyze_text;
use byline::article::{load_source, Article};
use chrono::NaiveDate;
use divan::counter::BytesCount;
use divan::Bencher;

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

/// Every sample story, one analysis per story (the way the reader and `analyze` work).
#[divan::bench]
fn samples(bencher: Bencher) {
    let articles = corpus();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let date = NaiveDate::from_ymd_opt(2022, 7, 20);
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        for a in &articles {
            divan::black_box(analyze_text(divan::black_box(&a.text), date));
        }
    });
}

/// One long story of about 200 KB (the samples repeated), as a feature or a transcript would be.
#[divan::bench]
fn long_story(bencher: Bencher) {
    let articles = corpus();
    let mut text = String::new();
    while text.len() < 200_000 {
        for a in &articles {
            text.push_str(&a.text);
            text.push_str("\n\n");
        }
    }
    let date = NaiveDate::from_ymd_opt(2022, 7, 20);
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| divan::black_box(analyze_text(divan::black_box(&text), date)));
}
