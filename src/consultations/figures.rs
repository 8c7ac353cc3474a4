//! The figures a consultation's page shows, counted by the database in one statement: each
//! count reads an index range of this consultation, never rows into the application.

use entity::{Answer, Code, ConsultationRoleKind, ProposalState};
use sea_orm::{
    ConnectionTrait, Value,
    sea_query::{Expr, Query},
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
}

impl Figures {
    pub async fn count(
        db: &impl ConnectionTrait,
        consultation_id: i64,
        visitor: Option<i64>,
    ) -> AppResult<Self> {
        let id = || Value::from(consultation_id);
        let code = |code: &'static str| Value::from(code);
        let finals = [
            Answer::Accepted,
            Answer::PartiallyAccepted,
            Answer::Rejected,
        ];
        let scalars = [
            (
                "followers",
                "SELECT COUNT(*) FROM follow WHERE consultation_id = ?",
                vec![id()],
            ),
            (
                // Followers are counted above; add those with a role who do not follow.
                "roles_not_following",
                "SELECT COUNT(*) FROM consultation_role r WHERE r.consultation_id = ? \
                 AND NOT EXISTS (SELECT 1 FROM follow f WHERE f.consultation_id = \
                 r.consultation_id AND f.user_id = r.user_id)",
                vec![id()],
            ),
            (
                "members",
                "SELECT COUNT(*) FROM consultation_role WHERE consultation_id = ? AND role = ?",
                vec![id(), code(ConsultationRoleKind::Member.code())],
            ),
            (
                "following",
                "SELECT COUNT(*) FROM follow WHERE consultation_id = ? AND user_id = ?",
                vec![id(), Value::from(visitor.unwrap_or(0))],
            ),
            (
                "proposals",
                "SELECT COUNT(*) FROM proposal WHERE consultation_id = ? AND state IN (?, ?)",
                vec![
                    id(),
                    code(ProposalState::Published.code()),
                    code(ProposalState::Hidden.code()),
                ],
            ),
            (
                "answered",
                "SELECT COUNT(*) FROM proposal WHERE consultation_id = ? AND state IN (?, ?) \
                 AND answer IN (?, ?, ?)",
                vec![
                    id(),
                    code(ProposalState::Published.code()),
                    code(ProposalState::Hidden.code()),
                    code(finals[0].code()),
                    code(finals[1].code()),
                    code(finals[2].code()),
                ],
            ),
            (
                "comments",
                "SELECT COALESCE(SUM(comments_count), 0) FROM proposal WHERE consultation_id = ? \
                 AND state IN (?, ?)",
                vec![
                    id(),
                    code(ProposalState::Published.code()),
                    code(ProposalState::Hidden.code()),
                ],
            ),
        ];
        let mut query = Query::select();
        for (name, sql, values) in scalars {
            query.expr_as(Expr::cust_with_values(format!("({sql})"), values), name);
        }
        let row = db.query_one(&query).await?;
        let figure = |name: &str| -> AppResult<i64> {
            Ok(row.as_ref().map_or(Ok(0), |r| r.try_get::<i64>("", name))?)
        };
        let followers = figure("followers")?;
        Ok(Self {
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
