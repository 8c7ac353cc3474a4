//! The public side of meetings: a consultation's meetings, a meeting's page with its
//! registration form, registering and withdrawing, and its calendar file.

use askama::Template;
use axum::{
    Form,
    extract::{Path, State},
    http::header,
    response::{IntoResponse, Response},
};
use entity::{DocumentParent, RegistrationStatus, meeting};
use serde::Deserialize;

use super::{
    ics,
    manage::load,
    outcome::{self, AfterMeeting},
    registration::{self, Needs, Outcome},
    store,
    view::{MeetingView, link, records_closed, registration_closed},
};
use crate::{
    consultations::access::{self, ConsultationKey},
    db,
    documents::listing::{self as documents, DocumentList, Presentation},
    policy::{self, Action},
    web::{
        AppError, AppResult, AppSession, AppState, CurrentUser, Page, PageCtx, TextKind, see_other,
    },
};

const MAX_NEED_CHARS: usize = 500;

#[derive(Template)]
#[template(path = "meetings/list.html")]
pub struct ListPage {
    ctx: PageCtx,
    slug: String,
    consultation: String,
    upcoming: Vec<MeetingView>,
    past: Vec<MeetingView>,
    can_manage: bool,
}

pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(slug): Path<String>,
) -> AppResult<Page<ListPage>> {
    let (access, rounds) = access::load_with_rounds(
        &state.db,
        ConsultationKey::Slug(&slug),
        ctx.user.as_ref(),
        Action::View,
    )
    .await?;
    let rounds: Vec<_> = rounds.into_iter().map(|(r, _)| r).collect();
    let meetings = store::for_consultation(&state.db, access.consultation.id).await?;
    let (zone, now) = (state.config.timezone, state.now());
    let (past, upcoming): (Vec<_>, Vec<_>) = meetings
        .iter()
        .map(|m| MeetingView::new(m, &rounds, zone, ctx.locale, now))
        .partition(|m| m.past);
    Ok(Page::ok(ListPage {
        ctx,
        slug,
        consultation: access.consultation.title.clone(),
        upcoming,
        // The most recent past meeting first.
        past: past.into_iter().rev().collect(),
        can_manage: access.allows(Action::ManageMeetings),
    }))
}

/// The visitor's registration, as the meeting page shows it.
pub enum Mine {
    None,
    Registered,
    Waiting(u64),
}

#[derive(Template)]
#[template(path = "meetings/show.html")]
pub struct ShowPage {
    ctx: PageCtx,
    slug: String,
    consultation: String,
    meeting: MeetingView,
    places_left: Option<i64>,
    mine: Mine,
    /// Why this visitor cannot register now (a Fluent key); None: the form is shown.
    refusal: Option<&'static str>,
    can_manage: bool,
    /// Once it has started: who came, the minutes, what was recorded there.
    after: Option<AfterMeeting>,
    /// Facilitators may record attendance and minutes now.
    can_record: bool,
    documents: DocumentList,
}

impl ShowPage {
    fn has_registration(&self) -> bool {
        !matches!(self.mine, Mine::None)
    }
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    if let Some(id) = id.strip_suffix(".ics") {
        let id = id.parse().map_err(|_| AppError::NotFound)?;
        return calendar(&state, &ctx, id).await;
    }
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let (access, rounds, meeting) = load(&state, id, ctx.user.as_ref(), Action::View).await?;
    let now = state.now();
    let registered = registration::registered_count(&state.db, id).await?;
    let mine = match access.user_id() {
        Some(user_id) => match registration::of(&state.db, id, user_id).await? {
            Some(r) if r.status == RegistrationStatus::Waiting => {
                Mine::Waiting(registration::waiting_place(&state.db, &r).await?)
            }
            Some(_) => Mine::Registered,
            None => Mine::None,
        },
        None => Mine::None,
    };
    let refusal = match registration_closed(&meeting, now)
        .or_else(|| policy::can_take_part(&access.standing, &access.consultation).err())
    {
        Some(reason) => Some(reason),
        None => registration::session_refusal(&state.db, id, access.user_id()).await?,
    };
    let places_left = meeting
        .capacity
        .map(|c| (i64::from(c) - i64::try_from(registered).unwrap_or(i64::MAX)).max(0));
    let can_manage = access.allows(Action::ManageMeetings);
    let after = outcome::after(&state.db, &meeting, can_manage, ctx.locale, now).await?;
    let view = MeetingView::new(&meeting, &rounds, state.config.timezone, ctx.locale, now);
    let documents = documents::for_parent(
        &state.db,
        (DocumentParent::Meeting, id),
        can_manage,
        Presentation::new(&state, ctx.locale),
    )
    .await?;
    Ok(Page::ok(ShowPage {
        documents,
        after,
        can_record: can_manage && records_closed(&meeting, now).is_none(),
        ctx,
        slug: access.consultation.slug.clone(),
        consultation: access.consultation.title.clone(),
        meeting: view,
        places_left,
        mine,
        refusal,
        can_manage,
    })
    .into_response())
}

async fn calendar(state: &AppState, ctx: &PageCtx, id: i64) -> AppResult<Response> {
    let (access, _, meeting) = load(state, id, ctx.user.as_ref(), Action::View).await?;
    let base = state.config.base_url.trim_end_matches('/');
    let body = ics::calendar(&meeting, &access.consultation.title, base, state.now());
    Ok((
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                &format!("attachment; filename=\"meeting-{id}.ics\""),
            ),
        ],
        body,
    )
        .into_response())
}

/// `/consultations/{slug}/meetings.ics`: every meeting of the consultation, for calendar
/// applications to subscribe to; seen by whoever may see the consultation.
pub async fn feed(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let access = access::load(&state.db, &slug, ctx.user.as_ref(), Action::View).await?;
    let meetings = store::for_consultation(&state.db, access.consultation.id).await?;
    let base = state.config.base_url.trim_end_matches('/');
    let body = ics::feed(&meetings, &access.consultation.title, base, state.now());
    Ok((
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                &format!("inline; filename=\"meetings-{slug}.ics\""),
            ),
        ],
        body,
    )
        .into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RegisterForm {
    interpreter_language: String,
    childcare: Option<String>,
    accessibility_note: String,
}

fn needs(form: RegisterForm) -> Result<Needs, AppError> {
    let bad = |text: &str, kind| {
        crate::web::has_control_characters(text, kind) || text.chars().count() > MAX_NEED_CHARS
    };
    if bad(&form.interpreter_language, TextKind::Line)
        || bad(&form.accessibility_note, TextKind::Long)
    {
        return Err(AppError::BadRequest("error-meeting-needs-invalid"));
    }
    Ok(Needs {
        interpreter_language: form.interpreter_language.trim().to_owned(),
        childcare: form.childcare.is_some(),
        accessibility_note: form.accessibility_note.trim().to_owned(),
    })
}

pub async fn register(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path(id): Path<i64>,
    Form(form): Form<RegisterForm>,
) -> AppResult<Response> {
    let (access, _, _) = load(&state, id, Some(&user), Action::View).await?;
    policy::can_take_part(&access.standing, &access.consultation).map_err(AppError::Forbidden)?;
    let needs = needs(form)?;
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let meeting: meeting::Model = store::lock(&tx, id).await?.ok_or(AppError::NotFound)?;
    if let Some(reason) = registration_closed(&meeting, now) {
        return Err(AppError::Forbidden(reason));
    }
    if let Some(reason) = registration::session_refusal(&tx, id, Some(user.id)).await? {
        return Err(AppError::Forbidden(reason));
    }
    let outcome = registration::register(&tx, &meeting, user.id, needs, now).await?;
    tx.commit().await?;
    session
        .flash(match outcome {
            Outcome::Registered => "flash-meeting-registered",
            Outcome::Waiting(_) => "flash-meeting-waiting",
            Outcome::Already => "flash-meeting-already",
        })
        .await?;
    Ok(see_other(&link(id)))
}

pub async fn withdraw(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let (access, _, _) = load(&state, id, Some(&user), Action::View).await?;
    let tx = db::begin_write(&state.db).await?;
    let meeting = store::lock(&tx, id).await?.ok_or(AppError::NotFound)?;
    let withdrawn =
        registration::withdraw(&tx, &access.consultation, &meeting, user.id, state.now()).await?;
    tx.commit().await?;
    if withdrawn {
        session.flash("flash-meeting-withdrawn").await?;
    }
    Ok(see_other(&link(id)))
}
