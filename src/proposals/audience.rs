//! Who hears of what happens to a proposal: those who signed it and those who follow it.

use entity::{proposal_author, proposal_follow};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect};

use crate::notifications::{Concern, Notice};

/// The accounts that signed the proposal (its author and co-authors).
pub async fn signers(db: &impl ConnectionTrait, proposal_id: i64) -> Result<Vec<i64>, DbErr> {
    proposal_author::Entity::find()
        .select_only()
        .column(proposal_author::Column::UserId)
        .filter(proposal_author::Column::ProposalId.eq(proposal_id))
        .into_tuple()
        .all(db)
        .await
}

/// The accounts following the proposal.
pub async fn followers(db: &impl ConnectionTrait, proposal_id: i64) -> Result<Vec<i64>, DbErr> {
    proposal_follow::Entity::find()
        .select_only()
        .column(proposal_follow::Column::UserId)
        .filter(proposal_follow::Column::ProposalId.eq(proposal_id))
        .into_tuple()
        .all(db)
        .await
}

/// Tells the proposal's signers (as their own) and its followers.
pub async fn tell_signers_and_followers(
    db: &impl ConnectionTrait,
    notice: &mut Notice,
    proposal_id: i64,
) -> Result<(), DbErr> {
    notice.tell(signers(db, proposal_id).await?, Concern::Own);
    notice.tell(followers(db, proposal_id).await?, Concern::Followed);
    Ok(())
}
