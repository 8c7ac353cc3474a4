//! Commitments: what a public body undertakes to do after accepting proposals, the proposals
//! each comes from, and the dated updates that tell how it is going.

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
                    .table(Commitment::Table)
                    .col(big_pk_auto(Commitment::Id))
                    .col(big_integer(Commitment::ConsultationId))
                    .col(string_len(Commitment::Title, 200))
                    .col(text(Commitment::Description))
                    .col(text(Commitment::DescriptionHtml))
                    .col(string_len(Commitment::Responsible, 200))
                    .col(string_len(Commitment::Status, 20))
                    .col(text_null(Commitment::DroppedReason))
                    .col(
                        integer(Commitment::Progress)
                            .default(0)
                            .check(Expr::col(Commitment::Progress).between(0, 100)),
                    )
                    .col(date_null(Commitment::StartsOn))
                    .col(date_null(Commitment::EndsOn))
                    // Money is counted in cents of `budget_currency`: exact, never a float.
                    .col(big_integer_null(Commitment::BudgetCents))
                    .col(string_len_null(Commitment::BudgetCurrency, 3))
                    .col(big_integer_null(Commitment::CreatedBy))
                    .col(timestamp_with_time_zone(Commitment::CreatedAt))
                    .col(timestamp_with_time_zone(Commitment::UpdatedAt))
                    .foreign_key(&mut cascade(
                        Commitment::Table,
                        Commitment::ConsultationId,
                        Consultation::Table,
                        Consultation::Id,
                    ))
                    .foreign_key(&mut set_null(
                        Commitment::Table,
                        Commitment::CreatedBy,
                        User::Table,
                        User::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_commitment_consultation")
                    .table(Commitment::Table)
                    .col(Commitment::ConsultationId)
                    .col(Commitment::Status)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CommitmentProposal::Table)
                    .col(big_pk_auto(CommitmentProposal::Id))
                    .col(big_integer(CommitmentProposal::CommitmentId))
                    .col(big_integer(CommitmentProposal::ProposalId))
                    .foreign_key(&mut cascade(
                        CommitmentProposal::Table,
                        CommitmentProposal::CommitmentId,
                        Commitment::Table,
                        Commitment::Id,
                    ))
                    .foreign_key(&mut cascade(
                        CommitmentProposal::Table,
                        CommitmentProposal::ProposalId,
                        Proposal::Table,
                        Proposal::Id,
                    ))
                    .index(
                        Index::create()
                            .name("uq_commitment_proposal")
                            .col(CommitmentProposal::CommitmentId)
                            .col(CommitmentProposal::ProposalId)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_commitment_proposal_proposal")
                    .table(CommitmentProposal::Table)
                    .col(CommitmentProposal::ProposalId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CommitmentUpdate::Table)
                    .col(big_pk_auto(CommitmentUpdate::Id))
                    .col(big_integer(CommitmentUpdate::CommitmentId))
                    .col(text(CommitmentUpdate::Body))
                    .col(text(CommitmentUpdate::BodyHtml))
                    .col(string_len_null(CommitmentUpdate::Status, 20))
                    .col(text_null(CommitmentUpdate::DroppedReason))
                    .col(integer_null(CommitmentUpdate::Progress))
                    .col(big_integer_null(CommitmentUpdate::AuthorId))
                    .col(timestamp_with_time_zone(CommitmentUpdate::CreatedAt))
                    .foreign_key(&mut cascade(
                        CommitmentUpdate::Table,
                        CommitmentUpdate::CommitmentId,
                        Commitment::Table,
                        Commitment::Id,
                    ))
                    .foreign_key(&mut set_null(
                        CommitmentUpdate::Table,
                        CommitmentUpdate::AuthorId,
                        User::Table,
                        User::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_commitment_update_commitment")
                    .table(CommitmentUpdate::Table)
                    .col(CommitmentUpdate::CommitmentId)
                    .col(CommitmentUpdate::CreatedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            CommitmentUpdate::Table.into_iden(),
            CommitmentProposal::Table.into_iden(),
            Commitment::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Commitment {
    Table,
    Id,
    ConsultationId,
    Title,
    Description,
    DescriptionHtml,
    Responsible,
    Status,
    DroppedReason,
    Progress,
    StartsOn,
    EndsOn,
    BudgetCents,
    BudgetCurrency,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum CommitmentProposal {
    Table,
    Id,
    CommitmentId,
    ProposalId,
}

#[derive(DeriveIden)]
enum CommitmentUpdate {
    Table,
    Id,
    CommitmentId,
    Body,
    BodyHtml,
    Status,
    DroppedReason,
    Progress,
    AuthorId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Consultation {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Proposal {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum User {
    Table,
    Id,
}
