use sea_orm::entity::prelude::*;

use crate::{ResponseSource, StakeholderGroup};
/// A survey's counter for one figure, source and group, kept exact in the same transaction
/// as the answers it counts.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "survey_tally")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub survey_id: i64,
    /// 0 for the survey's own figures.
    pub question_id: i64,
    /// `respondents`, `answered`, `option:{id}`, `value:{n}`, `month:YYYY-MM`.
    pub bucket: String,
    pub source: ResponseSource,
    pub stakeholder_group: StakeholderGroup,
    pub count: i64,
    /// The sum of scale or number answers, or of ranks, for averages.
    pub total: f64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
