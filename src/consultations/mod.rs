//! Consultations: their public pages and lists, their content, rounds and people.

pub mod access;
pub mod audience;
pub mod content;
mod figures;
mod invitations;
pub mod listing;
mod page;
pub mod people;
pub mod rounds;
pub mod upcoming;

use axum::{
    Router,
    routing::{get, post},
};

use crate::web::{AppError, AppState};

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

/// A consultation that cannot be opened answers as the policy's denial does (404 or 403), or
/// as any database failure.
impl From<access::AccessError> for AppError {
    fn from(error: access::AccessError) -> Self {
        match error {
            access::AccessError::Denied(denial) => denial.into(),
            access::AccessError::Database(error) => error.into(),
        }
    }
}
