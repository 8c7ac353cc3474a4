use sea_orm::entity::prelude::*;

use crate::{ResultsVisibility, RoundState, VoteRule};
/// A phase of a consultation, with what it allows and who may take part.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "round")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub consultation_id: i64,
    pub position: i32,
    pub title: String,
    pub description: String,
    pub opens_at: DateTimeUtc,
    pub closes_at: DateTimeUtc,
    pub state: RoundState,
    pub allows_proposals: bool,
    pub allows_comments: bool,
    pub allows_voting: bool,
    /// The stakeholder groups that may take part, comma-separated (`beneficiary,institution`).
    pub groups: String,
    pub vote_rule: VoteRule,
    /// N supports for `support` (none: unlimited), K dots for `dots`.
    pub vote_limit: Option<i32>,
    pub results_visibility: ResultsVisibility,
    pub opened_at: Option<DateTimeUtc>,
    pub closed_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// When the "closes in 24 hours" reminder went out.
    pub reminded_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::consultation::Entity",
        from = "Column::ConsultationId",
        to = "super::consultation::Column::Id",
        on_delete = "Cascade"
    )]
    Consultation,
}

impl Related<super::consultation::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Consultation.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
