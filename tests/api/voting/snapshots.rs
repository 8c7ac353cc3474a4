//! Results read from the ranking each process keeps in memory: a vote shows at once on the
//! page and in the API, a change written behind the app's back waits for the next change
//! through it or for `TAVOLO_RESULTS_MAX_AGE`, hidden proposals leave, and the ranking pages
//! through proposals exactly as the results arithmetic ranks a recount of the ballots.

use std::collections::{BTreeMap, BTreeSet};

use entity::{StakeholderGroup, vote};
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde_json::Value;
use tavolo::results::compute::{self, Counts, Order};

use super::{Setup, assert_counts_agree};
use crate::helpers::{MaxAges, TestApp};

/// A live `support` round for beneficiaries and institutions, three beneficiaries and four
/// institution voters.
async fn open(app: &TestApp) -> (Setup<'_>, Vec<reqwest::Client>, Vec<reqwest::Client>) {
    let s = Setup::open(
        app,
        "voto",
        "support",
        "",
        "live",
        &["beneficiary", "institution"],
    )
    .await;
    let beneficiaries = app.voters("b", StakeholderGroup::Beneficiary, 3).await;
    let institutions = app.voters("i", StakeholderGroup::Institution, 4).await;
    (s, beneficiaries, institutions)
}

async fn api(app: &TestApp, query: &str) -> Value {
    let path = format!("/api/v1/consultations/voto/results{query}");
    let response = app.get(&path).await;
    assert_eq!(response.status(), StatusCode::OK, "GET {path}");
    let json: Value = response.json().await.expect("JSON");
    json["rounds"][0].clone()
}

/// The API's figure `field` of the proposal titled `title`.
async fn figure(app: &TestApp, title: &str, field: &str) -> Value {
    let round = api(app, "").await;
    round["proposals"]
        .as_array()
        .expect("proposals")
        .iter()
        .find(|p| p["title"] == title)
        .map_or(Value::Null, |p| p[field].clone())
}

/// The numbers of the proposals titled "Idea N" a results page links to, in its order.
fn ideas_on(html: &str) -> Vec<i64> {
    html.split(">Idea ")
        .skip(1)
        .filter_map(|rest| rest.split_once("</a>"))
        .filter_map(|(n, _)| n.parse().ok())
        .collect()
}

#[tokio::test]
async fn a_vote_shows_at_once_on_the_results_page_and_in_the_api() {
    let app = TestApp::spawn().await;
    let (s, beneficiaries, institutions) = open(&app).await;
    let (one, two) = (s.propose("Idea 1").await, s.propose("Idea 2").await);
    for client in &beneficiaries {
        app.by(client).vote(one, "support").await;
    }
    assert_eq!(
        ideas_on(&app.get_html("/consultations/voto/results").await),
        [1, 2]
    );
    assert_eq!(figure(&app, "Idea 2", "total").await, 0);

    app.by(&institutions[0]).vote(two, "support").await;
    assert_eq!(figure(&app, "Idea 2", "total").await, 1, "just voted");
    for client in &institutions[1..] {
        app.by(client).vote(two, "support").await;
    }
    let page = app.get_html("/consultations/voto/results").await;
    assert_eq!(ideas_on(&page), [2, 1], "four supports now rank first");
    assert_eq!(figure(&app, "Idea 2", "total").await, 4);
    app.by(&institutions[0]).vote(two, "withdraw").await;
    assert_eq!(figure(&app, "Idea 2", "total").await, 3, "withdrawn");
}

/// Adds 10 to a proposal's total in the database, as another instance's votes would.
async fn add_behind_the_back(app: &TestApp, proposal: i64) {
    app.db()
        .execute_unprepared(&format!(
            "UPDATE vote_count SET total = total + 10 WHERE proposal_id = {proposal}"
        ))
        .await
        .expect("the counter is updated");
}

#[tokio::test]
async fn a_change_from_elsewhere_shows_after_the_next_vote_here_when_the_max_age_is_long() {
    let app = TestApp::spawn_with_results_max_age(3600).await;
    let (s, beneficiaries, institutions) = open(&app).await;
    let (one, two) = (s.propose("Idea 1").await, s.propose("Idea 2").await);
    for client in &beneficiaries {
        app.by(client).vote(one, "support").await;
    }
    app.by(&institutions[0]).vote(two, "support").await;
    assert_eq!(figure(&app, "Idea 2", "total").await, 1);
    add_behind_the_back(&app, two).await;
    assert_eq!(figure(&app, "Idea 2", "total").await, 1, "kept ranking");
    let page = app.get_html("/consultations/voto/results").await;
    assert_eq!(
        ideas_on(&page),
        [1, 2],
        "the page shows the kept ranking too"
    );
    app.by(&institutions[1]).vote(two, "support").await;
    assert_eq!(figure(&app, "Idea 2", "total").await, 12, "ranked again");
    let page = app.get_html("/consultations/voto/results").await;
    assert_eq!(ideas_on(&page), [2, 1]);
}

#[tokio::test]
async fn a_change_from_elsewhere_shows_at_once_with_a_max_age_of_zero() {
    let app = TestApp::spawn_with(MaxAges {
        results: 0,
        pages: 0,
    })
    .await;
    let (s, beneficiaries, _) = open(&app).await;
    let one = s.propose("Idea 1").await;
    for client in &beneficiaries {
        app.by(client).vote(one, "support").await;
    }
    assert_eq!(figure(&app, "Idea 1", "total").await, 3);
    add_behind_the_back(&app, one).await;
    assert_eq!(figure(&app, "Idea 1", "total").await, 13);
}

/// The ranking `compute` gives a recount of the round's ballots: proposal ids with their
/// total and cross-group support, best first.
async fn recount(app: &TestApp, s: &Setup<'_>, order: Order) -> Vec<(i64, i64, Option<f64>)> {
    let ballots = vote::Entity::find()
        .filter(vote::Column::RoundId.eq(s.round))
        .all(app.db())
        .await
        .expect("the ballots");
    let mut voters: [BTreeSet<i64>; 4] = Default::default();
    let mut counts: BTreeMap<i64, Counts> = BTreeMap::new();
    let listed = app
        .count("SELECT CAST(COUNT(*) AS BIGINT) FROM proposal WHERE state = 'published'")
        .await;
    for id in 1..=listed {
        counts.insert(id, Counts::none(id));
    }
    for ballot in &ballots {
        let g = compute::group_index(ballot.voter_group);
        voters[g].insert(ballot.user_id);
        let c = counts
            .get_mut(&ballot.proposal_id)
            .expect("a listed proposal");
        c.total += i64::from(ballot.value > 0);
        c.points[g] += i64::from(ballot.value > 0);
        c.supporters[g] += i64::from(ballot.value > 0);
    }
    let voters = voters.map(|v| v.len() as i64);
    let counts: Vec<Counts> = counts.into_values().collect();
    let mut figures = compute::compute(entity::VoteRule::Support, voters, &counts).proposals;
    compute::sort(&mut figures, order);
    figures
        .iter()
        .map(|f| (f.proposal_id, f.total.unwrap_or(0), f.cross_group_support))
        .collect()
}

/// A facilitator hides or restores a proposal.
async fn moderate(s: &Setup<'_>, proposal: i64, decision: &str) {
    let id = proposal.to_string();
    let response = s
        .app
        .by(&s.chiara)
        .post_form(
            "/manage/consultations/voto/moderation",
            &[
                ("kind", "proposal"),
                ("id", &id),
                ("decision", decision),
                ("reason", "Dati personali"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER, "{decision}");
}

#[tokio::test]
async fn pages_rank_as_a_recount_does_ties_included_and_hidden_proposals_leave() {
    let app = TestApp::spawn().await;
    let (s, beneficiaries, institutions) = open(&app).await;
    // 22 proposals: many tie on their total, some on their score as well.
    let mut ids = Vec::new();
    for n in 1..=22_usize {
        let id = s.propose(&format!("Idea {n}")).await;
        assert_eq!(id, n as i64, "proposals numbered from 1");
        ids.push(id);
        for client in beneficiaries.iter().take(n % 4) {
            app.by(client).vote(id, "support").await;
        }
        for client in institutions.iter().take(n * 3 % 5) {
            app.by(client).vote(id, "support").await;
        }
    }
    assert_counts_agree(&app).await;
    for (order, sort) in [(Order::Total, "total"), (Order::CrossGroup, "cross_group")] {
        let expected = recount(&app, &s, order).await;
        let ranked: Vec<i64> = expected.iter().map(|(id, ..)| *id).collect();
        // The page, 20 at a time.
        let mut paged = Vec::new();
        for page in [1, 2] {
            let html = app
                .get_html(&format!(
                    "/consultations/voto/results?sort={sort}&page={page}"
                ))
                .await;
            paged.extend(ideas_on(&html));
        }
        assert_eq!(paged, ranked, "results pages by {sort}");
        // The API, with its figures.
        let round = api(&app, &format!("?sort={sort}")).await;
        assert_eq!(round["proposals_total"], 22);
        let given: Vec<(i64, i64, Option<f64>)> = round["proposals"]
            .as_array()
            .expect("proposals")
            .iter()
            .map(|p| {
                (
                    p["proposal_id"].as_i64().unwrap(),
                    p["total"].as_i64().unwrap(),
                    p["cross_group_support"].as_f64(),
                )
            })
            .collect();
        assert_eq!(given, expected, "API by {sort}");
    }

    // The first by total is hidden: it leaves the page and the API at once.
    let top = recount(&app, &s, Order::Total).await[0].0;
    moderate(&s, top, "hide").await;
    let round = api(&app, "").await;
    assert_eq!(round["proposals_total"], 21);
    assert!(
        round["proposals"]
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["proposal_id"] != top)
    );
    let html = app.get_html("/consultations/voto/results").await;
    assert!(!ideas_on(&html).contains(&top), "hidden: off the page");
    moderate(&s, top, "restore").await;
    assert_eq!(api(&app, "").await["proposals_total"], 22, "restored");
    assert_eq!(
        ideas_on(&app.get_html("/consultations/voto/results").await)[0],
        top
    );
}
