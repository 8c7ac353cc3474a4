//! The evaluation of the admitted organisations' project proposals (art. 55 D.Lgs. 117/2017;
//! DM 72/2021 guidelines): the managers name a commission, the admitted organisations submit
//! their projects during co-design, the managers open the evaluation, each member scores each
//! project on each criterion of the notice without seeing the others' scores until all have
//! scored it, and the managers publish the ranked totals.
//!
//! - `board`: criteria, projects, commission and scores as read together;
//! - `totals`: the arithmetic of the fixed rule (pure);
//! - `commission`: naming and removing members; `projects`: the proposals and opening the
//!   evaluation; `scoring`: the members' sheets and the progress; `publish`: publishing.

pub mod board;
mod commission;
mod projects;
mod publish;
pub mod ranking;
mod scoring;
pub mod totals;

pub use publish::tell_followers;

use axum::{Router, routing::get};
use entity::procedure;

use super::store;
use crate::{
    consultations::access::Access,
    policy::Action,
    web::{AppResult, AppState, CurrentUser},
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/manage/procedures/{slug}/commission",
            get(commission::show).post(commission::add),
        )
        .route(
            "/manage/procedures/{slug}/commission/{user_id}/remove",
            get(commission::confirm_remove).post(commission::remove),
        )
        .route(
            "/procedures/{slug}/project",
            get(projects::edit).post(projects::save),
        )
        .route(
            "/manage/procedures/{slug}/evaluation/open",
            get(projects::confirm_open).post(projects::open),
        )
        .route("/procedures/{slug}/evaluation", get(scoring::overview))
        .route(
            "/procedures/{slug}/evaluation/{application_id}",
            get(scoring::sheet).post(scoring::score),
        )
        .route(
            "/manage/procedures/{slug}/evaluation/publish",
            get(publish::confirm_publish).post(publish::publish),
        )
}

/// The procedure, for one of its managers (a facilitator of its consultation or a coordinator).
async fn managed(
    state: &AppState,
    slug: &str,
    user: &CurrentUser,
) -> AppResult<(Access, procedure::Model)> {
    store::load(&state.db, slug, Some(user), Action::ManageProcedures).await
}

/// The field names of the scores, one per criterion in the notice's order: a form's fields
/// are named once, here, so that problems can be named at them.
pub const SCORE_FIELDS: [&str; 20] = [
    "score-1", "score-2", "score-3", "score-4", "score-5", "score-6", "score-7", "score-8",
    "score-9", "score-10", "score-11", "score-12", "score-13", "score-14", "score-15", "score-16",
    "score-17", "score-18", "score-19", "score-20",
];

/// The audit entry of a step on the procedure.
fn audit_entry<'a>(
    actor_id: i64,
    action: &'a str,
    procedure: &procedure::Model,
    details: serde_json::Value,
) -> crate::audit::Entry<'a> {
    crate::audit::Entry {
        actor_id: Some(actor_id),
        action,
        object_type: "procedure",
        object_id: Some(procedure.id),
        consultation_id: Some(procedure.consultation_id),
        details,
    }
}
