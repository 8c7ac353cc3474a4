//! Renders the Markdown saved before `body_html` existed, once, when Tavolo starts.
//!
//! The migration that added `body_html` could not render (the renderer lives here), so it
//! left the column empty; this fills every row whose `body_html` is empty while its `body`
//! is not. It reads and writes in batches, so a database with a hundred thousand comments
//! is never held in memory at once, and it renders off the async threads, outside any
//! transaction. Running it again finds nothing to do; two instances starting together
//! at worst render the same rows twice.

use entity::{comment, consultation, proposal, proposal_revision};
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    TransactionTrait, sea_query::Expr,
};

use super::render;

/// Rows read, rendered and written per round.
const BATCH: u64 = 200;

/// Fills `body_html` wherever it is missing; returns how many rows were rendered.
pub async fn fill_missing(db: &DatabaseConnection) -> Result<u64, DbErr> {
    use comment::Column as K;
    use consultation::Column as C;
    use proposal::Column as P;
    use proposal_revision::Column as R;
    let mut filled = 0;
    filled += fill::<consultation::Entity>(db, [C::Id, C::Body, C::BodyHtml]).await?;
    filled += fill::<proposal::Entity>(db, [P::Id, P::Body, P::BodyHtml]).await?;
    filled += fill::<proposal_revision::Entity>(db, [R::Id, R::Body, R::BodyHtml]).await?;
    filled += fill::<comment::Entity>(db, [K::Id, K::Body, K::BodyHtml]).await?;
    if filled > 0 {
        tracing::info!(
            rows = filled,
            "rendered the Markdown saved before it was stored as HTML"
        );
    }
    Ok(filled)
}

/// Fills one table, whose `id`, `body` and `body_html` columns are given, in id order.
async fn fill<E: EntityTrait>(
    db: &DatabaseConnection,
    [id, body, html]: [E::Column; 3],
) -> Result<u64, DbErr> {
    let mut filled = 0;
    // Walking by id, rather than asking again for empty rows, ends even where a text
    // renders to nothing (only whitespace, or only what the sanitiser removes).
    let mut after = i64::MIN;
    loop {
        let rows: Vec<(i64, String)> = E::find()
            .select_only()
            .column(id)
            .column(body)
            .filter(id.gt(after))
            .filter(html.eq(""))
            .filter(body.ne(""))
            .order_by_asc(id)
            .limit(BATCH)
            .into_tuple()
            .all(db)
            .await?;
        let Some(&(last, _)) = rows.last() else {
            return Ok(filled);
        };
        after = last;
        let rendered = tokio::task::spawn_blocking(move || {
            rows.into_iter()
                .map(|(row, source)| {
                    let rendered = render(&source);
                    (row, source, rendered)
                })
                .collect::<Vec<_>>()
        })
        .await
        .map_err(|e| DbErr::Custom(format!("rendering Markdown failed: {e}")))?;
        let tx = db.begin().await?;
        for (row, source, rendered) in rendered {
            // Only if nobody saved the text meanwhile (a save writes its own HTML).
            let updated = E::update_many()
                .col_expr(html, Expr::value(rendered))
                .filter(id.eq(row))
                .filter(body.eq(source))
                .filter(html.eq(""))
                .exec(&tx)
                .await?;
            filled += updated.rows_affected;
        }
        tx.commit().await?;
    }
}
