//! What people hear about: `/notifications` (the bell), email preferences and follows
//! (`/account/notifications`), and one-click unsubscribe.

mod page;
mod preferences;
mod unsubscribe;

use axum::{
    Router,
    routing::{get, post},
};

use crate::web::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/notifications", get(page::list))
        .route("/notifications/read-all", post(page::read_all))
        .route("/notifications/{id}", get(page::open))
        .route("/notifications/{id}/read", post(page::read))
        .route(
            "/account/notifications",
            get(preferences::show).post(preferences::update),
        )
        .route("/proposals/{id}/follow", post(preferences::follow_proposal))
        .route(
            "/proposals/{id}/unfollow",
            post(preferences::unfollow_proposal),
        )
        .route(
            "/unsubscribe/{token}",
            get(unsubscribe::confirm).post(unsubscribe::unsubscribe),
        )
}
