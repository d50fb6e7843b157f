//! A small HTTP/1.1 test server on 127.0.0.1 for the network tests (included with
//! `mod net_common;`). It serves fixed routes: a feed, an article page, a gzip body, redirect
//! chains and loops, a slow response, a stalled body and oversized bodies. It never talks to
//! anything but the loopback address, and its connection threads end after each response.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How long the slow routes wait before sending anything more: well past the short read
/// timeouts the tests set, and bounded.
pub const SLOW: Duration = Duration::from_secs(4);

/// Size of the oversized bodies.
pub const BIG: usize = 2 * 1024 * 1024;

/// A running test server.
pub struct Server {
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    requests: Arc<Mutex<Vec<Request>>>,
}

/// A request the server received.
#[derive(Debug, Clone)]
pub struct Request {
    /// The request path.
    pub path: String,
    /// Header lines, names lower-cased.
    pub headers: Vec<(String, String)>,
}

impl Request {
    /// A header's value.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

impl Server {
    /// Starts a server on an ephemeral port of 127.0.0.1.
    pub fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let port = listener.local_addr().expect("local addr").port();
        let base = format!("http://127.0.0.1:{port}");
        let requests = Arc::new(Mutex::new(Vec::new()));
        let (log, b) = (Arc::clone(&requests), base.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (log, b) = (Arc::clone(&log), b.clone());
                std::thread::spawn(move || handle(stream, &b, &log));
            }
        });
        Server { base, requests }
    }

    /// The absolute URL of a path on this server.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// The requests received so far for `path`.
    pub fn requests_for(&self, path: &str) -> Vec<Request> {
        self.requests
            .lock()
            .map(|r| r.iter().filter(|q| q.path == path).cloned().collect())
            .unwrap_or_default()
    }
}

/// The article page the feed links to.
pub fn article_page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html><html><head><title>{title}</title>\
         <meta property=\"og:site_name\" content=\"Loopback News\">\
         <meta property=\"article:published_time\" content=\"2022-07-20T08:00:00Z\"></head>\
         <body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\
         <article><h1>{title}</h1>{body}</article>\
         <footer>Copyright Loopback News</footer></body></html>"
    )
}

/// The paragraphs of the full article page.
pub const FULL_TEXT: &str = "<p>Iranian Foreign Minister Hossein Amir-Abdollahian said on \
Tuesday that talks with European officials would continue next week in Vienna.</p>\
<p>\u{201c}We are ready to reach a good agreement,\u{201d} Amir-Abdollahian told reporters \
after the meeting, adding that the other side had to show realism.</p>\
<p>The talks, which began in April 2021, stalled in March over the status of the \
Revolutionary Guards.</p>";

/// An RSS feed of two items on this server: the first links to `/article.html`.
pub fn feed_xml(base: &str, channel: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>\
         <title>{channel}</title><link>{base}/</link>\
         <item><title>Talks to resume in Vienna</title><link>{base}/article.html</link>\
         <pubDate>Wed, 20 Jul 2022 08:00:00 +0000</pubDate>\
         <description>Talks will resume next week, the minister said.</description></item>\
         <item><title>Drones on show</title><link>{base}/drones.html</link>\
         <pubDate>Tue, 19 Jul 2022 10:00:00 +0000</pubDate>\
         <description>Kioumars Heydari said on Tuesday that Iran was ready to export \
         drones.</description></item>\
         </channel></rss>"
    )
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    let _ = enc.write_all(bytes);
    enc.finish().unwrap_or_default()
}

fn handle(stream: TcpStream, base: &str, log: &Mutex<Vec<Request>>) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(s) => s,
        Err(_) => return,
    });
    let mut line = String::new();
    if reader.read_line(&mut line).unwrap_or(0) == 0 {
        return;
    }
    let path = line.split_whitespace().nth(1).unwrap_or("/").to_owned();
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).unwrap_or(0) == 0 || h.trim().is_empty() {
            break;
        }
        if let Some((n, v)) = h.split_once(':') {
            headers.push((n.trim().to_ascii_lowercase(), v.trim().to_owned()));
        }
    }
    let request = Request { path, headers };
    if let Ok(mut l) = log.lock() {
        l.push(request.clone());
    }
    respond(stream, base, &request);
}

fn respond(mut s: TcpStream, base: &str, req: &Request) {
    let ok = |s: &mut TcpStream, ctype: &str, body: &[u8], extra: &str| {
        let head = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\n{extra}\
             Connection: close\r\n\r\n",
            body.len()
        );
        let _ = s.write_all(head.as_bytes());
        let _ = s.write_all(body);
    };
    let redirect = |s: &mut TcpStream, to: &str| {
        let head = format!(
            "HTTP/1.1 302 Found\r\nLocation: {to}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        );
        let _ = s.write_all(head.as_bytes());
    };
    // Routes ignore the query string.
    let path = req.path.split('?').next().unwrap_or("");
    match path {
        "/feed.xml" => ok(
            &mut s,
            "application/rss+xml",
            feed_xml(base, "Loopback News").as_bytes(),
            "",
        ),
        "/other-feed.xml" => ok(
            &mut s,
            "application/rss+xml",
            feed_xml(base, "Other News")
                .replace("/article.html", "/other-article.html")
                .replace("/drones.html", "/other-drones.html")
                .as_bytes(),
            "",
        ),
        "/article.html" => ok(
            &mut s,
            "text/html; charset=utf-8",
            article_page("Talks to resume in Vienna", FULL_TEXT).as_bytes(),
            "",
        ),
        "/latin1.html" => {
            // Latin-1 bytes, the charset named only in the header (no <meta>).
            let page = article_page("Caf\u{e9} talks", FULL_TEXT).replace("<meta", "<link");
            let bytes: Vec<u8> = page
                .chars()
                .map(|c| u8::try_from(c).unwrap_or(b'?'))
                .collect();
            ok(&mut s, "text/html; charset=ISO-8859-1", &bytes, "");
        }
        "/gzip.xml" => {
            let accepts = req
                .header("accept-encoding")
                .is_some_and(|v| v.contains("gzip"));
            let body = feed_xml(base, "Gzip News").replace(".html<", ".html?from=gzip<");
            if accepts {
                ok(
                    &mut s,
                    "application/rss+xml",
                    &gzip(body.as_bytes()),
                    "Content-Encoding: gzip\r\n",
                );
            } else {
                ok(&mut s, "application/rss+xml", body.as_bytes(), "");
            }
        }
        "/user-agent" => {
            let ua = req.header("user-agent").unwrap_or("").to_owned();
            ok(&mut s, "text/plain", ua.as_bytes(), "");
        }
        "/moved" => redirect(&mut s, "/article.html"),
        "/loop/a" => redirect(&mut s, "/loop/b"),
        "/loop/b" => redirect(&mut s, &format!("{base}/loop/a")),
        "/to-ftp" => redirect(&mut s, "ftp://127.0.0.1/file"),
        "/slow" => {
            std::thread::sleep(SLOW);
            ok(
                &mut s,
                "text/html",
                b"<html><body><p>Too late.</p></body></html>",
                "",
            );
        }
        "/stall" => {
            let head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\
                        Connection: close\r\n\r\n<html><body><p>Start";
            let _ = s.write_all(head.as_bytes());
            let _ = s.flush();
            std::thread::sleep(SLOW);
        }
        "/trickle" => {
            // A byte every 100 ms: never silent for a read timeout, never done.
            let head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\
                        Connection: close\r\n\r\n";
            let _ = s.write_all(head.as_bytes());
            let start = std::time::Instant::now();
            while start.elapsed() < SLOW {
                if s.write_all(b"x").and_then(|()| s.flush()).is_err() {
                    return;
                }
                std::thread::sleep(Duration::from_millis(100));
            }
        }
        "/big" => ok(&mut s, "text/plain", &vec![b'a'; BIG], ""),
        "/big-chunked" => {
            // No length announced: the cap must hold while reading.
            let _ = s.write_all(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\
                  Connection: close\r\n\r\n",
            );
            let chunk = vec![b'a'; 64 * 1024];
            for _ in 0..BIG / chunk.len() {
                let _ = write!(s, "{:x}\r\n", chunk.len());
                if s.write_all(&chunk).is_err() || s.write_all(b"\r\n").is_err() {
                    return;
                }
            }
            let _ = s.write_all(b"0\r\n\r\n");
        }
        "/big-gzip" => {
            // Small on the wire, too big once decoded.
            let body = gzip(&vec![b'a'; BIG]);
            ok(&mut s, "text/plain", &body, "Content-Encoding: gzip\r\n");
        }
        "/not-a-feed.html" => ok(
            &mut s,
            "text/html",
            b"<html><body><p>Just a page.</p></body></html>",
            "",
        ),
        "/broken-feed.xml" => ok(
            &mut s,
            "application/rss+xml",
            b"<rss version=\"2.0\"><channel><item><title>cut",
            "",
        ),
        _ if path.starts_with("/chain/") => {
            let n: u32 = path["/chain/".len()..].parse().unwrap_or(0);
            if n == 0 {
                redirect(&mut s, "/article.html");
            } else {
                redirect(&mut s, &format!("/chain/{}", n - 1));
            }
        }
        _ => {
            let _ = s.write_all(
                b"HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot found",
            );
        }
    }
}
