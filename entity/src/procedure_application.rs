use sea_orm::entity::prelude::*;

use crate::{ApplicationRole, ApplicationStatus};

/// An organisation's application to a procedure, and later its project proposal. A
/// replacement is a new row (with a new number) and the old one becomes `replaced`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "procedure_application")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub procedure_id: i64,
    pub organisation_id: i64,
    /// The registration number given on receipt: 1, 2, 3… within the procedure.
    pub number: i32,
    pub role: ApplicationRole,
    /// What the organisation says of itself and how it meets the requirements (Markdown).
    pub statement: String,
    pub status: ApplicationStatus,
    pub replaces: Option<i64>,
    pub submitted_by: Option<i64>,
    pub submitted_at: DateTimeUtc,
    pub withdrawn_at: Option<DateTimeUtc>,
    /// Why it was excluded (or any note on its admission); public once admission is.
    pub decision_reason: Option<String>,
    pub decided_by: Option<i64>,
    pub decided_at: Option<DateTimeUtc>,
    pub project_title: Option<String>,
    pub project_text: Option<String>,
    pub project_submitted_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::procedure::Entity",
        from = "Column::ProcedureId",
        to = "super::procedure::Column::Id",
        on_delete = "Cascade"
    )]
    Procedure,
    #[sea_orm(
        belongs_to = "super::organisation::Entity",
        from = "Column::OrganisationId",
        to = "super::organisation::Column::Id",
        on_delete = "Cascade"
    )]
    Organisation,
}

impl Related<super::procedure::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Procedure.def()
    }
}

impl Related<super::organisation::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Organisation.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
