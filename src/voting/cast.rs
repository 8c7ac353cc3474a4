//! Casting a vote so that limits and budgets hold however many requests arrive at once, and
//! reading what a voter has used.
//!
//! Every vote is written in one transaction that first locks the voter's account row
//! (`FOR UPDATE` on PostgreSQL; on SQLite `BEGIN IMMEDIATE` serialises writers), then reads
//! what the voter has already used, checks the limit and writes. Two requests from the same
//! person therefore queue; requests from different people do not wait for each other on
//! PostgreSQL.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use entity::{ProposalState, RoundState, StakeholderGroup, proposal, round, user, vote};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect,
    QueryTrait, Set,
    sea_query::{Expr, ExprTrait},
};

use super::{
    counts,
    rule::{ABSTAIN, AGAINST, Allowance, Choice, FOR, Recorded, VoteRefusal},
};
use crate::{
    consultations::access,
    db,
    policy::{self, Action, Contribution, Denial, Person},
    telemetry::{self, Change},
};

/// Whether the joined proposal still counts: published (not withdrawn, hidden or merged).
fn live() -> Expr {
    Expr::col((proposal::Entity, proposal::Column::State)).eq(Expr::value(ProposalState::Published))
}

/// The voter's ballots joined with their proposals: a primary-key lookup per ballot, so the
/// cost grows with the voter's own ballots, never with the consultation's proposals.
fn own_ballots(round: &round::Model, voter: i64) -> sea_orm::Select<vote::Entity> {
    let mut select = vote::Entity::find()
        .select_only()
        .filter(vote::Column::RoundId.eq(round.id))
        .filter(vote::Column::UserId.eq(voter));
    QueryTrait::query(&mut select).inner_join(
        proposal::Entity,
        Expr::col((proposal::Entity, proposal::Column::Id))
            .equals((vote::Entity, vote::Column::ProposalId)),
    );
    select
}

/// What `voter` has used in `round`. Votes on proposals withdrawn, hidden or merged since do
/// not count against the limit.
pub async fn allowance(
    db: &impl ConnectionTrait,
    round: &round::Model,
    voter: i64,
) -> Result<Allowance, DbErr> {
    let votes = live_votes(db, round, voter).await?;
    Ok(Allowance::of(
        round.vote_rule,
        round.vote_limit,
        votes.into_values(),
    ))
}

/// `voter`'s votes in `round` on live proposals: proposal id → stored value.
pub(super) async fn live_votes(
    db: &impl ConnectionTrait,
    round: &round::Model,
    voter: i64,
) -> Result<HashMap<i64, i32>, DbErr> {
    let rows: Vec<(i64, i32)> = own_ballots(round, voter)
        .column(vote::Column::ProposalId)
        .column(vote::Column::Value)
        .filter(live())
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}

/// One of a voter's ballots in a round, as `cast` needs it.
struct OwnBallot {
    id: i64,
    proposal_id: i64,
    value: i32,
    group: StakeholderGroup,
    /// On a proposal still published: it counts against the voter's allowance.
    live: bool,
}

impl OwnBallot {
    fn counted(&self) -> counts::Ballot {
        counts::Ballot {
            proposal_id: self.proposal_id,
            group: self.group,
            value: self.value,
        }
    }
}

/// Every ballot of `voter` in `round`, live or not, in one query: what the vote changes,
/// what the allowance counts, and what the counters move.
async fn round_ballots(
    db: &impl ConnectionTrait,
    round: &round::Model,
    voter: i64,
) -> Result<Vec<OwnBallot>, DbErr> {
    let rows: Vec<(i64, i64, i32, StakeholderGroup, bool)> = own_ballots(round, voter)
        .column(vote::Column::Id)
        .column(vote::Column::ProposalId)
        .column(vote::Column::Value)
        .column(vote::Column::VoterGroup)
        .expr(live())
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, proposal_id, value, group, live)| OwnBallot {
            id,
            proposal_id,
            value,
            group,
            live,
        })
        .collect())
}

/// What a vote left behind, as the voter's page needs it.
#[derive(Debug, Clone)]
pub struct Receipt {
    pub recorded: Recorded,
    pub proposal: proposal::Model,
    /// The open round the vote counts in.
    pub round: round::Model,
    /// What the voter has used of the round's allowance, this vote included.
    pub allowance: Allowance,
    /// The voter's votes in the round on live proposals, this one included.
    pub votes: HashMap<i64, i32>,
}

/// Casts, changes or withdraws `voter`'s vote on `proposal_id` in the consultation's open
/// round. `expected_round` is the round the voter's page showed: if another round is open
/// now, the vote is refused rather than counted where the voter did not mean it.
///
/// The outer error is the database's; the inner one says why the vote was refused.
pub async fn cast(
    db: &sea_orm::DatabaseConnection,
    voter: Person,
    proposal_id: i64,
    expected_round: Option<i64>,
    choice: Choice,
    now: DateTime<Utc>,
) -> Result<Result<Receipt, VoteRefusal>, DbErr> {
    let tx = db::begin_write(db).await?;
    // The voter's row first: their concurrent requests queue here.
    let Some(fresh) = user::Entity::find_by_id(voter.id)
        .lock_exclusive()
        .one(&tx)
        .await?
    else {
        return Ok(Err(VoteRefusal::NotFound));
    };
    let voter = Person::from(&fresh);
    let Some(proposal) = proposal::Entity::find_by_id(proposal_id)
        .lock_shared()
        .one(&tx)
        .await?
    else {
        return Ok(Err(VoteRefusal::NotFound));
    };
    let Some(consultation) = entity::consultation::Entity::find_by_id(proposal.consultation_id)
        .one(&tx)
        .await?
    else {
        return Ok(Err(VoteRefusal::NotFound));
    };
    let standing = access::standing(&tx, consultation.id, Some(voter)).await?;
    if let Err(Denial::NotFound) = policy::check(&standing, Action::View, &consultation) {
        return Ok(Err(VoteRefusal::NotFound));
    }
    let round = round::Entity::find()
        .filter(round::Column::ConsultationId.eq(consultation.id))
        .filter(round::Column::State.eq(RoundState::Open))
        .lock_shared()
        .one(&tx)
        .await?;
    if let (Some(expected), Some(open)) = (expected_round, &round)
        && expected != open.id
    {
        return Ok(Err(VoteRefusal::RoundClosed));
    }
    if let Err(key) =
        policy::can_contribute(&standing, &consultation, round.as_ref(), Contribution::Vote)
    {
        return Ok(Err(VoteRefusal::from_policy(key)));
    }
    let Some(round) = round else {
        return Ok(Err(VoteRefusal::RoundClosed));
    };
    if proposal.state != ProposalState::Published {
        return Ok(Err(VoteRefusal::ProposalNotOpen));
    }
    if !choice.fits(round.vote_rule) {
        return Ok(Err(VoteRefusal::Choice));
    }
    let ballots = round_ballots(&tx, &round, voter.id).await?;
    let existing = ballots.iter().find(|b| b.proposal_id == proposal_id);
    let mut votes: HashMap<i64, i32> = ballots
        .iter()
        .filter(|b| b.live)
        .map(|b| (b.proposal_id, b.value))
        .collect();
    let used = Allowance::of(round.vote_rule, round.vote_limit, votes.values().copied());
    let unchanged = |recorded| Receipt {
        recorded,
        allowance: used,
        votes: votes.clone(),
        proposal: proposal.clone(),
        round: round.clone(),
    };
    let (value, recorded) = match (choice, existing.map(|b| b.value)) {
        (Choice::Withdraw, None) => return Ok(Ok(unchanged(Recorded::Nothing))),
        (Choice::Withdraw, Some(_)) => (None, Recorded::Withdrawn),
        (Choice::Support, Some(_)) => return Ok(Ok(unchanged(Recorded::Supported))),
        (Choice::Support, None) if !used.can_add() => {
            return Ok(Err(VoteRefusal::NoSupportsLeft));
        }
        (Choice::Support, None) => (Some(1), Recorded::Supported),
        (Choice::For, _) => (Some(FOR), Recorded::Approval),
        (Choice::Against, _) => (Some(AGAINST), Recorded::Approval),
        (Choice::Abstain, _) => (Some(ABSTAIN), Recorded::Approval),
        (Choice::AddDot, _) if !used.can_add() => return Ok(Err(VoteRefusal::NoDotsLeft)),
        (Choice::AddDot, current) => (Some(current.unwrap_or(0) + 1), Recorded::DotAdded),
        (Choice::RemoveDot, None) => return Ok(Ok(unchanged(Recorded::Nothing))),
        (Choice::RemoveDot, Some(current)) => {
            (Some(current - 1).filter(|v| *v > 0), Recorded::DotRemoved)
        }
    };
    match (existing, value) {
        (Some(row), None) => {
            vote::Entity::delete_by_id(row.id).exec(&tx).await?;
        }
        (Some(row), Some(value)) => {
            vote::ActiveModel {
                id: Set(row.id),
                value: Set(value),
                updated_at: Set(now),
                ..Default::default()
            }
            .update(&tx)
            .await?;
        }
        (None, Some(value)) => {
            vote::ActiveModel {
                round_id: Set(round.id),
                proposal_id: Set(proposal_id),
                user_id: Set(voter.id),
                voter_group: Set(voter.group),
                value: Set(value),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(&tx)
            .await?;
        }
        (None, None) => {}
    }
    // One group per voter per round: the group they belong to when they last voted.
    if ballots.iter().any(|b| b.group != voter.group) {
        vote::Entity::update_many()
            .col_expr(vote::Column::VoterGroup, Expr::value(voter.group))
            .filter(vote::Column::RoundId.eq(round.id))
            .filter(vote::Column::UserId.eq(voter.id))
            .exec(&tx)
            .await?;
    }
    let before: Vec<counts::Ballot> = ballots.iter().map(OwnBallot::counted).collect();
    let after: Vec<counts::Ballot> = before
        .iter()
        .filter(|b| b.proposal_id != proposal_id)
        .copied()
        .chain(value.map(|value| counts::Ballot {
            proposal_id,
            group: voter.group,
            value,
        }))
        .map(|b| counts::Ballot {
            group: voter.group,
            ..b
        })
        .collect();
    counts::record(&tx, round.id, round.vote_rule, &before, &after).await?;
    let written = match (existing.is_some(), value.is_some()) {
        (false, true) => Some(Change::Cast),
        (true, true) => Some(Change::Changed),
        (true, false) => Some(Change::Withdrawn),
        (false, false) => None,
    };
    tx.commit().await?;
    if let Some(change) = written {
        telemetry::vote_written(change);
    }
    match value {
        Some(value) => votes.insert(proposal_id, value),
        None => votes.remove(&proposal_id),
    };
    Ok(Ok(Receipt {
        recorded,
        allowance: Allowance::of(round.vote_rule, round.vote_limit, votes.values().copied()),
        votes,
        proposal,
        round,
    }))
}
