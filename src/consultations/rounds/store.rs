//! Rounds as stored: the queries, and the edits a facilitator makes to a round before and
//! while it runs (create, update, delete, reorder), each written to the audit log.

use chrono::{DateTime, Utc};
use entity::{RoundState, consultation, round};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};
use serde_json::json;

use super::rules::{RoundRules, groups_column};
use crate::{audit, timezone};

pub async fn for_consultation(
    db: &impl ConnectionTrait,
    consultation_id: i64,
) -> Result<Vec<round::Model>, DbErr> {
    round::Entity::find()
        .filter(round::Column::ConsultationId.eq(consultation_id))
        .order_by_asc(round::Column::Position)
        .order_by_asc(round::Column::Id)
        .all(db)
        .await
}

pub(super) fn snapshot(round: &round::Model) -> serde_json::Value {
    json!({
        "title": round.title,
        "opens_at": timezone::machine(round.opens_at),
        "closes_at": timezone::machine(round.closes_at),
        "state": round.state,
        "allows": {"proposals": round.allows_proposals, "comments": round.allows_comments, "voting": round.allows_voting},
        "groups": round.groups,
        "vote_rule": round.vote_rule,
        "vote_limit": round.vote_limit,
        "results_visibility": round.results_visibility,
    })
}

pub(super) async fn log(
    db: &impl ConnectionTrait,
    actor_id: Option<i64>,
    action: &str,
    round: &round::Model,
    details: serde_json::Value,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    audit::record(
        db,
        audit::Entry {
            actor_id,
            action,
            object_type: "round",
            object_id: Some(round.id),
            consultation_id: Some(round.consultation_id),
            details,
        },
        now,
    )
    .await
}

pub async fn create(
    db: &impl ConnectionTrait,
    consultation: &consultation::Model,
    rules: RoundRules,
    actor_id: i64,
    now: DateTime<Utc>,
) -> Result<round::Model, DbErr> {
    let position = for_consultation(db, consultation.id)
        .await?
        .iter()
        .map(|r| r.position)
        .max()
        .unwrap_or(0)
        + 1;
    let round = round::ActiveModel {
        consultation_id: Set(consultation.id),
        position: Set(position),
        title: Set(rules.title),
        description: Set(rules.description),
        opens_at: Set(rules.opens_at),
        closes_at: Set(rules.closes_at),
        state: Set(RoundState::Upcoming),
        allows_proposals: Set(rules.allows_proposals),
        allows_comments: Set(rules.allows_comments),
        allows_voting: Set(rules.allows_voting),
        groups: Set(groups_column(&rules.groups)),
        vote_rule: Set(rules.vote_rule),
        vote_limit: Set(rules.vote_limit),
        results_visibility: Set(rules.results_visibility),
        opened_at: Set(None),
        closed_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    log(
        db,
        Some(actor_id),
        "round.created",
        &round,
        json!({ "after": snapshot(&round) }),
        now,
    )
    .await?;
    Ok(round)
}

pub async fn update(
    db: &impl ConnectionTrait,
    round: &round::Model,
    rules: RoundRules,
    actor_id: i64,
    now: DateTime<Utc>,
) -> Result<round::Model, DbErr> {
    let updated = round::ActiveModel {
        id: Set(round.id),
        title: Set(rules.title),
        description: Set(rules.description),
        opens_at: Set(rules.opens_at),
        closes_at: Set(rules.closes_at),
        allows_proposals: Set(rules.allows_proposals),
        allows_comments: Set(rules.allows_comments),
        allows_voting: Set(rules.allows_voting),
        groups: Set(groups_column(&rules.groups)),
        vote_rule: Set(rules.vote_rule),
        vote_limit: Set(rules.vote_limit),
        results_visibility: Set(rules.results_visibility),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(db)
    .await?;
    let details = json!({ "before": snapshot(round), "after": snapshot(&updated) });
    log(db, Some(actor_id), "round.updated", &updated, details, now).await?;
    Ok(updated)
}

/// Deletes a round that has not opened yet; false when it already has.
pub async fn delete(
    db: &impl ConnectionTrait,
    round: &round::Model,
    actor_id: i64,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let deleted = round::Entity::delete_many()
        .filter(round::Column::Id.eq(round.id))
        .filter(round::Column::State.eq(RoundState::Upcoming))
        .exec(db)
        .await?;
    if deleted.rows_affected == 1 {
        log(
            db,
            Some(actor_id),
            "round.deleted",
            round,
            json!({ "before": snapshot(round) }),
            now,
        )
        .await?;
    }
    Ok(deleted.rows_affected == 1)
}

/// Swaps a round with its neighbour in the timeline's order.
pub async fn reorder(
    db: &impl ConnectionTrait,
    round: &round::Model,
    up: bool,
    actor_id: i64,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let rounds = for_consultation(db, round.consultation_id).await?;
    let Some(index) = rounds.iter().position(|r| r.id == round.id) else {
        return Ok(());
    };
    let neighbour = if up {
        index.checked_sub(1)
    } else {
        Some(index + 1)
    };
    let Some(other) = neighbour.and_then(|i| rounds.get(i)) else {
        return Ok(());
    };
    // Positions may have gaps or ties after deletions: renumber while swapping.
    let mut order: Vec<&round::Model> = rounds.iter().collect();
    let other_index = order.iter().position(|r| r.id == other.id).unwrap_or(index);
    order.swap(index, other_index);
    for (position, r) in order.iter().enumerate() {
        let position = i32::try_from(position).unwrap_or(i32::MAX) + 1;
        if r.position != position {
            round::ActiveModel {
                id: Set(r.id),
                position: Set(position),
                ..Default::default()
            }
            .update(db)
            .await?;
        }
    }
    let direction = if up { "up" } else { "down" };
    log(
        db,
        Some(actor_id),
        "round.reordered",
        round,
        json!({ "moved": direction }),
        now,
    )
    .await
}
