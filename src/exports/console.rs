//! `/manage/consultations/{slug}/outcomes`: downloads for the consultation's facilitators
//! and coordinators, the privacy setting and open-data publishing for coordinators.

use std::{
    io::{Seek, SeekFrom},
    sync::LazyLock,
};

use askama::Template;
use axum::{
    Form,
    body::Body,
    extract::{Path, Query, State},
    http::{HeaderValue, Method, header},
    response::{IntoResponse, Response},
};
use base64::{Engine, engine::general_purpose::STANDARD};
use chrono::{DateTime, Utc};
use entity::consultation;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set, sea_query::Expr};
use serde::Deserialize;
use serde_json::json;
use sha2::{Digest, Sha256};

use super::{
    Format, publish_blocker,
    report::STYLE,
    run::{self, Silent, Target, Via, record_export},
    source::Options,
};
use crate::{
    audit,
    consultations::{access, rounds},
    db,
    i18n::Locale,
    policy::Action,
    timezone,
    web::{
        AppError, AppResult, AppSession, AppState, CurrentUser, Page, PageCtx, RequestContext,
        see_other,
    },
};

/// The page's stylesheet is allowed by its hash, and nothing else is.
static REPORT_POLICY: LazyLock<String> = LazyLock::new(|| {
    let hash = STANDARD.encode(Sha256::digest(STYLE.as_bytes()));
    format!(
        "default-src 'none'; style-src 'sha256-{hash}'; img-src data:; base-uri 'none'; \
         form-action 'none'; frame-ancestors 'none'"
    )
});

/// Exports running at once in this process; more wait their turn, so a burst of downloads
/// (open data is public) cannot take every core and connection.
static RUNNING: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(2);

/// The headers of a download, without its body: what a `HEAD` request gets, so that
/// checking a link neither runs an export nor writes to the audit log.
pub fn head_only(format: Format, slug: &str) -> Response {
    let mut response = Body::empty().into_response();
    describe(&mut response, format, &format.file_name(slug));
    response
}

fn describe(response: &mut Response, format: Format, name: &str) {
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(format.content_type()),
    );
    let disposition = if format == Format::Html {
        "inline"
    } else {
        "attachment"
    };
    if let Ok(value) = HeaderValue::from_str(&format!("{disposition}; filename=\"{name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    if format == Format::Html
        && let Ok(value) = HeaderValue::from_str(&REPORT_POLICY)
    {
        headers.insert(header::CONTENT_SECURITY_POLICY, value);
    }
}

/// Exports to an unnamed temporary file and answers with it, streamed.
pub async fn respond_with_export(
    state: &AppState,
    consultation: consultation::Model,
    format: Format,
    options: Options,
    locale: Locale,
) -> AppResult<(Response, run::Summary)> {
    let _turn = RUNNING.acquire().await.map_err(anyhow::Error::from)?;
    let file = tempfile::tempfile().map_err(anyhow::Error::from)?;
    let writer = file.try_clone().map_err(anyhow::Error::from)?;
    let name = format.file_name(&consultation.slug);
    let request = run::Request {
        format,
        options,
        locale,
        zone: state.config.timezone,
        now: state.now(),
    };
    let summary = run::export(
        &state.db,
        consultation,
        request,
        Target::File(writer),
        &Silent,
    )
    .await?;
    let mut file = file;
    let length = file.seek(SeekFrom::End(0)).map_err(anyhow::Error::from)?;
    file.seek(SeekFrom::Start(0)).map_err(anyhow::Error::from)?;
    let stream = tokio_util::io::ReaderStream::new(tokio::fs::File::from_std(file));
    let mut response = Body::from_stream(stream).into_response();
    describe(&mut response, format, &name);
    response
        .headers_mut()
        .insert(header::CONTENT_LENGTH, HeaderValue::from(length));
    Ok((response, summary))
}

pub struct FormatLink {
    pub code: &'static str,
    pub file: String,
}

#[derive(Template)]
#[template(path = "exports/outcomes.html")]
pub struct OutcomesPage {
    ctx: PageCtx,
    slug: String,
    title: String,
    formats: Vec<FormatLink>,
    export_names: bool,
    coordinator: bool,
    published: Option<String>,
    blocker: Option<&'static str>,
}

pub async fn page(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(slug): Path<String>,
) -> AppResult<Page<OutcomesPage>> {
    let access = access::load(&state.db, &slug, ctx.user.as_ref(), Action::Export).await?;
    let consultation = access.consultation.clone();
    let rounds_here = rounds::for_consultation(&state.db, consultation.id).await?;
    Ok(Page::ok(OutcomesPage {
        slug: consultation.slug.clone(),
        title: consultation.title.clone(),
        formats: Format::ALL
            .into_iter()
            .map(|f| FormatLink {
                code: f.code(),
                file: f.file_name(&consultation.slug),
            })
            .collect(),
        export_names: consultation.export_names,
        coordinator: access.allows(Action::PublishOutcomes),
        published: consultation
            .outcomes_published_at
            .map(|at| timezone::display(at, state.config.timezone, ctx.locale)),
        blocker: publish_blocker(&consultation, &rounds_here),
        ctx,
    }))
}

#[derive(Deserialize)]
pub struct DownloadQuery {
    /// `1`: name authors, where the consultation allows it.
    #[serde(default)]
    names: Option<String>,
}

pub async fn download(
    State(state): State<AppState>,
    ctx: RequestContext,
    method: Method,
    Path((slug, format)): Path<(String, String)>,
    Query(query): Query<DownloadQuery>,
) -> AppResult<Response> {
    let access = access::load(&state.db, &slug, ctx.user.as_ref(), Action::Export).await?;
    let format = Format::from_code(&format).ok_or(AppError::NotFound)?;
    if method == Method::HEAD {
        return Ok(head_only(format, &slug));
    }
    let options = Options {
        names: query.names.as_deref() == Some("1"),
        preview: true,
    };
    let consultation = access.consultation.clone();
    let (response, summary) =
        respond_with_export(&state, consultation, format, options, ctx.locale).await?;
    record_export(
        &state.db,
        access.user_id(),
        &access.consultation,
        format,
        &summary,
        Via::Console,
        state.now(),
    )
    .await?;
    Ok(response)
}

#[derive(Deserialize)]
pub struct PrivacyForm {
    /// Present (`on`) when exports may name authors.
    #[serde(default)]
    export_names: Option<String>,
}

pub async fn set_privacy(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path(slug): Path<String>,
    Form(form): Form<PrivacyForm>,
) -> AppResult<Response> {
    let access = access::load(&state.db, &slug, Some(&user), Action::PublishOutcomes).await?;
    let consultation = &access.consultation;
    let names = form.export_names.is_some();
    if names != consultation.export_names {
        let now = state.now();
        let tx = db::begin_write(&state.db).await?;
        consultation::ActiveModel {
            id: Set(consultation.id),
            export_names: Set(names),
            updated_at: Set(now),
            ..Default::default()
        }
        .update(&tx)
        .await?;
        record_change(
            &tx,
            user.id,
            consultation,
            "consultation.privacy_changed",
            json!({ "export_names": { "before": consultation.export_names, "after": names } }),
            now,
        )
        .await?;
        tx.commit().await?;
    }
    session.flash("flash-outcomes-privacy-saved").await?;
    Ok(see_other(&outcomes(&slug)))
}

/// A coordinator's change to a consultation's outcomes settings, in the audit log.
async fn record_change(
    tx: &impl sea_orm::ConnectionTrait,
    actor_id: i64,
    consultation: &consultation::Model,
    action: &str,
    details: serde_json::Value,
    now: DateTime<Utc>,
) -> Result<(), sea_orm::DbErr> {
    audit::record(
        tx,
        audit::Entry {
            actor_id: Some(actor_id),
            action,
            object_type: "consultation",
            object_id: Some(consultation.id),
            consultation_id: Some(consultation.id),
            details,
        },
        now,
    )
    .await
}

fn outcomes(slug: &str) -> String {
    format!("/manage/consultations/{slug}/outcomes")
}

#[derive(Template)]
#[template(path = "exports/confirm_publish.html")]
pub struct ConfirmPublishPage {
    ctx: PageCtx,
    slug: String,
    title: String,
}

pub async fn confirm_publish(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let access = access::load(&state.db, &slug, ctx.user.as_ref(), Action::PublishOutcomes).await?;
    if access.consultation.outcomes_published_at.is_some() {
        return Ok(see_other(&outcomes(&slug)));
    }
    let rounds_here = rounds::for_consultation(&state.db, access.consultation.id).await?;
    if let Some(reason) = publish_blocker(&access.consultation, &rounds_here) {
        return Err(AppError::Forbidden(reason));
    }
    Ok(Page::ok(ConfirmPublishPage {
        slug: access.consultation.slug.clone(),
        title: access.consultation.title.clone(),
        ctx,
    })
    .into_response())
}

/// Sets or clears the publication time, with its audit entry. The update is conditional on
/// the current state, so two coordinators clicking at once publish (and log) once.
async fn set_published(
    state: &AppState,
    user: &CurrentUser,
    consultation: &consultation::Model,
    published: bool,
) -> AppResult<()> {
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let column = consultation::Column::OutcomesPublishedAt;
    let changed = consultation::Entity::update_many()
        .col_expr(column, Expr::value(published.then_some(now)))
        .col_expr(consultation::Column::UpdatedAt, Expr::value(now))
        .filter(consultation::Column::Id.eq(consultation.id))
        .filter(if published {
            column.is_null()
        } else {
            column.is_not_null()
        })
        .exec(&tx)
        .await?
        .rows_affected;
    if changed == 1 {
        let action = if published {
            "outcomes.published"
        } else {
            "outcomes.withdrawn"
        };
        record_change(&tx, user.id, consultation, action, json!({}), now).await?;
    }
    tx.commit().await?;
    Ok(())
}

pub async fn publish(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let access = access::load(&state.db, &slug, Some(&user), Action::PublishOutcomes).await?;
    let rounds_here = rounds::for_consultation(&state.db, access.consultation.id).await?;
    if let Some(reason) = publish_blocker(&access.consultation, &rounds_here) {
        return Err(AppError::Forbidden(reason));
    }
    set_published(&state, &user, &access.consultation, true).await?;
    session.flash("flash-outcomes-published").await?;
    Ok(see_other(&outcomes(&slug)))
}

pub async fn withdraw(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let access = access::load(&state.db, &slug, Some(&user), Action::PublishOutcomes).await?;
    set_published(&state, &user, &access.consultation, false).await?;
    session.flash("flash-outcomes-withdrawn").await?;
    Ok(see_other(&outcomes(&slug)))
}
