//! What an operator watches: logs on standard error (text or JSON lines, filtered by
//! `RUST_LOG`) and, when `TAVOLO_METRICS_ADDR` is set, metrics in the Prometheus text format
//! on that address alone.
//!
//! - `families`: every metric's name, help and labels, and the recorder they go to;
//! - `requests`: the layer that counts and times each request by its route template;
//! - `pool_wait`: how long queries waited for a database connection, as sqlx reports it;
//! - `scrape`: the `/metrics` listener, which adds what is read from the database then
//!   (`backlog`: the outbox).

mod backlog;
mod families;
mod pool_wait;
mod requests;
mod scrape;

use tracing_subscriber::{
    EnvFilter, Layer, fmt, layer::SubscriberExt, registry::Registry, util::SubscriberInitExt,
};

pub use families::{
    Change, CommentKind, DeliveryOutcome, RoundsMovedBy, comment_written, email_delivered,
    install_recorder, round_closed, round_opened, scheduler_ran, vote_written,
};
pub use pool_wait::pool_wait_layer;
pub use requests::track_requests;
pub use scrape::MetricsServer;

use crate::config::LogFormat;

/// The log filter when `RUST_LOG` is unset.
const DEFAULT_FILTER: &str = "info,sqlx=warn,sea_orm=warn,tower_sessions=warn";

/// Logs to standard error in `format`. With `metrics` on (`TAVOLO_METRICS_ADDR` set), also
/// the layer that turns sqlx's connection-acquire events into the pool-wait histogram;
/// without it those trace-level events are never built, on every statement.
pub fn init(format: LogFormat, metrics: bool) {
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(DEFAULT_FILTER));
    let logs: Box<dyn Layer<Registry> + Send + Sync> = match format {
        LogFormat::Text => fmt::layer().with_writer(std::io::stderr).boxed(),
        LogFormat::Json => fmt::layer()
            .json()
            .flatten_event(true)
            .with_writer(std::io::stderr)
            .boxed(),
    };
    tracing_subscriber::registry()
        .with(logs.with_filter(filter))
        .with(metrics.then(pool_wait_layer))
        .init();
}
