//! Key bindings: key strings ("n", "S-Tab", "C-u", "PageDown") parsed into [`Key`]s, and the
//! [`KeyMap`] from keys to [`Command`]s built from the configuration's `[keys]` table.

use super::action::Command;
use crate::config::Config;
use anyhow::{anyhow, bail, Result};
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use std::collections::HashMap;
use std::fmt;

/// A key with the modifiers that matter (Control, Alt, and Shift for non-character keys).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    /// The key.
    pub code: KeyCode,
    /// Control, Alt, Shift (Shift only for keys that are not characters).
    pub mods: KeyModifiers,
}

impl Key {
    /// A key from a terminal event, normalised so that `N`, `S-Tab` and `C-u` compare equal
    /// however the terminal reports them.
    pub fn from_event(ev: KeyEvent) -> Key {
        Key::normalised(ev.code, ev.modifiers)
    }

    fn normalised(code: KeyCode, mods: KeyModifiers) -> Key {
        let mut mods = mods & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        let code = match code {
            KeyCode::BackTab => {
                mods |= KeyModifiers::SHIFT;
                KeyCode::Tab
            }
            KeyCode::Char(c) => {
                mods.remove(KeyModifiers::SHIFT);
                if mods.contains(KeyModifiers::CONTROL) {
                    KeyCode::Char(c.to_ascii_lowercase())
                } else {
                    KeyCode::Char(c)
                }
            }
            other => other,
        };
        Key { code, mods }
    }

    /// Parses a key string: `n`, `N`, `?`, `Enter`, `Tab`, `S-Tab`, `C-u`, `A-x`, `PageDown`, `F1`.
    pub fn parse(s: &str) -> Result<Key> {
        let mut rest = s;
        let mut mods = KeyModifiers::NONE;
        // A lone "-" or "C--" keeps its dash as the key.
        while let Some((prefix, tail)) = rest.split_once('-').filter(|(_, t)| !t.is_empty()) {
            let m = match prefix {
                "C" | "Ctrl" | "ctrl" => KeyModifiers::CONTROL,
                "A" | "M" | "Alt" | "alt" => KeyModifiers::ALT,
                "S" | "Shift" | "shift" => KeyModifiers::SHIFT,
                _ => break,
            };
            mods |= m;
            rest = tail;
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) => KeyCode::Char(c),
            _ => named_key(rest).ok_or_else(|| anyhow!("unknown key {s:?}"))?,
        };
        if let KeyCode::Char(c) = code {
            if mods.contains(KeyModifiers::SHIFT) {
                bail!("{s:?}: write the upper-case character instead of S-{c}");
            }
        }
        Ok(Key::normalised(code, mods))
    }
}

fn named_key(name: &str) -> Option<KeyCode> {
    let lower = name.to_ascii_lowercase();
    Some(match lower.as_str() {
        "enter" | "return" | "cr" => KeyCode::Enter,
        "esc" | "escape" => KeyCode::Esc,
        "tab" => KeyCode::Tab,
        "backtab" => KeyCode::BackTab,
        "backspace" | "bs" => KeyCode::Backspace,
        "space" => KeyCode::Char(' '),
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "pageup" | "pgup" => KeyCode::PageUp,
        "pagedown" | "pgdn" | "pgdown" => KeyCode::PageDown,
        "insert" | "ins" => KeyCode::Insert,
        "delete" | "del" => KeyCode::Delete,
        f if f.starts_with('f') => {
            let n: u8 = f[1..].parse().ok().filter(|n| (1..=24).contains(n))?;
            KeyCode::F(n)
        }
        _ => return None,
    })
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.mods.contains(KeyModifiers::CONTROL) {
            f.write_str("C-")?;
        }
        if self.mods.contains(KeyModifiers::ALT) {
            f.write_str("A-")?;
        }
        if self.mods.contains(KeyModifiers::SHIFT) {
            f.write_str("S-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("Space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Enter => f.write_str("Enter"),
            KeyCode::Esc => f.write_str("Esc"),
            KeyCode::Tab => f.write_str("Tab"),
            KeyCode::BackTab => f.write_str("S-Tab"),
            KeyCode::Backspace => f.write_str("Backspace"),
            KeyCode::Up => f.write_str("Up"),
            KeyCode::Down => f.write_str("Down"),
            KeyCode::Left => f.write_str("Left"),
            KeyCode::Right => f.write_str("Right"),
            KeyCode::Home => f.write_str("Home"),
            KeyCode::End => f.write_str("End"),
            KeyCode::PageUp => f.write_str("PageUp"),
            KeyCode::PageDown => f.write_str("PageDown"),
            KeyCode::Insert => f.write_str("Insert"),
            KeyCode::Delete => f.write_str("Delete"),
            KeyCode::F(n) => write!(f, "F{n}"),
            other => write!(f, "{other:?}"),
        }
    }
}

/// Keys to commands, and back (for the help and the status hints).
#[derive(Debug, Clone, Default)]
pub struct KeyMap {
    map: HashMap<Key, Command>,
    bindings: Vec<(Command, Vec<Key>)>,
}

impl KeyMap {
    /// The built-in bindings (the embedded `config.toml`).
    pub fn defaults() -> KeyMap {
        KeyMap::from_config(&Config::defaults()).unwrap_or_default()
    }

    /// Builds the map from `[keys]`; unknown action names and key strings are errors. When two
    /// actions claim one key, the one listed first in the help wins.
    pub fn from_config(config: &Config) -> Result<KeyMap> {
        let mut by_command: HashMap<Command, Vec<Key>> = HashMap::new();
        for (name, keys) in &config.keys {
            let command = Command::from_name(name).ok_or_else(|| {
                anyhow!("[keys] {name}: unknown action (known: {})", known_names())
            })?;
            let parsed = keys
                .iter()
                .map(|k| Key::parse(k).map_err(|e| anyhow!("[keys] {name}: {e}")))
                .collect::<Result<Vec<_>>>()?;
            by_command.insert(command, parsed);
        }
        let mut map = HashMap::new();
        let mut bindings = Vec::new();
        for &command in Command::ALL {
            let keys = by_command.remove(&command).unwrap_or_default();
            for &k in &keys {
                map.entry(k).or_insert(command);
            }
            bindings.push((command, keys));
        }
        // Ctrl-c always quits.
        let ctrl_c = Key::normalised(KeyCode::Char('c'), KeyModifiers::CONTROL);
        map.insert(ctrl_c, Command::Quit);
        Ok(KeyMap { map, bindings })
    }

    /// The command bound to a key press, if any (key releases and repeats of releases are
    /// ignored).
    pub fn command(&self, ev: KeyEvent) -> Option<Command> {
        if ev.kind == KeyEventKind::Release {
            return None;
        }
        self.map.get(&Key::from_event(ev)).copied()
    }

    /// Every command with its keys, in help order.
    pub fn bindings(&self) -> &[(Command, Vec<Key>)] {
        &self.bindings
    }

    /// The keys of one command written for people, e.g. "n" or "j, Down".
    pub fn keys_for(&self, command: Command) -> String {
        self.bindings
            .iter()
            .find(|(c, _)| *c == command)
            .map(|(_, keys)| {
                keys.iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default()
    }

    /// The first key of a command, for short hints ("n").
    pub fn first_key(&self, command: Command) -> Option<Key> {
        self.bindings
            .iter()
            .find(|(c, _)| *c == command)
            .and_then(|(_, keys)| keys.first().copied())
    }
}

fn known_names() -> String {
    Command::ALL
        .iter()
        .map(|c| c.name())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn parses_key_strings() {
        assert_eq!(Key::parse("n").unwrap().code, KeyCode::Char('n'));
        assert_eq!(Key::parse("C-u").unwrap().mods, KeyModifiers::CONTROL);
        let st = Key::parse("S-Tab").unwrap();
        assert_eq!((st.code, st.mods), (KeyCode::Tab, KeyModifiers::SHIFT));
        assert_eq!(Key::parse("PageDown").unwrap().code, KeyCode::PageDown);
        assert_eq!(Key::parse("-").unwrap().code, KeyCode::Char('-'));
        assert_eq!(Key::parse("F5").unwrap().code, KeyCode::F(5));
        assert!(Key::parse("Hyper-x").is_err());
        assert!(Key::parse("S-n").is_err());
        assert!(Key::parse("").is_err());
        for s in [
            "n", "N", "C-u", "S-Tab", "PageDown", "Enter", "/", "?", "Space", "F1",
        ] {
            assert_eq!(Key::parse(s).unwrap().to_string(), s);
        }
    }

    #[test]
    fn terminal_events_match_bindings() {
        let km = KeyMap::defaults();
        let n = km.command(ev(KeyCode::Char('n'), KeyModifiers::NONE));
        assert_eq!(n, Some(Command::NextQuote));
        let shift_n = km.command(ev(KeyCode::Char('N'), KeyModifiers::SHIFT));
        assert_eq!(shift_n, Some(Command::PrevQuote));
        let backtab = km.command(ev(KeyCode::BackTab, KeyModifiers::SHIFT));
        assert_eq!(backtab, Some(Command::PrevPane));
        let cu = km.command(ev(KeyCode::Char('u'), KeyModifiers::CONTROL));
        assert_eq!(cu, Some(Command::HalfPageUp));
        let cc = km.command(ev(KeyCode::Char('c'), KeyModifiers::CONTROL));
        assert_eq!(cc, Some(Command::Quit));
        assert_eq!(km.keys_for(Command::Down), "j, Down");
    }

    #[test]
    fn rebinding_and_errors() {
        let mut c = Config::defaults();
        c.keys.insert("next_quote".into(), vec!["x".into()]);
        let km = KeyMap::from_config(&c).unwrap();
        assert_eq!(
            km.command(ev(KeyCode::Char('x'), KeyModifiers::NONE)),
            Some(Command::NextQuote)
        );
        assert_eq!(km.command(ev(KeyCode::Char('n'), KeyModifiers::NONE)), None);
        c.keys.insert("frobnicate".into(), vec!["z".into()]);
        let e = KeyMap::from_config(&c).unwrap_err().to_string();
        assert!(e.contains("frobnicate"), "{e}");
    }
}
