//! What happens to an organisation when one of its people deletes their account: their
//! memberships and requests go with it, and where they were its only representative, the
//! member who has belonged longest takes the role over, so that someone can still accept
//! members and answer for it. An organisation with nobody left keeps its page.

use chrono::{DateTime, Utc};
use entity::{MembershipRole, MembershipStatus, organisation_member};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, Set};
use serde_json::json;

use super::store;
use crate::audit;

/// Removes `user_id` from every organisation, handing each role they alone held to the
/// longest-standing active member. Runs in the account deletion's transaction.
pub async fn forget_person(
    db: &impl ConnectionTrait,
    user_id: i64,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let represented = organisation_member::Entity::find()
        .filter(organisation_member::Column::UserId.eq(user_id))
        .filter(organisation_member::Column::Role.eq(MembershipRole::Representative))
        .all(db)
        .await?;
    for row in represented {
        store::lock(db, row.organisation_id).await?;
        if let Some(successor) = successor(db, row.organisation_id, user_id).await? {
            organisation_member::Entity::update_many()
                .set(organisation_member::ActiveModel {
                    role: Set(MembershipRole::Representative),
                    ..Default::default()
                })
                .filter(organisation_member::Column::Id.eq(successor.id))
                .exec(db)
                .await?;
            let entry = audit::Entry {
                actor_id: None,
                action: "organisation.representative_succeeded",
                object_type: "organisation",
                object_id: Some(row.organisation_id),
                consultation_id: None,
                details: json!({ "member": successor.user_id }),
            };
            audit::record(db, entry, now).await?;
        }
    }
    organisation_member::Entity::delete_many()
        .filter(organisation_member::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Who takes the role over from `leaving`: nobody while another representative remains;
/// otherwise the active member who joined first.
async fn successor(
    db: &impl ConnectionTrait,
    organisation_id: i64,
    leaving: i64,
) -> Result<Option<organisation_member::Model>, DbErr> {
    let others = organisation_member::Entity::find()
        .filter(organisation_member::Column::OrganisationId.eq(organisation_id))
        .filter(organisation_member::Column::UserId.ne(leaving))
        .filter(organisation_member::Column::Status.eq(MembershipStatus::Active))
        .order_by_asc(organisation_member::Column::CreatedAt)
        .order_by_asc(organisation_member::Column::Id)
        .all(db)
        .await?;
    if others
        .iter()
        .any(|m| m.role == MembershipRole::Representative)
    {
        return Ok(None);
    }
    Ok(others.into_iter().next())
}
