use sea_orm::entity::prelude::*;

/// One person told about one event, in the app and perhaps by email.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "notification")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub user_id: i64,
    pub event_id: i64,
    /// The event's kind, e.g. `comment_on_my_proposal`.
    pub kind: String,
    pub consultation_id: Option<i64>,
    pub consultation_title: String,
    /// The proposal, round or comment it is about, as a title.
    pub object_title: String,
    /// Where it leads, as a path.
    pub link: String,
    /// `none` (not emailed), `queued` (emailed at once), `digest` (waiting for the daily
    /// digest), `digested` (sent in one).
    pub email_state: String,
    pub created_at: DateTimeUtc,
    pub read_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
