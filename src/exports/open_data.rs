//! Open data: once a coordinator has published a closed consultation's outcomes, anyone may
//! download them, pseudonymised, as JSON or as CSV files in a zip. And the JSON export's
//! schema, for whoever reads those files.

use axum::{
    Json,
    extract::{Path, State},
    response::Response,
};

use super::{Format, console::respond_with_export, source::Options, tables};
use crate::{
    consultations::access,
    policy::Action,
    web::{AppError, AppResult, AppState, PageCtx},
};

async fn open_data(
    state: &AppState,
    ctx: &PageCtx,
    slug: &str,
    format: Format,
) -> AppResult<Response> {
    // What an anonymous visitor may see, whoever asks.
    let access = access::load(&state.db, slug, None, Action::View).await?;
    if access.consultation.outcomes_published_at.is_none() {
        return Err(AppError::NotFound);
    }
    let options = Options {
        names: false,
        preview: false,
    };
    let (response, _) =
        respond_with_export(state, access.consultation, format, options, ctx.locale).await?;
    Ok(response)
}

pub async fn json(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    open_data(&state, &ctx, &slug, Format::Json).await
}

pub async fn csv(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    open_data(&state, &ctx, &slug, Format::Csv).await
}

/// The JSON Schema of the export format.
pub async fn schema() -> Json<serde_json::Value> {
    Json(tables::json_schema())
}
