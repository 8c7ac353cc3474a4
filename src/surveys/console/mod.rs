//! The facilitator's survey builder: `/manage/consultations/{slug}/surveys` lists a
//! consultation's surveys; a survey's settings (`settings`), its sections and questions
//! (`builder`, `questions`), publishing it, and its text in other languages
//! (`translations`). Every change holds the survey and checks, inside the same
//! transaction, whether answers have arrived (`edit`).

mod builder;
mod form;
mod question_form;
mod questions;
mod settings;
mod translations;

use askama::Template;
use axum::{
    Router,
    extract::{Path, State},
    routing::{get, post},
};
use entity::survey_tally;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};

use super::{store, tally, window};
use crate::{
    consultations::access::{self, ConsultationKey},
    policy::Action,
    web::{AppResult, AppState, Page, PageCtx},
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/manage/consultations/{slug}/surveys", get(list))
        .route(
            "/manage/consultations/{slug}/surveys/new",
            get(settings::new).post(settings::create),
        )
        .route("/manage/surveys/{id}", get(builder::show))
        .route(
            "/manage/surveys/{id}/settings",
            get(settings::edit).post(settings::update),
        )
        .route("/manage/surveys/{id}/sections", post(builder::add_section))
        .route(
            "/manage/surveys/{id}/publish",
            get(builder::confirm_publish).post(builder::publish),
        )
        .route(
            "/manage/surveys/{id}/questions/new",
            get(questions::new).post(questions::create),
        )
        .route(
            "/manage/surveys/{id}/questions/{question}/edit",
            get(questions::edit).post(questions::update),
        )
        .route(
            "/manage/surveys/{id}/questions/{question}/delete",
            get(questions::confirm_delete).post(questions::delete),
        )
        .route(
            "/manage/surveys/{id}/translations/{locale}",
            get(translations::edit).post(translations::save),
        )
}

pub struct SurveyLine {
    pub id: i64,
    pub title: String,
    pub phase: &'static str,
    pub responses: i64,
}

#[derive(Template)]
#[template(path = "surveys/console_list.html")]
pub struct ListPage {
    ctx: PageCtx,
    slug: String,
    consultation: String,
    surveys: Vec<SurveyLine>,
}

/// The consultation's surveys with their phase and how many responses each has.
pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(slug): Path<String>,
) -> AppResult<Page<ListPage>> {
    let (access, rounds) = access::load_with_rounds(
        &state.db,
        ConsultationKey::Slug(&slug),
        ctx.user.as_ref(),
        Action::ManageSurveys,
    )
    .await?;
    let surveys = store::for_consultation(&state.db, access.consultation.id).await?;
    let counts: Vec<(i64, i64)> = survey_tally::Entity::find()
        .select_only()
        .column(survey_tally::Column::SurveyId)
        .column_as(survey_tally::Column::Count.sum(), "count")
        .filter(survey_tally::Column::SurveyId.is_in(surveys.iter().map(|s| s.id)))
        .filter(survey_tally::Column::QuestionId.eq(tally::SURVEY_WIDE))
        .filter(survey_tally::Column::Bucket.eq(tally::RESPONDENTS))
        .group_by(survey_tally::Column::SurveyId)
        .into_tuple::<(i64, Option<i64>)>()
        .all(&state.db)
        .await?
        .into_iter()
        .map(|(id, n)| (id, n.unwrap_or(0)))
        .collect();
    let now = state.now();
    let lines = surveys
        .into_iter()
        .map(|s| {
            let round = rounds
                .iter()
                .map(|(r, _)| r)
                .find(|r| Some(r.id) == s.round_id);
            SurveyLine {
                id: s.id,
                phase: window::phase(&s, round, now).key(),
                responses: counts
                    .iter()
                    .find(|(id, _)| *id == s.id)
                    .map_or(0, |(_, n)| *n),
                title: s.title,
            }
        })
        .collect();
    Ok(Page::ok(ListPage {
        ctx,
        slug,
        consultation: access.consultation.title,
        surveys: lines,
    }))
}
