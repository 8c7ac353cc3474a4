//! `/procedures/{slug}/evaluation`: the commission's sheets and the managers' progress.
//!
//! Each member scores each project once, every criterion at once. Nobody sees a project's
//! scores but their own until every member has scored it: a member who has not scored it
//! sees none; managers see who has scored, not the scores. Once all have, everyone allowed
//! on these pages sees all the scores. Publishing (managers) waits for every member to have
//! scored every project; it puts the ranking on the public record.

use askama::Template;
use axum::{
    extract::{Path, RawForm, State},
    response::{IntoResponse, Response},
};
use entity::{procedure, procedure_score};
use sea_orm::{EntityTrait, Set, SqlErr};
use serde_json::json;

use super::{
    SCORE_FIELDS, audit_entry,
    board::{Board, Project},
    ranking::{self, Written},
};
use crate::{
    audit, db,
    i18n::Locale,
    policy::Action,
    procedures::{phase::Phase, store},
    web::{
        AppError, AppResult, AppSession, AppState, CurrentUser, FormErrors, Page, PageCtx,
        see_other,
    },
};

/// What the viewer is to the evaluation.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Viewer {
    Manager,
    Member,
    /// Both a manager and a member: scores as a member.
    ManagingMember,
}

impl Viewer {
    pub fn scores(&self) -> bool {
        *self != Viewer::Manager
    }

    pub fn manages(&self) -> bool {
        *self != Viewer::Member
    }
}

pub struct Progress {
    pub application_id: i64,
    pub number: i32,
    pub organisation: String,
    pub title: String,
    /// Per member, in the commission's order: has scored.
    pub scored: Vec<bool>,
    pub by_me: bool,
}

#[derive(Template)]
#[template(path = "procedures/evaluation/overview.html")]
pub struct OverviewPage {
    ctx: PageCtx,
    procedure: procedure::Model,
    viewer: Viewer,
    opened: bool,
    published: bool,
    members: Vec<String>,
    rows: Vec<Progress>,
    all_complete: bool,
    criteria: Vec<(String, i32)>,
    ranking: Vec<Written>,
}

pub struct Field {
    pub name: &'static str,
    pub label: String,
    pub weight: i32,
    pub value: String,
}

#[derive(Template)]
#[template(path = "procedures/evaluation/sheet.html")]
pub struct SheetPage {
    ctx: PageCtx,
    procedure: procedure::Model,
    project: Project,
    /// The form, when the viewer may still score this project.
    fields: Vec<Field>,
    can_score: bool,
    criteria: Vec<(String, i32)>,
    /// The viewer's own scores, once given.
    mine: Option<Vec<String>>,
    /// Everyone's, once all have scored: (member, scores), then the means and total.
    everyone: Vec<(String, Vec<String>)>,
    means: Vec<String>,
    total: String,
    complete: bool,
    /// Who has scored so far (names), for managers; the count for members.
    scored_names: Vec<String>,
    scored: i64,
    members: i64,
    errors: FormErrors,
}

/// Who the viewer is to the evaluation; a 403 to anyone else.
async fn viewer(
    state: &AppState,
    slug: &str,
    user: &CurrentUser,
) -> AppResult<(procedure::Model, Board, Viewer)> {
    let (access, procedure) = store::load(&state.db, slug, Some(user), Action::View).await?;
    let board = Board::load(&state.db, procedure.id).await?;
    let manager = access.allows(Action::ManageProcedures);
    let viewer = match (manager, board.is_member(user.id)) {
        (true, true) => Viewer::ManagingMember,
        (true, false) => Viewer::Manager,
        (false, true) => Viewer::Member,
        (false, false) => return Err(AppError::Forbidden("procedure-eval-error-not-commission")),
    };
    Ok((procedure, board, viewer))
}

fn criteria_of(board: &Board) -> Vec<(String, i32)> {
    board
        .criteria
        .iter()
        .map(|c| (c.name.clone(), c.weight))
        .collect()
}

pub async fn overview(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(slug): Path<String>,
) -> AppResult<Page<OverviewPage>> {
    let (procedure, board, viewer) = viewer(&state, &slug, &user).await?;
    let rows = board
        .projects
        .iter()
        .map(|p| Progress {
            application_id: p.application_id,
            number: p.number,
            organisation: p.organisation.clone(),
            title: p.title.clone(),
            scored: board
                .members
                .iter()
                .map(|m| board.has_scored(p.application_id, m.user_id))
                .collect(),
            by_me: board.has_scored(p.application_id, user.id),
        })
        .collect();
    let published = procedure.evaluation_published_at.is_some();
    Ok(Page::ok(OverviewPage {
        opened: procedure.evaluation_opened_at.is_some(),
        published,
        members: board.members.iter().map(|m| m.name.clone()).collect(),
        all_complete: board.all_complete(),
        criteria: criteria_of(&board),
        ranking: if board.all_complete() {
            ranking::written(ranking::ranking(&board), &ctx.locale)
        } else {
            Vec::new()
        },
        rows,
        viewer,
        ctx,
        procedure,
    }))
}

fn sheet_page(
    ctx: PageCtx,
    procedure: procedure::Model,
    board: &Board,
    (application_id, user_id, viewer): (i64, i64, Viewer),
    values: Vec<String>,
    errors: FormErrors,
) -> AppResult<SheetPage> {
    let project = board.project(application_id).ok_or(AppError::NotFound)?;
    let complete = board.complete(application_id);
    let mine = board.scores_of(application_id, user_id);
    let can_score = viewer.scores()
        && mine.is_none()
        && procedure.evaluation_opened_at.is_some()
        && procedure.evaluation_published_at.is_none()
        && procedure.closed_at.is_none();
    let fields = board
        .criteria
        .iter()
        .zip(SCORE_FIELDS)
        .enumerate()
        .map(|(i, (c, name))| Field {
            name,
            label: c.name.clone(),
            weight: c.weight,
            value: values.get(i).cloned().unwrap_or_default(),
        })
        .collect();
    let (everyone, means, total) = if complete {
        all_scores(board, application_id, &ctx.locale)
    } else {
        (Vec::new(), Vec::new(), String::new())
    };
    let scored_names: Vec<String> = board
        .members
        .iter()
        .filter(|m| board.has_scored(application_id, m.user_id))
        .map(|m| m.name.clone())
        .collect();
    Ok(SheetPage {
        project: Project {
            application_id,
            number: project.number,
            organisation_id: project.organisation_id,
            organisation: project.organisation.clone(),
            title: project.title.clone(),
            text: project.text.clone(),
        },
        fields,
        can_score,
        criteria: criteria_of(board),
        mine: mine.map(|s| s.iter().map(|v| ranking::score(*v)).collect()),
        everyone,
        means,
        total,
        complete,
        scored: i64::try_from(scored_names.len()).unwrap_or(0),
        members: i64::try_from(board.members.len()).unwrap_or(0),
        scored_names: if viewer == Viewer::Member {
            Vec::new()
        } else {
            scored_names
        },
        errors,
        ctx,
        procedure,
    })
}

/// Everyone's scores for the application, its means per criterion and its total, written
/// for the reader: shown only once every member has scored it.
type AllScores = (Vec<(String, Vec<String>)>, Vec<String>, String);

fn all_scores(board: &Board, application_id: i64, locale: &Locale) -> AllScores {
    let Some(total) = board
        .totals()
        .into_iter()
        .find(|t| t.application_id == application_id)
    else {
        return (Vec::new(), Vec::new(), String::new());
    };
    let sheets = board
        .sheets(application_id)
        .into_iter()
        .map(|(m, s)| (m.to_owned(), s.iter().map(|v| ranking::score(*v)).collect()))
        .collect();
    let means = total
        .means
        .iter()
        .map(|m| ranking::hundredths(locale, *m))
        .collect();
    (sheets, means, locale.hundredths(total.total))
}

pub async fn sheet(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path((slug, application_id)): Path<(String, i64)>,
) -> AppResult<Page<SheetPage>> {
    let (procedure, board, viewer) = viewer(&state, &slug, &user).await?;
    let key = (application_id, user.id, viewer);
    let page = sheet_page(ctx, procedure, &board, key, Vec::new(), FormErrors::new())?;
    Ok(Page::ok(page))
}

/// The scores as typed, one per criterion: each a whole number from 0 to 10.
fn parse_scores(
    count: usize,
    raw: &[(String, String)],
) -> (Vec<String>, Result<Vec<i32>, FormErrors>) {
    let mut errors = FormErrors::new();
    let mut values = Vec::new();
    let mut scores = Vec::new();
    for name in SCORE_FIELDS.iter().take(count) {
        let value = raw
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim().to_owned())
            .unwrap_or_default();
        match value.parse::<i32>() {
            Ok(score) if (0..=10).contains(&score) => scores.push(score),
            _ if value.is_empty() => errors.add(name, "procedure-eval-error-score-missing"),
            _ => errors.add(name, "procedure-eval-error-score-range"),
        }
        values.push(value);
    }
    (values, errors.into_result().map(|()| scores))
}

pub async fn score(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path((slug, application_id)): Path<(String, i64)>,
    RawForm(body): RawForm,
) -> AppResult<Response> {
    let (procedure, board, viewer) = viewer(&state, &slug, &user).await?;
    if !viewer.scores() {
        return Err(AppError::Forbidden("procedure-eval-error-not-commission"));
    }
    let raw: Vec<(String, String)> = serde_urlencoded::from_bytes(&body)
        .map_err(|_| AppError::BadRequest("error-bad-request"))?;
    let (values, parsed) = parse_scores(board.criteria.len(), &raw);
    let scores = match parsed {
        Ok(scores) => scores,
        Err(errors) => {
            let key = (application_id, user.id, viewer);
            let page = sheet_page(ctx, procedure, &board, key, values, errors)?;
            return Ok(Page::invalid(page).into_response());
        }
    };
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let procedure = store::lock(&tx, procedure.id)
        .await?
        .ok_or(AppError::NotFound)?;
    if Phase::of(&procedure, now) != Phase::Evaluation
        || procedure.evaluation_published_at.is_some()
    {
        return Err(AppError::Forbidden("procedure-eval-error-scoring-closed"));
    }
    let board = Board::load(&tx, procedure.id).await?;
    if !board.is_member(user.id) {
        return Err(AppError::Forbidden("procedure-eval-error-not-commission"));
    }
    board.project(application_id).ok_or(AppError::NotFound)?;
    if board.has_scored(application_id, user.id) {
        return Err(AppError::Forbidden("procedure-eval-error-already-scored"));
    }
    let rows = board
        .criteria
        .iter()
        .zip(&scores)
        .map(|(c, s)| procedure_score::ActiveModel {
            application_id: Set(application_id),
            criterion_id: Set(c.id),
            member_id: Set(Some(user.id)),
            score: Set(*s),
            created_at: Set(now),
            ..Default::default()
        });
    match procedure_score::Entity::insert_many(rows).exec(&tx).await {
        Ok(_) => {}
        // Held by the lock, this cannot happen; the constraint is the last word all the same.
        Err(error) if matches!(error.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            return Err(AppError::Forbidden("procedure-eval-error-already-scored"));
        }
        Err(error) => return Err(error.into()),
    }
    let details = json!({ "application": application_id });
    audit::record(
        &tx,
        audit_entry(user.id, "procedure.scored", &procedure, details),
        now,
    )
    .await?;
    tx.commit().await?;
    session.flash("flash-procedure-eval-scored").await?;
    Ok(see_other(&format!(
        "/procedures/{slug}/evaluation/{application_id}"
    )))
}
