use sea_orm::entity::prelude::*;

use crate::StakeholderGroup;
/// One person's vote on one proposal in one round. What `value` means depends on the round's
/// rule: `support` 1; `approval` 1 for, -1 against, 0 abstain; `dots` the number of dots.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "vote")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub round_id: i64,
    pub proposal_id: i64,
    pub user_id: i64,
    /// The voter's stakeholder group when they last voted in the round.
    pub voter_group: StakeholderGroup,
    pub value: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
