use sea_orm::entity::prelude::*;

use crate::QuestionKind;
/// One question of a survey, in its section.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "survey_question")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub survey_id: i64,
    pub section_id: i64,
    pub position: i32,
    pub kind: QuestionKind,
    pub prompt: String,
    pub help: String,
    pub required: bool,
    /// Multiple choice: at most this many options.
    pub max_choices: Option<i32>,
    /// Scale: the words at 1 and at 5.
    pub min_label: Option<String>,
    pub max_label: Option<String>,
    /// Shown only when the answer to this question includes `show_if_option`.
    pub show_if_question: Option<i64>,
    pub show_if_option: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
