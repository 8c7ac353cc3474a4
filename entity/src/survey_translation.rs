use sea_orm::entity::prelude::*;

/// A survey's text in another language than the original.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "survey_translation")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub survey_id: i64,
    pub locale: String,
    /// What is translated: `title`, `intro`, `section:{id}`, `prompt:{id}`, `help:{id}`,
    /// `min:{id}`, `max:{id}`, `option:{id}`.
    pub item: String,
    pub text: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
