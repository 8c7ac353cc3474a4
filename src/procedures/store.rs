//! Finding a procedure and holding it: what every part of the procedure starts from.

use entity::procedure;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect};

use crate::{
    consultations::access::{self, Access, ConsultationKey},
    policy::{Action, Person},
    web::{AppError, AppResult},
};

pub async fn by_slug(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<Option<procedure::Model>, DbErr> {
    procedure::Entity::find()
        .filter(procedure::Column::Slug.eq(slug))
        .one(db)
        .await
}

/// The procedure, holding it against other writers until the transaction ends: on
/// PostgreSQL its row is locked; SQLite's write transaction already holds the database.
/// Steps that depend on where the procedure stands (an application against the deadline,
/// a score against the other members' scores) happen one after the other.
pub async fn lock(db: &impl ConnectionTrait, id: i64) -> Result<Option<procedure::Model>, DbErr> {
    procedure::Entity::find_by_id(id)
        .lock_exclusive()
        .one(db)
        .await
}

/// The procedure at `slug` with where `user` stands toward its consultation, checked for
/// `action`: a 404 where the consultation is hidden from them, a 403 with the reason where
/// the action is not theirs. A procedure still in draft is a 404 to all but its managers.
pub async fn load(
    db: &impl ConnectionTrait,
    slug: &str,
    user: Option<impl Into<Person>>,
    action: Action,
) -> AppResult<(Access, procedure::Model)> {
    let procedure = by_slug(db, slug).await?.ok_or(AppError::NotFound)?;
    let access = access::load_with_rounds(
        db,
        ConsultationKey::Id(procedure.consultation_id),
        user,
        action,
    )
    .await?
    .0;
    if procedure.published_at.is_none() && !access.allows(Action::ManageProcedures) {
        return Err(AppError::NotFound);
    }
    Ok((access, procedure))
}
