//! Feeds: RSS 2.0, RSS 0.9x, RSS 1.0/RDF, Atom and JSON Feed, one article per item.

use super::html::html_to_text;
use super::Article;
use anyhow::{anyhow, bail, Result};
use feed_rs::model::{Entry, Feed, Person, Text};

/// Articles read from a feed, and the items left out.
#[derive(Debug, Default)]
pub struct FeedArticles {
    /// One article per item that has a title or some text, in feed order.
    pub articles: Vec<Article>,
    /// Items with neither a title nor any text, which were skipped.
    pub skipped: usize,
}

/// Parses a feed from its raw bytes (the parser honours the encoding an XML prolog declares).
///
/// Each item becomes an article: `title`, the item link as `url`, the published (else updated)
/// date, the first author (else the feed's), the feed's title as `source`, and as `text` the full content when
/// the feed carries it, else the summary, turned from HTML into plain text. An item with a
/// title but no text keeps the title as its text, so a headline-only feed still reads; an
/// item with neither is skipped and counted.
pub fn parse_feed(bytes: &[u8]) -> Result<FeedArticles> {
    let feed = feed_rs::parser::parse(bytes).map_err(|e| anyhow!("invalid feed: {e}"))?;
    let articles = feed_articles(&feed);
    if articles.articles.is_empty() {
        if articles.skipped > 0 {
            bail!(
                "feed has {} item(s), none with a title or text",
                articles.skipped
            );
        }
        bail!("feed has no items");
    }
    Ok(articles)
}

fn feed_articles(feed: &Feed) -> FeedArticles {
    let source = feed.title.as_ref().map(text_of).filter(|t| !t.is_empty());
    let feed_author = first_name(&feed.authors);
    let mut out = FeedArticles::default();
    for entry in &feed.entries {
        match entry_article(entry) {
            Some(mut article) => {
                article.source = source.clone();
                if article.author.is_none() {
                    article.author = feed_author.clone();
                }
                out.articles.push(article);
            }
            None => out.skipped += 1,
        }
    }
    out
}

fn entry_article(entry: &Entry) -> Option<Article> {
    let title = entry
        .title
        .as_ref()
        .map(text_of)
        .map(|t| single_line(&t))
        .filter(|t| !t.is_empty());
    let content = entry
        .content
        .as_ref()
        .and_then(|c| {
            let body = c.body.as_deref()?;
            Some(if is_plain(c.content_type.essence().to_string().as_str()) {
                body.trim().to_owned()
            } else {
                html_to_text(body)
            })
        })
        .filter(|t| !t.is_empty());
    let summary = || {
        // Podcasts often put fuller episode notes in a media description than in the
        // summary: take the longest of them.
        entry
            .summary
            .iter()
            .chain(entry.media.iter().filter_map(|m| m.description.as_ref()))
            .map(text_of)
            .filter(|t| !t.is_empty())
            .max_by_key(|t| t.len())
    };
    let text = content.or_else(summary).or_else(|| title.clone())?;
    let url = entry
        .links
        .iter()
        .find(|l| matches!(l.rel.as_deref(), None | Some("alternate")))
        .or_else(|| entry.links.first())
        .map(|l| l.href.trim().to_owned())
        .filter(|h| !h.is_empty());
    let author = first_name(&entry.authors);
    Some(Article {
        title,
        text,
        published: entry.published.or(entry.updated).map(|d| d.date_naive()),
        source: None,
        url,
        author,
        path: None,
    })
}

/// Plain text of a feed text construct: HTML unless it says `text/plain`. Plain text that
/// still carries character references (`&amp;`, `&#8211;`) and no tags has them decoded, as
/// publishers often escape titles twice.
fn text_of(t: &Text) -> String {
    let plain = is_plain(t.content_type.essence().to_string().as_str());
    let escaped = t.content.contains('&') && !t.content.contains('<');
    if plain && !escaped {
        t.content.trim().to_owned()
    } else {
        html_to_text(&t.content)
    }
}

/// The first non-empty name among people.
fn first_name(people: &[Person]) -> Option<String> {
    people
        .iter()
        .filter_map(|p| p.name.as_deref().map(person_name))
        .find(|n| !n.is_empty())
}

/// A person's name, from the RSS form `email (Name)` when it is used (the parser may have
/// taken the email already and left `(Name)`).
fn person_name(raw: &str) -> String {
    let raw = single_line(raw);
    if let Some(inner) = raw.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        if !inner.contains(['(', ')']) && !inner.trim().is_empty() {
            return inner.trim().to_owned();
        }
    }
    if let Some((email, rest)) = raw.split_once(" (") {
        if email.contains('@') && !email.contains(' ') {
            if let Some(name) = rest.strip_suffix(')') {
                if !name.trim().is_empty() {
                    return name.trim().to_owned();
                }
            }
        }
    }
    raw
}

fn is_plain(media_type: &str) -> bool {
    media_type.eq_ignore_ascii_case("text/plain")
}

fn single_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    const RSS: &str = r#"<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Planet News</title><link>https://planet.example/</link>
<item><title>Talks go on</title><link>https://planet.example/talks</link>
<pubDate>Wed, 20 Jul 2022 10:00:00 +0000</pubDate><author>lois@planet.example (Lois Lane)</author>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>First paragraph.</p><p>Second &amp; last.</p>]]></content:encoded></item>
<item><title>Only a summary</title><description>&lt;p&gt;Summary &lt;b&gt;text&lt;/b&gt;.&lt;/p&gt;</description></item>
<item><title>Headline only</title></item>
<item><link>https://planet.example/empty</link></item>
</channel></rss>"#;

    #[test]
    fn rss_items_become_articles() {
        let f = parse_feed(RSS.as_bytes()).unwrap();
        assert_eq!(f.articles.len(), 3);
        assert_eq!(f.skipped, 1);
        let a = &f.articles[0];
        assert_eq!(a.title.as_deref(), Some("Talks go on"));
        assert_eq!(a.text, "First paragraph.\n\nSecond & last.");
        assert_eq!(a.url.as_deref(), Some("https://planet.example/talks"));
        assert_eq!(a.source.as_deref(), Some("Planet News"));
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2022, 7, 20));
        assert_eq!(a.author.as_deref(), Some("Lois Lane"));
        assert_eq!(f.articles[1].text, "Summary text.");
        assert_eq!(f.articles[2].text, "Headline only");
    }

    #[test]
    fn atom_entries_become_articles() {
        let atom = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Times</title><id>urn:x</id>
<author><name>Feed Author</name></author>
<updated>2023-01-02T00:00:00Z</updated>
<entry><title>Entry one</title><id>urn:1</id><link rel="alternate" href="https://a.example/1"/>
<updated>2023-01-02T08:00:00Z</updated><author><name>Ann Author</name></author>
<content type="html">&lt;p&gt;Body one.&lt;/p&gt;&lt;p&gt;Body two.&lt;/p&gt;</content></entry>
<entry><title>Entry two</title><id>urn:2</id><summary>Two.</summary></entry>
</feed>"#;
        let f = parse_feed(atom.as_bytes()).unwrap();
        let a = &f.articles[0];
        assert_eq!(a.title.as_deref(), Some("Entry one"));
        assert_eq!(a.text, "Body one.\n\nBody two.");
        assert_eq!(a.author.as_deref(), Some("Ann Author"));
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2023, 1, 2));
        assert_eq!(a.source.as_deref(), Some("Atom Times"));
        assert_eq!(f.articles[1].author.as_deref(), Some("Feed Author"));
        assert_eq!(f.articles[1].text, "Two.");
    }

    #[test]
    fn json_feed_items_become_articles() {
        let json = r#"{"version":"https://jsonfeed.org/version/1.1","title":"J &#8211; F",
            "items":[{"id":"1","title":"J one","content_html":"<p>A.</p><p>B.</p>",
            "url":"https://j.example/1","date_published":"2020-05-06T00:00:00Z"}]}"#;
        let f = parse_feed(json.as_bytes()).unwrap();
        assert_eq!(f.articles[0].text, "A.\n\nB.");
        assert_eq!(f.articles[0].url.as_deref(), Some("https://j.example/1"));
        assert_eq!(f.articles[0].source.as_deref(), Some("J \u{2013} F"));
    }

    #[test]
    fn iso_8859_1_feed_decodes() {
        let mut bytes = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\
<rss version=\"2.0\"><channel><title>Caf"
            .to_vec();
        bytes.push(0xe9);
        bytes.extend_from_slice(b"</title><item><title>Cr");
        bytes.push(0xe8);
        bytes.extend_from_slice(b"me</title></item></channel></rss>");
        let f = parse_feed(&bytes).unwrap();
        assert_eq!(f.articles[0].source.as_deref(), Some("Caf\u{e9}"));
        assert_eq!(f.articles[0].title.as_deref(), Some("Cr\u{e8}me"));
    }

    #[test]
    fn broken_and_empty_feeds_are_errors() {
        assert!(parse_feed(b"<rss version=\"2.0\"><channel><item><title>x").is_err());
        assert!(
            parse_feed(b"<rss version=\"2.0\"><channel><title>t</title></channel></rss>").is_err()
        );
        assert!(parse_feed(b"<html><body>not a feed</body></html>").is_err());
        assert!(parse_feed(b"{\"not\": \"a feed\"}").is_err());
    }
}
