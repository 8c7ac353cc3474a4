//! Documents as stored: the live ones of a parent, adding one and removing one, each with
//! its audit entry in the caller's transaction.

use chrono::{DateTime, Utc};
use entity::{Code, DocumentParent, document};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set,
};
use serde_json::json;

use super::parent::Parent;
use crate::audit;

/// The documents of a parent that were not removed, oldest first.
pub async fn of_parent(
    db: &impl ConnectionTrait,
    kind: DocumentParent,
    parent_id: i64,
) -> Result<Vec<document::Model>, DbErr> {
    document::Entity::find()
        .filter(document::Column::ParentKind.eq(kind))
        .filter(document::Column::ParentId.eq(parent_id))
        .filter(document::Column::DeletedAt.is_null())
        .order_by_asc(document::Column::CreatedAt)
        .order_by_asc(document::Column::Id)
        .all(db)
        .await
}

/// The documents of several parents of one kind, in one statement: what `of_parent` gives
/// for each, together.
pub async fn of_parents(
    db: &impl ConnectionTrait,
    kind: DocumentParent,
    parent_ids: impl IntoIterator<Item = i64>,
) -> Result<Vec<document::Model>, DbErr> {
    document::Entity::find()
        .filter(document::Column::ParentKind.eq(kind))
        .filter(document::Column::ParentId.is_in(parent_ids))
        .filter(document::Column::DeletedAt.is_null())
        .order_by_asc(document::Column::CreatedAt)
        .order_by_asc(document::Column::Id)
        .all(db)
        .await
}

/// A document that was not removed.
pub async fn live(db: &impl ConnectionTrait, id: i64) -> Result<Option<document::Model>, DbErr> {
    document::Entity::find_by_id(id)
        .filter(document::Column::DeletedAt.is_null())
        .one(db)
        .await
}

/// A new document: the file is already stored under its hash.
pub struct NewDocument {
    pub name: String,
    pub content_type: &'static str,
    pub size_bytes: i64,
    pub sha256: String,
    pub title: Option<String>,
}

pub async fn add(
    db: &impl ConnectionTrait,
    parent: &Parent,
    new: NewDocument,
    uploader: i64,
    now: DateTime<Utc>,
) -> Result<i64, DbErr> {
    let details = json!({
        "parent": parent.kind.code(),
        "parent_id": parent.id,
        "name": new.name,
        "content_type": new.content_type,
        "size_bytes": new.size_bytes,
        "sha256": new.sha256,
    });
    let inserted = document::Entity::insert(document::ActiveModel {
        parent_kind: Set(parent.kind),
        parent_id: Set(parent.id),
        name: Set(new.name),
        content_type: Set(new.content_type.to_owned()),
        size_bytes: Set(new.size_bytes),
        sha256: Set(new.sha256),
        title: Set(new.title),
        uploaded_by: Set(Some(uploader)),
        created_at: Set(now),
        ..Default::default()
    })
    .exec(db)
    .await?;
    let id = inserted.last_insert_id;
    record(db, (uploader, "document.added"), parent, id, details, now).await?;
    Ok(id)
}

/// Marks a document removed; it is no longer listed nor served.
pub async fn remove(
    db: &impl ConnectionTrait,
    parent: &Parent,
    document: &document::Model,
    remover: i64,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    document::Entity::update_many()
        .col_expr(
            document::Column::DeletedAt,
            sea_orm::sea_query::Expr::value(now),
        )
        .filter(document::Column::Id.eq(document.id))
        .exec(db)
        .await?;
    let details = json!({ "name": document.name, "sha256": document.sha256 });
    record(
        db,
        (remover, "document.removed"),
        parent,
        document.id,
        details,
        now,
    )
    .await
}

/// Whether a document that was not removed still has this content.
pub async fn content_in_use(db: &impl ConnectionTrait, sha256: &str) -> Result<bool, DbErr> {
    let count = document::Entity::find()
        .filter(document::Column::Sha256.eq(sha256))
        .filter(document::Column::DeletedAt.is_null())
        .count(db)
        .await?;
    Ok(count > 0)
}

async fn record(
    db: &impl ConnectionTrait,
    (actor, action): (i64, &str),
    parent: &Parent,
    document_id: i64,
    details: serde_json::Value,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    audit::record(
        db,
        audit::Entry {
            actor_id: Some(actor),
            action,
            object_type: "document",
            object_id: Some(document_id),
            consultation_id: parent.consultation_id,
            details,
        },
        now,
    )
    .await
}
