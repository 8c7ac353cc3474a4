//! Email verification: `GET /verify-email/{token}` and `POST /account/verification`.

use axum::{
    extract::{Path, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
};
use chrono::{DateTime, TimeDelta, Utc};
use entity::{TokenPurpose, user};
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, EntityTrait, Set};

use super::{invalid_link::InvalidLinkPage, login, tokens, two_factor};
use crate::{
    db,
    notifications::{Email, enqueue, under_daily_cap},
    web::{
        AppResult, AppSession, AppState, CurrentUser, Page, PageCtx, client::ClientAddr,
        rates::PerAddress, render::local_path, see_other,
    },
};

/// A new link is not sent more often than this, however often the button is pressed.
const RESEND_INTERVAL: TimeDelta = TimeDelta::minutes(1);

/// Issues a verification link and queues the email carrying it, inside the caller's
/// transaction.
pub async fn queue_verification_email(
    db: &impl ConnectionTrait,
    state: &AppState,
    user: &user::Model,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let token = tokens::issue(db, user.id, TokenPurpose::VerifyEmail, now).await?;
    let email = Email::VerifyEmail {
        name: user.display_name.clone(),
        link: state
            .config
            .link(&format!("/verify-email/{}", token.secret)),
    };
    enqueue(
        db,
        &user.email,
        &user.locale,
        &email,
        &format!("verify_email:{}", token.id),
        now,
    )
    .await?;
    Ok(())
}

/// Confirms the address. Opened by someone not logged in, the link also logs the account in:
/// it proves the address as a password would, and registering never logs in by itself (so
/// that the form cannot tell whether an address has an account). An account with
/// two-factor login is sent to the login instead.
pub async fn confirm(
    State(state): State<AppState>,
    session: AppSession,
    ctx: PageCtx,
    headers: HeaderMap,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let Some(user_id) = tokens::redeem(&tx, &token, TokenPurpose::VerifyEmail, now).await? else {
        return Ok(
            Page::with_status(StatusCode::GONE, InvalidLinkPage::verification(ctx)).into_response(),
        );
    };
    user::ActiveModel {
        id: Set(user_id),
        email_verified_at: Set(Some(now)),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(&tx)
    .await?;
    tx.commit().await?;
    session.flash("flash-email-verified").await?;
    if ctx.user.is_some() {
        return Ok(see_other("/account"));
    }
    let account = user::Entity::find_by_id(user_id).one(&state.db).await?;
    let Some(account) = account.filter(|a| a.deleted_at.is_none()) else {
        return Ok(see_other("/login"));
    };
    if two_factor::store::is_enabled(&state.db, account.id).await? {
        return Ok(see_other("/login"));
    }
    let next = session.take_after_confirm().await?;
    let next = next
        .as_deref()
        .and_then(|n| local_path(Some(n)))
        .unwrap_or("/account");
    login::complete(&state, &session, &account, &headers, next).await
}

pub async fn resend(
    State(state): State<AppState>,
    session: AppSession,
    user: CurrentUser,
    client: ClientAddr,
) -> AppResult<Response> {
    if user.verified {
        session.flash("flash-already-verified").await?;
        return Ok(see_other("/account"));
    }
    state.rates.check(PerAddress::AccountMail, client.0)?;
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let recently = tokens::last_issued_at(&tx, user.id, TokenPurpose::VerifyEmail)
        .await?
        .is_some_and(|at| now - at < RESEND_INTERVAL);
    if recently {
        session.flash("flash-verification-wait").await?;
        return Ok(see_other("/account"));
    }
    let model = user::Entity::find_by_id(user.id)
        .one(&tx)
        .await?
        .ok_or(crate::web::AppError::NotFound)?;
    let probe = Email::VerifyEmail {
        name: String::new(),
        link: String::new(),
    };
    let per_day = state.config.limits.mails_per_address_per_day;
    if !under_daily_cap(&tx, &model.email, &probe, per_day, now).await? {
        session.flash("flash-verification-today").await?;
        return Ok(see_other("/account"));
    }
    queue_verification_email(&tx, &state, &model, now).await?;
    tx.commit().await?;
    state.mail_wake.notify_one();
    session.flash("flash-verification-sent").await?;
    Ok(see_other("/account"))
}
