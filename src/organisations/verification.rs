//! Coordinators verify organisations from the console (`/manage/organisations`: the ones
//! still unverified first) and may withdraw a verification. Both are audited.

use askama::Template;
use axum::{
    extract::{Path, State},
    response::Response,
};
use entity::organisation;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder, Set,
};
use serde_json::json;

use super::pages::OrganisationCard;
use crate::{
    audit, db, policy,
    web::{AppError, AppResult, AppSession, AppState, CurrentUser, Page, PageCtx, see_other},
};

fn require_coordinator(user: Option<&CurrentUser>) -> AppResult<()> {
    if policy::can_administer(user) {
        Ok(())
    } else {
        Err(AppError::Forbidden("policy-coordinators-only"))
    }
}

#[derive(Template)]
#[template(path = "organisations/console.html")]
pub struct VerificationConsole {
    ctx: PageCtx,
    unverified: Vec<OrganisationCard>,
    verified: Vec<OrganisationCard>,
}

pub async fn console(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
) -> AppResult<Page<VerificationConsole>> {
    require_coordinator(Some(&user))?;
    let all = organisation::Entity::find()
        .order_by_asc(organisation::Column::Name)
        .order_by_asc(organisation::Column::Id)
        .all(&state.db)
        .await?;
    let (verified, unverified): (Vec<_>, Vec<_>) = all
        .into_iter()
        .map(OrganisationCard::from)
        .partition(|o| o.verified);
    Ok(Page::ok(VerificationConsole {
        ctx,
        unverified,
        verified,
    }))
}

async fn set_verified(
    state: &AppState,
    (user, session): (CurrentUser, AppSession),
    slug: &str,
    verified: bool,
) -> AppResult<Response> {
    require_coordinator(Some(&user))?;
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let organisation = organisation::Entity::find()
        .filter(organisation::Column::Slug.eq(slug))
        .one(&tx)
        .await?
        .ok_or(AppError::NotFound)?;
    let id = organisation.id;
    let mut row = organisation.into_active_model();
    row.verified_at = Set(verified.then_some(now));
    row.update(&tx).await?;
    audit::record(
        &tx,
        audit::Entry {
            actor_id: Some(user.id),
            action: if verified {
                "organisation.verified"
            } else {
                "organisation.unverified"
            },
            object_type: "organisation",
            object_id: Some(id),
            consultation_id: None,
            details: json!({ "slug": slug }),
        },
        now,
    )
    .await?;
    tx.commit().await?;
    session
        .flash(if verified {
            "flash-organisation-verified"
        } else {
            "flash-organisation-unverified"
        })
        .await?;
    Ok(see_other("/manage/organisations"))
}

pub async fn verify(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    set_verified(&state, (user, session), &slug, true).await
}

pub async fn unverify(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    set_verified(&state, (user, session), &slug, false).await
}
