//! The evaluation's arithmetic, the notice's fixed rule: each commission member gives each
//! criterion 0–10; a criterion's mark is the mean over the members who scored it; the
//! weighted total is Σ weight × mean / 10, out of 100, in hundredths; proposals are ranked by
//! total, highest first, and equal totals share a rank (1, 1, 3).
//!
//! Everything is counted in whole hundredths from integer sums, so the same scores always
//! give the same total and the same ties, on every database and machine.

use std::collections::BTreeMap;

/// A criterion of the notice: its id and weight (the weights sum to 100).
#[derive(Debug, Clone, Copy)]
pub struct Weighted {
    pub criterion_id: i64,
    pub weight: i32,
}

/// One member's mark for one criterion of one application.
#[derive(Debug, Clone, Copy)]
pub struct Mark {
    pub application_id: i64,
    pub criterion_id: i64,
    pub score: i32,
}

/// An application's result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Total {
    pub application_id: i64,
    /// The mean of each criterion in hundredths (None where nobody scored it), in the
    /// criteria's order.
    pub means: Vec<Option<i64>>,
    /// The weighted total in hundredths of a point, out of 10 000.
    pub total: i64,
    pub rank: usize,
}

/// `numerator / denominator` rounded to the nearest integer, halves away from zero
/// (every value here is positive).
fn rounded(numerator: i128, denominator: i128) -> i64 {
    i64::try_from((2 * numerator + denominator) / (2 * denominator)).unwrap_or(i64::MAX)
}

/// The totals of `applications` (in the order given), ranked.
pub fn totals(applications: &[i64], criteria: &[Weighted], marks: &[Mark]) -> Vec<Total> {
    // (application, criterion) → (sum, count)
    let mut sums: BTreeMap<(i64, i64), (i128, i128)> = BTreeMap::new();
    for mark in marks {
        let entry = sums
            .entry((mark.application_id, mark.criterion_id))
            .or_default();
        entry.0 += i128::from(mark.score);
        entry.1 += 1;
    }
    let mut results: Vec<Total> = applications
        .iter()
        .map(|&application_id| {
            let parts: Vec<Option<(i128, i128, i128)>> = criteria
                .iter()
                .map(|c| {
                    sums.get(&(application_id, c.criterion_id))
                        .map(|&(sum, count)| (sum, count, i128::from(c.weight)))
                })
                .collect();
            Total {
                application_id,
                means: parts
                    .iter()
                    .map(|p| p.map(|(sum, count, _)| rounded(sum * 100, count)))
                    .collect(),
                total: weighted_total(&parts),
                rank: 0,
            }
        })
        .collect();
    rank(&mut results);
    results
}

/// Σ weight × (sum / count) / 10, in hundredths: over a common denominator (the product of
/// the counts), so nothing is rounded before the end.
fn weighted_total(parts: &[Option<(i128, i128, i128)>]) -> i64 {
    let present: Vec<(i128, i128, i128)> = parts.iter().flatten().copied().collect();
    if present.is_empty() {
        return 0;
    }
    let denominator: i128 = present.iter().map(|&(_, count, _)| count).product();
    let numerator: i128 = present
        .iter()
        .map(|&(sum, count, weight)| weight * sum * 10 * (denominator / count))
        .sum();
    rounded(numerator, denominator)
}

/// Highest total first; equal totals share the rank of the first of them (1, 1, 3). The
/// order among equals is the order given.
fn rank(results: &mut [Total]) {
    results.sort_by_key(|r| std::cmp::Reverse(r.total));
    let mut previous: Option<(i64, usize)> = None;
    for (index, result) in results.iter_mut().enumerate() {
        result.rank = match previous {
            Some((total, rank)) if total == result.total => rank,
            _ => index + 1,
        };
        previous = Some((result.total, result.rank));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CRITERIA: [Weighted; 3] = [
        Weighted {
            criterion_id: 1,
            weight: 40,
        },
        Weighted {
            criterion_id: 2,
            weight: 35,
        },
        Weighted {
            criterion_id: 3,
            weight: 25,
        },
    ];

    fn marks(application_id: i64, rows: &[[i32; 3]]) -> Vec<Mark> {
        rows.iter()
            .flat_map(|row| {
                row.iter().enumerate().map(move |(i, &score)| Mark {
                    application_id,
                    criterion_id: i64::try_from(i).unwrap() + 1,
                    score,
                })
            })
            .collect()
    }

    #[test]
    fn one_member_full_marks_is_a_hundred() {
        let result = totals(&[7], &CRITERIA, &marks(7, &[[10, 10, 10]]));
        assert_eq!(result[0].total, 10_000);
        assert_eq!(result[0].means, vec![Some(1000), Some(1000), Some(1000)]);
        assert_eq!(result[0].rank, 1);
    }

    #[test]
    fn two_members_by_hand() {
        // Means 7.5, 6, 9 → 40×7.5/10 + 35×6/10 + 25×9/10 = 30 + 21 + 22.5 = 73.50
        let result = totals(&[1], &CRITERIA, &marks(1, &[[8, 5, 9], [7, 7, 9]]));
        assert_eq!(result[0].means, vec![Some(750), Some(600), Some(900)]);
        assert_eq!(result[0].total, 7350);
    }

    #[test]
    fn thirds_are_rounded_only_at_the_end() {
        // Three members: means 7/3·… : criterion 1: (7+7+8)/3 = 7.333…, criterion 2:
        // (5+6+6)/3 = 5.666…, criterion 3: (10+9+9)/3 = 9.333…
        // 40×7.333…/10 = 29.333…, 35×5.666…/10 = 19.833…, 25×9.333…/10 = 23.333…
        // Σ = 72.5 exactly → 72.50 (rounding each term first would give 72.50 too, but
        // 29.33 + 19.83 + 23.33 = 72.49: the end is what is rounded).
        let rows = [[7, 5, 10], [7, 6, 9], [8, 6, 9]];
        let result = totals(&[1], &CRITERIA, &marks(1, &rows));
        assert_eq!(result[0].means, vec![Some(733), Some(567), Some(933)]);
        assert_eq!(result[0].total, 7250);
    }

    #[test]
    fn ties_share_a_rank_and_the_next_rank_skips() {
        let mut all = marks(1, &[[6, 6, 6]]);
        all.extend(marks(2, &[[9, 9, 9]]));
        all.extend(marks(3, &[[9, 9, 9]]));
        all.extend(marks(4, &[[0, 0, 0]]));
        let result = totals(&[1, 2, 3, 4], &CRITERIA, &all);
        let ranks: Vec<(i64, usize, i64)> = result
            .iter()
            .map(|r| (r.application_id, r.rank, r.total))
            .collect();
        assert_eq!(
            ranks,
            vec![(2, 1, 9000), (3, 1, 9000), (1, 3, 6000), (4, 4, 0)]
        );
    }

    #[test]
    fn a_criterion_nobody_scored_counts_nothing() {
        let only_first = [Mark {
            application_id: 1,
            criterion_id: 1,
            score: 5,
        }];
        let result = totals(&[1], &CRITERIA, &only_first);
        assert_eq!(result[0].means, vec![Some(500), None, None]);
        assert_eq!(result[0].total, 2000);
    }
}
