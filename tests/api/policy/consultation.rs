//! Who may do what to a consultation, draft, invite-only or public.

use chrono::TimeDelta;
use entity::{PlatformRole, StakeholderGroup};
use reqwest::StatusCode;

use crate::{
    consultations::{add_round, create_consultation, publish},
    helpers::{PASSWORD, TestApp, location, new_client},
};

use super::Outcome::*;
use super::{ACTIONS, Outcome, outcome};

/// Tries `action` as `client`; `draft` is a draft, `private` a published invite-only
/// consultation. Mutations are chosen so that an allowed attempt leaves the others valid.
async fn attempt(app: &TestApp, client: &reqwest::Client, action: &str) -> Outcome {
    let response = match action {
        "view draft" => app.by(client).get("/consultations/draft").await,
        "view invite-only" => app.by(client).get("/consultations/private").await,
        "edit" => {
            app.by(client)
                .get("/manage/consultations/private/edit")
                .await
        }
        "publish" => {
            let response = app
                .by(client)
                .post_form(
                    "/manage/consultations/draft/status",
                    &[("status", "published")],
                )
                .await;
            if response.status() == StatusCode::SEE_OTHER
                && !location(&response).starts_with("/login")
            {
                // Put it back for the next person.
                app.by(client)
                    .post_form("/manage/consultations/draft/status", &[("status", "draft")])
                    .await;
            }
            response
        }
        "manage rounds" => {
            app.by(client)
                .get("/manage/consultations/private/rounds/new")
                .await
        }
        "invite" => {
            app.by(client)
                .post_form(
                    "/manage/consultations/private/people",
                    &[("email", "guest@example.org"), ("role", "member")],
                )
                .await
        }
        "open console" => app.by(client).get("/manage/consultations/private").await,
        "read audit log" => {
            app.by(client)
                .get("/manage/consultations/private/audit")
                .await
        }
        _ => unreachable!(),
    };
    outcome(&response)
}

#[tokio::test]
async fn who_may_do_what_to_a_consultation() {
    let app = TestApp::spawn().await;
    let people = [
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
            "franca@example.org",
            StakeholderGroup::ThirdSector,
            PlatformRole::Participant,
            true,
        ),
        (
            "mario@example.org",
            StakeholderGroup::Beneficiary,
            PlatformRole::Participant,
            true,
        ),
        (
            "ugo@example.org",
            StakeholderGroup::Beneficiary,
            PlatformRole::Participant,
            false,
        ),
        (
            "bea@example.org",
            StakeholderGroup::Beneficiary,
            PlatformRole::Participant,
            true,
        ),
        (
            "ines@example.org",
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
            "otto@example.org",
            StakeholderGroup::Other,
            PlatformRole::Participant,
            true,
        ),
    ];
    for (email, group, role, verified) in people {
        app.create_account(email, email, group, role, verified)
            .await;
    }
    let chiara = app.client_for("chiara@example.org").await;
    create_consultation(&app, &chiara, "Bozza", "draft", "public").await;
    create_consultation(&app, &chiara, "Riservata", "private", "invite_only").await;
    create_consultation(&app, &chiara, "Altra", "other", "public").await;
    add_round(
        &app,
        &chiara,
        "private",
        "Fase",
        TimeDelta::days(1),
        TimeDelta::days(2),
    )
    .await;
    publish(&app, &chiara, "private").await;
    for (slug, email, role) in [
        ("draft", "fabio@example.org", "facilitator"),
        ("private", "fabio@example.org", "facilitator"),
        ("other", "franca@example.org", "facilitator"),
    ] {
        app.by(&chiara)
            .post_form(
                &format!("/manage/consultations/{slug}/people"),
                &[("email", email), ("role", role)],
            )
            .await;
    }
    // Mario becomes a member through his invitation.
    app.by(&chiara)
        .post_form(
            "/manage/consultations/private/people",
            &[("email", "mario@example.org"), ("role", "member")],
        )
        .await;
    let link = crate::helpers::path_of(
        &app,
        &app.last_email_to("mario@example.org").await.links()[0],
    );
    let mario = app.client_for("mario@example.org").await;
    assert_eq!(
        app.by(&mario).post_form(&link, &[]).await.status(),
        StatusCode::SEE_OTHER
    );

    let everyone_else = [NotFound; 8];
    let member = [
        NotFound, Allowed, Forbidden, NotFound, Forbidden, Forbidden, Forbidden, Forbidden,
    ];
    let anonymous = [
        NotFound, NotFound, NotFound, LogIn, NotFound, LogIn, NotFound, NotFound,
    ];
    let matrix: [(&str, Option<&str>, [Outcome; 8]); 10] = [
        ("anonymous", None, anonymous),
        (
            "unverified participant",
            Some("ugo@example.org"),
            everyone_else,
        ),
        ("beneficiary", Some("bea@example.org"), everyone_else),
        ("institution", Some("ines@example.org"), everyone_else),
        ("third sector", Some("teo@example.org"), everyone_else),
        ("other group", Some("otto@example.org"), everyone_else),
        ("member", Some("mario@example.org"), member),
        (
            "facilitator of this consultation",
            Some("fabio@example.org"),
            [Allowed; 8],
        ),
        (
            "facilitator of another",
            Some("franca@example.org"),
            everyone_else,
        ),
        ("coordinator", Some("chiara@example.org"), [Allowed; 8]),
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
            let got = attempt(&app, &client, action).await;
            if got != want {
                wrong.push(format!("{who} / {action}: expected {want:?}, got {got:?}"));
            }
        }
    }
    assert!(wrong.is_empty(), "policy mismatches:\n{}", wrong.join("\n"));

    // Platform administration is the coordinator's alone.
    let bea = app.client_for("bea@example.org").await;
    for path in [
        "/manage",
        "/manage/accounts",
        "/manage/audit",
        "/manage/consultations/new",
    ] {
        assert_eq!(
            app.by(&bea).get(path).await.status(),
            StatusCode::FORBIDDEN,
            "{path}"
        );
        assert_eq!(
            app.by(&chiara).get(path).await.status(),
            StatusCode::OK,
            "{path}"
        );
    }
    let forbidden = app.by(&bea).get("/manage").await.text().await.unwrap();
    assert!(
        forbidden.contains("Solo il coordinamento della piattaforma può farlo."),
        "a 403 says why"
    );
}
