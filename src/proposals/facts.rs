//! What the proposal page reads about a proposal besides its discussion and figures, in one
//! statement: the proposal, its consultation and the visitor's role there, the rounds, its
//! signers, and the small facts around it (theme, who recorded it and at which meeting, what
//! it was merged into, whether the visitor follows it, whether anyone voted on it, whether a
//! commitment was made from it).

use entity::{organisation, proposal, proposal_author, round, user};
use sea_orm::{
    ConnectionTrait, FromQueryResult, IdenStatic, Iterable, QueryOrder, QuerySelect, QueryTrait,
    sea_query::{Expr, ExprTrait},
};

use super::{
    access::{ProposalAccess, access_from, with_consultation},
    store::Signer,
};
use crate::{
    policy::Person,
    web::{AppError, AppResult},
};

/// The prefix of the rounds' columns.
const ROUND: &str = "C_";

pub struct ProposalFacts {
    pub found: ProposalAccess,
    pub signers: Vec<Signer>,
    /// The consultation's rounds in order, for every part of the page.
    pub rounds: Vec<round::Model>,
    pub theme: Option<String>,
    /// The facilitator who recorded it at an in-person table.
    pub recorded_by: Option<String>,
    pub merged_into: Option<(i64, String)>,
    /// The meeting it was recorded at: its id and title.
    pub meeting: Option<(i64, String)>,
    /// For logged-in visitors: whether they follow it.
    pub follows: Option<bool>,
    /// Whether anyone voted on it in any round (a voted proposal can no longer be edited).
    pub has_votes: bool,
    /// Whether a commitment was made from it (the page then reads which).
    pub has_commitments: bool,
    /// Whether the visitor belongs to an organisation (the page then reads which, for
    /// signing a comment on its behalf).
    pub viewer_in_organisations: bool,
}

pub async fn load(
    db: &impl ConnectionTrait,
    id: i64,
    user: Option<Person>,
) -> AppResult<ProposalFacts> {
    let viewer = user.map_or(0, |u| u.id);
    let mut select = with_consultation(id, user.as_ref())
        .column_as(Expr::col((user::Entity, user::Column::Id)), "signer_id")
        .column_as(
            Expr::col((user::Entity, user::Column::DisplayName)),
            "signer_name",
        )
        .column_as(
            Expr::col((user::Entity, user::Column::StakeholderGroup)),
            "signer_group",
        )
        .column_as(
            Expr::col((proposal_author::Entity, proposal_author::Column::Role)),
            "signer_role",
        )
        .column_as(
            Expr::col((organisation::Entity, organisation::Column::Slug)),
            "signer_organisation_slug",
        )
        .column_as(
            Expr::col((organisation::Entity, organisation::Column::Name)),
            "signer_organisation_name",
        )
        .column_as(
            Expr::cust("(SELECT theme.name FROM theme WHERE theme.id = proposal.theme_id)"),
            "theme_name",
        )
        .column_as(
            Expr::cust(
                "(SELECT recorder.display_name FROM \"user\" recorder \
                 WHERE recorder.id = proposal.recorded_by)",
            ),
            "recorder_name",
        )
        .column_as(
            Expr::cust(
                "(SELECT target.title FROM proposal target WHERE target.id = proposal.merged_into)",
            ),
            "merged_title",
        )
        .column_as(
            Expr::cust(
                "(SELECT meeting_proposal.meeting_id FROM meeting_proposal \
                 WHERE meeting_proposal.proposal_id = proposal.id)",
            ),
            "meeting_id",
        )
        .column_as(
            Expr::cust(
                "(SELECT meeting.title FROM meeting JOIN meeting_proposal \
                 ON meeting_proposal.meeting_id = meeting.id \
                 WHERE meeting_proposal.proposal_id = proposal.id)",
            ),
            "meeting_title",
        )
        .column_as(
            Expr::cust(format!(
                "(SELECT COUNT(*) FROM proposal_follow WHERE proposal_follow.proposal_id = \
                 proposal.id AND proposal_follow.user_id = {viewer})"
            )),
            "follows",
        )
        .column_as(
            Expr::cust(
                "(CASE WHEN EXISTS (SELECT 1 FROM vote WHERE vote.proposal_id = proposal.id) \
                 THEN 1 ELSE 0 END)",
            ),
            "has_votes",
        )
        .column_as(
            Expr::cust(
                "(CASE WHEN EXISTS (SELECT 1 FROM commitment_proposal \
                 WHERE commitment_proposal.proposal_id = proposal.id) THEN 1 ELSE 0 END)",
            ),
            "has_commitments",
        )
        .column_as(
            Expr::cust(format!(
                "(CASE WHEN EXISTS (SELECT 1 FROM organisation_member \
                 WHERE organisation_member.user_id = {viewer} \
                 AND organisation_member.status = 'active') THEN 1 ELSE 0 END)"
            )),
            "viewer_in_organisations",
        )
        .order_by_asc(proposal_author::Column::Id)
        .order_by_asc(round::Column::Position)
        .order_by_asc(round::Column::Id);
    for column in round::Column::iter() {
        select = select.column_as(
            Expr::col((round::Entity, column)),
            format!("{ROUND}{}", column.as_str()),
        );
    }
    QueryTrait::query(&mut select)
        .left_join(
            proposal_author::Entity,
            Expr::col((proposal_author::Entity, proposal_author::Column::ProposalId))
                .equals((proposal::Entity, proposal::Column::Id)),
        )
        .left_join(
            user::Entity,
            Expr::col((user::Entity, user::Column::Id))
                .equals((proposal_author::Entity, proposal_author::Column::UserId)),
        )
        .left_join(
            organisation::Entity,
            Expr::col((organisation::Entity, organisation::Column::Id))
                .equals((proposal_author::Entity, proposal_author::Column::OnBehalfOf)),
        )
        .left_join(
            round::Entity,
            Expr::col((round::Entity, round::Column::ConsultationId))
                .equals((proposal::Entity, proposal::Column::ConsultationId)),
        );
    let rows = db.query_all(&select.into_query()).await?;
    let first = rows.first().ok_or(AppError::NotFound)?;
    let found = access_from(first, user)?;
    // One row per signer and round (a handful): each signer and each round once, in order.
    let mut signers: Vec<Signer> = Vec::new();
    let mut rounds: Vec<round::Model> = Vec::new();
    for row in &rows {
        if let Some(round) = round::Model::from_query_result_optional(row, ROUND)?
            && rounds.iter().all(|r| r.id != round.id)
        {
            rounds.push(round);
        }
        if let (Some(user_id), Some(display_name), Some(group), Some(role)) = (
            row.try_get("", "signer_id")?,
            row.try_get("", "signer_name")?,
            row.try_get("", "signer_group")?,
            row.try_get("", "signer_role")?,
        ) && signers.iter().all(|s| s.user_id != user_id)
        {
            let slug: Option<String> = row.try_get("", "signer_organisation_slug")?;
            let name: Option<String> = row.try_get("", "signer_organisation_name")?;
            signers.push(Signer {
                user_id,
                display_name,
                group,
                role,
                on_behalf: slug.zip(name),
            });
        }
    }
    let merged_title: Option<String> = first.try_get("", "merged_title")?;
    let meeting_id: Option<i64> = first.try_get("", "meeting_id")?;
    let meeting_title: Option<String> = first.try_get("", "meeting_title")?;
    let follows: i64 = first.try_get("", "follows")?;
    let has_votes: i32 = first.try_get("", "has_votes")?;
    let has_commitments: i32 = first.try_get("", "has_commitments")?;
    let viewer_in_organisations: i32 = first.try_get("", "viewer_in_organisations")?;
    Ok(ProposalFacts {
        signers,
        rounds,
        theme: first.try_get("", "theme_name")?,
        recorded_by: first.try_get("", "recorder_name")?,
        merged_into: found.proposal.merged_into.zip(merged_title),
        meeting: meeting_id.zip(meeting_title),
        follows: user.map(|_| follows > 0),
        has_votes: has_votes > 0,
        has_commitments: has_commitments > 0,
        viewer_in_organisations: viewer_in_organisations > 0,
        found,
    })
}
