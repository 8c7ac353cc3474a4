use sea_orm::entity::prelude::*;

use crate::AuthorRole;
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "proposal_author")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub proposal_id: i64,
    pub user_id: i64,
    pub role: AuthorRole,
    /// The organisation this signer signs for, if any ("Cooperativa Aurora, via Maria R.").
    /// Kept as it was when the signer leaves the organisation.
    pub on_behalf_of: Option<i64>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
