//! A survey's results by stakeholder group, online and paper apart and together, read from
//! its counters; text answers for facilitators, who may hide them or publish them as quotes.
//!
//! - `figures`: the arithmetic (per question, per group, with suppression), free of HTTP;
//! - `page`: `/surveys/{id}/results`;
//! - `text`: `/manage/surveys/{id}/answers/{question}`, text answers and their moderation.

pub mod figures;
mod page;
mod text;

use axum::{
    Router,
    routing::{get, post},
};

use super::{
    model::Structure,
    store,
    window::{self, Phase},
};
use crate::{
    consultations::access::{self, Access, ConsultationKey},
    policy::{Action, Person},
    web::{AppError, AppResult, AppState},
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/surveys/{id}/results", get(page::show))
        .route("/manage/surveys/{id}/answers/{question}", get(text::list))
        .route(
            "/manage/surveys/{id}/answers/{question}/{answer}/hide",
            get(text::hide_page).post(text::hide),
        )
        .route(
            "/manage/surveys/{id}/answers/{question}/{answer}/{change}",
            post(text::change),
        )
}

/// A survey with its consultation and structure, the visitor checked for `action`, and
/// where the survey stands now. Unknown surveys, and drafts for anyone but their
/// facilitators, are a 404.
pub(in crate::surveys) struct Loaded {
    pub access: Access,
    pub structure: Structure,
    pub phase: Phase,
    pub facilitator: bool,
}

pub(in crate::surveys) async fn load(
    state: &AppState,
    id: i64,
    user: Option<impl Into<Person>>,
    action: Action,
) -> AppResult<Loaded> {
    let survey = store::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (access, rounds) = access::load_with_rounds(
        &state.db,
        ConsultationKey::Id(survey.consultation_id),
        user,
        action,
    )
    .await?;
    let round = rounds
        .iter()
        .map(|(r, _)| r)
        .find(|r| Some(r.id) == survey.round_id);
    let phase = window::phase(&survey, round, state.now());
    let facilitator = access.allows(Action::ManageSurveys);
    if phase == Phase::Draft && !facilitator {
        return Err(AppError::NotFound);
    }
    let structure = Structure::load(&state.db, survey).await?;
    Ok(Loaded {
        access,
        structure,
        phase,
        facilitator,
    })
}
