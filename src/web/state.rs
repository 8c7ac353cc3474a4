use std::sync::{
    Arc,
    atomic::{AtomicI64, Ordering},
};

use chrono::{DateTime, TimeDelta, Utc};

use sea_orm::DatabaseConnection;
use tokio::sync::Notify;

use crate::config::Config;

/// What every handler can reach. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub config: Arc<Config>,
    /// Woken after a transaction that queued email commits, so mail leaves without waiting
    /// for the worker's next poll.
    pub mail_wake: Arc<Notify>,
    /// The site's key (see `db::signing_key`), read once at start: it signs the form tokens
    /// of visitors who are not logged in, on every page, so it must not cost a query.
    pub signing_key: Arc<str>,
    /// Seconds added to the system clock. Always zero in production; tests move time
    /// forward through it instead of waiting.
    clock_offset: Arc<AtomicI64>,
}

impl AppState {
    pub fn new(db: DatabaseConnection, config: Config, signing_key: String) -> Self {
        Self {
            db,
            config: Arc::new(config),
            mail_wake: Arc::new(Notify::new()),
            signing_key: signing_key.into(),
            clock_offset: Arc::new(AtomicI64::new(0)),
        }
    }

    /// The current time, as every rule about expiry and scheduling sees it.
    pub fn now(&self) -> DateTime<Utc> {
        Utc::now() + TimeDelta::seconds(self.clock_offset.load(Ordering::Relaxed))
    }

    /// Moves this instance's clock forward (tests only use this).
    pub fn advance_clock(&self, by: TimeDelta) {
        self.clock_offset
            .fetch_add(by.num_seconds(), Ordering::Relaxed);
    }
}
