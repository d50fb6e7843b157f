//! The reader's configuration from the command line: `--config PATH` and `BYLINE_CONFIG`;
//! bad files are usage errors (exit 2) reported before the terminal is touched.

use std::process::Command;

fn byline() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_byline"));
    c.env_remove("BYLINE_CONFIG");
    c.env(
        "XDG_CONFIG_HOME",
        std::env::temp_dir().join("byline-no-config"),
    );
    c
}

#[test]
fn a_missing_config_file_is_a_usage_error() {
    let out = byline()
        .args(["--config", "/nonexistent/byline.toml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("/nonexistent/byline.toml"), "{err}");
}

#[test]
fn bad_bindings_and_colours_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("config.toml");
    std::fs::write(&p, "[keys]\nteleport = \"t\"\n").unwrap();
    let out = byline().arg("--config").arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("teleport") && err.contains("unknown action"),
        "{err}"
    );

    std::fs::write(&p, "[theme]\ntitle = \"ultraviolet\"\n").unwrap();
    let out = byline().env("BYLINE_CONFIG", &p).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("ultraviolet"), "{err}");
}

#[test]
fn the_default_config_documents_every_action_and_theme_entry() {
    let text = byline::config::DEFAULT_CONFIG;
    let config = byline::config::Config::parse(text).unwrap();
    for c in byline::tui::Command::ALL {
        assert!(config.keys.contains_key(c.name()), "{} missing", c.name());
    }
    // Every entry has a comment line right above it.
    let lines: Vec<&str> = text.lines().collect();
    for (i, l) in lines.iter().enumerate() {
        let is_entry = l.contains(" = ") && !l.starts_with('#');
        if is_entry {
            let above = lines[..i]
                .iter()
                .rev()
                .find(|x| !x.trim().is_empty())
                .unwrap();
            let grouped = above.contains(" = ") && !above.starts_with('#');
            assert!(
                above.starts_with('#') || grouped,
                "entry without comment: {l}"
            );
        }
    }
}
