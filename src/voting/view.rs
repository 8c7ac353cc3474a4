//! What pages show of voting: the vote box beside each proposal while a voting round is open,
//! what the visitor has left, and the rule's figures in words.

use std::collections::{HashMap, HashSet};

use entity::{Code, VoteRule, round};
use sea_orm::{ConnectionTrait, DbErr};

use super::{
    cast::{self, Receipt},
    rule::{ABSTAIN, AGAINST, Allowance, FOR},
};
use crate::{
    consultations::access::Access,
    i18n::Locale,
    policy::{self, Contribution},
};

/// One proposal's vote controls, for one voter.
pub struct VoteBox {
    pub proposal_id: i64,
    pub title: String,
    pub round_id: i64,
    pub rule: &'static str,
    /// The voter's stored value, if they voted.
    pub value: Option<i32>,
    /// Where the plain form returns.
    pub back: String,
}

impl VoteBox {
    pub fn supported(&self) -> bool {
        self.value.is_some_and(|v| v > 0)
    }

    /// `for`, `against`, `abstain` or empty.
    pub fn approval(&self) -> &'static str {
        match self.value {
            Some(FOR) => "for",
            Some(AGAINST) => "against",
            Some(ABSTAIN) => "abstain",
            _ => "",
        }
    }

    pub fn dots(&self) -> i64 {
        i64::from(self.value.unwrap_or(0))
    }
}

/// The voting open to one visitor on a page of proposals: the round, what they have left and
/// their own votes. None when no voting round is open.
pub struct Voting {
    pub round: round::Model,
    /// Why the visitor cannot vote (the policy's reason), or their allowance if they can.
    pub standing: Result<Allowance, &'static str>,
    votes: HashMap<i64, i32>,
}

impl Voting {
    pub async fn load(
        db: &impl ConnectionTrait,
        access: &Access,
        open: Option<&round::Model>,
        proposals: impl IntoIterator<Item = i64>,
    ) -> Result<Option<Self>, DbErr> {
        let Some(round) = open.filter(|r| r.allows_voting) else {
            return Ok(None);
        };
        let eligible = policy::can_contribute(
            &access.standing,
            &access.consultation,
            Some(round),
            Contribution::Vote,
        );
        let (standing, votes) = match (eligible, access.user_id()) {
            (Ok(()), Some(voter)) => {
                // One read for both: the allowance counts the voter's votes on live
                // proposals, and only live proposals get a box.
                let live = cast::live_votes(db, round, voter).await?;
                let allowance =
                    Allowance::of(round.vote_rule, round.vote_limit, live.values().copied());
                let wanted: HashSet<i64> = proposals.into_iter().collect();
                let votes = live
                    .into_iter()
                    .filter(|(proposal, _)| wanted.contains(proposal))
                    .collect();
                (Ok(allowance), votes)
            }
            (Err(reason), _) => (Err(reason), HashMap::new()),
            (Ok(()), None) => (Err("policy-log-in"), HashMap::new()),
        };
        Ok(Some(Self {
            round: round.clone(),
            standing,
            votes,
        }))
    }

    /// The box for one proposal, when the visitor may vote.
    pub fn vote_box(&self, proposal_id: i64, title: &str, back: &str) -> Option<VoteBox> {
        self.standing.is_ok().then(|| VoteBox {
            proposal_id,
            title: title.to_owned(),
            round_id: self.round.id,
            rule: self.round.vote_rule.code(),
            value: self.votes.get(&proposal_id).copied(),
            back: back.to_owned(),
        })
    }
}

/// Right after a vote: the voting as the receipt left it, with no need to read it again.
impl From<Receipt> for Voting {
    fn from(receipt: Receipt) -> Self {
        Self {
            round: receipt.round,
            standing: Ok(receipt.allowance),
            votes: receipt.votes,
        }
    }
}

impl Allowance {
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
    locale.t_count(&format!("results-total-{}", rule.code()), figure)
}
