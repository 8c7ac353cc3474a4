//! Passwords easy to guess are refused at registration, change and reset, with a hint in
//! the person's language at the field, and the form kept.

use reqwest::StatusCode;

use crate::helpers::{PASSWORD, TestApp, path_of};

async fn register_with(app: &TestApp, name: &str, email: &str, password: &str) -> String {
    let response = app
        .post_form(
            "/register",
            &[
                ("display_name", name),
                ("email", email),
                ("password", password),
                ("stakeholder_group", "beneficiary"),
                ("organisation", ""),
                ("locale", "it"),
                ("privacy_consent", "yes"),
            ],
        )
        .await;
    assert_eq!(
        response.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "{password}"
    );
    response.text().await.unwrap()
}

#[tokio::test]
async fn registration_refuses_guessable_passwords_with_a_kind_hint() {
    let app = TestApp::spawn().await;
    let html = register_with(&app, "Ana Rossi", "ana.rossi@example.org", "password123").await;
    assert!(html.contains("Molte persone usano questa password"));
    assert!(html.contains("id=\"password-error\""), "at the field");
    assert!(
        html.contains("value=\"ana.rossi@example.org\""),
        "the form is kept"
    );
    let html = register_with(&app, "Ana Rossi", "ana.rossi@example.org", "ana.rossi1990").await;
    assert!(html.contains("contiene il tuo nome o il tuo indirizzo email"));
    let html = register_with(&app, "Ana Rossi", "ana.rossi@example.org", "aaaaaaaaaaaa").await;
    assert!(html.contains("sono facili da indovinare"));
    assert_eq!(app.count("SELECT COUNT(*) FROM \"user\"").await, 0);
}

#[tokio::test]
async fn changes_and_resets_refuse_guessable_passwords_too() {
    let app = TestApp::spawn().await;
    app.register_verified("Ana", "ana@example.org").await;
    let weak = app
        .post_form(
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "password123"),
            ],
        )
        .await;
    assert_eq!(weak.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        weak.text()
            .await
            .unwrap()
            .contains("Molte persone usano questa password")
    );

    app.logout().await;
    app.post_form("/password/forgot", &[("email", "ana@example.org")])
        .await;
    app.deliver_mail().await;
    let link = app.last_email_to("ana@example.org").await.links()[0].clone();
    let reset = path_of(&app, &link);
    let weak = app.post_form(&reset, &[("password", "1234567890")]).await;
    assert_eq!(weak.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let strong = app
        .post_form(&reset, &[("password", "a brand new passphrase")])
        .await;
    assert_eq!(strong.status(), StatusCode::SEE_OTHER);
}
