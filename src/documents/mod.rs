//! Documents attached to consultations, meetings, commitments, organisations, co-design
//! procedures (the notice's attachments, the agreement) and their applications: PDF, OpenDocument and
//! Office Open XML files and images, up to `TAVOLO_MAX_UPLOAD_MB`, their kind read from
//! their content. Stored once per content under `{data dir}/files/`, served as downloads to
//! exactly those who see what they are attached to.
//!
//! - `sniff`: what a file is; `name`: the name it is shown and downloaded under;
//! - `storage`: the files by hash; `store`: the rows, with their audit entries;
//! - `parent`: who sees and who manages what a document is attached to (`parent::procedures`
//!   for procedures and their applications);
//! - `listing`: the list the parents' pages show (`templates/documents/list.html`);
//! - `upload`, `serve`, `remove`: the routes.
//!
//! This module reads the parents' entities and the policy itself, so the parents' pages
//! use `listing` without a circle between capabilities.

pub mod listing;
mod name;
pub mod parent;
mod remove;
mod serve;
pub mod sniff;
pub mod storage;
pub mod store;
mod upload;

use axum::{
    Router,
    extract::DefaultBodyLimit,
    routing::{get, post},
};

use crate::web::{AppState, csrf::UPLOAD_PATH};

pub fn router() -> Router<AppState> {
    Router::new()
        // The body was already read, within the upload limit, by `read_body_in_time`.
        .route(
            UPLOAD_PATH,
            post(upload::create).layer(DefaultBodyLimit::disable()),
        )
        .route("/documents/new", get(upload::new))
        .route(
            "/documents/{id}/remove",
            get(remove::confirm).post(remove::remove),
        )
        .route("/documents/{id}/{name}", get(serve::download))
}
