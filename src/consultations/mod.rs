//! Consultations: their public pages and lists, their content, rounds and people.

pub mod access;
pub mod audience;
pub mod content;
mod invitations;
pub mod listing;
mod page;
pub mod people;
pub mod rounds;

use axum::{
    Router,
    routing::{get, post},
};

use crate::web::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(listing::home))
        .route("/consultations", get(listing::all))
        .route("/consultations/{slug}", get(page::show))
        .route("/consultations/{slug}/follow", post(page::follow))
        .route("/consultations/{slug}/unfollow", post(page::unfollow))
        .route(
            "/invitations/{token}",
            get(invitations::show).post(invitations::accept),
        )
}
