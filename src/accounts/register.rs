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
    notifications::{Email, enqueue, under_daily_cap},
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
    // Hashed whether or not the address has an account, so that the time taken tells nothing.
    let password_hash = users::hash_password(&password).await?;
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let account = NewAccount {
        email: email.clone(),
        display_name: profile.display_name,
        group: profile.group,
        organisation: profile.organisation,
        locale: profile.locale.code().to_owned(),
        role: PlatformRole::Participant,
        verified: false,
    };
    match users::create(&tx, account, password_hash, now).await {
        Ok(user) => {
            verify::queue_verification_email(&tx, &state, &user, now).await?;
            tx.commit().await?;
        }
        Err(CreateError::EmailTaken) => {
            // On PostgreSQL the refused insert ended the transaction: a new one tells the owner.
            drop(tx);
            let tx = db::begin_write(&state.db).await?;
            tell_owner(&tx, &state, &email, now).await?;
            tx.commit().await?;
        }
        Err(CreateError::Database(error)) => return Err(error.into()),
    }
    state.mail_wake.notify_one();
    // The same answer whether the address was free or taken: the form reveals no account.
    // The emailed link logs in and confirms; then on to `next` if it is opened here.
    if let Some(next) = local_path(Some(&form.next)) {
        session.set_after_confirm(next).await?;
    }
    Ok(see_other("/register/sent"))
}

/// Someone registered with an address that already has an account: its owner is told
/// (at most the day's number of such emails), and how to log in or choose a new password.
async fn tell_owner(
    db: &impl sea_orm::ConnectionTrait,
    state: &AppState,
    email: &EmailAddress,
    now: chrono::DateTime<chrono::Utc>,
) -> AppResult<()> {
    let Some(owner) = users::find_by_email(db, email).await? else {
        return Ok(());
    };
    let message = Email::AlreadyRegistered {
        name: owner.display_name.clone(),
        link: state.config.link("/password/forgot"),
    };
    let per_day = state.config.limits.mails_per_address_per_day;
    if !under_daily_cap(db, &owner.email, &message, per_day, now).await? {
        return Ok(());
    }
    let key = format!("already_registered:{}:{}", owner.id, now.timestamp_millis());
    enqueue(db, &owner.email, &owner.locale, &message, &key, now).await?;
    Ok(())
}

#[derive(Template)]
#[template(path = "accounts/register_sent.html")]
pub struct SentPage {
    ctx: PageCtx,
}

/// `GET /register/sent`: where every registration ends, free address or taken.
pub async fn sent(ctx: PageCtx) -> Page<SentPage> {
    Page::ok(SentPage { ctx })
}
