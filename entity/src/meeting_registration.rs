use sea_orm::entity::prelude::*;

use crate::RegistrationStatus;

/// Someone registered for a meeting, or waiting for a place. `position` orders the meeting's
/// registrations as they arrived; the waiting list moves up in that order. The needs are seen
/// by facilitators only; empty texts mean none.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "meeting_registration")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub meeting_id: i64,
    pub user_id: i64,
    pub status: RegistrationStatus,
    pub position: i64,
    pub interpreter_language: String,
    pub childcare: bool,
    pub accessibility_note: String,
    /// Checked in at the meeting by a facilitator.
    pub attended: bool,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::meeting::Entity",
        from = "Column::MeetingId",
        to = "super::meeting::Column::Id",
        on_delete = "Cascade"
    )]
    Meeting,
    #[sea_orm(
        belongs_to = "super::user::Entity",
        from = "Column::UserId",
        to = "super::user::Column::Id",
        on_delete = "Cascade"
    )]
    User,
}

impl Related<super::meeting::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Meeting.def()
    }
}

impl Related<super::user::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::User.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
