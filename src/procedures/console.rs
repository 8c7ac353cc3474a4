//! The managers' side of the notice: creating a procedure from the consultation's console,
//! editing the draft, publishing it after a confirmation, correcting it once published.

use askama::Template;
use axum::{
    Form,
    extract::{Path, State},
    response::{IntoResponse, Response},
};
use entity::{procedure, procedure_criterion};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use super::{
    notice::{self, console_link},
    notice_form::{self, KINDS, NoticeForm, SECTIONS},
    phase::Phase,
    store,
};
use crate::{
    consultations::access,
    db,
    policy::Action,
    timezone,
    web::{
        AppError, AppResult, AppSession, AppState, CurrentUser, FormErrors, Page, PageCtx,
        see_other,
    },
};

#[derive(Template)]
#[template(path = "procedures/notice_form.html")]
pub struct NoticeFormPage {
    ctx: PageCtx,
    consultation_slug: String,
    consultation: String,
    /// The procedure's address, once it exists.
    slug: Option<String>,
    published: bool,
    form: NoticeForm,
    errors: FormErrors,
    time_zone: String,
    /// The earliest deadline publishing now allows, shown with the 20-day error.
    earliest: String,
    sections: Vec<(&'static str, &'static str, bool)>,
    kinds: [&'static str; 3],
}

impl NoticeFormPage {
    fn action(&self) -> String {
        match &self.slug {
            Some(slug) => format!("/manage/procedures/{slug}/edit"),
            None => format!(
                "/manage/consultations/{}/procedures/new",
                self.consultation_slug
            ),
        }
    }
}

fn form_page(
    ctx: PageCtx,
    state: &AppState,
    consultation: &entity::consultation::Model,
    procedure: Option<&procedure::Model>,
    form: NoticeForm,
    errors: FormErrors,
) -> NoticeFormPage {
    let earliest = notice_form::earliest_deadline(state.now());
    NoticeFormPage {
        earliest: timezone::display(earliest, state.config.timezone, ctx.locale),
        ctx,
        consultation_slug: consultation.slug.clone(),
        consultation: consultation.title.clone(),
        slug: procedure.map(|p| p.slug.clone()),
        published: procedure.is_some_and(|p| p.published_at.is_some()),
        form,
        errors,
        time_zone: state.config.timezone.name().to_owned(),
        sections: SECTIONS
            .iter()
            .map(|(name, required)| (*name, notice_form::section_label(name), *required))
            .collect(),
        kinds: KINDS,
    }
}

/// One procedure as the consultation's list shows it.
pub struct ProcedureLine {
    pub slug: String,
    pub title: String,
    pub phase: &'static str,
}

#[derive(Template)]
#[template(path = "procedures/console_list.html")]
pub struct ConsultationProceduresPage {
    ctx: PageCtx,
    slug: String,
    consultation: String,
    procedures: Vec<ProcedureLine>,
}

pub async fn for_consultation(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(slug): Path<String>,
) -> AppResult<Page<ConsultationProceduresPage>> {
    let access = access::load(
        &state.db,
        &slug,
        ctx.user.as_ref(),
        Action::ManageProcedures,
    )
    .await?;
    let now = state.now();
    let procedures = procedure::Entity::find()
        .filter(procedure::Column::ConsultationId.eq(access.consultation.id))
        .order_by_desc(procedure::Column::CreatedAt)
        .all(&state.db)
        .await?
        .into_iter()
        .map(|p| ProcedureLine {
            phase: Phase::of(&p, now).key(),
            slug: p.slug,
            title: p.title,
        })
        .collect();
    Ok(Page::ok(ConsultationProceduresPage {
        ctx,
        slug: access.consultation.slug,
        consultation: access.consultation.title,
        procedures,
    }))
}

pub async fn new(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(slug): Path<String>,
) -> AppResult<Page<NoticeFormPage>> {
    let access = access::load(
        &state.db,
        &slug,
        ctx.user.as_ref(),
        Action::ManageProcedures,
    )
    .await?;
    let page = form_page(
        ctx,
        &state,
        &access.consultation,
        None,
        NoticeForm::blank(),
        FormErrors::new(),
    );
    Ok(Page::ok(page))
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path(slug): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let access = access::load(&state.db, &slug, Some(&user), Action::ManageProcedures).await?;
    let form = NoticeForm::from_pairs(pairs);
    let fields = match notice_form::parse(&form, state.config.timezone) {
        Ok(fields) => fields,
        Err(errors) => {
            let page = form_page(ctx, &state, &access.consultation, None, form, errors);
            return Ok(Page::invalid(page).into_response());
        }
    };
    let tx = db::begin_write(&state.db).await?;
    let procedure =
        notice::create(&tx, access.consultation.id, fields, user.id, state.now()).await?;
    tx.commit().await?;
    session.flash("flash-procedure-created").await?;
    Ok(see_other(&console_link(&procedure)))
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(slug): Path<String>,
) -> AppResult<Page<NoticeFormPage>> {
    let (access, procedure) = store::load(
        &state.db,
        &slug,
        ctx.user.as_ref(),
        Action::ManageProcedures,
    )
    .await?;
    let criteria = notice::criteria(&state.db, procedure.id).await?;
    let form = NoticeForm::from_procedure(&procedure, &criteria, state.config.timezone);
    let page = form_page(
        ctx,
        &state,
        &access.consultation,
        Some(&procedure),
        form,
        FormErrors::new(),
    );
    Ok(Page::ok(page))
}

/// Keeps the published criteria in the form whatever was posted: they cannot change.
fn keep_criteria(form: &mut NoticeForm, criteria: &[procedure_criterion::Model]) {
    for (row, criterion) in form.criteria.iter_mut().zip(criteria) {
        row.name = criterion.name.clone();
        row.description = criterion.description.clone();
        row.weight = criterion.weight.to_string();
    }
    for row in form.criteria.iter_mut().skip(criteria.len()) {
        *row = notice_form::CriterionRow {
            number: row.number,
            ..Default::default()
        };
    }
}

pub async fn update(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path(slug): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (access, procedure) =
        store::load(&state.db, &slug, Some(&user), Action::ManageProcedures).await?;
    let mut form = NoticeForm::from_pairs(pairs);
    if procedure.published_at.is_some() {
        let criteria = notice::criteria(&state.db, procedure.id).await?;
        keep_criteria(&mut form, &criteria);
    }
    let fields = match notice_form::parse(&form, state.config.timezone) {
        Ok(fields) => fields,
        Err(errors) => {
            let page = form_page(
                ctx,
                &state,
                &access.consultation,
                Some(&procedure),
                form,
                errors,
            );
            return Ok(Page::invalid(page).into_response());
        }
    };
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let locked = store::lock(&tx, procedure.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let flash = if locked.published_at.is_none() {
        notice::save_draft(&tx, locked, fields, user.id, now).await?;
        "flash-procedure-saved"
    } else {
        match notice::correct(&tx, locked, fields, user.id, now).await? {
            Ok(0) => "flash-procedure-unchanged",
            Ok(_) => "flash-procedure-corrected",
            Err(errors) => {
                drop(tx);
                let page = form_page(
                    ctx,
                    &state,
                    &access.consultation,
                    Some(&procedure),
                    form,
                    errors,
                );
                return Ok(Page::invalid(page).into_response());
            }
        }
    };
    tx.commit().await?;
    session.flash(flash).await?;
    Ok(see_other(&console_link(&procedure)))
}

#[derive(Template)]
#[template(path = "procedures/publish.html")]
pub struct PublishPage {
    ctx: PageCtx,
    slug: String,
    title: String,
    deadline: String,
}

pub async fn confirm_publish(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let (_, procedure) = store::load(
        &state.db,
        &slug,
        ctx.user.as_ref(),
        Action::ManageProcedures,
    )
    .await?;
    if procedure.published_at.is_some() {
        return Ok(see_other(&console_link(&procedure)));
    }
    Ok(Page::ok(PublishPage {
        deadline: timezone::display(
            procedure.applications_close_at,
            state.config.timezone,
            ctx.locale,
        ),
        ctx,
        slug: procedure.slug,
        title: procedure.title,
    })
    .into_response())
}

pub async fn publish(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let (access, procedure) =
        store::load(&state.db, &slug, Some(&user), Action::ManageProcedures).await?;
    let tx = db::begin_write(&state.db).await?;
    let locked = store::lock(&tx, procedure.id)
        .await?
        .ok_or(AppError::NotFound)?;
    match notice::publish(&tx, locked, user.id, state.now()).await? {
        Ok(_) => {
            tx.commit().await?;
            session.flash("flash-procedure-published").await?;
            Ok(see_other(&console_link(&procedure)))
        }
        Err(errors) => {
            drop(tx);
            let criteria = notice::criteria(&state.db, procedure.id).await?;
            let form = NoticeForm::from_procedure(&procedure, &criteria, state.config.timezone);
            let page = form_page(
                ctx,
                &state,
                &access.consultation,
                Some(&procedure),
                form,
                errors,
            );
            Ok(Page::invalid(page).into_response())
        }
    }
}
