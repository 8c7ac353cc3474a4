//! Reading a consultation's vote counters and offline tallies and turning them into figures,
//! under the rounds' visibility rules. Counters (`vote_count`, `round_voters`) are kept exact
//! in the same transaction as every vote, so nothing here reads ballots.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, NaiveDate, Utc};
use entity::{
    Code, ProposalState, RoundState, StakeholderGroup, offline_tally, offline_tally_count,
    proposal, round, round_voters, vote_count,
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, FromQueryResult, QueryFilter, QueryOrder,
    QuerySelect, QueryTrait,
    sea_query::{Expr, ExprTrait},
};

use super::compute::{self, Counts, RoundFigures, group_index};
use crate::{consultations::rounds, policy};

/// A proposal as results show it.
#[derive(Debug, Clone)]
pub struct ProposalInfo {
    pub id: i64,
    pub title: String,
    pub language: String,
    pub state: ProposalState,
    pub created_at: DateTime<Utc>,
}

impl ProposalInfo {
    /// Whether it existed while `round` could still be voted.
    pub fn in_time_for(&self, round: &round::Model) -> bool {
        self.created_at <= round.closed_at.unwrap_or(round.closes_at)
    }
}

/// Counts brought back from one in-person session for one proposal.
#[derive(Debug, Clone)]
pub struct OfflineTally {
    pub id: i64,
    pub round_id: i64,
    pub proposal_id: i64,
    pub place: String,
    pub held_on: NaiveDate,
    pub method: String,
    /// Per group, in `compute::GROUPS` order: in favour (supports, "for", dots), against,
    /// abstain.
    pub by_group: [(i64, i64, i64); 4],
}

impl OfflineTally {
    pub fn in_favour(&self) -> i64 {
        self.by_group.iter().map(|c| c.0).sum()
    }

    pub fn against(&self) -> i64 {
        self.by_group.iter().map(|c| c.1).sum()
    }

    pub fn abstain(&self) -> i64 {
        self.by_group.iter().map(|c| c.2).sum()
    }
}

/// One voting round's results as one visitor may see them.
pub struct RoundResults {
    pub round: round::Model,
    /// Visible to everyone (otherwise shown only to the consultation's facilitators).
    pub public: bool,
    /// None when the visitor may not see them yet.
    pub figures: Option<RoundFigures>,
    pub offline: Vec<OfflineTally>,
}

/// Whether the visitor sees a round's figures: public ones, and for the consultation's
/// facilitators (`preview`) any round that has opened.
pub fn shown(round: &round::Model, preview: bool) -> bool {
    policy::results_public(round) || (preview && round.state != RoundState::Upcoming)
}

/// The consultation's proposals that results may list: all but hidden ones.
pub async fn proposals_of(
    db: &impl ConnectionTrait,
    consultation_id: i64,
) -> Result<HashMap<i64, ProposalInfo>, DbErr> {
    // Only what results show: a consultation's bodies can add up to megabytes.
    let rows: Vec<(i64, String, String, ProposalState, DateTime<Utc>)> = proposal::Entity::find()
        .select_only()
        .column(proposal::Column::Id)
        .column(proposal::Column::Title)
        .column(proposal::Column::Language)
        .column(proposal::Column::State)
        .column(proposal::Column::CreatedAt)
        .filter(proposal::Column::ConsultationId.eq(consultation_id))
        .filter(proposal::Column::State.ne(ProposalState::Hidden))
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, title, language, state, created_at)| {
            (
                id,
                ProposalInfo {
                    id,
                    title,
                    language,
                    state,
                    created_at,
                },
            )
        })
        .collect())
}

/// The consultation's voting rounds, in order.
pub async fn voting_rounds(
    db: &impl ConnectionTrait,
    consultation_id: i64,
) -> Result<Vec<round::Model>, DbErr> {
    Ok(rounds::for_consultation(db, consultation_id)
        .await?
        .into_iter()
        .filter(|r| r.allows_voting)
        .collect())
}

/// The consultation's voting rounds, in order, each with its voters per group, in one
/// statement.
pub async fn voting_rounds_with_voters(
    db: &impl ConnectionTrait,
    consultation_id: i64,
) -> Result<Vec<(round::Model, [i64; 4])>, DbErr> {
    let mut query = round::Entity::find()
        .filter(round::Column::ConsultationId.eq(consultation_id))
        .filter(round::Column::AllowsVoting.eq(true))
        .order_by_asc(round::Column::Position)
        .order_by_asc(round::Column::Id)
        .select_also(round_voters::Entity);
    QueryTrait::query(&mut query).left_join(
        round_voters::Entity,
        Expr::col((round_voters::Entity, round_voters::Column::RoundId))
            .equals((round::Entity, round::Column::Id)),
    );
    Ok(query
        .all(db)
        .await?
        .into_iter()
        .map(|(round, voters)| {
            let voters = voters.map_or([0; 4], |r| {
                [r.beneficiary, r.institution, r.third_sector, r.other]
            });
            (round, voters)
        })
        .collect())
}

/// One voting round's results, computed only if the visitor may see them, from the round's
/// counters: every `vote_count` row of the round (one per proposal), never its ballots.
pub async fn round_results(
    db: &impl ConnectionTrait,
    round: round::Model,
    proposals: &HashMap<i64, ProposalInfo>,
    preview: bool,
) -> Result<RoundResults, DbErr> {
    let public = policy::results_public(&round);
    if !shown(&round, preview) {
        return Ok(RoundResults {
            round,
            public,
            figures: None,
            offline: Vec::new(),
        });
    }
    let voters = voters_of_round(db, round.id).await?;
    let counts: HashMap<i64, Counts> = vote_count::Entity::find()
        .filter(vote_count::Column::RoundId.eq(round.id))
        .all(db)
        .await?
        .iter()
        .map(|row| (row.proposal_id, Counts::from(row)))
        .collect();
    let offline = offline_tallies(db, &[round.id], None).await?;
    // Live proposals that existed in time, and any other still visible that received votes
    // or counts.
    let counted: HashSet<i64> = counts
        .values()
        .filter(|c| c.counted())
        .map(|c| c.proposal_id)
        .chain(offline.iter().map(|t| t.proposal_id))
        .collect();
    let mut listed: Vec<i64> = proposals
        .values()
        .filter(|p| {
            (p.state == ProposalState::Published && p.in_time_for(&round))
                || counted.contains(&p.id)
        })
        .map(|p| p.id)
        .collect();
    listed.sort_unstable();
    let listed: Vec<Counts> = listed
        .into_iter()
        .map(|id| counts.get(&id).copied().unwrap_or(Counts::none(id)))
        .collect();
    let figures = compute::compute(round.vote_rule, voters, &listed);
    let offline = offline
        .into_iter()
        .filter(|t| proposals.contains_key(&t.proposal_id))
        .collect();
    Ok(RoundResults {
        round,
        public,
        figures: Some(figures),
        offline,
    })
}

/// The results of every voting round of a consultation, for exports: reads each round's
/// counters, one row per proposal. `preview`: the visitor runs the consultation and sees
/// figures before they are public.
pub async fn for_consultation(
    db: &impl ConnectionTrait,
    consultation_id: i64,
    preview: bool,
) -> Result<(Vec<RoundResults>, HashMap<i64, ProposalInfo>), DbErr> {
    let proposals = proposals_of(db, consultation_id).await?;
    let mut results = Vec::new();
    for round in voting_rounds(db, consultation_id).await? {
        results.push(round_results(db, round, &proposals, preview).await?);
    }
    Ok((results, proposals))
}

/// Accounts that voted in a round, per group, as `round_voters` keeps them.
pub async fn voters_of_round(db: &impl ConnectionTrait, round_id: i64) -> Result<[i64; 4], DbErr> {
    Ok(voters_of_rounds(db, &[round_id])
        .await?
        .remove(&round_id)
        .unwrap_or_default())
}

/// Accounts that voted in each of `rounds`, per group; rounds nobody voted in are missing.
pub async fn voters_of_rounds(
    db: &impl ConnectionTrait,
    rounds: &[i64],
) -> Result<HashMap<i64, [i64; 4]>, DbErr> {
    Ok(round_voters::Entity::find()
        .filter(round_voters::Column::RoundId.is_in(rounds.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|r| {
            (
                r.round_id,
                [r.beneficiary, r.institution, r.third_sector, r.other],
            )
        })
        .collect())
}

/// A tally and one of its counts per group, as one row of a join.
#[derive(FromQueryResult)]
struct TallyRow {
    id: i64,
    round_id: i64,
    proposal_id: i64,
    place: String,
    held_on: NaiveDate,
    method: String,
    stakeholder_group: Option<StakeholderGroup>,
    in_favour: Option<i32>,
    against: Option<i32>,
    abstain: Option<i32>,
}

/// The offline tallies of `rounds`, or only those of some proposals, in one statement.
pub async fn offline_tallies(
    db: &impl ConnectionTrait,
    rounds: &[i64],
    proposals: Option<&[i64]>,
) -> Result<Vec<OfflineTally>, DbErr> {
    let mut query = offline_tally::Entity::find()
        .select_only()
        .columns([
            offline_tally::Column::Id,
            offline_tally::Column::RoundId,
            offline_tally::Column::ProposalId,
            offline_tally::Column::Place,
            offline_tally::Column::HeldOn,
            offline_tally::Column::Method,
        ])
        .columns([
            offline_tally_count::Column::StakeholderGroup,
            offline_tally_count::Column::InFavour,
            offline_tally_count::Column::Against,
            offline_tally_count::Column::Abstain,
        ])
        .filter(offline_tally::Column::RoundId.is_in(rounds.iter().copied()));
    if let Some(ids) = proposals {
        query = query.filter(offline_tally::Column::ProposalId.is_in(ids.iter().copied()));
    }
    QueryTrait::query(&mut query).left_join(
        offline_tally_count::Entity,
        Expr::col((
            offline_tally_count::Entity,
            offline_tally_count::Column::TallyId,
        ))
        .equals((offline_tally::Entity, offline_tally::Column::Id)),
    );
    let rows = query
        .order_by_asc(offline_tally::Column::HeldOn)
        .order_by_asc(offline_tally::Column::Id)
        .into_model::<TallyRow>()
        .all(db)
        .await?;
    let mut tallies: Vec<OfflineTally> = Vec::new();
    for row in rows {
        if tallies.last().is_none_or(|t| t.id != row.id) {
            tallies.push(OfflineTally {
                id: row.id,
                round_id: row.round_id,
                proposal_id: row.proposal_id,
                place: row.place,
                held_on: row.held_on,
                method: row.method,
                by_group: [(0, 0, 0); 4],
            });
        }
        if let (Some(group), Some(tally)) = (row.stakeholder_group, tallies.last_mut()) {
            tally.by_group[group_index(group)] = (
                i64::from(row.in_favour.unwrap_or(0)),
                i64::from(row.against.unwrap_or(0)),
                i64::from(row.abstain.unwrap_or(0)),
            );
        }
    }
    Ok(tallies)
}

/// Accounts that could vote in `round`, per group: verified accounts of the admitted groups
/// (members only, for invite-only consultations).
pub async fn eligible_by_group(
    db: &impl ConnectionTrait,
    consultation: &entity::consultation::Model,
    round: &round::Model,
) -> Result<[i64; 4], DbErr> {
    use entity::{Visibility, consultation_role, user};
    let mut query = user::Entity::find()
        .select_only()
        .column(user::Column::StakeholderGroup)
        .column_as(user::Column::Id.count(), "voters")
        .filter(user::Column::EmailVerifiedAt.is_not_null())
        .group_by(user::Column::StakeholderGroup);
    if consultation.visibility == Visibility::InviteOnly {
        query = query.filter(
            user::Column::Id.in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(consultation_role::Column::UserId)
                    .from(consultation_role::Entity)
                    .and_where(
                        sea_orm::sea_query::Expr::col(consultation_role::Column::ConsultationId)
                            .eq(consultation.id),
                    )
                    .to_owned(),
            ),
        );
    }
    let rows: Vec<(StakeholderGroup, i64)> = query.into_tuple().all(db).await?;
    let mut eligible = [0; 4];
    for (group, count) in rows {
        let code = group.code();
        if round.groups.split(',').any(|g| g == code) {
            eligible[group_index(group)] = count;
        }
    }
    Ok(eligible)
}
