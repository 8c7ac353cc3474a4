//! A consultation's surveys, and a survey's own page: what it asks, when, of whom, how
//! answers are kept, and where the visitor stands.

use askama::Template;
use axum::extract::{Path, Query, State};
use entity::{ResponseStatus, SurveyStatus, survey};

use super::{Loaded, Original, keep_original, load, refusal, texts, view::Text};
use crate::{
    consultations::access::{self, ConsultationKey},
    policy::Action,
    surveys::{
        answers,
        model::{self, Structure},
        responses, store,
        texts::{self as items, Texts},
        window,
    },
    timezone,
    web::{AppResult, AppState, Page, PageCtx},
};

/// Where the visitor stands toward one survey.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mine {
    Nothing,
    Draft,
    Submitted,
    /// Answered anonymously: nothing links them to the answers.
    Anonymous,
}

pub(super) async fn mine(
    state: &AppState,
    survey: &survey::Model,
    user: Option<i64>,
) -> AppResult<Mine> {
    let Some(user) = user else {
        return Ok(Mine::Nothing);
    };
    if survey.anonymous && responses::answered_anonymously(&state.db, survey.id, user).await? {
        return Ok(Mine::Anonymous);
    }
    Ok(
        match responses::of_person(&state.db, survey.id, user).await? {
            Some(r) if r.status == ResponseStatus::Submitted => Mine::Submitted,
            Some(_) => Mine::Draft,
            None => Mine::Nothing,
        },
    )
}

pub struct SurveyCard {
    id: i64,
    title: Text,
    phase: &'static str,
    draft: bool,
    closes: Option<(String, String)>,
    answered: bool,
}

#[derive(Template)]
#[template(path = "surveys/list.html")]
pub struct ListPage {
    ctx: PageCtx,
    slug: String,
    consultation: String,
    surveys: Vec<SurveyCard>,
}

pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(slug): Path<String>,
) -> AppResult<Page<ListPage>> {
    let (access, rounds) = access::load_with_rounds(
        &state.db,
        ConsultationKey::Slug(&slug),
        ctx.user.as_ref(),
        Action::View,
    )
    .await?;
    let can_manage = access.allows(Action::ManageSurveys);
    let now = state.now();
    let mut surveys = Vec::new();
    for survey in store::for_consultation(&state.db, access.consultation.id).await? {
        let draft = survey.status == SurveyStatus::Draft;
        if draft && !can_manage {
            continue;
        }
        let round = rounds
            .iter()
            .map(|(r, _)| r)
            .find(|r| Some(r.id) == survey.round_id);
        let texts = Texts::load(&state.db, &survey, ctx.locale.code(), false).await?;
        let answered = matches!(
            mine(&state, &survey, access.user_id()).await?,
            Mine::Submitted | Mine::Anonymous
        );
        surveys.push(SurveyCard {
            id: survey.id,
            title: Text::new(&texts, items::TITLE, &survey.title),
            phase: window::phase(&survey, round, now).key(),
            draft,
            closes: window::closes_at(&survey, round).map(|at| {
                (
                    timezone::display(at, state.config.timezone, ctx.locale),
                    timezone::machine(at),
                )
            }),
            answered,
        });
    }
    Ok(Page::ok(ListPage {
        ctx,
        slug,
        consultation: access.consultation.title.clone(),
        surveys,
    }))
}

#[derive(Template)]
#[template(path = "surveys/show.html")]
pub struct ShowPage {
    ctx: PageCtx,
    id: i64,
    slug: String,
    consultation: String,
    title: Text,
    intro: Text,
    phase: &'static str,
    opens: Option<(String, String)>,
    closes: Option<(String, String)>,
    groups: Vec<&'static str>,
    anonymous: bool,
    mine: Mine,
    /// Why the visitor cannot answer (a Fluent key); None: they can.
    refusal: Option<&'static str>,
    /// Where answering starts or continues.
    start: String,
    translated: bool,
    original_requested: bool,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Query(original): Query<Original>,
) -> AppResult<Page<ShowPage>> {
    let loaded = load(&state, id, ctx.user.as_ref()).await?;
    let now = state.now();
    let phase = loaded.phase(now);
    let mine = mine(&state, &loaded.survey, loaded.access.user_id()).await?;
    let texts = texts(&state, &ctx, &loaded.survey, &original).await?;
    let start = start(&state, &loaded, mine, &texts).await?;
    let display = |at| {
        (
            timezone::display(at, state.config.timezone, ctx.locale),
            timezone::machine(at),
        )
    };
    let survey = &loaded.survey;
    let opens = match &loaded.round {
        Some(r) if survey.round_id.is_some() => Some(r.opens_at),
        _ => survey.opens_at,
    };
    Ok(Page::ok(ShowPage {
        id,
        slug: loaded.access.consultation.slug.clone(),
        consultation: loaded.access.consultation.title.clone(),
        title: Text::new(&texts, items::TITLE, &survey.title),
        intro: Text::new(&texts, items::INTRO, &survey.intro),
        phase: phase.key(),
        opens: opens.map(display),
        closes: window::closes_at(survey, loaded.round.as_ref()).map(display),
        groups: model::groups(survey)
            .into_iter()
            .map(entity::Code::code)
            .collect(),
        anonymous: survey.anonymous,
        refusal: refusal(&loaded, phase),
        mine,
        start,
        translated: texts.is_translation(),
        original_requested: texts.original_requested,
        ctx,
    }))
}

/// The first section with a question shown given the saved answers, or the review when
/// the person has submitted (or every section is empty).
async fn start(state: &AppState, loaded: &Loaded, mine: Mine, texts: &Texts) -> AppResult<String> {
    let id = loaded.survey.id;
    let keep = keep_original(texts);
    if mine == Mine::Submitted {
        return Ok(format!("/surveys/{id}/review{keep}"));
    }
    let structure = Structure::load(&state.db, loaded.survey.clone()).await?;
    let saved = match (mine, loaded.access.user_id()) {
        (Mine::Draft, Some(user)) => match responses::of_person(&state.db, id, user).await? {
            Some(r) => responses::answers_of(&state.db, &structure, r.id).await?,
            None => answers::Answers::new(),
        },
        _ => answers::Answers::new(),
    };
    let shown = answers::shown(&structure, &saved);
    Ok(
        match structure
            .sections
            .iter()
            .position(|s| s.questions.iter().any(|q| shown.contains(&q.id())))
        {
            Some(index) => format!("/surveys/{id}/sections/{}{keep}", index + 1),
            None => format!("/surveys/{id}/review{keep}"),
        },
    )
}
