//! Discussion: comments and replies, flags and moderation (the proposal page that shows them
//! is `proposals/page.rs`).

pub mod comments;
mod decisions;
mod flags;
pub mod moderation;
mod store;
pub mod thread;

use axum::{
    Router,
    routing::{get, post},
};

use crate::web::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/proposals/{id}/comments", post(comments::create))
        .route("/proposals/{id}/flag", post(moderation::flag_proposal))
        .route("/comments/{id}", get(thread::show))
        .route("/comments/{id}/reply", get(comments::reply))
        .route(
            "/comments/{id}/edit",
            get(comments::edit).post(comments::update),
        )
        .route("/comments/{id}/withdraw", post(comments::withdraw))
        .route("/comments/{id}/flag", post(moderation::flag_comment))
        .route(
            "/manage/consultations/{slug}/moderation",
            post(moderation::decide),
        )
}
