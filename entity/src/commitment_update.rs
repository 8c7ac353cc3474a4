use sea_orm::entity::prelude::*;

use crate::CommitmentStatus;
/// A dated note on how a commitment is going, which may move its status and progress.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "commitment_update")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub commitment_id: i64,
    /// Markdown as written.
    pub body: String,
    pub body_html: String,
    /// The status it set, if it changed it.
    pub status: Option<CommitmentStatus>,
    pub dropped_reason: Option<String>,
    /// The progress it set, if it changed it.
    pub progress: Option<i32>,
    pub author_id: Option<i64>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
