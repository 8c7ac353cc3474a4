use sea_orm::entity::prelude::*;

use crate::{ConsultationStatus, Visibility};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "consultation")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub slug: String,
    pub title: String,
    pub summary: String,
    /// Markdown as its facilitators wrote it.
    pub body: String,
    /// `body` rendered and sanitised, written with it; what pages show.
    pub body_html: String,
    pub status: ConsultationStatus,
    pub visibility: Visibility,
    pub created_by: Option<i64>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub published_at: Option<DateTimeUtc>,
    /// Whether exports made in the console may name authors (never in open data).
    pub export_names: bool,
    /// When a coordinator published the outcomes as open data; None while unpublished.
    pub outcomes_published_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::theme::Entity")]
    Theme,
    #[sea_orm(has_many = "super::round::Entity")]
    Round,
    #[sea_orm(has_many = "super::consultation_role::Entity")]
    ConsultationRole,
}

impl Related<super::theme::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Theme.def()
    }
}

impl Related<super::round::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Round.def()
    }
}

impl Related<super::consultation_role::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::ConsultationRole.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
