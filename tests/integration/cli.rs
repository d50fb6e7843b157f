//! The command-line contract of ../shared/CONTRACT.md, through the real binary.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn byline(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(args)
        .output()
        .expect("byline runs")
}

fn byline_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("byline runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("write stdin");
    child.wait_with_output().expect("byline finishes")
}

fn sample(name: &str) -> String {
    format!("{}/assets/samples/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn json_lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

#[test]
fn json_has_the_contract_fields() {
    let out = byline(&[
        "analyze",
        "--date",
        "2022-07-20",
        "--format",
        "json",
        &sample("iran-drones.txt"),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docs = json_lines(&out);
    assert_eq!(docs.len(), 1);
    let d = &docs[0];
    assert_eq!(d["schema"], "byline.analysis/1");
    assert_eq!(d["published"], "2022-07-20");
    assert_eq!(
        d["title"],
        "Iranian general says Tehran ready to export drones to friendly countries"
    );
    for key in [
        "source",
        "url",
        "path",
        "text",
        "sentences",
        "actors",
        "quotes",
        "times",
        "events",
    ] {
        assert!(d.get(key).is_some(), "missing {key}");
    }
    let text = d["text"].as_str().expect("text");
    let actor = &d["actors"][0];
    assert!(actor["id"].as_str().expect("id").starts_with('a'));
    for m in actor["mentions"].as_array().expect("mentions") {
        let (s, e) = (
            m["start"].as_u64().unwrap() as usize,
            m["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[s..e], m["text"].as_str().unwrap());
    }
    let q = &d["quotes"][0];
    for key in [
        "id",
        "kind",
        "text",
        "start",
        "end",
        "speaker",
        "cue",
        "cue_start",
        "cue_end",
    ] {
        assert!(q.get(key).is_some(), "quote lacks {key}");
    }
    let s0 = &d["sentences"][0];
    assert!(s0.is_array() && s0.as_array().unwrap().len() == 2);
}

#[test]
fn text_format_has_the_sections() {
    let out = byline(&[
        "analyze",
        "--format",
        "text",
        "--date",
        "2022-07-20",
        &sample("iran-drones.txt"),
    ]);
    assert!(out.status.success());
    let s = String::from_utf8_lossy(&out.stdout);
    for section in [
        "ACTORS",
        "QUOTES",
        "TIMELINE",
        "Kioumars Heydari",
        "Kremlin spokesman",
    ] {
        assert!(s.contains(section), "missing {section} in\n{s}");
    }
}

#[test]
fn stdin_is_one_article() {
    let out = byline_stdin(
        &["analyze", "-"],
        "Title\n\nJohn Smith said the plan was good.".as_bytes(),
    );
    assert!(out.status.success());
    let docs = json_lines(&out);
    assert_eq!(docs[0]["title"], "Title");
    assert_eq!(docs[0]["path"], "-");
    assert_eq!(docs[0]["actors"][0]["name"], "John Smith");
}

#[test]
fn a_bad_source_is_one_line_and_the_others_still_print() {
    let dir = tempfile::tempdir().expect("tempdir");
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "").expect("write");
    let binary = dir.path().join("binary.txt");
    std::fs::write(&binary, [0x7f, b'E', b'L', b'F', 0, 0, 1, 2, 3]).expect("write");
    let good = sample("stadium-vote-ascii.txt");
    let out = byline(&[
        "analyze",
        empty.to_str().unwrap(),
        &good,
        binary.to_str().unwrap(),
        "/nonexistent/story.txt",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        json_lines(&out).len(),
        1,
        "the good story is still analysed"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 3, "one line per failed source:\n{err}");
    assert!(
        lines[0].starts_with("byline: ")
            && lines[0].contains("empty.txt")
            && lines[0].contains("empty")
    );
    assert!(lines[1].contains("binary.txt") && lines[1].contains("binary"));
    assert!(lines[2].contains("/nonexistent/story.txt"));
}

#[test]
fn invalid_utf8_is_decoded_with_a_warning() {
    let out = byline_stdin(
        &["analyze", "-"],
        b"Caf\xe9 owner Ana Lopez said prices rose.",
    );
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("warning: invalid UTF-8"));
    assert_eq!(json_lines(&out).len(), 1);
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(
        byline(&["analyze", "--date", "July 20", "x.txt"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(byline(&["analyze"]).status.code(), Some(2));
    assert_eq!(
        byline(&["analyze", "--format", "xml", "x.txt"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn a_directory_is_read_recursively() {
    let out = byline(&[
        "analyze",
        &format!("{}/assets/samples", env!("CARGO_MANIFEST_DIR")),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(json_lines(&out).len() >= 4);
}

#[test]
fn json_lines_input_keeps_text_exactly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("in.jsonl");
    let text = "  Leading spaces. Mayor Ana Ruiz said the bridge would open.\n";
    let line = serde_json::json!({"title": "T", "text": text, "date": "2024-01-02", "url": "https://x.invalid/1"});
    std::fs::write(&path, format!("{line}\n{line}\n")).expect("write");
    let out = byline(&["analyze", path.to_str().unwrap()]);
    let docs = json_lines(&out);
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["text"], text);
    assert_eq!(docs[0]["url"], "https://x.invalid/1");
    assert_eq!(docs[0]["published"], "2024-01-02");
}

#[test]
fn version_and_help() {
    assert!(byline(&["--version"]).status.success());
    let help = byline(&["--help"]);
    assert!(String::from_utf8_lossy(&help.stdout).contains("analyze"));
}

#[test]
fn global_options_go_before_or_after_the_subcommand() {
    let path = sample("iran-drones.txt");
    for args in [
        vec!["--date", "2022-07-20", "analyze", &path],
        vec!["analyze", "--date", "2022-07-20", &path],
    ] {
        let out = byline(&args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(json_lines(&out)[0]["published"], "2022-07-20", "{args:?}");
    }
}
