//! A logged-in session is written when something in it changes or once a day to push its
//! expiry back, never by reading; the forms that start and end sessions keep working, and
//! forged ones are refused.

use chrono::{TimeDelta, Utc};
use entity::session;
use reqwest::StatusCode;
use sea_orm::EntityTrait;

use super::{cookie_names, cookies_set};
use crate::helpers::{PASSWORD, TestApp, form_value, new_client};

async fn sessions(app: &TestApp) -> Vec<session::Model> {
    session::Entity::find().all(app.db()).await.unwrap()
}

/// Twenty pages a logged-in participant reads.
async fn twenty_pages(app: &TestApp) -> Vec<String> {
    let first = app.count("SELECT MIN(id) FROM proposal").await;
    let last = app.count("SELECT MAX(id) FROM proposal").await;
    let mut pages: Vec<String> = [
        "/",
        "/consultations",
        "/consultations/demo",
        "/consultations/demo/proposals",
        "/consultations/demo/proposals?sort=commented",
        "/consultations/demo/proposals?sort=newest",
        "/consultations/demo/proposals?page=2",
        "/consultations/demo/results",
        "/account",
        "/notifications",
        "/how-it-works",
        "/privacy",
        "/api/v1/consultations",
        "/api/v1/consultations/demo/proposals",
        "/api/v1/consultations/demo/results",
        "/healthz",
    ]
    .map(str::to_owned)
    .to_vec();
    for id in [first, first + 1, last - 1, last] {
        pages.push(format!("/proposals/{id}"));
    }
    pages
}

#[tokio::test]
async fn logged_in_page_views_do_not_write_the_session() {
    let app = TestApp::spawn().await;
    tavolo::demo::seed(app.db(), app.state.now()).await.unwrap();
    let browser = app.client_for_demo("beneficiary@demo.test").await;
    let before = sessions(&app).await;
    assert_eq!(before.len(), 1);

    let pages = twenty_pages(&app).await;
    assert_eq!(pages.len(), 20);
    for path in &pages {
        let response = app.by(&browser).get(path).await;
        assert_eq!(response.status(), StatusCode::OK, "GET {path}");
        assert!(cookies_set(&response).is_empty(), "GET {path}");
    }
    assert_eq!(sessions(&app).await, before, "the session row is untouched");
    // Still logged in.
    assert!(
        app.by(&browser)
            .get_html("/account")
            .await
            .contains("beneficiary@demo.test")
    );
}

#[tokio::test]
async fn a_session_in_use_is_extended_once_a_day() {
    let app = TestApp::spawn().await;
    app.register("Ana", "ana@example.org").await;
    // Showing the welcome message once removes it: a change, so a write.
    app.get("/").await;
    let before = sessions(&app).await;
    app.get("/").await;
    assert_eq!(sessions(&app).await, before);

    app.advance_clock(TimeDelta::days(1));
    let next_day = app.get("/consultations").await;
    assert_eq!(next_day.status(), StatusCode::OK);
    let cookie = cookies_set(&next_day);
    assert_eq!(cookie_names(&next_day), ["tavolo_session"]);
    assert!(cookie[0].contains("Max-Age=1209600"), "{cookie:?}");
    let renewed = sessions(&app).await;
    assert_eq!(renewed.len(), 1);
    assert_eq!(renewed[0].id, before[0].id, "the same session");
    assert_ne!(renewed[0].data, before[0].data);
    assert!(renewed[0].expires_at >= before[0].expires_at);
    let left = renewed[0].expires_at - Utc::now();
    assert!(
        left > TimeDelta::days(14) - TimeDelta::minutes(5) && left <= TimeDelta::days(14),
        "14 idle days: {left}"
    );

    // The rest of that day reads without writing again.
    for path in ["/", "/account", "/consultations"] {
        assert!(cookies_set(&app.get(path).await).is_empty(), "GET {path}");
    }
    assert_eq!(sessions(&app).await, renewed);
}

#[tokio::test]
async fn sessions_start_and_end_with_forms_and_the_message_after_logging_out_is_not_kept() {
    let app = TestApp::spawn().await;
    assert_eq!(
        app.register("Ana", "ana@example.org").await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM session").await, 1);

    assert_eq!(app.logout().await.status(), StatusCode::SEE_OTHER);
    // Logging out leaves a session holding only its one-time message; showing it ends it.
    let home = app.get("/").await;
    let removal = cookies_set(&home);
    assert_eq!(cookie_names(&home), ["tavolo_session"], "{removal:?}");
    assert!(
        removal[0].contains("Max-Age=0"),
        "the cookie is cleared: {removal:?}"
    );
    assert!(home.text().await.unwrap().contains("notice"));
    assert_eq!(app.count("SELECT COUNT(*) FROM session").await, 0);
    assert!(cookies_set(&app.get("/").await).is_empty());

    assert_eq!(
        app.login("ana@example.org", PASSWORD).await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(app.get("/account").await.status(), StatusCode::OK);
    assert_eq!(app.count("SELECT COUNT(*) FROM session").await, 1);
}

#[tokio::test]
async fn forged_posts_are_refused_for_visitors_and_accounts() {
    let app = TestApp::spawn().await;
    app.register("Ana", "ana@example.org").await;

    // Logged in: the session's token is needed, and the post must come from this site.
    let token = app.csrf_token(&app.client).await;
    let without = app
        .client
        .post(app.url("/language"))
        .form(&[("lang", "en"), ("next", "/")])
        .send()
        .await
        .unwrap();
    assert_eq!(without.status(), StatusCode::FORBIDDEN);
    let cross_site = app
        .client
        .post(app.url("/language"))
        .header("sec-fetch-site", "cross-site")
        .form(&[("lang", "en"), ("next", "/"), ("_csrf", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(cross_site.status(), StatusCode::FORBIDDEN);
    let genuine = app
        .client
        .post(app.url("/language"))
        .header("sec-fetch-site", "same-origin")
        .header("origin", app.address.as_str())
        .form(&[("lang", "en"), ("next", "/"), ("_csrf", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(genuine.status(), StatusCode::SEE_OTHER);

    // Not logged in: a token bound to the visitor's own cookie, from this site.
    let visitor = new_client();
    let no_token = visitor
        .post(app.url("/register"))
        .form(&[("display_name", "Bea"), ("email", "bea@example.org")])
        .send()
        .await
        .unwrap();
    assert_eq!(no_token.status(), StatusCode::FORBIDDEN);
    let form = app.by(&visitor).get_html("/login").await;
    let token = form_value(&form, "_csrf").unwrap();
    let login = |origin: &str| {
        visitor
            .post(app.url("/login"))
            .header("origin", origin)
            .form(&[
                ("email", "ana@example.org"),
                ("password", PASSWORD),
                ("_csrf", token.as_str()),
            ])
            .send()
    };
    assert_eq!(
        login("https://elsewhere.example").await.unwrap().status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        login(&app.address).await.unwrap().status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        app.by(&visitor).get("/account").await.status(),
        StatusCode::OK
    );
}
