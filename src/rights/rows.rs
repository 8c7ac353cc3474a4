//! Reading rows for "download my data": a page at a time, with the title of what a row
//! points at.

use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    QueryTrait, Select,
    sea_query::{Expr, ExprTrait},
};
use serde_json::Value;

/// Rows per page of a download's section.
pub const PAGE: u64 = 500;

/// Adds the title of the row of `title.0` that `foreign_key` names, as `title.2`.
pub fn with_title<E: EntityTrait, T: EntityTrait>(
    select: Select<E>,
    title: (T, T::Column, &str),
    foreign_key: (E, E::Column),
) -> Select<E> {
    let (table, column, alias) = title;
    let mut select = select.column_as(Expr::col((table, column)), alias);
    QueryTrait::query(&mut select).left_join(
        table,
        Expr::col((table, sea_orm::sea_query::Alias::new("id"))).equals(foreign_key),
    );
    select
}

/// One page of `select` after id `after`, as JSON objects.
pub async fn page<E: EntityTrait>(
    db: &DatabaseConnection,
    select: Select<E>,
    id: E::Column,
    after: i64,
) -> Result<Vec<Value>, DbErr> {
    select
        .filter(id.gt(after))
        .order_by_asc(id)
        .limit(PAGE)
        .into_json()
        .all(db)
        .await
}
