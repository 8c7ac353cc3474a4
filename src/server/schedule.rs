//! The scheduler: rounds opened and closed on time, reminders before rounds close and
//! meetings start, surveys announced and reminded, daily digests; every instance runs it,
//! each change being a conditional update or keyed by day.

use tokio::sync::watch;

use super::ROUND_CHECK_EVERY;
use crate::{
    consultations::rounds,
    notifications::digest,
    proposals::reminders,
    telemetry::{self, RoundsMovedBy},
    web::AppState,
};

/// Opens and closes the rounds whose time has come (see `rounds::advance`); pages kept for
/// anonymous visitors are built again when one did. Returns how many opened and closed.
pub async fn move_rounds(state: &AppState) -> Result<(usize, usize), sea_orm::DbErr> {
    let moved = rounds::advance(&state.db, state.now()).await?;
    if moved != (0, 0) {
        state.pages.changed();
        telemetry::round_opened(RoundsMovedBy::Schedule, moved.0);
        telemetry::round_closed(RoundsMovedBy::Schedule, moved.1);
    }
    Ok(moved)
}

/// Opens and closes rounds on time, reminds non-voters before voting closes, and queues the
/// daily digests. Checked often enough that a round opens within a minute of its hour; every
/// instance may run it, as each change is a conditional update or keyed by day.
pub(super) async fn schedule_rounds(state: AppState, mut shutdown: watch::Receiver<bool>) {
    loop {
        run_schedule(&state).await;
        tokio::select! {
            _ = tokio::time::sleep(ROUND_CHECK_EVERY) => {}
            _ = shutdown.changed() => return,
        }
    }
}

/// One run of the scheduler: moves rounds, reminds non-voters, queues digests, wakes the
/// mail worker. A step that fails is logged and the others still run; the run is counted
/// (`tavolo_scheduler_runs_total`) as failed if any did. Returns whether all went well.
pub async fn run_schedule(state: &AppState) -> bool {
    let mut ok = true;
    let now = state.now();
    if let Some((opened, closed)) = step(&mut ok, "move rounds", move_rounds(state).await)
        && (opened, closed) != (0, 0)
    {
        tracing::info!(opened, closed, "rounds moved on schedule");
    }
    let reminded = reminders::remind_closing(&state.db, now).await;
    if let Some(rounds) = step(&mut ok, "send round reminders", reminded)
        && rounds > 0
    {
        tracing::info!(rounds, "reminded non-voters that rounds close soon");
    }
    let reminded = crate::meetings::reminders::remind_meetings(&state.db, now).await;
    if let Some(meetings) = step(&mut ok, "send meeting reminders", reminded)
        && meetings > 0
    {
        tracing::info!(meetings, "reminded people of tomorrow's meetings");
    }
    let surveys = crate::surveys::announce::announce_and_remind(&state.db, now).await;
    if let Some((announced, reminded)) = step(&mut ok, "announce surveys", surveys)
        && (announced, reminded) != (0, 0)
    {
        tracing::info!(announced, reminded, "surveys announced and reminded");
    }
    let digests = digest::send_due(&state.db, now, state.config.timezone).await;
    if let Some(digests) = step(&mut ok, "queue daily digests", digests)
        && digests > 0
    {
        tracing::info!(digests, "daily digests queued");
    }
    state.mail_wake.notify_one();
    telemetry::scheduler_ran(ok);
    ok
}

/// A scheduler step's figures, or None after logging why it failed (and noting the failure
/// in `ok`); the other steps still run.
fn step<T>(ok: &mut bool, what: &str, result: Result<T, sea_orm::DbErr>) -> Option<T> {
    result
        .inspect_err(|error| {
            *ok = false;
            tracing::warn!("could not {what} on schedule: {error}");
        })
        .ok()
}
