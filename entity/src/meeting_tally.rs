use sea_orm::entity::prelude::*;

/// An in-person tally, and the meeting where it was counted (at most one per tally).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "meeting_tally")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tally_id: i64,
    pub meeting_id: i64,
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
        belongs_to = "super::offline_tally::Entity",
        from = "Column::TallyId",
        to = "super::offline_tally::Column::Id",
        on_delete = "Cascade"
    )]
    Tally,
}

impl Related<super::meeting::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Meeting.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
