//! The audit log: who did what to which object, when. Written in the same transaction as
//! the change it records.

use chrono::{DateTime, Utc};
use entity::audit_log;
use sea_orm::{ConnectionTrait, DbErr, EntityTrait, Set};
use serde_json::Value;

/// One change to record.
pub struct Entry<'a> {
    /// None when the platform acted by itself.
    pub actor_id: Option<i64>,
    /// What happened, as `object.verb` (`round.opened`, `account.role_changed`).
    pub action: &'a str,
    pub object_type: &'a str,
    pub object_id: Option<i64>,
    pub consultation_id: Option<i64>,
    /// Before/after values or other particulars.
    pub details: Value,
}

pub async fn record(
    db: &impl ConnectionTrait,
    entry: Entry<'_>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    audit_log::Entity::insert(audit_log::ActiveModel {
        actor_id: Set(entry.actor_id),
        action: Set(entry.action.to_owned()),
        object_type: Set(entry.object_type.to_owned()),
        object_id: Set(entry.object_id),
        consultation_id: Set(entry.consultation_id),
        details: Set(entry.details.to_string()),
        created_at: Set(now),
        ..Default::default()
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Records what a person did to the security of their own account (`account.two_factor_on`,
/// `account.sessions_ended`): they are both the actor and the object.
pub async fn own_account(
    db: &impl ConnectionTrait,
    user_id: i64,
    action: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    record(
        db,
        Entry {
            actor_id: Some(user_id),
            action,
            object_type: "user",
            object_id: Some(user_id),
            consultation_id: None,
            details: Value::Object(serde_json::Map::new()),
        },
        now,
    )
    .await
}
