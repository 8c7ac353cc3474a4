use sea_orm::entity::prelude::*;

/// One answer of a response: a chosen or ranked option, a number, or a text.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "survey_answer")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub response_id: i64,
    pub question_id: i64,
    pub option_id: Option<i64>,
    /// Scale and number answers.
    pub number: Option<f64>,
    /// Text answers, and dates as `YYYY-MM-DD`.
    pub text: Option<String>,
    /// Rankings: 1 for the first place.
    pub rank: Option<i32>,
    /// A text answer a moderator hid.
    pub hidden: bool,
    /// A text answer a facilitator chose to publish with the results.
    pub quoted: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
