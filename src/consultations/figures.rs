//! The figures a consultation's page shows, counted by the database in one statement: each
//! count reads an index range of this consultation, never rows into the application.

use entity::{
    Answer, CommitmentStatus, ConsultationRoleKind, ProposalState, commitment, consultation_role,
    follow, proposal,
};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait,
    sea_query::{Expr, ExprTrait, IntoIden, Query, SelectStatement},
};

use crate::web::AppResult;

/// What the discussion has produced so far, and who takes part.
pub struct Figures {
    /// Published or hidden proposals (hidden ones are still part of the discussion).
    pub proposals: i64,
    /// Those with a final answer: accepted, partly accepted or rejected.
    pub answered: i64,
    /// Comments on those proposals.
    pub comments: i64,
    pub followers: i64,
    /// People following it or with a role in it, each once.
    pub involved: i64,
    pub members: i64,
    /// The visitor follows it.
    pub following: bool,
    /// Commitments still on (not dropped), and their mean progress in percent.
    pub commitments: i64,
    pub commitment_progress: i64,
}

impl Figures {
    pub async fn count(
        db: &impl ConnectionTrait,
        consultation_id: i64,
        visitor: Option<i64>,
    ) -> AppResult<Self> {
        let follows = Condition::all().add(follow::Column::ConsultationId.eq(consultation_id));
        let roles =
            Condition::all().add(consultation_role::Column::ConsultationId.eq(consultation_id));
        let live = Condition::all()
            .add(proposal::Column::ConsultationId.eq(consultation_id))
            .add(proposal::Column::State.is_in([ProposalState::Published, ProposalState::Hidden]));
        let commitments_on = Condition::all()
            .add(commitment::Column::ConsultationId.eq(consultation_id))
            .add(commitment::Column::Status.ne(CommitmentStatus::Dropped));
        // Followers are counted once; those with a role who do not follow are added to them.
        let following_too = Query::select()
            .expr(Expr::val(1))
            .from(follow::Entity)
            .and_where(
                Expr::col((follow::Entity, follow::Column::ConsultationId)).equals((
                    consultation_role::Entity,
                    consultation_role::Column::ConsultationId,
                )),
            )
            .and_where(
                Expr::col((follow::Entity, follow::Column::UserId))
                    .equals((consultation_role::Entity, consultation_role::Column::UserId)),
            )
            .to_owned();
        let scalars = [
            ("followers", count_of(follow::Entity, follows.clone())),
            (
                "roles_not_following",
                count_of(
                    consultation_role::Entity,
                    roles.clone().add(Expr::not_exists(following_too)),
                ),
            ),
            (
                "members",
                count_of(
                    consultation_role::Entity,
                    roles.add(consultation_role::Column::Role.eq(ConsultationRoleKind::Member)),
                ),
            ),
            (
                "following",
                count_of(
                    follow::Entity,
                    follows.add(follow::Column::UserId.eq(visitor.unwrap_or(0))),
                ),
            ),
            ("proposals", count_of(proposal::Entity, live.clone())),
            (
                "commitments",
                count_of(commitment::Entity, commitments_on.clone()),
            ),
            (
                "commitment_progress_sum",
                scalar(
                    Query::select()
                        .expr(Expr::cust(
                            "CAST(COALESCE(SUM(commitment.progress), 0) AS BIGINT)",
                        ))
                        .from(commitment::Entity)
                        .cond_where(commitments_on)
                        .to_owned(),
                ),
            ),
            (
                "answered",
                count_of(
                    proposal::Entity,
                    live.clone().add(proposal::Column::Answer.is_in([
                        Answer::Accepted,
                        Answer::PartiallyAccepted,
                        Answer::Rejected,
                    ])),
                ),
            ),
            (
                "comments",
                scalar(
                    Query::select()
                        .expr(Expr::cust("COALESCE(SUM(proposal.comments_count), 0)"))
                        .from(proposal::Entity)
                        .cond_where(live)
                        .to_owned(),
                ),
            ),
        ];
        let mut query = Query::select();
        for (name, figure) in scalars {
            query.expr_as(figure, name);
        }
        let row = db.query_one(&query).await?;
        let figure = |name: &str| -> AppResult<i64> {
            Ok(row.as_ref().map_or(Ok(0), |r| r.try_get::<i64>("", name))?)
        };
        let followers = figure("followers")?;
        let commitments = figure("commitments")?;
        let progress_sum = figure("commitment_progress_sum")?;
        Ok(Self {
            commitments,
            commitment_progress: if commitments > 0 {
                (progress_sum + commitments / 2) / commitments
            } else {
                0
            },
            proposals: figure("proposals")?,
            answered: figure("answered")?,
            comments: figure("comments")?,
            followers,
            involved: followers + figure("roles_not_following")?,
            members: figure("members")?,
            following: figure("following")? > 0,
        })
    }
}

/// `(SELECT COUNT(*) FROM table WHERE condition)`.
fn count_of(table: impl IntoIden, condition: Condition) -> Expr {
    scalar(
        Query::select()
            .expr(Expr::cust("COUNT(*)"))
            .from(table)
            .cond_where(condition)
            .to_owned(),
    )
}

fn scalar(query: SelectStatement) -> Expr {
    Expr::SubQuery(None, Box::new(query.into()))
}
