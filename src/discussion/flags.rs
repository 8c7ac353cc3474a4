//! Flags and moderation decisions as data: a report counted (and content hidden at the
//! threshold), a facilitator's hide or restore, each audited and told to those it concerns.

use chrono::{DateTime, Utc};
use entity::{
    Code, CommentState, ConsultationRoleKind, FlagTarget, ProposalState, comment, consultation,
    flag, proposal,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    Set,
    sea_query::{Expr, ExprTrait, OnConflict},
};
use serde_json::json;

use crate::{
    audit,
    consultations::audience,
    notifications::{self, Concern, Event, Notice},
};

/// Reports that hide content until a facilitator reviews it.
pub const HIDE_AFTER_FLAGS: i32 = 3;

/// Records one person's report; returns whether it was new. The consultation's facilitators
/// are told that content waits for a review.
pub async fn record(
    db: &impl ConnectionTrait,
    kind: FlagTarget,
    target_id: i64,
    consultation: &consultation::Model,
    user_id: i64,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let consultation_id = consultation.id;
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
    let event = Event::ContentFlagged {
        target: kind,
        id: target_id,
    };
    let link = format!("/manage/consultations/{}#moderation", consultation.slug);
    let place = audience::place(db, consultation).await?;
    let mut notice = Notice::new(event, place, "", link).by(Some(user_id));
    let facilitators =
        audience::holders(db, consultation_id, ConsultationRoleKind::Facilitator).await?;
    notice.tell(facilitators, Concern::Own);
    notifications::raise(db, notice, now).await?;
    audit::record(
        db,
        audit::Entry {
            actor_id: Some(user_id),
            action: "content.flagged",
            object_type: kind.code(),
            object_id: Some(target_id),
            consultation_id: Some(consultation_id),
            details: json!({ "reason": reason }),
        },
        now,
    )
    .await?;
    Ok(true)
}

/// A facilitator's decision on reported or hidden content.
pub struct Decision<'a> {
    pub kind: FlagTarget,
    pub id: i64,
    /// Hide it (with a reason shown in its place), or restore it.
    pub hide: bool,
    pub reason: &'a str,
    pub facilitator: i64,
}

/// Hides or restores content of `consultation`, resolves its reports and records the decision;
/// the author of hidden content is told. False when there is no such content there.
pub async fn decide(
    db: &impl ConnectionTrait,
    consultation: &consultation::Model,
    decision: Decision<'_>,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let Decision {
        kind,
        id,
        hide,
        reason,
        facilitator,
    } = decision;
    let (author, proposal_id, title) = match kind {
        FlagTarget::Proposal => {
            let Some(found) = proposal::Entity::find_by_id(id)
                .filter(proposal::Column::ConsultationId.eq(consultation.id))
                .one(db)
                .await?
            else {
                return Ok(false);
            };
            let mut change = proposal::ActiveModel {
                id: Set(found.id),
                state: Set(if hide {
                    ProposalState::Hidden
                } else {
                    ProposalState::Published
                }),
                hidden_reason: Set(hide.then(|| reason.to_owned())),
                updated_at: Set(now),
                ..Default::default()
            };
            if !hide {
                change.flags_count = Set(0);
            }
            change.update(db).await?;
            (found.author_id, found.id, found.title)
        }
        FlagTarget::Comment => {
            let Some(found) = comment::Entity::find_by_id(id).one(db).await? else {
                return Ok(false);
            };
            let Some(parent) = proposal::Entity::find_by_id(found.proposal_id)
                .one(db)
                .await?
            else {
                return Ok(false);
            };
            if parent.consultation_id != consultation.id {
                return Ok(false);
            }
            let mut change = comment::ActiveModel {
                id: Set(found.id),
                state: Set(if hide {
                    CommentState::Hidden
                } else {
                    CommentState::Published
                }),
                hidden_reason: Set(hide.then(|| reason.to_owned())),
                updated_at: Set(now),
                ..Default::default()
            };
            if !hide {
                change.flags_count = Set(0);
            }
            change.update(db).await?;
            (found.author_id, found.proposal_id, parent.title)
        }
    };
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
            proposal_id,
            author_id: author,
            reason: reason.to_owned(),
        };
        let place = audience::place(db, consultation).await?;
        let link = format!("/proposals/{proposal_id}");
        let mut notice = Notice::new(event, place, title, link).by(Some(facilitator));
        notice.tell(author, Concern::Own);
        notifications::raise(db, notice, now).await?;
    }
    Ok(true)
}
