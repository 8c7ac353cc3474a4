//! The votes of both rounds, and the counters kept beside them (`vote_count` per round and
//! proposal, `round_voters` per round), counted here as each vote is made so that they equal
//! a recount from the ballots.
//!
//! Each proposal's share of a round's votes follows a Zipf curve over the proposals' popularity
//! (the most popular gets about as many as the next two together); its voters are distinct
//! accounts drawn at random, so nobody votes twice on a proposal in a round.

use chrono::{DateTime, Utc};
use entity::{Code, StakeholderGroup, VoteRule, round};
use rand::{RngExt, SeedableRng, rngs::StdRng, seq::index};
use sea_orm::{ConnectionTrait, DbErr, Value};

use super::{
    Scale,
    bulk::BulkInsert,
    content::{Consultation, Proposals},
    moment_between,
    people::Accounts,
    progress::Progress,
    skew::{allocate, zipf_weights},
};

/// Stored values: a support or a "for" is 1, "against" -1, "abstain" 0.
const FOR: i32 = 1;
const AGAINST: i32 = -1;
const ABSTAIN: i32 = 0;

/// The groups in the order of the counters' columns.
const GROUPS: [StakeholderGroup; 4] = [
    StakeholderGroup::Beneficiary,
    StakeholderGroup::Institution,
    StakeholderGroup::ThirdSector,
    StakeholderGroup::Other,
];

fn group_slot(group: StakeholderGroup) -> usize {
    GROUPS.iter().position(|g| *g == group).unwrap_or(3)
}

/// One proposal's figures in one round, as `vote_count` holds them.
#[derive(Default)]
struct Tally {
    total: i64,
    against: i64,
    abstain: i64,
    points: [i64; 4],
    supporters: [i64; 4],
}

impl Tally {
    fn add(&mut self, group: StakeholderGroup, value: i32) {
        let slot = group_slot(group);
        match value {
            // Neither rule generated here gives more than one point a ballot (no dots).
            FOR => {
                self.total += 1;
                self.points[slot] += 1;
                self.supporters[slot] += 1;
            }
            AGAINST => self.against += 1,
            _ => self.abstain += 1,
        }
    }

    fn row(&self, round_id: i64, proposal_id: i64) -> Vec<Value> {
        let mut row: Vec<Value> = vec![
            round_id.into(),
            proposal_id.into(),
            self.total.into(),
            self.against.into(),
            self.abstain.into(),
        ];
        row.extend(self.points.iter().map(|p| Value::from(*p)));
        row.extend(self.supporters.iter().map(|s| Value::from(*s)));
        row
    }
}

const VOTE_COUNT_COLUMNS: [&str; 13] = [
    "round_id",
    "proposal_id",
    "total",
    "against",
    "abstain",
    "points_beneficiary",
    "points_institution",
    "points_third_sector",
    "points_other",
    "supporters_beneficiary",
    "supporters_institution",
    "supporters_third_sector",
    "supporters_other",
];

/// An approval ballot: mostly "for", as on proposals people chose to rate.
fn approval_value(rng: &mut StdRng) -> i32 {
    match rng.random_range(0..20) {
        0..=11 => FOR,
        12..=16 => AGAINST,
        _ => ABSTAIN,
    }
}

#[allow(clippy::too_many_arguments)]
pub async fn write_votes(
    db: &impl ConnectionTrait,
    scale: &Scale,
    accounts: &Accounts,
    consultation: &Consultation,
    proposals: &Proposals,
    seed: u64,
    now: DateTime<Utc>,
    progress: &Progress,
) -> Result<(), DbErr> {
    let mut rng = StdRng::seed_from_u64(seed ^ 0x7073);
    progress.start("votes", scale.approval_votes + scale.support_votes);
    let columns = vec![
        "round_id",
        "proposal_id",
        "user_id",
        "voter_group",
        "value",
        "created_at",
        "updated_at",
    ];
    let mut votes = BulkInsert::new(db, "vote", columns, progress);
    let mut counts =
        BulkInsert::new(db, "vote_count", VOTE_COUNT_COLUMNS.to_vec(), progress).uncounted();
    let columns = vec![
        "round_id",
        "beneficiary",
        "institution",
        "third_sector",
        "other",
    ];
    let mut voters_per_round = BulkInsert::new(db, "round_voters", columns, progress).uncounted();
    let rounds = [
        (
            &consultation.approval,
            scale.approval_votes,
            consultation.approval.closes_at,
        ),
        (&consultation.support, scale.support_votes, now),
    ];
    for (round, total, until) in rounds {
        let shares = shares_of_round(round, total, accounts.len() as u64, proposals);
        let mut voted = vec![false; accounts.len()];
        for (index, share) in shares {
            let proposal = &proposals.items[index];
            let since = proposal.created_at.max(round.opens_at);
            let mut voters = index::sample(&mut rng, accounts.len(), share as usize).into_vec();
            // In index order, the unique index on (round, proposal, voter) grows at its end.
            voters.sort_unstable();
            let mut tally = Tally::default();
            for voter in voters {
                let group = accounts.groups[voter];
                let value = match round.vote_rule {
                    VoteRule::Approval => approval_value(&mut rng),
                    _ => FOR,
                };
                tally.add(group, value);
                voted[voter] = true;
                let at = moment_between(&mut rng, since, until);
                let row: [Value; 7] = [
                    round.id.into(),
                    proposal.id.into(),
                    accounts.id(voter).into(),
                    group.code().into(),
                    value.into(),
                    at.into(),
                    at.into(),
                ];
                votes.push(row).await?;
            }
            counts.push(tally.row(round.id, proposal.id)).await?;
        }
        if voted.iter().any(|v| *v) {
            let mut per_group = [0i64; 4];
            for (voter, _) in voted.iter().enumerate().filter(|(_, v)| **v) {
                per_group[group_slot(accounts.groups[voter])] += 1;
            }
            let mut row = vec![Value::from(round.id)];
            row.extend(per_group.map(Value::from));
            voters_per_round.push(row).await?;
        }
    }
    votes.finish().await?;
    counts.finish().await?;
    voters_per_round.finish().await
}

/// How many votes each proposal gets in `round`, in proposal order, leaving out those with
/// none. The first round votes only on the proposals made during it.
fn shares_of_round(
    round: &round::Model,
    total: u64,
    accounts: u64,
    proposals: &Proposals,
) -> Vec<(usize, u64)> {
    let first_round_only = round.vote_rule == VoteRule::Approval;
    let candidates: Vec<usize> = proposals
        .by_popularity
        .iter()
        .copied()
        .filter(|i| !first_round_only || proposals.items[*i].first_round)
        .collect();
    if candidates.is_empty() || total == 0 {
        return Vec::new();
    }
    // Even the favourite is not supported by everyone, unless the numbers leave no choice.
    let soft_cap = (accounts * 3 / 5).max(1);
    let cap = if total <= soft_cap * candidates.len() as u64 {
        soft_cap
    } else {
        accounts
    };
    let shares = allocate(total, &zipf_weights(candidates.len(), 1.0), cap);
    let mut shares: Vec<(usize, u64)> = candidates
        .into_iter()
        .zip(shares)
        .filter(|(_, share)| *share > 0)
        .collect();
    shares.sort_unstable();
    shares
}
