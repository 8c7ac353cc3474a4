//! `/manage/mail`: email that failed (and is still being retried) or gave up, with the last
//! error, for coordinators — who can send a dead or waiting email again.

use askama::Template;
use axum::{
    extract::{Path, Query, State},
    response::Response,
};
use entity::{OutboxStatus, outbox};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    Set,
};
use serde_json::json;

use crate::{
    audit, policy, timezone,
    web::{
        AppError, AppResult, AppSession, AppState, CurrentUser, Page, PageCtx, PageQuery, see_other,
    },
};

const PER_PAGE: u64 = 50;

pub struct MailRow {
    pub id: i64,
    pub recipient: String,
    pub template: String,
    pub dead: bool,
    pub attempts: i32,
    pub created: String,
    pub next_attempt: String,
    pub error: String,
}

#[derive(Template)]
#[template(path = "manage/mail.html")]
pub struct MailPage {
    ctx: PageCtx,
    rows: Vec<MailRow>,
    page: u64,
    pages: u64,
}

impl MailPage {
    pub fn link(&self, page: u64) -> String {
        format!("/manage/mail?page={page}")
    }
}

fn troubled() -> Condition {
    Condition::any()
        .add(outbox::Column::Status.eq(OutboxStatus::Dead))
        .add(
            Condition::all()
                .add(outbox::Column::Status.eq(OutboxStatus::Pending))
                .add(outbox::Column::Attempts.gt(0)),
        )
}

pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(query): Query<PageQuery>,
) -> AppResult<Page<MailPage>> {
    if !policy::can_administer(ctx.user.as_ref()) {
        return Err(AppError::Forbidden("policy-coordinators-only"));
    }
    let paginator = outbox::Entity::find()
        .filter(troubled())
        .order_by_desc(outbox::Column::Id)
        .paginate(&state.db, PER_PAGE);
    let counts = paginator.num_items_and_pages().await?;
    let pages = std::cmp::max(counts.number_of_pages, 1);
    let page = query.page.get().clamp(1, pages);
    let zone = state.config.timezone;
    let rows = paginator
        .fetch_page(page - 1)
        .await?
        .into_iter()
        .map(|row| MailRow {
            id: row.id,
            recipient: row.recipient,
            template: row.template,
            dead: row.status == OutboxStatus::Dead,
            attempts: row.attempts,
            created: timezone::display(row.created_at, zone, ctx.locale),
            next_attempt: timezone::display(row.next_attempt_at, zone, ctx.locale),
            error: row.last_error.unwrap_or_default(),
        })
        .collect();
    Ok(Page::ok(MailPage {
        ctx,
        rows,
        page,
        pages,
    }))
}

/// Sends it again now, with another 24 hours of retries; same Message-ID as before.
pub async fn retry(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    if !policy::can_administer(Some(&user)) {
        return Err(AppError::Forbidden("policy-coordinators-only"));
    }
    let row = outbox::Entity::find_by_id(id)
        .filter(troubled())
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let now = state.now();
    outbox::ActiveModel {
        id: Set(row.id),
        status: Set(OutboxStatus::Pending),
        next_attempt_at: Set(now),
        locked_until: Set(None),
        retried_at: Set(Some(now)),
        ..Default::default()
    }
    .update(&state.db)
    .await?;
    audit::record(
        &state.db,
        audit::Entry {
            actor_id: Some(user.id),
            action: "mail.retried",
            object_type: "outbox",
            object_id: Some(row.id),
            consultation_id: None,
            details: json!({ "template": row.template, "attempts": row.attempts }),
        },
        now,
    )
    .await?;
    state.mail_wake.notify_one();
    session.flash("flash-mail-retried").await?;
    Ok(see_other("/manage/mail"))
}
