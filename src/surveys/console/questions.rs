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

use crate::{
    audit::{self, Entry},
    db,
    policy::Action,
    surveys::{
        build::{self, NewQuestion},
        edit,
        model::{Structure, takes_options},
        results::{Loaded, load},
        store,
    },
    web::{
        AppError, AppResult, AppSession, AppState, CurrentUser, FormErrors, Page, PageCtx,
        TextKind, one_line, see_other,
    },
};

const MAX_PROMPT_CHARS: usize = 1000;
const MAX_HELP_CHARS: usize = 2000;
const MAX_LABEL_CHARS: usize = 200;

/// The question form as submitted.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct QuestionForm {
    pub section: String,
    pub kind: String,
    pub prompt: String,
    pub help: String,
    pub required: Option<String>,
    /// One option per line.
    pub options: String,
    pub max_choices: String,
    pub min_label: String,
    pub max_label: String,
    /// `{question}:{position}`, or empty.
    pub show_if: String,
}

impl QuestionForm {
    fn of(structure: &Structure, id: i64) -> Option<Self> {
        let q = structure.question(id)?;
        let show_if = q
            .model
            .show_if_question
            .zip(q.model.show_if_option)
            .and_then(|(on, option)| {
                let position = structure
                    .question(on)?
                    .options
                    .iter()
                    .position(|o| o.id == option)?;
                Some(format!("{on}:{position}"))
            })
            .unwrap_or_default();
        Some(Self {
            section: q.model.section_id.to_string(),
            kind: q.kind().code().to_owned(),
            prompt: q.model.prompt.clone(),
            help: q.model.help.clone(),
            required: q.model.required.then(|| "on".to_owned()),
            options: q
                .options
                .iter()
                .map(|o| o.label.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
            max_choices: q
                .model
                .max_choices
                .map(|n| n.to_string())
                .unwrap_or_default(),
            min_label: q.model.min_label.clone().unwrap_or_default(),
            max_label: q.model.max_label.clone().unwrap_or_default(),
            show_if,
        })
    }

    /// Checks the form into a question (its section as the form names it).
    fn parse(&self) -> Result<NewQuestion, FormErrors> {
        let mut errors = FormErrors::new();
        errors.refuse_control_characters("prompt", &self.prompt, TextKind::Long);
        errors.refuse_control_characters("help", &self.help, TextKind::Long);
        errors.refuse_control_characters("options", &self.options, TextKind::Long);
        let kind = QuestionKind::from_code(&self.kind);
        if kind.is_none() {
            errors.add("kind", "survey-console-error-kind");
        }
        let kind = kind.unwrap_or(QuestionKind::ShortText);
        if self.prompt.trim().is_empty() {
            errors.add("prompt", "survey-build-prompt-required");
        } else if self.prompt.chars().count() > MAX_PROMPT_CHARS {
            errors.add("prompt", "survey-console-error-text-long");
        }
        if self.help.chars().count() > MAX_HELP_CHARS {
            errors.add("help", "survey-console-error-text-long");
        }
        let options: Vec<String> = if takes_options(kind) {
            self.options
                .lines()
                .map(one_line)
                .filter(|o| !o.is_empty())
                .collect()
        } else {
            Vec::new()
        };
        if options.iter().any(|o| o.chars().count() > MAX_LABEL_CHARS) {
            errors.add("options", "survey-console-error-text-long");
        }
        let max_choices = match (kind, self.max_choices.trim()) {
            (QuestionKind::MultipleChoice, raw) if !raw.is_empty() => match raw.parse::<i32>() {
                Ok(n) => Some(n),
                Err(_) => {
                    errors.add("max_choices", "survey-build-max-choices");
                    None
                }
            },
            _ => None,
        };
        let label = |raw: &str| {
            let line = one_line(raw);
            (kind == QuestionKind::Scale && !line.is_empty()).then_some(line)
        };
        let (min_label, max_label) = (label(&self.min_label), label(&self.max_label));
        if [&min_label, &max_label]
            .iter()
            .any(|l| l.as_ref().is_some_and(|l| l.chars().count() > 100))
        {
            errors.add("min_label", "survey-console-error-text-long");
        }
        let show_if = match self.show_if.split_once(':') {
            None if self.show_if.trim().is_empty() => None,
            Some((q, p)) => match (q.parse::<i64>(), p.parse::<usize>()) {
                (Ok(q), Ok(p)) => Some((q, p)),
                _ => {
                    errors.add("show_if", "survey-build-condition");
                    None
                }
            },
            None => {
                errors.add("show_if", "survey-build-condition");
                None
            }
        };
        errors.into_result()?;
        Ok(NewQuestion {
            section_id: self.section.trim().parse().unwrap_or(0),
            kind,
            prompt: self.prompt.trim().to_owned(),
            help: self.help.trim().to_owned(),
            required: self.required.is_some(),
            max_choices,
            min_label,
            max_label,
            options,
            show_if,
        })
    }
}

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
