//! HTML articles and fragments: charset-aware decoding, readability-style extraction of the main
//! text with its metadata (title, author, site, date, URL), and HTML-to-text conversion that keeps
//! paragraphs apart.

use super::{decode_bytes, parse_date, Article, Decoded};
use anyhow::{bail, Result};
use chrono::NaiveDate;
use dom_query::{Document, NodeRef};
use dom_smoothie::{Config, Readability};
use encoding_rs::Encoding;

/// Decodes an HTML page. A UTF-16 byte-order mark decides; otherwise bytes that are valid UTF-8
/// are read as UTF-8 whatever the page declares (a re-saved page often keeps a stale
/// declaration); otherwise the charset declared in a `<meta>` tag or an XML prolog is used,
/// and without one, UTF-8 lossily, with a warning. Empty and binary input are errors, as for
/// every other format.
pub fn decode_html(bytes: &[u8]) -> Result<Decoded> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        if encoding != encoding_rs::UTF_8 {
            return decode_with(encoding, &bytes[bom_len..]);
        }
    }
    let utf8 = decode_bytes(bytes)?;
    if utf8.warning.is_none() {
        // Text in a legacy encoding with any non-ASCII byte is almost never valid UTF-8.
        return Ok(utf8);
    }
    match declared_charset(bytes) {
        Some(encoding) if encoding != encoding_rs::UTF_8 => decode_with(encoding, bytes),
        _ => Ok(utf8),
    }
}

fn decode_with(encoding: &'static Encoding, bytes: &[u8]) -> Result<Decoded> {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    if text.trim().is_empty() {
        bail!("empty file");
    }
    Ok(Decoded {
        text: text.into_owned(),
        warning: had_errors.then(|| {
            format!(
                "invalid {} input, some bytes replaced with U+FFFD",
                encoding.name()
            )
        }),
    })
}

/// The encoding declared in the first 8 KiB: `<meta charset=...>`,
/// `<meta http-equiv="Content-Type" content="...; charset=...">` or `<?xml ... encoding="..."?>`.
/// A declared UTF-16 means UTF-8 here, as in browsers (the bytes are ASCII-compatible).
pub fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(8192)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    if lower.starts_with(b"<?xml") {
        if let Some(end) = find(&lower, b"?>", 0) {
            if let Some(label) = attr_value(&lower[..end], b"encoding") {
                return encoding_for(label);
            }
        }
    }
    let mut at = 0;
    while let Some(start) = find(&lower, b"<meta", at) {
        let end = find(&lower, b">", start).unwrap_or(lower.len());
        let tag = &lower[start..end];
        if let Some(label) = attr_value(tag, b"charset") {
            if let Some(enc) = encoding_for(label) {
                return Some(enc);
            }
        }
        at = end;
    }
    None
}

fn encoding_for(label: &[u8]) -> Option<&'static Encoding> {
    let enc = Encoding::for_label(label)?;
    if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
        Some(encoding_rs::UTF_8)
    } else {
        Some(enc)
    }
}

fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// The value after `name=` in a tag (quoted or not), e.g. `charset=utf-8` or `encoding="x"`.
fn attr_value<'a>(tag: &'a [u8], name: &[u8]) -> Option<&'a [u8]> {
    let pos = find(tag, name, 0)?;
    let rest = &tag[pos + name.len()..];
    let rest = trim_ascii_start(rest);
    let rest = trim_ascii_start(rest.strip_prefix(b"=")?);
    let (quote, rest) = match rest.first() {
        Some(&q @ (b'"' | b'\'')) => (Some(q), &rest[1..]),
        _ => (None, rest),
    };
    let end = rest
        .iter()
        .position(|&b| match quote {
            Some(q) => b == q,
            None => b.is_ascii_whitespace() || matches!(b, b'"' | b'\'' | b';' | b'>' | b'/'),
        })
        .unwrap_or(rest.len());
    let value = &rest[..end];
    (!value.is_empty()).then_some(value)
}

fn trim_ascii_start(b: &[u8]) -> &[u8] {
    let n = b.iter().take_while(|c| c.is_ascii_whitespace()).count();
    &b[n..]
}

/// Beyond this depth of nested elements, readability scoring is skipped: its cost grows with
/// depth times size, and real article pages stay far below it.
const MAX_READABILITY_DEPTH: usize = 256;
/// Beyond this many elements, readability scoring is skipped for the same reason.
const MAX_READABILITY_ELEMENTS: usize = 150_000;

/// Extracts the article from a whole HTML page: the main text readability-style (navigation,
/// ads, comments, forms and footers dropped), with title, author, site name, date and URL from
/// the page's metadata. Falls back to the whole body when no main text stands out.
pub fn parse_html(html: &str) -> Result<Article> {
    extract_html(html).map(|(article, _)| article)
}

/// As [`parse_html`], with a note when the page was too large or too deeply nested for
/// readability scoring and its whole body text was taken instead.
pub fn extract_html(html: &str) -> Result<(Article, Option<String>)> {
    let doc = Document::from(html);
    let extra = PageMeta::read(&doc);
    let (elements, depth) = tree_size(&doc.root());
    let config = Config {
        // Dates and URLs from JSON-LD are worth having; the text comes from the DOM.
        disable_json_ld: false,
        ..Config::default()
    };
    let mut note = None;
    let mut found = None;
    let mut unused = None;
    if depth > MAX_READABILITY_DEPTH || elements > MAX_READABILITY_ELEMENTS {
        note = Some(format!(
            "page too large for article extraction ({elements} elements, nesting depth {depth}); \
             whole body text used"
        ));
        unused = Some(doc);
    } else {
        let mut readability = Readability::with_document(doc, None, Some(config.clone()))?;
        if let Ok(article) = readability.parse() {
            let root = readability.doc.select_single("#readability-page-1");
            let text = root
                .nodes()
                .first()
                .map(|n| node_to_text(n))
                .unwrap_or_default();
            if !text.trim().is_empty() {
                found = Some((text, Meta::from(article)));
            }
        }
    }
    let (text, meta) = match found {
        Some(found) => found,
        None => {
            // No main text stood out (or the page is too big to score): take the body minus
            // the obvious chrome, with the metadata readability reads from the head.
            let doc = unused.unwrap_or_else(|| Document::from(html));
            let readability = Readability::with_document(doc, None, Some(config))?;
            let meta = Meta::from(readability.get_article_metadata(readability.parse_json_ld()));
            (body_text(&readability.doc), meta)
        }
    };
    if text.trim().is_empty() {
        bail!("no article text found in the HTML");
    }
    let article = Article {
        text,
        title: non_empty(meta.title).or(extra.title),
        author: meta.byline.and_then(clean_byline).or(extra.author),
        source: meta.site_name.and_then(non_empty).or(extra.site_name),
        published: meta
            .published_time
            .as_deref()
            .and_then(parse_page_date)
            .or(extra.published),
        url: extra.url.or(meta.url.and_then(non_empty)),
        path: None,
    };
    Ok((article, note))
}

/// The metadata readability reports, whether it found a main text or not.
struct Meta {
    title: String,
    byline: Option<String>,
    site_name: Option<String>,
    published_time: Option<String>,
    url: Option<String>,
}

impl From<dom_smoothie::Article> for Meta {
    fn from(a: dom_smoothie::Article) -> Meta {
        Meta {
            title: a.title,
            byline: a.byline,
            site_name: a.site_name,
            published_time: a.published_time,
            url: a.url,
        }
    }
}

impl From<dom_smoothie::Metadata> for Meta {
    fn from(m: dom_smoothie::Metadata) -> Meta {
        Meta {
            title: m.title,
            byline: m.byline,
            site_name: m.site_name,
            published_time: m.published_time,
            url: m.url,
        }
    }
}

/// The text of the whole body, minus navigation, headers, footers, asides and forms.
fn body_text(doc: &Document) -> String {
    doc.select("script, style, noscript, template, nav, header, footer, aside, form")
        .remove();
    doc.body().map(|b| node_to_text(&b)).unwrap_or_default()
}

/// Number of elements under a node, and the deepest nesting of elements.
fn tree_size(root: &NodeRef) -> (usize, usize) {
    let mut elements = 0;
    let mut max_depth = 0;
    let mut stack = vec![(*root, 0usize)];
    while let Some((node, depth)) = stack.pop() {
        if node.is_element() {
            elements += 1;
            max_depth = max_depth.max(depth);
        }
        for child in node.children() {
            if child.may_have_children() {
                stack.push((child, depth + 1));
            }
        }
    }
    (elements, max_depth)
}

/// Converts an HTML fragment (a feed item's content, say) to plain text: paragraphs and other
/// blocks separated by a blank line, list items and `<br>` on their own lines, scripts, styles
/// and forms dropped, entities decoded, whitespace collapsed.
pub fn html_to_text(fragment: &str) -> String {
    let doc = Document::fragment(fragment);
    let root = doc.root();
    node_to_text(&root)
}

/// What the page says about itself beyond what readability reports.
#[derive(Debug, Default)]
struct PageMeta {
    title: Option<String>,
    url: Option<String>,
    published: Option<NaiveDate>,
    site_name: Option<String>,
    author: Option<String>,
}

impl PageMeta {
    fn read(doc: &Document) -> PageMeta {
        let attr = |sel: &str, name: &str| -> Option<String> {
            doc.select(sel)
                .nodes()
                .iter()
                .filter_map(|n| n.attr(name))
                .map(|v| v.trim().to_owned())
                .find(|v| !v.is_empty())
        };
        let url = attr("link[rel=canonical]", "href")
            .or_else(|| attr("meta[property='og:url']", "content"))
            .filter(|u| u.starts_with("http://") || u.starts_with("https://"));
        let published = [
            "meta[property='article:published_time']",
            "meta[name='article:published_time']",
            "meta[itemprop=datePublished]",
            "meta[name=pubdate]",
            "meta[name=publishdate]",
            "meta[name=date]",
            "meta[name='dc.date']",
            "meta[name='DC.date']",
            "meta[name='dcterms.date']",
            "meta[name='DC.date.issued']",
            "meta[name='sailthru.date']",
        ]
        .iter()
        .filter_map(|sel| attr(sel, "content"))
        .find_map(|v| parse_page_date(&v))
        .or_else(|| {
            doc.select("time[datetime]")
                .nodes()
                .iter()
                .filter_map(|n| n.attr("datetime"))
                .find_map(|v| parse_page_date(&v))
        });
        let title = doc
            .select_single("title")
            .nodes()
            .first()
            .map(|n| collapse_ws(&n.text()))
            .and_then(non_empty);
        PageMeta {
            title,
            url,
            published,
            site_name: attr("meta[property='og:site_name']", "content"),
            author: attr("meta[name=author]", "content").and_then(clean_byline),
        }
    }
}

/// Parses the date forms pages use: ISO 8601 / RFC 3339 (with or without time and zone),
/// RFC 2822, `YYYY/MM/DD`, `YYYYMMDD`, and `Month D, YYYY`.
fn parse_page_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    if let Some(d) = parse_date(s) {
        return Some(d);
    }
    let compact: String = s.chars().take(10).collect();
    for fmt in ["%Y/%m/%d", "%Y.%m.%d", "%Y%m%d"] {
        if let Ok(d) = NaiveDate::parse_from_str(compact.trim(), fmt) {
            return Some(d);
        }
    }
    if let Ok(d) = NaiveDate::parse_from_str(s.get(..8).unwrap_or(""), "%Y%m%d") {
        return Some(d);
    }
    for fmt in ["%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y"] {
        if let Ok(d) = NaiveDate::parse_from_str(s, fmt) {
            return Some(d);
        }
    }
    None
}

fn clean_byline(s: String) -> Option<String> {
    let s = collapse_ws(&s);
    let trimmed = s
        .strip_prefix("By ")
        .or_else(|| s.strip_prefix("by "))
        .or_else(|| s.strip_prefix("BY "))
        .unwrap_or(&s)
        .trim();
    non_empty(trimmed.to_owned())
}

fn non_empty(s: String) -> Option<String> {
    let t = s.trim();
    if t.is_empty() {
        None
    } else if t.len() == s.len() {
        Some(s)
    } else {
        Some(t.to_owned())
    }
}

fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// How an element breaks the flow of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Flow {
    /// Inline: text runs on.
    Inline,
    /// A line of its own (list item, table row, `<br>`).
    Line,
    /// A paragraph of its own, a blank line around it.
    Block,
    /// Dropped with its content.
    Skip,
}

fn flow_of(name: &str) -> Flow {
    match name {
        "script" | "style" | "noscript" | "template" | "iframe" | "object" | "embed" | "svg"
        | "canvas" | "button" | "select" | "input" | "textarea" | "form" | "head" | "title"
        | "meta" | "link" | "audio" | "video" | "map" | "dialog" => Flow::Skip,
        "p" | "div" | "section" | "article" | "main" | "header" | "footer" | "aside" | "nav"
        | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "blockquote" | "pre" | "table" | "ul"
        | "ol" | "dl" | "figure" | "figcaption" | "hr" | "address" | "details" | "fieldset"
        | "center" | "hgroup" | "body" | "html" | "caption" => Flow::Block,
        "li" | "tr" | "br" | "dt" | "dd" | "summary" | "legend" | "option" => Flow::Line,
        _ => Flow::Inline,
    }
}

/// Builds text from a stream of words and breaks: whitespace collapses to one space, breaks
/// collapse to the strongest one asked for, nothing leads or trails.
#[derive(Debug, Default)]
struct TextBuilder {
    out: String,
    /// Newlines owed before the next text: 0, 1 (line) or 2 (paragraph).
    pending_break: u8,
    pending_space: bool,
}

impl TextBuilder {
    fn text(&mut self, s: &str, preformatted: bool) {
        for c in s.chars() {
            match c {
                // soft hyphen, zero-width space: invisible
                '\u{ad}' | '\u{200b}' | '\r' => {}
                '\n' if preformatted => self.line_break(1),
                c if c.is_whitespace() && !preformatted => self.pending_space = true,
                c => {
                    self.flush();
                    self.out.push(if c.is_whitespace() { ' ' } else { c });
                }
            }
        }
    }

    fn flush(&mut self) {
        if self.out.is_empty() {
            self.pending_break = 0;
            self.pending_space = false;
            return;
        }
        if self.pending_break > 0 {
            while self.out.ends_with(' ') {
                self.out.pop();
            }
            for _ in 0..self.pending_break {
                self.out.push('\n');
            }
        } else if self.pending_space {
            self.out.push(' ');
        }
        self.pending_break = 0;
        self.pending_space = false;
    }

    fn line_break(&mut self, n: u8) {
        self.pending_break = self.pending_break.max(n);
        self.pending_space = false;
    }

    fn finish(self) -> String {
        self.out.trim_end().to_owned()
    }
}

/// Text of a node and everything under it, walked without recursion so that deeply nested
/// markup cannot exhaust the stack.
fn node_to_text(root: &NodeRef) -> String {
    enum Step<'a> {
        Enter(NodeRef<'a>),
        Leave(Flow, bool),
        Space,
    }
    let mut b = TextBuilder::default();
    let mut stack = vec![Step::Enter(*root)];
    let mut pre_depth = 0usize;
    while let Some(step) = stack.pop() {
        match step {
            Step::Leave(flow, pre) => {
                if pre {
                    pre_depth = pre_depth.saturating_sub(1);
                }
                match flow {
                    Flow::Block => b.line_break(2),
                    Flow::Line => b.line_break(1),
                    Flow::Inline | Flow::Skip => {}
                }
            }
            Step::Space => b.pending_space = true,
            Step::Enter(node) => {
                if node.is_text() {
                    b.text(&node.text(), pre_depth > 0);
                    continue;
                }
                if !(node.is_element() || node.is_document() || node.is_fragment()) {
                    continue;
                }
                let name = node
                    .node_name()
                    .map(|n| n.to_ascii_lowercase())
                    .unwrap_or_default();
                let flow = if node.is_element() {
                    flow_of(&name)
                } else {
                    Flow::Inline
                };
                if flow == Flow::Skip || is_hidden(&node) {
                    continue;
                }
                match flow {
                    Flow::Block => b.line_break(2),
                    Flow::Line => b.line_break(1),
                    // table cells and MathML tokens are words of their own
                    Flow::Inline if is_spaced(&name) => b.pending_space = true,
                    Flow::Inline | Flow::Skip => {}
                }
                let pre = name == "pre";
                if pre {
                    pre_depth += 1;
                }
                if flow == Flow::Inline && is_spaced(&name) {
                    stack.push(Step::Space);
                }
                stack.push(Step::Leave(flow, pre));
                let children = node.children();
                for child in children.into_iter().rev() {
                    stack.push(Step::Enter(child));
                }
            }
        }
    }
    b.finish()
}

/// Inline elements whose content never runs into its neighbours' words.
fn is_spaced(name: &str) -> bool {
    matches!(
        name,
        "td" | "th" | "math" | "mi" | "mo" | "mn" | "ms" | "mtext" | "mrow" | "msup" | "msub"
    )
}

fn is_hidden(node: &NodeRef) -> bool {
    if node.has_attr("hidden") {
        return true;
    }
    node.attr("style").is_some_and(|s| {
        let s: String = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragment_keeps_paragraphs_apart() {
        let t = html_to_text("<p>One  <b>bold</b>\n word.</p><p>Two &amp; three.</p>");
        assert_eq!(t, "One bold word.\n\nTwo & three.");
    }

    #[test]
    fn headings_lists_and_breaks_get_their_own_lines() {
        let t = html_to_text("<h2>Head</h2>Intro<br>next<ul><li>a</li><li>b</li></ul>after");
        assert_eq!(t, "Head\n\nIntro\nnext\n\na\nb\n\nafter");
    }

    #[test]
    fn scripts_styles_and_forms_are_dropped() {
        let t = html_to_text(
            "<p>Kept.</p><script>var x = 1;</script><style>p{}</style>\
             <form><input value=x>Sign up</form><p hidden>secret</p>",
        );
        assert_eq!(t, "Kept.");
    }

    #[test]
    fn table_cells_and_math_tokens_stay_apart() {
        let t = html_to_text("<table><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></table>");
        assert_eq!(t, "a b\nc");
        let m = html_to_text("<p>x<math><mi>a</mi><mo>=</mo><mn>2</mn></math>y</p>");
        assert_eq!(m, "x a = 2 y");
    }

    #[test]
    fn preformatted_text_keeps_its_lines() {
        let t = html_to_text("<pre>a  b\nc</pre>");
        assert_eq!(t, "a  b\nc");
    }

    #[test]
    fn plain_text_fragment_passes_through() {
        assert_eq!(html_to_text("Just words, no tags."), "Just words, no tags.");
    }

    #[test]
    fn charset_from_meta_and_prolog() {
        let page =
            b"<html><head><meta charset=\"ISO-8859-1\"></head><body><p>caf\xe9</p></body></html>";
        assert_eq!(declared_charset(page), Some(encoding_rs::WINDOWS_1252));
        let d = decode_html(page).unwrap();
        assert!(d.text.contains("caf\u{e9}"));
        assert!(d.warning.is_none());
        let old = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">";
        assert_eq!(declared_charset(old), Some(encoding_rs::WINDOWS_1251));
        let xml = b"<?xml version=\"1.0\" encoding=\"iso-8859-15\"?><html/>";
        assert_eq!(declared_charset(xml), Some(encoding_rs::ISO_8859_15));
        assert_eq!(declared_charset(b"<html><p>no meta</p>"), None);
    }

    #[test]
    fn valid_utf8_wins_over_a_stale_declaration() {
        let page = "<meta charset=\"gb2312\"><p>\u{8c37}\u{6b4c} caf\u{e9}</p>";
        let d = decode_html(page.as_bytes()).unwrap();
        assert_eq!(d.text, page);
        assert!(d.warning.is_none());
    }

    #[test]
    fn undeclared_bad_utf8_is_lossy_with_warning() {
        let d = decode_html(b"<p>caf\xe9</p>").unwrap();
        assert!(d.text.contains('\u{FFFD}'));
        assert!(d.warning.is_some());
        assert!(decode_html(b"").is_err());
        assert!(decode_html(b"\x00\x01\x02binary").is_err());
    }

    #[test]
    fn page_metadata_and_main_text() {
        let body = "<p>The minister said on Tuesday that the talks would go on, and that \
                    both sides had agreed to meet again next week in the capital.</p>"
            .repeat(4);
        let page = format!(
            "<!DOCTYPE html><html><head><title>Talks on the border dispute go on - Daily Planet</title>\
             <meta property=\"og:site_name\" content=\"Daily Planet\">\
             <meta property=\"article:published_time\" content=\"2022-07-20T10:00:00Z\">\
             <meta name=\"author\" content=\"Lois Lane\">\
             <link rel=\"canonical\" href=\"https://planet.example/talks\"></head>\
             <body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\
             <article><h1>Talks on the border dispute go on</h1>{body}</article>\
             <footer>Copyright Daily Planet. All rights reserved.</footer></body></html>"
        );
        let a = parse_html(&page).unwrap();
        assert_eq!(
            a.title.as_deref(),
            Some("Talks on the border dispute go on")
        );
        assert_eq!(a.source.as_deref(), Some("Daily Planet"));
        assert_eq!(a.author.as_deref(), Some("Lois Lane"));
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2022, 7, 20));
        assert_eq!(a.url.as_deref(), Some("https://planet.example/talks"));
        assert!(a.text.starts_with("The minister said on Tuesday"));
        assert!(a.text.contains("capital.\n\nThe minister"));
        assert!(!a.text.contains("Home"));
        assert!(!a.text.contains("Copyright"));
    }

    #[test]
    fn date_from_time_element() {
        let page = "<html><body><article><time datetime=\"2021-03-04\">March 4</time>\
                    <p>Short text.</p></article></body></html>";
        let a = parse_html(page).unwrap();
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2021, 3, 4));
        assert!(a.text.contains("Short text."));
    }

    #[test]
    fn page_dates_in_several_forms() {
        let d = NaiveDate::from_ymd_opt(2015, 4, 22);
        assert_eq!(parse_page_date("2015-04-22T20:46:00+00:00"), d);
        assert_eq!(parse_page_date("2015/04/22"), d);
        assert_eq!(parse_page_date("20150422"), d);
        assert_eq!(parse_page_date("April 22, 2015"), d);
        assert_eq!(parse_page_date("soon"), None);
    }

    #[test]
    fn garbage_and_empty_pages_do_not_panic() {
        assert!(parse_html("<html><body></body></html>").is_err());
        let _ = parse_html("<<<>>><div<p</b>&&&;<table><tr><td>x");
        let deep = "<div>".repeat(3_000) + "deep text" + &"</div>".repeat(3_000);
        let _ = html_to_text(&deep);
    }
}
