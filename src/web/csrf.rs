//! Cross-site request forgery: every request that changes state must carry the session's
//! token, in the form field `_csrf` or the `X-CSRF-Token` header. One middleware checks
//! them all, so no handler can forget.

use axum::{
    body::{Body, to_bytes},
    extract::Request,
    http::{Method, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use serde::Deserialize;

use super::{AppError, RequestContext};
use crate::crypto::constant_time_eq;

/// The largest request body Tavolo accepts (a long proposal with room to spare).
pub const MAX_BODY_BYTES: usize = 256 * 1024;

pub const FORM_FIELD: &str = "_csrf";
const HEADER: &str = "x-csrf-token";

#[derive(Deserialize)]
struct TokenField {
    #[serde(rename = "_csrf")]
    csrf: Option<String>,
}

pub async fn verify_csrf(request: Request, next: Next) -> Response {
    // One-click unsubscribe (RFC 8058) is posted by mail clients without a session; the
    // signed token in its URL is what authorises it.
    if matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    ) || request.uri().path().starts_with("/unsubscribe/")
    {
        return next.run(request).await;
    }
    match check(request).await {
        Ok(request) => next.run(request).await,
        Err(error) => error.into_response(),
    }
}

/// Reads the token from the header or the form body, compares it with the session's, and
/// gives the request back with its body intact.
async fn check(request: Request) -> Result<Request, AppError> {
    let context = request
        .extensions()
        .get::<RequestContext>()
        .cloned()
        .ok_or(AppError::Csrf)?;
    let expected = context
        .session
        .existing_csrf_token()
        .await?
        .ok_or(AppError::Csrf)?;

    let from_header = request
        .headers()
        .get(HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let is_form = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));

    let (parts, body) = request.into_parts();
    let bytes = to_bytes(body, MAX_BODY_BYTES)
        .await
        .map_err(|_| AppError::PayloadTooLarge)?;
    let provided = match from_header {
        Some(token) => Some(token),
        None if is_form => serde_urlencoded::from_bytes::<TokenField>(&bytes)
            .ok()
            .and_then(|field| field.csrf),
        None => None,
    };
    match provided {
        Some(token) if constant_time_eq(&token, &expected) => {
            Ok(Request::from_parts(parts, Body::from(bytes)))
        }
        _ => Err(AppError::Csrf),
    }
}
