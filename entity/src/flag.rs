use sea_orm::entity::prelude::*;

use crate::FlagTarget;
/// A report that a proposal or comment breaks the rules. One per person and target.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "flag")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub target_kind: FlagTarget,
    pub target_id: i64,
    pub consultation_id: i64,
    pub user_id: i64,
    pub reason: String,
    pub created_at: DateTimeUtc,
    /// Set when a facilitator hid or restored the content.
    pub resolved_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
