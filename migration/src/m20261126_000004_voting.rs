//! Votes (one row per round, proposal and voter) and the counts facilitators bring back from
//! in-person sessions.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn foreign_key(
    from_table: impl IntoIden,
    from_col: impl IntoIden,
    to_table: impl IntoIden,
    to_col: impl IntoIden,
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from_table, from_col)
        .to(to_table, to_col)
        .on_delete(on_delete)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Vote::Table)
                    .col(big_pk_auto(Vote::Id))
                    .col(big_integer(Vote::RoundId))
                    .col(big_integer(Vote::ProposalId))
                    .col(big_integer(Vote::UserId))
                    .col(string_len(Vote::VoterGroup, 20))
                    .col(integer(Vote::Value))
                    .col(timestamp_with_time_zone(Vote::CreatedAt))
                    .col(timestamp_with_time_zone(Vote::UpdatedAt))
                    .foreign_key(&mut foreign_key(
                        Vote::Table,
                        Vote::RoundId,
                        Round::Table,
                        Round::Id,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        Vote::Table,
                        Vote::ProposalId,
                        Proposal::Table,
                        Proposal::Id,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        Vote::Table,
                        Vote::UserId,
                        User::Table,
                        User::Id,
                        ForeignKeyAction::Cascade,
                    ))
                    .index(
                        Index::create()
                            .name("uq_vote_round_proposal_voter")
                            .col(Vote::RoundId)
                            .col(Vote::ProposalId)
                            .col(Vote::UserId)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_vote_round_voter")
                    .table(Vote::Table)
                    .col(Vote::RoundId)
                    .col(Vote::UserId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_vote_proposal")
                    .table(Vote::Table)
                    .col(Vote::ProposalId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(OfflineTally::Table)
                    .col(big_pk_auto(OfflineTally::Id))
                    .col(big_integer(OfflineTally::RoundId))
                    .col(big_integer(OfflineTally::ProposalId))
                    .col(string_len(OfflineTally::Place, 200))
                    .col(date(OfflineTally::HeldOn))
                    .col(string_len(OfflineTally::Method, 500))
                    .col(big_integer_null(OfflineTally::RecordedBy))
                    .col(timestamp_with_time_zone(OfflineTally::CreatedAt))
                    .foreign_key(&mut foreign_key(
                        OfflineTally::Table,
                        OfflineTally::RoundId,
                        Round::Table,
                        Round::Id,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        OfflineTally::Table,
                        OfflineTally::ProposalId,
                        Proposal::Table,
                        Proposal::Id,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        OfflineTally::Table,
                        OfflineTally::RecordedBy,
                        User::Table,
                        User::Id,
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_offline_tally_round")
                    .table(OfflineTally::Table)
                    .col(OfflineTally::RoundId)
                    .col(OfflineTally::ProposalId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(OfflineTallyCount::Table)
                    .col(big_pk_auto(OfflineTallyCount::Id))
                    .col(big_integer(OfflineTallyCount::TallyId))
                    .col(string_len(OfflineTallyCount::StakeholderGroup, 20))
                    .col(integer(OfflineTallyCount::InFavour))
                    .col(integer(OfflineTallyCount::Against))
                    .col(integer(OfflineTallyCount::Abstain))
                    .foreign_key(&mut foreign_key(
                        OfflineTallyCount::Table,
                        OfflineTallyCount::TallyId,
                        OfflineTally::Table,
                        OfflineTally::Id,
                        ForeignKeyAction::Cascade,
                    ))
                    .index(
                        Index::create()
                            .name("uq_offline_tally_count_group")
                            .col(OfflineTallyCount::TallyId)
                            .col(OfflineTallyCount::StakeholderGroup)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            OfflineTallyCount::Table.into_iden(),
            OfflineTally::Table.into_iden(),
            Vote::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum User {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Round {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Proposal {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Vote {
    Table,
    Id,
    RoundId,
    ProposalId,
    UserId,
    VoterGroup,
    Value,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum OfflineTally {
    Table,
    Id,
    RoundId,
    ProposalId,
    Place,
    HeldOn,
    Method,
    RecordedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum OfflineTallyCount {
    Table,
    Id,
    TallyId,
    StakeholderGroup,
    InFavour,
    Against,
    Abstain,
}
