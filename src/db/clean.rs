//! Connections are handed out only outside any transaction.
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

/// Whether `connection`, idle in the pool, may be handed out. The pool has pinged it just
/// before (its `test_before_acquire`, on by default), which runs any rollback queued when a
/// transaction was dropped: a connection still counted inside a transaction after that is
/// closed, and the pool opens a fresh one. Checked here rather than when the connection is
/// given back, where it would cost a ping of its own on every release.
pub(super) async fn outside_transaction<C: Connection>(
    connection: &mut C,
) -> Result<bool, sqlx::Error> {
    if connection.is_in_transaction() {
        tracing::warn!("a database connection was left inside a transaction: closed");
        return Ok(false);
    }
    Ok(true)
}
