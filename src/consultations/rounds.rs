//! Rounds: the phases of a consultation. Their rules, their schedule, and the moves that
//! change their state (by hand or on time), each recorded as an event and in the audit log.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use entity::{ResultsVisibility, RoundState, StakeholderGroup, VoteRule, consultation, round};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, QueryOrder, Set,
};
use serde::Deserialize;
use serde_json::json;

use crate::{
    accounts::domain::{GROUPS, group_code, parse_group},
    audit,
    consultations::audience,
    db,
    notifications::{Event, events::RoundChange},
    timezone,
    web::FormErrors,
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
            vote_rule: vote_rule_code(round.vote_rule).to_owned(),
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

/// A round's rules and schedule, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundRules {
    pub title: String,
    pub description: String,
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    pub allows_proposals: bool,
    pub allows_comments: bool,
    pub allows_voting: bool,
    pub groups: Vec<StakeholderGroup>,
    pub vote_rule: VoteRule,
    pub vote_limit: Option<i32>,
    pub results_visibility: ResultsVisibility,
}

pub fn vote_rule_code(rule: VoteRule) -> &'static str {
    match rule {
        VoteRule::Support => "support",
        VoteRule::Approval => "approval",
        VoteRule::Dots => "dots",
    }
}

pub fn state_code(state: RoundState) -> &'static str {
    match state {
        RoundState::Upcoming => "upcoming",
        RoundState::Open => "open",
        RoundState::Closed => "closed",
    }
}

pub fn groups_of(round: &round::Model) -> Vec<StakeholderGroup> {
    round.groups.split(',').filter_map(parse_group).collect()
}

fn groups_column(groups: &[StakeholderGroup]) -> String {
    groups
        .iter()
        .map(|g| group_code(*g))
        .collect::<Vec<_>>()
        .join(",")
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
    let title = form.title.trim().to_owned();
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
        .filter_map(|code| parse_group(code))
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

pub async fn for_consultation(
    db: &impl ConnectionTrait,
    consultation_id: i64,
) -> Result<Vec<round::Model>, DbErr> {
    round::Entity::find()
        .filter(round::Column::ConsultationId.eq(consultation_id))
        .order_by_asc(round::Column::Position)
        .order_by_asc(round::Column::Id)
        .all(db)
        .await
}

/// Whether a consultation is over: archived, or published with every round closed.
pub fn concluded(consultation: &entity::consultation::Model, rounds: &[round::Model]) -> bool {
    match consultation.status {
        entity::ConsultationStatus::Draft => false,
        entity::ConsultationStatus::Archived => true,
        entity::ConsultationStatus::Published => !rounds.is_empty() && current(rounds).is_none(),
    }
}

/// The round that matters now: the open one, else the next to open.
pub fn current(rounds: &[round::Model]) -> Option<&round::Model> {
    rounds
        .iter()
        .find(|r| r.state == RoundState::Open)
        .or_else(|| {
            rounds
                .iter()
                .filter(|r| r.state == RoundState::Upcoming)
                .min_by_key(|r| r.opens_at)
        })
}

fn snapshot(round: &round::Model) -> serde_json::Value {
    json!({
        "title": round.title,
        "opens_at": timezone::machine(round.opens_at),
        "closes_at": timezone::machine(round.closes_at),
        "state": round.state,
        "allows": {"proposals": round.allows_proposals, "comments": round.allows_comments, "voting": round.allows_voting},
        "groups": round.groups,
        "vote_rule": round.vote_rule,
        "vote_limit": round.vote_limit,
        "results_visibility": round.results_visibility,
    })
}

async fn log(
    db: &impl ConnectionTrait,
    actor_id: Option<i64>,
    action: &str,
    round: &round::Model,
    details: serde_json::Value,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    audit::record(
        db,
        audit::Entry {
            actor_id,
            action,
            object_type: "round",
            object_id: Some(round.id),
            consultation_id: Some(round.consultation_id),
            details,
        },
        now,
    )
    .await
}

pub async fn create(
    db: &impl ConnectionTrait,
    consultation: &consultation::Model,
    rules: RoundRules,
    actor_id: i64,
    now: DateTime<Utc>,
) -> Result<round::Model, DbErr> {
    let position = for_consultation(db, consultation.id)
        .await?
        .iter()
        .map(|r| r.position)
        .max()
        .unwrap_or(0)
        + 1;
    let round = round::ActiveModel {
        consultation_id: Set(consultation.id),
        position: Set(position),
        title: Set(rules.title),
        description: Set(rules.description),
        opens_at: Set(rules.opens_at),
        closes_at: Set(rules.closes_at),
        state: Set(RoundState::Upcoming),
        allows_proposals: Set(rules.allows_proposals),
        allows_comments: Set(rules.allows_comments),
        allows_voting: Set(rules.allows_voting),
        groups: Set(groups_column(&rules.groups)),
        vote_rule: Set(rules.vote_rule),
        vote_limit: Set(rules.vote_limit),
        results_visibility: Set(rules.results_visibility),
        opened_at: Set(None),
        closed_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    log(
        db,
        Some(actor_id),
        "round.created",
        &round,
        json!({ "after": snapshot(&round) }),
        now,
    )
    .await?;
    Ok(round)
}

pub async fn update(
    db: &impl ConnectionTrait,
    round: &round::Model,
    rules: RoundRules,
    actor_id: i64,
    now: DateTime<Utc>,
) -> Result<round::Model, DbErr> {
    let updated = round::ActiveModel {
        id: Set(round.id),
        title: Set(rules.title),
        description: Set(rules.description),
        opens_at: Set(rules.opens_at),
        closes_at: Set(rules.closes_at),
        allows_proposals: Set(rules.allows_proposals),
        allows_comments: Set(rules.allows_comments),
        allows_voting: Set(rules.allows_voting),
        groups: Set(groups_column(&rules.groups)),
        vote_rule: Set(rules.vote_rule),
        vote_limit: Set(rules.vote_limit),
        results_visibility: Set(rules.results_visibility),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(db)
    .await?;
    let details = json!({ "before": snapshot(round), "after": snapshot(&updated) });
    log(db, Some(actor_id), "round.updated", &updated, details, now).await?;
    Ok(updated)
}

/// Deletes a round that has not opened yet; false when it already has.
pub async fn delete(
    db: &impl ConnectionTrait,
    round: &round::Model,
    actor_id: i64,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let deleted = round::Entity::delete_many()
        .filter(round::Column::Id.eq(round.id))
        .filter(round::Column::State.eq(RoundState::Upcoming))
        .exec(db)
        .await?;
    if deleted.rows_affected == 1 {
        log(
            db,
            Some(actor_id),
            "round.deleted",
            round,
            json!({ "before": snapshot(round) }),
            now,
        )
        .await?;
    }
    Ok(deleted.rows_affected == 1)
}

/// Swaps a round with its neighbour in the timeline's order.
pub async fn reorder(
    db: &impl ConnectionTrait,
    round: &round::Model,
    up: bool,
    actor_id: i64,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let rounds = for_consultation(db, round.consultation_id).await?;
    let Some(index) = rounds.iter().position(|r| r.id == round.id) else {
        return Ok(());
    };
    let neighbour = if up {
        index.checked_sub(1)
    } else {
        Some(index + 1)
    };
    let Some(other) = neighbour.and_then(|i| rounds.get(i)) else {
        return Ok(());
    };
    // Positions may have gaps or ties after deletions: renumber while swapping.
    let mut order: Vec<&round::Model> = rounds.iter().collect();
    let other_index = order.iter().position(|r| r.id == other.id).unwrap_or(index);
    order.swap(index, other_index);
    for (position, r) in order.iter().enumerate() {
        let position = i32::try_from(position).unwrap_or(i32::MAX) + 1;
        if r.position != position {
            round::ActiveModel {
                id: Set(r.id),
                position: Set(position),
                ..Default::default()
            }
            .update(db)
            .await?;
        }
    }
    let direction = if up { "up" } else { "down" };
    log(
        db,
        Some(actor_id),
        "round.reordered",
        round,
        json!({ "moved": direction }),
        now,
    )
    .await
}

/// What a state change was caused by.
#[derive(Debug, Clone, Copy)]
pub enum Cause {
    /// A facilitator pressed a button.
    Hand(i64),
    /// The schedule.
    Schedule,
}

impl Cause {
    fn actor(self) -> Option<i64> {
        match self {
            Cause::Hand(actor) => Some(actor),
            Cause::Schedule => None,
        }
    }
}

async fn emit(
    db: &impl ConnectionTrait,
    event: fn(RoundChange) -> Event,
    round: &round::Model,
    cause: Cause,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let change = RoundChange {
        round_title: round.title.clone(),
        closes_at: timezone::machine(round.closes_at),
    };
    audience::round_changed(db, event(change), round, cause.actor(), now).await
}

/// Opens an upcoming round now. Refused (false) when it is not upcoming, or another round of
/// the consultation is open.
pub async fn open(
    db: &impl ConnectionTrait,
    round: &round::Model,
    cause: Cause,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let others_open = round::Entity::find()
        .filter(round::Column::ConsultationId.eq(round.consultation_id))
        .filter(round::Column::State.eq(RoundState::Open))
        .filter(round::Column::Id.ne(round.id))
        .one(db)
        .await?
        .is_some();
    if others_open || round.closes_at <= now {
        return Ok(false);
    }
    let mut change = round::Entity::update_many()
        .col_expr(
            round::Column::State,
            sea_orm::sea_query::Expr::value(RoundState::Open),
        )
        .col_expr(
            round::Column::OpenedAt,
            sea_orm::sea_query::Expr::value(Some(now)),
        )
        .col_expr(
            round::Column::UpdatedAt,
            sea_orm::sea_query::Expr::value(now),
        )
        .filter(round::Column::Id.eq(round.id))
        .filter(round::Column::State.eq(RoundState::Upcoming));
    if matches!(cause, Cause::Hand(_)) {
        // Opening early moves the start, so the timeline tells the truth.
        change = change.col_expr(round::Column::OpensAt, sea_orm::sea_query::Expr::value(now));
    }
    if change.exec(db).await?.rows_affected != 1 {
        return Ok(false);
    }
    emit(db, Event::RoundOpened, round, cause, now).await?;
    let details = json!({ "opens_at": timezone::machine(round.opens_at), "opened_at": timezone::machine(now) });
    log(db, cause.actor(), "round.opened", round, details, now).await?;
    Ok(true)
}

/// Closes a round that is open (or upcoming but past its end). False when already closed.
pub async fn close(
    db: &impl ConnectionTrait,
    round: &round::Model,
    cause: Cause,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let mut change = round::Entity::update_many()
        .col_expr(
            round::Column::State,
            sea_orm::sea_query::Expr::value(RoundState::Closed),
        )
        .col_expr(
            round::Column::ClosedAt,
            sea_orm::sea_query::Expr::value(Some(now)),
        )
        .col_expr(
            round::Column::UpdatedAt,
            sea_orm::sea_query::Expr::value(now),
        )
        .filter(round::Column::Id.eq(round.id))
        .filter(round::Column::State.ne(RoundState::Closed));
    if matches!(cause, Cause::Hand(_)) {
        change = change.col_expr(
            round::Column::ClosesAt,
            sea_orm::sea_query::Expr::value(now),
        );
    }
    if change.exec(db).await?.rows_affected != 1 {
        return Ok(false);
    }
    emit(db, Event::RoundClosed, round, cause, now).await?;
    let details = json!({ "closes_at": timezone::machine(round.closes_at), "closed_at": timezone::machine(now) });
    log(db, cause.actor(), "round.closed", round, details, now).await?;
    Ok(true)
}

/// Moves a round's end later. Refused (false) for a closed round or an earlier time.
pub async fn extend(
    db: &impl ConnectionTrait,
    round: &round::Model,
    closes_at: DateTime<Utc>,
    actor_id: i64,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    if round.state == RoundState::Closed || closes_at <= round.closes_at || closes_at <= now {
        return Ok(false);
    }
    let overlaps = for_consultation(db, round.consultation_id)
        .await?
        .iter()
        .any(|o| o.id != round.id && round.opens_at < o.closes_at && o.opens_at < closes_at);
    if overlaps {
        return Ok(false);
    }
    round::ActiveModel {
        id: Set(round.id),
        closes_at: Set(closes_at),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(db)
    .await?;
    let details = json!({ "before": timezone::machine(round.closes_at), "after": timezone::machine(closes_at) });
    log(db, Some(actor_id), "round.extended", round, details, now).await?;
    Ok(true)
}

/// Opens and closes rounds whose time has come. Returns how many opened and closed.
pub async fn advance(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<(usize, usize), DbErr> {
    // Most checks find nothing: look before taking the write lock.
    let due = round::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(
                    sea_orm::Condition::all()
                        .add(round::Column::State.ne(RoundState::Closed))
                        .add(round::Column::ClosesAt.lte(now)),
                )
                .add(
                    sea_orm::Condition::all()
                        .add(round::Column::State.eq(RoundState::Upcoming))
                        .add(round::Column::OpensAt.lte(now)),
                ),
        )
        .one(db)
        .await?;
    if due.is_none() {
        return Ok((0, 0));
    }
    let mut opened = 0;
    let mut closed = 0;
    let tx = db::begin_write(db).await?;
    let due_to_close = round::Entity::find()
        .filter(round::Column::State.ne(RoundState::Closed))
        .filter(round::Column::ClosesAt.lte(now))
        .all(&tx)
        .await?;
    for round in &due_to_close {
        if close(&tx, round, Cause::Schedule, now).await? {
            closed += 1;
        }
    }
    let due_to_open = round::Entity::find()
        .filter(round::Column::State.eq(RoundState::Upcoming))
        .filter(round::Column::OpensAt.lte(now))
        .filter(round::Column::ClosesAt.gt(now))
        .order_by_asc(round::Column::OpensAt)
        .all(&tx)
        .await?;
    for round in &due_to_open {
        if open(&tx, round, Cause::Schedule, now).await? {
            opened += 1;
        }
    }
    tx.commit().await?;
    Ok((opened, closed))
}
