//! `byline add subscriptions.opml` and `byline refresh` through the real binary, against the
//! 127.0.0.1 test server and a temporary library (never the internet).

use crate::net_common;

use byline::library::Library;
use net_common::Server;
use std::path::Path;
use std::process::{Command, Output};

fn byline(library: &Path, config: Option<&Path>, args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_byline"));
    cmd.arg("--library").arg(library);
    if let Some(c) = config {
        cmd.arg("--config").arg(c);
    }
    cmd.args(args)
        .env_remove("BYLINE_CONFIG")
        .env("XDG_CONFIG_HOME", "/nonexistent/byline-test")
        .output()
        .expect("byline runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn opml(server: &Server) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Exported from newsboat</title></head><body>
  <outline text="News">
    <outline type="rss" text="Loopback News" xmlUrl="{}"/>
    <outline text="Deeper"><outline type="rss" text="Other" xmlUrl="{}"/></outline>
  </outline>
  <outline type="rss" text="Broken" xmlUrl="{}"/>
</body></opml>"#,
        server.url("/feed.xml"),
        server.url("/other-feed.xml"),
        server.url("/broken-feed.xml")
    )
}

#[test]
fn opml_import_adds_subscriptions_once() {
    let server = Server::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let lib = dir.path().join("lib.db");
    let subs = dir.path().join("subscriptions.opml");
    std::fs::write(&subs, opml(&server)).expect("opml");
    let out = byline(&lib, None, &["add", &subs.to_string_lossy()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out).trim(),
        "subscriptions: 3 new, 0 already followed"
    );
    let out = byline(&lib, None, &["add", &subs.to_string_lossy()]);
    assert_eq!(
        stdout(&out).trim(),
        "subscriptions: 0 new, 3 already followed"
    );
    let library = Library::open(&lib).expect("library");
    let subs = library.subscriptions().expect("subscriptions");
    assert_eq!(subs.len(), 3);
    assert_eq!(subs[1].url, server.url("/other-feed.xml"));
    assert_eq!(subs[1].title.as_deref(), Some("Other"));
    // No server request is made by an import.
    assert!(server.requests_for("/feed.xml").is_empty());

    let bad = dir.path().join("bad.opml");
    std::fs::write(&bad, "<opml><body><outline xmlUrl=\"x\"></body>").expect("bad opml");
    let out = byline(&lib, None, &["add", &bad.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).starts_with(&format!("byline: {}: invalid OPML", bad.display())));
}

#[test]
fn refresh_stores_every_feed_and_records_errors() {
    let server = Server::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let lib = dir.path().join("lib.db");
    let subs = dir.path().join("subscriptions.opml");
    std::fs::write(&subs, opml(&server)).expect("opml");
    assert!(byline(&lib, None, &["add", &subs.to_string_lossy()])
        .status
        .success());
    // The config's feed is fetched too, with full text; the same URL as a subscription once.
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        format!(
            "[fetch]\nread_timeout_secs = 2\n[[feeds]]\nurl = \"{}\"\nfull_text = true\n\
             [[feeds]]\nurl = \"{}\"\n",
            server.url("/gzip.xml"),
            server.url("/feed.xml")
        ),
    )
    .expect("config");

    let out = byline(&lib, Some(&config), &["refresh"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let printed = stdout(&out);
    let lines: Vec<&str> = printed.lines().collect();
    assert_eq!(lines.len(), 4, "{printed}");
    assert!(
        lines.contains(&format!("{}: 2 new, 0 already stored", server.url("/gzip.xml")).as_str())
    );
    assert_eq!(lines[3], "refreshed 4 feeds: 6 new stories, 1 failed");
    let err = stderr(&out);
    let broken = format!("byline: {}: invalid feed", server.url("/broken-feed.xml"));
    assert!(err.lines().any(|l| l.starts_with(&broken)), "{err}");

    // Two stories from each feed that loaded.
    let library = Library::open(&lib).expect("library");
    let stories = library.stories().expect("stories");
    assert_eq!(stories.len(), 6);
    let full_url = server.url("/article.html?from=gzip");
    let full = stories
        .iter()
        .find(|s| s.url.as_deref() == Some(full_url.as_str()))
        .expect("the article");
    let text = library
        .story_text(full.id)
        .expect("text")
        .expect("some text");
    assert!(text.contains("talks with European officials"), "{text}");
    let subs = library.subscriptions().expect("subscriptions");
    let broken = subs
        .iter()
        .find(|s| s.url.ends_with("/broken-feed.xml"))
        .expect("sub");
    assert!(broken.last_fetched.is_some());
    assert!(broken
        .last_error
        .as_deref()
        .is_some_and(|e| e.contains("invalid feed")));
    let good = subs
        .iter()
        .find(|s| s.url.ends_with("/other-feed.xml"))
        .expect("sub");
    assert!(good.last_fetched.is_some() && good.last_error.is_none());

    // A second refresh finds nothing new.
    let out = byline(&lib, Some(&config), &["refresh"]);
    assert!(stdout(&out).contains("refreshed 4 feeds: 0 new stories, 1 failed"));
}

#[test]
fn refresh_works_while_the_library_is_open_elsewhere() {
    let server = Server::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let lib = dir.path().join("lib.db");
    let reader = Library::open(&lib).expect("library");
    reader
        .add_subscription(&server.url("/feed.xml"), None, false)
        .expect("subscribe");
    // The reader keeps its connection open, and reads in the middle of the refresh.
    assert!(reader.stories().expect("stories").is_empty());
    let out = byline(&lib, None, &["refresh"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("refreshed 1 feed: 2 new stories, 0 failed"));
    assert_eq!(reader.stories().expect("stories").len(), 2);
    assert_eq!(reader.subscriptions().expect("subs")[0].last_error, None);
}

#[test]
fn refresh_with_no_feeds_says_how_to_add_some() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = byline(&dir.path().join("lib.db"), None, &["refresh"]);
    assert!(out.status.success());
    assert!(
        stderr(&out).contains("no feeds to refresh"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_readers_refresh_key_asks_once_and_new_stories_join_the_list() {
    use byline::tui::library::open_app;
    use byline::tui::{Action, Command, KeyMap, Theme};
    let server = Server::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let mut lib = Library::open(&dir.path().join("lib.db")).expect("library");
    let options = byline::Options::default();
    let (mut app, _) = open_app(
        &mut lib,
        options,
        KeyMap::defaults(),
        Theme::default_colours(),
        (120, 40),
    )
    .expect("reader");
    let before = app.stories.len();
    // The reader is on the second story when the refresh ends.
    app.update(Action::Command(Command::NextStory));
    let (on_id, on_key) = (
        app.story().stored.as_ref().expect("stored").id,
        app.story().key,
    );
    assert_eq!(KeyMap::defaults().keys_for(Command::Refresh), "R");
    app.update(Action::Command(Command::Refresh));
    assert!(app.refresh_request);
    app.refresh_request = false;
    app.refreshing = true;
    app.update(Action::Command(Command::Refresh));
    assert!(!app.refresh_request);
    assert_eq!(app.message.as_deref(), Some("a refresh is already running"));
    // What the background refresh does, here in the test's thread.
    let feeds = vec![byline::net::FeedSpec::new(server.url("/feed.xml"))];
    byline::net::refresh(
        &mut lib,
        &feeds,
        &byline::net::FetchLimits::default(),
        |_| {},
    )
    .expect("refresh");
    let rows = lib.stories().expect("stories");
    app.update(Action::Refreshed(
        rows.clone(),
        options,
        "refreshed 1 feed".into(),
    ));
    assert!(!app.refreshing);
    assert_eq!(app.stories.len(), before + 2);
    assert_eq!(app.message.as_deref(), Some("refreshed 1 feed"));
    // The list is the library's, newest first, new stories included where their dates put them.
    let ids: Vec<_> = app
        .stories
        .iter()
        .map(|s| s.stored.as_ref().expect("stored").id)
        .collect();
    let row_ids: Vec<_> = rows.iter().map(|r| r.id).collect();
    assert_eq!(ids, row_ids);
    // The reader is still on its story, and a result for it still finds it.
    assert_eq!(app.story().stored.as_ref().expect("stored").id, on_id);
    assert_eq!(app.story().key, on_key);
    let analysis = byline::analyze(&app.story().article, options);
    app.update(Action::Analysed(on_key, Box::new(analysis)));
    assert!(app.story().ready().is_some());
    let keys: std::collections::HashSet<_> = app.stories.iter().map(|s| s.key).collect();
    assert_eq!(keys.len(), app.stories.len(), "keys stay unique");
    // The same rows again add nothing.
    app.update(Action::Refreshed(rows, options, "again".into()));
    assert_eq!(app.stories.len(), before + 2);
}
