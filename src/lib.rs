//! Tavolo: a co-design and participation platform.
//!
//! Layers point one way: `main` → `server`, `app` → capabilities (`manage`, `exports` and
//! `generate`, the benchmark dataset, `backup` and `check`, above `commitments` above `discussion` above `results` above `proposals`
//! above `consultations` above `accounts`; `site`) → the kit (`web`, `notifications`, `policy`,
//! `audit`, `markdown`, `timezone`, `i18n`, `config`, `db`, `crypto`).
//! `meetings` sits above `consultations`, beside `proposals`; so does `organisations`.

pub mod accounts;
pub mod api;
pub mod app;
pub mod audit;
pub mod backup;
pub mod check;
pub mod commitments;
pub mod config;
pub mod consultations;
pub mod crypto;
pub mod db;
pub mod demo;
pub mod discussion;
pub mod documents;
pub mod exports;
pub mod generate;
pub mod i18n;
pub mod inbox;
pub mod manage;
pub mod markdown;
pub mod meetings;
pub mod notifications;
pub mod organisations;
pub mod policy;
pub mod procedures;
pub mod proposals;
pub mod results;
pub mod rights;
pub mod server;
pub mod site;
pub mod surveys;
pub mod telemetry;
pub mod timezone;
pub mod voting;
pub mod web;

pub use server::serve;

/// The version and the commit it was built from (`build.rs`), as `tavolo --version` prints.
pub const VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), " (", env!("TAVOLO_COMMIT"), ")");

/// The commit this Tavolo was built from, or `unknown`.
pub const COMMIT: &str = env!("TAVOLO_COMMIT");
