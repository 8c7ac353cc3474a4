//! What happened at a meeting: the minutes, who came (registered people checked in and
//! walk-ins counted by stakeholder group), and which proposals and in-person tallies it
//! produced. The links are tables of their own so that both databases keep their foreign
//! keys (SQLite cannot add one to an existing table).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Meeting {
    Table,
    Id,
    /// Markdown, and its sanitised HTML; empty until written.
    Minutes,
    MinutesHtml,
    /// When the minutes were made public; none while they are a draft.
    MinutesPublishedAt,
    /// When attendance was last recorded; none before.
    AttendanceRecordedAt,
}

#[derive(DeriveIden)]
enum MeetingRegistration {
    Table,
    Attended,
}

#[derive(DeriveIden)]
enum MeetingWalkIn {
    Table,
    Id,
    MeetingId,
    StakeholderGroup,
    People,
}

#[derive(DeriveIden)]
enum MeetingProposal {
    Table,
    ProposalId,
    MeetingId,
}

#[derive(DeriveIden)]
enum MeetingTally {
    Table,
    TallyId,
    MeetingId,
}

#[derive(DeriveIden)]
enum Proposal {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum OfflineTally {
    Table,
    Id,
}

fn cascade(
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

async fn add_column(
    manager: &SchemaManager<'_>,
    table: impl IntoIden,
    column: &mut ColumnDef,
) -> Result<(), DbErr> {
    manager
        .alter_table(Table::alter().table(table).add_column(column).to_owned())
        .await
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        add_column(manager, Meeting::Table, text(Meeting::Minutes).default("")).await?;
        add_column(
            manager,
            Meeting::Table,
            text(Meeting::MinutesHtml).default(""),
        )
        .await?;
        add_column(
            manager,
            Meeting::Table,
            &mut timestamp_with_time_zone_null(Meeting::MinutesPublishedAt),
        )
        .await?;
        add_column(
            manager,
            Meeting::Table,
            &mut timestamp_with_time_zone_null(Meeting::AttendanceRecordedAt),
        )
        .await?;
        add_column(
            manager,
            MeetingRegistration::Table,
            boolean(MeetingRegistration::Attended).default(false),
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(MeetingWalkIn::Table)
                    .col(big_pk_auto(MeetingWalkIn::Id))
                    .col(big_integer(MeetingWalkIn::MeetingId))
                    .col(string_len(MeetingWalkIn::StakeholderGroup, 20))
                    .col(
                        integer(MeetingWalkIn::People)
                            .check(Expr::col(MeetingWalkIn::People).gte(0)),
                    )
                    .foreign_key(&mut cascade(
                        (MeetingWalkIn::Table, MeetingWalkIn::MeetingId),
                        (Meeting::Table, Meeting::Id),
                    ))
                    .index(
                        Index::create()
                            .name("uq_meeting_walk_in_group")
                            .col(MeetingWalkIn::MeetingId)
                            .col(MeetingWalkIn::StakeholderGroup)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await?;

        // A proposal recorded in person names at most one meeting: its key is the proposal.
        manager
            .create_table(
                Table::create()
                    .table(MeetingProposal::Table)
                    .col(big_integer(MeetingProposal::ProposalId).primary_key())
                    .col(big_integer(MeetingProposal::MeetingId))
                    .foreign_key(&mut cascade(
                        (MeetingProposal::Table, MeetingProposal::ProposalId),
                        (Proposal::Table, Proposal::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (MeetingProposal::Table, MeetingProposal::MeetingId),
                        (Meeting::Table, Meeting::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_meeting_proposal_meeting")
                    .table(MeetingProposal::Table)
                    .col(MeetingProposal::MeetingId)
                    .to_owned(),
            )
            .await?;

        // Likewise an in-person tally names at most one meeting.
        manager
            .create_table(
                Table::create()
                    .table(MeetingTally::Table)
                    .col(big_integer(MeetingTally::TallyId).primary_key())
                    .col(big_integer(MeetingTally::MeetingId))
                    .foreign_key(&mut cascade(
                        (MeetingTally::Table, MeetingTally::TallyId),
                        (OfflineTally::Table, OfflineTally::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (MeetingTally::Table, MeetingTally::MeetingId),
                        (Meeting::Table, Meeting::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_meeting_tally_meeting")
                    .table(MeetingTally::Table)
                    .col(MeetingTally::MeetingId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            MeetingTally::Table.into_iden(),
            MeetingProposal::Table.into_iden(),
            MeetingWalkIn::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        for column in [
            Meeting::Minutes.into_iden(),
            Meeting::MinutesHtml.into_iden(),
            Meeting::MinutesPublishedAt.into_iden(),
            Meeting::AttendanceRecordedAt.into_iden(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Meeting::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(MeetingRegistration::Table)
                    .drop_column(MeetingRegistration::Attended)
                    .to_owned(),
            )
            .await
    }
}
