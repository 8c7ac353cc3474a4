//! `--demo`: content to try Tavolo with. Never for production.

use sea_orm::DatabaseConnection;

use crate::accounts;

/// Creates whatever demo content is missing; running it again duplicates nothing.
pub async fn seed(
    db: &DatabaseConnection,
    now: chrono::DateTime<chrono::Utc>,
) -> anyhow::Result<()> {
    let accounts = accounts::demo::seed_accounts(db, now).await?;
    tracing::info!(new_accounts = accounts, "demo content is in place");
    Ok(())
}
