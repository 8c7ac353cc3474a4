//! What a round's rule lets each person do: the choices a vote button asks for, what a voter
//! has used of the round's allowance, and why a vote can be refused. No database, no text.

use entity::VoteRule;

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

    pub(super) fn fits(self, rule: VoteRule) -> bool {
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
    /// The allowance of a voter whose votes on live proposals hold `values`.
    pub fn of(rule: VoteRule, limit: Option<i32>, values: impl IntoIterator<Item = i32>) -> Self {
        let values = values.into_iter();
        let used = match rule {
            VoteRule::Dots => values.map(i64::from).sum(),
            _ => i64::try_from(values.count()).unwrap_or(i64::MAX),
        };
        Self { rule, limit, used }
    }

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
}

/// What a vote did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recorded {
    /// Nothing to withdraw or remove.
    Nothing,
    Withdrawn,
    /// A support given, or one already given.
    Supported,
    /// In favour, against or abstaining.
    Approval,
    DotAdded,
    DotRemoved,
}

/// Why a vote was not recorded: one reason per answer the voter can be given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VoteRefusal {
    /// The proposal does not exist, or its consultation is hidden from the voter.
    NotFound,
    LogIn,
    VerifyEmail,
    MembersOnly,
    GroupNotAdmitted,
    RoundNoVoting,
    /// No round is open, or not the one the voter's page showed.
    RoundClosed,
    ProposalNotOpen,
    /// A choice the round's rule does not have.
    Choice,
    NoSupportsLeft,
    NoDotsLeft,
}

impl VoteRefusal {
    /// The refusal behind a reason of the policy (a `policy-…` key of
    /// [`crate::policy::can_contribute`]).
    pub fn from_policy(policy_key: &str) -> Self {
        match policy_key {
            "policy-log-in" => Self::LogIn,
            "policy-verify-email" => Self::VerifyEmail,
            "policy-members-only" => Self::MembersOnly,
            "policy-group-not-admitted" => Self::GroupNotAdmitted,
            "policy-round-no-voting" => Self::RoundNoVoting,
            _ => Self::RoundClosed,
        }
    }
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
    fn allowance_counts_dots_placed_and_proposals_voted_on() {
        assert_eq!(Allowance::of(VoteRule::Dots, Some(5), [2, 1]).used, 3);
        assert_eq!(Allowance::of(VoteRule::Approval, None, [1, -1, 0]).used, 3);
        assert_eq!(Allowance::of(VoteRule::Support, Some(3), []).used, 0);
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

    #[test]
    fn policy_reasons_become_refusals() {
        assert_eq!(
            VoteRefusal::from_policy("policy-verify-email"),
            VoteRefusal::VerifyEmail
        );
        assert_eq!(
            VoteRefusal::from_policy("policy-no-open-round"),
            VoteRefusal::RoundClosed
        );
    }
}
