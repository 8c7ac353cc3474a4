//! The moves that change a round's state: opened and closed by hand or on time (the
//! scheduler's `advance`), extended; each raised as an event and written to the audit log.

use chrono::{DateTime, Utc};
use entity::{RoundState, round};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, QueryOrder, Set,
};
use serde_json::json;

use super::store::{for_consultation, log};
use crate::{
    consultations::audience,
    db,
    notifications::{Event, events::RoundChange},
    timezone,
};

/// What a state change was caused by.
#[derive(Debug, Clone, Copy)]
pub enum Cause {
    /// A facilitator pressed a button.
    Hand(i64),
    /// The schedule.
    Schedule,
}

impl Cause {
    fn actor(self) -> Option<i64> {
        match self {
            Cause::Hand(actor) => Some(actor),
            Cause::Schedule => None,
        }
    }
}

async fn emit(
    db: &impl ConnectionTrait,
    event: fn(RoundChange) -> Event,
    round: &round::Model,
    cause: Cause,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let change = RoundChange {
        round_title: round.title.clone(),
        closes_at: timezone::machine(round.closes_at),
    };
    audience::round_changed(db, event(change), round, cause.actor(), now).await
}

/// Opens an upcoming round now. Refused (false) when it is not upcoming, or another round of
/// the consultation is open.
pub async fn open(
    db: &impl ConnectionTrait,
    round: &round::Model,
    cause: Cause,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let others_open = round::Entity::find()
        .filter(round::Column::ConsultationId.eq(round.consultation_id))
        .filter(round::Column::State.eq(RoundState::Open))
        .filter(round::Column::Id.ne(round.id))
        .one(db)
        .await?
        .is_some();
    if others_open || round.closes_at <= now {
        return Ok(false);
    }
    let mut change = round::Entity::update_many()
        .col_expr(
            round::Column::State,
            sea_orm::sea_query::Expr::value(RoundState::Open),
        )
        .col_expr(
            round::Column::OpenedAt,
            sea_orm::sea_query::Expr::value(Some(now)),
        )
        .col_expr(
            round::Column::UpdatedAt,
            sea_orm::sea_query::Expr::value(now),
        )
        .filter(round::Column::Id.eq(round.id))
        .filter(round::Column::State.eq(RoundState::Upcoming));
    if matches!(cause, Cause::Hand(_)) {
        // Opening early moves the start, so the timeline tells the truth.
        change = change.col_expr(round::Column::OpensAt, sea_orm::sea_query::Expr::value(now));
    }
    if change.exec(db).await?.rows_affected != 1 {
        return Ok(false);
    }
    emit(db, Event::RoundOpened, round, cause, now).await?;
    let details = json!({ "opens_at": timezone::machine(round.opens_at), "opened_at": timezone::machine(now) });
    log(db, cause.actor(), "round.opened", round, details, now).await?;
    Ok(true)
}

/// Closes a round that is open (or upcoming but past its end). False when already closed.
pub async fn close(
    db: &impl ConnectionTrait,
    round: &round::Model,
    cause: Cause,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let mut change = round::Entity::update_many()
        .col_expr(
            round::Column::State,
            sea_orm::sea_query::Expr::value(RoundState::Closed),
        )
        .col_expr(
            round::Column::ClosedAt,
            sea_orm::sea_query::Expr::value(Some(now)),
        )
        .col_expr(
            round::Column::UpdatedAt,
            sea_orm::sea_query::Expr::value(now),
        )
        .filter(round::Column::Id.eq(round.id))
        .filter(round::Column::State.ne(RoundState::Closed));
    if matches!(cause, Cause::Hand(_)) {
        change = change.col_expr(
            round::Column::ClosesAt,
            sea_orm::sea_query::Expr::value(now),
        );
    }
    if change.exec(db).await?.rows_affected != 1 {
        return Ok(false);
    }
    emit(db, Event::RoundClosed, round, cause, now).await?;
    let details = json!({ "closes_at": timezone::machine(round.closes_at), "closed_at": timezone::machine(now) });
    log(db, cause.actor(), "round.closed", round, details, now).await?;
    Ok(true)
}

/// Moves a round's end later. Refused (false) for a closed round or an earlier time.
pub async fn extend(
    db: &impl ConnectionTrait,
    round: &round::Model,
    closes_at: DateTime<Utc>,
    actor_id: i64,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    if round.state == RoundState::Closed || closes_at <= round.closes_at || closes_at <= now {
        return Ok(false);
    }
    let overlaps = for_consultation(db, round.consultation_id)
        .await?
        .iter()
        .any(|o| o.id != round.id && round.opens_at < o.closes_at && o.opens_at < closes_at);
    if overlaps {
        return Ok(false);
    }
    round::ActiveModel {
        id: Set(round.id),
        closes_at: Set(closes_at),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(db)
    .await?;
    let details = json!({ "before": timezone::machine(round.closes_at), "after": timezone::machine(closes_at) });
    log(db, Some(actor_id), "round.extended", round, details, now).await?;
    Ok(true)
}

/// Opens and closes rounds whose time has come. Returns how many opened and closed.
pub async fn advance(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<(usize, usize), DbErr> {
    // Most checks find nothing: look before taking the write lock.
    let due = round::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(
                    sea_orm::Condition::all()
                        .add(round::Column::State.ne(RoundState::Closed))
                        .add(round::Column::ClosesAt.lte(now)),
                )
                .add(
                    sea_orm::Condition::all()
                        .add(round::Column::State.eq(RoundState::Upcoming))
                        .add(round::Column::OpensAt.lte(now)),
                ),
        )
        .one(db)
        .await?;
    if due.is_none() {
        return Ok((0, 0));
    }
    let mut opened = 0;
    let mut closed = 0;
    let tx = db::begin_write(db).await?;
    let due_to_close = round::Entity::find()
        .filter(round::Column::State.ne(RoundState::Closed))
        .filter(round::Column::ClosesAt.lte(now))
        .all(&tx)
        .await?;
    for round in &due_to_close {
        if close(&tx, round, Cause::Schedule, now).await? {
            closed += 1;
        }
    }
    let due_to_open = round::Entity::find()
        .filter(round::Column::State.eq(RoundState::Upcoming))
        .filter(round::Column::OpensAt.lte(now))
        .filter(round::Column::ClosesAt.gt(now))
        .order_by_asc(round::Column::OpensAt)
        .all(&tx)
        .await?;
    for round in &due_to_open {
        if open(&tx, round, Cause::Schedule, now).await? {
            opened += 1;
        }
    }
    tx.commit().await?;
    Ok((opened, closed))
}
