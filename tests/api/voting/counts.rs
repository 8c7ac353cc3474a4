//! The vote counters (`vote_count` per round and proposal, `round_voters` per round) move
//! with every vote, whatever happens to the proposals and the voters meanwhile, and a
//! recount of the ballots finds them right: through the library and through
//! `tavolo tally --check`, which `tavolo tally --rebuild` puts right again.

use std::process::{Command, Output};

use entity::{round_voters, vote_count};
use reqwest::StatusCode;
use sea_orm::{ConnectionTrait, EntityTrait, QueryOrder};

use super::{Setup, assert_counts_agree};
use crate::helpers::TestApp;

use entity::StakeholderGroup::{Beneficiary, Institution};

/// One stored figure of a proposal in a round (0 when it has no row).
async fn figure(app: &TestApp, column: &str, round: i64, proposal: i64) -> i64 {
    app.count(&format!(
        "SELECT CAST(COALESCE(SUM({column}), 0) AS BIGINT) FROM vote_count \
         WHERE round_id = {round} AND proposal_id = {proposal}"
    ))
    .await
}

/// A round's stored voters of one group (0 when it has no row).
async fn voters(app: &TestApp, group: &str, round: i64) -> i64 {
    app.count(&format!(
        "SELECT CAST(COALESCE(SUM({group}), 0) AS BIGINT) FROM round_voters \
         WHERE round_id = {round}"
    ))
    .await
}

/// `tavolo tally <flag>` run on the test's database.
fn tally(app: &TestApp, flag: &str) -> (Output, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_tavolo"))
        .args(["tally", flag])
        .env("DATABASE_URL", &app.test_db.url)
        .env("RUST_LOG", "warn")
        .output()
        .expect("tavolo tally runs");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    (output, stdout)
}

#[tokio::test]
async fn supports_and_withdrawals_move_the_counters_and_the_tally_agrees() {
    let app = TestApp::spawn().await;
    let s = Setup::open(
        &app,
        "voto",
        "support",
        "3",
        "live",
        &["beneficiary", "institution"],
    )
    .await;
    let (p, q) = (s.propose("Una").await, s.propose("Due").await);
    let people = app.voters("b", Beneficiary, 2).await;
    let official = s.voter("ivo", Institution).await;
    for client in &people {
        app.by(client).vote(p, "support").await;
    }
    app.by(&official).vote(p, "support").await;
    app.by(&official).vote(q, "support").await;
    assert_eq!(figure(&app, "total", s.round, p).await, 3);
    assert_eq!(figure(&app, "points_beneficiary", s.round, p).await, 2);
    assert_eq!(figure(&app, "supporters_institution", s.round, p).await, 1);
    assert_eq!(figure(&app, "total", s.round, q).await, 1);
    assert_eq!(voters(&app, "beneficiary", s.round).await, 2);
    assert_eq!(voters(&app, "institution", s.round).await, 1);
    assert_counts_agree(&app).await;

    app.by(&people[0]).vote(p, "withdraw").await;
    app.by(&official).vote(p, "withdraw").await;
    assert_eq!(figure(&app, "total", s.round, p).await, 1);
    assert_eq!(voters(&app, "beneficiary", s.round).await, 1);
    assert_eq!(
        voters(&app, "institution", s.round).await,
        1,
        "still a voter through the other support"
    );
    app.by(&official).vote(q, "withdraw").await;
    assert_eq!(voters(&app, "institution", s.round).await, 0);
    assert_eq!(figure(&app, "total", s.round, q).await, 0);
    assert_counts_agree(&app).await;

    let (output, stdout) = tally(&app, "--check");
    assert!(output.status.success(), "{output:?}");
    assert!(stdout.contains("0 differences"), "{stdout}");
}

#[tokio::test]
async fn an_approval_changed_then_withdrawn_counts_only_its_last_opinion() {
    let app = TestApp::spawn().await;
    let s = Setup::open(&app, "parere", "approval", "", "live", &["beneficiary"]).await;
    let p = s.propose("Una").await;
    let amina = s.voter("amina", Beneficiary).await;
    // (choice, total, against, abstain, voters)
    let steps = [
        ("for", 1, 0, 0, 1),
        ("against", 0, 1, 0, 1),
        ("abstain", 0, 0, 1, 1),
        ("for", 1, 0, 0, 1),
        ("withdraw", 0, 0, 0, 0),
    ];
    for (choice, total, against, abstain, counted) in steps {
        app.by(&amina).vote(p, choice).await;
        let found = (
            figure(&app, "total", s.round, p).await,
            figure(&app, "against", s.round, p).await,
            figure(&app, "abstain", s.round, p).await,
            voters(&app, "beneficiary", s.round).await,
        );
        assert_eq!(found, (total, against, abstain, counted), "after {choice}");
        assert_counts_agree(&app).await;
    }
}

#[tokio::test]
async fn dots_added_and_removed_count_as_dots_and_supporters() {
    let app = TestApp::spawn().await;
    let s = Setup::open(
        &app,
        "punti",
        "dots",
        "5",
        "live",
        &["beneficiary", "institution"],
    )
    .await;
    let (p, q) = (s.propose("A").await, s.propose("B").await);
    let amina = s.voter("amina", Beneficiary).await;
    let ivo = s.voter("ivo", Institution).await;
    for _ in 0..3 {
        app.by(&amina).vote(p, "add_dot").await;
    }
    app.by(&amina).vote(q, "add_dot").await;
    app.by(&ivo).vote(p, "add_dot").await;
    app.by(&ivo).vote(p, "add_dot").await;
    assert_eq!(figure(&app, "total", s.round, p).await, 5);
    assert_eq!(figure(&app, "points_beneficiary", s.round, p).await, 3);
    assert_eq!(figure(&app, "supporters_beneficiary", s.round, p).await, 1);
    assert_eq!(figure(&app, "points_institution", s.round, p).await, 2);
    assert_counts_agree(&app).await;

    for _ in 0..3 {
        app.by(&amina).vote(p, "remove_dot").await;
    }
    assert_eq!(figure(&app, "total", s.round, p).await, 2);
    assert_eq!(figure(&app, "supporters_beneficiary", s.round, p).await, 0);
    assert_eq!(
        voters(&app, "beneficiary", s.round).await,
        1,
        "her dot on B keeps her a voter"
    );
    app.by(&amina).vote(q, "remove_dot").await;
    assert_eq!(voters(&app, "beneficiary", s.round).await, 0);
    assert_counts_agree(&app).await;
}

#[tokio::test]
async fn counters_follow_a_new_group_and_keep_withdrawn_hidden_and_merged_proposals() {
    let app = TestApp::spawn().await;
    let s = Setup::open(
        &app,
        "gruppi",
        "support",
        "",
        "live",
        &["beneficiary", "institution"],
    )
    .await;
    let withdrawn = s.propose("Ritirata").await;
    let hidden = s.propose("Nascosta").await;
    let merged = s.propose("Unita").await;
    let kept = s.propose("Rimasta").await;
    let amina = s.voter("amina", Beneficiary).await;
    let ivo = s.voter("ivo", Institution).await;
    for p in [withdrawn, hidden, merged] {
        app.by(&amina).vote(p, "support").await;
    }
    app.by(&ivo).vote(withdrawn, "support").await;
    app.by(&ivo)
        .comment(kept, "Mi convince.", "for", None)
        .await;

    let response = app
        .by(&s.author)
        .post_form(
            &format!("/proposals/{withdrawn}/withdraw"),
            &[("reason", "Superata")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let response = app
        .by(&s.chiara)
        .post_form(
            "/manage/consultations/gruppi/moderation",
            &[
                ("kind", "proposal"),
                ("id", &hidden.to_string()),
                ("decision", "hide"),
                ("reason", "Fuori tema"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        figure(&app, "total", s.round, withdrawn).await,
        2,
        "ballots stay counted"
    );
    assert_counts_agree(&app).await;

    // A coordinator moves Amina to the institutions; her next vote moves all her ballots
    // in the round, those on proposals no longer open included.
    let amina_id = app
        .count("SELECT id FROM \"user\" WHERE email = 'amina0@example.org'")
        .await;
    let response = app
        .by(&s.chiara)
        .post_form(
            &format!("/manage/accounts/{amina_id}"),
            &[
                ("stakeholder_group", "institution"),
                ("role", "participant"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    app.by(&amina).vote(kept, "support").await;
    assert_eq!(voters(&app, "beneficiary", s.round).await, 0);
    assert_eq!(voters(&app, "institution", s.round).await, 2);
    assert_eq!(
        figure(&app, "points_institution", s.round, withdrawn).await,
        2
    );
    assert_eq!(
        figure(&app, "supporters_beneficiary", s.round, hidden).await,
        0
    );
    assert_eq!(
        figure(&app, "supporters_institution", s.round, hidden).await,
        1
    );
    assert_counts_agree(&app).await;

    s.close().await;
    let response = app
        .by(&s.chiara)
        .post_form(
            "/manage/consultations/gruppi/merge",
            &[
                ("source", &merged.to_string()),
                ("target", &kept.to_string()),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(figure(&app, "total", s.round, merged).await, 1);
    assert_counts_agree(&app).await;
}

/// Every counter row, in a stable order.
async fn counters(app: &TestApp) -> (Vec<vote_count::Model>, Vec<round_voters::Model>) {
    let counts = vote_count::Entity::find()
        .order_by_asc(vote_count::Column::RoundId)
        .order_by_asc(vote_count::Column::ProposalId)
        .all(app.db())
        .await
        .unwrap();
    let voters = round_voters::Entity::find()
        .order_by_asc(round_voters::Column::RoundId)
        .all(app.db())
        .await
        .unwrap();
    (counts, voters)
}

#[tokio::test]
async fn the_demo_backfill_and_rebuild_give_the_recount_and_check_names_each_difference() {
    let mut app = TestApp::spawn().await;
    tavolo::demo::seed(app.db(), app.state.now()).await.unwrap();
    assert_counts_agree(&app).await;
    let seeded = counters(&app).await;
    assert!(seeded.0.len() >= 10 && seeded.1.len() >= 3, "{seeded:?}");

    // The migration's backfill, run again over the demo's ballots, counts the same.
    app.migrate_again_from("m20261202_000001_vote_counts").await;
    assert_eq!(counters(&app).await, seeded);

    // Spoilt counters: each wrong figure is named, and the command fails.
    let row = &seeded.0[0];
    app.db()
        .execute_unprepared(&format!(
            "UPDATE vote_count SET total = total + 4 WHERE round_id = {} AND proposal_id = {}",
            row.round_id, row.proposal_id
        ))
        .await
        .unwrap();
    let round = &seeded.1[0];
    app.db()
        .execute_unprepared(&format!(
            "DELETE FROM round_voters WHERE round_id = {}",
            round.round_id
        ))
        .await
        .unwrap();
    let differences = tavolo::voting::recount::check(app.db()).await.unwrap();
    let mut expected = vec![(
        row.round_id,
        Some(row.proposal_id),
        "total",
        row.total + 4,
        row.total,
    )];
    for (column, counted) in [
        ("beneficiary", round.beneficiary),
        ("institution", round.institution),
        ("third_sector", round.third_sector),
        ("other", round.other),
    ] {
        if counted != 0 {
            expected.push((round.round_id, None, column, 0, counted));
        }
    }
    let mut found: Vec<_> = differences
        .iter()
        .map(|d| (d.round_id, d.proposal_id, d.column, d.stored, d.recounted))
        .collect();
    found.sort();
    expected.sort();
    assert_eq!(found, expected);

    let (output, stdout) = tally(&app, "--check");
    assert!(!output.status.success(), "{stdout}");
    assert!(
        stdout.contains(&format!(
            "round {} proposal {}: total stored {}, recounted {}",
            row.round_id,
            row.proposal_id,
            row.total + 4,
            row.total
        )),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("{} differences", expected.len())),
        "{stdout}"
    );

    let (output, stdout) = tally(&app, "--rebuild");
    assert!(output.status.success(), "{output:?}");
    assert!(stdout.contains("0 differences"), "{stdout}");
    assert_eq!(counters(&app).await, seeded);
    assert_counts_agree(&app).await;
}
