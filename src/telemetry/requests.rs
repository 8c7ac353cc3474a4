//! The outermost layer: counts and times every request by its route template, and how many
//! are being handled. Labels name the template a route was declared with
//! (`/proposals/{id}`), never the path asked for, so made-up addresses add no series; a
//! request no route takes is `unmatched`.

use std::time::Instant;

use axum::{
    extract::{MatchedPath, Request},
    http::Method,
    middleware::Next,
    response::Response,
};
use metrics::{counter, gauge, histogram};

use super::families::{HTTP_DURATION, HTTP_IN_FLIGHT, HTTP_REQUESTS, recording};

/// The route label of a request that matched no route.
const UNMATCHED: &str = "unmatched";

/// Middleware: records the request once its response is ready (a request whose client went
/// away before is counted out of the in-flight gauge all the same).
pub async fn track_requests(request: Request, next: Next) -> Response {
    if !recording() {
        return next.run(request).await;
    }
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| UNMATCHED.to_owned(), |path| path.as_str().to_owned());
    let method = method_label(request.method());
    let started = Instant::now();
    let _in_flight = InFlight::start();
    let response = next.run(request).await;
    let status = response.status().as_u16().to_string();
    histogram!(HTTP_DURATION, "method" => method, "route" => route.clone())
        .record(started.elapsed().as_secs_f64());
    counter!(HTTP_REQUESTS, "method" => method, "route" => route, "status" => status).increment(1);
    response
}

/// Methods outside the standard ones (any token is a valid method) share one label.
fn method_label(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::DELETE => "DELETE",
        Method::PATCH => "PATCH",
        Method::OPTIONS => "OPTIONS",
        _ => "other",
    }
}

/// One request in the in-flight gauge for as long as it lives.
struct InFlight;

impl InFlight {
    fn start() -> Self {
        gauge!(HTTP_IN_FLIGHT).increment(1.0);
        Self
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        gauge!(HTTP_IN_FLIGHT).decrement(1.0);
    }
}
