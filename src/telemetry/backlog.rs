//! What waits in the outbox that every instance shares, read at scrape time.

use chrono::{DateTime, Utc};
use entity::{OutboxStatus, outbox};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect};

/// What waits in the outbox: emails by state (pending, being sent, dead; sent ones are the
/// history, not the queue) and when the oldest email not yet sent was queued.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Backlog {
    pub pending: i64,
    pub sending: i64,
    pub dead: i64,
    pub oldest_unsent: Option<DateTime<Utc>>,
}

/// Reads the backlog through the index on (status, next attempt): the work grows with the
/// emails waiting or dead, never with the emails ever sent.
pub async fn read(db: &impl ConnectionTrait) -> Result<Backlog, DbErr> {
    let waiting = [
        OutboxStatus::Pending,
        OutboxStatus::Sending,
        OutboxStatus::Dead,
    ];
    let counts: Vec<(OutboxStatus, i64)> = outbox::Entity::find()
        .select_only()
        .column(outbox::Column::Status)
        .column_as(outbox::Column::Id.count(), "emails")
        .filter(outbox::Column::Status.is_in(waiting))
        .group_by(outbox::Column::Status)
        .into_tuple()
        .all(db)
        .await?;
    let oldest_unsent: Option<Option<DateTime<Utc>>> = outbox::Entity::find()
        .select_only()
        .column_as(outbox::Column::CreatedAt.min(), "oldest")
        .filter(outbox::Column::Status.is_in([OutboxStatus::Pending, OutboxStatus::Sending]))
        .into_tuple()
        .one(db)
        .await?;
    let mut backlog = Backlog {
        oldest_unsent: oldest_unsent.flatten(),
        ..Backlog::default()
    };
    for (status, emails) in counts {
        match status {
            OutboxStatus::Pending => backlog.pending = emails,
            OutboxStatus::Sending => backlog.sending = emails,
            OutboxStatus::Dead => backlog.dead = emails,
            OutboxStatus::Sent => {}
        }
    }
    Ok(backlog)
}
