//! Events: things that happened which people may be told about. Recorded in the same
//! transaction as the change; notifications and emails are made from them.

use chrono::{DateTime, Utc};
use entity::event;
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, Set};
use serde_json::Value;

pub struct NewEvent<'a> {
    /// `round_opened`, `round_closed`, `member_invited`, …
    pub kind: &'a str,
    pub consultation_id: Option<i64>,
    pub round_id: Option<i64>,
    pub actor_id: Option<i64>,
    pub payload: Value,
}

/// Records an event and, in the same transaction, the notifications and emails it makes.
pub async fn record(
    db: &impl ConnectionTrait,
    new: NewEvent<'_>,
    now: DateTime<Utc>,
) -> Result<event::Model, DbErr> {
    let recorded = event::ActiveModel {
        kind: Set(new.kind.to_owned()),
        consultation_id: Set(new.consultation_id),
        round_id: Set(new.round_id),
        actor_id: Set(new.actor_id),
        payload: Set(new.payload.to_string()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    super::fanout::fan_out(db, &recorded, now).await?;
    Ok(recorded)
}
