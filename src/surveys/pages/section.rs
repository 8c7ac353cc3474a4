//! Answering one section per page: its shown questions, prefilled with the saved answers;
//! saving keeps everything typed when something is wrong, naming each problem at its
//! question with a summary at the top.

use askama::Template;
use axum::{
    Form,
    extract::{Path, Query, State},
    response::{IntoResponse, Response},
};

use super::{
    Original, keep_original, respondent, still_open, texts,
    view::{self, QuestionView, Text},
};
use crate::{
    db,
    surveys::{
        answers::{self, AnswerErrors, Answers},
        model::Structure,
        responses::{self, Outcome, Respondent},
        texts::{self as items, Texts},
    },
    web::{AppError, AppResult, AppSession, AppState, CurrentUser, Page, PageCtx, see_other},
};

#[derive(Template)]
#[template(path = "surveys/section.html")]
pub struct SectionPage {
    ctx: PageCtx,
    id: i64,
    title: Text,
    heading: Text,
    description: Option<Text>,
    /// 1-based, and how many sections there are.
    number: usize,
    count: usize,
    questions: Vec<QuestionView>,
    /// The problems, in the order of the questions.
    problems: Vec<(i64, &'static str)>,
    keep: &'static str,
    translated: bool,
}

/// The person's saved answers.
pub(super) async fn saved(
    state: &AppState,
    structure: &Structure,
    user_id: i64,
) -> AppResult<Answers> {
    Ok(
        match responses::of_person(&state.db, structure.survey.id, user_id).await? {
            Some(r) => responses::answers_of(&state.db, structure, r.id).await?,
            None => Answers::new(),
        },
    )
}

/// Section `number` (from 1) filled with `fields`, naming `errors`.
pub(super) fn page(
    ctx: PageCtx,
    structure: &Structure,
    texts: &Texts,
    number: usize,
    saved: &Answers,
    fields: &[(String, String)],
    errors: &AnswerErrors,
) -> AppResult<SectionPage> {
    let section = number
        .checked_sub(1)
        .and_then(|i| structure.sections.get(i))
        .ok_or(AppError::NotFound)?;
    let shown = answers::shown(structure, saved);
    let questions: Vec<QuestionView> = section
        .questions
        .iter()
        .filter(|q| shown.contains(&q.id()))
        .map(|q| view::question(texts, q, fields, errors))
        .collect();
    let problems = questions
        .iter()
        .filter_map(|q| q.error.map(|e| (q.id, e)))
        .collect();
    let survey = &structure.survey;
    let item = items::section(section.model.id);
    Ok(SectionPage {
        id: survey.id,
        title: Text::new(texts, items::TITLE, &survey.title),
        heading: Text::new(texts, &item, &section.model.title),
        description: Some(&section.model.description)
            .filter(|d| !d.trim().is_empty())
            .map(|d| Text::new(texts, &format!("description:{}", section.model.id), d)),
        number,
        count: structure.sections.len(),
        questions,
        problems,
        keep: keep_original(texts),
        translated: texts.is_translation(),
        ctx,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path((id, number)): Path<(i64, usize)>,
    Query(original): Query<Original>,
) -> AppResult<Page<SectionPage>> {
    let (loaded, _) = respondent(&state, id, &user).await?;
    let texts = texts(&state, &ctx, &loaded.survey, &original).await?;
    let structure = Structure::load(&state.db, loaded.survey).await?;
    let saved = saved(&state, &structure, user.id).await?;
    let fields = view::fields_of(&saved);
    let page = page(
        ctx,
        &structure,
        &texts,
        number,
        &saved,
        &fields,
        &AnswerErrors::default(),
    )?;
    Ok(Page::ok(page))
}

/// The index of the first section after (or before, going `back`) `from` with a question
/// shown given `answers`.
fn next_section(
    structure: &Structure,
    answers: &Answers,
    from: usize,
    back: bool,
) -> Option<usize> {
    let shown = answers::shown(structure, answers);
    let has_shown = |i: &usize| {
        structure.sections[*i]
            .questions
            .iter()
            .any(|q| shown.contains(&q.id()))
    };
    if back {
        (0..from).rev().find(has_shown)
    } else {
        (from + 1..structure.sections.len()).find(has_shown)
    }
}

pub async fn save(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path((id, number)): Path<(i64, usize)>,
    Query(original): Query<Original>,
    Form(fields): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (loaded, who) = respondent(&state, id, &user).await?;
    let texts = texts(&state, &ctx, &loaded.survey, &original).await?;
    let structure = Structure::load(&state.db, loaded.survey).await?;
    let index = number.checked_sub(1).ok_or(AppError::NotFound)?;
    let section = structure.sections.get(index).ok_or(AppError::NotFound)?;
    let saved = saved(&state, &structure, user.id).await?;
    let (given, errors) = answers::read_section(&structure, section, &fields, &saved);
    if !errors.is_empty() {
        let page = page(ctx, &structure, &texts, number, &saved, &fields, &errors)?;
        return Ok(Page::invalid(page).into_response());
    }
    let after = store_section(&state, &structure, who, index, given).await?;
    let keep = keep_original(&texts);
    let action = fields
        .iter()
        .find(|(n, _)| n == "action")
        .map(|(_, v)| v.as_str());
    let target = match action {
        Some("later") => {
            session.flash("survey-flash-saved").await?;
            format!("/surveys/{id}{keep}")
        }
        Some("back") => match next_section(&structure, &after, index, true) {
            Some(i) => format!("/surveys/{id}/sections/{}{keep}", i + 1),
            None => format!("/surveys/{id}{keep}"),
        },
        _ => match next_section(&structure, &after, index, false) {
            Some(i) => format!("/surveys/{id}/sections/{}{keep}", i + 1),
            None => format!("/surveys/{id}/review{keep}"),
        },
    };
    Ok(see_other(&target))
}

/// Saves the section in a transaction holding the survey, checked open at this moment; the
/// person's answers after saving.
async fn store_section(
    state: &AppState,
    structure: &Structure,
    who: Respondent,
    index: usize,
    given: Answers,
) -> AppResult<Answers> {
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    still_open(&tx, structure.survey.id, now).await?;
    if responses::save_section(&tx, structure, who, index, given, now).await?
        == Outcome::AnsweredAnonymously
    {
        return Err(AppError::Forbidden("survey-refusal-answered-anonymously"));
    }
    let after = match responses::of_person(&tx, structure.survey.id, who.user_id).await? {
        Some(r) => responses::answers_of(&tx, structure, r.id).await?,
        None => Answers::new(),
    };
    tx.commit().await?;
    Ok(after)
}
