//! The sample stories shipped inside the binary, opened when byline starts with no SOURCE.

use super::{parse_text, Article};

/// The bundled samples: (file name, contents), embedded at build time from `assets/samples`.
const SAMPLES: &[(&str, &str)] = &[(
    "iran-drones.txt",
    include_str!("../../assets/samples/iran-drones.txt"),
)];

/// The bundled sample stories, parsed with the ordinary loaders.
pub fn bundled_samples() -> Vec<Article> {
    SAMPLES
        .iter()
        .map(|(name, text)| Article {
            path: Some(format!("(bundled) {name}")),
            ..parse_text(text)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_iran_story_is_bundled() {
        let all = bundled_samples();
        assert!(!all.is_empty());
        assert_eq!(
            all[0].title.as_deref(),
            Some("Iranian general says Tehran ready to export drones to friendly countries")
        );
        assert!(all[0]
            .text
            .starts_with("Iranian army ground forces commander"));
    }
}
