//! The notice as stored: drafting it, publishing it (the 20-day rule) and correcting it once
//! published, each correction of a section recorded as an erratum. Every step is audited;
//! publication and errata are told to the consultation's followers. All in the caller's
//! transaction, the procedure held by [`super::store::lock`].

use chrono::{DateTime, Utc};
use entity::{procedure, procedure_criterion, procedure_erratum};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel,
    PaginatorTrait, QueryFilter, QueryOrder, Set,
};
use serde_json::json;

use super::notice_form::{self, NoticeFields};
use crate::{
    audit::{self, Entry},
    consultations::{audience, content::slugify},
    notifications::{
        self, Concern, Event, Notice,
        details::{ProcedureNews, ProcedureStep},
    },
    timezone,
    web::FormErrors,
};

pub fn link(procedure: &procedure::Model) -> String {
    format!("/procedures/{}", procedure.slug)
}

pub fn console_link(procedure: &procedure::Model) -> String {
    format!("/manage/procedures/{}", procedure.slug)
}

/// The notice's criteria, in order.
pub async fn criteria(
    db: &impl ConnectionTrait,
    procedure_id: i64,
) -> Result<Vec<procedure_criterion::Model>, DbErr> {
    procedure_criterion::Entity::find()
        .filter(procedure_criterion::Column::ProcedureId.eq(procedure_id))
        .order_by_asc(procedure_criterion::Column::Position)
        .all(db)
        .await
}

/// The notice's errata, oldest first.
pub async fn errata(
    db: &impl ConnectionTrait,
    procedure_id: i64,
) -> Result<Vec<procedure_erratum::Model>, DbErr> {
    procedure_erratum::Entity::find()
        .filter(procedure_erratum::Column::ProcedureId.eq(procedure_id))
        .order_by_asc(procedure_erratum::Column::CreatedAt)
        .order_by_asc(procedure_erratum::Column::Id)
        .all(db)
        .await
}

pub fn audit_entry<'a>(
    actor_id: i64,
    action: &'a str,
    procedure: &procedure::Model,
    details: serde_json::Value,
) -> Entry<'a> {
    Entry {
        actor_id: Some(actor_id),
        action,
        object_type: "procedure",
        object_id: Some(procedure.id),
        consultation_id: Some(procedure.consultation_id),
        details,
    }
}

/// Tells the consultation's followers that the procedure took a public step.
pub async fn tell_followers(
    db: &impl ConnectionTrait,
    procedure: &procedure::Model,
    step: ProcedureStep,
    actor_id: i64,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let place = audience::place_by_id(db, procedure.consultation_id).await?;
    let event = Event::ProcedureNews(ProcedureNews::new(procedure.id, step));
    let mut notice =
        Notice::new(event, place, &procedure.title, link(procedure)).by(Some(actor_id));
    notice.tell(
        audience::followers(db, procedure.consultation_id).await?,
        Concern::Followed,
    );
    notifications::raise(db, notice, now).await?;
    Ok(())
}

/// An address free among procedures, made from the title.
async fn free_slug(db: &impl ConnectionTrait, title: &str) -> Result<String, DbErr> {
    let mut base: String = slugify(title).chars().take(60).collect();
    base = base.trim_end_matches('-').to_owned();
    if base.len() < 3 {
        base = format!("procedura-{base}").trim_end_matches('-').to_owned();
    }
    let mut slug = base.clone();
    let mut n = 1;
    loop {
        let taken = procedure::Entity::find()
            .filter(procedure::Column::Slug.eq(&slug))
            .count(db)
            .await?;
        if taken == 0 {
            return Ok(slug);
        }
        n += 1;
        slug = format!("{base}-{n}");
    }
}

fn fill(model: &mut procedure::ActiveModel, fields: &NoticeFields) {
    model.title = Set(fields.title.clone());
    model.purposes = Set(fields.purposes.clone());
    model.economic_frame = Set(fields.economic_frame.clone());
    model.duration = Set(fields.duration.clone());
    model.how_to_apply = Set(fields.how_to_apply.clone());
    model.applications_close_at = Set(fields.applications_close_at);
    model.supporters_allowed = Set(fields.supporters_allowed);
    model.supporters_note = Set(fields.supporters_note.clone());
    model.requirements = Set(fields.requirements.clone());
    model.runs_service = Set(fields.runs_service);
    model.admitted_kinds = Set(fields.admitted_kinds.clone());
}

async fn replace_criteria(
    db: &impl ConnectionTrait,
    procedure_id: i64,
    fields: &NoticeFields,
) -> Result<(), DbErr> {
    procedure_criterion::Entity::delete_many()
        .filter(procedure_criterion::Column::ProcedureId.eq(procedure_id))
        .exec(db)
        .await?;
    let rows =
        fields
            .criteria
            .iter()
            .zip(1..)
            .map(|(c, position)| procedure_criterion::ActiveModel {
                procedure_id: Set(procedure_id),
                position: Set(position),
                name: Set(c.name.clone()),
                description: Set(c.description.clone()),
                weight: Set(c.weight),
                ..Default::default()
            });
    procedure_criterion::Entity::insert_many(rows)
        .exec_without_returning(db)
        .await?;
    Ok(())
}

pub async fn create(
    db: &impl ConnectionTrait,
    consultation_id: i64,
    fields: NoticeFields,
    actor_id: i64,
    now: DateTime<Utc>,
) -> Result<procedure::Model, DbErr> {
    let mut model = procedure::ActiveModel {
        slug: Set(free_slug(db, &fields.title).await?),
        consultation_id: Set(consultation_id),
        agreement_note: Set(String::new()),
        created_by: Set(Some(actor_id)),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    fill(&mut model, &fields);
    let procedure = model.insert(db).await?;
    replace_criteria(db, procedure.id, &fields).await?;
    let details = json!({ "title": procedure.title });
    audit::record(
        db,
        audit_entry(actor_id, "procedure.created", &procedure, details),
        now,
    )
    .await?;
    Ok(procedure)
}

/// Saves a draft: everything may change, criteria included.
pub async fn save_draft(
    db: &impl ConnectionTrait,
    procedure: procedure::Model,
    fields: NoticeFields,
    actor_id: i64,
    now: DateTime<Utc>,
) -> Result<procedure::Model, DbErr> {
    let mut model = procedure.into_active_model();
    fill(&mut model, &fields);
    model.updated_at = Set(now);
    let procedure = model.update(db).await?;
    replace_criteria(db, procedure.id, &fields).await?;
    let details = json!({ "title": procedure.title });
    audit::record(
        db,
        audit_entry(actor_id, "procedure.updated", &procedure, details),
        now,
    )
    .await?;
    Ok(procedure)
}

/// Each section as the errata record it: its form name and its value as a string.
fn sections(p: &procedure::Model) -> Vec<(&'static str, String)> {
    vec![
        ("title", p.title.clone()),
        ("purposes", p.purposes.clone()),
        ("economic_frame", p.economic_frame.clone()),
        ("duration", p.duration.clone()),
        ("how_to_apply", p.how_to_apply.clone()),
        (
            "applications_close_at",
            timezone::machine(p.applications_close_at),
        ),
        ("supporters_allowed", p.supporters_allowed.to_string()),
        ("supporters_note", p.supporters_note.clone()),
        ("requirements", p.requirements.clone()),
        ("runs_service", p.runs_service.to_string()),
        ("admitted_kinds", p.admitted_kinds.clone()),
    ]
}

/// Corrects a published notice: each section that changes becomes an erratum with the note.
/// The deadline may only move later; the note is required when anything changes. The
/// criteria never change once published. Returns how many sections changed, or the
/// problems with the form.
pub async fn correct(
    db: &impl ConnectionTrait,
    procedure: procedure::Model,
    fields: NoticeFields,
    actor_id: i64,
    now: DateTime<Utc>,
) -> Result<Result<usize, FormErrors>, DbErr> {
    let mut errors = FormErrors::new();
    if fields.applications_close_at < procedure.applications_close_at {
        errors.add("applications_close_at", "error-procedure-deadline-earlier");
    }
    let before = sections(&procedure);
    let mut corrected = procedure.clone().into_active_model();
    fill(&mut corrected, &fields);
    let after_model = procedure::Model {
        title: fields.title.clone(),
        purposes: fields.purposes.clone(),
        economic_frame: fields.economic_frame.clone(),
        duration: fields.duration.clone(),
        how_to_apply: fields.how_to_apply.clone(),
        applications_close_at: fields.applications_close_at,
        supporters_allowed: fields.supporters_allowed,
        supporters_note: fields.supporters_note.clone(),
        requirements: fields.requirements.clone(),
        runs_service: fields.runs_service,
        admitted_kinds: fields.admitted_kinds.clone(),
        ..procedure.clone()
    };
    let changed: Vec<_> = before
        .into_iter()
        .zip(sections(&after_model))
        .filter(|((_, old), (_, new))| old != new)
        .collect();
    if !changed.is_empty() && fields.erratum_note.is_empty() {
        errors.add("erratum_note", "error-procedure-erratum-note");
    }
    if let Err(errors) = errors.into_result() {
        return Ok(Err(errors));
    }
    if changed.is_empty() {
        return Ok(Ok(0));
    }
    corrected.updated_at = Set(now);
    let procedure = corrected.update(db).await?;
    let rows =
        changed.iter().map(
            |((field, previous), (_, current))| procedure_erratum::ActiveModel {
                procedure_id: Set(procedure.id),
                field: Set((*field).to_owned()),
                previous: Set(previous.clone()),
                current: Set(current.clone()),
                note: Set(fields.erratum_note.clone()),
                created_by: Set(Some(actor_id)),
                created_at: Set(now),
                ..Default::default()
            },
        );
    procedure_erratum::Entity::insert_many(rows)
        .exec_without_returning(db)
        .await?;
    let names: Vec<&str> = changed.iter().map(|((field, _), _)| *field).collect();
    let details = json!({ "fields": names, "note": fields.erratum_note });
    audit::record(
        db,
        audit_entry(actor_id, "procedure.erratum", &procedure, details),
        now,
    )
    .await?;
    tell_followers(db, &procedure, ProcedureStep::Corrected, actor_id, now).await?;
    Ok(Ok(changed.len()))
}

/// Publishes the notice now, if its deadline leaves the 20 days the law asks for. A notice
/// already published stays as it was.
pub async fn publish(
    db: &impl ConnectionTrait,
    procedure: procedure::Model,
    actor_id: i64,
    now: DateTime<Utc>,
) -> Result<Result<procedure::Model, FormErrors>, DbErr> {
    if procedure.published_at.is_some() {
        return Ok(Ok(procedure));
    }
    if let Err(errors) = notice_form::check_publishable(procedure.applications_close_at, now) {
        return Ok(Err(errors));
    }
    let mut model = procedure.into_active_model();
    model.published_at = Set(Some(now));
    model.updated_at = Set(now);
    let procedure = model.update(db).await?;
    let details = json!({
        "title": procedure.title,
        "applications_close_at": timezone::machine(procedure.applications_close_at),
    });
    audit::record(
        db,
        audit_entry(actor_id, "procedure.published", &procedure, details),
        now,
    )
    .await?;
    tell_followers(db, &procedure, ProcedureStep::Published, actor_id, now).await?;
    Ok(Ok(procedure))
}
