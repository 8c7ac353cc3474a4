//! Limits on what one person or address can do: failed log-ins, kept in the database so
//! that every instance and every restart counts the same ones, and indexes that count a
//! person's recent contributions and an address's recent emails without reading the tables.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// (index, table, columns) counted over the last hour or day.
const RECENT: [(&str, &str, [&str; 3]); 7] = [
    (
        "idx_proposal_author_recent",
        "proposal",
        ["author_id", "created_at", "id"],
    ),
    (
        "idx_proposal_recorder_recent",
        "proposal",
        ["recorded_by", "created_at", "id"],
    ),
    (
        "idx_comment_author_recent",
        "comment",
        ["author_id", "created_at", "id"],
    ),
    (
        "idx_flag_user_recent",
        "flag",
        ["user_id", "created_at", "id"],
    ),
    (
        "idx_outbox_recipient_recent",
        "outbox",
        ["recipient", "template", "created_at"],
    ),
    (
        "idx_coauthor_invitation_recent",
        "coauthor_invitation",
        ["invited_by", "created_at", "id"],
    ),
    (
        "idx_invitation_recent",
        "invitation",
        ["invited_by", "created_at", "id"],
    ),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(LoginFailure::Table)
                    .col(big_pk_auto(LoginFailure::Id))
                    // `account:<email>` or `address:<ip>`.
                    .col(string(LoginFailure::Subject))
                    .col(timestamp_with_time_zone(LoginFailure::FailedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_login_failure_subject")
                    .table(LoginFailure::Table)
                    .col(LoginFailure::Subject)
                    .col(LoginFailure::FailedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_login_failure_at")
                    .table(LoginFailure::Table)
                    .col(LoginFailure::FailedAt)
                    .to_owned(),
            )
            .await?;
        for (name, table, columns) in RECENT {
            let mut index = Index::create();
            index.name(name).table(Alias::new(table));
            for column in columns {
                index.col(Alias::new(column));
            }
            manager.create_index(index.to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, table, _) in RECENT {
            manager
                .drop_index(Index::drop().name(name).table(Alias::new(table)).to_owned())
                .await?;
        }
        manager
            .drop_table(Table::drop().table(LoginFailure::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum LoginFailure {
    Table,
    Id,
    Subject,
    FailedAt,
}
