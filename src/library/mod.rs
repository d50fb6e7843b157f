//! The reader's library: an SQLite file holding stories (deduplicated), their read state and
//! reading position, feed subscriptions, and analyses cached by content and analyser version.
//!
//! The file lives at `$XDG_DATA_HOME/byline/library.db` (see [`resolve_path`]). It runs in WAL
//! mode with a busy timeout, so one process (`byline refresh`) can write while another (the
//! reader) has it open. Writes that change several rows run in one transaction; an import
//! commits in batches, so a crash keeps every batch committed before it. The schema is
//! versioned and migrated on open ([`schema`]).
//!
//! This is the one part of byline besides the CLI that reads the clock (the time a story or a
//! subscription was added, the time of a fetch); the analysis never does.

pub mod cli;
mod codec;
pub mod schema;

use crate::analysis::Analysis;
use crate::article::Article;
use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The version of the analyser that cached analyses are keyed by: the crate version plus a
/// hash of the analysis sources and lexicon, computed by `build.rs`.
pub const ANALYSER_VERSION: &str = env!("BYLINE_ANALYSER_VERSION");

/// The environment variable naming the library file (below `--library`, above the default).
pub const LIBRARY_ENV: &str = "BYLINE_LIBRARY";

/// Stories per transaction in [`Library::import`].
pub const IMPORT_BATCH: usize = 500;

/// How long a write waits for another process's write to finish before giving up.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// A story's id in the library.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct StoryId(pub i64);

impl std::fmt::Display for StoryId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// One story as listed: everything but the body text (cheap for thousands of rows).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoryRow {
    /// Its id.
    pub id: StoryId,
    /// Canonical URL, if any (the dedup key when present).
    pub url: Option<String>,
    /// [`content_hash`] of the text (the dedup key without a URL; the analysis cache key).
    pub hash: String,
    /// Headline.
    pub title: Option<String>,
    /// Publication or site name.
    pub source: Option<String>,
    /// Author.
    pub author: Option<String>,
    /// Publication date.
    pub published: Option<NaiveDate>,
    /// The file it was imported from.
    pub path: Option<String>,
    /// When it was added, in seconds since the Unix epoch.
    pub added: i64,
    /// Opened in the reader.
    pub read: bool,
    /// Reading position: the byte offset in the text of the first line shown.
    pub position: usize,
}

impl StoryRow {
    /// The article this row describes, with `text` as its body.
    pub fn to_article(&self, text: String) -> Article {
        Article {
            title: self.title.clone(),
            text,
            published: self.published,
            source: self.source.clone(),
            url: self.url.clone(),
            author: self.author.clone(),
            path: self.path.clone(),
        }
    }
}

/// What an import did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportCounts {
    /// New stories stored.
    pub added: usize,
    /// Stories already in the library (same URL, or same text without a URL), skipped.
    pub duplicates: usize,
}

impl ImportCounts {
    /// Stories looked at: added plus duplicates.
    pub fn total(&self) -> usize {
        self.added + self.duplicates
    }
}

/// A feed the library follows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subscription {
    /// The feed's URL (unique).
    pub url: String,
    /// Its title, if known.
    pub title: Option<String>,
    /// Fetch each item's page for the full text.
    pub full_text: bool,
    /// When it was added, in seconds since the Unix epoch.
    pub added: i64,
    /// When it was last fetched, in seconds since the Unix epoch.
    pub last_fetched: Option<i64>,
    /// The last fetch's error, if it failed.
    pub last_error: Option<String>,
}

/// The content hash of a story's text: SHA-256, in lower-case hex.
pub fn content_hash(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// `$XDG_DATA_HOME/byline/library.db`, else `~/.local/share/byline/library.db`.
pub fn default_path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_DATA_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME")
                .filter(|v| !v.is_empty())
                .map(|h| PathBuf::from(h).join(".local").join("share"))
        })?;
    Some(base.join("byline").join("library.db"))
}

/// The library file to use: `explicit` (from `--library`), else `$BYLINE_LIBRARY`, else
/// [`default_path`].
pub fn resolve_path(explicit: Option<&Path>) -> Result<PathBuf> {
    if let Some(p) = explicit {
        return Ok(p.to_path_buf());
    }
    if let Some(p) = std::env::var_os(LIBRARY_ENV).filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    default_path().context(
        "no library path: set XDG_DATA_HOME or HOME, or give --library PATH or BYLINE_LIBRARY",
    )
}

/// Seconds since the Unix epoch.
fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// An optional string, `None` when blank.
fn non_blank(s: Option<&str>) -> Option<&str> {
    s.filter(|s| !s.trim().is_empty())
}

/// An open library.
#[derive(Debug)]
pub struct Library {
    conn: Connection,
    path: PathBuf,
}

const STORY_COLUMNS: &str =
    "id, url, hash, title, source, author, published, path, added, read, position";

fn story_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<StoryRow> {
    let published: Option<String> = r.get(6)?;
    let position: i64 = r.get(10)?;
    Ok(StoryRow {
        id: StoryId(r.get(0)?),
        url: r.get(1)?,
        hash: r.get(2)?,
        title: r.get(3)?,
        source: r.get(4)?,
        author: r.get(5)?,
        published: published.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
        path: r.get(7)?,
        added: r.get(8)?,
        read: r.get(9)?,
        position: usize::try_from(position).unwrap_or(0),
    })
}

impl Library {
    /// Opens (creating it and its directory if needed) the library at `path`, in WAL mode with a
    /// busy timeout, and migrates its schema to this build's version.
    pub fn open(path: &Path) -> Result<Library> {
        let at = || format!("library {}", path.display());
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("{}: cannot create {}", at(), dir.display()))?;
        }
        let mut conn = Connection::open(path).with_context(|| format!("{}: cannot open", at()))?;
        conn.busy_timeout(BUSY_TIMEOUT)
            .with_context(|| format!("{}: cannot set the busy timeout", at()))?;
        let mode: String = conn
            .pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))
            .with_context(|| format!("{}: cannot switch to WAL mode", at()))?;
        if !mode.eq_ignore_ascii_case("wal") {
            anyhow::bail!("{}: the file system does not allow WAL mode ({mode})", at());
        }
        // In WAL mode NORMAL never corrupts the file and keeps every commit across a crash of
        // the process; only a power cut can lose the last few.
        conn.pragma_update(None, "synchronous", "NORMAL")
            .with_context(|| format!("{}: cannot set synchronous", at()))?;
        schema::migrate(&mut conn).with_context(at)?;
        Ok(Library {
            conn,
            path: path.to_path_buf(),
        })
    }

    /// Opens the library at [`resolve_path`]`(None)`: `$BYLINE_LIBRARY` or the XDG default.
    pub fn open_default() -> Result<Library> {
        Library::open(&resolve_path(None)?)
    }

    /// The file this library lives in.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Wraps an error with the library's path and what was being done.
    fn ctx<T>(&self, r: rusqlite::Result<T>, what: &str) -> Result<T> {
        r.with_context(|| format!("library {}: {what}", self.path.display()))
    }

    /// The schema version of the open file.
    pub fn schema_version(&self) -> Result<i64> {
        self.ctx(
            schema::version(&self.conn),
            "cannot read the schema version",
        )
    }

    /// Stores `articles`, skipping duplicates (same URL; or, without a URL, the same text), in
    /// transactions of [`IMPORT_BATCH`] stories. See [`Library::import_batched`].
    pub fn import<I>(
        &mut self,
        articles: I,
        on_progress: impl FnMut(ImportCounts),
    ) -> Result<ImportCounts>
    where
        I: IntoIterator<Item = Article>,
    {
        self.import_batched(articles, IMPORT_BATCH, on_progress)
    }

    /// Stores `articles` in transactions of `batch` stories (at least one). After each batch is
    /// committed and more articles follow, `on_progress` gets the counts committed so far:
    /// a crash after that call loses none of them. Returns the final counts.
    pub fn import_batched<I>(
        &mut self,
        articles: I,
        batch: usize,
        mut on_progress: impl FnMut(ImportCounts),
    ) -> Result<ImportCounts>
    where
        I: IntoIterator<Item = Article>,
    {
        let batch = batch.max(1);
        let mut counts = ImportCounts::default();
        let mut articles = articles.into_iter().peekable();
        while articles.peek().is_some() {
            let tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .with_context(|| {
                    format!("library {}: cannot start an import", self.path.display())
                })?;
            let added_at = now();
            let mut this = ImportCounts::default();
            for article in articles.by_ref().take(batch) {
                let added = insert_story(&tx, &article, added_at).with_context(|| {
                    format!(
                        "library {}: cannot store {}",
                        self.path.display(),
                        article
                            .url
                            .as_deref()
                            .or(article.path.as_deref())
                            .or(article.title.as_deref())
                            .unwrap_or("a story")
                    )
                })?;
                if added {
                    this.added += 1;
                } else {
                    this.duplicates += 1;
                }
            }
            tx.commit().with_context(|| {
                format!("library {}: cannot commit an import", self.path.display())
            })?;
            counts.added += this.added;
            counts.duplicates += this.duplicates;
            if articles.peek().is_some() {
                on_progress(counts);
            }
        }
        Ok(counts)
    }

    /// Every story, newest first (by publication date, else the day it was added; then the
    /// most recently added), without the body text.
    pub fn stories(&self) -> Result<Vec<StoryRow>> {
        let sql = format!(
            "SELECT {STORY_COLUMNS} FROM stories
             ORDER BY COALESCE(published, date(added, 'unixepoch')) DESC, id DESC"
        );
        let rows = self.conn.prepare_cached(&sql).and_then(|mut stmt| {
            stmt.query_map([], story_row)?
                .collect::<rusqlite::Result<Vec<_>>>()
        });
        self.ctx(rows, "cannot list the stories")
    }

    /// How many stories the library holds.
    pub fn story_count(&self) -> Result<usize> {
        let n: i64 = self.ctx(
            self.conn
                .query_row("SELECT count(*) FROM stories", [], |r| r.get(0)),
            "cannot count the stories",
        )?;
        Ok(usize::try_from(n).unwrap_or(0))
    }

    /// One story's row, if it exists.
    pub fn story(&self, id: StoryId) -> Result<Option<StoryRow>> {
        let sql = format!("SELECT {STORY_COLUMNS} FROM stories WHERE id = ?1");
        let row = self
            .conn
            .prepare_cached(&sql)
            .and_then(|mut s| s.query_row([id.0], story_row).optional());
        self.ctx(row, "cannot read a story")
    }

    /// A story's body text, if the story exists.
    pub fn story_text(&self, id: StoryId) -> Result<Option<String>> {
        let text = self
            .conn
            .prepare_cached("SELECT text FROM story_texts WHERE story = ?1")
            .and_then(|mut s| s.query_row([id.0], |r| r.get(0)).optional());
        self.ctx(text, "cannot read a story's text")
    }

    /// A whole story as an [`Article`], if it exists.
    pub fn article(&self, id: StoryId) -> Result<Option<Article>> {
        let Some(row) = self.story(id)? else {
            return Ok(None);
        };
        Ok(self.story_text(id)?.map(|text| row.to_article(text)))
    }

    /// Marks a story read or unread.
    pub fn set_read(&self, id: StoryId, read: bool) -> Result<()> {
        let r = self
            .conn
            .prepare_cached("UPDATE stories SET read = ?2 WHERE id = ?1")
            .and_then(|mut s| s.execute(params![id.0, read]));
        self.ctx(r, "cannot save the read state").map(drop)
    }

    /// Saves a story's reading position (a byte offset into its text).
    pub fn set_position(&self, id: StoryId, position: usize) -> Result<()> {
        let position = i64::try_from(position).unwrap_or(i64::MAX);
        let r = self
            .conn
            .prepare_cached("UPDATE stories SET position = ?2 WHERE id = ?1")
            .and_then(|mut s| s.execute(params![id.0, position]));
        self.ctx(r, "cannot save the reading position").map(drop)
    }

    /// The cached analysis of the text with this [`content_hash`], analysed against `date`
    /// by this build's analyser ([`ANALYSER_VERSION`]). An entry that no longer reads back is
    /// a miss.
    pub fn cached_analysis(&self, hash: &str, date: Option<NaiveDate>) -> Result<Option<Analysis>> {
        let json: Option<String> = self.ctx(
            self.conn
                .prepare_cached(
                    "SELECT analysis FROM analyses WHERE hash = ?1 AND version = ?2 AND date = ?3",
                )
                .and_then(|mut s| {
                    s.query_row(params![hash, ANALYSER_VERSION, date_key(date)], |r| {
                        r.get(0)
                    })
                    .optional()
                }),
            "cannot read the analysis cache",
        )?;
        Ok(json.and_then(|j| serde_json::from_str(&j).ok()))
    }

    /// Caches the analysis of the text with this [`content_hash`] against `date`.
    pub fn store_analysis(
        &self,
        hash: &str,
        date: Option<NaiveDate>,
        analysis: &Analysis,
    ) -> Result<()> {
        let json = serde_json::to_string(analysis).context("cannot serialise an analysis")?;
        let r = self
            .conn
            .prepare_cached(
                "INSERT OR REPLACE INTO analyses (hash, version, date, analysis)
                 VALUES (?1, ?2, ?3, ?4)",
            )
            .and_then(|mut s| s.execute(params![hash, ANALYSER_VERSION, date_key(date), json]));
        self.ctx(r, "cannot store an analysis").map(drop)
    }

    /// Drops cached analyses made by other analyser versions; returns how many.
    pub fn prune_analyses(&self) -> Result<usize> {
        self.ctx(
            self.conn.execute(
                "DELETE FROM analyses WHERE version != ?1",
                [ANALYSER_VERSION],
            ),
            "cannot prune the analysis cache",
        )
    }

    /// Follows the feed at `url`. Returns true when it is new; an existing subscription keeps
    /// its history and takes the new `full_text` flag (and `title`, when one is given).
    pub fn add_subscription(
        &self,
        url: &str,
        title: Option<&str>,
        full_text: bool,
    ) -> Result<bool> {
        let title = non_blank(title);
        let r = self
            .conn
            .execute(
                "INSERT INTO subscriptions (url, title, full_text, added) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT(url) DO NOTHING",
                params![url, title, full_text, now()],
            )
            .and_then(|inserted| {
                if inserted == 0 {
                    self.conn.execute(
                        "UPDATE subscriptions SET title = COALESCE(?2, title), full_text = ?3
                         WHERE url = ?1",
                        params![url, title, full_text],
                    )?;
                }
                Ok(inserted > 0)
            });
        self.ctx(r, "cannot add a subscription")
    }

    /// Every subscription, in the order they were added.
    pub fn subscriptions(&self) -> Result<Vec<Subscription>> {
        let r = self
            .conn
            .prepare_cached(
                "SELECT url, title, full_text, added, last_fetched, last_error
                 FROM subscriptions ORDER BY id",
            )
            .and_then(|mut stmt| {
                stmt.query_map([], |r| {
                    Ok(Subscription {
                        url: r.get(0)?,
                        title: r.get(1)?,
                        full_text: r.get(2)?,
                        added: r.get(3)?,
                        last_fetched: r.get(4)?,
                        last_error: r.get(5)?,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()
            });
        self.ctx(r, "cannot list the subscriptions")
    }

    /// Records a fetch of the subscription at `url` now: its error (one line) or success.
    /// A URL that is not a subscription is ignored.
    pub fn record_fetch(&self, url: &str, outcome: std::result::Result<(), &str>) -> Result<()> {
        let error = outcome.err();
        let r = self.conn.execute(
            "UPDATE subscriptions SET last_fetched = ?2, last_error = ?3 WHERE url = ?1",
            params![url, now(), error],
        );
        self.ctx(r, "cannot record a fetch").map(drop)
    }
}

/// The analysis cache's date column: `YYYY-MM-DD`, or empty without a date.
fn date_key(date: Option<NaiveDate>) -> String {
    date.map_or_else(String::new, |d| d.format("%Y-%m-%d").to_string())
}

/// Inserts one story unless it is a duplicate; returns whether it was added.
fn insert_story(tx: &Transaction<'_>, article: &Article, added: i64) -> rusqlite::Result<bool> {
    let url = non_blank(article.url.as_deref()).map(str::trim);
    let hash = content_hash(&article.text);
    let duplicate = match url {
        Some(u) => tx
            .prepare_cached("SELECT 1 FROM stories WHERE url = ?1")?
            .exists([u])?,
        None => tx
            .prepare_cached("SELECT 1 FROM stories WHERE hash = ?1")?
            .exists([&hash])?,
    };
    if duplicate {
        return Ok(false);
    }
    tx.prepare_cached(
        "INSERT INTO stories (url, hash, title, source, author, published, path, added)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        url,
        hash,
        non_blank(article.title.as_deref()),
        non_blank(article.source.as_deref()),
        non_blank(article.author.as_deref()),
        article.published.map(|d| d.format("%Y-%m-%d").to_string()),
        article.path,
        added,
    ])?;
    tx.prepare_cached("INSERT INTO story_texts (story, text) VALUES (?1, ?2)")?
        .execute(params![tx.last_insert_rowid(), article.text])?;
    Ok(true)
}

#[cfg(test)]
mod tests;
