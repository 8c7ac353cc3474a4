//! `/notifications`: newest first, unread marked, each leading to what it is about.

use askama::{Template, filters::Safe};
use axum::{
    extract::{Path, Query, State},
    response::Response,
};
use chrono::{DateTime, Utc};
use entity::notification;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, sea_query::Expr};

use crate::{
    notifications::{Kind, emails::notification_line_html},
    timezone,
    web::{
        AppError, AppResult, AppSession, AppState, CurrentUser, Page, PageCtx, PageQuery, see_other,
    },
};

pub const PER_PAGE: u64 = 20;

pub struct Item {
    pub id: i64,
    /// The sentence, with the titles in it isolated.
    pub line: Safe<String>,
    pub when: String,
    pub when_machine: String,
    pub unread: bool,
}

#[derive(Template)]
#[template(path = "inbox/list.html")]
pub struct ListPage {
    ctx: PageCtx,
    items: Vec<Item>,
    unread: i64,
    page: u64,
    pages: u64,
}

impl ListPage {
    pub fn link(&self, page: u64) -> String {
        format!("/notifications?page={page}")
    }
}

fn when(at: DateTime<Utc>, state: &AppState, ctx: &PageCtx) -> (String, String) {
    (
        timezone::display(at, state.config.timezone, ctx.locale),
        timezone::machine(at),
    )
}

pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Query(query): Query<PageQuery>,
) -> AppResult<Page<ListPage>> {
    let paginator = notification::Entity::find()
        .filter(notification::Column::UserId.eq(user.id))
        .order_by_desc(notification::Column::CreatedAt)
        .order_by_desc(notification::Column::Id)
        .paginate(&state.db, PER_PAGE);
    let counts = paginator.num_items_and_pages().await?;
    let pages = std::cmp::max(counts.number_of_pages, 1);
    let page = query.page.get().clamp(1, pages);
    let rows = paginator.fetch_page(page - 1).await?;
    let items = rows
        .into_iter()
        .filter_map(|n| {
            // Every stored kind is one Tavolo knows; anything else has nothing to say.
            let kind = Kind::parse(&n.kind)?;
            let (when, when_machine) = when(n.created_at, &state, &ctx);
            Some(Item {
                id: n.id,
                line: notification_line_html(
                    &ctx.locale,
                    kind,
                    &n.consultation_title,
                    &n.object_title,
                ),
                when,
                when_machine,
                unread: n.read_at.is_none(),
            })
        })
        .collect();
    Ok(Page::ok(ListPage {
        unread: user.unread,
        items,
        page,
        pages,
        ctx,
    }))
}

async fn own(state: &AppState, user: &CurrentUser, id: i64) -> AppResult<notification::Model> {
    notification::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .filter(|n| n.user_id == user.id)
        .ok_or(AppError::NotFound)
}

async fn mark_read(state: &AppState, user: &CurrentUser, id: Option<i64>) -> AppResult<()> {
    let mut update = notification::Entity::update_many()
        .col_expr(notification::Column::ReadAt, Expr::value(Some(state.now())))
        .filter(notification::Column::UserId.eq(user.id))
        .filter(notification::Column::ReadAt.is_null());
    if let Some(id) = id {
        update = update.filter(notification::Column::Id.eq(id));
    }
    update.exec(&state.db).await?;
    Ok(())
}

/// `GET /notifications/{id}`: marks it read and goes to what it is about.
pub async fn open(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let found = own(&state, &user, id).await?;
    mark_read(&state, &user, Some(id)).await?;
    Ok(see_other(&found.link))
}

pub async fn read(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    own(&state, &user, id).await?;
    mark_read(&state, &user, Some(id)).await?;
    session.flash("flash-notification-read").await?;
    Ok(see_other("/notifications"))
}

pub async fn read_all(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
) -> AppResult<Response> {
    mark_read(&state, &user, None).await?;
    session.flash("flash-notifications-read").await?;
    Ok(see_other("/notifications"))
}
