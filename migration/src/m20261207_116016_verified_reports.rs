//! Reports count toward hiding only when their authors' email is verified. Open reports are
//! counted again under that rule, and content that reports hid by themselves (no facilitator
//! gave a reason) is published again where the verified reports fall short of three: it was
//! hidden on the word of unconfirmed accounts. Its reports stay open, in the facilitators'
//! review queue.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Reports that hide content (`HIDE_AFTER_FLAGS` in the application).
const HIDE_AFTER_FLAGS: i32 = 3;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for table in ["proposal", "comment"] {
            db.execute_unprepared(&format!(
                "UPDATE {table} SET flags_count = (\
                   SELECT COUNT(*) FROM flag JOIN \"user\" ON \"user\".id = flag.user_id \
                   WHERE flag.target_kind = '{table}' AND flag.target_id = {table}.id \
                   AND flag.resolved_at IS NULL AND \"user\".email_verified_at IS NOT NULL) \
                 WHERE id IN (SELECT target_id FROM flag WHERE target_kind = '{table}')"
            ))
            .await?;
            db.execute_unprepared(&format!(
                "UPDATE {table} SET state = 'published' \
                 WHERE state = 'hidden' AND hidden_reason IS NULL \
                 AND flags_count < {HIDE_AFTER_FLAGS}"
            ))
            .await?;
        }
        Ok(())
    }

    /// Nothing to undo: hiding on unconfirmed reports is what this change ends, and what was
    /// published again stays in the review queue with its reports.
    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Ok(())
    }
}
