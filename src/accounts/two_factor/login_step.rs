//! `GET/POST /login/code`: the second step of a login with two-factor login on. Until the
//! code is right the session holds only whose code is awaited, which opens nothing.

use askama::Template;
use axum::{
    Form,
    extract::State,
    http::HeaderMap,
    response::{IntoResponse, Response},
};
use entity::user;
use sea_orm::EntityTrait;

use super::{
    setup::{CodeForm, verdict_problem},
    store,
};
use crate::web::{AppResult, AppSession, AppState, FormErrors, Page, PageCtx, see_other};

#[derive(Template)]
#[template(path = "accounts/login_code.html")]
pub struct LoginCodePage {
    ctx: PageCtx,
    errors: FormErrors,
}

pub async fn show(
    State(state): State<AppState>,
    session: AppSession,
    ctx: PageCtx,
) -> AppResult<Response> {
    if ctx.user.is_some() {
        return Ok(see_other("/"));
    }
    if session.pending_login(state.now()).await?.is_none() {
        return Ok(see_other("/login"));
    }
    Ok(Page::ok(LoginCodePage {
        ctx,
        errors: FormErrors::new(),
    })
    .into_response())
}

pub async fn submit(
    State(state): State<AppState>,
    session: AppSession,
    ctx: PageCtx,
    headers: HeaderMap,
    Form(form): Form<CodeForm>,
) -> AppResult<Response> {
    let now = state.now();
    let Some(pending) = session.pending_login(now).await? else {
        session.flash("flash-login-code-expired").await?;
        return Ok(see_other("/login"));
    };
    let verdict = store::accept_second_factor(
        &state.db,
        &state.signing_key,
        pending.user_id,
        &form.code,
        now,
    )
    .await?;
    let account = match verdict_problem(verdict) {
        None => {
            user::Entity::find_by_id(pending.user_id)
                .one(&state.db)
                .await?
        }
        Some(_) => None,
    };
    let Some(account) = account else {
        tracing::info!(
            user_id = pending.user_id,
            ?verdict,
            "two-factor code refused"
        );
        if !session.second_factor_failed(pending).await? {
            session.flash("flash-login-code-expired").await?;
            return Ok(see_other("/login"));
        }
        let mut errors = FormErrors::new();
        errors.add(
            "code",
            verdict_problem(verdict).unwrap_or("error-two-factor-code"),
        );
        return Ok(Page::invalid(LoginCodePage { ctx, errors }).into_response());
    };
    crate::accounts::login::complete(&state, &session, &account, &headers, &pending.next).await
}
