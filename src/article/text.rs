//! Plain text articles: the first line is the title when a blank line follows it.

use super::Article;

/// Builds an article from plain text.
pub fn parse_text(text: &str) -> Article {
    let text = text.trim_start_matches(['\n', '\r']);
    let (first, rest) = match text.find('\n') {
        Some(i) => (&text[..i], &text[i + 1..]),
        None => (text, ""),
    };
    let rest_trimmed = rest.trim_start_matches([' ', '\t', '\r']);
    let title_line = first.trim();
    let blank_follows = rest_trimmed.starts_with('\n');
    if blank_follows && !title_line.is_empty() && title_line.chars().count() <= 300 {
        Article {
            title: Some(title_line.to_owned()),
            text: rest.trim_start().trim_end().to_owned(),
            ..Article::default()
        }
    } else {
        Article {
            text: text.trim_end().to_owned(),
            ..Article::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_when_blank_line_follows() {
        let a = parse_text("Headline here\n\nBody one.\nBody two.\n");
        assert_eq!(a.title.as_deref(), Some("Headline here"));
        assert_eq!(a.text, "Body one.\nBody two.");
    }

    #[test]
    fn no_title_without_blank_line() {
        let a = parse_text("Line one.\nLine two.");
        assert_eq!(a.title, None);
        assert_eq!(a.text, "Line one.\nLine two.");
    }

    #[test]
    fn crlf_is_handled() {
        let a = parse_text("Title\r\n\r\nBody.\r\n");
        assert_eq!(a.title.as_deref(), Some("Title"));
        assert_eq!(a.text, "Body.");
    }
}
