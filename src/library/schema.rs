//! The library's schema and its migrations, versioned by `PRAGMA user_version`.
//!
//! Each entry of [`MIGRATIONS`] takes the schema from version `i` to `i + 1` and runs in its own
//! transaction together with the version bump, so a library is always at one version or the
//! next, never in between. Append new migrations; never edit a published one.

use rusqlite::{Connection, TransactionBehavior};

/// The migrations, in order: entry `i` upgrades version `i` to `i + 1`.
pub const MIGRATIONS: &[&str] = &[
    // 1: stories, subscriptions, cached analyses.
    "
    CREATE TABLE stories (
        id        INTEGER PRIMARY KEY,
        url       TEXT,
        hash      TEXT NOT NULL,
        title     TEXT,
        source    TEXT,
        author    TEXT,
        published TEXT,
        text      TEXT NOT NULL,
        path      TEXT,
        added     INTEGER NOT NULL,
        read      INTEGER NOT NULL DEFAULT 0,
        position  INTEGER NOT NULL DEFAULT 0
    );
    CREATE UNIQUE INDEX stories_url ON stories(url) WHERE url IS NOT NULL;
    CREATE INDEX stories_hash ON stories(hash);
    CREATE TABLE subscriptions (
        id           INTEGER PRIMARY KEY,
        url          TEXT NOT NULL UNIQUE,
        title        TEXT,
        full_text    INTEGER NOT NULL DEFAULT 0,
        added        INTEGER NOT NULL,
        last_fetched INTEGER,
        last_error   TEXT
    );
    CREATE TABLE analyses (
        hash     TEXT NOT NULL,
        version  TEXT NOT NULL,
        date     TEXT NOT NULL,
        analysis TEXT NOT NULL,
        PRIMARY KEY (hash, version, date)
    ) WITHOUT ROWID;
    ",
    // 2: bodies in a table of their own. A body stored in the story row spills into overflow
    // pages that listing the stories had to read past for the columns after it.
    "
    CREATE TABLE story_texts (
        story INTEGER PRIMARY KEY,
        text  TEXT NOT NULL
    );
    INSERT INTO story_texts (story, text) SELECT id, text FROM stories;
    ALTER TABLE stories DROP COLUMN text;
    ",
];

/// The schema version this build writes.
pub fn latest() -> i64 {
    MIGRATIONS.len() as i64
}

/// The library's schema version.
pub fn version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.pragma_query_value(None, "user_version", |r| r.get(0))
}

/// Why a library cannot be brought up to date.
#[derive(Debug, thiserror::Error)]
pub enum MigrateError {
    /// The file was written by a newer byline.
    #[error("schema version {found} is newer than this byline understands ({latest})")]
    TooNew {
        /// The file's version.
        found: i64,
        /// This build's version.
        latest: i64,
    },
    /// The version is not one byline ever wrote (negative).
    #[error("schema version {found} was not written by byline")]
    Foreign {
        /// The file's version.
        found: i64,
    },
    /// SQLite failed.
    #[error("migration to schema version {to} failed")]
    Sql {
        /// The version being reached.
        to: i64,
        /// SQLite's error.
        #[source]
        source: rusqlite::Error,
    },
}

/// Brings the schema up to [`latest`], one transaction per migration. Safe to run again and
/// from several processes at once: each step re-reads the version inside its write
/// transaction and skips what another process already did.
pub fn migrate(conn: &mut Connection) -> Result<(), MigrateError> {
    let latest = latest();
    loop {
        let sql_err = |to: i64| move |source| MigrateError::Sql { to, source };
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sql_err(0))?;
        let current = version(&tx).map_err(sql_err(0))?;
        if current > latest {
            return Err(MigrateError::TooNew {
                found: current,
                latest,
            });
        }
        if current == latest {
            return Ok(());
        }
        let to = current + 1;
        let Some(sql) = usize::try_from(current)
            .ok()
            .and_then(|i| MIGRATIONS.get(i))
        else {
            return Err(MigrateError::Foreign { found: current });
        };
        tx.execute_batch(sql).map_err(sql_err(to))?;
        tx.pragma_update(None, "user_version", to)
            .map_err(sql_err(to))?;
        tx.commit().map_err(sql_err(to))?;
    }
}
