//! Bytes to text: UTF-8 (lossy, with a warning) and rejection of binary or empty input.

use anyhow::{bail, Result};

/// Text decoded from a file, with a note when bytes had to be replaced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// Set when the input was not valid UTF-8 and was decoded lossily.
    pub warning: Option<String>,
}

/// Decodes bytes as UTF-8 (lossily), refusing empty and binary input.
///
/// Binary means a NUL byte or a high share of control characters in the first 8 KiB.
pub fn decode_bytes(bytes: &[u8]) -> Result<Decoded> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        bail!("empty file");
    }
    let head = &bytes[..bytes.len().min(8192)];
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    if head.contains(&0) || controls * 10 > head.len() {
        bail!("binary file, not text");
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Decoded {
            text: s.to_owned(),
            warning: None,
        }),
        Err(_) => {
            let text = String::from_utf8_lossy(bytes).into_owned();
            let bad = text.matches('\u{FFFD}').count();
            Ok(Decoded {
                text,
                warning: Some(format!(
                    "invalid UTF-8, {bad} byte sequence(s) replaced with U+FFFD"
                )),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_binary_are_errors() {
        assert!(decode_bytes(b"").is_err());
        assert!(decode_bytes(b"  \n\t").is_err());
        assert!(decode_bytes(b"\x7fELF\x02\x01\x01\x00\x00").is_err());
    }

    #[test]
    fn invalid_utf8_is_lossy_with_warning() {
        let d = decode_bytes(b"caf\xe9 au lait").unwrap();
        assert_eq!(d.text, "caf\u{FFFD} au lait");
        assert!(d.warning.is_some());
    }

    #[test]
    fn bom_is_dropped() {
        let d = decode_bytes("\u{FEFF}Hello".as_bytes()).unwrap();
        assert_eq!(d.text, "Hello");
        assert!(d.warning.is_none());
    }
}
