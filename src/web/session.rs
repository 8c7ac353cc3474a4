//! Typed access to the session: handlers never touch raw keys.
//!
//! A session is stored only once something is put in it: a login, a one-time message after
//! a form. Reading one never writes it back, except once a day (see [`AppSession::renew_daily`]).

use axum::{extract::FromRequestParts, http::request::Parts};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

use super::AppError;

const USER_ID: &str = "user_id";
const CSRF: &str = "csrf";
const FLASH: &str = "flash";
/// The day (days since 1970, UTC) the session's expiry was last pushed back.
const RENEWED_ON: &str = "renewed_on";
/// When this session was logged in (Unix seconds), for the list of one's sessions.
const SIGNED_IN_AT: &str = "signed_in_at";
/// A coarse description of the browser (see `device::describe`), for the same list.
const DEVICE: &str = "device";
/// A password accepted, a two-factor code still awaited (see [`PendingLogin`]).
const PENDING_LOGIN: &str = "pending_login";
/// Set at login for an account that must turn two-factor login on before anything else.
const TWO_FACTOR_SETUP: &str = "two_factor_setup";
/// Where to go once the address registered from this browser is confirmed.
const AFTER_CONFIRM: &str = "after_confirm";

/// How long the code page waits after the password, and how many wrong codes it takes.
const PENDING_LOGIN_SECONDS: i64 = 600;
const PENDING_LOGIN_ATTEMPTS: u8 = 5;

/// The day `at` falls on, as [`AppSession::renew_daily`] counts days.
pub fn day_number(at: DateTime<Utc>) -> i64 {
    at.timestamp().div_euclid(86_400)
}

/// A one-time message shown on the next page, as a Fluent key.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Flash {
    pub key: String,
}

/// Halfway through a two-factor login: the password was right, the code is awaited. Gives
/// no access: the account counts as logged in only once [`AppSession::log_in`] runs.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct PendingLogin {
    pub user_id: i64,
    /// Where to go after the code (a checked local path).
    pub next: String,
    started_at: i64,
    failures: u8,
}

/// What the list of one's sessions shows about a session, read from its stored data.
#[derive(Debug, Default, Deserialize)]
pub struct SessionFacts {
    #[serde(default)]
    pub signed_in_at: Option<i64>,
    #[serde(default)]
    pub renewed_on: Option<i64>,
    #[serde(default)]
    pub device: Option<String>,
}

#[derive(Clone)]
pub struct AppSession(pub Session);

impl AppSession {
    pub async fn user_id(&self) -> Result<Option<i64>, AppError> {
        Ok(self.0.get(USER_ID).await?)
    }

    /// Logs an account in: a new session id (against fixation) and a new CSRF token.
    pub async fn log_in(&self, user_id: i64, now: DateTime<Utc>) -> Result<(), AppError> {
        self.0.cycle_id().await?;
        self.0.remove::<PendingLogin>(PENDING_LOGIN).await?;
        self.0.insert(USER_ID, user_id).await?;
        self.0.insert(CSRF, new_token()).await?;
        self.0.insert(RENEWED_ON, day_number(now)).await?;
        self.0.insert(SIGNED_IN_AT, now.timestamp()).await?;
        Ok(())
    }

    /// Notes which browser this session is in (kept with the session, shown in its list).
    pub async fn set_device(&self, device: &str) -> Result<(), AppError> {
        self.0.insert(DEVICE, device).await?;
        Ok(())
    }

    /// This session's id, once it is stored.
    pub fn id(&self) -> Option<String> {
        self.0.id().map(|id| id.to_string())
    }

    /// The password was right; the account's second factor is awaited. The account is
    /// not logged in: [`Self::user_id`] stays empty until [`Self::log_in`].
    pub async fn await_second_factor(
        &self,
        user_id: i64,
        next: &str,
        now: DateTime<Utc>,
    ) -> Result<(), AppError> {
        let pending = PendingLogin {
            user_id,
            next: next.to_owned(),
            started_at: now.timestamp(),
            failures: 0,
        };
        self.0.insert(PENDING_LOGIN, pending).await?;
        Ok(())
    }

    /// The login awaiting its code, unless it is too old or had too many wrong codes.
    pub async fn pending_login(
        &self,
        now: DateTime<Utc>,
    ) -> Result<Option<PendingLogin>, AppError> {
        let pending = self.0.get::<PendingLogin>(PENDING_LOGIN).await?;
        Ok(pending.filter(|p| {
            now.timestamp() - p.started_at <= PENDING_LOGIN_SECONDS
                && p.failures < PENDING_LOGIN_ATTEMPTS
        }))
    }

    /// Counts a wrong code; returns whether the login may still be completed.
    pub async fn second_factor_failed(&self, mut pending: PendingLogin) -> Result<bool, AppError> {
        pending.failures += 1;
        let open = pending.failures < PENDING_LOGIN_ATTEMPTS;
        if open {
            self.0.insert(PENDING_LOGIN, pending).await?;
        } else {
            self.0.remove::<PendingLogin>(PENDING_LOGIN).await?;
        }
        Ok(open)
    }

    /// Sends this session to set up two-factor login before anything else.
    pub async fn require_two_factor_setup(&self) -> Result<(), AppError> {
        self.0.insert(TWO_FACTOR_SETUP, true).await?;
        Ok(())
    }

    pub async fn two_factor_setup_required(&self) -> Result<bool, AppError> {
        Ok(self.0.get::<bool>(TWO_FACTOR_SETUP).await?.unwrap_or(false))
    }

    pub async fn two_factor_set_up(&self) -> Result<(), AppError> {
        if self.two_factor_setup_required().await? {
            self.0.remove::<bool>(TWO_FACTOR_SETUP).await?;
        }
        Ok(())
    }

    /// Pushes a stored session's expiry back (14 idle days from now), at most once a day.
    ///
    /// The session layer writes a session back only when something in it changed; a page
    /// view changes nothing, so without this a session used every day would still end 14
    /// days after it began. Marking the day it was renewed is the change that makes the
    /// layer save it, with a new expiry, on the first request of each day. A session thus
    /// ends between 13 and 14 days after it was last used, and costs one write a day, not one
    /// per page. Only for a logged-in session: nothing is ever created by it.
    pub async fn renew_daily(&self, now: DateTime<Utc>) -> Result<(), AppError> {
        let today = day_number(now);
        // Reading loads the record first, which forgets an id the store does not know.
        let renewed = self.0.get::<i64>(RENEWED_ON).await?;
        if self.0.id().is_some() && renewed != Some(today) {
            self.0.insert(RENEWED_ON, today).await?;
        }
        Ok(())
    }

    /// Remembers where to go once the address just registered from this browser is
    /// confirmed (an invitation, say), should its link be opened here.
    pub async fn set_after_confirm(&self, next: &str) -> Result<(), AppError> {
        self.0.insert(AFTER_CONFIRM, next).await?;
        Ok(())
    }

    /// Where [`Self::set_after_confirm`] said to go, forgotten once read.
    pub async fn take_after_confirm(&self) -> Result<Option<String>, AppError> {
        Ok(self.0.remove(AFTER_CONFIRM).await?)
    }

    /// Forgets everything and deletes the stored session.
    pub async fn log_out(&self) -> Result<(), AppError> {
        self.0.flush().await?;
        Ok(())
    }

    /// The session's CSRF token, created on first use.
    pub async fn csrf_token(&self) -> Result<String, AppError> {
        if let Some(token) = self.0.get::<String>(CSRF).await? {
            return Ok(token);
        }
        let token = new_token();
        self.0.insert(CSRF, &token).await?;
        Ok(token)
    }

    /// The stored CSRF token, without creating one.
    pub async fn existing_csrf_token(&self) -> Result<Option<String>, AppError> {
        Ok(self.0.get(CSRF).await?)
    }

    pub async fn flash(&self, key: &str) -> Result<(), AppError> {
        self.0
            .insert(
                FLASH,
                Flash {
                    key: key.to_owned(),
                },
            )
            .await?;
        Ok(())
    }

    /// The one-time message, removed as it is shown. Removing marks the session changed, so
    /// it is done only when there is a message: otherwise every page view would save it.
    /// A visitor who is not logged in has a session only to carry such a message (after
    /// logging out, say): once it is shown, the session is deleted and its cookie cleared.
    pub async fn take_flash(&self) -> Result<Option<Flash>, AppError> {
        let Some(flash) = self.0.get::<Flash>(FLASH).await? else {
            return Ok(None);
        };
        if self.user_id().await?.is_some() {
            self.0.remove::<Flash>(FLASH).await?;
        } else {
            self.0.flush().await?;
        }
        Ok(Some(flash))
    }
}

fn new_token() -> String {
    crate::crypto::random_token()
}

impl<S: Send + Sync> FromRequestParts<S> for AppSession {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<Session>()
            .cloned()
            .map(AppSession)
            .ok_or_else(|| AppError::Internal(anyhow::anyhow!("the session layer is missing")))
    }
}
