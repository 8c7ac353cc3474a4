//! Meetings: facilitators plan, edit and cancel them; participants register, with a waiting
//! list that stays exact under concurrency; each meeting has its calendar file.
//!
//! - `console.rs`: the form and its problems, who may manage, cancelling with a reason;
//! - `registration.rs`: registering, the waiting list, withdrawing, the emails;
//! - `concurrency.rs`: thirty people registering at once for ten places;
//! - `calendar.rs`: the `.ics` file and its instants across a daylight-saving change;
//! - `changes.rs`: a new time or place told to those coming, the reminder the day before;
//! - `feed.rs`: the consultation's calendar feed, the next meetings on the consultation's
//!   page and the home page, the printable sign-in sheet.
//! - after the meeting: `records.rs` (attendance, also saved at once by two facilitators),
//!   `minutes.rs` (draft, published, corrected; who may record), `links.rs` (proposals and
//!   tallies that name their meeting, and the meeting's page listing them).

mod calendar;
mod changes;
mod concurrency;
mod console;
mod feed;
mod links;
mod minutes;
mod records;
mod registration;

use chrono::TimeDelta;
use reqwest::StatusCode;

use crate::{
    consultations::{coordinator, create_consultation, publish},
    helpers::{TestApp, location},
};

/// A published consultation run by the coordinator Chiara, whose browser it keeps.
pub(crate) struct Setup<'a> {
    app: &'a TestApp,
    slug: &'static str,
    chiara: reqwest::Client,
}

impl<'a> Setup<'a> {
    pub(crate) async fn new(app: &'a TestApp, slug: &'static str, visibility: &str) -> Setup<'a> {
        let chiara = coordinator(app).await;
        create_consultation(app, &chiara, slug, slug, visibility).await;
        publish(app, &chiara, slug).await;
        Setup { app, slug, chiara }
    }

    /// Over a consultation that already exists, run by `chiara`.
    pub(crate) fn for_client(
        app: &'a TestApp,
        slug: &'static str,
        chiara: reqwest::Client,
    ) -> Setup<'a> {
        Setup { app, slug, chiara }
    }

    /// The form's fields for a meeting `days` from now, lasting two hours.
    pub(crate) fn fields(&self, title: &str, capacity: &str, days: i64) -> Vec<(String, String)> {
        let starts = self.app.local_time(TimeDelta::days(days));
        let ends = self
            .app
            .local_time(TimeDelta::days(days) + TimeDelta::hours(2));
        [
            ("title", title),
            ("description", "We talk about **housing**."),
            ("starts_at", &starts),
            ("ends_at", &ends),
            ("address", "Via dei Pilastri 12, Firenze"),
            ("directions", "Bus 14, stop Pilastri"),
            ("venue_accessibility", "Step-free entrance"),
            ("languages", "Italiano, العربية"),
            ("interpretation", "Arabo e tigrino"),
            ("childcare", "on"),
            ("capacity", capacity),
            ("registration_required", "on"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect()
    }

    /// Plans a meeting through the form; returns its id.
    pub(crate) async fn meeting(&self, title: &str, capacity: &str, days: i64) -> i64 {
        let fields = self.fields(title, capacity, days);
        let fields: Vec<(&str, &str)> = fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let response = self
            .app
            .by(&self.chiara)
            .post_form(
                &format!("/manage/consultations/{}/meetings/new", self.slug),
                &fields,
            )
            .await;
        assert_eq!(
            response.status(),
            StatusCode::SEE_OTHER,
            "the meeting is planned"
        );
        location(&response)
            .strip_prefix("/meetings/")
            .and_then(|id| id.parse().ok())
            .expect("the meeting's page")
    }
}

/// Registers `client` for the meeting, with no needs; the redirect's status.
pub(crate) async fn register(app: &TestApp, client: &reqwest::Client, meeting: i64) -> StatusCode {
    app.by(client)
        .post_form(&format!("/meetings/{meeting}/register"), &[])
        .await
        .status()
}

/// Ana (beneficiary, Italian) takes the meeting's one place; Bo (third sector, `bo_locale`)
/// waits for one.
pub(crate) async fn one_in_one_waiting(
    app: &TestApp,
    meeting: i64,
    bo_locale: &str,
) -> (reqwest::Client, reqwest::Client) {
    let ana = app
        .person(
            "ana@example.org",
            entity::StakeholderGroup::Beneficiary,
            "it",
        )
        .await;
    let bo = app
        .person(
            "bo@example.org",
            entity::StakeholderGroup::ThirdSector,
            bo_locale,
        )
        .await;
    assert_eq!(register(app, &ana, meeting).await, StatusCode::SEE_OTHER);
    assert_eq!(register(app, &bo, meeting).await, StatusCode::SEE_OTHER);
    (ana, bo)
}
