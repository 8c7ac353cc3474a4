//! Votes: what a round's rule lets each person do, and casting a vote so that limits and
//! budgets hold however many requests arrive at once.
//!
//! Every vote is written in one transaction that first locks the voter's account row
//! (`FOR UPDATE` on PostgreSQL; on SQLite `BEGIN IMMEDIATE` serialises writers), then reads
//! what the voter has already used, checks the limit and writes. Two requests from the same
//! person therefore queue; requests from different people do not wait for each other on
//! PostgreSQL.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use entity::{ProposalState, RoundState, VoteRule, proposal, round, user, vote};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QuerySelect, Set,
    sea_query::{Expr, ExprTrait, Query as SqlQuery},
};

use crate::{
    consultations::{access, rounds::vote_rule_code},
    db,
    i18n::Locale,
    policy::{self, Action, Contribution, Denial},
    web::{AppError, AppResult, CurrentUser},
};

/// What a person asks for with a vote button.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    Support,
    For,
    Against,
    Abstain,
    AddDot,
    RemoveDot,
    Withdraw,
}

impl Choice {
    pub fn parse(code: &str) -> Option<Self> {
        Some(match code {
            "support" => Self::Support,
            "for" => Self::For,
            "against" => Self::Against,
            "abstain" => Self::Abstain,
            "add_dot" => Self::AddDot,
            "remove_dot" => Self::RemoveDot,
            "withdraw" => Self::Withdraw,
            _ => return None,
        })
    }

    fn fits(self, rule: VoteRule) -> bool {
        match self {
            Self::Withdraw => true,
            Self::Support => rule == VoteRule::Support,
            Self::For | Self::Against | Self::Abstain => rule == VoteRule::Approval,
            Self::AddDot | Self::RemoveDot => rule == VoteRule::Dots,
        }
    }
}

/// The stored value of an approval vote.
pub const FOR: i32 = 1;
pub const AGAINST: i32 = -1;
pub const ABSTAIN: i32 = 0;

/// What a voter has used of the round's allowance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Allowance {
    pub rule: VoteRule,
    /// N supports or K dots; None: no limit (support) or not limited (approval).
    pub limit: Option<i32>,
    /// Supports given, dots placed, or proposals voted on (approval), on live proposals.
    pub used: i64,
}

impl Allowance {
    pub fn left(&self) -> Option<i64> {
        match self.rule {
            VoteRule::Approval => None,
            _ => self
                .limit
                .map(|limit| std::cmp::max(i64::from(limit) - self.used, 0)),
        }
    }

    pub fn can_add(&self) -> bool {
        self.left().is_none_or(|left| left > 0)
    }

    /// "3 of 5 supports left", in the visitor's language.
    pub fn describe(&self, locale: &Locale) -> String {
        let used = [("used", self.used)];
        match (self.rule, self.limit, self.left()) {
            (VoteRule::Support, Some(limit), Some(left)) => locale.t_numbers(
                "vote-left-supports",
                &[("left", left), ("limit", i64::from(limit))],
            ),
            (VoteRule::Support, _, _) => locale.t_numbers("vote-left-unlimited", &used),
            (VoteRule::Dots, Some(limit), Some(left)) => locale.t_numbers(
                "vote-left-dots",
                &[("left", left), ("limit", i64::from(limit))],
            ),
            (VoteRule::Dots, _, _) => locale.t_numbers("vote-left-unlimited", &used),
            (VoteRule::Approval, _, _) => locale.t_count("vote-approval-count", self.used),
        }
    }
}

/// The rule's main figure with its unit: "12 supports", "12 in favour", "12 dots".
pub fn figure_text(locale: &Locale, rule: VoteRule, figure: i64) -> String {
    locale.t_count(&format!("results-total-{}", vote_rule_code(rule)), figure)
}

/// The live proposals of a consultation, as a subquery.
fn live_proposals(consultation_id: i64) -> sea_orm::sea_query::SelectStatement {
    SqlQuery::select()
        .column(proposal::Column::Id)
        .from(proposal::Entity)
        .and_where(Expr::col(proposal::Column::ConsultationId).eq(consultation_id))
        .and_where(Expr::col(proposal::Column::State).eq(Expr::value(ProposalState::Published)))
        .to_owned()
}

/// What `voter` has used in `round`. Votes on proposals withdrawn, hidden or merged since do
/// not count against the limit.
pub async fn allowance(
    db: &impl ConnectionTrait,
    round: &round::Model,
    voter: i64,
) -> Result<Allowance, sea_orm::DbErr> {
    let rows: Vec<i32> = vote::Entity::find()
        .select_only()
        .column(vote::Column::Value)
        .filter(vote::Column::RoundId.eq(round.id))
        .filter(vote::Column::UserId.eq(voter))
        .filter(vote::Column::ProposalId.in_subquery(live_proposals(round.consultation_id)))
        .into_tuple()
        .all(db)
        .await?;
    let used = match round.vote_rule {
        VoteRule::Dots => rows.iter().map(|v| i64::from(*v)).sum(),
        _ => i64::try_from(rows.len()).unwrap_or(i64::MAX),
    };
    Ok(Allowance {
        rule: round.vote_rule,
        limit: round.vote_limit,
        used,
    })
}

/// How many votes a proposal has received in any round.
pub async fn votes_on(db: &impl ConnectionTrait, proposal_id: i64) -> Result<u64, sea_orm::DbErr> {
    vote::Entity::find()
        .filter(vote::Column::ProposalId.eq(proposal_id))
        .count(db)
        .await
}

/// The voter's own votes in `round` on `proposals`: proposal id → stored value.
pub async fn own_votes(
    db: &impl ConnectionTrait,
    round_id: i64,
    voter: i64,
    proposals: impl IntoIterator<Item = i64>,
) -> Result<HashMap<i64, i32>, sea_orm::DbErr> {
    let rows: Vec<(i64, i32)> = vote::Entity::find()
        .select_only()
        .column(vote::Column::ProposalId)
        .column(vote::Column::Value)
        .filter(vote::Column::RoundId.eq(round_id))
        .filter(vote::Column::UserId.eq(voter))
        .filter(vote::Column::ProposalId.is_in(proposals))
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}

/// What became of a vote: the Fluent key of the message to show.
pub type Outcome = Result<&'static str, &'static str>;

/// The message for a refusal by the policy.
fn refusal(policy_key: &'static str) -> &'static str {
    match policy_key {
        "policy-log-in" => "error-vote-log-in",
        "policy-verify-email" => "error-vote-verify-email",
        "policy-members-only" => "error-vote-members-only",
        "policy-group-not-admitted" => "error-vote-group-not-admitted",
        "policy-round-no-voting" => "error-vote-round-no-voting",
        _ => "error-vote-round-closed",
    }
}

/// Casts, changes or withdraws `voter`'s vote on `proposal_id` in the consultation's open
/// round. `expected_round` is the round the voter's page showed: if another round is open
/// now, the vote is refused rather than counted where the voter did not mean it.
pub async fn cast(
    db: &sea_orm::DatabaseConnection,
    voter: &CurrentUser,
    proposal_id: i64,
    expected_round: Option<i64>,
    choice: Choice,
    now: DateTime<Utc>,
) -> AppResult<Outcome> {
    let tx = db::begin_write(db).await?;
    // The voter's row first: their concurrent requests queue here.
    let fresh = user::Entity::find_by_id(voter.id)
        .lock_exclusive()
        .one(&tx)
        .await?
        .ok_or(AppError::NotFound)?;
    let voter = CurrentUser::from(fresh);
    let proposal = proposal::Entity::find_by_id(proposal_id)
        .lock_shared()
        .one(&tx)
        .await?
        .ok_or(AppError::NotFound)?;
    let consultation = entity::consultation::Entity::find_by_id(proposal.consultation_id)
        .one(&tx)
        .await?
        .ok_or(AppError::NotFound)?;
    let standing = access::standing(&tx, consultation.id, Some(&voter)).await?;
    if let Err(Denial::NotFound) = policy::check(&standing, Action::View, &consultation) {
        return Err(AppError::NotFound);
    }
    let round = round::Entity::find()
        .filter(round::Column::ConsultationId.eq(consultation.id))
        .filter(round::Column::State.eq(RoundState::Open))
        .lock_shared()
        .one(&tx)
        .await?;
    if let (Some(expected), Some(open)) = (expected_round, &round)
        && expected != open.id
    {
        return Ok(Err("error-vote-round-closed"));
    }
    if let Err(key) =
        policy::can_contribute(&standing, &consultation, round.as_ref(), Contribution::Vote)
    {
        return Ok(Err(refusal(key)));
    }
    let Some(round) = round else {
        return Ok(Err("error-vote-round-closed"));
    };
    if proposal.state != ProposalState::Published {
        return Ok(Err("error-vote-proposal-not-open"));
    }
    if !choice.fits(round.vote_rule) {
        return Ok(Err("error-vote-choice"));
    }
    let existing = vote::Entity::find()
        .filter(vote::Column::RoundId.eq(round.id))
        .filter(vote::Column::ProposalId.eq(proposal_id))
        .filter(vote::Column::UserId.eq(voter.id))
        .one(&tx)
        .await?;
    let used = allowance(&tx, &round, voter.id).await?;
    let (value, message) = match (choice, existing.as_ref().map(|v| v.value)) {
        (Choice::Withdraw, None) => return Ok(Ok("vote-done-nothing")),
        (Choice::Withdraw, Some(_)) => (None, "vote-done-withdrawn"),
        (Choice::Support, Some(_)) => return Ok(Ok("vote-done-supported")),
        (Choice::Support, None) if !used.can_add() => {
            return Ok(Err("error-vote-no-supports-left"));
        }
        (Choice::Support, None) => (Some(1), "vote-done-supported"),
        (Choice::For, _) => (Some(FOR), "vote-done-approval"),
        (Choice::Against, _) => (Some(AGAINST), "vote-done-approval"),
        (Choice::Abstain, _) => (Some(ABSTAIN), "vote-done-approval"),
        (Choice::AddDot, _) if !used.can_add() => return Ok(Err("error-vote-no-dots-left")),
        (Choice::AddDot, current) => (Some(current.unwrap_or(0) + 1), "vote-done-dot-added"),
        (Choice::RemoveDot, None) => return Ok(Ok("vote-done-nothing")),
        (Choice::RemoveDot, Some(current)) => (
            Some(current - 1).filter(|v| *v > 0),
            "vote-done-dot-removed",
        ),
    };
    match (existing, value) {
        (Some(row), None) => {
            vote::Entity::delete_by_id(row.id).exec(&tx).await?;
        }
        (Some(row), Some(value)) => {
            vote::ActiveModel {
                id: Set(row.id),
                value: Set(value),
                updated_at: Set(now),
                ..Default::default()
            }
            .update(&tx)
            .await?;
        }
        (None, Some(value)) => {
            vote::ActiveModel {
                round_id: Set(round.id),
                proposal_id: Set(proposal_id),
                user_id: Set(voter.id),
                voter_group: Set(voter.group),
                value: Set(value),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(&tx)
            .await?;
        }
        (None, None) => {}
    }
    // One group per voter per round: the group they belong to when they last voted.
    vote::Entity::update_many()
        .col_expr(vote::Column::VoterGroup, Expr::value(voter.group))
        .filter(vote::Column::RoundId.eq(round.id))
        .filter(vote::Column::UserId.eq(voter.id))
        .exec(&tx)
        .await?;
    tx.commit().await?;
    Ok(Ok(message))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allowance_counts_down_and_never_below_zero() {
        let support = Allowance {
            rule: VoteRule::Support,
            limit: Some(3),
            used: 2,
        };
        assert_eq!(support.left(), Some(1));
        assert!(support.can_add());
        let spent = Allowance { used: 4, ..support };
        assert_eq!(spent.left(), Some(0));
        assert!(!spent.can_add());
        let unlimited = Allowance {
            limit: None,
            ..support
        };
        assert!(unlimited.can_add());
        let approval = Allowance {
            rule: VoteRule::Approval,
            limit: Some(1),
            used: 9,
        };
        assert_eq!(approval.left(), None);
        assert!(approval.can_add());
    }

    #[test]
    fn choices_fit_their_rule() {
        assert!(Choice::Support.fits(VoteRule::Support));
        assert!(!Choice::Support.fits(VoteRule::Dots));
        assert!(Choice::Against.fits(VoteRule::Approval));
        assert!(Choice::AddDot.fits(VoteRule::Dots));
        assert!(Choice::Withdraw.fits(VoteRule::Approval));
        assert_eq!(Choice::parse("remove_dot"), Some(Choice::RemoveDot));
        assert_eq!(Choice::parse("all"), None);
    }
}
