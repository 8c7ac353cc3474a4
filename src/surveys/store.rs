//! Surveys as stored: finding them, holding one for a transaction, and the mark of the first
//! answer.

use chrono::{DateTime, Utc};
use entity::{round, survey};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::Expr,
};

pub async fn find(db: &impl ConnectionTrait, id: i64) -> Result<Option<survey::Model>, DbErr> {
    survey::Entity::find_by_id(id).one(db).await
}

/// The survey, holding it against other writers until the transaction ends: on PostgreSQL
/// its row is locked; SQLite's write transaction already holds the whole database. Answers,
/// paper entries and edits of one survey therefore happen one after the other.
pub async fn lock(db: &impl ConnectionTrait, id: i64) -> Result<Option<survey::Model>, DbErr> {
    survey::Entity::find_by_id(id)
        .lock_exclusive()
        .one(db)
        .await
}

/// The consultation's surveys, the newest first.
pub async fn for_consultation(
    db: &impl ConnectionTrait,
    consultation_id: i64,
) -> Result<Vec<survey::Model>, DbErr> {
    survey::Entity::find()
        .filter(survey::Column::ConsultationId.eq(consultation_id))
        .order_by_desc(survey::Column::CreatedAt)
        .order_by_desc(survey::Column::Id)
        .all(db)
        .await
}

/// The survey's round, when it has one.
pub async fn round_of(
    db: &impl ConnectionTrait,
    survey: &survey::Model,
) -> Result<Option<round::Model>, DbErr> {
    match survey.round_id {
        Some(id) => round::Entity::find_by_id(id).one(db).await,
        None => Ok(None),
    }
}

/// Marks the survey as answered (once): from then on its questions take wording fixes only.
pub async fn mark_answered(
    db: &impl ConnectionTrait,
    survey_id: i64,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    survey::Entity::update_many()
        .col_expr(survey::Column::LockedAt, Expr::value(now))
        .filter(survey::Column::Id.eq(survey_id))
        .filter(survey::Column::LockedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}
