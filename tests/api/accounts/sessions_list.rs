//! One's sessions on the account page, and "log out everywhere else".

use reqwest::StatusCode;

use crate::helpers::{PASSWORD, TestApp, location};

fn browser(user_agent: &str) -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(user_agent)
        .build()
        .unwrap()
}

#[tokio::test]
async fn the_account_lists_its_sessions_and_ends_the_others() {
    let app = TestApp::spawn().await;
    app.register("Ana", "ana@example.org").await;
    let laptop = browser("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0");
    let phone = browser(
        "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) \
         Chrome/120.0 Mobile Safari/537.36",
    );
    for client in [&laptop, &phone] {
        let login = app.by(client).login("ana@example.org", PASSWORD).await;
        assert_eq!(location(&login), "/");
    }

    let html = app.by(&laptop).get_html("/account").await;
    assert!(html.contains("effettuato l&#39;accesso"));
    assert_eq!(
        html.matches("<li class=\"session").count(),
        3,
        "three sessions"
    );
    assert_eq!(html.matches("questo browser").count(), 1);
    let current = &html[html.find("session--current").unwrap()..];
    assert!(current[..current.find("</li>").unwrap()].contains("Firefox, Linux"));
    assert!(html.contains("Chrome, Android"));
    // The app's own browser registered without saying which it is.
    assert!(html.contains("Un browser sconosciuto"));
    assert!(html.contains("Esci da tutti gli altri dispositivi"));

    let ended = app
        .by(&laptop)
        .post_form("/account/sessions/others", &[])
        .await;
    assert_eq!(ended.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'account.sessions_ended'")
            .await,
        1
    );
    assert_eq!(
        app.by(&phone).get("/account").await.status(),
        StatusCode::SEE_OTHER,
        "the phone is logged out"
    );
    assert_eq!(app.get("/account").await.status(), StatusCode::SEE_OTHER);
    let html = app.by(&laptop).get_html("/account").await;
    assert!(html.contains("Sei uscito da tutti gli altri dispositivi."));
    assert_eq!(html.matches("<li class=\"session").count(), 1);
    assert!(!html.contains("Esci da tutti gli altri dispositivi"));
}

#[tokio::test]
async fn ending_the_others_needs_the_form_token() {
    let app = TestApp::spawn().await;
    app.register("Ana", "ana@example.org").await;
    let response = app
        .client
        .post(app.url("/account/sessions/others"))
        .form(&[("x", "y")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
}
