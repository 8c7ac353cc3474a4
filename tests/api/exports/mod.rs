//! Outcomes: the four export formats read back and compared with the database and the site,
//! pseudonymisation, who may export and publish, open data, the command line, and an export
//! taken while people keep commenting.

use std::{
    collections::HashMap,
    io::{Cursor, Read},
    process::Command,
};

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use reqwest::StatusCode;
use serde_json::Value;

use super::{
    helpers::{TestApp, location},
    openapi::problems,
};

const COORDINATOR: &str = "coordinator@demo.test";
const FACILITATOR: &str = "facilitator@demo.test";
const PARTICIPANT: &str = "beneficiary@demo.test";

async fn demo_app() -> TestApp {
    let app = TestApp::spawn().await;
    tavolo::demo::seed(app.db(), app.state.now()).await.unwrap();
    app
}

async fn download(app: &TestApp, client: &reqwest::Client, path: &str) -> Vec<u8> {
    let response = app.by(client).get(path).await;
    assert_eq!(response.status(), StatusCode::OK, "GET {path}");
    response.bytes().await.unwrap().to_vec()
}

fn export_path(slug: &str, format: &str) -> String {
    format!("/manage/consultations/{slug}/outcomes/download/{format}")
}

/// The CSV files of a zip, each parsed into its header and rows.
fn read_zip(bytes: &[u8]) -> HashMap<String, (Vec<String>, Vec<Vec<String>>)> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
    let mut tables = HashMap::new();
    for index in 0..archive.len() {
        let mut file = archive.by_index(index).unwrap();
        let name = file.name().unwrap().trim_end_matches(".csv").to_owned();
        let mut content = Vec::new();
        file.read_to_end(&mut content).unwrap();
        assert!(
            content.starts_with(b"\xEF\xBB\xBF"),
            "{name} starts with a BOM"
        );
        let text = String::from_utf8(content[3..].to_vec()).expect("UTF-8");
        assert!(text.contains("\r\n"), "{name} has CRLF line ends");
        tables.insert(name, read_csv(&text));
    }
    tables
}

fn read_csv(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

/// A JSON cell as the CSV file writes it.
fn as_csv(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) if s.starts_with(['=', '+', '-', '@']) => format!("'{s}"),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn unescape(html: &str) -> String {
    html.replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&#34;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// Every text of a workbook: sheet name → rows of cells.
fn read_xlsx(bytes: &[u8]) -> Vec<(String, Vec<Vec<Data>>)> {
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes.to_vec())).expect("XLSX");
    workbook
        .sheet_names()
        .into_iter()
        .map(|name| {
            let range = workbook.worksheet_range(&name).unwrap();
            (name, range.rows().map(<[Data]>::to_vec).collect())
        })
        .collect()
}

async fn demo_id(app: &TestApp) -> i64 {
    app.count("SELECT id FROM consultation WHERE slug = 'demo'")
        .await
}

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

    // CSV: the same tables, row for row and cell for cell.
    let tables = read_zip(&download(&app, &coordinator, &export_path("demo", "csv")).await);
    let mut names: Vec<&String> = tables.keys().collect();
    names.sort();
    assert_eq!(
        names,
        [
            "answers",
            "comments",
            "consultation",
            "in_person",
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
    let sheets = read_xlsx(&download(&app, &coordinator, &export_path("demo", "xlsx")).await);
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
            "in_person"
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

/// Every email address and display name in the database.
async fn identities(app: &TestApp) -> Vec<String> {
    use sea_orm::EntityTrait;
    entity::user::Entity::find()
        .all(app.db())
        .await
        .unwrap()
        .into_iter()
        .flat_map(|u| [u.email, u.display_name])
        .collect()
}

/// The text of an export in any format, for searching.
fn text_of(format: &str, bytes: &[u8]) -> String {
    match format {
        "csv" => read_zip(bytes)
            .into_values()
            .flat_map(|(header, rows)| std::iter::once(header).chain(rows))
            .flatten()
            .collect::<Vec<_>>()
            .join("\n"),
        "xlsx" => read_xlsx(bytes)
            .into_iter()
            .flat_map(|(_, rows)| rows)
            .flatten()
            .map(|c| c.to_string())
            .collect::<Vec<_>>()
            .join("\n"),
        "html" => unescape(std::str::from_utf8(bytes).unwrap()),
        _ => String::from_utf8(bytes.to_vec()).unwrap(),
    }
}

#[tokio::test]
async fn exports_name_nobody_unless_the_consultation_allows_it() {
    let app = demo_app().await;
    let coordinator = app.client_for_demo(COORDINATOR).await;
    let people = identities(&app).await;
    for format in ["csv", "json", "xlsx", "html"] {
        // Asking for names changes nothing while the consultation does not allow them.
        for path in [
            export_path("demo", format),
            format!("{}?names=1", export_path("demo", format)),
        ] {
            let text = text_of(format, &download(&app, &coordinator, &path).await);
            for identity in &people {
                assert!(!text.contains(identity.as_str()), "{path} shows {identity}");
            }
        }
    }
    let json: Value =
        serde_json::from_slice(&download(&app, &coordinator, &export_path("demo", "json")).await)
            .unwrap();
    let proposals = json["proposals"].as_array().unwrap();
    // Stable pseudonyms: one author, one pseudonym, in every export.
    let again: Value =
        serde_json::from_slice(&download(&app, &coordinator, &export_path("demo", "json")).await)
            .unwrap();
    assert_eq!(json["proposals"], again["proposals"]);
    assert!(
        proposals
            .iter()
            .filter_map(|p| p["author"].as_str())
            .all(|a| a.starts_with("P-") && a.len() == 12)
    );

    // A coordinator allows names; facilitators can then ask for them.
    let page = app
        .by(&coordinator)
        .get_html("/manage/consultations/demo/outcomes")
        .await;
    assert!(page.contains("export_names"), "the privacy setting");
    let response = app
        .by(&coordinator)
        .post_form(
            "/manage/consultations/demo/outcomes/privacy",
            &[("export_names", "on")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let facilitator = app.client_for_demo(FACILITATOR).await;
    let named: Value = serde_json::from_slice(
        &download(
            &app,
            &facilitator,
            &format!("{}?names=1", export_path("demo", "json")),
        )
        .await,
    )
    .unwrap();
    assert_eq!(named["consultation"]["pseudonymised"], false);
    let first = named["proposals"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["recorded_in_person"] == false && p["author"].is_string())
        .unwrap();
    let author_name = first["author_name"].as_str().expect("a name");
    assert!(people.iter().any(|p| p == author_name));
    let named_text = serde_json::to_string(&named).unwrap();
    for email in people.iter().filter(|p| p.contains('@')) {
        assert!(!named_text.contains(email.as_str()), "never an email");
    }
    // Without asking, still pseudonymised.
    let plain: Value =
        serde_json::from_slice(&download(&app, &facilitator, &export_path("demo", "json")).await)
            .unwrap();
    assert_eq!(plain["consultation"]["pseudonymised"], true);
    assert_eq!(
        app.count(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM audit_log WHERE action = 'consultation.privacy_changed'"
        )
        .await,
        1
    );
}

#[tokio::test]
async fn facilitators_export_and_only_coordinators_publish_closed_outcomes() {
    let app = demo_app().await;
    // Nobody but the consultation's people may export.
    let response = app.get("/manage/consultations/demo/outcomes").await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let participant = app.client_for_demo(PARTICIPANT).await;
    for path in [
        "/manage/consultations/demo/outcomes".to_owned(),
        export_path("demo", "csv"),
    ] {
        let response = app.by(&participant).get(&path).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{path}");
    }
    let facilitator = app.client_for_demo(FACILITATOR).await;
    let page = app
        .by(&facilitator)
        .get_html("/manage/consultations/demo/outcomes")
        .await;
    assert!(page.contains("/outcomes/download/xlsx"));
    assert!(
        !page.contains("/outcomes/privacy"),
        "no privacy form for facilitators"
    );
    let response = app.by(&facilitator).get(&export_path("demo", "pdf")).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND, "unknown format");
    let response = app.by(&facilitator).get(&export_path("demo", "xlsx")).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()["content-disposition"],
        "attachment; filename=\"demo-outcomes.xlsx\""
    );
    let console = app
        .by(&facilitator)
        .get_html("/manage/consultations/demo")
        .await;
    assert!(
        console.contains("/manage/consultations/demo/outcomes"),
        "linked from the console"
    );

    // A facilitator cannot publish; a coordinator cannot publish a running consultation.
    let response = app
        .by(&facilitator)
        .post_form("/manage/consultations/demo/outcomes/publish", &[])
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let coordinator = app.client_for_demo(COORDINATOR).await;
    let response = app
        .by(&coordinator)
        .get("/manage/consultations/demo/outcomes/publish")
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert!(response.text().await.unwrap().contains("fasi sono chiuse"));
    assert_eq!(
        app.get("/consultations/demo/outcomes.json").await.status(),
        StatusCode::NOT_FOUND
    );

    // The closed demo consultation's outcomes are open data: anyone downloads them.
    let page = app.get_html("/consultations/sportelli").await;
    assert!(page.contains("/consultations/sportelli/outcomes.json"));
    assert!(page.contains("/consultations/sportelli/outcomes.zip"));
    let response = app.get("/consultations/sportelli/outcomes.json").await;
    assert_eq!(response.status(), StatusCode::OK);
    let open: Value = response.json().await.unwrap();
    assert_eq!(open["consultation"]["pseudonymised"], true);
    assert!(!open["proposals"].as_array().unwrap().is_empty());
    assert!(
        open["results"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["public"] == true)
    );
    let text = serde_json::to_string(&open).unwrap();
    for identity in identities(&app).await {
        assert!(
            !text.contains(identity.as_str()),
            "open data shows {identity}"
        );
    }
    let zip = app.get("/consultations/sportelli/outcomes.zip").await;
    assert_eq!(zip.status(), StatusCode::OK);
    assert_eq!(read_zip(&zip.bytes().await.unwrap()).len(), 7);
    // Asking for names in open data changes nothing.
    let response = app
        .get("/consultations/sportelli/outcomes.json?names=1")
        .await;
    let again: Value = response.json().await.unwrap();
    assert_eq!(again["consultation"]["pseudonymised"], true);

    // Withdrawn, then published again after confirming.
    let page = app
        .by(&coordinator)
        .get_html("/manage/consultations/sportelli/outcomes")
        .await;
    assert!(page.contains("/outcomes/withdraw"));
    let response = app
        .by(&coordinator)
        .post_form("/manage/consultations/sportelli/outcomes/withdraw", &[])
        .await;
    assert_eq!(
        location(&response),
        "/manage/consultations/sportelli/outcomes"
    );
    assert_eq!(
        app.get("/consultations/sportelli/outcomes.json")
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert!(
        !app.get_html("/consultations/sportelli")
            .await
            .contains("outcomes.json")
    );
    let confirm = app
        .by(&coordinator)
        .get_html("/manage/consultations/sportelli/outcomes/publish")
        .await;
    assert!(confirm.contains("Pubblicare gli esiti come dati aperti?"));
    let response = app
        .by(&coordinator)
        .post_form("/manage/consultations/sportelli/outcomes/publish", &[])
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        app.get("/consultations/sportelli/outcomes.json")
            .await
            .status(),
        StatusCode::OK
    );
    // Once published, the confirmation page sends back to the outcomes page.
    let response = app
        .by(&coordinator)
        .get("/manage/consultations/sportelli/outcomes/publish")
        .await;
    assert_eq!(
        location(&response),
        "/manage/consultations/sportelli/outcomes"
    );
    // Checking a link (HEAD) runs no export.
    let exports_before = app
        .count(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM audit_log WHERE action = 'consultation.exported'",
        )
        .await;
    let head = app
        .client
        .head(app.url("/consultations/sportelli/outcomes.zip"))
        .send()
        .await
        .unwrap();
    assert_eq!(head.status(), StatusCode::OK);
    assert_eq!(head.headers()["content-type"], "application/zip");
    let head = coordinator
        .head(app.url(&export_path("sportelli", "json")))
        .send()
        .await
        .unwrap();
    assert_eq!(head.status(), StatusCode::OK);
    assert_eq!(
        app.count(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM audit_log WHERE action = 'consultation.exported'"
        )
        .await,
        exports_before,
        "a HEAD request is not an export"
    );
    for action in ["outcomes.withdrawn", "outcomes.published"] {
        assert_eq!(
            app.count(&format!(
                "SELECT CAST(COUNT(*) AS BIGINT) FROM audit_log WHERE action = '{action}'"
            ))
            .await,
            1,
            "{action}"
        );
    }
}

#[tokio::test]
async fn open_data_goes_away_while_a_round_is_open_again() {
    let app = demo_app().await;
    let sessions = app
        .count("SELECT CAST(COUNT(*) AS BIGINT) FROM session")
        .await;
    for path in [
        "/consultations/sportelli/outcomes.json",
        "/consultations/sportelli/outcomes.zip",
    ] {
        assert_eq!(app.get(path).await.status(), StatusCode::OK, "{path}");
    }
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) FROM session")
            .await,
        sessions,
        "downloading open data opens no session"
    );
    use sea_orm::ConnectionTrait;
    app.db()
        .execute_unprepared(
            "UPDATE round SET state = 'open' WHERE consultation_id = \
             (SELECT id FROM consultation WHERE slug = 'sportelli')",
        )
        .await
        .unwrap();
    for path in [
        "/consultations/sportelli/outcomes.json",
        "/consultations/sportelli/outcomes.zip",
    ] {
        assert_eq!(
            app.get(path).await.status(),
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    assert!(
        !app.get_html("/consultations/sportelli")
            .await
            .contains("outcomes.json"),
        "no links to files that are not there"
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
        let bytes = std::fs::read(&out).unwrap();
        let text = text_of(format, &bytes);
        assert!(text.contains("Corsi di italiano"), "{format}");
    }
    // CSV into a folder: one file per table.
    let tables = folder.path().join("tables");
    std::fs::create_dir(&tables).unwrap();
    let output = run(&["demo", "--format", "csv", "--out", tables.to_str().unwrap()]);
    assert!(output.status.success(), "{output:?}");
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

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_export_taken_while_people_comment_adds_up() {
    let app = demo_app().await;
    let coordinator = app.client_for_demo(COORDINATOR).await;
    let proposal = app
        .count(
            "SELECT MIN(id) FROM proposal WHERE consultation_id = \
             (SELECT id FROM consultation WHERE slug = 'demo') AND state = 'published'",
        )
        .await;
    let commenter = app.client_for_demo(PARTICIPANT).await;
    assert!(
        app.by(&commenter)
            .get_html(&format!("/proposals/{proposal}"))
            .await
            .contains("name=\"body\""),
        "the comment form"
    );
    let comments = async {
        for n in 0..25 {
            let response = app
                .by(&commenter)
                .post_form(
                    &format!("/proposals/{proposal}/comments"),
                    &[
                        ("body", &format!("Commento numero {n}")),
                        ("stance", "for"),
                        ("parent_id", ""),
                    ],
                )
                .await;
            assert_eq!(response.status(), StatusCode::SEE_OTHER);
        }
    };
    let exports = async {
        let mut taken = Vec::new();
        for _ in 0..5 {
            let bytes = download(&app, &coordinator, &export_path("demo", "json")).await;
            taken.push(serde_json::from_slice::<Value>(&bytes).unwrap());
        }
        taken
    };
    let ((), taken) = tokio::join!(comments, exports);
    for json in taken {
        // Each proposal's count of published comments equals its published comment rows.
        for p in json["proposals"].as_array().unwrap() {
            let rows = json["comments"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|c| c["proposal_id"] == p["proposal_id"] && c["state"] == "published")
                .count();
            assert_eq!(
                p["comments_count"], rows as i64,
                "proposal {}",
                p["proposal_id"]
            );
        }
    }
}

#[tokio::test]
async fn a_hidden_proposal_keeps_its_place_but_not_its_text_or_its_comments_text() {
    let app = demo_app().await;
    let facilitator = app.client_for_demo(FACILITATOR).await;
    // The demo proposal with the most comments.
    let proposal = app
        .count(
            "SELECT id FROM proposal WHERE consultation_id = \
             (SELECT id FROM consultation WHERE slug = 'demo') ORDER BY comments_count DESC, id LIMIT 1",
        )
        .await;
    let before: Value =
        serde_json::from_slice(&download(&app, &facilitator, &export_path("demo", "json")).await)
            .unwrap();
    let comment_texts: Vec<String> = before["comments"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["proposal_id"] == proposal)
        .filter_map(|c| c["body"].as_str().map(str::to_owned))
        .collect();
    assert!(!comment_texts.is_empty(), "the proposal has comments");
    let response = app
        .by(&facilitator)
        .post_form(
            "/manage/consultations/demo/moderation",
            &[
                ("kind", "proposal"),
                ("id", &proposal.to_string()),
                ("decision", "hide"),
                ("reason", "Dati personali di terzi"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    for format in ["json", "csv", "xlsx", "html"] {
        let text = text_of(
            format,
            &download(&app, &facilitator, &export_path("demo", format)).await,
        );
        for comment in &comment_texts {
            assert!(!text.contains(comment.as_str()), "{format} shows {comment}");
        }
    }
    let after: Value =
        serde_json::from_slice(&download(&app, &facilitator, &export_path("demo", "json")).await)
            .unwrap();
    let row = after["proposals"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["proposal_id"] == proposal)
        .expect("still listed");
    assert_eq!(row["state"], "hidden");
    assert_eq!(row["title"], Value::Null);
    assert_eq!(row["body"], Value::Null);
    assert_eq!(row["state_reason"], "Dati personali di terzi");
    assert_eq!(
        after["comments"].as_array().unwrap().len(),
        before["comments"].as_array().unwrap().len(),
        "its comments keep their rows"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_coordinators_publishing_at_once_publish_once() {
    let app = demo_app().await;
    let coordinator = app.client_for_demo(COORDINATOR).await;
    let response = app
        .by(&coordinator)
        .post_form("/manage/consultations/sportelli/outcomes/withdraw", &[])
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let clients = [
        app.client_for_demo(COORDINATOR).await,
        app.client_for_demo(COORDINATOR).await,
        app.client_for_demo(COORDINATOR).await,
        app.client_for_demo(COORDINATOR).await,
    ];
    let answers = futures::future::join_all(clients.iter().map(|client| {
        app.by(client)
            .post_form("/manage/consultations/sportelli/outcomes/publish", &[])
    }))
    .await;
    for response in answers {
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
    }
    assert_eq!(
        app.count(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM audit_log WHERE action = 'outcomes.published'"
        )
        .await,
        1,
        "published once, logged once"
    );
    assert_eq!(
        app.get("/consultations/sportelli/outcomes.json")
            .await
            .status(),
        StatusCode::OK
    );
}
