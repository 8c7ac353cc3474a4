//! One proposal's figures, for its page: its counters and the rounds' voters in one
//! statement, its offline tallies in another.

use std::collections::HashMap;

use entity::{round, round_voters, vote_count};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, FromQueryResult, QueryFilter,
    QuerySelect, QueryTrait,
    sea_query::{Expr, ExprTrait},
};

use super::{
    compute::{self, Counts, ProposalFigures},
    load::{OfflineTally, ProposalInfo, offline_tallies, shown},
};
use crate::policy;

/// One proposal's figures in each round where the visitor may see them: the round, whether
/// its results are public, the figures and the proposal's offline tallies. `rounds` are the
/// consultation's rounds, which the proposal's page has already read. Reads the proposal's
/// counters with the rounds' voters per group, then its offline tallies: two statements.
pub async fn for_proposal(
    db: &impl ConnectionTrait,
    rounds: &[round::Model],
    proposal: &ProposalInfo,
    preview: bool,
) -> Result<Vec<(round::Model, bool, ProposalFigures, Vec<OfflineTally>)>, DbErr> {
    let rounds: Vec<&round::Model> = rounds
        .iter()
        .filter(|r| r.allows_voting && shown(r, preview))
        .collect();
    if rounds.is_empty() {
        return Ok(Vec::new());
    }
    let round_ids: Vec<i64> = rounds.iter().map(|r| r.id).collect();
    let counted = counts_in_rounds(db, &round_ids, proposal.id).await?;
    let mut offline = offline_tallies(db, &round_ids, Some(&[proposal.id])).await?;
    let mut found = Vec::new();
    for round in rounds {
        let (voters, counts) = counted
            .get(&round.id)
            .copied()
            .unwrap_or(([0; 4], Counts::none(proposal.id)));
        let (mine, rest) = offline.into_iter().partition(|t| t.round_id == round.id);
        offline = rest;
        let mine: Vec<OfflineTally> = mine;
        if !counts.counted() && mine.is_empty() && !proposal.in_time_for(round) {
            continue;
        }
        let figures = compute::compute(round.vote_rule, voters, &[counts]);
        let public = policy::results_public(round);
        if let Some(figures) = figures.proposals.into_iter().next() {
            found.push((round.clone(), public, figures, mine));
        }
    }
    Ok(found)
}

/// A round's voters per group with one proposal's counters there, as one row of a join.
#[derive(FromQueryResult)]
struct CountedRow {
    round_id: i64,
    beneficiary: i64,
    institution: i64,
    third_sector: i64,
    other: i64,
    total: Option<i64>,
    against: Option<i64>,
    abstain: Option<i64>,
    points_beneficiary: Option<i64>,
    points_institution: Option<i64>,
    points_third_sector: Option<i64>,
    points_other: Option<i64>,
    supporters_beneficiary: Option<i64>,
    supporters_institution: Option<i64>,
    supporters_third_sector: Option<i64>,
    supporters_other: Option<i64>,
}

/// Per round: its voters per group and `proposal_id`'s counters, in one statement. A round
/// nobody has voted in has neither.
async fn counts_in_rounds(
    db: &impl ConnectionTrait,
    rounds: &[i64],
    proposal_id: i64,
) -> Result<HashMap<i64, ([i64; 4], Counts)>, DbErr> {
    use vote_count::Column as C;
    let mut query = round_voters::Entity::find()
        .select_only()
        .columns([
            round_voters::Column::RoundId,
            round_voters::Column::Beneficiary,
            round_voters::Column::Institution,
            round_voters::Column::ThirdSector,
            round_voters::Column::Other,
        ])
        .columns([
            C::Total,
            C::Against,
            C::Abstain,
            C::PointsBeneficiary,
            C::PointsInstitution,
            C::PointsThirdSector,
            C::PointsOther,
            C::SupportersBeneficiary,
            C::SupportersInstitution,
            C::SupportersThirdSector,
            C::SupportersOther,
        ])
        .filter(round_voters::Column::RoundId.is_in(rounds.iter().copied()));
    QueryTrait::query(&mut query).left_join(
        vote_count::Entity,
        Condition::all()
            .add(
                Expr::col((vote_count::Entity, C::RoundId))
                    .equals((round_voters::Entity, round_voters::Column::RoundId)),
            )
            .add(Expr::col((vote_count::Entity, C::ProposalId)).eq(proposal_id)),
    );
    let rows = query.into_model::<CountedRow>().all(db).await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let voters = [r.beneficiary, r.institution, r.third_sector, r.other];
            let counts = match r.total {
                None => Counts::none(proposal_id),
                Some(total) => Counts {
                    proposal_id,
                    total,
                    against: r.against.unwrap_or(0),
                    abstain: r.abstain.unwrap_or(0),
                    points: [
                        r.points_beneficiary,
                        r.points_institution,
                        r.points_third_sector,
                        r.points_other,
                    ]
                    .map(|n| n.unwrap_or(0)),
                    supporters: [
                        r.supporters_beneficiary,
                        r.supporters_institution,
                        r.supporters_third_sector,
                        r.supporters_other,
                    ]
                    .map(|n| n.unwrap_or(0)),
                },
            };
            (r.round_id, (voters, counts))
        })
        .collect())
}
