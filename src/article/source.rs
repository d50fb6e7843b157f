//! Resolving a SOURCE argument (file, directory, `-`) to articles, one result per article.

use super::{
    decode_bytes, decode_html, extract_html, parse_feed, parse_json, parse_json_lines,
    parse_markdown, parse_text, Article,
};
use crate::net::{load_url, looks_like_url, FetchLimits};
use anyhow::{anyhow, Context, Result};
use std::io::Read;
use std::path::{Path, PathBuf};

/// The article formats byline reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text, first line the title when a blank line follows.
    Text,
    /// Markdown with optional front matter.
    Markdown,
    /// A JSON object or array of objects.
    Json,
    /// One JSON object per line.
    JsonLines,
    /// An HTML page (or fragment): the main text is extracted.
    Html,
    /// An RSS, Atom, RDF or JSON feed: one article per item.
    Feed,
}

impl Format {
    /// The format for a path, by extension (plain text by default).
    pub fn from_path(path: &Path) -> Format {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("md" | "markdown") => Format::Markdown,
            Some("json") => Format::Json,
            Some("jsonl" | "ndjson") => Format::JsonLines,
            Some("html" | "htm" | "xhtml") => Format::Html,
            Some("xml" | "rss" | "atom" | "rdf") => Format::Feed,
            _ => Format::Text,
        }
    }

    /// The format for content whose name suggests `by_name`: markup at the start of the
    /// content wins (`<rss`, `<feed`, `<rdf:RDF` make a feed, `<!DOCTYPE html` or `<html` a
    /// page, after any byte-order mark, whitespace, XML prolog, processing instructions and
    /// comments), and a JSON object with a JSON Feed `version` is a feed. Markdown and JSON
    /// Lines stay as named.
    pub fn sniff(bytes: &[u8], by_name: Format) -> Format {
        match by_name {
            Format::Markdown | Format::JsonLines => by_name,
            Format::Json => {
                if is_json_feed(bytes) {
                    Format::Feed
                } else {
                    Format::Json
                }
            }
            Format::Text | Format::Html | Format::Feed => match leading_markup(bytes) {
                Some(Markup::Feed) => Format::Feed,
                Some(Markup::Html) => Format::Html,
                None if by_name == Format::Text && is_json_feed(bytes) => Format::Feed,
                None => by_name,
            },
        }
    }

    fn is_article_file(path: &Path) -> bool {
        matches!(
            path.extension()
                .and_then(|e| e.to_str())
                .map(str::to_ascii_lowercase)
                .as_deref(),
            Some(
                "txt"
                    | "md"
                    | "markdown"
                    | "json"
                    | "jsonl"
                    | "ndjson"
                    | "html"
                    | "htm"
                    | "xhtml"
                    | "xml"
                    | "rss"
                    | "atom"
                    | "rdf"
            )
        )
    }
}

/// What the first tag of a document says it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Markup {
    Feed,
    Html,
}

/// Looks at the first element (or doctype) of a document, past a BOM, whitespace, `<?...?>`
/// instructions, comments and a non-HTML doctype.
fn leading_markup(bytes: &[u8]) -> Option<Markup> {
    let mut rest = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    // A few rounds are plenty for real prologs; the bound keeps garbage cheap.
    for _ in 0..64 {
        rest = &rest[rest.iter().take_while(|b| b.is_ascii_whitespace()).count()..];
        let head: Vec<u8> = rest.iter().take(16).map(u8::to_ascii_lowercase).collect();
        let skip_past = |end: &[u8]| {
            rest.windows(end.len())
                .position(|w| w == end)
                .map(|p| p + end.len())
        };
        if head.starts_with(b"<?") {
            rest = &rest[skip_past(b"?>")?..];
        } else if head.starts_with(b"<!--") {
            rest = &rest[skip_past(b"-->")?..];
        } else if head.starts_with(b"<!doctype") {
            let after = head[9..]
                .iter()
                .skip_while(|b| b.is_ascii_whitespace())
                .copied()
                .collect::<Vec<u8>>();
            if after.starts_with(b"html") {
                return Some(Markup::Html);
            }
            rest = &rest[skip_past(b">")?..];
        } else if head.starts_with(b"<rss")
            || head.starts_with(b"<feed")
            || head.starts_with(b"<rdf:rdf")
        {
            return Some(Markup::Feed);
        } else if head.starts_with(b"<html") {
            return Some(Markup::Html);
        } else {
            return None;
        }
    }
    None
}

/// A JSON object with a `"version": "https://jsonfeed.org/..."` member. (Inside a JSON string
/// the quotes would be escaped, so the pattern only matches a real member.)
fn is_json_feed(bytes: &[u8]) -> bool {
    let Ok(head) =
        std::str::from_utf8(bytes).or_else(|e| std::str::from_utf8(&bytes[..e.valid_up_to()]))
    else {
        return false;
    };
    let head = head.trim_start_matches('\u{feff}').trim_start();
    if !head.starts_with('{') {
        return false;
    }
    head.match_indices("\"version\"").any(|(i, m)| {
        let after = head[i + m.len()..].trim_start();
        after
            .strip_prefix(':')
            .map(str::trim_start)
            .is_some_and(|v| v.starts_with("\"https://jsonfeed.org/"))
    })
}

/// One article loaded from a source, or the reason it could not be.
#[derive(Debug)]
pub struct Loaded {
    /// The source name to report (the path, or `-`).
    pub origin: String,
    /// The article, or a one-line reason.
    pub result: Result<Article>,
    /// A non-fatal note, e.g. lossy decoding.
    pub warning: Option<String>,
}

/// Loads every article a SOURCE names: a file, a directory (recursively, article files only),
/// `-` for stdin, or an http(s) URL (a page or a feed, fetched with the default
/// [`FetchLimits`]). Each article stands alone: a bad one does not stop the others.
pub fn load_source(source: &str) -> Vec<Loaded> {
    load_source_with(source, &FetchLimits::default())
}

/// As [`load_source`], fetching URLs with `limits`. A SOURCE that starts with `scheme://` and
/// is not an existing path is a URL; schemes other than http and https are an error.
pub fn load_source_with(source: &str, limits: &FetchLimits) -> Vec<Loaded> {
    if looks_like_url(source) && !Path::new(source).exists() {
        return load_url(source, limits);
    }
    if source == "-" {
        let mut bytes = Vec::new();
        return match std::io::stdin().read_to_end(&mut bytes) {
            Ok(_) => load_bytes("-", &bytes, Format::sniff(&bytes, Format::Text)),
            Err(e) => vec![failed("-", anyhow!(e).context("cannot read stdin"))],
        };
    }
    let path = Path::new(source);
    if path.is_dir() {
        let mut files = Vec::new();
        if let Err(e) = collect_files(path, &mut files) {
            return vec![failed(source, e)];
        }
        if files.is_empty() {
            return vec![failed(source, anyhow!("directory holds no article files"))];
        }
        files.sort();
        return files
            .iter()
            .flat_map(|f| load_file(&f.to_string_lossy(), f))
            .collect();
    }
    load_file(source, path)
}

fn load_file(origin: &str, path: &Path) -> Vec<Loaded> {
    match std::fs::read(path) {
        Ok(bytes) => load_bytes(
            origin,
            &bytes,
            Format::sniff(&bytes, Format::from_path(path)),
        ),
        Err(e) => vec![failed(origin, anyhow!(e))],
    }
}

/// Loads articles from bytes in a known format, naming them after `origin`.
pub fn load_bytes(origin: &str, bytes: &[u8], format: Format) -> Vec<Loaded> {
    match format {
        Format::Html => return load_html(origin, bytes),
        Format::Feed => return load_feed(origin, bytes),
        _ => {}
    }
    let decoded = match decode_bytes(bytes) {
        Ok(d) => d,
        Err(e) => return vec![failed(origin, e)],
    };
    let with_path = |mut a: Article| {
        a.path = Some(origin.to_owned());
        a
    };
    let one = |result: Result<Article>| Loaded {
        origin: origin.to_owned(),
        result: result.map(with_path),
        warning: decoded.warning.clone(),
    };
    match format {
        Format::Text => vec![one(Ok(parse_text(&decoded.text)))],
        Format::Markdown => vec![one(parse_markdown(&decoded.text))],
        Format::Json => match parse_json(&decoded.text) {
            Ok(articles) => articles.into_iter().map(|a| one(Ok(a))).collect(),
            Err(e) => vec![one(Err(e))],
        },
        Format::JsonLines => parse_json_lines(&decoded.text)
            .into_iter()
            .map(one)
            .collect(),
        Format::Html | Format::Feed => Vec::new(),
    }
}

fn load_html(origin: &str, bytes: &[u8]) -> Vec<Loaded> {
    let decoded = match decode_html(bytes) {
        Ok(d) => d,
        Err(e) => return vec![failed(origin, e)],
    };
    let mut warning = decoded.warning;
    let result = extract_html(&decoded.text).map(|(mut a, note)| {
        a.path = Some(origin.to_owned());
        // A decoding warning and an extraction note both matter; keep both on one line.
        warning = match (warning.take(), note) {
            (Some(w), Some(n)) => Some(format!("{w}; {n}")),
            (w, n) => w.or(n),
        };
        a
    });
    vec![Loaded {
        origin: origin.to_owned(),
        result,
        warning,
    }]
}

fn load_feed(origin: &str, bytes: &[u8]) -> Vec<Loaded> {
    // The same refusal of empty and binary input as every format; the feed parser decodes the
    // bytes itself, honouring the encoding its XML prolog declares.
    if let Err(e) = decode_bytes(bytes) {
        return vec![failed(origin, e)];
    }
    let feed = match parse_feed(bytes) {
        Ok(f) => f,
        Err(e) => return vec![failed(origin, e)],
    };
    let skipped = (feed.skipped > 0).then(|| {
        format!(
            "{} feed item(s) without title or text skipped",
            feed.skipped
        )
    });
    feed.articles
        .into_iter()
        .enumerate()
        .map(|(i, mut a)| {
            a.path = Some(origin.to_owned());
            Loaded {
                origin: origin.to_owned(),
                result: Ok(a),
                warning: if i == 0 { skipped.clone() } else { None },
            }
        })
        .collect()
}

fn failed(origin: &str, error: anyhow::Error) -> Loaded {
    Loaded {
        origin: origin.to_owned(),
        result: Err(error),
        warning: None,
    }
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let entries = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read directory {}", dir.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            collect_files(&path, out)?;
        } else if Format::is_article_file(&path) {
            out.push(path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_by_extension() {
        assert_eq!(Format::from_path(Path::new("a.md")), Format::Markdown);
        assert_eq!(Format::from_path(Path::new("a.JSONL")), Format::JsonLines);
        assert_eq!(Format::from_path(Path::new("a.txt")), Format::Text);
        assert_eq!(Format::from_path(Path::new("a")), Format::Text);
    }

    #[test]
    fn pages_and_feeds_by_extension() {
        assert_eq!(Format::from_path(Path::new("a.HTM")), Format::Html);
        assert_eq!(Format::from_path(Path::new("a.xhtml")), Format::Html);
        for ext in ["xml", "rss", "atom", "rdf"] {
            let name = format!("feed.{ext}");
            assert_eq!(Format::from_path(Path::new(&name)), Format::Feed);
            assert!(Format::is_article_file(Path::new(&name)));
        }
        assert!(Format::is_article_file(Path::new("a.html")));
        assert!(!Format::is_article_file(Path::new("a.png")));
    }

    #[test]
    fn sniffing_looks_past_prologs() {
        let feed = |s: &str| Format::sniff(s.as_bytes(), Format::Text);
        assert_eq!(
            feed("\u{feff}  <?xml version=\"1.0\"?>\n<rss version=\"2.0\">"),
            Format::Feed
        );
        assert_eq!(
            feed(
                "<?xml version=\"1.0\"?><?xml-stylesheet href=\"a\"?><!-- x --><feed xmlns=\"a\">"
            ),
            Format::Feed
        );
        assert_eq!(
            feed("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"r\">"),
            Format::Feed
        );
        assert_eq!(
            feed("<!DOCTYPE rss PUBLIC \"-//Netscape//DTD RSS 0.91//EN\" \"x\"><rss version=\"0.91\">"),
            Format::Feed
        );
        assert_eq!(feed("<!-- saved --><!DOCTYPE html><html>"), Format::Html);
        assert_eq!(feed("<HTML><BODY>"), Format::Html);
        assert_eq!(feed("Plain words <rss> later"), Format::Text);
        assert_eq!(feed("<!-- never closed"), Format::Text);
        assert_eq!(Format::sniff(b"<html>", Format::Markdown), Format::Markdown);
        assert_eq!(
            Format::sniff(b"<rss version=\"2.0\">", Format::Html),
            Format::Feed
        );
        assert_eq!(Format::sniff(b"<html><body>", Format::Feed), Format::Html);
    }

    #[test]
    fn json_feed_by_version() {
        let jf = br#"{ "version" : "https://jsonfeed.org/version/1.1", "items": [] }"#;
        assert_eq!(Format::sniff(jf, Format::Json), Format::Feed);
        assert_eq!(Format::sniff(jf, Format::Text), Format::Feed);
        let quoted = br#"{"text": "the \"version\": \"https://jsonfeed.org/\" key"}"#;
        assert_eq!(Format::sniff(quoted, Format::Json), Format::Json);
        assert_eq!(Format::sniff(b"[1, 2]", Format::Json), Format::Json);
    }

    #[test]
    fn bad_jsonl_line_keeps_others() {
        let r = load_bytes("x.jsonl", b"{\"text\":\"a\"}\n{oops\n", Format::JsonLines);
        assert_eq!(r.len(), 2);
        assert!(r[0].result.is_ok());
        assert!(r[1].result.is_err());
        assert_eq!(
            r[0].result.as_ref().unwrap().path.as_deref(),
            Some("x.jsonl")
        );
    }

    #[test]
    fn other_url_schemes_are_one_clear_error() {
        let r = load_source("ftp://files.example/story.txt");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].origin, "ftp://files.example/story.txt");
        let e = r[0].result.as_ref().unwrap_err().to_string();
        assert!(e.contains("only http and https"), "{e}");
    }

    #[test]
    fn missing_file_is_one_error() {
        let r = load_source("/nonexistent/byline/file.txt");
        assert_eq!(r.len(), 1);
        assert!(r[0].result.is_err());
    }
}
