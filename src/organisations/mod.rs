//! The register of organisations: public bodies, third-sector entities and others that sit
//! at the table. Anyone reads it; a person with a verified email registers one and becomes
//! its representative; others ask to join; the representative accepts members and can hand
//! the role over; coordinators verify organisations from the console.

pub mod domain;
mod edit;
pub mod membership;
pub mod pages;
pub mod store;
pub mod succession;
mod verification;

use axum::{
    Router,
    routing::{get, post},
};

use crate::web::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/organisations", get(pages::list))
        .route("/organisations/new", get(edit::new).post(edit::create))
        .route("/organisations/{slug}", get(pages::show))
        .route(
            "/organisations/{slug}/edit",
            get(edit::edit).post(edit::update),
        )
        .route("/organisations/{slug}/join", post(membership::join))
        .route(
            "/organisations/{slug}/requests/{member}",
            post(membership::decide),
        )
        .route(
            "/organisations/{slug}/members/{member}/remove",
            get(membership::confirm_remove).post(membership::remove),
        )
        .route(
            "/organisations/{slug}/members/{member}/hand-over",
            get(membership::confirm_hand_over).post(membership::hand_over),
        )
        .route(
            "/organisations/{slug}/leave",
            get(membership::confirm_leave).post(membership::leave),
        )
        .route("/manage/organisations", get(verification::console))
        .route(
            "/manage/organisations/{slug}/verify",
            post(verification::verify),
        )
        .route(
            "/manage/organisations/{slug}/unverify",
            post(verification::unverify),
        )
}
