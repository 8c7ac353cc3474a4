//! Notifications: in-app notifications made from events, follows of proposals, email
//! preferences, the site's signing key, round reminders, and retrying dead email.

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

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Notification::Table)
                    .col(big_pk_auto(Notification::Id))
                    .col(big_integer(Notification::UserId))
                    .col(big_integer(Notification::EventId))
                    .col(string_len(Notification::Kind, 40))
                    .col(big_integer_null(Notification::ConsultationId))
                    .col(string_len(Notification::ConsultationTitle, 200))
                    .col(string_len(Notification::ObjectTitle, 200))
                    .col(string_len(Notification::Link, 300))
                    .col(string_len(Notification::EmailState, 20))
                    .col(timestamp_with_time_zone(Notification::CreatedAt))
                    .col(timestamp_with_time_zone_null(Notification::ReadAt))
                    .foreign_key(&mut cascade(
                        Notification::Table,
                        Notification::UserId,
                        User::Table,
                        User::Id,
                    ))
                    .foreign_key(&mut cascade(
                        Notification::Table,
                        Notification::EventId,
                        Event::Table,
                        Event::Id,
                    ))
                    .index(
                        Index::create()
                            .name("uq_notification_event_user")
                            .col(Notification::EventId)
                            .col(Notification::UserId)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_notification_user_created")
                    .table(Notification::Table)
                    .col(Notification::UserId)
                    .col(Notification::CreatedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_notification_email_state")
                    .table(Notification::Table)
                    .col(Notification::EmailState)
                    .col(Notification::UserId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ProposalFollow::Table)
                    .col(big_pk_auto(ProposalFollow::Id))
                    .col(big_integer(ProposalFollow::UserId))
                    .col(big_integer(ProposalFollow::ProposalId))
                    .col(timestamp_with_time_zone(ProposalFollow::CreatedAt))
                    .foreign_key(&mut cascade(
                        ProposalFollow::Table,
                        ProposalFollow::UserId,
                        User::Table,
                        User::Id,
                    ))
                    .foreign_key(&mut cascade(
                        ProposalFollow::Table,
                        ProposalFollow::ProposalId,
                        Proposal::Table,
                        Proposal::Id,
                    ))
                    .index(
                        Index::create()
                            .name("uq_proposal_follow_user_proposal")
                            .col(ProposalFollow::UserId)
                            .col(ProposalFollow::ProposalId)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Setting::Table)
                    .col(string_len(Setting::Name, 60).primary_key())
                    .col(text(Setting::Value))
                    .to_owned(),
            )
            .await?;

        // SQLite adds one column per statement.
        for column in [
            ColumnDef::new(User::EmailOwn)
                .string_len(20)
                .not_null()
                .default("immediate")
                .to_owned(),
            ColumnDef::new(User::EmailOthers)
                .string_len(20)
                .not_null()
                .default("daily")
                .to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(User::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Round::Table)
                    .add_column(
                        ColumnDef::new(Round::RemindedAt)
                            .timestamp_with_time_zone()
                            .null()
                            .to_owned(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Outbox::Table)
                    .add_column(
                        ColumnDef::new(Outbox::RetriedAt)
                            .timestamp_with_time_zone()
                            .null()
                            .to_owned(),
                    )
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Notification::Table.into_iden(),
            ProposalFollow::Table.into_iden(),
            Setting::Table.into_iden(),
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
    EmailOwn,
    EmailOthers,
}

#[derive(DeriveIden)]
enum Event {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Proposal {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Round {
    Table,
    RemindedAt,
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    RetriedAt,
}

#[derive(DeriveIden)]
enum Notification {
    Table,
    Id,
    UserId,
    EventId,
    Kind,
    ConsultationId,
    ConsultationTitle,
    ObjectTitle,
    Link,
    EmailState,
    CreatedAt,
    ReadAt,
}

#[derive(DeriveIden)]
enum ProposalFollow {
    Table,
    Id,
    UserId,
    ProposalId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Setting {
    Table,
    Name,
    Value,
}
