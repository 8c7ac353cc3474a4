use sea_orm::entity::prelude::*;

use crate::{PlatformRole, StakeholderGroup};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "user")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// Stored lower-cased; unique.
    #[sea_orm(unique)]
    pub email: String,
    pub display_name: String,
    pub password_hash: String,
    pub role: PlatformRole,
    pub stakeholder_group: StakeholderGroup,
    pub organisation: Option<String>,
    /// A locale code such as `it` or `en`.
    pub locale: String,
    pub email_verified_at: Option<DateTimeUtc>,
    pub privacy_accepted_at: DateTimeUtc,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// Email about their own contributions: `immediate`, `daily` or `off`.
    pub email_own: String,
    /// Email about everything else they follow: `immediate`, `daily` or `off`.
    pub email_others: String,
    /// When the owner deleted the account: email, name and organisation are erased, and it
    /// can no longer log in.
    pub deleted_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::account_token::Entity")]
    AccountToken,
    #[sea_orm(has_many = "super::session::Entity")]
    Session,
}

impl Related<super::account_token::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::AccountToken.def()
    }
}

impl Related<super::session::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Session.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
