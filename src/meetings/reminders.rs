//! "The meeting is tomorrow": once per meeting, about a day before it starts, to everyone
//! holding a place (not those waiting; never for a cancelled meeting). Run by the scheduler
//! on every instance: each meeting is claimed by a conditional update of `reminded_at` in
//! the transaction that raises the reminder, so exactly one instance sends it.

use chrono::{DateTime, TimeDelta, Utc};
use entity::{RegistrationStatus, meeting, meeting_registration};
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QuerySelect, sea_query::Expr,
};

use super::view::link;
use crate::{
    consultations::audience,
    db,
    notifications::{self, Concern, Event, Notice},
};

/// How long before a meeting starts the reminder goes out.
pub const REMIND_BEFORE: TimeDelta = TimeDelta::hours(24);

/// Sends the reminders that are due; returns for how many meetings.
pub async fn remind_meetings(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<usize, DbErr> {
    let due = meeting::Entity::find()
        .filter(meeting::Column::CancelledAt.is_null())
        .filter(meeting::Column::RemindedAt.is_null())
        .filter(meeting::Column::StartsAt.gt(now))
        .filter(meeting::Column::StartsAt.lte(now + REMIND_BEFORE))
        .all(db)
        .await?;
    let mut reminded = 0;
    for meeting in due {
        let tx = db::begin_write(db).await?;
        // Claim the meeting: with several instances, one of them sends. A meeting cancelled
        // meanwhile is not claimed.
        let claimed = meeting::Entity::update_many()
            .col_expr(meeting::Column::RemindedAt, Expr::value(Some(now)))
            .filter(meeting::Column::Id.eq(meeting.id))
            .filter(meeting::Column::RemindedAt.is_null())
            .filter(meeting::Column::CancelledAt.is_null())
            .exec(&tx)
            .await?
            .rows_affected;
        if claimed == 0 {
            continue;
        }
        let people: Vec<i64> = meeting_registration::Entity::find()
            .select_only()
            .column(meeting_registration::Column::UserId)
            .filter(meeting_registration::Column::MeetingId.eq(meeting.id))
            .filter(meeting_registration::Column::Status.eq(RegistrationStatus::Registered))
            .into_tuple()
            .all(&tx)
            .await?;
        let place = audience::place_by_id(&tx, meeting.consultation_id).await?;
        let event = Event::MeetingReminder {
            meeting_id: meeting.id,
        };
        let mut notice = Notice::new(event, place, meeting.title.clone(), link(meeting.id));
        notice.tell(people, Concern::Own);
        notifications::raise(&tx, notice, now).await?;
        tx.commit().await?;
        reminded += 1;
    }
    Ok(reminded)
}
