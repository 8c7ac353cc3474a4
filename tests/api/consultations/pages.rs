//! What visitors see: lists in order and by theme, the home page, a consultation's timeline,
//! following, the demo, and right-to-left text.

use chrono::TimeDelta;
use entity::{PlatformRole, StakeholderGroup};
use reqwest::StatusCode;

use crate::helpers::{TestApp, location};

use super::{add_round, coordinator, create_consultation, publish};

#[tokio::test]
async fn lists_put_open_consultations_first_then_upcoming_then_closed_and_filter_by_theme() {
    let app = TestApp::spawn().await;
    let chiara = coordinator(&app).await;
    for (slug, opens, closes) in [
        ("finita", TimeDelta::hours(-30), TimeDelta::hours(-2)),
        ("in-arrivo", TimeDelta::days(3), TimeDelta::days(6)),
        ("aperta", TimeDelta::hours(-1), TimeDelta::days(2)),
    ] {
        create_consultation(
            &app,
            &chiara,
            &format!("Consultazione {slug}"),
            slug,
            "public",
        )
        .await;
        // Rounds in the past need the facilitator's confirmation.
        let (opens_at, closes_at) = (app.local_time(opens), app.local_time(closes));
        let response = app
            .by(&chiara)
            .post_form(
                &format!("/manage/consultations/{slug}/rounds/new"),
                &[
                    ("title", "Fase"),
                    ("opens_at", &opens_at),
                    ("closes_at", &closes_at),
                    ("group_beneficiary", "on"),
                    ("vote_rule", "support"),
                    ("results_visibility", "live"),
                    ("confirm_past", "on"),
                ],
            )
            .await;
        // A round that already ended cannot be added: that one stays without rounds,
        // which also lists it among the finished ones.
        assert!(
            response.status() == StatusCode::SEE_OTHER || slug == "finita",
            "{slug}: {}",
            response.status()
        );
        publish(&app, &chiara, slug).await;
    }
    app.run_scheduler().await;

    let html = app.get_html("/consultations").await;
    let open = html.find("Consultazione aperta").unwrap();
    let upcoming = html.find("Consultazione in-arrivo").unwrap();
    let closed = html.find("Consultazione finita").unwrap();
    assert!(
        open < upcoming && upcoming < closed,
        "open, then upcoming, then closed"
    );
    assert!(html.contains("Aperte ora") && html.contains("In arrivo") && html.contains("Concluse"));

    let filtered = app.get_html("/consultations?theme=Casa").await;
    assert!(filtered.contains("Consultazione aperta"));
    let none = app.get_html("/consultations?theme=Nessuno").await;
    assert!(none.contains("Nessuna consultazione sul tema"));
}

#[tokio::test]
async fn the_home_page_says_what_to_do_when_there_is_nothing_yet() {
    let app = TestApp::spawn().await;
    let html = app.get_html("/").await;
    assert!(html.contains("Non ci sono ancora consultazioni."));
    assert!(html.contains("href=\"/register\""));
}

#[tokio::test]
async fn the_consultation_page_shows_the_timeline_and_what_each_visitor_can_do() {
    let app = TestApp::spawn().await;
    let chiara = coordinator(&app).await;
    let slug = create_consultation(&app, &chiara, "Salute", "salute", "public").await;
    add_round(
        &app,
        &chiara,
        &slug,
        "Proposte",
        TimeDelta::hours(1),
        TimeDelta::days(7),
    )
    .await;
    add_round(
        &app,
        &chiara,
        &slug,
        "Voto",
        TimeDelta::days(8),
        TimeDelta::days(14),
    )
    .await;
    publish(&app, &chiara, &slug).await;

    let page = app.get_html(&format!("/consultations/{slug}")).await;
    assert_eq!(
        page.matches("<time datetime=\"").count(),
        5,
        "both rounds' dates, and when the next opens"
    );
    assert!(page.contains("La prossima fase si apre il"));
    assert!(
        page.contains("aria-current=\"step\""),
        "the current round is highlighted"
    );

    app.advance_clock(TimeDelta::hours(2));
    assert_eq!(app.run_scheduler().await, (1, 0));
    let anonymous = app.get_html(&format!("/consultations/{slug}")).await;
    assert!(anonymous.contains("accedi o registrati per partecipare"));

    app.register("Ana", "ana@example.org").await;
    let unverified = app.get_html(&format!("/consultations/{slug}")).await;
    assert!(unverified.contains("conferma prima il tuo indirizzo email"));

    app.create_account(
        "luca@example.org",
        "Luca",
        StakeholderGroup::Institution,
        PlatformRole::Participant,
        true,
    )
    .await;
    let luca = app.client_for("luca@example.org").await;
    let participant = app
        .by(&luca)
        .get(&format!("/consultations/{slug}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(participant.contains("Questa fase è aperta e puoi partecipare"));
    assert!(participant.contains("fare proposte"));
}

#[tokio::test]
async fn following_a_consultation_is_remembered_and_counted() {
    let app = TestApp::spawn().await;
    let chiara = coordinator(&app).await;
    let slug = create_consultation(&app, &chiara, "Lingua", "lingua", "public").await;
    publish(&app, &chiara, &slug).await;
    app.register("Ana", "ana@example.org").await;

    let response = app
        .post_form(&format!("/consultations/{slug}/follow"), &[])
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let page = app.get_html(&format!("/consultations/{slug}")).await;
    assert!(page.contains("Ora segui questa consultazione."));
    assert!(page.contains("Una persona segue questa consultazione"));
    assert!(page.contains("Non seguire più"));
    // Following twice changes nothing.
    app.post_form(&format!("/consultations/{slug}/follow"), &[])
        .await;
    assert_eq!(app.count("SELECT COUNT(*) FROM follow").await, 1);

    app.post_form(&format!("/consultations/{slug}/unfollow"), &[])
        .await;
    assert!(
        app.get_html(&format!("/consultations/{slug}"))
            .await
            .contains("0 persone seguono")
    );

    // Logged out: no follow button, and the action asks to log in.
    app.logout().await;
    let response = app
        .post_form(&format!("/consultations/{slug}/follow"), &[])
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(location(&response).starts_with("/login"));
}

#[tokio::test]
async fn the_demo_has_its_consultations_rounds_and_people() {
    let app = TestApp::spawn().await;
    tavolo::demo::seed(app.db(), app.state.now()).await.unwrap();
    tavolo::demo::seed(app.db(), app.state.now()).await.unwrap();
    assert_eq!(
        app.count("SELECT COUNT(*) FROM consultation").await,
        3,
        "seeding twice adds nothing"
    );

    let page = app.get_html("/consultations/demo").await;
    for state in ["Chiusa", "Aperta", "In arrivo"] {
        assert!(page.contains(state), "a round is {state}");
    }
    assert_eq!(
        app.get("/consultations/mediazione").await.status(),
        StatusCode::NOT_FOUND
    );
    let amina = app.client_for_demo("beneficiary@demo.test").await;
    assert_eq!(
        app.by(&amina)
            .get("/consultations/mediazione")
            .await
            .status(),
        StatusCode::OK
    );
    let marco = app.client_for_demo("facilitator@demo.test").await;
    assert_eq!(
        app.by(&marco)
            .get("/manage/consultations/demo")
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        app.by(&amina)
            .get("/manage/consultations/demo")
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn what_people_wrote_keeps_its_own_direction_in_a_right_to_left_page() {
    let app = TestApp::spawn().await;
    tavolo::demo::seed(app.db(), app.state.now()).await.unwrap();
    let page = app.get_html_in("ar", "/consultations/demo").await;
    assert!(
        page.contains("<html lang=\"ar\" dir=\"rtl\">"),
        "an Arabic page"
    );
    // The Italian title, summary, rounds and text are isolated, so their punctuation stays
    // where it belongs.
    assert!(page.contains("<h1><bdi>Accoglienza e servizi"));
    assert!(page.contains("<p class=\"lead\" dir=\"auto\">"));
    assert!(page.contains("<h3><bdi>Raccolta delle proposte</bdi>"));
    assert!(page.contains("<div dir=\"auto\">"));
    let home = app.get_html_in("ar", "/").await;
    assert!(home.contains("<bdi>Accoglienza e servizi"));
}
