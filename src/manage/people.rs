//! The console's people: invite members, appoint facilitators, remove either, revoke
//! pending invitations.

use askama::Template;
use axum::{
    Form,
    extract::{Path, State},
    response::{IntoResponse, Response},
};
use entity::{Code, ConsultationRoleKind, user};
use sea_orm::EntityTrait;
use serde::Deserialize;

use crate::{
    accounts::domain::EmailAddress,
    consultations::{
        access,
        people::{self, Invited},
    },
    db,
    policy::Action,
    web::{
        AppError, AppResult, AppSession, AppState, CurrentUser, Page, PageCtx,
        per_account::{self, Allowance, PerAccount},
        see_other,
    },
};

fn console(slug: &str) -> String {
    format!("/manage/consultations/{slug}#people")
}

fn parse_role(code: &str) -> AppResult<ConsultationRoleKind> {
    match code {
        "member" => Ok(ConsultationRoleKind::Member),
        "facilitator" => Ok(ConsultationRoleKind::Facilitator),
        _ => Err(AppError::BadRequest("error-bad-request")),
    }
}

fn action_for(role: ConsultationRoleKind) -> Action {
    match role {
        ConsultationRoleKind::Member => Action::InviteMembers,
        ConsultationRoleKind::Facilitator => Action::AppointFacilitators,
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct InviteForm {
    email: String,
    /// `member` or `facilitator`.
    role: String,
}

pub async fn invite(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path(slug): Path<String>,
    Form(form): Form<InviteForm>,
) -> AppResult<Response> {
    let role = parse_role(&form.role)?;
    let access = access::load(&state.db, &slug, Some(&user), action_for(role)).await?;
    let Some(email) = EmailAddress::parse(&form.email) else {
        session.flash("error-email-invalid").await?;
        return Ok(see_other(&console(&slug)));
    };
    let tx = db::begin_write(&state.db).await?;
    let allowance = Allowance::from(&access.standing);
    let limits = &state.config.limits;
    let what = (PerAccount::Invitation, allowance);
    per_account::check(&tx, limits, what, user.id, state.now()).await?;
    let inviter = user::Entity::find_by_id(user.id)
        .one(&tx)
        .await?
        .ok_or(AppError::NotFound)?;
    let outcome = people::invite(
        &tx,
        &state.config,
        &access.consultation,
        &email,
        role,
        &inviter,
        state.now(),
    )
    .await?;
    tx.commit().await?;
    state.mail_wake.notify_one();
    session
        .flash(match outcome {
            Invited::Appointed => "flash-facilitator-appointed",
            Invited::LinkSent => "flash-invitation-sent",
            Invited::AlreadyThere => "flash-already-there",
            Invited::InvitedToday => "flash-invited-today",
        })
        .await?;
    Ok(see_other(&console(&slug)))
}

#[derive(Template)]
#[template(path = "manage/confirm_remove.html")]
pub struct ConfirmRemovePage {
    ctx: PageCtx,
    slug: String,
    user_id: i64,
    name: String,
    role: &'static str,
}

pub async fn confirm_remove(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path((slug, user_id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let access = access::load(&state.db, &slug, ctx.user.as_ref(), Action::OpenConsole).await?;
    let role = people::role_of(&state.db, access.consultation.id, user_id)
        .await?
        .ok_or(AppError::NotFound)?;
    access.require(action_for(role))?;
    let person = user::Entity::find_by_id(user_id)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Page::ok(ConfirmRemovePage {
        ctx,
        slug,
        user_id,
        name: person.display_name,
        role: role.code(),
    })
    .into_response())
}

pub async fn remove(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path((slug, user_id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let access = access::load(&state.db, &slug, Some(&user), Action::OpenConsole).await?;
    let tx = db::begin_write(&state.db).await?;
    let role = people::role_of(&tx, access.consultation.id, user_id)
        .await?
        .ok_or(AppError::NotFound)?;
    access.require(action_for(role))?;
    people::remove(
        &tx,
        access.consultation.id,
        user_id,
        role,
        user.id,
        state.now(),
    )
    .await?;
    tx.commit().await?;
    session.flash("flash-person-removed").await?;
    Ok(see_other(&console(&slug)))
}

pub async fn revoke(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let access = access::load(&state.db, &slug, Some(&user), Action::InviteMembers).await?;
    let tx = db::begin_write(&state.db).await?;
    let revoked = people::revoke(&tx, access.consultation.id, id, user.id, state.now()).await?;
    tx.commit().await?;
    session
        .flash(if revoked {
            "flash-invitation-revoked"
        } else {
            "error-invitation-gone"
        })
        .await?;
    Ok(see_other(&console(&slug)))
}
