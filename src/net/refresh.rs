//! `byline refresh` and OPML import: feeds into the library.

use super::{fetch_feeds, parse_opml, FeedOutcome, FeedSpec, FetchLimits};
use crate::config::Config;
use crate::library::{ImportCounts, Library};
use anyhow::{Context, Result};
use std::path::Path;

/// Feeds fetched at the same time by a refresh.
pub const REFRESH_WORKERS: usize = 4;

/// What one feed of a refresh gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedReport {
    /// The feed's URL.
    pub url: String,
    /// New and already stored stories, or the feed's error (one line).
    pub result: std::result::Result<ImportCounts, String>,
    /// Non-fatal notes (items whose full page could not be read).
    pub warnings: Vec<String>,
}

/// Progress of a refresh, reported as each feed is stored.
pub type RefreshProgress<'a> = super::Progress<'a, FeedReport>;

/// The feeds a refresh fetches: the config's `[[feeds]]`, then the library's subscriptions
/// whose URL the config does not list already.
pub fn refresh_list(config: &Config, library: &Library) -> Result<Vec<FeedSpec>> {
    let mut feeds = config.feeds.clone();
    for sub in library.subscriptions()? {
        if !feeds.iter().any(|f| f.url == sub.url) {
            feeds.push(FeedSpec {
                url: sub.url,
                title: sub.title,
                full_text: sub.full_text,
            });
        }
    }
    Ok(feeds)
}

/// Fetches `feeds` a few at a time and stores each feed's stories in the library as it
/// arrives (one transactional import per feed), recording each subscription's fetch and
/// error. A feed that fails does not stop the others; an error of the library itself does.
pub fn refresh(
    library: &mut Library,
    feeds: &[FeedSpec],
    limits: &FetchLimits,
    mut on_progress: impl FnMut(RefreshProgress<'_>),
) -> Result<Vec<FeedReport>> {
    let mut reports = Vec::with_capacity(feeds.len());
    let mut failure: Option<anyhow::Error> = None;
    fetch_feeds(feeds, limits, REFRESH_WORKERS, |p| {
        if failure.is_some() {
            return;
        }
        match store(library, p.item) {
            Ok(report) => {
                on_progress(RefreshProgress {
                    done: p.done,
                    total: p.total,
                    item: &report,
                });
                reports.push(report);
            }
            Err(e) => failure = Some(e),
        }
    });
    match failure {
        Some(e) => Err(e),
        None => Ok(reports),
    }
}

fn store(library: &mut Library, outcome: &FeedOutcome) -> Result<FeedReport> {
    let url = outcome.feed.url.clone();
    let result = match &outcome.result {
        Ok(articles) => Ok(library.import(articles.iter().cloned(), |_| {})?),
        Err(e) => Err(crate::cli::one_line(e)),
    };
    library.record_fetch(&url, result.as_ref().map(drop).map_err(String::as_str))?;
    Ok(FeedReport {
        url,
        result,
        warnings: outcome.warnings.clone(),
    })
}

/// What an OPML import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OpmlImport {
    /// Feeds followed for the first time.
    pub new: usize,
    /// Feeds the library already followed.
    pub existing: usize,
    /// Outlines left out (not an http(s) URL), as `url: reason`.
    pub rejected: Vec<String>,
}

/// Adds every feed of an OPML file to the library's subscriptions. Feeds already followed
/// are left as they are (their title and `full_text` setting kept), so importing the same
/// file twice adds nothing.
pub fn import_opml(library: &Library, path: &Path) -> Result<OpmlImport> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let parsed = parse_opml(&bytes)?;
    let followed: Vec<String> = library
        .subscriptions()?
        .into_iter()
        .map(|s| s.url)
        .collect();
    let mut out = OpmlImport {
        rejected: parsed.rejected,
        ..OpmlImport::default()
    };
    for feed in &parsed.feeds {
        if followed.contains(&feed.url)
            || !library.add_subscription(&feed.url, feed.title.as_deref(), feed.full_text)?
        {
            out.existing += 1;
        } else {
            out.new += 1;
        }
    }
    Ok(out)
}

/// `byline refresh`: fetches every feed of the config and every subscription of the library
/// into the library. On a terminal a progress bar runs on stderr; otherwise each feed is one
/// plain line on stdout (`<url>: 3 new, 12 already stored`). A failed feed is one line on
/// stderr (`byline: <url>: <reason>`) and the status is 1; with nothing to fetch, a hint.
pub fn run_refresh(config: Option<&Path>, library: Option<&Path>) -> std::process::ExitCode {
    use crate::cli::one_line;
    use std::io::IsTerminal;
    use std::process::ExitCode;
    let setup = Config::load(config).and_then(|c| {
        let lib = crate::library::cli::open(library)?;
        Ok((c, lib))
    });
    let (config, mut lib) = match setup {
        Ok(s) => s,
        Err(e) => {
            eprintln!("byline: {}", one_line(&e));
            return ExitCode::FAILURE;
        }
    };
    let feeds = match refresh_list(&config, &lib) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("byline: {}", one_line(&e));
            return ExitCode::FAILURE;
        }
    };
    if feeds.is_empty() {
        eprintln!(
            "byline: no feeds to refresh: add [[feeds]] to the config, or subscribe with \
             `byline add subscriptions.opml`"
        );
        return ExitCode::SUCCESS;
    }
    let bar = std::io::stdout().is_terminal().then(|| {
        let bar = indicatif::ProgressBar::new(feeds.len() as u64);
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("{spinner} {bar:30} {pos}/{len} feeds  {msg}")
        {
            bar.set_style(style);
        }
        bar.enable_steady_tick(std::time::Duration::from_millis(120));
        bar
    });
    let mut new = 0;
    let mut failed = 0;
    let result = refresh(&mut lib, &feeds, &FetchLimits::from_config(&config), |p| {
        let report = p.item;
        let line = match &report.result {
            Ok(c) => {
                new += c.added;
                format!(
                    "{}: {} new, {} already stored",
                    report.url, c.added, c.duplicates
                )
            }
            Err(e) => {
                failed += 1;
                format!("byline: {}: {e}", report.url)
            }
        };
        let notes = report
            .warnings
            .iter()
            .map(|w| format!("byline: {}: warning: {w}", report.url));
        match &bar {
            Some(bar) => {
                bar.set_position(p.done as u64);
                if report.result.is_err() {
                    bar.suspend(|| eprintln!("{line}"));
                } else {
                    bar.set_message(line);
                }
                notes.for_each(|n| bar.suspend(|| eprintln!("{n}")));
            }
            None => {
                if report.result.is_err() {
                    eprintln!("{line}");
                } else {
                    println!("{line}");
                }
                notes.for_each(|n| eprintln!("{n}"));
            }
        }
    });
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    if let Err(e) = result {
        eprintln!("byline: {}", one_line(&e));
        return ExitCode::FAILURE;
    }
    println!(
        "refreshed {}: {new} new stories, {failed} failed",
        crate::cli::plural(feeds.len(), "feed", "feeds")
    );
    if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
