//! The register of organisations: registering one (with its field checks), the membership
//! steps (join, accept, refuse, remove, hand over, leave) and verification by coordinators.
//!
//! - `register.rs`: the form, the pages, the list and its filter;
//! - `membership.rs`: joining, the representative's decisions, handing over, leaving;
//! - `verification.rs`: only coordinators verify, from the console;
//! - `on_behalf.rs`: members sign proposals for their organisation, and only they;
//! - `concurrency.rs`: steps taken at once never leave two representatives, or none.

mod concurrency;
mod membership;
mod on_behalf;
mod register;
mod verification;

use entity::{PlatformRole, StakeholderGroup};
use reqwest::{Response, StatusCode};

use crate::helpers::{TestApp, location};

/// A verified participant called `name`, logged in.
pub async fn someone(app: &TestApp, email: &str, name: &str) -> reqwest::Client {
    app.create_account(
        email,
        name,
        StakeholderGroup::ThirdSector,
        PlatformRole::Participant,
        true,
    )
    .await;
    app.client_for(email).await
}

/// The fields of a valid third-sector entity called `name`.
pub fn fields(name: &str) -> Vec<(&'static str, String)> {
    vec![
        ("name", name.to_owned()),
        ("kind", "third_sector".to_owned()),
        ("runts_number", "12345".to_owned()),
        ("tax_code", "01234567890".to_owned()),
        ("town", "Prato".to_owned()),
        ("website", "https://www.aurora.example".to_owned()),
        (
            "description",
            "Servizi di accoglienza e mediazione".to_owned(),
        ),
    ]
}

pub async fn post(
    app: &TestApp,
    client: &reqwest::Client,
    path: &str,
    fields: &[(&'static str, String)],
) -> Response {
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    app.by(client).post_form(path, &fields).await
}

/// Registers the organisation `name` as `client`; returns its address.
pub async fn register(app: &TestApp, client: &reqwest::Client, name: &str) -> String {
    let response = post(app, client, "/organisations/new", &fields(name)).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    location(&response)
}

/// The id of the account with `email`.
pub async fn account_id(app: &TestApp, email: &str) -> i64 {
    app.count(&format!("SELECT id FROM \"user\" WHERE email = '{email}'"))
        .await
}
