//! Which documents an export lists: those, not removed, attached to the consultation, its
//! meetings or its commitments (their metadata only; the files stay on the site).

use entity::{DocumentParent, commitment, document, meeting};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter,
    sea_query::{Expr, ExprTrait, Query},
};

/// The condition on `document` rows for the consultation's export.
pub fn of_consultation(consultation_id: i64) -> Condition {
    let meetings = Query::select()
        .column(meeting::Column::Id)
        .from(meeting::Entity)
        .and_where(Expr::col(meeting::Column::ConsultationId).eq(consultation_id))
        .to_owned();
    let commitments = Query::select()
        .column(commitment::Column::Id)
        .from(commitment::Entity)
        .and_where(Expr::col(commitment::Column::ConsultationId).eq(consultation_id))
        .to_owned();
    let parent = |kind: DocumentParent| document::Column::ParentKind.eq(kind);
    Condition::all()
        .add(document::Column::DeletedAt.is_null())
        .add(
            Condition::any()
                .add(
                    parent(DocumentParent::Consultation)
                        .and(document::Column::ParentId.eq(consultation_id)),
                )
                .add(
                    parent(DocumentParent::Meeting)
                        .and(document::Column::ParentId.in_subquery(meetings)),
                )
                .add(
                    parent(DocumentParent::Commitment)
                        .and(document::Column::ParentId.in_subquery(commitments)),
                ),
        )
}

/// How many documents the consultation's export lists.
pub async fn count(db: &impl ConnectionTrait, consultation_id: i64) -> Result<i64, DbErr> {
    let count = document::Entity::find()
        .filter(of_consultation(consultation_id))
        .count(db)
        .await?;
    Ok(i64::try_from(count).unwrap_or(i64::MAX))
}
