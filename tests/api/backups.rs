//! `tavolo backup` and `tavolo restore`, run as an operator would, next to a running server:
//! a copy taken in the middle of a vote storm holds every vote acknowledged before it began;
//! a restore refuses while a server runs, asks first, and keeps what it replaces.

use std::{
    collections::HashSet,
    path::Path,
    process::{Command, Output, Stdio},
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, Ordering},
    },
};

use entity::StakeholderGroup;
use futures::future::join_all;
use reqwest::StatusCode;
use sea_orm::{
    DbBackend,
    sqlx::{Connection, sqlite::SqliteConnection},
};
use tokio::sync::watch;

use crate::{
    helpers::TestApp,
    voting::{Setup, vote_json},
};

/// Runs `tavolo ARGS` on the database at `url`, its standard input empty.
fn tavolo(url: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tavolo"))
        .args(args)
        .env("DATABASE_URL", url)
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null())
        .output()
        .expect("tavolo runs")
}

fn sqlite_url(path: &Path) -> String {
    format!("sqlite://{}?mode=rwc", path.display())
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// `(voter's email, proposal)` of every vote in an SQLite database file.
async fn ballots_in(path: &Path) -> HashSet<(String, i64)> {
    let mut connection = SqliteConnection::connect(&format!("sqlite://{}", path.display()))
        .await
        .expect("the database opens");
    let rows: Vec<(String, i64)> = sea_orm::sqlx::query_as(
        "SELECT u.email, v.proposal_id FROM vote v JOIN \"user\" u ON u.id = v.user_id",
    )
    .fetch_all(&mut connection)
    .await
    .expect("the votes are read");
    rows.into_iter().collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_backup_taken_during_a_vote_storm_holds_every_vote_acknowledged_before_it() {
    let app = TestApp::spawn().await;
    let folder = tempfile::tempdir().unwrap();
    let copy = folder.path().join("copia.db");
    if app.db().get_database_backend() == DbBackend::Postgres {
        let refused = tavolo(&app.test_db.url, &["backup", copy.to_str().unwrap()]);
        assert!(!refused.status.success());
        assert!(stderr(&refused).contains("pg_dump"), "{}", stderr(&refused));
        assert!(!copy.exists());
        return;
    }
    let s = Setup::open(&app, "tempesta", "support", "3", "live", &["beneficiary"]).await;
    let proposals = join_all(["Uno", "Due", "Tre"].map(|title| s.propose(title))).await;
    let crowd = app.voters("t", StakeholderGroup::Beneficiary, 120).await;
    let tokens = join_all(crowd.iter().map(|c| app.csrf_token(c))).await;

    let began = Arc::new(AtomicBool::new(false));
    let before = Arc::new(Mutex::new(Vec::new()));
    let (acknowledged, mut counted) = watch::channel(0_usize);
    let storm = join_all(
        crowd
            .iter()
            .zip(&tokens)
            .enumerate()
            .map(|(i, (client, token))| {
                let (began, before, acknowledged) = (&began, &before, &acknowledged);
                let (app, proposals) = (&app, &proposals);
                async move {
                    for &proposal in proposals {
                        let (status, _) = vote_json(app, client, token, proposal, "support").await;
                        assert_eq!(status, StatusCode::OK);
                        if !began.load(Ordering::SeqCst) {
                            before
                                .lock()
                                .unwrap()
                                .push((format!("t{i}@example.org"), proposal));
                        }
                        acknowledged.send_modify(|n| *n += 1);
                    }
                }
            }),
    );
    let url = app.test_db.url.clone();
    let to = copy.clone();
    let backup = async {
        counted.wait_for(|n| *n >= 90).await.unwrap();
        began.store(true, Ordering::SeqCst);
        tokio::task::spawn_blocking(move || tavolo(&url, &["backup", to.to_str().unwrap()]))
            .await
            .unwrap()
    };
    let (_, output) = tokio::join!(storm, backup);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        String::from_utf8_lossy(&output.stdout).contains("integrity check ok"),
        "{output:?}"
    );

    // Put back in a new place, as on a new server, and checked as an operator would.
    let restored = folder.path().join("nuovo").join("tavolo.db");
    let restored_url = sqlite_url(&restored);
    let output = tavolo(&restored_url, &["restore", copy.to_str().unwrap(), "--yes"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let output = tavolo(&restored_url, &["tally", "--check"]);
    assert!(output.status.success(), "{}", stderr(&output));

    let kept = ballots_in(&restored).await;
    let before = before.lock().unwrap().clone();
    assert!(
        before.len() >= 90,
        "{} votes before the backup",
        before.len()
    );
    let missing: Vec<_> = before.iter().filter(|b| !kept.contains(b)).collect();
    assert!(
        missing.is_empty(),
        "acknowledged but not in the backup: {missing:?}"
    );
    // And the storm itself was exact.
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) FROM vote").await,
        360
    );
}

#[tokio::test]
async fn a_restore_waits_for_the_server_to_stop_asks_first_and_keeps_what_it_replaces() {
    let mut app = TestApp::spawn().await;
    let Some(database) = tavolo::db::sqlite_file(&app.test_db.url) else {
        let refused = tavolo(&app.test_db.url, &["restore", "tavolo.db", "--yes"]);
        assert!(
            stderr(&refused).contains("pg_restore"),
            "{}",
            stderr(&refused)
        );
        return;
    };
    let folder = tempfile::tempdir().unwrap();
    let copy = folder.path().join("prima.db");
    let s = Setup::open(&app, "ripristino", "support", "3", "live", &["beneficiary"]).await;
    s.propose("Prima della copia").await;
    let output = tavolo(&app.test_db.url, &["backup", copy.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    // A second backup to the same name is refused, the first left as it was.
    let length = std::fs::metadata(&copy).unwrap().len();
    let again = tavolo(&app.test_db.url, &["backup", copy.to_str().unwrap()]);
    assert!(!again.status.success());
    assert!(
        stderr(&again).contains("already exists"),
        "{}",
        stderr(&again)
    );
    assert_eq!(std::fs::metadata(&copy).unwrap().len(), length);
    s.propose("Dopo la copia").await;

    let url = app.test_db.url.clone();
    let restore = |args: &[&str]| {
        let mut all = vec!["restore", copy.to_str().unwrap()];
        all.extend_from_slice(args);
        tavolo(&url, &all)
    };
    let refused = restore(&["--yes"]);
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains("server is running"),
        "{}",
        stderr(&refused)
    );
    let list = app.get_html("/consultations/ripristino/proposals").await;
    assert!(list.contains("Dopo la copia"), "nothing was replaced");

    app.stop().await;
    let unconfirmed = restore(&[]);
    assert!(!unconfirmed.status.success());
    assert!(
        stderr(&unconfirmed).contains("--yes"),
        "{}",
        stderr(&unconfirmed)
    );
    let restored = restore(&["--yes"]);
    assert!(restored.status.success(), "{}", stderr(&restored));
    let kept: Vec<_> = std::fs::read_dir(database.parent().unwrap())
        .unwrap()
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.contains(".before-restore-"))
        .collect();
    assert!(!kept.is_empty(), "the replaced database is kept");

    app.restart().await;
    let list = app.get_html("/consultations/ripristino/proposals").await;
    assert!(list.contains("Prima della copia"), "{list}");
    assert!(!list.contains("Dopo la copia"), "{list}");
}

#[tokio::test]
async fn what_is_not_a_tavolo_backup_is_refused_and_nothing_is_replaced() {
    let folder = tempfile::tempdir().unwrap();
    let database = folder.path().join("tavolo.db");
    let url = sqlite_url(&database);
    let missing = tavolo(&url, &["restore", "nessuna.db", "--yes"]);
    assert!(
        stderr(&missing).contains("there is no backup"),
        "{missing:?}"
    );
    let text = folder.path().join("appunti.db");
    std::fs::write(&text, "non è un database").unwrap();
    let refused = tavolo(&url, &["restore", text.to_str().unwrap(), "--yes"]);
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains("cannot be restored"),
        "{}",
        stderr(&refused)
    );
    let nothing = tavolo(
        &url,
        &["backup", folder.path().join("c.db").to_str().unwrap()],
    );
    assert!(stderr(&nothing).contains("no database"), "{nothing:?}");
    assert!(!database.exists());
}
