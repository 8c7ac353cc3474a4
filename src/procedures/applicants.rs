//! Applications as stored: who may apply, receiving one (numbered, acknowledged by email),
//! withdrawing and replacing it. Every step runs in a write transaction holding the
//! procedure ([`super::store::lock`]) and checks the deadline against the server's clock to
//! the second: an application is received while `now < applications_close_at`, never after.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use entity::{
    ApplicationRole, ApplicationStatus, MembershipRole, MembershipStatus, organisation,
    organisation_member, procedure, procedure_application, user,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder, QuerySelect, Set,
};
use serde_json::json;

use super::{notice::audit_entry, notice_form::kinds_of};
use crate::{
    audit,
    notifications::{Email, enqueue, procedure_email::ProcedureEmail},
};

/// The statuses of an application still standing (not withdrawn, not replaced).
pub const LIVE: [ApplicationStatus; 3] = [
    ApplicationStatus::Submitted,
    ApplicationStatus::Admitted,
    ApplicationStatus::Excluded,
];

/// The standing applications with their organisations, by number.
pub async fn live(
    db: &impl ConnectionTrait,
    procedure_id: i64,
) -> Result<Vec<(procedure_application::Model, organisation::Model)>, DbErr> {
    let rows = procedure_application::Entity::find()
        .filter(procedure_application::Column::ProcedureId.eq(procedure_id))
        .filter(procedure_application::Column::Status.is_in(LIVE))
        .order_by_asc(procedure_application::Column::Number)
        .find_also_related(organisation::Entity)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(a, o)| o.map(|o| (a, o)))
        .collect())
}

/// The organisations `user_id` represents (an active representative).
pub async fn represented(
    db: &impl ConnectionTrait,
    user_id: i64,
) -> Result<Vec<organisation::Model>, DbErr> {
    let ids: Vec<i64> = organisation_member::Entity::find()
        .select_only()
        .column(organisation_member::Column::OrganisationId)
        .filter(organisation_member::Column::UserId.eq(user_id))
        .filter(organisation_member::Column::Role.eq(MembershipRole::Representative))
        .filter(organisation_member::Column::Status.eq(MembershipStatus::Active))
        .into_tuple()
        .all(db)
        .await?;
    organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(ids))
        .order_by_asc(organisation::Column::Name)
        .all(db)
        .await
}

/// The organisations `user_id` may apply for, or why none (a Fluent key): they represent
/// none, none is verified, or none is of a kind the notice admits.
pub async fn eligible(
    db: &impl ConnectionTrait,
    procedure: &procedure::Model,
    user_id: i64,
) -> Result<Result<Vec<organisation::Model>, &'static str>, DbErr> {
    let mine = represented(db, user_id).await?;
    if mine.is_empty() {
        return Ok(Err("procedure-refused-not-representative"));
    }
    let verified: Vec<_> = mine
        .into_iter()
        .filter(|o| o.verified_at.is_some())
        .collect();
    if verified.is_empty() {
        return Ok(Err("procedure-refused-not-verified"));
    }
    let kinds = kinds_of(&procedure.admitted_kinds);
    let admitted: Vec<_> = verified
        .into_iter()
        .filter(|o| {
            kinds
                .iter()
                .any(|k| *k == sea_orm::ActiveEnum::to_value(&o.kind))
        })
        .collect();
    if admitted.is_empty() {
        return Ok(Err("procedure-refused-kind"));
    }
    Ok(Ok(admitted))
}

/// Why nothing may be received now, if so: not published, or the deadline reached.
pub fn closed(procedure: &procedure::Model, now: DateTime<Utc>) -> Option<&'static str> {
    if procedure.published_at.is_none() {
        Some("procedure-refused-not-published")
    } else if now >= procedure.applications_close_at {
        Some("procedure-refused-deadline")
    } else {
        None
    }
}

/// What an application says.
#[derive(Debug, Clone)]
pub struct Submission {
    pub organisation: organisation::Model,
    pub role: ApplicationRole,
    pub statement: String,
}

/// The organisation's standing application, if any.
pub async fn standing_of(
    db: &impl ConnectionTrait,
    procedure_id: i64,
    organisation_id: i64,
) -> Result<Option<procedure_application::Model>, DbErr> {
    procedure_application::Entity::find()
        .filter(procedure_application::Column::ProcedureId.eq(procedure_id))
        .filter(procedure_application::Column::OrganisationId.eq(organisation_id))
        .filter(procedure_application::Column::Status.is_in(LIVE))
        .one(db)
        .await
}

async fn next_number(db: &impl ConnectionTrait, procedure_id: i64) -> Result<i32, DbErr> {
    let last: Option<i32> = procedure_application::Entity::find()
        .select_only()
        .column_as(procedure_application::Column::Number.max(), "last")
        .filter(procedure_application::Column::ProcedureId.eq(procedure_id))
        .into_tuple::<Option<i32>>()
        .one(db)
        .await?
        .flatten();
    Ok(last.unwrap_or(0) + 1)
}

/// Receives an application (a new one, or the replacement of `replaces`): the next number,
/// the audit entry and the acknowledgement to the representative, queued in their language.
/// The caller checked the deadline and who may apply, the procedure held.
pub async fn receive(
    db: &impl ConnectionTrait,
    procedure: &procedure::Model,
    submission: Submission,
    replaces: Option<procedure_application::Model>,
    author: &user::Model,
    (now, zone): (DateTime<Utc>, Tz),
) -> Result<procedure_application::Model, DbErr> {
    if let Some(old) = &replaces {
        let mut model = old.clone().into_active_model();
        model.status = Set(ApplicationStatus::Replaced);
        model.update(db).await?;
    }
    let application = procedure_application::ActiveModel {
        procedure_id: Set(procedure.id),
        organisation_id: Set(submission.organisation.id),
        number: Set(next_number(db, procedure.id).await?),
        role: Set(submission.role),
        statement: Set(submission.statement),
        status: Set(ApplicationStatus::Submitted),
        replaces: Set(replaces.as_ref().map(|r| r.id)),
        submitted_by: Set(Some(author.id)),
        submitted_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    let action = if replaces.is_some() {
        "procedure.application_replaced"
    } else {
        "procedure.application_submitted"
    };
    let details = json!({
        "application": application.id,
        "number": application.number,
        "organisation": submission.organisation.name,
        "replaces": replaces.as_ref().map(|r| r.number),
    });
    audit::record(db, audit_entry(author.id, action, procedure, details), now).await?;
    let email = Email::Procedure(ProcedureEmail::ApplicationReceived {
        organisation: submission.organisation.name.clone(),
        procedure: procedure.title.clone(),
        number: application.number,
        received_at: now
            .with_timezone(&zone)
            .format("%Y-%m-%dT%H:%M:%S")
            .to_string(),
        zone: zone.name().to_owned(),
        path: format!("/procedures/{}/applications", procedure.slug),
    });
    let key = format!("procedure-application:{}", application.id);
    enqueue(db, &author.email, &author.locale, &email, &key, now).await?;
    Ok(application)
}

/// Withdraws a standing application before the deadline.
pub async fn withdraw(
    db: &impl ConnectionTrait,
    procedure: &procedure::Model,
    application: procedure_application::Model,
    actor_id: i64,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let number = application.number;
    let mut model = application.into_active_model();
    model.status = Set(ApplicationStatus::Withdrawn);
    model.withdrawn_at = Set(Some(now));
    model.update(db).await?;
    let details = json!({ "number": number });
    audit::record(
        db,
        audit_entry(
            actor_id,
            "procedure.application_withdrawn",
            procedure,
            details,
        ),
        now,
    )
    .await
}
