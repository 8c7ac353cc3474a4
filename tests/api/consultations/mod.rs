//! Consultations: created by coordinators, run by facilitators, seen by whom the policy
//! says; lists, the consultation page, following.
//!
//! - `lifecycle.rs`: drafts and publishing, the form's problems, addresses, archiving;
//! - `pages.rs`: lists, the home page, a consultation's page, following, the demo, right-to-left text.

mod lifecycle;
mod pages;

use chrono::TimeDelta;
use entity::{PlatformRole, StakeholderGroup};
use reqwest::StatusCode;

use crate::helpers::{TestApp, location};

/// A coordinator's browser.
pub async fn coordinator(app: &TestApp) -> reqwest::Client {
    app.create_account(
        "chiara@example.org",
        "Chiara",
        StakeholderGroup::Institution,
        PlatformRole::Coordinator,
        true,
    )
    .await;
    app.client_for("chiara@example.org").await
}

/// Creates a consultation through the form; returns its slug.
pub async fn create_consultation(
    app: &TestApp,
    client: &reqwest::Client,
    title: &str,
    slug: &str,
    visibility: &str,
) -> String {
    let response = app
        .by(client)
        .post_form(
            "/manage/consultations/new",
            &[
                ("title", title),
                ("slug", slug),
                ("summary", "What this consultation is about."),
                (
                    "body",
                    "## Why\n\nBecause **together** is better. <script>alert(1)</script>",
                ),
                ("themes", "Casa, Lavoro"),
                ("visibility", visibility),
            ],
        )
        .await;
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "the consultation is created"
    );
    assert_eq!(location(&response), format!("/manage/consultations/{slug}"));
    slug.to_owned()
}

pub async fn publish(app: &TestApp, client: &reqwest::Client, slug: &str) {
    let response = app
        .by(client)
        .post_form(
            &format!("/manage/consultations/{slug}/status"),
            &[("status", "published")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
}

/// Adds a round through the console's form, `opens` and `closes` from now.
pub async fn add_round(
    app: &TestApp,
    client: &reqwest::Client,
    slug: &str,
    title: &str,
    opens: TimeDelta,
    closes: TimeDelta,
) -> reqwest::Response {
    let (opens_at, closes_at) = (app.local_time(opens), app.local_time(closes));
    app.by(client)
        .post_form(
            &format!("/manage/consultations/{slug}/rounds/new"),
            &[
                ("title", title),
                ("description", "What happens in this round."),
                ("opens_at", &opens_at),
                ("closes_at", &closes_at),
                ("allows_proposals", "on"),
                ("allows_comments", "on"),
                ("group_beneficiary", "on"),
                ("group_institution", "on"),
                ("group_third_sector", "on"),
                ("group_other", "on"),
                ("vote_rule", "support"),
                ("vote_limit", "3"),
                ("results_visibility", "live"),
            ],
        )
        .await
}
