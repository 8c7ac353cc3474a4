//! Notifications: who hears of each event, in which language and how often; the daily digest;
//! reminders before voting closes; one-click unsubscribe; the mail queue; delivery that
//! survives crashes and two instances.
//!
//! - `events.rs`: who hears of each event, in which language, and who never does;
//! - `preferences.rs`: immediate, daily and off; the voting reminder; one-click unsubscribe;
//! - `delivery.rs`: workers that die, failed mail sent again, two instances on one database.

mod delivery;
mod events;
mod preferences;

use reqwest::StatusCode;
use sea_orm::ConnectionTrait;

use crate::{helpers::TestApp, smtp::ReceivedMail};

async fn sql(app: &TestApp, statement: &str) {
    app.db()
        .execute_unprepared(statement)
        .await
        .expect("the statement runs");
}

async fn prefer(app: &TestApp, client: &reqwest::Client, own: &str, others: &str) {
    let response = app
        .by(client)
        .post_form(
            "/account/notifications",
            &[("email_own", own), ("email_others", others)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
}

/// Sends what is due and returns everything the SMTP server has received.
async fn delivered(app: &TestApp) -> Vec<ReceivedMail> {
    app.deliver_mail().await;
    app.smtp.messages()
}

fn to(mail: &[ReceivedMail], address: &str) -> Vec<ReceivedMail> {
    mail.iter()
        .filter(|m| m.to.iter().any(|t| t.eq_ignore_ascii_case(address)))
        .cloned()
        .collect()
}
