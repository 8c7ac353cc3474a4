use sea_orm::entity::prelude::*;

use crate::OutboxStatus;

/// One email to send. Written in the same transaction as the event that causes it and
/// drained by the mail worker.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "outbox")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub recipient: String,
    pub locale: String,
    /// Which email this is, e.g. `verify_email`.
    pub template: String,
    /// What the template needs, as JSON.
    pub payload: String,
    /// One row per event and recipient; also the stable source of the Message-ID.
    #[sea_orm(unique)]
    pub idempotency_key: String,
    pub status: OutboxStatus,
    pub attempts: i32,
    pub next_attempt_at: DateTimeUtc,
    /// While `sending`, the claim expires at this time so a crashed worker loses nothing.
    pub locked_until: Option<DateTimeUtc>,
    pub last_error: Option<String>,
    pub created_at: DateTimeUtc,
    pub sent_at: Option<DateTimeUtc>,
    /// When a coordinator asked to try again: the 24 hours of retries count from here.
    pub retried_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
