//! The agreement closes the procedure; the public record lists every act in order, names
//! organisations only after the deadline, and is exported as JSON and a printable report.

use chrono::TimeDelta;
use entity::{meeting, procedure, procedure_session};
use reqwest::StatusCode;
use sea_orm::{ActiveModelTrait, EntityTrait, IntoActiveModel, Set};

use super::{SLUG, Setup};
use crate::helpers::{TestApp, new_client};

/// Scores every project by both members and publishes.
async fn published(setup: &Setup<'_>) {
    let app = setup.app;
    for email in ["anna@example.org", "bruno@example.org"] {
        let client = app.client_for(email).await;
        for application in [setup.aurora, setup.ponti] {
            let response = setup.score(&client, application, ["6", "7", "8"]).await;
            assert_eq!(response.status(), StatusCode::SEE_OTHER);
        }
    }
    assert_eq!(setup.publish().await.status(), StatusCode::SEE_OTHER);
}

/// A co-design session of the procedure, held, with its minutes published; its id.
async fn session(setup: &Setup<'_>) -> i64 {
    let app = setup.app;
    let at = app.state.now() - TimeDelta::days(6);
    let saved = meeting::ActiveModel {
        consultation_id: Set(setup.consultation_id),
        round_id: Set(None),
        title: Set("Tavolo di coprogettazione 1".to_owned()),
        description: Set(String::new()),
        description_html: Set(String::new()),
        starts_at: Set(at),
        ends_at: Set(at + TimeDelta::hours(2)),
        address: Set("Via Roma 1, Prato".to_owned()),
        directions: Set(String::new()),
        venue_accessibility: Set(String::new()),
        online_url: Set(String::new()),
        languages: Set("Italiano".to_owned()),
        interpretation: Set(String::new()),
        childcare: Set(false),
        capacity: Set(None),
        registration_required: Set(false),
        registration_deadline: Set(None),
        cancelled_at: Set(None),
        cancel_reason: Set(None),
        minutes: Set("Verbale".to_owned()),
        minutes_html: Set("<p>Verbale</p>".to_owned()),
        minutes_published_at: Set(Some(at + TimeDelta::hours(3))),
        attendance_recorded_at: Set(None),
        reminded_at: Set(None),
        created_by: Set(None),
        created_at: Set(at),
        updated_at: Set(at),
        ..Default::default()
    }
    .insert(app.db())
    .await
    .unwrap();
    procedure_session::ActiveModel {
        meeting_id: Set(saved.id),
        procedure_id: Set(setup.procedure_id),
    }
    .insert(app.db())
    .await
    .unwrap();
    saved.id
}

#[tokio::test]
async fn the_agreement_is_confirmed_closes_the_procedure_and_followers_hear_of_it() {
    let app = TestApp::spawn().await;
    let setup = Setup::in_evaluation(&app).await;
    let oscar = app.client_for("oscar@example.org").await;
    app.by(&oscar).follow("accoglienza").await;
    let path = format!("/manage/procedures/{SLUG}/agreement");
    // Not before the evaluation is published.
    assert_eq!(
        app.by(&setup.chiara).get(&path).await.status(),
        StatusCode::FORBIDDEN
    );
    published(&setup).await;

    let form = app.by(&setup.chiara).get_html(&path).await;
    assert!(form.contains("Cooperativa Aurora") && form.contains("Associazione Ponti"));
    assert!(!form.contains("Associazione Faro"));
    let tomorrow = (app.state.now() + TimeDelta::days(2))
        .date_naive()
        .to_string();
    let today = (app.state.now() - TimeDelta::days(1))
        .date_naive()
        .to_string();
    let aurora_org = app
        .count("SELECT id FROM organisation WHERE slug = 'aurora'")
        .await
        .to_string();
    let faro_org = app
        .count("SELECT id FROM organisation WHERE slug = 'faro'")
        .await
        .to_string();
    let response = app
        .by(&setup.chiara)
        .post_form(
            &path,
            &[
                ("signed_on", &tomorrow),
                ("signatory", &faro_org),
                ("step", "check"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = response.text().await.unwrap();
    assert!(
        html.contains("non può essere nel futuro") && html.contains("si scelgono tra gli ammessi")
    );

    let fields = [
        ("signed_on", today.as_str()),
        ("signatory", aurora_org.as_str()),
        ("note", "Durata biennale"),
        ("step", "check"),
    ];
    let confirm = app.by(&setup.chiara).post_form(&path, &fields).await;
    assert_eq!(confirm.status(), StatusCode::OK);
    let html = confirm.text().await.unwrap();
    assert!(html.contains("Sì, registra l&#39;accordo") && html.contains("Durata biennale"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM procedure WHERE closed_at IS NOT NULL")
            .await,
        0
    );
    let mut fields = fields.to_vec();
    fields[3] = ("step", "confirm");
    let done = app.by(&setup.chiara).post_form(&path, &fields).await;
    assert_eq!(done.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM procedure WHERE closed_at IS NOT NULL")
            .await,
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM procedure_signatory").await,
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'procedure.agreement_recorded'")
            .await,
        1
    );
    // Only once.
    let again = app.by(&setup.chiara).post_form(&path, &fields).await;
    assert_eq!(again.status(), StatusCode::FORBIDDEN);

    let record = app
        .by(&new_client())
        .get_html(&format!("/procedures/{SLUG}/record"))
        .await;
    assert!(record.contains("Accordo firmato") && record.contains("Procedura chiusa"));
    assert!(record.contains("Durata biennale") && record.contains("Chiusa"));
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM notification n JOIN \"user\" u ON u.id = n.user_id \
             WHERE u.email = 'oscar@example.org' AND n.kind = 'procedure_closed'"
        )
        .await,
        1
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM notification n JOIN \"user\" u ON u.id = n.user_id \
             WHERE u.email = 'oscar@example.org' AND n.kind = 'procedure_evaluation_published'"
        )
        .await,
        1
    );
}

#[tokio::test]
async fn the_record_lists_every_act_in_order_and_names_organisations_only_after_the_deadline() {
    let app = TestApp::spawn().await;
    let setup = Setup::in_evaluation(&app).await;
    let meeting = session(&setup).await;
    let path = format!("/procedures/{SLUG}/record");
    let visitor = new_client();
    let html = app.by(&visitor).get_html(&path).await;
    let order = [
        "Avviso pubblicato",
        "Domanda ricevuta",
        "Elenco degli ammessi pubblicato",
        "Ente escluso",
        "Sessione di coprogettazione",
        "Valutazione aperta",
    ];
    let positions: Vec<usize> = order
        .iter()
        .map(|act| html.find(act).unwrap_or_else(|| panic!("{act} in {html}")))
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{positions:?}");
    assert!(html.contains("Cooperativa Aurora"));
    assert!(html.contains("iscrizione al RUNTS"));
    assert!(html.contains(&format!("/meetings/{meeting}#after")));
    assert!(!html.contains("@example.org"));

    let print = app.by(&visitor).get_html(&format!("{path}/print")).await;
    assert!(print.contains("Accoglienza diffusa 2027") && print.contains("Domanda ricevuta"));

    let json: serde_json::Value = app
        .by(&visitor)
        .get(&format!("/procedures/{SLUG}/record.json"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(json["format"], "tavolo.procedure-record.v1");
    assert_eq!(json["phase"], "evaluation");
    assert_eq!(json["notice"]["criteria"][0]["weight"], 40);
    let kinds: Vec<&str> = json["acts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds.first(), Some(&"notice_published"));
    assert_eq!(
        kinds
            .iter()
            .filter(|k| **k == "application_received")
            .count(),
        3
    );
    assert!(kinds.contains(&"application_excluded") && kinds.contains(&"session"));
    let excluded = json["acts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["kind"] == "application_excluded")
        .unwrap();
    assert_eq!(excluded["organisation"], "Associazione Faro");
    assert_eq!(excluded["number"], 3);
    assert!(!json.to_string().contains("@example.org"));

    // Before the deadline: numbers and times only, no decisions.
    let model = procedure::Entity::find_by_id(setup.procedure_id)
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    let mut model = model.into_active_model();
    model.applications_close_at = Set(app.state.now() + TimeDelta::days(3));
    model.admission_published_at = Set(None);
    model.evaluation_opened_at = Set(None);
    model.update(app.db()).await.unwrap();
    // Changed behind the server's back: the pages it keeps for visitors are out of date.
    app.state.pages.changed();
    let html = app.by(&visitor).get_html(&path).await;
    assert!(html.contains("Domanda ricevuta") && html.contains("N. 2"));
    assert!(!html.contains("Cooperativa Aurora") && !html.contains("Associazione Faro"));
    assert!(!html.contains("Ente escluso") && !html.contains("RUNTS"));
    assert!(html.contains("saranno pubblicati alla scadenza"));
    let json: serde_json::Value = app
        .by(&visitor)
        .get(&format!("/procedures/{SLUG}/record.json"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(json["organisations_named"], false);
    assert!(!json.to_string().contains("Cooperativa Aurora"));
}
