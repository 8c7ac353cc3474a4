//! What came out of a meeting: proposals recorded in person and in-person tallies name the
//! meeting they came from (one held by the same consultation, never a forged one), and the
//! meeting's page lists them for those who may see them.

use chrono::TimeDelta;
use reqwest::StatusCode;

use super::Setup;
use crate::helpers::{TestApp, location};

/// Records a proposal made in person in `slug`, naming `meeting` (may be empty).
async fn record(app: &TestApp, s: &Setup<'_>, title: &str, meeting: &str) -> reqwest::Response {
    let today = app.local_time(TimeDelta::zero())[..10].to_owned();
    app.by(&s.chiara)
        .post_form(
            &format!("/consultations/{}/proposals/record", s.slug),
            &[
                ("title", title),
                ("body", "Un doposcuola aperto il martedì pomeriggio."),
                ("language", "it"),
                ("place", "Centro civico"),
                ("on", &today),
                ("people", "12"),
                ("group", "beneficiary"),
                ("meeting", meeting),
            ],
        )
        .await
}

fn proposal_id(response: &reqwest::Response) -> i64 {
    location(response)
        .strip_prefix("/proposals/")
        .and_then(|id| id.parse().ok())
        .expect("the proposal's page")
}

#[tokio::test]
async fn in_person_proposals_and_tallies_name_a_meeting_held_by_their_consultation() {
    let app = TestApp::spawn().await;
    let s = Setup::new(&app, "legami", "public").await;
    let (opens, closes) = (
        app.local_time(TimeDelta::minutes(1)),
        app.local_time(TimeDelta::days(10)),
    );
    let round = app
        .by(&s.chiara)
        .post_form(
            "/manage/consultations/legami/rounds/new",
            &[
                ("title", "Voto"),
                ("description", "Si vota."),
                ("opens_at", &opens),
                ("closes_at", &closes),
                ("allows_voting", "on"),
                ("vote_rule", "approval"),
                ("results_visibility", "live"),
                ("group_beneficiary", "on"),
            ],
        )
        .await;
    assert_eq!(
        round.status(),
        StatusCode::SEE_OTHER,
        "{}",
        round.text().await.unwrap()
    );
    let held = s.meeting("Tavolo tenuto", "", 1).await;
    let later = s.meeting("Tavolo futuro", "", 10).await;
    let other = Setup {
        app: &app,
        slug: "altrove",
        chiara: s.chiara.clone(),
    };
    crate::consultations::create_consultation(&app, &s.chiara, "altrove", "altrove", "public")
        .await;
    crate::consultations::publish(&app, &s.chiara, "altrove").await;
    let elsewhere = other.meeting("Tavolo altrui", "", 1).await;
    app.advance_clock(TimeDelta::days(2));
    app.run_scheduler().await;

    let form = app
        .by(&s.chiara)
        .get_html("/consultations/legami/proposals/record")
        .await;
    assert!(form.contains(&format!("<option value=\"{held}\">Tavolo tenuto (")));
    assert!(!form.contains("Tavolo futuro"), "not held yet");
    assert!(!form.contains("Tavolo altrui"), "another consultation's");

    for forged in [elsewhere.to_string(), later.to_string(), "x1".to_owned()] {
        let refused = record(&app, &s, "Doposcuola", &forged).await;
        assert_eq!(
            refused.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{forged}"
        );
        let html = refused.text().await.unwrap();
        assert!(
            html.contains("id=\"meeting-error\""),
            "refused at the field"
        );
        assert!(html.contains("Scegli uno degli incontri già svolti"));
        assert!(
            html.contains("value=\"Doposcuola\""),
            "what was typed is kept"
        );
    }
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) FROM proposal")
            .await,
        0
    );

    let linked = proposal_id(&record(&app, &s, "Doposcuola", &held.to_string()).await);
    let unlinked = proposal_id(&record(&app, &s, "Mensa aperta", "").await);
    let page = app.get_html(&format!("/proposals/{linked}")).await;
    assert!(page.contains("Registrata durante"));
    assert!(page.contains(&format!("href=\"/meetings/{held}\"")));
    assert!(page.contains("Centro civico"), "the place and day stay");
    let page = app.get_html(&format!("/proposals/{unlinked}")).await;
    assert!(!page.contains("Registrata durante"), "as before");

    let round = app.count("SELECT id FROM round WHERE state = 'open'").await;
    let tally_form = format!("/proposals/{unlinked}/tallies/new?round={round}");
    let today = app.local_time(TimeDelta::zero())[..10].to_owned();
    let tally = |meeting: String| {
        let (form, today) = (tally_form.clone(), today.clone());
        let chiara = s.chiara.clone();
        let app = &app;
        async move {
            app.by(&chiara)
                .post_form(
                    &form,
                    &[
                        ("place", "Centro civico"),
                        ("on", &today),
                        ("method", "Alzata di mano"),
                        ("for_beneficiary", "9"),
                        ("against_beneficiary", "2"),
                        ("meeting", &meeting),
                    ],
                )
                .await
        }
    };
    let refused = tally(elsewhere.to_string()).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = refused.text().await.unwrap();
    assert!(html.contains("id=\"meeting-error\""));
    assert!(html.contains("value=\"Alzata di mano\""));
    assert_eq!(
        tally(held.to_string()).await.status(),
        StatusCode::SEE_OTHER
    );

    let meeting = app.get_html(&format!("/meetings/{held}")).await;
    assert!(meeting.contains(&format!("href=\"/proposals/{linked}\"")));
    assert!(meeting.contains("Doposcuola"));
    assert!(meeting.contains(&format!("href=\"/proposals/{unlinked}#figures\"")));
    assert!(meeting.contains("A favore 9"), "{meeting}");

    // Hidden by a moderator: no longer listed to the public, still to facilitators.
    let hidden = app
        .by(&s.chiara)
        .post_form(
            "/manage/consultations/legami/moderation",
            &[
                ("kind", "proposal"),
                ("id", &linked.to_string()),
                ("decision", "hide"),
                ("reason", "Dati personali nel testo"),
            ],
        )
        .await;
    assert_eq!(hidden.status(), StatusCode::SEE_OTHER);
    let meeting = app.get_html(&format!("/meetings/{held}")).await;
    assert!(!meeting.contains(&format!("href=\"/proposals/{linked}\"")));
    let own = app
        .by(&s.chiara)
        .get_html(&format!("/meetings/{held}"))
        .await;
    assert!(own.contains(&format!("href=\"/proposals/{linked}\"")));
}
