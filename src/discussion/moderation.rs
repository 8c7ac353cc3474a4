//! Flags and moderation: anyone logged in reports content once; three reports hide it until
//! a facilitator looks; facilitators hide (with a reason shown in its place) or restore.

use axum::{
    Form,
    extract::{Path, State},
    response::Response,
};
use chrono::{DateTime, Utc};
use entity::{CommentState, FlagTarget, ProposalState, comment, flag, proposal};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, Set,
    sea_query::{Expr, ExprTrait, OnConflict},
};
use serde::Deserialize;
use serde_json::json;

use crate::{
    audit,
    consultations::access as consultation_access,
    db,
    notifications::events::{self, NewEvent},
    policy::Action,
    proposals::access as proposal_access,
    web::{AppError, AppResult, AppSession, AppState, CurrentUser, see_other},
};

/// Reports that hide content until a facilitator reviews it.
pub const HIDE_AFTER_FLAGS: i32 = 3;
pub const MAX_REASON_CHARS: usize = 500;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct FlagForm {
    reason: String,
}

fn kind_code(kind: FlagTarget) -> &'static str {
    match kind {
        FlagTarget::Proposal => "proposal",
        FlagTarget::Comment => "comment",
    }
}

/// Records one person's report; returns whether it was new.
async fn record_flag(
    db: &impl ConnectionTrait,
    kind: FlagTarget,
    target_id: i64,
    consultation_id: i64,
    user_id: i64,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let inserted = flag::Entity::insert(flag::ActiveModel {
        target_kind: Set(kind),
        target_id: Set(target_id),
        consultation_id: Set(consultation_id),
        user_id: Set(user_id),
        reason: Set(reason.to_owned()),
        created_at: Set(now),
        resolved_at: Set(None),
        ..Default::default()
    })
    .on_conflict(
        OnConflict::columns([
            flag::Column::TargetKind,
            flag::Column::TargetId,
            flag::Column::UserId,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    if inserted == 0 {
        return Ok(false);
    }
    // Count and hide in the same statement, so concurrent reports cannot miss the threshold.
    match kind {
        FlagTarget::Proposal => {
            proposal::Entity::update_many()
                .col_expr(
                    proposal::Column::FlagsCount,
                    Expr::col(proposal::Column::FlagsCount).add(1),
                )
                .filter(proposal::Column::Id.eq(target_id))
                .exec(db)
                .await?;
            proposal::Entity::update_many()
                .col_expr(proposal::Column::State, Expr::value(ProposalState::Hidden))
                .filter(proposal::Column::Id.eq(target_id))
                .filter(proposal::Column::State.eq(ProposalState::Published))
                .filter(proposal::Column::FlagsCount.gte(HIDE_AFTER_FLAGS))
                .exec(db)
                .await?;
        }
        FlagTarget::Comment => {
            comment::Entity::update_many()
                .col_expr(
                    comment::Column::FlagsCount,
                    Expr::col(comment::Column::FlagsCount).add(1),
                )
                .filter(comment::Column::Id.eq(target_id))
                .exec(db)
                .await?;
            comment::Entity::update_many()
                .col_expr(comment::Column::State, Expr::value(CommentState::Hidden))
                .filter(comment::Column::Id.eq(target_id))
                .filter(comment::Column::State.eq(CommentState::Published))
                .filter(comment::Column::FlagsCount.gte(HIDE_AFTER_FLAGS))
                .exec(db)
                .await?;
        }
    }
    events::record(
        db,
        NewEvent {
            kind: "content_flagged",
            consultation_id: Some(consultation_id),
            round_id: None,
            actor_id: Some(user_id),
            payload: json!({ "target": kind_code(kind), "id": target_id }),
        },
        now,
    )
    .await?;
    audit::record(
        db,
        audit::Entry {
            actor_id: Some(user_id),
            action: "content.flagged",
            object_type: kind_code(kind),
            object_id: Some(target_id),
            consultation_id: Some(consultation_id),
            details: json!({ "reason": reason }),
        },
        now,
    )
    .await?;
    Ok(true)
}

async fn flag_target(
    state: &AppState,
    user: &CurrentUser,
    session: &AppSession,
    kind: FlagTarget,
    id: i64,
    reason: &str,
) -> AppResult<String> {
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let (proposal_id, back) = match kind {
        FlagTarget::Proposal => (id, format!("/proposals/{id}")),
        FlagTarget::Comment => {
            let found = comment::Entity::find_by_id(id)
                .one(&tx)
                .await?
                .ok_or(AppError::NotFound)?;
            (
                found.proposal_id,
                format!("/proposals/{}#comment-{id}", found.proposal_id),
            )
        }
    };
    let found = proposal_access::load(&tx, proposal_id, Some(user)).await?;
    let reason = reason.trim();
    if reason.is_empty() || reason.chars().count() > MAX_REASON_CHARS {
        session.flash("error-flag-reason").await?;
        return Ok(back);
    }
    let new = record_flag(
        &tx,
        kind,
        id,
        found.access.consultation.id,
        user.id,
        reason,
        now,
    )
    .await?;
    tx.commit().await?;
    session
        .flash(if new {
            "flash-flagged"
        } else {
            "flash-already-flagged"
        })
        .await?;
    Ok(back)
}

pub async fn flag_proposal(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path(id): Path<i64>,
    Form(form): Form<FlagForm>,
) -> AppResult<Response> {
    let back = flag_target(
        &state,
        &user,
        &session,
        FlagTarget::Proposal,
        id,
        &form.reason,
    )
    .await?;
    Ok(see_other(&back))
}

pub async fn flag_comment(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path(id): Path<i64>,
    Form(form): Form<FlagForm>,
) -> AppResult<Response> {
    let back = flag_target(
        &state,
        &user,
        &session,
        FlagTarget::Comment,
        id,
        &form.reason,
    )
    .await?;
    Ok(see_other(&back))
}

/// Something waiting for a facilitator.
pub struct QueueItem {
    pub kind: &'static str,
    pub id: i64,
    pub proposal_id: i64,
    pub text: String,
    pub hidden: bool,
    pub reasons: Vec<String>,
}

/// Flagged or hidden-pending-review content of a consultation, oldest report first.
pub async fn queue(
    db: &impl ConnectionTrait,
    consultation_id: i64,
) -> Result<Vec<QueueItem>, DbErr> {
    let flags = flag::Entity::find()
        .filter(flag::Column::ConsultationId.eq(consultation_id))
        .filter(flag::Column::ResolvedAt.is_null())
        .order_by_asc(flag::Column::Id)
        .all(db)
        .await?;
    let ids = |kind: FlagTarget| {
        flags
            .iter()
            .filter(move |f| f.target_kind == kind)
            .map(|f| f.target_id)
            .collect::<Vec<_>>()
    };
    let proposals = proposal::Entity::find()
        .filter(proposal::Column::Id.is_in(ids(FlagTarget::Proposal)))
        .all(db)
        .await?;
    let comments = comment::Entity::find()
        .filter(comment::Column::Id.is_in(ids(FlagTarget::Comment)))
        .all(db)
        .await?;
    let mut items: Vec<QueueItem> = Vec::new();
    for f in &flags {
        if let Some(item) = items
            .iter_mut()
            .find(|i| i.id == f.target_id && i.kind == kind_code(f.target_kind))
        {
            item.reasons.push(f.reason.clone());
            continue;
        }
        let item = match f.target_kind {
            FlagTarget::Proposal => {
                proposals
                    .iter()
                    .find(|p| p.id == f.target_id)
                    .map(|p| QueueItem {
                        kind: "proposal",
                        id: p.id,
                        proposal_id: p.id,
                        text: p.title.clone(),
                        hidden: p.state == ProposalState::Hidden,
                        reasons: vec![f.reason.clone()],
                    })
            }
            FlagTarget::Comment => {
                comments
                    .iter()
                    .find(|c| c.id == f.target_id)
                    .map(|c| QueueItem {
                        kind: "comment",
                        id: c.id,
                        proposal_id: c.proposal_id,
                        text: c.body.chars().take(200).collect(),
                        hidden: c.state == CommentState::Hidden,
                        reasons: vec![f.reason.clone()],
                    })
            }
        };
        items.extend(item);
    }
    let hidden_proposals = proposal::Entity::find()
        .filter(proposal::Column::ConsultationId.eq(consultation_id))
        .filter(proposal::Column::State.eq(ProposalState::Hidden))
        .order_by_asc(proposal::Column::Id)
        .all(db)
        .await?;
    for p in hidden_proposals {
        if !items.iter().any(|i| i.kind == "proposal" && i.id == p.id) {
            items.push(QueueItem {
                kind: "proposal",
                id: p.id,
                proposal_id: p.id,
                text: p.title,
                hidden: true,
                reasons: Vec::new(),
            });
        }
    }
    let in_consultation = sea_orm::sea_query::Query::select()
        .column(proposal::Column::Id)
        .from(proposal::Entity)
        .and_where(Expr::col(proposal::Column::ConsultationId).eq(consultation_id))
        .to_owned();
    let hidden_comments = comment::Entity::find()
        .filter(comment::Column::State.eq(CommentState::Hidden))
        .filter(comment::Column::ProposalId.in_subquery(in_consultation))
        .order_by_asc(comment::Column::Id)
        .all(db)
        .await?;
    for c in hidden_comments {
        if !items.iter().any(|i| i.kind == "comment" && i.id == c.id) {
            items.push(QueueItem {
                kind: "comment",
                id: c.id,
                proposal_id: c.proposal_id,
                text: c.body.chars().take(200).collect(),
                hidden: true,
                reasons: Vec::new(),
            });
        }
    }
    Ok(items)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DecisionForm {
    kind: String,
    id: i64,
    /// `hide` or `restore`.
    decision: String,
    reason: String,
}

/// `POST /manage/consultations/{slug}/moderation`: a facilitator hides or restores.
pub async fn decide(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path(slug): Path<String>,
    Form(form): Form<DecisionForm>,
) -> AppResult<Response> {
    let access = consultation_access::load(&state.db, &slug, Some(&user), Action::Moderate).await?;
    let back = format!("/manage/consultations/{slug}#moderation");
    let hide = match form.decision.as_str() {
        "hide" => true,
        "restore" => false,
        _ => return Err(AppError::BadRequest("error-bad-request")),
    };
    let reason = form.reason.trim().to_owned();
    if hide && (reason.is_empty() || reason.chars().count() > MAX_REASON_CHARS) {
        session.flash("error-hide-reason").await?;
        return Ok(see_other(&back));
    }
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let kind = match form.kind.as_str() {
        "proposal" => FlagTarget::Proposal,
        "comment" => FlagTarget::Comment,
        _ => return Err(AppError::BadRequest("error-bad-request")),
    };
    let (author, proposal_id) = match kind {
        FlagTarget::Proposal => {
            let found = proposal::Entity::find_by_id(form.id)
                .filter(proposal::Column::ConsultationId.eq(access.consultation.id))
                .one(&tx)
                .await?
                .ok_or(AppError::NotFound)?;
            let mut change = proposal::ActiveModel {
                id: Set(found.id),
                state: Set(if hide {
                    ProposalState::Hidden
                } else {
                    ProposalState::Published
                }),
                hidden_reason: Set(hide.then(|| reason.clone())),
                updated_at: Set(now),
                ..Default::default()
            };
            if !hide {
                change.flags_count = Set(0);
            }
            sea_orm::ActiveModelTrait::update(change, &tx).await?;
            (found.author_id, found.id)
        }
        FlagTarget::Comment => {
            let found = comment::Entity::find_by_id(form.id)
                .one(&tx)
                .await?
                .ok_or(AppError::NotFound)?;
            let parent = proposal::Entity::find_by_id(found.proposal_id)
                .one(&tx)
                .await?
                .ok_or(AppError::NotFound)?;
            if parent.consultation_id != access.consultation.id {
                return Err(AppError::NotFound);
            }
            let mut change = comment::ActiveModel {
                id: Set(found.id),
                state: Set(if hide {
                    CommentState::Hidden
                } else {
                    CommentState::Published
                }),
                hidden_reason: Set(hide.then(|| reason.clone())),
                updated_at: Set(now),
                ..Default::default()
            };
            if !hide {
                change.flags_count = Set(0);
            }
            sea_orm::ActiveModelTrait::update(change, &tx).await?;
            (found.author_id, found.proposal_id)
        }
    };
    flag::Entity::update_many()
        .col_expr(flag::Column::ResolvedAt, Expr::value(Some(now)))
        .filter(
            Condition::all()
                .add(flag::Column::TargetKind.eq(kind))
                .add(flag::Column::TargetId.eq(form.id))
                .add(flag::Column::ResolvedAt.is_null()),
        )
        .exec(&tx)
        .await?;
    let action = if hide {
        "content.hidden"
    } else {
        "content.restored"
    };
    audit::record(
        &tx,
        audit::Entry {
            actor_id: Some(user.id),
            action,
            object_type: kind_code(kind),
            object_id: Some(form.id),
            consultation_id: Some(access.consultation.id),
            details: json!({ "reason": reason }),
        },
        now,
    )
    .await?;
    if hide {
        events::record(
            &tx,
            NewEvent {
                kind: "content_hidden",
                consultation_id: Some(access.consultation.id),
                round_id: None,
                actor_id: Some(user.id),
                payload: json!({ "target": kind_code(kind), "id": form.id, "proposal_id": proposal_id, "author_id": author, "reason": reason }),
            },
            now,
        )
        .await?;
    }
    tx.commit().await?;
    session
        .flash(if hide {
            "flash-content-hidden"
        } else {
            "flash-content-restored"
        })
        .await?;
    Ok(see_other(&back))
}
