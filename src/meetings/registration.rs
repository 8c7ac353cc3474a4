//! Registering for a meeting, with a waiting list that moves up by itself. Every function
//! here runs in a write transaction after [`super::store::lock`] took the meeting, so that
//! counting the places and taking one are a single step: thirty people registering at once
//! for ten places make ten registrations and twenty people waiting, in the order they came.

use chrono::{DateTime, Utc};
use entity::{
    ApplicationStatus, MembershipStatus, RegistrationStatus, consultation, meeting,
    meeting_registration, organisation_member, procedure, procedure_application, procedure_session,
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Set, sea_query::Expr,
};

use super::view::link;
use crate::{
    consultations::audience,
    notifications::{self, Concern, Event, Notice},
};

/// What a participant may tell the facilitators they need to take part.
#[derive(Debug, Clone, Default)]
pub struct Needs {
    pub interpreter_language: String,
    pub childcare: bool,
    pub accessibility_note: String,
}

/// Where a registration left its author.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Registered,
    /// On the waiting list, at this place (1 is next).
    Waiting(u64),
    /// They were registered or waiting already; nothing changed.
    Already,
}

/// Why `user_id` may not register for the meeting because it is a co-design session of a
/// procedure (art. 55 D.Lgs. 117/2017): only active members of the organisations admitted
/// to that procedure, once admission is public, take part. None when it is no session or
/// they may. Read from the procedure's rows directly, so meetings know nothing of the
/// procedures module above them.
pub async fn session_refusal(
    db: &impl ConnectionTrait,
    meeting_id: i64,
    user_id: Option<i64>,
) -> Result<Option<&'static str>, DbErr> {
    let Some(session) = procedure_session::Entity::find_by_id(meeting_id)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let Some(user_id) = user_id else {
        return Ok(Some("procedure-session-admitted-only"));
    };
    let organisations: Vec<i64> = organisation_member::Entity::find()
        .select_only()
        .column(organisation_member::Column::OrganisationId)
        .filter(organisation_member::Column::UserId.eq(user_id))
        .filter(organisation_member::Column::Status.eq(MembershipStatus::Active))
        .into_tuple()
        .all(db)
        .await?;
    let public = procedure::Entity::find_by_id(session.procedure_id)
        .filter(procedure::Column::AdmissionPublishedAt.is_not_null())
        .count(db)
        .await?;
    let admitted = procedure_application::Entity::find()
        .filter(procedure_application::Column::ProcedureId.eq(session.procedure_id))
        .filter(procedure_application::Column::Status.eq(ApplicationStatus::Admitted))
        .filter(procedure_application::Column::OrganisationId.is_in(organisations))
        .count(db)
        .await?;
    Ok((public == 0 || admitted == 0).then_some("procedure-session-admitted-only"))
}

/// How many people hold a place.
pub async fn registered_count(db: &impl ConnectionTrait, meeting_id: i64) -> Result<u64, DbErr> {
    meeting_registration::Entity::find()
        .filter(meeting_registration::Column::MeetingId.eq(meeting_id))
        .filter(meeting_registration::Column::Status.eq(RegistrationStatus::Registered))
        .count(db)
        .await
}

/// Someone's registration for the meeting, if any.
pub async fn of(
    db: &impl ConnectionTrait,
    meeting_id: i64,
    user_id: i64,
) -> Result<Option<meeting_registration::Model>, DbErr> {
    meeting_registration::Entity::find()
        .filter(meeting_registration::Column::MeetingId.eq(meeting_id))
        .filter(meeting_registration::Column::UserId.eq(user_id))
        .one(db)
        .await
}

/// Where a waiting registration stands on the list: 1 is next.
pub async fn waiting_place(
    db: &impl ConnectionTrait,
    registration: &meeting_registration::Model,
) -> Result<u64, DbErr> {
    let ahead = meeting_registration::Entity::find()
        .filter(meeting_registration::Column::MeetingId.eq(registration.meeting_id))
        .filter(meeting_registration::Column::Status.eq(RegistrationStatus::Waiting))
        .filter(meeting_registration::Column::Position.lt(registration.position))
        .count(db)
        .await?;
    Ok(ahead + 1)
}

fn has_room(meeting: &meeting::Model, registered: u64) -> bool {
    meeting
        .capacity
        .is_none_or(|capacity| registered < u64::try_from(capacity).unwrap_or(0))
}

/// Registers `user_id`: a place while there is one, otherwise a turn on the waiting list.
pub async fn register(
    db: &impl ConnectionTrait,
    meeting: &meeting::Model,
    user_id: i64,
    needs: Needs,
    now: DateTime<Utc>,
) -> Result<Outcome, DbErr> {
    if of(db, meeting.id, user_id).await?.is_some() {
        return Ok(Outcome::Already);
    }
    let registered = registered_count(db, meeting.id).await?;
    let status = if has_room(meeting, registered) {
        RegistrationStatus::Registered
    } else {
        RegistrationStatus::Waiting
    };
    let last: Option<i64> = meeting_registration::Entity::find()
        .select_only()
        .column_as(meeting_registration::Column::Position.max(), "last")
        .filter(meeting_registration::Column::MeetingId.eq(meeting.id))
        .into_tuple::<Option<i64>>()
        .one(db)
        .await?
        .flatten();
    let row = meeting_registration::ActiveModel {
        meeting_id: Set(meeting.id),
        user_id: Set(user_id),
        status: Set(status),
        position: Set(last.unwrap_or(0) + 1),
        interpreter_language: Set(needs.interpreter_language),
        childcare: Set(needs.childcare),
        accessibility_note: Set(needs.accessibility_note),
        created_at: Set(now),
        ..Default::default()
    };
    let inserted = meeting_registration::Entity::insert(row)
        .exec(db)
        .await?
        .last_insert_id;
    Ok(match status {
        RegistrationStatus::Registered => Outcome::Registered,
        RegistrationStatus::Waiting => {
            let row = meeting_registration::Entity::find_by_id(inserted)
                .one(db)
                .await?
                .ok_or_else(|| DbErr::RecordNotFound("registration".into()))?;
            Outcome::Waiting(waiting_place(db, &row).await?)
        }
    })
}

/// Withdraws `user_id`'s registration. A place given up goes to the first person waiting.
/// False when they were not registered.
pub async fn withdraw(
    db: &impl ConnectionTrait,
    consultation: &consultation::Model,
    meeting: &meeting::Model,
    user_id: i64,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let Some(registration) = of(db, meeting.id, user_id).await? else {
        return Ok(false);
    };
    let removed = meeting_registration::Entity::delete_by_id(registration.id)
        .exec(db)
        .await?
        .rows_affected;
    if removed > 0 && registration.status == RegistrationStatus::Registered {
        fill_places(db, consultation, meeting, now).await?;
    }
    Ok(removed > 0)
}

/// Gives the free places to those waiting, first come first served, and tells each of them.
/// Nothing moves for a cancelled meeting or one that has started.
pub async fn fill_places(
    db: &impl ConnectionTrait,
    consultation: &consultation::Model,
    meeting: &meeting::Model,
    now: DateTime<Utc>,
) -> Result<Vec<i64>, DbErr> {
    if meeting.cancelled_at.is_some() || meeting.starts_at <= now {
        return Ok(Vec::new());
    }
    let registered = registered_count(db, meeting.id).await?;
    // None: no limit, everyone waiting gets a place (a limit of `u64::MAX` would not bind
    // as an SQL integer).
    let free = meeting.capacity.map(|capacity| {
        u64::try_from(capacity)
            .unwrap_or(0)
            .saturating_sub(registered)
    });
    if free == Some(0) {
        return Ok(Vec::new());
    }
    let next: Vec<(i64, i64)> = meeting_registration::Entity::find()
        .select_only()
        .column(meeting_registration::Column::Id)
        .column(meeting_registration::Column::UserId)
        .filter(meeting_registration::Column::MeetingId.eq(meeting.id))
        .filter(meeting_registration::Column::Status.eq(RegistrationStatus::Waiting))
        .order_by_asc(meeting_registration::Column::Position)
        .limit(free)
        .into_tuple()
        .all(db)
        .await?;
    let mut promoted = Vec::with_capacity(next.len());
    for (id, user_id) in next {
        // Only a row still waiting moves: a place is never given twice.
        let moved = meeting_registration::Entity::update_many()
            .col_expr(
                meeting_registration::Column::Status,
                Expr::value(RegistrationStatus::Registered),
            )
            .filter(meeting_registration::Column::Id.eq(id))
            .filter(meeting_registration::Column::Status.eq(RegistrationStatus::Waiting))
            .exec(db)
            .await?
            .rows_affected;
        if moved == 1 {
            promoted.push(user_id);
        }
    }
    if promoted.is_empty() {
        return Ok(promoted);
    }
    let place = audience::place(db, consultation).await?;
    for &user_id in &promoted {
        let event = Event::MeetingPlaceConfirmed {
            meeting_id: meeting.id,
            user_id,
        };
        let mut notice = Notice::new(event, place.clone(), &meeting.title, link(meeting.id));
        notice.tell([user_id], Concern::Own);
        notifications::raise(db, notice, now).await?;
    }
    Ok(promoted)
}
