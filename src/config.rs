//! The configuration file: `[keys]` (action name = key or keys), `[theme]` (colours),
//! `[fetch]` (network limits) and `[[feeds]]` (feeds that `byline refresh` fetches).
//!
//! The defaults are the repository's `config.toml`, embedded in the binary. A user file only
//! needs the entries it changes: each action or colour it names replaces the default one.

use crate::net::FeedSpec;
use anyhow::{bail, Context, Result};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The default configuration, every key commented: the repository's `config.toml`.
pub const DEFAULT_CONFIG: &str = include_str!("../config.toml");

/// A loaded configuration: raw strings, checked by the key map and the theme that read them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    /// Action name to the keys bound to it (e.g. `next_quote` to `["n"]`).
    pub keys: BTreeMap<String, Vec<String>>,
    /// Theme entry to its colour or colours (e.g. `title` to `["lightyellow"]`).
    pub theme: BTreeMap<String, Vec<String>>,
    /// `[fetch]`: the network limits set in the file (unset ones keep the defaults).
    pub fetch: FetchConfig,
    /// `[[feeds]]`: the feeds `byline refresh` fetches, in file order.
    pub feeds: Vec<FeedSpec>,
    /// Where the user part came from, if a file was read.
    pub path: Option<PathBuf>,
}

/// The `[fetch]` table: each key that is set overrides the built-in limit
/// (see [`crate::net::FetchLimits`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FetchConfig {
    /// `connect_timeout_secs`.
    pub connect_timeout_secs: Option<Duration>,
    /// `read_timeout_secs`.
    pub read_timeout_secs: Option<Duration>,
    /// `total_timeout_secs`.
    pub total_timeout_secs: Option<Duration>,
    /// `max_bytes`.
    pub max_bytes: Option<u64>,
    /// `max_redirects`.
    pub max_redirects: Option<u32>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    keys: BTreeMap<String, OneOrMany>,
    #[serde(default)]
    theme: BTreeMap<String, OneOrMany>,
    #[serde(default)]
    fetch: RawFetch,
    #[serde(default)]
    feeds: Vec<FeedSpec>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFetch {
    connect_timeout_secs: Option<f64>,
    read_timeout_secs: Option<f64>,
    total_timeout_secs: Option<f64>,
    max_bytes: Option<u64>,
    max_redirects: Option<u32>,
}

impl RawFetch {
    fn checked(self) -> Result<FetchConfig> {
        let secs = |name: &str, v: Option<f64>| -> Result<Option<Duration>> {
            v.map(|s| {
                if s.is_finite() && s > 0.0 && s <= 86_400.0 {
                    Ok(Duration::from_secs_f64(s))
                } else {
                    bail!("[fetch] {name}: give a number of seconds above 0 (at most 86400)")
                }
            })
            .transpose()
        };
        if self.max_bytes == Some(0) {
            bail!("[fetch] max_bytes: give a size above 0");
        }
        Ok(FetchConfig {
            connect_timeout_secs: secs("connect_timeout_secs", self.connect_timeout_secs)?,
            read_timeout_secs: secs("read_timeout_secs", self.read_timeout_secs)?,
            total_timeout_secs: secs("total_timeout_secs", self.total_timeout_secs)?,
            max_bytes: self.max_bytes,
            max_redirects: self.max_redirects,
        })
    }
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s],
            OneOrMany::Many(v) => v,
        }
    }
}

impl Config {
    /// The built-in defaults.
    pub fn defaults() -> Config {
        // The embedded file is checked by a unit test; an error here would be a build mistake,
        // so fall back to an empty table rather than panic.
        Config::parse(DEFAULT_CONFIG).unwrap_or_default()
    }

    /// Parses a configuration file's contents (without merging the defaults).
    pub fn parse(input: &str) -> Result<Config> {
        let raw: RawConfig = toml::from_str(input).context("invalid configuration")?;
        Ok(Config {
            keys: raw
                .keys
                .into_iter()
                .map(|(k, v)| (k, v.into_vec()))
                .collect(),
            theme: raw
                .theme
                .into_iter()
                .map(|(k, v)| (k, v.into_vec()))
                .collect(),
            fetch: raw.fetch.checked()?,
            feeds: checked_feeds(raw.feeds)?,
            path: None,
        })
    }

    /// The defaults with `other`'s entries replacing theirs.
    pub fn merged(mut self, other: Config) -> Config {
        self.keys.extend(other.keys);
        self.theme.extend(other.theme);
        let (d, u) = (self.fetch, other.fetch);
        self.fetch = FetchConfig {
            connect_timeout_secs: u.connect_timeout_secs.or(d.connect_timeout_secs),
            read_timeout_secs: u.read_timeout_secs.or(d.read_timeout_secs),
            total_timeout_secs: u.total_timeout_secs.or(d.total_timeout_secs),
            max_bytes: u.max_bytes.or(d.max_bytes),
            max_redirects: u.max_redirects.or(d.max_redirects),
        };
        // A user's feed list is the list: the defaults have none to keep.
        if !other.feeds.is_empty() {
            self.feeds = other.feeds;
        }
        self.path = other.path.or(self.path);
        self
    }

    /// Loads the configuration: `explicit` (from `--config`), else `$BYLINE_CONFIG`, else the
    /// XDG default path if that file exists, merged over the defaults. A file named explicitly
    /// must exist.
    pub fn load(explicit: Option<&Path>) -> Result<Config> {
        let env = std::env::var_os("BYLINE_CONFIG").filter(|v| !v.is_empty());
        let named = explicit
            .map(Path::to_path_buf)
            .or_else(|| env.map(PathBuf::from));
        let path = match named {
            Some(p) => Some(p),
            None => default_path().filter(|p| p.is_file()),
        };
        let Some(path) = path else {
            return Ok(Config::defaults());
        };
        Config::load_file(&path)
    }

    /// Loads one file merged over the defaults.
    pub fn load_file(path: &Path) -> Result<Config> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read config {}", path.display()))?;
        let mut user =
            Config::parse(&text).with_context(|| format!("config {}", path.display()))?;
        for (action, keys) in &user.keys {
            if keys.is_empty() {
                bail!(
                    "config {}: [keys] {action}: give at least one key",
                    path.display()
                );
            }
        }
        user.path = Some(path.to_path_buf());
        Ok(Config::defaults().merged(user))
    }
}

/// Feeds need an http(s) URL; the same URL twice is listed once.
fn checked_feeds(feeds: Vec<FeedSpec>) -> Result<Vec<FeedSpec>> {
    let mut out: Vec<FeedSpec> = Vec::with_capacity(feeds.len());
    for mut feed in feeds {
        feed.url = feed.url.trim().to_owned();
        crate::net::check_url(&feed.url)
            .with_context(|| format!("[[feeds]] url = \"{}\"", feed.url))?;
        if !out.iter().any(|f| f.url == feed.url) {
            out.push(feed);
        }
    }
    Ok(out)
}

/// `$XDG_CONFIG_HOME/byline/config.toml`, else `~/.config/byline/config.toml`.
pub fn default_path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME")
                .filter(|v| !v.is_empty())
                .map(|h| PathBuf::from(h).join(".config"))
        })?;
    Some(base.join("byline").join("config.toml"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_defaults_parse() {
        let c = Config::parse(DEFAULT_CONFIG).unwrap();
        assert_eq!(c.keys["next_quote"], vec!["n"]);
        assert_eq!(c.keys["quit"], vec!["q", "C-c"]);
        assert!(c.theme["actors"].len() >= 6);
        assert_eq!(Config::defaults(), c);
    }

    #[test]
    fn user_entries_replace_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.toml");
        std::fs::write(&p, "[keys]\nnext_quote = \"x\"\n[theme]\ntitle = \"red\"\n").unwrap();
        let c = Config::load_file(&p).unwrap();
        assert_eq!(c.keys["next_quote"], vec!["x"]);
        assert_eq!(c.keys["prev_quote"], vec!["N"]);
        assert_eq!(c.theme["title"], vec!["red"]);
        assert_eq!(c.path.as_deref(), Some(p.as_path()));
    }

    #[test]
    fn fetch_and_feeds_tables() {
        let c = Config::parse(
            "[fetch]\nmax_bytes = 1000\nread_timeout_secs = 0.5\n\
             [[feeds]]\nurl = \"https://a.example/rss\"\ntitle = \"A\"\n\
             [[feeds]]\nurl = \"https://b.example/atom\"\nfull_text = true\n\
             [[feeds]]\nurl = \"https://a.example/rss\"\n",
        )
        .unwrap();
        assert_eq!(c.fetch.max_bytes, Some(1000));
        assert_eq!(c.fetch.read_timeout_secs, Some(Duration::from_millis(500)));
        assert_eq!(c.feeds.len(), 2);
        assert_eq!(c.feeds[0].title.as_deref(), Some("A"));
        assert!(!c.feeds[0].full_text && c.feeds[1].full_text);
        let merged = Config::defaults().merged(c);
        assert_eq!(merged.fetch.max_bytes, Some(1000));
        assert_eq!(
            merged.fetch.max_redirects,
            Config::defaults().fetch.max_redirects
        );
        assert_eq!(merged.feeds.len(), 2);
        assert!(Config::defaults().feeds.is_empty());
        for bad in [
            "[fetch]\nread_timeout_secs = -1\n",
            "[fetch]\nmax_bytes = 0\n",
            "[fetch]\ntimeout = 3\n",
            "[[feeds]]\nurl = \"ftp://a.example/rss\"\n",
            "[[feeds]]\ntitle = \"no url\"\n",
        ] {
            assert!(Config::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn bad_files_are_errors_with_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.toml");
        std::fs::write(&p, "[colours]\n").unwrap();
        let e = format!("{:#}", Config::load_file(&p).unwrap_err());
        assert!(e.contains("c.toml"), "{e}");
        assert!(Config::load_file(&dir.path().join("missing.toml")).is_err());
    }
}
