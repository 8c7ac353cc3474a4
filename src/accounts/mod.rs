//! Accounts: registration, email verification, login, password reset and change, the
//! profile page and the language switch.

pub mod cli;
pub mod demo;
pub mod domain;
mod invalid_link;
mod language;
pub(crate) mod login;
mod password;
pub(crate) mod profile;
mod register;
mod sessions;
mod strength;
pub mod throttle;
pub mod tokens;
pub mod two_factor;
pub mod users;
mod verify;

use axum::{
    Router,
    routing::{get, post},
};

pub use profile::load as current_account;

use crate::web::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/register", get(register::show).post(register::submit))
        .route("/register/sent", get(register::sent))
        .route("/login", get(login::show).post(login::submit))
        .route("/logout", post(login::log_out))
        .route("/verify-email/{token}", get(verify::confirm))
        .route("/account", get(profile::show).post(profile::update))
        .route("/account/verification", post(verify::resend))
        .route("/account/password", post(password::change))
        .route("/account/sessions/others", post(sessions::log_out_others))
        .route(
            "/password/forgot",
            get(password::show_forgot).post(password::forgot),
        )
        .route(
            "/password/reset/{token}",
            get(password::show_reset).post(password::reset),
        )
        .route("/language", post(language::switch))
        .merge(two_factor::router())
}
