//! A thread read a page at a time: its top-level comments in order from an index
//! (`parent_id IS NULL` within one proposal, by creation), and each comment's replies found
//! by their parent, so that a page costs what it shows rather than the whole thread.
//!
//! Notifications about a comment led to `/proposals/{id}#comment-{id}`, the one page that
//! then held every comment; they now lead to `/comments/{id}`, which finds the comment's page.

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
            .await?;
        let position = match manager.get_database_backend() {
            sea_orm::DatabaseBackend::Postgres => "strpos(link, '#comment-')",
            _ => "instr(link, '#comment-')",
        };
        manager
            .get_connection()
            .execute_unprepared(&format!(
                "UPDATE notification SET link = '/comments/' || substr(link, {position} + 9) \
                 WHERE link LIKE '/proposals/%#comment-%'"
            ))
            .await?;
        Ok(())
    }

    /// The notifications' links stay as they are: `/comments/{id}` works either way.
    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for name in ["idx_comment_parent", "idx_comment_thread"] {
            manager
                .drop_index(Index::drop().name(name).table(Comment::Table).to_owned())
                .await?;
        }
        Ok(())
    }
}
