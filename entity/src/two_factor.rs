use sea_orm::entity::prelude::*;

/// An account's two-factor login. A row without `enabled_at` is a set-up not yet confirmed
/// with a code; it does not change how the account logs in.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "two_factor")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: i64,
    /// The authenticator secret, encrypted with the site's key.
    pub secret_sealed: String,
    pub enabled_at: Option<DateTimeUtc>,
    /// The 30-second step of the last code accepted: that code and older ones no longer work.
    pub last_used_step: Option<i64>,
    /// Wrong codes in a row; at a limit, codes are refused until `locked_until`.
    pub failed_codes: i32,
    pub locked_until: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::user::Entity",
        from = "Column::UserId",
        to = "super::user::Column::Id",
        on_delete = "Cascade"
    )]
    User,
}

impl Related<super::user::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::User.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
