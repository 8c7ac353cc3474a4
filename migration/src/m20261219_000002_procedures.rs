//! The formal co-design procedure (art. 55 D.Lgs. 117/2017): the notice with its evaluation
//! criteria and errata, the applications of organisations and the decisions on them, the
//! co-design sessions (meetings of the procedure's consultation), the commission and its
//! scores, and the organisations the agreement was signed with.
//!
//! Where the procedure stands is told by its dates (published, admission published,
//! evaluation opened and published, closed), never by a separate state that could disagree
//! with them.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Procedure {
    Table,
    Id,
    Slug,
    ConsultationId,
    Title,
    /// The notice's sections (Markdown), one field each.
    Purposes,
    EconomicFrame,
    Duration,
    HowToApply,
    ApplicationsCloseAt,
    SupportersAllowed,
    SupportersNote,
    Requirements,
    RunsService,
    /// The organisation kinds that may apply, comma-separated (`third_sector,other`).
    AdmittedKinds,
    PublishedAt,
    AdmissionPublishedAt,
    EvaluationOpenedAt,
    EvaluationPublishedAt,
    AgreementSignedAt,
    AgreementNote,
    ClosedAt,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ProcedureCriterion {
    Table,
    Id,
    ProcedureId,
    Position,
    Name,
    Description,
    Weight,
}

#[derive(DeriveIden)]
enum ProcedureErratum {
    Table,
    Id,
    ProcedureId,
    Field,
    Previous,
    Current,
    Note,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ProcedureApplication {
    Table,
    Id,
    ProcedureId,
    OrganisationId,
    /// The registration number given on receipt: 1, 2, 3… within the procedure.
    Number,
    /// `partner`, or `supporter` / `funder` where the notice allows them.
    Role,
    Statement,
    Status,
    /// The application this one replaced, if any.
    Replaces,
    SubmittedBy,
    SubmittedAt,
    WithdrawnAt,
    DecisionReason,
    DecidedBy,
    DecidedAt,
    ProjectTitle,
    ProjectText,
    ProjectSubmittedAt,
}

#[derive(DeriveIden)]
enum ProcedureCommissionMember {
    Table,
    Id,
    ProcedureId,
    UserId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ProcedureScore {
    Table,
    Id,
    ApplicationId,
    CriterionId,
    MemberId,
    Score,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ProcedureSession {
    Table,
    MeetingId,
    ProcedureId,
}

#[derive(DeriveIden)]
enum ProcedureSignatory {
    Table,
    Id,
    ProcedureId,
    OrganisationId,
}

#[derive(DeriveIden)]
enum Consultation {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Organisation {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Meeting {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum User {
    Table,
    Id,
}

fn on_delete(
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

fn cascade(
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
) -> ForeignKeyCreateStatement {
    on_delete(from, to, ForeignKeyAction::Cascade)
}

fn set_null(
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
) -> ForeignKeyCreateStatement {
    on_delete(from, to, ForeignKeyAction::SetNull)
}

fn unique(name: &str, columns: &[DynIden]) -> IndexCreateStatement {
    let mut index = Index::create();
    index.name(name).unique();
    for column in columns {
        index.col(column.clone());
    }
    index
}

async fn procedure(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    use Procedure as P;
    manager
        .create_table(
            Table::create()
                .table(P::Table)
                .col(big_pk_auto(P::Id))
                .col(string_len_uniq(P::Slug, 80))
                .col(big_integer(P::ConsultationId))
                .col(string_len(P::Title, 200))
                .col(text(P::Purposes))
                .col(text(P::EconomicFrame))
                .col(text(P::Duration))
                .col(text(P::HowToApply))
                .col(timestamp_with_time_zone(P::ApplicationsCloseAt))
                .col(boolean(P::SupportersAllowed).default(false))
                .col(text(P::SupportersNote).default(""))
                .col(text(P::Requirements))
                .col(boolean(P::RunsService).default(false))
                .col(string_len(P::AdmittedKinds, 60))
                .col(timestamp_with_time_zone_null(P::PublishedAt))
                .col(timestamp_with_time_zone_null(P::AdmissionPublishedAt))
                .col(timestamp_with_time_zone_null(P::EvaluationOpenedAt))
                .col(timestamp_with_time_zone_null(P::EvaluationPublishedAt))
                .col(timestamp_with_time_zone_null(P::AgreementSignedAt))
                .col(text(P::AgreementNote).default(""))
                .col(timestamp_with_time_zone_null(P::ClosedAt))
                .col(big_integer_null(P::CreatedBy))
                .col(timestamp_with_time_zone(P::CreatedAt))
                .col(timestamp_with_time_zone(P::UpdatedAt))
                .foreign_key(&mut cascade(
                    (P::Table, P::ConsultationId),
                    (Consultation::Table, Consultation::Id),
                ))
                .foreign_key(&mut set_null(
                    (P::Table, P::CreatedBy),
                    (User::Table, User::Id),
                ))
                .to_owned(),
        )
        .await?;
    manager
        .create_index(
            Index::create()
                .name("idx_procedure_consultation")
                .table(P::Table)
                .col(P::ConsultationId)
                .to_owned(),
        )
        .await
}

async fn notice_parts(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    use ProcedureCriterion as C;
    use ProcedureErratum as E;
    manager
        .create_table(
            Table::create()
                .table(C::Table)
                .col(big_pk_auto(C::Id))
                .col(big_integer(C::ProcedureId))
                .col(integer(C::Position))
                .col(string_len(C::Name, 200))
                .col(text(C::Description).default(""))
                .col(
                    integer(C::Weight).check(
                        Expr::col(C::Weight)
                            .gt(0)
                            .and(Expr::col(C::Weight).lte(100)),
                    ),
                )
                .foreign_key(&mut cascade(
                    (C::Table, C::ProcedureId),
                    (Procedure::Table, Procedure::Id),
                ))
                .index(&mut unique(
                    "uq_procedure_criterion_position",
                    &[C::ProcedureId.into_iden(), C::Position.into_iden()],
                ))
                .to_owned(),
        )
        .await?;
    manager
        .create_table(
            Table::create()
                .table(E::Table)
                .col(big_pk_auto(E::Id))
                .col(big_integer(E::ProcedureId))
                .col(string_len(E::Field, 40))
                .col(text(E::Previous))
                .col(text(E::Current))
                .col(text(E::Note).default(""))
                .col(big_integer_null(E::CreatedBy))
                .col(timestamp_with_time_zone(E::CreatedAt))
                .foreign_key(&mut cascade(
                    (E::Table, E::ProcedureId),
                    (Procedure::Table, Procedure::Id),
                ))
                .foreign_key(&mut set_null(
                    (E::Table, E::CreatedBy),
                    (User::Table, User::Id),
                ))
                .to_owned(),
        )
        .await?;
    manager
        .create_index(
            Index::create()
                .name("idx_procedure_erratum_procedure")
                .table(E::Table)
                .col(E::ProcedureId)
                .col(E::CreatedAt)
                .to_owned(),
        )
        .await
}

async fn applications(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    use ProcedureApplication as A;
    manager
        .create_table(
            Table::create()
                .table(A::Table)
                .col(big_pk_auto(A::Id))
                .col(big_integer(A::ProcedureId))
                .col(big_integer(A::OrganisationId))
                .col(integer(A::Number))
                .col(string_len(A::Role, 20))
                .col(text(A::Statement))
                .col(string_len(A::Status, 20))
                .col(big_integer_null(A::Replaces))
                .col(big_integer_null(A::SubmittedBy))
                .col(timestamp_with_time_zone(A::SubmittedAt))
                .col(timestamp_with_time_zone_null(A::WithdrawnAt))
                .col(text_null(A::DecisionReason))
                .col(big_integer_null(A::DecidedBy))
                .col(timestamp_with_time_zone_null(A::DecidedAt))
                .col(string_len_null(A::ProjectTitle, 200))
                .col(text_null(A::ProjectText))
                .col(timestamp_with_time_zone_null(A::ProjectSubmittedAt))
                .foreign_key(&mut cascade(
                    (A::Table, A::ProcedureId),
                    (Procedure::Table, Procedure::Id),
                ))
                .foreign_key(&mut cascade(
                    (A::Table, A::OrganisationId),
                    (Organisation::Table, Organisation::Id),
                ))
                .foreign_key(&mut set_null(
                    (A::Table, A::SubmittedBy),
                    (User::Table, User::Id),
                ))
                .foreign_key(&mut set_null(
                    (A::Table, A::DecidedBy),
                    (User::Table, User::Id),
                ))
                .index(&mut unique(
                    "uq_procedure_application_number",
                    &[A::ProcedureId.into_iden(), A::Number.into_iden()],
                ))
                .to_owned(),
        )
        .await?;
    manager
        .create_index(
            Index::create()
                .name("idx_procedure_application_organisation")
                .table(A::Table)
                .col(A::ProcedureId)
                .col(A::OrganisationId)
                .to_owned(),
        )
        .await
}

async fn evaluation(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    use ProcedureCommissionMember as M;
    use ProcedureScore as S;
    manager
        .create_table(
            Table::create()
                .table(M::Table)
                .col(big_pk_auto(M::Id))
                .col(big_integer(M::ProcedureId))
                .col(big_integer(M::UserId))
                .col(timestamp_with_time_zone(M::CreatedAt))
                .foreign_key(&mut cascade(
                    (M::Table, M::ProcedureId),
                    (Procedure::Table, Procedure::Id),
                ))
                .foreign_key(&mut cascade((M::Table, M::UserId), (User::Table, User::Id)))
                .index(&mut unique(
                    "uq_procedure_commission_member",
                    &[M::ProcedureId.into_iden(), M::UserId.into_iden()],
                ))
                .to_owned(),
        )
        .await?;
    // A score outlives its author's account (the evaluation is a public act): the member
    // becomes unknown rather than the score disappearing.
    manager
        .create_table(
            Table::create()
                .table(S::Table)
                .col(big_pk_auto(S::Id))
                .col(big_integer(S::ApplicationId))
                .col(big_integer(S::CriterionId))
                .col(big_integer_null(S::MemberId))
                .col(
                    integer(S::Score)
                        .check(Expr::col(S::Score).gte(0).and(Expr::col(S::Score).lte(10))),
                )
                .col(timestamp_with_time_zone(S::CreatedAt))
                .foreign_key(&mut cascade(
                    (S::Table, S::ApplicationId),
                    (ProcedureApplication::Table, ProcedureApplication::Id),
                ))
                .foreign_key(&mut cascade(
                    (S::Table, S::CriterionId),
                    (ProcedureCriterion::Table, ProcedureCriterion::Id),
                ))
                .foreign_key(&mut set_null(
                    (S::Table, S::MemberId),
                    (User::Table, User::Id),
                ))
                .index(&mut unique(
                    "uq_procedure_score",
                    &[
                        S::ApplicationId.into_iden(),
                        S::MemberId.into_iden(),
                        S::CriterionId.into_iden(),
                    ],
                ))
                .to_owned(),
        )
        .await
}

async fn sessions_and_signatories(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    use ProcedureSession as S;
    use ProcedureSignatory as G;
    manager
        .create_table(
            Table::create()
                .table(S::Table)
                .col(big_integer(S::MeetingId).primary_key())
                .col(big_integer(S::ProcedureId))
                .foreign_key(&mut cascade(
                    (S::Table, S::MeetingId),
                    (Meeting::Table, Meeting::Id),
                ))
                .foreign_key(&mut cascade(
                    (S::Table, S::ProcedureId),
                    (Procedure::Table, Procedure::Id),
                ))
                .to_owned(),
        )
        .await?;
    manager
        .create_index(
            Index::create()
                .name("idx_procedure_session_procedure")
                .table(S::Table)
                .col(S::ProcedureId)
                .to_owned(),
        )
        .await?;
    manager
        .create_table(
            Table::create()
                .table(G::Table)
                .col(big_pk_auto(G::Id))
                .col(big_integer(G::ProcedureId))
                .col(big_integer(G::OrganisationId))
                .foreign_key(&mut cascade(
                    (G::Table, G::ProcedureId),
                    (Procedure::Table, Procedure::Id),
                ))
                .foreign_key(&mut cascade(
                    (G::Table, G::OrganisationId),
                    (Organisation::Table, Organisation::Id),
                ))
                .index(&mut unique(
                    "uq_procedure_signatory",
                    &[G::ProcedureId.into_iden(), G::OrganisationId.into_iden()],
                ))
                .to_owned(),
        )
        .await
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        procedure(manager).await?;
        notice_parts(manager).await?;
        applications(manager).await?;
        evaluation(manager).await?;
        sessions_and_signatories(manager).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            ProcedureSignatory::Table.into_iden(),
            ProcedureSession::Table.into_iden(),
            ProcedureScore::Table.into_iden(),
            ProcedureCommissionMember::Table.into_iden(),
            ProcedureApplication::Table.into_iden(),
            ProcedureErratum::Table.into_iden(),
            ProcedureCriterion::Table.into_iden(),
            Procedure::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
