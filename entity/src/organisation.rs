use sea_orm::entity::prelude::*;

use crate::OrganisationKind;

/// An organisation of the register. `slug` is its address (`/organisations/{slug}`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "organisation")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub slug: String,
    pub name: String,
    pub kind: OrganisationKind,
    /// The number in the national register of the third sector (RUNTS); third-sector
    /// entities only.
    pub runts_number: Option<String>,
    /// Codice fiscale: 11 digits (a body's) or 16 characters (a person's).
    pub tax_code: String,
    pub town: String,
    pub website: Option<String>,
    /// A short plain-text description.
    pub description: String,
    /// When a coordinator verified it; none while unverified.
    pub verified_at: Option<DateTimeUtc>,
    pub created_by: Option<i64>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
