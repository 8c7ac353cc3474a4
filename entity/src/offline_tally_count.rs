use sea_orm::entity::prelude::*;

use crate::StakeholderGroup;
/// One stakeholder group's figures in an offline tally. Under `support` and `dots` only
/// `in_favour` is used (supports, dots); under `approval` all three.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "offline_tally_count")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tally_id: i64,
    pub stakeholder_group: StakeholderGroup,
    pub in_favour: i32,
    pub against: i32,
    pub abstain: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
