//! Meetings of a consultation, in person and online: facilitators create, edit and cancel
//! them; verified participants register, with a waiting list that moves up by itself; each
//! has its calendar file.
//!
//! - `form`: the facilitator's form and its checks; `store`: meetings as stored;
//! - `registration`: places and the waiting list; `view`: a meeting as pages show it;
//! - `manage`: the facilitator's pages; `pages`: the public pages; `ics`: the calendar file;
//! - `reminders`: the day-before reminder the scheduler sends; `sign_in`: the printable sheet.
//! - after the meeting: `records` (attendance and minutes as stored) with its pages
//!   `attendance` and `minutes`; `outcome` (what the meeting's page shows of it); `held`
//!   (the meetings the console's in-person forms may name);
//! - `figures`: what exports and the API count of many meetings at once.

mod attendance;
pub mod figures;
pub mod form;
pub mod held;
pub mod ics;
mod manage;
mod minutes;
pub mod outcome;
mod pages;
pub mod records;
pub mod registration;
pub mod reminders;
mod sign_in;
pub mod store;
pub mod view;

use axum::{
    Router,
    routing::{get, post},
};

use crate::web::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/consultations/{slug}/meetings", get(pages::list))
        .route("/consultations/{slug}/meetings.ics", get(pages::feed))
        // `/meetings/{id}` and `/meetings/{id}.ics`: one segment, told apart by its suffix.
        .route("/meetings/{id}", get(pages::show))
        .route("/meetings/{id}/register", post(pages::register))
        .route("/meetings/{id}/withdraw", post(pages::withdraw))
        .route(
            "/manage/consultations/{slug}/meetings/new",
            get(manage::new).post(manage::create),
        )
        .route(
            "/manage/meetings/{id}/edit",
            get(manage::edit).post(manage::update),
        )
        .route(
            "/manage/meetings/{id}/cancel",
            get(manage::confirm_cancel).post(manage::cancel),
        )
        .route(
            "/manage/meetings/{id}/registrations",
            get(manage::registrations),
        )
        .route("/manage/meetings/{id}/sign-in", get(sign_in::sheet))
        .route(
            "/manage/meetings/{id}/attendance",
            get(attendance::show).post(attendance::save),
        )
        .route(
            "/manage/meetings/{id}/minutes",
            get(minutes::edit).post(minutes::save),
        )
}
