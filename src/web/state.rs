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
    /// Seconds added to the system clock. Always zero in production; tests move time
    /// forward through it instead of waiting.
    clock_offset: Arc<AtomicI64>,
}

impl AppState {
    pub fn new(db: DatabaseConnection, config: Config) -> Self {
        Self {
            db,
            config: Arc::new(config),
            mail_wake: Arc::new(Notify::new()),
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
