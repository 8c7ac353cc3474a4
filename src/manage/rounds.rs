//! The console's round forms: add, edit, delete (before opening), reorder, open now,
//! close now, extend.

use askama::Template;
use axum::{
    Form,
    extract::{Path, State},
    response::{IntoResponse, Response},
};
use entity::{RoundState, round};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde::Deserialize;

use crate::{
    accounts::domain::GROUPS,
    consultations::{
        access::{self, Access},
        rounds::{self, Cause, RoundForm},
    },
    db,
    policy::Action,
    telemetry::{self, RoundsMovedBy},
    timezone,
    web::{
        AppError, AppResult, AppSession, AppState, CurrentUser, FormErrors, Page, PageCtx,
        see_other,
    },
};

#[derive(Template)]
#[template(path = "manage/round_form.html")]
pub struct RoundFormPage {
    ctx: PageCtx,
    slug: String,
    consultation: String,
    /// None for a new round.
    round_id: Option<i64>,
    /// Whether the round has opened: its rules are then shown but fixed.
    started: bool,
    form: RoundForm,
    errors: FormErrors,
    groups: [&'static str; 4],
    time_zone: String,
}

impl RoundFormPage {
    fn new(
        ctx: PageCtx,
        access: &Access,
        round: Option<&round::Model>,
        form: RoundForm,
        errors: FormErrors,
        zone: chrono_tz::Tz,
    ) -> Self {
        Self {
            ctx,
            slug: access.consultation.slug.clone(),
            consultation: access.consultation.title.clone(),
            round_id: round.map(|r| r.id),
            started: round.is_some_and(|r| r.state != RoundState::Upcoming),
            form,
            errors,
            groups: GROUPS,
            time_zone: zone.name().to_owned(),
        }
    }
}

async fn load_round(state: &AppState, access: &Access, id: i64) -> AppResult<round::Model> {
    round::Entity::find_by_id(id)
        .filter(round::Column::ConsultationId.eq(access.consultation.id))
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)
}

fn console(slug: &str) -> String {
    format!("/manage/consultations/{slug}#rounds")
}

pub async fn new(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(slug): Path<String>,
) -> AppResult<Page<RoundFormPage>> {
    let access = access::load(&state.db, &slug, ctx.user.as_ref(), Action::ManageRounds).await?;
    let zone = state.config.timezone;
    Ok(Page::ok(RoundFormPage::new(
        ctx,
        &access,
        None,
        RoundForm::blank(),
        FormErrors::new(),
        zone,
    )))
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path(slug): Path<String>,
    Form(form): Form<RoundForm>,
) -> AppResult<Response> {
    let access = access::load(&state.db, &slug, Some(&user), Action::ManageRounds).await?;
    let zone = state.config.timezone;
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let others = rounds::for_consultation(&tx, access.consultation.id).await?;
    let rules = match rounds::parse(&form, None, &others, zone, now) {
        Ok(rules) => rules,
        Err(errors) => {
            return Ok(
                Page::invalid(RoundFormPage::new(ctx, &access, None, form, errors, zone))
                    .into_response(),
            );
        }
    };
    rounds::create(&tx, &access.consultation, rules, user.id, now).await?;
    tx.commit().await?;
    session.flash("flash-round-created").await?;
    Ok(see_other(&console(&slug)))
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Page<RoundFormPage>> {
    let access = access::load(&state.db, &slug, ctx.user.as_ref(), Action::ManageRounds).await?;
    let round = load_round(&state, &access, id).await?;
    let zone = state.config.timezone;
    let form = RoundForm::from_round(&round, zone);
    Ok(Page::ok(RoundFormPage::new(
        ctx,
        &access,
        Some(&round),
        form,
        FormErrors::new(),
        zone,
    )))
}

pub async fn update(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path((slug, id)): Path<(String, i64)>,
    Form(form): Form<RoundForm>,
) -> AppResult<Response> {
    let access = access::load(&state.db, &slug, Some(&user), Action::ManageRounds).await?;
    let zone = state.config.timezone;
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let round = round::Entity::find_by_id(id)
        .filter(round::Column::ConsultationId.eq(access.consultation.id))
        .one(&tx)
        .await?
        .ok_or(AppError::NotFound)?;
    let others = rounds::for_consultation(&tx, access.consultation.id).await?;
    let rules = match rounds::parse(&form, Some(&round), &others, zone, now) {
        Ok(rules) => rules,
        Err(errors) => {
            return Ok(Page::invalid(RoundFormPage::new(
                ctx,
                &access,
                Some(&round),
                form,
                errors,
                zone,
            ))
            .into_response());
        }
    };
    rounds::update(&tx, &round, rules, user.id, now).await?;
    tx.commit().await?;
    session.flash("flash-round-saved").await?;
    Ok(see_other(&console(&slug)))
}

#[derive(Template)]
#[template(path = "manage/confirm_delete_round.html")]
pub struct ConfirmDeletePage {
    ctx: PageCtx,
    slug: String,
    round_id: i64,
    title: String,
}

pub async fn confirm_delete(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let access = access::load(&state.db, &slug, ctx.user.as_ref(), Action::ManageRounds).await?;
    let round = load_round(&state, &access, id).await?;
    if round.state != RoundState::Upcoming {
        return Err(AppError::Forbidden("error-round-delete-started"));
    }
    Ok(Page::ok(ConfirmDeletePage {
        ctx,
        slug,
        round_id: round.id,
        title: round.title,
    })
    .into_response())
}

pub async fn delete(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let access = access::load(&state.db, &slug, Some(&user), Action::ManageRounds).await?;
    let round = load_round(&state, &access, id).await?;
    let tx = db::begin_write(&state.db).await?;
    let deleted = rounds::delete(&tx, &round, user.id, state.now()).await?;
    tx.commit().await?;
    session
        .flash(if deleted {
            "flash-round-deleted"
        } else {
            "error-round-delete-started"
        })
        .await?;
    Ok(see_other(&console(&slug)))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct MoveForm {
    /// `up` or `down`.
    direction: String,
}

pub async fn reorder(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((slug, id)): Path<(String, i64)>,
    Form(form): Form<MoveForm>,
) -> AppResult<Response> {
    let access = access::load(&state.db, &slug, Some(&user), Action::ManageRounds).await?;
    let round = load_round(&state, &access, id).await?;
    let tx = db::begin_write(&state.db).await?;
    rounds::reorder(&tx, &round, form.direction == "up", user.id, state.now()).await?;
    tx.commit().await?;
    Ok(see_other(&console(&slug)))
}

pub async fn open(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let access = access::load(&state.db, &slug, Some(&user), Action::ManageRounds).await?;
    let round = load_round(&state, &access, id).await?;
    let tx = db::begin_write(&state.db).await?;
    let opened = rounds::open(&tx, &round, Cause::Hand(user.id), state.now()).await?;
    tx.commit().await?;
    telemetry::round_opened(RoundsMovedBy::Facilitator, usize::from(opened));
    session
        .flash(if opened {
            "flash-round-opened"
        } else {
            "error-round-cannot-open"
        })
        .await?;
    Ok(see_other(&console(&slug)))
}

pub async fn close(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let access = access::load(&state.db, &slug, Some(&user), Action::ManageRounds).await?;
    let round = load_round(&state, &access, id).await?;
    let tx = db::begin_write(&state.db).await?;
    let closed = round.state == RoundState::Open
        && rounds::close(&tx, &round, Cause::Hand(user.id), state.now()).await?;
    tx.commit().await?;
    telemetry::round_closed(RoundsMovedBy::Facilitator, usize::from(closed));
    session
        .flash(if closed {
            "flash-round-closed"
        } else {
            "error-round-cannot-close"
        })
        .await?;
    Ok(see_other(&console(&slug)))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ExtendForm {
    closes_at: String,
}

pub async fn extend(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path((slug, id)): Path<(String, i64)>,
    Form(form): Form<ExtendForm>,
) -> AppResult<Response> {
    let access = access::load(&state.db, &slug, Some(&user), Action::ManageRounds).await?;
    let round = load_round(&state, &access, id).await?;
    let Some(closes_at) = timezone::parse_local(&form.closes_at, state.config.timezone) else {
        session.flash("error-date-invalid").await?;
        return Ok(see_other(&console(&slug)));
    };
    let tx = db::begin_write(&state.db).await?;
    let extended = rounds::extend(&tx, &round, closes_at, user.id, state.now()).await?;
    tx.commit().await?;
    session
        .flash(if extended {
            "flash-round-extended"
        } else {
            "error-round-cannot-extend"
        })
        .await?;
    Ok(see_other(&console(&slug)))
}
