//! Failed log-ins: counted in the database per account and per address, slowed down, then
//! the account locked and its owner told; a right password refused meanwhile.

use chrono::TimeDelta;
use reqwest::StatusCode;
use tavolo::config::Limits;

use super::{ana, assert_refused, log_in, only};
use crate::helpers::{PASSWORD, TestApp, form_value, new_client};

/// `n` wrong passwords for `email` from one browser, waiting out each delay (the clock moved
/// by `Retry-After`) until `lock_after` were tried, then hammering on; returns the statuses.
async fn patient_guesses(
    app: &TestApp,
    (email, lock_after): (&str, usize),
    n: usize,
) -> Vec<StatusCode> {
    let client = new_client();
    let mut statuses = Vec::new();
    for i in 0..n {
        let response = log_in(app, &client, email, &format!("wrong guess {i}")).await;
        statuses.push(response.status());
        if response.status() == StatusCode::TOO_MANY_REQUESTS && tried(&statuses) < lock_after {
            let wait = assert_refused(&response);
            app.advance_clock(TimeDelta::seconds(wait));
        }
    }
    statuses
}

fn tried(statuses: &[StatusCode]) -> usize {
    statuses
        .iter()
        .filter(|s| **s == StatusCode::UNPROCESSABLE_ENTITY)
        .count()
}

#[tokio::test]
async fn two_hundred_wrong_passwords_then_the_right_one_does_not_log_in() {
    // The defaults of `tavolo serve`.
    let app = TestApp::spawn_with_limits(Limits::default()).await;
    ana(&app).await;

    let statuses = patient_guesses(&app, ("ana@example.org", 20), 200).await;
    assert_eq!(tried(&statuses), 20, "twenty guesses tried, then the lock");
    assert!(
        statuses[statuses.len() - 150..]
            .iter()
            .all(|s| *s == StatusCode::TOO_MANY_REQUESTS)
    );

    let client = new_client();
    let response = log_in(&app, &client, "ana@example.org", PASSWORD).await;
    let wait = assert_refused(&response);
    assert!(wait > 800, "locked for a quarter of an hour: {wait} s");
    let page = response.text().await.unwrap();
    assert_eq!(
        form_value(&page, "email").as_deref(),
        Some("ana@example.org")
    );
    assert!(page.contains("Troppi accessi non riusciti"), "{page}");
    assert!(page.contains("Riprova tra 15 minuti"), "when to try again");
    assert_ne!(
        app.by(&client).get("/account").await.status(),
        StatusCode::OK
    );
    app.deliver_mail().await;
    assert_eq!(
        app.emails_to("ana@example.org").len(),
        1,
        "the owner is told once"
    );
}

#[tokio::test]
async fn an_address_without_an_account_is_throttled_exactly_like_one_with() {
    let app = TestApp::spawn_with_limits(locking()).await;
    ana(&app).await;
    let real = patient_guesses(&app, ("ana@example.org", 4), 10).await;
    let ghost = patient_guesses(&app, ("nobody@example.org", 4), 10).await;
    assert_eq!(tried(&real), 4);
    assert_eq!(ghost, real);
}

fn locking() -> Limits {
    only(|l| {
        l.login_delay_after = 2;
        l.login_lock_after = 4;
        l.login_lock = std::time::Duration::from_secs(900);
    })
}

/// Wrong passwords until `failures` of them were tried, the clock moved past each wait.
async fn fail_until(app: &TestApp, email: &str, failures: usize) {
    let client = new_client();
    let mut tried = 0;
    while tried < failures {
        let response = log_in(app, &client, email, "not the password").await;
        if response.status() == StatusCode::TOO_MANY_REQUESTS {
            let wait = assert_refused(&response);
            app.advance_clock(TimeDelta::seconds(wait));
        } else {
            assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
            tried += 1;
        }
    }
}

#[tokio::test]
async fn repeated_failures_lock_the_account_tell_its_owner_once_and_end_on_time() {
    let app = TestApp::spawn_with_limits(locking()).await;
    ana(&app).await;
    fail_until(&app, "ana@example.org", 4).await;

    let client = new_client();
    let locked = log_in(&app, &client, "ana@example.org", PASSWORD).await;
    let wait = assert_refused(&locked);
    assert!(
        (890..=901).contains(&wait),
        "locked for the lock's length: {wait}"
    );

    app.deliver_mail().await;
    let told = app.emails_to("ana@example.org");
    assert_eq!(told.len(), 1, "one email to the owner");
    assert!(
        told[0]
            .subject()
            .contains("Qualcuno sta cercando di accedere")
    );
    assert!(
        told[0]
            .links()
            .iter()
            .any(|l| l.ends_with("/password/forgot"))
    );

    // Still locked a moment before the end; open once the clock moves past it.
    app.advance_clock(TimeDelta::seconds(wait - 10));
    assert_refused(&log_in(&app, &client, "ana@example.org", PASSWORD).await);
    app.advance_clock(TimeDelta::seconds(11));
    let response = log_in(&app, &client, "ana@example.org", PASSWORD).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER, "the lock ended");

    // A successful log-in forgets the account's failures: the next guess is tried again.
    let again = log_in(&app, &new_client(), "ana@example.org", "wrong").await;
    assert_eq!(again.status(), StatusCode::UNPROCESSABLE_ENTITY);
    app.deliver_mail().await;
    assert_eq!(app.emails_to("ana@example.org").len(), 1, "no second email");
}

#[tokio::test]
async fn two_instances_on_one_database_share_the_count_and_it_survives_a_restart() {
    // Locked after two failures, for long enough that a restart cannot outlast it.
    let limits = only(|l| {
        l.login_delay_after = 2;
        l.login_lock_after = 2;
    });
    let mut app = TestApp::spawn_with_limits(limits).await;
    ana(&app).await;
    let other = app.another_instance().await;
    let client = new_client();
    let attempt = |url: String, password: &'static str| {
        let app = &app;
        let client = &client;
        async move {
            let token = app.csrf_token(client).await;
            client
                .post(url)
                .form(&[
                    ("email", "ana@example.org"),
                    ("password", password),
                    ("_csrf", token.as_str()),
                ])
                .send()
                .await
                .expect("POST is answered")
        }
    };
    // One failure on each instance: the second instance refuses the third try.
    let first = attempt(app.url("/login"), "wrong").await;
    assert_eq!(first.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let second = attempt(other.url("/login"), "wrong").await;
    assert_eq!(second.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_refused(&attempt(other.url("/login"), PASSWORD).await);
    assert_refused(&attempt(app.url("/login"), PASSWORD).await);
    drop(other);

    app.restart().await;
    assert_refused(&log_in(&app, &client, "ana@example.org", PASSWORD).await);
}

#[tokio::test]
async fn one_address_guessing_many_accounts_is_slowed_down() {
    let app = TestApp::spawn_with_limits(only(|l| l.login_address_delay_after = 3)).await;
    ana(&app).await;
    let client = new_client();
    for i in 0..3 {
        let email = format!("someone-{i}@example.org");
        let response = log_in(&app, &client, &email, "guess").await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }
    assert_refused(&log_in(&app, &client, "ana@example.org", PASSWORD).await);
    app.advance_clock(TimeDelta::seconds(3));
    let response = log_in(&app, &client, "ana@example.org", PASSWORD).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn the_limits_migration_goes_down_and_up_again_and_counting_resumes() {
    let mut app = TestApp::spawn_with_limits(locking()).await;
    ana(&app).await;
    fail_until(&app, "ana@example.org", 4).await;
    app.migrate_again_from("m20261208_000001_limits").await;
    // The failures went with the table: counting starts afresh.
    let client = new_client();
    let response = log_in(&app, &client, "ana@example.org", PASSWORD).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
}
