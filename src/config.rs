//! The configuration file: `[keys]` (action name = key or keys) and `[theme]` (colours).
//!
//! The defaults are the repository's `config.toml`, embedded in the binary. A user file only
//! needs the entries it changes: each action or colour it names replaces the default one.

use anyhow::{bail, Context, Result};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The default configuration, every key commented: the repository's `config.toml`.
pub const DEFAULT_CONFIG: &str = include_str!("../config.toml");

/// A loaded configuration: raw strings, checked by the key map and the theme that read them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    /// Action name to the keys bound to it (e.g. `next_quote` to `["n"]`).
    pub keys: BTreeMap<String, Vec<String>>,
    /// Theme entry to its colour or colours (e.g. `title` to `["lightyellow"]`).
    pub theme: BTreeMap<String, Vec<String>>,
    /// Where the user part came from, if a file was read.
    pub path: Option<PathBuf>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    keys: BTreeMap<String, OneOrMany>,
    #[serde(default)]
    theme: BTreeMap<String, OneOrMany>,
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
            path: None,
        })
    }

    /// The defaults with `other`'s entries replacing theirs.
    pub fn merged(mut self, other: Config) -> Config {
        self.keys.extend(other.keys);
        self.theme.extend(other.theme);
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
    fn bad_files_are_errors_with_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.toml");
        std::fs::write(&p, "[colours]\n").unwrap();
        let e = format!("{:#}", Config::load_file(&p).unwrap_err());
        assert!(e.contains("c.toml"), "{e}");
        assert!(Config::load_file(&dir.path().join("missing.toml")).is_err());
    }
}
