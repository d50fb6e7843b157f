//! Entering and leaving the terminal's reader mode (raw mode, alternate screen, mouse
//! capture), with a drop guard and a panic hook so it is always restored.

use anyhow::{Context, Result};
use crossterm::cursor::Show;
use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen,
};
use ratatui::backend::CrosstermBackend;
use ratatui::Terminal;
use std::io::{stdout, Stdout};
use std::sync::Once;

/// Name of the analysis thread: its panics are reported in the reader, not by the hook.
pub const WORKER_THREAD: &str = "byline-analysis";

/// The terminal in reader mode; dropping it restores the terminal.
pub struct TerminalGuard {
    /// The ratatui terminal to draw on.
    pub terminal: Terminal<CrosstermBackend<Stdout>>,
}

impl TerminalGuard {
    /// Enters reader mode (installing the panic hook once).
    pub fn enter() -> Result<TerminalGuard> {
        install_panic_hook();
        enable_raw_mode().context("cannot put the terminal in raw mode")?;
        let entered = execute!(stdout(), EnterAlternateScreen, EnableMouseCapture)
            .context("cannot switch to the alternate screen")
            .and_then(|()| {
                Terminal::new(CrosstermBackend::new(stdout())).context("cannot open the terminal")
            });
        match entered {
            Ok(mut terminal) => {
                let _ = terminal.hide_cursor();
                Ok(TerminalGuard { terminal })
            }
            Err(e) => {
                restore();
                Err(e)
            }
        }
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

/// Leaves reader mode: raw mode off, mouse capture off, alternate screen left, cursor shown.
/// Safe to call more than once.
pub fn restore() {
    let _ = disable_raw_mode();
    let _ = execute!(stdout(), DisableMouseCapture, LeaveAlternateScreen, Show);
}

fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if std::thread::current().name() == Some(WORKER_THREAD) {
                // Caught by the worker and shown in the status line.
                return;
            }
            restore();
            previous(info);
        }));
    });
}
