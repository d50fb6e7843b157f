//! The `--format json` object of `../shared/CONTRACT.md`.

use crate::analysis::Analysis;
use crate::article::Article;
use serde::ser::{SerializeStruct, Serializer};
use serde::Serialize;

/// The schema tag written in every object.
pub const SCHEMA: &str = "byline.analysis/1";

/// One article with its analysis, as the contract writes it.
#[derive(Debug)]
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
    /// The analysis itself, its fields written after `text` as if they were the report's own.
    pub analysis: &'a Analysis,
}

/// The report's fields, then the analysis's, in the contract's order: what a derive with
/// `#[serde(flatten)]` on `analysis` writes, without serde buffering the whole analysis as a
/// map of `Content` (a copy of every string) before writing it.
impl Serialize for AnalysisReport<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // every field of the analysis, so that a new one cannot be left out here
        let Analysis {
            sentences,
            actors,
            quotes,
            times,
            events,
        } = self.analysis;
        let mut m = s.serialize_struct("AnalysisReport", 12)?;
        m.serialize_field("schema", self.schema)?;
        m.serialize_field("title", &self.title)?;
        m.serialize_field("source", &self.source)?;
        m.serialize_field("url", &self.url)?;
        m.serialize_field("published", &self.published)?;
        m.serialize_field("path", &self.path)?;
        m.serialize_field("text", self.text)?;
        m.serialize_field("sentences", sentences)?;
        m.serialize_field("actors", actors)?;
        m.serialize_field("quotes", quotes)?;
        m.serialize_field("times", times)?;
        m.serialize_field("events", events)?;
        m.end()
    }
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

/// Writes one JSON line, newline included, to `out` in one piece: serialised into a buffer
/// sized for it at once (a line is about four times its text: the mentions and quotes repeat
/// it), rather than into a `String` that grows by doubling and is then formatted again.
pub fn write_json_line<W: std::io::Write>(
    mut out: W,
    report: &AnalysisReport,
) -> std::io::Result<()> {
    let mut line = Vec::with_capacity(report.text.len().saturating_mul(4).saturating_add(1024));
    // Serialising plain data with string keys into memory cannot fail.
    serde_json::to_writer(&mut line, report)?;
    line.push(b'\n');
    out.write_all(&line)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{analyze, Options};

    #[test]
    fn the_report_writes_its_fields_then_the_analysis_fields_in_order() {
        let article = crate::article::bundled_samples().remove(0);
        let analysis = analyze(&article, Options::default());
        let mut written = Vec::new();
        write_json_line(
            &mut written,
            &AnalysisReport::new(&article, None, &analysis),
        )
        .unwrap();
        let written = String::from_utf8(written).unwrap();
        // one line, ended by its newline
        let line = written.strip_suffix('\n').unwrap();
        assert!(!line.contains('\n'));
        let text = serde_json::to_string(&article.text).unwrap();
        let head = format!(
            r#"{{"schema":"{SCHEMA}","title":{},"source":{},"url":{},"published":null,"path":{},"text":{text},"#,
            serde_json::to_string(&article.title).unwrap(),
            serde_json::to_string(&article.source).unwrap(),
            serde_json::to_string(&article.url).unwrap(),
            serde_json::to_string(&article.path).unwrap(),
        );
        // the analysis alone, as its derive writes it, without its opening brace
        let rest = serde_json::to_string(&analysis).unwrap();
        assert_eq!(line, format!("{head}{}", &rest[1..]));
        assert!(line.contains(r#""sentences":[[0,"#) && line.contains(r#""events":["#));
    }
}
