//! Build script: derives the analyser version that keys the library's analysis cache.
//!
//! `BYLINE_ANALYSER_VERSION` is the crate version plus a hash of every file under
//! `src/analysis/` and `assets/lexicon/`, so any change that can change an analysis also
//! changes the version, and cached analyses from an older build are not reused.

use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=Cargo.toml");
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let mut files = Vec::new();
    for dir in ["src/analysis", "assets/lexicon"] {
        let dir = root.join(dir);
        println!("cargo:rerun-if-changed={}", dir.display());
        collect(&dir, &mut files);
    }
    files.sort();
    let mut hasher = Sha256::new();
    for file in &files {
        // The relative path and the contents, both length-prefixed, so moving a word from one
        // file to another changes the hash too.
        let rel = file.strip_prefix(&root).unwrap_or(file).to_string_lossy();
        let rel = rel.replace('\\', "/");
        let bytes = std::fs::read(file).unwrap_or_default();
        hasher.update((rel.len() as u64).to_le_bytes());
        hasher.update(rel.as_bytes());
        hasher.update((bytes.len() as u64).to_le_bytes());
        hasher.update(&bytes);
    }
    let digest: String = hasher
        .finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect();
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    println!("cargo:rustc-env=BYLINE_ANALYSER_VERSION={version}+{digest}");
}

/// Every file under `dir`, recursively (an unreadable directory adds nothing).
fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else {
            out.push(path);
        }
    }
}
