//! A full disk: writes are refused with a 503 page while pages are still read, `/healthz`
//! says `degraded`, and once there is room again the server writes as before by itself,
//! without a restart.
//!
//! The disk is SQLite's: the server may not grow its file beyond `MAX_PAGES` pages
//! (`TAVOLO_SQLITE_MAX_PAGES`), another program fills the rest, then deletes what it wrote.

use reqwest::{Response, StatusCode};
use sea_orm::sqlx::{self, Connection, Executor, SqliteConnection};
use serde_json::Value;
use tavolo::db;

use crate::{
    helpers::{TestApp, new_client},
    proposals::setup,
};

const MAX_PAGES: u32 = 3000;

/// Requests tried before giving up on a condition.
const ATTEMPTS: usize = 200;

/// Another program writing to the same disk: a connection of its own, capped as the
/// server's are.
struct Filler(SqliteConnection);

impl Filler {
    async fn open(url: &str) -> Filler {
        let mut connection = SqliteConnection::connect(url).await.unwrap();
        connection
            .execute(sqlx::AssertSqlSafe(format!(
                "PRAGMA max_page_count = {MAX_PAGES}"
            )))
            .await
            .unwrap();
        connection
            .execute("CREATE TABLE IF NOT EXISTS ballast (b BLOB)")
            .await
            .unwrap();
        Filler(connection)
    }

    /// Writes until not even a small row fits.
    async fn fill(&mut self) {
        for size in [1 << 20, 1 << 16, 1 << 12, 1 << 8] {
            loop {
                let written = sqlx::query("INSERT INTO ballast (b) VALUES (zeroblob(?))")
                    .bind(size)
                    .execute(&mut self.0)
                    .await;
                match written {
                    Ok(_) => {}
                    Err(error) => {
                        assert!(error.to_string().contains("full"), "{error}");
                        break;
                    }
                }
            }
        }
    }

    /// Deletes everything it wrote: the server's writes fit again.
    async fn free(&mut self) {
        self.0.execute("DELETE FROM ballast").await.unwrap();
    }
}

async fn comment(app: &TestApp, who: &reqwest::Client, proposal: i64, body: &str) -> Response {
    app.by(who)
        .post_form(
            &format!("/proposals/{proposal}/comments"),
            &[("body", body), ("stance", "for"), ("parent_id", "")],
        )
        .await
}

async fn health(app: &TestApp) -> (StatusCode, Value) {
    let response = new_client().get(app.url("/healthz")).send().await.unwrap();
    (response.status(), response.json().await.unwrap())
}

#[tokio::test]
async fn after_a_full_disk_the_server_recovers_without_a_restart() {
    let app = TestApp::spawn_with_sqlite_max_pages(MAX_PAGES).await;
    if !db::is_sqlite(app.db()) {
        return;
    }
    let s = setup(&app).await;
    let p = app
        .by(&s.amina)
        .propose("casa", "Corsi", "Corsi di italiano nei quartieri.", "it")
        .await;
    let mut filler = Filler::open(&app.test_db.url).await;
    filler.fill().await;

    // Comments are taken while they fit in pages already there, then refused with a page
    // that says to try again.
    let mut refused = None;
    for i in 0..ATTEMPTS {
        let body = format!("Commento numero {i}: {}", "parole ".repeat(40));
        let response = comment(&app, &s.luca, p, &body).await;
        if response.status() != StatusCode::SEE_OTHER {
            refused = Some(response);
            break;
        }
    }
    let refused = refused.expect("a comment is refused once the disk is full");
    assert_eq!(refused.status(), StatusCode::SERVICE_UNAVAILABLE);
    let page = refused.text().await.unwrap();
    assert!(page.contains("Riprova tra poco"), "{page}");

    let (status, body) = health(&app).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{body}");
    assert_eq!(body["status"], "degraded");
    assert_eq!(body["database"], "ok");
    assert_eq!(body["writes"], "failing");
    // Reading goes on.
    let page = app.get_html(&format!("/proposals/{p}")).await;
    assert!(page.contains("Corsi di italiano"));

    filler.free().await;

    // The next write may still find the disk full; within a few, writes go through, and
    // keep going through, comments refused at the field (an empty one) among them.
    let mut taken = 0;
    for i in 0..ATTEMPTS {
        let empty = comment(&app, &s.luca, p, "").await;
        let response = comment(&app, &s.luca, p, &format!("Dopo: {i}")).await;
        if response.status() == StatusCode::SEE_OTHER {
            assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
            taken += 1;
            if taken == 10 {
                break;
            }
        } else {
            let status = response.status();
            let page = response.text().await.unwrap();
            assert!(
                taken == 0,
                "a write failed after others went through: {status} {page}"
            );
        }
    }
    assert_eq!(taken, 10, "writes work again");
    let (status, body) = health(&app).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["status"], "ok");
    assert_eq!(body["writes"], "ok");
    let page = app.get_html(&format!("/proposals/{p}")).await;
    assert!(page.contains("Dopo: 9"), "the comments are there");
}
