//! Quality can only go up: each score of the public evaluation kit (../shared/eval, read in
//! place, never copied) is pinned to a floor just below the last measurement. When the kit or
//! Python is missing, the test says so and skips.

use std::path::{Path, PathBuf};
use std::process::Command;

fn eval_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval");
    if !dir.join("run-all").exists() {
        eprintln!("skipped: ../shared/eval is not here");
        return None;
    }
    if Command::new("python3").arg("--version").output().is_err() {
        eprintln!("skipped: python3 is not installed");
        return None;
    }
    Some(dir)
}

/// Runs one scorer on its default data and returns its JSON summary.
fn score(dir: &Path, scorer: &str) -> Option<serde_json::Value> {
    let mut cmd = Command::new("python3");
    cmd.arg(dir.join(scorer));
    summary(cmd, scorer)
}

/// Runs a scoring command with byline, `--json` and a timeout; returns its JSON summary.
fn summary(mut cmd: Command, what: &str) -> Option<serde_json::Value> {
    let out = cmd
        .args([
            "--bin",
            env!("CARGO_BIN_EXE_byline"),
            "--json",
            "--timeout",
            "600",
        ])
        .output()
        .ok()?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let last = stdout.lines().last()?;
    assert!(
        out.status.success(),
        "{what} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_str(last).ok()
}

fn at_least(v: &serde_json::Value, path: &[&str], floor: f64) {
    let mut x = v;
    for p in path {
        x = &x[p];
    }
    let got = x.as_f64().unwrap_or(0.0);
    assert!(
        got >= floor,
        "{} is {got:.4}, below its floor {floor}",
        path.join(".")
    );
}

#[test]
fn timex_tempeval3() {
    let Some(dir) = eval_dir() else { return };
    let s = score(&dir, "score_timex.py").expect("scorer output");
    at_least(&s, &["strict", "f1"], 0.887);
    at_least(&s, &["relaxed", "f1"], 0.94);
    at_least(&s, &["value", "f1"], 0.828);
    at_least(&s, &["type", "f1"], 0.91);
}

#[test]
fn quotes_polnear() {
    let Some(dir) = eval_dir() else { return };
    let s = score(&dir, "score_quotes.py").expect("scorer output");
    at_least(&s, &["attribution", "f1"], 0.73);
    at_least(&s, &["direct_attribution", "f1"], 0.795);
    at_least(&s, &["content", "f1"], 0.755);
}

#[test]
fn ner_conll2003() {
    let Some(dir) = eval_dir() else { return };
    let s = score(&dir, "score_ner.py").expect("scorer output");
    at_least(&s, &["overall", "f1"], 0.87);
    at_least(&s, &["PER", "f1"], 0.93);
    at_least(&s, &["LOC", "f1"], 0.90);
    at_least(&s, &["ORG", "f1"], 0.725);
}

#[test]
fn meantime() {
    let Some(dir) = eval_dir() else { return };
    let s = score(&dir, "score_meantime.py").expect("scorer output");
    at_least(&s, &["timex", "value", "f1"], 0.53);
    at_least(&s, &["entity_exact", "f1"], 0.375);
    at_least(&s, &["entity_relaxed", "f1"], 0.455);
}

/// MEANTIME on the sentences its annotators covered (headline, dateline and the first
/// sentences; see scripts/meantime_annotated.py): byline still reads whole articles.
#[test]
fn meantime_annotated_part() {
    if eval_dir().is_none() {
        return;
    }
    let mut cmd = Command::new("python3");
    cmd.arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/meantime_annotated.py"));
    let s = summary(cmd, "meantime_annotated.py").expect("scorer output");
    at_least(&s, &["timex", "value", "f1"], 0.87);
    at_least(&s, &["entity_exact", "f1"], 0.66);
    at_least(&s, &["entity_relaxed", "f1"], 0.80);
}

#[test]
fn readability_pages() {
    let Some(dir) = eval_dir() else { return };
    let s = score(&dir, "score_readability.py").expect("scorer output");
    at_least(&s, &["mean_token_f1"], 0.99);
    at_least(&s, &["title_match"], 0.98);
}
