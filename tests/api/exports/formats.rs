//! The four formats read back and compared with the database and the site; the command line.

use std::process::Command;

use calamine::Data;
use reqwest::StatusCode;
use serde_json::Value;

use crate::openapi::problems;

use super::{
    COORDINATOR, as_csv, demo_app, demo_id, download, export_path, read_csv, read_xlsx, read_zip,
    text_of, unescape,
};

#[tokio::test]
async fn every_format_tells_the_same_story_as_the_site() {
    let app = demo_app().await;
    let coordinator = app.client_for_demo(COORDINATOR).await;
    let id = demo_id(&app).await;

    // JSON: valid against the published schema, counts as in the database.
    let json: Value =
        serde_json::from_slice(&download(&app, &coordinator, &export_path("demo", "json")).await)
            .expect("JSON");
    let schema: Value = app
        .get("/api/v1/export-schema.json")
        .await
        .json()
        .await
        .unwrap();
    let problems = problems(&json, &schema);
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(json["format"], "tavolo-export");
    assert_eq!(json["consultation"]["slug"], "demo");
    assert_eq!(json["consultation"]["pseudonymised"], true);
    let proposals = json["proposals"].as_array().unwrap();
    let comments = json["comments"].as_array().unwrap();
    let answers = json["answers"].as_array().unwrap();
    assert_eq!(
        proposals.len() as i64,
        app.count(&format!(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM proposal WHERE consultation_id = {id}"
        ))
        .await
    );
    assert_eq!(
        comments.len() as i64,
        app.count(&format!(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM comment WHERE proposal_id IN \
             (SELECT id FROM proposal WHERE consultation_id = {id})"
        ))
        .await
    );
    assert_eq!(
        answers.len() as i64,
        app.count(&format!(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM proposal_answer WHERE proposal_id IN \
             (SELECT id FROM proposal WHERE consultation_id = {id})"
        ))
        .await
    );
    assert!(answers.len() >= 2 && comments.len() >= 2);
    // Every answer and its justification as the proposal page shows it.
    for proposal in proposals {
        let page = unescape(
            &app.by(&coordinator)
                .get_html(&format!("/proposals/{}", proposal["proposal_id"]))
                .await,
        );
        if let Some(justification) = proposal["answer_justification"].as_str() {
            assert!(page.contains(justification), "{justification}");
        }
        if let Some(title) = proposal["title"].as_str() {
            assert!(page.contains(title), "{title}");
        }
    }
    // Results per round and group as the public results API gives them.
    let api: Value = app
        .get("/api/v1/consultations/demo/results")
        .await
        .json()
        .await
        .unwrap();
    let results = json["results"].as_array().unwrap();
    let mut compared = 0;
    for round in api["rounds"].as_array().unwrap() {
        for figures in round["proposals"].as_array().unwrap() {
            let rows: Vec<&Value> = results
                .iter()
                .filter(|r| {
                    r["round_id"] == round["round_id"] && r["proposal_id"] == figures["proposal_id"]
                })
                .collect();
            assert_eq!(rows.len(), 5, "all voters and four groups");
            let all = rows
                .iter()
                .find(|r| r["stakeholder_group"] == "all")
                .unwrap();
            assert_eq!(all["in_favour"], figures["total"]);
            assert_eq!(all["against"], figures["against"]);
            assert_eq!(
                all["cross_group_support"]
                    .as_f64()
                    .map(|s| (s * 100.0).round()),
                figures["cross_group_support"]
                    .as_f64()
                    .map(|s| (s * 100.0).round())
            );
            for group in ["beneficiary", "institution", "third_sector", "other"] {
                let row = rows
                    .iter()
                    .find(|r| r["stakeholder_group"] == group)
                    .unwrap();
                assert_eq!(row["in_favour"], figures["by_group"][group], "{group}");
                assert_eq!(row["voters"], round["voters_by_group"][group], "{group}");
                compared += 1;
            }
        }
    }
    assert!(compared >= 20, "the demo's public rounds were compared");
    // The in-person vote count and the proposals recorded at meetings.
    let in_person = json["in_person"].as_array().unwrap();
    assert_eq!(
        in_person.iter().filter(|r| r["kind"] == "proposal").count() as i64,
        app.count(&format!(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM proposal WHERE consultation_id = {id} \
             AND recorded_by IS NOT NULL"
        ))
        .await
    );
    assert!(in_person.iter().any(|r| r["kind"] == "vote_count"));

    // CSV: the same tables, row for row and cell for cell (the surveys' sheets, whose
    // columns are the questions, are checked in `surveys.rs`).
    let mut tables = read_zip(&download(&app, &coordinator, &export_path("demo", "csv")).await);
    tables.retain(|name, _| !name.starts_with("survey_"));
    let mut names: Vec<&String> = tables.keys().collect();
    names.sort();
    assert_eq!(
        names,
        [
            "answers",
            "comments",
            "commitment_updates",
            "commitments",
            "consultation",
            "documents",
            "in_person",
            "meetings",
            "proposals",
            "results",
            "rounds"
        ]
    );
    for (name, (header, rows)) in &tables {
        let items: Vec<&Value> = match &json[name.as_str()] {
            Value::Array(items) => items.iter().collect(),
            object => vec![object],
        };
        assert_eq!(rows.len(), items.len(), "{name}");
        for (row, item) in rows.iter().zip(&items) {
            let object = item.as_object().unwrap();
            assert_eq!(header.len(), object.len(), "{name}: the same columns");
            for (column, cell) in header.iter().zip(row) {
                if column == "exported_at" {
                    continue; // another export, another second
                }
                match &object[column] {
                    Value::Number(n) => {
                        assert_eq!(cell.parse::<f64>().ok(), n.as_f64(), "{name}.{column}");
                    }
                    value => assert_eq!(cell, &as_csv(value), "{name}.{column}"),
                }
            }
        }
    }

    // XLSX: a sheet per table, a header row, dates as dates.
    let mut sheets = read_xlsx(&download(&app, &coordinator, &export_path("demo", "xlsx")).await);
    sheets.retain(|(name, _)| !name.starts_with("survey_"));
    let sheet_names: Vec<&str> = sheets.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        sheet_names,
        [
            "consultation",
            "rounds",
            "proposals",
            "comments",
            "answers",
            "results",
            "in_person",
            "meetings",
            "commitments",
            "commitment_updates",
            "documents"
        ]
    );
    for (name, rows) in &sheets {
        let (header, csv_rows) = &tables[name];
        let sheet_header: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
        assert_eq!(&sheet_header, header, "{name}");
        assert_eq!(rows.len() - 1, csv_rows.len(), "{name}");
    }
    let (_, proposal_rows) = &sheets[2];
    let created = tables["proposals"]
        .0
        .iter()
        .position(|c| c == "created_at")
        .unwrap();
    let title = tables["proposals"]
        .0
        .iter()
        .position(|c| c == "title")
        .unwrap();
    for (row, csv_row) in proposal_rows[1..].iter().zip(&tables["proposals"].1) {
        assert!(
            matches!(row[created], Data::DateTime(_)),
            "created_at is a date: {:?}",
            row[created]
        );
        assert_eq!(row[title].to_string(), csv_row[title]);
    }

    // The report: every proposal with its answer, the results and the meetings.
    let response = app.by(&coordinator).get(&export_path("demo", "html")).await;
    assert_eq!(response.status(), StatusCode::OK);
    let policy = response.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(policy.contains("style-src 'sha256-"), "{policy}");
    let report = unescape(&response.text().await.unwrap());
    assert!(report.contains("<svg"), "charts");
    for proposal in proposals {
        if let Some(title) = proposal["title"].as_str() {
            assert!(report.contains(title), "{title}");
        }
        if let Some(justification) = proposal["answer_justification"].as_str() {
            assert!(report.contains(justification), "{justification}");
        }
    }
    assert!(
        report.contains("Centro interculturale, Prato"),
        "the meetings"
    );

    // Four exports, four audit entries.
    assert_eq!(
        app.count(&format!(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM audit_log WHERE action = 'consultation.exported' \
             AND consultation_id = {id}"
        ))
        .await,
        4
    );
    let audit = app
        .by(&coordinator)
        .get_html("/manage/consultations/demo/audit")
        .await;
    assert!(
        audit.contains("Esiti esportati"),
        "the audit log names the export"
    );
}

#[tokio::test]
async fn the_command_line_writes_every_format_and_records_it() {
    let app = demo_app().await;
    let folder = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_tavolo"))
            .arg("export")
            .args(args)
            .env("DATABASE_URL", &app.test_db.url)
            .env("RUST_LOG", "warn")
            .output()
            .expect("tavolo export runs")
    };
    for format in ["csv", "json", "xlsx", "html"] {
        let out = folder.path().join(format!("demo.{format}"));
        let output = run(&["demo", "--format", format, "--out", out.to_str().unwrap()]);
        assert!(output.status.success(), "{output:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("pseudonymised"), "{stderr}");
        assert!(
            stderr.contains("2 meetings, 2 commitments, 3 commitment updates and 0 documents"),
            "{stderr}"
        );
        let bytes = std::fs::read(&out).unwrap();
        let text = text_of(format, &bytes);
        assert!(text.contains("Corsi di italiano"), "{format}");
    }
    // CSV into a folder: one file per table.
    let tables = folder.path().join("tables");
    std::fs::create_dir(&tables).unwrap();
    let output = run(&["demo", "--format", "csv", "--out", tables.to_str().unwrap()]);
    assert!(output.status.success(), "{output:?}");
    let meetings = std::fs::read_to_string(tables.join("meetings.csv")).unwrap();
    let (header, rows) = read_csv(meetings.trim_start_matches('\u{feff}'));
    assert_eq!((header[0].as_str(), rows.len()), ("meeting_id", 2));
    let proposals = std::fs::read_to_string(tables.join("proposals.csv")).unwrap();
    let (header, rows) = read_csv(proposals.trim_start_matches('\u{feff}'));
    assert_eq!(header[0], "proposal_id");
    assert_eq!(
        rows.len() as i64,
        app.count(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM proposal WHERE consultation_id = \
             (SELECT id FROM consultation WHERE slug = 'demo')"
        )
        .await
    );
    // An unknown consultation: a clear error, no file.
    let out = folder.path().join("nothing.json");
    let output = run(&[
        "nothing",
        "--format",
        "json",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("no consultation has the slug"));
    assert!(!out.exists());
    assert_eq!(
        app.count(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM audit_log WHERE action = 'consultation.exported' \
             AND actor_id IS NULL AND details LIKE '%command_line%'"
        )
        .await,
        5
    );
}
