//! Flags and moderation: anyone logged in with a verified email reports content once; three
//! such reports hide it until a facilitator looks (during an open vote they only put it in
//! front of the facilitators); facilitators hide published content (with a reason shown in
//! its place) or restore what moderation hid.
//! The handlers and the review queue; what a report or a decision writes is in `flags`.

use axum::{
    Form,
    extract::{Path, State},
    response::Response,
};
use entity::{Code, CommentState, FlagTarget, ProposalState, comment, flag, proposal};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    sea_query::{Expr, ExprTrait},
};
use serde::Deserialize;

use super::{
    decisions::{self, Decided, Decision},
    flags::{self, HIDE_AFTER_FLAGS},
    thread,
};
use crate::{
    consultations::access as consultation_access,
    db,
    policy::{self, Action},
    proposals::access as proposal_access,
    web::{
        AppError, AppResult, AppSession, AppState, CurrentUser,
        forms::{CONTROL_CHARACTER_ERROR, TextKind, has_control_characters},
        per_account::{self, Allowance, PerAccount},
        see_other,
    },
};

pub const MAX_REASON_CHARS: usize = 500;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct FlagForm {
    reason: String,
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
            let (proposal_id, page) = thread::place(&tx, id).await?.ok_or(AppError::NotFound)?;
            (proposal_id, thread::link(proposal_id, page, id))
        }
    };
    let found = proposal_access::load(&tx, proposal_id, Some(user)).await?;
    policy::can_report(&user.person()).map_err(AppError::Forbidden)?;
    let allowance = Allowance::from(&found.access.standing);
    let limits = &state.config.limits;
    per_account::check(&tx, limits, (PerAccount::Flag, allowance), user.id, now).await?;
    let reason = reason.trim();
    if has_control_characters(reason, TextKind::Long) {
        session.flash(CONTROL_CHARACTER_ERROR).await?;
        return Ok(back);
    }
    if reason.is_empty() || reason.chars().count() > MAX_REASON_CHARS {
        session.flash("error-flag-reason").await?;
        return Ok(back);
    }
    let new = flags::record(
        &tx,
        kind,
        id,
        &found.access.consultation,
        user.id,
        reason,
        now,
    )
    .await?;
    tx.commit().await?;
    // Enough flags hide a proposal, which leaves the results.
    state.results_changed(found.access.consultation.id);
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
    /// Reported by enough people to be hidden, but kept published while a vote is open.
    pub held: bool,
    pub reasons: Vec<String>,
}

/// Flagged or hidden-pending-review content of a consultation, oldest report first. Reports
/// on withdrawn or merged content are left out: moderation cannot change it.
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
        .filter(proposal::Column::State.is_in([ProposalState::Published, ProposalState::Hidden]))
        .all(db)
        .await?;
    let comments = comment::Entity::find()
        .filter(comment::Column::Id.is_in(ids(FlagTarget::Comment)))
        .filter(comment::Column::State.is_in([CommentState::Published, CommentState::Hidden]))
        .all(db)
        .await?;
    let mut items: Vec<QueueItem> = Vec::new();
    for f in &flags {
        if let Some(item) = items
            .iter_mut()
            .find(|i| i.id == f.target_id && i.kind == f.target_kind.code())
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
                        held: p.state == ProposalState::Published
                            && p.flags_count >= HIDE_AFTER_FLAGS,
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
                        held: c.state == CommentState::Published
                            && c.flags_count >= HIDE_AFTER_FLAGS,
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
                held: false,
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
                held: false,
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
    if has_control_characters(&reason, TextKind::Long) {
        session.flash(CONTROL_CHARACTER_ERROR).await?;
        return Ok(see_other(&back));
    }
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
    let decision = Decision {
        kind,
        id: form.id,
        hide,
        reason: &reason,
        facilitator: user.id,
    };
    match decisions::decide(&tx, &access.consultation, decision, now).await? {
        Decided::Done => {}
        Decided::NotFound => return Err(AppError::NotFound),
        Decided::Settled => {
            session.flash("error-moderation-settled").await?;
            return Ok(see_other(&back));
        }
    }
    tx.commit().await?;
    // A proposal hidden or restored leaves or rejoins the results.
    state.results_changed(access.consultation.id);
    session
        .flash(if hide {
            "flash-content-hidden"
        } else {
            "flash-content-restored"
        })
        .await?;
    Ok(see_other(&back))
}
