//! The review of every answer before sending, submitting, and the thank-you page.

use askama::Template;
use axum::{
    extract::{Path, Query, State},
    response::{IntoResponse, Response},
};
use entity::ResponseStatus;

use super::{
    Original, keep_original, load, refusal, respondent, section, still_open, texts,
    view::{self, Text},
};
use crate::{
    db,
    surveys::{
        answers::{self, AnswerErrors},
        model::Structure,
        responses::{self, Outcome, Respondent},
        texts::{self as items},
        window,
    },
    timezone,
    web::{AppError, AppResult, AppState, CurrentUser, Page, PageCtx},
};

pub struct ReviewAnswer {
    prompt: Text,
    /// None: no answer.
    answer: Option<String>,
}

pub struct ReviewSection {
    number: usize,
    heading: Text,
    answers: Vec<ReviewAnswer>,
}

#[derive(Template)]
#[template(path = "surveys/review.html")]
pub struct ReviewPage {
    ctx: PageCtx,
    id: i64,
    title: Text,
    sections: Vec<ReviewSection>,
    submitted: bool,
    anonymous: bool,
    keep: &'static str,
    translated: bool,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(id): Path<i64>,
    Query(original): Query<Original>,
) -> AppResult<Page<ReviewPage>> {
    let (loaded, _) = respondent(&state, id, &user).await?;
    let texts = texts(&state, &ctx, &loaded.survey, &original).await?;
    let structure = Structure::load(&state.db, loaded.survey).await?;
    let response = responses::of_person(&state.db, id, user.id).await?;
    let saved = match &response {
        Some(r) => responses::answers_of(&state.db, &structure, r.id).await?,
        None => answers::Answers::new(),
    };
    let shown = answers::shown(&structure, &saved);
    let sections = structure
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| ReviewSection {
            number: i + 1,
            heading: Text::new(&texts, &items::section(s.model.id), &s.model.title),
            answers: s
                .questions
                .iter()
                .filter(|q| shown.contains(&q.id()))
                .map(|q| ReviewAnswer {
                    prompt: Text::new(&texts, &items::prompt(q.id()), &q.model.prompt),
                    answer: saved
                        .get(&q.id())
                        .map(|v| view::answer(&texts, q, v, ctx.locale)),
                })
                .collect(),
        })
        .filter(|s| !s.answers.is_empty())
        .collect();
    let survey = &structure.survey;
    Ok(Page::ok(ReviewPage {
        id,
        title: Text::new(&texts, items::TITLE, &survey.title),
        sections,
        submitted: response.is_some_and(|r| r.status == ResponseStatus::Submitted),
        anonymous: survey.anonymous,
        keep: keep_original(&texts),
        translated: texts.is_translation(),
        ctx,
    }))
}

#[derive(Template)]
#[template(path = "surveys/done.html")]
pub struct DonePage {
    ctx: PageCtx,
    id: i64,
    slug: String,
    title: Text,
    anonymous: bool,
    /// Until when the answers may change (non-anonymous surveys).
    closes: Option<(String, String)>,
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(id): Path<i64>,
    Query(original): Query<Original>,
) -> AppResult<Response> {
    // Not `respondent`: a second click on "send" after an anonymous answer went through
    // gets the thank-you page again, not a refusal.
    let loaded = load(&state, id, Some(&user)).await?;
    let now = state.now();
    if let Some(reason) = refusal(&loaded, loaded.phase(now)) {
        return Err(AppError::Forbidden(reason));
    }
    let who = Respondent {
        user_id: user.id,
        group: user.group,
    };
    let texts = texts(&state, &ctx, &loaded.survey, &original).await?;
    let tx = db::begin_write(&state.db).await?;
    // The structure as it stands while the survey is held: a facilitator's change made
    // just before cannot be missed by the first answer that locks it.
    let held = still_open(&tx, id, now).await?;
    let structure = Structure::load(&tx, held).await?;
    let outcome = responses::submit(&tx, &structure, who, now).await?;
    tx.commit().await?;
    if let Outcome::Incomplete(missing) = outcome {
        return incomplete(&state, ctx, &structure, &texts, user.id, &missing).await;
    }
    let survey = &structure.survey;
    let closes = window::closes_at(survey, loaded.round.as_ref())
        .filter(|_| !survey.anonymous)
        .map(|at| {
            (
                timezone::display(at, state.config.timezone, ctx.locale),
                timezone::machine(at),
            )
        });
    Ok(Page::ok(DonePage {
        id,
        slug: loaded.access.consultation.slug.clone(),
        title: Text::new(&texts, items::TITLE, &survey.title),
        anonymous: survey.anonymous,
        closes,
        ctx,
    })
    .into_response())
}

/// The first section with a required question unanswered, naming what is missing.
async fn incomplete(
    state: &AppState,
    ctx: PageCtx,
    structure: &Structure,
    texts: &items::Texts,
    user_id: i64,
    missing: &AnswerErrors,
) -> AppResult<Response> {
    let saved = section::saved(state, structure, user_id).await?;
    let number = missing
        .0
        .keys()
        .filter_map(|q| structure.section_of(*q))
        .min()
        .unwrap_or(0)
        + 1;
    let fields = view::fields_of(&saved);
    let page = section::page(ctx, structure, texts, number, &saved, &fields, missing)?;
    Ok(Page::invalid(page).into_response())
}
