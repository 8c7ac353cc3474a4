//! `POST /proposals/{id}/vote`. Plain forms that bring the voter back where they were; with
//! JavaScript (`static/vote.js`) the same forms answer with JSON and the box is replaced in
//! place. The words of every answer are chosen here.

use askama::Template;
use axum::{
    Form, Router,
    extract::{Path, State},
    http::{HeaderMap, StatusCode, header},
    response::Response,
    routing::post,
};
use serde::Deserialize;

use super::{
    cast::cast,
    rule::{Choice, Recorded, VoteRefusal},
    view::{VoteBox, Voting},
};
use crate::{
    proposals::access,
    web::{
        AppError, AppResult, AppSession, AppState, CurrentUser, PageCtx,
        render::{json_message, local_path},
        see_other,
    },
};

pub fn router() -> Router<AppState> {
    Router::new().route("/proposals/{id}/vote", post(vote))
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

/// The message telling the voter what their vote did.
fn recorded_key(recorded: Recorded) -> &'static str {
    match recorded {
        Recorded::Nothing => "vote-done-nothing",
        Recorded::Withdrawn => "vote-done-withdrawn",
        Recorded::Supported => "vote-done-supported",
        Recorded::Approval => "vote-done-approval",
        Recorded::DotAdded => "vote-done-dot-added",
        Recorded::DotRemoved => "vote-done-dot-removed",
    }
}

/// The message telling the voter why their vote was refused.
fn refusal_key(refusal: VoteRefusal) -> &'static str {
    match refusal {
        VoteRefusal::NotFound => "error-not-found",
        VoteRefusal::LogIn => "error-vote-log-in",
        VoteRefusal::VerifyEmail => "error-vote-verify-email",
        VoteRefusal::MembersOnly => "error-vote-members-only",
        VoteRefusal::GroupNotAdmitted => "error-vote-group-not-admitted",
        VoteRefusal::RoundNoVoting => "error-vote-round-no-voting",
        VoteRefusal::RoundClosed => "error-vote-round-closed",
        VoteRefusal::ProposalNotOpen => "error-vote-proposal-not-open",
        VoteRefusal::Choice => "error-vote-choice",
        VoteRefusal::NoSupportsLeft => "error-vote-no-supports-left",
        VoteRefusal::NoDotsLeft => "error-vote-no-dots-left",
    }
}

/// A refusal as an error response. A proposal the voter may not see is a 404, as every page
/// of it is; `vote` answers every other refusal itself (a message, and 409 to the script),
/// so they reach here only from code with no page to tell them on: a 403 with the message.
impl From<VoteRefusal> for AppError {
    fn from(refusal: VoteRefusal) -> Self {
        match refusal {
            VoteRefusal::NotFound => AppError::NotFound,
            refusal => AppError::Forbidden(refusal_key(refusal)),
        }
    }
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
            let round = form.round.parse().ok();
            cast(&state.db, voter.person(), id, round, choice, state.now()).await?
        }
        None => Err(VoteRefusal::Choice),
    };
    if let Ok(receipt) = &outcome {
        state.results_changed(receipt.round.consultation_id);
    }
    if matches!(outcome, Err(VoteRefusal::NotFound)) {
        return Err(VoteRefusal::NotFound.into());
    }
    if !wants_json(&headers) {
        let key = match &outcome {
            Ok(receipt) => recorded_key(receipt.recorded),
            Err(refusal) => refusal_key(*refusal),
        };
        session.flash(key).await?;
        return Ok(see_other(&format!("{back}#vote-{id}")));
    }
    // The script's answer: the new box, what is left, and the message to announce. After a
    // vote the receipt holds them; after a refusal they are read again.
    let (status, key, title, voting) = match outcome {
        Ok(receipt) => (
            StatusCode::OK,
            recorded_key(receipt.recorded),
            receipt.proposal.title.clone(),
            Some(Voting::from(receipt)),
        ),
        Err(refusal) => {
            let found = access::load(&state.db, id, Some(&voter)).await?;
            let open = access::open_round(&state.db, found.proposal.consultation_id).await?;
            let voting = Voting::load(&state.db, &found.access, open.as_ref(), [id]).await?;
            (
                StatusCode::CONFLICT,
                refusal_key(refusal),
                found.proposal.title,
                voting,
            )
        }
    };
    let left = match voting.as_ref().map(|v| &v.standing) {
        Some(Ok(allowance)) => allowance.describe(&ctx.locale),
        Some(Err(reason)) => ctx.t(reason),
        None => ctx.t("error-vote-round-closed"),
    };
    let locale = ctx.locale;
    let widget = match voting.and_then(|v| v.vote_box(id, &title, &back)) {
        Some(vote) => VoteBoxFragment { ctx, vote }
            .render()
            .map_err(|e| AppError::Internal(anyhow::anyhow!("template failed: {e}")))?,
        None => String::new(),
    };
    let rest = serde_json::Map::from_iter([
        ("ok".to_owned(), (status == StatusCode::OK).into()),
        ("left".to_owned(), left.into()),
        ("widget".to_owned(), widget.into()),
    ]);
    Ok(json_message(status, &locale, "message", key, rest))
}
