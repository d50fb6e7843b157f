//! JSON and JSON Lines articles: objects with `title`, `text` (or `body`/`content`), and
//! optional `date`, `source`, `url`, `author`.

use super::{parse_date, Article};
use anyhow::{bail, Context, Result};
use serde_json::Value;

/// Parses a JSON document: one article object or an array of them.
pub fn parse_json(input: &str) -> Result<Vec<Article>> {
    let value: Value = serde_json::from_str(input).context("invalid JSON")?;
    match value {
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| article_from_value(v).with_context(|| format!("item {}", i + 1)))
            .collect(),
        v => Ok(vec![article_from_value(&v)?]),
    }
}

/// Parses JSON Lines: one article object per non-blank line. Each line's result stands alone,
/// so one bad line does not lose the others.
pub fn parse_json_lines(input: &str) -> Vec<Result<Article>> {
    input
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, line)| {
            serde_json::from_str::<Value>(line)
                .context("invalid JSON")
                .and_then(|v| article_from_value(&v))
                .with_context(|| format!("line {}", i + 1))
        })
        .collect()
}

fn article_from_value(v: &Value) -> Result<Article> {
    let Value::Object(map) = v else {
        bail!("expected an object with a \"text\" field");
    };
    let field = |k: &str| map.get(k).and_then(Value::as_str).map(str::to_owned);
    let Some(text) = field("text")
        .or_else(|| field("body"))
        .or_else(|| field("content"))
    else {
        bail!("object has no \"text\", \"body\" or \"content\" string");
    };
    Ok(Article {
        title: field("title").filter(|t| !t.trim().is_empty()),
        text,
        published: field("date")
            .or_else(|| field("published"))
            .and_then(|d| parse_date(&d)),
        source: field("source"),
        url: field("url"),
        author: field("author"),
        path: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn object_and_array() {
        let a = parse_json(r#"{"title":"T","text":"Body.","date":"2022-07-20"}"#).unwrap();
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].text, "Body.");
        let b = parse_json(r#"[{"body":"One."},{"content":"Two."}]"#).unwrap();
        assert_eq!(b.len(), 2);
        assert_eq!(b[1].text, "Two.");
    }

    #[test]
    fn text_is_kept_exactly() {
        let a = parse_json(r#"{"text":"  spaced \n text  "}"#).unwrap();
        assert_eq!(a[0].text, "  spaced \n text  ");
    }

    #[test]
    fn lines_fail_independently() {
        let r = parse_json_lines("{\"text\":\"a\"}\nnot json\n\n{\"text\":\"b\"}\n");
        assert_eq!(r.len(), 3);
        assert!(r[0].is_ok() && r[1].is_err() && r[2].is_ok());
    }

    #[test]
    fn missing_text_is_error() {
        assert!(parse_json(r#"{"title":"T"}"#).is_err());
    }
}
