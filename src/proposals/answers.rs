//! The public body's answer to a proposal, given by facilitators: `evaluating`, or a final
//! answer (`accepted`, `partially_accepted`, `rejected`) with a required public justification.

use axum::{
    Form,
    extract::{Path, State},
    response::Response,
};
use entity::{Answer, ProposalState, proposal, proposal_answer};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, Set,
};
use serde::Deserialize;
use serde_json::json;

use super::{access, audience};
use crate::{
    audit,
    consultations::audience::place,
    db,
    notifications::{self, Event, Notice},
    policy::Action,
    web::{
        AppError, AppResult, AppSession, AppState, CONTROL_CHARACTER_ERROR, CurrentUser, TextKind,
        has_control_characters, see_other,
    },
};

pub const MAX_JUSTIFICATION_CHARS: usize = 10_000;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AnswerForm {
    answer: String,
    justification: String,
}

pub fn is_final(answer: Answer) -> bool {
    matches!(
        answer,
        Answer::Accepted | Answer::PartiallyAccepted | Answer::Rejected
    )
}

pub async fn answer(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path(id): Path<i64>,
    Form(form): Form<AnswerForm>,
) -> AppResult<Response> {
    let found = access::load(&state.db, id, Some(&user)).await?;
    found.access.require(Action::Answer)?;
    let back = format!("/proposals/{id}#answer");
    let answer = match form.answer.as_str() {
        "evaluating" => Answer::Evaluating,
        "accepted" => Answer::Accepted,
        "partially_accepted" => Answer::PartiallyAccepted,
        "rejected" => Answer::Rejected,
        _ => {
            session.flash("error-answer-required").await?;
            return Ok(see_other(&back));
        }
    };
    let justification = form.justification.trim().to_owned();
    if has_control_characters(&justification, TextKind::Long) {
        session.flash(CONTROL_CHARACTER_ERROR).await?;
        return Ok(see_other(&back));
    }
    if is_final(answer) && justification.is_empty() {
        session.flash("error-justification-required").await?;
        return Ok(see_other(&back));
    }
    if justification.chars().count() > MAX_JUSTIFICATION_CHARS {
        session.flash("error-justification-long").await?;
        return Ok(see_other(&back));
    }
    if !matches!(
        found.proposal.state,
        ProposalState::Published | ProposalState::Hidden
    ) {
        return Err(AppError::Forbidden("policy-proposal-not-open"));
    }
    let now = state.now();
    let justification = (!justification.is_empty()).then_some(justification);
    let tx = db::begin_write(&state.db).await?;
    proposal_answer::ActiveModel {
        proposal_id: Set(id),
        answer: Set(answer),
        justification: Set(justification.clone()),
        answered_by: Set(Some(user.id)),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&tx)
    .await?;
    proposal::ActiveModel {
        id: Set(id),
        answer: Set(answer),
        answer_justification: Set(justification.clone()),
        answered_at: Set(Some(now)),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(&tx)
    .await?;
    audit::record(
        &tx,
        audit::Entry {
            actor_id: Some(user.id),
            action: "proposal.answered",
            object_type: "proposal",
            object_id: Some(id),
            consultation_id: Some(found.proposal.consultation_id),
            details: json!({ "before": found.proposal.answer, "after": answer, "justification": justification }),
        },
        now,
    )
    .await?;
    let event = Event::ProposalAnswered {
        proposal_id: id,
        answer,
    };
    let place = place(&tx, &found.access.consultation).await?;
    let link = format!("/proposals/{id}");
    let mut notice =
        Notice::new(event, place, found.proposal.title.clone(), link).by(Some(user.id));
    audience::tell_signers_and_followers(&tx, &mut notice, id).await?;
    notifications::raise(&tx, notice, now).await?;
    tx.commit().await?;
    session.flash("flash-answer-saved").await?;
    Ok(see_other(&back))
}

/// `(answered with a final answer, all that await one)` among a consultation's live
/// proposals.
pub async fn progress(
    db: &impl ConnectionTrait,
    consultation_id: i64,
) -> Result<(u64, u64), DbErr> {
    let live = || {
        proposal::Entity::find()
            .filter(proposal::Column::ConsultationId.eq(consultation_id))
            .filter(
                proposal::Column::State.is_in([ProposalState::Published, ProposalState::Hidden]),
            )
    };
    let total = live().count(db).await?;
    let answered = live()
        .filter(proposal::Column::Answer.is_in([
            Answer::Accepted,
            Answer::PartiallyAccepted,
            Answer::Rejected,
        ]))
        .count(db)
        .await?;
    Ok((answered, total))
}
