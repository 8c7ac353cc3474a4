//! What `tavolo generate` will not do: mix with a platform already in use (unless told to),
//! generate twice, or promise more votes than the accounts can cast; and that one seed gives
//! one dataset.

use sea_orm::{ConnectionTrait, Statement};

use super::{generate, stderr};
use crate::helpers::{TestApp, TestDb};

const SMALL: [&str; 9] = [
    "--accounts",
    "30",
    "--proposals",
    "6",
    "--comments",
    "20",
    "--votes",
    "60",
    "--quiet",
];

#[tokio::test]
async fn a_platform_in_use_is_refused_unless_forced_and_never_filled_twice() {
    let app = TestApp::spawn().await;
    tavolo::demo::seed(app.db(), app.state.now()).await.unwrap();
    let scale_rows = "SELECT COUNT(*) FROM \"user\" WHERE email LIKE 'scale-%'";

    let output = generate(&app.test_db.url, &SMALL);
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("already holds"),
        "{}",
        stderr(&output)
    );
    assert!(stderr(&output).contains("--force"), "{}", stderr(&output));
    assert_eq!(app.count(scale_rows).await, 0, "nothing written");

    let forced = [&SMALL[..], &["--force"]].concat();
    let output = generate(&app.test_db.url, &forced);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(app.count(scale_rows).await, 30);
    // The demo is untouched beside it.
    app.get_html("/consultations/demo").await;
    app.get_html("/consultations/scale").await;

    let output = generate(&app.test_db.url, &forced);
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("generated content"),
        "{}",
        stderr(&output)
    );
    assert_eq!(app.count(scale_rows).await, 30);
}

#[tokio::test]
async fn more_votes_than_the_accounts_can_cast_are_refused() {
    let db = TestDb::create().await;
    let output = generate(
        &db.url,
        &[
            "--accounts",
            "2",
            "--proposals",
            "3",
            "--votes",
            "20",
            "--quiet",
        ],
    );
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("do not fit"),
        "{}",
        stderr(&output)
    );
}

/// A number that changes with any change in who voted for what, or in the titles.
async fn fingerprint(url: &str) -> (i64, i64) {
    let db = tavolo::db::connect_url(url).await.unwrap();
    let backend = db.get_database_backend();
    let mut figures = Vec::new();
    for sql in [
        "SELECT CAST(SUM(LENGTH(title) * id) AS BIGINT) FROM proposal",
        "SELECT CAST(SUM(user_id * proposal_id * (value + 2)) AS BIGINT) FROM vote",
    ] {
        let row = db
            .query_one_raw(Statement::from_string(backend, sql.to_owned()))
            .await
            .unwrap()
            .unwrap();
        figures.push(row.try_get_by_index::<i64>(0).unwrap());
    }
    (figures[0], figures[1])
}

#[tokio::test]
async fn the_same_seed_gives_the_same_dataset() {
    let (first, second, other) = (
        TestDb::create().await,
        TestDb::create().await,
        TestDb::create().await,
    );
    for (db, seed) in [(&first, "7"), (&second, "7"), (&other, "8")] {
        let args = [&SMALL[..], &["--seed", seed]].concat();
        let output = generate(&db.url, &args);
        assert!(output.status.success(), "{}", stderr(&output));
    }
    assert_eq!(
        fingerprint(&first.url).await,
        fingerprint(&second.url).await
    );
    assert_ne!(fingerprint(&first.url).await, fingerprint(&other.url).await);
}
