//! Removing a document, after a confirmation page: it is marked removed (kept in the
//! database and the audit log), no longer listed nor served, and its file is deleted unless
//! another document has the same content.

use askama::Template;
use axum::{
    extract::{Path, State},
    response::Response,
};
use entity::document;

use super::{
    listing::{self, href},
    parent::{self, Parent},
    storage, store,
};
use crate::{
    db,
    web::{AppError, AppResult, AppSession, AppState, CurrentUser, Page, PageCtx, see_other},
};

#[derive(Template)]
#[template(path = "documents/remove.html")]
pub struct RemovePage {
    ctx: PageCtx,
    id: i64,
    name: String,
    href: String,
    size: String,
    parent_title: String,
    parent_link: String,
}

/// A document that was not removed, whose parent the user manages.
async fn load(
    state: &AppState,
    id: i64,
    user: &CurrentUser,
) -> AppResult<(document::Model, Parent)> {
    let document = store::live(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let parent = parent::resolve(
        &state.db,
        document.parent_kind,
        document.parent_id,
        Some(user),
        state.now(),
    )
    .await?;
    if !parent.can_manage {
        return Err(AppError::Forbidden(parent.refusal));
    }
    Ok((document, parent))
}

pub async fn confirm(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Page<RemovePage>> {
    let (document, parent) = load(&state, id, &user).await?;
    Ok(Page::ok(RemovePage {
        id,
        href: href(document.id, &document.name),
        size: listing::size(document.size_bytes, ctx.locale),
        name: document.name,
        parent_title: parent.title,
        parent_link: parent.link,
        ctx,
    }))
}

pub async fn remove(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let (_, parent) = load(&state, id, &user).await?;
    let tx = db::begin_write(&state.db).await?;
    parent::recheck(&tx, &parent, &user, state.now()).await?;
    // Read again in the transaction: removed meanwhile is removed.
    let document = store::live(&tx, id).await?.ok_or(AppError::NotFound)?;
    store::remove(&tx, &parent, &document, user.id, state.now()).await?;
    if !store::content_in_use(&tx, &document.sha256).await? {
        let files = storage::files_folder(&state.config.data_dir);
        let sha256 = document.sha256.clone();
        let removed = tokio::task::spawn_blocking(move || storage::remove(&files, &sha256)).await;
        if let Ok(Err(error)) | Err(error) = removed.map_err(std::io::Error::other) {
            // The document is removed all the same; the file is only left behind.
            tracing::warn!(%error, document = id, "the removed document's file stays");
        }
    }
    tx.commit().await?;
    session.flash("flash-document-removed").await?;
    Ok(see_other(&format!("{}#documents", parent.link)))
}
