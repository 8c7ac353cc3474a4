//! The pages that belong to no single capability: privacy notice, health check.

use askama::Template;
use axum::{
    Json, Router,
    extract::State,
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::get,
};

use crate::{
    db,
    web::{AppState, Page, PageCtx},
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/privacy", get(privacy))
        .route("/healthz", get(health))
}

#[derive(Template)]
#[template(path = "site/privacy.html")]
pub struct PrivacyPage {
    ctx: PageCtx,
}

async fn privacy(ctx: PageCtx) -> Page<PrivacyPage> {
    Page::ok(PrivacyPage { ctx })
}

/// `GET /healthz`: 200 when the database answers, 503 when it does not.
async fn health(State(state): State<AppState>) -> Response {
    let database_up = db::ping(&state.db).await;
    let status = if database_up {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    let body = serde_json::json!({
        "status": if database_up { "ok" } else { "degraded" },
        "database": if database_up { "ok" } else { "unavailable" },
        "version": env!("CARGO_PKG_VERSION"),
    });
    (status, Json(body)).into_response()
}
