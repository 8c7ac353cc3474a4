//! A database of its own for each test: a temporary SQLite file, or a new PostgreSQL
//! database when `TEST_DATABASE_URL` is set (`postgres.rs`), dropped when the test ends.
//!
//! [`TestDb::create`] gives a database already migrated, as a server that started on it once
//! would leave it (without its signing key, which the test's server makes), because migrating
//! an empty database took longer than most tests: the migrations are run once per test
//! process with `tavolo::db::migrate` and each test gets a copy. On SQLite the copy is the
//! migrated file's bytes, kept in memory (the template is checkpointed, so the database file
//! alone holds everything, and deleted at once, so nothing is left behind). The server's own
//! start-up migration still runs and finds nothing to do. [`TestDb::empty`] gives a database
//! nothing has touched, for tests of what a first start does.

use std::{
    path::{Path, PathBuf},
    sync::{
        OnceLock,
        atomic::{AtomicU64, Ordering},
    },
};

use sea_orm::{ConnectionTrait, DatabaseConnection};
use tavolo::db;

use super::postgres;

/// A database that lives as long as one test.
pub struct TestDb {
    pub url: String,
    folder: PathBuf,
    /// The name of a PostgreSQL database to drop afterwards.
    postgres: Option<String>,
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

fn sqlite_url(file: &Path) -> String {
    format!("sqlite://{}?mode=rwc", file.display())
}

impl TestDb {
    /// A migrated database, as `tavolo serve` leaves it after its first start.
    pub async fn create() -> TestDb {
        Self::new(true).await
    }

    /// A database that nothing has touched: no tables (on SQLite, no file yet).
    pub async fn empty() -> TestDb {
        Self::new(false).await
    }

    async fn new(migrated: bool) -> TestDb {
        let folder = std::env::temp_dir().join(unique_name());
        std::fs::create_dir_all(&folder).expect("a temporary folder can be made");
        match std::env::var("TEST_DATABASE_URL")
            .ok()
            .filter(|u| !u.is_empty())
        {
            Some(admin_url) => {
                let (url, name) = postgres::create(&admin_url, migrated).await;
                TestDb {
                    url,
                    folder,
                    postgres: Some(name),
                }
            }
            None => {
                let file = folder.join("tavolo.db");
                if migrated {
                    std::fs::write(&file, sqlite_template())
                        .expect("the test database can be written");
                }
                TestDb {
                    url: sqlite_url(&file),
                    folder,
                    postgres: None,
                }
            }
        }
    }
}

impl TestDb {
    /// The test's data folder (`TAVOLO_DATA_DIR`): attached documents live under `files/`.
    pub fn data_dir(&self) -> PathBuf {
        self.folder.join("data")
    }
}

/// The bytes of an SQLite database migrated as the server migrates, made once per process.
fn sqlite_template() -> &'static [u8] {
    static TEMPLATE: OnceLock<Vec<u8>> = OnceLock::new();
    // Made on a thread with a runtime of its own: the calling test's runtime may not block.
    TEMPLATE.get_or_init(|| {
        std::thread::spawn(|| {
            tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("a runtime")
                .block_on(make_sqlite_template())
        })
        .join()
        .expect("the SQLite template is made")
    })
}

async fn make_sqlite_template() -> Vec<u8> {
    let folder = std::env::temp_dir().join(format!("{}_template", unique_name()));
    std::fs::create_dir_all(&folder).expect("a temporary folder can be made");
    let file = folder.join("tavolo.db");
    let template = db::connect_url(&sqlite_url(&file))
        .await
        .expect("the template opens");
    migrate_template(&template).await;
    // Everything into the database file, so that the file alone is the database.
    let checkpoint = db::checkpoint_wal(&template)
        .await
        .expect("the log is checkpointed")
        .expect("an SQLite database");
    assert!(
        !checkpoint.busy && checkpoint.checkpointed_pages == checkpoint.log_pages,
        "{checkpoint:?}"
    );
    template.close().await.expect("the template's pool closes");
    let bytes = std::fs::read(&file).expect("the template can be read");
    std::fs::remove_dir_all(&folder).ok();
    bytes
}

/// Migrates a template as the server migrates its database at start-up, then takes out the
/// signing key, which each site (so each test's server) makes for itself.
pub(super) async fn migrate_template(template: &DatabaseConnection) {
    db::migrate(template)
        .await
        .expect("the template is migrated");
    template
        .execute_unprepared("DELETE FROM setting WHERE name = 'signing_key'")
        .await
        .expect("the signing key is taken out");
}

impl Drop for TestDb {
    fn drop(&mut self) {
        std::fs::remove_dir_all(&self.folder).ok();
        if let Some(name) = self.postgres.take() {
            postgres::drop_database(name);
        }
    }
}
