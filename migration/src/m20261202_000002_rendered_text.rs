//! Text rendered once: beside every Markdown `body` that pages show, its sanitised HTML,
//! written when the text is saved so that page views never render Markdown.
//!
//! The renderer lives in the application, not here: this migration adds the empty columns,
//! and the application fills the rows it finds empty when it starts (`markdown::backfill`).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Every table whose Markdown `body` a page shows.
const TABLES: [&str; 4] = ["consultation", "proposal", "proposal_revision", "comment"];

#[derive(DeriveIden)]
struct BodyHtml;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in TABLES {
            manager
                .alter_table(
                    Table::alter()
                        .table(Alias::new(table))
                        .add_column(
                            ColumnDef::new(BodyHtml)
                                .text()
                                .not_null()
                                .default("")
                                .to_owned(),
                        )
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in TABLES {
            manager
                .alter_table(
                    Table::alter()
                        .table(Alias::new(table))
                        .drop_column(BodyHtml)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
