//! Meetings as stored: creating, editing and cancelling them, each with its audit entry and,
//! for a cancellation, the notice to everyone registered, in the caller's transaction.

use chrono::{DateTime, Utc};
use entity::{consultation, meeting, meeting_registration};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder, QuerySelect, Set, sea_query::Expr,
};
use serde_json::json;

use super::{form::MeetingFields, view::link};
use crate::{
    audit::{self, Entry},
    consultations::audience,
    markdown,
    notifications::{self, Concern, Event, Notice, details::MeetingChange},
};

/// The consultation's meetings, soonest first.
pub async fn for_consultation(
    db: &impl ConnectionTrait,
    consultation_id: i64,
) -> Result<Vec<meeting::Model>, DbErr> {
    meeting::Entity::find()
        .filter(meeting::Column::ConsultationId.eq(consultation_id))
        .order_by_asc(meeting::Column::StartsAt)
        .order_by_asc(meeting::Column::Id)
        .all(db)
        .await
}

/// The meeting, holding it against other writers until the transaction ends: on PostgreSQL
/// its row is locked; SQLite's write transaction (`BEGIN IMMEDIATE`) already holds the whole
/// database. Registrations of one meeting therefore happen one after the other.
pub async fn lock(db: &impl ConnectionTrait, id: i64) -> Result<Option<meeting::Model>, DbErr> {
    meeting::Entity::find_by_id(id)
        .lock_exclusive()
        .one(db)
        .await
}

async fn fill(model: &mut meeting::ActiveModel, fields: MeetingFields) {
    let (description, description_html) = markdown::stored(fields.description).await;
    model.title = Set(fields.title);
    model.description = description;
    model.description_html = description_html;
    model.round_id = Set(fields.round_id);
    model.starts_at = Set(fields.starts_at);
    model.ends_at = Set(fields.ends_at);
    model.address = Set(fields.address);
    model.directions = Set(fields.directions);
    model.venue_accessibility = Set(fields.venue_accessibility);
    model.online_url = Set(fields.online_url);
    model.languages = Set(fields.languages);
    model.interpretation = Set(fields.interpretation);
    model.childcare = Set(fields.childcare);
    model.capacity = Set(fields.capacity);
    model.registration_required = Set(fields.registration_required);
    model.registration_deadline = Set(fields.registration_deadline);
}

pub(super) fn audit_entry<'a>(
    actor_id: i64,
    action: &'a str,
    meeting: &meeting::Model,
    details: serde_json::Value,
) -> Entry<'a> {
    Entry {
        actor_id: Some(actor_id),
        action,
        object_type: "meeting",
        object_id: Some(meeting.id),
        consultation_id: Some(meeting.consultation_id),
        details,
    }
}

pub async fn create(
    db: &impl ConnectionTrait,
    consultation_id: i64,
    fields: MeetingFields,
    actor_id: i64,
    now: DateTime<Utc>,
) -> Result<meeting::Model, DbErr> {
    let mut model = meeting::ActiveModel {
        consultation_id: Set(consultation_id),
        cancelled_at: Set(None),
        cancel_reason: Set(None),
        created_by: Set(Some(actor_id)),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    fill(&mut model, fields).await;
    let meeting = model.insert(db).await?;
    let details = json!({ "title": meeting.title });
    audit::record(
        db,
        audit_entry(actor_id, "meeting.created", &meeting, details),
        now,
    )
    .await?;
    Ok(meeting)
}

/// What of `fields` differs from `meeting` in a way that those coming must hear of.
fn changes(meeting: &meeting::Model, fields: &MeetingFields) -> Vec<MeetingChange> {
    let mut changes = Vec::new();
    if meeting.starts_at != fields.starts_at || meeting.ends_at != fields.ends_at {
        changes.push(MeetingChange::Time);
    }
    if meeting.address != fields.address {
        changes.push(MeetingChange::Address);
    }
    if meeting.online_url != fields.online_url {
        changes.push(MeetingChange::OnlineLink);
    }
    changes
}

/// Everyone registered or waiting.
async fn registrants(db: &impl ConnectionTrait, meeting_id: i64) -> Result<Vec<i64>, DbErr> {
    meeting_registration::Entity::find()
        .select_only()
        .column(meeting_registration::Column::UserId)
        .filter(meeting_registration::Column::MeetingId.eq(meeting_id))
        .into_tuple()
        .all(db)
        .await
}

/// Saves the edited particulars. A larger capacity gives places to those waiting; a new
/// time, address or online link is told to everyone registered or waiting, and a new start
/// makes the day-before reminder due again.
pub async fn update(
    db: &impl ConnectionTrait,
    consultation: &consultation::Model,
    meeting: meeting::Model,
    fields: MeetingFields,
    actor_id: i64,
    now: DateTime<Utc>,
) -> Result<meeting::Model, DbErr> {
    let changes = changes(&meeting, &fields);
    let moved = meeting.starts_at != fields.starts_at;
    let mut model = meeting.into_active_model();
    fill(&mut model, fields).await;
    model.updated_at = Set(now);
    if moved {
        model.reminded_at = Set(None);
    }
    let meeting = model.update(db).await?;
    let details = json!({ "title": meeting.title });
    audit::record(
        db,
        audit_entry(actor_id, "meeting.updated", &meeting, details),
        now,
    )
    .await?;
    super::registration::fill_places(db, consultation, &meeting, now).await?;
    if !changes.is_empty() && meeting.cancelled_at.is_none() && meeting.ends_at > now {
        let people = registrants(db, meeting.id).await?;
        let place = audience::place(db, consultation).await?;
        let event = Event::MeetingChanged {
            meeting_id: meeting.id,
            changes,
        };
        let mut notice =
            Notice::new(event, place, &meeting.title, link(meeting.id)).by(Some(actor_id));
        notice.tell(people, Concern::Own);
        notifications::raise(db, notice, now).await?;
    }
    Ok(meeting)
}

/// Cancels the meeting and tells everyone registered or waiting. False when it already was
/// cancelled.
pub async fn cancel(
    db: &impl ConnectionTrait,
    consultation: &consultation::Model,
    meeting: meeting::Model,
    reason: String,
    actor_id: i64,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let cancelled = meeting::Entity::update_many()
        .col_expr(meeting::Column::CancelledAt, Expr::value(now))
        .col_expr(
            meeting::Column::CancelReason,
            Expr::value(Some(reason.clone())),
        )
        .col_expr(meeting::Column::UpdatedAt, Expr::value(now))
        .filter(meeting::Column::Id.eq(meeting.id))
        .filter(meeting::Column::CancelledAt.is_null())
        .exec(db)
        .await?
        .rows_affected;
    if cancelled == 0 {
        return Ok(false);
    }
    let details = json!({ "title": meeting.title, "reason": reason });
    audit::record(
        db,
        audit_entry(actor_id, "meeting.cancelled", &meeting, details),
        now,
    )
    .await?;
    let people = registrants(db, meeting.id).await?;
    let place = audience::place(db, consultation).await?;
    let event = Event::MeetingCancelled {
        meeting_id: meeting.id,
        reason,
    };
    let mut notice = Notice::new(event, place, &meeting.title, link(meeting.id)).by(Some(actor_id));
    notice.tell(people, Concern::Own);
    notifications::raise(db, notice, now).await?;
    Ok(true)
}

/// When an account is deleted: every registration of `user_id` goes, with the needs it gave;
/// a place in a meeting still to come passes to the first person waiting.
pub async fn forget_person(
    db: &impl ConnectionTrait,
    user_id: i64,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let meetings: Vec<i64> = meeting_registration::Entity::find()
        .select_only()
        .column(meeting_registration::Column::MeetingId)
        .filter(meeting_registration::Column::UserId.eq(user_id))
        .into_tuple()
        .all(db)
        .await?;
    for meeting_id in meetings {
        let Some(meeting) = lock(db, meeting_id).await? else {
            continue;
        };
        let Some(consultation) = consultation::Entity::find_by_id(meeting.consultation_id)
            .one(db)
            .await?
        else {
            continue;
        };
        super::registration::withdraw(db, &consultation, &meeting, user_id, now).await?;
    }
    Ok(())
}
