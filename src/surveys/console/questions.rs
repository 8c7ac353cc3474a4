//! A survey's questions: adding one to a section, changing it (wording only once answers
//! have arrived), deleting it after a confirmation.

use askama::Template;
use axum::{
    Form,
    extract::{Path, Query, State},
    response::{IntoResponse, Response},
};
use entity::{Code, QuestionKind};
use serde::Deserialize;
use serde_json::json;

use super::question_form::QuestionForm;
use crate::{
    audit::{self, Entry},
    db,
    policy::Action,
    surveys::{
        build, edit,
        model::Structure,
        results::{Loaded, load},
        store,
    },
    web::{
        AppError, AppResult, AppSession, AppState, CurrentUser, FormErrors, Page, PageCtx,
        see_other,
    },
};

/// A choice a condition may name: `{question}:{position}` and how it reads.
pub struct ConditionChoice {
    pub value: String,
    pub label: String,
}

#[derive(Template)]
#[template(path = "surveys/console_question.html")]
pub struct QuestionPage {
    ctx: PageCtx,
    survey_id: i64,
    title: String,
    /// The question being changed; none while adding one.
    question: Option<i64>,
    locked: bool,
    section_title: String,
    form: QuestionForm,
    errors: FormErrors,
    kinds: Vec<&'static str>,
    conditions: Vec<ConditionChoice>,
}

impl QuestionPage {
    fn new(
        ctx: PageCtx,
        loaded: &Loaded,
        question: Option<i64>,
        (form, errors): (QuestionForm, FormErrors),
    ) -> Self {
        let structure = &loaded.structure;
        let section = form.section.parse::<i64>().ok();
        let index = structure
            .sections
            .iter()
            .position(|s| Some(s.model.id) == section);
        let mut conditions = Vec::new();
        for (number, q) in structure.questions().enumerate() {
            let earlier =
                index.is_some_and(|i| structure.section_of(q.id()).is_some_and(|s| s < i));
            if !earlier
                || !matches!(
                    q.kind(),
                    QuestionKind::SingleChoice | QuestionKind::MultipleChoice
                )
            {
                continue;
            }
            for (position, option) in q.options.iter().enumerate() {
                conditions.push(ConditionChoice {
                    value: format!("{}:{position}", q.id()),
                    label: format!("{}. {} — {}", number + 1, q.model.prompt, option.label),
                });
            }
        }
        Self {
            survey_id: structure.survey.id,
            title: structure.survey.title.clone(),
            question,
            locked: structure.survey.locked_at.is_some(),
            section_title: index
                .map(|i| structure.sections[i].model.title.clone())
                .unwrap_or_default(),
            form,
            errors,
            kinds: QuestionKind::CODES.iter().map(|(_, c)| *c).collect(),
            conditions,
            ctx,
        }
    }
}

#[derive(Deserialize)]
pub struct SectionQuery {
    #[serde(default)]
    section: String,
}

pub async fn new(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Query(query): Query<SectionQuery>,
) -> AppResult<Page<QuestionPage>> {
    let loaded = load(&state, id, ctx.user.as_ref(), Action::ManageSurveys).await?;
    let section = query.section.parse::<i64>().ok();
    if !loaded
        .structure
        .sections
        .iter()
        .any(|s| Some(s.model.id) == section)
    {
        return Err(AppError::NotFound);
    }
    let form = QuestionForm {
        section: query.section,
        kind: "single_choice".to_owned(),
        ..QuestionForm::default()
    };
    Ok(Page::ok(QuestionPage::new(
        ctx,
        &loaded,
        None,
        (form, FormErrors::new()),
    )))
}

fn invalid(
    ctx: PageCtx,
    loaded: &Loaded,
    question: Option<i64>,
    form: QuestionForm,
    problem: (&'static str, &'static str),
) -> Response {
    let mut errors = FormErrors::new();
    errors.add(problem.0, problem.1);
    Page::invalid(QuestionPage::new(ctx, loaded, question, (form, errors))).into_response()
}

async fn record(
    tx: &impl sea_orm::ConnectionTrait,
    user: &CurrentUser,
    loaded: &Loaded,
    action: &'static str,
    question: i64,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), sea_orm::DbErr> {
    audit::record(
        tx,
        Entry {
            actor_id: Some(user.id),
            action,
            object_type: "survey",
            object_id: Some(loaded.structure.survey.id),
            consultation_id: Some(loaded.access.consultation.id),
            details: json!({ "question": question }),
        },
        now,
    )
    .await
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path(id): Path<i64>,
    Form(form): Form<QuestionForm>,
) -> AppResult<Response> {
    let loaded = load(&state, id, Some(&user), Action::ManageSurveys).await?;
    let question = match form.parse() {
        Ok(question) => question,
        Err(errors) => {
            return Ok(
                Page::invalid(QuestionPage::new(ctx, &loaded, None, (form, errors)))
                    .into_response(),
            );
        }
    };
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let survey = store::lock(&tx, id).await?.ok_or(AppError::NotFound)?;
    if survey.locked_at.is_some() {
        drop(tx);
        return Ok(invalid(
            ctx,
            &loaded,
            None,
            form,
            ("prompt", "survey-locked-structure"),
        ));
    }
    let structure = Structure::load(&tx, survey).await?;
    let added = match build::add_question(&tx, &structure, question).await? {
        Ok(added) => added,
        Err(problem) => {
            drop(tx);
            return Ok(invalid(ctx, &loaded, None, form, problem));
        }
    };
    record(&tx, &user, &loaded, "survey.question_added", added, now).await?;
    tx.commit().await?;
    session.flash("survey-console-flash-saved").await?;
    Ok(see_other(&format!("/manage/surveys/{id}#question-{added}")))
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path((id, question)): Path<(i64, i64)>,
) -> AppResult<Page<QuestionPage>> {
    let loaded = load(&state, id, ctx.user.as_ref(), Action::ManageSurveys).await?;
    let form = QuestionForm::of(&loaded.structure, question).ok_or(AppError::NotFound)?;
    Ok(Page::ok(QuestionPage::new(
        ctx,
        &loaded,
        Some(question),
        (form, FormErrors::new()),
    )))
}

pub async fn update(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path((id, question)): Path<(i64, i64)>,
    Form(mut form): Form<QuestionForm>,
) -> AppResult<Response> {
    let loaded = load(&state, id, Some(&user), Action::ManageSurveys).await?;
    let current = QuestionForm::of(&loaded.structure, question).ok_or(AppError::NotFound)?;
    form.section = current.section;
    let changed = match form.parse() {
        Ok(changed) => changed,
        Err(errors) => {
            return Ok(Page::invalid(QuestionPage::new(
                ctx,
                &loaded,
                Some(question),
                (form, errors),
            ))
            .into_response());
        }
    };
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let survey = store::lock(&tx, id).await?.ok_or(AppError::NotFound)?;
    let structure = Structure::load(&tx, survey).await?;
    if let Err(problem) =
        edit::update_question(&tx, &structure, question, changed, user.id, now).await?
    {
        drop(tx);
        let loaded = Loaded {
            structure,
            ..loaded
        };
        return Ok(invalid(ctx, &loaded, Some(question), form, problem));
    }
    record(
        &tx,
        &user,
        &loaded,
        "survey.question_changed",
        question,
        now,
    )
    .await?;
    tx.commit().await?;
    session.flash("survey-console-flash-saved").await?;
    Ok(see_other(&format!(
        "/manage/surveys/{id}#question-{question}"
    )))
}

#[derive(Template)]
#[template(path = "surveys/console_delete.html")]
pub struct DeletePage {
    ctx: PageCtx,
    survey_id: i64,
    question: i64,
    prompt: String,
    problem: Option<&'static str>,
}

pub async fn confirm_delete(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path((id, question)): Path<(i64, i64)>,
) -> AppResult<Page<DeletePage>> {
    let loaded = load(&state, id, ctx.user.as_ref(), Action::ManageSurveys).await?;
    let prompt = loaded
        .structure
        .question(question)
        .ok_or(AppError::NotFound)?
        .model
        .prompt
        .clone();
    let problem = loaded
        .structure
        .survey
        .locked_at
        .map(|_| "survey-locked-structure");
    Ok(Page::ok(DeletePage {
        ctx,
        survey_id: id,
        question,
        prompt,
        problem,
    }))
}

pub async fn delete(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path((id, question)): Path<(i64, i64)>,
) -> AppResult<Response> {
    let loaded = load(&state, id, Some(&user), Action::ManageSurveys).await?;
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let survey = store::lock(&tx, id).await?.ok_or(AppError::NotFound)?;
    let structure = Structure::load(&tx, survey).await?;
    let prompt = structure
        .question(question)
        .ok_or(AppError::NotFound)?
        .model
        .prompt
        .clone();
    if let Err(problem) = edit::delete_question(&tx, &structure, question).await? {
        drop(tx);
        let page = DeletePage {
            ctx,
            survey_id: id,
            question,
            prompt,
            problem: Some(problem),
        };
        return Ok(Page::invalid(page).into_response());
    }
    record(
        &tx,
        &user,
        &loaded,
        "survey.question_deleted",
        question,
        now,
    )
    .await?;
    tx.commit().await?;
    session.flash("survey-console-flash-deleted").await?;
    Ok(see_other(&format!("/manage/surveys/{id}")))
}
