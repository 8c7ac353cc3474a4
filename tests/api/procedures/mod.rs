//! The formal co-design procedure (art. 55 D.Lgs. 117/2017): the notice and its 20-day rule,
//! errata, applications to the second of the deadline, admission, co-design sessions.
//!
//! - `notice.rs`: the form, the 20-day rule at the field, errata, criteria locked, drafts hidden;
//! - `applications.rs`: who may apply, the deadline to the second, withdrawal, replacement,
//!   numbering under concurrency, the acknowledgement;
//! - `admission.rs`: decisions with reasons, the emails, the public lists, the sessions;
//! - `policy.rs`: who may open each page of a procedure;
//! - `documents.rs`: the notice's documents, public with it and in its record; the
//!   applications' documents, private and attached only until the deadline.

mod admission;
mod applications;
mod documents;
mod notice;
mod policy;

use chrono::{DateTime, TimeDelta, Utc};
use entity::{PlatformRole, StakeholderGroup};
use reqwest::{Response, StatusCode};

use crate::{
    consultations::{coordinator, create_consultation, publish},
    helpers::{TestApp, location},
};

/// A published, public consultation run by the coordinator Chiara, whose browser it keeps.
pub(crate) struct Setup<'a> {
    app: &'a TestApp,
    slug: &'static str,
    chiara: reqwest::Client,
}

/// The notice's fields with `deadline` (as a `datetime-local` value) and weights 60 + 40.
pub(crate) fn notice(title: &str, deadline: &str) -> Vec<(String, String)> {
    [
        ("title", title),
        ("purposes", "Co-progettare l'**accoglienza** abitativa."),
        (
            "economic_frame",
            "120.000 euro dal Fondo sociale regionale.",
        ),
        ("duration", "Due anni, rinnovabili una volta."),
        ("how_to_apply", "Dal modulo di questa pagina."),
        ("applications_close_at", deadline),
        ("supporters_allowed", "on"),
        ("supporters_note", "Sostenitori senza oneri."),
        ("requirements", "Iscrizione al RUNTS da almeno un anno."),
        ("runs_service", "on"),
        ("kind", "third_sector"),
        ("criterion-1-name", "Qualità del progetto"),
        ("criterion-1-description", "Chiarezza e fattibilità"),
        ("criterion-1-weight", "60"),
        ("criterion-2-name", "Esperienza"),
        ("criterion-2-weight", "40"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect()
}

pub(crate) async fn post(
    app: &TestApp,
    client: &reqwest::Client,
    path: &str,
    fields: &[(String, String)],
) -> Response {
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    app.by(client).post_form(path, &fields).await
}

/// A deadline as the form takes it, to the second, in the site's time zone.
pub(crate) fn to_the_second(app: &TestApp, at: DateTime<Utc>) -> String {
    at.with_timezone(&app.state.config.timezone)
        .format("%Y-%m-%dT%H:%M:%S")
        .to_string()
}

impl<'a> Setup<'a> {
    pub(crate) async fn new(app: &'a TestApp, slug: &'static str) -> Setup<'a> {
        let chiara = coordinator(app).await;
        create_consultation(app, &chiara, slug, slug, "public").await;
        publish(app, &chiara, slug).await;
        Setup { app, slug, chiara }
    }

    /// Creates a draft with `deadline`; returns the procedure's slug.
    pub(crate) async fn draft(&self, title: &str, deadline: &str) -> String {
        let path = format!("/manage/consultations/{}/procedures/new", self.slug);
        let response = post(self.app, &self.chiara, &path, &notice(title, deadline)).await;
        assert_eq!(
            response.status(),
            StatusCode::SEE_OTHER,
            "the draft is saved"
        );
        location(&response)
            .strip_prefix("/manage/procedures/")
            .expect("the procedure's console")
            .to_owned()
    }

    pub(crate) async fn publish(&self, slug: &str) -> Response {
        self.app
            .by(&self.chiara)
            .post_form(&format!("/manage/procedures/{slug}/publish"), &[])
            .await
    }

    /// A procedure published now whose applications close at exactly `deadline`.
    pub(crate) async fn published_until(&self, title: &str, deadline: DateTime<Utc>) -> String {
        let slug = self.draft(title, &to_the_second(self.app, deadline)).await;
        assert_eq!(self.publish(&slug).await.status(), StatusCode::SEE_OTHER);
        slug
    }

    /// A procedure published now, closing in 21 days (at a whole second); and its deadline.
    pub(crate) async fn published(&self, title: &str) -> (String, DateTime<Utc>) {
        let deadline = self.app.state.now() + TimeDelta::days(21);
        let deadline = deadline - TimeDelta::nanoseconds(deadline.timestamp_subsec_nanos().into());
        (self.published_until(title, deadline).await, deadline)
    }
}

/// A verified participant who registers the organisation `name` of `kind` and represents it;
/// verified by Chiara when `verified`. Returns their browser.
pub(crate) async fn representative(
    app: &TestApp,
    chiara: &reqwest::Client,
    email: &str,
    name: &str,
    kind: &str,
    verified: bool,
) -> reqwest::Client {
    app.create_account(
        email,
        email,
        StakeholderGroup::ThirdSector,
        PlatformRole::Participant,
        true,
    )
    .await;
    let client = app.client_for(email).await;
    let mut fields = crate::organisations::fields(name);
    fields.retain(|(k, _)| *k != "kind");
    fields.push(("kind", kind.to_owned()));
    if kind != "third_sector" {
        fields.retain(|(k, _)| *k != "runts_number");
    }
    let response = crate::organisations::post(app, &client, "/organisations/new", &fields).await;
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "{name} is registered"
    );
    let org = location(&response);
    if verified {
        let verify = format!("/manage{org}/verify");
        let done = app.by(chiara).post_form(&verify, &[]).await;
        assert_eq!(done.status(), StatusCode::SEE_OTHER, "{name} is verified");
    }
    client
}

/// The organisation `client` would apply for (the form's first), or "0" when refused.
pub(crate) async fn organisation_of(app: &TestApp, client: &reqwest::Client, slug: &str) -> String {
    let page = app
        .by(client)
        .get(&format!("/procedures/{slug}/apply"))
        .await;
    match page.status() {
        StatusCode::OK => first_option(&page.text().await.expect("the form"), "organisation"),
        _ => "0".to_owned(),
    }
}

/// Sends an application for `organisation`, as a partner.
pub(crate) async fn send(
    app: &TestApp,
    client: &reqwest::Client,
    slug: &str,
    organisation: &str,
) -> Response {
    app.by(client)
        .post_form(
            &format!("/procedures/{slug}/apply"),
            &[
                ("organisation", organisation),
                ("role", "partner"),
                (
                    "statement",
                    "Gestiamo da dieci anni due case di accoglienza.",
                ),
            ],
        )
        .await
}

/// Applies as `client` for their (first) organisation, as a partner.
pub(crate) async fn apply(app: &TestApp, client: &reqwest::Client, slug: &str) -> Response {
    let organisation = organisation_of(app, client, slug).await;
    send(app, client, slug, &organisation).await
}

/// Moves the server's clock so that it reads `at` plus less than a second.
pub(crate) fn set_clock(app: &TestApp, at: DateTime<Utc>) {
    let ahead = at - app.state.now();
    let millis = ahead.num_milliseconds();
    let seconds = millis.div_euclid(1000) + i64::from(millis.rem_euclid(1000) > 0);
    app.advance_clock(TimeDelta::seconds(seconds));
}

/// The value of the first option of the select `name`.
pub(crate) fn first_option(html: &str, name: &str) -> String {
    let at = html.find(&format!("name=\"{name}\"")).expect("the select");
    let rest = &html[at..];
    let start = rest.find("<option value=\"").expect("an option") + "<option value=\"".len();
    let end = start + rest[start..].find('"').expect("its value");
    rest[start..end].to_owned()
}
