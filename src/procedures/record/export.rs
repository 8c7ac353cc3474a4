//! `/procedures/{slug}/record.json`: the procedure's whole public file as one JSON document.
//!
//! Its shape (`format` = `tavolo.procedure-record.v1`; a change that is not an addition
//! gets a new version):
//!
//! ```text
//! { "format", "slug", "title", "consultation", "phase",
//!   "notice": { "published_at", "applications_close_at", "purposes", "economic_frame",
//!               "duration", "how_to_apply", "requirements", "supporters_allowed",
//!               "supporters_note", "runs_service", "admitted_kinds": [..],
//!               "criteria": [{ "name", "weight" }] },
//!   "organisations_named": bool,
//!   "acts": [{ "kind", "at", "number"?, "organisation"?, "subject"?, "text"?, "previous"?,
//!              "link"?, "minutes_link"? }],
//!   "evaluation": null | { "criteria": [{ "name", "weight" }], "commission": [name],
//!                          "ranking": [{ "rank", "application_id", "number", "organisation",
//!                                        "title", "total", "means": [..],
//!                                        "sheets": [{ "member", "scores": [..] }] }] },
//!   "agreement": null | { "signed_on", "note", "signatories": [name] },
//!   "documents": [{ "name", "type", "size", "sha256", "url", "added_at" }] }
//! ```
//!
//! Instants are RFC 3339 in UTC; `total` and `means` are hundredths of a point (`7350` is
//! 73.50 out of 100; a mean of `750` is 7.50 out of 10); scores and means follow the
//! criteria's order. `documents` are the procedure's own (the notice's attachments, the
//! agreement), `size` in bytes, `type` the media type, `url` where they are downloaded;
//! the applications' documents are never in it.

use axum::{
    Json,
    extract::{Path, State},
    http::header,
    response::{IntoResponse, Response},
};
use chrono::{DateTime, Utc};
use serde::Serializer;
use serde_json::{Value, json};

use super::Record;
use crate::{
    policy::Action,
    procedures::{evaluation::board, store},
    timezone,
    web::{AppResult, AppState, PageCtx},
};

pub const FORMAT: &str = "tavolo.procedure-record.v1";

pub fn instant<S: Serializer>(at: &DateTime<Utc>, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&timezone::machine(*at))
}

pub async fn json(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let (access, procedure) =
        store::load(&state.db, &slug, ctx.user.as_ref(), Action::View).await?;
    let criteria: Vec<Value> = board::criteria(&state.db, procedure.id)
        .await?
        .into_iter()
        .map(|c| json!({ "name": c.name, "weight": c.weight }))
        .collect();
    let p = &procedure;
    let notice = json!({
        "published_at": p.published_at.map(timezone::machine),
        "applications_close_at": timezone::machine(p.applications_close_at),
        "purposes": p.purposes,
        "economic_frame": p.economic_frame,
        "duration": p.duration,
        "how_to_apply": p.how_to_apply,
        "requirements": p.requirements,
        "supporters_allowed": p.supporters_allowed,
        "supporters_note": p.supporters_note,
        "runs_service": p.runs_service,
        "admitted_kinds": p.admitted_kinds.split(',').filter(|k| !k.is_empty()).collect::<Vec<_>>(),
        "criteria": criteria,
    });
    let record = Record::load(&state.db, procedure, state.now(), state.config.timezone).await?;
    let body = json!({
        "format": FORMAT,
        "slug": record.procedure.slug,
        "title": record.procedure.title,
        "consultation": access.consultation.slug,
        "phase": record.phase.key().trim_start_matches("procedure-phase-"),
        "notice": notice,
        "organisations_named": record.names_shown,
        "acts": record.acts,
        "evaluation": record.evaluation,
        "agreement": record.agreement,
        "documents": record.documents,
    });
    let disposition = format!("attachment; filename=\"{slug}-record.json\"");
    Ok(([(header::CONTENT_DISPOSITION, disposition)], Json(body)).into_response())
}
