//! `/unsubscribe/{token}`: the link in every email that is not about the account. GET asks
//! for confirmation (so that link checkers do not unsubscribe anyone); POST — from that page,
//! or straight from a mail client's one-click button (RFC 8058) — turns both email settings
//! off. No session is needed: the signed token is the authority.

use askama::Template;
use axum::{
    extract::{Path, State},
    http::StatusCode,
};
use entity::user;
use sea_orm::{ActiveModelTrait, EntityTrait, Set};

use crate::{
    db,
    notifications::unsubscribe,
    web::{AppResult, AppState, Page, PageCtx},
};

#[derive(Template)]
#[template(path = "inbox/unsubscribe.html")]
pub struct UnsubscribePage {
    ctx: PageCtx,
    token: String,
    /// None: the link is not valid.
    email: Option<String>,
    done: bool,
}

async fn account(state: &AppState, token: &str) -> AppResult<Option<user::Model>> {
    let key = db::signing_key(&state.db).await?;
    Ok(match unsubscribe::verify(&key, token) {
        Some(id) => user::Entity::find_by_id(id).one(&state.db).await?,
        None => None,
    })
}

fn answer(
    ctx: PageCtx,
    token: String,
    found: Option<user::Model>,
    done: bool,
) -> Page<UnsubscribePage> {
    let status = if found.is_some() {
        StatusCode::OK
    } else {
        StatusCode::NOT_FOUND
    };
    Page::with_status(
        status,
        UnsubscribePage {
            ctx,
            token,
            email: found.map(|u| u.email),
            done,
        },
    )
}

pub async fn confirm(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(token): Path<String>,
) -> AppResult<Page<UnsubscribePage>> {
    let found = account(&state, &token).await?;
    Ok(answer(ctx, token, found, false))
}

pub async fn unsubscribe(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(token): Path<String>,
) -> AppResult<Page<UnsubscribePage>> {
    let found = account(&state, &token).await?;
    if let Some(account) = &found {
        user::ActiveModel {
            id: Set(account.id),
            email_own: Set("off".to_owned()),
            email_others: Set("off".to_owned()),
            updated_at: Set(state.now()),
            ..Default::default()
        }
        .update(&state.db)
        .await?;
        tracing::info!(user_id = account.id, "unsubscribed from notification email");
    }
    Ok(answer(ctx, token, found, true))
}
