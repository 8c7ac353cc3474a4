//! Attaching a document: `GET /documents/new?parent=…&id=…` (the form on a page of its own)
//! and `POST /documents` (a `multipart/form-data` body, the only route that takes one; the
//! body may be as large as `TAVOLO_MAX_UPLOAD_MB` allows, see `web::csrf::body_limit`).
//! The file's kind is read from its content; a wrong kind, a file too large or an empty one
//! is named at the field and nothing is stored.

use askama::Template;
use axum::{
    extract::{Multipart, Query, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use serde::Deserialize;

use super::{
    name,
    parent::{self, Parent},
    sniff::{self, Kind},
    storage,
    store::{self, NewDocument},
};
use crate::{
    db,
    web::{
        AppError, AppResult, AppSession, AppState, CurrentUser, FormErrors, Page, PageCtx,
        TextKind, one_line,
    },
};

/// The longest title, in characters.
const MAX_TITLE_CHARS: usize = 200;

#[derive(Template)]
#[template(path = "documents/upload.html")]
pub struct UploadPage {
    ctx: PageCtx,
    parent_kind: &'static str,
    parent_id: i64,
    parent_title: String,
    parent_link: String,
    title: String,
    errors: FormErrors,
    max_mb: i64,
    kinds: String,
}

fn page(
    state: &AppState,
    ctx: PageCtx,
    parent: &Parent,
    title: String,
    errors: FormErrors,
) -> UploadPage {
    UploadPage {
        ctx,
        parent_kind: entity::Code::code(parent.kind),
        parent_id: parent.id,
        parent_title: parent.title.clone(),
        parent_link: parent.link.clone(),
        title,
        errors,
        max_mb: i64::from(state.config.max_upload_mb),
        kinds: sniff::labels(),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NewQuery {
    parent: String,
    id: String,
}

/// A parent the user manages, named by a form or an address; 404 for one they may not see
/// (or that does not exist), 403 for one they see but do not manage.
async fn managed_parent(
    state: &AppState,
    user: &CurrentUser,
    kind: &str,
    id: &str,
) -> AppResult<Parent> {
    let kind = parent::kind_from_code(kind.trim()).ok_or(AppError::NotFound)?;
    let id = id.trim().parse::<i64>().map_err(|_| AppError::NotFound)?;
    let parent = parent::resolve(&state.db, kind, id, Some(user), state.now()).await?;
    if !parent.can_manage {
        return Err(AppError::Forbidden(parent.refusal));
    }
    Ok(parent)
}

pub async fn new(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Query(query): Query<NewQuery>,
) -> AppResult<Page<UploadPage>> {
    let parent = managed_parent(&state, &user, &query.parent, &query.id).await?;
    Ok(Page::ok(page(
        &state,
        ctx,
        &parent,
        String::new(),
        FormErrors::new(),
    )))
}

/// The form as sent.
#[derive(Default)]
struct Upload {
    parent: String,
    parent_id: String,
    title: String,
    /// The name the browser gave and the bytes; None when no file was chosen.
    file: Option<(String, axum::body::Bytes)>,
}

async fn read_form(mut multipart: Multipart) -> AppResult<Upload> {
    let bad = |_| AppError::BadRequest("error-bad-request");
    let mut upload = Upload::default();
    while let Some(field) = multipart.next_field().await.map_err(bad)? {
        match field.name().unwrap_or_default() {
            "parent" => upload.parent = field.text().await.map_err(bad)?,
            "parent_id" => upload.parent_id = field.text().await.map_err(bad)?,
            "document_title" => upload.title = field.text().await.map_err(bad)?,
            "document_file" => {
                let name = field.file_name().unwrap_or_default().to_owned();
                let bytes = field.bytes().await.map_err(bad)?;
                // A form sent without choosing a file has a part with no name and no bytes.
                if !(name.is_empty() && bytes.is_empty()) {
                    upload.file = Some((name, bytes));
                }
            }
            _ => {}
        }
    }
    Ok(upload)
}

/// What the form asks to store: the title and the file's kind, or the problems found.
fn check(upload: &Upload, max_bytes: usize) -> Result<(Option<String>, Kind), FormErrors> {
    let mut errors = FormErrors::new();
    errors.refuse_control_characters("document_title", &upload.title, TextKind::Line);
    let title = one_line(&upload.title);
    if title.chars().count() > MAX_TITLE_CHARS {
        errors.add("document_title", "error-document-title-long");
    }
    let kind = match &upload.file {
        None => {
            errors.add("document_file", "error-document-missing");
            None
        }
        Some((_, bytes)) if bytes.is_empty() => {
            errors.add("document_file", "error-document-missing");
            None
        }
        Some((_, bytes)) if bytes.len() > max_bytes => {
            errors.add("document_file", "error-document-too-large");
            None
        }
        Some((_, bytes)) => {
            let kind = sniff::sniff(bytes);
            if kind.is_none() {
                errors.add("document_file", "error-document-type");
            }
            kind
        }
    };
    match (errors.into_result(), kind) {
        (Ok(()), Some(kind)) => Ok(((!title.is_empty()).then_some(title), kind)),
        (Err(errors), _) => Err(errors),
        (Ok(()), None) => unreachable!("a missing kind is an error"),
    }
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    multipart: Multipart,
) -> AppResult<Response> {
    let upload = read_form(multipart).await?;
    let parent = managed_parent(&state, &user, &upload.parent, &upload.parent_id).await?;
    let max_bytes = state.config.max_upload_bytes();
    let (title, kind) = match check(&upload, max_bytes) {
        Ok(checked) => checked,
        Err(errors) => {
            let status = if errors.get("document_file") == Some("error-document-too-large") {
                StatusCode::PAYLOAD_TOO_LARGE
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            let page = page(&state, ctx, &parent, upload.title, errors);
            return Ok(Page::with_status(status, page).into_response());
        }
    };
    let (uploaded_name, bytes) = upload.file.expect("checked");
    let sha256 = storage::hash(&bytes);
    let files = storage::files_folder(&state.config.data_dir);
    let new = NewDocument {
        name: name::clean(&uploaded_name, kind),
        content_type: kind.content_type,
        size_bytes: i64::try_from(bytes.len()).unwrap_or(i64::MAX),
        sha256: sha256.clone(),
        title,
    };
    store_file(files.clone(), sha256.clone(), bytes.clone()).await?;
    let tx = db::begin_write(&state.db).await?;
    let now = state.now();
    parent::recheck(&tx, &parent, &user, now).await?;
    store::add(&tx, &parent, new, user.id, now).await?;
    // Stored again if a removal of the same content took it away meanwhile (a no-op
    // otherwise): on SQLite the write transaction holds off removals until it ends.
    store_file(files, sha256, bytes).await?;
    tx.commit().await?;
    session.flash("flash-document-added").await?;
    Ok(crate::web::see_other(&format!("{}#documents", parent.link)))
}

async fn store_file(
    files: std::path::PathBuf,
    sha256: String,
    bytes: axum::body::Bytes,
) -> AppResult<()> {
    tokio::task::spawn_blocking(move || storage::store(&files, &sha256, &bytes))
        .await
        .map_err(|e| AppError::Internal(e.into()))?
        .map_err(|e| AppError::Internal(anyhow::Error::new(e).context("storing a document")))
}
