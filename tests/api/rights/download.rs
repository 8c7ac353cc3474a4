use reqwest::{StatusCode, header};
use serde_json::Value;

use super::{FATOU, move_to_other_group};
use crate::helpers::{TestApp, path_of};

/// The file Fatou downloads from her data page.
async fn download(app: &TestApp, client: &reqwest::Client) -> Value {
    let response = app.by(client).post_form("/account/data", &[]).await;
    assert_eq!(response.status(), StatusCode::OK);
    let disposition = response.headers()[header::CONTENT_DISPOSITION]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(disposition.starts_with("attachment; filename=\"tavolo-data-"));
    assert!(
        response.headers()[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("application/json")
    );
    let text = response.text().await.unwrap();
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("the file is JSON: {e}\n{text}"))
}

fn section<'a>(file: &'a Value, name: &str) -> &'a Vec<Value> {
    file[name]
        .as_array()
        .unwrap_or_else(|| panic!("the file has {name}"))
}

#[tokio::test]
async fn the_file_holds_every_kind_of_record_about_the_person() {
    let app = TestApp::spawn().await;
    tavolo::demo::seed(app.db(), app.state.now()).await.unwrap();
    let fatou = app.client_for_demo(FATOU).await;
    let bea = app.client_for_demo("beneficiary@demo.test").await;
    let coordinator = app.client_for_demo("coordinator@demo.test").await;
    let fatou_id = app
        .count(&format!("SELECT id FROM \"user\" WHERE email = '{FATOU}'"))
        .await;

    // Her own proposal, with a comment from someone else (a notification and an email).
    let mine = app
        .by(&fatou)
        .propose(
            "demo",
            "Un doposcuola in biblioteca",
            "Aperto a tutti.",
            "it",
        )
        .await;
    app.by(&bea)
        .comment(mine, "Ottima idea.", "for", None)
        .await;
    // A proposal she co-signs, follows, comments on and reports.
    let theirs = app
        .by(&bea)
        .propose("demo", "Mediatori allo sportello", "Due mattine.", "it")
        .await;
    let invited = app
        .by(&bea)
        .post_form(
            &format!("/proposals/{theirs}/coauthors"),
            &[("email", FATOU)],
        )
        .await;
    assert_eq!(invited.status(), StatusCode::SEE_OTHER);
    let link = path_of(&app, &app.last_email_to(FATOU).await.links()[0]);
    assert_eq!(
        app.by(&fatou).post_form(&link, &[]).await.status(),
        StatusCode::SEE_OTHER
    );
    app.by(&fatou)
        .comment(theirs, "Sono d'accordo.", "for", None)
        .await;
    let followed = app
        .by(&fatou)
        .post_form(&format!("/proposals/{theirs}/follow"), &[])
        .await;
    assert_eq!(followed.status(), StatusCode::SEE_OTHER);
    app.by(&fatou).follow("demo").await;
    let flagged = app
        .by(&fatou)
        .post_form(
            &format!("/proposals/{theirs}/flag"),
            &[("reason", "Fuori tema")],
        )
        .await;
    assert_eq!(flagged.status(), StatusCode::SEE_OTHER);
    // An audit entry about her account.
    move_to_other_group(&app, &coordinator, fatou_id).await;
    app.deliver_mail().await;

    let account = app.by(&fatou).get_html("/account").await;
    assert!(account.contains("href=\"/account/data\""));
    let page = app.by(&fatou).get_html("/account/data").await;
    assert!(page.contains("action=\"/account/data\"") && page.contains("JSON"));

    let file = download(&app, &fatou).await;
    assert_eq!(file["account"]["email"], FATOU);
    assert_eq!(file["account"]["display_name"], "Fatou Ndiaye");
    assert_eq!(file["account"]["stakeholder_group"], "other");
    assert_eq!(file["account"]["locale"], "it");
    assert_eq!(file["account"]["role"], "participant");
    assert!(file["account"]["created_at"].is_string());
    assert!(file["account"]["email_verified_at"].is_string());
    assert!(file["account"]["notification_preferences"]["own_contributions"].is_string());
    assert!(file["account"]["consents"][0]["accepted_at"].is_string());
    assert!(file["account"].get("password_hash").is_none());
    assert!(
        !file.to_string().contains("argon2"),
        "no password hash anywhere"
    );

    let has = |name: &str, field: &str, value: Value| {
        assert!(
            section(&file, name).iter().any(|row| row[field] == value),
            "{name} has {field} = {value}: {:?}",
            section(&file, name)
        );
    };
    has("proposals", "id", mine.into());
    has("coauthorships", "proposal_id", theirs.into());
    has("comments", "proposal_id", theirs.into());
    has("consultation_follows", "user_id", fatou_id.into());
    has("proposal_follows", "proposal_id", theirs.into());
    has("notifications", "user_id", fatou_id.into());
    has("flags", "target_id", theirs.into());
    has("emails", "recipient", FATOU.into());
    has("audit_entries", "object_id", fatou_id.into());
    let votes = section(&file, "votes");
    assert!(
        votes.len() >= 2,
        "her votes in the closed and the open round"
    );
    assert!(votes.iter().all(|v| v["user_id"] == fatou_id));
    assert!(
        votes
            .iter()
            .all(|v| v["round_title"].is_string() && v["proposal_title"].is_string())
    );
    assert!(votes.iter().any(|v| v["round_state"] == "closed"));
    assert!(votes.iter().any(|v| v["round_state"] == "open"));
    // Nobody else's ballots.
    assert_eq!(
        i64::try_from(votes.len()).unwrap(),
        app.count(&format!(
            "SELECT COUNT(*) FROM vote WHERE user_id = {fatou_id}"
        ))
        .await
    );

    // Someone else's file holds none of her records.
    let other = download(&app, &bea).await;
    assert!(
        section(&other, "votes")
            .iter()
            .all(|v| v["user_id"] != fatou_id)
    );
    assert!(
        !section(&other, "emails")
            .iter()
            .any(|e| e["recipient"] == FATOU)
    );

    // Not logged in: to the login page.
    let anonymous = app.get("/account/data").await;
    assert_eq!(anonymous.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_person_with_thousands_of_records_gets_them_all() {
    let app = TestApp::spawn().await;
    tavolo::demo::seed(app.db(), app.state.now()).await.unwrap();
    let fatou = app.client_for_demo(FATOU).await;
    let fatou_id = app
        .count(&format!("SELECT id FROM \"user\" WHERE email = '{FATOU}'"))
        .await;
    // 2,345 notifications: several pages of the file's reading.
    let now = app.state.now().format("%Y-%m-%d %H:%M:%S%:z").to_string();
    let event = app.db();
    use sea_orm::ConnectionTrait;
    for _ in 0..5 {
        let rows: Vec<String> = (0..469)
            .map(|_| format!("('bulk_test', '{{}}', '{now}')"))
            .collect();
        event
            .execute_unprepared(&format!(
                "INSERT INTO event (kind, payload, created_at) VALUES {}",
                rows.join(", ")
            ))
            .await
            .unwrap();
    }
    event
        .execute_unprepared(&format!(
            "INSERT INTO notification (user_id, event_id, kind, consultation_title, \
             object_title, link, email_state, created_at) \
             SELECT {fatou_id}, id, 'round_opened', 'Consultazione', 'Turno', \
             '/consultations/demo', 'none', created_at FROM event WHERE kind = 'bulk_test'"
        ))
        .await
        .unwrap();
    let held = app
        .count(&format!(
            "SELECT COUNT(*) FROM notification WHERE user_id = {fatou_id}"
        ))
        .await;
    assert!(held >= 2345);
    let file = download(&app, &fatou).await;
    let notifications = section(&file, "notifications");
    assert_eq!(i64::try_from(notifications.len()).unwrap(), held);
    let mut ids: Vec<i64> = notifications
        .iter()
        .map(|n| n["id"].as_i64().unwrap())
        .collect();
    ids.dedup();
    assert_eq!(i64::try_from(ids.len()).unwrap(), held, "each once");
}

#[tokio::test]
async fn the_file_holds_meeting_registrations_with_needs_and_commitment_updates() {
    let app = TestApp::spawn().await;
    tavolo::demo::seed(app.db(), app.state.now()).await.unwrap();
    // Fatou registered for the demo's two meetings, asking for childcare; she came to the
    // past one.
    let fatou = app.client_for_demo(FATOU).await;
    let page = app.by(&fatou).get_html("/account/data").await;
    assert!(
        page.contains("Le tue iscrizioni agli incontri"),
        "the page says so"
    );
    let file = download(&app, &fatou).await;
    let registrations = section(&file, "meeting_registrations");
    assert_eq!(registrations.len(), 2, "{registrations:?}");
    for registration in registrations {
        assert!(registration["meeting_title"].is_string());
        assert!(registration["meeting_starts_at"].is_string());
        assert_eq!(registration["status"], "registered");
        assert!(registration["childcare"] == true || registration["childcare"] == 1);
    }
    let came = |r: &Value| r["attended"] == true || r["attended"] == 1;
    assert_eq!(registrations.iter().filter(|r| came(r)).count(), 1);
    assert!(section(&file, "commitment_updates").is_empty());

    // Someone waiting, with the interpreter they asked for.
    let waiting = app.client_for_demo("voter-b5@demo.test").await;
    let file = download(&app, &waiting).await;
    let registrations = section(&file, "meeting_registrations");
    assert_eq!(registrations.len(), 1);
    assert_eq!(registrations[0]["status"], "waiting");
    assert_eq!(registrations[0]["interpreter_language"], "ucraino");

    // The facilitator posted the demo's commitment updates.
    let facilitator = app.client_for_demo("facilitator@demo.test").await;
    let file = download(&app, &facilitator).await;
    let updates = section(&file, "commitment_updates");
    assert_eq!(updates.len(), 3);
    assert!(updates.iter().all(|u| u["commitment_title"].is_string()));
    assert!(section(&file, "meeting_registrations").is_empty());
}

#[tokio::test]
async fn the_file_holds_the_organisations_one_belongs_to() {
    let app = TestApp::spawn().await;
    tavolo::demo::seed(app.db(), app.state.now()).await.unwrap();
    let partner = app.client_for_demo("partner@demo.test").await;
    let page = app.by(&partner).get_html("/account/data").await;
    assert!(page.contains("Le organizzazioni a cui appartieni"));
    let file = download(&app, &partner).await;
    let memberships = section(&file, "organisation_memberships");
    assert!(
        memberships.iter().any(|m| m["organisation_name"]
            .as_str()
            .is_some_and(|n| n.contains("Aurora"))
            && m["role"] == "representative"
            && m["status"] == "active"),
        "{memberships:?}"
    );
    let fatou = app.client_for_demo(FATOU).await;
    assert!(section(&download(&app, &fatou).await, "organisation_memberships").is_empty());
}
