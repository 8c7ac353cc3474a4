//! Finding a proposal and the visitor's standing toward its consultation.

use entity::{ProposalState, RoundState, proposal, round};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use crate::{
    consultations::access::{self, Access},
    policy::Action,
    web::{AppError, AppResult, CurrentUser},
};

pub struct ProposalAccess {
    pub proposal: proposal::Model,
    pub access: Access,
}

impl ProposalAccess {
    /// Whether the visitor moderates this consultation (and so may read hidden content).
    pub fn moderates(&self) -> bool {
        self.access.allows(Action::Moderate)
    }
}

/// Loads a proposal the visitor may see: its consultation must be visible to them.
pub async fn load(
    db: &impl ConnectionTrait,
    id: i64,
    user: Option<&CurrentUser>,
) -> AppResult<ProposalAccess> {
    let proposal = proposal::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let consultation = entity::consultation::Entity::find_by_id(proposal.consultation_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let standing = access::standing(db, consultation.id, user).await?;
    let access = Access {
        consultation,
        standing,
    };
    access.require(Action::View)?;
    Ok(ProposalAccess { proposal, access })
}

/// The consultation's open round, if one is open.
pub async fn open_round(
    db: &impl ConnectionTrait,
    consultation_id: i64,
) -> Result<Option<round::Model>, sea_orm::DbErr> {
    round::Entity::find()
        .filter(round::Column::ConsultationId.eq(consultation_id))
        .filter(round::Column::State.eq(RoundState::Open))
        .one(db)
        .await
}

pub fn is_live(proposal: &proposal::Model) -> bool {
    proposal.state == ProposalState::Published
}
