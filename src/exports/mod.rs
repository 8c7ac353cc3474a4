//! Outcomes: a consultation exported as CSV, JSON, XLSX and a printable report, from the
//! console (`/manage/consultations/{slug}/outcomes`) and the command line (`tavolo export`);
//! publishing them as open data once the consultation is closed.
//!
//! Exports are pseudonymised unless the consultation allows naming authors and the
//! exporter asks for it; emails and individual ballots are never read.

pub mod cli;
mod console;
mod open_data;
mod report;
mod report_follow_up;
mod report_surveys;
pub mod run;
mod schema;
mod sink;
pub mod source;
pub mod tables;
mod tabular;

use axum::{
    Router,
    routing::{get, post},
};
use entity::{Visibility, consultation, round};

pub use run::{Format, Summary};

use crate::web::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/manage/consultations/{slug}/outcomes", get(console::page))
        .route(
            "/manage/consultations/{slug}/outcomes/download/{format}",
            get(console::download),
        )
        .route(
            "/manage/consultations/{slug}/outcomes/privacy",
            post(console::set_privacy),
        )
        .route(
            "/manage/consultations/{slug}/outcomes/publish",
            get(console::confirm_publish).post(console::publish),
        )
        .route(
            "/manage/consultations/{slug}/outcomes/withdraw",
            post(console::withdraw),
        )
        .route("/consultations/{slug}/outcomes.json", get(open_data::json))
        .route("/consultations/{slug}/outcomes.zip", get(open_data::csv))
        .route("/api/v1/export-schema.json", get(open_data::schema))
}

/// Why a consultation's outcomes cannot be published yet (the Fluent key), if they cannot.
pub fn publish_blocker(
    consultation: &consultation::Model,
    rounds: &[round::Model],
) -> Option<&'static str> {
    if consultation.visibility != Visibility::Public {
        return Some("outcomes-blocked-invite-only");
    }
    let closed = crate::consultations::rounds::concluded(consultation, rounds);
    (!closed).then_some("outcomes-blocked-not-closed")
}
