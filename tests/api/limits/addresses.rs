//! Per client address: registrations and account emails, the address taken from
//! `X-Forwarded-For` only behind a trusted proxy; and one email per address per day.

use chrono::TimeDelta;
use reqwest::{Response, StatusCode};

use super::{ana, assert_refused, only};
use crate::helpers::{TestApp, form_value, new_client, visitor::registration};

/// Registers `email` from a new browser whose request carries `forwarded_for`.
async fn register_via(app: &TestApp, email: &str, forwarded_for: &str) -> Response {
    let client = new_client();
    let token = app.csrf_token(&client).await;
    let mut form = registration("Nuova persona", email).to_vec();
    form.push(("_csrf", &token));
    client
        .post(app.url("/register"))
        .header("x-forwarded-for", forwarded_for)
        .form(&form)
        .send()
        .await
        .expect("POST is answered")
}

#[tokio::test]
async fn a_forged_forwarded_for_from_an_untrusted_peer_is_ignored() {
    let app = TestApp::spawn_with_limits(only(|l| l.registrations_per_hour = 2)).await;
    for (i, forged) in ["198.51.100.1", "198.51.100.2"].iter().enumerate() {
        let response = register_via(&app, &format!("p{i}@example.org"), forged).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
    }
    // A third "different" client is still 127.0.0.1: refused, the form kept.
    let response = register_via(&app, "p3@example.org", "198.51.100.3").await;
    assert_refused(&response);
    let page = response.text().await.unwrap();
    assert_eq!(
        form_value(&page, "email").as_deref(),
        Some("p3@example.org")
    );
    assert_eq!(
        form_value(&page, "display_name").as_deref(),
        Some("Nuova persona")
    );
    assert!(page.contains("troppi account"), "{page}");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM \"user\" WHERE email = 'p3@example.org'")
            .await,
        0
    );
}

#[tokio::test]
async fn behind_a_trusted_proxy_each_forwarded_client_has_its_own_allowance() {
    let limits = only(|l| {
        l.registrations_per_hour = 2;
        l.trusted_proxies = vec!["127.0.0.0/8".parse().unwrap()];
    });
    let app = TestApp::spawn_with_limits(limits).await;
    for i in 0..4 {
        // What the client wrote is left of what the proxy appended: only the latter counts.
        let chain = format!("6.6.6.6, 198.51.100.{i}");
        let response = register_via(&app, &format!("q{i}@example.org"), &chain).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "client {i}");
    }
    for i in 0..2 {
        let response = register_via(&app, &format!("r{i}@example.org"), "198.51.100.9").await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
    }
    assert_refused(&register_via(&app, "r2@example.org", "198.51.100.9").await);
}

async fn ask_reset(app: &TestApp, client: &reqwest::Client, email: &str) -> Response {
    app.by(client)
        .post_form("/password/forgot", &[("email", email)])
        .await
}

#[tokio::test]
async fn a_hundred_reset_requests_for_one_address_send_one_email() {
    let app = TestApp::spawn_with_limits(only(|l| l.mails_per_address_per_day = 1)).await;
    ana(&app).await;
    let client = new_client();
    let first = ask_reset(&app, &client, "ana@example.org").await;
    assert_eq!(first.status(), StatusCode::OK);
    let answer = first.text().await.unwrap();
    for _ in 1..100 {
        let response = ask_reset(&app, &client, "ana@example.org").await;
        assert_eq!(response.status(), StatusCode::OK);
        let page = response.text().await.unwrap();
        assert!(page.contains("Se esiste un account per"), "the same answer");
        assert_eq!(page.len(), answer.len(), "nothing tells the requests apart");
    }
    app.deliver_mail().await;
    assert_eq!(app.emails_to("ana@example.org").len(), 1);

    // A day later, one more.
    app.advance_clock(TimeDelta::hours(25));
    ask_reset(&app, &client, "ana@example.org").await;
    app.deliver_mail().await;
    assert_eq!(app.emails_to("ana@example.org").len(), 2);
}

#[tokio::test]
async fn one_address_asking_for_account_emails_too_often_gets_a_localised_429() {
    let app = TestApp::spawn_with_limits(only(|l| l.account_mails_per_hour = 3)).await;
    let client = new_client();
    for i in 0..3 {
        let response = ask_reset(&app, &client, &format!("x{i}@example.org")).await;
        assert_eq!(response.status(), StatusCode::OK);
    }
    let response = ask_reset(&app, &client, "x4@example.org").await;
    let wait = assert_refused(&response);
    assert!(wait > 60, "the allowance comes back over the hour: {wait}");
    let page = response.text().await.unwrap();
    assert!(page.contains("Troppi tentativi"));
    assert!(page.contains("Riprova tra"), "{page}");
    assert!(page.contains("lang=\"it\""));

    // In the visitor's language.
    let english = new_client();
    let token = app.csrf_token(&english).await;
    let response = english
        .post(app.url("/password/forgot"))
        .header("accept-language", "en")
        .form(&[("email", "x5@example.org"), ("_csrf", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_refused(&response);
    let page = response.text().await.unwrap();
    assert!(page.contains("Too many attempts") && page.contains("Please try again in"));
}

#[tokio::test]
async fn a_verification_link_is_sent_again_only_the_next_day() {
    let app = TestApp::spawn_with_limits(only(|l| l.mails_per_address_per_day = 1)).await;
    let client = new_client();
    let response = app.by(&client).register("Bea", "bea@example.org").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    app.advance_clock(TimeDelta::minutes(5));
    for _ in 0..5 {
        app.by(&client)
            .post_form("/account/verification", &[])
            .await;
    }
    let page = app.by(&client).get_html("/account").await;
    assert!(
        page.contains("Ti abbiamo già mandato un link oggi"),
        "{page}"
    );
    app.deliver_mail().await;
    assert_eq!(app.emails_to("bea@example.org").len(), 1);

    app.advance_clock(TimeDelta::hours(25));
    app.by(&client)
        .post_form("/account/verification", &[])
        .await;
    app.deliver_mail().await;
    assert_eq!(app.emails_to("bea@example.org").len(), 2);
}
