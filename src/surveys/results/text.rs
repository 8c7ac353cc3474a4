//! `/manage/surveys/{id}/answers/{question}`: a text question's answers for its
//! facilitators, a page at a time, each with where it came from (online, or the place and
//! day of a paper questionnaire; never the account). Facilitators hide an answer (with a
//! reason) or show it again, and publish one as a quote on the results page or withdraw it.
//! Every change is audited.

use askama::Template;
use axum::{
    Form,
    extract::{Path, Query, State},
    response::{IntoResponse, Response},
};
use chrono::NaiveDate;
use entity::{ResponseSource, ResponseStatus, survey_answer, survey_response};
use sea_orm::{
    ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, JoinType},
};
use serde::Deserialize;
use serde_json::json;

use super::{Loaded, load};
use crate::{
    audit, db,
    policy::Action,
    surveys::{model::is_text, store},
    web::{
        AppError, AppResult, AppSession, AppState, CurrentUser, FormErrors, Page, PageCtx,
        PageQuery, TextKind, see_other,
    },
};

pub const PER_PAGE: u64 = 30;
const MAX_REASON_CHARS: usize = 1000;

pub struct AnswerView {
    pub id: i64,
    pub text: String,
    pub hidden: bool,
    pub quoted: bool,
    pub paper: bool,
    pub place: String,
    pub day: String,
}

#[derive(Template)]
#[template(path = "surveys/results_answers.html")]
pub struct AnswersPage {
    ctx: PageCtx,
    survey_id: i64,
    question_id: i64,
    prompt: String,
    answers: Vec<AnswerView>,
    page: u64,
    pages: u64,
}

impl AnswersPage {
    fn page_link(&self, page: u64) -> String {
        format!(
            "/manage/surveys/{}/answers/{}?page={page}",
            self.survey_id, self.question_id
        )
    }
}

type Row = (
    i64,
    Option<String>,
    bool,
    bool,
    ResponseSource,
    Option<String>,
    Option<NaiveDate>,
);

/// The survey and its text question `question`, for its facilitators.
async fn load_question(
    state: &AppState,
    id: i64,
    question: i64,
    user: Option<&CurrentUser>,
) -> AppResult<(Loaded, String)> {
    let loaded = load(state, id, user, Action::ManageSurveys).await?;
    let prompt = loaded
        .structure
        .question(question)
        .filter(|q| is_text(q.kind()))
        .map(|q| q.model.prompt.clone())
        .ok_or(AppError::NotFound)?;
    Ok((loaded, prompt))
}

fn answers_of(survey_id: i64, question: i64) -> sea_orm::Select<survey_answer::Entity> {
    survey_answer::Entity::find()
        .select_only()
        .column(survey_answer::Column::Id)
        .column(survey_answer::Column::Text)
        .column(survey_answer::Column::Hidden)
        .column(survey_answer::Column::Quoted)
        .column_as(
            Expr::col((survey_response::Entity, survey_response::Column::Source)),
            "source",
        )
        .column_as(
            Expr::col((survey_response::Entity, survey_response::Column::Place)),
            "place",
        )
        .column_as(
            Expr::col((survey_response::Entity, survey_response::Column::HeldOn)),
            "held_on",
        )
        .join(
            JoinType::InnerJoin,
            survey_answer::Entity::belongs_to(survey_response::Entity)
                .from(survey_answer::Column::ResponseId)
                .to(survey_response::Column::Id)
                .into(),
        )
        .filter(survey_answer::Column::QuestionId.eq(question))
        .filter(survey_response::Column::SurveyId.eq(survey_id))
        .filter(survey_response::Column::Status.eq(ResponseStatus::Submitted))
        .order_by_desc(survey_answer::Column::Id)
}

pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path((id, question)): Path<(i64, i64)>,
    Query(query): Query<PageQuery>,
) -> AppResult<Page<AnswersPage>> {
    let (_, prompt) = load_question(&state, id, question, ctx.user.as_ref()).await?;
    let paginator = answers_of(id, question)
        .into_tuple::<Row>()
        .paginate(&state.db, PER_PAGE);
    let pages = paginator.num_pages().await?.max(1);
    let page = query.page.get();
    let rows = paginator.fetch_page(page - 1).await?;
    let answers = rows
        .into_iter()
        .map(
            |(id, text, hidden, quoted, source, place, day)| AnswerView {
                id,
                text: text.unwrap_or_default(),
                hidden,
                quoted,
                paper: source == ResponseSource::Paper,
                place: place.unwrap_or_default(),
                day: day.map(|d| ctx.locale.date(d)).unwrap_or_default(),
            },
        )
        .collect();
    Ok(Page::ok(AnswersPage {
        ctx,
        survey_id: id,
        question_id: question,
        prompt,
        answers,
        page,
        pages,
    }))
}

/// The answer `answer` to `question` of survey `id`, submitted.
async fn find_answer(
    db: &impl sea_orm::ConnectionTrait,
    id: i64,
    question: i64,
    answer: i64,
) -> AppResult<(i64, String, bool, bool)> {
    let row = answers_of(id, question)
        .filter(survey_answer::Column::Id.eq(answer))
        .into_tuple::<Row>()
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((row.0, row.1.unwrap_or_default(), row.2, row.3))
}

#[derive(Template)]
#[template(path = "surveys/results_hide.html")]
pub struct HidePage {
    ctx: PageCtx,
    survey_id: i64,
    question_id: i64,
    answer_id: i64,
    text: String,
    reason: String,
    errors: FormErrors,
}

pub async fn hide_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path((id, question, answer)): Path<(i64, i64, i64)>,
) -> AppResult<Page<HidePage>> {
    load_question(&state, id, question, ctx.user.as_ref()).await?;
    let (answer_id, text, _, _) = find_answer(&state.db, id, question, answer).await?;
    Ok(Page::ok(HidePage {
        ctx,
        survey_id: id,
        question_id: question,
        answer_id,
        text,
        reason: String::new(),
        errors: FormErrors::new(),
    }))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct HideForm {
    reason: String,
}

pub async fn hide(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path((id, question, answer)): Path<(i64, i64, i64)>,
    Form(form): Form<HideForm>,
) -> AppResult<Response> {
    let (loaded, _) = load_question(&state, id, question, Some(&user)).await?;
    let reason = form.reason.trim().to_owned();
    let mut errors = FormErrors::new();
    if reason.is_empty() {
        errors.add("reason", "survey-answers-reason-required");
    } else if reason.chars().count() > MAX_REASON_CHARS {
        errors.add("reason", "survey-answers-reason-too-long");
    }
    errors.refuse_control_characters("reason", &reason, TextKind::Long);
    if !errors.is_empty() {
        let (answer_id, text, _, _) = find_answer(&state.db, id, question, answer).await?;
        let page = HidePage {
            ctx,
            survey_id: id,
            question_id: question,
            answer_id,
            text,
            reason: form.reason,
            errors,
        };
        return Ok(Page::invalid(page).into_response());
    }
    apply(
        &state,
        &loaded,
        &user,
        (question, answer),
        Change::Hide(reason),
    )
    .await?;
    session.flash("flash-survey-answer-hidden").await?;
    Ok(see_other(&format!(
        "/manage/surveys/{id}/answers/{question}"
    )))
}

enum Change {
    Hide(String),
    Show,
    Quote,
    Unquote,
}

pub async fn change(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path((id, question, answer, change)): Path<(i64, i64, i64, String)>,
) -> AppResult<Response> {
    let (change, flash) = match change.as_str() {
        "show" => (Change::Show, "flash-survey-answer-shown"),
        "quote" => (Change::Quote, "flash-survey-answer-quoted"),
        "unquote" => (Change::Unquote, "flash-survey-answer-unquoted"),
        _ => return Err(AppError::NotFound),
    };
    let (loaded, _) = load_question(&state, id, question, Some(&user)).await?;
    apply(&state, &loaded, &user, (question, answer), change).await?;
    session.flash(flash).await?;
    Ok(see_other(&format!(
        "/manage/surveys/{id}/answers/{question}"
    )))
}

/// Hides, shows, quotes or withdraws the answer, audited. A hidden answer is never a
/// quote: hiding withdraws it, and a hidden answer cannot be quoted (a 403).
async fn apply(
    state: &AppState,
    loaded: &Loaded,
    user: &CurrentUser,
    (question, answer): (i64, i64),
    change: Change,
) -> AppResult<()> {
    let survey_id = loaded.structure.survey.id;
    let tx = db::begin_write(&state.db).await?;
    store::lock(&tx, survey_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (answer_id, _, hidden, _) = find_answer(&tx, survey_id, question, answer).await?;
    let (action, set, reason) = match &change {
        Change::Hide(reason) => ("survey.answer_hidden", (true, false), Some(reason.clone())),
        Change::Show => ("survey.answer_shown", (false, false), None),
        Change::Quote if hidden => {
            return Err(AppError::Forbidden("survey-answers-hidden-not-quoted"));
        }
        Change::Quote => ("survey.answer_quoted", (false, true), None),
        Change::Unquote => ("survey.answer_unquoted", (hidden, false), None),
    };
    survey_answer::Entity::update_many()
        .col_expr(survey_answer::Column::Hidden, Expr::value(set.0))
        .col_expr(survey_answer::Column::Quoted, Expr::value(set.1))
        .filter(survey_answer::Column::Id.eq(answer_id))
        .exec(&tx)
        .await?;
    audit::record(
        &tx,
        audit::Entry {
            actor_id: Some(user.id),
            action,
            object_type: "survey_answer",
            object_id: Some(answer_id),
            consultation_id: Some(loaded.access.consultation.id),
            details: json!({ "survey_id": survey_id, "question_id": question, "reason": reason }),
        },
        state.now(),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
