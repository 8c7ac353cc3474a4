//! Who may take part in the discussion: proposing, commenting, reporting, answering.

use chrono::TimeDelta;
use entity::{PlatformRole, StakeholderGroup};
use reqwest::StatusCode;

use crate::{
    consultations::{create_consultation, publish},
    helpers::{PASSWORD, TestApp, new_client},
};

use super::Outcome::*;
use super::{Outcome, outcome};

/// Tries one action on the discussion of `casa`: `p` is Amina's proposal (nobody comments on
/// it, so its edit window stays open), `q` receives comments, `r` receives flags.
async fn attempt_discussion(
    app: &TestApp,
    client: &reqwest::Client,
    action: &str,
    p: i64,
    q: i64,
    r: i64,
) -> Outcome {
    let response = match action {
        "propose" => {
            app.by(client)
                .get("/consultations/casa/proposals/new")
                .await
        }
        "comment" => {
            app.by(client)
                .post_form(
                    &format!("/proposals/{q}/comments"),
                    &[("body", "Un parere"), ("stance", "neutral")],
                )
                .await
        }
        "flag" => {
            app.by(client)
                .post_form(&format!("/proposals/{r}/flag"), &[("reason", "Fuori tema")])
                .await
        }
        "edit another's proposal" => app.by(client).get(&format!("/proposals/{p}/edit")).await,
        "answer" => {
            app.by(client)
                .post_form(
                    &format!("/proposals/{p}/answer"),
                    &[("answer", "evaluating")],
                )
                .await
        }
        "record in person" => {
            app.by(client)
                .get("/consultations/casa/proposals/record")
                .await
        }
        "merge" => app.by(client).get("/manage/consultations/casa/merge").await,
        "moderate" => {
            app.by(client)
                .post_form(
                    "/manage/consultations/casa/moderation",
                    &[
                        ("kind", "proposal"),
                        ("id", &r.to_string()),
                        ("decision", "restore"),
                    ],
                )
                .await
        }
        _ => unreachable!(),
    };
    outcome(&response)
}

#[tokio::test]
async fn who_may_take_part_in_the_discussion() {
    let app = TestApp::spawn().await;
    for (email, group, role, verified) in [
        (
            "chiara@example.org",
            StakeholderGroup::Institution,
            PlatformRole::Coordinator,
            true,
        ),
        (
            "fabio@example.org",
            StakeholderGroup::ThirdSector,
            PlatformRole::Participant,
            true,
        ),
        (
            "amina@example.org",
            StakeholderGroup::Beneficiary,
            PlatformRole::Participant,
            true,
        ),
        (
            "luca@example.org",
            StakeholderGroup::Institution,
            PlatformRole::Participant,
            true,
        ),
        (
            "teo@example.org",
            StakeholderGroup::ThirdSector,
            PlatformRole::Participant,
            true,
        ),
        (
            "ugo@example.org",
            StakeholderGroup::Beneficiary,
            PlatformRole::Participant,
            false,
        ),
    ] {
        app.create_account(email, email, group, role, verified)
            .await;
    }
    let chiara = app.client_for("chiara@example.org").await;
    create_consultation(&app, &chiara, "Casa", "casa", "public").await;
    // The round admits beneficiaries and institutions only.
    let (opens, closes) = (
        app.local_time(TimeDelta::minutes(1)),
        app.local_time(TimeDelta::days(5)),
    );
    app.by(&chiara)
        .post_form(
            "/manage/consultations/casa/rounds/new",
            &[
                ("title", "Proposte"),
                ("opens_at", &opens),
                ("closes_at", &closes),
                ("allows_proposals", "on"),
                ("allows_comments", "on"),
                ("group_beneficiary", "on"),
                ("group_institution", "on"),
                ("vote_rule", "support"),
                ("results_visibility", "live"),
            ],
        )
        .await;
    publish(&app, &chiara, "casa").await;
    app.by(&chiara)
        .post_form(
            "/manage/consultations/casa/people",
            &[("email", "fabio@example.org"), ("role", "facilitator")],
        )
        .await;
    app.advance_clock(TimeDelta::minutes(2));
    app.run_scheduler().await;
    let amina = app.client_for("amina@example.org").await;
    let luca = app.client_for("luca@example.org").await;
    let p = app
        .by(&amina)
        .propose("casa", "Di Amina", "Un testo abbastanza lungo.", "it")
        .await;
    let q = app
        .by(&luca)
        .propose("casa", "Di Luca", "Un testo abbastanza lungo.", "it")
        .await;
    let r = app
        .by(&luca)
        .propose("casa", "Da segnalare", "Un testo abbastanza lungo.", "it")
        .await;

    const ACTIONS: [&str; 8] = [
        "edit another's proposal",
        "propose",
        "comment",
        "flag",
        "answer",
        "record in person",
        "merge",
        "moderate",
    ];
    let staff = [
        Forbidden, Forbidden, Forbidden, Allowed, Allowed, Allowed, Allowed, Allowed,
    ];
    let matrix: [(&str, Option<&str>, [Outcome; 8]); 7] = [
        (
            "anonymous",
            None,
            [
                LogIn, LogIn, LogIn, LogIn, LogIn, Forbidden, Forbidden, LogIn,
            ],
        ),
        (
            "unverified",
            Some("ugo@example.org"),
            [
                Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden,
                Forbidden,
            ],
        ),
        (
            "the author",
            Some("amina@example.org"),
            [
                Allowed, Allowed, Allowed, Allowed, Forbidden, Forbidden, Forbidden, Forbidden,
            ],
        ),
        (
            "admitted group",
            Some("luca@example.org"),
            [
                Forbidden, Allowed, Allowed, Allowed, Forbidden, Forbidden, Forbidden, Forbidden,
            ],
        ),
        (
            "group not admitted",
            Some("teo@example.org"),
            [
                Forbidden, Forbidden, Forbidden, Allowed, Forbidden, Forbidden, Forbidden,
                Forbidden,
            ],
        ),
        // The facilitator's own group is not admitted: they run the round, they do not propose.
        ("facilitator", Some("fabio@example.org"), staff),
        (
            "coordinator",
            Some("chiara@example.org"),
            [
                Forbidden, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed,
            ],
        ),
    ];
    let mut wrong = Vec::new();
    for (who, email, expected) in matrix {
        let client = match email {
            Some(email) => {
                let client = new_client();
                assert_eq!(
                    app.by(&client).login(email, PASSWORD).await.status(),
                    StatusCode::SEE_OTHER
                );
                client
            }
            None => new_client(),
        };
        for (action, want) in ACTIONS.iter().zip(expected) {
            let got = attempt_discussion(&app, &client, action, p, q, r).await;
            if got != want {
                wrong.push(format!("{who} / {action}: expected {want:?}, got {got:?}"));
            }
        }
    }
    assert!(wrong.is_empty(), "policy mismatches:\n{}", wrong.join("\n"));
}
