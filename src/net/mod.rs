//! The network side: fetching pages and feeds over HTTP(S) with limits, loading a URL as
//! articles, and fetching many feeds a few at a time.
//!
//! - [`fetch`] / [`Fetcher`]: one GET with timeouts, a size cap, a redirect limit, gzip and a
//!   User-Agent; only `http` and `https`.
//! - [`load_url`]: a URL as articles (a page through the HTML extractor, or a feed's items).
//! - [`fetch_feeds`]: the feeds of the config (and the library's subscriptions), in parallel.
//! - [`parse_opml`]: the feeds of an OPML subscription list.
//! - [`refresh`] / [`import_opml`]: feeds and subscription lists into the library.

mod feeds;
mod fetch;
mod opml;
mod refresh;

pub use feeds::{fetch_feed, fetch_feeds, FeedOutcome, FeedProgress, FeedSpec};
pub use fetch::{
    check_url, fetch, looks_like_url, FetchError, FetchLimits, Fetched, Fetcher, USER_AGENT,
};
pub use opml::{is_opml, is_opml_file, parse_opml, OpmlFeeds};
pub use refresh::{
    import_opml, refresh, refresh_list, run_refresh, FeedReport, OpmlImport, RefreshProgress,
    REFRESH_WORKERS,
};

use crate::article::{declared_charset, load_bytes, Article, Format, Loaded};
use encoding_rs::Encoding;
use std::borrow::Cow;
use std::path::Path;
use url::Url;

/// Progress of a run over many feeds, reported as each one finishes.
#[derive(Debug, Clone, Copy)]
pub struct Progress<'a, T> {
    /// Feeds finished so far, this one included.
    pub done: usize,
    /// Feeds in all.
    pub total: usize,
    /// What the feed that just finished gave.
    pub item: &'a T,
}

/// Loads the articles at a URL: a page (its main text extracted) or a feed (one article per
/// item), told apart by content with [`Format::sniff`], helped by the declared media type and
/// the URL's extension. Each article's `url` is set: a page's canonical URL when it declares
/// one, else the URL fetched (after redirects); a feed item's link, made absolute. A failure
/// is a single [`Loaded`] whose origin is `url` and whose error is one line.
pub fn load_url(url: &str, limits: &FetchLimits) -> Vec<Loaded> {
    load_url_with(&Fetcher::new(limits), url)
}

/// As [`load_url`], with an existing client.
pub fn load_url_with(fetcher: &Fetcher, url: &str) -> Vec<Loaded> {
    match fetcher.fetch(url) {
        Ok(fetched) => load_fetched(url, &fetched),
        Err(e) => vec![Loaded {
            origin: url.to_owned(),
            result: Err(anyhow::Error::new(e)),
            warning: None,
        }],
    }
}

/// Turns a fetched body into articles named after `origin`.
pub fn load_fetched(origin: &str, fetched: &Fetched) -> Vec<Loaded> {
    let format = Format::sniff(&fetched.body, format_hint(fetched));
    load_fetched_as(origin, fetched, format)
}

/// Turns a fetched body in a known format into articles named after `origin`.
pub(crate) fn load_fetched_as(origin: &str, fetched: &Fetched, format: Format) -> Vec<Loaded> {
    let base = Url::parse(&fetched.final_url).ok();
    let body = body_in_declared_charset(fetched, format);
    let mut loaded = load_bytes(origin, &body, format);
    for l in &mut loaded {
        if let Ok(article) = &mut l.result {
            set_url(article, base.as_ref(), format == Format::Feed);
        }
    }
    loaded
}

/// The body as UTF-8 when it is not UTF-8 already and the server named its charset in the
/// `Content-Type` header, which comes before a declaration inside the document (as in browsers).
/// A body that is valid UTF-8 is kept as it is (a mislabelled server is more likely than Latin-1
/// that happens to be valid UTF-8), and so is a feed whose XML prolog declares its encoding: the
/// feed parser reads that itself.
fn body_in_declared_charset(fetched: &Fetched, format: Format) -> Cow<'_, [u8]> {
    let body = fetched.body.as_slice();
    let Some(encoding) = fetched
        .charset
        .as_deref()
        .and_then(|label| Encoding::for_label(label.as_bytes()))
    else {
        return Cow::Borrowed(body);
    };
    let keep = encoding == encoding_rs::UTF_8
        || Encoding::for_bom(body).is_some()
        || std::str::from_utf8(body).is_ok()
        || (format == Format::Feed && declared_charset(body).is_some());
    if keep {
        return Cow::Borrowed(body);
    }
    let (text, _) = encoding.decode_without_bom_handling(body);
    Cow::Owned(text.into_owned().into_bytes())
}

/// The format a response claims by media type, else by the extension of its URL path.
fn format_hint(fetched: &Fetched) -> Format {
    let by_type = fetched.content_type.as_deref().and_then(|t| {
        Some(match t {
            "text/html" | "application/xhtml+xml" => Format::Html,
            "application/rss+xml"
            | "application/atom+xml"
            | "application/rdf+xml"
            | "application/xml"
            | "text/xml" => Format::Feed,
            "application/feed+json" | "application/json" => Format::Json,
            "text/markdown" => Format::Markdown,
            "application/x-ndjson" | "application/jsonl" => Format::JsonLines,
            "text/plain" => Format::Text,
            _ => return None,
        })
    });
    by_type.unwrap_or_else(|| {
        let path = Url::parse(&fetched.final_url)
            .map(|u| u.path().to_owned())
            .unwrap_or_default();
        match Format::from_path(Path::new(&path)) {
            // A URL without a known extension is most often a page.
            Format::Text if !path.ends_with(".txt") => Format::Html,
            f => f,
        }
    })
}

/// Makes an article's URL absolute against `base`; a page without one gets `base` itself.
fn set_url(article: &mut Article, base: Option<&Url>, feed_item: bool) {
    let resolved = article.url.as_deref().and_then(|u| match base {
        Some(b) => b.join(u.trim()).ok(),
        None => Url::parse(u.trim()).ok(),
    });
    article.url = match resolved {
        Some(u) if matches!(u.scheme(), "http" | "https") => Some(u.to_string()),
        // An item without a usable link has no URL of its own: the feed's is not the story's.
        _ if feed_item => article.url.take(),
        _ => base.map(Url::to_string),
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fetched(url: &str, content_type: Option<&str>, body: &str) -> Fetched {
        Fetched {
            final_url: url.to_owned(),
            content_type: content_type.map(str::to_owned),
            charset: None,
            body: body.as_bytes().to_vec(),
        }
    }

    /// A response whose body is in `charset`, declared only in the HTTP header.
    fn fetched_latin1(content_type: &str, body: &[u8]) -> Fetched {
        Fetched {
            final_url: "https://news.example/story".to_owned(),
            content_type: Some(content_type.to_owned()),
            charset: Some("iso-8859-1".to_owned()),
            body: body.to_vec(),
        }
    }

    #[test]
    fn the_header_charset_decodes_a_page_that_declares_none() {
        let page = b"<html><head><title>Caf\xe9 talks</title></head><body><article>\
            <p>The minister said at the caf\xe9 on Tuesday that talks would go on for a week.</p>\
            </article></body></html>";
        let loaded = load_fetched("o", &fetched_latin1("text/html", page));
        let l = &loaded[0];
        let a = l.result.as_ref().unwrap();
        assert!(a.text.contains("at the caf\u{e9} on Tuesday"), "{}", a.text);
        assert_eq!(l.warning, None);
    }

    #[test]
    fn utf8_bodies_and_feeds_with_a_prolog_keep_their_own_encoding() {
        // Valid UTF-8 under a Latin-1 header: the header is wrong, the bytes are right.
        let page = "<html><body><article><p>The minister said at the caf\u{e9} on Tuesday \
            that talks would go on for another week at least.</p></article></body></html>";
        let a = load_fetched("o", &fetched_latin1("text/html", page.as_bytes()))
            .remove(0)
            .result
            .unwrap();
        assert!(a.text.contains("caf\u{e9} on Tuesday"), "{}", a.text);

        let rss = b"<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss version=\"2.0\">\
            <channel><title>T</title><item><title>Caf\xe9</title>\
            <description>Talks at the caf\xe9.</description></item></channel></rss>";
        let f = fetched_latin1("application/rss+xml", rss);
        assert_eq!(body_in_declared_charset(&f, Format::Feed).as_ref(), rss);
    }

    const PAGE: &str = "<html><head><title>Talks</title></head><body><article>\
        <p>The minister said on Tuesday that talks would go on for another week at least.</p>\
        </article></body></html>";

    #[test]
    fn page_gets_the_final_url() {
        let f = fetched("https://news.example/a/talks", Some("text/html"), PAGE);
        let loaded = load_fetched("https://news.example/talks", &f);
        assert_eq!(loaded.len(), 1);
        let a = loaded[0].result.as_ref().unwrap();
        assert_eq!(a.url.as_deref(), Some("https://news.example/a/talks"));
        assert!(a.text.contains("talks would go on"));
        assert_eq!(loaded[0].origin, "https://news.example/talks");
    }

    #[test]
    fn canonical_urls_win_and_item_links_are_resolved() {
        let page = PAGE.replace(
            "<title>",
            "<link rel=\"canonical\" href=\"https://news.example/canonical/talks\"><title>",
        );
        let f = fetched("https://news.example/a?x=1", None, &page);
        let a = load_fetched("o", &f).remove(0).result.unwrap();
        assert_eq!(
            a.url.as_deref(),
            Some("https://news.example/canonical/talks")
        );

        let rss = "<rss version=\"2.0\"><channel><title>T</title>\
            <item><title>One</title><link>/one</link><description>Text one.</description></item>\
            <item><title>Two</title><description>Text two.</description></item>\
            </channel></rss>";
        // Served as text/html: the content decides.
        let f = fetched("https://news.example/feed", Some("text/html"), rss);
        let loaded = load_fetched("o", &f);
        let urls: Vec<_> = loaded
            .iter()
            .map(|l| l.result.as_ref().unwrap().url.clone())
            .collect();
        assert_eq!(
            urls,
            vec![Some("https://news.example/one".to_owned()), None]
        );
    }

    #[test]
    fn hints_from_type_and_extension() {
        let hint = |url: &str, t: Option<&str>| format_hint(&fetched(url, t, ""));
        assert_eq!(hint("https://a.example/x", Some("text/html")), Format::Html);
        assert_eq!(hint("https://a.example/x", Some("text/xml")), Format::Feed);
        assert_eq!(hint("https://a.example/feed.rss", None), Format::Feed);
        assert_eq!(hint("https://a.example/story", None), Format::Html);
        assert_eq!(hint("https://a.example/notes.txt", None), Format::Text);
        assert_eq!(
            hint("https://a.example/x", Some("text/plain")),
            Format::Text
        );
    }
}
