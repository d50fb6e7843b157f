//! Crash safety and concurrency of the library through the real binary: `byline add` killed
//! (SIGKILL) in the middle of a large import leaves a sound library holding every story it
//! had reported committed; and a second process writes while another holds the library open.

use byline::library::Library;
use std::collections::HashSet;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

/// A JSON Lines file of `n` short stories, each with its own URL.
fn big_import(path: &std::path::Path, n: usize) {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    for i in 0..n {
        let line = serde_json::json!({
            "title": format!("Council debates budget item {i}"),
            "text": format!(
                "The city council met on Tuesday to debate item {i} of the budget. \
                 \"We will decide next week,\" council member Ana Ruiz said. \
                 Officials said the vote on item {i} could be delayed until July."
            ),
            "date": "2024-05-06",
            "source": "Generated Wire",
            "url": format!("https://news.example/story/{i}"),
        });
        writeln!(out, "{line}").unwrap();
    }
    out.flush().unwrap();
}

fn integrity(path: &std::path::Path) -> String {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap()
}

/// Runs `byline --library LIB add SOURCE` to the end; it must succeed. Its summary line.
fn add(lib: &std::path::Path, source: &std::path::Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_byline"))
        .arg("--library")
        .arg(lib)
        .arg("add")
        .arg(source)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

#[test]
fn a_killed_import_keeps_every_committed_story() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("big.jsonl");
    let total = 60_000;
    big_import(&input, total);
    let lib = dir.path().join("lib.db");
    let mut child = Command::new(env!("CARGO_BIN_EXE_byline"))
        .arg("--library")
        .arg(&lib)
        .arg("add")
        .arg(&input)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    // Wait for the second progress report, so the kill lands mid-import with batches behind it.
    let mut committed = 0usize;
    let mut reports = 0;
    let mut line = String::new();
    while reports < 2 {
        line.clear();
        if stderr.read_line(&mut line).unwrap() == 0 {
            break;
        }
        // "byline: 1000 stories committed so far (added 1000, duplicates 0)"
        if let Some(n) = line
            .strip_prefix("byline: ")
            .and_then(|r| r.split(" stories committed so far").next())
            .and_then(|n| n.trim().parse::<usize>().ok())
        {
            committed = n;
            reports += 1;
        }
    }
    child.kill().unwrap(); // SIGKILL on Unix
    let status = child.wait().unwrap();
    assert!(
        committed > 0,
        "no progress was reported (last line: {line:?})"
    );
    assert!(
        !status.success(),
        "the import finished before the kill: make the input bigger"
    );

    assert_eq!(integrity(&lib), "ok");
    let library = Library::open(&lib).unwrap();
    let stored: HashSet<String> = library
        .stories()
        .unwrap()
        .into_iter()
        .filter_map(|s| s.url)
        .collect();
    assert!(
        stored.len() >= committed && stored.len() < total,
        "{}",
        stored.len()
    );
    for i in 0..committed {
        assert!(
            stored.contains(&format!("https://news.example/story/{i}")),
            "story {i} was reported committed but is missing"
        );
    }
    // The library goes on: importing again adds exactly what the kill lost.
    assert_eq!(
        add(&lib, &input),
        format!(
            "added {}, duplicates {}, failed 0",
            total - stored.len(),
            stored.len()
        )
    );
    assert_eq!(integrity(&lib), "ok");
}

#[test]
fn another_process_writes_while_the_library_is_open_and_busy() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lib.db");
    let reader = Library::open(&path).unwrap();
    assert_eq!(reader.stories().unwrap().len(), 0);
    // A read transaction stays open (as a reader mid-query would), and a write lock is held
    // for a moment (as a story being marked read would): the add waits and then succeeds.
    let held = rusqlite::Connection::open(&path).unwrap();
    held.execute_batch("BEGIN; SELECT count(*) FROM stories;")
        .unwrap();
    let locker = {
        let path = path.clone();
        std::thread::spawn(move || {
            let c = rusqlite::Connection::open(&path).unwrap();
            c.execute_batch("BEGIN IMMEDIATE; UPDATE stories SET read = 1;")
                .unwrap();
            std::thread::sleep(std::time::Duration::from_millis(400));
            c.execute_batch("COMMIT").unwrap();
        })
    };
    std::thread::sleep(std::time::Duration::from_millis(50));
    let sample = format!(
        "{}/assets/samples/iran-drones.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let added = add(&path, std::path::Path::new(&sample));
    locker.join().unwrap();
    assert_eq!(added, "added 1, duplicates 0, failed 0");
    held.execute_batch("COMMIT").unwrap();
    // The open library sees the new story and can still write.
    let rows = reader.stories().unwrap();
    assert_eq!(rows.len(), 1);
    reader.set_read(rows[0].id, true).unwrap();
    assert!(reader.story(rows[0].id).unwrap().unwrap().read);
}
