//! OPML subscription lists (as exported by newsboat, Feedly, NetNewsWire and most readers).

use super::{check_url, FeedSpec};
use crate::article::decode_bytes;
use anyhow::{anyhow, bail, Context, Result};
use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};
use std::path::Path;

/// Feeds listed in an OPML file, and the entries left out.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct OpmlFeeds {
    /// Each `outline` with an http(s) `xmlUrl`, in document order, the first of each URL.
    pub feeds: Vec<FeedSpec>,
    /// Outlines whose `xmlUrl` is not an http(s) URL, as `url: reason`.
    pub rejected: Vec<String>,
}

/// Whether a file is an OPML document: an `.opml` extension, or an `<opml` root element.
pub fn is_opml(path: &Path, bytes: &[u8]) -> bool {
    if path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("opml"))
    {
        return true;
    }
    let head = &bytes[..bytes.len().min(4096)];
    let mut reader = Reader::from_reader(head);
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) => return named(e.local_name().as_ref(), "opml"),
            Ok(Event::Eof) | Err(_) => return false,
            Ok(_) => buf.clear(),
        }
    }
}

/// Whether `path` is an OPML file: an existing file with an `.opml` extension or an `<opml>`
/// root element (only the first 4 KiB are read).
pub fn is_opml_file(path: &Path) -> bool {
    use std::io::Read;
    if !path.is_file() {
        return false;
    }
    let mut head = Vec::with_capacity(4096);
    let read = std::fs::File::open(path).and_then(|f| f.take(4096).read_to_end(&mut head));
    read.is_ok() && is_opml(path, &head)
}

/// Reads the feeds of an OPML document: every `outline` element with an `xmlUrl`, at any
/// depth (folders are outlines holding outlines), titled by its `title` or else its `text`.
/// The same URL twice is kept once. A document that is not OPML, or is malformed, is an error.
pub fn parse_opml(bytes: &[u8]) -> Result<OpmlFeeds> {
    let decoded = decode_bytes(bytes)?;
    let mut reader = Reader::from_str(&decoded.text);
    let mut out = OpmlFeeds::default();
    let mut saw_root = false;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| anyhow!("invalid OPML at byte {}: {e}", reader.error_position()))?;
        match event {
            Event::Start(e) | Event::Empty(e) => {
                let name = e.local_name();
                if !saw_root {
                    if !named(name.as_ref(), "opml") {
                        bail!("not an OPML document (the root element is not <opml>)");
                    }
                    saw_root = true;
                } else if named(name.as_ref(), "outline") {
                    outline(&e, &mut out).context("invalid OPML outline")?;
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !saw_root {
        bail!("not an OPML document (no <opml> element)");
    }
    Ok(out)
}

fn outline(e: &BytesStart<'_>, out: &mut OpmlFeeds) -> Result<()> {
    let (mut url, mut title, mut text) = (None, None, None);
    for attr in e.attributes() {
        let attr = attr?;
        let value = attr
            .normalized_value(XmlVersion::Implicit1_0)?
            .trim()
            .to_owned();
        let key = attr.key.local_name();
        // Exporters disagree on the case of `xmlUrl` (`xmlurl`, `XMLURL`).
        if named(key.as_ref(), "xmlurl") {
            url = Some(value);
        } else if named(key.as_ref(), "title") {
            title = Some(value);
        } else if named(key.as_ref(), "text") {
            text = Some(value);
        }
    }
    let Some(url) = url.filter(|u| !u.is_empty()) else {
        return Ok(());
    };
    if let Err(e) = check_url(&url) {
        out.rejected.push(format!("{url}: {e}"));
        return Ok(());
    }
    if out.feeds.iter().any(|f| f.url == url) {
        return Ok(());
    }
    out.feeds.push(FeedSpec {
        url,
        title: title.or(text).filter(|t| !t.is_empty()),
        full_text: false,
    });
    Ok(())
}

/// Whether an XML name is `want`, ignoring ASCII case.
fn named(name: &str, want: &str) -> bool {
    name.eq_ignore_ascii_case(want)
}

#[cfg(test)]
mod tests {
    use super::*;

    const OPML: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>My feeds</title></head>
  <body>
    <outline text="World" title="World">
      <outline type="rss" text="Loopback &amp; Co" xmlUrl="https://a.example/rss.xml" htmlUrl="https://a.example/"/>
      <outline text="Nested">
        <outline type="rss" title="Deep" text="ignored" xmlUrl="https://b.example/atom"/>
      </outline>
    </outline>
    <outline type="rss" text="Again" xmlUrl="https://a.example/rss.xml"/>
    <outline type="rss" xmlurl="http://c.example/feed"/>
    <outline type="rss" text="Bad" xmlUrl="ftp://d.example/feed"/>
    <outline text="A link, not a feed" htmlUrl="https://e.example/"/>
  </body>
</opml>"#;

    #[test]
    fn nested_outlines_give_their_feeds() {
        let f = parse_opml(OPML.as_bytes()).unwrap();
        let urls: Vec<&str> = f.feeds.iter().map(|f| f.url.as_str()).collect();
        assert_eq!(
            urls,
            vec![
                "https://a.example/rss.xml",
                "https://b.example/atom",
                "http://c.example/feed"
            ]
        );
        assert_eq!(f.feeds[0].title.as_deref(), Some("Loopback & Co"));
        assert_eq!(f.feeds[1].title.as_deref(), Some("Deep"));
        assert_eq!(f.feeds[2].title, None);
        assert_eq!(f.rejected.len(), 1);
        assert!(f.rejected[0].starts_with("ftp://d.example/feed: "));
    }

    #[test]
    fn not_opml_is_an_error() {
        assert!(parse_opml(b"<rss version=\"2.0\"><channel/></rss>").is_err());
        assert!(parse_opml(b"<opml><body><outline xmlUrl=\"https://x/\"></body>").is_err());
        assert!(parse_opml(b"").is_err());
        let empty = parse_opml(b"<opml version=\"1.0\"><body/></opml>").unwrap();
        assert!(empty.feeds.is_empty());
    }

    #[test]
    fn sniffing() {
        assert!(is_opml(Path::new("subs.OPML"), b""));
        assert!(is_opml(Path::new("subs.xml"), OPML.as_bytes()));
        assert!(!is_opml(
            Path::new("feed.xml"),
            b"<?xml version=\"1.0\"?><rss version=\"2.0\"/>"
        ));
    }
}
