//! `GET/POST /login`, `POST /logout`.

use askama::Template;
use axum::{
    Form,
    extract::{Query, State},
    http::HeaderMap,
    response::{IntoResponse, Response},
};
use chrono::{DateTime, Utc};
use entity::user;
use serde::Deserialize;

use super::{domain::EmailAddress, throttle, two_factor, users};
use crate::{
    db,
    web::{
        AppResult, AppSession, AppState, FormErrors, Page, PageCtx,
        client::ClientAddr,
        device,
        error::{refused_form, wait_message},
        render::local_path,
        see_other,
    },
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
    /// After too many failures: when to try again.
    wait: Option<String>,
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
        wait: None,
    })
    .into_response())
}

pub async fn submit(
    State(state): State<AppState>,
    session: AppSession,
    ctx: PageCtx,
    client: ClientAddr,
    headers: HeaderMap,
    Form(mut form): Form<LoginForm>,
) -> AppResult<Response> {
    let email = EmailAddress::parse(&form.email);
    let typed = email.as_ref().map(EmailAddress::as_str);
    let limits = &state.config.limits;
    let now = state.now();
    // Before the password is looked at: during a wait or a lock even the right one is refused.
    if let Some(left) = throttle::wait(&state.db, limits, typed, client.0, now).await? {
        let seconds = u64::try_from(left.num_milliseconds()).map_or(1, |ms| ms.div_ceil(1000));
        form.password.clear();
        let mut errors = FormErrors::new();
        errors.add("email", "error-login-throttled");
        let wait = Some(wait_message(&ctx.locale, seconds));
        let page = Page::ok(LoginPage {
            ctx,
            form,
            errors,
            wait,
        });
        return Ok(refused_form(seconds, page.into_response()));
    }
    let user = match &email {
        Some(email) => users::find_by_email(&state.db, email).await?,
        None => None,
    };
    // Hash even when there is no such account, so timing does not reveal which addresses
    // have one.
    let stored_hash = match &user {
        Some(user) => user.password_hash.clone(),
        None => users::dummy_hash().await.to_owned(),
    };
    let matches = users::password_matches(&form.password, &stored_hash).await;
    let user = match (user, matches) {
        (Some(user), true) => user,
        (user, _) => {
            return failed(&state, (ctx, form), (typed, user.as_ref()), client, now).await;
        }
    };
    throttle::clear(&state.db, &user.email).await?;
    let next = local_path(Some(&form.next)).unwrap_or("/");
    if two_factor::store::is_enabled(&state.db, user.id).await? {
        // Not logged in yet: the session only remembers whose code to ask for.
        session.await_second_factor(user.id, next, now).await?;
        return Ok(see_other("/login/code"));
    }
    complete(&state, &session, &user, &headers, next).await
}

/// A wrong password (or no such account: the same answer): counted, and the form again.
async fn failed(
    state: &AppState,
    (ctx, mut form): (PageCtx, LoginForm),
    target: (Option<&str>, Option<&user::Model>),
    client: ClientAddr,
    now: DateTime<Utc>,
) -> AppResult<Response> {
    let tx = db::begin_write(&state.db).await?;
    let forgot = state.config.link("/password/forgot");
    let limits = &state.config.limits;
    throttle::record_failure(&tx, (limits, forgot), target, client.0, now).await?;
    tx.commit().await?;
    state.mail_wake.notify_one();
    form.password.clear();
    let mut errors = FormErrors::new();
    errors.add("email", "error-login-failed");
    let page = LoginPage {
        ctx,
        form,
        errors,
        wait: None,
    };
    Ok(Page::invalid(page).into_response())
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
