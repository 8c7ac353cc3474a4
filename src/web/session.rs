//! Typed access to the session: handlers never touch raw keys.

use axum::{extract::FromRequestParts, http::request::Parts};
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

use super::AppError;

const USER_ID: &str = "user_id";
const CSRF: &str = "csrf";
const FLASH: &str = "flash";

/// A one-time message shown on the next page, as a Fluent key.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Flash {
    pub key: String,
}

#[derive(Clone)]
pub struct AppSession(pub Session);

impl AppSession {
    pub async fn user_id(&self) -> Result<Option<i64>, AppError> {
        Ok(self.0.get(USER_ID).await?)
    }

    /// Logs an account in: a new session id (against fixation) and a new CSRF token.
    pub async fn log_in(&self, user_id: i64) -> Result<(), AppError> {
        self.0.cycle_id().await?;
        self.0.insert(USER_ID, user_id).await?;
        self.0.insert(CSRF, new_token()).await?;
        Ok(())
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

    pub async fn take_flash(&self) -> Result<Option<Flash>, AppError> {
        Ok(self.0.remove(FLASH).await?)
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
