//! The documents of a consultation, of its meetings and of its commitments are listed in
//! every export format, and counted in the report; removed ones and other consultations'
//! are not.

use std::io::{Cursor, Read};

use reqwest::StatusCode;
use serde_json::Value;

use super::{PDF, PNG, attach, consultation, links, meeting};
use crate::helpers::TestApp;

async fn download(app: &TestApp, client: &reqwest::Client, slug: &str, format: &str) -> Vec<u8> {
    let path = format!("/manage/consultations/{slug}/outcomes/download/{format}");
    let response = app.by(client).get(&path).await;
    assert_eq!(response.status(), StatusCode::OK, "GET {path}");
    response.bytes().await.unwrap().to_vec()
}

#[tokio::test]
async fn an_exports_documents_table_lists_what_is_attached_to_its_consultation() {
    let app = TestApp::spawn().await;
    let (chiara, id) = consultation(&app, "esporta", "public").await;
    let meeting_id = meeting(&app, &chiara, "esporta").await;
    attach(&app, &chiara, ("consultation", id), "Bando.pdf", PDF).await;
    attach(&app, &chiara, ("meeting", meeting_id), "Pianta.png", PNG).await;
    attach(
        &app,
        &chiara,
        ("consultation", id),
        "Bozza.pdf",
        b"%PDF-1.4 bozza",
    )
    .await;
    // Removed: not exported.
    let page = app.by(&chiara).get_html("/consultations/esporta").await;
    let removed = links(&page)[1].split('/').nth(2).unwrap().to_owned();
    let response = app
        .by(&chiara)
        .post_form(&format!("/documents/{removed}/remove"), &[])
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    // Another consultation's: not exported either.
    crate::consultations::create_consultation(&app, &chiara, "altra", "altra", "public").await;
    let other = super::consultation_id(&app, "altra").await;
    attach(
        &app,
        &chiara,
        ("consultation", other),
        "Altro.pdf",
        b"%PDF-1.4 altro",
    )
    .await;

    let json: Value =
        serde_json::from_slice(&download(&app, &chiara, "esporta", "json").await).unwrap();
    let documents = json["documents"].as_array().expect("a documents table");
    let described: Vec<(String, String, String)> = documents
        .iter()
        .map(|d| {
            (
                d["parent_kind"].as_str().unwrap().to_owned(),
                d["name"].as_str().unwrap().to_owned(),
                d["content_type"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        described,
        [
            (
                "consultation".into(),
                "Bando.pdf".into(),
                "application/pdf".into()
            ),
            ("meeting".into(), "Pianta.png".into(), "image/png".into()),
        ]
    );
    assert_eq!(documents[1]["parent_id"], meeting_id);
    assert_eq!(documents[0]["size_bytes"], PDF.len());
    assert_eq!(documents[0]["sha256"].as_str().unwrap().len(), 64);

    let zip = download(&app, &chiara, "esporta", "csv").await;
    let mut archive = zip::ZipArchive::new(Cursor::new(zip)).unwrap();
    let mut csv = String::new();
    archive
        .by_name("documents.csv")
        .unwrap()
        .read_to_string(&mut csv)
        .unwrap();
    let csv = csv.trim_start_matches('\u{feff}');
    assert!(
        csv.starts_with("document_id,parent_kind,parent_id,name"),
        "{csv}"
    );
    assert_eq!(csv.lines().count(), 3, "{csv}");
    assert!(csv.contains("Pianta.png") && !csv.contains("Bozza") && !csv.contains("Altro"));

    let xlsx = download(&app, &chiara, "esporta", "xlsx").await;
    use calamine::Reader;
    let workbook: calamine::Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(xlsx)).unwrap();
    assert!(workbook.sheet_names().contains(&"documents".to_owned()));

    let report = String::from_utf8(download(&app, &chiara, "esporta", "html").await).unwrap();
    assert!(
        report.contains("<dt>Documenti allegati</dt>"),
        "the report counts them"
    );
}
