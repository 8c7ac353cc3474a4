//! Consultations, their themes, people's roles in them, invitations, follows, rounds,
//! events and the audit log.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn fk(
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

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Consultation::Table)
                    .col(big_pk_auto(Consultation::Id))
                    .col(string_len_uniq(Consultation::Slug, 80))
                    .col(string_len(Consultation::Title, 200))
                    .col(text(Consultation::Summary))
                    .col(text(Consultation::Body))
                    .col(string_len(Consultation::Status, 20))
                    .col(string_len(Consultation::Visibility, 20))
                    .col(big_integer_null(Consultation::CreatedBy))
                    .col(timestamp_with_time_zone(Consultation::CreatedAt))
                    .col(timestamp_with_time_zone(Consultation::UpdatedAt))
                    .col(timestamp_with_time_zone_null(Consultation::PublishedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Consultation::Table, Consultation::CreatedBy)
                            .to(User::Table, User::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Theme::Table)
                    .col(big_pk_auto(Theme::Id))
                    .col(big_integer(Theme::ConsultationId))
                    .col(string_len(Theme::Name, 80))
                    .col(integer(Theme::Position))
                    .foreign_key(&mut fk(
                        Theme::Table,
                        Theme::ConsultationId,
                        Consultation::Table,
                        Consultation::Id,
                    ))
                    .index(
                        Index::create()
                            .name("uq_theme_consultation_name")
                            .col(Theme::ConsultationId)
                            .col(Theme::Name)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ConsultationRole::Table)
                    .col(big_pk_auto(ConsultationRole::Id))
                    .col(big_integer(ConsultationRole::ConsultationId))
                    .col(big_integer(ConsultationRole::UserId))
                    .col(string_len(ConsultationRole::Role, 20))
                    .col(timestamp_with_time_zone(ConsultationRole::CreatedAt))
                    .foreign_key(&mut fk(
                        ConsultationRole::Table,
                        ConsultationRole::ConsultationId,
                        Consultation::Table,
                        Consultation::Id,
                    ))
                    .foreign_key(&mut fk(
                        ConsultationRole::Table,
                        ConsultationRole::UserId,
                        User::Table,
                        User::Id,
                    ))
                    .index(
                        Index::create()
                            .name("uq_consultation_role_user")
                            .col(ConsultationRole::ConsultationId)
                            .col(ConsultationRole::UserId)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Invitation::Table)
                    .col(big_pk_auto(Invitation::Id))
                    .col(big_integer(Invitation::ConsultationId))
                    .col(string_len(Invitation::Email, 254))
                    .col(string_len(Invitation::Role, 20))
                    .col(string_len_uniq(Invitation::TokenHash, 64))
                    .col(big_integer_null(Invitation::InvitedBy))
                    .col(timestamp_with_time_zone(Invitation::CreatedAt))
                    .col(timestamp_with_time_zone(Invitation::ExpiresAt))
                    .col(timestamp_with_time_zone_null(Invitation::AcceptedAt))
                    .col(big_integer_null(Invitation::AcceptedBy))
                    .col(timestamp_with_time_zone_null(Invitation::RevokedAt))
                    .foreign_key(&mut fk(
                        Invitation::Table,
                        Invitation::ConsultationId,
                        Consultation::Table,
                        Consultation::Id,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Follow::Table)
                    .col(big_pk_auto(Follow::Id))
                    .col(big_integer(Follow::UserId))
                    .col(big_integer(Follow::ConsultationId))
                    .col(timestamp_with_time_zone(Follow::CreatedAt))
                    .foreign_key(&mut fk(
                        Follow::Table,
                        Follow::UserId,
                        User::Table,
                        User::Id,
                    ))
                    .foreign_key(&mut fk(
                        Follow::Table,
                        Follow::ConsultationId,
                        Consultation::Table,
                        Consultation::Id,
                    ))
                    .index(
                        Index::create()
                            .name("uq_follow_user_consultation")
                            .col(Follow::UserId)
                            .col(Follow::ConsultationId)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Round::Table)
                    .col(big_pk_auto(Round::Id))
                    .col(big_integer(Round::ConsultationId))
                    .col(integer(Round::Position))
                    .col(string_len(Round::Title, 200))
                    .col(text(Round::Description))
                    .col(timestamp_with_time_zone(Round::OpensAt))
                    .col(timestamp_with_time_zone(Round::ClosesAt))
                    .col(string_len(Round::State, 20))
                    .col(boolean(Round::AllowsProposals))
                    .col(boolean(Round::AllowsComments))
                    .col(boolean(Round::AllowsVoting))
                    .col(string_len(Round::Groups, 100))
                    .col(string_len(Round::VoteRule, 20))
                    .col(integer_null(Round::VoteLimit))
                    .col(string_len(Round::ResultsVisibility, 20))
                    .col(timestamp_with_time_zone_null(Round::OpenedAt))
                    .col(timestamp_with_time_zone_null(Round::ClosedAt))
                    .col(timestamp_with_time_zone(Round::CreatedAt))
                    .col(timestamp_with_time_zone(Round::UpdatedAt))
                    .foreign_key(&mut fk(
                        Round::Table,
                        Round::ConsultationId,
                        Consultation::Table,
                        Consultation::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_round_due")
                    .table(Round::Table)
                    .col(Round::State)
                    .col(Round::OpensAt)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Event::Table)
                    .col(big_pk_auto(Event::Id))
                    .col(string_len(Event::Kind, 40))
                    .col(big_integer_null(Event::ConsultationId))
                    .col(big_integer_null(Event::RoundId))
                    .col(big_integer_null(Event::ActorId))
                    .col(text(Event::Payload))
                    .col(timestamp_with_time_zone(Event::CreatedAt))
                    .foreign_key(&mut fk(
                        Event::Table,
                        Event::ConsultationId,
                        Consultation::Table,
                        Consultation::Id,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(AuditLog::Table)
                    .col(big_pk_auto(AuditLog::Id))
                    .col(big_integer_null(AuditLog::ActorId))
                    .col(string_len(AuditLog::Action, 60))
                    .col(string_len(AuditLog::ObjectType, 40))
                    .col(big_integer_null(AuditLog::ObjectId))
                    .col(big_integer_null(AuditLog::ConsultationId))
                    .col(text(AuditLog::Details))
                    .col(timestamp_with_time_zone(AuditLog::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(AuditLog::Table, AuditLog::ActorId)
                            .to(User::Table, User::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(AuditLog::Table, AuditLog::ConsultationId)
                            .to(Consultation::Table, Consultation::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_audit_log_consultation")
                    .table(AuditLog::Table)
                    .col(AuditLog::ConsultationId)
                    .col(AuditLog::CreatedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            AuditLog::Table.into_iden(),
            Event::Table.into_iden(),
            Round::Table.into_iden(),
            Follow::Table.into_iden(),
            Invitation::Table.into_iden(),
            ConsultationRole::Table.into_iden(),
            Theme::Table.into_iden(),
            Consultation::Table.into_iden(),
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
    Slug,
    Title,
    Summary,
    Body,
    Status,
    Visibility,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
    PublishedAt,
}

#[derive(DeriveIden)]
enum Theme {
    Table,
    Id,
    ConsultationId,
    Name,
    Position,
}

#[derive(DeriveIden)]
enum ConsultationRole {
    Table,
    Id,
    ConsultationId,
    UserId,
    Role,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Invitation {
    Table,
    Id,
    ConsultationId,
    Email,
    Role,
    TokenHash,
    InvitedBy,
    CreatedAt,
    ExpiresAt,
    AcceptedAt,
    AcceptedBy,
    RevokedAt,
}

#[derive(DeriveIden)]
enum Follow {
    Table,
    Id,
    UserId,
    ConsultationId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Round {
    Table,
    Id,
    ConsultationId,
    Position,
    Title,
    Description,
    OpensAt,
    ClosesAt,
    State,
    AllowsProposals,
    AllowsComments,
    AllowsVoting,
    Groups,
    VoteRule,
    VoteLimit,
    ResultsVisibility,
    OpenedAt,
    ClosedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Event {
    Table,
    Id,
    Kind,
    ConsultationId,
    RoundId,
    ActorId,
    Payload,
    CreatedAt,
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Id,
    ActorId,
    Action,
    ObjectType,
    ObjectId,
    ConsultationId,
    Details,
    CreatedAt,
}
