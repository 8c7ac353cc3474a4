//! Two-factor login: each account's authenticator secret (kept encrypted with the site's
//! key), the last time step whose code it accepted (a code works once), and its single-use
//! recovery codes, of which only hashes are kept. Wrong codes are counted per account, so
//! that guessing one takes far longer than a code lives, however many logins it is spread over.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum TwoFactor {
    Table,
    UserId,
    SecretSealed,
    EnabledAt,
    LastUsedStep,
    FailedCodes,
    LockedUntil,
    CreatedAt,
}

#[derive(DeriveIden)]
enum RecoveryCode {
    Table,
    Id,
    UserId,
    CodeHash,
    UsedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum User {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(TwoFactor::Table)
                    .col(big_integer(TwoFactor::UserId).primary_key())
                    .col(text(TwoFactor::SecretSealed))
                    .col(timestamp_with_time_zone_null(TwoFactor::EnabledAt))
                    .col(big_integer_null(TwoFactor::LastUsedStep))
                    .col(integer(TwoFactor::FailedCodes).default(0))
                    .col(timestamp_with_time_zone_null(TwoFactor::LockedUntil))
                    .col(timestamp_with_time_zone(TwoFactor::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(TwoFactor::Table, TwoFactor::UserId)
                            .to(User::Table, User::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RecoveryCode::Table)
                    .col(big_pk_auto(RecoveryCode::Id))
                    .col(big_integer(RecoveryCode::UserId))
                    .col(string_len(RecoveryCode::CodeHash, 64))
                    .col(timestamp_with_time_zone_null(RecoveryCode::UsedAt))
                    .col(timestamp_with_time_zone(RecoveryCode::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(RecoveryCode::Table, RecoveryCode::UserId)
                            .to(User::Table, User::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_recovery_code_user")
                    .table(RecoveryCode::Table)
                    .col(RecoveryCode::UserId)
                    .col(RecoveryCode::CodeHash)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(RecoveryCode::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(TwoFactor::Table).to_owned())
            .await
    }
}
