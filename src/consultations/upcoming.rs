//! The next meetings, as the consultation's page and the home page announce them: not
//! cancelled, not over, soonest first, in one query whatever the number of consultations.
//! The meetings themselves belong to `meetings`, which builds on consultations; this reads
//! their rows only.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use entity::{consultation, meeting};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use crate::{i18n::Locale, timezone};

/// Meetings the consultation's page announces.
pub const ON_CONSULTATION: u64 = 3;
/// Meetings the home page announces.
pub const ON_HOME: u64 = 5;

/// A meeting to come, as a short line.
pub struct Upcoming {
    pub id: i64,
    pub title: String,
    pub starts: String,
    pub starts_machine: String,
    /// The address; empty for a meeting held online only.
    pub address: String,
    /// The consultation's title, where meetings of several are listed.
    pub consultation: Option<String>,
}

/// The next `limit` meetings of the consultations `ids`, still to end and not cancelled.
/// `titles` names each consultation's title, for the home page; empty on a single
/// consultation's page.
pub async fn next_meetings(
    db: &impl ConnectionTrait,
    ids: Vec<i64>,
    titles: &[consultation::Model],
    limit: u64,
    (now, zone, locale): (DateTime<Utc>, Tz, Locale),
) -> Result<Vec<Upcoming>, DbErr> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let meetings = meeting::Entity::find()
        .filter(meeting::Column::ConsultationId.is_in(ids))
        .filter(meeting::Column::CancelledAt.is_null())
        .filter(meeting::Column::EndsAt.gt(now))
        .order_by_asc(meeting::Column::StartsAt)
        .order_by_asc(meeting::Column::Id)
        .limit(limit)
        .all(db)
        .await?;
    Ok(meetings
        .into_iter()
        .map(|m| Upcoming {
            id: m.id,
            title: m.title,
            starts: timezone::display(m.starts_at, zone, locale),
            starts_machine: timezone::machine(m.starts_at),
            address: m.address,
            consultation: titles
                .iter()
                .find(|c| c.id == m.consultation_id)
                .map(|c| c.title.clone()),
        })
        .collect())
}
