//! Connecting to the database (SQLite or PostgreSQL) and running migrations.

use std::{path::PathBuf, str::FromStr, time::Duration};

use anyhow::Context;
use entity::setting;
use migration::{Migrator, MigratorTrait};
use sea_orm::{
    ActiveValue::Set,
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction, DbBackend,
    DbErr, EntityTrait, RuntimeErr, SqliteTransactionMode, TransactionOptions, TransactionTrait,
    sea_query::OnConflict,
    sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous},
};

use crate::{config::Config, markdown};

mod clean;
mod health;
mod turns;

pub use health::{Health, check_health};
pub use turns::StartTurn;

/// Opens the database named by the configuration, creating an SQLite file (and its folder)
/// when missing.
pub async fn connect(config: &Config) -> anyhow::Result<DatabaseConnection> {
    connect_capped(&config.database_url, config.sqlite_max_pages).await
}

pub async fn connect_url(url: &str) -> anyhow::Result<DatabaseConnection> {
    connect_capped(url, None).await
}

/// Opens the database at `url`; on SQLite, with every connection refusing to grow the file
/// beyond `max_pages` pages (`PRAGMA max_page_count`), as a full disk would.
async fn connect_capped(url: &str, max_pages: Option<u32>) -> anyhow::Result<DatabaseConnection> {
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .sqlx_logging(false)
        .connect_timeout(Duration::from_secs(10))
        .acquire_timeout(Duration::from_secs(10));
    if url.starts_with("sqlite:") {
        create_sqlite_folder(url)?;
        // Check the URL here so that a typo is reported as such, not as a pool failure.
        SqliteConnectOptions::from_str(url).with_context(|| format!("invalid SQLite URL {url}"))?;
        options
            .max_connections(8)
            .min_connections(1)
            .map_sqlx_sqlite_pool_opts(|pool| {
                pool.acquire_time_level(ACQUIRE_TIME_LEVEL)
                    .before_acquire(|connection, _| {
                        Box::pin(clean::outside_transaction(connection))
                    })
            });
        if let Some(pages) = max_pages {
            options.map_sqlx_sqlite_opts(move |opts| {
                sqlite_options(opts).pragma("max_page_count", pages.to_string())
            });
        } else {
            options.map_sqlx_sqlite_opts(sqlite_options);
        }
    } else {
        options
            .max_connections(20)
            .map_sqlx_postgres_pool_opts(|pool| {
                pool.acquire_time_level(ACQUIRE_TIME_LEVEL)
                    .before_acquire(|connection, _| {
                        Box::pin(clean::outside_transaction(connection))
                    })
            });
    }
    Database::connect(options)
        .await
        .with_context(|| "cannot open the database".to_string())
}

/// sqlx reports the time each connection took to acquire at this level (slow ones still as
/// warnings); `telemetry::pool_wait_layer` makes a histogram of it, the log filter keeps it
/// out of the log.
const ACQUIRE_TIME_LEVEL: log::LevelFilter = log::LevelFilter::Trace;

/// How every SQLite connection is set up.
fn sqlite_options(opts: SqliteConnectOptions) -> SqliteConnectOptions {
    opts.journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(10))
        // After a checkpoint has emptied the log, shrink its file back to this
        // size instead of keeping the largest it ever reached.
        .pragma("journal_size_limit", WAL_SIZE_LIMIT.to_string())
}

/// Bytes of SQLite's write-ahead log kept on disk once a checkpoint has emptied it.
const WAL_SIZE_LIMIT: u64 = 16 * 1024 * 1024;

/// What one checkpoint of SQLite's write-ahead log did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WalCheckpoint {
    /// The log was in use and could not be fully copied back this time.
    pub busy: bool,
    /// Pages in the log, and how many of them are now in the database file.
    pub log_pages: i64,
    pub checkpointed_pages: i64,
}

/// Copies SQLite's write-ahead log back into the database file and truncates it, without
/// ever waiting: on a connection of its own with no busy timeout, so a checkpoint that would
/// have to wait for readers or a writer does what it can (as `PASSIVE` would) and leaves the
/// rest to the next one. Without it a site read all day long can keep the log growing,
/// because SQLite's automatic checkpoints never find a moment with no reader. `None` on
/// PostgreSQL, which has nothing of the kind to do.
pub async fn checkpoint_wal(db: &DatabaseConnection) -> Result<Option<WalCheckpoint>, DbErr> {
    if !is_sqlite(db) {
        return Ok(None);
    }
    let to_db_err = |error: sea_orm::sqlx::Error| DbErr::Custom(error.to_string());
    let mut connection = db
        .get_sqlite_connection_pool()
        .acquire()
        .await
        .map_err(to_db_err)?;
    // The connection is closed afterwards rather than given back with its busy timeout off.
    connection.close_on_drop();
    sea_orm::sqlx::query("PRAGMA busy_timeout = 0")
        .execute(&mut *connection)
        .await
        .map_err(to_db_err)?;
    let (busy, log_pages, checkpointed_pages): (i64, i64, i64) =
        sea_orm::sqlx::query_as("PRAGMA wal_checkpoint(TRUNCATE)")
            .fetch_one(&mut *connection)
            .await
            .map_err(to_db_err)?;
    Ok(Some(WalCheckpoint {
        busy: busy != 0,
        log_pages,
        checkpointed_pages,
    }))
}

/// Brings the schema up to date, then what the schema alone cannot: the rendered HTML of
/// text saved before it was stored (`markdown::backfill`), and the signing key.
pub async fn migrate(db: &DatabaseConnection) -> anyhow::Result<()> {
    Migrator::up(db, None)
        .await
        .context("database migrations failed")?;
    markdown::backfill::fill_missing(db)
        .await
        .context("cannot render the Markdown saved before it was stored as HTML")?;
    ensure_signing_key(db)
        .await
        .context("cannot store the signing key")
}

const SIGNING_KEY: &str = "signing_key";

/// Creates the site's signing key once; every instance on the database shares it.
async fn ensure_signing_key(db: &DatabaseConnection) -> Result<(), DbErr> {
    setting::Entity::insert(setting::ActiveModel {
        name: Set(SIGNING_KEY.to_owned()),
        value: Set(crate::crypto::random_token()),
    })
    .on_conflict(
        OnConflict::column(setting::Column::Name)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// The key that signs links which must not be forged (one-click unsubscribe).
pub async fn signing_key(db: &impl ConnectionTrait) -> Result<String, DbErr> {
    setting::Entity::find_by_id(SIGNING_KEY.to_owned())
        .one(db)
        .await?
        .map(|s| s.value)
        .ok_or_else(|| DbErr::RecordNotFound("the signing key".to_owned()))
}

pub async fn connect_and_migrate(config: &Config) -> anyhow::Result<DatabaseConnection> {
    let db = connect(config).await?;
    let turn = StartTurn::take(&db).await?;
    migrate(&db).await?;
    turn.done().await?;
    tracing::info!(database = %config.database_for_logs(), "database is up to date");
    Ok(db)
}

/// Starts a transaction that will write. On SQLite it takes the write lock at `BEGIN`
/// (`BEGIN IMMEDIATE`), so that two concurrent read-then-write transactions queue on the
/// busy timeout instead of one failing with "database is locked" when it upgrades.
pub async fn begin_write(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    db.begin_with_options(TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..Default::default()
    })
    .await
}

/// A cheap query that tells whether the database answers.
pub async fn ping(db: &DatabaseConnection) -> bool {
    db.execute_unprepared("SELECT 1").await.is_ok()
}

/// Whether `error` is the database failing rather than the query: no connection, a full
/// disk, an I/O error, a lock not released in time (SQLite); insufficient resources, an
/// operator's shutdown or a lost connection (PostgreSQL). Such a request may work if tried
/// again later.
pub fn is_outage(error: &DbErr) -> bool {
    use std::ops::Deref;
    match error {
        DbErr::ConnectionAcquire(_) | DbErr::Conn(_) => true,
        DbErr::Exec(RuntimeErr::SqlxError(error)) | DbErr::Query(RuntimeErr::SqlxError(error)) => {
            match error.deref() {
                sea_orm::sqlx::Error::Database(error) => {
                    let sqlite = error
                        .try_downcast_ref::<sea_orm::sqlx::sqlite::SqliteError>()
                        .is_some();
                    error
                        .code()
                        .is_some_and(|code| is_outage_code(&code, sqlite))
                }
                sea_orm::sqlx::Error::Io(_)
                | sea_orm::sqlx::Error::PoolTimedOut
                | sea_orm::sqlx::Error::PoolClosed
                | sea_orm::sqlx::Error::WorkerCrashed => true,
                _ => false,
            }
        }
        _ => false,
    }
}

/// SQLite's result codes (extended: the primary code in the low byte) and PostgreSQL's
/// SQLSTATE classes that mean the database, not the statement, failed.
fn is_outage_code(code: &str, sqlite: bool) -> bool {
    /// SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR, SQLITE_FULL.
    const SQLITE: [i32; 4] = [5, 6, 10, 13];
    if sqlite {
        code.parse::<i32>()
            .is_ok_and(|number| SQLITE.contains(&(number & 0xff)))
    } else {
        // Insufficient resources (disk full, out of memory), operator intervention, a
        // lost connection.
        ["53", "57", "08"]
            .iter()
            .any(|class| code.starts_with(class))
    }
}

pub fn is_sqlite(db: &impl ConnectionTrait) -> bool {
    db.get_database_backend() == DbBackend::Sqlite
}

fn create_sqlite_folder(url: &str) -> anyhow::Result<()> {
    let Some(path) = sqlite_file(url) else {
        return Ok(());
    };
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder)
            .with_context(|| format!("cannot create the database folder {}", folder.display()))?;
    }
    Ok(())
}

/// The file an SQLite URL names; `None` for PostgreSQL and for an in-memory database.
pub fn sqlite_file(url: &str) -> Option<PathBuf> {
    if !url.starts_with("sqlite:") {
        return None;
    }
    let path = url
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:")
        .split('?')
        .next()
        .unwrap_or_default();
    (!path.is_empty() && path != ":memory:").then(|| PathBuf::from(path))
}

#[cfg(test)]
mod tests {
    use super::is_outage_code;

    #[test]
    fn a_full_disk_or_a_lock_is_an_outage_a_bad_statement_is_not() {
        // SQLite: full, busy (snapshot), locked, I/O error while writing.
        for code in ["13", "5", "517", "6", "778"] {
            assert!(is_outage_code(code, true), "{code}");
        }
        // SQLite: a unique or foreign key constraint, a syntax error.
        for code in ["2067", "787", "1"] {
            assert!(!is_outage_code(code, true), "{code}");
        }
        // PostgreSQL: disk full, shutting down, connection lost; unique, not null, syntax.
        for code in ["53100", "57P01", "08006"] {
            assert!(is_outage_code(code, false), "{code}");
        }
        for code in ["23505", "23502", "42601"] {
            assert!(!is_outage_code(code, false), "{code}");
        }
    }
}
