//! Proposals: submitted with a preview, listed, filtered and searched, edited within their
//! window, withdrawn, co-authored, recorded in person, answered and merged.
//!
//! - `authoring.rs`: previewing, publishing, refusals, who may propose, editing, co-authors, in-person tables;
//! - `answers.rs`: facilitators' answers, merges, and the demo's discussion.

mod answers;
mod authoring;

use chrono::TimeDelta;
use entity::{PlatformRole, StakeholderGroup};

use crate::{
    consultations::{add_round, coordinator, create_consultation, publish},
    helpers::TestApp,
};

/// A published consultation `casa` with an open round taking proposals and comments (no
/// voting), a facilitator (the coordinator's browser) and verified participants.
pub struct Setup {
    pub chiara: reqwest::Client,
    pub amina: reqwest::Client,
    pub luca: reqwest::Client,
}

pub async fn setup(app: &TestApp) -> Setup {
    let chiara = coordinator(app).await;
    create_consultation(app, &chiara, "Casa", "casa", "public").await;
    add_round(
        app,
        &chiara,
        "casa",
        "Proposte",
        TimeDelta::minutes(1),
        TimeDelta::days(10),
    )
    .await;
    publish(app, &chiara, "casa").await;
    app.advance_clock(TimeDelta::minutes(2));
    app.run_scheduler().await;
    app.create_account(
        "amina@example.org",
        "Amina",
        StakeholderGroup::Beneficiary,
        PlatformRole::Participant,
        true,
    )
    .await;
    app.create_account(
        "luca@example.org",
        "Luca",
        StakeholderGroup::Institution,
        PlatformRole::Participant,
        true,
    )
    .await;
    Setup {
        amina: app.client_for("amina@example.org").await,
        luca: app.client_for("luca@example.org").await,
        chiara,
    }
}
