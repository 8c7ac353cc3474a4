use sea_orm::entity::prelude::*;

/// One proposal's figures in one round, kept in the same transaction as every vote: the
/// main figure (supports, "for" votes or dots), "against" and "abstain" votes, and per
/// stakeholder group the main figure and the number of voters who gave it a support, a
/// "for" or at least one dot.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "vote_count")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub round_id: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub proposal_id: i64,
    pub total: i64,
    pub against: i64,
    pub abstain: i64,
    pub points_beneficiary: i64,
    pub points_institution: i64,
    pub points_third_sector: i64,
    pub points_other: i64,
    pub supporters_beneficiary: i64,
    pub supporters_institution: i64,
    pub supporters_third_sector: i64,
    pub supporters_other: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
