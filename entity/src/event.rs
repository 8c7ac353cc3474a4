use sea_orm::entity::prelude::*;

/// Something that happened and that people may be told about (`round_opened`, …). Written in
/// the same transaction as the change; notifications are made from these rows.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "event")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub kind: String,
    pub consultation_id: Option<i64>,
    pub round_id: Option<i64>,
    /// None when the platform itself acted (a round opening on time).
    pub actor_id: Option<i64>,
    /// What the event carries, as JSON.
    pub payload: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
