use sea_orm::entity::prelude::*;

/// A proposal a commitment comes from; one commitment may come from several.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "commitment_proposal")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub commitment_id: i64,
    pub proposal_id: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
