//! Fetching over HTTP against a test server on 127.0.0.1 (never the internet): feeds, pages,
//! gzip, redirects and their loops, timeouts, size caps, and `byline analyze URL`.

use crate::net_common;

use byline::article::load_source;
use byline::net::{fetch, fetch_feeds, load_url, FeedSpec, FetchError, FetchLimits, USER_AGENT};
use net_common::{Server, BIG};
use std::process::Command;
use std::time::{Duration, Instant};

fn limits() -> FetchLimits {
    FetchLimits {
        connect_timeout: Duration::from_secs(5),
        read_timeout: Duration::from_millis(700),
        total_timeout: Duration::from_secs(2),
        max_bytes: 1024 * 1024,
        max_redirects: 3,
    }
}

#[test]
fn a_feed_loads_one_article_per_item() {
    let server = Server::start();
    let loaded = load_url(&server.url("/feed.xml"), &limits());
    assert_eq!(loaded.len(), 2);
    let a = loaded[0].result.as_ref().expect("first item");
    assert_eq!(a.title.as_deref(), Some("Talks to resume in Vienna"));
    assert_eq!(a.url.as_deref(), Some(server.url("/article.html").as_str()));
    assert_eq!(a.source.as_deref(), Some("Loopback News"));
    assert_eq!(loaded[0].origin, server.url("/feed.xml"));
    let req = &server.requests_for("/feed.xml")[0];
    assert_eq!(req.header("user-agent"), Some(USER_AGENT));
    assert!(USER_AGENT.starts_with("byline/"));
}

#[test]
fn a_page_is_extracted_with_its_url() {
    let server = Server::start();
    let loaded = load_url(&server.url("/article.html"), &limits());
    assert_eq!(loaded.len(), 1);
    let a = loaded[0].result.as_ref().expect("page");
    assert_eq!(a.title.as_deref(), Some("Talks to resume in Vienna"));
    assert!(
        a.text.contains("talks with European officials"),
        "{}",
        a.text
    );
    assert!(!a.text.contains("Copyright"), "{}", a.text);
    assert_eq!(a.url.as_deref(), Some(server.url("/article.html").as_str()));
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2022-07-20")
    );
}

#[test]
fn the_charset_of_the_header_decodes_the_page() {
    let server = Server::start();
    let f = fetch(&server.url("/latin1.html"), &limits()).expect("latin-1 page");
    assert_eq!(f.charset.as_deref(), Some("iso-8859-1"));
    let loaded = load_url(&server.url("/latin1.html"), &limits());
    let a = loaded[0].result.as_ref().expect("page");
    assert_eq!(a.title.as_deref(), Some("Caf\u{e9} talks"));
    assert_eq!(loaded[0].warning, None);
}

#[test]
fn gzip_bodies_are_decoded() {
    let server = Server::start();
    let f = fetch(&server.url("/gzip.xml"), &limits()).expect("gzip feed");
    let req = &server.requests_for("/gzip.xml")[0];
    assert!(req
        .header("accept-encoding")
        .is_some_and(|v| v.contains("gzip")));
    assert!(f.body.starts_with(b"<?xml"));
    assert_eq!(f.content_type.as_deref(), Some("application/rss+xml"));
    let loaded = load_url(&server.url("/gzip.xml"), &limits());
    assert_eq!(loaded.len(), 2);
    assert_eq!(
        loaded[0].result.as_ref().expect("item").source.as_deref(),
        Some("Gzip News")
    );
}

#[test]
fn redirects_are_followed_up_to_the_limit() {
    let server = Server::start();
    let f = fetch(&server.url("/moved"), &limits()).expect("one redirect");
    assert_eq!(f.final_url, server.url("/article.html"));
    // /chain/2 -> /chain/1 -> /chain/0 -> /article.html: three redirects, the limit.
    let f = fetch(&server.url("/chain/2"), &limits()).expect("three redirects");
    assert_eq!(f.final_url, server.url("/article.html"));
    let e = fetch(&server.url("/chain/3"), &limits()).unwrap_err();
    assert!(
        matches!(e, FetchError::TooManyRedirects { limit: 3, .. }),
        "{e}"
    );
    assert!(
        e.to_string()
            .starts_with("too many redirects (more than 3)"),
        "{e}"
    );
}

#[test]
fn a_redirect_loop_is_a_clear_error() {
    let server = Server::start();
    let e = fetch(&server.url("/loop/a"), &limits()).unwrap_err();
    assert!(matches!(e, FetchError::RedirectLoop(_)), "{e}");
    let msg = e.to_string();
    assert!(msg.starts_with("redirect loop: "), "{msg}");
    assert!(
        msg.contains("/loop/b -> ") && msg.ends_with("/loop/a"),
        "{msg}"
    );
    // A redirect elsewhere than http(s) is refused too.
    let e = fetch(&server.url("/to-ftp"), &limits()).unwrap_err();
    assert!(matches!(e, FetchError::UnsupportedScheme(_)), "{e}");
}

#[test]
fn a_slow_response_times_out() {
    let server = Server::start();
    for path in ["/slow", "/stall"] {
        let start = Instant::now();
        let e = fetch(&server.url(path), &limits()).unwrap_err();
        let took = start.elapsed();
        assert!(matches!(e, FetchError::ReadTimeout(_)), "{path}: {e}");
        assert!(e.to_string().contains("read timeout"), "{e}");
        assert!(took < Duration::from_secs(3), "{path} took {took:?}");
    }
}

#[test]
fn an_oversized_body_is_an_error_not_a_truncation() {
    let server = Server::start();
    for path in ["/big", "/big-chunked", "/big-gzip"] {
        let e = fetch(&server.url(path), &limits()).unwrap_err();
        assert!(
            matches!(e, FetchError::TooLarge { limit } if limit == 1024 * 1024),
            "{path}: {e}"
        );
        assert!(e.to_string().contains("larger than the limit"), "{e}");
    }
    let roomy = FetchLimits {
        max_bytes: BIG as u64,
        ..limits()
    };
    for path in ["/big", "/big-chunked", "/big-gzip"] {
        assert_eq!(
            fetch(&server.url(path), &roomy).expect(path).body.len(),
            BIG
        );
    }
}

#[test]
fn a_trickling_server_meets_the_total_timeout() {
    let server = Server::start();
    let start = Instant::now();
    let e = fetch(&server.url("/trickle"), &limits()).unwrap_err();
    let took = start.elapsed();
    assert!(matches!(e, FetchError::TotalTimeout(_)), "{e}");
    assert!(e.to_string().contains("total timeout"), "{e}");
    assert!(took < Duration::from_secs(4), "took {took:?}");
}

#[test]
fn errors_are_one_line_naming_the_url() {
    let server = Server::start();
    let url = server.url("/missing");
    let loaded = load_source(&url);
    assert_eq!(loaded.len(), 1);
    assert_eq!(loaded[0].origin, url);
    let e = format!("{:#}", loaded[0].result.as_ref().unwrap_err());
    assert_eq!(e, "HTTP 404 Not Found");
    // Nothing listens on port 9 of the loopback address.
    let loaded = load_source("http://127.0.0.1:9/feed.xml");
    let e = format!("{:#}", loaded[0].result.as_ref().unwrap_err());
    assert!(!e.contains('\n'), "{e}");
}

#[test]
fn feeds_are_fetched_a_few_at_a_time() {
    let server = Server::start();
    let feeds = vec![
        FeedSpec::new(server.url("/feed.xml")),
        FeedSpec {
            url: server.url("/feed.xml"),
            title: Some("My title".into()),
            full_text: true,
        },
        FeedSpec::new(server.url("/not-a-feed.html")),
        FeedSpec::new(server.url("/broken-feed.xml")),
        FeedSpec::new(server.url("/slow")),
    ];
    let mut progress = Vec::new();
    let out = fetch_feeds(&feeds, &limits(), 3, |p| progress.push((p.done, p.total)));
    assert_eq!(progress.len(), 5);
    assert_eq!(progress.last(), Some(&(5, 5)));
    assert_eq!(out.len(), 5);
    for (o, f) in out.iter().zip(&feeds) {
        assert_eq!(&o.feed, f);
    }
    let plain = out[0].result.as_ref().expect("plain feed");
    assert_eq!(
        plain[0].text,
        "Talks will resume next week, the minister said."
    );
    let full = out[1].result.as_ref().expect("full-text feed");
    assert!(
        full[0].text.contains("talks with European officials"),
        "{}",
        full[0].text
    );
    assert_eq!(full[0].title.as_deref(), Some("Talks to resume in Vienna"));
    assert_eq!(full[0].source.as_deref(), Some("My title"));
    assert_eq!(
        full[0].url.as_deref(),
        Some(server.url("/article.html").as_str())
    );
    // The second item's page is missing: its summary stays, with a warning naming it.
    assert!(full[1].text.starts_with("Kioumars Heydari said"));
    assert_eq!(out[1].warnings.len(), 1, "{:?}", out[1].warnings);
    assert!(
        out[1].warnings[0].contains("/drones.html: HTTP 404"),
        "{:?}",
        out[1].warnings
    );
    let e = |i: usize| format!("{:#}", out[i].result.as_ref().unwrap_err());
    assert!(e(2).starts_with("not a feed"), "{}", e(2));
    assert!(e(3).contains("invalid feed"), "{}", e(3));
    assert!(e(4).contains("read timeout"), "{}", e(4));
}

fn byline(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(args)
        .env_remove("BYLINE_CONFIG")
        .env("XDG_CONFIG_HOME", "/nonexistent/byline-test")
        .output()
        .expect("byline runs")
}

#[test]
fn analyze_takes_urls() {
    let server = Server::start();
    let out = byline(&["analyze", &server.url("/feed.xml")]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["title"], "Talks to resume in Vienna");
    assert_eq!(lines[0]["url"], server.url("/article.html"));
    assert_eq!(lines[1]["published"], "2022-07-19");
    let times: Vec<&str> = lines[1]["times"]
        .as_array()
        .expect("times")
        .iter()
        .filter_map(|t| t["value"].as_str())
        .collect();
    assert_eq!(times, vec!["2022-07-19"]);

    let page = byline(&["analyze", "--format", "text", &server.url("/article.html")]);
    assert!(page.status.success());
    let text = String::from_utf8_lossy(&page.stdout);
    assert!(text.contains("Hossein Amir-Abdollahian"), "{text}");
}

#[test]
fn analyze_reports_a_failed_url_and_goes_on() {
    let server = Server::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        "[fetch]\nread_timeout_secs = 0.5\nmax_redirects = 2\n",
    )
    .expect("config");
    let slow = server.url("/slow");
    let looping = server.url("/loop/a");
    let out = byline(&[
        "analyze",
        "--config",
        &config.to_string_lossy(),
        &slow,
        &looping,
        &server.url("/article.html"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 2, "{stderr}");
    assert!(
        lines[0].starts_with(&format!("byline: {slow}: ")),
        "{stderr}"
    );
    assert!(lines[0].contains("read timeout"), "{stderr}");
    assert!(
        lines[1].starts_with(&format!("byline: {looping}: redirect loop")),
        "{stderr}"
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);

    let out = byline(&["analyze", "gopher://127.0.0.1/x"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr).trim(),
        "byline: gopher://127.0.0.1/x: unsupported URL scheme `gopher`: only http and https are fetched"
    );
}
