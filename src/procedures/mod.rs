//! The formal co-design procedure (art. 55 D.Lgs. 117/2017; L.R. Toscana 65/2020 art. 13):
//! a public body publishes a notice, organisations apply, the admitted ones design the
//! project with it in sessions, a commission scores their proposals against the notice's
//! criteria, and an agreement is signed. Every act is public, in order, on the procedure's
//! record.
//!
//! A procedure belongs to a consultation: the consultation's facilitators (and the
//! coordinators) manage it, it is as visible as the consultation, and its co-design
//! sessions are meetings of that consultation.

pub mod agreement;
pub mod evaluation;
pub mod phase;
pub mod record;
pub mod store;

use axum::Router;

use crate::web::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(evaluation::router())
        .merge(record::router())
        .merge(agreement::router())
}
