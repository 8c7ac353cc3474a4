//! `/procedures/{slug}/project`: during co-design, the representative of an admitted
//! organisation writes its project proposal (a title and a text) and may change it until the
//! managers open the evaluation (`/manage/procedures/{slug}/evaluation/open`), which closes
//! the proposals for good.

use askama::Template;
use axum::{
    Form,
    extract::{Path, State},
    response::{IntoResponse, Response},
};
use entity::{
    ApplicationStatus, MembershipRole, MembershipStatus, organisation, organisation_member,
    procedure, procedure_application,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder, Set,
};
use serde::Deserialize;
use serde_json::json;

use super::{audit_entry, board::Board, managed};
use crate::{
    audit, db,
    policy::Action,
    procedures::{phase::Phase, store},
    web::{
        AppError, AppResult, AppSession, AppState, CurrentUser, FormErrors, Page, PageCtx,
        TextKind, see_other,
    },
};

const MAX_TITLE_CHARS: usize = 200;
const MAX_TEXT_CHARS: usize = 20_000;

#[derive(Template)]
#[template(path = "procedures/evaluation/project.html")]
pub struct ProjectPage {
    ctx: PageCtx,
    procedure: procedure::Model,
    organisation: String,
    /// Proposals are open (co-design); otherwise the page only shows what was submitted.
    open: bool,
    submitted: bool,
    title: String,
    text: String,
    errors: FormErrors,
}

#[derive(Template)]
#[template(path = "procedures/evaluation/open.html")]
pub struct OpenPage {
    ctx: PageCtx,
    procedure: procedure::Model,
    members: i64,
    projects: i64,
    admitted: i64,
    /// Why it cannot be opened, if it cannot.
    refusal: Option<&'static str>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ProjectForm {
    title: String,
    text: String,
}

/// The admitted application of an organisation `user_id` represents, with the organisation.
async fn represented(
    db: &impl ConnectionTrait,
    procedure_id: i64,
    user_id: i64,
) -> Result<Option<(procedure_application::Model, organisation::Model)>, DbErr> {
    let organisations: Vec<i64> = organisation_member::Entity::find()
        .filter(organisation_member::Column::UserId.eq(user_id))
        .filter(organisation_member::Column::Role.eq(MembershipRole::Representative))
        .filter(organisation_member::Column::Status.eq(MembershipStatus::Active))
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.organisation_id)
        .collect();
    let found = procedure_application::Entity::find()
        .filter(procedure_application::Column::ProcedureId.eq(procedure_id))
        .filter(procedure_application::Column::Status.eq(ApplicationStatus::Admitted))
        .filter(procedure_application::Column::OrganisationId.is_in(organisations))
        .order_by_asc(procedure_application::Column::Number)
        .find_also_related(organisation::Entity)
        .one(db)
        .await?;
    Ok(found.and_then(|(a, o)| Some((a, o?))))
}

fn check(form: &ProjectForm) -> Result<(String, String), FormErrors> {
    let mut errors = FormErrors::new();
    errors.refuse_control_characters("title", &form.title, TextKind::Line);
    errors.refuse_control_characters("text", &form.text, TextKind::Long);
    let title = form.title.trim();
    let text = form.text.trim();
    if title.is_empty() {
        errors.add("title", "procedure-eval-error-project-title-empty");
    } else if title.chars().count() > MAX_TITLE_CHARS {
        errors.add("title", "procedure-eval-error-project-title-long");
    }
    if text.is_empty() {
        errors.add("text", "procedure-eval-error-project-text-empty");
    } else if text.chars().count() > MAX_TEXT_CHARS {
        errors.add("text", "procedure-eval-error-project-text-long");
    }
    errors
        .into_result()
        .map(|()| (title.to_owned(), text.to_owned()))
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(slug): Path<String>,
) -> AppResult<Page<ProjectPage>> {
    let (_, procedure) = store::load(&state.db, &slug, Some(&user), Action::View).await?;
    let (application, organisation) =
        represented(&state.db, procedure.id, user.id)
            .await?
            .ok_or(AppError::Forbidden(
                "procedure-eval-error-not-admitted-representative",
            ))?;
    Ok(Page::ok(ProjectPage {
        open: Phase::of(&procedure, state.now()) == Phase::CoDesign,
        submitted: application.project_submitted_at.is_some(),
        title: application.project_title.unwrap_or_default(),
        text: application.project_text.unwrap_or_default(),
        organisation: organisation.name,
        errors: FormErrors::new(),
        ctx,
        procedure,
    }))
}

pub async fn save(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path(slug): Path<String>,
    Form(form): Form<ProjectForm>,
) -> AppResult<Response> {
    let (_, procedure) = store::load(&state.db, &slug, Some(&user), Action::View).await?;
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let procedure = store::lock(&tx, procedure.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (application, organisation) =
        represented(&tx, procedure.id, user.id)
            .await?
            .ok_or(AppError::Forbidden(
                "procedure-eval-error-not-admitted-representative",
            ))?;
    if Phase::of(&procedure, now) != Phase::CoDesign {
        return Err(AppError::Forbidden("procedure-eval-error-projects-closed"));
    }
    let (title, text) = match check(&form) {
        Ok(parsed) => parsed,
        Err(errors) => {
            drop(tx);
            let page = ProjectPage {
                open: true,
                submitted: application.project_submitted_at.is_some(),
                title: form.title,
                text: form.text,
                organisation: organisation.name,
                errors,
                ctx,
                procedure,
            };
            return Ok(Page::invalid(page).into_response());
        }
    };
    let first = application.project_submitted_at.is_none();
    let mut model = application.into_active_model();
    model.project_title = Set(Some(title.clone()));
    model.project_text = Set(Some(text));
    model.project_submitted_at = Set(Some(now));
    let application = model.update(&tx).await?;
    let action = if first {
        "procedure.project_submitted"
    } else {
        "procedure.project_edited"
    };
    let details = json!({ "application": application.id, "title": title });
    audit::record(&tx, audit_entry(user.id, action, &procedure, details), now).await?;
    tx.commit().await?;
    session.flash("flash-procedure-eval-project-saved").await?;
    Ok(see_other(&format!("/procedures/{slug}/project")))
}

/// Why the evaluation cannot be opened now, if it cannot.
fn open_refusal(
    procedure: &procedure::Model,
    board: &Board,
    now: chrono::DateTime<chrono::Utc>,
) -> Option<&'static str> {
    if Phase::of(procedure, now) != Phase::CoDesign {
        Some("procedure-eval-error-open-phase")
    } else if board.members.is_empty() {
        Some("procedure-eval-error-open-no-commission")
    } else if board.projects.is_empty() {
        Some("procedure-eval-error-open-no-project")
    } else {
        None
    }
}

pub async fn confirm_open(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(slug): Path<String>,
) -> AppResult<Page<OpenPage>> {
    let (_, procedure) = managed(&state, &slug, &user).await?;
    let board = Board::load(&state.db, procedure.id).await?;
    let admitted = super::board::admitted(&state.db, procedure.id).await?.len();
    Ok(Page::ok(OpenPage {
        refusal: open_refusal(&procedure, &board, state.now()),
        members: i64::try_from(board.members.len()).unwrap_or(0),
        projects: i64::try_from(board.projects.len()).unwrap_or(0),
        admitted: i64::try_from(admitted).unwrap_or(0),
        ctx,
        procedure,
    }))
}

pub async fn open(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let (_, procedure) = managed(&state, &slug, &user).await?;
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let procedure = store::lock(&tx, procedure.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let board = Board::load(&tx, procedure.id).await?;
    if let Some(reason) = open_refusal(&procedure, &board, now) {
        return Err(AppError::Forbidden(reason));
    }
    let projects = board.projects.len();
    let mut model = procedure.into_active_model();
    model.evaluation_opened_at = Set(Some(now));
    model.updated_at = Set(now);
    let procedure = model.update(&tx).await?;
    let details = json!({ "projects": projects, "members": board.members.len() });
    audit::record(
        &tx,
        audit_entry(user.id, "procedure.evaluation_opened", &procedure, details),
        now,
    )
    .await?;
    tx.commit().await?;
    session
        .flash("flash-procedure-eval-evaluation-opened")
        .await?;
    Ok(see_other(&format!("/procedures/{slug}/evaluation")))
}
