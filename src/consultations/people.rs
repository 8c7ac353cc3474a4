//! Who takes part in a consultation as facilitator or member, and the emailed invitations
//! that bring them in.

use chrono::{DateTime, TimeDelta, Utc};
use entity::{Code, ConsultationRoleKind, consultation, consultation_role, invitation, user};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
    sea_query::{Expr, OnConflict},
};
use serde_json::json;

use crate::{
    accounts::domain::EmailAddress,
    audit,
    config::Config,
    crypto::{random_token, sha256_hex},
    notifications::{
        self, Concern, Email, Event, Notice, enqueue, events::InvitationSent, under_daily_cap,
    },
};

use super::audience;

/// How long an invitation link works.
pub const INVITATION_VALID_FOR: TimeDelta = TimeDelta::days(14);

/// One person with a role in a consultation.
pub struct Person {
    pub user_id: i64,
    pub display_name: String,
    pub email: String,
    pub role: ConsultationRoleKind,
}

/// Facilitators and members, facilitators first, each group by name.
pub async fn people(db: &impl ConnectionTrait, consultation_id: i64) -> Result<Vec<Person>, DbErr> {
    let roles = consultation_role::Entity::find()
        .filter(consultation_role::Column::ConsultationId.eq(consultation_id))
        .all(db)
        .await?;
    let users = user::Entity::find()
        .filter(user::Column::Id.is_in(roles.iter().map(|r| r.user_id)))
        .all(db)
        .await?;
    let mut people: Vec<Person> = roles
        .iter()
        .filter_map(|role| {
            let user = users.iter().find(|u| u.id == role.user_id)?;
            Some(Person {
                user_id: user.id,
                display_name: user.display_name.clone(),
                email: user.email.clone(),
                role: role.role,
            })
        })
        .collect();
    people.sort_by(|a, b| {
        (
            a.role != ConsultationRoleKind::Facilitator,
            a.display_name.to_lowercase(),
        )
            .cmp(&(
                b.role != ConsultationRoleKind::Facilitator,
                b.display_name.to_lowercase(),
            ))
    });
    Ok(people)
}

/// Invitations not yet accepted, revoked or expired.
pub async fn pending_invitations(
    db: &impl ConnectionTrait,
    consultation_id: i64,
    now: DateTime<Utc>,
) -> Result<Vec<invitation::Model>, DbErr> {
    invitation::Entity::find()
        .filter(invitation::Column::ConsultationId.eq(consultation_id))
        .filter(invitation::Column::AcceptedAt.is_null())
        .filter(invitation::Column::RevokedAt.is_null())
        .filter(invitation::Column::ExpiresAt.gt(now))
        .order_by_asc(invitation::Column::CreatedAt)
        .all(db)
        .await
}

/// Gives `user_id` a role; a facilitator who is also invited as a member stays facilitator.
async fn grant(
    db: &impl ConnectionTrait,
    consultation_id: i64,
    user_id: i64,
    role: ConsultationRoleKind,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let mut on_conflict = OnConflict::columns([
        consultation_role::Column::ConsultationId,
        consultation_role::Column::UserId,
    ]);
    if role == ConsultationRoleKind::Facilitator {
        on_conflict.update_column(consultation_role::Column::Role);
    } else {
        on_conflict.do_nothing();
    }
    consultation_role::Entity::insert(consultation_role::ActiveModel {
        consultation_id: Set(consultation_id),
        user_id: Set(user_id),
        role: Set(role),
        created_at: Set(now),
        ..Default::default()
    })
    .on_conflict(on_conflict)
    .exec_without_returning(db)
    .await?;
    Ok(())
}

pub async fn role_of(
    db: &impl ConnectionTrait,
    consultation_id: i64,
    user_id: i64,
) -> Result<Option<ConsultationRoleKind>, DbErr> {
    Ok(consultation_role::Entity::find()
        .filter(consultation_role::Column::ConsultationId.eq(consultation_id))
        .filter(consultation_role::Column::UserId.eq(user_id))
        .one(db)
        .await?
        .map(|r| r.role))
}

/// What inviting someone came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invited {
    /// An existing account was given the role at once (facilitators only) and told by email.
    Appointed,
    /// An invitation link was emailed.
    LinkSent,
    /// They already had the role.
    AlreadyThere,
    /// The address already received as many invitations today as it may
    /// (`TAVOLO_MAILS_PER_ADDRESS_PER_DAY`); nothing was sent.
    InvitedToday,
}

/// Invites `email` to `role`. A facilitator with an account is appointed at once; anyone
/// else gets a link, which works for an existing account and leads a newcomer through
/// registration.
#[allow(clippy::too_many_arguments)]
pub async fn invite(
    db: &impl ConnectionTrait,
    config: &Config,
    consultation: &consultation::Model,
    email: &EmailAddress,
    role: ConsultationRoleKind,
    inviter: &user::Model,
    now: DateTime<Utc>,
) -> Result<Invited, DbErr> {
    let existing = user::Entity::find()
        .filter(user::Column::Email.eq(email.as_str()))
        .one(db)
        .await?;
    if let Some(account) = &existing {
        let current = role_of(db, consultation.id, account.id).await?;
        let already = match role {
            ConsultationRoleKind::Facilitator => current == Some(ConsultationRoleKind::Facilitator),
            ConsultationRoleKind::Member => current.is_some(),
        };
        if already {
            return Ok(Invited::AlreadyThere);
        }
        if role == ConsultationRoleKind::Facilitator {
            grant(db, consultation.id, account.id, role, now).await?;
            let link = config.link(&format!("/manage/consultations/{}", consultation.slug));
            let message = Email::FacilitatorAppointed {
                name: account.display_name.clone(),
                consultation: consultation.title.clone(),
                link,
            };
            let key = format!(
                "facilitator_appointed:{}:{}:{}",
                consultation.id,
                account.id,
                now.timestamp()
            );
            enqueue(db, &account.email, &account.locale, &message, &key, now).await?;
            audit::record(
                db,
                audit::Entry {
                    actor_id: Some(inviter.id),
                    action: "facilitator.appointed",
                    object_type: "user",
                    object_id: Some(account.id),
                    consultation_id: Some(consultation.id),
                    details: json!({ "email": account.email, "before": current.map(Code::code) }),
                },
                now,
            )
            .await?;
            return Ok(Invited::Appointed);
        }
    }

    let probe = Email::Invitation {
        consultation: String::new(),
        role: String::new(),
        inviter: String::new(),
        link: String::new(),
    };
    let per_day = config.limits.mails_per_address_per_day;
    if !under_daily_cap(db, email.as_str(), &probe, per_day, now).await? {
        return Ok(Invited::InvitedToday);
    }
    let secret = random_token();
    let row = invitation::ActiveModel {
        consultation_id: Set(consultation.id),
        email: Set(email.as_str().to_owned()),
        role: Set(role),
        token_hash: Set(sha256_hex(&secret)),
        invited_by: Set(Some(inviter.id)),
        created_at: Set(now),
        expires_at: Set(now + INVITATION_VALID_FOR),
        accepted_at: Set(None),
        accepted_by: Set(None),
        revoked_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    let locale = existing
        .as_ref()
        .map_or(config.default_locale.as_str(), |a| a.locale.as_str());
    let message = Email::Invitation {
        consultation: consultation.title.clone(),
        role: role.code().to_owned(),
        inviter: inviter.display_name.clone(),
        link: config.link(&format!("/invitations/{secret}")),
    };
    enqueue(
        db,
        email.as_str(),
        locale,
        &message,
        &format!("invitation:{}", row.id),
        now,
    )
    .await?;
    let invited = InvitationSent {
        invitation_id: row.id,
        email: email.as_str().to_owned(),
    };
    let event = match role {
        ConsultationRoleKind::Facilitator => Event::FacilitatorInvited(invited),
        ConsultationRoleKind::Member => Event::MemberInvited(invited),
    };
    // The invited address's account, if it has one, sees the invitation in the app too.
    let link = format!("/consultations/{}", consultation.slug);
    let mut notice =
        Notice::new(event, audience::place(db, consultation).await?, "", link).by(Some(inviter.id));
    notice.tell(existing.map(|a| a.id), Concern::Own);
    notifications::raise(db, notice, now).await?;
    audit::record(
        db,
        audit::Entry {
            actor_id: Some(inviter.id),
            action: "invitation.sent",
            object_type: "invitation",
            object_id: Some(row.id),
            consultation_id: Some(consultation.id),
            details: json!({ "email": email.as_str(), "role": role.code() }),
        },
        now,
    )
    .await?;
    Ok(Invited::LinkSent)
}

/// A live invitation by its secret.
pub async fn find_invitation(
    db: &impl ConnectionTrait,
    secret: &str,
    now: DateTime<Utc>,
) -> Result<Option<(invitation::Model, consultation::Model)>, DbErr> {
    let Some(invitation) = invitation::Entity::find()
        .filter(invitation::Column::TokenHash.eq(sha256_hex(secret)))
        .filter(invitation::Column::AcceptedAt.is_null())
        .filter(invitation::Column::RevokedAt.is_null())
        .filter(invitation::Column::ExpiresAt.gt(now))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let consultation = consultation::Entity::find_by_id(invitation.consultation_id)
        .one(db)
        .await?;
    Ok(consultation.map(|c| (invitation, c)))
}

/// Accepts an invitation for `user_id`; false when someone else used it first.
pub async fn accept(
    db: &impl ConnectionTrait,
    invitation: &invitation::Model,
    user_id: i64,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let used = invitation::Entity::update_many()
        .col_expr(invitation::Column::AcceptedAt, Expr::value(Some(now)))
        .col_expr(invitation::Column::AcceptedBy, Expr::value(Some(user_id)))
        .filter(invitation::Column::Id.eq(invitation.id))
        .filter(invitation::Column::AcceptedAt.is_null())
        .filter(invitation::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    if used.rows_affected != 1 {
        return Ok(false);
    }
    grant(
        db,
        invitation.consultation_id,
        user_id,
        invitation.role,
        now,
    )
    .await?;
    audit::record(
        db,
        audit::Entry {
            actor_id: Some(user_id),
            action: "invitation.accepted",
            object_type: "invitation",
            object_id: Some(invitation.id),
            consultation_id: Some(invitation.consultation_id),
            details: json!({ "role": invitation.role.code(), "email": invitation.email }),
        },
        now,
    )
    .await?;
    Ok(true)
}

pub async fn revoke(
    db: &impl ConnectionTrait,
    consultation_id: i64,
    invitation_id: i64,
    actor_id: i64,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let revoked = invitation::Entity::update_many()
        .col_expr(invitation::Column::RevokedAt, Expr::value(Some(now)))
        .filter(invitation::Column::Id.eq(invitation_id))
        .filter(invitation::Column::ConsultationId.eq(consultation_id))
        .filter(invitation::Column::AcceptedAt.is_null())
        .filter(invitation::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    if revoked.rows_affected == 1 {
        audit::record(
            db,
            audit::Entry {
                actor_id: Some(actor_id),
                action: "invitation.revoked",
                object_type: "invitation",
                object_id: Some(invitation_id),
                consultation_id: Some(consultation_id),
                details: json!({}),
            },
            now,
        )
        .await?;
    }
    Ok(revoked.rows_affected == 1)
}

/// Takes a role away; false when the person did not have that role.
pub async fn remove(
    db: &impl ConnectionTrait,
    consultation_id: i64,
    user_id: i64,
    role: ConsultationRoleKind,
    actor_id: i64,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let removed = consultation_role::Entity::delete_many()
        .filter(consultation_role::Column::ConsultationId.eq(consultation_id))
        .filter(consultation_role::Column::UserId.eq(user_id))
        .filter(consultation_role::Column::Role.eq(role))
        .exec(db)
        .await?;
    if removed.rows_affected == 1 {
        let action = match role {
            ConsultationRoleKind::Facilitator => "facilitator.removed",
            ConsultationRoleKind::Member => "member.removed",
        };
        audit::record(
            db,
            audit::Entry {
                actor_id: Some(actor_id),
                action,
                object_type: "user",
                object_id: Some(user_id),
                consultation_id: Some(consultation_id),
                details: json!({}),
            },
            now,
        )
        .await?;
    }
    Ok(removed.rows_affected == 1)
}
