//! When the day-before reminder of a meeting went out: set once, by the scheduler that
//! claims the meeting, so that several instances send it exactly once. Meetings by their
//! start, across consultations: what the scheduler looks for every minute and the home page
//! lists.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Meeting {
    Table,
    RemindedAt,
    StartsAt,
}

const STARTS_INDEX: &str = "idx_meeting_starts";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Meeting::Table)
                    .add_column(timestamp_with_time_zone_null(Meeting::RemindedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name(STARTS_INDEX)
                    .table(Meeting::Table)
                    .col(Meeting::StartsAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name(STARTS_INDEX)
                    .table(Meeting::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Meeting::Table)
                    .drop_column(Meeting::RemindedAt)
                    .to_owned(),
            )
            .await
    }
}
