use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::{TimeDelta, TimeZone, Utc};
use entity::{ProposalState, ResultsVisibility, RoundState};

use super::*;

fn round(id: i64, consultation_id: i64) -> round::Model {
    let at = Utc.with_ymd_and_hms(2026, 1, 1, 12, 0, 0).unwrap();
    round::Model {
        id,
        consultation_id,
        position: 1,
        title: "Voto".to_owned(),
        description: String::new(),
        opens_at: at,
        closes_at: at + TimeDelta::days(7),
        state: RoundState::Open,
        allows_proposals: true,
        allows_comments: true,
        allows_voting: true,
        groups: "beneficiary,institution".to_owned(),
        vote_rule: VoteRule::Support,
        vote_limit: None,
        results_visibility: ResultsVisibility::Live,
        opened_at: Some(at),
        closed_at: None,
        created_at: at,
        updated_at: at,
        reminded_at: None,
    }
}

/// A proposal with `total` supports, `supporters` of them per group.
fn entry(id: i64, total: i64, supporters: [i64; 4]) -> Entry {
    Entry {
        info: ProposalInfo {
            id,
            title: format!("Proposta {id}"),
            language: "it".to_owned(),
            state: ProposalState::Published,
            created_at: Utc::now(),
        },
        counts: Counts {
            proposal_id: id,
            total,
            points: supporters,
            supporters,
            ..Counts::default()
        },
        has_tallies: false,
    }
}

/// Gets `round`'s snapshot, counting computations.
async fn get(kept: &Kept, round: &round::Model, computed: &AtomicUsize) -> Arc<Snapshot> {
    snapshot(kept, round, Duration::from_secs(3600), || async {
        computed.fetch_add(1, Ordering::SeqCst);
        Ok(Snapshot::new(
            round,
            [4, 5, 0, 0],
            vec![entry(1, 1, [1, 0, 0, 0])],
        ))
    })
    .await
    .unwrap()
}

fn ids(entries: &[&Entry]) -> Vec<i64> {
    entries.iter().map(|e| e.info.id).collect()
}

#[test]
fn a_snapshot_ranks_as_compute_sorts_and_pages_are_slices() {
    let voters = [4, 5, 0, 0];
    // Totals tie between 2, 3 and 4; scores tell 2 from 3 and 4, ids 3 from 4.
    let entries = vec![
        entry(4, 6, [4, 2, 0, 0]),
        entry(1, 9, [4, 0, 0, 0]),
        entry(2, 6, [2, 4, 0, 0]),
        entry(3, 6, [4, 2, 0, 0]),
        entry(5, 0, [0; 4]),
    ];
    let snapshot = Snapshot::new(&round(1, 1), voters, entries.clone());
    assert_eq!(snapshot.listed(), 5);
    let counts: Vec<Counts> = entries.iter().map(|e| e.counts).collect();
    for order in [Order::Total, Order::CrossGroup] {
        let mut figures = compute::compute(VoteRule::Support, voters, &counts).proposals;
        compute::sort(&mut figures, order);
        let sorted: Vec<i64> = figures.iter().map(|f| f.proposal_id).collect();
        let mut paged = ids(&snapshot.page(order, 1, 2));
        paged.extend(ids(&snapshot.page(order, 2, 2)));
        paged.extend(ids(&snapshot.page(order, 3, 2)));
        assert_eq!(paged, sorted, "{order:?}");
        assert!(snapshot.page(order, 4, 2).is_empty());
    }
    assert_eq!(ids(&snapshot.page(Order::Total, 1, 5)), [1, 2, 3, 4, 5]);
    assert_eq!(
        ids(&snapshot.page(Order::CrossGroup, 1, 5)),
        [2, 3, 4, 1, 5]
    );
}

#[tokio::test]
async fn a_round_is_ranked_again_when_its_consultation_or_its_state_changes() {
    let kept = Kept::default();
    let computed = AtomicUsize::new(0);
    let one = round(1, 10);
    get(&kept, &one, &computed).await;
    get(&kept, &one, &computed).await;
    assert_eq!(computed.load(Ordering::SeqCst), 1, "kept");
    kept.changed(20);
    get(&kept, &one, &computed).await;
    assert_eq!(
        computed.load(Ordering::SeqCst),
        1,
        "another consultation changed"
    );
    kept.changed(10);
    get(&kept, &one, &computed).await;
    assert_eq!(
        computed.load(Ordering::SeqCst),
        2,
        "its consultation changed"
    );
    // The round closed (here or elsewhere): ranked again, whatever the generation.
    let closed = round::Model {
        state: RoundState::Closed,
        closed_at: Some(one.closes_at),
        ..one.clone()
    };
    get(&kept, &closed, &computed).await;
    get(&kept, &closed, &computed).await;
    assert_eq!(computed.load(Ordering::SeqCst), 3);
}

#[test]
fn a_kept_proposal_costs_about_200_bytes_besides_its_title() {
    // The entry, its two places in the rankings and its language's few bytes.
    let size = std::mem::size_of::<Entry>() + 2 * std::mem::size_of::<u32>() + 8;
    assert!(size <= 200, "{size} bytes");
}
