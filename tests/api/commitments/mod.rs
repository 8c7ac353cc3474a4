//! Follow-up of commitments: facilitators turn accepted proposals into commitments and post
//! dated updates; everyone who may see the consultation reads the follow-up; the signers and
//! followers of the linked proposals hear of each update.
//!
//! - `console.rs`: creating, editing and refusing commitments, who may, the public pages;
//! - `updates.rs`: updates that move status and progress, a dropped commitment's reason,
//!   and the emails they send.

mod console;
mod updates;

use chrono::TimeDelta;
use entity::StakeholderGroup;
use reqwest::{Response, StatusCode};

use crate::{
    consultations::{add_round, coordinator, create_consultation, publish},
    helpers::{TestApp, location},
};

/// A published consultation `casa` (themes Casa and Lavoro) with an open round; Amina
/// (Italian) wrote two proposals, the second with Luca (English) as co-author; Luca wrote a
/// third. The first is accepted, the second partly accepted, the third rejected.
pub struct Setup {
    pub chiara: reqwest::Client,
    pub amina: reqwest::Client,
    pub luca: reqwest::Client,
    pub accepted: i64,
    pub partly: i64,
    pub rejected: i64,
}

pub async fn open_consultation(
    app: &TestApp,
    chiara: &reqwest::Client,
    slug: &str,
    visibility: &str,
) {
    create_consultation(app, chiara, slug, slug, visibility).await;
    add_round(
        app,
        chiara,
        slug,
        "Proposte",
        TimeDelta::minutes(1),
        TimeDelta::days(10),
    )
    .await;
    publish(app, chiara, slug).await;
}

/// Publishes a proposal with a theme (by name); returns its id.
pub async fn propose_on(
    app: &TestApp,
    client: &reqwest::Client,
    (slug, theme): (&str, &str),
    title: &str,
) -> i64 {
    let theme = app
        .count(&format!(
            "SELECT theme.id FROM theme JOIN consultation ON consultation.id = theme.consultation_id \
             WHERE consultation.slug = '{slug}' AND theme.name = '{theme}'"
        ))
        .await
        .to_string();
    let response = app
        .by(client)
        .post_form(
            &format!("/consultations/{slug}/proposals/new"),
            &[
                ("title", title),
                ("body", "Una proposta abbastanza lunga da essere letta."),
                ("theme", &theme),
                ("language", "it"),
                ("action", "publish"),
            ],
        )
        .await;
    let status = response.status();
    let place = location(&response);
    if status != StatusCode::SEE_OTHER {
        let page = response.text().await.unwrap_or_default();
        let problems: Vec<&str> = page
            .split("class=\"field-error\"")
            .skip(1)
            .map(|p| p.split("</p>").next().unwrap_or(""))
            .collect();
        panic!("{title}: {status} {problems:?}");
    }
    place
        .trim_start_matches("/proposals/")
        .parse()
        .expect("redirects to the proposal")
}

pub async fn answer(app: &TestApp, chiara: &reqwest::Client, id: i64, answer: &str) {
    let response = app
        .by(chiara)
        .post_form(
            &format!("/proposals/{id}/answer"),
            &[
                ("answer", answer),
                ("justification", "Motivazione pubblica."),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
}

pub async fn setup(app: &TestApp) -> Setup {
    let chiara = coordinator(app).await;
    open_consultation(app, &chiara, "casa", "public").await;
    app.advance_clock(TimeDelta::minutes(2));
    app.run_scheduler().await;
    let amina = app
        .person("amina@example.org", StakeholderGroup::Beneficiary, "it")
        .await;
    let luca = app
        .person("luca@example.org", StakeholderGroup::Institution, "en")
        .await;
    let accepted = propose_on(app, &amina, ("casa", "Casa"), "Sportello casa").await;
    let partly = propose_on(app, &amina, ("casa", "Lavoro"), "Corsi serali").await;
    let invited = app
        .by(&amina)
        .post_form(
            &format!("/proposals/{partly}/coauthors"),
            &[("email", "luca@example.org")],
        )
        .await;
    assert_eq!(invited.status(), StatusCode::SEE_OTHER);
    let email = app.last_email_to("luca@example.org").await;
    let link = crate::helpers::path_of(app, &email.links()[0]);
    assert_eq!(
        app.by(&luca).post_form(&link, &[]).await.status(),
        StatusCode::SEE_OTHER
    );
    let rejected = propose_on(app, &luca, ("casa", "Casa"), "Parcheggi gratis").await;
    answer(app, &chiara, accepted, "accepted").await;
    answer(app, &chiara, partly, "partially_accepted").await;
    answer(app, &chiara, rejected, "rejected").await;
    Setup {
        chiara,
        amina,
        luca,
        accepted,
        partly,
        rejected,
    }
}

/// The fields of a valid commitment made from `proposals`.
pub fn commitment_fields(title: &str, proposals: &[i64]) -> Vec<(String, String)> {
    let mut fields: Vec<(String, String)> = [
        ("title", title),
        ("description", "Apriamo **due** sportelli."),
        ("responsible", "Ufficio casa del Comune"),
        ("status", "planned"),
        ("reason", ""),
        ("progress", "0"),
        ("starts_on", "2027-01-10"),
        ("ends_on", "2027-06-30"),
        ("budget", "12500,50"),
        ("currency", "EUR"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    fields.extend(
        proposals
            .iter()
            .map(|id| ("proposal".to_owned(), id.to_string())),
    );
    fields
}

/// Sends the commitment form of consultation `slug`.
pub async fn create_commitment(
    app: &TestApp,
    client: &reqwest::Client,
    slug: &str,
    fields: &[(String, String)],
) -> Response {
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    app.by(client)
        .post_form(
            &format!("/manage/consultations/{slug}/commitments/new"),
            &fields,
        )
        .await
}

/// Creates a commitment that must be accepted; returns its id.
pub async fn commit(app: &TestApp, s: &Setup, title: &str, proposals: &[i64]) -> i64 {
    let response =
        create_commitment(app, &s.chiara, "casa", &commitment_fields(title, proposals)).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER, "{title}");
    location(&response)
        .trim_start_matches("/commitments/")
        .parse()
        .expect("redirects to the commitment")
}
