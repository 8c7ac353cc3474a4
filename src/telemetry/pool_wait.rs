//! How long queries wait for a database connection. sea-orm takes a connection from sqlx's
//! pool for every statement and transaction; sqlx times each of those takes itself and,
//! with `acquire_time_level` set (`db::connect`), reports the time as the field
//! `acquired_after_secs` of an event with the target `sqlx::pool::acquire`. This layer of the
//! log pipeline turns those events into the histogram `tavolo_db_pool_acquire_seconds`,
//! whatever the log filter lets through to the log itself.

use tracing::{
    Event, Level, Subscriber,
    field::{Field, Visit},
};
use tracing_subscriber::{Layer, filter::Targets, layer::Context, registry::LookupSpan};

use super::families::{POOL_ACQUIRE, recording};

/// sqlx's event for a connection taken from the pool, and its field with the seconds waited.
const ACQUIRE_TARGET: &str = "sqlx::pool::acquire";
const WAITED_FIELD: &str = "acquired_after_secs";

/// The layer, filtered to sqlx's acquire events alone: add it to the process's subscriber.
pub fn pool_wait_layer<S>() -> impl Layer<S> + Send + Sync
where
    S: Subscriber + for<'a> LookupSpan<'a>,
{
    PoolWait.with_filter(Targets::new().with_target(ACQUIRE_TARGET, Level::TRACE))
}

struct PoolWait;

impl<S: Subscriber> Layer<S> for PoolWait {
    fn on_event(&self, event: &Event<'_>, _ctx: Context<'_, S>) {
        if !recording() {
            return;
        }
        let mut waited = Waited(None);
        event.record(&mut waited);
        if let Some(seconds) = waited.0 {
            metrics::histogram!(POOL_ACQUIRE).record(seconds);
        }
    }
}

struct Waited(Option<f64>);

impl Visit for Waited {
    fn record_f64(&mut self, field: &Field, value: f64) {
        if field.name() == WAITED_FIELD {
            self.0 = Some(value);
        }
    }

    fn record_debug(&mut self, _field: &Field, _value: &dyn std::fmt::Debug) {}
}
