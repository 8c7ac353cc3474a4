//! `/manage/procedures/{slug}/evaluation/publish`: once every member has scored every
//! project, the managers publish the evaluation (after a confirmation): the ranked totals,
//! the means per criterion and every member's scores go on the public record, and the
//! consultation's followers hear of it.

use askama::Template;
use axum::{
    extract::{Path, State},
    response::Response,
};
use entity::procedure;
use sea_orm::{ActiveModelTrait, DbErr, IntoActiveModel, Set};
use serde_json::json;

use super::{audit_entry, board::Board, managed};
use crate::{
    audit,
    consultations::audience,
    db,
    notifications::{self, Concern, Event, Notice},
    procedures::{phase::Phase, store},
    web::{AppError, AppResult, AppSession, AppState, CurrentUser, Page, PageCtx, see_other},
};

#[derive(Template)]
#[template(path = "procedures/evaluation/publish.html")]
pub struct PublishPage {
    ctx: PageCtx,
    procedure: procedure::Model,
    /// Why it cannot be published, if it cannot.
    refusal: Option<&'static str>,
}

fn publish_refusal(
    procedure: &procedure::Model,
    board: &Board,
    now: chrono::DateTime<chrono::Utc>,
) -> Option<&'static str> {
    if Phase::of(procedure, now) != Phase::Evaluation || procedure.evaluation_published_at.is_some()
    {
        Some("procedure-eval-error-publish-phase")
    } else if !board.all_complete() {
        Some("procedure-eval-error-publish-incomplete")
    } else {
        None
    }
}

pub async fn confirm_publish(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(slug): Path<String>,
) -> AppResult<Page<PublishPage>> {
    let (_, procedure) = managed(&state, &slug, &user).await?;
    let board = Board::load(&state.db, procedure.id).await?;
    Ok(Page::ok(PublishPage {
        refusal: publish_refusal(&procedure, &board, state.now()),
        ctx,
        procedure,
    }))
}

pub async fn publish(
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
    if let Some(reason) = publish_refusal(&procedure, &board, now) {
        return Err(AppError::Forbidden(reason));
    }
    let mut model = procedure.into_active_model();
    model.evaluation_published_at = Set(Some(now));
    model.updated_at = Set(now);
    let procedure = model.update(&tx).await?;
    let details = json!({ "projects": board.projects.len() });
    audit::record(
        &tx,
        audit_entry(
            user.id,
            "procedure.evaluation_published",
            &procedure,
            details,
        ),
        now,
    )
    .await?;
    let event = Event::ProcedureEvaluationPublished {
        procedure_id: procedure.id,
    };
    tell_followers(&tx, &procedure, event, user.id, now).await?;
    tx.commit().await?;
    session
        .flash("flash-procedure-eval-evaluation-published")
        .await?;
    Ok(see_other(&format!("/procedures/{slug}/record#evaluation")))
}

/// The consultation's followers hear of a step of the procedure, led to its record.
pub async fn tell_followers(
    db: &impl sea_orm::ConnectionTrait,
    procedure: &procedure::Model,
    event: Event,
    actor_id: i64,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), DbErr> {
    let place = audience::place_by_id(db, procedure.consultation_id).await?;
    let link = format!("/procedures/{}/record", procedure.slug);
    let mut notice = Notice::new(event, place, procedure.title.clone(), link).by(Some(actor_id));
    notice.tell(
        audience::followers(db, procedure.consultation_id).await?,
        Concern::Followed,
    );
    notifications::raise(db, notice, now).await?;
    Ok(())
}
