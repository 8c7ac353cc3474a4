//! A database of its own for each test: a temporary SQLite file, or a new PostgreSQL
//! database when `TEST_DATABASE_URL` is set, dropped when the test ends.

use std::{
    path::PathBuf,
    sync::atomic::{AtomicU64, Ordering},
};

use sea_orm::ConnectionTrait;
use tavolo::db;

/// A database that lives as long as one test.
pub struct TestDb {
    pub url: String,
    folder: PathBuf,
    /// `(admin url, database name)` of a PostgreSQL database to drop afterwards.
    postgres: Option<(String, String)>,
}

fn unique_name() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    format!(
        "tavolo_test_{}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed),
        tavolo::crypto::random_token()[..8]
            .to_lowercase()
            .replace(['-', '_'], "x")
    )
}

impl TestDb {
    pub async fn create() -> TestDb {
        let name = unique_name();
        let folder = std::env::temp_dir().join(&name);
        std::fs::create_dir_all(&folder).expect("a temporary folder can be made");
        match std::env::var("TEST_DATABASE_URL")
            .ok()
            .filter(|u| !u.is_empty())
        {
            Some(admin_url) => {
                let admin = db::connect_url(&admin_url)
                    .await
                    .expect("TEST_DATABASE_URL answers");
                admin
                    .execute_unprepared(&format!("CREATE DATABASE {name}"))
                    .await
                    .expect("a test database can be created");
                let base = admin_url
                    .rsplit_once('/')
                    .map_or(admin_url.as_str(), |(base, _)| base);
                TestDb {
                    url: format!("{base}/{name}"),
                    folder,
                    postgres: Some((admin_url.clone(), name)),
                }
            }
            None => TestDb {
                url: format!("sqlite://{}?mode=rwc", folder.join("tavolo.db").display()),
                folder,
                postgres: None,
            },
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        std::fs::remove_dir_all(&self.folder).ok();
        if let Some((admin_url, name)) = self.postgres.take() {
            // Drop runs outside any runtime we may block: use a thread with its own.
            std::thread::spawn(move || {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("runtime");
                runtime.block_on(async {
                    if let Ok(admin) = db::connect_url(&admin_url).await {
                        admin
                            .execute_unprepared(&format!(
                                "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                            ))
                            .await
                            .ok();
                    }
                });
            })
            .join()
            .ok();
        }
    }
}
