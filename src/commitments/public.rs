//! The public side of follow-up: `/consultations/{slug}/follow-up` (every commitment with its
//! status and progress, filtered by status and theme) and `/commitments/{id}` (one commitment,
//! the proposals it comes from, and its updates, newest first).

use askama::Template;
use axum::extract::{Path, Query, State};
use entity::{Code, CommitmentStatus, DocumentParent, ProposalState, commitment, theme};
use serde::Deserialize;

use super::{
    domain::STATUSES,
    store::{self, ProposalLink},
};
use crate::{
    consultations::{access, content},
    documents::listing::{self as documents, DocumentList, Presentation},
    i18n::Locale,
    policy::Action,
    timezone,
    web::{AppResult, AppState, Page, PageCtx},
};

/// A commitment as lists and its own page show it.
pub struct CommitmentCard {
    pub id: i64,
    pub title: String,
    pub status: &'static str,
    pub progress: i64,
    pub responsible: String,
    /// Planned start and end, as shown and as `<time datetime>` takes them.
    pub starts_on: Option<(String, String)>,
    pub ends_on: Option<(String, String)>,
    pub budget: Option<String>,
}

pub fn card(commitment: &commitment::Model, locale: Locale) -> CommitmentCard {
    let day = |d: chrono::NaiveDate| (locale.date(d), d.format("%Y-%m-%d").to_string());
    CommitmentCard {
        id: commitment.id,
        title: commitment.title.clone(),
        status: commitment.status.code(),
        progress: i64::from(commitment.progress),
        responsible: commitment.responsible.clone(),
        starts_on: commitment.starts_on.map(day),
        ends_on: commitment.ends_on.map(day),
        budget: commitment
            .budget_cents
            .zip(commitment.budget_currency.as_ref())
            .map(|(cents, currency)| format!("{} {currency}", locale.hundredths(cents))),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct FollowUpQuery {
    status: String,
    theme: String,
}

#[derive(Template)]
#[template(path = "commitments/follow_up.html")]
pub struct FollowUpPage {
    ctx: PageCtx,
    slug: String,
    consultation: String,
    commitments: Vec<CommitmentCard>,
    /// How many commitments are still on, and their mean progress.
    overall: Option<(i64, i64)>,
    statuses: [&'static str; 4],
    themes: Vec<theme::Model>,
    status: String,
    theme: String,
    filtered: bool,
    can_manage: bool,
}

pub async fn follow_up(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(slug): Path<String>,
    Query(query): Query<FollowUpQuery>,
) -> AppResult<Page<FollowUpPage>> {
    let db = &state.db;
    let access = access::load(db, &slug, ctx.user.as_ref(), Action::View).await?;
    let consultation = &access.consultation;
    let themes = content::themes(db, consultation.id).await?;
    let status = CommitmentStatus::from_code(query.status.trim());
    let theme = query
        .theme
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|id| themes.iter().any(|t| t.id == *id));
    let commitments = store::list(db, consultation.id, status, theme)
        .await?
        .iter()
        .map(|c| card(c, ctx.locale))
        .collect();
    let overall = store::overall(db, consultation.id).await?;
    Ok(Page::ok(FollowUpPage {
        slug: consultation.slug.clone(),
        consultation: consultation.title.clone(),
        commitments,
        overall,
        statuses: STATUSES,
        themes,
        status: status.map(Code::code).unwrap_or_default().to_owned(),
        theme: theme.map(|t| t.to_string()).unwrap_or_default(),
        filtered: status.is_some() || theme.is_some(),
        can_manage: access.allows(Action::ManageCommitments),
        ctx,
    }))
}

/// An update as its commitment's page shows it.
pub struct UpdateView {
    pub when: String,
    pub when_machine: String,
    pub body_html: String,
    pub status: Option<&'static str>,
    pub reason: Option<String>,
    pub progress: Option<i64>,
}

#[derive(Template)]
#[template(path = "commitments/commitment.html")]
pub struct CommitmentPage {
    ctx: PageCtx,
    slug: String,
    consultation: String,
    commitment: CommitmentCard,
    description_html: String,
    dropped_reason: Option<String>,
    proposals: Vec<ProposalLink>,
    updates: Vec<UpdateView>,
    can_manage: bool,
    documents: DocumentList,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<Page<CommitmentPage>> {
    let db = &state.db;
    let (commitment, access) = store::load(db, id, ctx.user.as_ref(), Action::View).await?;
    let zone = state.config.timezone;
    let mut proposals = store::linked_proposals(db, id).await?;
    // Hidden or withdrawn since: their titles are no longer public.
    proposals.retain(|p| matches!(p.state, ProposalState::Published | ProposalState::Merged));
    let updates = store::updates(db, id)
        .await?
        .into_iter()
        .map(|u| UpdateView {
            when: timezone::display(u.created_at, zone, ctx.locale),
            when_machine: timezone::machine(u.created_at),
            body_html: u.body_html,
            status: u.status.map(Code::code),
            reason: u.dropped_reason,
            progress: u.progress.map(i64::from),
        })
        .collect();
    let can_manage = access.allows(Action::ManageCommitments);
    let documents = documents::for_parent(
        db,
        (DocumentParent::Commitment, id),
        can_manage,
        Presentation::new(&state, ctx.locale),
    )
    .await?;
    Ok(Page::ok(CommitmentPage {
        documents,
        slug: access.consultation.slug.clone(),
        consultation: access.consultation.title.clone(),
        commitment: card(&commitment, ctx.locale),
        description_html: commitment.description_html,
        dropped_reason: commitment.dropped_reason,
        proposals,
        updates,
        can_manage,
        ctx,
    }))
}
