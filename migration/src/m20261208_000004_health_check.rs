//! `health_check`: what `/healthz` writes to show that the database takes writes. Each check
//! adds a row with a few kilobytes of filler and deletes the previous ones, in one
//! transaction, so that a database that cannot grow (a full disk) fails the check.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(HealthCheck::Table)
                    .col(string_len(HealthCheck::Probe, 64).primary_key())
                    .col(timestamp_with_time_zone(HealthCheck::CheckedAt))
                    .col(blob(HealthCheck::Filler))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(HealthCheck::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum HealthCheck {
    Table,
    Probe,
    CheckedAt,
    Filler,
}
