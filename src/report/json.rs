//! The `--format json` object of `../shared/CONTRACT.md`.

use crate::analysis::Analysis;
use crate::article::Article;
use serde::Serialize;

/// The schema tag written in every object.
pub const SCHEMA: &str = "byline.analysis/1";

/// One article with its analysis, as the contract writes it.
#[derive(Debug, Serialize)]
pub struct AnalysisReport<'a> {
    /// Always [`SCHEMA`].
    pub schema: &'static str,
    /// Headline.
    pub title: Option<&'a str>,
    /// Publication.
    pub source: Option<&'a str>,
    /// URL.
    pub url: Option<&'a str>,
    /// Date used for the analysis, `YYYY-MM-DD`.
    pub published: Option<String>,
    /// The file it came from.
    pub path: Option<&'a str>,
    /// The analysed text.
    pub text: &'a str,
    /// The analysis itself.
    #[serde(flatten)]
    pub analysis: &'a Analysis,
}

impl<'a> AnalysisReport<'a> {
    /// Pairs an article with its analysis; `published` is the date the analysis used.
    pub fn new(
        article: &'a Article,
        published: Option<chrono::NaiveDate>,
        analysis: &'a Analysis,
    ) -> Self {
        AnalysisReport {
            schema: SCHEMA,
            title: article.title.as_deref(),
            source: article.source.as_deref(),
            url: article.url.as_deref(),
            published: published.map(|d| d.format("%Y-%m-%d").to_string()),
            path: article.path.as_deref(),
            text: &article.text,
            analysis,
        }
    }
}

/// One JSON line (without the newline).
pub fn to_json_line(report: &AnalysisReport) -> String {
    // Serialising plain data with string keys cannot fail.
    serde_json::to_string(report).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}
