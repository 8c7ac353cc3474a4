//! The ranking of each voting round's proposals, kept in memory per process (in the
//! application state's `web::kept::Kept`, keyed by round) so that a page of results is a
//! slice of it rather than a ranking of the whole round in SQL on every request.
//!
//! A [`Snapshot`] holds a round's listed proposals with their counters, ranked both ways, and
//! the voters per group they were ranked with: every page read from it is consistent. It is
//! used again while it is younger than the configured maximum age (`TAVOLO_RESULTS_MAX_AGE`)
//! and nothing in this process has changed the consultation's results since it was computed:
//! every writer that moves counters or the listing (votes, in-person tallies, moderation,
//! withdrawals, merges, new or edited proposals) calls `AppState::results_changed` after its
//! commit; a round whose dates, rule or state changed (by hand or by the scheduler, here or on
//! another instance) is ranked again too, its row being read on every request. Changes
//! written by other instances show once the snapshot is older than the maximum age. A round
//! costs about 200 bytes per listed proposal, besides its title.

use std::{sync::Arc, time::Duration};

use entity::{VoteRule, round};
use sea_orm::DbErr;

use super::{
    compute::{self, Counts, Order},
    load::ProposalInfo,
};
use crate::web::kept::Kept;

/// One listed proposal of a round.
#[derive(Debug, Clone)]
pub struct Entry {
    pub info: ProposalInfo,
    pub counts: Counts,
    /// Whether in-person tallies were recorded for it in the round.
    pub has_tallies: bool,
}

/// A round's results as ranked at one moment.
#[derive(Debug)]
pub struct Snapshot {
    /// The round's row it was computed for.
    round: round::Model,
    /// The round's voters per group, with which figures are computed and ranked.
    pub voters: [i64; 4],
    /// Every listed proposal, by id.
    entries: Vec<Entry>,
    /// Positions in `entries`, best first, by total and by cross-group support.
    by_total: Vec<u32>,
    by_cross_group: Vec<u32>,
}

impl Snapshot {
    /// Ranks `entries` (a round's listed proposals) as `compute::sort` ranks their figures.
    pub fn new(round: &round::Model, voters: [i64; 4], mut entries: Vec<Entry>) -> Self {
        entries.sort_by_key(|e| e.info.id);
        let counts: Vec<Counts> = entries.iter().map(|e| e.counts).collect();
        let figures = compute::compute(round.vote_rule, voters, &counts).proposals;
        let ranked = |order| {
            let mut positions: Vec<u32> = (0..entries.len())
                .map(|i| u32::try_from(i).unwrap_or(u32::MAX))
                .collect();
            positions
                .sort_by(|&a, &b| compute::rank(&figures[a as usize], &figures[b as usize], order));
            positions
        };
        Self {
            by_total: ranked(Order::Total),
            by_cross_group: ranked(Order::CrossGroup),
            round: round.clone(),
            voters,
            entries,
        }
    }

    pub fn rule(&self) -> VoteRule {
        self.round.vote_rule
    }

    /// How many proposals the round's results list.
    pub fn listed(&self) -> u64 {
        self.entries.len() as u64
    }

    /// Page `page` (from 1) of the proposals ranked by `order`, `per_page` at a time: empty
    /// past the last.
    pub fn page(&self, order: Order, page: u64, per_page: u64) -> Vec<&Entry> {
        let ranked = match order {
            Order::Total => &self.by_total,
            Order::CrossGroup => &self.by_cross_group,
        };
        let skip = usize::try_from(page.saturating_sub(1).saturating_mul(per_page));
        let take = usize::try_from(per_page).unwrap_or(usize::MAX);
        ranked
            .iter()
            .skip(skip.unwrap_or(usize::MAX))
            .take(take)
            .map(|&i| &self.entries[i as usize])
            .collect()
    }

    /// Whether it was computed for the round as `round` is now: same dates, rule and state.
    pub fn fits(&self, round: &round::Model) -> bool {
        let (a, b) = (&self.round, round);
        a.id == b.id
            && a.consultation_id == b.consultation_id
            && a.vote_rule == b.vote_rule
            && a.state == b.state
            && a.closes_at == b.closes_at
            && a.closed_at == b.closed_at
            && a.updated_at == b.updated_at
    }
}

/// The ranking of `round` as this process keeps it (see `web::kept`), computed again from
/// `listed` when results changed here, the round changed, or it is older than the maximum
/// age.
pub async fn snapshot<Fut>(
    kept: &Kept,
    round: &round::Model,
    max_age: Duration,
    listed: impl FnOnce() -> Fut,
) -> Result<Arc<Snapshot>, DbErr>
where
    Fut: Future<Output = Result<Snapshot, DbErr>>,
{
    kept.get(
        (round.id, round.consultation_id),
        max_age,
        |s: &Snapshot| s.fits(round),
        listed,
    )
    .await
}

/// The people who may vote in `round`, per group, as this process keeps it: counting them
/// reads every account, so it is counted again only past the maximum age (or after a change
/// to the consultation's results here), like the ranking. Kept under the round's id negated,
/// beside its ranking.
pub async fn eligible<Fut>(
    kept: &Kept,
    round: &round::Model,
    max_age: Duration,
    count: impl FnOnce() -> Fut,
) -> Result<[i64; 4], DbErr>
where
    Fut: Future<Output = Result<[i64; 4], DbErr>>,
{
    let counted = kept
        .get((-round.id, round.consultation_id), max_age, |_| true, count)
        .await?;
    Ok(*counted)
}

#[cfg(test)]
#[path = "cache_tests.rs"]
mod tests;
