//! End to end: the real binary in a real terminal (tmux, 160x45). Walks the acceptance flow
//! (`n`, `n n n`, `s`, `?`, `q`) reading the screen with `capture-pane`, polling with a
//! bounded timeout, then checks that the terminal is restored after `q` and after Ctrl-c.
//! Skipped (with a message) when tmux is not installed.

use std::process::{Command, Output};
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(20);

/// A private tmux server, killed when dropped (even when the test fails).
struct Tmux {
    socket: String,
}

impl Tmux {
    fn new() -> Option<Tmux> {
        let ok = Command::new("tmux")
            .arg("-V")
            .output()
            .is_ok_and(|o| o.status.success());
        ok.then(|| Tmux {
            socket: format!("byline-test-{}", std::process::id()),
        })
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux runs")
    }

    fn capture(&self, target: &str) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", target]).stdout)
            .into_owned()
    }

    fn send(&self, target: &str, keys: &[&str]) {
        for k in keys {
            let out = self.run(&["send-keys", "-t", target, k]);
            assert!(out.status.success(), "send-keys {k}: {out:?}");
        }
    }

    /// Polls the pane until `pred` holds, or fails with the last screen after the timeout.
    fn wait_for(&self, target: &str, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.capture(target);
            if pred(&screen) {
                return screen;
            }
            if start.elapsed() > TIMEOUT {
                panic!("timed out waiting for {what}; screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Starts the reader on the sample in a new 160x45 session named `name`.
    fn start_reader(&self, name: &str) {
        let bin = env!("CARGO_BIN_EXE_byline");
        let sample = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/assets/samples/iran-drones.txt"
        );
        let config_home = std::env::temp_dir().join(format!("byline-e2e-{}", std::process::id()));
        let cmd = format!(
            "env XDG_CONFIG_HOME='{}' BYLINE_CONFIG= '{bin}' --date 2022-07-20 '{sample}'; echo BYLINE_EXITED; sleep 60",
            config_home.display()
        );
        let out = self.run(&[
            "new-session",
            "-d",
            "-s",
            name,
            "-x",
            "160",
            "-y",
            "45",
            &cmd,
        ]);
        assert!(out.status.success(), "tmux new-session: {out:?}");
        // Some tmux versions size detached sessions from the default; make it 160x45.
        self.run(&["resize-window", "-t", name, "-x", "160", "-y", "45"]);
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .arg("kill-server")
            .output();
    }
}

fn status_line(screen: &str) -> String {
    screen
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim()
        .to_owned()
}

fn assert_restored(tmux: &Tmux, target: &str) {
    let screen = tmux.wait_for(target, "BYLINE_EXITED", |s| s.contains("BYLINE_EXITED"));
    for residue in ["n/N quote", "Actors (", "┏", "Timeline ("] {
        assert!(
            !screen.contains(residue),
            "TUI residue {residue:?} after exit:\n{screen}"
        );
    }
    let alt = tmux.run(&["display-message", "-p", "-t", target, "#{alternate_on}"]);
    assert_eq!(
        String::from_utf8_lossy(&alt.stdout).trim(),
        "0",
        "still on the alternate screen"
    );
    let mouse = tmux.run(&["display-message", "-p", "-t", target, "#{mouse_any_flag}"]);
    assert_eq!(
        String::from_utf8_lossy(&mouse.stdout).trim(),
        "0",
        "mouse capture left on"
    );
    let cursor = tmux.run(&["display-message", "-p", "-t", target, "#{cursor_flag}"]);
    assert_eq!(
        String::from_utf8_lossy(&cursor.stdout).trim(),
        "1",
        "cursor left hidden"
    );
}

#[test]
fn reader_flow_in_tmux() {
    let Some(tmux) = Tmux::new() else {
        eprintln!("SKIPPED: tmux is not installed; the end-to-end reader test did not run");
        return;
    };
    tmux.start_reader("flow");
    let first = tmux.wait_for("flow", "the first screen", |s| {
        s.contains("PEOPLE") && s.contains("n/N quote")
    });
    assert!(first.contains("Iranian general says Tehran ready to export drones"));

    tmux.send("flow", &["n"]);
    let s = tmux.wait_for("flow", "quote 1/6", |s| {
        status_line(s).starts_with("quote 1/6")
    });
    assert!(
        status_line(&s).starts_with("quote 1/6 · Kioumars Heydari"),
        "{}",
        status_line(&s)
    );

    tmux.send("flow", &["n", "n", "n"]);
    let s = tmux.wait_for("flow", "quote 4/6", |s| {
        status_line(s).starts_with("quote 4/6")
    });
    assert!(
        status_line(&s).starts_with("quote 4/6 · Hossein Amir-Abdollahian"),
        "{}",
        status_line(&s)
    );

    tmux.send("flow", &["s"]);
    let s = tmux.wait_for("flow", "the speaker", |s| {
        status_line(s).starts_with("Hossein Amir-Abdollahian · person")
    });
    assert!(s.contains("▶ Hossein Amir-Abdollahian"));

    tmux.send("flow", &["?"]);
    tmux.wait_for("flow", "the help", |s| s.contains("next quote"));
    tmux.send("flow", &["Escape"]);
    tmux.wait_for("flow", "the help to close", |s| !s.contains("next quote"));

    tmux.send("flow", &["q"]);
    assert_restored(&tmux, "flow");

    // Ctrl-c quits and restores too.
    tmux.start_reader("ctrlc");
    tmux.wait_for("ctrlc", "the first screen", |s| s.contains("PEOPLE"));
    tmux.send("ctrlc", &["C-c"]);
    assert_restored(&tmux, "ctrlc");
}
