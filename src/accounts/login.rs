//! `GET/POST /login`, `POST /logout`.

use askama::Template;
use axum::{
    Form,
    extract::{Query, State},
    response::{IntoResponse, Response},
};
use serde::Deserialize;

use super::{domain::EmailAddress, users};
use crate::web::{
    AppResult, AppSession, AppState, FormErrors, Page, PageCtx, render::local_path, see_other,
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
    session.log_in(user.id, state.now()).await?;
    tracing::info!(user_id = user.id, "logged in");
    Ok(see_other(local_path(Some(&form.next)).unwrap_or("/")))
}

pub async fn log_out(session: AppSession) -> AppResult<Response> {
    session.log_out().await?;
    session.flash("flash-logged-out").await?;
    Ok(see_other("/"))
}
