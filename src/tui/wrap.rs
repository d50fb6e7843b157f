//! Word wrapping of a story into screen lines that remember the byte ranges they show, so
//! byte spans from the analysis map to screen cells (multi-byte and wide characters included).

use unicode_width::UnicodeWidthChar;

/// What a screen line of the article pane shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// Part of the title (bytes of the title).
    Title,
    /// Part of the source/date line (bytes of that line).
    Meta,
    /// Part of the body (bytes of the article text).
    Body,
    /// An empty line between blocks.
    Blank,
}

/// One screen line: a byte range of the title, meta line or body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VLine {
    /// Which string the range indexes.
    pub kind: LineKind,
    /// First byte shown.
    pub start: usize,
    /// One past the last byte shown.
    pub end: usize,
}

/// A story wrapped at one width.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Wrapped {
    /// The width it was wrapped at, in cells.
    pub width: u16,
    /// Screen lines, top to bottom.
    pub lines: Vec<VLine>,
    /// Index of the first body line.
    pub body_first: usize,
}

/// Screen cells a character takes: control characters are drawn as one space.
pub fn cell_width(ch: char) -> usize {
    if ch.is_control() {
        1
    } else {
        ch.width().unwrap_or(0)
    }
}

/// The character drawn for `ch` (control characters become spaces).
pub fn display_char(ch: char) -> char {
    if ch.is_control() {
        ' '
    } else {
        ch
    }
}

/// Wraps the title, the meta line and the body (paragraphs split on newlines, a blank line
/// between them) at `width` cells.
pub fn wrap_story(title: &str, meta: &str, body: &str, width: u16) -> Wrapped {
    let w = usize::from(width.max(1));
    let mut lines = Vec::new();
    let push_block = |lines: &mut Vec<VLine>, kind: LineKind, text: &str| {
        for (start, end) in wrap_range(text, 0, text.len(), w) {
            lines.push(VLine { kind, start, end });
        }
    };
    if !title.trim().is_empty() {
        push_block(&mut lines, LineKind::Title, title);
    }
    if !meta.trim().is_empty() {
        push_block(&mut lines, LineKind::Meta, meta);
    }
    if !lines.is_empty() {
        lines.push(VLine {
            kind: LineKind::Blank,
            start: 0,
            end: 0,
        });
    }
    let body_first = lines.len();
    let mut pos = 0;
    let mut first_paragraph = true;
    for para in body.split('\n') {
        let start = pos;
        let end = start + para.len();
        pos = end + 1;
        if para.trim().is_empty() {
            continue;
        }
        if !first_paragraph {
            lines.push(VLine {
                kind: LineKind::Blank,
                start,
                end: start,
            });
        }
        first_paragraph = false;
        for (s, e) in wrap_range(body, start, end, w) {
            lines.push(VLine {
                kind: LineKind::Body,
                start: s,
                end: e,
            });
        }
    }
    Wrapped {
        width,
        lines,
        body_first,
    }
}

fn is_break(ch: char) -> bool {
    ch == ' ' || ch == '\t'
}

/// Greedy word wrap of `text[start..end]` at `width` cells: breaks after spaces, splits words
/// longer than a line, drops spaces at line ends and starts. Returns byte ranges.
pub fn wrap_range(text: &str, start: usize, end: usize, width: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let Some(slice) = text.get(start..end) else {
        return out;
    };
    let slice = slice.trim_end_matches(['\r', ' ', '\t']);
    let end = start + slice.len();
    let mut line_start: Option<usize> = None;
    let mut used = 0usize;
    // Where the line may break: byte of the last space, and width used after it.
    let mut last_break: Option<(usize, usize)> = None;
    for (i, ch) in slice.char_indices() {
        let at = start + i;
        let cw = cell_width(ch);
        let Some(ls) = line_start else {
            if is_break(ch) {
                continue;
            }
            line_start = Some(at);
            used = cw;
            continue;
        };
        if is_break(ch) {
            last_break = Some((at, 0));
            used += cw;
            continue;
        }
        if used + cw > width {
            match last_break {
                Some((b, after)) if b > ls => {
                    out.push((ls, trim_end(text, ls, b)));
                    // The next line starts at the first non-space after the break.
                    let next = text[b..at]
                        .char_indices()
                        .find(|(_, c)| !is_break(*c))
                        .map_or(at, |(j, _)| b + j);
                    line_start = Some(next);
                    used = after;
                    last_break = None;
                    if used + cw > width && used > 0 {
                        out.push((next, at));
                        line_start = Some(at);
                        used = 0;
                    }
                }
                _ => {
                    out.push((ls, at));
                    line_start = Some(at);
                    used = 0;
                    last_break = None;
                }
            }
        }
        used += cw;
        if let Some((b, after)) = last_break {
            last_break = Some((b, after + cw));
        }
    }
    if let Some(ls) = line_start {
        if ls < end {
            out.push((ls, end));
        }
    }
    out
}

fn trim_end(text: &str, start: usize, end: usize) -> usize {
    let trimmed = text[start..end].trim_end_matches([' ', '\t']);
    start + trimmed.len()
}

impl Wrapped {
    /// Index of the screen line showing body byte `pos` (the last line starting at or before it).
    pub fn line_of(&self, pos: usize) -> usize {
        let body = &self.lines[self.body_first.min(self.lines.len())..];
        let i = body.partition_point(|l| l.start <= pos);
        self.body_first + i.saturating_sub(1)
    }

    /// The body byte under cell `col` of screen line `line`, if that line shows body text.
    pub fn byte_at(&self, body: &str, line: usize, col: usize) -> Option<usize> {
        let l = self.lines.get(line)?;
        if l.kind != LineKind::Body {
            return None;
        }
        let mut x = 0;
        for (i, ch) in body.get(l.start..l.end)?.char_indices() {
            let w = cell_width(ch);
            if col < x + w.max(1) {
                return Some(l.start + i);
            }
            x += w;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    fn lines(text: &str, width: usize) -> Vec<&str> {
        wrap_range(text, 0, text.len(), width)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn wraps_at_spaces() {
        assert_eq!(
            lines("the quick brown fox jumps", 10),
            vec!["the quick", "brown fox", "jumps"]
        );
        assert_eq!(lines("a  b", 1), vec!["a", "b"]);
        assert_eq!(lines("   ", 5), Vec::<&str>::new());
    }

    #[test]
    fn splits_long_words_and_wide_chars() {
        assert_eq!(lines("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
        let t = "日本語のテキスト です";
        for l in lines(t, 5) {
            assert!(l.width() <= 5, "{l:?}");
        }
        assert_eq!(
            lines("Amir-Abdollahian’s “x”", 30),
            vec!["Amir-Abdollahian’s “x”"]
        );
    }

    #[test]
    fn no_line_is_wider_than_the_width() {
        let t = "Iranian army ground forces commander Kioumars Heydari said Tehran was ready to export arms, “friendly countries”. A verylongwordthatdoesnotfitatall here.";
        for w in 1..40 {
            let ls = wrap_range(t, 0, t.len(), w);
            for &(s, e) in &ls {
                assert!(t[s..e].width() <= w.max(1), "width {w}: {:?}", &t[s..e]);
                assert!(!t[s..e].is_empty());
            }
            // every non-space character is shown exactly once
            let shown: String = ls.iter().map(|&(s, e)| &t[s..e]).collect::<String>();
            let strip = |x: &str| x.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            assert_eq!(strip(&shown), strip(t), "width {w}");
        }
    }

    #[test]
    fn story_lines_map_bytes() {
        let body = "First para here.\nSecond one.";
        let w = wrap_story("Title", "src · 2022-07-20", body, 8);
        let b = w.body_first;
        assert_eq!(w.lines[b].kind, LineKind::Body);
        assert_eq!(&body[w.lines[b].start..w.lines[b].end], "First");
        let second = body.find("Second").unwrap();
        let l = w.line_of(second);
        assert_eq!(&body[w.lines[l].start..w.lines[l].end], "Second");
        assert_eq!(w.lines[l - 1].kind, LineKind::Blank);
        assert_eq!(w.byte_at(body, l, 2), Some(second + 2));
        assert_eq!(w.byte_at(body, 0, 0), None);
    }
}
