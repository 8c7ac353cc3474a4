//! Accounts: registration, email verification, login, password reset and change, the
//! profile page and the language switch.

pub mod cli;
pub mod demo;
pub mod domain;
mod invalid_link;
mod language;
mod login;
mod password;
mod profile;
mod register;
pub mod throttle;
pub mod tokens;
pub mod users;
mod verify;

use axum::{
    Router,
    routing::{get, post},
};

use crate::web::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/register", get(register::show).post(register::submit))
        .route("/login", get(login::show).post(login::submit))
        .route("/logout", post(login::log_out))
        .route("/verify-email/{token}", get(verify::confirm))
        .route("/account", get(profile::show).post(profile::update))
        .route("/account/verification", post(verify::resend))
        .route("/account/password", post(password::change))
        .route(
            "/password/forgot",
            get(password::show_forgot).post(password::forgot),
        )
        .route(
            "/password/reset/{token}",
            get(password::show_reset).post(password::reset),
        )
        .route("/language", post(language::switch))
}
