//! Offline tallies: a facilitator enters the counts per stakeholder group that an in-person
//! session gave for a proposal (where, when, how counted). They are shown beside online
//! votes with their source and never added to them.

use std::collections::HashMap;

use askama::Template;
use axum::{
    Form,
    extract::{Path, Query, State},
    response::{IntoResponse, Response},
};
use chrono::NaiveDate;
use entity::{
    Code, ProposalState, RoundState, VoteRule, offline_tally, offline_tally_count, round,
};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde::Deserialize;
use serde_json::json;

use super::compute::GROUPS;
use crate::{
    audit, db,
    meetings::held::{self, MeetingChoice},
    policy::Action,
    proposals::access as proposal_access,
    web::{
        AppError, AppResult, AppSession, AppState, CurrentUser, FormErrors, Page, PageCtx,
        one_line, see_other,
    },
};

pub const MAX_PLACE_CHARS: usize = 200;
pub const MAX_METHOD_CHARS: usize = 500;
pub const MAX_COUNT: i32 = 100_000;

/// Form field names of the counts: per group, in favour / against / abstain.
pub const COUNT_FIELDS: [[&str; 3]; 4] = [
    [
        "for_beneficiary",
        "against_beneficiary",
        "abstain_beneficiary",
    ],
    [
        "for_institution",
        "against_institution",
        "abstain_institution",
    ],
    [
        "for_third_sector",
        "against_third_sector",
        "abstain_third_sector",
    ],
    ["for_other", "against_other", "abstain_other"],
];

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RoundQuery {
    pub round: Option<i64>,
}

/// One group's row of the form.
pub struct GroupFields {
    pub code: &'static str,
    pub fields: [&'static str; 3],
}

#[derive(Template)]
#[template(path = "results/tally.html")]
pub struct TallyPage {
    ctx: PageCtx,
    proposal_id: i64,
    proposal_title: String,
    round_id: i64,
    round_title: String,
    approval: bool,
    rule: VoteRule,
    values: HashMap<String, String>,
    errors: FormErrors,
    groups: Vec<GroupFields>,
    /// The meetings held so far, one of which it may have been counted at.
    meetings: Vec<MeetingChoice>,
}

impl TallyPage {
    /// The form for `round`, with what was typed and the problems found.
    fn again(
        ctx: PageCtx,
        (proposal_id, proposal_title): (i64, String),
        round: round::Model,
        values: HashMap<String, String>,
        errors: FormErrors,
        meetings: Vec<MeetingChoice>,
    ) -> Self {
        Self {
            ctx,
            proposal_id,
            proposal_title,
            round_id: round.id,
            round_title: round.title,
            approval: round.vote_rule == VoteRule::Approval,
            rule: round.vote_rule,
            values,
            errors,
            groups: groups(),
            meetings,
        }
    }

    /// What the first count of each group means under the round's rule.
    pub fn in_favour_label(&self) -> &'static str {
        match self.rule {
            VoteRule::Support => "field-tally-supports",
            VoteRule::Approval => "field-tally-for",
            VoteRule::Dots => "field-tally-dots",
        }
    }

    pub fn value(&self, name: &str) -> String {
        self.values.get(name).cloned().unwrap_or_default()
    }
}

/// A voting round of the proposal's consultation that has opened.
async fn voting_round(
    db: &impl sea_orm::ConnectionTrait,
    consultation_id: i64,
    round_id: Option<i64>,
) -> AppResult<round::Model> {
    round::Entity::find_by_id(round_id.ok_or(AppError::NotFound)?)
        .filter(round::Column::ConsultationId.eq(consultation_id))
        .one(db)
        .await?
        .filter(|r| r.allows_voting && r.state != RoundState::Upcoming)
        .ok_or(AppError::NotFound)
}

fn groups() -> Vec<GroupFields> {
    GROUPS
        .iter()
        .zip(COUNT_FIELDS)
        .map(|(g, fields)| GroupFields {
            code: g.code(),
            fields,
        })
        .collect()
}

pub async fn new(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Query(query): Query<RoundQuery>,
) -> AppResult<Page<TallyPage>> {
    let found = proposal_access::load(&state.db, id, ctx.user.as_ref()).await?;
    found.access.require(Action::RecordInPerson)?;
    let round = voting_round(&state.db, found.proposal.consultation_id, query.round).await?;
    let meetings = held::offered(&state, ctx.locale, found.proposal.consultation_id).await?;
    Ok(Page::ok(TallyPage::again(
        ctx,
        (id, found.proposal.title),
        round,
        HashMap::new(),
        FormErrors::new(),
        meetings,
    )))
}

/// A checked tally: place, day, method and per-group counts.
struct Tally {
    place: String,
    held_on: NaiveDate,
    method: String,
    counts: [[i32; 3]; 4],
}

fn parse(
    values: &HashMap<String, String>,
    approval: bool,
    today: NaiveDate,
) -> Result<Tally, FormErrors> {
    let mut errors = FormErrors::new();
    let text = |name: &str| values.get(name).map(|v| one_line(v)).unwrap_or_default();
    let place = text("place");
    if place.is_empty() || place.chars().count() > MAX_PLACE_CHARS {
        errors.add("place", "error-place-required");
    }
    let held_on = NaiveDate::parse_from_str(text("on").as_str(), "%Y-%m-%d").ok();
    match held_on {
        None => errors.add("on", "error-day-invalid"),
        Some(day) if day > today => errors.add("on", "error-tally-day-future"),
        Some(_) => {}
    }
    let method = text("method");
    if method.is_empty() || method.chars().count() > MAX_METHOD_CHARS {
        errors.add("method", "error-tally-method-required");
    }
    let mut counts = [[0i32; 3]; 4];
    for (g, fields) in COUNT_FIELDS.iter().enumerate() {
        for (k, field) in fields.iter().enumerate() {
            if k > 0 && !approval {
                continue;
            }
            let raw = text(field);
            if raw.is_empty() {
                continue;
            }
            match raw.parse::<i32>() {
                Ok(n) if (0..=MAX_COUNT).contains(&n) => counts[g][k] = n,
                _ => errors.add(field, "error-tally-count-invalid"),
            }
        }
    }
    if errors.is_empty() && counts.iter().flatten().all(|n| *n == 0) {
        errors.add(COUNT_FIELDS[0][0], "error-tally-empty");
    }
    errors.into_result()?;
    Ok(Tally {
        place,
        held_on: held_on.unwrap_or(today),
        method,
        counts,
    })
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path(id): Path<i64>,
    Query(query): Query<RoundQuery>,
    Form(values): Form<HashMap<String, String>>,
) -> AppResult<Response> {
    let found = proposal_access::load(&state.db, id, Some(&user)).await?;
    found.access.require(Action::RecordInPerson)?;
    let round = voting_round(&state.db, found.proposal.consultation_id, query.round).await?;
    let approval = round.vote_rule == VoteRule::Approval;
    let now = state.now();
    let today = now.with_timezone(&state.config.timezone).date_naive();
    if found.proposal.state == ProposalState::Hidden {
        return Err(AppError::Forbidden("error-vote-proposal-not-open"));
    }
    let meetings = held::offered(&state, ctx.locale, found.proposal.consultation_id).await?;
    let mut errors = FormErrors::new();
    let chosen = values.get(held::FIELD).map_or("", String::as_str);
    let meeting = held::chosen(&meetings, chosen, &mut errors);
    let tally = match (parse(&values, approval, today), errors.is_empty()) {
        (Ok(tally), true) => tally,
        (parsed, _) => {
            for (field, message) in parsed.err().iter().flat_map(FormErrors::iter) {
                errors.add(field, message);
            }
            let title = found.proposal.title;
            let page = TallyPage::again(ctx, (id, title), round, values, errors, meetings);
            return Ok(Page::invalid(page).into_response());
        }
    };
    let tx = db::begin_write(&state.db).await?;
    let saved = offline_tally::ActiveModel {
        round_id: Set(round.id),
        proposal_id: Set(id),
        place: Set(tally.place.clone()),
        held_on: Set(tally.held_on),
        method: Set(tally.method.clone()),
        recorded_by: Set(Some(user.id)),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&tx)
    .await?;
    if let Some(meeting_id) = meeting {
        held::link_tally(&tx, saved.id, meeting_id).await?;
    }
    for (group, [in_favour, against, abstain]) in GROUPS.iter().zip(tally.counts) {
        if in_favour + against + abstain == 0 {
            continue;
        }
        offline_tally_count::ActiveModel {
            tally_id: Set(saved.id),
            stakeholder_group: Set(*group),
            in_favour: Set(in_favour),
            against: Set(against),
            abstain: Set(abstain),
            ..Default::default()
        }
        .insert(&tx)
        .await?;
    }
    audit::record(
        &tx,
        audit::Entry {
            actor_id: Some(user.id),
            action: "tally.recorded",
            object_type: "proposal",
            object_id: Some(id),
            consultation_id: Some(found.proposal.consultation_id),
            details: json!({
                "round_id": round.id,
                "place": tally.place,
                "held_on": tally.held_on.to_string(),
                "counts": tally.counts,
            }),
        },
        now,
    )
    .await?;
    tx.commit().await?;
    state.results_changed(found.proposal.consultation_id);
    session.flash("flash-tally-recorded").await?;
    Ok(see_other(&format!("/proposals/{id}#figures")))
}

#[derive(Template)]
#[template(path = "results/tally_delete.html")]
pub struct DeletePage {
    ctx: PageCtx,
    id: i64,
    proposal_id: i64,
    proposal_title: String,
    place: String,
    held_on: String,
}

async fn load_tally(
    state: &AppState,
    id: i64,
    user: Option<&CurrentUser>,
) -> AppResult<(offline_tally::Model, proposal_access::ProposalAccess)> {
    let tally = offline_tally::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let found = proposal_access::load(&state.db, tally.proposal_id, user).await?;
    found.access.require(Action::RecordInPerson)?;
    Ok((tally, found))
}

pub async fn confirm_delete(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<Page<DeletePage>> {
    let (tally, found) = load_tally(&state, id, ctx.user.as_ref()).await?;
    let held_on = ctx.locale.date(tally.held_on);
    Ok(Page::ok(DeletePage {
        ctx,
        id,
        proposal_id: tally.proposal_id,
        proposal_title: found.proposal.title,
        place: tally.place,
        held_on,
    }))
}

pub async fn delete(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let (tally, found) = load_tally(&state, id, Some(&user)).await?;
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    offline_tally::Entity::delete_by_id(id).exec(&tx).await?;
    audit::record(
        &tx,
        audit::Entry {
            actor_id: Some(user.id),
            action: "tally.deleted",
            object_type: "proposal",
            object_id: Some(tally.proposal_id),
            consultation_id: Some(found.proposal.consultation_id),
            details: json!({ "round_id": tally.round_id, "place": tally.place, "held_on": tally.held_on.to_string() }),
        },
        now,
    )
    .await?;
    tx.commit().await?;
    state.results_changed(found.proposal.consultation_id);
    session.flash("flash-tally-deleted").await?;
    Ok(see_other(&format!(
        "/proposals/{}#figures",
        tally.proposal_id
    )))
}

#[cfg(test)]
mod tests;
