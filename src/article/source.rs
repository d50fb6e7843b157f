//! Resolving a SOURCE argument (file, directory, `-`) to articles, one result per article.

use super::{decode_bytes, parse_json, parse_json_lines, parse_markdown, parse_text, Article};
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
            _ => Format::Text,
        }
    }

    fn is_article_file(path: &Path) -> bool {
        matches!(
            path.extension()
                .and_then(|e| e.to_str())
                .map(str::to_ascii_lowercase)
                .as_deref(),
            Some("txt" | "md" | "markdown" | "json" | "jsonl" | "ndjson")
        )
    }
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
/// or `-` for stdin. Each article stands alone: a bad one does not stop the others.
pub fn load_source(source: &str) -> Vec<Loaded> {
    if source == "-" {
        let mut bytes = Vec::new();
        return match std::io::stdin().read_to_end(&mut bytes) {
            Ok(_) => load_bytes("-", &bytes, Format::Text),
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
        Ok(bytes) => load_bytes(origin, &bytes, Format::from_path(path)),
        Err(e) => vec![failed(origin, anyhow!(e))],
    }
}

/// Loads articles from bytes in a known format, naming them after `origin`.
pub fn load_bytes(origin: &str, bytes: &[u8], format: Format) -> Vec<Loaded> {
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
    }
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
    fn missing_file_is_one_error() {
        let r = load_source("/nonexistent/byline/file.txt");
        assert_eq!(r.len(), 1);
        assert!(r[0].result.is_err());
    }
}
