use sea_orm::entity::prelude::*;

/// A proposal as it was before an edit.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "proposal_revision")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub proposal_id: i64,
    pub title: String,
    pub body: String,
    /// `body` rendered and sanitised, as the proposal held it.
    pub body_html: String,
    pub theme_id: Option<i64>,
    pub language: String,
    pub edited_by: Option<i64>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
