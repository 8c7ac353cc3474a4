//! Indexes that let the proposal list read one page by walking its order and stopping after
//! it, and count what it lists (and the consultation page its figures) from the index alone:
//! newest first, most commented first (with the answer, so that the consultation page's
//! counts need no table rows), by id (the unsupported ones after the supported), and
//! followers by consultation. The supported ones are walked along `idx_vote_count_ranking`,
//! which `vote_counts` added.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name("idx_proposal_list_newest")
                    .table(Proposal::Table)
                    .col(Proposal::ConsultationId)
                    .col(Proposal::State)
                    .col(Proposal::CreatedAt)
                    .col(Proposal::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_proposal_list_commented")
                    .table(Proposal::Table)
                    .col(Proposal::ConsultationId)
                    .col(Proposal::State)
                    .col(Proposal::CommentsCount)
                    .col(Proposal::Id)
                    .col(Proposal::Answer)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_proposal_list_id")
                    .table(Proposal::Table)
                    .col(Proposal::ConsultationId)
                    .col(Proposal::State)
                    .col(Proposal::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_follow_consultation")
                    .table(Follow::Table)
                    .col(Follow::ConsultationId)
                    .col(Follow::UserId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, table) in [
            ("idx_follow_consultation", "follow"),
            ("idx_proposal_list_id", "proposal"),
            ("idx_proposal_list_commented", "proposal"),
            ("idx_proposal_list_newest", "proposal"),
        ] {
            manager
                .drop_index(Index::drop().name(name).table(Alias::new(table)).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Proposal {
    Table,
    Id,
    ConsultationId,
    State,
    CreatedAt,
    CommentsCount,
    Answer,
}

#[derive(DeriveIden)]
enum Follow {
    Table,
    ConsultationId,
    UserId,
}
