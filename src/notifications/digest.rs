//! The daily digest: once a day, after 07:00 in `TAVOLO_TIMEZONE`, one email per person with
//! everything that waited for it, grouped by consultation. Nobody gets an empty one. The
//! idempotency key names the person and the day, so several instances (or several runs in a
//! day) send it once; what arrives after the day's digest waits for the next.

use std::collections::BTreeMap;

use chrono::{DateTime, Timelike, Utc};
use chrono_tz::Tz;
use entity::{notification, user};
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::Expr,
};

use super::{
    emails::{DigestGroup, DigestItem, Email},
    events::Kind,
    outbox::enqueue,
    unsubscribe,
};
use crate::db;

/// The local hour from which the day's digest goes out.
pub const DIGEST_HOUR: u32 = 7;

/// Queues today's digests that are due; returns how many.
pub async fn send_due(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    zone: Tz,
) -> Result<usize, DbErr> {
    let local = now.with_timezone(&zone);
    if local.hour() < DIGEST_HOUR {
        return Ok(0);
    }
    let day = local.date_naive();
    let people: Vec<i64> = notification::Entity::find()
        .select_only()
        .column(notification::Column::UserId)
        .distinct()
        .filter(notification::Column::EmailState.eq("digest"))
        .into_tuple()
        .all(db)
        .await?;
    if people.is_empty() {
        return Ok(0);
    }
    let key = db::signing_key(db).await?;
    let mut sent = 0;
    for person in people {
        let tx = db::begin_write(db).await?;
        let waiting = notification::Entity::find()
            .filter(notification::Column::UserId.eq(person))
            .filter(notification::Column::EmailState.eq("digest"))
            .order_by_asc(notification::Column::CreatedAt)
            .order_by_asc(notification::Column::Id)
            .all(&tx)
            .await?;
        let Some(account) = user::Entity::find_by_id(person).one(&tx).await? else {
            continue;
        };
        if waiting.is_empty() {
            continue;
        }
        let ids: Vec<i64> = waiting.iter().map(|n| n.id).collect();
        // Someone who has since turned the digest off gets none.
        let wants = account.email_own == "daily" || account.email_others == "daily";
        let mut groups: BTreeMap<String, Vec<DigestItem>> = BTreeMap::new();
        for item in &waiting {
            // Every stored kind is one Tavolo knows; anything else has nothing to say.
            let Some(kind) = Kind::parse(&item.kind) else {
                continue;
            };
            groups
                .entry(item.consultation_title.clone())
                .or_default()
                .push(DigestItem {
                    kind,
                    title: item.object_title.clone(),
                    path: item.link.clone(),
                });
        }
        let email = Email::Digest {
            day,
            groups: groups
                .into_iter()
                .map(|(consultation, items)| DigestGroup {
                    consultation,
                    items,
                })
                .collect(),
            unsubscribe: unsubscribe::path(&key, person),
        };
        let queued = wants
            && enqueue(
                &tx,
                &account.email,
                &account.locale,
                &email,
                &format!("digest:{person}:{day}"),
                now,
            )
            .await?;
        if queued || !wants {
            notification::Entity::update_many()
                .col_expr(
                    notification::Column::EmailState,
                    Expr::value(if queued { "digested" } else { "none" }),
                )
                .filter(notification::Column::Id.is_in(ids))
                .exec(&tx)
                .await?;
        }
        tx.commit().await?;
        sent += usize::from(queued);
    }
    Ok(sent)
}
