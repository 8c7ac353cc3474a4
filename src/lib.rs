//! Tavolo: a co-design and participation platform.
//!
//! Layers point one way: `main` → `app` → capabilities (`accounts`, `site`) → the kit
//! (`web`, `notifications`, `i18n`, `config`, `db`, `crypto`).

pub mod accounts;
pub mod app;
pub mod config;
pub mod crypto;
pub mod db;
pub mod demo;
pub mod i18n;
pub mod notifications;
pub mod server;
pub mod site;
pub mod telemetry;
pub mod web;

pub use server::serve;
