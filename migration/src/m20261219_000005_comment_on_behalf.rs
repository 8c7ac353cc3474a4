//! The organisation a comment is signed for, like a proposal author's signature. No foreign
//! key: SQLite cannot add one to an existing table, and organisations are never deleted.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Comment {
    Table,
    OnBehalfOf,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Comment::Table)
                    .add_column(big_integer_null(Comment::OnBehalfOf))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Comment::Table)
                    .drop_column(Comment::OnBehalfOf)
                    .to_owned(),
            )
            .await
    }
}
