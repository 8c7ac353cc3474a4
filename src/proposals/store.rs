//! Reading and writing proposals.

use chrono::{DateTime, Utc};
use entity::{
    Answer, AuthorRole, ConsultationRoleKind, ProposalState, StakeholderGroup, proposal,
    proposal_author, proposal_revision, user, vote,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, Set, sea_query::OnConflict,
};
use serde_json::json;

use super::domain::ProposalText;
use crate::{
    audit,
    consultations::audience,
    markdown,
    notifications::{self, Concern, Event, Notice},
};

/// How many votes a proposal has received in any round (a voted proposal can no longer be
/// edited).
pub async fn votes_on(db: &impl ConnectionTrait, proposal_id: i64) -> Result<u64, DbErr> {
    vote::Entity::find()
        .filter(vote::Column::ProposalId.eq(proposal_id))
        .count(db)
        .await
}

/// Someone who signs a proposal.
#[derive(Debug, Clone)]
pub struct Signer {
    pub user_id: i64,
    pub display_name: String,
    pub group: StakeholderGroup,
    pub role: AuthorRole,
    /// The organisation they sign for, `(slug, name)`, if any.
    pub on_behalf: Option<(String, String)>,
}

pub async fn signers(db: &impl ConnectionTrait, proposal_id: i64) -> Result<Vec<Signer>, DbErr> {
    let rows = proposal_author::Entity::find()
        .filter(proposal_author::Column::ProposalId.eq(proposal_id))
        .order_by_asc(proposal_author::Column::Id)
        .all(db)
        .await?;
    let users = user::Entity::find()
        .filter(user::Column::Id.is_in(rows.iter().map(|r| r.user_id)))
        .all(db)
        .await?;
    Ok(rows
        .iter()
        .filter_map(|row| {
            let user = users.iter().find(|u| u.id == row.user_id)?;
            Some(Signer {
                user_id: user.id,
                display_name: user.display_name.clone(),
                group: user.stakeholder_group,
                role: row.role,
                // Notices speak to people: the organisation they sign for is not needed.
                on_behalf: None,
            })
        })
        .collect())
}

/// Adds a signer to a proposal; someone who already signs it keeps their role.
pub async fn add_signer(
    db: &impl ConnectionTrait,
    proposal_id: i64,
    user_id: i64,
    role: AuthorRole,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    proposal_author::Entity::insert(proposal_author::ActiveModel {
        proposal_id: Set(proposal_id),
        user_id: Set(user_id),
        role: Set(role),
        created_at: Set(now),
        ..Default::default()
    })
    .on_conflict(
        OnConflict::columns([
            proposal_author::Column::ProposalId,
            proposal_author::Column::UserId,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}

pub async fn is_signer(
    db: &impl ConnectionTrait,
    proposal_id: i64,
    user_id: i64,
) -> Result<bool, DbErr> {
    Ok(proposal_author::Entity::find()
        .filter(proposal_author::Column::ProposalId.eq(proposal_id))
        .filter(proposal_author::Column::UserId.eq(user_id))
        .one(db)
        .await?
        .is_some())
}

/// What is known about an in-person table a proposal was recorded at.
pub struct InPerson {
    pub place: String,
    pub on: chrono::NaiveDate,
    pub people: i32,
    pub group: StakeholderGroup,
}

/// Publishes a proposal. `author` is None when a facilitator records it from an in-person
/// table (`recorded`).
#[allow(clippy::too_many_arguments)]
pub async fn create(
    db: &impl ConnectionTrait,
    consultation_id: i64,
    round_id: Option<i64>,
    text: ProposalText,
    author: Option<i64>,
    recorded: Option<(i64, InPerson)>,
    now: DateTime<Utc>,
) -> Result<proposal::Model, DbErr> {
    let (recorded_by, in_person) = match recorded {
        Some((facilitator, in_person)) => (Some(facilitator), Some(in_person)),
        None => (None, None),
    };
    let (body, body_html) = markdown::stored(text.body).await;
    let created = proposal::ActiveModel {
        consultation_id: Set(consultation_id),
        round_id: Set(round_id),
        title: Set(text.title),
        body,
        body_html,
        theme_id: Set(text.theme_id),
        language: Set(text.language),
        author_id: Set(author),
        recorded_by: Set(recorded_by),
        in_person_place: Set(in_person.as_ref().map(|p| p.place.clone())),
        in_person_on: Set(in_person.as_ref().map(|p| p.on)),
        in_person_count: Set(in_person.as_ref().map(|p| p.people)),
        in_person_group: Set(in_person.as_ref().map(|p| p.group)),
        state: Set(ProposalState::Published),
        merged_into: Set(None),
        withdrawn_reason: Set(None),
        hidden_reason: Set(None),
        answer: Set(Answer::Pending),
        answer_justification: Set(None),
        answered_at: Set(None),
        comments_count: Set(0),
        flags_count: Set(0),
        created_at: Set(now),
        updated_at: Set(now),
        edited_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    if let Some(author) = author {
        add_signer(db, created.id, author, AuthorRole::Author, now).await?;
    }
    // The consultation's followers and facilitators (a new proposal waits for an answer).
    let event = Event::ProposalPublished {
        proposal_id: created.id,
        title: created.title.clone(),
    };
    let place = audience::place_by_id(db, consultation_id).await?;
    let link = format!("/proposals/{}", created.id);
    let mut notice = Notice::new(event, place, created.title.clone(), link)
        .by(author.or(recorded_by))
        .in_round(round_id);
    notice.tell(
        audience::followers(db, consultation_id).await?,
        Concern::Followed,
    );
    let facilitators =
        audience::holders(db, consultation_id, ConsultationRoleKind::Facilitator).await?;
    notice.tell(facilitators, Concern::Followed);
    notifications::raise(db, notice, now).await?;
    if let Some(facilitator) = recorded_by {
        audit::record(
            db,
            audit::Entry {
                actor_id: Some(facilitator),
                action: "proposal.recorded_in_person",
                object_type: "proposal",
                object_id: Some(created.id),
                consultation_id: Some(consultation_id),
                details: json!({ "title": created.title, "place": created.in_person_place, "people": created.in_person_count }),
            },
            now,
        )
        .await?;
    }
    Ok(created)
}

/// Saves an edit, keeping the previous text in the history.
pub async fn edit(
    db: &impl ConnectionTrait,
    before: &proposal::Model,
    text: ProposalText,
    editor: i64,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    proposal_revision::ActiveModel {
        proposal_id: Set(before.id),
        title: Set(before.title.clone()),
        body: Set(before.body.clone()),
        body_html: Set(before.body_html.clone()),
        theme_id: Set(before.theme_id),
        language: Set(before.language.clone()),
        edited_by: Set(Some(editor)),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    let (body, body_html) = markdown::stored(text.body).await;
    proposal::ActiveModel {
        id: Set(before.id),
        title: Set(text.title),
        body,
        body_html,
        theme_id: Set(text.theme_id),
        language: Set(text.language),
        updated_at: Set(now),
        edited_at: Set(Some(now)),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}

pub async fn withdraw(
    db: &impl ConnectionTrait,
    proposal: &proposal::Model,
    reason: String,
    by: i64,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    proposal::ActiveModel {
        id: Set(proposal.id),
        state: Set(ProposalState::Withdrawn),
        withdrawn_reason: Set(Some(reason.clone())),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(db)
    .await?;
    audit::record(
        db,
        audit::Entry {
            actor_id: Some(by),
            action: "proposal.withdrawn",
            object_type: "proposal",
            object_id: Some(proposal.id),
            consultation_id: Some(proposal.consultation_id),
            details: json!({ "reason": reason }),
        },
        now,
    )
    .await
}

/// Earlier versions, newest first.
pub async fn history(
    db: &impl ConnectionTrait,
    proposal_id: i64,
) -> Result<Vec<proposal_revision::Model>, DbErr> {
    proposal_revision::Entity::find()
        .filter(proposal_revision::Column::ProposalId.eq(proposal_id))
        .order_by_desc(proposal_revision::Column::Id)
        .all(db)
        .await
}
