//! The register of organisations (public bodies, third-sector entities, others), the people
//! who belong to them, and the organisation a proposal author or a comment signs for.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Organisation::Table)
                    .col(big_pk_auto(Organisation::Id))
                    .col(string_len_uniq(Organisation::Slug, 80))
                    .col(string_len(Organisation::Name, 200))
                    .col(string_len(Organisation::Kind, 20))
                    .col(string_len_null(Organisation::RuntsNumber, 40))
                    .col(string_len(Organisation::TaxCode, 16))
                    .col(string_len(Organisation::Town, 100))
                    .col(string_len_null(Organisation::Website, 300))
                    .col(text(Organisation::Description))
                    .col(timestamp_with_time_zone_null(Organisation::VerifiedAt))
                    .col(big_integer_null(Organisation::CreatedBy))
                    .col(timestamp_with_time_zone(Organisation::CreatedAt))
                    .col(timestamp_with_time_zone(Organisation::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Organisation::Table, Organisation::CreatedBy)
                            .to(User::Table, User::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_organisation_kind_name")
                    .table(Organisation::Table)
                    .col(Organisation::Kind)
                    .col(Organisation::Name)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_organisation_name")
                    .table(Organisation::Table)
                    .col(Organisation::Name)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(OrganisationMember::Table)
                    .col(big_pk_auto(OrganisationMember::Id))
                    .col(big_integer(OrganisationMember::OrganisationId))
                    .col(big_integer(OrganisationMember::UserId))
                    .col(string_len(OrganisationMember::Role, 20))
                    .col(string_len(OrganisationMember::Status, 20))
                    .col(timestamp_with_time_zone(OrganisationMember::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                OrganisationMember::Table,
                                OrganisationMember::OrganisationId,
                            )
                            .to(Organisation::Table, Organisation::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(OrganisationMember::Table, OrganisationMember::UserId)
                            .to(User::Table, User::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .index(
                        Index::create()
                            .name("uq_organisation_member")
                            .col(OrganisationMember::OrganisationId)
                            .col(OrganisationMember::UserId)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_organisation_member_user")
                    .table(OrganisationMember::Table)
                    .col(OrganisationMember::UserId)
                    .to_owned(),
            )
            .await?;
        // The organisation an author signs a proposal for. No foreign key: SQLite cannot add
        // one to an existing table, and organisations are never deleted.
        manager
            .alter_table(
                Table::alter()
                    .table(ProposalAuthor::Table)
                    .add_column(big_integer_null(ProposalAuthor::OnBehalfOf))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(ProposalAuthor::Table)
                    .drop_column(ProposalAuthor::OnBehalfOf)
                    .to_owned(),
            )
            .await?;
        for table in [
            OrganisationMember::Table.into_iden(),
            Organisation::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Organisation {
    Table,
    Id,
    Slug,
    Name,
    Kind,
    RuntsNumber,
    TaxCode,
    Town,
    Website,
    Description,
    VerifiedAt,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum OrganisationMember {
    Table,
    Id,
    OrganisationId,
    UserId,
    Role,
    Status,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ProposalAuthor {
    Table,
    OnBehalfOf,
}

#[derive(DeriveIden)]
enum User {
    Table,
    Id,
}
