//! `/manage` (the coordinator's overview) and `/manage/consultations/{slug}` (the
//! facilitator console: status, rounds, people, and what later needs attention).

use askama::Template;
use axum::extract::{Path, State};
use entity::{Code, RoundState, consultation};
use sea_orm::{EntityTrait, QueryOrder};

use super::audit_log::{AuditRow, recent_for_consultation};
use crate::{
    consultations::{access, listing, people, rounds},
    discussion::moderation::{self, QueueItem},
    policy::{self, Action},
    proposals::answers,
    web::{AppError, AppResult, AppState, Page, PageCtx},
};

pub struct ConsultationRow {
    pub slug: String,
    pub title: String,
    pub status: &'static str,
}

#[derive(Template)]
#[template(path = "manage/dashboard.html")]
pub struct DashboardPage {
    ctx: PageCtx,
    consultations: Vec<ConsultationRow>,
}

pub async fn dashboard(
    State(state): State<AppState>,
    ctx: PageCtx,
) -> AppResult<Page<DashboardPage>> {
    if !policy::can_administer(ctx.user.as_ref()) {
        return Err(AppError::Forbidden("policy-coordinators-only"));
    }
    let consultations = consultation::Entity::find()
        .order_by_desc(consultation::Column::UpdatedAt)
        .all(&state.db)
        .await?
        .into_iter()
        .map(|c| ConsultationRow {
            slug: c.slug,
            title: c.title,
            status: c.status.code(),
        })
        .collect();
    Ok(Page::ok(DashboardPage { ctx, consultations }))
}

pub struct RoundRow {
    pub id: i64,
    pub line: listing::RoundLine,
    pub upcoming: bool,
    pub open: bool,
    pub first: bool,
    pub last: bool,
    /// `datetime-local` value of the current end, to start the extend field from.
    pub closes_input: String,
}

pub struct PersonRow {
    pub user_id: i64,
    pub display_name: String,
    pub email: String,
    pub role: &'static str,
}

pub struct InvitationRow {
    pub id: i64,
    pub email: String,
    pub role: &'static str,
}

#[derive(Template)]
#[template(path = "manage/console.html")]
pub struct ConsolePage {
    ctx: PageCtx,
    slug: String,
    title: String,
    status: &'static str,
    rounds: Vec<RoundRow>,
    people: Vec<PersonRow>,
    invitations: Vec<InvitationRow>,
    audit: Vec<AuditRow>,
    moderation: Vec<QueueItem>,
    answered: i64,
    total_proposals: i64,
    can_archive: bool,
    can_appoint: bool,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(slug): Path<String>,
) -> AppResult<Page<ConsolePage>> {
    let db = &state.db;
    let access = access::load(db, &slug, ctx.user.as_ref(), Action::OpenConsole).await?;
    let consultation = &access.consultation;
    let zone = state.config.timezone;
    let rounds_here = rounds::for_consultation(db, consultation.id).await?;
    let count = rounds_here.len();
    let round_rows = rounds_here
        .iter()
        .enumerate()
        .map(|(index, round)| RoundRow {
            id: round.id,
            line: listing::round_line(round, &ctx, zone),
            upcoming: round.state == RoundState::Upcoming,
            open: round.state == RoundState::Open,
            first: index == 0,
            last: index + 1 == count,
            closes_input: crate::timezone::input_value(round.closes_at, zone),
        })
        .collect();
    let people = people::people(db, consultation.id)
        .await?
        .into_iter()
        .map(|p| PersonRow {
            user_id: p.user_id,
            display_name: p.display_name,
            email: p.email,
            role: p.role.code(),
        })
        .collect();
    let invitations = people::pending_invitations(db, consultation.id, state.now())
        .await?
        .into_iter()
        .map(|i| InvitationRow {
            id: i.id,
            email: i.email,
            role: i.role.code(),
        })
        .collect();
    let audit = recent_for_consultation(db, consultation.id, &ctx, zone).await?;
    let moderation = moderation::queue(db, consultation.id).await?;
    let (answered, total_proposals) = answers::progress(db, consultation.id).await?;
    Ok(Page::ok(ConsolePage {
        slug: consultation.slug.clone(),
        title: consultation.title.clone(),
        status: consultation.status.code(),
        rounds: round_rows,
        people,
        invitations,
        audit,
        moderation,
        answered: i64::try_from(answered).unwrap_or(i64::MAX),
        total_proposals: i64::try_from(total_proposals).unwrap_or(i64::MAX),
        can_archive: access.allows(Action::Archive),
        can_appoint: access.allows(Action::AppointFacilitators),
        ctx,
    }))
}
