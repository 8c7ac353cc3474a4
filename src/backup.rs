//! `tavolo backup PATH` and `tavolo restore PATH`: a consistent copy of the SQLite database
//! taken while the server runs, and putting one back while it is stopped.
//!
//! A backup is SQLite's `VACUUM INTO`: one read transaction copies the database as it was
//! when the copy began, while votes and comments go on being written. The copy is written
//! beside its destination, checked (`PRAGMA integrity_check`) and only then given its name,
//! so a backup that exists is a whole one. On PostgreSQL Tavolo refuses and names
//! `pg_dump`, which does the same there.
//!
//! The attached documents go along, in a folder beside the copy (`PATH.files/`, see
//! `files`), and come back with it.

mod files;
mod in_use;

use std::{
    io::{BufRead, IsTerminal, Write},
    path::{Path, PathBuf},
};

use anyhow::{Context, anyhow, bail, ensure};
use clap::Args;
use migration::{Migrator, MigratorTrait};
use sea_orm::{
    ConnectionTrait, DbBackend, Statement,
    sqlx::{
        Connection,
        sqlite::{SqliteConnectOptions, SqliteConnection},
    },
};

pub use in_use::InUse;

use crate::{config::Config, db};

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Where to write the copy; refused if something is there already.
    pub path: PathBuf,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// A copy made by `tavolo backup`.
    pub path: PathBuf,
    /// Do not ask for confirmation (for scripts).
    #[arg(long)]
    pub yes: bool,
}

pub async fn backup(config: &Config, args: BackupArgs) -> anyhow::Result<()> {
    let database = sqlite_only(config, "backup")?;
    ensure!(
        database.exists(),
        "there is no database at {} to back up",
        database.display()
    );
    ensure!(
        !args.path.exists(),
        "{} already exists: Tavolo never overwrites a backup; choose another name",
        args.path.display()
    );
    files::check_free(&args.path)?;
    let partial = beside(&args.path, ".partial");
    remove_if_there(&partial)?;
    let db = db::connect(config).await?;
    let copied = db
        .execute_raw(Statement::from_sql_and_values(
            DbBackend::Sqlite,
            "VACUUM INTO ?",
            [partial.to_string_lossy().into_owned().into()],
        ))
        .await;
    db.close().await.ok();
    copied.with_context(|| format!("cannot write the copy to {}", partial.display()))?;
    let summary = match Summary::of(&partial).await {
        Ok(summary) => summary,
        Err(error) => {
            remove_if_there(&partial)?;
            return Err(error.context("the copy did not pass its check and was removed"));
        }
    };
    let documents = files::back_up(&config.data_dir, &args.path)
        .context("the database was copied, but not the attached documents")?;
    durably_rename(&partial, &args.path)?;
    println!(
        "Backed up {} to {}: {summary}; {documents} document files in {}.",
        database.display(),
        args.path.display(),
        files::beside(&args.path).display()
    );
    Ok(())
}

pub async fn restore(config: &Config, args: RestoreArgs) -> anyhow::Result<()> {
    let database = sqlite_only(config, "restore")?;
    ensure!(
        args.path.is_file(),
        "there is no backup at {}",
        args.path.display()
    );
    let summary = Summary::of(&args.path)
        .await
        .with_context(|| format!("{} cannot be restored", args.path.display()))?;
    summary.check_known()?;
    let _in_use = InUse::by_restore(&database)?;
    if !args.yes {
        confirm(&database, &args.path, &summary)?;
    }
    // Files first: they are only added, never replaced, so a failure leaves the database
    // as it was.
    let documents = files::restore(&args.path, &config.data_dir)
        .context("the attached documents could not be put back; nothing was replaced")?;
    let kept = if database.exists() {
        Some(move_aside(&database)?)
    } else {
        None
    };
    let partial = beside(&database, ".restoring");
    std::fs::copy(&args.path, &partial)
        .with_context(|| format!("cannot copy {} beside the database", args.path.display()))?;
    std::fs::File::open(&partial)?.sync_all()?;
    durably_rename(&partial, &database)?;
    println!(
        "Restored {} from {}: {summary}; {documents} document files put back in {}.",
        database.display(),
        args.path.display(),
        crate::documents::storage::files_folder(&config.data_dir).display()
    );
    if let Some(kept) = kept {
        println!(
            "The database it replaced is kept as {} (delete it once you are sure).",
            kept.display()
        );
    }
    println!("Start the server: it applies any migration newer than the backup.");
    Ok(())
}

/// The database file, or why this command does not apply.
fn sqlite_only(config: &Config, command: &str) -> anyhow::Result<PathBuf> {
    if config.database_url.starts_with("postgres") {
        bail!(
            "tavolo {command} works on SQLite. On PostgreSQL use its own tools, which copy a \
             running database consistently: pg_dump --format=custom --file=tavolo.dump DATABASE \
             to back up, pg_restore --clean --dbname=DATABASE tavolo.dump to restore"
        );
    }
    db::sqlite_file(&config.database_url)
        .ok_or_else(|| anyhow!("DATABASE_URL names no database file: nothing to {command}"))
}

/// What a database file holds, read after checking it.
struct Summary {
    bytes: u64,
    last_migration: Option<String>,
    accounts: i64,
    proposals: i64,
    comments: i64,
    votes: i64,
}

impl Summary {
    async fn of(path: &Path) -> anyhow::Result<Self> {
        let options = SqliteConnectOptions::new().filename(path).read_only(true);
        let mut connection = SqliteConnection::connect_with(&options)
            .await
            .with_context(|| format!("cannot open {} as an SQLite database", path.display()))?;
        let check: String = sea_orm::sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_one(&mut connection)
            .await
            .with_context(|| format!("{} is not an SQLite database", path.display()))?;
        ensure!(check == "ok", "the integrity check found: {check}");
        let last_migration: Option<String> = sea_orm::sqlx::query_scalar(
            "SELECT version FROM seaql_migrations ORDER BY version DESC LIMIT 1",
        )
        .fetch_optional(&mut connection)
        .await
        .context("it holds no Tavolo database (no migrations table)")?;
        let mut count = async |sql: &'static str| -> anyhow::Result<i64> {
            Ok(sea_orm::sqlx::query_scalar(sql)
                .fetch_one(&mut connection)
                .await?)
        };
        let summary = Self {
            bytes: std::fs::metadata(path)?.len(),
            last_migration,
            accounts: count("SELECT COUNT(*) FROM \"user\"").await?,
            proposals: count("SELECT COUNT(*) FROM \"proposal\"").await?,
            comments: count("SELECT COUNT(*) FROM \"comment\"").await?,
            votes: count("SELECT COUNT(*) FROM \"vote\"").await?,
        };
        connection.close().await.ok();
        Ok(summary)
    }

    /// Refuses a database made by a newer Tavolo, whose schema this one does not know.
    fn check_known(&self) -> anyhow::Result<()> {
        let Some(last) = &self.last_migration else {
            return Ok(());
        };
        let known = Migrator::migrations()
            .iter()
            .any(|migration| migration.name() == last);
        ensure!(
            known,
            "it was made by a newer version of Tavolo (its schema ends with {last}, unknown \
             here): restore it with that version"
        );
        Ok(())
    }
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} bytes, {} accounts, {} proposals, {} comments, {} votes, integrity check ok",
            self.bytes, self.accounts, self.proposals, self.comments, self.votes
        )
    }
}

/// Asks on the terminal; a restore from a script must say `--yes`.
fn confirm(database: &Path, backup: &Path, summary: &Summary) -> anyhow::Result<()> {
    let stdin = std::io::stdin();
    ensure!(
        stdin.is_terminal(),
        "restoring replaces {}: run it from a terminal to confirm, or pass --yes",
        database.display()
    );
    print!(
        "This replaces {} with {} ({summary}).\nThe current database is kept beside it. \
         Type yes to restore: ",
        database.display(),
        backup.display()
    );
    std::io::stdout().flush()?;
    let mut answer = String::new();
    stdin.lock().read_line(&mut answer)?;
    ensure!(answer.trim() == "yes", "nothing was restored");
    Ok(())
}

/// Renames the database and its write-ahead log out of the way, together, so that what the
/// log still held stays with the database it belongs to.
fn move_aside(database: &Path) -> anyhow::Result<PathBuf> {
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ");
    let kept = beside(database, &format!(".before-restore-{stamp}"));
    for suffix in ["-wal", "-shm"] {
        let file = beside(database, suffix);
        if file.exists() {
            std::fs::rename(&file, beside(&kept, suffix))
                .with_context(|| format!("cannot move {} aside", file.display()))?;
        }
    }
    std::fs::rename(database, &kept)
        .with_context(|| format!("cannot move {} aside", database.display()))?;
    Ok(kept)
}

fn beside(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

fn remove_if_there(path: &Path) -> anyhow::Result<()> {
    match std::fs::remove_file(path) {
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => {
            Err(error).with_context(|| format!("cannot remove {}", path.display()))
        }
        _ => Ok(()),
    }
}

/// Renames `from` to `to` and makes the new name survive a power cut.
fn durably_rename(from: &Path, to: &Path) -> anyhow::Result<()> {
    std::fs::rename(from, to)
        .with_context(|| format!("cannot rename {} to {}", from.display(), to.display()))?;
    if let Some(folder) = to.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::File::open(folder)?.sync_all()?;
    }
    Ok(())
}
