use sea_orm::entity::prelude::*;

use crate::{Answer, ProposalState, StakeholderGroup};
/// A proposal: written by participants, or recorded by a facilitator from an in-person table.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "proposal")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub consultation_id: i64,
    /// The round it was submitted in.
    pub round_id: Option<i64>,
    pub title: String,
    /// Markdown as its authors wrote it.
    pub body: String,
    /// `body` rendered and sanitised, written with it; what pages show.
    pub body_html: String,
    pub theme_id: Option<i64>,
    /// The language of the text (`it`, `ar`, …).
    pub language: String,
    /// None when recorded in person.
    pub author_id: Option<i64>,
    /// The facilitator who recorded it at an in-person table.
    pub recorded_by: Option<i64>,
    pub in_person_place: Option<String>,
    pub in_person_on: Option<Date>,
    pub in_person_count: Option<i32>,
    /// The stakeholder group met in person.
    pub in_person_group: Option<StakeholderGroup>,
    pub state: ProposalState,
    pub merged_into: Option<i64>,
    pub withdrawn_reason: Option<String>,
    pub hidden_reason: Option<String>,
    pub answer: Answer,
    pub answer_justification: Option<String>,
    pub answered_at: Option<DateTimeUtc>,
    /// Kept with each comment written or withdrawn, for lists and sorting.
    pub comments_count: i32,
    /// Open flags; at three the proposal is hidden pending review.
    pub flags_count: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub edited_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
