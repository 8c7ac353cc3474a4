//! `GET /documents/{id}/{name}`: a document's bytes, to whoever may see its parent (anyone
//! else, and everyone once it was removed, gets the same 404 as for an id that never
//! existed). The id decides; the name in the address is only for people and browsers.
//!
//! Always a download, never shown in the page: `Content-Disposition: attachment`, the type
//! sniffed at upload, `nosniff`, and a sandboxing `Content-Security-Policy` should a browser
//! open it anyway.

use axum::{
    Extension,
    body::Body,
    extract::{Path, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};

use super::{name, parent, storage, store};
use crate::web::{AppError, AppResult, AppState, RequestContext};

pub async fn download(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path((id, _name)): Path<(String, String)>,
    request_headers: HeaderMap,
) -> AppResult<Response> {
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let document = store::live(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let parent = parent::resolve(
        &state.db,
        document.parent_kind,
        document.parent_id,
        context.user.as_ref(),
        state.now(),
    )
    .await?;
    let etag = format!("\"{}\"", document.sha256);
    let mut headers = HeaderMap::new();
    let value = |text: &str| HeaderValue::from_str(text).map_err(|e| AppError::Internal(e.into()));
    headers.insert(header::ETAG, value(&etag)?);
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(if parent.public {
            "public, no-cache"
        } else {
            "private, no-cache"
        }),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; sandbox"),
    );
    let unchanged = request_headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|tags| tags.split(',').any(|t| t.trim() == etag));
    if unchanged {
        return Ok((StatusCode::NOT_MODIFIED, headers).into_response());
    }
    let files = storage::files_folder(&state.config.data_dir);
    let path = storage::path_in(&files, &document.sha256).ok_or(AppError::NotFound)?;
    let bytes = tokio::task::spawn_blocking(move || std::fs::read(path))
        .await
        .map_err(|e| AppError::Internal(e.into()))?
        .map_err(|e| {
            AppError::Internal(anyhow::Error::new(e).context(format!("reading document {id}")))
        })?;
    headers.insert(header::CONTENT_TYPE, value(&document.content_type)?);
    headers.insert(
        header::CONTENT_DISPOSITION,
        value(&name::content_disposition(&document.name))?,
    );
    Ok((headers, Body::from(bytes)).into_response())
}
