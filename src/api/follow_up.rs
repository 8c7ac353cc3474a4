//! A consultation's meetings (with who came by group once attendance is recorded, and the
//! minutes once published) and its commitments with their updates, as the API gives them.
//! Never who registered for a meeting, nor what they need.

use axum::{
    Json,
    extract::{Path, Query, State},
};
use std::collections::HashSet;

use entity::{Code, ProposalState, commitment, commitment_update, meeting, proposal};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use serde::Serialize;
use utoipa::ToSchema;

use super::consultations::{PER_PAGE, PageQuery};
use crate::{
    commitments::store as commitments,
    consultations::access,
    meetings::figures::{self, MeetingFigures},
    policy::{Action, Person},
    timezone,
    web::{
        AppResult, AppState,
        error_page::{API_UNAVAILABLE as UNAVAILABLE, ApiError},
    },
};

/// People who came to a meeting, by stakeholder group.
#[derive(Serialize, ToSchema)]
pub struct AttendanceItem {
    pub beneficiary: i64,
    pub institution: i64,
    pub third_sector: i64,
    pub other: i64,
    pub total: i64,
}

#[derive(Serialize, ToSchema)]
pub struct MeetingItem {
    pub id: i64,
    /// The round it belongs to.
    pub round_id: Option<i64>,
    pub title: String,
    /// Markdown.
    pub description: String,
    /// RFC 3339, UTC.
    pub starts_at: String,
    pub ends_at: String,
    /// Empty for a meeting only online.
    pub address: String,
    pub directions: String,
    pub venue_accessibility: String,
    /// Empty for a meeting only in person.
    pub online_url: String,
    /// The languages spoken, as the facilitators wrote them.
    pub languages: String,
    pub interpretation: String,
    pub childcare: bool,
    /// Places; null for no limit.
    pub capacity: Option<i32>,
    pub registration_required: bool,
    pub registration_deadline: Option<String>,
    /// People holding a place.
    pub registered: i64,
    /// People on the waiting list.
    pub waiting: i64,
    pub cancelled: bool,
    pub cancel_reason: Option<String>,
    /// Registered people checked in plus walk-ins; null until attendance is recorded.
    pub attendance: Option<AttendanceItem>,
    /// Markdown; null until the minutes are published.
    pub minutes: Option<String>,
    pub minutes_published_at: Option<String>,
    /// The proposals recorded at the meeting (hidden ones left out).
    pub proposal_ids: Vec<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct MeetingList {
    pub items: Vec<MeetingItem>,
    pub page: u64,
    pub per_page: u64,
    pub total: u64,
}

#[derive(Serialize, ToSchema)]
pub struct CommitmentUpdateItem {
    pub id: i64,
    /// Markdown.
    pub body: String,
    /// The status it set, if it changed it.
    pub status: Option<String>,
    pub dropped_reason: Option<String>,
    /// The progress it set, if it changed it.
    pub progress: Option<i32>,
    /// RFC 3339, UTC.
    pub created_at: String,
}

#[derive(Serialize, ToSchema)]
pub struct CommitmentItem {
    pub id: i64,
    pub title: String,
    /// Markdown.
    pub description: String,
    /// The office or body that carries it out.
    pub responsible: String,
    /// `planned`, `in_progress`, `done` or `dropped`.
    pub status: String,
    /// Why it was dropped.
    pub dropped_reason: Option<String>,
    /// Percent, 0 to 100.
    pub progress: i32,
    /// Planned start and end, `YYYY-MM-DD`.
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
    /// In hundredths of `budget_currency`.
    pub budget_cents: Option<i64>,
    /// An ISO 4217 code such as `EUR`.
    pub budget_currency: Option<String>,
    /// The proposals it comes from (hidden ones left out).
    pub proposal_ids: Vec<i64>,
    /// Its dated updates, newest first.
    pub updates: Vec<CommitmentUpdateItem>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Serialize, ToSchema)]
pub struct CommitmentList {
    pub items: Vec<CommitmentItem>,
    pub page: u64,
    pub per_page: u64,
    pub total: u64,
}

/// The consultation's hidden proposals: the API names them nowhere, not even by id.
async fn hidden_proposals(
    db: &impl ConnectionTrait,
    consultation_id: i64,
) -> Result<HashSet<i64>, DbErr> {
    Ok(proposal::Entity::find()
        .select_only()
        .column(proposal::Column::Id)
        .filter(proposal::Column::ConsultationId.eq(consultation_id))
        .filter(proposal::Column::State.eq(ProposalState::Hidden))
        .into_tuple::<i64>()
        .all(db)
        .await?
        .into_iter()
        .collect())
}

fn meeting_item(m: meeting::Model, f: MeetingFigures) -> MeetingItem {
    let attendance =
        f.attended.map(
            |[beneficiary, institution, third_sector, other]| AttendanceItem {
                beneficiary,
                institution,
                third_sector,
                other,
                total: beneficiary + institution + third_sector + other,
            },
        );
    MeetingItem {
        id: m.id,
        round_id: m.round_id,
        starts_at: timezone::machine(m.starts_at),
        ends_at: timezone::machine(m.ends_at),
        childcare: m.childcare,
        capacity: m.capacity,
        registration_required: m.registration_required,
        registration_deadline: m.registration_deadline.map(timezone::machine),
        registered: f.registered,
        waiting: f.waiting,
        cancelled: m.cancelled_at.is_some(),
        attendance,
        minutes: figures::published_minutes(&m).map(str::to_owned),
        minutes_published_at: m.minutes_published_at.map(timezone::machine),
        proposal_ids: f.proposal_ids,
        cancel_reason: m.cancel_reason,
        title: m.title,
        description: m.description,
        address: m.address,
        directions: m.directions,
        venue_accessibility: m.venue_accessibility,
        online_url: m.online_url,
        languages: m.languages,
        interpretation: m.interpretation,
    }
}

/// A public consultation's meetings, soonest first, cancelled ones included.
#[utoipa::path(
    get,
    path = "/api/v1/consultations/{slug}/meetings",
    tag = "consultations",
    params(("slug" = String, Path, description = "The consultation's slug"), PageQuery),
    responses(
        (status = 200, description = "A page of meetings", body = MeetingList),
        (status = 400, description = "The page is not a number from 1 to 1,000,000,000", body = ApiError),
        (status = 404, description = "No public consultation has this slug", body = ApiError),
        (status = 503, description = UNAVAILABLE, body = ApiError)
    )
)]
pub async fn meetings(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(query): Query<PageQuery>,
) -> AppResult<Json<MeetingList>> {
    let db = &state.db;
    let access = access::load(db, &slug, None::<Person>, Action::View).await?;
    let paginator = meeting::Entity::find()
        .filter(meeting::Column::ConsultationId.eq(access.consultation.id))
        .order_by_asc(meeting::Column::StartsAt)
        .order_by_asc(meeting::Column::Id)
        .paginate(db, PER_PAGE);
    let counts = paginator.num_items_and_pages().await?;
    let page = query.page.get();
    let rows = paginator.fetch_page(page - 1).await?;
    let mut figures = figures::of_meetings(db, &rows).await?;
    let hidden = hidden_proposals(db, access.consultation.id).await?;
    let items = rows
        .into_iter()
        .map(|m| {
            let mut f = figures.remove(&m.id).unwrap_or_default();
            f.proposal_ids.retain(|id| !hidden.contains(id));
            meeting_item(m, f)
        })
        .collect();
    Ok(Json(MeetingList {
        items,
        page,
        per_page: PER_PAGE,
        total: counts.number_of_items,
    }))
}

fn update_item(u: commitment_update::Model) -> CommitmentUpdateItem {
    CommitmentUpdateItem {
        id: u.id,
        body: u.body,
        status: u.status.map(|s| s.code().to_owned()),
        dropped_reason: u.dropped_reason,
        progress: u.progress,
        created_at: timezone::machine(u.created_at),
    }
}

fn commitment_item(
    c: commitment::Model,
    proposal_ids: Vec<i64>,
    updates: Vec<CommitmentUpdateItem>,
) -> CommitmentItem {
    let day = |d: chrono::NaiveDate| d.format("%Y-%m-%d").to_string();
    CommitmentItem {
        id: c.id,
        status: c.status.code().to_owned(),
        progress: c.progress,
        starts_on: c.starts_on.map(day),
        ends_on: c.ends_on.map(day),
        budget_cents: c.budget_cents,
        proposal_ids,
        updates,
        created_at: timezone::machine(c.created_at),
        updated_at: timezone::machine(c.updated_at),
        title: c.title,
        description: c.description,
        responsible: c.responsible,
        dropped_reason: c.dropped_reason,
        budget_currency: c.budget_currency,
    }
}

/// A public consultation's commitments, oldest first, each with its updates.
#[utoipa::path(
    get,
    path = "/api/v1/consultations/{slug}/commitments",
    tag = "consultations",
    params(("slug" = String, Path, description = "The consultation's slug"), PageQuery),
    responses(
        (status = 200, description = "A page of commitments", body = CommitmentList),
        (status = 400, description = "The page is not a number from 1 to 1,000,000,000", body = ApiError),
        (status = 404, description = "No public consultation has this slug", body = ApiError),
        (status = 503, description = UNAVAILABLE, body = ApiError)
    )
)]
pub async fn commitments(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(query): Query<PageQuery>,
) -> AppResult<Json<CommitmentList>> {
    let db = &state.db;
    let access = access::load(db, &slug, None::<Person>, Action::View).await?;
    let paginator = commitment::Entity::find()
        .filter(commitment::Column::ConsultationId.eq(access.consultation.id))
        .order_by_asc(commitment::Column::Id)
        .paginate(db, PER_PAGE);
    let counts = paginator.num_items_and_pages().await?;
    let page = query.page.get();
    let rows = paginator.fetch_page(page - 1).await?;
    let ids: Vec<i64> = rows.iter().map(|c| c.id).collect();
    let mut proposals = commitments::proposal_ids(db, &ids).await?;
    let hidden = hidden_proposals(db, access.consultation.id).await?;
    proposals
        .values_mut()
        .for_each(|ids| ids.retain(|id| !hidden.contains(id)));
    let mut updates = commitment_update::Entity::find()
        .filter(commitment_update::Column::CommitmentId.is_in(ids))
        .order_by_desc(commitment_update::Column::CreatedAt)
        .order_by_desc(commitment_update::Column::Id)
        .all(db)
        .await?;
    let items = rows
        .into_iter()
        .map(|c| {
            let (mine, rest) = updates.drain(..).partition(|u| u.commitment_id == c.id);
            updates = rest;
            let mine: Vec<commitment_update::Model> = mine;
            let proposal_ids = proposals.remove(&c.id).unwrap_or_default();
            commitment_item(c, proposal_ids, mine.into_iter().map(update_item).collect())
        })
        .collect();
    Ok(Json(CommitmentList {
        items,
        page,
        per_page: PER_PAGE,
        total: counts.number_of_items,
    }))
}
