//! Rounds in time: opening and closing on schedule, extensions, bad schedules refused.

use chrono::TimeDelta;
use reqwest::StatusCode;

use crate::{
    consultations::{add_round, coordinator, create_consultation, publish},
    helpers::TestApp,
};

use super::{round_id, state_of};

#[tokio::test]
async fn rounds_open_and_close_on_time() {
    let app = TestApp::spawn().await;
    let chiara = coordinator(&app).await;
    let slug = create_consultation(&app, &chiara, "Casa", "casa", "public").await;
    let response = add_round(
        &app,
        &chiara,
        &slug,
        "Proposte",
        TimeDelta::hours(1),
        TimeDelta::hours(5),
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    publish(&app, &chiara, &slug).await;

    assert_eq!(app.run_scheduler().await, (0, 0));
    assert_eq!(state_of(&app, "Proposte").await, "upcoming");

    app.advance_clock(TimeDelta::minutes(61));
    assert_eq!(app.run_scheduler().await, (1, 0));
    assert_eq!(state_of(&app, "Proposte").await, "open");
    assert!(
        app.get_html(&format!("/consultations/{slug}"))
            .await
            .contains("Aperta")
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM event WHERE kind = 'round_opened' AND actor_id IS NULL")
            .await,
        1
    );

    app.advance_clock(TimeDelta::hours(4));
    assert_eq!(app.run_scheduler().await, (0, 1));
    assert_eq!(state_of(&app, "Proposte").await, "closed");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM event WHERE kind = 'round_closed'")
            .await,
        1
    );
    // Nothing happens twice.
    assert_eq!(app.run_scheduler().await, (0, 0));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action IN ('round.opened', 'round.closed') AND actor_id IS NULL")
            .await,
        2
    );
}

#[tokio::test]
async fn an_extended_round_stays_open_until_its_new_end() {
    let app = TestApp::spawn().await;
    let chiara = coordinator(&app).await;
    let slug = create_consultation(&app, &chiara, "Casa", "casa", "public").await;
    add_round(
        &app,
        &chiara,
        &slug,
        "Voto",
        TimeDelta::minutes(10),
        TimeDelta::hours(2),
    )
    .await;
    app.advance_clock(TimeDelta::minutes(11));
    app.run_scheduler().await;
    let id = round_id(&app, "Voto").await;

    let new_end = app.local_time(TimeDelta::hours(26));
    let response = app
        .by(&chiara)
        .post_form(
            &format!("/manage/consultations/{slug}/rounds/{id}/extend"),
            &[("closes_at", &new_end)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(
        app.by(&chiara)
            .get_html(&format!("/manage/consultations/{slug}"))
            .await
            .contains("Chiusura della fase spostata.")
    );

    app.advance_clock(TimeDelta::hours(3));
    app.run_scheduler().await;
    assert_eq!(
        state_of(&app, "Voto").await,
        "open",
        "past the old end, still open"
    );
    app.advance_clock(TimeDelta::hours(24));
    app.run_scheduler().await;
    assert_eq!(state_of(&app, "Voto").await, "closed");

    // An end earlier than the current one is refused.
    let earlier = app.local_time(TimeDelta::hours(-1));
    app.by(&chiara)
        .post_form(
            &format!("/manage/consultations/{slug}/rounds/{id}/extend"),
            &[("closes_at", &earlier)],
        )
        .await;
    assert!(
        app.by(&chiara)
            .get_html(&format!("/manage/consultations/{slug}"))
            .await
            .contains("La nuova chiusura deve essere")
    );
}

#[tokio::test]
async fn round_forms_refuse_bad_schedules_at_the_field() {
    let app = TestApp::spawn().await;
    let chiara = coordinator(&app).await;
    let slug = create_consultation(&app, &chiara, "Casa", "casa", "public").await;

    let backwards = add_round(
        &app,
        &chiara,
        &slug,
        "Al contrario",
        TimeDelta::days(3),
        TimeDelta::days(2),
    )
    .await;
    assert_eq!(backwards.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = backwards.text().await.unwrap();
    assert!(html.contains("id=\"closes_at-error\""));
    assert!(
        html.contains("La chiusura deve venire dopo l&#39;apertura.")
            || html.contains("La chiusura deve venire dopo")
    );
    assert!(html.contains("value=\"Al contrario\""), "the input is kept");

    assert_eq!(
        add_round(
            &app,
            &chiara,
            &slug,
            "Prima",
            TimeDelta::days(1),
            TimeDelta::days(5)
        )
        .await
        .status(),
        StatusCode::SEE_OTHER
    );
    let overlapping = add_round(
        &app,
        &chiara,
        &slug,
        "Seconda",
        TimeDelta::days(4),
        TimeDelta::days(8),
    )
    .await;
    assert_eq!(overlapping.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        overlapping
            .text()
            .await
            .unwrap()
            .contains("si sovrappone a un&#39;altra fase")
    );

    let past = add_round(
        &app,
        &chiara,
        &slug,
        "Passata",
        TimeDelta::days(-1),
        TimeDelta::hours(20),
    )
    .await;
    assert_eq!(past.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = past.text().await.unwrap();
    assert!(html.contains("inizierebbe nel passato"));
    assert!(
        html.contains("name=\"confirm_past\""),
        "asks for confirmation"
    );

    let (opens, closes) = (
        app.local_time(TimeDelta::days(-1)),
        app.local_time(TimeDelta::hours(20)),
    );
    let confirmed = app
        .by(&chiara)
        .post_form(
            &format!("/manage/consultations/{slug}/rounds/new"),
            &[
                ("title", "Passata"),
                ("opens_at", &opens),
                ("closes_at", &closes),
                ("group_beneficiary", "on"),
                ("vote_rule", "support"),
                ("results_visibility", "live"),
                ("confirm_past", "on"),
            ],
        )
        .await;
    assert_eq!(confirmed.status(), StatusCode::SEE_OTHER);

    let garbage = app
        .by(&chiara)
        .post_form(
            &format!("/manage/consultations/{slug}/rounds/new"),
            &[
                ("title", ""),
                ("opens_at", "domani"),
                ("closes_at", ""),
                ("vote_rule", "lottery"),
                ("vote_limit", "-4"),
            ],
        )
        .await;
    assert_eq!(garbage.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = garbage.text().await.unwrap();
    for field in [
        "title",
        "opens_at",
        "closes_at",
        "group_beneficiary",
        "vote_rule",
        "vote_limit",
        "results_visibility",
    ] {
        assert!(
            html.contains(&format!("href=\"#{field}\"")),
            "{field} is named in the summary"
        );
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM round").await, 2);
}
