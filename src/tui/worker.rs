//! The analysis thread: each story is analysed once, off the UI thread, and the result sent
//! back as an [`Action`]. Stories go in order, except that the one the reader is looking at
//! can be asked for first ([`spawn`]); on the library, only the stories asked for are
//! analysed ([`spawn_on_demand`]).

use super::action::Action;
use super::terminal::WORKER_THREAD;
use crate::analysis::{analyze, Options};
use crate::article::Article;
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::JoinHandle;

/// The running analysis thread.
pub struct Worker {
    /// The thread (it ends when every story is done or the reader has gone).
    pub handle: JoinHandle<()>,
    /// Asks for story `i` to be analysed next.
    pub priority: Sender<usize>,
}

/// Starts analysing `articles`, sending one action per story to `tx`.
pub fn spawn(
    articles: Vec<Article>,
    options: Options,
    tx: Sender<Action>,
) -> std::io::Result<Worker> {
    let (priority, requests) = mpsc::channel();
    let handle = std::thread::Builder::new()
        .name(WORKER_THREAD.to_owned())
        .spawn(move || work(&articles, options, &tx, &requests))?;
    Ok(Worker { handle, priority })
}

fn work(articles: &[Article], options: Options, tx: &Sender<Action>, requests: &Receiver<usize>) {
    let n = articles.len();
    let mut done = vec![false; n];
    let mut in_order = 0;
    loop {
        let mut pick = None;
        while let Ok(i) = requests.try_recv() {
            if i < n && !done[i] {
                pick = Some(i);
            }
        }
        let i = match pick {
            Some(i) => i,
            None => {
                while in_order < n && done[in_order] {
                    in_order += 1;
                }
                if in_order >= n {
                    return;
                }
                in_order
            }
        };
        done[i] = true;
        if tx.send(analyse_one(i, &articles[i], options)).is_err() {
            return;
        }
    }
}

/// Analyses story `i`, turning a panic into [`Action::AnalysisFailed`].
fn analyse_one(i: usize, article: &Article, options: Options) -> Action {
    let result =
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| analyze(article, options)));
    match result {
        Ok(a) => Action::Analysed(i, Box::new(a)),
        Err(p) => {
            let why = p
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| p.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "internal error".to_owned());
            Action::AnalysisFailed(i, why)
        }
    }
}

/// The analysis thread of the library reader: it analyses what it is sent.
pub struct OnDemand {
    /// The thread (it ends when `jobs` is dropped or the reader has gone).
    pub handle: JoinHandle<()>,
    /// Sends story `i`'s article to be analysed.
    pub jobs: Sender<(usize, Article)>,
}

/// Starts a thread that analyses each `(i, article)` it receives, in order, sending one
/// action per story to `tx`.
pub fn spawn_on_demand(options: Options, tx: Sender<Action>) -> std::io::Result<OnDemand> {
    let (jobs, rx) = mpsc::channel::<(usize, Article)>();
    let handle = std::thread::Builder::new()
        .name(WORKER_THREAD.to_owned())
        .spawn(move || {
            for (i, article) in rx {
                if tx.send(analyse_one(i, &article, options)).is_err() {
                    return;
                }
            }
        })?;
    Ok(OnDemand { handle, jobs })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_story_once_and_priority_first() {
        let articles: Vec<Article> = (0..5)
            .map(|i| Article {
                text: format!("Story {i} said nothing."),
                ..Article::default()
            })
            .collect();
        let (tx, rx) = mpsc::channel();
        let (ptx, prx) = mpsc::channel();
        ptx.send(3).unwrap();
        ptx.send(99).unwrap();
        work(&articles, Options::default(), &tx, &prx);
        drop(tx);
        let order: Vec<usize> = rx
            .iter()
            .map(|a| match a {
                Action::Analysed(i, _) | Action::AnalysisFailed(i, _) => i,
                _ => usize::MAX,
            })
            .collect();
        assert_eq!(order, vec![3, 0, 1, 2, 4]);
    }
}
