//! The facilitator's side of meetings: create, edit, cancel (with a reason, after a
//! confirmation), and the list of who registered with what they need.

use askama::Template;
use axum::{
    Form,
    extract::{Path, State},
    response::{IntoResponse, Response},
};
use chrono::{DateTime, Utc};
use entity::{RegistrationStatus, meeting, meeting_registration, round, user};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use serde::Deserialize;

use super::{
    form::{self, MeetingForm},
    store,
    view::{MeetingView, link, records_closed},
};
use crate::{
    consultations::access::{self, Access, ConsultationKey},
    db,
    policy::{Action, Person},
    web::{
        AppError, AppResult, AppSession, AppState, CurrentUser, FormErrors, Page, PageCtx,
        TextKind, see_other,
    },
};

const MAX_REASON_CHARS: usize = 2000;

/// A meeting with its consultation, checked for `action`, and the consultation's rounds.
pub(super) async fn load(
    state: &AppState,
    id: i64,
    user: Option<impl Into<Person>>,
    action: Action,
) -> AppResult<(Access, Vec<round::Model>, meeting::Model)> {
    let meeting = meeting::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let (access, rounds) = access::load_with_rounds(
        &state.db,
        ConsultationKey::Id(meeting.consultation_id),
        user,
        action,
    )
    .await?;
    Ok((
        access,
        rounds.into_iter().map(|(r, _)| r).collect(),
        meeting,
    ))
}

/// A meeting whose attendance and minutes its facilitators may record now (it has started
/// and was not cancelled); a 403 saying why otherwise.
pub(super) async fn load_held(
    state: &AppState,
    id: i64,
    user: Option<impl Into<Person>>,
) -> AppResult<meeting::Model> {
    let (_, _, meeting) = load(state, id, user, Action::ManageMeetings).await?;
    match records_closed(&meeting, state.now()) {
        Some(reason) => Err(AppError::Forbidden(reason)),
        None => Ok(meeting),
    }
}

/// [`load_held`] again inside the write transaction, the meeting locked.
pub(super) async fn lock_held(
    db: &impl ConnectionTrait,
    id: i64,
    now: DateTime<Utc>,
) -> AppResult<meeting::Model> {
    let meeting = store::lock(db, id).await?.ok_or(AppError::NotFound)?;
    match records_closed(&meeting, now) {
        Some(reason) => Err(AppError::Forbidden(reason)),
        None => Ok(meeting),
    }
}

#[derive(Template)]
#[template(path = "meetings/form.html")]
pub struct MeetingFormPage {
    ctx: PageCtx,
    slug: String,
    consultation: String,
    meeting_id: Option<i64>,
    rounds: Vec<(i64, String)>,
    form: MeetingForm,
    errors: FormErrors,
    time_zone: String,
}

impl MeetingFormPage {
    fn new(
        ctx: PageCtx,
        state: &AppState,
        access: &Access,
        rounds: &[round::Model],
        meeting_id: Option<i64>,
        form: MeetingForm,
        errors: FormErrors,
    ) -> Self {
        Self {
            ctx,
            slug: access.consultation.slug.clone(),
            consultation: access.consultation.title.clone(),
            meeting_id,
            rounds: rounds.iter().map(|r| (r.id, r.title.clone())).collect(),
            form,
            errors,
            time_zone: state.config.timezone.name().to_owned(),
        }
    }
}

pub async fn new(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(slug): Path<String>,
) -> AppResult<Page<MeetingFormPage>> {
    let (access, rounds) = access::load_with_rounds(
        &state.db,
        ConsultationKey::Slug(&slug),
        ctx.user.as_ref(),
        Action::ManageMeetings,
    )
    .await?;
    let rounds: Vec<round::Model> = rounds.into_iter().map(|(r, _)| r).collect();
    let form = MeetingForm {
        registration_required: Some("on".to_owned()),
        ..Default::default()
    };
    let page = MeetingFormPage::new(ctx, &state, &access, &rounds, None, form, FormErrors::new());
    Ok(Page::ok(page))
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path(slug): Path<String>,
    Form(form): Form<MeetingForm>,
) -> AppResult<Response> {
    let (access, rounds) = access::load_with_rounds(
        &state.db,
        ConsultationKey::Slug(&slug),
        Some(&user),
        Action::ManageMeetings,
    )
    .await?;
    let rounds: Vec<round::Model> = rounds.into_iter().map(|(r, _)| r).collect();
    let fields = match form::parse(&form, &rounds, state.config.timezone) {
        Ok(fields) => fields,
        Err(errors) => {
            let page = MeetingFormPage::new(ctx, &state, &access, &rounds, None, form, errors);
            return Ok(Page::invalid(page).into_response());
        }
    };
    let tx = db::begin_write(&state.db).await?;
    let meeting = store::create(&tx, access.consultation.id, fields, user.id, state.now()).await?;
    tx.commit().await?;
    session.flash("flash-meeting-created").await?;
    Ok(see_other(&link(meeting.id)))
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<Page<MeetingFormPage>> {
    let (access, rounds, meeting) =
        load(&state, id, ctx.user.as_ref(), Action::ManageMeetings).await?;
    let form = MeetingForm::from_meeting(&meeting, state.config.timezone);
    let page = MeetingFormPage::new(
        ctx,
        &state,
        &access,
        &rounds,
        Some(id),
        form,
        FormErrors::new(),
    );
    Ok(Page::ok(page))
}

pub async fn update(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path(id): Path<i64>,
    Form(form): Form<MeetingForm>,
) -> AppResult<Response> {
    let (access, rounds, _) = load(&state, id, Some(&user), Action::ManageMeetings).await?;
    let fields = match form::parse(&form, &rounds, state.config.timezone) {
        Ok(fields) => fields,
        Err(errors) => {
            let page = MeetingFormPage::new(ctx, &state, &access, &rounds, Some(id), form, errors);
            return Ok(Page::invalid(page).into_response());
        }
    };
    let tx = db::begin_write(&state.db).await?;
    let meeting = store::lock(&tx, id).await?.ok_or(AppError::NotFound)?;
    store::update(
        &tx,
        &access.consultation,
        meeting,
        fields,
        user.id,
        state.now(),
    )
    .await?;
    tx.commit().await?;
    session.flash("flash-meeting-saved").await?;
    Ok(see_other(&link(id)))
}

#[derive(Template)]
#[template(path = "meetings/cancel.html")]
pub struct CancelPage {
    ctx: PageCtx,
    meeting: MeetingView,
    reason: String,
    errors: FormErrors,
    registered: i64,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CancelForm {
    reason: String,
}

async fn cancel_page(
    state: &AppState,
    ctx: PageCtx,
    rounds: &[round::Model],
    meeting: &meeting::Model,
    reason: String,
    errors: FormErrors,
) -> AppResult<CancelPage> {
    let registered = meeting_registration::Entity::find()
        .filter(meeting_registration::Column::MeetingId.eq(meeting.id))
        .count(&state.db)
        .await?;
    let registered = i64::try_from(registered).unwrap_or(i64::MAX);
    let view = MeetingView::new(
        meeting,
        rounds,
        state.config.timezone,
        ctx.locale,
        state.now(),
    );
    Ok(CancelPage {
        ctx,
        meeting: view,
        reason,
        errors,
        registered,
    })
}

pub async fn confirm_cancel(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let (_, rounds, meeting) = load(&state, id, ctx.user.as_ref(), Action::ManageMeetings).await?;
    if meeting.cancelled_at.is_some() {
        return Ok(see_other(&link(id)));
    }
    let page = cancel_page(
        &state,
        ctx,
        &rounds,
        &meeting,
        String::new(),
        FormErrors::new(),
    )
    .await?;
    Ok(Page::ok(page).into_response())
}

pub async fn cancel(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path(id): Path<i64>,
    Form(form): Form<CancelForm>,
) -> AppResult<Response> {
    let (access, rounds, meeting) = load(&state, id, Some(&user), Action::ManageMeetings).await?;
    let reason = form.reason.trim().to_owned();
    let mut errors = FormErrors::new();
    errors.refuse_control_characters("reason", &reason, TextKind::Long);
    if reason.is_empty() {
        errors.add("reason", "error-meeting-cancel-reason-required");
    } else if reason.chars().count() > MAX_REASON_CHARS {
        errors.add("reason", "error-meeting-text-long");
    }
    if !errors.is_empty() {
        let page = cancel_page(&state, ctx, &rounds, &meeting, form.reason, errors).await?;
        return Ok(Page::invalid(page).into_response());
    }
    let tx = db::begin_write(&state.db).await?;
    let meeting = store::lock(&tx, id).await?.ok_or(AppError::NotFound)?;
    let cancelled = store::cancel(
        &tx,
        &access.consultation,
        meeting,
        reason,
        user.id,
        state.now(),
    )
    .await?;
    tx.commit().await?;
    if cancelled {
        session.flash("flash-meeting-cancelled").await?;
    }
    Ok(see_other(&link(id)))
}

/// One person on the list, with what they need.
pub struct Attendee {
    pub name: String,
    pub email: String,
    pub waiting: bool,
    pub interpreter_language: String,
    pub childcare: bool,
    pub accessibility_note: String,
}

#[derive(Template)]
#[template(path = "meetings/registrations.html")]
pub struct RegistrationsPage {
    ctx: PageCtx,
    slug: String,
    meeting: MeetingView,
    attendees: Vec<Attendee>,
    registered: i64,
    waiting: i64,
    childcare: i64,
    accessibility: i64,
    /// How many need interpretation into each language, most asked first.
    interpreters: Vec<(String, i64)>,
    /// Attendance may be recorded now.
    can_record: bool,
}

pub async fn registrations(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<Page<RegistrationsPage>> {
    let (access, rounds, meeting) =
        load(&state, id, ctx.user.as_ref(), Action::ManageMeetings).await?;
    let rows = meeting_registration::Entity::find()
        .filter(meeting_registration::Column::MeetingId.eq(id))
        .order_by_asc(meeting_registration::Column::Position)
        .find_also_related(user::Entity)
        .all(&state.db)
        .await?;
    let mut interpreters: Vec<(String, i64)> = Vec::new();
    let (mut registered, mut waiting, mut childcare, mut accessibility) = (0, 0, 0, 0);
    let mut attendees = Vec::with_capacity(rows.len());
    for (registration, account) in rows {
        let is_waiting = registration.status == RegistrationStatus::Waiting;
        if is_waiting {
            waiting += 1;
        } else {
            registered += 1;
            childcare += i64::from(registration.childcare);
            accessibility += i64::from(!registration.accessibility_note.is_empty());
            let language = registration.interpreter_language.trim();
            if !language.is_empty() {
                match interpreters
                    .iter_mut()
                    .find(|(l, _)| l.eq_ignore_ascii_case(language))
                {
                    Some((_, n)) => *n += 1,
                    None => interpreters.push((language.to_owned(), 1)),
                }
            }
        }
        let (name, email) = account
            .map(|a| (a.display_name, a.email))
            .unwrap_or_default();
        attendees.push(Attendee {
            name,
            email,
            waiting: is_waiting,
            interpreter_language: registration.interpreter_language,
            childcare: registration.childcare,
            accessibility_note: registration.accessibility_note,
        });
    }
    interpreters.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let view = MeetingView::new(
        &meeting,
        &rounds,
        state.config.timezone,
        ctx.locale,
        state.now(),
    );
    Ok(Page::ok(RegistrationsPage {
        can_record: records_closed(&meeting, state.now()).is_none(),
        ctx,
        slug: access.consultation.slug,
        meeting: view,
        attendees,
        registered,
        waiting,
        childcare,
        accessibility,
        interpreters,
    }))
}
