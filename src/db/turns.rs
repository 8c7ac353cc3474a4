//! Instances started together (after a reboot, or an upgrade rolled out to every instance at
//! once) take turns to bring a PostgreSQL database up to date: migrations, the signing key and
//! the demo's content are each a check followed by a write, and two instances doing them at
//! the same moment collide (the second fails to create a table the first has just created).
//! The first instance holds a PostgreSQL advisory lock, in a transaction of its own, while it
//! works; the others wait for it and then find nothing left to do. The lock goes with the
//! transaction, so an instance that dies half-way leaves no lock behind.
//!
//! On SQLite the database is one file on one machine, for one instance; nothing is taken.

use sea_orm::{
    ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbBackend, TransactionTrait,
};

/// The advisory lock's key: "tavolo" in ASCII, so it is recognisable in `pg_locks`.
const KEY: i64 = 0x7461_766f_6c6f;

/// This instance's turn to prepare the database, held until [`StartTurn::done`] (or drop).
#[must_use = "the turn ends when it is dropped"]
pub struct StartTurn {
    held: Option<DatabaseTransaction>,
}

impl StartTurn {
    /// Waits until no other instance is preparing the database.
    pub async fn take(db: &DatabaseConnection) -> anyhow::Result<Self> {
        if db.get_database_backend() != DbBackend::Postgres {
            return Ok(Self { held: None });
        }
        let transaction = db.begin().await?;
        transaction
            .execute_unprepared(&format!("SELECT pg_advisory_xact_lock({KEY})"))
            .await?;
        Ok(Self {
            held: Some(transaction),
        })
    }

    /// Lets the next instance in.
    pub async fn done(self) -> anyhow::Result<()> {
        if let Some(transaction) = self.held {
            transaction.commit().await?;
        }
        Ok(())
    }
}
