//! The whole application as one router: every capability's routes, then the layers.

use axum::{
    Router,
    extract::DefaultBodyLimit,
    handler::Handler,
    http::StatusCode,
    middleware::{from_fn, from_fn_with_state},
    routing::get,
};
use tower::ServiceBuilder;
use tower_http::{
    compression::CompressionLayer,
    request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer},
    trace::{DefaultOnResponse, TraceLayer},
};
use tower_sessions::{Expiry, SessionManagerLayer, cookie::SameSite};
use tracing::Level;

use crate::{
    accounts, api, commitments,
    config::ConnectionLimits,
    consultations, discussion, documents, exports, inbox, manage, meetings, organisations,
    procedures, proposals, results, rights, site, surveys, telemetry, voting,
    web::{
        AppError, AppState, assets,
        csrf::{self, MAX_BODY_BYTES},
        error_page, layers,
        overload::{self, Overload},
        session_store::DbSessionStore,
    },
};

/// How long a session lasts without being used.
const SESSION_IDLE_DAYS: i64 = 14;

pub fn app(state: AppState, limits: &ConnectionLimits) -> Router {
    let overload = Overload::new(
        limits.max_in_flight,
        state.config.max_upload_bytes(),
        limits.body_timeout,
        &state.config.default_locale,
    );
    let sessions = SessionManagerLayer::new(DbSessionStore::new(state.db.clone()))
        .with_name("tavolo_session")
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(state.config.secure_cookies())
        .with_expiry(Expiry::OnInactivity(time::Duration::days(
            SESSION_IDLE_DAYS,
        )));

    let pages = Router::new()
        .merge(site::router())
        .merge(accounts::router())
        .merge(rights::router())
        .merge(consultations::router())
        .merge(proposals::router())
        .merge(commitments::router())
        .merge(meetings::router())
        .merge(organisations::router())
        .merge(procedures::router())
        .merge(voting::router())
        .merge(results::router())
        .merge(api::router())
        .merge(discussion::router())
        .merge(inbox::router())
        .merge(manage::router())
        .merge(exports::router())
        .merge(documents::router())
        .merge(surveys::router())
        .fallback(|| async { AppError::NotFound })
        .layer(
            ServiceBuilder::new()
                .layer(from_fn_with_state(state.clone(), layers::kept_pages))
                .layer(from_fn(error_page::last_resort_error_page))
                .layer(sessions.clone())
                .layer(from_fn_with_state(state.clone(), layers::request_context))
                .layer(from_fn(layers::refuse_nul_in_address))
                .layer(from_fn_with_state(state.clone(), csrf::verify_csrf))
                .layer(from_fn_with_state(state.clone(), layers::wake_mail_worker)),
        )
        // A method a page does not take is a 405 with `Allow` (axum adds it), as a page in
        // the visitor's language, not the CSRF check's 403: set after the layers above, so
        // that this answer goes through the ones it needs and not the CSRF check.
        .method_not_allowed_fallback(
            (|| async { StatusCode::METHOD_NOT_ALLOWED }).layer(
                ServiceBuilder::new()
                    .layer(from_fn(error_page::last_resort_error_page))
                    .layer(sessions)
                    .layer(from_fn_with_state(state.clone(), layers::request_context)),
            ),
        );

    Router::new()
        .route("/static/{file}", get(assets::serve_asset))
        .merge(pages)
        .layer(
            ServiceBuilder::new()
                .layer(from_fn(telemetry::track_requests))
                .layer(from_fn(layers::drop_unsafe_request_id))
                .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
                .layer(
                    TraceLayer::new_for_http()
                        .make_span_with(layers::request_span)
                        .on_response(DefaultOnResponse::new().level(Level::INFO)),
                )
                .layer(PropagateRequestIdLayer::x_request_id())
                .layer(from_fn(layers::security_headers))
                .layer(CompressionLayer::new())
                .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
                .layer(from_fn_with_state(overload.clone(), overload::shed_load))
                .layer(from_fn_with_state(overload, overload::read_body_in_time)),
        )
        .with_state(state)
}
