//! The sample stories shipped inside the binary, opened when byline starts with no SOURCE.

use super::source::load_bytes;
use super::{Article, Format};
use std::path::Path;

/// The bundled samples: (file name, contents), embedded at build time from `assets/samples`.
const SAMPLES: &[(&str, &str)] = &[
    (
        "iran-drones.txt",
        include_str!("../../assets/samples/iran-drones.txt"),
    ),
    (
        "port-strike-wire.md",
        include_str!("../../assets/samples/port-strike-wire.md"),
    ),
    (
        "river-town-feature.json",
        include_str!("../../assets/samples/river-town-feature.json"),
    ),
    (
        "stadium-vote-ascii.txt",
        include_str!("../../assets/samples/stadium-vote-ascii.txt"),
    ),
    (
        "wikinews-greek-court.json",
        include_str!("../../assets/samples/wikinews-greek-court.json"),
    ),
    (
        "wikinews-nz-flag.md",
        include_str!("../../assets/samples/wikinews-nz-flag.md"),
    ),
    (
        "wired-alphago-excerpt.txt",
        include_str!("../../assets/samples/wired-alphago-excerpt.txt"),
    ),
];

/// The bundled sample stories, parsed with the ordinary loaders (by file extension). A sample
/// that fails to parse is skipped.
pub fn bundled_samples() -> Vec<Article> {
    SAMPLES
        .iter()
        .flat_map(|(name, text)| {
            load_bytes(name, text.as_bytes(), Format::from_path(Path::new(name)))
        })
        .filter_map(|loaded| loaded.result.ok())
        .map(|mut a| {
            let name = a.path.take().unwrap_or_default();
            a.path = Some(format!("(bundled) {name}"));
            a
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sample_is_bundled_and_parses() {
        let all = bundled_samples();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/samples");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            // where the samples come from: documentation, not a story
            .filter(|name| name != "SOURCES")
            .collect();
        on_disk.sort();
        let mut bundled: Vec<&str> = SAMPLES.iter().map(|(n, _)| *n).collect();
        bundled.sort();
        assert_eq!(bundled, on_disk, "add new samples to SAMPLES");
        assert_eq!(all.len(), SAMPLES.len());
        assert!(all.iter().all(|a| a.title.is_some() && !a.text.is_empty()));
        assert_eq!(
            all[0].title.as_deref(),
            Some("Iranian general says Tehran ready to export drones to friendly countries")
        );
        assert!(all[0]
            .text
            .starts_with("Iranian army ground forces commander"));
    }
}
