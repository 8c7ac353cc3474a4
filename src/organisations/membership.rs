//! Belonging to an organisation: a person asks to join; its representative accepts or
//! refuses, removes members and hands the role over to one of them; a member leaves. The
//! last representative cannot leave before handing over. Each step goes to the audit log.
//!
//! Every step holds the organisation (`store::lock`) and checks who may take it inside that
//! transaction, so steps taken at once happen one after the other: a member leaving while
//! the role is handed to her cannot leave the organisation without a representative.

use askama::Template;
use axum::{
    Form,
    extract::{Path, State},
    response::Response,
};
use chrono::{DateTime, Utc};
use entity::{MembershipRole, MembershipStatus, organisation, organisation_member};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel,
    ModelTrait, QueryFilter, Set,
};
use serde::Deserialize;
use serde_json::json;

use super::store;
use crate::{
    audit, db,
    web::{AppError, AppResult, AppSession, AppState, CurrentUser, Page, PageCtx, see_other},
};

/// The representative's own row, or a 403: only they manage the organisation.
pub async fn require_representative(
    db: &impl ConnectionTrait,
    organisation: &organisation::Model,
    user: &CurrentUser,
) -> AppResult<()> {
    match store::membership(db, organisation.id, user.id).await? {
        Some(m)
            if m.role == MembershipRole::Representative && m.status == MembershipStatus::Active =>
        {
            Ok(())
        }
        _ => Err(AppError::Forbidden(
            "policy-organisation-representative-only",
        )),
    }
}

async fn record(
    db: &impl ConnectionTrait,
    (actor, action): (i64, &str),
    organisation_id: i64,
    member: i64,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    audit::record(
        db,
        audit::Entry {
            actor_id: Some(actor),
            action,
            object_type: "organisation",
            object_id: Some(organisation_id),
            consultation_id: None,
            details: json!({ "member": member }),
        },
        now,
    )
    .await
}

fn back(slug: &str) -> Response {
    see_other(&format!("/organisations/{slug}"))
}

pub async fn join(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    if !user.verified {
        return Err(AppError::Forbidden("policy-verify-email"));
    }
    let organisation = store::by_slug(&state.db, &slug).await?;
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    store::lock(&tx, organisation.id).await?;
    if store::membership(&tx, organisation.id, user.id)
        .await?
        .is_none()
    {
        let request = (MembershipRole::Member, MembershipStatus::Requested);
        store::add_member(&tx, (organisation.id, user.id), request, now).await?;
        let action = (user.id, "organisation.join_requested");
        record(&tx, action, organisation.id, user.id, now).await?;
    }
    tx.commit().await?;
    session.flash("flash-organisation-join-requested").await?;
    Ok(back(&slug))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DecisionForm {
    decision: String,
}

/// Accepts or refuses someone's request to join.
pub async fn decide(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path((slug, member)): Path<(String, i64)>,
    Form(form): Form<DecisionForm>,
) -> AppResult<Response> {
    let organisation = store::by_slug(&state.db, &slug).await?;
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    store::lock(&tx, organisation.id).await?;
    require_representative(&tx, &organisation, &user).await?;
    let request = store::membership(&tx, organisation.id, member)
        .await?
        .filter(|m| m.status == MembershipStatus::Requested)
        .ok_or(AppError::NotFound)?;
    let (action, flash) = match form.decision.as_str() {
        "accept" => {
            let mut row = request.into_active_model();
            row.status = Set(MembershipStatus::Active);
            row.update(&tx).await?;
            (
                "organisation.member_accepted",
                "flash-organisation-accepted",
            )
        }
        "refuse" => {
            request.delete(&tx).await?;
            ("organisation.member_refused", "flash-organisation-refused")
        }
        _ => return Err(AppError::BadRequest("error-bad-request")),
    };
    record(&tx, (user.id, action), organisation.id, member, now).await?;
    tx.commit().await?;
    session.flash(flash).await?;
    Ok(back(&slug))
}

/// What a confirmation page asks: its title and explanation (Fluent keys, the second with
/// `$name`), the name, where the form goes and what its button says.
#[derive(Template)]
#[template(path = "organisations/confirm.html")]
pub struct ConfirmPage {
    ctx: PageCtx,
    slug: String,
    title_key: &'static str,
    explain_key: &'static str,
    name: String,
    action: String,
    button_key: &'static str,
}

/// An active member other than the representative asking, with their name.
async fn other_member(
    db: &impl ConnectionTrait,
    organisation: &organisation::Model,
    user: &CurrentUser,
    member: i64,
) -> AppResult<store::MemberRow> {
    require_representative(db, organisation, user).await?;
    store::members(db, organisation.id)
        .await?
        .into_iter()
        .find(|m| {
            m.user_id == member && m.user_id != user.id && m.status == MembershipStatus::Active
        })
        .ok_or(AppError::NotFound)
}

/// The confirmation page of a step the representative takes about another member: `verb`
/// ends the form's address; `keys` are its title, explanation and button.
async fn confirm_about_member(
    state: &AppState,
    (ctx, user): (PageCtx, CurrentUser),
    (slug, member): (String, i64),
    verb: &str,
    (title_key, explain_key, button_key): (&'static str, &'static str, &'static str),
) -> AppResult<Page<ConfirmPage>> {
    let organisation = store::by_slug(&state.db, &slug).await?;
    let row = other_member(&state.db, &organisation, &user, member).await?;
    Ok(Page::ok(ConfirmPage {
        ctx,
        action: format!("/organisations/{slug}/members/{member}/{verb}"),
        slug,
        title_key,
        explain_key,
        name: row.display_name,
        button_key,
    }))
}

pub async fn confirm_remove(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(target): Path<(String, i64)>,
) -> AppResult<Page<ConfirmPage>> {
    let keys = (
        "organisation-remove-title",
        "organisation-remove-explain",
        "organisation-remove",
    );
    confirm_about_member(&state, (ctx, user), target, "remove", keys).await
}

pub async fn remove(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path((slug, member)): Path<(String, i64)>,
) -> AppResult<Response> {
    let organisation = store::by_slug(&state.db, &slug).await?;
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    store::lock(&tx, organisation.id).await?;
    other_member(&tx, &organisation, &user, member).await?;
    delete_membership(&tx, organisation.id, member).await?;
    let action = (user.id, "organisation.member_removed");
    record(&tx, action, organisation.id, member, now).await?;
    tx.commit().await?;
    session.flash("flash-organisation-removed").await?;
    Ok(back(&slug))
}

async fn delete_membership(
    db: &impl ConnectionTrait,
    organisation_id: i64,
    user_id: i64,
) -> Result<(), DbErr> {
    organisation_member::Entity::delete_many()
        .filter(organisation_member::Column::OrganisationId.eq(organisation_id))
        .filter(organisation_member::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn confirm_hand_over(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(target): Path<(String, i64)>,
) -> AppResult<Page<ConfirmPage>> {
    let keys = (
        "organisation-hand-over-title",
        "organisation-hand-over-explain",
        "organisation-hand-over",
    );
    confirm_about_member(&state, (ctx, user), target, "hand-over", keys).await
}

/// The member becomes the representative; the representative stays on as a member.
pub async fn hand_over(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path((slug, member)): Path<(String, i64)>,
) -> AppResult<Response> {
    let organisation = store::by_slug(&state.db, &slug).await?;
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    store::lock(&tx, organisation.id).await?;
    other_member(&tx, &organisation, &user, member).await?;
    for (who, role) in [
        (member, MembershipRole::Representative),
        (user.id, MembershipRole::Member),
    ] {
        organisation_member::Entity::update_many()
            .set(organisation_member::ActiveModel {
                role: Set(role),
                ..Default::default()
            })
            .filter(organisation_member::Column::OrganisationId.eq(organisation.id))
            .filter(organisation_member::Column::UserId.eq(who))
            .exec(&tx)
            .await?;
    }
    let action = (user.id, "organisation.representative_handed_over");
    record(&tx, action, organisation.id, member, now).await?;
    tx.commit().await?;
    session.flash("flash-organisation-handed-over").await?;
    Ok(back(&slug))
}

/// The caller's active membership, or a 403 when they have none; the last representative
/// is refused with the reason (hand over first).
async fn leaving_member(
    db: &impl ConnectionTrait,
    organisation: &organisation::Model,
    user: &CurrentUser,
) -> AppResult<organisation_member::Model> {
    let mine = store::membership(db, organisation.id, user.id)
        .await?
        .ok_or(AppError::Forbidden("policy-organisation-members-only"))?;
    if mine.role == MembershipRole::Representative {
        return Err(AppError::Forbidden("policy-organisation-hand-over-first"));
    }
    Ok(mine)
}

pub async fn confirm_leave(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(slug): Path<String>,
) -> AppResult<Page<ConfirmPage>> {
    let organisation = store::by_slug(&state.db, &slug).await?;
    leaving_member(&state.db, &organisation, &user).await?;
    Ok(Page::ok(ConfirmPage {
        ctx,
        action: format!("/organisations/{slug}/leave"),
        slug,
        title_key: "organisation-leave-title",
        explain_key: "organisation-leave-explain",
        name: organisation.name,
        button_key: "organisation-leave",
    }))
}

pub async fn leave(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let organisation = store::by_slug(&state.db, &slug).await?;
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    store::lock(&tx, organisation.id).await?;
    leaving_member(&tx, &organisation, &user).await?;
    delete_membership(&tx, organisation.id, user.id).await?;
    record(
        &tx,
        (user.id, "organisation.member_left"),
        organisation.id,
        user.id,
        now,
    )
    .await?;
    tx.commit().await?;
    session.flash("flash-organisation-left").await?;
    Ok(back(&slug))
}
