//! Proposals with their authors, co-author invitations, edit history and answers; comments;
//! flags.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn cascade(
    from_table: impl IntoIden,
    from_col: impl IntoIden,
    to_table: impl IntoIden,
    to_col: impl IntoIden,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from_table, from_col)
        .to(to_table, to_col)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

fn set_null(
    from_table: impl IntoIden,
    from_col: impl IntoIden,
    to_table: impl IntoIden,
    to_col: impl IntoIden,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from_table, from_col)
        .to(to_table, to_col)
        .on_delete(ForeignKeyAction::SetNull)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Proposal::Table)
                    .col(big_pk_auto(Proposal::Id))
                    .col(big_integer(Proposal::ConsultationId))
                    .col(big_integer_null(Proposal::RoundId))
                    .col(string_len(Proposal::Title, 200))
                    .col(text(Proposal::Body))
                    .col(big_integer_null(Proposal::ThemeId))
                    .col(string_len(Proposal::Language, 16))
                    .col(big_integer_null(Proposal::AuthorId))
                    .col(big_integer_null(Proposal::RecordedBy))
                    .col(string_len_null(Proposal::InPersonPlace, 200))
                    .col(date_null(Proposal::InPersonOn))
                    .col(integer_null(Proposal::InPersonCount))
                    .col(string_len_null(Proposal::InPersonGroup, 20))
                    .col(string_len(Proposal::State, 20))
                    .col(big_integer_null(Proposal::MergedInto))
                    .col(text_null(Proposal::WithdrawnReason))
                    .col(text_null(Proposal::HiddenReason))
                    .col(string_len(Proposal::Answer, 20))
                    .col(text_null(Proposal::AnswerJustification))
                    .col(timestamp_with_time_zone_null(Proposal::AnsweredAt))
                    .col(integer(Proposal::CommentsCount).default(0))
                    .col(integer(Proposal::FlagsCount).default(0))
                    .col(timestamp_with_time_zone(Proposal::CreatedAt))
                    .col(timestamp_with_time_zone(Proposal::UpdatedAt))
                    .col(timestamp_with_time_zone_null(Proposal::EditedAt))
                    .foreign_key(&mut cascade(
                        Proposal::Table,
                        Proposal::ConsultationId,
                        Consultation::Table,
                        Consultation::Id,
                    ))
                    .foreign_key(&mut set_null(
                        Proposal::Table,
                        Proposal::RoundId,
                        Round::Table,
                        Round::Id,
                    ))
                    .foreign_key(&mut set_null(
                        Proposal::Table,
                        Proposal::ThemeId,
                        Theme::Table,
                        Theme::Id,
                    ))
                    .foreign_key(&mut set_null(
                        Proposal::Table,
                        Proposal::AuthorId,
                        User::Table,
                        User::Id,
                    ))
                    .foreign_key(&mut set_null(
                        Proposal::Table,
                        Proposal::RecordedBy,
                        User::Table,
                        User::Id,
                    ))
                    .foreign_key(&mut set_null(
                        Proposal::Table,
                        Proposal::MergedInto,
                        Proposal::Table,
                        Proposal::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_proposal_consultation_created")
                    .table(Proposal::Table)
                    .col(Proposal::ConsultationId)
                    .col(Proposal::CreatedAt)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ProposalAuthor::Table)
                    .col(big_pk_auto(ProposalAuthor::Id))
                    .col(big_integer(ProposalAuthor::ProposalId))
                    .col(big_integer(ProposalAuthor::UserId))
                    .col(string_len(ProposalAuthor::Role, 20))
                    .col(timestamp_with_time_zone(ProposalAuthor::CreatedAt))
                    .foreign_key(&mut cascade(
                        ProposalAuthor::Table,
                        ProposalAuthor::ProposalId,
                        Proposal::Table,
                        Proposal::Id,
                    ))
                    .foreign_key(&mut cascade(
                        ProposalAuthor::Table,
                        ProposalAuthor::UserId,
                        User::Table,
                        User::Id,
                    ))
                    .index(
                        Index::create()
                            .name("uq_proposal_author")
                            .col(ProposalAuthor::ProposalId)
                            .col(ProposalAuthor::UserId)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(CoauthorInvitation::Table)
                    .col(big_pk_auto(CoauthorInvitation::Id))
                    .col(big_integer(CoauthorInvitation::ProposalId))
                    .col(string_len(CoauthorInvitation::Email, 254))
                    .col(string_len_uniq(CoauthorInvitation::TokenHash, 64))
                    .col(big_integer_null(CoauthorInvitation::InvitedBy))
                    .col(timestamp_with_time_zone(CoauthorInvitation::CreatedAt))
                    .col(timestamp_with_time_zone(CoauthorInvitation::ExpiresAt))
                    .col(timestamp_with_time_zone_null(
                        CoauthorInvitation::AcceptedAt,
                    ))
                    .col(timestamp_with_time_zone_null(CoauthorInvitation::RevokedAt))
                    .foreign_key(&mut cascade(
                        CoauthorInvitation::Table,
                        CoauthorInvitation::ProposalId,
                        Proposal::Table,
                        Proposal::Id,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ProposalRevision::Table)
                    .col(big_pk_auto(ProposalRevision::Id))
                    .col(big_integer(ProposalRevision::ProposalId))
                    .col(string_len(ProposalRevision::Title, 200))
                    .col(text(ProposalRevision::Body))
                    .col(big_integer_null(ProposalRevision::ThemeId))
                    .col(string_len(ProposalRevision::Language, 16))
                    .col(big_integer_null(ProposalRevision::EditedBy))
                    .col(timestamp_with_time_zone(ProposalRevision::CreatedAt))
                    .foreign_key(&mut cascade(
                        ProposalRevision::Table,
                        ProposalRevision::ProposalId,
                        Proposal::Table,
                        Proposal::Id,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ProposalAnswer::Table)
                    .col(big_pk_auto(ProposalAnswer::Id))
                    .col(big_integer(ProposalAnswer::ProposalId))
                    .col(string_len(ProposalAnswer::Answer, 20))
                    .col(text_null(ProposalAnswer::Justification))
                    .col(big_integer_null(ProposalAnswer::AnsweredBy))
                    .col(timestamp_with_time_zone(ProposalAnswer::CreatedAt))
                    .foreign_key(&mut cascade(
                        ProposalAnswer::Table,
                        ProposalAnswer::ProposalId,
                        Proposal::Table,
                        Proposal::Id,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Comment::Table)
                    .col(big_pk_auto(Comment::Id))
                    .col(big_integer(Comment::ProposalId))
                    .col(big_integer_null(Comment::ParentId))
                    .col(big_integer_null(Comment::AuthorId))
                    .col(text(Comment::Body))
                    .col(string_len(Comment::Stance, 20))
                    .col(string_len(Comment::State, 20))
                    .col(text_null(Comment::HiddenReason))
                    .col(integer(Comment::Depth))
                    .col(integer(Comment::FlagsCount).default(0))
                    .col(timestamp_with_time_zone(Comment::CreatedAt))
                    .col(timestamp_with_time_zone(Comment::UpdatedAt))
                    .col(timestamp_with_time_zone_null(Comment::EditedAt))
                    .foreign_key(&mut cascade(
                        Comment::Table,
                        Comment::ProposalId,
                        Proposal::Table,
                        Proposal::Id,
                    ))
                    .foreign_key(&mut set_null(
                        Comment::Table,
                        Comment::ParentId,
                        Comment::Table,
                        Comment::Id,
                    ))
                    .foreign_key(&mut set_null(
                        Comment::Table,
                        Comment::AuthorId,
                        User::Table,
                        User::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_comment_proposal")
                    .table(Comment::Table)
                    .col(Comment::ProposalId)
                    .col(Comment::CreatedAt)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Flag::Table)
                    .col(big_pk_auto(Flag::Id))
                    .col(string_len(Flag::TargetKind, 20))
                    .col(big_integer(Flag::TargetId))
                    .col(big_integer(Flag::ConsultationId))
                    .col(big_integer(Flag::UserId))
                    .col(text(Flag::Reason))
                    .col(timestamp_with_time_zone(Flag::CreatedAt))
                    .col(timestamp_with_time_zone_null(Flag::ResolvedAt))
                    .foreign_key(&mut cascade(
                        Flag::Table,
                        Flag::ConsultationId,
                        Consultation::Table,
                        Consultation::Id,
                    ))
                    .foreign_key(&mut cascade(
                        Flag::Table,
                        Flag::UserId,
                        User::Table,
                        User::Id,
                    ))
                    .index(
                        Index::create()
                            .name("uq_flag_target_user")
                            .col(Flag::TargetKind)
                            .col(Flag::TargetId)
                            .col(Flag::UserId)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Flag::Table.into_iden(),
            Comment::Table.into_iden(),
            ProposalAnswer::Table.into_iden(),
            ProposalRevision::Table.into_iden(),
            CoauthorInvitation::Table.into_iden(),
            ProposalAuthor::Table.into_iden(),
            Proposal::Table.into_iden(),
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
enum Consultation {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Round {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Theme {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Proposal {
    Table,
    Id,
    ConsultationId,
    RoundId,
    Title,
    Body,
    ThemeId,
    Language,
    AuthorId,
    RecordedBy,
    InPersonPlace,
    InPersonOn,
    InPersonCount,
    InPersonGroup,
    State,
    MergedInto,
    WithdrawnReason,
    HiddenReason,
    Answer,
    AnswerJustification,
    AnsweredAt,
    CommentsCount,
    FlagsCount,
    CreatedAt,
    UpdatedAt,
    EditedAt,
}

#[derive(DeriveIden)]
enum ProposalAuthor {
    Table,
    Id,
    ProposalId,
    UserId,
    Role,
    CreatedAt,
}

#[derive(DeriveIden)]
enum CoauthorInvitation {
    Table,
    Id,
    ProposalId,
    Email,
    TokenHash,
    InvitedBy,
    CreatedAt,
    ExpiresAt,
    AcceptedAt,
    RevokedAt,
}

#[derive(DeriveIden)]
enum ProposalRevision {
    Table,
    Id,
    ProposalId,
    Title,
    Body,
    ThemeId,
    Language,
    EditedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ProposalAnswer {
    Table,
    Id,
    ProposalId,
    Answer,
    Justification,
    AnsweredBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Comment {
    Table,
    Id,
    ProposalId,
    ParentId,
    AuthorId,
    Body,
    Stance,
    State,
    HiddenReason,
    Depth,
    FlagsCount,
    CreatedAt,
    UpdatedAt,
    EditedAt,
}

#[derive(DeriveIden)]
enum Flag {
    Table,
    Id,
    TargetKind,
    TargetId,
    ConsultationId,
    UserId,
    Reason,
    CreatedAt,
    ResolvedAt,
}
