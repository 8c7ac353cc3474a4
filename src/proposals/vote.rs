//! `POST /proposals/{id}/vote` and the vote box shown beside each proposal while a voting
//! round is open. Plain forms that bring the voter back where they were; with JavaScript
//! (`static/vote.js`) the same forms answer with JSON and the box is replaced in place.

use std::collections::HashMap;

use askama::Template;
use axum::{
    Form, Json,
    extract::{Path, State},
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Response},
};
use entity::round;
use sea_orm::ConnectionTrait;
use serde::Deserialize;
use serde_json::json;

use super::ballot::{self, ABSTAIN, AGAINST, Allowance, Choice, FOR};
use crate::{
    consultations::{access::Access, rounds::vote_rule_code},
    policy::{self, Contribution},
    web::{
        AppError, AppResult, AppSession, AppState, CurrentUser, PageCtx, render::local_path,
        see_other,
    },
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
    /// Why the visitor cannot vote, or their allowance if they can.
    pub standing: Result<Allowance, &'static str>,
    votes: HashMap<i64, i32>,
}

impl Voting {
    pub async fn load(
        db: &impl ConnectionTrait,
        access: &Access,
        open: Option<&round::Model>,
        proposals: impl IntoIterator<Item = i64>,
    ) -> AppResult<Option<Self>> {
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
            (Ok(()), Some(voter)) => (
                Ok(ballot::allowance(db, round, voter).await?),
                ballot::own_votes(db, round.id, voter, proposals).await?,
            ),
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
            rule: vote_rule_code(self.round.vote_rule),
            value: self.votes.get(&proposal_id).copied(),
            back: back.to_owned(),
        })
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct VoteForm {
    pub choice: String,
    pub round: String,
    pub back: String,
}

/// The box alone, sent back to the script after a vote.
#[derive(Template)]
#[template(path = "proposals/vote_box.html")]
struct VoteBoxFragment {
    ctx: PageCtx,
    vote: VoteBox,
}

fn wants_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"))
}

pub async fn vote(
    State(state): State<AppState>,
    ctx: PageCtx,
    voter: CurrentUser,
    session: AppSession,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Form(form): Form<VoteForm>,
) -> AppResult<Response> {
    let back = local_path(Some(form.back.as_str()))
        .map(|b| b.split('#').next().unwrap_or(b).to_owned())
        .unwrap_or_else(|| format!("/proposals/{id}"));
    let outcome = match Choice::parse(&form.choice) {
        Some(choice) => {
            ballot::cast(
                &state.db,
                &voter,
                id,
                form.round.parse().ok(),
                choice,
                state.now(),
            )
            .await?
        }
        None => Err("error-vote-choice"),
    };
    if !wants_json(&headers) {
        session
            .flash(match outcome {
                Ok(key) | Err(key) => key,
            })
            .await?;
        return Ok(see_other(&format!("{back}#vote-{id}")));
    }
    // The script's answer: the new box, what is left, and the message to announce.
    let found = super::access::load(&state.db, id, Some(&voter)).await?;
    let open = super::access::open_round(&state.db, found.proposal.consultation_id).await?;
    let voting = Voting::load(&state.db, &found.access, open.as_ref(), [id]).await?;
    let left = match voting.as_ref().map(|v| &v.standing) {
        Some(Ok(allowance)) => allowance.describe(&ctx.locale),
        Some(Err(reason)) => ctx.t(reason),
        None => ctx.t("error-vote-round-closed"),
    };
    let (status, key) = match outcome {
        Ok(key) => (StatusCode::OK, key),
        Err(key) => (StatusCode::CONFLICT, key),
    };
    let message = ctx.t(key);
    let widget = match voting.and_then(|v| v.vote_box(id, &found.proposal.title, &back)) {
        Some(vote) => VoteBoxFragment { ctx, vote }
            .render()
            .map_err(|e| AppError::Internal(anyhow::anyhow!("template failed: {e}")))?,
        None => String::new(),
    };
    Ok((
        status,
        Json(json!({
            "ok": status == StatusCode::OK,
            "message": message,
            "left": left,
            "widget": widget,
        })),
    )
        .into_response())
}
