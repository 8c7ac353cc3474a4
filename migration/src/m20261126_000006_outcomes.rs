//! Outcomes: whether a consultation's exports may name authors, and when a coordinator
//! published its outcomes as open data.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Consultation::Table)
                    .add_column(
                        ColumnDef::new(Consultation::ExportNames)
                            .boolean()
                            .not_null()
                            .default(false)
                            .to_owned(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Consultation::Table)
                    .add_column(
                        ColumnDef::new(Consultation::OutcomesPublishedAt)
                            .timestamp_with_time_zone()
                            .null()
                            .to_owned(),
                    )
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [Consultation::OutcomesPublishedAt, Consultation::ExportNames] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Consultation::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Consultation {
    Table,
    ExportNames,
    OutcomesPublishedAt,
}
