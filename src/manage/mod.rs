//! Running the platform: the coordinator area (`/manage`) and each consultation's
//! facilitator console (`/manage/consultations/{slug}`).

mod accounts;
mod audit_log;
mod console;
mod editing;
mod mail;
mod people;
mod rounds;
mod security;

use axum::{
    Router,
    routing::{get, post},
};

use crate::web::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/manage", get(console::dashboard))
        .route("/manage/accounts", get(accounts::list))
        .route("/manage/accounts/{id}", post(accounts::update))
        .route("/manage/two-factor", post(security::set_requirement))
        .route("/manage/audit", get(audit_log::all))
        .route("/manage/mail", get(mail::list))
        .route("/manage/mail/{id}/retry", post(mail::retry))
        .route(
            "/manage/consultations/new",
            get(editing::new).post(editing::create),
        )
        .route("/manage/consultations/{slug}", get(console::show))
        .route(
            "/manage/consultations/{slug}/edit",
            get(editing::edit).post(editing::update),
        )
        .route(
            "/manage/consultations/{slug}/status",
            get(editing::confirm_status).post(editing::set_status),
        )
        .route(
            "/manage/consultations/{slug}/audit",
            get(audit_log::for_consultation),
        )
        .route(
            "/manage/consultations/{slug}/rounds/new",
            get(rounds::new).post(rounds::create),
        )
        .route(
            "/manage/consultations/{slug}/rounds/{id}/edit",
            get(rounds::edit).post(rounds::update),
        )
        .route(
            "/manage/consultations/{slug}/rounds/{id}/delete",
            get(rounds::confirm_delete).post(rounds::delete),
        )
        .route(
            "/manage/consultations/{slug}/rounds/{id}/move",
            post(rounds::reorder),
        )
        .route(
            "/manage/consultations/{slug}/rounds/{id}/open",
            post(rounds::open),
        )
        .route(
            "/manage/consultations/{slug}/rounds/{id}/close",
            post(rounds::close),
        )
        .route(
            "/manage/consultations/{slug}/rounds/{id}/extend",
            post(rounds::extend),
        )
        .route("/manage/consultations/{slug}/people", post(people::invite))
        .route(
            "/manage/consultations/{slug}/people/{user_id}/remove",
            get(people::confirm_remove).post(people::remove),
        )
        .route(
            "/manage/consultations/{slug}/invitations/{id}/revoke",
            post(people::revoke),
        )
}
