use sea_orm::entity::prelude::*;

/// One failed log-in, counted against the account it named and the address it came from.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "login_failure")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// `account:` or `address:` and a SHA-256 digest of the address typed or of the client's
    /// IP address (an IPv6 one by its /64): neither is stored as such.
    pub subject: String,
    pub failed_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
