//! Meetings, commitments and their updates in every format, and the report's chapters on
//! them: figures and published minutes only, never who registered or what they need.

use sea_orm::ConnectionTrait;
use serde_json::Value;

use super::{
    COORDINATOR, as_csv, demo_app, download, export_path, read_xlsx, read_zip, text_of, unescape,
};

#[tokio::test]
async fn meetings_and_commitments_are_in_every_format() {
    let app = demo_app().await;
    // Seeding again makes nothing twice.
    tavolo::demo::seed(app.db(), app.state.now()).await.unwrap();
    for (table, rows) in [("meeting", 2), ("commitment", 2), ("commitment_update", 3)] {
        let sql = format!("SELECT CAST(COUNT(*) AS BIGINT) FROM {table}");
        assert_eq!(app.count(&sql).await, rows, "{table}");
    }
    // A draft of the upcoming meeting's minutes, and the needs people gave: never exported.
    app.db()
        .execute_unprepared(
            "UPDATE meeting SET minutes = 'Bozza riservata del verbale', \
             minutes_html = '<p>Bozza riservata del verbale</p>' \
             WHERE minutes_published_at IS NULL",
        )
        .await
        .unwrap();
    let coordinator = app.client_for_demo(COORDINATOR).await;
    let recorded = app.count("SELECT proposal_id FROM meeting_proposal").await;

    let json: Value =
        serde_json::from_slice(&download(&app, &coordinator, &export_path("demo", "json")).await)
            .unwrap();
    let meetings = json["meetings"].as_array().unwrap();
    assert_eq!(meetings.len(), 2);
    let (past, upcoming) = (&meetings[0], &meetings[1]);
    assert_eq!(past["attended_beneficiary"], 10, "3 checked in, 7 walk-ins");
    assert_eq!(past["attended_institution"], 1);
    assert_eq!(past["attended_third_sector"], 3);
    assert_eq!(past["attended_other"], 0);
    assert_eq!(past["attended_total"], 14);
    assert_eq!(past["registered"], 6);
    assert_eq!(past["proposal_ids"], recorded.to_string());
    assert!(past["minutes"].as_str().unwrap().contains("Prossimo passo"));
    assert_eq!(
        (
            upcoming["registered"].as_i64(),
            upcoming["waiting"].as_i64()
        ),
        (Some(6), Some(3))
    );
    assert_eq!(upcoming["capacity"], 6);
    assert!(upcoming["attended_total"].is_null() && upcoming["minutes"].is_null());
    let commitments = json["commitments"].as_array().unwrap();
    let statuses: Vec<&str> = commitments
        .iter()
        .map(|c| c["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["in_progress", "done"]);
    assert_eq!(commitments[0]["progress"], 40);
    assert_eq!(commitments[1]["proposal_ids"], recorded.to_string());
    assert_eq!(commitments[0]["budget_cents"], 4_800_000);
    let updates = json["commitment_updates"].as_array().unwrap();
    assert_eq!(updates.len(), 3);
    assert!(
        updates
            .iter()
            .all(|u| u["posted_by"].as_str().unwrap().starts_with("P-"))
    );

    // CSV and XLSX hold the same rows.
    let tables = read_zip(&download(&app, &coordinator, &export_path("demo", "csv")).await);
    for name in ["meetings", "commitments", "commitment_updates"] {
        let (header, rows) = &tables[name];
        let items = json[name].as_array().unwrap();
        assert_eq!(rows.len(), items.len(), "{name}");
        let title = header
            .iter()
            .position(|c| c == "title" || c == "body")
            .unwrap();
        for (row, item) in rows.iter().zip(items) {
            assert_eq!(row[title], as_csv(&item[header[title].as_str()]), "{name}");
        }
    }
    let sheets = read_xlsx(&download(&app, &coordinator, &export_path("demo", "xlsx")).await);
    for name in ["meetings", "commitments", "commitment_updates"] {
        let (_, rows) = sheets.iter().find(|(n, _)| n == name).unwrap();
        assert_eq!(
            rows.len() - 1,
            json[name].as_array().unwrap().len(),
            "{name}"
        );
    }

    // The report: the meetings with who came and the minutes, then what happened next.
    let report = unescape(
        &String::from_utf8(download(&app, &coordinator, &export_path("demo", "html")).await)
            .unwrap(),
    );
    for expected in [
        "Tavolo sulla salute al Centro interculturale",
        "Prossimo passo",
        "Chi è venuto, per gruppo di portatori di interesse",
        "Cosa è successo dopo",
        "Corsi serali di italiano in tre quartieri",
        "Azienda USL Toscana Centro",
        "Ultimi aggiornamenti",
        "Il primo corso è iniziato con 18 iscritti",
        "<progress max=\"100\" value=\"40\"",
        "<dt>Incontri</dt>",
        "<dt>Impegni</dt>",
    ] {
        assert!(report.contains(expected), "the report shows {expected}");
    }
    let follow_up = report.find("id=\"follow-up\"").unwrap();
    assert!(report.find("id=\"meetings\"").unwrap() < follow_up);
    assert!(report.find("id=\"in-person\"").unwrap() < follow_up);

    for format in ["csv", "json", "xlsx", "html"] {
        let text = text_of(
            format,
            &download(&app, &coordinator, &export_path("demo", format)).await,
        );
        for private in ["Bozza riservata", "ucraino", "@demo.test"] {
            assert!(!text.contains(private), "{format} leaves out {private}");
        }
    }
}
