//! `GET/POST /account/delete`: the person deletes their own account after confirming with
//! their password, choosing whether their proposals and comments stay as part of the public
//! record (under "former participant") or are withdrawn with it.

use askama::Template;
use axum::{
    Form,
    extract::State,
    response::{IntoResponse, Response},
};
use entity::{ConsultationRoleKind, consultation, consultation_role, user};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect};
use serde::Deserialize;

use super::erase::{self, Refusal};
use crate::{
    accounts::{current_account, users},
    db,
    web::{
        AppError, AppResult, AppSession, AppState, CurrentUser, FormErrors, Page, PageCtx,
        see_other,
    },
};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DeleteForm {
    pub password: String,
    /// `keep` (the default) or `withdraw`.
    pub contributions: String,
}

impl DeleteForm {
    fn withdraw(&self) -> bool {
        self.contributions == "withdraw"
    }
}

#[derive(Template)]
#[template(path = "rights/delete.html")]
pub struct DeletePage {
    ctx: PageCtx,
    withdraw: bool,
    errors: FormErrors,
    /// Why the account cannot be deleted now, if it cannot.
    refusal: Option<&'static str>,
    /// Titles of the consultations the person facilitates: coordinators run them after.
    facilitated: Vec<String>,
}

async fn page(
    db: &impl ConnectionTrait,
    ctx: PageCtx,
    account: &user::Model,
    withdraw: bool,
    errors: FormErrors,
) -> Result<DeletePage, DbErr> {
    let refusal = erase::refusal(db, account).await?.map(Refusal::message_key);
    let facilitated: Vec<String> = consultation::Entity::find()
        .select_only()
        .column(consultation::Column::Title)
        .inner_join(consultation_role::Entity)
        .filter(consultation_role::Column::UserId.eq(account.id))
        .filter(consultation_role::Column::Role.eq(ConsultationRoleKind::Facilitator))
        .into_tuple()
        .all(db)
        .await?;
    Ok(DeletePage {
        ctx,
        withdraw,
        errors,
        refusal,
        facilitated,
    })
}

pub async fn show(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
) -> AppResult<Page<DeletePage>> {
    let account = current_account(&state, &user).await?;
    Ok(Page::ok(
        page(&state.db, ctx, &account, false, FormErrors::new()).await?,
    ))
}

pub async fn submit(
    State(state): State<AppState>,
    session: AppSession,
    user: CurrentUser,
    ctx: PageCtx,
    Form(form): Form<DeleteForm>,
) -> AppResult<Response> {
    let account = current_account(&state, &user).await?;
    if !users::password_matches(&form.password, &account.password_hash).await {
        let mut errors = FormErrors::new();
        errors.add("password", "error-current-password");
        let page = page(&state.db, ctx, &account, form.withdraw(), errors).await?;
        return Ok(Page::invalid(page).into_response());
    }
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    // The account's row first: votes the person casts meanwhile queue behind the deletion.
    let account = user::Entity::find_by_id(user.id)
        .lock_exclusive()
        .one(&tx)
        .await?
        .ok_or(AppError::NotFound)?;
    if erase::refusal(&tx, &account).await?.is_some() {
        drop(tx);
        let page = page(&state.db, ctx, &account, form.withdraw(), FormErrors::new()).await?;
        return Ok(Page::with_status(axum::http::StatusCode::CONFLICT, page).into_response());
    }
    let erased = erase::erase(&tx, &account, form.withdraw(), now).await?;
    tx.commit().await?;
    for consultation in erased.consultations {
        state.results_changed(consultation);
    }
    // Names on kept pages change to "former participant".
    state.pages.changed();
    tracing::info!(user_id = account.id, "account deleted by its owner");
    session.log_out().await?;
    session.flash("flash-account-deleted").await?;
    Ok(see_other("/"))
}
