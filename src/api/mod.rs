//! The read-only JSON API under `/api/v1/`: what an anonymous visitor may see — public
//! consultations that are not drafts, their rounds, their proposals (not hidden ones), the
//! results of voting rounds once public, their meetings and commitments — with pages, and
//! its OpenAPI 3 document at `/api/v1/openapi.json`, generated from these handlers and types.

mod consultations;
mod follow_up;
mod surveys;

use axum::{Json, Router, routing::get};
use utoipa::OpenApi;

use crate::{results, web::AppState};

pub use consultations::PER_PAGE;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Tavolo API",
        description = "Read-only public data of a Tavolo platform: consultations, rounds, proposals with their answers, results by stakeholder group, meetings with who came and their minutes, the commitments made with their updates, and surveys with their results by group.",
    ),
    paths(
        consultations::list,
        consultations::show,
        consultations::proposals,
        results::api::results,
        follow_up::meetings,
        follow_up::commitments,
        surveys::list,
        surveys::results,
    ),
    tags((name = "consultations", description = "Consultations, rounds, proposals, results, meetings, commitments and surveys"))
)]
pub struct ApiDoc;

/// `GET /api/v1/openapi.json`.
pub async fn openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/openapi.json", get(openapi))
        .route("/api/v1/consultations", get(consultations::list))
        .route("/api/v1/consultations/{slug}", get(consultations::show))
        .route(
            "/api/v1/consultations/{slug}/proposals",
            get(consultations::proposals),
        )
        .route(
            "/api/v1/consultations/{slug}/results",
            get(results::api::results),
        )
        .route(
            "/api/v1/consultations/{slug}/meetings",
            get(follow_up::meetings),
        )
        .route(
            "/api/v1/consultations/{slug}/commitments",
            get(follow_up::commitments),
        )
        .route("/api/v1/consultations/{slug}/surveys", get(surveys::list))
        .route("/api/v1/surveys/{id}/results", get(surveys::results))
}
