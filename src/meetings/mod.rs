//! Meetings of a consultation, in person and online: facilitators create, edit and cancel
//! them; verified participants register, with a waiting list that moves up by itself; each
//! has its calendar file.
//!
//! - `form`: the facilitator's form and its checks; `store`: meetings as stored;
//! - `registration`: places and the waiting list; `view`: a meeting as pages show it;
//! - `manage`: the facilitator's pages; `pages`: the public pages; `ics`: the calendar file;
//! - `figures`: what exports and the API count of many meetings at once.

pub mod figures;
pub mod form;
pub mod ics;
mod manage;
mod pages;
pub mod registration;
pub mod store;
pub mod view;

use axum::{
    Router,
    routing::{get, post},
};

use crate::web::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/consultations/{slug}/meetings", get(pages::list))
        // `/meetings/{id}` and `/meetings/{id}.ics`: one segment, told apart by its suffix.
        .route("/meetings/{id}", get(pages::show))
        .route("/meetings/{id}/register", post(pages::register))
        .route("/meetings/{id}/withdraw", post(pages::withdraw))
        .route(
            "/manage/consultations/{slug}/meetings/new",
            get(manage::new).post(manage::create),
        )
        .route(
            "/manage/meetings/{id}/edit",
            get(manage::edit).post(manage::update),
        )
        .route(
            "/manage/meetings/{id}/cancel",
            get(manage::confirm_cancel).post(manage::cancel),
        )
        .route(
            "/manage/meetings/{id}/registrations",
            get(manage::registrations),
        )
}
