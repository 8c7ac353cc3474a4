//! Data rights: downloading one's data, deleting one's account, what is kept only for a
//! while, and the privacy notice that says so.
//!
//! - `download.rs`: the file holds every kind of record about the person, a page at a time;
//! - `deletion.rs`: what deletion removes, keeps and withdraws; no trace of the address;
//! - `retention.rs`: unconfirmed accounts and old email bodies go on schedule;
//! - `notice.rs`: the privacy notice and the links to these pages.

mod deletion;
mod download;
mod notice;
mod retention;

use reqwest::StatusCode;
use sea_orm::{ConnectionTrait, DbBackend, Statement};

use crate::helpers::TestApp;

/// A demo voter: votes in the demo's closed round and in its open one.
pub const FATOU: &str = "voter-b1@demo.test";

/// Every (table, column) holding text, read from the schema itself, so that tables added
/// later are searched too.
async fn text_columns(app: &TestApp) -> Vec<(String, String)> {
    let db = app.db();
    let backend = db.get_database_backend();
    let mut columns = Vec::new();
    if backend == DbBackend::Sqlite {
        let tables = db
            .query_all_raw(Statement::from_string(
                backend,
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
            ))
            .await
            .unwrap();
        for table in tables {
            let table: String = table.try_get_by_index(0).unwrap();
            let info = db
                .query_all_raw(Statement::from_string(
                    backend,
                    format!("SELECT name, type FROM pragma_table_info('{table}')"),
                ))
                .await
                .unwrap();
            for column in info {
                let name: String = column.try_get_by_index(0).unwrap();
                let kind: String = column.try_get_by_index(1).unwrap();
                let kind = kind.to_lowercase();
                // SQLite keeps text in any column declared with a textual type (or none).
                if kind.is_empty()
                    || ["char", "text", "clob", "json"]
                        .iter()
                        .any(|k| kind.contains(k))
                {
                    columns.push((table.clone(), name));
                }
            }
        }
    } else {
        let rows = db
            .query_all_raw(Statement::from_string(
                backend,
                "SELECT table_name::text, column_name::text FROM information_schema.columns \
                 WHERE table_schema = current_schema() AND data_type IN \
                 ('text', 'character varying', 'character', 'json', 'jsonb')",
            ))
            .await
            .unwrap();
        for row in rows {
            columns.push((
                row.try_get_by_index(0).unwrap(),
                row.try_get_by_index(1).unwrap(),
            ));
        }
    }
    assert!(columns.len() > 20, "the schema's text columns are found");
    columns
}

/// Where `needle` occurs in any text column of any table, as `table.column`.
pub async fn places_holding(app: &TestApp, needle: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (table, column) in text_columns(app).await {
        let n = app
            .count(&format!(
                "SELECT CAST(COUNT(*) AS BIGINT) FROM \"{table}\" \
                 WHERE LOWER(CAST(\"{column}\" AS TEXT)) LIKE '%{}%'",
                needle.to_lowercase()
            ))
            .await;
        if n > 0 {
            found.push(format!("{table}.{column}"));
        }
    }
    found
}

/// A coordinator moves a person to the group "other": an audit entry about them, with
/// their address in it.
pub async fn move_to_other_group(app: &TestApp, coordinator: &reqwest::Client, user_id: i64) {
    let changed = app
        .by(coordinator)
        .post_form(
            &format!("/manage/accounts/{user_id}"),
            &[("stakeholder_group", "other"), ("role", "participant")],
        )
        .await;
    assert_eq!(changed.status(), StatusCode::SEE_OTHER);
}

/// The public results of a consultation, as the API gives them.
pub async fn results_text(app: &TestApp, slug: &str) -> String {
    let response = app
        .get(&format!("/api/v1/consultations/{slug}/results"))
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    response.text().await.unwrap()
}
