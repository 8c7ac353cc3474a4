//! The arithmetic of results, apart from the database: totals under each rule, figures per
//! stakeholder group with small groups suppressed, and the cross-group support score.

use entity::{StakeholderGroup, VoteRule, vote_count};

/// A group with fewer voters than this in a round shows "fewer than 3", never a figure.
pub const MIN_VOTERS: i64 = 3;

/// Groups in the order pages, exports and the API show them.
pub const GROUPS: [StakeholderGroup; 4] = [
    StakeholderGroup::Beneficiary,
    StakeholderGroup::Institution,
    StakeholderGroup::ThirdSector,
    StakeholderGroup::Other,
];

pub fn group_index(group: StakeholderGroup) -> usize {
    match group {
        StakeholderGroup::Beneficiary => 0,
        StakeholderGroup::Institution => 1,
        StakeholderGroup::ThirdSector => 2,
        StakeholderGroup::Other => 3,
    }
}

/// One proposal's counters in a round, as `vote_count` keeps them; all zero where it has
/// no row.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub proposal_id: i64,
    /// Supports, "for" votes or dots.
    pub total: i64,
    pub against: i64,
    pub abstain: i64,
    /// `total` per group, in `GROUPS` order.
    pub points: [i64; 4],
    /// Voters per group who gave a support, a "for" or at least one dot.
    pub supporters: [i64; 4],
}

impl Counts {
    /// A proposal nobody has voted on.
    pub fn none(proposal_id: i64) -> Self {
        Self {
            proposal_id,
            ..Self::default()
        }
    }

    /// Whether any ballot is counted in it.
    pub fn counted(&self) -> bool {
        self.total + self.against + self.abstain > 0
    }
}

impl From<&vote_count::Model> for Counts {
    fn from(row: &vote_count::Model) -> Self {
        Self {
            proposal_id: row.proposal_id,
            total: row.total,
            against: row.against,
            abstain: row.abstain,
            points: [
                row.points_beneficiary,
                row.points_institution,
                row.points_third_sector,
                row.points_other,
            ],
            supporters: [
                row.supporters_beneficiary,
                row.supporters_institution,
                row.supporters_third_sector,
                row.supporters_other,
            ],
        }
    }
}

/// One proposal's figures in a round.
#[derive(Debug, Clone, PartialEq)]
pub struct ProposalFigures {
    pub proposal_id: i64,
    /// Supports, "for" votes or dots; None while the round has fewer than 3 voters in all.
    pub total: Option<i64>,
    /// Under `approval`: "against" and "abstain" votes (None as for `total`).
    pub against: Option<i64>,
    pub abstain: Option<i64>,
    /// The same figure as `total`, per group; None where the group is suppressed.
    pub by_group: [Option<i64>; 4],
    /// Share of the group's voters who supported it; None where the group is suppressed.
    pub share_by_group: [Option<f64>; 4],
    /// The lowest share among groups with at least 3 voters; None unless two groups qualify.
    pub cross_group_support: Option<f64>,
}

/// A round's figures.
#[derive(Debug, Clone, PartialEq)]
pub struct RoundFigures {
    /// Accounts that cast at least one vote in the round, per group (None below 3).
    pub voters_by_group: [Option<i64>; 4],
    pub voters_total: i64,
    /// Groups whose figures are not shown: fewer than 3 voters, or hidden with them so that
    /// their figures cannot be found by subtracting the others from the total.
    pub suppressed: [bool; 4],
    pub proposals: Vec<ProposalFigures>,
}

/// Computes a round's figures from its voters per group and the counters of the proposals
/// to show, in the order given.
pub fn compute(rule: VoteRule, voters: [i64; 4], counts: &[Counts]) -> RoundFigures {
    let voters_total: i64 = voters.iter().sum();
    let suppressed = suppression(voters);
    let shown = totals_shown(voters);
    let approval = rule == VoteRule::Approval && shown;
    let figures = counts
        .iter()
        .map(|c| {
            let shares: Vec<f64> = scored_groups(voters)
                .map(|g| share(c.supporters[g], voters[g]))
                .collect();
            let cross_group_support =
                (shares.len() >= 2).then(|| shares.iter().copied().fold(f64::INFINITY, f64::min));
            ProposalFigures {
                proposal_id: c.proposal_id,
                total: shown.then_some(c.total),
                against: approval.then_some(c.against),
                abstain: approval.then_some(c.abstain),
                by_group: std::array::from_fn(|g| (!suppressed[g]).then_some(c.points[g])),
                share_by_group: std::array::from_fn(|g| {
                    (!suppressed[g]).then(|| share(c.supporters[g], voters[g]))
                }),
                cross_group_support,
            }
        })
        .collect();
    RoundFigures {
        voters_by_group: voters.map(|n| (n >= MIN_VOTERS).then_some(n)),
        voters_total,
        suppressed,
        proposals: figures,
    }
}

/// Groups whose share counts in the cross-group support score: those with at least 3 voters.
/// The score is defined when there are two or more.
pub fn scored_groups(voters: [i64; 4]) -> impl Iterator<Item = usize> {
    (0..4).filter(move |&g| voters[g] >= MIN_VOTERS)
}

/// Whether totals are shown at all: the round has at least 3 voters.
pub fn totals_shown(voters: [i64; 4]) -> bool {
    voters.iter().sum::<i64>() >= MIN_VOTERS
}

fn share(part: i64, whole: i64) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// Groups under 3 voters are suppressed. If those hold only one or two voters between them,
/// the smallest group still shown is suppressed as well: otherwise the total minus the
/// shown groups would give away the few ballots.
pub fn suppression(voters: [i64; 4]) -> [bool; 4] {
    let mut suppressed = voters.map(|n| n < MIN_VOTERS);
    let hidden: i64 = (0..4).filter(|&g| suppressed[g]).map(|g| voters[g]).sum();
    if hidden > 0
        && hidden < MIN_VOTERS
        && let Some(smallest) = (0..4)
            .filter(|&g| !suppressed[g])
            .min_by_key(|&g| (voters[g], g))
    {
        suppressed[smallest] = true;
    }
    suppressed
}

/// How results may be ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// The most supports, "for" votes or dots first.
    Total,
    /// The highest cross-group support first; proposals without a score last.
    CrossGroup,
}

pub fn sort(figures: &mut [ProposalFigures], order: Order) {
    figures.sort_by(|a, b| rank(a, b, order));
}

/// Which of two proposals' figures ranks first under `order`: hidden totals count as 0, an
/// undefined score below any score, and ties go to the older proposal (the lower id).
pub fn rank(a: &ProposalFigures, b: &ProposalFigures, order: Order) -> std::cmp::Ordering {
    let by_total = b.total.unwrap_or(0).cmp(&a.total.unwrap_or(0));
    let by_cross = b
        .cross_group_support
        .unwrap_or(-1.0)
        .total_cmp(&a.cross_group_support.unwrap_or(-1.0));
    match order {
        Order::Total => by_total.then(by_cross),
        Order::CrossGroup => by_cross.then(by_total),
    }
    .then(a.proposal_id.cmp(&b.proposal_id))
}

#[cfg(test)]
mod tests {
    use StakeholderGroup::{Beneficiary as B, Institution as I, Other as O, ThirdSector as T};

    use super::*;

    /// One vote as the counters see it: who, of which group, on what, and its value.
    struct Ballot {
        proposal_id: i64,
        voter_id: i64,
        group: StakeholderGroup,
        value: i32,
    }

    /// Counts `ballots` as each vote keeps the counters, and computes the figures of
    /// `proposals` from them.
    fn from_ballots(rule: VoteRule, ballots: &[Ballot], proposals: &[i64]) -> RoundFigures {
        let mut voters: [Vec<i64>; 4] = Default::default();
        for ballot in ballots {
            voters[group_index(ballot.group)].push(ballot.voter_id);
        }
        let voters = voters.map(|mut ids| {
            ids.sort_unstable();
            ids.dedup();
            ids.len() as i64
        });
        let counts: Vec<Counts> = proposals
            .iter()
            .map(|&id| {
                let mut c = Counts::none(id);
                for ballot in ballots.iter().filter(|b| b.proposal_id == id) {
                    let g = group_index(ballot.group);
                    let points = match rule {
                        VoteRule::Dots => i64::from(ballot.value.max(0)),
                        _ => i64::from(ballot.value > 0),
                    };
                    c.total += points;
                    c.points[g] += points;
                    c.supporters[g] += i64::from(ballot.value > 0);
                    c.against += i64::from(ballot.value == -1);
                    c.abstain += i64::from(ballot.value == 0);
                }
                c
            })
            .collect();
        compute(rule, voters, &counts)
    }

    /// `voters` accounts of `group`, numbered from `first`, each voting `value` on `proposal`.
    fn cast(
        ballots: &mut Vec<Ballot>,
        group: StakeholderGroup,
        first: i64,
        voters: i64,
        proposal: i64,
        value: i32,
    ) {
        for voter_id in first..first + voters {
            ballots.push(Ballot {
                proposal_id: proposal,
                voter_id,
                group,
                value,
            });
        }
    }

    #[test]
    fn support_counts_per_group_and_the_lowest_share_is_the_score() {
        let mut ballots = Vec::new();
        // 4 beneficiaries: all support 1, one supports 2.
        cast(&mut ballots, B, 1, 4, 1, 1);
        cast(&mut ballots, B, 1, 1, 2, 1);
        // 5 institution voters: 2 support 1, 3 support 2.
        cast(&mut ballots, I, 10, 2, 1, 1);
        cast(&mut ballots, I, 12, 3, 2, 1);
        let figures = from_ballots(VoteRule::Support, &ballots, &[1, 2, 3]);
        assert_eq!(figures.voters_by_group, [Some(4), Some(5), None, None]);
        assert_eq!(figures.voters_total, 9);
        assert_eq!(figures.suppressed, [false, false, true, true]);
        let [one, two, three] = &figures.proposals[..] else {
            panic!("three proposals")
        };
        assert_eq!(one.total, Some(6));
        assert_eq!(one.by_group, [Some(4), Some(2), None, None]);
        // min(4/4, 2/5) = 0.4
        assert_eq!(one.cross_group_support, Some(0.4));
        // min(1/4, 3/5) = 0.25
        assert_eq!(two.total, Some(4));
        assert_eq!(two.cross_group_support, Some(0.25));
        // Nobody supported it: the score is 0, not undefined.
        assert_eq!(three.total, Some(0));
        assert_eq!(three.cross_group_support, Some(0.0));
    }

    #[test]
    fn approval_counts_for_against_and_abstain_and_only_for_supports() {
        let mut ballots = Vec::new();
        cast(&mut ballots, B, 1, 3, 1, 1);
        cast(&mut ballots, T, 10, 2, 1, -1);
        cast(&mut ballots, T, 12, 1, 1, 0);
        cast(&mut ballots, T, 13, 1, 1, 1);
        let figures = from_ballots(VoteRule::Approval, &ballots, &[1]);
        let one = &figures.proposals[0];
        assert_eq!(one.total, Some(4));
        assert_eq!(one.against, Some(2));
        assert_eq!(one.abstain, Some(1));
        assert_eq!(one.by_group, [Some(3), None, Some(1), None]);
        // min(3/3, 1/4)
        assert_eq!(one.cross_group_support, Some(0.25));
    }

    #[test]
    fn dots_add_up_but_a_supporter_counts_once_in_the_score() {
        let mut ballots = Vec::new();
        cast(&mut ballots, B, 1, 3, 1, 5);
        cast(&mut ballots, I, 10, 3, 2, 2);
        cast(&mut ballots, I, 10, 1, 1, 1);
        let figures = from_ballots(VoteRule::Dots, &ballots, &[1, 2]);
        let one = &figures.proposals[0];
        assert_eq!(one.total, Some(16));
        assert_eq!(one.by_group, [Some(15), Some(1), None, None]);
        assert_eq!(one.against, None);
        // min(3/3, 1/3)
        assert_eq!(one.cross_group_support, Some(1.0 / 3.0));
        assert_eq!(figures.proposals[1].total, Some(6));
        assert_eq!(figures.proposals[1].cross_group_support, Some(0.0));
    }

    #[test]
    fn the_score_needs_two_groups_of_three() {
        let mut ballots = Vec::new();
        cast(&mut ballots, B, 1, 10, 1, 1);
        cast(&mut ballots, I, 20, 2, 1, 1);
        let figures = from_ballots(VoteRule::Support, &ballots, &[1]);
        assert_eq!(figures.proposals[0].cross_group_support, None);
        assert_eq!(figures.proposals[0].total, Some(12));
        // No votes at all: nothing is defined and nothing is shown.
        let empty = from_ballots(VoteRule::Support, &[], &[1]);
        assert_eq!(empty.voters_total, 0);
        assert_eq!(empty.proposals[0].total, None);
        assert_eq!(empty.proposals[0].cross_group_support, None);
        assert_eq!(empty.voters_by_group, [None; 4]);
    }

    #[test]
    fn a_small_group_is_not_given_away_by_subtraction() {
        let mut ballots = Vec::new();
        cast(&mut ballots, B, 1, 6, 1, 1);
        cast(&mut ballots, I, 10, 3, 1, 1);
        cast(&mut ballots, T, 20, 4, 1, 1);
        cast(&mut ballots, O, 30, 1, 1, 1);
        let figures = from_ballots(VoteRule::Support, &ballots, &[1]);
        // Other (1 voter) is hidden, and so is the smallest group shown (institution, 3):
        // total 14 − 6 − 4 = 4 covers four people, not one.
        assert_eq!(figures.suppressed, [false, true, false, true]);
        assert_eq!(
            figures.proposals[0].by_group,
            [Some(6), None, Some(4), None]
        );
        assert_eq!(figures.voters_by_group, [Some(6), Some(3), Some(4), None]);
        assert_eq!(figures.proposals[0].total, Some(14));
        // The score still uses every group with three voters.
        assert_eq!(figures.proposals[0].cross_group_support, Some(1.0));
    }

    #[test]
    fn groups_of_three_together_need_no_extra_suppression() {
        let mut ballots = Vec::new();
        cast(&mut ballots, B, 1, 5, 1, 1);
        cast(&mut ballots, I, 10, 2, 1, 1);
        cast(&mut ballots, O, 30, 1, 1, 1);
        let figures = from_ballots(VoteRule::Support, &ballots, &[1]);
        assert_eq!(figures.suppressed, [false, true, true, true]);
        let mut ballots = Vec::new();
        cast(&mut ballots, B, 1, 5, 1, 1);
        cast(&mut ballots, T, 10, 4, 1, 1);
        let figures = from_ballots(VoteRule::Support, &ballots, &[1]);
        assert_eq!(figures.suppressed, [false, true, false, true]);
    }

    #[test]
    fn sorting_by_score_puts_ties_by_total_and_undefined_last() {
        let figure = |id, total, score| ProposalFigures {
            proposal_id: id,
            total: Some(total),
            against: None,
            abstain: None,
            by_group: [None; 4],
            share_by_group: [None; 4],
            cross_group_support: score,
        };
        let mut all = vec![
            figure(1, 10, None),
            figure(2, 3, Some(0.5)),
            figure(3, 8, Some(0.5)),
            figure(4, 9, Some(0.2)),
        ];
        sort(&mut all, Order::CrossGroup);
        let ids: Vec<i64> = all.iter().map(|f| f.proposal_id).collect();
        assert_eq!(ids, [3, 2, 4, 1]);
        sort(&mut all, Order::Total);
        let ids: Vec<i64> = all.iter().map(|f| f.proposal_id).collect();
        assert_eq!(ids, [1, 4, 3, 2]);
    }
}
