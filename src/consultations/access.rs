//! Finding a consultation and deciding, through the policy, what the visitor may do with it.

use entity::{consultation, consultation_role};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use crate::{
    policy::{self, Action, Denial, Standing},
    web::{AppError, AppResult, CurrentUser},
};

/// A consultation together with the visitor's standing toward it.
pub struct Access {
    pub consultation: consultation::Model,
    pub standing: Standing,
}

impl Access {
    pub fn allows(&self, action: Action) -> bool {
        policy::check(&self.standing, action, &self.consultation).is_ok()
    }

    /// Ok when allowed; otherwise the 404 or 403 the policy asks for.
    pub fn require(&self, action: Action) -> AppResult<()> {
        policy::check(&self.standing, action, &self.consultation).map_err(|denial| match denial {
            Denial::NotFound => AppError::NotFound,
            Denial::Forbidden(reason) => AppError::Forbidden(reason),
        })
    }

    pub fn user_id(&self) -> Option<i64> {
        self.standing.user.as_ref().map(|u| u.id)
    }
}

pub async fn standing(
    db: &impl ConnectionTrait,
    consultation_id: i64,
    user: Option<&CurrentUser>,
) -> AppResult<Standing> {
    let role = match user {
        Some(user) => consultation_role::Entity::find()
            .filter(consultation_role::Column::ConsultationId.eq(consultation_id))
            .filter(consultation_role::Column::UserId.eq(user.id))
            .one(db)
            .await?
            .map(|r| r.role),
        None => None,
    };
    Ok(Standing {
        user: user.cloned(),
        role,
    })
}

/// Loads a consultation by slug and checks `action`. Unknown slugs and consultations the
/// visitor may not see are the same 404.
pub async fn load(
    db: &impl ConnectionTrait,
    slug: &str,
    user: Option<&CurrentUser>,
    action: Action,
) -> AppResult<Access> {
    let consultation = consultation::Entity::find()
        .filter(consultation::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let standing = standing(db, consultation.id, user).await?;
    let access = Access {
        consultation,
        standing,
    };
    access.require(action)?;
    Ok(access)
}
