//! The formal co-design procedure (art. 55 D.Lgs. 117/2017; L.R. Toscana 65/2020 art. 13):
//! a public body publishes a notice, organisations apply, the admitted ones design the
//! project with it in sessions, a commission scores their proposals against the notice's
//! criteria, and an agreement is signed. Every act is public, in order, on the procedure's
//! record.
//!
//! A procedure belongs to a consultation: the consultation's facilitators (and the
//! coordinators) manage it, it is as visible as the consultation, and its co-design
//! sessions are meetings of that consultation.

mod admission;
pub mod agreement;
pub mod applicants;
mod applications;
mod console;
mod dashboard;
pub mod evaluation;
mod my_applications;
pub mod notice;
pub mod notice_form;
mod pages;
pub mod phase;
pub mod record;
pub mod sessions;
pub mod store;

use axum::{
    Router,
    routing::{get, post},
};

use crate::web::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(notice_router())
        .merge(applications_router())
        .merge(evaluation::router())
        .merge(record::router())
        .merge(agreement::router())
}

/// The notice, its console, admission and sessions.
fn notice_router() -> Router<AppState> {
    Router::new()
        .route("/procedures", get(pages::list))
        .route("/procedures/{slug}", get(pages::show))
        .route(
            "/manage/consultations/{slug}/procedures",
            get(console::for_consultation),
        )
        .route(
            "/manage/consultations/{slug}/procedures/new",
            get(console::new).post(console::create),
        )
        .route("/manage/procedures/{slug}", get(dashboard::show))
        .route(
            "/manage/procedures/{slug}/edit",
            get(console::edit).post(console::update),
        )
        .route(
            "/manage/procedures/{slug}/publish",
            get(console::confirm_publish).post(console::publish),
        )
        .route("/manage/procedures/{slug}/admission", get(admission::show))
        .route(
            "/manage/procedures/{slug}/admission/publish",
            get(admission::confirm_publish).post(admission::publish),
        )
        .route(
            "/manage/procedures/{slug}/admission/{id}",
            post(admission::decide),
        )
        .route("/manage/procedures/{slug}/sessions", post(sessions::change))
}

/// A representative's applications.
fn applications_router() -> Router<AppState> {
    Router::new()
        .route(
            "/procedures/{slug}/apply",
            get(applications::new).post(applications::create),
        )
        .route(
            "/procedures/{slug}/applications",
            get(my_applications::mine),
        )
        .route(
            "/procedures/{slug}/applications/{id}/withdraw",
            get(my_applications::confirm_withdraw).post(my_applications::withdraw),
        )
        .route(
            "/procedures/{slug}/applications/{id}/replace",
            get(applications::replace_form).post(applications::replace),
        )
}
