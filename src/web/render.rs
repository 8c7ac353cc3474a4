//! The one path from a template to a response.

use askama::Template;
use axum::{
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use percent_encoding::percent_decode_str;

use super::AppError;
use crate::i18n::Locale;

/// A rendered page. Rendering failures become a logged 500, never a panic.
pub struct Page<T>(pub StatusCode, pub T);

impl<T: Template> Page<T> {
    pub fn ok(template: T) -> Self {
        Self(StatusCode::OK, template)
    }

    pub fn with_status(status: StatusCode, template: T) -> Self {
        Self(status, template)
    }

    /// A form shown again with the visitor's input and the problems found.
    pub fn invalid(template: T) -> Self {
        Self(StatusCode::UNPROCESSABLE_ENTITY, template)
    }
}

impl<T: Template> IntoResponse for Page<T> {
    fn into_response(self) -> Response {
        match self.1.render() {
            Ok(html) => (
                self.0,
                [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
                html,
            )
                .into_response(),
            Err(error) => {
                AppError::Internal(anyhow::anyhow!("template failed: {error}")).into_response()
            }
        }
    }
}

/// A JSON answer: a message in the visitor's language under `field`, beside the `rest` of
/// the answer's fields. Both JSON answers go through here: the API's errors (`error`, with
/// the request id) and the vote route's (`message`, with `ok`, what is left and the box).
pub fn json_message(
    status: StatusCode,
    locale: &Locale,
    field: &str,
    message_key: &str,
    rest: serde_json::Map<String, serde_json::Value>,
) -> Response {
    let mut body = rest;
    body.insert(field.to_owned(), locale.t(message_key).into());
    (status, axum::Json(serde_json::Value::Object(body))).into_response()
}

/// After a successful POST: go to the page that shows the result (303, so a reload does not
/// submit again). A path that cannot be a header value (it never should) goes home instead
/// of failing the request.
pub fn see_other(path: &str) -> Response {
    let location = HeaderValue::from_str(path).unwrap_or(HeaderValue::from_static("/"));
    (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response()
}

/// The longest `next` or `back` followed; a real page's path and query are far shorter.
pub const MAX_LOCAL_PATH_BYTES: usize = 2_000;

/// A `next` or `back` parameter is followed only within Tavolo, never to another site: a
/// path of visible ASCII starting with one `/`, with no backslash, and neither a control
/// character nor a second leading `/` or a `\` once percent-decoded. Browsers drop tabs and
/// line breaks and read `\` as `/`, so `/%09/evil.example` or `/\evil.example` would
/// otherwise leave the site; a line break would otherwise break the header. Anything else
/// is ignored, and the caller goes to its default page.
pub fn local_path(next: Option<&str>) -> Option<&str> {
    next.filter(|path| is_local_path(path))
}

fn is_local_path(path: &str) -> bool {
    let raw = path.as_bytes();
    if raw.len() > MAX_LOCAL_PATH_BYTES
        || !raw.starts_with(b"/")
        || !raw.iter().all(|b| b.is_ascii_graphic() && *b != b'\\')
    {
        return false;
    }
    let decoded: Vec<u8> = percent_decode_str(path).collect();
    !decoded.starts_with(b"//") && !decoded.iter().any(|b| b.is_ascii_control() || *b == b'\\')
}
