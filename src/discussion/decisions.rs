//! A facilitator's decision on reported or hidden content, as data: hide it or restore it,
//! resolve its reports, audit the decision and tell the author of hidden content.
//!
//! Moderation only moves content between published and hidden. Withdrawn and merged content
//! stays so: its authors or the facilitators settled it, and restoring it must never make it
//! published again (it would then take votes).

use chrono::{DateTime, Utc};
use entity::{
    Code, CommentState, FlagTarget, ProposalState, comment, consultation, flag, proposal,
};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, sea_query::Expr,
};
use serde_json::json;

use crate::{
    audit,
    consultations::audience,
    notifications::{self, Concern, Event, Notice},
};

/// A facilitator's decision on reported or hidden content.
pub struct Decision<'a> {
    pub kind: FlagTarget,
    pub id: i64,
    /// Hide it (with a reason shown in its place), or restore it.
    pub hide: bool,
    pub reason: &'a str,
    pub facilitator: i64,
}

/// What became of a decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decided {
    Done,
    /// No such content in this consultation.
    NotFound,
    /// Withdrawn or merged: moderation leaves it as it is.
    Settled,
}

/// Where content stands before a decision: its author, its proposal and the proposal's title,
/// and whether it is published or hidden (`None` when withdrawn or merged).
struct Target {
    author: Option<i64>,
    proposal_id: i64,
    title: String,
    hidden: Option<bool>,
    /// A proposal hidden after it was withdrawn or merged (before hiding such content was
    /// refused) goes back to that state when restored.
    settled_before: Option<ProposalState>,
}

/// Hides or restores content of `consultation`, resolves its reports and records the decision;
/// the author of hidden content is told. Restoring published content closes its reports.
pub async fn decide(
    db: &impl ConnectionTrait,
    consultation: &consultation::Model,
    decision: Decision<'_>,
    now: DateTime<Utc>,
) -> Result<Decided, DbErr> {
    let Decision {
        kind,
        id,
        hide,
        reason,
        facilitator,
    } = decision;
    let Some(target) = load(db, consultation, kind, id).await? else {
        return Ok(Decided::NotFound);
    };
    let Some(hidden) = target.hidden else {
        return Ok(Decided::Settled);
    };
    let hidden_reason = hide.then(|| reason.to_owned());
    // Conditional on the state just read, so a withdrawal or merge in between is not undone.
    let changed = match kind {
        FlagTarget::Proposal => {
            let (from, to) = proposal_states(hidden, hide, target.settled_before);
            let mut update = proposal::Entity::update_many()
                .col_expr(proposal::Column::State, Expr::value(to))
                .col_expr(proposal::Column::HiddenReason, Expr::value(hidden_reason))
                .col_expr(proposal::Column::UpdatedAt, Expr::value(now));
            if !hide {
                update = update.col_expr(proposal::Column::FlagsCount, Expr::value(0));
            }
            update
                .filter(proposal::Column::Id.eq(id))
                .filter(proposal::Column::State.eq(from))
                .exec(db)
                .await?
        }
        FlagTarget::Comment => {
            let (from, to) = comment_states(hidden, hide);
            let mut update = comment::Entity::update_many()
                .col_expr(comment::Column::State, Expr::value(to))
                .col_expr(comment::Column::HiddenReason, Expr::value(hidden_reason))
                .col_expr(comment::Column::UpdatedAt, Expr::value(now));
            if !hide {
                update = update.col_expr(comment::Column::FlagsCount, Expr::value(0));
            }
            update
                .filter(comment::Column::Id.eq(id))
                .filter(comment::Column::State.eq(from))
                .exec(db)
                .await?
        }
    };
    if changed.rows_affected == 0 {
        return Ok(Decided::Settled);
    }
    flag::Entity::update_many()
        .col_expr(flag::Column::ResolvedAt, Expr::value(Some(now)))
        .filter(
            Condition::all()
                .add(flag::Column::TargetKind.eq(kind))
                .add(flag::Column::TargetId.eq(id))
                .add(flag::Column::ResolvedAt.is_null()),
        )
        .exec(db)
        .await?;
    let action = if hide {
        "content.hidden"
    } else {
        "content.restored"
    };
    audit::record(
        db,
        audit::Entry {
            actor_id: Some(facilitator),
            action,
            object_type: kind.code(),
            object_id: Some(id),
            consultation_id: Some(consultation.id),
            details: json!({ "reason": reason }),
        },
        now,
    )
    .await?;
    if hide {
        let event = Event::ContentHidden {
            target: kind,
            id,
            proposal_id: target.proposal_id,
            author_id: target.author,
            reason: reason.to_owned(),
        };
        let place = audience::place(db, consultation).await?;
        let link = format!("/proposals/{}", target.proposal_id);
        let mut notice = Notice::new(event, place, target.title, link).by(Some(facilitator));
        notice.tell(target.author, Concern::Own);
        notifications::raise(db, notice, now).await?;
    }
    Ok(Decided::Done)
}

/// The state a proposal is in and the one it gets.
fn proposal_states(
    hidden: bool,
    hide: bool,
    settled_before: Option<ProposalState>,
) -> (ProposalState, ProposalState) {
    let from = if hidden {
        ProposalState::Hidden
    } else {
        ProposalState::Published
    };
    let to = match (hide, settled_before) {
        (true, _) => ProposalState::Hidden,
        (false, Some(settled)) if hidden => settled,
        (false, _) => ProposalState::Published,
    };
    (from, to)
}

fn comment_states(hidden: bool, hide: bool) -> (CommentState, CommentState) {
    let from = if hidden {
        CommentState::Hidden
    } else {
        CommentState::Published
    };
    let to = if hide {
        CommentState::Hidden
    } else {
        CommentState::Published
    };
    (from, to)
}

async fn load(
    db: &impl ConnectionTrait,
    consultation: &consultation::Model,
    kind: FlagTarget,
    id: i64,
) -> Result<Option<Target>, DbErr> {
    match kind {
        FlagTarget::Proposal => {
            let found = proposal::Entity::find_by_id(id)
                .filter(proposal::Column::ConsultationId.eq(consultation.id))
                .one(db)
                .await?;
            Ok(found.map(|p| Target {
                author: p.author_id,
                proposal_id: p.id,
                hidden: match p.state {
                    ProposalState::Published => Some(false),
                    ProposalState::Hidden => Some(true),
                    ProposalState::Withdrawn | ProposalState::Merged => None,
                },
                settled_before: if p.merged_into.is_some() {
                    Some(ProposalState::Merged)
                } else {
                    p.withdrawn_reason
                        .as_ref()
                        .map(|_| ProposalState::Withdrawn)
                },
                title: p.title,
            }))
        }
        FlagTarget::Comment => {
            let Some(found) = comment::Entity::find_by_id(id).one(db).await? else {
                return Ok(None);
            };
            let Some(parent) = proposal::Entity::find_by_id(found.proposal_id)
                .filter(proposal::Column::ConsultationId.eq(consultation.id))
                .one(db)
                .await?
            else {
                return Ok(None);
            };
            Ok(Some(Target {
                author: found.author_id,
                proposal_id: parent.id,
                hidden: match found.state {
                    CommentState::Published => Some(false),
                    CommentState::Hidden => Some(true),
                    CommentState::Withdrawn => None,
                },
                settled_before: None,
                title: parent.title,
            }))
        }
    }
}
