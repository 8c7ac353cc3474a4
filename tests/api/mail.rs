//! The outbox: mail is queued with the action, delivered by SMTP, retried, never lost,
//! never sent twice.

use chrono::TimeDelta;
use reqwest::StatusCode;
use tavolo::notifications::{DeliveryReport, Email, Mailer, enqueue};

use crate::{helpers::TestApp, smtp::SmtpServer};

#[tokio::test]
async fn with_the_smtp_server_down_mail_waits_and_is_delivered_once_it_is_back() {
    let mut app = TestApp::spawn().await;
    let port = app.smtp.port();
    app.smtp.stop().await;

    assert_eq!(
        app.register("Ana", "ana@example.org").await.status(),
        StatusCode::SEE_OTHER
    );
    let report = app.deliver_mail().await;
    assert_eq!(
        report,
        DeliveryReport {
            sent: 0,
            failed: 1,
            dead: 0
        }
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox WHERE status = 'pending' AND attempts = 1 AND last_error IS NOT NULL").await, 1);

    app.smtp = SmtpServer::start_on(port).await;
    // Not due yet: the retry waits for its backoff.
    assert_eq!(app.deliver_mail().await, DeliveryReport::default());
    assert!(app.smtp.messages().is_empty());

    app.advance_clock(TimeDelta::minutes(5));
    assert_eq!(app.deliver_mail().await.sent, 1);
    assert_eq!(app.deliver_mail().await, DeliveryReport::default());
    let received = app.smtp.messages();
    assert_eq!(received.len(), 1, "delivered exactly once");
    assert_eq!(received[0].subject(), "Conferma il tuo indirizzo email");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE status = 'sent' AND attempts = 2")
            .await,
        1
    );

    // And the link in it still works.
    let link = crate::helpers::path_of(&app, &received[0].links()[0]);
    assert_eq!(app.get(&link).await.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn mail_that_keeps_failing_for_a_day_is_marked_dead() {
    let app = TestApp::spawn().await;
    app.smtp.stop().await;
    app.register("Ana", "ana@example.org").await;

    let mut attempts = 0;
    let mut dead = 0;
    // Each round moves past the longest possible backoff (2 h plus jitter).
    while dead == 0 {
        let report = app.deliver_mail().await;
        attempts += report.failed + report.dead;
        dead = report.dead;
        app.advance_clock(TimeDelta::hours(3));
        assert!(attempts < 40, "gave up too late");
    }
    assert!(
        attempts > 8,
        "retried for a day before giving up ({attempts} attempts)"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE status = 'dead' AND last_error IS NOT NULL")
            .await,
        1
    );
    assert_eq!(
        app.deliver_mail().await,
        DeliveryReport::default(),
        "dead mail is not retried"
    );
}

#[tokio::test]
async fn one_event_and_recipient_make_one_email_with_a_stable_message_id() {
    let app = TestApp::spawn().await;
    let email = Email::VerifyEmail {
        name: "Ana".to_owned(),
        link: app.url("/verify-email/x"),
    };
    let now = app.state.now();
    for _ in 0..3 {
        enqueue(
            app.db(),
            "ana@example.org",
            "en",
            &email,
            "verify_email:42",
            now,
        )
        .await
        .unwrap();
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox").await, 1);
    assert_eq!(app.deliver_mail().await.sent, 1);

    let received = app.smtp.wait_for(1).await;
    let mailer = Mailer::from_config(&app.state.config).unwrap();
    assert_eq!(
        received[0].header("Message-ID").as_deref(),
        Some(mailer.message_id("verify_email:42").as_str())
    );
    assert_eq!(
        received[0].subject(),
        "Confirm your email address",
        "the recipient's language"
    );
    assert!(received[0].text().contains("Hello Ana,"));
    assert!(received[0].html().contains("<html lang=\"en\""));
}

#[tokio::test]
async fn concurrent_workers_send_each_email_once() {
    let app = TestApp::spawn().await;
    let now = app.state.now();
    for n in 0..30 {
        let email = Email::PasswordReset {
            name: format!("Person {n}"),
            link: app.url("/password/reset/x"),
        };
        enqueue(
            app.db(),
            &format!("p{n}@example.org"),
            "it",
            &email,
            &format!("k{n}"),
            now,
        )
        .await
        .unwrap();
    }
    let (a, b, c) = tokio::join!(app.deliver_mail(), app.deliver_mail(), app.deliver_mail());
    assert_eq!(a.sent + b.sent + c.sent, 30);
    assert_eq!(app.smtp.wait_for(30).await.len(), 30);
    let mut recipients: Vec<_> = app.smtp.messages().into_iter().flat_map(|m| m.to).collect();
    recipients.sort();
    recipients.dedup();
    assert_eq!(recipients.len(), 30, "nobody got two");
}

#[tokio::test]
async fn a_queued_email_is_rolled_back_with_its_action() {
    let app = TestApp::spawn().await;
    // The duplicate registration fails inside its transaction: its verification email must
    // not stay queued (only the notice to the address's owner, queued after it, is).
    app.register("Ana", "ana@example.org").await;
    app.logout().await;
    app.register_form("Ana", "ana@example.org").await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE template = 'verify_email'")
            .await,
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE template = 'already_registered'")
            .await,
        1
    );
}

#[tokio::test]
async fn without_an_smtp_server_mail_is_written_to_files() {
    let app = TestApp::spawn().await;
    let folder =
        std::env::temp_dir().join(format!("tavolo-mail-{}", tavolo::crypto::random_token()));
    let mut config = (*app.state.config).clone();
    config.smtp_url = None;
    config.data_dir = folder.clone();
    let mailer = Mailer::from_config(&config).unwrap();

    app.register("Ana", "ana@example.org").await;
    let report = tavolo::notifications::deliver_due(app.db(), &mailer, app.state.now())
        .await
        .unwrap();
    assert_eq!(report.sent, 1);
    let files: Vec<_> = std::fs::read_dir(folder.join("mail"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].extension().and_then(|e| e.to_str()), Some("eml"));
    let eml = std::fs::read_to_string(&files[0]).unwrap();
    assert!(eml.contains("To: ana@example.org"));
    assert!(eml.contains("multipart/alternative"));
    std::fs::remove_dir_all(folder).ok();
}
