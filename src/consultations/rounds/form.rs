//! The round form: what a facilitator submits, shown again when invalid, and checked into
//! a round's rules.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use entity::{Code, ResultsVisibility, RoundState, StakeholderGroup, VoteRule, round};
use serde::Deserialize;

use super::rules::{RoundRules, groups_column, groups_of};
use crate::{
    accounts::domain::GROUPS,
    timezone,
    web::{FormErrors, TextKind, one_line},
};

pub const MAX_TITLE_CHARS: usize = 200;

/// The round form as submitted. Checkboxes are present only when ticked.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct RoundForm {
    pub title: String,
    pub description: String,
    pub opens_at: String,
    pub closes_at: String,
    pub allows_proposals: Option<String>,
    pub allows_comments: Option<String>,
    pub allows_voting: Option<String>,
    pub group_beneficiary: Option<String>,
    pub group_institution: Option<String>,
    pub group_third_sector: Option<String>,
    pub group_other: Option<String>,
    pub vote_rule: String,
    pub vote_limit: String,
    pub results_visibility: String,
    /// Ticked to confirm a round that opens in the past.
    pub confirm_past: Option<String>,
}

impl RoundForm {
    /// A form for a new round: everything allowed to everyone, support voting, live results.
    pub fn blank() -> Self {
        let yes = Some("on".to_owned());
        Self {
            allows_proposals: yes.clone(),
            allows_comments: yes.clone(),
            group_beneficiary: yes.clone(),
            group_institution: yes.clone(),
            group_third_sector: yes.clone(),
            group_other: yes,
            vote_rule: "support".to_owned(),
            results_visibility: "live".to_owned(),
            ..Default::default()
        }
    }

    pub fn from_round(round: &round::Model, zone: Tz) -> Self {
        let groups = groups_of(round);
        let tick = |on: bool| on.then(|| "on".to_owned());
        let has = |g: StakeholderGroup| tick(groups.contains(&g));
        Self {
            title: round.title.clone(),
            description: round.description.clone(),
            opens_at: timezone::input_value(round.opens_at, zone),
            closes_at: timezone::input_value(round.closes_at, zone),
            allows_proposals: tick(round.allows_proposals),
            allows_comments: tick(round.allows_comments),
            allows_voting: tick(round.allows_voting),
            group_beneficiary: has(StakeholderGroup::Beneficiary),
            group_institution: has(StakeholderGroup::Institution),
            group_third_sector: has(StakeholderGroup::ThirdSector),
            group_other: has(StakeholderGroup::Other),
            vote_rule: round.vote_rule.code().to_owned(),
            vote_limit: round.vote_limit.map(|l| l.to_string()).unwrap_or_default(),
            results_visibility: match round.results_visibility {
                ResultsVisibility::Live => "live",
                ResultsVisibility::AfterClose => "after_close",
            }
            .to_owned(),
            confirm_past: None,
        }
    }

    /// Whether the checkbox of group `code` is ticked (for the template).
    pub fn has_group(&self, code: &str) -> bool {
        match code {
            "beneficiary" => self.group_beneficiary.is_some(),
            "institution" => self.group_institution.is_some(),
            "third_sector" => self.group_third_sector.is_some(),
            "other" => self.group_other.is_some(),
            _ => false,
        }
    }
}

/// Parses the form. `existing` is the round being edited, if any; `others` are the
/// consultation's other rounds, which this one may not overlap.
pub fn parse(
    form: &RoundForm,
    existing: Option<&round::Model>,
    others: &[round::Model],
    zone: Tz,
    now: DateTime<Utc>,
) -> Result<RoundRules, FormErrors> {
    let mut errors = FormErrors::new();
    errors.refuse_control_characters("title", &form.title, TextKind::Line);
    errors.refuse_control_characters("description", &form.description, TextKind::Long);
    let title = one_line(&form.title);
    if title.is_empty() {
        errors.add("title", "error-round-title-required");
    } else if title.chars().count() > MAX_TITLE_CHARS {
        errors.add("title", "error-title-long");
    }
    let opens_at = timezone::parse_local(&form.opens_at, zone);
    if opens_at.is_none() {
        errors.add("opens_at", "error-date-invalid");
    }
    let closes_at = timezone::parse_local(&form.closes_at, zone);
    if closes_at.is_none() {
        errors.add("closes_at", "error-date-invalid");
    }
    let groups: Vec<StakeholderGroup> = GROUPS
        .iter()
        .filter(|code| form.has_group(code))
        .filter_map(|code| StakeholderGroup::from_code(code))
        .collect();
    if groups.is_empty() {
        errors.add("group_beneficiary", "error-round-groups-required");
    }
    let vote_rule = match form.vote_rule.as_str() {
        "support" => Some(VoteRule::Support),
        "approval" => Some(VoteRule::Approval),
        "dots" => Some(VoteRule::Dots),
        _ => {
            errors.add("vote_rule", "error-vote-rule-required");
            None
        }
    };
    let limit = form.vote_limit.trim();
    let vote_limit = if limit.is_empty() {
        None
    } else {
        match limit.parse::<i32>() {
            Ok(n) if (1..=1000).contains(&n) => Some(n),
            _ => {
                errors.add("vote_limit", "error-vote-limit-invalid");
                None
            }
        }
    };
    if vote_rule == Some(VoteRule::Dots) && vote_limit.is_none() && !errors.has("vote_limit") {
        errors.add("vote_limit", "error-vote-limit-dots");
    }
    let results_visibility = match form.results_visibility.as_str() {
        "live" => Some(ResultsVisibility::Live),
        "after_close" => Some(ResultsVisibility::AfterClose),
        _ => {
            errors.add("results_visibility", "error-results-visibility-required");
            None
        }
    };

    let is_started = existing.is_some_and(|e| e.state != RoundState::Upcoming);
    if let (Some(opens), Some(closes), false) = (opens_at, closes_at, is_started) {
        if closes <= opens {
            errors.add("closes_at", "error-round-closes-before-opens");
        }
        let overlaps = others
            .iter()
            .filter(|o| existing.is_none_or(|e| e.id != o.id))
            .any(|o| opens < o.closes_at && o.opens_at < closes);
        if overlaps {
            errors.add("opens_at", "error-round-overlaps");
        }
        let opens_changed = existing
            .is_none_or(|e| timezone::input_value(e.opens_at, zone) != form.opens_at.trim());
        if opens_changed && opens < now && form.confirm_past.is_none() {
            errors.add("confirm_past", "error-round-opens-in-past");
        }
        if closes <= now {
            errors.add("closes_at", "error-round-closes-in-past");
        }
    }

    let started = existing.filter(|r| r.state != RoundState::Upcoming);
    let mut rules = RoundRules {
        title,
        description: form.description.trim().to_owned(),
        opens_at: opens_at.unwrap_or(now),
        closes_at: closes_at.unwrap_or(now),
        allows_proposals: form.allows_proposals.is_some(),
        allows_comments: form.allows_comments.is_some(),
        allows_voting: form.allows_voting.is_some(),
        groups,
        vote_rule: vote_rule.unwrap_or(VoteRule::Support),
        vote_limit: if vote_rule == Some(VoteRule::Approval) {
            None
        } else {
            vote_limit
        },
        results_visibility: results_visibility.unwrap_or(ResultsVisibility::Live),
    };

    // Once a round has opened, its schedule and rules are fixed: people acted on them. Only
    // its title and description can still be edited; its end moves with "extend".
    if let Some(round) = started {
        let minutes = |at: DateTime<Utc>| timezone::input_value(at, zone);
        let fixed = [
            (
                "opens_at",
                minutes(rules.opens_at) != minutes(round.opens_at),
            ),
            (
                "closes_at",
                minutes(rules.closes_at) != minutes(round.closes_at),
            ),
            (
                "allows_proposals",
                rules.allows_proposals != round.allows_proposals,
            ),
            (
                "allows_comments",
                rules.allows_comments != round.allows_comments,
            ),
            ("allows_voting", rules.allows_voting != round.allows_voting),
            (
                "group_beneficiary",
                groups_column(&rules.groups) != round.groups,
            ),
            ("vote_rule", rules.vote_rule != round.vote_rule),
            ("vote_limit", rules.vote_limit != round.vote_limit),
            (
                "results_visibility",
                rules.results_visibility != round.results_visibility,
            ),
        ];
        for (field, changed) in fixed {
            if changed {
                errors.add(field, "error-round-rules-fixed");
            }
        }
        rules.opens_at = round.opens_at;
        rules.closes_at = round.closes_at;
    }
    errors.into_result().map(|()| rules)
}
