use sea_orm::entity::prelude::*;

use crate::CommitmentStatus;
/// What the public body undertook to do after accepting proposals, and how far it has got.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "commitment")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub consultation_id: i64,
    pub title: String,
    /// Markdown as facilitators wrote it.
    pub description: String,
    /// `description` rendered and sanitised, written with it; what pages show.
    pub description_html: String,
    /// The office or body responsible for carrying it out.
    pub responsible: String,
    pub status: CommitmentStatus,
    /// Why it was dropped; required when `status` is `dropped`.
    pub dropped_reason: Option<String>,
    /// Percent, 0 to 100.
    pub progress: i32,
    pub starts_on: Option<Date>,
    pub ends_on: Option<Date>,
    /// In hundredths of `budget_currency`.
    pub budget_cents: Option<i64>,
    /// ISO 4217 code (`EUR`).
    pub budget_currency: Option<String>,
    pub created_by: Option<i64>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
