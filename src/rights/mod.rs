//! Data rights: a person downloads everything Tavolo holds about them (`export`) and
//! deletes their account (`delete`, with the rules in `erase`); what is kept only for a
//! while is removed by the scheduler (`retention`).

mod delete;
pub mod erase;
mod export;
pub mod retention;
mod rows;
mod survey_data;

use axum::{Router, routing::get};

use crate::web::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/account/data", get(export::show).post(export::download))
        .route("/account/delete", get(delete::show).post(delete::submit))
}
