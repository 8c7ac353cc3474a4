//! Who may open each page of a procedure in its co-design phase: outsiders, the applicant
//! representative, a member of an admitted organisation, the consultation's facilitator and
//! the coordinator.

use chrono::TimeDelta;
use entity::{PlatformRole, StakeholderGroup};
use reqwest::StatusCode;
use sea_orm::ConnectionTrait;

use super::{Setup, apply, representative, set_clock};
use crate::helpers::{TestApp, location, new_client};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Allowed,
    NotFound,
    Forbidden,
    LogIn,
}
use Outcome::*;

fn outcome(response: &reqwest::Response) -> Outcome {
    match response.status() {
        StatusCode::OK => Allowed,
        StatusCode::NOT_FOUND => NotFound,
        StatusCode::FORBIDDEN => Forbidden,
        StatusCode::SEE_OTHER if location(response).starts_with("/login") => LogIn,
        other => panic!("unexpected status {other}"),
    }
}

const PAGES: [&str; 7] = [
    "/procedures/{slug}",
    "/procedures/{slug}/apply",
    "/procedures/{slug}/applications",
    "/manage/procedures/{slug}",
    "/manage/procedures/{slug}/edit",
    "/manage/procedures/{slug}/admission",
    "/manage/consultations/casa/procedures/new",
];

#[tokio::test]
async fn the_procedure_pages_as_a_matrix() {
    let app = TestApp::spawn().await;
    let s = Setup::new(&app, "casa").await;
    let (slug, deadline) = s.published("Accoglienza").await;
    let maria = representative(
        &app,
        &s.chiara,
        "maria@example.org",
        "Cooperativa Aurora",
        "third_sector",
        true,
    )
    .await;
    assert_eq!(
        apply(&app, &maria, &slug).await.status(),
        StatusCode::SEE_OTHER
    );
    app.create_account(
        "marco@example.org",
        "Marco",
        StakeholderGroup::ThirdSector,
        PlatformRole::Participant,
        true,
    )
    .await;
    let marco = app
        .count("SELECT id FROM \"user\" WHERE email = 'marco@example.org'")
        .await;
    let aurora = app.count("SELECT id FROM organisation").await;
    let now = tavolo::timezone::machine(app.state.now());
    app.db()
        .execute_unprepared(&format!(
            "INSERT INTO organisation_member (organisation_id, user_id, role, status, created_at) \
             VALUES ({aurora}, {marco}, 'member', 'active', '{now}')"
        ))
        .await
        .expect("Marco joins Aurora");
    app.create_account(
        "fabio@example.org",
        "Fabio",
        StakeholderGroup::Institution,
        PlatformRole::Participant,
        true,
    )
    .await;
    let appointed = app
        .by(&s.chiara)
        .post_form(
            "/manage/consultations/casa/people",
            &[("email", "fabio@example.org"), ("role", "facilitator")],
        )
        .await;
    assert_eq!(appointed.status(), StatusCode::SEE_OTHER);
    set_clock(&app, deadline + TimeDelta::minutes(1));
    let id = app.count("SELECT id FROM procedure_application").await;
    let admission = format!("/manage/procedures/{slug}/admission");
    app.by(&s.chiara)
        .post_form(&format!("{admission}/{id}"), &[("decision", "admit")])
        .await;
    app.by(&s.chiara)
        .post_form(&format!("{admission}/publish"), &[])
        .await;

    let manager = [
        Allowed, Forbidden, Allowed, Allowed, Allowed, Allowed, Allowed,
    ];
    let matrix: [(&str, Option<reqwest::Client>, [Outcome; 7]); 5] = [
        (
            "outsider",
            None,
            [
                Allowed, LogIn, LogIn, Forbidden, Forbidden, Forbidden, Forbidden,
            ],
        ),
        (
            "applicant representative",
            Some(maria),
            [
                Allowed, Forbidden, Allowed, Forbidden, Forbidden, Forbidden, Forbidden,
            ],
        ),
        (
            "member of an admitted organisation",
            Some(app.client_for("marco@example.org").await),
            [
                Allowed, Forbidden, Allowed, Forbidden, Forbidden, Forbidden, Forbidden,
            ],
        ),
        (
            "facilitator",
            Some(app.client_for("fabio@example.org").await),
            manager,
        ),
        ("coordinator", Some(s.chiara.clone()), manager),
    ];
    let mut wrong = Vec::new();
    for (who, client, expected) in matrix {
        let client = client.unwrap_or_else(new_client);
        for (page, want) in PAGES.iter().zip(expected) {
            let path = page.replace("{slug}", &slug);
            let got = outcome(&app.by(&client).get(&path).await);
            if got != want {
                wrong.push(format!("{who} / {page}: expected {want:?}, got {got:?}"));
            }
        }
    }
    assert!(wrong.is_empty(), "policy mismatches:\n{}", wrong.join("\n"));
}
