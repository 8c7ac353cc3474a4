//! `GET/POST /login`, `POST /logout`.

use askama::Template;
use axum::{
    Form,
    extract::{Query, State},
    http::HeaderMap,
    response::{IntoResponse, Response},
};
use entity::user;
use serde::Deserialize;

use super::{domain::EmailAddress, two_factor, users};
use crate::web::{
    AppResult, AppSession, AppState, FormErrors, Page, PageCtx, device, render::local_path,
    see_other,
};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LoginForm {
    pub email: String,
    pub password: String,
    pub next: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

#[derive(Template)]
#[template(path = "accounts/login.html")]
pub struct LoginPage {
    ctx: PageCtx,
    form: LoginForm,
    errors: FormErrors,
}

pub async fn show(ctx: PageCtx, Query(query): Query<NextQuery>) -> AppResult<Response> {
    let next = local_path(query.next.as_deref()).unwrap_or("/").to_owned();
    if ctx.user.is_some() {
        return Ok(see_other(&next));
    }
    let form = LoginForm {
        next,
        ..Default::default()
    };
    Ok(Page::ok(LoginPage {
        ctx,
        form,
        errors: FormErrors::new(),
    })
    .into_response())
}

pub async fn submit(
    State(state): State<AppState>,
    session: AppSession,
    ctx: PageCtx,
    headers: HeaderMap,
    Form(mut form): Form<LoginForm>,
) -> AppResult<Response> {
    let user = match EmailAddress::parse(&form.email) {
        Some(email) => users::find_by_email(&state.db, &email).await?,
        None => None,
    };
    // Hash even when there is no such account, so timing does not reveal which addresses
    // have one.
    let stored_hash = match &user {
        Some(user) => user.password_hash.clone(),
        None => users::dummy_hash().await.to_owned(),
    };
    let matches = users::password_matches(&form.password, &stored_hash).await;
    let user = user.filter(|_| matches);
    let Some(user) = user else {
        form.password.clear();
        let mut errors = FormErrors::new();
        errors.add("email", "error-login-failed");
        return Ok(Page::invalid(LoginPage { ctx, form, errors }).into_response());
    };
    let next = local_path(Some(&form.next)).unwrap_or("/");
    if two_factor::store::is_enabled(&state.db, user.id).await? {
        // Not logged in yet: the session only remembers whose code to ask for.
        session
            .await_second_factor(user.id, next, state.now())
            .await?;
        return Ok(see_other("/login/code"));
    }
    complete(&state, &session, &user, &headers, next).await
}

/// Logs the account in (after its password, and its code if it uses two-factor login).
/// An account the site requires to use two-factor login and that does not yet is sent
/// to set it up first.
pub(super) async fn complete(
    state: &AppState,
    session: &AppSession,
    account: &user::Model,
    headers: &HeaderMap,
    next: &str,
) -> AppResult<Response> {
    session.log_in(account.id, state.now()).await?;
    session.set_device(&device::describe(headers)).await?;
    tracing::info!(user_id = account.id, "logged in");
    if two_factor::store::must_set_up(&state.db, account).await? {
        session.require_two_factor_setup().await?;
        return Ok(see_other("/account/two-factor"));
    }
    Ok(see_other(next))
}

pub async fn log_out(session: AppSession) -> AppResult<Response> {
    session.log_out().await?;
    session.flash("flash-logged-out").await?;
    Ok(see_other("/"))
}
