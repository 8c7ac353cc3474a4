use sea_orm::entity::prelude::*;

/// One commission member's score (0–10) of one project proposal on one criterion. Unique per
/// (application, member, criterion): nobody scores twice.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "procedure_score")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub application_id: i64,
    pub criterion_id: i64,
    /// None once the member's account is gone; the score stays part of the record.
    pub member_id: Option<i64>,
    pub score: i32,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::procedure_application::Entity",
        from = "Column::ApplicationId",
        to = "super::procedure_application::Column::Id",
        on_delete = "Cascade"
    )]
    Application,
    #[sea_orm(
        belongs_to = "super::procedure_criterion::Entity",
        from = "Column::CriterionId",
        to = "super::procedure_criterion::Column::Id",
        on_delete = "Cascade"
    )]
    Criterion,
}

impl Related<super::procedure_application::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Application.def()
    }
}

impl Related<super::procedure_criterion::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Criterion.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
