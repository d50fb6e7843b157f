//! `byline add` and `byline list`: the command-line face of the library.

use super::{ImportCounts, Library, StoryRow};
use crate::article::load_source_with;
use crate::cli::{one_line, plural, report_loaded, OutputFormat};
use crate::net::FetchLimits;
use anyhow::Result;
use serde::Serialize;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

/// Opens the library named by `--library` (or `$BYLINE_LIBRARY`, or the XDG default).
pub fn open(explicit: Option<&Path>) -> Result<Library> {
    Library::open(&super::resolve_path(explicit)?)
}

/// `byline add SOURCE...`: loads every source with the usual loaders and stores the articles,
/// in committed batches. Each failed source is one line on stderr (the others still import);
/// a progress line goes to stderr after each committed batch of a large import; the counts go
/// to stdout (`added 12, duplicates 3, failed 1`). An OPML file adds its feeds to the
/// subscriptions instead (`subscriptions: 3 new, 1 already followed`). Exit status 1 when
/// anything failed. URLs are fetched within `limits`.
pub fn run_add(sources: &[String], library: Option<&Path>, limits: &FetchLimits) -> ExitCode {
    let mut lib = match open(library) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("byline: {}", one_line(&e));
            return ExitCode::FAILURE;
        }
    };
    let mut failed = 0usize;
    // OPML subscription lists add feeds to follow rather than stories.
    let (opml, sources): (Vec<&String>, Vec<&String>) = sources
        .iter()
        .partition(|s| crate::net::is_opml_file(Path::new(s)));
    for path in &opml {
        match crate::net::import_opml(&lib, Path::new(path)) {
            Ok(r) => {
                for skipped in &r.rejected {
                    eprintln!("byline: {path}: skipped {skipped}");
                }
                println!(
                    "subscriptions: {} new, {} already followed",
                    r.new, r.existing
                );
            }
            Err(e) => {
                failed += 1;
                eprintln!("byline: {path}: {}", one_line(&e));
            }
        }
    }
    if sources.is_empty() {
        return if failed > 0 {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        };
    }
    let articles = sources
        .iter()
        .flat_map(|s| load_source_with(s, limits))
        .filter_map(|loaded| {
            let article = report_loaded(loaded);
            failed += usize::from(article.is_none());
            article
        });
    let result = lib.import(articles, |so_far: ImportCounts| {
        eprintln!(
            "byline: {} committed so far (added {}, duplicates {})",
            plural(so_far.total(), "story", "stories"),
            so_far.added,
            so_far.duplicates
        );
    });
    let counts = match result {
        Ok(c) => c,
        Err(e) => {
            eprintln!("byline: {}", one_line(&e));
            return ExitCode::FAILURE;
        }
    };
    // Cached analyses of an older analyser are never read again.
    if let Err(e) = lib.prune_analyses() {
        eprintln!("byline: warning: {}", one_line(&e));
    }
    println!(
        "added {}, duplicates {}, failed {failed}",
        counts.added, counts.duplicates
    );
    if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// One story in `byline list --format json`.
#[derive(Debug, Serialize)]
struct ListedStory<'a> {
    id: i64,
    date: Option<String>,
    source: Option<&'a str>,
    title: Option<&'a str>,
    url: Option<&'a str>,
    path: Option<&'a str>,
    read: bool,
    added: String,
}

impl<'a> ListedStory<'a> {
    fn new(row: &'a StoryRow) -> Self {
        ListedStory {
            id: row.id.0,
            date: row.published.map(|d| d.format("%Y-%m-%d").to_string()),
            source: row.source.as_deref(),
            title: row.title.as_deref(),
            url: row.url.as_deref(),
            path: row.path.as_deref(),
            read: row.read,
            added: chrono::DateTime::from_timestamp(row.added, 0)
                .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
                .unwrap_or_default(),
        }
    }
}

/// One story as a line of `byline list`: id, date, read or not, source, title.
pub fn text_line(row: &StoryRow, id_width: usize) -> String {
    let date = row
        .published
        .map_or_else(|| "-".to_owned(), |d| d.format("%Y-%m-%d").to_string());
    let state = if row.read { "read" } else { "unread" };
    let source = row
        .source
        .as_deref()
        .filter(|s| !s.trim().is_empty())
        .map_or(String::new(), |s| format!("{s} · "));
    let title = row
        .title
        .as_deref()
        .filter(|t| !t.trim().is_empty())
        .or(row.path.as_deref())
        .unwrap_or("(untitled)");
    format!(
        "{:>id_width$}  {date:<10}  {state:<6}  {source}{title}",
        row.id.0
    )
    .replace(['\n', '\r'], " ")
}

/// `byline list [--format json|text]`: the library's stories, newest first.
pub fn run_list(format: OutputFormat, library: Option<&Path>) -> ExitCode {
    let rows = match open(library).and_then(|lib| lib.stories()) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("byline: {}", one_line(&e));
            return ExitCode::FAILURE;
        }
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let id_width = rows
        .iter()
        .map(|r| r.id.0.to_string().len())
        .max()
        .unwrap_or(1);
    let written = rows.iter().try_for_each(|row| match format {
        OutputFormat::Text => writeln!(out, "{}", text_line(row, id_width)),
        OutputFormat::Json => match serde_json::to_string(&ListedStory::new(row)) {
            Ok(line) => writeln!(out, "{line}"),
            Err(e) => Err(std::io::Error::other(e)),
        },
    });
    match written.and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("byline: stdout: {e}");
            ExitCode::FAILURE
        }
    }
}
