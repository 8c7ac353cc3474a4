//! The error page (and the JSON answer under `/api/`) every error response becomes, in the
//! visitor's language, with the request id to report.

use axum::{
    extract::Request,
    http::{HeaderMap, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};

use super::{
    context::{PageCtx, RequestContext, choose_locale, request_id},
    error::{ErrorInfo, message_key_for, wait_message},
    render::Page,
};
use crate::i18n::Locale;

/// Turns an error response into a page (or a JSON answer under `/api/` and `/healthz`) in
/// the visitor's language, logging its cause with the request id. Other responses, and
/// errors a handler already rendered, pass unchanged.
pub(super) async fn into_page(response: Response, context: RequestContext) -> Response {
    let wants_json = context.here.starts_with("/api/") || context.here.starts_with("/healthz");
    if !response.status().is_client_error() && !response.status().is_server_error() {
        return response;
    }
    let info = response.extensions().get::<ErrorInfo>().cloned();
    if let Some(cause) = info.as_ref().and_then(|i| i.cause.as_deref()) {
        tracing::error!(request_id = %context.request_id, status = %response.status(), "{cause}");
    }
    let already_a_page = info.is_none()
        && response
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("text/html") || v.starts_with("application/json"));
    if already_a_page {
        return response;
    }
    let status = response.status();
    let message_key = info.map_or_else(|| message_key_for(status), |i| i.message_key);
    let wait = retry_after_seconds(&response);
    let mut rendered = if wants_json {
        error_json(
            status,
            message_key,
            wait,
            (&context.locale, &context.request_id),
        )
    } else {
        error_page(status, message_key, wait, context).await
    };
    // Keep what tells a client how to recover (`Allow` on 405, `Retry-After` on 429).
    for name in [header::ALLOW, header::RETRY_AFTER] {
        if let Some(value) = response.headers().get(&name) {
            rendered.headers_mut().insert(name, value.clone());
        }
    }
    rendered
}

/// The `Retry-After` of a 429: the page then says how long to wait.
fn retry_after_seconds(response: &Response) -> Option<u64> {
    if response.status() != StatusCode::TOO_MANY_REQUESTS {
        return None;
    }
    response
        .headers()
        .get(header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .parse()
        .ok()
}

/// The explanation in `locale`: how long to wait when that is known, else `message_key`.
fn message(locale: &Locale, message_key: &str, wait: Option<u64>) -> String {
    match wait {
        Some(seconds) => wait_message(locale, seconds),
        None => locale.t(message_key),
    }
}

/// The API's error: `{"error": message, "request_id": id}`.
fn error_json(
    status: StatusCode,
    message_key: &str,
    wait: Option<u64>,
    (locale, request_id): (&Locale, &str),
) -> Response {
    let body = serde_json::json!({
        "error": message(locale, message_key, wait),
        "request_id": request_id,
    });
    (status, axum::Json(body)).into_response()
}

#[derive(askama::Template)]
#[template(path = "error.html")]
struct ErrorPage {
    ctx: PageCtx,
    status: u16,
    title: String,
    message: String,
    request_id: String,
}

async fn error_page(
    status: StatusCode,
    message_key: &str,
    wait: Option<u64>,
    context: RequestContext,
) -> Response {
    let request_id = context.request_id.clone();
    let ctx = match PageCtx::build(&context).await {
        Ok(ctx) => ctx,
        // The session store itself is down: render without a form token.
        Err(_) => PageCtx::without_session(context.locale, &context.here),
    };
    let page = ErrorPage {
        title: ctx.t(&format!("error-title-{}", title_of(status))),
        message: message(&ctx.locale, message_key, wait),
        status: status.as_u16(),
        request_id,
        ctx,
    };
    Page::with_status(status, page).into_response()
}

/// Middleware outside the session layer: when the session cannot be saved (the database is
/// away), the session layer answers an empty 500; this turns it into a 503 page, in the
/// language the browser asks for.
pub async fn last_resort_error_page(request: Request, next: Next) -> Response {
    let locale = choose_locale(None, request.headers(), "it");
    let here = request.uri().path().to_owned();
    let request_id = request_id(request.headers()).to_owned();
    let response = next.run(request).await;
    let unrendered = response.status().is_server_error()
        && !response.headers().contains_key(header::CONTENT_TYPE);
    if !unrendered {
        return response;
    }
    tracing::error!(request_id = %request_id, "the session could not be saved");
    let status = StatusCode::SERVICE_UNAVAILABLE;
    let ctx = PageCtx::without_session(locale, &here);
    let page = ErrorPage {
        title: ctx.t("error-title-503"),
        message: ctx.t("error-unavailable"),
        status: status.as_u16(),
        request_id,
        ctx,
    };
    Page::with_status(status, page).into_response()
}

/// A refusal answered before the request reaches the application (the server is overloaded,
/// a body did not arrive): no session and no database, the language the browser asks for.
pub fn early_refusal(
    status: StatusCode,
    message_key: &str,
    headers: &HeaderMap,
    here: &str,
    default_locale: &str,
) -> Response {
    let locale = choose_locale(None, headers, default_locale);
    let request_id = request_id(headers).to_owned();
    if here.starts_with("/api/") || here.starts_with("/healthz") {
        let rest = serde_json::Map::from_iter([("request_id".into(), request_id.into())]);
        return super::render::json_message(status, &locale, "error", message_key, rest);
    }
    let ctx = PageCtx::without_session(locale, here);
    let page = ErrorPage {
        title: ctx.t(&format!("error-title-{}", title_of(status))),
        message: ctx.t(message_key),
        status: status.as_u16(),
        request_id,
        ctx,
    };
    Page::with_status(status, page).into_response()
}

fn title_of(status: StatusCode) -> &'static str {
    match status.as_u16() {
        403 => "403",
        404 => "404",
        408 => "408",
        413 => "413",
        429 => "429",
        503 => "503",
        500..=599 => "500",
        _ => "400",
    }
}

/// The body of every error answered under `/api/` (`early_refusal` and `error_page` write
/// it), for the API's OpenAPI document.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)] // Describes JSON written by `render::json_message`; never built.
pub struct ApiError {
    /// What went wrong, in the language the request asks for.
    error: String,
    /// The request's id, as in its `X-Request-Id` header and in the server's log.
    request_id: String,
}

/// The API's 503, in its OpenAPI document.
pub const API_UNAVAILABLE: &str = "The database cannot take the request at the moment (unreachable, its disk full) or the server is overloaded: try again later";
#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_refusal_under_the_api_says_how_long_to_wait_in_the_error_shape() {
        let locale = Locale::find("en").expect("English");
        let response = error_json(
            StatusCode::TOO_MANY_REQUESTS,
            "error-too-many-requests",
            Some(61),
            (&locale, "req-1"),
        );
        assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
        let body = axum::body::to_bytes(response.into_body(), 10_000)
            .await
            .unwrap();
        let json: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(json["request_id"], "req-1");
        assert!(
            json["error"]
                .as_str()
                .unwrap()
                .contains("try again in 2 minutes")
        );
    }
}
