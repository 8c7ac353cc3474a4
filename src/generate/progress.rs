//! How far generation has got, on standard error: a bar on a terminal, a line every few
//! seconds otherwise (a log file or a pipe), nothing when asked to be quiet.

use std::{
    io::IsTerminal,
    sync::{
        Mutex,
        atomic::{AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

use indicatif::{ProgressBar, ProgressStyle};

/// Lines are written at most this often when standard error is not a terminal.
const LINE_EVERY: Duration = Duration::from_secs(5);

pub struct Progress {
    output: Output,
    done: AtomicU64,
    phase: Mutex<Phase>,
}

enum Output {
    Bar(ProgressBar),
    Lines,
    Quiet,
}

struct Phase {
    name: &'static str,
    total: u64,
    last_line: Instant,
}

impl Progress {
    pub fn new(quiet: bool) -> Progress {
        let output = if quiet {
            Output::Quiet
        } else if std::io::stderr().is_terminal() {
            let bar = ProgressBar::new(0);
            if let Ok(style) =
                ProgressStyle::with_template("{msg:>10} [{bar:30}] {pos}/{len} rows ({eta})")
            {
                bar.set_style(style.progress_chars("=> "));
            }
            Output::Bar(bar)
        } else {
            Output::Lines
        };
        Progress {
            output,
            done: AtomicU64::new(0),
            phase: Mutex::new(Phase {
                name: "",
                total: 0,
                last_line: Instant::now(),
            }),
        }
    }

    /// Starts counting `total` rows of `name`.
    pub fn start(&self, name: &'static str, total: u64) {
        self.done.store(0, Ordering::Relaxed);
        if let Ok(mut phase) = self.phase.lock() {
            *phase = Phase {
                name,
                total,
                last_line: Instant::now(),
            };
        }
        match &self.output {
            Output::Bar(bar) => {
                bar.set_message(name);
                bar.set_length(total);
                bar.set_position(0);
            }
            Output::Lines => eprintln!("tavolo generate: {name}: 0/{total}"),
            Output::Quiet => {}
        }
    }

    pub fn advance(&self, rows: u64) {
        let done = self.done.fetch_add(rows, Ordering::Relaxed) + rows;
        match &self.output {
            Output::Bar(bar) => bar.set_position(done),
            // Looking at the clock for every row would cost more than the row.
            Output::Lines if done.is_multiple_of(4096) => {
                if let Ok(mut phase) = self.phase.lock()
                    && phase.last_line.elapsed() >= LINE_EVERY
                {
                    phase.last_line = Instant::now();
                    eprintln!("tavolo generate: {}: {done}/{}", phase.name, phase.total);
                }
            }
            _ => {}
        }
    }

    /// Says something between phases (above the bar on a terminal).
    pub fn say(&self, message: &str) {
        match &self.output {
            Output::Bar(bar) => bar.println(format!("tavolo generate: {message}")),
            Output::Lines => eprintln!("tavolo generate: {message}"),
            Output::Quiet => {}
        }
    }

    pub fn finish(&self) {
        if let Output::Bar(bar) = &self.output {
            bar.finish_and_clear();
        }
    }
}
