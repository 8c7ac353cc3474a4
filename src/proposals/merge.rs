//! Merging: facilitators fold several proposals into one — an existing one, or a new
//! synthesis. Each original shows "merged into …"; its signers sign the result and are told.
//!
//! Votes: merging is refused while a voting round of the consultation is open, so that no
//! vote is moved, lost or doubled and no per-person limit can be broken. Merge before voting
//! opens, or after it closes.

use askama::Template;
use axum::{
    body::Bytes,
    extract::{Path, State},
    response::{IntoResponse, Response},
};
use entity::{AuthorRole, ProposalState, proposal, proposal_author};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, Set};
use serde_json::json;

use super::{
    access::open_round,
    audience,
    domain::{self, ProposalForm},
    store,
};
use crate::{
    audit,
    consultations::{access, audience::place, content},
    db,
    notifications::{self, Concern, Event, Notice},
    policy::Action,
    web::{
        AppError, AppResult, AppSession, AppState, CurrentUser, FormErrors, Page, PageCtx,
        see_other,
    },
};

pub struct Candidate {
    pub id: i64,
    pub title: String,
    pub language: String,
}

#[derive(Template)]
#[template(path = "proposals/merge.html")]
pub struct MergePage {
    ctx: PageCtx,
    slug: String,
    consultation: String,
    candidates: Vec<Candidate>,
    sources: Vec<i64>,
    target: String,
    title: String,
    body: String,
    errors: FormErrors,
    blocked: Option<&'static str>,
}

async fn candidates(
    db: &impl ConnectionTrait,
    consultation_id: i64,
) -> Result<Vec<Candidate>, DbErr> {
    Ok(proposal::Entity::find()
        .filter(proposal::Column::ConsultationId.eq(consultation_id))
        .filter(proposal::Column::State.is_in([ProposalState::Published, ProposalState::Hidden]))
        .order_by_asc(proposal::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|p| Candidate {
            id: p.id,
            title: p.title,
            language: p.language,
        })
        .collect())
}

/// Why merging is not possible now, if it is not.
async fn blocked(
    db: &impl ConnectionTrait,
    consultation_id: i64,
) -> Result<Option<&'static str>, DbErr> {
    Ok(open_round(db, consultation_id)
        .await?
        .filter(|r| r.allows_voting)
        .map(|_| "error-merge-during-voting"))
}

pub async fn new(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(slug): Path<String>,
) -> AppResult<Page<MergePage>> {
    let access = access::load(&state.db, &slug, ctx.user.as_ref(), Action::Merge).await?;
    Ok(Page::ok(MergePage {
        candidates: candidates(&state.db, access.consultation.id).await?,
        blocked: blocked(&state.db, access.consultation.id).await?,
        consultation: access.consultation.title,
        slug,
        sources: Vec::new(),
        target: "new".to_owned(),
        title: String::new(),
        body: String::new(),
        errors: FormErrors::new(),
        ctx,
    }))
}

pub async fn merge(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path(slug): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let access = access::load(&state.db, &slug, Some(&user), Action::Merge).await?;
    // Several `source` fields: read the form by hand.
    let mut sources: Vec<i64> = Vec::new();
    let (mut target, mut title, mut text) = (String::new(), String::new(), String::new());
    for (key, value) in form_urlencoded::parse(&body) {
        match key.as_ref() {
            "source" => sources.extend(value.parse::<i64>().ok()),
            "target" => target = value.into_owned(),
            "title" => title = value.into_owned(),
            "body" => text = value.into_owned(),
            _ => {}
        }
    }
    sources.sort_unstable();
    sources.dedup();
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let all = candidates(&tx, access.consultation.id).await?;
    let mut errors = FormErrors::new();
    let into_existing = target
        .parse::<i64>()
        .ok()
        .filter(|t| all.iter().any(|c| c.id == *t));
    if target != "new" && into_existing.is_none() {
        errors.add("target", "error-merge-target");
    }
    sources.retain(|s| Some(*s) != into_existing && all.iter().any(|c| c.id == *s));
    let needed = if into_existing.is_some() { 1 } else { 2 };
    if sources.len() < needed {
        errors.add("sources", "error-merge-sources");
    }
    let themes = content::themes(&tx, access.consultation.id).await?;
    let new_text = if target == "new" {
        let form = ProposalForm {
            title: title.clone(),
            body: text.clone(),
            theme: String::new(),
            language: ctx.lang().to_owned(),
            action: String::new(),
            on_behalf_of: String::new(),
        };
        domain::parse(&form, &themes)
            .map_err(|e| e.iter().for_each(|(f, m)| errors.add(f, m)))
            .ok()
    } else {
        None
    };
    let block = blocked(&tx, access.consultation.id).await?;
    if !errors.is_empty() || block.is_some() {
        drop(tx);
        return Ok(Page::invalid(MergePage {
            candidates: all,
            blocked: block,
            consultation: access.consultation.title,
            slug,
            sources,
            target,
            title,
            body: text,
            errors,
            ctx,
        })
        .into_response());
    }
    let target_id = match (into_existing, new_text) {
        (Some(existing), _) => existing,
        (None, Some(text)) => {
            let round = open_round(&tx, access.consultation.id).await?;
            store::create(
                &tx,
                access.consultation.id,
                round.map(|r| r.id),
                text,
                None,
                None,
                now,
            )
            .await?
            .id
        }
        (None, None) => return Err(AppError::BadRequest("error-bad-request")),
    };
    let signers = proposal_author::Entity::find()
        .filter(proposal_author::Column::ProposalId.is_in(sources.clone()))
        .all(&tx)
        .await?;
    for signer in &signers {
        store::add_signer(&tx, target_id, signer.user_id, AuthorRole::Coauthor, now).await?;
    }
    let place = place(&tx, &access.consultation).await?;
    for source in &sources {
        sea_orm::ActiveModelTrait::update(
            proposal::ActiveModel {
                id: Set(*source),
                state: Set(ProposalState::Merged),
                merged_into: Set(Some(target_id)),
                updated_at: Set(now),
                ..Default::default()
            },
            &tx,
        )
        .await?;
        let authors: Vec<i64> = signers
            .iter()
            .filter(|s| s.proposal_id == *source)
            .map(|s| s.user_id)
            .collect();
        // Its signers, told as their own, and its followers; about the merged proposal.
        let event = Event::ProposalMerged {
            proposal_id: *source,
            merged_into: target_id,
            authors: authors.clone(),
        };
        let title = all
            .iter()
            .find(|c| c.id == *source)
            .map(|c| c.title.clone())
            .unwrap_or_default();
        let link = format!("/proposals/{source}");
        let mut notice = Notice::new(event, place.clone(), title, link).by(Some(user.id));
        notice.tell(authors, Concern::Own);
        notice.tell(audience::followers(&tx, *source).await?, Concern::Followed);
        notifications::raise(&tx, notice, now).await?;
    }
    audit::record(
        &tx,
        audit::Entry {
            actor_id: Some(user.id),
            action: "proposal.merged",
            object_type: "proposal",
            object_id: Some(target_id),
            consultation_id: Some(access.consultation.id),
            details: json!({ "sources": sources, "into": target_id }),
        },
        now,
    )
    .await?;
    tx.commit().await?;
    state.results_changed(access.consultation.id);
    session.flash("flash-merged").await?;
    Ok(see_other(&format!("/proposals/{target_id}")))
}
