//! Documents: attaching files to consultations, meetings and organisations, as their
//! managers would from a browser (`multipart/form-data`), and downloading them.
//!
//! - `kinds.rs`: every kind taken, recognised by its content; what is refused (by content,
//!   not name; too large) stores nothing; names that try to leave the files folder;
//! - `access.rs`: served only to those who see the parent, always as a download; removed
//!   documents are gone; who may attach and remove;
//! - `exports.rs`: the documents of a consultation, its meetings and commitments in every
//!   export format (what they are, not their content);
//! - `backup.rs`: `tavolo backup` takes the files along and `tavolo restore` puts them back.

mod access;
mod backup;
mod exports;
mod kinds;

use std::{
    io::{Cursor, Write},
    path::{Path, PathBuf},
};

use chrono::TimeDelta;
use reqwest::{Response, StatusCode};

use crate::{
    consultations::{coordinator, create_consultation, publish},
    helpers::{TestApp, location},
};

pub const PDF: &[u8] = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";
pub const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0";

/// A zip holding `entries`, stored as written (as OpenDocument wants its `mimetype`).
pub fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, content) in entries {
        out.start_file(*name, stored).expect("an entry");
        out.write_all(content).expect("written");
    }
    out.finish().expect("a zip").into_inner()
}

/// A `multipart/form-data` body as a browser sends the upload form: the CSRF token first,
/// then the fields, then the file. Returns the content type and the body.
pub fn multipart(token: &str, fields: &[(&str, &str)], file: (&str, &[u8])) -> (String, Vec<u8>) {
    let boundary = "----tavolo-test-boundary-7MA4YWxkTrZu0gW";
    let mut body = Vec::new();
    let mut field = |name: &str, value: &[u8], file_name: Option<&str>| {
        body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
        let disposition = match file_name {
            Some(file_name) => format!(
                "Content-Disposition: form-data; name=\"{name}\"; filename=\"{}\"\r\n\
                 Content-Type: application/octet-stream\r\n",
                // As browsers write it (WHATWG): quotes and line breaks escaped.
                file_name
                    .replace('"', "%22")
                    .replace('\n', "%0A")
                    .replace('\r', "%0D")
            ),
            None => format!("Content-Disposition: form-data; name=\"{name}\"\r\n"),
        };
        body.extend_from_slice(disposition.as_bytes());
        body.extend_from_slice(b"\r\n");
        body.extend_from_slice(value);
        body.extend_from_slice(b"\r\n");
    };
    field("_csrf", token.as_bytes(), None);
    for (name, value) in fields {
        field(name, value.as_bytes(), None);
    }
    field("document_file", file.1, Some(file.0));
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

/// Attaches `content` named `name` to `parent`/`id` as `client` would with the form.
pub async fn upload(
    app: &TestApp,
    client: &reqwest::Client,
    (parent, id): (&str, i64),
    name: &str,
    content: &[u8],
) -> Response {
    let token = app.csrf_token(client).await;
    let id = id.to_string();
    let fields = [
        ("parent", parent),
        ("parent_id", id.as_str()),
        ("document_title", ""),
    ];
    let (content_type, body) = multipart(&token, &fields, (name, content));
    client
        .post(app.url("/documents"))
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .expect("POST is answered")
}

/// [`upload`], which must be accepted: back to the parent's page.
pub async fn attach(
    app: &TestApp,
    client: &reqwest::Client,
    parent: (&str, i64),
    name: &str,
    content: &[u8],
) {
    let response = upload(app, client, parent, name, content).await;
    let status = response.status();
    let back = location(&response);
    assert_eq!(
        status,
        StatusCode::SEE_OTHER,
        "{name}: {}",
        response.text().await.unwrap_or_default()
    );
    assert!(back.ends_with("#documents"), "{back}");
}

/// The download links of a page, in order.
pub fn links(html: &str) -> Vec<String> {
    html.match_indices("href=\"/documents/")
        .filter_map(|(at, _)| {
            let start = at + "href=\"".len();
            let end = start + html[start..].find('"')?;
            Some(html[start..end].replace("&#38;", "&").replace("&amp;", "&"))
        })
        .filter(|link| !link.ends_with("/remove"))
        .collect()
}

/// The id of a consultation.
pub async fn consultation_id(app: &TestApp, slug: &str) -> i64 {
    app.count(&format!(
        "SELECT id FROM consultation WHERE slug = '{slug}'"
    ))
    .await
}

/// A published consultation with `visibility`, run by the coordinator Chiara: her browser
/// and the consultation's id.
pub async fn consultation(app: &TestApp, slug: &str, visibility: &str) -> (reqwest::Client, i64) {
    let chiara = coordinator(app).await;
    create_consultation(app, &chiara, slug, slug, visibility).await;
    publish(app, &chiara, slug).await;
    let id = consultation_id(app, slug).await;
    (chiara, id)
}

/// Every file under a folder, however deep.
pub fn files_under(folder: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let Ok(entries) = std::fs::read_dir(folder) else {
        return found;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(files_under(&path));
        } else {
            found.push(path);
        }
    }
    found
}

/// How many document rows there are.
pub async fn rows(app: &TestApp) -> i64 {
    app.count("SELECT CAST(COUNT(*) AS BIGINT) FROM document")
        .await
}

/// Plans a meeting in a week, through the form; returns its id.
pub async fn meeting(app: &TestApp, client: &reqwest::Client, slug: &str) -> i64 {
    let starts = app.local_time(TimeDelta::days(7));
    let ends = app.local_time(TimeDelta::days(7) + TimeDelta::hours(2));
    let response = app
        .by(client)
        .post_form(
            &format!("/manage/consultations/{slug}/meetings/new"),
            &[
                ("title", "Assemblea di quartiere"),
                ("description", "Parliamo di casa."),
                ("starts_at", &starts),
                ("ends_at", &ends),
                ("address", "Via dei Pilastri 12, Firenze"),
                ("directions", "Bus 14"),
                ("venue_accessibility", "Ingresso senza gradini"),
                ("languages", "Italiano"),
                ("interpretation", ""),
                ("capacity", "30"),
                ("registration_required", "on"),
            ],
        )
        .await;
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "the meeting is planned"
    );
    location(&response)
        .strip_prefix("/meetings/")
        .and_then(|id| id.parse().ok())
        .expect("the meeting's page")
}
