//! Who may open which page of the evaluation, the agreement and the record, once the
//! evaluation is published: anonymous visitors, outsiders, the excluded applicant, the
//! admitted organisation's member and representative, a commission member, the facilitator
//! and the coordinator.

use reqwest::StatusCode;

use super::{SLUG, Setup};
use crate::helpers::{TestApp, location, new_client};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Allowed,
    Forbidden,
    LogIn,
}
use Outcome::*;

fn outcome(response: &reqwest::Response) -> Outcome {
    match response.status() {
        StatusCode::OK => Allowed,
        StatusCode::FORBIDDEN => Forbidden,
        StatusCode::SEE_OTHER if location(response).starts_with("/login") => LogIn,
        other => panic!("unexpected status {other}"),
    }
}

const PAGES: [&str; 8] = [
    "commission",
    "project",
    "evaluation",
    "sheet",
    "publish",
    "agreement",
    "record",
    "record.json",
];

fn path(page: &str, aurora: i64) -> String {
    match page {
        "commission" => format!("/manage/procedures/{SLUG}/commission"),
        "project" => format!("/procedures/{SLUG}/project"),
        "evaluation" => format!("/procedures/{SLUG}/evaluation"),
        "sheet" => format!("/procedures/{SLUG}/evaluation/{aurora}"),
        "publish" => format!("/manage/procedures/{SLUG}/evaluation/publish"),
        "agreement" => format!("/manage/procedures/{SLUG}/agreement"),
        "record" => format!("/procedures/{SLUG}/record"),
        "record.json" => format!("/procedures/{SLUG}/record.json"),
        _ => unreachable!(),
    }
}

#[tokio::test]
async fn who_may_open_what_of_the_evaluation_the_agreement_and_the_record() {
    let app = TestApp::spawn().await;
    let setup = Setup::in_evaluation(&app).await;
    for email in ["anna@example.org", "bruno@example.org"] {
        let client = app.client_for(email).await;
        for application in [setup.aurora, setup.ponti] {
            setup.score(&client, application, ["5", "5", "5"]).await;
        }
    }
    assert_eq!(setup.publish().await.status(), StatusCode::SEE_OTHER);
    let people: [(&str, [Outcome; 8]); 8] = [
        (
            "",
            [LogIn, LogIn, LogIn, LogIn, LogIn, LogIn, Allowed, Allowed],
        ),
        (
            "oscar@example.org",
            [
                Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Allowed, Allowed,
            ],
        ),
        (
            "elsa@example.org",
            [
                Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Allowed, Allowed,
            ],
        ),
        (
            "marco@example.org",
            [
                Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Allowed, Allowed,
            ],
        ),
        (
            "rita@example.org",
            [
                Forbidden, Allowed, Forbidden, Forbidden, Forbidden, Forbidden, Allowed, Allowed,
            ],
        ),
        (
            "anna@example.org",
            [
                Forbidden, Forbidden, Allowed, Allowed, Forbidden, Forbidden, Allowed, Allowed,
            ],
        ),
        (
            "fabio@example.org",
            [
                Allowed, Forbidden, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed,
            ],
        ),
        (
            "chiara@example.org",
            [
                Allowed, Forbidden, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed,
            ],
        ),
    ];
    let mut mismatches = Vec::new();
    for (email, expected) in people {
        let client = if email.is_empty() {
            new_client()
        } else {
            app.client_for(email).await
        };
        for (page, want) in PAGES.iter().zip(expected) {
            let got = outcome(&app.by(&client).get(&path(page, setup.aurora)).await);
            if got != want {
                mismatches.push(format!("{email} {page}: {got:?}, expected {want:?}"));
            }
        }
    }
    assert!(mismatches.is_empty(), "{mismatches:#?}");

    // Writing: only a member scores, only managers name and publish.
    let oscar = app.client_for("oscar@example.org").await;
    let rita = app.client_for("rita@example.org").await;
    for client in [&oscar, &rita, &setup.chiara] {
        let response = setup.score(client, setup.aurora, ["1", "1", "1"]).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
    }
    let anna = app.client_for("anna@example.org").await;
    let response = app
        .by(&anna)
        .post_form(
            &format!("/manage/procedures/{SLUG}/commission"),
            &[("email", "oscar@example.org")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
}
