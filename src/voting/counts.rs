//! The vote counters, kept in the same transaction as every change to the ballots:
//! `vote_count` (one row per round and proposal) and `round_voters` (one row per round).
//!
//! A writer hands [`record`] one voter's ballots in a round as they were before and as they
//! are after; the difference becomes at most two statements, each an upsert that adds a
//! delta (`x = x + delta`). No figure is read and written back, so voters on the same
//! proposal at the same moment never lose each other's increments, on PostgreSQL as on
//! SQLite. What a ballot adds is defined once, by [`Figures::of`], the same arithmetic as
//! the results (`results/compute.rs`); `recount.rs` counts the same way in SQL.

use std::collections::BTreeMap;

use entity::{Code, StakeholderGroup, VoteRule, round_voters, vote_count};
use sea_orm::{
    ConnectionTrait, DbErr, Iden,
    sea_query::{Alias, Expr, ExprTrait, OnConflict, Query},
};

/// One stored ballot as the counters see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ballot {
    pub proposal_id: i64,
    pub group: StakeholderGroup,
    pub value: i32,
}

/// The figures of a `vote_count` row, in the order of these columns.
pub const COLUMNS: [vote_count::Column; 11] = [
    vote_count::Column::Total,
    vote_count::Column::Against,
    vote_count::Column::Abstain,
    vote_count::Column::PointsBeneficiary,
    vote_count::Column::PointsInstitution,
    vote_count::Column::PointsThirdSector,
    vote_count::Column::PointsOther,
    vote_count::Column::SupportersBeneficiary,
    vote_count::Column::SupportersInstitution,
    vote_count::Column::SupportersThirdSector,
    vote_count::Column::SupportersOther,
];

/// The columns of a `round_voters` row, one per group in [`StakeholderGroup::CODES`] order.
pub const VOTER_COLUMNS: [round_voters::Column; 4] = [
    round_voters::Column::Beneficiary,
    round_voters::Column::Institution,
    round_voters::Column::ThirdSector,
    round_voters::Column::Other,
];

/// Where a group's figures sit among four (the order of [`StakeholderGroup::CODES`]).
pub fn slot(group: StakeholderGroup) -> usize {
    StakeholderGroup::CODES
        .iter()
        .position(|(g, _)| *g == group)
        .unwrap_or(0)
}

/// What ballots add to a proposal's row, in the order of [`COLUMNS`].
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Figures(pub [i64; 11]);

impl Figures {
    /// What one ballot adds under `rule`: its points (its dots under `dots`, else 1 for a
    /// support or a "for") to the total and to its group, an "against" or an "abstain"
    /// under `approval`, and one supporter to its group when it supports at all.
    pub fn of(rule: VoteRule, ballot: &Ballot) -> Self {
        let value = ballot.value;
        let points = match rule {
            VoteRule::Dots => i64::from(std::cmp::max(value, 0)),
            _ => i64::from(value > 0),
        };
        let approval = rule == VoteRule::Approval;
        let mut figures = [0; 11];
        figures[0] = points;
        figures[1] = i64::from(approval && value == -1);
        figures[2] = i64::from(approval && value == 0);
        figures[3 + slot(ballot.group)] = points;
        figures[7 + slot(ballot.group)] = i64::from(value > 0);
        Self(figures)
    }

    fn add(&mut self, other: Self, sign: i64) {
        for (mine, theirs) in self.0.iter_mut().zip(other.0) {
            *mine += sign * theirs;
        }
    }

    fn is_zero(&self) -> bool {
        self.0.iter().all(|n| *n == 0)
    }
}

/// The groups `ballots` were cast in: one voter counts once in each.
fn voter_in(ballots: &[Ballot]) -> [i64; 4] {
    let mut voter = [0; 4];
    for ballot in ballots {
        voter[slot(ballot.group)] = 1;
    }
    voter
}

/// Brings the counters of `round_id` from `before` to `after`: all of one voter's ballots in
/// the round before and after a change (a vote cast, changed or withdrawn, dots added or
/// removed, the ballots moved to the voter's new group). Changes nothing when the figures
/// do not move; otherwise one upsert on `vote_count` (the proposals in id order, so that
/// concurrent transactions lock rows in the same order) and, when the voter's first or last
/// ballot in the round or their group changes, one on `round_voters`.
pub async fn record(
    db: &impl ConnectionTrait,
    round_id: i64,
    rule: VoteRule,
    before: &[Ballot],
    after: &[Ballot],
) -> Result<(), DbErr> {
    let mut deltas: BTreeMap<i64, Figures> = BTreeMap::new();
    for (ballots, sign) in [(before, -1), (after, 1)] {
        for ballot in ballots {
            deltas
                .entry(ballot.proposal_id)
                .or_default()
                .add(Figures::of(rule, ballot), sign);
        }
    }
    deltas.retain(|_, figures| !figures.is_zero());
    if !deltas.is_empty() {
        add_to_counts(db, round_id, &deltas).await?;
    }
    let (was, is) = (voter_in(before), voter_in(after));
    let voters: [i64; 4] = std::array::from_fn(|g| is[g] - was[g]);
    if voters.iter().any(|n| *n != 0) {
        add_to_voters(db, round_id, voters).await?;
    }
    Ok(())
}

/// `table.column + excluded.column`, for an upsert that adds.
fn plus_excluded(table: impl Iden + Copy + 'static, column: impl Iden + Copy + 'static) -> Expr {
    Expr::col((table, column)).add(Expr::col((Alias::new("excluded"), column)))
}

fn query_error(error: sea_orm::sea_query::error::Error) -> DbErr {
    DbErr::Custom(error.to_string())
}

async fn add_to_counts(
    db: &impl ConnectionTrait,
    round_id: i64,
    deltas: &BTreeMap<i64, Figures>,
) -> Result<(), DbErr> {
    let mut insert = Query::insert();
    insert.into_table(vote_count::Entity).columns(
        [vote_count::Column::RoundId, vote_count::Column::ProposalId]
            .into_iter()
            .chain(COLUMNS),
    );
    for (proposal_id, figures) in deltas {
        let row = [round_id, *proposal_id]
            .into_iter()
            .chain(figures.0)
            .map(Expr::val);
        insert.values(row).map_err(query_error)?;
    }
    insert.on_conflict(
        OnConflict::columns([vote_count::Column::RoundId, vote_count::Column::ProposalId])
            .values(
                COLUMNS
                    .into_iter()
                    .map(|column| (column, plus_excluded(vote_count::Entity, column))),
            )
            .to_owned(),
    );
    db.execute(&insert).await?;
    Ok(())
}

async fn add_to_voters(
    db: &impl ConnectionTrait,
    round_id: i64,
    voters: [i64; 4],
) -> Result<(), DbErr> {
    let mut insert = Query::insert();
    insert
        .into_table(round_voters::Entity)
        .columns(std::iter::once(round_voters::Column::RoundId).chain(VOTER_COLUMNS))
        .values(std::iter::once(round_id).chain(voters).map(Expr::val))
        .map_err(query_error)?
        .on_conflict(
            OnConflict::column(round_voters::Column::RoundId)
                .values(
                    VOTER_COLUMNS
                        .into_iter()
                        .map(|column| (column, plus_excluded(round_voters::Entity, column))),
                )
                .to_owned(),
        );
    db.execute(&insert).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ballot(group: StakeholderGroup, value: i32) -> Ballot {
        Ballot {
            proposal_id: 1,
            group,
            value,
        }
    }

    #[test]
    fn a_ballot_adds_its_points_to_the_total_and_its_group() {
        let dots = Figures::of(VoteRule::Dots, &ballot(StakeholderGroup::ThirdSector, 3));
        assert_eq!(dots.0, [3, 0, 0, 0, 0, 3, 0, 0, 0, 1, 0]);
        let support = Figures::of(VoteRule::Support, &ballot(StakeholderGroup::Other, 1));
        assert_eq!(support.0, [1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1]);
    }

    #[test]
    fn approval_counts_against_and_abstain_apart() {
        let against = Figures::of(
            VoteRule::Approval,
            &ballot(StakeholderGroup::Beneficiary, -1),
        );
        assert_eq!(against.0, [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        let abstain = Figures::of(
            VoteRule::Approval,
            &ballot(StakeholderGroup::Beneficiary, 0),
        );
        assert_eq!(abstain.0, [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
        let for_ = Figures::of(
            VoteRule::Approval,
            &ballot(StakeholderGroup::Institution, 1),
        );
        assert_eq!(for_.0, [1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0]);
    }

    #[test]
    fn a_voter_counts_once_per_group_they_voted_in() {
        let mut ballots = vec![ballot(StakeholderGroup::Beneficiary, 1); 3];
        assert_eq!(voter_in(&ballots), [1, 0, 0, 0]);
        ballots.push(ballot(StakeholderGroup::Other, 1));
        assert_eq!(voter_in(&ballots), [1, 0, 0, 1]);
        assert_eq!(voter_in(&[]), [0, 0, 0, 0]);
    }
}
