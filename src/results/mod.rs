//! Results of voting rounds: figures per proposal and stakeholder group, the cross-group
//! support score, counts from in-person sessions, charts, and the results API.

pub mod api;
pub mod cache;
pub mod charts;
pub mod compute;
pub mod load;
mod page;
pub mod proposal;
pub mod ranking;
mod tallies;
pub mod view;

use axum::{Router, routing::get};

use crate::web::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/consultations/{slug}/results", get(page::show))
        .route(
            "/proposals/{id}/tallies/new",
            get(tallies::new).post(tallies::create),
        )
        .route(
            "/tallies/{id}/delete",
            get(tallies::confirm_delete).post(tallies::delete),
        )
}
