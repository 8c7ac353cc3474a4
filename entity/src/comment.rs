use sea_orm::entity::prelude::*;

use crate::{CommentState, Stance};
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "comment")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub proposal_id: i64,
    /// The comment this replies to.
    pub parent_id: Option<i64>,
    pub author_id: Option<i64>,
    /// Markdown as its author wrote it.
    pub body: String,
    /// `body` rendered and sanitised, written with it; what pages show.
    pub body_html: String,
    pub stance: Stance,
    pub state: CommentState,
    pub hidden_reason: Option<String>,
    /// 0 for a comment on the proposal, 1 for a reply to it, and so on.
    pub depth: i32,
    pub flags_count: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub edited_at: Option<DateTimeUtc>,
    /// The organisation the author signed it for, if any; kept when they leave it.
    pub on_behalf_of: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
