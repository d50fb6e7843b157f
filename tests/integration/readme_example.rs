//! The README's "What the analysis sees" excerpt is what byline prints today: every line of the
//! excerpt (other than the "..." that mark left-out lines) appears in the real output, in order.

use std::process::Command;

/// The lines of the first fenced block after the heading "## What the analysis sees".
fn readme_excerpt() -> Vec<String> {
    let readme = include_str!("../../README.md");
    let section = readme
        .split("## What the analysis sees")
        .nth(1)
        .expect("README has the section");
    let mut blocks = section.split("```");
    blocks.next();
    let block = blocks.next().expect("the section has a fenced block");
    block
        .lines()
        .skip(1)
        .filter(|l| l.trim() != "...")
        .map(|l| l.trim_end().to_owned())
        .collect()
}

#[test]
fn the_readme_excerpt_is_todays_output() {
    let out = Command::new(env!("CARGO_BIN_EXE_byline"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "analyze",
            "--format",
            "text",
            "--date",
            "2022-07-20",
            "assets/samples/iran-drones.txt",
        ])
        .output()
        .expect("byline runs");
    assert!(out.status.success());
    let printed = String::from_utf8_lossy(&out.stdout);
    let mut printed_lines = printed.lines().map(str::trim_end);
    for line in readme_excerpt() {
        let shortened = line.strip_suffix("...)").or(line.strip_suffix("...”"));
        let found = printed_lines.any(|p| match shortened {
            // a quote cut short in the README: the printed one starts the same way
            Some(head) => p.starts_with(head.trim_end_matches([' ', ','])),
            None => p == line,
        });
        assert!(
            found,
            "README line not in byline's output (or out of order): {line:?}"
        );
    }
}
