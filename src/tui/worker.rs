//! The analysis thread: each story is analysed once, off the UI thread, and the result sent
//! back as an [`Action`].

use super::action::Action;
use super::terminal::WORKER_THREAD;
use crate::analysis::{analyze, Options};
use crate::article::Article;
use std::sync::mpsc::Sender;

/// Starts analysing `articles` in order (index `first` first), sending one action per story.
pub fn spawn(
    articles: Vec<Article>,
    first: usize,
    options: Options,
    tx: Sender<Action>,
) -> std::io::Result<std::thread::JoinHandle<()>> {
    std::thread::Builder::new()
        .name(WORKER_THREAD.to_owned())
        .spawn(move || {
            let n = articles.len();
            let order = (first..n).chain(0..first.min(n));
            for i in order {
                let article = &articles[i];
                let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    analyze(article, options)
                }));
                let action = match result {
                    Ok(a) => Action::Analysed(i, Box::new(a)),
                    Err(p) => {
                        let why = p
                            .downcast_ref::<&str>()
                            .map(|s| (*s).to_owned())
                            .or_else(|| p.downcast_ref::<String>().cloned())
                            .unwrap_or_else(|| "internal error".to_owned());
                        Action::AnalysisFailed(i, why)
                    }
                };
                if tx.send(action).is_err() {
                    return;
                }
            }
        })
}
