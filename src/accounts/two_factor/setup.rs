//! `/account/two-factor`: turning two-factor login on (a new secret shown as text and as a
//! QR code, confirmed with a code before it counts), new recovery codes, turning it off.

use askama::Template;
use axum::{
    Form,
    extract::State,
    response::{IntoResponse, Response},
};
use serde::Deserialize;

use super::{secret, store};
use crate::{
    accounts::{profile, users},
    audit, db,
    web::{AppResult, AppSession, AppState, CurrentUser, FormErrors, Page, PageCtx, see_other},
};

/// Where an account stands with two-factor login.
pub enum Stage {
    Off,
    /// A secret drawn, not yet confirmed with a code.
    Confirming {
        secret_text: String,
        qr_image: Option<String>,
    },
    On {
        recovery_codes_left: i64,
    },
}

#[derive(Template)]
#[template(path = "accounts/two_factor.html")]
pub struct TwoFactorPage {
    ctx: PageCtx,
    stage: Stage,
    /// The site requires it of this account before anything else.
    required: bool,
    errors: FormErrors,
}

#[derive(Template)]
#[template(path = "accounts/recovery_codes.html")]
pub struct RecoveryCodesPage {
    ctx: PageCtx,
    codes: Vec<String>,
}

/// The Fluent key of what was wrong with a code, if it was not accepted.
pub(super) fn verdict_problem(verdict: store::Verdict) -> Option<&'static str> {
    match verdict {
        store::Verdict::Accepted => None,
        store::Verdict::Refused => Some("error-two-factor-code"),
        store::Verdict::Locked => Some("error-two-factor-locked"),
    }
}

async fn page(
    state: &AppState,
    session: &AppSession,
    user: &CurrentUser,
    ctx: PageCtx,
    errors: FormErrors,
) -> AppResult<Response> {
    let stage = match store::find(&state.db, user.id).await? {
        Some(row) if row.enabled_at.is_some() => Stage::On {
            recovery_codes_left: i64::try_from(
                store::recovery_codes_left(&state.db, user.id).await?,
            )
            .unwrap_or(i64::MAX),
        },
        Some(row) => match secret::unseal(&state.signing_key, &row.secret_sealed) {
            Some(bytes) => Stage::Confirming {
                secret_text: secret::as_text(&bytes),
                qr_image: secret::totp(&bytes, &user.email).and_then(|t| secret::qr_image(&t)),
            },
            None => Stage::Off,
        },
        None => Stage::Off,
    };
    let required = session.two_factor_setup_required().await?;
    let page = TwoFactorPage {
        ctx,
        stage,
        required,
        errors,
    };
    Ok(if page.errors.is_empty() {
        Page::ok(page).into_response()
    } else {
        Page::invalid(page).into_response()
    })
}

pub async fn show(
    State(state): State<AppState>,
    session: AppSession,
    user: CurrentUser,
    ctx: PageCtx,
) -> AppResult<Response> {
    page(&state, &session, &user, ctx, FormErrors::new()).await
}

/// Draws a secret to set up (again, if a set-up was left unfinished).
pub async fn start(State(state): State<AppState>, user: CurrentUser) -> AppResult<Response> {
    store::begin_setup(&state.db, &state.signing_key, user.id, state.now()).await?;
    Ok(see_other("/account/two-factor"))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CodeForm {
    pub code: String,
}

/// A code from the app proves it was set up right: two-factor login is on from now, and
/// the recovery codes are shown, once.
pub async fn confirm(
    State(state): State<AppState>,
    session: AppSession,
    user: CurrentUser,
    ctx: PageCtx,
    Form(form): Form<CodeForm>,
) -> AppResult<Response> {
    recovery_codes_for_app_code(&state, &session, &user, ctx, &form.code, true).await
}

/// New recovery codes (the old ones stop working), with a code from the app.
pub async fn new_recovery_codes(
    State(state): State<AppState>,
    session: AppSession,
    user: CurrentUser,
    ctx: PageCtx,
    Form(form): Form<CodeForm>,
) -> AppResult<Response> {
    recovery_codes_for_app_code(&state, &session, &user, ctx, &form.code, false).await
}

/// With a right code from the app, new recovery codes, shown once; when `confirming` a
/// set-up, two-factor login is turned on in the same transaction.
async fn recovery_codes_for_app_code(
    state: &AppState,
    session: &AppSession,
    user: &CurrentUser,
    ctx: PageCtx,
    code: &str,
    confirming: bool,
) -> AppResult<Response> {
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let row = store::find(&tx, user.id)
        .await?
        .filter(|row| row.enabled_at.is_none() == confirming);
    let Some(row) = row else {
        return Ok(see_other("/account/two-factor"));
    };
    let verdict = store::accept_code(&tx, &state.signing_key, &row, code, now).await?;
    if let Some(problem) = verdict_problem(verdict) {
        // The wrong code is counted: commit that.
        tx.commit().await?;
        let mut errors = FormErrors::new();
        errors.add("code", problem);
        return page(state, session, user, ctx, errors).await;
    }
    let action = if confirming {
        store::enable(&tx, user.id, now).await?;
        "account.two_factor_on"
    } else {
        "account.recovery_codes_renewed"
    };
    audit::own_account(&tx, user.id, action, now).await?;
    let codes = store::issue_recovery_codes(&tx, user.id, now).await?;
    tx.commit().await?;
    if confirming {
        session.two_factor_set_up().await?;
        tracing::info!(user_id = user.id, "two-factor login turned on");
    }
    Ok(Page::ok(RecoveryCodesPage { ctx, codes }).into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct TurnOffForm {
    pub password: String,
    /// Named apart from the recovery codes form's `code` on the same page.
    pub off_code: String,
}

/// Turning it off takes the password and a code (or a recovery code).
pub async fn turn_off(
    State(state): State<AppState>,
    session: AppSession,
    user: CurrentUser,
    ctx: PageCtx,
    Form(form): Form<TurnOffForm>,
) -> AppResult<Response> {
    let account = profile::load(&state, &user).await?;
    let mut errors = FormErrors::new();
    if !users::password_matches(&form.password, &account.password_hash).await {
        errors.add("password", "error-current-password");
    }
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let verdict =
        store::accept_second_factor(&tx, &state.signing_key, user.id, &form.off_code, now).await?;
    if let Some(problem) = verdict_problem(verdict) {
        errors.add("off_code", problem);
    }
    if !errors.is_empty() {
        // A code used up with a wrong password stays used: commit that.
        tx.commit().await?;
        return page(&state, &session, &user, ctx, errors).await;
    }
    store::disable(&tx, user.id).await?;
    audit::own_account(&tx, user.id, "account.two_factor_off", now).await?;
    tx.commit().await?;
    tracing::info!(user_id = user.id, "two-factor login turned off");
    if store::must_set_up(&state.db, &account).await? {
        session.require_two_factor_setup().await?;
    }
    session.flash("flash-two-factor-off").await?;
    Ok(see_other("/account"))
}
