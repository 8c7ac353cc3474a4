//! Surveys in the exports: a sheet per survey with one row per response and one column per
//! question, the structure in JSON, a chapter in the report; never an account.

use super::{
    COORDINATOR, demo_app, download, export_path, identities, read_xlsx, read_zip, text_of,
};

#[tokio::test]
async fn each_survey_is_a_sheet_with_a_row_per_response_and_a_column_per_question() {
    let app = demo_app().await;
    let coordinator = app.client_for_demo(COORDINATOR).await;
    let survey = app.count("SELECT id FROM survey").await;
    let questions = app
        .count("SELECT CAST(COUNT(*) AS BIGINT) FROM survey_question")
        .await;

    let tables = read_zip(&download(&app, &coordinator, &export_path("demo", "csv")).await);
    let (header, rows) = &tables[&format!("survey_{survey}")];
    assert_eq!(header.len(), 7 + questions as usize, "{header:?}");
    assert_eq!(
        &header[..5],
        [
            "survey_id",
            "survey",
            "response",
            "source",
            "stakeholder_group"
        ]
    );
    assert_eq!(rows.len(), 19, "15 online and 4 on paper");
    assert_eq!(rows.iter().filter(|r| r[3] == "paper").count(), 4);
    assert!(
        rows.iter()
            .filter(|r| r[3] == "paper")
            .all(|r| r[5] == "Centro interculturale, Prato" && !r[6].is_empty()),
        "paper rows tell where and when"
    );
    let numbers: Vec<&str> = rows.iter().map(|r| r[2].as_str()).collect();
    assert_eq!(numbers.first(), Some(&"1"));
    // The ranking as places, the multiple choice as labels.
    let ranking = header
        .iter()
        .position(|h| h.contains("Metti in ordine"))
        .unwrap();
    assert!(
        rows.iter().all(|r| r[ranking].starts_with("1. ")),
        "{rows:?}"
    );
    let services = header
        .iter()
        .position(|h| h.contains("Quali servizi"))
        .unwrap();
    assert!(rows.iter().any(|r| r[services].contains("; ")));

    let sheets = read_xlsx(&download(&app, &coordinator, &export_path("demo", "xlsx")).await);
    let (_, sheet) = sheets
        .iter()
        .find(|(name, _)| *name == format!("survey_{survey}"))
        .expect("a sheet for the survey");
    assert_eq!(sheet.len(), 20, "a header and 19 responses");

    let json: serde_json::Value =
        serde_json::from_slice(&download(&app, &coordinator, &export_path("demo", "json")).await)
            .unwrap();
    let exported = &json["surveys"][0];
    assert_eq!(exported["languages"], serde_json::json!(["it", "ar", "en"]));
    assert_eq!(exported["sections"].as_array().unwrap().len(), 3);
    assert_eq!(exported["responses"].as_array().unwrap().len(), 19);

    let report = text_of(
        "html",
        &download(&app, &coordinator, &export_path("demo", "html")).await,
    );
    assert!(report.contains("Questionari") && report.contains("Servizi anagrafici e corsi"));
    assert!(
        report.contains("15 risposte online e 4 su carta"),
        "the report counts by source"
    );

    for format in ["csv", "json", "xlsx", "html"] {
        let text = text_of(
            format,
            &download(&app, &coordinator, &export_path("demo", format)).await,
        );
        for identity in identities(&app).await {
            if identity.contains('@') {
                assert!(!text.contains(&identity), "{format} names {identity}");
            }
        }
    }
}
