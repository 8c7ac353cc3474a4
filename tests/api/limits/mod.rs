//! Limits on what one person or address can do, against the real server with low limits.
//!
//! - `login.rs`: failed log-ins slowed down, accounts locked and their owners told, counts
//!   shared by two instances on one database;
//! - `addresses.rs`: the client's address (and `X-Forwarded-For` from trusted proxies only),
//!   registrations and account emails per address, one email per address per day;
//! - `accounts.rs`: proposals, comments, reports and invitations per account per hour.

mod accounts;
mod addresses;
mod login;

use entity::{PlatformRole, StakeholderGroup};
use reqwest::{Response, StatusCode};
use tavolo::config::Limits;

use crate::helpers::{TestApp, unlimited};

/// Nothing limited but what a test sets.
pub fn only(set: impl FnOnce(&mut Limits)) -> Limits {
    let mut limits = unlimited();
    set(&mut limits);
    limits
}

/// A refusal as the limits answer it: 429 with a `Retry-After` in seconds, returned.
pub fn assert_refused(response: &Response) -> i64 {
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    response
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<i64>().ok())
        .filter(|s| *s >= 1)
        .expect("a Retry-After in seconds")
}

/// A log-in attempt from `client`, the form's token read first as a browser does.
pub async fn log_in(
    app: &TestApp,
    client: &reqwest::Client,
    email: &str,
    password: &str,
) -> Response {
    app.by(client).login(email, password).await
}

/// Ana's account, made directly (password [`crate::helpers::PASSWORD`]).
pub async fn ana(app: &TestApp) {
    app.create_account(
        "ana@example.org",
        "Ana",
        StakeholderGroup::Beneficiary,
        PlatformRole::Participant,
        true,
    )
    .await;
}
