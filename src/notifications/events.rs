//! Events: things that happened which people may be told about. Recorded in the same
//! transaction as the change; notifications and emails are made from them.

use chrono::{DateTime, Utc};
use entity::event;
use sea_orm::{ConnectionTrait, DbErr, EntityTrait, Set};
use serde_json::Value;

pub struct NewEvent<'a> {
    /// `round_opened`, `round_closed`, `member_invited`, …
    pub kind: &'a str,
    pub consultation_id: Option<i64>,
    pub round_id: Option<i64>,
    pub actor_id: Option<i64>,
    pub payload: Value,
}

pub async fn record(
    db: &impl ConnectionTrait,
    new: NewEvent<'_>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    event::Entity::insert(event::ActiveModel {
        kind: Set(new.kind.to_owned()),
        consultation_id: Set(new.consultation_id),
        round_id: Set(new.round_id),
        actor_id: Set(new.actor_id),
        payload: Set(new.payload.to_string()),
        created_at: Set(now),
        ..Default::default()
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}
