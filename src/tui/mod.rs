//! The terminal reader.

use crate::article::Article;
use anyhow::Result;

/// Opens the reader on these articles (already loaded), each analysed with `options`.
pub fn run(articles: Vec<Article>, options: crate::Options) -> Result<()> {
    let _ = (articles, options);
    anyhow::bail!("the reader is not built yet")
}
