//! Meetings of a consultation (in person and online) and the people registered for them,
//! with a waiting list kept in order by `position`.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Meeting {
    Table,
    Id,
    ConsultationId,
    RoundId,
    Title,
    Description,
    DescriptionHtml,
    StartsAt,
    EndsAt,
    Address,
    Directions,
    VenueAccessibility,
    OnlineUrl,
    Languages,
    Interpretation,
    Childcare,
    Capacity,
    RegistrationRequired,
    RegistrationDeadline,
    CancelledAt,
    CancelReason,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum MeetingRegistration {
    Table,
    Id,
    MeetingId,
    UserId,
    Status,
    Position,
    InterpreterLanguage,
    Childcare,
    AccessibilityNote,
    CreatedAt,
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
enum User {
    Table,
    Id,
}

fn foreign(
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
    action: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(action)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Meeting::Table)
                    .col(big_pk_auto(Meeting::Id))
                    .col(big_integer(Meeting::ConsultationId))
                    .col(big_integer_null(Meeting::RoundId))
                    .col(string_len(Meeting::Title, 200))
                    .col(text(Meeting::Description))
                    .col(text(Meeting::DescriptionHtml))
                    .col(timestamp_with_time_zone(Meeting::StartsAt))
                    .col(timestamp_with_time_zone(Meeting::EndsAt))
                    .col(text(Meeting::Address))
                    .col(text(Meeting::Directions))
                    .col(text(Meeting::VenueAccessibility))
                    .col(string_len(Meeting::OnlineUrl, 500))
                    .col(string_len(Meeting::Languages, 200))
                    .col(string_len(Meeting::Interpretation, 200))
                    .col(boolean(Meeting::Childcare).default(false))
                    .col(integer_null(Meeting::Capacity))
                    .col(boolean(Meeting::RegistrationRequired).default(false))
                    .col(timestamp_with_time_zone_null(Meeting::RegistrationDeadline))
                    .col(timestamp_with_time_zone_null(Meeting::CancelledAt))
                    .col(text_null(Meeting::CancelReason))
                    .col(big_integer_null(Meeting::CreatedBy))
                    .col(timestamp_with_time_zone(Meeting::CreatedAt))
                    .col(timestamp_with_time_zone(Meeting::UpdatedAt))
                    .foreign_key(&mut foreign(
                        (Meeting::Table, Meeting::ConsultationId),
                        (Consultation::Table, Consultation::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut foreign(
                        (Meeting::Table, Meeting::RoundId),
                        (Round::Table, Round::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut foreign(
                        (Meeting::Table, Meeting::CreatedBy),
                        (User::Table, User::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_meeting_consultation_starts")
                    .table(Meeting::Table)
                    .col(Meeting::ConsultationId)
                    .col(Meeting::StartsAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(MeetingRegistration::Table)
                    .col(big_pk_auto(MeetingRegistration::Id))
                    .col(big_integer(MeetingRegistration::MeetingId))
                    .col(big_integer(MeetingRegistration::UserId))
                    .col(string_len(MeetingRegistration::Status, 20))
                    .col(big_integer(MeetingRegistration::Position))
                    .col(string_len(MeetingRegistration::InterpreterLanguage, 100))
                    .col(boolean(MeetingRegistration::Childcare).default(false))
                    .col(text(MeetingRegistration::AccessibilityNote))
                    .col(timestamp_with_time_zone(MeetingRegistration::CreatedAt))
                    .foreign_key(&mut foreign(
                        (MeetingRegistration::Table, MeetingRegistration::MeetingId),
                        (Meeting::Table, Meeting::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut foreign(
                        (MeetingRegistration::Table, MeetingRegistration::UserId),
                        (User::Table, User::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        // One registration per person per meeting, and one place in the meeting's order per
        // registration: the database refuses a second of either, however requests interleave.
        manager
            .create_index(
                Index::create()
                    .name("idx_meeting_registration_person")
                    .table(MeetingRegistration::Table)
                    .col(MeetingRegistration::MeetingId)
                    .col(MeetingRegistration::UserId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_meeting_registration_position")
                    .table(MeetingRegistration::Table)
                    .col(MeetingRegistration::MeetingId)
                    .col(MeetingRegistration::Position)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(MeetingRegistration::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Meeting::Table).to_owned())
            .await
    }
}
