//! Word lists the analysis reads, compiled into the binary from `assets/lexicon/`.

use std::sync::OnceLock;

/// All word lists, parsed once.
#[derive(Debug, Default)]
pub struct Lexicon {}

impl Lexicon {
    /// The lexicon built into the binary.
    pub fn get() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(Lexicon::default)
    }
}
