//! Articles and the loaders that read them from files, directories, stdin and URLs.

mod bundled;
mod decode;
mod feed;
mod html;
mod json;
mod markdown;
mod source;
mod text;

pub use bundled::bundled_samples;
pub use decode::{decode_bytes, Decoded};
pub use feed::{parse_feed, FeedArticles};
pub use html::{declared_charset, decode_html, extract_html, html_to_text, parse_html};
pub use json::{parse_json, parse_json_lines};
pub use markdown::parse_markdown;
pub use source::{load_bytes, load_source, load_source_with, Format, Loaded};
pub use text::parse_text;

use chrono::NaiveDate;

/// One news story as loaded, before analysis.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Article {
    /// Headline, when the source has one.
    pub title: Option<String>,
    /// The body text that analysis offsets index.
    pub text: String,
    /// Publication date, when the source carries one.
    pub published: Option<NaiveDate>,
    /// Publication or site name.
    pub source: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    /// Author or byline.
    pub author: Option<String>,
    /// The file it came from (`-` for stdin).
    pub path: Option<String>,
}

/// Parses a date given as `YYYY-MM-DD`, or an RFC 3339 / RFC 2822 timestamp (date part kept).
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Some(d);
    }
    if let Ok(dt) = chrono::DateTime::parse_from_rfc3339(s) {
        return Some(dt.date_naive());
    }
    if let Ok(dt) = chrono::DateTime::parse_from_rfc2822(s) {
        return Some(dt.date_naive());
    }
    if let Ok(dt) = chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S") {
        return Some(dt.date());
    }
    s.get(..10)
        .and_then(|p| NaiveDate::parse_from_str(p, "%Y-%m-%d").ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_common_forms() {
        let d = NaiveDate::from_ymd_opt(2022, 7, 20);
        assert_eq!(parse_date("2022-07-20"), d);
        assert_eq!(parse_date("2022-07-20T10:00:00Z"), d);
        assert_eq!(parse_date("Wed, 20 Jul 2022 10:00:00 +0000"), d);
        assert_eq!(parse_date("2022-07-20 10:00:00"), d);
        assert_eq!(parse_date("yesterday"), None);
    }
}
