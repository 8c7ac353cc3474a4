//! The audit log pages: all of it for coordinators (`/manage/audit`), one consultation's for
//! its facilitators (`/manage/consultations/{slug}/audit`).

use askama::Template;
use axum::extract::{Path, Query, State};
use chrono_tz::Tz;
use entity::{audit_log, user};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use crate::{
    consultations::access,
    policy::{self, Action},
    timezone,
    web::{AppError, AppResult, AppState, Page, PageCtx, PageQuery},
};

const PER_PAGE: u64 = 50;
/// How many entries the console shows before linking to the full log.
const RECENT: u64 = 10;

pub struct AuditRow {
    pub when: String,
    pub when_machine: String,
    /// The actor's name; None when the platform acted by itself.
    pub who: Option<String>,
    /// Fluent key of the action (`audit-round-opened`).
    pub action_key: String,
    pub details: String,
}

async fn rows(
    db: &impl ConnectionTrait,
    entries: Vec<audit_log::Model>,
    ctx: &PageCtx,
    zone: Tz,
) -> Result<Vec<AuditRow>, DbErr> {
    let actor_ids: Vec<i64> = entries.iter().filter_map(|e| e.actor_id).collect();
    let actors = user::Entity::find()
        .filter(user::Column::Id.is_in(actor_ids))
        .all(db)
        .await?;
    Ok(entries
        .into_iter()
        .map(|entry| AuditRow {
            when: timezone::display(entry.created_at, zone, ctx.locale),
            when_machine: timezone::machine(entry.created_at),
            who: entry
                .actor_id
                .and_then(|id| actors.iter().find(|a| a.id == id))
                .map(|a| a.display_name.clone()),
            action_key: format!("audit-{}", entry.action.replace(['.', '_'], "-")),
            details: entry.details,
        })
        .collect())
}

pub async fn recent_for_consultation(
    db: &impl ConnectionTrait,
    consultation_id: i64,
    ctx: &PageCtx,
    zone: Tz,
) -> Result<Vec<AuditRow>, DbErr> {
    let entries = audit_log::Entity::find()
        .filter(audit_log::Column::ConsultationId.eq(consultation_id))
        .order_by_desc(audit_log::Column::Id)
        .limit(RECENT)
        .all(db)
        .await?;
    rows(db, entries, ctx, zone).await
}

#[derive(Template)]
#[template(path = "manage/audit.html")]
pub struct AuditPage {
    ctx: PageCtx,
    /// The consultation's title and slug, when showing one consultation's log.
    consultation: Option<(String, String)>,
    rows: Vec<AuditRow>,
    page: u64,
    pages: u64,
}

impl AuditPage {
    pub fn page_link(&self, page: u64) -> String {
        match &self.consultation {
            Some((_, slug)) => format!("/manage/consultations/{slug}/audit?page={page}"),
            None => format!("/manage/audit?page={page}"),
        }
    }
}

async fn page_of(
    state: &AppState,
    ctx: PageCtx,
    consultation: Option<(i64, String, String)>,
    page: u64,
) -> AppResult<Page<AuditPage>> {
    let mut query = audit_log::Entity::find().order_by_desc(audit_log::Column::Id);
    if let Some((id, _, _)) = &consultation {
        query = query.filter(audit_log::Column::ConsultationId.eq(*id));
    }
    let paginator = query.paginate(&state.db, PER_PAGE);
    let pages = paginator.num_pages().await?.max(1);
    let page = page.clamp(1, pages);
    let entries = paginator.fetch_page(page - 1).await?;
    let rows = rows(&state.db, entries, &ctx, state.config.timezone).await?;
    Ok(Page::ok(AuditPage {
        ctx,
        consultation: consultation.map(|(_, title, slug)| (title, slug)),
        rows,
        page,
        pages,
    }))
}

pub async fn all(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(query): Query<PageQuery>,
) -> AppResult<Page<AuditPage>> {
    if !policy::can_administer(ctx.user.as_ref()) {
        return Err(AppError::Forbidden("policy-coordinators-only"));
    }
    page_of(&state, ctx, None, query.page.get()).await
}

pub async fn for_consultation(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(slug): Path<String>,
    Query(query): Query<PageQuery>,
) -> AppResult<Page<AuditPage>> {
    let access = access::load(&state.db, &slug, ctx.user.as_ref(), Action::ReadAuditLog).await?;
    let consultation = Some((access.consultation.id, access.consultation.title, slug));
    page_of(&state, ctx, consultation, query.page.get()).await
}
