//! Reports as data: one person's report recorded and counted, the content hidden once enough
//! verified people reported it (unless a vote is open: then the facilitators review it), the
//! facilitators told. A facilitator's decision is in `decisions`.

use chrono::{DateTime, Utc};
use entity::{
    Code, CommentState, ConsultationRoleKind, FlagTarget, ProposalState, RoundState, comment,
    consultation, flag, proposal, round, user,
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set,
    sea_query::{Expr, ExprTrait, OnConflict, Query},
};
use serde_json::json;

use crate::{
    audit,
    consultations::audience,
    notifications::{self, Concern, Event, Notice},
};

/// Reports from distinct verified people that hide content until a facilitator reviews it
/// (outside an open vote; during one they only put it in front of the facilitators).
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
    // The first statement takes the content's row lock, so concurrent reports queue here and
    // each count below sees the reports committed before it.
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
                .col_expr(
                    proposal::Column::FlagsCount,
                    verified_reports(kind, target_id),
                )
                .filter(proposal::Column::Id.eq(target_id))
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
                .col_expr(
                    comment::Column::FlagsCount,
                    verified_reports(kind, target_id),
                )
                .filter(comment::Column::Id.eq(target_id))
                .exec(db)
                .await?;
        }
    }
    // While a vote is open, hiding would take the proposal (or the discussion around it) out
    // of the vote on the word of a few: the facilitators review it instead.
    if !voting_open(db, consultation_id).await? {
        hide_at_threshold(db, kind, target_id).await?;
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

/// `(SELECT COUNT(*) …)`: the open reports on the target from people whose email is verified.
/// Reports stored before flagging needed a verified email do not count while their authors
/// stay unverified.
fn verified_reports(kind: FlagTarget, target_id: i64) -> Expr {
    let count = Query::select()
        .expr(Expr::cust("COUNT(*)"))
        .from(flag::Entity)
        .inner_join(
            user::Entity,
            Expr::col((user::Entity, user::Column::Id))
                .equals((flag::Entity, flag::Column::UserId)),
        )
        .and_where(Expr::col((flag::Entity, flag::Column::TargetKind)).eq(Expr::value(kind)))
        .and_where(Expr::col((flag::Entity, flag::Column::TargetId)).eq(target_id))
        .and_where(Expr::col((flag::Entity, flag::Column::ResolvedAt)).is_null())
        .and_where(Expr::col((user::Entity, user::Column::EmailVerifiedAt)).is_not_null())
        .to_owned();
    Expr::SubQuery(None, Box::new(count.into()))
}

/// Whether the consultation has a voting round open now: every published proposal is in it.
async fn voting_open(db: &impl ConnectionTrait, consultation_id: i64) -> Result<bool, DbErr> {
    Ok(round::Entity::find()
        .filter(round::Column::ConsultationId.eq(consultation_id))
        .filter(round::Column::State.eq(RoundState::Open))
        .filter(round::Column::AllowsVoting.eq(true))
        .one(db)
        .await?
        .is_some())
}

/// Hides published content once enough verified people reported it.
async fn hide_at_threshold(
    db: &impl ConnectionTrait,
    kind: FlagTarget,
    target_id: i64,
) -> Result<(), DbErr> {
    match kind {
        FlagTarget::Proposal => {
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
                .col_expr(comment::Column::State, Expr::value(CommentState::Hidden))
                .filter(comment::Column::Id.eq(target_id))
                .filter(comment::Column::State.eq(CommentState::Published))
                .filter(comment::Column::FlagsCount.gte(HIDE_AFTER_FLAGS))
                .exec(db)
                .await?;
        }
    }
    Ok(())
}
