//! Limits that hold under real concurrency.

use entity::StakeholderGroup;
use futures::future::join_all;
use reqwest::StatusCode;

use super::{Setup, assert_counts_agree, results, vote_json, votes};
use crate::helpers::TestApp;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_hundred_voters_at_once_make_two_hundred_votes() {
    let app = TestApp::spawn().await;
    let s = Setup::open(&app, "folla", "support", "3", "live", &["beneficiary"]).await;
    let p = s.propose("Per tutti").await;
    let crowd = app.voters("v", StakeholderGroup::Beneficiary, 200).await;
    let tokens = join_all(crowd.iter().map(|c| app.csrf_token(c))).await;

    let answers = join_all(
        crowd
            .iter()
            .zip(&tokens)
            .map(|(client, token)| vote_json(&app, client, token, p, "support")),
    )
    .await;
    assert!(answers.iter().all(|(status, _)| *status == StatusCode::OK));
    assert_eq!(votes(&app, p).await, 200);
    let json = results(&app, "folla").await;
    assert_eq!(json["rounds"][0]["proposals"][0]["total"], 200);
    assert_eq!(json["rounds"][0]["voters_by_group"]["beneficiary"], 200);
    assert_counts_agree(&app).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_same_vote_sent_fifty_times_at_once_counts_once() {
    let app = TestApp::spawn().await;
    let s = Setup::open(&app, "voto", "support", "3", "live", &["beneficiary"]).await;
    let p = s.propose("Una").await;
    let amina = s.voter("amina", StakeholderGroup::Beneficiary).await;
    let token = app.csrf_token(&amina).await;

    let answers = join_all((0..50).map(|_| vote_json(&app, &amina, &token, p, "support"))).await;
    assert!(answers.iter().all(|(status, _)| *status == StatusCode::OK));
    assert_eq!(votes(&app, p).await, 1);
    let list = app
        .by(&amina)
        .get_html("/consultations/voto/proposals")
        .await;
    assert!(list.contains("Ti restano 2 sostegni su 3"));
    assert_counts_agree(&app).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn twenty_different_supports_at_once_stop_at_the_limit_of_three() {
    let app = TestApp::spawn().await;
    let s = Setup::open(&app, "voto", "support", "3", "live", &["beneficiary"]).await;
    let mut ids = Vec::new();
    for n in 0..20 {
        ids.push(s.propose(&format!("Proposta {n}")).await);
    }
    let amina = s.voter("amina", StakeholderGroup::Beneficiary).await;
    let token = app.csrf_token(&amina).await;

    let answers = join_all(
        ids.iter()
            .map(|p| vote_json(&app, &amina, &token, *p, "support")),
    )
    .await;
    let accepted = answers.iter().filter(|(s, _)| *s == StatusCode::OK).count();
    let refused = answers
        .iter()
        .filter(|(s, _)| *s == StatusCode::CONFLICT)
        .count();
    assert_eq!((accepted, refused), (3, 17));
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) FROM vote").await,
        3
    );
    assert_counts_agree(&app).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_dot_budget_holds_against_simultaneous_additions() {
    let app = TestApp::spawn().await;
    let s = Setup::open(&app, "punti", "dots", "5", "live", &["beneficiary"]).await;
    let a = s.propose("A").await;
    let b = s.propose("B").await;
    let amina = s.voter("amina", StakeholderGroup::Beneficiary).await;
    let token = app.csrf_token(&amina).await;
    let answers = join_all((0..12).map(|n| {
        vote_json(
            &app,
            &amina,
            &token,
            if n % 2 == 0 { a } else { b },
            "add_dot",
        )
    }))
    .await;
    let accepted = answers.iter().filter(|(s, _)| *s == StatusCode::OK).count();
    assert_eq!(accepted, 5);
    assert_eq!(
        app.count("SELECT CAST(SUM(value) AS BIGINT) FROM vote")
            .await,
        5
    );
    assert_counts_agree(&app).await;
}
