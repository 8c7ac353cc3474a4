//! `tavolo serve`: migrate, start the background workers, serve until Ctrl-C or SIGTERM,
//! then let in-flight requests and the mail worker finish.

use std::time::Duration;

use anyhow::Context;
use tokio::{net::TcpListener, sync::watch};
use tower_sessions::session_store::ExpiredDeletion;

use crate::{
    accounts::tokens,
    app::app,
    config::{Config, ServeConfig},
    consultations::rounds,
    db, demo,
    notifications::{Mailer, digest, run_worker},
    proposals::reminders,
    web::{AppState, session_store::DbSessionStore},
};

/// How often expired sessions and emailed links are swept away.
const SWEEP_EVERY: Duration = Duration::from_secs(600);
/// How often round schedules are checked.
const ROUND_CHECK_EVERY: Duration = Duration::from_secs(30);

pub async fn serve(config: Config, serve: ServeConfig) -> anyhow::Result<()> {
    let db = db::connect_and_migrate(&config).await?;
    let mailer = Mailer::from_config(&config)?;
    tracing::info!(mail = %config.mail_transport_for_logs(), "mail transport ready");
    if serve.demo {
        tracing::warn!(
            "DEMO MODE: demo accounts with a public password exist. Never use --demo in production."
        );
        demo::seed(&db, chrono::Utc::now()).await?;
    }

    let state = AppState::new(db.clone(), config);
    let (shutdown_tx, shutdown_rx) = watch::channel(false);
    let worker = tokio::spawn(run_worker(
        db.clone(),
        mailer,
        state.mail_wake.clone(),
        shutdown_rx.clone(),
    ));
    let sweeper = tokio::spawn(sweep(state.clone(), shutdown_rx.clone()));
    let scheduler = tokio::spawn(schedule_rounds(state.clone(), shutdown_rx));

    let listener = TcpListener::bind(serve.addr)
        .await
        .with_context(|| format!("cannot listen on {}", serve.addr))?;
    tracing::info!("Tavolo listening on http://{}", listener.local_addr()?);
    axum::serve(listener, app(state))
        .with_graceful_shutdown(shutdown_signal())
        .await
        .context("the server stopped with an error")?;

    tracing::info!("requests finished; stopping background work");
    shutdown_tx.send(true).ok();
    worker.await.ok();
    sweeper.await.ok();
    scheduler.await.ok();
    Ok(())
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
        tokio::select! {
            _ = tokio::time::sleep(SWEEP_EVERY) => {}
            _ = shutdown.changed() => return,
        }
    }
}

/// Opens and closes rounds on time, reminds non-voters before voting closes, and queues the
/// daily digests. Checked often enough that a round opens within a minute of its hour; every
/// instance may run it, as each change is a conditional update or keyed by day.
async fn schedule_rounds(state: AppState, mut shutdown: watch::Receiver<bool>) {
    loop {
        match rounds::advance(&state.db, state.now()).await {
            Ok((0, 0)) => {}
            Ok((opened, closed)) => tracing::info!(opened, closed, "rounds moved on schedule"),
            Err(error) => tracing::warn!("could not move rounds on schedule: {error}"),
        }
        match reminders::remind_closing(&state.db, state.now()).await {
            Ok(0) => {}
            Ok(rounds) => tracing::info!(rounds, "reminded non-voters that rounds close soon"),
            Err(error) => tracing::warn!("could not send round reminders: {error}"),
        }
        match digest::send_due(&state.db, state.now(), state.config.timezone).await {
            Ok(0) => {}
            Ok(digests) => tracing::info!(digests, "daily digests queued"),
            Err(error) => tracing::warn!("could not queue daily digests: {error}"),
        }
        state.mail_wake.notify_one();
        tokio::select! {
            _ = tokio::time::sleep(ROUND_CHECK_EVERY) => {}
            _ = shutdown.changed() => return,
        }
    }
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
