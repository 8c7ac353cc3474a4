//! Rounds: added, edited, reordered and deleted by facilitators; opened and closed by
//! hand or on time; their rules fixed once open.

use chrono::TimeDelta;
use entity::{PlatformRole, StakeholderGroup};
use reqwest::StatusCode;

use crate::{
    consultations::{add_round, coordinator, create_consultation, publish},
    helpers::{TestApp, location},
};

async fn round_id(app: &TestApp, title: &str) -> i64 {
    app.count(&format!("SELECT id FROM round WHERE title = '{title}'"))
        .await
}

async fn state_of(app: &TestApp, title: &str) -> String {
    let id = round_id(app, title).await;
    let states = ["upcoming", "open", "closed"];
    for state in states {
        if app
            .count(&format!(
                "SELECT COUNT(*) FROM round WHERE id = {id} AND state = '{state}'"
            ))
            .await
            == 1
        {
            return state.to_owned();
        }
    }
    panic!("round {title} has no known state")
}

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
