use std::{
    sync::{
        Arc,
        atomic::{AtomicBool, AtomicI64, Ordering},
    },
    time::Duration,
};

use chrono::{DateTime, TimeDelta, Utc};

use sea_orm::DatabaseConnection;
use tokio::sync::Notify;

use super::{kept::Kept, page_cache::PageCache, rates::AddressRates};
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
    /// Values kept in memory per process: each voting round's results ranking.
    pub kept: Kept,
    /// Pages as anonymous visitors see them, kept for a moment (see `page_cache`).
    pub pages: PageCache,
    /// What each client address did lately, in this instance (`TAVOLO_*_PER_HOUR`).
    pub rates: AddressRates,
    /// Set once the server has been told to stop and is draining (`TAVOLO_DRAIN`):
    /// `/healthz` then answers 503 so that the load balancer sends requests elsewhere.
    pub stopping: Arc<AtomicBool>,
    /// Seconds added to the system clock. Always zero in production; tests move time
    /// forward through it instead of waiting.
    clock_offset: Arc<AtomicI64>,
}

impl AppState {
    pub fn new(db: DatabaseConnection, config: Config, signing_key: String) -> Self {
        Self {
            rates: AddressRates::new(&config.limits),
            db,
            config: Arc::new(config),
            mail_wake: Arc::new(Notify::new()),
            signing_key: signing_key.into(),
            kept: Kept::default(),
            pages: PageCache::default(),
            stopping: Arc::new(AtomicBool::new(false)),
            clock_offset: Arc::new(AtomicI64::new(0)),
        }
    }

    /// The current time, as every rule about expiry and scheduling sees it.
    pub fn now(&self) -> DateTime<Utc> {
        Utc::now() + TimeDelta::seconds(self.clock_offset.load(Ordering::Relaxed))
    }

    /// Marks a consultation's results as changed by this process (votes, in-person counts,
    /// proposals published, edited, withdrawn, merged, hidden or restored): its rounds'
    /// rankings are computed again on their next read. Call after the commit.
    pub fn results_changed(&self, consultation_id: i64) {
        self.kept.changed(consultation_id);
    }

    /// How old a kept results ranking may be (`TAVOLO_RESULTS_MAX_AGE`).
    pub fn results_max_age(&self) -> Duration {
        Duration::from_secs(self.config.results_max_age)
    }

    /// Moves this instance's clock forward (tests only use this).
    pub fn advance_clock(&self, by: TimeDelta) {
        self.clock_offset
            .fetch_add(by.num_seconds(), Ordering::Relaxed);
        // Pages say how long until a round opens or closes.
        self.pages.changed();
    }
}
