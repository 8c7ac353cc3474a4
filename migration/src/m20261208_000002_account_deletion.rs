//! Accounts can be deleted by their owners: the row stays (closed rounds keep counting its
//! ballots, its contributions stay part of the public record) with the personal data
//! erased and the moment of deletion here. Sent emails' bodies are purged after a while;
//! the index finds the ones due without reading the whole queue.

use sea_orm_migration::{prelude::*, schema::timestamp_with_time_zone_null};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum User {
    Table,
    DeletedAt,
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    SentAt,
}

const OUTBOX_SENT_AT: &str = "idx_outbox_sent_at";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(User::Table)
                    .add_column(timestamp_with_time_zone_null(User::DeletedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name(OUTBOX_SENT_AT)
                    .table(Outbox::Table)
                    .col(Outbox::SentAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name(OUTBOX_SENT_AT)
                    .table(Outbox::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(User::Table)
                    .drop_column(User::DeletedAt)
                    .to_owned(),
            )
            .await
    }
}
