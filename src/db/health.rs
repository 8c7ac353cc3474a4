//! The database half of `/healthz`: does the database take a write right now?
//!
//! Answering a `SELECT 1` is not enough: with the disk full, reads still work while every
//! write fails. The check writes a row with a few kilobytes of filler and deletes the
//! previous check's, in one write transaction, so it needs room to grow as the site's own
//! writes do and fails when they would.

use chrono::{DateTime, Utc};
use sea_orm::{
    ConnectionTrait, DatabaseConnection, DbErr,
    sea_query::{Alias, Expr, ExprTrait, Query},
};

use super::{begin_write, ping};

/// Bytes of filler each check writes: a page of SQLite's, and a little more.
const FILLER_BYTES: usize = 4200;

/// What the database can do at the moment of a health check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Health {
    /// It answers and takes writes.
    Ok,
    /// It answers, but a write fails (a full disk, a read-only file, a lock never released).
    WritesFail,
    /// It does not answer.
    Unavailable,
}

/// Writes to the database and reports how that went (failures are logged).
pub async fn check_health(db: &DatabaseConnection, now: DateTime<Utc>) -> Health {
    match write_probe(db, now).await {
        Ok(()) => Health::Ok,
        Err(error) => {
            tracing::warn!(%error, "the health check cannot write to the database");
            if ping(db).await {
                Health::WritesFail
            } else {
                Health::Unavailable
            }
        }
    }
}

async fn write_probe(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<(), DbErr> {
    let table = Alias::new("health_check");
    let probe = crate::crypto::random_token();
    let txn = begin_write(db).await?;
    let mut insert = Query::insert();
    insert
        .into_table(table.clone())
        .columns([
            Alias::new("probe"),
            Alias::new("checked_at"),
            Alias::new("filler"),
        ])
        .values([
            Expr::val(probe.clone()),
            Expr::val(now),
            Expr::val(vec![0_u8; FILLER_BYTES]),
        ])
        .map_err(|error| DbErr::Custom(error.to_string()))?;
    txn.execute(&insert).await?;
    // After the insert, so that the new row cannot simply take the old one's place.
    let mut delete = Query::delete();
    delete
        .from_table(table)
        .and_where(Expr::col(Alias::new("probe")).ne(probe));
    txn.execute(&delete).await?;
    txn.commit().await
}
