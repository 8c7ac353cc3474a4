//! Connections go back to the pool only outside any transaction.
//!
//! When a write fails because the disk is full (`SQLITE_FULL`), SQLite may roll the whole
//! transaction back by itself. The driver does not notice: its `ROLLBACK` afterwards fails
//! ("no transaction is active"), the error is dropped, and the connection returns to the
//! pool still counted as inside a transaction. Its next transaction then starts as a
//! `SAVEPOINT`, and a rollback of that one (`ROLLBACK TO SAVEPOINT`) leaves a real
//! transaction open on the connection, holding the write lock: every other writer got
//! "database is locked" until the connection was closed, and what was written through it
//! meanwhile was never committed. A connection that comes back counted inside a
//! transaction, whatever the cause, is closed instead (closing rolls back what it held);
//! the pool opens a fresh one when needed.

use sea_orm::sqlx::{self, Connection};

/// Whether `connection` may be handed out again. The ping first lets the driver finish a
/// rollback queued when the transaction was dropped.
pub(super) async fn returned_clean<C: Connection>(connection: &mut C) -> Result<bool, sqlx::Error> {
    connection.ping().await?;
    if connection.is_in_transaction() {
        tracing::warn!("a database connection came back inside a transaction: closed");
        return Ok(false);
    }
    Ok(true)
}
