//! HTML and feed loading through the public loaders and the CLI: format sniffing, encodings,
//! errors, robustness, and a cross-check against the evaluation kit's feeds and pages (read in
//! place from `../shared/eval`, skipped when it is absent).

use byline::article::{load_bytes, load_source, Format, Loaded};
use chrono::NaiveDate;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn ok_articles(loaded: &[Loaded]) -> Vec<&byline::Article> {
    loaded
        .iter()
        .map(|l| match &l.result {
            Ok(a) => a,
            Err(e) => panic!("{}: {e:#}", l.origin),
        })
        .collect()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path.to_string_lossy().into_owned()
}

const PAGE: &str = "<!DOCTYPE html>\n<html><head><title>Border talks resume after long pause - Daily Planet</title>\
<meta property=\"og:site_name\" content=\"Daily Planet\">\
<meta property=\"article:published_time\" content=\"2022-07-20T09:00:00+02:00\"></head>\
<body><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/w\">World</a></li></ul></nav>\
<article><h1>Border talks resume after long pause</h1>\
<p>Negotiators from both countries met on Tuesday in the capital and agreed to continue the \
talks next week, officials said, after a pause of almost a year.</p>\
<p>\u{201c}We are ready to find a solution,\u{201d} the foreign minister told reporters after \
the meeting, adding that the next round would focus on trade.</p>\
<p>The talks had stalled last summer over a dispute about the border crossings and the tariffs \
that both governments had imposed on each other's goods.</p></article>\
<div class=\"comments\"><h3>Comments</h3><p>first!</p></div>\
<footer>Copyright 2022 Daily Planet</footer></body></html>";

const RSS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
<?xml-stylesheet href=\"s.css\" type=\"text/css\"?>\n<!-- generated -->\n\
<rss version=\"2.0\"><channel><title>Planet Wire</title>\
<item><title>First story</title><link>https://wire.example/1</link>\
<pubDate>Mon, 18 Jul 2022 08:00:00 GMT</pubDate>\
<description>&lt;p&gt;One.&lt;/p&gt;&lt;p&gt;Two.&lt;/p&gt;</description></item>\
<item><title>Second story</title><link>https://wire.example/2</link>\
<description>Plain summary.</description></item></channel></rss>";

#[test]
fn html_page_by_extension_and_by_content() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["story.html", "story.txt", "story"] {
        let path = write(dir.path(), name, PAGE.as_bytes());
        let loaded = load_source(&path);
        let a = ok_articles(&loaded)[0];
        assert_eq!(
            a.title.as_deref(),
            Some("Border talks resume after long pause"),
            "{name}"
        );
        assert_eq!(a.source.as_deref(), Some("Daily Planet"));
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2022, 7, 20));
        assert_eq!(a.path.as_deref(), Some(path.as_str()));
        assert!(
            a.text.starts_with("Negotiators from both countries"),
            "{name}"
        );
        let paragraphs: Vec<&str> = a.text.split("\n\n").collect();
        assert_eq!(paragraphs.len(), 3, "{:?}", a.text);
        assert!(paragraphs[1].starts_with("\u{201c}We are ready"));
        for chrome in ["Home", "World", "Copyright", "first!"] {
            assert!(!a.text.contains(chrome), "{chrome} kept in {name}");
        }
    }
}

#[test]
fn feeds_by_extension_and_by_content() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["wire.xml", "wire.rss", "wire.txt", "wire"] {
        let path = write(dir.path(), name, RSS.as_bytes());
        let loaded = load_source(&path);
        let items = ok_articles(&loaded);
        assert_eq!(items.len(), 2, "{name}");
        assert_eq!(items[0].title.as_deref(), Some("First story"));
        assert_eq!(items[0].text, "One.\n\nTwo.");
        assert_eq!(items[0].url.as_deref(), Some("https://wire.example/1"));
        assert_eq!(items[0].published, NaiveDate::from_ymd_opt(2022, 7, 18));
        assert_eq!(items[0].source.as_deref(), Some("Planet Wire"));
        assert_eq!(items[1].text, "Plain summary.");
        assert_eq!(items[1].published, None);
        assert!(items
            .iter()
            .all(|a| a.path.as_deref() == Some(path.as_str())));
    }
}

#[test]
fn stdin_is_sniffed_too() {
    use std::io::Write;
    use std::process::Stdio;
    for (input, title) in [
        (PAGE, "Border talks resume after long pause"),
        (RSS, "First story"),
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_byline"))
            .args(["analyze", "--format", "json", "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success());
        let first = String::from_utf8_lossy(&out.stdout)
            .lines()
            .next()
            .map(|l| serde_json::from_str::<Value>(l).unwrap())
            .unwrap();
        assert_eq!(first["title"], title);
        assert_eq!(first["path"], "-");
    }
}

#[test]
fn empty_feed_items_are_skipped_with_a_warning() {
    let feed = "<rss version=\"2.0\"><channel><title>W</title>\
                <item><link>https://w.example/0</link></item>\
                <item><title>Kept</title></item></channel></rss>";
    let loaded = load_bytes("w.xml", feed.as_bytes(), Format::Feed);
    assert_eq!(ok_articles(&loaded).len(), 1);
    assert_eq!(ok_articles(&loaded)[0].text, "Kept");
    let warning = loaded[0].warning.as_deref().unwrap_or("");
    assert!(
        warning.contains("1 feed item(s) without title or text skipped"),
        "{warning}"
    );
}

#[test]
fn json_feed_is_told_from_a_json_article() {
    let dir = tempfile::tempdir().unwrap();
    let feed = write(
        dir.path(),
        "feed.json",
        br#"{"version": "https://jsonfeed.org/version/1.1", "title": "JF",
            "items": [{"id": "1", "title": "Item", "content_text": "Item text."}]}"#,
    );
    let loaded = load_source(&feed);
    let a = ok_articles(&loaded)[0];
    assert_eq!(a.text, "Item text.");
    assert_eq!(a.source.as_deref(), Some("JF"));
    let article = write(
        dir.path(),
        "article.json",
        br#"{"title": "T", "text": "Body.", "version": "1"}"#,
    );
    let loaded = load_source(&article);
    assert_eq!(ok_articles(&loaded)[0].text, "Body.");
}

#[test]
fn directory_walk_takes_pages_and_feeds() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.html", PAGE.as_bytes());
    write(dir.path(), "b.xml", RSS.as_bytes());
    write(dir.path(), "c.htm", PAGE.as_bytes());
    write(dir.path(), "d.atom", b"<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>A</title><entry><title>E</title><content type=\"text\">Atom body.</content></entry></feed>");
    write(dir.path(), "ignored.png", b"\x89PNG\r\n\x1a\n\0\0");
    let loaded = load_source(&dir.path().to_string_lossy());
    let articles = ok_articles(&loaded);
    assert_eq!(articles.len(), 5);
    assert_eq!(articles[4].text, "Atom body.");
}

#[test]
fn declared_latin1_decodes_in_pages_and_feeds() {
    let dir = tempfile::tempdir().unwrap();
    let mut page =
        b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">\
<title>x</title></head><body><p>Le caf"
            .to_vec();
    page.push(0xe9);
    page.extend_from_slice(b" est ferm");
    page.push(0xe9);
    page.extend_from_slice(b".</p></body></html>");
    let path = write(dir.path(), "latin.html", &page);
    let loaded = load_source(&path);
    assert!(loaded[0].warning.is_none(), "{:?}", loaded[0].warning);
    assert_eq!(ok_articles(&loaded)[0].text, "Le caf\u{e9} est ferm\u{e9}.");

    let mut feed =
        b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>M"
            .to_vec();
    feed.push(0xfc);
    feed.extend_from_slice(b"nchen</title><item><title>Stra");
    feed.push(0xdf);
    feed.extend_from_slice(b"e</title><description>Gr");
    feed.push(0xfc);
    feed.extend_from_slice(b"n.</description></item></channel></rss>");
    let path = write(dir.path(), "latin.xml", &feed);
    let loaded = load_source(&path);
    assert!(loaded[0].warning.is_none(), "{:?}", loaded[0].warning);
    let a = ok_articles(&loaded)[0];
    assert_eq!(a.source.as_deref(), Some("M\u{fc}nchen"));
    assert_eq!(a.title.as_deref(), Some("Stra\u{df}e"));
    assert_eq!(a.text, "Gr\u{fc}n.");
}

#[test]
fn empty_binary_and_broken_inputs_are_one_line_errors() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &[u8], &str); 6] = [
        ("empty.html", b"", "empty file"),
        ("blank.xml", b"  \n ", "empty file"),
        ("bin.rss", b"\x00\x01\x02\x03garbage", "binary"),
        (
            "cut.xml",
            b"<rss version=\"2.0\"><channel><title>T</title><item><title>x",
            "invalid feed",
        ),
        (
            "nofeed.xml",
            b"<?xml version=\"1.0\"?><catalog><book/></catalog>",
            "invalid feed",
        ),
        (
            "notext.html",
            b"<html><head><title>T</title></head><body></body></html>",
            "no article text",
        ),
    ];
    for (name, bytes, reason) in cases {
        let path = write(dir.path(), name, bytes);
        let loaded = load_source(&path);
        assert_eq!(loaded.len(), 1, "{name}");
        let Err(e) = &loaded[0].result else {
            panic!("{name} loaded");
        };
        let line = byline::cli::one_line(e);
        assert!(line.contains(reason), "{name}: {line}");
        assert!(!line.contains('\n'), "{name}: {line}");
    }
}

#[test]
fn deeply_nested_page_falls_back_to_body_text() {
    let page = format!(
        "<html><body>{}Deep words.{}</body></html>",
        "<div>".repeat(600),
        "</div>".repeat(600)
    );
    let loaded = load_bytes("deep.html", page.as_bytes(), Format::Html);
    assert_eq!(ok_articles(&loaded)[0].text, "Deep words.");
    assert!(loaded[0]
        .warning
        .as_deref()
        .unwrap_or("")
        .contains("nesting depth"));
}

mod no_panic {
    use super::*;
    use proptest::prelude::*;

    const PIECES: &[&str] = &[
        "<html>",
        "<body>",
        "<p>",
        "</p>",
        "<div class=content>",
        "</div>",
        "<rss version=\"2.0\">",
        "<channel>",
        "<item>",
        "<title>",
        "</title>",
        "</item>",
        "<![CDATA[",
        "]]>",
        "<feed>",
        "<entry>",
        "&amp;",
        "&#x",
        "<!--",
        "-->",
        "<script>",
        "</script>",
        "<?xml version=\"1.0\"?>",
        "word ",
        "\u{e9}",
        "\"",
        "<",
        ">",
        "\n",
        "<br/>",
        "<table><tr><td>",
        "{\"version\":",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn random_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
            for format in [Format::Html, Format::Feed] {
                let _ = load_bytes("x", &bytes, format);
            }
            let _ = load_bytes("x", &bytes, Format::sniff(&bytes, Format::Text));
        }

        #[test]
        fn tag_soup(parts in proptest::collection::vec(0..PIECES.len(), 0..200)) {
            let soup: String = parts.iter().map(|&i| PIECES[i]).collect();
            for format in [Format::Html, Format::Feed] {
                for loaded in load_bytes("x", soup.as_bytes(), format) {
                    if let Ok(a) = loaded.result {
                        prop_assert!(!a.text.trim().is_empty());
                    }
                }
            }
        }
    }
}

/// The evaluation kit, when it is there.
fn eval_dir(sub: &str) -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/eval")
        .join(sub);
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "skipped: {} is absent (the evaluation kit is read in place)",
            dir.display()
        );
        None
    }
}

/// Lower-case words, with character references (`&#8211;`, `&amp;`) left out: byline decodes
/// them in plain-text titles that carry them, feed-rs keeps them as they are.
fn words(s: &str) -> Vec<String> {
    let mut plain = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        plain.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let name_len = after.find(';').filter(|&n| {
            n > 0 && n <= 10 && after[..n].chars().all(|c| c.is_alphanumeric() || c == '#')
        });
        match name_len {
            Some(n) => {
                plain.push(' ');
                rest = &after[n + 1..];
            }
            None => {
                plain.push('&');
                rest = after;
            }
        }
    }
    plain.push_str(rest);
    plain
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn str_at<'a>(v: &'a Value, path: &[&str]) -> Option<&'a str> {
    let mut v = v;
    for key in path {
        v = v.get(key)?;
    }
    v.as_str()
}

/// Every feed of the kit loads, item for item as feed-rs's own parse has them.
#[test]
fn eval_feeds_match_expected_parse() {
    let Some(dir) = eval_dir("feeds") else {
        return;
    };
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap().flatten() {
        let expected_path = entry.path();
        let name = expected_path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let Some(stem) = name.strip_suffix(".expected.serde.json") else {
            continue;
        };
        let feed_path = ["xml", "json"]
            .iter()
            .map(|ext| dir.join(format!("{stem}.{ext}")))
            .find(|p| p.is_file())
            .unwrap_or_else(|| panic!("no feed for {name}"));
        let expected: Value =
            serde_json::from_str(&std::fs::read_to_string(&expected_path).unwrap()).unwrap();
        let entries = expected["entries"].as_array().unwrap();
        let loaded = load_source(&feed_path.to_string_lossy());
        let got = ok_articles(&loaded);
        assert_eq!(got.len(), entries.len(), "{stem}: item count");
        for (a, e) in got.iter().zip(entries) {
            let title = str_at(e, &["title", "content"]).unwrap_or("");
            assert_eq!(
                words(a.title.as_deref().unwrap_or("")),
                words(title),
                "{stem}: title"
            );
            let date = str_at(e, &["published"])
                .or_else(|| str_at(e, &["updated"]))
                .and_then(|d| NaiveDate::parse_from_str(d.get(..10)?, "%Y-%m-%d").ok());
            assert_eq!(a.published, date, "{stem}: date of {title}");
            let link = e["links"]
                .as_array()
                .and_then(|ls| ls.first())
                .and_then(|l| l["href"].as_str());
            assert_eq!(a.url.as_deref(), link, "{stem}: link of {title}");
            assert!(!a.text.trim().is_empty(), "{stem}: text of {title}");
            assert_eq!(
                a.source.as_deref().map(words),
                str_at(&expected, &["title", "content"]).map(words),
                "{stem}: source"
            );
        }
        checked += 1;
    }
    assert_eq!(checked, 25, "feeds with an expected parse");
}

/// The malformed feed fails alone, on one line naming it; the others print.
#[test]
fn eval_feeds_through_the_cli() {
    let Some(dir) = eval_dir("feeds") else {
        return;
    };
    let mut feeds: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path().to_string_lossy().into_owned())
        .filter(|p| {
            !p.ends_with(".expected.serde.json") && (p.ends_with(".xml") || p.ends_with(".json"))
        })
        .collect();
    feeds.sort();
    assert_eq!(feeds.len(), 26);
    let out = Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(["analyze", "--format", "json"])
        .args(&feeds)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(lines[0].starts_with("byline: ") && lines[0].contains("rss_2.0_invalid_1_reuters.xml"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let paths: std::collections::BTreeSet<String> = stdout
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["path"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(paths.len(), 25);
}

/// The Readability test pages all load, with the expected title (the text itself is measured
/// by `score_readability.py`).
#[test]
fn eval_readability_pages_load() {
    let Some(dir) = eval_dir("readability") else {
        return;
    };
    let mut pages = 0;
    let mut titles = 0;
    for entry in std::fs::read_dir(&dir).unwrap().flatten() {
        let source = entry.path().join("source.html");
        if !source.is_file() {
            continue;
        }
        let meta: Value = serde_json::from_str(
            &std::fs::read_to_string(entry.path().join("expected-metadata.json")).unwrap(),
        )
        .unwrap();
        let loaded = load_source(&source.to_string_lossy());
        let a = ok_articles(&loaded)[0];
        assert!(!a.text.trim().is_empty(), "{}", source.display());
        let expected = meta["title"].as_str().unwrap_or("");
        if a.title
            .as_deref()
            .unwrap_or("")
            .split_whitespace()
            .eq(expected.split_whitespace())
        {
            titles += 1;
        }
        pages += 1;
    }
    assert_eq!(pages, 65);
    assert!(titles >= 60, "titles right on {titles} of {pages} pages");
}
