use sea_orm::entity::prelude::*;

use crate::DocumentParent;

/// A file attached to a consultation, a meeting, a commitment, an organisation or a
/// procedure's act. The bytes are stored once per content under the data folder, named by
/// `sha256`; `name` is only shown (and offered when downloading), never used as a path.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "document")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub parent_kind: DocumentParent,
    pub parent_id: i64,
    pub name: String,
    /// As sniffed from the content, never as the uploader's browser said.
    pub content_type: String,
    pub size_bytes: i64,
    /// Lowercase hex.
    pub sha256: String,
    pub title: Option<String>,
    pub uploaded_by: Option<i64>,
    pub created_at: DateTimeUtc,
    /// Removed: neither listed nor served.
    pub deleted_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
