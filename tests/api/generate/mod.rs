//! `tavolo generate`: the synthetic consultation `scale` as benchmarks use it — the rows
//! asked for, counters that equal a recount from the ballots, accounts that can log in — and
//! its refusal to mix with a platform already in use.
//!
//! - `dataset.rs`: what is generated, recounted in SQL, and seen over HTTP;
//! - `refusals.rs`: a database already in use, impossible sizes, the same seed twice.

mod dataset;
mod refusals;

use std::process::{Command, Output};

/// Runs `tavolo generate ARGS` against the database at `url`.
pub fn generate(url: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tavolo"))
        .arg("generate")
        .args(args)
        .env("DATABASE_URL", url)
        .env("RUST_LOG", "warn")
        .env("TAVOLO_DATA_DIR", std::env::temp_dir())
        .output()
        .expect("tavolo generate runs")
}

/// Standard error of a run, for messages and failures.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}
