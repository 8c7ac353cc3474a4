//! Voting: each rule's arithmetic through HTTP, limits that hold under real concurrency,
//! refusals with their reasons, secret ballots, offline tallies, and results by group.
//!
//! - `rules.rs`: support, approval and dots; refusals and their reasons; the script's JSON;
//! - `concurrency.rs`: limits that hold when many votes arrive at once;
//! - `outcomes.rs`: results and their visibility, secrecy, in-person counts, the demo;
//! - `counts.rs`: the vote counters agree with a recount of the ballots (`tavolo tally`);
//! - `paging.rs`: results a page at a time, in a fixed number of statements;
//! - `snapshots.rs`: results from the ranking kept in memory, fresh after every change here;
//! - `list_order.rs`: the list's orders, exact across its pages;
//! - `statements.rs`: the list, a proposal page (its thread's first page and the next) and the
//!   consultation's page cost a fixed number of statements.

mod concurrency;
mod counts;
mod list_order;
mod outcomes;
mod paging;
mod rules;
mod snapshots;
mod statements;

use chrono::TimeDelta;
use entity::StakeholderGroup;
use reqwest::{StatusCode, header};
use serde_json::Value;

use crate::{
    consultations::{coordinator, create_consultation, publish},
    helpers::TestApp,
};

/// A published public consultation with one voting round, open now, run by a coordinator,
/// with an author from the first group the round admits.
pub(crate) struct Setup<'a> {
    app: &'a TestApp,
    slug: &'static str,
    round: i64,
    chiara: reqwest::Client,
    author: reqwest::Client,
}

impl<'a> Setup<'a> {
    pub(crate) async fn open(
        app: &'a TestApp,
        slug: &'static str,
        rule: &str,
        limit: &str,
        visibility: &str,
        groups: &[&str],
    ) -> Setup<'a> {
        let chiara = coordinator(app).await;
        create_consultation(app, &chiara, slug, slug, "public").await;
        let (opens_at, closes_at) = (
            app.local_time(TimeDelta::minutes(1)),
            app.local_time(TimeDelta::days(10)),
        );
        let mut fields = vec![
            ("title", "Voto"),
            ("description", "Si vota."),
            ("opens_at", opens_at.as_str()),
            ("closes_at", closes_at.as_str()),
            ("allows_proposals", "on"),
            ("allows_comments", "on"),
            ("allows_voting", "on"),
            ("vote_rule", rule),
            ("vote_limit", limit),
            ("results_visibility", visibility),
        ];
        let ticks: Vec<String> = groups.iter().map(|g| format!("group_{g}")).collect();
        for tick in &ticks {
            fields.push((tick.as_str(), "on"));
        }
        let response = app
            .by(&chiara)
            .post_form(&format!("/manage/consultations/{slug}/rounds/new"), &fields)
            .await;
        assert_eq!(
            response.status(),
            StatusCode::SEE_OTHER,
            "the round is added"
        );
        publish(app, &chiara, slug).await;
        app.advance_clock(TimeDelta::minutes(2));
        app.run_scheduler().await;
        let round = app
            .count(&format!(
                "SELECT r.id FROM round r JOIN consultation c ON c.id = r.consultation_id \
                 WHERE c.slug = '{slug}' AND r.state = 'open'"
            ))
            .await;
        let group = match groups[0] {
            "beneficiary" => StakeholderGroup::Beneficiary,
            "institution" => StakeholderGroup::Institution,
            "third_sector" => StakeholderGroup::ThirdSector,
            _ => StakeholderGroup::Other,
        };
        let author = app
            .voters(&format!("author-{slug}-"), group, 1)
            .await
            .remove(0);
        Setup {
            app,
            slug,
            round,
            chiara,
            author,
        }
    }

    pub(crate) async fn propose(&self, title: &str) -> i64 {
        self.app
            .by(&self.author)
            .propose(self.slug, title, "Una proposta da votare insieme.", "it")
            .await
    }

    /// One more verified participant, logged in.
    async fn voter(&self, name: &str, group: StakeholderGroup) -> reqwest::Client {
        self.app.voters(name, group, 1).await.remove(0)
    }

    pub(crate) async fn close(&self) {
        let response = self
            .app
            .by(&self.chiara)
            .post_form(
                &format!(
                    "/manage/consultations/{}/rounds/{}/close",
                    self.slug, self.round
                ),
                &[],
            )
            .await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "the round closes");
    }
}

/// Votes as the script does: JSON back, with the status and the new box.
pub(crate) async fn vote_json(
    app: &TestApp,
    client: &reqwest::Client,
    token: &str,
    proposal: i64,
    choice: &str,
) -> (StatusCode, Value) {
    let response = client
        .post(app.url(&format!("/proposals/{proposal}/vote")))
        .header(header::ACCEPT, "application/json")
        .form(&[("choice", choice), ("_csrf", token)])
        .send()
        .await
        .expect("POST is answered");
    let status = response.status();
    (status, response.json().await.expect("a JSON answer"))
}

async fn results(app: &TestApp, slug: &str) -> Value {
    let response = app
        .get(&format!("/api/v1/consultations/{slug}/results"))
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.unwrap()
}

async fn votes(app: &TestApp, proposal: i64) -> i64 {
    app.count(&format!(
        "SELECT CAST(COUNT(*) AS BIGINT) FROM vote WHERE proposal_id = {proposal}"
    ))
    .await
}

/// The vote counters hold exactly what a recount of every ballot gives.
async fn assert_counts_agree(app: &TestApp) {
    let differences = tavolo::voting::recount::check(app.db())
        .await
        .expect("the recount runs");
    assert!(differences.is_empty(), "{differences:#?}");
}
