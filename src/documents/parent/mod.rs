//! What a document is attached to, and what the visitor may do with it: a document is seen
//! by exactly those who see its parent (the same rules as the parent's own page), and managed
//! by those who manage the parent. Read from the entities and the policy directly, so that
//! the parents' pages can list documents without this module depending on them.

mod procedures;

use chrono::{DateTime, Utc};
use entity::{
    Code, DocumentParent, MembershipRole, MembershipStatus, commitment, consultation,
    consultation_role, meeting, organisation, organisation_member,
};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use crate::{
    policy::{self, Action, Person, Standing},
    web::{AppError, AppResult, CurrentUser},
};

/// A parent the visitor may see.
#[derive(Debug, Clone)]
pub struct Parent {
    pub kind: DocumentParent,
    pub id: i64,
    /// The consultation it belongs to, for the audit log.
    pub consultation_id: Option<i64>,
    /// Everyone may see it, logged in or not.
    pub public: bool,
    /// The visitor may attach and remove its documents.
    pub can_manage: bool,
    /// Why they may not (a Fluent key), when they may not.
    pub refusal: &'static str,
    pub title: String,
    /// Its public page.
    pub link: String,
}

/// Why a visitor who sees a parent may not manage its documents, unless said otherwise.
pub(super) const NOT_MANAGER: &str = "policy-documents-manage";

/// The parent `kind`/`id` as `user` stands toward it at `now`; a 404 when it does not exist
/// or the visitor may not see it.
pub async fn resolve(
    db: &impl ConnectionTrait,
    kind: DocumentParent,
    id: i64,
    user: Option<&CurrentUser>,
    now: DateTime<Utc>,
) -> AppResult<Parent> {
    let person = user.map(CurrentUser::person);
    match kind {
        DocumentParent::Consultation => {
            let (consultation, standing) = consultation_of(db, id, person).await?;
            Ok(Parent {
                kind,
                id,
                consultation_id: Some(id),
                public: policy::open_to_everyone(&consultation),
                refusal: NOT_MANAGER,
                can_manage: policy::check(&standing, Action::Edit, &consultation).is_ok(),
                link: format!("/consultations/{}", consultation.slug),
                title: consultation.title,
            })
        }
        DocumentParent::Meeting => {
            let meeting = meeting::Entity::find_by_id(id)
                .one(db)
                .await?
                .ok_or(AppError::NotFound)?;
            let (consultation, standing) =
                consultation_of(db, meeting.consultation_id, person).await?;
            Ok(Parent {
                kind,
                id,
                consultation_id: Some(consultation.id),
                public: policy::open_to_everyone(&consultation),
                refusal: NOT_MANAGER,
                can_manage: policy::check(&standing, Action::ManageMeetings, &consultation).is_ok(),
                link: format!("/meetings/{id}"),
                title: meeting.title,
            })
        }
        DocumentParent::Commitment => {
            let commitment = commitment::Entity::find_by_id(id)
                .one(db)
                .await?
                .ok_or(AppError::NotFound)?;
            let (consultation, standing) =
                consultation_of(db, commitment.consultation_id, person).await?;
            Ok(Parent {
                kind,
                id,
                consultation_id: Some(consultation.id),
                public: policy::open_to_everyone(&consultation),
                refusal: NOT_MANAGER,
                can_manage: policy::check(&standing, Action::ManageCommitments, &consultation)
                    .is_ok(),
                link: format!("/commitments/{id}"),
                title: commitment.title,
            })
        }
        DocumentParent::Organisation => organisation_parent(db, id, person).await,
        DocumentParent::Procedure => procedures::procedure_parent(db, id, person).await,
        DocumentParent::ProcedureApplication => {
            procedures::application_parent(db, id, person, now).await
        }
    }
}

/// The parent checked again inside the write transaction that changes its documents. An
/// application's procedure is held first (as the procedure's own steps hold it), so that an
/// upload and the deadline, or a withdrawal, happen one after the other.
pub async fn recheck(
    tx: &impl ConnectionTrait,
    parent: &Parent,
    user: &CurrentUser,
    now: DateTime<Utc>,
) -> AppResult<()> {
    if parent.kind == DocumentParent::ProcedureApplication {
        procedures::hold(tx, parent.id).await?;
        let again = resolve(tx, parent.kind, parent.id, Some(user), now).await?;
        if !again.can_manage {
            return Err(AppError::Forbidden(again.refusal));
        }
    }
    Ok(())
}

/// A consultation the visitor may see, with their standing toward it.
pub(super) async fn consultation_of(
    db: &impl ConnectionTrait,
    id: i64,
    person: Option<Person>,
) -> AppResult<(consultation::Model, Standing)> {
    let (consultation, standing) = standing_in(db, id, person).await?;
    if !policy::can_see(&standing, &consultation) {
        return Err(AppError::NotFound);
    }
    Ok((consultation, standing))
}

/// A consultation with the visitor's standing toward it, whether they see it or not.
pub(super) async fn standing_in(
    db: &impl ConnectionTrait,
    id: i64,
    person: Option<Person>,
) -> AppResult<(consultation::Model, Standing)> {
    let consultation = consultation::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let role = match person {
        Some(person) => consultation_role::Entity::find()
            .filter(consultation_role::Column::ConsultationId.eq(id))
            .filter(consultation_role::Column::UserId.eq(person.id))
            .one(db)
            .await?
            .map(|r| r.role),
        None => None,
    };
    Ok((consultation, Standing { user: person, role }))
}

/// Organisations are public; their representative manages their documents.
async fn organisation_parent(
    db: &impl ConnectionTrait,
    id: i64,
    person: Option<Person>,
) -> AppResult<Parent> {
    let organisation = organisation::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let can_manage = match person {
        Some(person) => organisation_member::Entity::find()
            .filter(organisation_member::Column::OrganisationId.eq(id))
            .filter(organisation_member::Column::UserId.eq(person.id))
            .filter(organisation_member::Column::Role.eq(MembershipRole::Representative))
            .filter(organisation_member::Column::Status.eq(MembershipStatus::Active))
            .one(db)
            .await?
            .is_some(),
        None => false,
    };
    Ok(Parent {
        kind: DocumentParent::Organisation,
        id,
        consultation_id: None,
        public: true,
        can_manage,
        refusal: NOT_MANAGER,
        link: format!("/organisations/{}", organisation.slug),
        title: organisation.name,
    })
}

/// The parent kind named in a form or an address.
pub fn kind_from_code(code: &str) -> Option<DocumentParent> {
    DocumentParent::from_code(code)
}
