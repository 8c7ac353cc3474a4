//! A survey's settings: made with the survey (`/manage/consultations/{slug}/surveys/new`),
//! changed later (`/manage/surveys/{id}/settings`) within what its answers allow.

use askama::Template;
use axum::{
    Form,
    extract::{Path, State},
    response::{IntoResponse, Response},
};
use entity::{Code, StakeholderGroup, round};
use serde_json::json;

use super::form::{self, SettingsForm, VISIBILITIES};
use crate::{
    audit::{self, Entry},
    consultations::access::{self, Access, ConsultationKey},
    db,
    policy::Action,
    surveys::{
        build::{self, NewSurvey},
        edit, store,
    },
    web::{
        AppError, AppResult, AppSession, AppState, CurrentUser, FormErrors, Page, PageCtx,
        see_other,
    },
};

#[derive(Template)]
#[template(path = "surveys/console_settings.html")]
pub struct SettingsPage {
    ctx: PageCtx,
    slug: String,
    consultation: String,
    /// The survey being changed; none while making one.
    survey_id: Option<i64>,
    locked: bool,
    form: SettingsForm,
    errors: FormErrors,
    rounds: Vec<round::Model>,
    groups: Vec<&'static str>,
    visibilities: [&'static str; 3],
}

impl SettingsPage {
    fn new(
        ctx: PageCtx,
        access: &Access,
        rounds: Vec<round::Model>,
        (survey_id, locked): (Option<i64>, bool),
        (form, errors): (SettingsForm, FormErrors),
    ) -> Self {
        Self {
            ctx,
            slug: access.consultation.slug.clone(),
            consultation: access.consultation.title.clone(),
            survey_id,
            locked,
            form,
            errors,
            rounds,
            groups: StakeholderGroup::CODES.iter().map(|(_, c)| *c).collect(),
            visibilities: VISIBILITIES,
        }
    }
}

async fn consultation(
    state: &AppState,
    key: ConsultationKey<'_>,
    user: Option<&CurrentUser>,
) -> AppResult<(Access, Vec<round::Model>)> {
    let (access, rounds) =
        access::load_with_rounds(&state.db, key, user, Action::ManageSurveys).await?;
    Ok((access, rounds.into_iter().map(|(r, _)| r).collect()))
}

pub async fn new(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(slug): Path<String>,
) -> AppResult<Page<SettingsPage>> {
    let (access, rounds) =
        consultation(&state, ConsultationKey::Slug(&slug), ctx.user.as_ref()).await?;
    let form = SettingsForm::blank(ctx.locale.code());
    Ok(Page::ok(SettingsPage::new(
        ctx,
        &access,
        rounds,
        (None, false),
        (form, FormErrors::new()),
    )))
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path(slug): Path<String>,
    Form(form): Form<SettingsForm>,
) -> AppResult<Response> {
    let (access, rounds) = consultation(&state, ConsultationKey::Slug(&slug), Some(&user)).await?;
    let settings = match form::parse(&form, &rounds, state.config.timezone) {
        Ok(settings) => settings,
        Err(errors) => {
            let page = SettingsPage::new(ctx, &access, rounds, (None, false), (form, errors));
            return Ok(Page::invalid(page).into_response());
        }
    };
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let new = NewSurvey {
        consultation_id: access.consultation.id,
        title: settings.title,
        intro: settings.intro,
        language: settings.language,
        round_id: settings.round_id,
        opens_at: settings.opens_at,
        closes_at: settings.closes_at,
        groups: settings.groups,
        anonymous: settings.anonymous,
        results_visibility: settings.results_visibility,
        created_by: Some(user.id),
    };
    let id = build::create_survey(&tx, new, now).await?;
    // Every survey starts with a section, so questions have somewhere to go.
    build::add_section(&tx, id, String::new(), String::new()).await?;
    audit::record(
        &tx,
        Entry {
            actor_id: Some(user.id),
            action: "survey.created",
            object_type: "survey",
            object_id: Some(id),
            consultation_id: Some(access.consultation.id),
            details: json!({}),
        },
        now,
    )
    .await?;
    tx.commit().await?;
    session.flash("survey-console-flash-created").await?;
    Ok(see_other(&format!("/manage/surveys/{id}")))
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<Page<SettingsPage>> {
    let survey = store::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let key = ConsultationKey::Id(survey.consultation_id);
    let (access, rounds) = consultation(&state, key, ctx.user.as_ref()).await?;
    let form = SettingsForm::of(&survey, state.config.timezone);
    let locked = survey.locked_at.is_some();
    Ok(Page::ok(SettingsPage::new(
        ctx,
        &access,
        rounds,
        (Some(id), locked),
        (form, FormErrors::new()),
    )))
}

pub async fn update(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path(id): Path<i64>,
    Form(form): Form<SettingsForm>,
) -> AppResult<Response> {
    let survey = store::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let key = ConsultationKey::Id(survey.consultation_id);
    let (access, rounds) = consultation(&state, key, Some(&user)).await?;
    let locked = survey.locked_at.is_some();
    let settings = match form::parse(&form, &rounds, state.config.timezone) {
        Ok(settings) => settings,
        Err(errors) => {
            let page = SettingsPage::new(ctx, &access, rounds, (Some(id), locked), (form, errors));
            return Ok(Page::invalid(page).into_response());
        }
    };
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let survey = store::lock(&tx, id).await?.ok_or(AppError::NotFound)?;
    let locked = survey.locked_at.is_some();
    if let Err(errors) = edit::save_settings(&tx, survey, settings, user.id, now).await? {
        drop(tx);
        let page = SettingsPage::new(ctx, &access, rounds, (Some(id), locked), (form, errors));
        return Ok(Page::invalid(page).into_response());
    }
    audit::record(
        &tx,
        Entry {
            actor_id: Some(user.id),
            action: "survey.settings_changed",
            object_type: "survey",
            object_id: Some(id),
            consultation_id: Some(access.consultation.id),
            details: json!({ "answered": locked }),
        },
        now,
    )
    .await?;
    tx.commit().await?;
    session.flash("survey-console-flash-saved").await?;
    Ok(see_other(&format!("/manage/surveys/{id}")))
}
