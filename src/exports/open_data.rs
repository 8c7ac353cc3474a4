//! Open data: once a coordinator has published a closed consultation's outcomes, anyone may
//! download them, pseudonymised, as JSON or as CSV files in a zip. And the JSON export's
//! schema, for whoever reads those files.

use axum::{
    Json,
    extract::{Path, State},
    http::Method,
    response::Response,
};

use super::{
    Format,
    console::{head_only, respond_with_export},
    publish_blocker, schema,
    source::Options,
};
use crate::{
    consultations::{access, rounds},
    policy::{Action, Person},
    web::{AppError, AppResult, AppState, RequestContext},
};

async fn open_data(
    state: &AppState,
    ctx: &RequestContext,
    method: &Method,
    slug: &str,
    format: Format,
) -> AppResult<Response> {
    // What an anonymous visitor may see, whoever asks; and only while the consultation is
    // still closed (a round opened again takes the files away until it closes).
    let access = access::load(&state.db, slug, None::<Person>, Action::View).await?;
    let rounds_here = rounds::for_consultation(&state.db, access.consultation.id).await?;
    if access.consultation.outcomes_published_at.is_none()
        || publish_blocker(&access.consultation, &rounds_here).is_some()
    {
        return Err(AppError::NotFound);
    }
    if method == Method::HEAD {
        return Ok(head_only(format, slug));
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
    ctx: RequestContext,
    method: Method,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    open_data(&state, &ctx, &method, &slug, Format::Json).await
}

pub async fn csv(
    State(state): State<AppState>,
    ctx: RequestContext,
    method: Method,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    open_data(&state, &ctx, &method, &slug, Format::Csv).await
}

/// The JSON Schema of the export format.
pub async fn schema() -> Json<serde_json::Value> {
    Json(schema::json_schema())
}
