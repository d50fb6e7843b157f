//! `byline add` and `byline list` through the real binary, each test on its own temporary
//! library (`--library` or `BYLINE_LIBRARY`).

use std::path::Path;
use std::process::{Command, Output};

fn byline(library: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_byline"))
        .arg("--library")
        .arg(library)
        .args(args)
        .output()
        .expect("byline runs")
}

fn sample(name: &str) -> String {
    format!("{}/assets/samples/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn add_counts_new_stories_and_duplicates() {
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("lib.db");
    let drones = sample("iran-drones.txt");
    let port = sample("port-strike-wire.md");
    let out = byline(&lib, &["add", &drones, &port]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).trim(), "added 2, duplicates 0, failed 0");
    assert_eq!(stderr(&out), "");
    let out = byline(&lib, &["add", &drones, &sample("stadium-vote-ascii.txt")]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).trim(), "added 1, duplicates 1, failed 0");
}

#[test]
fn a_failed_source_is_one_line_and_the_others_still_import() {
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("lib.db");
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let missing = dir.path().join("missing.txt");
    let out = byline(
        &lib,
        &[
            "add",
            missing.to_str().unwrap(),
            &sample("iran-drones.txt"),
            empty.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out).trim(), "added 1, duplicates 0, failed 2");
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(lines[0].starts_with(&format!("byline: {}: ", missing.display())));
    assert!(lines[1].starts_with(&format!("byline: {}: ", empty.display())));
}

#[test]
fn list_shows_the_stories_newest_first_in_text_and_json() {
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("lib.db");
    let samples = format!("{}/assets/samples", env!("CARGO_MANIFEST_DIR"));
    let out = byline(&lib, &["add", &samples]);
    assert!(out.status.success(), "{}", stderr(&out));

    let out = byline(&lib, &["list", "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let rows: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON Lines"))
        .collect();
    let samples = byline::article::bundled_samples().len();
    assert_eq!(rows.len(), samples);
    for r in &rows {
        assert!(r["id"].is_i64() && r["title"].is_string(), "{r}");
        assert_eq!(r["read"], false);
    }
    let dates: Vec<&str> = rows.iter().filter_map(|r| r["date"].as_str()).collect();
    let mut sorted = dates.clone();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    assert_eq!(dates, sorted, "newest first");
    assert!(rows.iter().any(|r| r["title"]
        == "Iranian general says Tehran ready to export drones to friendly countries"));

    let out = byline(&lib, &["list"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(text.lines().count(), samples);
    assert!(text.lines().all(|l| l.contains("  unread  ")), "{text}");
    let first_id = rows[0]["id"].as_i64().unwrap().to_string();
    assert!(text
        .lines()
        .next()
        .unwrap()
        .trim_start()
        .starts_with(&first_id));
}

#[test]
fn the_environment_names_the_library_and_an_empty_one_lists_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("nested").join("env.db");
    let out = Command::new(env!("CARGO_BIN_EXE_byline"))
        .env("BYLINE_LIBRARY", &lib)
        .args(["list"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
    assert!(
        lib.is_file(),
        "the library is created where BYLINE_LIBRARY says"
    );
}

#[test]
fn the_library_defaults_to_the_xdg_data_directory() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_byline"))
        .env_remove("BYLINE_LIBRARY")
        .env("XDG_DATA_HOME", dir.path())
        .args(["add", &sample("iran-drones.txt")])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(dir.path().join("byline").join("library.db").is_file());
}

#[test]
fn usage_errors_and_unusable_libraries() {
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("lib.db");
    assert_eq!(byline(&lib, &["add"]).status.code(), Some(2));
    assert_eq!(
        byline(&lib, &["list", "--format", "xml"]).status.code(),
        Some(2)
    );
    // A file that is not SQLite: one line naming it, exit 1.
    let bad = dir.path().join("not-a-db.db");
    std::fs::write(
        &bad,
        "this is not a database, just some text that goes on a while",
    )
    .unwrap();
    let out = byline(&bad, &["list"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("not-a-db.db") && err.lines().count() == 1,
        "{err}"
    );
}
