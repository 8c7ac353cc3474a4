//! The layers that keep a crowd or a slow client from holding the application, answering
//! at once rather than queueing (the connections themselves are bounded in `server::http`):
//!
//! - [`shed_load`]: at most `max_in_flight` requests are handled at once, from their
//!   headers to their response; any more get 503 with `Retry-After` straight away;
//! - uploads (bodies allowed past [`MAX_BODY_BYTES`]): at most [`UPLOADS_AT_ONCE`] at once,
//!   others get 503 straight away, so that bodies held in memory stay bounded;
//! - [`read_body_in_time`]: a request's body must arrive whole within `body_timeout`, else
//!   408; one larger than its limit ([`MAX_BODY_BYTES`], an upload's allowance for the upload
//!   route: see [`body_limit`]) is refused with 413 as soon as it says so.
//!
//! Both answer before the session and the database are touched, in the browser's language.

use std::{future::poll_fn, pin::Pin, sync::Arc, time::Duration};

use axum::{
    body::{Body, HttpBody},
    extract::{Request, State},
    http::{HeaderValue, StatusCode, header},
    middleware::Next,
    response::Response,
};
use tokio::sync::Semaphore;

use super::{
    csrf::{MAX_BODY_BYTES, body_limit},
    error_page::early_refusal,
};

/// Seconds a client refused for overload is asked to wait.
const RETRY_AFTER_SECONDS: &str = "5";

/// Uploads handled at once: each holds its body in memory (up to `TAVOLO_MAX_UPLOAD_MB`),
/// so many at once must not add up to more memory than the machine has.
pub const UPLOADS_AT_ONCE: usize = 4;

/// What the overload layers share between requests.
#[derive(Clone)]
pub struct Overload {
    in_flight: Arc<Semaphore>,
    uploads: Arc<Semaphore>,
    /// `TAVOLO_MAX_UPLOAD_MB` in bytes.
    max_upload_bytes: usize,
    body_timeout: Duration,
    default_locale: Arc<str>,
}

impl Overload {
    pub fn new(
        max_in_flight: u32,
        max_upload_bytes: usize,
        body_timeout: Duration,
        default_locale: &str,
    ) -> Self {
        Self {
            in_flight: Arc::new(Semaphore::new(max_in_flight as usize)),
            uploads: Arc::new(Semaphore::new(UPLOADS_AT_ONCE)),
            max_upload_bytes,
            body_timeout,
            default_locale: default_locale.into(),
        }
    }

    fn refuse(&self, status: StatusCode, message_key: &str, request: &Request) -> Response {
        early_refusal(
            status,
            message_key,
            request.headers(),
            request.uri().path(),
            &self.default_locale,
        )
    }
}

/// Middleware: handles the request if fewer than `max_in_flight` are, else answers 503.
pub async fn shed_load(State(overload): State<Overload>, request: Request, next: Next) -> Response {
    let Ok(_handling) = overload.in_flight.clone().try_acquire_owned() else {
        // Not logged here: the request log has it, and a flood would only grow the log faster.
        return busy(&overload, &request);
    };
    next.run(request).await
}

fn busy(overload: &Overload, request: &Request) -> Response {
    let mut response = overload.refuse(StatusCode::SERVICE_UNAVAILABLE, "error-busy", request);
    response.headers_mut().insert(
        header::RETRY_AFTER,
        HeaderValue::from_static(RETRY_AFTER_SECONDS),
    );
    response
}

/// Middleware: reads the whole body within `body_timeout` and hands it on in memory.
pub async fn read_body_in_time(
    State(overload): State<Overload>,
    request: Request,
    next: Next,
) -> Response {
    if request.body().is_end_stream() {
        return next.run(request).await;
    }
    let announced = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    let limit = body_limit(
        request.method(),
        request.uri().path(),
        overload.max_upload_bytes,
    );
    // An upload is read only while fewer than `UPLOADS_AT_ONCE` others are.
    let _uploading = if limit > MAX_BODY_BYTES {
        match overload.uploads.clone().try_acquire_owned() {
            Ok(permit) => Some(permit),
            Err(_) => return closing(busy(&overload, &request)),
        }
    } else {
        None
    };
    if announced.is_some_and(|length| length > limit as u64) {
        return closing(overload.refuse(
            StatusCode::PAYLOAD_TOO_LARGE,
            "error-too-large",
            &request,
        ));
    }
    let (parts, body) = request.into_parts();
    let read = tokio::time::timeout(overload.body_timeout, read_at_most(body, limit));
    let refusal = match read.await {
        Ok(Ok(bytes)) => {
            return next
                .run(Request::from_parts(parts, Body::from(bytes)))
                .await;
        }
        Ok(Err(BodyError::TooLarge)) => (StatusCode::PAYLOAD_TOO_LARGE, "error-too-large"),
        Ok(Err(BodyError::Broken)) => (StatusCode::BAD_REQUEST, "error-bad-request"),
        Err(_elapsed) => (StatusCode::REQUEST_TIMEOUT, "error-timeout"),
    };
    let request = Request::from_parts(parts, Body::empty());
    closing(overload.refuse(refusal.0, refusal.1, &request))
}

enum BodyError {
    TooLarge,
    /// The client went away or sent a malformed body.
    Broken,
}

async fn read_at_most(mut body: Body, limit: usize) -> Result<Vec<u8>, BodyError> {
    let mut bytes = Vec::new();
    while let Some(frame) = poll_fn(|cx| Pin::new(&mut body).poll_frame(cx)).await {
        let Ok(data) = frame.map_err(|_| BodyError::Broken)?.into_data() else {
            continue;
        };
        if bytes.len() + data.len() > limit {
            return Err(BodyError::TooLarge);
        }
        bytes.extend_from_slice(&data);
    }
    Ok(bytes)
}

/// The rest of the body is not read: the connection cannot carry another request.
fn closing(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    response
}
