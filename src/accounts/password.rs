//! Forgotten password (`/password/forgot`, `/password/reset/{token}`) and password change
//! (`POST /account/password`).

use askama::Template;
use axum::{
    Form,
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use entity::{TokenPurpose, user};
use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use serde::Deserialize;

use super::{
    domain::{EmailAddress, Password},
    invalid_link::InvalidLinkPage,
    strength, tokens, users,
};
use crate::{
    db,
    notifications::{Email, enqueue, under_daily_cap},
    web::{
        AppError, AppResult, AppSession, AppState, CurrentUser, FormErrors, Page, PageCtx,
        client::ClientAddr, rates::PerAddress, see_other, session_store::DbSessionStore,
    },
};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ForgotForm {
    pub email: String,
}

#[derive(Template)]
#[template(path = "accounts/forgot.html")]
pub struct ForgotPage {
    ctx: PageCtx,
    form: ForgotForm,
    errors: FormErrors,
    /// After a request: the same confirmation whether or not the address has an account.
    sent: bool,
}

pub async fn show_forgot(ctx: PageCtx) -> Page<ForgotPage> {
    Page::ok(ForgotPage {
        ctx,
        form: ForgotForm::default(),
        errors: FormErrors::new(),
        sent: false,
    })
}

pub async fn forgot(
    State(state): State<AppState>,
    ctx: PageCtx,
    client: ClientAddr,
    Form(form): Form<ForgotForm>,
) -> AppResult<Response> {
    let Some(email) = EmailAddress::parse(&form.email) else {
        let mut errors = FormErrors::new();
        errors.add("email", "error-email-invalid");
        return Ok(Page::invalid(ForgotPage {
            ctx,
            form,
            errors,
            sent: false,
        })
        .into_response());
    };
    // Per address, whether or not it names an account: the answer reveals nothing.
    state.rates.check(PerAddress::AccountMail, client.0)?;
    let now = state.now();
    let per_day = state.config.limits.mails_per_address_per_day;
    let tx = db::begin_write(&state.db).await?;
    if let Some(user) = users::find_by_email(&tx, &email).await? {
        let message = |link| Email::PasswordReset {
            name: user.display_name.clone(),
            link,
        };
        // Past the day's cap the page answers the same; the email is just not sent again.
        if under_daily_cap(&tx, &user.email, &message(String::new()), per_day, now).await? {
            let token = tokens::issue(&tx, user.id, TokenPurpose::PasswordReset, now).await?;
            let link = state
                .config
                .link(&format!("/password/reset/{}", token.secret));
            let key = format!("password_reset:{}", token.id);
            enqueue(&tx, &user.email, &user.locale, &message(link), &key, now).await?;
        }
    }
    tx.commit().await?;
    state.mail_wake.notify_one();
    Ok(Page::ok(ForgotPage {
        ctx,
        form,
        errors: FormErrors::new(),
        sent: true,
    })
    .into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ResetForm {
    pub password: String,
}

#[derive(Template)]
#[template(path = "accounts/reset.html")]
pub struct ResetPage {
    ctx: PageCtx,
    token: String,
    errors: FormErrors,
}

fn invalid_reset_link(ctx: PageCtx) -> Response {
    Page::with_status(StatusCode::GONE, InvalidLinkPage::reset(ctx)).into_response()
}

pub async fn show_reset(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    if tokens::peek(&state.db, &token, TokenPurpose::PasswordReset, state.now())
        .await?
        .is_none()
    {
        return Ok(invalid_reset_link(ctx));
    }
    Ok(Page::ok(ResetPage {
        ctx,
        token,
        errors: FormErrors::new(),
    })
    .into_response())
}

pub async fn reset(
    State(state): State<AppState>,
    session: AppSession,
    ctx: PageCtx,
    Path(token): Path<String>,
    Form(form): Form<ResetForm>,
) -> AppResult<Response> {
    // The person's name and address count as easy to guess.
    let Some(user_id) =
        tokens::peek(&state.db, &token, TokenPurpose::PasswordReset, state.now()).await?
    else {
        return Ok(invalid_reset_link(ctx));
    };
    let person = user::Entity::find_by_id(user_id)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let password = Password::parse(&form.password)
        .and_then(|p| strength::check(p.expose(), &person.email, &person.display_name).map(|()| p));
    let password = match password {
        Ok(password) => password,
        Err(problem) => {
            let mut errors = FormErrors::new();
            errors.add("password", problem);
            return Ok(Page::invalid(ResetPage { ctx, token, errors }).into_response());
        }
    };
    let password_hash = users::hash_password(&password).await?;
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let Some(user_id) = tokens::redeem(&tx, &token, TokenPurpose::PasswordReset, now).await? else {
        return Ok(invalid_reset_link(ctx));
    };
    users::set_password(&tx, user_id, password_hash, now).await?;
    tokens::retire_all(&tx, user_id, TokenPurpose::PasswordReset, now).await?;
    // The link proves the address is theirs.
    let account = user::Entity::find_by_id(user_id)
        .one(&tx)
        .await?
        .ok_or(AppError::NotFound)?;
    if account.email_verified_at.is_none() {
        user::ActiveModel {
            id: Set(user_id),
            email_verified_at: Set(Some(now)),
            ..Default::default()
        }
        .update(&tx)
        .await?;
    }
    // Whoever knew the old password is logged out everywhere.
    DbSessionStore::delete_for_user(&tx, user_id)
        .await
        .map_err(|e| AppError::Internal(anyhow::anyhow!(e)))?;
    tx.commit().await?;
    session.log_out().await?;
    session.flash("flash-password-reset").await?;
    Ok(see_other("/login"))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ChangePasswordForm {
    pub current_password: String,
    pub new_password: String,
}

pub async fn change(
    State(state): State<AppState>,
    session: AppSession,
    user: CurrentUser,
    ctx: PageCtx,
    Form(form): Form<ChangePasswordForm>,
) -> AppResult<Response> {
    let account = super::profile::load(&state, &user).await?;
    let mut errors = FormErrors::new();
    if !users::password_matches(&form.current_password, &account.password_hash).await {
        errors.add("current_password", "error-current-password");
    }
    let password = Password::parse(&form.new_password)
        .and_then(|p| {
            strength::check(p.expose(), &account.email, &account.display_name).map(|()| p)
        })
        .map_err(|e| errors.add("new_password", e))
        .ok();
    let Some(password) = password.filter(|_| errors.is_empty()) else {
        return Ok(super::profile::page_with_password_errors(
            &state, &session, ctx, account, errors,
        )
        .await?
        .into_response());
    };
    let password_hash = users::hash_password(&password).await?;
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    users::set_password(&tx, user.id, password_hash, now).await?;
    DbSessionStore::delete_for_user(&tx, user.id)
        .await
        .map_err(|e| AppError::Internal(anyhow::anyhow!(e)))?;
    tx.commit().await?;
    // This browser stays logged in, under a new session id; every other one is logged out.
    session.log_in(user.id, now).await?;
    session.flash("flash-password-changed").await?;
    Ok(see_other("/account"))
}
