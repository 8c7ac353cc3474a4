//! Commitments in the database: the proposals they may come from, saving them with their
//! links, posting updates (with the audit entry and the notifications, in the caller's
//! transaction), and reading them back for pages.

use chrono::{DateTime, Utc};
use entity::{
    Answer, CommitmentStatus, ProposalState, commitment, commitment_proposal, commitment_update,
    consultation, proposal,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
    sea_query::{Expr, ExprTrait, Query},
};
use serde_json::json;

use super::domain::{CommitmentDraft, UpdateDraft};
use crate::{
    audit,
    consultations::{access, audience::place},
    markdown,
    notifications::{self, Event, Notice},
    policy::Action,
    proposals::audience,
    web::{AppError, AppResult, CurrentUser},
};

/// A proposal as a commitment names it.
pub struct ProposalLink {
    pub id: i64,
    pub title: String,
    pub language: String,
    pub answer: Answer,
    pub state: ProposalState,
}

impl ProposalLink {
    pub fn answer_code(&self) -> &'static str {
        entity::Code::code(self.answer)
    }
}

fn proposal_link(p: proposal::Model) -> ProposalLink {
    ProposalLink {
        id: p.id,
        title: p.title,
        language: p.language,
        answer: p.answer,
        state: p.state,
    }
}

/// The proposals of a consultation a commitment may come from: published, and accepted or
/// partly accepted.
pub async fn eligible(
    db: &impl ConnectionTrait,
    consultation_id: i64,
) -> Result<Vec<ProposalLink>, DbErr> {
    Ok(proposal::Entity::find()
        .filter(proposal::Column::ConsultationId.eq(consultation_id))
        .filter(proposal::Column::State.eq(ProposalState::Published))
        .filter(proposal::Column::Answer.is_in([Answer::Accepted, Answer::PartiallyAccepted]))
        .order_by_asc(proposal::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(proposal_link)
        .collect())
}

/// The proposals a commitment comes from.
pub async fn linked_proposals(
    db: &impl ConnectionTrait,
    commitment_id: i64,
) -> Result<Vec<ProposalLink>, DbErr> {
    let ids = Query::select()
        .column(commitment_proposal::Column::ProposalId)
        .from(commitment_proposal::Entity)
        .and_where(commitment_proposal::Column::CommitmentId.eq(commitment_id))
        .to_owned();
    Ok(proposal::Entity::find()
        .filter(proposal::Column::Id.in_subquery(ids))
        .order_by_asc(proposal::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(proposal_link)
        .collect())
}

/// The commitments a proposal led to, oldest first.
pub async fn of_proposal(
    db: &impl ConnectionTrait,
    proposal_id: i64,
) -> Result<Vec<commitment::Model>, DbErr> {
    let ids = Query::select()
        .column(commitment_proposal::Column::CommitmentId)
        .from(commitment_proposal::Entity)
        .and_where(commitment_proposal::Column::ProposalId.eq(proposal_id))
        .to_owned();
    commitment::Entity::find()
        .filter(commitment::Column::Id.in_subquery(ids))
        .order_by_asc(commitment::Column::Id)
        .all(db)
        .await
}

/// A consultation's commitments, filtered by status and by the theme of a proposal they
/// come from.
pub async fn list(
    db: &impl ConnectionTrait,
    consultation_id: i64,
    status: Option<CommitmentStatus>,
    theme: Option<i64>,
) -> Result<Vec<commitment::Model>, DbErr> {
    let mut select =
        commitment::Entity::find().filter(commitment::Column::ConsultationId.eq(consultation_id));
    if let Some(status) = status {
        select = select.filter(commitment::Column::Status.eq(status));
    }
    if let Some(theme) = theme {
        let with_theme = Query::select()
            .column((
                commitment_proposal::Entity,
                commitment_proposal::Column::CommitmentId,
            ))
            .from(commitment_proposal::Entity)
            .inner_join(
                proposal::Entity,
                Expr::col((proposal::Entity, proposal::Column::Id)).equals((
                    commitment_proposal::Entity,
                    commitment_proposal::Column::ProposalId,
                )),
            )
            .and_where(Expr::col((proposal::Entity, proposal::Column::ThemeId)).eq(theme))
            .to_owned();
        select = select.filter(commitment::Column::Id.in_subquery(with_theme));
    }
    select.order_by_asc(commitment::Column::Id).all(db).await
}

/// How far a consultation's commitments have got, dropped ones left out: `(how many are
/// still on, their mean progress in percent)`, or None when there are none.
pub async fn overall(
    db: &impl ConnectionTrait,
    consultation_id: i64,
) -> Result<Option<(i64, i64)>, DbErr> {
    let row: Option<(i64, Option<i64>)> = commitment::Entity::find()
        .select_only()
        .column_as(Expr::cust("COUNT(*)"), "count")
        .column_as(
            Expr::cust("CAST(COALESCE(SUM(progress), 0) AS BIGINT)"),
            "sum",
        )
        .filter(commitment::Column::ConsultationId.eq(consultation_id))
        .filter(commitment::Column::Status.ne(CommitmentStatus::Dropped))
        .into_tuple()
        .one(db)
        .await?;
    Ok(match row {
        Some((count, sum)) if count > 0 => {
            let sum = sum.unwrap_or(0);
            Some((count, (sum + count / 2) / count))
        }
        _ => None,
    })
}

/// A commitment with its consultation and the visitor's standing, if `action` is theirs to
/// do: one they may not see is a 404 like any unknown id.
pub async fn load(
    db: &impl ConnectionTrait,
    id: i64,
    user: Option<&CurrentUser>,
    action: Action,
) -> AppResult<(commitment::Model, access::Access)> {
    let commitment = commitment::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let consultation = consultation::Entity::find_by_id(commitment.consultation_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let standing = access::standing(db, consultation.id, user.map(CurrentUser::person)).await?;
    let access = access::Access {
        consultation,
        standing,
    };
    access.require(action)?;
    Ok((commitment, access))
}

/// The dated updates of a commitment, newest first.
pub async fn updates(
    db: &impl ConnectionTrait,
    commitment_id: i64,
) -> Result<Vec<commitment_update::Model>, DbErr> {
    commitment_update::Entity::find()
        .filter(commitment_update::Column::CommitmentId.eq(commitment_id))
        .order_by_desc(commitment_update::Column::CreatedAt)
        .order_by_desc(commitment_update::Column::Id)
        .all(db)
        .await
}

/// Saves a new commitment of `consultation_id`, or the draft over `existing`, with its links;
/// returns its id.
pub async fn save(
    db: &impl ConnectionTrait,
    (consultation_id, existing): (i64, Option<&commitment::Model>),
    draft: CommitmentDraft,
    actor: i64,
    now: DateTime<Utc>,
) -> Result<i64, DbErr> {
    let (description, description_html) = markdown::stored(draft.description).await;
    let mut row = commitment::ActiveModel {
        consultation_id: Set(consultation_id),
        title: Set(draft.title.clone()),
        description,
        description_html,
        responsible: Set(draft.responsible),
        status: Set(draft.standing.status),
        dropped_reason: Set(draft.standing.reason),
        progress: Set(draft.standing.progress),
        starts_on: Set(draft.starts_on),
        ends_on: Set(draft.ends_on),
        budget_cents: Set(draft.budget.map(|b| b.cents)),
        budget_currency: Set(draft.budget.map(|b| b.currency())),
        updated_at: Set(now),
        ..Default::default()
    };
    let id = match existing {
        Some(existing) => {
            row.id = Set(existing.id);
            row.update(db).await?.id
        }
        None => {
            row.created_by = Set(Some(actor));
            row.created_at = Set(now);
            row.insert(db).await?.id
        }
    };
    commitment_proposal::Entity::delete_many()
        .filter(commitment_proposal::Column::CommitmentId.eq(id))
        .exec(db)
        .await?;
    let links = draft
        .proposals
        .iter()
        .map(|&proposal_id| commitment_proposal::ActiveModel {
            commitment_id: Set(id),
            proposal_id: Set(proposal_id),
            ..Default::default()
        });
    commitment_proposal::Entity::insert_many(links)
        .exec_without_returning(db)
        .await?;
    audit::record(
        db,
        audit::Entry {
            actor_id: Some(actor),
            action: if existing.is_some() {
                "commitment.edited"
            } else {
                "commitment.created"
            },
            object_type: "commitment",
            object_id: Some(id),
            consultation_id: Some(consultation_id),
            details: json!({
                "title": draft.title,
                "status": draft.standing.status,
                "progress": draft.standing.progress,
                "proposals": draft.proposals,
            }),
        },
        now,
    )
    .await?;
    Ok(id)
}

/// Posts an update: it moves the commitment's status and progress, is audited, and the
/// signers and followers of every proposal the commitment comes from hear of it, each once.
pub async fn post_update(
    db: &impl ConnectionTrait,
    (commitment, consultation): (&commitment::Model, &consultation::Model),
    draft: UpdateDraft,
    actor: i64,
    now: DateTime<Utc>,
) -> Result<i64, DbErr> {
    let (body, body_html) = markdown::stored(draft.body).await;
    let standing = draft.standing;
    let changed_status = standing.status != commitment.status;
    let changed_progress = standing.progress != commitment.progress;
    let update = commitment_update::ActiveModel {
        commitment_id: Set(commitment.id),
        body,
        body_html,
        status: Set(changed_status.then_some(standing.status)),
        dropped_reason: Set(standing.reason.clone().filter(|_| changed_status)),
        progress: Set(changed_progress.then_some(standing.progress)),
        author_id: Set(Some(actor)),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    commitment::ActiveModel {
        id: Set(commitment.id),
        status: Set(standing.status),
        dropped_reason: Set(standing.reason.clone()),
        progress: Set(standing.progress),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(db)
    .await?;
    audit::record(
        db,
        audit::Entry {
            actor_id: Some(actor),
            action: "commitment.update_posted",
            object_type: "commitment",
            object_id: Some(commitment.id),
            consultation_id: Some(consultation.id),
            details: json!({
                "update_id": update.id,
                "before": { "status": commitment.status, "progress": commitment.progress },
                "after": { "status": standing.status, "progress": standing.progress },
            }),
        },
        now,
    )
    .await?;
    let event = Event::CommitmentUpdated {
        commitment_id: commitment.id,
        update_id: update.id,
    };
    let place = place(db, consultation).await?;
    let link = format!("/commitments/{}", commitment.id);
    let mut notice = Notice::new(event, place, commitment.title.clone(), link).by(Some(actor));
    let proposals: Vec<i64> = commitment_proposal::Entity::find()
        .select_only()
        .column(commitment_proposal::Column::ProposalId)
        .filter(Condition::all().add(commitment_proposal::Column::CommitmentId.eq(commitment.id)))
        .into_tuple()
        .all(db)
        .await?;
    for proposal_id in proposals {
        audience::tell_signers_and_followers(db, &mut notice, proposal_id).await?;
    }
    notifications::raise(db, notice, now).await?;
    Ok(update.id)
}

/// The proposals each of `commitment_ids` comes from, in id order, by commitment id.
pub async fn proposal_ids(
    db: &impl ConnectionTrait,
    commitment_ids: &[i64],
) -> Result<std::collections::HashMap<i64, Vec<i64>>, DbErr> {
    let links: Vec<(i64, i64)> = commitment_proposal::Entity::find()
        .select_only()
        .column(commitment_proposal::Column::CommitmentId)
        .column(commitment_proposal::Column::ProposalId)
        .filter(commitment_proposal::Column::CommitmentId.is_in(commitment_ids.iter().copied()))
        .order_by_asc(commitment_proposal::Column::ProposalId)
        .into_tuple()
        .all(db)
        .await?;
    let mut by_commitment = std::collections::HashMap::<i64, Vec<i64>>::new();
    for (commitment_id, proposal_id) in links {
        by_commitment
            .entry(commitment_id)
            .or_default()
            .push(proposal_id);
    }
    Ok(by_commitment)
}
