//! Changing rounds: what an open round keeps, deletion, opening and closing by hand, reordering,
//! and rounds for some groups.

use chrono::TimeDelta;
use entity::{PlatformRole, StakeholderGroup};
use reqwest::StatusCode;

use crate::{
    consultations::{add_round, coordinator, create_consultation, publish},
    helpers::{TestApp, location},
};

use super::{round_id, state_of};

#[tokio::test]
async fn an_open_round_keeps_its_rules_but_not_its_title() {
    let app = TestApp::spawn().await;
    let chiara = coordinator(&app).await;
    let slug = create_consultation(&app, &chiara, "Casa", "casa", "public").await;
    add_round(
        &app,
        &chiara,
        &slug,
        "Voto",
        TimeDelta::hours(1),
        TimeDelta::days(3),
    )
    .await;
    let id = round_id(&app, "Voto").await;
    let opened = app
        .by(&chiara)
        .post_form(
            &format!("/manage/consultations/{slug}/rounds/{id}/open"),
            &[],
        )
        .await;
    assert_eq!(opened.status(), StatusCode::SEE_OTHER);
    assert_eq!(state_of(&app, "Voto").await, "open");

    // The edit form comes back with the stored values: change the rule.
    let form = app
        .by(&chiara)
        .get_html(&format!("/manage/consultations/{slug}/rounds/{id}/edit"))
        .await;
    assert!(form.contains("già iniziata"));
    let value = |name: &str| crate::helpers::form_value(&form, name).unwrap_or_default();
    let (opens, closes) = (value("opens_at"), value("closes_at"));
    let mut fields = vec![
        ("title", "Voto finale"),
        ("opens_at", opens.as_str()),
        ("closes_at", closes.as_str()),
        ("allows_proposals", "on"),
        ("allows_comments", "on"),
        ("group_beneficiary", "on"),
        ("group_institution", "on"),
        ("group_third_sector", "on"),
        ("group_other", "on"),
        ("vote_limit", "3"),
        ("results_visibility", "live"),
    ];
    let mut changed = fields.clone();
    changed.push(("vote_rule", "dots"));
    let refused = app
        .by(&chiara)
        .post_form(
            &format!("/manage/consultations/{slug}/rounds/{id}/edit"),
            &changed,
        )
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("questo non si può più cambiare")
    );

    fields.push(("vote_rule", "support"));
    let saved = app
        .by(&chiara)
        .post_form(
            &format!("/manage/consultations/{slug}/rounds/{id}/edit"),
            &fields,
        )
        .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM round WHERE title = 'Voto finale'")
            .await,
        1
    );
}

#[tokio::test]
async fn only_rounds_that_have_not_opened_can_be_deleted_after_confirmation() {
    let app = TestApp::spawn().await;
    let chiara = coordinator(&app).await;
    let slug = create_consultation(&app, &chiara, "Casa", "casa", "public").await;
    add_round(
        &app,
        &chiara,
        &slug,
        "Uno",
        TimeDelta::hours(1),
        TimeDelta::days(1),
    )
    .await;
    add_round(
        &app,
        &chiara,
        &slug,
        "Due",
        TimeDelta::days(2),
        TimeDelta::days(3),
    )
    .await;
    let (one, two) = (round_id(&app, "Uno").await, round_id(&app, "Due").await);

    let confirm = app
        .by(&chiara)
        .get(&format!("/manage/consultations/{slug}/rounds/{two}/delete"))
        .await;
    assert_eq!(confirm.status(), StatusCode::OK);
    assert!(confirm.text().await.unwrap().contains("Eliminare la fase?"));
    let deleted = app
        .by(&chiara)
        .post_form(
            &format!("/manage/consultations/{slug}/rounds/{two}/delete"),
            &[],
        )
        .await;
    assert_eq!(deleted.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.count("SELECT COUNT(*) FROM round").await, 1);

    app.by(&chiara)
        .post_form(
            &format!("/manage/consultations/{slug}/rounds/{one}/open"),
            &[],
        )
        .await;
    let confirm = app
        .by(&chiara)
        .get(&format!("/manage/consultations/{slug}/rounds/{one}/delete"))
        .await;
    assert_eq!(confirm.status(), StatusCode::FORBIDDEN);
    app.by(&chiara)
        .post_form(
            &format!("/manage/consultations/{slug}/rounds/{one}/delete"),
            &[],
        )
        .await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM round").await,
        1,
        "an open round stays"
    );
}

#[tokio::test]
async fn opening_and_closing_by_hand_and_reordering() {
    let app = TestApp::spawn().await;
    let chiara = coordinator(&app).await;
    let slug = create_consultation(&app, &chiara, "Casa", "casa", "public").await;
    add_round(
        &app,
        &chiara,
        &slug,
        "Uno",
        TimeDelta::days(1),
        TimeDelta::days(2),
    )
    .await;
    add_round(
        &app,
        &chiara,
        &slug,
        "Due",
        TimeDelta::days(3),
        TimeDelta::days(4),
    )
    .await;
    let (one, two) = (round_id(&app, "Uno").await, round_id(&app, "Due").await);

    app.by(&chiara)
        .post_form(
            &format!("/manage/consultations/{slug}/rounds/{one}/open"),
            &[],
        )
        .await;
    // Only one round is open at a time.
    app.by(&chiara)
        .post_form(
            &format!("/manage/consultations/{slug}/rounds/{two}/open"),
            &[],
        )
        .await;
    assert!(
        app.by(&chiara)
            .get_html(&format!("/manage/consultations/{slug}"))
            .await
            .contains("Non si può aprire questa fase ora")
    );
    assert_eq!(state_of(&app, "Due").await, "upcoming");

    let closed = app
        .by(&chiara)
        .post_form(
            &format!("/manage/consultations/{slug}/rounds/{one}/close"),
            &[],
        )
        .await;
    assert_eq!(
        location(&closed),
        format!("/manage/consultations/{slug}#rounds")
    );
    assert_eq!(state_of(&app, "Uno").await, "closed");
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM event WHERE kind = 'round_closed' AND actor_id IS NOT NULL"
        )
        .await,
        1
    );

    app.by(&chiara)
        .post_form(
            &format!("/manage/consultations/{slug}/rounds/{two}/move"),
            &[("direction", "up")],
        )
        .await;
    assert_eq!(
        app.get(&format!("/manage/consultations/{slug}"))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let console = app
        .by(&chiara)
        .get_html(&format!("/manage/consultations/{slug}"))
        .await;
    assert!(
        console.find("Due").unwrap() < console.find("Uno").unwrap(),
        "moved up"
    );
}

#[tokio::test]
async fn a_round_for_some_groups_tells_the_others_they_can_follow() {
    let app = TestApp::spawn().await;
    let chiara = coordinator(&app).await;
    let slug = create_consultation(&app, &chiara, "Casa", "casa", "public").await;
    let (opens, closes) = (
        app.local_time(TimeDelta::hours(1)),
        app.local_time(TimeDelta::days(1)),
    );
    app.by(&chiara)
        .post_form(
            &format!("/manage/consultations/{slug}/rounds/new"),
            &[
                ("title", "Solo enti"),
                ("opens_at", &opens),
                ("closes_at", &closes),
                ("allows_comments", "on"),
                ("group_institution", "on"),
                ("vote_rule", "support"),
                ("results_visibility", "live"),
            ],
        )
        .await;
    publish(&app, &chiara, &slug).await;
    app.advance_clock(TimeDelta::hours(2));
    app.run_scheduler().await;
    app.create_account(
        "amina@example.org",
        "Amina",
        StakeholderGroup::Beneficiary,
        PlatformRole::Participant,
        true,
    )
    .await;
    let amina = app.client_for("amina@example.org").await;
    let page = app
        .by(&amina)
        .get(&format!("/consultations/{slug}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Questa fase è riservata a:"));
    assert!(page.contains("Ente pubblico"));
}
