//! `/manage/procedures/{slug}/commission`: the managers name the evaluation commission by
//! the members' account addresses, and may remove a member until the first score is given
//! (after that, removing one would change what "everyone has scored" means).

use askama::Template;
use axum::{
    Form,
    extract::{Path, State},
    response::{IntoResponse, Response},
};
use entity::{procedure, procedure_commission_member, user};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde::Deserialize;
use serde_json::json;

use super::{audit_entry, board::Board, managed};
use crate::{
    audit, db,
    procedures::{phase::Phase, store},
    web::{
        AppError, AppResult, AppSession, AppState, CurrentUser, FormErrors, Page, PageCtx,
        see_other,
    },
};

pub struct MemberRow {
    pub user_id: i64,
    pub name: String,
    pub email: String,
    pub scored: i64,
}

#[derive(Template)]
#[template(path = "procedures/evaluation/commission.html")]
pub struct CommissionPage {
    ctx: PageCtx,
    procedure: procedure::Model,
    members: Vec<MemberRow>,
    projects: i64,
    /// Members may still be named or removed: no score yet, evaluation not published.
    open: bool,
    email: String,
    errors: FormErrors,
}

#[derive(Template)]
#[template(path = "procedures/evaluation/remove.html")]
pub struct RemovePage {
    ctx: PageCtx,
    procedure: procedure::Model,
    member: MemberRow,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct MemberForm {
    email: String,
}

async fn page(
    state: &AppState,
    ctx: PageCtx,
    procedure: procedure::Model,
    email: String,
    errors: FormErrors,
) -> AppResult<CommissionPage> {
    let board = Board::load(&state.db, procedure.id).await?;
    let accounts = user::Entity::find()
        .filter(user::Column::Id.is_in(board.members.iter().map(|m| m.user_id)))
        .all(&state.db)
        .await?;
    let members = board
        .members
        .iter()
        .map(|m| MemberRow {
            user_id: m.user_id,
            name: m.name.clone(),
            email: accounts
                .iter()
                .find(|a| a.id == m.user_id)
                .map(|a| a.email.clone())
                .unwrap_or_default(),
            scored: i64::try_from(board.scored_by(m.user_id)).unwrap_or(0),
        })
        .collect();
    Ok(CommissionPage {
        open: may_change(&procedure, &board),
        projects: i64::try_from(board.projects.len()).unwrap_or(0),
        ctx,
        procedure,
        members,
        email,
        errors,
    })
}

fn may_change(procedure: &procedure::Model, board: &Board) -> bool {
    procedure.evaluation_published_at.is_none()
        && procedure.closed_at.is_none()
        && !board.any_score()
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(slug): Path<String>,
) -> AppResult<Page<CommissionPage>> {
    let (_, procedure) = managed(&state, &slug, &user).await?;
    Ok(Page::ok(
        page(&state, ctx, procedure, String::new(), FormErrors::new()).await?,
    ))
}

pub async fn add(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path(slug): Path<String>,
    Form(form): Form<MemberForm>,
) -> AppResult<Response> {
    let (_, procedure) = managed(&state, &slug, &user).await?;
    let email = form.email.trim().to_lowercase();
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let procedure = store::lock(&tx, procedure.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let board = Board::load(&tx, procedure.id).await?;
    if !may_change(&procedure, &board) {
        return Err(AppError::Forbidden(
            "procedure-eval-error-commission-closed",
        ));
    }
    let account = user::Entity::find()
        .filter(user::Column::Email.eq(email.as_str()))
        .one(&tx)
        .await?;
    let mut errors = FormErrors::new();
    match &account {
        _ if email.is_empty() => errors.add("email", "procedure-eval-error-commission-email"),
        None => errors.add("email", "procedure-eval-error-commission-unknown"),
        Some(a) if board.is_member(a.id) => {
            errors.add("email", "procedure-eval-error-commission-already")
        }
        Some(_) => {}
    }
    let Some(account) = account.filter(|_| errors.is_empty()) else {
        drop(tx);
        let page = page(&state, ctx, procedure, form.email, errors).await?;
        return Ok(Page::invalid(page).into_response());
    };
    procedure_commission_member::ActiveModel {
        procedure_id: Set(procedure.id),
        user_id: Set(account.id),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&tx)
    .await?;
    let details = json!({ "member": account.id });
    audit::record(
        &tx,
        audit_entry(
            user.id,
            "procedure.commission_member_added",
            &procedure,
            details,
        ),
        now,
    )
    .await?;
    tx.commit().await?;
    session
        .flash("flash-procedure-eval-commission-added")
        .await?;
    Ok(see_other(&format!("/manage/procedures/{slug}/commission")))
}

async fn member_row(
    state: &AppState,
    procedure: &procedure::Model,
    user_id: i64,
) -> AppResult<MemberRow> {
    let board = Board::load(&state.db, procedure.id).await?;
    let member = board
        .members
        .iter()
        .find(|m| m.user_id == user_id)
        .ok_or(AppError::NotFound)?;
    Ok(MemberRow {
        user_id,
        name: member.name.clone(),
        email: String::new(),
        scored: 0,
    })
}

pub async fn confirm_remove(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path((slug, user_id)): Path<(String, i64)>,
) -> AppResult<Page<RemovePage>> {
    let (_, procedure) = managed(&state, &slug, &user).await?;
    let member = member_row(&state, &procedure, user_id).await?;
    Ok(Page::ok(RemovePage {
        ctx,
        procedure,
        member,
    }))
}

pub async fn remove(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path((slug, user_id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let (_, procedure) = managed(&state, &slug, &user).await?;
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let procedure = store::lock(&tx, procedure.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let board = Board::load(&tx, procedure.id).await?;
    if !board.is_member(user_id) {
        return Err(AppError::NotFound);
    }
    if !may_change(&procedure, &board) || Phase::of(&procedure, now) == Phase::Closed {
        return Err(AppError::Forbidden(
            "procedure-eval-error-commission-closed",
        ));
    }
    procedure_commission_member::Entity::delete_many()
        .filter(procedure_commission_member::Column::ProcedureId.eq(procedure.id))
        .filter(procedure_commission_member::Column::UserId.eq(user_id))
        .exec(&tx)
        .await?;
    let details = json!({ "member": user_id });
    audit::record(
        &tx,
        audit_entry(
            user.id,
            "procedure.commission_member_removed",
            &procedure,
            details,
        ),
        now,
    )
    .await?;
    tx.commit().await?;
    session
        .flash("flash-procedure-eval-commission-removed")
        .await?;
    Ok(see_other(&format!("/manage/procedures/{slug}/commission")))
}
