//! A thread read a page at a time: its top-level comments in order from an index
//! (`parent_id IS NULL` within one proposal, by creation), and each comment's replies found
//! by their parent, so that a page costs what it shows rather than the whole thread.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Comment {
    Table,
    ProposalId,
    ParentId,
    CreatedAt,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name("idx_comment_thread")
                    .table(Comment::Table)
                    .col(Comment::ProposalId)
                    .col(Comment::ParentId)
                    .col(Comment::CreatedAt)
                    .col(Comment::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_comment_parent")
                    .table(Comment::Table)
                    .col(Comment::ParentId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for name in ["idx_comment_parent", "idx_comment_thread"] {
            manager
                .drop_index(Index::drop().name(name).table(Comment::Table).to_owned())
                .await?;
        }
        Ok(())
    }
}
