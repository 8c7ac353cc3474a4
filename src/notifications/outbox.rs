//! Queuing email. Always inside the transaction of the action that causes it.

use chrono::{DateTime, Utc};
use entity::{OutboxStatus, outbox};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect,
    Set, sea_query::OnConflict,
};

use super::emails::Email;

/// Queues `email` for `recipient` in `locale`. The idempotency key names the event and
/// the recipient: queuing the same key twice leaves one row. True when this call queued it.
pub async fn enqueue(
    db: &impl ConnectionTrait,
    recipient: &str,
    locale: &str,
    email: &Email,
    idempotency_key: &str,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let payload = serde_json::to_string(email).map_err(|e| DbErr::Custom(e.to_string()))?;
    let row = outbox::ActiveModel {
        recipient: Set(recipient.to_owned()),
        locale: Set(locale.to_owned()),
        template: Set(email.template_name().to_owned()),
        payload: Set(payload),
        idempotency_key: Set(idempotency_key.to_owned()),
        status: Set(OutboxStatus::Pending),
        attempts: Set(0),
        next_attempt_at: Set(now),
        locked_until: Set(None),
        last_error: Set(None),
        created_at: Set(now),
        sent_at: Set(None),
        ..Default::default()
    };
    let inserted = outbox::Entity::insert(row)
        .on_conflict(
            OnConflict::column(outbox::Column::IdempotencyKey)
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(inserted > 0)
}

/// Whether `email` may be queued for `recipient` once more today: fewer than `per_day`
/// emails of its kind were queued for that address in the last 24 hours (0: no cap). Keeps
/// anyone from filling an inbox with resets, verification links or invitations.
pub async fn under_daily_cap(
    db: &impl ConnectionTrait,
    recipient: &str,
    email: &Email,
    per_day: u32,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    if per_day == 0 {
        return Ok(true);
    }
    let queued = outbox::Entity::find()
        .filter(outbox::Column::Recipient.eq(recipient))
        .filter(outbox::Column::Template.eq(email.template_name()))
        .filter(outbox::Column::CreatedAt.gt(now - chrono::TimeDelta::days(1)))
        .limit(u64::from(per_day))
        .count(db)
        .await?;
    Ok(queued < u64::from(per_day))
}
