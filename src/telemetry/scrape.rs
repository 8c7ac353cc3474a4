//! `GET /metrics` on `TAVOLO_METRICS_ADDR`, a listener of its own so that the public address
//! never serves it. It answers what this process recorded (`families`), then what is read at
//! that moment: this instance's database pool, and the outbox that all instances share (a few
//! indexed counts, one query each scrape, whatever the size of the database).

use std::{fmt::Write as _, net::SocketAddr, time::Duration};

use anyhow::Context as _;
use axum::{
    Router,
    extract::State,
    http::{HeaderValue, header},
    response::{IntoResponse, Response},
    routing::get,
};
use metrics_exporter_prometheus::PrometheusHandle;
use sea_orm::DatabaseConnection;
use tokio::{net::TcpListener, sync::oneshot, task::JoinHandle};

use super::backlog::{self, Backlog};
use crate::{db, web::AppState};

/// How often the recorder folds recorded durations into its histograms between scrapes,
/// so that they take no more memory when nobody scrapes.
const UPKEEP_EVERY: Duration = Duration::from_secs(5);
/// The longest a scrape waits for the database before answering without its figures.
const DATABASE_PATIENCE: Duration = Duration::from_secs(5);

/// The Prometheus text exposition format.
const CONTENT_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";

/// The metrics listener of a running server.
pub struct MetricsServer {
    address: SocketAddr,
    stop: oneshot::Sender<()>,
    task: JoinHandle<std::io::Result<()>>,
}

#[derive(Clone)]
struct Scrape {
    recorder: PrometheusHandle,
    state: AppState,
}

impl MetricsServer {
    /// Installs the recorder (once per process), binds `addr` and serves `/metrics` there.
    pub async fn start(addr: SocketAddr, state: AppState) -> anyhow::Result<Self> {
        let recorder = super::install_recorder()?;
        let listener = TcpListener::bind(addr).await.with_context(|| {
            format!("cannot listen for metrics on {addr} (TAVOLO_METRICS_ADDR)")
        })?;
        let address = listener.local_addr()?;
        tracing::info!("metrics on http://{address}/metrics");
        let router = Router::new()
            .route("/metrics", get(render_metrics))
            .with_state(Scrape {
                recorder: recorder.clone(),
                state,
            });
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            let upkeep = async {
                loop {
                    tokio::time::sleep(UPKEEP_EVERY).await;
                    recorder.run_upkeep();
                }
            };
            let served = axum::serve(listener, router).with_graceful_shutdown(async {
                stopped.await.ok();
            });
            tokio::select! {
                served = served => served,
                never = upkeep => never,
            }
        });
        Ok(Self {
            address,
            stop,
            task,
        })
    }

    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// Takes no new scrape, lets the one under way finish.
    pub async fn stop(self) -> anyhow::Result<()> {
        self.stop.send(()).ok();
        self.task
            .await
            .context("the metrics task failed")?
            .context("the metrics listener stopped with an error")
    }
}

async fn render_metrics(State(scrape): State<Scrape>) -> Response {
    let mut text = scrape.recorder.render();
    pool(&scrape.state.db, &mut text);
    match tokio::time::timeout(DATABASE_PATIENCE, backlog::read(&scrape.state.db)).await {
        Ok(Ok(backlog)) => outbox_families(&backlog, scrape.state.now(), &mut text),
        Ok(Err(error)) => tracing::warn!(%error, "metrics: cannot read the outbox"),
        Err(_) => tracing::warn!("metrics: the outbox took too long to read"),
    }
    let mut response = text.into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(CONTENT_TYPE));
    response
}

/// One gauge family in the text format: help, type, then each `(labels, value)`.
fn gauge(text: &mut String, name: &str, help: &str, samples: &[(&str, f64)]) {
    let _ = writeln!(text, "# HELP {name} {help}\n# TYPE {name} gauge");
    for (labels, value) in samples {
        let _ = writeln!(text, "{name}{labels} {value}");
    }
}

/// This instance's connections: open ones idle or in use, and the most it may open.
fn pool(db: &DatabaseConnection, text: &mut String) {
    let (size, idle, max) = if db::is_sqlite(db) {
        let pool = db.get_sqlite_connection_pool();
        (
            pool.size(),
            pool.num_idle(),
            pool.options().get_max_connections(),
        )
    } else {
        let pool = db.get_postgres_connection_pool();
        (
            pool.size(),
            pool.num_idle(),
            pool.options().get_max_connections(),
        )
    };
    let idle = idle as f64;
    gauge(
        text,
        "tavolo_db_pool_connections",
        "Open connections of this instance's database pool, idle or in use.",
        &[
            ("{state=\"idle\"}", idle),
            ("{state=\"in_use\"}", (f64::from(size) - idle).max(0.0)),
        ],
    );
    gauge(
        text,
        "tavolo_db_pool_max_connections",
        "The most connections this instance's database pool opens.",
        &[("", f64::from(max))],
    );
}

/// The outbox all instances share: emails by state and the age of the oldest not yet sent.
fn outbox_families(backlog: &Backlog, now: chrono::DateTime<chrono::Utc>, text: &mut String) {
    #[allow(clippy::cast_precision_loss)]
    let count = |n: i64| n as f64;
    gauge(
        text,
        "tavolo_outbox_emails",
        "Emails in the outbox (shared by all instances) waiting to be sent, being sent, or dead.",
        &[
            ("{state=\"pending\"}", count(backlog.pending)),
            ("{state=\"sending\"}", count(backlog.sending)),
            ("{state=\"dead\"}", count(backlog.dead)),
        ],
    );
    let age = backlog.oldest_unsent.map_or(0.0, |queued| {
        ((now - queued).num_milliseconds().max(0) as f64) / 1000.0
    });
    gauge(
        text,
        "tavolo_outbox_oldest_pending_age_seconds",
        "Seconds since the oldest email not yet sent was queued (0 when none waits).",
        &[("", age)],
    );
}
