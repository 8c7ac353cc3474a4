//! Finding a consultation and deciding, through the policy, what the visitor may do with it.

use entity::{consultation, consultation_role};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

use crate::policy::{self, Action, Denial, Person, Standing};

/// Why a consultation could not be opened for an action: the policy refused, or the
/// database failed.
#[derive(Debug, thiserror::Error)]
pub enum AccessError {
    #[error("refused: {0:?}")]
    Denied(Denial),
    #[error(transparent)]
    Database(#[from] DbErr),
}

impl From<Denial> for AccessError {
    fn from(denial: Denial) -> Self {
        Self::Denied(denial)
    }
}

/// A consultation together with the visitor's standing toward it.
pub struct Access {
    pub consultation: consultation::Model,
    pub standing: Standing,
}

impl Access {
    pub fn allows(&self, action: Action) -> bool {
        policy::check(&self.standing, action, &self.consultation).is_ok()
    }

    /// Ok when allowed; otherwise the policy's denial (a 404 or a 403 with its reason).
    pub fn require(&self, action: Action) -> Result<(), Denial> {
        policy::check(&self.standing, action, &self.consultation)
    }

    pub fn user_id(&self) -> Option<i64> {
        self.standing.user.as_ref().map(|u| u.id)
    }
}

/// Where `user` stands toward the consultation: `user` is anyone the rules know as a
/// [`Person`] (the page's logged-in account, an account row).
pub async fn standing(
    db: &impl ConnectionTrait,
    consultation_id: i64,
    user: Option<impl Into<Person>>,
) -> Result<Standing, DbErr> {
    let user = user.map(Into::into);
    let role = match user {
        Some(user) => consultation_role::Entity::find()
            .filter(consultation_role::Column::ConsultationId.eq(consultation_id))
            .filter(consultation_role::Column::UserId.eq(user.id))
            .one(db)
            .await?
            .map(|r| r.role),
        None => None,
    };
    Ok(Standing { user, role })
}

/// Loads a consultation by slug and checks `action`. Unknown slugs and consultations the
/// visitor may not see are the same 404.
pub async fn load(
    db: &impl ConnectionTrait,
    slug: &str,
    user: Option<impl Into<Person>>,
    action: Action,
) -> Result<Access, AccessError> {
    let consultation = consultation::Entity::find()
        .filter(consultation::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or(Denial::NotFound)?;
    let standing = standing(db, consultation.id, user).await?;
    let access = Access {
        consultation,
        standing,
    };
    access.require(action)?;
    Ok(access)
}
