//! SQLite's write-ahead log is copied back into the database and truncated by the periodic
//! checkpoint, and its file is kept to a bounded size after every reset.

use std::path::PathBuf;

use tavolo::db;

use crate::helpers::TestApp;

/// The file of an SQLite test database, from its URL.
fn sqlite_file(url: &str) -> PathBuf {
    PathBuf::from(
        url.trim_start_matches("sqlite://")
            .split('?')
            .next()
            .unwrap_or_default(),
    )
}

#[tokio::test]
async fn the_checkpoint_truncates_the_write_ahead_log() {
    let app = TestApp::spawn().await;
    if !db::is_sqlite(app.db()) {
        assert_eq!(db::checkpoint_wal(app.db()).await.unwrap(), None);
        return;
    }
    assert_eq!(
        app.count("PRAGMA journal_size_limit").await,
        16 * 1024 * 1024
    );
    for i in 0..5 {
        app.register(&format!("Persona {i}"), &format!("p{i}@example.org"))
            .await;
        app.logout().await;
    }
    let wal = PathBuf::from(format!("{}-wal", sqlite_file(&app.test_db.url).display()));
    assert!(
        std::fs::metadata(&wal).unwrap().len() > 0,
        "writes went to the log"
    );

    let checkpoint = db::checkpoint_wal(app.db()).await.unwrap().unwrap();
    assert!(!checkpoint.busy, "{checkpoint:?}");
    assert_eq!(std::fs::metadata(&wal).unwrap().len(), 0, "{checkpoint:?}");
    // The server carries on, reading and writing.
    app.register("Last", "last@example.org").await;
    assert_eq!(app.count("SELECT COUNT(*) FROM \"user\"").await, 6);
}
