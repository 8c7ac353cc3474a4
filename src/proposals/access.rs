//! Finding a proposal and the visitor's standing toward its consultation.

use entity::{ProposalState, RoundState, consultation, proposal, round};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter, QueryResult,
    QueryTrait, SelectTwo,
    sea_query::{Expr, ExprTrait},
};

use crate::{
    consultations::access::{Access, viewer_role, with_viewer_role},
    policy::{Action, Person, Standing},
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

/// Loads a proposal the visitor may see: its consultation must be visible to them. One
/// statement: the consultation and the visitor's role come with the proposal.
pub async fn load(
    db: &impl ConnectionTrait,
    id: i64,
    user: Option<&CurrentUser>,
) -> AppResult<ProposalAccess> {
    let user = user.map(CurrentUser::person);
    let row = db
        .query_one(&with_consultation(id, user.as_ref()).into_query())
        .await?
        .ok_or(AppError::NotFound)?;
    access_from(&row, user)
}

/// The proposal with its consultation (columns prefixed `A_` and `B_`) and the visitor's
/// role in it.
pub(super) fn with_consultation(
    id: i64,
    user: Option<&Person>,
) -> SelectTwo<proposal::Entity, consultation::Entity> {
    let mut select = proposal::Entity::find_by_id(id).select_also(consultation::Entity);
    QueryTrait::query(&mut select).inner_join(
        consultation::Entity,
        Expr::col((consultation::Entity, consultation::Column::Id))
            .equals((proposal::Entity, proposal::Column::ConsultationId)),
    );
    with_viewer_role(select, user)
}

/// A row of [`with_consultation`] as the visitor's access to the proposal; a 404 when they
/// may not see it.
pub(super) fn access_from(row: &QueryResult, user: Option<Person>) -> AppResult<ProposalAccess> {
    let role = viewer_role(row, user.as_ref())?;
    let access = Access {
        consultation: consultation::Model::from_query_result(row, "B_")?,
        standing: Standing { user, role },
    };
    access.require(Action::View)?;
    Ok(ProposalAccess {
        proposal: proposal::Model::from_query_result(row, "A_")?,
        access,
    })
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
