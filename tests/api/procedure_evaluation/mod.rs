//! The co-design procedure's evaluation, agreement and public record, driven over HTTP. The
//! notice, applications and admission are set up directly in the database (their forms live
//! elsewhere): a published procedure whose deadline has passed, three criteria weighing
//! 40/35/25, two admitted organisations with their projects and one excluded with a reason.
//!
//! - `commission.rs`: naming members by address, removing one, opening the evaluation;
//! - `scoring.rs`: scores hidden until every member has scored, from each viewpoint; the
//!   totals on hand-checked cases; publishing refused while incomplete;
//! - `concurrency.rs`: one member sending the same sheet eight times at once;
//! - `record.rs`: the agreement closes the procedure; the record and its exports;
//! - `policy.rs`: who may do what on these pages;
//! - `demo.rs`: the demo procedure.

mod commission;
mod concurrency;
mod demo;
mod policy;
mod record;
mod scoring;

use chrono::{DateTime, TimeDelta, Utc};
use entity::{
    ApplicationRole, ApplicationStatus, ConsultationRoleKind, MembershipRole, MembershipStatus,
    OrganisationKind, PlatformRole, StakeholderGroup, consultation, consultation_role,
    organisation, organisation_member, procedure, procedure_application, procedure_criterion,
};
use reqwest::StatusCode;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

use crate::{
    consultations::{coordinator, create_consultation, publish},
    helpers::TestApp,
};

pub const SLUG: &str = "accoglienza-2027";

/// Who is who in the set-up procedure, each with a logged-in browser where they act.
pub struct Setup<'a> {
    pub app: &'a TestApp,
    pub procedure_id: i64,
    pub consultation_id: i64,
    /// Applications 1 (Aurora) and 2 (Ponti), admitted with projects; 3 (Faro) is excluded.
    pub aurora: i64,
    pub ponti: i64,
    pub chiara: reqwest::Client,
}

async fn account(app: &TestApp, email: &str, name: &str, role: PlatformRole) -> i64 {
    app.create_account(email, name, StakeholderGroup::ThirdSector, role, true)
        .await
}

async fn organisation(
    app: &TestApp,
    slug: &str,
    name: &str,
    people: &[(i64, MembershipRole)],
    now: DateTime<Utc>,
) -> i64 {
    let saved = organisation::ActiveModel {
        slug: Set(slug.to_owned()),
        name: Set(name.to_owned()),
        kind: Set(OrganisationKind::ThirdSector),
        runts_number: Set(Some("12345".to_owned())),
        tax_code: Set(format!("0{:010}", slug.len())),
        town: Set("Prato".to_owned()),
        website: Set(None),
        description: Set("Accoglienza".to_owned()),
        verified_at: Set(Some(now)),
        created_by: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(app.db())
    .await
    .unwrap();
    for (user_id, role) in people {
        organisation_member::ActiveModel {
            organisation_id: Set(saved.id),
            user_id: Set(*user_id),
            role: Set(*role),
            status: Set(MembershipStatus::Active),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(app.db())
        .await
        .unwrap();
    }
    saved.id
}

async fn application(
    app: &TestApp,
    (procedure_id, organisation_id, number): (i64, i64, i32),
    status: ApplicationStatus,
    project: Option<&str>,
    at: DateTime<Utc>,
) -> i64 {
    procedure_application::ActiveModel {
        procedure_id: Set(procedure_id),
        organisation_id: Set(organisation_id),
        number: Set(number),
        role: Set(ApplicationRole::Partner),
        statement: Set("Candidatura".to_owned()),
        status: Set(status),
        replaces: Set(None),
        submitted_by: Set(None),
        submitted_at: Set(at),
        withdrawn_at: Set(None),
        decision_reason: Set(Some(match status {
            ApplicationStatus::Excluded => "Manca l'iscrizione al RUNTS".to_owned(),
            _ => "Requisiti presenti".to_owned(),
        })),
        decided_by: Set(None),
        decided_at: Set(Some(at + TimeDelta::days(8))),
        project_title: Set(project.map(str::to_owned)),
        project_text: Set(project.map(|p| format!("Il progetto {p}, in tre fasi."))),
        project_submitted_at: Set(project.map(|_| at + TimeDelta::days(10))),
        ..Default::default()
    }
    .insert(app.db())
    .await
    .unwrap()
    .id
}

impl<'a> Setup<'a> {
    /// The procedure in co-design: admission published, projects in, no commission yet.
    pub async fn new(app: &'a TestApp) -> Setup<'a> {
        let chiara = coordinator(app).await;
        create_consultation(app, &chiara, "Accoglienza", "accoglienza", "public").await;
        publish(app, &chiara, "accoglienza").await;
        let now = app.state.now();
        let consultation_id = consultation::Entity::find()
            .filter(consultation::Column::Slug.eq("accoglienza"))
            .one(app.db())
            .await
            .unwrap()
            .unwrap()
            .id;
        let fabio = account(app, "fabio@example.org", "Fabio", PlatformRole::Participant).await;
        consultation_role::ActiveModel {
            consultation_id: Set(consultation_id),
            user_id: Set(fabio),
            role: Set(ConsultationRoleKind::Facilitator),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(app.db())
        .await
        .unwrap();
        for (email, name) in [
            ("anna@example.org", "Anna Commissaria"),
            ("bruno@example.org", "Bruno Commissario"),
            ("oscar@example.org", "Oscar"),
        ] {
            account(app, email, name, PlatformRole::Participant).await;
        }
        let rita = account(app, "rita@example.org", "Rita", PlatformRole::Participant).await;
        let marco = account(app, "marco@example.org", "Marco", PlatformRole::Participant).await;
        let paolo = account(app, "paolo@example.org", "Paolo", PlatformRole::Participant).await;
        let elsa = account(app, "elsa@example.org", "Elsa", PlatformRole::Participant).await;
        let published = now - TimeDelta::days(40);
        let procedure_id = procedure::ActiveModel {
            slug: Set(SLUG.to_owned()),
            consultation_id: Set(consultation_id),
            title: Set("Accoglienza diffusa 2027".to_owned()),
            purposes: Set("Servizi di accoglienza".to_owned()),
            economic_frame: Set("120.000 euro".to_owned()),
            duration: Set("Due anni".to_owned()),
            how_to_apply: Set("Sulla piattaforma".to_owned()),
            applications_close_at: Set(published + TimeDelta::days(25)),
            supporters_allowed: Set(false),
            supporters_note: Set(String::new()),
            requirements: Set("Iscrizione al RUNTS".to_owned()),
            runs_service: Set(true),
            admitted_kinds: Set("third_sector".to_owned()),
            published_at: Set(Some(published)),
            admission_published_at: Set(Some(published + TimeDelta::days(28))),
            created_at: Set(published),
            updated_at: Set(published),
            ..Default::default()
        }
        .insert(app.db())
        .await
        .unwrap()
        .id;
        for (position, (name, weight)) in [("Qualità", 40), ("Rete", 35), ("Costi", 25)]
            .into_iter()
            .enumerate()
        {
            procedure_criterion::ActiveModel {
                procedure_id: Set(procedure_id),
                position: Set(i32::try_from(position).unwrap() + 1),
                name: Set(name.to_owned()),
                description: Set(String::new()),
                weight: Set(weight),
                ..Default::default()
            }
            .insert(app.db())
            .await
            .unwrap();
        }
        let rep = MembershipRole::Representative;
        let aurora_org = organisation(
            app,
            "aurora",
            "Cooperativa Aurora",
            &[(rita, rep), (marco, MembershipRole::Member)],
            now,
        )
        .await;
        let ponti_org =
            organisation(app, "ponti", "Associazione Ponti", &[(paolo, rep)], now).await;
        let faro_org = organisation(app, "faro", "Associazione Faro", &[(elsa, rep)], now).await;
        let day = |d| published + TimeDelta::days(d);
        let aurora = application(
            app,
            (procedure_id, aurora_org, 1),
            ApplicationStatus::Admitted,
            Some("Case aperte"),
            day(3),
        )
        .await;
        let ponti = application(
            app,
            (procedure_id, ponti_org, 2),
            ApplicationStatus::Admitted,
            Some("Ponti di lingua"),
            day(5),
        )
        .await;
        application(
            app,
            (procedure_id, faro_org, 3),
            ApplicationStatus::Excluded,
            None,
            day(7),
        )
        .await;
        Setup {
            app,
            procedure_id,
            consultation_id,
            aurora,
            ponti,
            chiara,
        }
    }

    /// Names the member through the console.
    pub async fn name_member(&self, email: &str) {
        let response = self
            .app
            .by(&self.chiara)
            .post_form(
                &format!("/manage/procedures/{SLUG}/commission"),
                &[("email", email)],
            )
            .await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "naming {email}");
    }

    /// The procedure in evaluation, with Anna and Bruno on the commission.
    pub async fn in_evaluation(app: &'a TestApp) -> Setup<'a> {
        let setup = Setup::new(app).await;
        setup.name_member("anna@example.org").await;
        setup.name_member("bruno@example.org").await;
        let response = app
            .by(&setup.chiara)
            .post_form(&format!("/manage/procedures/{SLUG}/evaluation/open"), &[])
            .await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        setup
    }

    /// `client` sends these scores (in the criteria's order) for the application.
    pub async fn score(
        &self,
        client: &reqwest::Client,
        application: i64,
        scores: [&str; 3],
    ) -> reqwest::Response {
        self.app
            .by(client)
            .post_form(
                &format!("/procedures/{SLUG}/evaluation/{application}"),
                &[
                    ("score-1", scores[0]),
                    ("score-2", scores[1]),
                    ("score-3", scores[2]),
                ],
            )
            .await
    }

    /// Publishes the evaluation as Chiara; the response.
    pub async fn publish(&self) -> reqwest::Response {
        self.app
            .by(&self.chiara)
            .post_form(
                &format!("/manage/procedures/{SLUG}/evaluation/publish"),
                &[],
            )
            .await
    }
}
