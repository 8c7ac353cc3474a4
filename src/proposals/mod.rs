//! Proposals: written by participants or recorded from in-person tables; edited within a
//! window, withdrawn with a reason, answered by the public body.

pub mod access;
pub mod answers;
pub mod audience;
mod coauthors;
pub mod domain;
mod edit;
mod facts;
mod in_person;
pub mod languages;
pub mod list;
mod list_query;
mod merge;
mod order_seed;
mod page;
pub mod reminders;
pub mod store;
mod submit;

use axum::{
    Router,
    routing::{get, post},
};

use crate::web::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/consultations/{slug}/proposals", get(list::list))
        .route(
            "/consultations/{slug}/proposals/new",
            get(submit::new).post(submit::create),
        )
        .route(
            "/consultations/{slug}/proposals/record",
            get(in_person::new).post(in_person::create),
        )
        .route("/proposals/{id}", get(page::show))
        .route("/proposals/{id}/edit", get(edit::edit).post(edit::update))
        .route("/proposals/{id}/history", get(edit::history))
        .route(
            "/proposals/{id}/withdraw",
            get(edit::confirm_withdraw).post(edit::withdraw),
        )
        .route("/proposals/{id}/answer", post(answers::answer))
        .route("/proposals/{id}/coauthors", post(coauthors::invite))
        .route(
            "/coauthors/{token}",
            get(coauthors::show).post(coauthors::accept),
        )
        .route(
            "/manage/consultations/{slug}/merge",
            get(merge::new).post(merge::merge),
        )
}
