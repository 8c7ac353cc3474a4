//! Who in a consultation hears of what happens there: its followers, the holders of its
//! roles, and the consultation as notifications need it to check who may still see it.

use chrono::{DateTime, Utc};
use entity::{ConsultationRoleKind, consultation, consultation_role, follow, round};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect};

use crate::{
    notifications::{self, Concern, Event, Notice, Place},
    policy,
};

/// The people holding `role` in the consultation.
pub async fn holders(
    db: &impl ConnectionTrait,
    consultation_id: i64,
    role: ConsultationRoleKind,
) -> Result<Vec<i64>, DbErr> {
    consultation_role::Entity::find()
        .select_only()
        .column(consultation_role::Column::UserId)
        .filter(consultation_role::Column::ConsultationId.eq(consultation_id))
        .filter(consultation_role::Column::Role.eq(role))
        .into_tuple()
        .all(db)
        .await
}

/// Those who hear of the consultation's news: its followers, and its members (members of an
/// invite-only consultation hear of it as followers do).
pub async fn followers(db: &impl ConnectionTrait, consultation_id: i64) -> Result<Vec<i64>, DbErr> {
    let mut people: Vec<i64> = follow::Entity::find()
        .select_only()
        .column(follow::Column::UserId)
        .filter(follow::Column::ConsultationId.eq(consultation_id))
        .into_tuple()
        .all(db)
        .await?;
    people.extend(holders(db, consultation_id, ConsultationRoleKind::Member).await?);
    Ok(people)
}

/// The consultation with the roles held in it, for a [`Notice`]. Roles decide who may see
/// only a draft or invite-only consultation; for one open to everyone they are not read.
pub async fn place(
    db: &impl ConnectionTrait,
    consultation: &consultation::Model,
) -> Result<Place, DbErr> {
    let roles = if policy::open_to_everyone(consultation) {
        Default::default()
    } else {
        consultation_role::Entity::find()
            .filter(consultation_role::Column::ConsultationId.eq(consultation.id))
            .all(db)
            .await?
            .into_iter()
            .map(|r| (r.user_id, r.role))
            .collect()
    };
    Ok(Place {
        consultation: consultation.clone(),
        roles,
    })
}

/// [`place`] for a consultation known by its id.
pub async fn place_by_id(db: &impl ConnectionTrait, consultation_id: i64) -> Result<Place, DbErr> {
    let consultation = consultation::Entity::find_by_id(consultation_id)
        .one(db)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("consultation {consultation_id}")))?;
    place(db, &consultation).await
}

/// A round opened or closed: its followers hear of it, led to the consultation's page.
pub async fn round_changed(
    db: &impl ConnectionTrait,
    event: Event,
    round: &round::Model,
    actor_id: Option<i64>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let place = place_by_id(db, round.consultation_id).await?;
    let link = format!("/consultations/{}", place.consultation.slug);
    let mut notice = Notice::new(event, place, round.title.clone(), link)
        .by(actor_id)
        .in_round(Some(round.id));
    notice.tell(
        followers(db, round.consultation_id).await?,
        Concern::Followed,
    );
    notifications::raise(db, notice, now).await?;
    Ok(())
}
