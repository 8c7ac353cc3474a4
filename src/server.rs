//! `tavolo serve`: migrate, start the background workers, serve until Ctrl-C or SIGTERM,
//! then let in-flight requests and the mail worker finish.
//!
//! [`Server::start`] is the one way Tavolo is put together and started: `tavolo serve` and
//! the integration tests both go through it, so every layer (in `app.rs`) and every start-up
//! step here is exercised by the tests the day it is added. What a test must control (the
//! database, the SMTP server, the clock) comes in as [`Config`] and [`Options`].

use std::{
    future::Future,
    net::SocketAddr,
    sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    },
    time::Duration,
};

mod http;
mod schedule;

use schedule::schedule_rounds;
pub use schedule::{move_rounds, run_schedule};

use anyhow::Context;
use chrono::TimeDelta;
use tokio::{
    net::TcpListener,
    sync::{oneshot, watch},
    task::JoinHandle,
};
use tower_sessions::session_store::ExpiredDeletion;

use crate::{
    accounts::{throttle, tokens},
    app::app,
    backup::InUse,
    config::{Config, ConnectionLimits, ServeConfig},
    db, demo,
    notifications::{Mailer, run_worker},
    rights::retention,
    telemetry::MetricsServer,
    web::{AppState, session_store::DbSessionStore},
};

/// How often expired sessions and emailed links are swept away.
const SWEEP_EVERY: Duration = Duration::from_secs(600);
/// How often SQLite's write-ahead log is copied back into the database and truncated.
const CHECKPOINT_EVERY: Duration = Duration::from_secs(60);
/// How often round schedules are checked.
const ROUND_CHECK_EVERY: Duration = Duration::from_secs(30);

pub async fn serve(config: Config, serve: ServeConfig) -> anyhow::Result<()> {
    let mut connections = serve.connections;
    http::fit_open_file_limit(&mut connections);
    let options = Options {
        demo: serve.demo,
        clock_offset: chrono::TimeDelta::days(i64::from(serve.demo_days_ahead)),
        connections,
        ..Options::default()
    };
    if serve.demo_days_ahead > 0 {
        tracing::warn!(
            days = serve.demo_days_ahead,
            "DEMO MODE: the clock runs this many days ahead of the real one"
        );
    }
    let server = Server::start(config, Listen::At(serve.addr), options).await?;
    let state = server.state().clone();
    server
        .run_until(async move {
            shutdown_signal().await;
            drain(&state, serve.drain).await;
        })
        .await
}

/// Before a stop, keeps serving for `time` while `/healthz` answers 503, so that the load
/// balancer stops sending requests here and none arrives on a connection being closed; a
/// second stop signal ends the wait.
async fn drain(state: &AppState, time: Duration) {
    if time.is_zero() {
        return;
    }
    state.stopping.store(true, Ordering::Relaxed);
    tracing::info!(
        seconds = time.as_secs_f64(),
        "draining: /healthz answers 503 (stopping) so that the load balancer sends no more requests"
    );
    tokio::select! {
        _ = tokio::time::sleep(time) => {}
        _ = shutdown_signal() => tracing::info!("stopping at once"),
    }
}

/// Where the server takes its requests.
pub enum Listen {
    /// Bind this address once the database and the mail transport are ready.
    At(SocketAddr),
    /// A listener bound beforehand, e.g. on port 0 to learn the address that the base URL
    /// must name before the server is configured.
    On(TcpListener),
}

/// Whether the periodic background loops run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Background {
    /// The mail worker, the sweeper and the round scheduler run on their own timers.
    #[default]
    Run,
    /// None of them is started; whoever started the server calls their steps itself
    /// (`deliver_due`, `rounds::advance`, `digest::send_due`, …) at moments it chooses.
    Manual,
}

/// What may differ between one start of the server and another, besides [`Config`].
#[derive(Default)]
pub struct Options {
    /// Create the demo accounts and content (never in production).
    pub demo: bool,
    pub background: Background,
    /// Counts every SQL statement the server runs after migrating, for tests that bound
    /// how many statements a page costs.
    pub statements: Option<Arc<AtomicUsize>>,
    /// Starts the server's clock this far ahead of the system clock (zero in production;
    /// a restarted test server keeps the time its test had moved to).
    pub clock_offset: TimeDelta,
    /// Timeouts and caps on connections and requests.
    pub connections: ConnectionLimits,
}

/// A started Tavolo: the HTTP server and, unless [`Background::Manual`], its workers.
pub struct Server {
    state: AppState,
    mailer: Mailer,
    address: SocketAddr,
    stop_http: oneshot::Sender<()>,
    http: JoinHandle<std::io::Result<()>>,
    stop_workers: watch::Sender<bool>,
    workers: Vec<JoinHandle<()>>,
    /// `/metrics` on `TAVOLO_METRICS_ADDR`, when set.
    metrics: Option<MetricsServer>,
    /// Keeps `tavolo restore` away from the SQLite database while the server runs.
    _in_use: Option<InUse>,
}

impl Server {
    /// Migrates the database, readies the mail transport, seeds the demo if asked, starts
    /// the background workers, binds and serves. Returns once requests are being taken.
    pub async fn start(config: Config, listen: Listen, options: Options) -> anyhow::Result<Self> {
        let in_use = db::sqlite_file(&config.database_url)
            .map(|file| InUse::by_server(&file))
            .transpose()?;
        let mut db = db::connect(&config).await?;
        // Instances started together take turns to migrate and seed (see `db::StartTurn`).
        let turn = db::StartTurn::take(&db).await?;
        db::migrate(&db).await?;
        tracing::info!(database = %config.database_for_logs(), "database is up to date");
        if let Some(statements) = options.statements {
            db.set_metric_callback(move |_| {
                statements.fetch_add(1, Ordering::Relaxed);
            });
        }
        let mailer = Mailer::from_config(&config)?;
        tracing::info!(mail = %config.mail_transport_for_logs(), "mail transport ready");
        if options.demo {
            tracing::warn!(
                "DEMO MODE: demo accounts with a public password exist. Never use --demo in production."
            );
            demo::seed(&db, chrono::Utc::now()).await?;
        }
        turn.done().await?;

        let signing_key = db::signing_key(&db).await?;
        let state = AppState::new(db, config, signing_key);
        state.advance_clock(options.clock_offset);
        let (stop_workers, shutdown) = watch::channel(false);
        let workers = match options.background {
            Background::Run => spawn_workers(&state, &mailer, shutdown),
            Background::Manual => Vec::new(),
        };

        // Before the public address, so that a wrong metrics address stops the start.
        let metrics = match state.config.metrics_addr {
            Some(addr) => Some(MetricsServer::start(addr, state.clone()).await?),
            None => None,
        };
        let listener = match listen {
            Listen::At(addr) => TcpListener::bind(addr)
                .await
                .with_context(|| format!("cannot listen on {addr}"))?,
            Listen::On(listener) => listener,
        };
        let address = listener.local_addr()?;
        tracing::info!(
            version = crate::VERSION,
            "Tavolo listening on http://{address}"
        );
        let (stop_http, stopped) = oneshot::channel::<()>();
        let router = app(state.clone(), &options.connections);
        let http = tokio::spawn(http::serve(listener, router, options.connections, async {
            stopped.await.ok();
        }));
        Ok(Self {
            state,
            mailer,
            address,
            stop_http,
            http,
            stop_workers,
            workers,
            metrics,
            _in_use: in_use,
        })
    }

    /// The address requests reach.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// The address `/metrics` is served on, when `TAVOLO_METRICS_ADDR` is set.
    pub fn metrics_address(&self) -> Option<SocketAddr> {
        self.metrics.as_ref().map(MetricsServer::address)
    }

    /// What every handler sees: the database, the configuration, the clock.
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// The mail transport the mail worker sends with.
    pub fn mailer(&self) -> &Mailer {
        &self.mailer
    }

    /// Serves until `signal` completes, then stops as [`Server::stop`] does.
    pub async fn run_until(mut self, signal: impl Future<Output = ()>) -> anyhow::Result<()> {
        let ended = tokio::select! {
            _ = signal => None,
            ended = &mut self.http => Some(ended),
        };
        match ended {
            None => self.stop().await,
            // The server only ends by itself on an error; the workers stop all the same.
            Some(ended) => {
                stop_workers(self.stop_workers, self.workers).await;
                stop_metrics(self.metrics).await;
                ended
                    .context("the server task failed")?
                    .context("the server stopped with an error")
            }
        }
    }

    /// Takes no new connections, lets in-flight requests finish, then stops the workers
    /// (the mail worker finishes the message it is sending).
    pub async fn stop(self) -> anyhow::Result<()> {
        self.stop_http.send(()).ok();
        let ended = self.http.await;
        tracing::info!("requests finished; stopping background work");
        stop_workers(self.stop_workers, self.workers).await;
        stop_metrics(self.metrics).await;
        ended
            .context("the server task failed")?
            .context("the server stopped with an error")
    }
}

async fn stop_workers(stop: watch::Sender<bool>, workers: Vec<JoinHandle<()>>) {
    stop.send(true).ok();
    for worker in workers {
        worker.await.ok();
    }
}

/// The metrics listener stops last, so that a scrape sees the server to its end.
async fn stop_metrics(metrics: Option<MetricsServer>) {
    if let Some(metrics) = metrics
        && let Err(error) = metrics.stop().await
    {
        tracing::warn!("{error:#}");
    }
}

/// Every periodic loop of a running Tavolo. A new background job is started here.
fn spawn_workers(
    state: &AppState,
    mailer: &Mailer,
    shutdown: watch::Receiver<bool>,
) -> Vec<JoinHandle<()>> {
    vec![
        tokio::spawn(run_worker(
            state.db.clone(),
            mailer.clone(),
            state.mail_wake.clone(),
            shutdown.clone(),
        )),
        tokio::spawn(sweep(state.clone(), shutdown.clone())),
        tokio::spawn(checkpoint_wal(state.clone(), shutdown.clone())),
        tokio::spawn(schedule_rounds(state.clone(), shutdown)),
    ]
}

async fn sweep(state: AppState, mut shutdown: watch::Receiver<bool>) {
    let store = DbSessionStore::new(state.db.clone());
    loop {
        if let Err(error) = store.delete_expired().await {
            tracing::warn!("could not sweep expired sessions: {error}");
        }
        if let Err(error) = tokens::sweep_expired(&state.db, state.now()).await {
            tracing::warn!("could not sweep expired links: {error}");
        }
        match apply_retention(&state).await {
            Ok(swept) if swept == retention::Swept::default() => {}
            Ok(swept) => tracing::info!(
                unverified_accounts = swept.unverified_accounts,
                email_bodies = swept.email_bodies,
                meeting_needs = swept.meeting_needs,
                "removed what is kept only for a while"
            ),
            Err(error) => tracing::warn!("could not apply the retention rules: {error}"),
        }
        if let Err(error) = throttle::sweep(&state.db, &state.config.limits, state.now()).await {
            tracing::warn!("could not sweep old failed log-ins: {error}");
        }
        tokio::select! {
            _ = tokio::time::sleep(SWEEP_EVERY) => {}
            _ = shutdown.changed() => return,
        }
    }
}

/// Keeps SQLite's write-ahead log small (see `db::checkpoint_wal`); ends at once on PostgreSQL.
async fn checkpoint_wal(state: AppState, mut shutdown: watch::Receiver<bool>) {
    if !db::is_sqlite(&state.db) {
        return;
    }
    loop {
        match db::checkpoint_wal(&state.db).await {
            Ok(Some(checkpoint)) if checkpoint.busy => tracing::debug!(
                log_pages = checkpoint.log_pages,
                checkpointed_pages = checkpoint.checkpointed_pages,
                "the write-ahead log was in use; checkpointed what could be"
            ),
            Ok(_) => {}
            Err(error) => tracing::warn!("could not checkpoint the write-ahead log: {error}"),
        }
        tokio::select! {
            _ = tokio::time::sleep(CHECKPOINT_EVERY) => {}
            _ = shutdown.changed() => return,
        }
    }
}

/// Removes what is kept only for a while (see `rights::retention`): accounts never
/// confirmed, bodies of emails sent long ago. Runs with the sweeper.
pub async fn apply_retention(state: &AppState) -> Result<retention::Swept, sea_orm::DbErr> {
    retention::apply(&state.db, state.now()).await
}

async fn shutdown_signal() {
    let ctrl_c = async {
        tokio::signal::ctrl_c().await.ok();
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {}
        _ = terminate => {}
    }
    tracing::info!("shutdown requested");
}
