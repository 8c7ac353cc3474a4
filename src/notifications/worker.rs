//! Draining the outbox: claim due rows, send them, record the outcome, retry failures with
//! exponential backoff and jitter for a day, then give up and mark them `dead`.

use std::{sync::Arc, time::Duration};

use chrono::{DateTime, TimeDelta, Utc};
use entity::{OutboxStatus, outbox};
use rand::RngExt;
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, DbBackend, DbErr, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
    sea_query::{Expr, ExprTrait, LockBehavior, LockType},
};
use tokio::sync::{Notify, watch};

use super::{emails::Email, mailer::Mailer};
use crate::{
    db,
    i18n::Locale,
    telemetry::{self, DeliveryOutcome},
};

/// Rows claimed at once.
const BATCH: u64 = 20;
/// How long a claim lasts before another worker may take the row.
const CLAIM: TimeDelta = TimeDelta::minutes(5);
/// How long a failing email is retried before it is marked dead.
const RETRY_WINDOW: TimeDelta = TimeDelta::hours(24);
/// How often the worker looks for due rows when nothing wakes it.
const POLL: Duration = Duration::from_secs(15);

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct DeliveryReport {
    pub sent: usize,
    pub failed: usize,
    pub dead: usize,
}

/// Sends every email due at `now` (one batch after another), and returns what happened.
pub async fn deliver_due(
    db: &DatabaseConnection,
    mailer: &Mailer,
    now: DateTime<Utc>,
) -> Result<DeliveryReport, DbErr> {
    deliver_due_unless(db, mailer, now, || false).await
}

/// As [`deliver_due`], but stops after the batch in hand once `stopping()` says so: a
/// server told to stop sends what it has claimed and leaves the rest of a long queue to the
/// other instances (or to itself once started again), instead of holding up its stop.
async fn deliver_due_unless(
    db: &DatabaseConnection,
    mailer: &Mailer,
    now: DateTime<Utc>,
    stopping: impl Fn() -> bool,
) -> Result<DeliveryReport, DbErr> {
    let mut report = DeliveryReport::default();
    loop {
        let claimed = claim_due(db, now).await?;
        let full_batch = claimed.len() as u64 == BATCH;
        for row in claimed {
            match deliver(mailer, &row).await {
                Ok(()) => {
                    mark_sent(db, row.id, now).await?;
                    report.sent += 1;
                    telemetry::email_delivered(DeliveryOutcome::Sent);
                }
                Err(failure) => {
                    tracing::warn!(outbox_id = row.id, to = %row.recipient, "email not sent: {failure:#}");
                    if record_failure(db, &row, &failure, now).await? == OutboxStatus::Dead {
                        report.dead += 1;
                        telemetry::email_delivered(DeliveryOutcome::Dead);
                    } else {
                        report.failed += 1;
                        telemetry::email_delivered(DeliveryOutcome::Failed);
                    }
                }
            }
        }
        if !full_batch || stopping() {
            return Ok(report);
        }
    }
}

enum Failure {
    /// The row cannot ever be sent (unknown template, broken payload): no retry.
    Permanent(anyhow::Error),
    Transient(anyhow::Error),
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Permanent(e) | Failure::Transient(e) => write!(f, "{e:#}"),
        }
    }
}

async fn deliver(mailer: &Mailer, row: &outbox::Model) -> Result<(), Failure> {
    let email: Email = serde_json::from_str(&row.payload)
        .map_err(|e| Failure::Permanent(anyhow::anyhow!("unreadable payload: {e}")))?;
    let rendered = email
        .render(
            Locale::or_default(Some(&row.locale), "it"),
            mailer.base_url(),
        )
        .map_err(|e| Failure::Permanent(anyhow::anyhow!("template failed: {e}")))?;
    mailer
        .send(&row.recipient, &rendered, &row.idempotency_key)
        .await
        .map_err(Failure::Transient)
}

/// Marks due rows as being sent by this worker. On PostgreSQL, concurrent workers skip each
/// other's rows (`FOR UPDATE SKIP LOCKED`); on SQLite the write transaction serialises them.
async fn claim_due(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
) -> Result<Vec<outbox::Model>, DbErr> {
    let tx = db::begin_write(db).await?;
    let due = Condition::any()
        .add(
            Condition::all()
                .add(outbox::Column::Status.eq(OutboxStatus::Pending))
                .add(outbox::Column::NextAttemptAt.lte(now)),
        )
        .add(
            Condition::all()
                .add(outbox::Column::Status.eq(OutboxStatus::Sending))
                .add(outbox::Column::LockedUntil.lte(now)),
        );
    let mut query = outbox::Entity::find()
        .filter(due)
        .order_by_asc(outbox::Column::Id)
        .limit(BATCH);
    if db.get_database_backend() == DbBackend::Postgres {
        query = query.lock_with_behavior(LockType::Update, LockBehavior::SkipLocked);
    }
    let rows = query.all(&tx).await?;
    if !rows.is_empty() {
        outbox::Entity::update_many()
            .col_expr(outbox::Column::Status, Expr::value(OutboxStatus::Sending))
            .col_expr(outbox::Column::LockedUntil, Expr::value(Some(now + CLAIM)))
            .filter(outbox::Column::Id.is_in(rows.iter().map(|r| r.id)))
            .exec(&tx)
            .await?;
    }
    tx.commit().await?;
    Ok(rows)
}

async fn mark_sent(db: &DatabaseConnection, id: i64, now: DateTime<Utc>) -> Result<(), DbErr> {
    outbox::Entity::update_many()
        .col_expr(outbox::Column::Status, Expr::value(OutboxStatus::Sent))
        .col_expr(outbox::Column::SentAt, Expr::value(Some(now)))
        .col_expr(
            outbox::Column::LockedUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(
            outbox::Column::LastError,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            outbox::Column::Attempts,
            Expr::col(outbox::Column::Attempts).add(1),
        )
        .filter(outbox::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

async fn record_failure(
    db: &DatabaseConnection,
    row: &outbox::Model,
    failure: &Failure,
    now: DateTime<Utc>,
) -> Result<OutboxStatus, DbErr> {
    let attempts = row.attempts + 1;
    let next_attempt_at = now + backoff(attempts);
    let give_up = matches!(failure, Failure::Permanent(_))
        || next_attempt_at - row.retried_at.unwrap_or(row.created_at) > RETRY_WINDOW;
    let status = if give_up {
        OutboxStatus::Dead
    } else {
        OutboxStatus::Pending
    };
    let mut error = failure.to_string();
    error.truncate(2000);
    let update = outbox::ActiveModel {
        id: Set(row.id),
        status: Set(status),
        attempts: Set(attempts),
        next_attempt_at: Set(next_attempt_at),
        locked_until: Set(None),
        last_error: Set(Some(error)),
        ..Default::default()
    };
    outbox::Entity::update(update).exec(db).await?;
    Ok(status)
}

/// 30 s, 1 min, 2 min, … capped at 2 h, each stretched by up to a quarter at random so that
/// many failures do not retry in lockstep.
pub fn backoff(attempts: i32) -> TimeDelta {
    let doublings = attempts.clamp(1, 20) - 1;
    let base = std::cmp::min(30_i64 << doublings, 2 * 3600);
    let jitter = rand::rng().random_range(0..=base / 4);
    TimeDelta::seconds(base + jitter)
}

/// Drains the outbox until `shutdown` turns true: whenever woken, and every few seconds.
pub async fn run_worker(
    db: DatabaseConnection,
    mailer: Mailer,
    wake: Arc<Notify>,
    mut shutdown: watch::Receiver<bool>,
) {
    tracing::info!("mail worker started");
    loop {
        let stopping = || *shutdown.borrow();
        match deliver_due_unless(&db, &mailer, Utc::now(), stopping).await {
            Ok(report) if report != DeliveryReport::default() => {
                tracing::info!(
                    sent = report.sent,
                    failed = report.failed,
                    dead = report.dead,
                    "outbox drained"
                );
            }
            Ok(_) => {}
            // The database may be away for a while; the rows wait, and so do we.
            Err(error) => tracing::warn!("mail worker cannot reach the database: {error}"),
        }
        tokio::select! {
            _ = wake.notified() => {}
            _ = tokio::time::sleep(POLL) => {}
            _ = shutdown.changed() => break,
        }
        if *shutdown.borrow() {
            break;
        }
    }
    tracing::info!("mail worker stopped");
}

#[cfg(test)]
mod tests {
    use super::backoff;

    #[test]
    fn backoff_grows_and_stays_bounded() {
        let first = backoff(1).num_seconds();
        assert!((30..=37).contains(&first), "{first}");
        let fifth = backoff(5).num_seconds();
        assert!((480..=600).contains(&fifth), "{fifth}");
        let late = backoff(30).num_seconds();
        assert!((7200..=9000).contains(&late), "{late}");
    }
}
