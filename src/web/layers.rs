//! The layers every page goes through: the request context (and its error pages), response
//! headers, the request span that carries the request id, waking the mail worker.

use axum::{
    extract::Request,
    http::{HeaderName, HeaderValue, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use percent_encoding::percent_decode_str;
use tracing::Span;

use super::{context, error_page, page_cache};

/// Middleware: loads the account behind the session, picks the language, and turns error
/// responses into pages (logging their cause with the request id).
pub async fn request_context(
    axum::extract::State(state): axum::extract::State<super::AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let (context, outage) = context::resolve(&state, &mut request).await;
    let response = match outage {
        Some(error) => error.into_response(),
        None => match two_factor_setup_first(&context, request.uri().path()).await {
            Ok(Some(detour)) => detour,
            Ok(None) => next.run(request).await,
            Err(error) => error.into_response(),
        },
    };
    error_page::into_page(response, context).await
}

/// Where an account that must turn two-factor login on may still go before it has.
const TWO_FACTOR_SETUP_PATHS: [&str; 3] = ["/account/two-factor", "/logout", "/language"];

/// An account that must use two-factor login and has not set it up yet (noted in its
/// session at login) is sent to set it up, whatever it asked for.
async fn two_factor_setup_first(
    context: &context::RequestContext,
    path: &str,
) -> Result<Option<Response>, super::AppError> {
    if context.user.is_none()
        || TWO_FACTOR_SETUP_PATHS
            .iter()
            .any(|allowed| path.starts_with(allowed))
        || !context.session.two_factor_setup_required().await?
    {
        return Ok(None);
    }
    Ok(Some(super::see_other("/account/two-factor")))
}

/// Middleware: pages as visitors who are not logged in see them, kept a moment (see
/// `page_cache`).
pub async fn kept_pages(
    axum::extract::State(state): axum::extract::State<super::AppState>,
    request: Request,
    next: Next,
) -> Response {
    let max_age = std::time::Duration::from_secs(state.config.page_cache_max_age);
    page_cache::serve(&state.pages, max_age, request, next).await
}

/// Middleware: a NUL in the address (`%00` in the path or the query) is a 400. Nobody types
/// one, PostgreSQL cannot compare text holding it, and a slug or a search reaches SQL as
/// text. Form fields are checked where they are parsed, to show the error at the field.
pub async fn refuse_nul_in_address(request: Request, next: Next) -> Response {
    let address = request.uri().path_and_query().map_or("", |pq| pq.as_str());
    if address.contains('\0') || percent_decode_str(address).any(|b| b == 0) {
        return super::AppError::BadRequest("error-bad-request").into_response();
    }
    next.run(request).await
}

/// No inline script, nothing from other hosts, no framing.
const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
     img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; \
     frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

pub async fn security_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    let defaults: [(HeaderName, &str); 5] = [
        (header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "same-origin"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (
            HeaderName::from_static("permissions-policy"),
            "camera=(), microphone=(), geolocation=(), interest-cohort=()",
        ),
    ];
    for (name, value) in defaults {
        headers
            .entry(name)
            .or_insert_with(|| HeaderValue::from_static(value));
    }
    // Pages depend on the session and language: never cache them in shared caches.
    if !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

/// The longest request id taken from a client (a UUID has 36 characters).
pub const MAX_REQUEST_ID_CHARS: usize = 64;

/// Middleware, before the request id is set: an `X-Request-Id` from the client (a proxy's,
/// to follow a request across services) is kept only when short and made of letters, digits,
/// `.`, `_` and `-`; anything else is dropped so that a new one is made. The id is written
/// into logs, error pages and the response, so it must not carry what a client chose to put
/// there.
pub async fn drop_unsafe_request_id(mut request: Request, next: Next) -> Response {
    let mut ids = request.headers().get_all(REQUEST_ID).iter();
    let keep = match (ids.next(), ids.next()) {
        (None, _) => true,
        (Some(id), None) => is_safe_request_id(id.as_bytes()),
        (Some(_), Some(_)) => false,
    };
    if !keep {
        request.headers_mut().remove(REQUEST_ID);
    }
    next.run(request).await
}

const REQUEST_ID: &str = "x-request-id";

fn is_safe_request_id(id: &[u8]) -> bool {
    !id.is_empty()
        && id.len() <= MAX_REQUEST_ID_CHARS
        && id
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

/// The tracing span of one request, named by its id so every log line can be matched to
/// the error page a visitor reports.
pub fn request_span(request: &Request) -> Span {
    let request_id = context::request_id(request.headers());
    tracing::info_span!(
        "request",
        id = %request_id,
        method = %request.method(),
        path = %request.uri().path(),
    )
}

/// After a request that may have queued email (any POST that went through), wakes the mail
/// worker so that "immediate" means seconds, not the worker's next poll.
pub async fn wake_mail_worker(
    axum::extract::State(state): axum::extract::State<super::AppState>,
    request: Request,
    next: Next,
) -> Response {
    let writes = request.method() == axum::http::Method::POST;
    let response = next.run(request).await;
    if writes && !response.status().is_server_error() {
        state.mail_wake.notify_one();
    }
    response
}
