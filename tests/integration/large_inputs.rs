//! Large inputs through the real binary: a 50 MB file and a 1 MB line are analysed, not crashed on.

use std::process::Command;

fn big_story(target: usize) -> String {
    let sample = include_str!("../../assets/samples/iran-drones.txt");
    let mut text = String::with_capacity(target + sample.len());
    while text.len() < target {
        text.push_str(sample);
        text.push_str("\n\n");
    }
    text
}

/// Runs `byline analyze --date 2022-07-20 PATH` and asserts that it succeeds.
fn analyze_ok(path: &std::path::Path) -> std::process::Output {
    let out = Command::new(env!("CARGO_BIN_EXE_byline"))
        .args([
            "analyze",
            "--date",
            "2022-07-20",
            path.to_str().expect("utf-8 path"),
        ])
        .output()
        .expect("byline runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

#[test]
fn a_50_mb_file_is_analysed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("huge.txt");
    std::fs::write(&path, big_story(50 * 1024 * 1024)).expect("write");
    let out = analyze_ok(&path);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    assert!(doc["actors"].as_array().is_some_and(|a| !a.is_empty()));
    assert!(doc["quotes"].as_array().is_some_and(|q| q.len() > 1000));
}

#[test]
fn a_1_mb_line_is_analysed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("line.txt");
    let line = "Kremlin spokesman Dmitry Peskov said “the talks ".repeat(22_000);
    std::fs::write(&path, &line).expect("write");
    analyze_ok(&path);
}
