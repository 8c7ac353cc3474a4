//! `tavolo backup PATH` copies the attached documents to `PATH.files/`, beside the
//! database's copy; `tavolo restore PATH` puts them back into the data folder.

use std::process::{Command, Output, Stdio};

use reqwest::StatusCode;

use super::{PDF, PNG, attach, consultation, files_under, links};
use crate::helpers::TestApp;

/// Runs `tavolo ARGS` on the database at `url` and the data folder `data`.
fn tavolo(url: &str, data: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tavolo"))
        .args(args)
        .env("DATABASE_URL", url)
        .env("TAVOLO_DATA_DIR", data)
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null())
        .output()
        .expect("tavolo runs")
}

#[tokio::test]
async fn a_backup_holds_the_documents_and_a_restore_puts_them_back() {
    let app = TestApp::spawn().await;
    if tavolo::db::sqlite_file(&app.test_db.url).is_none() {
        // On PostgreSQL the database is copied with pg_dump and the files folder with it.
        return;
    }
    let (chiara, id) = consultation(&app, "archivio", "public").await;
    attach(&app, &chiara, ("consultation", id), "Bando.pdf", PDF).await;
    attach(&app, &chiara, ("consultation", id), "Mappa.png", PNG).await;
    let data = app.test_db.data_dir();
    let stored = files_under(&data.join("files"));
    assert_eq!(stored.len(), 2);

    let folder = tempfile::tempdir().unwrap();
    let copy = folder.path().join("copia.db");
    let output = tavolo(&app.test_db.url, &data, &["backup", copy.to_str().unwrap()]);
    assert!(output.status.success(), "{output:?}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("2 document files"), "{stdout}");
    let kept = files_under(&folder.path().join("copia.db.files"));
    assert_eq!(kept.len(), 2, "{kept:?}");

    // Put back on a new server: a new database file and an empty data folder.
    let new_data = folder.path().join("nuovo-data");
    let restored = folder.path().join("nuovo").join("tavolo.db");
    let restored_url = format!("sqlite://{}?mode=rwc", restored.display());
    let output = tavolo(
        &restored_url,
        &new_data,
        &["restore", copy.to_str().unwrap(), "--yes"],
    );
    assert!(output.status.success(), "{output:?}");
    let back = files_under(&new_data.join("files"));
    assert_eq!(back.len(), 2, "{back:?}");
    for file in &stored {
        let relative = file.strip_prefix(data.join("files")).unwrap();
        let restored_file = new_data.join("files").join(relative);
        assert_eq!(
            std::fs::read(&restored_file).unwrap(),
            std::fs::read(file).unwrap()
        );
    }
    // The original is untouched: its server goes on serving them.
    let page = app.get_html_in("it", "/consultations/archivio").await;
    assert_eq!(links(&page).len(), 2);
    let again = tavolo(&app.test_db.url, &data, &["backup", copy.to_str().unwrap()]);
    assert!(!again.status.success(), "never overwrites a backup");
    let response = reqwest::get(app.url(&links(&page)[0])).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
}
