//! `GET/POST /register`.

use askama::Template;
use axum::{
    Form,
    extract::{Query, State},
    response::Response,
};
use entity::PlatformRole;
use serde::Deserialize;

use super::{
    domain::{EmailAddress, GROUPS, Password, Profile},
    strength,
    users::{self, CreateError, NewAccount},
    verify,
};
use crate::{
    db,
    web::{
        AppError, AppResult, AppSession, AppState, FormErrors, Page, PageCtx, client::ClientAddr,
        error::refused_form, rates::PerAddress, render::local_path, see_other,
    },
};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RegisterForm {
    pub display_name: String,
    pub email: String,
    pub password: String,
    pub stakeholder_group: String,
    pub organisation: String,
    pub locale: String,
    pub privacy_consent: Option<String>,
    /// Where to go once registered (an invitation link, for example).
    pub next: String,
}

#[derive(Template)]
#[template(path = "accounts/register.html")]
pub struct RegisterPage {
    ctx: PageCtx,
    form: RegisterForm,
    errors: FormErrors,
    groups: [&'static str; 4],
}

#[derive(Debug, Default, Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

pub async fn show(ctx: PageCtx, Query(query): Query<NextQuery>) -> AppResult<Response> {
    let next = local_path(query.next.as_deref())
        .unwrap_or_default()
        .to_owned();
    if ctx.user.is_some() {
        return Ok(see_other(if next.is_empty() { "/account" } else { &next }));
    }
    let form = RegisterForm {
        locale: ctx.lang().to_owned(),
        next,
        ..Default::default()
    };
    Ok(page(ctx, form, FormErrors::new()))
}

fn page(ctx: PageCtx, form: RegisterForm, errors: FormErrors) -> Response {
    use axum::response::IntoResponse;
    let page = RegisterPage {
        ctx,
        form,
        errors,
        groups: GROUPS,
    };
    if page.errors.is_empty() {
        Page::ok(page).into_response()
    } else {
        Page::invalid(page).into_response()
    }
}

pub async fn submit(
    State(state): State<AppState>,
    session: AppSession,
    ctx: PageCtx,
    headers: axum::http::HeaderMap,
    client: ClientAddr,
    Form(mut form): Form<RegisterForm>,
) -> AppResult<Response> {
    let mut errors = FormErrors::new();
    let profile = Profile::parse(
        &form.display_name,
        &form.stakeholder_group,
        &form.organisation,
        &form.locale,
        &mut errors,
    );
    let email = EmailAddress::parse(&form.email);
    if email.is_none() {
        errors.add("email", "error-email-invalid");
    }
    let password = Password::parse(&form.password)
        .and_then(|p| strength::check(p.expose(), &form.email, &form.display_name).map(|()| p))
        .map_err(|e| errors.add("password", e))
        .ok();
    if form.privacy_consent.is_none() {
        errors.add("privacy_consent", "error-consent-required");
    }
    // Never send a password back to the browser.
    form.password.clear();
    let (Some(profile), Some(email), Some(password), true) =
        (profile, email, password, errors.is_empty())
    else {
        return Ok(page(ctx, form, errors));
    };

    if let Err(AppError::TooManyRequests(seconds)) =
        state.rates.check(PerAddress::Registration, client.0)
    {
        errors.add("email", "error-registrations-limit");
        return Ok(refused_form(seconds, page(ctx, form, errors)));
    }
    let password_hash = users::hash_password(&password).await?;
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let account = NewAccount {
        email,
        display_name: profile.display_name,
        group: profile.group,
        organisation: profile.organisation,
        locale: profile.locale.code().to_owned(),
        role: PlatformRole::Participant,
        verified: false,
    };
    let user = match users::create(&tx, account, password_hash, now).await {
        Ok(user) => user,
        Err(CreateError::EmailTaken) => {
            errors.add("email", "error-email-taken");
            return Ok(page(ctx, form, errors));
        }
        Err(CreateError::Database(error)) => return Err(error.into()),
    };
    verify::queue_verification_email(&tx, &state, &user, now).await?;
    tx.commit().await?;
    state.mail_wake.notify_one();

    session.log_in(user.id, now).await?;
    session
        .set_device(&crate::web::device::describe(&headers))
        .await?;
    session.flash("flash-registered").await?;
    Ok(see_other(
        local_path(Some(&form.next)).unwrap_or("/account"),
    ))
}
