//! Reading a consultation's ballots and offline tallies and turning them into figures, under
//! the rounds' visibility rules.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, NaiveDate, Utc};
use entity::{
    Code, ProposalState, RoundState, StakeholderGroup, offline_tally, offline_tally_count,
    proposal, round, vote,
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::Expr,
};

use super::compute::{self, Ballot, ProposalFigures, RoundFigures, group_index};
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
    fn in_time_for(&self, round: &round::Model) -> bool {
        self.created_at <= round.closed_at.unwrap_or(round.closes_at)
    }
}

/// Counts brought back from one in-person session for one proposal.
#[derive(Debug, Clone)]
pub struct OfflineTally {
    pub id: i64,
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

/// One voting round's results, computed only if the visitor may see them.
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
    let ballots = ballots(db, round.id, None).await?;
    let offline = offline_tallies(db, round.id, None).await?;
    // Live proposals that existed in time, and any other still visible that received votes
    // or counts.
    let counted: HashSet<i64> = ballots
        .iter()
        .map(|b| b.proposal_id)
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
    let figures = compute::compute(round.vote_rule, &ballots, &listed);
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

/// The results of every voting round of a consultation. `preview`: the visitor runs the
/// consultation and sees figures before they are public.
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

/// One proposal's figures in each round where the visitor may see them: the round, whether
/// its results are public, the figures and the proposal's offline tallies. Reads the
/// round's voters per group and the proposal's own ballots, not the whole round.
pub async fn for_proposal(
    db: &impl ConnectionTrait,
    consultation_id: i64,
    proposal: &ProposalInfo,
    preview: bool,
) -> Result<Vec<(round::Model, bool, ProposalFigures, Vec<OfflineTally>)>, DbErr> {
    let proposal_id = proposal.id;
    let mut found = Vec::new();
    for round in voting_rounds(db, consultation_id).await? {
        if !shown(&round, preview) {
            continue;
        }
        let ballots = ballots(db, round.id, Some(proposal_id)).await?;
        let offline = offline_tallies(db, round.id, Some(proposal_id)).await?;
        if ballots.is_empty() && offline.is_empty() && !proposal.in_time_for(&round) {
            continue;
        }
        let voters = voters_of_round(db, round.id).await?;
        let figures =
            compute::compute_with_voters(round.vote_rule, voters, &ballots, &[proposal_id]);
        let public = policy::results_public(&round);
        if let Some(mine) = figures.proposals.into_iter().next() {
            found.push((round, public, mine, offline));
        }
    }
    Ok(found)
}

/// Accounts that voted in a round, per group.
pub async fn voters_of_round(db: &impl ConnectionTrait, round_id: i64) -> Result<[i64; 4], DbErr> {
    let rows: Vec<(StakeholderGroup, i64)> = vote::Entity::find()
        .select_only()
        .column(vote::Column::VoterGroup)
        .column_as(Expr::cust("COUNT(DISTINCT vote.user_id)"), "voters")
        .filter(vote::Column::RoundId.eq(round_id))
        .group_by(vote::Column::VoterGroup)
        .into_tuple()
        .all(db)
        .await?;
    let mut voters = [0; 4];
    for (group, count) in rows {
        voters[group_index(group)] = count;
    }
    Ok(voters)
}

/// A round's ballots, or only those on one proposal.
pub async fn ballots(
    db: &impl ConnectionTrait,
    round_id: i64,
    proposal_id: Option<i64>,
) -> Result<Vec<Ballot>, DbErr> {
    let mut query = vote::Entity::find();
    if let Some(id) = proposal_id {
        query = query.filter(vote::Column::ProposalId.eq(id));
    }
    let rows: Vec<(i64, i64, StakeholderGroup, i32)> = query
        .select_only()
        .column(vote::Column::ProposalId)
        .column(vote::Column::UserId)
        .column(vote::Column::VoterGroup)
        .column(vote::Column::Value)
        .filter(vote::Column::RoundId.eq(round_id))
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(proposal_id, voter_id, group, value)| Ballot {
            proposal_id,
            voter_id,
            group,
            value,
        })
        .collect())
}

/// A round's offline tallies, or only those of one proposal.
pub async fn offline_tallies(
    db: &impl ConnectionTrait,
    round_id: i64,
    proposal_id: Option<i64>,
) -> Result<Vec<OfflineTally>, DbErr> {
    let mut query = offline_tally::Entity::find();
    if let Some(id) = proposal_id {
        query = query.filter(offline_tally::Column::ProposalId.eq(id));
    }
    let tallies = query
        .filter(offline_tally::Column::RoundId.eq(round_id))
        .order_by_asc(offline_tally::Column::HeldOn)
        .order_by_asc(offline_tally::Column::Id)
        .all(db)
        .await?;
    let counts = offline_tally_count::Entity::find()
        .filter(offline_tally_count::Column::TallyId.is_in(tallies.iter().map(|t| t.id)))
        .all(db)
        .await?;
    Ok(tallies
        .into_iter()
        .map(|t| {
            let mut by_group = [(0, 0, 0); 4];
            for count in counts.iter().filter(|c| c.tally_id == t.id) {
                by_group[group_index(count.stakeholder_group)] = (
                    i64::from(count.in_favour),
                    i64::from(count.against),
                    i64::from(count.abstain),
                );
            }
            OfflineTally {
                id: t.id,
                proposal_id: t.proposal_id,
                place: t.place,
                held_on: t.held_on,
                method: t.method,
                by_group,
            }
        })
        .collect())
}

/// Accounts that could vote in `round`, per group: verified accounts of the admitted groups
/// (members only, for invite-only consultations).
pub async fn eligible_by_group(
    db: &impl ConnectionTrait,
    consultation: &entity::consultation::Model,
    round: &round::Model,
) -> Result<[i64; 4], DbErr> {
    use entity::{Visibility, consultation_role, user};
    use sea_orm::sea_query::ExprTrait;
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
