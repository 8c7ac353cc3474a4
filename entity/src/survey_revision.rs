use sea_orm::entity::prelude::*;

/// A wording fix made to a survey after its first answer: what it said before and after.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "survey_revision")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub survey_id: i64,
    /// What changed, named like a translation's item (`prompt:{id}`).
    pub item: String,
    pub before: String,
    pub after: String,
    pub edited_by: Option<i64>,
    pub edited_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
