//! The `--format text` report: title, actors, quotes, timeline.

use crate::analysis::{Analysis, QuoteKind};
use crate::article::Article;
use std::fmt::Write;

/// Renders a readable report of one article.
pub fn to_text(article: &Article, published: Option<chrono::NaiveDate>, a: &Analysis) -> String {
    let mut out = String::new();
    let title = article.title.as_deref().unwrap_or("(untitled)");
    let _ = writeln!(out, "{title}");
    let mut meta = Vec::new();
    if let Some(d) = published {
        meta.push(d.format("%Y-%m-%d").to_string());
    }
    if let Some(s) = &article.source {
        meta.push(s.clone());
    }
    if let Some(p) = &article.path {
        meta.push(p.clone());
    }
    if !meta.is_empty() {
        let _ = writeln!(out, "{}", meta.join(" · "));
    }
    let _ = writeln!(out, "\nACTORS");
    let width = a
        .actors
        .iter()
        .map(|x| x.name.chars().count())
        .max()
        .unwrap_or(0);
    for actor in &a.actors {
        let quotes = a
            .quotes
            .iter()
            .filter(|q| q.speaker == Some(actor.id))
            .count();
        let _ = write!(
            out,
            "  {:<width$}  {:<12} {:>2}q {:>2}m",
            actor.name,
            actor.kind.as_str(),
            quotes,
            actor.mentions.len(),
        );
        if !actor.roles.is_empty() {
            let _ = write!(out, "  {}", actor.roles.join("; "));
        }
        out.push('\n');
    }
    let _ = writeln!(out, "\nQUOTES");
    for q in &a.quotes {
        let who = q
            .speaker
            .and_then(|s| a.actor(s))
            .map_or("(unattributed)", |x| x.name.as_str());
        let text = match q.kind {
            QuoteKind::Direct => format!("“{}”", q.text),
            QuoteKind::Indirect => format!("({})", q.text),
        };
        let cue = q
            .cue
            .as_deref()
            .map(|c| format!(" [{c}]"))
            .unwrap_or_default();
        let _ = writeln!(out, "  {who}{cue}: {text}");
    }
    let _ = writeln!(out, "\nTIMELINE");
    for e in &a.events {
        let _ = writeln!(out, "  {:<10}  {}", e.date, e.summary);
    }
    out
}
