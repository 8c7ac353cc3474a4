//! Withdrawing every vote a person has in open rounds at once (their account is being
//! deleted). Ballots in closed rounds stay: published results must not change.

use std::collections::BTreeSet;

use entity::{RoundState, round, vote};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    sea_query::{Expr, ExprTrait, Query},
};

use super::counts;

/// Deletes `voter`'s ballots in every open round and takes them off the counters exactly
/// as withdrawing each vote by hand does. Run it in the transaction that locks the voter's
/// row, so their own votes in flight queue behind it. Returns the consultations whose
/// results changed.
pub async fn withdraw_in_open_rounds(
    db: &impl ConnectionTrait,
    voter: i64,
) -> Result<BTreeSet<i64>, DbErr> {
    let voted_in = Query::select()
        .column(vote::Column::RoundId)
        .from(vote::Entity)
        .and_where(Expr::col(vote::Column::UserId).eq(voter))
        .to_owned();
    let rounds = round::Entity::find()
        .filter(round::Column::State.eq(RoundState::Open))
        .filter(round::Column::Id.in_subquery(voted_in))
        .all(db)
        .await?;
    let mut changed = BTreeSet::new();
    for round in rounds {
        let ballots: Vec<counts::Ballot> = vote::Entity::find()
            .filter(vote::Column::RoundId.eq(round.id))
            .filter(vote::Column::UserId.eq(voter))
            .all(db)
            .await?
            .into_iter()
            .map(|v| counts::Ballot {
                proposal_id: v.proposal_id,
                group: v.voter_group,
                value: v.value,
            })
            .collect();
        counts::record(db, round.id, round.vote_rule, &ballots, &[]).await?;
        vote::Entity::delete_many()
            .filter(vote::Column::RoundId.eq(round.id))
            .filter(vote::Column::UserId.eq(voter))
            .exec(db)
            .await?;
        changed.insert(round.consultation_id);
    }
    Ok(changed)
}
