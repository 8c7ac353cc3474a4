//! Follow-up: what became of accepted proposals. Facilitators turn accepted or partly accepted
//! proposals into commitments (one may come from several proposals) with the body
//! responsible, a status, progress, planned dates and a budget, and post dated updates; the
//! signers and followers of the proposals hear of each. Everyone who may see the
//! consultation sees its follow-up page and each commitment's page.

pub mod domain;
mod manage;
pub mod public;
pub mod store;
mod updates;

use axum::{Router, routing::get};

use crate::web::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/consultations/{slug}/follow-up", get(public::follow_up))
        .route("/commitments/{id}", get(public::show))
        .route(
            "/manage/consultations/{slug}/commitments",
            get(manage::list),
        )
        .route(
            "/manage/consultations/{slug}/commitments/new",
            get(manage::new).post(manage::create),
        )
        .route(
            "/manage/commitments/{id}/edit",
            get(manage::edit).post(manage::update),
        )
        .route(
            "/manage/commitments/{id}/updates/new",
            get(updates::new).post(updates::create),
        )
}
