//! The profile, and the language that follows the account, the switch, then the browser.

use chrono::TimeDelta;
use reqwest::StatusCode;

use crate::helpers::{TestApp, location};

#[tokio::test]
async fn the_profile_can_be_edited_and_its_language_followed() {
    let app = TestApp::spawn().await;
    app.register("Ana", "ana@example.org").await;

    let invalid = app
        .post_form(
            "/account",
            &[
                ("display_name", "  "),
                ("stakeholder_group", "institution"),
                ("organisation", ""),
                ("locale", "it"),
            ],
        )
        .await;
    assert_eq!(invalid.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        invalid
            .text()
            .await
            .unwrap()
            .contains("Scrivi il nome da mostrare.")
    );

    let saved = app
        .post_form(
            "/account",
            &[
                ("display_name", "Ana   Rossi"),
                ("stakeholder_group", "third_sector"),
                ("organisation", "Cooperativa Il Ponte"),
                ("locale", "en"),
            ],
        )
        .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let html = app.get_html("/account").await;
    assert!(
        html.contains("<html lang=\"en\" dir=\"ltr\">"),
        "the account's language wins"
    );
    assert!(html.contains("Profile saved."));
    assert!(html.contains("value=\"Ana Rossi\""));
    assert!(html.contains("<option value=\"third_sector\" selected>"));
    assert!(html.contains("value=\"Cooperativa Il Ponte\""));
}

#[tokio::test]
async fn the_language_comes_from_the_account_then_the_switch_then_the_browser() {
    let app = TestApp::spawn().await;
    let browser_en = app
        .client
        .get(app.url("/"))
        .header("accept-language", "en-GB,en;q=0.9")
        .send()
        .await
        .unwrap();
    assert!(
        browser_en
            .text()
            .await
            .unwrap()
            .contains("<html lang=\"en\"")
    );
    assert!(
        app.get_html("/").await.contains("<html lang=\"it\""),
        "Italian by default"
    );

    let switched = app
        .post_form("/language", &[("lang", "en"), ("next", "/login")])
        .await;
    assert_eq!(switched.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&switched), "/login");
    assert!(app.get_html("/login").await.contains("<html lang=\"en\""));

    // An account registered in Italian sees Italian whatever the cookie says...
    app.register("Ana", "ana@example.org").await;
    assert!(app.get_html("/account").await.contains("<html lang=\"it\""));
    // ...until it uses the switch, which also changes the account's language.
    app.post_form("/language", &[("lang", "en"), ("next", "/account")])
        .await;
    assert!(app.get_html("/account").await.contains("<html lang=\"en\""));
    let email = app.post_form("/account/verification", &[]).await;
    assert_eq!(email.status(), StatusCode::SEE_OTHER);
    app.advance_clock(TimeDelta::minutes(2));
    app.post_form("/account/verification", &[]).await;
    assert_eq!(
        app.last_email_to("ana@example.org").await.subject(),
        "Confirm your email address"
    );

    let unknown = app.post_form("/language", &[("lang", "xx")]).await;
    assert_eq!(unknown.status(), StatusCode::BAD_REQUEST);
}
