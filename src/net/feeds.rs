//! Fetching many feeds, a few at a time, optionally with each item's full page.

use super::{load_fetched_as, FetchLimits, Fetcher};
use crate::article::{load_bytes, Article, Format};
use anyhow::{anyhow, Result};
use serde::Deserialize;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

/// A feed to fetch: a `[[feeds]]` entry of the config, or a library subscription.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeedSpec {
    /// The feed's URL (RSS, Atom, RDF or JSON Feed).
    pub url: String,
    /// A name for the feed; when given, it is every item's `source`.
    #[serde(default)]
    pub title: Option<String>,
    /// Fetch each item's page and use its extracted text instead of the feed's summary.
    #[serde(default)]
    pub full_text: bool,
}

impl FeedSpec {
    /// A feed by URL, with no title and summaries only.
    pub fn new(url: impl Into<String>) -> FeedSpec {
        FeedSpec {
            url: url.into(),
            title: None,
            full_text: false,
        }
    }
}

/// What fetching one feed gave.
#[derive(Debug)]
pub struct FeedOutcome {
    /// The feed.
    pub feed: FeedSpec,
    /// Its articles, or why the feed could not be read (one line, without the URL).
    pub result: Result<Vec<Article>>,
    /// Non-fatal notes: items whose full page could not be read (their summary is kept),
    /// skipped items.
    pub warnings: Vec<String>,
}

/// Progress of [`fetch_feeds`], reported as each feed finishes.
pub type FeedProgress<'a> = super::Progress<'a, FeedOutcome>;

/// Fetches `feeds` with up to `workers` at a time (at least one) and returns one outcome per
/// feed, in the order given. `on_progress` runs on the calling thread as each feed finishes.
/// A feed that fails does not stop the others.
pub fn fetch_feeds<F>(
    feeds: &[FeedSpec],
    limits: &FetchLimits,
    workers: usize,
    mut on_progress: F,
) -> Vec<FeedOutcome>
where
    F: FnMut(FeedProgress<'_>),
{
    let fetcher = Fetcher::new(limits);
    let total = feeds.len();
    let next = AtomicUsize::new(0);
    let mut slots: Vec<Option<FeedOutcome>> = feeds.iter().map(|_| None).collect();
    std::thread::scope(|scope| {
        let (tx, rx) = mpsc::channel::<(usize, FeedOutcome)>();
        for _ in 0..workers.clamp(1, total.max(1)) {
            let tx = tx.clone();
            let (fetcher, next) = (&fetcher, &next);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(feed) = feeds.get(i) else { break };
                if tx.send((i, fetch_feed(fetcher, feed))).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        for (done, (i, outcome)) in (1..).zip(rx) {
            on_progress(FeedProgress {
                done,
                total,
                item: &outcome,
            });
            slots[i] = Some(outcome);
        }
    });
    slots
        .into_iter()
        .zip(feeds)
        .map(|(slot, feed)| {
            // Every worker sends an outcome for each index it takes; a missing one means a
            // worker panicked, which is reported rather than propagated.
            slot.unwrap_or_else(|| FeedOutcome {
                feed: feed.clone(),
                result: Err(anyhow!("internal error while fetching this feed")),
                warnings: Vec::new(),
            })
        })
        .collect()
}

/// Fetches one feed (and, with `full_text`, each item's page).
pub fn fetch_feed(fetcher: &Fetcher, feed: &FeedSpec) -> FeedOutcome {
    let mut warnings = Vec::new();
    let result = fetcher
        .fetch(&feed.url)
        .map_err(anyhow::Error::new)
        .and_then(|fetched| {
            if Format::sniff(&fetched.body, Format::Feed) == Format::Html {
                return Err(anyhow!(
                    "not a feed (the server sent {})",
                    fetched.content_type.as_deref().unwrap_or("something else")
                ));
            }
            let mut articles = Vec::new();
            for loaded in load_fetched_as(&feed.url, &fetched, Format::Feed) {
                warnings.extend(loaded.warning);
                articles.push(loaded.result?);
            }
            Ok(articles)
        })
        .map(|mut articles| {
            for a in &mut articles {
                if let Some(title) = &feed.title {
                    a.source = Some(title.clone());
                }
                if feed.full_text {
                    if let Err(e) = fill_full_text(fetcher, a) {
                        let url = a.url.as_deref().unwrap_or("(no link)");
                        warnings.push(format!("{url}: {}", crate::cli::one_line(&e)));
                    }
                }
            }
            articles
        });
    FeedOutcome {
        feed: feed.clone(),
        result,
        warnings,
    }
}

/// Replaces an item's text with its page's extracted text; the item's title, link and date
/// stay, and the page fills in what the item lacks.
fn fill_full_text(fetcher: &Fetcher, item: &mut Article) -> Result<()> {
    let url = item
        .url
        .clone()
        .ok_or_else(|| anyhow!("item has no link to fetch"))?;
    let fetched = fetcher.fetch(&url)?;
    let page = load_bytes(&url, &fetched.body, Format::Html)
        .into_iter()
        .next()
        .ok_or_else(|| anyhow!("nothing extracted"))?
        .result?;
    item.text = page.text;
    item.title = item.title.take().or(page.title);
    item.published = item.published.or(page.published);
    item.author = item.author.take().or(page.author);
    item.source = item.source.take().or(page.source);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feed_entries_parse_from_toml() {
        let spec: FeedSpec =
            toml::from_str("url = \"https://a.example/feed\"\nfull_text = true\n").unwrap();
        assert_eq!(
            spec,
            FeedSpec {
                url: "https://a.example/feed".into(),
                title: None,
                full_text: true
            }
        );
        assert!(toml::from_str::<FeedSpec>("url = \"x\"\nfulltext = true\n").is_err());
    }

    #[test]
    fn failures_are_per_feed_and_in_order() {
        let feeds = [
            FeedSpec::new("ftp://a.example/feed"),
            FeedSpec::new("not a url"),
        ];
        let mut seen = Vec::new();
        let out = fetch_feeds(&feeds, &FetchLimits::default(), 4, |p| {
            seen.push((p.done, p.total))
        });
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].feed, feeds[0]);
        assert!(out.iter().all(|o| o.result.is_err()));
        seen.sort();
        assert_eq!(seen, vec![(1, 2), (2, 2)]);
        assert!(fetch_feeds(&[], &FetchLimits::default(), 3, |_| {}).is_empty());
    }
}
