//! Outcomes: the four export formats read back and compared with the database and the site,
//! pseudonymisation, who may export and publish, open data, the command line, and an export
//! taken while people keep commenting.
//!
//! - `formats.rs`: the four formats against the database and the site, and the command line;
//! - `privacy.rs`: pseudonymisation, hidden proposals and their comments;
//! - `publishing.rs`: who may export and publish, open data while a round is open again;
//! - `concurrency.rs`: an export taken while people comment, two publishers at once;
//! - `follow_up.rs`: meetings, commitments and their updates, and the report's chapters.

mod concurrency;
mod follow_up;
mod formats;
mod privacy;
mod publishing;
mod surveys;

use std::{
    collections::HashMap,
    io::{Cursor, Read},
};

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use reqwest::StatusCode;
use serde_json::Value;

use super::helpers::TestApp;

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
