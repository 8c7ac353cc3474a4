//! What a round is, as plain data: its checked rules, its groups as stored, its codes, and
//! which of a consultation's rounds matters now.

use chrono::{DateTime, Utc};
use entity::{Code, ResultsVisibility, RoundState, StakeholderGroup, VoteRule, round};

/// A round's rules and schedule, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundRules {
    pub title: String,
    pub description: String,
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    pub allows_proposals: bool,
    pub allows_comments: bool,
    pub allows_voting: bool,
    pub groups: Vec<StakeholderGroup>,
    pub vote_rule: VoteRule,
    pub vote_limit: Option<i32>,
    pub results_visibility: ResultsVisibility,
}

pub fn groups_of(round: &round::Model) -> Vec<StakeholderGroup> {
    round
        .groups
        .split(',')
        .filter_map(StakeholderGroup::from_code)
        .collect()
}

pub(super) fn groups_column(groups: &[StakeholderGroup]) -> String {
    groups
        .iter()
        .map(|g| g.code())
        .collect::<Vec<_>>()
        .join(",")
}

/// Whether a consultation is over: archived, or published with every round closed.
pub fn concluded(consultation: &entity::consultation::Model, rounds: &[round::Model]) -> bool {
    match consultation.status {
        entity::ConsultationStatus::Draft => false,
        entity::ConsultationStatus::Archived => true,
        entity::ConsultationStatus::Published => !rounds.is_empty() && current(rounds).is_none(),
    }
}

/// The round that matters now: the open one, else the next to open.
pub fn current(rounds: &[round::Model]) -> Option<&round::Model> {
    rounds
        .iter()
        .find(|r| r.state == RoundState::Open)
        .or_else(|| {
            rounds
                .iter()
                .filter(|r| r.state == RoundState::Upcoming)
                .min_by_key(|r| r.opens_at)
        })
}
