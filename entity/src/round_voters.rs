use sea_orm::entity::prelude::*;

/// How many accounts voted in a round, per stakeholder group (the group they belonged to
/// when they last voted there), kept in the same transaction as every vote.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "round_voters")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub round_id: i64,
    pub beneficiary: i64,
    pub institution: i64,
    pub third_sector: i64,
    pub other: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
