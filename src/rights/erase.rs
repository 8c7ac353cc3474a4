//! Deleting an account: what goes, what stays, in one transaction.
//!
//! Gone: sessions, emailed links, two-factor secrets and recovery codes, failed logins, follows, notifications, consultation roles, meeting
//! registrations with the needs they gave (a place in a meeting to come passes to the first
//! person waiting), organisation memberships (where the person was an organisation's only
//! representative, its longest-standing member takes the role over), emails
//! queued or sent to the address, and the email, name and organisation themselves (the
//! address is replaced by `deleted-<id>@invalid`, so the unique constraint holds and nobody
//! can register it back onto this row). Ballots in open rounds are withdrawn as the person
//! could have withdrawn them; ballots in closed rounds stay, counted under the group they
//! were cast in, so published results do not change. Survey drafts go; submitted survey
//! responses stay counted, without the account. Proposals and comments stay as part of
//! the public record under "former participant", unless the person chose to withdraw them.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use entity::{
    AuthorRole, CommentState, PlatformRole, ProposalState, ResponseStatus, account_token,
    coauthor_invitation, comment, consultation_role, follow, invitation, notification, outbox,
    proposal, proposal_author, proposal_follow, recovery_code, survey_respondent, survey_response,
    two_factor, user,
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect,
    sea_query::{Expr, ExprTrait, Func},
};
use serde_json::json;

use crate::{
    accounts::throttle, audit, meetings, organisations,
    voting::withdraw_all::withdraw_in_open_rounds, web::session_store,
};

/// Why an account may not be deleted now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The only coordinator left: nobody could run the platform afterwards.
    LastCoordinator,
}

impl Refusal {
    pub fn message_key(self) -> &'static str {
        match self {
            Self::LastCoordinator => "delete-last-coordinator",
        }
    }
}

/// What the deletion changed elsewhere: the consultations whose results or pages moved.
#[derive(Debug, Default)]
pub struct Erased {
    pub consultations: BTreeSet<i64>,
}

/// Survey drafts go; submitted responses stay counted, without the account; the marks of
/// having answered anonymous surveys go.
async fn forget_survey_answers(db: &impl ConnectionTrait, id: i64) -> Result<(), DbErr> {
    survey_response::Entity::delete_many()
        .filter(survey_response::Column::UserId.eq(id))
        .filter(survey_response::Column::Status.eq(ResponseStatus::Draft))
        .exec(db)
        .await?;
    survey_response::Entity::update_many()
        .col_expr(survey_response::Column::UserId, Expr::value(None::<i64>))
        .filter(survey_response::Column::UserId.eq(id))
        .exec(db)
        .await?;
    survey_respondent::Entity::delete_many()
        .filter(survey_respondent::Column::UserId.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// The address a deleted account keeps: unique, and in a domain that can never receive mail.
pub fn placeholder_email(user_id: i64) -> String {
    format!("deleted-{user_id}@invalid")
}

/// Whether deleting `account` now would leave the platform without a coordinator. Locks
/// the coordinators' rows so that two last coordinators cannot both go at once.
pub async fn refusal(
    db: &impl ConnectionTrait,
    account: &user::Model,
) -> Result<Option<Refusal>, DbErr> {
    if account.role != PlatformRole::Coordinator {
        return Ok(None);
    }
    let others = user::Entity::find()
        .filter(user::Column::Role.eq(PlatformRole::Coordinator))
        .filter(user::Column::DeletedAt.is_null())
        .filter(user::Column::Id.ne(account.id))
        .lock_exclusive()
        .all(db)
        .await?;
    Ok(others.is_empty().then_some(Refusal::LastCoordinator))
}

/// Deletes `account` as described above. `withdraw` also withdraws the person's published
/// proposals (where they are the author) and comments, and ends their co-authorships.
/// The caller holds the account's row locked and has checked [`refusal`].
pub async fn erase(
    db: &impl ConnectionTrait,
    account: &user::Model,
    withdraw: bool,
    now: DateTime<Utc>,
) -> Result<Erased, DbErr> {
    let id = account.id;
    let mut consultations = withdraw_in_open_rounds(db, id).await?;
    if withdraw {
        consultations.extend(withdraw_contributions(db, id, now).await?);
    }
    session_store::DbSessionStore::delete_for_user(db, id)
        .await
        .map_err(|e| DbErr::Custom(e.to_string()))?;
    account_token::Entity::delete_many()
        .filter(account_token::Column::UserId.eq(id))
        .exec(db)
        .await?;
    recovery_code::Entity::delete_many()
        .filter(recovery_code::Column::UserId.eq(id))
        .exec(db)
        .await?;
    two_factor::Entity::delete_many()
        .filter(two_factor::Column::UserId.eq(id))
        .exec(db)
        .await?;
    follow::Entity::delete_many()
        .filter(follow::Column::UserId.eq(id))
        .exec(db)
        .await?;
    proposal_follow::Entity::delete_many()
        .filter(proposal_follow::Column::UserId.eq(id))
        .exec(db)
        .await?;
    notification::Entity::delete_many()
        .filter(notification::Column::UserId.eq(id))
        .exec(db)
        .await?;
    consultation_role::Entity::delete_many()
        .filter(consultation_role::Column::UserId.eq(id))
        .exec(db)
        .await?;
    meetings::store::forget_person(db, id, now).await?;
    forget_survey_answers(db, id).await?;
    organisations::succession::forget_person(db, id, now).await?;
    forget_address(db, &account.email, &placeholder_email(id)).await?;
    throttle::clear(db, &account.email).await?;
    user::Entity::update_many()
        .col_expr(user::Column::Email, Expr::value(placeholder_email(id)))
        .col_expr(user::Column::DisplayName, Expr::value(""))
        .col_expr(
            user::Column::Organisation,
            Expr::value(Option::<String>::None),
        )
        // No password hashes to this: nobody can log in.
        .col_expr(user::Column::PasswordHash, Expr::value("!deleted"))
        .col_expr(user::Column::Role, Expr::value(PlatformRole::Participant))
        .col_expr(user::Column::EmailOwn, Expr::value("off"))
        .col_expr(user::Column::EmailOthers, Expr::value("off"))
        .col_expr(user::Column::DeletedAt, Expr::value(Some(now)))
        .col_expr(user::Column::UpdatedAt, Expr::value(now))
        .filter(user::Column::Id.eq(id))
        .exec(db)
        .await?;
    audit::record(
        db,
        audit::Entry {
            actor_id: Some(id),
            action: "account.deleted",
            object_type: "user",
            object_id: Some(id),
            consultation_id: None,
            details: json!({ "withdrew_contributions": withdraw }),
        },
        now,
    )
    .await?;
    Ok(Erased { consultations })
}

/// Removes an email address from everywhere Tavolo may have written it besides the account
/// row: the mail queue (rows to it are deleted, sent or not), invitations addressed to it,
/// and the audit log's and events' particulars (replaced by `placeholder`).
pub async fn forget_address(
    db: &impl ConnectionTrait,
    email: &str,
    placeholder: &str,
) -> Result<(), DbErr> {
    outbox::Entity::delete_many()
        .filter(Expr::col(outbox::Column::Recipient).eq(email))
        .exec(db)
        .await?;
    invitation::Entity::update_many()
        .col_expr(invitation::Column::Email, Expr::value(placeholder))
        .filter(invitation::Column::Email.eq(email))
        .exec(db)
        .await?;
    coauthor_invitation::Entity::update_many()
        .col_expr(coauthor_invitation::Column::Email, Expr::value(placeholder))
        .filter(coauthor_invitation::Column::Email.eq(email))
        .exec(db)
        .await?;
    // Addresses are validated (no quotes, no backslashes), so replacing one inside JSON
    // text by another keeps the JSON valid.
    for (table, column) in [("audit_log", "details"), ("event", "payload")] {
        let column_expr = Expr::col(sea_orm::sea_query::Alias::new(column));
        let statement = sea_orm::sea_query::Query::update()
            .table(sea_orm::sea_query::Alias::new(table))
            .value(
                sea_orm::sea_query::Alias::new(column),
                Func::cust("REPLACE").args([
                    column_expr.clone(),
                    Expr::value(email),
                    Expr::value(placeholder),
                ]),
            )
            .and_where(column_expr.like(format!("%{email}%")))
            .to_owned();
        db.execute(&statement).await?;
    }
    Ok(())
}

/// Withdraws the person's published proposals and comments and ends their co-authorships.
/// Returns the consultations whose proposals changed.
async fn withdraw_contributions(
    db: &impl ConnectionTrait,
    id: i64,
    now: DateTime<Utc>,
) -> Result<BTreeSet<i64>, DbErr> {
    let touched: Vec<i64> = proposal::Entity::find()
        .select_only()
        .column(proposal::Column::ConsultationId)
        .distinct()
        .filter(proposal::Column::AuthorId.eq(id))
        .filter(proposal::Column::State.eq(ProposalState::Published))
        .into_tuple()
        .all(db)
        .await?;
    proposal::Entity::update_many()
        .col_expr(
            proposal::Column::State,
            Expr::value(ProposalState::Withdrawn),
        )
        .col_expr(proposal::Column::UpdatedAt, Expr::value(now))
        .filter(proposal::Column::AuthorId.eq(id))
        .filter(proposal::Column::State.eq(ProposalState::Published))
        .exec(db)
        .await?;
    comment::Entity::update_many()
        .col_expr(comment::Column::State, Expr::value(CommentState::Withdrawn))
        .col_expr(comment::Column::UpdatedAt, Expr::value(now))
        .filter(comment::Column::AuthorId.eq(id))
        .filter(comment::Column::State.eq(CommentState::Published))
        .exec(db)
        .await?;
    proposal_author::Entity::delete_many()
        .filter(proposal_author::Column::UserId.eq(id))
        .filter(proposal_author::Column::Role.eq(AuthorRole::Coauthor))
        .exec(db)
        .await?;
    Ok(touched.into_iter().collect())
}
