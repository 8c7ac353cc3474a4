//! Logging in and passwords: where login returns, refusals alike, resets and changes.

use chrono::TimeDelta;
use reqwest::StatusCode;

use crate::helpers::{PASSWORD, TestApp, location, new_client, path_of};

#[tokio::test]
async fn login_returns_to_the_page_asked_for_but_never_to_another_site() {
    let app = TestApp::spawn().await;
    app.register("Ana", "ana@example.org").await;
    app.logout().await;

    let html = app.get_html("/login?next=/account").await;
    assert!(html.contains("<input type=\"hidden\" name=\"next\" value=\"/account\">"));
    let response = app
        .post_form(
            "/login",
            &[
                ("email", "ana@example.org"),
                ("password", PASSWORD),
                ("next", "/account"),
            ],
        )
        .await;
    assert_eq!(location(&response), "/account");

    app.logout().await;
    let response = app
        .post_form(
            "/login",
            &[
                ("email", "ana@example.org"),
                ("password", PASSWORD),
                ("next", "//evil.example/"),
            ],
        )
        .await;
    assert_eq!(location(&response), "/");
}

#[tokio::test]
async fn a_wrong_password_or_unknown_address_is_refused_alike() {
    let app = TestApp::spawn().await;
    app.register("Ana", "ana@example.org").await;
    app.logout().await;

    let wrong = app.login("ana@example.org", "not the password").await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let wrong = wrong.text().await.unwrap();
    assert!(wrong.contains("Email o password non corrette."));
    assert!(
        wrong.contains("value=\"ana@example.org\""),
        "the address stays filled in"
    );
    assert!(
        !wrong.contains("not the password"),
        "the password is never sent back"
    );

    let unknown = app.login("nobody@example.org", "not the password").await;
    assert_eq!(unknown.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        unknown
            .text()
            .await
            .unwrap()
            .contains("Email o password non corrette.")
    );

    assert_eq!(
        app.get("/account").await.status(),
        StatusCode::SEE_OTHER,
        "still logged out"
    );
}

#[tokio::test]
async fn password_reset_works_once_and_the_answer_never_reveals_an_account() {
    let app = TestApp::spawn().await;
    app.register_verified("Ana", "ana@example.org").await;
    app.logout().await;

    let known = app
        .post_form("/password/forgot", &[("email", "ana@example.org")])
        .await;
    assert_eq!(known.status(), StatusCode::OK);
    let known = known.text().await.unwrap();
    let unknown = app
        .post_form("/password/forgot", &[("email", "nobody@example.org")])
        .await;
    assert_eq!(unknown.status(), StatusCode::OK);
    let unknown = unknown.text().await.unwrap();
    let answer = |html: &str, email: &str| {
        html.replace(email, "EMAIL")
            .lines()
            .filter(|l| l.contains("abbiamo mandato un link"))
            .collect::<String>()
    };
    assert_eq!(
        answer(&known, "ana@example.org"),
        answer(&unknown, "nobody@example.org")
    );
    assert!(!answer(&known, "ana@example.org").is_empty());

    let email = app.last_email_to("ana@example.org").await;
    assert_eq!(email.subject(), "Scegli una nuova password");
    assert!(app.emails_to("nobody@example.org").is_empty());
    let reset = path_of(&app, &email.links()[0]);

    let form = app.get(&reset).await;
    assert_eq!(form.status(), StatusCode::OK);
    let too_short = app.post_form(&reset, &[("password", "short")]).await;
    assert_eq!(too_short.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        too_short
            .text()
            .await
            .unwrap()
            .contains("almeno 10 caratteri")
    );

    let done = app
        .post_form(&reset, &[("password", "a brand new passphrase")])
        .await;
    assert_eq!(done.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&done), "/login");
    assert!(
        app.get_html("/login")
            .await
            .contains("La password è cambiata.")
    );

    assert_eq!(
        app.login("ana@example.org", PASSWORD).await.status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        app.login("ana@example.org", "a brand new passphrase")
            .await
            .status(),
        StatusCode::SEE_OTHER
    );

    // The link worked once.
    let again = app.get(&reset).await;
    assert_eq!(again.status(), StatusCode::GONE);
    assert!(
        again
            .text()
            .await
            .unwrap()
            .contains("già stato usato o è scaduto")
    );
    let again = app
        .post_form(&reset, &[("password", "yet another passphrase")])
        .await;
    assert_eq!(again.status(), StatusCode::GONE);
}

#[tokio::test]
async fn an_expired_reset_link_is_refused() {
    let app = TestApp::spawn().await;
    app.register("Ana", "ana@example.org").await;
    app.logout().await;
    app.post_form("/password/forgot", &[("email", "ana@example.org")])
        .await;
    let reset = path_of(&app, &app.last_email_to("ana@example.org").await.links()[0]);

    app.advance_clock(TimeDelta::minutes(61));
    assert_eq!(app.get(&reset).await.status(), StatusCode::GONE);
    let response = app
        .post_form(&reset, &[("password", "a brand new passphrase")])
        .await;
    assert_eq!(response.status(), StatusCode::GONE);
    assert_eq!(
        app.login("ana@example.org", PASSWORD).await.status(),
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn a_password_reset_logs_out_every_other_session() {
    let app = TestApp::spawn().await;
    app.register("Ana", "ana@example.org").await;
    let phone = new_client();
    app.by(&phone).login("ana@example.org", PASSWORD).await;
    assert_eq!(
        app.by(&phone).get("/account").await.status(),
        StatusCode::OK
    );

    app.post_form("/password/forgot", &[("email", "ana@example.org")])
        .await;
    let reset = path_of(&app, &app.last_email_to("ana@example.org").await.links()[0]);
    app.post_form(&reset, &[("password", "a brand new passphrase")])
        .await;

    assert_eq!(
        app.by(&phone).get("/account").await.status(),
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn changing_the_password_needs_the_current_one_and_ends_other_sessions() {
    let app = TestApp::spawn().await;
    app.register("Ana", "ana@example.org").await;
    let laptop = new_client();
    app.by(&laptop).login("ana@example.org", PASSWORD).await;

    let wrong = app
        .post_form(
            "/account/password",
            &[
                ("current_password", "not it at all"),
                ("new_password", "a brand new passphrase"),
            ],
        )
        .await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        wrong
            .text()
            .await
            .unwrap()
            .contains("La password attuale non è corretta.")
    );

    let done = app
        .post_form(
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "a brand new passphrase"),
            ],
        )
        .await;
    assert_eq!(done.status(), StatusCode::SEE_OTHER);
    assert!(
        app.get_html("/account")
            .await
            .contains("La password è cambiata.")
    );
    assert_eq!(
        app.by(&laptop).get("/account").await.status(),
        StatusCode::SEE_OTHER
    );
    app.logout().await;
    assert_eq!(
        app.login("ana@example.org", "a brand new passphrase")
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
}
