//! `/manage/surveys/{id}`: a survey's sections and questions as the facilitator builds
//! them, with its history of wording fixes; adding a section; publishing.

use askama::Template;
use axum::{
    Form,
    extract::{Path, State},
    response::{IntoResponse, Response},
};
use entity::{Code, SurveyStatus, survey_revision};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::Deserialize;
use serde_json::json;

use crate::{
    audit::{self, Entry},
    db,
    policy::Action,
    surveys::{
        build,
        model::{Question, Structure},
        results::{Loaded, load},
        store,
    },
    timezone,
    web::{
        AppError, AppResult, AppSession, AppState, CurrentUser, FormErrors, Page, PageCtx,
        TextKind, one_line, see_other,
    },
};

/// At most this many sections in a survey.
const MAX_SECTIONS: usize = 30;

pub struct QuestionLine {
    pub id: i64,
    pub number: usize,
    pub kind: &'static str,
    pub prompt: String,
    pub required: bool,
    pub options: Vec<String>,
    /// "Q2 — No": shown only after that answer.
    pub condition: Option<String>,
}

pub struct SectionLine {
    pub id: i64,
    pub number: usize,
    pub title: String,
    pub questions: Vec<QuestionLine>,
}

pub struct RevisionLine {
    pub item: String,
    pub before: String,
    pub after: String,
    pub when: String,
}

#[derive(Template)]
#[template(path = "surveys/console_builder.html")]
pub struct BuilderPage {
    ctx: PageCtx,
    slug: String,
    consultation: String,
    id: i64,
    title: String,
    phase: &'static str,
    draft: bool,
    locked: bool,
    anonymous: bool,
    language: String,
    sections: Vec<SectionLine>,
    revisions: Vec<RevisionLine>,
    errors: FormErrors,
    section_title: String,
}

fn condition(
    structure: &Structure,
    question: &Question,
    numbers: &[(i64, usize)],
) -> Option<String> {
    let (on, option) = question
        .model
        .show_if_question
        .zip(question.model.show_if_option)?;
    let number = numbers
        .iter()
        .find(|(id, _)| *id == on)
        .map_or(0, |(_, n)| *n);
    let label = structure.question(on)?.option(option)?.label.clone();
    Some(format!("{number} — {label}"))
}

fn sections(structure: &Structure) -> Vec<SectionLine> {
    let numbers: Vec<(i64, usize)> = structure
        .questions()
        .zip(1..)
        .map(|(q, n)| (q.id(), n))
        .collect();
    structure
        .sections
        .iter()
        .zip(1..)
        .map(|(section, number)| SectionLine {
            id: section.model.id,
            number,
            title: section.model.title.clone(),
            questions: section
                .questions
                .iter()
                .map(|q| QuestionLine {
                    id: q.id(),
                    number: numbers
                        .iter()
                        .find(|(id, _)| *id == q.id())
                        .map_or(0, |(_, n)| *n),
                    kind: q.kind().code(),
                    prompt: q.model.prompt.clone(),
                    required: q.model.required,
                    options: q.options.iter().map(|o| o.label.clone()).collect(),
                    condition: condition(structure, q, &numbers),
                })
                .collect(),
        })
        .collect()
}

async fn page(
    state: &AppState,
    ctx: PageCtx,
    loaded: Loaded,
    (errors, section_title): (FormErrors, String),
) -> AppResult<BuilderPage> {
    let survey = &loaded.structure.survey;
    let revisions = survey_revision::Entity::find()
        .filter(survey_revision::Column::SurveyId.eq(survey.id))
        .order_by_desc(survey_revision::Column::Id)
        .limit(100)
        .all(&state.db)
        .await?
        .into_iter()
        .map(|r| RevisionLine {
            item: r.item,
            before: r.before,
            after: r.after,
            when: timezone::display(r.edited_at, state.config.timezone, ctx.locale),
        })
        .collect();
    Ok(BuilderPage {
        slug: loaded.access.consultation.slug.clone(),
        consultation: loaded.access.consultation.title.clone(),
        id: survey.id,
        title: survey.title.clone(),
        phase: loaded.phase.key(),
        draft: survey.status == SurveyStatus::Draft,
        locked: survey.locked_at.is_some(),
        anonymous: survey.anonymous,
        language: survey.language.clone(),
        sections: sections(&loaded.structure),
        revisions,
        errors,
        section_title,
        ctx,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<Page<BuilderPage>> {
    let loaded = load(&state, id, ctx.user.as_ref(), Action::ManageSurveys).await?;
    Ok(Page::ok(
        page(&state, ctx, loaded, (FormErrors::new(), String::new())).await?,
    ))
}

#[derive(Deserialize)]
pub struct SectionForm {
    #[serde(default)]
    title: String,
}

pub async fn add_section(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path(id): Path<i64>,
    Form(form): Form<SectionForm>,
) -> AppResult<Response> {
    let loaded = load(&state, id, Some(&user), Action::ManageSurveys).await?;
    let mut errors = FormErrors::new();
    errors.refuse_control_characters("section_title", &form.title, TextKind::Line);
    let title = one_line(&form.title);
    if title.is_empty() {
        errors.add("section_title", "survey-console-error-section-title");
    } else if title.chars().count() > 200 {
        errors.add("section_title", "error-title-long");
    }
    let tx = db::begin_write(&state.db).await?;
    let survey = store::lock(&tx, id).await?.ok_or(AppError::NotFound)?;
    if survey.locked_at.is_some() {
        errors.add("section_title", "survey-locked-structure");
    } else if loaded.structure.sections.len() >= MAX_SECTIONS {
        errors.add("section_title", "survey-console-error-too-many-sections");
    }
    if !errors.is_empty() {
        drop(tx);
        let page = page(&state, ctx, loaded, (errors, form.title)).await?;
        return Ok(Page::invalid(page).into_response());
    }
    build::add_section(&tx, id, title, String::new()).await?;
    tx.commit().await?;
    session.flash("survey-console-flash-saved").await?;
    Ok(see_other(&format!("/manage/surveys/{id}")))
}

#[derive(Template)]
#[template(path = "surveys/console_publish.html")]
pub struct PublishPage {
    ctx: PageCtx,
    id: i64,
    title: String,
    questions: usize,
    problem: Option<&'static str>,
}

pub async fn confirm_publish(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<Page<PublishPage>> {
    let loaded = load(&state, id, ctx.user.as_ref(), Action::ManageSurveys).await?;
    let questions = loaded.structure.questions().count();
    Ok(Page::ok(PublishPage {
        ctx,
        id,
        title: loaded.structure.survey.title.clone(),
        questions,
        problem: (questions == 0).then_some("survey-publish-no-questions"),
    }))
}

pub async fn publish(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let loaded = load(&state, id, Some(&user), Action::ManageSurveys).await?;
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let survey = store::lock(&tx, id).await?.ok_or(AppError::NotFound)?;
    if survey.status == SurveyStatus::Published {
        drop(tx);
        return Ok(see_other(&format!("/manage/surveys/{id}")));
    }
    let structure = Structure::load(&tx, survey).await?;
    if let Err(problem) = build::publish(&tx, &structure, now).await? {
        drop(tx);
        let page = PublishPage {
            ctx,
            id,
            title: structure.survey.title.clone(),
            questions: 0,
            problem: Some(problem),
        };
        return Ok(Page::invalid(page).into_response());
    }
    audit::record(
        &tx,
        Entry {
            actor_id: Some(user.id),
            action: "survey.published",
            object_type: "survey",
            object_id: Some(id),
            consultation_id: Some(loaded.access.consultation.id),
            details: json!({ "questions": structure.questions().count() }),
        },
        now,
    )
    .await?;
    tx.commit().await?;
    session.flash("survey-console-flash-published").await?;
    Ok(see_other(&format!("/manage/surveys/{id}")))
}
