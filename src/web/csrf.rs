//! Cross-site request forgery. Every request that changes state (any method but GET, HEAD
//! and OPTIONS) passes one middleware, so no handler can forget. It is refused unless:
//!
//! 1. **The browser does not say it comes from another site.** `Sec-Fetch-Site` must be
//!    `same-origin` (or `none`: typed by the person); without it, an `Origin` header must
//!    name this site (its base URL or the host asked for). Browsers have sent one of the two
//!    on every form post for years; a request with neither (a script, a very old browser)
//!    goes on to the token alone.
//! 2. **It carries the right token**, in the form field `_csrf` (of a urlencoded form, or of
//!    the `multipart/form-data` body of an upload) or the `X-CSRF-Token` header:
//!    - logged in: the random token kept in the session, renewed at each login;
//!    - not logged in: `HMAC(site key, nonce)`, where the nonce is the visitor's own
//!      `tavolo_csrf` cookie (HttpOnly, `SameSite=Lax`, gone when the browser closes).
//!      Nothing is stored on the server, so a crowd reading the site costs no writes. The
//!      cookie is set by a page only when it actually writes a form token for a visitor who
//!      has none (`FormToken` draws the nonce as the template prints it): the login,
//!      registration and password pages, never pages that are only read. Another visitor's
//!      token does not match one's own cookie, a forging site can neither read the cookie
//!      nor sign without the key, and `SameSite=Lax` keeps the cookie off its posts. (Not
//!      `Strict`: arriving from a link elsewhere would then draw a new nonce and spoil
//!      the forms already open in other tabs.)
//!
//! The one exception is the language switch in every page's header: a visitor who is not
//! logged in may post it without a token, because all it does for them is set their language
//! cookie, and a token would mean a cookie on every page. Rule 1 still refuses it from another
//! site; for a logged-in account, whose setting it changes, it needs the session's token.
//! One-click unsubscribe (RFC 8058) is posted by mail clients; the signed token in its URL is
//! what authorises it.

use axum::{
    body::{Body, Bytes, to_bytes},
    extract::{Request, State},
    http::{HeaderValue, Method, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use serde::Deserialize;
use tower_sessions::cookie::{Cookie, SameSite};

use super::{AppError, AppState, RequestContext, form_token::COOKIE};
use crate::crypto::constant_time_eq;

/// The largest request body Tavolo accepts (a long proposal with room to spare), but for
/// uploads.
pub const MAX_BODY_BYTES: usize = 256 * 1024;

/// The one route that takes files (`multipart/form-data`): its body may hold a document of
/// `TAVOLO_MAX_UPLOAD_MB` and the form around it.
pub const UPLOAD_PATH: &str = "/documents";

/// Room for the form's other fields and the multipart framing around an upload's file.
const UPLOAD_FORM_BYTES: usize = 64 * 1024;

/// The largest body this request may have: an upload's allowance for `POST` to
/// [`UPLOAD_PATH`], [`MAX_BODY_BYTES`] for everything else.
pub fn body_limit(method: &Method, path: &str, max_upload_bytes: usize) -> usize {
    if method == Method::POST && path == UPLOAD_PATH {
        max_upload_bytes.saturating_add(UPLOAD_FORM_BYTES)
    } else {
        MAX_BODY_BYTES
    }
}

pub const FORM_FIELD: &str = "_csrf";
const HEADER: &str = "x-csrf-token";
/// The form anonymous visitors may post without a token (see the module documentation).
const LANGUAGE_SWITCH: &str = "/language";

#[derive(Deserialize)]
struct TokenField {
    #[serde(rename = "_csrf")]
    csrf: Option<String>,
}

/// Middleware: checks every state-changing request (see the module documentation), and sets
/// the `tavolo_csrf` cookie when the page just rendered drew a nonce for its forms.
pub async fn verify_csrf(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let visitor = request
        .extensions()
        .get::<RequestContext>()
        .map(|context| context.visitor_token.clone());
    let changes_state = !matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    ) && !request.uri().path().starts_with("/unsubscribe/");
    let mut response = if changes_state {
        match check(&state, request).await {
            Ok(request) => next.run(request).await,
            Err(error) => return error.into_response(),
        }
    } else {
        next.run(request).await
    };
    if let Some(nonce) = visitor.as_ref().and_then(|v| v.drawn_nonce()) {
        let cookie = Cookie::build((COOKIE, nonce))
            .path("/")
            .http_only(true)
            .same_site(SameSite::Lax)
            .secure(state.config.secure_cookies())
            .build();
        if let Ok(value) = HeaderValue::from_str(&cookie.to_string()) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

/// Checks where the request comes from and its token, and gives it back with its body intact.
async fn check(state: &AppState, request: Request) -> Result<Request, AppError> {
    let context = request
        .extensions()
        .get::<RequestContext>()
        .cloned()
        .ok_or(AppError::Csrf)?;
    if !sent_from_this_site(&request, &state.config.base_url) {
        return Err(AppError::Csrf);
    }
    let limit = body_limit(
        request.method(),
        request.uri().path(),
        state.config.max_upload_bytes(),
    );
    let (request, provided) = read_token(request, limit).await?;
    let accepted = match (&context.user, provided) {
        (Some(_), Some(token)) => context
            .session
            .existing_csrf_token()
            .await?
            .is_some_and(|expected| constant_time_eq(&token, &expected)),
        (Some(_), None) => false,
        (None, Some(token)) => {
            context.visitor_token.accepts(&token)
                // A page rendered before tokens stopped being kept in sessions.
                || context
                    .session
                    .existing_csrf_token()
                    .await?
                    .is_some_and(|expected| constant_time_eq(&token, &expected))
                || request.uri().path() == LANGUAGE_SWITCH
        }
        (None, None) => request.uri().path() == LANGUAGE_SWITCH,
    };
    if accepted {
        Ok(request)
    } else {
        Err(AppError::Csrf)
    }
}

/// Rule 1: false when the browser says the request was made by another site.
fn sent_from_this_site(request: &Request, base_url: &str) -> bool {
    let headers = request.headers();
    if let Some(site) = headers.get("sec-fetch-site") {
        return matches!(site.as_bytes(), b"same-origin" | b"none");
    }
    let Some(origin) = headers.get(header::ORIGIN) else {
        return true;
    };
    let Ok(origin) = origin.to_str() else {
        return false;
    };
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .or_else(|| request.uri().authority().map(|a| a.as_str()));
    origin.eq_ignore_ascii_case(base_url.trim_end_matches('/'))
        || origin
            .split_once("://")
            .is_some_and(|(_, authority)| Some(authority) == host)
}

/// The token from the header or the form body, and the request with its body put back.
async fn read_token(request: Request, limit: usize) -> Result<(Request, Option<String>), AppError> {
    let from_header = request
        .headers()
        .get(HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let content_type = request.headers().get(header::CONTENT_TYPE).cloned();
    let content_type_text = content_type
        .as_ref()
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let is_form = content_type_text.starts_with("application/x-www-form-urlencoded");
    let is_multipart = content_type_text.starts_with("multipart/form-data");

    let (parts, body) = request.into_parts();
    let bytes = to_bytes(body, limit)
        .await
        .map_err(|_| AppError::PayloadTooLarge)?;
    let provided = match (from_header, content_type) {
        (Some(token), _) => Some(token),
        (None, _) if is_form => serde_urlencoded::from_bytes::<TokenField>(&bytes)
            .ok()
            .and_then(|field| field.csrf),
        (None, Some(content_type)) if is_multipart => {
            multipart_token(content_type, bytes.clone()).await
        }
        (None, _) => None,
    };
    let provided = provided.filter(|token| !token.is_empty());
    Ok((Request::from_parts(parts, Body::from(bytes)), provided))
}

/// The `_csrf` field of a `multipart/form-data` body (an upload), wherever it is in it.
async fn multipart_token(content_type: HeaderValue, bytes: Bytes) -> Option<String> {
    use axum::extract::{DefaultBodyLimit, FromRequest, Multipart};
    use tower::{Layer, ServiceExt, service_fn};
    let request = Request::builder()
        .header(header::CONTENT_TYPE, content_type)
        .body(Body::from(bytes))
        .ok()?;
    // The body is in memory and within its limit already: the extractor's own default
    // limit (2 MB) must not apply.
    let read = DefaultBodyLimit::disable().layer(service_fn(|request: Request| async move {
        let Ok(mut multipart) = Multipart::from_request(request, &()).await else {
            return Ok::<_, std::convert::Infallible>(None);
        };
        while let Ok(Some(field)) = multipart.next_field().await {
            if field.name() == Some(FORM_FIELD) && field.file_name().is_none() {
                return Ok(field.text().await.ok());
            }
        }
        Ok(None)
    }));
    read.oneshot(request).await.ok().flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn post(headers: &[(&str, &str)]) -> Request {
        let mut request = Request::post("/login").body(Body::empty()).unwrap();
        for (name, value) in headers {
            request.headers_mut().insert(
                axum::http::HeaderName::from_bytes(name.as_bytes()).unwrap(),
                HeaderValue::from_str(value).unwrap(),
            );
        }
        request
    }

    #[test]
    fn posts_another_site_makes_are_told_apart() {
        let base = "https://tavolo.example.org";
        let from = |headers: &[(&str, &str)]| sent_from_this_site(&post(headers), base);
        assert!(from(&[]), "no metadata: left to the token");
        assert!(from(&[("sec-fetch-site", "same-origin")]));
        assert!(!from(&[("sec-fetch-site", "cross-site")]));
        assert!(!from(&[("sec-fetch-site", "same-site")]));
        assert!(from(&[("origin", "https://tavolo.example.org")]));
        assert!(from(&[
            ("origin", "http://10.0.0.5:3000"),
            ("host", "10.0.0.5:3000")
        ]));
        assert!(!from(&[("origin", "https://evil.example")]));
        assert!(!from(&[("origin", "null")]));
    }
}

#[cfg(test)]
mod multipart_tests {
    use super::*;

    fn body(file_bytes: usize, token_first: bool) -> Vec<u8> {
        let token = b"--XyZ\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\ntok\r\n";
        let mut body = Vec::new();
        if token_first {
            body.extend_from_slice(token);
        }
        body.extend_from_slice(
            b"--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n",
        );
        body.extend(std::iter::repeat_n(b' ', file_bytes));
        body.extend_from_slice(b"\r\n");
        if !token_first {
            body.extend_from_slice(token);
        }
        body.extend_from_slice(b"--XyZ--\r\n");
        body
    }

    #[tokio::test]
    async fn an_uploads_token_is_found_before_or_after_a_large_file() {
        let content_type = HeaderValue::from_static("multipart/form-data; boundary=XyZ");
        for size in [10, 3 * 1024 * 1024, 11 * 1024 * 1024] {
            for first in [true, false] {
                let token =
                    multipart_token(content_type.clone(), Bytes::from(body(size, first))).await;
                assert_eq!(token.as_deref(), Some("tok"), "{size} {first}");
            }
        }
        let none = multipart_token(content_type, Bytes::from_static(b"--XyZ--\r\n")).await;
        assert_eq!(none, None);
    }
}
