//! One HTTP(S) GET with limits: timeouts, a size cap, a redirect limit, gzip, a User-Agent.

use crate::config::Config;
use std::collections::HashSet;
use std::time::{Duration, Instant};
use thiserror::Error;
use ureq::http::StatusCode;
use url::Url;

/// The User-Agent byline sends: `byline/<version>`.
pub const USER_AGENT: &str = concat!("byline/", env!("CARGO_PKG_VERSION"));

/// What a page or feed request accepts: feeds and pages first, anything else last.
const ACCEPT: &str = "application/rss+xml, application/atom+xml, application/feed+json, \
text/html;q=0.9, application/xhtml+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5";

/// Limits on one fetch. The defaults suit news pages and feeds; `[fetch]` in the config
/// overrides them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FetchLimits {
    /// Time allowed to open the connection (DNS, TCP and TLS).
    pub connect_timeout: Duration,
    /// Longest wait for any read from the server (headers or body) before giving up.
    pub read_timeout: Duration,
    /// Longest time for the whole fetch, redirects and body included: a server that trickles
    /// a byte now and then cannot hold a refresh up for ever.
    pub total_timeout: Duration,
    /// Largest body accepted, in bytes after gzip decoding; a larger one is an error.
    pub max_bytes: u64,
    /// Redirects followed at most; one more is an error.
    pub max_redirects: u32,
}

impl Default for FetchLimits {
    fn default() -> Self {
        FetchLimits {
            connect_timeout: Duration::from_secs(10),
            read_timeout: Duration::from_secs(20),
            total_timeout: Duration::from_secs(60),
            max_bytes: 10 * 1024 * 1024,
            max_redirects: 5,
        }
    }
}

impl FetchLimits {
    /// The defaults with every key that `[fetch]` in the config sets.
    pub fn from_config(config: &Config) -> FetchLimits {
        let d = FetchLimits::default();
        let f = &config.fetch;
        FetchLimits {
            connect_timeout: f.connect_timeout_secs.unwrap_or(d.connect_timeout),
            read_timeout: f.read_timeout_secs.unwrap_or(d.read_timeout),
            total_timeout: f.total_timeout_secs.unwrap_or(d.total_timeout),
            max_bytes: f.max_bytes.unwrap_or(d.max_bytes),
            max_redirects: f.max_redirects.unwrap_or(d.max_redirects),
        }
    }
}

/// A fetched resource.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fetched {
    /// The URL the body came from, after redirects.
    pub final_url: String,
    /// The media type the server declared (`text/html`), without parameters, lower case.
    pub content_type: Option<String>,
    /// The `charset` parameter of the declared media type (`iso-8859-1`), lower case.
    pub charset: Option<String>,
    /// The body, gzip already decoded.
    pub body: Vec<u8>,
}

/// Why a fetch failed. Messages are one line and leave out the requested URL, which the
/// caller names (`byline: <url>: <reason>`).
#[derive(Debug, Error)]
pub enum FetchError {
    /// Not a URL at all.
    #[error("not a valid URL: {0}")]
    InvalidUrl(String),
    /// A scheme other than http or https (also as a redirect target).
    #[error("unsupported URL scheme `{0}`: only http and https are fetched")]
    UnsupportedScheme(String),
    /// The connection could not be opened in time.
    #[error("connection timed out after {0:?}")]
    ConnectTimeout(Duration),
    /// The server sent nothing for longer than the read timeout.
    #[error("no response data for {0:?} (read timeout)")]
    ReadTimeout(Duration),
    /// The whole fetch took longer than the total timeout.
    #[error("gave up after {0:?} (total timeout)")]
    TotalTimeout(Duration),
    /// The body is larger than the size cap.
    #[error("response larger than the limit of {limit} bytes")]
    TooLarge {
        /// The cap, in bytes.
        limit: u64,
    },
    /// A redirect led back to a URL already visited.
    #[error("redirect loop: {0}")]
    RedirectLoop(String),
    /// More redirects than allowed.
    #[error("too many redirects (more than {limit}): {chain}")]
    TooManyRedirects {
        /// The redirect limit.
        limit: u32,
        /// The URLs visited, joined by arrows.
        chain: String,
    },
    /// A redirect without a usable `Location`.
    #[error("HTTP {0} redirect without a valid Location")]
    BadRedirect(u16),
    /// The server answered with an error status.
    #[error("HTTP {code} {reason}")]
    Status {
        /// The status code.
        code: u16,
        /// The canonical reason phrase.
        reason: String,
    },
    /// Anything else on the way: DNS, refused connections, TLS, broken HTTP.
    #[error("{0}")]
    Transport(String),
}

/// A reusable HTTP client with its limits: one connection pool for many fetches, shareable
/// across threads.
#[derive(Debug, Clone)]
pub struct Fetcher {
    agent: ureq::Agent,
    limits: FetchLimits,
}

impl Fetcher {
    /// A client that applies `limits` to every fetch.
    pub fn new(limits: &FetchLimits) -> Fetcher {
        let config = ureq::Agent::config_builder()
            .user_agent(USER_AGENT)
            .accept(ACCEPT)
            // Redirects are followed by hand so that loops and bad targets get clear errors.
            .max_redirects(0)
            .http_status_as_error(false)
            .timeout_connect(Some(limits.connect_timeout))
            .timeout_per_read(Some(limits.read_timeout))
            .timeout_per_write(Some(limits.read_timeout))
            .build();
        Fetcher {
            agent: config.new_agent(),
            limits: *limits,
        }
    }

    /// The limits this client applies.
    pub fn limits(&self) -> &FetchLimits {
        &self.limits
    }

    /// GETs `url`, following redirects up to the limit, and reads the whole body.
    pub fn fetch(&self, url: &str) -> Result<Fetched, FetchError> {
        let mut current = parse_http_url(url)?;
        let mut visited: Vec<Url> = vec![current.clone()];
        let mut seen: HashSet<String> = HashSet::from([current.to_string()]);
        let deadline = Instant::now() + self.limits.total_timeout;
        loop {
            let remaining = deadline.saturating_duration_since(Instant::now());
            if remaining.is_zero() {
                return Err(FetchError::TotalTimeout(self.limits.total_timeout));
            }
            let mut response = self
                .agent
                .get(current.as_str())
                .config()
                .timeout_global(Some(remaining))
                .build()
                .call()
                .map_err(|e| self.map_error(e))?;
            let status = response.status();
            if status.is_redirection() && status != StatusCode::NOT_MODIFIED {
                let target = response
                    .headers()
                    .get(ureq::http::header::LOCATION)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|loc| current.join(loc.trim()).ok())
                    .ok_or(FetchError::BadRedirect(status.as_u16()))?;
                check_scheme(&target)?;
                let fresh = seen.insert(target.to_string());
                visited.push(target.clone());
                if !fresh {
                    return Err(FetchError::RedirectLoop(chain(&visited)));
                }
                if visited.len() - 1 > self.limits.max_redirects as usize {
                    return Err(FetchError::TooManyRedirects {
                        limit: self.limits.max_redirects,
                        chain: chain(&visited),
                    });
                }
                current = target;
                continue;
            }
            if !status.is_success() {
                return Err(FetchError::Status {
                    code: status.as_u16(),
                    reason: status.canonical_reason().unwrap_or("error").to_owned(),
                });
            }
            let limit = self.limits.max_bytes;
            // A declared length over the cap fails before any byte is read. (The length is of
            // the encoded body; the decoded one is checked while reading.)
            let encoded = response
                .headers()
                .get(ureq::http::header::CONTENT_ENCODING)
                .is_some();
            if !encoded && response.body().content_length().is_some_and(|n| n > limit) {
                return Err(FetchError::TooLarge { limit });
            }
            let content_type = response
                .body()
                .mime_type()
                .map(|m| m.trim().to_ascii_lowercase());
            let charset = response
                .body()
                .charset()
                .map(|c| c.trim().to_ascii_lowercase());
            let body = response
                .body_mut()
                .with_config()
                .limit(limit)
                .read_to_vec()
                .map_err(|e| self.map_error(e))?;
            return Ok(Fetched {
                final_url: current.to_string(),
                content_type,
                charset,
                body,
            });
        }
    }

    fn map_error(&self, e: ureq::Error) -> FetchError {
        match e {
            ureq::Error::Timeout(ureq::Timeout::Connect | ureq::Timeout::Resolve) => {
                FetchError::ConnectTimeout(self.limits.connect_timeout)
            }
            ureq::Error::Timeout(ureq::Timeout::Global) => {
                FetchError::TotalTimeout(self.limits.total_timeout)
            }
            ureq::Error::Timeout(_) => FetchError::ReadTimeout(self.limits.read_timeout),
            ureq::Error::BodyExceedsLimit(_) => FetchError::TooLarge {
                limit: self.limits.max_bytes,
            },
            ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => {
                FetchError::ReadTimeout(self.limits.read_timeout)
            }
            ureq::Error::Io(io) => FetchError::Transport(io.to_string()),
            ureq::Error::HostNotFound => FetchError::Transport("host not found".into()),
            ureq::Error::ConnectionFailed => FetchError::Transport("connection failed".into()),
            other => FetchError::Transport(other.to_string().replace('\n', " ")),
        }
    }
}

/// Fetches one URL with `limits` (a one-off client; use [`Fetcher`] for many).
pub fn fetch(url: &str, limits: &FetchLimits) -> Result<Fetched, FetchError> {
    Fetcher::new(limits).fetch(url)
}

/// Whether a SOURCE argument is meant as a URL: it starts with a scheme and `://`.
pub fn looks_like_url(source: &str) -> bool {
    match source.split_once("://") {
        Some((scheme, _)) => {
            !scheme.is_empty()
                && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        }
        None => false,
    }
}

/// Checks that `url` is an absolute http or https URL with a host.
pub fn check_url(url: &str) -> Result<(), FetchError> {
    parse_http_url(url).map(|_| ())
}

/// Parses an absolute http(s) URL.
pub(crate) fn parse_http_url(url: &str) -> Result<Url, FetchError> {
    let parsed = Url::parse(url.trim()).map_err(|e| FetchError::InvalidUrl(e.to_string()))?;
    check_scheme(&parsed)?;
    if parsed.host_str().is_none_or(str::is_empty) {
        return Err(FetchError::InvalidUrl("no host".into()));
    }
    Ok(parsed)
}

fn check_scheme(url: &Url) -> Result<(), FetchError> {
    match url.scheme() {
        "http" | "https" => Ok(()),
        other => Err(FetchError::UnsupportedScheme(other.to_owned())),
    }
}

fn chain(urls: &[Url]) -> String {
    urls.iter()
        .map(Url::as_str)
        .collect::<Vec<_>>()
        .join(" -> ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_and_https() {
        let limits = FetchLimits::default();
        for url in ["ftp://example.org/x", "file:///etc/passwd", "gopher://h/"] {
            let e = fetch(url, &limits).unwrap_err();
            assert!(matches!(e, FetchError::UnsupportedScheme(_)), "{url}: {e}");
            assert!(e.to_string().contains("only http and https"));
        }
        assert!(matches!(
            fetch("http//nothing", &limits).unwrap_err(),
            FetchError::InvalidUrl(_)
        ));
    }

    #[test]
    fn url_like_sources() {
        assert!(looks_like_url("https://example.org/a"));
        assert!(looks_like_url("ftp://example.org/a"));
        assert!(!looks_like_url("stories/a.txt"));
        assert!(!looks_like_url("-"));
        assert!(!looks_like_url("://x"));
        assert!(!looks_like_url("a b://x"));
    }

    #[test]
    fn limits_from_config() {
        let c = Config::parse(
            "[fetch]\nread_timeout_secs = 2.5\ntotal_timeout_secs = 30\nmax_redirects = 1\n",
        )
        .unwrap();
        let l = FetchLimits::from_config(&c);
        assert_eq!(l.read_timeout, Duration::from_millis(2500));
        assert_eq!(l.total_timeout, Duration::from_secs(30));
        assert_eq!(l.max_redirects, 1);
        assert_eq!(l.max_bytes, FetchLimits::default().max_bytes);
        assert_eq!(
            FetchLimits::from_config(&Config::defaults()),
            FetchLimits::default()
        );
    }

    #[test]
    fn user_agent_names_the_version() {
        assert_eq!(USER_AGENT, format!("byline/{}", env!("CARGO_PKG_VERSION")));
    }
}
