//! Procedures and their applications as parents of documents.
//!
//! - A procedure's documents (the notice's attachments, the agreement) are seen by whoever
//!   sees the procedure: as visible as its consultation, a draft only to its managers. Its
//!   managers attach and remove them at any phase; what is added after publication is part
//!   of the public record.
//! - An application's documents are private: seen by the applicant organisation's active
//!   members, the procedure's managers and its commission; attached and removed by the
//!   organisation's active representative only while the application stands and the
//!   deadline has not passed.

use chrono::{DateTime, Utc};
use entity::{
    ApplicationStatus, DocumentParent, MembershipRole, MembershipStatus, organisation_member,
    procedure, procedure_application, procedure_commission_member,
};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};

use super::{NOT_MANAGER, Parent, consultation_of, standing_in};
use crate::{
    policy::{self, Action, Person},
    web::{AppError, AppResult},
};

pub(super) async fn procedure_parent(
    db: &impl ConnectionTrait,
    id: i64,
    person: Option<Person>,
) -> AppResult<Parent> {
    let procedure = procedure::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let (consultation, standing) = consultation_of(db, procedure.consultation_id, person).await?;
    let can_manage = policy::check(&standing, Action::ManageProcedures, &consultation).is_ok();
    let published = procedure.published_at.is_some();
    if !published && !can_manage {
        return Err(AppError::NotFound);
    }
    Ok(Parent {
        kind: DocumentParent::Procedure,
        id,
        consultation_id: Some(consultation.id),
        public: published && policy::open_to_everyone(&consultation),
        can_manage,
        refusal: NOT_MANAGER,
        link: format!("/procedures/{}", procedure.slug),
        title: procedure.title,
    })
}

/// How the visitor stands toward an application.
struct Stance {
    member: bool,
    representative: bool,
    manager: bool,
    commission: bool,
}

async fn stance(
    db: &impl ConnectionTrait,
    procedure: &procedure::Model,
    application: &procedure_application::Model,
    person: Person,
) -> AppResult<Stance> {
    let membership = organisation_member::Entity::find()
        .filter(organisation_member::Column::OrganisationId.eq(application.organisation_id))
        .filter(organisation_member::Column::UserId.eq(person.id))
        .filter(organisation_member::Column::Status.eq(MembershipStatus::Active))
        .one(db)
        .await?;
    let (consultation, standing) = standing_in(db, procedure.consultation_id, Some(person)).await?;
    let commission = procedure_commission_member::Entity::find()
        .filter(procedure_commission_member::Column::ProcedureId.eq(procedure.id))
        .filter(procedure_commission_member::Column::UserId.eq(person.id))
        .one(db)
        .await?
        .is_some();
    Ok(Stance {
        member: membership.is_some(),
        representative: membership.is_some_and(|m| m.role == MembershipRole::Representative),
        manager: policy::check(&standing, Action::ManageProcedures, &consultation).is_ok(),
        commission,
    })
}

/// Holds the procedure of application `id` until the transaction ends (its row locked on
/// PostgreSQL; SQLite's write transaction already holds the database).
pub(super) async fn hold(db: &impl ConnectionTrait, id: i64) -> AppResult<()> {
    let application = procedure_application::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    procedure::Entity::find_by_id(application.procedure_id)
        .lock_exclusive()
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(())
}

pub(super) async fn application_parent(
    db: &impl ConnectionTrait,
    id: i64,
    person: Option<Person>,
    now: DateTime<Utc>,
) -> AppResult<Parent> {
    let application = procedure_application::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let procedure = procedure::Entity::find_by_id(application.procedure_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let person = person.ok_or(AppError::NotFound)?;
    let stance = stance(db, &procedure, &application, person).await?;
    if !(stance.member || stance.manager || stance.commission) {
        return Err(AppError::NotFound);
    }
    let refusal = if !stance.representative {
        Some("procedure-documents-applicant-only")
    } else if procedure.published_at.is_none() || now >= procedure.applications_close_at {
        Some("procedure-documents-refused-deadline")
    } else if application.status != ApplicationStatus::Submitted {
        Some("procedure-refused-not-standing")
    } else {
        None
    };
    let link = if stance.member {
        format!("/procedures/{}/applications", procedure.slug)
    } else if stance.manager {
        format!("/manage/procedures/{}/admission", procedure.slug)
    } else {
        format!("/procedures/{}", procedure.slug)
    };
    Ok(Parent {
        kind: DocumentParent::ProcedureApplication,
        id,
        consultation_id: Some(procedure.consultation_id),
        public: false,
        can_manage: refusal.is_none(),
        refusal: refusal.unwrap_or(NOT_MANAGER),
        link,
        title: procedure.title,
    })
}
