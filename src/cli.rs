//! The command line: `byline [--date D] [SOURCE...]`, `byline analyze`, `byline add` and
//! `byline list`.

use crate::analysis::{analyze, Options};
use crate::article::{load_source_with, Article, Loaded};
use crate::net::{looks_like_url, FetchLimits};
use crate::report::{to_text, write_json_line, AnalysisReport};
use anyhow::Result;
use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::process::ExitCode;

/// byline: read the news in a terminal, with who said what, and when.
#[derive(Debug, Parser)]
#[command(name = "byline", version, about)]
pub struct Cli {
    /// Publication date (YYYY-MM-DD) to resolve "Tuesday" or "last week" against.
    #[arg(long, value_parser = parse_date_arg, global = true)]
    pub date: Option<NaiveDate>,
    /// Stories to open: files, directories, http(s) URLs, or `-` for stdin; with none, the library.
    #[arg(value_name = "SOURCE")]
    pub sources: Vec<String>,
    /// Configuration file (key bindings, theme); else `$BYLINE_CONFIG`, else `$XDG_CONFIG_HOME/byline/config.toml`.
    #[arg(long, value_name = "PATH", global = true)]
    pub config: Option<std::path::PathBuf>,
    /// Library file; else `$BYLINE_LIBRARY`, else `$XDG_DATA_HOME/byline/library.db`.
    #[arg(long, value_name = "PATH", global = true)]
    pub library: Option<std::path::PathBuf>,
    /// A subcommand; without one, the reader opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Analyse stories and print actors, quotes, times and events.
    Analyze {
        /// Output format.
        #[arg(long, value_enum, default_value_t = OutputFormat::Json)]
        format: OutputFormat,
        /// Stories: files, directories, http(s) URLs, or `-` for stdin.
        #[arg(value_name = "SOURCE", required = true)]
        sources: Vec<String>,
    },
    /// Store stories in the library (deduplicated) and print how many were added; an OPML
    /// file adds its feeds to the subscriptions.
    Add {
        /// Stories: files, directories, http(s) URLs, `-` for stdin, or OPML subscription lists.
        #[arg(value_name = "SOURCE", required = true)]
        sources: Vec<String>,
    },
    /// Fetch every feed of the config and every subscription into the library.
    Refresh,
    /// List the library's stories, newest first: id, date, read or not, source, title.
    List {
        /// Output format: one line per story, or JSON Lines.
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
    },
}

/// Output formats of `analyze`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// One JSON object per article (JSON Lines), as in the contract.
    Json,
    /// A readable report.
    Text,
}

fn parse_date_arg(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| format!("expected YYYY-MM-DD: {e}"))
}

/// The fetch limits for these sources: the config's `[fetch]` when any source is a URL (the
/// config matters to `analyze` and `add` only then, so it is read only then), else the
/// defaults. A bad config is a usage error: it is reported and `Err` holds the exit status.
fn fetch_limits_for(
    sources: &[String],
    config: Option<&std::path::Path>,
) -> Result<FetchLimits, ExitCode> {
    if !sources.iter().any(|s| looks_like_url(s)) {
        return Ok(FetchLimits::default());
    }
    match crate::config::Config::load(config) {
        Ok(c) => Ok(FetchLimits::from_config(&c)),
        Err(e) => {
            eprintln!("byline: {}", one_line(&e));
            Err(ExitCode::from(2))
        }
    }
}

/// Runs the command line and returns the process exit status.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let options = Options {
        reference_date: cli.date,
    };
    match cli.command {
        Some(Command::Analyze { format, sources }) => {
            match fetch_limits_for(&sources, cli.config.as_deref()) {
                Ok(limits) => run_analyze(&sources, format, options, &limits),
                Err(code) => code,
            }
        }
        Some(Command::Add { sources }) => match fetch_limits_for(&sources, cli.config.as_deref()) {
            Ok(limits) => crate::library::cli::run_add(&sources, cli.library.as_deref(), &limits),
            Err(code) => code,
        },
        Some(Command::Refresh) => {
            crate::net::run_refresh(cli.config.as_deref(), cli.library.as_deref())
        }
        Some(Command::List { format }) => {
            crate::library::cli::run_list(format, cli.library.as_deref())
        }
        None => run_reader(
            &cli.sources,
            options,
            cli.config.as_deref(),
            cli.library.as_deref(),
        ),
    }
}

/// Loads every source, reporting failures and warnings on stderr as `byline: <source>: <reason>`.
/// Returns the articles and whether any source failed. URLs are fetched with the default limits.
pub fn load_all(sources: &[String]) -> (Vec<Article>, bool) {
    load_all_with(sources, &FetchLimits::default())
}

/// As [`load_all`], fetching URLs with `limits`.
pub fn load_all_with(sources: &[String], limits: &FetchLimits) -> (Vec<Article>, bool) {
    let mut articles = Vec::new();
    let mut failed = false;
    for source in sources {
        for loaded in load_source_with(source, limits) {
            match report_loaded(loaded) {
                Some(a) => articles.push(a),
                None => failed = true,
            }
        }
    }
    (articles, failed)
}

/// "1 story", "3 stories": a count with its noun, for messages.
pub fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// One loaded article, or `None` when it failed: its warning and its error each go to stderr
/// as one line, `byline: <source>: <reason>`.
pub fn report_loaded(loaded: Loaded) -> Option<Article> {
    if let Some(w) = &loaded.warning {
        eprintln!("byline: {}: warning: {w}", loaded.origin);
    }
    match loaded.result {
        Ok(a) => Some(a),
        Err(e) => {
            eprintln!("byline: {}: {}", loaded.origin, one_line(&e));
            None
        }
    }
}

/// An error and its causes on one line.
pub fn one_line(e: &anyhow::Error) -> String {
    e.chain()
        .map(|c| c.to_string())
        .collect::<Vec<_>>()
        .join(": ")
        .replace('\n', " ")
}

fn run_analyze(
    sources: &[String],
    format: OutputFormat,
    options: Options,
    limits: &FetchLimits,
) -> ExitCode {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = false;
    for source in sources {
        let (articles, source_failed) = load_all_with(std::slice::from_ref(source), limits);
        failed |= source_failed;
        for article in &articles {
            let published = options.reference_date.or(article.published);
            let analysis = analyze(article, options);
            let written = match format {
                OutputFormat::Json => write_json_line(
                    &mut out,
                    &AnalysisReport::new(article, published, &analysis),
                ),
                OutputFormat::Text => writeln!(out, "{}", to_text(article, published, &analysis)),
            };
            if let Err(e) = written {
                if e.kind() == std::io::ErrorKind::BrokenPipe {
                    return ExitCode::SUCCESS;
                }
                eprintln!("byline: stdout: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    if let Err(e) = out.flush() {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("byline: stdout: {e}");
            return ExitCode::FAILURE;
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn run_reader(
    sources: &[String],
    options: Options,
    config: Option<&std::path::Path>,
    library: Option<&std::path::Path>,
) -> ExitCode {
    let checked = crate::config::Config::load(config).and_then(|c| {
        // Bad bindings or colours are usage errors, reported before the screen changes.
        crate::tui::KeyMap::from_config(&c)?;
        crate::tui::Theme::from_config(&c, false)?;
        Ok(c)
    });
    let config = match checked {
        Ok(c) => c,
        Err(e) => {
            let at = config.map_or(String::new(), |p| format!("{}: ", p.display()));
            eprintln!("byline: {at}{}", one_line(&e));
            return ExitCode::from(2);
        }
    };
    if sources.is_empty() {
        let run = crate::library::cli::open(library)
            .and_then(|mut lib| crate::tui::run_library(&mut lib, options, &config));
        return match run {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("byline: {}", one_line(&e));
                ExitCode::FAILURE
            }
        };
    }
    let (articles, failed) = load_all_with(sources, &FetchLimits::from_config(&config));
    if articles.is_empty() {
        eprintln!("byline: nothing to read");
        return ExitCode::FAILURE;
    }
    match crate::tui::run(articles, options, &config) {
        Ok(()) if failed => ExitCode::FAILURE,
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("byline: {}", one_line(&e));
            ExitCode::FAILURE
        }
    }
}
