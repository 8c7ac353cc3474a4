//! Two-factor login (RFC 6238 codes from an authenticator app, and recovery codes): turning
//! it on and off from `/account/two-factor`, the code page of a login, and the site's
//! requirement for coordinators and facilitators.

mod login_step;
pub mod secret;
mod setup;
pub mod store;

use axum::{
    Router,
    routing::{get, post},
};

use crate::web::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/login/code",
            get(login_step::show).post(login_step::submit),
        )
        .route("/account/two-factor", get(setup::show))
        .route("/account/two-factor/start", post(setup::start))
        .route("/account/two-factor/confirm", post(setup::confirm))
        .route(
            "/account/two-factor/recovery-codes",
            post(setup::new_recovery_codes),
        )
        .route("/account/two-factor/off", post(setup::turn_off))
}
