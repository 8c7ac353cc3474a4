use sea_orm::entity::prelude::*;

use crate::{ResponseSource, ResponseStatus, StakeholderGroup};
/// One person's answers to a survey, online or from a paper questionnaire.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "survey_response")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub survey_id: i64,
    /// Who answers online; none on paper, and none once an anonymous answer is submitted.
    pub user_id: Option<i64>,
    pub source: ResponseSource,
    pub status: ResponseStatus,
    /// The respondent's group when they submitted (on paper, as the facilitator entered it).
    pub stakeholder_group: StakeholderGroup,
    /// Paper: where and on which day the questionnaire was filled in, and who typed it in.
    pub place: Option<String>,
    pub held_on: Option<Date>,
    pub recorded_by: Option<i64>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub submitted_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
