use sea_orm::entity::prelude::*;

use crate::{SurveyResultsVisibility, SurveyStatus};
/// A consultation's questionnaire: its text in the language it was written in, when it runs,
/// who answers it and who sees its results.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "survey")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub consultation_id: i64,
    pub title: String,
    /// Markdown as the facilitator wrote it.
    pub intro: String,
    /// `intro` rendered and sanitised, written with it.
    pub intro_html: String,
    /// The language of the original text (`it`).
    pub language: String,
    pub status: SurveyStatus,
    /// Open while this round is open; without a round, between `opens_at` and `closes_at`.
    pub round_id: Option<i64>,
    pub opens_at: Option<DateTimeUtc>,
    pub closes_at: Option<DateTimeUtc>,
    /// The stakeholder groups that answer, comma-separated (`beneficiary,institution`).
    pub groups: String,
    /// Answers are stored without the account; the person is only marked as having answered.
    pub anonymous: bool,
    pub results_visibility: SurveyResultsVisibility,
    /// When the first answer was submitted: from then on questions take wording fixes only.
    pub locked_at: Option<DateTimeUtc>,
    /// When "a survey is open for you" went out.
    pub announced_at: Option<DateTimeUtc>,
    /// When the "closes soon" reminder went out.
    pub reminded_at: Option<DateTimeUtc>,
    pub created_by: Option<i64>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
