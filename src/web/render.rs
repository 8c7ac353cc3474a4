//! The one path from a template to a response.

use askama::Template;
use axum::{
    http::{StatusCode, header},
    response::{IntoResponse, Redirect, Response},
};

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
/// submit again).
pub fn see_other(path: &str) -> Response {
    Redirect::to(path).into_response()
}

/// A `next` parameter is followed only within Tavolo, never to another site.
pub fn local_path(next: Option<&str>) -> Option<&str> {
    next.filter(|p| p.starts_with('/') && !p.starts_with("//") && !p.starts_with("/\\"))
}
