//! The outbox under failure: workers that die, mail that failed sent again, two instances at once.

use std::process::{Command, Stdio};

use chrono::TimeDelta;
use reqwest::StatusCode;
use tavolo::notifications::{Email, enqueue};

use crate::{
    helpers::{TestApp, form_value},
    proposals::setup,
};

use super::sql;

#[tokio::test]
async fn a_worker_that_dies_before_sending_loses_nothing() {
    let app = TestApp::spawn().await;
    let now = app.state.now();
    enqueue(
        app.db(),
        "ana@example.org",
        "it",
        &verify(),
        "crash:before",
        now,
    )
    .await
    .unwrap();
    // A worker claimed the row for five minutes, then died.
    claim_without_finishing(&app, now + TimeDelta::minutes(5)).await;
    assert_eq!(app.deliver_mail().await.sent, 0, "still claimed");
    app.advance_clock(TimeDelta::minutes(6));
    assert_eq!(app.deliver_mail().await.sent, 1);
    assert_eq!(app.deliver_mail().await.sent, 0);
    assert_eq!(app.smtp.wait_for(1).await.len(), 1);
}

#[tokio::test]
async fn a_worker_that_dies_after_the_server_accepted_resends_once_with_the_same_message_id() {
    let app = TestApp::spawn().await;
    let now = app.state.now();
    enqueue(
        app.db(),
        "ana@example.org",
        "it",
        &verify(),
        "crash:after",
        now,
    )
    .await
    .unwrap();
    assert_eq!(app.deliver_mail().await.sent, 1);
    // As if the worker had died after the SMTP server's acceptance, before marking the row.
    claim_without_finishing(&app, now + TimeDelta::minutes(5)).await;
    app.advance_clock(TimeDelta::minutes(6));
    assert_eq!(app.deliver_mail().await.sent, 1);
    assert_eq!(app.deliver_mail().await.sent, 0, "at most one resend");
    let received = app.smtp.wait_for(2).await;
    assert_eq!(received.len(), 2);
    assert_eq!(
        received[0].header("Message-ID"),
        received[1].header("Message-ID")
    );
}

/// Leaves every outbox row as a worker leaves it when it dies holding its claim.
async fn claim_without_finishing(app: &TestApp, until: chrono::DateTime<chrono::Utc>) {
    use entity::{OutboxStatus, outbox};
    use sea_orm::{EntityTrait, sea_query::Expr};
    outbox::Entity::update_many()
        .col_expr(outbox::Column::Status, Expr::value(OutboxStatus::Sending))
        .col_expr(outbox::Column::LockedUntil, Expr::value(Some(until)))
        .col_expr(
            outbox::Column::SentAt,
            Expr::value(Option::<chrono::DateTime<chrono::Utc>>::None),
        )
        .exec(app.db())
        .await
        .unwrap();
}

fn verify() -> Email {
    Email::VerifyEmail {
        name: "Ana".to_owned(),
        link: "http://tavolo.test/verify-email/x".to_owned(),
    }
}

#[tokio::test]
async fn coordinators_see_failed_mail_and_send_it_again() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    enqueue(
        app.db(),
        "ana@example.org",
        "it",
        &verify(),
        "dead:1",
        app.state.now(),
    )
    .await
    .unwrap();
    sql(
        &app,
        "UPDATE outbox SET status = 'dead', attempts = 9, last_error = 'mailbox unavailable' \
         WHERE idempotency_key = 'dead:1'",
    )
    .await;
    assert_eq!(
        app.by(&s.amina).get("/manage/mail").await.status(),
        StatusCode::FORBIDDEN
    );
    let page = app.by(&s.chiara).get_html("/manage/mail").await;
    assert!(page.contains("ana@example.org") && page.contains("mailbox unavailable"));
    assert!(page.contains("Abbandonata"));
    let id = app
        .count("SELECT id FROM outbox WHERE idempotency_key = 'dead:1'")
        .await;
    let token = form_value(&page, "_csrf").unwrap();
    let response = s
        .chiara
        .post(app.url(&format!("/manage/mail/{id}/retry")))
        .form(&[("_csrf", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.deliver_mail().await.sent, 1);
    let page = app.by(&s.chiara).get_html("/manage/mail").await;
    assert!(page.contains("Nessuna email in attesa o fallita."));
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) FROM audit_log WHERE action = 'mail.retried'")
            .await,
        1
    );
}

#[tokio::test]
async fn two_instances_on_one_database_send_every_email_once() {
    let app = TestApp::spawn().await;
    const EMAILS: usize = 40;
    for n in 0..EMAILS {
        enqueue(
            app.db(),
            &format!("persona{n}@example.org"),
            "it",
            &verify(),
            &format!("two-instances:{n}"),
            chrono::Utc::now(),
        )
        .await
        .unwrap();
    }
    let instances: Vec<_> = (0..2)
        .map(|_| {
            let port = std::net::TcpListener::bind("127.0.0.1:0")
                .unwrap()
                .local_addr()
                .unwrap()
                .port();
            Command::new(env!("CARGO_BIN_EXE_tavolo"))
                .arg("serve")
                .env("DATABASE_URL", &app.test_db.url)
                .env("TAVOLO_ADDR", format!("127.0.0.1:{port}"))
                .env("TAVOLO_DATA_DIR", std::env::temp_dir())
                .env("SMTP_URL", app.smtp.url())
                .env("RUST_LOG", "warn")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("tavolo serve starts")
        })
        .collect();
    let received = app.smtp.wait_for(EMAILS).await;
    // Wait until every row is marked sent, so no worker still holds one.
    let mut sent = 0;
    for _ in 0..600 {
        sent = app
            .count("SELECT CAST(COUNT(*) AS BIGINT) FROM outbox WHERE status = 'sent'")
            .await;
        if sent == EMAILS as i64 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    for mut instance in instances {
        instance.kill().ok();
        instance.wait().ok();
    }
    assert_eq!(sent, EMAILS as i64);
    let all = app.smtp.messages();
    assert_eq!(all.len(), EMAILS, "each email once");
    let mut ids: Vec<String> = all.iter().filter_map(|m| m.header("Message-ID")).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), EMAILS);
    assert!(received.len() >= EMAILS);
}
