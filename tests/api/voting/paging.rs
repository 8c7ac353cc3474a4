//! Results a page at a time: the results page and the results API read a fixed number of
//! statements whatever the number of proposals and votes, and page through proposals in
//! the order they are ranked.

use entity::StakeholderGroup;
use reqwest::StatusCode;
use serde_json::Value;

use super::Setup;
use crate::helpers::TestApp;

/// Statements one results page or API page may run, for any number of proposals or votes,
/// the round's ranking and its eligible people counted again included (one statement each;
/// none while they are kept).
const RESULTS_PAGE_STATEMENTS: usize = 4;
const RESULTS_API_STATEMENTS: usize = 3;

/// Proposes `titles` and has three voters of each of two groups support some of them:
/// the n-th proposal gets n % 7 supports in all.
async fn propose_and_vote(s: &Setup<'_>, voters: &[reqwest::Client], titles: &[String]) {
    for title in titles {
        let id = s.propose(title).await;
        let n = title
            .rsplit(' ')
            .next()
            .and_then(|n| n.parse::<usize>().ok())
            .expect("a numbered title");
        for client in voters.iter().take(n % 7) {
            s.app.by(client).vote(id, "support").await;
        }
    }
}

/// A live `support` round for beneficiaries and institutions, and three voters of each.
async fn open_with_six_voters(app: &TestApp) -> (Setup<'_>, Vec<reqwest::Client>) {
    let s = Setup::open(
        app,
        "voto",
        "support",
        "",
        "live",
        &["beneficiary", "institution"],
    )
    .await;
    let mut voters = app.voters("b", StakeholderGroup::Beneficiary, 3).await;
    voters.extend(app.voters("i", StakeholderGroup::Institution, 3).await);
    (s, voters)
}

fn titles(range: std::ops::Range<usize>) -> Vec<String> {
    range.map(|n| format!("Proposta {n}")).collect()
}

async fn api(app: &TestApp, path: &str) -> Value {
    let response = app.get(path).await;
    assert_eq!(response.status(), StatusCode::OK, "GET {path}");
    response.json().await.expect("JSON")
}

#[tokio::test]
async fn results_run_the_same_few_statements_for_3_or_30_proposals() {
    let app = TestApp::spawn().await;
    let (s, voters) = open_with_six_voters(&app).await;
    propose_and_vote(&s, &voters, &titles(1..4)).await;
    let anonymous = reqwest::Client::new();
    let paths = [
        "/consultations/voto/results",
        "/consultations/voto/results?sort=cross_group",
    ];
    let api_path = "/api/v1/consultations/voto/results";
    let mut few = Vec::new();
    for path in paths {
        few.push(app.statements_for(&anonymous, path).await);
    }
    let few_api = app.statements_for(&anonymous, api_path).await;

    propose_and_vote(&s, &voters, &titles(4..31)).await;
    let mut many = Vec::new();
    for path in paths {
        many.push(app.statements_for(&anonymous, path).await);
    }
    let many_api = app.statements_for(&anonymous, api_path).await;
    let past_the_end = app
        .statements_for(&anonymous, &format!("{api_path}?page=2"))
        .await;

    assert_eq!(
        few, many,
        "results page: {few:?} with 3 proposals, {many:?} with 30"
    );
    assert!(
        many.iter().all(|&n| n <= RESULTS_PAGE_STATEMENTS),
        "{many:?} statements for one results page"
    );
    assert_eq!(
        many[1],
        many[0] - 2,
        "{many:?}: the second page read the ranking and the eligible people the first counted"
    );
    assert_eq!(
        few_api, many_api,
        "API: {few_api} with 3 proposals, {many_api} with 30"
    );
    assert!(
        many_api <= RESULTS_API_STATEMENTS && past_the_end <= RESULTS_API_STATEMENTS,
        "{many_api} statements for one results API page, {past_the_end} past the last"
    );
}

#[tokio::test]
async fn results_page_through_proposals_in_rank_order() {
    let app = TestApp::spawn().await;
    let (s, voters) = open_with_six_voters(&app).await;
    propose_and_vote(&s, &voters, &titles(1..26)).await;
    let link = |n: usize| format!(">Proposta {n}</a>");

    // 25 proposals, 20 a page: the most supported first (6, 13 and 20 have six supports,
    // ties by cross-group support, then oldest first), the unsupported ones last.
    let first = app.get_html("/consultations/voto/results").await;
    assert!(first.contains("Pagina 1 di 2"));
    let top = first.find(&link(6)).expect("the most supported on page 1");
    assert!(top < first.find(&link(13)).expect("tied, on page 1"));
    assert!(!first.contains(&link(7)), "no supports: page 2");
    let second = app
        .get_html(&format!(
            "/consultations/voto/results?round={}&page=2",
            s.round
        ))
        .await;
    for n in [15, 22, 7, 14, 21] {
        assert!(second.contains(&link(n)), "Proposta {n} on page 2");
    }
    assert!(second.find(&link(22)) < second.find(&link(7)));
    assert!(!second.contains(&link(6)));
    let old_link = app.get_html("/consultations/voto/results?page=9").await;
    assert!(
        old_link.contains("Pagina 2 di 2"),
        "past the end: the last page"
    );

    // The API: 50 a page, how many in all, and an empty list past the end.
    let json = api(&app, "/api/v1/consultations/voto/results").await;
    assert_eq!(json["page"], 1);
    assert_eq!(json["per_page"], 50);
    let round = &json["rounds"][0];
    assert_eq!(round["proposals_total"], 25);
    assert_eq!(round["pages"], 1);
    let items = round["proposals"].as_array().unwrap();
    assert_eq!(items.len(), 25);
    assert_eq!(items[0]["title"], "Proposta 6");
    assert_eq!(items[0]["total"], 6);
    assert_eq!(items[0]["cross_group_support"], 1.0);
    assert_eq!(items[24]["title"], "Proposta 21");
    let past = api(&app, "/api/v1/consultations/voto/results?page=2").await;
    assert_eq!(past["page"], 2);
    assert_eq!(past["rounds"][0]["proposals"], Value::Array(vec![]));
    assert_eq!(past["rounds"][0]["proposals_total"], 25);
    let by_score = api(
        &app,
        &format!(
            "/api/v1/consultations/voto/results?round={}&sort=cross_group",
            s.round
        ),
    )
    .await;
    assert_eq!(by_score["rounds"].as_array().unwrap().len(), 1);
    assert_eq!(
        by_score["rounds"][0]["proposals"][1]["title"],
        "Proposta 13"
    );
    let other = api(&app, "/api/v1/consultations/voto/results?round=0").await;
    assert_eq!(other["rounds"], Value::Array(vec![]), "no such round here");
}
