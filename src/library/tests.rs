use super::*;
use crate::analysis::{analyze, Options};

fn temp() -> (tempfile::TempDir, Library) {
    let dir = tempfile::tempdir().unwrap();
    let lib = Library::open(&dir.path().join("sub").join("library.db")).unwrap();
    (dir, lib)
}

fn story(title: &str, text: &str, url: Option<&str>, date: Option<&str>) -> Article {
    Article {
        title: Some(title.to_owned()),
        text: text.to_owned(),
        url: url.map(str::to_owned),
        published: date.and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()),
        ..Article::default()
    }
}

#[test]
fn opening_creates_the_schema_and_reopening_changes_nothing() {
    let (dir, lib) = temp();
    assert_eq!(lib.schema_version().unwrap(), schema::latest());
    let path = lib.path().to_path_buf();
    drop(lib);
    let mut again = Library::open(&path).unwrap();
    assert_eq!(again.schema_version().unwrap(), schema::latest());
    schema::migrate(&mut again.conn).unwrap();
    assert_eq!(again.schema_version().unwrap(), schema::latest());
    let mode: String = again
        .conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    drop(dir);
}

#[test]
fn a_version_1_library_is_migrated_with_its_stories() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.db");
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(schema::MIGRATIONS[0]).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        conn.execute(
            "INSERT INTO stories (hash, title, text, added, read) VALUES (?1, 'Old', ?2, 0, 1)",
            params![content_hash("Kept text."), "Kept text."],
        )
        .unwrap();
    }
    let lib = Library::open(&path).unwrap();
    assert_eq!(lib.schema_version().unwrap(), schema::latest());
    let rows = lib.stories().unwrap();
    assert_eq!(rows.len(), 1);
    assert!(rows[0].read);
    assert_eq!(
        lib.story_text(rows[0].id).unwrap().as_deref(),
        Some("Kept text.")
    );
}

#[test]
fn a_newer_schema_is_an_error_naming_the_file() {
    let (_dir, lib) = temp();
    lib.conn.pragma_update(None, "user_version", 999).unwrap();
    let path = lib.path().to_path_buf();
    drop(lib);
    let e = format!("{:#}", Library::open(&path).unwrap_err());
    assert!(e.contains("library.db") && e.contains("999"), "{e}");
}

#[test]
fn duplicates_by_url_and_by_text() {
    let (_dir, mut lib) = temp();
    let first = vec![
        story("A", "Text one.", Some("https://example.com/a"), None),
        story("B", "Text two.", None, None),
    ];
    let c = lib.import(first, |_| {}).unwrap();
    assert_eq!(
        c,
        ImportCounts {
            added: 2,
            duplicates: 0
        }
    );
    let second = vec![
        // Same URL, new text: a duplicate.
        story(
            "A2",
            "Text one, updated.",
            Some("https://example.com/a"),
            None,
        ),
        // Same text, no URL: a duplicate.
        story("B again", "Text two.", None, None),
        // Same text as B but with a URL: the URL decides, so it is new.
        story(
            "B with URL",
            "Text two.",
            Some("https://example.com/b"),
            None,
        ),
        // A blank URL counts as none: the text decides.
        story("A blank", "Text one.", Some("  "), None),
        story("C", "Text three.", None, None),
    ];
    let c = lib.import(second, |_| {}).unwrap();
    assert_eq!(
        c,
        ImportCounts {
            added: 2,
            duplicates: 3
        }
    );
    let titles: Vec<String> = lib
        .stories()
        .unwrap()
        .into_iter()
        .filter_map(|s| s.title)
        .collect();
    assert_eq!(titles.len(), 4);
    assert!(!titles.contains(&"A2".to_owned()) && titles.contains(&"B with URL".to_owned()));
    assert_eq!(lib.story_count().unwrap(), 4);
}

#[test]
fn duplicates_inside_one_batch_are_caught() {
    let (_dir, mut lib) = temp();
    let same = vec![
        story("X", "Same.", None, None),
        story("Y", "Same.", None, None),
    ];
    let c = lib.import(same, |_| {}).unwrap();
    assert_eq!(
        c,
        ImportCounts {
            added: 1,
            duplicates: 1
        }
    );
}

#[test]
fn imports_report_progress_after_each_committed_batch_but_the_last() {
    let (_dir, mut lib) = temp();
    let articles: Vec<Article> = (0..25)
        .map(|i| story(&format!("S{i}"), &format!("Story number {i}."), None, None))
        .collect();
    let mut seen = Vec::new();
    let c = lib
        .import_batched(articles, 10, |c| {
            seen.push(c.total());
        })
        .unwrap();
    assert_eq!(seen, vec![10, 20]);
    assert_eq!(c.added, 25);
}

#[test]
fn stories_come_newest_first_without_text_and_round_trip() {
    let (_dir, mut lib) = temp();
    let mut old = story(
        "Old",
        "Old news.",
        Some("https://e.com/old"),
        Some("2020-01-02"),
    );
    old.source = Some("Wire".to_owned());
    old.author = Some("A. Writer".to_owned());
    old.path = Some("old.md".to_owned());
    let new = story("New", "New news.", None, Some("2024-05-06"));
    let mid = story("Mid", "Mid news.", None, Some("2022-03-04"));
    lib.import(vec![old.clone(), new, mid], |_| {}).unwrap();
    let rows = lib.stories().unwrap();
    let titles: Vec<_> = rows.iter().map(|r| r.title.as_deref().unwrap()).collect();
    assert_eq!(titles, ["New", "Mid", "Old"]);
    let o = &rows[2];
    assert_eq!(o.hash, content_hash("Old news."));
    assert!(!o.read && o.position == 0);
    assert_eq!(lib.article(o.id).unwrap(), Some(old));
    assert_eq!(lib.story_text(StoryId(9999)).unwrap(), None);
}

#[test]
fn read_state_and_position_are_saved() {
    let (_dir, mut lib) = temp();
    lib.import(vec![story("A", "Some text here.", None, None)], |_| {})
        .unwrap();
    let id = lib.stories().unwrap()[0].id;
    lib.set_read(id, true).unwrap();
    lib.set_position(id, 7).unwrap();
    let path = lib.path().to_path_buf();
    drop(lib);
    let lib = Library::open(&path).unwrap();
    let row = lib.story(id).unwrap().unwrap();
    assert!(row.read);
    assert_eq!(row.position, 7);
    lib.set_read(id, false).unwrap();
    assert!(!lib.story(id).unwrap().unwrap().read);
}

#[test]
fn analyses_are_cached_by_hash_and_date() {
    let (_dir, lib) = temp();
    let article = crate::article::bundled_samples().remove(0);
    let date = NaiveDate::from_ymd_opt(2022, 7, 20);
    let hash = content_hash(&article.text);
    assert_eq!(lib.cached_analysis(&hash, date).unwrap(), None);
    let a = analyze(
        &article,
        Options {
            reference_date: date,
        },
    );
    lib.store_analysis(&hash, date, &a).unwrap();
    assert_eq!(lib.cached_analysis(&hash, date).unwrap(), Some(a));
    // Another date may resolve times differently: not the same entry.
    assert_eq!(lib.cached_analysis(&hash, None).unwrap(), None);
    // An entry from another analyser version is never read, and pruning drops it.
    lib.conn
        .execute("UPDATE analyses SET version = 'old'", [])
        .unwrap();
    assert_eq!(lib.cached_analysis(&hash, date).unwrap(), None);
    assert_eq!(lib.prune_analyses().unwrap(), 1);
    // A damaged entry is a miss, not an error.
    lib.conn
        .execute(
            "INSERT INTO analyses VALUES (?1, ?2, '', '{not json')",
            params![hash, ANALYSER_VERSION],
        )
        .unwrap();
    assert_eq!(lib.cached_analysis(&hash, None).unwrap(), None);
    assert!(ANALYSER_VERSION.starts_with(env!("CARGO_PKG_VERSION")));
}

#[test]
fn subscriptions_are_unique_and_record_fetches() {
    let (_dir, lib) = temp();
    assert!(lib
        .add_subscription("https://e.com/feed.xml", Some("E"), false)
        .unwrap());
    assert!(!lib
        .add_subscription("https://e.com/feed.xml", None, true)
        .unwrap());
    assert!(lib
        .add_subscription("https://f.com/rss", None, false)
        .unwrap());
    lib.record_fetch("https://e.com/feed.xml", Err("timed out"))
        .unwrap();
    lib.record_fetch("https://f.com/rss", Ok(())).unwrap();
    lib.record_fetch("https://not-followed.example/", Ok(()))
        .unwrap();
    let subs = lib.subscriptions().unwrap();
    assert_eq!(subs.len(), 2);
    assert_eq!(subs[0].title.as_deref(), Some("E"));
    assert!(subs[0].full_text);
    assert_eq!(subs[0].last_error.as_deref(), Some("timed out"));
    assert!(subs[0].last_fetched.is_some());
    assert_eq!(subs[1].last_error, None);
    assert!(subs[1].last_fetched.is_some());
}

#[test]
fn a_second_connection_writes_while_the_first_is_open() {
    let (_dir, mut reader) = temp();
    reader
        .import(vec![story("A", "First.", None, None)], |_| {})
        .unwrap();
    let rows = reader.stories().unwrap();
    let mut writer = Library::open(reader.path()).unwrap();
    let c = writer
        .import(vec![story("B", "Second.", None, None)], |_| {})
        .unwrap();
    assert_eq!(c.added, 1);
    reader.set_read(rows[0].id, true).unwrap();
    assert_eq!(reader.stories().unwrap().len(), 2);
}

#[test]
fn resolve_path_prefers_the_explicit_path() {
    let p = Path::new("/tmp/x/lib.db");
    assert_eq!(resolve_path(Some(p)).unwrap(), p);
}
