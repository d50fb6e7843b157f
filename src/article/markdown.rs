//! Markdown articles with TOML (`+++`) or YAML (`---`) front matter.

use super::{parse_date, Article};
use anyhow::{Context, Result};
use std::collections::BTreeMap;

/// Builds an article from Markdown with optional front matter (`title`, `date`, `source`,
/// `url`, `author`). Without a `title` key, a leading `# Heading` becomes the title.
pub fn parse_markdown(input: &str) -> Result<Article> {
    let input = input.trim_start_matches(['\n', '\r']);
    let (meta, body) = split_front_matter(input)?;
    let mut body = body.trim().to_owned();
    let mut article = Article::default();
    let get = |k: &str| {
        meta.get(k)
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
    };
    article.title = get("title");
    article.published = get("date").and_then(|d| parse_date(&d));
    article.source = get("source").or_else(|| get("site"));
    article.url = get("url").or_else(|| get("link"));
    article.author = get("author");
    if article.title.is_none() {
        if let Some(rest) = body.strip_prefix("# ") {
            let (head, tail) = rest.split_once('\n').unwrap_or((rest, ""));
            article.title = Some(head.trim().to_owned());
            body = tail.trim().to_owned();
        }
    }
    article.text = body;
    Ok(article)
}

fn split_front_matter(input: &str) -> Result<(BTreeMap<String, String>, &str)> {
    for (fence, is_toml) in [("+++", true), ("---", false)] {
        let Some(after) = input.strip_prefix(fence) else {
            continue;
        };
        let Some(after) = after
            .strip_prefix('\n')
            .or_else(|| after.strip_prefix("\r\n"))
        else {
            continue;
        };
        let close = format!("\n{fence}");
        let Some(end) = after.find(&close) else {
            anyhow::bail!("front matter opened with {fence} is never closed");
        };
        let head = &after[..end];
        let body = after[end + close.len()..].trim_start_matches(['\r', '\n']);
        let meta = if is_toml {
            let table: toml::Table = toml::from_str(head).context("bad TOML front matter")?;
            table
                .into_iter()
                .map(|(k, v)| (k, scalar_toml(&v)))
                .collect()
        } else {
            let value: serde_yaml_ng::Value =
                serde_yaml_ng::from_str(head).context("bad YAML front matter")?;
            let mut map = BTreeMap::new();
            if let serde_yaml_ng::Value::Mapping(m) = value {
                for (k, v) in m {
                    if let Some(k) = k.as_str() {
                        map.insert(k.to_owned(), scalar_yaml(&v));
                    }
                }
            }
            map
        };
        return Ok((meta, body));
    }
    Ok((BTreeMap::new(), input))
}

fn scalar_toml(v: &toml::Value) -> String {
    match v {
        toml::Value::String(s) => s.clone(),
        toml::Value::Datetime(d) => d.to_string(),
        toml::Value::Array(a) => a.iter().map(scalar_toml).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

fn scalar_yaml(v: &serde_yaml_ng::Value) -> String {
    use serde_yaml_ng::Value;
    match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Sequence(s) => s.iter().map(scalar_yaml).collect::<Vec<_>>().join(", "),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn toml_front_matter() {
        let a =
            parse_markdown("+++\ntitle = \"T\"\ndate = 2022-07-20\nsource = \"S\"\n+++\n\nBody.")
                .unwrap();
        assert_eq!(a.title.as_deref(), Some("T"));
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2022, 7, 20));
        assert_eq!(a.source.as_deref(), Some("S"));
        assert_eq!(a.text, "Body.");
    }

    #[test]
    fn yaml_front_matter() {
        let a =
            parse_markdown("---\ntitle: T\ndate: 2022-07-20\nurl: https://x.test/a\n---\nBody.")
                .unwrap();
        assert_eq!(a.title.as_deref(), Some("T"));
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2022, 7, 20));
        assert_eq!(a.url.as_deref(), Some("https://x.test/a"));
        assert_eq!(a.text, "Body.");
    }

    #[test]
    fn heading_is_title_without_front_matter() {
        let a = parse_markdown("# Headline\n\nBody.").unwrap();
        assert_eq!(a.title.as_deref(), Some("Headline"));
        assert_eq!(a.text, "Body.");
    }

    #[test]
    fn unclosed_front_matter_is_error() {
        assert!(parse_markdown("---\ntitle: T\nBody.").is_err());
    }
}
