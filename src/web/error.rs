//! One error type for every handler. Its response carries what went wrong in an extension;
//! the context middleware logs it with the request id and renders the page in the
//! visitor's language.

use axum::{
    http::StatusCode,
    response::{IntoResponse, Response},
};
use sea_orm::DbErr;
use tower_sessions::{session, session_store};

use crate::{db, policy::Denial};

pub type AppResult<T> = Result<T, AppError>;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    /// The argument is the Fluent key of the reason shown to the visitor.
    #[error("forbidden: {0}")]
    Forbidden(&'static str),
    #[error("missing or invalid CSRF token")]
    Csrf,
    #[error("request body too large")]
    PayloadTooLarge,
    #[error("bad request: {0}")]
    BadRequest(&'static str),
    /// A limit on what one person or address may do was reached; it may try again after
    /// this many seconds (`Retry-After`).
    #[error("too many requests; retry after {0} s")]
    TooManyRequests(u64),
    #[error("database error: {0}")]
    Database(#[from] DbErr),
    #[error("session error: {0}")]
    Session(#[from] tower_sessions::session::Error),
    #[error("internal error: {0:#}")]
    Internal(#[from] anyhow::Error),
}

/// A refusal by the policy: a consultation the visitor may not know of is a 404, an action
/// not theirs a 403 with the policy's reason.
impl From<Denial> for AppError {
    fn from(denial: Denial) -> Self {
        match denial {
            Denial::NotFound => AppError::NotFound,
            Denial::Forbidden(reason) => AppError::Forbidden(reason),
        }
    }
}

/// What the error page shows; put in the response's extensions by `into_response`.
#[derive(Debug, Clone)]
pub struct ErrorInfo {
    /// Fluent key of the explanation.
    pub message_key: &'static str,
    /// The internal cause, logged but never shown.
    pub cause: Option<String>,
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Forbidden(_) | AppError::Csrf => StatusCode::FORBIDDEN,
            AppError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            // The database failing, not the query: the visitor can try again.
            AppError::Database(error) if db::is_outage(error) => StatusCode::SERVICE_UNAVAILABLE,
            // The store only fails this way when the database cannot be reached.
            AppError::Session(session::Error::Store(session_store::Error::Backend(_))) => {
                StatusCode::SERVICE_UNAVAILABLE
            }
            AppError::Database(_) | AppError::Session(_) | AppError::Internal(_) => {
                StatusCode::INTERNAL_SERVER_ERROR
            }
        }
    }

    fn message_key(&self) -> &'static str {
        match self {
            AppError::Forbidden(key) | AppError::BadRequest(key) => key,
            AppError::Csrf => "error-csrf",
            _ => message_key_for(self.status()),
        }
    }
}

/// The explanation shown for a status that has no more specific one.
pub fn message_key_for(status: StatusCode) -> &'static str {
    match status {
        StatusCode::NOT_FOUND => "error-not-found",
        StatusCode::FORBIDDEN => "error-forbidden",
        StatusCode::PAYLOAD_TOO_LARGE => "error-too-large",
        StatusCode::SERVICE_UNAVAILABLE => "error-unavailable",
        StatusCode::METHOD_NOT_ALLOWED => "error-method",
        StatusCode::TOO_MANY_REQUESTS => "error-too-many-requests",
        status if status.is_client_error() => "error-bad-request",
        _ => "error-internal",
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = self.status();
        let cause = status.is_server_error().then(|| self.to_string());
        let mut response = match self {
            AppError::TooManyRequests(seconds) => retry_after(seconds, status.into_response()),
            _ => status.into_response(),
        };
        response.extensions_mut().insert(ErrorInfo {
            message_key: self.message_key(),
            cause,
        });
        response
    }
}

/// `response` with a `Retry-After` of `seconds` (at least 1: 0 would invite a retry loop).
pub fn retry_after(seconds: u64, mut response: Response) -> Response {
    response.headers_mut().insert(
        axum::http::header::RETRY_AFTER,
        axum::http::HeaderValue::from(seconds.max(1)),
    );
    response
}

/// A form shown again after a limit refused it: 429 with `Retry-After`, the input kept.
pub fn refused_form(seconds: u64, mut form_page: Response) -> Response {
    *form_page.status_mut() = StatusCode::TOO_MANY_REQUESTS;
    retry_after(seconds, form_page)
}

/// "Try again in N minutes", N rounded up, in `locale`.
pub fn wait_message(locale: &crate::i18n::Locale, seconds: u64) -> String {
    let minutes = i64::try_from(seconds.max(1).div_ceil(60)).unwrap_or(i64::MAX);
    locale.t_count("error-too-many-requests", minutes)
}
