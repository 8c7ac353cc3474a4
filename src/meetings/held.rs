//! The meetings something recorded in person may name as where it came from: the
//! consultation's meetings that have started and were not cancelled. The console's forms for
//! a proposal made in person and for an in-person tally offer them in a select; a chosen id
//! that is not among them is refused at the field.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use entity::{meeting, meeting_proposal, meeting_tally};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, Set};

use crate::{
    i18n::Locale,
    timezone,
    web::{AppState, FormErrors},
};

/// The form field of the select.
pub const FIELD: &str = "meeting";

/// A meeting as the select offers it.
pub struct MeetingChoice {
    pub id: i64,
    pub title: String,
    pub starts: String,
}

/// The consultation's meetings that have started and were not cancelled, latest first.
pub async fn choices(
    db: &impl ConnectionTrait,
    consultation_id: i64,
    now: DateTime<Utc>,
    zone: Tz,
    locale: Locale,
) -> Result<Vec<MeetingChoice>, DbErr> {
    let held = meeting::Entity::find()
        .filter(meeting::Column::ConsultationId.eq(consultation_id))
        .filter(meeting::Column::StartsAt.lte(now))
        .filter(meeting::Column::CancelledAt.is_null())
        .order_by_desc(meeting::Column::StartsAt)
        .order_by_desc(meeting::Column::Id)
        .all(db)
        .await?;
    Ok(held
        .into_iter()
        .map(|m| MeetingChoice {
            id: m.id,
            title: m.title,
            starts: timezone::display(m.starts_at, zone, locale),
        })
        .collect())
}

/// [`choices`] with the platform's clock and time zone.
pub async fn offered(
    state: &AppState,
    locale: Locale,
    consultation_id: i64,
) -> Result<Vec<MeetingChoice>, DbErr> {
    let zone = state.config.timezone;
    choices(&state.db, consultation_id, state.now(), zone, locale).await
}

/// The meeting chosen in the form: None when none was; a problem at the field when the id
/// is not one of `choices` (another consultation's meeting, a cancelled one, a forged id).
pub fn chosen(choices: &[MeetingChoice], raw: &str, errors: &mut FormErrors) -> Option<i64> {
    match raw.trim() {
        "" => None,
        text => {
            let id = text
                .parse::<i64>()
                .ok()
                .filter(|id| choices.iter().any(|c| c.id == *id));
            if id.is_none() {
                errors.add(FIELD, "error-meeting-choice");
            }
            id
        }
    }
}

/// Records that the proposal was made at the meeting.
pub async fn link_proposal(
    db: &impl ConnectionTrait,
    proposal_id: i64,
    meeting_id: i64,
) -> Result<(), DbErr> {
    meeting_proposal::Entity::insert(meeting_proposal::ActiveModel {
        proposal_id: Set(proposal_id),
        meeting_id: Set(meeting_id),
    })
    .exec_without_returning(db)
    .await
    .map(|_| ())
}

/// Records that the tally was counted at the meeting.
pub async fn link_tally(
    db: &impl ConnectionTrait,
    tally_id: i64,
    meeting_id: i64,
) -> Result<(), DbErr> {
    meeting_tally::Entity::insert(meeting_tally::ActiveModel {
        tally_id: Set(tally_id),
        meeting_id: Set(meeting_id),
    })
    .exec_without_returning(db)
    .await
    .map(|_| ())
}
