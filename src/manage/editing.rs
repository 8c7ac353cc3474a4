//! Creating and editing a consultation; publishing, archiving, back to draft.

use askama::Template;
use axum::{
    Form,
    extract::{Path, Query, State},
    response::{IntoResponse, Response},
};
use entity::ConsultationStatus;
use serde::Deserialize;

use crate::{
    consultations::{
        access,
        content::{self, ConsultationForm, SaveError},
    },
    db,
    policy::{self, Action},
    web::{
        AppError, AppResult, AppSession, AppState, CurrentUser, FormErrors, Page, PageCtx,
        see_other,
    },
};

#[derive(Template)]
#[template(path = "manage/consultation_form.html")]
pub struct ConsultationFormPage {
    ctx: PageCtx,
    /// None when creating.
    slug: Option<String>,
    form: ConsultationForm,
    errors: FormErrors,
}

pub async fn new(ctx: PageCtx) -> AppResult<Page<ConsultationFormPage>> {
    if !policy::can_administer(ctx.user.as_ref()) {
        return Err(AppError::Forbidden("policy-coordinators-only"));
    }
    Ok(Page::ok(ConsultationFormPage {
        ctx,
        slug: None,
        form: ConsultationForm::blank(),
        errors: FormErrors::new(),
    }))
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Form(form): Form<ConsultationForm>,
) -> AppResult<Response> {
    if !policy::can_administer(Some(&user)) {
        return Err(AppError::Forbidden("policy-coordinators-only"));
    }
    let invalid = |ctx, form, errors| {
        Page::invalid(ConsultationFormPage {
            ctx,
            slug: None,
            form,
            errors,
        })
        .into_response()
    };
    let parsed = match content::parse(&form) {
        Ok(parsed) => parsed,
        Err(errors) => return Ok(invalid(ctx, form, errors)),
    };
    let tx = db::begin_write(&state.db).await?;
    let created = match content::create(&tx, parsed, user.id, state.now()).await {
        Ok(created) => created,
        Err(SaveError::SlugTaken) => {
            let mut errors = FormErrors::new();
            errors.add("slug", "error-slug-taken");
            return Ok(invalid(ctx, form, errors));
        }
        Err(SaveError::Database(error)) => return Err(error.into()),
    };
    tx.commit().await?;
    session.flash("flash-consultation-created").await?;
    Ok(see_other(&format!(
        "/manage/consultations/{}",
        created.slug
    )))
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(slug): Path<String>,
) -> AppResult<Page<ConsultationFormPage>> {
    let access = access::load(&state.db, &slug, ctx.user.as_ref(), Action::Edit).await?;
    let themes = content::themes(&state.db, access.consultation.id).await?;
    Ok(Page::ok(ConsultationFormPage {
        ctx,
        form: ConsultationForm::from_model(&access.consultation, &themes),
        slug: Some(slug),
        errors: FormErrors::new(),
    }))
}

pub async fn update(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path(slug): Path<String>,
    Form(form): Form<ConsultationForm>,
) -> AppResult<Response> {
    let access = access::load(&state.db, &slug, Some(&user), Action::Edit).await?;
    let invalid = |ctx, form, errors| {
        Page::invalid(ConsultationFormPage {
            ctx,
            slug: Some(slug.clone()),
            form,
            errors,
        })
        .into_response()
    };
    let parsed = match content::parse(&form) {
        Ok(parsed) => parsed,
        Err(errors) => return Ok(invalid(ctx, form, errors)),
    };
    let tx = db::begin_write(&state.db).await?;
    let updated =
        match content::update(&tx, &access.consultation, parsed, user.id, state.now()).await {
            Ok(updated) => updated,
            Err(SaveError::SlugTaken) => {
                let mut errors = FormErrors::new();
                errors.add("slug", "error-slug-taken");
                return Ok(invalid(ctx, form, errors));
            }
            Err(SaveError::Database(error)) => return Err(error.into()),
        };
    tx.commit().await?;
    session.flash("flash-consultation-saved").await?;
    Ok(see_other(&format!(
        "/manage/consultations/{}",
        updated.slug
    )))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct StatusForm {
    /// `published`, `archived` or `draft`.
    status: String,
}

fn parse_status(code: &str) -> AppResult<ConsultationStatus> {
    match code {
        "published" => Ok(ConsultationStatus::Published),
        "archived" => Ok(ConsultationStatus::Archived),
        "draft" => Ok(ConsultationStatus::Draft),
        _ => Err(AppError::BadRequest("error-bad-request")),
    }
}

fn action_for(status: ConsultationStatus) -> Action {
    match status {
        ConsultationStatus::Archived => Action::Archive,
        _ => Action::Publish,
    }
}

#[derive(Template)]
#[template(path = "manage/confirm_status.html")]
pub struct ConfirmStatusPage {
    ctx: PageCtx,
    slug: String,
    title: String,
    status: String,
}

/// Asks before a change that hides or freezes a consultation.
pub async fn confirm_status(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(slug): Path<String>,
    Query(form): Query<StatusForm>,
) -> AppResult<Page<ConfirmStatusPage>> {
    let status = parse_status(&form.status)?;
    let access = access::load(&state.db, &slug, ctx.user.as_ref(), action_for(status)).await?;
    Ok(Page::ok(ConfirmStatusPage {
        ctx,
        slug,
        title: access.consultation.title,
        status: form.status,
    }))
}

pub async fn set_status(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path(slug): Path<String>,
    Form(form): Form<StatusForm>,
) -> AppResult<Response> {
    let status = parse_status(&form.status)?;
    let access = access::load(&state.db, &slug, Some(&user), action_for(status)).await?;
    if access.consultation.status != status {
        let tx = db::begin_write(&state.db).await?;
        content::set_status(&tx, &access.consultation, status, user.id, state.now()).await?;
        tx.commit().await?;
    }
    session
        .flash(&format!("flash-consultation-{}", form.status))
        .await?;
    Ok(see_other(&format!("/manage/consultations/{slug}")))
}
