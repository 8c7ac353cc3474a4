//! The public survey pages and answering: a consultation's surveys, a survey's page, one
//! section per page (saved as the person goes, prefilled when they come back), the review
//! of every answer and submitting.
//!
//! - `list`: the consultation's surveys and a survey's own page;
//! - `section`: answering one section;
//! - `review`: the review, submitting and the thank-you page;
//! - `view`: questions and answers as the pages show them.

mod list;
mod review;
mod section;
mod view;

use axum::{Router, routing::get};
use chrono::{DateTime, Utc};
use entity::{SurveyStatus, round, survey};
use serde::Deserialize;

use super::{
    model,
    responses::{self, Respondent},
    store,
    texts::Texts,
    window::{self, Phase},
};
use crate::{
    consultations::access::{self, Access, ConsultationKey},
    policy::{self, Action, Person},
    web::{AppError, AppResult, AppState, CurrentUser, PageCtx},
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/consultations/{slug}/surveys", get(list::list))
        .route("/surveys/{id}", get(list::show))
        .route(
            "/surveys/{id}/sections/{n}",
            get(section::show).post(section::save),
        )
        .route("/surveys/{id}/review", get(review::show))
        .route("/surveys/{id}/submit", axum::routing::post(review::submit))
}

/// `?original=1`: the survey as written, even where a translation exists.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Original {
    original: Option<String>,
}

impl Original {
    fn wanted(&self) -> bool {
        self.original.as_deref() == Some("1")
    }
}

/// A survey with its consultation (checked for viewing) and its round.
pub(super) struct Loaded {
    pub access: Access,
    pub survey: survey::Model,
    pub round: Option<round::Model>,
}

impl Loaded {
    pub fn phase(&self, now: DateTime<Utc>) -> Phase {
        window::phase(&self.survey, self.round.as_ref(), now)
    }

    pub fn can_manage(&self) -> bool {
        self.access.allows(Action::ManageSurveys)
    }
}

/// The survey `id` as `user` may see it: unknown ids, surveys of consultations the visitor
/// may not see and drafts (but for those who manage surveys) are the same 404.
pub(super) async fn load(
    state: &AppState,
    id: i64,
    user: Option<impl Into<Person>>,
) -> AppResult<Loaded> {
    let survey = store::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (access, rounds) = access::load_with_rounds(
        &state.db,
        ConsultationKey::Id(survey.consultation_id),
        user,
        Action::View,
    )
    .await?;
    let round = rounds
        .into_iter()
        .map(|(r, _)| r)
        .find(|r| Some(r.id) == survey.round_id);
    let loaded = Loaded {
        access,
        survey,
        round,
    };
    if loaded.survey.status == SurveyStatus::Draft && !loaded.can_manage() {
        return Err(AppError::NotFound);
    }
    Ok(loaded)
}

/// Why the visitor cannot answer the survey at `phase` (a Fluent key), if they cannot.
pub(super) fn refusal(loaded: &Loaded, phase: Phase) -> Option<&'static str> {
    if let Err(reason) = policy::can_take_part(&loaded.access.standing, &loaded.access.consultation)
    {
        return Some(reason);
    }
    let group = loaded.access.standing.user.as_ref().map(|u| u.group)?;
    if !model::groups(&loaded.survey).contains(&group) {
        return Some("survey-refusal-group");
    }
    match phase {
        Phase::Open => None,
        Phase::Draft => Some("survey-refusal-draft"),
        Phase::Upcoming => Some("survey-refusal-upcoming"),
        Phase::Closed => Some("survey-refusal-closed"),
    }
}

/// The person answering: the survey loaded for them, checked that they may answer now and
/// have not already answered it anonymously.
pub(super) async fn respondent(
    state: &AppState,
    id: i64,
    user: &CurrentUser,
) -> AppResult<(Loaded, Respondent)> {
    let loaded = load(state, id, Some(user)).await?;
    if let Some(reason) = refusal(&loaded, loaded.phase(state.now())) {
        return Err(AppError::Forbidden(reason));
    }
    if loaded.survey.anonymous && responses::answered_anonymously(&state.db, id, user.id).await? {
        return Err(AppError::Forbidden("survey-refusal-answered-anonymously"));
    }
    Ok((
        loaded,
        Respondent {
            user_id: user.id,
            group: user.group,
        },
    ))
}

/// Inside a write transaction holding the survey: whether it still takes this person's
/// answers at `now` (it may have closed since the page was read).
pub(super) async fn still_open(
    tx: &impl sea_orm::ConnectionTrait,
    id: i64,
    now: DateTime<Utc>,
) -> AppResult<survey::Model> {
    let survey = store::lock(tx, id).await?.ok_or(AppError::NotFound)?;
    let round = store::round_of(tx, &survey).await?;
    match window::phase(&survey, round.as_ref(), now) {
        Phase::Open => Ok(survey),
        Phase::Upcoming => Err(AppError::Forbidden("survey-refusal-upcoming")),
        Phase::Draft => Err(AppError::Forbidden("survey-refusal-draft")),
        Phase::Closed => Err(AppError::Forbidden("survey-refusal-closed")),
    }
}

/// The survey's text for the page's reader.
pub(super) async fn texts(
    state: &AppState,
    ctx: &PageCtx,
    survey: &survey::Model,
    original: &Original,
) -> AppResult<Texts> {
    Ok(Texts::load(&state.db, survey, ctx.locale.code(), original.wanted()).await?)
}

/// `?original=1` when the reader asked for the original, for links that keep it.
pub(super) fn keep_original(texts: &Texts) -> &'static str {
    if texts.original_requested {
        "?original=1"
    } else {
        ""
    }
}
